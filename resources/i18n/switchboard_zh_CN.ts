<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>关于 Switchboard</translation>
    </message>
    <message>
        <source>Switchboard %1 (commit %2), %3</source>
        <translation>Switchboard %1（提交 %2），%3</translation>
    </message>
    <message>
        <source>Switchboard icon</source>
        <translation>Switchboard 图标</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation>提交 %1</translation>
    </message>
    <message>
        <source>A dashboard for go-micro and NATS micro services: their topology by zone, their endpoints, calls, traffic and the health of the NATS cluster.</source>
        <translation>go-micro 与 NATS micro 服务的仪表板：按可用区展示拓扑、端点、调用、流量以及 NATS 集群的健康状况。</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0.</source>
        <translation>依据 Apache 许可证 2.0 版授权。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>关闭“关于”</translation>
    </message>
</context>
<context>
    <name>AlertRuleDialog</name>
    <message>
        <source>Edit alert rule</source>
        <translation>编辑告警规则</translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation>新建告警规则</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the alert rule</source>
        <translation>保存告警规则</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The threshold must be a number.</source>
        <translation>阈值必须是数字。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>What the notification will say</source>
        <translation>通知中显示的内容</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>监视</translation>
    </message>
    <message>
        <source>What the rule watches</source>
        <translation>规则监视的内容</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>orders.created, orders.&gt; …</source>
        <translation>orders.created、orders.&gt; …</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <source>empty: any</source>
        <translation>留空：任意</translation>
    </message>
    <message>
        <source>What it applies to</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Fires when</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <source>above the threshold</source>
        <translation>高于阈值</translation>
    </message>
    <message>
        <source>it stops (no messages)</source>
        <translation>停止（没有消息）</translation>
    </message>
    <message>
        <source>When the rule fires</source>
        <translation>规则何时触发</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>msgs/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>live nodes</source>
        <translation>存活节点数</translation>
    </message>
    <message>
        <source>% of calls</source>
        <translation>调用的百分比</translation>
    </message>
    <message>
        <source>ms (p99)</source>
        <translation>毫秒（p99）</translation>
    </message>
    <message>
        <source>0: degraded or down; 1: down only</source>
        <translation>0：降级或宕机；1：仅宕机</translation>
    </message>
    <message>
        <source>For (seconds)</source>
        <translation>持续（秒）</translation>
    </message>
    <message>
        <source>Seconds the condition must hold before the rule fires</source>
        <translation>条件需持续多少秒规则才触发</translation>
    </message>
    <message>
        <source>Resolve after (seconds)</source>
        <translation>恢复前等待（秒）</translation>
    </message>
    <message>
        <source>Seconds the condition must be gone before the rule resolves</source>
        <translation>条件消失多少秒后规则才恢复</translation>
    </message>
    <message>
        <source>Clear threshold</source>
        <translation>恢复阈值</translation>
    </message>
    <message>
        <source>optional: resolve only past this value</source>
        <translation>可选：越过此值才恢复</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>empty: every region</source>
        <translation>留空：所有区域</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Rule enabled</source>
        <translation>规则已启用</translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 msgs/s</source>
        <translation>%1 消息/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n live node(s)</source>
        <translation>
            <numerusform>%n 个存活节点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % errors</source>
        <translation>%1 % 错误</translation>
    </message>
    <message>
        <source>p99 %1 ms</source>
        <translation>p99 %1 毫秒</translation>
    </message>
    <message>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) down</source>
        <translation>
            <numerusform>%n 台服务器宕机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more slow consumer(s)</source>
        <translation>
            <numerusform>新增 %n 个慢消费者</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject rate</source>
        <translation>主题速率</translation>
    </message>
    <message>
        <source>Live nodes</source>
        <translation>存活节点</translation>
    </message>
    <message>
        <source>Call errors</source>
        <translation>调用错误</translation>
    </message>
    <message>
        <source>Call latency</source>
        <translation>调用延迟</translation>
    </message>
    <message>
        <source>Zone health</source>
        <translation>可用区健康</translation>
    </message>
    <message>
        <source>Server down</source>
        <translation>服务器宕机</translation>
    </message>
    <message>
        <source>Slow consumers</source>
        <translation>慢消费者</translation>
    </message>
    <message>
        <source>%1 carries no messages</source>
        <translation>%1 没有消息</translation>
    </message>
    <message>
        <source>%1 below %2 msgs/s</source>
        <translation>%1 低于 %2 消息/秒</translation>
    </message>
    <message>
        <source>%1 above %2 msgs/s</source>
        <translation>%1 高于 %2 消息/秒</translation>
    </message>
    <message>
        <source>%1 has fewer than %2 live nodes</source>
        <translation>%1 的存活节点少于 %2 个</translation>
    </message>
    <message>
        <source>%1 has more than %2 live nodes</source>
        <translation>%1 的存活节点多于 %2 个</translation>
    </message>
    <message>
        <source>call errors of %1 above %2 %</source>
        <translation>%1 的调用错误高于 %2 %</translation>
    </message>
    <message>
        <source>p99 latency of %1 above %2 ms</source>
        <translation>%1 的 p99 延迟高于 %2 毫秒</translation>
    </message>
    <message>
        <source>any zone</source>
        <translation>任一可用区</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>可用区 %1</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 宕机</translation>
    </message>
    <message>
        <source>%1 degraded or down</source>
        <translation>%1 降级或宕机</translation>
    </message>
    <message>
        <source>any server down</source>
        <translation>任一服务器宕机</translation>
    </message>
    <message>
        <source>server %1 down</source>
        <translation>服务器 %1 宕机</translation>
    </message>
    <message>
        <source>slow consumers rising on any server</source>
        <translation>任一服务器上的慢消费者增加</translation>
    </message>
    <message>
        <source>slow consumers rising on %1</source>
        <translation>%1 上的慢消费者增加</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>condition, for-duration</comment>
        <translation>%1 持续 %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>告警中</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>告警：%1</translation>
    </message>
    <message>
        <source>Back to normal: %1.</source>
        <translation>已恢复正常：%1。</translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation>当前 %1。</translation>
    </message>
    <message>
        <source>Region %1.</source>
        <translation>区域 %1。</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>%1 above %2 msgs/s</source>
        <translation>%1 高于 %2 消息/秒</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation>新建告警规则</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 条规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n firing</source>
        <translation>
            <numerusform>%n 条告警中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 条待定</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules file to import or export</source>
        <translation>要导入或导出的规则文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import alert rules from the file</source>
        <translation>从文件导入告警规则</translation>
    </message>
    <message>
        <source>Rules imported from %1.</source>
        <translation>已从 %1 导入规则。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the alert rules to the file</source>
        <translation>将告警规则导出到文件</translation>
    </message>
    <message>
        <source>Rules exported to %1.</source>
        <translation>已将规则导出到 %1。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>静默至 %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>last fired %1</source>
        <translation>上次触发 %1</translation>
    </message>
    <message>
        <source>never fired</source>
        <translation>从未触发</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation>编辑规则 %1</translation>
    </message>
    <message>
        <source>Unsilence</source>
        <translation>取消静默</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation>静默…</translation>
    </message>
    <message>
        <source>Lift the silence of %1</source>
        <translation>取消 %1 的静默</translation>
    </message>
    <message>
        <source>Silence %1</source>
        <translation>静默 %1</translation>
    </message>
    <message numerus="yes">
        <source>for %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule %1 enabled</source>
        <translation>规则 %1 已启用</translation>
    </message>
    <message>
        <source>Really delete</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Press again to delete rule %1</source>
        <translation>再按一次以删除规则 %1</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>删除规则 %1</translation>
    </message>
    <message>
        <source>No alert rules yet</source>
        <translation>还没有告警规则</translation>
    </message>
    <message>
        <source>A rule fires when a subject stops or passes a rate, a service loses nodes or its calls fail, a zone degrades or a server goes down. Create one here, or from a subject, service or zone (right-click → Alert when…).</source>
        <translation>当主题停止或越过速率、服务失去节点或调用失败、可用区降级或服务器宕机时，规则会触发。可在此新建，也可在主题、服务或可用区上新建（右键 → 告警条件…）。</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>在托盘中保持运行</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>关闭窗口时在托盘中保持运行</translation>
    </message>
    <message>
        <source>Closing the window hides it; alerts are still evaluated and notified.</source>
        <translation>关闭窗口只会隐藏它；告警仍会被评估和通知。</translation>
    </message>
</context>
<context>
    <name>CallHistoryPane</name>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>收藏集</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜索历史</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>调用历史</translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation>已保存的请求</translation>
    </message>
    <message>
        <source>protobuf</source>
        <translation>protobuf</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再次运行</translation>
    </message>
    <message>
        <source>Load run…</source>
        <translation>负载测试…</translation>
    </message>
    <message>
        <source>Save to collection…</source>
        <translation>保存到收藏集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>没有匹配项。</translation>
    </message>
    <message>
        <source>Calls you send appear here. Click one to edit it, double-click to run it again.</source>
        <translation>发送的调用显示在这里。单击可编辑，双击可再次运行。</translation>
    </message>
    <message>
        <source>Save a call from the history (right-click) to keep it in a collection.</source>
        <translation>在历史中右键单击调用，可将其保存到收藏集。</translation>
    </message>
    <message>
        <source>Run the selected call again</source>
        <translation>再次运行所选调用</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the selected call to a collection</source>
        <translation>将所选调用保存到收藏集</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <source>service…</source>
        <translation>服务…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>endpoint…</source>
        <translation>端点…</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>node: %1</source>
        <translation>节点：%1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>Send  Ctrl+↵</source>
        <translation>发送  Ctrl+↵</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <source>disabled: choose a target and fix the request first</source>
        <translation>不可用：请先选择目标并修正请求</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Request form</source>
        <translation>请求表单</translation>
    </message>
    <message>
        <source>Choose a service and an endpoint above.</source>
        <translation>请在上方选择服务和端点。</translation>
    </message>
    <message>
        <source>No form for this endpoint: write the request on the JSON tab.</source>
        <translation>此端点没有表单：请在 JSON 标签页中编写请求。</translation>
    </message>
    <message>
        <source>Request JSON</source>
        <translation>请求 JSON</translation>
    </message>
    <message>
        <source>One per line:  Key: Value</source>
        <translation>每行一个：  Key: Value</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>请求头部</translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation>复制为</translation>
    </message>
    <message>
        <source>Copy as switchboard-cli command</source>
        <translation>复制为 switchboard-cli 命令</translation>
    </message>
    <message>
        <source>Copy as micro call command</source>
        <translation>复制为 micro call 命令</translation>
    </message>
    <message>
        <source>Copy as nats req command</source>
        <translation>复制为 nats req 命令</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Save to a collection</source>
        <translation>保存到收藏集</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>收藏集</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation>Protobuf</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Send the request as application/json or application/protobuf</source>
        <translation>以 application/json 或 application/protobuf 发送请求</translation>
    </message>
    <message>
        <source>.proto method</source>
        <translation>.proto 方法</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>按名称匹配</translation>
    </message>
    <message>
        <source>The .proto method that describes this endpoint</source>
        <translation>描述此端点的 .proto 方法</translation>
    </message>
    <message>
        <source>Body from a file</source>
        <translation>来自文件的正文</translation>
    </message>
    <message>
        <source>path; empty: the request below</source>
        <translation>路径；留空：使用下方的请求</translation>
    </message>
    <message>
        <source>File whose bytes are sent as the request body</source>
        <translation>其字节作为请求正文发送的文件</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>负载…</translation>
    </message>
    <message>
        <source>Set up a load run of this request</source>
        <translation>为此请求设置负载测试</translation>
    </message>
    <message>
        <source>disabled: choose a target first</source>
        <translation>已禁用：请先选择目标</translation>
    </message>
    <message>
        <source>disabled: a load run is going on</source>
        <translation>已禁用：负载测试正在进行</translation>
    </message>
