#include "ui/i18ntab.h"

#include "core/duration.h"
#include "core/kimaidatetime.h"
#include "session/i18nloader.h"
#include "session/session.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kd {

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
    // Long in any language: it scrolls rather than making the window taller.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    contentLayout()->addWidget(scroll, 1);
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
    const QDateTime now = m_session->serverNow().toTimeZone(zone);
    html += QStringLiteral("<h3>%1</h3><table>").arg(tr("How Kimai Desk formats for locale %1").arg(locale.name()).toHtmlEscaped());
    html += row(tr("Date"), locale.toString(now.date(), QLocale::ShortFormat))
        + row(tr("Long date"), locale.toString(now.date(), QLocale::LongFormat))
        + row(tr("Time"), locale.toString(now.time(), QLocale::ShortFormat))
        + row(tr("Duration"), Duration::hoursMinutes(2 * 3600 + 45 * 60) + QStringLiteral("  ·  ")
                                  + Duration::decimalHours(2 * 3600 + 45 * 60, locale) + QStringLiteral(" h"))
        + row(tr("Number"), locale.toString(1234.5, 'f', 2));
    html += QStringLiteral("</table>");

    const qint64 skew = m_session->serverClockOffsetMs();
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
