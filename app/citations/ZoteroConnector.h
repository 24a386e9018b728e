#pragma once

#include "app/citations/CitationFormat.h"
#include "models/core/Result.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <qcoro/qcorotask.h>

#include <chrono>

namespace encode::app {

// Zotero's local connector server (the one the browser extension uses): "is Zotero running?" and
// "import this BibTeX/RIS/CSL-JSON into the selected collection". Requests carry our own User-Agent
// and Zotero-Allowed-Request, because Zotero silently drops requests that look like a browser's
// (Qt's default User-Agent starts with "Mozilla/"). Failures come back as words a user can act on.
class ZoteroConnector final : public QObject {
    Q_OBJECT
public:
    explicit ZoteroConnector(QUrl baseUrl = defaultUrl(), QObject *parent = nullptr);

    // http://127.0.0.1:23119, Zotero's default (extensions.zotero.httpServer.port).
    [[nodiscard]] static QUrl defaultUrl();
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // GET /connector/ping. The value is Zotero's version from X-Zotero-Version (may be empty).
    [[nodiscard]] QCoro::Task<models::Result<QString>> ping();
    // POST /connector/import?session=<new id> with the text; the value is the number of items Zotero created.
    [[nodiscard]] QCoro::Task<models::Result<int>> importCitations(QString text, CitationFormat format);
    // Ping first, so "Zotero is not running" is told apart from a failed import; then import.
    [[nodiscard]] QCoro::Task<models::Result<int>> send(QString text, CitationFormat format);

    // The Content-Type of an import body in `format`.
    [[nodiscard]] static QByteArray contentType(CitationFormat format);

private:
    struct Answer;
    [[nodiscard]] QCoro::Task<models::Result<Answer>> exchange(QNetworkRequest request, QByteArray body,
                                                               bool post);
    [[nodiscard]] QNetworkRequest requestFor(const QString &path) const;

    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout{30000};
    QNetworkAccessManager m_network;
};

} // namespace encode::app
