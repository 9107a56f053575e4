"""Benchmark: planparse against the floor of just reading each file's text, in one run.

    python bench/bench.py            # all of it
    python bench/bench.py --quick    # fewer repeats, a smaller batch
    python bench/bench.py --only=docx,pdf   # these formats only, no batch

For each format it times `planparse.parse` in-process on the samples and the
fastest way to merely read the same file's text (the floor), best of 30 runs
each taken in turns (see `paired`), and prints the ratio. Then it converts a folder of 204 notices (copies of the samples) with
`planparse batch --jobs 1` and `--jobs 2` (each twice, in turns, the best
kept), printing documents/s, MB/s, the scaling and the peak memory, and times `planparse --help` (start-up).
"""
from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def floor_txt(data: bytes) -> str:
    return data.decode("utf-8")


def floor_docx(data: bytes) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def floor_pdf(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def floor_html(data: bytes) -> str:
    import lxml.html

    return lxml.html.document_fromstring(data.decode("gb18030")).text_content()


FLOORS = {"txt": floor_txt, "docx": floor_docx, "pdf": floor_pdf, "html": floor_html}


def paired(floor, ours, data: bytes, repeat: int, block: int = 3) -> tuple[float, float]:
    """The best of `repeat` runs of each, in blocks of `block` runs taking turns.

    Best-of: on a shared machine the slower runs measure the neighbours (timeit's
    advice for CPU-bound code). Turns: the floor and planparse meet the same
    neighbours, so their ratio holds from run to run. Blocks: the first run after
    a switch pays for the other's leftovers in the CPU caches and the allocator,
    which a user converting one notice after another does not; the best of a block
    is a later run.
    """
    floor(data)  # warm: imports, caches
    ours(data)
    best = [float("inf"), float("inf")]
    for _ in range(max(1, repeat // block)):
        for k, fn in enumerate((floor, ours)):
            for _ in range(block):
                t = time.perf_counter()
                fn(data)
                best[k] = min(best[k], time.perf_counter() - t)
    return best[0], best[1]


def _cold(parse):
    """planparse caches what repeats inside a document (deadline words, owner cells, labels);
    clear those caches before each run so that a document parsed again is timed like a new one."""
    from planparse.structure.outline import match_label
    from planparse.targets.deadline import _find_deadlines
    from planparse.targets.owners import _split_owners

    def run(data, name):
        for cached in (match_label, _find_deadlines, _split_owners):
            cached.cache_clear()
        return parse(data, name=name)

    return run


def per_format(repeat: int, formats: tuple[str, ...]) -> None:
    import planparse

    parse = _cold(planparse.parse)

    print(f"{'file':34} {'KB':>6} {'pages':>5} {'floor ms':>9} {'extract ms':>11} {'ratio':>6}")
    for fmt in formats:
        for path in sorted(SAMPLES.glob(f"*.{fmt}")):
            data = path.read_bytes()
            floor, ours = paired(FLOORS[fmt], lambda d, n=path.name: parse(d, n), data, repeat)
            pages = ""
            if fmt == "pdf":
                import pypdfium2 as pdfium

                pages = str(len(pdfium.PdfDocument(data)))
            print(f"{path.name:34} {len(data) / 1024:6.0f} {pages:>5} {floor * 1000:9.1f} {ours * 1000:11.1f} "
                  f"{ours / floor:5.1f}x")


def _command() -> list[str]:
    """The planparse command of the interpreter running the benchmark (not whichever is first on PATH)."""
    script = Path(sys.executable).with_name("planparse")
    return [str(script)] if script.exists() else [sys.executable, "-m", "planparse"]


def batch(copies: int) -> None:
    exe = " ".join(_command())
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        files = [p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".docx", ".pdf", ".html")]
        n = 0
        size = 0
        while n < copies:
            for p in files:
                if n >= copies:
                    break
                dst = src / f"{n:04d}_{p.name}"
                shutil.copy(p, dst)
                size += dst.stat().st_size
                n += 1
        print(f"\nbatch over {n} notices ({size / 1e6:.1f} MB), {os.cpu_count()} cores")
        print(f"{'jobs':>4} {'seconds':>8} {'docs/s':>7} {'MB/s':>6} {'peak MB':>8}  (peak: all processes together)")
        # each setting twice, taking turns (1, 2, 1, 2), the best of each: a batch takes seconds,
        # long enough for the machine's neighbours to come and go in between
        times: dict[int, float] = {}
        peaks: dict[int, int] = {}
        for jobs in (1, 2, 1, 2):
            out = Path(tmp) / f"out{jobs}"
            cmd = f"{exe} batch {src} -o {out} --jobs {jobs} --force"
            t = time.perf_counter()
            proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            peak = 0
            while proc.poll() is None:  # the whole process tree's memory, workers included
                peak = max(peak, _tree_rss(proc.pid))
                time.sleep(0.2)
            dt = time.perf_counter() - t
            if proc.returncode != 0:
                print(proc.stderr.read()[-2000:])
            times[jobs] = min(times.get(jobs, dt), dt)
            peaks[jobs] = max(peaks.get(jobs, 0), peak)
        for jobs in (1, 2):
            dt = times[jobs]
            print(f"{jobs:4} {dt:8.2f} {n / dt:7.1f} {size / 1e6 / dt:6.2f} {peaks[jobs] / 2**20:8.0f}")
        print(f"scaling 1 → 2 jobs: {times[1] / times[2]:.2f}x")


def _tree_rss(root: int) -> int:
    """Resident memory in bytes of a process and its descendants (Linux /proc; 0 elsewhere).
    Walks the tree through /proc/PID/task/*/children: scanning all of /proc at every poll
    took CPU from the batch it measured."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in Path(f"/proc/{pid}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total


def startup(repeat: int) -> None:
    cmd = _command() + ["--help"]
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True)
        runs.append(time.perf_counter() - t)
    base = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], capture_output=True)
        base.append(time.perf_counter() - t)
    print(f"\nplanparse --help: {statistics.median(runs) * 1000:.0f} ms "
          f"(bare python start-up: {statistics.median(base) * 1000:.0f} ms)")


def interpreter() -> None:
    """Which Python ran the figures, and how fast it runs plain Python code.

    planparse is mostly pure Python, so its times scale with the interpreter's own
    speed, which differs between builds on one machine (seen here: pyenv's CPython
    3.11.7, compiled without --enable-optimizations, runs this loop 1.5x slower than
    Debian's python3.11). Compare figures across machines or interpreters by this line.
    """
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        total = 0
        for i in range(1_000_000):
            total += i
        best = min(best, time.perf_counter() - t)
    print(f"python {sys.version.split()[0]} at {sys.executable}: a loop of 1M additions in {best * 1000:.0f} ms\n")


def main() -> None:
    args = sys.argv[1:]
    if "-h" in args or "--help" in args:
        print(__doc__)
        return
    unknown = [a for a in args if a != "--quick" and not a.startswith("--only=")]
    only = [a.split("=", 1)[1] for a in args if a.startswith("--only=")]
    formats = tuple(only[0].split(",")) if only else ("txt", "docx", "pdf", "html")
    bad = [f for f in formats if f not in FLOORS]
    if unknown or bad:
        what = f"unknown option {unknown[0]}" if unknown else f"unknown format {bad[0]} (one of {', '.join(FLOORS)})"
        sys.exit(f"bench.py: {what}; see --help")
    quick = "--quick" in args
    interpreter()
    per_format(6 if quick else 30, formats)
    if not only:
        batch(60 if quick else 204)
        startup(3 if quick else 7)


if __name__ == "__main__":
    main()
