// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <vector>

namespace proclab {

// Which lanes the timeline shows, in which rows, how tall and how far scrolled: the vertical
// counterpart of TimeAxisMapping. Lanes are the model's (one per process); rows are what is left
// after filtering, top to bottom. A lane height of 0 fits every row into the viewport (the old
// behaviour); a fixed height lets the rows run past it and be scrolled. A row is one lane, or a
// collapsed group of lanes drawn as one summary row.
class TimelineLaneLayout
{
public:
    struct Row
    {
        std::vector<int> lanes; // one, or a collapsed group's
        QString groupLabel;     // a collapsed group's, else empty
    };

    // New lanes are shown; a shrinking count drops the lanes that are gone.
    void setLaneCount(int lanes);
    int laneCount() const { return int(m_rowOfLane.size()); }
    // Shows these lanes (in this order), hides the others.
    void setShownLanes(const std::vector<int> &lanes);
    void showAllLanes();
    // Rows as given (lanes in none are hidden; a lane in two keeps its first).
    void setRows(std::vector<Row> rows);
    const Row &row(int row) const { return m_rows[std::size_t(row)]; }

    void setFixedLaneHeight(double px); // 0: fit the viewport
    double fixedLaneHeight() const { return m_fixedHeight; }
    void setViewportHeight(double px);
    double viewportHeight() const { return m_viewport; }
    // Keeps the offset within [0, maxScroll()]; returns whether it changed.
    bool setScroll(double px);
    double scroll() const { return m_scroll; }

    double laneHeight() const;
    double contentHeight() const { return laneHeight() * rowCount(); }
    double maxScroll() const;

    int rowCount() const { return int(m_rows.size()); }
    // The row's (first) lane, -1 outside the rows.
    int laneOfRow(int row) const;
    int rowOfLane(int lane) const; // -1: hidden; a collapsed group's lanes share its row
    // The y of the row's top relative to the viewport's top (negative: scrolled above it).
    double rowTop(int row) const { return row * laneHeight() - m_scroll; }
    int rowAt(double y) const; // y relative to the viewport's top; -1 outside the rows
    // The rows that meet the viewport, [first, last).
    int firstRowOnScreen() const;
    int endRowOnScreen() const;

private:
    std::vector<Row> m_rows;
    std::vector<int> m_rowOfLane; // by lane, -1 hidden
    bool m_all = true;
    double m_fixedHeight = 0;
    double m_viewport = 0;
    double m_scroll = 0;
};

} // namespace proclab
