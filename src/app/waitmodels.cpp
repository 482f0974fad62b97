// SPDX-License-Identifier: MIT
#include "waitmodels.h"

#include <QColor>
#include <QLocale>

namespace proclab {

namespace {

QString ms(qint64 ns)
{
    return QLocale().toString(double(ns) / 1e6, 'f', ns < 10'000'000 ? 3 : 1);
}

QString nameOf(const QStringList &names, int id)
{
    if (id < 0)
        return WaitAttributionModel::tr("the lab");
    return id < names.size() ? names.at(id) : QString::number(id);
}

} // namespace

// ---- WaitAttributionModel ---------------------------------------------------------------------

void WaitAttributionModel::setAnalysis(const QStringList &names, const WaitAttribution &attribution)
{
    beginResetModel();
    m_names = names;
    m_attribution = attribution;
    endResetModel();
}

int WaitAttributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attribution.rows.size());
}

int WaitAttributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitAttributionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_attribution.rows.size())
        return {};
    const WaitAttribution::Row &row = m_attribution.rows[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() != Process && index.column() != WaitedFor)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Process:
        return nameOf(m_names, row.process);
    case Working:
        return ms(row.workingNs);
    case Waiting:
        return ms(row.waitingNs);
    case WaitedFor: {
        // The culprits, most time first.
        const std::vector<qint64> &kept = m_attribution.keptWaiting[size_t(row.process)];
        std::vector<std::pair<qint64, int>> culprits;
        for (size_t c = 0; c < kept.size(); ++c) {
            if (kept[c] > 0)
                culprits.emplace_back(kept[c], int(c));
        }
        std::sort(culprits.rbegin(), culprits.rend());
        QStringList parts;
        for (const auto &[ns, c] : culprits)
            parts << tr("%1 ms for %2").arg(ms(ns), nameOf(m_names, c));
        if (row.unknownNs > 0)
            parts << tr("%1 ms for an unknown cause").arg(ms(row.unknownNs));
        return parts.join(QStringLiteral("; "));
    }
    case KeptOthers:
        return ms(m_attribution.keptWaitingBy(row.process));
    }
    return {};
}

QVariant WaitAttributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Process:
        return tr("Process");
    case Working:
        return tr("Working (ms)");
    case Waiting:
        return tr("Waiting (ms)");
    case WaitedFor:
        return tr("Waited for");
    case KeptOthers:
        return tr("Kept others waiting (ms)");
    }
    return {};
}

// ---- KeptWaitingModel -------------------------------------------------------------------------

void KeptWaitingModel::setAnalysis(const QStringList &names, const WaitAttribution &attribution)
{
    beginResetModel();
    m_names = names;
    m_matrix = attribution.keptWaiting;
    m_max = 0;
    m_maxRow = m_maxColumn = -1;
    for (size_t row = 0; row < m_matrix.size(); ++row) {
        for (size_t column = 0; column < m_matrix[row].size(); ++column) {
            if (m_matrix[row][column] > m_max) {
                m_max = m_matrix[row][column];
                m_maxRow = int(row);
                m_maxColumn = int(column);
            }
        }
    }
    endResetModel();
}

QModelIndex KeptWaitingModel::longestWait() const
{
    return m_maxRow >= 0 ? index(m_maxRow, m_maxColumn) : QModelIndex();
}

int KeptWaitingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.size());
}

int KeptWaitingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.size());
}

QVariant KeptWaitingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_matrix.size() ||
        size_t(index.column()) >= m_matrix.size())
        return {};
    const qint64 ns = m_matrix[size_t(index.row())][size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return ns > 0 ? ms(ns) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        // The longer the wait, the stronger the shade: the culprits stand out at a glance.
        if (ns > 0 && m_max > 0)
            return QColor(213, 94, 0, 30 + int(150 * double(ns) / double(m_max)));
        return {};
    case Qt::ToolTipRole:
        return tr("%1 waited %2 ms for %3")
            .arg(nameOf(m_names, index.row()), ms(ns), nameOf(m_names, index.column()));
    }
    return {};
}

QVariant KeptWaitingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole)
        return nameOf(m_names, section);
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical ? tr("%1 waited for…").arg(nameOf(m_names, section))
                                           : tr("…%1").arg(nameOf(m_names, section));
    return {};
}

// ---- CriticalPathModel ------------------------------------------------------------------------

void CriticalPathModel::setAnalysis(const QStringList &names, const CriticalPath &path)
{
    beginResetModel();
    m_names = names;
    m_segments.clear();
    for (const CriticalPath::Segment &s : path.segments) {
        if (!m_segments.empty() && m_segments.back().kind == s.kind &&
            m_segments.back().process == s.process && s.kind == CriticalPath::Kind::Running &&
            m_segments.back().endNs == s.beginNs) {
            m_segments.back().endNs = s.endNs;
            continue;
        }
        m_segments.push_back(s);
    }
    endResetModel();
}

int CriticalPathModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int CriticalPathModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CriticalPathModel::describe(const CriticalPath::Segment &s) const
{
    switch (s.kind) {
    case CriticalPath::Kind::Launch:
        return tr("being launched (the lab's launch overhead)");
    case CriticalPath::Kind::Running:
        return tr("running");
    case CriticalPath::Kind::Waiting:
        return tr("waiting, no one to blame");
    case CriticalPath::Kind::WakeUp:
        switch (s.event) {
        case CauseEvent::BarrierLastArrival:
            return tr("woken by %1's arrival at the barrier").arg(nameOf(m_names, s.from));
        case CauseEvent::LockRelease:
            return tr("woken by %1's release of the lock").arg(nameOf(m_names, s.from));
        case CauseEvent::OwnerDied:
            return tr("took over the lock from %1, who died holding it")
                .arg(nameOf(m_names, s.from));
        default:
            return tr("woken by %1").arg(nameOf(m_names, s.from));
        }
    case CriticalPath::Kind::Join:
        return tr("the lab joining %1 (join overhead)").arg(nameOf(m_names, s.from));
    }
    return {};
}

QVariant CriticalPathModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_segments.size())
        return {};
    const CriticalPath::Segment &s = m_segments[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && (index.column() == From || index.column() == Length))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case From:
        return ms(s.beginNs);
    case Length:
        return ms(s.endNs - s.beginNs);
    case Process:
        return nameOf(m_names, s.process);
    case What:
        return describe(s);
    }
    return {};
}

QVariant CriticalPathModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case From:
        return tr("From (ms)");
    case Length:
        return tr("Length (ms)");
    case Process:
        return tr("Process");
    case What:
        return tr("What");
    }
    return {};
}

QString CriticalPathModel::summary(const CriticalPath &path, qint64 wallNs)
{
    if (path.empty() || wallNs <= 0)
        return tr("No critical path: the run has no process that exited.");
    const auto share = [&](qint64 ns) {
        return QLocale().toString(100.0 * double(ns) / double(wallNs), 'f', 0);
    };
    const qint64 waiting =
        path.timeIn(CriticalPath::Kind::Waiting) + path.timeIn(CriticalPath::Kind::WakeUp);
    const qint64 overhead = path.beginNs + path.timeIn(CriticalPath::Kind::Launch) +
                            path.timeIn(CriticalPath::Kind::Join);
    return tr("Critical path: %1 ms of the %2 ms wall time, walked back from the last exit. "
              "Of the wall time: running %3%, waiting %4%, the lab's launch and join overhead "
              "%5%.")
        .arg(ms(path.lengthNs()), ms(wallNs), share(path.timeIn(CriticalPath::Kind::Running)),
             share(waiting), share(overhead));
}

} // namespace proclab
