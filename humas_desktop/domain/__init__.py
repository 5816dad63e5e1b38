"""Pure domain model: dataclasses, enums and rules. No I/O, no Qt."""
