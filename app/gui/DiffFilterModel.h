// SPDX-License-Identifier: MIT
#pragma once

// What the difference tree shows: only the differences, everything, or one kind of change,
// narrowed by a search over object names (a member also matches by its table's name). The
// path to every match stays visible.

#include "DiffTreeModel.h"

#include <QSortFilterProxyModel>

namespace sm::gui {

class DiffFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffFilterModel)

public:
    enum class Mode { Differences, Everything, Missing, Extra, Changed, Renamed, Risky };
    Q_ENUM(Mode)

    explicit DiffFilterModel(QObject *parent = nullptr);
    ~DiffFilterModel() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Mode m_mode = Mode::Differences;
    QString m_search;
};

} // namespace sm::gui
