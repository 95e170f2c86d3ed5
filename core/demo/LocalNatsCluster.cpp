#include "LocalNatsCluster.h"

#include "util/HttpGet.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace switchboard::demo {
namespace {

using Clock = std::chrono::steady_clock;

int connectLocal(int port, int timeoutMs)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    timeval tv{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    return fd;
}

bool processAlive(pid_t pid)
{
    int status = 0;
    return pid > 0 && ::waitpid(pid, &status, WNOHANG) == 0;
}

std::string httpBody(int port, const std::string &path)
{
    const util::HttpResponse r = util::httpGet("http://127.0.0.1:" + std::to_string(port) + path, 2000);
    return r.status > 0 ? r.body : std::string();
}

} // namespace

std::string findNatsServer()
{
    // $NATS_SERVER_BIN, when set, is the only candidate (so "missing" can be tested).
    if (const char *env = std::getenv("NATS_SERVER_BIN"))
        return ::access(env, X_OK) == 0 ? std::string(env) : std::string();
    for (const char *p : {"/usr/bin/nats-server", "/usr/local/bin/nats-server", "/usr/sbin/nats-server"})
        if (::access(p, X_OK) == 0)
            return p;
    return {};
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    ::close(fd);
    const int port = ntohs(addr.sin_port);
    return port == 4222 ? freePort() : port;
}

std::vector<pid_t> natsServersMentioning(const std::string &text)
{
    std::vector<pid_t> out;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return out;
    while (dirent *entry = ::readdir(proc)) {
        const pid_t pid = static_cast<pid_t>(std::atoi(entry->d_name));
        if (pid <= 0)
            continue;
        std::ifstream cmdline("/proc/" + std::string(entry->d_name) + "/cmdline");
        std::string all((std::istreambuf_iterator<char>(cmdline)), std::istreambuf_iterator<char>());
        for (char &c : all)
            if (c == '\0')
                c = ' ';
        if (all.find("nats-server") != std::string::npos && all.find(text) != std::string::npos) {
            // A zombie (already dead, not yet reaped) is not a leftover server.
            std::ifstream stat("/proc/" + std::string(entry->d_name) + "/stat");
            std::string statLine;
            std::getline(stat, statLine);
            const size_t close = statLine.rfind(')');
            if (close != std::string::npos && close + 2 < statLine.size() && statLine[close + 2] == 'Z')
                continue;
            out.push_back(pid);
        }
    }
    ::closedir(proc);
    return out;
}

LocalNatsCluster::LocalNatsCluster(LocalNatsOptions options)
    : m_options(std::move(options))
{
    std::string pattern = m_options.directoryPrefix + "XXXXXX";
    if (!::mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a temporary directory");
    m_dir = pattern;
    if (m_options.servers > 1)
        m_options.monitoring = true; // route readiness is read from /routez
    for (int i = 0; i < m_options.servers; ++i) {
        Node node;
        node.zone = m_options.zones.at(static_cast<size_t>(i) % m_options.zones.size());
        node.name = "n" + std::to_string(i + 1) + "-" + node.zone;
        node.configPath = m_dir + "/" + node.name + ".conf";
        m_nodes.push_back(node);
    }
}

LocalNatsCluster::~LocalNatsCluster()
{
    stop();
    std::error_code ignored;
    std::filesystem::remove_all(m_dir, ignored);
}

void LocalNatsCluster::writeConfig(const Node &node) const
{
    std::ostringstream c;
    if (m_options.serverNames)
        c << "server_name: \"" << node.name << "\"\n";
    c << "host: 127.0.0.1\nport: " << node.clientPort << "\n"
      << "server_tags: [\"az:" << node.zone << "\"]\n";
    if (m_options.monitoring)
        c << "http: \"127.0.0.1:" << node.monitorPort << "\"\n";
    if (m_nodes.size() > 1) {
        c << "cluster {\n  name: sbtest\n  host: 127.0.0.1\n  port: " << node.clusterPort << "\n  routes: [";
        bool first = true;
        for (const Node &other : m_nodes) {
            if (other.name == node.name)
                continue;
            c << (first ? "" : ", ") << "\"nats-route://127.0.0.1:" << other.clusterPort << "\"";
            first = false;
        }
        c << "]\n}\n";
    }
    if (m_options.jetStream)
        c << "jetstream {\n  store_dir: \"" << m_dir << "/js-" << node.name << "\"\n  max_memory_store: 256MB\n  max_file_store: 4GB\n}\n";
    if (m_options.systemAccount) {
        c << "accounts {\n  APP { " << (m_options.jetStream ? "jetstream: enabled, " : "") << "users: [ {user: \"" << m_options.appUser << "\", password: \"" << m_options.appPassword
          << "\"} ] }\n  SYS { users: [ {user: \"" << m_options.systemUser << "\", password: \"" << m_options.systemPassword
          << "\"} ] }\n}\nsystem_account: SYS\n";
    } else if (!m_options.user.empty()) {
        c << "authorization { user: \"" << m_options.user << "\", password: \"" << m_options.password << "\" }\n";
    } else if (!m_options.token.empty()) {
        c << "authorization { token: \"" << m_options.token << "\" }\n";
    } else if (!m_options.nkeyPublic.empty()) {
        c << "authorization { users: [ {nkey: \"" << m_options.nkeyPublic << "\"} ] }\n";
    }
    c << m_options.extraConfig << "\n";
    std::ofstream(node.configPath) << c.str();
}

void LocalNatsCluster::launch(Node &node)
{
    writeConfig(node);
    const std::string exe = findNatsServer();
    if (exe.empty())
        throw std::runtime_error("nats-server is not installed: apt-get install nats-server");
    const std::string logPath = m_dir + "/" + node.name + ".log";
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        // The server must not outlive the test, even when the test crashes.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(1);
        std::freopen(logPath.c_str(), "w", stderr);
        std::freopen(logPath.c_str(), "a", stdout);
        ::execl(exe.c_str(), exe.c_str(), "-c", node.configPath.c_str(), static_cast<char *>(nullptr));
        ::_exit(127);
    }
    node.pid = pid;
}

