// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstdio>
#include <vector>

namespace proclab::bench {

// One JSON line per measured operation, the format every part of the bench prints (C floors,
// Python, this program): bench/python/report.py turns raw samples into medians and spreads.
inline void printSamples(const char *op, const char *impl, const char *unit,
                         const std::vector<double> &samples)
{
    std::printf(R"({"op": "%s", "impl": "%s", "unit": "%s", "samples": [)", op, impl, unit);
    for (size_t i = 0; i < samples.size(); ++i)
        std::printf("%s%.6g", i ? ", " : "", samples[i]);
    std::printf("]}\n");
    std::fflush(stdout);
}

// A helper program built next to this one (floor programs, the event emitter).
inline QString sibling(const char *name)
{
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + QString::fromLatin1(name);
}

[[noreturn]] inline void die(const QString &message)
{
    std::fprintf(stderr, "proclab-bench: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace proclab::bench
