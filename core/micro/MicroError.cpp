#include "MicroError.h"

#include "GoJson.h"
#include "JsonRead.h"

namespace switchboard::micro {

std::string httpStatusText(int32_t code)
{
    switch (code) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return {};
    }
}

MicroError::MicroError(std::string id, int32_t code, std::string detail, std::string status)
    : std::runtime_error(detail)
    , m_id(std::move(id))
    , m_code(code)
    , m_detail(std::move(detail))
    , m_status(status.empty() ? httpStatusText(code) : std::move(status))
{
}

std::string MicroError::toJson() const
{
    std::string out = "{";
    auto sep = [&] {
        if (out.size() > 1)
            out.push_back(',');
    };
    if (!m_id.empty()) {
        gojson::appendKey(out, "id");
        gojson::appendString(out, m_id);
    }
    if (m_code != 0) {
        sep();
        gojson::appendKey(out, "code");
        out += std::to_string(m_code);
    }
    if (!m_detail.empty()) {
        sep();
        gojson::appendKey(out, "detail");
        gojson::appendString(out, m_detail);
    }
    if (!m_status.empty()) {
        sep();
        gojson::appendKey(out, "status");
        gojson::appendString(out, m_status);
    }
    out.push_back('}');
    return out;
}

MicroError MicroError::parse(std::string_view text)
{
    // go-micro's errors.Parse: unmarshal, and on failure use the raw text as the detail.
    if (!text.empty() && text.front() == '{') {
        try {
            const auto j = jsonread::parse(text, "error");
            if (j.is_object()) {
                std::string id, detail, status;
                int64_t code = 0;
                for (const auto &[key, value] : j.items()) {
                    if (jsonread::keyIs(key, "id") && value.is_string())
                        id = value.get<std::string>();
                    else if (jsonread::keyIs(key, "code") && value.is_number_integer())
                        code = value.get<int64_t>();
                    else if (jsonread::keyIs(key, "detail") && value.is_string())
                        detail = value.get<std::string>();
                    else if (jsonread::keyIs(key, "status") && value.is_string())
                        status = value.get<std::string>();
                }
                if (code >= INT32_MIN && code <= INT32_MAX)
                    return MicroError(std::move(id), static_cast<int32_t>(code), std::move(detail), std::move(status));
            }
        } catch (const DecodeError &) {
        }
    }
    return MicroError({}, 0, std::string(text), "");
}

} // namespace switchboard::micro
