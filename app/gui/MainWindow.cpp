// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "ComparisonView.h"
#include "ConnectionDialog.h"
#include "ConnectionManager.h"
#include "ConnectionProfiles.h"
#include "ExpectedSourceDialog.h"
#include "KeychainSecretStore.h"
#include "LogPanel.h"
#include "RepairWizard.h"
#include "RestoreDialog.h"
#include "SchemaFilterModel.h"
#include "SchemaLoader.h"
#include "SchemaTreeModel.h"
#include "log/Log.h"
#include "run/Journal.h"
#include "run/RepairRun.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sm::gui {
namespace {

// Expanding everything is only worth it (and only fast) for a short filtered list.
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

QString engineName(Dialect d)
{
    return d == Dialect::Postgres ? u"PostgreSQL"_s : u"SQLite"_s;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new SchemaLoader(this))
    , m_model(new SchemaTreeModel(this))
    , m_proxy(new SchemaFilterModel(this))
{
    m_proxy->setSourceModel(m_model);

    createActions();
    createWidgets();

    connect(m_loader, &SchemaLoader::progressChanged, this, &MainWindow::onProgress);
    connect(m_loader, &SchemaLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &SchemaLoader::failed, this, &MainWindow::onFailed);
    connect(m_loader, &SchemaLoader::cancelled, this, &MainWindow::onCancelled);

    setWindowIcon(QIcon(u":/icons/schemamedic.svg"_s));
    updateTitle();
    resize(1280, 800);
    // The log is a footnote to the schema: a few lines high until the operator drags it.
    resizeDocks({m_logPanel}, {140}, Qt::Vertical);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *openSqlite =
        file->addAction(tr("Open &SQLite database…"), this, &MainWindow::chooseSqliteFile);
    openSqlite->setShortcut(QKeySequence::Open);
    auto *openPg = file->addAction(tr("Open &PostgreSQL…"), this, &MainWindow::choosePostgres);
    openPg->setShortcut(tr("Ctrl+Shift+O"));
    auto *connections =
        file->addAction(tr("C&onnections…"), this, &MainWindow::showConnectionManager);
    connections->setObjectName(u"connectionsAction"_s);
    connections->setShortcut(tr("Ctrl+Shift+C"));
    m_reloadAction = file->addAction(tr("&Reload schema"), this, &MainWindow::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setEnabled(false);
    m_compareAction =
        file->addAction(tr("Co&mpare with expected schema…"), this, &MainWindow::chooseExpected);
    m_compareAction->setObjectName(u"compareAction"_s);
    m_compareAction->setShortcut(tr("Ctrl+E"));
    m_cancelAction = file->addAction(tr("&Cancel reading"), this, [this] {
        m_loader->cancel();
        m_comparison->loader()->cancel();
    });
    m_cancelAction->setShortcut(QKeySequence::Cancel); // only enabled while reading
    m_cancelAction->setEnabled(false);
    file->addSeparator();
    // Deliberate, confirmed, and only for a database that is on screen.
    m_repairAction = file->addAction(tr("Switch to &repair mode…"), this, [this] {
        if (m_repairMode)
            setReadOnly();
        else
            requestRepairMode();
    });
    m_repairAction->setObjectName(u"repairModeAction"_s);
    m_repairAction->setEnabled(false);
    m_startRepairAction = file->addAction(tr("Re&pair…"), this, &MainWindow::startRepair);
    m_startRepairAction->setObjectName(u"startRepairAction"_s);
    m_startRepairAction->setShortcut(tr("Ctrl+R"));
    m_startRepairAction->setEnabled(false);
    m_restoreAction = file->addAction(tr("Res&tore backup…"), this, &MainWindow::chooseRestore);
    m_restoreAction->setObjectName(u"restoreAction"_s);
    m_restoreAction->setEnabled(false);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *view = menuBar()->addMenu(tr("&View"));
    auto *find = view->addAction(tr("&Filter by name"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    view->addAction(tr("&Expand all"), this, [this] { m_tree->expandAll(); });
    view->addAction(tr("&Collapse all"), this, [this] {
        m_tree->collapseAll();
        expandDefault();
    });
    view->addSeparator();
    // The dock is made here so its toggle action can sit in the View menu.
    m_logPanel = new LogPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logPanel);
    QAction *logAction = m_logPanel->toggleViewAction();
    logAction->setObjectName(u"logAction"_s);
    logAction->setText(tr("&Log"));
    logAction->setShortcut(tr("Ctrl+L"));
    view->addAction(logAction);

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Schema Medic"), this, &MainWindow::showAbout);

    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(connections);
    toolBar->addAction(openSqlite);
    toolBar->addAction(openPg);
    toolBar->addSeparator();
    toolBar->addAction(m_reloadAction);
    toolBar->addAction(m_compareAction);
    toolBar->addSeparator();
    toolBar->addAction(m_repairAction);
    toolBar->addAction(m_startRepairAction);
}

void MainWindow::createWidgets()
{
    // Progress in place: a strip over the content while a schema is being read.
    m_progressStrip = new QWidget(this);
    m_progressStrip->setObjectName(u"progressStrip"_s);
    m_progressLabel = new QLabel(m_progressStrip);
    m_progressBar = new QProgressBar(m_progressStrip);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(260);
    m_cancelButton = new QPushButton(tr("Cancel"), m_progressStrip);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_loader->cancel();
        m_comparison->loader()->cancel();
    });
    auto *strip = new QHBoxLayout(m_progressStrip);
    strip->setContentsMargins(8, 4, 8, 4);
    strip->addWidget(m_progressLabel, 1);
    strip->addWidget(m_progressBar);
    strip->addWidget(m_cancelButton);
    m_progressStrip->hide();

    // Nothing open yet: say what to do.
    m_welcomePage = new QWidget(this);
    {
        auto *title = new QLabel(tr("No database is open."), m_welcomePage);
        QFont f = title->font();
        f.setPointSizeF(f.pointSizeF() * 1.4);
        f.setBold(true);
        title->setFont(f);
        auto *text = new QLabel(tr("Open a SQLite file or connect to a PostgreSQL server. Schema "
                                   "Medic opens it read-only: nothing is changed."),
                                m_welcomePage);
        text->setWordWrap(true);
        auto *sqlite = new QPushButton(tr("Open SQLite database…"), m_welcomePage);
        auto *pg = new QPushButton(tr("Open PostgreSQL…"), m_welcomePage);
        connect(sqlite, &QPushButton::clicked, this, &MainWindow::chooseSqliteFile);
        connect(pg, &QPushButton::clicked, this, &MainWindow::choosePostgres);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(sqlite);
        buttons->addWidget(pg);
        buttons->addStretch();
        auto *box = new QVBoxLayout;
        box->addWidget(title);
        box->addWidget(text);
        box->addSpacing(12);
        box->addLayout(buttons);
        auto *outer = new QHBoxLayout(m_welcomePage);
        outer->addStretch(1);
        auto *column = new QVBoxLayout;
        column->addStretch(1);
        column->addLayout(box);
        column->addStretch(2);
        outer->addLayout(column, 3);
        outer->addStretch(1);
    }

    auto *treePane = new QWidget(this);
    m_filter = new QLineEdit(treePane);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setAccessibleName(tr("Filter the schema by name"));
    m_filter->setPlaceholderText(tr("Filter by name…"));
    m_filter->setClearButtonEnabled(true);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilter);

