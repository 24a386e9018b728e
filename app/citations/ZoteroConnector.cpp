#include "app/citations/ZoteroConnector.h"

#include "app/portal/PortalClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QUuid>
#include <qcoro/qcoronetworkreply.h>

namespace encode::app {

using models::Failure;
using models::Result;

struct ZoteroConnector::Answer {
    int status = 0;
    QByteArray body;
    QByteArray zoteroVersion;
};

namespace {

// An error body, short enough for one line of a message box or stderr.
QString shortBody(const QByteArray &body)
{
    constexpr qsizetype longest = 300;
    const QString text = QString::fromUtf8(body).simplified();
    return text.size() > longest ? text.left(longest) + QStringLiteral("...") : text;
}

// What Zotero's connector server means by the error statuses its import endpoint returns.
QString hintFor(int status, const QByteArray &body)
{
    if (status == 400)
        return QStringLiteral(" (Zotero found no citation it can import in the text)");
    if (status == 500 &&
        QJsonDocument::fromJson(body).object().value(QLatin1String("libraryEditable")) == QJsonValue(false))
        return QStringLiteral(
            " (the library selected in Zotero is read-only: select My Library or a collection you can edit)");
    return {};
}

} // namespace

ZoteroConnector::ZoteroConnector(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
{
    // Zotero only listens on loopback; a system proxy in between would answer for it or refuse.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

QUrl ZoteroConnector::defaultUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:23119"));
}

QByteArray ZoteroConnector::contentType(CitationFormat format)
{
    switch (format) {
    case CitationFormat::Ris:
        return QByteArrayLiteral("application/x-research-info-systems; charset=utf-8");
    case CitationFormat::Bibtex:
        return QByteArrayLiteral("application/x-bibtex; charset=utf-8");
    case CitationFormat::CslJson:
    case CitationFormat::Json:
        break;
    }
    // Not application/json: Zotero's server parses such bodies into objects, and its import endpoint
    // needs the text itself to detect the format.
    return QByteArrayLiteral("text/plain; charset=utf-8");
}

QNetworkRequest ZoteroConnector::requestFor(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, PortalClient::userAgent());
    request.setRawHeader(QByteArrayLiteral("Zotero-Allowed-Request"), QByteArrayLiteral("1"));
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    return request;
}

QCoro::Task<Result<ZoteroConnector::Answer>> ZoteroConnector::exchange(QNetworkRequest request,
                                                                       QByteArray body, bool post)
{
    const QString where = m_baseUrl.toDisplayString();
    QNetworkReply *reply = post ? m_network.post(request, body) : m_network.get(request);
    co_await reply;
    reply->deleteLater();
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::ConnectionRefusedError)
        co_return Failure{
            Failure::Kind::Unreachable,
            QStringLiteral("Zotero is not running: start Zotero and try again (nothing answers at %1)")
                .arg(where)};
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        co_return Failure{Failure::Kind::Timeout, QStringLiteral("Zotero did not answer within %1 s (%2)")
                                                      .arg(static_cast<double>(m_timeout.count()) / 1000.0)
                                                      .arg(where)};
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        co_return Failure{
            Failure::Kind::Unreachable,
            QStringLiteral("Zotero could not be reached at %1: %2").arg(where, reply->errorString())};
    co_return Answer{status, reply->readAll(), reply->rawHeader(QByteArrayLiteral("X-Zotero-Version"))};
}

QCoro::Task<Result<QString>> ZoteroConnector::ping()
{
    const Result<Answer> answer = co_await exchange(requestFor(QStringLiteral("/connector/ping")), {}, false);
    if (!answer.ok())
        co_return answer.failure();
    const Answer &a = answer.value();
    if (a.status != 200)
        co_return Failure{Failure::Kind::UnexpectedResponse,
                          QStringLiteral("Zotero's connector answered the ping with HTTP %1: %2")
                              .arg(a.status)
                              .arg(shortBody(a.body))};
    // Another program on Zotero's port would answer too; Zotero says who it is.
    if (a.zoteroVersion.isEmpty() && !a.body.contains("Zotero"))
        co_return Failure{
            Failure::Kind::UnexpectedResponse,
            QStringLiteral("something other than Zotero answers at %1").arg(m_baseUrl.toDisplayString())};
    co_return QString::fromLatin1(a.zoteroVersion);
}

QCoro::Task<Result<int>> ZoteroConnector::importCitations(QString text, CitationFormat format)
{
    if (format == CitationFormat::Json)
        co_return models::invalidInput(
            QStringLiteral("Zotero cannot import the json format: use bibtex, ris or csl-json"));
    // A fresh session id per import: Zotero answers 409 to a reused one.
    QNetworkRequest request = requestFor(QStringLiteral("/connector/import"));
    QUrl url = request.url();
    url.setQuery(QUrlQuery{{QStringLiteral("session"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
    request.setUrl(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType(format));
    const Result<Answer> answer = co_await exchange(request, text.toUtf8(), true);
    if (!answer.ok())
        co_return answer.failure();
    const Answer &a = answer.value();
    if (a.status < 200 || a.status >= 300)
        co_return Failure{Failure::Kind::UnexpectedResponse,
                          QStringLiteral("Zotero refused the import with HTTP %1%2: %3")
                              .arg(a.status)
                              .arg(hintFor(a.status, a.body), shortBody(a.body))};
    // 201 with the created items as a JSON array.
    co_return static_cast<int>(QJsonDocument::fromJson(a.body).array().size());
}

QCoro::Task<Result<int>> ZoteroConnector::send(QString text, CitationFormat format)
{
    const Result<QString> running = co_await ping();
    if (!running.ok())
        co_return running.failure();
    co_return co_await importCitations(std::move(text), format);
}

} // namespace encode::app