</context>
<context>
    <name>CallResponsePane</name>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Waiting for the response</source>
        <translation>正在等待响应</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Send a request to see the response here.</source>
        <translation>发送请求后，响应会显示在这里。</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Show the response headers</source>
        <translation>显示响应头部</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>响应没有正文。</translation>
    </message>
</context>
<context>
    <name>ClusterRateChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>msgs/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>%1, last 15 minutes</source>
        <translation>%1，最近 15 分钟</translation>
    </message>
</context>
<context>
    <name>ClusterRegion</name>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Cluster %1 · %2 of %3 servers answer</source>
        <translation>集群%1 · %3 台服务器中 %2 台应答</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Looking at the cluster…</source>
        <translation>正在查看集群…</translation>
    </message>
    <message>
        <source>Messages per second per zone</source>
        <translation>各可用区每秒消息数</translation>
    </message>
    <message>
        <source>Messages per second per server</source>
        <translation>各服务器每秒消息数</translation>
    </message>
</context>
<context>
    <name>ClusterWords</name>
    <message>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>no servers</source>
        <translation>无服务器</translation>
    </message>
    <message>
        <source>did not answer the $SYS request</source>
        <translation>未应答 $SYS 请求</translation>
    </message>
    <message>
        <source>seen in an earlier run of this profile, does not answer now</source>
        <translation>此配置之前运行时见过，现在无应答</translation>
    </message>
    <message>
        <source>monitoring: %1</source>
        <translation>监控：%1</translation>
    </message>
    <message>
        <source>server %1 is down</source>
        <translation>服务器 %1 宕机</translation>
    </message>
    <message>
        <source>server %1 is down (%2)</source>
        <translation>服务器 %1 宕机（%2）</translation>
    </message>
    <message>
        <source>route %1 → %2 RTT %3 ms</source>
        <translation>路由 %1 → %2 RTT %3 毫秒</translation>
    </message>
    <message>
        <source>route %1 → %2 missing</source>
        <translation>缺少路由 %1 → %2</translation>
    </message>
    <message>
        <source>slow consumers rising on %1 (+%2)</source>
        <translation>%1 上的慢消费者在增加（+%2）</translation>
    </message>
    <message>
        <source>no server answers at %1, a configured route of %2</source>
        <translation>%1 无服务器应答，它是 %2 配置的路由</translation>
    </message>
    <message numerus="yes">
        <source>the profile expects %1 servers, %n answer(s)</source>
        <translation>
            <numerusform>配置预期 %1 台服务器，%n 台应答</numerusform>
        </translation>
    </message>
    <message>
        <source> (only the connected server can be seen)</source>
        <translation>（只能看到已连接的服务器）</translation>
    </message>
    <message>
        <source>No system-account rights and no monitoring URL: only the connected server is known, without counters.</source>
        <translation>没有系统账户权限，也没有监控 URL：只知道已连接的服务器，且没有计数。</translation>
    </message>
    <message>
        <source>Other servers announced by the cluster: %1.</source>
        <translation>集群通告的其他服务器：%1。</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Jump to a service, endpoint, node or server…</source>
        <translation>跳转到服务、端点、节点或服务器…</translation>
    </message>
    <message>
        <source>Command palette search</source>
        <translation>命令面板搜索</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的项。</translation>
    </message>
    <message>
        <source>Nothing discovered yet.</source>
        <translation>尚未发现任何内容。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to NATS</source>
        <translation>连接到 NATS</translation>
    </message>
    <message>
        <source>Server URLs (comma-separated)</source>
        <translation>服务器 URL（逗号分隔）</translation>
    </message>
    <message>
        <source>Server URLs</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Start the demo instead</source>
        <translation>改为启动演示</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The server refused the login: wrong user, password, token, key or credentials (%1).</source>
        <translation>服务器拒绝登录：用户、密码、令牌、密钥或凭据错误（%1）。</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not signed by a CA this profile trusts. Set the CA file (or, knowingly, skip verification). (%1)</source>
        <translation>TLS：服务器证书不是由此配置信任的 CA 签发的。请设置 CA 文件（或在知情的情况下跳过验证）。（%1）</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>TLS 失败：%1</translation>
    </message>
    <message>
        <source>No server answered at %1 within %2 s: is it running, is the URL right, is a firewall in the way?</source>
        <translation>%1 在 %2 秒内无服务器应答：服务器是否在运行？URL 是否正确？是否被防火墙阻挡？</translation>
    </message>
    <message>
        <source>Logged in, but this user may not do what Switchboard needs: %1</source>
        <translation>已登录，但此用户无权执行 Switchboard 所需的操作：%1</translation>
    </message>
    <message>
        <source>connected to %1 in %2 ms</source>
        <translation>%2 毫秒内连接到 %1</translation>
    </message>
    <message>
        <source>services login</source>
        <translation>服务登录</translation>
    </message>
    <message>
        <source>system login (%1)</source>
        <translation>系统登录（%1）</translation>
    </message>
    <message>
        <source>$SYS access</source>
        <translation>$SYS 访问</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) answer $SYS requests: cluster health is complete</source>
        <translation>
            <numerusform>%n 台服务器应答 $SYS 请求：集群健康信息完整</numerusform>
        </translation>
    </message>
    <message>
        <source>no permission for $SYS: %1 is not in the system account, so cluster health falls back to monitoring URLs or the connected server only</source>
        <translation>没有 $SYS 权限：%1 不在系统账户中，因此集群健康只能依靠监控 URL 或仅已连接的服务器</translation>
    </message>
    <message>
        <source>monitoring %1</source>
        <translation>监控 %1</translation>
    </message>
    <message>
        <source>answers /varz</source>
        <translation>应答 /varz</translation>
    </message>
    <message>
        <source>does not answer /varz: %1</source>
        <translation>不应答 /varz：%1</translation>
    </message>
    <message>
        <source>The server requires a TLS client certificate: set the certificate and key in the profile. (%1)</source>
        <translation>服务器要求 TLS 客户端证书：请在配置中设置证书和密钥。（%1）</translation>
    </message>
    <message>
        <source>The server did not accept the TLS client certificate: it is not signed by a CA the server trusts, has expired, or is not for client use. (%1)</source>
        <translation>服务器不接受该 TLS 客户端证书：它不是由服务器信任的 CA 签发的、已过期，或不能用于客户端。（%1）</translation>
    </message>
    <message>
        <source>The user JWT of the credentials file has expired: get new credentials. (%1)</source>
        <translation>凭据文件中的用户 JWT 已过期：请获取新的凭据。（%1）</translation>
    </message>
    <message>
        <source>The server did not accept the user JWT of the credentials file: the account revoked it, or the server does not know the account that signed it. (%1)</source>
        <translation>服务器不接受凭据文件中的用户 JWT：账户已将其吊销，或服务器不认识签发它的账户。（%1）</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>password kept; type to replace</source>
        <translation>密码已保存；输入以替换</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>token kept; type to replace</source>
        <translation>令牌已保存；输入以替换</translation>
    </message>
    <message>
        <source>token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>system-account password kept; type to replace</source>
        <translation>系统账户密码已保存；输入以替换</translation>
    </message>
    <message>
        <source>system-account password</source>
        <translation>系统账户密码</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>已从 %1 导入。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>还没有配置</translation>
    </message>
    <message>
        <source>Make one on the right, or import your natscli contexts.</source>
        <translation>在右侧新建一个，或导入 natscli 上下文。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <source>Import natscli contexts</source>
        <translation>导入 natscli 上下文</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Server URLs</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>用户和密码</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>NKey seed file</source>
        <translation>NKey 种子文件</translation>
    </message>
    <message>
        <source>Credentials file (.creds)</source>
        <translation>凭据文件（.creds）</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Seed file</source>
        <translation>种子文件</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Credentials file</source>
        <translation>凭据文件</translation>
    </message>
    <message>
        <source>TLS CA</source>
        <translation>TLS CA</translation>
    </message>
    <message>
        <source>CA file (PEM), empty: no TLS or the system&apos;s</source>
        <translation>CA 文件（PEM），留空：不用 TLS 或使用系统的</translation>
    </message>
    <message>
        <source>TLS CA file</source>
        <translation>TLS CA 文件</translation>
    </message>
    <message>
        <source>TLS cert / key</source>
        <translation>TLS 证书 / 密钥</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>TLS client certificate</source>
        <translation>TLS 客户端证书</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>TLS client key</source>
        <translation>TLS 客户端密钥</translation>
    </message>
    <message>
        <source>Skip TLS verification (anyone in the middle can read and change the traffic)</source>
        <translation>跳过 TLS 验证（中间人可以读取并篡改流量）</translation>
    </message>
    <message>
        <source>Skip TLS verification</source>
        <translation>跳过 TLS 验证</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>HTTP monitoring URLs</source>
        <translation>HTTP 监控 URL</translation>
    </message>
    <message>
        <source>System login</source>
        <translation>系统登录</translation>
    </message>
    <message>
        <source>system-account user (cluster health)</source>
        <translation>系统账户用户（集群健康）</translation>
    </message>
    <message>
        <source>System account user</source>
        <translation>系统账户用户</translation>
    </message>
    <message>
        <source>System account password</source>
        <translation>系统账户密码</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>注册中心</translation>
    </message>
    <message>
        <source>Both subject families</source>
        <translation>两组主题</translation>
    </message>
    <message>
        <source>micro.registry.nats.* (go-micro plugins)</source>
        <translation>micro.registry.nats.*（go-micro 插件）</translation>
    </message>
    <message>
        <source>micro.nats.* (go-micro v5 in-tree)</source>
        <translation>micro.nats.*（go-micro v5 内置）</translation>
    </message>
    <message>
        <source>Registry subject family</source>
        <translation>注册中心主题组</translation>
    </message>
    <message>
        <source>Expected servers</source>
        <translation>预期服务器数</translation>
    </message>
    <message>
        <source>Expected number of servers</source>
        <translation>预期的服务器数量</translation>
    </message>
    <message>
        <source>0: not set. Fewer servers answering makes the cluster degraded.</source>
        <translation>0：未设置。应答的服务器少于此数时集群为降级。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect with this profile</source>
        <translation>使用此配置连接</translation>
    </message>
    <message>
        <source>Save the profile first</source>
        <translation>请先保存配置</translation>
    </message>
    <message>
        <source>Add as region</source>
        <translation>添加为区域</translation>
    </message>
    <message>
        <source>Connect this profile as one more region</source>
        <translation>将此配置连接为另一个区域</translation>
    </message>
    <message>
        <source>Save the profile first, or it is connected already</source>
        <translation>请先保存配置，或它已连接</translation>
    </message>
    <message>
        <source>Keep the current connection and add this cluster beside it, as another region.</source>
        <translation>保留当前连接，并将此集群作为另一个区域并列添加。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Team history</source>
        <translation>团队历史</translation>
    </message>
    <message>
        <source>Read history from the collector</source>
        <translation>从采集器读取历史</translation>
    </message>
    <message>
        <source>Read the team&apos;s history from switchboard-cli collect on this cluster</source>
        <translation>从此集群上的 switchboard-cli collect 读取团队历史</translation>
    </message>
    <message>
        <source>The collector&apos;s events stream</source>
        <translation>采集器的事件流</translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation>Protobuf</translation>
    </message>
    <message>
        <source>.proto files or folders, one a line</source>
        <translation>.proto 文件或文件夹，每行一个</translation>
    </message>
    <message>
        <source>.proto files and folders</source>
        <translation>.proto 文件和文件夹</translation>
    </message>
    <message>
        <source>import paths (as protoc -I), one a line</source>
        <translation>导入路径（同 protoc -I），每行一个</translation>
    </message>
    <message>
        <source>Import paths for .proto files</source>
        <translation>.proto 文件的导入路径</translation>
    </message>
    <message>
        <source>descriptor sets (protoc -o x.pb --include_imports), one a line</source>
        <translation>描述符集（protoc -o x.pb --include_imports），每行一个</translation>
    </message>
    <message>
        <source>Descriptor set files</source>
        <translation>描述符集文件</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Check schemas</source>
        <translation>检查模式</translation>
    </message>
    <message>
        <source>Import the protobuf files now and show what they hold</source>
        <translation>立即导入 protobuf 文件并显示其内容</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Loading</source>
        <translation>加载中</translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <source>no zone</source>
        <translation>无可用区</translation>
    </message>
    <message>
        <source>%1 gained a node, %2, in %3</source>
        <translation>%1 新增节点 %2（%3）</translation>
    </message>
    <message>
        <source>%1 lost a node, %2, in %3</source>
        <translation>%1 失去节点 %2（%3）</translation>
    </message>
    <message>
        <source>%1&apos;s node %2 in %3 stopped answering</source>
        <translation>%1 的节点 %2（%3）停止应答</translation>
    </message>
    <message>
        <source>%1&apos;s node %2 in %3 answers again</source>
        <translation>%1 的节点 %2（%3）恢复应答</translation>
    </message>
    <message>
        <source>Server %1 in %2 is up</source>
        <translation>%2 中的服务器 %1 已启动</translation>
    </message>
    <message>
        <source>Server %1 in %2 is down</source>
        <translation>%2 中的服务器 %1 宕机</translation>
    </message>
    <message>
        <source>Server %1 in %2 is down: %3</source>
        <translation>%2 中的服务器 %1 宕机：%3</translation>
    </message>
    <message>
        <source>Server %1 in %2 lost routes: %3 left of %4</source>
        <translation>%2 中的服务器 %1 丢失路由：%4 条中剩 %3 条</translation>
    </message>
    <message>
        <source>Slow consumers on server %1 rose by %2, to %3</source>
        <translation>服务器 %1 上的慢消费者增加 %2 个，达到 %3 个</translation>
    </message>
    <message>
        <source>%1 started carrying messages</source>
        <translation>%1 开始传输消息</translation>
    </message>
    <message>
        <source>%1 stopped carrying messages</source>
        <translation>%1 停止传输消息</translation>
    </message>
    <message numerus="yes">
        <source>%n failed call(s) to %1: %2</source>
        <translation>
            <numerusform>对 %1 的 %n 次调用失败：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert “%1” is pending: %2</source>
        <translation>告警“%1”待定：%2</translation>
    </message>
    <message>
        <source>Alert “%1” is firing: %2</source>
        <translation>告警“%1”触发：%2</translation>
    </message>
    <message>
        <source>Alert “%1” resolved: %2</source>
        <translation>告警“%1”已解除：%2</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>连接丢失</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>连接丢失：%1</translation>
    </message>
    <message>
        <source>Connection back</source>
        <translation>连接恢复</translation>
    </message>
    <message>
        <source>node registered</source>
        <translation>节点注册</translation>
    </message>
    <message>
        <source>node deregistered</source>
        <translation>节点注销</translation>
    </message>
    <message>
        <source>node went stale</source>
        <translation>节点失联</translation>
    </message>
    <message>
        <source>node back</source>
        <translation>节点恢复</translation>
    </message>
    <message>
        <source>server up</source>
        <translation>服务器启动</translation>
    </message>
    <message>
        <source>server down</source>
        <translation>服务器宕机</translation>
    </message>
    <message>
        <source>routes lost</source>
        <translation>路由丢失</translation>
    </message>
    <message>
        <source>slow consumers</source>
        <translation>慢消费者</translation>
    </message>
    <message>
        <source>zone health</source>
        <translation>可用区健康</translation>
    </message>
    <message>
        <source>subject started</source>
        <translation>主题开始</translation>
    </message>
    <message>
        <source>subject stopped</source>
        <translation>主题停止</translation>
    </message>
    <message>
        <source>call errors</source>
        <translation>调用错误</translation>
    </message>
    <message>
        <source>alert pending</source>
        <translation>告警待定</translation>
    </message>
    <message>
        <source>alert firing</source>
        <translation>告警触发</translation>
    </message>
    <message>
        <source>alert resolved</source>
        <translation>告警解除</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>连接丢失</translation>
    </message>
    <message>
        <source>connection back</source>
        <translation>连接恢复</translation>
    </message>
    <message>
        <source>Zone %1 is now %2</source>
        <translation>可用区 %1 现为%2</translation>
    </message>
