#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace kd {

// One highlighted run of formatted text. Offsets are UTF-16 positions in FormattedJson::text.
// Punctuation spans cover brackets and braces; ':' and ',' keep the default text colour.
struct JsonSpan
{
    enum Kind : quint8 { Key, String, Number, Bool, Null, Punctuation, Error };

    int start = 0;
    int length = 0;
    Kind kind = Punctuation;
};

struct FormattedJson
{
    QString text;
    QList<JsonSpan> spans;          // sorted by start, never overlapping
    bool valid = false;
    QString error;                  // translated, empty when valid
    int errorOffset = -1;           // byte offset into the input, -1 when valid
};

enum class FormatOption { Spans, NoSpans };

// Pretty-prints JSON straight from the bytes in one pass (no DOM), so it is fast and copes with
// invalid or truncated input: what can be formatted is formatted, the rest is appended verbatim
// as one Error span. Pure and thread-safe.
FormattedJson formatJson(const QByteArray &body, int indent = 2, FormatOption option = FormatOption::Spans);

// One step of a JSON path: an object key or an array index.
struct JsonPathStep
{
    QString key;
    int index = -1;                 // >= 0: array element

    bool isIndex() const { return index >= 0; }
    bool operator==(const JsonPathStep &other) const = default;
};

// "$", "$.project.customer.name", "$[3].id", "$[\"color-safe\"]"
QString jsonPath(const QList<JsonPathStep> &steps);
QString appendJsonPathKey(const QString &path, const QString &key);
QString appendJsonPathIndex(const QString &path, int index);

// The path of the value that contains UTF-16 position `offset` of a (valid) JSON text, e.g. of
// FormattedJson::text (U+2028 counts as white space). A position on a key yields the path of
// that key's value.
QList<JsonPathStep> jsonPathAt(QStringView json, qsizetype offset);

// Every start position of `needle` in `haystack`, case-insensitive, at most `limit` of them.
QList<int> findAllMatches(QStringView haystack, QStringView needle, int limit = 100000);

// Text preparation for a QPlainTextEdit with few blocks: joins up to `linesPerBlock` lines into
// one block with U+2028 line separators, in place and without changing the length, so offsets
// (spans, matches) stay valid. A lone '\r' or U+2029 counts as a line end, the '\r' of "\r\n"
// becomes a space, and frame markers become U+FFFD. Returns the number of lines of each block.
QList<int> groupLinesForDisplay(QString &text, int linesPerBlock = 64, qsizetype charsPerBlock = 16 * 1024);
// Inserts a U+2028 line separator into every line longer than `maxLength` (for plain text).
QString breakLongLines(const QString &text, qsizetype maxLength = 4096);

// What a body looks like, to decide how the inspector shows it.
enum class BodyKind { Empty, Json, Html, Text };
BodyKind classifyBody(const QByteArray &contentType, const QByteArray &body);

} // namespace kd
