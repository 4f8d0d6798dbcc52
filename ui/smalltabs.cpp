#include "ui/smalltabs.h"

#include "api/kimaiclient.h"
#include "core/clock.h"
#include "core/duration.h"
#include "core/kimaidatetime.h"
#include "session/session.h"
#include "session/simpleloaders.h"
#include "ui/headline.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QtGlobal>

namespace kd {

namespace {
QString yes(bool b, const QString &yesText, const QString &noText)
{
    return (b ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + (b ? yesText : noText);
}
} // namespace

// --- Ping --------------------------------------------------------------------------------------

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
    p.drawText(rect().adjusted(2, 0, -2, 0), Qt::AlignBottom | Qt::AlignRight, tr("max %1 ms").arg(max));
    p.drawText(rect().adjusted(2, 0, -2, 0), Qt::AlignBottom | Qt::AlignLeft, tr("last %n ping(s)", nullptr, int(history.size())));
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
    contentLayout()->addWidget(new QLabel(tr("The server answered:"), this));
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
    if (h.isEmpty()) {
        m_answer->setText(QStringLiteral("—"));
        m_time->clear();
        m_stats->clear();
        return;
    }
    const auto &last = h.constLast();
    m_answer->setText(last.ms < 0 ? tr("no answer") : last.answer);
    m_time->setText(last.ms < 0 ? tr("The last ping failed.") : tr("Round trip: %1 ms").arg(last.ms));
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
        m_stats->setText(tr("%n ping(s), none answered.", nullptr, int(h.size())));
        return;
    }
    m_stats->setText(tr("%n ping(s): min %1 ms · average %2 ms · max %3 ms · failed: %4", nullptr, int(h.size()))
                         .arg(min)
                         .arg(sum / ok)
                         .arg(max)
                         .arg(int(h.size()) - ok));
}

// --- Version -----------------------------------------------------------------------------------

VersionTab::VersionTab(VersionLoader *loader, Session *session, QWidget *parent)
    : TabPage(parent)
    , m_loader(loader)
    , m_session(session)
{
    m_server = new Headline(1.8, this);
    contentLayout()->addWidget(m_server);
    m_form = new QFormLayout();
    m_versionId = new QLabel(this);
    m_copyright = new QLabel(this);
    m_client = new QLabel(this);
    m_supports = new QLabel(this);
    m_supports->setTextFormat(Qt::RichText);
    m_supports->setWordWrap(true);
    for (QLabel *l : {m_versionId, m_copyright, m_client})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(tr("Version ID:"), m_versionId);
    m_form->addRow(tr("Copyright:"), m_copyright);
    m_form->addRow(tr("Kimai Desk:"), m_client);
    m_form->addRow(tr("This server supports:"), m_supports);
    contentLayout()->addLayout(m_form);
    contentLayout()->addStretch(1);
    connect(loader, &Loader::stateChanged, this, &VersionTab::update);
    connect(session, &Session::infoChanged, this, &VersionTab::update);
    setLoader(loader);
    update();
}

QString VersionTab::title() const
{
    return tabTitle();
}

QString VersionTab::tabTitle()
{
    return tr("Version");
}

void VersionTab::refresh()
{
    m_loader->refresh();
}

QString VersionTab::summaryText() const
{
    return m_server->text() + QLatin1Char('\n') + m_versionId->text() + QLatin1Char('\n') + m_supports->text();
}

