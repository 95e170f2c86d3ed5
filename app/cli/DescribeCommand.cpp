// switchboard-cli describe SERVICE: versions, nodes and endpoints with their type trees.
#include "Commands.h"

#include <iostream>

#include <nlohmann/json.hpp>

#include "Printing.h"
#include "Translate.h"
#include "micro/Registry.h"
#include "micro/RegistryCodec.h"
#include "nats/Connection.h"
#include "srv/SrvDiscovery.h"

namespace switchboard::cli {
namespace {

void printValue(const micro::Value &v, int depth)
{
    std::cout << std::string(static_cast<size_t>(depth) * 2, ' ') << v.name << ' ' << v.type << '\n';
    if (v.values)
        for (const auto &child : *v.values)
            printValue(child, depth + 1);
}

void printService(const micro::Service &s)
{
    std::cout << s.name << ' ' << s.version << '\n';
    std::cout << "  " << tr("nodes:") << '\n';
    std::vector<std::vector<std::string>> rows;
    for (const auto &n : s.nodes.value_or(std::vector<micro::Node>{})) {
        std::string meta;
        for (const auto &[k, v] : n.metadata.value_or(micro::Metadata{}))
            meta += (meta.empty() ? "" : " ") + k + "=" + v;
        rows.push_back({"    " + n.id, n.address, meta});
    }
    printTable(rows);
    std::cout << "  " << tr("endpoints:") << '\n';
    for (const auto &e : s.endpoints.value_or(std::vector<micro::Endpoint>{})) {
        const auto md = e.metadata.value_or(micro::Metadata{});
        if (md.count("subscriber"))
            std::cout << "    " << tr("%1  (subscriber of %2)", e.name, md.count("topic") ? md.at("topic") : "?") << '\n';
        else
            std::cout << "    " << e.name << '\n';
        if (e.request) {
            std::cout << "      " << tr("request:") << '\n';
            printValue(*e.request, 4);
        }
        if (e.response) {
            std::cout << "      " << tr("response:") << '\n';
            printValue(*e.response, 4);
        }
    }
}

int describeSrv(const CliContext &ctx, nats::Connection &conn, const std::string &name)
{
    const srv::SrvSweepResult info = srv::discover(conn, srv::Verb::Info, name);
    if (info.instances.empty())
        throw CommandFailure{ExitRemoteError, tr("service %1 not found (neither go-micro nor $SRV)", name)};
    const srv::SrvSweepResult stats = srv::discover(conn, srv::Verb::Stats, name);
    auto statsOf = [&](const std::string &id, const std::string &endpoint) -> const srv::SrvEndpoint * {
        for (const auto &i : stats.instances)
            if (i.id == id)
                for (const auto &e : i.endpoints)
                    if (e.name == endpoint)
                        return &e;
        return nullptr;
    };
    if (ctx.json()) {
        auto out = nlohmann::ordered_json::array();
        for (const auto &i : info.instances) {
            auto endpoints = nlohmann::ordered_json::array();
            for (const auto &e : i.endpoints) {
                nlohmann::ordered_json ej{{"name", e.name}, {"subject", e.subject}, {"queue_group", e.queueGroup.value_or("")},
                                          {"metadata", e.metadata.value_or(srv::Metadata{})}};
                if (const auto *s = statsOf(i.id, e.name)) {
                    ej["num_requests"] = s->numRequests;
                    ej["num_errors"] = s->numErrors;
                    ej["average_processing_time_ns"] = s->averageProcessingTimeNs;
                }
                endpoints.push_back(ej);
            }
            out.push_back({{"protocol", "nats-micro"}, {"name", i.name}, {"id", i.id}, {"version", i.version},
                           {"description", i.description}, {"metadata", i.metadata}, {"endpoints", endpoints}});
        }
        std::cout << jsonText(out, 2) << '\n';
        return ExitOk;
    }
    for (const auto &i : info.instances) {
        std::cout << i.name << ' ' << i.version << "  ($SRV " << i.id << ")\n";
        if (!i.description.empty())
            std::cout << "  " << i.description << '\n';
        for (const auto &[k, v] : i.metadata)
            std::cout << "  " << k << "=" << v << '\n';
        std::cout << "  " << tr("endpoints:") << '\n';
        for (const auto &e : i.endpoints) {
            std::cout << "    " << e.name << "  " << tr("subject %1", e.subject);
            if (e.queueGroup)
                std::cout << "  " << tr("queue %1", e.queueGroup->empty() ? "-" : *e.queueGroup);
            if (const auto *s = statsOf(i.id, e.name))
                std::cout << "  " << tr("%1 requests, %2 errors", std::to_string(s->numRequests), std::to_string(s->numErrors));
            std::cout << '\n';
            for (const auto &[k, v] : e.metadata.value_or(srv::Metadata{}))
                std::cout << "      " << k << ": " << v << '\n';
        }
    }
    return ExitOk;
}

} // namespace

int runDescribe(const CliContext &ctx)
{
    const std::string name = ctx.positional(0, "SERVICE");
    auto conn = ctx.connect();
    micro::Registry registry(conn);
    const micro::SweepResult sweep = registry.getService(name);
    for (const auto &e : sweep.errors)
        std::cerr << tr("warning: a service answered with something unreadable: %1", e) << '\n';
    if (sweep.services.empty())
        return describeSrv(ctx, *conn, name);
    if (ctx.json()) {
        auto out = nlohmann::ordered_json::array();
        for (const auto &s : sweep.services)
            out.push_back(nlohmann::ordered_json::parse(micro::encodeService(s, micro::WireLayout::Legacy)));
        std::cout << jsonText(out, 2) << '\n';
        return ExitOk;
    }
    for (const auto &s : sweep.services)
        printService(s);
    return ExitOk;
}

} // namespace switchboard::cli
