"""Kuntapalaute: offline recording of the Regional Council of Kainuu's municipal negotiations."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Kuntapalaute"
ORG_NAME = "Kainuun liitto"
