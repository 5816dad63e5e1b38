"""The LSP's static verification page: ``index.html`` + ``verify.js`` + ``style.css``, the LSP
public key (``lsp_public_key.pem``), ``revocations.json`` signed by the LSP key, and
``site-data.js`` (the same key and list, so the page also works opened from a folder, where
browsers refuse ``fetch`` of local files).

The page reads the payload from the URL fragment (never sent to any server), verifies the
Ed25519 signature with the browser's WebCrypto (``crypto.subtle.verify({name: "Ed25519"})``),
checks the signed revocation list and the expiry date, and sets ``data-result`` on the root
element to ``sah``, ``tidak-sah``, ``dicabut`` or ``kedaluwarsa``.
"""

from __future__ import annotations

import json
from pathlib import Path

from humas_desktop.formats.encryption import write_file_atomic

FILES = ("index.html", "verify.js", "style.css", "site-data.js", "lsp_public_key.pem",
         "revocations.json")

INDEX_HTML = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Verifikasi Sertifikat Kompetensi</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
<header>
  <h1 id="lsp-name">Verifikasi Sertifikat</h1>
  <p class="en">Certificate verification</p>
</header>
<main>
  <section id="verdict" class="verdict">
    <p id="verdict-id" class="big">Memeriksa…</p>
    <p id="verdict-en" class="en">Checking…</p>
    <p id="verdict-detail"></p>
  </section>
  <section id="details" hidden>
    <table>
      <tr><th>Nomor sertifikat <span class="en">Certificate number</span></th><td id="f-number"></td></tr>
      <tr><th>Nomor registrasi <span class="en">Registration number</span></th><td id="f-registration"></td></tr>
      <tr><th>Skema <span class="en">Scheme</span></th><td id="f-scheme"></td></tr>
      <tr><th>Tanggal terbit <span class="en">Issued</span></th><td id="f-issued"></td></tr>
      <tr><th>Berlaku sampai <span class="en">Valid until</span></th><td id="f-until"></td></tr>
      <tr><th>Status</th><td id="f-status"></td></tr>
      <tr><th>Daftar pencabutan <span class="en">Revocation list</span></th><td id="f-revocations"></td></tr>
    </table>
    <form id="holder-form" autocomplete="off">
      <h2>Periksa pemegang <span class="en">Check the holder</span></h2>
      <p>Ketik nama dan NIK pemegang sesuai KTP. Data ini tidak dikirim ke mana pun.
        <span class="en">Type the holder's name and NIK; nothing is sent anywhere.</span></p>
      <label>Nama <input id="holder-name" name="name" required></label>
      <label>NIK <input id="holder-nik" name="nik" inputmode="numeric" pattern="[0-9]{16}" required></label>
      <button type="submit">Periksa <span class="en">Check</span></button>
      <p id="holder-result"></p>
    </form>
  </section>
  <section id="help">
    <p>Pindai kode QR pada sertifikat dengan kamera ponsel untuk memeriksanya di halaman ini.
      <span class="en">Scan the QR code on the certificate with a phone camera to check it here.</span></p>
    <p class="small">Sidik kunci LSP / <i>LSP key fingerprint</i>: <code id="fingerprint"></code></p>
  </section>
