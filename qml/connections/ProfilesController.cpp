#include "ProfilesController.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QThreadPool>

#include "AppContext.h"
#include "ConnectionTest.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SecretStore.h"

namespace switchboard::gui {

ProfilesController::ProfilesController(QObject *parent)
    : QObject(parent)
    , m_profiles({QStringLiteral("name"), QStringLiteral("servers"), QStringLiteral("auth"), QStringLiteral("summary"),
                  QStringLiteral("spoken")})
{
    if (auto *a = app())
        connect(&a->secrets(), &SecretStore::backendChanged, this, &ProfilesController::secretsChanged);
    reload();
}

AppContext *ProfilesController::app() const
{
    return AppContext::instance();
}

QString ProfilesController::secretsText() const
{
    return app() ? app()->secrets().statusText() : QString();
}

bool ProfilesController::secretsPersistent() const
{
    return app() && app()->secrets().backend() == SecretStore::Backend::Keychain;
}

QString ProfilesController::loadError() const
{
    return app() ? app()->profileStore().loadError() : QString();
}

QString ProfilesController::natsContextDirectory()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::home().filePath(QStringLiteral(".config"));
    return QDir(config).filePath(QStringLiteral("nats/context"));
}

void ProfilesController::reload()
{
    std::vector<RowListModel::Row> rows;
    if (app())
        for (const Profile &p : app()->profileStore().profiles()) {
            const QString auth = authName(p.auth);
            const QString summary = p.servers.join(QStringLiteral(", ")) + QStringLiteral(" · ") + auth
                                    + (p.tlsSkipVerify ? QStringLiteral(" · ") + tr("TLS NOT VERIFIED") : QString());
            rows.push_back({p.name, {p.name, p.servers.join(QStringLiteral(", ")), auth, summary,
                                     tr("profile %1: %2").arg(p.name, summary)}});
        }
    m_profiles.setRows(std::move(rows));
}

QVariantMap ProfilesController::profile(const QString &name) const
{
    const Profile *p = app() ? app()->profileStore().find(name) : nullptr;
    if (!p)
        return Profile{}.toMap();
    QVariantMap m = p->toMap();
    // Whether a secret is kept (never its value): the editor says "kept" instead of showing it.
    m[QStringLiteral("hasPassword")] = p->auth == Profile::Auth::UserPassword;
    m[QStringLiteral("hasToken")] = p->auth == Profile::Auth::Token;
    m[QStringLiteral("hasSystemPassword")] = !p->systemUser.isEmpty();
    return m;
}

QString ProfilesController::save(const QVariantMap &fields, const QString &oldName, const QString &password, const QString &token,
                                 const QString &systemPassword)
{
    if (!app())
        return tr("No application context.");
    Profile p;
    try {
        p = Profile::fromMap(fields);
    } catch (const std::exception &) {
        return tr("Give the profile a name.");
    }
    if (const Profile *old = app()->profileStore().find(oldName.isEmpty() ? p.name : oldName)) {
        p.rememberedServers = old->rememberedServers; // the editor does not carry them
        // The editor carries the protobuf sources, not the choices made with them on the pages.
        const QStringList protoPaths = p.protobuf.protoPaths, importPaths = p.protobuf.importPaths,
                          descriptorSets = p.protobuf.descriptorSets;
        const bool editsSources = fields.contains(QStringLiteral("protobuf"));
        p.protobuf = old->protobuf;
        if (editsSources) {
            p.protobuf.protoPaths = protoPaths;
            p.protobuf.importPaths = importPaths;
            p.protobuf.descriptorSets = descriptorSets;
        }
    }
    const QString error = app()->profileStore().put(p, oldName);
    if (!error.isEmpty())
        return error;
    app()->profileSaved(p);
    SecretStore &secrets = app()->secrets();
    if (!oldName.isEmpty() && oldName != p.name)
        for (const char *kind : {"password", "token", "system-password"})
            secrets.read(AppContext::secretKey(oldName, QLatin1String(kind)), [&secrets, name = p.name, kind, oldName](const QString &s) {
                if (!s.isEmpty())
                    secrets.write(AppContext::secretKey(name, QLatin1String(kind)), s);
                secrets.remove(AppContext::secretKey(oldName, QLatin1String(kind)));
            });
    if (!password.isEmpty())
        secrets.write(AppContext::secretKey(p.name, QStringLiteral("password")), password);
    if (!token.isEmpty())
        secrets.write(AppContext::secretKey(p.name, QStringLiteral("token")), token);
    if (!systemPassword.isEmpty())
        secrets.write(AppContext::secretKey(p.name, QStringLiteral("system-password")), systemPassword);
    reload();
    return {};
}

