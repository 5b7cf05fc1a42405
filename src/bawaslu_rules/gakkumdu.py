"""Sentra Gakkumdu: the joint handling of alleged election crimes by Bawaslu, the police and
the prosecutors (docs/legal/procedure.md §1.3), as data with citations.

- :data:`DISCUSSIONS`: the discussions (pembahasan) 1, 2 and 3, what each decides and the
  conclusions it may reach; the third is LOW (2019 practice, not used in 2024) and is only
  expected when the deployment's policy ``gakkumdu.third_discussion`` says so.
- :func:`discussion_refusal`: whether discussion ``n`` may be held now (order, status,
  what the previous one concluded); pure, the caller raises.
- :data:`DOSSIER`: the file handed to the police (Perbawaslu 3/2023 Art. 27).
- :func:`is_gakkumdu_case`: which cases the Gakkumdu steps apply to.

Time limits per discussion were **not found** (docs/legal/procedure.md §1.3, LOW): there is
no constant for them here. The only clock is ``crime.forward_to_police`` (1x24 hours from
Bawaslu's declaration, UU 7/2017 Art. 476; UU 1/2015 Art. 135(2)), opened by the decision
(:func:`bawaslu_rules.decision_clocks`) and closed by the forwarding to the police
(:func:`bawaslu_rules.forwarding_clocks`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final

from bawaslu_rules.rulesets import Confidence

__all__ = [
    "DISCUSSIONS",
    "DOSSIER",
    "GAKKUMDU_APPLIES",
    "INSTITUTIONS",
    "DiscussionStage",
    "DossierItem",
    "discussion_refusal",
    "is_gakkumdu_case",
    "missing_institutions",
]

HIGH = Confidence.HIGH
MED = Confidence.MED
LOW = Confidence.LOW

INSTITUTIONS: Final = ("bawaslu", "police", "prosecutor")
"""Sentra Gakkumdu's members: Bawaslu (RI/Prov/Kab/Kota) with the police and prosecutors
of the same level (Perbawaslu 3/2023 Art. 1(2), HIGH)."""

INSTITUTIONS_BASIS: Final = (
    "Perbawaslu 3/2023 Art. 1(2): Sentra Gakkumdu is Bawaslu with the police and the "
    "prosecutors of the same level (docs/legal/procedure.md §1.3)"
)

GAKKUMDU_APPLIES: Final = (
    "UU 7/2017 Art. 476(1); UU 1/2015 Art. 135(2); Perbawaslu 3/2023 Art. 1(2) "
    "(docs/legal/procedure.md §1.3): Sentra Gakkumdu handles alleged election crimes. A "
    "case is one when it was registered as a criminal violation (the kind set at the "
    "initial review, known from registration on, when the first discussion is held) or "
    "when its decision found a crime (Bawaslu's declaration)"
)


def is_gakkumdu_case(violation_type: str | None, outcome_category: str | None) -> bool:
    """Whether the Gakkumdu steps apply: the case was registered as ``criminal`` or decided
    as a ``crime`` (:data:`GAKKUMDU_APPLIES`)."""
    return violation_type == "criminal" or outcome_category == "crime"


@dataclass(frozen=True, slots=True)
class DiscussionStage:
    """One Gakkumdu discussion (pembahasan): when it is held, what it may conclude, why."""

    number: int
    title: str
    statuses: frozenset[str]
    """Case statuses in which it is held."""
    conclusions: tuple[str, ...]
    continues: str
    """The conclusion that lets the next discussion follow (the others end the Gakkumdu
    handling)."""
    basis: str
    confidence: Confidence
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "number": self.number,
            "title": self.title,
            "statuses": sorted(self.statuses),
            "conclusions": list(self.conclusions),
            "continues": self.continues,
            "basis": self.basis,
            "confidence": self.confidence.value,
            "note": self.note,
        }


DISCUSSIONS: Final[Mapping[int, DiscussionStage]] = MappingProxyType(
    {
        1: DiscussionStage(
            1,
            "Pembahasan pertama",
            frozenset({"registered"}),
            ("crime_indicated", "not_indicated"),
            "crime_indicated",
            "docs/legal/procedure.md §1.3 (practice: Tanah Datar, Kebumen, Ambon): right after "
            "registration, is a crime indicated and under which article; Bawaslu continues "
            "clarification and analysis while the police inquire alongside",
            MED,
            "crime_indicated names the article(s)",
        ),
        2: DiscussionStage(
            2,
            "Pembahasan kedua",
            frozenset({"registered"}),
            ("forward_to_investigation", "stop"),
            "forward_to_investigation",
            "docs/legal/procedure.md §1.3 (practice: Kebumen, Tanjungpinang, Ambon, Bengkulu "
            "Utara; Pilkada 2020 joint regulation Art. 20(2), (5)): compares Bawaslu's analysis "
            "with the police inquiry and decides: forward to investigation (penyidikan) or "
            "stop; in 2024 practice the last discussion",
            MED,
            "forward_to_investigation is followed by Bawaslu's declaration (the decision, "
            "category crime), which starts crime.forward_to_police",
        ),
        3: DiscussionStage(
            3,
            "Pembahasan ketiga",
            frozenset({"forwarded"}),
            ("forward_to_prosecution", "stop"),
            "forward_to_prosecution",
            "docs/legal/procedure.md §1.3 (practice 2019: Tanah Datar, Ambon): after the police "
            "investigation, before the file goes to the prosecutor; not confirmed for 2024",
            LOW,
            "held only where policy gakkumdu.third_discussion is true",
        ),
    }
)
"""The Gakkumdu discussions by number (docs/legal/procedure.md §1.3). No time limit per
discussion was found (LOW): none is set."""


def discussion_refusal(
    number: int,
    *,
    status: str,
    held: Mapping[int, str],
    third_discussion: bool,
) -> tuple[str, str] | None:
    """Why discussion ``number`` cannot be held now, as ``(kind, reason)``, or None when
    it can.

    ``held`` maps the numbers already held to their conclusions; ``third_discussion`` is
    the policy ``gakkumdu.third_discussion``. ``kind`` is ``order`` (an unknown number, the
    third when the policy does not expect it, a number already held, one whose predecessor
    was not held or ended the handling) or ``status`` (the case's status is not one the
    discussion is held in).
    """
    stage = DISCUSSIONS.get(number)
    if stage is None:
        return (
            "order",
            f"there is no discussion {number}; known: {', '.join(map(str, DISCUSSIONS))}",
        )
    if number == 3 and not third_discussion:
        return "order", (
            "a third discussion is not expected (policy gakkumdu.third_discussion is false: "
            "not used in 2024 practice, docs/legal/procedure.md §1.3, LOW)"
        )
    if number in held:
        return "order", f"discussion {number} was already held"
    previous = DISCUSSIONS.get(number - 1)
    if previous is not None:
        if previous.number not in held:
            return "order", (
                f"discussion {number} follows discussion {previous.number}, not yet held"
            )
        if held[previous.number] != previous.continues:
            return "order", (
                f"discussion {previous.number} concluded {held[previous.number]}: the "
                f"Gakkumdu handling ended there"
            )
    if status not in stage.statuses:
        return "status", (
            f"discussion {number} is held in status {', '.join(sorted(stage.statuses))}, "
            f"not {status}"
        )
    return None


def missing_institutions(institutions: Collection[str]) -> tuple[str, ...]:
    """The Gakkumdu members (:data:`INSTITUTIONS`) not among ``institutions``."""
    return tuple(i for i in INSTITUTIONS if i not in institutions)


@dataclass(frozen=True, slots=True)
class DossierItem:
    """One document of the file handed to the police."""

    code: str
    title: str
    title_id: str

    def to_dict(self) -> dict[str, str]:
        """JSON-ready representation."""
        return {"code": self.code, "title": self.title, "title_id": self.title_id}


DOSSIER_BASIS: Final = (
    "Perbawaslu 3/2023 Art. 27 (docs/legal/procedure.md §1.3): the supervisor brings the "
    "file to the police SPKT with the Gakkumdu investigator and prosecutor"
)
DOSSIER_CONFIDENCE: Final = HIGH

DOSSIER: Final[tuple[DossierItem, ...]] = (
    DossierItem("cover_letter", "Cover letter", "Surat pengantar"),
    DossierItem("inquiry_assignment", "Inquiry assignment", "Surat perintah penyelidikan"),
    DossierItem("contents_list", "List of contents", "Daftar isi"),
    DossierItem("report_form", "Report or finding form", "Formulir laporan/temuan"),
    DossierItem("analysis", "Analysis (kajian)", "Kajian dugaan pelanggaran"),
    DossierItem("inquiry_report", "Inquiry report", "Laporan hasil penyelidikan"),
    DossierItem("invitations", "Invitations", "Undangan klarifikasi"),
    DossierItem(
        "clarification_minutes",
        "Clarification and oath minutes",
        "Berita acara klarifikasi dan sumpah",
    ),
    DossierItem("discussion_minutes", "Discussion (pembahasan) minutes", "Berita acara pembahasan"),
    DossierItem("witness_list", "List of witnesses and experts", "Daftar saksi dan ahli"),
    DossierItem("reported_list", "List of reported parties", "Daftar terlapor"),
    DossierItem("evidence_list", "List of evidence", "Daftar barang bukti"),
    DossierItem("evidence", "The evidence", "Barang bukti"),
    DossierItem("inquiry_admin", "Inquiry administration", "Administrasi penyelidikan"),
)
"""The dossier handed to the police, in the article's order (Perbawaslu 3/2023 Art. 27)."""
