// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QString>
#include <csignal>
#include <sys/types.h>

namespace proclab::test {

// Processes whose parent is `parentPid` and that are proclab-worker: what a run must not leave.
inline QList<qint64> workerChildrenOf(qint64 parentPid)
{
    QList<qint64> found;
    const QStringList entries =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < 0)
            continue;
        const QByteArray comm = line.mid(open + 1, close - open - 1);
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (rest.size() < 2)
            continue;
        const char state = rest.at(0).isEmpty() ? '?' : rest.at(0).at(0);
        if (state == 'Z' || state == 'X')
            continue;
        // comm is cut at 15 characters: "proclab-qtworke" is proclab-qtworker (qt family).
        if (rest.at(1).toLongLong() == parentPid &&
            (comm.startsWith("proclab-worker") || comm.startsWith("proclab-qtworke")))
            found << pid;
    }
    return found;
}

// Every live proclab-worker (or proclab-qtworker) process on the machine that belongs to this test
// (children or grandchildren of the test process).
inline QList<qint64> liveWorkersOf(qint64 rootPid)
{
    QList<qint64> all;
    QList<qint64> frontier{rootPid};
    while (!frontier.isEmpty()) {
        const qint64 parent = frontier.takeFirst();
        const QList<qint64> children = workerChildrenOf(parent);
        all += children;
        frontier += children;
    }
    return all;
}

// python3 for a stand-in worker, from the system, never a shim: the script must run as the process
// the lab started.
inline QString findPython()
{
    const QString system = QStandardPaths::findExecutable(
        QStringLiteral("python3"), {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    return system.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : system;
}

inline bool pidAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && close + 2 < line.size() && line.at(close + 2) != 'Z';
}

} // namespace proclab::test
