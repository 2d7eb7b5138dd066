"""Entry point of the frozen app (PyInstaller). `ScamLens --self-test` runs the self-test;
anything else is the ordinary `scamlens` command line (no arguments: the window)."""

import sys

from scamlens.cli import main


def frozen_argv(argv: list[str]) -> list[str]:
    if argv[:1] == ["--self-test"]:
        return ["self-test", *argv[1:]]
    return argv


if __name__ == "__main__":
    sys.exit(main(frozen_argv(sys.argv[1:])))
