#include "TrafficController.h"

#include <QDir>
#include <QtCharts/QXYSeries>
#include <QStandardPaths>

#include "CoreStrings.h"
#include "PayloadText.h"
#include "ProtobufView.h"
#include "SchemaLibrary.h"
#include "Session.h"
#include "TrafficExport.h"
#include "TrafficPublisher.h"
#include "live/CatalogTypes.h"
#include "live/TrafficMonitor.h"
#include "nats/Error.h"

namespace switchboard::gui {

namespace {
constexpr int kMaxCharted = 6;      // more lines than this read as noise
constexpr size_t kInspectHex = 64 * 1024;
}

TrafficController::TrafficController(QObject *parent)
    : QObject(parent)
    , m_subscriptions(TrafficSampler::subscriptionRoles())
    , m_subjects(TrafficSampler::subjectRoles())
    , m_messages(TrafficSampler::messageRoles())
{
}

TrafficController::~TrafficController()
{
    m_worker.stop();
}

void TrafficController::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->schemas(), nullptr, this, nullptr);
    }
    m_session = session;
    m_protobufTypesStale = true;
    if (m_session) {
        connect(m_session, &Session::stateChanged, this, &TrafficController::attach);
        connect(m_session, &Session::catalogChanged, this, [this] {
            ++m_catalogRevision;
            Q_EMIT catalogRevisionChanged();
        });
        const auto typesChanged = [this] { m_protobufTypesStale = true; };
        connect(m_session->schemas(), &SchemaLibrary::changed, this, typesChanged);
        connect(m_session->schemas(), &SchemaLibrary::choicesChanged, this, typesChanged);
    }
    attach();
    Q_EMIT sessionChanged();
}

void TrafficController::attach()
{
    // While cnats reconnects, the session keeps the same connection object: the monitor stays and
    // keeps its counts. Only a new connection (or none) replaces it.
    const auto connection = m_session ? m_session->connection() : nullptr;
    if (connection == m_connection)
        return;
    detach();
    m_connection = connection;
    if (!connection)
        return;
    auto monitor = std::make_shared<live::TrafficMonitor>(connection);
    QStringList failed;
    for (const Wanted &w : m_wanted) {
        try {
            monitor->addSubject(w.subject.toStdString(), w.queue.toStdString());
            if (w.paused)
                monitor->pause(w.subject.toStdString());
        } catch (const std::exception &e) {
            failed << w.subject + QStringLiteral(": ") + q(e.what());
        }
    }
    setError(failed.isEmpty() ? QString() : tr("Could not subscribe again: %1").arg(failed.join(QStringLiteral("; "))));
    {
        std::lock_guard lock(m_mutex);
        m_monitor = std::move(monitor);
        m_sampler.reset();
    }
    m_worker.start([this] { runSample(); }, std::chrono::milliseconds(1000));
    Q_EMIT activeChanged();
}

void TrafficController::detach()
{
    m_worker.stop();
    std::shared_ptr<live::TrafficMonitor> old;
    {
        std::lock_guard lock(m_mutex);
        old.swap(m_monitor);
    }
    m_connection.reset();
    if (old)
        Q_EMIT activeChanged();
}

std::shared_ptr<live::TrafficMonitor> TrafficController::monitor() const
{
    std::lock_guard lock(m_mutex);
    return m_monitor;
}

QString TrafficController::subscribe(const QString &subjectText, const QString &queueText)
{
    const QString subject = subjectText.trimmed(), queue = queueText.trimmed();
    if (subject.isEmpty())
        return tr("Type a subject: orders.created, orders.*, or > for everything.");
    if (std::any_of(m_wanted.begin(), m_wanted.end(), [&](const Wanted &w) { return w.subject == subject; }))
        return tr("Already subscribed to %1.").arg(subject);
    const auto monitor = this->monitor();
    if (!monitor)
        return tr("Not connected: subscriptions start once a connection is up.");
    try {
        monitor->addSubject(subject.toStdString(), queue.toStdString());
    } catch (const std::exception &e) {
        return tr("Cannot subscribe to %1: %2").arg(subject, q(e.what()));
    }
    m_wanted.push_back({subject, queue, false});
    // Two subscriptions that overlap each receive the message: say so rather than surprise.
    QString note;
    for (const Wanted &w : m_wanted)
        if (w.subject != subject && (subjectMatches(w.subject.toStdString(), subject.toStdString())
                                     || subjectMatches(subject.toStdString(), w.subject.toStdString())))
            note = tr("%1 overlaps %2: messages on both are counted once per subscription.").arg(subject, w.subject);
    setError(note);
    sampleNow();
    return {};
}

void TrafficController::unsubscribe(const QString &subject)
{
    std::erase_if(m_wanted, [&](const Wanted &w) { return w.subject == subject; });
    if (auto monitor = this->monitor())
        monitor->removeSubject(subject.toStdString());
    setError({});
    sampleNow();
}

