#include "ui/jsoninspector.h"

#include "models/exchangelogmodel.h"
#include "models/jsontreemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <array>

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
             quint64 generation)
{
    auto p = std::make_shared<Prepared>();
    p->generation = generation;
    if (mode == Mode::Json) {
        FormattedJson f = formatJson(body);
        p->text = std::move(f.text);
        p->spans = std::move(f.spans);
        p->valid = f.valid;
        p->error = f.error;
        p->errorOffset = f.errorOffset;
    } else {
        p->text = breakLongLines(QString::fromUtf8(body), kRawLineLength);
    }
    p->lineCounts = groupLinesForDisplay(p->text, kLinesPerBlock, kCharsPerBlock);
    if (promise.isCanceled())
        return;
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document.get()));
    document->setDefaultFont(font);
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::NoWrap);
    document->setDefaultTextOption(option);
    document->setPlainText(p->text);
    document->moveToThread(nullptr);        // the GUI thread pulls it in
    p->document = std::move(document);
    promise.addResult(std::move(p));
}

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

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);   // same style as the exchange log's Size column
}

QString headersText(const HeaderList &headers, QList<JsonSpan> *spans)
{
    QString text;
    for (const auto &header : headers) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        const QString name = QString::fromLatin1(header.first);
        spans->append(JsonSpan{int(text.size()), int(name.size()), JsonSpan::Key});
        text += name + QStringLiteral(": ") + QString::fromUtf8(header.second);
    }
    return text;
}

} // namespace kd::inspector

namespace kd {

using inspector::CodeEdit;
using inspector::Mode;
using inspector::Prepared;

JsonInspector::JsonInspector(QWidget *parent)
    : QWidget(parent), m_treeModel(new JsonTreeModel(this)), m_searchTimer(new QTimer(this))
{
    m_chooseSavePath = [](QWidget *dialogParent, const QString &suggested) {
        return QFileDialog::getSaveFileName(dialogParent, JsonInspector::tr("Save Body"), QDir::home().filePath(suggested),
                                            JsonInspector::tr("JSON files (*.json);;Text files (*.txt);;All files (*)"));
    };
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &JsonInspector::runSearch);
    connect(&m_formatWatcher, &QFutureWatcherBase::finished, this, &JsonInspector::onFormatted);
    connect(&m_rawWatcher, &QFutureWatcherBase::finished, this, &JsonInspector::onRawReady);
    connect(&m_treeWatcher, &QFutureWatcherBase::finished, this, &JsonInspector::onTreeParsed);
    connect(&m_searchWatcher, &QFutureWatcherBase::finished, this, &JsonInspector::onSearchDone);
    buildUi();
    clear();
}

JsonInspector::~JsonInspector()
{
    m_formatWatcher.cancel();
    m_rawWatcher.cancel();
}

void JsonInspector::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(buildHeader());

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notice);

    const auto section = [this, layout](QToolButton *&toggle, QWidget *content) {
        toggle = new QToolButton(this);
        toggle->setCheckable(true);
        toggle->setAutoRaise(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setArrowType(Qt::RightArrow);
        toggle->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        content->setVisible(false);
        connect(toggle, &QToolButton::toggled, content, [toggle, content](bool open) {
            toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
            content->setVisible(open);
        });
        layout->addWidget(toggle);
        layout->addWidget(content);
    };
    m_requestBox = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(m_requestBox);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    m_requestHeaders = new CodeEdit(m_requestBox);
    m_requestBody = new CodeEdit(m_requestBox);
    requestLayout->addWidget(m_requestHeaders);
    requestLayout->addWidget(m_requestBody);
    section(m_requestToggle, m_requestBox);
    m_responseHeaders = new CodeEdit(this);
    section(m_responseToggle, m_responseHeaders);

    layout->addWidget(buildSearchBar());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_pretty = new CodeEdit(m_tabs);
    m_pretty->setObjectName(QStringLiteral("pretty"));
    m_raw = new CodeEdit(m_tabs);
    m_raw->setObjectName(QStringLiteral("raw"));
    m_tabs->addTab(m_pretty, tr("Pretty"));
    m_tabs->addTab(buildTreeTab(), tr("Tree"));
    m_tabs->addTab(m_raw, tr("Raw"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &JsonInspector::onTabChanged);
    layout->addWidget(m_tabs, 1);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    // F3 / Shift+F3 everywhere, plus the platform's own find-next keys (without duplicates:
    // a key bound twice is an ambiguous shortcut).
    const auto keys = [](QKeySequence::StandardKey standard, QKeySequence extra) {
        QList<QKeySequence> list = QKeySequence::keyBindings(standard);
        if (!list.contains(extra))
            list.prepend(extra);
        return list;
    };
    auto *next = new QAction(tr("Find Next"), this);
    next->setShortcuts(keys(QKeySequence::FindNext, QKeySequence(Qt::Key_F3)));
    auto *previous = new QAction(tr("Find Previous"), this);
    previous->setShortcuts(keys(QKeySequence::FindPrevious, QKeySequence(Qt::SHIFT | Qt::Key_F3)));
    for (QAction *action : {find, next, previous}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(find, &QAction::triggered, this, &JsonInspector::focusSearch);
    connect(next, &QAction::triggered, this, [this] { goToMatch(+1); });
    connect(previous, &QAction::triggered, this, [this] { goToMatch(-1); });
}

QWidget *JsonInspector::buildHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("status"));
    m_url = new QLabel(header);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_url->setLayoutDirection(Qt::LeftToRight);   // a URL reads left to right in every language
    m_timing = new QLabel(header);
    m_timing->setObjectName(QStringLiteral("timing"));
    m_timing->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_status);
    row->addWidget(m_url, 1);
    row->addWidget(m_timing);
    return header;
}

