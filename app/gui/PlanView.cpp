// SPDX-License-Identifier: MIT
#include "PlanView.h"

#include "DiffTreeModel.h"
#include "SqlHighlighter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sm::gui {
namespace {

enum StepColumn { NumberColumn, TitleColumn };
constexpr int kStepIdRole = Qt::UserRole;
constexpr int kHazardLineRole = Qt::UserRole + 1;

// A badge: icon and word, colour only reinforcing them.
QString badgeHtml(Hazard h)
{
    const bool serious = DiffTreeModel::isSerious(h);
    const QString colour = serious ? u"#8a1f12"_s : u"#5c4400"_s;
    const QString background = serious ? u"#fde4df"_s : u"#fff3cd"_s;
    // A glyph rather than an image: rich text may break a line between an image and its word.
    return u"<span style=\"background:%1; color:%2;\">&nbsp;%3&nbsp;%4&nbsp;</span>"_s.arg(
        background, colour, serious ? u"⚠"_s : u"ℹ"_s,
        DiffTreeModel::hazardText(h).toHtmlEscaped().replace(u' ', u"&nbsp;"_s));
}

QString warningStyle()
{
    return u"QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0b84c; "
           "padding: 4px; border-radius: 3px; }"_s;
}

} // namespace

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"planSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_copy = new QAction(QIcon(u":/icons/copy.svg"_s), tr("&Copy SQL"), this);
    m_copy->setObjectName(u"copyPlanAction"_s);
    m_copy->setToolTip(tr("Copy the complete repair script to the clipboard"));
    connect(m_copy, &QAction::triggered, this, &PlanView::copyToClipboard);
    m_export = new QAction(QIcon(u":/icons/export.svg"_s), tr("&Export .sql…"), this);
    m_export->setObjectName(u"exportPlanAction"_s);
    m_export->setToolTip(tr("Save the complete repair script as a .sql file"));
    connect(m_export, &QAction::triggered, this, &PlanView::chooseExportFile);
    m_copyButton = new QToolButton(this);
    m_copyButton->setDefaultAction(m_copy);
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton = new QToolButton(this);
    m_exportButton->setDefaultAction(m_export);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_copyButton);
    top->addWidget(m_exportButton);
    m_badges = new QLabel(this);
    m_badges->setObjectName(u"planHazards"_s);
    m_badges->setWordWrap(true);
    m_badges->setTextFormat(Qt::RichText);

    m_decisions = new QLabel(this);
    m_decisions->setObjectName(u"planDecisions"_s);
    m_decisions->setWordWrap(true);
    m_decisions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decisions->setStyleSheet(warningStyle());
    m_decisions->hide();
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"planWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(warningStyle());
    m_warning->hide();

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(u"planSteps"_s);
    m_steps->setAccessibleName(tr("Plan steps"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("#"), tr("Step, its hazards and pre-flight figures")});
    m_steps->setRootIsDecorated(true);
    m_steps->setAllColumnsShowFocus(true);
    m_steps->setWordWrap(false);
    m_steps->header()->setStretchLastSection(true);
    m_steps->header()->resizeSection(NumberColumn, 56);
    connect(m_steps, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentStepChanged(current); });

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"planScript"_s);
    m_text->setAccessibleName(tr("Repair script"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Compare with an expected schema to see the repair plan."));
    m_highlighter = new SqlHighlighter(m_text->document());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_badges);
    layout->addWidget(m_decisions);
    layout->addWidget(m_warning);
    layout->addWidget(splitter, 1);
    clear();
}

PlanView::~PlanView() = default;

void PlanView::clear()
{
    m_plan = {};
    m_hasPlan = false;
    m_script.clear();
    m_steps->clear();
    m_text->clear();
    m_summary->setText(tr("No plan yet."));
    m_badges->clear();
    m_badges->hide();
    m_decisions->hide();
    m_warning->hide();
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
}

void PlanView::setBusy(bool busy)
{
    // The old plan stays readable meanwhile; the summary says it is about to change.
    if (busy)
        m_summary->setText(tr("Re-planning with your decisions…"));
}

void PlanView::setError(const QString &message)
{
    clear();
    m_summary->setText(tr("No plan: %1").arg(message.toHtmlEscaped()));
}

void PlanView::setPreflightWarning(const QString &message)
{
    m_warning->setVisible(!message.isEmpty());
    m_warning->setText(
        tr("⚠ The pre-flight checks could not read the live rows: %1. The plan is shown without "
           "their figures.")
            .arg(message));
}

