#pragma once

// Asynchronous D-Bus calls without a nested event loop: the answer (or the error) is handed to a
// callback that runs only while `context` lives.

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QObject>

#include <utility>

namespace kd::dbus {

template <typename F>
void callAsync(const QDBusConnection &bus, const QDBusMessage &call, QObject *context, F onReply,
               int timeoutMs = -1)
{
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, timeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, onReply = std::move(onReply)]() mutable {
                         const QDBusMessage reply = watcher->reply();
                         watcher->deleteLater();
                         onReply(reply);
                     });
}

inline bool isError(const QDBusMessage &reply)
{
    return reply.type() != QDBusMessage::ReplyMessage;
}

inline QVariant firstArgument(const QDBusMessage &reply)
{
    return isError(reply) ? QVariant() : reply.arguments().value(0);
}

} // namespace kd::dbus
