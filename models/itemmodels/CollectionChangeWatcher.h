#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace encode::models {

// Notices when another process (the CLI, the MCP server, the original tool) writes the collection
// file, by polling SQLite's data_version, which changes only for other connections' commits. Our own
// writes go through this process's services, which refresh the views themselves.
class CollectionChangeWatcher final : public QObject {
    Q_OBJECT
public:
    explicit CollectionChangeWatcher(QSqlDatabase database, int intervalMs = 1000, QObject *parent = nullptr);

    // Checks at once (the timer calls it too); emits collectionChanged() when the data version moved.
    void check();

Q_SIGNALS:
    void collectionChanged();

private:
    QSqlDatabase m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace encode::models
