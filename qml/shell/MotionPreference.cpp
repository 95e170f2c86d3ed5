#include "MotionPreference.h"

#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace switchboard::gui {

MotionPreference::MotionPreference(QObject *parent)
    : QObject(parent)
{
    const QByteArray env = qgetenv("SWITCHBOARD_REDUCED_MOTION");
    m_environment = !env.isEmpty() && env != "0";
    const QString kdeglobals = QStandardPaths::locate(QStandardPaths::GenericConfigLocation, QStringLiteral("kdeglobals"));
    m_kde = !kdeglobals.isEmpty() && kdeSaysReduced(kdeglobals);
}

void MotionPreference::force(bool reduced)
{
    set(m_forced, reduced);
}

void MotionPreference::set(bool &flag, bool value)
{
    const bool before = this->reduced();
    flag = value;
    if (before != this->reduced())
        Q_EMIT reducedChanged();
}

void MotionPreference::askGnome()
{
    if (m_gsettings || QStandardPaths::findExecutable(QStringLiteral("gsettings")).isEmpty())
        return;
    m_gsettings = new QProcess(this);
    connect(m_gsettings, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0)
            set(m_gnome, gnomeSaysReduced(QString::fromUtf8(m_gsettings->readAllStandardOutput())));
        m_gsettings->deleteLater();
    });
    connect(m_gsettings, &QProcess::errorOccurred, m_gsettings, &QObject::deleteLater);
    // A dconf that never answers must not keep a process around for the whole run.
    QTimer::singleShot(3000, m_gsettings, [p = m_gsettings] { p->kill(); });
    m_gsettings->start(QStringLiteral("gsettings"), {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"), QStringLiteral("enable-animations")});
}

bool MotionPreference::kdeSaysReduced(const QString &kdeglobalsFile)
{
    QSettings kde(kdeglobalsFile, QSettings::IniFormat);
    bool ok = false;
    const double factor = kde.value(QStringLiteral("KDE/AnimationDurationFactor")).toDouble(&ok);
    return ok && factor <= 0;
}

bool MotionPreference::gnomeSaysReduced(const QString &gsettingsOutput)
{
    return gsettingsOutput.trimmed() == QLatin1String("false");
}

} // namespace switchboard::gui
