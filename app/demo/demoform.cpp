#include "demo/demoform.h"

#include "core/kimaidatetime.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kd::demo {

namespace {

QString camelCase(const QString &key)
{
    if (!key.contains(u'_'))
        return key;
    QString out;
    bool upper = false;
    for (const QChar c : key) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

} // namespace

FormInput::FormInput(const QJsonObject &body, const QStringList &fields)
{
    for (auto it = body.begin(); it != body.end(); ++it)
        m_body.insert(camelCase(it.key()), it.value());
    for (const QString &f : fields)
        errors.children.append({f, {}});
    for (auto it = m_body.begin(); it != m_body.end(); ++it) {
        if (!fields.contains(it.key())) {
            errors.global = QStringList{msg::extraFields()};
            break;
        }
    }
}

bool FormInput::has(const QString &field) const
{
    return m_body.contains(field);
}

QJsonValue FormInput::raw(const QString &field) const
{
    return m_body.value(field);
}

bool FormInput::isNull(const QString &field) const
{
    const QJsonValue v = m_body.value(field);
    return v.isNull() || (v.isBool() && !v.toBool()) || (v.isString() && v.toString().isEmpty());
}

QString FormInput::string(const QString &field)
{
    const QJsonValue v = m_body.value(field);
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == std::floor(d) && std::fabs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Bool: return v.toBool() ? u"1"_s : QString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        error(field, msg::invalidValue());
        return QString();
    default: return QString();
    }
}

std::optional<bool> FormInput::boolean(const QString &field) const
{
    if (!m_body.contains(field))
        return std::nullopt;
    const QJsonValue v = m_body.value(field);
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool();
    case QJsonValue::Double: return v.toDouble() != 0.0;
    case QJsonValue::String: {
        const QString s = v.toString().trimmed().toLower();
        return !(s.isEmpty() || s == u"0" || s == u"false");
    }
    case QJsonValue::Array: return !v.toArray().isEmpty();
    case QJsonValue::Object: return true;
    default: return false;
    }
}

int FormInput::id(const QString &field) const
{
    const QJsonValue v = m_body.value(field);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d >= 1 && d < 2e9 && d == std::floor(d) ? int(d) : -1;
    }
    if (v.isString()) {
        static const QRegularExpression digits(u"^[0-9]{1,9}$"_s);
        const QString s = v.toString().trimmed();
        return digits.match(s).hasMatch() && s.toInt() > 0 ? s.toInt() : -1;
    }
    return -1;
}

std::optional<double> FormInput::number(const QString &field)
{
    const QJsonValue v = m_body.value(field);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return std::nullopt;
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    error(field, msg::invalidNumber());
    return std::nullopt;
}

QDate FormInput::date(const QString &field)
{
    const QJsonValue v = m_body.value(field);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return {};
    const auto d = v.isString() ? KimaiDateTime::parseDate(v.toString()) : std::nullopt;
    if (!d) {
        error(field, msg::invalidDate());
        return {};
    }
    return *d;
}

bool isColor(const QString &value)
{
    static const QRegularExpression re(u"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$"_s);
    return re.match(value).hasMatch();
}

} // namespace kd::demo