void PlanView::setPlan(const MigrationPlan &plan, const Resolutions &resolutions)
{
    const int previous = m_steps->currentItem()
                             ? m_steps->currentItem()->data(NumberColumn, kStepIdRole).toInt()
                             : 0;
    m_plan = plan;
    m_hasPlan = true;
    m_script = planToSql(plan, resolutions);
    m_warning->hide();

    QStringList hazards;
    QList<Hazard> all = plan.hazards();
    DiffTreeModel::sortBySeverity(all);
    for (Hazard h : all)
        hazards << badgeHtml(h);
    if (plan.steps.isEmpty())
        m_summary->setText(tr("<b>Nothing to do:</b> the database matches the expected schema."));
    else
        m_summary->setText(tr("<b>%n step(s)</b>", nullptr, static_cast<int>(plan.steps.size())) +
                           (hazards.isEmpty() ? tr(" · no hazards") : QString()));
    m_badges->setText(hazards.join(u"&nbsp; "_s));
    m_badges->setVisible(!hazards.isEmpty());

    if (plan.unresolved.isEmpty()) {
        m_decisions->hide();
    } else {
        m_decisions->setText(
            tr("⚠ %n decision(s) still open — the repair is refused until they are made:", nullptr,
               static_cast<int>(plan.unresolved.size())) +
            u"\n• "_s + plan.unresolved.join(u"\n• "_s));
        m_decisions->show();
    }

    m_steps->clear();
    const QIcon warnIcon(u":/icons/hazard.svg"_s);
    const QIcon noteIcon(u":/icons/hazard-note.svg"_s);
    QTreeWidgetItem *select = nullptr;
    for (const Step &s : plan.steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(NumberColumn, QString::number(s.id));
        item->setData(NumberColumn, kStepIdRole, s.id);
        item->setText(TitleColumn, s.title);
        item->setToolTip(TitleColumn, s.title);
        QList<Hazard> hs = s.hazards;
        DiffTreeModel::sortBySeverity(hs);
        QStringList words;
        QStringList tips;
        for (Hazard h : hs) {
            words << DiffTreeModel::hazardText(h);
            tips << DiffTreeModel::hazardText(h) + u": "_s + hazardExplanation(h);
        }
        if (!hs.isEmpty()) {
            // A badge line under the step: icon and words, most severe first.
            const QIcon icon = DiffTreeModel::isSerious(hs.first()) ? warnIcon : noteIcon;
            item->setIcon(NumberColumn, icon);
            auto *badge = new QTreeWidgetItem(item);
            badge->setData(NumberColumn, kStepIdRole, s.id);
            badge->setData(NumberColumn, kHazardLineRole, true);
            badge->setIcon(TitleColumn, icon);
            badge->setText(TitleColumn, words.join(u" · "_s));
            badge->setToolTip(TitleColumn, tips.join(u'\n'));
            if (DiffTreeModel::isSerious(hs.first()))
                badge->setForeground(TitleColumn, QColor(0x8a, 0x1f, 0x12));
        }
        if (!s.transactional)
            item->setText(TitleColumn, s.title + tr(" (after the commit)"));
        for (const PreflightCheck &p : s.preflight) {
            auto *check = new QTreeWidgetItem(item);
            check->setData(NumberColumn, kStepIdRole, s.id);
            QString line;
            if (!p.violations) {
                line = tr("… %1: not measured").arg(p.description);
            } else if (p.informational) {
                line = tr("ℹ %1: %2").arg(p.description).arg(*p.violations);
            } else if (*p.violations > 0) {
                line = tr("✗ %1: %2%3")
                           .arg(p.description)
                           .arg(*p.violations)
                           .arg(p.exact ? QString() : tr(" (at most)"));
                check->setForeground(TitleColumn, QColor(0xa0, 0x2c, 0x1e));
            } else {
                line = tr("✓ %1: none").arg(p.description);
            }
            if (!p.samples.isEmpty())
                line += u" — "_s + p.samples.join(u", "_s);
            check->setText(TitleColumn, line);
            check->setToolTip(TitleColumn, line);
        }
        if (s.id == previous)
            select = item;
    }
    for (const QString &k : plan.kept) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(TitleColumn, tr("kept: %1").arg(k));
        item->setForeground(TitleColumn, palette().color(QPalette::PlaceholderText));
    }

    m_steps->expandAll(); // hazards and figures are what the operator reads first
    m_text->setPlainText(m_script);
    m_copy->setEnabled(true);
    m_export->setEnabled(true);
    if (select)
        m_steps->setCurrentItem(select);
}

void PlanView::onCurrentStepChanged(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int id = item->data(NumberColumn, kStepIdRole).toInt();
    if (id <= 0)
        return;
    // Scroll the script to the step's comment line, selected.
    const QString marker = u"-- Step %1: "_s.arg(id);
    for (QTextBlock b = m_text->document()->begin(); b.isValid(); b = b.next()) {
        if (b.text().startsWith(marker)) {
            QTextCursor c(b);
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            m_text->setTextCursor(c);
            m_text->centerCursor();
            // A long comment line must not leave the script scrolled to its far end.
            m_text->horizontalScrollBar()->setValue(0);
            break;
        }
    }
    for (const Step &s : std::as_const(m_plan.steps))
        if (s.id == id) {
            Q_EMIT stepActivated(s.objects);
            break;
        }
}

void PlanView::showStep(int id)
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->data(NumberColumn, kStepIdRole).toInt() == id) {
            m_steps->setCurrentItem(item);
            m_steps->scrollToItem(item, QAbstractItemView::PositionAtTop);
            return;
        }
    }
}

void PlanView::copyToClipboard() const
{
    if (!m_hasPlan)
        return;
    QApplication::clipboard()->setText(m_script);
}

QString PlanView::exportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(m_script.toUtf8());
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void PlanView::chooseExportFile()
{
    if (!m_hasPlan)
        return;
    QSettings settings;
    const QString dir = settings.value(u"plan/lastDirectory"_s).toString();
    auto *dialog = new QFileDialog(this, tr("Export repair script"), dir,
                                   tr("SQL scripts (*.sql);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"sql"_s);
    dialog->selectFile(u"repair.sql"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QSettings().setValue(u"plan/lastDirectory"_s, QFileInfo(file).absolutePath());
        const QString error = exportTo(file);
        if (!error.isEmpty()) {
            m_warning->setText(u"⚠ "_s + error);
            m_warning->show();
        }
    });
    dialog->open();
}

} // namespace sm::gui
