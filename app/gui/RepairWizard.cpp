// SPDX-License-Identifier: MIT
#include "RepairWizard.h"

#include "GuiConfirmer.h"
#include "RepairWorker.h"
#include "RestoreDialog.h"
#include "db/Connection.h"
#include "expected/ExpectedSource.h"
#include "introspect/Introspector.h"
#include "run/Report.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace sm::gui {

// A page whose Next button follows a predicate of the wizard's state.
class GatedPage final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> gate;
    bool isComplete() const override { return gate ? gate() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

struct RepairWizard::Analysis
{
    bool ok = false;
    Error error;
    Schema expected;
    QString expectedSource;
    MigrationPlan plan; // with the live pre-flight figures
};

namespace {

// A pre-flight check that proves the plan would fail on real rows: it blocks the run.
bool blocking(const PreflightCheck &c)
{
    return !c.informational && c.exact && c.violations.value_or(0) > 0;
}

QString hazardLine(const QString &name)
{
    const auto h = hazardFromName(name);
    return h ? hazardExplanation(*h) : QString();
}

QLabel *wrapped(const QString &text = {})
{
    auto *l = new QLabel(text);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

void setVerdict(QLabel *label, bool good, const QString &text)
{
    label->setText(text);
    label->setStyleSheet(good
                             ? u"QLabel { color: #1b5e20; font-weight: bold; font-size: 14pt; }"_s
                             : u"QLabel { color: #b71c1c; font-weight: bold; font-size: 14pt; }"_s);
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setStyleSheet(text.isEmpty() ? QString() : u"QLabel { color: #b71c1c; }"_s);
}

} // namespace

RepairWizard::RepairWizard(RepairWizardInput input, QWidget *parent)
    : QWizard(parent)
    , m_in(std::move(input))
    , m_worker(new RepairWorker(this))
    , m_tick(new QTimer(this))
{
    setWindowTitle(tr("Repair %1").arg(m_in.target.redacted()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1, false);
    setMinimumSize(820, 600);
    if (m_in.plan)
        m_plan = *m_in.plan;
    m_expectedSourceShown = m_in.expectedSource;

    for (int i = 0; i < 7; ++i) {
        m_pages[i] = new GatedPage;
        setPage(i, m_pages[i]);
    }
    buildReview();
    buildPreflight();
    buildBackup();
    buildConfirm();
    buildApply();
    buildVerify();
    buildFinish();

    connect(&m_analysis, &QFutureWatcher<std::shared_ptr<Analysis>>::finished, this,
            &RepairWizard::onAnalysed);
    connect(m_worker, &RepairWorker::confirmationRequested, this,
            &RepairWizard::onConfirmationRequested);
    connect(m_worker, &RepairWorker::eventJournaled, this, &RepairWizard::onEvent);
    connect(m_worker, &RepairWorker::progressLine, this, [this](const QString &line) {
        m_applyStatus->setText(line);
        if (currentId() == BackupPage)
            m_backupStatus->setText(line);
    });
    connect(m_worker, &RepairWorker::backupProgress, this,
            [this](qint64 done, qint64 total, const QString &what) {
                // Pages and bytes fit an int in units of the total's scale.
                const int max = total > 0 ? 1000 : 0;
                m_backupProgress->setRange(0, max);
                if (max)
                    m_backupProgress->setValue(static_cast<int>(done * 1000 / total));
                m_backupProgress->setFormat(what + u" %p%"_s);
            });
    connect(m_worker, &RepairWorker::finished, this, &RepairWizard::onRunFinished);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_worker->isRunning() && currentId() == ApplyPage)
            m_applyProgress->setFormat(tr("%v of %m steps · %1 s").arg(m_elapsed.elapsed() / 1000));
    });
    m_tick->setInterval(500);
    startAnalysis();
}

RepairWizard::~RepairWizard()
{
    // The analysis reads both databases on a pool thread. Like every loader of the console, it
    // must not outlive its owner: a wizard closed at once, just before the application quit,
    // left it running while QApplication was torn down, and the process crashed inside SQLite
    // (tst_accessibility, 1 run in 40). It holds copies only, so waiting is all it needs.
    if (m_analysis.isRunning()) {
        m_analysis.disconnect(this);
        m_analysis.waitForFinished();
    }
}

bool RepairWizard::dryRun() const
{
    return m_dryRun->isChecked();
}

