"""The resume file: which batches of which input the API has acknowledged.

A batch is acknowledged when the API answered it (every item ``created``, ``duplicate``
or ``invalid``): the API committed it before answering. The file is rewritten atomically
after each acknowledgement, so after Ctrl-C, a crash of this command or of the API, a
re-run sends only the batches not acknowledged. Batches that were in flight are sent
again; the API answers ``duplicate`` for those it had stored (idempotent by external_id),
so nothing is lost and nothing is stored twice.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class StateMismatch(Exception):
    """The state file belongs to another input or another batch size."""


@dataclass
class State:
    path: Path
    source: str
    size: int
    batch_size: int
    acked: set[int] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path, source: Path, batch_size: int, *, restart: bool = False) -> State:
        size = source.stat().st_size
        fresh = cls(path, str(source.resolve()), size, batch_size)
        if restart or not path.exists():
            return fresh
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if data.get("size") != size or data.get("source") != fresh.source:
            raise StateMismatch(
                f"{path} was written for another file (or the file changed); "
                "use --restart to start over or --state to name another state file"
            )
        if data.get("batch_size") != batch_size:
            raise StateMismatch(
                f"{path} was written with --batch-size {data.get('batch_size')}; "
                "use the same batch size to resume, or --restart"
            )
        fresh.acked = set(data.get("acked", []))
        fresh.counts = dict(data.get("counts", {}))
        return fresh

    def ack(self, batch: int, counts: dict[str, int]) -> None:
        self.acked.add(batch)
        for key, value in counts.items():
            self.counts[key] = self.counts.get(key, 0) + value
        self.save()

    def save(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(
            json.dumps(
                {
                    "source": self.source,
                    "size": self.size,
                    "batch_size": self.batch_size,
                    "acked": sorted(self.acked),
                    "counts": self.counts,
                }
            ),
            encoding="utf-8",
        )
        os.replace(tmp, self.path)
