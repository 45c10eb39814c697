// SPDX-License-Identifier: MIT
#include "DiffFilterModel.h"

namespace sm::gui {

using Change = DiffTreeModel::Change;

DiffFilterModel::DiffFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true); // a match keeps its table and group on screen
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

DiffFilterModel::~DiffFilterModel() = default;

void DiffFilterModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    invalidateRowsFilter();
}

void DiffFilterModel::setSearchText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_search)
        return;
    m_search = t;
    invalidateRowsFilter();
}

bool DiffFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = i.data(DiffTreeModel::KindRole).value<DiffTreeModel::Kind>();
    if (kind == DiffTreeModel::Kind::Group && !sourceModel()->hasChildren(i))
        return false;
    if (kind == DiffTreeModel::Kind::Group)
        return false; // shown around accepted rows only (recursive filtering)

    const auto change = i.data(DiffTreeModel::ChangeRole).value<Change>();
    bool modeOk = false;
    switch (m_mode) {
    case Mode::Everything:
        modeOk = true;
        break;
    case Mode::Differences:
        modeOk = change != Change::None && change != Change::Contains;
        break;
    case Mode::Missing:
        modeOk = change == Change::Missing;
        break;
    case Mode::Extra:
        modeOk = change == Change::Extra;
        break;
    case Mode::Changed:
        modeOk = change == Change::Changed;
        break;
    case Mode::Renamed:
        modeOk = change == Change::Renamed;
        break;
    case Mode::Risky:
        modeOk = change != Change::None && change != Change::Contains &&
                 i.data(DiffTreeModel::SeriousRiskRole).toBool();
        break;
    }
    if (!modeOk)
        return false;
    if (m_search.isEmpty())
        return true;
    return i.data(DiffTreeModel::NameRole).toString().contains(m_search, Qt::CaseInsensitive) ||
           i.data(DiffTreeModel::TableNameRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace sm::gui
