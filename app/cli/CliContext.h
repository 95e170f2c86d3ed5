#pragma once
// What every command needs: the parsed arguments, connection settings and output helpers.

#include <iosfwd>
#include <memory>
#include <string>

#include "Arguments.h"
#include "micro/Envelope.h"
#include "nats/ConnectOptions.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::cli {

enum ExitCode { ExitOk = 0, ExitRemoteError = 1, ExitUsage = 2, ExitConnection = 3 };

/// Thrown to end a command with an exit code and one line on stderr.
struct CommandFailure {
    ExitCode code;
    std::string message;
};

class CliContext {
public:
    explicit CliContext(const Arguments &args);

    [[nodiscard]] const Arguments &args() const noexcept { return m_args; }
    [[nodiscard]] bool json() const { return m_args.has("--json"); }
    /// Connects with the global options; a failure becomes CommandFailure{ExitConnection}.
    [[nodiscard]] std::shared_ptr<nats::Connection> connect(bool sendAsap = true) const;
    /// The positional argument at index (after the command), or a usage error naming it.
    [[nodiscard]] std::string positional(size_t index, const char *name) const;

    /// --monitor URL[,URL]: HTTP monitoring endpoints ("host:8222" becomes "http://host:8222").
    [[nodiscard]] std::vector<std::string> monitorUrls() const;
    /// The -H KEY=VALUE options; a malformed one is a usage error.
    [[nodiscard]] micro::Header headers() const;

    [[nodiscard]] const nats::ConnectOptions &connectOptions() const noexcept { return m_options; }

private:
    const Arguments &m_args;
    nats::ConnectOptions m_options;
};

} // namespace switchboard::cli
