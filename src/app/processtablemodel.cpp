// SPDX-License-Identifier: MIT
#include "processtablemodel.h"

#include "clock.h"
#include "run.h"

#include <QLocale>

namespace proclab {

namespace {

QString milliseconds(qint64 ns)
{
    return QLocale().toString(double(ns) / 1e6, 'f', 2);
}

// An instant since the run's start, to the microsecond (a zombie may last only a few); empty
// when not known.
QString instant(qint64 ns)
{
    return ns >= 0 ? QLocale().toString(double(ns) / 1e6, 'f', 3) : QString();
}

// A process that never started never exited, whatever time the lab noted when it gave up.
qint64 exitedNs(const ProcessRecord &p)
{
    return p.exit.kind == ExitStatus::Kind::FailedToStart ? -1 : p.exitedNs;
}

} // namespace

ProcessTableModel::ProcessTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProcessTableModel::setRun(const Run *run)
{
    beginResetModel();
    m_run = run;
    m_rows = run ? int(run->processes.size()) : 0;
    m_totals.clear();
    m_shown.clear();
    m_longest.fill(0);
    endResetModel();
}

const ProcessTableModel::Totals &ProcessTableModel::totals(int row) const
{
    if (m_totals.size() < m_run->processes.size())
        m_totals.resize(m_run->processes.size());
    Totals &t = m_totals[std::size_t(row)];
    const auto &spans = m_run->processes[std::size_t(row)].spans;
    const auto length = [](const Span &s) { return s.endNs - s.beginNs; };
    if (t.seen > spans.size()) // a different process behind the same row: count again
        t = Totals();
    for (auto &[i, endNs] : t.cutShort) {
        if (i < t.seen && spans[i].endNs != endNs) {
            t.byKind[std::size_t(spans[i].kind)] += spans[i].endNs - endNs;
            endNs = spans[i].endNs;
        }
    }
    for (std::size_t i = t.seen; i < spans.size(); ++i) {
        const Span &s = spans[i];
        t.byKind[std::size_t(s.kind)] += length(s);
        if (s.cutShort)
            t.cutShort.emplace_back(i, s.endNs);
    }
    t.seen = spans.size();
    return t;
}

qint64 ProcessTableModel::timeIn(int row, SpanKind kind) const
{
    if (!m_run || row < 0 || std::size_t(row) >= m_run->processes.size())
        return 0;
    qint64 total = totals(row).byKind[std::size_t(kind)];
    const ProcessRecord &p = m_run->processes[std::size_t(row)];
    const ProcessRecord::OpenSpan &open = p.open[std::size_t(kind)];
    if (m_liveNowNs >= 0 && open.open && !p.exit.finished()) {
        // Up to now, or to its exit when the kernel measured one before the status came.
        const qint64 end = p.exitedNs >= 0 ? std::min(p.exitedNs, m_liveNowNs) : m_liveNowNs;
        total += std::max<qint64>(0, end - open.span.beginNs);
    }
    return total;
}

bool ProcessTableModel::updateShown(int rows, bool signalChanges)
{
    bool longer = false;
    m_shown.resize(std::size_t(rows));
    for (int row = 0; row < rows; ++row) {
        const ProcessRecord &p = m_run->processes[std::size_t(row)];
        auto &shown = m_shown[std::size_t(row)];
        int first = ColumnCount;
        int last = -1;
        for (int column = 0; column < ColumnCount; ++column) {
            QString text = display(p, column).toString();
            QString &cell = shown[std::size_t(column)];
            if (text == cell)
                continue;
            first = std::min(first, column);
            last = column;
            if (text.size() > m_longest[std::size_t(column)]) {
                m_longest[std::size_t(column)] = int(text.size());
                longer = true;
            }
            cell = std::move(text);
        }
        // One signal per row for the columns that changed: a pool row changes in its time
        // columns only.
        if (signalChanges && last >= 0)
            emit dataChanged(index(row, first), index(row, last));
    }
    return longer;
}

bool ProcessTableModel::refresh()
{
    if (!m_run)
        return false;
    // Live: the engine has not measured the wall time yet (a loaded run has one, or no origin).
    m_liveNowNs =
        m_run->wallNs == 0 && m_run->originNs > 0 ? monotonicNowNs() - m_run->originNs : -1;
    const int rows = int(m_run->processes.size());
    if (rows < m_rows) {
        // Runs only grow; a shrink means a different run behind the same pointer.
        setRun(m_run);
        updateShown(m_rows, false);
        return true;
    }
    bool grew = updateShown(m_rows, true);
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
        updateShown(m_rows, false);
        grew = true;
    }
    return grew;
}

void ProcessTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int ProcessTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ProcessTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProcessTableModel::stateText(const ProcessRecord &p)
{
    switch (p.exit.kind) {
    case ExitStatus::Kind::Running:
        if (p.launchedNs < 0)
            return tr("not started");
        if (p.exitedNs >= 0) // the kernel says it exited; its status is not collected yet
            return tr("zombie");
        if (p.stoppedNs >= 0) // SIGSTOP or a debugger: it neither runs nor ends until continued
            return tr("stopped");
        return p.readyNs < 0 ? tr("starting") : tr("running");
    case ExitStatus::Kind::Normal:
        return tr("exited");
    case ExitStatus::Kind::Signal:
        return tr("killed");
    case ExitStatus::Kind::FailedToStart:
        return tr("failed to start");
    case ExitStatus::Kind::Timeout:
        return tr("timed out");
    case ExitStatus::Kind::Unknown:
        return tr("exited");
    }
    return {};
}