QString RepairWizard::databaseName() const
{
    return m_in.target.displayName();
}

bool RepairWizard::isAnalysing() const
{
    return !m_analysed;
}

// ---- Review ------------------------------------------------------------------------------

void RepairWizard::buildReview()
{
    GatedPage *p = m_pages[ReviewPage];
    p->setTitle(tr("Review the plan"));
    p->setSubTitle(tr("What will change in %1, step by step, and what is risky about it.")
                       .arg(m_in.target.redacted()));
    m_reviewSummary = wrapped(tr("Reading the live schema and planning…"));
    m_steps = new QTreeWidget;
    m_steps->setObjectName(u"reviewSteps"_s);
    m_steps->setAccessibleName(tr("Steps of the plan"));
    m_steps->setHeaderLabels({tr("Step"), tr("Hazards")});
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    m_reviewHazards = wrapped();
    m_reviewHazards->setTextFormat(Qt::RichText);
    m_unresolved = wrapped();
    m_unresolved->setObjectName(u"unresolved"_s);
    m_dryRun = new QCheckBox(tr("&Dry run: rehearse inside a transaction that always rolls back "
                                "(no backup, nothing changes)"));
    m_dryRun->setObjectName(u"dryRun"_s);
    auto *l = new QVBoxLayout(p);
    l->addWidget(m_reviewSummary);
    l->addWidget(m_steps, 1);
    l->addWidget(m_reviewHazards);
    l->addWidget(m_unresolved);
    l->addWidget(m_dryRun);
    p->gate = [this] {
        return m_analysed && m_analysisError.isEmpty() && m_plan.unresolved.isEmpty() &&
               !m_plan.steps.isEmpty();
    };
    if (m_in.plan)
        showPlan();
}

void RepairWizard::showPlan()
{
    m_steps->clear();
    for (const Step &s : std::as_const(m_plan.steps)) {
        QStringList hz;
        for (Hazard h : s.hazards)
            hz << u"⚠ "_s + hazardName(h);
        auto *item =
            new QTreeWidgetItem(m_steps, {u"%1. %2"_s.arg(s.id).arg(s.title), hz.join(u"  "_s)});
        for (const QString &sql : s.sql) {
            auto *child = new QTreeWidgetItem(item, {sql.simplified()});
            child->setToolTip(0, sql);
            child->setFont(0, QFont(u"monospace"_s));
        }
    }
    const QList<Hazard> hazards = m_plan.hazards();
    m_reviewSummary->setText(
        m_plan.steps.isEmpty()
            ? tr("Nothing to repair: %1 matches the expected schema.").arg(databaseName())
            : tr("%n step(s) to make %1 match %2. Expand a step to see its SQL.", "",
                 static_cast<int>(m_plan.steps.size()))
                  .arg(databaseName(), m_expectedSourceShown.isEmpty() ? tr("the expected schema")
                                                                       : m_expectedSourceShown));
    QStringList lines;
    for (Hazard h : hazards)
        lines << u"<b>⚠ %1</b> — %2"_s.arg(hazardName(h).toHtmlEscaped(),
                                           hazardExplanation(h).toHtmlEscaped());
    m_reviewHazards->setText(hazards.isEmpty() ? tr("No hazards.") : lines.join(u"<br>"_s));
    QStringList open;
    for (const QString &u : std::as_const(m_plan.unresolved))
        open << u"• "_s + u;
    setError(m_unresolved, open.isEmpty() ? QString()
                                          : tr("Decisions still open (make them in the main "
                                               "window, then repair again):\n%1")
                                                .arg(open.join(u'\n')));
}

