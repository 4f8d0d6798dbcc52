#include "session/pingloader.h"

#include "api/kimaiclient.h"
#include "core/clock.h"

namespace kd {

PingLoader::PingLoader(KimaiClient *client, Session *session, QObject *parent)
    : Loader(client, session, parent)
{
    connect(&m_repeat, &QTimer::timeout, this, &PingLoader::refresh);
}

void PingLoader::refresh()
{
    auto *reply = client()->ping();
    track(reply);
    setLoading();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!isCurrent(reply))
            return;
        showExchange(reply->exchange());
        Sample s;
        s.at = client()->clock()->now();
        if (reply->ok()) {
            s.ms = reply->exchange().elapsedMs;
            s.answer = reply->result();
            m_lastAnswer = s.answer;
        }
        m_history.append(s);
        while (m_history.size() > kMaxHistory)
            m_history.removeFirst();
        Q_EMIT historyChanged();
        if (reply->ok())
            setReady();
        else
            setFailed(reply->error());
    });
}

void PingLoader::reset()
{
    m_repeat.stop();
    m_repeatSeconds = 0;
    m_history.clear();
    m_lastAnswer.clear();
    Loader::reset();
    Q_EMIT historyChanged();
}

void PingLoader::setRepeatSeconds(int seconds)
{
    m_repeatSeconds = qMax(0, seconds);
    if (m_repeatSeconds == 0) {
        m_repeat.stop();
        return;
    }
    m_repeat.start(m_repeatSeconds * 1000);
}

} // namespace kd
