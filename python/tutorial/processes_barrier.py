"""5. processes_barrier.py: Barrier and Lock.

--workers participants ("p1 - test_with_barrier", ...) each do --rounds rounds of uneven work
(drawn per participant and round from --seed), wait at the Barrier, then print under the Lock;
two more processes ("pN - test_without_barrier") print at once."""

import multiprocessing
import random
from datetime import datetime
from time import time

from do_something import (do_something, non_negative, parser, positive, report_output,
                          use_start_method)


def uneven_items(seed, number, round_, workload):
    """This participant's amount of work in this round: between half and one and a half times
    the workload, reproducibly from the seed (the lab's C++ participants draw the same way)."""
    draw = random.Random(seed * 1_000_003 + number * 7919 + round_)
    return draw.randint(workload // 2, workload + workload // 2)


def test_with_barrier(synchronizer, serializer, number, rounds, workload, seed):
    name = multiprocessing.current_process().name
    produced = 0
    for round_ in range(rounds):
        out_list = list()
        do_something(uneven_items(seed, number, round_, workload), out_list)
        produced += len(out_list)
        synchronizer.wait()
        now = time()
        with serializer:
            print("process %s ----> %s" % (name, datetime.fromtimestamp(now)))
    report_output(produced)


def test_without_barrier():
    name = multiprocessing.current_process().name
    now = time()
    print("process %s ----> %s" % (name, datetime.fromtimestamp(now)))


if __name__ == "__main__":
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--workers", type=positive, default=2, help="barrier parties (default 2)")
    p.add_argument("--rounds", type=positive, default=3, help="rounds (default 3)")
    p.add_argument("--workload", type=non_negative, default=200_000,
                   help="mean items of work per round (default 200000)")
    p.add_argument("--seed", type=non_negative, default=1, help="seed of the uneven work")
    args = p.parse_args()
    ctx = use_start_method(args.start_method)

    synchronizer = ctx.Barrier(args.workers)
    serializer = ctx.Lock()
    processes = []
    for number in range(1, args.workers + 1):
        processes.append(multiprocessing.Process(
            name="p%d - test_with_barrier" % number, target=test_with_barrier,
            args=(synchronizer, serializer, number, args.rounds, args.workload, args.seed)))
    for number in range(args.workers + 1, args.workers + 3):
        processes.append(multiprocessing.Process(name="p%d - test_without_barrier" % number,
                                                 target=test_without_barrier))
    for process in processes:
        process.start()
    for process in processes:
        process.join()
