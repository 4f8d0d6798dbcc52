#pragma once

// Every timesheet of the user in a span of days (a week, a month), all pages of it, for the week
// view, the hours chart and the week's total in the timer bar. It follows what the app changes or
// learns of in place (entries created, edited, deleted, started, stopped; the running entries read
// from the server), so its totals stay what Kimai holds without loading again.

#include "api/apierror.h"
#include "core/entities.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace kd {

class EntryController;
class KimaiClient;
class RangeLoader;
class Session;
class TimerController;

class PeriodLoader : public QObject
{
    Q_OBJECT
public:
    PeriodLoader(KimaiClient *client, Session *session, QObject *parent = nullptr);

    void follow(TimerController *timer, EntryController *entries);

    // The days first..last (inclusive) in the Kimai user's timezone; loads them (all pages).
    void load(const QDate &first, const QDate &last);
    void reload();
    void clear();

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    const ApiError &error() const { return m_error; }
    const QList<Timesheet> &timesheets() const { return m_timesheets; }
    // Worked time of the span; running entries count up to `now`. `day` invalid: every day.
    qint64 seconds(const QDateTime &now, const QDate &day = {}) const;
    bool hasRunning() const;

Q_SIGNALS:
    // Loaded, or an entry in the span changed.
    void changed();
    void loadingChanged(bool loading);

private:
    void apply(const Timesheet &t);
    void removeId(int id);
    void applyActive(const QList<Timesheet> &active);
    bool inSpan(const Timesheet &t) const;
    void setLoading(bool loading);

    KimaiClient *m_client;
    Session *m_session;
    RangeLoader *m_range;
    QDate m_first;
    QDate m_last;
    QList<Timesheet> m_timesheets;
    QList<int> m_rereading;
    ApiError m_error;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace kd
