#include "RegistryOptions.h"

namespace switchboard::micro {

std::string querySubject(SubjectFamily f)
{
    return f == SubjectFamily::Plugins ? "micro.registry.nats.query" : "micro.nats.query";
}

std::string watchSubject(SubjectFamily f)
{
    return f == SubjectFamily::Plugins ? "micro.registry.nats.watch" : "micro.nats.watch";
}

} // namespace switchboard::micro
