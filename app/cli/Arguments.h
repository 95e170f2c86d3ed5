#pragma once
// Command-line parsing for switchboard-cli: global options anywhere, command options, positionals.

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace switchboard::cli {

/// A usage problem: exit code 2 with this text.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Arguments {
public:
    /// valueOptions take a value ("--timeout 2s" or "--timeout=2s"); flags do not. Short aliases map
    /// to long names ("-H" → "--header"). Unknown options are a UsageError.
    Arguments(const std::vector<std::string> &argv, const std::set<std::string> &valueOptions,
              const std::set<std::string> &flags, const std::map<std::string, std::string> &aliases);

    [[nodiscard]] const std::vector<std::string> &positionals() const noexcept { return m_positionals; }
    [[nodiscard]] bool has(const std::string &name) const { return m_values.count(name) > 0; }
    [[nodiscard]] std::optional<std::string> value(const std::string &name) const;
    [[nodiscard]] std::vector<std::string> values(const std::string &name) const;
    [[nodiscard]] std::string valueOr(const std::string &name, const std::string &fallback) const;

private:
    std::vector<std::string> m_positionals;
    std::map<std::string, std::vector<std::string>> m_values;
};

/// Go-style durations: "250ms", "2s", "1.5s", "1m", "100us". Throws UsageError.
[[nodiscard]] long long parseDurationMicros(const std::string &text);
/// A positive integer, else UsageError naming the option.
[[nodiscard]] long long parsePositive(const std::string &text, const std::string &option);

} // namespace switchboard::cli
