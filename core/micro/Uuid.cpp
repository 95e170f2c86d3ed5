#include "Uuid.h"

#include <array>
#include <cstdint>
#include <random>

namespace switchboard::micro {
namespace {

/// Two hex digits per byte value: a broker publish formats one id per event, and digit by digit
/// into a growing string it was a tenth of the publisher's time (perf, docs/performance.md).
constexpr std::array<char, 512> makeHexPairs()
{
    constexpr char digits[] = "0123456789abcdef";
    std::array<char, 512> pairs{};
    for (int b = 0; b < 256; ++b) {
        pairs[2 * b] = digits[b >> 4];
        pairs[2 * b + 1] = digits[b & 0xF];
    }
    return pairs;
}
constexpr auto kHexPairs = makeHexPairs();

} // namespace

std::string newUuid()
{
    thread_local std::mt19937_64 rng([] {
        std::random_device rd;
        return (static_cast<uint64_t>(rd()) << 32) ^ rd();
    }());
    uint64_t hi = rng(), lo = rng();
    hi = (hi & 0xFFFFFFFFFFFF0FFFull) | 0x0000000000004000ull; // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull; // RFC 4122 variant
    uint8_t bytes[16];
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<uint8_t>(hi >> (56 - 8 * i));
        bytes[8 + i] = static_cast<uint8_t>(lo >> (56 - 8 * i));
    }
    // xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx: a dash after bytes 4, 6, 8 and 10.
    std::string out(36, '-');
    char *p = out.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            ++p;
        p[0] = kHexPairs[2 * bytes[i]];
        p[1] = kHexPairs[2 * bytes[i] + 1];
        p += 2;
    }
    return out;
}

} // namespace switchboard::micro
