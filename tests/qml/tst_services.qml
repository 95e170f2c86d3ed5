import QtQuick
import QtTest
import Switchboard

// The Services page on a real nats-server with a go-micro service (greeter) and a $SRV one
// (pricing): the table, filtering, sorting, the detail pane and $SRV stats.
TestCase {
    id: test
    name: "Services"
    when: windowShown
    width: 1200
    height: 700

    Component { id: pageComponent; ServicesPage { width: 1200; height: 700 } }

    function find(item, name, role) {
        if (!item) return null
        if (item.Accessible && item.Accessible.name === name && (role === undefined || item.Accessible.role === role)) return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) { const f = find(kids[i], name, role); if (f) return f }
        if (item.contentItem && item.contentItem !== item) return find(item.contentItem, name, role)
        return null
    }

    function test_table_filter_sort_detail() {
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        tryVerify(() => App.session.serviceCount === 2, 5000, "greeter and pricing")
        const list = find(page, "Services", Accessible.List)
        verify(list)
        tryCompare(list, "count", 2)
        // Sorted by name: greeter, then pricing; the first row is selected and shown.
        compare(list.itemAtIndex(0).name, "greeter")
        compare(list.itemAtIndex(1).protocol, "$SRV")
        tryCompare(list, "currentIndex", 0)

        // The filter searches names, protocols, zones and versions.
        const filter = find(page, "Filter services")
        filter.text = "$srv"
        tryCompare(list, "count", 1)
        tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).name === "pricing")
        filter.text = "nothing-like-this"
        tryCompare(list, "count", 0)
        filter.text = ""
        tryCompare(list, "count", 2)

        // Sorting by protocol, then reversed.
        const byProtocol = find(page, "Sort by Protocol")
        byProtocol.clicked()
        tryVerify(() => list.itemAtIndex(0).protocol === "$SRV", 1000, "$SRV sorts before go-micro")
        byProtocol.clicked()
        tryVerify(() => list.itemAtIndex(0).protocol === "go-micro", 1000, "reversed")

        // The detail pane: nodes and endpoints of the selected service.
        page.select("greeter", "go-micro")
        const nodes = find(page, "Nodes", Accessible.List)
        verify(nodes)
        tryCompare(nodes, "count", 1)
        verify(nodes.itemAtIndex(0).accessibleText.indexOf("zone az-a") >= 0)
        const endpoints = find(page, "Endpoints", Accessible.List)
        tryCompare(endpoints, "count", 1)
        compare(endpoints.itemAtIndex(0).name, "Greeter.Hello")

        // A $SRV service: its endpoint and the STATS it reports.
        page.select("pricing", "$SRV")
        tryCompare(endpoints, "count", 1)
        tryVerify(() => endpoints.itemAtIndex(0) && endpoints.itemAtIndex(0).kind === "srv")
        tryVerify(() => endpoints.itemAtIndex(0).requests !== undefined, 5000, "STATS arrive")
    }
}
