#pragma once

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace encode::testsupport {

// What one run of the command-line tool printed and returned. A run that crashed reports 128 + the
// signal, as a shell does (139 for SIGSEGV); one still running at the deadline is killed and reports
// `hungExitCode`, which no command returns, so that no test can pass on a tool that hangs.
struct CliRun {
    static constexpr int hungExitCode = -1;
    int exitCode = hungExitCode;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Runs `program` while this thread's event loop keeps serving (the fake Portal lives in the test).
inline CliRun runCli(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                     int deadlineMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {CliRun::hungExitCode, {}, QStringLiteral("could not start %1: %2").arg(program, process.errorString())};
    process.write(input);
    process.closeWriteChannel();
    QDeadlineTimer deadline(deadlineMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        return {CliRun::hungExitCode, QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())
                    + QStringLiteral("\n[runCli: still running after %1 ms, killed]").arg(deadlineMs)};
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::CrashExit) {
        err += QStringLiteral("\n[runCli: crashed with signal %1]").arg(process.exitCode());
        return {128 + process.exitCode(), out, err};
    }
    return {process.exitCode(), out, err};
}

} // namespace encode::testsupport
