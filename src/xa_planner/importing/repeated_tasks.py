"""Merge a task the body of a plan states and its appendix table lists again into one task."""

from __future__ import annotations

from dataclasses import replace

from xa_planner.importing.ocr_repair import ocr_fold
from xa_planner.importing.parsed_plan import DOUBT_NO_LEAD, DOUBT_TIMEFRAME, ParsedTask
from xa_planner.importing.plan_warning import ParsedWarning, PlanWarning

_SAME_WORDS = 0.88
_MIN_WORDS = 6
_FILLED_FROM_COPY = ("timeframe", "due", "recurrence", "start", "products", "directing_docs")


def _words(task: ParsedTask) -> frozenset[str]:
    words = ocr_fold(task.content[:300]).split()
    return frozenset(words) if len(words) >= _MIN_WORDS else frozenset()  # too short to call a repeat


def _repeats(first: frozenset[str], second: frozenset[str]) -> bool:
    """Nearly all the words of the shorter statement are in the longer one."""
    if not first or not second:
        return False
    return len(first & second) / min(len(first), len(second)) >= _SAME_WORDS


def _agree_on_lead(first: ParsedTask, second: ParsedTask) -> bool:
    return not (first.lead and second.lead and set(first.lead) != set(second.lead))


def _merged(body: ParsedTask, copy: ParsedTask) -> ParsedTask:
    """The body's task, completed with what only the copy says (time frame, supporters, products)."""
    filled = {name: getattr(copy, name) for name in _FILLED_FROM_COPY if not getattr(body, name)}
    if not body.support and copy.support:
        filled.update(
            support=copy.support,
            support_text=copy.support_text,
            support_written=copy.support_written,
            support_current=copy.support_current,
        )
    if not body.lead and copy.lead:
        filled.update(
            lead=copy.lead,
            lead_text=copy.lead_text,
            lead_written=copy.lead_written,
            lead_current=copy.lead_current,
        )
    merged = replace(body, **filled)
    doubts = [d for d in merged.doubts if d not in (DOUBT_NO_LEAD, DOUBT_TIMEFRAME)]
    doubts += [d for d in (DOUBT_NO_LEAD, DOUBT_TIMEFRAME) if d in body.doubts and d in copy.doubts]
    return replace(merged, doubts=doubts)


def merge_repeated_tasks(
    tasks: list[ParsedTask],
) -> tuple[list[ParsedTask], list[ParsedWarning]]:
    """Tasks with every repeated one merged into its first statement, and a warning for each.

    A repeat has nearly the same words (all of the shorter text's words in the longer) and
    no different lead.
    """
    kept: list[ParsedTask] = []
    words: list[frozenset[str]] = []
    warnings: list[ParsedWarning] = []
    for task in tasks:
        own = _words(task)
        index = next(
            (
                i
                for i, earlier in enumerate(kept)
                if _repeats(words[i], own) and _agree_on_lead(earlier, task)
            ),
            None,
        )
        if index is None:
            kept.append(task)
            words.append(own)
            continue
        kept[index] = _merged(kept[index], task)
        warnings.append(
            ParsedWarning.of(
                PlanWarning.REPEATED_TASK_MERGED, ref=kept[index].ref, other=task.ref
            )
        )
    return kept, warnings
