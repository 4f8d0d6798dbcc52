#include "session/loader.h"

#include "api/apireply.h"
#include "session/session.h"

namespace kd {

Loader::Loader(KimaiClient *client, Session *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
{
    connect(session, &Session::ended, this, &Loader::reset);
    connect(session, &Session::serverAnswered, this, &Loader::forgetTransientFailure);
}

void Loader::forgetTransientFailure()
{
    if (m_state != State::Failed)
        return;
    if (!m_error.meansUnreachable())
        return;   // a refusal (401, 403, 400) or a server error stays until the person acts
    m_error = ApiError();
    m_state = State::Idle;
    Q_EMIT stateChanged(m_state);
    Q_EMIT failureForgotten();
}

void Loader::ensureLoaded()
{
    if (m_state == State::Idle || m_state == State::Failed)
        refresh();
}

void Loader::reset()
{
    if (m_current)
        m_current->abort();
    m_current.clear();
    m_error = ApiError();
    m_exchange = Exchange();
    m_state = State::Idle;
    Q_EMIT stateChanged(m_state);
}

void Loader::setLoading()
{
    m_state = State::Loading;
    Q_EMIT stateChanged(m_state);
}

void Loader::setReady()
{
    m_error = ApiError();
    m_state = State::Ready;
    Q_EMIT stateChanged(m_state);
}

void Loader::setFailed(const ApiError &error)
{
    m_error = error;
    m_state = State::Failed;
    Q_EMIT stateChanged(m_state);
}

void Loader::showExchange(const Exchange &exchange)
{
    if (!exchange.isValid())
        return;
    m_exchange = exchange;
    Q_EMIT exchangeChanged(m_exchange);
}

void Loader::track(ApiReply *reply)
{
    if (m_current && m_current != reply) {
        ApiReply *old = m_current;
        m_current = reply;
        old->abort();
    }
    m_current = reply;
}

} // namespace kd
