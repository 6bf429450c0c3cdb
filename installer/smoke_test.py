"""Smoke test of the built bundle: it starts, draws the demo, and every sub-command runs.

    python3 installer/smoke_test.py [BUNDLE_EXECUTABLE]   # default: dist/retention-planner/retention-planner

Needs only Python 3.11 (no third-party package): the sales and survey files it feeds the
bundle are written here (the .xlsx by hand, it is a zip of XML), the screenshot is checked
by reading the PNG bytes. Runs offscreen. Checks, each must exit 0:

- `--version`, `--help` and every sub-command's `--help`;
- `--demo --screenshot PNG`: the picture exists, has a plausible size and is not one colour;
- `kpis` on a CSV and on an .xlsx, `predict` on the CSV, `nps` on a survey CSV,
  `effect --demo`, `export --demo` to .xlsx and .pdf, `import-plan --demo` on that workbook;
- the limited child the app reads sales files in (`EXE -m planner.limited ... planner.sales.isolated`,
  what planner.sandbox starts with `sys.executable`, the bundle's own executable when frozen)
  reads the CSV and the .xlsx;
- ldd finds every library of the bundle's offscreen and xcb platform plugins (Linux).

Prints one line per check and `N passed, N failed` at the end; exit code 1 on a failure.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXE = (
    ROOT / "dist" / "retention-planner" / ("retention-planner.exe" if os.name == "nt" else "retention-planner")
)
SUBCOMMANDS = ("kpis", "predict", "effect", "export", "import-plan", "nps")
TIMEOUT = 300


# ---------------------------------------------------------------- input files


def sales_rows(customers: int = 400, seed: int = 5) -> list[tuple[str, str, str, float]]:
    """(customer_id, order_id, date, amount): two years of orders as the BG/NBD model assumes
    them (each customer buys at an own rate and may drop out after each purchase), so that
    predict has at least 100 repeat buyers and a fit that converges."""
    rng = random.Random(seed)
    start, end = dt.date(2023, 1, 1), dt.date(2024, 12, 31)
    rows = []
    order = 1000
    for number in range(customers):
        day = start + dt.timedelta(days=rng.randrange(600))
        mean_gap = rng.uniform(25, 160)
        spend = rng.gammavariate(4, 15)  # each customer's own typical basket (Gamma-Gamma)
        while day <= end:
            order += 1
            rows.append(
                (f"K{1000 + number}", f"A{order}", day.isoformat(), round(5 + rng.gammavariate(6, spend / 6), 2))
            )
            if rng.random() < 0.2:  # this customer stops buying
                break
            day += dt.timedelta(days=1 + int(rng.expovariate(1 / mean_gap)))
    rows.sort(key=lambda row: row[2])
    return rows


def write_sales_csv(path: Path, rows: list[tuple[str, str, str, float]]) -> None:
    lines = ["customer_id,order_id,date,amount"] + [f"{c},{o},{d},{a:.2f}" for c, o, d, a in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_xlsx(path: Path, header: list[str], rows: list[tuple[object, ...]]) -> None:
    """A minimal .xlsx (one sheet "Sales", inline strings, numbers as numbers)."""

    def cell(ref: str, value: object) -> str:
        if isinstance(value, int | float):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'

    def column(index: int) -> str:
        return chr(ord("A") + index)

    body = []
    for r, values in enumerate([tuple(header), *rows], start=1):
        cells = "".join(cell(f"{column(i)}{r}", v) for i, v in enumerate(values))
        body.append(f'<row r="{r}">{cells}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(body)}</sheetData></worksheet>"
    )
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Sales" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)


def write_survey_csv(path: Path) -> None:
    rng = random.Random(7)
    lines = ["date,score,customer_id,comment"]
    for i in range(60):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=i * 5)
        lines.append(f"{day.isoformat()},{rng.choice([3, 6, 7, 8, 9, 9, 10, 10])},K{1000 + i},ok")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- PNG check


def png_summary(path: Path) -> tuple[int, int, int]:
    """(width, height, number of distinct colours among sampled pixels) of an 8-bit RGB(A) PNG."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, width = 8, b"", 0
    height = depth = colour = interlace = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, chunk = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
    if depth != 8 or colour not in (2, 6) or interlace:
        return width, height, -1  # another encoding: size only
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    colours: set[bytes] = set()
    offset = 0
    for y in range(height):
        kind = raw[offset]
        line = bytearray(raw[offset + 1 : offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):  # undo the PNG row filter
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        previous = line
        if y % 7 == 0:
            for x in range(0, width, 5):
                colours.add(bytes(line[x * channels : x * channels + 3]))
    return width, height, len(colours)


# ---------------------------------------------------------------- the checks


class Smoke:
    def __init__(self, exe: Path, work: Path) -> None:
        self.exe = exe
        self.work = work
        self.passed = 0
        self.failed: list[str] = []
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(work / "home"))
        self.env.pop("PYTHONPATH", None)
        (work / "home").mkdir()

    def run(self, *args: str | Path, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.exe), *map(str, args)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=self.env,
            cwd=self.work,
            check=False,
        )

    def check(self, name: str, test: Callable[[], str | None]) -> None:
        started = time.monotonic()
        try:
            problem = test()
        except Exception as error:  # a check that crashes is a failed check
            problem = f"{type(error).__name__}: {error}"
        took = time.monotonic() - started
        if problem:
            self.failed.append(name)
            print(f"FAIL {name} ({took:.1f} s): {problem}", flush=True)
        else:
            self.passed += 1
            print(f"ok   {name} ({took:.1f} s)", flush=True)

    def exits_0(self, *args: str | Path, expect: Callable[[str], bool] | None = None) -> Callable[[], str | None]:
        def test() -> str | None:
            result = self.run(*args)
            if result.returncode != 0:
                return f"exit {result.returncode}: {(result.stderr.strip().splitlines() or ['-'])[-1]}"
            if expect is not None and not expect(result.stdout):
                return f"unexpected output: {result.stdout[:300]!r}"
            return None

        return test


