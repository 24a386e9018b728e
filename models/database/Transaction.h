#pragma once

#include <QSqlDatabase>

namespace encode::models {

// Rolls back unless commit() succeeded, so an early return or a failed statement never leaves half an
// experiment in the collection.
class Transaction final {
public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
};

} // namespace encode::models
