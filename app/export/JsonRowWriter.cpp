#include "app/export/JsonRowWriter.h"

#include "app/export/ExportColumns.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace encode::app {
namespace {

// A JSON string (RFC 8259): quotes, backslashes and control characters escaped, the rest as UTF-8.
QByteArray quoted(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped.append(QLatin1Char('"'));
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': escaped.append(QLatin1String("\\\"")); break;
        case u'\\': escaped.append(QLatin1String("\\\\")); break;
        case u'\n': escaped.append(QLatin1String("\\n")); break;
        case u'\r': escaped.append(QLatin1String("\\r")); break;
        case u'\t': escaped.append(QLatin1String("\\t")); break;
        default:
            if (c.unicode() < 0x20)
                escaped.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            else
                escaped.append(c);
        }
    }
    escaped.append(QLatin1Char('"'));
    return escaped.toUtf8();
}

} // namespace

JsonRowWriter::JsonRowWriter(QIODevice &out, const QStringList &keys)
    : m_out(out)
{
    for (const QString &key : keys)
        m_keys.append(quoted(key) + ':');
}

QByteArray JsonRowWriter::jsonValue(const QVariant &value)
{
    static const QByteArray null("null");
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
        return null;
    case QMetaType::QString:
        return value.toString().isNull() ? null : quoted(value.toString());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toString().toLatin1();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        return std::isfinite(number) ? QByteArray::number(number, 'g', QLocale::FloatingPointShortest) : null;
    }
    case QMetaType::QDate:
    case QMetaType::QDateTime: {
        const QString text = exportText(value); // "" for an invalid date: unknown
        return text.isEmpty() ? null : quoted(text);
    }
    default:
        return value.isNull() ? null : quoted(value.toString());
    }
}

bool JsonRowWriter::writeRow(const QVariantList &values)
{
    QByteArray line = m_first ? QByteArrayLiteral("[\n{") : QByteArrayLiteral(",\n{");
    m_first = false;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (i > 0)
            line.append(',');
        line.append(m_keys.at(i));
        line.append(jsonValue(values.value(i)));
    }
    line.append('}');
    return write(line);
}

bool JsonRowWriter::finish()
{
    return write(m_first ? QByteArrayLiteral("[]\n") : QByteArrayLiteral("\n]\n"));
}

bool JsonRowWriter::write(const QByteArray &bytes)
{
    return m_out.write(bytes) == bytes.size();
}

} // namespace encode::app
