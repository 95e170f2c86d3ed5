#pragma once
// The service of the go-micro capture (tests/data/captures/gomicro), rebuilt on our RpcServer.

#include <memory>
#include <string>

#include "micro/MicroError.h"
#include "micro/RpcServer.h"
#include "nlohmann/json.hpp"

namespace switchboard::testing {

inline micro::Value leaf(const std::string &name, const std::string &type)
{
    return micro::Value{name, type, std::nullopt};
}

inline micro::Value structValue(const std::string &type, std::vector<micro::Value> fields)
{
    return micro::Value{type, type, std::move(fields)};
}

/// go.micro.srv.greeter 1.0.0 with Greeter.Hello, Greeter.Fail and the Sub.Process subscriber.
inline std::unique_ptr<micro::RpcServer> makeCapturedGreeter(std::shared_ptr<nats::Connection> conn,
                                                             micro::RegistryOptions registry = {})
{
    micro::ServerOptions options;
    options.name = "go.micro.srv.greeter";
    options.version = "1.0.0";
    options.metadata = {{"zone", "az1"}};
    options.registry = std::move(registry);
    auto server = std::make_unique<micro::RpcServer>(std::move(conn), options);
    const auto request = structValue("Request", {leaf("name", "string")});
    const auto response = structValue("Response", {leaf("msg", "string")});
    server->handle(
        "Greeter.Hello",
        [](const micro::RpcRequest &r) {
            const auto in = nlohmann::json::parse(r.body);
            return nlohmann::json{{"msg", "Hello " + in.value("name", std::string())}}.dump();
        },
        request, response);
    server->handle(
        "Greeter.Fail",
        [](const micro::RpcRequest &r) -> std::string {
            const auto in = nlohmann::json::parse(r.body);
            throw micro::MicroError::badRequest("go.micro.srv.greeter.Greeter.Fail",
                                                "name \"" + in.value("name", std::string()) + "\" is not allowed");
        },
        request, response);
    server->subscribe(
        "go.micro.topic.greeter", [](const micro::BrokerEvent &) {}, {},
        structValue("Event", {leaf("id", "string"), leaf("timestamp", "int64"), leaf("message", "string")}),
        "Sub.Process");
    return server;
}

/// Replaces every occurrence of `from` with `to`.
inline std::string replaceAll(std::string s, const std::string &from, const std::string &to)
{
    for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
    return s;
}

} // namespace switchboard::testing
