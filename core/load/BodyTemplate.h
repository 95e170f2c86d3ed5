#pragma once
// A load run's request body with placeholders, so that requests differ: {{seq}} (0, 1, 2, … in
// the order requests are sent), {{uuid}} (a random version-4 UUID), {{randInt A B}} (a whole
// number from A to B, both included) and {{now}} (the sending time, RFC 3339 UTC with
// milliseconds). Parsed once before anything is sent; a mistake is an error naming its position,
// so a run never starts with a body that cannot be made.

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace switchboard::load {

/// Where a template goes wrong and how; the app words it in the reader's language, message() in English.
struct TemplateError {
    enum class Problem { None, Unclosed, UnknownName, BadNumbers, EmptyRange };
    Problem problem = Problem::None;
    int column = 0;   ///< 1-based, of the placeholder's "{{"
    std::string name; ///< what was inside the braces
    [[nodiscard]] explicit operator bool() const { return problem != Problem::None; }
    [[nodiscard]] std::string message() const;
};

class BodyTemplate {
public:
    /// The template; on a mistake `error` says where and what, and the template is empty.
    static BodyTemplate parse(std::string_view text, TemplateError &error);

    /// The body of request number `seq`; `random` is the caller's (one per sending thread).
    void render(uint64_t seq, std::mt19937_64 &random, std::string &out) const;
    [[nodiscard]] std::string render(uint64_t seq, std::mt19937_64 &random) const;
    /// The longest body the template makes for sequence numbers up to `lastSeq`.
    [[nodiscard]] size_t maxSize(uint64_t lastSeq) const;
    /// No placeholder: every request sends the same bytes, rendered once.
    [[nodiscard]] bool constant() const { return m_parts.size() <= 1 && (m_parts.empty() || m_parts[0].kind == Kind::Text); }

private:
    enum class Kind { Text, Seq, Uuid, RandInt, Now };
    struct Part {
        Kind kind;
        std::string text; ///< Kind::Text
        int64_t low = 0, high = 0; ///< Kind::RandInt
    };
    std::vector<Part> m_parts;
};

} // namespace switchboard::load
