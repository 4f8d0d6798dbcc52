#include "models/catalogmodels.h"

#include "models/roles.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace kd {

namespace ModelFormat {

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("kd::ModelFormat", "Yes") : QCoreApplication::translate("kd::ModelFormat", "No");
}

QVariant colorSwatch(const QString &color)
{
    if (color.isEmpty())
        return {};
    const QColor c = QColor::fromString(color);
    return c.isValid() ? QVariant(c) : QVariant();
}

QString metaFields(const QList<MetaField> &fields)
{
    QStringList parts;
    for (const MetaField &f : fields)
        parts.append(f.name + QStringLiteral(": ") + f.value);
    return parts.join(QStringLiteral(", "));
}

} // namespace ModelFormat

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString searchText(std::initializer_list<QString> parts)
{
    QString s;
    for (const QString &p : parts) {
        s += p.toLower();
        s += QLatin1Char('\n');
    }
    return s;
}

QVariant hiddenFont(bool visible)
{
    if (visible)
        return {};
    QFont f;
    f.setItalic(true);
    return f;
}

} // namespace

// --- Customers ---------------------------------------------------------------------------------

int CustomerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CustomerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name: return tr("Name");
    case Column::Number: return tr("Number");
    case Column::Currency: return tr("Currency");
    case Column::Visible: return tr("Visible");
    case Column::Billable: return tr("Billable");
    case Column::Comment: return tr("Comment");
    case Column::Id: return tr("ID");
    case Column::Count: break;
    }
    return {};
}

QVariant CustomerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &c = m_items.at(index.row());
    const auto col = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Column::Name: return c.name;
        case Column::Number: return c.number;
        case Column::Currency: return c.currency;
        case Column::Visible: return ModelFormat::yesNo(c.visible);
        case Column::Billable: return ModelFormat::yesNo(c.billable);
        case Column::Comment: return c.comment.simplified();
        case Column::Id: return c.id;
        case Column::Count: break;
        }
        return {};
    case RawValueRole:
        switch (col) {
        case Column::Name: return c.name.toLower();
        case Column::Number: return c.number;
        case Column::Currency: return c.currency;
        case Column::Visible: return c.visible;
        case Column::Billable: return c.billable;
        case Column::Comment: return c.comment;
        case Column::Id: return c.id;
        case Column::Count: break;
        }
        return {};
    case Qt::DecorationRole:
        return col == Column::Name ? ModelFormat::colorSwatch(c.colorSafe.isEmpty() ? c.color : c.colorSafe) : QVariant();
    case Qt::ToolTipRole:
        return col == Column::Comment ? c.comment : QVariant();
    case Qt::FontRole:
        return hiddenFont(c.visible);
    case IdRole: return c.id;
    case VisibleRole: return c.visible;
    case ParentIdRole: return 0;
    case SearchTextRole: return searchText({c.name, c.number, c.comment, c.company});
    default: return {};
    }
}

FieldList CustomerModel::details(int row) const
{
    const Customer &c = m_items.at(row);
    return {
        {tr("ID"), QString::number(c.id)},
        {tr("Name"), c.name},
        {tr("Number"), c.number},
        {tr("Company"), c.company},
        {tr("Comment"), c.comment},
        {tr("Visible"), ModelFormat::yesNo(c.visible)},
        {tr("Billable"), ModelFormat::yesNo(c.billable)},
        {tr("Currency"), c.currency},
        {tr("Country"), c.country},
        {tr("Timezone"), c.timezone},
        {tr("Email"), c.email},
        {tr("Phone"), c.phone},
        {tr("Homepage"), c.homepage},
        {tr("Colour"), c.colorSafe.isEmpty() ? c.color : c.colorSafe},
        {tr("Custom fields"), ModelFormat::metaFields(c.metaFields)},
    };
}

// --- Projects ----------------------------------------------------------------------------------

int ProjectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

void ProjectModel::setHiddenCustomers(const QSet<int> &ids)
{
    m_hiddenCustomers = ids;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name: return tr("Name");
    case Column::Customer: return tr("Customer");
    case Column::Number: return tr("Number");
    case Column::OrderNumber: return tr("Order number");
    case Column::Start: return tr("Start");
    case Column::End: return tr("End");
    case Column::Visible: return tr("Visible");
    case Column::Billable: return tr("Billable");
    case Column::GlobalActivities: return tr("Global activities");
    case Column::Comment: return tr("Comment");
    case Column::Id: return tr("ID");
    case Column::Count: break;
    }
    return {};
}

