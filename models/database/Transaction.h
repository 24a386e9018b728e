#pragma once

#include "models/database/sqlite/SqliteErrors.h"

#include <QSqlDatabase>
#include <QString>

namespace encode::models {

// A write transaction that rolls back unless commit() succeeded, so an early return or a failed
// statement never leaves half an experiment in the collection. It takes the write lock at the start
// (BEGIN IMMEDIATE on SQLite), so a concurrent writer in another process makes it wait up to the
// busy timeout instead of failing half-way with "database is locked".
class Transaction final {
public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] QString error() const { return m_error; }
    // Whether starting failed because another connection kept the write lock past the busy timeout.
    [[nodiscard]] bool wasBusy() const { return m_errorKind == sqlite::ErrorKind::Busy; }
    [[nodiscard]] bool commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
    QString m_error;
    sqlite::ErrorKind m_errorKind = sqlite::ErrorKind::Other;
};

} // namespace encode::models
