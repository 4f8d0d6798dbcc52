// What the window shows that depends on the Kimai version (offscreen): the API-password banner on
// 2.54+ (its button opens the user's API token page, it can be dismissed, the login form offers the
// token method next time), none with a token or on older servers; the Favourites menus of the timer
// bar and the tray, with Kimai's favourites on 2.66 and kept on this computer before.

#include "models/roles.h"
#include "session/favorites.h"
#include "support/appfixture.h"
#include "ui/legacybanner.h"
#include "ui/loginpage.h"
#include "ui/timerbar.h"
#include "ui/timesheetstab.h"
#include "ui/trayicon.h"
#include "ui/versiontab.h"
#include "ui/workspace.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace kd;
using namespace kd::test;

namespace {

demo::DemoOptions optionsFor(const QString &version)
{
    demo::DemoOptions o = DemoFixture::optionsFor(version);
    o.timesheetCount = 200;
    o.legacyDelayMinMs = 0;
    o.legacyDelayMaxMs = 0;
    return o;
}

QStringList texts(const QMenu *menu)
{
    QStringList out;
    for (const QAction *a : menu->actions())
        out.append(a->text());
    return out;
}

QAction *actionStartingWith(const QMenu *menu, const QString &prefix)
{
    for (QAction *a : menu->actions()) {
        if (a->text().startsWith(prefix))
            return a;
    }
    return nullptr;
}

} // namespace

class TestGuiVersions : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppFixture> app;

    bool start(const QString &version)
    {
        app = std::make_unique<AppFixture>(optionsFor(version));
        app->window->show();
        return app->demo.started && QTest::qWaitForWindowExposed(app->window);
    }

    bool logIn(AuthMode mode)
    {
        LoginController::Request r;
        r.server = app->demo.server->url().toString();
        r.username = app->demo.server->username();
        r.token = mode == AuthMode::Legacy ? app->demo.server->legacyPassword() : app->demo.server->token();
        r.authMode = mode;
        QSignalSpy loggedIn(app->login, &LoginController::loggedIn);
        app->login->login(r);
        return loggedIn.wait(15000);
    }

    LegacyBanner *banner() const { return app->window->workspace()->legacyBanner(); }

