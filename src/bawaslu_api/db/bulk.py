"""Writing many new ORM objects at once with PostgreSQL ``COPY``, inside the session's
transaction (bulk intake: one ``COPY`` per table instead of one ``INSERT`` per row).

The objects are built like any others (``Report(...)``) but never added to the session:
:func:`copy_objects` fills the Python-side column defaults on them, so what the caller
hands back (presenters, responses) is exactly what was stored. Columns the database fills
itself (server defaults such as ``created_at``, identities, computed columns,
autoincrementing keys) are left to it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

import asyncpg
import pydantic_core
from sqlalchemy import BigInteger, Column, Integer, Table, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import configure_mappers

from bawaslu_api.db.base import Base

M = TypeVar("M", bound=Base)


def new(model: type[M], /, **values: Any) -> M:
    """A new (transient) ``model`` holding ``values``.

    Stored like ``model(**values)``, by :func:`copy_objects` or ``session.add``, but built
    without the ORM's per-attribute events, which cost more than the rest of an intake when
    thousands of rows are built. Unlike the constructor it does not check the names in
    ``values``: misspelt ones are simply not stored. Names that are not columns but
    attributes of the class (the clear side of a sealed column) are assigned after the
    columns, through the attribute.
    """
    obj: M = _manager(model).new_instance()
    columns = _column_keys(model)
    obj.__dict__.update({k: v for k, v in values.items() if k in columns})
    for key, value in values.items():
        if key not in columns and hasattr(model, key):
            setattr(obj, key, value)
    return obj


@cache
def _column_keys(model: type[Base]) -> frozenset[str]:
    return frozenset(model.__mapper__.column_attrs.keys())


@cache
def _manager(model: type[Base]) -> Any:
    configure_mappers()
    return model.__mapper__.class_manager


class NoTransaction(RuntimeError):
    """A bulk write was attempted on a connection without a transaction (autocommit)."""


async def driver_connection(session: AsyncSession) -> asyncpg.Connection:
    """The asyncpg connection under ``session``, inside the session's transaction.

    SQLAlchemy's asyncpg adapter opens its transaction at the first statement; a statement
    sent straight to the driver before that would run outside it. An autocommit session
    never opens one: writing several tables through it could leave a case half-stored, so
    it is refused.
    """
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    driver = raw.driver_connection
    assert isinstance(driver, asyncpg.Connection)
    if not driver.is_in_transaction():
        await connection.execute(text("SELECT 1"))
        if not driver.is_in_transaction():
            raise NoTransaction("bulk writes need a transaction; this session autocommits")
    return driver


@contextlib.contextmanager
def _as_sqlalchemy_errors(statement: str) -> Iterator[None]:
    """Constraint violations raised by the driver, as SQLAlchemy's ``IntegrityError`` (which
    the app answers with a 409 problem), like those of statements run through the ORM."""
    try:
        yield
    except asyncpg.IntegrityConstraintViolationError as exc:
        raise IntegrityError(statement, None, exc) from exc


async def fetch(session: AsyncSession, statement: str, *args: Any) -> list[Any]:
    """Run ``statement`` on the driver, in the session's transaction; its rows."""
    driver = await driver_connection(session)
    with _as_sqlalchemy_errors(statement):
        return list(await driver.fetch(statement, *args))


@dataclass(frozen=True, slots=True)
class _Plan:
    table: str
    columns: tuple[str, ...]
    keys: tuple[str, ...]
    defaults: tuple[Callable[[], Any] | None, ...]
    encoders: tuple[Callable[[Any], Any] | None, ...]


def _stored_by_database(column: Column[Any]) -> bool:
    autoincrement_key = (
        column.primary_key
        and column.autoincrement is True
        and isinstance(column.type, (Integer, BigInteger))
    )
    return bool(
        column.computed is not None
        or column.identity is not None
        or column.server_default is not None
        or autoincrement_key
    )


def _default(column: Column[Any]) -> Callable[[], Any] | None:
    default = column.default
    if default is None:
        return None
    arg = getattr(default, "arg", None)
    if callable(arg):
        # SQLAlchemy wraps zero-argument defaults to take an execution context.
        return lambda: arg(None)
    return lambda: arg


def _encoder(column: Column[Any]) -> Callable[[Any], Any] | None:
    # The engine's asyncpg codec for jsonb takes JSON text, as SQLAlchemy sends it.
    if isinstance(column.type, JSONB):
        return lambda value: None if value is None else pydantic_core.to_json(value).decode()
    return None


@cache
def _plan(model: type[Base]) -> _Plan:
    table = model.__table__
    assert isinstance(table, Table)
    mapper = model.__mapper__
    columns = [c for c in table.columns if not _stored_by_database(c)]
    return _Plan(
        table=table.name,
        columns=tuple(c.name for c in columns),
        keys=tuple(mapper.get_property_by_column(c).key for c in columns),
        defaults=tuple(_default(c) for c in columns),
        encoders=tuple(_encoder(c) for c in columns),
    )


def _record(plan: _Plan, obj: Base) -> tuple[Any, ...]:
    # Straight from the instance dict: these objects are new, nothing is lazy or expired.
    state = obj.__dict__
    values = []
    for key, default, encoder in zip(plan.keys, plan.defaults, plan.encoders, strict=True):
        value = state.get(key)
        if value is None and default is not None:
            value = state[key] = default()
        values.append(value if encoder is None else encoder(value))
    return tuple(values)


async def copy_objects(session: AsyncSession, objects: Sequence[Base]) -> None:
    """Store new ``objects`` of one model with one ``COPY`` (nothing when empty).

    Differences from ``session.add``: a JSONB attribute set to None is stored as SQL NULL
    (not JSON ``null``), and values set on columns the database fills (server defaults,
    identities) are left out.
    """
    if not objects:
        return
    plan = _plan(type(objects[0]))
    records = [_record(plan, obj) for obj in objects]
    driver = await driver_connection(session)
    with _as_sqlalchemy_errors(f"COPY {plan.table}"):
        await driver.copy_records_to_table(plan.table, records=records, columns=plan.columns)
