"""Every pattern file, checked against its own examples (semgrep-style rule tests)."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from scamlens.engine import Library, LibraryError, load_library
from scamlens.engine.examples import ExampleChecker
from scamlens.engine.library import MIN_EXAMPLES_EACH_WAY
from scamlens.paths import resources_dir

try:
    _LIBRARY: Library | None = load_library(resources_dir())
    _PROBLEMS: list[str] = []
except LibraryError as error:
    _LIBRARY, _PROBLEMS = None, error.problems

_EXAMPLES = [
    pytest.param(pattern.id, example, id=f"{pattern.id}:{example.expect}:{index}")
    for pattern in (_LIBRARY.patterns if _LIBRARY else ())
    for index, example in enumerate(pattern.examples)
]
_to_simplified = OpenCC("t2s")


@pytest.fixture(scope="module")
def example_checker(library: Library) -> ExampleChecker:
    return ExampleChecker(library)


def test_library_files_are_valid() -> None:
    assert not _PROBLEMS, "pattern library problems:\n" + "\n".join(_PROBLEMS)


def test_first_library_covers_the_documented_cases(library: Library) -> None:
    categories = {pattern.category for pattern in library.patterns}
    seed_rows = {
        "livestream-buyback",
        "review-deletion-cash",
        "review-extortion",
        "teach-to-earn",
        "brushing-job",
        "counterfeit-goods",
        "data-leak-offer",
        "paid-traffic",
        "refund-abuse",
    }
    assert seed_rows <= categories


@pytest.mark.parametrize("pattern_id", [p.id for p in (_LIBRARY.patterns if _LIBRARY else ())])
def test_examples_cover_both_scripts(library: Library, pattern_id: str) -> None:
    pattern = library.pattern(pattern_id)
    for expect in ("match", "none"):
        texts = [example.text for example in pattern.examples if example.expect == expect]
        traditional = [text for text in texts if _to_simplified.convert(text) != text]
        assert len(texts) >= MIN_EXAMPLES_EACH_WAY
        assert traditional, f"{pattern_id}: no Traditional-script '{expect}' example"
        assert len(traditional) < len(texts), f"{pattern_id}: no Simplified-script '{expect}' example"


@pytest.mark.parametrize(("pattern_id", "example"), _EXAMPLES)
def test_example(example_checker: ExampleChecker, pattern_id: str, example) -> None:
    problem = example_checker.problem(example_checker.library.pattern(pattern_id), example)
    assert problem is None, problem
