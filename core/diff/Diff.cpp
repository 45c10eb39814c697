// SPDX-License-Identifier: MIT
#include "Diff.h"

#include "schema/SchemaText.h"
#include "util/Plural.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sm {
namespace {

// This file's messages: lupdate files them under sm::Diff, the context the runtime looks up.
struct DiffText
{
    Q_DECLARE_TR_FUNCTIONS(sm::Diff)
};

constexpr std::pair<DiffKind, const char16_t *> kKinds[] = {
    {DiffKind::MissingTable, u"missing_table"},
    {DiffKind::ExtraTable, u"extra_table"},
    {DiffKind::RenamedTable, u"renamed_table"},
    {DiffKind::MissingColumn, u"missing_column"},
    {DiffKind::ExtraColumn, u"extra_column"},
    {DiffKind::RenamedColumn, u"renamed_column"},
    {DiffKind::ColumnType, u"column_type"},
    {DiffKind::ColumnNullability, u"column_nullability"},
    {DiffKind::ColumnDefault, u"column_default"},
    {DiffKind::ColumnIdentity, u"column_identity"},
    {DiffKind::MissingConstraint, u"missing_constraint"},
    {DiffKind::ExtraConstraint, u"extra_constraint"},
    {DiffKind::ChangedConstraint, u"changed_constraint"},
    {DiffKind::MissingIndex, u"missing_index"},
    {DiffKind::ExtraIndex, u"extra_index"},
    {DiffKind::ChangedIndex, u"changed_index"},
    {DiffKind::MissingView, u"missing_view"},
    {DiffKind::ExtraView, u"extra_view"},
    {DiffKind::ChangedView, u"changed_view"},
    {DiffKind::MissingTrigger, u"missing_trigger"},
    {DiffKind::ExtraTrigger, u"extra_trigger"},
    {DiffKind::ChangedTrigger, u"changed_trigger"},
    {DiffKind::MissingSequence, u"missing_sequence"},
    {DiffKind::ExtraSequence, u"extra_sequence"},
    {DiffKind::ChangedSequence, u"changed_sequence"},
    {DiffKind::MissingEnum, u"missing_enum"},
    {DiffKind::ExtraEnum, u"extra_enum"},
    {DiffKind::ChangedEnum, u"changed_enum"},
    {DiffKind::MissingFunction, u"missing_function"},
    {DiffKind::ExtraFunction, u"extra_function"},
    {DiffKind::ChangedFunction, u"changed_function"},
    {DiffKind::MigrationVersion, u"migration_version"},
};

// ---- text normalisation -------------------------------------------------------------------

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// The closing quote of the string literal opened at `open` ('' is an escaped quote).
qsizetype literalEnd(const QString &s, qsizetype open)
{
    qsizetype i = open + 1;
    while (i < s.size()) {
        if (s[i] == u'\'') {
            if (i + 1 < s.size() && s[i + 1] == u'\'') {
                i += 2;
                continue;
            }
            return i;
        }
        ++i;
    }
    return s.size();
}

// Where the bracket or parenthesis opened at `open` closes, skipping string literals; -1 when
// it does not.
qsizetype matchingClose(const QString &s, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'\'') {
            i = literalEnd(s, i);
            continue;
        }
        if (c == u'(' || c == u'[')
            ++depth;
        else if ((c == u')' || c == u']') && --depth == 0)
            return i;
    }
    return -1;
}

// Splits at the commas outside literals, parentheses and brackets.
QStringList splitTopLevel(const QString &s)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'\'') {
            i = literalEnd(s, i);
        } else if (c == u'(' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u']') {
            --depth;
        } else if (c == u',' && depth == 0) {
            parts << s.mid(start, i - start);
            start = i + 1;
        }
    }
    parts << s.mid(start);
    return parts;
}

// PostgreSQL prints `role IN ('a', 'b')` on a varchar column as
// `(ARRAY['a'::character varying, 'b'::character varying])::text[]`, and the same expression
// read back from a dump as `ARRAY[('a'::character varying)::text, …]`: one meaning, two
// texts, so a restored database would never equal its backup. Both become the second form.
// Works on canonicalText()'s output (lower case, no spaces after commas).
QString canonicalArrayCasts(QString s)
{
    static const QString opener = u"(array["_s;
    for (qsizetype at = s.indexOf(opener); at >= 0; at = s.indexOf(opener, at + 1)) {
        const qsizetype close = matchingClose(s, at + 6);
        if (close < 0 || !QStringView(s).sliced(close).startsWith(u"])::"))
            continue;
        const qsizetype typeStart = close + 4;
        qsizetype typeEnd = typeStart;
        while (typeEnd < s.size() &&
               (isWordChar(s[typeEnd]) || s[typeEnd] == u' ' || s[typeEnd] == u'.' ||
                s[typeEnd] == u'(' || s[typeEnd] == u')'))
            ++typeEnd;
        if (!QStringView(s).sliced(typeEnd).startsWith(u"[]") || typeEnd == typeStart)
            continue;
        const QString type = s.mid(typeStart, typeEnd - typeStart);
        QStringList elements = splitTopLevel(s.mid(at + 7, close - at - 7));
        for (QString &e : elements)
            e = u'(' + e + u")::"_s + type;
        s.replace(at, typeEnd + 2 - at, u"array["_s + elements.join(u',') + u']');
    }
    return s;
}