def json_with(*keys: str) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        data = json.loads(text)
        return isinstance(data, dict) and all(key in data for key in keys)

    return check


def screenshot_check(smoke: Smoke, png: Path) -> Callable[[], str | None]:
    def test() -> str | None:
        result = smoke.run("--demo", "--screenshot", png)
        if result.returncode != 0:
            return f"exit {result.returncode}: {result.stderr.strip()[-300:]}"
        if not png.exists():
            return "no picture written"
        width, height, colours = png_summary(png)
        if not (600 <= width <= 8000 and 400 <= height <= 8000):
            return f"implausible size {width}x{height}"
        if 0 <= colours < 8:
            return f"only {colours} colours: an empty window?"
        print(f"     {png}: {width}x{height}, {png.stat().st_size // 1024} KB, {colours} sampled colours")
        return None

    return test


def child_reads(smoke: Smoke, source: Path, sheet: str) -> Callable[[], str | None]:
    """What read_table_isolated starts: EXE -m planner.limited MEM CPU planner.sales.isolated ..."""

    def test() -> str | None:
        out = smoke.work / f"child-{source.suffix[1:]}.arrow"
        result = smoke.run(
            "-m",
            "planner.limited",
            str(4 * 1024**3),
            "120",
            "planner.sales.isolated",
            source,
            sheet,
            "auto",
            "auto",
            out,
        )
        if result.returncode != 0:
            return f"exit {result.returncode}: {result.stderr.strip()[-300:]}"
        meta = out.with_suffix(".json")
        if not meta.exists() or not out.exists():
            return f"the child wrote no result (stdout {result.stdout[:200]!r})"
        info = json.loads(meta.read_text(encoding="utf-8"))
        if "error" in info:
            return f"the child says: {info['error']}"
        return None

    return test