void TrafficController::setPaused(const QString &subject, bool paused)
{
    for (Wanted &w : m_wanted)
        if (w.subject == subject)
            w.paused = paused;
    if (auto monitor = this->monitor())
        paused ? monitor->pause(subject.toStdString()) : monitor->resume(subject.toStdString());
    sampleNow();
}

void TrafficController::toggleCharted(const QString &subject)
{
    if (m_query.chartSubjects.contains(subject))
        m_query.chartSubjects.removeAll(subject);
    else if (m_query.chartSubjects.size() < kMaxCharted)
        m_query.chartSubjects << subject;
    else
        setError(tr("The chart shows %1 subjects at most; take one off first.").arg(kMaxCharted));
    queryEdited();
}

void TrafficController::setSubjectFilter(const QString &f) { if (f != m_query.subjectFilter) { m_query.subjectFilter = f; queryEdited(); } }
void TrafficController::setSortRole(const QString &r) { if (r != m_query.sortRole) { m_query.sortRole = r; queryEdited(); } }
void TrafficController::setSortDescending(bool d) { if (d != m_query.sortDescending) { m_query.sortDescending = d; queryEdited(); } }
void TrafficController::setMessageSubject(const QString &s) { if (s != m_query.messageSubject) { m_query.messageSubject = s; queryEdited(); } }
void TrafficController::setMessageText(const QString &t) { if (t != m_query.messageText) { m_query.messageText = t; queryEdited(); } }
void TrafficController::setListFrozen(bool frozen) { if (frozen == m_query.refreshMessages) { m_query.refreshMessages = !frozen; queryEdited(); } }

void TrafficController::queryEdited()
{
    {
        std::lock_guard lock(m_mutex);
        m_sharedQuery = m_query;
    }
    Q_EMIT queryChanged();
    sampleNow();
}

void TrafficController::sampleNow()
{
    if (m_worker.running())
        m_worker.trigger();
}

void TrafficController::runSample()
{
    std::shared_ptr<live::TrafficMonitor> monitor;
    TrafficQuery query;
    {
        std::lock_guard lock(m_mutex);
        monitor = m_monitor;
        query = m_sharedQuery;
    }
    if (!monitor)
        return;
    auto frame = std::make_shared<TrafficFrame>(m_sampler.sample(*monitor, query));
    QMetaObject::invokeMethod(this, [this, frame] { apply(frame); }, Qt::QueuedConnection);
}

void TrafficController::apply(std::shared_ptr<TrafficFrame> frame)
{
    if (!frame->activity.empty() && m_session)
        m_session->noteChanges(frame->activity);
    m_subscriptions.setRows(std::move(frame->subscriptions));
    updateProtobufTypes(frame->subjects);
    m_subjects.setRows(std::move(frame->subjects));
    if (frame->messagesUpdated)
        m_messages.setRows(std::move(frame->messages));
    m_frame = std::move(*frame);
    ++m_samples;
    Q_EMIT sampled();
}

double TrafficController::fillSeries(QObject *seriesObject, const QString &subject) const
{
    auto *series = qobject_cast<QXYSeries *>(seriesObject);
    if (!series)
        return 0;
    double peak = 0;
    QList<QPointF> points;
    for (const QVariant &line : m_frame.chart) {
        const QVariantMap m = line.toMap();
        if (m.value(QStringLiteral("subject")).toString() != subject)
            continue;
        for (const QVariant &p : m.value(QStringLiteral("points")).toList()) {
            const QVariantMap point = p.toMap();
            const double v = point.value(QStringLiteral("v")).toDouble();
            peak = std::max(peak, v);
            points.append(QPointF(point.value(QStringLiteral("t")).toDouble(), v));
        }
    }
    series->replace(points); // one call, no per-point JavaScript
    return peak;
}

void TrafficController::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}

