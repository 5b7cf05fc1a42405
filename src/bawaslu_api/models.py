"""Every model, imported once so that ``metadata`` is complete (Alembic, tests)."""

from bawaslu_api.db.base import Base
from bawaslu_api.elections.models import Election
from bawaslu_api.offices.models import Office

metadata = Base.metadata

__all__ = ["Election", "Office", "metadata"]
