"""The LSP's verification page in a real browser (Chromium via Playwright): valid, one fragment
character changed, revoked, expired; served over http from 127.0.0.1 and opened from a folder."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from humas_desktop.formats import cert_payload
from humas_desktop.services import lsp_key
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.external import need_program
from tests.services.test_registry_close import _cli, _close, _demo_with_codes, _init

PASSPHRASE = "frasa sandi kunci LSP yang panjang"
VERIFY_URL = "https://lsp.example/verifikasi/"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# Set to a folder to keep the screenshots (docs/screenshots/ holds the committed ones).
SHOTS_ENV = "HUMAS_SCREENSHOTS_DIR"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A folder served over http from 127.0.0.1 (the test's own short-lived server)."""
    site = tmp_path / "site"
    site.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site, f"http://127.0.0.1:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def _one_char_changed(url: str) -> str:
    head, payload = url.split("#", 1)
    i = len("HD1S.") + 12
    swapped = "B" if payload[i] != "B" else "C"
    return f"{head}#{payload[:i]}{swapped}{payload[i + 1:]}"


def test_verification_page_in_a_real_browser(tmp_path: Path, served: tuple[Path, str],
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    chromium = need_program("chromium")
    from playwright.sync_api import sync_playwright

    from humas_desktop.formats.qr_image import read_qr_texts

    site, http_url = served
    base = tmp_path / "data"
    location = str(base / "registry.sqlite")
    _init(capsys, base, location)
    event = _demo_with_codes(base, 4)
    code, _, err = _close(capsys, base, location, event)
    assert code == 0, err
    key_path = lsp_key.default_key_path(base)
    key = lsp_key.create_key(key_path, PASSPHRASE, log2_n=10)
    pem = lsp_key.export_public(key, lsp_key.default_public_path(base))
    monkeypatch.setenv("HUMAS_LSP_PASSPHRASE", PASSPHRASE)
    code, _, err = _cli(capsys, "--data-dir", str(base), "export", str(event), "certificates",
                        "--out", str(tmp_path / "out"), "--sign-key", str(key_path),
                        "--no-per-participant")
    assert code == 0, err
    urls = read_qr_texts(tmp_path / "out" / "sertifikat.pdf")
    with open_event(event, device_id="t") as edb:
        certs = repo.list_certificates(edb)
        people = {p.id: p for p in repo.list_participants(edb)}
    assert len(urls) == len(certs) >= 2
    assert all(u.startswith(VERIFY_URL + "#HD1S.") for u in urls)
    by_number = {cert_payload.decode(u)[0].number: u for u in urls}
    valid_cert, revoked_cert = certs[0], certs[1]
    holder = people[valid_cert.participant_id]
    # The app verifies the URL form offline, with the exported public key.
    code, out, _ = _cli(capsys, "--data-dir", str(base), "verify", by_number[valid_cert.number],
                        "--public-key", str(pem))
    assert code == 0 and out.startswith("SAH")
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "revoke", revoked_cert.number,
                        "--reason", "data palsu", "--registry", location)
    assert code == 0, err
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "site", "--out", str(site),
                        "--registry", location)
    assert code == 0, err
    assert {p.name for p in site.iterdir()} >= {"index.html", "verify.js", "style.css",
                                                  "lsp_public_key.pem", "revocations.json"}
    revocations = lsp_key.load_revocation_list((site / "revocations.json").read_text("utf-8"),
                                               key.public_key())
    assert revoked_cert.number in revocations
    old = cert_payload.CertificatePayload("70203 2432 0 0000999 2020", "HMS 1926 00999 2020",
                                          "SKM-HUMAS", date(2020, 1, 6), date(2023, 1, 6),
                                          cert_payload.holder_hash("A", "1" * 16))
    expired = cert_payload.verify_url(VERIFY_URL, cert_payload.encode(old, key.sign(old.body())))
    cases = {
        "sah": by_number[valid_cert.number],
        "tidak-sah": _one_char_changed(by_number[valid_cert.number]),
        "dicabut": by_number[revoked_cert.number],
        "kedaluwarsa": expired,
    }
    words = {"sah": "Sertifikat SAH", "tidak-sah": "TIDAK SAH", "dicabut": "DICABUT",
             "kedaluwarsa": "HABIS"}
    shots = os.environ.get(SHOTS_ENV)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            for page_url in (http_url, (site / "index.html").as_uri()):
                for expected, qr in cases.items():
                    page = browser.new_page(viewport={"width": 720, "height": 900})
                    page.goto(page_url + "#" + qr.split("#", 1)[1])
                    page.wait_for_selector("html[data-result]", timeout=15_000)
                    assert page.get_attribute("html", "data-result") == expected, (page_url, expected)
                    assert words[expected] in page.inner_text("#verdict-id")
                    assert page.inner_text("#verdict-en")  # the English line below
                    if expected in {"sah", "dicabut"}:
                        p = cert_payload.decode(qr)[0]
                        assert page.inner_text("#f-number") == p.number
                        assert page.inner_text("#f-until") == p.valid_until.isoformat()
                    if expected == "sah":
                        page.fill("#holder-name", holder.name.lower())
                        page.fill("#holder-nik", holder.nik)
                        page.click("#holder-form button")
                        page.wait_for_selector("#holder-result[data-holder]")
                        assert page.get_attribute("#holder-result", "data-holder") == "cocok"
                        if shots and page_url == http_url:
                            page.screenshot(path=str(Path(shots) / "verify-valid.png"), full_page=True)
                        page.fill("#holder-nik", holder.nik[:-1] + ("1" if holder.nik[-1] != "1" else "2"))
                        page.click("#holder-form button")
                        page.wait_for_selector("#holder-result[data-holder='tidak-cocok']")
                    if expected == "dicabut" and shots and page_url == http_url:
                        page.screenshot(path=str(Path(shots) / "verify-revoked.png"), full_page=True)
                    page.close()
            # On its last valid day a certificate is still valid (issue #22); the day after, not.
            today = date.today()
            for until, expected in ((today, "sah"), (today - timedelta(days=1), "kedaluwarsa")):
                last = cert_payload.CertificatePayload(
                    "70203 2432 0 0000998 2023", "HMS 1926 00998 2023", "SKM-HUMAS",
                    date(until.year - 3, until.month, min(until.day, 28)), until,
                    cert_payload.holder_hash("A", "1" * 16))
                qr = cert_payload.verify_url(VERIFY_URL, cert_payload.encode(last, key.sign(last.body())))
                page = browser.new_page(viewport={"width": 720, "height": 900})
                page.goto(http_url + "#" + qr.split("#", 1)[1])
                page.wait_for_selector("html[data-result]", timeout=15_000)
                assert page.get_attribute("html", "data-result") == expected, until
                page.close()
        finally:
            browser.close()
    assert shutil.which("chromium")


