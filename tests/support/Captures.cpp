#include "Captures.h"

#include <fstream>
#include <stdexcept>

#include "../../core/micro/Base64.h"

namespace switchboard::testing {

std::string testDataPath(const std::string &relativePath)
{
    return std::string(SWITCHBOARD_TEST_DATA_DIR) + "/" + relativePath;
}

std::vector<CapturedMessage> loadCapture(const std::string &relativePath)
{
    const std::string path = testDataPath("captures/" + relativePath);
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("missing capture " + path);
    std::vector<CapturedMessage> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        const auto j = nlohmann::json::parse(line);
        CapturedMessage m;
        m.seq = j.value("seq", 0);
        m.phase = j.value("phase", "");
        m.subject = j.value("subject", "");
        m.reply = j.value("reply", "");
        if (j.contains("payload"))
            m.payload = j["payload"].get<std::string>();
        else if (j.contains("payload_b64"))
            m.payload = micro::base64::decode(j["payload_b64"].get<std::string>()).value_or("");
        if (j.contains("headers"))
            m.headers = j["headers"];
        m.bodyDecoded = j.value("body_decoded", "");
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace switchboard::testing