    m_tree = new QTreeView(treePane);
    m_tree->setObjectName(u"schemaTree"_s);
    m_tree->setAccessibleName(tr("Schema objects"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true); // keeps 10,000 tables cheap to lay out
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm(m_tree->font());
    const auto width = [&](int column, int minimum) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        return std::max(minimum, fm.horizontalAdvance(title) + 20);
    };
    header->resizeSection(SchemaTreeModel::ObjectColumn, width(SchemaTreeModel::ObjectColumn, 250));
    header->resizeSection(SchemaTreeModel::TypeColumn, width(SchemaTreeModel::TypeColumn, 120));
    header->resizeSection(SchemaTreeModel::NullableColumn,
                          width(SchemaTreeModel::NullableColumn, 70));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDetail(current); });

    auto *left = new QVBoxLayout(treePane);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_filter);
    left->addWidget(m_tree);

    auto *detailPane = new QWidget(this);
    m_detailTitle = new QLabel(detailPane);
    m_detailTitle->setObjectName(u"detailTitle"_s);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailTitle->setWordWrap(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detail = new QPlainTextEdit(detailPane);
    m_detail->setObjectName(u"detail"_s);
    m_detail->setAccessibleName(tr("Definition of the selected object"));
    m_detail->setReadOnly(true);
    // Wrapped: an operator must never miss the end of a long line.
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an object to see its definition."));
    auto *right = new QVBoxLayout(detailPane);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_detailTitle);
    right->addWidget(m_detail);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(treePane);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 460});

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcomePage);
    // The schema as it is, and its differences from the expected one.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("&Schema"));
    m_comparison = new ComparisonView(this);
    m_comparison->setObjectName(u"comparisonView"_s);
    m_tabs->addTab(m_comparison, tr("&Differences"));
    connect(m_comparison->loader(), &CompareLoader::progressChanged, this, &MainWindow::onProgress);
    connect(m_comparison, &ComparisonView::comparisonShown, this, [this] {
        onComparisonFinished();
        m_stack->setCurrentWidget(m_browserPage);
        m_tabs->setCurrentWidget(m_comparison);
        statusBar()->showMessage(m_comparison->summaryText());
        updateModeDisplay();
        Q_EMIT comparisonShown();
    });
    connect(m_comparison->loader(), &CompareLoader::failed, this, [this](const Error &error) {
        onComparisonFinished();
        spdlog::warn("comparison failed: {}", error.message);
        statusBar()->showMessage(error.message);
        showError(error);
        Q_EMIT comparisonFailed(error);
    });
    connect(m_comparison->loader(), &CompareLoader::cancelled, this, [this] {
        onComparisonFinished();
        statusBar()->showMessage(tr("Comparing was cancelled."));
    });
    m_stack->addWidget(m_tabs);
    m_browserPage = m_tabs;

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    // A repair that never finished is the first thing the operator must see, with what is
    // known and the next safe action (the journal is the source of truth).
    const QList<UnfinishedRun> unfinished = findUnfinishedRuns();
    if (!unfinished.isEmpty()) {
        QStringList lines;
        for (const UnfinishedRun &run : unfinished)
            lines << describeUnfinishedRun(run);
        auto *banner = new QLabel(u"⚠ "_s + lines.join(u"\n⚠ "_s), central);
        banner->setObjectName(u"interruptedRunsBanner"_s);
        banner->setAccessibleName(tr("Interrupted repair runs"));
        banner->setWordWrap(true);
        banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
        banner->setStyleSheet(
            u"QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0b84c; "
            "padding: 6px; border-radius: 3px; }"_s);
        layout->addWidget(banner);
    }
    // Repair mode is never subtle: a band over everything while it is on.
    m_repairBand = new QLabel(central);
    m_repairBand->setObjectName(u"repairModeBand"_s);
    m_repairBand->setWordWrap(true);
    m_repairBand->setStyleSheet(u"QLabel { background: #b3261e; color: white; font-weight: bold; "
                                "padding: 4px 8px; border-radius: 3px; }"_s);
    m_repairBand->hide();
    layout->addWidget(m_repairBand);
    layout->addWidget(m_progressStrip);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // The mode is on screen at all times; repair mode will replace this badge with a band.
    m_modeLabel = new QLabel(tr("READ-ONLY"), this);
    m_modeLabel->setObjectName(u"modeLabel"_s);
    m_modeLabel->setToolTip(tr("Schema Medic opened this database read-only: nothing can be "
                               "changed."));
    m_modeLabel->setStyleSheet(u"QLabel { background: #2f5f8f; color: white; font-weight: bold; "
                               "padding: 1px 8px; border-radius: 3px; }"_s);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(u"versionLabel"_s);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_versionLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
}