void ProfilesController::remove(const QString &name)
{
    if (!app())
        return;
    app()->profileStore().remove(name);
    for (const char *kind : {"password", "token", "system-password"})
        app()->secrets().remove(AppContext::secretKey(name, QLatin1String(kind)));
    reload();
}

void ProfilesController::test(const QVariantMap &fields, const QString &password, const QString &token, const QString &systemPassword)
{
    Profile p;
    try {
        p = Profile::fromMap(fields);
    } catch (const std::exception &) {
        p.name = QStringLiteral("(unsaved)");
    }
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        m_testResults = {QVariantMap{{QStringLiteral("ok"), false}, {QStringLiteral("what"), tr("profile")}, {QStringLiteral("result"), problem}}};
        Q_EMIT testChanged();
        return;
    }
    const quint64 generation = ++m_testGeneration;
    m_testing = true;
    m_testResults.clear();
    Q_EMIT testChanged();
    // Secrets typed in the editor win; the stored ones fill in.
    app()->readSecrets(p.name, [this, self = QPointer(this), p, password, token, systemPassword, generation](ProfileSecrets stored) {
        if (!self)
            return;
        if (!password.isEmpty()) stored.password = password;
        if (!token.isEmpty()) stored.token = token;
        if (!systemPassword.isEmpty()) stored.systemPassword = systemPassword;
        nats::ConnectOptions services;
        std::optional<nats::ConnectOptions> system;
        try {
            services = p.servicesLogin(stored);
            system = p.systemLogin(stored);
        } catch (const std::exception &e) {
            m_testing = false;
            m_testResults = {QVariantMap{{QStringLiteral("ok"), false}, {QStringLiteral("what"), tr("profile")},
                                         {QStringLiteral("result"), QString::fromStdString(e.what())}}};
            Q_EMIT testChanged();
            return;
        }
        std::vector<std::string> monitor;
        for (const QString &u : p.monitorUrls)
            monitor.push_back(u.toStdString());
        QThreadPool::globalInstance()->start([self, services, system, monitor, generation] {
            const auto checks = runConnectionTest(services, system, monitor);
            QVariantList results;
            for (const auto &c : checks)
                results.push_back(QVariantMap{{QStringLiteral("ok"), c.ok}, {QStringLiteral("what"), c.what}, {QStringLiteral("result"), c.result}});
            QMetaObject::invokeMethod(self, [self, results, generation] {
                if (!self || generation != self->m_testGeneration)
                    return; // a newer test replaced this one
                self->m_testing = false;
                self->m_testResults = results;
                Q_EMIT self->testChanged();
            }, Qt::QueuedConnection);
        });
    });
}

void ProfilesController::connectTo(const QString &name)
{
    if (app())
        app()->connectProfile(name);
}

QString ProfilesController::selectedNatsContext(const QString &directory) const
{
    const QString dir = directory.isEmpty() ? natsContextDirectory() : directory;
    QFile f(QDir(dir).filePath(QStringLiteral("../context.txt")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

QString ProfilesController::importNatsContexts(const QString &directory)
{
    const QString dir = directory.isEmpty() ? natsContextDirectory() : directory;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return tr("No natscli context in %1.").arg(dir);
    QStringList imported, failed;
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        QFile f(QDir(dir).filePath(file));
        try {
            if (!f.open(QIODevice::ReadOnly))
                throw std::runtime_error(f.errorString().toStdString());
            ImportedContext c = profileFromNatsContext(name, f.readAll());
            const Profile *existing = app()->profileStore().find(name);
            const QString error = app()->profileStore().put(c.profile, existing ? name : QString());
            if (!error.isEmpty())
                throw std::runtime_error(error.toStdString());
            if (!c.secrets.password.isEmpty())
                app()->secrets().write(AppContext::secretKey(name, QStringLiteral("password")), c.secrets.password);
            if (!c.secrets.token.isEmpty())
                app()->secrets().write(AppContext::secretKey(name, QStringLiteral("token")), c.secrets.token);
            imported << name;
        } catch (const std::exception &e) {
            failed << tr("%1 (%2)").arg(name, QString::fromStdString(e.what()));
        }
    }
    reload();
    QString text = tr("Imported %n context(s): %1.", nullptr, int(imported.size())).arg(imported.join(QStringLiteral(", ")));
    if (const QString selected = selectedNatsContext(dir); imported.contains(selected))
        text += QLatin1Char(' ') + tr("natscli has %1 selected.").arg(selected);
    if (!failed.isEmpty())
        text += QLatin1Char(' ') + tr("Not imported: %1.").arg(failed.join(QStringLiteral("; ")));
    return text;
}

} // namespace switchboard::gui
