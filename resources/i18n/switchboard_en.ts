<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard %1 (commit %2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dashboard for go-micro and NATS micro services: their topology by zone, their endpoints, calls, traffic and the health of the NATS cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRuleDialog</name>
    <message>
        <source>Edit alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the notification will say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rule watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders.created, orders.&gt; …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stops (no messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the rule fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms (p99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: degraded or down; 1: down only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the condition must hold before the rule fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the condition must be gone before the rule resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: resolve only past this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: every region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n live node(s)</source>
        <translation>
            <numerusform>%n live node</numerusform>
            <numerusform>%n live nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) down</source>
        <translation>
            <numerusform>%n server down</numerusform>
            <numerusform>%n servers down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more slow consumer(s)</source>
        <translation>
            <numerusform>%n more slow consumer</numerusform>
            <numerusform>%n more slow consumers</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries no messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 below %2 msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 above %2 msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has fewer than %2 live nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 live nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call errors of %1 above %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 latency of %1 above %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 degraded or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any server down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow consumers rising on any server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow consumers rising on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>condition, for-duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to normal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>%1 above %2 msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n firing</source>
        <translation>
            <numerusform>%n firing</numerusform>
            <numerusform>%n firing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules file to import or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import alert rules from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the alert rules to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last fired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsilence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the silence of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>for %n minute(s)</source>
        <translation>
            <numerusform>for %n minute</numerusform>
            <numerusform>for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>for %n hour</numerusform>
            <numerusform>for %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule %1 enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press again to delete rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert rules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule fires when a subject stops or passes a rate, a service loses nodes or its calls fail, a zone degrades or a server goes down. Create one here, or from a subject, service or zone (right-click → Alert when…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window hides it; alerts are still evaluated and notified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallHistoryPane</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protobuf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls you send appear here. Click one to edit it, double-click to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a call from the history (right-click) to keep it in a collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected call to a collection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <source>service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send  Ctrl+↵</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled: choose a target and fix the request first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service and an endpoint above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No form for this endpoint: write the request on the JSON tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line:  Key: Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as switchboard-cli command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as micro call command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as nats req command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request as application/json or application/protobuf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.proto method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .proto method that describes this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path; empty: the request below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose bytes are sent as the request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a load run of this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled: choose a target first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled: a load run is going on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallResponsePane</name>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a request to see the response here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterRateChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterRegion</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 · %2 of %3 servers answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second per zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second per server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterWords</name>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not answer the $SYS request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen in an earlier run of this profile, does not answer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 is down (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route %1 → %2 RTT %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route %1 → %2 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow consumers rising on %1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server answers at %1, a configured route of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the profile expects %1 servers, %n answer(s)</source>
        <translation>
            <numerusform>the profile expects %1 servers, %n answers</numerusform>
            <numerusform>the profile expects %1 servers, %n answer</numerusform>
        </translation>
    </message>
    <message>
        <source> (only the connected server can be seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system-account rights and no monitoring URL: only the connected server is known, without counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other servers announced by the cluster: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Jump to a service, endpoint, node or server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing discovered yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to NATS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URLs (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The server refused the login: wrong user, password, token, key or credentials (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not signed by a CA this profile trusts. Set the CA file (or, knowingly, skip verification). (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server answered at %1 within %2 s: is it running, is the URL right, is a firewall in the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in, but this user may not do what Switchboard needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system login (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$SYS access</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) answer $SYS requests: cluster health is complete</source>
        <translation>
            <numerusform>%n server answers $SYS requests: cluster health is complete</numerusform>
            <numerusform>%n servers answer $SYS requests: cluster health is complete</numerusform>
        </translation>
    </message>
    <message>
        <source>no permission for $SYS: %1 is not in the system account, so cluster health falls back to monitoring URLs or the connected server only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers /varz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not answer /varz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a TLS client certificate: set the certificate and key in the profile. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the TLS client certificate: it is not signed by a CA the server trusts, has expired, or is not for client use. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user JWT of the credentials file has expired: get new credentials. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user JWT of the credentials file: the account revoked it, or the server does not know the account that signed it. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>password kept; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token kept; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system-account password kept; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system-account password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one on the right, or import your natscli contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import natscli contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NKey seed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials file (.creds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file (PEM), empty: no TLS or the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS cert / key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip TLS verification (anyone in the middle can read and change the traffic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip TLS verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP monitoring URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system-account user (cluster health)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System account user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System account password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both subject families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>micro.registry.nats.* (go-micro plugins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>micro.nats.* (go-micro v5 in-tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry subject family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected number of servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: not set. Fewer servers answering makes the cluster degraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this profile as one more region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first, or it is connected already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current connection and add this cluster beside it, as another region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read history from the collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the team&apos;s history from switchboard-cli collect on this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector&apos;s events stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.proto files or folders, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.proto files and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import paths (as protoc -I), one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import paths for .proto files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptor sets (protoc -o x.pb --include_imports), one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptor set files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the protobuf files now and show what they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <source>no zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gained a node, %2, in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost a node, %2, in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s node %2 in %3 stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s node %2 in %3 answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 in %2 is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 in %2 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 in %2 is down: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 in %2 lost routes: %3 left of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow consumers on server %1 rose by %2, to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started carrying messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped carrying messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed call(s) to %1: %2</source>
        <translation>
            <numerusform>%n failed call to %1: %2</numerusform>
            <numerusform>%n failed calls to %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert “%1” is pending: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert “%1” is firing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert “%1” resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node deregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node went stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routes lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFieldRow</name>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an element to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type inside %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFromDescriptor</name>
    <message>
        <source>a time in RFC 3339, UTC: 2026-01-31T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds with an s: 90s, 1.5s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON with &quot;@type&quot;: the message type&apos;s URL, and that message&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains itself: edit this part as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 fields: the rest is edited as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormJson</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2 (%3), got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormSchema</name>
    <message>
        <source>nested deeper than %1 levels: edit this part as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 fields: the rest is edited as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fields described for %1: edit as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthDot</name>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadCompareView</name>
    <message>
        <source>Two load runs compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of both runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 then %3, %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency histograms, each as a share of its own requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadExportPopup</name>
    <message>
        <source>The run was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the load run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: the whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: one line a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadHistogram</name>
    <message numerus="yes">
        <source>Latency histogram, %n bucket(s)</source>
        <translation>
            <numerusform>Latency histogram, %n bucket</numerusform>
            <numerusform>Latency histogram, %n buckets</numerusform>
        </translation>
    </message>
    <message>
        <source>No replies yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadRunSidebar</name>
    <message>
        <source>Errors by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors: %2 %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes that answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1: %2 requests, %3 errors, p99 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept load runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished runs are kept here and in the call history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected kept run with the run shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled: select another kept run first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected kept run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the service of this run on the Topology map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadRunView</name>
    <message>
        <source>Load run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load run going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the load run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new load run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the run as JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (target %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency histogram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadSetupDialog</name>
    <message>
        <source>Load run of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the load run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled: fix the fields marked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node: %1 · timeout %2 · headers and content type as on the Call page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a number of requests in flight (closed model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at a fixed rate, latency from when each was due (open model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run for a number of requests or of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when errors pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds for the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{seq}}, {{uuid}}, {{randInt 1 100}} and {{now}} make each request differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadTimeCharts</name>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency over the run, p50 and p99 in milliseconds a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests finished each second of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and Cluster show every region, or the one chosen; Topology, Call and Traffic show one (the first when all are chosen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…  Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a NATS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface; numbers and times follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, dark, or follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Connect to a NATS server, or start the demo cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost to %1; reconnecting. What is shown may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs nats-server, which is not installed. Install it with: sudo apt install nats-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLabels</name>
    <message>
        <source>%1 % err</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n stale</numerusform>
            <numerusform>%n stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers, no zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) without a zone</source>
        <translation>
            <numerusform>%n server without a zone</numerusform>
            <numerusform>%n servers without a zone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapSvgWriter</name>
    <message>
        <source>Nothing to export: the map is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadText</name>
    <message>
        <source>binary, %1 bytes; the first %2 shown as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes; the first %2 KiB shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one server URL, such as nats://nats-1:4222.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User and password login needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NKey login needs the seed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials login needs the .creds file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS client certificate needs its key, and the key its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector&apos;s stream is a name without dots, wildcards, spaces or slashes, and its subject prefix a subject without wildcards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>no &quot;profiles&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles file could not be read (%1). It was moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtobufInspector</name>
    <message>
        <source>Decode as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type to decode the payload with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the chosen type and use the suggested one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fields as a tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .proto files are imported: the payload is decoded without names. Import them in Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No type is known for %1: pick one to decode with names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a %1: %2. The schema-less decode is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree stops here; the rest is in the other view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema-less decode as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema-less</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtobufView</name>
    <message>
        <source>Schema-less, as chosen for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as chosen for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was chosen for %2, but the imported files do not define it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the request type of the %2 subscriber %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not protobuf from byte %1 on: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishPane</name>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject to publish to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go-micro event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as go-micro&apos;s broker sends it: a JSON envelope with Micro-Topic, Micro-ID and Content-Type; your headers go into the envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as the bytes below; headers become NATS headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;id&quot;: 1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers (Key: Value, one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a subject first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the event body as JSON or protobuf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaTree</name>
    <message>
        <source>Response type of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request type of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (level %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDetailPane</name>
    <message>
        <source>Select a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its nodes, endpoints and types show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last node deregistered or was removed after going stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only NATS micro services report stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale: silent since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for STATS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests · %2 errors · avg %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first STATS answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every registry and $SRV reply decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: requests/s and average time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avg ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Described by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Filter by name, protocol, zone or version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query the registry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s)</source>
        <translation>
            <numerusform>%1 of %n service</numerusform>
            <numerusform>%1 of %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert when it has no live node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when its calls fail…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>RTT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Switchboard (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <translation>
            <numerusform>%n alert firing</numerusform>
            <numerusform>%n alerts firing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionChip</name>
    <message>
        <source>Subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record its messages again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep counting, stop recording its messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kinds: %n chosen</source>
        <translation>
            <numerusform>Kinds: %n chosen</numerusform>
            <numerusform>Kinds: %n chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Kinds of change shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text: a service, node, zone, server or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the changes by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop filtering by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the range shown</source>
        <translation>
            <numerusform>%n change in the range shown</numerusform>
            <numerusform>%n changes in the range shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes coming and going, servers, zones and the connection are journaled here as they change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see where it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map at that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>now · %n change(s)</source>
        <translation>
            <numerusform>now · %n change</numerusform>
            <numerusform>now · %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Show service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the changes of service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show zone %1 on the Cluster page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the changes in zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the map as it was at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyExport</name>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG: the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG: the view as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyLegend</name>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls (width: rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1 % errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyMinimap</name>
    <message>
        <source>Overview of the whole map; click to move the view there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service nodes to draw yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Service map: %n box(es); arrow keys move between them, Enter goes inside, Backspace goes back, [ and ] step through the last hour&apos;s changes; the list on the right reads it as text</source>
        <translation>
            <numerusform>Service map: %n box; arrow keys move between them, Enter goes inside, Backspace goes back, [ and ] step through the last hour&apos;s changes; the list on the right reads it as text</numerusform>
            <numerusform>Service map: %n boxes; arrow keys move between them, Enter goes inside, Backspace goes back, [ and ] step through the last hour&apos;s changes; the list on the right reads it as text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopologySidePanel</name>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a zone, service, node or topic. Double-click goes a level down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go a level down into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyTimeline</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the map as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: the map shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment shown on the map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to a moment of the last hour; [ and ] jump between changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Live · the last %n min kept</source>
        <translation>
            <numerusform>Live · the last %n min kept</numerusform>
            <numerusform>Live · the last %n min kept</numerusform>
        </translation>
    </message>
    <message>
        <source>Live · keeping the last hour from now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyToolbar</name>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One box per zone, calls between zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One box per service, calls between services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node, in its service and zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the map to the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by service or node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show topics and their subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show go-micro services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show NATS micro services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the zones to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find on the map; Enter goes to the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map as SVG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show traffic as dots moving along the edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the system asks for reduced motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots travel along the edges, more on busier ones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficChart</name>
    <message>
        <source>Rate of the busiest subjects (click subjects to choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate of the selected subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate chart, empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic to chart yet. Click subjects in the table to chart them (up to six).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time span of the rate chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector counted no messages on these subjects in this time span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average msgs/s of each minute, counted by the collector (stream %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficMessagesPane</name>
    <message>
        <source>subject or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages on subjects matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages whose payload contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the kept messages as NDJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is paused; counting goes on. Resume to see new messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kept message matches the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages on the subscriptions appear here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a go-micro envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not text: see Hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS headers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the kept messages that match the filters as NDJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficPage</name>
    <message>
        <source>subject, e.g. orders.&gt; or &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject to subscribe to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue group (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a queue group this subscription shares messages with the services in it: it takes some away from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the publish form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1 · %2 · %3/s · shown %4 of %5 kept · dropped %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficSampler</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 messages per second, %3 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 on %2, %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficSubjectsTable</name>
    <message>
        <source>Filter subjects: text, or a pattern such as orders.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages, %2 in all; the last at %3. Click to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing subscribed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message yet on these subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to a subject or a wildcard above. Known topics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to a subject or a wildcard above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to everything (&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 of %2 matching subjects (%3 seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when this stops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when its rate passes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneCard</name>
    <message>
        <source>in %1 · out %2 · %3/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected; no counters from this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 · up %2 · %3 conns · %4 subs · cpu %5 % · %6 · slow consumers %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>If %1 is lost: %n service node(s) go</source>
        <translation>
            <numerusform>If %1 is lost: %n service node goes</numerusform>
            <numerusform>If %1 is lost: %n service nodes go</numerusform>
        </translation>
    </message>
    <message>
        <source>no node left for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer nodes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when this zone degrades…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::AlertsController</name>
    <message>
        <source>A rule watches “%1”, which cannot be subscribed to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert rules in %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert rules file could not be read (%1); it was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert rules cannot be saved to %1: %2. They work until the app quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::AlertsModel</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::AppContext</name>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading the team&apos;s history from the collector (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the team&apos;s history cannot be read from the collector: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: team history from the collector (%2), %n events taken since the app started</source>
        <translation>
            <numerusform>%1: team history from the collector (%2), %n event taken since the app started</numerusform>
            <numerusform>%1: team history from the collector (%2), %n events taken since the app started</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchboard::gui::CallController</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint&apos;s request_schema is not valid JSON; write the request as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This $SRV endpoint publishes no request_schema; write the request as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry describes no request type for this endpoint; write it as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: write a header as Key: Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>200 OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Described by %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protobuf, decoded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protobuf without a schema: field numbers and wire types (import its .proto on the Profiles page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The body is the %n byte(s) of %1, sent as they are.</source>
        <translation>
            <numerusform>The body is the %n byte of %1, sent as it is.</numerusform>
            <numerusform>The body is the %n bytes of %1, sent as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::CallFormModel</name>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number, or outside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number ≥ 0, or outside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for a float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::CallHistory</name>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call history could not be read (%1). It was moved to %2 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call history could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load run of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::ClusterView</name>
    <message>
        <source>server %1, version %2, %3 connections, %4 messages per second in, %5 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 is down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>zone %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first look at the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: $SYS requests with the system account: every server, its routes and its connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Source: HTTP monitoring of the %n listed server(s).</source>
        <translation>
            <numerusform>Source: HTTP monitoring of the listed server.</numerusform>
            <numerusform>Source: HTTP monitoring of the %n listed servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>A system-account login would find every server of the cluster, also those not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: the client connection only: the connected server, without counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a system-account login or the servers&apos; HTTP monitoring URLs to the profile to see every server, its load, routes and zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::Formatter</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::JournalStatus</name>
    <message>
        <source>The folder for the journal of changes, %1, cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of changes cannot be written in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the journal of changes is full (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal at %1 was written by a newer Switchboard and is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of changes cannot be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Switchboard goes on; %n change(s) kept in memory until the journal can be written.</source>
        <translation>
            <numerusform>Switchboard goes on; %n change kept in memory until the journal can be written.</numerusform>
            <numerusform>Switchboard goes on; %n changes kept in memory until the journal can be written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switchboard goes on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older change(s) could not be kept.</source>
        <translation>
            <numerusform>%n older change could not be kept.</numerusform>
            <numerusform>%n older changes could not be kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal file was damaged. It was kept as %1 and a new journal started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::LoadCompareController</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two kept runs to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::LoadRunController</name>
    <message>
        <source>Choose a service and an endpoint on the Call page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to %1 requests in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate above 0 and at most %1 requests a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a number of requests or a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warm-up must be shorter than the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be from 1 ms to %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error rate from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A p99 above 0 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: &quot;{{&quot; without &quot;}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: {{%2}} is not a placeholder; use {{seq}}, {{uuid}}, {{randInt A B}} or {{now}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: randInt takes two whole numbers, as {{randInt 1 100}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: in {{%2}} the first number is larger than the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not JSON once its placeholders are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request would be larger than the server&apos;s limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the last replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n in flight</source>
        <translation>
            <numerusform>%1 · %n in flight</numerusform>
            <numerusform>%1 · %n in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchboard::gui::LoadRunStore</name>
    <message numerus="yes">
        <source>%n request(s) · p99 %1 ms · %2 % errors</source>
        <translation>
            <numerusform>%n request · p99 %1 ms · %2 % errors</numerusform>
            <numerusform>%n requests · p99 %1 ms · %2 % errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Load run of %1 %2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, thresholds met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, thresholds not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load run %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load run could not be kept in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load run %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::PaletteModel</name>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version, commit, libraries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::ProfilesController</name>
    <message>
        <source>TLS NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No natscli context in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n context(s): %1.</source>
        <translation>
            <numerusform>Imported %n context: %1.</numerusform>
            <numerusform>Imported %n contexts: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>natscli has %1 selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::SchemaCheck</name>
    <message>
        <source>No .proto file, folder or descriptor set is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported: </source>
        <translation>
            <numerusform>%n file imported: </numerusform>
            <numerusform>%n files imported: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message type(s), </source>
        <translation>
            <numerusform>%n message type, </numerusform>
            <numerusform>%n message types, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) with </source>
        <translation>
            <numerusform>%n service with </numerusform>
            <numerusform>%n services with </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s).</source>
        <translation>
            <numerusform>%n method.</numerusform>
            <numerusform>%n methods.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchboard::gui::SchemaTreeModel</name>
    <message>
        <source>element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, type %2, level %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::ScreenshotWriter</name>
    <message>
        <source>no window to grab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenshot saved to %1 (%2×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the data had not arrived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no scene written: the Topology page is not shown (--page topology)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no scene written: the page cannot dump it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; scene written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::SecretStore</name>
    <message>
        <source>Looking for a Secret Service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in the system keychain (Secret Service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is off: passwords and tokens are kept only until Switchboard closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not take the secret (%1); it is kept until Switchboard closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: unlock it or allow Switchboard, then restart Switchboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain said: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep them between runs, install and start GNOME Keyring (gnome-keyring) or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service is available: passwords and tokens are kept only until Switchboard closes. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::ServiceDetail</name>
    <message>
        <source>node metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its server&apos;s az: tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1, version %2, zone %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscriber %1 on topic %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint %1, request %2, response %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint %1 on subject %2, %3 requests, %4 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint %1 on subject %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n node(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n node</numerusform>
            <numerusform>%1 · %2 · %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchboard::gui::ServiceListModel</name>
    <message numerus="yes">
        <source>%1 %2, %3, %n node(s)</source>
        <translation>
            <numerusform>%1 %2, %3, %n node</numerusform>
            <numerusform>%1 %2, %3, %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n stale</source>
        <translation>
            <numerusform>, %n stale</numerusform>
            <numerusform>, %n stale</numerusform>
        </translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::Session</name>
    <message>
        <source>Enter at least one server URL, e.g. nats://127.0.0.1:4222.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster health login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost; retrying the cluster&apos;s servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the servers stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry query could not be sent: the connection is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something listens on the registry subjects but did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No go-micro services answered on micro.registry.nats.query or micro.nats.query, and no NATS micro service answered $SRV.INFO. Are the services running, and does this login&apos;s account see them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::TopologyModel</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>zone %1, %2, %n node(s)</source>
        <translation>
            <numerusform>zone %1, %2, %n node</numerusform>
            <numerusform>zone %1, %2, %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>server %1 in %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic %1, subscribed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale: stopped answering the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in zone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls without Micro-From-Service: clients not wrapped with wrapper.FromService.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are counted on %1 of %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic %1 delivers to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls %1 → %2 %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (estimated from node counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>service %1, %n node(s)</source>
        <translation>
            <numerusform>service %1, %n node</numerusform>
            <numerusform>service %1, %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n stale</numerusform>
            <numerusform>%n stale</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers without a zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown callers: calls without Micro-From-Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These servers name no zone (no server_tags az:…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1 became %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) came up</source>
        <translation>
            <numerusform>%n node came up</numerusform>
            <numerusform>%n nodes came up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) went away</source>
        <translation>
            <numerusform>%n node went away</numerusform>
            <numerusform>%n nodes went away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) went stale</source>
        <translation>
            <numerusform>%n node went stale</numerusform>
            <numerusform>%n nodes went stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) answer again</source>
        <translation>
            <numerusform>%n node answer again</numerusform>
            <numerusform>%n nodes answer again</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · under a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n min ago</source>
        <translation>
            <numerusform>%1 · %n min ago</numerusform>
            <numerusform>%1 · %n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchboard::gui::TrafficController</name>
    <message>
        <source>Could not subscribe again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a subject: orders.created, orders.*, or &gt; for everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: subscriptions start once a connection is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot subscribe to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps %2: messages on both are counted once per subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows %1 subjects at most; take one off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is no longer kept: the list holds the newest %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes received; the first %2 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no kept message matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to %1</source>
        <translation>
            <numerusform>%n message written to %1</numerusform>
            <numerusform>%n messages written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchboard::gui::TrafficPublisher</name>
    <message>
        <source>Form from the %1 subscriber %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish needs a subject without wildcards or spaces, such as orders.created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published a go-micro event to %1 (Micro-ID %2) at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 bytes to %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>switchboard::gui::TrayIcon</name>
    <message>
        <source>Show Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Switchboard: %n alert(s) firing</source>
        <translation>
            <numerusform>Switchboard: %n alert firing</numerusform>
            <numerusform>Switchboard: %n alerts firing</numerusform>
        </translation>
    </message>
    <message>
        <source>Switchboard: no alert firing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
