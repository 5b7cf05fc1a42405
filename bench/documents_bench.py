"""Benchmark of document typesetting (run on demand; never part of the tests).

    python bench/documents_bench.py [--rounds 200]

Renders, in this process, after a warm-up: the one-page receipt of a report (with its QR
code), and the same receipt through ``Renderer.render`` in a worker thread as the service
does (so the event loop stays free), and a register book of 1,000 cases (landscape, many
pages), and prints the median, 95th percentile and maximum per
document in milliseconds, and the PDF's size. The target (issue 14): a one-page document
well under 100 ms after warm-up. Needs no database or data directory.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from typing import Any

from bawaslu_api.documents.kinds.intake import qr_svg
from bawaslu_api.documents.render import Renderer

CODE = "BWS-7K3M-Q9PX-2DHT-8RWC"
RECEIPT: dict[str, Any] = {
    "draft": False,
    "number": "001/BWS-TT/PL/Kab/52.03/II/2024",
    "issued": "5 Februari 2024",
    "place_date": "Selong, 5 Februari 2024",
    "form": {"code": "BWS-TT", "title": "Tanda Terima Laporan", "verified": False},
    "office": {
        "heading": "Badan Pengawas Pemilihan Umum",
        "name": "Bawaslu Kabupaten Lombok Timur",
        "code": "52.03",
        "address": "Jl. Prof. M. Yamin No. 2, Selong",
        "contact": "Telp. (0376) 000000 · contoh-lotim@bawaslu.example",
        "city": "Selong",
        "logo": None,
    },
    "signers": [{"role": "Petugas penerima", "name": "Siti Aminah"}],
    "body": {
        "received_day": "Senin, 5 Februari 2024",
        "received_time": "10.00 WITA",
        "election": "Pemilu 2024",
        "reporter": "Andi Wijaya",
        "channel": "Datang langsung",
        "summary": "Pembagian uang di sekitar TPS 03 Desa Sukamaju.",
        "evidence": ["Foto kejadian (3 berkas)", "Video 40 detik"],
        "receipt_code": CODE,
        "status_url": "https://lapor.example/status",
        "qr_target": f"https://lapor.example/status#{CODE}",
        "qr_svg": qr_svg(f"https://lapor.example/status#{CODE}"),
    },
}


def _summary(name: str, samples: list[float], size: int) -> None:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[int(len(ms) * 0.95) - 1]
    print(
        f"{name:<34} median {statistics.median(ms):6.2f} ms   p95 {p95:6.2f} ms   "
        f"max {ms[-1]:6.2f} ms   {size:,} bytes"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    renderer = Renderer()
    t0 = time.perf_counter()
    first = renderer.render_sync("receipt", RECEIPT)
    print(f"first render (cold: fonts, template)   {1000 * (time.perf_counter() - t0):.1f} ms")
    assert isinstance(first, bytes)
    for _ in range(10):  # warm-up
        renderer.render_sync("receipt", RECEIPT)
    samples = []
    for i in range(args.rounds):
        data = {**RECEIPT, "number": f"{i + 1:03d}/BWS-TT/PL/Kab/52.03/II/2024"}
        t = time.perf_counter()
        renderer.render_sync("receipt", data)
        samples.append(time.perf_counter() - t)
    _summary("receipt (1 page), direct", samples, len(first))

    async def threaded() -> list[float]:
        out = []
        for i in range(args.rounds):
            data = {**RECEIPT, "number": f"{i + 1:03d}/BWS-TT/PL/Kab/52.03/III/2024"}
            t = time.perf_counter()
            await renderer.render("receipt", data)
            out.append(time.perf_counter() - t)
        return out

    _summary("receipt (1 page), worker thread", asyncio.run(threaded()), len(first))
    book = _register_book(1000)
    renderer.render_sync("register_book", book)
    samples = []
    for i in range(5):
        data = {**book, "number": f"{i + 1:03d}/BWS-REG/PL/Kab/52.03/XII/2024"}
        t = time.perf_counter()
        pdf = renderer.render_sync("register_book", data)
        samples.append(time.perf_counter() - t)
    assert isinstance(pdf, bytes)
    _summary("register book, 1,000 cases", samples, len(pdf))
    renderer.close()


def _register_book(n: int) -> dict[str, Any]:
    rows = [
        {
            "no": i, "register_number": f"{i:03d}/Reg/LP/PL/Kab/52.03/II/2024",
            "registered": "6 Februari 2024", "received": "5 Februari 2024", "kind": "Laporan",
            "reporter": f"Pelapor Contoh {i}", "parties": "Tim kampanye Caleg X",
            "summary": "Pembagian uang kepada pemilih di sekitar TPS menjelang pemungutan suara.",
            "status": "Diputus: Pelanggaran (pelanggaran administratif)",
            "forwarding": "KPU, 19 Februari 2024",
        }
        for i in range(1, n + 1)
    ]  # fmt: skip
    body = {"year": 2024, "rows": rows, "count": n, "registered_count": n,
            "as_of": "Senin, 30 Desember 2024 pukul 16.00 WITA", "zone": "WITA"}  # fmt: skip
    signers = [{"role": "Kepala Sekretariat", "name": ""}, {"role": "Ketua", "name": "Contoh"}]
    form = {"code": "BWS-REG", "title": "Buku Register Penanganan Pelanggaran", "verified": False}
    return {**RECEIPT, "form": form, "body": body, "signers": signers}


if __name__ == "__main__":
    main()
