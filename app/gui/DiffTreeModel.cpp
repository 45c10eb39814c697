// SPDX-License-Identifier: MIT
#include "DiffTreeModel.h"

#include "schema/SchemaText.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sm::gui {

// One row. Texts are computed once when the tree is built, so data() is a lookup.
struct DiffTreeModel::Node
{
    Kind kind = Kind::Group;
    Kind groupOf = Kind::Group; // for groups: the kind of their children
    Change change = Change::None;
    QString name;    // the search key; empty for groups
    QString display; // column 0
    QString expected;
    QString actual;
    QString expectedFull; // tooltips: the whole text where the column shows one line of it
    QString actualFull;
    QString changeText;
    QString diffKind;  // the difference's JSON kind name, empty for none
    QString tableName; // members: their table's shown name (searched too)
    ObjectRef ref;
    bool declared = false;
    int differences = 0; // in this subtree, this row included
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

using Node = DiffTreeModel::Node;
using Kind = DiffTreeModel::Kind;
using Change = DiffTreeModel::Change;

constexpr qsizetype kShortText = 90;

QString oneLine(QString text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    text.replace(spaces, u" "_s);
    return text.trimmed();
}

QString shortText(const QString &text)
{
    // Most texts are a short type name: skip the regular expression for them.
    if (text.size() <= kShortText && !text.contains(u'\n') && !text.contains(u"  "_s) &&
        !text.contains(u'\t') && text == text.trimmed())
        return text;
    QString line = oneLine(text);
    if (line.size() > kShortText)
        line = line.left(kShortText - 1) + u'…';
    return line;
}

QString shownName(const QString &schema, const QString &name, Dialect dialect)
{
    if (schema.isEmpty() || (dialect == Dialect::Sqlite && schema == u"main") ||
        (dialect == Dialect::Postgres && schema == u"public"))
        return name;
    return schema + u'.' + name;
}

QString shownQualified(const QString &qualified, Dialect dialect)
{
    const qsizetype dot = qualified.indexOf(u'.');
    if (dot < 0)
        return qualified;
    return shownName(qualified.left(dot), qualified.mid(dot + 1), dialect);
}

// Which row of a table a difference belongs on.
enum class Member { TableLevel, Column, Constraint, Index, Trigger, Other };

Member memberOf(DiffKind k)
{
    switch (k) {
    case DiffKind::MissingTable:
    case DiffKind::ExtraTable:
    case DiffKind::RenamedTable:
        return Member::TableLevel;
    case DiffKind::MissingColumn:
    case DiffKind::ExtraColumn:
    case DiffKind::RenamedColumn:
    case DiffKind::ColumnType:
    case DiffKind::ColumnNullability:
    case DiffKind::ColumnDefault:
    case DiffKind::ColumnIdentity:
        return Member::Column;
    case DiffKind::MissingConstraint:
    case DiffKind::ExtraConstraint:
    case DiffKind::ChangedConstraint:
        return Member::Constraint;
    case DiffKind::MissingIndex:
    case DiffKind::ExtraIndex:
    case DiffKind::ChangedIndex:
        return Member::Index;
    case DiffKind::MissingTrigger:
    case DiffKind::ExtraTrigger:
    case DiffKind::ChangedTrigger:
        return Member::Trigger;
    default:
        return Member::Other;
    }
}

Kind kindOfMember(Member m)
{
    switch (m) {
    case Member::Column:
        return Kind::Column;
    case Member::Constraint:
        return Kind::Constraint;
    case Member::Index:
        return Kind::Index;
    case Member::Trigger:
        return Kind::Trigger;
    default:
        return Kind::Table;
    }
}

// Schema-level objects: which group a difference goes to.
Kind kindOfObject(DiffKind k)
{
    switch (k) {
    case DiffKind::MissingView:
    case DiffKind::ExtraView:
    case DiffKind::ChangedView:
        return Kind::View;
    case DiffKind::MissingSequence:
    case DiffKind::ExtraSequence:
    case DiffKind::ChangedSequence:
        return Kind::Sequence;
    case DiffKind::MissingEnum:
    case DiffKind::ExtraEnum:
    case DiffKind::ChangedEnum:
        return Kind::Enum;
    case DiffKind::MissingFunction:
    case DiffKind::ExtraFunction:
    case DiffKind::ChangedFunction:
        return Kind::Function;
    case DiffKind::MigrationVersion:
        return Kind::History;
    default:
        return Kind::Table;
    }
}

QString memberKey(const QString &table, Member m, const QString &name)
{
    return table + u'\x1f' + QString::number(static_cast<int>(m)) + u'\x1f' + name;
}

// The rows of the tree, built in one pass over both schemas with the diff indexed by object.
class Builder
{
public:
    Builder(const Schema &e, const Schema &a, const SchemaDiff &d)
        : m_e(e)
        , m_a(a)
        , m_d(d)
        , m_dialect(e.dialect)
        , m_absent(DiffTreeModel::tr("—"))
        , m_placed(static_cast<size_t>(d.differences.size()), false)
    {
        // Schema::table() scans; a 10,000-table comparison needs a lookup.
        m_actualTables.reserve(a.tables.size());
        for (const Table &t : a.tables)
            m_actualTables.insert(t.qualifiedName(), &t);
        for (int i = 0; i < d.differences.size(); ++i) {
            const Difference &x = d.differences.at(i);
            const Member m = memberOf(x.kind);
            if (m == Member::TableLevel)
                m_tableLevel[x.table].append(i);
            else if (m != Member::Other) {
                m_members[memberKey(x.table, m, x.name)].append(i);
                m_tableMembers[x.table].append(i);
            } else
                m_objects[x.object].append(i);
        }
    }

