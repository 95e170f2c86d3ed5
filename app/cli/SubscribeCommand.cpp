// switchboard-cli subscribe SUBJECT…: prints every message, decoding go-micro envelopes; protobuf
// bodies as JSON with --proto and --message, else as protoc --decode_raw shows them.
#include "Commands.h"

#include <atomic>
#include <chrono>
#include <ctime>
#include <iostream>
#include <mutex>

#include <nlohmann/json.hpp>

#include "LiveViews.h"
#include "Printing.h"
#include "ProtoBodies.h"
#include "live/TrafficMonitor.h"
#include "Translate.h"
#include "micro/Envelope.h"
#include "micro/JsonRead.h"
#include "nats/Connection.h"
#include "nats/Error.h"

namespace switchboard::cli {
namespace {

std::string timestamp()
{
    const auto now = std::chrono::system_clock::now();
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    char buf[32];
    std::tm tm{};
    localtime_r(&t, &tm);
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%03d", tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
    return buf;
}

std::string contentTypeOf(const micro::Envelope &envelope)
{
    const auto it = envelope.header.find("Content-Type");
    return it == envelope.header.end() ? std::string() : it->second;
}

/// Every line four spaces in, under the message's subject line.
std::string indented(const std::string &text)
{
    std::string out = "    ";
    for (const char c : text) {
        out += c;
        if (c == '\n')
            out += "    ";
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n'))
        out.pop_back();
    return out;
}

void printMessage(const CliContext &ctx, const ProtoBodies &bodies, const nats::Message &m)
{
    const auto *type = bodies.messageOr(nullptr);
    const std::string_view data = m.data();
    std::optional<micro::Envelope> envelope;
    std::string decodeError;
    try {
        envelope = micro::decodeEnvelope(data);
    } catch (const micro::DecodeError &e) {
        decodeError = e.what();
    }
    if (ctx.json()) {
        nlohmann::ordered_json out{{"time", timestamp()}, {"subject", m.subject()}, {"reply", m.reply()}, {"size", data.size()}};
        if (envelope) {
            out["header"] = envelope->header;
            out["body"] = bodies.json(envelope->body, contentTypeOf(*envelope), type);
        } else if (type) {
            out["payload"] = bodies.json(data, kProtobufContentType, type);
        } else {
            out["payload"] = readablePayload(data, false);
            out["not_envelope"] = decodeError;
        }
        std::cout << jsonText(out) << std::endl;
        return;
    }
    std::cout << "[" << timestamp() << "] " << m.subject();
    if (!m.reply().empty())
        std::cout << "  " << tr("reply %1", std::string(m.reply()));
    std::cout << "  (" << data.size() << " B)\n";
    if (envelope) {
        for (const auto &[k, v] : envelope->header)
            std::cout << "    " << k << ": " << v << '\n';
        std::cout << indented(bodies.readable(envelope->body, contentTypeOf(*envelope), type, true)) << '\n';
    } else if (type) {
        std::cout << indented(bodies.readable(data, kProtobufContentType, type, true)) << '\n';
    } else {
        std::cout << "    " << readablePayload(data, false) << "  " << tr("(not a go-micro envelope)") << '\n';
    }
    std::cout << std::flush;
}

int runRates(const CliContext &ctx, const std::vector<std::string> &subjects)
{
    const auto interval = std::chrono::milliseconds(parseDurationMicros(ctx.args().valueOr("--interval", "1s")) / 1000);
    blockStopSignals();
    auto conn = ctx.connect(false);
    live::TrafficOptions options;
    options.ringCapacity = 1; // only rates are shown
    live::TrafficMonitor monitor(conn, options);
    try {
        for (const auto &subject : subjects)
            monitor.addSubject(subject, ctx.args().valueOr("--queue", ""));
    } catch (const nats::Error &e) {
        throw CommandFailure{e.kind() == nats::ErrorKind::InvalidArgument ? ExitUsage : ExitConnection, e.what()};
    }
    std::cerr << tr("measuring %1; Ctrl-C to stop", plural(static_cast<long long>(subjects.size()), "%n subject", "%n subjects"))
              << std::endl;
    while (!waitForStopSignal(interval)) {
        const auto s = monitor.snapshot();
        if (ctx.json()) {
            std::cout << jsonText(ratesJson(s)) << std::endl;
        } else {
            clearScreenIfTerminal();
            printRates(s);
            std::cout << std::flush;
        }
    }
    return ExitOk;
}

} // namespace

int runSubscribe(const CliContext &ctx)
{
    std::vector<std::string> subjects(ctx.args().positionals().begin() + 1, ctx.args().positionals().end());
    if (subjects.empty())
        throw UsageError(tr("missing SUBJECT"));
    if (ctx.args().has("--rates"))
        return runRates(ctx, subjects);
    const ProtoBodies bodies(ctx);
    const long long limit = ctx.args().has("--count") ? parsePositive(*ctx.args().value("--count"), "--count") : 0;
    const std::string queue = ctx.args().valueOr("--queue", "");
    blockStopSignals();
    auto conn = ctx.connect(false);
    std::mutex printing;
    std::atomic<long long> seen{0};
    std::vector<nats::Subscription> subs;
    try {
        for (const auto &subject : subjects) {
            subs.push_back(conn->subscribe(
                subject,
                [&](nats::Message &&m) {
                    std::lock_guard lock(printing);
                    if (limit > 0 && seen >= limit)
                        return;
                    printMessage(ctx, bodies, m);
                    if (++seen == limit)
                        requestStop();
                },
                queue));
        }
        conn->flush();
    } catch (const nats::Error &e) {
        throw CommandFailure{e.kind() == nats::ErrorKind::InvalidArgument ? ExitUsage : ExitConnection, e.what()};
    }
    std::cerr << tr("listening on %1; Ctrl-C to stop", plural(static_cast<long long>(subjects.size()), "%n subject", "%n subjects"))
              << std::endl;
    waitForStopSignal();
    int64_t dropped = 0;
    for (const auto &s : subs)
        dropped += s.dropped();
    subs.clear();
    if (dropped > 0)
        std::cerr << tr("%1 messages were dropped because printing fell behind", std::to_string(dropped)) << '\n';
    return ExitOk;
}

} // namespace switchboard::cli