private Q_SLOTS:
    void cleanup() { app.reset(); }

    void bannerForApiPasswordsOn254()
    {
        QVERIFY(start(QStringLiteral("2.58")));
        QVERIFY(logIn(AuthMode::Legacy));
        QTRY_VERIFY(banner()->isVisible());
        QVERIFY(banner()->text().contains(QStringLiteral("Kimai is removing API passwords — create an API token")));
        if (const QString dir = qEnvironmentVariable("KD_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(app->window->grab().save(dir + QStringLiteral("/legacy-banner.png")));
        QList<QUrl> opened;
        banner()->setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        banner()->createButton()->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().toString(), app->demo.server->url().toString() + QStringLiteral("/en/profile/demo/api-token"));
        banner()->dismissButton()->click();
        QVERIFY(!banner()->isVisible());

        // Next time the login form offers the token method for this server.
        app->login->logout();
        LoginPage *page = app->window->loginPage();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(AuthMode(page->authBox()->currentData().toInt()), AuthMode::Bearer);
        QVERIFY(page->methodNoteText().contains(QStringLiteral("Kimai is removing API passwords")));
        // A new login brings the banner back (it was dismissed for that session only).
        QVERIFY(logIn(AuthMode::Legacy));
        QTRY_VERIFY(banner()->isVisible());
    }

    // 2.14–2.53: API passwords are deprecated, not yet slowed down; the window says so where it can
    // be read in full (the status bar cuts long notices), with the way to a token.
    void deprecationBannerBefore254()
    {
        QVERIFY(start(QStringLiteral("2.45")));
        QVERIFY(logIn(AuthMode::Legacy));
        QTRY_VERIFY(banner()->isVisible());
        QVERIFY2(banner()->text().contains(QStringLiteral("API passwords are deprecated — create an API token")),
                 qPrintable(banner()->text()));
        QVERIFY(!banner()->text().contains(QStringLiteral("200 to 500 ms")));
        QList<QUrl> opened;
        banner()->setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        banner()->createButton()->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().toString(), app->demo.server->url().toString() + QStringLiteral("/en/profile/demo/api-token"));
        banner()->dismissButton()->click();
        QVERIFY(!banner()->isVisible());
    }

    void noBannerWhereItDoesNotApply_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("mode");
        QTest::newRow("2.58 with a token") << QStringLiteral("2.58") << int(AuthMode::Bearer);
        QTest::newRow("2.0 with a password") << QStringLiteral("2.0") << int(AuthMode::Legacy);
    }
    void noBannerWhereItDoesNotApply()
    {
        QFETCH(QString, version);
        QFETCH(int, mode);
        QVERIFY(start(version));
        QVERIFY(logIn(AuthMode(mode)));
        QTRY_VERIFY(app->window->isShowingWorkspace());
        QVERIFY(!banner()->isVisible());
        app->login->logout();
        QCOMPARE(AuthMode(app->window->loginPage()->authBox()->currentData().toInt()), AuthMode(mode));
        QVERIFY(app->window->loginPage()->methodNoteText().isEmpty());
    }

    // The timer bar's Favourites button and the tray's Favourites submenu: add the running timer,
    // start a favourite, remove it. Kimai's own list on 2.66, this computer's on 2.28.
    void favouritesMenus_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("onServer");
        QTest::newRow("2.66") << QStringLiteral("2.66") << true;
        QTest::newRow("2.28") << QStringLiteral("2.28") << false;
    }
    void favouritesMenus()
    {
        QFETCH(QString, version);
        QFETCH(bool, onServer);
        QVERIFY(start(version));
        QVERIFY(logIn(AuthMode::Bearer));
        QTRY_VERIFY(app->timer->activeKnown());
        TrayIcon tray(app->timer, app->session);
        tray.setFavorites(app->core->favorites());
        QToolButton *button = app->window->timerBar()->favoritesButton();
        QVERIFY(button);
        QMenu *menu = button->menu();
        QTRY_VERIFY(texts(menu).contains(QStringLiteral("No favourites yet")));
        QCOMPARE(texts(menu).contains(QStringLiteral("Kept on this computer (this Kimai has no favourites)")), !onServer);
        QVERIFY(texts(tray.menu()).contains(QStringLiteral("Favourites")));

        // Start something, add it from the timer bar's menu.
        TimerController::StartRequest r;
        r.project = 1;
        r.activity = 4;
        r.description = QStringLiteral("weekly report");
        app->timer->start(r);
        QTRY_VERIFY(app->timer->isRunning() && !app->timer->isBusy());
        QAction *add = nullptr;
        QTRY_VERIFY((add = actionStartingWith(menu, QStringLiteral("Add “"))) && add->isEnabled());
        add->trigger();
        QTRY_COMPARE(app->core->favorites()->items().size(), 1);
        QCOMPARE(app->demo.server->favoriteIds().size(), onServer ? 1 : 0);
        QTRY_VERIFY(actionStartingWith(menu, QStringLiteral("&1  ")));
        QVERIFY(actionStartingWith(menu, QStringLiteral("&1  "))->text().contains(QStringLiteral("weekly report")));
        QTRY_VERIFY(!actionStartingWith(menu, QStringLiteral("Add “"))->isEnabled());   // already one
        if (const QString dir = qEnvironmentVariable("KD_SCREENSHOT_DIR"); !dir.isEmpty()) {
            menu->popup(button->mapToGlobal(QPoint(0, button->height())));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            QVERIFY(menu->grab().save(dir + QStringLiteral("/favourites-menu-%1.png").arg(version)));
            menu->hide();
            QVERIFY(tray.menu()->grab().save(dir + QStringLiteral("/tray-menu-%1.png").arg(version)));
        }

        // Stop, then start it from the tray's Favourites submenu.
        app->timer->stopAll();
        QTRY_VERIFY(!app->timer->isRunning() && !app->timer->isBusy());
        QMenu *trayFavourites = tray.favoritesMenu();
        QAction *first = nullptr;
        QTRY_VERIFY((first = actionStartingWith(trayFavourites, QStringLiteral("&1  "))) && first->isEnabled());
        first->trigger();
        QTRY_COMPARE(app->demo.server->runningCount(), 1);
        const auto running = app->demo.server->timesheet(app->demo.server->runningIds().first());
        QCOMPARE(running->description, QStringLiteral("weekly report"));

        // Remove it.
        QTRY_VERIFY(!app->timer->isBusy());
        QMenu *remove = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->menu() && a->text() == QStringLiteral("Remove"))
                remove = a->menu();
        }
        QVERIFY(remove);
        QCOMPARE(remove->actions().size(), 1);
        remove->actions().first()->trigger();
        QTRY_VERIFY(app->core->favorites()->items().isEmpty());
        QTRY_VERIFY(texts(menu).contains(QStringLiteral("No favourites yet")));
        QVERIFY(app->demo.server->favoriteIds().isEmpty());
    }

    // Any row of the Timesheets tab becomes a favourite from its context menu (Kimai's on 2.66, this
    // computer's on 2.28); the menu then offers it no more for that row.
    void addFromTheTimesheetsTab_data() { favouritesMenus_data(); }
    void addFromTheTimesheetsTab()
    {
        QFETCH(QString, version);
        QFETCH(bool, onServer);
        QVERIFY(start(version));
        QVERIFY(logIn(AuthMode::Bearer));
        QTRY_VERIFY(app->core->favorites()->isLoaded());
        QVERIFY(app->ensureEntriesThisWeek(3));   // rows this week, also early on a Monday
        app->window->showTab(QStringLiteral("timesheets"));
        auto *tab = qobject_cast<TimesheetsTab *>(app->window->tab(QStringLiteral("timesheets")));
        QVERIFY(tab);
        QTableView *view = tab->view();
        QTRY_VERIFY(view->model()->rowCount() > 1);
        const QModelIndex second = view->model()->index(1, 0);
        const int id = second.data(IdRole).toInt();
        const auto menuAt = [this, view, &second]() -> QMenu * {
            const QList<QMenu *> before = app->window->findChildren<QMenu *>();
            Q_EMIT view->customContextMenuRequested(view->visualRect(second).center());
            for (QMenu *m : app->window->findChildren<QMenu *>()) {
                if (!before.contains(m))
                    return m;
            }
            return nullptr;
        };
        QMenu *menu = menuAt();
        QVERIFY(menu);
        QAction *add = actionStartingWith(menu, QStringLiteral("Add to favourites"));
        QVERIFY(add && add->isEnabled());
        add->trigger();
        menu->close();
        QTRY_COMPARE(app->core->favorites()->items().size(), 1);
        QVERIFY(id > 0);
        QCOMPARE(app->demo.server->favoriteIds(), onServer ? QList<int>{id} : QList<int>{});
        QTRY_VERIFY(!app->core->favorites()->isBusy());
        QMenu *again = menuAt();
        QVERIFY(again);
        QVERIFY(!actionStartingWith(again, QStringLiteral("Add to favourites"))->isEnabled());
        again->close();
    }

    void versionTabNamesFavourites()
    {
        QVERIFY(start(QStringLiteral("2.66")));
        QVERIFY(logIn(AuthMode::Bearer));
        app->window->showTab(QStringLiteral("version"));
        auto *tab = qobject_cast<VersionTab *>(app->window->tab(QStringLiteral("version")));
        QVERIFY(tab);
        QTRY_VERIFY(tab->summaryText().contains(QStringLiteral("Favourites kept by Kimai")));
    }
};

QTEST_MAIN(TestGuiVersions)
#include "tst_gui_versions.moc"
