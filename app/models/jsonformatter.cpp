#include "models/jsonformatter.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <vector>

namespace kd {

namespace {

// Deeper levels are not indented any further, so that absurd nesting stays linear in size.
constexpr int kMaxIndentDepth = 64;

QString trError(const char *text)
{
    return QCoreApplication::translate("kd::JsonFormatter", text);
}

inline bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The single-pass formatter: reads bytes, writes UTF-16 straight into a preallocated QString.
class Formatter
{
public:
    Formatter(const QByteArray &body, int indent, bool withSpans)
        : m_begin(body.constData()), m_p(m_begin), m_end(m_begin + body.size()),
          m_indent(std::clamp(indent, 0, 16)), m_withSpans(withSpans)
    {
        const qsizetype estimate = body.size() + body.size() / 2 + 256;
        m_out.resize(estimate);
        m_o = reinterpret_cast<char16_t *>(m_out.data());
        m_oEnd = m_o + estimate;
        if (m_withSpans)
            m_result.spans.reserve(body.size() / 8 + 16);
    }

    FormattedJson run();

private:
    enum class Expect { Value, Key, Colon, CommaOrEnd, Done };

    int outPos() const { return int(m_o - reinterpret_cast<const char16_t *>(m_out.constData())); }
    void ensure(qsizetype n)
    {
        if (m_oEnd - m_o < n)
            grow(n);
    }
    void grow(qsizetype n);
    void put(char c) { *m_o++ = char16_t(uchar(c)); }
    void putAscii(const char *from, const char *to)
    {
        ensure(to - from);
        while (from < to)
            *m_o++ = char16_t(uchar(*from++));
    }
    void putUtf8(const char *from, const char *to);
    void span(int start, JsonSpan::Kind kind)
    {
        if (m_withSpans)
            m_result.spans.append(JsonSpan{start, outPos() - start, kind});
    }
    void newline();
    void skipSpace()
    {
        while (m_p < m_end && isJsonSpace(*m_p))
            ++m_p;
    }
    Expect afterValue() const { return m_stack.empty() ? Expect::Done : Expect::CommaOrEnd; }
    bool open(char bracket);
    void close();
    bool string(JsonSpan::Kind kind);
    bool number();
    bool literal();
    void fail(const char *message, const char *at);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const int m_indent;
    const bool m_withSpans;
    QString m_out;
    char16_t *m_o = nullptr;
    char16_t *m_oEnd = nullptr;
    std::vector<char> m_stack;
    FormattedJson m_result;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};

void Formatter::grow(qsizetype n)
{
    const qsizetype used = outPos();
    const qsizetype capacity = std::max(used + n + 256, m_out.size() + m_out.size() / 2);
    m_out.resize(capacity);
    m_o = reinterpret_cast<char16_t *>(m_out.data()) + used;
    m_oEnd = reinterpret_cast<char16_t *>(m_out.data()) + capacity;
}

void Formatter::putUtf8(const char *from, const char *to)
{
    ensure(to - from); // UTF-8 never decodes to more UTF-16 units than it has bytes
    QChar *out = m_decoder.appendToBuffer(reinterpret_cast<QChar *>(m_o), QByteArrayView(from, to - from));
    m_o = reinterpret_cast<char16_t *>(out);
}

void Formatter::newline()
{
    const qsizetype n = qsizetype(std::min<size_t>(m_stack.size(), kMaxIndentDepth)) * m_indent;
    ensure(n + 1);
    *m_o++ = u'\n';
    std::fill_n(m_o, n, u' ');
    m_o += n;
}

// Returns false for an empty container, which stays on one line: {} or []
bool Formatter::open(char bracket)
{
    const char closing = bracket == '{' ? '}' : ']';
    const int start = outPos();
    ensure(2);
    put(bracket);
    ++m_p;
    skipSpace();
    if (m_p < m_end && *m_p == closing) {
        put(closing);
        ++m_p;
        span(start, JsonSpan::Punctuation);
        return false;
    }
    span(start, JsonSpan::Punctuation);
    m_stack.push_back(bracket);
    newline();
    return true;
}

void Formatter::close()
{
    m_stack.pop_back();
    newline();
    const int start = outPos();
    ensure(1);
    put(*m_p++);
    span(start, JsonSpan::Punctuation);
}

bool Formatter::string(JsonSpan::Kind kind)
{
    const int start = outPos();
    ensure(1);
    put('"');
    const char *s = m_p + 1;
    for (;;) {
        const char *q = s;
        while (q < m_end && uchar(*q) >= 0x20 && uchar(*q) < 0x80 && *q != '"' && *q != '\\')
            ++q;
        putAscii(s, q);
        if (q == m_end) {
            span(start, kind);
            m_p = q;
            fail(QT_TRANSLATE_NOOP("kd::JsonFormatter", "The text ends inside a string."), q);
            return false;
        }
        const uchar c = uchar(*q);
        if (c == '"') {
            ensure(1);
            put('"');
            m_p = q + 1;
            span(start, kind);
            return true;
        }
        if (c == '\\') {
            const char *escapeEnd = q + 2;
            bool ok = q + 1 < m_end && std::strchr("\"\\/bfnrtu", q[1]) != nullptr && q[1] != '\0';
            if (ok && q[1] == 'u') {
                escapeEnd = q + 6;
                ok = escapeEnd <= m_end && std::all_of(q + 2, escapeEnd, isHex);
            }
            if (!ok) {
                span(start, kind);
                fail(QT_TRANSLATE_NOOP("kd::JsonFormatter", "Invalid escape sequence in a string."), q);
                return false;
            }
            putAscii(q, escapeEnd); // escapes are kept as written
            s = escapeEnd;
            continue;
        }
        if (c >= 0x80) {
            const char *r = q;
            while (r < m_end && uchar(*r) >= 0x80)
                ++r;
            putUtf8(q, r);
            s = r;
            continue;
        }
        span(start, kind);
        fail(QT_TRANSLATE_NOOP("kd::JsonFormatter", "Control character inside a string."), q);
        return false;
    }
}

bool Formatter::number()
{
    const char *q = m_p;
    if (q < m_end && *q == '-')
        ++q;
    const char *digits = q;
    while (q < m_end && isDigit(*q))
        ++q;
    bool ok = q > digits && !(*digits == '0' && q - digits > 1);
    if (ok && q < m_end && *q == '.') {
        const char *fraction = ++q;
        while (q < m_end && isDigit(*q))
            ++q;
        ok = q > fraction;
    }
    if (ok && q < m_end && (*q == 'e' || *q == 'E')) {
        ++q;
        if (q < m_end && (*q == '+' || *q == '-'))
            ++q;
        const char *exponent = q;
        while (q < m_end && isDigit(*q))
            ++q;
        ok = q > exponent;
    }
    if (!ok) {
        fail(QT_TRANSLATE_NOOP("kd::JsonFormatter", "Invalid number."), m_p);
        return false;
    }
    const int start = outPos();
    putAscii(m_p, q);
    m_p = q;
    span(start, JsonSpan::Number);
    return true;
}

bool Formatter::literal()
{
    static constexpr struct { const char *text; int length; JsonSpan::Kind kind; } literals[] = {
        {"true", 4, JsonSpan::Bool}, {"false", 5, JsonSpan::Bool}, {"null", 4, JsonSpan::Null}};
    for (const auto &l : literals) {
        if (m_end - m_p >= l.length && std::equal(l.text, l.text + l.length, m_p)) {
            const int start = outPos();
            putAscii(m_p, m_p + l.length);
            m_p += l.length;
            span(start, l.kind);
            return true;
        }
    }
    fail(QT_TRANSLATE_NOOP("kd::JsonFormatter", "Unexpected character."), m_p);
    return false;
}

void Formatter::fail(const char *message, const char *at)
{
    if (!m_result.error.isEmpty())
        return;
    m_result.error = trError(message);
    m_result.errorOffset = int(at - m_begin);
    if (at < m_end) { // the rest is shown as it was received
        const int start = outPos();
        putUtf8(at, m_end);
        span(start, JsonSpan::Error);
    }
    m_p = m_end;
}

FormattedJson Formatter::run()
{
    Expect expect = Expect::Value;
    bool ok = true;
    for (skipSpace(); ok && m_p < m_end; skipSpace()) {
        const char c = *m_p;
        switch (expect) {
        case Expect::Value:
            if (c == '{' || c == '[') {
                if (open(c))
                    expect = c == '{' ? Expect::Key : Expect::Value;
                else
                    expect = afterValue();
                continue;
            }
            if (c == '"')
                ok = string(JsonSpan::String);
            else if (c == '-' || isDigit(c))
                ok = number();
            else
                ok = literal();
            expect = afterValue();
            break;
        case Expect::Key:
            if (c != '"') {
                fail(QT_TRANSLATE_NOOP("kd::JsonFormatter", "Expected a key in double quotes."), m_p);
                ok = false;
                break;
            }
            ok = string(JsonSpan::Key);
            expect = Expect::Colon;
            break;
        case Expect::Colon:
            if (c != ':') {
                fail(QT_TRANSLATE_NOOP("kd::JsonFormatter", "Expected ':' after a key."), m_p);
                ok = false;
                break;
            }
            ensure(2);
            put(':');
            put(' ');
            ++m_p;
            expect = Expect::Value;
            break;
        case Expect::CommaOrEnd:
            if (c == ',') {
                ensure(1);
                put(',');
                ++m_p;
                newline();
                expect = m_stack.back() == '{' ? Expect::Key : Expect::Value;
            } else if (c == (m_stack.back() == '{' ? '}' : ']')) {
                close();
                expect = afterValue();
            } else {
                fail(m_stack.back() == '{' ? QT_TRANSLATE_NOOP("kd::JsonFormatter", "Expected ',' or '}'.")
                                           : QT_TRANSLATE_NOOP("kd::JsonFormatter", "Expected ',' or ']'."),
                     m_p);
                ok = false;
            }
            break;
        case Expect::Done:
            fail(QT_TRANSLATE_NOOP("kd::JsonFormatter", "Unexpected data after the end of the JSON value."), m_p);
            ok = false;
            break;
        }
    }
    if (m_result.error.isEmpty() && expect != Expect::Done) {
        fail(m_begin == m_end ? QT_TRANSLATE_NOOP("kd::JsonFormatter", "The body is empty.")
                              : QT_TRANSLATE_NOOP("kd::JsonFormatter", "The text ends before the JSON value is complete."),
             m_end);
    }
    m_out.resize(outPos());
    if (m_out.capacity() > m_out.size() + m_out.size() / 4 + 4096)
        m_out.squeeze();
    m_result.text = std::move(m_out);
    m_result.valid = m_result.error.isEmpty();
    return std::move(m_result);
}

bool isIdentifier(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

// Decodes the JSON string token starting at json[i] (a '"'); returns the position after it.
qsizetype readString(QStringView json, qsizetype i, QString *decoded)
{
    const qsizetype n = json.size();
    for (++i; i < n; ++i) {
        const QChar c = json.at(i);
        if (c == u'"')
            return i + 1;
        if (c != u'\\') {
            if (decoded)
                decoded->append(c);
            continue;
        }
        if (++i >= n)
            break;
        const char16_t e = json.at(i).unicode();
        if (e == u'u' && i + 4 < n) {
            bool ok = false;
            const ushort code = json.mid(i + 1, 4).toUShort(&ok, 16);
            if (decoded && ok)
                decoded->append(QChar(code));
            i += 4;
        } else if (decoded) {
            static constexpr char16_t from[] = u"bfnrt";
            static constexpr char16_t to[] = u"\b\f\n\r\t";
            const auto *hit = std::find(std::begin(from), std::end(from) - 1, e);
            decoded->append(hit != std::end(from) - 1 ? QChar(to[hit - from]) : QChar(e));
        }
    }
    return n;
}

} // namespace

FormattedJson formatJson(const QByteArray &body, int indent, FormatOption option)
{
    return Formatter(body, indent, option == FormatOption::Spans).run();
}

QString appendJsonPathKey(const QString &path, const QString &key)
{
    if (isIdentifier(key))
        return path + QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return path + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

QString appendJsonPathIndex(const QString &path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString jsonPath(const QList<JsonPathStep> &steps)
{
    QString path = QStringLiteral("$");
    for (const JsonPathStep &step : steps)
        path = step.isIndex() ? appendJsonPathIndex(path, step.index) : appendJsonPathKey(path, step.key);
    return path;
}

QList<JsonPathStep> jsonPathAt(QStringView json, qsizetype offset)
{
    struct Frame
    {
        bool array;
        bool expectKey;
        JsonPathStep child;
    };
    std::vector<Frame> frames;
    const auto pathOf = [&frames](size_t depth) {
        QList<JsonPathStep> steps;
        for (size_t f = 0; f < depth; ++f)
            steps.append(frames[f].child);
        return steps;
    };
    const qsizetype n = json.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = json.at(i).unicode();
        if (c == u' ' || c == u'\n' || c == u'\r' || c == u'\t' || c == 0x2028) {
            ++i;
            continue;
        }
        if (i > offset) // offset was in white space: the enclosing container
            return pathOf(frames.empty() ? 0 : frames.size() - 1);
        if (c == u'{' || c == u'[') {
            if (i == offset)
                return pathOf(frames.size());
            frames.push_back({c == u'[', c == u'{', c == u'[' ? JsonPathStep{QString(), 0} : JsonPathStep{}});
            ++i;
        } else if (c == u'}' || c == u']') {
            if (i == offset || frames.empty())
                return pathOf(frames.empty() ? 0 : frames.size() - 1);
            frames.pop_back();
            ++i;
        } else if (c == u',') {
            if (!frames.empty()) {
                Frame &top = frames.back();
                if (top.array)
                    ++top.child.index;
                else
                    top.expectKey = true;
            }
            ++i;
        } else if (c == u':') {
            ++i;
        } else if (c == u'"' && !frames.empty() && frames.back().expectKey) {
            Frame &top = frames.back();
            top.child = JsonPathStep{};
            i = readString(json, i, &top.child.key);
            top.expectKey = false;
            if (i > offset)
                return pathOf(frames.size());
        } else { // a scalar value
            qsizetype end = i + 1;
            if (c == u'"') {
                end = readString(json, i, nullptr);
            } else {
                while (end < n && !QStringView(u" \n\r\t,]}:\u2028").contains(json.at(end)))
                    ++end;
            }
            if (end > offset)
                return pathOf(frames.size());
            i = end;
        }
    }
    return pathOf(frames.size());
}

QList<int> findAllMatches(QStringView haystack, QStringView needle, int limit)
{
    QList<int> matches;
    if (needle.isEmpty())
        return matches;
    qsizetype from = 0;
    while (matches.size() < limit) {
        const qsizetype at = haystack.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        matches.append(int(at));
        from = at + needle.size();
    }
    return matches;
}

QString breakLongLines(const QString &text, qsizetype maxLength)
{
    QString out(text.size() + text.size() / std::max<qsizetype>(1, maxLength) + 1, Qt::Uninitialized);
    QChar *o = out.data();
    qsizetype column = 0;
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator) {
            column = 0;
        } else if (column >= maxLength && !c.isLowSurrogate()) {
            *o++ = QChar::LineSeparator;
            column = 0;
        }
        *o++ = c;
        ++column;
    }
    out.truncate(o - out.constData());
    return out;
}

QList<int> groupLinesForDisplay(QString &text, int linesPerBlock, qsizetype charsPerBlock)
{
    QList<int> lineCounts;
    QChar *d = text.data();
    const qsizetype n = text.size();
    int lines = 1;
    qsizetype blockStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (c == u'\r' && i + 1 < n && d[i + 1] == u'\n') {
            d[i] = u' ';
        } else if (c == u'\n' || c == u'\r' || c == 0x2029 || c == 0x2028) {
            // Any line end may end a block (also a U+2028 from breakLongLines, else one long
            // line would stay one enormous block).
            if (lines >= linesPerBlock || i - blockStart >= charsPerBlock) {
                d[i] = u'\n';
                lineCounts.append(lines);
                lines = 1;
                blockStart = i + 1;
            } else {
                d[i] = QChar::LineSeparator;
                ++lines;
            }
        } else if (c == 0xfdd0 || c == 0xfdd1) {
            d[i] = QChar::ReplacementCharacter;
        }
    }
    lineCounts.append(lines);
    return lineCounts;
}

BodyKind classifyBody(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    if (head.isEmpty())
        return BodyKind::Empty;
    const QByteArray type = contentType.toLower();
    if (type.contains("json"))
        return BodyKind::Json;
    if (type.contains("html") || head.startsWith("<!doctype html") || head.startsWith("<html"))
        return BodyKind::Html;
    if (head.startsWith('{') || head.startsWith('['))
        return BodyKind::Json;
    return BodyKind::Text;
}

} // namespace kd
