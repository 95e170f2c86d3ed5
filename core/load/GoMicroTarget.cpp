#include "GoMicroTarget.h"

#include <algorithm>

#include <nats/nats.h>

#include "micro/RpcClient.h"
#include "micro/TransportClient.h"
#include "nats/Connection.h"

namespace switchboard::load {

namespace {

constexpr auto kLeaveOut = std::chrono::seconds(5);

class SocketTicket : public Ticket {
public:
    SocketTicket(std::unique_ptr<micro::ClientSocket> socket, std::string node)
        : Ticket(std::move(node)), m_socket(std::move(socket)) {}
    void answered() override { m_socket->recycle(); }

private:
    std::unique_ptr<micro::ClientSocket> m_socket;
};

micro::CallResult notSent(micro::RpcError::Kind kind, std::string detail)
{
    micro::CallResult r;
    r.error.kind = kind;
    r.error.detail = std::move(detail);
    return r;
}

} // namespace

GoMicroTarget::GoMicroTarget(std::shared_ptr<nats::Connection> connection, std::shared_ptr<micro::RpcClient> rpc,
                             micro::CallRequest request)
    : m_connection(std::move(connection))
    , m_rpc(std::move(rpc))
    , m_request(std::move(request))
    , m_nodes(std::make_shared<const std::vector<micro::Node>>())
{
}

std::shared_ptr<const std::vector<micro::Node>> GoMicroTarget::nodes() const
{
    std::lock_guard lock(m_mutex);
    return m_nodes;
}

std::unique_ptr<Ticket> GoMicroTarget::send(std::string &&body, Done done)
{
    const auto list = nodes();
    if (list->empty()) {
        done(notSent(micro::RpcError::Kind::NotFound, "no node of " + m_request.service + " answers"));
        return nullptr;
    }
    const micro::Node &node = (*list)[m_turn.fetch_add(1, std::memory_order_relaxed) % list->size()];
    // One request object per sending thread: assigning reuses its strings' memory.
    thread_local micro::CallRequest request;
    request = m_request;
    request.body.swap(body);
    auto onReply = [this, done = std::move(done)](micro::CallResult &&r) {
        if (r.error.kind == micro::RpcError::Kind::NoResponders)
            leaveOut(r.nodeId);
        done(std::move(r));
    };
    micro::AsyncCall call = m_rpc->startAsync(node, request, std::move(onReply));
    if (call.failed) {
        done(std::move(*call.failed));
        return nullptr;
    }
    return std::make_unique<SocketTicket>(std::move(call.socket), node.id);
}

std::string GoMicroTarget::prepare()
{
    refresh(true);
    if (!nodes()->empty())
        return {};
    if (!m_request.nodeId.empty())
        return "node " + m_request.nodeId + " of " + m_request.service + " is not registered";
    return "no node of " + m_request.service + " is registered";
}

int64_t GoMicroTarget::maxPayload() const
{
    return natsConnection_GetMaxPayload(m_connection->raw());
}

void GoMicroTarget::tick()
{
    refresh(false); // the client's cached list; the registry is asked when that cache expires
}

void GoMicroTarget::refresh(bool fresh)
{
    std::vector<micro::Node> registered;
    try {
        registered = m_rpc->resolve(m_request.service, fresh);
    } catch (const std::exception &) {
        return; // the registry did not answer this time: keep the nodes we have
    }
    if (!m_request.nodeId.empty())
        std::erase_if(registered, [&](const micro::Node &n) { return n.id != m_request.nodeId; });
    const auto now = Clock::now();
    std::lock_guard lock(m_mutex);
    std::erase_if(m_leftOut, [&](const auto &entry) { return entry.second <= now; });
    auto answering = std::make_shared<std::vector<micro::Node>>();
    for (const auto &n : registered)
        if (!m_leftOut.contains(n.id))
            answering->push_back(n);
    m_nodes = std::move(answering);
}

void GoMicroTarget::leaveOut(const std::string &nodeId)
{
    std::lock_guard lock(m_mutex);
    if (m_leftOut.contains(nodeId))
        return;
    m_leftOut[nodeId] = Clock::now() + kLeaveOut;
    auto answering = std::make_shared<std::vector<micro::Node>>(*m_nodes);
    std::erase_if(*answering, [&](const micro::Node &n) { return n.id == nodeId; });
    m_nodes = std::move(answering);
}

} // namespace switchboard::load
