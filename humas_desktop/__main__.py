"""Entry point for ``python -m humas_desktop``."""

import multiprocessing

from humas_desktop.cli import main

# Certificate batches render in spawned worker processes, which import this module again as
# ``__mp_main__``: only the real entry runs the CLI. freeze_support() lets a frozen build spawn.
if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
