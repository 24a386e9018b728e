#include "tests/support/HttpExchange.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace encode::testsupport {

namespace {

// A client that never finishes its head must not make the fake buffer forever.
constexpr qsizetype kMaxHeadBytes = qsizetype(64) * 1024;

struct HeadBoundary {
    qsizetype end = -1;      // index where the blank line starts
    qsizetype separator = 0; // length of the blank-line separator
};

// RFC 9112 asks servers to accept a bare LF as a line end, so look for both forms and take the earlier one.
HeadBoundary findHeadBoundary(const QByteArray &buffer)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf <= lf)) {
        return {crlf, 4};
    }
    if (lf >= 0) {
        return {lf, 2};
    }
    return {};
}

} // namespace

bool HttpRequestHead::keepAlive() const
{
    const QByteArray connection = headers.value("connection").toLower();
    if (version == "HTTP/1.0") {
        return connection.contains("keep-alive");
    }
    return !connection.contains("close");
}

void HttpRequestParser::append(const QByteArray &bytes)
{
    m_buffer.append(bytes);
}

HttpRequestParser::Result HttpRequestParser::takeRequest(HttpRequestHead *head)
{
    // Empty lines before a request line are allowed (RFC 9112 section 2.2); some clients send a CRLF after a
    // body.
    while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n')) {
        m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
    }
    const HeadBoundary boundary = findHeadBoundary(m_buffer);
    if (boundary.end < 0) {
        return m_buffer.size() > kMaxHeadBytes ? Result::Malformed : Result::NeedMore;
    }

    const QList<QByteArray> lines = m_buffer.left(boundary.end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        return Result::Malformed;
    }

    HttpRequestHead parsed;
    parsed.method = requestLine.at(0);
    parsed.target = requestLine.at(1);
    parsed.version = requestLine.at(2);
    QByteArray lastName;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !lastName.isEmpty()) {
            // Obsolete line folding: the value continues on this line.
            parsed.headers[lastName] += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return Result::Malformed;
        }
        lastName = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        QByteArray &slot = parsed.headers[lastName];
        slot = slot.isEmpty() ? value : slot + ", " + value;
    }

    if (parsed.headers.contains("transfer-encoding")) {
        return Result::Malformed;
    }
    qint64 bodyLength = 0;
    if (parsed.headers.contains("content-length")) {
        bool ok = false;
        bodyLength = parsed.headers.value("content-length").toLongLong(&ok);
        if (!ok || bodyLength < 0) {
            return Result::Malformed;
        }
    }
    const qsizetype total = boundary.end + boundary.separator + bodyLength;
    if (m_buffer.size() < total) {
        return Result::NeedMore;
    }
    m_buffer.remove(0, total); // GET and HEAD bodies carry no meaning; they are skipped
    *head = std::move(parsed);
    return Result::Complete;
}

QByteArray HttpResponse::serialize(bool includeBody, bool keepAlive) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty()) {
        out += "Content-Type: " + contentType + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(announcedLength.value_or(body.size())) + "\r\n";
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n")
                     : QByteArrayLiteral("Connection: close\r\n");
    for (const auto &[name, value] : extraHeaders) {
        out += name + ": " + value + "\r\n";
    }
    out += "\r\n";
    if (includeBody) {
        out += body;
    }
    return out;
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json";
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::html(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=UTF-8";
    response.body = body;
    return response;
}

HttpResponse HttpResponse::portalError(int status, const QString &detail)
{
    // Pyramid's exception class name and default explanation, as the Portal puts them in its error bodies.
    QString typeName;
    QString description;
    switch (status) {
    case 400:
        typeName = QStringLiteral("HTTPBadRequest");
        description =
            QStringLiteral("The server could not comply with the request since it is either malformed "
                           "or otherwise incorrect.");
        break;
    case 403:
        typeName = QStringLiteral("HTTPForbidden");
        description = QStringLiteral("Access was denied to this resource.");
        break;
    case 404:
        typeName = QStringLiteral("HTTPNotFound");
        description = QStringLiteral("The resource could not be found.");
        break;
    case 405:
        typeName = QStringLiteral("HTTPMethodNotAllowed");
        description = QStringLiteral("The method is not allowed for this resource.");
        break;
    default:
        typeName = QStringLiteral("HTTPServiceUnavailable");
        description =
            QStringLiteral("The server is currently unavailable. Please try again at a later time.");
        break;
    }
    QJsonObject body{
        {QStringLiteral("@type"), QJsonArray{typeName, QStringLiteral("Error")}},
        {QStringLiteral("status"), QStringLiteral("error")},
        {QStringLiteral("code"), status},
        {QStringLiteral("title"), QString::fromLatin1(reasonPhrase(status))},
        {QStringLiteral("description"), description},
    };
    if (!detail.isEmpty()) {
        body.insert(QStringLiteral("detail"), detail);
    }
    return json(status, body);
}

HttpResponse HttpResponse::redirect(const QByteArray &absoluteLocation)
{
    HttpResponse response;
    response.status = 301;
    response.contentType = "text/plain; charset=UTF-8";
    response.body = "301 Moved Permanently\n\nThe resource has been moved to " + absoluteLocation + ".\n";
    response.addHeader("Location", absoluteLocation);
    return response;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

} // namespace encode::testsupport
