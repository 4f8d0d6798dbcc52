// CommandRunner: --add and --export (the entry editor's issue), beside the timer's commands in
// commandrunner.cpp.

#include "session/commandrunner.h"

#include "api/apierror.h"
#include "core/daterange.h"
#include "core/duration.h"
#include "core/kimaidatetime.h"
#include "core/timeinput.h"
#include "session/appcore.h"
#include "session/catalog.h"
#include "session/entrycontroller.h"
#include "session/session.h"
#include "session/timesheetexporter.h"

#include <QBuffer>
#include <QLocale>
#include <QSaveFile>

#include <memory>

namespace kd {

namespace {

// Kimai's message and, for a refused form, what it said about each field.
QString describe(const ApiError &e)
{
    QStringList parts{e.message()};
    const FieldErrors &fe = e.fieldErrors();
    for (const QString &g : fe.global) {
        if (!parts.contains(g))
            parts.append(g);
    }
    for (const auto &[field, messages] : fe.fields)
        parts.append(field + QStringLiteral(": ") + messages.join(QLatin1Char(' ')));
    return parts.join(QLatin1Char(' '));
}

} // namespace

QVariantMap CommandRunner::entryJson(const Timesheet &t) const
{
    const Project *p = m_catalog->project(t.projectId);
    const Activity *a = m_catalog->activity(t.activityId);
    QVariantMap o;
    // An entry kept while Kimai could not be reached has no id in Kimai yet.
    o.insert(QStringLiteral("id"), t.id > 0 ? QVariant(t.id) : QVariant());
    if (t.id < 0)
        o.insert(QStringLiteral("pending"), true);
    o.insert(QStringLiteral("begin"), KimaiDateTime::toResponse(t.begin, QTimeZone(t.begin.offsetFromUtc())));
    o.insert(QStringLiteral("end"), t.end.isValid() ? KimaiDateTime::toResponse(t.end, QTimeZone(t.end.offsetFromUtc())) : QVariant());
    o.insert(QStringLiteral("duration"), t.duration);
    if (t.breakSeconds)
        o.insert(QStringLiteral("break"), *t.breakSeconds);
    o.insert(QStringLiteral("project"), t.project ? t.project->name : p ? p->name : QString());
    o.insert(QStringLiteral("projectId"), t.projectId);
    o.insert(QStringLiteral("activity"), t.activity ? t.activity->name : a ? a->name : QString());
    o.insert(QStringLiteral("activityId"), t.activityId);
    o.insert(QStringLiteral("customer"), t.customer ? t.customer->name : p ? p->customerName : QString());
    o.insert(QStringLiteral("description"), t.description);
    o.insert(QStringLiteral("tags"), t.tags);
    o.insert(QStringLiteral("billable"), t.billable);
    return o;
}

void CommandRunner::runAdd()
{
    QString error;
    const auto project = resolve(m_command.project, true, &error);
    const auto activity = project ? resolve(m_command.activity, false, &error) : std::nullopt;
    if (!project || !activity) {
        finish(false, error);
        return;
    }
    const auto parsed = TimeInput::parseEntry(m_command.entry, m_session->userToday(), QLocale());
    if (!parsed.ok()) {
        const TimeInput::Error &e = parsed.error;
        finish(false, e.fragment.isEmpty() ? tr("\"%1\" cannot be read as an entry: %2").arg(m_command.entry, e.message())
                                           : tr("\"%1\" cannot be read as an entry at \"%2\": %3").arg(m_command.entry, e.fragment, e.message()));
        return;
    }
    if (!parsed.value.hasEnd()) {
        finish(false, tr("\"%1\" has no end: give a range or a duration, e.g. \"9-12:30\" or \"14:00 1h30\".").arg(m_command.entry));
        return;
    }
    if (!m_entries->rules().timesAllowed) {
        finish(false, m_entries->timesLockedReason());
        return;
    }
    const QTimeZone zone = m_session->userZone();
    EntryDraft draft;
    draft.project = *project;
    draft.activity = *activity;
    draft.begin = parsed.value.beginIn(zone);
    draft.end = parsed.value.endIn(zone);
    draft.description = m_command.description;
    draft.tags = m_command.tags;
    const quint64 request = m_entries->create(draft);
    auto saved = std::make_shared<std::optional<Timesheet>>();
    auto failure = std::make_shared<QString>();
    m_connections.append(connect(m_entries, &EntryController::saved, this,
                                 [request, saved](quint64 r, EntryController::Operation, const Timesheet &t, int) {
                                     if (r == request)
                                         *saved = t;
                                 }));
    m_connections.append(connect(m_entries, &EntryController::queued, this, [this, request](quint64 r) {
        if (r == request)
            m_queued = true;
    }));
    m_connections.append(connect(m_entries, &EntryController::failed, this,
                                 [request, failure](quint64 r, EntryController::Operation, const ApiError &e) {
                                     if (r == request)
                                         *failure = describe(e);
                                 }));
    m_connections.append(connect(m_entries, &EntryController::done, this, [this, request, saved, failure](quint64 r) {
        if (r != request)
            return;
        if (!*saved) {
            finish(false, failure->isEmpty() ? tr("Kimai did not save the entry.") : *failure);
            return;
        }
        const Timesheet &t = **saved;
        const QString what = QLocale().toString(t.begin.toTimeZone(m_session->userZone()), QLocale::ShortFormat);
        finish(true,
               m_queued ? tr("Added: %1, %2. Kimai cannot be reached: the entry is kept and sent when Kimai answers.")
                              .arg(what, Duration::hoursMinutes(t.duration))
                        : tr("Added: %1, %2.").arg(what, Duration::hoursMinutes(t.duration)),
               {{QStringLiteral("entry"), entryJson(t)}});
    }));
}

void CommandRunner::runExport()
{
    const QDate today = m_session->userToday();
    DateRange range = DateRange::compute(DateRange::Preset::ThisWeek, today, m_session->firstDayOfWeek());
    for (const auto &[text, day] : {std::pair{&m_command.from, &range.first}, std::pair{&m_command.to, &range.last}}) {
        if (text->isEmpty())
            continue;
        const auto parsed = TimeInput::parseDate(*text, today, QLocale());
        if (!parsed.ok()) {
            finish(false, tr("\"%1\" is not a date: %2").arg(*text, parsed.error.message()));
            return;
        }
        *day = parsed.value;
    }
    if (range.first > range.last) {
        finish(false, tr("--from (%1) is after --to (%2).")
                          .arg(QLocale().toString(range.first, QLocale::ShortFormat), QLocale().toString(range.last, QLocale::ShortFormat)));
        return;
    }
    range.preset = DateRange::Preset::Custom;

    if (!m_exporter) {
        m_exporter = new TimesheetExporter(m_core->client(), m_session, m_catalog, this);
    }
    std::shared_ptr<QIODevice> out;
    const QString path = m_command.output;
    if (path.isEmpty()) {
        auto buffer = std::make_shared<QBuffer>();
        buffer->open(QIODevice::WriteOnly);
        out = buffer;
        m_exporter->setByteOrderMark(false);   // for pipes and scripts
    } else {
        auto file = std::make_shared<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly)) {
            finish(false, tr("%1 cannot be written: %2").arg(path, file->errorString()));
            return;
        }
        out = file;
        m_exporter->setByteOrderMark(true);
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_exporter, &TimesheetExporter::finished, this, [this, once, out, path](bool ok, const QString &message) {
        disconnect(*once);
        const int rows = m_exporter->rowsWritten();
        if (path.isEmpty()) {
            auto *buffer = static_cast<QBuffer *>(out.get());
            finish(ok, message,
                   ok ? QVariantMap{{QStringLiteral("rows"), rows}, {QStringLiteral("stdout"), QString::fromUtf8(buffer->data())}}
                      : QVariantMap{});
            return;
        }
        auto *file = static_cast<QSaveFile *>(out.get());
        if (!ok) {
            file->cancelWriting();
            finish(false, message);
            return;
        }
        if (!file->commit()) {
            finish(false, tr("%1 cannot be written: %2").arg(path, file->errorString()));
            return;
        }
        finish(true, message, {{QStringLiteral("rows"), rows}, {QStringLiteral("file"), path}});
    });
    m_connections.append(*once);
    m_exporter->start(out.get(), range);
}

} // namespace kd
