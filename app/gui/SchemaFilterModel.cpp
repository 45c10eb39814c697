// SPDX-License-Identifier: MIT
#include "SchemaFilterModel.h"

#include "SchemaTreeModel.h"

namespace sm::gui {

SchemaFilterModel::SchemaFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(SchemaTreeModel::NameRole); // empty for groups: they show only around matches
    setFilterKeyColumn(SchemaTreeModel::ObjectColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

SchemaFilterModel::~SchemaFilterModel() = default;

} // namespace sm::gui