void VersionTab::update()
{
    Version v = m_loader->state() == Loader::State::Ready ? m_loader->version() : m_session->info().version;
    if (v.version.isEmpty()) {
        m_server->setText(QStringLiteral("—"));
        return;
    }
    m_server->setText(tr("Kimai %1").arg(v.version));
    m_versionId->setText(QString::number(v.versionId));
    m_copyright->setText(v.copyright);
    m_client->setText(tr("%1 (Qt %2 at run time, built with Qt %3)")
                          .arg(QStringLiteral(KD_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    const AuthScheme scheme = m_session->client()->resolvedScheme();
    QStringList lines;
    lines << yes(v.supportsBearer(), tr("API tokens (Authorization: Bearer) — Kimai 2.14 and later"),
                 tr("API tokens (Authorization: Bearer) — only Kimai 2.14 and later"));
    lines << yes(v.supportsLegacyAuth(),
                 v.major() >= 2 ? tr("API passwords (X-AUTH headers) — deprecated since 2.14, removed in 3.0")
                                : tr("API passwords (X-AUTH headers)"),
                 tr("API passwords (X-AUTH headers) — removed in Kimai 3.0"));
    lines << yes(v.hasI18nEndpoint(), tr("The /api/config/i18n endpoint (Kimai 1.x)"),
                 tr("The /api/config/i18n endpoint — removed in Kimai 2.0"));
    lines << tr("Signed in with: %1")
                 .arg(scheme == AuthScheme::Legacy ? tr("API password (legacy X-AUTH)") : tr("API token (Bearer)"));
    m_supports->setText(lines.join(QStringLiteral("<br>")));
}

// --- i18n --------------------------------------------------------------------------------------

I18nTab::I18nTab(I18nLoader *loader, Session *session, QWidget *parent)
    : TabPage(parent)
    , m_loader(loader)
    , m_session(session)
{
    m_body = new QLabel(this);
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_body);
    contentLayout()->addStretch(1);
    connect(loader, &Loader::stateChanged, this, &I18nTab::update);
    connect(session, &Session::infoChanged, this, &I18nTab::update);
    setLoader(loader);
    update();
}

QString I18nTab::title() const
{
    return tabTitle();
}

QString I18nTab::tabTitle()
{
    return tr("i18n");
}

void I18nTab::refresh()
{
    m_loader->refresh();
}

QString I18nTab::bodyText() const
{
    return m_body->text();
}

void I18nTab::update()
{
    if (m_loader->state() != Loader::State::Ready) {
        m_body->clear();
        return;
    }
    const SessionInfo &info = m_session->info();
    const User &u = info.user;
    auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td style='padding-right:14px'>%1</td><td><b>%2</b></td></tr>")
            .arg(k.toHtmlEscaped(), v.isEmpty() ? QStringLiteral("—") : v.toHtmlEscaped());
    };
    QString html;
    if (!m_loader->notOffered()) {
        const I18nConfig c = m_loader->config();
        html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Formats from /api/config/i18n (Kimai 1.x)").toHtmlEscaped());
        html += row(tr("Date in forms"), c.formDate) + row(tr("Date and time"), c.dateTime) + row(tr("Date"), c.date)
            + row(tr("Time"), c.time) + row(tr("Duration"), c.duration)
            + row(tr("24-hour clock"), c.is24hours ? tr("Yes") : tr("No"))
            + row(tr("Server time"), c.now.isValid() ? QLocale().toString(c.now, QLocale::LongFormat) : QString());
        html += QStringLiteral("</table>");
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("This Kimai does not offer /api/config/i18n: the endpoint was removed in Kimai 2.0. "
                            "Kimai 2 takes language, locale and timezone from the user profile instead:")
                             .toHtmlEscaped());
    }
    html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Your Kimai profile (/api/users/me)").toHtmlEscaped());
    html += row(tr("Language"), u.language) + row(tr("Locale"), u.locale) + row(tr("Timezone"), u.timezone);
    html += QStringLiteral("</table>");

    const TimesheetConfig &tc = info.timesheetConfig;
    html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Timesheet configuration (/api/config/timesheet)").toHtmlEscaped());
    html += row(tr("Tracking mode"), tc.trackingMode) + row(tr("Default begin time"), tc.defaultBeginTime)
        + row(tr("Running entries allowed"), QString::number(tc.activeEntriesHardLimit))
        + row(tr("Future times allowed"), tc.isAllowFutureTimes ? tr("Yes") : tr("No"))
        + row(tr("Overlapping entries allowed"), tc.isAllowOverlapping ? tr("Yes") : tr("No"));
    html += QStringLiteral("</table>");

    const QLocale locale(u.locale.isEmpty() ? QStringLiteral("en") : u.locale);
    const QTimeZone zone = KimaiDateTime::zoneFromId(u.timezone);
    const KimaiClient *client = m_session->client();
    const QDateTime now = client->clock()->now().addMSecs(client->serverClockOffsetMs()).toTimeZone(zone);
    html += QStringLiteral("<h3>%1</h3><table>").arg(tr("How Kimai Desk formats for locale %1").arg(locale.name()).toHtmlEscaped());
    html += row(tr("Date"), locale.toString(now.date(), QLocale::ShortFormat))
        + row(tr("Long date"), locale.toString(now.date(), QLocale::LongFormat))
        + row(tr("Time"), locale.toString(now.time(), QLocale::ShortFormat))
        + row(tr("Duration"), Duration::hoursMinutes(2 * 3600 + 45 * 60) + QStringLiteral("  ·  ")
                                  + Duration::decimalHours(2 * 3600 + 45 * 60, locale) + QStringLiteral(" h"))
        + row(tr("Number"), locale.toString(1234.5, 'f', 2));
    html += QStringLiteral("</table>");

    const qint64 skew = client->serverClockOffsetMs();
    const QString skewText = qAbs(skew) < 1000
        ? tr("The server's clock and this computer's agree (within a second).")
        : (skew > 0 ? tr("The server's clock is %1 s ahead of this computer's.").arg(skew / 1000)
                    : tr("The server's clock is %1 s behind this computer's.").arg(-skew / 1000));
    html += QStringLiteral("<h3>%1</h3><p>%2<br>%3</p>")
                .arg(tr("Clocks").toHtmlEscaped(),
                     tr("Server time now: %1 (%2)").arg(locale.toString(now, QLocale::LongFormat), u.timezone).toHtmlEscaped(),
                     skewText.toHtmlEscaped());
    // Tables follow the layout direction (right to left in Arabic).
    if (layoutDirection() == Qt::RightToLeft)
        html = QStringLiteral("<div dir=\"rtl\">") + html.replace(QStringLiteral("padding-right"), QStringLiteral("padding-left"))
            + QStringLiteral("</div>");
    m_body->setText(html);
}

} // namespace kd
