#pragma once
// Protobuf for call, publish, mock and subscribe: the schemas named by --proto (files, folders,
// descriptor sets) and --import-path, --content-type json|protobuf and --message TYPE. Bodies are
// written as JSON (proto3 JSON mapping) and encoded with the schema; protobuf received is shown
// as JSON with a schema, else as `protoc --decode_raw` would show it.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "CliContext.h"
#include "micro/RegistryTypes.h"
#include "proto/SchemaSet.h"

namespace switchboard::cli {

inline constexpr const char *kJsonContentType = "application/json";
inline constexpr const char *kProtobufContentType = "application/protobuf";

class ProtoBodies {
public:
    /// Loads the schemas; a mistake in them, an unknown --content-type or a --message the schemas
    /// lack is a UsageError (exit 2) that names it.
    explicit ProtoBodies(const CliContext &ctx);

    [[nodiscard]] bool hasSchemas() const noexcept { return !m_schemas->isEmpty(); }
    [[nodiscard]] const proto::SchemaSet &schemas() const noexcept { return *m_schemas; }
    /// What is sent: application/json (the default) or application/protobuf.
    [[nodiscard]] const std::string &contentType() const noexcept { return m_contentType; }
    [[nodiscard]] bool sendsProtobuf() const noexcept { return m_contentType == kProtobufContentType; }

    /// --message when given, else `found` (from the endpoint or topic; may be null).
    [[nodiscard]] const proto::gpb::Descriptor *messageOr(const proto::gpb::Descriptor *found) const;

    /// The body to send. JSON is checked against `type` when there is one; protobuf needs one.
    /// `what` names the body in errors ("request", "event", "reply").
    [[nodiscard]] std::string encode(const std::string &json, const proto::gpb::Descriptor *type, const char *what) const;

    /// A received body for printing: JSON as JSON; protobuf (by its content type, or when it is
    /// not JSON) decoded with `type` (null: none known), else schema-less. The text form for people:
    [[nodiscard]] std::string readable(std::string_view body, std::string_view contentType,
                                       const proto::gpb::Descriptor *type, bool pretty) const;
    /// …and the form for --json output.
    [[nodiscard]] nlohmann::ordered_json json(std::string_view body, std::string_view contentType,
                                              const proto::gpb::Descriptor *type) const;

private:
    [[nodiscard]] bool looksProtobuf(std::string_view body, std::string_view contentType) const;

    proto::SchemaSetPtr m_schemas;
    std::string m_contentType = kJsonContentType;
    const proto::gpb::Descriptor *m_message = nullptr;
};

/// A body file's bytes (at most 64 MiB); UsageError when it cannot be read.
[[nodiscard]] std::string readBodyFile(const std::string &path);

/// A go-micro endpoint's method in the schemas: by name and the registry's type names.
[[nodiscard]] const proto::gpb::MethodDescriptor *methodForEndpoint(const ProtoBodies &bodies, const micro::Endpoint *endpoint,
                                                                    const std::string &endpointName);

} // namespace switchboard::cli
