import QtQuick
import QtQuick.Layouts
import QtTest
import Switchboard

// The Topology page on a real nats-server: the hosted services drawn as nodes in their zone,
// the item list a screen reader walks, selection with its panel, filters that draw less.
TestCase {
    id: test
    name: "Topology"
    when: windowShown
    visible: true // a SplitView lays out only what is visible: the map needs its canvas's size
    width: 1200
    height: 700

    Component { id: pageComponent; TopologyPage { width: 1200; height: 700 } }
    // As in the app's window: pages in a StackLayout, this one not the current page.
    Component { id: stackComponent; StackLayout { width: 1200; height: 700; currentIndex: 0; Item {} TopologyPage {} } }

    function itemsOf(topo) {
        const out = []
        for (let i = 0; i < topo.items.count; ++i) {
            const row = topo.items.get(i)
            out.push({ key: row.itemKey, text: row.itemText })
        }
        return out
    }

    function findByAccessibleName(item, name) {
        if (item.Accessible && item.Accessible.name === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByAccessibleName(item.children[i], name)
            if (found)
                return found
        }
        return null
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

    function test_show_service_from_elsewhere() {
        // A load run's "Show on the map": the whole services level, the service selected, also
        // from a zone drilled into at another level.
        const page = createTemporaryObject(pageComponent, test)
        const topo = page.model
        topo.level = "zones"
        tryVerify(() => topo.boxCount > 0, 5000)
        page.showService("greeter")
        compare(topo.level, "services")
        compare(topo.selected, "service:greeter")
        tryVerify(() => topo.rectOf("service:greeter").width > 0, 5000, "the service's box is drawn")
        verify(topo.isRelated("service:greeter"))
        verify(!topo.isRelated("service:pricing"), "the other service is dimmed")
    }

    function test_show_service_while_hidden() {
        // Asked while the page has never been shown (the app started on the Call page, where the
        // load run is): once shown, the zones button sits after the find field. A RowLayout left
        // it at x = 0, over the filter field.
        const stack = createTemporaryObject(stackComponent, test)
        const page = stack.children[1]
        const topo = page.model
        page.showService("greeter")
        tryVerify(() => topo.allZones.length > 1 && topo.boxCount > 0, 5000, "two zones: the zones button is shown")
        stack.currentIndex = 1
        const zones = findByAccessibleName(page, "Choose the zones to show")
        const find = page.toolbar.findField
        verify(zones && zones.visible)
        tryVerify(() => zones.mapToItem(page, 0, 0).x >= find.mapToItem(page, find.width, 0).x, 2000,
                  "zones button at " + zones.mapToItem(page, 0, 0).x)
    }

    function test_graph_selection_filters() {
        const page = createTemporaryObject(pageComponent, test)
        const topo = page.model
        topo.level = "nodes"
        tryVerify(() => topo.nodeCount === 2, 5000, "greeter and pricing nodes")
        const texts = itemsOf(topo).map(i => i.text)
        verify(texts.some(t => t.indexOf("greeter in az-a · ") === 0), texts.join(" | "))

        // Selecting a node fills the panel and links to the service.
        const greeterNode = itemsOf(topo).find(i => i.text.indexOf("greeter in az-a · ") === 0)
        topo.selected = greeterNode.key
        compare(topo.selection.kind, "node")
        compare(topo.selection.service, "greeter")

        // A click on the drawing selects what is under it.
        const group = topo.rectOf("group:az-a|greeter")
        verify(group.width > 0)
        topo.selected = ""
        compare(topo.keyAt(group.x + 4, group.y + 4), "group:az-a|greeter")

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

    function test_levels_keyboard_and_words() {
        const page = createTemporaryObject(pageComponent, test)
        const topo = page.model
        topo.level = "services"
        tryVerify(() => topo.rectOf("service:greeter").width > 0, 5000, "the greeter's box")
        tryVerify(() => page.canvas.width > 0, 5000, "the canvas laid out: " + page.canvas.width)
        // Keyboard: the first arrow selects a box, Enter goes inside, Backspace comes back.
        page.canvas.forceActiveFocus()
        topo.selected = "service:greeter"
        keyClick(Qt.Key_Return)
        compare(topo.level, "nodes")
        compare(topo.breadcrumb.length, 2)
        compare(topo.breadcrumb[1].text, "greeter")
        tryVerify(() => topo.rectOf("group:az-a|greeter").width > 0, 5000, "greeter's nodes")
        keyClick(Qt.Key_Backspace)
        compare(topo.level, "services")
        compare(topo.breadcrumb.length, 1)
        // Find (Ctrl+F): Enter selects the next match and brings it into view.
        tryVerify(() => topo.rectOf("service:greeter").width > 0, 5000, "the Services level laid out again")
        topo.selected = ""
        keySequence(StandardKey.Find)
        verify(page.toolbar.findField.activeFocus, "Ctrl+F goes to the find field")
        keyClick(Qt.Key_G); keyClick(Qt.Key_R); keyClick(Qt.Key_E); keyClick(Qt.Key_E)
        keyClick(Qt.Key_Return)
        compare(topo.selected, "service:greeter")
        const r = topo.rectOf("service:greeter")
        verify(r.x * page.zoom + page.panX >= 0 && (r.x + r.width) * page.zoom + page.panX <= page.canvas.width, "the match is in view")
        page.toolbar.findField.text = "no-such-thing"
        keyClick(Qt.Key_Return)
        verify(page.toolbar.findMissed)
        // Words on the map: the service's name on its box, never below 11 px.
        tryVerify(() => {
            for (let i = 0; i < topo.labels.count; ++i) {
                const l = topo.labels.get(i)
                if (l.owner === "service:greeter" && l.text.indexOf("greeter") >= 0) return l.px >= 11
            }
            return false
        }, 5000, "greeter's name on its box")
    }

    function test_item_list_keeps_its_delegates() {
        // A new scene comes about once a second; the list's rows that stay keep their delegate
        // (with a list as the model, every scene rebuilt them all).
        const page = createTemporaryObject(pageComponent, test)
        const topo = page.model
        topo.level = "nodes"
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
