#pragma once
// Captured messages as NDJSON: one JSON object per line, with the payload as text when it is
// UTF-8 and as base64 otherwise, so nothing is lost and any tool (jq, a script) can read it back.

#include <QString>

#include <string>
#include <vector>

namespace switchboard::live {
struct RecordedMessage;
}

namespace switchboard::gui {

/// One line (without the newline).
[[nodiscard]] std::string ndjsonLine(const live::RecordedMessage &message);
/// Writes atomically (QSaveFile); returns an error text, or "" when written.
[[nodiscard]] QString writeNdjson(const std::vector<live::RecordedMessage> &messages, const QString &path);

} // namespace switchboard::gui
