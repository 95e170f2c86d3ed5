#pragma once
// Throw-away TLS material for tests, made with the openssl tool: a CA, a server certificate for
// 127.0.0.1 and a client certificate signed by it, a client certificate signed by a second CA
// (an "unknown CA" that signed nothing else).

#include <string>

namespace switchboard::testing {

struct TestCertificates {
    std::string caFile, serverCertFile, serverKeyFile, otherCaFile;
    std::string clientCertFile, clientKeyFile;           ///< signed by caFile
    std::string strangerCertFile, strangerKeyFile;       ///< signed by otherCaFile
    /// The nats-server config block that serves TLS with the server certificate; with
    /// verifyClients, clients must show a certificate signed by caFile.
    [[nodiscard]] std::string serverTlsConfig(bool verifyClients = false) const;
};

/// Writes the files into `directory`; throws std::runtime_error when openssl fails.
[[nodiscard]] TestCertificates makeTestCertificates(const std::string &directory);

} // namespace switchboard::testing