def libraries_found(exe: Path) -> Callable[[], str | None]:
    def test() -> str | None:
        plugins = exe.parent / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
        missing = set()
        for name in ("libqoffscreen.so", "libqxcb.so"):
            result = subprocess.run(["ldd", str(plugins / name)], capture_output=True, text=True, check=False)
            missing |= {line.split()[0] for line in result.stdout.splitlines() if "not found" in line}
        return f"not found: {' '.join(sorted(missing))}" if missing else None

    return test


def metadata_bundled(exe: Path) -> Callable[[], str | None]:
    """About lists the bundled libraries with their licences from their metadata."""

    def test() -> str | None:
        names = {p.name.lower() for p in exe.parent.rglob("*.dist-info")}
        wanted = ("pandas-", "scipy-", "pyside6_essentials-", "openpyxl-", "pillow-", "matplotlib-")
        missing = [w.rstrip("-") for w in wanted if not any(n.startswith(w) for n in names)]
        return f"no metadata of: {' '.join(missing)}" if missing else None

    return test


def main(argv: list[str]) -> int:
    exe = Path(argv[0]).resolve() if argv else DEFAULT_EXE
    if not exe.exists():
        print(f"no bundle at {exe}: build it with `python3 bootstrap.py bundle`")
        return 1
    work = Path(tempfile.mkdtemp(prefix="rp-smoke-"))
    smoke = Smoke(exe, work)
    rows = sales_rows()
    csv, xlsx, survey = work / "sales.csv", work / "sales.xlsx", work / "survey.csv"
    write_sales_csv(csv, rows)
    write_xlsx(xlsx, ["customer_id", "order_id", "date", "amount"], rows)
    write_survey_csv(survey)
    png = Path(os.environ.get("SMOKE_SCREENSHOT", str(work / "demo.png")))
    plan_xlsx, plan_pdf = work / "plan.xlsx", work / "plan.pdf"

    smoke.check("--version", smoke.exits_0("--version"))
    smoke.check("--help", smoke.exits_0("--help"))
    for command in SUBCOMMANDS:
        smoke.check(f"{command} --help", smoke.exits_0(command, "--help"))
    smoke.check("--demo --screenshot", screenshot_check(smoke, png))
    smoke.check("kpis sales.csv --json", smoke.exits_0("kpis", csv, "--json"))
    smoke.check("kpis sales.xlsx --json", smoke.exits_0("kpis", xlsx, "--json"))
    smoke.check("kpis sales.xlsx --xlsx", smoke.exits_0("kpis", xlsx, "--xlsx", work / "kpis.xlsx"))
    smoke.check("predict sales.csv --json", smoke.exits_0("predict", csv, "--json"))
    smoke.check("nps survey.csv --json", smoke.exits_0("nps", survey, "--json"))
    smoke.check("effect --demo --json", smoke.exits_0("effect", "--demo", "--json"))
    smoke.check("export --demo --xlsx", smoke.exits_0("export", "--demo", "--xlsx", plan_xlsx))
    smoke.check("export --demo --pdf", smoke.exits_0("export", "--demo", "--pdf", plan_pdf))
    smoke.check("export wrote files", lambda: None if plan_xlsx.exists() and plan_pdf.exists() else "missing output")
    smoke.check(
        "import-plan --demo plan.xlsx --json",
        smoke.exits_0("import-plan", "--demo", plan_xlsx, "--json", expect=json_with("changes")),
    )
    smoke.check("limited child reads sales.csv", child_reads(smoke, csv, ""))
    smoke.check("limited child reads sales.xlsx", child_reads(smoke, xlsx, "Sales"))
    smoke.check("library metadata for Help > About", metadata_bundled(exe))
    if sys.platform.startswith("linux") and shutil.which("ldd"):
        smoke.check("ldd: Qt platform plugins complete", libraries_found(exe))
    shutil.rmtree(work / "home", ignore_errors=True)
    print(f"{smoke.passed} passed, {len(smoke.failed)} failed")
    if smoke.failed:
        print(f"kept {work} for a look")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
