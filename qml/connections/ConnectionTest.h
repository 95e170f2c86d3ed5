#pragma once
// "Test connection" on the Connections page: each login of a profile tried for real, with a
// specific verdict — wrong password, unknown CA, timeout, no $SYS permission — instead of a
// generic failure. Blocking: run it off the GUI thread.

#include <QString>

#include <optional>
#include <string>
#include <vector>

#include "nats/ConnectOptions.h"

namespace switchboard::gui {

struct TestCheck {
    bool ok = false;
    QString what;   ///< "services login", "system login", "monitoring http://…"
    QString result; ///< the verdict in words
};

/// Explains a connection failure (cnats' text) in the user's terms.
[[nodiscard]] QString explainConnectFailure(const std::string &error, const nats::ConnectOptions &options);

[[nodiscard]] std::vector<TestCheck> runConnectionTest(const nats::ConnectOptions &services,
                                                       const std::optional<nats::ConnectOptions> &system,
                                                       const std::vector<std::string> &monitorUrls);

} // namespace switchboard::gui
