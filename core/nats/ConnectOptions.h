#pragma once
// Everything needed to reach a NATS server: URLs, auth, TLS and the latency/throughput trade-offs.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <nats/nats.h>

namespace switchboard::nats {

struct OptionsDeleter {
    void operator()(natsOptions *o) const noexcept { natsOptions_Destroy(o); }
};
using OptionsPtr = std::unique_ptr<natsOptions, OptionsDeleter>;

struct ConnectOptions {
    std::vector<std::string> servers{"nats://127.0.0.1:4222"};
    std::string name;                ///< CONNECT name, shown by the server's /connz
    std::string user, password;      ///< user/password auth
    std::string token;               ///< token auth
    std::string credsFile;           ///< JWT + seed in one .creds file
    std::string nkeySeedFile;        ///< NKey seed file (public key derived from it)
    std::string tlsCaFile, tlsCertFile, tlsKeyFile;
    bool tlsSkipVerify = false;      ///< TLS without checking the server's certificate
    int64_t connectTimeoutMs = 2000;
    int maxReconnect = 60;           ///< -1 retries forever
    /// Write each publish at once instead of waiting for cnats' flusher (up to 1 ms in 3.4.1).
    /// Right for request/reply; wrong for bulk publishing.
    bool sendAsap = false;
    /// Bounds the messages cnats buffers per subscription before it drops (and counts) them.
    int maxPendingMsgs = 65536;

    /// Parses "a,b,c" into URLs, adding the nats:// scheme where it is missing (as go-micro does).
    static std::vector<std::string> splitServers(const std::string &commaSeparated);

    /// Builds cnats options; throws nats::Error with a readable reason when an option is invalid.
    [[nodiscard]] OptionsPtr build() const;
};

} // namespace switchboard::nats
