#pragma once
// Parsing nats-server monitoring JSON (WIRE.md §6): /varz, /routez, /connz?subs=1, the same
// documents inside $SYS replies ({"server":{…},"data":{…}}). Throws micro::DecodeError.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ClusterTypes.h"

namespace switchboard::live {

/// Fills identity and counters of `server` from a VARZ document (not the rates).
void applyVarz(ServerInfo &server, std::string_view varzJson);
/// The routes of a ROUTEZ document.
[[nodiscard]] std::vector<RouteInfo> parseRoutez(std::string_view routezJson);
/// Every subscription subject listed in a CONNZ document (with subscriptions).
[[nodiscard]] std::vector<std::string> parseConnzSubjects(std::string_view connzJson);

/// A $SYS reply: the "data" document, or an error text from "error" / a malformed reply.
struct SysReply {
    std::string serverName, serverId;
    std::vector<std::string> tags;
    std::string data;  ///< the embedded document, re-serialised
    std::string error;
};
[[nodiscard]] SysReply parseSysReply(std::string_view json);

/// The zone of a server: its "az:" tag, else the rule's result, else "unzoned".
[[nodiscard]] std::string zoneFromTags(const std::vector<std::string> &tags, const std::string &tagPrefix);

} // namespace switchboard::live
