#include "Accession.h"

#include <QRegularExpression>

namespace encode::models {

bool isExperimentAccession(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(ENCSR[0-9]{3}[A-Z]{3}|TSTSR[0-9]{3}([0-9]{3}|[A-Z]{3}))$"));
    return pattern.match(text).hasMatch();
}

Status checkExperimentAccession(const QString &text)
{
    if (isExperimentAccession(text))
        return std::nullopt;
    QString message = QStringLiteral("'%1' is not an ENCODE experiment accession: expected ENCSR, three "
                                     "digits and three capital letters, such as ENCSR000EDP")
                          .arg(text);
    if (isExperimentAccession(text.trimmed().toUpper()))
        message += QStringLiteral(" (did you mean %1?)").arg(text.trimmed().toUpper());
    return invalidInput(message);
}

Status checkExperimentAccessions(const QStringList &texts)
{
    constexpr int shown = 10;
    QStringList problems;
    int more = 0;
    for (const QString &text : texts) {
        const Status invalid = checkExperimentAccession(text);
        if (!invalid)
            continue;
        if (problems.size() < shown)
            problems.append(invalid->message);
        else
            ++more;
    }
    if (problems.isEmpty())
        return std::nullopt;
    if (more > 0)
        problems.append(QStringLiteral("... and %1 more").arg(more));
    return invalidInput(problems.join(QLatin1Char('\n')));
}

} // namespace encode::models
