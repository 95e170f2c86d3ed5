#pragma once
// The app's alert rules at work: keeps the rules of the profile (a JSON file beside the settings,
// written atomically), evaluates them once a second for every connected region, journals each
// transition and tells the notifier about the ones worth a notification. The measuring and the
// evaluation run on a thread of their own; the GUI thread only hands over the snapshots the
// sessions already keep and takes back the rules' states.

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

#include "watch/AlertEngine.h"

namespace switchboard::watch {
class Journal;
}

namespace switchboard::gui {

class Session;

class AlertsController : public QObject {
    Q_OBJECT
public:
    /// `rulesFolder`: where each profile's rules file lives (alert-rules-<profile>.json).
    AlertsController(QString rulesFolder, watch::Journal *journal, QObject *parent = nullptr);
    ~AlertsController() override;

    /// The regions to evaluate; the first is the primary one, whose label names the profile.
    void setSessions(const QList<Session *> &sessions);
    /// Loads the rules of profile `profile` (empty: none yet); keeps the current ones when equal.
    void setProfile(const QString &profile);

    [[nodiscard]] const std::vector<watch::AlertRule> &rules() const { return m_rules; }
    /// Replaces the rules, saves them and evaluates with them from the next look on.
    void setRules(std::vector<watch::AlertRule> rules);
    /// A rule's state in one region (or the most urgent over all regions when region is empty).
    [[nodiscard]] watch::RuleStatus status(const QString &ruleId, const QString &region = {}) const;
    [[nodiscard]] int firingCount() const;
    /// Why the rules could not be read or saved; empty when fine.
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString rulesFile() const;

    /// Evaluates now (the timer does it every second), then waits for the result (tests).
    void evaluateNow();
    void settle();

Q_SIGNALS:
    void rulesChanged();
    void statusesChanged();
    void problemChanged();
    /// A rule fired or resolved and is not silenced: worth telling the user.
    void notify(const switchboard::watch::AlertTransition &transition);

private:
    struct Region;
    void tick();
    void syncSubscriptions();
    void take(const QString &region, std::vector<watch::AlertTransition> transitions,
              std::map<QString, watch::RuleStatus> statuses);
    void load();
    void save();
    void setProblem(const QString &problem);

    QString m_folder, m_profile;
    bool m_loaded = false;
    watch::Journal *m_journal;
    std::vector<watch::AlertRule> m_rules;
    std::vector<std::unique_ptr<Region>> m_regions;
    std::map<QString, std::map<QString, watch::RuleStatus>> m_statuses; ///< region → rule id → status
    QString m_problem;
    QTimer m_timer;
    QThreadPool m_pool; ///< one thread: each region's looks in order
};

} // namespace switchboard::gui
