import QtQuick
import QtTest
import Switchboard

// The Connections page against real servers: a server with accounts (user/password, and a
// system-account user) and a TLS-only server with its own CA. Test connection gives a specific
// verdict for each login (wrong password, unknown CA, no server, no $SYS permission); connecting
// with a profile; importing a natscli context; no secret in any file the app wrote.
TestCase {
    id: test
    name: "Connections"
    when: windowShown
    width: 1280
    height: 800

    Component { id: pageComponent; ConnectionsPage { width: 1280; height: 800 } }

    function find(item, name, role) {
        if (!item) return null
        if (item.Accessible && item.Accessible.name === name && (role === undefined || item.Accessible.role === role)) return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) { const f = find(kids[i], name, role); if (f) return f }
        if (item.contentItem && item.contentItem !== item) return find(item.contentItem, name, role)
        return null
    }
    /// A text field by its accessible name (a label may carry the same text).
    function field(item, name) {
        if (!item) return null
        if (item.Accessible && item.Accessible.name === name && item.echoMode !== undefined) return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) { const f = field(kids[i], name); if (f) return f }
        if (item.contentItem && item.contentItem !== item) return field(item.contentItem, name)
        return null
    }
    function runTest(profiles, fields, password, token, systemPassword) {
        profiles.test(fields, password || "", token || "", systemPassword || "")
        // 30 s: under ASan, on a machine also running a soak, one login test took over 15 s.
        tryVerify(() => !profiles.testing && profiles.testResults.length > 0, 30000, "the test finished")
        return profiles.testResults
    }

    function test_profiles_logins_import_and_secrets() {
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        const profiles = page.controller
        verify(profiles.secretsText.indexOf("only until Switchboard closes") >= 0, profiles.secretsText)
        compare(profiles.loadError, "")

        // User and password, with a system-account login for cluster health.
        const accounts = { name: "accounts", servers: [loginServers.authUrl], auth: "user", user: "app", system_user: "sys" }
        compare(profiles.save(accounts, "", "S3cret-app-4711", "", "S3cret-sys-4711"), "")
        compare(profiles.profiles.count, 1)
        let r = runTest(profiles, accounts)            // the stored secrets fill in
        compare(r.length, 3)
        verify(r[0].ok && r[1].ok && r[2].ok, JSON.stringify(r))
        verify(/^1 server answers \$SYS requests/.test(r[2].result), r[2].result)

        r = runTest(profiles, accounts, "wrong-password")
        verify(!r[0].ok)
        verify(r[0].result.indexOf("The server refused the login") === 0, r[0].result)

        // A system login that is not in the system account: said as such.
        r = runTest(profiles, Object.assign({}, accounts, { system_user: "app" }), "", "", "S3cret-app-4711")
        verify(r[1].ok && !r[2].ok, JSON.stringify(r))
        verify(r[2].result.indexOf("no permission for $SYS") === 0, r[2].result)

        // TLS: the right CA, an unrelated CA, no CA, verification skipped on purpose.
        const tls = { name: "tls", servers: [loginServers.tlsUrl], auth: "none", tls_ca: loginServers.caFile }
        r = runTest(profiles, tls)
        verify(r[0].ok, JSON.stringify(r))
        r = runTest(profiles, Object.assign({}, tls, { tls_ca: loginServers.otherCaFile }))
        verify(!r[0].ok && r[0].result.indexOf("not signed by a CA this profile trusts") > 0, r[0].result)
        r = runTest(profiles, Object.assign({}, tls, { tls_ca: "" }))
        verify(!r[0].ok, JSON.stringify(r))
        r = runTest(profiles, Object.assign({}, tls, { tls_ca: "", tls_skip_verify: true }))
        verify(r[0].ok, JSON.stringify(r))

        // Nobody there.
        r = runTest(profiles, { name: "dead", servers: [loginServers.deadUrl], auth: "none" })
        verify(r[0].result.indexOf("No server answered at " + loginServers.deadUrl) === 0, r[0].result)
        r = runTest(profiles, { name: "x", servers: [], auth: "none" })
        compare(r[0].result, "Add at least one server URL, such as nats://nats-1:4222.")

        // The editor shows a saved profile, without its secrets; its Test button reports in place.
        page.load("accounts")
        compare(page.fields().servers, [loginServers.authUrl])
        compare(field(page, "Password").text, "")
        compare(field(page, "Password").placeholderText, "password kept; type to replace")
        find(page, "Test connection").clicked()
        tryVerify(() => !profiles.testing && profiles.testResults.length === 3
                  && find(page, "passed: services login: " + profiles.testResults[0].result) !== null, 15000)

        // Connecting with the profile.
        profiles.connectTo("accounts")
        tryVerify(() => App.session.state === Session.Connected && App.session.label === "accounts", 10000)
        compare(App.currentProfile, "accounts")

        // natscli contexts: imported, the selected one named, its password in the secret store.
        compare(profiles.importNatsContexts(loginServers.contextDir), "Imported 1 context: staging. natscli has staging selected.")
        compare(profiles.profiles.count, 2)
        r = runTest(profiles, profiles.profile("staging"))
        verify(r[0].ok, JSON.stringify(r))
        compare(profiles.importNatsContexts(loginServers.appDir + "/none"), "No natscli context in " + loginServers.appDir + "/none.")

        // No secret in any file the app wrote (profiles, settings, history).
        verify(loginServers.filesContaining(loginServers.appDir, "accounts").length > 0, "profiles.json is there")
        compare(loginServers.filesContaining(loginServers.appDir, "S3cret-app-4711"), [])
        compare(loginServers.filesContaining(loginServers.appDir, "S3cret-sys-4711"), [])

        profiles.remove("staging")
        compare(profiles.profiles.count, 1)
    }
}
