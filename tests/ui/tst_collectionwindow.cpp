// The first desktop window lists what the collection holds.
#include "CollectionWindow.h"
#include "support/TestCollection.h"

#include <QAbstractItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace encode;

class TestCollectionWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsTheCollection()
    {
        testsupport::TestCollection collection;
        QVERIFY2(collection.isOpen(), qPrintable(collection.openError()));
        models::CollectionRepository repository = collection.repository();
        QVERIFY(repository.save(testsupport::sampleRecord("ENCSR100AAA", "TF ChIP-seq"), {}).ok());
        QVERIFY(repository.save(testsupport::sampleRecord("ENCSR200BBB", "DNase-seq"), {}).ok());

        ui::CollectionWindow window(collection.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>("collectionTable");
        QVERIFY(table);
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Accession"));
        QStringList accessions{model->index(0, 0).data().toString(), model->index(1, 0).data().toString()};
        accessions.sort();
        QCOMPARE(accessions, (QStringList{"ENCSR100AAA", "ENCSR200BBB"}));
        QVERIFY(window.statusBar()->currentMessage().contains("2 experiment"));

        // A change made elsewhere (say, by the CLI) shows after a reload.
        QVERIFY(repository.untrack("ENCSR100AAA").value());
        window.reload();
        QCOMPARE(model->rowCount(), 1);
    }
};

QTEST_MAIN(TestCollectionWindow)
#include "tst_collectionwindow.moc"
