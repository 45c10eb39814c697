// SPDX-License-Identifier: MIT
#pragma once

// Restore from a backup folder (design §5.7): its manifest shown, every checksum verified before
// anything else, the database name typed, the restore run off the GUI thread with progress and
// Cancel, and the result of the comparison with the manifest shown.

#include "db/ConnectionSpec.h"
#include "run/Manifest.h"
#include "run/Restore.h"
#include "util/Result.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace sm::gui {

class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    // `target`: the live database to restore into. `backupDirectory`: shown and checked at once
    // when given.
    explicit RestoreDialog(ConnectionSpec target, const QString &backupDirectory = {},
                           QWidget *parent = nullptr);
    // Cancels a running restore (it rolls back) and waits for it.
    ~RestoreDialog() override;

    // Reads DIR/manifest.json and verifies every file's size and SHA-256, off the GUI thread.
    void setBackupDirectory(const QString &dir);
    QString backupDirectory() const;

    bool isChecking() const;
    bool isRestoring() const;
    // True when the manifest was read, every checksum matched and the backup fits the target.
    bool backupAccepted() const { return m_accepted; }
    // The one sentence that says why this backup cannot be restored here (empty when it can).
    QString problem() const { return m_problem; }
    std::optional<RestoreOutcome> outcome() const { return m_outcome; }
    QString resultMessage() const { return m_resultMessage; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void backupChecked();
    void restoreFinished();

private:
    struct Check;
    struct Outcome;
    void onChecked();
    void startRestore();
    void onRestored();
    void updateGate();
    void setProblem(const QString &sentence);

    ConnectionSpec m_target;
    QString m_dir;
    std::optional<BackupManifest> m_manifest;
    bool m_accepted = false;
    bool m_checking = false;  // until onChecked() has run (the future ends a little earlier)
    bool m_restoring = false; // until onRestored() has run
    QString m_problem;
    std::optional<RestoreOutcome> m_outcome;
    QString m_resultMessage;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<std::shared_ptr<Check>> m_checkWatcher;
    QFutureWatcher<std::shared_ptr<Outcome>> m_restoreWatcher;

    QLineEdit *m_dirEdit = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_engine = nullptr;
    QLabel *m_taken = nullptr;
    QLabel *m_contents = nullptr;
    QTreeWidget *m_details = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLineEdit *m_typedName = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace sm::gui
