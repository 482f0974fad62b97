// SPDX-License-Identifier: MIT
// Launch probe: a do-nothing QtCore program (what proclab-worker links: libQt6Core and, through
// it, ICU, glib, pcre2, zstd, …) that says "ready". The gap between this and the libc-only floor is
// the price of loading QtCore, before any ProcLab code runs.
#include <QString>
#include <unistd.h>

int main(int argc, char **argv)
{
    const QString last = QString::fromLocal8Bit(argv[argc - 1]); // QtCore really used
    return ::write(1, "ready\n", 6) == 6 && !last.isEmpty() ? 0 : 1;
}
