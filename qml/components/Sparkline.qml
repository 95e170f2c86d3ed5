import QtQuick
import Switchboard

// A rate's last minute as a small line; scaled to its own peak (the number beside it says how much).
Canvas {
    id: spark
    property var values: []
    property color color: Theme.accent
    implicitWidth: 60
    implicitHeight: 18
    onValuesChanged: requestPaint()
    onColorChanged: requestPaint()
    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const n = values ? values.length : 0
        if (n < 2) return
        let peak = 0
        for (let i = 0; i < n; ++i) peak = Math.max(peak, values[i])
        const h = height - 2
        ctx.strokeStyle = color
        ctx.lineWidth = 1.2
        ctx.beginPath()
        for (let j = 0; j < n; ++j) {
            const x = j * (width - 1) / (n - 1)
            const y = 1 + h - (peak > 0 ? values[j] / peak * h : 0)
            if (j === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y)
        }
        ctx.stroke()
    }
}
