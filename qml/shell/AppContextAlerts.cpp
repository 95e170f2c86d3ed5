// AppContext's alerts: the controller, the page's model, notifications and the tray, wired
// together (kept apart from AppContext.cpp, which is about sessions, settings and pages).
#include "AppContext.h"

#include <QApplication>
#include <QFileInfo>
#include <QJSEngine>

#include "AlertWords.h"
#include "AlertsController.h"
#include "DesktopNotifier.h"
#include "TrayIcon.h"

namespace switchboard::gui {

void AppContext::startAlerts()
{
    // Rules live beside the settings: one file per profile (or per connection without one).
    m_alerts = std::make_unique<AlertsController>(QFileInfo(m_settings.fileName()).absolutePath(), m_journal.get());
    m_alertsModel = std::make_unique<AlertsModel>(m_alerts.get());
    QJSEngine::setObjectOwnership(m_alertsModel.get(), QJSEngine::CppOwnership);
    m_notifier = std::make_unique<DesktopNotifier>();
    auto follow = [this] {
        QList<Session *> sessions{&m_session};
        for (const auto &r : m_regions)
            sessions << r.get();
        m_alerts->setSessions(sessions);
        // The profile's name, not the session's label: the demo's label is translated, and the
        // rules must not depend on the language the app speaks.
        if (m_session.state() != Session::Idle)
            m_alerts->setProfile(m_demoMode ? QStringLiteral("demo") : m_currentProfile.isEmpty() ? m_session.label() : m_currentProfile);
    };
    connect(this, &AppContext::regionsChanged, m_alerts.get(), follow);
    follow();
    connect(m_alerts.get(), &AlertsController::notify, this, [this](const watch::AlertTransition &t) {
        const auto rule = std::find_if(m_alerts->rules().begin(), m_alerts->rules().end(), [&](const auto &r) { return r.id == t.ruleId; });
        if (rule == m_alerts->rules().end())
            return;
        m_notifier->notify(AlertWords::summary(t), AlertWords::body(t, *rule), QStringLiteral("alert:") + t.ruleId, !t.resolved());
    });
    connect(m_notifier.get(), &DesktopNotifier::activated, this, &AppContext::showRequested);
    if (TrayIcon::available()) {
        m_tray = std::make_unique<TrayIcon>();
        connect(m_alerts.get(), &AlertsController::statusesChanged, m_tray.get(), [this] { m_tray->setFiring(m_alerts->firingCount()); });
        connect(m_tray.get(), &TrayIcon::showRequested, this, [this] { Q_EMIT showRequested(QStringLiteral("window")); });
        connect(m_tray.get(), &TrayIcon::alertsRequested, this, [this] { Q_EMIT showRequested(QStringLiteral("alerts")); });
        connect(m_tray.get(), &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    }
}

bool AppContext::keepInTray() const
{
    return m_settings.value(QStringLiteral("ui/keepInTray"), false).toBool();
}

void AppContext::setKeepInTray(bool keep)
{
    if (keep == keepInTray())
        return;
    m_settings.setValue(QStringLiteral("ui/keepInTray"), keep);
    Q_EMIT keepInTrayChanged();
}

} // namespace switchboard::gui
