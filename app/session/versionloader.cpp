#include "session/versionloader.h"

#include "api/kimaiclient.h"

namespace kd {

VersionLoader::VersionLoader(KimaiClient *client, Session *session, QObject *parent)
    : Loader(client, session, parent)
{
}

void VersionLoader::refresh()
{
    auto *reply = client()->version();
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

} // namespace kd
