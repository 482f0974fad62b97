// SPDX-License-Identifier: MIT
#include "ipcobjectmodel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>

namespace proclab {

IpcObjectModel::IpcObjectModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool IpcObjectModel::setInspection(const IpcInspection &inspection)
{
    const bool sameRows =
        inspection.objects.size() == m_inspection.objects.size() &&
        std::equal(inspection.objects.begin(), inspection.objects.end(),
                   m_inspection.objects.begin(),
                   [](const IpcObjectState &a, const IpcObjectState &b) {
                       return a.kind == b.kind && a.role == b.role && a.name == b.name;
                   });
    if (!sameRows) {
        beginResetModel();
        m_inspection = inspection;
        endResetModel();
        return true;
    }
    m_inspection = inspection;
    if (!m_inspection.objects.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return false;
}

void IpcObjectModel::clear()
{
    setInspection({});
}

int IpcObjectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_inspection.objects.size());
}

int IpcObjectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<bool> IpcObjectModel::goneAfter(int row) const
{
    if (!m_inspection.checkedAfter)
        return std::nullopt;
    const IpcObjectState &o = m_inspection.objects[size_t(row)];
    // Structures inside the segment go with it; kernel objects are checked one by one.
    const bool inSegment = o.name.isEmpty();
    for (const IpcObjectState &after : m_inspection.leftover) {
        if (inSegment ? after.kind == QLatin1String("sysv_shm")
                      : (after.kind == o.kind && after.name == o.name))
            return !after.exists;
    }
    return std::nullopt;
}

QVariant IpcObjectModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const IpcObjectState &o = m_inspection.objects[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KindColumn:
            return kindText(o.kind);
        case RoleColumn:
            return roleText(o.role);
        case NameColumn:
            return o.name;
        case ValuesColumn:
            return valuesText(o);
        case GoneColumn:
            if (const auto gone = goneAfter(index.row()))
                return *gone ? tr("gone") : tr("LEFT BEHIND");
            return m_inspection.checkedAfter ? tr("not checked") : tr("(while running)");
        }
    }
    if (role == Qt::ForegroundRole && index.column() == GoneColumn) {
        if (const auto gone = goneAfter(index.row()); gone && !*gone)
            return QBrush(Qt::red);
    }
    if (role == Qt::ToolTipRole && index.column() == ValuesColumn)
        return valuesText(o);
    return {};
}

QVariant IpcObjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Object");
    case RoleColumn:
        return tr("Part");
    case NameColumn:
        return tr("Kernel name");
    case ValuesColumn:
        return tr("Values");
    case GoneColumn:
        return tr("After the run");
    }
    return {};
}

QString IpcObjectModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("sysv_shm"))
        return tr("System V shared memory");
    if (kind == QLatin1String("sysv_sem"))
        return tr("System V semaphore");
    if (kind == QLatin1String("posix_sem"))
        return tr("POSIX semaphore");
    if (kind == QLatin1String("robust_mutex"))
        return tr("robust mutex");
    if (kind == QLatin1String("futex_barrier"))
        return tr("futex barrier");
    if (kind == QLatin1String("posix_barrier"))
        return tr("barrier (as CPython)");
    if (kind == QLatin1String("qt_barrier"))
        return tr("barrier (semaphores)");
    if (kind == QLatin1String("pool_queue"))
        return tr("task queue");
    if (kind == QLatin1String("counter"))
        return tr("counter");
    return kind;
}

QString IpcObjectModel::roleText(const QString &role)
{
    static const QRegularExpression arrive(QStringLiteral("^arrive (\\d+)/(\\d+)$"));
    if (const QRegularExpressionMatch m = arrive.match(role); m.hasMatch())
        return tr("arrive %1/%2", "participant's arrive semaphore of a round phase")
            .arg(m.captured(1), m.captured(2));
    struct Name
    {
        const char *role;
        const char *text;
    };
    static const Name names[] = {
        {"segment", QT_TR_NOOP("segment")},
        {"lock", QT_TR_NOOP("lock")},
        {"barrier", QT_TR_NOOP("barrier")},
        {"exit gate", QT_TR_NOOP("exit gate")},
        {"counter", QT_TR_NOOP("counter")},
        {"task queue", QT_TR_NOOP("task queue")},
        {"condition lock", QT_TR_NOOP("condition lock")},
        {"condition sleeping", QT_TR_NOOP("condition sleeping")},
        {"condition woken", QT_TR_NOOP("condition woken")},
        {"condition wait", QT_TR_NOOP("condition wait")},
    };
    for (const Name &n : names) {
        if (role == QLatin1String(n.role))
            return tr(n.text);
    }
    return role;
}

QString IpcObjectModel::valueName(const QString &key)
{
    struct Name
    {
        const char *key;
        const char *text;
    };
    static const Name names[] = {
        {"value", QT_TR_NOOP("value")},
        {"waiters", QT_TR_NOOP("waiters")},
        {"zero_waiters", QT_TR_NOOP("waiting for zero")},
        {"last_pid", QT_TR_NOOP("last pid")},
        {"key", QT_TR_NOOP("key")},
        {"size", QT_TR_NOOP("size")},
        {"mode", QT_TR_NOOP("mode")},
        {"creator_pid", QT_TR_NOOP("creator pid")},
        {"attached", QT_TR_NOOP("attached")},
        {"owner_tid", QT_TR_NOOP("owner")},
        {"owner_died", QT_TR_NOOP("owner died")},
        {"holder_pid", QT_TR_NOOP("holder (recorded)")},
        {"parties", QT_TR_NOOP("parties")},
        {"arrived", QT_TR_NOOP("arrived")},
        {"generation", QT_TR_NOOP("generation")},
        {"sleepers", QT_TR_NOOP("sleeping")},
        {"broken", QT_TR_NOOP("broken")},
        {"state", QT_TR_NOOP("state")},
        {"count", QT_TR_NOOP("count")},
        {"slots", QT_TR_NOOP("slots")},
        {"tasks", QT_TR_NOOP("tasks")},
        {"chunksize", QT_TR_NOOP("chunk size")},
        {"next_index", QT_TR_NOOP("next index")},
        {"cancelled", QT_TR_NOOP("cancelled")},
    };
    for (const Name &n : names) {
        if (key == QLatin1String(n.key))
            return tr(n.text);
    }
    return key;
}

QString IpcObjectModel::valuesText(const IpcObjectState &object)
{
    const QLocale locale;
    QStringList parts;
    for (const auto &[key, value] : object.values) {
        QString number;
        if (key == QLatin1String("mode"))
            number = QStringLiteral("0%1").arg(value, 0, 8);
        else if (key == QLatin1String("key"))
            number = QStringLiteral("0x%1").arg(quint32(value), 8, 16, QLatin1Char('0'));
        else if (key.endsWith(QLatin1String("pid")) || key.endsWith(QLatin1String("tid")))
            number = QString::number(value); // an identifier, not a quantity
        else
            number = locale.toString(value);
        parts << valueName(key) + QLatin1Char(' ') + number;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace proclab