bool MainWindow::isLoading() const
{
    return m_pending.has_value(); // until the outcome has been shown, not just computed
}

void MainWindow::openUrl(const QString &url)
{
    auto spec = ConnectionSpec::parse(url);
    if (!spec) {
        onFailed(spec.error());
        return;
    }
    openSpec(*spec);
}

void MainWindow::openSpec(const ConnectionSpec &spec)
{
    m_pending = spec;
    setLoading(true);
    m_loader->start(spec);
}

void MainWindow::chooseSqliteFile()
{
    QSettings settings;
    const QString dir = settings.value(u"sqlite/lastDirectory"_s).toString();
    auto *dialog = new QFileDialog(this, tr("Open SQLite database"), dir,
                                   tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;"
                                      "All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QSettings().setValue(u"sqlite/lastDirectory"_s, QFileInfo(file).absolutePath());
        openUrl(u"sqlite:"_s + QFileInfo(file).absoluteFilePath());
    });
    dialog->open();
}

void MainWindow::choosePostgres()
{
    auto *dialog = new ConnectionDialog(secretStore(), ConnectionDialog::Purpose::Connect, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ConnectionProfile last = ConnectionProfiles().lastUsed();
    last.name.clear();
    last.engine = Dialect::Postgres;
    dialog->setProfile(last);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ConnectionProfiles profiles;
        const ConnectionProfile p = dialog->profile();
        profiles.setLastUsed(p);
        if (!p.name.isEmpty())
            profiles.save(p);
        openSpec(dialog->spec());
    });
    dialog->open();
}

