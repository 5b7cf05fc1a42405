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

__all__ = ["DATA_CLASSES", "DOCUMENT_KINDS", "FORMS", "Form", "form", "form_of", "forms"]

DATA_CLASSES: Final = ("public", "personal", "confidential")

DOCUMENT_KINDS: Final = (
    "report_form",  # formulir laporan (B.1 / A.1)
    "receipt",  # tanda terima laporan
    "finding_form",  # formulir temuan
    "review_result",  # pemberitahuan hasil kajian awal (status registrasi)
    "completion_notice",  # pemberitahuan kelengkapan laporan
    "invitation",  # undangan klarifikasi (B.9)
    "oath_minutes",  # berita acara sumpah/janji (B.10)
    "expert_oath_minutes",  # berita acara sumpah/janji ahli (B.11)
    "clarification_minutes",  # berita acara klarifikasi (B.12)
    "analysis",  # kajian dugaan pelanggaran
    "plenary_minutes",  # berita acara rapat pleno
    "announcement",  # pengumuman status laporan/temuan
    "forward_kpu",  # penerusan rekomendasi pelanggaran administrasi ke KPU
    "forward_dkpp",  # penerusan pelanggaran kode etik ke DKPP
    "forward_police",  # penerusan tindak pidana pemilu ke kepolisian (Sentra Gakkumdu)
    "forward_other",  # penerusan pelanggaran hukum lainnya ke instansi berwenang
    "register_book",  # buku register penanganan pelanggaran
    "periodic_report",  # laporan periodik penanganan pelanggaran (to the office above)
    "hearing_minutes",  # berita acara sidang pemeriksaan (ADM.BA-SP)
    "hearing_transcript",  # risalah sidang (ADM.RISALAH)
)
"""Every document the procedure produces; each regime has one form per kind."""


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
    kind: str = ""
    """The document this form is (``report_form``, ``receipt``, ...: :data:`DOCUMENT_KINDS`);
    stable across regimes and regulation generations, while the code may change."""

    def __post_init__(self) -> None:
        if not set(self.data_class) <= set(DATA_CLASSES):
            raise RulesError(f"form {self.code}: unknown data class {self.data_class}")
        if self.kind not in DOCUMENT_KINDS:
            raise RulesError(f"form {self.code}: unknown kind {self.kind!r}")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation."""
        return {
            "regime": self.regime,
            "kind": self.kind,
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
_P8 = "Perbawaslu 8/2020 jo. 9/2024"
_IDENTITY = ("name", "address", "identity number (NIK)")
_OWN = (
    "the annex's code was not read: this is the service's own code (LOW); an operator "
    "corrects it with PUT /v1/rules/forms/{regime}/{kind}"
)
_PUBLIC_NOTICE = (
    "register number and date; reported parties; event summary; status; category; where "
    "it is forwarded; signed by the chair; never a reporter's or witness's NIK, address, "
    "phone, e-mail or birth date"
)


def _shared(regime: str, regulation: str, prefix: str) -> tuple[Form, ...]:
    """The documents whose annex code was not read in either regime (docs/legal/procedure.md
    §2): the same content, under the service's own codes ``{prefix}-...``."""
    return (
        Form(
            regime,
            regulation,
            f"{prefix}-TT",
            "Tanda Terima Laporan",
            "reception of a report, handed to the reporter",
            ("receiving officer",),
            (
                "register of reception (receipt code)",
                "reporter's name",
                "date and time received",
                "documents and evidence received",
                "how to follow the report (QR code to the public status lookup)",
            ),
            ("personal",),
            "docs/legal/procedure.md §2.1 (expected among B.2-B.8; not read)",
            Confidence.LOW,
            False,
            _OWN,
            kind="receipt",
        ),
        Form(
            regime,
            regulation,
            f"{prefix}-KA",
            "Pemberitahuan Hasil Kajian Awal",
            "after the initial review: registered, or not registered with the reasons",
            ("the chair of the office",),
            (
                "register number or the reasons it is not registered",
                "the conditions checked (formal and material)",
                "what the reporter may do next",
            ),
            ("personal",),
            "docs/legal/rules.md §3 (initial review); the form not read",
            Confidence.LOW,
            False,
            _OWN,
            kind="review_result",
        ),
        Form(
            regime,
            regulation,
            f"{prefix}-PK",
            "Pemberitahuan Kelengkapan Laporan",
            "the initial review finds conditions unmet: the reporter is asked to complete",
            ("the chair of the office",),
            ("what is missing", "the deadline to complete (date)", "what happens after"),
            ("personal",),
            "docs/legal/rules.md §3 (completion); the form not read",
            Confidence.LOW,
            False,
            _OWN,
            kind="completion_notice",
        ),
        Form(
            regime,
            regulation,
            f"{prefix}-KJ",
            "Formulir Kajian Dugaan Pelanggaran",
            "after clarification, before the plenary",
            ("the analysts",),
            (
                "case summary",
                "parties",
                "evidence",
                "facts and analysis",
                "conclusion",
                "recommendation",
            ),
            ("personal", "confidential"),
            "docs/legal/procedure.md §1 (analysis); the form not read",
            Confidence.LOW,
            False,
            _OWN,
            kind="analysis",
        ),
        Form(
            regime,
            regulation,
            f"{prefix}-BAP",
            "Berita Acara Rapat Pleno",
            "the plenary that decides the case",
            ("the members present",),
            (
                "date, place, members present and quorum",
                "the analysis decided on",
                "the decision: outcome, category, legal basis",
            ),
            ("confidential",),
            "docs/legal/procedure.md §1 (plenary); the form not read",
            Confidence.LOW,
            False,
            _OWN,
            kind="plenary_minutes",
        ),
        Form(
            regime,
            regulation,
            f"{prefix}-PS",
            "Pengumuman Status Laporan/Temuan",
            "after the initial review and after the decision, on the notice board",
            ("the chair of the office",),
            (_PUBLIC_NOTICE,),
            ("public",),
            "docs/legal/procedure.md §3 (notices seen in practice, MED; privacy LOW)",
            Confidence.MED,
            False,
            _OWN,
            kind="announcement",
        ),
        Form(
            regime,
            regulation,
            f"{prefix}-RK",
            "Penerusan Rekomendasi Pelanggaran Administrasi kepada KPU",
            "after a plenary finds an administrative violation",
            ("the chair of the office",),
            (
                "register number",
                "the violation and its basis",
                "the recommendation",
                "the follow-up deadline KPU must meet",
                "attachments: the analysis",
            ),
            ("confidential",),
            "docs/legal/rules.md §5 (follow-up); the form not read",
            Confidence.LOW,
            False,
            _OWN,
            kind="forward_kpu",
        ),
        Form(
            regime,
            regulation,
            f"{prefix}-PP",
            "Penerusan Dugaan Tindak Pidana Pemilu kepada Kepolisian",
            "after the Sentra Gakkumdu's second discussion",
            ("the chair of the office",),
            ("register number", "the articles", "the dossier list", "the police report"),
            ("personal", "confidential"),
            "docs/legal/procedure.md §1.3 (Gakkumdu); the form not read",
            Confidence.LOW,
            False,
            _OWN,
            kind="forward_police",
        ),
        Form(
            regime,
            regulation,
            f"{prefix}-PL",
            "Penerusan Pelanggaran Hukum Lainnya",
            "after a plenary finds a violation of other law",
            ("the chair of the office",),
            (
                "register number",
                "the agency",
                "the violation and its basis",
                "attachments: the analysis",
            ),
            ("confidential",),
            "docs/legal/rules.md §5 (other law); the form not read",
            Confidence.LOW,
            False,
            _OWN,
            kind="forward_other",
        ),
        Form(
            regime,
            regulation,
            f"{prefix}-REG",
            "Buku Register Penanganan Pelanggaran",
            "kept by each office for each year",
            ("the head of the secretariat",),
            (
                "register number and date",
                "kind",
                "reporter's name or finder",
                "reported parties",
                "status and outcome",
                "forwarding",
            ),
            ("personal",),
            "docs/legal/rules.md §7 (register numbers); the book not read",
            Confidence.LOW,
            False,
            _OWN,
            kind="register_book",
        ),
        Form(
            regime,
            regulation,
            f"{prefix}-LAP",
            "Laporan Periodik Penanganan Pelanggaran",
            "each month (or stage), to the office above",
            ("the chair of the office",),
            (
                "the period and scope",
                "cases by stage and subject",
                "registration and time to decision",
                "compliance per deadline",
                "trend by week",
                "forwardings",
            ),
            ("confidential",),
            "docs/statistics.md (the monthly report an office's SOP asks for; no form read)",
            Confidence.LOW,
            False,
            _OWN,
            kind="periodic_report",
        ),
    )


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
        kind="report_form",
    ),
    Form(
        "pemilu", _P7, "B.2", "Formulir Temuan",
        "a plenary sets a supervision result as a finding", ("the supervisors",),
        ("finder", "date known", "offender", "event, place, date", "evidence"),
        ("personal",),
        "Perbawaslu 7/2018 had B.2 for the finding (docs/legal/procedure.md §2.1); 7/2022 "
        "not read", Confidence.LOW, False, "code from the 2018 annex", kind="finding_form",
    ),
    Form(
        "pemilu", _P7, "B.9", "Surat Undangan Klarifikasi",
        "at least 1 Hari before the clarification session",
        ("the office",),
        ("addressee", "role in the case", "date, time and place, or the link",
         "online: the notice of audio-visual recording"),
        ("personal",),
        "Perbawaslu 7/2022 Art. 29(1)-(4) (HIGH); the annex's fields and signer not read",
        Confidence.HIGH, False, "code HIGH; fields and signer LOW", kind="invitation",
    ),
    Form(
        "pemilu", _P7, "B.10", "Berita Acara Sumpah/Janji (pelapor, terlapor, saksi)",
        "before questioning, when the person takes the oath",
        ("the person sworn", "the clarifiers"),
        (*_IDENTITY, "oath or promise text", "date"),
        ("personal",), "Perbawaslu 7/2022 Art. 30", Confidence.HIGH, True,
        kind="oath_minutes",
    ),
    Form(
        "pemilu", _P7, "B.11", "Berita Acara Sumpah/Janji (ahli)",
        "before questioning an expert who takes the oath",
        ("the expert", "the clarifiers"),
        (*_IDENTITY, "expertise", "oath or promise text", "date"),
        ("personal",), "Perbawaslu 7/2022 Art. 30", Confidence.HIGH, True,
        kind="expert_oath_minutes",
    ),
    Form(
        "pemilu", _P7, "B.12", "Berita Acara Klarifikasi", "during the clarification session",
        ("the person clarified", "the clarifiers"),
        (*_IDENTITY, "date, place and mode", "questions and answers",
         "confirmation after reading back"),
        ("personal", "confidential"), "Perbawaslu 7/2022 Art. 30(3)", Confidence.HIGH, True,
        kind="clarification_minutes",
    ),
    Form(
        "pemilu", _P7, "BWS-DKPP", "Penerusan Dugaan Pelanggaran Kode Etik kepada DKPP",
        "after a plenary finds an ethics violation", ("the chair of the office",),
        ("the report or finding form", "the analysis", "the evidence"),
        ("confidential",), "docs/legal/rules.md §5 (ethics); the form not read",
        Confidence.LOW, False, _OWN, kind="forward_dkpp",
    ),
    *_shared("pemilu", _P7, "BWS"),
    Form(
        "pemilihan", _P8, "A.1", "Formulir Laporan",
        "reception of a report", ("reporter", "receiving officer"),
        ("as B.1, including the day and date known", "letterhead 'Kop Pengawas Pemilihan'"),
        ("personal",),
        "Perbawaslu 9/2024 (template replaced; fields HIGH); the code from practice (MED)",
        Confidence.MED, False, "code assumed (A.1); a 2020 official said B.1",
        kind="report_form",
    ),
    Form(
        "pemilihan", "Perbawaslu 8/2020", "A.2", "Formulir Temuan",
        "a plenary sets a supervision result as a finding",
        ("the supervisors",), ("finder", "deadline", "offender", "event"),
        ("personal",), "Perbawaslu 8/2020 Art. 5 (secondary source)", Confidence.MED, False,
        kind="finding_form",
    ),
    Form(
        "pemilihan", _P8, "BWS-UK", "Surat Undangan Klarifikasi",
        "before the clarification session", ("the office",),
        ("addressee", "role in the case", "date, time and place"), ("personal",),
        "docs/legal/procedure.md §1.2; the form not read", Confidence.LOW, False, _OWN,
        kind="invitation",
    ),
    Form(
        "pemilihan", _P8, "BWS-BAS", "Berita Acara Sumpah/Janji",
        "before questioning, when the person takes the oath",
        ("the person sworn", "the clarifiers"), (*_IDENTITY, "oath or promise text", "date"),
        ("personal",), "docs/legal/procedure.md §1.2; the form not read", Confidence.LOW,
        False, _OWN, kind="oath_minutes",
    ),
    Form(
        "pemilihan", _P8, "BWS-BASA", "Berita Acara Sumpah/Janji (ahli)",
        "before questioning an expert", ("the expert", "the clarifiers"),
        (*_IDENTITY, "expertise", "oath or promise text", "date"), ("personal",),
        "docs/legal/procedure.md §1.2; the form not read", Confidence.LOW, False, _OWN,
        kind="expert_oath_minutes",
    ),
    Form(
        "pemilihan", _P8, "BWS-BAK", "Berita Acara Klarifikasi", "during the clarification",
        ("the person clarified", "the clarifiers"),
        (*_IDENTITY, "date and place", "questions and answers"), ("personal", "confidential"),
        "docs/legal/procedure.md §1.2; the form not read", Confidence.LOW, False, _OWN,
        kind="clarification_minutes",
    ),
    Form(
        "pemilihan", "Perbawaslu 8/2020", "A.13", "Penerusan Rekomendasi (kode etik)",
        "forwarding an ethics violation", ("the office",),
        ("the report or finding form", "the analysis", "the evidence"),
        ("personal", "confidential"), "Perbawaslu 8/2020 Art. 33", Confidence.HIGH, False,
        "the dossier is HIGH; the form's own fields were not read", kind="forward_dkpp",
    ),
    *_shared("pemilihan", _P8, "BWS"),
    Form(
        "pemilu", "Perbawaslu 8/2022", "ADM.BA-SP", "Berita Acara Sidang Pemeriksaan",
        "every session of an administrative hearing", ("the panel's secretary",),
        ("session, agenda, attendance", "what took place"),
        ("personal", "confidential"), "Perbawaslu 8/2022 Art. 14", Confidence.HIGH, False,
        "code HIGH; fields not read", kind="hearing_minutes",
    ),
    Form(
        "pemilu", "Perbawaslu 8/2022", "ADM.RISALAH", "Risalah Sidang",
        "every session of an administrative hearing (the transcript)", ("the clerk",),
        ("what was said, verbatim",), ("personal", "confidential"),
        "Perbawaslu 8/2022 Art. 14", Confidence.HIGH, False, "code HIGH; fields not read",
        kind="hearing_transcript",
    ),
)  # fmt: skip
"""Every document of case handling, per regime: one form per :data:`DOCUMENT_KINDS` entry
(the hearing forms for Pemilu only). Codes the annex was not read for are the service's own
(``BWS-...``, ``verified=False``) until an operator corrects them."""

_BY_KEY: Final[Mapping[tuple[str, str], Form]] = MappingProxyType(
    {(f.regime, f.code): f for f in FORMS}
)


_BY_KIND: Final[Mapping[tuple[str, str], Form]] = MappingProxyType(
    {(f.regime, f.kind): f for f in FORMS}
)


def form_of(regime: str, kind: str) -> Form:
    """The form of document ``kind`` in ``regime``; :class:`RulesError` naming the kinds."""
    found = _BY_KIND.get((regime, kind))
    if found is None:
        known = ", ".join(k for (r, k) in _BY_KIND if r == regime)
        raise RulesError(f"no {kind!r} document for {regime}; known: {known}")
    return found


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
