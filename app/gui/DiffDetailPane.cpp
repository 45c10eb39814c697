// SPDX-License-Identifier: MIT
#include "DiffDetailPane.h"

#include "schema/SchemaText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sm::gui {
namespace {

using Kind = DiffTreeModel::Kind;

// One line of the side-by-side comparison. A side that does not have the object is nullopt.
struct Fact
{
    QString label;
    std::optional<QString> expected;
    std::optional<QString> actual;
    bool multiline = false;
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const char *const kDiffer = "#ffe3b8";

QString columnLine(const sm::Column &c)
{
    QString s = c.name + u' ' + c.type;
    if (!c.collation.isEmpty())
        s += u" COLLATE "_s + c.collation;
    if (c.notNull)
        s += u" NOT NULL"_s;
    if (c.defaultExpr)
        s += u" DEFAULT "_s + *c.defaultExpr;
    if (!c.identity.isEmpty())
        s += u" GENERATED "_s + c.identity.toUpper() + u" AS IDENTITY"_s;
    if (!c.generatedExpr.isEmpty())
        s += u" GENERATED ALWAYS AS ("_s + c.generatedExpr +
             (c.generatedStored ? u") STORED"_s : u") VIRTUAL"_s);
    return s;
}

QString tableText(const Table &t)
{
    QString out;
    if (!t.createSql.isEmpty()) {
        out = t.createSql.trimmed();
    } else {
        QStringList parts;
        for (const sm::Column &c : t.columns)
            parts << u"    "_s + columnLine(c);
        for (const Constraint &c : t.constraints)
            parts << u"    "_s + (c.name.isEmpty() ? QString() : u"CONSTRAINT "_s + c.name + u' ') +
                         c.definition;
        out = u"CREATE TABLE "_s + t.qualifiedName() + u" (\n"_s + parts.join(u",\n"_s) + u"\n)"_s;
    }
    for (const Index &i : t.indexes)
        if (!i.constraintIndex && !i.definition.isEmpty())
            out += u"\n"_s + i.definition.trimmed();
    for (const Trigger &tr : t.triggers)
        if (!tr.definition.isEmpty())
            out += u"\n"_s + tr.definition.trimmed();
    return out;
}

template<typename T, typename F> const T *findIn(const QList<T> &list, F &&match)
{
    for (const T &x : list)
        if (match(x))
            return &x;
    return nullptr;
}

std::optional<QString> opt(bool has, const QString &value)
{
    return has ? std::optional<QString>(value) : std::nullopt;
}

// A migration history's version as the pane shows it.
QString versionOf(const MigrationHistory &h)
{
    return h.readable ? h.currentVersion : DiffDetailPane::tr("(not readable)");
}

// A multi-line definition with every line the other side lacks marked ▶ and shaded.
QString markedLines(const QString &text, const QString &other, bool otherExists)
{
    const QStringList lines = text.split(u'\n');
    QSet<QString> theirs;
    for (const QString &l : other.split(u'\n'))
        theirs.insert(l.simplified());
    QString out;
    for (const QString &l : lines) {
        const bool differs = otherExists && !theirs.contains(l.simplified());
        if (differs)
            out += u"<span style=\"background:%1\">▶ %2</span>\n"_s.arg(QLatin1String(kDiffer),
                                                                        esc(l));
        else
            out += u"  "_s + esc(l) + u'\n';
    }
    return out;
}

bool isColumnKind(DiffKind k)
{
    switch (k) {
    case DiffKind::MissingColumn:
    case DiffKind::ExtraColumn:
    case DiffKind::RenamedColumn:
    case DiffKind::ColumnType:
    case DiffKind::ColumnNullability:
    case DiffKind::ColumnDefault:
    case DiffKind::ColumnIdentity:
        return true;
    default:
        return false;
    }
}

} // namespace

DiffDetailPane::DiffDetailPane(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"diffDetailTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::RichText);

    m_compare = new QTextBrowser(this);
    m_compare->setObjectName(u"diffComparison"_s);
    m_compare->setAccessibleName(tr("Expected and actual, side by side"));
    m_compare->setOpenLinks(false);
    m_preflight = new QTextBrowser(this);
    m_preflight->setObjectName(u"diffPreflight"_s);
    m_preflight->setAccessibleName(tr("Plan steps and pre-flight figures"));
    m_preflight->setOpenLinks(false);

    m_resolution = new QGroupBox(tr("Resolution"), this);
    m_resolution->setObjectName(u"resolutionBox"_s);
    auto *box = new QVBoxLayout(m_resolution);
    m_nothing = new QLabel(tr("Nothing to decide for this object."), m_resolution);
    m_nothing->setWordWrap(true);
    box->addWidget(m_nothing);

    m_renameRow = new QWidget(m_resolution);
    {
        m_renameLabel = new QLabel(m_renameRow);
        m_renameLabel->setWordWrap(true);
        m_accept = new QRadioButton(tr("&Accept: rename it (keeps the data)"), m_renameRow);
        m_accept->setObjectName(u"acceptRename"_s);
        m_reject =
            new QRadioButton(tr("&Reject: create the new one, keep the old one"), m_renameRow);
        m_reject->setObjectName(u"rejectRename"_s);
        auto *group = new QButtonGroup(m_renameRow);
        group->addButton(m_accept);
        group->addButton(m_reject);
        auto *l = new QVBoxLayout(m_renameRow);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_renameLabel);
        l->addWidget(m_accept);
        l->addWidget(m_reject);
        connect(m_accept, &QRadioButton::clicked, this,
                [this] { Q_EMIT renameDecided(m_ref.object, true); });
        connect(m_reject, &QRadioButton::clicked, this,
                [this] { Q_EMIT renameDecided(m_ref.object, false); });
    }
    box->addWidget(m_renameRow);

