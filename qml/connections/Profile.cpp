#include "Profile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

namespace switchboard::gui {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &item : v.toArray())
        if (item.isString() && !item.toString().trimmed().isEmpty())
            out << item.toString().trimmed();
    return out;
}

std::string str(const QString &s)
{
    return s.trimmed().toStdString();
}

} // namespace

QString authName(Profile::Auth auth)
{
    switch (auth) {
    case Profile::Auth::None: return QStringLiteral("none");
    case Profile::Auth::UserPassword: return QStringLiteral("user");
    case Profile::Auth::Token: return QStringLiteral("token");
    case Profile::Auth::NKey: return QStringLiteral("nkey");
    case Profile::Auth::Credentials: return QStringLiteral("creds");
    }
    return QStringLiteral("none");
}

Profile::Auth authFromName(const QString &name)
{
    for (auto a : {Profile::Auth::UserPassword, Profile::Auth::Token, Profile::Auth::NKey, Profile::Auth::Credentials})
        if (authName(a) == name)
            return a;
    return Profile::Auth::None;
}

QJsonObject Profile::toJson() const
{
    QJsonArray remembered;
    for (const auto &r : rememberedServers) {
        QJsonArray endpoints;
        for (const auto &e : r.endpoints)
            endpoints.append(QString::fromStdString(e));
        remembered.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(r.name)},
                                      {QStringLiteral("zone"), QString::fromStdString(r.zone)},
                                      {QStringLiteral("endpoints"), endpoints}});
    }
    return {{QStringLiteral("name"), name},
            {QStringLiteral("servers"), QJsonArray::fromStringList(servers)},
            {QStringLiteral("auth"), authName(auth)},
            {QStringLiteral("user"), user},
            {QStringLiteral("nkey_seed_file"), nkeySeedFile},
            {QStringLiteral("creds_file"), credsFile},
            {QStringLiteral("tls_ca"), tlsCa},
            {QStringLiteral("tls_cert"), tlsCert},
            {QStringLiteral("tls_key"), tlsKey},
            {QStringLiteral("tls_skip_verify"), tlsSkipVerify},
            {QStringLiteral("monitor_urls"), QJsonArray::fromStringList(monitorUrls)},
            {QStringLiteral("system_user"), systemUser},
            {QStringLiteral("registry"), registry},
            {QStringLiteral("expected_servers"), expectedServers},
            {QStringLiteral("remembered_servers"), remembered},
            {QStringLiteral("imported_from"), importedFrom},
            {QStringLiteral("collector_history"), collectorHistory},
            {QStringLiteral("history_stream"), historyStream},
            {QStringLiteral("history_prefix"), historyPrefix},
            {QStringLiteral("protobuf"), protobuf.toJson()}};
}

Profile Profile::fromJson(const QJsonObject &j)
{
    Profile p;
    p.name = j.value(QStringLiteral("name")).toString().trimmed();
    if (p.name.isEmpty())
        throw std::runtime_error("a profile without a name");
    p.servers = strings(j.value(QStringLiteral("servers")));
    p.auth = authFromName(j.value(QStringLiteral("auth")).toString());
    p.user = j.value(QStringLiteral("user")).toString();
    p.nkeySeedFile = j.value(QStringLiteral("nkey_seed_file")).toString();
    p.credsFile = j.value(QStringLiteral("creds_file")).toString();
    p.tlsCa = j.value(QStringLiteral("tls_ca")).toString();
    p.tlsCert = j.value(QStringLiteral("tls_cert")).toString();
    p.tlsKey = j.value(QStringLiteral("tls_key")).toString();
    p.tlsSkipVerify = j.value(QStringLiteral("tls_skip_verify")).toBool();
    p.monitorUrls = strings(j.value(QStringLiteral("monitor_urls")));
    p.systemUser = j.value(QStringLiteral("system_user")).toString();
    p.registry = j.value(QStringLiteral("registry")).toString(QStringLiteral("both"));
    p.expectedServers = std::max(0, j.value(QStringLiteral("expected_servers")).toInt());
    for (const auto &v : j.value(QStringLiteral("remembered_servers")).toArray()) {
        const QJsonObject o = v.toObject();
        live::RememberedServer r{o.value(QStringLiteral("name")).toString().toStdString(),
                                 o.value(QStringLiteral("zone")).toString().toStdString(), {}};
        for (const QString &e : strings(o.value(QStringLiteral("endpoints"))))
            r.endpoints.push_back(e.toStdString());
        if (!r.name.empty())
            p.rememberedServers.push_back(std::move(r));
    }
    p.importedFrom = j.value(QStringLiteral("imported_from")).toString();
    p.collectorHistory = j.value(QStringLiteral("collector_history")).toBool();
    const QString stream = j.value(QStringLiteral("history_stream")).toString().trimmed();
    if (!stream.isEmpty())
        p.historyStream = stream;
    const QString prefix = j.value(QStringLiteral("history_prefix")).toString().trimmed();
    if (!prefix.isEmpty())
        p.historyPrefix = prefix;
    p.protobuf = ProtoSettings::fromJson(j.value(QStringLiteral("protobuf")).toObject());
    return p;
}

