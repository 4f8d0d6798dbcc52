#include "demo/jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace kd::demo {

void JsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_out += ',';
        m_first.last() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separator();
    m_out += '{';
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_first.removeLast();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separator();
    m_out += '[';
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_first.removeLast();
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separator();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separator();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::value(bool v)
{
    separator();
    m_out += v ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::value(int v)
{
    separator();
    m_out += QByteArray::number(v);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 v)
{
    separator();
    m_out += QByteArray::number(v);
    return *this;
}

JsonWriter &JsonWriter::value(double v)
{
    separator();
    if (!std::isfinite(v)) {
        m_out += "null";
        return *this;
    }
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        m_out += QByteArray::number(v, 'f', 1);
        return *this;
    }
    m_out += QString::number(v, 'g', QLocale::FloatingPointShortest).toLatin1();
    return *this;
}

JsonWriter &JsonWriter::value(const QString &v)
{
    separator();
    if (v.isNull()) {
        m_out += "null";
        return *this;
    }
    // Like PHP's json_encode with JSON_UNESCAPED_SLASHES: non-ASCII as \uXXXX (UTF-16 units).
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    for (const QChar ch : v) {
        const char16_t u = ch.unicode();
        switch (u) {
        case u'"': m_out += "\\\""; break;
        case u'\\': m_out += "\\\\"; break;
        case u'\n': m_out += "\\n"; break;
        case u'\r': m_out += "\\r"; break;
        case u'\t': m_out += "\\t"; break;
        case u'\b': m_out += "\\b"; break;
        case u'\f': m_out += "\\f"; break;
        default:
            if (u < 0x20 || u > 0x7e) {
                m_out += "\\u";
                m_out += hex[(u >> 12) & 0xf];
                m_out += hex[(u >> 8) & 0xf];
                m_out += hex[(u >> 4) & 0xf];
                m_out += hex[u & 0xf];
            } else {
                m_out += char(u);
            }
        }
    }
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::value(const QStringList &v)
{
    beginArray();
    for (const QString &s : v)
        value(s);
    return endArray();
}

JsonWriter &JsonWriter::date(const QDate &d)
{
    if (!d.isValid())
        return null();
    return value(d.toString(Qt::ISODate));
}

} // namespace kd::demo
