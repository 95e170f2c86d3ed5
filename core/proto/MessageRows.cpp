#include "MessageRows.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/unknown_field_set.h>

#include <charconv>
#include <cinttypes>
#include <cstdio>
#include <ctime>

#include "RawFormat.h"

namespace switchboard::proto {

namespace {

using gpb::FieldDescriptor;

std::string cut(std::string text)
{
    if (text.size() <= kMaxRowValue)
        return text;
    size_t end = kMaxRowValue;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end; // not inside a UTF-8 sequence
    text.resize(end);
    return text + "\xE2\x80\xA6"; // …
}

template <typename Float>
std::string shortest(Float value)
{
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

/// 2026-12-06T15:04:05.123Z: what protobuf's JSON mapping writes for a Timestamp.
std::string timestampText(int64_t seconds, int32_t nanos)
{
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    if (!gmtime_r(&t, &tm))
        return std::to_string(seconds) + "s";
    char date[40];
    std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tm);
    std::string out = date;
    if (nanos > 0) {
        char fraction[16];
        std::snprintf(fraction, sizeof fraction, "%09d", nanos);
        std::string digits = fraction;
        while (digits.size() > 3 && digits.ends_with("000")) // 3, 6 or 9 digits, as the JSON mapping
            digits.resize(digits.size() - 3);
        out += "." + digits;
    }
    return out + "Z";
}

std::string durationText(int64_t seconds, int32_t nanos)
{
    std::string out = (seconds < 0 || nanos < 0) && seconds == 0 ? "-0" : std::to_string(seconds);
    if (nanos != 0) {
        char fraction[16];
        std::snprintf(fraction, sizeof fraction, ".%09d", nanos < 0 ? -nanos : nanos);
        std::string f = fraction;
        while (f.back() == '0')
            f.pop_back();
        out += f;
    }
    return out + "s";
}

std::string typeName(const FieldDescriptor *f)
{
    switch (f->cpp_type()) {
    case FieldDescriptor::CPPTYPE_ENUM: return "enum " + f->enum_type()->full_name();
    case FieldDescriptor::CPPTYPE_MESSAGE: return f->message_type()->full_name();
    default: return f->type_name();
    }
}

class RowWriter {
public:
    RowWriter(MessageRows &out, size_t max) : m_out(out), m_max(max) {}

    bool add(MessageRow row)
    {
        if (m_out.rows.size() >= m_max) {
            m_out.cut = true;
            return false;
        }
        m_out.rows.push_back(std::move(row));
        return true;
    }

    void message(const gpb::Message &m, int depth)
    {
        const gpb::Reflection *r = m.GetReflection();
        std::vector<const FieldDescriptor *> fields;
        r->ListFields(m, &fields);
        for (const FieldDescriptor *f : fields) {
            if (m_out.cut)
                return;
            if (f->is_map())
                mapField(m, f, depth);
            else if (f->is_repeated())
                repeatedField(m, f, depth);
            else
                value(m, f, -1, f->name(), f->number(), depth);
        }
        unknown(r->GetUnknownFields(m), depth);
    }

private:
    /// A singular field (index −1) or a repeated field's element.
    void value(const gpb::Message &m, const FieldDescriptor *f, int index, std::string name, int number, int depth)
    {
        const gpb::Reflection *r = m.GetReflection();
        if (f->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE) {
            add({depth, std::move(name), typeName(f), scalar(m, f, index), number});
            return;
        }
        const gpb::Message &child = index < 0 ? r->GetMessage(m, f) : r->GetRepeatedMessage(m, f, index);
        if (std::string known = wellKnown(child); !known.empty()) {
            add({depth, std::move(name), typeName(f), std::move(known), number});
            return;
        }
        if (add({depth, std::move(name), typeName(f), {}, number}))
            message(child, depth + 1);
    }

    void repeatedField(const gpb::Message &m, const FieldDescriptor *f, int depth)
    {
        const int n = m.GetReflection()->FieldSize(m, f);
        if (!add({depth, f->name(), "repeated " + typeName(f), "[" + std::to_string(n) + "]", f->number()}))
            return;
        for (int i = 0; i < n && !m_out.cut; ++i)
            value(m, f, i, "[" + std::to_string(i) + "]", 0, depth + 1);
    }

    void mapField(const gpb::Message &m, const FieldDescriptor *f, int depth)
    {
        const gpb::Reflection *r = m.GetReflection();
        const int n = r->FieldSize(m, f);
        const FieldDescriptor *key = f->message_type()->map_key();
        const FieldDescriptor *val = f->message_type()->map_value();
        const std::string type = "map<" + typeName(key) + ", " + typeName(val) + ">";
        if (!add({depth, f->name(), type, "{" + std::to_string(n) + "}", f->number()}))
            return;
        for (int i = 0; i < n && !m_out.cut; ++i) {
            const gpb::Message &entry = r->GetRepeatedMessage(m, f, i);
            value(entry, val, -1, scalar(entry, key, -1), 0, depth + 1);
        }
    }

    void unknown(const gpb::UnknownFieldSet &set, int depth)
    {
        for (int i = 0; i < set.field_count() && !m_out.cut; ++i) {
            const gpb::UnknownField &u = set.field(i);
            const std::string name = std::to_string(u.number());
            switch (u.type()) {
            case gpb::UnknownField::TYPE_VARINT: add({depth, name, "unknown varint", std::to_string(u.varint()), u.number()}); break;
            case gpb::UnknownField::TYPE_FIXED32: add({depth, name, "unknown fixed32", std::to_string(u.fixed32()), u.number()}); break;
            case gpb::UnknownField::TYPE_FIXED64: add({depth, name, "unknown fixed64", std::to_string(u.fixed64()), u.number()}); break;
            case gpb::UnknownField::TYPE_LENGTH_DELIMITED:
                add({depth, name, "unknown bytes", cut("\"" + cEscaped(u.length_delimited()) + "\""), u.number()});
                break;
            case gpb::UnknownField::TYPE_GROUP:
                if (add({depth, name, "unknown group", {}, u.number()}))
                    unknown(u.group(), depth + 1);
                break;
            }
        }
    }

