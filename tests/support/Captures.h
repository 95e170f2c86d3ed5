#pragma once
// The recorded go-micro / NATS micro traffic (tests/data/captures), our golden vectors.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace switchboard::testing {

struct CapturedMessage {
    int seq = 0;
    std::string phase, subject, reply;
    std::string payload;        ///< exact bytes as sent
    nlohmann::json headers;     ///< NATS headers when the message had any
    std::string bodyDecoded;    ///< recorder's convenience field (go-micro envelopes)
};

/// Loads e.g. "gomicro/capture.jsonl"; throws when the file is missing.
[[nodiscard]] std::vector<CapturedMessage> loadCapture(const std::string &relativePath);
/// Absolute path of a file under tests/data.
[[nodiscard]] std::string testDataPath(const std::string &relativePath);

} // namespace switchboard::testing