    const auto editorRow = [this](const QString &label, const QString &name, QLineEdit *&edit,
                                  QPushButton *&apply) {
        auto *row = new QWidget(m_resolution);
        auto *text = new QLabel(label, row);
        text->setWordWrap(true);
        edit = new QLineEdit(row);
        edit->setObjectName(name);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setClearButtonEnabled(true);
        text->setBuddy(edit);
        apply = new QPushButton(tr("Apply"), row);
        apply->setObjectName(name + u"Apply"_s);
        auto *line = new QHBoxLayout;
        line->addWidget(edit, 1);
        line->addWidget(apply);
        auto *l = new QVBoxLayout(row);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(text);
        l->addLayout(line);
        return row;
    };
    m_usingRow = editorRow(tr("&USING expression for the type change (empty: the database's own "
                              "conversion):"),
                           u"usingEdit"_s, m_usingEdit, m_usingApply);
    m_backfillRow = editorRow(tr("&Value for existing rows that hold NULL (an SQL expression):"),
                              u"backfillEdit"_s, m_backfillEdit, m_backfillApply);
    box->addWidget(m_usingRow);
    box->addWidget(m_backfillRow);
    connect(m_usingApply, &QPushButton::clicked, this, &DiffDetailPane::applyUsing);
    connect(m_usingEdit, &QLineEdit::returnPressed, this, &DiffDetailPane::applyUsing);
    connect(m_backfillApply, &QPushButton::clicked, this, &DiffDetailPane::applyBackfill);
    connect(m_backfillEdit, &QLineEdit::returnPressed, this, &DiffDetailPane::applyBackfill);

    const auto checkRow = [this](const QString &name, QCheckBox *&box, QLabel *&label) {
        auto *row = new QWidget(m_resolution);
        box = new QCheckBox(row);
        box->setObjectName(name);
        label = new QLabel(row);
        label->setWordWrap(true);
        label->setBuddy(box);
        auto *l = new QHBoxLayout(row);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(box, 0, Qt::AlignTop);
        l->addWidget(label, 1);
        return row;
    };
    m_dropRow = checkRow(u"dropExtra"_s, m_drop, m_dropLabel);
    connect(m_drop, &QCheckBox::clicked, this, [this](bool checked) {
        Resolutions r = m_plan.resolutions;
        if (checked)
            r.drop.insert(m_ref.object);
        else
            r.drop.remove(m_ref.object);
        Q_EMIT resolutionsEdited(r);
    });
    box->addWidget(m_dropRow);

