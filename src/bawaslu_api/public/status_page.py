"""The public status page a receipt's QR code opens (``BAWASLU_PUBLIC_STATUS_URL``, by
default this service's ``/status``): a static page that reads the receipt code from the
URL's fragment (``#BWS-...``, which browsers never send to a server), posts it to
``/v1/public/receipts/lookup`` and shows the report's status. No external resource; a
strict Content-Security-Policy. Deployments with their own public site point the setting
there instead."""

from __future__ import annotations

import base64
import hashlib

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from bawaslu_api.http.caching import cache_control

SCRIPT = """
const form = document.getElementById("f"), input = document.getElementById("code"),
  out = document.getElementById("out");
async function look(code) {
  out.textContent = "Memuat…";
  const r = await fetch("/v1/public/receipts/lookup", {method: "POST",
    headers: {"Content-Type": "application/json", "Accept-Language": "id"},
    body: JSON.stringify({code})});
  const b = await r.json();
  out.replaceChildren();
  const rows = r.ok ? [["Status", b.status_label], ["Kantor", b.office_name],
    ["Diterima", new Date(b.received_at).toLocaleString("id-ID")],
    ["Nomor register", b.register_number || "-"], ["Pengumuman", b.announcement || "-"]]
    : [["Tidak ditemukan", b.detail || b.title]];
  for (const [k, v] of rows) {
    const dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = k; dd.textContent = v; out.append(dt, dd);
  }
}
form.addEventListener("submit", (e) => { e.preventDefault(); look(input.value.trim()); });
const fromQr = decodeURIComponent(location.hash.slice(1));
if (fromQr) { input.value = fromQr; history.replaceState(null, "", location.pathname);
  look(fromQr); }
"""
_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
PAGE = f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Status laporan pelanggaran pemilu</title>
<style>body{{font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}}
input{{font:inherit;width:100%;padding:.5rem;box-sizing:border-box}}
dt{{font-weight:bold;margin-top:.6rem}}dd{{margin:0}}</style></head>
<body><h1>Status laporan</h1>
<p>Masukkan kode tanda terima laporan Anda (atau pindai kode QR pada tanda terima).</p>
<form id="f"><input id="code" autocomplete="off" placeholder="BWS-XXXX-XXXX-XXXX-XXXX">
<button>Lihat status</button></form><dl id="out" aria-live="polite"></dl>
<script>{SCRIPT}</script></body></html>"""

CSP = (
    f"default-src 'none'; script-src 'sha256-{_HASH}'; style-src 'unsafe-inline'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)

router = APIRouter()


@router.get("/status", include_in_schema=False)
async def status_page(request: Request) -> HTMLResponse:
    """The page (public; the lookup it calls is rate limited)."""
    return HTMLResponse(
        PAGE,
        headers={
            "Content-Security-Policy": CSP,
            "Cache-Control": cache_control(request.app.state.settings, "static"),
            "Referrer-Policy": "no-referrer",
        },
    )
