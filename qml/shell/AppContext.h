#pragma once
// The app's composition root as QML sees it (singleton `App`): the session, the embedded demo,
// the call history and the user's settings (theme, last page, last connection). Built in
// main() (or by a test), handed to QML through create(); never a global static.

#include <QObject>
#include <QSettings>

#include <algorithm>
#include <memory>
#include <QtQml/qqmlregistration.h>

#include "CallHistory.h"
#include "LoadRunStore.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "DemoHost.h"
#include "Language.h"
#include "MotionPreference.h"
#include "Session.h"
#include "AlertsModel.h"
#include "JournalStatus.h"
#include "watch/Journal.h"

class QQmlEngine;
class QJSEngine;

namespace switchboard::gui {

class AlertsController;
class DesktopNotifier;
class TrayIcon;

class AppContext : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(switchboard::gui::Session *session READ session CONSTANT)
    Q_PROPERTY(switchboard::gui::CallHistory *history READ history CONSTANT)
    /// The Call page's load runs, kept beside the history (load-runs/).
    Q_PROPERTY(switchboard::gui::LoadRunStore *loadRuns READ loadRuns CONSTANT)
    Q_PROPERTY(switchboard::gui::DemoHost *demo READ demo CONSTANT)
    /// What the banner says about the journal of changes.
    Q_PROPERTY(switchboard::gui::JournalStatus *journalStatus READ journalStatus CONSTANT)
    /// The profile's alert rules and their states.
    Q_PROPERTY(switchboard::gui::AlertsModel *alerts READ alerts CONSTANT)
    /// A system tray is there to keep running in (never offscreen).
    Q_PROPERTY(bool trayAvailable READ trayAvailable CONSTANT)
    /// Closing the window hides it into the tray; alerts go on. Kept in the settings.
    Q_PROPERTY(bool keepInTray READ keepInTray WRITE setKeepInTray NOTIFY keepInTrayChanged)
    Q_PROPERTY(bool demoMode READ demoMode NOTIFY demoModeChanged)
    /// One line per region that reads the team's history from a collector; empty when none does.
    Q_PROPERTY(QString teamHistory READ teamHistory NOTIFY teamHistoryChanged)
    Q_PROPERTY(bool teamHistoryWarning READ teamHistoryWarning NOTIFY teamHistoryChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY themeChanged)
    /// The chosen UI language: "" follows the system, else a code of `languages`.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// What is in effect ("en" when the system's language has no translation).
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QString page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    /// The git commit the app was built from (main.cpp sets it before the QML loads).
    Q_PROPERTY(QString buildCommit READ buildCommit CONSTANT)
    /// "Qt 6.4.2, cnats 3.4.1": the libraries in use at run time, for the About dialog.
    Q_PROPERTY(QString libraryVersions READ libraryVersions CONSTANT)
    Q_PROPERTY(QString lastServer READ lastServer NOTIFY lastServerChanged)
    Q_PROPERTY(QStringList startupSubscriptions READ startupSubscriptions CONSTANT)
    Q_PROPERTY(QString currentProfile READ currentProfile NOTIFY lastServerChanged)
    /// Every connected cluster (region), the primary session first.
    Q_PROPERTY(QList<QObject *> sessions READ sessions NOTIFY regionsChanged)
    Q_PROPERTY(QStringList regionNames READ regionNames NOTIFY regionsChanged)
    /// The region the pages show ("" = all of them).
    Q_PROPERTY(QString regionFilter READ regionFilter WRITE setRegionFilter NOTIFY regionFilterChanged)
    /// What the one-region pages (Topology, Call, Traffic) show: the chosen region, else the primary.
    Q_PROPERTY(switchboard::gui::Session *shownSession READ shownSession NOTIFY shownSessionChanged)
    /// The system asks for reduced motion (or --screenshot): moving decorations stay still.
    Q_PROPERTY(bool reducedMotion READ reducedMotion NOTIFY reducedMotionChanged)
public:
    /// settingsFile / historyFile empty: the user's (and the system keychain for secrets); with a
    /// settings file given (tests), profiles.json sits next to it and secrets stay in memory.
    /// No default arguments on purpose: Qt 6.4 default-constructs a QML_SINGLETON that can be,
    /// ignoring create() (a second instance).
    AppContext(const QString &settingsFile, const QString &historyFile, QObject *parent = nullptr);
    ~AppContext() override;

