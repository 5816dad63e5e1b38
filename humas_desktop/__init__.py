"""Humas Desktop: offline competency-certification sessions for Indonesian PR staff."""

__version__ = "0.1.0"