</context>
<context>
    <name>FormFieldRow</name>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Key of %1</source>
        <translation>%1 的键</translation>
    </message>
    <message>
        <source>Add an element to %1</source>
        <translation>向 %1 添加元素</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>%1 · one of %2</source>
        <translation>%1 · %2 中之一</translation>
    </message>
    <message>
        <source>type…</source>
        <translation>类型…</translation>
    </message>
    <message>
        <source>Message type inside %1</source>
        <translation>%1 中的消息类型</translation>
    </message>
</context>
<context>
    <name>FormFromDescriptor</name>
    <message>
        <source>a time in RFC 3339, UTC: 2026-01-31T12:00:00Z</source>
        <translation>RFC 3339 格式的 UTC 时间：2026-01-31T12:00:00Z</translation>
    </message>
    <message>
        <source>seconds with an s: 90s, 1.5s</source>
        <translation>秒数加 s：90s、1.5s</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>JSON with &quot;@type&quot;: the message type&apos;s URL, and that message&apos;s fields</source>
        <translation>带 &quot;@type&quot; 的 JSON：消息类型的 URL，以及该消息的字段</translation>
    </message>
    <message>
        <source>%1 contains itself: edit this part as JSON</source>
        <translation>%1 包含自身：请以 JSON 编辑此部分</translation>
    </message>
    <message>
        <source>more than %1 fields: the rest is edited as JSON</source>
        <translation>超过 %1 个字段：其余部分以 JSON 编辑</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <source>field %1 · %2</source>
        <translation>字段 %1 · %2</translation>
    </message>
</context>
<context>
    <name>FormJson</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>%1: expected %2 (%3), got %4</source>
        <translation>%1：应为%2（%3），实际为%4</translation>
    </message>
    <message>
        <source>an object of entries</source>
        <translation>键值对象</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>FormSchema</name>
    <message>
        <source>nested deeper than %1 levels: edit this part as JSON</source>
        <translation>嵌套超过 %1 层：请以 JSON 编辑此部分</translation>
    </message>
    <message>
        <source>more than %1 fields: the rest is edited as JSON</source>
        <translation>超过 %1 个字段：其余部分以 JSON 编辑</translation>
    </message>
    <message>
        <source>no fields described for %1: edit as JSON</source>
        <translation>%1 没有描述字段：请以 JSON 编辑</translation>
    </message>
</context>
<context>
    <name>HealthDot</name>
    <message>
        <source>live</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>LoadCompareView</name>
    <message>
        <source>Two load runs compared</source>
        <translation>两次负载测试对比</translation>
    </message>
    <message>
        <source>Back to the run</source>
        <translation>返回测试</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>第一次：%1</translation>
    </message>
    <message>
        <source>Thresholds not met</source>
        <translation>未达到阈值</translation>
    </message>
    <message>
        <source>Second: %1</source>
        <translation>第二次：%1</translation>
    </message>
    <message>
        <source>Figures of both runs</source>
        <translation>两次测试的数据</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一次</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>第二次</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>%1: %2 then %3, %4%5</source>
        <translation>%1：%2，之后 %3，%4%5</translation>
    </message>
    <message>
        <source>, worse</source>
        <translation>，变差</translation>
    </message>
    <message>
        <source>, better</source>
        <translation>，变好</translation>
    </message>
    <message>
        <source>Latency histograms, each as a share of its own requests</source>
        <translation>延迟直方图，各按自身请求的占比</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第一次</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二次</translation>
    </message>
</context>
<context>
    <name>LoadExportPopup</name>
    <message>
        <source>The run was written to %1</source>
        <translation>测试已写入 %1</translation>
    </message>
    <message>
        <source>Export the load run</source>
        <translation>导出负载测试</translation>
    </message>
    <message>
        <source>JSON: the whole run</source>
        <translation>JSON：整个测试</translation>
    </message>
    <message>
        <source>CSV: one line a second</source>
        <translation>CSV：每秒一行</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>写入文件</translation>
    </message>
</context>
<context>
    <name>LoadHistogram</name>
    <message numerus="yes">
        <source>Latency histogram, %n bucket(s)</source>
        <translation>
            <numerusform>延迟直方图，%n 个区间</numerusform>
        </translation>
    </message>
    <message>
        <source>No replies yet</source>
        <translation>尚无回复</translation>
    </message>
    <message>
        <source>from %1: %2 and %3</source>
        <translation>从 %1 起：%2 和 %3</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>从 %1 起：%2</translation>
    </message>
</context>
<context>
    <name>LoadRunSidebar</name>
    <message>
        <source>Errors by code</source>
        <translation>按代码分组的错误</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 errors: %2 %3, %4</source>
        <translation>%1 个错误：%2 %3，%4</translation>
    </message>
    <message>
        <source>Nodes that answered</source>
        <translation>应答的节点</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Node %1: %2 requests, %3 errors, p99 %4</source>
        <translation>节点 %1：%2 个请求，%3 个错误，p99 %4</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Kept runs</source>
        <translation>保存的测试</translation>
    </message>
    <message>
        <source>Kept load runs</source>
        <translation>保存的负载测试</translation>
    </message>
    <message>
        <source>Finished runs are kept here and in the call history.</source>
        <translation>完成的测试保存在这里和调用历史中。</translation>
    </message>
    <message>
        <source>Compare with this run</source>
        <translation>与此测试对比</translation>
    </message>
    <message>
        <source>Compare the selected kept run with the run shown</source>
        <translation>将选中的保存测试与当前显示的测试对比</translation>
    </message>
    <message>
        <source>disabled: select another kept run first</source>
        <translation>已禁用：请先选择另一个保存的测试</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected kept run</source>
        <translation>删除选中的保存测试</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>在拓扑图上显示</translation>
    </message>
    <message>
        <source>Show the service of this run on the Topology map</source>
        <translation>在拓扑图上显示此次运行的服务</translation>
    </message>
