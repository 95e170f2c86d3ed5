#pragma once
// Test fixture: real nats-server processes on 127.0.0.1 with free ports (never 4222).
// One server or a 3-server cluster with zone tags, HTTP monitoring and a system-account user.
// Servers die with the test process (PR_SET_PDEATHSIG) and are stopped by the destructor.

#include <string>
#include <vector>

#include <sys/types.h>

namespace switchboard::testing {

struct NatsServerOptions {
    int servers = 1;                       ///< 1, or 3 for a cluster
    std::vector<std::string> zones = {"az-a", "az-b", "az-c"}; ///< server_tags "az:<zone>" per server
    bool monitoring = true;                ///< HTTP monitoring port per server
    bool systemAccount = false;            ///< accounts: APP (user "app"/"app") and SYS (user "sys"/"sys")
    std::string user, password;            ///< plain user auth (single account)
    std::string token;                     ///< token auth
    std::string nkeyPublic;                ///< nkey user auth
    std::string extraConfig;               ///< appended verbatim to every server's config
};

class NatsServer {
public:
    explicit NatsServer(NatsServerOptions options = {});
    ~NatsServer();
    NatsServer(const NatsServer &) = delete;
    NatsServer &operator=(const NatsServer &) = delete;

    /// Starts every server and waits until all accept clients (and routes are up in a cluster).
    void start();
    void stop();
    /// Hard kill of one server (kill -9), as a crash.
    void kill(int index);
    /// Restarts one stopped or killed server on the same ports.
    void restart(int index);

    [[nodiscard]] std::string url(int index = 0) const;
    /// All client URLs, comma-separated.
    [[nodiscard]] std::string urls() const;
    [[nodiscard]] int clientPort(int index = 0) const { return m_nodes.at(index).clientPort; }
    [[nodiscard]] int monitorPort(int index = 0) const { return m_nodes.at(index).monitorPort; }
    [[nodiscard]] std::string monitorUrl(int index = 0) const;
    [[nodiscard]] pid_t pid(int index = 0) const { return m_nodes.at(index).pid; }
    [[nodiscard]] int size() const { return static_cast<int>(m_nodes.size()); }
    [[nodiscard]] const std::string &directory() const { return m_dir; }

    /// Prefix of every fixture directory; the leak check looks for servers started from it.
    static constexpr const char *kDirectoryPrefix = "/tmp/sbtest-";

private:
    struct Node {
        std::string name, zone, configPath;
        int clientPort = 0, clusterPort = 0, monitorPort = 0;
        pid_t pid = -1;
    };
    void writeConfig(const Node &node) const;
    void launch(Node &node);
    void waitReady(const Node &node) const;
    void waitForRoutes() const;
    void terminate(Node &node, int signal);

    NatsServerOptions m_options;
    std::string m_dir;
    std::vector<Node> m_nodes;
};

/// A TCP port that was free a moment ago on 127.0.0.1.
[[nodiscard]] int freePort();
/// Minimal blocking HTTP GET on 127.0.0.1; returns the body, or an empty string on failure.
[[nodiscard]] std::string httpGet(int port, const std::string &path, int timeoutMs = 2000);
/// The PIDs of nats-server processes whose command line mentions the given text.
[[nodiscard]] std::vector<pid_t> natsServersMentioning(const std::string &text);

} // namespace switchboard::testing