QVariantMap TrafficController::inspect(qulonglong sequence) const
{
    QVariantMap m;
    const auto monitor = this->monitor();
    const auto message = monitor ? monitor->message(sequence) : std::nullopt;
    if (!message) {
        m[QStringLiteral("missing")] = tr("Message %1 is no longer kept: the list holds the newest %2.")
                                           .arg(sequence).arg(monitor ? qlonglong(monitor->kept()) : 0);
        return m;
    }
    m[QStringLiteral("sequence")] = sequence;
    m[QStringLiteral("subject")] = q(message->subject);
    m[QStringLiteral("reply")] = q(message->reply);
    m[QStringLiteral("size")] = qulonglong(message->size);
    m[QStringLiteral("truncated")] = message->truncated()
        ? tr("%1 bytes received; the first %2 were kept.").arg(message->size).arg(message->payload.size()) : QString();
    QStringList headerLines;
    for (const auto &[k, v] : message->headers)
        headerLines << q(k) + QStringLiteral(": ") + q(v);
    m[QStringLiteral("headers")] = headerLines.join(u'\n');
    const ShownPayload whole = showPayload(message->payload, message->size);
    m[QStringLiteral("json")] = whole.json ? whole.text : QString();
    m[QStringLiteral("text")] = whole.binary ? QString() : q(message->payload);
    m[QStringLiteral("note")] = whole.note;
    m[QStringLiteral("hex")] = hexDump(message->payload, kInspectHex);
    const auto envelope = message->truncated() ? std::nullopt : message->envelope();
    if (!message->truncated())
        m[QStringLiteral("protobuf")] = inspectProtobuf(*message, envelope ? &*envelope : nullptr);
    if (envelope) {
        QStringList envelopeHeaders;
        for (const auto &[k, v] : envelope->header)
            envelopeHeaders << q(k) + QStringLiteral(": ") + q(v);
        const ShownPayload body = showPayload(envelope->body);
        m[QStringLiteral("envelope")] = true;
        m[QStringLiteral("envelopeHeaders")] = envelopeHeaders.join(u'\n');
        m[QStringLiteral("envelopeBody")] = body.text;
        m[QStringLiteral("envelopeNote")] = body.note;
    } else {
        m[QStringLiteral("envelope")] = false;
    }
    return m;
}

QVariantMap TrafficController::inspectProtobuf(const live::RecordedMessage &message, const micro::Envelope *envelope) const
{
    const std::string &body = envelope ? envelope->body : message.payload;
    std::string contentType;
    if (envelope) {
        if (const auto it = envelope->header.find("Content-Type"); it != envelope->header.end())
            contentType = it->second;
    }
    for (const auto &[k, v] : message.headers)
        if (contentType.empty() && k == "Content-Type")
            contentType = v;
    if (!m_session || !looksLikeProtobuf(body, contentType))
        return {};
    SchemaLibrary &library = *m_session->schemas();
    const auto set = library.current();
    const SubjectType type = subjectType(library, *set, *m_session->catalog(), q(message.subject));
    QVariantMap view = protobufView(*set, type.schemaLess ? nullptr : type.type, body);
    view[QStringLiteral("choice")] = type.schemaLess ? kSchemaLessChoice : type.fullName;
    view[QStringLiteral("chosen")] = type.chosen;
    view[QStringLiteral("source")] = type.source;
    view[QStringLiteral("inEnvelope")] = envelope != nullptr;
    return view;
}

void TrafficController::updateProtobufTypes(const std::vector<RowListModel::Row> &subjects)
{
    if (!m_session)
        return;
    const auto known = m_query.protobuf;
    bool stale = m_protobufTypesStale || !known;
    for (size_t i = 0; i < subjects.size() && !stale; ++i)
        stale = !known->bySubject.contains(subjects[i].key.toStdString());
    if (!stale)
        return;
    m_protobufTypesStale = false;
    SchemaLibrary &library = *m_session->schemas();
    auto types = std::make_shared<TrafficQuery::ProtobufTypes>();
    types->set = library.current();
    const auto catalog = m_session->catalog();
    const bool anyType = !types->set->messages().empty(); // none imported: every body schema-less, no lookups
    for (const auto &row : subjects) {
        const SubjectType type = anyType ? subjectType(library, *types->set, *catalog, row.key) : SubjectType{};
        types->bySubject.emplace(row.key.toStdString(), type.schemaLess ? nullptr : type.type);
    }
    m_query.protobuf = types;
    std::lock_guard lock(m_mutex);
    m_sharedQuery.protobuf = std::move(types);
}

void TrafficController::setMessageType(const QString &subject, const QString &fullName)
{
    if (m_session)
        m_session->schemas()->setMessage(subject, fullName);
}

QString TrafficController::exportMessages(const QString &path) const
{
    const auto monitor = this->monitor();
    if (!monitor)
        return tr("Nothing to export: not connected.");
    std::vector<live::RecordedMessage> kept = monitor->recent();
    const std::string text = m_query.messageText.toStdString();
    std::erase_if(kept, [&](const live::RecordedMessage &m) {
        return !subjectFilterAccepts(m_query.messageSubject, m.subject) || !payloadContains(m, text);
    });
    if (kept.empty())
        return tr("Nothing to export: no kept message matches the filters.");
    const QString error = writeNdjson(kept, path);
    return error.isEmpty() ? tr("%n message(s) written to %1", nullptr, int(kept.size())).arg(path) : error;
}

QString TrafficController::suggestedExportPath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("switchboard-traffic-%1.ndjson")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

QStringList TrafficController::suggestions() const
{
    QStringList out = m_session ? subscriberTopics(*m_session->catalog()) : QStringList();
    out << QStringLiteral(">");
    out.removeIf([&](const QString &s) {
        return std::any_of(m_wanted.begin(), m_wanted.end(), [&](const Wanted &w) { return w.subject == s; });
    });
    return out;
}

} // namespace switchboard::gui
