pragma Singleton
import QtQuick
import Switchboard

// The one place colours, type sizes and spacing live. Health colours are for health only.
QtObject {
    readonly property bool dark: App.dark

    // Surfaces
    readonly property color window: dark ? "#16181d" : "#f5f6f8"
    readonly property color surface: dark ? "#1e2128" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#252932" : "#f0f2f5"
    readonly property color rail: dark ? "#111317" : "#e9ecf1"
    readonly property color border: dark ? "#323743" : "#d9dde4"
    readonly property color selection: dark ? "#2b3a55" : "#dce8fb"
    readonly property color hover: dark ? "#222631" : "#eef1f6"

    // Text
    readonly property color text: dark ? "#e6e8ec" : "#1b1f27"
    readonly property color textMuted: dark ? "#9aa3b2" : "#5d6675"
    readonly property color textFaint: dark ? "#6b7384" : "#8a93a3"
    readonly property color accent: dark ? "#6ea8fe" : "#2563c9"
    /// Selected rows: dark enough under white text in both themes (contrast ≥ 4.5:1).
    readonly property color highlight: dark ? "#2f5fa8" : "#2563c9"
    readonly property color textOnAccent: "#ffffff"
    readonly property color typeColor: dark ? "#c4a7e7" : "#7a4cb0"  // Go types in trees

    // Health (only for health)
    readonly property color healthy: dark ? "#3fb96b" : "#1e8e4a"
    readonly property color degraded: dark ? "#e5a935" : "#b7791f"
    readonly property color down: dark ? "#f0605d" : "#c9302c"
    readonly property color stale: dark ? "#7d8594" : "#8c94a3"
    readonly property color errorBg: dark ? "#3a2224" : "#fdecec"
    readonly property color warningBg: dark ? "#3a3120" : "#fdf5e6"
    readonly property color infoBg: dark ? "#1f2c40" : "#e8f0fc"

    // Chart lines: categorical colours that are none of the health colours, so a line in a chart
    // never reads as "healthy", "degraded" or "down" (docs/colours.md).
    readonly property var series: dark ? ["#6ea8fe", "#c4a7e7", "#3cc6c8", "#e07bbf", "#9a96ff", "#9aa3b2"]
                                       : ["#2563c9", "#7a4cb0", "#0f8b8d", "#b03c8a", "#4f46e5", "#5d6675"]

    // Type scale and spacing
    readonly property int small: 12
    readonly property int body: 14
    readonly property int title: 18
    readonly property int display: 24
    readonly property int unit: 8
    readonly property string mono: "DejaVu Sans Mono"
    readonly property int radius: 6

    function healthColor(h) {
        switch (h) {
        case "live": case "healthy": return healthy
        case "degraded": return degraded
        case "down": return down
        default: return stale
        }
    }
}
