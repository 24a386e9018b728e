#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <optional>

// The HTTP/1.1 plumbing of FakePortal, kept apart from the Portal behaviour so that each can be read alone.
// Only what a QNetworkAccessManager client sends is supported: GET/HEAD with optional Content-Length bodies,
// keep-alive, and pipelined or split requests. Chunked request bodies are rejected as malformed.
namespace encode::testsupport {

struct HttpRequestHead {
    QByteArray method;
    QByteArray target;                     // raw request-target, e.g. "/search/?type=Experiment"
    QByteArray version;                    // "HTTP/1.1" or "HTTP/1.0"
    QHash<QByteArray, QByteArray> headers; // lower-case names; repeated headers joined with ", "

    // HTTP/1.1 keeps the connection open unless told otherwise; HTTP/1.0 closes unless asked to keep it.
    [[nodiscard]] bool keepAlive() const;
};

// Cuts complete requests out of the byte stream of one connection. A request may arrive split over several
// reads, and several requests may arrive in one read, so nothing here assumes one read == one request.
class HttpRequestParser final {
public:
    enum class Result { NeedMore, Complete, Malformed };

    void append(const QByteArray &bytes);
    // Removes one complete request (head and any body) from the buffer and describes it in *head.
    Result takeRequest(HttpRequestHead *head);

private:
    QByteArray m_buffer;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    // Lets the Truncated misbehaviour announce more bytes than it will ever send.
    std::optional<qint64> announcedLength;

    // Status line, headers, blank line, then the body unless this answers a HEAD request.
    [[nodiscard]] QByteArray serialize(bool includeBody, bool keepAlive) const;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        extraHeaders.append(qMakePair(name, value));
    }
    [[nodiscard]] bool isJson() const { return contentType.startsWith("application/json"); }

    [[nodiscard]] static HttpResponse json(int status, const QJsonObject &object);
    [[nodiscard]] static HttpResponse html(int status, const QByteArray &body);
    // The Portal's JSON error body (snovault validation.py http_error) for 400, 403, 404, 405 and 503.
    [[nodiscard]] static HttpResponse portalError(int status, const QString &detail = {});
    [[nodiscard]] static HttpResponse redirect(const QByteArray &absoluteLocation);
};

[[nodiscard]] QByteArray reasonPhrase(int status);

} // namespace encode::testsupport
