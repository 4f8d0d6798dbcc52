#pragma once

// The i18n tab: Kimai 1.x formats, the user's locale and timezone, the clocks.

#include "ui/tabpage.h"

class QLabel;

namespace kd {

class I18nLoader;
class Session;

class I18nTab final : public TabPage
{
    Q_OBJECT
public:
    I18nTab(I18nLoader *loader, Session *session, QWidget *parent = nullptr);
    void refresh() override;
    QString title() const override;
    static QString tabTitle();
    QString bodyText() const;

private:
    void update();

    I18nLoader *m_loader;
    Session *m_session;
    QLabel *m_body;
};

} // namespace kd