    static AppContext *create(QQmlEngine *, QJSEngine *engine);
    static void setInstance(AppContext *instance);
    static AppContext *instance();

    [[nodiscard]] Session *session() { return &m_session; }
    /// The journal every region's changes go to.
    [[nodiscard]] watch::Journal *journal() const { return m_journal.get(); }
    [[nodiscard]] JournalStatus *journalStatus() const { return m_journalStatus.get(); }
    [[nodiscard]] AlertsModel *alerts() const { return m_alertsModel.get(); }
    [[nodiscard]] AlertsController *alertsController() const { return m_alerts.get(); }
    [[nodiscard]] bool trayAvailable() const { return m_tray != nullptr; }
    [[nodiscard]] bool keepInTray() const;
    void setKeepInTray(bool keep);
    [[nodiscard]] CallHistory *history() { return &m_history; }
    [[nodiscard]] LoadRunStore *loadRuns() { return &m_loadRuns; }
    [[nodiscard]] DemoHost *demo() { return &m_demo; }
    [[nodiscard]] bool demoMode() const { return m_demoMode; }
    [[nodiscard]] QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    [[nodiscard]] QString language() const { return m_languageChoice; }
    void setLanguage(const QString &code);
    [[nodiscard]] QString effectiveLanguage() const { return m_effectiveLanguage; }
    [[nodiscard]] static QStringList languages();
    /// "English", "简体中文": each language in its own words, as language menus show them.
    Q_INVOKABLE static QString languageName(const QString &code);
    [[nodiscard]] bool dark() const;
    [[nodiscard]] QString page() const { return m_page; }
    void setPage(const QString &page);
    [[nodiscard]] QString version() const;
    [[nodiscard]] QString buildCommit() const { return m_buildCommit; }
    void setBuildCommit(const QString &commit) { m_buildCommit = commit; }
    [[nodiscard]] static QString libraryVersions();
    /// Puts text on the clipboard (the About dialog's version details).
    Q_INVOKABLE static void copyText(const QString &text);
    [[nodiscard]] QString lastServer() const;
    /// Subjects the Traffic page subscribes to once connected (--subscribe).
    [[nodiscard]] QStringList startupSubscriptions() const { return m_startupSubscriptions; }
    void setStartupSubscriptions(const QStringList &subjects) { m_startupSubscriptions = subjects; }

    /// Starts the embedded demo and connects to it (services user; system user for health).
    Q_INVOKABLE void startDemo();
    /// Connects without a demo; remembers the URLs (never the password) for the next start.
    Q_INVOKABLE void connectTo(const QString &urls, const QString &user, const QString &password, const QString &token);
    void openSession(SessionSettings settings);
    /// Window geometry from the last run ({x, y, width, height, maximized}; empty the first time).
    Q_INVOKABLE QVariantMap savedGeometry() const;
    Q_INVOKABLE void saveGeometry(int x, int y, int width, int height, bool maximized);
    /// Renders the window now and saves it as PNG (screenshots and end-to-end tests).
    Q_INVOKABLE bool saveWindowImage(QObject *window, const QString &file) const;
    [[nodiscard]] QSettings &settings() { return m_settings; }
    [[nodiscard]] ProfileStore &profileStore() { return m_profiles; }
    [[nodiscard]] SecretStore &secrets() { return m_secrets; }
    /// The SecretStore key of one of a profile's secrets (kind: password, token, system-password).
    [[nodiscard]] static QString secretKey(const QString &profile, const QString &kind);
    /// A profile's three secrets, from memory or the keychain.
    void readSecrets(const QString &profile, std::function<void(ProfileSecrets)> done);
    /// Connects with a saved profile (secrets fetched first); remembers it for the next start.
    Q_INVOKABLE void connectProfile(const QString &name);
    [[nodiscard]] QString currentProfile() const { return m_currentProfile; }

