#pragma once
// The collector's two JetStream streams on one connection: creating them with limits when they
// are missing, publishing with the stream's acknowledgement (and a message id, so a retried
// publish is stored once), and reading back everything from a sequence or a time. cnats's js
// API underneath; every failure is a HistoryError in words a person can act on ("JetStream is
// not enabled on this server").

#include <chrono>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "HistoryConfig.h"
#include "nats/Connection.h"

typedef struct __jsCtx jsCtx;

namespace switchboard::watch {

class HistoryError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct StreamState {
    std::string name;
    bool created = false; ///< by this ensure() call
    int64_t maxAgeSeconds = 0, maxBytes = 0;
    uint64_t messages = 0, bytes = 0, firstSequence = 0, lastSequence = 0;
};

class HistoryStreams {
public:
    /// Throws HistoryError when the config is not usable or JetStream cannot be set up.
    HistoryStreams(std::shared_ptr<nats::Connection> connection, HistoryConfig config);
    ~HistoryStreams();
    HistoryStreams(const HistoryStreams &) = delete;
    HistoryStreams &operator=(const HistoryStreams &) = delete;

    [[nodiscard]] const HistoryConfig &config() const { return m_config; }

    /// Creates whichever of the two streams is missing, with the config's limits; leaves an
    /// existing one as it is (a team may have tuned it). Returns {events, rates}.
    std::pair<StreamState, StreamState> ensure();
    /// Throws HistoryError when the stream does not exist.
    [[nodiscard]] StreamState info(const std::string &stream) const;

    /// Stores `payload` and waits for the stream's acknowledgement; throws HistoryError.
    /// `messageId`: JetStream keeps one message per id within its duplicate window.
    void publish(const std::string &subject, std::string_view payload, const std::string &messageId);

    using Visitor = std::function<void(uint64_t sequence, int64_t storedAtMs, std::string_view payload)>;
    /// Reads the stream's messages on `filter` from just after `afterSequence` (or, when it is 0,
    /// from `sinceMs`) up to the stream's last message when called; waits at most `timeout`.
    /// Returns the last sequence read (afterSequence when there was nothing).
    uint64_t read(const std::string &stream, const std::string &filter, uint64_t afterSequence, int64_t sinceMs,
                  const Visitor &visit, std::chrono::milliseconds timeout = std::chrono::seconds(30)) const;

private:
    std::shared_ptr<nats::Connection> m_connection;
    HistoryConfig m_config;
    jsCtx *m_js = nullptr;
};

} // namespace switchboard::watch
