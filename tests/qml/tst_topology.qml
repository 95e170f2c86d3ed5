import QtQuick
import QtTest
import Switchboard

// The Topology page on a real nats-server: the hosted services drawn as nodes in their zone,
// the item list a screen reader walks, selection with its panel, filters that draw less.
TestCase {
    id: test
    name: "Topology"
    when: windowShown
    width: 1200
    height: 700

    Component { id: pageComponent; TopologyPage { width: 1200; height: 700 } }

    function test_graph_selection_filters() {
        const page = createTemporaryObject(pageComponent, test)
        const topo = page.model
        tryVerify(() => topo.nodeCount === 2, 5000, "greeter and pricing nodes")
        const texts = topo.items.map(i => i.text)
        verify(texts.some(t => t.indexOf("of greeter in az-a") >= 0), texts.join(" | "))

        // Selecting a node fills the panel and links to the service.
        const greeterNode = topo.items.find(i => i.text.indexOf("of greeter") >= 0)
        topo.selected = greeterNode.key
        compare(topo.selection.kind, "node")
        compare(topo.selection.service, "greeter")

        // A click on the drawing selects what is under it.
        const group = topo.groups.find(g => g.service === "greeter")
        topo.selected = ""
        compare(topo.keyAt(group.x + 4, group.y + 4), group.key)

        // Filters: protocol and name.
        topo.showNatsMicro = false
        tryCompare(topo, "nodeCount", 1)
        topo.showNatsMicro = true
        tryCompare(topo, "nodeCount", 2)
        topo.filterText = "pric"
        tryCompare(topo, "nodeCount", 1)
        topo.filterText = ""
        tryCompare(topo, "nodeCount", 2)
        topo.hiddenZones = ["az-a"]
        tryVerify(() => topo.items.every(i => i.text.indexOf("in az-a") < 0))
        topo.hiddenZones = []
    }
}
