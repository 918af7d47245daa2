"""The benchmark suite runs and writes the documented JSON (a smoke run, not a measurement).

Only the cheap parts run here: ``large`` at the quick size (a 2 MB mail, no service needed) and
``workers`` pointed at a closed port, which must be skipped with the reason instead of failing.
The figures themselves are read by people (``make bench``), never asserted: a timed assertion
fails on a busy machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.support.services import free_port

ROOT = Path(__file__).resolve().parents[2]


def test_quick_suite_writes_a_table_and_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    closed = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/test"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "suite.py"),
            "--quick",
            "--only",
            "large,workers",
            "--pg",
            closed,
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "measure" in done.stdout and "peak memory" in done.stdout
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["size"]["name"] == "quick"
    machine = document["machine"]
    for key in ("cores", "python", "sqlite", "postgresql", "commit", "load_before", "load_after"):
        assert key in machine
    assert set(document["parts"]) == {"large", "workers"}
    workers = document["parts"]["workers"]
    assert workers["skipped"] and "not reachable" in workers["skipped"]
    assert document["parts"]["large"]["error"] is None
    (measure,) = document["measures"]
    assert set(measure) == {"part", "name", "figure", "unit", "target", "passed", "ratio", "note"}
    assert measure["part"] == "large" and measure["figure"] > 0 and isinstance(measure["passed"], bool)


def test_unknown_part_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "suite.py"), "--only", "nothing"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "unknown part" in done.stderr
