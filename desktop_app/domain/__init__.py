"""Enums, value types and validation rules. No I/O and no third-party imports."""