    std::unique_ptr<Node> build()
    {
        auto root = std::make_unique<Node>();
        buildTables(*root);
        buildObjects(*root, Kind::View, DiffTreeModel::tr("Views"), views(m_e), views(m_a));
        buildObjects(*root, Kind::Sequence, DiffTreeModel::tr("Sequences"), sequences(m_e),
                     sequences(m_a));
        buildObjects(*root, Kind::Enum, DiffTreeModel::tr("Enum types"), enums(m_e), enums(m_a));
        buildObjects(*root, Kind::Function, DiffTreeModel::tr("Functions"), functions(m_e),
                     functions(m_a));
        buildObjects(*root, Kind::History, DiffTreeModel::tr("Migration history"), history(m_e),
                     history(m_a));
        // Whatever the diff reported that no row above took (it should not happen): shown
        // rather than lost.
        QList<int> unplaced;
        for (int i = 0; i < m_d.differences.size(); ++i)
            if (!m_placed[static_cast<size_t>(i)])
                unplaced.append(i);
        if (!unplaced.isEmpty()) {
            auto g = group(Kind::Group, DiffTreeModel::tr("Other differences"));
            for (int i : std::as_const(unplaced)) {
                const Difference &x = m_d.differences.at(i);
                auto n = std::make_unique<Node>();
                n->kind = Kind::Group;
                n->name = x.object;
                n->display = x.object;
                n->ref.object = x.object;
                applyDifference(*n, i);
                g->add(std::move(n));
            }
            finishGroup(*root, std::move(g));
        }
        return root;
    }

private:
    // A short description of a schema-level object for the Expected / Actual columns.
    struct Object
    {
        QString key;  // qualified name (signature for functions): the diff's object
        QString name; // shown name
        QString text; // one line
        QString full;
    };

    std::unique_ptr<Node> group(Kind childKind, const QString &title)
    {
        auto g = std::make_unique<Node>();
        g->kind = Kind::Group;
        g->groupOf = childKind;
        g->display = title;
        g->ref.kind = Kind::Group;
        return g;
    }

    void finishGroup(Node &root, std::unique_ptr<Node> g)
    {
        if (g->children.empty())
            return; // empty groups are hidden
        for (const auto &c : g->children)
            g->differences += c->differences;
        g->display = u"%1 (%2)"_s.arg(g->display).arg(g->children.size());
        if (g->differences > 0) {
            g->change = Change::Contains;
            g->changeText = DiffTreeModel::tr("%n difference(s)", nullptr, g->differences);
        }
        root.add(std::move(g));
    }

    void applyDifference(Node &n, int index)
    {
        const Difference &x = m_d.differences.at(index);
        m_placed[static_cast<size_t>(index)] = true;
        n.diffKind = diffKindName(x.kind);
        n.ref.diffIndex = index;
        n.ref.object = x.object;
        n.change = DiffTreeModel::changeOf(x.kind);
        n.changeText = DiffTreeModel::changeText(x);
        n.declared = x.declared;
        n.expected = x.expected ? shortText(*x.expected) : m_absent;
        n.actual = x.actual ? shortText(*x.actual) : m_absent;
        n.expectedFull = x.expected.value_or(QString());
        n.actualFull = x.actual.value_or(QString());
        n.differences = 1;
    }

