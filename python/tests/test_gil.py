"""Long computations release the GIL: another Python thread keeps running meanwhile."""
from __future__ import annotations

import threading
import time

import detente
from conftest import EXAMPLES


def longest_pause_while(call) -> tuple[float, float]:
    """Runs `call` in a thread while this one loops; returns the longest pause between two
    turns of the loop and how long the call took."""
    done = threading.Event()

    def work():
        call()
        done.set()

    t = threading.Thread(target=work)
    started = time.perf_counter()
    last = started
    longest = 0.0
    t.start()
    while not done.is_set():
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    t.join()
    return longest, time.perf_counter() - started


def test_other_threads_run_while_a_monte_carlo_runs():
    s = detente.Scenario.load(EXAMPLES / "ukraine-2025" / "scenario.toml")
    draws = 20000
    while True:
        longest, elapsed = longest_pause_while(lambda: s.robustness(draws, seed=1, nash=False))
        if elapsed > 0.3 or draws > 5_000_000:
            break
        draws *= 4  # a faster build: make the call long enough to tell
    # Were the GIL held for the call, this loop would stop for all of it: one pause as long
    # as the call. Released, the loop only pauses for the interpreter's thread switches.
    assert elapsed > 0.3, "the call was too short to tell"
    assert longest < elapsed / 2, (longest, elapsed)
