#pragma once

#include <QStringList>
#include <QTextStream>

namespace encode::app::cli {

// A plain-text table for terminals: columns padded to their widest cell, long cells shortened with
// an ellipsis so that a row stays on one line.
void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows, int widestColumn = 36);

} // namespace encode::app::cli