    void buildTables(Node &root)
    {
        auto g = group(Kind::Table, DiffTreeModel::tr("Tables"));
        QSet<QString> scope(m_e.schemas.cbegin(), m_e.schemas.cend());
        for (const Table &t : m_e.tables)
            scope.insert(t.schema);
        QSet<QString> pairedActual;
        g->children.reserve(static_cast<size_t>(m_e.tables.size()));
        for (const Table &e : m_e.tables) {
            const Table *a = nullptr;
            bool renamed = false;
            bool missing = false;
            for (int i : m_tableLevel.value(e.qualifiedName())) {
                const Difference &x = m_d.differences.at(i);
                if (x.kind == DiffKind::RenamedTable && x.actual) {
                    a = m_actualTables.value(*x.actual);
                    renamed = true;
                } else if (x.kind == DiffKind::MissingTable) {
                    missing = true;
                }
            }
            if (!renamed && !missing)
                a = m_actualTables.value(e.qualifiedName());
            if (a)
                pairedActual.insert(a->qualifiedName());
            g->add(tableNode(&e, a));
        }
        for (const Table &a : m_a.tables) {
            if (pairedActual.contains(a.qualifiedName()))
                continue;
            if (!scope.contains(a.schema) && !m_tableLevel.contains(a.qualifiedName()))
                continue;
            g->add(tableNode(nullptr, &a));
        }
        finishGroup(root, std::move(g));
    }

    std::unique_ptr<Node> tableNode(const Table *e, const Table *a)
    {
        const Table &t = e ? *e : *a;
        const QString key = t.qualifiedName(); // the diff names tables as the expected side does
        auto n = std::make_unique<Node>();
        n->kind = Kind::Table;
        n->name = shownName(t.schema, t.name, m_dialect);
        n->display = n->name;
        n->ref.kind = Kind::Table;
        n->ref.expectedTable = e ? e->qualifiedName() : QString();
        n->ref.actualTable = a ? a->qualifiedName() : QString();
        n->ref.expectedName = e ? e->name : QString();
        n->ref.actualName = a ? a->name : QString();
        n->ref.object = key;
        const auto columns = [](const Table *x) {
            return DiffTreeModel::tr("%n column(s)", nullptr, static_cast<int>(x->columns.size()));
        };
        n->expected = e ? columns(e) : m_absent;
        n->actual = a ? columns(a) : m_absent;
        for (int i : m_tableLevel.value(key)) {
            const Difference &x = m_d.differences.at(i);
            const QString expected = n->expected;
            const QString actual = n->actual;
            applyDifference(*n, i);
            if (x.kind == DiffKind::RenamedTable) {
                n->expected = shownQualified(x.expected.value_or(QString()), m_dialect);
                n->actual = shownQualified(x.actual.value_or(QString()), m_dialect);
            } else {
                // The DDL is in the detail pane; here a size is what reads at a glance.
                n->expected = expected;
                n->actual = actual;
            }
        }

        const auto member = [&](Member m, const QString &name, const QString &expected,
                                const QString &actualName, const QString &actual) {
            const QList<int> diffs = m_members.value(memberKey(key, m, name));
            if (diffs.isEmpty()) {
                auto c = memberNode(*n, m, name, actualName);
                c->expected = e ? shortText(expected) : m_absent;
                c->actual = a ? shortText(actual) : m_absent;
                c->expectedFull = expected;
                c->actualFull = actual;
                n->add(std::move(c));
                return;
            }
            for (int i : diffs) {
                auto c = memberNode(*n, m, name, actualName);
                applyDifference(*c, i);
                const Difference &x = m_d.differences.at(i);
                if (x.kind == DiffKind::RenamedColumn)
                    c->ref.actualName = x.actual.value_or(actualName);
                n->add(std::move(c));
            }
        };

        n->children.reserve(static_cast<size_t>(t.columns.size() + t.constraints.size() +
                                                t.indexes.size() + t.triggers.size()));
        if (e) {
            for (const Column &c : e->columns) {
                QString actualName = c.name;
                for (int i : m_members.value(memberKey(key, Member::Column, c.name)))
                    if (m_d.differences.at(i).kind == DiffKind::RenamedColumn)
                        actualName = m_d.differences.at(i).actual.value_or(c.name);
                const Column *ac = a ? a->column(actualName) : nullptr;
                member(Member::Column, c.name, c.type, actualName, ac ? ac->type : QString());
            }
            for (const Constraint &c : e->constraints)
                member(Member::Constraint, constraintLabel(c), constraintSummary(c),
                       constraintLabel(c), constraintSummary(c));
            for (const Index &i : e->indexes)
                if (!i.constraintIndex)
                    member(Member::Index, i.name, indexSummary(i), i.name, indexSummary(i));
            for (const Trigger &tr : e->triggers)
                member(Member::Trigger, tr.name, tr.definition, tr.name, tr.definition);
        } else {
            // An extra table: its members as they are, for the "everything" view.
            for (const Column &c : a->columns)
                member(Member::Column, c.name, QString(), c.name, c.type);
            for (const Constraint &c : a->constraints)
                member(Member::Constraint, constraintLabel(c), QString(), constraintLabel(c),
                       constraintSummary(c));
            for (const Index &i : a->indexes)
                if (!i.constraintIndex)
                    member(Member::Index, i.name, QString(), i.name, indexSummary(i));
            for (const Trigger &tr : a->triggers)
                member(Member::Trigger, tr.name, QString(), tr.name, tr.definition);
        }
        // Extra members (named as the live side names them) and anything not yet placed.
        for (int i : m_tableMembers.value(key)) {
            if (m_placed[static_cast<size_t>(i)])
                continue;
            const Difference &x = m_d.differences.at(i);
            auto c = memberNode(*n, memberOf(x.kind), x.name, x.name);
            applyDifference(*c, i);
            n->add(std::move(c));
        }
        for (const auto &c : n->children)
            n->differences += c->differences;
        if (n->change == Change::None && n->differences > 0) {
            n->change = Change::Contains;
            n->changeText = DiffTreeModel::tr("%n difference(s)", nullptr, n->differences);
        }
        return n;
    }

