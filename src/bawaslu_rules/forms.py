"""The official forms of case handling, as data (docs/legal/procedure.md §2): per regime
and regulation generation, each form's code, title, when it is issued, who signs it, its
fields and its data class, with the source and confidence. A code or field list that was
not read in the regulation's annex is marked ``verified=False`` (the service lets an
operator correct it; the documents use these entries).

Data classes: ``public`` (may be posted on the notice board), ``personal`` (names,
addresses, identity numbers of people: never public), ``confidential`` (what people said,
the office's deliberation: for those who work the case).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final

from bawaslu_rules.errors import RulesError
from bawaslu_rules.rulesets import Confidence

__all__ = ["DATA_CLASSES", "FORMS", "Form", "form", "forms"]

DATA_CLASSES: Final = ("public", "personal", "confidential")


@dataclass(frozen=True, slots=True)
class Form:
    """One official form."""

    regime: str
    regulation: str
    code: str
    title: str
    when: str
    signers: tuple[str, ...]
    fields: tuple[str, ...]
    data_class: tuple[str, ...]
    basis: str
    confidence: Confidence
    verified: bool
    """False when the code or the fields were not read in the regulation's annex."""
    note: str = ""

    def __post_init__(self) -> None:
        if not set(self.data_class) <= set(DATA_CLASSES):
            raise RulesError(f"form {self.code}: unknown data class {self.data_class}")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "regime": self.regime,
            "regulation": self.regulation,
            "code": self.code,
            "title": self.title,
            "when": self.when,
            "signers": list(self.signers),
            "fields": list(self.fields),
            "data_class": list(self.data_class),
            "basis": self.basis,
            "confidence": self.confidence.value,
            "verified": self.verified,
            "note": self.note,
        }


_P7 = "Perbawaslu 7/2022"
_IDENTITY = ("name", "address", "identity number (NIK)")

FORMS: Final[tuple[Form, ...]] = (
    Form(
        "pemilu", _P7, "B.1", "Formulir Laporan", "reception of a report",
        ("reporter", "receiving officer"),
        ("number", "reporter: name, birth place and date, sex, occupation, nationality, "
         "address, phone, e-mail (optional)", "reported party: name, address, phone "
         "(optional)", "event, place, date of the event, date known", "witnesses: name, "
         "address, phone", "evidence list", "chronology", "place, date and time reported",
         "statement of truth"),
        ("personal",),
        "Perbawaslu 7/2022 annex (the report form, read); docs/legal/procedure.md §2.1",
        Confidence.MED, True, "a copy of the identity document is attached",
    ),
    Form(
        "pemilu", _P7, "B.9", "Surat Undangan Klarifikasi",
        "at least 1 Hari before the clarification session",
        ("the office",),
        ("addressee", "role in the case", "date, time and place, or the link",
         "online: the notice of audio-visual recording"),
        ("personal",),
        "Perbawaslu 7/2022 Art. 29(1)-(4) (HIGH); the annex's fields and signer not read",
        Confidence.HIGH, False, "code HIGH; fields and signer LOW",
    ),
    Form(
        "pemilu", _P7, "B.10", "Berita Acara Sumpah/Janji (pelapor, terlapor, saksi)",
        "before questioning, when the person takes the oath",
        ("the person sworn", "the clarifiers"),
        (*_IDENTITY, "oath or promise text", "date"),
        ("personal",), "Perbawaslu 7/2022 Art. 30", Confidence.HIGH, True,
    ),
    Form(
        "pemilu", _P7, "B.11", "Berita Acara Sumpah/Janji (ahli)",
        "before questioning an expert who takes the oath",
        ("the expert", "the clarifiers"),
        (*_IDENTITY, "expertise", "oath or promise text", "date"),
        ("personal",), "Perbawaslu 7/2022 Art. 30", Confidence.HIGH, True,
    ),
    Form(
        "pemilu", _P7, "B.12", "Berita Acara Klarifikasi", "during the clarification session",
        ("the person clarified", "the clarifiers"),
        (*_IDENTITY, "date, place and mode", "questions and answers",
         "confirmation after reading back"),
        ("personal", "confidential"), "Perbawaslu 7/2022 Art. 30(3)", Confidence.HIGH, True,
    ),
    Form(
        "pemilihan", "Perbawaslu 8/2020 jo. 9/2024", "A.1", "Formulir Laporan",
        "reception of a report", ("reporter", "receiving officer"),
        ("as B.1, including the day and date known", "letterhead 'Kop Pengawas Pemilihan'"),
        ("personal",),
        "Perbawaslu 9/2024 (template replaced; fields HIGH); the code from practice (MED)",
        Confidence.MED, False, "code assumed (A.1); a 2020 official said B.1",
    ),
    Form(
        "pemilihan", "Perbawaslu 8/2020", "A.2", "Formulir Temuan",
        "a plenary sets a supervision result as a finding",
        ("the supervisors",), ("finder", "deadline", "offender", "event"),
        ("personal",), "Perbawaslu 8/2020 Art. 5 (secondary source)", Confidence.MED, False,
    ),
    Form(
        "pemilihan", "Perbawaslu 8/2020", "A.13", "Penerusan Rekomendasi (kode etik)",
        "forwarding an ethics violation", ("the office",),
        ("the report or finding form", "the analysis", "the evidence"),
        ("personal", "confidential"), "Perbawaslu 8/2020 Art. 33", Confidence.HIGH, False,
        "the dossier is HIGH; the form's own fields were not read",
    ),
    Form(
        "pemilu", "Perbawaslu 8/2022", "ADM.BA-SP", "Berita Acara Sidang Pemeriksaan",
        "every session of an administrative hearing", ("the panel's secretary",),
        ("session, agenda, attendance", "what took place"),
        ("personal", "confidential"), "Perbawaslu 8/2022 Art. 14", Confidence.HIGH, False,
        "code HIGH; fields not read",
    ),
    Form(
        "pemilu", "Perbawaslu 8/2022", "ADM.RISALAH", "Risalah Sidang",
        "every session of an administrative hearing (the transcript)", ("the clerk",),
        ("what was said, verbatim",), ("personal", "confidential"),
        "Perbawaslu 8/2022 Art. 14", Confidence.HIGH, False, "code HIGH; fields not read",
    ),
)  # fmt: skip
"""Every form whose code a source names. Pemilu B.2-B.8 and B.13-B.21 (finding, receipt,
initial review, completion notice, register, analysis, plenary minutes, status notice,
forwarding letters) were not read: not listed until an operator adds them."""

_BY_KEY: Final[Mapping[tuple[str, str], Form]] = MappingProxyType(
    {(f.regime, f.code): f for f in FORMS}
)


def forms(regime: str | None = None) -> list[Form]:
    """The forms (of ``regime``), in registry order."""
    return [f for f in FORMS if regime is None or f.regime == regime]


def form(regime: str, code: str) -> Form:
    """Form ``code`` of ``regime``; :class:`RulesError` naming the known codes."""
    found = _BY_KEY.get((regime, code))
    if found is None:
        known = ", ".join(f.code for f in forms(regime))
        raise RulesError(f"no form {code!r} for {regime}; known: {known}")
    return found
