"""The arrows between work-plan areas, read from the imports of every module under app/.

- An area (a package under app/services, app/routers/v1, app/schemas or app/models) imports its own
  area, ``core`` and the shared modules (app/*.py), never another area.
- ``leadership`` reads the other areas only through the figures each exports
  (``app.services.<area>.figures``), never through their internals; ``sync`` (mobile sync) only
  through what each exports for it (``app.services.<area>.sync``, shapes in app/sync.py).
- ``core`` and the shared modules import no area; only the assembly points (the app factory, the
  router and model registries, the demo loader, the worker) see every area.
- Nothing imports upward: services, schemas and models never import routers or FastAPI; models never
  import services.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("app.services", "app.routers.v1", "app.schemas", "app.models")
AREAS = ("core", "benefits", "lawful_services", "quality", "migrants", "grassroots", "leadership", "sync")
ASSEMBLY_PREFIXES = ("app.main", "app.routers.v1", "app.models", "app.demo", "app.worker", "app.jobs")
ASSEMBLY_EXACT = {"app.main", "app.routers.v1", "app.models"}


def area_of(module: str) -> str | None:
    for layer in LAYERS:
        if module.startswith(layer + "."):
            head = module[len(layer) + 1 :].split(".")[0]
            if head in AREAS:
                return head
    return None


def layer_of(module: str) -> str | None:
    for layer in LAYERS:
        if module == layer or module.startswith(layer + "."):
            return layer
    return None


def is_assembly(module: str) -> bool:
    return module in ASSEMBLY_EXACT or module.startswith(("app.demo", "app.worker", "app.jobs"))


def imports_of(source: str) -> list[str]:
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
            if node.module in LAYERS or node.module.rsplit(".", 1)[-1] in AREAS:
                # `from app.services.benefits import programs` names a module of that area
                found.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def violations(module: str, source: str) -> list[str]:
    """Every import of ``module`` that breaks a rule, as 'module -> imported: why'."""
    problems: list[str] = []
    own_area, own_layer = area_of(module), layer_of(module)
    for target in imports_of(source):
        if not (target.startswith("app.") or target.split(".")[0] in ("fastapi", "starlette")):
            continue
        if own_layer in ("app.services", "app.schemas", "app.models") and (
            target.startswith("app.routers") or target.split(".")[0] in ("fastapi", "starlette")
        ):
            problems.append(f"{module} -> {target}: {own_layer} never imports routers or FastAPI")
            continue
        if own_layer == "app.models" and target.startswith("app.services"):
            problems.append(f"{module} -> {target}: models never import services")
            continue
        target_area = area_of(target)
        if target_area is None or target_area == own_area or target_area == "core":
            continue
        if is_assembly(module):
            continue
        if own_area is None or own_area == "core":
            problems.append(f"{module} -> {target}: core and shared modules import no area")
        elif own_area == "leadership":
            if not (
                target.startswith(f"app.services.{target_area}.figures") or target == "app.services.figures"
            ):
                problems.append(
                    f"{module} -> {target}: leadership reads other areas only through their figures"
                )
        elif own_area == "sync":
            if not target.startswith(f"app.services.{target_area}.sync"):
                problems.append(
                    f"{module} -> {target}: sync reads other areas only through their sync modules"
                )
        else:
            problems.append(f"{module} -> {target}: area {own_area} imports area {target_area}")
    return problems


def app_modules() -> dict[str, str]:
    modules: dict[str, str] = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path.read_text(encoding="utf-8")
    return modules


def test_no_module_breaks_the_import_rules() -> None:
    problems = [p for module, source in app_modules().items() for p in violations(module, source)]
    assert problems == []


def test_the_rule_catches_one_area_importing_another() -> None:
    # a temporary module of the benefits area that reaches into quality's internals
    source = "from app.services.quality.screening import get_screening\n"
    assert violations("app.services.benefits.tmp", source) == [
        "app.services.benefits.tmp -> app.services.quality.screening: area benefits imports area quality"
    ]
    # the same through the package form of the import
    assert violations("app.routers.v1.lawful_services.tmp", "from app.services.benefits import payments\n")
    # leadership may read figures, not internals
    assert (
        violations("app.services.leadership.tmp", "from app.services.quality.figures import coverage\n") == []
    )
    assert violations("app.services.leadership.tmp", "from app.services.quality.stock_ledger import x\n")
    # sync reads other areas only through their sync modules
    assert violations("app.services.sync.tmp", "from app.services.quality.sync import FEEDS\n") == []
    assert violations("app.services.sync.tmp", "from app.services.quality.referrals import transition\n")
    # services never import FastAPI or routers; core never imports an area
    assert violations("app.services.quality.tmp", "from fastapi import Depends\n")
    assert violations("app.services.core.tmp", "from app.services.benefits import payments\n")


def test_every_area_package_exists_in_each_layer_it_uses() -> None:
    for layer in ("services", "routers/v1", "schemas", "models"):
        for area in ("core", "benefits", "lawful_services", "quality"):
            assert (ROOT / "app" / layer / area / "__init__.py").exists(), f"app/{layer}/{area}"


def test_no_module_is_over_400_lines() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in (ROOT / "app").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}


def is_scope_module(relative: Path) -> bool:
    """``app/services/<area>/scope.py`` or ``scope_<topic>.py``: where an area's scopes live."""
    parts = relative.parts
    return (
        len(parts) == 4
        and parts[:2] == ("app", "services")
        and parts[2] in AREAS
        and (parts[3] == "scope.py" or (parts[3].startswith("scope_") and parts[3].endswith(".py")))
    )


