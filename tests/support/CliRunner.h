#pragma once

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace encode::testsupport {

// What one run of the command-line tool printed and returned.
struct CliRun {
    int exitCode = -1;
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
// report or did not finish fails the calling test here, whatever the test then checks, and its exit
// code reads -1, which no command returns.
inline CliRun runCli(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        QTest::qFail(qPrintable(QLatin1String("could not start ") + program), __FILE__, __LINE__);
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    QDeadlineTimer deadline(60000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    const bool finished = process.state() == QProcess::NotRunning;
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    CliRun run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
    QString problem;
    if (!finished)
        problem = QLatin1String("did not finish within 60 s");
    else if (process.exitStatus() == QProcess::CrashExit)
        problem = QLatin1String("crashed (signal ") + QString::number(process.exitCode()) + QLatin1Char(')');
    else if (hasSanitizerReport(run.err))
        problem = QLatin1String("printed a sanitizer report");
    if (!problem.isEmpty()) {
        run.exitCode = -1;
        const QString message = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QLatin1Char(' ')
            + problem + QLatin1String("; its standard error:\n") + run.err;
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    }
    return run;
}

} // namespace encode::testsupport
