#pragma once

// A JSON body read the way Kimai's Symfony forms read it: a fixed list of accepted fields (sending
// anything else is "This form should not contain extra fields."), snake_case keys camel-cased,
// lenient scalar conversion, and per-field error messages in the order of the form.

#include "demo/demojson.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace kd::demo {

namespace msg {
inline QString blank() { return QStringLiteral("This value should not be blank."); }
inline QString invalidChoice() { return QStringLiteral("The selected choice is invalid."); }
inline QString invalidValue() { return QStringLiteral("This value is not valid."); }
inline QString invalidDateTime() { return QStringLiteral("Please enter a valid date and time."); }
inline QString invalidDate() { return QStringLiteral("Please enter a valid date."); }
inline QString invalidNumber() { return QStringLiteral("Please enter a number."); }
inline QString extraFields() { return QStringLiteral("This form should not contain extra fields."); }
inline QString endBeforeBegin() { return QStringLiteral("End date must not be earlier then start date."); }
} // namespace msg

class FormInput
{
public:
    FormInput(const QJsonObject &body, const QStringList &fields);

    json::FormErrors errors;     // children already list every accepted field

    bool has(const QString &field) const;        // present (even if null)
    bool isNull(const QString &field) const;     // present and null/false/""
    QJsonValue raw(const QString &field) const;

    // Absent or null: a null QString. Arrays/objects: an error on the field.
    QString string(const QString &field);
    // Absent: nullopt. null/false/0/"0"/"": false; anything else true.
    std::optional<bool> boolean(const QString &field) const;
    // Integral number or digit string; absent/null: 0; anything else: -1.
    int id(const QString &field) const;
    // Number or numeric string; absent/null: nullopt; invalid: error on the field.
    std::optional<double> number(const QString &field);
    // "yyyy-MM-dd"; absent/null/"": invalid QDate; malformed: error on the field.
    QDate date(const QString &field);

    void error(const QString &field, const QString &message) { errors.add(field, message); }
    bool ok() const { return errors.isEmpty(); }

private:
    QJsonObject m_body;
};

// A `#rrggbb` colour (or `#rgb`), as Kimai's colour fields accept.
bool isColor(const QString &value);

} // namespace kd::demo
