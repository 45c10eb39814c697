// SPDX-License-Identifier: MIT
#include "ComparisonView.h"

#include "DiffDetailPane.h"
#include "DiffFilterModel.h"
#include "DiffTreeModel.h"
#include "PlanView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sm::gui {
namespace {

// Expanding everything is only worth it (and only fast) for a short list.
constexpr int kExpandAllLimit = 400;

int visibleRowsUnder(const QAbstractItemModel *model, const QModelIndex &parent, int limit)
{
    int n = 0;
    for (int r = 0, rows = model->rowCount(parent); r < rows && n <= limit; ++r) {
        ++n;
        n += visibleRowsUnder(model, model->index(r, 0, parent), limit - n);
    }
    return n;
}

// The first row of a leaf with a difference (depth first), for the initial selection.
QModelIndex firstDifference(const QAbstractItemModel *model, const QModelIndex &parent)
{
    for (int r = 0, rows = model->rowCount(parent); r < rows; ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        const auto change = i.data(DiffTreeModel::ChangeRole).value<DiffTreeModel::Change>();
        if (change != DiffTreeModel::Change::None && change != DiffTreeModel::Change::Contains)
            return i;
        if (const QModelIndex c = firstDifference(model, i); c.isValid())
            return c;
    }
    return {};
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_loader(new CompareLoader(this))
    , m_model(new DiffTreeModel(this))
    , m_proxy(new DiffFilterModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"diffSummary"_s);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_migrationNote = new QLabel(this);
    m_migrationNote->setObjectName(u"migrationNote"_s);
    m_migrationNote->setWordWrap(true);
    m_migrationNote->setTextFormat(Qt::PlainText);
    m_migrationNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The words carry the message; the shade only draws the eye to it.
    m_migrationNote->setStyleSheet(
        u"QLabel { background: #fff1d6; color: #2b2100; border: 1px solid #e0b25c; "
        "padding: 4px; }"_s);
    m_migrationNote->hide();
    m_source = new QLabel(this);
    m_source->setObjectName(u"expectedSourceLabel"_s);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setWordWrap(true);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"diffFilterMode"_s);
    m_mode->setAccessibleName(tr("Show"));
    m_mode->addItem(tr("Differences only"), int(DiffFilterModel::Mode::Differences));
    m_mode->addItem(tr("Everything"), int(DiffFilterModel::Mode::Everything));
    m_mode->addItem(tr("Missing"), int(DiffFilterModel::Mode::Missing));
    m_mode->addItem(tr("Extra"), int(DiffFilterModel::Mode::Extra));
    m_mode->addItem(tr("Changed"), int(DiffFilterModel::Mode::Changed));
    m_mode->addItem(tr("Renames"), int(DiffFilterModel::Mode::Renamed));
    m_mode->addItem(tr("Risky"), int(DiffFilterModel::Mode::Risky));
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMode(static_cast<DiffFilterModel::Mode>(m_mode->currentData().toInt()));
        expandDefault();
    });

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"diffSearch"_s);
    m_search->setPlaceholderText(tr("Search objects…"));
    m_search->setAccessibleName(tr("Search objects"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200); // typing in a 10,000-table tree must not stutter
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ComparisonView::applyFilter);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"diffTree"_s);
    m_tree->setAccessibleName(tr("Differences"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(DiffTreeModel::ObjectColumn, 200);
    header->resizeSection(DiffTreeModel::ExpectedColumn, 115);
    header->resizeSection(DiffTreeModel::ActualColumn, 115);
    header->resizeSection(DiffTreeModel::ChangeColumn, 165);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCurrent(current); });

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_mode);
    filterRow->addWidget(m_search, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_migrationNote);
    leftLayout->addWidget(m_source);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_tree, 1);

    m_detail = new DiffDetailPane(this);
    m_plan = new PlanView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"diffTabs"_s);
    m_tabs->addTab(m_detail, tr("&Details"));
    m_tabs->addTab(m_plan, tr("&Plan"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({840, 420});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_loader, &CompareLoader::compared, this, &ComparisonView::onCompared);
    connect(m_loader, &CompareLoader::planned, this, &ComparisonView::onPlanned);
    connect(m_detail, &DiffDetailPane::resolutionsEdited, this, &ComparisonView::setResolutions);
    connect(m_detail, &DiffDetailPane::renameDecided, this, &ComparisonView::onRenameDecided);
    connect(m_plan, &PlanView::stepActivated, this, [this](const QStringList &objects) {
        // Following the plan in the tree helps, but must not steal the detail pane's object
        // while the operator reads the plan: only when the tree shows nothing yet.
        if (!m_tree->currentIndex().isValid() && !objects.isEmpty())
            selectObject(objects.first());
    });
    clear();
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::compare(const ConnectionSpec &live, const QString &expectedSource)
{
    m_resolutions = {};
    m_acceptedRenames.clear();
    m_loader->start(live, expectedSource, {}, m_resolutions);
}

void ComparisonView::clear()
{
    m_comparison.reset();
    m_model->clear();
    m_detail->setComparison(nullptr);
    m_plan->clear();
    m_summary->setText(tr("No comparison yet."));
    m_migrationNote->clear();
    m_migrationNote->hide();
    m_source->clear();
}

void ComparisonView::onCompared(const std::shared_ptr<const Comparison> &comparison,
                                const std::shared_ptr<const DiffTreeModel::Node> &tree,
                                const PlanOutcome &plan)
{
    m_comparison = comparison;
    m_resolutions = plan.resolutions;
    m_model->setTree(tree);
    m_detail->setComparison(comparison);
    m_detail->setAcceptedRenames(m_acceptedRenames);
    applyPlan(plan);
    QString source =
        tr("Expected: %1 · actual: %2").arg(comparison->expectedLabel, comparison->live.redacted());
    if (!comparison->warnings.isEmpty())
        source += u"\n⚠ "_s +
                  tr("%n statement(s) of the expected schema were skipped: ", nullptr,
                     static_cast<int>(comparison->warnings.size())) +
                  comparison->warnings.first();
    m_source->setText(source);
    const QString note = DiffTreeModel::migrationNote(comparison->diff);
    m_migrationNote->setText(note.isEmpty() ? QString() : u"⚠ "_s + note);
    m_migrationNote->setVisible(!note.isEmpty());
    m_search->clear();
    m_proxy->setSearchText({});
    m_tree->setCurrentIndex({});
    expandDefault();
    // Fit the object names and the change words of this comparison (German ones are long),
    // within bounds that leave the Risk column its room.
    const auto fit = [this](int column, int least, int most) {
        m_tree->resizeColumnToContents(column);
        m_tree->header()->resizeSection(
            column, std::clamp(m_tree->header()->sectionSize(column), least, most));
    };
    fit(DiffTreeModel::ObjectColumn, 200, 240);
    fit(DiffTreeModel::ChangeColumn, 150, 210);
    const QModelIndex first = firstDifference(m_proxy, {});
    if (first.isValid())
        m_tree->setCurrentIndex(first);
    // Scrolled once the page is laid out: a page still hidden behind the Schema tab has no
    // height yet, and scrolling then would hide the first difference's table above the top.
    QTimer::singleShot(0, m_tree, [tree = m_tree] {
        tree->scrollToTop();
        if (tree->currentIndex().isValid())
            tree->scrollTo(tree->currentIndex());
    });
    Q_EMIT comparisonShown();
}

void ComparisonView::setResolutions(const Resolutions &resolutions)
{
    m_resolutions = resolutions;
    if (!m_comparison)
        return;
    m_plan->setBusy(true);
    m_loader->replan(m_comparison, m_resolutions);
}

void ComparisonView::onRenameDecided(const QString &object, bool accepted)
{
    Resolutions r = m_resolutions;
    if (accepted) {
        m_acceptedRenames.insert(object);
        r.rejectRenames.remove(object);
    } else {
        m_acceptedRenames.remove(object);
        r.rejectRenames.insert(object);
    }
    m_detail->setAcceptedRenames(m_acceptedRenames);
    if (r.rejectRenames == m_resolutions.rejectRenames) {
        updateSummary(); // accepting what was planned anyway changes the count, not the plan
        return;
    }
    setResolutions(r);
}

void ComparisonView::onPlanned(const PlanOutcome &plan)
{
    applyPlan(plan);
    Q_EMIT planUpdated();
}

void ComparisonView::applyPlan(const PlanOutcome &plan)
{
    m_planOutcome = plan;
    if (plan.plan) {
        m_model->setPlan(*plan.plan);
        m_plan->setPlan(*plan.plan, plan.resolutions);
        m_plan->setPreflightWarning(plan.preflightError);
        m_tabs->setTabText(m_tabs->indexOf(m_plan), tr("&Plan (%n step(s))", nullptr,
                                                       static_cast<int>(plan.plan->steps.size())));
    } else {
        m_model->setPlan({});
        m_plan->setError(plan.error.message);
        m_tabs->setTabText(m_tabs->indexOf(m_plan), tr("&Plan"));
    }
    m_detail->setPlan(plan);
    updateSummary();
}

void ComparisonView::updateSummary()
{
    m_counts = {};
    if (!m_comparison) {
        m_summary->setText(tr("No comparison yet."));
        return;
    }
    const QList<Difference> &ds = m_comparison->diff.differences;
    if (ds.isEmpty()) {
        m_summary->setText(tr("✓ No differences: the database matches the expected schema."));
        return;
    }
    // Decisions: guessed renames nobody has confirmed or rejected, and what the plan could not
    // decide alone.
    int decisions =
        m_planOutcome.plan ? static_cast<int>(m_planOutcome.plan->unresolved.size()) : 0;
    for (const Difference &d : ds)
        if ((d.kind == DiffKind::RenamedTable || d.kind == DiffKind::RenamedColumn) &&
            !d.declared && !m_acceptedRenames.contains(d.object) &&
            !m_resolutions.rejectRenames.contains(d.object))
            ++decisions;
    int risky = 0;
    if (m_planOutcome.plan) {
        QSet<QString> serious;
        for (const Step &s : m_planOutcome.plan->steps)
            if (std::any_of(s.hazards.cbegin(), s.hazards.cend(), &DiffTreeModel::isSerious))
                for (const QString &o : s.objects)
                    serious.insert(o);
        for (const Difference &d : ds)
            if (serious.contains(d.object))
                ++risky;
    }
    m_counts = {static_cast<int>(ds.size()), decisions, risky};
    m_summary->setText(tr("%n difference(s)", nullptr, static_cast<int>(ds.size())) + u" · "_s +
                       tr("%n need(s) a decision", nullptr, decisions) + u" · "_s +
                       tr("%n risky", nullptr, risky));
}

QString ComparisonView::summaryText() const
{
    return m_summary->text();
}

QString ComparisonView::migrationNoteText() const
{
    return m_migrationNote->text();
}

void ComparisonView::applyFilter()
{
    m_proxy->setSearchText(m_search->text());
    expandDefault();
}

void ComparisonView::expandDefault()
{
    if (visibleRowsUnder(m_proxy, {}, kExpandAllLimit) <= kExpandAllLimit) {
        m_tree->expandAll();
        return;
    }
    // A big tree: open the groups, and the tables with differences while that stays short.
    int opened = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex g = m_proxy->index(r, 0);
        m_tree->expand(g);
        for (int t = 0, rows = m_proxy->rowCount(g); t < rows && opened < 100; ++t) {
            const QModelIndex i = m_proxy->index(t, 0, g);
            if (i.data(DiffTreeModel::ChangeRole).value<DiffTreeModel::Change>() ==
                DiffTreeModel::Change::Contains) {
                m_tree->expand(i);
                ++opened;
            }
        }
    }
}