QVariant ProjectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &p = m_items.at(index.row());
    const auto col = Column(index.column());
    const bool visible = p.visible && !m_hiddenCustomers.contains(p.customerId);
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Column::Name: return p.name;
        case Column::Customer: return p.customerName;
        case Column::Number: return p.number;
        case Column::OrderNumber: return p.orderNumber;
        case Column::Start: return dateText(p.start);
        case Column::End: return dateText(p.end);
        case Column::Visible: return ModelFormat::yesNo(p.visible);
        case Column::Billable: return ModelFormat::yesNo(p.billable);
        case Column::GlobalActivities: return ModelFormat::yesNo(p.globalActivities);
        case Column::Comment: return p.comment.simplified();
        case Column::Id: return p.id;
        case Column::Count: break;
        }
        return {};
    case RawValueRole:
        switch (col) {
        case Column::Name: return p.name.toLower();
        case Column::Customer: return p.customerName.toLower();
        case Column::Number: return p.number;
        case Column::OrderNumber: return p.orderNumber;
        case Column::Start: return p.start;
        case Column::End: return p.end;
        case Column::Visible: return p.visible;
        case Column::Billable: return p.billable;
        case Column::GlobalActivities: return p.globalActivities;
        case Column::Comment: return p.comment;
        case Column::Id: return p.id;
        case Column::Count: break;
        }
        return {};
    case Qt::DecorationRole:
        return col == Column::Name ? ModelFormat::colorSwatch(p.color) : QVariant();
    case Qt::ToolTipRole:
        return col == Column::Comment ? p.comment : QVariant();
    case Qt::FontRole:
        return hiddenFont(visible);
    case IdRole: return p.id;
    case VisibleRole: return visible;
    case ParentIdRole: return p.customerId;
    case SearchTextRole: return searchText({p.name, p.customerName, p.number, p.orderNumber, p.comment});
    default: return {};
    }
}

FieldList ProjectModel::details(int row) const
{
    const Project &p = m_items.at(row);
    return {
        {tr("ID"), QString::number(p.id)},
        {tr("Name"), p.name},
        {tr("Customer"), p.customerName + QStringLiteral(" (#%1)").arg(p.customerId)},
        {tr("Number"), p.number},
        {tr("Order number"), p.orderNumber},
        {tr("Order date"), dateText(p.orderDate)},
        {tr("Start"), dateText(p.start)},
        {tr("End"), dateText(p.end)},
        {tr("Comment"), p.comment},
        {tr("Visible"), ModelFormat::yesNo(p.visible)},
        {tr("Billable"), ModelFormat::yesNo(p.billable)},
        {tr("Global activities"), ModelFormat::yesNo(p.globalActivities)},
        {tr("Colour"), p.color},
        {tr("Custom fields"), ModelFormat::metaFields(p.metaFields)},
    };
}

// --- Activities --------------------------------------------------------------------------------

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

void ActivityModel::setHiddenProjects(const QSet<int> &ids)
{
    m_hiddenProjects = ids;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name: return tr("Name");
    case Column::Project: return tr("Project");
    case Column::Number: return tr("Number");
    case Column::Visible: return tr("Visible");
    case Column::Billable: return tr("Billable");
    case Column::Comment: return tr("Comment");
    case Column::Id: return tr("ID");
    case Column::Count: break;
    }
    return {};
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity &a = m_items.at(index.row());
    const auto col = Column(index.column());
    const bool visible = a.visible && !(a.projectId && m_hiddenProjects.contains(*a.projectId));
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Column::Name: return a.name;
        case Column::Project: return a.isGlobal() ? tr("Global (all projects)") : a.projectName;
        case Column::Number: return a.number;
        case Column::Visible: return ModelFormat::yesNo(a.visible);
        case Column::Billable: return ModelFormat::yesNo(a.billable);
        case Column::Comment: return a.comment.simplified();
        case Column::Id: return a.id;
        case Column::Count: break;
        }
        return {};
    case RawValueRole:
        switch (col) {
        case Column::Name: return a.name.toLower();
        case Column::Project: return a.isGlobal() ? QString() : a.projectName.toLower();
        case Column::Number: return a.number;
        case Column::Visible: return a.visible;
        case Column::Billable: return a.billable;
        case Column::Comment: return a.comment;
        case Column::Id: return a.id;
        case Column::Count: break;
        }
        return {};
    case Qt::DecorationRole:
        return col == Column::Name ? ModelFormat::colorSwatch(a.color) : QVariant();
    case Qt::ToolTipRole:
        if (col == Column::Project && a.isGlobal())
            return tr("A global activity can be used with every project that allows global activities.");
        return col == Column::Comment ? a.comment : QVariant();
    case Qt::FontRole:
        if (col == Column::Project && a.isGlobal()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return hiddenFont(visible);
    case IdRole: return a.id;
    case VisibleRole: return visible;
    case ParentIdRole: return a.projectId.value_or(0);
    case GlobalRole: return a.isGlobal();
    case SearchTextRole: return searchText({a.name, a.projectName, a.number, a.comment});
    default: return {};
    }
}

FieldList ActivityModel::details(int row) const
{
    const Activity &a = m_items.at(row);
    return {
        {tr("ID"), QString::number(a.id)},
        {tr("Name"), a.name},
        {tr("Project"), a.isGlobal() ? tr("Global (all projects)") : a.projectName + QStringLiteral(" (#%1)").arg(*a.projectId)},
        {tr("Number"), a.number},
        {tr("Comment"), a.comment},
        {tr("Visible"), ModelFormat::yesNo(a.visible)},
        {tr("Billable"), ModelFormat::yesNo(a.billable)},
        {tr("Colour"), a.color},
        {tr("Custom fields"), ModelFormat::metaFields(a.metaFields)},
    };
}

} // namespace kd
