#pragma once
// The Call page's load runs (issue 26): the run's setup (checked as it is typed, each problem on
// its field), starting it off the GUI thread against the Call page's target and request, and the
// live view pulled from the runner four times a second — never per request.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

#include "load/LoadRunner.h"

namespace switchboard::gui {

class CallController;
class LoadRunStore;
Q_MOC_INCLUDE("CallController.h")
Q_MOC_INCLUDE("LoadRunStore.h")

class LoadRunController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::CallController *call READ call WRITE setCall NOTIFY setupChanged)
    /// Where finished runs are kept (with an entry in the call history); none: not kept.
    Q_PROPERTY(switchboard::gui::LoadRunStore *store READ store WRITE setStore NOTIFY setupChanged)
    // The setup.
    Q_PROPERTY(bool openModel READ openModel WRITE setOpenModel NOTIFY setupChanged)
    Q_PROPERTY(int concurrency READ concurrency WRITE setConcurrency NOTIFY setupChanged)
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY setupChanged)
    Q_PROPERTY(int requests READ requests WRITE setRequests NOTIFY setupChanged)
    Q_PROPERTY(double durationSeconds READ durationSeconds WRITE setDurationSeconds NOTIFY setupChanged)
    Q_PROPERTY(double warmupSeconds READ warmupSeconds WRITE setWarmupSeconds NOTIFY setupChanged)
    Q_PROPERTY(double stopErrorPercent READ stopErrorPercent WRITE setStopErrorPercent NOTIFY setupChanged)
    Q_PROPERTY(double maxP99Ms READ maxP99Ms WRITE setMaxP99Ms NOTIFY setupChanged)
    Q_PROPERTY(double maxErrorPercent READ maxErrorPercent WRITE setMaxErrorPercent NOTIFY setupChanged)
    Q_PROPERTY(QString body READ body WRITE setBody NOTIFY setupChanged)
    /// field → what is wrong with it, in the reader's language ("concurrency", "rate", "body", …).
    Q_PROPERTY(QVariantMap problems READ problems NOTIFY setupChanged)
    Q_PROPERTY(bool canStart READ canStart NOTIFY setupChanged)
    // The run.
    Q_PROPERTY(bool running READ running NOTIFY runChanged)
    Q_PROPERTY(QString state READ state NOTIFY runChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY runChanged)
    /// done, errors, inFlight, rate, elapsed, errorPercent; p50Ms … maxMs; correctedP50Ms … (open model).
    Q_PROPERTY(QVariantMap figures READ figures NOTIFY runChanged)
    /// Log buckets: {label, count, share} (share of the largest bucket, 0…1).
    Q_PROPERTY(QVariantList histogram READ histogram NOTIFY runChanged)
    Q_PROPERTY(QVariantList errorGroups READ errorGroups NOTIFY runChanged)
    Q_PROPERTY(QVariantList nodes READ nodes NOTIFY runChanged)
    /// "pass", "fail" or "" (no thresholds, or not over yet), and why.
    Q_PROPERTY(QString verdict READ verdict NOTIFY runChanged)
    Q_PROPERTY(QString verdictText READ verdictText NOTIFY runChanged)
    /// A run is shown (the one running, the last one, or a kept one).
    Q_PROPERTY(bool hasRun READ hasRun NOTIFY runChanged)
    /// The kept run shown, or the id the last run was kept under; "" otherwise.
    Q_PROPERTY(QString shownRunId READ shownRunId NOTIFY runChanged)
    /// "greeter Greeter.Hello · 64 in flight · 2026-12-07 01:45:10".
    Q_PROPERTY(QString runTitle READ runTitle NOTIFY runChanged)
    /// The service the run shown went to ("" before any): where the map shows the load landing.
    Q_PROPERTY(QString runService READ runService NOTIFY runChanged)
    /// Why the kept run asked for could not be shown.
    Q_PROPERTY(QString storedError READ storedError NOTIFY runChanged)
