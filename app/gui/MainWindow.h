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
class QTimer;
class QTreeView;

namespace sm::gui {

class SchemaFilterModel;
class SchemaLoader;

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

Q_SIGNALS:
    void schemaLoaded();
    void loadFailed(const sm::Error &error);

private:
    void createActions();
    void createWidgets();
    void chooseSqliteFile();
    void choosePostgres();
    void reload();
    void showAbout();

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
};

} // namespace sm::gui
