"""Charts for documents, drawn server-side by matplotlib as SVG (text as paths, no font
needed by the typesetter) and placed by the Typst templates. Deterministic: the same
numbers give the same SVG (fixed hash salt, no date in the metadata), so a document's
SHA-256 still identifies it. Figures are built without pyplot's global state (thread-safe);
matplotlib is imported on first use, not at start."""

from __future__ import annotations

import io
import threading
from collections.abc import Mapping, Sequence
from typing import Any

PALETTE = ("#7a1f1f", "#c9a227", "#2f5d8a", "#6a8f3a", "#8a5a9e", "#d06a2a", "#4a4a4a")
"""Bawaslu-like maroon and gold first, then distinguishable colours."""

_SETUP = threading.Lock()
_READY = False


def _figure(width_cm: float, height_cm: float) -> Any:
    global _READY
    with _SETUP:
        if not _READY:
            import matplotlib

            matplotlib.use("svg")
            matplotlib.rcParams.update(
                {
                    "svg.fonttype": "path",
                    "svg.hashsalt": "bawaslu-documents",
                    "font.family": "DejaVu Sans",
                    "font.size": 8,
                    "axes.spines.top": False,
                    "axes.spines.right": False,
                }
            )
            _READY = True
    from matplotlib.figure import Figure

    return Figure(figsize=(width_cm / 2.54, height_cm / 2.54), dpi=100)


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    return buf.getvalue()


def bars(
    labels: Sequence[str],
    values: Sequence[int],
    *,
    title: str = "",
    width_cm: float = 16,
    color: str = PALETTE[0],
) -> str:
    """Horizontal bars, largest first as given, with the value at each bar's end."""
    height = 1.2 + 0.55 * max(len(labels), 1)
    fig = _figure(width_cm, height)
    ax = fig.subplots()
    positions = list(range(len(labels)))[::-1]
    ax.barh(positions, list(values), color=color, height=0.6)
    ax.set_yticks(positions, list(labels))
    for y, v in zip(positions, values, strict=True):
        ax.text(v, y, f" {v}", va="center", fontsize=7)
    ax.set_xlim(0, max([*values, 1]) * 1.15)
    ax.xaxis.set_visible(False)
    ax.spines["bottom"].set_visible(False)
    if title:
        ax.set_title(title, loc="left", fontsize=9, fontweight="bold")
    return _svg(fig)


def stacked(
    labels: Sequence[str],
    series: Mapping[str, Sequence[int]],
    *,
    title: str = "",
    width_cm: float = 16,
) -> str:
    """Horizontal stacked bars (e.g. met / missed / overridden per deadline rule)."""
    height = 1.6 + 0.55 * max(len(labels), 1)
    fig = _figure(width_cm, height)
    ax = fig.subplots()
    positions = list(range(len(labels)))[::-1]
    left = [0] * len(labels)
    for (name, values), color in zip(series.items(), PALETTE, strict=False):
        ax.barh(positions, list(values), left=left, color=color, height=0.6, label=name)
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_yticks(positions, list(labels))
    ax.set_xlim(0, max([*left, 1]) * 1.1)
    ax.legend(
        loc="lower left", bbox_to_anchor=(0, 1.0), fontsize=7, frameon=False,
        ncols=max(len(series), 1),
    )  # fmt: skip
    if title:
        ax.set_title(title, loc="left", fontsize=9, fontweight="bold", pad=18)
    return _svg(fig)


def trend(
    periods: Sequence[str],
    series: Mapping[str, Sequence[int]],
    *,
    title: str = "",
    width_cm: float = 16,
) -> str:
    """Lines over time (e.g. received / registered / decided per week)."""
    fig = _figure(width_cm, 6)
    ax = fig.subplots()
    x = list(range(len(periods)))
    for (name, values), color in zip(series.items(), PALETTE, strict=False):
        ax.plot(x, list(values), marker="o", markersize=3, color=color, label=name)
    step = max(1, len(periods) // 8)
    ax.set_xticks(x[::step], list(periods)[::step])
    ax.set_ylim(bottom=0)
    ax.legend(fontsize=7, frameon=False)
    if title:
        ax.set_title(title, loc="left", fontsize=9, fontweight="bold")
    return _svg(fig)
