#pragma once

// Tags typed for an entry must exist on the server before the entry is saved: Kimai 2.11 and later
// drop tag names it does not know, answer 200 and say nothing (2.0 - 2.10 created them). So every
// save with tags goes through here (the entry editor, the Start dialog, --start/--add --tags):
//
//   ensure(names, context, then)   names the session's tag list lacks are created with
//                                  POST /api/tags (visible), then `then(names to send)` runs,
//                                  whatever happened;
//   checkSaved(wanted, saved)      after the save: the names the saved entry lacks are reported
//                                  through tagsNotSaved() with the reason (not allowed to create
//                                  tags, Kimai refused the name, the server could not be reached,
//                                  or Kimai dropped it), and returned.
//
// A name Kimai refuses to create because it exists already (hidden tags are not listed by
// GET /api/tags) is left to the save, which attaches it. Work belongs to the session.

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace kd {

class Catalog;
class KimaiClient;
class Session;

class TagEnsurer : public QObject
{
    Q_OBJECT
public:
    TagEnsurer(KimaiClient *client, Session *session, Catalog *catalog, QObject *parent = nullptr);

    // Trimmed, without empty names and repeats (compared case-insensitively, the first spelling kept).
    static QStringList normalized(const QStringList &names);
    // Whether the server creates unknown tag names by itself (Kimai before 2.11).
    bool serverCreatesTags() const;

    // Creates the tags the session does not know yet, then calls `then` with the names to send
    // (normalized, known tags in the server's spelling), unless `context` is gone by then. Without
    // unknown names `then` runs at once.
    void ensure(const QStringList &names, QObject *context, std::function<void(const QStringList &)> then);
    // The names of `wanted` that `saved` (the tags of the entry as Kimai answered) lacks; reported
    // through tagsNotSaved() when there are any.
    QStringList checkSaved(const QStringList &wanted, const QStringList &saved);

    int requestsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    // `message` is for people: which tags, and why ("… were not saved: you may not create tags").
    void tagsNotSaved(const QStringList &names, const QString &message);

private:
    void create(const QString &name, const std::function<void()> &done);

    KimaiClient *m_client;
    Session *m_session;
    Catalog *m_catalog;
    QHash<QString, QString> m_reasons;   // folded name -> why it could not be created
    int m_inFlight = 0;
};

} // namespace kd
