"""Issue #23: an .xlsx of ~1.4 MB whose one 2 MB shared string is used by 20,000 cells. The reader
copies the string per cell (40 GB); the guard must refuse it from the sizes of the strings and
the cells that use them, with one Indonesian message and little memory.

The child process runs with its address space limited to 3 GB, so the reader of da7ae9f fails
there (MemoryError or abort) instead of eating the machine."""

from __future__ import annotations

import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from humas_desktop.messages import MESSAGES
from tests.formats.child_memory import PEAK_MB

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def text_bomb(path: Path, cells: int = 20_000, length: int = 2 * 1024 * 1024) -> Path:
    rng = random.Random(23)
    big = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(length))
    rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>NIK</t></is></c></row>']
    rows += [f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(2, cells + 2)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml",
                    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                    '<Override PartName="/xl/workbook.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        zf.writestr("_rels/.rels",
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        zf.writestr("xl/workbook.xml",
                    f'<workbook {NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships"><sheets><sheet name="Peserta" sheetId="1" r:id="rId1"/></sheets>'
                    '</workbook>')
        zf.writestr("xl/_rels/workbook.xml.rels",
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        zf.writestr("xl/worksheets/sheet1.xml",
                    f'<worksheet {NS}><sheetData>{"".join(rows)}</sheetData></worksheet>')
        zf.writestr("xl/sharedStrings.xml",
                    f'<sst {NS} count="{cells}" uniqueCount="1"><si><t>{big}</t></si></sst>')
    return path


CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
from pathlib import Path
from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.roster_reader import open_roster, read_sheet
try:
    read_sheet(open_roster(Path(sys.argv[1])))
    code = "read"
except DomainError as exc:
    code = exc.code
except MemoryError:
    code = "MemoryError"
""" + PEAK_MB + """
print(code, peak_mb())
"""


@pytest.mark.slow
def test_one_huge_shared_string_in_many_cells_is_refused_with_little_memory(tmp_path: Path) -> None:
    path = text_bomb(tmp_path / "daftar.xlsx")
    assert path.stat().st_size < 1_600_000
    run = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                         timeout=300, cwd=Path(__file__).resolve().parents[2])
    out = run.stdout.split()
    assert run.returncode == 0 and len(out) == 2, (run.returncode, run.stdout, run.stderr[-500:])
    code, peak_mb = out[0], int(out[1])
    assert code == "xlsx_too_much_text"
    assert "teks" in MESSAGES[code] and "Data acara tidak diubah" in MESSAGES[code]
    assert peak_mb < 500, f"{peak_mb} MB"


def test_a_roster_with_ordinary_text_is_still_read(tmp_path: Path) -> None:
    from humas_desktop.formats.roster_reader import open_roster, read_sheet

    path = text_bomb(tmp_path / "daftar.xlsx", cells=2_000, length=40)
    sheet = read_sheet(open_roster(path))
    assert len(sheet.rows) == 2_001 and len(sheet.rows[1][0]) == 40