def _page_result(context, url: str) -> str:  # type: ignore[no-untyped-def]
    page = context.new_page()
    try:
        page.goto(url)
        page.wait_for_selector("html[data-result]", timeout=15_000)
        shown = page.evaluate("(document.getElementById('f-revocations') || {}).textContent || ''")
        return f"{page.get_attribute('html', 'data-result')}|{shown}"
    finally:
        page.close()


def test_a_stale_revocation_list_never_hides_a_revocation(
        tmp_path: Path, served: tuple[Path, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Observed on da7ae9f: the pre-revocation ``revocations.json`` put back on the server (a
    stale mirror or cache) made the page say "sah" for a revoked certificate, although the
    ``site-data.js`` beside it held the newer list. The list's sequence number decides: the page
    takes the newest of the bundled, the served and the remembered list, and shows its date."""
    chromium = need_program("chromium")
    from playwright.sync_api import sync_playwright

    from humas_desktop.formats.qr_image import read_qr_texts

    site, http_url = served
    base = tmp_path / "data"
    location = str(base / "registry.sqlite")
    _init(capsys, base, location)
    event = _demo_with_codes(base, 3)
    code, _, err = _close(capsys, base, location, event)
    assert code == 0, err
    key_path = lsp_key.default_key_path(base)
    lsp_key.create_key(key_path, PASSPHRASE, log2_n=10)
    monkeypatch.setenv("HUMAS_LSP_PASSPHRASE", PASSPHRASE)
    code, _, err = _cli(capsys, "--data-dir", str(base), "export", str(event), "certificates",
                        "--out", str(tmp_path / "out"), "--no-per-participant",
                        "--sign-key", str(key_path))
    assert code == 0, err
    url = read_qr_texts(tmp_path / "out" / "sertifikat.pdf")[0]
    number = cert_payload.decode(url)[0].number
    old_site = tmp_path / "old-site"
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "site", "--out", str(old_site),
                        "--registry", location)
    assert code == 0, err
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "revoke", number,
                        "--reason", "data palsu", "--registry", location)
    assert code == 0, err
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "site", "--out", str(site),
                        "--registry", location)
    assert code == 0, err
    fragment = "#" + url.split("#", 1)[1]
    today = date.today().isoformat()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            # A stale list served beside the new page: the bundled, newer list wins.
            shutil.copy(old_site / "revocations.json", site / "revocations.json")
            first = browser.new_context()
            result, shown = _page_result(first, http_url + fragment).split("|")
            assert result == "dicabut"
            assert today in shown and "urutan / sequence 1" in shown and "diabaikan" in shown
            # The whole old site put back (a stale mirror): a browser that has seen the newer
            # list keeps it.
            for name in ("site-data.js", "revocations.json"):
                shutil.copy(old_site / name, site / name)
            result, shown = _page_result(first, http_url + fragment).split("|")
            assert result == "dicabut" and "urutan / sequence 1" in shown
            first.close()
            # A browser that never saw the newer list cannot know better: the old list, with
            # its date and sequence shown, so the verifier sees how fresh the answer is.
            fresh = browser.new_context()
            result, shown = _page_result(fresh, http_url + fragment).split("|")
            assert result == "sah" and "urutan / sequence 0" in shown
            fresh.close()
        finally:
            browser.close()