// Lower-cases outside string literals, drops identifier quotes, collapses whitespace and
// removes it where it cannot matter (next to punctuation).
QString canonicalText(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    bool pendingSpace = false;
    auto emit = [&](QChar c) {
        if (pendingSpace && !out.isEmpty() && isWordChar(out.back()) && isWordChar(c))
            out += u' ';
        else if (pendingSpace && !out.isEmpty() && !isWordChar(c) && !isWordChar(out.back()) &&
                 c != u'(' && c != u')' && c != u',' && out.back() != u'(' && out.back() != u',' &&
                 out.back() != u')')
            out += u' '; // keep "< =" apart from "<="
        pendingSpace = false;
        out += c;
    };
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql[i];
        if (c == u'\'') { // string literal, verbatim ('' escapes stay inside)
            emit(c);
            ++i;
            while (i < n) {
                out += sql[i];
                if (sql[i] == u'\'') {
                    if (i + 1 < n && sql[i + 1] == u'\'') {
                        out += sql[++i];
                    } else {
                        break;
                    }
                }
                ++i;
            }
            continue;
        }
        // A quoted identifier: keep its text, drop the quotes. '[' quotes only where a name can
        // start (SQLite's [name]); after a word, ')' or ']' it is PostgreSQL's ARRAY[…], a
        // subscript or an array type's [].
        const bool bracketQuote =
            c == u'[' && (out.isEmpty() || pendingSpace ||
                          (!isWordChar(out.back()) && out.back() != u')' && out.back() != u']'));
        if (c == u'"' || c == u'`' || bracketQuote) {
            const QChar close = c == u'[' ? u']' : c;
            QString ident;
            ++i;
            while (i < n) {
                if (sql[i] == close) {
                    if (close != u']' && i + 1 < n && sql[i + 1] == close) {
                        ident += close;
                        i += 2;
                        continue;
                    }
                    break;
                }
                ident += sql[i++];
            }
            const QString lower = ident.toLower();
            for (qsizetype k = 0; k < lower.size(); ++k)
                emit(lower[k]);
            continue;
        }
        if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') { // line comment
            while (i < n && sql[i] != u'\n')
                ++i;
            pendingSpace = true;
            continue;
        }
        if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') { // block comment
            i += 2;
            while (i + 1 < n && !(sql[i] == u'*' && sql[i + 1] == u'/'))
                ++i;
            ++i;
            pendingSpace = true;
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        emit(c.toLower());
    }
    while (out.endsWith(u';') || out.endsWith(u' '))
        out.chop(1);
    return canonicalArrayCasts(out);
}

// True when the parenthesis at 0 closes at the very end: "(a) and (b)" is not wrapped.
bool wrappedInParens(const QString &s)
{
    if (s.size() < 2 || s.front() != u'(' || s.back() != u')')
        return false;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'\'')
            inString = !inString;
        if (inString)
            continue;
        if (c == u'(')
            ++depth;
        else if (c == u')' && --depth == 0 && i + 1 < s.size())
            return false;
    }
    return depth == 0;
}

QString stripOuterParens(QString s)
{
    while (wrappedInParens(s))
        s = s.mid(1, s.size() - 2);
    return s;
}

QString normalizeType(Dialect dialect, const QString &type)
{
    QString t = type.simplified();
    t.replace(u" ("_s, u"("_s);
    t.replace(u", "_s, u","_s);
    return dialect == Dialect::Sqlite ? t.toUpper() : t.toLower();
}

// ---- generated names ----------------------------------------------------------------------

// PostgreSQL's default names (<table>_<cols>_pkey/_key/_fkey/_check/_excl/_idx, perhaps with a
// number, perhaps truncated to 63 bytes) and SQLite's absent or auto names are not the
// operator's choice: a difference in them is not a difference.
bool isGeneratedName(const QString &name, const QString &table)
{
    if (name.isEmpty() || name.startsWith(u"sqlite_autoindex_"_s))
        return true;
    static const QRegularExpression suffix(u"_(pkey|key|fkey|check|excl|idx)\\d*$"_s);
    if (!suffix.match(name).hasMatch())
        return false;
    const QString prefix = table.left(std::min<qsizetype>(table.size(), 20));
    return name.startsWith(prefix + u'_') || name.size() >= 60;
}

// ---- keys that match objects by what they are, not by their names ------------------------

// How the live side's names translate into the expected side's after the renames the diff
// found or was told: so a foreign key on "campaignId" of campaign_task matches the one on
// campaign_id of campaign_tasks.
struct Renames
{
    QHash<QString, QString> tables;                  // actual qualified → expected qualified
    QHash<QString, QHash<QString, QString>> columns; // actual qualified table → (actual → expected)

    QString column(const QString &table, const QString &name) const
    {
        return columns.value(table).value(name, name);
    }
    QStringList columnsOf(const QString &table, const QStringList &names) const
    {
        QStringList out;
        for (const QString &n : names)
            out << column(table, n);
        return out;
    }
};

// Applies the renames to a live constraint, so that it can be keyed like an expected one.
Constraint renamed(const Constraint &c, const QString &table, const Renames &r)
{
    Constraint out = c;
    out.columns = r.columnsOf(table, c.columns);
    if (c.kind == ConstraintKind::ForeignKey) {
        const QString ref = c.refSchema + u'.' + c.refTable;
        out.refColumns = r.columnsOf(ref, c.refColumns);
        const QString mapped = r.tables.value(ref, ref);
        out.refSchema = mapped.section(u'.', 0, 0);
        out.refTable = mapped.section(u'.', 1);
    }
    if (c.kind == ConstraintKind::Check) {
        // Column names inside a CHECK expression follow their column's rename.
        for (auto it = r.columns.value(table).cbegin(); it != r.columns.value(table).cend(); ++it) {
            static const QString boundary = u"(?<![A-Za-z0-9_])\"?%1\"?(?![A-Za-z0-9_])"_s;
            out.checkExpr.replace(
                QRegularExpression(boundary.arg(QRegularExpression::escape(it.key()))), it.value());
        }
    }
    return out;
}

Index renamed(const Index &i, const QString &table, const Renames &r)
{
    Index out = i;
    out.columns = r.columnsOf(table, i.columns);
    out.include = r.columnsOf(table, i.include);
    return out;
}

QString constraintKey(Dialect dialect, const Constraint &c)
{
    QStringList cols = c.columns;
    switch (c.kind) {
    case ConstraintKind::PrimaryKey:
        return u"pk:"_s + cols.join(u',').toLower();
    case ConstraintKind::Unique:
        std::sort(cols.begin(), cols.end());
        return u"unique:"_s + cols.join(u',').toLower();
    case ConstraintKind::ForeignKey:
        return u"fk:"_s + cols.join(u',').toLower() + u"->"_s +
               (dialect == Dialect::Postgres ? c.refSchema + u'.' : QString()) +
               c.refTable.toLower() + u'(' + c.refColumns.join(u',').toLower() + u')';
    case ConstraintKind::Check:
        return u"check:"_s + stripOuterParens(canonicalText(c.checkExpr));
    case ConstraintKind::Exclusion: {
        QString def = canonicalText(c.definition);
        return u"exclude:"_s + def;
    }
    }
    return {};
}

