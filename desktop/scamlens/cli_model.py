"""`scamlens model train`: maintainers retrain the wording model after changing its texts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from scamlens.cli_exit import EXIT_BAD_INPUT, EXIT_LIBRARY, EXIT_USAGE, fail
from scamlens.engine.library import LibraryError, load_library
from scamlens.engine.wording_model import threshold_problems
from scamlens.paths import resources_dir

DEFAULT_THRESHOLD = 0.95
DEFAULT_ORDINARY_BELOW = 0.05


def _sources(resources: Path, extra: list[Path]) -> list[Path]:
    from scamlens.wording_training import texts_folder

    return sorted(texts_folder(resources).glob("*.jsonl")) + extra


def _command_train(args: argparse.Namespace) -> int:
    from scamlens.wording_training import TrainingError, cross_validate, model_path, train, training_texts, write_model

    resources: Path = args.resources
    # Checked before any work: a model outside these bounds would not load, and the app
    # would refuse the whole library.
    for problem in threshold_problems(args.threshold, args.ordinary_below):
        fail(EXIT_USAGE, "--" + problem)
    if args.cross_validate is not None and args.cross_validate < 2:
        fail(EXIT_USAGE, f"--cross-validate needs at least 2 folds, not {args.cross_validate}")
    try:
        library = load_library(resources, wording_model=False)  # the old model may be unreadable
    except LibraryError as error:
        fail(EXIT_LIBRARY, "the pattern library has problems: " + "; ".join(error.problems[:3]))
    try:
        sources = _sources(resources, args.texts)
        texts = training_texts(library, sources)
        if args.cross_validate:
            _report_cross_validation(cross_validate(texts, args.cross_validate))
            return 0
        model = train(texts, args.threshold, args.ordinary_below, [path.name for path in sources])
    except TrainingError as error:
        fail(EXIT_BAD_INPUT, str(error))
    write_model(model, model_path(resources))
    print(
        f"trained on {model.trained_on['scam']} scam and {model.trained_on['benign']} ordinary texts; "
        f"{len(model.weights)} n-grams kept; written to {model_path(resources)}"
    )
    return 0


def _report_cross_validation(scored: list[tuple[bool, float]]) -> None:
    scams = [probability for is_scam, probability in scored if is_scam]
    ordinary = [probability for is_scam, probability in scored if not is_scam]
    print(f"out-of-fold, {len(scams)} scam and {len(ordinary)} ordinary texts:")
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        caught = sum(p >= threshold for p in scams) / len(scams)
        flagged = sum(p >= threshold for p in ordinary) / len(ordinary)
        print(f"  threshold {threshold:.2f}: scams {caught:6.1%}  ordinary flagged {flagged:6.1%}")
    sys.stdout.flush()


def add_model_commands(
    commands: argparse._SubParsersAction, add: Callable[[str, str], argparse.ArgumentParser]
) -> None:
    model = add("model", "maintainers: the wording model that gives a second opinion")
    actions = model.add_subparsers(dest="action", parser_class=type(model), required=True)
    train = actions.add_parser(
        "train",
        help="retrain it on the pattern examples and resources/classifier/texts",
        description="Retrain the wording model on the pattern examples, resources/classifier/texts/*.jsonl "
        "and any further labelled JSONL files given. Only texts we wrote ourselves.",
    )
    train.add_argument("texts", nargs="*", type=Path, metavar="FILE.jsonl", help="more labelled texts")
    train.add_argument("--resources", type=Path, default=resources_dir(), metavar="DIR", help="the library folder")
    train.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"probability at which it warns on its own (default {DEFAULT_THRESHOLD})",
    )
    train.add_argument(
        "--ordinary-below",
        type=float,
        default=DEFAULT_ORDINARY_BELOW,
        help="probability under which a rule's medium warning is shown as a resemblance "
        f"(default {DEFAULT_ORDINARY_BELOW}; 0 turns this off)",
    )
    train.add_argument(
        "--cross-validate", type=int, metavar="K", help="only measure: K-fold out-of-fold figures, write nothing"
    )
    train.set_defaults(run=_command_train)
