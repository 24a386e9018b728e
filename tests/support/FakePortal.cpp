#include "tests/support/FakePortal.h"

#include "tests/support/FakeSearch.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace encode::testsupport {

namespace {

// What the Truncated misbehaviour announces; it always sends fewer bytes than this.
constexpr qint64 kTruncatedAnnouncedLength = 10000;

// types/base.py ACLs: only these statuses are visible to Everyone. Anything else (in progress, submitted,
// deleted, replaced, ...) is a 403 for an anonymous user and is silently left out of search results.
bool isVisibleToAnonymous(const QJsonObject &object)
{
    static const QSet<QString> visible{QStringLiteral("released"), QStringLiteral("archived"),
                                       QStringLiteral("revoked"), QStringLiteral("current")};
    const QJsonValue status = object.value(QLatin1String("status"));
    return status.isUndefined() || visible.contains(status.toString());
}

// renderers.py should_transform: JSON comes back for format=json, an Accept naming JSON, or any
// Authorization.
bool asksForJson(const HttpRequestHead &head, const QByteArray &rawQuery)
{
    const QByteArray accept = head.headers.value("accept");
    const QList<QueryItem> query = parseFormQuery(rawQuery);
    const bool formatJson = std::any_of(query.cbegin(), query.cend(), [](const QueryItem &item) {
        return item.key == u"format" && item.value == u"json";
    });
    return formatJson || accept.contains("application/json") || accept.contains("application/ld+json") ||
           head.headers.contains("authorization");
}

} // namespace

FakePortal::FakePortal(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakePortal::acceptConnections);
}

FakePortal::~FakePortal()
{
    // Close every socket now, while `this` is still whole: a socket signal arriving during QObject's own
    // child cleanup would otherwise reach a half-destroyed FakePortal.
    m_server->close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

bool FakePortal::start(quint16 port)
{
    if (m_server->isListening()) {
        return true;
    }
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qWarning("FakePortal: cannot listen on 127.0.0.1: %s", qUtf8Printable(m_server->errorString()));
        return false;
    }
    return true;
}

QUrl FakePortal::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void FakePortal::addObject(const QJsonObject &object)
{
    const QString id = object.value(QLatin1String("@id")).toString();
    if (!id.startsWith(QLatin1Char('/'))) {
        qWarning("FakePortal::addObject: object without an \"@id\" path ignored");
        return;
    }
    addObjectAt(id, object);
}

void FakePortal::addObjectAt(const QString &path, const QJsonObject &object)
{
    if (!m_objects.contains(path)) {
        m_objectOrder.append(path);
    }
    m_objects.insert(path, object);

    // Accessions and alternate accessions resolve to the object's @id (root.py lookup + canonical redirect).
    const QString id = object.value(QLatin1String("@id")).toString(path);
    const QString accession = object.value(QLatin1String("accession")).toString();
    if (!accession.isEmpty()) {
        m_accessionIds.insert(accession, id);
    }
    for (const auto &alternate : object.value(QLatin1String("alternate_accessions")).toArray()) {
        m_accessionIds.insert(alternate.toString(), id);
    }
}

int FakePortal::loadFixtures(const QString &directory)
{
    if (!QDir(directory).exists()) {
        qWarning("FakePortal::loadFixtures: directory %s does not exist", qUtf8Printable(directory));
        return -1;
    }
    QStringList files;
    QDirIterator it(directory, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    files.sort(); // directory order varies between file systems; search results must not

    int loaded = 0;
    for (const QString &fileName : std::as_const(files)) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("FakePortal::loadFixtures: cannot read %s", qUtf8Printable(fileName));
            return -1;
        }
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError) {
            qWarning("FakePortal::loadFixtures: %s is not valid JSON: %s", qUtf8Printable(fileName),
                     qUtf8Printable(error.errorString()));
            return -1;
        }
        if (!document.isObject() || !document.object().contains(QLatin1String("@id"))) {
            continue;
        }
        addObject(document.object());
        ++loaded;
    }
    if (loaded == 0) {
        qWarning("FakePortal::loadFixtures: no fixture object in %s", qUtf8Printable(directory));
        return -1;
    }
    return loaded;
}

