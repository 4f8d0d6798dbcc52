#include "models/timesheetexport.h"

#include "core/duration.h"
#include "models/catalogmodels.h"

namespace kd {

namespace {

QString nameOr(const QHash<int, QString> &names, int id)
{
    if (id == 0)
        return {};
    const QString n = names.value(id);
    return n.isEmpty() ? QStringLiteral("#%1").arg(id) : n;
}

} // namespace

TimesheetExport::TimesheetExport(Format format, TimesheetModel::Names names)
    : m_format(format)
    , m_names(std::move(names))
{
}

QStringList TimesheetExport::headerLabels() const
{
    QStringList labels{tr("Date"),     tr("Begin"),    tr("End"),         tr("Duration"), tr("Hours"),   tr("Customer"),
                       tr("Project"),  tr("Activity"), tr("Description"), tr("Tags"),     tr("Billable")};
    if (m_userColumn)
        labels.append(tr("User"));
    return labels;
}

QString TimesheetExport::decimalHours(qint64 seconds, const QLocale &locale)
{
    if (seconds < 0)
        seconds = 0;
    // Hundredths of an hour, rounded half up in integers; the double is then the nearest to a
    // two-place number, which 'f', 2 prints exactly.
    const qint64 hundredths = (seconds * 100 + 1800) / 3600;
    return locale.toString(double(hundredths) / 100.0, 'f', 2);
}

QStringList TimesheetExport::fields(const TimesheetModel::Row &r) const
{
    const QDateTime begin = QDateTime::fromMSecsSinceEpoch(r.beginMs, Qt::OffsetFromUTC, r.offsetSeconds);
    const QString timeFormat = QStringLiteral("HH:mm");
    QString end;
    qint64 seconds = r.duration;
    if (r.running()) {
        seconds = m_nowMs > r.beginMs ? (m_nowMs - r.beginMs) / 1000 : 0;
    } else {
        end = QDateTime::fromMSecsSinceEpoch(r.endMs, Qt::OffsetFromUTC, r.offsetSeconds).toString(timeFormat);
    }
    const int customer = r.customerId ? r.customerId : m_names.projectCustomer.value(r.projectId);
    const QLocale numbers = m_format == Format::Csv ? QLocale::c() : m_locale;
    QStringList out{
        begin.date().toString(Qt::ISODate),
        begin.toString(timeFormat),
        end,
        Duration::hoursMinutes(seconds, numbers),
        decimalHours(seconds, numbers),
        nameOr(m_names.customers, customer),
        nameOr(m_names.projects, r.projectId),
        nameOr(m_names.activities, r.activityId),
        r.description,
        r.tags.join(QStringLiteral(", ")),
        ModelFormat::yesNo(r.billable),
    };
    if (m_userColumn)
        out.append(nameOr(m_userNames, r.userId));
    return out;
}

QString TimesheetExport::csvField(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
                    || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString TimesheetExport::line(const QStringList &fields) const
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += m_format == Format::Csv ? QLatin1Char(',') : QLatin1Char('\t');
        if (m_format == Format::Csv) {
            out += csvField(fields.at(i));
        } else {
            QString f = fields.at(i);
            f.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            out += f;
        }
    }
    out += m_format == Format::Csv ? QStringLiteral("\r\n") : QStringLiteral("\n");
    return out;
}

QByteArray TimesheetExport::header() const
{
    QByteArray out;
    if (m_format == Format::Csv && m_byteOrderMark)
        out = QByteArrayLiteral("\xEF\xBB\xBF");
    return out + line(headerLabels()).toUtf8();
}

void TimesheetExport::learnNames(const Timesheet &t)
{
    if (t.customer && t.customer->id)
        m_names.customers.insert(t.customer->id, t.customer->name);
    if (t.project && t.project->id) {
        m_names.projects.insert(t.project->id, t.project->name);
        if (t.project->customerId) {
            m_names.projectCustomer.insert(t.project->id, t.project->customerId);
            if (!m_names.customers.contains(t.project->customerId) && !t.project->customerName.isEmpty())
                m_names.customers.insert(t.project->customerId, t.project->customerName);
        }
    }
    if (t.activity && t.activity->id)
        m_names.activities.insert(t.activity->id, t.activity->name);
    if (t.user && t.user->id)
        m_userNames.insert(t.user->id, t.user->alias.isEmpty() ? t.user->username : t.user->alias);
}

QByteArray TimesheetExport::append(const QList<Timesheet> &page)
{
    QString out;
    for (const Timesheet &t : page) {
        learnNames(t);
        out += line(fields(TimesheetModel::toRow(t)));
    }
    m_rowsWritten += int(page.size());
    return out.toUtf8();
}

QByteArray TimesheetExport::append(const QList<TimesheetModel::Row> &rows)
{
    QString out;
    for (const TimesheetModel::Row &r : rows)
        out += line(fields(r));
    m_rowsWritten += int(rows.size());
    return out.toUtf8();
}

QString TimesheetExport::tabSeparated(const QList<TimesheetModel::Row> &rows, const TimesheetModel::Names &names,
                                      const QDateTime &now, const QLocale &locale)
{
    TimesheetExport e(Format::Tsv, names);
    e.setNow(now);
    e.setLocale(locale);
    return QString::fromUtf8(e.header() + e.append(rows));
}

} // namespace kd
