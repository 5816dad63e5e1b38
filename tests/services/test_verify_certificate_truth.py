"""Issue #22: the certificate tells the truth. One LSP identity (the registry's, snapshotted into
the event at close), final certificates always signed, and revocations that reach ``verify``."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.formats import cert_payload
from humas_desktop.formats.qr_image import read_qr_texts
from humas_desktop.services import lsp_key
from humas_desktop.services.demo import DEMO_SK_NUMBER
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.external import need_program
from tests.services.test_registry_close import _cli, _demo_with_codes

PASSPHRASE = "frasa sandi kunci LSP yang panjang"
VERIFY_URL = "http://127.0.0.1:8766/"
LSP = "LSP Kehumasan Nusantara"


def _registry(capsys: pytest.CaptureFixture[str], base: Path, *extra: str) -> str:
    location = str(base / "registry.sqlite")
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "init", "--registry", location,
                        "--lsp-name", LSP, "--licence", "BNSP-LSP-1926-ID", "--field-code", "HMS",
                        "--address", "Jl. Merdeka 17, Bandung",
                        "--signatory", "Dr. Bambang Sutrisno, M.Si.=Ketua LSP",
                        "--signatory", "Rina Kartika, S.Sos.=Manajer Sertifikasi", *extra)
    assert code == 0, err
    return location


def _closed(capsys: pytest.CaptureFixture[str], base: Path, location: str,
            participants: int = 3) -> Path:
    event = _demo_with_codes(base, participants)
    code, _, err = _cli(capsys, "--data-dir", str(base), "close", str(event), "--plenary-date",
                        date.today().isoformat(), "--sk-number", DEMO_SK_NUMBER, "--registry", location)
    assert code == 0, err
    return event


def _key(base: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    key_path = lsp_key.default_key_path(base)
    key = lsp_key.create_key(key_path, PASSPHRASE, log2_n=10)
    lsp_key.export_public(key, lsp_key.default_public_path(base))
    monkeypatch.setenv("HUMAS_LSP_PASSPHRASE", PASSPHRASE)
    return key_path


def _text(pdf: Path) -> str:
    need_program("pdftotext")
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


# --- fresh revocation ------------------------------------------------------------------------


def test_verify_with_its_defaults_sees_a_revocation_made_in_the_registry(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Observed on da7ae9f: after ``registry revoke`` the same laptop's ``verify`` said SAH (rc 0),
    and said nothing about which revocation list it had checked."""
    base = tmp_path / "data"
    location = _registry(capsys, base, "--verify-url", VERIFY_URL)
    event = _closed(capsys, base, location)
    _key(base, monkeypatch)
    out_dir = tmp_path / "out"
    code, _, err = _cli(capsys, "--data-dir", str(base), "export", str(event), "certificates",
                        "--out", str(out_dir), "--no-per-participant")
    assert code == 0, err
    urls = read_qr_texts(out_dir / "sertifikat.pdf")
    first = cert_payload.decode(urls[0])[0].number
    monkeypatch.setenv("HUMAS_REGISTRY", location)
    code, out, _ = _cli(capsys, "--data-dir", str(base), "verify", urls[0])
    assert code == 0 and out.startswith("SAH")
    assert "Daftar pencabutan" in out and "urutan 0" in out  # which list: the registry's
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "revoke", first,
                        "--reason", "data palsu", "--registry", location)
    assert code == 0, err
    code, out, _ = _cli(capsys, "--data-dir", str(base), "verify", urls[0])
    assert code == 1 and out.startswith("TIDAK SAH") and "dicabut" in out
    assert "urutan 1" in out
    code, out, _ = _cli(capsys, "--data-dir", str(base), "verify", urls[0], "--json")
    data = json.loads(out)
    assert data["valid"] is False and data["revoked"] is True
    assert data["revocation_list"]["source"] == "registry"
    assert data["revocation_list"]["sequence"] == 1
    assert data["revocation_list"]["issued"]  # the date of the list checked
    # Another certificate of the same event is still valid; the list's sequence is shown.
    code, out, _ = _cli(capsys, "--data-dir", str(base), "verify", urls[1], "--json")
    assert code == 0 and json.loads(out)["revocation_list"]["sequence"] == 1