QVariantMap Profile::toMap() const
{
    QVariantMap m = toJson().toVariantMap();
    m.remove(QStringLiteral("remembered_servers"));
    m[QStringLiteral("remembered_count")] = int(rememberedServers.size());
    return m;
}

Profile Profile::fromMap(const QVariantMap &map)
{
    return fromJson(QJsonObject::fromVariantMap(map));
}

nats::ConnectOptions Profile::servicesLogin(const ProfileSecrets &secrets) const
{
    nats::ConnectOptions o;
    o.servers.clear();
    for (const QString &s : servers)
        for (auto &url : nats::ConnectOptions::splitServers(str(s)))
            o.servers.push_back(std::move(url));
    o.name = "switchboard";
    switch (auth) {
    case Auth::None: break;
    case Auth::UserPassword:
        o.user = str(user);
        o.password = secrets.password.toStdString();
        break;
    case Auth::Token: o.token = secrets.token.toStdString(); break;
    case Auth::NKey: o.nkeySeedFile = str(nkeySeedFile); break;
    case Auth::Credentials: o.credsFile = str(credsFile); break;
    }
    o.tlsCaFile = str(tlsCa);
    o.tlsCertFile = str(tlsCert);
    o.tlsKeyFile = str(tlsKey);
    o.tlsSkipVerify = tlsSkipVerify;
    o.sendAsap = true;
    return o;
}

std::optional<nats::ConnectOptions> Profile::systemLogin(const ProfileSecrets &secrets) const
{
    if (systemUser.trimmed().isEmpty())
        return std::nullopt;
    nats::ConnectOptions o = servicesLogin(secrets);
    o.token.clear();
    o.credsFile.clear();
    o.nkeySeedFile.clear();
    o.user = str(systemUser);
    o.password = secrets.systemPassword.toStdString();
    o.name = "switchboard-cluster-health";
    return o;
}

watch::HistoryConfig Profile::historyConfig() const
{
    watch::HistoryConfig c;
    c.eventsStream = historyStream.toStdString();
    c.subjectPrefix = historyPrefix.toStdString();
    return c;
}

QString Profile::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "Give the profile a name.");
    if (servers.isEmpty())
        return QCoreApplication::translate("Profile", "Add at least one server URL, such as nats://nats-1:4222.");
    if (auth == Auth::UserPassword && user.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "User and password login needs a user name.");
    if (auth == Auth::NKey && nkeySeedFile.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "NKey login needs the seed file.");
    if (auth == Auth::Credentials && credsFile.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "Credentials login needs the .creds file.");
    if (tlsCert.trimmed().isEmpty() != tlsKey.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "A TLS client certificate needs its key, and the key its certificate.");
    if (collectorHistory && !historyConfig().problem().empty())
        return QCoreApplication::translate("Profile", "The collector's stream is a name without dots, wildcards, spaces or slashes, and its subject prefix a subject without wildcards.");
    return {};
}

ImportedContext profileFromNatsContext(const QString &name, const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw std::runtime_error("not a natscli context (" + error.errorString().toStdString() + ")");
    const QJsonObject c = doc.object();
    ImportedContext out;
    Profile &p = out.profile;
    p.name = name;
    p.importedFrom = QStringLiteral("natscli context %1").arg(name);
    for (const QString &url : c.value(QStringLiteral("url")).toString().split(u',', Qt::SkipEmptyParts))
        p.servers << url.trimmed();
    const QString user = c.value(QStringLiteral("user")).toString();
    const QString password = c.value(QStringLiteral("password")).toString();
    const QString token = c.value(QStringLiteral("token")).toString();
    p.credsFile = c.value(QStringLiteral("creds")).toString();
    p.nkeySeedFile = c.value(QStringLiteral("nkey")).toString();
    // natscli puts a token in "user" when there is no password (its --user "Username or Token").
    if (!p.credsFile.isEmpty())
        p.auth = Profile::Auth::Credentials;
    else if (!p.nkeySeedFile.isEmpty())
        p.auth = Profile::Auth::NKey;
    else if (!token.isEmpty() || (!user.isEmpty() && password.isEmpty())) {
        p.auth = Profile::Auth::Token;
        out.secrets.token = token.isEmpty() ? user : token;
    } else if (!user.isEmpty()) {
        p.auth = Profile::Auth::UserPassword;
        p.user = user;
        out.secrets.password = password;
    }
    p.tlsCa = c.value(QStringLiteral("ca")).toString();
    p.tlsCert = c.value(QStringLiteral("cert")).toString();
    p.tlsKey = c.value(QStringLiteral("key")).toString();
    if (p.servers.isEmpty())
        p.servers << QStringLiteral("nats://127.0.0.1:4222"); // natscli's default
    return out;
}

} // namespace switchboard::gui
