#include "Printing.h"

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

namespace switchboard::cli {

namespace {
size_t displayWidth(const std::string &s)
{
    size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80; // count code points, not bytes
    return n;
}
} // namespace

void printTable(const std::vector<std::vector<std::string>> &rows)
{
    std::vector<size_t> widths;
    for (const auto &row : rows)
        for (size_t i = 0; i < row.size(); ++i) {
            widths.resize(std::max(widths.size(), row.size()));
            widths[i] = std::max(widths[i], displayWidth(row[i]));
        }
    for (const auto &row : rows) {
        std::string line;
        for (size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += std::string(widths[i] - displayWidth(row[i]) + 2, ' ');
        }
        std::cout << line << '\n';
    }
}

std::string readablePayload(std::string_view bytes, bool pretty)
{
    const auto json = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (!json.is_discarded())
        return jsonText(json, pretty ? 2 : -1);
    bool printable = true;
    for (unsigned char c : bytes)
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            printable = false;
    if (printable)
        return std::string(bytes);
    std::string out = "<" + std::to_string(bytes.size()) + " bytes binary>";
    char hex[4];
    for (size_t i = 0; i < bytes.size() && i < 32; ++i) {
        std::snprintf(hex, sizeof hex, " %02x", static_cast<unsigned char>(bytes[i]));
        out += hex;
    }
    if (bytes.size() > 32)
        out += " …";
    return out;
}

std::string zoneOf(const micro::Node &node)
{
    if (node.metadata)
        for (const char *key : {"zone", "az", "region"})
            if (auto it = node.metadata->find(key); it != node.metadata->end() && !it->second.empty())
                return it->second;
    return "-";
}

std::string formatMicros(double micros)
{
    char buf[32];
    if (micros < 1000)
        std::snprintf(buf, sizeof buf, "%.0f µs", micros);
    else
        std::snprintf(buf, sizeof buf, "%.2f ms", micros / 1000.0);
    return buf;
}

std::string formatDuration(std::chrono::seconds duration)
{
    const long long s = duration.count();
    if (s > 0 && s % 86400 == 0)
        return std::to_string(s / 86400) + "d";
    if (s > 0 && s % 3600 == 0)
        return std::to_string(s / 3600) + "h";
    if (s > 0 && s % 60 == 0)
        return std::to_string(s / 60) + "m";
    return std::to_string(s) + "s";
}

std::string formatBytes(double bytes)
{
    static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (bytes >= 1024 && unit < 4) {
        bytes /= 1024;
        ++unit;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, bytes == double(static_cast<long long>(bytes)) ? "%.0f %s" : "%.1f %s", bytes, units[unit]);
    return buf;
}

} // namespace switchboard::cli
