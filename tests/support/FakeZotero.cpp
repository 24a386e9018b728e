#include "tests/support/FakeZotero.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

namespace encode::testsupport {

FakeZotero::FakeZotero(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeZotero::acceptConnections);
}

FakeZotero::~FakeZotero()
{
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool FakeZotero::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeZotero::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void FakeZotero::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

// HttpRequestParser skips bodies (the fake Portal needs none): once it has taken a complete request,
// the body is the Content-Length bytes after the head.
void FakeZotero::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    HttpRequestParser parser;
    parser.append(buffer);
    HttpRequestHead head;
    const HttpRequestParser::Result parsed = parser.takeRequest(&head);
    if (parsed == HttpRequestParser::Result::NeedMore)
        return;
    if (parsed == HttpRequestParser::Result::Malformed) {
        socket->write(HttpResponse::html(400, "malformed").serialize(true, false));
        socket->disconnectFromHost();
        return;
    }
    const qsizetype bodyStart = buffer.indexOf("\r\n\r\n") + 4;
    const QByteArray body = buffer.mid(bodyStart, head.headers.value("content-length", "0").toLongLong());
    buffer.clear();
    m_requests.append({head, body});

    const QByteArray path =
        head.target.left(head.target.indexOf('?') < 0 ? head.target.size() : head.target.indexOf('?'));
    const HttpResponse response = m_responses.value(path, HttpResponse::html(404, "No endpoint found"));
    // Zotero answers HTTP/1.0 and closes the connection after each answer.
    socket->write(response.serialize(head.method != "HEAD", false));
    socket->disconnectFromHost();
}

HttpResponse zoteroPingResponse()
{
    HttpResponse response = HttpResponse::html(200, "Zotero is running");
    response.addHeader("X-Zotero-Version", "7.0.11");
    response.addHeader("X-Zotero-Connector-API-Version", "3");
    return response;
}

HttpResponse zoteroImportResponse(int items)
{
    QJsonArray created;
    for (int i = 0; i < items; ++i)
        created.append(QJsonObject{{QStringLiteral("itemType"), QStringLiteral("journalArticle")},
                                   {QStringLiteral("id"), QStringLiteral("item%1").arg(i)}});
    HttpResponse response;
    response.status = 201;
    response.contentType = "application/json";
    response.body = QJsonDocument(created).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace encode::testsupport
