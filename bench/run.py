#!/usr/bin/env python3
"""Runs the klass benchmarks under klass and python3 in the same session.

Each bench/<name>.py is run N times by each interpreter (alternating, so that
machine load affects both alike), the median wall time is kept, and both
outputs are checked to be the same checksum line. The table shows
python3 seconds / klass seconds: above 1 means klass is faster.

A missing klass binary, a benchmark that fails, times out or prints a
different checksum is reported in its table row; the script itself only fails
on bad command-line arguments.

    python3 bench/run.py [--klass PATH] [--python PATH] [-n N] [--timeout S] [NAME ...]

This is a development tool run with CPython; it is not part of klass.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)


class Outcome:
    """What one interpreter did with one benchmark over all its runs."""

    def __init__(self):
        self.times = []
        self.output = None
        self.error = None  # set on the first failed run; later runs are skipped

    @property
    def ok(self):
        return self.error is None and bool(self.times)

    @property
    def median(self):
        return statistics.median(self.times)


def find_benchmarks(names):
    available = sorted(f[:-3] for f in os.listdir(BENCH_DIR)
                       if f.endswith('.py') and f != 'run.py' and not f.startswith('_'))
    if not names:
        return available
    unknown = [n for n in names if n not in available]
    if unknown:
        sys.exit('unknown benchmark(s): %s (available: %s)' % (', '.join(unknown), ', '.join(available)))
    return names


def resolve_interpreter(path):
    """Absolute path of an executable, or None when it does not exist."""
    if os.sep in path:
        path = os.path.abspath(path)
        return path if os.path.isfile(path) and os.access(path, os.X_OK) else None
    return shutil.which(path)


def run_once(interpreter, script, timeout, outcome):
    start = time.perf_counter()
    try:
        proc = subprocess.run([interpreter, script], cwd=BENCH_DIR, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        outcome.error = 'timeout (%gs)' % timeout
        return
    except OSError as e:
        outcome.error = 'cannot run: %s' % e.strerror
        return
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        last_line = proc.stderr.decode(errors='replace').strip().splitlines()[-1:] or ['']
        outcome.error = 'exit %d %s' % (proc.returncode, last_line[0][:60])
        return
    output = proc.stdout.decode(errors='replace').strip()
    if outcome.output is not None and output != outcome.output:
        outcome.error = 'output changed between runs'
        return
    outcome.output = output
    outcome.times.append(elapsed)


def measure(name, interpreters, runs, timeout):
    """Runs one benchmark; returns {label: Outcome}. Runs alternate between interpreters."""
    script = name + '.py'  # run from inside bench/, like the conformance runner does
    outcomes = {label: Outcome() for label in interpreters}
    for _ in range(runs):
        for label, path in interpreters.items():
            outcome = outcomes[label]
            if path is None:
                outcome.error = 'missing'
            elif outcome.error is None:
                run_once(path, script, timeout, outcome)
    return outcomes


def format_row(name, klass, python):
    def seconds(outcome):
        return '%.3f' % outcome.median if outcome.ok else outcome.error

    if klass.ok and python.ok:
        if klass.output != python.output:
            ratio = 'output differs: %r vs %r' % (klass.output[:20], python.output[:20])
        else:
            ratio = '%.2f' % (python.median / klass.median) if klass.median > 0 else 'n/a'
    else:
        ratio = '-'
    return [name, seconds(klass), seconds(python), ratio]


def print_table(rows):
    header = ['benchmark', 'klass s', 'python3 s', 'python3/klass']
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = '  '.join('%-*s' % (w, h) for w, h in zip(widths, header))
    print(line)
    print('-' * len(line))
    for row in rows:
        print('  '.join('%-*s' % (w, c) for w, c in zip(widths, row)))


def main():
    parser = argparse.ArgumentParser(description='Compare klass with python3 on bench/*.py.')
    parser.add_argument('--klass', default=os.path.join(REPO_DIR, 'build', 'klass'),
                        help='klass binary (default: build/klass in the repository)')
    parser.add_argument('--python', default='python3', help='reference interpreter (default: python3)')
    parser.add_argument('-n', '--runs', type=int, default=5, help='runs per interpreter (default: 5)')
    parser.add_argument('--timeout', type=float, default=120, help='seconds allowed per run (default: 120)')
    parser.add_argument('names', nargs='*', help='benchmarks to run (default: all)')
    args = parser.parse_args()
    if args.runs < 1:
        parser.error('--runs must be at least 1')

    names = find_benchmarks(args.names)
    interpreters = {'klass': resolve_interpreter(args.klass), 'python3': resolve_interpreter(args.python)}
    if interpreters['klass'] is None:
        print('note: klass binary not found at %s; its column shows "missing"' % args.klass)
    print('%d run(s) each, median wall time\n' % args.runs)
    rows = []
    for name in names:
        outcomes = measure(name, interpreters, args.runs, args.timeout)
        rows.append(format_row(name, outcomes['klass'], outcomes['python3']))
    print_table(rows)


if __name__ == '__main__':
    main()
