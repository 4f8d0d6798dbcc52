#pragma once

#include "api/apierror.h"
#include "api/apireply.h"
#include "core/exchange.h"

#include <QObject>
#include <QPointer>

namespace kd {

class KimaiClient;
class Session;

// Base of the per-tab loaders: one state, the last error, and the exchange behind what is shown
// (the inspector displays it). A new load cancels the one in flight; the end of the session resets
// the loader (reset()).
class Loader : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)

    Loader(KimaiClient *client, Session *session, QObject *parent = nullptr);

    State state() const { return m_state; }
    const ApiError &error() const { return m_error; }
    const Exchange &exchange() const { return m_exchange; }
    bool isLoading() const { return m_state == State::Loading; }

    virtual void refresh() = 0;
    // Loads once; later calls do nothing until refresh() or reset().
    void ensureLoaded();
    // Forget everything (logout).
    virtual void reset();

Q_SIGNALS:
    void stateChanged(kd::Loader::State state);
    // A failure because the server could not be reached was forgotten since the server answered
    // another request: what shows this loader may load again.
    void failureForgotten();
    void exchangeChanged(const kd::Exchange &exchange);

protected:
    KimaiClient *client() const { return m_client; }
    Session *session() const { return m_session; }
    void setLoading();
    void setReady();
    void setFailed(const ApiError &error);
    void showExchange(const Exchange &exchange);
    // Tracks a reply as the current one (aborting the previous).
    void track(ApiReply *reply);
    bool isCurrent(const ApiReply *reply) const { return m_current == reply; }

private:
    void forgetTransientFailure();

    KimaiClient *m_client;
    Session *m_session;
    State m_state = State::Idle;
    ApiError m_error;
    Exchange m_exchange;
    QPointer<ApiReply> m_current;
};

} // namespace kd
