// SPDX-License-Identifier: MIT
#pragma once

// The last few thousand log lines for the log panel. An spdlog sink (any thread) hands lines
// to a bridge it shares with the model; the model drains it on the GUI thread through one
// queued call per burst. The sink sits behind core/log's redacting sink, so what arrives
// here is already free of passwords.

#include <QAbstractListModel>
#include <QDateTime>
#include <QSortFilterProxyModel>

#include <spdlog/common.h>

#include <deque>
#include <memory>

namespace spdlog::sinks {
class sink;
}

namespace sm::gui {

struct LogLine
{
    QDateTime time;
    spdlog::level::level_enum level = spdlog::level::info;
    QString text;

    friend bool operator==(const LogLine &, const LogLine &) = default;
};

class LogBridge;

class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Role {
        LevelRole = Qt::UserRole, // int: spdlog::level::level_enum
        TimeRole,                 // QDateTime
        MessageRole,              // the message without time and level
    };

    static constexpr int kDefaultCapacity = 5000;

    explicit LogModel(int capacity = kDefaultCapacity, QObject *parent = nullptr);
    ~LogModel() override; // takes its sink out of the log

    // Adds this model's sink to the application log (sm::log::addSink), once.
    void attachToLog();
    // The sink; lines logged to it from any thread arrive here later, on the GUI thread.
    std::shared_ptr<spdlog::sinks::sink> sink() const { return m_sink; }

    int capacity() const { return m_capacity; }
    // GUI thread: appends lines, dropping the oldest beyond the capacity.
    void append(std::vector<LogLine> lines);
    void clear();
    const LogLine &line(int row) const { return m_lines.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString levelName(spdlog::level::level_enum level);

private:
    friend class LogBridge;
    void drain();

    int m_capacity;
    std::deque<LogLine> m_lines;
    std::shared_ptr<LogBridge> m_bridge;
    std::shared_ptr<spdlog::sinks::sink> m_sink;
    bool m_attached = false;
};

// Shows the lines at or above a level.
class LogLevelFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogLevelFilter)

public:
    explicit LogLevelFilter(QObject *parent = nullptr);
    ~LogLevelFilter() override;

    void setMinimumLevel(spdlog::level::level_enum level);
    spdlog::level::level_enum minimumLevel() const { return m_minimum; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    spdlog::level::level_enum m_minimum = spdlog::level::info;
};

} // namespace sm::gui