void FakePortal::addRedirect(const QString &fromPath, const QString &toPath)
{
    m_redirects.insert(fromPath, toPath);
}

void FakePortal::setMisbehaviour(const QString &path, Misbehaviour misbehaviour, int times, int delayMs)
{
    if (misbehaviour == Misbehaviour::None || times == 0) {
        m_rules.remove(path);
        return;
    }
    m_rules.insert(path, Rule{misbehaviour, times, delayMs});
}

void FakePortal::setStrictContentNegotiation(bool strict)
{
    m_strictContentNegotiation = strict;
}

QList<RecordedRequest> FakePortal::requests() const
{
    return m_requests;
}

int FakePortal::requestCount() const
{
    return static_cast<int>(m_requests.size());
}

int FakePortal::requestCount(const QString &pathPrefix) const
{
    return static_cast<int>(
        std::count_if(m_requests.cbegin(), m_requests.cend(),
                      [&pathPrefix](const auto &r) { return r.path.startsWith(pathPrefix); }));
}

void FakePortal::clearRequests()
{
    m_requests.clear();
}

void FakePortal::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const auto it = m_connections.find(socket);
            if (it != m_connections.end()) {
                it->parser.append(socket->readAll());
                serveBufferedRequests(socket);
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { dropConnection(socket); });
    }
}

void FakePortal::serveBufferedRequests(QTcpSocket *socket)
{
    // Several requests may sit in the buffer (pipelining); answer them one at a time, in order. The
    // connection is looked up again on every turn because answering can close it.
    for (;;) {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->busy || socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        HttpRequestHead head;
        switch (it->parser.takeRequest(&head)) {
        case HttpRequestParser::Result::NeedMore:
            return;
        case HttpRequestParser::Result::Malformed:
            finishRequest(socket, HttpResponse::portalError(400), true, false);
            return;
        case HttpRequestParser::Result::Complete:
            handleRequest(socket, head);
            break;
        }
    }
}

void FakePortal::handleRequest(QTcpSocket *socket, const HttpRequestHead &head)
{
    const qsizetype question = head.target.indexOf('?');
    QByteArray rawPath = question < 0 ? head.target : head.target.left(question);
    const QByteArray rawQuery = question < 0 ? QByteArray() : head.target.mid(question + 1);
    if (rawPath.startsWith("http://") || rawPath.startsWith("https://")) {
        rawPath = QUrl::fromEncoded(rawPath).path(QUrl::FullyEncoded).toLatin1(); // absolute-form target
    }
    const QString path = QUrl::fromPercentEncoding(rawPath);
    m_requests.append(RecordedRequest{QString::fromLatin1(head.method), path,
                                      QUrlQuery(QString::fromUtf8(rawQuery)), head.headers,
                                      QDateTime::currentMSecsSinceEpoch()});
    Q_EMIT requestReceived(path);

    const bool includeBody = head.method != "HEAD";
    const bool keepAlive = head.keepAlive();
    const bool wantsJson = asksForJson(head, rawQuery);
    const QByteArray requestUrl = absoluteUrl(path, rawQuery);
    const auto answer = [this, wantsJson, requestUrl](HttpResponse response) {
        if (m_strictContentNegotiation && !wantsJson && response.isJson()) {
            response =
                HttpResponse::html(response.status, QByteArrayLiteral("<!DOCTYPE html><html><head>"
                                                                      "<title>ENCODE</title></head><body>"
                                                                      "</body></html>"));
        }
        response.addHeader("X-Request-URL", requestUrl);
        response.addHeader("Access-Control-Allow-Origin", "*");
        return response;
    };

    if (head.method != "GET" && head.method != "HEAD") {
        finishRequest(socket, answer(HttpResponse::portalError(405)), true, keepAlive);
        return;
    }

    const auto rule = m_rules.find(path);
    if (rule == m_rules.end()) {
        finishRequest(socket, answer(route(path, rawQuery)), includeBody, keepAlive);
        return;
    }
    const Rule applied = *rule;
    if (rule->remaining > 0 && --rule->remaining == 0) {
        m_rules.erase(rule);
    }

    switch (applied.misbehaviour) {
    case Misbehaviour::Slow:
        // Hold this connection (later requests on it wait, as HTTP/1.1 requires ordered answers) but let the
        // event loop run. The socket is the timer's context, so a connection closed meanwhile cancels it.
        m_connections[socket].busy = true;
        QTimer::singleShot(applied.delayMs, socket, [=, this] {
            const auto connection = m_connections.find(socket);
            if (connection == m_connections.end()) {
                return; // the client went away while we were stalling; the socket is about to be deleted
            }
            connection->busy = false;
            finishRequest(socket, answer(route(path, rawQuery)), includeBody, keepAlive);
            serveBufferedRequests(socket);
        });
        return;
    case Misbehaviour::NeverAnswers:
        // The connection stays open and silent until the client gives up; later requests on it wait too.
        m_connections[socket].busy = true;
        return;
    case Misbehaviour::Drips: {
        m_connections[socket].busy = true;
        const QByteArray whole = answer(route(path, rawQuery)).serialize(includeBody, keepAlive);
        drip(socket, whole, applied.delayMs, keepAlive);
        return;
    }
    case Misbehaviour::Truncated: {
        HttpResponse response = answer(route(path, rawQuery));
        response.body.truncate(std::min<qsizetype>(response.body.size() / 2, kTruncatedAnnouncedLength / 2));
        response.announcedLength = kTruncatedAnnouncedLength;
        socket->write(response.serialize(includeBody, keepAlive));
        socket->disconnectFromHost(); // sends what was written, then closes mid-body
        return;
    }
    default:
        finishRequest(socket, answer(misbehave(applied.misbehaviour, path, rawQuery)), includeBody,
                      keepAlive);
        return;
    }
}

