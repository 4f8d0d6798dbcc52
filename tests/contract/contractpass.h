#pragma once

// One pass of every request the client can send (every KimaiClient endpoint method, with the filters,
// paging, bodies and variants it has) through one Prism, with Prism's verdict on each exchange.

#include "prismharness.h"

#include "api/kimaiclient.h"

#include <QList>
#include <QPointer>
#include <QStringList>

namespace kd::contract {

class Pass
{
public:
    // mock: ids are made up; proxy: they come from the demo server's answers, and what the pass
    // creates it deletes again. Without `colorsAndTagSearch` (Kimai before 2.18, the 2.0.x document)
    // config/colors and tags/find are expected to be missing from the document.
    Pass(Mode mode, KimaiClient *client, const DocumentIndex *index, bool colorsAndTagSearch = true);
    ~Pass();
    Pass(const Pass &) = delete;
    Pass &operator=(const Pass &) = delete;

    void run();
    int checked() const { return m_checked; }
    const QStringList &lines() const { return m_lines; }         // one per exchange: ok/FAIL, label, request
    const QStringList &failures() const { return m_failures; }   // one per broken exchange, with the reasons

    // The KimaiClient endpoint methods that run() drives.
    static QStringList drivenMethods();

private:
    struct Ids
    {
        QList<int> customers{1, 2};
        QList<int> projects{1, 2};
        QList<int> activities{1, 2};
        QStringList tags{QStringLiteral("desktop"), QStringLiteral("test")};
    };

    // `clientNotOffered`: with Expect::NotInDocument, the client must also take the 404 as "not offered".
    template<typename R>
    R *check(const QString &label, R *reply, Expect expect = Expect::Answer, bool clientNotOffered = true);
    void catalogRequests();
    void timesheetReads();
    void timesheetWrites();
    bool proxy() const { return m_mode == Mode::Proxy; }

    Mode m_mode;
    KimaiClient *m_client;
    const DocumentIndex *m_index;
    bool m_colorsAndTagSearch = true;
    Ids m_ids;
    int m_checked = 0;
    QStringList m_lines;
    QStringList m_failures;
    QList<QPointer<ApiReply>> m_replies;
};

} // namespace kd::contract
