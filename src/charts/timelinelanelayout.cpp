// SPDX-License-Identifier: MIT
#include "timelinelanelayout.h"

#include <algorithm>
#include <cmath>

namespace proclab {

void TimelineLaneLayout::setLaneCount(int lanes)
{
    lanes = std::max(lanes, 0);
    if (lanes == laneCount())
        return;
    const int before = laneCount();
    std::vector<Row> rows;
    if (!m_all) {
        for (Row &row : m_rows) {
            row.lanes.erase(std::remove_if(row.lanes.begin(), row.lanes.end(),
                                           [lanes](int lane) { return lane >= lanes; }),
                            row.lanes.end());
            if (!row.lanes.empty())
                rows.push_back(std::move(row));
        }
    }
    for (int lane = m_all ? 0 : before; lane < lanes; ++lane)
        rows.push_back({{lane}, QString()});
    m_rowOfLane.assign(std::size_t(lanes), -1);
    setRows(std::move(rows));
}

void TimelineLaneLayout::setShownLanes(const std::vector<int> &lanes)
{
    std::vector<Row> rows;
    rows.reserve(lanes.size());
    for (int lane : lanes)
        rows.push_back({{lane}, QString()});
    setRows(std::move(rows));
}

void TimelineLaneLayout::setRows(std::vector<Row> rows)
{
    m_rows.clear();
    std::fill(m_rowOfLane.begin(), m_rowOfLane.end(), -1);
    bool single = true;
    for (Row &row : rows) {
        row.lanes.erase(std::remove_if(row.lanes.begin(), row.lanes.end(),
                                       [this](int lane) {
                                           return lane < 0 || lane >= laneCount() ||
                                                  m_rowOfLane[std::size_t(lane)] >= 0;
                                       }),
                        row.lanes.end());
        if (row.lanes.empty())
            continue;
        for (int lane : row.lanes)
            m_rowOfLane[std::size_t(lane)] = int(m_rows.size());
        single = single && row.lanes.size() == 1 && row.groupLabel.isEmpty();
        m_rows.push_back(std::move(row));
    }
    m_all = single && int(m_rows.size()) == laneCount();
    setScroll(m_scroll);
}

void TimelineLaneLayout::showAllLanes()
{
    std::vector<int> all(m_rowOfLane.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);
    setShownLanes(all);
}

void TimelineLaneLayout::setFixedLaneHeight(double px)
{
    m_fixedHeight = std::max(px, 0.0);
    setScroll(m_scroll);
}

void TimelineLaneLayout::setViewportHeight(double px)
{
    m_viewport = std::max(px, 0.0);
    setScroll(m_scroll);
}

bool TimelineLaneLayout::setScroll(double px)
{
    const double clamped = std::clamp(px, 0.0, maxScroll());
    if (clamped == m_scroll)
        return false;
    m_scroll = clamped;
    return true;
}

double TimelineLaneLayout::laneHeight() const
{
    if (m_fixedHeight > 0)
        return m_fixedHeight;
    return rowCount() > 0 ? m_viewport / rowCount() : m_viewport;
}

double TimelineLaneLayout::maxScroll() const
{
    return std::max(0.0, contentHeight() - m_viewport);
}

int TimelineLaneLayout::laneOfRow(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].lanes.front() : -1;
}

int TimelineLaneLayout::rowOfLane(int lane) const
{
    return lane >= 0 && lane < laneCount() ? m_rowOfLane[std::size_t(lane)] : -1;
}

int TimelineLaneLayout::rowAt(double y) const
{
    const double h = laneHeight();
    if (h <= 0 || y < 0 || y >= m_viewport)
        return -1;
    const int row = int(std::floor((y + m_scroll) / h));
    return row < rowCount() ? row : -1;
}

int TimelineLaneLayout::firstRowOnScreen() const
{
    const double h = laneHeight();
    return h > 0 ? std::clamp(int(std::floor(m_scroll / h)), 0, rowCount()) : 0;
}

int TimelineLaneLayout::endRowOnScreen() const
{
    const double h = laneHeight();
    return h > 0 ? std::clamp(int(std::ceil((m_scroll + m_viewport) / h)), 0, rowCount()) : 0;
}

} // namespace proclab