    // Several clusters at once, one per region: the primary session plus one per added profile
    // (or the demo's second cluster with --regions 2). Each has its own catalogue and monitor.
    [[nodiscard]] QList<QObject *> sessions() const;
    [[nodiscard]] QStringList regionNames() const;
    [[nodiscard]] QString regionFilter() const { return m_regionFilter; }
    void setRegionFilter(const QString &region);
    [[nodiscard]] Session *shownSession() const { return regionSession(m_regionFilter); }
    /// The session of a region by its label; the primary one for "" or an unknown label.
    Q_INVOKABLE switchboard::gui::Session *regionSession(const QString &region) const;
    /// Connects a saved profile as one more region (beside the current connection).
    Q_INVOKABLE void addRegion(const QString &profileName);
    /// The profile editor saved `profile`: sessions connected with it take its protobuf sources.
    void profileSaved(const Profile &profile);
    Q_INVOKABLE void removeRegion(const QString &region);
    /// How many demo clusters startDemo() runs (1 or 2); call before it.
    void setDemoRegions(int regions) { m_demoRegions = std::clamp(regions, 1, 2); }
    /// --demo-nodes: synthetic nodes the (first) demo adds, for a large map.
    void setDemoNodes(int nodes) { m_demo.setSyntheticNodes(std::clamp(nodes, 0, 20000)); }

    [[nodiscard]] QString teamHistory() const;
    [[nodiscard]] bool teamHistoryWarning() const;
    [[nodiscard]] bool reducedMotion() const { return m_motion.reduced(); }
    [[nodiscard]] MotionPreference &motion() { return m_motion; }

Q_SIGNALS:
    void demoModeChanged();
    void themeChanged();
    /// After the translation changed: the QML engine retranslates (main.cpp, the test runner).
    void languageChanged();
    void pageChanged();
    void lastServerChanged();
    void regionsChanged();
    void regionFilterChanged();
    void shownSessionChanged();
    void reducedMotionChanged();
    /// A notification's action was chosen: show `target` ("service:NAME", "zone:REGION/NAME",
    /// "subject:NAME", "alerts").
    void showRequested(const QString &target);
    /// "Alert when…" on a subject, service or zone: the Alerts page opens its form on a draft.
    void alertRequested(const QString &kind, const QString &target, const QString &comparison);
    void keepInTrayChanged();
    void teamHistoryChanged();

private:
    void startAlerts();
    void rememberServers(); // the current profile keeps the servers this run saw
    void openProfile(Session &session, const Profile &profile);
    void applySchemas(Session &session, const Profile &profile);
    /// The session's collector history as its profile says (none for the demo: nullptr).
    void readTeamHistory(Session &session, const Profile *profile);
    /// Adds a session to those whose changes go to the journal.
    void record(Session &session);
    static SessionSettings demoSettings(const DemoHost &host, const QString &label);

    QSettings m_settings;
    Language m_language;
    MotionPreference m_motion;
    QString m_languageChoice, m_effectiveLanguage;
    ProfileStore m_profiles;
    SecretStore m_secrets;
    QString m_currentProfile;
    /// The journal of changes of every region; destroyed after the sessions that feed it.
    std::unique_ptr<watch::Journal> m_journal;
    std::unique_ptr<JournalStatus> m_journalStatus;
    /// Alert rules at work; reset first in the destructor (they subscribe on the sessions).
    std::unique_ptr<AlertsController> m_alerts;
    std::unique_ptr<AlertsModel> m_alertsModel;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<TrayIcon> m_tray; ///< null without a system tray
    DemoHost m_demo;       // destroyed after the session: its servers outlive the connections
    std::unique_ptr<DemoHost> m_secondDemo;
    Session m_session;
    std::vector<std::unique_ptr<Session>> m_regions; // beyond the primary session
    QString m_regionFilter;
    int m_demoRegions = 1;
    QString m_buildCommit = QStringLiteral("unknown");
    CallHistory m_history;
    LoadRunStore m_loadRuns; ///< after m_history: its folder is beside the history file
    bool m_demoMode = false;
    QString m_theme, m_page;
    QStringList m_startupSubscriptions;
};

} // namespace switchboard::gui
