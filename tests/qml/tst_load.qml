import QtQuick
import QtTest
import Switchboard

// Load runs from the Call page on a real nats-server (issue 26): the setup sheet's fields typed
// into and their problems said before anything is sent; a run followed live, its verdict, kept
// with a history entry and exported; errors grouped by code; a kept run shown again and two
// compared; a damaged kept run listed with its reason; a run stopped from the view.
TestCase {
    id: test
    name: "Load"
    when: windowShown
    width: 1280
    height: 760

    Component { id: pageComponent; CallPage { width: 1280; height: 760 } }
    SignalSpy { id: mapAsked; signalName: "showOnMapRequested" }

    function makePage() {
        const page = createTemporaryObject(pageComponent, test)
        const call = page.controller
        tryVerify(() => call.services.indexOf("greeter") >= 0, 5000)
        call.service = "greeter"
        compare(call.endpoint, "Greeter.Hello")
        verify(App.loadRuns.waitForLoaded())
        return page
    }
    function typeInto(dialog, fieldName, text) {
        const field = findChild(dialog.contentItem, fieldName)
        verify(field, fieldName)
        const input = findChild(field, "input")
        input.forceActiveFocus()
        input.selectAll()
        keyClick(Qt.Key_Delete)
        for (const c of text) keyClick(c)
        return field
    }
    function runToTheEnd(page, requests, concurrency, body) {
        const load = page.loadController
        load.openModel = false
        load.concurrency = concurrency
        load.durationSeconds = 0
        load.requests = requests
        page.loadSetup.open() // takes the Call page's request as the body…
        tryVerify(() => page.loadSetup.opened)
        load.body = body // …or the template written before; this one replaces either
        compare(findChild(page.loadSetup.contentItem, "bodyEditor").text, body)
        page.loadSetup.start()
        compare(page.view, "load")
        tryVerify(() => !load.running && load.state !== "starting" && load.hasRun, 20000)
        compare(load.state, "finished")
        return load
    }

    function test_setup_says_what_is_wrong_before_sending() {
        const page = makePage()
        const load = page.loadController
        page.loadSetup.open()
        tryVerify(() => page.loadSetup.opened)
        const dialog = page.loadSetup
        const start = findChild(dialog.footer, "startButton")
        verify(start.enabled)

        let field = typeInto(dialog, "concurrencyField", "0")
        compare(load.concurrency, 0)
        compare(field.problem, "From 1 to 10000 requests in flight.")
        verify(!start.enabled)
        field = typeInto(dialog, "concurrencyField", "1000000")
        compare(load.concurrency, 1000000)
        verify(field.problem.indexOf("From 1 to") === 0)
        typeInto(dialog, "concurrencyField", "4")
        verify(start.enabled)

        load.openModel = true
        field = typeInto(dialog, "rateField", "0")
        verify(field.problem.indexOf("A rate above 0") === 0, field.problem)
        verify(!start.enabled)
        typeInto(dialog, "rateField", "200")
        verify(start.enabled)
        load.openModel = false

        const body = findChild(dialog.contentItem, "bodyEditor")
        body.forceActiveFocus()
        body.selectAll()
        keyClick(Qt.Key_Delete)
        for (const c of '{"name":"{{nope}}"}') keyClick(c)
        compare(load.problems.body, "Column 10: {{nope}} is not a placeholder; use {{seq}}, {{uuid}}, {{randInt A B}} or {{now}}.")
        verify(!start.enabled)
        verify(!load.start(), "a plan with problems does not start")
        compare(load.hasRun, false, "nothing was sent")
        body.selectAll()
        keyClick(Qt.Key_Delete)
        for (const c of '{"name":"n{{seq}}"}') keyClick(c)
        verify(start.enabled)
        dialog.close()
    }

    function test_run_live_verdict_kept_and_exported() {
        const page = makePage()
        const keptBefore = App.loadRuns.runs.count
        const load = page.loadController
        load.maxP99Ms = 2000
        load.maxErrorPercent = 1
        runToTheEnd(page, 400, 8, '{"name":"load {{seq}}"}')
        compare(load.figures.done, 400)
        compare(load.figures.errors, 0)
        compare(load.verdict, "pass")
        compare(load.verdictText, "Thresholds met")
        verify(load.histogram.length > 0)
        compare(load.nodes.length, 1)
        compare(load.nodes[0].done, 400)
        // Where the load landed: the nodes' service, handed to the shell for the Topology map.
        mapAsked.target = page
        mapAsked.clear()
        const showOnMap = findChild(page, "showOnMapButton")
        verify(showOnMap && showOnMap.enabled)
        showOnMap.forceActiveFocus() // by keyboard, as a screen-reader user would
        keyClick(Qt.Key_Space)
        compare(mapAsked.count, 1)
        compare(mapAsked.signalArguments[0][0], "greeter")
        // Kept, with an entry at the top of the call history that opens it again.
        tryCompare(App.loadRuns.runs, "count", keptBefore + 1)
        verify(load.shownRunId !== "")
        const entry = App.history.call(0)
        compare(entry.loadRun, load.shownRunId)
        compare(entry.body, '{"name":"load {{seq}}"}')
        compare(entry.ok, true)
        verify(entry.status.indexOf("400 requests") === 0, entry.status)
        // Exported as JSON and CSV; a folder that cannot be written is said.
        compare(load.exportJson(testDir + "/run.json"), "")
        compare(load.exportCsv(testDir + "/run.csv"), "")
        verify(load.exportJson("/nonexistent-folder/run.json").indexOf("cannot be written") > 0)
        verify(load.suggestedExportPath("csv").endsWith(".csv"))
    }

    function test_errors_grouped_by_code_and_verdict() {
        const page = makePage()
        const load = page.loadController
        load.maxP99Ms = 0
        load.maxErrorPercent = 1
        runToTheEnd(page, 60, 4, '{"name":"fail"}')
        compare(load.figures.errors, 60)
        compare(load.errorGroups.length, 1)
        compare(load.errorGroups[0].code, 400)
        compare(load.errorGroups[0].count, 60)
        compare(load.errorGroups[0].detail, "no greeting for fail")
        compare(load.verdict, "fail")
        verify(load.verdictText.indexOf("Thresholds not met") === 0)
        compare(App.history.call(0).ok, false)
    }

    function test_kept_run_shown_again_and_compared() {
        const page = makePage()
        const load = page.loadController
        load.maxP99Ms = 0
        load.maxErrorPercent = 0
        runToTheEnd(page, 200, 1, '{"name":"a"}')
        const first = load.shownRunId
        const firstP99 = load.figures.p99Ms
        runToTheEnd(page, 300, 8, '{"name":"b"}')
        const second = load.shownRunId
        verify(first !== second)
        // The first again, from its history entry (one down from the top).
        page.view = "request"
        page.showLoadRun(App.history.call(1))
        compare(page.view, "load")
        compare(load.shownRunId, first)
        compare(load.figures.done, 200)
        compare(load.figures.p99Ms, firstP99)
        verify(load.runTitle.indexOf("greeter Greeter.Hello · 1 in flight · ") === 0, load.runTitle)
        // Compared side by side.
        page.comparison.firstId = first
        page.comparison.secondId = second
        page.view = "compare"
        const c = page.comparison.comparison
        verify(c.ready, c.problem)
        const names = c.rows.map(r => r.name)
        for (const n of ["p50", "p90", "p99", "p99.9", "max", "mean", "throughput", "errors", "requests"])
            verify(names.indexOf(n) >= 0, n + " in " + names.join(","))
        const requests = c.rows[names.indexOf("requests")]
        compare(requests.first, "200")
        compare(requests.second, "300")
        compare(requests.change, "+50.0 %")
        verify(c.buckets.length > 0)
        let firstCount = 0, secondCount = 0
        for (const b of c.buckets) { firstCount += b.firstCount; secondCount += b.secondCount }
        compare(firstCount, 200)
        compare(secondCount, 300)
    }

    function test_damaged_kept_run_is_listed_with_its_reason() {
        const page = makePage()
        verify(fileWriter.write(testDir + "/load-runs/20000101-000000-000-broken.json", '{"service": "greeter", "latency": '))
        App.loadRuns.rescan()
        verify(App.loadRuns.waitForLoaded())
        const row = App.loadRuns.runs.indexOfKey("20000101-000000-000-broken")
        verify(row >= 0)
        const values = App.loadRuns.runs.get(row)
        compare(values.damaged, true)
        verify(values.summary.indexOf("Damaged: not JSON") === 0, values.summary)
        const load = page.loadController
        if (!load.hasRun) { // something on screen first, which the damaged run must not be shown over
            load.requests = 20
            verify(load.start())
            tryVerify(() => !load.running && load.hasRun && load.state === "finished", 10000)
        }
        verify(load.figures.done > 0)
        page.showLoadRun({ service: "greeter", endpoint: "Greeter.Hello", body: "{}", loadRun: "20000101-000000-000-broken" })
        compare(page.view, "load")
        verify(load.storedError.indexOf("cannot be read") > 0, load.storedError)
        compare(load.hasRun, false)
        compare(load.figures.done, 0)
        compare(load.runTitle, "")
        verify(!load.showStored("20000101-000000-000-broken"))
        page.comparison.firstId = "20000101-000000-000-broken"
        page.comparison.secondId = "20000101-000000-000-broken"
        verify(!page.comparison.comparison.ready)
        verify(page.comparison.comparison.problem.indexOf("cannot be read") > 0)
        // Still on disk: the user removes it.
        App.loadRuns.remove("20000101-000000-000-broken")
        compare(App.loadRuns.runs.indexOfKey("20000101-000000-000-broken"), -1)
    }

    function test_stop_from_the_view() {
        const page = makePage()
        const load = page.loadController
        load.concurrency = 2
        load.requests = 0
        load.durationSeconds = 60
        load.body = '{"name":"slow {{seq}}"}'
        verify(load.start())
        tryVerify(() => load.running && load.figures.done > 0, 5000)
        const started = Date.now()
        load.cancel()
        tryVerify(() => !load.running, 2000)
        verify(Date.now() - started < 2000)
        compare(load.state, "cancelled")
        compare(load.stateText, "Cancelled")
    }
}
