#pragma once
// The switchboard-cli commands. Each returns an exit code or throws CommandFailure/UsageError.

#include <chrono>

#include "CliContext.h"

namespace switchboard::cli {

int runServices(const CliContext &ctx);
int runDescribe(const CliContext &ctx);
int runCall(const CliContext &ctx);
int runBench(const CliContext &ctx);
int runPublish(const CliContext &ctx);
int runSubscribe(const CliContext &ctx);
int runMock(const CliContext &ctx);
int runCluster(const CliContext &ctx);
int runDemo(const CliContext &ctx);
int runJournal(const CliContext &ctx);
int runWatch(const CliContext &ctx);
int runCollect(const CliContext &ctx);

/// Blocks SIGINT, SIGTERM and SIGUSR1 in this and every thread started afterwards, so that
/// waitForStopSignal() receives them. Call before connecting (cnats threads inherit the mask).
void blockStopSignals();
/// Waits for Ctrl-C, SIGTERM or requestStop().
void waitForStopSignal();
/// Waits at most `timeout`; true when a stop signal arrived.
bool waitForStopSignal(std::chrono::milliseconds timeout);
/// Ends waitForStopSignal() from any thread.
void requestStop();

} // namespace switchboard::cli
