#include "models/database/Transaction.h"

#include "models/database/CollectionFiles.h"
#include "models/database/sqlite/SqliteDialect.h"
#include "models/database/sqlite/SqliteErrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace encode::models {

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
{
    QSqlQuery begin(m_database);
    m_active = begin.exec(sqlite::beginWriteStatement());
    if (!m_active) {
        m_error = sqlite::describeError(begin.lastError(), collectionPathOf(m_database));
        m_errorKind = sqlite::errorKind(begin.lastError());
    }
}

Transaction::~Transaction()
{
    if (m_active)
        m_database.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = !m_database.commit();
    if (m_active)
        m_error = sqlite::describeError(m_database.lastError(), collectionPathOf(m_database));
    return !m_active;
}

} // namespace encode::models