def test_verify_says_when_no_revocation_list_was_checked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A verifier's laptop without the registry or a list: valid signature, but the answer says
    that revocation was not checked (text and JSON)."""
    key = lsp_key.create_key(tmp_path / "k.hdkey", PASSPHRASE, log2_n=10)
    pem = lsp_key.export_public(key, tmp_path / "lsp.pem")
    from datetime import date, timedelta

    p = cert_payload.CertificatePayload("N1", "R1", "SKM", date.today(),
                                        date.today() + timedelta(days=30),
                                        cert_payload.holder_hash("A", "1" * 16))
    text = cert_payload.encode(p, key.sign(p.body()))
    monkeypatch.delenv("HUMAS_REGISTRY", raising=False)
    empty = tmp_path / "verifier"
    code, out, _ = _cli(capsys, "--data-dir", str(empty), "verify", text, "--public-key", str(pem))
    assert code == 0 and out.startswith("SAH")
    assert "tidak ada daftar pencabutan yang diperiksa" in out.lower()
    code, out, _ = _cli(capsys, "--data-dir", str(empty), "verify", text, "--public-key", str(pem),
                        "--json")
    assert json.loads(out)["revocation_list"] is None


def test_a_revocation_list_carries_a_growing_sequence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The signed list in the site and the data folder has a sequence number that only grows."""
    base = tmp_path / "data"
    location = _registry(capsys, base, "--verify-url", VERIFY_URL)
    event = _closed(capsys, base, location)
    _key(base, monkeypatch)
    with open_event(event, device_id="t") as edb:
        numbers = [c.number for c in repo.list_certificates(edb)]
    site = tmp_path / "site"
    seqs = []
    for number in numbers[:2]:
        code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "revoke", number,
                            "--reason", "data palsu", "--registry", location)
        assert code == 0, err
        code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "site", "--out", str(site),
                            "--registry", location)
        assert code == 0, err
        seqs.append(json.loads((site / "revocations.json").read_text("utf-8"))["seq"])
    assert seqs == sorted(seqs) and seqs[0] < seqs[1]
    key = lsp_key.load_key(lsp_key.default_key_path(base), PASSPHRASE)
    loaded = lsp_key.load_revocation_list((site / "revocations.json").read_text("utf-8"),
                                          key.public_key())
    assert loaded.seq == seqs[1] and set(numbers[:2]) <= loaded.numbers
    # The hand-made list of ``lsp-key revoke`` grows too.
    code, _, err = _cli(capsys, "--data-dir", str(base), "lsp-key", "revoke", numbers[0])
    assert code == 0, err
    code, _, err = _cli(capsys, "--data-dir", str(base), "lsp-key", "revoke", numbers[0], numbers[1])
    assert code == 0, err
    own = json.loads((lsp_key.key_dir(base) / "revocation.json").read_text("utf-8"))
    assert own["seq"] == 2


# --- final certificates are signed ----------------------------------------------------------