void RepairWizard::startAnalysis()
{
    m_analysed = false;
    m_analysisError.clear();
    if (m_recheck)
        m_recheck->setEnabled(false);
    m_preflightStatus->setText(tr("Running the pre-flight checks against the live rows…"));
    const ConnectionSpec target = m_in.target;
    const std::optional<Schema> expected = m_in.expected;
    const QString source = m_in.expectedSource;
    const DiffOptions diffOptions = m_in.diffOptions;
    const Resolutions resolutions = m_in.resolutions;
    m_analysis.setFuture(QtConcurrent::run([=]() -> std::shared_ptr<Analysis> {
        auto a = std::make_shared<Analysis>();
        if (expected) {
            a->expected = *expected;
            a->expectedSource = source;
        } else {
            ExpectedOptions eo;
            eo.dialect = target.dialect;
            eo.schemas = diffOptions.schemas;
            auto loaded = loadExpected(source, eo);
            if (!loaded) {
                a->error = loaded.error();
                return a;
            }
            a->expected = loaded->schema;
            a->expectedSource = loaded->source;
        }
        auto conn = Connection::open(target, AccessMode::ReadOnly);
        if (!conn) {
            a->error = conn.error();
            return a;
        }
        auto actual = introspect(*conn);
        if (!actual) {
            a->error = actual.error();
            return a;
        }
        auto plan =
            makePlan(diff(a->expected, *actual, diffOptions), a->expected, *actual, resolutions);
        if (!plan) {
            a->error = plan.error();
            return a;
        }
        if (Status s = runPreflight(*plan, *conn); !s) {
            a->error = s.error();
            return a;
        }
        a->plan = std::move(*plan);
        a->ok = true;
        return a;
    }));
}

void RepairWizard::onAnalysed()
{
    const std::shared_ptr<Analysis> a = m_analysis.result();
    m_analysed = true;
    m_recheck->setEnabled(true);
    if (!a->ok) {
        m_analysisError = a->error.message;
        setError(m_unresolved, a->error.message);
        m_reviewSummary->setText(tr("The plan could not be made; nothing was changed."));
        setError(m_preflightStatus, a->error.message);
    } else {
        m_in.expected = a->expected;
        m_expectedSourceShown = a->expectedSource;
        m_plan = a->plan;
        showPlan();
        // Pre-flight figures.
        m_checks->clear();
        int failed = 0;
        for (const Step &s : std::as_const(m_plan.steps)) {
            for (const PreflightCheck &c : s.preflight) {
                QString result;
                if (!c.violations)
                    result = tr("not run");
                else if (c.informational)
                    result = u"ℹ %1"_s.arg(*c.violations);
                else if (*c.violations == 0)
                    result = u"✓ "_s + tr("none");
                else
                    result = (blocking(c) ? u"✗ "_s : u"⚠ "_s) +
                             (c.exact ? tr("%1 row(s)").arg(*c.violations)
                                      : tr("at most %1 row(s)").arg(*c.violations));
                auto *item =
                    new QTreeWidgetItem(m_checks, {tr("Step %1: %2").arg(s.id).arg(c.description),
                                                   result, c.samples.join(u", "_s)});
                item->setToolTip(0, c.sql);
                if (blocking(c)) {
                    ++failed;
                    for (int col = 0; col < 3; ++col)
                        item->setForeground(col, QColor(0xb7, 0x1c, 0x1c));
                }
            }
        }
        if (m_plan.steps.isEmpty())
            m_preflightStatus->setText(tr("Nothing to repair."));
        else if (failed > 0)
            setError(m_preflightStatus,
                     tr("%n check(s) fail on live rows: the repair would fail on them. Fix the "
                        "data or choose a USING/backfill expression in the main window, then "
                        "check again.",
                        "", failed));
        else {
            setError(m_preflightStatus, {});
            m_preflightStatus->setText(
                m_checks->topLevelItemCount() == 0
                    ? tr("No pre-flight checks are needed for this plan.")
                    : tr("Every check passed against the live rows (%1).")
                          .arg(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s)));
        }
    }
    m_pages[ReviewPage]->changed();
    m_pages[PreflightPage]->changed();
    Q_EMIT analysed();
}

// ---- Pre-flight --------------------------------------------------------------------------

void RepairWizard::buildPreflight()
{
    GatedPage *p = m_pages[PreflightPage];
    p->setTitle(tr("Pre-flight"));
    p->setSubTitle(tr("Each check runs read-only against the live rows: what would fail, and on "
                      "which values."));
    m_preflightStatus = wrapped();
    m_preflightStatus->setObjectName(u"preflightStatus"_s);
    m_checks = new QTreeWidget;
    m_checks->setObjectName(u"preflightChecks"_s);
    m_checks->setAccessibleName(tr("Pre-flight checks"));
    m_checks->setRootIsDecorated(false);
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("Sample values")});
    m_checks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checks->header()->setStretchLastSection(false);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_recheck = new QPushButton(tr("Check &again"));
    connect(m_recheck, &QPushButton::clicked, this, [this] {
        startAnalysis();
        m_pages[PreflightPage]->changed();
    });
    auto *l = new QVBoxLayout(p);
    l->addWidget(m_preflightStatus);
    l->addWidget(m_checks, 1);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_recheck);
    l->addLayout(row);
    p->gate = [this] {
        if (!m_analysed || !m_analysisError.isEmpty() || m_plan.steps.isEmpty())
            return false;
        for (const Step &s : std::as_const(m_plan.steps))
            for (const PreflightCheck &c : s.preflight)
                if (blocking(c))
                    return false;
        return true;
    };
}