void ComparisonView::showCurrent(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        m_detail->showObject({});
        return;
    }
    m_detail->showObject(m_model->objectRef(m_proxy->mapToSource(proxyIndex.siblingAtColumn(0))));
}

bool ComparisonView::selectObject(const QString &object)
{
    const QModelIndex source = m_model->findObject(object);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_proxy->mapFromSource(source);
    if (!proxy.isValid()) {
        // Hidden by the filter: show everything rather than select nothing.
        m_mode->setCurrentIndex(m_mode->findData(int(DiffFilterModel::Mode::Everything)));
        m_search->clear();
        m_proxy->setSearchText({});
        proxy = m_proxy->mapFromSource(source);
    }
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy);
    return proxy.isValid();
}

void ComparisonView::showPlan()
{
    m_tabs->setCurrentWidget(m_plan);
    if (m_plan->stepList()->currentItem() || !m_plan->hasPlan() || m_plan->plan().steps.isEmpty())
        return;
    // Open on the step the operator must look at first: one whose pre-flight found rows.
    int id = m_plan->plan().steps.first().id;
    for (const Step &s : m_plan->plan().steps)
        if (std::any_of(s.preflight.cbegin(), s.preflight.cend(), [](const PreflightCheck &p) {
                return !p.informational && p.violations.value_or(0) > 0;
            })) {
            id = s.id;
            break;
        }
    m_plan->showStep(id);
}

void ComparisonView::showDetails()
{
    m_tabs->setCurrentWidget(m_detail);
}

} // namespace sm::gui
