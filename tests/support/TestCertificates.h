#pragma once
// Throw-away TLS material for tests, made with the openssl tool: a CA, a server certificate for
// 127.0.0.1 signed by it, and a second CA that signed nothing (an "unknown CA").

#include <string>

namespace switchboard::testing {

struct TestCertificates {
    std::string caFile, serverCertFile, serverKeyFile, otherCaFile;
    /// The nats-server config block that serves TLS with the server certificate.
    [[nodiscard]] std::string serverTlsConfig() const;
};

/// Writes the files into `directory`; throws std::runtime_error when openssl fails.
[[nodiscard]] TestCertificates makeTestCertificates(const std::string &directory);

} // namespace switchboard::testing