void LocalNatsCluster::waitReady(const Node &node) const
{
    // 30 s, not 10: a clean-clone ./test once saw a server of qml_tst_cluster's cluster give no
    // INFO within 10 s while two ASan-built GUI tests ran beside it.
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    while (Clock::now() < deadline) {
        if (!processAlive(node.pid))
            throw std::runtime_error("nats-server " + node.name + " exited; see " + m_dir);
        const int fd = connectLocal(node.clientPort, 500);
        if (fd >= 0) {
            char buf[5] = {};
            const bool info = ::recv(fd, buf, 4, MSG_WAITALL) == 4 && std::strncmp(buf, "INFO", 4) == 0;
            ::close(fd);
            if (info)
                return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    throw std::runtime_error("nats-server " + node.name + " did not become ready");
}

void LocalNatsCluster::waitForRoutes() const
{
    const auto deadline = Clock::now() + std::chrono::seconds(15);
    const std::string expected = "\"num_routes\": " + std::to_string(m_nodes.size() - 1);
    for (const Node &node : m_nodes) {
        if (!processAlive(node.pid))
            continue;
        while (httpBody(node.monitorPort, "/routez").find(expected) == std::string::npos) {
            if (Clock::now() > deadline)
                throw std::runtime_error("cluster routes did not come up");
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
}

void LocalNatsCluster::start()
{
    for (int attempt = 0;; ++attempt) {
        for (Node &node : m_nodes) {
            node.clientPort = freePort();
            node.clusterPort = freePort();
            node.monitorPort = freePort();
        }
        try {
            for (Node &node : m_nodes)
                launch(node);
            for (const Node &node : m_nodes)
                waitReady(node);
            if (m_nodes.size() > 1)
                waitForRoutes();
            return;
        } catch (const std::exception &) {
            stop(); // most likely a port taken between freePort() and bind(): try new ports
            if (attempt == 4)
                throw;
        }
    }
}

void LocalNatsCluster::terminate(Node &node, int signal)
{
    if (node.pid <= 0)
        return;
    ::kill(node.pid, signal);
    const auto deadline = Clock::now() + std::chrono::seconds(5);
    int status = 0;
    while (::waitpid(node.pid, &status, WNOHANG) == 0) {
        if (Clock::now() > deadline) {
            ::kill(node.pid, SIGKILL);
            ::waitpid(node.pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    node.pid = -1;
}

void LocalNatsCluster::stop()
{
    for (Node &node : m_nodes)
        terminate(node, SIGTERM);
}

void LocalNatsCluster::kill(int index)
{
    terminate(m_nodes.at(static_cast<size_t>(index)), SIGKILL);
}

void LocalNatsCluster::stopServer(int index)
{
    terminate(m_nodes.at(static_cast<size_t>(index)), SIGTERM);
}

bool LocalNatsCluster::isRunning(int index) const
{
    return processAlive(m_nodes.at(static_cast<size_t>(index)).pid);
}

void LocalNatsCluster::restart(int index)
{
    Node &node = m_nodes.at(static_cast<size_t>(index));
    terminate(node, SIGTERM);
    launch(node);
    waitReady(node);
    if (m_nodes.size() > 1)
        waitForRoutes();
}

std::string LocalNatsCluster::url(int index) const
{
    return "nats://127.0.0.1:" + std::to_string(clientPort(index));
}

std::string LocalNatsCluster::urls() const
{
    std::string out;
    for (int i = 0; i < size(); ++i)
        out += (i ? "," : "") + url(i);
    return out;
}

std::string LocalNatsCluster::monitorUrl(int index) const
{
    return "http://127.0.0.1:" + std::to_string(monitorPort(index));
}

} // namespace switchboard::demo
