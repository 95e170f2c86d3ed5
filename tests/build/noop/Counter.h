#pragma once
#include <QObject>
#include <QtQml/qqmlregistration.h>

class Counter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int value READ value NOTIFY valueChanged)
public:
    [[nodiscard]] int value() const { return m_value; }
    Q_INVOKABLE void add() { ++m_value; Q_EMIT valueChanged(); }
Q_SIGNALS:
    void valueChanged();
private:
    int m_value = 0;
};
