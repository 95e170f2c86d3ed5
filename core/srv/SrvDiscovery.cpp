#include "SrvDiscovery.h"

#include <algorithm>

#include "SrvCodec.h"
#include "micro/JsonRead.h"
#include "util/Utf8.h"

namespace switchboard::srv {

std::string controlSubject(Verb verb, const std::string &name, const std::string &id)
{
    std::string s = verb == Verb::Ping ? "$SRV.PING" : verb == Verb::Info ? "$SRV.INFO" : "$SRV.STATS";
    if (!name.empty()) {
        s += "." + name;
        if (!id.empty())
            s += "." + id;
    }
    return s;
}

SrvSweepResult discover(nats::Connection &connection, Verb verb, const std::string &name, const std::string &id,
                        const nats::SweepOptions &options)
{
    SrvSweepResult result;
    // The request payload is ignored by every implementation; send an empty one as they do.
    const nats::BroadcastResult raw =
        nats::broadcastRequest(connection, {controlSubject(verb, name, id)}, {}, options, [&](const std::string &bytes) {
            try {
                SrvInstance s = decodeResponse(bytes);
                auto same = std::find_if(result.instances.begin(), result.instances.end(),
                                         [&](const SrvInstance &o) { return o.id == s.id && o.name == s.name; });
                if (same == result.instances.end())
                    result.instances.push_back(std::move(s));
                else
                    *same = std::move(s);
            } catch (const micro::DecodeError &e) {
                // A peer answering garbage to every query must not fill memory with its errors.
                if (++result.errorCount <= 20)
                    result.errors.push_back(std::string(e.what()) + " in reply: " + util::excerpt(bytes));
            }
            // Asking one instance by id: its answer is all there is.
            return !id.empty() && !result.instances.empty();
        });
    result.elapsed = raw.elapsed;
    result.noResponders = raw.noResponders;
    std::sort(result.instances.begin(), result.instances.end(), [](const SrvInstance &a, const SrvInstance &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return result;
}

} // namespace switchboard::srv