    std::unique_ptr<Node> memberNode(const Node &table, Member m, const QString &name,
                                     const QString &actualName)
    {
        auto c = std::make_unique<Node>();
        c->kind = kindOfMember(m);
        c->name = name;
        c->display = name;
        c->tableName = table.name;
        c->ref.kind = c->kind;
        c->ref.expectedTable = table.ref.expectedTable;
        c->ref.actualTable = table.ref.actualTable;
        c->ref.expectedName = table.ref.expectedTable.isEmpty() ? QString() : name;
        c->ref.actualName = table.ref.actualTable.isEmpty() ? QString() : actualName;
        c->ref.object = table.ref.object + u'.' + name;
        return c;
    }

    void buildObjects(Node &root, Kind kind, const QString &title, const QList<Object> &expected,
                      const QList<Object> &actual)
    {
        auto g = group(kind, title);
        QHash<QString, const Object *> actualByKey;
        for (const Object &o : actual)
            actualByKey.insert(o.key, &o);
        QSet<QString> seen;
        const auto add = [&](const Object *e, const Object *a) {
            const Object &o = e ? *e : *a;
            seen.insert(o.key);
            const QList<int> diffs = m_objects.value(o.key);
            const auto node = [&] {
                auto n = std::make_unique<Node>();
                n->kind = kind;
                n->name = o.name;
                n->display = o.name;
                n->ref.kind = kind;
                n->ref.expectedName = e ? e->key : QString();
                n->ref.actualName = a ? a->key : QString();
                n->ref.object = o.key;
                return n;
            };
            if (diffs.isEmpty()) {
                auto n = node();
                n->expected = e ? e->text : m_absent;
                n->actual = a ? a->text : m_absent;
                n->expectedFull = e ? e->full : QString();
                n->actualFull = a ? a->full : QString();
                g->add(std::move(n));
                return;
            }
            for (int i : diffs) {
                auto n = node();
                applyDifference(*n, i);
                g->add(std::move(n));
            }
        };
        for (const Object &e : expected)
            add(&e, actualByKey.value(e.key));
        QHash<QString, const Object *> expectedByKey;
        for (const Object &e : expected)
            expectedByKey.insert(e.key, &e);
        for (const Object &a : actual)
            if (!expectedByKey.contains(a.key))
                add(nullptr, &a);
        // Differences of this kind whose object neither side lists (a version the history
        // table does not hold, say).
        for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
            if (seen.contains(it.key()))
                continue;
            for (int i : it.value()) {
                if (kindOfObject(m_d.differences.at(i).kind) != kind)
                    continue;
                auto n = std::make_unique<Node>();
                n->kind = kind;
                n->name = shownQualified(it.key(), m_dialect);
                n->display = n->name;
                n->ref.kind = kind;
                n->ref.object = it.key();
                applyDifference(*n, i);
                g->add(std::move(n));
            }
        }
        finishGroup(root, std::move(g));
    }

