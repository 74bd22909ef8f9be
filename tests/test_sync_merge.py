"""The three-way merge rules (pure function)."""

from __future__ import annotations

from desktop_app.sync.merge import three_way

FIELDS = ["text", "priority", "deleted_at"]
BASE = {"text": "a", "priority": "normal", "deleted_at": None}


def test_changes_to_different_fields_merge() -> None:
    out = three_way(BASE, {**BASE, "text": "mine"}, {**BASE, "priority": "high"}, FIELDS)
    assert out.merged == {"text": "mine", "priority": "high", "deleted_at": None}


def test_the_same_field_changed_differently_conflicts() -> None:
    out = three_way(BASE, {**BASE, "text": "mine"}, {**BASE, "text": "theirs"}, FIELDS)
    assert out.merged is None and out.conflicting == ("text",)


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    out = three_way(BASE, {**BASE, "text": "same"}, {**BASE, "text": "same"}, FIELDS)
    assert out.merged == {**BASE, "text": "same"}


def test_delete_versus_edit_conflicts_both_ways() -> None:
    deleted = {**BASE, "deleted_at": "2026-11-27T10:00:00.000000Z"}
    edited = {**BASE, "text": "edited"}
    assert three_way(BASE, deleted, edited, FIELDS).conflicting == ("deleted_at",)
    assert three_way(BASE, edited, deleted, FIELDS).conflicting == ("deleted_at",)


def test_delete_against_an_untouched_row_is_a_clean_delete() -> None:
    deleted = {**BASE, "deleted_at": "2026-11-27T10:00:00.000000Z"}
    assert three_way(BASE, BASE, deleted, FIELDS).merged == deleted
    assert three_way(BASE, deleted, BASE, FIELDS).merged == deleted


def test_both_deleting_at_different_times_is_no_conflict() -> None:
    one = {**BASE, "deleted_at": "2026-11-27T10:00:00.000000Z"}
    two = {**BASE, "deleted_at": "2026-11-27T11:00:00.000000Z"}
    out = three_way(BASE, one, two, FIELDS)
    assert out.merged is not None and out.merged["deleted_at"] is not None


def test_without_a_base_only_equal_values_merge() -> None:
    """Rows created on two laptops under one id: no base, so any difference needs a person."""
    assert three_way(None, BASE, BASE, FIELDS).merged == BASE
    assert three_way(None, BASE, {**BASE, "text": "b"}, FIELDS).conflicting == ("text",)
