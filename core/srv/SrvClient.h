#pragma once
// Calling a $SRV endpoint: a NATS request with headers; errors come back in the
// Nats-Service-Error / Nats-Service-Error-Code headers, with an optional body.

#include <chrono>
#include <string>

#include "micro/RpcTypes.h"

namespace switchboard::nats {
class Connection;
class Message;
}

namespace switchboard::srv {

/// The result uses micro::CallResult: kind Remote with code/detail from the error headers,
/// NoResponders, Timeout or Connection; header holds the reply's NATS headers.
[[nodiscard]] micro::CallResult callEndpoint(nats::Connection &connection, const std::string &subject,
                                             const std::string &body, const micro::Header &headers,
                                             std::chrono::milliseconds timeout);

/// A reply as a result: the body and headers, the service's error from its headers, or no
/// responders. Latency is left to the caller.
[[nodiscard]] micro::CallResult resultOfReply(const nats::Message &reply, const std::string &subject);

} // namespace switchboard::srv