    m_stampRow = checkRow(u"stampHistory"_s, m_stamp, m_stampLabel);
    connect(m_stamp, &QCheckBox::clicked, this, [this](bool checked) {
        Resolutions r = m_plan.resolutions;
        r.stamp = checked;
        for (int i : relatedDifferences()) {
            const Difference &d = m_comparison->diff.differences.at(i);
            if (d.kind == DiffKind::MigrationVersion && d.expected)
                r.stampVersion = checked ? *d.expected : QString();
        }
        Q_EMIT resolutionsEdited(r);
    });
    box->addWidget(m_stampRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_compare);
    splitter->addWidget(m_preflight);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_resolution);
    clear();
}

DiffDetailPane::~DiffDetailPane() = default;

void DiffDetailPane::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    m_acceptedRenames.clear();
    clear();
}

void DiffDetailPane::setPlan(const PlanOutcome &plan)
{
    m_plan = plan;
    render();
}

void DiffDetailPane::setAcceptedRenames(const QSet<QString> &objects)
{
    m_acceptedRenames = objects;
    renderResolution();
}

void DiffDetailPane::showObject(const DiffTreeModel::ObjectRef &ref)
{
    const bool same = ref.object == m_ref.object && ref.diffIndex == m_ref.diffIndex;
    m_ref = ref;
    if (!same) {
        m_usingEdit->clear();
        m_backfillEdit->clear();
    }
    render();
}

void DiffDetailPane::clear()
{
    m_ref = {};
    m_title->setText(tr("Select a difference to see both sides."));
    m_compare->clear();
    m_preflight->clear();
    m_resolution->hide();
}

QString DiffDetailPane::comparisonText() const
{
    return m_compare->toPlainText();
}

QString DiffDetailPane::preflightText() const
{
    return m_preflight->toPlainText();
}

QList<int> DiffDetailPane::relatedDifferences() const
{
    QList<int> out;
    if (!m_comparison || m_ref.object.isEmpty())
        return out;
    const QList<Difference> &ds = m_comparison->diff.differences;
    for (int i = 0; i < ds.size(); ++i) {
        const Difference &d = ds.at(i);
        if (d.object != m_ref.object)
            continue;
        // A column and a constraint can share a name; keep to the row's own kind.
        if ((m_ref.kind == Kind::Column) != isColumnKind(d.kind))
            continue;
        out.append(i);
    }
    return out;
}

QString DiffDetailPane::columnKey() const
{
    return m_ref.object; // schema.table.column, as the expected side names it
}

