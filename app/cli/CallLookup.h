#pragma once
// Finding what `call` and `bench` send to: a $SRV endpoint's subject, a go-micro endpoint's
// registration (its type names pick the .proto method).

#include <optional>
#include <string>

#include "micro/RegistryTypes.h"
#include "micro/RpcTypes.h"

namespace switchboard::nats {
class Connection;
}
namespace switchboard::micro {
class Registry;
}

namespace switchboard::cli {

/// The subject of a $SRV endpoint, by endpoint name or subject; CommandFailure when unknown.
[[nodiscard]] std::string srvSubject(nats::Connection &conn, const std::string &service, const std::string &endpoint);
/// The endpoint as the registry describes it; nullopt when the service does not list it.
[[nodiscard]] std::optional<micro::Endpoint> registeredEndpoint(const micro::Registry &registry, const micro::CallRequest &request);

} // namespace switchboard::cli
