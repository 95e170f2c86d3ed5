import QtQuick
import QtTest
import Switchboard

// The shell on a real nats-server: status bar, page switching by keyboard, the services table,
// a call sent from the generated form, and the command palette.
TestCase {
    id: test
    name: "Shell"
    when: windowShown

    Component { id: mainComponent; Main {} }

    // Finds an item the way a screen reader does: by accessible name (and role, when given).
    function findByName(item, name, role) {
        if (!item) return null
        if (item.Accessible && item.Accessible.name === name && (role === undefined || item.Accessible.role === role))
            return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const found = findByName(kids[i], name, role)
            if (found) return found
        }
        if (item.contentItem && item.contentItem !== item) return findByName(item.contentItem, name, role)
        return null
    }

    function test_shell() {
        App.page = "services"
        const window = createTemporaryObject(mainComponent, test)
        verify(window)
        tryCompare(App.session, "state", Session.Connected, 5000)
        tryVerify(() => App.session.serviceCount === 2, 5000, "greeter and pricing discovered")
        compare(App.session.stateText, "connected")

        // The first service is selected, so the detail pane is never empty.
        const list = findByName(window.contentItem, "Services", Accessible.List)
        verify(list, "the services list is reachable by its accessible name")
        tryCompare(list, "count", 2)
        tryVerify(() => list.currentIndex === 0)

        // Ctrl+3 opens the Call page; choosing a service fills the form from its schema.
        window.requestActivate()
        keySequence("Ctrl+3")
        compare(App.page, "call")
        window.callEndpoint("greeter", "Greeter.Hello")
        const form = findByName(window.contentItem, "Request form")
        verify(form)
        tryCompare(form, "count", 3)
        const controller = form.model
        controller.setValue(0, "Ann")
        controller.addItem(1)
        controller.setValue(2, "x")
        controller.setValue(3, "2")
        const send = findByName(window.contentItem, "Send the request")
        verify(send)
        tryVerify(() => send.enabled, 3000, "Send is enabled once the request is valid")
        send.clicked()
        tryVerify(() => App.history.calls.count === 1, 5000, "the call is in the history")
        tryVerify(() => App.history.calls.get(0).ok === true, 5000)

        // Ctrl+2 back to Services, Ctrl+1 to the topology.
        keySequence("Ctrl+2")
        compare(App.page, "services")
        keySequence("Ctrl+1")
        compare(App.page, "topology")
    }

    // About: from the version in the status bar (keyboard and screen reader), F1 and the palette.
    function test_about() {
        const window = createTemporaryObject(mainComponent, test)
        verify(window)
        const version = findByName(window.contentItem, "About Switchboard", Accessible.Button)
        verify(version, "the status bar's version is a button named About Switchboard")
        compare(version.contentItem.text, "v" + App.version)
        version.clicked()
        // Dialogs live in the window's overlay, a sibling of the content.
        let copy = null
        tryVerify(() => (copy = findByName(window.contentItem.parent, "Copy version details")) !== null,
                  2000, "the About dialog is open")
        tryVerify(() => copy.visible)
        verify(copy.Accessible.description.indexOf("Switchboard " + App.version + " (commit " + App.buildCommit + ")") === 0,
               copy.Accessible.description)
        verify(copy.Accessible.description.indexOf("Qt 6.") > 0, "names the Qt version")
        copy.clicked()
        compare(copy.text, "Copied")
        const close = findByName(window.contentItem.parent, "Close About")
        verify(close)
        close.clicked()
        tryVerify(() => !copy.visible, 2000, "Close closes About")

        window.requestActivate()
        tryVerify(() => window.active, 2000, "the window is active")
        // Offscreen, the first key event after a popup closes is sometimes not delivered: F1 is
        // pressed until the dialog shows, at most three times.
        for (let i = 0; i < 3 && !copy.visible; ++i) {
            keySequence("F1")
            wait(50)
        }
        verify(copy.visible, "F1 opens About")
        compare(copy.text, "Copy version details")
        close.clicked()
        tryVerify(() => !copy.visible)
    }
}
