#pragma once
// Two kept load runs side by side: each figure of both with the change and whether the second did
// worse, and both histograms on the same log buckets for the overlaid bars.

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace switchboard::gui {

class LoadRunStore;
Q_MOC_INCLUDE("LoadRunStore.h")

class LoadCompareController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::LoadRunStore *store READ store WRITE setStore NOTIFY changed)
    Q_PROPERTY(QString firstId READ firstId WRITE setFirstId NOTIFY changed)
    Q_PROPERTY(QString secondId READ secondId WRITE setSecondId NOTIFY changed)
    /// Both runs read: the rows and buckets are filled.
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    /// Why not (a run that cannot be read, or one not chosen yet), in the reader's language.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QString firstTitle READ firstTitle NOTIFY changed)
    Q_PROPERTY(QString secondTitle READ secondTitle NOTIFY changed)
    /// {name, first, second, change (text), worse, better}; first/second as text ("12.3 ms").
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
    /// {label, first, second, firstCount, secondCount}: first/second are each run's share of its own
    /// requests, scaled so the tallest bar of either is 1.
    Q_PROPERTY(QVariantList buckets READ buckets NOTIFY changed)
    /// One line each: "Thresholds met" / "Thresholds not met" / "".
    Q_PROPERTY(QString firstVerdict READ firstVerdict NOTIFY changed)
    Q_PROPERTY(QString secondVerdict READ secondVerdict NOTIFY changed)
public:
    explicit LoadCompareController(QObject *parent = nullptr);

    [[nodiscard]] LoadRunStore *store() const { return m_store; }
    void setStore(LoadRunStore *store);
    [[nodiscard]] QString firstId() const { return m_firstId; }
    void setFirstId(const QString &id);
    [[nodiscard]] QString secondId() const { return m_secondId; }
    void setSecondId(const QString &id);
    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString firstTitle() const { return m_titles[0]; }
    [[nodiscard]] QString secondTitle() const { return m_titles[1]; }
    [[nodiscard]] QVariantList rows() const { return m_rows; }
    [[nodiscard]] QVariantList buckets() const { return m_buckets; }
    [[nodiscard]] QString firstVerdict() const { return m_verdicts[0]; }
    [[nodiscard]] QString secondVerdict() const { return m_verdicts[1]; }

Q_SIGNALS:
    void changed();

private:
    void refresh();

    QPointer<LoadRunStore> m_store;
    QString m_firstId, m_secondId;
    bool m_ready = false;
    QString m_problem;
    QString m_titles[2], m_verdicts[2];
    QVariantList m_rows, m_buckets;
};

} // namespace switchboard::gui
