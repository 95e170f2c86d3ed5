#include "PaletteModel.h"

#include <algorithm>

#include "CoreStrings.h"
#include "Session.h"
#include "live/CatalogTypes.h"

namespace switchboard::gui {

namespace {
constexpr int kMaxResults = 50;
}

PaletteModel::PaletteModel(QObject *parent)
    : RowListModel({QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("page"),
                    QStringLiteral("service"), QStringLiteral("endpoint"), QStringLiteral("accessibleText")},
                   parent)
{
}

void PaletteModel::setSession(Session *s)
{
    if (m_session == s)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
    rebuild();
}

void PaletteModel::setQuery(const QString &q)
{
    if (q == m_query)
        return;
    m_query = q;
    Q_EMIT queryChanged();
    rebuild();
}

int PaletteModel::score(const QString &query, const QString &text)
{
    if (query.isEmpty())
        return 0;
    int s = 0, t = 0, run = 0;
    for (const QChar qc : query) {
        if (qc.isSpace())
            continue;
        bool found = false;
        for (; t < text.size(); ++t) {
            if (text[t].toLower() != qc.toLower()) {
                run = 0;
                continue;
            }
            const bool wordStart = t == 0 || !text[t - 1].isLetterOrNumber();
            s += 1 + (wordStart ? 8 : 0) + run * 4;
            ++run;
            ++t;
            found = true;
            break;
        }
        if (!found)
            return -1;
    }
    return s * 100 / int(text.size() + 10); // shorter matches first among equals
}

void PaletteModel::rebuild()
{
    struct Hit {
        int score;
        Row row;
    };
    std::vector<Hit> hits;
    auto offer = [&](const QString &kind, const QString &title, const QString &subtitle, const QString &page,
                     const QString &service, const QString &endpoint) {
        const int sc = score(m_query, title);
        if (sc < 0)
            return;
        hits.push_back({sc, Row{kind + u'|' + title + u'|' + subtitle,
                                {kind, title, subtitle, page, service, endpoint,
                                 tr("%1 %2, %3").arg(kind, title, subtitle)}}});
    };
    if (m_session) {
        for (const live::CatalogService &s : m_session->catalog()->services) {
            const QString name = QString::fromStdString(s.name);
            offer(tr("service"), name, protocolLabel(s.protocol),
                  QStringLiteral("services"), name, QString());
            for (const live::CatalogVersion &v : s.versions) {
                for (const micro::Endpoint &e : v.endpoints) {
                    if (!e.metadata || !e.metadata->count("subscriber"))
                        offer(tr("endpoint"), name + u' ' + QString::fromStdString(e.name), tr("call it"),
                              QStringLiteral("call"), name, QString::fromStdString(e.name));
                    else if (e.metadata->count("topic")) // a subject the service subscribes to
                        offer(tr("subject"), QString::fromStdString(e.metadata->at("topic")), tr("subscribed by %1").arg(name),
                              QStringLiteral("topology"), QString(), QString());
                }
                for (const srv::SrvEndpoint &e : v.srvEndpoints)
                    offer(tr("endpoint"), name + u' ' + QString::fromStdString(e.name), QString::fromStdString(e.subject),
                          QStringLiteral("call"), name, QString::fromStdString(e.name));
                for (const live::CatalogNode &n : v.nodes)
                    offer(tr("node"), QString::fromStdString(n.id), name + QStringLiteral(" · ") + QString::fromStdString(n.zone),
                          QStringLiteral("services"), name, QString());
            }
        }
        for (const live::ServerInfo &srv : m_session->cluster()->servers)
            offer(tr("server"), QString::fromStdString(srv.name), QString::fromStdString(srv.zone),
                  QStringLiteral("topology"), QString(), QString());
    }
    offer(tr("app"), tr("About Switchboard"), tr("version, commit, libraries"), QStringLiteral("about"), QString(), QString());
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.score > b.score; });
    std::vector<Row> rows;
    QSet<QString> keys;
    for (Hit &h : hits) {
        if (int(rows.size()) >= kMaxResults)
            break;
        if (keys.contains(h.row.key))
            continue;
        keys.insert(h.row.key);
        rows.push_back(std::move(h.row));
    }
    setRows(std::move(rows));
}

} // namespace switchboard::gui
