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

// A sanitizer's report in the child's standard error (the asan preset): AddressSanitizer and
// LeakSanitizer say "ERROR: ...Sanitizer", UndefinedBehaviorSanitizer "file:line:col: runtime error:".
inline bool hasSanitizerReport(const QString &err)
{
    return err.contains(QLatin1String("ERROR: AddressSanitizer")) || err.contains(QLatin1String("ERROR: LeakSanitizer"))
        || err.contains(QLatin1String(": runtime error: "));
}

// Runs `program` while this thread's event loop keeps serving (the fake Portal lives in the test).
// A child that crashed (a sanitizer aborts on its first report, leaks included), printed a sanitizer
// report or did not finish by `deadlineMs` fails the calling test here, whatever the test then checks.
inline CliRun runCli(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                     int deadlineMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        QTest::qFail(qPrintable(QLatin1String("could not start ") + program), __FILE__, __LINE__);
        return {CliRun::hungExitCode, {}, QStringLiteral("could not start %1: %2").arg(program, process.errorString())};
    }
    process.write(input);
    process.closeWriteChannel();
    QDeadlineTimer deadline(deadlineMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    const bool finished = process.state() == QProcess::NotRunning;
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    CliRun run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
    QString problem;
    if (!finished) {
        run.exitCode = CliRun::hungExitCode;
        problem = QStringLiteral("was still running after %1 ms, and was killed").arg(deadlineMs);
    } else if (process.exitStatus() == QProcess::CrashExit) {
        run.exitCode = 128 + process.exitCode();
        problem = QStringLiteral("crashed (signal %1)").arg(process.exitCode());
    } else if (hasSanitizerReport(run.err)) {
        run.exitCode = CliRun::hungExitCode;
        problem = QStringLiteral("printed a sanitizer report");
    }
    if (!problem.isEmpty()) {
        const QString message = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QLatin1Char(' ')
            + problem + QLatin1String("; its standard error:\n") + run.err;
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    }
    return run;
}

} // namespace encode::testsupport