def scope_functions(source: str) -> list[str]:
    """The ``*_scope`` functions a module defines, at any depth (async ones included)."""
    return [
        node.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.endswith("_scope")
    ]


def test_scope_functions_live_in_their_areas_scope_module() -> None:
    """One place per area: a ``*_scope`` function under app/services is defined only in its area's
    ``scope.py`` (or ``scope_<topic>.py``); the shared filters are in app/authz.py."""
    stray = {
        str(relative): names
        for p in (ROOT / "app" / "services").rglob("*.py")
        if not is_scope_module(relative := p.relative_to(ROOT))
        and (names := scope_functions(p.read_text(encoding="utf-8")))
    }
    assert stray == {}


def test_the_scope_rule_catches_a_stray_scope() -> None:
    assert scope_functions("def batch_scope(principal):\n    return None\n") == ["batch_scope"]
    assert scope_functions("async def org_in_scope(session):\n    return None\n") == ["org_in_scope"]
    assert scope_functions("def scoped(principal):\n    return None\n") == []
    assert is_scope_module(Path("app/services/quality/scope.py"))
    assert is_scope_module(Path("app/services/quality/scope_stock.py"))
    assert not is_scope_module(Path("app/services/quality/stock_reads.py"))
    assert not is_scope_module(Path("app/services/quality/nested/scope.py"))


# One interpreter loads the third-party packages app/ uses, then forks a child per shared module:
# each child starts with no module of app/ loaded, as a fresh interpreter would, without paying
# for SQLAlchemy, FastAPI and pydantic again each time.
FORKING_IMPORTER = """
import importlib, os, sys, traceback
for name in sys.argv[2].split(","):
    try:
        importlib.import_module(name)
    except Exception:
        pass
assert not [m for m in sys.modules if m == "app" or m.startswith("app.")]
for name in sys.argv[1].split(","):
    pid = os.fork()
    if pid == 0:
        try:
            importlib.import_module("app." + name)
        except BaseException as error:
            print(f"app.{name}: {type(error).__name__}: {error}", flush=True)
            os._exit(1)
        os._exit(0)
    os.waitpid(pid, 0)
"""


def test_every_shared_module_imports_first_without_a_cycle() -> None:
    """A fresh interpreter can import any shared module first (the worker and scripts do)."""
    import subprocess
    import sys

    shared = sorted(p.stem for p in (ROOT / "app").glob("*.py") if p.stem not in ("__init__", "main"))
    third_party = sorted(
        {
            name.split(".")[0]
            for source in app_modules().values()
            for name in imports_of(source)
            if name.split(".")[0] not in ("app", "__future__")
        }
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", FORKING_IMPORTER, ",".join(shared), ",".join(third_party)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    failures = result.stdout.splitlines()
    assert failures == []
