#include "Base64Simd.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define SWITCHBOARD_BASE64_AVX2 1
#endif

namespace switchboard::micro::base64::simd {

#ifdef SWITCHBOARD_BASE64_AVX2

bool available() noexcept
{
    static const bool avx2 = __builtin_cpu_supports("avx2");
    return avx2;
}

namespace {

// 12 input bytes per 128-bit lane → 16 six-bit indices, one per byte.
__attribute__((target("avx2"))) __m256i encodeReshuffle(__m256i in)
{
    in = _mm256_shuffle_epi8(in, _mm256_set_epi8(10, 11, 9, 10, 7, 8, 6, 7, 4, 5, 3, 4, 1, 2, 0, 1, //
                                                  10, 11, 9, 10, 7, 8, 6, 7, 4, 5, 3, 4, 1, 2, 0, 1));
    const __m256i t0 = _mm256_and_si256(in, _mm256_set1_epi32(0x0FC0FC00));
    const __m256i t1 = _mm256_mulhi_epu16(t0, _mm256_set1_epi32(0x04000040));
    const __m256i t2 = _mm256_and_si256(in, _mm256_set1_epi32(0x003F03F0));
    const __m256i t3 = _mm256_mullo_epi16(t2, _mm256_set1_epi32(0x01000010));
    return _mm256_or_si256(t1, t3);
}

// Six-bit indices → alphabet: one offset per range (A–Z +65, a–z +71, 0–9 −4, + −19, / −16).
__attribute__((target("avx2"))) __m256i encodeTranslate(__m256i in)
{
    const __m256i offsets = _mm256_setr_epi8(65, 71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 0, 0, //
                                             65, 71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 0, 0);
    __m256i range = _mm256_subs_epu8(in, _mm256_set1_epi8(51));
    range = _mm256_sub_epi8(range, _mm256_cmpgt_epi8(in, _mm256_set1_epi8(25)));
    return _mm256_add_epi8(in, _mm256_shuffle_epi8(offsets, range));
}

} // namespace

__attribute__((target("avx2"))) size_t encodeBlocks(const uint8_t *in, size_t size, char *out) noexcept
{
    size_t i = 0;
    for (; i + 28 <= size; i += 24) {
        const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i + 12));
        const __m256i block = _mm256_inserti128_si256(_mm256_castsi128_si256(lo), hi, 1);
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(out), encodeTranslate(encodeReshuffle(block)));
        out += 32;
    }
    return i;
}

__attribute__((target("avx2"))) size_t decodeBlocks(const uint8_t *in, size_t size, char *out) noexcept
{
    // Validity by nibbles: a character is in the alphabet exactly when its low-nibble and
    // high-nibble classes share no bit.
    const __m256i classLo = _mm256_setr_epi8(0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1A,
                                             0x1B, 0x1B, 0x1B, 0x1A, //
                                             0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1A,
                                             0x1B, 0x1B, 0x1B, 0x1A);
    const __m256i classHi = _mm256_setr_epi8(0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10,
                                             0x10, 0x10, 0x10, 0x10, //
                                             0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10,
                                             0x10, 0x10, 0x10, 0x10);
    const __m256i roll = _mm256_setr_epi8(0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0, //
                                          0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
    const __m256i slash = _mm256_set1_epi8(0x2F);
    size_t i = 0;
    for (; i + 32 <= size; i += 32) {
        __m256i str = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(in + i));
        const __m256i hiNibbles = _mm256_and_si256(_mm256_srli_epi32(str, 4), slash);
        const __m256i loNibbles = _mm256_and_si256(str, slash);
        const __m256i hi = _mm256_shuffle_epi8(classHi, hiNibbles);
        const __m256i lo = _mm256_shuffle_epi8(classLo, loNibbles);
        if (!_mm256_testz_si256(lo, hi))
            break; // something other than alphabet characters: the scalar loop decides
        const __m256i isSlash = _mm256_cmpeq_epi8(str, slash);
        str = _mm256_add_epi8(str, _mm256_shuffle_epi8(roll, _mm256_add_epi8(isSlash, hiNibbles)));
        // Four six-bit values → three bytes, then pack each lane's 12 bytes and the two lanes.
        const __m256i pairs = _mm256_maddubs_epi16(str, _mm256_set1_epi32(0x01400140));
        __m256i bytes = _mm256_madd_epi16(pairs, _mm256_set1_epi32(0x00011000));
        bytes = _mm256_shuffle_epi8(bytes, _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, //
                                                            2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1));
        bytes = _mm256_permutevar8x32_epi32(bytes, _mm256_setr_epi32(0, 1, 2, 4, 5, 6, -1, -1));
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(out), bytes);
        out += 24;
    }
    return i;
}

#else

bool available() noexcept
{
    return false;
}
size_t encodeBlocks(const uint8_t *, size_t, char *) noexcept
{
    return 0;
}
size_t decodeBlocks(const uint8_t *, size_t, char *) noexcept
{
    return 0;
}

#endif

} // namespace switchboard::micro::base64::simd
