#include "core/entities.h"

namespace kd {

bool PageInfo::isLastPage(int itemsOnPage) const
{
    if (pastEnd)
        return true;
    if (hasHeaders && totalPages >= 0)
        return page >= totalPages;
    // No headers (Kimai 1.x): a short page is the last one.
    return perPage > 0 ? itemsOnPage < perPage : itemsOnPage == 0;
}

QStringList FieldErrors::messagesFor(const QString &field) const
{
    for (const auto &f : fields) {
        if (f.first == field)
            return f.second;
    }
    return {};
}

} // namespace kd
