#pragma once

// The Version tab's loader (GET /api/version).

#include "core/entities.h"
#include "session/loader.h"

namespace kd {

class KimaiClient;
class Session;

class VersionLoader : public Loader
{
    Q_OBJECT
public:
    VersionLoader(KimaiClient *client, Session *session, QObject *parent = nullptr);
    void refresh() override;
    Version version() const { return m_version; }

private:
    Version m_version;
};

} // namespace kd
