// SPDX-License-Identifier: MIT
#pragma once

// The differences between the expected and the live schema as a tree: tables → columns,
// constraints, indexes, triggers; then views, sequences, enums, functions and the migration
// history. Columns Object · Expected · Actual · Change · Risk. The rows are built once from the
// two schemas and their diff (on a worker thread: 10,000 tables stay responsive); the Risk
// column comes from the current plan and changes whenever the operator's resolutions do.

#include "diff/Diff.h"
#include "plan/Plan.h"
#include "schema/Schema.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <array>
#include <memory>
#include <vector>

namespace sm::gui {

class DiffTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffTreeModel)

public:
    enum Column {
        ObjectColumn,
        ExpectedColumn,
        ActualColumn,
        ChangeColumn,
        RiskColumn,
        ColumnCount
    };

    enum class Kind {
        Group,
        Table,
        Column,
        Constraint,
        Index,
        Trigger,
        View,
        Sequence,
        Enum,
        Function,
        History,
        KindCount
    };
    Q_ENUM(Kind)

    // What a row's change is, for people and for the filter. Only reinforced by colour.
    enum class Change {
        None,     // the same on both sides
        Contains, // a table or group whose members differ
        Missing,  // in the expected schema, not in the database
        Extra,    // in the database, not in the expected schema
        Changed,  // on both sides, but different
        Renamed,  // a rename (proposed or declared)
        ChangeCount
    };
    Q_ENUM(Change)

    enum Role {
        KindRole = Qt::UserRole, // Kind
        ChangeRole,              // Change
        NameRole,                // the object's own name; empty for groups (the search key)
        TableNameRole,           // for members: their table's name (the search also matches it)
        ObjectRole,              // Difference::object, or the qualified name when unchanged
        DiffIndexRole,           // index into SchemaDiff::differences, -1 for none
        DiffKindRole,            // the DiffKind's JSON name ("column_type"), empty for none
        HazardsRole,             // QStringList of hazard names ("data_loss", …) from the plan
        SeriousRiskRole,         // bool: a hazard that can hurt data or fail on it
    };
    Q_ENUM(Role)

    // Where a row's objects live on each side, for the detail pane.
    struct ObjectRef
    {
        Kind kind = Kind::Group;
        QString expectedTable; // schema.table on the expected side (members and tables)
        QString actualTable;
        QString expectedName; // member / object name on the expected side
        QString actualName;
        int diffIndex = -1;
        QString object;
    };

    explicit DiffTreeModel(QObject *parent = nullptr);
    ~DiffTreeModel() override;

    struct Node;

    // Builds the rows. Safe on any thread: the compare loader calls it on its worker so that
    // the GUI thread only swaps the finished tree in.
    static std::shared_ptr<const Node> buildTree(const Schema &expected, const Schema &actual,
                                                 const SchemaDiff &diff);
    void setTree(std::shared_ptr<const Node> root);
    void clear();
    // The plan's hazards per difference object (Step::objects) and per table (Step::tables).
    void setPlan(const MigrationPlan &plan);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    ObjectRef objectRef(const QModelIndex &index) const;
    // The top-level row of a group, or an invalid index when the group is empty.
    QModelIndex groupIndex(Kind childKind) const;
    // The first row whose ObjectRole is `object` (depth first), or an invalid index.
    QModelIndex findObject(const QString &object) const;

    // Text of the Change column for a difference kind ("type changed", "rename?", …).
    static QString changeText(DiffKind kind, bool declared);
    // The same for one difference: a migration version the live side could not read is
    // "version unknown", not "version differs".
    static QString changeText(const Difference &d);
    static Change changeOf(DiffKind kind);
    // When the migration-history table claims a version other than the expected schema's: that
    // disagreement in two plain sentences, and what it means for the operator (the recorded
    // version cannot be trusted: a migration can fail silently, seed 002). Empty otherwise.
    static QString migrationNote(const SchemaDiff &diff);
    // People's words for a hazard ("data loss") and whether it can hurt data or fail on it.
    static QString hazardText(Hazard h);
    static bool isSerious(Hazard h);
    // Most severe first.
    static void sortBySeverity(QList<Hazard> &hazards);

private:
    const Node *nodeFor(const QModelIndex &index) const;
    QList<Hazard> hazardsFor(const Node *n) const;
    void emitRiskChanged(const QModelIndex &parent);

    std::shared_ptr<const Node> m_root; // shared only for the hand-over from the worker
    QHash<QString, QList<Hazard>> m_objectHazards;
    QHash<QString, QList<Hazard>> m_tableHazards;
    std::array<QIcon, static_cast<size_t>(Kind::KindCount)> m_kindIcons;
    std::array<QIcon, static_cast<size_t>(Change::ChangeCount)> m_changeIcons;
    QIcon m_hazardIcon;
    QIcon m_noteIcon;
};

} // namespace sm::gui