</main>
<script src="site-data.js"></script>
<script src="verify.js"></script>
</body>
</html>
"""

STYLE_CSS = """body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #f5f6f8; }
header { background: #12355b; color: #fff; padding: 1rem 1.5rem; }
header h1 { margin: 0; font-size: 1.4rem; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.5rem; }
.en { display: block; font-style: italic; color: #5b6470; font-size: 0.85em; }
header .en { color: #d6e2f0; }
.verdict { border-radius: 0.5rem; padding: 1rem 1.25rem; margin: 1rem 0; background: #e8eaed; }
.big { font-size: 1.6rem; font-weight: 700; margin: 0; }
[data-result="sah"] .verdict { background: #dff3e4; border-left: 0.5rem solid #1e7b34; }
[data-result="tidak-sah"] .verdict { background: #fbe3e3; border-left: 0.5rem solid #b3261e; }
[data-result="dicabut"] .verdict { background: #fbe3e3; border-left: 0.5rem solid #7a1010; }
[data-result="kedaluwarsa"] .verdict { background: #fff1d6; border-left: 0.5rem solid #a86200; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #dde1e6; vertical-align: top; }
th { width: 40%; font-weight: 600; }
form { background: #fff; margin-top: 1rem; padding: 1rem; border-radius: 0.5rem; }
form h2 { font-size: 1.1rem; margin-top: 0; }
label { display: block; margin: 0.5rem 0; }
input { display: block; width: 100%; box-sizing: border-box; padding: 0.4rem; font-size: 1rem; }
button { margin-top: 0.5rem; padding: 0.5rem 1rem; font-size: 1rem; }
button .en { display: inline; color: inherit; }
[data-holder="cocok"] { color: #1e7b34; font-weight: 700; }
[data-holder="tidak-cocok"] { color: #b3261e; font-weight: 700; }
.small { font-size: 0.8rem; color: #5b6470; }
code { word-break: break-all; }
"""

VERIFY_JS = r""""use strict";
// Verification of a Humas Desktop certificate QR: the payload is the URL fragment
// ("HD1S." + base32(body + Ed25519 signature)); WebCrypto checks the LSP signature.
(function () {
  const site = window.HUMAS_SITE || {};
  const root = document.documentElement;
  const $ = (id) => document.getElementById(id);
  const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const TEXT = {
    "sah": ["Sertifikat SAH", "Valid certificate"],
    "tidak-sah": ["Sertifikat TIDAK SAH", "Not a valid certificate"],
    "dicabut": ["Sertifikat DICABUT oleh LSP", "Certificate revoked by the LSP"],
    "kedaluwarsa": ["Masa berlaku sertifikat HABIS", "Certificate expired"],
  };

  function base32(text) {
    let bits = 0, value = 0;
    const out = [];
    for (const ch of text) {
      const v = B32.indexOf(ch);
      if (v < 0) throw new Error("base32");
      value = (value << 5) | v;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out.push((value >>> bits) & 255);
        value &= (1 << bits) - 1;
      }
    }
    return new Uint8Array(out);
  }
  const fromB64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const ymd = (s) => /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : null;
  const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  function today() {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  }

  function parse(fragment) {
    let text;
    try { text = decodeURIComponent(fragment).trim().toUpperCase(); } catch (e) { return null; }
    if (!text.startsWith("HD1S.")) return null;
    let raw;
    try { raw = base32(text.slice(5)); } catch (e) { return null; }
    if (raw.length <= 64) return null;
    const body = raw.slice(0, raw.length - 64), signature = raw.slice(raw.length - 64);
    let fields;
    try { fields = new TextDecoder("utf-8", { fatal: true }).decode(body).split("\x1f"); } catch (e) { return null; }
    if (fields.length !== 6) return null;
    const issued = ymd(fields[3]), until = ymd(fields[4]);
    if (!issued || !until) return null;
    return { body, signature, number: fields[0], registration: fields[1], scheme: fields[2],
             issued, until, holder: fields[5] };
  }

  let keyPromise = null;
  function publicKey() {
    keyPromise = keyPromise || crypto.subtle.importKey(
      "raw", fromB64(site.publicKey), { name: "Ed25519" }, false, ["verify"]);
    return keyPromise;
  }
  async function verified(signature, data) {
    return crypto.subtle.verify({ name: "Ed25519" }, await publicKey(), signature, data);
  }

  // The signed revocation list: the one bundled in site-data.js, the one on the server (http),
  // and the newest one this browser has seen before (localStorage). The highest sequence number
  // wins, so a stale copy put back on the server (a mirror, a cache) never hides a revocation;
  // a list older than one seen before is refused.
  const STORE = "humas-revocations:" + (site.fingerprint || "");
  const seqOf = (list) => (list.v === 2 ? list.seq : 0);
  async function checkedList(list) {
    if (!list || typeof list !== "object" || !Array.isArray(list.numbers)
        || typeof list.signature !== "string" || typeof list.issued !== "string") return null;
    if (list.v === 2 && !(Number.isInteger(list.seq) && list.seq >= 0)) return null;
    if (list.v !== 1 && list.v !== 2) return null;
    // The signed bytes: the list's fields as compact JSON with sorted keys.
    const fields = list.v === 2
      ? { format: list.format, issued: list.issued, numbers: list.numbers, seq: list.seq, v: 2 }
      : { format: list.format, issued: list.issued, numbers: list.numbers, v: 1 };
    try {
      const ok = await verified(fromB64(list.signature), new TextEncoder().encode(JSON.stringify(fields)));
      return ok ? list : null;
    } catch (e) { return null; }
  }
  function remembered() {
    try {
      return { list: JSON.parse(localStorage.getItem(STORE) || "null"),
               seq: parseInt(localStorage.getItem(STORE + ":seq") || "0", 10) || 0 };
    } catch (e) { return { list: null, seq: 0 }; }
  }
  async function revocations() {
    const bundled = await checkedList(site.revocations);
    let fetched = null, served = false;
    if (location.protocol === "http:" || location.protocol === "https:") {
      try {
        const response = await fetch("revocations.json", { cache: "no-store" });
        if (response.ok) { served = true; fetched = await checkedList(await response.json()); }
      } catch (e) { /* offline copy: the list bundled in site-data.js */ }
    }
    const seen = remembered();
    const stored = await checkedList(seen.list);
    let best = null;
    for (const list of [bundled, fetched, stored]) {
      if (list && (!best || seqOf(list) > seqOf(best))) best = list;
    }
    if (!best) throw new Error("revocations");
    if (seqOf(best) < seen.seq) throw new Error("stale");
    try {
      localStorage.setItem(STORE, JSON.stringify(best));
      localStorage.setItem(STORE + ":seq", String(seqOf(best)));
    } catch (e) { /* storage disabled: the bundled list still outranks a stale server copy */ }
    const stale = served && (!fetched || seqOf(fetched) < seqOf(best));
    return { numbers: new Set(best.numbers), issued: best.issued, seq: seqOf(best), stale };
  }

  function show(result, detail) {
    root.dataset.result = result;
    $("verdict-id").textContent = TEXT[result][0];
    $("verdict-en").textContent = TEXT[result][1];
    $("verdict-detail").textContent = detail || "";
  }

  let current = null;
  async function check() {
    current = null;
    $("details").hidden = true;
    $("holder-result").textContent = "";
    delete $("holder-result").dataset.holder;
    const fragment = location.hash.replace(/^#/, "");
    if (!fragment) {
      delete root.dataset.result;
      $("verdict-id").textContent = "Belum ada sertifikat untuk diperiksa";
      $("verdict-en").textContent = "No certificate to check yet";
      return;
    }
    const p = parse(fragment);
    if (!p) { show("tidak-sah", "Kode QR tidak dikenal atau rusak. / Unknown or damaged QR code."); return; }
    let authentic = false;
    try { authentic = await verified(p.signature, p.body); } catch (e) { authentic = false; }
    if (!authentic) {
      show("tidak-sah", "Tanda tangan LSP tidak cocok: data sertifikat telah diubah. / The LSP signature does not match.");
      return;
    }
    current = p;
    $("f-number").textContent = p.number;
    $("f-registration").textContent = p.registration;
    $("f-scheme").textContent = p.scheme;
    $("f-issued").textContent = p.issued;
    $("f-until").textContent = p.until;
    $("details").hidden = false;
    let list;
    try { list = await revocations(); } catch (e) {
      $("f-status").textContent = "tidak dapat diperiksa";
      $("f-revocations").textContent = "";
      show("tidak-sah", e.message === "stale"
        ? "Daftar pencabutan LSP lebih lama daripada yang pernah diperiksa di peramban ini. / The LSP revocation list is older than one this browser has seen."
        : "Daftar pencabutan LSP tidak sah atau tidak terbaca. / The LSP revocation list is not valid.");
      return;
    }
    $("f-revocations").textContent = `${list.issued}, urutan / sequence ${list.seq}`
      + (list.stale ? " (daftar lama di server diabaikan / an older list on the server was ignored)" : "");
    root.dataset.revocationSeq = String(list.seq);
    if (list.numbers.has(p.number)) {
      $("f-status").textContent = "Dicabut / Revoked";
      show("dicabut", "LSP telah mencabut sertifikat ini. / The LSP has revoked this certificate.");
    } else if (p.until < today()) {
      $("f-status").textContent = "Kedaluwarsa / Expired";
      show("kedaluwarsa", `Berlaku sampai ${p.until}. / Valid until ${p.until}.`);
    } else {
      $("f-status").textContent = "Aktif / Active";
      show("sah", `Diterbitkan oleh ${site.lspName || "LSP"}, berlaku sampai ${p.until}. / Issued by ${site.lspName || "the LSP"}, valid until ${p.until}.`);
    }
  }

  async function checkHolder(event) {
    event.preventDefault();
    if (!current) return;
    const name = $("holder-name").value.toUpperCase().split(/\s+/).filter(Boolean).join(" ");
    const nik = $("holder-nik").value.trim();
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${name}\n${nik}`)));
    const match = hex(digest.slice(0, 12)) === current.holder.toLowerCase();
    const out = $("holder-result");
    out.dataset.holder = match ? "cocok" : "tidak-cocok";
    out.textContent = match
      ? "Nama dan NIK cocok dengan sertifikat ini. / Name and NIK match this certificate."
      : "Nama dan NIK TIDAK cocok dengan sertifikat ini. / Name and NIK do NOT match this certificate.";
  }

  $("lsp-name").textContent = site.lspName ? `Verifikasi Sertifikat — ${site.lspName}` : "Verifikasi Sertifikat";
  $("fingerprint").textContent = site.fingerprint || "";
  $("holder-form").addEventListener("submit", checkHolder);
  window.addEventListener("hashchange", check);
  check();
})();
"""


def write(out_dir: Path, *, lsp_name: str, public_key_raw_b64: str, public_pem: bytes,
          fingerprint: str, revocations_json: str) -> list[Path]:
    """Write the site's files into ``out_dir`` (each atomically); returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    data = {"lspName": lsp_name, "publicKey": public_key_raw_b64, "fingerprint": fingerprint,
            "revocations": json.loads(revocations_json)}
    contents = {
        "index.html": INDEX_HTML.encode("utf-8"),
        "verify.js": VERIFY_JS.encode("utf-8"),
        "style.css": STYLE_CSS.encode("utf-8"),
        "site-data.js": ("window.HUMAS_SITE = " + json.dumps(data, ensure_ascii=False, indent=1)
                         + ";\n").encode("utf-8"),
        "lsp_public_key.pem": public_pem,
        "revocations.json": revocations_json.encode("utf-8"),
    }
    paths = []
    for name in FILES:
        target = out_dir / name
        write_file_atomic(target, contents[name], mode=0o644)  # uploaded as-is to a web host
        paths.append(target)
    return paths
