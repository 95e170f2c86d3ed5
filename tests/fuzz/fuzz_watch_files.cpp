// libFuzzer: what the watch side reads from outside — an alert rules file (imported, or given to
// `switchboard-cli watch --rules`) and the collector's history messages read back from JetStream,
// where any client may have published anything. Each parses or reports an error; none crashes.
#include <cstdint>
#include <string>
#include <string_view>

#include <QByteArray>

#include "watch/AlertRulesFile.h"
#include "watch/HistoryCodec.h"

using namespace switchboard::watch;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const ParsedRules parsed = AlertRulesFile::parse(QByteArray(input.data(), qsizetype(input.size())));
    if (parsed.ok()) {
        // What was accepted can be written back and read again to the same rules.
        const ParsedRules again = AlertRulesFile::parse(AlertRulesFile::write(parsed.rules));
        if (!again.ok() || again.rules.size() != parsed.rules.size())
            __builtin_trap();
    }
    std::string error;
    if (const auto batch = history::decodeEvents(input, &error)) {
        for (const std::string &message : history::encodeEvents(batch->region, batch->events))
            if (!history::decodeEvents(message, &error))
                __builtin_trap();
    }
    (void)history::decodeRollup(input, &error);
    return 0;
}
