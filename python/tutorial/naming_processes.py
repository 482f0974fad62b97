"""1. naming_processes.py: a named and an unnamed process, timed.

Each child fills its own out_list (processes share no memory: the parent's lists stay empty), so
each child reports the size it made. The unnamed process gets Python's own name, Process-2."""

import multiprocessing
import time

from do_something import do_something, non_negative, parser, report_output, use_start_method


def worker(size, out_list):
    do_something(size, out_list)
    name = multiprocessing.current_process().name
    report_output(len(out_list))
    print("%s output size: %d" % (name, len(out_list)))


if __name__ == "__main__":
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--workload", type=non_negative, default=1000,
                   help="items per do_something (default 1000)")
    args = p.parse_args()
    use_start_method(args.start_method)

    start_time = time.time()
    size = args.workload
    out_list1 = list()
    out_list2 = list()
    process_with_name = multiprocessing.Process(name="worker_one", target=worker,
                                                args=(size, out_list1))
    process_with_default_name = multiprocessing.Process(target=worker, args=(size, out_list2))
    process_with_name.start()
    process_with_default_name.start()
    process_with_name.join()
    process_with_default_name.join()
    print("Duration: %.2f seconds" % (time.time() - start_time))
