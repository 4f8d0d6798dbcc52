// The widgets of the JSON inspector: header, sections, search bar, Pretty / Tree / Raw tabs.

#include "ui/jsoninspector.h"

#include "models/exchangelogmodel.h"
#include "models/jsontreemodel.h"
#include "ui/codeedit.h"
#include "ui/headerview.h"

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
    m_url->setTextFormat(Qt::PlainText);   // a URL is never markup
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
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 12);   // room for a key; narrow windows
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

QTreeView *JsonInspector::treeView()
{
    if (m_tree)
        return m_tree;
    m_tree = new QTreeView(m_treePage);
    m_tree->setLayoutDirection(Qt::LeftToRight);   // JSON keys and values read left to right
    HeaderView::install(m_tree);
    m_tree->setObjectName(QStringLiteral("tree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions(m_treeActions);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(int(JsonTreeModel::Column::Value), QHeaderView::Stretch);
    m_tree->setColumnWidth(int(JsonTreeModel::Column::Key), 220);
    auto *layout = static_cast<QVBoxLayout *>(m_treePage->layout());
    layout->insertWidget(layout->indexOf(m_treeMessage), m_tree, 1);
    return m_tree;
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
    m_treeMessage = new QLabel(page);
    m_treeMessage->setObjectName(QStringLiteral("treeMessage"));
    m_treeMessage->setAlignment(Qt::AlignCenter);
    m_treeMessage->setWordWrap(true);
    layout->addWidget(m_treeMessage, 1);
    m_treePage = page;
    m_treeActions = {copyValue, copyPath};
    return page;
}

} // namespace kd