</context>
<context>
    <name>LoadRunView</name>
    <message>
        <source>Load run</source>
        <translation>负载测试</translation>
    </message>
    <message>
        <source>Load run going on</source>
        <translation>负载测试进行中</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the load run</source>
        <translation>停止负载测试</translation>
    </message>
    <message>
        <source>New run…</source>
        <translation>新测试…</translation>
    </message>
    <message>
        <source>Set up a new load run</source>
        <translation>设置新的负载测试</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the run as JSON or CSV</source>
        <translation>将测试导出为 JSON 或 CSV</translation>
    </message>
    <message>
        <source>Back to the request</source>
        <translation>返回请求</translation>
    </message>
    <message>
        <source>Requests done</source>
        <translation>已完成请求</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Rate (target %1)</source>
        <translation>速率（目标 %1）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>p50 corrected</source>
        <translation>p50 校正</translation>
    </message>
    <message>
        <source>p99 corrected</source>
        <translation>p99 校正</translation>
    </message>
    <message>
        <source>Latency histogram</source>
        <translation>延迟直方图</translation>
    </message>
</context>
<context>
    <name>LoadSetupDialog</name>
    <message>
        <source>Load run of %1 %2</source>
        <translation>%1 %2 的负载测试</translation>
    </message>
    <message>
        <source>Load run</source>
        <translation>负载测试</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start the load run</source>
        <translation>开始负载测试</translation>
    </message>
    <message>
        <source>disabled: fix the fields marked first</source>
        <translation>已禁用：请先修正标出的字段</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without running</source>
        <translation>不运行并关闭</translation>
    </message>
    <message>
        <source>Node: %1 · timeout %2 · headers and content type as on the Call page</source>
        <translation>节点：%1 · 超时 %2 · 请求头和内容类型与调用页相同</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Keep a number of requests in flight (closed model)</source>
        <translation>保持固定数量的请求进行中（闭合模型）</translation>
    </message>
    <message>
        <source>Send at a fixed rate, latency from when each was due (open model)</source>
        <translation>以固定速率发送，延迟从各请求应发出时算起（开放模型）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>requests a second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>At most in flight</source>
        <translation>最多同时进行</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>同时进行的请求</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>个同时</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Run for</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>a number of requests</source>
        <translation>指定请求数</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>指定秒数</translation>
    </message>
    <message>
        <source>Run for a number of requests or of seconds</source>
        <translation>按请求数或秒数运行</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>个请求</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Warm-up, not counted</source>
        <translation>预热，不计入</translation>
    </message>
    <message>
        <source>Stop when errors pass</source>
        <translation>错误超过时停止</translation>
    </message>
    <message>
        <source>% (0: never)</source>
        <translation>%（0：从不）</translation>
    </message>
    <message>
        <source>Thresholds for the verdict</source>
        <translation>判定阈值</translation>
    </message>
    <message>
        <source>p99 below</source>
        <translation>p99 低于</translation>
    </message>
    <message>
        <source>ms (empty: none)</source>
        <translation>毫秒（空：无）</translation>
    </message>
    <message>
        <source>Errors below</source>
        <translation>错误低于</translation>
    </message>
    <message>
        <source>% (empty: none)</source>
        <translation>%（空：无）</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>{{seq}}, {{uuid}}, {{randInt 1 100}} and {{now}} make each request differ.</source>
        <translation>{{seq}}、{{uuid}}、{{randInt 1 100}} 和 {{now}} 让每个请求各不相同。</translation>
    </message>
    <message>
        <source>Body template</source>
        <translation>请求体模板</translation>
    </message>
</context>
<context>
    <name>LoadTimeCharts</name>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Latency over the run, p50 and p99 in milliseconds a second</source>
        <translation>测试期间的延迟，每秒的 p50 和 p99（毫秒）</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Requests finished each second of the run</source>
        <translation>测试中每秒完成的请求</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>请求/秒</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>demo cluster</source>
        <translation>演示集群</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Services and Cluster show every region, or the one chosen; Topology, Call and Traffic show one (the first when all are chosen).</source>
        <translation>服务和集群页显示所有区域或所选区域；拓扑、调用和流量页只显示一个区域（选择全部时显示第一个）。</translation>
    </message>
    <message>
        <source>Search…  Ctrl+K</source>
        <translation>搜索…  Ctrl+K</translation>
    </message>
    <message>
        <source>Open the command palette</source>
        <translation>打开命令面板</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <source>Connect to a NATS server</source>
        <translation>连接到 NATS 服务器</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light, dark, or follow the system</source>
        <translation>浅色、深色或跟随系统</translation>
    </message>
    <message>
        <source>Not connected. Connect to a NATS server, or start the demo cluster.</source>
        <translation>未连接。请连接到 NATS 服务器，或启动演示集群。</translation>
    </message>
    <message>
        <source>Connection lost to %1; reconnecting. What is shown may be out of date.</source>
        <translation>与 %1 的连接已断开；正在重连。显示的内容可能已过时。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>启动演示</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language of the interface; numbers and times follow it</source>
        <translation>界面语言；数字和时间格式随之变化</translation>
    </message>
    <message>
        <source>The demo needs nats-server, which is not installed. Install it with: sudo apt install nats-server</source>
        <translation>演示需要 nats-server，但尚未安装。请用以下命令安装：sudo apt install nats-server</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>演示无法启动：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
</context>
<context>
    <name>MapLabels</name>
    <message>
        <source>%1 % err</source>
        <translation>%1 % 错误</translation>
    </message>
    <message>
        <source>no zone</source>
        <translation>无可用区</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n 个过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n 台服务器</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>流入 %1</translation>
    </message>
    <message>
        <source>unknown callers</source>
        <translation>未知调用方</translation>
    </message>
    <message>
        <source>Servers, no zone: %1</source>
        <translation>服务器（无可用区）：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) without a zone</source>
        <translation>
            <numerusform>%n 台无可用区的服务器</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapSvgWriter</name>
    <message>
        <source>Nothing to export: the map is empty.</source>
        <translation>没有可导出的内容：地图为空。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Shortcut %1</source>
        <translation>快捷键 %1</translation>
    </message>
</context>
<context>
    <name>PayloadText</name>
    <message>
        <source>binary, %1 bytes; the first %2 shown as hex</source>
        <translation>二进制，%1 字节；前 %2 字节以十六进制显示</translation>
    </message>
    <message>
        <source>%1 bytes; the first %2 KiB shown</source>
        <translation>%1 字节；显示前 %2 KiB</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>Add at least one server URL, such as nats://nats-1:4222.</source>
        <translation>请至少添加一个服务器 URL，例如 nats://nats-1:4222。</translation>
    </message>
    <message>
        <source>User and password login needs a user name.</source>
        <translation>用户和密码登录需要用户名。</translation>
    </message>
    <message>
        <source>NKey login needs the seed file.</source>
        <translation>NKey 登录需要种子文件。</translation>
    </message>
    <message>
        <source>Credentials login needs the .creds file.</source>
        <translation>凭据登录需要 .creds 文件。</translation>
    </message>
    <message>
        <source>A TLS client certificate needs its key, and the key its certificate.</source>
        <translation>TLS 客户端证书需要对应的密钥，密钥也需要对应的证书。</translation>
    </message>
    <message>
        <source>The collector&apos;s stream is a name without dots, wildcards, spaces or slashes, and its subject prefix a subject without wildcards.</source>
        <translation>采集器的流名称不能含点、通配符、空格或斜杠，其主题前缀必须是不含通配符的主题。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>no &quot;profiles&quot; list</source>
        <translation>没有 &quot;profiles&quot; 列表</translation>
    </message>
    <message>
        <source>The profiles file could not be read (%1). It was moved to %2.</source>
        <translation>无法读取配置文件（%1）。已将其移至 %2。</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>名为 %1 的配置已存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProtobufInspector</name>
    <message>
        <source>Decode as</source>
        <translation>解码为</translation>
    </message>
    <message>
        <source>Message type to decode the payload with</source>
        <translation>用于解码载荷的消息类型</translation>
    </message>
    <message>
        <source>Suggested type</source>
        <translation>建议的类型</translation>
    </message>
    <message>
        <source>Forget the chosen type and use the suggested one</source>
        <translation>忘记所选类型，改用建议的类型</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>Show the fields as a tree</source>
        <translation>以树形显示字段</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>原始文本</translation>
    </message>
    <message>
        <source>No .proto files are imported: the payload is decoded without names. Import them in Profiles.</source>
        <translation>尚未导入 .proto 文件：载荷按无名称方式解码。请在“配置”中导入。</translation>
    </message>
    <message>
        <source>No type is known for %1: pick one to decode with names.</source>
        <translation>%1 没有已知类型：请选择一个类型以带名称解码。</translation>
    </message>
    <message>
        <source>Not a %1: %2. The schema-less decode is shown.</source>
        <translation>不是 %1：%2。显示无模式解码。</translation>
    </message>
    <message>
        <source>Fields of the message</source>
        <translation>消息的字段</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <source>The tree stops here; the rest is in the other view.</source>
        <translation>树在此处截止；其余内容见另一视图。</translation>
    </message>
    <message>
        <source>The message as JSON</source>
        <translation>以 JSON 显示的消息</translation>
    </message>
    <message>
        <source>The schema-less decode as text</source>
        <translation>以文本显示的无模式解码</translation>
    </message>
    <message>
        <source>Schema-less</source>
        <translation>无模式</translation>
    </message>
</context>
<context>
    <name>ProtobufView</name>
    <message>
        <source>Schema-less, as chosen for %1.</source>
        <translation>无模式，按 %1 的选择。</translation>
    </message>
    <message>
        <source>%1, as chosen for %2.</source>
        <translation>%1，按 %2 的选择。</translation>
    </message>
    <message>
        <source>%1 was chosen for %2, but the imported files do not define it.</source>
        <translation>%2 选择了 %1，但导入的文件中没有定义它。</translation>
    </message>
    <message>
        <source>%1, the request type of the %2 subscriber %3.</source>
        <translation>%1，%2 的订阅者 %3 的请求类型。</translation>
    </message>
    <message>
        <source>Not protobuf from byte %1 on: %2</source>
        <translation>从第 %1 字节起不是 protobuf：%2</translation>
    </message>
</context>
<context>
    <name>PublishPane</name>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Subject to publish to</source>
        <translation>要发布到的主题</translation>
    </message>
    <message>
        <source>go-micro event</source>
        <translation>go-micro 事件</translation>
    </message>
    <message>
        <source>raw payload</source>
        <translation>原始负载</translation>
    </message>
    <message>
        <source>Sent as go-micro&apos;s broker sends it: a JSON envelope with Micro-Topic, Micro-ID and Content-Type; your headers go into the envelope.</source>
        <translation>按 go-micro broker 的方式发送：带有 Micro-Topic、Micro-ID 和 Content-Type 的 JSON 信封；你的头部放入信封中。</translation>
    </message>
    <message>
        <source>Sent as the bytes below; headers become NATS headers.</source>
        <translation>按下面的字节原样发送；头部作为 NATS 头部。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Event form</source>
        <translation>事件表单</translation>
    </message>
    <message>
        <source>{&quot;id&quot;: 1}</source>
        <translation>{&quot;id&quot;: 1}</translation>
    </message>
    <message>
        <source>Headers (Key: Value, one per line)</source>
        <translation>头部（Key: Value，每行一个）</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Type a subject first</source>
        <translation>请先输入主题</translation>
    </message>
    <message>
        <source>Body as</source>
        <translation>正文格式</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation>Protobuf</translation>
    </message>
    <message>
        <source>Send the event body as JSON or protobuf</source>
        <translation>以 JSON 或 protobuf 发送事件正文</translation>
    </message>
</context>
<context>
    <name>SchemaTree</name>
    <message>
        <source>Response type of %1</source>
        <translation>%1 的响应类型</translation>
    </message>
    <message>
        <source>Request type of %1</source>
        <translation>%1 的请求类型</translation>
    </message>
    <message>
        <source> (level %1)</source>
        <translation>（第 %1 层）</translation>
    </message>
