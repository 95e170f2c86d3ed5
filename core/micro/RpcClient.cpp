#include "RpcClient.h"

#include "MicroError.h"
#include "Registry.h"
#include "TransportClient.h"
#include "nats/Connection.h"
#include "nats/Error.h"

namespace switchboard::micro {

using Clock = std::chrono::steady_clock;
using std::chrono::duration_cast;
using std::chrono::microseconds;

namespace {

PendingCall readyCall(CallResult result)
{
    auto slot = std::make_shared<PendingCall::Slot>();
    slot->set(std::move(result));
    const auto now = Clock::now();
    return PendingCall(std::move(slot), nullptr, now, now, {});
}

/// go-micro servers echo the request id (WIRE.md §3.2); a reply without one is taken as ours.
bool isReplyToAnotherCall(const Envelope &reply, const std::string &seq)
{
    for (const char *key : {"Micro-ID", "Micro-Id", "X-Micro-ID", "X-Micro-Id"}) {
        auto it = reply.header.find(key);
        if (it != reply.header.end())
            return it->second != seq;
    }
    return false;
}

/// Calls fn with the headers a go-micro v4.10+ client sets on a call (both id spellings, for older
/// servers), over the caller's; Micro-Topic is dropped from call metadata, as go-micro does.
template <typename Fn>
auto withCallHeaders(const CallRequest &request, const std::string &seq, Fn &&fn)
{
    const std::string timeout = std::to_string(static_cast<int64_t>(request.timeout.count()) * 1'000'000);
    const HeaderOverride call[] = { // sorted bytewise
        {"Accept", request.contentType},    {"Content-Type", request.contentType}, {"Micro-Endpoint", request.endpoint},
        {"Micro-ID", seq},                  {"Micro-Id", seq},                     {"Micro-Method", request.endpoint},
        {"Micro-Service", request.service}, {"Micro-Topic", std::nullopt},         {"Timeout", timeout}};
    return fn(std::span<const HeaderOverride>(call));
}

/// Go's json.Encoder ends every JSON body with a newline.
bool needsNewline(const CallRequest &request)
{
    return request.contentType == "application/json" && (request.body.empty() || request.body.back() != '\n');
}

CallResult failure(RpcError::Kind kind, std::string detail)
{
    CallResult r;
    r.error.kind = kind;
    r.error.detail = std::move(detail);
    return r;
}

} // namespace

PendingCall::PendingCall(std::shared_ptr<Slot> slot, std::unique_ptr<ClientSocket> socket,
                         Clock::time_point started, Clock::time_point deadline, CallResult skeleton)
    : m_slot(std::move(slot))
    , m_socket(std::move(socket))
    , m_started(started)
    , m_deadline(deadline)
    , m_skeleton(std::move(skeleton))
{
}

PendingCall::PendingCall(PendingCall &&) noexcept = default;
PendingCall::~PendingCall() = default;

CallResult PendingCall::wait()
{
    CallResult result;
    if (std::optional<CallResult> arrived = m_slot->takeUntil(m_deadline)) {
        result = std::move(*arrived);
        if (m_socket)
            m_socket->recycle(); // answered: its reply subject can carry the next call
    } else {
        result = std::move(m_skeleton);
        result.error.kind = RpcError::Kind::Timeout;
        result.error.detail = "no reply from " + (result.nodeId.empty() ? result.address : result.nodeId);
        result.latency = duration_cast<microseconds>(Clock::now() - m_started);
    }
    m_socket.reset(); // after a timeout: a late reply is dropped by the transport
    return result;
}

RpcClient::RpcClient(std::shared_ptr<nats::Connection> connection, std::shared_ptr<Registry> registry)
    : RpcClient(std::move(connection), std::move(registry), Options{})
{
}

RpcClient::RpcClient(std::shared_ptr<nats::Connection> connection, std::shared_ptr<Registry> registry, Options options)
    : m_connection(std::move(connection))
    , m_registry(std::move(registry))
    , m_transport(TransportClient::create(m_connection))
    , m_options(options)
{
}

RpcClient::~RpcClient() = default;

Envelope RpcClient::buildRequest(const CallRequest &request, const std::string &seq)
{
    Envelope e;
    e.header = withCallHeaders(request, seq, [&](std::span<const HeaderOverride> call) {
        return applyOverrides(request.headers, call);
    });
    e.body = request.body;
    if (needsNewline(request))
        e.body.push_back('\n');
    return e;
}

std::string RpcClient::encodeRequest(const CallRequest &request, const std::string &seq)
{
    const bool newline = needsNewline(request);
    const std::string terminated = newline ? request.body + '\n' : std::string();
    const std::string_view body = newline ? std::string_view(terminated) : std::string_view(request.body);
    return withCallHeaders(request, seq, [&](std::span<const HeaderOverride> call) {
        return encodeEnvelope(request.headers, call, body);
    });
}

CallResult RpcClient::interpretReply(Envelope &&reply)
{
    CallResult r;
    const std::string err = reply.getWithXFallback("Micro-Error");
    if (!err.empty() && err != "EOS") {
        const MicroError parsed = MicroError::parse(err);
        r.error.kind = (parsed.code() != 0 || !parsed.id().empty()) ? RpcError::Kind::Remote : RpcError::Kind::Framework;
        r.error.code = parsed.code();
        r.error.id = parsed.id();
        r.error.detail = parsed.detail();
        r.error.status = parsed.status();
    }
    r.header = std::move(reply.header);
    r.body = std::move(reply.body);
    return r;
}

std::vector<Node> RpcClient::resolve(const std::string &service, bool refresh)
{
    return *nodesOf(service, refresh);
}

RpcClient::NodeList RpcClient::nodesOf(const std::string &service, bool refresh)
{
    {
        std::lock_guard lock(m_cacheMutex);
        auto it = m_cache.find(service);
        if (!refresh && it != m_cache.end() && Clock::now() - it->second.fetched < m_options.cacheTtl)
            return it->second.nodes;
    }
    const SweepResult sweep = m_registry->getService(service);
    auto nodes = std::make_shared<std::vector<Node>>();
    for (const Service &s : sweep.services)
        if (s.name == service && s.nodes)
            nodes->insert(nodes->end(), s.nodes->begin(), s.nodes->end());
    std::lock_guard lock(m_cacheMutex);
    if (nodes->empty())
        m_cache.erase(service);
    else
        m_cache[service] = CacheEntry{nodes, Clock::now()};
    return nodes;
}

std::optional<Node> RpcClient::pickNode(const CallRequest &request, bool refresh, RpcError &error)
{
    const NodeList list = nodesOf(request.service, refresh);
    const std::vector<Node> &nodes = *list;
    if (nodes.empty()) {
        error.kind = RpcError::Kind::NotFound;
        error.detail = "service " + request.service + " not found in the registry";
        return std::nullopt;
    }
    if (!request.nodeId.empty()) {
        for (const Node &n : nodes)
            if (n.id == request.nodeId)
                return n;
        error.kind = RpcError::Kind::NotFound;
        error.detail = "node " + request.nodeId + " of " + request.service + " not found";
        return std::nullopt;
    }
    return nodes[m_roundRobin.fetch_add(1, std::memory_order_relaxed) % nodes.size()];
}

PendingCall RpcClient::start(const CallRequest &request)
{
    RpcError error;
    std::optional<Node> node = pickNode(request, false, error);
    if (!node) {
        CallResult r;
        r.error = error;
        return readyCall(std::move(r));
    }
    return startOnNode(*node, request);
}

AsyncCall::AsyncCall() = default;
AsyncCall::AsyncCall(AsyncCall &&) noexcept = default;
AsyncCall &AsyncCall::operator=(AsyncCall &&) noexcept = default;
AsyncCall::~AsyncCall() = default;

AsyncCall RpcClient::startAsync(const Node &node, const CallRequest &request, Completion done)
{
    const Clock::time_point started = Clock::now();
    const std::string seq = std::to_string(m_sequence.fetch_add(1, std::memory_order_relaxed));
    auto receiver = [done = std::move(done), started, seq, nodeId = node.id, address = node.address](Received &&r) {
        CallResult result;
        switch (r.status) {
        case Received::Status::Ok:
            if (isReplyToAnotherCall(r.envelope, seq))
                return; // reply subjects are reused: a stray duplicate of an earlier reply
            result = interpretReply(std::move(r.envelope));
            break;
        case Received::Status::NoResponders:
            result = failure(RpcError::Kind::NoResponders, "nobody listens on " + address);
            break;
        default:
            result = failure(RpcError::Kind::Malformed, r.error + " (" + std::to_string(r.raw.size()) + " bytes)");
            break;
        }
        result.nodeId = nodeId;
        result.address = address;
        result.latency = duration_cast<microseconds>(Clock::now() - started);
        done(std::move(result));
    };
    AsyncCall call;
    try {
        call.socket = m_transport->dial(node.address, std::move(receiver));
        call.socket->sendEncoded(encodeRequest(request, seq));
    } catch (const nats::Error &e) {
        call.socket.reset();
        call.failed = failure(e.kind() == nats::ErrorKind::InvalidArgument ? RpcError::Kind::Malformed
                                                                           : RpcError::Kind::Connection,
                              e.what());
        call.failed->nodeId = node.id;
        call.failed->address = node.address;
    }
    return call;
}

PendingCall RpcClient::startOnNode(const Node &node, const CallRequest &request)
{
    auto slot = std::make_shared<PendingCall::Slot>();
    const Clock::time_point started = Clock::now();
    CallResult skeleton;
    skeleton.nodeId = node.id;
    skeleton.address = node.address;
    AsyncCall call = startAsync(node, request, [slot](CallResult &&r) { slot->set(std::move(r)); }); // only the first reply counts
    if (call.failed)
        return readyCall(std::move(*call.failed));
    return PendingCall(std::move(slot), std::move(call.socket), started, started + request.timeout,
                       std::move(skeleton));
}

CallResult RpcClient::callNode(const Node &node, const CallRequest &request)
{
    return startOnNode(node, request).wait();
}

CallResult RpcClient::call(const CallRequest &request)
{
    CallResult result = start(request).wait();
    if (result.error.kind == RpcError::Kind::NoResponders) {
        // The request never reached a handler, so retrying is safe: the cached node may be gone.
        RpcError error;
        if (std::optional<Node> node = pickNode(request, true, error))
            result = callNode(*node, request);
        else
            result.error = error; // the registry no longer knows it: say so rather than "no responders"
    }
    return result;
}

} // namespace switchboard::micro
