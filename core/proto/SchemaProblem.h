#pragma once
// One mistake found while importing schemas: where it is (file:line:column, as protoc says it)
// and what it is. Line and column are 1-based; 0 when the mistake has no place in a text file
// (a descriptor set, a file that cannot be read).

#include <string>
#include <vector>

namespace switchboard::proto {

struct SchemaProblem {
    std::string file;
    int line = 0;
    int column = 0;
    std::string message;

    /// "greeter.proto:12:5: \"Foo\" is not defined." — or "greeter.proto: …" without a place.
    [[nodiscard]] std::string text() const;
};

/// All problems, one per line.
[[nodiscard]] std::string joinProblems(const std::vector<SchemaProblem> &problems);

} // namespace switchboard::proto
