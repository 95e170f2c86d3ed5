// switchboard-cli: go-micro and NATS services from the terminal.
#include <iostream>
#include <map>

#include "CollectConfig.h"
#include "Commands.h"
#include "GitCommit.h"
#include "Translate.h"
#include "micro/JsonRead.h"
#include "nats/Error.h"

using namespace switchboard::cli;

namespace {

void printHelp()
{
    std::cout << tr("Usage: switchboard-cli [global options] COMMAND [arguments]\n"
                    "\n"
                    "Commands:\n"
                    "  services [--watch [--interval 15s] [--monitor URL,...]] [--json]\n"
                    "                                          go-micro and $SRV services; --watch keeps a live table\n"
                    "  describe SERVICE [--json]               nodes and endpoints of a service (go-micro or $SRV)\n"
                    "  call SERVICE ENDPOINT [JSON]            call an endpoint (default body {}); go-micro or $SRV\n"
                    "       [--node ID] [-H K=V]... [--timeout 5s] [--count N] [--json]\n"
                    "       [--body-file FILE]                 send a file's bytes as they are\n"
                    "  bench SERVICE ENDPOINT [BODY]           a load run: BODY may hold {{seq}}, {{uuid}},\n"
                    "                                          {{randInt A B}} and {{now}}\n"
                    "       [--concurrency N | --rate R [--max-in-flight N]]\n"
                    "       [--requests M | --duration D] [--warmup D] [--timeout 5s] [--node ID]\n"
                    "       [--stop-error-rate P] [--max-p99 D] [--max-error-rate P] [-H K=V]... [--json]\n"
                    "                                          exits 1 when a threshold is not met\n"
                    "  publish TOPIC JSON [-H K=V]...          publish a go-micro broker event\n"
                    "  subscribe SUBJECT... [--queue Q] [--count N] [--json]\n"
                    "                                          print messages, decoding go-micro envelopes\n"
                    "  subscribe SUBJECT... --rates [--interval 1s] [--json]\n"
                    "                                          live per-subject message and byte rates\n"
                    "  cluster [--watch] [--interval 2s] [--monitor URL,...] [--expect N] [--json]\n"
                    "                                          zones, servers, routes and health ($SYS or HTTP\n"
                    "                                          monitoring); exits 1 when a zone is not healthy\n"
                    "  mock SERVICE --endpoint Type.Method... --reply JSON [--zone Z]\n"
                    "                                          host a go-micro compatible mock until Ctrl-C\n"
                    "  demo [--chaos] [--show] [--json]        a local 3-zone NATS cluster with living services,\n"
                    "                                          until Ctrl-C; --chaos reads chaos commands on stdin;\n"
                    "                                          --show keeps a services + cluster view on screen\n"
                    "                                          (without a terminal: one snapshot, then exit)\n"
                    "  watch --rules FILE [--interval 1s] [--duration D] [--region R]\n"
                    "        [--monitor URL,...] [--json]\n"
                    "                                          evaluate alert rules against the cluster; prints\n"
                    "                                          pending/firing/resolved lines (NDJSON with --json);\n"
                    "                                          exits 1 when a rule is firing at the end\n"
                    "  journal [--since 1h] [--kind K]... [--zone Z] [--service S] [--grep TEXT]\n"
                    "          [--limit 1000] [--file PATH] [--json]\n"
                    "                                          what the app journaled, oldest first;\n"
                    "                                          --collector reads the cluster's collector instead\n"
                    "  collect [--config FILE] [--region R] [--subject S]... [--monitor URL,...]\n"
                    "          [--events-stream N] [--rates-stream N] [--prefix P] [--max-age 7d]\n"
                    "          [--events-max-bytes 512MiB] [--rates-max-bytes 1GiB] [--replicas N]\n"
                    "          [--rollup 1m] [--duration D] [--json]\n"
                    "                                          store the region's changes and per-minute subject\n"
                    "                                          rates in the cluster's JetStream for the app\n"
                    "\n"
                    "Protobuf (call, publish, mock, subscribe):\n"
                    "  --proto FILE|DIR|SET  .proto files, folders of them, or descriptor sets (protoc -o,\n"
                    "                        .pb/.desc/.protoset); repeatable\n"
                    "  --import-path DIR     where imports are found, as protoc -I; repeatable\n"
                    "  --content-type json|protobuf\n"
                    "                        what is sent (default json); bodies are always written as JSON\n"
                    "  --message TYPE        the body's message type where the endpoint or topic does not say\n"
                    "\n"
                    "Global options:\n"
                    "  --server URL[,URL]   NATS servers (default $NATS_URL, else nats://127.0.0.1:4222)\n"
                    "  --user U --password P | --token T | --creds FILE | --nkey SEEDFILE\n"
                    "  --tlsca FILE --tlscert FILE --tlskey FILE\n"
                    "  --version, --help\n"
                    "\n"
                    "Exit codes: 0 ok, 1 remote error, 2 usage, 3 connection failure.\n");
}

} // namespace