QWidget *JsonInspector::buildSearchBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Find in body (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 22);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &JsonInspector::scheduleSearch);
    const auto tool = [bar, row](const QString &text, const QString &name) {
        auto *button = new QToolButton(bar);
        button->setText(text);
        button->setObjectName(name);
        row->addWidget(button);
        return button;
    };
    row->addWidget(m_search, 1);
    QToolButton *previous = tool(tr("Previous"), QStringLiteral("previousMatch"));
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    QToolButton *next = tool(tr("Next"), QStringLiteral("nextMatch"));
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    m_matchLabel = new QLabel(bar);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_matchLabel->setMinimumWidth(m_matchLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 of 00000")));
    row->addWidget(m_matchLabel);
    row->addSpacing(12);
    QToolButton *copy = tool(tr("Copy"), QStringLiteral("copy"));
    copy->setToolTip(tr("Copy the formatted body to the clipboard"));
    QToolButton *save = tool(tr("Save…"), QStringLiteral("save"));
    connect(previous, &QToolButton::clicked, this, [this] { goToMatch(-1); });
    connect(next, &QToolButton::clicked, this, [this] { goToMatch(+1); });
    connect(copy, &QToolButton::clicked, this, &JsonInspector::copyPrettyText);
    connect(save, &QToolButton::clicked, this, &JsonInspector::save);
    return bar;
}

