#include "LibraryLog.h"

#include <google/protobuf/stubs/logging.h>

#include <mutex>

namespace switchboard::proto {

namespace {

thread_local std::string t_lastMessage;

void keepLast(google::protobuf::LogLevel level, const char *, int, const std::string &message)
{
    if (level == google::protobuf::LOGLEVEL_FATAL)
        return; // libprotobuf aborts after a fatal message whatever the handler does
    t_lastMessage = message;
}

} // namespace

void quietLibraryLog()
{
    static std::once_flag once;
    std::call_once(once, [] { google::protobuf::SetLogHandler(&keepLast); });
}

std::string takeLibraryMessage()
{
    std::string out;
    out.swap(t_lastMessage);
    return out;
}

} // namespace switchboard::proto
