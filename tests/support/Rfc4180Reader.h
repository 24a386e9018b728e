#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace encode::testsupport {

// What to do with text after the last line break. RFC 4180 lets the last record go without one, but
// a test of a writer that always ends its rows may want a missing line break to show as a lost row.
enum class UnterminatedLastLine { Keep, Drop };

// A strict RFC 4180 reader, written independently of the export writers so that reading their output
// back checks the quoting. Records end at '\n' (a '\r' before it stays part of the last field); a
// quoted field may hold separators, line breaks and doubled quotes.
[[nodiscard]] QList<QStringList> parseRfc4180(const QString &text, QChar separator,
                                              UnterminatedLastLine lastLine);

} // namespace encode::testsupport
