#include "SchemaDecoder.h"

#include <bit>
#include <cstring>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/message.h>
#include <google/protobuf/unknown_field_set.h>

#include "ProtoCodec.h"

namespace switchboard::proto {
namespace {

using Field = gpb::FieldDescriptor;

/// protobuf's own UTF-8 rule for proto3 strings: well-formed, no overlong forms, no surrogates,
/// nothing above U+10FFFF.
bool validUtf8(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const auto *end = p + s.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        uint32_t min = 0, cp = 0;
        if ((*p & 0xE0) == 0xC0) { extra = 1; min = 0x80; cp = *p & 0x1F; }
        else if ((*p & 0xF0) == 0xE0) { extra = 2; min = 0x800; cp = *p & 0x0F; }
        else if ((*p & 0xF8) == 0xF0) { extra = 3; min = 0x10000; cp = *p & 0x07; }
        else return false;
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

/// The wire type a field's values come in when not packed.
WireType nativeWire(const Field *f)
{
    switch (f->type()) {
    case Field::TYPE_FIXED64: case Field::TYPE_SFIXED64: case Field::TYPE_DOUBLE: return WireType::Fixed64;
    case Field::TYPE_FIXED32: case Field::TYPE_SFIXED32: case Field::TYPE_FLOAT: return WireType::Fixed32;
    case Field::TYPE_STRING: case Field::TYPE_BYTES: case Field::TYPE_MESSAGE: return WireType::Len;
    case Field::TYPE_GROUP: return WireType::StartGroup;
    default: return WireType::Varint;
    }
}

/// The field numbered `number`: most messages number their fields 1, 2, 3… in declaration order,
/// so the declaration index finds it without the pool's hash lookup.
const Field *fieldNumbered(const gpb::Descriptor *type, uint32_t number)
{
    if (number >= 1 && number <= uint32_t(type->field_count()))
        if (const Field *f = type->field(int(number) - 1); f->number() == int(number))
            return f;
    return type->FindFieldByNumber(int(number));
}

class Reader {
public:
    Reader(std::string_view whole, std::vector<DecodedField> &out) : m_whole(whole), m_out(out) {}

    SchemaDecode run(const gpb::Descriptor *type)
    {
        readMessage(type, m_whole, -1, 0);
        return std::move(m_result);
    }

private:
    bool fail(const char *what, const char *at)
    {
        if (m_result.ok()) {
            m_result.status = SchemaDecode::Status::Invalid;
            m_result.error = what;
            m_result.errorOffset = size_t(at - m_whole.data());
        }
        return false;
    }
    bool unsupported(std::string what)
    {
        m_result.status = SchemaDecode::Status::Unsupported;
        m_result.error = std::move(what);
        return false;
    }

    /// protobuf's varint: at most ten bytes, bits past 64 dropped.
    bool varint(const char *&p, const char *end, uint64_t &value)
    {
        value = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            if (p == end)
                return fail("a varint runs past the end", p);
            const auto byte = static_cast<unsigned char>(*p++);
            if (shift < 64)
                value |= uint64_t(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return fail("a varint longer than ten bytes", p);
    }

    bool readMessage(const gpb::Descriptor *type, std::string_view bytes, int32_t parent, int depth)
    {
        if (type->file()->syntax() != gpb::FileDescriptor::SYNTAX_PROTO3)
            return unsupported(type->full_name() + " is not proto3");
        const char *p = bytes.data();
        const char *end = p + bytes.size();
        while (p < end) {
            const char *keyAt = p;
            uint64_t key = 0;
            // A key is read as protobuf reads it: five bytes at most, 32 bits kept.
            for (int i = 0, shift = 0;; ++i, shift += 7) {
                if (p == end)
                    return fail("a field key runs past the end", keyAt);
                if (i == 5)
                    return fail("a field key longer than five bytes", keyAt);
                const auto byte = static_cast<unsigned char>(*p++);
                key |= uint64_t(byte & 0x7F) << shift;
                if (!(byte & 0x80))
                    break;
            }
            const auto tag = static_cast<uint32_t>(key);
            const uint32_t number = tag >> 3;
            const auto wire = static_cast<WireType>(tag & 7);
            if (tag == 0 || number == 0)
                return fail("field number 0", keyAt);
            if (wire == WireType::StartGroup || wire == WireType::EndGroup)
                return unsupported("groups are read by protobuf's own parser");
            if (uint8_t(wire) > 5)
                return fail("an unknown wire type", keyAt);
            DecodedField d;
            d.number = number;
            d.wire = wire;
            d.parent = parent;
            switch (wire) {
            case WireType::Varint:
                if (!varint(p, end, d.bits))
                    return false;
                break;
            case WireType::Fixed64:
                if (end - p < 8)
                    return fail("a fixed64 runs past the end", keyAt);
                std::memcpy(&d.bits, p, 8); // little-endian hosts only (Debian amd64/arm64)
                p += 8;
                break;
            case WireType::Fixed32: {
                if (end - p < 4)
                    return fail("a fixed32 runs past the end", keyAt);
                uint32_t v = 0;
                std::memcpy(&v, p, 4);
                d.bits = v;
                p += 4;
                break;
            }
            default: {
                uint64_t length = 0;
                if (!varint(p, end, length))
                    return false;
                if (length > uint64_t(end - p))
                    return fail("a length runs past the end", keyAt);
                d.data = std::string_view(p, size_t(length));
                p += length;
                break;
            }
            }
            const Field *field = fieldNumbered(type, number);
            if (field && field->type() == Field::TYPE_GROUP)
                return unsupported("groups are read by protobuf's own parser");
            if (field && wire == nativeWire(field)) {
                d.field = field;
                if (field->type() == Field::TYPE_STRING && !validUtf8(d.data))
                    return fail("a string that is not UTF-8", keyAt);
                m_out.push_back(d);
                if (field->type() == Field::TYPE_MESSAGE) {
                    if (depth + 1 > kMaxParseDepth)
                        return fail("nested deeper than 100 messages", keyAt);
                    if (!readMessage(field->message_type(), d.data, int32_t(m_out.size() - 1), depth + 1))
                        return false;
                }
            } else if (field && field->is_repeated() && wire == WireType::Len && field->is_packable()) {
                d.field = field;
                if (!readPacked(d, keyAt))
                    return false;
            } else {
                m_out.push_back(d); // unknown, or not in its declared wire type: protobuf keeps it as unknown
            }
        }
        return true;
    }

    bool readPacked(const DecodedField &packed, const char *keyAt)
    {
        const char *p = packed.data.data();
        const char *end = p + packed.data.size();
        const WireType element = nativeWire(packed.field);
        const size_t width = element == WireType::Fixed64 ? 8 : element == WireType::Fixed32 ? 4 : 0;
        if (width && packed.data.size() % width)
            return fail("a packed field's length is not a multiple of its elements", keyAt);
        DecodedField d = packed;
        d.data = {};
        d.wire = element;
        d.packedElement = true;
        while (p < end) {
            if (width) {
                d.bits = 0;
                std::memcpy(&d.bits, p, width);
                p += width;
            } else if (!varint(p, end, d.bits)) {
                return false;
            }
            m_out.push_back(d);
        }
        return true;
    }

    std::string_view m_whole;
    std::vector<DecodedField> &m_out;
    SchemaDecode m_result;
};

template <typename T>
T as(uint64_t bits)
{
    if constexpr (sizeof(T) == 4)
        return std::bit_cast<T>(static_cast<uint32_t>(bits));
    else
        return std::bit_cast<T>(bits);
}

void setScalar(const DecodedField &d, gpb::Message &m)
{
    const auto *r = m.GetReflection();
    const Field *f = d.field;
    const bool rep = f->is_repeated();
    const uint64_t b = d.bits;
    const auto zig32 = [](uint32_t v) { return int32_t((v >> 1) ^ (~(v & 1) + 1)); };
    const auto zig64 = [](uint64_t v) { return int64_t((v >> 1) ^ (~(v & 1) + 1)); };
    switch (f->type()) {
    case Field::TYPE_INT32: case Field::TYPE_SFIXED32: case Field::TYPE_SINT32: {
        const int32_t v = f->type() == Field::TYPE_SINT32 ? zig32(uint32_t(b)) : int32_t(uint32_t(b));
        rep ? r->AddInt32(&m, f, v) : r->SetInt32(&m, f, v);
        break;
    }
    case Field::TYPE_INT64: case Field::TYPE_SFIXED64: case Field::TYPE_SINT64: {
        const int64_t v = f->type() == Field::TYPE_SINT64 ? zig64(b) : int64_t(b);
        rep ? r->AddInt64(&m, f, v) : r->SetInt64(&m, f, v);
        break;
    }
    case Field::TYPE_UINT32: case Field::TYPE_FIXED32:
        rep ? r->AddUInt32(&m, f, uint32_t(b)) : r->SetUInt32(&m, f, uint32_t(b));
        break;
    case Field::TYPE_UINT64: case Field::TYPE_FIXED64:
        rep ? r->AddUInt64(&m, f, b) : r->SetUInt64(&m, f, b);
        break;
    case Field::TYPE_BOOL:
        rep ? r->AddBool(&m, f, b != 0) : r->SetBool(&m, f, b != 0);
        break;
    case Field::TYPE_ENUM:
        rep ? r->AddEnumValue(&m, f, int32_t(uint32_t(b))) : r->SetEnumValue(&m, f, int32_t(uint32_t(b)));
        break;
    case Field::TYPE_FLOAT:
        rep ? r->AddFloat(&m, f, as<float>(b)) : r->SetFloat(&m, f, as<float>(b));
        break;
    case Field::TYPE_DOUBLE:
        rep ? r->AddDouble(&m, f, as<double>(b)) : r->SetDouble(&m, f, as<double>(b));
        break;
    case Field::TYPE_STRING: case Field::TYPE_BYTES:
        rep ? r->AddString(&m, f, std::string(d.data)) : r->SetString(&m, f, std::string(d.data));
        break;
    default:
        break;
    }
}

} // namespace

SchemaDecode decodeWithSchema(const gpb::Descriptor *type, std::string_view bytes, std::vector<DecodedField> &out)
{
    out.clear();
    if (!type) {
        SchemaDecode missing;
        missing.status = SchemaDecode::Status::Unsupported;
        missing.error = "no message type";
        return missing;
    }
    if (bytes.size() > (size_t(64) << 20)) {
        SchemaDecode large;
        large.status = SchemaDecode::Status::Invalid;
        large.error = "larger than 64 MiB";
        return large;
    }
    return Reader(bytes, out).run(type);
}

void buildMessage(const std::vector<DecodedField> &fields, gpb::Message &message)
{
    std::vector<gpb::Message *> messageOf(fields.size(), nullptr);
    for (size_t i = 0; i < fields.size(); ++i) {
        const DecodedField &d = fields[i];
        gpb::Message &m = d.parent < 0 ? message : *messageOf[size_t(d.parent)];
        const auto *r = m.GetReflection();
        if (!d.field) {
            auto *unknown = r->MutableUnknownFields(&m);
            switch (d.wire) {
            case WireType::Varint: unknown->AddVarint(int(d.number), d.bits); break;
            case WireType::Fixed64: unknown->AddFixed64(int(d.number), d.bits); break;
            case WireType::Fixed32: unknown->AddFixed32(int(d.number), uint32_t(d.bits)); break;
            default: unknown->AddLengthDelimited(int(d.number), std::string(d.data)); break;
            }
        } else if (d.field->type() == Field::TYPE_MESSAGE) {
            messageOf[i] = d.field->is_repeated() ? r->AddMessage(&m, d.field) : r->MutableMessage(&m, d.field);
        } else {
            setScalar(d, m);
        }
    }
}

namespace {

std::string deterministic(const gpb::Message &m)
{
    std::string out;
    gpb::io::StringOutputStream stream(&out);
    gpb::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    m.SerializeWithCachedSizes(&coded);
    return out;
}

} // namespace

std::string differenceFromProtobuf(const SchemaSet &schemas, const gpb::Descriptor *type, std::string_view bytes)
{
    std::vector<DecodedField> fields;
    const SchemaDecode ours = decodeWithSchema(type, bytes, fields);
    if (ours.status == SchemaDecode::Status::Unsupported)
        return {};
    auto parsed = schemas.newMessage(type);
    const bool theirs = ProtoCodec::parse(*parsed, bytes).empty();
    if (ours.ok() != theirs)
        return ours.ok() ? "accepted what protobuf refuses" : "refused what protobuf accepts: " + ours.error;
    if (!theirs)
        return {};
    auto built = schemas.newMessage(type);
    buildMessage(fields, *built);
    // Through bytes once more: a map rebuilt entry by entry keeps duplicate keys until parsed.
    auto reparsed = schemas.newMessage(type);
    const std::string builtBytes = built->SerializeAsString();
    if (!reparsed->ParsePartialFromArray(builtBytes.data(), int(builtBytes.size())))
        return "the rebuilt message does not parse";
    (void)parsed->ByteSizeLong();
    (void)reparsed->ByteSizeLong();
    if (deterministic(*parsed) != deterministic(*reparsed))
        return "the rebuilt message differs from protobuf's";
    return {};
}

} // namespace switchboard::proto