// What else must agree once two constraints match by key.
QString constraintDetails(const Constraint &c)
{
    if (c.kind != ConstraintKind::ForeignKey)
        return {};
    return c.onDelete + u'|' + c.onUpdate + u'|' + c.match + u'|' +
           (c.deferrable ? u"d"_s : u""_s) + (c.initiallyDeferred ? u"i"_s : u""_s);
}

QString indexKey(const Index &i)
{
    QStringList cols;
    for (const QString &c : i.columns)
        cols << stripOuterParens(canonicalText(c));
    QString method = i.method.toLower();
    if (method == u"btree")
        method.clear();
    return (i.unique ? u"u:"_s : u"i:"_s) + cols.join(u',') + u'|' + method + u'|' +
           i.include.join(u',').toLower() + u'|' + stripOuterParens(canonicalText(i.predicate));
}

// A view's text without "CREATE VIEW name AS" (SQLite keeps the statement).
QString viewBody(const View &v)
{
    QString t = canonicalText(v.definition);
    if (t.startsWith(u"create "_s)) {
        static const QRegularExpression head(
            u"^create\\s+(temp\\s+|temporary\\s+)?view\\s+.*?\\bas\\b"_s);
        const auto m = head.match(t);
        if (m.hasMatch())
            t = t.mid(m.capturedEnd()).trimmed();
    }
    return t;
}

QString triggerBody(const Trigger &t, const QString &table)
{
    QString s = canonicalText(t.definition);
    // Trigger text names its table; a renamed table must not make every trigger differ.
    s.replace(table.toLower(), u"$table"_s);
    return s;
}

// ---- matching helpers ---------------------------------------------------------------------

bool globMatches(const QStringList &globs, const QStringList &names)
{
    for (const QString &g : globs) {
        const QRegularExpression re(
            QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(
                g, QRegularExpression::UnanchoredWildcardConversion)));
        for (const QString &n : names)
            if (re.match(n).hasMatch())
                return true;
    }
    return false;
}

QString columnText(const Column &c)
{
    return c.type + (c.notNull ? u" NOT NULL"_s : QString()) +
           (c.defaultExpr ? u" DEFAULT "_s + *c.defaultExpr : QString());
}

QString tableDdl(const Table &t)
{
    if (!t.createSql.isEmpty())
        return t.createSql;
    QStringList parts;
    for (const Column &c : t.columns)
        parts << u"  "_s + c.name + u' ' + columnText(c);
    for (const Constraint &c : t.constraints)
        parts << u"  "_s + (c.name.isEmpty() ? QString() : u"CONSTRAINT "_s + c.name + u' ') +
                     c.definition;
    return u"CREATE TABLE "_s + t.qualifiedName() + u" (\n"_s + parts.join(u",\n"_s) + u"\n)"_s;
}

struct Pairing
{
    const Table *expected = nullptr;
    const Table *actual = nullptr;
};

class Differ
{
public:
    Differ(const Schema &expected, const Schema &actual, const DiffOptions &options)
        : m_e(expected)
        , m_a(actual)
        , m_o(options)
        , m_dialect(expected.dialect)
    {
        // Hashed once: a diff of 10,000 tables must not look each one up by a linear scan.
        for (const Table &t : actual.tables)
            m_actualTables.insert(t.qualifiedName(), &t);
        for (const Sequence &seq : expected.sequences)
            if (!seq.ownedBy.isEmpty())
                m_ownedExpected.insert(seq.ownedBy);
        for (const Sequence &seq : actual.sequences)
            if (!seq.ownedBy.isEmpty())
                m_ownedActual.insert(seq.ownedBy);
        m_schemas = QSet<QString>(options.schemas.cbegin(), options.schemas.cend());
        if (m_schemas.isEmpty()) {
            for (const Table &t : expected.tables)
                m_schemas.insert(t.schema);
            for (const View &v : expected.views)
                m_schemas.insert(v.schema);
            for (const EnumType &e : expected.enums)
                m_schemas.insert(e.schema);
            for (const Function &f : expected.functions)
                m_schemas.insert(f.schema);
            for (const Sequence &s : expected.sequences)
                m_schemas.insert(s.schema);
            for (const QString &s : expected.schemas)
                m_schemas.insert(s);
            if (m_schemas.isEmpty())
                m_schemas.insert(m_dialect == Dialect::Sqlite ? u"main"_s : u"public"_s);
        }
    }

    SchemaDiff run()
    {
        SchemaDiff d;
        d.dialect = m_dialect;
        diffTables();
        diffViews();
        diffSequences();
        diffEnums();
        diffFunctions();
        diffMigrationVersion();
        d.differences = std::move(m_out);
        return d;
    }

private:
    bool inScope(const QString &schema, const QString &name, const QString &member = {}) const
    {
        if (!m_schemas.contains(schema))
            return false;
        if (m_o.ignore.isEmpty())
            return true;
        QStringList names{name, schema + u'.' + name};
        if (!member.isEmpty())
            names << schema + u'.' + name + u'.' + member << member;
        return !globMatches(m_o.ignore, names);
    }

    void add(DiffKind kind, const QString &table, const QString &name,
             std::optional<QString> expected, std::optional<QString> actual,
             const QString &evidence = {}, bool declared = false)
    {
        Difference d;
        d.kind = kind;
        d.table = table;
        d.object = table.isEmpty() ? name : (name.isEmpty() ? table : table + u'.' + name);
        // A table-level difference is named by the table's own (unqualified) name.
        d.name = name.isEmpty() ? table.mid(table.indexOf(u'.') + 1) : name;
        d.expected = std::move(expected);
        d.actual = std::move(actual);
        d.evidence = evidence;
        d.declared = declared;
        m_out.append(std::move(d));
    }

    const Table *findTable(const Schema &s, const QString &ref) const
    {
        if (ref.contains(u'.'))
            return s.table(ref);
        for (const Table &t : s.tables)
            if (t.name == ref && m_schemas.contains(t.schema))
                return &t;
        return nullptr;
    }

    QString tableShort(const Table &t) const { return t.qualifiedName(); }

