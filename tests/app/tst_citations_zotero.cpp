// The Zotero connector client against a fake Zotero on loopback: what it sends (headers Zotero's
// request gate checks, the body, a fresh session id) and how each failure reads to a user.
#include "app/citations/ZoteroConnector.h"
#include "app/portal/PortalClient.h"
#include "tests/support/AwaitTask.h"
#include "tests/support/FakeZotero.h"

#include <QTcpServer>
#include <QTest>

using encode::app::CitationFormat;
using encode::app::ZoteroConnector;
using encode::models::Failure;
using encode::testsupport::awaitTask;
using encode::testsupport::FakeZotero;
using encode::testsupport::HttpResponse;

namespace {

const QString risText =
    QStringLiteral("TY  - JOUR\r\nTI  - Müller's paper\r\nAU  - Müller, J. Ö.\r\nER  - \r\n\r\n");

} // namespace

class TestCitationsZotero final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeZotero> m_zotero;

private Q_SLOTS:
    void init()
    {
        m_zotero = std::make_unique<FakeZotero>();
        QVERIFY(m_zotero->start());
        m_zotero->setResponse("/connector/ping", encode::testsupport::zoteroPingResponse());
        m_zotero->setResponse("/connector/import", encode::testsupport::zoteroImportResponse(2));
    }

    void cleanup() { m_zotero.reset(); }

    void pingsThenImports()
    {
        ZoteroConnector connector(m_zotero->baseUrl());
        const auto sent = awaitTask(connector.send(risText, CitationFormat::Ris));
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.failure().message));
        QCOMPARE(sent.value(), 2);

        const auto &requests = m_zotero->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).head.method, "GET");
        QCOMPARE(requests.at(0).head.target, "/connector/ping");
        const auto &import = requests.at(1);
        QCOMPARE(import.head.method, "POST");
        QVERIFY2(import.head.target.startsWith("/connector/import?session="), import.head.target.constData());
        QVERIFY(import.head.target.size() > QByteArray("/connector/import?session=").size() + 30);
        for (const auto &request : requests) {
            QCOMPARE(request.head.headers.value("user-agent"), encode::app::PortalClient::userAgent());
            QVERIFY(!request.head.headers.value("user-agent").startsWith("Mozilla/"));
            QCOMPARE(request.head.headers.value("zotero-allowed-request"), "1");
            QVERIFY(!request.head.headers.contains("origin"));
            QCOMPARE(request.head.headers.value("host"),
                     "127.0.0.1:" + QByteArray::number(m_zotero->baseUrl().port()));
        }
        QCOMPARE(import.head.headers.value("content-type"),
                 "application/x-research-info-systems; charset=utf-8");
        QCOMPARE(import.head.headers.value("content-length"), QByteArray::number(risText.toUtf8().size()));
        QCOMPARE(import.body, risText.toUtf8());
    }

    void eachImportIsANewSession()
    {
        ZoteroConnector connector(m_zotero->baseUrl());
        QVERIFY(awaitTask(connector.importCitations("@misc{a,\n  title = {A}\n}\n", CitationFormat::Bibtex))
                    .ok());
        QVERIFY(awaitTask(connector.importCitations("[]", CitationFormat::CslJson)).ok());
        const auto &requests = m_zotero->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(0).head.target != requests.at(1).head.target);
        QCOMPARE(requests.at(0).head.headers.value("content-type"), "application/x-bibtex; charset=utf-8");
        // Not application/json: Zotero would parse it into an object its importer cannot read.
        QCOMPARE(requests.at(1).head.headers.value("content-type"), "text/plain; charset=utf-8");
    }

    void zoteroNotRunning()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now: the connection is refused
        ZoteroConnector connector(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const auto sent = awaitTask(connector.send(risText, CitationFormat::Ris));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.failure().kind, Failure::Kind::Unreachable);
        QVERIFY2(sent.failure().message.startsWith("Zotero is not running: start Zotero and try again"),
                 qPrintable(sent.failure().message));
    }

    void zoteroAnswersAnError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("read-only library")
            << 500 << QByteArray(R"({"libraryEditable":false})")
            << "Zotero refused the import with HTTP 500 (the library selected in Zotero "
               "is read-only: select My Library or a collection you can edit): "
               "{\"libraryEditable\":false}";
        QTest::newRow("server error") << 500 << QByteArray("Internal error")
                                      << "Zotero refused the import with HTTP 500: Internal error";
        QTest::newRow("nothing importable")
            << 400 << QByteArray()
            << "Zotero refused the import with HTTP 400 (Zotero found no citation it "
               "can import in the text): ";
    }

    void zoteroAnswersAnError()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        HttpResponse response;
        response.status = status;
        response.contentType = "application/json";
        response.body = body;
        m_zotero->setResponse("/connector/import", response);
        ZoteroConnector connector(m_zotero->baseUrl());
        const auto sent = awaitTask(connector.send(risText, CitationFormat::Ris));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.failure().kind, Failure::Kind::UnexpectedResponse);
        QTEST(sent.failure().message, "expected");
    }

    void somethingElseOnThePort()
    {
        m_zotero->setResponse("/connector/ping", HttpResponse::html(200, "<html>a web server</html>"));
        ZoteroConnector connector(m_zotero->baseUrl());
        const auto sent = awaitTask(connector.send(risText, CitationFormat::Ris));
        QVERIFY(!sent.ok());
        QVERIFY2(sent.failure().message.startsWith("something other than Zotero answers"),
                 qPrintable(sent.failure().message));
        QCOMPARE(m_zotero->requests().size(), 1); // nothing was imported
    }

    void jsonIsNotSent()
    {
        ZoteroConnector connector(m_zotero->baseUrl());
        const auto sent = awaitTask(connector.importCitations("{}", CitationFormat::Json));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.failure().kind, Failure::Kind::InvalidInput);
        QVERIFY(m_zotero->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCitationsZotero)
#include "tst_citations_zotero.moc"
