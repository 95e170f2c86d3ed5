#include "MethodMatcher.h"

#include <google/protobuf/descriptor.h>

namespace switchboard::proto {

namespace {

// A registry type name may come as Go writes it in places ("*pb.HelloRequest", "pb.HelloRequest").
std::string_view shortTypeName(std::string_view name)
{
    while (!name.empty() && (name.front() == '*' || name.front() == '['))
        name.remove_prefix(1);
    if (const auto dot = name.rfind('.'); dot != std::string_view::npos)
        name.remove_prefix(dot + 1);
    return name;
}

bool fits(const gpb::Descriptor *type, std::string_view registryName)
{
    return registryName.empty() || type->name() == shortTypeName(registryName);
}

} // namespace

MethodMatch matchEndpoint(const SchemaSet &schemas, std::string_view endpoint, std::string_view requestType,
                          std::string_view responseType)
{
    MethodMatch match;
    const auto dot = endpoint.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == endpoint.size())
        return match;
    const std::string_view serviceName = endpoint.substr(0, dot), methodName = endpoint.substr(dot + 1);
    for (const auto *service : schemas.services()) {
        if (service->name() != serviceName)
            continue;
        if (const auto *method = service->FindMethodByName(std::string(methodName)))
            match.candidates.push_back(method);
    }
    std::vector<const gpb::MethodDescriptor *> fitting;
    for (const auto *method : match.candidates)
        if (fits(method->input_type(), requestType) && fits(method->output_type(), responseType))
            fitting.push_back(method);
    if (fitting.size() == 1)
        match.method = fitting.front();
    return match;
}

const gpb::MethodDescriptor *findMethod(const SchemaSet &schemas, std::string_view fullName)
{
    if (!fullName.empty() && fullName.front() == '.')
        fullName.remove_prefix(1);
    return fullName.empty() ? nullptr : schemas.pool().FindMethodByName(std::string(fullName));
}

std::vector<const gpb::Descriptor *> messagesNamed(const SchemaSet &schemas, std::string_view name)
{
    std::vector<const gpb::Descriptor *> out;
    const auto wanted = shortTypeName(name);
    if (wanted.empty())
        return out;
    for (const auto *type : schemas.messages())
        if (type->name() == wanted)
            out.push_back(type);
    return out;
}

} // namespace switchboard::proto
