"""4. run_background_processes_no_daemons.py: a daemon and a regular process.

As in the lab: the main process works for --duration ms, the daemon would work 4x as long and the
regular process 2x. When the main program ends, multiprocessing terminates the daemon
(exit code -15) and joins the regular process, which completes its work."""

import multiprocessing

from do_something import parser, positive, report_output, timed_work, use_start_method


def foo(duration_ms):
    name = multiprocessing.current_process().name
    print("Starting %s" % name)
    out_list = list()
    timed_work(duration_ms, out_list)
    report_output(len(out_list))
    print("Exiting %s (output size %d)" % (name, len(out_list)))


if __name__ == "__main__":
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--duration", type=positive, default=500, metavar="MS",
                   help="the main process's work; the daemon's is 4x, the regular one's 2x "
                        "(default 500)")
    args = p.parse_args()
    use_start_method(args.start_method)

    background_process = multiprocessing.Process(name="background_process", target=foo,
                                                 args=(args.duration * 4,))
    NO_background_process = multiprocessing.Process(name="NO_background_process", target=foo,
                                                    args=(args.duration * 2,))
    background_process.daemon = True
    NO_background_process.daemon = False
    background_process.start()
    NO_background_process.start()
    out_list = list()
    timed_work(args.duration, out_list)
    print("main done (output size %d): the daemon is terminated, the regular process joined"
          % len(out_list))
