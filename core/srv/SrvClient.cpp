#include "SrvClient.h"

#include <cstdlib>

#include "nats/Connection.h"
#include "nats/Error.h"
#include "nats/Message.h"

namespace switchboard::srv {

micro::CallResult callEndpoint(nats::Connection &connection, const std::string &subject, const std::string &body,
                               const micro::Header &headers, std::chrono::milliseconds timeout)
{
    using Clock = std::chrono::steady_clock;
    micro::CallResult result;
    result.address = subject;
    const auto started = Clock::now();
    natsMsg *request = nullptr;
    natsStatus s = natsMsg_Create(&request, subject.c_str(), nullptr, body.data(), static_cast<int>(body.size()));
    nats::Message requestOwner(request);
    for (const auto &[k, v] : headers)
        if (s == NATS_OK)
            s = natsMsgHeader_Set(request, k.c_str(), v.c_str());
    natsMsg *reply = nullptr;
    if (s == NATS_OK)
        s = natsConnection_RequestMsg(&reply, connection.raw(), request, timeout.count());
    result.latency = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started);
    nats::Message replyOwner(reply);
    if (s != NATS_OK) {
        const nats::Error e = nats::Error::fromStatus(s, "request to " + subject);
        result.error.kind = e.kind() == nats::ErrorKind::Timeout        ? micro::RpcError::Kind::Timeout
            : e.kind() == nats::ErrorKind::NoResponders                 ? micro::RpcError::Kind::NoResponders
            : e.kind() == nats::ErrorKind::InvalidArgument              ? micro::RpcError::Kind::Malformed
                                                                         : micro::RpcError::Kind::Connection;
        result.error.detail = e.what();
        return result;
    }
    const auto latency = result.latency;
    result = resultOfReply(replyOwner, subject);
    result.latency = latency;
    return result;
}

micro::CallResult resultOfReply(const nats::Message &reply, const std::string &subject)
{
    micro::CallResult result;
    result.address = subject;
    if (reply.isNoResponders()) {
        result.error.kind = micro::RpcError::Kind::NoResponders;
        result.error.detail = "nobody listens on " + subject;
        return result;
    }
    result.body = std::string(reply.data());
    for (auto &[k, v] : reply.headers())
        result.header[k] = v;
    if (auto description = reply.header("Nats-Service-Error")) {
        result.error.kind = micro::RpcError::Kind::Remote;
        result.error.detail = *description;
        if (auto code = reply.header("Nats-Service-Error-Code"))
            result.error.code = static_cast<int32_t>(std::strtol(code->c_str(), nullptr, 10));
        result.error.id = subject;
    }
    return result;
}

} // namespace switchboard::srv