    QList<Object> views(const Schema &s) const
    {
        QList<Object> out;
        for (const View &v : s.views)
            out.append({v.qualifiedName(), shownName(v.schema, v.name, m_dialect),
                        shortText(v.definition), v.definition});
        return out;
    }
    QList<Object> sequences(const Schema &s) const
    {
        QList<Object> out;
        for (const Sequence &q : s.sequences) {
            const QString text =
                u"%1 START %2 INCREMENT %3"_s.arg(q.dataType).arg(q.start).arg(q.increment);
            out.append({q.qualifiedName(), shownName(q.schema, q.name, m_dialect), text, text});
        }
        return out;
    }
    QList<Object> enums(const Schema &s) const
    {
        QList<Object> out;
        for (const EnumType &x : s.enums)
            out.append({x.qualifiedName(), shownName(x.schema, x.name, m_dialect),
                        shortText(x.labels.join(u", "_s)), x.labels.join(u", "_s)});
        return out;
    }
    QList<Object> functions(const Schema &s) const
    {
        QList<Object> out;
        for (const Function &f : s.functions)
            out.append({f.signature(),
                        shownName(f.schema, f.name, m_dialect) + u'(' + f.arguments + u')',
                        shortText(f.returns.isEmpty() ? f.kind : f.returns), f.definition});
        return out;
    }
    QList<Object> history(const Schema &s) const
    {
        QList<Object> out;
        for (const MigrationHistory &h : s.migrationHistory) {
            const QString version = !h.readable ? DiffTreeModel::tr("(not readable)")
                                    : h.currentVersion.isEmpty() ? DiffTreeModel::tr("(none)")
                                                                 : h.currentVersion;
            out.append({h.schema + u'.' + h.table, shownName(h.schema, h.table, m_dialect), version,
                        h.tool + u' ' + version});
        }
        return out;
    }

    const Schema &m_e;
    const Schema &m_a;
    const SchemaDiff &m_d;
    Dialect m_dialect;
    const QString m_absent;
    QHash<QString, QList<int>> m_tableLevel;   // expected-side table → its table-level diffs
    QHash<QString, QList<int>> m_members;      // memberKey → diffs
    QHash<QString, QList<int>> m_objects;      // object → schema-level diffs
    QHash<QString, QList<int>> m_tableMembers; // table → its member diffs
    QHash<QString, const Table *> m_actualTables;
    std::vector<bool> m_placed; // per difference: a row shows it
};

constexpr Hazard kSeverity[] = {
    Hazard::DataLoss,         Hazard::CastMayFail,
    Hazard::NotNullViolation, Hazard::Duplicates,
    Hazard::Orphans,          Hazard::CheckViolation,
    Hazard::RenameGuess,      Hazard::BackwardIncompatible,
    Hazard::TableRewrite,     Hazard::ExclusiveLock,
    Hazard::BlocksWrites,     Hazard::NotTransactional,
};

int severityRank(Hazard h)
{
    for (int i = 0; i < int(std::size(kSeverity)); ++i)
        if (kSeverity[i] == h)
            return i;
    return int(std::size(kSeverity));
}

void addUnique(QList<Hazard> &to, const QList<Hazard> &from)
{
    for (Hazard h : from)
        if (!to.contains(h))
            to.append(h);
}

} // namespace

