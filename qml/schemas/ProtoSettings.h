#pragma once
// What a profile keeps about protobuf (issue 24): the schemas it imports (paths, imported again
// at each start) and the choices made with them — an endpoint's method where go-micro naming did
// not find one, a subject's message type in the Traffic inspector, the content type each
// endpoint is called with. In profiles.json under "protobuf".

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include "proto/SchemaSources.h"

namespace switchboard::gui {

struct ProtoSettings {
    QStringList protoPaths;     ///< .proto files and folders
    QStringList importPaths;    ///< as protoc -I
    QStringList descriptorSets; ///< protoc -o files
    QMap<QString, QString> methods;      ///< "service/Type.Method" → "pkg.Service.Method"
    QMap<QString, QString> messages;     ///< subject → "pkg.Message"
    QMap<QString, QString> contentTypes; ///< "service/Type.Method" → "application/protobuf" (json when absent)

    [[nodiscard]] proto::SchemaSources sources() const;
    [[nodiscard]] bool empty() const { return protoPaths.isEmpty() && descriptorSets.isEmpty(); }
    [[nodiscard]] QJsonObject toJson() const;
    /// Lenient: what is not a string or a list of strings is left out.
    static ProtoSettings fromJson(const QJsonObject &json);
    bool operator==(const ProtoSettings &) const = default;
};

/// The key of an endpoint in the maps above.
[[nodiscard]] inline QString endpointKey(const QString &service, const QString &endpoint)
{
    return service + QLatin1Char('/') + endpoint;
}

} // namespace switchboard::gui
