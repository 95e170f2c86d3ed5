#pragma once
// The profile editor's "Check" for protobuf sources (issue 24): imports the paths as typed, off the
// GUI thread, and says what they hold (files, message types, services) and what could not be
// imported (file:line:column), before the profile is saved.

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace switchboard::gui {

class SchemaCheck : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
public:
    explicit SchemaCheck(QObject *parent = nullptr);

    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QStringList problems() const { return m_problems; }

    /// Imports the sources; a newer check replaces one still running.
    Q_INVOKABLE void check(const QStringList &protoPaths, const QStringList &importPaths, const QStringList &descriptorSets);
    /// Forgets the result (the editor shows another profile).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();

private:
    bool m_running = false;
    QString m_summary;
    QStringList m_problems;
    quint64 m_generation = 0;
};

} // namespace switchboard::gui
