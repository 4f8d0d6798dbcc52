#pragma once

// The times of the entry editor: a "When" line for a whole entry ("yesterday 9-12:30",
// "mon 14:00 1h30"), and date, begin, end, duration and break, each read with the smart time
// parser (core/timeinput) as it is typed. Whichever is typed, the others follow (core/entrytimes).
// What cannot be read is marked at its field with what was understood so far, and the box is not
// valid until it can be read.

#include "core/entrytimes.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace kd {

class EntryTimesBox final : public QWidget
{
    Q_OBJECT
public:
    explicit EntryTimesBox(QWidget *parent = nullptr);

    // `today` (in the user's timezone) anchors "today", "yesterday" and "mon". `endOptional`: an
    // entry without an end is allowed (a running or a new entry).
    void load(const QTimeZone &zone, const QDate &today, const QDateTime &begin, const QDateTime &end,
              qint64 breakSeconds, bool endOptional);
    void setBreakShown(bool shown);
    // The times cannot be set (a tracking mode): the fields are off and `reason` says why. "" undoes it.
    void setLocked(const QString &reason);
    bool isLocked() const { return m_locked; }

    bool isValid() const;
    const EntryTimes &times() const { return m_times; }
    // Kimai's messages for "begin", "end" or "break" (anything else: shown under the times).
    void setServerError(const QString &field, const QString &message);
    void clearServerErrors();

    // "when", "date", "begin", "end", "duration", "break"
    QLineEdit *field(const QString &name) const;
    QString errorText() const;
    QString lockText() const;

Q_SIGNALS:
    void changed();

private:
    struct Field
    {
        QLineEdit *edit = nullptr;
        QString problem;        // what the parser said ("" when understood)
        QString serverError;    // what Kimai said
    };

    void addField(const QString &name, QLineEdit *edit);
    void onEdited(const QString &name, const QString &text);
    void onFinished(const QString &name);
    bool apply(const QString &name, const QString &text, QString *problem);
    void showValues(const QString &except = {});
    void updateMarks();
    QString formatDuration(qint64 seconds) const;

    EntryTimes m_times;
    QDate m_today;
    bool m_endOptional = true;
    bool m_locked = false;
    bool m_breakShown = false;
    std::optional<qint64> m_durationBase;   // the duration when "+15m" began to be typed
    QHash<QString, Field> m_fields;
    QStringList m_order;
    QList<QWidget *> m_breakWidgets;
    QLabel *m_nextDay;
    QLabel *m_errors;
    QLabel *m_lock;
};

} // namespace kd
