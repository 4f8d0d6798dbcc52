#pragma once

// The app's one path for notifications. A notice goes to the desktop's notification server
// (DesktopNotifications: buttons where it has them, one notification per kind, a new one replacing
// the shown one). Where that cannot show it — no server, a refused Notify, or buttons that the
// server cannot show — the UI is asked to show it another way (fallback(): the tray balloon, then a
// small window). An answer, from the desktop or from that window, comes back as actionInvoked().
// Which kinds are shown at all is the caller's business (the settings say so).

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace kd {

class DesktopNotifications;

class Notices : public QObject
{
    Q_OBJECT
public:
    // The kinds of notice.
    static QString idleKind() { return QStringLiteral("idle"); }
    static QString forgottenKind() { return QStringLiteral("forgotten"); }
    static QString notTrackingKind() { return QStringLiteral("not-tracking"); }
    static QString targetKind() { return QStringLiteral("target"); }
    static QString timerKind() { return QStringLiteral("timer"); }   // started/stopped while away
    // The action key of a click on the notification's body.
    static QString defaultAction() { return QStringLiteral("default"); }

    struct Action
    {
        QString key;
        QString label;
    };

    struct Notice
    {
        QString kind;
        QString title;
        QString body;
        QList<Action> actions;    // buttons; a "default" action is a click on the body
        QDateTime moment;         // a moment the answer window lets the user change (invalid: none)
        QString momentAction;     // the action that takes it (its button sits beside the moment)
        QString momentLabel;      // that button's label in the window
        bool urgent = false;
        bool persistent = false;  // stays until answered (a question)
        // The buttons, without the "default" one.
        QList<Action> buttons() const;
    };

    explicit Notices(QObject *parent = nullptr);
    ~Notices() override;

    // The desktop's notification server (nullptr: none; everything goes to fallback()).
    void setDesktop(DesktopNotifications *desktop);
    DesktopNotifications *desktop() const { return m_desktop; }
    // Whether notices are shown with their buttons by the desktop (false until it has answered).
    bool desktopHasButtons() const;

    // Shows `notice`, replacing the shown one of its kind.
    void show(const Notice &notice);
    // Takes the notice of `kind` away (answered elsewhere, or no longer true).
    void withdraw(const QString &kind);
    bool isShown(const QString &kind) const { return m_current.contains(kind); }
    Notice current(const QString &kind) const { return m_current.value(kind); }

    // An answer given in the UI's window (or the tray balloon's click): as if from the desktop.
    // `moment`: the moment the window let the user pick (invalid when none).
    void answer(const QString &kind, const QString &action, const QDateTime &moment = {});

Q_SIGNALS:
    // `moment` is valid only for answers from the window that showed a moment.
    void actionInvoked(const QString &kind, const QString &action, const QDateTime &moment);
    // Show it another way. `textShown`: the desktop shows its text, only its buttons are missing.
    void fallback(const kd::Notices::Notice &notice, bool textShown);
    void withdrawn(const QString &kind);

private:
    void onDesktopFailed(const QString &kind);
    void onDesktopAction(const QString &kind, const QString &action);

    DesktopNotifications *m_desktop = nullptr;   // outlives this (AppCore)
    QHash<QString, Notice> m_current;
};

} // namespace kd
