import QtQuick
import Switchboard

// Drives the app (switchboard --demo --autotest) to a Topology page with a past worth showing:
// a node killed, a server stopped and restarted, then the map shown as it was while the server
// was down, the timeline's mark for it named. Saves the window as topology-timeline.png in the working directory,
// then the Timeline page with the same changes as timeline.png.
QtObject {
    id: drive
    property var window
    property int step: 0
    property var stepStarted: Date.now()

    function fail(text) { console.error("topology-timeline: " + text); Qt.exit(1) }
    function history() { return window.topology }

    readonly property var steps: [
        () => { App.page = "topology"; return App.session.state === Session.Connected && App.session.nodeCount >= 13 },
        () => Date.now() - stepStarted > 12000, // a few snapshots of the healthy map
        () => { App.demo.chaos("kill-node greeter"); return true },
        () => { App.session.refresh(); return App.session.staleCount >= 1 },
        () => Date.now() - stepStarted > 6000,
        () => { App.demo.chaos("stop-server 1"); return true },
        () => Date.now() - stepStarted > 15000,
        () => { App.demo.chaos("restart-server 1"); return true },
        () => Date.now() - stepStarted > 12000,
        () => {
            // The moment the zone went down: the zone mark before the last one.
            const topo = history()
            for (let i = topo.marks.count - 1; i >= 0; --i) {
                const m = topo.marks.get(i)
                if (m.tone === "zone") { topo.showTime(m.at + 1000); return true }
            }
            const last = topo.markNear(topo.historyEnd, -1)
            if (last < 0) fail("no marks in the history")
            topo.showTime(last + 1000)
            return true
        },
        () => Date.now() - stepStarted > 2500, // laid out
        () => {
            if (!App.saveWindowImage(window, "topology-timeline.png")) fail("could not save the picture")
            return true
        },
        // The same changes in the journal: the Timeline page, the zone's change selected.
        () => {
            App.page = "timeline"
            window.timeline.refresh()
            return true
        },
        () => !window.timeline.loading && window.timeline.total > 0 && Date.now() - stepStarted > 1500,
        () => {
            const rows = window.timelinePage.list
            for (let i = 0; i < window.timeline.rowCount(); ++i)
                if (window.timeline.get(i).kind === "zone-health") { rows.currentIndex = i; break }
            return true
        },
        () => Date.now() - stepStarted > 1000,
        () => {
            if (!App.saveWindowImage(window, "timeline.png")) fail("could not save the timeline picture")
            Qt.exit(0)
            return true
        }
    ]
    property Timer tick: Timer {
        interval: 200; repeat: true; running: true
        onTriggered: {
            if (drive.step >= drive.steps.length) return
            if (Date.now() - drive.stepStarted > 120000) drive.fail("step " + drive.step + " timed out")
            if (drive.steps[drive.step]()) { drive.step += 1; drive.stepStarted = Date.now() }
        }
    }
}
