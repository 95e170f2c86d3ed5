#include "ProtoBodies.h"

#include <cstring>
#include <fstream>

#include <google/protobuf/descriptor.h>

#include "Printing.h"
#include "Translate.h"
#include "micro/Base64.h"
#include "proto/MethodMatcher.h"
#include "proto/ProtoCodec.h"
#include "proto/RawDecoder.h"
#include "proto/RawFormat.h"
#include "util/Utf8.h"

namespace switchboard::cli {

namespace {

bool isDescriptorSet(const std::string &path)
{
    for (const char *ext : {".pb", ".desc", ".protoset", ".binpb", ".bin"})
        if (path.size() > std::strlen(ext) && path.compare(path.size() - std::strlen(ext), std::string::npos, ext) == 0)
            return true;
    return false;
}

} // namespace

ProtoBodies::ProtoBodies(const CliContext &ctx) : m_schemas(proto::SchemaSet::empty())
{
    const std::string type = ctx.args().valueOr("--content-type", "json");
    if (type == "json" || type == kJsonContentType)
        m_contentType = kJsonContentType;
    else if (type == "protobuf" || type == "proto" || type == kProtobufContentType)
        m_contentType = kProtobufContentType;
    else
        throw UsageError(tr("--content-type must be json or protobuf, not '%1'", type));

    proto::SchemaSources sources;
    for (const auto &path : ctx.args().values("--proto"))
        (isDescriptorSet(path) ? sources.descriptorSets : sources.protoPaths).push_back(path);
    sources.importPaths = ctx.args().values("--import-path");
    if (!sources.empty()) {
        auto import = proto::SchemaSet::load(sources);
        if (!import.ok())
            throw UsageError(tr("the schemas have mistakes:\n%1", proto::joinProblems(import.problems)));
        m_schemas = std::move(import.set);
    } else if (!sources.importPaths.empty()) {
        throw UsageError(tr("--import-path needs --proto (the files to import)"));
    }
    if (const auto name = ctx.args().value("--message")) {
        if (!hasSchemas())
            throw UsageError(tr("--message needs --proto (the schema that defines %1)", *name));
        m_message = m_schemas->findMessage(*name);
        if (!m_message)
            throw UsageError(tr("no message type %1 in the schemas given with --proto", *name));
    }
}

const proto::gpb::Descriptor *ProtoBodies::messageOr(const proto::gpb::Descriptor *found) const
{
    return m_message ? m_message : found;
}

std::string ProtoBodies::encode(const std::string &json, const proto::gpb::Descriptor *type, const char *what) const
{
    if (!type) {
        if (sendsProtobuf())
            throw UsageError(hasSchemas() ? tr("the %1's message type is not known: name it with --message TYPE", what)
                                          : tr("--content-type protobuf needs --proto: the schema to encode the %1 with", what));
        if (!nlohmann::json::accept(json))
            throw UsageError(tr("the %1 body is not valid JSON: %2", what, json));
        return json;
    }
    const auto encoded = proto::ProtoCodec::fromJson(*m_schemas, type, json);
    if (!encoded.ok())
        throw UsageError(tr("the %1 body: %2", what, encoded.error));
    return sendsProtobuf() ? encoded.data : json;
}

bool ProtoBodies::looksProtobuf(std::string_view body, std::string_view contentType) const
{
    if (contentType == kProtobufContentType || contentType == "application/x-protobuf" || contentType == "application/octet-stream")
        return true;
    if (!contentType.empty())
        return false;
    // No content type (a plain NATS message): protobuf when it is not JSON text.
    return !body.empty() && !nlohmann::json::accept(body);
}

std::string ProtoBodies::readable(std::string_view body, std::string_view contentType, const proto::gpb::Descriptor *type,
                                  bool pretty) const
{
    if (!looksProtobuf(body, contentType))
        return readablePayload(body, pretty);
    if (const auto *known = type) {
        const auto decoded = proto::ProtoCodec::toJson(*m_schemas, known, body, {false, false, false});
        if (decoded.ok()) // indented as every other JSON the CLI prints (protobuf's own uses one space)
            return pretty ? jsonText(nlohmann::ordered_json::parse(decoded.data), 2) : decoded.data;
        return tr("(%1) schema-less:\n%2", decoded.error, proto::rawText(body, proto::decodeRaw(body)));
    }
    const auto raw = proto::decodeRaw(body);
    if (raw.fields.empty() && !raw.ok())
        return readablePayload(body, pretty); // not protobuf at all: as bytes
    return proto::rawText(body, raw);
}

nlohmann::ordered_json ProtoBodies::json(std::string_view body, std::string_view contentType,
                                         const proto::gpb::Descriptor *type) const
{
    if (!looksProtobuf(body, contentType)) {
        const auto parsed = nlohmann::ordered_json::parse(body, nullptr, false);
        return parsed.is_discarded() ? nlohmann::ordered_json(readablePayload(body, false)) : parsed;
    }
    nlohmann::ordered_json out{{"protobuf_base64", micro::base64::encode(body)}};
    if (const auto *known = type) {
        const auto decoded = proto::ProtoCodec::toJson(*m_schemas, known, body, {false, false, false});
        if (decoded.ok()) {
            out["message"] = known->full_name();
            out["decoded"] = nlohmann::ordered_json::parse(decoded.data);
            return out;
        }
        out["decode_error"] = decoded.error;
    }
    const auto raw = proto::decodeRaw(body);
    out["raw"] = nlohmann::ordered_json::parse(proto::rawJson(body, raw).dump());
    if (!raw.ok())
        out["raw_error"] = raw.error;
    return out;
}

std::string readBodyFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw UsageError(tr("cannot read the body file %1", path));
    std::string bytes;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, size_t(in.gcount()));
        if (bytes.size() > (64u << 20))
            throw UsageError(tr("the body file %1 is larger than 64 MiB", path));
    }
    if (in.bad())
        throw UsageError(tr("cannot read the body file %1", path));
    return bytes;
}

const proto::gpb::MethodDescriptor *methodForEndpoint(const ProtoBodies &bodies, const micro::Endpoint *endpoint,
                                                      const std::string &endpointName)
{
    if (!bodies.hasSchemas())
        return nullptr;
    const std::string request = endpoint && endpoint->request ? endpoint->request->name : std::string();
    const std::string response = endpoint && endpoint->response ? endpoint->response->name : std::string();
    return proto::matchEndpoint(bodies.schemas(), endpointName, request, response).method;
}

} // namespace switchboard::cli