QWidget *JsonInspector::buildTreeTab()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *buttons = new QHBoxLayout;
    auto *copyValue = new QAction(tr("Copy Value"), page);
    auto *copyPath = new QAction(tr("Copy Path"), page);
    copyValue->setObjectName(QStringLiteral("copyValue"));
    copyPath->setObjectName(QStringLiteral("copyPath"));
    connect(copyValue, &QAction::triggered, this, &JsonInspector::copyTreeValue);
    connect(copyPath, &QAction::triggered, this, &JsonInspector::copyTreePath);
    for (QAction *action : {copyValue, copyPath}) {
        auto *button = new QToolButton(page);
        button->setDefaultAction(action);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_tree = new QTreeView(page);
    m_tree->setObjectName(QStringLiteral("tree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({copyValue, copyPath});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(int(JsonTreeModel::Column::Value), QHeaderView::Stretch);
    m_tree->setColumnWidth(int(JsonTreeModel::Column::Key), 220);
    m_treeMessage = new QLabel(page);
    m_treeMessage->setObjectName(QStringLiteral("treeMessage"));
    m_treeMessage->setAlignment(Qt::AlignCenter);
    m_treeMessage->setWordWrap(true);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_treeMessage, 1);
    return page;
}

void JsonInspector::clear()
{
    showExchange(Exchange());
}

void JsonInspector::showExchange(const Exchange &exchange, bool bodyDropped)
{
    m_formatWatcher.cancel();
    m_rawWatcher.cancel();
    ++m_generation;
    m_exchange = exchange;
    m_bodyDropped = bodyDropped && exchange.responseBody.isEmpty();
    const QByteArray &body = exchange.responseBody;
    m_kind = classifyBody(exchange.responseHeader("Content-Type"), body);
    m_plainMode = m_kind != BodyKind::Empty && body.size() > m_plainTextLimit;
    resetViews();
    showHeader();
    showSections();

    QStringList notices;
    if (!exchange.isValid()) {
        m_pretty->reset(tr("Select a request to inspect it."));
    } else if (m_bodyDropped) {
        m_pretty->reset(tr("The body is no longer kept."));
        notices << tr("The body is no longer kept: the log keeps only the bodies of the latest requests.");
    } else if (m_kind == BodyKind::Empty) {
        m_pretty->reset(exchange.status == 0 ? tr("No response was received.") : tr("The response has no body."));
    }
    if (!exchange.error.isEmpty())
        notices << exchange.error;
    if (exchange.bodyTruncated)
        notices << tr("Only the first %1 of %2 were kept.").arg(inspector::sizeText(body.size()),
                                                               inspector::sizeText(std::max(exchange.size, qint64(body.size()))));
    if (m_plainMode)
        notices << tr("This body is %1, larger than %2: the inspector shows plain text only.")
                       .arg(inspector::sizeText(body.size()), inspector::sizeText(m_plainTextLimit));
    else if (m_kind == BodyKind::Html)
        notices << tr("The response is HTML; it is shown as plain text.");
    else if (m_kind == BodyKind::Text)
        notices << tr("The body is not JSON; it is shown as plain text.");
    setNotice(notices);

    if (!exchange.isValid() || m_bodyDropped || m_kind == BodyKind::Empty) {
        m_busy = false;
        finishLater();
        return;
    }
    startFormatting();
}

void JsonInspector::resetViews()
{
    m_prettyDisplay.clear();
    m_rawDisplay.clear();
    m_rawRequested = m_treeRequested = false;
    m_matches.clear();
    m_currentMatch = -1;
    m_searchPending = false;
    m_matchLabel->clear();
    m_pretty->reset(tr("Formatting…"));
    m_raw->reset();
    m_treeModel->clear();
    const bool json = m_kind == BodyKind::Json && !m_plainMode;
    m_tabs->setTabEnabled(1, json);
    m_tabs->setTabEnabled(2, !m_plainMode);
    if (!m_tabs->isTabEnabled(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(0);
    m_tree->setVisible(false);
    m_treeMessage->setVisible(true);
    m_treeMessage->setText(json ? tr("Building the tree…") : tr("The body is not JSON."));
}

void JsonInspector::showHeader()
{
    const Exchange &e = m_exchange;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor chip = statusColor(e.status, dark);
    m_status->setVisible(e.isValid());
    m_status->setText(e.status > 0 ? e.statusText() : tr("No answer"));
    m_status->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 2px 8px; font-weight: 600; }")
                                .arg(chip.name(), dark ? QStringLiteral("#111") : QStringLiteral("#fff")));
    const QString url = e.url.toDisplayString(QUrl::RemoveUserInfo);
    m_url->setText(e.isValid() ? QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2").arg(QString::fromLatin1(e.method).toHtmlEscaped(), url.toHtmlEscaped())
                               : QString());
    m_url->setToolTip(url);
    m_timing->setText(e.isValid() ? tr("%1 ms · %2").arg(QLocale().toString(e.elapsedMs), inspector::sizeText(e.size)) : QString());
}

void JsonInspector::showSections()
{
    const Exchange &e = m_exchange;
    QList<JsonSpan> spans;
    QString text = inspector::headersText(e.requestHeaders, &spans);
    m_requestHeaders->showText(text, spans);
    m_requestHeaders->setPlaceholderText(tr("No request headers."));
    if (e.requestBody.isEmpty()) {
        m_requestBody->reset(m_bodyDropped ? tr("The body is no longer kept.") : tr("No request body."));
    } else if (e.requestBody.size() <= 256 * 1024 && classifyBody({}, e.requestBody) == BodyKind::Json) {
        const FormattedJson f = formatJson(e.requestBody);
        m_requestBody->showText(f.text, f.spans);
    } else {
        m_requestBody->showText(breakLongLines(QString::fromUtf8(e.requestBody.left(256 * 1024)), inspector::kRawLineLength));
    }
    m_requestHeaders->fitHeight(text, 8);
    m_requestBody->fitHeight(m_requestBody->toPlainText(), 12);
    m_requestToggle->setText(tr("Request (%n header(s))", nullptr, int(e.requestHeaders.size())));
    spans.clear();
    text = inspector::headersText(e.responseHeaders, &spans);
    m_responseHeaders->showText(text, spans);
    m_responseHeaders->fitHeight(text, 10);
    m_responseToggle->setText(tr("Response headers (%n)", nullptr, int(e.responseHeaders.size())));
}

void JsonInspector::startFormatting()
{
    m_busy = true;
    const Mode mode = (m_kind == BodyKind::Json && !m_plainMode) ? Mode::Json : Mode::Plain;
    m_formatWatcher.setFuture(QtConcurrent::run(&inspector::prepare, m_exchange.responseBody, mode, m_pretty->font(), m_generation));
}

void JsonInspector::onFormatted()
{
    if (m_formatWatcher.future().resultCount() == 0)
        return;
    const std::shared_ptr<Prepared> result = m_formatWatcher.result();
    if (!result || result->generation != m_generation)
        return;
    m_prettyDisplay = result->text;
    m_pretty->adopt(*result);
    m_pretty->setPlaceholderText(QString());
    if (!result->valid && !m_exchange.bodyTruncated) {
        m_noticeLines << tr("Not valid JSON at byte %1: %2 The part before is formatted; the rest is shown as received.")
                             .arg(QLocale().toString(result->errorOffset), result->error);
        setNotice(m_noticeLines);
    }
    m_busy = false;
    onTabChanged(m_tabs->currentIndex());
    Q_EMIT contentReady();
}

void JsonInspector::finishLater()
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation && !m_busy)
            Q_EMIT contentReady();
    });
}