// ---- Backup ------------------------------------------------------------------------------

void RepairWizard::buildBackup()
{
    GatedPage *p = m_pages[BackupPage];
    p->setTitle(tr("Backup"));
    p->setSubTitle(tr("No backup, no write: a copy of %1 is taken and verified before anything "
                      "changes.")
                       .arg(databaseName()));
    p->setCommitPage(true);
    p->setButtonText(QWizard::CommitButton, tr("&Continue >"));
    QString parentDir = m_in.backupParent;
    if (parentDir.isEmpty())
        parentDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                        .filePath(u"backups"_s);
    m_backupDir = new QLineEdit(QDir(parentDir).filePath(
        databaseName() + u'-' +
        QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s)));
    m_backupDir->setObjectName(u"backupLocation"_s);
    m_browseBackup = new QPushButton(tr("&Browse…"));
    connect(m_browseBackup, &QPushButton::clicked, this, [this] {
        auto *d = new QFileDialog(this, tr("Backup folder (new or empty)"), m_backupDir->text());
        d->setFileMode(QFileDialog::Directory);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QFileDialog::fileSelected, m_backupDir, &QLineEdit::setText);
        d->open();
    });
    m_takeBackup = new QPushButton(tr("&Take and verify the backup"));
    m_takeBackup->setObjectName(u"takeBackup"_s);
    connect(m_takeBackup, &QPushButton::clicked, this, &RepairWizard::startRun);
    m_backupProgress = new QProgressBar;
    m_backupProgress->setRange(0, 1);
    m_backupProgress->setValue(0);
    m_backupStatus = wrapped(tr("The backup is taken when you press the button."));
    m_backupStatus->setObjectName(u"backupStatus"_s);
    m_backupFiles = new QTreeWidget;
    m_backupFiles->setObjectName(u"backupFiles"_s);
    m_backupFiles->setAccessibleName(tr("Backup files and their checksums"));
    m_backupFiles->setRootIsDecorated(false);
    m_backupFiles->setHeaderLabels({tr("File"), tr("Size"), tr("SHA-256")});
    m_backupFiles->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *l = new QVBoxLayout(p);
    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    row->addWidget(m_backupDir, 1);
    row->addWidget(m_browseBackup);
    auto *location = new QLabel(tr("&Location:"));
    location->setBuddy(m_backupDir);
    form->addRow(location, row);
    l->addLayout(form);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_takeBackup);
    row2->addWidget(m_backupProgress, 1);
    l->addLayout(row2);
    l->addWidget(m_backupStatus);
    l->addWidget(m_backupFiles, 1);
    // Complete when the run has a verified backup and waits for the operator's confirmation.
    p->gate = [this] { return m_request.has_value() && m_worker->isRunning(); };
}

