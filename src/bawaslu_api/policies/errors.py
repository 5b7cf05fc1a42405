"""Policy errors."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, NotFound, Unprocessable
from bawaslu_api.i18n import Text


class UnknownPolicy(NotFound):
    code = "rules_policy_not_found"
    title = Text("Kebijakan aturan tidak ditemukan", "Rules policy not found")


class PolicyValueInvalid(Unprocessable):
    code = "rules_policy_value_invalid"
    title = Text("Nilai kebijakan tidak sah", "Invalid policy value")


class PolicyNotSet(Conflict):
    code = "rules_policy_not_set"
    title = Text("Kebijakan ini memakai nilai bawaan", "This policy already has its default value")
