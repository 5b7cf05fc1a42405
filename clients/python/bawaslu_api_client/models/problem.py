from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.problem_code import ProblemCode
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.field_problem import FieldProblem





T = TypeVar("T", bound="Problem")



@_attrs_define
class Problem:
    """ RFC 9457 problem details, with a stable ``code`` and the request id.

        Attributes:
            type_ (str):
            title (str):
            status (int):
            code (ProblemCode): Stable machine code (`type` is derived from it); switch on it, not on the message. A client
                should treat a code it does not know by the problem's `status`.

                | code | status | meaning |
                |---|---|---|
                | `agenda_out_of_order` | 409 | Hearing agenda out of order |
                | `already_assigned` | 409 | The officer is already assigned |
                | `analysis_conflict` | 409 | Action not allowed on the current analysis |
                | `analysis_incomplete` | 422 | The analysis is incomplete |
                | `announcement_document_not_found` | 404 | Announcement document not found |
                | `area_office_unknown` | 422 | Unknown area office |
                | `assignment_not_allowed` | 409 | No assignment is possible in this status |
                | `bad_request` | 400 | Bad request |
                | `calendar_override_not_found` | 404 | Calendar override not found |
                | `calendar_override_revoked` | 409 | Calendar override already revoked |
                | `cannot_disable_self` | 409 | You cannot disable your own account |
                | `case_quota_exceeded` | 413 | The case's evidence quota is exhausted |
                | `checksum_invalid` | 400 | Invalid Upload-Checksum |
                | `checksum_mismatch` | 460 | The part's checksum does not match; the part was not kept |
                | `clarification_conflict` | 409 | The step conflicts with the clarification's state |
                | `clarification_not_found` | 404 | No such clarification session |
                | `client_not_found` | 404 | Client not found |
                | `completion_expired` | 409 | The completion period has expired |
                | `conflict` | 409 | Conflict with the current state |
                | `cursor_expired` | 410 | Sync cursor expired |
                | `database_unreachable` | 503 | Database unreachable |
                | `deadline_not_found` | 404 | Deadline not found |
                | `delivery_not_found` | 404 | Webhook delivery not found |
                | `description_required` | 422 | An evidence description is required |
                | `discussion_out_of_order` | 409 | Discussion out of order |
                | `document_already_superseded` | 409 | The document was already superseded |
                | `document_not_found` | 404 | Document not found |
                | `document_not_issuable` | 409 | The document cannot be issued yet |
                | `document_request_not_found` | 404 | Document request not found |
                | `document_subject_not_found` | 422 | Document subject not found |
                | `document_subject_required` | 422 | This document needs a subject_id |
                | `election_not_found` | 404 | Election not found |
                | `election_slug_taken` | 409 | Election slug already in use |
                | `evidence_corrupted` | 409 | The stored evidence file no longer matches what was received |
                | `evidence_immutable` | 409 | Evidence cannot be changed |
                | `evidence_not_digital` | 409 | This evidence item has no file |
                | `evidence_not_found` | 404 | Evidence not found |
                | `evidence_quarantined` | 409 | Evidence file is quarantined |
                | `evidence_storage_unavailable` | 503 | Evidence storage unavailable |
                | `evidence_too_large` | 413 | Evidence file too large |
                | `evidence_type_not_allowed` | 415 | File type not accepted |
                | `export_not_found` | 404 | Export not found |
                | `forbidden` | 403 | Forbidden |
                | `form_correction_refused` | 422 | Form correction refused |
                | `form_not_found` | 404 | Form not found |
                | `gakkumdu_input_invalid` | 422 | Invalid Sentra Gakkumdu data |
                | `hearing_input_invalid` | 422 | Invalid hearing data |
                | `http_error` | 400 | Another HTTP error (its status says which). |
                | `idempotency_key_reused` | 422 | Idempotency-Key already used for a different request |
                | `import_file_unreadable` | 422 | The import file cannot be read |
                | `import_job_not_found` | 404 | Import job not found |
                | `import_too_many_rows` | 413 | Too many rows in one file |
                | `impossible_date` | 422 | Impossible date or time |
                | `ineligible_officer` | 422 | The officer cannot be assigned |
                | `intake_witness_taken` | 409 | The intake witness is already recorded |
                | `integrity_conflict` | 409 | The change conflicts with stored data and was not saved. |
                | `internal_error` | 500 | Internal server error |
                | `invalid_analysis` | 422 | Invalid analysis content |
                | `invalid_client` | 401 | Client authentication failed |
                | `invalid_content_range` | 400 | Invalid Content-Range |
                | `invalid_cursor` | 422 | Invalid page cursor |
                | `invalid_deadline_override` | 422 | The deadline override is not possible |
                | `invalid_evidence_link` | 422 | Invalid evidence link |
                | `invalid_grant` | 400 | Invalid grant |
                | `invalid_outcome` | 422 | Invalid clarification outcome |
                | `invalid_plenary` | 422 | Invalid plenary record |
                | `invalid_request` | 400 | Malformed token request |
                | `invalid_scope` | 400 | Scope not allowed |
                | `invalid_transition` | 409 | Action not allowed in the report's current status |
                | `invitation_lead_time` | 422 | The clarification invitation does not arrive at least 1 day before the session
                |
                | `kpu_forwarding_not_found` | 404 | Forwarding to KPU not found |
                | `kpu_forwarding_state` | 409 | Action not possible in the forwarding's status |
                | `link_exists` | 409 | This link already exists |
                | `link_to_itself` | 422 | A case cannot be linked to itself |
                | `logo_rejected` | 422 | The logo cannot be used |
                | `method_not_allowed` | 405 | Method not allowed |
                | `migrations_pending` | 503 | Database schema is not at head |
                | `no_hearing_panel` | 409 | No examining panel yet |
                | `no_police_forwarding` | 409 | The case was not forwarded to the police |
                | `not_a_gakkumdu_case` | 409 | This case is not an alleged election crime |
                | `not_a_hearing_case` | 409 | This case is not examined in an administrative hearing |
                | `not_acceptable` | 406 | Not acceptable |
                | `not_assigned` | 409 | The officer is not assigned |
                | `not_found` | 404 | Not found |
                | `not_registrable` | 409 | Report does not meet the requirements |
                | `nothing_to_correct` | 422 | Nothing to correct |
                | `office_code_invalid` | 422 | Office code breaks the code rule |
                | `office_code_taken` | 409 | Office code already in use |
                | `office_not_found` | 404 | Office not found |
                | `office_outside_jurisdiction` | 403 | The office is outside your jurisdiction |
                | `online_not_allowed` | 422 | Online clarification not allowed |
                | `outside_decision_clock` | 422 | Clarification after the decision is due |
                | `outside_jurisdiction` | 422 | Outside your jurisdiction |
                | `parent_level_not_allowed` | 422 | The parent office cannot have a new office under it |
                | `payload_too_large` | 413 | Payload too large |
                | `person_not_found` | 404 | No such person in this case |
                | `plenary_mismatch` | 409 | The decision differs from the plenary's outcome |
                | `plenary_required` | 409 | A decision needs a plenary meeting |
                | `police_report_recorded` | 409 | The police report is already recorded |
                | `precondition_failed` | 412 | The resource has changed |
                | `precondition_required` | 428 | The If-Match header is required |
                | `quorum_not_met` | 422 | The plenary quorum is not met |
                | `range_not_satisfiable` | 416 | Range not satisfiable |
                | `rate_limited` | 429 | Too many requests |
                | `reason_required` | 422 | A reason is required |
                | `receipt_code_mismatch` | 422 | The receipt code does not match |
                | `receipt_not_found` | 404 | Unknown receipt code |
                | `regime_mismatch` | 422 | The regime is not the election's |
                | `report_not_found` | 404 | Report not found |
                | `rule_not_applicable` | 422 | Rule does not apply to this regime |
                | `rules_input_invalid` | 422 | The rules engine cannot evaluate this |
                | `rules_policy_not_found` | 404 | Rules policy not found |
                | `rules_policy_not_set` | 409 | This policy already has its default value |
                | `rules_policy_value_invalid` | 422 | Invalid policy value |
                | `scan_already_linked` | 409 | A signed scan is already linked |
                | `scan_not_linkable` | 422 | The scan cannot be linked |
                | `service_unavailable` | 503 | Service not ready |
                | `stale_analysis` | 412 | The analysis was changed by someone else |
                | `stale_version` | 412 | The report was changed by someone else |
                | `too_many_requests` | 429 | Too many requests |
                | `trigger_needs_timestamp` | 422 | An hours rule needs a timestamp |
                | `tus_version_unsupported` | 412 | Unsupported tus version |
                | `unauthenticated` | 401 | Authentication required |
                | `unauthorized` | 401 | Authentication required |
                | `unknown_document_kind` | 422 | Unknown document kind |
                | `unknown_election` | 422 | Unknown election |
                | `unknown_office` | 422 | Unknown office |
                | `unknown_reference` | 422 | Unknown reference |
                | `unknown_rule` | 422 | Unknown rule |
                | `unknown_ruleset` | 422 | Unknown ruleset |
                | `unprocessable` | 422 | Unprocessable content |
                | `unsupported_grant_type` | 400 | Unsupported grant type |
                | `unsupported_media_type` | 415 | Unsupported media type |
                | `upload_closed` | 409 | Upload session is closed |
                | `upload_gone` | 410 | The upload has ended |
                | `upload_interrupted` | 400 | Upload interrupted |
                | `upload_mismatch` | 422 | Size or SHA-256 differs from what was announced |
                | `upload_not_found` | 404 | Upload session not found |
                | `upload_offset_mismatch` | 409 | Part does not start at the stored offset |
                | `upload_part_type` | 415 | An upload part must be application/offset+octet-stream |
                | `user_not_found` | 404 | User not found |
                | `username_taken` | 409 | Username already in use |
                | `validation_failed` | 422 | The request is invalid; `errors` lists every field. |
                | `voting_stage_mismatch` | 422 | The voting stage does not match the voting day |
                | `webhook_not_found` | 404 | Webhook subscription not found |
                | `webhook_target_not_allowed` | 422 | Webhook receiver URL not allowed |
                | `zone_conflict` | 422 | Zone contradicts the office's time zone |
            detail (None | str | Unset):
            instance (None | str | Unset):
            request_id (None | str | Unset):
            errors (list[FieldProblem] | None | Unset): For validation problems: every invalid field.
     """

    type_: str
    title: str
    status: int
    code: ProblemCode
    detail: None | str | Unset = UNSET
    instance: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    errors: list[FieldProblem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.field_problem import FieldProblem # noqa: PLC0415
        type_ = self.type_

        title = self.title

        status = self.status

        code = self.code.value

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)


        else:
            errors = self.errors


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "type": type_,
            "title": title,
            "status": status,
            "code": code,
        })
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_problem import FieldProblem # noqa: PLC0415
        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        code = ProblemCode(d.pop("code"))




        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))


        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))


        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))


        def _parse_errors(data: object) -> list[FieldProblem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in (_errors_type_0):
                    errors_type_0_item = FieldProblem.from_dict(errors_type_0_item_data)



                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldProblem] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))


        problem = cls(
            type_=type_,
            title=title,
            status=status,
            code=code,
            detail=detail,
            instance=instance,
            request_id=request_id,
            errors=errors,
        )


        problem.additional_properties = d
        return problem

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
