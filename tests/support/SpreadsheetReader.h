#pragma once

#include <QJsonObject>
#include <QString>

namespace encode::testsupport {

// Reads an .xlsx file back with openpyxl, a reader independent of the one that wrote it, so tests see
// the workbook as a spreadsheet application would.
//
// `script` is Python that gets `openpyxl` already imported and the workbook's path in sys.argv[1], and
// prints one JSON object on stdout; that object lands in `result`. The first python3 with openpyxl runs
// it: $ENCODE_TEST_PYTHON, then python3 on PATH, then /usr/bin/python3. A missing openpyxl is a failure
// (false with the reason in `error`), not a skip: packaging/dev/setup.sh installs python3-openpyxl.
[[nodiscard]] bool readWorkbook(const QString &script, const QString &xlsxPath, QJsonObject &result,
                                QString &error);

} // namespace encode::testsupport
