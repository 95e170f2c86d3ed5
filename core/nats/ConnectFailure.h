#pragma once
// What cnats cannot say about a failed connect, found from the options: a TLS server that drops
// clients without the certificate it wants, credentials whose JWT expired or was refused, and
// which login (user, token, NKey) a server refused.

#include <string>

#include "ConnectOptions.h"

namespace switchboard::nats {

/// Words to append to cnats' error (starting "; "), or "" when there is nothing to add.
[[nodiscard]] std::string explainConnectFailure(const ConnectOptions &options, const std::string &error);

/// The URL as it may be shown: a password or token in it ("nats://user:secret@host") is
/// replaced by "***", so error messages and logs do not carry it.
[[nodiscard]] std::string redactedUrl(const std::string &url);

/// The "exp" claim (Unix seconds) of the user JWT in a .creds file; 0 when it has none or the
/// file holds no readable JWT.
[[nodiscard]] int64_t credsExpiry(const std::string &credsFile);

} // namespace switchboard::nats
