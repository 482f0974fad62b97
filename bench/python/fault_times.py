#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turns the fault matrix's per-cell times (tests/ipc/tst_faultmatrix with PROCLAB_FAULT_TIMES:
"cell<TAB>ms" lines) into the bench's JSON lines: "fault_end" with every cell's samples (the
table's row, judged by its maximum) and "fault_end:CELL" per cell (report.py lists them)."""
import json
import sys


def main():
    cells = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            cell, _, ms = line.rstrip("\n").rpartition("\t")
            if cell:
                cells.setdefault(cell, []).append(float(ms))
    everything = [ms for samples in cells.values() for ms in samples]
    if everything:
        print(json.dumps({"op": "fault_end", "impl": "proclab", "unit": "ms",
                          "samples": everything}))
    for cell, samples in cells.items():
        print(json.dumps({"op": "fault_end:" + cell, "impl": "proclab", "unit": "ms",
                          "samples": samples, "label": cell}))


if __name__ == "__main__":
    main()
