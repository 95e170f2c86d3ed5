#pragma once
// The Timeline page's rows: the journal's events newest first under the page's filters, a page at
// a time (more as the list scrolls), a histogram of the chosen range and the count. Every query
// runs on a thread of the model's own that keeps one read-only connection to the journal; the
// GUI thread only swaps in the rows that come back. A newer query outdates an older one.

#include <QAbstractListModel>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>
#include <vector>

#include "watch/JournalReader.h"

namespace switchboard::watch {
class Journal;
}

namespace switchboard::gui {

class TimelineModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The range shown, back from now.
    Q_PROPERTY(int rangeMinutes READ rangeMinutes WRITE setRangeMinutes NOTIFY filterChanged)
    /// Kinds shown (their stored names, "node-stale"); empty: all.
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY filterChanged)
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY filterChanged)
    Q_PROPERTY(QString zone READ zone WRITE setZone NOTIFY filterChanged)
    Q_PROPERTY(QString service READ service WRITE setService NOTIFY filterChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    /// Events per slice of the range, oldest first (kHistogramSlices of them).
    Q_PROPERTY(QVariantList histogram READ histogram NOTIFY resultsChanged)
    Q_PROPERTY(int histogramMax READ histogramMax NOTIFY resultsChanged)
    /// Events in the range under the filters.
    Q_PROPERTY(qint64 total READ total NOTIFY resultsChanged)
    /// The start of the range the rows and the histogram were read for (ms since the epoch).
    Q_PROPERTY(double sinceMs READ sinceMs NOTIFY resultsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY resultsChanged)
    /// The histogram and the count are being read (they come after the rows).
    Q_PROPERTY(bool counting READ counting NOTIFY resultsChanged)
    /// Why the journal cannot be read, or empty.
    Q_PROPERTY(QString problem READ problem NOTIFY resultsChanged)
    /// Every kind as {name, text} for the filter.
    Q_PROPERTY(QVariantList allKinds READ allKinds CONSTANT)
    /// While false (the page is hidden) new events do not re-query.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
public:
    enum Role { AtMsRole = Qt::UserRole + 1, TimeRole, MinuteRole, SentenceRole, KindRole, KindTextRole, ToneRole,
                RegionRole, ZoneRole, ServiceRole, NodeRole, SubjectRole, ServerRole };
    static constexpr int kPageSize = 200;
    static constexpr int kHistogramSlices = 60;

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    /// The journal to read (AppContext's by default); its commits refresh the first page.
    void setJournal(watch::Journal *journal);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] int rangeMinutes() const { return m_rangeMinutes; }
    void setRangeMinutes(int minutes);
    [[nodiscard]] QStringList kinds() const { return m_kinds; }
    void setKinds(const QStringList &kinds);
    [[nodiscard]] QString region() const { return m_region; }
    void setRegion(const QString &v);
    [[nodiscard]] QString zone() const { return m_zone; }
    void setZone(const QString &v);
    [[nodiscard]] QString service() const { return m_service; }
    void setService(const QString &v);
    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &v);
    [[nodiscard]] QVariantList histogram() const { return m_histogram; }
    [[nodiscard]] int histogramMax() const { return m_histogramMax; }
    [[nodiscard]] double sinceMs() const { return double(m_sinceMs); }
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool counting() const { return m_counting; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] static QVariantList allKinds();
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);

    /// Queries again now (the filters changed, or the user asked).
    Q_INVOKABLE void refresh();
    /// The next page, when there is one (the list reached its end).
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    /// The row's event, for the detail pane's links.
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void filterChanged();
    void resultsChanged();
    void activeChanged();

private:
    struct Result {
        std::vector<watch::StoredEvent> rows;
        QString problem;
    };
    /// Reset: new filters, the rows start again; Newer: events came, added on top (the place
    /// the user scrolled to stays); More: the next page at the bottom.
    enum class Fetch { Reset, Newer, More };
    [[nodiscard]] watch::JournalQuery query() const;
    void run(watch::JournalQuery q, Fetch fetch);
    void take(quint64 generation, Fetch fetch, Result result);
    void takeCounts(quint64 generation, std::vector<qint64> histogram);
    void showNewer();

    QPointer<watch::Journal> m_journal;
    QString m_path;
    QThreadPool m_pool; ///< one thread, kept: the reader's connection belongs to it
    std::shared_ptr<std::unique_ptr<watch::JournalReader>> m_reader; ///< made and used on m_pool's thread
    QThreadPool m_countPool; ///< the histograms', one thread, kept
    std::shared_ptr<std::unique_ptr<watch::JournalReader>> m_countReader; ///< m_countPool's
    std::shared_ptr<std::atomic<quint64>> m_latest; ///< the newest generation that wants counts
    std::vector<watch::StoredEvent> m_rows;
    bool m_moreToFetch = false, m_loading = false, m_active = true, m_counting = false;
    quint64 m_generation = 0;
    QTimer m_refreshSoon; ///< new events: one re-query for a burst of commits
    int m_rangeMinutes = 60;
    QStringList m_kinds;
    QString m_region, m_zone, m_service, m_text, m_problem;
    QVariantList m_histogram;
    int m_histogramMax = 0;
    qint64 m_total = 0;
    qint64 m_sinceMs = 0, m_untilMs = 0; ///< of the last query
};

} // namespace switchboard::gui
