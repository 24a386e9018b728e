#pragma once

#include "models/compare/CompatibilityMatrix.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace encode::ui {

// Can these experiments be analysed together? For two, their compared fields side by side, each row
// coloured by its outcome, under the verdict. For more, the verdict of every pair as a matrix (click a
// cell for that pair), and the largest group that is fully compatible. Copy as text or Markdown.
class CompareDialog final : public QDialog {
    Q_OBJECT
public:
    // `experiments`: two or more, in the order to show them (loaded by the caller).
    explicit CompareDialog(QList<models::ComparedExperiment> experiments, QWidget *parent = nullptr);

    [[nodiscard]] const models::CompatibilityMatrix &matrix() const { return m_matrix; }
    // The pair shown side by side.
    [[nodiscard]] const models::Comparison &shownPair() const;
    void showPair(int first, int second);

    // What Copy puts on the clipboard: app/compare's writers over the pair shown (and the matrix).
    [[nodiscard]] QString asText() const;
    [[nodiscard]] QString asMarkdown() const;

private:
    void fillMatrix();

    models::CompatibilityMatrix m_matrix;
    int m_first = 0;
    int m_second = 1;
    QLabel *m_verdict;
    QLabel *m_subset;
    QTableWidget *m_grid = nullptr; // N x N, only for three or more
    QTableWidget *m_sideBySide;
};

// The colours of the outcomes and verdicts, shared by the table rows and the matrix cells.
[[nodiscard]] QColor outcomeColour(models::CheckOutcome outcome);
[[nodiscard]] QColor verdictColour(models::Verdict verdict);

} // namespace encode::ui
