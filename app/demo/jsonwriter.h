#pragma once

// A small streaming JSON writer that keeps keys in insertion order (QJsonObject sorts them) and
// writes floats the way Kimai's serializer does (JSON_PRESERVE_ZERO_FRACTION: 0.0, 75.0).

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kd::demo {

class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();

    JsonWriter &key(const char *name);        // ASCII key
    JsonWriter &null();
    JsonWriter &value(bool v);
    JsonWriter &value(int v);
    JsonWriter &value(qint64 v);
    JsonWriter &value(double v);
    JsonWriter &value(const QString &v);      // a null QString writes null
    JsonWriter &value(const char *v) = delete; // would silently become a bool
    JsonWriter &value(const QStringList &v);   // array of strings
    JsonWriter &date(const QDate &d);          // "yyyy-MM-dd" or null
    JsonWriter &emptyArray() { return beginArray().endArray(); }

    template<typename T>
    JsonWriter &field(const char *name, const T &v)
    {
        key(name);
        return value(v);
    }
    JsonWriter &nullField(const char *name) { return key(name).null(); }

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separator();

    QByteArray m_out;
    QList<bool> m_first;    // per open container: nothing written yet
    bool m_afterKey = false;
};

} // namespace kd::demo
