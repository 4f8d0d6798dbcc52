#include "ui/workspace.h"

#include "session/appcore.h"
#include "session/appsettings.h"
#include "session/session.h"
#include "ui/catalogtab.h"
#include "ui/favoritesmenu.h"
#include "ui/columnwidths.h"
#include "ui/i18ntab.h"
#include "ui/inspectorpane.h"
#include "ui/jsoninspector.h"
#include "ui/legacybanner.h"
#include "ui/pingtab.h"
#include "ui/targetprogress.h"
#include "ui/timerbar.h"
#include "ui/timesheetstab.h"
#include "ui/versiontab.h"

#include <QKeySequence>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>
#include <utility>

namespace kd {

namespace {

// The place of a tab page in the tab widget: the page is built the first time the slot is shown.
class TabSlot final : public QWidget
{
public:
    TabSlot(std::function<void()> build, QWidget *parent)
        : QWidget(parent)
        , m_build(std::move(build))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
    }

protected:
    void showEvent(QShowEvent *event) override
    {
        if (m_build)
            std::exchange(m_build, nullptr)();
        QWidget::showEvent(event);
    }

private:
    std::function<void()> m_build;
};

// The seven tabs in order: stable id, title, and how the page is built.
struct TabKind
{
    QLatin1String id;
    QString (*title)();
    TabPage *(*build)(AppCore *core, QWidget *parent);
};

const TabKind kTabs[] = {
    {QLatin1String("ping"), &PingTab::tabTitle,
     [](AppCore *c, QWidget *w) -> TabPage * { return new PingTab(c->ping(), w); }},
    {QLatin1String("version"), &VersionTab::tabTitle,
     [](AppCore *c, QWidget *w) -> TabPage * { return new VersionTab(c->version(), c->session(), w); }},
    {QLatin1String("timesheets"), &TimesheetsTab::tabTitle,
     [](AppCore *c, QWidget *w) -> TabPage * { return new TimesheetsTab(c, w); }},
    {QLatin1String("activities"), [] { return CatalogTab::titleFor(CatalogTab::Kind::Activities); },
     [](AppCore *c, QWidget *w) -> TabPage * { return new CatalogTab(CatalogTab::Kind::Activities, c->catalog(), w); }},
    {QLatin1String("projects"), [] { return CatalogTab::titleFor(CatalogTab::Kind::Projects); },
     [](AppCore *c, QWidget *w) -> TabPage * { return new CatalogTab(CatalogTab::Kind::Projects, c->catalog(), w); }},
    {QLatin1String("customers"), [] { return CatalogTab::titleFor(CatalogTab::Kind::Customers); },
     [](AppCore *c, QWidget *w) -> TabPage * { return new CatalogTab(CatalogTab::Kind::Customers, c->catalog(), w); }},
    {QLatin1String("i18n"), &I18nTab::tabTitle,
     [](AppCore *c, QWidget *w) -> TabPage * { return new I18nTab(c->i18n(), c->session(), w); }},
};

} // namespace

Workspace::Workspace(AppCore *core, Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(QStringLiteral("workspace"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    m_timerBar = new TimerBar(core->timer(), this);
    m_timerBar->setFavoritesMenu(new FavoritesMenu(core->favorites(), core->timer(), core->session(), m_timerBar));
    m_timerBar->showWeekTotal(core->weekTotal());
    // Today's and this week's progress against the targets: the timer bar's last row.
    m_timerBar->addRow(new TargetProgress(core->timekeeper(), core->timer(), m_timerBar));
    layout->addWidget(m_timerBar);
    m_legacyBanner = new LegacyBanner(core->session(), this);
    layout->addWidget(m_legacyBanner);
    connect(m_timerBar, &TimerBar::startRequested, this, &Workspace::startRequested);
    connect(m_timerBar, &TimerBar::newEntryRequested, this, &Workspace::newEntryRequested);
    connect(m_timerBar, &TimerBar::editRequested, this, &Workspace::editRequested);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setDocumentMode(true);
    const QStringList ids = tabIds();
    m_pages = QList<TabPage *>(ids.size(), nullptr);
    for (int i = 0; i < ids.size(); ++i) {
        auto *slot = new TabSlot([this, i] { tabAt(i); }, m_tabs);
        slot->setObjectName(ids.at(i) + QStringLiteral("Slot"));
        m_tabs->addTab(slot, tabTitle(i));
        m_tabs->setTabToolTip(i, tr("%1 (%2)").arg(tabTitle(i),
                                                    QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText)));
    }
    m_inspectorPane = new InspectorPane(core, prompter, m_splitter);
    m_inspector = m_inspectorPane->inspector();
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_inspectorPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &Workspace::onTabChanged);
}

QStringList Workspace::tabIds()
{
    QStringList ids;
    for (const TabKind &kind : kTabs)
        ids.append(kind.id);
    return ids;
}

QString Workspace::tabTitle(int index)
{
    return index >= 0 && index < int(std::size(kTabs)) ? kTabs[index].title() : QString();
}

TabPage *Workspace::tabAt(int index)
{
    if (index < 0 || index >= m_pages.size())
        return nullptr;
    if (TabPage *page = m_pages.at(index))
        return page;
    QWidget *slot = m_tabs->widget(index);
    TabPage *page = kTabs[index].build(m_core, slot);
    page->setObjectName(QString(kTabs[index].id) + QStringLiteral("Tab"));
    m_pages[index] = page;
    slot->layout()->addWidget(page);
    if (slot->isVisible())
        page->show();   // now, not in the next turn: the slot must not paint empty
    // The widths a person gives the columns of the page's tables are kept across restarts.
    const QList<QTableView *> tables = page->findChildren<QTableView *>();
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const QString key = QStringLiteral("columns/") + QString(kTabs[index].id) + (t ? QStringLiteral("/%1").arg(t) : QString());
        new ColumnWidthsKeeper(tables.at(t), m_core->settings()->settings(), key);
    }
    connect(page, &TabPage::exchangeChanged, this, [this, page](const Exchange &ex) {
        if (m_tabs->currentWidget() == page->parentWidget())
            m_inspector->showExchange(ex);
    });
    return page;
}

TabPage *Workspace::tab(const QString &id)
{
    return tabAt(int(tabIds().indexOf(id.toLower())));
}

TabPage *Workspace::currentTab()
{
    return tabAt(m_tabs->currentIndex());
}

QString Workspace::currentTabId() const
{
    return tabIds().value(m_tabs->currentIndex());
}

bool Workspace::showTab(const QString &id)
{
    const qsizetype i = tabIds().indexOf(id.toLower());
    if (i < 0)
        return false;
    m_tabs->setCurrentIndex(int(i));
    return true;
}

void Workspace::activateCurrentTab()
{
    if (!m_core->session()->isActive())
        return;
    if (TabPage *page = currentTab())
        page->activate();
}

void Workspace::onTabChanged(int index)
{
    TabPage *page = tabAt(index);
    if (!page)
        return;
    m_inspector->showExchange(page->currentExchange());
    activateCurrentTab();
}

} // namespace kd
