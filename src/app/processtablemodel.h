// SPDX-License-Identifier: MIT
#pragma once

#include "run.h"

#include <QAbstractTableModel>

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
    // Call after the run changed (batched by the caller's timer).
    void refresh();
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
    // Who measured the exit time ("measured by the kernel (pidfd)"); empty when nobody did.
    static QString exitStampText(ExitStamp stamp);

private:
    QVariant display(const ProcessRecord &process, int column) const;

    const Run *m_run = nullptr;
    int m_rows = 0;
};

} // namespace proclab
