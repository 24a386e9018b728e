#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace encode::models::sqlite {

// What a migration step does to a collection file, each action safe to repeat: a step that stopped
// half-way before (a crash, or two programs upgrading at once with an older build) is completed on
// the next open instead of failing on "duplicate column" for ever.
class SchemaWriter final {
public:
    // Rows done of rows to do, for steps that rewrite every row of a table.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    SchemaWriter(QSqlDatabase database, Progress progress);

    // A statement that is idempotent itself (CREATE ... IF NOT EXISTS).
    [[nodiscard]] Status execute(const QString &sql);
    // ALTER TABLE ... ADD COLUMN, unless the table has the column already.
    [[nodiscard]] Status addColumn(const QString &table, const QString &column, const QString &definition);
    // UPDATE table SET assignments WHERE condition, a block of rows at a time so that progress can be
    // reported on large collections. `condition` must stay false for a row once it is updated.
    [[nodiscard]] Status updateInBlocks(const QString &table, const QString &assignments, const QString &condition);

private:
    [[nodiscard]] Result<bool> hasColumn(const QString &table, const QString &column);

    QSqlDatabase m_database;
    Progress m_progress;
};

} // namespace encode::models::sqlite
