"""Child process of the concurrency test: N certificate allocations against one registry.

argv: location, worker number, count. Prints one JSON line: the certificate values it got.
"""

from __future__ import annotations

import json
import sys

from humas_desktop.storage.registry import CertRow, RegistryStore


def main() -> None:
    location, worker, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    store = RegistryStore.attach(location)
    got: list[int] = []
    try:
        for i in range(count):
            def rows(first_c: int, first_r: int, i: int = i) -> list[CertRow]:
                got.append(first_c)
                return [CertRow(f"w{worker}-{i}", f"C {first_c:07d} 2026", f"R {first_r:05d} 2026", "",
                                "NAMA", "3273000000000000", "SKM", "2026-11-23", "2029-11-23",
                                f"event-{worker}", f"p{i}", i + 1)]

            store.issue(f"event-{worker}", 2026, 1, rows)
    finally:
        store.close()
    print(json.dumps(got))


if __name__ == "__main__":
    main()
