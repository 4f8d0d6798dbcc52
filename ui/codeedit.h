#pragma once

// The text views of the JSON inspector: a read-only QPlainTextEdit that adopts documents prepared
// off the GUI thread and highlights only the blocks it paints, and the worker job that prepares them.

#include "core/exchange.h"
#include "models/jsonformatter.h"

#include <QFontDatabase>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPromise>
#include <QScrollBar>
#include <QTextBlock>

#include <array>
#include <memory>

namespace kd::inspector {

// A block is laid out (shaped) as a whole when any of it is visible, so blocks stay small; but
// few blocks make building the document, setDocument() and resizing cheap.
constexpr int kLinesPerBlock = 64;          // lines joined (U+2028) into one QTextBlock
constexpr qsizetype kCharsPerBlock = 4096;
constexpr qsizetype kRawLineLength = 1024;  // longer raw lines are broken for display
constexpr qsizetype kMaxMatches = 100000;

enum class Mode { Json, Plain };

// Everything the worker prepares for one text view. The document has no thread affinity until
// the GUI thread adopts it.
struct Prepared
{
    quint64 generation = 0;
    QString text;                           // exactly the document's text
    QList<JsonSpan> spans;
    QList<int> lineCounts;                  // visual lines per block
    bool valid = true;
    QString error;
    int errorOffset = -1;
    std::unique_ptr<QTextDocument> document;
};

// The worker job. It stops early when the job is cancelled (a newer exchange, or the inspector
// went away), so stale work costs little.
void prepare(QPromise<std::shared_ptr<Prepared>> &promise, const QByteArray &body, Mode mode, const QFont &font,
             quint64 generation);

// A read-only QPlainTextEdit that adopts prepared documents and applies syntax and search
// highlighting only to the blocks it is about to paint.
class CodeEdit : public QPlainTextEdit
{
public:
    explicit CodeEdit(QWidget *parent)
        : QPlainTextEdit(parent)
    {
        setReadOnly(true);
        setLineWrapMode(QPlainTextEdit::NoWrap);
        setUndoRedoEnabled(false);
        QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        code.setStyleStrategy(QFont::PreferNoShaping);  // Latin JSON needs no shaping: 2-3x faster layout
        setFont(code);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        // JSON and HTTP headers read left to right in every language (an Arabic window is mirrored,
        // its code views are not: they would start scrolled to the end of each line).
        setLayoutDirection(Qt::LeftToRight);
        updateFormats();
    }

    void adopt(Prepared &p)
    {
        QTextDocument *document = p.document.release();
        document->moveToThread(thread());
        document->setParent(this);
        QTextDocument *old = this->document();
        const bool ownsOld = old && old->parent() == this;    // else the edit deletes its own
        setDocument(document);
        if (ownsOld)
            old->deleteLater();
        m_lineCounts = p.lineCounts;
        m_totalLines = 0;
        for (const int lines : std::as_const(m_lineCounts))
            m_totalLines += lines;
        m_spans = p.spans;
        m_matches.clear();
        m_formatted = false;
        ++m_generation;
        restoreLineCounts();
    }

    void showText(const QString &text, const QList<JsonSpan> &spans = {})
    {
        Prepared p;
        p.text = text;
        p.spans = spans;
        p.lineCounts = groupLinesForDisplay(p.text, kLinesPerBlock, kCharsPerBlock);
        auto document = std::make_unique<QTextDocument>();
        document->setDocumentLayout(new QPlainTextDocumentLayout(document.get()));
        document->setDefaultFont(font());
        document->setPlainText(p.text);
        p.document = std::move(document);
        adopt(p);
    }

    // For the small header and request views: as tall as the text, up to maxLines (plus room
    // for the horizontal scroll bar when a line is wider than the view).
    void fitHeight(QStringView text, int maxLines)
    {
        int lines = 0;
        qsizetype longest = 0;
        for (const QStringView line : text.tokenize(u'\n')) {
            ++lines;
            longest = std::max(longest, line.size());
        }
        const int margins = 2 * frameWidth() + 2 * int(document()->documentMargin()) + 4;
        const bool wide = longest * fontMetrics().averageCharWidth() + margins > width();
        setFixedHeight(fontMetrics().lineSpacing() * std::clamp(lines, 1, maxLines) + margins
                       + (wide ? horizontalScrollBar()->sizeHint().height() : 0));
    }

    void reset(const QString &placeholder = QString())
    {
        showText(QString());
        setPlaceholderText(placeholder);
    }

    void setMatches(const QList<int> &matches, int length, int current)
    {
        m_matches = matches;
        m_matchLength = length;
        m_currentMatch = current;
        ++m_generation;
        viewport()->update();
    }

