from pathlib import Path

from marsad.cli.reference import reference

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_cli_reference_is_current() -> None:
    """docs/cli.md is generated from --help: regenerate with `python -m marsad.cli.reference`."""
    assert DOC.read_text("utf-8") == reference()
