#include "ProtoCodec.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/util/json_util.h>

#include "LibraryLog.h"
#include "RawDecoder.h"

namespace switchboard::proto {

namespace {

constexpr size_t kMaxInputBytes = 64u << 20;

// Protobuf's add_whitespace indents by one space; this indents compact JSON by two, as every
// other JSON Switchboard shows, without re-parsing (numbers keep protobuf's spelling).
std::string indented(std::string_view compact)
{
    std::string out;
    out.reserve(compact.size() * 2);
    int depth = 0;
    bool inString = false;
    auto newline = [&] {
        out += '\n';
        out.append(size_t(depth) * 2, ' ');
    };
    for (size_t i = 0; i < compact.size(); ++i) {
        const char c = compact[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < compact.size())
                out += compact[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"': inString = true; out += c; break;
        case '{':
        case '[':
            out += c;
            if (i + 1 < compact.size() && (compact[i + 1] == '}' || compact[i + 1] == ']')) {
                out += compact[++i]; // {} and [] stay on one line
                break;
            }
            ++depth;
            newline();
            break;
        case '}':
        case ']': --depth; newline(); out += c; break;
        case ',': out += c; newline(); break;
        case ':': out += ": "; break;
        default: out += c;
        }
    }
    return out;
}

std::string typeName(const gpb::Descriptor *type) { return type ? type->full_name() : std::string("(none)"); }

// Protobuf says only "failed"; our own reader of the wire format says where and why.
std::string whyNotParsed(const gpb::Message &message, std::string_view bytes)
{
    const auto raw = decodeRaw(bytes, RawDecodeLimits{kMaxParseDepth + 2, 1000000});
    if (!raw.ok())
        return raw.error + " (at byte " + std::to_string(raw.errorOffset) + ")";
    if (raw.depthCut)
        return "nested deeper than " + std::to_string(kMaxParseDepth) + " levels";
    const std::string logged = takeLibraryMessage();
    if (!message.IsInitialized())
        return "required fields are missing: " + message.InitializationErrorString();
    return logged.empty() ? std::string("a field's wire type or content does not fit its declaration") : logged;
}

} // namespace

std::string ProtoCodec::parse(gpb::Message &message, std::string_view bytes)
{
    quietLibraryLog();
    if (bytes.size() > kMaxInputBytes)
        return "larger than 64 MiB";
    (void)takeLibraryMessage(); // an older thread-local message is not about this parse
    // IsInitialized walks the whole message by reflection; only proto2 has required fields.
    const bool proto2 = message.GetDescriptor()->file()->syntax() == gpb::FileDescriptor::SYNTAX_PROTO2;
    if (message.ParsePartialFromArray(bytes.data(), static_cast<int>(bytes.size())) && (!proto2 || message.IsInitialized()))
        return {};
    return "not a " + message.GetDescriptor()->full_name() + ": " + whyNotParsed(message, bytes);
}

Converted ProtoCodec::fromJson(const SchemaSet &schemas, const gpb::Descriptor *type, std::string_view json)
{
    quietLibraryLog();
    Converted out;
    auto message = schemas.newMessage(type);
    if (!message) {
        out.error = "the message type " + typeName(type) + " is not in the imported schemas";
        return out;
    }
    if (json.size() > kMaxInputBytes) {
        out.error = "the JSON is larger than 64 MiB";
        return out;
    }
    gpb::util::JsonParseOptions options;
    options.ignore_unknown_fields = false;
    const auto status = gpb::util::JsonStringToMessage(gpb::StringPiece(json.data(), json.size()), message.get(), options);
    if (!status.ok()) {
        out.error = "the JSON is not a " + type->full_name() + ": " + std::string(status.message());
        return out;
    }
    if (!message->IsInitialized()) {
        out.error = "the JSON is not a " + type->full_name() + ": required fields are missing: " +
                    message->InitializationErrorString();
        return out;
    }
    if (!message->SerializeToString(&out.data))
        out.error = type->full_name() + " could not be encoded (larger than 2 GiB)";
    return out;
}

Converted ProtoCodec::toJson(const SchemaSet &schemas, const gpb::Descriptor *type, std::string_view bytes,
                             const JsonOut &how)
{
    Converted out;
    auto message = schemas.newMessage(type);
    if (!message) {
        out.error = "the message type " + typeName(type) + " is not in the imported schemas";
        return out;
    }
    out.error = parse(*message, bytes);
    if (!out.ok())
        return out;
    gpb::util::JsonPrintOptions options;
    options.add_whitespace = false; // indented below, by two
    options.always_print_primitive_fields = how.withDefaults;
    options.preserve_proto_field_names = !how.lowerCamel;
    const auto status = gpb::util::MessageToJsonString(*message, &out.data, options);
    if (!status.ok()) {
        out.data.clear();
        out.error = type->full_name() + " has no JSON form: " + std::string(status.message());
    } else if (how.pretty) {
        out.data = indented(out.data);
    }
    return out;
}

} // namespace switchboard::proto
