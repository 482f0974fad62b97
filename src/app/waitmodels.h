// SPDX-License-Identifier: MIT
#pragma once

#include "waitanalysis.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace proclab {

// The three tables of the "Waits" page, read from one WaitAnalysis (the window computes it once
// a run has ended). Times in ms.

// Per process: time working, time waiting, and whom it waited for.
class WaitAttributionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Process,
        Working,
        Waiting,
        KeptOthers,
        WaitedFor, // last: the longest text gets the room left
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setAnalysis(const QStringList &names, const WaitAttribution &attribution);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_names;
    WaitAttribution m_attribution;
};

// "Who kept whom waiting": row = the process that waited, column = the one it waited for.
class KeptWaitingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setAnalysis(const QStringList &names, const WaitAttribution &attribution);
    // The cell of the longest wait, the widest text any cell shows (digits are equally wide);
    // invalid when nobody waited.
    QModelIndex longestWait() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_names;
    std::vector<std::vector<qint64>> m_matrix;
    qint64 m_max = 0;
    int m_maxRow = -1;
    int m_maxColumn = -1;
};

// The critical path, one row per segment (consecutive running on one lane merged).
class CriticalPathModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        From,
        Length,
        Process,
        What,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setAnalysis(const QStringList &names, const CriticalPath &path);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // "Critical path 41.2 ms of 41.5 ms wall: running 70%, waiting 21%, launch and join 9%".
    static QString summary(const CriticalPath &path, qint64 wallNs);

private:
    QString describe(const CriticalPath::Segment &s) const;
    QStringList m_names;
    std::vector<CriticalPath::Segment> m_segments;
};

} // namespace proclab
