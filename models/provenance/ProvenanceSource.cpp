#include "models/provenance/ProvenanceSource.h"

#include "models/experiment/Accession.h"

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

namespace {

// "/a/../../b" is "/b": at the top of the tree ".." stays there (QDir::cleanPath keeps "/../b").
QString cleanAbsolute(const QString &absolute)
{
    QStringList kept;
    for (const QString &part : absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept.append(part);
    }
    return QLatin1Char('/') + kept.join(QLatin1Char('/'));
}

} // namespace

QString normalisedPath(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath(); // empty when there is no such file
    if (!canonical.isEmpty())
        return canonical;
    // Resolve the deepest folder that exists (it may be reached through a link), keep the rest.
    const QString absolute = cleanAbsolute(QFileInfo(path).absoluteFilePath());
    QString folder = absolute;
    QStringList rest;
    while (folder != QLatin1String("/")) {
        rest.prepend(QFileInfo(folder).fileName());
        folder = QFileInfo(folder).path();
        const QString resolved = QFileInfo(folder).canonicalFilePath();
        if (!resolved.isEmpty())
            return cleanAbsolute(resolved + QLatin1Char('/') + rest.join(QLatin1Char('/')));
    }
    return absolute;
}

Status checkPathText(const QString &path)
{
    // Also the resolved path: a link may lead to a folder whose name is not UTF-8.
    const QString resolved = normalisedPath(path);
    const bool mangled = (path.contains(QChar::ReplacementCharacter) && !QFileInfo::exists(path)) ||
                         (resolved.contains(QChar::ReplacementCharacter) && !QFileInfo::exists(resolved));
    if (!mangled)
        return std::nullopt;
    return invalidInput(QStringLiteral("the file name %1 is not valid UTF-8 text (each '%2' stands for a byte that "
                                       "is not): it cannot be stored without changing it; rename the file")
                            .arg(quotedInput(path), QString(QChar::ReplacementCharacter)));
}

Result<ProvenanceSource> parseSource(const QString &text)
{
    if (text.trimmed().isEmpty())
        return invalidInput(
            QStringLiteral("an empty source: expected an experiment accession (ENCSR000EDP), a file "
                           "accession (ENCFF000AAA) or the path of a logged derived file"));
    const Result<QString> accession = parseEncodeAccession(text);
    if (accession.ok())
        return ProvenanceSource{isFileAccession(accession.value()) ? SourceKind::EncodeFile : SourceKind::Experiment,
                                accession.value()};
    if (looksLikeAccession(text.trimmed()))
        return accession.failure();
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
