// SPDX-License-Identifier: MIT
#pragma once

// The console's main window: opens one database read-only, reads its schema in the
// background and shows it as a filterable tree with the selected object's definition.

#include "SchemaTreeModel.h"
#include "db/ConnectionSpec.h"
#include "schema/Schema.h"
#include "util/Result.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeView;

namespace sm::gui {

class ComparisonView;
class LogPanel;
class SchemaFilterModel;
class SchemaLoader;
class SecretStore;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a URL of design §4.1 read-only. A bad URL is reported like any other failure.
    void openUrl(const QString &url);
    void openSpec(const ConnectionSpec &spec);

    SchemaTreeModel *schemaModel() const { return m_model; }
    SchemaFilterModel *filterModel() const { return m_proxy; }
    bool isLoading() const;

    // Passwords: the system keychain, created on first use, unless a test sets another store
    // first (not owned; it must outlive the window).
    SecretStore *secretStore();
    void setSecretStore(SecretStore *store);
    LogPanel *logPanel() const { return m_logPanel; }
    void showConnectionManager();

    // Compares the open database (or the one being opened) with an expected schema: a .sql
    // DDL file, a .json snapshot or another database's URL. Runs in the background; the
    // Differences tab shows the result.
    void compareWith(const QString &expectedSource);
    void chooseExpected(); // asks for the source, window-modally
    ComparisonView *comparisonView() const { return m_comparison; }
    bool isComparing() const;

    // The console opens read-only. Repair mode is a deliberate switch, confirmed in a dialog
    // that names the database; the repair wizard requires it. Opening another database
    // returns to read-only.
    bool isRepairMode() const { return m_repairMode; }
    void requestRepairMode(); // asks window-modally; declining keeps read-only
    void setReadOnly();

    // The repair wizard over the comparison on screen (repair mode only), and restore from a
    // backup folder; both window-modal, their work off the GUI thread.
    void startRepair();
    void chooseRestore();

Q_SIGNALS:
    void schemaLoaded();
    void loadFailed(const sm::Error &error);
    void repairModeChanged(bool repairMode);
    void comparisonShown();
    void comparisonFailed(const sm::Error &error);

private:
    void createActions();
    void createWidgets();
    void chooseSqliteFile();
    void choosePostgres();
    void reload();
    void showAbout();
    void setRepairMode(bool repairMode);
    void updateModeDisplay();
    void onComparisonFinished();

    void onProgress(int value, int maximum, const QString &text);
    void onLoaded(const sm::Schema &schema,
                  const std::shared_ptr<const sm::gui::SchemaTreeModel::Node> &tree,
                  const QString &serverVersion, int queryCount);
    void onFailed(const sm::Error &error);
    void onCancelled();
    void setLoading(bool loading);
    void showError(const sm::Error &error);
    void updateTitle();
    void applyFilter();
    void expandDefault();
    void showDetail(const QModelIndex &proxyIndex);

    SchemaLoader *m_loader = nullptr;
    SchemaTreeModel *m_model = nullptr;
    SchemaFilterModel *m_proxy = nullptr;

    std::optional<ConnectionSpec> m_shown;   // the database whose schema is on screen
    std::optional<ConnectionSpec> m_pending; // the one being read
    QString m_serverVersion;
    QString m_firstTable; // selected after a load: the first that is not a migration history

    QAction *m_reloadAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_welcomePage = nullptr;
    QWidget *m_browserPage = nullptr;
    QWidget *m_progressStrip = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_detailTitle = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_repairBand = nullptr;
    QAction *m_repairAction = nullptr;
    QAction *m_startRepairAction = nullptr;
    QAction *m_restoreAction = nullptr;
    LogPanel *m_logPanel = nullptr;
    SecretStore *m_secrets = nullptr;
    bool m_repairMode = false;
    ComparisonView *m_comparison = nullptr;
    QTabWidget *m_tabs = nullptr;
    QAction *m_compareAction = nullptr;
};

} // namespace sm::gui
