import QtQml
import Noop

QtObject {
    property Counter counter: Counter {}
    property int doubled: counter.value * 2
}
