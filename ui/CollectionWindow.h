#pragma once

#include <QMainWindow>

#include <memory>

class QSqlQueryModel;
class QTableView;

namespace encode::models {
class CollectionDatabase;
}

namespace encode::ui {

// The first desktop window: the tracked collection as a read-only table. The full browsing and
// curating window replaces it in a later step.
class CollectionWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit CollectionWindow(std::shared_ptr<models::CollectionDatabase> database, QWidget *parent = nullptr);
    ~CollectionWindow() override;

    void reload();

private:
    std::shared_ptr<models::CollectionDatabase> m_database;
    QSqlQueryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

// Opens the collection at `databasePath` (default location when empty) and runs the window.
int runDesktopApp(const QString &databasePath);

} // namespace encode::ui
