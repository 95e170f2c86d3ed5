#pragma once
// Desktop notifications the freedesktop way: org.freedesktop.Notifications on the session bus
// (Notify, CloseNotification, the ActionInvoked signal). An alert that fires says the rule, the
// value and where; its "Show" action brings the app to the thing. Where no notification service
// runs (a bare session, a test without one), available() is false and nothing is sent.

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

namespace switchboard::gui {

class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    /// `bus`: the session bus by default; tests give a private one.
    explicit DesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    [[nodiscard]] bool available() const;
    /// Shows a notification; `target` comes back with activated() when its action is chosen.
    /// Returns the server's id, 0 when nothing was shown. Never blocks for long (a hung
    /// notification service costs at most the call timeout, once).
    uint notify(const QString &summary, const QString &body, const QString &target, bool urgent);

Q_SIGNALS:
    void activated(const QString &target);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);

private:
    QDBusConnection m_bus;
    QHash<uint, QString> m_targets; ///< notification id → what it is about
    bool m_broken = false;           ///< the service timed out once: do not wait on it again
};

} // namespace switchboard::gui
