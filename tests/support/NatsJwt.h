#pragma once
// Decentralised auth for tests, as `nsc` sets it up: an operator, an account and users, their
// JWTs signed with NKeySeed (Ed25519), the server's config block (operator JWT, memory resolver
// with the account preloaded) and .creds files. Expiry and revocation are claims like in nsc.

#include <cstdint>
#include <string>
#include <vector>

#include "nats/NKeySeed.h"

namespace switchboard::testing {

struct NatsUser {
    nats::NKeySeed seed;
    std::string jwt;
    [[nodiscard]] std::string publicKey() const { return seed.publicKey(); }
};

class NatsOperator {
public:
    NatsOperator();
    /// A user of the account; expires (Unix seconds) when non-zero.
    [[nodiscard]] NatsUser user(const std::string &name, int64_t expires = 0) const;
    /// Revokes a user's JWTs issued up to now (the account JWT's revocations).
    void revoke(const NatsUser &user);
    /// The nats-server configuration for this operator and its one account.
    [[nodiscard]] std::string serverConfig() const;
    /// Writes a .creds file (user JWT and seed, in nsc's layout) and returns its path.
    static std::string writeCreds(const NatsUser &user, const std::string &path);

private:
    [[nodiscard]] std::string accountJwt() const;
    nats::NKeySeed m_operator, m_account;
    std::vector<std::pair<std::string, int64_t>> m_revoked;
};

/// header.claims.signature, signed by issuer, with jti and iat filled in.
[[nodiscard]] std::string signJwt(const std::string &claimsJson, const nats::NKeySeed &issuer);

} // namespace switchboard::testing
