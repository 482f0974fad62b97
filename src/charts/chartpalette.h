// SPDX-License-Identifier: MIT
#pragma once

#include "event.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace proclab {

// Things drawn at an instant on a lane.
enum class TimelineMarker : quint8
{
    Launch,
    SignalSent,
    ExitNormal,  // exit code 0
    ExitError,   // a non-zero exit code, or it never started
    ExitKilled,  // ended by a signal (the lab's time limit included)
    ExitUnknown, // it ended, but nobody could collect its status
    Note
};
inline constexpr int TimelineMarkerCount = 7;

// Colours of the charts, from Paul Tol's colour-blind-safe "bright" and "muted" schemes so that
// kinds stay apart for deuteranopes and protanopes and in greyscale print.
class ChartPalette
{
    Q_DECLARE_TR_FUNCTIONS(proclab::ChartPalette)
public:
    static QColor spanColor(SpanKind kind);
    // Pool tab: consecutive chunks get clearly different colours; they repeat after
    // chunkColorCount.
    static QColor chunkColor(int chunk);
    static int chunkColorCount();
    static QColor markerColor(TimelineMarker marker);
    static QColor outline() { return QColor(0x22, 0x22, 0x22); }
    static QColor laneStripe() { return QColor(0xf3, 0xf4, 0xf7); }
    static QColor lifeline() { return QColor(0x99, 0x99, 0x99); }
    // Zombie interval (exited, not yet reaped): a pale grey band hatched in dark grey, no hue, so
    // it cannot be mistaken for any span or chunk colour.
    static QColor zombieFill() { return QColor(0xe4, 0xe4, 0xe4); }
    static QColor zombieHatch() { return QColor(0x55, 0x55, 0x55); }

    static QString spanKindLabel(SpanKind kind);
    static QString markerLabel(TimelineMarker marker);
    static QString zombieLabel();
};

} // namespace proclab
