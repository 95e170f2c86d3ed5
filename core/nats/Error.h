#pragma once
// One error type for everything cnats can report, with readable text.

#include <stdexcept>
#include <string>
#include <string_view>

#include <nats/nats.h>

namespace switchboard::nats {

/// What went wrong, coarse enough for callers to branch on.
enum class ErrorKind {
    Timeout,          ///< no answer within the deadline
    NoResponders,     ///< nobody subscribes to the subject (server-side 503)
    ConnectionFailed, ///< could not reach or authenticate to any server
    ConnectionClosed, ///< the connection was closed or is reconnecting
    InvalidArgument,  ///< bad subject, bad option, bad input
    Protocol,         ///< the peer sent something we cannot use
    Other,
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, std::string message, natsStatus status = NATS_ERR);

    [[nodiscard]] ErrorKind kind() const noexcept { return m_kind; }
    [[nodiscard]] natsStatus status() const noexcept { return m_status; }

    /// Builds an error from a cnats status, adding cnats' last-error detail when it has one.
    static Error fromStatus(natsStatus status, std::string_view context);

private:
    ErrorKind m_kind;
    natsStatus m_status;
};

/// Throws Error::fromStatus(status, context) unless status is NATS_OK.
inline void check(natsStatus status, std::string_view context)
{
    if (status != NATS_OK)
        throw Error::fromStatus(status, context);
}

/// check() with the context "<what> <subject>", built only on failure: the publish path must not
/// allocate an error text per message (callgrind: 5 % of a broker publisher's instructions).
inline void check(natsStatus status, std::string_view what, std::string_view subject)
{
    if (status != NATS_OK)
        throw Error::fromStatus(status, std::string(what) + " " + std::string(subject));
}

[[nodiscard]] ErrorKind kindOf(natsStatus status) noexcept;

} // namespace switchboard::nats
