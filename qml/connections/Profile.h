#pragma once
// A connection profile: where a cluster is and how to log in, without its secrets (passwords and
// tokens live in the SecretStore, never in the profiles file), plus what the cluster page needs
// (HTTP monitoring URLs, a second system-account login, the expected server count, servers seen
// in earlier runs) and the registry subject family. Also: reading natscli contexts.

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <vector>

#include "ProtoSettings.h"
#include "live/ClusterMonitor.h"
#include "nats/ConnectOptions.h"
#include "watch/HistoryConfig.h"

namespace switchboard::gui {

struct ProfileSecrets {
    QString password, token, systemPassword;
};

struct Profile {
    enum class Auth { None, UserPassword, Token, NKey, Credentials };

    QString name;
    QStringList servers;
    Auth auth = Auth::None;
    QString user;                 ///< UserPassword
    QString nkeySeedFile;         ///< NKey
    QString credsFile;            ///< Credentials
    QString tlsCa, tlsCert, tlsKey;
    bool tlsSkipVerify = false;
    QStringList monitorUrls;
    QString systemUser;           ///< empty: no second login (its password is a secret)
    QString registry = QStringLiteral("both"); ///< "both", "plugins" (micro.registry.nats.*), "in-tree" (micro.nats.*)
    int expectedServers = 0;
    std::vector<live::RememberedServer> rememberedServers;
    QString importedFrom;         ///< "natscli context orders" when imported
    /// Read the team's history from a `switchboard-cli collect` on this cluster (its events
    /// stream under its subject prefix) instead of journaling this cluster's changes alone.
    bool collectorHistory = false;
    QString historyStream = QStringLiteral("SWITCHBOARD_EVENTS");
    QString historyPrefix = QStringLiteral("switchboard.history");
    ProtoSettings protobuf;       ///< imported .proto schemas and what was chosen with them

    [[nodiscard]] QJsonObject toJson() const;
    /// Throws std::runtime_error naming the field when the object does not describe a profile.
    static Profile fromJson(const QJsonObject &json);

    /// For QML forms: every field by name (secrets excluded).
    [[nodiscard]] QVariantMap toMap() const;
    static Profile fromMap(const QVariantMap &map);

    /// What cnats needs for the services login and, when there is one, the system login.
    [[nodiscard]] nats::ConnectOptions servicesLogin(const ProfileSecrets &secrets) const;
    [[nodiscard]] std::optional<nats::ConnectOptions> systemLogin(const ProfileSecrets &secrets) const;
    /// Where the collector keeps the history this profile reads.
    [[nodiscard]] watch::HistoryConfig historyConfig() const;
    /// An empty text when the profile can be used; else what is missing, in words.
    [[nodiscard]] QString problem() const;
};

[[nodiscard]] QString authName(Profile::Auth auth);
[[nodiscard]] Profile::Auth authFromName(const QString &name);

/// A natscli context file (ADR-21: url, user, password, token, creds, nkey, cert, key, ca) as a
/// profile and its secrets. Throws std::runtime_error when the file is not a context.
struct ImportedContext {
    Profile profile;
    ProfileSecrets secrets;
};
[[nodiscard]] ImportedContext profileFromNatsContext(const QString &name, const QByteArray &json);

} // namespace switchboard::gui
