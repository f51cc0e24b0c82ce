"""Every exported document of the demo workspace and of each seed, as PNG pages in one folder.

    .venv/bin/python benchmarks/gallery.py [--out DIR] [--seeds DIR] [--month 2026-11]

Workspaces are made with the command line, as a user makes them (`xa-planner demo`, or `init`
+ `template import` + `plan derive`); the .docx and .xlsx go through LibreOffice
(`soffice --headless --convert-to pdf`) to be seen as Word and Excel users print them; every
PDF is rendered by pdftoppm. A gallery to look through, not a test.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CLI = [sys.executable, "-m", "xa_planner"]
SEEDS = Path(__file__).resolve().parents[1] / "tests" / "data" / "plans"  # copies of the seed plans
PLAN_FORMATS = {"plan": ("pdf", "docx"), "appendix": ("pdf", "docx", "xlsx")}
REPORT_FORMATS = ("pdf", "docx", "xlsx")


def run(*args: str) -> None:
    subprocess.run([*CLI, *args], check=True, capture_output=True, timeout=600)


def seed_workspace(seed: Path, folder: Path) -> Path:
    workspace = folder / f"{seed.stem}.db"
    run("init", "--commune", "Vĩnh Thủy", "--province", "Vĩnh Long", str(workspace))
    run("template", "import", "--workspace", str(workspace), str(seed))
    run("plan", "derive", "--workspace", str(workspace), "--template", "1", "--year", "2026")
    return workspace


def export_all(workspace: Path, name: str, folder: Path, month: str | None) -> list[Path]:
    """The plan and appendix in every format; the month's report too when *month* is given."""
    written = []
    jobs = [(kind, fmt, []) for kind, fmts in PLAN_FORMATS.items() for fmt in fmts]
    if month:
        jobs += [("report", fmt, ["--month", month]) for fmt in REPORT_FORMATS]
    for kind, fmt, extra in jobs:
        target = folder / f"{name}_{kind}_{fmt}.{fmt}"
        run("export", "--workspace", str(workspace), kind, "--format", fmt, "-o", str(target), *extra)
        written.append(target)
    return written


def as_pdf(document: Path, folder: Path) -> Path:
    """The PDF itself, or LibreOffice's print of a .docx/.xlsx."""
    if document.suffix == ".pdf":
        return document
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(document)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return folder / f"{document.stem}.pdf"


def render(pdf: Path, out: Path, resolution: int) -> int:
    subprocess.run(
        ["pdftoppm", "-r", str(resolution), "-png", str(pdf), str(out / pdf.stem)],
        check=True,
        timeout=300,
    )
    return len(list(out.glob(f"{pdf.stem}-*.png")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("gallery"))
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--month", default="2026-11", help="the demo report's month")
    parser.add_argument("--resolution", type=int, default=60)
    args = parser.parse_args()
    if shutil.which("soffice") is None or shutil.which("pdftoppm") is None:
        print("needs soffice (libreoffice-writer-nogui, -calc-nogui) and pdftoppm (poppler-utils)")
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        demo = folder / "demo.db"
        run("demo", str(demo))
        documents = export_all(demo, "demo", folder, args.month)
        for seed in sorted(args.seeds.glob("[0-9][0-9][0-9]_*.txt")):  # the numbered seeds
            try:
                workspace = seed_workspace(seed, folder)
            except subprocess.CalledProcessError as exc:
                print(f"{seed.name}: no plan derived ({exc.stderr.decode(errors='replace')[-200:]})")
                continue
            documents += export_all(workspace, seed.stem[:3], folder, None)
        for document in documents:
            pages = render(as_pdf(document, folder), args.out, args.resolution)
            print(f"{document.name}: {pages} pages")
    print(f"gallery in {args.out.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
