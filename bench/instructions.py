"""Instructions per parse, counted by valgrind: a measure the machine's neighbours cannot move.

    python bench/instructions.py samples/000_2e09f0fb1ab2e70d.docx samples/000_2e09f0fb1ab2e70d.pdf

For each file it prints the millions of instructions of one `planparse.parse`
and of the floor (bench.py's), in a warm process: valgrind counts a run that
parses the file once and a run that parses it three times, and the difference
is two parses. Needs valgrind (`apt-get install valgrind`); slow (~15 s a
file). Instructions are not time (the interpreter runs fewer of them per
nanosecond than lxml or PDFium), but a change that does not lower them has not
made planparse faster.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _count(path: str, what: str, runs: int) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0")  # the same dict orders, run to run
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
           sys.executable, __file__, "--child", what, str(runs), path]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env).stderr
    m = re.search(r"Collected : (\d+)", out)
    if not m:
        raise SystemExit(f"valgrind gave no count for {path}:\n{out[-1000:]}")
    return int(m.group(1))


def _child(what: str, runs: int, path: str) -> None:
    sys.path.insert(0, str(HERE))
    import bench
    import planparse

    data = Path(path).read_bytes()
    fmt = Path(path).suffix.lstrip(".")
    parse = bench._cold(planparse.parse)
    fn = (lambda: bench.FLOORS[fmt](data)) if what == "floor" else (lambda: parse(data, Path(path).name))
    for _ in range(runs):
        fn()


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], int(sys.argv[3]), sys.argv[4])
        return
    print(f"{'file':34} {'floor M':>8} {'parse M':>8}")
    for path in sys.argv[1:]:
        counts = [(_count(path, what, 3) - _count(path, what, 1)) / 2 / 1e6 for what in ("floor", "parse")]
        print(f"{Path(path).name:34} {counts[0]:8.0f} {counts[1]:8.0f}")


if __name__ == "__main__":
    main()
