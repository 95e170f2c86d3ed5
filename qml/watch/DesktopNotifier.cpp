#include "DesktopNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

namespace switchboard::gui {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int kCallTimeoutMs = 2000;
} // namespace

DesktopNotifier::DesktopNotifier(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
    if (m_bus.isConnected())
        m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
}

bool DesktopNotifier::available() const
{
    return !m_broken && m_bus.isConnected() && m_bus.interface() && m_bus.interface()->isServiceRegistered(kService).value();
}

uint DesktopNotifier::notify(const QString &summary, const QString &body, const QString &target, bool urgent)
{
    if (!available())
        return 0;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QStringList actions{QStringLiteral("default"), tr("Show")};
    // urgency: 1 normal, 2 critical (stays until dismissed on most desktops).
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1))},
                            {QStringLiteral("desktop-entry"), QStringLiteral("io.github.switchboard.Switchboard")},
                            {QStringLiteral("category"), QStringLiteral("network")}};
    call << QStringLiteral("Switchboard") << uint(0) << QStringLiteral("io.github.switchboard.Switchboard") << summary << body
         << actions << hints << int(-1);
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        if (reply.errorName() == QLatin1String("org.freedesktop.DBus.Error.NoReply"))
            m_broken = true;
        return 0;
    }
    const uint id = reply.arguments().constFirst().toUInt();
    if (id != 0 && !target.isEmpty())
        m_targets.insert(id, target);
    return id;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    Q_UNUSED(action); // "default" (the body clicked) and "Show" lead to the same place
    const auto it = m_targets.find(id);
    if (it == m_targets.end())
        return; // another application's notification
    const QString target = *it;
    m_targets.erase(it);
    Q_EMIT activated(target);
}

} // namespace switchboard::gui