    double columnOverlap(const Table &a, const Table &b) const
    {
        QSet<QString> na, nb;
        for (const Column &c : a.columns)
            na.insert(normalizeIdentifierForRename(c.name));
        for (const Column &c : b.columns)
            nb.insert(normalizeIdentifierForRename(c.name));
        const qsizetype common = QSet<QString>(na).intersect(nb).size();
        // Against the smaller table: a renamed table that also gained columns (seed 004's
        // campaign_task → campaign_tasks) still shares every column it had.
        const qsizetype fewest = std::min(na.size(), nb.size());
        return fewest == 0 ? 0.0 : double(common) / double(fewest);
    }

    void diffTables()
    {
        QList<const Table *> expectedOnly;
        QList<const Table *> actualOnly;
        QList<Pairing> pairs;
        QSet<const Table *> pairedActual;

        // Renames the operator declared come first: they are facts, not guesses.
        QHash<const Table *, const Table *> declared; // expected → actual
        for (const auto &[oldName, newName] : m_o.renameTables) {
            const Table *a = findTable(m_a, oldName);
            const Table *e = findTable(m_e, newName);
            if (a && e)
                declared.insert(e, a);
        }

        for (const Table &e : m_e.tables) {
            if (!inScope(e.schema, e.name))
                continue;
            if (const Table *a = declared.value(&e)) {
                pairs.append(Pairing{&e, a});
                pairedActual.insert(a);
                add(DiffKind::RenamedTable, e.qualifiedName(), QString(), e.qualifiedName(),
                    a->qualifiedName(), DiffText::tr("declared with --rename-table"), true);
                continue;
            }
            const Table *a = m_actualTables.value(e.qualifiedName());
            if (a && !pairedActual.contains(a)) {
                pairs.append(Pairing{&e, a});
                pairedActual.insert(a);
            } else {
                expectedOnly.append(&e);
            }
        }
        for (const Table &a : m_a.tables)
            if (inScope(a.schema, a.name) && !pairedActual.contains(&a))
                actualOnly.append(&a);

        if (m_o.detectRenames) {
            for (auto it = expectedOnly.begin(); it != expectedOnly.end();) {
                const Table *e = *it;
                const Table *best = nullptr;
                double bestOverlap = 0;
                for (const Table *a : std::as_const(actualOnly)) {
                    if (a->schema != e->schema || !namesMatchForRename(e->name, a->name, true))
                        continue;
                    const double overlap = columnOverlap(*e, *a);
                    if (overlap >= 0.8 && overlap > bestOverlap) {
                        best = a;
                        bestOverlap = overlap;
                    }
                }
                if (!best) {
                    ++it;
                    continue;
                }
                actualOnly.removeOne(best);
                pairs.append(Pairing{e, best});
                add(DiffKind::RenamedTable, e->qualifiedName(), QString(), e->qualifiedName(),
                    best->qualifiedName(),
                    DiffText::tr(
                        "names equal ignoring case, separators and plural; %1% of the columns "
                        "in common")
                        .arg(qRound(bestOverlap * 100)));
                it = expectedOnly.erase(it);
            }
        }

        for (const Table *e : std::as_const(expectedOnly))
            add(DiffKind::MissingTable, e->qualifiedName(), QString(), tableDdl(*e), std::nullopt);
        for (const Table *a : std::as_const(actualOnly))
            add(DiffKind::ExtraTable, a->qualifiedName(), QString(), std::nullopt, tableDdl(*a));

        std::sort(pairs.begin(), pairs.end(), [](const Pairing &x, const Pairing &y) {
            return x.expected->qualifiedName() < y.expected->qualifiedName();
        });
        for (const Pairing &p : std::as_const(pairs))
            if (p.actual->qualifiedName() != p.expected->qualifiedName())
                m_renames.tables.insert(p.actual->qualifiedName(), p.expected->qualifiedName());
        for (const Pairing &p : std::as_const(pairs))
            diffColumns(*p.expected, *p.actual);
        for (const Pairing &p : std::as_const(pairs)) {
            diffConstraints(*p.expected, *p.actual);
            diffIndexes(*p.expected, *p.actual);
            diffTriggers(*p.expected, *p.actual);
        }
    }

    // Sequence defaults name a sequence; serial and its expanded form name the one the
    // column owns, whatever it is called. Compare "the owned sequence", not its name.
    QString normalizedDefault(const Schema &s, const Table &t, const Column &c) const
    {
        if (!c.defaultExpr)
            return {};
        QString d = canonicalText(*c.defaultExpr);
        if (d.startsWith(u"nextval("_s)) {
            const QSet<QString> &owned = &s == &m_e ? m_ownedExpected : m_ownedActual;
            if (owned.contains(t.qualifiedName() + u'.' + c.name))
                return u"nextval(<owned sequence>)"_s;
        }
        return stripOuterParens(d);
    }

