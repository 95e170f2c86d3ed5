#include "Error.h"

namespace switchboard::nats {

Error::Error(ErrorKind kind, std::string message, natsStatus status)
    : std::runtime_error(std::move(message))
    , m_kind(kind)
    , m_status(status)
{
}

ErrorKind kindOf(natsStatus status) noexcept
{
    switch (status) {
    case NATS_TIMEOUT:
        return ErrorKind::Timeout;
    case NATS_NO_RESPONDERS:
        return ErrorKind::NoResponders;
    case NATS_NO_SERVER:
    case NATS_NOT_PERMITTED:
    case NATS_SSL_ERROR:
    case NATS_IO_ERROR:
        return ErrorKind::ConnectionFailed;
    case NATS_CONNECTION_CLOSED:
    case NATS_CONNECTION_DISCONNECTED:
    case NATS_STALE_CONNECTION:
        return ErrorKind::ConnectionClosed;
    case NATS_INVALID_ARG:
    case NATS_INVALID_SUBJECT:
    case NATS_INVALID_QUEUE_NAME:
    case NATS_MAX_PAYLOAD:
        return ErrorKind::InvalidArgument;
    case NATS_PROTOCOL_ERROR:
        return ErrorKind::Protocol;
    default:
        return ErrorKind::Other;
    }
}

Error Error::fromStatus(natsStatus status, std::string_view context)
{
    std::string text(context);
    text += ": ";
    text += natsStatus_GetText(status);
    // cnats keeps a per-thread detail string ("Authorization Violation", file names, ...)
    // that is far more useful to a user than the bare status text.
    natsStatus lastStatus = NATS_OK;
    const char *detail = nats_GetLastError(&lastStatus);
    if (detail != nullptr && *detail != '\0' && lastStatus == status) {
        std::string_view d(detail);
        // cnats prefixes its detail with the source location: "(conn.c:2088): ".
        if (!d.empty() && d.front() == '(') {
            if (const size_t end = d.find("): "); end != std::string_view::npos)
                d.remove_prefix(end + 3);
        }
        if (d != natsStatus_GetText(status)) {
            text += " (";
            text += d;
            text += ')';
        }
    }
    return Error(kindOf(status), std::move(text), status);
}

} // namespace switchboard::nats
