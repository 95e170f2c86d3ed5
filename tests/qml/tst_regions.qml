import QtQuick
import QtTest
import Switchboard

// Several clusters at once: a second cluster (its own nats-server and greeter) added as a region
// from a profile. The Services page lists greeter once per region and filters to one; the Cluster
// page has a section per region; the one-region pages follow the region chosen; removing works.
TestCase {
    id: test
    name: "Regions"
    when: windowShown
    width: 1280
    height: 800

    Component { id: servicesComponent; ServicesPage { width: 1280; height: 800 } }
    Component { id: clusterComponent; ClusterPage { width: 1280; height: 800 } }
    Component { id: profilesComponent; ProfilesController {} }
    Component { id: checkComponent; SchemaCheck {} }

    function find(item, name, role) {
        if (!item) return null
        if (item.Accessible && item.Accessible.name === name && (role === undefined || item.Accessible.role === role)) return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) { const f = find(kids[i], name, role); if (f) return f }
        if (item.contentItem && item.contentItem !== item) return find(item.contentItem, name, role)
        return null
    }

    /// An item whose accessible name starts with `prefix`.
    function findPrefix(item, prefix) {
        if (!item) return null
        if (item.Accessible && item.Accessible.name && item.Accessible.name.indexOf(prefix) === 0) return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) { const f = findPrefix(kids[i], prefix); if (f) return f }
        if (item.contentItem && item.contentItem !== item) return findPrefix(item.contentItem, prefix)
        return null
    }

    function test_two_regions() {
        tryVerify(() => App.session.serviceCount === 2, 5000, "the first region's services")
        compare(App.sessions.length, 1)
        const profiles = createTemporaryObject(profilesComponent, test)
        compare(profiles.save({ name: "us-east", servers: [secondClusterUrl], auth: "none" }, "", "", "", ""), "")
        App.addRegion("us-east")
        compare(App.sessions.length, 2)
        compare(App.regionNames, ["test", "us-east"])
        const second = App.regionSession("us-east")
        tryVerify(() => second.state === Session.Connected && second.serviceCount === 1, 10000, "the second region connected")
        verify(App.session.observingCalls && !second.observingCalls, "a region not shown watches no calls")

        // Services: greeter in both regions, a region column, the filter.
        const page = createTemporaryObject(servicesComponent, test)
        const list = find(page, "Services", Accessible.List)
        tryCompare(list, "count", 3)
        tryVerify(() => list.itemAtIndex(2) !== null)
        let regions = []
        for (let i = 0; i < list.count; ++i) if (list.itemAtIndex(i).name === "greeter") regions.push(list.itemAtIndex(i).region)
        compare(regions.sort(), ["test", "us-east"])
        verify(find(page, "greeter latest, go-micro, 1 node, region us-east") !== null)
        App.regionFilter = "us-east"
        tryCompare(list, "count", 1)
        tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).region === "us-east", 2000, "only us-east rows")
        compare(App.shownSession, second)                  // Topology, Call and Traffic follow
        verify(second.observingCalls && !App.session.observingCalls, "calls watched in the shown region only")
        App.regionFilter = ""
        tryCompare(list, "count", 3)
        compare(App.shownSession, App.session)
        verify(App.session.observingCalls && !second.observingCalls)

        // Cluster: one section per region, titled with its name.
        const cluster = createTemporaryObject(clusterComponent, test)
        tryVerify(() => findPrefix(cluster, "us-east · Cluster ") !== null, 10000, "a section for us-east")
        verify(findPrefix(cluster, "test · Cluster ") !== null, "and one for the first region")

        // Issue 24: the profile's .proto sources, saved in the editor, are imported into the
        // connected region at once; a choice made on a page is kept by the next save, which
        // carries only the sources.
        const sources = { name: "us-east", servers: [secondClusterUrl], auth: "none",
                          protobuf: { proto_paths: [protoDir + "/shop/v1/shop.proto"], import_paths: [protoDir] } }
        compare(profiles.save(sources, "us-east", "", "", ""), "")
        tryVerify(() => second.schemas.messageTypes.indexOf("shop.v1.Order") >= 0, 30000, "the sources imported into us-east")
        second.schemas.setMessage("orders.created", "shop.v1.Order")
        tryCompare(profiles.profile("us-east").protobuf.messages, "orders.created", "shop.v1.Order")
        sources.protobuf.proto_paths.push(protoDir + "/other/greeter.proto")
        compare(profiles.save(sources, "us-east", "", "", ""), "")
        const saved = profiles.profile("us-east").protobuf
        compare(saved.proto_paths.length, 2)
        compare(saved.messages["orders.created"], "shop.v1.Order")
        tryVerify(() => second.schemas.files.length === 2, 30000, "both files imported: " + second.schemas.files)
        compare(second.schemas.messageFor("orders.created"), "shop.v1.Order")

        // The editor's Check: what the sources hold, and where they break (file:line:column).
        const check = createTemporaryObject(checkComponent, test)
        check.check([protoDir + "/shop/v1/shop.proto"], [protoDir], [])
        verify(check.running)
        tryVerify(() => !check.running, 30000)
        verify(/^\d+ files? imported: \d+ message types, 1 service with 2 methods\.$/.test(check.summary), check.summary)
        compare(check.problems.length, 0)
        check.check([protoDir + "/broken/typo.proto"], [protoDir], [])
        tryVerify(() => !check.running, 30000)
        compare(check.problems.length, 1)
        verify(/typo\.proto:\d+:\d+/.test(check.problems[0]), check.problems[0])
        check.check([], [], [])
        compare(check.summary, "No .proto file, folder or descriptor set is given.")

        App.removeRegion("us-east")
        compare(App.sessions.length, 1)
        tryCompare(list, "count", 2)
    }
}
