#include "Connection.h"

#include "ConnectFailure.h"
#include "Error.h"
#include "Library.h"

namespace switchboard::nats {
namespace {

/// cnats 3.4.1 sends CONNECT without the nonce signature when the signature's first byte is 0:
/// its base64 encoder returns nothing for input that starts with a 0 byte. So 1 signed login in
/// 256 is refused with "Authorization Violation" ("Signature missing" in the server's log).
/// The signature depends on the server's random nonce: another attempt signs another nonce.
/// Four attempts leave one spurious refusal in 256^4; a real refusal costs three round trips more.
constexpr int kSignedLoginAttempts = 4;

bool signsNonce(const ConnectOptions &o)
{
    return !o.credsFile.empty() || !o.nkeySeedFile.empty();
}

} // namespace

std::shared_ptr<Connection> Connection::connect(const ConnectOptions &options)
{
    OptionsPtr opts = options.build();
    natsConnection *conn = nullptr;
    std::string where;
    for (size_t i = 0; i < options.servers.size(); ++i)
        where += (i ? "," : "") + redactedUrl(options.servers[i]);
    const int attempts = signsNonce(options) ? kSignedLoginAttempts : 1;
    natsStatus s = NATS_OK;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        s = natsConnection_Connect(&conn, opts.get());
        if (s != NATS_CONNECTION_AUTH_FAILED)
            break;
    }
    if (s != NATS_OK) {
        Error e = Error::fromStatus(s, "cannot connect to " + where);
        // Authentication problems and unreachable servers are both a failure to connect.
        throw Error(ErrorKind::ConnectionFailed, e.what() + explainConnectFailure(options, e.what()), s);
    }
    return std::shared_ptr<Connection>(new Connection(conn));
}

Connection::~Connection()
{
    natsConnection_Close(m_conn);
    natsConnection_Destroy(m_conn);
}

void Connection::publish(const std::string &subject, std::string_view data)
{
    check(natsConnection_Publish(m_conn, subject.c_str(), data.data(), static_cast<int>(data.size())),
          "publish to", subject);
}

void Connection::publishRequest(const std::string &subject, const std::string &reply, std::string_view data)
{
    check(natsConnection_PublishRequest(m_conn, subject.c_str(), reply.c_str(), data.data(),
                                        static_cast<int>(data.size())),
          "publish to", subject);
}

void Connection::publishWithHeaders(const std::string &subject, const std::string &reply,
                                    std::string_view data, const HeaderList &headers)
{
    natsMsg *msg = nullptr;
    check(natsMsg_Create(&msg, subject.c_str(), reply.empty() ? nullptr : reply.c_str(), data.data(),
                         static_cast<int>(data.size())),
          "creating message for", subject);
    Message owner(msg);
    for (const auto &[key, value] : headers)
        check(natsMsgHeader_Add(msg, key.c_str(), value.c_str()), "header", key);
    check(natsConnection_PublishMsg(m_conn, msg), "publish to", subject);
}

Subscription Connection::subscribe(const std::string &subject, Subscription::Handler handler,
                                   const std::string &queueGroup)
{
    return Subscription::create(shared_from_this(), subject, queueGroup, std::move(handler));
}

void Connection::close()
{
    natsConnection_Close(m_conn);
}

void Connection::flush(int64_t timeoutMs)
{
    check(natsConnection_FlushTimeout(m_conn, timeoutMs), "flush");
}

std::string Connection::newInbox()
{
    natsInbox *inbox = nullptr;
    openLibrary();
    check(natsInbox_Create(&inbox), "creating inbox");
    std::string out(inbox);
    natsInbox_Destroy(inbox);
    return out;
}

std::string Connection::connectedUrl() const
{
    char buf[256] = {};
    natsConnection_GetConnectedUrl(m_conn, buf, sizeof buf);
    return redactedUrl(buf); // cnats keeps a login given in the URL; this is for showing
}

std::string Connection::connectedServerId() const
{
    char buf[256] = {};
    natsConnection_GetConnectedServerId(m_conn, buf, sizeof buf);
    return buf;
}

bool Connection::isClosed() const
{
    return natsConnection_IsClosed(m_conn);
}

} // namespace switchboard::nats
