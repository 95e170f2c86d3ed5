// libFuzzer: the schema → form model. The input is read three ways: as a JSON Schema ($SRV
// endpoints), as a go-micro registry Service whose endpoint types become forms, and as a value
// typed into the form built from it (the JSON tab). Building, filling and reading the form back
// must never crash, recurse without bound, or throw past the caller.
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "FormJson.h"
#include "FormNode.h"
#include "FormSchema.h"
#include "micro/JsonRead.h"
#include "micro/RegistryCodec.h"

using namespace switchboard;
using gui::FormNode;

namespace {

void roundTrip(const gui::FieldPtr &field, const nlohmann::json &value)
{
    if (!field)
        return;
    auto node = FormNode::make(field, FormNode::Place::Field);
    (void)gui::formNodeJson(*node);
    (void)gui::zeroJson(*field);
    (void)gui::fillFormNode(*node, value, QString());
    (void)gui::formNodeJson(*node);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    const auto json = nlohmann::json::parse(input, nullptr, /*allow_exceptions=*/false);
    if (!json.is_discarded()) {
        const auto field = gui::fieldFromJsonSchema(json);
        roundTrip(field, json);
        if (json.is_object() && json.contains("properties"))
            roundTrip(field, json["properties"]);
    }
    try {
        const micro::Service service = micro::decodeService(input);
        for (const micro::Endpoint &e : service.endpoints.value_or(std::vector<micro::Endpoint>{}))
            if (e.request)
                roundTrip(gui::fieldFromGoValue(*e.request), json.is_discarded() ? nlohmann::json() : json);
    } catch (const micro::DecodeError &) {
    }
    return 0;
}