    void diffColumns(const Table &e, const Table &a)
    {
        const QString table = e.qualifiedName();
        QList<const Column *> missing;
        QList<const Column *> extra;
        QList<QPair<const Column *, const Column *>> pairs;
        QSet<const Column *> pairedActual;

        QHash<QString, QString> declared; // new name → old name
        for (const auto &[ref, newName] : m_o.renameColumns) {
            const qsizetype dot = ref.lastIndexOf(u'.');
            if (dot < 0)
                continue;
            const QString tableRef = ref.left(dot);
            if (tableRef == e.name || tableRef == e.qualifiedName() || tableRef == a.name ||
                tableRef == a.qualifiedName())
                declared.insert(newName, ref.mid(dot + 1));
        }

        for (const Column &ec : e.columns) {
            const Column *ac = nullptr;
            if (declared.contains(ec.name)) {
                ac = a.column(declared.value(ec.name));
                if (ac) {
                    add(DiffKind::RenamedColumn, table, ec.name, ec.name, ac->name,
                        DiffText::tr("declared with --rename-column"), true);
                }
            }
            if (!ac)
                ac = a.column(ec.name);
            if (ac && !pairedActual.contains(ac)) {
                pairs.append(qMakePair(&ec, ac));
                pairedActual.insert(ac);
            } else {
                missing.append(&ec);
            }
        }
        for (const Column &ac : a.columns)
            if (!pairedActual.contains(&ac) && !ac.hidden)
                extra.append(&ac);

        if (m_o.detectRenames) {
            for (auto it = missing.begin(); it != missing.end();) {
                const Column *ec = *it;
                auto match = std::find_if(extra.begin(), extra.end(), [&](const Column *ac) {
                    return normalizeType(m_dialect, ac->type) ==
                               normalizeType(m_dialect, ec->type) &&
                           namesMatchForRename(ec->name, ac->name, false);
                });
                if (match == extra.end()) {
                    ++it;
                    continue;
                }
                const Column *ac = *match;
                extra.erase(match);
                pairs.append(qMakePair(ec, ac));
                add(DiffKind::RenamedColumn, table, ec->name, ec->name, ac->name,
                    DiffText::tr("same type %1; names equal ignoring case and separators")
                        .arg(ec->type));
                it = missing.erase(it);
            }
        }

        for (const auto &[ec, ac] : std::as_const(pairs))
            if (ec->name != ac->name)
                m_renames.columns[a.qualifiedName()].insert(ac->name, ec->name);

        for (const Column *ec : std::as_const(missing))
            if (inScope(e.schema, e.name, ec->name))
                add(DiffKind::MissingColumn, table, ec->name, columnText(*ec), std::nullopt);
        for (const Column *ac : std::as_const(extra))
            if (inScope(e.schema, e.name, ac->name))
                add(DiffKind::ExtraColumn, table, ac->name, std::nullopt, columnText(*ac));

        for (const auto &[ec, ac] : std::as_const(pairs)) {
            if (!inScope(e.schema, e.name, ec->name))
                continue;
            // Equal text needs no normalizing: most columns of a large schema are unchanged.
            if (ec->type != ac->type &&
                normalizeType(m_dialect, ec->type) != normalizeType(m_dialect, ac->type))
                add(DiffKind::ColumnType, table, ec->name, ec->type, ac->type);
            if (ec->notNull != ac->notNull)
                add(DiffKind::ColumnNullability, table, ec->name,
                    ec->notNull ? u"NOT NULL"_s : u"NULL"_s,
                    ac->notNull ? u"NOT NULL"_s : u"NULL"_s);
            // The same text is the same default, except nextval(): whether the sequence is the
            // column's own can differ between the sides (normalizedDefault()).
            const bool sameDefault =
                ec->defaultExpr == ac->defaultExpr &&
                (!ec->defaultExpr || !ec->defaultExpr->contains(u"nextval", Qt::CaseInsensitive));
            if (!sameDefault && normalizedDefault(m_e, e, *ec) != normalizedDefault(m_a, a, *ac)) {
                add(DiffKind::ColumnDefault, table, ec->name, ec->defaultExpr, ac->defaultExpr);
            }
            const QString eg = ec->generatedExpr.isEmpty()
                                   ? QString()
                                   : stripOuterParens(canonicalText(ec->generatedExpr)) +
                                         (ec->generatedStored ? u" stored"_s : u" virtual"_s);
            const QString ag = ac->generatedExpr.isEmpty()
                                   ? QString()
                                   : stripOuterParens(canonicalText(ac->generatedExpr)) +
                                         (ac->generatedStored ? u" stored"_s : u" virtual"_s);
            if (ec->identity != ac->identity || eg != ag) {
                auto describe = [](const Column &c) -> std::optional<QString> {
                    if (!c.identity.isEmpty())
                        return u"GENERATED "_s + c.identity.toUpper() + u" AS IDENTITY"_s;
                    if (!c.generatedExpr.isEmpty())
                        return u"GENERATED ALWAYS AS ("_s + c.generatedExpr +
                               (c.generatedStored ? u") STORED"_s : u") VIRTUAL"_s);
                    return std::nullopt;
                };
                add(DiffKind::ColumnIdentity, table, ec->name, describe(*ec), describe(*ac));
            }
        }
    }

    // Whether a rename the diff found changes how the live table's constraints read: its own
    // columns, or a table or columns its foreign keys refer to.
    bool renamesTouch(const Table &a) const
    {
        if (m_renames.columns.contains(a.qualifiedName()))
            return true;
        for (const Constraint &c : a.constraints) {
            if (c.kind != ConstraintKind::ForeignKey)
                continue;
            const QString ref = c.refSchema + u'.' + c.refTable;
            if (m_renames.tables.contains(ref) || m_renames.columns.contains(ref))
                return true;
        }
        return false;
    }

    void diffConstraints(const Table &e, const Table &a)
    {
        // Identical lists that no rename rewrites pair one to one and differ in nothing: skip
        // the keys (canonical CHECK text) of the tables that did not change.
        if (e.constraints == a.constraints && !renamesTouch(a))
            return;
        const QString table = e.qualifiedName();
        QMultiHash<QString, const Constraint *> actualByKey;
        for (const Constraint &c : a.constraints)
            actualByKey.insert(constraintKey(m_dialect, renamed(c, a.qualifiedName(), m_renames)),
                               &c);
        QSet<const Constraint *> matched;
        for (const Constraint &ec : e.constraints) {
            const QString key = constraintKey(m_dialect, ec);
            const Constraint *ac = nullptr;
            for (auto it = actualByKey.find(key); it != actualByKey.end() && it.key() == key; ++it)
                if (!matched.contains(it.value())) {
                    ac = it.value();
                    break;
                }
            const QString name = constraintLabel(ec);
            if (!ac) {
                add(DiffKind::MissingConstraint, table, name, constraintSummary(ec), std::nullopt);
                continue;
            }
            matched.insert(ac);
            const bool namesDiffer = ec.name != ac->name && !isGeneratedName(ec.name, e.name) &&
                                     !isGeneratedName(ac->name, a.name);
            if (constraintDetails(ec) != constraintDetails(*ac) || namesDiffer ||
                ec.validated != ac->validated)
                add(DiffKind::ChangedConstraint, table, name, constraintSummary(ec),
                    constraintSummary(*ac));
        }
        for (const Constraint &ac : a.constraints)
            if (!matched.contains(&ac))
                add(DiffKind::ExtraConstraint, table, constraintLabel(ac), std::nullopt,
                    constraintSummary(ac));
    }

