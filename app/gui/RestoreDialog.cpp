// SPDX-License-Identifier: MIT
#include "RestoreDialog.h"

#include "GuiConfirmer.h"
#include "run/Backup.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace sm::gui {

struct RestoreDialog::Check
{
    std::optional<BackupManifest> manifest;
    Error error;                    // set when the manifest cannot be read
    QHash<QString, QString> actual; // file name → SHA-256 found ("" when missing)
    QString mismatch;               // the first file that does not match
};

struct RestoreDialog::Outcome
{
    bool ok = false;
    Error error;
    RestoreReport report;
    QString summary; // what core said it would do, as it asked for the confirmation
};

namespace {

QString engineName(Dialect d)
{
    return d == Dialect::Postgres ? u"PostgreSQL"_s : u"SQLite"_s;
}

// The name restoreBackup() compares with the manifest and asks the operator to type.
QString targetName(const ConnectionSpec &target)
{
    return target.dialect == Dialect::Postgres ? target.database : target.displayName();
}

} // namespace

RestoreDialog::RestoreDialog(ConnectionSpec target, const QString &backupDirectory, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
{
    setWindowTitle(tr("Restore %1 from a backup").arg(targetName(m_target)));
    setMinimumSize(760, 560);

    m_dirEdit = new QLineEdit;
    m_dirEdit->setObjectName(u"backupDirectory"_s);
    m_dirEdit->setPlaceholderText(tr("A backup folder with a manifest.json"));
    connect(m_dirEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_dirEdit->text() != m_dir)
            setBackupDirectory(m_dirEdit->text());
    });
    m_browse = new QPushButton(tr("&Browse…"));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *d = new QFileDialog(this, tr("Choose a backup folder"), m_dirEdit->text());
        d->setFileMode(QFileDialog::Directory);
        d->setOption(QFileDialog::ShowDirsOnly);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QFileDialog::fileSelected, this, &RestoreDialog::setBackupDirectory);
        d->open();
    });
    auto label = [] {
        auto *l = new QLabel;
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_source = label();
    m_engine = label();
    m_taken = label();
    m_contents = label();
    m_details = new QTreeWidget;
    m_details->setObjectName(u"manifestDetails"_s);
    m_details->setAccessibleName(tr("Backup files and tables"));
    m_details->setHeaderLabels({tr("Name"), tr("Size / rows"), tr("SHA-256"), tr("Check")});
    m_details->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status = label();
    m_status->setObjectName(u"checksumStatus"_s);
    m_typeLabel = label();
    m_typeLabel->setTextFormat(Qt::RichText);
    m_typedName = new QLineEdit;
    m_typedName->setObjectName(u"typedName"_s);
    m_typeLabel->setBuddy(m_typedName);
    m_typeLabel->setText(
        tr("Type the database name <b>%1</b> to replace its contents with this backup:")
            .arg(targetName(m_target).toHtmlEscaped()));
    connect(m_typedName, &QLineEdit::textChanged, this, &RestoreDialog::updateGate);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    m_log = new QPlainTextEdit;
    m_log->setObjectName(u"restoreLog"_s);
    m_log->setAccessibleName(tr("Progress of the restore"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setFont(QFont(u"monospace"_s));
    m_log->setMaximumHeight(120);
    m_log->hide(); // until there is something to say

    auto *buttons = new QDialogButtonBox;
    m_restoreButton = buttons->addButton(tr("&Restore into %1").arg(targetName(m_target)),
                                         QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(u"restoreButton"_s);
    m_restoreButton->setAutoDefault(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setDefault(true); // the safe choice
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreDialog::startRestore);
    connect(m_closeButton, &QPushButton::clicked, this, &RestoreDialog::reject);

    auto *l = new QVBoxLayout(this);
    auto *intro = label();
    intro->setText(tr("A restore replaces everything in %1 with the backup's contents, in one "
                      "transaction, and then compares the result with the backup's manifest.")
                       .arg(m_target.redacted()));
    l->addWidget(intro);
    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    row->addWidget(m_dirEdit, 1);
    row->addWidget(m_browse);
    auto *backupLabel = new QLabel(tr("&Backup:"));
    backupLabel->setBuddy(m_dirEdit);
    form->addRow(backupLabel, row);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Engine:"), m_engine);
    form->addRow(tr("Taken:"), m_taken);
    form->addRow(tr("Contents:"), m_contents);
    form->addRow(tr("Into:"), new QLabel(m_target.redacted()));
    l->addLayout(form);
    l->addWidget(m_details, 2);
    l->addWidget(m_status);
    l->addWidget(m_typeLabel);
    l->addWidget(m_typedName);
    l->addWidget(m_progress);
    l->addWidget(m_log, 1);
    l->addWidget(buttons);

    connect(&m_checkWatcher, &QFutureWatcher<std::shared_ptr<Check>>::finished, this,
            &RestoreDialog::onChecked);
    connect(&m_checkWatcher, &QFutureWatcher<std::shared_ptr<Check>>::progressValueChanged,
            m_progress, &QProgressBar::setValue);
    connect(&m_checkWatcher, &QFutureWatcher<std::shared_ptr<Check>>::progressRangeChanged,
            m_progress, &QProgressBar::setRange);
    connect(&m_checkWatcher, &QFutureWatcher<std::shared_ptr<Check>>::progressTextChanged,
            m_progress, &QProgressBar::setFormat);
    connect(&m_restoreWatcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this,
            &RestoreDialog::onRestored);
    connect(&m_restoreWatcher, &QFutureWatcher<std::shared_ptr<Outcome>>::progressValueChanged,
            m_progress, &QProgressBar::setValue);
    connect(&m_restoreWatcher, &QFutureWatcher<std::shared_ptr<Outcome>>::progressRangeChanged,
            m_progress, &QProgressBar::setRange);
    connect(&m_restoreWatcher, &QFutureWatcher<std::shared_ptr<Outcome>>::progressTextChanged,
            m_progress, &QProgressBar::setFormat);

    updateGate();
    if (!backupDirectory.isEmpty())
        setBackupDirectory(backupDirectory);
}

RestoreDialog::~RestoreDialog()
{
    if (m_cancel)
        *m_cancel = true;
    // The restore rolls back when cancelled between steps; it must not outlive the dialog's
    // caller half-way. The checksum check stops at its next chunk: left running, it would keep
    // reading a large archive after the dialog, or the console, had closed.
    m_checkWatcher.cancel();
    m_checkWatcher.waitForFinished();
    m_restoreWatcher.waitForFinished();
}

QString RestoreDialog::backupDirectory() const
{
    return m_dir;
}

bool RestoreDialog::isChecking() const
{
    return m_checking;
}

bool RestoreDialog::isRestoring() const
{
    return m_restoring;
}

void RestoreDialog::setProblem(const QString &sentence)
{
    m_problem = sentence;
    m_status->setText(sentence);
    m_status->setStyleSheet(u"QLabel { color: #b71c1c; font-weight: bold; }"_s);
}

void RestoreDialog::setBackupDirectory(const QString &dirIn)
{
    if (isRestoring() || isChecking())
        return;
    m_dir = QFileInfo(dirIn).absoluteFilePath();
    m_dirEdit->setText(m_dir);
    m_manifest.reset();
    m_accepted = false;
    m_problem.clear();
    m_outcome.reset();
    m_details->clear();
    for (QLabel *l : {m_source, m_engine, m_taken, m_contents})
        l->clear();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Checking every file against its SHA-256 checksum…"));
    m_checking = true;
    updateGate();
    m_checkWatcher.setFuture(QtConcurrent::run(
        [](QPromise<std::shared_ptr<Check>> &promise, const QString &dir) {
            auto c = std::make_shared<Check>();
            auto m = readManifest(dir);
            if (!m) {
                c->error = m.error();
                promise.addResult(c);
                return;
            }
            c->manifest = *m;
            qint64 total = 0;
            for (const BackupFile &f : m->files)
                total += f.size;
            promise.setProgressRange(0, 1000);
            qint64 before = 0;
            for (const BackupFile &f : m->files) {
                const QString path = QDir(dir).filePath(f.name);
                auto sha = sha256OfFile(
                    path,
                    [&](qint64 done) {
                        if (total > 0)
                            promise.setProgressValueAndText(
                                static_cast<int>((before + done) * 1000 / total),
                                QCoreApplication::translate("sm::gui::RestoreDialog",
                                                            "checking %1 %p%")
                                    .arg(f.name));
                    },
                    [&] { return promise.isCanceled(); });
                if (promise.isCanceled())
                    return;
                before += f.size;
                c->actual.insert(f.name, sha ? *sha : QString());
                if ((!sha || *sha != f.sha256) && c->mismatch.isEmpty())
                    c->mismatch = f.name;
            }
            promise.addResult(c);
        },
        m_dir));
}

void RestoreDialog::onChecked()
{
    if (m_checkWatcher.future().resultCount() == 0)
        return; // cancelled: only the destructor does that
    const std::shared_ptr<Check> c = m_checkWatcher.result();
    m_checking = false;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    if (!c->manifest) {
        setProblem(c->error.message);
        updateGate();
        Q_EMIT backupChecked();
        return;
    }
    const BackupManifest &m = *c->manifest;
    m_manifest = m;
    qint64 rows = 0;
    for (qint64 n : m.rowCounts)
        rows += n;
    m_source->setText(m.source);
    m_engine->setText(m.serverVersion.isEmpty()
                          ? engineName(m.engine)
                          : u"%1 %2"_s.arg(engineName(m.engine), m.serverVersion));
    m_taken->setText(QLocale().toString(m.created.toLocalTime(), QLocale::LongFormat));
    m_contents->setText(
        tr("%1 — %n table(s)", "", static_cast<int>(m.rowCounts.size())).arg(m.database) + u", "_s +
        tr("%n row(s)", "", static_cast<int>(rows)));

    auto *files = new QTreeWidgetItem(m_details, {tr("Files")});
    for (const BackupFile &f : m.files) {
        const QString found = c->actual.value(f.name);
        const bool match = found == f.sha256;
        auto *item =
            new QTreeWidgetItem(files, {f.name, QLocale().formattedDataSize(f.size), f.sha256,
                                        match ? u"✓ "_s + tr("matches") : u"✗ "_s + tr("changed")});
        item->setFont(2, QFont(u"monospace"_s));
        if (!match)
            item->setForeground(3, QColor(0xb7, 0x1c, 0x1c));
    }
    auto *tables = new QTreeWidgetItem(m_details, {tr("Tables")});
    for (auto it = m.rowCounts.cbegin(); it != m.rowCounts.cend(); ++it)
        new QTreeWidgetItem(tables, {it.key(), QLocale().toString(it.value())});
    m_details->expandItem(files);
    m_details->expandItem(tables);

    if (!c->mismatch.isEmpty()) {
        setProblem(tr("The backup file %1 has changed since the backup was taken (its SHA-256 no "
                      "longer matches the manifest), so this backup cannot be restored.")
                       .arg(c->mismatch));
    } else if (m.engine != m_target.dialect) {
        setProblem(tr("This is a %1 backup; it cannot be restored into a %2 database.")
                       .arg(engineName(m.engine), engineName(m_target.dialect)));
    } else if (m.database != targetName(m_target)) {
        setProblem(tr("This backup is of the database \"%1\", not \"%2\"; it is not restored into "
                      "another database.")
                       .arg(m.database, targetName(m_target)));
    } else {
        m_accepted = true;
        m_status->setStyleSheet(u"QLabel { color: #1b5e20; }"_s);
        m_status->setText(tr("All %n file(s) match their SHA-256 checksums.", "",
                             static_cast<int>(m.files.size())));
    }
    updateGate();
    Q_EMIT backupChecked();
}

void RestoreDialog::updateGate()
{
    const bool idle = !isRestoring() && !isChecking();
    m_restoreButton->setEnabled(idle && m_accepted && m_typedName->text() == targetName(m_target));
    m_typedName->setEnabled(idle && m_accepted);
    m_dirEdit->setEnabled(idle);
    m_browse->setEnabled(idle);
    m_closeButton->setText(isRestoring() ? tr("&Cancel") : tr("&Close"));
    // The bar shows checking and restoring; idle, it would read as an empty field.
    m_progress->setVisible(isRestoring() || isChecking());
}

void RestoreDialog::startRestore()
{
    if (!m_accepted || isRestoring() || m_typedName->text() != targetName(m_target))
        return;
    m_outcome.reset();
    m_resultMessage.clear();
    m_log->clear();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_restoring = true;
    // The operator typed the name before the restore started, so GuiConfirmer answers from that
    // at once; it still refuses if core asks about another database than the one typed.
    Acknowledgement ack;
    ack.action = u"restore"_s;
    ack.databaseName = m_typedName->text();
    m_restoreWatcher.setFuture(QtConcurrent::run(
        [](QPromise<std::shared_ptr<Outcome>> &promise, const ConnectionSpec &target,
           const QString &dir, const Acknowledgement &ack,
           const std::shared_ptr<std::atomic_bool> &cancel) {
            auto out = std::make_shared<Outcome>();
            GuiConfirmer confirmer;
            confirmer.setRequestHandler(
                [&out](const ConfirmRequest &r) { out->summary = r.summary; });
            confirmer.acknowledge(ack);
            RestoreOptions options;
            options.cancelled = [cancel] { return cancel->load(); };
            options.progress = [&promise](qint64 done, qint64 total, const QString &what) {
                if (total > 0) {
                    promise.setProgressRange(0, 1000);
                    promise.setProgressValueAndText(static_cast<int>(done * 1000 / total),
                                                    what + u" %p%"_s);
                } else {
                    promise.setProgressRange(0, 0);
                    promise.setProgressValueAndText(0, what);
                }
            };
            Status s = restoreBackup(target, dir, confirmer, options, &out->report);
            out->ok = s.ok();
            if (!s)
                out->error = s.error();
            promise.addResult(out);
        },
        m_target, m_dir, ack, m_cancel));
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Restoring… Cancel rolls the restore back."));
    updateGate();
}

void RestoreDialog::onRestored()
{
    const std::shared_ptr<Outcome> o = m_restoreWatcher.result();
    m_restoring = false;
    m_progress->setRange(0, 1);
    m_progress->setValue(o->ok ? 1 : 0);
    m_progress->setFormat(QString());
    if (!o->summary.isEmpty())
        m_log->appendPlainText(o->summary);
    for (const QString &w : std::as_const(o->report.removed))
        m_log->appendPlainText(tr("removed, not in the backup: %1").arg(w));
    m_outcome = o->report.outcome;
    if (o->ok) {
        m_resultMessage =
            tr("Restored and verified: the schema equals the backup, %1 table(s) and %2 row(s) "
               "match (%3 ms).")
                .arg(o->report.tablesVerified)
                .arg(o->report.rowsVerified)
                .arg(o->report.elapsedMs);
        m_status->setStyleSheet(u"QLabel { color: #1b5e20; font-weight: bold; }"_s);
        m_status->setText(u"✔ "_s + m_resultMessage);
    } else {
        m_resultMessage = o->error.message;
        if (!o->error.details.isEmpty())
            m_log->appendPlainText(o->error.details);
        m_status->setStyleSheet(u"QLabel { color: #b71c1c; font-weight: bold; }"_s);
        m_status->setText(u"✘ "_s + m_resultMessage);
    }
    m_log->setVisible(!m_log->toPlainText().isEmpty());
    m_typedName->clear();
    updateGate();
    Q_EMIT restoreFinished();
}

void RestoreDialog::reject()
{
    if (isRestoring()) {
        if (m_cancel)
            *m_cancel = true;
        m_status->setText(tr("Cancelling: rolling the restore back…"));
        return;
    }
    QDialog::reject();
}

} // namespace sm::gui
