#include "ui/details/JsonDisplay.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace encode::ui {
namespace {

// Whole numbers up to 2^53 are exact in a double; past that the Portal would not send them as numbers.
bool isWholeNumber(double value)
{
    return std::isfinite(value) && std::fabs(value) < 9007199254740992.0 && value == std::trunc(value);
}

// The decoded text of the JSON string literal at `text[start]` (a '"'), and where it ends.
QString readString(const QString &text, qsizetype start, qsizetype *end)
{
    qsizetype i = start + 1;
    while (i < text.size() && text.at(i) != QLatin1Char('"'))
        i += text.at(i) == QLatin1Char('\\') ? 2 : 1;
    *end = i + 1;
    // Let Qt decode the escapes: a one-element array around the literal.
    const QString literal = text.mid(start, i + 1 - start);
    const QJsonDocument wrapped = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(literal).toUtf8());
    return wrapped.array().at(0).toString();
}

} // namespace

QStringList keysInTextOrder(const QString &jsonText)
{
    QStringList keys;
    int depth = 0;
    bool expectKey = false;
    for (qsizetype i = 0; i < jsonText.size();) {
        const QChar c = jsonText.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i;
            const QString string = readString(jsonText, i, &end);
            if (depth == 1 && expectKey)
                keys.append(string);
            expectKey = false;
            i = end;
            continue;
        }
        if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
            expectKey = depth == 1 && c == QLatin1Char('{');
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            --depth;
        } else if (c == QLatin1Char(',')) {
            expectKey = depth == 1;
        }
        ++i;
    }
    return keys;
}

QString readableNumber(double value)
{
    const QLocale locale;
    if (isWholeNumber(value))
        return locale.toString(static_cast<qint64>(value));
    // Six significant digits read well for ratios and percentages; large values keep two decimals
    // rather than switching to an exponent.
    if (std::fabs(value) >= 1e5)
        return locale.toString(value, 'f', 2);
    return locale.toString(value, 'g', 6);
}

QString readableValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("JsonDisplay", "yes")
                              : QCoreApplication::translate("JsonDisplay", "no");
    case QJsonValue::Double:
        return readableNumber(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array) {
            if (item.isArray() || item.isObject())
                return {};
            parts.append(readableValue(item));
        }
        return parts.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return {};
    }
    return {};
}

QString rawScalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return isWholeNumber(number) ? QString::number(static_cast<qint64>(number))
                                     : QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return {};
    }
    return {};
}

} // namespace encode::ui
