import QtQuick
import QtQuick.Controls
import Switchboard

Label {
    font.pixelSize: Theme.small
    font.weight: Font.DemiBold
    font.capitalization: Font.AllUppercase
    color: Theme.textMuted
    Accessible.role: Accessible.Heading
}
