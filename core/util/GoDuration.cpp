#include "GoDuration.h"

#include <cctype>
#include <cstdlib>
#include <string>

namespace switchboard::util {

std::optional<double> parseGoDurationNs(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    double sign = 1;
    if (text.front() == '-' || text.front() == '+') {
        sign = text.front() == '-' ? -1 : 1;
        text.remove_prefix(1);
    }
    if (text == "0")
        return 0.0;
    double total = 0;
    bool any = false;
    while (!text.empty()) {
        size_t n = 0;
        while (n < text.size() && (std::isdigit(static_cast<unsigned char>(text[n])) || text[n] == '.'))
            ++n;
        if (n == 0)
            return std::nullopt;
        const double value = std::strtod(std::string(text.substr(0, n)).c_str(), nullptr);
        text.remove_prefix(n);
        double unit = 0;
        // Longest units first: "ms" before "m", "µs"/"us" before "s".
        for (const auto &[name, ns] : {std::pair<std::string_view, double>{"ns", 1}, {"us", 1e3}, {"µs", 1e3},
                                       {"μs", 1e3}, {"ms", 1e6}, {"h", 3600e9}, {"m", 60e9}, {"s", 1e9}}) {
            if (text.substr(0, name.size()) == name) {
                unit = ns;
                text.remove_prefix(name.size());
                break;
            }
        }
        if (unit == 0)
            return std::nullopt;
        total += value * unit;
        any = true;
    }
    return any ? std::optional<double>(sign * total) : std::nullopt;
}

} // namespace switchboard::util
