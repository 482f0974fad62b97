// SPDX-License-Identifier: MIT
#pragma once

#include "processsupervisor.h"
#include "run.h"

#include <QDeadlineTimer>
#include <QString>
#include <QStringList>
#include <QTest>

namespace proclab::test {

// Real worker processes under a real supervisor, without a scenario around them. Shared by the
// engine and IPC tests (both link proclab_engine); kept out of testutils.h, which tests that link
// QtCore only include too.
struct Workers
{
    Run run;
    ProcessSupervisor supervisor{run};

    int launch(const QString &role, const QStringList &args, const QString &name = {})
    {
        return supervisor.launch({name, role, args});
    }
    // Pumps the event loop until every launched process has ended (or timeoutMs passed).
    bool waitAll(int timeoutMs = 60'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (supervisor.runningCount() > 0 && !deadline.hasExpired())
            QTest::qWait(5);
        return supervisor.runningCount() == 0;
    }
    const ProcessRecord &process(int id) const { return *run.process(id); }
    bool endedWith(int id, int code) const
    {
        const ExitStatus &e = run.process(id)->exit;
        return e.kind == ExitStatus::Kind::Normal && e.code == code;
    }
    QString describe(int id) const
    {
        const ProcessRecord &p = *run.process(id);
        return QStringLiteral("%1: %2 code %3 signal %4; errors: %5")
            .arg(p.name, ExitStatus::kindName(p.exit.kind))
            .arg(p.exit.code)
            .arg(p.exit.signal)
            .arg(run.errors.join(QLatin1String(" | ")));
    }
};

} // namespace proclab::test
