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

QString normalisedPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

Result<ProvenanceSource> parseSource(const QString &text)
{
    const QString upper = text.trimmed().toUpper();
    if (isExperimentAccession(upper))
        return ProvenanceSource{SourceKind::Experiment, upper};
    if (isFileAccession(upper))
        return ProvenanceSource{SourceKind::EncodeFile, upper};
    if (text.trimmed().isEmpty())
        return invalidInput(
            QStringLiteral("an empty source: expected an experiment accession (ENCSR000EDP), a file "
                           "accession (ENCFF000AAA) or the path of a logged derived file"));
    if (looksLikeAccession(text.trimmed()))
        return parseEncodeAccession(text).failure();
    return ProvenanceSource{SourceKind::Path, normalisedPath(text)};
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
