"""A text's ``maxLength`` counts what the client sent, before surrounding spaces are stripped: the
document promises 422 above the limit, and Schemathesis found a text one over it accepted."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.schemas.benefits.benefit import ApplicationUpdate, WithdrawBody


def test_a_text_over_the_limit_is_refused_even_when_stripping_would_bring_it_under():
    with pytest.raises(ValidationError) as refused:
        WithdrawBody.model_validate({"reason": " " + "x" * 2000})
    assert refused.value.errors()[0]["type"] == "string_too_long"
    with pytest.raises(ValidationError):
        ApplicationUpdate.model_validate({"note": "x" * 2000 + "\t"})


def test_a_text_within_the_limit_is_stripped_as_before():
    assert WithdrawBody.model_validate({"reason": " " + "x" * 1999}).reason == "x" * 1999
    assert ApplicationUpdate.model_validate({"note": " 备注 "}).note == "备注"
