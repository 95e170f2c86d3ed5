#include "LoadCompareController.h"

#include <QDateTime>
#include <QLocale>

#include "LoadRunFigures.h"
#include "LoadRunStore.h"
#include "load/LoadComparison.h"

namespace switchboard::gui {

namespace {

using Kind = load::ComparedFigure::Kind;

QString valueText(Kind kind, double v)
{
    const QLocale locale;
    switch (kind) {
    case Kind::LatencyMs: return loadfigures::durationLabel(int64_t(std::llround(v * 1000)));
    case Kind::Rate: return LoadCompareController::tr("%1/s").arg(locale.toString(v, 'f', 0));
    case Kind::Percent: return LoadCompareController::tr("%1 %").arg(locale.toString(v, 'f', 2));
    case Kind::Count: return locale.toString(qulonglong(v));
    }
    return {};
}

QString nameText(const std::string &name)
{
    // Percentile names are the same in every language; the rest are words.
    if (name == "max")
        return LoadCompareController::tr("max");
    if (name == "mean")
        return LoadCompareController::tr("mean");
    if (name == "rate")
        return LoadCompareController::tr("throughput");
    if (name == "errors")
        return LoadCompareController::tr("errors");
    if (name == "requests")
        return LoadCompareController::tr("requests");
    if (name.rfind("corrected ", 0) == 0)
        return LoadCompareController::tr("%1 corrected").arg(QString::fromStdString(name.substr(10)));
    return QString::fromStdString(name);
}

} // namespace

LoadCompareController::LoadCompareController(QObject *parent)
    : QObject(parent)
{
    refresh();
}

void LoadCompareController::setStore(LoadRunStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    refresh();
}

void LoadCompareController::setFirstId(const QString &id)
{
    if (m_firstId == id)
        return;
    m_firstId = id;
    refresh();
}

void LoadCompareController::setSecondId(const QString &id)
{
    if (m_secondId == id)
        return;
    m_secondId = id;
    refresh();
}

void LoadCompareController::refresh()
{
    m_ready = false;
    m_rows.clear();
    m_buckets.clear();
    m_problem.clear();
    for (int i = 0; i < 2; ++i)
        m_titles[i].clear(), m_verdicts[i].clear();
    std::optional<load::StoredRun> runs[2];
    const QString ids[2] = {m_firstId, m_secondId};
    if (!m_store || m_firstId.isEmpty() || m_secondId.isEmpty()) {
        m_problem = tr("Choose two kept runs to compare.");
    } else {
        for (int i = 0; i < 2 && m_problem.isEmpty(); ++i) {
            runs[i] = m_store->read(ids[i], &m_problem);
            if (!runs[i])
                continue;
            const QVariantMap info = m_store->info(ids[i]);
            const QDateTime at = QDateTime::fromString(info.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
            m_titles[i] = loadfigures::shape(runs[i]->plan) + QStringLiteral(" · ") + at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            const QString verdict = info.value(QStringLiteral("verdict")).toString();
            m_verdicts[i] = verdict == QLatin1String("pass")   ? tr("Thresholds met")
                            : verdict == QLatin1String("fail") ? tr("Thresholds not met")
                                                               : QString();
        }
    }
    if (m_problem.isEmpty()) {
        const auto comparison = load::compare(runs[0]->run, runs[1]->run);
        for (const auto &f : comparison.figures) {
            const double change = f.change();
            const bool moved = f.first != 0 && std::abs(change) >= 0.005; // under half a percent: the same
            m_rows.append(QVariantMap{
                {QStringLiteral("name"), nameText(f.name)},
                {QStringLiteral("first"), valueText(f.kind, f.first)},
                {QStringLiteral("second"), valueText(f.kind, f.second)},
                {QStringLiteral("change"), !moved ? QStringLiteral("—")
                                                  : tr("%1%2 %").arg(change > 0 ? QStringLiteral("+") : QString(),
                                                                     QLocale().toString(change * 100, 'f', 1))},
                {QStringLiteral("worse"), moved && f.worse()},
                {QStringLiteral("better"), moved && !f.worse() && f.kind != Kind::Count}});
        }
        // Shares of each run's own requests, so a run of 1 000 and one of 100 000 read alike;
        // scaled so that the tallest bar of either fills the height.
        double totals[2] = {0, 0}, most = 0;
        for (const auto &b : comparison.buckets)
            totals[0] += double(b.first), totals[1] += double(b.second);
        auto share = [&](uint64_t n, int run) { return totals[run] > 0 ? double(n) / totals[run] : 0.0; };
        for (const auto &b : comparison.buckets)
            most = std::max({most, share(b.first, 0), share(b.second, 1)});
        bool started = false; // from the first bucket with a reply in either run
        for (const auto &b : comparison.buckets)
            if ((started = started || b.first > 0 || b.second > 0))
                m_buckets.append(QVariantMap{{QStringLiteral("label"), loadfigures::durationLabel(b.fromMicros)},
                                         {QStringLiteral("first"), most > 0 ? share(b.first, 0) / most : 0.0},
                                         {QStringLiteral("second"), most > 0 ? share(b.second, 1) / most : 0.0},
                                         {QStringLiteral("firstCount"), qulonglong(b.first)},
                                         {QStringLiteral("secondCount"), qulonglong(b.second)}});
        m_ready = true;
    }
    Q_EMIT changed();
}

} // namespace switchboard::gui
