#include "Message.h"

#include <cstdlib>

namespace switchboard::nats {

std::string_view Message::subject() const
{
    const char *s = m_msg ? natsMsg_GetSubject(m_msg.get()) : nullptr;
    return s ? std::string_view(s) : std::string_view();
}

std::string_view Message::reply() const
{
    const char *r = m_msg ? natsMsg_GetReply(m_msg.get()) : nullptr;
    return r ? std::string_view(r) : std::string_view();
}

std::string_view Message::data() const
{
    if (!m_msg)
        return {};
    const char *d = natsMsg_GetData(m_msg.get());
    const int n = natsMsg_GetDataLength(m_msg.get());
    return (d && n > 0) ? std::string_view(d, static_cast<size_t>(n)) : std::string_view();
}

std::optional<std::string> Message::header(const char *key) const
{
    const char *value = nullptr;
    if (m_msg && natsMsgHeader_Get(m_msg.get(), key, &value) == NATS_OK && value)
        return std::string(value);
    return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> Message::headers() const
{
    std::vector<std::pair<std::string, std::string>> out;
    const char **keys = nullptr;
    int count = 0;
    if (!m_msg || natsMsgHeader_Keys(m_msg.get(), &keys, &count) != NATS_OK)
        return out;
    for (int i = 0; i < count; ++i) {
        if (auto v = header(keys[i]))
            out.emplace_back(keys[i], std::move(*v));
    }
    free(static_cast<void *>(keys));
    return out;
}

bool Message::isNoResponders() const
{
    return m_msg && natsMsg_IsNoResponders(m_msg.get());
}

} // namespace switchboard::nats
