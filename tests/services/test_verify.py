"""Certificate verification offline: every altered QR field fails; PNG and PDF QR codes verify."""

from __future__ import annotations

import base64
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
import segno
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from humas_desktop.cli import main
from humas_desktop.formats import cert_payload
from humas_desktop.formats.cert_payload import CertificatePayload
from humas_desktop.services import lsp_key
from humas_desktop.services.lsp_key import LspKeyError
from humas_desktop.services.verify import verify_payload, verify_source

FAST = 12  # scrypt cost for tests that only exercise the file format, not the key stretching
PASS = "frasa sandi LSP yang panjang"


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def payload() -> CertificatePayload:
    today = date.today()
    return CertificatePayload(
        number="62.0/LSP-HN/2026/000123", registration_number="PHM 7325 00123 2026",
        scheme_code="SKM-HUMAS-YUNIOR", issue_date=today, valid_until=today + timedelta(days=1095),
        holder_hash=cert_payload.holder_hash("Suparman", "3273010101700001"))


def signed_text(key: Ed25519PrivateKey, p: CertificatePayload | None = None) -> str:
    p = p or payload()
    return cert_payload.encode(p, lsp_key.make_signer(key)(p.body()))


def test_valid_payload_and_holder_match(key: Ed25519PrivateKey) -> None:
    text = signed_text(key)
    assert segno.make(text, error="m").version <= 10
    result = verify_payload(text, key.public_key(), holder=("  suparman ", "3273010101700001"))
    assert result.valid and result.authentic and result.holder_match is True
    assert result.code == "certificate_valid"
    wrong = verify_payload(text, key.public_key(), holder=("Suparman", "3273010101700002"))
    assert wrong.holder_match is False and not wrong.valid


@pytest.mark.parametrize("field", ["number", "registration_number", "scheme_code", "issue_date",
                                   "valid_until", "holder_hash"])
def test_every_altered_field_is_rejected(key: Ed25519PrivateKey, field: str) -> None:
    original = payload()
    _, signature, _ = cert_payload.decode(signed_text(key, original))
    assert signature is not None
    changes = {"number": "62.0/LSP-HN/2026/000124", "registration_number": "PHM 7325 00124 2026",
               "scheme_code": "SKM-HUMAS-MADYA", "issue_date": original.issue_date - timedelta(1),
               "valid_until": original.valid_until + timedelta(days=3650),
               "holder_hash": cert_payload.holder_hash("Suparman", "3273010101700009")}
    fields = {f: getattr(original, f) for f in changes}
    fields[field] = changes[field]
    forged = cert_payload.encode(CertificatePayload(**fields), signature)
    result = verify_payload(forged, key.public_key())
    assert not result.valid and not result.authentic
    assert result.code == "payload_bad_signature"


def test_bit_flips_signature_swaps_and_other_keys_are_rejected(key: Ed25519PrivateKey) -> None:
    text = signed_text(key)
    data = text[5:]
    raw = base64.b32decode(data + "=" * (-len(data) % 8))
    for i in range(0, len(raw), 7):
        flipped = bytearray(raw)
        flipped[i] ^= 0x01
        forged = "HD1S." + base64.b32encode(bytes(flipped)).decode().rstrip("=")
        assert not verify_payload(forged, key.public_key()).valid
    assert verify_payload(text, Ed25519PrivateKey.generate().public_key()).code == \
        "payload_bad_signature"
    unsigned = cert_payload.encode(payload())
    assert verify_payload(unsigned, key.public_key()).code == "payload_unsigned"
    assert verify_payload(text, None).code == "no_public_key"
    assert verify_payload("HELLO", key.public_key()).code == "payload_not_ours"


def test_expired_and_revoked(key: Ed25519PrivateKey) -> None:
    text = signed_text(key)
    later = payload().valid_until + timedelta(days=1)
    assert verify_payload(text, key.public_key(), today=later).code == "certificate_expired"
    revocations = lsp_key.load_revocation_list(
        lsp_key.make_revocation_list(key, [payload().number, "X/1"], date.today()), key.public_key())
    result = verify_payload(text, key.public_key(), revocations)
    assert result.revoked and not result.valid and result.code == "certificate_revoked"


def test_valid_on_its_last_day_expired_the_day_after(key: Ed25519PrivateKey) -> None:
    """Issue #22: the last valid day is still valid; only another number in the list is no
    revocation; the result names the list it checked."""
    text = signed_text(key)
    last = payload().valid_until
    on_last = verify_payload(text, key.public_key(), today=last)
    assert on_last.valid and on_last.code == "certificate_valid" and not on_last.expired
    after = verify_payload(text, key.public_key(), today=last + timedelta(days=1))
    assert not after.valid and after.expired
    others = lsp_key.load_revocation_list(
        lsp_key.make_revocation_list(key, ["X/1", payload().number + "0"], date.today(), 3),
        key.public_key(), where="daftar.json")
    kept = verify_payload(text, key.public_key(), others, today=last)
    assert kept.valid and not kept.revoked
    assert kept.as_dict()["revocation_list"]["sequence"] == 3
    assert "urutan 3" in kept.revocation_text() and "daftar.json" in kept.revocation_text()


