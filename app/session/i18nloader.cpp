#include "session/i18nloader.h"

#include "api/kimaiclient.h"

namespace kd {

I18nLoader::I18nLoader(KimaiClient *client, Session *session, QObject *parent)
    : Loader(client, session, parent)
{
}

void I18nLoader::refresh()
{
    auto *reply = client()->i18nConfig();
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
