// The Compare dialog, offscreen: a pair side by side with rows coloured by outcome under the verdict;
// three or more as a verdict matrix whose cells open each pair; Copy as text and Markdown.
#include "ui/compare/CompareDialog.h"
#include "app/compare/CompareMarkdown.h"
#include "app/compare/CompareText.h"
#include "tests/support/TestCollection.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace encode;

namespace {

models::ComparedExperiment experiment(const QString &accession, const QString &organism, const QString &assembly,
                                      const QString &assay = QStringLiteral("TF ChIP-seq"))
{
    models::TrackedExperiment stored = testsupport::sampleRecord(accession, assay, organism).experiment;
    stored.assembly = assembly;
    return models::comparedExperiment(stored);
}

QString rowText(const QTableWidget *table, const QString &aspect, int column)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == aspect)
            return table->item(row, column)->text();
    }
    return QStringLiteral("<no row %1>").arg(aspect);
}

QColor rowColour(const QTableWidget *table, const QString &aspect)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == aspect)
            return table->item(row, 1)->background().color();
    }
    return {};
}

} // namespace

class TestCompareDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aPairShowsTheVerdictAndColoursEachRow()
    {
        ui::CompareDialog dialog({experiment("ENCSR001AAA", "Homo sapiens", "GRCh38"),
                                  experiment("ENCSR002AAA", "Mus musculus", "mm10")});
        dialog.show();
        QVERIFY(!dialog.findChild<QTableWidget *>("verdictMatrix"));
        QVERIFY(dialog.findChild<QLabel *>("compareVerdict")->text().contains("NOT_COMPATIBLE"));
        const auto *table = dialog.findChild<QTableWidget *>("sideBySide");
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("ENCSR001AAA"));
        const models::Comparison &pair = dialog.shownPair();
        QCOMPARE(table->rowCount(), pair.checks.size());
        for (const models::AspectCheck &check : pair.checks) {
            QCOMPARE(rowColour(table, check.aspect), ui::outcomeColour(check.outcome));
            if (check.outcome == models::CheckOutcome::Issue)
                QCOMPARE(rowText(table, check.aspect, 3), QStringLiteral("issue"));
        }
        QVERIFY(std::any_of(pair.checks.cbegin(), pair.checks.cend(), [](const models::AspectCheck &check) {
            return check.outcome == models::CheckOutcome::Issue;
        }));

        QTest::mouseClick(dialog.findChild<QPushButton *>("copyMarkdown"), Qt::LeftButton);
        const QString markdown = QApplication::clipboard()->text();
        QVERIFY(markdown.startsWith("**ENCSR001AAA** vs **ENCSR002AAA**: **NOT_COMPATIBLE**"));
        QVERIFY(markdown.contains("| Aspect | ENCSR001AAA | ENCSR002AAA | Outcome |"));
        QCOMPARE(markdown, app::comparisonMarkdown(dialog.matrix(), pair));
        QTest::mouseClick(dialog.findChild<QPushButton *>("copyText"), Qt::LeftButton);
        // The same text `encode-tracker compare` prints for the pair.
        const QString text = QApplication::clipboard()->text();
        QCOMPARE(text, app::comparisonText(dialog.matrix(), pair));
        QVERIFY(text.startsWith("1  ENCSR001AAA  "));
        QVERIFY(text.contains("\nIssues ("));
        QVERIFY(text.contains("\nVerdict: NOT_COMPATIBLE\n"));
    }

    void threeOrMoreGiveAMatrixWhoseCellsOpenThePair()
    {
        ui::CompareDialog dialog({experiment("ENCSR001AAA", "Homo sapiens", "GRCh38"),
                                  experiment("ENCSR002AAA", "Homo sapiens", "GRCh38"),
                                  experiment("ENCSR003AAA", "Mus musculus", "mm10"),
                                  experiment("ENCSR004AAA", "Homo sapiens", "GRCh38, hg19")});
        dialog.show();
        auto *matrix = dialog.findChild<QTableWidget *>("verdictMatrix");
        QVERIFY(matrix);
        QCOMPARE(matrix->rowCount(), 4);
        QVERIFY(matrix->item(0, 0)->text().isEmpty()); // not compared with itself
        QCOMPARE(matrix->item(0, 2)->background().color(), ui::verdictColour(models::Verdict::NotCompatible));
        QCOMPARE(matrix->item(0, 1)->background().color(), ui::verdictColour(models::Verdict::FullyCompatible));
        QCOMPARE(matrix->item(1, 0)->text(), matrix->item(0, 1)->text()); // symmetric
        QVERIFY(dialog.findChild<QLabel *>("compatibleSubset")->text().contains("ENCSR001AAA, ENCSR002AAA, ENCSR004AAA"));

        matrix->cellClicked(3, 2);
        QCOMPARE(dialog.findChild<QTableWidget *>("sideBySide")->horizontalHeaderItem(1)->text(), QStringLiteral("ENCSR004AAA"));
        QCOMPARE(dialog.findChild<QTableWidget *>("sideBySide")->horizontalHeaderItem(2)->text(), QStringLiteral("ENCSR003AAA"));
        QVERIFY(dialog.findChild<QLabel *>("compareVerdict")->text().contains("NOT_COMPATIBLE"));
        QVERIFY(dialog.asMarkdown().contains("| ENCSR003AAA | NOT_COMPATIBLE | NOT_COMPATIBLE | — | NOT_COMPATIBLE |"));

        // Copy as Text: the clicked pair, then the matrix and the largest group, as the CLI prints them.
        QTest::mouseClick(dialog.findChild<QPushButton *>("copyText"), Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        QCOMPARE(text, app::comparisonText(dialog.matrix(), dialog.shownPair()));
        QVERIFY(text.contains("FULL = FULLY_COMPATIBLE"));
        QVERIFY(text.contains("Largest fully compatible subset (3 of 4): ENCSR001AAA, ENCSR002AAA, ENCSR004AAA\n"));
        QVERIFY(text.indexOf("Verdict: NOT_COMPATIBLE") < text.indexOf("FULL = FULLY_COMPATIBLE"));
    }
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
