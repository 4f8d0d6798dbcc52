#pragma once

#include "core/exchange.h"
#include "models/jsonformatter.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace kd {

class JsonTreeModel;

namespace inspector {
class CodeEdit;
struct Prepared;
} // namespace inspector

// Shows one Exchange: status, timing, size, URL, request and response headers, and the body as
// pretty, highlighted JSON, as a lazy tree, and raw. Formatting runs on a worker thread; the text
// view receives a document built off the GUI thread and highlights only the blocks it paints.
class JsonInspector : public QWidget
{
    Q_OBJECT

public:
    using SavePathChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;

    explicit JsonInspector(QWidget *parent = nullptr);
    ~JsonInspector() override;

    void showExchange(const kd::Exchange &exchange, bool bodyDropped = false);
    void clear();
    void setPlainTextLimit(qint64 bytes);       // bodies above it: plain text, no highlighting, no tree
    qint64 plainTextLimit() const { return m_plainTextLimit; }
    void focusSearch();
    // Replaces the file dialog of "Save…" (tests, or a caller with its own dialog).
    void setSavePathChooser(SavePathChooser chooser);

    QString prettyText() const;                 // the text of the Pretty tab
    bool isBusy() const;
    JsonTreeModel *treeModel() const { return m_treeModel; }

    void copyPrettyText();
    // The exchange on show as a curl command line, the token as $KIMAI_TOKEN (core/curlcommand.h).
    void copyAsCurl();
    bool saveTo(const QString &path);           // false and a notice on errors

Q_SIGNALS:
    void contentReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildHeader();
    QWidget *buildSearchBar();
    QWidget *buildTreeTab();
    // The tree view is built the first time a tree is shown.
    QTreeView *treeView();
    void resetViews();
    void showHeader();
    void showSections();
    void startFormatting();
    void onFormatted();
    void onRawReady();
    void onTreeParsed();
    void onTabChanged(int index);
    void ensureRaw();
    void ensureTree();
    void finishLater();
    void setNotice(const QStringList &lines);
    void scheduleSearch();
    void runSearch();
    void onSearchDone();
    void goToMatch(int delta);
    void showMatch();
    void selectTreePath(const QList<JsonPathStep> &steps);
    void copyTreeValue();
    void copyTreePath();
    void save();
    inspector::CodeEdit *searchTarget() const;

    // widgets (owned through the QObject tree)
    QLabel *m_status = nullptr;
    QLabel *m_timing = nullptr;
    QToolButton *m_copyCurl = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_notice = nullptr;
    QToolButton *m_requestToggle = nullptr;
    QWidget *m_requestBox = nullptr;
    inspector::CodeEdit *m_requestHeaders = nullptr;
    inspector::CodeEdit *m_requestBody = nullptr;
    QToolButton *m_responseToggle = nullptr;
    inspector::CodeEdit *m_responseHeaders = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_matchLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    inspector::CodeEdit *m_pretty = nullptr;
    inspector::CodeEdit *m_raw = nullptr;
    QWidget *m_treePage = nullptr;
    QList<QAction *> m_treeActions;
    QTreeView *m_tree = nullptr;   // built by treeView()
    QLabel *m_treeMessage = nullptr;
    JsonTreeModel *m_treeModel = nullptr;
    QTimer *m_searchTimer = nullptr;

    // state of the exchange on show
    kd::Exchange m_exchange;
    bool m_bodyDropped = false;
    BodyKind m_kind = BodyKind::Empty;
    bool m_plainMode = false;
    quint64 m_generation = 0;               // of the exchange on show; stale results are dropped
    quint64 m_treeGeneration = 0;
    quint64 m_searchGeneration = 0;
    qint64 m_plainTextLimit = 8 * 1024 * 1024;
    bool m_busy = false;
    bool m_rawRequested = false;
    bool m_treeRequested = false;
    QString m_prettyDisplay;                    // exactly the Pretty document's text
    QString m_rawDisplay;
    QStringList m_noticeLines;

    // search
    QList<int> m_matches;
    QString m_matchNeedle;
    int m_currentMatch = -1;
    bool m_searchPending = false;
    inspector::CodeEdit *m_searchedEdit = nullptr;

    QFutureWatcher<std::shared_ptr<inspector::Prepared>> m_formatWatcher;
    QFutureWatcher<std::shared_ptr<inspector::Prepared>> m_rawWatcher;
    QFutureWatcher<QJsonDocument> m_treeWatcher;
    QFutureWatcher<QList<int>> m_searchWatcher;
    SavePathChooser m_chooseSavePath;
};

} // namespace kd
