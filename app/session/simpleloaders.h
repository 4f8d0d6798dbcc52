#pragma once

// Loaders for the small tabs: Ping (with a repeat timer and a history of round-trip times),
// Version and i18n.

#include "core/entities.h"
#include "session/loader.h"

#include <QList>
#include <QTimer>

namespace kd {

class Session;

class PingLoader : public Loader
{
    Q_OBJECT
public:
    struct Sample
    {
        QDateTime at;        // UTC
        qint64 ms = -1;      // -1: failed
        QString answer;
    };

    explicit PingLoader(Session *session, QObject *parent = nullptr);

    void refresh() override;
    void reset() override;
    const QList<Sample> &history() const { return m_history; }   // newest last, at most kMaxHistory
    QString lastAnswer() const { return m_lastAnswer; }
    // Repeats every `seconds` (0 stops).
    void setRepeatSeconds(int seconds);
    int repeatSeconds() const { return m_repeatSeconds; }

    static constexpr int kMaxHistory = 50;

Q_SIGNALS:
    void historyChanged();

private:
    Session *m_session;
    QList<Sample> m_history;
    QString m_lastAnswer;
    QTimer m_repeat;
    int m_repeatSeconds = 0;
};

class VersionLoader : public Loader
{
    Q_OBJECT
public:
    explicit VersionLoader(Session *session, QObject *parent = nullptr);
    void refresh() override;
    Version version() const { return m_version; }

private:
    Session *m_session;
    Version m_version;
};

class I18nLoader : public Loader
{
    Q_OBJECT
public:
    explicit I18nLoader(Session *session, QObject *parent = nullptr);
    void refresh() override;
    I18nConfig config() const { return m_config; }
    bool notOffered() const { return m_notOffered; }

private:
    Session *m_session;
    I18nConfig m_config;
    bool m_notOffered = false;
};

} // namespace kd