</context>
<context>
    <name>ServiceDetailPane</name>
    <message>
        <source>Select a service</source>
        <translation>请选择一个服务</translation>
    </message>
    <message>
        <source>%1 is no longer registered</source>
        <translation>%1 已不再注册</translation>
    </message>
    <message>
        <source>Its nodes, endpoints and types show here.</source>
        <translation>它的节点、端点和类型显示在这里。</translation>
    </message>
    <message>
        <source>Its last node deregistered or was removed after going stale.</source>
        <translation>它的最后一个节点已注销，或因过期而被移除。</translation>
    </message>
    <message>
        <source>Call…</source>
        <translation>调用…</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>调用 %1</translation>
    </message>
    <message>
        <source>Nodes (%1)</source>
        <translation>节点（%1）</translation>
    </message>
    <message>
        <source>Endpoints (%1)</source>
        <translation>端点（%1）</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>only NATS micro services report stats</source>
        <translation>只有 NATS micro 服务报告统计</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>no zone</source>
        <translation>无可用区</translation>
    </message>
    <message>
        <source>zone from %1</source>
        <translation>可用区来自 %1</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>stale: silent since %1</source>
        <translation>过期：自 %1 起无响应</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>最后见到 %1</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>首次见到 %1</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>订阅者</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>话题 %1</translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation>主题 %1</translation>
    </message>
    <message>
        <source>waiting for STATS…</source>
        <translation>正在等待 STATS…</translation>
    </message>
    <message>
        <source>%1 requests · %2 errors · avg %3</source>
        <translation>%1 次请求 · %2 个错误 · 平均 %3</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>响应 %1</translation>
    </message>
    <message>
        <source>Waiting for the first STATS answers…</source>
        <translation>正在等待第一批 STATS 应答…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Every registry and $SRV reply decoded.</source>
        <translation>所有注册中心和 $SRV 应答均已解码。</translation>
    </message>
    <message>
        <source>%1: requests/s and average time</source>
        <translation>%1：每秒请求数和平均耗时</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>avg ms</source>
        <translation>平均毫秒</translation>
    </message>
    <message>
        <source>Described by %1</source>
        <translation>由 %1 描述</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Filter by name, protocol, zone or version</source>
        <translation>按名称、协议、可用区或版本筛选</translation>
    </message>
    <message>
        <source>Filter services</source>
        <translation>筛选服务</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Query the registry again</source>
        <translation>再次查询注册中心</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>按%1排序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>%1 stale</source>
        <translation>%1 个过期</translation>
    </message>
    <message>
        <source>Starting the demo cluster…</source>
        <translation>正在启动演示集群…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Asking the registry…</source>
        <translation>正在查询注册中心…</translation>
    </message>
    <message>
        <source>No service matches “%1”</source>
        <translation>没有与“%1”匹配的服务</translation>
    </message>
    <message>
        <source>No services found</source>
        <translation>未找到服务</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Query again</source>
        <translation>再次查询</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s)</source>
        <translation>
            <numerusform>%n 个服务中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert when it has no live node…</source>
        <translation>没有存活节点时告警…</translation>
    </message>
    <message>
        <source>Alert when its calls fail…</source>
        <translation>调用失败时告警…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>RTT %1</source>
        <translation>RTT %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n 个服务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 stale)</source>
        <translation>（%1 个过期）</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>丢弃 %1</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>关于 Switchboard</translation>
    </message>
    <message>
        <source>About Switchboard (F1)</source>
        <translation>关于 Switchboard（F1）</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <translation>
            <numerusform>%n 条告警中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionChip</name>
    <message>
        <source>Subscription %1</source>
        <translation>订阅 %1</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>丢弃 %1</translation>
    </message>
    <message>
        <source>Resume recording %1</source>
        <translation>恢复记录 %1</translation>
    </message>
    <message>
        <source>Pause recording %1</source>
        <translation>暂停记录 %1</translation>
    </message>
    <message>
        <source>Record its messages again</source>
        <translation>重新记录其消息</translation>
    </message>
    <message>
        <source>Keep counting, stop recording its messages</source>
        <translation>继续计数，停止记录其消息</translation>
    </message>
    <message>
        <source>Unsubscribe from %1</source>
        <translation>取消订阅 %1</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Kinds: all</source>
        <translation>类型：全部</translation>
    </message>
    <message numerus="yes">
        <source>Kinds: %n chosen</source>
        <translation>
            <numerusform>类型：已选 %n 种</numerusform>
        </translation>
    </message>
    <message>
        <source>Kinds of change shown</source>
        <translation>显示的变更类型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Filter by text: a service, node, zone, server or subject</source>
        <translation>按文本筛选：服务、节点、可用区、服务器或主题</translation>
    </message>
    <message>
        <source>Filter the changes by text</source>
        <translation>按文本筛选变更</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>可用区 %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>Stop filtering by %1</source>
        <translation>取消按%1筛选</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the range shown</source>
        <translation>
            <numerusform>所示范围内有 %n 条变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>变更，最新的在前</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The journal cannot be read</source>
        <translation>无法读取日志</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>正在读取日志…</translation>
    </message>
    <message>
        <source>Nothing changed in this range</source>
        <translation>此范围内没有变更</translation>
    </message>
    <message>
        <source>Nodes coming and going, servers, zones and the connection are journaled here as they change.</source>
        <translation>节点的加入与离开、服务器、可用区和连接的变化都会记录在这里。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Select a change to see where it happened.</source>
        <translation>选择一条变更以查看它发生的位置。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Show the service</source>
        <translation>查看服务</translation>
    </message>
    <message>
        <source>Only this service</source>
        <translation>仅此服务</translation>
    </message>
    <message>
        <source>Only this zone</source>
        <translation>仅此可用区</translation>
    </message>
    <message>
        <source>The map at that moment</source>
        <translation>当时的拓扑图</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message numerus="yes">
        <source>now · %n change(s)</source>
        <translation>
            <numerusform>现在 · %n 项变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Show service %1</source>
        <translation>查看服务 %1</translation>
    </message>
    <message>
        <source>Show only the changes of service %1</source>
        <translation>只显示服务 %1 的变更</translation>
    </message>
    <message>
        <source>Show the zone</source>
        <translation>查看可用区</translation>
    </message>
    <message>
        <source>Show zone %1 on the Cluster page</source>
        <translation>在集群页面查看可用区 %1</translation>
    </message>
    <message>
        <source>Show only the changes in zone %1</source>
        <translation>只显示可用区 %1 中的变更</translation>
    </message>
    <message>
        <source>Show the map as it was at %1</source>
        <translation>查看 %1 时的拓扑图</translation>
    </message>
</context>
<context>
    <name>TopologyExport</name>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>The view was written to %1</source>
        <translation>视图已写入 %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>SVG: the whole map</source>
        <translation>SVG：整张地图</translation>
    </message>
    <message>
        <source>PNG: the view as shown</source>
        <translation>PNG：当前所见的视图</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>写入文件</translation>
    </message>
</context>
<context>
    <name>TopologyLegend</name>
    <message>
        <source>live</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>calls (width: rate)</source>
        <translation>调用（宽度：速率）</translation>
    </message>
    <message>
        <source>≥ %1 % errors</source>
        <translation>≥ %1 % 错误</translation>
    </message>
    <message>
        <source>subscriptions</source>
        <translation>订阅</translation>
    </message>
</context>
<context>
    <name>TopologyMinimap</name>
    <message>
        <source>Overview of the whole map; click to move the view there</source>
        <translation>整张地图的概览；点击即可将视图移到该处</translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>没有与“%1”匹配的项</translation>
    </message>
    <message>
        <source>No service nodes to draw yet</source>
        <translation>还没有可绘制的服务节点</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message numerus="yes">
        <source>Service map: %n box(es); arrow keys move between them, Enter goes inside, Backspace goes back, [ and ] step through the last hour&apos;s changes; the list on the right reads it as text</source>
        <translation>
            <numerusform>服务地图：%n 个方框；方向键在其间移动，Enter 进入，Backspace 返回，[ 和 ] 逐一查看最近一小时的变化；右侧列表以文字朗读地图</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopologySidePanel</name>
    <message>
        <source>Selection</source>
        <translation>所选项</translation>
    </message>
    <message>
        <source>Click a zone, service, node or topic. Double-click goes a level down.</source>
        <translation>单击可用区、服务、节点或话题。双击进入下一层。</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>查看内部</translation>
    </message>
    <message>
        <source>Go a level down into %1</source>
        <translation>进入 %1 的下一层</translation>
    </message>
    <message>
        <source>Open in Services</source>
        <translation>在“服务”中打开</translation>
    </message>
    <message>
        <source>Call…</source>
        <translation>调用…</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>调用 %1</translation>
    </message>
    <message>
        <source>Everything shown</source>
        <translation>显示的全部内容</translation>
    </message>
    <message>
        <source>Topology items</source>
        <translation>拓扑项</translation>
    </message>
</context>
<context>
    <name>TopologyTimeline</name>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Show the map as it is now</source>
        <translation>显示地图的当前状态</translation>
    </message>
    <message>
        <source>Live: the map shows now</source>
        <translation>实时：地图显示当前状态</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>回到实时</translation>
    </message>
    <message>
        <source>Moment shown on the map: %1</source>
        <translation>地图显示的时刻：%1</translation>
    </message>
    <message>
        <source>Drag to a moment of the last hour; [ and ] jump between changes</source>
        <translation>拖动到最近一小时内的某一时刻；[ 和 ] 在变化之间跳转</translation>
    </message>
    <message numerus="yes">
        <source>Live · the last %n min kept</source>
        <translation>
            <numerusform>实时 · 已保留最近 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Live · keeping the last hour from now</source>
        <translation>实时 · 从现在起保留最近一小时</translation>
    </message>
</context>
<context>
    <name>TopologyToolbar</name>
    <message>
        <source>Zones</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>One box per zone, calls between zones</source>
        <translation>每个可用区一个框，显示可用区之间的调用</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>One box per service, calls between services</source>
        <translation>每个服务一个框，显示服务之间的调用</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Every node, in its service and zone</source>
        <translation>每个节点，位于其服务和可用区中</translation>
    </message>
    <message>
        <source>Show the %1 level</source>
        <translation>显示“%1”层</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>正在显示 %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>返回 %1</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the map to the view</source>
        <translation>使地图适应视图</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Filter by service or node</source>
        <translation>按服务或节点筛选</translation>
    </message>
    <message>
        <source>Filter the topology</source>
        <translation>筛选拓扑</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Show topics and their subscribers</source>
        <translation>显示话题及其订阅者</translation>
    </message>
    <message>
        <source>Show go-micro services</source>
        <translation>显示 go-micro 服务</translation>
    </message>
    <message>
        <source>Show NATS micro services</source>
        <translation>显示 NATS micro 服务</translation>
    </message>
    <message>
        <source>Zones: %1 of %2</source>
        <translation>可用区：%2 个中的 %1 个</translation>
    </message>
    <message>
        <source>Zones: all</source>
        <translation>可用区：全部</translation>
    </message>
    <message>
        <source>Choose the zones to show</source>
        <translation>选择要显示的可用区</translation>
    </message>
    <message>
        <source>Show zone %1</source>
        <translation>显示可用区 %1</translation>
    </message>
    <message>
        <source>Find on the map; Enter goes to the next match</source>
        <translation>在地图上查找；按 Enter 转到下一个匹配项</translation>
    </message>
    <message>
        <source>not on the map</source>
        <translation>不在地图上</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the map as SVG or PNG</source>
        <translation>将地图导出为 SVG 或 PNG</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Show traffic as dots moving along the edges</source>
        <translation>以沿连线移动的圆点显示流量</translation>
    </message>
    <message>
        <source>Off: the system asks for reduced motion</source>
        <translation>已关闭：系统要求减少动态效果</translation>
    </message>
    <message>
        <source>Dots travel along the edges, more on busier ones</source>
        <translation>圆点沿连线移动，越繁忙的连线圆点越多</translation>
    </message>
