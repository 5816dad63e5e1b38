"""Entry point for ``python -m humas_desktop``."""

from humas_desktop.cli import main

raise SystemExit(main())
