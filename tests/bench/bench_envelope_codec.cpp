// envelope_codec (Google Benchmark, in-process): decode and encode of every captured go-micro
// message, against nlohmann_json parsing the same bytes. Prints one JSON line per row.
#include <benchmark/benchmark.h>

#include "BenchReport.h"
#include "Captures.h"
#include "micro/Envelope.h"
#include "micro/RegistryCodec.h"

using namespace switchboard;

namespace {

std::vector<std::string> envelopes, registry;

void decodeEnvelopes(benchmark::State &state)
{
    for (auto _ : state)
        for (const auto &e : envelopes)
            benchmark::DoNotOptimize(micro::decodeEnvelope(e));
}

void encodeEnvelopes(benchmark::State &state)
{
    std::vector<micro::Envelope> decoded;
    for (const auto &e : envelopes)
        decoded.push_back(micro::decodeEnvelope(e));
    for (auto _ : state)
        for (const auto &e : decoded)
            benchmark::DoNotOptimize(micro::encodeEnvelope(e));
}

void nlohmannEnvelopes(benchmark::State &state)
{
    for (auto _ : state)
        for (const auto &e : envelopes)
            benchmark::DoNotOptimize(nlohmann::json::parse(e));
}

void decodeRegistry(benchmark::State &state)
{
    for (auto _ : state)
        for (const auto &r : registry)
            benchmark::DoNotOptimize(micro::decodeService(r));
}

void nlohmannRegistry(benchmark::State &state)
{
    for (auto _ : state)
        for (const auto &r : registry)
            benchmark::DoNotOptimize(nlohmann::json::parse(r));
}

/// Collects ns per message for the JSON-lines report instead of Google Benchmark's table.
class LineReporter : public benchmark::BenchmarkReporter {
public:
    std::map<std::string, double> nsPerMessage;
    bool ReportContext(const Context &) override { return true; }
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const auto &run : runs) {
            const std::string name = run.benchmark_name();
            const double perIteration = run.GetAdjustedRealTime(); // ns (default unit)
            const size_t messages = name.find("Registry") != std::string::npos ? registry.size() : envelopes.size();
            nsPerMessage[name.substr(0, name.find('/'))] = perIteration / static_cast<double>(messages);
        }
    }
};

} // namespace

int main(int argc, char **argv)
{
    for (const auto &m : testing::loadCapture("gomicro/capture.jsonl")) {
        if (m.payload.rfind("{\"Header\"", 0) == 0)
            envelopes.push_back(m.payload);
        else if (m.payload.rfind("{\"name\"", 0) == 0)
            registry.push_back(m.payload);
    }
    benchmark::RegisterBenchmark("decodeEnvelopes", decodeEnvelopes);
    benchmark::RegisterBenchmark("encodeEnvelopes", encodeEnvelopes);
    benchmark::RegisterBenchmark("nlohmannEnvelopes", nlohmannEnvelopes);
    benchmark::RegisterBenchmark("decodeRegistry", decodeRegistry);
    benchmark::RegisterBenchmark("nlohmannRegistry", nlohmannRegistry);
    benchmark::Initialize(&argc, argv);
    LineReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    auto &r = reporter.nsPerMessage;
    bench::report("envelope_decode", r["decodeEnvelopes"], r["nlohmannEnvelopes"], "ns/op", 1.0, bench::Target::MaxRatio,
                  {{"messages", envelopes.size()}});
    bench::report("envelope_encode", r["encodeEnvelopes"], r["nlohmannEnvelopes"], "ns/op", 1.0, bench::Target::MaxRatio);
    bench::report("registry_decode", r["decodeRegistry"], r["nlohmannRegistry"], "ns/op", 1.0, bench::Target::MaxRatio,
                  {{"messages", registry.size()}});
    return 0;
}
