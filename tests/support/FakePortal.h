#pragma once

#include "tests/support/HttpExchange.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

// A fake ENCODE Portal for tests: a small HTTP/1.1 server on 127.0.0.1 that serves hand-written JSON objects
// the way the real Portal does (ENCODE-PORTAL.md sections 1, 3, 4 and 6) and can be told to misbehave. It is
// built on QTcpServer rather than QtHttpServer so that it can break the protocol on purpose (short bodies,
// dropped connections, stalls).
namespace encode::testsupport {

struct RecordedRequest {
    QString method;
    QString path;                          // percent-decoded, without the query string
    QUrlQuery query;                       // as sent (a `+` stays a `+`)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 receivedAtMs = 0;               // QDateTime::currentMSecsSinceEpoch() when the head was complete
};

enum class Misbehaviour {
    None,                      // removes a rule set earlier
    NotFound,                  // 404 with the Portal's JSON error body
    Forbidden,                 // 403 with the HTTPForbidden body
    ServerError,               // 503 with a JSON error body
    ServerErrorWithRetryAfter, // 503 + Retry-After: 1
    Slow,                      // answers normally after delayMs, without blocking the event loop
    Truncated,                 // announces Content-Length: 10000, sends part of the body, then closes
    NotJson,                   // 200 with an HTML body and Content-Type text/html
    BadGateway,                // 502 with an HTML body, as a proxy in front of the Portal would send it
    NeverAnswers,              // reads the request and keeps the connection open without a byte of answer
    Drips,                     // sends the head at once, then the body one byte every delayMs (never idle)
    TooManyRequests,           // 429 + Retry-After: 1, as a proxy or CDN in front of the Portal may send
    BadGzip,                   // 200 with Content-Encoding: gzip and a body that is not gzip
};

class FakePortal final : public QObject {
    Q_OBJECT

public:
    explicit FakePortal(QObject *parent = nullptr);
    ~FakePortal() override;

    [[nodiscard]] bool start(quint16 port = 0); // listen on 127.0.0.1, an ephemeral port unless given
    [[nodiscard]] QUrl baseUrl() const; // http://127.0.0.1:<port>

    void addObject(const QJsonObject &object); // served at its "@id" path
    void addObjectAt(const QString &path, const QJsonObject &object);
    // Loads every *.json file under `directory` (recursively) that holds an object with "@id".
    // Returns how many were loaded, or -1 (with a warning) when the directory is missing, holds no fixture,
    // or a file is not valid JSON: a test must never pass because its data silently went missing.
    int loadFixtures(const QString &directory);
    void addRedirect(const QString &fromPath, const QString &toPath); // 301 with Location, query string kept
    void setMisbehaviour(const QString &path, Misbehaviour misbehaviour, int times = -1, int delayMs = 0);
    // When on, a request that asks for JSON neither by `format=json`, nor by an Accept header, nor with an
    // Authorization header gets HTML, as from the real Portal (renderers.py should_transform). Off by
    // default.
    void setStrictContentNegotiation(bool strict);

    [[nodiscard]] QList<RecordedRequest> requests() const;
    [[nodiscard]] int requestCount() const;
    [[nodiscard]] int requestCount(const QString &pathPrefix) const;
    void clearRequests();

Q_SIGNALS:
    // Emitted once per request as soon as its head has been read; handy for QSignalSpy::wait().
    void requestReceived(const QString &path);

private:
    struct Rule {
        Misbehaviour misbehaviour = Misbehaviour::None;
        int remaining = -1; // -1: forever
        int delayMs = 0;
    };
    struct Connection {
        HttpRequestParser parser;
        bool busy = false; // a Slow, NeverAnswers or Drips answer is pending; later requests wait so answers stay in order
    };

    void acceptConnections();
    void serveBufferedRequests(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const HttpRequestHead &head);
    void finishRequest(QTcpSocket *socket, const HttpResponse &response, bool includeBody, bool keepAlive);
    void drip(QTcpSocket *socket, const QByteArray &answer, int intervalMs, bool keepAlive);
    void dropConnection(QTcpSocket *socket);

    [[nodiscard]] HttpResponse route(const QString &path, const QByteArray &rawQuery) const;
    [[nodiscard]] HttpResponse misbehave(Misbehaviour misbehaviour, const QString &path,
                                         const QByteArray &rawQuery) const;
    [[nodiscard]] QString canonicalPathFor(const QString &path) const;
    [[nodiscard]] QList<QJsonObject> visibleObjects() const;
    [[nodiscard]] QByteArray absoluteUrl(const QString &path, const QByteArray &rawQuery) const;

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
    QHash<QString, QJsonObject> m_objects;  // by path
    QStringList m_objectOrder;              // insertion order, so search results are deterministic
    QHash<QString, QString> m_redirects;    // explicit addRedirect() rules
    QHash<QString, QString> m_accessionIds; // accession or alternate accession -> the object's @id
    QHash<QString, Rule> m_rules;
    QList<RecordedRequest> m_requests;
    bool m_strictContentNegotiation = false;
};

} // namespace encode::testsupport
