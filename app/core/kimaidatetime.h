#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringView>
#include <QTimeZone>

#include <optional>

// Kimai's datetime rules:
// - answers carry `2026-11-29T09:02:41+0000` (no colon in the offset); `+00:00` and `Z` are accepted too;
// - requests send `yyyy-MM-ddTHH:mm:ss` with no offset, in the Kimai *user's* timezone.
namespace kd::KimaiDateTime {

// Parses `YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|±HH|±HHMM|±HH:MM]`. Without an offset the time is read in
// `assumeZone`. Returns nullopt for anything else (never a half-parsed value).
std::optional<QDateTime> parse(QStringView text, const QTimeZone &assumeZone = QTimeZone::utc());

// Plain `YYYY-MM-DD` (project start/end/orderDate).
std::optional<QDate> parseDate(QStringView text);

// The instant `when` as wall-clock time in `userZone`, `yyyy-MM-ddTHH:mm:ss`, no offset.
QString toRequest(const QDateTime &when, const QTimeZone &userZone);

// As Kimai writes it in answers: `yyyy-MM-ddTHH:mm:ss+hhmm` in `zone`.
QString toResponse(const QDateTime &when, const QTimeZone &zone);

// An HTTP `Date` header (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"); invalid if unreadable.
// Qt 6.4's RFC 2822 parser refuses the "GMT" zone name that every HTTP server sends.
QDateTime parseHttpDate(const QByteArray &value);

// A timezone from an IANA id; falls back to UTC for unknown ids (and reports it through `ok`).
QTimeZone zoneFromId(const QString &ianaId, bool *ok = nullptr);

} // namespace kd::KimaiDateTime