void FakePortal::finishRequest(QTcpSocket *socket, const HttpResponse &response, bool includeBody,
                               bool keepAlive)
{
    socket->write(response.serialize(includeBody, keepAlive));
    if (!keepAlive) {
        socket->disconnectFromHost(); // waits until the answer has been written
    }
}

void FakePortal::drip(QTcpSocket *socket, const QByteArray &answer, int intervalMs, bool keepAlive)
{
    // The head goes at once, so the client sees an answer begin; then one byte per interval, so that a
    // transfer timeout which restarts with every byte never fires. The timer is the socket's child: a
    // connection closed by the client stops it.
    const qsizetype headEnd = answer.indexOf("\r\n\r\n") + 4;
    socket->write(answer.left(headEnd));
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(headEnd);
    connect(timer, &QTimer::timeout, this, [=, this] {
        if (!m_connections.contains(socket)) {
            timer->stop();
            return;
        }
        socket->write(answer.mid((*sent)++, 1));
        if (*sent < answer.size()) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        m_connections[socket].busy = false;
        if (!keepAlive) {
            socket->disconnectFromHost();
            return;
        }
        serveBufferedRequests(socket);
    });
    timer->start(std::max(1, intervalMs));
}

void FakePortal::dropConnection(QTcpSocket *socket)
{
    m_connections.remove(socket);
    socket->deleteLater(); // not delete: we may be inside one of the socket's own signals
}

HttpResponse FakePortal::route(const QString &path, const QByteArray &rawQuery) const
{
    if (path == u"/search/" || path == u"/search" || path == u"/report/" || path == u"/report") {
        const SearchEndpoint endpoint =
            path.startsWith(u"/search") ? SearchEndpoint::Search : SearchEndpoint::Report;
        const SearchResult result = runSearch(endpoint, visibleObjects(), rawQuery);
        return HttpResponse::json(result.httpStatus, result.body);
    }
    if (const auto object = m_objects.constFind(path); object != m_objects.constEnd()) {
        return isVisibleToAnonymous(*object) ? HttpResponse::json(200, *object)
                                             : HttpResponse::portalError(403);
    }
    if (const QString canonical = canonicalPathFor(path); !canonical.isEmpty()) {
        return HttpResponse::redirect(absoluteUrl(canonical, rawQuery));
    }
    return HttpResponse::portalError(404);
}

