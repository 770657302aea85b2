"""The committed clients match the OpenAPI document, and the generated Python client does the
README walk-through against a live server."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SPEC = ROOT / "openapi" / "openapi.json"
BIN = Path(sys.executable).parent


# What `pip install ./clients/python` leaves behind (git-ignored): not part of the client.
BUILD_LEFTOVERS = ("build", "dist", "__pycache__")


def _leftover(name: str) -> bool:
    return name in BUILD_LEFTOVERS or name.endswith(".egg-info")


def _differences(left: Path, right: Path, ignore: tuple[str, ...] = ()) -> list[str]:
    found: list[str] = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        found.extend(f"{prefix}{n} (only in fresh)" for n in cmp.left_only if n not in ignore)
        found.extend(
            f"{prefix}{n} (only in committed)" for n in cmp.right_only if n not in ignore and not _leftover(n)
        )
        found.extend(f"{prefix}{n} (differs)" for n in cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            if name not in ignore and not _leftover(name):
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__", *ignore]), "")
    # dircmp compares shallowly by stat when sizes match; compare contents to be exact
    for path in left.rglob("*"):
        rel = path.relative_to(left)
        if any(_leftover(part) for part in rel.parts):
            continue
        other = right / rel
        if path.is_file() and other.is_file() and path.read_bytes() != other.read_bytes():
            found.append(f"{rel} (content differs)")
    return sorted(set(found))


def test_committed_python_client_matches_the_spec(tmp_path):
    from scripts.client_spec import write_python_spec

    generator = BIN / "openapi-python-client"
    assert generator.exists(), "openapi-python-client comes with the dev extra"
    write_python_spec(SPEC, tmp_path / "spec-python.json")
    result = subprocess.run(
        [
            str(generator),
            "generate",
            "--path",
            str(tmp_path / "spec-python.json"),
            "--config",
            str(ROOT / "clients" / "openapi-python-client.yaml"),
            "--meta",
            "setup",
            "--output-path",
            str(tmp_path / "python"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower(), result.stdout + result.stderr
    assert _differences(tmp_path / "python", ROOT / "clients" / "python", ignore=("examples",)) == [], (
        "clients/python is stale: run scripts/generate_clients.sh"
    )


def test_committed_typescript_types_match_the_spec(tmp_path):
    tool = ROOT / "tools" / "node_modules" / ".bin" / "openapi-typescript"
    if not tool.exists():
        pytest.skip("openapi-typescript is installed by scripts/lint_openapi.sh (CI runs the full check)")
    out = tmp_path / "schema.d.ts"
    subprocess.run([str(tool), str(SPEC), "--output", str(out)], capture_output=True, check=True)
    committed = ROOT / "clients" / "typescript" / "schema.d.ts"
    assert out.read_bytes() == committed.read_bytes(), (
        "clients/typescript is stale: run scripts/generate_clients.sh"
    )


def test_walkthrough_with_the_generated_client(live_server, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "clients" / "python")}
    script = tmp_path / "walkthrough.py"
    shutil.copy(ROOT / "clients" / "python" / "examples" / "walkthrough.py", script)
    result = subprocess.run(
        [sys.executable, str(script), live_server.base_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "walk-through complete" in result.stdout


def test_what_pip_install_leaves_in_the_client_is_not_a_difference(tmp_path):
    """`pip install ./clients/python` leaves build/ and *.egg-info beside the sources (git-ignored)."""
    fresh, committed = tmp_path / "fresh", tmp_path / "committed"
    for root in (fresh, committed):
        (root / "fpwork_client").mkdir(parents=True)
        (root / "fpwork_client" / "client.py").write_text("x = 1\n")
    (committed / "build" / "lib").mkdir(parents=True)
    (committed / "build" / "lib" / "client.py").write_text("stale\n")
    (committed / "fpwork_client.egg-info").mkdir()
    assert _differences(fresh, committed) == []
    (committed / "fpwork_client" / "client.py").write_text("x = 2\n")
    assert "fpwork_client/client.py (content differs)" in _differences(fresh, committed)


def test_datamodel_code_generator_reads_the_exact_64_bit_bounds(tmp_path):
    """Pydantic models generated from the document allow ids up to 2**63 - 1 and not beyond (the
    document once wrote the bound as a float, which generators read as 9223372036854776000)."""
    generator = BIN / "datamodel-codegen"
    assert generator.exists(), "datamodel-code-generator comes with the dev extra"
    out = tmp_path / "models.py"
    result = subprocess.run(
        [
            str(generator),
            "--input",
            str(SPEC),
            "--input-file-type",
            "openapi",
            "--output",
            str(out),
            "--output-model-type",
            "pydantic_v2.BaseModel",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    models = out.read_text()
    assert f"le={2**63 - 1}" in models
    assert "9223372036854776000" not in models and "e+18" not in models
