"""Errors of the users domain."""

from __future__ import annotations

from bawaslu_api.errors import Conflict, NotFound
from bawaslu_api.i18n import Text


class UserNotFound(NotFound):
    """No such user, or not inside the caller's jurisdiction (the same answer)."""

    code = "user_not_found"
    title = Text("Pengguna tidak ditemukan", "User not found")


class UsernameTaken(Conflict):
    code = "username_taken"
    title = Text("Nama pengguna sudah dipakai", "Username already in use")


class CannotDisableSelf(Conflict):
    code = "cannot_disable_self"
    title = Text("Tidak dapat menonaktifkan akun sendiri", "You cannot disable your own account")