def test_revocation_list_must_be_signed_by_the_lsp(key: Ed25519PrivateKey) -> None:
    text = lsp_key.make_revocation_list(key, ["A/1"], date.today())
    data = json.loads(text)
    data["numbers"] = []  # someone "un-revokes" a certificate
    with pytest.raises(LspKeyError) as err:
        lsp_key.load_revocation_list(json.dumps(data), key.public_key())
    assert err.value.code == "revocation_bad_signature"
    other = Ed25519PrivateKey.generate().public_key()
    with pytest.raises(LspKeyError):
        lsp_key.load_revocation_list(text, other)
    with pytest.raises(LspKeyError) as bad:
        lsp_key.load_revocation_list("{nonsense", key.public_key())
    assert bad.value.code == "revocation_malformed"


def test_png_qr_verifies(key: Ed25519PrivateKey, tmp_path: Path) -> None:
    png = tmp_path / "qr.png"
    segno.make(signed_text(key), error="m").save(png, scale=4)
    assert verify_source(str(png), key.public_key()).valid


def test_pdf_with_qr_verifies(key: Ed25519PrivateKey, tmp_path: Path) -> None:
    from fpdf import FPDF

    png = tmp_path / "qr.png"
    segno.make(signed_text(key), error="m").save(png, scale=4)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.cell(text="Sertifikat Kompetensi")
    pdf.image(str(png), x=150, y=230, w=40)
    target = tmp_path / "sertifikat.pdf"
    pdf.output(str(target))
    result = verify_source(str(target), key.public_key())
    assert result.valid and result.payload is not None
    assert result.payload.number == payload().number


def test_cli_lsp_key_and_verify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HUMAS_LSP_PASSPHRASE", PASS)
    monkeypatch.setattr(lsp_key.create_key, "__kwdefaults__", {"log2_n": FAST})
    assert main(["lsp-key", "create"]) == 0
    base = Path(__import__("os").environ["HUMAS_DATA_DIR"])
    key_file = lsp_key.default_key_path(base)
    assert key_file.exists() and (key_file.stat().st_mode & 0o777) == 0o600
    assert main(["lsp-key", "create"]) == 1  # never overwrites
    capsys.readouterr()
    key = lsp_key.load_key(key_file, PASS)
    exported = tmp_path / "publik.pem"
    assert main(["lsp-key", "export-public", str(exported)]) == 0
    assert exported.read_bytes() == lsp_key.public_pem(key)
    text = signed_text(key)
    png = tmp_path / "qr.png"
    segno.make(text, error="m").save(png, scale=4)
    capsys.readouterr()
    assert main(["verify", str(png), "--public-key", str(exported), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["valid"] is True and out["certificate"]["number"] == payload().number
    assert main(["verify", text]) == 0  # the public key in the data folder is the default
    assert main(["lsp-key", "revoke", payload().number]) == 0
    capsys.readouterr()
    assert main(["verify", text, "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["revoked"] is True
    assert main(["verify", text[:-3] + "AAA", "--public-key", str(exported)]) == 1
    assert "TIDAK SAH" in capsys.readouterr().out
    monkeypatch.setenv("HUMAS_LSP_PASSPHRASE", "salah sekali frasa")
    assert main(["lsp-key", "export-public", str(tmp_path / "x.pem")]) == 1
    assert "Frasa sandi kunci LSP salah" in capsys.readouterr().err


def test_key_file_needs_the_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "k.hdkey"
    with pytest.raises(LspKeyError) as weak:
        lsp_key.create_key(path, "pendek")
    assert weak.value.code == "lsp_key_weak_passphrase"
    key = lsp_key.create_key(path, PASS)  # default (OWASP) scrypt cost, once
    assert PASS.encode() not in path.read_bytes()
    loaded = lsp_key.load_key(path, PASS)
    assert lsp_key.public_pem(loaded) == lsp_key.public_pem(key)
    with pytest.raises(LspKeyError) as wrong:
        lsp_key.load_key(path, PASS + "x")
    assert wrong.value.code == "lsp_key_wrong_passphrase"


def test_missing_qr_reader_gives_a_clear_message(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    png = tmp_path / "qr.png"
    segno.make("HD1U.ABC", error="m").save(png, scale=4)
    monkeypatch.setattr("humas_desktop.formats.qr_image._zxing", lambda: None)
    monkeypatch.setattr("humas_desktop.formats.qr_image.shutil.which", lambda name: None)
    assert main(["verify", str(png)]) == 1
    assert "zxing-cpp" in capsys.readouterr().err


def test_qr_read_without_command_line_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a laptop without zbarimg and pdftoppm (Windows) images and PDFs still verify."""
    from fpdf import FPDF

    from humas_desktop.formats.qr_image import read_qr_texts

    monkeypatch.setattr("humas_desktop.formats.qr_image.shutil.which", lambda name: None)
    png = tmp_path / "qr.png"
    segno.make("HD1U.ABCDEF", error="m").save(png, scale=4)
    assert read_qr_texts(png) == ["HD1U.ABCDEF"]
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(png), x=20, y=20, w=40)
    pdf.output(str(tmp_path / "qr.pdf"))
    assert read_qr_texts(tmp_path / "qr.pdf") == ["HD1U.ABCDEF"]
