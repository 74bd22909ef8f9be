"""Sync with the central store (DESIGN.md §4). No Qt here; below services, above storage."""