void DiffDetailPane::render()
{
    if (!m_comparison || m_ref.kind == Kind::Group || m_ref.object.isEmpty()) {
        const QString object = m_ref.object;
        clear();
        if (!object.isEmpty())
            m_title->setText(esc(object));
        return;
    }
    const Schema &es = m_comparison->expected;
    const Schema &as = m_comparison->actual;
    const QList<int> related = relatedDifferences();
    QStringList changes;
    for (int i : related) {
        const Difference &d = m_comparison->diff.differences.at(i);
        changes << DiffTreeModel::changeText(d);
    }
    m_title->setText(u"<b>%1</b>%2"_s.arg(
        esc(m_ref.object), changes.isEmpty() ? tr(" — the same on both sides")
                                             : u" — "_s + esc(changes.join(u", "_s))));

    // The facts of each side.
    QList<Fact> facts;
    const Table *et = m_ref.expectedTable.isEmpty() ? nullptr : es.table(m_ref.expectedTable);
    const Table *at = m_ref.actualTable.isEmpty() ? nullptr : as.table(m_ref.actualTable);
    switch (m_ref.kind) {
    case Kind::Table:
        facts << Fact{tr("Name"), opt(et, et ? et->qualifiedName() : QString()),
                      opt(at, at ? at->qualifiedName() : QString())}
              << Fact{tr("Columns"), opt(et, et ? QString::number(et->columns.size()) : QString()),
                      opt(at, at ? QString::number(at->columns.size()) : QString())}
              << Fact{tr("Definition"), opt(et, et ? tableText(*et) : QString()),
                      opt(at, at ? tableText(*at) : QString()), true};
        break;
    case Kind::Column: {
        const sm::Column *ec = et ? et->column(m_ref.expectedName) : nullptr;
        const sm::Column *ac = at ? at->column(m_ref.actualName) : nullptr;
        const auto nullability = [this](const sm::Column *c) {
            return c->notNull ? tr("NOT NULL") : tr("NULL allowed");
        };
        const auto def = [](const sm::Column *c) {
            return c->defaultExpr ? *c->defaultExpr : tr("(none)");
        };
        facts << Fact{tr("Name"), opt(ec, ec ? ec->name : QString()),
                      opt(ac, ac ? ac->name : QString())}
              << Fact{tr("Type"), opt(ec, ec ? ec->type : QString()),
                      opt(ac, ac ? ac->type : QString())}
              << Fact{tr("Nullability"), opt(ec, ec ? nullability(ec) : QString()),
                      opt(ac, ac ? nullability(ac) : QString())}
              << Fact{tr("Default"), opt(ec, ec ? def(ec) : QString()),
                      opt(ac, ac ? def(ac) : QString())};
        if ((ec && (!ec->identity.isEmpty() || !ec->generatedExpr.isEmpty())) ||
            (ac && (!ac->identity.isEmpty() || !ac->generatedExpr.isEmpty())))
            facts << Fact{tr("Generated"),
                          opt(ec, ec ? ec->identity + ec->generatedExpr : QString()),
                          opt(ac, ac ? ac->identity + ac->generatedExpr : QString())};
        facts << Fact{tr("Definition"), opt(ec, ec ? columnLine(*ec) : QString()),
                      opt(ac, ac ? columnLine(*ac) : QString()), true};
        break;
    }
    case Kind::Constraint: {
        const auto find = [this](const Table *t) -> const Constraint * {
            if (!t)
                return nullptr;
            return findIn(t->constraints, [this](const Constraint &c) {
                return constraintLabel(c) == m_ref.expectedName ||
                       constraintLabel(c) == m_ref.actualName;
            });
        };
        const Constraint *ec = find(et);
        const Constraint *ac = find(at);
        facts << Fact{tr("Constraint"), opt(ec, ec ? constraintSummary(*ec) : QString()),
                      opt(ac, ac ? constraintSummary(*ac) : QString())}
              << Fact{tr("Definition"), opt(ec, ec ? ec->definition : QString()),
                      opt(ac, ac ? ac->definition : QString()), true};
        break;
    }
    case Kind::Index: {
        const auto find = [this](const Table *t) -> const Index * {
            if (!t)
                return nullptr;
            return findIn(t->indexes, [this](const Index &i) {
                return i.name == m_ref.expectedName || i.name == m_ref.actualName;
            });
        };
        const Index *ei = find(et);
        const Index *ai = find(at);
        facts << Fact{tr("Index"), opt(ei, ei ? indexSummary(*ei) : QString()),
                      opt(ai, ai ? indexSummary(*ai) : QString())}
              << Fact{tr("Definition"), opt(ei, ei ? ei->definition : QString()),
                      opt(ai, ai ? ai->definition : QString()), true};
        break;
    }
    case Kind::Trigger: {
        const auto find = [this](const Table *t) -> const Trigger * {
            if (!t)
                return nullptr;
            return findIn(t->triggers, [this](const Trigger &x) {
                return x.name == m_ref.expectedName || x.name == m_ref.actualName;
            });
        };
        const Trigger *e = find(et);
        const Trigger *a = find(at);
        facts << Fact{tr("Definition"), opt(e, e ? e->definition : QString()),
                      opt(a, a ? a->definition : QString()), true};
        break;
    }
    case Kind::View: {
        const auto find = [](const Schema &s, const QString &key) {
            return findIn(s.views, [&key](const View &v) { return v.qualifiedName() == key; });
        };
        const View *e = find(es, m_ref.expectedName);
        const View *a = find(as, m_ref.actualName);
        facts << Fact{tr("Definition"), opt(e, e ? e->definition : QString()),
                      opt(a, a ? a->definition : QString()), true};
        break;
    }
    case Kind::Sequence: {
        const auto find = [](const Schema &s, const QString &key) {
            return findIn(s.sequences,
                          [&key](const Sequence &q) { return q.qualifiedName() == key; });
        };
        const Sequence *e = find(es, m_ref.expectedName);
        const Sequence *a = find(as, m_ref.actualName);
        const auto text = [](const Sequence *q) {
            return u"%1 START %2 INCREMENT %3 MINVALUE %4 MAXVALUE %5 CACHE %6%7"_s.arg(q->dataType)
                .arg(q->start)
                .arg(q->increment)
                .arg(q->minValue)
                .arg(q->maxValue)
                .arg(q->cache)
                .arg(q->cycle ? u" CYCLE"_s : QString());
        };
        facts << Fact{tr("Definition"), opt(e, e ? text(e) : QString()),
                      opt(a, a ? text(a) : QString()), true};
        break;
    }
    case Kind::Enum: {
        const auto find = [](const Schema &s, const QString &key) {
            return findIn(s.enums, [&key](const EnumType &x) { return x.qualifiedName() == key; });
        };
        const EnumType *e = find(es, m_ref.expectedName);
        const EnumType *a = find(as, m_ref.actualName);
        facts << Fact{tr("Labels"), opt(e, e ? e->labels.join(u'\n') : QString()),
                      opt(a, a ? a->labels.join(u'\n') : QString()), true};
        break;
    }
    case Kind::Function: {
        const auto find = [](const Schema &s, const QString &key) {
            return findIn(s.functions, [&key](const Function &f) { return f.signature() == key; });
        };
        const Function *e = find(es, m_ref.expectedName);
        const Function *a = find(as, m_ref.actualName);
        facts << Fact{tr("Returns"), opt(e, e ? e->returns : QString()),
                      opt(a, a ? a->returns : QString())}
              << Fact{tr("Definition"), opt(e, e ? e->definition : QString()),
                      opt(a, a ? a->definition : QString()), true};
        break;
    }
    case Kind::History: {
        const auto find = [](const Schema &s, const QString &key) {
            return findIn(s.migrationHistory, [&key](const MigrationHistory &h) {
                return h.schema + u'.' + h.table == key;
            });
        };
        const MigrationHistory *e = find(es, m_ref.expectedName);
        const MigrationHistory *a = find(as, m_ref.actualName);
        facts << Fact{tr("Tool"), opt(e, e ? e->tool : QString()), opt(a, a ? a->tool : QString())}
              << Fact{tr("Version"), opt(e, e ? versionOf(*e) : QString()),
                      opt(a, a ? versionOf(*a) : QString())};
        break;
    }
    case Kind::Group:
    case Kind::KindCount:
        break;
    }
    // What the diff itself says, where the objects above do not show it (a version, say).
    QString note;
    for (int i : related) {
        const Difference &d = m_comparison->diff.differences.at(i);
        if (d.kind == DiffKind::MigrationVersion) {
            facts << Fact{
                tr("Difference"), d.expected.value_or(tr("(none)")),
                d.actual.value_or(d.evidence.isEmpty() ? tr("(none)") : tr("(not readable)"))};
            note = DiffTreeModel::migrationNote(m_comparison->diff);
        }
    }

    const QString absent = tr("—");
    QString html;
    if (!note.isEmpty())
        html += u"<p style=\"background:%1\">⚠ %2</p>"_s.arg(QLatin1String(kDiffer), esc(note));
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
            "<tr><th></th><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>"_s.arg(
                esc(tr("Expected")), esc(tr("Actual")));
    QString definitions;
    bool anyDiffers = false;
    for (const Fact &f : std::as_const(facts)) {
        const bool differs = f.expected != f.actual;
        anyDiffers = anyDiffers || differs;
        if (f.multiline) {
            if (!f.expected && !f.actual)
                continue;
            const QString e = f.expected ? markedLines(*f.expected, f.actual.value_or(QString()),
                                                       f.actual.has_value())
                                         : esc(absent);
            const QString a = f.actual ? markedLines(*f.actual, f.expected.value_or(QString()),
                                                     f.expected.has_value())
                                       : esc(absent);
            definitions += u"<p><b>%1</b>%2</p><table width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"3\"><tr><th align=\"left\">%3</th><th align=\"left\">%4"
                           "</th></tr><tr><td valign=\"top\"><pre "
                           "style=\"white-space:pre-wrap\">%5</pre></td><td valign=\"top\">"
                           "<pre style=\"white-space:pre-wrap\">%6</pre></td></tr></table>"_s.arg(
                               esc(f.label), differs ? esc(tr(" ◀ differs")) : QString(),
                               esc(tr("Expected")), esc(tr("Actual")), e, a);
            continue;
        }
        const QString style =
            differs ? u" style=\"background:%1\""_s.arg(QLatin1String(kDiffer)) : QString();
        const auto cell = [&](const std::optional<QString> &v, bool marker) -> QString {
            QString t = v ? u"<code>"_s + esc(*v) + u"</code>"_s : esc(absent);
            if (differs)
                t = u"<b>"_s + t + u"</b>"_s;
            if (differs && marker)
                t += u" ◀"_s;
            return t;
        };
        html += u"<tr%1><td><b>%2</b></td><td>%3</td><td>%4</td></tr>"_s.arg(
            style, esc(f.label), cell(f.expected, false), cell(f.actual, true));
    }
    html += u"</table>"_s + definitions;
    if (anyDiffers)
        html += u"<p><small>%1</small></p>"_s.arg(
            esc(tr("◀ and ▶ mark what differs between the two sides.")));
    m_compare->setHtml(html);

    // The plan's steps for this object and their pre-flight figures.
    QString pf;
    if (!m_plan.plan) {
        pf = u"<p>%1</p>"_s.arg(
            esc(m_plan.error.message.isEmpty() ? tr("No plan yet.") : m_plan.error.message));
    } else {
        QList<const Step *> steps;
        for (const Step &s : m_plan.plan->steps)
            for (const QString &o : s.objects)
                if (o == m_ref.object ||
                    (m_ref.kind == Kind::Table && o.startsWith(m_ref.object + u'.'))) {
                    steps << &s;
                    break;
                }
        if (steps.isEmpty()) {
            bool kept = false;
            for (const QString &k : m_plan.plan->kept)
                kept = kept || k.contains(m_ref.object) || k.contains(m_ref.actualTable + u' ');
            pf = u"<p>%1</p>"_s.arg(esc(
                related.isEmpty() ? tr("No step of the plan touches this object.")
                : !note.isEmpty()
                    ? tr("The plan leaves the recorded version as it is unless you tick the box "
                         "below.")
                : kept ? tr("Kept as it is: extra objects are only dropped when you choose to.")
                       : tr("No step of the plan repairs this difference.")));
        }
        for (const Step *s : std::as_const(steps)) {
            QList<Hazard> hs = s->hazards;
            DiffTreeModel::sortBySeverity(hs);
            QStringList badges;
            for (Hazard h : hs)
                badges << u"⚠ "_s + esc(DiffTreeModel::hazardText(h));
            pf += u"<p><b>%1</b><br>%2</p>"_s.arg(esc(tr("Step %1: %2").arg(s->id).arg(s->title)),
                                                  badges.isEmpty() ? esc(tr("no hazards"))
                                                                   : badges.join(u" · "_s));
            if (!s->preflight.isEmpty()) {
                pf += u"<ul>"_s;
                for (const PreflightCheck &p : s->preflight) {
                    QString line;
                    if (!p.violations)
                        line = esc(tr("%1: not measured").arg(p.description));
                    else if (p.informational)
                        line = esc(tr("ℹ %1: %2").arg(p.description).arg(*p.violations));
                    else if (*p.violations > 0)
                        line = u"<b style=\"color:#a02c1e\">"_s +
                               esc(tr("✗ %1: %2%3")
                                       .arg(p.description)
                                       .arg(*p.violations)
                                       .arg(p.exact ? QString() : tr(" (at most)"))) +
                               u"</b>"_s;
                    else
                        line = esc(tr("✓ %1: none").arg(p.description));
                    if (!p.samples.isEmpty()) {
                        QStringList samples;
                        for (const QString &v : p.samples)
                            samples << u"<code>"_s + esc(v) + u"</code>"_s;
                        line += u"<br>"_s + esc(tr("for example: ")) + samples.join(u", "_s);
                    }
                    pf += u"<li>"_s + line + u"</li>"_s;
                }
                pf += u"</ul>"_s;
            }
        }
        if (!m_plan.preflightError.isEmpty())
            pf += u"<p>%1</p>"_s.arg(
                esc(tr("⚠ The live rows could not be read: %1").arg(m_plan.preflightError)));
    }
    m_preflight->setHtml(u"<h4>%1</h4>"_s.arg(esc(tr("Plan and pre-flight (live rows)"))) + pf);
    renderResolution();
}

