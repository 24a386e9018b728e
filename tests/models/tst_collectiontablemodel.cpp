// The collection table model: structure (QAbstractItemModelTester), filtering and sorting in SQL,
// lazily loaded blocks, quick-filter choices, and noticing writes made by another connection.
#include "models/itemmodels/CollectionChangeWatcher.h"
#include "models/itemmodels/CollectionTableModel.h"
#include "models/itemmodels/FilterChoices.h"
#include "tests/support/TestCollection.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace encode;
using models::CollectionColumn;
using models::CollectionFilter;
using models::CollectionTableModel;

namespace {

void seed(const testsupport::TestCollection &collection)
{
    struct Row {
        const char *accession, *assay, *organism, *organ, *notes, *audit;
        double trackedAt;
    };
    const Row rows[] = {
        {"ENCSR001AAA", "TF ChIP-seq", "Homo sapiens", "liver, epithelium", "islet enhancers", R"({"ERROR":[{}]})", 5},
        {"ENCSR002AAA", "TF ChIP-seq", "Homo sapiens", "blood", "", R"({"WARNING":[{},{}]})", 4},
        {"ENCSR003AAA", "Histone ChIP-seq", "Mus musculus", "liver", "reference set", "{}", 3},
        {"ENCSR004AAA", "total RNA-seq", "Mus musculus", "brain", "", R"({"NOT_COMPLIANT":[{}]})", 2},
        {"ENCSR005AAA", "DNase-seq", "Homo sapiens, Mus musculus", "heart", "ISLET check", "{}", 1},
    };
    models::CollectionRepository repository = collection.repository();
    for (const Row &row : rows) {
        models::ExperimentRecord record = testsupport::sampleRecord(row.accession, row.assay, row.organism, row.organ);
        record.experiment.rawMetadata = QStringLiteral(R"({"audit":%1})").arg(QLatin1String(row.audit));
        models::SaveOptions options;
        options.now = row.trackedAt;
        options.notes = QString::fromUtf8(row.notes);
        QVERIFY(repository.save(record, options).ok());
    }
}

// The filter the window's bar builds: values picked from the data, matched exactly.
CollectionFilter windowFilter(const char *assay, const char *organism, const char *organ, const char *text)
{
    CollectionFilter filter;
    filter.match = CollectionFilter::Match::Exact;
    filter.assay = QString::fromUtf8(assay);
    filter.organism = QString::fromUtf8(organism);
    filter.organ = QString::fromUtf8(organ);
    filter.text = QString::fromUtf8(text);
    return filter;
}

QStringList shownAccessions(const CollectionTableModel &model)
{
    QStringList accessions;
    for (int row = 0; row < model.rowCount(); ++row)
        accessions.append(model.index(row, 0).data().toString());
    return accessions;
}

} // namespace

class TestCollectionTableModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        testsupport::TestCollection collection;
        seed(collection);
        CollectionTableModel model(collection.database()->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), models::collectionColumnCount());
        model.sort(int(CollectionColumn::Assay));
        model.setFilter(windowFilter("", "", "", "chip"));
        model.reload();
        QCOMPARE(model.rowCount(), 3);
    }

    void newestFirstByDefault()
    {
        testsupport::TestCollection collection;
        seed(collection);
        CollectionTableModel model(collection.database()->connection());
        QCOMPARE(shownAccessions(model),
                 (QStringList{"ENCSR001AAA", "ENCSR002AAA", "ENCSR003AAA", "ENCSR004AAA", "ENCSR005AAA"}));
    }

    void filtersRunInSql_data()
    {
        QTest::addColumn<CollectionFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("assay is exact") << windowFilter("TF ChIP-seq", "", "", "")
                                        << QStringList{"ENCSR001AAA", "ENCSR002AAA"};
        QTest::newRow("organism term") << windowFilter("", "Mus musculus", "", "")
                                       << QStringList{"ENCSR003AAA", "ENCSR004AAA", "ENCSR005AAA"};
        QTest::newRow("organ term") << windowFilter("", "", "liver", "") << QStringList{"ENCSR001AAA", "ENCSR003AAA"};
        QTest::newRow("text finds notes, any case") << windowFilter("", "", "", "islet")
                                                    << QStringList{"ENCSR001AAA", "ENCSR005AAA"};
        QTest::newRow("text finds accession") << windowFilter("", "", "", "encsr004") << QStringList{"ENCSR004AAA"};
        QTest::newRow("every word must match") << windowFilter("", "", "", "islet dnase") << QStringList{"ENCSR005AAA"};
        QTest::newRow("combined") << windowFilter("TF ChIP-seq", "Homo sapiens", "blood", "") << QStringList{"ENCSR002AAA"};
        QTest::newRow("nothing matches") << windowFilter("", "", "", "zebrafish") << QStringList{};
        QTest::newRow("wildcards are literal") << windowFilter("", "", "", "%") << QStringList{};
    }

    void filtersRunInSql()
    {
        QFETCH(CollectionFilter, filter);
        QFETCH(QStringList, expected);
        testsupport::TestCollection collection;
        seed(collection);
        CollectionTableModel model(collection.database()->connection());
        model.setFilter(filter);
        QCOMPARE(shownAccessions(model), expected);
        QCOMPARE(model.totalCount(), 5);
    }

    void sortsByAnyColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("accession descending") << int(CollectionColumn::Accession) << int(Qt::DescendingOrder)
                                              << QStringList{"ENCSR005AAA", "ENCSR004AAA", "ENCSR003AAA", "ENCSR002AAA", "ENCSR001AAA"};
        QTest::newRow("assay ascending") << int(CollectionColumn::Assay) << int(Qt::AscendingOrder)
                                         << QStringList{"ENCSR005AAA", "ENCSR003AAA", "ENCSR001AAA", "ENCSR002AAA", "ENCSR004AAA"};
        QTest::newRow("audit severity") << int(CollectionColumn::Audit) << int(Qt::DescendingOrder)
                                        << QStringList{"ENCSR001AAA", "ENCSR004AAA", "ENCSR002AAA", "ENCSR003AAA", "ENCSR005AAA"};
        QTest::newRow("tracked ascending") << int(CollectionColumn::Tracked) << int(Qt::AscendingOrder)
                                           << QStringList{"ENCSR005AAA", "ENCSR004AAA", "ENCSR003AAA", "ENCSR002AAA", "ENCSR001AAA"};
    }

    void sortsByAnyColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        testsupport::TestCollection collection;
        seed(collection);
        CollectionTableModel model(collection.database()->connection());
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(shownAccessions(model), expected);
    }

    void valuesAndRoles()
    {
        testsupport::TestCollection collection;
        seed(collection);
        CollectionTableModel model(collection.database()->connection());
        const int row = model.rowOf("ENCSR001AAA");
        QCOMPARE(row, 0);
        QCOMPARE(model.index(row, int(CollectionColumn::Audit)).data().toString(), QStringLiteral("ERROR 1"));
        QCOMPARE(model.index(row, 0).data(CollectionTableModel::AuditSeverityRole).toInt(), 3);
        QCOMPARE(model.index(model.rowOf("ENCSR002AAA"), 0).data(CollectionTableModel::AuditSeverityRole).toInt(), 1);
        QCOMPARE(model.index(row, int(CollectionColumn::Publications)).data().toInt(), 1);
        QCOMPARE(model.index(row, int(CollectionColumn::Notes)).data().toString(), QStringLiteral("islet enhancers"));
        QCOMPARE(model.index(row, int(CollectionColumn::Organ)).data().toString(), QStringLiteral("liver, epithelium"));
        QCOMPARE(model.index(row, 5).data(CollectionTableModel::AccessionRole).toString(), QStringLiteral("ENCSR001AAA"));
        QCOMPARE(model.rowOf("ENCSR999ZZZ"), -1);
    }

    void manyRowsLoadLazilyInBlocks()
    {
        testsupport::TestCollection collection;
        models::CollectionRepository repository = collection.repository();
        for (int i = 0; i < 450; ++i) {
            models::SaveOptions options;
            options.now = i;
            QVERIFY(repository.save(testsupport::sampleRecord(QStringLiteral("ENCSR%1ZZZ").arg(i, 3, 10, QLatin1Char('0'))), options).ok());
        }
        CollectionTableModel model(collection.database()->connection());
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.index(449, 0).data().toString(), QStringLiteral("ENCSR000ZZZ")); // oldest last
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("ENCSR449ZZZ"));
        QCOMPARE(model.index(250, int(CollectionColumn::Assay)).data().toString(), QStringLiteral("TF ChIP-seq"));
    }

    void choicesComeFromTheDataWithCounts()
    {
        testsupport::TestCollection collection;
        seed(collection);
        const QSqlDatabase db = collection.database()->connection();
        const auto assays = models::filterChoices(db, models::Grouping::Assay);
        QVERIFY(assays.ok());
        QCOMPARE(assays.value().first(), (models::FilterChoice{"TF ChIP-seq", 2}));
        QCOMPARE(assays.value().size(), 4);
        const auto organisms = models::filterChoices(db, models::Grouping::Organism).value();
        QCOMPARE(organisms, (QList<models::FilterChoice>{{"Homo sapiens", 3}, {"Mus musculus", 3}}));
        const auto organs = models::filterChoices(db, models::Grouping::Organ).value();
        QCOMPARE(organs.first(), (models::FilterChoice{"liver", 2}));
        QVERIFY(organs.contains(models::FilterChoice{"epithelium", 1}));
    }

    void noticesWritesFromAnotherConnection()
    {
        testsupport::TestCollection collection;
        seed(collection);
        models::CollectionChangeWatcher watcher(collection.database()->connection(), 60000);
        QSignalSpy changed(&watcher, &models::CollectionChangeWatcher::collectionChanged);
        watcher.check();
        QCOMPARE(changed.count(), 0);

        // Another process, as far as SQLite can tell: a second connection to the same file.
        auto other = models::CollectionDatabase::open(collection.path());
        QVERIFY(other.ok());
        QVERIFY(models::CollectionRepository(other.value()->connection()).untrack("ENCSR003AAA").value());
        watcher.check();
        QCOMPARE(changed.count(), 1);
        watcher.check();
        QCOMPARE(changed.count(), 1);

        CollectionTableModel model(collection.database()->connection());
        QCOMPARE(model.rowOf("ENCSR003AAA"), -1);
        QCOMPARE(model.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCollectionTableModel)
#include "tst_collectiontablemodel.moc"
