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
    if (m_all) {
        m_rowOfLane.resize(std::size_t(lanes));
        m_lanes.resize(std::size_t(lanes));
        for (int i = 0; i < lanes; ++i)
            m_lanes[std::size_t(i)] = m_rowOfLane[std::size_t(i)] = i;
    } else {
        std::vector<int> shown;
        for (int lane : m_lanes) {
            if (lane < lanes)
                shown.push_back(lane);
        }
        for (int lane = laneCount(); lane < lanes; ++lane)
            shown.push_back(lane);
        m_rowOfLane.assign(std::size_t(lanes), -1);
        setShownLanes(shown);
    }
    setScroll(m_scroll);
}

void TimelineLaneLayout::setShownLanes(const std::vector<int> &lanes)
{
    m_lanes.clear();
    std::fill(m_rowOfLane.begin(), m_rowOfLane.end(), -1);
    for (int lane : lanes) {
        if (lane < 0 || lane >= laneCount() || m_rowOfLane[std::size_t(lane)] >= 0)
            continue;
        m_rowOfLane[std::size_t(lane)] = int(m_lanes.size());
        m_lanes.push_back(lane);
    }
    m_all = int(m_lanes.size()) == laneCount();
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
    return row >= 0 && row < rowCount() ? m_lanes[std::size_t(row)] : -1;
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
