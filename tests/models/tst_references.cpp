// External references (spec section 10): per-type validation with the expected form in the message,
// linking only tracked experiments, already_linked for a duplicate, unlinking and listing.
#include "models/references/ReferenceStore.h"
#include "models/references/ReferenceTypes.h"
#include "models/references/ReferenceUrls.h"
#include "tests/support/TestCollection.h"

#include <QSqlQuery>
#include <QTest>

using namespace encode;

class TestReferences final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestCollection> m_collection;

    models::ReferenceStore store() const
    {
        return models::ReferenceStore(m_collection->database()->connection());
    }
    int referenceCount() const
    {
        return m_collection->scalar("SELECT COUNT(*) FROM external_references").toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_collection = std::make_unique<testsupport::TestCollection>();
        QVERIFY2(m_collection->isOpen(), qPrintable(m_collection->openError()));
        auto record = testsupport::sampleRecord("ENCSR000AAA");
        record.linkedReferences.clear();
        QVERIFY(m_collection->repository().save(record, {}).ok());
    }

    void cleanup() { m_collection.reset(); }

    void validation_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("stored");  // empty: refused
        QTest::addColumn<QString>("message"); // part of the refusal

        QTest::newRow("pmid") << "pmid"
                              << "22955616"
                              << "22955616"
                              << "";
        QTest::newRow("pmid with prefix") << "pmid"
                                          << "PMID: 22955616"
                                          << "22955616"
                                          << "";
        QTest::newRow("pmid with letters") << "pmid"
                                           << "2295a616"
                                           << ""
                                           << "digits, such as 22955616";
        QTest::newRow("pmid zero") << "pmid"
                                   << "0"
                                   << ""
                                   << "digits";
        QTest::newRow("doi") << "doi"
                             << "10.1038/nature11247"
                             << "10.1038/nature11247"
                             << "";
        QTest::newRow("doi as a link") << "doi"
                                       << "https://doi.org/10.1038/nature11247"
                                       << "10.1038/nature11247"
                                       << "";
        QTest::newRow("doi with prefix") << "doi"
                                         << "doi:10.1038/nature11247"
                                         << "10.1038/nature11247"
                                         << "";
        QTest::newRow("doi without 10.") << "doi"
                                         << "1038/nature11247"
                                         << ""
                                         << "10.NNNN/suffix";
        QTest::newRow("doi without suffix") << "doi"
                                            << "10.1038/"
                                            << ""
                                            << "10.NNNN/suffix";
        QTest::newRow("geo series") << "geo_accession"
                                    << "GSE123456"
                                    << "GSE123456"
                                    << "";
        QTest::newRow("geo sample") << "geo_accession"
                                    << "GSM935275"
                                    << "GSM935275"
                                    << "";
        QTest::newRow("geo platform") << "geo_accession"
                                      << "GPL570"
                                      << "GPL570"
                                      << "";
        QTest::newRow("geo dataset") << "geo_accession"
                                     << "GDS5076"
                                     << "GDS5076"
                                     << "";
        QTest::newRow("geo other prefix") << "geo_accession"
                                          << "GSX123"
                                          << ""
                                          << "GSE, GSM, GPL or GDS";
        QTest::newRow("geo lower case") << "geo_accession"
                                        << "gse123"
                                        << ""
                                        << "GSE, GSM, GPL or GDS";
        QTest::newRow("nct") << "nct_id"
                             << "NCT01234567"
                             << "NCT01234567"
                             << "";
        QTest::newRow("nct 7 digits") << "nct_id"
                                      << "NCT0123456"
                                      << ""
                                      << "NCT and 8 digits";
        QTest::newRow("nct 9 digits") << "nct_id"
                                      << "NCT012345678"
                                      << ""
                                      << "NCT and 8 digits";
        QTest::newRow("biorxiv") << "biorxiv_doi"
                                 << "10.1101/2020.01.01.123456"
                                 << "10.1101/2020.01.01.123456"
                                 << "";
        QTest::newRow("biorxiv, other registrant") << "biorxiv_doi"
                                                   << "10.1038/nature11247"
                                                   << ""
                                                   << "10.1101/";
        QTest::newRow("preprint") << "preprint_doi"
                                  << "10.21203/rs.3.rs-12345/v1"
                                  << "10.21203/rs.3.rs-12345/v1"
                                  << "";
        QTest::newRow("preprint not a doi") << "preprint_doi"
                                            << "rs-12345"
                                            << ""
                                            << "10.NNNN/suffix";
        QTest::newRow("dbgap") << "dbgap"
                               << "phs000424"
                               << "phs000424"
                               << "";
        QTest::newRow("dbgap versioned") << "dbgap"
                                         << "phs000424.v8.p2"
                                         << "phs000424.v8.p2"
                                         << "";
        QTest::newRow("dbgap 5 digits") << "dbgap"
                                        << "phs00042"
                                        << ""
                                        << "phs and 6 digits";
        QTest::newRow("dbgap upper case") << "dbgap"
                                          << "PHS000424"
                                          << ""
                                          << "phs and 6 digits";
        QTest::newRow("other") << "other"
                               << "lab notebook 12, p. 4"
                               << "lab notebook 12, p. 4"
                               << "";
        QTest::newRow("other empty") << "other"
                                     << "   "
                                     << ""
                                     << "any text";
        QTest::newRow("unknown type") << "arxiv"
                                      << "2101.00001"
                                      << ""
                                      << "expected one of pmid, doi, geo_accession";
    }

    void validation()
    {
        QFETCH(QString, type);
        QFETCH(QString, id);
        QFETCH(QString, stored);
        QFETCH(QString, message);
        const auto normalised = models::normalisedReferenceId(type, id);
        const auto linked = store().link("ENCSR000AAA", type, id, "why", 100);
        if (!stored.isEmpty()) {
            QVERIFY2(normalised.ok(), qPrintable(normalised.ok() ? QString() : normalised.failure().message));
            QCOMPARE(normalised.value(), stored);
            QVERIFY(linked.ok());
            QCOMPARE(linked.value(), models::LinkAction::Linked);
            QCOMPARE(
                m_collection
                    ->scalar("SELECT reference_id FROM external_references WHERE reference_type = ?", {type})
                    .toString(),
                stored);
            return;
        }
        QVERIFY(!normalised.ok());
        QCOMPARE(normalised.failure().kind, models::Failure::Kind::InvalidInput);
        QVERIFY2(normalised.failure().message.contains(message), qPrintable(normalised.failure().message));
        QVERIFY2(normalised.failure().message.contains(id) || type == "arxiv",
                 qPrintable(normalised.failure().message));
        QVERIFY(!linked.ok());
        QCOMPARE(referenceCount(), 0);
    }

    void everyTypeHasAnExpectedForm()
    {
        QCOMPARE(models::referenceTypes(), (QStringList{"pmid", "doi", "geo_accession", "nct_id",
                                                        "biorxiv_doi", "preprint_doi", "dbgap", "other"}));
        for (const QString &type : models::referenceTypes())
            QVERIFY2(!models::expectedReferenceForm(type).isEmpty(), qPrintable(type));
    }

    void duplicateIsAlreadyLinked()
    {
        auto first = store().link("ENCSR000AAA", "pmid", "22955616", "the paper", 100);
        QVERIFY(first.ok());
        QCOMPARE(models::linkActionName(first.value()), "linked");
        // The same triple, also when written with a prefix: one row, and the first description stays.
        for (const char *again : {"22955616", "PMID:22955616"}) {
            auto second = store().link("ENCSR000AAA", "pmid", again, "again", 200);
            QVERIFY(second.ok());
            QCOMPARE(models::linkActionName(second.value()), "already_linked");
        }
        QCOMPARE(referenceCount(), 1);
        QCOMPARE(m_collection->scalar("SELECT description FROM external_references").toString(), "the paper");
        // The same id under another type is another link.
        QCOMPARE(store().link("ENCSR000AAA", "other", "22955616", {}, 300).value(),
                 models::LinkAction::Linked);
        QCOMPARE(
            m_collection->scalar("SELECT description FROM external_references WHERE reference_type = 'other'")
                .toString(),
            "");
    }

    void untrackedExperimentIsRefused_data()
    {
        QTest::addColumn<QString>("accession");
        QTest::addColumn<int>("kind");
        QTest::newRow("not tracked") << "ENCSR999ZZZ" << int(models::Failure::Kind::NotFound);
        QTest::newRow("a longer look-alike") << "ENCSR000AAAB" << int(models::Failure::Kind::InvalidInput);
        QTest::newRow("lower case") << "encsr000aaa" << int(models::Failure::Kind::InvalidInput);
    }

    void untrackedExperimentIsRefused()
    {
        QFETCH(QString, accession);
        QFETCH(int, kind);
        const auto linked = store().link(accession, "pmid", "22955616", {}, 100);
        QVERIFY(!linked.ok());
        QCOMPARE(int(linked.failure().kind), kind);
        QVERIFY(linked.failure().message.contains(accession));
        QCOMPARE(referenceCount(), 0);
    }

    void unlinkAndList()
    {
        auto second = testsupport::sampleRecord("ENCSR000BBB");
        second.linkedReferences.clear();
        QVERIFY(m_collection->repository().save(second, {}).ok());
        QVERIFY(store().link("ENCSR000AAA", "pmid", "1", {}, 1).ok());
        QVERIFY(store().link("ENCSR000AAA", "geo_accession", "GSE1", "series", 2).ok());
        QVERIFY(store().link("ENCSR000BBB", "pmid", "2", {}, 3).ok());

        QCOMPARE(store().list().value().size(), 3);
        QCOMPARE(store().list("ENCSR000AAA").value().size(), 2);
        const auto pmids = store().list({}, "pmid").value();
        QCOMPARE(pmids.size(), 2);
        QCOMPARE(pmids.at(0).experimentAccession, "ENCSR000AAA");
        QCOMPARE(pmids.at(1).reference.id, "2");
        const auto geo = store().list("ENCSR000AAA", "geo_accession").value();
        QCOMPARE(geo.size(), 1);
        QCOMPARE(geo.first().reference.description, "series");
        QVERIFY(!store().list({}, "arxiv").ok());

        QCOMPARE(store().unlink("ENCSR000AAA", "pmid", "PMID: 1").value(), true);
        QCOMPARE(store().unlink("ENCSR000AAA", "pmid", "1").value(), false);
        QCOMPARE(store().list().value().size(), 2);
    }

    void unlinkRemovesRowsOfTheOriginalTool()
    {
        // The original tool validated nothing: a stored id that our rules refuse can still be removed.
        QSqlQuery query(m_collection->database()->connection());
        QVERIFY(
            query.exec("INSERT INTO external_references (experiment_accession, reference_type, reference_id) "
                       "VALUES ('ENCSR000AAA', 'pmid', 'not-a-pmid')"));
        QCOMPARE(store().unlink("ENCSR000AAA", "pmid", "not-a-pmid").value(), true);
        QCOMPARE(referenceCount(), 0);
    }

    void urlsForEveryType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("url");
        QTest::newRow("pmid") << "pmid"
                              << "22955616"
                              << "https://pubmed.ncbi.nlm.nih.gov/22955616/";
        QTest::newRow("doi") << "doi"
                             << "10.1038/nature11247"
                             << "https://doi.org/10.1038/nature11247";
        QTest::newRow("geo") << "geo_accession"
                             << "GSE1"
                             << "https://www.ncbi.nlm.nih.gov/geo/query/acc.cgi?acc=GSE1";
        QTest::newRow("nct") << "nct_id"
                             << "NCT01234567"
                             << "https://clinicaltrials.gov/study/NCT01234567";
        QTest::newRow("biorxiv") << "biorxiv_doi"
                                 << "10.1101/2020.01.01.1"
                                 << "https://doi.org/10.1101/2020.01.01.1";
        QTest::newRow("preprint") << "preprint_doi"
                                  << "10.21203/rs.3"
                                  << "https://doi.org/10.21203/rs.3";
        QTest::newRow("dbgap")
            << "dbgap"
            << "phs000424.v8.p2"
            << "https://www.ncbi.nlm.nih.gov/projects/gap/cgi-bin/study.cgi?study_id=phs000424.v8.p2";
        QTest::newRow("other, a web address") << "other"
                                              << "https://example.org/x"
                                              << "https://example.org/x";
        QTest::newRow("other, text") << "other"
                                     << "notebook 12"
                                     << "";
        QTest::newRow("other, not the web") << "other"
                                            << "file:///etc/passwd"
                                            << "";
        QTest::newRow("pmid with prefix") << "pmid"
                                          << "PMID:21111111"
                                          << "https://pubmed.ncbi.nlm.nih.gov/21111111/";
        QTest::newRow("doi with prefix") << "doi"
                                         << "doi:10.1000/example.one"
                                         << "https://doi.org/10.1000/example.one";
        QTest::newRow("doi as url") << "doi"
                                    << "https://doi.org/10.1000/x"
                                    << "https://doi.org/10.1000/x";
        QTest::newRow("doi with #") << "doi"
                                    << "10.1002/(SICI)1097#x"
                                    << "https://doi.org/10.1002/(SICI)1097%23x";
        QTest::newRow("geo sample") << "geo_accession"
                                    << "GSM935275"
                                    << "https://www.ncbi.nlm.nih.gov/geo/query/acc.cgi?acc=GSM935275";
        QTest::newRow("empty id") << "pmid"
                                  << "  "
                                  << "";
        QTest::newRow("unknown type") << "arxiv"
                                      << "2101.00001"
                                      << "";
    }

    // The one PubMed rule, used by the References links, the Publications tab and every citation
    // writer: trimmed, an optional "PMID:" prefix, then digits only.
    void pubmedUrl_data()
    {
        QTest::addColumn<QString>("pmid");
        QTest::addColumn<QString>("url"); // empty: no link
        QTest::newRow("digits") << "22955616" << "https://pubmed.ncbi.nlm.nih.gov/22955616/";
        QTest::newRow("padded") << "  22955616\n" << "https://pubmed.ncbi.nlm.nih.gov/22955616/";
        QTest::newRow("prefix") << "PMID:22955616" << "https://pubmed.ncbi.nlm.nih.gov/22955616/";
        QTest::newRow("prefix, any case, space") << "pmid: 22955616" << "https://pubmed.ncbi.nlm.nih.gov/22955616/";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("prefix only") << "PMID:" << "";
        QTest::newRow("a PMCID") << "PMC3439153" << "";
        QTest::newRow("trailing text") << "22955616 (2012)" << "";
        QTest::newRow("a path") << "../search/?q=x" << "";
    }

    void pubmedUrl()
    {
        QFETCH(QString, pmid);
        QFETCH(QString, url);
        const QUrl link = models::pubmedUrl(pmid);
        QCOMPARE(link.isValid() && !link.isEmpty() ? QString::fromUtf8(link.toEncoded()) : QString(), url);
    }

    void urlsForEveryType()
    {
        QFETCH(QString, type);
        QFETCH(QString, id);
        QFETCH(QString, url);
        const QUrl link = models::referenceUrl(type, id);
        QCOMPARE(link.isValid() && !link.isEmpty() ? QString::fromUtf8(link.toEncoded()) : QString(), url);
    }
};

QTEST_GUILESS_MAIN(TestReferences)
#include "tst_references.moc"
