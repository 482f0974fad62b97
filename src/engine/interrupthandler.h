// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace proclab {

// SIGTERM, SIGINT and SIGHUP, the Qt way: the asynchronous handler only write()s the signal's
// number into a pipe (async-signal-safe, nothing else), and a QSocketNotifier on the other end
// turns it into interrupted() in the event loop of the thread that created the handler. The
// handlers use SA_RESTART, and exec() resets them in the processes the lab starts.
//
// The first signal is handed to whoever drives the lab (the batch writes what it collected, the
// window stops its runs and quits): interrupted(). A second one while that is under way means
// "now": killEverythingAndExit(). One handler per process; destroying it restores the defaults.
class InterruptHandler : public QObject
{
    Q_OBJECT
public:
    explicit InterruptHandler(QObject *parent = nullptr);
    ~InterruptHandler() override;

    bool isInstalled() const { return m_notifier != nullptr; }
    int received() const { return m_received; }

    // "SIGTERM", "SIGINT", "SIGHUP", …
    static QString signalName(int signal);
    // The exit status of a lab ended by `signal`: 128 + signal, as a shell reports a process
    // killed by it (143 SIGTERM, 130 SIGINT, 129 SIGHUP).
    static int exitCode(int signal) { return 128 + signal; }

    // Ends the lab at once, without unwinding: cuts the lifeline (the kernel SIGKILLs every process
    // of every run, grandchildren and orphans included), SIGKILLs the lab's own children in case
    // one does not hold it, removes the System V segments and key files this lab created, and
    // _exit()s with exitCode(signal).
    [[noreturn]] static void killEverythingAndExit(int signal);

signals:
    // The first SIGTERM, SIGINT or SIGHUP. Later ones call killEverythingAndExit().
    void interrupted(int signal);

private:
    void readSignals();

    QSocketNotifier *m_notifier = nullptr;
    int m_received = 0;
};

} // namespace proclab
