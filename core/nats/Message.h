#pragma once
// Owning wrapper over a received natsMsg.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nats/nats.h>

namespace switchboard::nats {

struct MsgDeleter {
    void operator()(natsMsg *m) const noexcept { natsMsg_Destroy(m); }
};

class Message {
public:
    Message() = default;
    explicit Message(natsMsg *msg) : m_msg(msg) {}

    [[nodiscard]] bool isNull() const noexcept { return !m_msg; }
    [[nodiscard]] std::string_view subject() const;
    [[nodiscard]] std::string_view reply() const;
    [[nodiscard]] std::string_view data() const;
    /// The first value of a NATS header, if present.
    [[nodiscard]] std::optional<std::string> header(const char *key) const;
    /// Every NATS header (first value of each key), in the order cnats reports them.
    [[nodiscard]] std::vector<std::pair<std::string, std::string>> headers() const;
    /// True for the server's 503 status reply: nobody was subscribed to the request subject.
    [[nodiscard]] bool isNoResponders() const;

    [[nodiscard]] natsMsg *raw() const noexcept { return m_msg.get(); }

private:
    std::unique_ptr<natsMsg, MsgDeleter> m_msg;
};

} // namespace switchboard::nats
