#include "session/notices.h"

#include "desktop/desktopnotifications.h"

namespace kd {

QList<Notices::Action> Notices::Notice::buttons() const
{
    QList<Action> list;
    for (const Action &a : actions) {
        if (a.key != defaultAction())
            list.append(a);
    }
    return list;
}

Notices::Notices(QObject *parent)
    : QObject(parent)
{
}

Notices::~Notices() = default;

void Notices::setDesktop(DesktopNotifications *desktop)
{
    if (m_desktop)
        m_desktop->disconnect(this);
    m_desktop = desktop;
    if (!desktop)
        return;
    connect(desktop, &DesktopNotifications::failed, this, &Notices::onDesktopFailed);
    connect(desktop, &DesktopNotifications::actionInvoked, this, &Notices::onDesktopAction);
    // Notices shown before the server said what it can: those whose buttons it cannot show need
    // another way to be answered (a server that is not there fails them one by one).
    connect(desktop, &DesktopNotifications::ready, this, [this](bool available) {
        if (!available || !m_desktop || m_desktop->supportsActions())
            return;
        for (const Notice &n : std::as_const(m_current)) {
            if (!n.buttons().isEmpty())
                Q_EMIT fallback(n, true);
        }
    });
}

bool Notices::desktopHasButtons() const
{
    return m_desktop && m_desktop->isReady() && m_desktop->available() && m_desktop->supportsActions();
}

void Notices::show(const Notice &notice)
{
    m_current.insert(notice.kind, notice);
    if (!m_desktop || (m_desktop->isReady() && !m_desktop->available())) {
        Q_EMIT fallback(notice, false);
        return;
    }
    DesktopNotifications::Notification n;
    n.kind = notice.kind;
    n.title = notice.title;
    n.body = notice.body;
    for (const Action &a : notice.actions)
        n.actions.append({a.key, a.label});
    n.urgency = notice.urgent ? DesktopNotifications::Urgency::Critical : DesktopNotifications::Urgency::Normal;
    n.timeoutMs = notice.persistent ? 0 : -1;
    m_desktop->notify(n);
    if (m_desktop->isReady() && !m_desktop->supportsActions() && !notice.buttons().isEmpty())
        Q_EMIT fallback(notice, true);
}

void Notices::withdraw(const QString &kind)
{
    const bool was = m_current.remove(kind) > 0;
    if (m_desktop)
        m_desktop->close(kind);
    if (was)
        Q_EMIT withdrawn(kind);
}

void Notices::answer(const QString &kind, const QString &action, const QDateTime &moment)
{
    if (!m_current.contains(kind))
        return;   // answered or withdrawn meanwhile
    if (action != defaultAction()) {
        m_current.remove(kind);
        if (m_desktop)
            m_desktop->close(kind);
        Q_EMIT withdrawn(kind);
    }
    Q_EMIT actionInvoked(kind, action, moment);
}

void Notices::onDesktopFailed(const QString &kind)
{
    const auto it = m_current.constFind(kind);
    if (it != m_current.cend())
        Q_EMIT fallback(*it, false);
}

void Notices::onDesktopAction(const QString &kind, const QString &action)
{
    answer(kind, action);
}

} // namespace kd
