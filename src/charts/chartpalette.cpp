// SPDX-License-Identifier: MIT
#include "chartpalette.h"

#include <array>

namespace proclab {

QColor ChartPalette::spanColor(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Work:
        return QColor(0x44, 0x77, 0xaa); // blue
    case SpanKind::BarrierWait:
        return QColor(0xcc, 0xbb, 0x44); // yellow
    case SpanKind::LockWait:
        return QColor(0xee, 0x66, 0x77); // red
    case SpanKind::LockHold:
        return QColor(0xaa, 0x33, 0x77); // purple
    case SpanKind::Task:
        return QColor(0x22, 0x88, 0x33); // green
    }
    return Qt::gray;
}

namespace {
// Tol "muted": nine hues of similar lightness, ordered so neighbours differ strongly.
constexpr std::array<QRgb, 9> kChunkColors{0x332288, 0xddcc77, 0x117733, 0xcc6677, 0x88ccee,
                                           0x882255, 0x44aa99, 0x999933, 0xaa4499};
} // namespace

QColor ChartPalette::chunkColor(int chunk)
{
    const int n = int(kChunkColors.size());
    return QColor::fromRgb(kChunkColors[std::size_t(((chunk % n) + n) % n)]);
}

int ChartPalette::chunkColorCount()
{
    return int(kChunkColors.size());
}

QColor ChartPalette::markerColor(TimelineMarker marker)
{
    switch (marker) {
    case TimelineMarker::Launch:
        return QColor(0xff, 0xff, 0xff); // hollow: the lane's start, not an event of its own
    case TimelineMarker::SignalSent:
        return QColor(0x66, 0xcc, 0xee); // cyan star
    case TimelineMarker::ExitNormal:
        return QColor(0x22, 0x22, 0x22); // black dot
    case TimelineMarker::ExitError:
        return QColor(0xee, 0x77, 0x33); // orange square: ended on its own, but failed
    case TimelineMarker::ExitUnknown:
        return QColor(0xff, 0xff, 0xff); // hollow dot: an end without a known status
    case TimelineMarker::ExitKilled:
        return QColor(0xcc, 0x33, 0x11); // vivid red diamond
    case TimelineMarker::Note:
        return QColor(0xbb, 0xbb, 0xbb); // grey pentagon: context, not an event to spot
    }
    return Qt::gray;
}

QString ChartPalette::spanKindLabel(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Work:
        return tr("work");
    case SpanKind::BarrierWait:
        return tr("barrier wait");
    case SpanKind::LockWait:
        return tr("lock wait");
    case SpanKind::LockHold:
        return tr("lock hold");
    case SpanKind::Task:
        return tr("task");
    }
    return QString();
}

QString ChartPalette::markerLabel(TimelineMarker marker)
{
    switch (marker) {
    case TimelineMarker::Launch:
        return tr("launch");
    case TimelineMarker::SignalSent:
        return tr("signal sent");
    case TimelineMarker::ExitNormal:
        return tr("exit (normal)");
    case TimelineMarker::ExitError:
        return tr("exit (error)");
    case TimelineMarker::ExitUnknown:
        return tr("exit (status unknown)");
    case TimelineMarker::ExitKilled:
        return tr("exit (killed)");
    case TimelineMarker::Note:
        return tr("note");
    }
    return QString();
}

QString ChartPalette::zombieLabel()
{
    // Short: the legend is one row and elides long entries in a narrow window. The band's
    // tooltip says what a zombie is.
    return tr("zombie");
}

} // namespace proclab