DiffTreeModel::DiffTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_shared<const Node>())
{
    const auto kindIcon = [this](Kind k, const QString &file) {
        m_kindIcons[static_cast<size_t>(k)] = QIcon(u":/icons/"_s + file + u".svg"_s);
    };
    kindIcon(Kind::Group, u"folder"_s);
    kindIcon(Kind::Table, u"table"_s);
    kindIcon(Kind::Column, u"column"_s);
    kindIcon(Kind::Constraint, u"key"_s);
    kindIcon(Kind::Index, u"index"_s);
    kindIcon(Kind::Trigger, u"trigger"_s);
    kindIcon(Kind::View, u"view"_s);
    kindIcon(Kind::Sequence, u"sequence"_s);
    kindIcon(Kind::Enum, u"enum"_s);
    kindIcon(Kind::Function, u"function"_s);
    kindIcon(Kind::History, u"history"_s);
    const auto changeIcon = [this](Change c, const QString &file) {
        m_changeIcons[static_cast<size_t>(c)] = QIcon(u":/icons/"_s + file + u".svg"_s);
    };
    changeIcon(Change::Contains, u"change-contains"_s);
    changeIcon(Change::Missing, u"change-missing"_s);
    changeIcon(Change::Extra, u"change-extra"_s);
    changeIcon(Change::Changed, u"change-changed"_s);
    changeIcon(Change::Renamed, u"change-renamed"_s);
    m_hazardIcon = QIcon(u":/icons/hazard.svg"_s);
    m_noteIcon = QIcon(u":/icons/hazard-note.svg"_s);
}

DiffTreeModel::~DiffTreeModel() = default;

std::shared_ptr<const DiffTreeModel::Node>
DiffTreeModel::buildTree(const Schema &expected, const Schema &actual, const SchemaDiff &diff)
{
    return Builder(expected, actual, diff).build();
}

void DiffTreeModel::setTree(std::shared_ptr<const Node> root)
{
    beginResetModel();
    m_root = root ? std::move(root) : std::make_shared<const Node>();
    endResetModel();
}

void DiffTreeModel::clear()
{
    m_objectHazards.clear();
    m_tableHazards.clear();
    setTree(std::make_shared<const Node>());
}

void DiffTreeModel::setPlan(const MigrationPlan &plan)
{
    m_objectHazards.clear();
    m_tableHazards.clear();
    for (const Step &s : plan.steps) {
        for (const QString &o : s.objects)
            addUnique(m_objectHazards[o], s.hazards);
        for (const QString &t : s.tables)
            addUnique(m_tableHazards[t], s.hazards);
    }
    for (auto &list : m_objectHazards)
        sortBySeverity(list);
    for (auto &list : m_tableHazards)
        sortBySeverity(list);
    emitRiskChanged({});
}

void DiffTreeModel::emitRiskChanged(const QModelIndex &parent)
{
    // Only rows with a difference can carry a risk; walking them is cheap even for a big tree
    // because tables without differences are skipped without descending.
    const Node *p = nodeFor(parent);
    const int rows = static_cast<int>(p->children.size());
    if (rows == 0)
        return;
    Q_EMIT dataChanged(
        index(0, RiskColumn, parent), index(rows - 1, RiskColumn, parent),
        {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, HazardsRole, SeriousRiskRole});
    for (int r = 0; r < rows; ++r)
        if (p->children[static_cast<size_t>(r)]->differences > 0)
            emitRiskChanged(index(r, 0, parent));
}

QList<Hazard> DiffTreeModel::hazardsFor(const Node *n) const
{
    if (n->differences == 0 || n->kind == Kind::Group)
        return {};
    QList<Hazard> out = m_objectHazards.value(n->ref.object);
    if (n->kind == Kind::Table) {
        addUnique(out, m_tableHazards.value(n->ref.expectedTable));
        addUnique(out, m_tableHazards.value(n->ref.actualTable));
        for (const auto &c : n->children)
            if (c->differences > 0)
                addUnique(out, m_objectHazards.value(c->ref.object));
        sortBySeverity(out);
    }
    return out;
}

const DiffTreeModel::Node *DiffTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.constInternalPointer()) : m_root.get();
}

QModelIndex DiffTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeFor(parent);
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex DiffTreeModel::parent(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const Node *p = nodeFor(index)->parent;
    if (p == nullptr || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int DiffTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeFor(parent)->children.size());
}

int DiffTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DiffTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ObjectColumn:
            return n->display;
        case ExpectedColumn:
            return n->expected;
        case ActualColumn:
            return n->actual;
        case ChangeColumn:
            return n->changeText;
        case RiskColumn: {
            const QList<Hazard> hazards = hazardsFor(n);
            if (hazards.isEmpty())
                return {};
            QString text = hazardText(hazards.first());
            if (hazards.size() > 1)
                text += u" +"_s + QString::number(hazards.size() - 1);
            return text;
        }
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case ExpectedColumn:
            return n->expectedFull.isEmpty() ? QVariant() : QVariant(n->expectedFull.left(2000));
        case ActualColumn:
            return n->actualFull.isEmpty() ? QVariant() : QVariant(n->actualFull.left(2000));
        case RiskColumn: {
            QStringList lines;
            for (Hazard h : hazardsFor(n))
                lines << hazardText(h) + u": "_s + hazardExplanation(h);
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
        }
        default:
            return n->ref.object.isEmpty() ? QVariant() : QVariant(n->ref.object);
        }
    case Qt::DecorationRole:
        if (column == ObjectColumn)
            return m_kindIcons[static_cast<size_t>(n->kind)];
        if (column == ChangeColumn && n->change != Change::None)
            return m_changeIcons[static_cast<size_t>(n->change)];
        if (column == RiskColumn) {
            const QList<Hazard> hazards = hazardsFor(n);
            if (!hazards.isEmpty())
                return isSerious(hazards.first()) ? m_hazardIcon : m_noteIcon;
        }
        return {};
    case Qt::FontRole:
        if ((column == ExpectedColumn || column == ActualColumn) && n->kind != Kind::Table &&
            n->kind != Kind::Group)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (column == ChangeColumn && n->change != Change::None && n->change != Change::Contains) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        // Colour only reinforces the icon and the word.
        if (column == ChangeColumn) {
            switch (n->change) {
            case Change::Missing:
                return QColor(0xb0, 0x3a, 0x2e);
            case Change::Extra:
                return QColor(0x1f, 0x5f, 0x9e);
            case Change::Changed:
                return QColor(0x9a, 0x5b, 0x00);
            case Change::Renamed:
                return QColor(0x6a, 0x3d, 0x9a);
            default:
                return {};
            }
        }
        if (column == RiskColumn) {
            const QList<Hazard> hazards = hazardsFor(n);
            if (!hazards.isEmpty() && isSerious(hazards.first()))
                return QColor(0xa0, 0x2c, 0x1e);
        }
        return {};
    case KindRole:
        return QVariant::fromValue(n->kind);
    case ChangeRole:
        return QVariant::fromValue(n->change);
    case NameRole:
        return n->name;
    case TableNameRole:
        return n->tableName;
    case ObjectRole:
        return n->ref.object;
    case DiffIndexRole:
        return n->ref.diffIndex;
    case DiffKindRole:
        return n->diffKind;
    case HazardsRole: {
        QStringList names;
        for (Hazard h : hazardsFor(n))
            names << hazardName(h);
        return names;
    }
    case SeriousRiskRole: {
        const QList<Hazard> hazards = hazardsFor(n);
        return std::any_of(hazards.cbegin(), hazards.cend(), &DiffTreeModel::isSerious);
    }
    }
    return {};
}

QVariant DiffTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectColumn:
        return tr("Object");
    case ExpectedColumn:
        return tr("Expected");
    case ActualColumn:
        return tr("Actual");
    case ChangeColumn:
        return tr("Change");
    case RiskColumn:
        return tr("Risk");
    }
    return {};
}

Qt::ItemFlags DiffTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeFor(index)->children.empty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> DiffTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(ChangeRole, "change");
    names.insert(NameRole, "name");
    names.insert(TableNameRole, "tableName");
    names.insert(ObjectRole, "object");
    names.insert(DiffIndexRole, "diffIndex");
    names.insert(DiffKindRole, "diffKind");
    names.insert(HazardsRole, "hazards");
    names.insert(SeriousRiskRole, "seriousRisk");
    return names;
}

DiffTreeModel::ObjectRef DiffTreeModel::objectRef(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return nodeFor(index)->ref;
}

QModelIndex DiffTreeModel::groupIndex(Kind childKind) const
{
    for (const auto &g : m_root->children)
        if (g->groupOf == childKind)
            return createIndex(g->row, 0, g.get());
    return {};
}

QModelIndex DiffTreeModel::findObject(const QString &object) const
{
    // Only subtrees with differences hold difference objects worth finding quickly; fall
    // back to everything for unchanged objects.
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        if (n != m_root.get() && n->ref.object == object)
            return createIndex(n->row, 0, n);
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            stack.push_back(it->get());
    }
    return {};
}

