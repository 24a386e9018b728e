#include "models/experiment/Accession.h"

#include <QRegularExpression>

namespace encode::models {
namespace {

// anchoredPattern() matches the whole text: a plain "^...$" would also accept a trailing newline.
QRegularExpression wholeText(const char *pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern)));
}

// Surrounding white space dropped, a-z upper-cased: ASCII only, because Unicode's case mapping turns
// look-alikes into ASCII letters ("ſ" into "S", "ﬀ" into "FF") and those must stay refused.
QString normalised(const QString &text)
{
    QString result = text.trimmed();
    for (QChar &c : result) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            c = QChar(c.unicode() - 'a' + 'A');
    }
    return result;
}

Failure notAnExperimentAccession(const QString &text)
{
    return invalidInput(QStringLiteral("%1 is not an ENCODE experiment accession: expected ENCSR, three digits "
                                       "and three letters, such as ENCSR000EDP")
                            .arg(quotedInput(text)));
}

Failure notAnEncodeAccession(const QString &text)
{
    return invalidInput(QStringLiteral("%1 is not an ENCODE accession: expected an experiment (ENCSR000EDP) or "
                                       "a file (ENCFF000AAA): ENCSR or ENCFF, three digits and three letters")
                            .arg(quotedInput(text)));
}

// Runs `parse` over every entry; the failure lists the bad ones.
template <typename Parse>
Result<QStringList> parseAll(const QStringList &texts, Parse parse)
{
    constexpr int shown = 10;
    QStringList accessions;
    QStringList problems;
    int more = 0;
    for (const QString &text : texts) {
        Result<QString> parsed = parse(text);
        if (parsed.ok())
            accessions.append(parsed.value());
        else if (problems.size() < shown)
            problems.append(parsed.failure().message);
        else
            ++more;
    }
    if (problems.isEmpty())
        return accessions;
    if (more > 0)
        problems.append(QStringLiteral("... and %1 more").arg(more));
    return invalidInput(problems.join(QLatin1Char('\n')));
}

} // namespace

bool isExperimentAccession(const QString &text)
{
    static const QRegularExpression pattern = wholeText("ENCSR[0-9]{3}[A-Z]{3}|TSTSR[0-9]{3}([0-9]{3}|[A-Z]{3})");
    return pattern.match(text).hasMatch();
}

bool isFileAccession(const QString &text)
{
    static const QRegularExpression pattern = wholeText("ENCFF[0-9]{3}[A-Z]{3}|TSTFF[0-9]{3}([0-9]{3}|[A-Z]{3})");
    return pattern.match(text).hasMatch();
}

QString quotedInput(const QString &text)
{
    QString shown;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            shown += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            shown += QLatin1String("\\r");
        else if (c == QLatin1Char('\t'))
            shown += QLatin1String("\\t");
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

Result<QString> parseExperimentAccession(const QString &text)
{
    const QString accession = normalised(text);
    if (isExperimentAccession(accession))
        return accession;
    return notAnExperimentAccession(text);
}

Result<QStringList> parseExperimentAccessions(const QStringList &texts)
{
    return parseAll(texts, parseExperimentAccession);
}

Result<QString> parseEncodeAccession(const QString &text)
{
    const QString accession = normalised(text);
    if (isExperimentAccession(accession) || isFileAccession(accession))
        return accession;
    return notAnEncodeAccession(text);
}

Status checkExperimentAccession(const QString &text)
{
    if (isExperimentAccession(text))
        return std::nullopt;
    return notAnExperimentAccession(text);
}

Status checkEncodeAccession(const QString &text)
{
    if (isExperimentAccession(text) || isFileAccession(text))
        return std::nullopt;
    return notAnEncodeAccession(text);
}

Status checkExperimentAccessions(const QStringList &texts)
{
    const Result<QStringList> parsed = parseAll(texts, [](const QString &text) -> Result<QString> {
        if (Status invalid = checkExperimentAccession(text))
            return *invalid;
        return text;
    });
    if (parsed.ok())
        return std::nullopt;
    return parsed.failure();
}

} // namespace encode::models
