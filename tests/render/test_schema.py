"""The element schema ties the st calls, the recipes and AppTest together.

A recipe that reads a prop its kind does not carry, or an st call that writes one, fails here
rather than drawing a red box (or nothing) on a user's page.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
from pathlib import Path

import pytest

import rerunner.render.view  # noqa: F401  (registers every recipe)
from rerunner import schema
from rerunner.elements import new_element
from rerunner.render.lib import RECIPES

RENDER = Path(schema.__file__).parent / "render"


def test_every_kind_has_a_schema_and_a_recipe() -> None:
    drawn_by_parent = {"root", "sidebar", "bottom", "tab", "slot", "column"}  # by another recipe
    assert set(RECIPES) - set(schema.SCHEMAS) == set()
    assert set(schema.SCHEMAS) - set(RECIPES) == drawn_by_parent - set(RECIPES)


def test_a_misspelt_or_missing_prop_is_refused_where_the_element_is_built() -> None:
    with pytest.raises(TypeError, match="tooltipp"):
        new_element("image", images=[], tooltipp="x")
    with pytest.raises(TypeError, match="body"):
        new_element("markdown")  # body is required
    with pytest.raises(TypeError, match="no element kind"):
        new_element("sliderr")


def _fields(annotation: str) -> set[str] | None:
    """The props an annotation such as ``WidgetProps | BlockProps`` guarantees (None: not props)."""
    names = [part.strip() for part in annotation.split("|")]
    classes = [getattr(schema, name, None) for name in names]
    if not names or not all(isinstance(c, type) and issubclass(c, schema.Props) for c in classes):
        return None
    sets = [{f.name for f in dataclasses.fields(c)} for c in classes]
    return set.intersection(*sets)


def _recipe_kinds(fn: ast.FunctionDef) -> list[str]:
    for deco in fn.decorator_list:
        if isinstance(deco, ast.Call) and getattr(deco.func, "id", "") == "recipe":
            return [arg.value for arg in deco.args if isinstance(arg, ast.Constant)]
    return []


def _reads(fn: ast.FunctionDef, names: set[str]) -> list[tuple[str, int]]:
    """Attributes read from ``names`` (and from ``el.props``) inside ``fn``."""
    found = []
    for node in ast.walk(fn):
        if not isinstance(node, ast.Attribute):
            continue
        base = node.value
        if isinstance(base, ast.Name) and base.id in names:
            found.append((node.attr, node.lineno))
        elif (
            isinstance(base, ast.Attribute)
            and base.attr == "props"
            and isinstance(base.value, ast.Name)
            and base.value.id == "el"
        ):
            found.append((node.attr, node.lineno))
    return found


def _cases() -> list[tuple[str, str, set[str], list[tuple[str, int]]]]:
    cases = []
    for path in sorted(RENDER.glob("*.py")):
        tree = ast.parse(path.read_text())
        for fn in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
            kinds = _recipe_kinds(fn)
            if kinds:  # p = el.props: what every kind the recipe draws carries
                allowed = set.intersection(*({f for f in schema.prop_names(k)} for k in kinds))
                cases.append((f"{path.stem}.{fn.name}", "p", allowed, _reads(fn, {"p"})))
                continue
            for arg in fn.args.args:  # a helper taking typed props
                fields = _fields(ast.unparse(arg.annotation)) if arg.annotation else None
                if fields is not None:
                    cases.append((f"{path.stem}.{fn.name}", arg.arg, fields, _reads(fn, {arg.arg})))
    return cases


CASES = _cases()


def test_the_reader_check_finds_the_recipes() -> None:
    assert len([c for c in CASES if c[1] == "p"]) >= 35
    assert any(name == "lib.labelled" for name, *_ in CASES)


@pytest.mark.parametrize("name, var, allowed, reads", CASES, ids=[c[0] for c in CASES])
def test_recipes_read_only_props_their_kinds_carry(name, var, allowed, reads) -> None:
    wrong = [(attr, line) for attr, line in reads if attr not in allowed]
    assert not wrong, f"{name} reads props its schema lacks: {wrong}"


def test_front_end_names_are_declared_on_widgets_and_stateful_containers() -> None:
    for kind, cls in schema.SCHEMAS.items():
        assert isinstance(cls.front_end, tuple), kind
    assert schema.SCHEMAS["slider"].front_end == ("value",)
    assert schema.SCHEMAS["tabs"].front_end == ("tab",)
    assert schema.SCHEMAS["markdown"].front_end == ()


def test_schema_classes_are_slotted_dataclasses() -> None:
    for cls in set(schema.SCHEMAS.values()):
        assert dataclasses.is_dataclass(cls) and "__slots__" in vars(cls), cls
        assert inspect.getdoc(cls) is not None


def test_no_module_reads_element_props_as_a_dict() -> None:
    """Props are typed records: ``el.props.get("x")`` or ``el.props["x"]`` is always a bug."""
    package = RENDER.parent
    wrong = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            target = None
            if isinstance(node, ast.Subscript):
                target = node.value
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr in ("get", "items", "keys", "values", "update", "pop"):
                    target = node.func.value
            # (a ``V`` node's props, ``vnode.props``, are the widget's traits: a dict)
            if (
                isinstance(target, ast.Attribute)
                and target.attr == "props"
                and ("vnode" not in ast.unparse(target))
            ):
                wrong.append(f"{path.relative_to(package.parent)}:{node.lineno}")
    assert not wrong, wrong