void JsonInspector::onTabChanged(int index)
{
    if (index == 2)
        ensureRaw();
    else if (index == 1)
        ensureTree();
    if (!m_search->text().isEmpty())
        runSearch();
}

void JsonInspector::ensureRaw()
{
    if (m_rawRequested || m_busy || m_plainMode || m_kind == BodyKind::Empty || m_bodyDropped)
        return;
    m_rawRequested = true;
    m_raw->reset(tr("Loading…"));
    m_rawWatcher.setFuture(QtConcurrent::run(&inspector::prepare, m_exchange.responseBody, Mode::Plain, m_raw->font(), m_generation));
}

void JsonInspector::onRawReady()
{
    if (m_rawWatcher.future().resultCount() == 0)
        return;
    const std::shared_ptr<Prepared> result = m_rawWatcher.result();
    if (!result || result->generation != m_generation)
        return;
    m_rawDisplay = result->text;
    m_raw->adopt(*result);
    m_raw->setPlaceholderText(QString());
    if (m_tabs->currentIndex() == 2 && !m_search->text().isEmpty())
        runSearch();
}

void JsonInspector::ensureTree()
{
    if (m_treeRequested || m_kind != BodyKind::Json || m_plainMode || m_bodyDropped)
        return;
    m_treeRequested = true;
    const QByteArray body = m_exchange.responseBody;
    m_treeGeneration = m_generation;
    m_treeWatcher.setFuture(QtConcurrent::run([body] { return QJsonDocument::fromJson(body); }));
}

void JsonInspector::onTreeParsed()
{
    if (m_treeGeneration != m_generation)
        return;
    const QJsonDocument document = m_treeWatcher.result();
    m_treeModel->setDocument(document);
    const bool empty = document.isNull();
    m_tree->setVisible(!empty);
    m_treeMessage->setVisible(empty);
    m_treeMessage->setText(tr("The body could not be parsed as JSON, so there is no tree."));
    if (m_currentMatch >= 0 && m_tabs->currentIndex() == 1)
        showMatch();
}

void JsonInspector::setNotice(const QStringList &lines)
{
    m_noticeLines = lines;
    m_notice->setVisible(!lines.isEmpty());
    m_notice->setText(lines.join(QLatin1Char('\n')));
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_notice->setStyleSheet(dark ? QStringLiteral("QLabel { background: #3d3210; color: #f5e0a0; border: 1px solid #6b5a1e; border-radius: 4px; padding: 4px 8px; }")
                                 : QStringLiteral("QLabel { background: #fff8db; color: #5c4a00; border: 1px solid #e8d48a; border-radius: 4px; padding: 4px 8px; }"));
}

inspector::CodeEdit *JsonInspector::searchTarget() const
{
    return m_tabs->currentIndex() == 2 ? m_raw : m_pretty;
}

void JsonInspector::scheduleSearch()
{
    m_searchTimer->start();
}

