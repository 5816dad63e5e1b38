"""The LSP registry (database of record across events): SQLite file or PostgreSQL server."""

from humas_desktop.storage.registry.backend import RegistryError, is_server_url
from humas_desktop.storage.registry.store import CertRow, Profile, RegistryStore

__all__ = ["CertRow", "Profile", "RegistryError", "RegistryStore", "is_server_url"]
