#pragma once

#include "models/core/Result.h"

#include <QString>
#include <QStringList>

namespace encode::models {

// Accessions written as a list: separated by white space, commas or lines; '#' starts a comment.
[[nodiscard]] QStringList splitAccessionList(const QString &text);

// The most a list of accessions may hold: 8 MiB is some 600,000 accessions, one per line.
constexpr qint64 maxAccessionListBytes = 8 * 1024 * 1024;

// The text of an accession list in a file ('-' for standard input), read a block at a time up to
// `maxBytes`: anything larger (/dev/zero, a pipe that never ends, a file picked by mistake) is refused
// with a message instead of filling memory. The open collection's files are refused unread.
[[nodiscard]] Result<QString> readAccessionListText(const QString &source, const QString &collectionPath,
                                                    qint64 maxBytes = maxAccessionListBytes);

} // namespace encode::models
