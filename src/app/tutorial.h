// SPDX-License-Identifier: MIT
#pragma once

#include "parameters.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace proclab {

struct Run;

// Whether a finished run bears a claim out, judged from its measurements alone.
enum class Verdict
{
    NotTested, // the run did not exercise it (no signal sent, a time on another machine…)
    Holds,
    DoesNotHold,
};

// One claim of the tutorial beside what the lab measured for it in a given run.
struct TutorialClaim
{
    QString claim;
    QString measured; // empty until a run has produced the numbers
    Verdict verdict = Verdict::NotTested;
};

// The tutorial's section for a scenario (seed/python-multiprocessing-tutorial.md), with its claims
// checked against a run.
struct TutorialSection
{
    QString script;
    QString objective;
    QString code; // the tutorial's Python snippet, verbatim
    QList<TutorialClaim> claims;
    QString takeaway;
    QStringList otherFacts; // measurements the scenario reported that no claim covers
    bool judged = false;    // verdicts are given once the run has finished
};

class Tutorial
{
    Q_DECLARE_TR_FUNCTIONS(proclab::Tutorial)
public:
    // `run` may be null (nothing measured yet) or still running (measured what is known so far).
    static TutorialSection section(ScenarioId scenario, const Run *run, bool finished);
    // One "measured" column; with `python`, two: the C++ run's and the Python run's (the
    // "both" runtime), beside what the tutorial says.
    static QString toHtml(const TutorialSection &section, const TutorialSection *python = nullptr);
};

} // namespace proclab