def test_final_certificates_are_signed_or_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Observed on da7ae9f: certificates of a closed event were exported unsigned (an app-text
    QR the app's own ``verify`` calls TIDAK SAH), with no warning."""
    base = tmp_path / "data"
    location = _registry(capsys, base, "--verify-url", VERIFY_URL)
    event = _closed(capsys, base, location)
    out_dir = tmp_path / "out"
    code, out, err = _cli(capsys, "--data-dir", str(base), "export", str(event), "certificates",
                          "--out", str(out_dir), "--no-per-participant")
    assert code == 1 and "Traceback" not in err
    assert "lsp-key create" in err and len(err.strip().splitlines()) == 1
    assert not (out_dir / "sertifikat.pdf").exists()
    from humas_desktop.services.exports import ExportError, ExportOptions, export_documents
    from tests.conftest import run_to_end

    with (open_event(event, device_id="t", actor="coordinator") as edb,  # the GUI's service
          pytest.raises(ExportError) as refused):
        run_to_end(export_documents(edb, ["all"], out_dir, ExportOptions()))
    assert refused.value.code == "certificate_needs_lsp_key"
    assert not out_dir.exists() or not any(out_dir.iterdir())  # nothing at all was written
    # A draft is possible, and says so on every page.
    code, _, err = _cli(capsys, "--data-dir", str(base), "export", str(event), "certificates",
                        "--out", str(out_dir), "--no-per-participant", "--draft")
    assert code == 0, err
    from pypdf import PdfReader

    pages = PdfReader(out_dir / "sertifikat.pdf").pages
    assert all("DRAF" in page.extract_text() for page in pages)
    # With the LSP key in the data folder the export signs by default; verify says SAH.
    _key(base, monkeypatch)
    code, _, err = _cli(capsys, "--data-dir", str(base), "export", str(event), "certificates",
                        "--out", str(out_dir), "--no-per-participant")
    assert code == 0, err
    urls = read_qr_texts(out_dir / "sertifikat.pdf")
    assert urls and all(u.startswith(VERIFY_URL + "#HD1S.") for u in urls)
    assert not any("DRAF" in page.extract_text() for page in PdfReader(out_dir / "sertifikat.pdf").pages)
    code, out, _ = _cli(capsys, "--data-dir", str(base), "verify", urls[0])
    assert code == 0 and out.startswith("SAH")


def test_a_registry_without_verification_address_does_not_number_final_certificates(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "data"
    location = _registry(capsys, base)  # no --verify-url
    event = _demo_with_codes(base, 3)
    code, _, err = _cli(capsys, "--data-dir", str(base), "close", str(event), "--plenary-date",
                        date.today().isoformat(), "--sk-number", DEMO_SK_NUMBER, "--registry", location)
    assert code == 1 and "Traceback" not in err
    assert "registry profile --verify-url" in err
    with open_event(event, device_id="t") as edb:
        assert repo.list_certificates(edb) == []
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "profile", "--registry",
                        location, "--verify-url", VERIFY_URL)
    assert code == 0, err
    code, _, err = _cli(capsys, "--data-dir", str(base), "close", str(event), "--plenary-date",
                        date.today().isoformat(), "--sk-number", DEMO_SK_NUMBER, "--registry", location)
    assert code == 0, err


def test_the_implicit_registry_of_a_gui_close_is_refused_without_an_address(tmp_path: Path) -> None:
    from humas_desktop.services import registry as reg

    base = tmp_path / "data"
    event = _demo_with_codes(base, 3)
    with (open_event(event, device_id="t", actor="coordinator") as edb,
          pytest.raises(reg.RegistryError) as caught):
        reg.open_for_close(str(base / "registry.sqlite"), edb)
    assert caught.value.code == "registry_verify_url_missing"
    assert not (base / "registry.sqlite").exists()
    # The address typed in the close dialog goes into the registry it creates.
    with open_event(event, device_id="t", actor="coordinator") as edb:
        store = reg.open_for_close(str(base / "registry.sqlite"), edb, verify_url=VERIFY_URL)
    try:
        assert store.profile().verify_url == VERIFY_URL
    finally:
        store.close()


# --- one LSP identity -----------------------------------------------------------------------


def test_certificate_and_verification_page_name_the_same_lsp(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Observed on da7ae9f: the certificate named the event's "LSP Humas Nusantara (contoh)" and a
    blank signer; the QR page named the registry's LSP."""
    base = tmp_path / "data"
    location = _registry(capsys, base, "--verify-url", VERIFY_URL)
    event = _closed(capsys, base, location)
    _key(base, monkeypatch)
    out_dir = tmp_path / "out"
    code, _, err = _cli(capsys, "--data-dir", str(base), "export", str(event), "all",
                        "--out", str(out_dir), "--no-per-participant")
    assert code in (0, 1), err  # 1 only for blank BNSP codes
    site = tmp_path / "site"
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "site", "--out", str(site),
                        "--registry", location)
    assert code == 0, err
    page_name = json.loads((site / "site-data.js").read_text("utf-8")
                           .removeprefix("window.HUMAS_SITE = ").rstrip().rstrip(";"))["lspName"]
    assert page_name == LSP
    cert = " ".join(_text(out_dir / "sertifikat.pdf").split())
    # The certificate spells it "Lembaga Sertifikasi Profesi Kehumasan Nusantara".
    assert f"Lembaga Sertifikasi Profesi {LSP.removeprefix('LSP ')}" in cert
    assert "Humas Nusantara (contoh)" not in cert
    assert "Dr. Bambang Sutrisno, M.Si." in cert and "Rina Kartika, S.Sos." in cert
    for name in ("sk-penetapan-hasil.pdf", "berita-acara-pleno.pdf", "berita-acara.pdf"):
        text = " ".join(_text(out_dir / name).split())
        assert LSP.upper() in text.upper() and "HUMAS NUSANTARA (CONTOH)" not in text.upper(), name
        assert "BNSP-LSP-1926-ID" in text or name != "berita-acara.pdf", name
    from pypdf import PdfReader

    assert PdfReader(out_dir / "sertifikat.pdf").metadata.author == LSP
    # The event keeps the snapshot: a later change in the registry does not change a reprint,
    # and the event says which registry version it took.
    with open_event(event, device_id="t") as edb:
        snap = json.loads(edb.setting("registry.identity") or "{}")
    assert snap["name"] == LSP and snap["version"] >= 1
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "profile", "--registry",
                        location, "--signatory", "Orang Lain=Ketua LSP")
    assert code == 0, err
    again = tmp_path / "again"
    code, _, err = _cli(capsys, "--data-dir", str(base), "export", str(event), "certificates",
                        "--out", str(again), "--no-per-participant")
    assert code == 0, err
    reprint = " ".join(_text(again / "sertifikat.pdf").split())
    assert "Dr. Bambang Sutrisno, M.Si." in reprint and "Orang Lain" not in reprint


