#include "models/jsontreemodel.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace kd {

namespace {

constexpr qsizetype kDisplayLimit = 300;    // characters of a value shown in a cell
constexpr qsizetype kToolTipLimit = 2000;

int childTotalOf(const QJsonValue &value)
{
    if (value.isArray())
        return int(value.toArray().size());
    if (value.isObject())
        return int(value.toObject().size());
    return 0;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Let Qt write the scalar inside a one-element array, then take the brackets off.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return QString::number(value.toInteger(qint64(d)));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return compactJson(value);
    }
}

QString elide(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    return text.left(limit) + QChar(0x2026);
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    setDocument(document);
    if (error.error != QJsonParseError::NoError)
        m_parseError = error.errorString();
}

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (document.isArray())
        m_root->value = document.array();
    else if (document.isObject())
        m_root->value = document.object();
    m_root->childTotal = childTotalOf(m_root->value);
    m_nodeCount = 0;
    m_parseError.clear();
    endResetModel();
}

void JsonTreeModel::clear()
{
    setDocument(QJsonDocument());
}

bool JsonTreeModel::isEmpty() const
{
    return m_root->childTotal == 0;
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

std::unique_ptr<JsonTreeModel::Node> JsonTreeModel::makeNode(Node *parent, int row, const QString &key,
                                                              const QJsonValue &value)
{
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->row = row;
    node->key = key;
    node->value = value;
    node->childTotal = childTotalOf(value);
    ++m_nodeCount;
    return node;
}

void JsonTreeModel::fetch(Node *node, const QModelIndex &parentIndex, int upTo)
{
    upTo = std::min(upTo, node->childTotal);
    const int first = int(node->children.size());
    if (upTo <= first)
        return;
    beginInsertRows(parentIndex, first, upTo - 1);
    node->children.reserve(size_t(upTo));
    if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (int row = first; row < upTo; ++row)
            node->children.push_back(makeNode(node, row, QString(), array.at(row)));
    } else {
        const QJsonObject object = node->value.toObject();
        auto it = object.constBegin() + first;
        for (int row = first; row < upTo; ++row, ++it)
            node->children.push_back(makeNode(node, row, it.key(), it.value()));
    }
    endInsertRows();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= int(Column::Count) || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeOf(parent);
    if (size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    return nodeOf(parent)->childTotal > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return int(node->children.size()) < node->childTotal;
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() && parent.column() != 0)
        return;
    Node *node = nodeOf(parent);
    fetch(node, parent, int(node->children.size()) + kFetchBatch);
}

QString JsonTreeModel::displayValue(const Node *node) const
{
    if (node->value.isObject())
        return QStringLiteral("{%1}").arg(QLocale().toString(node->childTotal));
    if (node->value.isArray())
        return QStringLiteral("[%1]").arg(QLocale().toString(node->childTotal));
    return elide(scalarText(node->value), kDisplayLimit);
}

QString JsonTreeModel::typeName(const Node *node) const
{
    switch (node->value.type()) {
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Array:
        return tr("array");
    case QJsonValue::String:
        return tr("string");
    case QJsonValue::Double:
        return tr("number");
    case QJsonValue::Bool:
        return tr("boolean");
    case QJsonValue::Null:
        return tr("null");
    default:
        return QString();
    }
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column == Column::Key)
            return node->parent->value.isArray() ? QStringLiteral("[%1]").arg(node->row) : node->key;
        if (column == Column::Value)
            return displayValue(node);
        return typeName(node);
    case Qt::ToolTipRole:
        if (column == Column::Value && !node->value.isObject() && !node->value.isArray())
            return elide(scalarText(node->value), kToolTipLimit);
        return pathOf(index);
    case PathRole:
        return pathOf(index);
    case RawValueRole:
        return compactJson(node->value);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Key:
        return tr("Key");
    case Column::Value:
        return tr("Value");
    case Column::Type:
        return tr("Type");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->childTotal == 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QList<JsonPathStep> JsonTreeModel::stepsOf(const QModelIndex &index) const
{
    QList<JsonPathStep> steps;
    if (!index.isValid())
        return steps;
    for (const Node *node = nodeOf(index); node && node->parent; node = node->parent) {
        if (node->parent->value.isArray())
            steps.prepend(JsonPathStep{QString(), node->row});
        else
            steps.prepend(JsonPathStep{node->key, -1});
    }
    return steps;
}

QString JsonTreeModel::pathOf(const QModelIndex &index) const
{
    return jsonPath(stepsOf(index));
}

QString JsonTreeModel::valueTextOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return QString();
    const QJsonValue &value = nodeOf(index)->value;
    return value.isString() ? value.toString() : compactJson(value);
}

QModelIndex JsonTreeModel::indexForPath(const QList<JsonPathStep> &steps)
{
    Node *node = m_root.get();
    QModelIndex current;
    for (const JsonPathStep &step : steps) {
        int row = -1;
        if (node->value.isArray() && step.isIndex()) {
            row = step.index;
        } else if (node->value.isObject() && !step.isIndex()) {
            const QJsonObject object = node->value.toObject();
            const auto it = object.constFind(step.key);
            if (it != object.constEnd())
                row = int(it - object.constBegin());
        }
        if (row < 0 || row >= node->childTotal)
            return {};
        if (size_t(row) >= node->children.size())
            fetch(node, current, std::max(row + 1, int(node->children.size()) + kFetchBatch));
        node = node->children[size_t(row)].get();
        current = createIndex(row, 0, node);
    }
    return current;
}

} // namespace kd
