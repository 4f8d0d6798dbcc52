#include "session/simpleloaders.h"

#include "api/kimaiclient.h"
#include "core/clock.h"
#include "session/session.h"

namespace kd {

PingLoader::PingLoader(Session *session, QObject *parent)
    : Loader(parent)
    , m_session(session)
{
    connect(&m_repeat, &QTimer::timeout, this, &PingLoader::refresh);
}

void PingLoader::refresh()
{
    KimaiClient *client = m_session->client();
    auto *reply = client->ping();
    track(reply);
    setLoading();
    connect(reply, &ApiReply::finished, this, [this, reply, client] {
        if (!isCurrent(reply))
            return;
        showExchange(reply->exchange());
        Sample s;
        s.at = client->clock()->now();
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

VersionLoader::VersionLoader(Session *session, QObject *parent)
    : Loader(parent)
    , m_session(session)
{
}

void VersionLoader::refresh()
{
    auto *reply = m_session->client()->version();
    track(reply);
    setLoading();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!isCurrent(reply))
            return;
        showExchange(reply->exchange());
        if (!reply->ok()) {
            setFailed(reply->error());
            return;
        }
        m_version = reply->result();
        setReady();
    });
}

I18nLoader::I18nLoader(Session *session, QObject *parent)
    : Loader(parent)
    , m_session(session)
{
}

void I18nLoader::refresh()
{
    auto *reply = m_session->client()->i18nConfig();
    track(reply);
    setLoading();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!isCurrent(reply))
            return;
        showExchange(reply->exchange());
        if (!reply->ok()) {
            setFailed(reply->error());
            return;
        }
        m_config = reply->result();
        m_notOffered = reply->notOffered();
        setReady();
    });
}

} // namespace kd
