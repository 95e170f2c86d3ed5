#include "LoadRunFigures.h"

#include <QCoreApplication>
#include <QLocale>

namespace switchboard::gui::loadfigures {

namespace {

double ms(int64_t micros)
{
    return double(micros) / 1000.0;
}

} // namespace

QString durationLabel(int64_t micros)
{
    // The SI symbols the rest of the app writes (Fmt.millis), in every language; three
    // significant digits, as the histogram's bucket edges are.
    const QLocale locale;
    if (micros < 1000)
        return locale.toString(qlonglong(micros)) + QStringLiteral(" µs");
    if (micros < 1'000'000)
        return locale.toString(ms(micros), 'g', 3) + QStringLiteral(" ms");
    return locale.toString(double(micros) / 1e6, 'g', 3) + QStringLiteral(" s");
}

QVariantMap figures(const load::LoadPlan &plan, const load::LoadSnapshot &run)
{
    const auto &h = run.latency;
    const bool open = plan.model == load::LoadPlan::Model::Open;
    QVariantMap out{{QStringLiteral("done"), qulonglong(run.done)},
                    {QStringLiteral("errors"), qulonglong(run.errors)},
                    {QStringLiteral("inFlight"), qulonglong(run.inFlight)},
                    {QStringLiteral("warmupDone"), qulonglong(run.warmupDone)},
                    {QStringLiteral("rate"), run.achievedRate},
                    {QStringLiteral("targetRate"), run.targetRate},
                    {QStringLiteral("elapsed"), run.elapsedSeconds},
                    {QStringLiteral("errorPercent"), run.errorPercent()},
                    {QStringLiteral("p50Ms"), ms(h.percentileMicros(50))},
                    {QStringLiteral("p90Ms"), ms(h.percentileMicros(90))},
                    {QStringLiteral("p99Ms"), ms(h.percentileMicros(99))},
                    {QStringLiteral("p999Ms"), ms(h.percentileMicros(99.9))},
                    {QStringLiteral("maxMs"), ms(h.maxMicros())},
                    {QStringLiteral("open"), open}};
    if (open) {
        out.insert(QStringLiteral("correctedP50Ms"), ms(run.corrected.percentileMicros(50)));
        out.insert(QStringLiteral("correctedP99Ms"), ms(run.corrected.percentileMicros(99)));
    }
    return out;
}

QVariantList histogram(const load::HistogramSnapshot &latency)
{
    QVariantList out;
    const auto buckets = latency.logBuckets(5);
    uint64_t most = 1;
    for (const auto &b : buckets)
        most = std::max(most, b.count);
    // From the first bucket with a reply: the decades below the fastest one are empty bars.
    bool started = false;
    for (const auto &b : buckets)
        if ((started = started || b.count > 0))
            out.append(QVariantMap{{QStringLiteral("label"), durationLabel(b.fromMicros)},
                                   {QStringLiteral("count"), qulonglong(b.count)},
                                   {QStringLiteral("share"), double(b.count) / double(most)}});
    return out;
}

QVariantList errorGroups(const load::LoadSnapshot &run)
{
    QVariantList out;
    for (const auto &g : run.errorGroups)
        out.append(QVariantMap{{QStringLiteral("kind"), QString::fromLatin1(micro::kindName(g.kind))},
                               {QStringLiteral("code"), g.code},
                               {QStringLiteral("detail"), QString::fromStdString(g.detail)},
                               {QStringLiteral("count"), qulonglong(g.count)}});
    return out;
}

QVariantList nodes(const load::LoadSnapshot &run)
{
    QVariantList out;
    for (const auto &n : run.nodes)
        out.append(QVariantMap{{QStringLiteral("node"), QString::fromStdString(n.nodeId)},
                               {QStringLiteral("done"), qulonglong(n.done)},
                               {QStringLiteral("errors"), qulonglong(n.errors)},
                               {QStringLiteral("p50Ms"), ms(n.p50Micros)},
                               {QStringLiteral("p99Ms"), ms(n.p99Micros)}});
    return out;
}

QString shape(const load::LoadPlan &plan)
{
    const QString target = QString::fromStdString(plan.service) + u' ' + QString::fromStdString(plan.endpoint);
    if (plan.model == load::LoadPlan::Model::Open)
        return QCoreApplication::translate("switchboard::gui::LoadRunController", "%1 · %2 a second").arg(target, QLocale().toString(plan.rate, 'g', 6));
    return QCoreApplication::translate("switchboard::gui::LoadRunController", "%1 · %n in flight", nullptr, plan.concurrency).arg(target);
}

} // namespace switchboard::gui::loadfigures
