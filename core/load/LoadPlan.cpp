#include "LoadPlan.h"

#include <nlohmann/json.hpp>

#include <random>

namespace switchboard::load {

std::string PlanProblem::message() const
{
    const std::string n = std::to_string(limit);
    switch (code) {
    case Code::NoEndpoint: return "no endpoint to load: give a service and an endpoint";
    case Code::Concurrency: return "concurrency must be from 1 to " + n;
    case Code::Rate: return "the rate must be above 0 and at most " + n + " requests/s";
    case Code::NothingToRun: return "give a number of requests or a duration";
    case Code::TooManyRequests: return "at most " + n + " requests";
    case Code::Duration: return "the duration must be at most " + n + " s";
    case Code::Warmup: return "the warm-up must be shorter than the run";
    case Code::Timeout: return "the timeout must be from 1 ms to " + n + " s";
    case Code::StopErrorPercent: return "the error rate to stop at must be from 0 to 100 %";
    case Code::ThresholdP99: return "the p99 threshold must be above 0 ms";
    case Code::ThresholdErrors: return "the error threshold must be from 0 to 100 %";
    case Code::Template: return "body template, " + templateError.message();
    case Code::BodyNotJson: return "the body is not JSON once its placeholders are filled in";
    case Code::BodyTooLarge: return "the request is larger than the server's limit of " + n + " bytes";
    }
    return {};
}

namespace {

/// Bytes the go-micro envelope adds around a body: headers, JSON and base64 (4/3) — an upper
/// bound, so a body that passes here is never refused by the server for its size.
int64_t envelopeSize(const LoadPlan &plan, size_t body)
{
    if (plan.kind == LoadPlan::Kind::Srv)
        return int64_t(body) + 256; // NATS headers: Content-Type and the caller's, counted below
    return int64_t(body + 2) / 3 * 4 + 512 + int64_t(plan.service.size() + plan.endpoint.size()) * 2;
}

} // namespace

micro::CallRequest callRequestOf(const LoadPlan &plan)
{
    micro::CallRequest request;
    request.service = plan.service;
    request.endpoint = plan.endpoint;
    request.headers = plan.headers;
    request.contentType = plan.contentType;
    request.timeout = plan.timeout;
    request.nodeId = plan.nodeId;
    return request;
}

std::vector<PlanProblem> validate(const LoadPlan &plan, int64_t maxPayload)
{
    using Code = PlanProblem::Code;
    std::vector<PlanProblem> out;
    auto add = [&out](Code code, std::string field, int64_t limit = 0) { out.push_back({code, std::move(field), limit, {}}); };
    if ((plan.kind == LoadPlan::Kind::GoMicro && plan.service.empty()) || plan.endpoint.empty())
        add(Code::NoEndpoint, "endpoint");
    if ((plan.concurrency < 1 || plan.concurrency > limits::kMaxConcurrency))
        add(Code::Concurrency, "concurrency", limits::kMaxConcurrency);
    if (plan.model == LoadPlan::Model::Open && !(plan.rate > 0 && plan.rate <= limits::kMaxRate))
        add(Code::Rate, "rate", int64_t(limits::kMaxRate));
    if (plan.requests == 0 && plan.duration.count() <= 0)
        add(Code::NothingToRun, "requests");
    if (plan.requests > limits::kMaxRequests)
        add(Code::TooManyRequests, "requests", int64_t(limits::kMaxRequests));
    if (plan.duration.count() < 0 || plan.duration > limits::kMaxDuration)
        add(Code::Duration, "duration", std::chrono::seconds(limits::kMaxDuration).count());
    if (plan.warmup.count() < 0 || (plan.duration.count() > 0 && plan.warmup >= plan.duration))
        add(Code::Warmup, "warmup");
    if (plan.timeout.count() < 1 || plan.timeout > limits::kMaxTimeout)
        add(Code::Timeout, "timeout", std::chrono::seconds(limits::kMaxTimeout).count());
    if (!(plan.stopErrorPercent >= 0 && plan.stopErrorPercent <= 100))
        add(Code::StopErrorPercent, "stopErrorPercent");
    if (plan.thresholds.p99Ms && !(*plan.thresholds.p99Ms > 0))
        add(Code::ThresholdP99, "thresholds.p99");
    if (plan.thresholds.errorPercent && !(*plan.thresholds.errorPercent >= 0 && *plan.thresholds.errorPercent <= 100))
        add(Code::ThresholdErrors, "thresholds.errors");

    TemplateError error;
    const BodyTemplate body = BodyTemplate::parse(plan.body, error);
    if (error) {
        out.push_back({Code::Template, "body", 0, error});
        return out;
    }
    // Two samples: placeholders that make numbers or strings must leave JSON valid either way.
    std::mt19937_64 random(1);
    const std::string first = body.render(0, random), later = body.render(limits::kMaxRequests, random);
    // go-micro's JSON codec needs JSON; a $SRV body is whatever the service reads.
    if (plan.kind == LoadPlan::Kind::GoMicro && plan.contentType == "application/json"
        && (!nlohmann::json::accept(first) || !nlohmann::json::accept(later)))
        add(Code::BodyNotJson, "body");
    int64_t headers = 0;
    for (const auto &[k, v] : plan.headers)
        headers += int64_t(k.size() + v.size()) + 8;
    if (maxPayload > 0 && envelopeSize(plan, body.maxSize(plan.requests ? plan.requests : limits::kMaxRequests)) + headers > maxPayload)
        add(Code::BodyTooLarge, "body", maxPayload);
    return out;
}

} // namespace switchboard::load
