#pragma once
// Alert rules as JSON, for export, import, the profile's own copy and `switchboard-cli watch
// --rules FILE`:
//   {"version": 1, "rules": [{"id": "…", "name": "orders stopped", "kind": "subject-rate",
//     "target": "orders.created", "comparison": "stopped", "forSeconds": 60, …}]}
// Reading checks everything and says every problem with where it is; a file with any problem
// gives no rules at all, so an import never half-happens.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

#include "AlertRule.h"

namespace switchboard::watch {

struct ParsedRules {
    std::vector<AlertRule> rules;
    QStringList errors; ///< "rule 2 (orders stopped): "threshold" must be a number"; empty when fine
    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
};

class AlertRulesFile {
public:
    static constexpr int kVersion = 1;
    static constexpr qsizetype kMaxBytes = 16 * 1024 * 1024; ///< larger is not a rules file
    static constexpr qsizetype kMaxRules = 10'000;            ///< more: the file is refused, said so
    static constexpr qsizetype kMaxSubjectLength = 1024;      ///< a subject rule's target
    static constexpr qsizetype kMaxTextLength = 256;          ///< names, ids, regions, service names
    static constexpr qsizetype kMaxErrors = 50;               ///< listed; the rest are counted

    static ParsedRules parse(const QByteArray &json);
    static QByteArray write(const std::vector<AlertRule> &rules);
};

} // namespace switchboard::watch