QString ProcessTableModel::osExitText(const ProcessRecord &p)
{
    switch (p.exit.kind) {
    case ExitStatus::Kind::Running:
        return QStringLiteral("–");
    case ExitStatus::Kind::Normal:
        return tr("exit code %1").arg(p.exit.code);
    case ExitStatus::Kind::Signal:
        return tr("signal %1 (%2)").arg(p.exit.signal).arg(signalName(p.exit.signal));
    case ExitStatus::Kind::FailedToStart:
        return tr("failed to start");
    case ExitStatus::Kind::Timeout:
        return tr("time limit, signal %1 (%2)").arg(p.exit.signal).arg(signalName(p.exit.signal));
    case ExitStatus::Kind::Unknown:
        return tr("unknown (status not collected)");
    }
    return {};
}

QString ProcessTableModel::pythonExitText(const ProcessRecord &p)
{
    // Python's exitcode is None while the process runs, for one that never started and for one
    // whose status nobody collected.
    if (p.exit.kind == ExitStatus::Kind::Running ||
        p.exit.kind == ExitStatus::Kind::FailedToStart || p.exit.kind == ExitStatus::Kind::Unknown)
        return QStringLiteral("None");
    return QString::number(p.exit.pythonExitCode());
}

QVariant ProcessTableModel::display(const ProcessRecord &p, int column) const
{
    // p is a process of m_run: its row is where it is.
    const int row = int(&p - m_run->processes.data());
    switch (column) {
    case Name:
        return p.daemon ? tr("%1 (daemon)").arg(p.name) : p.name;
    case Pid:
        return p.pid > 0 ? QVariant(p.pid) : QVariant(QStringLiteral("–"));
    case State:
        return stateText(p);
    case ExitOs:
        return osExitText(p);
    case ExitPython:
        return pythonExitText(p);
    case Exited:
        return instant(exitedNs(p));
    case Reaped:
        return instant(p.reapedNs);
    case OutputSize:
        return p.outputSize >= 0 ? QVariant(QLocale().toString(p.outputSize))
                                 : QVariant(QStringLiteral("–"));
    case Working:
        return milliseconds(timeIn(row, SpanKind::Work) + timeIn(row, SpanKind::Task));
    case Waiting:
        return milliseconds(timeIn(row, SpanKind::BarrierWait) + timeIn(row, SpanKind::LockWait));
    case Holding:
        return milliseconds(timeIn(row, SpanKind::LockHold));
    default:
        return {};
    }
}

QVariant ProcessTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_run || size_t(index.row()) >= m_run->processes.size())
        return {};
    const ProcessRecord &p = m_run->processes[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(p, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Pid || index.column() >= ExitPython)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == ExitPython)
            return tr("Process.exitcode: the exit code, or minus the signal number that ended the "
                      "process");
        if (index.column() == ExitOs)
            return tr("What waitpid() reported for this process");
        if (index.column() == Exited) {
            const QString source = exitStampDescription(p.exitStamp);
            if (exitedNs(p) < 0 || source.isEmpty())
                return {};
            return tr("Exit time: %1").arg(source);
        }
        if (index.column() == Reaped) {
            if (p.reapedNs < 0 || exitedNs(p) < 0)
                return {};
            if (p.reapedNs <= p.exitedNs)
                return tr("Reaped as it exited: no time as a zombie");
            return tr("A zombie (exited, not yet reaped) for %L1 µs")
                .arg(double(p.reapedNs - p.exitedNs) / 1e3, 0, 'f', 1);
        }
        return display(p, index.column());
    default:
        return {};
    }
}

QVariant ProcessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        // Units go on a second line: eleven columns then fit beside the control panel.
        return headerText(section).replace(QStringLiteral(" ("), QStringLiteral("\n("));
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Working:
            return tr("Time spent in do_something() or in pool tasks");
        case Waiting:
            return tr("Time spent waiting at the barrier or for the lock");
        case Holding:
            return tr("Time spent inside the critical section");
        case OutputSize:
            return tr("Items the process produced: the tutorial's \"output size\"");
        case Exited:
            return tr("When the process exited, in ms since the run started (a cell's tooltip "
                      "says who measured it)");
        case Reaped:
            return tr("When its exit status was collected (Python's join()), in ms since the run "
                      "started; in between the process is a zombie");
        default:
            return headerText(section);
        }
    }
    return {};
}

QString ProcessTableModel::headerText(int section)
{
    switch (section) {
    case Name:
        return tr("Name");
    case Pid:
        return tr("PID");
    case State:
        return tr("State");
    case ExitOs:
        return tr("Exit (OS)");
    case ExitPython:
        return tr("exitcode (Python)");
    case Exited:
        return tr("Exited (ms)");
    case Reaped:
        return tr("Reaped (ms)");
    case OutputSize:
        return tr("Output size");
    case Working:
        return tr("Working (ms)");
    case Waiting:
        return tr("Waiting (ms)");
    case Holding:
        return tr("Holding lock (ms)");
    default:
        return {};
    }
}

} // namespace proclab
