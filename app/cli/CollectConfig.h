#pragma once
// `collect --config FILE`: a JSON object whose keys are collect's long options without the
// dashes ({"server": "nats://…", "region": "eu", "subject": [">"], "max-age": "7d"}), as the
// systemd unit's /etc/switchboard/collect.json. The file's options go before the command
// line's, so the command line wins. Any key that is not one of collect's options is a mistake.

#include <string>
#include <vector>

namespace switchboard::cli {

/// `argv` with each "--config FILE" replaced by the file's options, placed right after the
/// command word; throws UsageError naming the file and the mistake.
[[nodiscard]] std::vector<std::string> expandCollectConfig(const std::vector<std::string> &argv);

/// "1GiB", "512MiB", "64k", "1000000": bytes; throws UsageError naming `option`.
[[nodiscard]] long long parseBytes(const std::string &text, const std::string &option);

} // namespace switchboard::cli
