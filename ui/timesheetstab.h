#pragma once

#include "ui/tabpage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace kd {

class Catalog;
class Favorites;
class Session;
class TimesheetLoader;
class TimerController;

class TimesheetsTab final : public TabPage
{
    Q_OBJECT
public:
    TimesheetsTab(TimesheetLoader *loader, Catalog *catalog, TimerController *timer, Session *session, QWidget *parent = nullptr);

    void refresh() override;
    void activate() override;
    void focusFilter() override;
    QString title() const override;
    static QString tabTitle();

    // Rows get "Add to favourites" in their context menu.
    void setFavorites(Favorites *favorites) { m_favorites = favorites; }
    QTableView *view() const { return m_view; }
    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QString totalsText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void fillCustomers();
    void fillProjects();
    void fillActivities();
    void updateTotals();
    void showContextMenu(const QPoint &pos);
    void showDetails(const QModelIndex &index);
    void sizeColumns();

    TimesheetLoader *m_loader;
    Catalog *m_catalog;
    TimerController *m_timer;
    Session *m_session;
    Favorites *m_favorites = nullptr;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_customer;
    QComboBox *m_project;
    QComboBox *m_activity;
    QLabel *m_totals;
    QTableView *m_view;
    bool m_started = false;
};

} // namespace kd
