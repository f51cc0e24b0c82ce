"""Appendix of 300 tasks as .pdf and .xlsx: our writers against bare reportlab/openpyxl scripts.

    .venv/bin/python benchmarks/exports.py [--runs 5] [--tasks 300] [--workdir DIR] [--cli]

Plain timers, not a test. Both sides run as whole processes (interpreter start, imports, font
registration, layout, save), alternately, and read the same rows from one JSON file; the bare
scripts lay out the same table (same fonts, widths, wrapping, repeated header, borders) with no
application logic. Prints medians and ratios; bars: ratio within 1.5x, about a second or less.
With --cli, the rows come from a demo workspace of that many tasks instead, and our side is the
command an officer runs, ``xa-planner export appendix --workspace W --format pdf|xlsx -o OUT``
(opening the workspace, reading the plan, writing). CPU times (user + system) are printed too:
a busy machine disturbs them less than the wall times. Exit status 0 when every bar is met.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RATIO_BAR = 1.5
SECONDS_BAR = 1.2
FONT_DIR = Path(__file__).resolve().parents[1] / "src" / "xa_planner" / "resources" / "fonts"

APP_SCRIPT = r"""
import json, sys
from xa_planner.exporting.plan_document import AppendixDocument, AppendixRow, AppendixSection
data = json.load(open(sys.argv[1], encoding="utf-8"))
sections = tuple(AppendixSection(s["numeral"], s["title"], tuple(AppendixRow(*r) for r in s["rows"]))
                 for s in data["sections"])
doc = AppendixDocument(data["title"], data["reference"], sections)
if sys.argv[2].endswith(".pdf"):
    from xa_planner.exporting.appendix_pdf_writer import write_appendix_pdf as write
else:
    from xa_planner.exporting.appendix_xlsx_writer import write_appendix_xlsx as write
write(doc, sys.argv[2])
"""

BARE_PDF_SCRIPT = r"""
import json, sys
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape
data = json.load(open(sys.argv[1], encoding="utf-8"))
folder = sys.argv[3]
for name, file in (("S", "Regular"), ("S-B", "Bold"), ("S-I", "Italic"), ("S-BI", "BoldItalic")):
    pdfmetrics.registerFont(TTFont(name, f"{folder}/LiberationSerif-{file}.ttf"))
body = ParagraphStyle("b", fontName="S", fontSize=11, leading=13)
bold = ParagraphStyle("h", fontName="S-B", fontSize=11, leading=13)
P = lambda text, style: Paragraph("<br/>".join(escape(t) for t in text.splitlines()), style)
rows = [[P(t, bold) for t in data["columns"]]]
style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
         ("FONT", (0, 0), (-1, -1), "S", 11)]
for s in data["sections"]:
    style.append(("SPAN", (1, len(rows)), (-1, len(rows))))
    rows.append([P(s["numeral"], bold), P(s["title"], bold)] + [""] * 5)
    rows += [[P(t, body) for t in r] for r in s["rows"]]
width = landscape(A4)[0] - 45 * mm
shares = (0.04, 0.29, 0.15, 0.11, 0.14, 0.11, 0.16)
doc = SimpleDocTemplate(sys.argv[2], pagesize=landscape(A4), leftMargin=30 * mm, rightMargin=15 * mm,
                        topMargin=20 * mm, bottomMargin=20 * mm)
table = LongTable(rows, colWidths=[s * width for s in shares], repeatRows=1, splitInRow=1)
table.setStyle(style)
doc.build([P(data["title"], bold), table])
"""

BARE_XLSX_SCRIPT = r"""
import json, sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
data = json.load(open(sys.argv[1], encoding="utf-8"))
wb = Workbook(); ws = wb.active
font, bold = Font(name="Times New Roman", size=11), Font(name="Times New Roman", size=11, bold=True)
side = Side(style="thin"); grid = Border(left=side, right=side, top=side, bottom=side)
wrap = Alignment(wrap_text=True, vertical="top")
for i, w in enumerate((5, 48, 26, 18, 22, 18, 28)):
    ws.column_dimensions[chr(65 + i)].width = w
def put(row, values, f):
    for col, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=col, value=v); c.font, c.border, c.alignment = f, grid, wrap
    ws.row_dimensions[row].height = 60
ws.cell(row=1, column=1, value=data["title"]); ws.merge_cells("A1:G1")
put(2, data["columns"], bold); r = 3
for s in data["sections"]:
    put(r, [s["numeral"], s["title"]] + [""] * 5, bold); ws.merge_cells(f"B{r}:G{r}"); r += 1
    for row in s["rows"]:
        put(r, row, font); r += 1
