#include "CliContext.h"

#include <cstdlib>

#include "Translate.h"
#include "nats/Connection.h"
#include "nats/Error.h"

namespace switchboard::cli {

CliContext::CliContext(const Arguments &args)
    : m_args(args)
{
    std::string servers = args.valueOr("--server", "");
    if (servers.empty()) {
        const char *env = std::getenv("NATS_URL");
        servers = env && *env ? env : "nats://127.0.0.1:4222";
    }
    m_options.servers = nats::ConnectOptions::splitServers(servers);
    if (m_options.servers.empty())
        throw UsageError(tr("--server needs at least one URL"));
    m_options.name = "switchboard-cli";
    m_options.user = args.valueOr("--user", "");
    m_options.password = args.valueOr("--password", "");
    m_options.token = args.valueOr("--token", "");
    m_options.credsFile = args.valueOr("--creds", "");
    m_options.nkeySeedFile = args.valueOr("--nkey", "");
    m_options.tlsCaFile = args.valueOr("--tlsca", "");
    m_options.tlsCertFile = args.valueOr("--tlscert", "");
    m_options.tlsKeyFile = args.valueOr("--tlskey", "");
    m_options.maxReconnect = 5;
}

std::shared_ptr<nats::Connection> CliContext::connect(bool sendAsap) const
{
    nats::ConnectOptions options = m_options;
    options.sendAsap = sendAsap;
    try {
        return nats::Connection::connect(options);
    } catch (const nats::Error &e) {
        throw CommandFailure{ExitConnection, e.what()};
    }
}

std::string CliContext::positional(size_t index, const char *name) const
{
    // positionals()[0] is the command itself
    if (index + 1 >= m_args.positionals().size())
        throw UsageError(tr("missing %1", name));
    return m_args.positionals()[index + 1];
}

} // namespace switchboard::cli

namespace switchboard::cli {

std::vector<std::string> CliContext::monitorUrls() const
{
    std::vector<std::string> urls;
    for (std::string url : nats::ConnectOptions::splitServers(m_args.valueOr("--monitor", ""))) {
        if (url.rfind("nats://", 0) == 0) // splitServers adds nats:// to a bare host:port
            url = "http://" + url.substr(7);
        urls.push_back(std::move(url));
    }
    return urls;
}

micro::Header CliContext::headers() const
{
    micro::Header out;
    for (const std::string &h : m_args.values("--header")) {
        const size_t eq = h.find('=');
        if (eq == std::string::npos || eq == 0)
            throw UsageError(tr("header '%1' must look like KEY=VALUE", h));
        out[h.substr(0, eq)] = h.substr(eq + 1);
    }
    return out;
}

} // namespace switchboard::cli
