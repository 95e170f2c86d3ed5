#pragma once
// go-micro's error value (errors.Error): {"id","code","detail","status"}, all omitempty (v2+).

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace switchboard::micro {

class MicroError : public std::runtime_error {
public:
    MicroError(std::string id, int32_t code, std::string detail, std::string status = {});

    [[nodiscard]] const std::string &id() const noexcept { return m_id; }
    [[nodiscard]] int32_t code() const noexcept { return m_code; }
    [[nodiscard]] const std::string &detail() const noexcept { return m_detail; }
    [[nodiscard]] const std::string &status() const noexcept { return m_status; }

    /// Go's json.Marshal of errors.Error.
    [[nodiscard]] std::string toJson() const;
    /// errors.Parse: JSON when it is an error object, otherwise the text becomes the detail.
    [[nodiscard]] static MicroError parse(std::string_view text);

    static MicroError badRequest(std::string id, std::string detail) { return {std::move(id), 400, std::move(detail)}; }
    static MicroError notFound(std::string id, std::string detail) { return {std::move(id), 404, std::move(detail)}; }
    static MicroError internal(std::string id, std::string detail) { return {std::move(id), 500, std::move(detail)}; }

private:
    std::string m_id;
    int32_t m_code;
    std::string m_detail;
    std::string m_status;
};

/// Go's http.StatusText for the codes go-micro uses (empty for unknown codes).
[[nodiscard]] std::string httpStatusText(int32_t code);

} // namespace switchboard::micro
