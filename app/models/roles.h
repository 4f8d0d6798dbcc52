#pragma once

#include <Qt>

namespace kd {

// Roles shared by the table models: DisplayRole is formatted for people; RawValueRole carries the
// value to sort and filter on.
enum ModelRole {
    RawValueRole = Qt::UserRole + 100,
    IdRole,
    VisibleRole,        // bool: the record (and, where Kimai requires it, its parents) is visible
    ParentIdRole,       // project: customer id; activity: project id (0 for global)
    GlobalRole,         // activity: usable with any project
    RunningRole,        // timesheet: still running
    SearchTextRole,     // everything a filter box should match, lower-case
    EntryIdsRole,       // week view cell: QList<int>, the timesheet ids summed in it
    TotalRole,          // week view: bool, the cell is a total (totals row or column)
    DetailRole,         // picker: the parent's name shown beside an item (a project's customer)
    UnsentRole,         // timesheet: has changes not yet in Kimai (offline work)
    UserIdRole,         // timesheet: the id of the user it belongs to
};

} // namespace kd
