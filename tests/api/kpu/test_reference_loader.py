"""KPU reference data from CSV in the documented shape (docs/webhooks.md). The real KPU
open-data formats are not verified here: these files are ours."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from bawaslu_api.cli import app as cli_app
from bawaslu_api.integrations.kpu import loader

PARTIES = """nomor_urut,singkatan,nama
1,PKB,Partai Kebangkitan Bangsa
2,Gerindra,Partai Gerakan Indonesia Raya
"""


async def test_parties_load_and_reload_without_duplicates(db: Any) -> None:
    assert (await loader.load_parties(db, "pemilu-2024", PARTIES)).rows == 2
    renamed = PARTIES.replace("Partai Kebangkitan Bangsa", "PKB (nama baru)")
    assert (await loader.load_parties(db, "pemilu-2024", "\ufeff" + renamed)).rows == 2
    rows = (
        await db.execute(
            text("SELECT number, name FROM kpu_party WHERE election_slug = 'pemilu-2024' "
                 "ORDER BY number")
        )
    ).all()  # fmt: skip
    assert [tuple(r) for r in rows] == [
        (1, "PKB (nama baru)"),
        (2, "Partai Gerakan Indonesia Raya"),
    ]


async def test_polling_stations_load(db: Any) -> None:
    csv_text = (
        "kode_wilayah,nomor_tps,alamat,jumlah_pemilih\n"
        "52.03.01.2001,1,Balai Desa,250\n"
        "52.03.01.2001,2,SDN 1,\n"
    )
    assert (await loader.load_polling_stations(db, "pemilu-2024", csv_text)).rows == 2
    voters = (
        await db.execute(text("SELECT voters FROM kpu_polling_station ORDER BY number"))
    ).scalars()
    assert list(voters) == [250, None]


@pytest.mark.parametrize(
    ("csv_text", "message"),
    [
        ("nomor,nama\n1,X\n", "line 1: missing column(s) nomor_urut, singkatan"),
        ("nomor_urut,singkatan,nama\n1,A,Satu\nx,B,Dua\n", "line 3: nomor_urut"),
        ("nomor_urut,singkatan,nama\n1,,Satu\n", "line 2: nama and singkatan are required"),
    ],
)
def test_malformed_files_name_the_line(csv_text: str, message: str) -> None:
    with pytest.raises(loader.LoadError, match=message.replace("(", r"\(").replace(")", r"\)")):
        loader.parse_parties(csv_text)


async def test_unknown_election_is_refused(db: Any) -> None:
    with pytest.raises(loader.LoadError, match="no election"):
        await loader.load_parties(db, "pemilu-1955", PARTIES)


def test_cli_has_the_kpu_loaders_and_the_worker(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli_app, ["kpu", "--help"])
    assert result.exit_code == 0
    assert "load-parties" in result.output
    assert "load-polling-stations" in result.output
    assert "load-candidates" in result.output
    assert CliRunner().invoke(cli_app, ["worker", "--help"]).exit_code == 0


async def test_candidates_load_with_and_without_parties(db: Any) -> None:
    csv_text = (
        "dapil,nomor_urut_partai,nomor_urut,nama,jenis_kelamin\n"
        "NTB 2,1,1,Calon Satu,L\n"
        "NTB 2,1,2,Calon Dua,p\n"
        ",,1,Pasangan Calon Satu,\n"
    )
    assert (await loader.load_candidates(db, "pemilu-2024", csv_text)).rows == 3
    assert (await loader.load_candidates(db, "pemilu-2024", csv_text)).rows == 3
    rows = (
        await db.execute(
            text("SELECT district, party_number, number, gender FROM kpu_candidate "
                 "ORDER BY district, party_number, number")
        )
    ).all()  # fmt: skip
    assert [tuple(r) for r in rows] == [
        ("", 0, 1, None),
        ("NTB 2", 1, 1, "L"),
        ("NTB 2", 1, 2, "P"),
    ]
    with pytest.raises(loader.LoadError, match="line 2: jenis_kelamin"):
        loader.parse_candidates(
            "dapil,nomor_urut_partai,nomor_urut,nama,jenis_kelamin\nA,1,1,X,W\n"
        )
