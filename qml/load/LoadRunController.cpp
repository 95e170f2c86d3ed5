#include "LoadRunController.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtCharts/QXYSeries>

#include "CallController.h"
#include "CallHistory.h"
#include "LoadRunFigures.h"
#include "LoadRunStore.h"
#include "SchemaLibrary.h"
#include "Session.h"
#include "load/GoMicroTarget.h"
#include "load/LoadReport.h"
#include "load/SrvTarget.h"
#include "proto/ProtoCodec.h"

namespace switchboard::gui {

namespace {

using State = load::LoadSnapshot::State;

double ms(int64_t micros)
{
    return double(micros) / 1000.0;
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

void LoadRunController::setStore(LoadRunStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    Q_EMIT setupChanged();
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
    m_shownId.clear();
    m_storedError.clear();
    m_hasRun = true;
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
    if (!hasRun())
        return QStringLiteral("idle");
    return QString::fromLatin1(load::stateName(m_last.state));
}

QString LoadRunController::stateText() const
{
    if (m_starting)
        return tr("Starting…");
    if (!hasRun())
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
    if (m_last.over()) {
        m_pull.stop();
        judge();
        keep();
        m_runner.reset(); // over: what is shown is m_last, and a new run may start
        Q_EMIT setupChanged();
    }
    present();
}

void LoadRunController::judge()
{
    if (!m_runPlan.thresholds.any() || m_last.state == State::Failed)
        return;
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

void LoadRunController::keep()
{
    // A run that never started measured nothing worth keeping; its failure is on screen.
    if (!m_store || m_last.state == State::Failed)
        return;
    m_shownId = m_store->save(m_runPlan, m_last, m_verdict);
    if (m_shownId.isEmpty() || !m_call || !m_call->history())
        return;
    QJsonObject entry = m_call->requestEntry();
    entry.insert(QStringLiteral("body"), QString::fromStdString(m_runPlan.body)); // the template
    entry.insert(QStringLiteral("ok"), m_last.state == State::Finished && m_verdict != QLatin1String("fail"));
    entry.insert(QStringLiteral("status"), m_store->info(m_shownId).value(QStringLiteral("summary")).toString());
    entry.insert(QStringLiteral("loadRun"), m_shownId);
    m_call->history()->add(entry);
}

void LoadRunController::present()
{
    m_figures = loadfigures::figures(m_runPlan, m_last);
    m_histogram = loadfigures::histogram(m_last.latency);
    m_errorGroups = loadfigures::errorGroups(m_last);
    m_nodes = loadfigures::nodes(m_last);
    Q_EMIT runChanged();
}

bool LoadRunController::showStored(const QString &id)
{
    if (running() || !m_store)
        return false;
    QString error;
    const auto stored = m_store->read(id, &error);
    m_storedError = error;
    if (!stored) {
        // Nothing of the run shown before stays on screen under the message: it is not this one.
        m_last = {};
        m_hasRun = false;
        m_shownId.clear();
        m_verdict.clear();
        m_verdictText.clear();
        present();
        return false;
    }
    m_runPlan = stored->plan;
    m_last = stored->run;
    m_shownId = id;
    m_verdict = m_store->info(id).value(QStringLiteral("verdict")).toString(); // its reasons are not kept
    m_verdictText = m_verdict == QLatin1String("pass")   ? tr("Thresholds met")
                    : m_verdict == QLatin1String("fail") ? tr("Thresholds not met")
                                                         : QString();
    present();
    return true;
}

QString LoadRunController::runTitle() const
{
    if (!hasRun())
        return {};
    QString title = loadfigures::shape(m_runPlan);
    const QString at = m_store && !m_shownId.isEmpty() ? m_store->info(m_shownId).value(QStringLiteral("at")).toString() : QString();
    if (!at.isEmpty())
        title += QStringLiteral(" · ") + QDateTime::fromString(at, Qt::ISODateWithMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return title;
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
    return hasRun() ? writeExport(path, load::runJson(m_runPlan, m_last).dump(2)) : tr("Nothing has run yet.");
}

QString LoadRunController::exportCsv(const QString &path) const
{
    return hasRun() ? writeExport(path, load::secondsCsv(m_last)) : tr("Nothing has run yet.");
}

QString LoadRunController::writeExport(const QString &path, const std::string &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), qint64(bytes.size())) < 0 || !file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return {};
}

QString LoadRunController::suggestedExportPath(const QString &extension) const
{
    QString name = QStringLiteral("load-%1-%2-%3")
                       .arg(QString::fromStdString(m_runPlan.service), QString::fromStdString(m_runPlan.endpoint),
                            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name + u'.' + extension;
}

} // namespace switchboard::gui
