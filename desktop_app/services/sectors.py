"""Sector administration: list, add, rename, reorder, retire. A retired sector keeps its history."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.records import SectorRecord
from desktop_app.domain.validation import FIELD_LIMITS, clean_short_text
from desktop_app.services.convert import get_live, sector_record
from desktop_app.storage import models as m
from desktop_app.storage.database import Database
from desktop_app.storage.types import utcnow

_CODE = re.compile(r"[A-ZÅÄÖ0-9_]{1,16}")


class SectorService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_sectors(self, *, include_retired: bool = False) -> list[SectorRecord]:
        with self.db.read() as session:
            query = select(m.Sector).where(m.Sector.deleted_at.is_(None))
            if not include_retired:
                query = query.where(m.Sector.retired_at.is_(None))
            rows = session.scalars(query.order_by(m.Sector.sort_order, m.Sector.code))
            return [sector_record(row) for row in rows]

    def get(self, sector_id: str) -> SectorRecord:
        """Raises NotFoundError (`not_found.sector`)."""
        with self.db.read() as session:
            return sector_record(get_live(session, m.Sector, sector_id, "sector"))

    def find(self, code_or_name: str) -> SectorRecord:
        """By code or Finnish/English name. Raises ValidationError (`sector.unknown`)."""
        wanted = code_or_name.strip().casefold()
        for sector in self.list_sectors(include_retired=True):
            if wanted in (sector.code.casefold(), sector.name_fi.casefold(),
                          sector.name_en.casefold()):
                return sector
        raise ValidationError(field="sektori", code="sector.unknown", params={"value": code_or_name})

    def add(self, code: str, name_fi: str, name_en: str = "") -> SectorRecord:
        """Raises ValidationError (`input.*`, `sector.bad_code`, `sector.code_taken`)."""
        code = clean_short_text(code, "koodi", max_length=FIELD_LIMITS["sectors", "code"]).upper()
        if not _CODE.fullmatch(code):
            raise ValidationError(field="koodi", code="sector.bad_code")
        name_fi = clean_short_text(name_fi, "nimi", max_length=FIELD_LIMITS["sectors", "name_fi"])
        name_en = clean_short_text(name_en, "nimi (en)", required=False,
                                   max_length=FIELD_LIMITS["sectors", "name_en"])
        with self.db.write() as session:
            if session.scalar(select(m.Sector.id).where(m.Sector.code == code)):
                raise ValidationError(field="koodi", code="sector.code_taken", params={"value": code})
            last = session.scalar(select(func.max(m.Sector.sort_order))) or 0
            row = m.Sector(code=code, name_fi=name_fi, name_en=name_en, sort_order=last + 10)
            session.add(row)
            session.flush()
            return sector_record(row)

    def rename(self, sector_id: str, name_fi: str, name_en: str | None = None) -> SectorRecord:
        """Raises ValidationError (`input.*`) and NotFoundError (`not_found.sector`)."""
        name_fi = clean_short_text(name_fi, "nimi", max_length=FIELD_LIMITS["sectors", "name_fi"])
        with self.db.write() as session:
            row = get_live(session, m.Sector, sector_id, "sector")
            row.name_fi = name_fi
            if name_en is not None:
                row.name_en = clean_short_text(name_en, "nimi (en)", required=False,
                                   max_length=FIELD_LIMITS["sectors", "name_en"])
            session.flush()
            return sector_record(row)

    def retire(self, sector_id: str, retired: bool = True) -> SectorRecord:
        """Raises NotFoundError (`not_found.sector`)."""
        with self.db.write() as session:
            row = get_live(session, m.Sector, sector_id, "sector")
            if retired and row.retired_at is None:
                row.retired_at = utcnow()
            elif not retired:
                row.retired_at = None
            session.flush()
            return sector_record(row)

    def reorder(self, sector_ids_in_order: list[str]) -> list[SectorRecord]:
        """Give the listed sectors this order; only rows whose position changes are touched.

        Raises NotFoundError (`not_found.sector`)."""
        with self.db.write() as session:
            for position, sector_id in enumerate(sector_ids_in_order, start=1):
                row = get_live(session, m.Sector, sector_id, "sector")
                if row.sort_order != position * 10:
                    row.sort_order = position * 10
        return self.list_sectors(include_retired=True)
