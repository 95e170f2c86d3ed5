// CallController: what goes out besides the form — a $SRV body read from a file, and the .proto
// method a go-micro endpoint is mapped to by hand (issue 24).
#include "CallController.h"

#include <QFileInfo>
#include <QUrl>

#include "CallHistory.h" // the QPointer<CallHistory> member needs the whole class
#include "SchemaLibrary.h"
#include "Session.h"

namespace switchboard::gui {

QStringList CallController::protoMethods() const
{
    if (!m_session || m_protocol != QLatin1String("go-micro"))
        return {};
    return m_session->schemas()->allMethods();
}

QString CallController::protoMethod() const
{
    return m_mappedMethod;
}

void CallController::setProtoMethod(const QString &fullName)
{
    if (!m_session || fullName == m_mappedMethod)
        return;
    m_session->schemas()->setMethod(m_service, m_endpoint, fullName); // choicesChanged rebuilds the form
}

void CallController::setBodyFile(const QString &path)
{
    QString file = path.trimmed();
    if (file.startsWith(QLatin1String("file://")))
        file = QUrl(file).toLocalFile();
    if (file == m_bodyFile)
        return;
    m_bodyFile = file;
    // Checked now (a stat, not a read): the bytes are read when the request is sent, off this thread.
    const QFileInfo info(file);
    m_bodyFileOk = false;
    if (file.isEmpty())
        m_bodyFileNote.clear();
    else if (!info.isFile())
        m_bodyFileNote = tr("%1 is not a file.").arg(file);
    else if (!info.isReadable())
        m_bodyFileNote = tr("%1 cannot be read.").arg(file);
    else if (info.size() > kMaxBodyFileBytes)
        m_bodyFileNote = tr("%1 is larger than 64 MiB.").arg(file);
    else {
        m_bodyFileOk = true;
        m_bodyFileNote = tr("The body is the %n byte(s) of %1, sent as they are.", nullptr, int(info.size())).arg(info.fileName());
    }
    Q_EMIT bodyChanged();
    Q_EMIT canSendChanged();
}

} // namespace switchboard::gui
