#pragma once
// The core's RPC throughput loop, shared by bench_rpc, bench_load and bench_app_load so that their
// baselines are one measurement: 64 calls in flight through RpcClient::start, each waited for in
// the order it was started.

#include <chrono>
#include <deque>

#include "micro/RpcClient.h"

namespace switchboard::bench {

inline double rpcWindowThroughput(micro::RpcClient &client, const micro::CallRequest &request, int calls,
                                  size_t inFlight = 64)
{
    std::deque<micro::PendingCall> window;
    int completed = 0;
    const auto t = std::chrono::steady_clock::now();
    for (int i = 0; i < calls; ++i) {
        if (window.size() == inFlight) {
            completed += window.front().wait().ok();
            window.pop_front();
        }
        window.push_back(client.start(request));
    }
    while (!window.empty()) {
        completed += window.front().wait().ok();
        window.pop_front();
    }
    return completed / std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

} // namespace switchboard::bench
