import QtQuick
import QtTest
import Switchboard

// The Timeline page over the app's own journal, on a real 3-server cluster (az-a, az-b, az-c):
// kill -9 of n2 is journaled (server down, zone az-b down) and shows on the page newest first;
// the keyboard reaches the list and selects a change; the detail names the zone and its buttons
// ask for the zone, the service and the map; the text and kind filters narrow the list; the
// restart comes on top without losing the selection's rows.
TestCase {
    id: test
    name: "Timeline"
    when: windowShown
    width: 1280
    height: 800
    visible: true // a TestCase is hidden by default; here what is shown is checked and clicked

    Component { id: pageComponent; TimelinePage { width: 1280; height: 800; mapHistoryStart: 1 } }
    SignalSpy { id: zoneAsked; signalName: "showZoneRequested" }
    SignalSpy { id: momentAsked; signalName: "showMomentRequested" }

    function find(item, name, role) {
        if (!item) return null
        if (item.visible !== false && item.Accessible && item.Accessible.name === name
                && (role === undefined || item.Accessible.role === role)) return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) { const f = find(kids[i], name, role); if (f) return f }
        if (item.contentItem && item.contentItem !== item) return find(item.contentItem, name, role)
        return null
    }
    function rowOf(model, kind, text) {
        for (let i = 0; i < model.rowCount(); ++i) {
            const r = model.get(i)
            if (r.kind === kind && r.sentence.indexOf(text) >= 0) return i
        }
        return -1
    }

    function test_a_killed_server_on_the_timeline() {
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        zoneAsked.target = page
        momentAsked.target = page
        const model = page.model
        tryVerify(() => App.session.state === Session.Connected, 15000)
        // The cluster's first answer is the baseline: wait for it before breaking something.
        wait(3000)

        testCluster.kill(1)
        App.session.refresh()
        tryVerify(() => { model.refresh(); return rowOf(model, "server-down", "n2-az-b") >= 0 }, 20000,
                  "server n2-az-b down on the timeline")
        tryVerify(() => { model.refresh(); return rowOf(model, "zone-health", "az-b") >= 0 }, 10000, "zone az-b changed")
        const down = model.get(rowOf(model, "zone-health", "az-b"))
        compare(down.sentence, "Zone az-b is now down")
        compare(down.zone, "az-b")
        compare(down.region, "test")
        verify(down.tone !== "green")

        // Keyboard: Tab into the list, move to the zone's change; its detail offers the zone.
        const list = page.list
        list.forceActiveFocus()
        verify(list.activeFocus)
        const target = rowOf(model, "zone-health", "az-b")
        for (let i = list.currentIndex; i < target; ++i) keyClick(Qt.Key_Down)
        compare(list.currentIndex, target)
        const showZone = find(page, "Show zone az-b on the Cluster page")
        verify(showZone, "a Show the zone button")
        mouseClick(showZone)
        compare(zoneAsked.count, 1)
        compare(zoneAsked.signalArguments[0][0], "test")
        compare(zoneAsked.signalArguments[0][1], "az-b")
        const moment = find(page, "Show the map as it was at " + down.time)
        verify(moment, "a button for the map at that moment")
        mouseClick(moment)
        compare(momentAsked.count, 1)
        compare(momentAsked.signalArguments[0][0], down.atMs)

        const onlyZone = find(page, "Show only the changes in zone az-b")
        verify(onlyZone)
        mouseClick(onlyZone)
        tryVerify(() => !model.loading && model.zone === "az-b" && model.rowCount() >= 2)
        for (let i = 0; i < model.rowCount(); ++i) compare(model.get(i).zone, "az-b")
        const chip = find(page, "Stop filtering by zone az-b")
        verify(chip, "the zone filter is said and can be undone")
        mouseClick(chip)
        compare(model.zone, "")

        // Filters: kind, then text; each says how many.
        model.kinds = ["server-down"]
        tryVerify(() => !model.loading && !model.counting && model.rowCount() >= 1 && model.total === model.rowCount())
        for (let i = 0; i < model.rowCount(); ++i) compare(model.get(i).kind, "server-down")
        model.kinds = []
        model.text = "az-c"
        tryVerify(() => !model.loading && !model.counting && model.total < 100)
        for (let i = 0; i < model.rowCount(); ++i)
            verify(JSON.stringify(model.get(i)).indexOf("az-c") >= 0, JSON.stringify(model.get(i)))
        model.text = ""
        tryVerify(() => !model.loading && rowOf(model, "zone-health", "az-b") >= 0)

        // Back: the restart goes on top, in green.
        testCluster.restart(1)
        tryVerify(() => { App.session.refresh(); return rowOf(model, "server-up", "n2-az-b") === 0 || rowOf(model, "zone-health", "healthy") === 0 }, 30000,
                  "the restart on top")
        verify(model.get(0).tone === "green", JSON.stringify(model.get(0)))
    }
}
