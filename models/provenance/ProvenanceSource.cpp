#include "provenance/ProvenanceSource.h"

#include "experiment/Accession.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace encode::models {
namespace {

// Anything shaped like an ENCODE accession of any type or case, with no path characters: the user
// meant an accession, never a file in the current directory.
bool looksLikeAccession(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(ENC|TST)[A-Z]{2}[0-9][A-Z0-9]*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

} // namespace

bool isFileAccession(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(ENCFF[0-9]{3}[A-Z]{3}|TSTFF[0-9]{3}([0-9]{3}|[A-Z]{3}))$"));
    return pattern.match(text).hasMatch();
}

QString normalisedPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

Result<ProvenanceSource> parseSource(const QString &text)
{
    if (isExperimentAccession(text))
        return ProvenanceSource{SourceKind::Experiment, text};
    if (isFileAccession(text))
        return ProvenanceSource{SourceKind::EncodeFile, text};
    if (text.trimmed().isEmpty())
        return invalidInput(
            QStringLiteral("an empty source: expected an experiment accession (ENCSR000EDP), a file "
                           "accession (ENCFF000AAA) or the path of a logged derived file"));
    if (looksLikeAccession(text)) {
        QString message =
            QStringLiteral("'%1' is not an ENCODE experiment or file accession: expected ENCSR or ENCFF, "
                           "three digits and three capital letters, such as ENCSR000EDP or ENCFF000AAA")
                .arg(text);
        const QString upper = text.trimmed().toUpper();
        if (isExperimentAccession(upper) || isFileAccession(upper))
            message += QStringLiteral(" (did you mean %1?)").arg(upper);
        return invalidInput(message);
    }
    return ProvenanceSource{SourceKind::Path, normalisedPath(text)};
}

Status checkEncodeAccession(const QString &text)
{
    Result<ProvenanceSource> source = parseSource(text);
    if (!source.ok())
        return source.failure();
    if (source.value().kind == SourceKind::Path)
        return invalidInput(
            QStringLiteral("'%1' is not an ENCODE accession: expected an experiment (ENCSR000EDP) "
                           "or a file (ENCFF000AAA)")
                .arg(text));
    return std::nullopt;
}

ProvenanceSource classifyStoredSource(const QString &text)
{
    if (isExperimentAccession(text))
        return {SourceKind::Experiment, text};
    if (isFileAccession(text))
        return {SourceKind::EncodeFile, text};
    return {SourceKind::Path, text};
}

} // namespace encode::models
