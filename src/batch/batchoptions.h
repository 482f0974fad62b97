// SPDX-License-Identifier: MIT
#pragma once

#include "parameters.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace proclab {

// What `proclab --batch …` was asked to do, validated.
struct BatchOptions
{
    std::vector<ScenarioParameters> runs; // one per scenario, in the order given
    // together[i]: runs[i] (C++) and runs[i + 1] (Python) run at the same time (both-together).
    std::vector<bool> together;
    QString outDir;
    QStringList chartFormats; // png, svg, pdf
    int sweepFrom = 0;        // pool sweep; 0 = none
    int sweepTo = 0;
    bool killParent = false; // daemons: the orphan variant
    bool inspect = false;    // print the run's kernel objects (Barrier & Lock, Pool)
};

// The command-line contract shared by the window and the batch: every option, its help text.
void addBatchOptions(QCommandLineParser &parser);

// Reads the batch options from an already-parsed command line. Returns std::nullopt with a message
// naming the offending argument and its allowed range (the caller exits with 2).
// The scenario's defaults with the numeric and choice options of the command line that apply to it
// (invalid or foreign ones are ignored): what --screenshot runs.
ScenarioParameters parametersFrom(const QCommandLineParser &parser, ScenarioId scenario);

std::optional<BatchOptions> batchOptionsFrom(const QCommandLineParser &parser, QString *error);

} // namespace proclab
