#pragma once

// The Ping tab's loader: one ping, or one every few seconds, with a history of round-trip times.

#include "session/loader.h"

#include <QDateTime>
#include <QList>
#include <QTimer>

namespace kd {

class KimaiClient;
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

    PingLoader(KimaiClient *client, Session *session, QObject *parent = nullptr);

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
    QList<Sample> m_history;
    QString m_lastAnswer;
    QTimer m_repeat;
    int m_repeatSeconds = 0;
};

} // namespace kd
