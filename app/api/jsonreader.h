#pragma once

// Internals of the parsers: a reader for one JSON object that remembers the first problem with its
// path, and the readers of each Kimai entity (shared by parsers.cpp and nothing else).

#include "api/parsers.h"
#include "core/kimaidatetime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace kd::Parse::detail {


// Reads one JSON object; remembers the first problem with its path.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QString *error)
        : m_o(o)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    bool ok() const { return m_error->isEmpty(); }

    void fail(const QString &key, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = m_path + (m_path.isEmpty() ? QString() : QStringLiteral(".")) + key + QStringLiteral(": ") + what;
    }

    QJsonValue raw(const QString &key) const { return m_o.value(key); }
    bool has(const QString &key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }
    QString childPath(const QString &key) const
    {
        return m_path + (m_path.isEmpty() ? QString() : QStringLiteral(".")) + key;
    }

    static std::optional<qint64> asInteger(const QJsonValue &v)
    {
        if (!v.isDouble())
            return std::nullopt;
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return qint64(d);
    }

    int reqInt(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            fail(key, QStringLiteral("missing"));
            return 0;
        }
        const auto i = asInteger(v);
        if (!i || *i < std::numeric_limits<int>::min() || *i > std::numeric_limits<int>::max()) {
            fail(key, QStringLiteral("not an integer"));
            return 0;
        }
        return int(*i);
    }

    std::optional<qint64> optInteger(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const auto i = asInteger(v);
        if (!i)
            fail(key, QStringLiteral("not an integer"));
        return i;
    }

    QString reqString(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isString()) {
            fail(key, v.isUndefined() || v.isNull() ? QStringLiteral("missing") : QStringLiteral("not a string"));
            return {};
        }
        return v.toString();
    }

    // Optional strings: null or absent give "", numbers are tolerated (e.g. a numeric `number`).
    QString optString(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 15);
        return {};
    }

    std::optional<QString> maybeString(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isString())
            return v.toString();
        return std::nullopt;
    }

    bool optBool(const QString &key, bool fallback)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isBool())
            return v.toBool();
        if (v.isDouble())
            return v.toDouble() != 0.0;
        return fallback;
    }

    bool reqBool(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isBool()) {
            fail(key, v.isUndefined() || v.isNull() ? QStringLiteral("missing") : QStringLiteral("not a boolean"));
            return false;
        }
        return v.toBool();
    }

    std::optional<double> optDouble(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isDouble() && std::isfinite(v.toDouble()))
            return v.toDouble();
        return std::nullopt;
    }

    QDateTime reqDateTime(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isString()) {
            fail(key, v.isUndefined() || v.isNull() ? QStringLiteral("missing") : QStringLiteral("not a string"));
            return {};
        }
        const auto dt = KimaiDateTime::parse(v.toString());
        if (!dt) {
            fail(key, QStringLiteral("not a date and time: ") + v.toString().left(40));
            return {};
        }
        return *dt;
    }

    QDateTime optDateTime(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(key, QStringLiteral("not a string"));
            return {};
        }
        const auto dt = KimaiDateTime::parse(v.toString());
        if (!dt) {
            fail(key, QStringLiteral("not a date and time: ") + v.toString().left(40));
            return {};
        }
        return *dt;
    }

    // Plain date (`Y-m-d`); a full datetime is accepted too (older spec copies say date-time).
    QDate optDate(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isString())
            return {};
        const QString s = v.toString();
        if (const auto d = KimaiDateTime::parseDate(s))
            return *d;
        if (const auto dt = KimaiDateTime::parse(s))
            return dt->date();
        return {};
    }

    QStringList optStringList(const QString &key)
    {
        QStringList out;
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, QStringLiteral("not an array"));
            return out;
        }
        const QJsonArray arr = v.toArray();
        for (const QJsonValue &e : arr) {
            if (e.isString())
                out.append(e.toString());
            else if (e.isObject() && e.toObject().value(QLatin1String("name")).isString())
                out.append(e.toObject().value(QLatin1String("name")).toString());
        }
        return out;
    }

    QList<MetaField> metaFields(const QString &key)
    {
        QList<MetaField> out;
        const QJsonArray arr = m_o.value(key).toArray();
        for (const QJsonValue &e : arr) {
            const QJsonObject o = e.toObject();
            const QString name = o.value(QLatin1String("name")).toString();
            if (name.isEmpty())
                continue;
            const QJsonValue val = o.value(QLatin1String("value"));
            out.append({name, val.isString() ? val.toString() : val.isDouble() ? QString::number(val.toDouble()) : QString()});
        }
        return out;
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString *m_error;
};


Customer readCustomer(const QJsonObject &o, const QString &path, QString *err);
Project readProject(const QJsonObject &o, const QString &path, QString *err, std::optional<Customer> *expanded = nullptr);
Activity readActivity(const QJsonObject &o, const QString &path, QString *err);
User readUser(const QJsonObject &o, const QString &path, QString *err);
Timesheet readTimesheet(const QJsonObject &o, const QString &path, QString *err);
Tag readTag(const QJsonObject &o, const QString &path, QString *err);

} // namespace kd::Parse::detail
