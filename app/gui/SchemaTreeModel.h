// SPDX-License-Identifier: MIT
#pragma once

// The live schema as a tree: groups (Tables, Views, …) → objects → a table's columns,
// constraints, indexes and triggers. A plain read-only model in the shape of Qt's
// simpletreemodel, built once from a sm::Schema value; fast enough for 10,000 tables.

#include "schema/Schema.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <array>
#include <memory>
#include <vector>

namespace sm::gui {

class SchemaTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaTreeModel)

public:
    enum Column { ObjectColumn, TypeColumn, NullableColumn, DefinitionColumn, ColumnCount };

    enum class Kind {
        Group,
        Table,
        Column,
        PrimaryKey,
        ForeignKey,
        Unique,
        Check,
        Exclusion,
        Index,
        Trigger,
        View,
        Sequence,
        Enum,
        Domain,
        Function,
        History,
        HistoryEntry,
        KindCount
    };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole, // Kind
        NameRole,                // the object's own name; empty for groups (the filter key)
        QualifiedNameRole,       // schema.table[.column] or schema.object
        DefinitionRole,          // full text for the detail pane (CREATE text, definition, …)
    };
    Q_ENUM(Role)

    explicit SchemaTreeModel(QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    struct Node;

    // Builds the rows for `schema`. Safe on any thread: the loader calls it on its worker so
    // that the GUI thread only swaps the finished tree in.
    static std::shared_ptr<const Node> buildTree(const Schema &schema);
    void setTree(std::shared_ptr<const Node> root);
    void setSchema(const Schema &schema); // buildTree() + setTree() on the calling thread
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The top-level row of a group, or an invalid index when the group is empty (hidden).
    QModelIndex groupIndex(Kind childKind) const;

private:
    const Node *nodeFor(const QModelIndex &index) const;

    std::shared_ptr<const Node> m_root; // shared only for the hand-over from the worker
    std::array<QIcon, static_cast<size_t>(Kind::KindCount)> m_icons;
};

} // namespace sm::gui
