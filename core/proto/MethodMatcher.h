#pragma once
// go-micro's naming, used to find the .proto method of an endpoint: endpoint "Greeter.Hello" is
// `service Greeter { rpc Hello(…) }` in any package (protoc-gen-micro registers handlers under the
// service's short name). The registry's request/response type names (the Value tree's root names,
// Go type names such as "HelloRequest") settle a tie between packages. No match or several: the
// user maps the endpoint by hand (ProtoMappings).

#include <string>
#include <string_view>
#include <vector>

#include "SchemaSet.h"

namespace switchboard::proto {

struct MethodMatch {
    const gpb::MethodDescriptor *method = nullptr;           ///< the one match, or null
    std::vector<const gpb::MethodDescriptor *> candidates;   ///< every method the name fits
    [[nodiscard]] bool found() const noexcept { return method != nullptr; }
};

/// requestType/responseType: the registry's names, empty when unknown.
[[nodiscard]] MethodMatch matchEndpoint(const SchemaSet &schemas, std::string_view endpoint,
                                        std::string_view requestType = {}, std::string_view responseType = {});

/// "pkg.Greeter.Hello" → its method; null when the set has none.
[[nodiscard]] const gpb::MethodDescriptor *findMethod(const SchemaSet &schemas, std::string_view fullName);

/// Message types whose short name is `name` (a subscriber's request type in the registry), for
/// suggesting a topic's type; sorted by full name.
[[nodiscard]] std::vector<const gpb::Descriptor *> messagesNamed(const SchemaSet &schemas, std::string_view name);

} // namespace switchboard::proto