HttpResponse FakePortal::misbehave(Misbehaviour misbehaviour, const QString &path,
                                   const QByteArray &rawQuery) const
{
    switch (misbehaviour) {
    case Misbehaviour::NotFound:
        return HttpResponse::portalError(404);
    case Misbehaviour::Forbidden:
        return HttpResponse::portalError(403);
    case Misbehaviour::ServerError:
        return HttpResponse::portalError(503);
    case Misbehaviour::ServerErrorWithRetryAfter: {
        HttpResponse response = HttpResponse::portalError(503);
        response.addHeader("Retry-After", "1");
        return response;
    }
    case Misbehaviour::TooManyRequests: {
        // The Portal itself never sends 429 (ENCODE-PORTAL.md section 2), but a proxy or CDN in front of it may.
        HttpResponse response = HttpResponse::html(
            429, QByteArrayLiteral("<!DOCTYPE html><html><head><title>429 Too Many Requests</title>"
                                   "</head><body><h1>Too Many Requests</h1></body></html>"));
        response.addHeader("Retry-After", "1");
        return response;
    }
    case Misbehaviour::BadGzip: {
        // A broken proxy or a cut cache entry: the header promises gzip, the bytes are plain JSON.
        HttpResponse response = route(path, rawQuery);
        response.addHeader("Content-Encoding", "gzip");
        return response;
    }
    case Misbehaviour::NotJson:
        // What a captive portal or a misconfigured proxy hands back with a 200.
        return HttpResponse::html(200,
                                  QByteArrayLiteral("<!DOCTYPE html><html><head><title>Maintenance</title>"
                                                    "</head><body><h1>Back soon</h1></body></html>"));
    case Misbehaviour::BadGateway:
        // Transient 5xx answers come from the proxy layer, which speaks HTML, not the Portal's JSON.
        return HttpResponse::html(
            502, QByteArrayLiteral("<!DOCTYPE html><html><head><title>502 Proxy Error</title>"
                                   "</head><body><h1>Proxy Error</h1></body></html>"));
    default:
        return route(path, rawQuery);
    }
}

QString FakePortal::canonicalPathFor(const QString &path) const
{
    if (const auto redirect = m_redirects.constFind(path); redirect != m_redirects.constEnd()) {
        return *redirect;
    }
    if (!path.endsWith(QLatin1Char('/'))) {
        // Missing trailing slash: go straight to where the slashed path would lead, in one hop.
        const QString slashed = path + QLatin1Char('/');
        return m_objects.contains(slashed) ? slashed : canonicalPathFor(slashed);
    }
    // /<collection>/<ACCESSION>/ or /<ACCESSION>/: an accession, an alternate accession, or an object that
    // lives in another collection (an Annotation asked for under /experiments/) all end at the object's @id.
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty() || segments.size() > 2) {
        return {};
    }
    const QString id = m_accessionIds.value(segments.last());
    return id == path ? QString() : id;
}

QList<QJsonObject> FakePortal::visibleObjects() const
{
    QList<QJsonObject> objects;
    QSet<QString> seen; // an object added under two paths is still one search hit
    for (const QString &path : m_objectOrder) {
        const QJsonObject object = m_objects.value(path);
        const QString id = object.value(QLatin1String("@id")).toString(path);
        if (!seen.contains(id) && isVisibleToAnonymous(object)) {
            seen.insert(id);
            objects.append(object);
        }
    }
    return objects;
}

QByteArray FakePortal::absoluteUrl(const QString &path, const QByteArray &rawQuery) const
{
    QByteArray url = baseUrl().toEncoded() + QUrl::toPercentEncoding(path, "/:@!$&'()*+,;=-._~");
    if (!rawQuery.isEmpty()) {
        url += '?' + rawQuery;
    }
    return url;
}

} // namespace encode::testsupport
