// How each external reference type is named in the window (its links: tests/models/tst_references).
#include "ui/details/ReferenceLinks.h"

#include <QTest>

using namespace encode;

class TestReferenceLinks final : public QObject {
    Q_OBJECT

private Q_SLOTS:
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
