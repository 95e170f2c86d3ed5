#pragma once
// Go's time.Duration text ("1h2m3.5s", "1.002ms", "344µs", "0s"), as nats-server writes RTTs
// and uptimes and some $SRV versions write processing times.

#include <optional>
#include <string_view>

namespace switchboard::util {

/// Nanoseconds, or nullopt when the text is not a Go duration.
[[nodiscard]] std::optional<double> parseGoDurationNs(std::string_view text);

} // namespace switchboard::util