void JsonInspector::runSearch()
{
    m_searchTimer->stop();
    const QString needle = m_search->text();
    CodeEdit *target = searchTarget();
    const QString text = target == m_raw ? m_rawDisplay : m_prettyDisplay;
    m_matches.clear();
    m_currentMatch = -1;
    m_pretty->setMatches({}, 0, -1);
    m_raw->setMatches({}, 0, -1);
    m_searchPending = !needle.isEmpty() && !text.isEmpty();
    m_matchLabel->setText(needle.isEmpty() || m_busy ? QString() : m_searchPending ? tr("Searching…") : tr("No matches"));
    if (!m_searchPending)
        return;
    m_matchNeedle = needle;
    m_searchedEdit = target;
    m_searchGeneration = m_generation;
    m_searchWatcher.setFuture(QtConcurrent::run([text, needle] { return findAllMatches(text, needle, int(inspector::kMaxMatches)); }));
}

void JsonInspector::onSearchDone()
{
    if (m_searchGeneration != m_generation || m_matchNeedle != m_search->text() || m_searchedEdit != searchTarget())
        return;
    m_searchPending = false;
    m_matches = m_searchWatcher.result();
    if (m_matches.isEmpty()) {
        m_matchLabel->setText(tr("No matches"));
        return;
    }
    m_currentMatch = 0;
    showMatch();
}

void JsonInspector::goToMatch(int delta)
{
    if (m_searchTimer->isActive()) {
        runSearch();    // the first match is shown when the search is done
        return;
    }
    const int n = int(m_matches.size());
    if (n == 0 || m_searchPending)
        return;
    m_currentMatch = ((m_currentMatch + delta) % n + n) % n;
    showMatch();
}

void JsonInspector::showMatch()
{
    const QLocale locale;
    const int n = int(m_matches.size());
    m_matchLabel->setText(tr("%1 of %2").arg(locale.toString(m_currentMatch + 1),
                                             locale.toString(n) + (n >= inspector::kMaxMatches ? QStringLiteral("+") : QString())));
    const int offset = m_matches.at(m_currentMatch);
    m_searchedEdit->setMatches(m_matches, int(m_matchNeedle.size()), m_currentMatch);
    m_searchedEdit->selectRange(offset, int(m_matchNeedle.size()));
    if (m_tabs->currentIndex() == 1 && m_searchedEdit == m_pretty)
        selectTreePath(jsonPathAt(m_prettyDisplay, offset));
}

void JsonInspector::selectTreePath(const QList<JsonPathStep> &steps)
{
    const QModelIndex index = m_treeModel->indexForPath(steps);
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void JsonInspector::copyTreeValue()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(m_treeModel->valueTextOf(index.siblingAtColumn(0)));
}

void JsonInspector::copyTreePath()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(m_treeModel->pathOf(index.siblingAtColumn(0)));
}

QString JsonInspector::prettyText() const
{
    QString text = m_prettyDisplay;
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

bool JsonInspector::isBusy() const
{
    return m_busy;
}

void JsonInspector::copyPrettyText()
{
    const bool pretty = m_kind == BodyKind::Json && !m_plainMode;
    QGuiApplication::clipboard()->setText(pretty ? prettyText() : QString::fromUtf8(m_exchange.responseBody));
}

void JsonInspector::save()
{
    QString name = m_exchange.url.path();
    if (name.startsWith(QLatin1String("/api/")))
        name = name.mid(5);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("body");
    name += m_kind == BodyKind::Json ? QStringLiteral(".json") : m_kind == BodyKind::Html ? QStringLiteral(".html") : QStringLiteral(".txt");
    const QString path = m_chooseSavePath ? m_chooseSavePath(this, name) : QString();
    if (!path.isEmpty())
        saveTo(path);
}

bool JsonInspector::saveTo(const QString &path)
{
    const bool pretty = m_kind == BodyKind::Json && !m_plainMode;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(pretty ? prettyText().toUtf8() : m_exchange.responseBody);
        if (file.commit())
            return true;
    }
    setNotice(m_noticeLines << tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

void JsonInspector::setSavePathChooser(SavePathChooser chooser)
{
    m_chooseSavePath = std::move(chooser);
}

void JsonInspector::setPlainTextLimit(qint64 bytes)
{
    m_plainTextLimit = std::max<qint64>(0, bytes);
}

void JsonInspector::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool JsonInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            goToMatch(key->modifiers() & Qt::ShiftModifier ? -1 : +1);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JsonInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        showHeader();
        setNotice(m_noticeLines);
    }
}

} // namespace kd
