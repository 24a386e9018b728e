#include "tests/support/SpreadsheetReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace encode::testsupport {

namespace {

// Put before every script: exit code 3 tells "this python lacks openpyxl" (try the next one) apart
// from a script that failed on the workbook.
constexpr int kNoOpenpyxl = 3;
const char *const kPrelude = R"PY(
import sys
try:
    import openpyxl
except ImportError as error:
    print(f"openpyxl is missing: {error}", file=sys.stderr)
    sys.exit(3)
)PY";

QStringList candidatePythons()
{
    QStringList pythons;
    if (const QString configured = qEnvironmentVariable("ENCODE_TEST_PYTHON"); !configured.isEmpty())
        pythons << configured;
    // A pyenv or venv python3 first on PATH often lacks the distribution's python3-openpyxl.
    pythons << QStandardPaths::findExecutable(QStringLiteral("python3"))
            << QStringLiteral("/usr/bin/python3");
    return pythons;
}

} // namespace

bool readWorkbook(const QString &script, const QString &xlsxPath, QJsonObject &result, QString &error)
{
    const QString program = QString::fromUtf8(kPrelude) + script;
    error = QStringLiteral("no python3 found; install python3 and python3-openpyxl (packaging/dev/setup.sh)");
    for (const QString &python : candidatePythons()) {
        if (python.isEmpty() || !QFile::exists(python))
            continue;
        QProcess process;
        process.start(python, {QStringLiteral("-c"), program, xlsxPath});
        if (!process.waitForFinished(60000)) {
            error = python + QStringLiteral(" did not finish: ") + process.errorString();
            return false;
        }
        const QString stderrText = QString::fromUtf8(process.readAllStandardError());
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == kNoOpenpyxl) {
            error = python + QStringLiteral(": ") + stderrText.trimmed() +
                    QStringLiteral(
                        " — install python3-openpyxl (packaging/dev/setup.sh) or set ENCODE_TEST_PYTHON");
            continue;
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            error =
                python + QStringLiteral(" could not read ") + xlsxPath + QStringLiteral(": ") + stderrText;
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
        if (!document.isObject()) {
            error = QStringLiteral("unreadable output from the openpyxl script: ") + parseError.errorString();
            return false;
        }
        result = document.object();
        return true;
    }
    return false;
}

} // namespace encode::testsupport