void DiffDetailPane::renderResolution()
{
    if (!m_comparison || m_ref.object.isEmpty()) {
        m_resolution->hide();
        return;
    }
    const Resolutions &r = m_plan.resolutions;
    bool rename = false;
    bool typeChange = false;
    bool needsBackfill = false;
    bool extra = false;
    QString stampVersion;
    QString renameText;
    for (int i : relatedDifferences()) {
        const Difference &d = m_comparison->diff.differences.at(i);
        if ((d.kind == DiffKind::RenamedTable || d.kind == DiffKind::RenamedColumn) &&
            !d.declared) {
            rename = true;
            renameText =
                tr("Is %1 the live %2 under a new name? %3")
                    .arg(d.expected.value_or(d.name), d.actual.value_or(QString()), d.evidence);
        }
        if (d.kind == DiffKind::ColumnType)
            typeChange = true;
        if (d.kind == DiffKind::ColumnNullability && d.expected == u"NOT NULL"_s)
            needsBackfill = true;
        if (d.kind == DiffKind::MissingColumn && d.expected &&
            d.expected->contains(u"NOT NULL"_s) && !d.expected->contains(u"DEFAULT"_s))
            needsBackfill = true;
        if (isExtraKind(d.kind))
            extra = true;
        if (d.kind == DiffKind::MigrationVersion && d.expected)
            stampVersion = *d.expected;
    }
    m_renameRow->setVisible(rename);
    if (rename) {
        m_renameLabel->setText(renameText);
        const QSignalBlocker b1(m_accept);
        const QSignalBlocker b2(m_reject);
        const bool rejected = r.rejectRenames.contains(m_ref.object);
        const bool accepted = m_acceptedRenames.contains(m_ref.object);
        // Neither checked until the operator decides.
        m_accept->setAutoExclusive(false);
        m_reject->setAutoExclusive(false);
        m_accept->setChecked(accepted && !rejected);
        m_reject->setChecked(rejected);
        m_accept->setAutoExclusive(true);
        m_reject->setAutoExclusive(true);
    }
    m_usingRow->setVisible(typeChange);
    if (typeChange && !m_usingEdit->hasFocus()) {
        m_usingEdit->setText(r.usingExpr.value(columnKey()));
        m_usingEdit->setPlaceholderText(
            tr("e.g. CAST(%1 AS …) or NULLIF(%1, '')").arg(m_ref.expectedName));
    }
    m_backfillRow->setVisible(needsBackfill);
    if (needsBackfill && !m_backfillEdit->hasFocus()) {
        m_backfillEdit->setText(r.backfill.value(columnKey()));
        m_backfillEdit->setPlaceholderText(tr("e.g. 'anonymous' or 0"));
    }
    m_dropRow->setVisible(extra);
    if (extra) {
        const QSignalBlocker b(m_drop);
        m_dropLabel->setText(
            tr("&Drop %1 — it is not in the expected schema; its data is lost (kept by default)")
                .arg(m_ref.object));
        m_drop->setAccessibleName(QString(m_dropLabel->text()).remove(u'&'));
        m_drop->setChecked(r.dropExtra || r.drop.contains(m_ref.object));
        m_drop->setEnabled(!r.dropExtra);
    }
    m_stampRow->setVisible(!stampVersion.isEmpty());
    if (!stampVersion.isEmpty()) {
        const QSignalBlocker b(m_stamp);
        m_stampLabel->setText(
            tr("&Record version %1 in the migration history after the repair").arg(stampVersion));
        m_stamp->setAccessibleName(QString(m_stampLabel->text()).remove(u'&'));
        m_stamp->setChecked(r.stamp);
    }
    m_nothing->setVisible(!rename && !typeChange && !needsBackfill && !extra &&
                          stampVersion.isEmpty());
    m_resolution->show();
}

void DiffDetailPane::applyUsing()
{
    Resolutions r = m_plan.resolutions;
    const QString text = m_usingEdit->text().trimmed();
    if (text.isEmpty())
        r.usingExpr.remove(columnKey());
    else
        r.usingExpr.insert(columnKey(), text);
    if (r.usingExpr == m_plan.resolutions.usingExpr)
        return;
    Q_EMIT resolutionsEdited(r);
}

void DiffDetailPane::applyBackfill()
{
    Resolutions r = m_plan.resolutions;
    const QString text = m_backfillEdit->text().trimmed();
    if (text.isEmpty())
        r.backfill.remove(columnKey());
    else
        r.backfill.insert(columnKey(), text);
    if (r.backfill == m_plan.resolutions.backfill)
        return;
    Q_EMIT resolutionsEdited(r);
}

} // namespace sm::gui
