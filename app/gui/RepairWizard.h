// SPDX-License-Identifier: MIT
#pragma once

// The repair wizard (ux.md): Review → Pre-flight → Backup → Confirm → Apply → Verify → Finish,
// over core's runRepair(). Every database call runs off the GUI thread; the Confirm page's
// acknowledgements answer core's confirmation through a GuiConfirmer.

#include "db/ConnectionSpec.h"
#include "diff/Diff.h"
#include "plan/Plan.h"
#include "run/RepairRun.h"
#include "schema/Schema.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWizard>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class QVBoxLayout;

namespace sm::gui {

class GatedPage;
class RepairWorker;
class RestoreDialog;

// What the main window hands over: the live database, the expected schema (loaded, or a source
// the wizard loads itself), the operator's decisions, and where backups go by default.
struct RepairWizardInput
{
    ConnectionSpec target;
    std::optional<Schema> expected; // empty: loaded from expectedSource off the GUI thread
    QString expectedSource;         // file path or URL, for loading and for the journal
    DiffOptions diffOptions;
    Resolutions resolutions;
    std::optional<MigrationPlan> plan; // shown while the live analysis runs; replaced by it
    QString backupParent;              // a new folder per run is proposed inside it
    QString journalDirectory;          // empty: Journal::defaultDirectory()
};

class RepairWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepairWizard)

public:
    enum PageId {
        ReviewPage,
        PreflightPage,
        BackupPage,
        ConfirmPage,
        ApplyPage,
        VerifyPage,
        FinishPage
    };

    explicit RepairWizard(RepairWizardInput input, QWidget *parent = nullptr);
    ~RepairWizard() override;

    // Valid after the analysis (Review/Pre-flight) finished.
    const MigrationPlan &plan() const { return m_plan; }
    bool isAnalysing() const;
    RepairWorker *worker() const { return m_worker; }
    bool runFinished() const { return m_finished.has_value(); }
    std::optional<RepairResult> runResult() const { return m_finished; }

    // Writes the incident report (Markdown, rendered from the run's journal) to `path`.
    Status exportReport(const QString &path) const;
    // Opens the restore dialog for this run's backup (non-modal); also the Finish page's button.
    RestoreDialog *openRestoreDialog();

    int nextId() const override;
    bool validateCurrentPage() override;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void analysed();
    void runEnded();

protected:
    void initializePage(int id) override;

private:
    struct Analysis;
    void buildReview();
    void buildPreflight();
    void buildBackup();
    void buildConfirm();
    void buildApply();
    void buildVerify();
    void buildFinish();

    void startAnalysis();
    void onAnalysed();
    void showPlan();
    void startRun();
    void onConfirmationRequested(const sm::ConfirmRequest &request);
    void onEvent(const QString &event, const QJsonObject &data);
    void onRunFinished();
    void updateConfirmGate();
    void showVerification();
    void saveReportInteractively();
    RepairOptions runOptions() const;
    bool dryRun() const;
    QString databaseName() const;

    RepairWizardInput m_in;
    MigrationPlan m_plan;
    QString m_expectedSourceShown;
    bool m_analysed = false;
    QString m_analysisError;
    QFutureWatcher<std::shared_ptr<Analysis>> m_analysis;
    RepairWorker *m_worker = nullptr;
    std::optional<ConfirmRequest> m_request;
    std::optional<RepairResult> m_finished;
    bool m_closeWhenFinished = false;
    QElapsedTimer m_elapsed;
    QTimer *m_tick = nullptr;

    GatedPage *m_pages[7] = {};
    // Review
    QLabel *m_reviewSummary = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_reviewHazards = nullptr;
    QLabel *m_unresolved = nullptr;
    QCheckBox *m_dryRun = nullptr;
    // Pre-flight
    QLabel *m_preflightStatus = nullptr;
    QTreeWidget *m_checks = nullptr;
    QPushButton *m_recheck = nullptr;
    // Backup
    QLineEdit *m_backupDir = nullptr;
    QPushButton *m_browseBackup = nullptr;
    QPushButton *m_takeBackup = nullptr;
    QProgressBar *m_backupProgress = nullptr;
    QLabel *m_backupStatus = nullptr;
    QTreeWidget *m_backupFiles = nullptr;
    // Confirm
    QLabel *m_confirmSummary = nullptr;
    QVBoxLayout *m_hazardBoxLayout = nullptr;
    QList<QCheckBox *> m_hazardChecks;
    QLabel *m_typeLabel = nullptr;
    QLineEdit *m_typedName = nullptr;
    // Apply
    QTreeWidget *m_applySteps = nullptr;
    QProgressBar *m_applyProgress = nullptr;
    QLabel *m_applyStatus = nullptr;
    QPlainTextEdit *m_log = nullptr;
    // Verify
    QLabel *m_verdict = nullptr;
    QLabel *m_verdictDetail = nullptr;
    QListWidget *m_verifyList = nullptr;
    // Finish
    QLabel *m_finishSummary = nullptr;
    QPushButton *m_saveReport = nullptr;
    QPushButton *m_openBackup = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace sm::gui
