"""Detection on its own: what counts as a change and what is noise."""

from monitor.detect import StoredNotice, compare, comparison_hash, compile_patterns, display_text
from monitor.notice import Notice


def _stored(notice: Notice, ignore=(), history=()) -> StoredNotice:
    display = display_text(notice.text, ignore)
    h = comparison_hash(notice.title, display)
    return StoredNotice(1, notice.key, notice.title, display, h, False, [h, *history])


def test_whitespace_and_case_only_changes_are_not_changes():
    before = Notice("k", "Mail to Chile", None, None, "Items for Chile are  suspended.\n\n")
    after = Notice("k", "MAIL to Chile", None, None, "  items for chile are suspended.")
    result = compare({"k": _stored(before)}, [after])
    assert result.changes == []
    assert len(result.unchanged) == 1


def test_time_stamps_and_ignore_patterns_are_noise():
    ignore = compile_patterns([r"visitors today: \d+"])
    before = Notice(
        "k",
        "Updates",
        None,
        None,
        "Last updated: 3 November 2026\nNo disruption. Visitors today: 12",
    )
    after = Notice(
        "k",
        "Updates",
        None,
        None,
        "Last updated: 4 November 2026 at 10:15 GMT\nNo disruption. Visitors today: 981",
    )
    result = compare({"k": _stored(before, ignore)}, [after], ignore)
    assert result.changes == []


def test_a_real_change_has_a_diff_and_the_added_lines():
    before = Notice("k", "Incidents", None, None, "Chile | 1 Nov | Delays\nPeru | 2 Nov | Delays")
    after = Notice("k", "Incidents", None, None, "Chile | 1 Nov | Delays\nPeru | 2 Nov | Suspended")
    [change] = compare({"k": _stored(before)}, [after]).changes
    assert change.kind == "updated" and change.raises_event
    assert change.added == "Peru | 2 Nov | Suspended"
    assert "-Peru | 2 Nov | Delays" in change.diff and "+Peru | 2 Nov | Suspended" in change.diff


def test_content_flipping_back_to_a_recent_version_raises_nothing():
    a = Notice("k", "T", None, None, "Service to Peru suspended")
    b = Notice("k", "T", None, None, "Service to Peru suspended until further notice")
    stored_b = _stored(b, history=[comparison_hash("T", display_text(a.text))])
    [change] = compare({"k": stored_b}, [a]).changes
    assert change.kind == "updated" and not change.raises_event


def test_new_and_removed_notices():
    old = Notice("old", "Old", None, None, "x")
    new = Notice("new", "New", None, None, "y")
    changes = compare({"old": _stored(old)}, [new]).changes
    assert sorted(c.kind for c in changes) == ["new", "removed"]
    # a notice already removed is not removed again
    gone = _stored(old)
    gone.removed = True
    assert compare({"old": gone}, []).changes == []


def test_date_in_the_body_of_a_notice_is_not_noise():
    text = "Acceptance will be suspended from 5 November 2026."
    assert display_text(text) == text


def test_an_effective_date_is_part_of_the_notice_not_a_time_stamp():
    before = Notice(
        "k", "Canada", None, None, "Parcels to Canada are suspended as of 5 December 2026."
    )
    after = Notice(
        "k", "Canada", None, None, "Parcels to Canada are suspended as of 15 January 2027."
    )
    assert display_text(before.text) == before.text
    [change] = compare({"k": _stored(before)}, [after]).changes
    assert change.kind == "updated" and "15 January 2027" in change.added
    # a stamp on a line of its own is noise, in several languages
    for stamp in (
        "Page last updated on 4 Nov 2026.",
        "Stand: 12.11.2026",
        "最終更新：2026年11月3日",
    ):
        assert display_text(f"{stamp}\nMail to Peru suspended") == "Mail to Peru suspended"