    static std::string scalar(const gpb::Message &m, const FieldDescriptor *f, int i)
    {
        const gpb::Reflection *r = m.GetReflection();
        const bool one = i < 0;
        switch (f->cpp_type()) {
        case FieldDescriptor::CPPTYPE_INT32: return std::to_string(one ? r->GetInt32(m, f) : r->GetRepeatedInt32(m, f, i));
        case FieldDescriptor::CPPTYPE_INT64: return std::to_string(one ? r->GetInt64(m, f) : r->GetRepeatedInt64(m, f, i));
        case FieldDescriptor::CPPTYPE_UINT32: return std::to_string(one ? r->GetUInt32(m, f) : r->GetRepeatedUInt32(m, f, i));
        case FieldDescriptor::CPPTYPE_UINT64: return std::to_string(one ? r->GetUInt64(m, f) : r->GetRepeatedUInt64(m, f, i));
        case FieldDescriptor::CPPTYPE_DOUBLE: return shortest(one ? r->GetDouble(m, f) : r->GetRepeatedDouble(m, f, i));
        case FieldDescriptor::CPPTYPE_FLOAT: return shortest(one ? r->GetFloat(m, f) : r->GetRepeatedFloat(m, f, i));
        case FieldDescriptor::CPPTYPE_BOOL: return (one ? r->GetBool(m, f) : r->GetRepeatedBool(m, f, i)) ? "true" : "false";
        case FieldDescriptor::CPPTYPE_ENUM: {
            const int number = one ? r->GetEnumValue(m, f) : r->GetRepeatedEnumValue(m, f, i);
            const gpb::EnumValueDescriptor *v = f->enum_type()->FindValueByNumber(number);
            return v ? v->name() : std::to_string(number) + " (not in the enum)";
        }
        case FieldDescriptor::CPPTYPE_STRING: {
            std::string scratch;
            const std::string &s = one ? r->GetStringReference(m, f, &scratch) : r->GetRepeatedStringReference(m, f, i, &scratch);
            return cut("\"" + (f->type() == FieldDescriptor::TYPE_BYTES ? cEscaped(s) : s) + "\"");
        }
        case FieldDescriptor::CPPTYPE_MESSAGE: return {};
        }
        return {};
    }

    /// Timestamp, Duration and the wrappers read as one value, as their JSON mapping writes them.
    static std::string wellKnown(const gpb::Message &m)
    {
        const gpb::Descriptor *d = m.GetDescriptor();
        if (d->file()->package() != "google.protobuf")
            return {};
        const gpb::Reflection *r = m.GetReflection();
        const std::string &name = d->name();
        if (name == "Timestamp" || name == "Duration") {
            const int64_t seconds = r->GetInt64(m, d->FindFieldByNumber(1));
            const int32_t nanos = r->GetInt32(m, d->FindFieldByNumber(2));
            return name == "Timestamp" ? timestampText(seconds, nanos) : durationText(seconds, nanos);
        }
        if (name.size() > 5 && name.ends_with("Value") && name != "Value" && d->field_count() == 1)
            return scalar(m, d->field(0), -1); // Int64Value, StringValue, …
        return {};
    }

    MessageRows &m_out;
    size_t m_max;
};

void appendRaw(RowWriter &w, std::string_view payload, const std::vector<RawField> &fields, int depth)
{
    for (const auto &f : fields) {
        const std::string name = std::to_string(f.number);
        const int number = static_cast<int>(f.number);
        bool more = true;
        switch (f.shown) {
        case RawField::Shown::Varint: more = w.add({depth, name, "varint", std::to_string(f.value), number}); break;
        case RawField::Shown::Fixed64: {
            char hex[24];
            std::snprintf(hex, sizeof hex, "0x%016" PRIx64, f.value);
            more = w.add({depth, name, "fixed64", hex, number});
            break;
        }
        case RawField::Shown::Fixed32: {
            char hex[16];
            std::snprintf(hex, sizeof hex, "0x%08" PRIx32, static_cast<uint32_t>(f.value));
            more = w.add({depth, name, "fixed32", hex, number});
            break;
        }
        case RawField::Shown::Message:
            more = w.add({depth, name, "message", {}, number});
            if (more)
                appendRaw(w, payload, f.fields, depth + 1);
            break;
        case RawField::Shown::Text:
        case RawField::Shown::Bytes:
            more = w.add({depth, name, f.shown == RawField::Shown::Text ? "string" : "bytes",
                          cut("\"" + cEscaped(payload.substr(f.dataOffset, f.dataLength)) + "\""), number});
            break;
        }
        if (!more)
            return;
    }
}

} // namespace

MessageRows messageRows(const gpb::Message &message, size_t maxRows)
{
    MessageRows out;
    RowWriter(out, maxRows).message(message, 0);
    return out;
}

MessageRows rawRows(std::string_view payload, const RawDecode &decode, size_t maxRows)
{
    MessageRows out;
    RowWriter w(out, maxRows);
    appendRaw(w, payload, decode.fields, 0);
    return out;
}

} // namespace switchboard::proto
