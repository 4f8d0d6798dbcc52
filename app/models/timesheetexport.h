#pragma once

// Timesheets as text for other programs: a CSV file (RFC 4180) written one page at a time, and
// tab-separated rows for "copy to spreadsheet". Data only, no I/O: append() returns the bytes to
// write, so an export of many pages can show progress and be cancelled between pages.
//
// Columns (fixed order): date, begin, end, duration (h:mm), hours (decimal), customer, project,
// activity, description, tags, billable, and user when setUserColumn() (everyone's entries). The
// header names are translated (the file is for people
// and their spreadsheets); scripts should go by position.
// - Dates are ISO (2026-12-01) and times 24-hour (09:30) in the entry's own timezone (the Kimai
//   user's): every spreadsheet reads them, whatever its locale.
// - A running entry has an empty end; its duration counts up to setNow().
// - Decimal hours are rounded to two places, half up (0:20 -> 0.33, 0:01 -> 0.02); h:mm drops the
//   seconds as Kimai does (0:59:59 -> 0:59).
// - CSV: comma-separated, fields quoted when they hold a comma, a quote or a line break (quotes
//   doubled; line breaks kept inside the quotes), lines end in CRLF, decimal point '.'. UTF-8 with a
//   byte order mark by default: without it Excel reads UTF-8 as a legacy code page and garbles
//   "Müller"; LibreOffice, Numbers, Python's "utf-8-sig" and most CSV readers skip it. Turn it off
//   for pipes and scripts (setByteOrderMark(false), e.g. `--export csv` to stdout).
// - TSV (clipboard): tab-separated, tabs and line breaks inside a field become spaces, lines end in
//   LF, decimal hours in the given locale (7,75 for de) because the spreadsheet pastes it as typed.

#include "models/timesheetmodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace kd {

class TimesheetExport
{
    Q_DECLARE_TR_FUNCTIONS(kd::TimesheetExport)

public:
    enum class Column { Date, Begin, End, Duration, Hours, Customer, Project, Activity, Description, Tags, Billable, Count };
    enum class Format { Csv, Tsv };

    explicit TimesheetExport(Format format = Format::Csv, TimesheetModel::Names names = {});

    void setByteOrderMark(bool on) { m_byteOrderMark = on; }   // CSV only; default on
    // Names of customers, projects and activities (the catalog's); the names of expanded entities
    // in appended timesheets are added to them.
    void setNames(TimesheetModel::Names names) { m_names = std::move(names); }
    void setNow(const QDateTime &now) { m_nowMs = now.toMSecsSinceEpoch(); }   // running entries
    void setLocale(const QLocale &locale) { m_locale = locale; }              // TSV decimal hours
    // A last column with each entry's user (their alias, else their username; from expanded entries).
    void setUserColumn(bool on) { m_userColumn = on; }

    QByteArray header() const;   // the byte order mark (CSV, if on) and the column names
    QByteArray append(const QList<Timesheet> &page);
    QByteArray append(const QList<TimesheetModel::Row> &rows);
    int rowsWritten() const { return m_rowsWritten; }

    QStringList headerLabels() const;
    QStringList fields(const TimesheetModel::Row &row) const;

    static QString csvField(const QString &text);
    static QString decimalHours(qint64 seconds, const QLocale &locale);   // half up, two places

    // The rows with a header line, for the clipboard.
    static QString tabSeparated(const QList<TimesheetModel::Row> &rows, const TimesheetModel::Names &names,
                                const QDateTime &now, const QLocale &locale);

private:
    QString line(const QStringList &fields) const;
    void learnNames(const Timesheet &t);

    Format m_format;
    TimesheetModel::Names m_names;
    QLocale m_locale = QLocale::c();
    qint64 m_nowMs = 0;
    bool m_byteOrderMark = true;
    bool m_userColumn = false;
    QHash<int, QString> m_userNames;
    int m_rowsWritten = 0;
};

} // namespace kd