</context>
<context>
    <name>TrafficChart</name>
    <message>
        <source>Rate of the busiest subjects (click subjects to choose)</source>
        <translation>最繁忙主题的速率（单击主题以选择）</translation>
    </message>
    <message>
        <source>Rate of the selected subjects</source>
        <translation>所选主题的速率</translation>
    </message>
    <message>
        <source>Rate chart, empty</source>
        <translation>速率图，空</translation>
    </message>
    <message>
        <source>Rate chart of %1</source>
        <translation>%1 的速率图</translation>
    </message>
    <message>
        <source>msgs/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>No traffic to chart yet. Click subjects in the table to chart them (up to six).</source>
        <translation>还没有可绘制的流量。单击表格中的主题以绘制（最多六个）。</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Time span of the rate chart</source>
        <translation>速率图表的时间范围</translation>
    </message>
    <message>
        <source>Busiest subjects</source>
        <translation>最繁忙的主题</translation>
    </message>
    <message>
        <source>Selected subjects</source>
        <translation>所选主题</translation>
    </message>
    <message>
        <source>The collector counted no messages on these subjects in this time span.</source>
        <translation>在此时间范围内，收集器没有统计到这些主题上的消息。</translation>
    </message>
    <message>
        <source>Average msgs/s of each minute, counted by the collector (stream %1)</source>
        <translation>每分钟的平均消息数/秒，由收集器统计（流 %1）</translation>
    </message>
</context>
<context>
    <name>TrafficExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TrafficMessagesPane</name>
    <message>
        <source>subject or pattern</source>
        <translation>主题或模式</translation>
    </message>
    <message>
        <source>Show messages on subjects matching</source>
        <translation>显示主题匹配的消息</translation>
    </message>
    <message>
        <source>payload contains…</source>
        <translation>负载包含…</translation>
    </message>
    <message>
        <source>Show messages whose payload contains</source>
        <translation>显示负载包含以下内容的消息</translation>
    </message>
    <message>
        <source>Resume list</source>
        <translation>恢复列表</translation>
    </message>
    <message>
        <source>Pause list</source>
        <translation>暂停列表</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the kept messages as NDJSON</source>
        <translation>将保留的消息导出为 NDJSON</translation>
    </message>
    <message>
        <source>The list is paused; counting goes on. Resume to see new messages.</source>
        <translation>列表已暂停；计数继续。恢复后可看到新消息。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>No kept message matches the filters</source>
        <translation>没有保留的消息与筛选条件匹配</translation>
    </message>
    <message>
        <source>No message yet</source>
        <translation>还没有消息</translation>
    </message>
    <message>
        <source>Messages on the subscriptions appear here, newest first.</source>
        <translation>订阅上的消息显示在这里，最新的在前。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>reply to %1</source>
        <translation>回复到 %1</translation>
    </message>
    <message>
        <source>Select a message to inspect it.</source>
        <translation>选择一条消息以查看。</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>信封</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Not a go-micro envelope.</source>
        <translation>不是 go-micro 信封。</translation>
    </message>
    <message>
        <source>Not JSON.</source>
        <translation>不是 JSON。</translation>
    </message>
    <message>
        <source>Not text: see Hex.</source>
        <translation>不是文本：请查看十六进制。</translation>
    </message>
    <message>
        <source>NATS headers: %1</source>
        <translation>NATS 头部：%1</translation>
    </message>
    <message>
        <source>Export the kept messages that match the filters as NDJSON</source>
        <translation>将与筛选条件匹配的保留消息导出为 NDJSON</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>写入文件</translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation>Protobuf</translation>
    </message>
</context>
<context>
    <name>TrafficPage</name>
    <message>
        <source>subject, e.g. orders.&gt; or &gt;</source>
        <translation>主题，例如 orders.&gt; 或 &gt;</translation>
    </message>
    <message>
        <source>Subject to subscribe to</source>
        <translation>要订阅的主题</translation>
    </message>
    <message>
        <source>queue group</source>
        <translation>队列组</translation>
    </message>
    <message>
        <source>Queue group (optional)</source>
        <translation>队列组（可选）</translation>
    </message>
    <message>
        <source>With a queue group this subscription shares messages with the services in it: it takes some away from them.</source>
        <translation>使用队列组时，此订阅与组内的服务分担消息：会从它们那里分走一部分。</translation>
    </message>
    <message>
        <source>+ Subscribe</source>
        <translation>+ 订阅</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Hide publish</source>
        <translation>隐藏发布</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Show the publish form</source>
        <translation>显示发布表单</translation>
    </message>
    <message>
        <source>received %1 · %2 · %3/s · shown %4 of %5 kept · dropped %6</source>
        <translation>已接收 %1 · %2 · %3/s · 显示 %5 条保留消息中的 %4 条 · 丢弃 %6</translation>
    </message>
</context>
<context>
    <name>TrafficSampler</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1, %2 messages per second, %3 in total</source>
        <translation>%1，每秒 %2 条消息，共 %3 条</translation>
    </message>
    <message>
        <source>message %1 on %2, %3 bytes</source>
        <translation>%2 上的消息 %1，%3 字节</translation>
    </message>
</context>
<context>
    <name>TrafficSubjectsTable</name>
    <message>
        <source>Filter subjects: text, or a pattern such as orders.*</source>
        <translation>筛选主题：文本，或 orders.* 这样的模式</translation>
    </message>
    <message>
        <source>Filter subjects</source>
        <translation>筛选主题</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>按%1排序</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>msgs/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>on the chart</source>
        <translation>在图中</translation>
    </message>
    <message>
        <source>%1 messages, %2 in all; the last at %3. Click to chart it.</source>
        <translation>%1 条消息，共 %2；最近一条在 %3。单击以绘制。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Nothing subscribed yet</source>
        <translation>还没有订阅</translation>
    </message>
    <message>
        <source>No subject matches “%1”</source>
        <translation>没有与“%1”匹配的主题</translation>
    </message>
    <message>
        <source>No message yet on these subscriptions</source>
        <translation>这些订阅上还没有消息</translation>
    </message>
    <message>
        <source>Subscribe to a subject or a wildcard above. Known topics: %1</source>
        <translation>请在上方订阅主题或通配符。已知话题：%1</translation>
    </message>
    <message>
        <source>Subscribe to a subject or a wildcard above.</source>
        <translation>请在上方订阅主题或通配符。</translation>
    </message>
    <message>
        <source>Subscribe to everything (&gt;)</source>
        <translation>订阅全部（&gt;）</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>the first %1 of %2 matching subjects (%3 seen)</source>
        <translation>%2 个匹配主题中的前 %1 个（已见 %3 个）</translation>
    </message>
    <message>
        <source>%1 of %2 subjects</source>
        <translation>%2 个主题中的 %1 个</translation>
    </message>
    <message>
        <source>Alert when this stops…</source>
        <translation>停止时告警…</translation>
    </message>
    <message>
        <source>Alert when its rate passes…</source>
        <translation>速率越过阈值时告警…</translation>
    </message>
