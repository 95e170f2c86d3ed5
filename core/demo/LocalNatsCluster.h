#pragma once
// Real nats-server processes on 127.0.0.1 with free ports (never 4222): one server, or a cluster
// with zone tags ("az:<zone>"), HTTP monitoring and a system account. Used by the demo and, with
// another directory prefix, by every test. Servers die with this process (PR_SET_PDEATHSIG, even
// on a crash) and are stopped by the destructor; config files live in a temporary directory that
// is removed at the end.

#include <string>
#include <vector>

#include <sys/types.h>

namespace switchboard::demo {

struct LocalNatsOptions {
    int servers = 1;                       ///< 1, or 3 for a cluster
    std::vector<std::string> zones = {"az-a", "az-b", "az-c"}; ///< server_tags "az:<zone>" per server
    bool monitoring = true;                ///< HTTP monitoring port per server
    bool systemAccount = false;            ///< accounts APP (appUser) and SYS (systemUser)
    std::string appUser = "app", appPassword = "app";
    std::string systemUser = "sys", systemPassword = "sys";
    std::string user, password;            ///< plain user auth (single account)
    std::string token;                     ///< token auth
    std::string nkeyPublic;                ///< nkey user auth
    bool jetStream = false;                ///< JetStream on (file store in the temporary directory)
    std::string extraConfig;               ///< appended verbatim to every server's config
    bool serverNames = true;               ///< false: no server_name, a server goes by its id (new at each start)
    std::string directoryPrefix = "/tmp/switchboard-nats-"; ///< of the temporary config directory
};

class LocalNatsCluster {
public:
    explicit LocalNatsCluster(LocalNatsOptions options = {});
    ~LocalNatsCluster();
    LocalNatsCluster(const LocalNatsCluster &) = delete;
    LocalNatsCluster &operator=(const LocalNatsCluster &) = delete;

    /// Starts every server and waits until all accept clients (and routes are up in a cluster).
    void start();
    void stop();
    /// Hard kill of one server (kill -9), as a crash.
    void kill(int index);
    /// Clean stop of one server.
    void stopServer(int index);
    [[nodiscard]] bool isRunning(int index) const;
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
    [[nodiscard]] const std::string &zone(int index) const { return m_nodes.at(static_cast<size_t>(index)).zone; }
    [[nodiscard]] const std::string &serverName(int index) const { return m_nodes.at(static_cast<size_t>(index)).name; }
    [[nodiscard]] const LocalNatsOptions &options() const { return m_options; }

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

    LocalNatsOptions m_options;
    std::string m_dir;
    std::vector<Node> m_nodes;
};

/// The installed nats-server, or empty when there is none ($NATS_SERVER_BIN overrides).
[[nodiscard]] std::string findNatsServer();
/// A TCP port that was free a moment ago on 127.0.0.1.
[[nodiscard]] int freePort();
/// The PIDs of nats-server processes whose command line mentions the given text.
[[nodiscard]] std::vector<pid_t> natsServersMentioning(const std::string &text);

} // namespace switchboard::demo
