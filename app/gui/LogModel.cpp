// SPDX-License-Identifier: MIT
#include "LogModel.h"

#include "log/Log.h"

#include <QBrush>
#include <QColor>
#include <QMetaObject>
#include <QPointer>

#include <spdlog/details/log_msg.h>
#include <spdlog/sinks/base_sink.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace sm::gui {

// Shared by the sink (any thread) and the model (GUI thread). The model detaches itself in
// its destructor, so the sink never reaches a model that is gone; lines pile up here between
// drains, bounded like the model.
class LogBridge
{
public:
    LogBridge(LogModel *model, size_t capacity)
        : m_model(model)
        , m_capacity(capacity)
    {}

    void push(LogLine line)
    {
        std::lock_guard lock(m_mutex);
        if (m_model == nullptr)
            return;
        m_pending.push_back(std::move(line));
        if (m_pending.size() > m_capacity)
            m_pending.pop_front();
        if (m_scheduled)
            return;
        m_scheduled = true;
        // Posted while holding the lock, to a model that cannot be deleted meanwhile (its
        // destructor takes the lock); Qt drops the event if the model is gone on arrival.
        LogModel *model = m_model;
        QMetaObject::invokeMethod(
            model, [model] { model->drain(); }, Qt::QueuedConnection);
    }

    std::vector<LogLine> take()
    {
        std::lock_guard lock(m_mutex);
        m_scheduled = false;
        std::vector<LogLine> lines(std::make_move_iterator(m_pending.begin()),
                                   std::make_move_iterator(m_pending.end()));
        m_pending.clear();
        return lines;
    }

    void detach()
    {
        std::lock_guard lock(m_mutex);
        m_model = nullptr;
        m_pending.clear();
    }

private:
    std::mutex m_mutex;
    LogModel *m_model;
    size_t m_capacity;
    std::deque<LogLine> m_pending;
    bool m_scheduled = false;
};

namespace {

class LogSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit LogSink(std::shared_ptr<LogBridge> bridge)
        : m_bridge(std::move(bridge))
    {}

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        const auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch())
                .count();
        m_bridge->push(
            {QDateTime::fromMSecsSinceEpoch(ms), msg.level,
             QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()))});
    }
    void flush_() override {}

private:
    std::shared_ptr<LogBridge> m_bridge;
};

} // namespace

LogModel::LogModel(int capacity, QObject *parent)
    : QAbstractListModel(parent)
    , m_capacity(std::max(1, capacity))
    , m_bridge(std::make_shared<LogBridge>(this, static_cast<size_t>(m_capacity)))
    , m_sink(std::make_shared<LogSink>(m_bridge))
{
    m_sink->set_level(spdlog::level::trace);
}

LogModel::~LogModel()
{
    m_bridge->detach();
    if (m_attached)
        sm::log::removeSink(m_sink);
}

void LogModel::attachToLog()
{
    if (m_attached)
        return;
    m_attached = true;
    sm::log::addSink(m_sink);
}

void LogModel::drain()
{
    append(m_bridge->take());
}

void LogModel::append(std::vector<LogLine> lines)
{
    if (lines.empty())
        return;
    const auto cap = static_cast<size_t>(m_capacity);
    if (lines.size() > cap)
        lines.erase(lines.begin(), lines.end() - static_cast<std::ptrdiff_t>(cap));
    const size_t overflow =
        m_lines.size() + lines.size() > cap ? m_lines.size() + lines.size() - cap : 0;
    if (overflow > 0) {
        beginRemoveRows({}, 0, static_cast<int>(overflow) - 1);
        m_lines.erase(m_lines.begin(), m_lines.begin() + static_cast<std::ptrdiff_t>(overflow));
        endRemoveRows();
    }
    const int first = static_cast<int>(m_lines.size());
    beginInsertRows({}, first, first + static_cast<int>(lines.size()) - 1);
    for (LogLine &l : lines)
        m_lines.push_back(std::move(l));
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

QString LogModel::levelName(spdlog::level::level_enum level)
{
    switch (level) {
    case spdlog::level::trace:
        return tr("trace");
    case spdlog::level::debug:
        return tr("debug");
    case spdlog::level::info:
        return tr("info");
    case spdlog::level::warn:
        return tr("warning");
    case spdlog::level::err:
        return tr("error");
    case spdlog::level::critical:
        return tr("critical");
    case spdlog::level::off:
    case spdlog::level::n_levels:
        break;
    }
    return {};
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine &l = line(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(l.time.toString(u"HH:mm:ss"_s) + u"  "_s +
                       levelName(l.level).leftJustified(8) + u' ' + l.text);
    case Qt::ToolTipRole:
        return QString(l.time.toString(Qt::ISODateWithMs) + u' ' + levelName(l.level) + u"\n"_s +
                       l.text);
    case Qt::ForegroundRole:
        if (l.level >= spdlog::level::err)
            return QBrush(QColor(0xa6, 0x1b, 0x1b));
        if (l.level == spdlog::level::warn)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        if (l.level <= spdlog::level::debug)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case LevelRole:
        return static_cast<int>(l.level);
    case TimeRole:
        return l.time;
    case MessageRole:
        return l.text;
    default:
        return {};
    }
}

LogLevelFilter::LogLevelFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

LogLevelFilter::~LogLevelFilter() = default;

void LogLevelFilter::setMinimumLevel(spdlog::level::level_enum level)
{
    if (level == m_minimum)
        return;
    m_minimum = level;
    invalidateRowsFilter();
}

bool LogLevelFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(LogModel::LevelRole).toInt() >= static_cast<int>(m_minimum);
}

} // namespace sm::gui