ws.page_setup.orientation = "landscape"; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
ws.print_title_rows = "2:2"; ws.freeze_panes = "A3"
wb.save(sys.argv[2])
"""


def sample_rows(tasks: int) -> dict:
    """Realistic appendix rows: seed-like lengths, 10 Roman-numeral sections."""
    task = (
        "Đẩy mạnh tích hợp tài khoản ngân hàng của công dân vào chức năng “tài khoản hưởng an "
        "sinh xã hội” trên tài khoản định danh điện tử mức 2; hướng dẫn người dân thực hiện."
    )
    sections = []
    numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    per_section = tasks // len(numerals)
    for s, numeral in enumerate(numerals):
        rows = [
            [
                str(i + 1),
                f"{task} (nhiệm vụ {s * per_section + i + 1})",
                "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ",
                "Công an xã",
                "Phòng Văn hóa - Xã hội, Tổ Công tác Đề án 06",
                "Hoàn thành trước ngày 31/12/2026",
                "Tối thiểu 81% công dân từ đủ 14 tuổi có tài khoản định danh điện tử",
            ]
            for i in range(per_section)
        ]
        sections.append(
            {"numeral": numeral, "title": f"NHÓM NHIỆM VỤ SỐ {s + 1} CỦA ĐỀ ÁN 06", "rows": rows}
        )
    columns = [
        "TT",
        "Nhiệm vụ",
        "Văn bản chỉ đạo",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
        "Kết quả/sản phẩm",
    ]
    return {
        "title": "CÁC NHIỆM VỤ CỦA ĐỀ ÁN 06 TRÊN ĐỊA BÀN XÃ NĂM 2026",
        "reference": "(Kèm theo Kế hoạch số 05/KH-UBND ngày 25/5/2026 của UBND xã Vĩnh Thủy)",
        "columns": columns,
        "sections": sections,
    }


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time and CPU time (user + system, from wait4) of one whole process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def compare(
    label: str, ours: list[str], bare: list[str], runs: int, env: dict[str, str] | None = None
) -> bool:
    timed(ours, env), timed(bare, env)  # warm the disk cache (and compile), discarded
    ours_times, bare_times = [], []
    for _ in range(runs):
        ours_times.append(timed(ours, env))
        bare_times.append(timed(bare, env))
    mine, theirs = (statistics.median(t[0] for t in ours_times),
                    statistics.median(t[0] for t in bare_times))
    mine_cpu, theirs_cpu = (statistics.median(t[1] for t in ours_times),
                            statistics.median(t[1] for t in bare_times))
    ratio = mine / theirs
    ok = ratio <= RATIO_BAR and mine <= SECONDS_BAR
    print(
        f"{label:10} ours {mine:6.3f} s   bare {theirs:6.3f} s   ratio {ratio:4.2f}x   "
        f"(cpu {mine_cpu:5.3f} s / {theirs_cpu:5.3f} s = {mine_cpu / theirs_cpu:4.2f}x)   "
        f"{'ok' if ok else 'OVER BAR'}"
    )
    return ok


DUMP_APPENDIX_SCRIPT = r"""
import json, sys
from pathlib import Path
from xa_planner.services.workspace_service import open_workspace
with open_workspace(Path(sys.argv[1])) as workspace:
    service = workspace.plan_export
    doc = service.appendix_document(service.resolve_plan(None))
sections = [{"numeral": s.numeral, "title": s.title, "rows": [list(r.cells()) for r in s.rows]}
            for s in doc.sections]
data = {"title": doc.title, "reference": doc.reference_line, "columns": list(doc.column_titles),
        "sections": sections}
Path(sys.argv[2]).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
"""


def profile_env(work: Path) -> dict[str, str]:
    """Empty user folders; bytecode written, as an installed app has it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(work / "profile" / name.lower())
    return env


def compare_cli(py: str, work: Path, tasks: int, runs: int) -> list[bool]:
    """The officer's command against the bare libraries on the rows of the same demo plan."""
    env = profile_env(work)
    workspace, data = work / f"demo-{tasks}.xaplan", work / "cli-rows.json"
    if not workspace.exists():
        subprocess.run([py, "-m", "xa_planner", "demo", str(workspace), "--tasks", str(tasks)],
                       env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([py, "-c", DUMP_APPENDIX_SCRIPT, str(workspace), str(data)], env=env, check=True)
    cli = [py, "-m", "xa_planner", "export", "appendix", "--workspace", str(workspace)]
    return [
        compare(
            ".pdf cli",
            [*cli, "--format", "pdf", "-o", str(work / "cli.pdf")],
            [py, "-c", BARE_PDF_SCRIPT, str(data), str(work / "bare.pdf"), str(FONT_DIR)],
            runs,
            env,
        ),
        compare(
            ".xlsx cli",
            [*cli, "--format", "xlsx", "-o", str(work / "cli.xlsx")],
            [py, "-c", BARE_XLSX_SCRIPT, str(data), str(work / "bare.xlsx")],
            runs,
            env,
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tasks", type=int, default=300)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--cli", action="store_true", help="time the export command instead")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="xa_exports_"))
    work.mkdir(parents=True, exist_ok=True)
    if args.cli:
        print(f"xa-planner export appendix, {args.tasks} tasks, median of {args.runs} runs")
        return 0 if all(compare_cli(sys.executable, work, args.tasks, args.runs)) else 1
    data = work / "rows.json"
    data.write_text(json.dumps(sample_rows(args.tasks), ensure_ascii=False), encoding="utf-8")
    py = sys.executable
    print(f"appendix of {args.tasks} tasks, median of {args.runs} whole-process runs")
    results = [
        compare(
            ".pdf",
            [py, "-c", APP_SCRIPT, str(data), str(work / "ours.pdf")],
            [py, "-c", BARE_PDF_SCRIPT, str(data), str(work / "bare.pdf"), str(FONT_DIR)],
            args.runs,
        ),
        compare(
            ".xlsx",
            [py, "-c", APP_SCRIPT, str(data), str(work / "ours.xlsx")],
            [py, "-c", BARE_XLSX_SCRIPT, str(data), str(work / "bare.xlsx")],
            args.runs,
        ),
    ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
