#pragma once
// The collector's messages on the wire, JSON so that `nats stream view` shows them readably:
//   events:  {"v":1,"region":"eu","events":[{"at":1733400000000,"kind":"node-stale",
//             "service":"orders","node":"orders-1",...}]}
//   rollups: {"v":1,"region":"eu","start":1733400000000,"end":1733400060000,"part":0,"parts":1,
//             "subjects":{"orders.created":1234,...}}
// Decoding checks everything and says what is wrong: a stream can hold anything anyone
// published on its subjects.

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "JournalEvent.h"

namespace switchboard::watch {

/// Messages per subject in [startMs, endMs), as one collector counted them.
struct RateRollup {
    std::string region;
    int64_t startMs = 0, endMs = 0;
    std::vector<std::pair<std::string, uint64_t>> subjects; ///< sorted by subject
    int part = 0, parts = 1; ///< a minute of many subjects is split over several messages
    [[nodiscard]] uint64_t total() const;
    bool operator==(const RateRollup &) const = default;
};

struct EventBatch {
    std::string region;
    std::vector<JournalEvent> events;
};

namespace history {
/// Events and rollups are cut into messages of at most this many bytes (the server's default
/// max_payload is 1 MiB).
constexpr size_t kMaxMessageBytes = 256 * 1024;

/// One or more messages (each under kMaxMessageBytes) holding `events`.
[[nodiscard]] std::vector<std::string> encodeEvents(const std::string &region, const std::vector<JournalEvent> &events);
/// One or more messages for a minute's rollup; part and parts are set here.
[[nodiscard]] std::vector<std::string> encodeRollup(const RateRollup &rollup);

/// nullopt with `error` set when the payload is not such a message.
[[nodiscard]] std::optional<EventBatch> decodeEvents(std::string_view payload, std::string *error = nullptr);
[[nodiscard]] std::optional<RateRollup> decodeRollup(std::string_view payload, std::string *error = nullptr);
} // namespace history

} // namespace switchboard::watch
