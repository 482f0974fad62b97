// SPDX-License-Identifier: MIT
#pragma once

#include "ipcinspection.h"

#include <QAbstractTableModel>

namespace proclab {

// The run's kernel objects as the engine last read them (IpcInspection::objects), one row each:
// what it is, its part in the run, the name the kernel knows it by, and its values now. After the
// run a last column says whether the object is gone (it must be).
class IpcObjectModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What an object is for and its values first: the window is often narrow.
    enum Column
    {
        RoleColumn,
        KindColumn,
        ValuesColumn,
        NameColumn,
        GoneColumn,
        ColumnCount
    };

    explicit IpcObjectModel(QObject *parent = nullptr);

    // Shows `inspection`; returns true if the rows changed (not only their values).
    bool setInspection(const IpcInspection &inspection);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // People's words for the engine's names ("sysv_sem" → "System V semaphore", "waiters" → …).
    static QString kindText(const QString &kind);
    static QString roleText(const QString &role);
    static QString valueName(const QString &key);
    // "value 1 · waiters 0 · last pid 4 242", numbers in the current locale.
    static QString valuesText(const IpcObjectState &object);

private:
    // After the run: whether this row's object is gone (nullopt: not checked).
    std::optional<bool> goneAfter(int row) const;

    IpcInspection m_inspection;
};

} // namespace proclab
