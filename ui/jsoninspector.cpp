#include "ui/jsoninspector.h"

#include "models/exchangelogmodel.h"
#include "models/jsontreemodel.h"
#include "ui/codeedit.h"

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

namespace kd {

using inspector::CodeEdit;
using inspector::Mode;
using inspector::Prepared;

namespace {
constexpr qsizetype kInlineFormatBytes = 64 * 1024;   // formatted on the GUI thread up to this size
}

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
    if (m_tree)
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
    m_status->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 2px 8px; }")
                                .arg(chip.name(), dark ? QStringLiteral("#111") : QStringLiteral("#fff")));
    const QString url = e.url.toDisplayString(QUrl::RemoveUserInfo);
    m_url->setText(e.isValid() ? QString::fromLatin1(e.method) + QStringLiteral("\u00a0\u00a0") + url
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
    m_requestToggle->setText(tr("Request (%Ln header(s))", nullptr, int(e.requestHeaders.size())));
    spans.clear();
    text = inspector::headersText(e.responseHeaders, &spans);
    m_responseHeaders->showText(text, spans);
    m_responseHeaders->fitHeight(text, 10);
    m_responseToggle->setText(tr("Response headers (%Ln)", nullptr, int(e.responseHeaders.size())));
}

void JsonInspector::startFormatting()
{
    m_busy = true;
    const Mode mode = (m_kind == BodyKind::Json && !m_plainMode) ? Mode::Json : Mode::Plain;
    if (m_exchange.responseBody.size() <= kInlineFormatBytes) {
        // A small body takes well under a millisecond: format it in the next turn of the event
        // loop rather than wake (and keep alive) a worker thread for it. Same future, same path.
        auto promise = std::make_shared<QPromise<std::shared_ptr<Prepared>>>();
        m_formatWatcher.setFuture(promise->future());
        QTimer::singleShot(0, this, [this, promise, body = m_exchange.responseBody, mode, generation = m_generation] {
            promise->start();
            if (generation == m_generation && !promise->isCanceled())
                inspector::prepare(*promise, body, mode, m_pretty->font(), generation);
            promise->finish();
        });
        return;
    }
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
    treeView()->setVisible(!empty);
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
    QTreeView *tree = treeView();
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        tree->expand(parent);
    tree->setCurrentIndex(index);
    tree->scrollTo(index);
}

void JsonInspector::copyTreeValue()
{
    const QModelIndex index = m_tree ? m_tree->currentIndex() : QModelIndex();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(m_treeModel->valueTextOf(index.siblingAtColumn(0)));
}

void JsonInspector::copyTreePath()
{
    const QModelIndex index = m_tree ? m_tree->currentIndex() : QModelIndex();
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
