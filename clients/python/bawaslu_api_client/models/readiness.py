from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.migration_state import MigrationState





T = TypeVar("T", bound="Readiness")



@_attrs_define
class Readiness:
    """ 
        Attributes:
            migrations (MigrationState):
            status (Literal['ready'] | Unset):  Default: 'ready'.
            database (Literal['ok'] | Unset):  Default: 'ok'.
     """

    migrations: MigrationState
    status: Literal['ready'] | Unset = 'ready'
    database: Literal['ok'] | Unset = 'ok'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.migration_state import MigrationState # noqa: PLC0415
        migrations = self.migrations.to_dict()

        status = self.status

        database = self.database


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "migrations": migrations,
        })
        if status is not UNSET:
            field_dict["status"] = status
        if database is not UNSET:
            field_dict["database"] = database

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.migration_state import MigrationState # noqa: PLC0415
        d = dict(src_dict)
        migrations = MigrationState.from_dict(d.pop("migrations"))




        status = cast(Literal['ready'] | Unset , d.pop("status", UNSET))
        if status != 'ready'and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'ready', got '{status}'")

        database = cast(Literal['ok'] | Unset , d.pop("database", UNSET))
        if database != 'ok'and not isinstance(database, Unset):
            raise ValueError(f"database must match const 'ok', got '{database}'")

        readiness = cls(
            migrations=migrations,
            status=status,
            database=database,
        )


        readiness.additional_properties = d
        return readiness

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
