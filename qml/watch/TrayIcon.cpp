#include "TrayIcon.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace switchboard::gui {

namespace {
const char *const kIcon = ":/qt/qml/Switchboard/icons/switchboard.png";

/// The app icon with the firing count on a red disc in its corner.
QIcon badged(int count)
{
    QPixmap base = QIcon(QString::fromLatin1(kIcon)).pixmap(64, 64);
    if (count <= 0)
        return QIcon(base);
    QPainter p(&base);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF disc(28, 28, 36, 36);
    p.setBrush(QColor(0xc9, 0x30, 0x2c));
    p.setPen(QPen(Qt::white, 3));
    p.drawEllipse(disc);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(count > 9 ? 18 : 24);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(disc, Qt::AlignCenter, count > 99 ? QStringLiteral("99+") : QString::number(count));
    return QIcon(base);
}
} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(std::make_unique<QSystemTrayIcon>())
{
    connect(m_menu->addAction(tr("Show Switchboard")), &QAction::triggered, this, &TrayIcon::showRequested);
    connect(m_menu->addAction(tr("Alerts")), &QAction::triggered, this, &TrayIcon::alertsRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
        if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    setFiring(0);
    m_icon->show();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::available()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) && QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setFiring(int count)
{
    if (count == m_firing)
        return;
    m_firing = count;
    m_icon->setIcon(badged(count));
    m_icon->setToolTip(count > 0 ? tr("Switchboard: %n alert(s) firing", nullptr, count) : tr("Switchboard: no alert firing"));
}

} // namespace switchboard::gui
