"""A scripted full session leaves no NIK/NIP in logs, temp files, console output or file names."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from humas_desktop.formats import encryption
from humas_desktop.services import integrity
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device

# Runs the command line in subprocesses: the slow step of .ci/run.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, data: Path, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HUMAS_DATA_DIR": str(data), "TMPDIR": str(tmp), "TEMP": str(tmp),
           "QT_QPA_PLATFORM": "offscreen", "HUMAS_LSP_PASSPHRASE": "frasa sandi LSP panjang"}
    return subprocess.run([sys.executable, "-m", "humas_desktop", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=180, check=False)


def test_full_session_leaks_no_id_numbers(tmp_path: Path) -> None:
    data, tmp = tmp_path / "data", tmp_path / "tmp"
    data.mkdir()
    tmp.mkdir()
    outputs: list[str] = []

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        result = cli(*args, data=data, tmp=tmp)
        outputs.extend([result.stdout, result.stderr])
        return result

    made = run("demo", "--no-gui", "--participants", "12", "--decided")
    assert made.returncode == 0, made.stderr
    event = Path(made.stdout.strip().splitlines()[-1])
    device = load_or_create_device(data)
    with open_event(event, device_id=device.id) as edb:
        ids = [v for row in edb.conn.execute("SELECT nik, nip FROM participant") for v in row if v]
        svc = ScoringService(edb)
        for (aid,) in edb.conn.execute("SELECT id FROM assessment WHERE status = 'ditandatangani'"
                                       ).fetchall():
            integrity.sign_assessment(edb, device, aid)
        aid = edb.conn.execute("SELECT id FROM assessment LIMIT 1").fetchone()[0]
        svc.reopen(aid, "Koreksi")
        with edb.atomic():
            svc.sign_off(aid, "Asesor Contoh", "MET.000.1")
            receipt = integrity.sign_assessment(edb, device, aid)
        assert integrity.verify_receipt_code(receipt.code)
        package = data / "paket-asesor.humas"
        edb.conn.execute("VACUUM INTO ?", (str(package),))
    encrypted = data / "paket-asesor.humas.hdenc"
    encryption.encrypt_file(package, encrypted, "kata sandi paket asesor", log2_n=12)
    package.unlink()
    assert len(ids) >= 12
    assert run("check", str(event), "--require-receipts").returncode == 0
    assert run("check", str(event), "--json").returncode == 0
    assert run("lsp-key", "create").returncode == 0
    assert run("lsp-key", "export-public").returncode == 0
    # A tampered file: the failure message names rows by id, never by person.
    with sqlite3.connect(event, isolation_level=None) as conn:
        conn.execute("UPDATE answer SET verdict = 'BK' WHERE rowid = 1")
        conn.execute("UPDATE participant SET attendance = 'tidak_hadir' WHERE rowid = 1")
    conn.close()
    bad = run("check", str(event))
    # (participant rows are replayed too since issue 21; the first table named is either)
    assert bad.returncode == 1 and ("answer" in bad.stderr or "participant" in bad.stderr)
    run("check", str(event), "--json")
    run("verify", str(event))

    leaks: list[str] = []
    for root in (data, tmp):
        for path in root.rglob("*"):
            if any(i in path.name for i in ids):
                leaks.append(f"file name {path.name}")
            if path.is_file() and path != event and path.suffix != ".humas":
                body = path.read_bytes()
                leaks += [f"content of {path.name}" for i in ids if i.encode() in body]
    leaks += [f"console: {i}" for i in ids for out in outputs if i in out]
    assert leaks == []
    assert (tmp.exists() and not any(tmp.iterdir())), "no temp file is left behind"
