#include "RawDecoder.h"

#include "util/Utf8.h"

namespace switchboard::proto {

namespace {

class Reader {
public:
    Reader(std::string_view all, size_t begin, size_t end) : m_all(all), m_pos(begin), m_end(end) {}

    [[nodiscard]] bool atEnd() const noexcept { return m_pos >= m_end; }
    [[nodiscard]] size_t pos() const noexcept { return m_pos; }
    [[nodiscard]] size_t left() const noexcept { return m_end - m_pos; }

    bool varint(uint64_t &out)
    {
        out = 0;
        for (int i = 0; i < 10; ++i) {
            if (m_pos >= m_end)
                return false;
            const auto byte = static_cast<uint8_t>(m_all[m_pos++]);
            if (i == 9 && byte > 1)
                return false; // a tenth byte may only carry bit 63
            out |= uint64_t(byte & 0x7f) << (7 * i);
            if (!(byte & 0x80))
                return true;
        }
        return false;
    }
    bool fixed(int bytes, uint64_t &out)
    {
        if (left() < size_t(bytes))
            return false;
        out = 0;
        for (int i = 0; i < bytes; ++i)
            out |= uint64_t(static_cast<uint8_t>(m_all[m_pos + i])) << (8 * i);
        m_pos += bytes;
        return true;
    }
    void skip(size_t n) noexcept { m_pos += n; }

private:
    std::string_view m_all;
    size_t m_pos, m_end;
};

struct Decoder {
    std::string_view payload;
    RawDecodeLimits limits;
    size_t fieldCount = 0;
    bool depthCut = false;
    bool fieldsCut = false;

    // Decodes payload[begin, end) as a message. On a malformed field, returns false with
    // `error`/`errorAt` set and `out` holding what came before it.
    bool message(size_t begin, size_t end, int depth, std::vector<RawField> &out, std::string &error, size_t &errorAt)
    {
        Reader in(payload, begin, end);
        while (!in.atEnd()) {
            if (fieldCount >= limits.maxFields) {
                fieldsCut = true;
                return true;
            }
            RawField field;
            field.offset = static_cast<uint32_t>(in.pos());
            uint64_t key = 0;
            if (!in.varint(key))
                return fail(depth, error, errorAt, field.offset, [&] { return std::string("a field key that is not a varint"); });
            const uint64_t number = key >> 3;
            const auto wire = static_cast<unsigned>(key & 7);
            if (number == 0)
                return fail(depth, error, errorAt, field.offset, [&] { return std::string("field number 0 (numbers start at 1)"); });
            if (number > kMaxFieldNumber)
                return fail(depth, error, errorAt, field.offset, [&] { return std::string("field number " + std::to_string(number) + " is over the largest, 536870911"); });
            field.number = static_cast<uint32_t>(number);
            field.wire = static_cast<WireType>(wire);
            switch (field.wire) {
            case WireType::Varint:
                if (!in.varint(field.value))
                    return fail(depth, error, errorAt, field.offset, [&] { return std::string("field " + std::to_string(number) + ": a varint cut short or longer than 10 bytes"); });
                field.shown = RawField::Shown::Varint;
                break;
            case WireType::Fixed64:
                if (!in.fixed(8, field.value))
                    return fail(depth, error, errorAt, field.offset, [&] { return std::string("field " + std::to_string(number) + ": a fixed64 cut short"); });
                field.shown = RawField::Shown::Fixed64;
                break;
            case WireType::Fixed32:
                if (!in.fixed(4, field.value))
                    return fail(depth, error, errorAt, field.offset, [&] { return std::string("field " + std::to_string(number) + ": a fixed32 cut short"); });
                field.shown = RawField::Shown::Fixed32;
                break;
            case WireType::Len: {
                uint64_t length = 0;
                if (!in.varint(length))
                    return fail(depth, error, errorAt, field.offset, [&] { return std::string("field " + std::to_string(number) + ": a length that is not a varint"); });
                if (length > in.left())
                    return fail(depth, error, errorAt, field.offset, [&] { return std::string("field " + std::to_string(number) + ": a length of " + std::to_string(length) +
                                    " bytes runs past the end (" + std::to_string(in.left()) + " left)"); });
                field.dataOffset = static_cast<uint32_t>(in.pos());
                field.dataLength = static_cast<uint32_t>(length);
                in.skip(length);
                lengthDelimited(field, depth);
                break;
            }
            case WireType::StartGroup:
            case WireType::EndGroup:
                return fail(depth, error, errorAt, field.offset, [&] { return std::string("field " + std::to_string(number) + ": a group (wire type " + std::to_string(wire) +
                                "), which proto3 does not have; not decoded"); });
            default:
                return fail(depth, error, errorAt, field.offset, [&] { return std::string("field " + std::to_string(number) + ": wire type " + std::to_string(wire) + " does not exist"); });
            }
            ++fieldCount;
            out.push_back(std::move(field));
        }
        return true;
    }

    // A nested message when the bytes parse as one, to their last byte; else text or bytes.
    // Printable text without control bytes stays text even when it happens to parse: a nested
    // message's keys for its first fields are control bytes (0x08, 0x0a, 0x10, …).
    void lengthDelimited(RawField &field, int depth)
    {
        const std::string_view bytes = payload.substr(field.dataOffset, field.dataLength);
        if (bytes.empty()) {
            field.shown = RawField::Shown::Text;
            return;
        }
        const bool utf8 = !util::firstInvalidUtf8(bytes);
        bool control = false, printable = utf8;
        for (const char c : bytes) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20) {
                control = true;
                if (c != '\n' && c != '\r' && c != '\t')
                    printable = false;
            } else if (u == 0x7f) {
                printable = false;
            }
        }
        if (printable && !control) {
            field.shown = RawField::Shown::Text;
            return;
        }
        if (depth + 1 >= limits.maxDepth) {
            depthCut = true;
        } else {
            const size_t countBefore = fieldCount;
            std::vector<RawField> nested;
            std::string nestedError;
            size_t nestedAt = 0;
            if (message(field.dataOffset, field.dataOffset + field.dataLength, depth + 1, nested, nestedError, nestedAt) &&
                !nested.empty()) {
                field.shown = RawField::Shown::Message;
                field.fields = std::move(nested);
                return;
            }
            fieldCount = countBefore;
        }
        field.shown = printable ? RawField::Shown::Text : RawField::Shown::Bytes;
    }

    // Only the outermost level says why: a nested attempt that fails just makes its field text
    // or bytes, and building its sentence would cost more than the attempt (bench_proto).
    template<typename Why>
    static bool fail(int depth, std::string &error, size_t &errorAt, size_t at, Why why)
    {
        if (depth == 0) {
            error = why();
            errorAt = at;
        }
        return false;
    }
};

} // namespace

RawDecode decodeRaw(std::string_view payload, const RawDecodeLimits &limits)
{
    RawDecode result;
    if (payload.size() > UINT32_MAX) {
        result.error = "larger than 4 GiB";
        return result;
    }
    Decoder decoder{payload, limits};
    decoder.message(0, payload.size(), 0, result.fields, result.error, result.errorOffset);
    result.depthCut = decoder.depthCut;
    result.fieldsCut = decoder.fieldsCut;
    return result;
}

const char *wireTypeName(WireType wire)
{
    switch (wire) {
    case WireType::Varint: return "varint";
    case WireType::Fixed64: return "fixed64";
    case WireType::Len: return "length-delimited";
    case WireType::StartGroup: return "group start";
    case WireType::EndGroup: return "group end";
    case WireType::Fixed32: return "fixed32";
    }
    return "unknown";
}

} // namespace switchboard::proto
