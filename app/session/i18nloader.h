#pragma once

// The i18n tab's loader (GET /api/config/i18n, offered by Kimai 1.x only).

#include "core/entities.h"
#include "session/loader.h"

namespace kd {

class KimaiClient;
class Session;

class I18nLoader : public Loader
{
    Q_OBJECT
public:
    I18nLoader(KimaiClient *client, Session *session, QObject *parent = nullptr);
    void refresh() override;
    I18nConfig config() const { return m_config; }
    bool notOffered() const { return m_notOffered; }

private:
    I18nConfig m_config;
    bool m_notOffered = false;
};

} // namespace kd
