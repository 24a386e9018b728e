#include "models/itemmodels/CollectionChangeWatcher.h"

#include "models/database/sqlite/SqliteDialect.h"

namespace encode::models {

CollectionChangeWatcher::CollectionChangeWatcher(QSqlDatabase database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_lastVersion = sqlite::dataVersion(m_database);
    connect(&m_timer, &QTimer::timeout, this, &CollectionChangeWatcher::check);
    m_timer.start(intervalMs);
}

void CollectionChangeWatcher::check()
{
    const qint64 version = sqlite::dataVersion(m_database);
    if (version < 0 || version == m_lastVersion)
        return;
    m_lastVersion = version;
    Q_EMIT collectionChanged();
}

} // namespace encode::models