void RepairWizard::startRun()
{
    if (m_worker->isRunning() || m_finished)
        return;
    m_backupDir->setEnabled(false);
    m_browseBackup->setEnabled(false);
    m_takeBackup->setEnabled(false);
    m_backupProgress->setRange(0, 0);
    m_log->clear();
    // From here on the run holds a backup and a place in the journal: there is no going back,
    // only on (confirm) or out (Cancel declines or rolls back).
    setButtonLayout({QWizard::Stretch, QWizard::NextButton, QWizard::CommitButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    m_elapsed.start();
    m_tick->start();
    m_worker->start(runOptions());
}

RepairOptions RepairWizard::runOptions() const
{
    RepairOptions o;
    o.target = m_in.target;
    o.expected = m_in.expected.value_or(Schema{});
    o.expectedSource = m_expectedSourceShown;
    o.diffOptions = m_in.diffOptions;
    o.resolutions = m_in.resolutions;
    // The hazards the operator has reviewed; each one is acknowledged again on the Confirm page,
    // and a plan that grew a new one since is refused by the run itself.
    for (Hazard h : m_plan.hazards())
        o.allowedHazards.insert(h);
    o.backupDirectory = m_backupDir->text();
    o.journalDirectory = m_in.journalDirectory;
    o.dryRun = dryRun();
    return o;
}

// ---- Confirm -----------------------------------------------------------------------------

void RepairWizard::buildConfirm()
{
    GatedPage *p = m_pages[ConfirmPage];
    p->setTitle(tr("Confirm"));
    p->setSubTitle(tr("Read what will change and what is risky. Nothing has been written yet."));
    p->setCommitPage(true);
    m_confirmSummary = wrapped();
    m_confirmSummary->setObjectName(u"confirmSummary"_s);
    auto *what = new QGroupBox(tr("What will change"));
    (new QVBoxLayout(what))->addWidget(m_confirmSummary);
    auto *box = new QGroupBox(tr("Hazards — tick each one you accept"));
    m_hazardBoxLayout = new QVBoxLayout(box);
    m_typeLabel = wrapped();
    m_typeLabel->setTextFormat(Qt::RichText);
    m_typedName = new QLineEdit;
    m_typedName->setObjectName(u"typedName"_s);
    m_typeLabel->setBuddy(m_typedName);
    connect(m_typedName, &QLineEdit::textChanged, this, &RepairWizard::updateConfirmGate);
    auto *l = new QVBoxLayout(p);
    l->addWidget(what);
    l->addWidget(box);
    l->addWidget(m_typeLabel);
    l->addWidget(m_typedName);
    l->addStretch();
    p->gate = [this] {
        if (!m_request || !m_worker->isRunning())
            return false;
        for (const QCheckBox *c : m_hazardChecks)
            if (!c->isChecked())
                return false;
        return !m_request->requireTypedName || m_typedName->text() == m_request->databaseName;
    };
}

void RepairWizard::onConfirmationRequested(const ConfirmRequest &request)
{
    m_request = request;
    m_backupProgress->setRange(0, 1);
    m_backupProgress->setValue(1);
    m_backupProgress->setFormat(tr("verified"));

    qDeleteAll(m_hazardChecks);
    m_hazardChecks.clear();
    for (const QString &h : request.hazards) {
        auto *c = new QCheckBox(u"⚠ %1 — %2"_s.arg(h, hazardLine(h)));
        c->setObjectName(u"hazard:"_s + h);
        connect(c, &QCheckBox::toggled, this, &RepairWizard::updateConfirmGate);
        m_hazardBoxLayout->addWidget(c);
        m_hazardChecks << c;
    }
    QStringList lines = request.summary.split(u'\n');
    // The summary's hazard lines are the checkboxes below; the rest says what and where.
    lines.removeIf([](const QString &s) { return s.trimmed().startsWith(u"⚠"_s); });
    m_confirmSummary->setText(lines.join(u'\n'));
    m_typeLabel->setVisible(request.requireTypedName);
    m_typedName->setVisible(request.requireTypedName);
    m_typeLabel->setText(
        tr("This run rewrites or drops data. Type the database name <b>%1</b> to confirm:")
            .arg(request.databaseName.toHtmlEscaped()));
    m_typedName->clear();
    m_pages[ConfirmPage]->setButtonText(
        QWizard::CommitButton,
        tr("&Apply %n step(s) to %1", "", static_cast<int>(m_plan.steps.size()))
            .arg(request.databaseName));
    m_pages[BackupPage]->changed();
    m_pages[ConfirmPage]->changed();
}

void RepairWizard::updateConfirmGate()
{
    m_pages[ConfirmPage]->changed();
}

// ---- Apply -------------------------------------------------------------------------------

void RepairWizard::buildApply()
{
    GatedPage *p = m_pages[ApplyPage];
    p->setTitle(tr("Apply"));
    p->setSubTitle(tr("Every step runs in one transaction, verified before it commits. Cancel "
                      "rolls it back."));
    p->setCommitPage(true);
    p->setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_applySteps = new QTreeWidget;
    m_applySteps->setObjectName(u"applySteps"_s);
    m_applySteps->setAccessibleName(tr("Steps being applied"));
    m_applySteps->setRootIsDecorated(false);
    m_applySteps->setHeaderLabels({tr("Step"), tr("State")});
    m_applySteps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_applySteps->header()->setStretchLastSection(false);
    m_applySteps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_applyProgress = new QProgressBar;
    m_applyStatus = wrapped();
    m_applyStatus->setObjectName(u"applyStatus"_s);
    m_log = new QPlainTextEdit;
    m_log->setObjectName(u"applyLog"_s);
    m_log->setAccessibleName(tr("Journal of the run"));
    m_log->setReadOnly(true);
    m_log->setFont(QFont(u"monospace"_s));
    m_log->setMaximumBlockCount(5000);
    auto *l = new QVBoxLayout(p);
    l->addWidget(m_applySteps, 1);
    l->addWidget(m_applyProgress);
    l->addWidget(m_applyStatus);
    l->addWidget(m_log, 2);
    p->gate = [this] { return m_finished.has_value(); };
}

void RepairWizard::onEvent(const QString &event, const QJsonObject &data)
{
    const QString time = QTime::currentTime().toString(u"HH:mm:ss.zzz"_s);
    QString line = time + u"  "_s + event;
    if (event == u"statement") {
        line += u"  [%1 ms] "_s.arg(data.value(u"ms"_s).toDouble()) +
                data.value(u"sql"_s).toString().simplified();
        if (!data.value(u"ok"_s).toBool(true))
            line += u"  ✗ "_s + data.value(u"error"_s).toString();
    } else if (event == u"step_started") {
        line += u"  "_s + data.value(u"title"_s).toString();
    } else if (event == u"backup_started" || event == u"backup_verified") {
        line += u"  "_s + data.value(u"directory"_s).toString();
    } else if (event == u"rolled_back" || event == u"failed") {
        line += u"  "_s + data.value(u"reason"_s).toString();
    }
    m_log->appendPlainText(line);

    const int step = data.value(u"step"_s).toInt();
    auto itemFor = [this](int id) -> QTreeWidgetItem * {
        for (int i = 0; i < m_applySteps->topLevelItemCount(); ++i)
            if (m_applySteps->topLevelItem(i)->data(0, Qt::UserRole).toInt() == id)
                return m_applySteps->topLevelItem(i);
        return nullptr;
    };
    if (event == u"apply_started") {
        m_applySteps->clear();
        for (const Step &s : std::as_const(m_plan.steps)) {
            auto *item = new QTreeWidgetItem(m_applySteps,
                                             {u"%1. %2"_s.arg(s.id).arg(s.title), tr("waiting")});
            item->setData(0, Qt::UserRole, s.id);
        }
        m_applyProgress->setRange(0, static_cast<int>(m_plan.steps.size()));
        m_applyProgress->setValue(0);
    } else if (event == u"step_started") {
        if (auto *item = itemFor(step))
            item->setText(1, tr("running"));
    } else if (event == u"step_done") {
        if (auto *item = itemFor(step))
            item->setText(1, u"✓ "_s + tr("done"));
        m_applyProgress->setValue(m_applyProgress->value() + 1);
    } else if (event == u"rolled_back") {
        for (int i = 0; i < m_applySteps->topLevelItemCount(); ++i)
            m_applySteps->topLevelItem(i)->setText(1, tr("rolled back"));
    } else if (event == u"backup_verified") {
        m_backupFiles->clear();
        const QJsonArray files = data.value(u"files"_s).toArray();
        for (const QJsonValue &f : files) {
            const QJsonObject o = f.toObject();
            new QTreeWidgetItem(m_backupFiles,
                                {o.value(u"name"_s).toString(),
                                 QLocale().formattedDataSize(qint64(o.value(u"size"_s).toDouble())),
                                 o.value(u"sha256"_s).toString()});
        }
        m_backupStatus->setText(tr("Verified: %1\nLocation: %2")
                                    .arg(data.value(u"verification"_s).toString(),
                                         data.value(u"directory"_s).toString()));
    }
}

void RepairWizard::onRunFinished()
{
    m_tick->stop();
    m_finished = m_worker->result();
    const RepairResult &r = *m_finished;
    const bool good = exitCodeFor(r.outcome) == 0;
    QString message = r.message;
    if (r.outcome == RepairOutcome::Declined && !m_worker->lastRefusal().isEmpty())
        message += u' ' + m_worker->lastRefusal();
    m_applyStatus->setText(message);
    m_applyStatus->setStyleSheet(good ? QString() : u"QLabel { color: #b71c1c; }"_s);
    m_applyProgress->setFormat(tr("%v of %m steps · %1 s").arg(m_elapsed.elapsed() / 1000));
    if (currentId() == BackupPage || currentId() == ConfirmPage) {
        setError(m_backupStatus, message);
        if (currentId() == ConfirmPage)
            setError(m_confirmSummary, message);
        m_backupProgress->setRange(0, 1);
        m_backupProgress->setValue(0);
    }
    button(QWizard::CancelButton)->setEnabled(true);
    setButtonText(QWizard::CancelButton, tr("&Close"));
    showVerification();
    for (GatedPage *p : m_pages)
        p->changed();
    Q_EMIT runEnded();
    if (m_closeWhenFinished)
        QWizard::reject();
}

// ---- Verify and Finish -------------------------------------------------------------------

void RepairWizard::buildVerify()
{
    GatedPage *p = m_pages[VerifyPage];
    p->setTitle(tr("Verify"));
    p->setSubTitle(tr("The changed schema compared with the expected one, before and after the "
                      "commit."));
    m_verdict = wrapped();
    m_verdict->setObjectName(u"verdict"_s);
    m_verdictDetail = wrapped();
    m_verifyList = new QListWidget;
    m_verifyList->setObjectName(u"verifyChecks"_s);
    m_verifyList->setAccessibleName(tr("Verification results"));
    auto *l = new QVBoxLayout(p);
    l->addWidget(m_verdict);
    l->addWidget(m_verdictDetail);
    l->addWidget(m_verifyList, 1);
}

void RepairWizard::showVerification()
{
    if (!m_finished)
        return;
    const RepairResult &r = *m_finished;
    QString verdict;
    switch (r.outcome) {
    case RepairOutcome::Done:
        verdict = u"✔ "_s + tr("Repaired and verified");
        break;
    case RepairOutcome::DryRunPassed:
        verdict = u"✔ "_s + tr("Dry run passed — rolled back, nothing changed");
        break;
    case RepairOutcome::NothingToDo:
        verdict = u"✔ "_s + tr("Nothing to repair");
        break;
    case RepairOutcome::DryRunFailed:
    case RepairOutcome::RolledBack:
        verdict = u"✘ "_s + tr("Rolled back — the database is as it was");
        break;
    case RepairOutcome::NotRolledBack:
        verdict = u"✘ "_s + tr("Failed after the commit — restore the backup");
        break;
    case RepairOutcome::Declined:
    case RepairOutcome::Refused:
    case RepairOutcome::Stopped:
        verdict = u"✘ "_s + tr("Stopped before writing — nothing was changed");
        break;
    }
    const bool good = exitCodeFor(r.outcome) == 0;
    setVerdict(m_verdict, good, verdict);
    m_verdictDetail->setText(r.message);
    m_verifyList->clear();
    for (const QString &v : r.verification)
        m_verifyList->addItem((good ? u"✓ "_s : u"• "_s) + v);
    if (!good)
        for (const QString &d : r.details.split(u'\n', Qt::SkipEmptyParts))
            m_verifyList->addItem(u"✗ "_s + d);

    m_finishSummary->setText(QStringList{verdict,
                                         r.backupDirectory.isEmpty()
                                             ? tr("No backup was taken (dry run).")
                                             : tr("Backup: %1").arg(r.backupDirectory),
                                         tr("Journal: %1").arg(r.journalPath)}
                                 .join(u'\n'));
    m_openBackup->setEnabled(!r.backupDirectory.isEmpty());
    m_restore->setEnabled(!r.backupDirectory.isEmpty());
    m_saveReport->setEnabled(!r.journalPath.isEmpty());
}

void RepairWizard::buildFinish()
{
    GatedPage *p = m_pages[FinishPage];
    p->setTitle(tr("Finish"));
    p->setSubTitle(tr("What happened, the incident report, and the way back."));
    m_finishSummary = wrapped();
    m_finishSummary->setObjectName(u"finishSummary"_s);
    m_saveReport = new QPushButton(tr("&Save incident report…"));
    m_saveReport->setObjectName(u"saveReport"_s);
    m_openBackup = new QPushButton(tr("&Open backup folder"));
    m_restore = new QPushButton(tr("&Restore this backup…"));
    m_restore->setObjectName(u"restoreBackup"_s);
    connect(m_saveReport, &QPushButton::clicked, this, &RepairWizard::saveReportInteractively);
    connect(m_openBackup, &QPushButton::clicked, this, [this] {
        if (m_finished)
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_finished->backupDirectory));
    });
    connect(m_restore, &QPushButton::clicked, this, &RepairWizard::openRestoreDialog);
    auto *l = new QVBoxLayout(p);
    l->addWidget(m_finishSummary);
    auto *row = new QHBoxLayout;
    row->addWidget(m_saveReport);
    row->addWidget(m_openBackup);
    row->addWidget(m_restore);
    row->addStretch();
    l->addLayout(row);
    l->addStretch();
}

