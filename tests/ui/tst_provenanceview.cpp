// The Provenance view and the References tab, offscreen: a file's chain drawn as boxes and arrows
// (checked on the scene's items), an experiment's descendants, a removed file flagged, node details,
// exports, logging a file through the dialog (and refusing a cycle), files dropped onto a row, and
// linking / unlinking references from the details pane.
#include "ui/MainWindow.h"
#include "ui/collection/CollectionTableView.h"
#include "ui/collection/CollectionView.h"
#include "ui/provenance/LogDerivedDialog.h"
#include "ui/provenance/ProvenanceScene.h"
#include "ui/provenance/ProvenanceView.h"
#include "tests/support/ProvenanceFixture.h"
#include "tests/support/ScriptedPrompts.h"

#include <QAbstractGraphicsShapeItem>
#include <QComboBox>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace encode;

namespace {

QSet<QString> nodeIds(const ui::ProvenanceScene *scene)
{
    QSet<QString> ids;
    for (const QGraphicsItem *item : scene->items()) {
        const QString id = item->data(ui::ProvenanceScene::NodeIdKey).toString();
        if (!id.isEmpty())
            ids.insert(id);
    }
    return ids;
}

QSet<QString> edges(const ui::ProvenanceScene *scene)
{
    QSet<QString> found;
    for (const QGraphicsItem *item : scene->items()) {
        const QString edge = item->data(ui::ProvenanceScene::EdgeKey).toString();
        if (!edge.isEmpty())
            found.insert(edge);
    }
    return found;
}

QAbstractGraphicsShapeItem *box(const ui::ProvenanceScene *scene, const QString &id)
{
    for (QGraphicsItem *item : scene->items()) {
        if (item->data(ui::ProvenanceScene::NodeIdKey).toString() == id)
            return dynamic_cast<QAbstractGraphicsShapeItem *>(item);
    }
    return nullptr;
}

} // namespace

