// SPDX-License-Identifier: MIT
// Shared by the MPI runtime's tests (tst_mpibarrier, tst_mpipool).
// The MPI runtime end to end, with Debian's Open MPI: the engine starts the real mpirun with
// ranks of proclab-mpi-worker on this machine, and nothing may outlive a run: no mpirun, no rank,
// no Open MPI session directory.
#pragma once

#include "mpiscenario.h"
#include "scenariorunner.h"
#include "testutils.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdlib>

using namespace proclab;

namespace proclab::test {

inline ScenarioParameters mpiRun(ScenarioId id,
                                 std::initializer_list<std::pair<Param, qint64>> values)
{
    ScenarioParameters parameters(id);
    parameters.set(Param::Runtime, int(RuntimeChoice::Mpi));
    for (const auto &[param, value] : values) {
        QString error;
        if (!parameters.set(param, value, &error))
            qFatal("bad test parameter: %s", qPrintable(error));
    }
    return parameters;
}

// Open MPI's session directories ("ompi.HOST.UID", and pid.N inside) anywhere under `dir`.
inline QStringList sessionDirectoriesUnder(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, {QStringLiteral("ompi.*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext())
        found << it.next();
    return found;
}

// Open MPI's shared-memory segments (vader's "vader_segment.*") in /dev/shm.
inline QStringList sharedMemorySegmentsOfOpenMpi()
{
    return QDir(QStringLiteral("/dev/shm"))
        .entryList({QStringLiteral("vader_segment*")}, QDir::Files | QDir::System);
}

// The run's ranks, in rank order.
inline std::vector<const ProcessRecord *> ranksOf(const Run &run)
{
    std::vector<const ProcessRecord *> ranks;
    for (const ProcessRecord &p : run.processes) {
        if (p.parent >= 0)
            ranks.push_back(&p);
    }
    return ranks;
}

inline QJsonObject rankFacts(const Run &run, int rank)
{
    for (const QJsonValue &v : run.facts.value(QStringLiteral("ranks")).toArray()) {
        if (v.toObject().value(QStringLiteral("rank")).toInt(-1) == rank)
            return v.toObject();
    }
    return {};
}

// What every MPI test needs: runs that record their directory, and the check that nothing of a
// run is left.
class MpiTestBase : public QObject
{
protected:
    QStringList m_sessionsBefore;
    QStringList m_segmentsBefore;
    QString m_runDir;

    // No process of the run alive, its directory gone, no new Open MPI session directory in the
    // temporary directory (where mpirun would put one if it ignored the run's TMPDIR).
    void verifyNothingLeft(const Run &run)
    {
        for (const ProcessRecord &p : run.processes) {
            if (p.pid > 0)
                QVERIFY2(!test::pidAlive(p.pid),
                         qPrintable(QStringLiteral("%1 (pid %2) lives on").arg(p.name).arg(p.pid)));
        }
        QVERIFY(!m_runDir.isEmpty());
        QVERIFY2(!QFileInfo::exists(m_runDir), qPrintable(m_runDir));
        QCOMPARE(sessionDirectoriesUnder(QDir::tempPath()), m_sessionsBefore);
        QCOMPARE(sessionDirectoriesUnder(QStringLiteral("/tmp")), m_sessionsBefore);
        // Nor a shared-memory segment of the ranks' (vader puts them in /dev/shm by default).
        QStringList added = sharedMemorySegmentsOfOpenMpi();
        for (const QString &before : m_segmentsBefore)
            added.removeAll(before);
        QVERIFY2(added.isEmpty(), qPrintable(added.join(QLatin1String(", "))));
    }

    std::unique_ptr<Scenario> run(const ScenarioParameters &parameters,
                                  const std::function<void(MpiScenario &)> &prepare = {})
    {
        m_segmentsBefore = sharedMemorySegmentsOfOpenMpi();
        return test::runToEnd(parameters, 50000, [&](Scenario &s) {
            auto &mpi = static_cast<MpiScenario &>(s);
            if (prepare)
                prepare(mpi);
            // The directory exists from begin() on: read it once the run has started.
            QObject::connect(&mpi, &Scenario::changed, &mpi, [this, &mpi] {
                if (m_runDir.isEmpty())
                    m_runDir = mpi.runDirectory();
            });
        });
    }

protected:
    void checkOpenMpi()
    {
        if (!MpiScenario::unavailableReason().isEmpty())
            QFAIL(qPrintable(MpiScenario::unavailableReason())); // setup.sh installs Open MPI
        m_sessionsBefore = sessionDirectoriesUnder(QDir::tempPath());
    }
};

} // namespace proclab::test
