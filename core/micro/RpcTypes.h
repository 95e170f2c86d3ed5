#pragma once
// Requests, results and errors of mucp calls (WIRE.md §3).

#include <chrono>
#include <cstdint>
#include <string>

#include "Envelope.h"

namespace switchboard::micro {

struct CallRequest {
    std::string service;
    std::string endpoint;                  ///< "Type.Method", e.g. "Greeter.Hello"
    std::string body = "{}";               ///< JSON request body
    Header headers;                        ///< extra metadata, sent as transport headers
    std::chrono::milliseconds timeout{5000};
    std::string nodeId;                    ///< empty: round-robin over the service's nodes
    std::string contentType = "application/json";
};

struct RpcError {
    enum class Kind {
        None,
        Remote,       ///< go-micro error JSON from the handler: id, code, detail, status
        Framework,    ///< plain-text error from the server framework ("rpc: can't find method X")
        Timeout,      ///< no reply before the deadline
        NoResponders, ///< the node address has no subscriber (node gone)
        NotFound,     ///< the service (or node id) is not in the registry
        Malformed,    ///< the reply is not a transport envelope
        Connection,   ///< the NATS connection failed
    };
    Kind kind = Kind::None;
    int32_t code = 0;
    std::string id, detail, status;

    /// One line a user can read.
    [[nodiscard]] std::string message() const;
};

[[nodiscard]] const char *kindName(RpcError::Kind kind);

struct CallResult {
    RpcError error;
    Header header;   ///< reply transport headers
    std::string body;
    std::string nodeId, address;
    std::chrono::microseconds latency{0};
    [[nodiscard]] bool ok() const noexcept { return error.kind == RpcError::Kind::None; }
};

} // namespace switchboard::micro
