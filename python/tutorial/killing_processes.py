"""3. killing_processes.py: start, terminate (or kill), join, and the exit code.

Two processes, as in the lab: `victim` works for --duration ms and is signalled after --kill-after
ms (exit code -15 after terminate(), -9 after kill()); `finished_first` has nothing to do and is
joined before it is signalled: terminate() on a finished process changes nothing, its exit code
stays 0 (the tutorial's "Exit status: 0")."""

import multiprocessing
import time

from do_something import (do_something, non_negative, parser, positive, report_output,
                          timed_work, use_start_method)


def foo(duration_ms):
    print("Starting function")
    out_list = list()
    timed_work(duration_ms, out_list)
    report_output(len(out_list))
    print("Finished function")


def nothing_to_do():
    out_list = list()
    do_something(0, out_list)
    report_output(len(out_list))


def signal(p, how):
    if how == "kill":
        p.kill()
    else:
        p.terminate()


if __name__ == "__main__":
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--kill-after", type=non_negative, default=500, metavar="MS",
                   help="signal the victim this long after its start (default 500)")
    p.add_argument("--signal", choices=("term", "kill"), default="term",
                   help="terminate() (SIGTERM, default) or kill() (SIGKILL)")
    p.add_argument("--duration", type=positive, default=3000, metavar="MS",
                   help="how long the victim would work (default 3000)")
    args = p.parse_args()
    use_start_method(args.start_method)

    victim = multiprocessing.Process(name="victim", target=foo, args=(args.duration,))
    finished_first = multiprocessing.Process(name="finished_first", target=nothing_to_do)
    print("Process before execution:", victim, victim.is_alive())
    started = time.monotonic()
    victim.start()
    finished_first.start()
    print("Process running:", victim, victim.is_alive())

    finished_first.join()
    signal(finished_first, args.signal)
    print("Process finished first, then signalled:", finished_first, finished_first.is_alive())
    print("Process exit code:", finished_first.exitcode)

    time.sleep(max(0.0, started + args.kill_after / 1000.0 - time.monotonic()))
    print("Process before the signal:", victim, victim.is_alive())
    signal(victim, args.signal)
    print("Process terminated:", victim, victim.is_alive())
    victim.join()
    print("Process joined:", victim, victim.is_alive())
    print("Process exit code:", victim.exitcode)
