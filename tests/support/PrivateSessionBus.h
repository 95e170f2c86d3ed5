#pragma once
// A D-Bus session bus of the test's own: a real dbus-daemon on a private socket, so tests of
// desktop notifications run the same way on a desktop, in CI and in a container. The address
// goes into DBUS_SESSION_BUS_ADDRESS (what QDBusConnection::sessionBus() reads) when asked.

#include <QProcess>
#include <QString>
#include <QtGlobal>

namespace switchboard::testing {

class PrivateSessionBus {
public:
    PrivateSessionBus()
    {
        m_daemon.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted(5000))
            return;
        while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(5000)) {
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    }
    ~PrivateSessionBus()
    {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(3000)) {
            m_daemon.kill();
            m_daemon.waitForFinished();
        }
    }
    PrivateSessionBus(const PrivateSessionBus &) = delete;
    PrivateSessionBus &operator=(const PrivateSessionBus &) = delete;

    /// unix:path=…; empty when dbus-daemon could not start (scripts/setup.sh installs it).
    [[nodiscard]] QString address() const { return m_address; }
    /// Makes this bus the session bus of this process (before the first sessionBus() call).
    void becomeSessionBus() const { qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8()); }

private:
    QProcess m_daemon;
    QString m_address;
};

} // namespace switchboard::testing
