"""6. process_pool.py: Pool(workers).map(square, range(tasks)).

--chunksize 0 lets Python choose (Pool.map's default); --workload adds do_something(workload) to
each task."""

import multiprocessing

from do_something import do_something, non_negative, parser, positive, use_start_method

WORKLOAD = 0


def square(data):
    if WORKLOAD:
        do_something(WORKLOAD, list())
    result = data * data
    return result


def set_workload(workload):
    global WORKLOAD
    WORKLOAD = workload


if __name__ == "__main__":
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--workers", type=positive, default=4, help="pool processes (default 4)")
    p.add_argument("--tasks", type=non_negative, default=10, help="inputs: range(tasks)")
    p.add_argument("--chunksize", type=non_negative, default=0,
                   help="tasks per chunk (default 0: Python's choice)")
    p.add_argument("--workload", type=non_negative, default=0,
                   help="do_something items per task (default 0)")
    args = p.parse_args()
    ctx = use_start_method(args.start_method)

    inputs = list(range(args.tasks))
    pool = ctx.Pool(processes=args.workers, initializer=set_workload, initargs=(args.workload,))
    pool_outputs = pool.map(square, inputs, args.chunksize or None)
    pool.close()
    pool.join()
    print("Pool    :", pool_outputs)
