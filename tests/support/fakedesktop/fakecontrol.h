#pragma once

// The fake desktop's own control interface on the session bus (org.kimaidesk.FakeDesktop at
// /org/kimaidesk/FakeDesktop), through which a test plays the user and the system.

#include <QObject>

namespace kd::test {

class FakeLogindManager;
class FakeLogindSession;
class FakeMutter;
class FakeNotifications;
class UserActivity;

class FakeControl : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kimaidesk.FakeDesktop")
public:
    struct Parts
    {
        UserActivity *activity = nullptr;
        FakeMutter *mutter = nullptr;                 // null when not offered
        FakeNotifications *notifications = nullptr;
        FakeLogindManager *manager = nullptr;
        FakeLogindSession *session = nullptr;
    };
    explicit FakeControl(const Parts &parts, QObject *parent = nullptr);

public Q_SLOTS:
    // The user's last input was `ms` ago (0: input now).
    void SetIdleTime(qulonglong ms);
    // logind's Session signals (a request to lock, as `loginctl lock-session` sends) ...
    void EmitLock();
    void EmitUnlock();
    // ... and the locker's report of the state.
    void SetLockedHint(bool locked);
    void PrepareForSleep(bool start);
    // The user clicks an action button (then the notification closes), or dismisses it.
    bool InvokeAction(uint id, const QString &key);
    bool DismissNotification(uint id);
    // How many inhibitor file descriptors the clients still hold open.
    int OpenInhibitors();
    // Everything seen so far, as JSON: {"notify": [...], "close": [ids], "inhibit": [...],
    // "getSession": [ids], "idleQueries": n, "mutterWatches": n}.
    QString Log();
    void Quit();

private:
    Parts m_parts;
};

} // namespace kd::test
