#include "SchemaProblem.h"

namespace switchboard::proto {

std::string SchemaProblem::text() const
{
    std::string out = file.empty() ? std::string("(schema)") : file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0)
            out += ':' + std::to_string(column);
    }
    return out + ": " + message;
}

std::string joinProblems(const std::vector<SchemaProblem> &problems)
{
    std::string out;
    for (const auto &p : problems) {
        if (!out.empty())
            out += '\n';
        out += p.text();
    }
    return out;
}

} // namespace switchboard::proto