    void diffIndexes(const Table &e, const Table &a)
    {
        if (e.indexes == a.indexes && !m_renames.columns.contains(a.qualifiedName()))
            return;
        const QString table = e.qualifiedName();
        QMultiHash<QString, const Index *> actualByKey;
        for (const Index &i : a.indexes)
            if (!i.constraintIndex)
                actualByKey.insert(indexKey(renamed(i, a.qualifiedName(), m_renames)), &i);
        QSet<const Index *> matched;
        for (const Index &ei : e.indexes) {
            if (ei.constraintIndex)
                continue;
            const QString key = indexKey(ei);
            const Index *ai = nullptr;
            for (auto it = actualByKey.find(key); it != actualByKey.end() && it.key() == key; ++it)
                if (!matched.contains(it.value())) {
                    ai = it.value();
                    break;
                }
            if (!ai) {
                add(DiffKind::MissingIndex, table, ei.name, indexSummary(ei), std::nullopt);
                continue;
            }
            matched.insert(ai);
            if ((ei.name != ai->name && !isGeneratedName(ei.name, e.name) &&
                 !isGeneratedName(ai->name, a.name)) ||
                ei.valid != ai->valid)
                add(DiffKind::ChangedIndex, table, ei.name, indexSummary(ei), indexSummary(*ai));
        }
        for (const Index &ai : a.indexes)
            if (!ai.constraintIndex && !matched.contains(&ai))
                add(DiffKind::ExtraIndex, table, ai.name, std::nullopt, indexSummary(ai));
    }

    void diffTriggers(const Table &e, const Table &a)
    {
        // A trigger's text names its table, so only under the same table name.
        if (e.triggers == a.triggers && e.name == a.name)
            return;
        const QString table = e.qualifiedName();
        for (const Trigger &et : e.triggers) {
            const auto it = std::find_if(a.triggers.cbegin(), a.triggers.cend(),
                                         [&](const Trigger &t) { return t.name == et.name; });
            if (it == a.triggers.cend())
                add(DiffKind::MissingTrigger, table, et.name, et.definition, std::nullopt);
            else if (triggerBody(et, e.name) != triggerBody(*it, a.name) ||
                     et.enabled != it->enabled)
                add(DiffKind::ChangedTrigger, table, et.name, et.definition, it->definition);
        }
        for (const Trigger &at : a.triggers)
            if (std::none_of(e.triggers.cbegin(), e.triggers.cend(),
                             [&](const Trigger &t) { return t.name == at.name; }))
                add(DiffKind::ExtraTrigger, table, at.name, std::nullopt, at.definition);
    }

    void diffViews()
    {
        for (const View &ev : m_e.views) {
            if (!inScope(ev.schema, ev.name))
                continue;
            const auto it = std::find_if(m_a.views.cbegin(), m_a.views.cend(), [&](const View &v) {
                return v.schema == ev.schema && v.name == ev.name;
            });
            if (it == m_a.views.cend())
                add(DiffKind::MissingView, QString(), ev.qualifiedName(), ev.definition,
                    std::nullopt);
            else if (viewBody(ev) != viewBody(*it) || ev.materialized != it->materialized)
                add(DiffKind::ChangedView, QString(), ev.qualifiedName(), ev.definition,
                    it->definition);
        }
        for (const View &av : m_a.views)
            if (inScope(av.schema, av.name) &&
                std::none_of(m_e.views.cbegin(), m_e.views.cend(), [&](const View &v) {
                    return v.schema == av.schema && v.name == av.name;
                }))
                add(DiffKind::ExtraView, QString(), av.qualifiedName(), std::nullopt,
                    av.definition);
    }

    static QString sequenceText(const Sequence &s, bool owned)
    {
        QString t = u"increment %1, start %2"_s.arg(s.increment).arg(s.start);
        if (!owned)
            t = s.dataType + u", "_s + t +
                u", min %1, max %2, cache %3"_s.arg(s.minValue).arg(s.maxValue).arg(s.cache);
        if (s.cycle)
            t += u", cycle"_s;
        return t;
    }

    void diffSequences()
    {
        // Sequences owned by a column (serial, identity) are matched through their column: their
        // names and integer width are an implementation detail of how the column was written.
        auto key = [](const Sequence &s) -> QString {
            return s.ownedBy.isEmpty() ? u"name:"_s + s.qualifiedName() : u"owned:"_s + s.ownedBy;
        };
        QHash<QString, const Sequence *> actual;
        for (const Sequence &s : m_a.sequences)
            actual.insert(key(s), &s);
        QSet<QString> seen;
        for (const Sequence &es : m_e.sequences) {
            if (!inScope(es.schema, es.name))
                continue;
            const QString k = key(es);
            seen.insert(k);
            const Sequence *as = actual.value(k);
            const bool owned = !es.ownedBy.isEmpty();
            if (!as) {
                if (!owned) // a missing owned sequence shows as its column's default
                    add(DiffKind::MissingSequence, QString(), es.qualifiedName(),
                        sequenceText(es, false), std::nullopt);
                continue;
            }
            if (sequenceText(es, owned) != sequenceText(*as, owned))
                add(DiffKind::ChangedSequence, QString(), es.qualifiedName(),
                    sequenceText(es, owned), sequenceText(*as, owned));
        }
        for (const Sequence &as : m_a.sequences)
            if (inScope(as.schema, as.name) && as.ownedBy.isEmpty() && !seen.contains(key(as)))
                add(DiffKind::ExtraSequence, QString(), as.qualifiedName(), std::nullopt,
                    sequenceText(as, false));
    }

