#pragma once
// One demo service node: its own NATS connection (as a separate process would have), a client for
// calls to other services, a broker, and the go-micro or $SRV server it hosts.

#include <chrono>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "micro/Broker.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"
#include "srv/SrvService.h"

namespace switchboard::demo {

struct DemoNode {
    std::string service;
    int zone = 0;
    /// Sends Micro-From-Service on calls (go-micro's wrapper.FromService does the same).
    bool announceCaller = true;
    std::shared_ptr<nats::Connection> conn;
    std::shared_ptr<micro::Registry> registry;
    std::unique_ptr<micro::RpcClient> client;
    std::unique_ptr<micro::Broker> broker;
    std::unique_ptr<micro::RpcServer> server;   // destroyed before what its handlers use
    std::unique_ptr<srv::SrvService> srvService;

    micro::CallResult call(const std::string &service, const std::string &endpoint, const nlohmann::json &body)
    {
        micro::CallRequest r;
        r.service = service;
        r.endpoint = endpoint;
        r.body = body.dump();
        r.timeout = std::chrono::seconds(2);
        // What go-micro's wrapper.FromService adds: lets observers draw caller → callee edges.
        if (announceCaller)
            r.headers["Micro-From-Service"] = this->service;
        return client->call(r);
    }
};

} // namespace switchboard::demo