def test_the_sequence_is_signed_and_an_old_list_still_reads(tmp_path: Path) -> None:
    """A list whose sequence number was raised by hand fails its signature; a version-1 list
    (before sequence numbers) still verifies, as sequence 0."""
    import base64
    from datetime import date

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    text = lsp_key.make_revocation_list(key, ["B", "A", "A"], date(2026, 12, 7), 4)
    listed = lsp_key.load_revocation_list(text, key.public_key(), where="revocations.json")
    assert (listed.seq, sorted(listed.numbers), listed.issued) == (4, ["A", "B"], date(2026, 12, 7))
    raised = json.loads(text)
    raised["seq"] = 9
    with pytest.raises(lsp_key.LspKeyError) as bad:
        lsp_key.load_revocation_list(json.dumps(raised), key.public_key())
    assert bad.value.code == "revocation_bad_signature"
    for seq in (-1, "4", True):
        raised["seq"] = seq
        with pytest.raises(lsp_key.LspKeyError) as bad:
            lsp_key.load_revocation_list(json.dumps(raised), key.public_key())
        assert bad.value.code == "revocation_malformed"
    body = json.dumps({"format": lsp_key.REVOCATION_FORMAT, "v": 1, "issued": "2026-01-02",
                       "numbers": ["A"]}, sort_keys=True, separators=(",", ":")).encode()
    v1 = {"format": lsp_key.REVOCATION_FORMAT, "v": 1, "issued": "2026-01-02", "numbers": ["A"],
          "signature": base64.b64encode(key.sign(body)).decode()}
    old = lsp_key.load_revocation_list(json.dumps(v1), key.public_key())
    assert old.seq == 0 and "A" in old
    assert lsp_key.revocation_sequence(text) == 4 and lsp_key.revocation_sequence("rusak") == 0


def test_a_registry_without_revocations_is_still_a_list_checked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from humas_desktop.services import registry as reg
    from humas_desktop.services.verify import revocation_text

    base = tmp_path / "data"
    location = _registry(capsys, base, "--verify-url", VERIFY_URL)
    found = reg.reachable_revocations(location)
    assert found is not None and found.source == "registry" and found.seq == 0
    assert found.issued is None and not found.numbers
    assert "belum pernah ada pencabutan" in revocation_text(found)
    assert reg.reachable_revocations(str(tmp_path / "tidak-ada.sqlite")) is None
    assert not (tmp_path / "tidak-ada.sqlite").exists()
