// Each external reference type links to its site (spec section 10).
#include "ui/details/ReferenceLinks.h"

#include <QTest>

using namespace encode;

class TestReferenceLinks final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void referenceUrl_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("url"); // empty: no link

        QTest::newRow("pmid") << "pmid"
                              << "21111111"
                              << "https://pubmed.ncbi.nlm.nih.gov/21111111/";
        QTest::newRow("pmid with prefix") << "pmid"
                                          << "PMID:21111111"
                                          << "https://pubmed.ncbi.nlm.nih.gov/21111111/";
        QTest::newRow("doi") << "doi"
                             << "10.1000/example.one"
                             << "https://doi.org/10.1000/example.one";
        QTest::newRow("doi with prefix") << "doi"
                                         << "doi:10.1000/example.one"
                                         << "https://doi.org/10.1000/example.one";
        QTest::newRow("doi as url") << "doi"
                                    << "https://doi.org/10.1000/x"
                                    << "https://doi.org/10.1000/x";
        QTest::newRow("doi with #") << "doi"
                                    << "10.1002/(SICI)1097#x"
                                    << "https://doi.org/10.1002/(SICI)1097%23x";
        QTest::newRow("geo_accession") << "geo_accession"
                                       << "GSE123456"
                                       << "https://www.ncbi.nlm.nih.gov/geo/query/acc.cgi?acc=GSE123456";
        QTest::newRow("geo sample") << "geo_accession"
                                    << "GSM935275"
                                    << "https://www.ncbi.nlm.nih.gov/geo/query/acc.cgi?acc=GSM935275";
        QTest::newRow("nct_id") << "nct_id"
                                << "NCT01234567"
                                << "https://clinicaltrials.gov/study/NCT01234567";
        QTest::newRow("dbgap")
            << "dbgap"
            << "phs000424.v8.p2"
            << "https://www.ncbi.nlm.nih.gov/projects/gap/cgi-bin/study.cgi?study_id=phs000424.v8.p2";
        QTest::newRow("biorxiv_doi") << "biorxiv_doi"
                                     << "10.1101/2020.01.01.123456"
                                     << "https://doi.org/10.1101/2020.01.01.123456";
        QTest::newRow("preprint_doi") << "preprint_doi"
                                      << "10.21203/rs.3.rs-12345/v1"
                                      << "https://doi.org/10.21203/rs.3.rs-12345/v1";
        QTest::newRow("other, plain text") << "other"
                                           << "lab notebook 12"
                                           << "";
        QTest::newRow("other, a web address") << "other"
                                              << "https://example.org/data"
                                              << "https://example.org/data";
        QTest::newRow("other, not the web") << "other"
                                            << "file:///etc/passwd"
                                            << "";
        QTest::newRow("empty id") << "pmid"
                                  << "  "
                                  << "";
        QTest::newRow("unknown type") << "arxiv"
                                      << "2101.00001"
                                      << "";
    }

    void referenceUrl()
    {
        QFETCH(QString, type);
        QFETCH(QString, id);
        QFETCH(QString, url);
        const QUrl link = ui::referenceUrl(type, id);
        if (url.isEmpty()) {
            QVERIFY2(!link.isValid() || link.isEmpty(), qPrintable(link.toString()));
            return;
        }
        QVERIFY(link.isValid());
        QCOMPARE(QString::fromUtf8(link.toEncoded()), url);
    }

    void typeLabels_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("label");
        QTest::newRow("pmid") << "pmid"
                              << "PubMed";
        QTest::newRow("doi") << "doi"
                             << "DOI";
        QTest::newRow("geo_accession") << "geo_accession"
                                       << "GEO";
        QTest::newRow("nct_id") << "nct_id"
                                << "ClinicalTrials.gov";
        QTest::newRow("biorxiv_doi") << "biorxiv_doi"
                                     << "bioRxiv DOI";
        QTest::newRow("preprint_doi") << "preprint_doi"
                                      << "Preprint DOI";
        QTest::newRow("dbgap") << "dbgap"
                               << "dbGaP";
        QTest::newRow("other") << "other"
                               << "Other";
        QTest::newRow("unknown") << "something_new"
                                 << "something_new";
    }

    void typeLabels()
    {
        QFETCH(QString, type);
        QFETCH(QString, label);
        QCOMPARE(ui::referenceTypeLabel(type), label);
    }
};

QTEST_MAIN(TestReferenceLinks)
#include "tst_referencelinks.moc"
