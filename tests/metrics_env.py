"""Metrics in prometheus-client's multiprocess mode, as deployed (app/metrics.py): a fresh, empty
folder for each test process (xdist workers included), set before anything imports the library
(tests/conftest.py imports this module first). Removed when the process exits."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="fpwork-metrics-")
atexit.register(shutil.rmtree, os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)
