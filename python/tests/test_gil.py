"""Long computations release the GIL: another Python thread keeps running meanwhile."""
from __future__ import annotations

import threading
import time

import detente
from conftest import EXAMPLES


def test_other_threads_run_while_a_monte_carlo_runs():
    s = detente.Scenario.load(EXAMPLES / "ukraine-2025" / "scenario.toml")
    done = threading.Event()

    def work():
        s.robustness(20000, seed=1, nash=False)
        done.set()

    t = threading.Thread(target=work)
    started = time.perf_counter()
    last = started
    longest_gap = 0.0
    t.start()
    while not done.is_set():
        now = time.perf_counter()
        longest_gap = max(longest_gap, now - last)
        last = now
    t.join()
    elapsed = time.perf_counter() - started
    # Were the GIL held for the call, this loop would stop for all of it: one gap as long as
    # the call. Released, the loop only pauses for the interpreter's thread switches.
    assert elapsed > 0.1, "the call was too short to tell"
    assert longest_gap < elapsed / 3, (longest_gap, elapsed)
