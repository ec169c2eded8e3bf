"""Everything on disk: the SQLite store (and, from issue 5, the search index)."""
from .build import BuildSummary, analyse, build, iter_files
from .store import Store, StoreError, default_data_dir

__all__ = ["BuildSummary", "Store", "StoreError", "analyse", "build", "default_data_dir", "iter_files"]
