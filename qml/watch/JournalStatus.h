#pragma once
// What the banner says about the journal: nothing while it writes; why not and what happens
// meanwhile when it cannot (an unwritable folder, a full disk, a newer file), and once, that a
// damaged file was kept under another name and a new one started.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace switchboard::watch {
class Journal;
}

namespace switchboard::gui {

class JournalStatus : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("JournalStatus belongs to AppContext")
    /// Empty while all is well.
    Q_PROPERTY(QString text READ text NOTIFY changed)
    /// "warning" when changes are not being written, "info" for a file set aside.
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
public:
    explicit JournalStatus(watch::Journal *journal, QObject *parent = nullptr);
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QString kind() const { return m_kind; }
    /// The user has read that the damaged file was set aside.
    Q_INVOKABLE void acknowledge();
    /// After a language switch.
    void retranslate() { refresh(); }

Q_SIGNALS:
    void changed();

private:
    void refresh();

    QPointer<watch::Journal> m_journal;
    QString m_text, m_kind, m_acknowledged;
    QTimer m_poll; ///< the count kept in memory, while unavailable
};

} // namespace switchboard::gui
