"""The mock's layering, checked rather than hoped for (in the spirit of import-linter).

- every operation of the spec has exactly one handler, a named module-level
  function of a rule module (``illuminate_mock.services.*``), never one built
  in a closure;
- the handler registry is a leaf: importing it imports no rule;
- the package's top-level imports form no cycle;
- the rule and model modules never import starlette (HTTP stays in ``app.py``
  and the middleware modules);
- no hand-written module is longer than 400 lines.
"""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
from pathlib import Path

import illuminate_mock
from illuminate_mock.backend import RULE_MODULES
from illuminate_mock.registry import HANDLERS
from illuminate_spec.loader import load_spec

PACKAGE = Path(illuminate_mock.__file__).parent
HTTP_MODULES = {
    "illuminate_mock.app",
    "illuminate_mock.middleware",
    "illuminate_mock.faults.middleware",
    "illuminate_mock.inprocess",  # drives the ASGI app in process
}
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def run_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout


def top_level_imports(name: str, path: Path) -> set[str]:
    """Modules of the package that ``name`` imports when it is imported (not in functions, not for typing)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            continue
        for target in targets:
            # Importing a.b.c first imports a.b: the parents count as imports too, but not the
            # packages that contain ``name`` (they are being imported already, which Python allows).
            parts = target.split(".")
            prefixes = (".".join(parts[:i]) for i in range(2, len(parts) + 1))
            found.update(p for p in prefixes if p in MODULES and not f"{name}.".startswith(f"{p}."))
    return found


def test_every_operation_has_one_named_handler_in_a_rule_module():
    operation_ids = {operation["operationId"] for _, _, operation in load_spec().operations()}
    assert set(HANDLERS) == operation_ids
    rule_modules = {module.__name__ for module in RULE_MODULES}
    for operation_id, handler in HANDLERS.items():
        assert "<locals>" not in handler.__qualname__, operation_id  # not built in a closure
        assert handler.__module__ in rule_modules, operation_id
        source = inspect.getsource(sys.modules[handler.__module__])
        # Found by its operation id: the decorator stands on the function (one of a stack, at most).
        named = re.search(rf'@handles\("{operation_id}"\)\n(@handles\("\w+"\)\n)*def {handler.__name__}\(', source)
        assert named, operation_id


def test_the_registry_imports_no_rule_module():
    code = "import sys, illuminate_mock.registry; print(*(m for m in sys.modules if m.startswith('illuminate_mock')))"
    loaded = run_python(code).split()
    assert sorted(loaded) == ["illuminate_mock", "illuminate_mock.registry"]


def test_top_level_imports_of_the_package_have_no_cycle():
    graph = {name: top_level_imports(name, path) for name, path in MODULES.items()}
    assert graph["illuminate_mock.backend"] >= {module.__name__ for module in RULE_MODULES}
    state: dict[str, str] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = "open"
        for target in sorted(graph[name]):
            assert state.get(target) != "open", " -> ".join([*trail, name, target])
            if target not in state:
                visit(target, [*trail, name])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [])


def test_rules_and_models_never_import_starlette():
    for name, path in MODULES.items():
        if name in HTTP_MODULES or name in ("illuminate_mock.faults", "illuminate_mock.cli"):
            continue
        assert "starlette" not in path.read_text(encoding="utf-8"), name
    loaded = run_python(
        "import sys, illuminate_mock.backend; print('starlette' in sys.modules, 'illuminate_mock.app' in sys.modules)"
    )
    assert loaded.split() == ["False", "False"]


def test_no_module_is_longer_than_400_lines():
    lengths = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    assert {name: n for name, n in lengths.items() if n > MAX_LINES} == {}
