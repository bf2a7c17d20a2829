#!/usr/bin/python3
"""Compare `binome-cli assign --json` with SciPy's linear_sum_assignment(maximize=True).

The solver makes a maximum-weight matching: entries that are -inf, negative or below
--min-score are never used, and people may stay unmatched. With all usable weights >= 0 its
total equals SciPy's on the same matrix where unusable entries are 0 (a perfect assignment
can always be completed with zero entries), and a row capacity K equals SciPy on the matrix
with every row repeated K times. Every result is also checked pair by pair.

Run by ctest as matching.scipy; exits non-zero on the first disagreement.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def scipy_total(weights, capacity, min_score):
    usable = np.where(np.isfinite(weights) & (weights >= min_score) & (weights > 0), weights, 0.0)
    if capacity > 1:
        usable = np.repeat(usable, capacity, axis=0)
    rows, cols = linear_sum_assignment(usable, maximize=True)
    return float(usable[rows, cols].sum())


def run_cli(cli, path, capacity, min_score):
    command = [cli, "assign", path, "--json", "--capacity", str(capacity),
               "--min-score", repr(min_score)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise AssertionError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr}")
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if len(lines) != 1:
        raise AssertionError(f"expected exactly one JSON line, got: {done.stdout[:200]}")
    return json.loads(lines[0])


def check_pairs(weights, capacity, min_score, result):
    n, m = weights.shape
    per_row = np.zeros(n, dtype=int)
    per_col = np.zeros(m, dtype=int)
    total = 0.0
    for row, col in result["pairs"]:
        w = weights[row, col]
        assert np.isfinite(w) and w >= min_score and w > 0, f"pair ({row}, {col}) weight {w}"
        per_row[row] += 1
        per_col[col] += 1
        total += w
    assert per_row.max(initial=0) <= capacity, "a row exceeds its capacity"
    assert per_col.max(initial=0) <= 1, "a column is used twice"
    assert sorted(result["unmatched_rows"]) == [int(i) for i in np.flatnonzero(per_row == 0)]
    assert sorted(result["unmatched_cols"]) == [int(j) for j in np.flatnonzero(per_col == 0)]
    assert abs(total - result["total"]) <= 1e-9 * max(1.0, abs(total)), "total is not the sum"
    assert result["solve_seconds"] >= 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="path to binome-cli")
    args = parser.parse_args()

    rng = np.random.default_rng(20261123)
    # (rows, cols, distribution, forbidden fraction, capacity, minimum score)
    cases = [
        (50, 50, "uniform", 0.0, 1, 0.0),
        (100, 100, "integers", 0.0, 1, 0.0),
        (200, 200, "uniform", 0.1, 1, 0.0),
        (400, 400, "uniform", 0.0, 1, 0.0),
        (400, 400, "integers", 0.05, 1, 0.0),
        (300, 200, "uniform", 0.0, 1, 0.0),
        (200, 300, "integers", 0.1, 1, 0.0),
        (400, 300, "uniform", 0.2, 1, 0.0),
        (150, 400, "uniform", 0.05, 2, 0.0),
        (100, 350, "integers", 0.0, 3, 0.0),
        (300, 300, "uniform", 0.0, 1, 0.8),
        (250, 300, "integers", 0.1, 1, 60.0),
        (200, 200, "signed", 0.0, 1, 0.0),
        (1000, 800, "uniform", 0.1, 1, 0.0),
        (300, 300, "additive", 0.0, 1, 0.0),
        (250, 300, "additive", 0.1, 2, 0.0),
    ]
    failures = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="binome-scipy-") as directory:
        for index, (n, m, distribution, forbidden, capacity, min_score) in enumerate(cases):
            if distribution == "uniform":
                weights = rng.random((n, m))
            elif distribution == "integers":
                weights = rng.integers(0, 101, size=(n, m)).astype(np.float64)
            elif distribution == "additive":  # some rows / columns better for everyone
                weights = (rng.random((n, 1)) + rng.random((1, m))
                           + 0.01 * rng.random((n, m)))
            else:  # negative entries are never worth a pair
                weights = rng.random((n, m)) * 2 - 1
            mask = rng.random((n, m)) < forbidden
            weights[mask] = -np.inf
            path = os.path.join(directory, f"case{index}.npy")
            np.save(path, weights)
            label = (f"{n}x{m} {distribution} forbidden={forbidden} capacity={capacity} "
                     f"min={min_score}")
            try:
                result = run_cli(args.cli, path, capacity, min_score)
                check_pairs(weights, capacity, min_score, result)
                expected = scipy_total(weights, capacity, min_score)
                ok = abs(result["total"] - expected) <= 1e-9 * max(1.0, abs(expected))
                print(f"{'ok  ' if ok else 'FAIL'} {label}: binome {result['total']!r} "
                      f"scipy {expected!r}")
                failures += not ok
            except AssertionError as error:
                print(f"FAIL {label}: {error}")
                failures += 1

        # The same matrix as CSV (-inf cells, semicolons) gives the same pairs.
        weights = rng.random((60, 50))
        weights[rng.random((60, 50)) < 0.1] = -np.inf
        weights[rng.random((60, 50)) < 0.05] = -np.inf
        npy_path = os.path.join(directory, "same.npy")
        csv_path = os.path.join(directory, "same.csv")
        np.save(npy_path, weights)
        np.savetxt(csv_path, weights, delimiter=";", fmt="%.17g")
        from_npy = run_cli(args.cli, npy_path, 1, 0.0)
        from_csv = run_cli(args.cli, csv_path, 1, 0.0)
        ok = from_npy["pairs"] == from_csv["pairs"] and from_npy["total"] == from_csv["total"]
        print(f"{'ok  ' if ok else 'FAIL'} CSV and .npy of one matrix: same pairs and total")
        failures += not ok

        # A malformed file: a message naming it on stderr, a non-zero exit, nothing on stdout.
        bad = os.path.join(directory, "truncated.npy")
        np.save(bad, rng.random((20, 20)))
        with open(bad, "r+b") as handle:
            handle.truncate(os.path.getsize(bad) - 8)
        done = subprocess.run([args.cli, "assign", bad, "--json"], capture_output=True, text=True)
        ok = done.returncode != 0 and "truncated.npy" in done.stderr and not done.stdout.strip()
        print(f"{'ok  ' if ok else 'FAIL'} truncated file: exit {done.returncode}, "
              f"stderr {done.stderr.strip()!r}")
        failures += not ok

    print(f"{len(cases) + 2 - failures} of {len(cases) + 2} checks agree "
          f"({time.monotonic() - started:.1f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
