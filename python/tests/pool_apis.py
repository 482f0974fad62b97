"""Helper of test_trace.py: one Pool API over range(N), results checked, printed to stdout."""

import multiprocessing
import sys


def square(x):
    return x * x


def add(a, b):
    return a + b


def square_but_9(x):
    if x == 9:
        raise ValueError("no square for 9")
    return x * x


if __name__ == "__main__":
    api, n = sys.argv[1], int(sys.argv[2])
    expected = [i * i for i in range(n)]
    with multiprocessing.Pool(3) as pool:
        if api == "map":
            results = pool.map(square, range(n), 4)
        elif api == "starmap":
            results = pool.starmap(add, [(i * i, 0) for i in range(n)], 4)
        elif api == "imap":
            results = list(pool.imap(square, range(n), 5))
        elif api == "imap_unordered":
            results = sorted(pool.imap_unordered(square, range(n), 5))
        elif api == "fail":  # chunks of 4: task 9 raises, 10 and 11 (its chunk's rest) never run
            try:
                pool.map(square_but_9, range(n), 4)
            except ValueError as e:
                print("failed:", e)
                results = expected
        else:
            results = pool.map_async(square, range(n)).get()
        pool.close()
        pool.join()
    assert results == expected, results
    print("results ok")
