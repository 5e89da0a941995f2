"""Command-line interface (in progress)."""


def main() -> None:
    raise SystemExit(0)