public:
    explicit LoadRunController(QObject *parent = nullptr);
    ~LoadRunController() override;

    [[nodiscard]] CallController *call() const { return m_call; }
    void setCall(CallController *call);
    [[nodiscard]] LoadRunStore *store() const { return m_store; }
    void setStore(LoadRunStore *store);
    [[nodiscard]] bool openModel() const { return m_plan.model == load::LoadPlan::Model::Open; }
    void setOpenModel(bool open);
    [[nodiscard]] int concurrency() const { return m_plan.concurrency; }
    void setConcurrency(int n);
    [[nodiscard]] double rate() const { return m_plan.rate; }
    void setRate(double rate);
    [[nodiscard]] int requests() const { return int(m_plan.requests); }
    void setRequests(int n);
    [[nodiscard]] double durationSeconds() const { return double(m_plan.duration.count()) / 1000.0; }
    void setDurationSeconds(double s);
    [[nodiscard]] double warmupSeconds() const { return double(m_plan.warmup.count()) / 1000.0; }
    void setWarmupSeconds(double s);
    [[nodiscard]] double stopErrorPercent() const { return m_plan.stopErrorPercent; }
    void setStopErrorPercent(double p);
    [[nodiscard]] double maxP99Ms() const { return m_plan.thresholds.p99Ms.value_or(0); }
    void setMaxP99Ms(double ms);
    [[nodiscard]] double maxErrorPercent() const { return m_plan.thresholds.errorPercent.value_or(0); }
    void setMaxErrorPercent(double p);
    [[nodiscard]] QString body() const;
    void setBody(const QString &body);
    [[nodiscard]] QVariantMap problems() const { return m_problems; }
    [[nodiscard]] bool canStart() const;

    [[nodiscard]] bool running() const { return m_runner != nullptr; }
    [[nodiscard]] bool hasRun() const { return m_hasRun; }
    [[nodiscard]] QString shownRunId() const { return m_shownId; }
    [[nodiscard]] QString runTitle() const;
    [[nodiscard]] QString runService() const { return m_hasRun ? QString::fromStdString(m_runPlan.service) : QString(); }
    [[nodiscard]] QString storedError() const { return m_storedError; }
    [[nodiscard]] QString state() const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QVariantMap figures() const { return m_figures; }
    [[nodiscard]] QVariantList histogram() const { return m_histogram; }
    [[nodiscard]] QVariantList errorGroups() const { return m_errorGroups; }
    [[nodiscard]] QVariantList nodes() const { return m_nodes; }
    [[nodiscard]] QString verdict() const { return m_verdict; }
    [[nodiscard]] QString verdictText() const { return m_verdictText; }

    /// Starts a run of the Call page's request with this setup; false when it cannot (problems).
    Q_INVOKABLE bool start();
    Q_INVOKABLE void cancel();
    /// Shows a kept run (figures, histogram, errors, nodes, chart series); false when it cannot
    /// be read (storedError says why) or a run is going on.
    Q_INVOKABLE bool showStored(const QString &id);
    /// Fills a chart series from the per-second points: "rate", "p50" or "p99" (ms). Returns the peak.
    Q_INVOKABLE double fillSeries(QObject *series, const QString &kind) const;
    /// The run as the CLI's --json object, or its seconds as CSV; "" when written, else why not.
    Q_INVOKABLE QString exportJson(const QString &path) const;
    Q_INVOKABLE QString exportCsv(const QString &path) const;
    /// Documents/load-<service>-<endpoint>-<time>.<extension>.
    Q_INVOKABLE QString suggestedExportPath(const QString &extension) const;
    /// The plan's problems in the reader's language (also used by the tests).
    static QString describe(const load::PlanProblem &problem);

Q_SIGNALS:
    void setupChanged();
    void runChanged();

private:
    void check();
    void pull();
    void judge();
    void keep();
    void present();
    void started(bool ok);
    [[nodiscard]] load::LoadPlan planWithTarget() const;
    /// Writes an export atomically; "" when written, else why not.
    static QString writeExport(const QString &path, const std::string &bytes);

    QPointer<CallController> m_call;
    QPointer<LoadRunStore> m_store;
    load::LoadPlan m_plan;
    QVariantMap m_problems;
    std::shared_ptr<load::LoadRunner> m_runner;
    load::LoadPlan m_runPlan; ///< the plan of the run shown
    load::LoadSnapshot m_last;
    bool m_starting = false;
    bool m_hasRun = false;
    QString m_shownId, m_storedError;
    QTimer m_pull;
    QVariantMap m_figures;
    QVariantList m_histogram, m_errorGroups, m_nodes;
    QString m_verdict, m_verdictText;
};

} // namespace switchboard::gui
