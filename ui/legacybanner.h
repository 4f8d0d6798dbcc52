#pragma once

#include <QFrame>
#include <QUrl>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace kd {

class Session;

// "Kimai is removing API passwords — create an API token": shown above the tabs while the session
// uses an API password on a Kimai that slows them down and will drop them (2.54+), with a button
// that opens the user's API token page of that Kimai in the browser. Dismissed for the session.
class LegacyBanner final : public QFrame
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit LegacyBanner(Session *session, QWidget *parent = nullptr);

    // Replaces QDesktopServices::openUrl (tests).
    void setUrlOpener(UrlOpener opener) { m_open = std::move(opener); }
    QPushButton *createButton() const { return m_create; }
    QToolButton *dismissButton() const { return m_dismiss; }
    QString text() const;

private:
    void refreshState();

    Session *m_session;
    QLabel *m_text;
    QPushButton *m_create;
    QToolButton *m_dismiss;
    UrlOpener m_open;
    bool m_dismissed = false;
};

} // namespace kd
