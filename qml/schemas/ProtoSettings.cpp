#include "ProtoSettings.h"

#include <QJsonArray>

namespace switchboard::gui {

namespace {

std::vector<std::string> std(const QStringList &list)
{
    std::vector<std::string> out;
    for (const QString &s : list)
        if (!s.trimmed().isEmpty())
            out.push_back(s.trimmed().toStdString());
    return out;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const auto &v : value.toArray())
        if (v.isString() && !v.toString().trimmed().isEmpty())
            out << v.toString().trimmed();
    return out;
}

QJsonObject object(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> map(const QJsonValue &value)
{
    QMap<QString, QString> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isString() && !it.key().isEmpty())
            out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace

proto::SchemaSources ProtoSettings::sources() const
{
    return {std(protoPaths), std(importPaths), std(descriptorSets)};
}

QJsonObject ProtoSettings::toJson() const
{
    return {{QStringLiteral("proto_paths"), QJsonArray::fromStringList(protoPaths)},
            {QStringLiteral("import_paths"), QJsonArray::fromStringList(importPaths)},
            {QStringLiteral("descriptor_sets"), QJsonArray::fromStringList(descriptorSets)},
            {QStringLiteral("methods"), object(methods)},
            {QStringLiteral("messages"), object(messages)},
            {QStringLiteral("content_types"), object(contentTypes)}};
}

ProtoSettings ProtoSettings::fromJson(const QJsonObject &json)
{
    ProtoSettings s;
    s.protoPaths = strings(json.value(QStringLiteral("proto_paths")));
    s.importPaths = strings(json.value(QStringLiteral("import_paths")));
    s.descriptorSets = strings(json.value(QStringLiteral("descriptor_sets")));
    s.methods = map(json.value(QStringLiteral("methods")));
    s.messages = map(json.value(QStringLiteral("messages")));
    s.contentTypes = map(json.value(QStringLiteral("content_types")));
    return s;
}

} // namespace switchboard::gui
