#pragma once
// Test fixture: the demo's LocalNatsCluster with its own directory prefix, so the leak check
// finds servers that a test left behind.

#include <string>
#include <vector>

#include "demo/LocalNatsCluster.h"

namespace switchboard::testing {

using NatsServerOptions = demo::LocalNatsOptions;
using demo::freePort;
using demo::natsServersMentioning;

class NatsServer : public demo::LocalNatsCluster {
public:
    /// Prefix of every fixture directory; the leak check looks for servers started from it.
    static constexpr const char *kDirectoryPrefix = "/tmp/sbtest-";

    explicit NatsServer(NatsServerOptions options = {})
        : demo::LocalNatsCluster(withTestPrefix(std::move(options)))
    {
    }

private:
    static NatsServerOptions withTestPrefix(NatsServerOptions o)
    {
        o.directoryPrefix = kDirectoryPrefix;
        return o;
    }
};

/// Body of an HTTP GET on 127.0.0.1:port, or an empty string.
[[nodiscard]] std::string httpGet(int port, const std::string &path, int timeoutMs = 2000);

} // namespace switchboard::testing
