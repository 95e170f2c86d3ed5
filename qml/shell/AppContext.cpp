#include "AppContext.h"

#include <QClipboard>
#include <QDir>
#include <QPointer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QJSEngine>
#include <QPalette>
#include <QtGlobal>

#include <nats/nats.h>

#include "AlertsController.h"
#include "DesktopNotifier.h" // complete for the destructor
#include "TrayIcon.h"
#include "JournalRecorder.h"
#include "watch/JournalFile.h"

namespace switchboard::gui {

namespace {
AppContext *g_instance = nullptr;
const QStringList kPages = {QStringLiteral("topology"), QStringLiteral("services"), QStringLiteral("call"), QStringLiteral("traffic"), QStringLiteral("cluster"), QStringLiteral("connections"), QStringLiteral("timeline"), QStringLiteral("alerts")};
/// Beside the call history (or the settings) a test gives; else the app's data folder.
QString journalPath(const QString &settingsFile, const QString &historyFile)
{
    const QString beside = !historyFile.isEmpty() ? historyFile : settingsFile;
    if (beside.isEmpty())
        return watch::JournalFile::defaultPath(); // where switchboard-cli journal reads it too
    return QDir(QFileInfo(beside).absolutePath()).filePath(QStringLiteral("journal.sqlite"));
}
} // namespace

AppContext::AppContext(const QString &settingsFile, const QString &historyFile, QObject *parent)
    : QObject(parent)
    , m_settings(settingsFile.isEmpty() ? QSettings() : QSettings(settingsFile, QSettings::IniFormat))
    , m_profiles(settingsFile.isEmpty() ? QString() : QFileInfo(settingsFile).dir().filePath(QStringLiteral("profiles.json")))
    , m_secrets(settingsFile.isEmpty())
    , m_journal(std::make_unique<watch::Journal>(journalPath(settingsFile, historyFile)))
    , m_history(historyFile)
    , m_loadRuns(QFileInfo(m_history.fileName()).absolutePath() + QStringLiteral("/load-runs"))
{
    m_journalStatus = std::make_unique<JournalStatus>(m_journal.get());
    QJSEngine::setObjectOwnership(m_journalStatus.get(), QJSEngine::CppOwnership);
    m_journal->start();
    record(m_session);
    startAlerts();
    m_theme = m_settings.value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
    m_languageChoice = m_settings.value(QStringLiteral("ui/language")).toString();
    if (!m_languageChoice.isEmpty() && !languages().contains(m_languageChoice))
        m_languageChoice.clear(); // a language this build has no translation for: the system's
    m_effectiveLanguage = m_language.apply(m_languageChoice);
    m_page = m_settings.value(QStringLiteral("ui/page"), QStringLiteral("services")).toString();
    if (!kPages.contains(m_page))
        m_page = QStringLiteral("services");
    // Sessions are handed to QML (lists, regionSession()): QML must never own, let alone delete them.
    QJSEngine::setObjectOwnership(&m_session, QJSEngine::CppOwnership);
    connect(&m_session, &Session::stateChanged, this, &AppContext::regionsChanged); // its label
    connect(this, &AppContext::regionsChanged, this, &AppContext::shownSessionChanged);
    connect(&m_motion, &MotionPreference::reducedChanged, this, &AppContext::reducedMotionChanged);
    connect(this, &AppContext::regionFilterChanged, this, &AppContext::shownSessionChanged);
    // Calls are observed in the region the Topology shows only (per-message work elsewhere is waste).
    connect(this, &AppContext::shownSessionChanged, this, [this] {
        for (QObject *s : sessions())
            static_cast<Session *>(s)->setObservingCalls(s == shownSession());
    });
    connect(&m_demo, &DemoHost::started, this, [this] {
        readTeamHistory(m_session, nullptr);
        m_session.open(demoSettings(m_demo, m_demoRegions > 1 ? QStringLiteral("eu-west") : tr("demo")));
    });
}

AppContext::~AppContext()
{
    m_tray.reset();
    m_alertsModel.reset();
    m_alerts.reset(); // its subscriptions go before the connections
    rememberServers();
    m_regions.clear();
    m_session.close(); // connections go before the demo's servers
    if (g_instance == this)
        g_instance = nullptr;
}

AppContext *AppContext::create(QQmlEngine *, QJSEngine *engine)
{
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    Q_UNUSED(engine);
    return g_instance;
}

void AppContext::setInstance(AppContext *instance)
{
    g_instance = instance;
}

AppContext *AppContext::instance()
{
    return g_instance;
}

void AppContext::setTheme(const QString &theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    m_settings.setValue(QStringLiteral("ui/theme"), theme);
    Q_EMIT themeChanged();
}

void AppContext::setLanguage(const QString &code)
{
    const QString choice = languages().contains(code) ? code : QString();
    if (choice == m_languageChoice)
        return;
    m_languageChoice = choice;
    m_settings.setValue(QStringLiteral("ui/language"), choice);
    m_effectiveLanguage = m_language.apply(choice);
    Q_EMIT languageChanged(); // the engine retranslates qsTr()
    for (QObject *session : sessions())
        static_cast<Session *>(session)->retranslate(); // and the C++ view-models their text
    m_journalStatus->retranslate();
}

QStringList AppContext::languages()
{
    return Language::available();
}

QString AppContext::languageName(const QString &code)
{
    return code.isEmpty() ? tr("System language") : Language::nativeName(code);
}

bool AppContext::dark() const
{
    if (m_theme == QLatin1String("dark"))
        return true;
    if (m_theme == QLatin1String("light"))
        return false;
    // Qt 6.4 has no colour-scheme hint (6.5+): the platform palette's window colour tells.
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

void AppContext::setPage(const QString &page)
{
    if (page == m_page)
        return;
    m_page = page;
    m_settings.setValue(QStringLiteral("ui/page"), page);
    Q_EMIT pageChanged();
}

QString AppContext::version() const
{
    return QStringLiteral(SWITCHBOARD_VERSION);
}

QString AppContext::libraryVersions()
{
    return QStringLiteral("Qt %1, cnats %2").arg(QString::fromLatin1(qVersion()), QString::fromLatin1(nats_GetVersion()));
}

void AppContext::copyText(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

QString AppContext::lastServer() const
{
    return m_settings.value(QStringLiteral("connection/servers")).toString();
}

void AppContext::startDemo()
{
    rememberServers();
    m_currentProfile.clear();
    m_settings.remove(QStringLiteral("connection/profile"));
    if (!m_demoMode) {
        m_demoMode = true;
        Q_EMIT demoModeChanged();
    }
    m_settings.setValue(QStringLiteral("connection/demo"), true);
    m_demo.start();
    if (m_demoRegions > 1 && !m_secondDemo) {
        // A second cluster in another region, zones of its own: the demo for several regions.
        m_secondDemo = std::make_unique<DemoHost>(nullptr, std::vector<std::string>{"us-east-1a", "us-east-1b", "us-east-1c"},
                                                  QStringLiteral("us-east"));
        connect(m_secondDemo.get(), &DemoHost::started, this, [this] {
            auto session = std::make_unique<Session>();
            QJSEngine::setObjectOwnership(session.get(), QJSEngine::CppOwnership);
            connect(session.get(), &Session::stateChanged, this, &AppContext::regionsChanged);
            record(*session);
            session->open(demoSettings(*m_secondDemo, m_secondDemo->region()));
            m_regions.push_back(std::move(session));
            Q_EMIT regionsChanged();
        });
        m_secondDemo->start();
    }
}

void AppContext::connectTo(const QString &urls, const QString &user, const QString &password, const QString &token)
{
    rememberServers();
    m_currentProfile.clear();
    m_settings.remove(QStringLiteral("connection/profile"));
    m_settings.setValue(QStringLiteral("connection/demo"), false);
    m_settings.setValue(QStringLiteral("connection/servers"), urls.trimmed());
    m_settings.setValue(QStringLiteral("connection/user"), user);
    Q_EMIT lastServerChanged();
    m_session.connectTo(urls, user, password, token);
}

QVariantMap AppContext::savedGeometry() const
{
    return m_settings.value(QStringLiteral("ui/geometry")).toMap();
}

void AppContext::saveGeometry(int x, int y, int width, int height, bool maximized)
{
    m_settings.setValue(QStringLiteral("ui/geometry"),
                        QVariantMap{{QStringLiteral("x"), x}, {QStringLiteral("y"), y}, {QStringLiteral("width"), width},
                                    {QStringLiteral("height"), height}, {QStringLiteral("maximized"), maximized}});
}

bool AppContext::saveWindowImage(QObject *window, const QString &file) const
{
    auto *w = qobject_cast<QQuickWindow *>(window);
    if (!w)
        return false;
    QDir().mkpath(QFileInfo(file).absolutePath());
    const QImage image = w->grabWindow();
    return !image.isNull() && image.save(file, "PNG");
}

QString AppContext::secretKey(const QString &profile, const QString &kind)
{
    return QStringLiteral("profile/%1/%2").arg(profile, kind);
}

void AppContext::readSecrets(const QString &profile, std::function<void(ProfileSecrets)> done)
{
    // Three reads, each possibly asynchronous (keychain); done runs once all have answered.
    auto secrets = std::make_shared<ProfileSecrets>();
    auto pending = std::make_shared<int>(3);
    auto finish = [secrets, pending, done] {
        if (--*pending == 0)
            done(*secrets);
    };
    m_secrets.read(secretKey(profile, QStringLiteral("password")), [secrets, finish](const QString &s) { secrets->password = s; finish(); });
    m_secrets.read(secretKey(profile, QStringLiteral("token")), [secrets, finish](const QString &s) { secrets->token = s; finish(); });
    m_secrets.read(secretKey(profile, QStringLiteral("system-password")), [secrets, finish](const QString &s) { secrets->systemPassword = s; finish(); });
}

SessionSettings AppContext::demoSettings(const DemoHost &host, const QString &label)
{
    const demo::DemoInfo info = host.info();
    SessionSettings s;
    s.services.servers = nats::ConnectOptions::splitServers(info.urls);
    s.services.user = info.servicesUser;
    s.services.password = info.servicesPassword;
    nats::ConnectOptions dashboard = s.services;
    dashboard.user = info.dashboardUser;
    dashboard.password = info.dashboardPassword;
    s.dashboard = dashboard;
    s.monitorUrls = info.monitorUrls;
    s.label = label;
    return s;
}

QList<QObject *> AppContext::sessions() const
{
    QList<QObject *> out{const_cast<Session *>(&m_session)};
    for (const auto &r : m_regions)
        out << r.get();
    return out;
}

QStringList AppContext::regionNames() const
{
    QStringList out;
    for (QObject *o : sessions())
        out << static_cast<Session *>(o)->label();
    return out;
}

void AppContext::setRegionFilter(const QString &region)
{
    if (region == m_regionFilter)
        return;
    m_regionFilter = region;
    Q_EMIT regionFilterChanged();
}

Session *AppContext::regionSession(const QString &region) const
{
    for (const auto &r : m_regions)
        if (r->label() == region)
            return r.get();
    return const_cast<Session *>(&m_session);
}

void AppContext::addRegion(const QString &profileName)
{
    const Profile *found = m_profiles.find(profileName);
    if (!found || regionNames().contains(profileName))
        return;
    auto session = std::make_unique<Session>();
    QJSEngine::setObjectOwnership(session.get(), QJSEngine::CppOwnership);
    connect(session.get(), &Session::stateChanged, this, &AppContext::regionsChanged);
    record(*session);
    openProfile(*session, *found);
    m_regions.push_back(std::move(session));
    Q_EMIT regionsChanged();
}

void AppContext::removeRegion(const QString &region)
{
    const auto before = m_regions.size();
    std::erase_if(m_regions, [&](const auto &r) { return r->label() == region; });
    if (m_regions.size() != before) {
        if (m_regionFilter == region)
            setRegionFilter({});
        Q_EMIT regionsChanged();
    }
}

void AppContext::record(Session &session)
{
    new JournalRecorder(&session, m_journal.get(), &session); // goes with the session
}

void AppContext::openProfile(Session &session, const Profile &profile)
{
    QPointer<Session> target(&session);
    readSecrets(profile.name, [this, target, profile](const ProfileSecrets &secrets) {
        if (!target)
            return; // the region was removed meanwhile
        SessionSettings s;
        try {
            s.services = profile.servicesLogin(secrets);
            s.dashboard = profile.systemLogin(secrets);
        } catch (const std::exception &e) {
            target->fail(tr("Profile %1: %2").arg(profile.name, QString::fromStdString(e.what())));
            return;
        }
        for (const QString &u : profile.monitorUrls)
            s.monitorUrls.push_back(u.toStdString());
        s.label = profile.name;
        s.rememberedServers = profile.rememberedServers;
        s.expectedServers = profile.expectedServers;
        s.registry = profile.registry;
        target->open(std::move(s));
        readTeamHistory(*target, &profile); // after open(): the history is kept per region name
        applySchemas(*target, profile);
    });
}

void AppContext::applySchemas(Session &session, const Profile &profile)
{
    // Choices made with the schemas on the pages are written back to the profile at once.
    session.schemas()->setSettings(profile.protobuf, [this, name = profile.name](const ProtoSettings &settings) {
        if (const Profile *stored = m_profiles.find(name)) {
            Profile updated = *stored;
            updated.protobuf = settings;
            m_profiles.put(updated, name);
        }
    });
}

void AppContext::profileSaved(const Profile &profile)
{
    // A connected profile's new .proto sources are imported now, not at the next connect.
    if (m_currentProfile == profile.name)
        applySchemas(m_session, profile);
    for (const auto &r : m_regions)
        if (r->label() == profile.name)
            applySchemas(*r, profile);
}

void AppContext::connectProfile(const QString &name)
{
    const Profile *found = m_profiles.find(name);
    if (!found)
        return;
    rememberServers(); // of the profile connected until now
    const Profile profile = *found;
    m_currentProfile = name;
    if (m_demoMode) {
        m_demoMode = false;
        Q_EMIT demoModeChanged();
    }
    m_settings.setValue(QStringLiteral("connection/demo"), false);
    m_settings.setValue(QStringLiteral("connection/profile"), name);
    Q_EMIT lastServerChanged();
    openProfile(m_session, profile);
    Q_EMIT regionsChanged(); // the primary region's name changed
}

void AppContext::rememberServers()
{
    if (m_currentProfile.isEmpty() || m_session.state() == Session::Idle)
        return;
    const Profile *found = m_profiles.find(m_currentProfile);
    if (!found)
        return;
    Profile updated = *found;
    updated.rememberedServers = m_session.knownServers();
    if (!updated.rememberedServers.empty())
        m_profiles.put(updated, updated.name);
}

void AppContext::openSession(SessionSettings settings)
{
    readTeamHistory(m_session, nullptr);
    m_session.open(std::move(settings));
}

} // namespace switchboard::gui
