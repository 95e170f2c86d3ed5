#include "LoadRunController.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QThreadPool>
#include <QtCharts/QXYSeries>

#include "CallController.h"
#include "CallHistory.h"
#include "SchemaLibrary.h"
#include "Session.h"
#include "load/GoMicroTarget.h"
#include "load/LoadReport.h"
#include "load/SrvTarget.h"
#include "proto/ProtoCodec.h"

namespace switchboard::gui {

namespace {

using State = load::LoadSnapshot::State;
using Code = load::PlanProblem::Code;

double ms(int64_t micros)
{
    return double(micros) / 1000.0;
}

QString durationLabel(int64_t micros)
{
    if (micros < 1000)
        return LoadRunController::tr("%1 µs").arg(micros);
    if (micros < 1'000'000)
        return LoadRunController::tr("%1 ms").arg(QLocale().toString(ms(micros), 'g', 3));
    return LoadRunController::tr("%1 s").arg(QLocale().toString(double(micros) / 1e6, 'g', 3));
}

} // namespace

LoadRunController::LoadRunController(QObject *parent)
    : QObject(parent)
{
    m_plan.requests = 1000;
    m_plan.rate = 100;
    m_pull.setInterval(250);
    connect(&m_pull, &QTimer::timeout, this, &LoadRunController::pull);
    check();
}

LoadRunController::~LoadRunController()
{
    if (m_runner)
        m_runner->cancel();
}

void LoadRunController::setCall(CallController *call)
{
    if (m_call == call)
        return;
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
    m_call = call;
    if (m_call) {
        m_plan.body = m_call->body().toStdString(); // the request as the Call page has it
        for (auto signal : {&CallController::targetChanged, &CallController::targetsChanged, &CallController::timeoutChanged,
                            &CallController::headersChanged, &CallController::canSendChanged})
            connect(m_call, signal, this, &LoadRunController::check); // the target, or the connection, changed
    }
    check();
}

void LoadRunController::setOpenModel(bool open)
{
    m_plan.model = open ? load::LoadPlan::Model::Open : load::LoadPlan::Model::Closed;
    check();
}

void LoadRunController::setConcurrency(int n)
{
    m_plan.concurrency = n;
    check();
}

void LoadRunController::setRate(double rate)
{
    m_plan.rate = rate;
    check();
}

void LoadRunController::setRequests(int n)
{
    m_plan.requests = uint64_t(std::max(0, n));
    check();
}

void LoadRunController::setDurationSeconds(double s)
{
    m_plan.duration = std::chrono::milliseconds(int64_t(std::max(0.0, s) * 1000));
    check();
}

void LoadRunController::setWarmupSeconds(double s)
{
    m_plan.warmup = std::chrono::milliseconds(int64_t(std::max(0.0, s) * 1000));
    check();
}

void LoadRunController::setStopErrorPercent(double p)
{
    m_plan.stopErrorPercent = p;
    check();
}

void LoadRunController::setMaxP99Ms(double ms)
{
    m_plan.thresholds.p99Ms = ms > 0 ? std::optional<double>(ms) : std::nullopt;
    check();
}

void LoadRunController::setMaxErrorPercent(double p)
{
    m_plan.thresholds.errorPercent = p > 0 ? std::optional<double>(p) : std::nullopt;
    check();
}

QString LoadRunController::body() const
{
    return QString::fromStdString(m_plan.body);
}

void LoadRunController::setBody(const QString &body)
{
    m_plan.body = body.toStdString();
    check();
}

QString LoadRunController::describe(const load::PlanProblem &p)
{
    switch (p.code) {
    case Code::NoEndpoint: return tr("Choose a service and an endpoint on the Call page first.");
    case Code::Concurrency: return tr("From 1 to %1 requests in flight.").arg(p.limit);
    case Code::Rate: return tr("A rate above 0 and at most %1 requests a second.").arg(p.limit);
    case Code::NothingToRun: return tr("Give a number of requests or a duration.");
    case Code::TooManyRequests: return tr("At most %1 requests.").arg(p.limit);
    case Code::Duration: return tr("At most %1 seconds.").arg(p.limit);
    case Code::Warmup: return tr("The warm-up must be shorter than the run.");
    case Code::Timeout: return tr("The timeout must be from 1 ms to %1 s.").arg(p.limit);
    case Code::StopErrorPercent: return tr("An error rate from 0 to 100 %.");
    case Code::ThresholdP99: return tr("A p99 above 0 ms.");
    case Code::ThresholdErrors: return tr("An error rate from 0 to 100 %.");
    case Code::Template: {
        const auto &e = p.templateError;
        using Problem = load::TemplateError::Problem;
        const QString name = QString::fromStdString(e.name);
        switch (e.problem) {
        case Problem::Unclosed: return tr("Column %1: \"{{\" without \"}}\".").arg(e.column);
        case Problem::UnknownName:
            return tr("Column %1: {{%2}} is not a placeholder; use {{seq}}, {{uuid}}, {{randInt A B}} or {{now}}.").arg(e.column).arg(name);
        case Problem::BadNumbers: return tr("Column %1: randInt takes two whole numbers, as {{randInt 1 100}}.").arg(e.column);
        case Problem::EmptyRange: return tr("Column %1: in {{%2}} the first number is larger than the second.").arg(e.column).arg(name);
        case Problem::None: break;
        }
        return {};
    }
    case Code::BodyNotJson: return tr("The body is not JSON once its placeholders are filled in.");
    case Code::BodyTooLarge: return tr("The request would be larger than the server's limit of %1 bytes.").arg(p.limit);
    }
    return {};
}

load::LoadPlan LoadRunController::planWithTarget() const
{
    load::LoadPlan plan = m_plan;
    if (!m_call)
        return plan;
    plan.service = m_call->service().toStdString();
    plan.endpoint = m_call->endpoint().toStdString();
    plan.nodeId = m_call->node().toStdString();
    plan.timeout = std::chrono::milliseconds(m_call->timeoutMs());
    plan.contentType = m_call->contentType().toStdString();
    if (m_call->protocol() == QLatin1String("$SRV")) {
        plan.kind = load::LoadPlan::Kind::Srv;
        plan.endpoint = m_call->srvSubject().toStdString();
    }
    std::vector<std::pair<std::string, std::string>> headers;
    if (CallController::parseHeaders(m_call->headers(), &headers, nullptr))
        plan.headers = micro::Header(headers.begin(), headers.end());
    return plan;
}

void LoadRunController::check()
{
    m_problems.clear();
    const auto session = m_call ? m_call->session() : nullptr;
    const int64_t maxPayload = 0; // the runner checks the server's limit when it starts
    for (const auto &p : load::validate(planWithTarget(), maxPayload)) {
        const QString field = QString::fromStdString(p.field);
        if (!m_problems.contains(field))
            m_problems.insert(field, describe(p));
    }
    if (!session || session->state() != Session::Connected)
        m_problems.insert(QStringLiteral("connection"), tr("Not connected."));
    Q_EMIT setupChanged();
}

bool LoadRunController::canStart() const
{
    return m_problems.isEmpty() && !running() && !m_starting;
}

bool LoadRunController::start()
{
    check();
    if (!canStart())
        return false;
    Session *session = m_call->session();
    m_runPlan = planWithTarget();
    std::shared_ptr<load::LoadTarget> target;
    if (m_runPlan.kind == load::LoadPlan::Kind::Srv) {
        target = load::SrvTarget::create(session->connection(), m_runPlan.endpoint, m_runPlan.headers);
    } else {
        target = std::make_shared<load::GoMicroTarget>(session->connection(), session->rpcClient(), load::callRequestOf(m_runPlan));
    }
    if (m_runner)
        m_runner->cancel();
    m_runner = load::LoadRunner::create(m_runPlan, target);
    if (m_runPlan.contentType == "application/protobuf") {
        // Each rendered body is encoded with the endpoint's request type (the Call page's).
        const proto::SchemaSetPtr schemas = session->schemas()->current();
        const auto *type = schemas->findMessage(m_call->requestType().toStdString());
        m_runner->setEncoder([schemas, type](std::string &&json, std::string &error) {
            auto encoded = proto::ProtoCodec::fromJson(*schemas, type, json);
            if (!encoded.ok()) {
                error = encoded.error;
                return std::string();
            }
            return std::move(encoded.data);
        });
    }
    m_last = {};
    m_starting = true;
    m_verdict.clear();
    m_verdictText.clear();
    // Off the GUI thread: the target may sweep the registry for the endpoint's nodes.
    auto runner = m_runner;
    QPointer<LoadRunController> self(this);
    QThreadPool::globalInstance()->start([runner, self] {
        const bool ok = runner->start();
        QMetaObject::invokeMethod(self.data(), [self, runner, ok] {
            if (self && self->m_runner == runner)
                self->started(ok);
        }, Qt::QueuedConnection);
    });
    Q_EMIT setupChanged();
    Q_EMIT runChanged();
    return true;
}

void LoadRunController::started(bool ok)
{
    m_starting = false;
    Q_UNUSED(ok); // a failed start is a Failed snapshot: pull() shows why
    pull();
    if (!m_last.over())
        m_pull.start();
    Q_EMIT setupChanged();
}

void LoadRunController::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

QString LoadRunController::state() const
{
    if (m_starting)
        return QStringLiteral("starting");
    if (!m_runner)
        return QStringLiteral("idle");
    return QString::fromLatin1(load::stateName(m_last.state));
}

QString LoadRunController::stateText() const
{
    if (m_starting)
        return tr("Starting…");
    if (!m_runner)
        return tr("Not run yet");
    switch (m_last.state) {
    case State::NotStarted: return tr("Starting…");
    case State::WarmingUp: return tr("Warming up");
    case State::Running: return tr("Running");
    case State::Draining: return tr("Waiting for the last replies");
    case State::Finished: return tr("Finished");
    case State::StoppedOnErrors: return tr("Stopped: %1").arg(QString::fromStdString(m_last.failure));
    case State::Cancelled: return tr("Cancelled");
    case State::Failed: return tr("Could not start: %1").arg(QString::fromStdString(m_last.failure));
    }
    return {};
}

void LoadRunController::pull()
{
    if (!m_runner)
        return;
    m_last = m_runner->snapshot();
    const auto &h = m_last.latency;
    m_figures = QVariantMap{{QStringLiteral("done"), qulonglong(m_last.done)},
                            {QStringLiteral("errors"), qulonglong(m_last.errors)},
                            {QStringLiteral("inFlight"), qulonglong(m_last.inFlight)},
                            {QStringLiteral("warmupDone"), qulonglong(m_last.warmupDone)},
                            {QStringLiteral("rate"), m_last.achievedRate},
                            {QStringLiteral("targetRate"), m_last.targetRate},
                            {QStringLiteral("elapsed"), m_last.elapsedSeconds},
                            {QStringLiteral("errorPercent"), m_last.errorPercent()},
                            {QStringLiteral("p50Ms"), ms(h.percentileMicros(50))},
                            {QStringLiteral("p90Ms"), ms(h.percentileMicros(90))},
                            {QStringLiteral("p99Ms"), ms(h.percentileMicros(99))},
                            {QStringLiteral("p999Ms"), ms(h.percentileMicros(99.9))},
                            {QStringLiteral("maxMs"), ms(h.maxMicros())},
                            {QStringLiteral("open"), m_runPlan.model == load::LoadPlan::Model::Open}};
    if (m_runPlan.model == load::LoadPlan::Model::Open) {
        m_figures.insert(QStringLiteral("correctedP50Ms"), ms(m_last.corrected.percentileMicros(50)));
        m_figures.insert(QStringLiteral("correctedP99Ms"), ms(m_last.corrected.percentileMicros(99)));
    }
    m_histogram.clear();
    const auto buckets = h.logBuckets(5);
    uint64_t most = 1;
    for (const auto &b : buckets)
        most = std::max(most, b.count);
    for (const auto &b : buckets)
        m_histogram.append(QVariantMap{{QStringLiteral("label"), durationLabel(b.fromMicros)},
                                       {QStringLiteral("count"), qulonglong(b.count)},
                                       {QStringLiteral("share"), double(b.count) / double(most)}});
    m_errorGroups.clear();
    for (const auto &g : m_last.errorGroups)
        m_errorGroups.append(QVariantMap{{QStringLiteral("kind"), QString::fromLatin1(micro::kindName(g.kind))},
                                         {QStringLiteral("code"), g.code},
                                         {QStringLiteral("detail"), QString::fromStdString(g.detail)},
                                         {QStringLiteral("count"), qulonglong(g.count)}});
    m_nodes.clear();
    for (const auto &n : m_last.nodes)
        m_nodes.append(QVariantMap{{QStringLiteral("node"), QString::fromStdString(n.nodeId)},
                                   {QStringLiteral("done"), qulonglong(n.done)},
                                   {QStringLiteral("errors"), qulonglong(n.errors)},
                                   {QStringLiteral("p50Ms"), ms(n.p50Micros)},
                                   {QStringLiteral("p99Ms"), ms(n.p99Micros)}});
    if (m_last.over()) {
        m_pull.stop();
        if (m_runPlan.thresholds.any() && m_last.state != State::Failed) {
            std::vector<std::string> missed;
            const bool pass = load::meets(m_runPlan.thresholds, m_last, &missed) && m_last.state == State::Finished;
            m_verdict = pass ? QStringLiteral("pass") : QStringLiteral("fail");
            QStringList why;
            for (const auto &w : missed)
                why << QString::fromStdString(w);
            if (!pass && why.isEmpty())
                why << stateText();
            m_verdictText = pass ? tr("Thresholds met") : tr("Thresholds not met: %1").arg(why.join(QStringLiteral("; ")));
        }
        Q_EMIT setupChanged(); // canStart again
    }
    Q_EMIT runChanged();
}

double LoadRunController::fillSeries(QObject *seriesObject, const QString &kind) const
{
    auto *series = qobject_cast<QXYSeries *>(seriesObject);
    if (!series)
        return 0;
    QList<QPointF> points;
    double peak = 0;
    for (const auto &s : m_last.seconds) {
        const double v = kind == QLatin1String("rate") ? double(s.done)
                       : kind == QLatin1String("p50")  ? ms(s.p50Micros)
                                                        : ms(s.p99Micros);
        peak = std::max(peak, v);
        points.append(QPointF(s.atSeconds, v));
    }
    series->replace(points);
    return peak;
}

QString LoadRunController::exportJson(const QString &path) const
{
    if (!m_runner)
        return tr("Nothing has run yet.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    file.write(QByteArray::fromStdString(load::runJson(m_runPlan, m_last).dump(2)));
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return {};
}

QString LoadRunController::exportCsv(const QString &path) const
{
    if (!m_runner)
        return tr("Nothing has run yet.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    file.write(QByteArray::fromStdString(load::secondsCsv(m_last)));
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return {};
}

} // namespace switchboard::gui
