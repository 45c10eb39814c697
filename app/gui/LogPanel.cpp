// SPDX-License-Identifier: MIT
#include "LogPanel.h"

#include "LogModel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sm::gui {

LogPanel::LogPanel(QWidget *parent, int capacity)
    : QDockWidget(tr("Log"), parent)
    , m_model(new LogModel(capacity, this))
    , m_filter(new LogLevelFilter(this))
{
    setObjectName(u"logDock"_s);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_filter->setSourceModel(m_model);

    auto *contents = new QWidget(this);
    m_level = new QComboBox(contents);
    m_level->setObjectName(u"logLevel"_s);
    m_level->setAccessibleName(tr("Log level shown"));
    m_level->addItem(tr("Everything (debug)"), static_cast<int>(spdlog::level::debug));
    m_level->addItem(tr("Information and above"), static_cast<int>(spdlog::level::info));
    m_level->addItem(tr("Warnings and errors"), static_cast<int>(spdlog::level::warn));
    m_level->addItem(tr("Errors only"), static_cast<int>(spdlog::level::err));
    m_level->setCurrentIndex(1);
    m_filter->setMinimumLevel(spdlog::level::info);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumLevel(
            static_cast<spdlog::level::level_enum>(m_level->currentData().toInt()));
        m_view->scrollToBottom();
    });
    auto *levelLabel = new QLabel(tr("&Show:"), contents);
    levelLabel->setBuddy(m_level);
    auto *clear = new QPushButton(tr("C&lear"), contents);
    clear->setObjectName(u"logClear"_s);
    connect(clear, &QPushButton::clicked, m_model, &LogModel::clear);

    m_view = new QListView(contents);
    m_view->setObjectName(u"logView"_s);
    m_view->setAccessibleName(tr("Log"));
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true); // thousands of lines stay cheap to lay out
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setWordWrap(false);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_followTail = value >= m_view->verticalScrollBar()->maximum(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LogPanel::onRowsInserted);

    auto *bar = new QHBoxLayout;
    bar->addWidget(levelLabel);
    bar->addWidget(m_level);
    bar->addStretch();
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setWidget(contents);

    m_model->attachToLog();
}

LogPanel::~LogPanel() = default;

void LogPanel::onRowsInserted()
{
    if (m_followTail)
        m_view->scrollToBottom();
}

} // namespace sm::gui
