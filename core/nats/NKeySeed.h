#pragma once
// An NKey seed read from a file. cnats 3.4.1 wants the public key next to the seed file
// (natsOptions_SetNKeyFromSeed), and users only have the seed, so we derive it (Ed25519).

#include <array>
#include <cstdint>
#include <string>

namespace switchboard::nats {

class NKeySeed {
public:
    /// Reads the first seed ("S…", 58 characters) in the file; throws nats::Error when none is valid.
    static NKeySeed fromFile(const std::string &path);
    /// Parses an encoded seed such as "SUAM…"; throws nats::Error when it is malformed.
    static NKeySeed parse(const std::string &encoded);

    /// The encoded public key ("U…" for a user seed).
    [[nodiscard]] std::string publicKey() const;

private:
    uint8_t m_prefix = 0;             // type byte of the key (user, account, …)
    std::array<uint8_t, 32> m_raw{};  // Ed25519 private seed
};

} // namespace switchboard::nats