int main(int argc, char **argv)
{
    try {
        const std::vector<std::string> raw = expandCollectConfig(std::vector<std::string>(argv + 1, argv + argc));
        const Arguments args(raw,
                             {"--server", "--user", "--password", "--token", "--creds", "--nkey", "--tlsca", "--tlscert",
                              "--tlskey", "--node", "--header", "--timeout", "--count", "--queue", "--endpoint", "--reply",
                              "--zone", "--service-version", "--interval", "--monitor", "--expect", "--rules", "--duration", "--region",
                              "--since", "--kind", "--service", "--grep", "--limit", "--file",
                              "--subject", "--events-stream", "--rates-stream", "--prefix", "--max-age", "--events-max-bytes",
                              "--rates-max-bytes", "--replicas", "--rollup",
                              "--proto", "--import-path", "--content-type", "--message", "--body-file",
                              "--concurrency", "--rate", "--max-in-flight", "--requests", "--warmup", "--stop-error-rate",
                              "--max-p99", "--max-error-rate"},
                             {"--help", "--version", "--json", "--watch", "--rates", "--chaos", "--show", "--memory", "--collector"}, {{"-H", "--header"}, {"-h", "--help"}, {"-s", "--server"}});
        if (args.has("--version")) {
            std::cout << "switchboard-cli " << SWITCHBOARD_VERSION << " (commit " << SWITCHBOARD_GIT_COMMIT << ")\n";
            return ExitOk;
        }
        if (args.has("--help") || args.positionals().empty()) {
            printHelp();
            return args.has("--help") ? ExitOk : ExitUsage;
        }
        const CliContext ctx(args);
        static const std::map<std::string, int (*)(const CliContext &)> commands = {
            {"services", runServices}, {"describe", runDescribe}, {"call", runCall},       {"publish", runPublish},
            {"subscribe", runSubscribe}, {"mock", runMock},       {"cluster", runCluster}, {"demo", runDemo},
            {"journal", runJournal},     {"watch", runWatch},
            {"collect", runCollect},     {"bench", runBench},
        };
        const std::string &command = args.positionals().front();
        if (auto it = commands.find(command); it != commands.end())
            return it->second(ctx);
        throw UsageError(tr("unknown command '%1' (see --help)", command));
    } catch (const UsageError &e) {
        std::cerr << "switchboard-cli: " << e.what() << '\n';
        return ExitUsage;
    } catch (const CommandFailure &f) {
        std::cerr << "switchboard-cli: " << f.message << '\n';
        return f.code;
    } catch (const switchboard::nats::Error &e) {
        std::cerr << "switchboard-cli: " << e.what() << '\n';
        return e.kind() == switchboard::nats::ErrorKind::InvalidArgument ? ExitUsage : ExitConnection;
    } catch (const std::exception &e) {
        std::cerr << "switchboard-cli: " << e.what() << '\n';
        return ExitRemoteError;
    }
}
