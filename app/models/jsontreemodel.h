#pragma once

#include "models/jsonformatter.h"

#include <QAbstractItemModel>
#include <QJsonDocument>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace kd {

// A lazy tree over a QJsonDocument. Child nodes are created only when a view fetches them
// (canFetchMore/fetchMore, in batches), so a huge array costs nothing until it is expanded.
// Object members appear in QJsonObject order (sorted by key).
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Column { Key, Value, Type, Count };
    enum Role {
        PathRole = Qt::UserRole + 1,    // "$.project.customer.name"
        RawValueRole,                   // compact JSON of the value ("\"text\"", "{...}")
    };
    static constexpr int kFetchBatch = 1000;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setJson(const QByteArray &body);       // parses on the calling thread
    void setDocument(const QJsonDocument &document);
    void clear();
    bool isEmpty() const;
    QString parseError() const { return m_parseError; }

    QString pathOf(const QModelIndex &index) const;
    QList<JsonPathStep> stepsOf(const QModelIndex &index) const;
    // Compact JSON of the subtree; a string value comes without quotes.
    QString valueTextOf(const QModelIndex &index) const;
    // Fetches whatever is needed on the way; invalid index when the path does not exist.
    QModelIndex indexForPath(const QList<JsonPathStep> &steps);
    int nodeCount() const { return m_nodeCount; }  // nodes created so far (for tests)

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;
        int childTotal = 0;                     // members/elements of the value
        QJsonValue value;
        QString key;                            // object member name; empty for array elements
        std::vector<std::unique_ptr<Node>> children;   // the fetched ones
    };

    Node *nodeOf(const QModelIndex &index) const;
    void fetch(Node *node, const QModelIndex &parentIndex, int upTo);
    std::unique_ptr<Node> makeNode(Node *parent, int row, const QString &key, const QJsonValue &value);
    QString displayValue(const Node *node) const;
    QString typeName(const Node *node) const;

    std::unique_ptr<Node> m_root;
    QString m_parseError;
    int m_nodeCount = 0;
};

} // namespace kd
