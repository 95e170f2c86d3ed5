import QtQuick
import Switchboard

// Drives the app (scripts/screenshots/load.sh) on the demo: the load run setup of orders
// Orders.Create (which calls inventory and payments, with their 409 and 402 errors), a run of
// 8 in flight pictured while it goes on, then one of 32 in flight, and the two compared. Saves
// load-setup-shot.png, load-run-shot.png, load-map-shot.png (the run's service on the Topology
// map, from "Show on the map") and load-compare-shot.png in the working directory.
QtObject {
    id: drive
    property var window
    property int step: 0
    property var stepStarted: Date.now()
    property string firstRun
    readonly property string body: '{"customer":{"id":"c-{{randInt 1 500}}"},"lines":[{"sku":"A-100","quantity":{{randInt 1 3}}}]}'

    function fail(text) { console.error("load-run: " + text); Qt.exit(1) }
    function page() { return window.callPageItem }
    function load() { return page().loadController }
    function save(name) { if (!App.saveWindowImage(window, name)) fail("could not save " + name) }
    function run(concurrency) {
        const l = load()
        l.openModel = false
        l.concurrency = concurrency
        l.requests = 0
        l.durationSeconds = 8
        l.warmupSeconds = 1
        l.maxP99Ms = 25
        l.maxErrorPercent = 5
        l.body = body
        page().loadSetup.close()
        if (!l.start()) fail("the run did not start: " + JSON.stringify(l.problems))
        page().view = "load"
        return true
    }

    readonly property var steps: [
        () => { App.page = "call"; return App.session.state === Session.Connected && window.callController.services.indexOf("orders") >= 0 },
        () => { window.callController.service = "orders"; window.callController.endpoint = "Orders.Create"; return window.callController.endpoint === "Orders.Create" },
        () => {
            App.loadRuns.waitForLoaded()
            load().concurrency = 8
            load().maxP99Ms = 25
            load().maxErrorPercent = 5
            page().loadSetup.open()
            load().body = body
            return true
        },
        () => Date.now() - stepStarted > 800,
        () => { save("load-setup-shot.png"); return run(8) },
        () => load().running && load().figures.elapsed > 5,
        () => { save("load-run-shot.png"); page().showOnMapRequested(load().runService); return true }, // the button's signal
        () => Date.now() - stepStarted > 1500,
        () => { save("load-map-shot.png"); App.page = "call"; return true },
        () => !load().running && load().shownRunId !== "",
        () => { firstRun = load().shownRunId; return run(32) },
        () => !load().running && load().shownRunId !== "" && load().shownRunId !== firstRun,
        () => {
            page().comparison.firstId = firstRun
            page().comparison.secondId = load().shownRunId
            page().view = "compare"
            return page().comparison.comparison.ready
        },
        () => Date.now() - stepStarted > 800,
        () => { save("load-compare-shot.png"); Qt.exit(0); return true },
    ]
    property Timer timer: Timer {
        interval: 100; running: true; repeat: true
        onTriggered: {
            if (Date.now() - drive.stepStarted > 40000) drive.fail("step " + drive.step + " did not finish")
            if (drive.steps[drive.step]()) { drive.step++; drive.stepStarted = Date.now() }
        }
    }
}
