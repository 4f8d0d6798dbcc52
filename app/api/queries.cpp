#include "api/queries.h"

#include "core/kimaidatetime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace kd {

QString QueryItems::encoded() const
{
    QByteArray out;
    for (const auto &item : items) {
        if (!out.isEmpty())
            out += '&';
        // ':' is allowed in a query and keeps datetimes readable in the inspector; '+' and '%' are encoded.
        out += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second, ":");
    }
    return QString::fromLatin1(out);
}

namespace {

void addIds(QueryItems &q, const QString &single, const QString &many, const QList<int> &ids)
{
    if (ids.size() == 1) {
        q.add(single, QString::number(ids.first()));
        return;
    }
    for (int id : ids)
        q.add(many + QStringLiteral("[]"), QString::number(id));
}

void addCommon(QueryItems &q, Visibility visible, const QString &term, const QString &orderBy, bool descending)
{
    if (visible != Visibility::Visible)
        q.add(QStringLiteral("visible"), QString::number(int(visible)));
    if (!term.isEmpty())
        q.add(QStringLiteral("term"), term);
    if (!orderBy.isEmpty())
        q.add(QStringLiteral("orderBy"), orderBy);
    if (descending)
        q.add(QStringLiteral("order"), QStringLiteral("DESC"));
}

QString flag(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

QueryItems CustomerQuery::toQuery() const
{
    QueryItems q;
    addCommon(q, visible, term, orderBy, descending);
    return q;
}

QueryItems ProjectQuery::toQuery() const
{
    QueryItems q;
    addIds(q, QStringLiteral("customer"), QStringLiteral("customers"), customers);
    if (ignoreDates)
        q.add(QStringLiteral("ignoreDates"), QStringLiteral("1"));
    if (start.isValid())
        q.add(QStringLiteral("start"), start.toString(Qt::ISODate));
    if (end.isValid())
        q.add(QStringLiteral("end"), end.toString(Qt::ISODate));
    if (globalActivities)
        q.add(QStringLiteral("globalActivities"), flag(*globalActivities));
    addCommon(q, visible, term, orderBy, descending);
    return q;
}

QueryItems ActivityQuery::toQuery() const
{
    QueryItems q;
    addIds(q, QStringLiteral("project"), QStringLiteral("projects"), projects);
    if (globalsOnly)
        q.add(QStringLiteral("globals"), QStringLiteral("1"));
    addCommon(q, visible, term, orderBy, descending);
    return q;
}

QueryItems TimesheetQuery::toQuery(const QTimeZone &userZone, bool modifiedAfterInUtc) const
{
    QueryItems q;
    if (page > 1)
        q.add(QStringLiteral("page"), QString::number(page));
    if (size != 50)
        q.add(QStringLiteral("size"), QString::number(size));
    if (begin.isValid())
        q.add(QStringLiteral("begin"), KimaiDateTime::toRequest(begin, userZone));
    if (end.isValid())
        q.add(QStringLiteral("end"), KimaiDateTime::toRequest(end, userZone));
    addIds(q, QStringLiteral("customer"), QStringLiteral("customers"), customers);
    addIds(q, QStringLiteral("project"), QStringLiteral("projects"), projects);
    addIds(q, QStringLiteral("activity"), QStringLiteral("activities"), activities);
    if (!user.isEmpty())
        q.add(QStringLiteral("user"), user);
    for (const QString &t : tags)
        q.add(QStringLiteral("tags[]"), t);
    if (active)
        q.add(QStringLiteral("active"), flag(*active));
    if (exported)
        q.add(QStringLiteral("exported"), flag(*exported));
    if (billable)
        q.add(QStringLiteral("billable"), flag(*billable));
    if (full)
        q.add(QStringLiteral("full"), QStringLiteral("true"));
    if (!orderBy.isEmpty())
        q.add(QStringLiteral("orderBy"), orderBy);
    if (descending)
        q.add(QStringLiteral("order"), *descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (!term.isEmpty())
        q.add(QStringLiteral("term"), term);
    if (modifiedAfter.isValid())
        q.add(QStringLiteral("modified_after"),
              KimaiDateTime::toRequest(modifiedAfter, modifiedAfterInUtc ? QTimeZone::utc() : userZone));
    return q;
}

QByteArray TimesheetForm::toJson(const QTimeZone &userZone) const
{
    QJsonObject o;
    if (project)
        o.insert(QStringLiteral("project"), *project);
    if (activity)
        o.insert(QStringLiteral("activity"), *activity);
    if (begin)
        o.insert(QStringLiteral("begin"), KimaiDateTime::toRequest(*begin, userZone));
    if (end)
        o.insert(QStringLiteral("end"), KimaiDateTime::toRequest(*end, userZone));
    if (breakSeconds) {
        // Kimai's duration field reads "h:mm" whatever the user's locale.
        const qint64 minutes = std::max<qint64>(0, *breakSeconds) / 60;
        o.insert(QStringLiteral("break"), QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0')));
    }
    if (description)
        o.insert(QStringLiteral("description"), *description);
    if (tags)
        o.insert(QStringLiteral("tags"), tags->join(QLatin1Char(',')));
    if (billable)
        o.insert(QStringLiteral("billable"), *billable);
    if (exported)
        o.insert(QStringLiteral("exported"), *exported);
    if (user)
        o.insert(QStringLiteral("user"), *user);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace kd
