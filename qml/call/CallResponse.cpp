#include "CallController.h"

#include <google/protobuf/descriptor.h>
#include <nlohmann/json.hpp>

#include "CallHistory.h"
#include "CoreStrings.h"
#include "PayloadText.h"
#include "Session.h"
#include "micro/RpcTypes.h"
#include "proto/ProtoCodec.h"
#include "proto/RawDecoder.h"
#include "proto/RawFormat.h"

// How a call's result is shown: status, error fields, and the body as pretty JSON, text (cut at
// 256 KiB with a note) or a hex dump (PayloadText); protobuf through its schema or schema-less.
// Runs on the pool thread that made the call.

namespace switchboard::gui {

namespace {

// A protobuf reply as text: JSON through its schema, else as protoc --decode_raw shows it.
bool describeProtobuf(QVariantMap &m, const std::string &body, const proto::SchemaSetPtr &schemas, const std::string &responseType)
{
    const auto *type = schemas ? schemas->findMessage(responseType) : nullptr;
    if (type) {
        const auto decoded = proto::ProtoCodec::toJson(*schemas, type, body);
        if (decoded.ok()) {
            m[QStringLiteral("body")] = q(decoded.data);
            m[QStringLiteral("bodyNote")] = CallController::tr("protobuf, decoded as %1").arg(q(type->full_name()));
            m[QStringLiteral("bodyNoteInfo")] = true;
            return true;
        }
        m[QStringLiteral("bodyNote")] = q(decoded.error);
    }
    const auto raw = proto::decodeRaw(body);
    if (raw.fields.empty() && !raw.ok())
        return false;
    m[QStringLiteral("body")] = q(proto::rawText(body, raw));
    if (!type)
        m[QStringLiteral("bodyNote")] =
            CallController::tr("protobuf without a schema: field numbers and wire types (import its .proto on the Profiles page)");
    return true;
}

} // namespace

QVariantMap CallController::describeResult(const micro::CallResult &r, bool srv, const proto::SchemaSetPtr &schemas,
                                           const std::string &responseType)
{
    QVariantMap m;
    const qint64 size = qint64(r.body.size());
    m[QStringLiteral("ok")] = r.ok();
    m[QStringLiteral("kind")] = QString::fromLatin1(micro::kindName(r.error.kind));
    m[QStringLiteral("latencyMs")] = double(r.latency.count()) / 1000.0;
    m[QStringLiteral("size")] = size;
    m[QStringLiteral("node")] = q(r.nodeId);
    QStringList headerLines;
    for (const auto &[k, v] : r.header)
        headerLines << q(k) + QStringLiteral(": ") + q(v);
    m[QStringLiteral("headers")] = headerLines.join(u'\n');
    if (!r.ok()) {
        m[QStringLiteral("errorId")] = q(r.error.id);
        m[QStringLiteral("errorCode")] = r.error.code;
        m[QStringLiteral("errorStatus")] = q(r.error.status);
        m[QStringLiteral("errorDetail")] = q(r.error.detail.empty() ? r.error.message() : r.error.detail);
        m[QStringLiteral("statusText")] =
            r.error.code ? QStringLiteral("%1 %2").arg(r.error.code).arg(q(r.error.status)) : q(r.error.message());
    } else {
        m[QStringLiteral("statusText")] = srv ? tr("OK") : tr("200 OK");
    }
    const auto contentType = r.header.find("Content-Type");
    const std::string type = contentType != r.header.end() ? contentType->second : std::string();
    m[QStringLiteral("contentType")] = q(type);
    // go-micro reads a missing Content-Type as protobuf; a body without one is taken as protobuf
    // only when it is not JSON and the endpoint has a schema to check it against.
    const bool protobuf = type == "application/protobuf" || type == "application/x-protobuf" ||
                          (type.empty() && !srv && !responseType.empty() && !nlohmann::json::accept(r.body));
    if (r.ok() && !r.body.empty() && protobuf && describeProtobuf(m, r.body, schemas, responseType)) {
        m[QStringLiteral("binary")] = false;
        return m;
    }
    // The body: pretty JSON, text, or a hex dump; cut to what a text view can hold.
    const ShownPayload shown = showPayload(r.body);
    m[QStringLiteral("binary")] = shown.binary;
    m[QStringLiteral("body")] = shown.text;
    m[QStringLiteral("bodyNote")] = shown.note;
    return m;
}

} // namespace switchboard::gui