DiffTreeModel::Change DiffTreeModel::changeOf(DiffKind kind)
{
    switch (kind) {
    case DiffKind::MissingTable:
    case DiffKind::MissingColumn:
    case DiffKind::MissingConstraint:
    case DiffKind::MissingIndex:
    case DiffKind::MissingView:
    case DiffKind::MissingTrigger:
    case DiffKind::MissingSequence:
    case DiffKind::MissingEnum:
    case DiffKind::MissingFunction:
        return Change::Missing;
    case DiffKind::RenamedTable:
    case DiffKind::RenamedColumn:
        return Change::Renamed;
    default:
        return isExtraKind(kind) ? Change::Extra : Change::Changed;
    }
}

QString DiffTreeModel::changeText(const Difference &d)
{
    if (d.kind == DiffKind::MigrationVersion && !d.actual && !d.evidence.isEmpty())
        return tr("version unknown");
    return changeText(d.kind, d.declared);
}

QString DiffTreeModel::changeText(DiffKind kind, bool declared)
{
    switch (kind) {
    case DiffKind::RenamedTable:
    case DiffKind::RenamedColumn:
        return declared ? tr("renamed") : tr("rename?");
    case DiffKind::ColumnType:
        return tr("type changed");
    case DiffKind::ColumnNullability:
        return tr("nullability changed");
    case DiffKind::ColumnDefault:
        return tr("default changed");
    case DiffKind::ColumnIdentity:
        return tr("identity changed");
    case DiffKind::MigrationVersion:
        return tr("version differs");
    default:
        break;
    }
    switch (changeOf(kind)) {
    case Change::Missing:
        return tr("missing");
    case Change::Extra:
        return tr("extra");
    default:
        return tr("changed");
    }
}

QString DiffTreeModel::migrationNote(const SchemaDiff &diff)
{
    const auto it =
        std::find_if(diff.differences.cbegin(), diff.differences.cend(),
                     [](const Difference &x) { return x.kind == DiffKind::MigrationVersion; });
    const Difference *d = it == diff.differences.cend() ? nullptr : &*it;
    if (!d || !d->expected)
        return {};
    if (!d->actual && !d->evidence.isEmpty()) // the live history could not be read
        return tr("This role may not read %1, so the version it records is unknown; the expected "
                  "schema is at %2. Go by the differences listed here.")
            .arg(d->object, *d->expected);
    const QString claim = d->actual ? tr("%1 says version %2; the expected schema is at %3.")
                                          .arg(d->object, *d->actual, *d->expected)
                                    : tr("%1 records no version; the expected schema is at %2.")
                                          .arg(d->object, *d->expected);
    return claim + u' ' +
           tr("The recorded version cannot be trusted, since a migration can fail silently or "
              "never run: go by the differences listed here, and record %1 only once the repair "
              "has made the schema match.")
               .arg(*d->expected);
}

QString DiffTreeModel::hazardText(Hazard h)
{
    switch (h) {
    case Hazard::DataLoss:
        return tr("data loss");
    case Hazard::CastMayFail:
        return tr("cast may fail");
    case Hazard::NotNullViolation:
        return tr("NULLs need a value");
    case Hazard::Duplicates:
        return tr("duplicates");
    case Hazard::Orphans:
        return tr("orphan rows");
    case Hazard::CheckViolation:
        return tr("check violations");
    case Hazard::TableRewrite:
        return tr("table rewrite");
    case Hazard::ExclusiveLock:
        return tr("exclusive lock");
    case Hazard::BlocksWrites:
        return tr("blocks writes");
    case Hazard::NotTransactional:
        return tr("not transactional");
    case Hazard::RenameGuess:
        return tr("rename guessed");
    case Hazard::BackwardIncompatible:
        return tr("breaks old app");
    }
    return hazardName(h);
}

bool DiffTreeModel::isSerious(Hazard h)
{
    switch (h) {
    case Hazard::DataLoss:
    case Hazard::CastMayFail:
    case Hazard::NotNullViolation:
    case Hazard::Duplicates:
    case Hazard::Orphans:
    case Hazard::CheckViolation:
    case Hazard::RenameGuess:
    case Hazard::BackwardIncompatible:
        return true;
    default:
        return false;
    }
}

void DiffTreeModel::sortBySeverity(QList<Hazard> &hazards)
{
    std::stable_sort(hazards.begin(), hazards.end(),
                     [](Hazard a, Hazard b) { return severityRank(a) < severityRank(b); });
}

} // namespace sm::gui
