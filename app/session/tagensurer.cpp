#include "session/tagensurer.h"

#include "api/kimaiclient.h"
#include "core/logging.h"
#include "session/catalog.h"
#include "session/session.h"

#include <QLocale>
#include <QPointer>

#include <algorithm>

#include <memory>

namespace kd {

namespace {

// Kimai's tag names compare like its database does: case-insensitively.
QString folded(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

TagEnsurer::TagEnsurer(KimaiClient *client, Session *session, Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_catalog(catalog)
{
    connect(m_session, &Session::ended, this, [this] {
        m_reasons.clear();
        m_inFlight = 0;
    });
}

QStringList TagEnsurer::normalized(const QStringList &names)
{
    QStringList out;
    QStringList seen;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty() || seen.contains(folded(name)))
            continue;
        seen.append(folded(name));
        out.append(name);
    }
    return out;
}

bool TagEnsurer::serverCreatesTags() const
{
    const int version = m_session->info().version.versionId;
    return version > 0 && version < 21100;
}

void TagEnsurer::ensure(const QStringList &names, QObject *context, std::function<void(const QStringList &)> then)
{
    // The session's spelling of a known tag ("Meeting" typed, "meeting" known) is what gets sent.
    QHash<QString, QString> known;
    for (const QString &t : m_catalog->tagNames())
        known.insert(folded(t), t);
    QStringList wanted;
    QStringList unknown;
    for (const QString &name : normalized(names)) {
        const QString spelled = known.value(folded(name), name);
        wanted.append(spelled);
        if (!known.contains(folded(name)))
            unknown.append(name);
    }
    if (unknown.isEmpty() || serverCreatesTags() || !m_session->isActive()) {
        then(wanted);
        return;
    }
    auto remaining = std::make_shared<int>(int(unknown.size()));
    QPointer<QObject> guard(context);
    for (const QString &name : std::as_const(unknown)) {
        create(name, [remaining, guard, then, wanted] {
            if (--*remaining == 0 && guard)
                then(wanted);
        });
    }
}

void TagEnsurer::create(const QString &name, const std::function<void()> &done)
{
    ++m_inFlight;
    auto *reply = m_client->createTag(name);
    connect(reply, &ApiReply::finished, m_session->scope(), [this, reply, name, done] {
        --m_inFlight;
        if (reply->ok()) {
            qCInfo(lcSession) << "tag created:" << reply->result().id;
            m_reasons.remove(folded(name));
            m_catalog->noteTag(reply->result().name);
        } else {
            const ApiError &e = reply->error();
            QString reason;
            if (e.kind() == ApiError::Kind::Forbidden)
                reason = tr("you may not create tags on this Kimai (an administrator can create them for you, or "
                            "allow you to create tags)");
            else if (e.kind() == ApiError::Kind::Validation && !e.fieldErrors().messagesFor(QStringLiteral("name")).isEmpty())
                reason = tr("Kimai refused the name: %1").arg(e.fieldErrors().messagesFor(QStringLiteral("name")).join(QLatin1Char(' ')));
            else
                reason = tr("the tag could not be created: %1").arg(e.message());
            // A name that exists already (a hidden tag) is refused too; the save attaches it, and
            // only a tag the saved entry lacks is reported.
            m_reasons.insert(folded(name), reason);
        }
        done();
    });
}

QStringList TagEnsurer::checkSaved(const QStringList &wanted, const QStringList &saved)
{
    QStringList savedFolded;
    for (const QString &s : saved)
        savedFolded.append(folded(s));
    QStringList lost;
    QList<QPair<QString, QStringList>> byReason;   // in the order they come
    for (const QString &name : normalized(wanted)) {
        if (savedFolded.contains(folded(name)))
            continue;
        lost.append(name);
        const QString reason = m_reasons.value(folded(name), tr("Kimai did not keep them (it ignores tag names it does not know)"));
        auto it = std::find_if(byReason.begin(), byReason.end(), [&reason](const auto &r) { return r.first == reason; });
        if (it == byReason.end())
            byReason.append({reason, {name}});
        else
            it->second.append(name);
    }
    if (lost.isEmpty())
        return lost;
    QStringList parts;
    for (const auto &[reason, names] : std::as_const(byReason)) {
        QStringList quoted;
        for (const QString &n : names)
            quoted.append(tr("“%1”").arg(n));
        parts.append(tr("%n tag(s) not saved (%1): %2.", nullptr, int(names.size()))
                         .arg(QLocale().createSeparatedList(quoted), reason));
    }
    qCInfo(lcSession) << lost.size() << "tag(s) not saved";
    Q_EMIT tagsNotSaved(lost, parts.join(QLatin1Char(' ')));
    return lost;
}

} // namespace kd
