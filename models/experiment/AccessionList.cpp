#include "models/experiment/AccessionList.h"

#include "models/database/CollectionFiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>

namespace encode::models {

QStringList splitAccessionList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList accessions;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        accessions += line.section(QLatin1Char('#'), 0, 0).split(separators, Qt::SkipEmptyParts);
    return accessions;
}

Result<QString> readAccessionListText(const QString &source, const QString &collectionPath, qint64 maxBytes)
{
    const bool fromStdin = source == QLatin1String("-");
    const QString shown = fromStdin ? QStringLiteral("standard input") : QDir::toNativeSeparators(source);
    if (!fromStdin) {
        if (Status refused = checkInputPath(source, collectionPath))
            return *refused;
    }
    QFile file(fromStdin ? QString() : source);
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return invalidInput(QStringLiteral("cannot read the accession list %1: %2").arg(shown, file.errorString()));
    QByteArray bytes;
    constexpr qint64 block = 64 * 1024;
    for (;;) {
        const QByteArray chunk = file.read(block);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return invalidInput(QStringLiteral("reading the accession list %1 failed: %2").arg(shown, file.errorString()));
            break;
        }
        bytes += chunk;
        if (bytes.size() > maxBytes)
            return invalidInput(QStringLiteral("the accession list %1 is larger than %2 MiB, more than any list of "
                                                       "accessions: expected accessions such as ENCSR000EDP separated by "
                                                       "spaces, commas or lines (split a longer list into several runs)")
                                            .arg(shown)
                                            .arg(maxBytes / (1024 * 1024)));
    }
    return QString::fromUtf8(bytes);
}

} // namespace encode::models