SecretStore *MainWindow::secretStore()
{
    if (m_secrets == nullptr)
        m_secrets = new KeychainSecretStore(this);
    return m_secrets;
}

void MainWindow::setSecretStore(SecretStore *store)
{
    m_secrets = store;
}

void MainWindow::showConnectionManager()
{
    auto *manager = new ConnectionManager(ConnectionProfiles(), secretStore(), this);
    manager->setAttribute(Qt::WA_DeleteOnClose);
    connect(manager, &ConnectionManager::connectRequested, this,
            [this](const ConnectionSpec &spec) { openSpec(spec); });
    manager->open();
}

void MainWindow::requestRepairMode()
{
    if (m_repairMode || !m_shown)
        return;
    const QString name = m_shown->displayName();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Switch to repair mode"),
                                tr("Allow changes to the database \"%1\"?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"repairModeConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("In repair mode Schema Medic may change %1 (%2). Each repair still shows its plan, "
           "takes a verified backup and asks again before it writes.")
            .arg(name, m_shown->redacted()));
    auto *allow = box->addButton(tr("Allow changes to %1").arg(name), QMessageBox::AcceptRole);
    allow->setObjectName(u"allowRepairButton"_s);
    auto *keep = box->addButton(tr("Stay read-only"), QMessageBox::RejectRole);
    box->setDefaultButton(keep); // the safe choice; Escape is safe too
    box->setEscapeButton(keep);
    const ConnectionSpec asked = *m_shown;
    connect(box, &QMessageBox::finished, this, [this, box, allow, asked] {
        // Only for the database that was named, and only if it is still the one on screen.
        if (box->clickedButton() == allow && m_shown == asked)
            setRepairMode(true);
    });
    box->open();
}

void MainWindow::setReadOnly()
{
    setRepairMode(false);
}

void MainWindow::setRepairMode(bool repairMode)
{
    if (m_repairMode == repairMode)
        return;
    m_repairMode = repairMode;
    spdlog::info("{} is now {}", m_shown ? m_shown->redacted() : QString(),
                 repairMode ? "in repair mode" : "read-only");
    updateModeDisplay();
    updateTitle();
    Q_EMIT repairModeChanged(repairMode);
}

void MainWindow::updateModeDisplay()
{
    m_repairAction->setEnabled(m_shown.has_value());
    // Writing needs repair mode; repairing also needs differences on screen.
    m_startRepairAction->setEnabled(m_repairMode && m_comparison->hasComparison());
    m_restoreAction->setEnabled(m_repairMode);
    const QString why = m_repairMode ? QString() : tr("Switch to repair mode first (File menu).");
    m_startRepairAction->setToolTip(why);
    m_restoreAction->setToolTip(why);
    m_repairAction->setText(m_repairMode ? tr("Return to &read-only")
                                         : tr("Switch to &repair mode…"));
    if (m_repairMode) {
        m_modeLabel->setText(tr("REPAIR MODE"));
        m_modeLabel->setToolTip(tr("Changes to this database are allowed."));
        m_modeLabel->setStyleSheet(u"QLabel { background: #b3261e; color: white; "
                                   "font-weight: bold; padding: 1px 8px; border-radius: 3px; }"_s);
        m_repairBand->setText(tr("REPAIR MODE — changes to %1 are allowed. Return to read-only "
                                 "from the File menu.")
                                  .arg(m_shown ? m_shown->displayName() : QString()));
    } else {
        m_modeLabel->setText(tr("READ-ONLY"));
        m_modeLabel->setToolTip(tr("Schema Medic opened this database read-only: nothing can "
                                   "be changed."));
        m_modeLabel->setStyleSheet(u"QLabel { background: #2f5f8f; color: white; "
                                   "font-weight: bold; padding: 1px 8px; border-radius: 3px; }"_s);
    }
    m_repairBand->setVisible(m_repairMode);
}

