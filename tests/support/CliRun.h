#pragma once
// One run of the real switchboard-cli against a fixture server: exit code and both outputs.

#include <QProcess>
#include <QStringList>

namespace switchboard::testing {

struct CliRun {
    int code = -1; ///< -1 when it crashed or had to be killed
    QByteArray out, err;
};

inline CliRun runCli(const QString &exe, const QString &serverUrl, const QStringList &args, int timeoutMs = 15000)
{
    QProcess p;
    p.start(exe, QStringList{QStringLiteral("--server"), serverUrl} + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace switchboard::testing
