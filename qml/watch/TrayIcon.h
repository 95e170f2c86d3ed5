#pragma once
// The app in the system tray, where the desktop has one: the icon with a red badge while alerts
// fire, a tooltip that says how many, a menu (Show, Alerts, Quit). With "keep running in the
// tray" the window's close hides it and the alerts go on being evaluated and notified.

#include <QObject>

#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace switchboard::gui {

class TrayIcon : public QObject {
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    /// A tray exists and this process can show an icon in it (a QApplication on a desktop with
    /// a status notifier or system tray; never offscreen).
    static bool available();
    void setFiring(int count);

Q_SIGNALS:
    void showRequested();
    void alertsRequested();
    void quitRequested();

private:
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_icon;
    int m_firing = -1;
};

} // namespace switchboard::gui
