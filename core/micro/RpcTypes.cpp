#include "RpcTypes.h"

namespace switchboard::micro {

const char *kindName(RpcError::Kind kind)
{
    switch (kind) {
    case RpcError::Kind::None: return "ok";
    case RpcError::Kind::Remote: return "remote error";
    case RpcError::Kind::Framework: return "server error";
    case RpcError::Kind::Timeout: return "timeout";
    case RpcError::Kind::NoResponders: return "no responders";
    case RpcError::Kind::NotFound: return "not found";
    case RpcError::Kind::Malformed: return "malformed reply";
    case RpcError::Kind::Connection: return "connection error";
    }
    return "error";
}

std::string RpcError::message() const
{
    std::string out = kindName(kind);
    if (code != 0) {
        out += " " + std::to_string(code);
        if (!status.empty())
            out += " " + status;
    }
    if (!id.empty())
        out += " from " + id;
    if (!detail.empty())
        out += ": " + detail;
    return out;
}

} // namespace switchboard::micro
