#pragma once
// The subscription subjects of a CONNZ document, read as a stream. A busy server's CONNZ with
// subscriptions runs to tens of MB; a DOM of a 47 MB one took ~90 MiB on top of the subjects, and
// $SYS replies were re-serialised and parsed twice. SAX events keep only the subjects. Accepts
// the bare document (HTTP /connz) and the $SYS reply around it
// ({"server":{"name":…},"data":{"connections":[…]}}).

#include <string>
#include <string_view>
#include <vector>

namespace switchboard::live {

struct ConnzSubjects {
    std::string serverName;            ///< $SYS replies: server.name
    std::string error;                 ///< $SYS replies: error.description
    std::vector<std::string> subjects; ///< every connections[].subscriptions_list[] entry
};

/// Throws micro::DecodeError on malformed JSON or nesting over jsonread::kMaxDepth.
[[nodiscard]] ConnzSubjects readConnzSubjects(std::string_view json);

} // namespace switchboard::live
