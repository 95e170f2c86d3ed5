#include "Subscription.h"

#include "Connection.h"
#include "Error.h"

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace switchboard::nats {

struct Subscription::State {
    Handler handler;
    std::mutex mutex;
    std::condition_variable completed;
    bool done = false;
};

namespace {
// The state whose handler runs on this thread, so unsubscribe() from inside a handler
// does not wait for itself.
thread_local const void *t_runningState = nullptr;
} // namespace

Subscription Subscription::create(std::shared_ptr<Connection> connection, const std::string &subject,
                                  const std::string &queueGroup, Handler handler)
{
    auto state = std::make_shared<State>();
    state->handler = std::move(handler);
    // cnats gets its own reference to the state; onComplete releases it.
    auto *holder = new std::shared_ptr<State>(state);
    natsSubscription *sub = nullptr;
    natsConnection *conn = connection->raw();
    natsStatus s = queueGroup.empty()
        ? natsConnection_Subscribe(&sub, conn, subject.c_str(), &Subscription::onMessage, holder)
        : natsConnection_QueueSubscribe(&sub, conn, subject.c_str(), queueGroup.c_str(),
                                        &Subscription::onMessage, holder);
    if (s == NATS_OK)
        s = natsSubscription_SetOnCompleteCB(sub, &Subscription::onComplete, holder);
    if (s != NATS_OK) {
        Error error = Error::fromStatus(s, "subscribe to " + subject);
        if (sub) {
            natsSubscription_Unsubscribe(sub);
            natsSubscription_Destroy(sub);
        }
        // Without an onComplete callback cnats never releases the holder; it is ours again.
        delete holder;
        throw error;
    }
    return Subscription(std::move(connection), sub, std::move(state), subject);
}

Subscription::Subscription(std::shared_ptr<Connection> connection, natsSubscription *sub,
                           std::shared_ptr<State> state, std::string subject)
    : m_connection(std::move(connection))
    , m_sub(sub)
    , m_state(std::move(state))
    , m_subject(std::move(subject))
{
}

Subscription::Subscription(Subscription &&other) noexcept
    : m_connection(std::move(other.m_connection))
    , m_sub(std::exchange(other.m_sub, nullptr))
    , m_state(std::move(other.m_state))
    , m_subject(std::move(other.m_subject))
{
}

Subscription &Subscription::operator=(Subscription &&other) noexcept
{
    if (this != &other) {
        unsubscribe();
        m_connection = std::move(other.m_connection);
        m_sub = std::exchange(other.m_sub, nullptr);
        m_state = std::move(other.m_state);
        m_subject = std::move(other.m_subject);
    }
    return *this;
}

Subscription::~Subscription()
{
    unsubscribe();
}

void Subscription::onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    auto *state = static_cast<std::shared_ptr<State> *>(closure)->get();
    Message message(msg);
    const void *previous = std::exchange(t_runningState, state);
    try {
        state->handler(std::move(message));
    } catch (...) {
        // A throwing handler must not unwind through C code; the message is simply consumed.
    }
    t_runningState = previous;
}

void Subscription::onComplete(void *closure)
{
    auto *holder = static_cast<std::shared_ptr<State> *>(closure);
    {
        std::lock_guard lock((*holder)->mutex);
        (*holder)->done = true;
    }
    (*holder)->completed.notify_all();
    delete holder;
}

void Subscription::unsubscribe()
{
    if (!m_sub)
        return;
    natsSubscription_Unsubscribe(m_sub);
    const bool insideOwnHandler = t_runningState == m_state.get();
    if (!insideOwnHandler) {
        std::unique_lock lock(m_state->mutex);
        // cnats calls onComplete once the last handler call has returned. The bound only
        // guards against a library that never calls it (closed connection): it is not a delay.
        m_state->completed.wait_for(lock, std::chrono::seconds(5), [this] { return m_state->done; });
    }
    // cnats 3.4.1's reader thread looks a subscription up and then locks it without taking a
    // reference (later cnats retains it: natsSubAndLdw_LockAndRetain). A message read just before
    // the UNSUB can still be on its way in, and destroying now freed the subscription under it
    // (a crash in natsConn_processMsg, 1 run in ~50 of tst_connection). After one PING/PONG the
    // reader has finished every message that came before; while it is not connected it reads
    // nothing. Costs a round trip per unsubscribe, which is never on a per-message path.
    if (natsConnection_Status(m_connection->raw()) == NATS_CONN_STATUS_CONNECTED)
        natsConnection_FlushTimeout(m_connection->raw(), 1000);
    natsSubscription_Destroy(m_sub);
    m_sub = nullptr;
    m_state.reset();
    m_connection.reset();
}

void Subscription::setPendingLimits(int messages, int bytes)
{
    if (m_sub)
        check(natsSubscription_SetPendingLimits(m_sub, messages, bytes), "setting pending limits");
}

int64_t Subscription::dropped() const
{
    int64_t n = 0;
    if (m_sub)
        natsSubscription_GetDropped(m_sub, &n);
    return n;
}

int Subscription::pendingMessages() const
{
    int msgs = 0, bytes = 0;
    if (m_sub)
        natsSubscription_GetPending(m_sub, &msgs, &bytes);
    return msgs;
}

} // namespace switchboard::nats
