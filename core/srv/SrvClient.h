#pragma once
// Calling a $SRV endpoint: a NATS request with headers; errors come back in the
// Nats-Service-Error / Nats-Service-Error-Code headers, with an optional body.

#include <chrono>
#include <string>

#include "micro/RpcTypes.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::srv {

/// The result uses micro::CallResult: kind Remote with code/detail from the error headers,
/// NoResponders, Timeout or Connection; header holds the reply's NATS headers.
[[nodiscard]] micro::CallResult callEndpoint(nats::Connection &connection, const std::string &subject,
                                             const std::string &body, const micro::Header &headers,
                                             std::chrono::milliseconds timeout);

} // namespace switchboard::srv