void MainWindow::startRepair()
{
    const auto comparison = m_comparison->comparison();
    if (!m_repairMode || !comparison || !m_shown)
        return;
    RepairWizardInput in;
    in.target = comparison->live;
    in.expected = comparison->expected;
    in.expectedSource = comparison->expectedSource;
    in.diffOptions = comparison->options;
    in.resolutions = m_comparison->resolutions();
    in.plan = m_comparison->planOutcome().plan;
    auto *wizard = new RepairWizard(std::move(in), this);
    wizard->setObjectName(u"repairWizard"_s);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    // What the wizard changed is what the console must show next.
    connect(wizard, &QDialog::finished, this, [this] {
        reload();
        if (const auto c = m_comparison->comparison())
            compareWith(c->expectedSource);
    });
    wizard->show();
}

void MainWindow::chooseRestore()
{
    if (!m_repairMode || !m_shown)
        return;
    auto *dialog = new RestoreDialog(*m_shown, QString(), this);
    dialog->setObjectName(u"restoreDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, &MainWindow::reload);
    dialog->show();
}

void MainWindow::reload()
{
    if (m_shown)
        openSpec(*m_shown);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Schema Medic"),
                                tr("<b>Schema Medic %1</b><p>Finds and repairs schema drift in "
                                   "PostgreSQL and SQLite databases.</p>")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::onProgress(int value, int maximum, const QString &text)
{
    m_progressBar->setRange(0, maximum);
    m_progressBar->setValue(value);
    if (!text.isEmpty())
        m_progressLabel->setText(text);
}

void MainWindow::onLoaded(const Schema &schema,
                          const std::shared_ptr<const SchemaTreeModel::Node> &tree,
                          const QString &serverVersion, int queryCount)
{
    QElapsedTimer shown;
    shown.start();
    const bool sameDatabase = m_shown == m_pending;
    m_shown = m_pending;
    m_pending.reset();
    if (!sameDatabase)
        setRepairMode(false); // a new database always starts read-only
    updateModeDisplay();
    m_serverVersion = serverVersion.isEmpty() ? schema.serverVersion : serverVersion;
    m_firstTable.clear();
    for (const Table &t : schema.tables) {
        const bool history = std::any_of(
            schema.migrationHistory.cbegin(), schema.migrationHistory.cend(),
            [&t](const MigrationHistory &h) { return h.schema == t.schema && h.table == t.name; });
        if (!history) {
            m_firstTable = t.qualifiedName();
            break;
        }
    }
    m_model->setTree(tree);
    setLoading(false);
    m_stack->setCurrentWidget(m_browserPage);
    applyFilter();

    const QString objects = tr("%n table(s)", nullptr, static_cast<int>(schema.tables.size())) +
                            u", " +
                            tr("%n view(s)", nullptr, static_cast<int>(schema.views.size()));
    statusBar()->showMessage(tr("Read %1 in %n query(ies).", nullptr, queryCount).arg(objects));
    updateTitle();
    spdlog::info("showing {} tables took {} ms on the GUI thread", schema.tables.size(),
                 shown.elapsed());
    Q_EMIT schemaLoaded();
}

void MainWindow::onFailed(const Error &error)
{
    spdlog::warn("opening failed: {}", error.message);
    m_pending.reset();
    setLoading(false);
    statusBar()->showMessage(error.message);
    showError(error);
    Q_EMIT loadFailed(error);
}

void MainWindow::onCancelled()
{
    m_pending.reset();
    setLoading(false);
    statusBar()->showMessage(
        m_shown ? tr("Reading was cancelled; the schema shown is the one read before.")
                : tr("Reading was cancelled."));
}

void MainWindow::setLoading(bool loading)
{
    m_progressStrip->setVisible(loading || isComparing());
    m_cancelAction->setEnabled(loading || isComparing());
    m_reloadAction->setEnabled(!loading && m_shown.has_value());
    if (loading) {
        m_progressBar->setRange(0, 0);
        m_cancelButton->setFocus();
    }
}

void MainWindow::showError(const Error &error)
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Schema Medic"));
    box->setText(error.message);
    box->setInformativeText(m_shown ? tr("Nothing was changed; the schema shown is still the one "
                                         "read before. Check the file or connection settings and "
                                         "try again.")
                                    : tr("Nothing was changed. Check the file or connection "
                                         "settings and try again."));
    if (!error.details.isEmpty())
        box->setDetailedText(error.details);
    box->setStandardButtons(QMessageBox::Ok);
    box->open(); // window-modal without a nested event loop
}

void MainWindow::updateTitle()
{
    const QString mode = m_repairMode ? tr("REPAIR MODE") : tr("READ-ONLY");
    if (!m_shown) {
        setWindowTitle(tr("Schema Medic — %1").arg(mode));
        m_connectionLabel->clear();
        m_versionLabel->clear();
        return;
    }
    setWindowTitle(
        tr("Schema Medic — %1 (%2) — %3").arg(m_shown->displayName(), m_shown->redacted(), mode));
    m_connectionLabel->setText(m_shown->redacted());
    m_versionLabel->setText(engineName(m_shown->dialect) + u' ' + m_serverVersion);
}

void MainWindow::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty() && visibleRowsUnder(m_proxy, {}, kExpandAllLimit) <= kExpandAllLimit)
        m_tree->expandAll();
    else
        expandDefault();
}

