from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = ROOT / "corpus" / "samples"
SEED = SAMPLES / "000_b5c0d0c8d5d614a7.txt"


@pytest.fixture
def seed_text() -> str:
    from corpus import read_document

    return read_document(SEED).text
