// SPDX-License-Identifier: MIT
#pragma once

// Reads a database's schema off the GUI thread. The worker opens its own read-only
// Connection (a QSqlDatabase belongs to the thread that opened it) and hands back a plain
// Schema value with the tree rows already built; progress and cancellation go through the
// QPromise.

#include "SchemaTreeModel.h"
#include "db/ConnectionSpec.h"
#include "schema/Schema.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace sm::gui {

struct LoadOutcome
{
    std::optional<Schema> schema;                      // set on success
    std::shared_ptr<const SchemaTreeModel::Node> tree; // the tree for it, built on the worker
    Error error;                                       // set when schema is empty
    QString serverVersion;
    int queryCount = 0;
};

class SchemaLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaLoader)

public:
    explicit SchemaLoader(QObject *parent = nullptr);
    // Cancels a running load and waits for the worker: it polls cancellation between
    // catalog queries, so this is short.
    ~SchemaLoader() override;

    // Starts reading `spec`; a load still running is cancelled and its result dropped.
    void start(const ConnectionSpec &spec);
    void cancel();
    bool isRunning() const; // true until loaded/failed/cancelled has been emitted

Q_SIGNALS:
    // maximum 0 means "busy, no known end" (while connecting).
    void progressChanged(int value, int maximum, const QString &text);
    void loaded(const sm::Schema &schema,
                const std::shared_ptr<const sm::gui::SchemaTreeModel::Node> &tree,
                const QString &serverVersion, int queryCount);
    void failed(const sm::Error &error);
    void cancelled();

private:
    void onFinished();

    QFutureWatcher<LoadOutcome> m_watcher;
    int m_maximum = 0;
    int m_value = 0;
    QString m_text;
    bool m_active = false; // from start() until the outcome is handed on
    bool m_cancelRequested = false;
};

} // namespace sm::gui
