#include "NKeySeed.h"

#include "Error.h"

#include <fstream>
#include <sstream>
#include <vector>

#include <openssl/evp.h>

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

} // namespace

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
    const uint16_t crc = crc16(raw.data(), raw.size());
    raw.push_back(static_cast<uint8_t>(crc & 0xFF));
    raw.push_back(static_cast<uint8_t>(crc >> 8));
    return base32Encode(raw);
}

} // namespace switchboard::nats
