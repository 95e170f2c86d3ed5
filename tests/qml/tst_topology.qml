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

    function itemsOf(topo) {
        const out = []
        for (let i = 0; i < topo.items.count; ++i) {
            const row = topo.items.get(i)
            out.push({ key: row.itemKey, text: row.itemText })
        }
        return out
    }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function test_graph_selection_filters() {
        const page = createTemporaryObject(pageComponent, test)
        const topo = page.model
        tryVerify(() => topo.nodeCount === 2, 5000, "greeter and pricing nodes")
        const texts = itemsOf(topo).map(i => i.text)
        verify(texts.some(t => t.indexOf("of greeter in az-a") >= 0), texts.join(" | "))

        // Selecting a node fills the panel and links to the service.
        const greeterNode = itemsOf(topo).find(i => i.text.indexOf("of greeter") >= 0)
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
        tryVerify(() => itemsOf(topo).every(i => i.text.indexOf("in az-a") < 0))
        topo.hiddenZones = []
    }

    function test_item_list_keeps_its_delegates() {
        // A new scene comes about once a second; the list's rows that stay keep their delegate
        // (with a list as the model, every scene rebuilt them all).
        const page = createTemporaryObject(pageComponent, test)
        const topo = page.model
        tryVerify(() => topo.nodeCount === 2, 5000, "greeter and pricing nodes")
        const list = findByName(page, "topologyItems")
        verify(list !== null)
        tryVerify(() => list.itemAtIndex(0) !== null)
        const first = list.itemAtIndex(0)
        compare(first.text, topo.items.get(0).itemText)
        const layouts = topo.layouts
        tryVerify(() => topo.layouts >= layouts + 2, 10000, "two new scenes")
        verify(list.itemAtIndex(0) === first, "the zone row kept its delegate")
    }
}
