#include "TrafficExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include "CoreStrings.h"
#include "PayloadText.h"
#include "live/TrafficMonitor.h"
#include "micro/Base64.h"

namespace switchboard::gui {

std::string ndjsonLine(const live::RecordedMessage &m)
{
    nlohmann::ordered_json j;
    j["seq"] = m.sequence;
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(m.at.time_since_epoch()).count();
    j["time"] = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
    j["subject"] = m.subject;
    if (!m.reply.empty())
        j["reply"] = m.reply;
    if (!m.headers.empty()) {
        nlohmann::ordered_json headers = nlohmann::ordered_json::array();
        for (const auto &[k, v] : m.headers)
            headers.push_back({k, v}); // a list: NATS headers may repeat a key
        j["headers"] = headers;
    }
    j["size"] = m.size;
    if (m.truncated())
        j["truncated_to"] = m.payload.size();
    if (looksBinary(m.payload))
        j["payload_base64"] = micro::base64::encode(m.payload);
    else
        j["payload"] = m.payload;
    return j.dump();
}

QString writeNdjson(const std::vector<live::RecordedMessage> &messages, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("TrafficExport", "Cannot write %1: %2").arg(path, file.errorString());
    for (const auto &m : messages) {
        const std::string line = ndjsonLine(m) + '\n';
        if (file.write(line.data(), qint64(line.size())) != qint64(line.size()))
            return QCoreApplication::translate("TrafficExport", "Cannot write %1: %2").arg(path, file.errorString());
    }
    if (!file.commit())
        return QCoreApplication::translate("TrafficExport", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace switchboard::gui
