#include "ui/pingtab.h"

#include "session/pingloader.h"
#include "ui/headline.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kd {

PingChart::PingChart(PingLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
{
    setMinimumHeight(90);
    connect(loader, &PingLoader::historyChanged, this, qOverload<>(&QWidget::update));
}

void PingChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(1, 1, -1, -16);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area);
    const auto &history = m_loader->history();
    if (history.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter, tr("No pings yet"));
        return;
    }
    qint64 max = 1;
    for (const auto &s : history)
        max = qMax(max, s.ms);
    const int n = PingLoader::kMaxHistory;
    const double w = double(area.width()) / n;
    for (int i = 0; i < history.size(); ++i) {
        const auto &s = history.at(i);
        const double x = area.left() + (n - history.size() + i) * w;
        if (s.ms < 0) {
            p.fillRect(QRectF(x + 1, area.top() + 1, w - 2, area.height() - 2), QColor(0xd9, 0x3f, 0x2f, 120));
            continue;
        }
        const double h = qMax(2.0, (area.height() - 4) * double(s.ms) / double(max));
        p.fillRect(QRectF(x + 1, area.bottom() - h, w - 2, h), palette().color(QPalette::Highlight));
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(rect().adjusted(2, 0, -2, 0), Qt::AlignBottom | Qt::AlignRight, tr("max %1 ms").arg(QLocale().toString(max)));
    p.drawText(rect().adjusted(2, 0, -2, 0), Qt::AlignBottom | Qt::AlignLeft, tr("last %Ln ping(s)", nullptr, int(history.size())));
}

PingTab::PingTab(PingLoader *loader, QWidget *parent)
    : TabPage(parent)
    , m_loader(loader)
{
    m_answer = new Headline(2.2, this);
    m_time = new QLabel(this);
    m_stats = new QLabel(this);
    m_stats->setWordWrap(true);

    m_again = new QPushButton(tr("Ping again"), this);
    m_repeat = new QCheckBox(tr("Repeat every"), this);
    m_every = new QSpinBox(this);
    m_every->setRange(1, 3600);
    m_every->setValue(5);
    m_every->setSuffix(tr(" s"));
    m_every->setAccessibleName(tr("Repeat interval in seconds"));
    auto *row = new QHBoxLayout();
    row->addWidget(m_again);
    row->addSpacing(12);
    row->addWidget(m_repeat);
    row->addWidget(m_every);
    row->addStretch(1);

    m_chart = new PingChart(loader, this);
    m_caption = new QLabel(this);
    contentLayout()->addWidget(m_caption);
    contentLayout()->addWidget(m_answer);
    contentLayout()->addWidget(m_time);
    contentLayout()->addLayout(row);
    contentLayout()->addWidget(m_chart);
    contentLayout()->addWidget(m_stats);
    contentLayout()->addStretch(1);

    connect(m_again, &QPushButton::clicked, this, &PingTab::refresh);
    auto applyRepeat = [this] { m_loader->setRepeatSeconds(m_repeat->isChecked() ? m_every->value() : 0); };
    connect(m_repeat, &QCheckBox::toggled, this, applyRepeat);
    connect(m_every, &QSpinBox::valueChanged, this, applyRepeat);
    connect(loader, &PingLoader::historyChanged, this, &PingTab::update);
    setLoader(loader);
    update();
}

QString PingTab::title() const
{
    return tabTitle();
}

QString PingTab::tabTitle()
{
    return tr("Ping");
}

void PingTab::refresh()
{
    m_loader->refresh();
}

void PingTab::activate()
{
    if (m_loader->history().isEmpty() && !m_loader->isLoading())
        m_loader->refresh();
}

void PingTab::update()
{
    const auto &h = m_loader->history();
    const QLocale locale;
    if (h.isEmpty()) {
        m_caption->setText(tr("The server answered:"));
        m_answer->setText(QStringLiteral("—"));
        m_time->clear();
        m_stats->clear();
        return;
    }
    const auto &last = h.constLast();
    // A failed ping has no answer to show: say so instead of "answered: no answer".
    m_caption->setText(last.ms < 0 ? tr("The server did not answer the last ping.") : tr("The server answered:"));
    m_answer->setVisible(last.ms >= 0);
    m_answer->setText(last.ms < 0 ? QString() : last.answer);
    m_time->setText(last.ms < 0 ? tr("The last ping failed.") : tr("Round trip: %1 ms").arg(locale.toString(last.ms)));
    qint64 min = -1;
    qint64 max = 0;
    qint64 sum = 0;
    int ok = 0;
    for (const auto &s : h) {
        if (s.ms < 0)
            continue;
        ++ok;
        sum += s.ms;
        max = qMax(max, s.ms);
        min = min < 0 ? s.ms : qMin(min, s.ms);
    }
    if (ok == 0) {
        m_stats->setText(tr("%Ln ping(s), none answered.", nullptr, int(h.size())));
        return;
    }
    m_stats->setText(tr("%Ln ping(s): min %1 ms · average %2 ms · max %3 ms · failed: %4", nullptr, int(h.size()))
                         .arg(locale.toString(min), locale.toString(sum / ok), locale.toString(max),
                              locale.toString(int(h.size()) - ok)));
}

} // namespace kd
