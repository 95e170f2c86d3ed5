#pragma once
// Whether the system asks for reduced motion, so that moving decorations (the Topology's
// travelling dots) stay still. Qt 6.4 has no such setting of its own: read what the desktops
// write — SWITCHBOARD_REDUCED_MOTION=1 first, KDE's AnimationDurationFactor=0 in kdeglobals, GNOME's
// enable-animations (gsettings, asked in the background so that a slow dconf never blocks the
// start). --screenshot forces it on: a picture must not depend on the moment it was taken.

#include <QObject>
#include <QString>

class QProcess;

namespace switchboard::gui {

class MotionPreference : public QObject {
    Q_OBJECT
public:
    explicit MotionPreference(QObject *parent = nullptr);

    [[nodiscard]] bool reduced() const { return m_forced || m_environment || m_kde || m_gnome; }
    /// Forces reduced motion whatever the system says (--screenshot, tests).
    void force(bool reduced);
    /// Asks GNOME (gsettings) in the background; reducedChanged() if the answer changes things.
    void askGnome();

    /// KDE: kdeglobals' [KDE] AnimationDurationFactor=0 turns animations off.
    [[nodiscard]] static bool kdeSaysReduced(const QString &kdeglobalsFile);
    /// GNOME: `gsettings get org.gnome.desktop.interface enable-animations` prints "false".
    [[nodiscard]] static bool gnomeSaysReduced(const QString &gsettingsOutput);

Q_SIGNALS:
    void reducedChanged();

private:
    void set(bool &flag, bool value);
    bool m_forced = false, m_environment = false, m_kde = false, m_gnome = false;
    QProcess *m_gsettings = nullptr;
};

} // namespace switchboard::gui
