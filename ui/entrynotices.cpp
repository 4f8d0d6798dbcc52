#include "ui/entrynotices.h"

#include "session/appcore.h"
#include "session/entrycontroller.h"
#include "session/tagensurer.h"
#include "session/timercontroller.h"

#include <QHash>
#include <QMainWindow>
#include <QStatusBar>

#include <memory>
#include <utility>

namespace kd {

void showStatus(QWidget *widget, const QString &text, int ms)
{
    if (auto *window = qobject_cast<QMainWindow *>(widget ? widget->window() : nullptr))
        window->statusBar()->showMessage(text, ms);
}

EntryNotices::EntryNotices(AppCore *core, QWidget *window)
    : QObject(window)
    , m_window(window)
{
    EntryController *entries = core->entries();
    // What each request did, said once it is done.
    struct Tally
    {
        QStringList saved;
        QStringList restored;
        int removed = 0;
        int queued = 0;   // kept in the offline journal
        QStringList failures;
    };
    auto tallies = std::make_shared<QHash<quint64, Tally>>();
    connect(entries, &EntryController::saved, this,
            [tallies](quint64 request, EntryController::Operation op, const Timesheet &t, int previousId) {
                Tally &tally = (*tallies)[request];
                if (t.id < 0)
                    return;   // not in Kimai yet: said with the queued changes
                if (op == EntryController::Operation::Restore)
                    tally.restored.append(tr("#%1 is now #%2").arg(previousId).arg(t.id));
                else
                    tally.saved.append(tr("#%1").arg(t.id));
            });
    connect(entries, &EntryController::removed, this, [tallies](quint64 request, int) { ++(*tallies)[request].removed; });
    connect(entries, &EntryController::queued, this, [tallies](quint64 request) { ++(*tallies)[request].queued; });
    connect(entries, &EntryController::failed, this, [tallies](quint64 request, EntryController::Operation, const ApiError &e) {
        (*tallies)[request].failures.append(e.message());
    });
    // Tags Kimai did not keep: said at once (a timer start), and again with the save that lost them.
    auto tagMessage = std::make_shared<QString>();
    connect(core->tags(), &TagEnsurer::tagsNotSaved, this, [this, tagMessage](const QStringList &, const QString &message) {
        *tagMessage = message;
        showStatus(m_window, message, 30'000);
    });
    // A start or an edit of the running timer has said its own.
    for (auto signal : {&TimerController::started, &TimerController::updated})
        connect(core->timer(), signal, this, [tagMessage] { tagMessage->clear(); });
    connect(entries, &EntryController::done, this, [this, tallies, tagMessage](quint64 request, EntryController::Operation op) {
        const Tally tally = tallies->take(request);
        QStringList parts;
        if (!tally.saved.isEmpty())
            parts.append(tr("Entry %1 saved.").arg(tally.saved.join(QStringLiteral(", "))));
        if (tally.removed > 0)
            parts.append(tr("%n entry/entries deleted (Ctrl+Z restores them).", nullptr, tally.removed));
        if (!tally.restored.isEmpty())
            parts.append(tr("Restored with a new id: %1.").arg(tally.restored.join(QStringLiteral(", "))));
        if (tally.queued > 0)
            parts.append(tr("Kimai cannot be reached: %n change(s) kept and sent when it answers.", nullptr, tally.queued));
        // The editor shows its own failures at its fields; deletes and undo have no dialog.
        if (!tally.failures.isEmpty() && (op == EntryController::Operation::Delete || op == EntryController::Operation::Restore))
            parts.append(tally.failures.join(QLatin1Char(' ')));
        if (!tagMessage->isEmpty() && !tally.saved.isEmpty())
            parts.append(std::exchange(*tagMessage, QString()));
        if (!parts.isEmpty())
            showStatus(m_window, parts.join(QLatin1Char(' ')), 30'000);
    });
}

} // namespace kd
