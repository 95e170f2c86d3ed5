#pragma once
// An NKey seed read from a file. cnats 3.4.1 wants the public key next to the seed file
// (natsOptions_SetNKeyFromSeed), and users only have the seed, so we derive it (Ed25519).

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace switchboard::nats {

class NKeySeed {
public:
    /// Reads the first seed ("S…", 58 characters) in the file; throws nats::Error when none is valid.
    static NKeySeed fromFile(const std::string &path);
    /// Parses an encoded seed such as "SUAM…"; throws nats::Error when it is malformed.
    static NKeySeed parse(const std::string &encoded);

    /// A new random key of the given type: 'O' operator, 'A' account, 'U' user (what `nsc`
    /// makes; Switchboard's tests sign their JWTs with it).
    static NKeySeed generate(char type);

    /// The encoded public key ("U…" for a user seed).
    [[nodiscard]] std::string publicKey() const;
    /// The encoded seed ("SU…" for a user), as it stands in a seed or .creds file.
    [[nodiscard]] std::string encoded() const;
    /// The Ed25519 signature (64 bytes) of data.
    [[nodiscard]] std::string sign(std::string_view data) const;

private:
    uint8_t m_prefix = 0;             // type byte of the key (user, account, …)
    std::array<uint8_t, 32> m_raw{};  // Ed25519 private seed
};

} // namespace switchboard::nats