    void selectRange(int start, int length)
    {
        QTextCursor cursor(document());
        cursor.setPosition(std::min(start, document()->characterCount() - 1));
        cursor.setPosition(std::min(start + length, document()->characterCount() - 1), QTextCursor::KeepAnchor);
        setTextCursor(cursor);
        centerCursor();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        highlightVisible();
        QPlainTextEdit::paintEvent(event);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        const int top = verticalScrollBar()->value();
        QPlainTextEdit::resizeEvent(event);
        // A width change lays the document out afresh and counts every block as one line.
        if (document()->lineCount() != m_totalLines) {
            restoreLineCounts();
            verticalScrollBar()->setValue(top);
        }
    }

    void changeEvent(QEvent *event) override
    {
        QPlainTextEdit::changeEvent(event);
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
            updateFormats();
            ++m_generation;
            viewport()->update();
        }
    }

private:
    void restoreLineCounts()
    {
        int i = 0;
        for (QTextBlock b = document()->firstBlock(); b.isValid() && i < m_lineCounts.size(); b = b.next())
            b.setLineCount(m_lineCounts.at(i++));
        auto *layout = document()->documentLayout();
        Q_EMIT layout->documentSizeChanged(layout->documentSize());
    }

    void highlightVisible()
    {
        if (m_spans.isEmpty() && m_matches.isEmpty() && !m_formatted)
            return;
        const qreal bottom = viewport()->rect().bottom();
        QTextBlock block = firstVisibleBlock();
        qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
        while (block.isValid() && top <= bottom) {
            if (block.userState() != m_generation) {
                applyFormats(block);
                block.setUserState(m_generation);
            }
            top += blockBoundingRect(block).height();
            block = block.next();
        }
    }

    void applyFormats(const QTextBlock &block)
    {
        const int from = block.position();
        const int to = from + block.length();
        QList<QTextLayout::FormatRange> ranges;
        auto span = std::lower_bound(m_spans.cbegin(), m_spans.cend(), from,
                                     [](const JsonSpan &s, int pos) { return s.start + s.length <= pos; });
        for (; span != m_spans.cend() && span->start < to; ++span) {
            const int start = std::max(span->start, from);
            ranges.append({start - from, std::min(span->start + span->length, to) - start, m_formats[span->kind]});
        }
        const int length = m_matchLength;
        auto match = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from,
                                      [length](int m, int pos) { return m + length <= pos; });
        for (; match != m_matches.cend() && *match < to; ++match) {
            const int start = std::max(*match, from);
            const bool current = match - m_matches.cbegin() == m_currentMatch;
            ranges.append({start - from, std::min(*match + length, to) - start, current ? m_currentFormat : m_matchFormat});
        }
        if (ranges.isEmpty() && block.layout()->formats().isEmpty())
            return;
        m_formatted = true;
        block.layout()->setFormats(ranges);
        document()->markContentsDirty(from, block.length());
    }

    void updateFormats()
    {
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        static constexpr std::array<QRgb, 7> light = {0x7c2d91, 0x1a7f37, 0x0550ae, 0xb35900, 0x6e7781, 0x57606a, 0xcf222e};
        static constexpr std::array<QRgb, 7> darkColors = {0xd2a8ff, 0x7ee787, 0x79c0ff, 0xffa657, 0x8b949e, 0x8b949e, 0xff7b72};
        for (size_t i = 0; i < m_formats.size(); ++i) {
            m_formats[i] = QTextCharFormat();
            m_formats[i].setForeground(QColor::fromRgb(dark ? darkColors[i] : light[i]));
        }
        m_formats[JsonSpan::Error].setBackground(dark ? QColor(0x4a, 0x1d, 0x1d) : QColor(0xff, 0xeb, 0xe9));
        m_matchFormat = QTextCharFormat();
        m_matchFormat.setBackground(dark ? QColor(0x5a, 0x4a, 0x00) : QColor(0xff, 0xf0, 0x8a));
        m_currentFormat = QTextCharFormat();
        m_currentFormat.setBackground(dark ? QColor(0xb0, 0x6a, 0x00) : QColor(0xff, 0xb0, 0x40));
    }

    QList<int> m_lineCounts;
    int m_totalLines = 1;
    QList<JsonSpan> m_spans;
    QList<int> m_matches;
    int m_matchLength = 0;
    int m_currentMatch = -1;
    int m_generation = 1;
    bool m_formatted = false;
    std::array<QTextCharFormat, 7> m_formats;
    QTextCharFormat m_matchFormat;
    QTextCharFormat m_currentFormat;
};

QString sizeText(qint64 bytes);
QString headersText(const HeaderList &headers, QList<JsonSpan> *spans);

} // namespace kd::inspector
