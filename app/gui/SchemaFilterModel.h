// SPDX-License-Identifier: MIT
#pragma once

// The search box's filter over a SchemaTreeModel: matches object names (not groups), keeps
// the path to every match, and keeps a matching table's children visible.

#include <QSortFilterProxyModel>

namespace sm::gui {

class SchemaFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaFilterModel)

public:
    explicit SchemaFilterModel(QObject *parent = nullptr);
    ~SchemaFilterModel() override;
};

} // namespace sm::gui
