#include "support/syncfixture.h"

#include <QRegularExpression>

namespace kd::test {

SyncFixture::SyncFixture(demo::DemoOptions options)
    : demo(std::move(options))
{
    if (!demo.started || !dir.isValid())
        return;
    demo.client->setUserTimeZone(QTimeZone(demo.server->timezone().toUtf8()));
    if (!journal.open(dir.filePath(QStringLiteral("journal.sqlite")))) {
        qWarning("journal: %s", qPrintable(journal.errorString()));
        return;
    }
    sync = std::make_unique<Sync>(&journal, demo.client.get());
    sync->setRetryDelays(50, 400);

    auto *projects = demo.client->projects();
    if (!waitFor(projects) || !projects->ok())
        return;
    for (const Project &p : projects->result()) {
        ActivityQuery q;
        q.projects = {p.id};
        auto *activities = demo.client->activities(q);
        if (!waitFor(activities) || !activities->ok()) {
            delete activities;
            continue;
        }
        for (const Activity &a : activities->result()) {
            if (!a.projectId || *a.projectId != p.id)
                continue;
            if (!activity)
                activity = a.id;
            else if (!otherActivity)
                otherActivity = a.id;
        }
        delete activities;
        if (activity && otherActivity) {
            project = p.id;
            break;
        }
        activity = otherActivity = 0;
    }
    delete projects;
    m_ready = project > 0;
}

SyncFixture::~SyncFixture()
{
    sync.reset();
    journal.close();
}

void SyncFixture::serverDown()
{
    demo::Fault down;
    down.action = demo::Fault::Action::DropBeforeHandling;
    down.times = -1;
    demo.server->addFault(down);
}

void SyncFixture::serverUp()
{
    demo.server->clearFaults();
}

bool SyncFixture::settle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    const auto resting = [this] {
        const Sync::Status s = sync->status();
        return s == Sync::Status::Idle || s == Sync::Status::NeedsAttention || s == Sync::Status::NeedsLogin;
    };
    while (!resting() && timer.elapsed() < timeoutMs) {
        QSignalSpy spy(sync.get(), &Sync::statusChanged);
        spy.wait(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
    }
    return resting();
}

QList<Timesheet> SyncFixture::entries(const QString &text) const
{
    TimesheetQuery q;
    q.term = text;
    q.size = 500;
    auto *reply = demo.client->timesheets(q);
    QList<Timesheet> out;
    if (waitFor(reply) && reply->ok())
        out = reply->result();
    delete reply;
    return out;
}

int SyncFixture::requests(const QByteArray &method, const QString &pathPattern) const
{
    const QRegularExpression re(pathPattern);
    int n = 0;
    for (const demo::ReceivedRequest &r : demo.server->requests())
        n += r.method == method && re.match(r.path).hasMatch() ? 1 : 0;
    return n;
}

QDateTime SyncFixture::minutesAgo(int minutes, int seconds)
{
    // One minute for the whole test run: a check made after the clock passed a full minute still
    // computes the moments the journal was given.
    static const qint64 minute = [] {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return now - now % 60;
    }();
    return QDateTime::fromSecsSinceEpoch(minute - qint64(minutes) * 60 + seconds, Qt::UTC);
}

qint64 floorMinute(const QDateTime &t)
{
    const qint64 s = t.toSecsSinceEpoch();
    return s - s % 60;
}

qint64 ceilMinute(const QDateTime &t)
{
    const qint64 f = floorMinute(t);
    return f == t.toSecsSinceEpoch() ? f : f + 60;
}

} // namespace kd::test