void MainWindow::expandDefault()
{
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        m_tree->expand(m_proxy->index(r, 0));
    if (m_tree->currentIndex().isValid())
        return;
    // Start on the first table, opened: the detail pane is never empty after a load.
    const QModelIndex tables =
        m_proxy->mapFromSource(m_model->groupIndex(SchemaTreeModel::Kind::Table));
    QModelIndex first = m_proxy->index(0, 0, tables);
    for (int r = 0, rows = m_proxy->rowCount(tables); r < rows; ++r) {
        const QModelIndex i = m_proxy->index(r, 0, tables);
        if (i.data(SchemaTreeModel::QualifiedNameRole).toString() == m_firstTable) {
            first = i;
            break;
        }
    }
    if (first.isValid()) {
        m_tree->expand(first);
        m_tree->setCurrentIndex(first);
        m_tree->scrollToTop();
    }
}

void MainWindow::showDetail(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        m_detailTitle->clear();
        m_detail->clear();
        return;
    }
    const QModelIndex index = proxyIndex.siblingAtColumn(SchemaTreeModel::ObjectColumn);
    m_detailTitle->setText(index.data(SchemaTreeModel::QualifiedNameRole).toString());
    m_detail->setPlainText(index.data(SchemaTreeModel::DefinitionRole).toString());
}

bool MainWindow::isComparing() const
{
    return m_comparison != nullptr && m_comparison->loader()->isRunning();
}

void MainWindow::chooseExpected()
{
    if (!m_shown && !m_pending) {
        statusBar()->showMessage(tr("Open a database first, then compare it."));
        return;
    }
    auto *dialog = new ExpectedSourceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { compareWith(dialog->source()); });
    dialog->open();
}

void MainWindow::compareWith(const QString &expectedSource)
{
    const std::optional<ConnectionSpec> live = m_pending ? m_pending : m_shown;
    if (!live) {
        const Error error = makeError(ErrorKind::Usage, tr("Open a database first, then compare "
                                                           "it with the expected schema."));
        showError(error);
        Q_EMIT comparisonFailed(error);
        return;
    }
    m_comparison->compare(*live, expectedSource);
    m_progressStrip->show();
    m_progressBar->setRange(0, 0);
    m_cancelAction->setEnabled(true);
    m_cancelButton->setFocus();
}

void MainWindow::onComparisonFinished()
{
    m_progressStrip->setVisible(isLoading());
    m_cancelAction->setEnabled(isLoading());
}

} // namespace sm::gui