class TestProvenanceView final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::ProvenanceFixture> m_fixture;
    testsupport::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::ProvenanceView> m_view;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        m_fixture = std::make_unique<testsupport::ProvenanceFixture>();
        QVERIFY2(m_fixture->isReady(), qPrintable(m_fixture->error()));
        m_view = std::make_unique<ui::ProvenanceView>(m_prompts);
        m_view->setCollection(m_fixture->collection().database());
        m_view->resize(1200, 700);
        m_view->show();
        m_prompts.warnings.clear();
    }

    void cleanup() { m_view.reset(); }

    void aFilesChainIsDrawnBackToEncode()
    {
        QVERIFY(m_view->showFor(m_fixture->path("peaks.bed")));
        const ui::ProvenanceScene *scene = m_view->scene();
        const QString peaks = m_fixture->nodeId("peaks.bed");
        const QString merged = m_fixture->nodeId("merged.bam");
        const QString a = m_fixture->nodeId("a.bam");
        const QString b = m_fixture->nodeId("b.bam");
        QCOMPARE(nodeIds(scene), (QSet<QString>{peaks, merged, a, b, "ENCSR000AAA", "ENCFF000AAA", "ENCSR000BBB",
                                                "ENCFF000BBB", "ENCSR000CCC"}));
        const QSet<QString> drawn = edges(scene);
        const QStringList expected{merged + "->" + peaks, "ENCSR000CCC->" + peaks, a + "->" + merged,
                                   b + "->" + merged,     "ENCSR000AAA->" + a,    "ENCFF000AAA->" + a};
        for (const QString &edge : expected)
            QVERIFY2(drawn.contains(edge), qPrintable(edge));
        QCOMPARE(drawn.size(), scene->graph().edges.size());
        // Layers: a source is left of what was made from it.
        QVERIFY(box(scene, "ENCSR000AAA")->pos().x() < box(scene, a)->pos().x());
        QVERIFY(box(scene, a)->pos().x() < box(scene, merged)->pos().x());
        QVERIFY(box(scene, merged)->pos().x() < box(scene, peaks)->pos().x());
        // Kinds are told apart; a source that is not tracked is dashed.
        QCOMPARE(box(scene, "ENCSR000AAA")->brush().color(), ui::nodeFill(models::ProvenanceNodeKind::Experiment));
        QCOMPARE(box(scene, "ENCFF000AAA")->brush().color(), ui::nodeFill(models::ProvenanceNodeKind::EncodeFile));
        QCOMPARE(box(scene, peaks)->brush().color(), ui::nodeFill(models::ProvenanceNodeKind::DerivedFile));
        QCOMPARE(box(scene, "ENCSR000BBB")->pen().style(), Qt::DashLine);
        QCOMPARE(box(scene, "ENCSR000AAA")->pen().style(), Qt::SolidLine);
        QVERIFY(m_view->detailsText().contains("peaks.bed")); // the root's details at first
    }

    void clickingABoxShowsItsDetails()
    {
        QVERIFY(m_view->showFor(m_fixture->path("peaks.bed")));
        box(m_view->scene(), m_fixture->nodeId("merged.bam"))->setSelected(true);
        QVERIFY(m_view->detailsText().contains("merged.bam"));
        QVERIFY(m_view->detailsText().contains("SHA-256"));
        m_view->scene()->clearSelection();
        box(m_view->scene(), "ENCSR000AAA")->setSelected(true);
        QVERIFY(m_view->detailsText().contains("In the collection\tyes") || m_view->detailsText().contains("yes"));
    }

    void anExperimentsDescendantsAndAMissingFile()
    {
        QVERIFY(QFile::remove(m_fixture->path("a.bam")));
        QVERIFY(m_view->showFor("ENCSR000AAA"));
        const ui::ProvenanceScene *scene = m_view->scene();
        QVERIFY(nodeIds(scene).contains(m_fixture->nodeId("peaks.bed")));
        QVERIFY(!nodeIds(scene).contains("ENCSR000BBB")); // not descended from ENCSR000AAA
        QAbstractGraphicsShapeItem *missing = box(scene, m_fixture->nodeId("a.bam"));
        QCOMPARE(missing->pen().color(), ui::stateColour(models::FileState::Missing));
        QCOMPARE(missing->pen().style(), Qt::DashLine);
        QVERIFY(m_view->findChild<QLabel *>("provenanceStatus")->text().contains("missing or changed"));
    }

    void anUnknownPathIsSaid()
    {
        QVERIFY(!m_view->showFor(m_fixture->path("never-logged.txt")));
        QVERIFY(!m_view->findChild<QLabel *>("provenanceStatus")->text().isEmpty());
        QVERIFY(nodeIds(m_view->scene()).isEmpty());
    }

    void exportsAreWritten()
    {
        QVERIFY(m_view->showFor(m_fixture->path("peaks.bed")));
        QTemporaryDir dir;
        for (const char *name : {"chain.png", "chain.svg", "chain.dot", "chain.json"}) {
            const models::Status failed = m_view->exportTo(dir.filePath(name));
            QVERIFY2(!failed, failed ? qPrintable(failed->message) : name);
        }
        QVERIFY(!QImage(dir.filePath("chain.png")).isNull());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 4); // no part files left
        QFile dot(dir.filePath("chain.dot"));
        QVERIFY(dot.open(QIODevice::ReadOnly));
        QVERIFY(dot.readAll().startsWith("digraph"));
        QFile prov(dir.filePath("chain.json"));
        QVERIFY(prov.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(prov.readAll()).object();
        QVERIFY(document.contains("entity"));
        QVERIFY(document.contains("wasDerivedFrom"));
    }

    void anExportNeverLandsOnTheCollection()
    {
        QVERIFY(m_view->showFor(m_fixture->path("peaks.bed")));
        const QString collection = m_fixture->collection().path();
        const QByteArray before = testsupport::fileBytes(collection);
        for (const QString &target : QStringList{collection, collection + "-wal", collection + "-shm"}) {
            const models::Status refused = m_view->exportTo(target);
            QVERIFY(refused.has_value());
            QVERIFY2(refused->message.contains("open collection"), qPrintable(refused->message));
        }
        QCOMPARE(testsupport::fileBytes(collection), before);
        QVERIFY(m_fixture->collection().repository().isTracked("ENCSR000AAA").value());
    }

    void theDialogLogsAFileAndRefusesACycle()
    {
        const QString made = m_fixture->writeFile("signal.bw", "bigwig bytes");
        ui::LogDerivedDialog dialog(m_fixture->collection().database()->connection(), m_prompts);
        dialog.setPath(made);
        dialog.setSources({m_fixture->path("peaks.bed"), "ENCSR000AAA ENCFF000AAA"});
        dialog.findChild<QLineEdit *>("derivedTool")->setText("bedGraphToBigWig");
        QCOMPARE(dialog.entry().sources, (QStringList{m_fixture->path("peaks.bed"), "ENCSR000AAA", "ENCFF000AAA"}));
        QCOMPARE(dialog.findChild<QLineEdit *>("derivedFileType")->text(), QStringLiteral("bw"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.logged().tool, QStringLiteral("bedGraphToBigWig"));
        QVERIFY(m_view->showFor(made));
        QVERIFY(nodeIds(m_view->scene()).contains("ENCSR000CCC")); // through peaks.bed

        ui::LogDerivedDialog cycle(m_fixture->collection().database()->connection(), m_prompts);
        cycle.setPath(m_fixture->path("a.bam"));
        cycle.setSources({m_fixture->path("peaks.bed")});
        cycle.accept();
        QVERIFY(cycle.result() != int(QDialog::Accepted));
        QVERIFY(cycle.findChild<QLabel *>("derivedError")->text().contains("a.bam"));
    }

    void filesDroppedOnARowAreLoggedFromThatExperiment()
    {
        ui::MainWindow window("http://127.0.0.1:9", std::make_unique<testsupport::ScriptedPrompts>());
        window.resize(1300, 800);
        window.show();
        QVERIFY(window.openCollection(m_fixture->collection().path()));
        const QString dropped = m_fixture->writeFile("dropped.bed", "chr1\t1\t2\n");
        ui::CollectionTableView *table = window.collectionView()->table();
        // The dialog opens modally: fill it in and accept it from the event loop.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ui::LogDerivedDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->entry().sources, QStringList{"ENCSR000AAA"});
            dialog->accept();
        });
        Q_EMIT table->filesDropped({dropped}, "ENCSR000AAA");
        auto *view = window.findChild<ui::ProvenanceView *>("provenanceView");
        QVERIFY(view->isVisible());
        QVERIFY(nodeIds(view->scene()).contains("ENCSR000AAA"));
        QCOMPARE(view->scene()->graph().node(view->scene()->graph().rootId)->path, QDir::cleanPath(dropped));
    }

    void referencesAreLinkedAndUnlinkedFromTheDetails()
    {
        auto prompts = std::make_unique<testsupport::ScriptedPrompts>();
        testsupport::ScriptedPrompts *answers = prompts.get();
        ui::MainWindow window("http://127.0.0.1:9", std::move(prompts));
        window.show();
        QVERIFY(window.openCollection(m_fixture->collection().path()));
        window.collectionView()->table()->selectAccessions({"ENCSR000AAA"}, "ENCSR000AAA");
        auto *tab = window.findChild<QWidget *>("referencesTab");
        auto *type = tab->findChild<QComboBox *>("referenceType");
        auto *id = tab->findChild<QLineEdit *>("referenceId");
        auto *link = tab->findChild<QPushButton *>("linkReference");
        type->setCurrentIndex(type->findData("pmid"));
        QVERIFY(type->currentIndex() >= 0);
        id->setText("12x45");
        QVERIFY(!link->isEnabled()); // validated as it is typed
        QVERIFY(tab->findChild<QLabel *>("referenceHint")->text().contains("12x45"));
        id->setText("PMID: 22955616");
        QVERIFY(link->isEnabled());
        const auto count = [this] {
            return m_fixture->collection().scalar("SELECT COUNT(*) FROM external_references WHERE experiment_accession = "
                                                  "'ENCSR000AAA'").toInt();
        };
        const int before = count();
        auto *tree = tab->findChild<QTreeWidget *>("referencesTree");
        QCOMPARE(tree->topLevelItemCount(), before);
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(count(), before + 1);
        QCOMPARE(m_fixture->collection().scalar("SELECT COUNT(*) FROM external_references WHERE reference_id = '22955616' "
                                                "AND reference_type = 'pmid'").toInt(), 1);
        QTRY_COMPARE(tree->topLevelItemCount(), before + 1);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(1, Qt::UserRole).toString() == "22955616")
                tree->setCurrentItem(tree->topLevelItem(i));
        }
        tree->findChild<QAction *>("unlinkReference")->trigger();
        QCOMPARE(answers->asked.size(), 1);
        QCOMPARE(count(), before);
        QCOMPARE(m_fixture->collection().scalar("SELECT COUNT(*) FROM external_references WHERE reference_id = '22955616'").toInt(), 0);
    }
};

QTEST_MAIN(TestProvenanceView)
#include "tst_provenanceview.moc"
