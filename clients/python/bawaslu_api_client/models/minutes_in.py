from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.question_answer import QuestionAnswer





T = TypeVar("T", bound="MinutesIn")



@_attrs_define
class MinutesIn:
    """ The minutes of the clarification of one person (Form B.12, Art. 30(3)).

        Attributes:
            questions (list[QuestionAnswer]):
            read_back (bool): Read back to the person for confirmation.
            signed (bool): Signed by the person and the clarifiers.
            note (str | Unset):  Default: ''.
     """

    questions: list[QuestionAnswer]
    read_back: bool
    signed: bool
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        from ..models.question_answer import QuestionAnswer # noqa: PLC0415
        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)



        read_back = self.read_back

        signed = self.signed

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "questions": questions,
            "read_back": read_back,
            "signed": signed,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_answer import QuestionAnswer # noqa: PLC0415
        d = dict(src_dict)
        questions = []
        _questions = d.pop("questions")
        for questions_item_data in (_questions):
            questions_item = QuestionAnswer.from_dict(questions_item_data)



            questions.append(questions_item)


        read_back = d.pop("read_back")

        signed = d.pop("signed")

        note = d.pop("note", UNSET)

        minutes_in = cls(
            questions=questions,
            read_back=read_back,
            signed=signed,
            note=note,
        )

        return minutes_in

