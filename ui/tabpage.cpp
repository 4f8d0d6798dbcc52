#include "ui/tabpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace kd {

TabPage::TabPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(4);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading"));
    m_progress->hide();
    layout->addWidget(m_progress);

    m_errorBanner = new QWidget(this);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setAutoFillBackground(true);
    QPalette pal = m_errorBanner->palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    pal.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x12));
    m_errorBanner->setPalette(pal);
    auto *bannerLayout = new QHBoxLayout(m_errorBanner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    m_errorIcon = new QLabel(m_errorBanner);   // the icon is loaded with the first error
    m_errorIcon->setFixedSize(20, 20);
    bannerLayout->addWidget(m_errorIcon, 0, Qt::AlignTop);
    m_errorLabel = new QLabel(m_errorBanner);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_errorLabel, 1);
    m_retry = new QPushButton(tr("Retry"), m_errorBanner);
    bannerLayout->addWidget(m_retry, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, &TabPage::refresh);
    m_errorBanner->hide();
    layout->addWidget(m_errorBanner);

    m_content = new QVBoxLayout();
    m_content->setContentsMargins(6, 2, 6, 6);
    layout->addLayout(m_content, 1);
}

void TabPage::activate()
{
    if (m_loader)
        m_loader->ensureLoaded();
}

Exchange TabPage::currentExchange() const
{
    return m_loader ? m_loader->exchange() : Exchange();
}

bool TabPage::isLoaded() const
{
    return m_loader && (m_loader->state() == Loader::State::Ready || m_loader->state() == Loader::State::Failed);
}

QString TabPage::errorText() const
{
    return m_loader && m_loader->state() == Loader::State::Failed ? m_loader->error().message() : QString();
}

void TabPage::setLoader(Loader *loader)
{
    m_loader = loader;
    connect(loader, &Loader::stateChanged, this, &TabPage::onLoaderState);
    // The server is back: a tab that showed "cannot reach the server" loads again if it is shown.
    connect(loader, &Loader::failureForgotten, this, [this] {
        if (isVisible())
            activate();
    });
    connect(loader, &Loader::exchangeChanged, this, &TabPage::exchangeChanged);
    onLoaderState(loader->state());
}

void TabPage::onLoaderState(Loader::State state)
{
    m_progress->setVisible(state == Loader::State::Loading);
    const bool failed = state == Loader::State::Failed;
    if (failed) {
        if (m_errorIcon->pixmap().isNull())
            m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
        const ApiError &e = m_loader->error();
        m_errorLabel->setText(QStringLiteral("<b>%1</b><br>%2").arg(ApiError::kindTitle(e.kind()).toHtmlEscaped(),
                                                                     e.message().toHtmlEscaped()));
    }
    m_errorBanner->setVisible(failed);
    Q_EMIT loadedChanged();
}

} // namespace kd
