#include "NKeySeed.h"

#include "Error.h"

#include <fstream>
#include <sstream>
#include <vector>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace switchboard::nats {
namespace {

constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr uint8_t kSeedPrefix = 18 << 3; // 'S'

Error invalid(const std::string &why)
{
    return Error(ErrorKind::InvalidArgument, "nkey seed: " + why, NATS_INVALID_ARG);
}

uint16_t crc16(const uint8_t *data, size_t n)
{
    uint16_t crc = 0; // CRC-16/XMODEM, as the nkeys library uses
    for (size_t i = 0; i < n; ++i) {
        crc ^= static_cast<uint16_t>(data[i]) << 8;
        for (int b = 0; b < 8; ++b)
            crc = (crc & 0x8000) ? static_cast<uint16_t>((crc << 1) ^ 0x1021) : static_cast<uint16_t>(crc << 1);
    }
    return crc;
}

std::vector<uint8_t> base32Decode(const std::string &in)
{
    std::vector<uint8_t> out;
    uint32_t buffer = 0;
    int bits = 0;
    for (char c : in) {
        const char *p = std::char_traits<char>::find(kBase32, 32, c);
        if (p == nullptr)
            throw invalid("not base32");
        buffer = (buffer << 5) | static_cast<uint32_t>(p - kBase32);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<uint8_t>(buffer >> bits));
        }
    }
    return out;
}

std::string base32Encode(const std::vector<uint8_t> &in)
{
    std::string out;
    uint32_t buffer = 0;
    int bits = 0;
    for (uint8_t byte : in) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.push_back(kBase32[(buffer >> bits) & 31]);
        }
    }
    if (bits > 0)
        out.push_back(kBase32[(buffer << (5 - bits)) & 31]);
    return out;
}

/// Type bytes of the nkeys encoding.
uint8_t typePrefix(char type)
{
    switch (type) {
    case 'O': return 14 << 3;
    case 'A': return 0;
    case 'U': return 20 << 3;
    default: throw invalid(std::string("unknown key type ") + type);
    }
}

std::vector<uint8_t> withCrc(std::vector<uint8_t> raw)
{
    const uint16_t crc = crc16(raw.data(), raw.size());
    raw.push_back(static_cast<uint8_t>(crc & 0xFF));
    raw.push_back(static_cast<uint8_t>(crc >> 8));
    return raw;
}

} // namespace

NKeySeed NKeySeed::generate(char type)
{
    NKeySeed seed;
    seed.m_prefix = typePrefix(type);
    if (RAND_bytes(seed.m_raw.data(), static_cast<int>(seed.m_raw.size())) != 1)
        throw invalid("no random bytes");
    return seed;
}

std::string NKeySeed::encoded() const
{
    // Two bytes: the seed prefix (5 bits) and the key type (8 bits) packed together.
    std::vector<uint8_t> raw{static_cast<uint8_t>(kSeedPrefix | (m_prefix >> 5)), static_cast<uint8_t>((m_prefix & 31) << 3)};
    raw.insert(raw.end(), m_raw.begin(), m_raw.end());
    return base32Encode(withCrc(std::move(raw)));
}

std::string NKeySeed::sign(std::string_view data) const
{
    EVP_PKEY *key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, m_raw.data(), m_raw.size());
    if (key == nullptr)
        throw invalid("cannot load key");
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    std::string signature(64, '\0');
    size_t len = signature.size();
    const bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, key) == 1
                    && EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &len,
                                      reinterpret_cast<const unsigned char *>(data.data()), data.size()) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    if (!ok || len != 64)
        throw invalid("cannot sign");
    return signature;
}

NKeySeed NKeySeed::parse(const std::string &encoded)
{
    const std::vector<uint8_t> raw = base32Decode(encoded);
    if (raw.size() != 36)
        throw invalid("wrong length");
    const uint16_t expected = static_cast<uint16_t>(raw[34] | (raw[35] << 8));
    if (crc16(raw.data(), 34) != expected)
        throw invalid("checksum mismatch");
    if ((raw[0] & 0xF8) != kSeedPrefix)
        throw invalid("not a seed");
    NKeySeed seed;
    seed.m_prefix = static_cast<uint8_t>(((raw[0] & 7) << 5) | ((raw[1] & 0xF8) >> 3));
    std::copy(raw.begin() + 2, raw.begin() + 34, seed.m_raw.begin());
    return seed;
}

NKeySeed NKeySeed::fromFile(const std::string &path)
{
    std::ifstream file(path);
    if (!file)
        throw invalid("cannot read " + path);
    std::string word;
    while (file >> word) {
        if (word.size() == 58 && word[0] == 'S')
            return parse(word);
    }
    throw invalid("no seed found in " + path);
}

std::string NKeySeed::publicKey() const
{
    EVP_PKEY *key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, m_raw.data(), m_raw.size());
    if (key == nullptr)
        throw invalid("cannot derive key");
    std::vector<uint8_t> raw(1 + 32);
    size_t len = 32;
    const int ok = EVP_PKEY_get_raw_public_key(key, raw.data() + 1, &len);
    EVP_PKEY_free(key);
    if (ok != 1 || len != 32)
        throw invalid("cannot derive public key");
    raw[0] = m_prefix;
    return base32Encode(withCrc(std::move(raw)));
}

} // namespace switchboard::nats