</context>
<context>
    <name>ZoneCard</name>
    <message>
        <source>in %1 · out %2 · %3/s</source>
        <translation>入 %1 · 出 %2 · %3/s</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
    <message>
        <source>Forget server %1</source>
        <translation>忘记服务器 %1</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>宕机：%1</translation>
    </message>
    <message>
        <source>connected; no counters from this source</source>
        <translation>已连接；此来源没有计数</translation>
    </message>
    <message>
        <source>v%1 · up %2 · %3 conns · %4 subs · cpu %5 % · %6 · slow consumers %7</source>
        <translation>v%1 · 运行 %2 · %3 个连接 · %4 个订阅 · CPU %5 % · %6 · 慢消费者 %7</translation>
    </message>
    <message>
        <source>routes %1</source>
        <translation>路由 %1</translation>
    </message>
    <message numerus="yes">
        <source>If %1 is lost: %n service node(s) go</source>
        <translation>
            <numerusform>如果失去 %1：%n 个服务节点随之失去</numerusform>
        </translation>
    </message>
    <message>
        <source>no node left for %1</source>
        <translation>%1 将没有节点</translation>
    </message>
    <message>
        <source>fewer nodes for %1</source>
        <translation>%1 的节点减少</translation>
    </message>
    <message>
        <source>Alert when this zone degrades…</source>
        <translation>此可用区降级时告警…</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::AlertsController</name>
    <message>
        <source>A rule watches “%1”, which cannot be subscribed to: %2</source>
        <translation>有规则监视“%1”，但无法订阅：%2</translation>
    </message>
    <message>
        <source>The alert rules in %1 cannot be read: %2</source>
        <translation>无法读取 %1 中的告警规则：%2</translation>
    </message>
    <message>
        <source>The alert rules file could not be read (%1); it was kept as %2.</source>
        <translation>无法读取告警规则文件（%1）；已将其保留为 %2。</translation>
    </message>
    <message>
        <source>The alert rules cannot be saved to %1: %2. They work until the app quits.</source>
        <translation>无法将告警规则保存到 %1：%2。在应用退出前它们仍然有效。</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::AlertsModel</name>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>未从 %1 导入任何内容：</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::AppContext</name>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>配置 %1：%2</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>%1: reading the team&apos;s history from the collector (%2)…</source>
        <translation>%1：正在从采集器（%2）读取团队历史…</translation>
    </message>
    <message>
        <source>%1: the team&apos;s history cannot be read from the collector: %2</source>
        <translation>%1：无法从采集器读取团队历史：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: team history from the collector (%2), %n events taken since the app started</source>
        <translation>
            <numerusform>%1：来自采集器（%2）的团队历史，应用启动以来已取得 %n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchboard::gui::CallController</name>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation>（过期）</translation>
    </message>
    <message>
        <source>The endpoint&apos;s request_schema is not valid JSON; write the request as JSON.</source>
        <translation>端点的 request_schema 不是有效的 JSON；请以 JSON 编写请求。</translation>
    </message>
    <message>
        <source>This $SRV endpoint publishes no request_schema; write the request as JSON.</source>
        <translation>此 $SRV 端点没有发布 request_schema；请以 JSON 编写请求。</translation>
    </message>
    <message>
        <source>The registry describes no request type for this endpoint; write it as JSON.</source>
        <translation>注册中心没有描述此端点的请求类型；请以 JSON 编写。</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>line %1: write a header as Key: Value</source>
        <translation>第 %1 行：头部应写成 Key: Value</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>200 OK</source>
        <translation>200 OK</translation>
    </message>
    <message>
        <source>Described by %1: %2.</source>
        <translation>由 %1 描述：%2。</translation>
    </message>
    <message>
        <source>protobuf, decoded as %1</source>
        <translation>protobuf，已按 %1 解码</translation>
    </message>
    <message>
        <source>protobuf without a schema: field numbers and wire types (import its .proto on the Profiles page)</source>
        <translation>无模式的 protobuf：字段编号与线路类型（请在“配置”页导入其 .proto）</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB.</source>
        <translation>%1 大于 64 MiB。</translation>
    </message>
    <message numerus="yes">
        <source>The body is the %n byte(s) of %1, sent as they are.</source>
        <translation>
            <numerusform>正文为 %1 的 %n 个字节，按原样发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::CallFormModel</name>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1，%2%3</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>键为空</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>not a whole number, or outside %1</source>
        <translation>不是整数，或超出 %1</translation>
    </message>
    <message>
        <source>outside %1</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <source>not a whole number ≥ 0, or outside %1</source>
        <translation>不是 ≥ 0 的整数，或超出 %1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>too large for a float32</source>
        <translation>超出 float32 范围</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>以下之一：%1</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::CallHistory</name>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>它大于 %1 MiB</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <source>The call history could not be read (%1). It was moved to %2 and a new one was started.</source>
        <translation>无法读取调用历史（%1）。已将其移至 %2，并开始新的历史。</translation>
    </message>
    <message>
        <source>The call history could not be saved: %1</source>
        <translation>无法保存调用历史：%1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Load run of %1, %2</source>
        <translation>%1 的负载测试，%2</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::ClusterView</name>
    <message>
        <source>server %1, version %2, %3 connections, %4 messages per second in, %5 out</source>
        <translation>服务器 %1，版本 %2，%3 个连接，每秒入 %4 条消息，出 %5 条</translation>
    </message>
    <message>
        <source>server %1 is down: %2</source>
        <translation>服务器 %1 宕机：%2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 nodes)</source>
        <translation>%1（%3 个节点中的 %2 个）</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n 台服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>zone %1, %2</source>
        <translation>可用区 %1，%2</translation>
    </message>
    <message>
        <source>Waiting for the first look at the cluster…</source>
        <translation>正在等待首次查看集群…</translation>
    </message>
    <message>
        <source>Source: $SYS requests with the system account: every server, its routes and its connections.</source>
        <translation>来源：系统账户的 $SYS 请求：每台服务器及其路由和连接。</translation>
    </message>
    <message numerus="yes">
        <source>Source: HTTP monitoring of the %n listed server(s).</source>
        <translation>
            <numerusform>来源：所列 %n 台服务器的 HTTP 监控。</numerusform>
        </translation>
    </message>
    <message>
        <source>A system-account login would find every server of the cluster, also those not listed.</source>
        <translation>使用系统账户登录可以找到集群的每台服务器，包括未列出的。</translation>
    </message>
    <message>
        <source>Source: the client connection only: the connected server, without counters.</source>
        <translation>来源：仅客户端连接：已连接的服务器，没有计数。</translation>
    </message>
    <message>
        <source>Add a system-account login or the servers&apos; HTTP monitoring URLs to the profile to see every server, its load, routes and zone.</source>
        <translation>在配置中添加系统账户登录或服务器的 HTTP 监控 URL，即可看到每台服务器及其负载、路由和可用区。</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::Formatter</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::JournalStatus</name>
    <message>
        <source>The folder for the journal of changes, %1, cannot be created.</source>
        <translation>无法创建变更日志的文件夹 %1。</translation>
    </message>
    <message>
        <source>The journal of changes cannot be written in %1 (%2).</source>
        <translation>无法在 %1 中写入变更日志（%2）。</translation>
    </message>
    <message>
        <source>The disk holding the journal of changes is full (%1).</source>
        <translation>存放变更日志的磁盘已满（%1）。</translation>
    </message>
    <message>
        <source>The journal at %1 was written by a newer Switchboard and is left as it is.</source>
        <translation>%1 处的日志由更新版本的 Switchboard 写入，保持原样不动。</translation>
    </message>
    <message>
        <source>The journal of changes cannot be used (%1).</source>
        <translation>无法使用变更日志（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Switchboard goes on; %n change(s) kept in memory until the journal can be written.</source>
        <translation>
            <numerusform>Switchboard 继续运行；%n 条变更暂存在内存中，直到日志可以写入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Switchboard goes on without it.</source>
        <translation>Switchboard 在没有日志的情况下继续运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n older change(s) could not be kept.</source>
        <translation>
            <numerusform>%n 条较早的变更未能保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal file was damaged. It was kept as %1 and a new journal started.</source>
        <translation>日志文件已损坏。已将其保留为 %1，并开始新的日志。</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::LoadCompareController</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>%1 corrected</source>
        <translation>%1 校正</translation>
    </message>
    <message>
        <source>Choose two kept runs to compare.</source>
        <translation>请选择两个保存的测试进行对比。</translation>
    </message>
    <message>
        <source>Thresholds met</source>
        <translation>达到阈值</translation>
    </message>
    <message>
        <source>Thresholds not met</source>
        <translation>未达到阈值</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::LoadRunController</name>
    <message>
        <source>Choose a service and an endpoint on the Call page first.</source>
        <translation>请先在调用页选择服务和端点。</translation>
    </message>
    <message>
        <source>From 1 to %1 requests in flight.</source>
        <translation>同时进行的请求数须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>A rate above 0 and at most %1 requests a second.</source>
        <translation>速率须大于 0，且不超过每秒 %1 个请求。</translation>
    </message>
    <message>
        <source>Give a number of requests or a duration.</source>
        <translation>请给出请求数或持续时间。</translation>
    </message>
    <message>
        <source>At most %1 requests.</source>
        <translation>最多 %1 个请求。</translation>
    </message>
    <message>
        <source>At most %1 seconds.</source>
        <translation>最多 %1 秒。</translation>
    </message>
    <message>
        <source>The warm-up must be shorter than the run.</source>
        <translation>预热时间须短于运行时间。</translation>
    </message>
    <message>
        <source>The timeout must be from 1 ms to %1 s.</source>
        <translation>超时须在 1 毫秒到 %1 秒之间。</translation>
    </message>
    <message>
        <source>An error rate from 0 to 100 %.</source>
        <translation>错误率须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>A p99 above 0 ms.</source>
        <translation>p99 须大于 0 毫秒。</translation>
    </message>
    <message>
        <source>Column %1: &quot;{{&quot; without &quot;}}&quot;.</source>
        <translation>第 %1 列：有“{{”而没有“}}”。</translation>
    </message>
    <message>
        <source>Column %1: {{%2}} is not a placeholder; use {{seq}}, {{uuid}}, {{randInt A B}} or {{now}}.</source>
        <translation>第 %1 列：{{%2}} 不是占位符；请使用 {{seq}}、{{uuid}}、{{randInt A B}} 或 {{now}}。</translation>
    </message>
    <message>
        <source>Column %1: randInt takes two whole numbers, as {{randInt 1 100}}.</source>
        <translation>第 %1 列：randInt 需要两个整数，如 {{randInt 1 100}}。</translation>
    </message>
    <message>
        <source>Column %1: in {{%2}} the first number is larger than the second.</source>
        <translation>第 %1 列：{{%2}} 中第一个数大于第二个数。</translation>
    </message>
    <message>
        <source>The body is not JSON once its placeholders are filled in.</source>
        <translation>填入占位符后，请求体不是 JSON。</translation>
    </message>
    <message>
        <source>The request would be larger than the server&apos;s limit of %1 bytes.</source>
        <translation>请求将超过服务器 %1 字节的上限。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>预热中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Waiting for the last replies</source>
        <translation>正在等待最后的回复</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>Thresholds met</source>
        <translation>已达到阈值</translation>
    </message>
    <message>
        <source>Thresholds not met: %1</source>
        <translation>未达到阈值：%1</translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation>尚未运行任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Thresholds not met</source>
        <translation>未达到阈值</translation>
    </message>
    <message>
        <source>%1 · %2 a second</source>
        <translation>%1 · 每秒 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n in flight</source>
        <translation>
            <numerusform>%1 · %n 个同时进行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchboard::gui::LoadRunStore</name>
    <message numerus="yes">
        <source>%n request(s) · p99 %1 ms · %2 % errors</source>
        <translation>
            <numerusform>%n 个请求 · p99 %1 毫秒 · %2 % 错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Load run of %1 %2 at %3: %4</source>
        <translation>%3 对 %1 %2 的负载测试：%4</translation>
    </message>
    <message>
        <source>, thresholds met</source>
        <translation>，达到阈值</translation>
    </message>
    <message>
        <source>, thresholds not met</source>
        <translation>，未达到阈值</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>文件大于 %1 MiB</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>Load run %1 cannot be read: %2</source>
        <translation>无法读取负载测试 %1：%2</translation>
    </message>
    <message>
        <source>The load run could not be kept in %1: %2</source>
        <translation>无法将负载测试保存到 %1：%2</translation>
    </message>
    <message>
        <source>The load run %1 cannot be read: %2</source>
        <translation>无法读取负载测试 %1：%2</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::PaletteModel</name>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2，%3</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>call it</source>
        <translation>调用它</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>subscribed by %1</source>
        <translation>由 %1 订阅</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>app</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>关于 Switchboard</translation>
    </message>
    <message>
        <source>version, commit, libraries</source>
        <translation>版本、提交、库</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::ProfilesController</name>
    <message>
        <source>TLS NOT VERIFIED</source>
        <translation>TLS 未验证</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>配置 %1：%2</translation>
    </message>
    <message>
        <source>No application context.</source>
        <translation>没有应用上下文。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>No natscli context in %1.</source>
        <translation>%1 中没有 natscli 上下文。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n context(s): %1.</source>
        <translation>
            <numerusform>已导入 %n 个上下文：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>natscli has %1 selected.</source>
        <translation>natscli 当前选择的是 %1。</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>未导入：%1。</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::SchemaCheck</name>
    <message>
        <source>No .proto file, folder or descriptor set is given.</source>
        <translation>未指定 .proto 文件、文件夹或描述符集。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing could be imported.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported: </source>
        <translation>
            <numerusform>已导入 %n 个文件：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message type(s), </source>
        <translation>
            <numerusform>%n 个消息类型，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) with </source>
        <translation>
            <numerusform>%n 个服务，共 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s).</source>
        <translation>
            <numerusform>%n 个方法。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchboard::gui::SchemaTreeModel</name>
    <message>
        <source>element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>%1, type %2, level %3</source>
        <translation>%1，类型 %2，第 %3 层</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::ScreenshotWriter</name>
    <message>
        <source>no window to grab</source>
        <translation>没有可截取的窗口</translation>
    </message>
    <message>
        <source>screenshot saved to %1 (%2×%3)</source>
        <translation>截图已保存到 %1（%2×%3）</translation>
    </message>
    <message>
        <source>could not save the screenshot to %1</source>
        <translation>无法将截图保存到 %1</translation>
    </message>
    <message>
        <source>; the data had not arrived: %1</source>
        <translation>；数据尚未到达：%1</translation>
    </message>
    <message>
        <source>; no scene written: the Topology page is not shown (--page topology)</source>
        <translation>；未写入场景：未显示拓扑页（--page topology）</translation>
    </message>
    <message>
        <source>; no scene written: the page cannot dump it</source>
        <translation>；未写入场景：该页无法导出场景</translation>
    </message>
    <message>
        <source>; scene written to %1</source>
        <translation>；场景已写入 %1</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::SecretStore</name>
    <message>
        <source>Looking for a Secret Service…</source>
        <translation>正在查找 Secret Service…</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in the system keychain (Secret Service).</source>
        <translation>密码和令牌保存在系统密钥环（Secret Service）中。</translation>
    </message>
    <message>
        <source>The keychain is off: passwords and tokens are kept only until Switchboard closes.</source>
        <translation>密钥环已关闭：密码和令牌只保留到 Switchboard 关闭。</translation>
    </message>
    <message>
        <source>The keychain did not take the secret (%1); it is kept until Switchboard closes.</source>
        <translation>密钥环未能保存密码（%1）；它会保留到 Switchboard 关闭。</translation>
    </message>
    <message>
        <source>The keychain refused access: unlock it or allow Switchboard, then restart Switchboard.</source>
        <translation>密钥环拒绝访问：请解锁密钥环或允许 Switchboard 访问，然后重新启动 Switchboard。</translation>
    </message>
    <message>
        <source>The keychain said: %1.</source>
        <translation>密钥环返回：%1。</translation>
    </message>
    <message>
        <source>To keep them between runs, install and start GNOME Keyring (gnome-keyring) or KWallet.</source>
        <translation>若要在两次运行之间保留它们，请安装并启动 GNOME Keyring（gnome-keyring）或 KWallet。</translation>
    </message>
    <message>
        <source>No Secret Service is available: passwords and tokens are kept only until Switchboard closes. %1</source>
        <translation>没有可用的 Secret Service：密码和令牌只保留到 Switchboard 关闭。%1</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::ServiceDetail</name>
    <message>
        <source>node metadata</source>
        <translation>节点元数据</translation>
    </message>
    <message>
        <source>its server&apos;s az: tag</source>
        <translation>其服务器的 az: 标签</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>node %1, version %2, zone %3%4</source>
        <translation>节点 %1，版本 %2，可用区 %3%4</translation>
    </message>
    <message>
        <source>, stale</source>
        <translation>，过期</translation>
    </message>
    <message>
        <source>subscriber %1 on topic %2</source>
        <translation>话题 %2 上的订阅者 %1</translation>
    </message>
    <message>
        <source>endpoint %1, request %2, response %3</source>
        <translation>端点 %1，请求 %2，响应 %3</translation>
    </message>
    <message>
        <source>endpoint %1 on subject %2, %3 requests, %4 errors</source>
        <translation>主题 %2 上的端点 %1，%3 次请求，%4 个错误</translation>
    </message>
    <message>
        <source>endpoint %1 on subject %2</source>
        <translation>主题 %2 上的端点 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n node(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 个节点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchboard::gui::ServiceListModel</name>
    <message numerus="yes">
        <source>%1 %2, %3, %n node(s)</source>
        <translation>
            <numerusform>%1 %2，%3，%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n stale</source>
        <translation>
            <numerusform>，%n 个过期</numerusform>
        </translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation>，区域 %1</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::Session</name>
    <message>
        <source>Enter at least one server URL, e.g. nats://127.0.0.1:4222.</source>
        <translation>请至少输入一个服务器 URL，例如 nats://127.0.0.1:4222。</translation>
    </message>
    <message>
        <source>Cluster health login failed: %1</source>
        <translation>集群健康登录失败：%1</translation>
    </message>
    <message>
        <source>Connection lost; retrying the cluster&apos;s servers.</source>
        <translation>连接已断开；正在重试集群的服务器。</translation>
    </message>
    <message>
        <source>The connection was closed: %1</source>
        <translation>连接已关闭：%1</translation>
    </message>
    <message>
        <source>the servers stopped answering</source>
        <translation>服务器停止了应答</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>重连中</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>The registry query could not be sent: the connection is down.</source>
        <translation>无法发送注册中心查询：连接已断开。</translation>
    </message>
    <message>
        <source>Something listens on the registry subjects but did not answer in time.</source>
        <translation>有程序在监听注册中心主题，但没有及时应答。</translation>
    </message>
    <message>
        <source>No go-micro services answered on micro.registry.nats.query or micro.nats.query, and no NATS micro service answered $SRV.INFO. Are the services running, and does this login&apos;s account see them?</source>
        <translation>没有 go-micro 服务在 micro.registry.nats.query 或 micro.nats.query 上应答，也没有 NATS micro 服务应答 $SRV.INFO。服务是否在运行？此登录的账户能否看到它们？</translation>
    </message>
    <message>
        <source>Reconnected to %1.</source>
        <translation>已重新连接到 %1。</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::TopologyModel</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n 台服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>zone %1, %2, %n node(s)</source>
        <translation>
            <numerusform>可用区 %1，%2，%n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>server %1 in %2, %3</source>
        <translation>%2 中的服务器 %1，%3</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>可达</translation>
    </message>
    <message>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>, stale</source>
        <translation>，过期</translation>
    </message>
    <message>
        <source>topic %1, subscribed by %2</source>
        <translation>话题 %1，由 %2 订阅</translation>
    </message>
    <message>
        <source>unknown callers</source>
        <translation>未知调用方</translation>
    </message>
    <message>
        <source>errors unknown</source>
        <translation>错误数未知</translation>
    </message>
    <message>
        <source>%1 % errors</source>
        <translation>%1 % 错误</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>可用区 %1</translation>
    </message>
    <message>
        <source>stale: stopped answering the registry</source>
        <translation>过期：不再应答注册中心</translation>
    </message>
    <message>
        <source>live</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>%1 in zone %2</source>
        <translation>可用区 %2 中的 %1</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>subscribed by %1</source>
        <translation>由 %1 订阅</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>callers</source>
        <translation>调用方</translation>
    </message>
    <message>
        <source>Calls without Micro-From-Service: clients not wrapped with wrapper.FromService.</source>
        <translation>没有 Micro-From-Service 的调用：客户端未使用 wrapper.FromService 包装。</translation>
    </message>
    <message>
        <source>Calls are counted on %1 of %2 nodes</source>
        <translation>仅统计 %2 个节点中 %1 个的调用</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>全部可用区</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>全部节点</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>no zone</source>
        <translation>无可用区</translation>
    </message>
    <message>
        <source>topic %1 delivers to %2</source>
        <translation>话题 %1 投递给 %2</translation>
    </message>
    <message>
        <source>calls %1 → %2 %3, %4</source>
        <translation>调用 %1 → %2 %3，%4</translation>
    </message>
    <message>
        <source> (estimated from node counts)</source>
        <translation>（按节点数估算）</translation>
    </message>
    <message numerus="yes">
        <source>service %1, %n node(s)</source>
        <translation>
            <numerusform>服务 %1，%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n 个过期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in, %2</source>
        <translation>流入 %1，%2</translation>
    </message>
    <message>
        <source>servers without a zone: %1</source>
        <translation>无可用区的服务器：%1</translation>
    </message>
    <message>
        <source>unknown callers: calls without Micro-From-Service</source>
        <translation>未知调用方：没有 Micro-From-Service 的调用</translation>
    </message>
    <message>
        <source>%1 %2: %3, %4</source>
        <translation>%1 %2：%3，%4</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>These servers name no zone (no server_tags az:…).</source>
        <translation>这些服务器未指定可用区（没有 server_tags az:…）。</translation>
    </message>
    <message>
        <source>The map was written to %1</source>
        <translation>地图已写入 %1</translation>
    </message>
    <message>
        <source>%1 in %2 · %3</source>
        <translation>%2 中的 %1 · %3</translation>
    </message>
    <message>
        <source>%1 came up</source>
        <translation>%1 已上线</translation>
    </message>
    <message>
        <source>%1 went away</source>
        <translation>%1 已离开</translation>
    </message>
    <message>
        <source>%1 went stale</source>
        <translation>%1 已过期</translation>
    </message>
    <message>
        <source>%1 answers again</source>
        <translation>%1 重新响应</translation>
    </message>
    <message>
        <source>zone %1 became %2</source>
        <translation>可用区 %1 变为%2</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) came up</source>
        <translation>
            <numerusform>%n 个节点上线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) went away</source>
        <translation>
            <numerusform>%n 个节点离开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) went stale</source>
        <translation>
            <numerusform>%n 个节点过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) answer again</source>
        <translation>
            <numerusform>%n 个节点重新响应</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>%1 · under a minute ago</source>
        <translation>%1 · 不到一分钟前</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n min ago</source>
        <translation>
            <numerusform>%1 · %n 分钟前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchboard::gui::TrafficController</name>
    <message>
        <source>Could not subscribe again: %1</source>
        <translation>无法重新订阅：%1</translation>
    </message>
    <message>
        <source>Type a subject: orders.created, orders.*, or &gt; for everything.</source>
        <translation>请输入主题：orders.created、orders.*，或 &gt; 表示全部。</translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation>已订阅 %1。</translation>
    </message>
    <message>
        <source>Not connected: subscriptions start once a connection is up.</source>
        <translation>未连接：连接建立后订阅才开始。</translation>
    </message>
    <message>
        <source>Cannot subscribe to %1: %2</source>
        <translation>无法订阅 %1：%2</translation>
    </message>
    <message>
        <source>%1 overlaps %2: messages on both are counted once per subscription.</source>
        <translation>%1 与 %2 重叠：两者共有的消息在每个订阅中各计一次。</translation>
    </message>
    <message>
        <source>The chart shows %1 subjects at most; take one off first.</source>
        <translation>图中最多显示 %1 个主题；请先移除一个。</translation>
    </message>
    <message>
        <source>Message %1 is no longer kept: the list holds the newest %2.</source>
        <translation>消息 %1 已不再保留：列表只保留最新的 %2 条。</translation>
    </message>
    <message>
        <source>%1 bytes received; the first %2 were kept.</source>
        <translation>已接收 %1 字节；保留了前 %2 字节。</translation>
    </message>
    <message>
        <source>Nothing to export: not connected.</source>
        <translation>没有可导出的内容：未连接。</translation>
    </message>
    <message>
        <source>Nothing to export: no kept message matches the filters.</source>
        <translation>没有可导出的内容：没有保留的消息与筛选条件匹配。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 条消息写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchboard::gui::TrafficPublisher</name>
    <message>
        <source>Form from the %1 subscriber %2 (%3).</source>
        <translation>表单来自 %1 订阅者 %2（%3）。</translation>
    </message>
    <message>
        <source>Publish needs a subject without wildcards or spaces, such as orders.created.</source>
        <translation>发布需要不含通配符和空格的主题，例如 orders.created。</translation>
    </message>
    <message>
        <source>The form has an error: %1</source>
        <translation>表单有错误：%1</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>头部：%1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Published a go-micro event to %1 (Micro-ID %2) at %3.</source>
        <translation>已于 %3 向 %1 发布 go-micro 事件（Micro-ID %2）。</translation>
    </message>
    <message>
        <source>Published %1 bytes to %2 at %3.</source>
        <translation>已于 %3 向 %2 发布 %1 字节。</translation>
    </message>
    <message>
        <source>Publish failed: %1</source>
        <translation>发布失败：%1</translation>
    </message>
    <message>
        <source>Form from %1</source>
        <translation>表单来自 %1</translation>
    </message>
    <message>
        <source>Not a valid %1: %2</source>
        <translation>不是有效的 %1：%2</translation>
    </message>
</context>
<context>
    <name>switchboard::gui::TrayIcon</name>
    <message>
        <source>Show Switchboard</source>
        <translation>显示 Switchboard</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>Switchboard: %n alert(s) firing</source>
        <translation>
            <numerusform>Switchboard：%n 条告警中</numerusform>
        </translation>
    </message>
    <message>
        <source>Switchboard: no alert firing</source>
        <translation>Switchboard：没有告警</translation>
    </message>
</context>
</TS>
