"""Typesetting: one Typst template per document (``templates/<kind>.typ``, importing
``common.typ``), compiled by the ``typst`` wheel, which bundles its compiler and fonts (no
system package). The case data goes in as JSON (``sys.inputs.data``); images (the office's
logo) are written under the compile root by their SHA-256.

Output is deterministic: the templates set no date in the PDF metadata, system fonts are
ignored, so the same data and template give the same bytes on every machine.

A deployment may override a template without a release: a file of the same name in
``BAWASLU_DOCUMENT_TEMPLATES_DIR`` wins over the packaged one (docs/documents.md).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import threading
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import anyio.to_thread
import typst

PACKAGED = Path(__file__).parent / "templates"
COMMON = "common.typ"

Format = Literal["pdf", "png"]


class TemplateError(Exception):
    """The template failed to compile (a defect of the template, not of the input)."""


class Renderer:
    """Compiles documents. Thread-safe: compilations run one at a time per renderer, in
    a worker thread (``render``), never on the event loop."""

    def __init__(self, overlay: Path | None = None) -> None:
        self.overlay = overlay
        self._lock = threading.Lock()

    def source(self, name: str) -> Path:
        if self.overlay is not None and (self.overlay / name).is_file():
            return self.overlay / name
        return PACKAGED / name

    @cached_property
    def _root(self) -> Path:
        """The compile root: every template (the overlay's over the packaged ones, so that
        an overriding template may import a helper file of its own) and ``img/``."""
        root = Path(tempfile.mkdtemp(prefix="bawaslu-typst-"))
        (root / "img").mkdir()
        for directory in (PACKAGED, self.overlay):
            if directory is not None and directory.is_dir():
                for file in directory.glob("*.typ"):
                    (root / file.name).write_bytes(file.read_bytes())
        return root

    def _sync(self, name: str) -> None:
        for file in (COMMON, name):
            target = self._root / file
            data = self.source(file).read_bytes()
            if not target.is_file() or target.read_bytes() != data:
                target.write_bytes(data)

    def version(self, kind: str) -> str:
        """SHA-256 of the template and the common layout it imports: what the timeline
        records as the template's version."""
        digest = hashlib.sha256()
        for file in (COMMON, f"{kind}.typ"):
            digest.update(self.source(file).read_bytes())
        return digest.hexdigest()

    def exists(self, kind: str) -> bool:
        return self.source(f"{kind}.typ").is_file()

    @cached_property
    def _compiler(self) -> Any:
        return typst.Compiler(root=str(self._root), ignore_system_fonts=True)

    def render_sync(
        self,
        kind: str,
        data: Mapping[str, Any],
        images: Mapping[str, bytes] | None = None,
        *,
        fmt: Format = "pdf",
        ppi: float = 96,
    ) -> bytes | list[bytes]:
        """The document's bytes (``png``: one image per page)."""
        name = f"{kind}.typ"
        payload = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
        with self._lock:
            self._sync(name)
            for file, content in (images or {}).items():
                target = self._root / "img" / file
                if not target.is_file():
                    target.write_bytes(content)
            try:
                out = self._compiler.compile(
                    input=str(self._root / name),
                    format=fmt,
                    ppi=ppi if fmt == "png" else None,
                    sys_inputs={"data": payload},
                )
            except typst.TypstError as exc:
                raise TemplateError(f"{name}: {exc}") from exc
        if fmt == "png":
            return list(out) if isinstance(out, list) else [out]
        assert isinstance(out, bytes)
        return out

    async def render(
        self, kind: str, data: Mapping[str, Any], images: Mapping[str, bytes] | None = None
    ) -> bytes:
        """The PDF, compiled in a worker thread."""
        pdf = await anyio.to_thread.run_sync(lambda: self.render_sync(kind, data, images))
        assert isinstance(pdf, bytes)
        return pdf

    def check_image_sync(self, content: bytes, content_type: str) -> None:
        """Raise :class:`TemplateError` unless the typesetter can place the image, on its
        own: compiled in a fresh directory holding nothing else, so an image that refers
        to another file (an SVG's ``<image href>``) cannot pass by finding one there."""
        name = image_name(content, content_type)
        with tempfile.TemporaryDirectory(prefix="bawaslu-logo-") as tmp:
            root = Path(tmp)
            (root / "img").mkdir()
            (root / "img" / name).write_bytes(content)
            (root / "probe.typ").write_text('#image("img/" + sys.inputs.file, width: 2cm)\n')
            try:
                compiler = typst.Compiler(root=str(root), ignore_system_fonts=True)
                compiler.compile(input=str(root / "probe.typ"), sys_inputs={"file": name})
            except typst.TypstError as exc:
                raise TemplateError(f"image: {exc}") from exc

    async def check_image(self, content: bytes, content_type: str) -> None:
        await anyio.to_thread.run_sync(lambda: self.check_image_sync(content, content_type))

    def close(self) -> None:
        if "_root" in self.__dict__:
            shutil.rmtree(self._root, ignore_errors=True)


def image_name(content: bytes, content_type: str) -> str:
    """The file name an image gets under the compile root: its SHA-256 and extension."""
    ext = {"image/png": "png", "image/jpeg": "jpg", "image/svg+xml": "svg"}[content_type]
    return f"{hashlib.sha256(content).hexdigest()}.{ext}"
