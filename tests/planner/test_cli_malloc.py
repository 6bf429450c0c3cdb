"""The command line keeps freed memory for reuse where glibc lets it (issue 30)."""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

from planner.cli import malloc

ROOT = Path(__file__).resolve().parents[2]


def test_asked_exactly_where_the_c_library_is_glibc() -> None:
    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert malloc.keep_freed_memory() is glibc


def test_a_command_asks_for_it_before_its_work(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from planner.cli import malloc\n"
        "real = malloc.keep_freed_memory\n"
        "def asked():\n"
        "    print('asked', flush=True)\n"
        "    return real()\n"
        "malloc.keep_freed_memory = asked\n"
        "from retention_planner.__main__ import main\n"
        "sys.exit(main(['nps', '--help']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], check=False, capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("asked\n") and "usage:" in done.stdout
