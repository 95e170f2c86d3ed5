#include "Arguments.h"

#include "Translate.h"

#include <cmath>
#include <cstdlib>

namespace switchboard::cli {

Arguments::Arguments(const std::vector<std::string> &argv, const std::set<std::string> &valueOptions,
                     const std::set<std::string> &flags, const std::map<std::string, std::string> &aliases)
{
    bool onlyPositionals = false;
    for (size_t i = 0; i < argv.size(); ++i) {
        std::string arg = argv[i];
        if (onlyPositionals || arg.size() < 2 || arg[0] != '-' || (arg[1] != '-' && !aliases.count(arg))) {
            m_positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            onlyPositionals = true;
            continue;
        }
        std::optional<std::string> inlineValue;
        if (auto eq = arg.find('='); eq != std::string::npos && arg.rfind("--", 0) == 0) {
            inlineValue = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
        }
        if (auto alias = aliases.find(arg); alias != aliases.end())
            arg = alias->second;
        if (flags.count(arg)) {
            if (inlineValue)
                throw UsageError(tr("option %1 takes no value", arg));
            m_values[arg].push_back("true");
        } else if (valueOptions.count(arg)) {
            if (!inlineValue) {
                if (i + 1 >= argv.size())
                    throw UsageError(tr("option %1 needs a value", arg));
                inlineValue = argv[++i];
            }
            m_values[arg].push_back(*inlineValue);
        } else {
            throw UsageError(tr("unknown option %1", arg));
        }
    }
}

std::optional<std::string> Arguments::value(const std::string &name) const
{
    auto it = m_values.find(name);
    if (it == m_values.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Arguments::values(const std::string &name) const
{
    auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

std::string Arguments::valueOr(const std::string &name, const std::string &fallback) const
{
    return value(name).value_or(fallback);
}

long long parseDurationMicros(const std::string &text)
{
    char *end = nullptr;
    const double number = std::strtod(text.c_str(), &end);
    const std::string unit = end ? std::string(end) : std::string();
    double factor = 0;
    if (unit == "us" || unit == "µs")
        factor = 1;
    else if (unit == "ms")
        factor = 1e3;
    else if (unit == "s")
        factor = 1e6;
    else if (unit == "m")
        factor = 60e6;
    else if (unit == "h")
        factor = 3600e6;
    else if (unit == "d")
        factor = 86400e6;
    if (end == text.c_str() || factor == 0 || !(number > 0) || !std::isfinite(number) || number * factor > 9e15)
        throw UsageError(tr("invalid duration '%1' (use e.g. 500ms, 2s, 1m, 1h, 7d)", text));
    return static_cast<long long>(number * factor);
}

long long parsePositive(const std::string &text, const std::string &option)
{
    char *end = nullptr;
    const long long n = std::strtoll(text.c_str(), &end, 10);
    if (end == text.c_str() || *end != '\0' || n <= 0)
        throw UsageError(tr("%1 needs a positive number, not '%2'", option, text));
    return n;
}

} // namespace switchboard::cli
