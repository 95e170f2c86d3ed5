import QtQuick
import Switchboard

// A rate's last minute as a small line (painted in C++, SparklineItem).
SparklineItem {
    implicitWidth: 60
    implicitHeight: 18
    color: Theme.accent
}
