// Favourite timesheets, Kimai 2.66+ (src/API/FavoritesController.php, src/Timesheet/
// FavoriteRecordService.php, tests/API/FavoritesControllerTest.php on the main branch):
//
//   GET    /api/favorites/timesheets       200, the favourites as TimesheetCollectionExpanded (rate
//                                          fields only with the permission), newest favourite first
//   POST   /api/favorites/timesheets/{id}  204, empty; adding one twice changes nothing; a sixth
//                                          pushes out the oldest (MAX_FAVORITES = 5)
//   DELETE /api/favorites/timesheets/{id}  204, empty; removing a non-favourite is no error
//
// Unknown id: 404; a record of another user: 403 (is_owner, for every role); GET on {id}: 405.
// A favourite whose record was deleted disappears from the list.

#include "demo/demoapi.h"

namespace kd::demo {

namespace {

constexpr qsizetype kMaxFavorites = 5;

} // namespace

http::Response DemoApi::favorites()
{
    const json::Style st = style();
    JsonWriter w;
    w.beginArray();
    for (const int id : std::as_const(m_store->favorites)) {
        const qsizetype index = m_store->indexOfTimesheet(id);
        if (index >= 0)
            json::timesheet(w, *m_store, m_store->timesheets[size_t(index)], json::TimesheetShape::Expanded, st);
    }
    w.endArray();
    return json(w.take());
}

http::Response DemoApi::addFavorite(int id)
{
    const qsizetype index = m_store->indexOfTimesheet(id);
    if (index < 0)
        return error(404);
    if (m_store->timesheets[size_t(index)].user != kDemoUserId)
        return error(403);
    QList<int> &list = m_store->favorites;
    if (!list.contains(id)) {
        if (list.size() >= kMaxFavorites)
            list.removeLast();
        list.prepend(id);
    }
    return noContent();
}

http::Response DemoApi::removeFavorite(int id)
{
    const qsizetype index = m_store->indexOfTimesheet(id);
    if (index < 0)
        return error(404);
    if (m_store->timesheets[size_t(index)].user != kDemoUserId)
        return error(403);
    m_store->favorites.removeAll(id);
    return noContent();
}

} // namespace kd::demo
