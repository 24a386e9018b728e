#pragma once

#include "tests/support/HttpExchange.h"

#include <QHash>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// Zotero's connector server on an ephemeral loopback port: answers /connector/ping and
// /connector/import as Zotero does (or with whatever a test sets), and keeps every request with its
// headers and body so tests can check what the client sent.
namespace encode::testsupport {

struct ReceivedRequest {
    HttpRequestHead head;
    QByteArray body;
};

class FakeZotero final : public QObject {
    Q_OBJECT
public:
    explicit FakeZotero(QObject *parent = nullptr);
    ~FakeZotero() override;

    [[nodiscard]] bool start();
    [[nodiscard]] QUrl baseUrl() const;

    // The answer for a path (without the query); unset paths answer 404.
    void setResponse(const QByteArray &path, const HttpResponse &response)
    {
        m_responses.insert(path, response);
    }

    [[nodiscard]] const QList<ReceivedRequest> &requests() const { return m_requests; }

private:
    void acceptConnections();
    void readFrom(QTcpSocket *socket);

    QTcpServer *m_server;
    QHash<QByteArray, HttpResponse> m_responses;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<ReceivedRequest> m_requests;
};

// Zotero's own answers: the ping's "Zotero is running" and an import's 201 with the created items.
[[nodiscard]] HttpResponse zoteroPingResponse();
[[nodiscard]] HttpResponse zoteroImportResponse(int items);

} // namespace encode::testsupport
