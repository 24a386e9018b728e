#pragma once

#include <QTableView>

#include <functional>

class QMimeData;

namespace encode::ui {

// The collection table: rows selected whole, sortable headers, a column chooser on the header's
// context menu, audit flags drawn as coloured badges, and selected rows dragged out as data for
// spreadsheets (the MIME data comes from `mimeDataFor`). Files dropped from a file manager onto a row
// are offered as derived from that experiment.
class CollectionTableView final : public QTableView {
    Q_OBJECT
public:
    explicit CollectionTableView(QWidget *parent = nullptr);

    void setMimeDataProvider(std::function<QMimeData *(const QStringList &accessions)> provider);
    [[nodiscard]] QStringList selectedAccessions() const;
    [[nodiscard]] QString currentAccession() const;
    void selectAccessions(const QStringList &accessions, const QString &current);

    // Columns hidden by the user, by header title, for QSettings.
    [[nodiscard]] QStringList hiddenColumnTitles() const;
    void hideColumnsTitled(const QStringList &titles);

Q_SIGNALS:
    void openRequested(); // Enter on a row
    void filesDropped(const QStringList &paths, const QString &accession);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showColumnMenu(const QPoint &position);
    // Local files dragged in from elsewhere (our own row drags carry a file too: those are not drops).
    [[nodiscard]] QStringList droppedFiles(const QDropEvent *event) const;

    std::function<QMimeData *(const QStringList &)> m_mimeDataFor;
};

} // namespace encode::ui
