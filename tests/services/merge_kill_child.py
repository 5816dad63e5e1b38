"""Child process of the merge kill test: merges packages and says so after each one (its commit).
The packages are small: the reader process is made to start for them."""

from __future__ import annotations

import sys
from pathlib import Path

from humas_desktop.services import package_reader
from humas_desktop.services.merge import import_results
from humas_desktop.storage.db import open_event


def main(path: str, packages: list[str]) -> None:
    package_reader.MIN_BYTES = 0
    edb = open_event(Path(path), device_id="kill-merge", actor="coordinator")
    print("ready", flush=True)
    for step in import_results(edb, [Path(p) for p in packages]):
        print(f"merged {step.done}", flush=True)
    print("done", flush=True)
    edb.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