Status RepairWizard::exportReport(const QString &path) const
{
    if (!m_finished || m_finished->journalPath.isEmpty())
        return makeError(ErrorKind::Usage, tr("There is no run to report on yet."));
    auto report = renderReport(m_finished->journalPath);
    if (!report)
        return report.error();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Input, tr("Cannot write the report to %1.").arg(path),
                         f.errorString());
    f.write(report->toUtf8());
    if (!f.commit())
        return makeError(ErrorKind::Input, tr("Cannot write the report to %1.").arg(path),
                         f.errorString());
    return {};
}

void RepairWizard::saveReportInteractively()
{
    if (!m_finished)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"incident-%1.md"_s.arg(m_finished->runId));
    auto *d = new QFileDialog(this, tr("Save incident report"), suggested, tr("Markdown (*.md)"));
    d->setAcceptMode(QFileDialog::AcceptSave);
    d->setDefaultSuffix(u"md"_s);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (Status s = exportReport(path); !s)
            m_finishSummary->setText(m_finishSummary->text() + u'\n' + s.error().message);
        else
            m_finishSummary->setText(m_finishSummary->text() + u'\n' +
                                     tr("Report saved to %1.").arg(path));
    });
    d->open();
}

RestoreDialog *RepairWizard::openRestoreDialog()
{
    if (!m_finished || m_finished->backupDirectory.isEmpty())
        return nullptr;
    auto *d = new RestoreDialog(m_in.target, m_finished->backupDirectory, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
    return d;
}

// ---- Navigation --------------------------------------------------------------------------

int RepairWizard::nextId() const
{
    switch (currentId()) {
    case ReviewPage:
        return PreflightPage;
    case PreflightPage:
        return dryRun() ? ApplyPage : BackupPage;
    case BackupPage:
        return ConfirmPage;
    case ConfirmPage:
        return ApplyPage;
    case ApplyPage:
        return VerifyPage;
    case VerifyPage:
        return FinishPage;
    default:
        return -1;
    }
}

void RepairWizard::initializePage(int id)
{
    switch (id) {
    case PreflightPage:
        // A dry run goes straight to Apply: this page's Next starts it and there is no way back.
        m_pages[PreflightPage]->setCommitPage(dryRun());
        m_pages[PreflightPage]->setButtonText(QWizard::CommitButton, tr("&Rehearse the repair"));
        break;
    case ApplyPage:
        if (dryRun())
            startRun();
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

bool RepairWizard::validateCurrentPage()
{
    if (currentId() == ConfirmPage) {
        if (!m_request || !currentPage()->isComplete())
            return false;
        Acknowledgement ack;
        ack.action = m_request->action;
        ack.databaseName =
            m_request->requireTypedName ? m_typedName->text() : m_request->databaseName;
        for (const QCheckBox *c : std::as_const(m_hazardChecks))
            if (c->isChecked())
                ack.hazards.insert(c->objectName().mid(7)); // "hazard:<name>"
        m_worker->acknowledge(ack);
        m_applyStatus->setText(tr("Applying…"));
    }
    return QWizard::validateCurrentPage();
}

void RepairWizard::reject()
{
    if (m_worker->isRunning()) {
        if (m_worker->cancelRequested())
            return; // already stopping; the run says when it is done
        m_worker->cancel();
        // Before the apply there is nothing to show afterwards: close once the run has stopped.
        m_closeWhenFinished = currentId() != ApplyPage;
        button(QWizard::CancelButton)->setEnabled(false);
        m_applyStatus->setText(tr("Cancelling: rolling back…"));
        m_backupStatus->setText(tr("Cancelling…"));
        return;
    }
    QWizard::reject();
}

} // namespace sm::gui
