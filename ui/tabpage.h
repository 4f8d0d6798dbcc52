#pragma once

#include "core/exchange.h"
#include "session/loader.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace kd {

// Base of every tab: a slim progress bar while loading, an inline error banner with Retry (no
// modal pop-ups for routine errors), and the content below. The exchange behind the tab goes to the
// inspector beside it.
class TabPage : public QWidget
{
    Q_OBJECT
public:
    explicit TabPage(QWidget *parent = nullptr);

    virtual void refresh() = 0;        // F5
    virtual void activate();           // the tab became visible: load if needed
    virtual void focusFilter() {}      // Ctrl+F
    virtual QString title() const = 0;

    Loader *loader() const { return m_loader; }
    Exchange currentExchange() const;
    bool isLoaded() const;             // for --screenshot: done (ready or failed)
    QString errorText() const;

Q_SIGNALS:
    void exchangeChanged(const kd::Exchange &exchange);
    void loadedChanged();

protected:
    // Call from the subclass constructor; the loader's state drives progress and errors.
    void setLoader(Loader *loader);
    QVBoxLayout *contentLayout() const { return m_content; }
    virtual void onLoaderState(Loader::State state);

private:
    QPointer<Loader> m_loader;
    QProgressBar *m_progress;
    QWidget *m_errorBanner;
    QLabel *m_errorIcon;
    QLabel *m_errorLabel;
    QPushButton *m_retry;
    QVBoxLayout *m_content;
};

} // namespace kd
