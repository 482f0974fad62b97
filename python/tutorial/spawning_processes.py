"""2. spawning_processes.py: processes created in a loop; process i makes i * workload items.

--join-in-loop is the tutorial's mistake: start() then join() in the same loop runs the processes
one after the other."""

import multiprocessing

from do_something import (do_something, non_negative, parser, positive, report_output,
                          use_start_method)


def myFunc(i, workload):
    print("calling myFunc from process n°: %s" % i)
    out_list = list()
    do_something(i * workload, out_list)
    report_output(len(out_list))
    print("output size of process n°%s: %d" % (i, len(out_list)))


if __name__ == "__main__":
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--workers", type=positive, default=6, help="processes (default 6)")
    p.add_argument("--workload", type=non_negative, default=1000,
                   help="items per unit: process i makes i * workload (default 1000)")
    p.add_argument("--join-in-loop", action="store_true",
                   help="join each process right after starting it (the tutorial's mistake)")
    args = p.parse_args()
    use_start_method(args.start_method)

    processes = []
    for i in range(args.workers):
        process = multiprocessing.Process(target=myFunc, args=(i, args.workload))
        process.start()
        if args.join_in_loop:
            process.join()
        processes.append(process)
    for process in processes:
        process.join()
