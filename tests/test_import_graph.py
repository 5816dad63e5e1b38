"""No import loop between any two modules of the package, imports inside functions included.

grimp (the graph library import-linter is built on) reads every import statement, at module
level, inside functions and under TYPE_CHECKING. A loop hidden behind a function-level import
still couples the two modules both ways; on 4154483 this finds services.scoring <->
services.integrity and storage.db <-> storage.backup.
"""

from __future__ import annotations

import grimp


def _cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & modules) for m in modules}
    for root in sorted(modules):
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_cycle_finder_finds_a_loop() -> None:
    graph = grimp.ImportGraph()
    for name in ("p", "p.a", "p.b", "p.c"):
        graph.add_module(name)
    graph.add_import(importer="p.a", imported="p.b")
    graph.add_import(importer="p.b", imported="p.a")
    graph.add_import(importer="p.c", imported="p.a")
    assert _cycles(graph, {"p.a", "p.b", "p.c"}) == [["p.a", "p.b"]]


def test_no_import_cycle_between_modules() -> None:
    graph = grimp.build_graph("humas_desktop", include_external_packages=False)
    modules = {m for m in graph.modules if m.startswith("humas_desktop")}
    # A package's __init__ importing its own children is not a loop between modules.
    packages = {m for m in modules if any(other.startswith(m + ".") for other in modules)}
    cycles = _cycles(graph, modules - packages)
    details = []
    for cycle in cycles:
        for importer in cycle:
            for imported in cycle:
                if importer != imported and graph.direct_import_exists(importer=importer, imported=imported):
                    lines = graph.get_import_details(importer=importer, imported=imported)
                    where = ", ".join(f"l.{d['line_number']}" for d in lines)
                    details.append(f"{importer} -> {imported} ({where})")
    assert not cycles, "import loops:\n" + "\n".join(details)
