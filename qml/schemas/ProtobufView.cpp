#include "ProtobufView.h"

#include <QCoreApplication>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include "CoreStrings.h"
#include "PayloadText.h"
#include "SchemaLibrary.h"
#include "live/CatalogTypes.h"
#include "live/TrafficMonitor.h"
#include "proto/MessageRows.h"
#include "proto/MethodMatcher.h"
#include "proto/ProtoCodec.h"
#include "proto/RawDecoder.h"
#include "proto/RawFormat.h"

namespace switchboard::gui {

namespace {

QVariantList rowsList(const proto::MessageRows &rows)
{
    QVariantList out;
    out.reserve(qsizetype(rows.rows.size()));
    for (const auto &r : rows.rows)
        out.push_back(QVariantMap{{QStringLiteral("depth"), r.depth},
                                  {QStringLiteral("name"), q(r.name)},
                                  {QStringLiteral("type"), q(r.type)},
                                  {QStringLiteral("value"), q(r.value)},
                                  {QStringLiteral("number"), r.number}});
    return out;
}

} // namespace

bool looksLikeProtobuf(const std::string &body, std::string_view contentType)
{
    if (live::isProtobufContentType(contentType))
        return true;
    if (body.empty() || contentType.find("json") != std::string_view::npos || !looksBinary(body))
        return false;
    const proto::RawDecode decode = proto::decodeRaw(body);
    return decode.ok() && !decode.fields.empty();
}

SubjectType subjectType(const SchemaLibrary &library, const proto::SchemaSet &set, const live::CatalogSnapshot &catalog,
                        const QString &subject)
{
    SubjectType out;
    if (const QString chosen = library.messageFor(subject); !chosen.isEmpty()) {
        out.chosen = true;
        if (chosen == kSchemaLessChoice) {
            out.schemaLess = true;
            out.source = QCoreApplication::translate("ProtobufView", "Schema-less, as chosen for %1.").arg(subject);
            return out;
        }
        out.fullName = chosen;
        out.type = set.findMessage(chosen.toStdString());
        out.source = out.type ? QCoreApplication::translate("ProtobufView", "%1, as chosen for %2.").arg(chosen, subject)
                              : QCoreApplication::translate("ProtobufView", "%1 was chosen for %2, but the imported files do not define it.")
                                    .arg(chosen, subject);
        return out;
    }
    const std::string topic = subject.toStdString();
    for (const auto &service : catalog.services)
        for (const auto &version : service.versions)
            for (const auto &e : version.endpoints) {
                if (!e.request || !e.metadata || !e.metadata->count("topic") || e.metadata->at("topic") != topic)
                    continue;
                const auto named = proto::messagesNamed(set, e.request->name);
                if (named.size() != 1)
                    continue;
                out.type = named.front();
                out.fullName = q(out.type->full_name());
                out.source = QCoreApplication::translate("ProtobufView", "%1, the request type of the %2 subscriber %3.")
                                 .arg(out.fullName, q(service.name), q(e.name));
                return out;
            }
    return out;
}

QVariantMap protobufView(const proto::SchemaSet &set, const proto::gpb::Descriptor *type, std::string_view bytes)
{
    QVariantMap m;
    const proto::RawDecode raw = proto::decodeRaw(bytes);
    const proto::MessageRows rawRows = proto::rawRows(bytes, raw);
    m[QStringLiteral("rawRows")] = rowsList(rawRows);
    m[QStringLiteral("rawRowsCut")] = rawRows.cut;
    m[QStringLiteral("rawText")] = q(proto::rawText(bytes, raw));
    m[QStringLiteral("rawError")] = raw.ok() ? QString()
                                             : QCoreApplication::translate("ProtobufView", "Not protobuf from byte %1 on: %2").arg(raw.errorOffset).arg(q(raw.error));
    if (!type)
        return m;
    m[QStringLiteral("type")] = q(type->full_name());
    const auto message = set.newMessage(type);
    if (const std::string error = proto::ProtoCodec::parse(*message, bytes); !error.empty()) {
        m[QStringLiteral("error")] = q(error);
        return m;
    }
    const proto::MessageRows rows = proto::messageRows(*message);
    m[QStringLiteral("rows")] = rowsList(rows);
    m[QStringLiteral("rowsCut")] = rows.cut;
    const proto::Converted json = proto::ProtoCodec::toJson(set, type, bytes);
    m[QStringLiteral("json")] = json.ok() ? q(json.data) : QString();
    if (!json.ok())
        m[QStringLiteral("error")] = q(json.error);
    return m;
}

} // namespace switchboard::gui