    void diffEnums()
    {
        for (const EnumType &ee : m_e.enums) {
            if (!inScope(ee.schema, ee.name))
                continue;
            const auto it =
                std::find_if(m_a.enums.cbegin(), m_a.enums.cend(), [&](const EnumType &x) {
                    return x.schema == ee.schema && x.name == ee.name;
                });
            if (it == m_a.enums.cend()) {
                add(DiffKind::MissingEnum, QString(), ee.qualifiedName(), ee.labels.join(u", "_s),
                    std::nullopt);
                continue;
            }
            if (ee.labels == it->labels)
                continue;
            QStringList added, removed, notes;
            for (const QString &l : ee.labels)
                if (!it->labels.contains(l))
                    added << l;
            for (const QString &l : it->labels)
                if (!ee.labels.contains(l))
                    removed << l;
            if (!added.isEmpty())
                notes << DiffText::tr("added: %1").arg(added.join(u", "_s));
            if (!removed.isEmpty())
                notes << DiffText::tr("removed: %1").arg(removed.join(u", "_s));
            QStringList commonE, commonA;
            for (const QString &l : ee.labels)
                if (it->labels.contains(l))
                    commonE << l;
            for (const QString &l : it->labels)
                if (ee.labels.contains(l))
                    commonA << l;
            if (commonE != commonA)
                notes << DiffText::tr("reordered");
            add(DiffKind::ChangedEnum, QString(), ee.qualifiedName(), ee.labels.join(u", "_s),
                it->labels.join(u", "_s), notes.join(u"; "_s));
        }
        for (const EnumType &ae : m_a.enums)
            if (inScope(ae.schema, ae.name) &&
                std::none_of(m_e.enums.cbegin(), m_e.enums.cend(), [&](const EnumType &x) {
                    return x.schema == ae.schema && x.name == ae.name;
                }))
                add(DiffKind::ExtraEnum, QString(), ae.qualifiedName(), std::nullopt,
                    ae.labels.join(u", "_s));
    }

    void diffFunctions()
    {
        for (const Function &ef : m_e.functions) {
            if (!inScope(ef.schema, ef.name))
                continue;
            const auto it =
                std::find_if(m_a.functions.cbegin(), m_a.functions.cend(),
                             [&](const Function &f) { return f.signature() == ef.signature(); });
            if (it == m_a.functions.cend())
                add(DiffKind::MissingFunction, QString(), ef.signature(), ef.definition,
                    std::nullopt);
            else if (canonicalText(ef.definition) != canonicalText(it->definition) ||
                     ef.returns != it->returns)
                add(DiffKind::ChangedFunction, QString(), ef.signature(), ef.definition,
                    it->definition);
        }
        for (const Function &af : m_a.functions)
            if (inScope(af.schema, af.name) &&
                std::none_of(m_e.functions.cbegin(), m_e.functions.cend(),
                             [&](const Function &f) { return f.signature() == af.signature(); }))
                add(DiffKind::ExtraFunction, QString(), af.signature(), std::nullopt,
                    af.definition);
    }

    void diffMigrationVersion()
    {
        QString expected = m_o.expectVersion;
        QString tool;
        if (expected.isEmpty() && !m_e.migrationHistory.isEmpty()) {
            expected = m_e.migrationHistory.first().currentVersion;
            tool = m_e.migrationHistory.first().tool;
        }
        if (expected.isEmpty())
            return;
        const MigrationHistory *actual = nullptr;
        for (const MigrationHistory &h : m_a.migrationHistory)
            if (tool.isEmpty() || h.tool == tool) {
                actual = &h;
                break;
            }
        const QString where =
            actual ? actual->schema + u'.' + actual->table
                   : (m_e.migrationHistory.isEmpty() ? QString()
                                                     : m_e.migrationHistory.first().schema + u'.' +
                                                           m_e.migrationHistory.first().table);
        if (actual && !actual->readable) {
            // Its version is unknown, not different: said so rather than guessed.
            add(DiffKind::MigrationVersion, where, QString(), expected, std::nullopt,
                DiffText::tr("this role may not read %1, so its version is unknown").arg(where));
            return;
        }
        if (!actual || actual->currentVersion != expected)
            add(DiffKind::MigrationVersion, where, QString(), expected,
                actual && !actual->currentVersion.isEmpty()
                    ? std::optional<QString>(actual->currentVersion)
                    : std::nullopt);
    }

    const Schema &m_e;
    const Schema &m_a;
    const DiffOptions &m_o;
    Dialect m_dialect;
    QSet<QString> m_schemas;
    Renames m_renames;
    QHash<QString, const Table *> m_actualTables;
    QSet<QString> m_ownedExpected;
    QSet<QString> m_ownedActual;
    QList<Difference> m_out;
};

} // namespace

// An unnamed constraint is named by what it is: "foreign key (user_id)", "check (total >= 0)".
QString constraintLabel(const Constraint &c)
{
    if (!c.name.isEmpty())
        return c.name;
    switch (c.kind) {
    case ConstraintKind::PrimaryKey:
        return u"primary key ("_s + c.columns.join(u", "_s) + u')';
    case ConstraintKind::ForeignKey:
        return u"foreign key ("_s + c.columns.join(u", "_s) + u')';
    case ConstraintKind::Unique:
        return u"unique ("_s + c.columns.join(u", "_s) + u')';
    case ConstraintKind::Check: {
        QString e = c.checkExpr.simplified();
        if (e.size() > 40)
            e = e.left(37) + u"…"_s;
        return u"check ("_s + e + u')';
    }
    case ConstraintKind::Exclusion:
        return u"exclude"_s;
    }
    return {};
}

QString diffKindName(DiffKind k)
{
    for (const auto &[e, n] : kKinds)
        if (e == k)
            return QString::fromUtf16(n);
    return {};
}

std::optional<DiffKind> diffKindFromName(const QString &name)
{
    for (const auto &[e, n] : kKinds)
        if (name == QStringView(n))
            return e;
    return std::nullopt;
}

bool isExtraKind(DiffKind k)
{
    switch (k) {
    case DiffKind::ExtraTable:
    case DiffKind::ExtraColumn:
    case DiffKind::ExtraConstraint:
    case DiffKind::ExtraIndex:
    case DiffKind::ExtraView:
    case DiffKind::ExtraTrigger:
    case DiffKind::ExtraSequence:
    case DiffKind::ExtraEnum:
    case DiffKind::ExtraFunction:
        return true;
    default:
        return false;
    }
}

int SchemaDiff::count(DiffKind kind) const
{
    return int(std::count_if(differences.cbegin(), differences.cend(),
                             [kind](const Difference &d) { return d.kind == kind; }));
}

const Difference *SchemaDiff::find(DiffKind kind, const QString &object) const
{
    for (const Difference &d : differences)
        if (d.kind == kind && d.object == object)
            return &d;
    return nullptr;
}

QString normalizeSqlText(const QString &sql)
{
    return stripOuterParens(canonicalText(sql));
}

