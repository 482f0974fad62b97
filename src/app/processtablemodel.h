// SPDX-License-Identifier: MIT
#pragma once

#include "run.h"

#include <QAbstractTableModel>
#include <array>
#include <vector>

namespace proclab {

// run.h rather than a forward declaration of ExitStamp: lupdate loses the namespace of every
// message in this class after an opaque enum declaration.

// One row per process of a run: who it is, what state it is in, how it ended (as the OS and as
// Python report it), when it exited and when its status was collected (the zombie in between),
// and where its time went. The run is not owned and may grow while a scenario
// goes; refresh() turns that growth into row insertions and data changes.
class ProcessTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Pid,
        State,
        ExitOs,
        ExitPython,
        Exited, // exitedNs in ms; the tooltip says who measured it
        Reaped, // reapedNs in ms
        OutputSize,
        Working,
        Waiting,
        Holding,
        ColumnCount
    };

    explicit ProcessTableModel(QObject *parent = nullptr);

    void setRun(const Run *run);
    const Run *run() const { return m_run; }
    // Call after the run changed (batched by the caller's timer). Costs what is new in the run
    // (the time columns are running totals, not scans of every span) plus one text per cell:
    // dataChanged() is emitted only for the cells whose text changed, so a view repaints (and a
    // ResizeToContents header re-measures) only what changed. Returns true when rows were added
    // or some column's longest text got longer than at any refresh before: a view that does not
    // size its columns to their contents on every change should do it now.
    bool refresh();
    // Headers are rebuilt on language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The column's title on one line (tests, tooltips); the header shows units on a second line.
    static QString headerText(int section);
    static QString stateText(const ProcessRecord &process);
    static QString osExitText(const ProcessRecord &process);
    static QString pythonExitText(const ProcessRecord &process);

    // The process's time in spans of `kind`, as ProcessRecord::timeIn() gives it, from running
    // totals brought up to date with the spans added since the last call; while the run goes, a
    // span still open counts up to refresh()'s "now" (a worker busy without a word still works).
    qint64 timeIn(int row, SpanKind kind) const;

private:
    // Per process: time by span kind over spans[0 .. seen), kept as spans are appended.
    struct Totals
    {
        std::array<qint64, SpanKindCount> byKind{};
        std::size_t seen = 0;
        // Spans cut short by the process's death, with the end counted: the only spans the
        // recorder revises once recorded (their end moves earlier when a lock taker reports the
        // owner died; the engine then re-sends the lane from that span on). Checked again each
        // time.
        std::vector<std::pair<std::size_t, qint64>> cutShort;
    };

    QVariant display(const ProcessRecord &process, int column) const;
    const Totals &totals(int row) const;
    // Brings m_shown up to date; returns whether a column's longest text got longer.
    bool updateShown(int rows, bool signalChanges);

    const Run *m_run = nullptr;
    int m_rows = 0;
    qint64 m_liveNowNs = -1; // since the run's origin, as of the last refresh; -1: not live
    mutable std::vector<Totals> m_totals; // brought up to date on use
    // The text of every cell as of the last refresh, to tell which cells changed.
    std::vector<std::array<QString, ColumnCount>> m_shown;
    std::array<int, ColumnCount> m_longest{};
};

} // namespace proclab
