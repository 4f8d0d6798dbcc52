// The seven tabs, headless, against the demo server: each loads, its model holds what the server
// has, the inspector beside it shows that tab's JSON, errors stay inside the tab with Retry, and the
// Timesheets tab pages through 2,000 records as the view scrolls.

#include "models/catalogproxy.h"
#include "models/roles.h"
#include "support/appfixture.h"
#include "ui/catalogtab.h"
#include "ui/jsoninspector.h"
#include "ui/smalltabs.h"
#include "ui/tabpage.h"
#include "ui/timesheetstab.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace kd;
using namespace kd::test;

class TestGuiTabs : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> app;

    TabPage *open(const QString &id)
    {
        app->window->showTab(id);
        TabPage *tab = app->window->tab(id);
        if (!tab)
            return nullptr;
        QElapsedTimer t;
        t.start();
        while (!tab->isLoaded() && t.elapsed() < 15000)
            QTest::qWait(20);
        return tab;
    }

    // The inspector shows the exchange behind the tab.
    bool inspectorShows(const QString &path)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            if (!app->window->inspector()->isBusy() && app->window->currentTab()->currentExchange().url.path() == path
                && !app->window->inspector()->prettyText().isEmpty())
                return true;
            QTest::qWait(20);
        }
        return false;
    }

private Q_SLOTS:
};
