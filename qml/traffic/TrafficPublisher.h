#pragma once
// The Traffic page's publish form: a subject, a payload, headers, and whether to send it as a
// go-micro event (the broker's JSON envelope with Micro-Topic, Micro-ID, Content-Type) or as raw
// bytes (NATS headers when given). When a known go-micro subscriber listens on the subject, its
// request type becomes a form, the same one the Call page builds.

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "CallFormModel.h"

namespace switchboard::live {
struct CatalogSnapshot;
}

namespace switchboard::gui {

class Session;
Q_MOC_INCLUDE("Session.h") // moc's code for the Session * property needs the whole class

/// The topics the catalogue's go-micro subscribers listen on, sorted, once each.
[[nodiscard]] QStringList subscriberTopics(const live::CatalogSnapshot &catalog);

class TrafficPublisher : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString subject READ subject WRITE setSubject NOTIFY subjectChanged)
    Q_PROPERTY(bool asEvent READ asEvent WRITE setAsEvent NOTIFY subjectChanged)
    Q_PROPERTY(switchboard::gui::CallFormModel *form READ form CONSTANT)
    Q_PROPERTY(bool hasForm READ hasForm NOTIFY subjectChanged)
    Q_PROPERTY(QString formNote READ formNote NOTIFY subjectChanged)
    /// The protobuf message type of the subject's events ("" when no .proto describes them).
    Q_PROPERTY(QString protoType READ protoType NOTIFY subjectChanged)
    /// "application/json" or (with a protoType) "application/protobuf"; remembered per subject.
    Q_PROPERTY(QString contentType READ contentType WRITE setContentType NOTIFY subjectChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY resultChanged)
    Q_PROPERTY(QString result READ result NOTIFY resultChanged)
    Q_PROPERTY(bool resultOk READ resultOk NOTIFY resultChanged)
    Q_PROPERTY(int published READ published NOTIFY resultChanged)
public:
    explicit TrafficPublisher(QObject *parent = nullptr);

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QString subject() const { return m_subject; }
    void setSubject(const QString &subject);
    [[nodiscard]] bool asEvent() const { return m_asEvent; }
    void setAsEvent(bool asEvent);
    [[nodiscard]] CallFormModel *form() { return &m_form; }
    [[nodiscard]] bool hasForm() const { return m_form.hasSchema(); }
    [[nodiscard]] QString formNote() const { return m_formNote; }
    [[nodiscard]] QString protoType() const { return m_protoType; }
    [[nodiscard]] QString contentType() const;
    void setContentType(const QString &contentType);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString result() const { return m_result; }
    [[nodiscard]] bool resultOk() const { return m_resultOk; }
    [[nodiscard]] int published() const { return m_published; }

    /// Publishes off the GUI thread: `body` as typed, or the form's JSON when useForm.
    Q_INVOKABLE void publish(const QString &body, const QString &headers, bool useForm);
    /// The form's JSON now (to show in the text editor when switching to it).
    Q_INVOKABLE QString formJson() const { return m_form.toJson(); }
    /// Known subscriber topics, for the subject field's suggestions.
    Q_INVOKABLE QStringList knownTopics() const;

Q_SIGNALS:
    void sessionChanged();
    void subjectChanged();
    void resultChanged();

private:
    void loadSchema();
    void finish(bool ok, const QString &text);

    QPointer<Session> m_session;
    QString m_subject, m_formNote, m_result, m_protoType;
    bool m_asEvent = true, m_busy = false, m_resultOk = false;
    int m_published = 0;
    CallFormModel m_form;
};

} // namespace switchboard::gui
