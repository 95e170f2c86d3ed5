// Protobuf from anyone: the schema-less decoder (and its text and JSON renderings), and both
// directions of the schema codec for a message type with every shape (tests/data/proto's Order:
// oneof, maps, nested, repeated, enums, the well-known types, Any), and the schema decoder
// against protobuf's own parser on the same bytes. The first byte picks the path.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "proto/ProtoCodec.h"
#include "proto/RawDecoder.h"
#include "proto/RawFormat.h"
#include "proto/SchemaDecoder.h"
#include "proto/SchemaSet.h"

using namespace switchboard::proto;

namespace {

const SchemaSet &shop()
{
    static const SchemaSetPtr set =
        SchemaSet::load({{std::string(SB_PROTO_DIR) + "/shop/v1/shop.proto"}, {SB_PROTO_DIR}, {}}).set;
    return *set;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view input(reinterpret_cast<const char *>(data) + 1, size - 1);
    const auto *order = shop().findMessage("shop.v1.Order");
    const auto *tree = shop().findMessage("shop.v1.Tree");
    switch (data[0] % 5) {
    case 0: {
        const auto decoded = decodeRaw(input);
        (void)rawText(input, decoded);
        (void)rawJson(input, decoded).dump(); // throws on invalid UTF-8: must not happen
        break;
    }
    case 1: {
        const auto encoded = ProtoCodec::fromJson(shop(), order, input);
        if (encoded.ok()) {
            // What we encoded must decode again.
            if (!ProtoCodec::toJson(shop(), order, encoded.data).ok())
                __builtin_trap();
        }
        break;
    }
    case 2:
        (void)ProtoCodec::toJson(shop(), order, input, {true, true, false});
        break;
    case 3:
        (void)ProtoCodec::toJson(shop(), tree, input);
        (void)ProtoCodec::fromJson(shop(), tree, input);
        break;
    case 4:
        // The schema decoder must accept, refuse and read exactly as protobuf's parser does.
        if (!differenceFromProtobuf(shop(), order, input).empty() || !differenceFromProtobuf(shop(), tree, input).empty())
            __builtin_trap();
        break;
    }
    return 0;
}
