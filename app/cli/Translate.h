#pragma once
// Every user-visible CLI string goes through Qt's translation system (context "switchboard-cli"),
// so a translator loaded at start-up translates the CLI like the GUI.

#include <string>

namespace switchboard::cli {

/// Translates `text` and substitutes %1, %2, … with the arguments.
[[nodiscard]] std::string tr(const char *text);
[[nodiscard]] std::string tr(const char *text, const std::string &a1);
[[nodiscard]] std::string tr(const char *text, const std::string &a1, const std::string &a2);
[[nodiscard]] std::string tr(const char *text, const std::string &a1, const std::string &a2, const std::string &a3);

/// A count with its noun: "1 node", "3 nodes" (`one` for 1, `many` otherwise, %n the number).
/// The CLI speaks English; both forms go through the translator, never a "node(s)".
[[nodiscard]] std::string plural(long long n, const char *one, const char *many);

} // namespace switchboard::cli
