// Session's call observation: which go-micro node addresses the CallObserver watches, and whether
// it runs at all (only for the region the Topology shows).
#include "Session.h"

#include <set>

#include "live/CallObserver.h"
#include "live/CatalogTypes.h"

namespace switchboard::gui {

void Session::setObservingCalls(bool on)
{
    if (on == m_observingCalls)
        return;
    m_observingCalls = on;
    if (!on) {
        m_observerTimer.stop();
        m_observer.reset();
    } else if (m_connection && m_catalog) {
        m_observer = std::make_unique<live::CallObserver>(m_connection);
        watchNodeAddresses();
        m_observerTimer.start();
    }
    Q_EMIT callsSampled();
}

void Session::watchNodeAddresses()
{
    if (m_observer && m_catalogSnapshot) {
        m_observer->watch(live::liveNodeAddresses(*m_catalogSnapshot)); // it changes only what differs
    }
}

} // namespace switchboard::gui
