#pragma once

#include <QHeaderView>

class QTableView;
class QTreeView;

namespace kd {

// The column header of our tables. Qt measures every section in bold, for the day a section is
// painted highlighted; our tables select whole rows, where highlighting lights every header at
// once and says nothing. So sections are not highlighted and are measured in the font they are
// painted with, and the bold face of the UI font is not loaded just to measure.
class HeaderView : public QHeaderView
{
public:
    explicit HeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

    // Give a view a header of ours (horizontal), set up as Qt sets up the view's own.
    static void install(QTableView *view);
    static void install(QTreeView *view);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace kd
