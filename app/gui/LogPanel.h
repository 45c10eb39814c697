// SPDX-License-Identifier: MIT
#pragma once

// The log dock: the application's log as it happens (redacted), filtered by level, scrolled
// to the newest line unless the operator scrolled up to read.

#include <QDockWidget>

class QComboBox;
class QListView;

namespace sm::gui {

class LogLevelFilter;
class LogModel;

class LogPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    // capacity: how many lines are kept; the panel attaches its model to the application log.
    explicit LogPanel(QWidget *parent = nullptr, int capacity = 5000);
    ~LogPanel() override;

    LogModel *model() const { return m_model; }
    LogLevelFilter *filter() const { return m_filter; }
    QListView *view() const { return m_view; }

private:
    void onRowsInserted();

    LogModel *m_model = nullptr;
    LogLevelFilter *m_filter = nullptr;
    QComboBox *m_level = nullptr;
    QListView *m_view = nullptr;
    bool m_followTail = true;
};

} // namespace sm::gui
