#pragma once

// The Version tab: the server's version and what it supports.

#include "ui/tabpage.h"

class QFormLayout;
class QLabel;

namespace kd {

class Session;
class VersionLoader;

class VersionTab final : public TabPage
{
    Q_OBJECT
public:
    VersionTab(VersionLoader *loader, Session *session, QWidget *parent = nullptr);
    void refresh() override;
    QString title() const override;
    static QString tabTitle();
    QString summaryText() const;

private:
    void update();

    VersionLoader *m_loader;
    Session *m_session;
    QLabel *m_server;
    QFormLayout *m_form;
    QLabel *m_versionId;
    QLabel *m_copyright;
    QLabel *m_client;
    QLabel *m_supports;
};

} // namespace kd
