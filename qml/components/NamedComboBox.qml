import QtQuick
import QtQuick.Controls

// A ComboBox whose inner text field carries the box's accessible name: Fusion's ComboBox shows
// its text in a TextField that screen readers otherwise meet as a nameless edit field.
ComboBox {
    id: box
    Component.onCompleted: contentItem.Accessible.name = Qt.binding(() => box.Accessible.name)
}