QString normalizeIdentifierForRename(const QString &name)
{
    QString out;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

bool namesMatchForRename(const QString &a, const QString &b, bool allowPlural)
{
    const QString na = normalizeIdentifierForRename(a);
    const QString nb = normalizeIdentifierForRename(b);
    if (na.isEmpty() || nb.isEmpty())
        return false;
    if (na == nb)
        return true;
    if (!allowPlural)
        return false;
    auto singular = [](const QString &s) -> QString {
        if (s.endsWith(u"ies"_s) && s.size() > 4)
            return s.left(s.size() - 3) + u'y';
        if (s.endsWith(u"ses"_s) || s.endsWith(u"xes"_s) || s.endsWith(u"ches"_s) ||
            s.endsWith(u"shes"_s))
            return s.left(s.size() - 2);
        if (s.endsWith(u's') && !s.endsWith(u"ss"_s))
            return s.left(s.size() - 1);
        return s;
    };
    return singular(na) == singular(nb);
}

SchemaDiff diff(const Schema &expected, const Schema &actual, const DiffOptions &options)
{
    return Differ(expected, actual, options).run();
}

namespace {

bool isHazardous(const Difference &d)
{
    switch (d.kind) {
    case DiffKind::ColumnType:
    case DiffKind::MissingConstraint:
    case DiffKind::ChangedEnum:
        return true;
    case DiffKind::ColumnNullability:
        return d.expected == u"NOT NULL"_s;
    case DiffKind::RenamedTable:
    case DiffKind::RenamedColumn:
        return !d.declared;
    default:
        return false;
    }
}

QJsonValue optionalJson(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject diffToJson(const SchemaDiff &d)
{
    QJsonArray items;
    int hazardous = 0;
    for (const Difference &x : d.differences) {
        QJsonObject o{
            {u"kind"_s, diffKindName(x.kind)},
            {u"object"_s, x.object},
            {u"table"_s, x.table.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(x.table)},
            {u"name"_s, x.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(x.name)},
            {u"expected"_s, optionalJson(x.expected)},
            {u"actual"_s, optionalJson(x.actual)}};
        if (!x.evidence.isEmpty())
            o[u"evidence"_s] = x.evidence;
        if (x.kind == DiffKind::RenamedTable || x.kind == DiffKind::RenamedColumn)
            o[u"declared"_s] = x.declared;
        const bool hazard = isHazardous(x);
        o[u"hazardous"_s] = hazard;
        hazardous += hazard ? 1 : 0;
        items.append(o);
    }
    return QJsonObject{{u"format"_s, u"schemamedic.diff/1"_s},
                       {u"dialect"_s, dialectName(d.dialect)},
                       {u"summary"_s, QJsonObject{{u"differences"_s, int(d.differences.size())},
                                                  {u"hazardous"_s, hazardous}}},
                       {u"differences"_s, items}};
}

QString diffToText(const SchemaDiff &d, bool colour)
{
    const QString red = colour ? u"\x1b[31m"_s : QString();
    const QString green = colour ? u"\x1b[32m"_s : QString();
    const QString yellow = colour ? u"\x1b[33m"_s : QString();
    const QString bold = colour ? u"\x1b[1m"_s : QString();
    const QString reset = colour ? u"\x1b[0m"_s : QString();

    if (d.differences.isEmpty())
        return DiffText::tr("No differences: the database matches the expected schema.") + u'\n';

    int hazardous = 0;
    for (const Difference &x : d.differences)
        hazardous += isHazardous(x) ? 1 : 0;
    QString out =
        englishPlural(DiffText::tr("%n difference(s)", nullptr, int(d.differences.size())),
                      int(d.differences.size()));
    if (hazardous > 0)
        out +=
            u", "_s + englishPlural(DiffText::tr("%n needing care", nullptr, hazardous), hazardous);
    out += u" — "_s + DiffText::tr("expected | actual") + u'\n';

    auto oneLine = [](const std::optional<QString> &v) -> QString {
        if (!v)
            return u"—"_s;
        QString s = v->simplified();
        if (s.size() > 60)
            s = s.left(57) + u"…"_s;
        return s.isEmpty() ? u"''"_s : s;
    };

    // Group by table (schema-level objects under their own heading), keep the diff's order.
    QStringList groups;
    QHash<QString, QList<const Difference *>> byGroup;
    for (const Difference &x : d.differences) {
        const QString g = x.table.isEmpty() ? QString() : x.table;
        if (!byGroup.contains(g))
            groups << g;
        byGroup[g].append(&x);
    }
    for (const QString &g : std::as_const(groups)) {
        out += u'\n' + bold + (g.isEmpty() ? DiffText::tr("other objects") : g) + reset + u'\n';
        struct Row
        {
            const Difference *d;
            QString expected;
            QString actual;
        };
        QList<Row> rows;
        qsizetype wKind = 0, wName = 0, wExp = 0;
        for (const Difference *x : byGroup[g]) {
            Row r{x, oneLine(x->expected), oneLine(x->actual)};
            if (x->kind == DiffKind::MissingTable)
                r.expected = DiffText::tr("present");
            if (x->kind == DiffKind::ExtraTable)
                r.actual = DiffText::tr("present");
            wKind = std::max(wKind, diffKindName(x->kind).size());
            wName = std::max(wName, x->name.size());
            wExp = std::max(wExp, r.expected.size());
            rows.append(r);
        }
        for (const Row &r : std::as_const(rows)) {
            const Difference *x = r.d;
            const QString kindColour =
                isExtraKind(x->kind) ? yellow
                : x->kind == DiffKind::MissingTable || x->kind == DiffKind::MissingColumn
                    ? red
                    : QString();
            QString line = u"  "_s + kindColour + diffKindName(x->kind).leftJustified(wKind + 2) +
                           reset + (wName > 0 ? x->name.leftJustified(wName + 2) : QString()) +
                           green + r.expected.leftJustified(wExp) + reset + u" | "_s + red +
                           r.actual + reset;
            if (isHazardous(*x))
                line += u"  ⚠"_s;
            while (line.endsWith(u' '))
                line.chop(1);
            out += line + u'\n';
            if (!x->evidence.isEmpty())
                out += u"      "_s + x->evidence + u'\n';
        }
    }
    return out;
}

} // namespace sm
