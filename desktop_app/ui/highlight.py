"""Paints a search snippet with the matched words in bold (marks from models.list_models)."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.ui.models.list_models import HIGHLIGHT_ROLE, MARK_CLOSE, MARK_OPEN


def marked_to_html(marked: str) -> str:
    """Escape the text, then turn the marks into <b>…</b> (escaping first keeps user text inert)."""
    return html.escape(marked).replace(MARK_OPEN, "<b>").replace(MARK_CLOSE, "</b>")


class HighlightDelegate(QStyledItemDelegate):
    """Falls back to the plain text painting when a cell has no marked text."""

    def _document(self, option: QStyleOptionViewItem, marked: str) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(f"<span style='white-space:pre'>{marked_to_html(marked)}</span>")
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        marked = index.data(HIGHLIGHT_ROLE)
        if not marked:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the style draws background, selection and focus; the document the text
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        document = self._document(item, marked)
        context = QAbstractTextDocumentLayout.PaintContext()
        group = (QPalette.ColorGroup.Active if item.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        role = (QPalette.ColorRole.HighlightedText if item.state & QStyle.StateFlag.State_Selected
                else QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(group, role))
        painter.save()
        top = text_rect.top() + max(0.0, (text_rect.height() - document.size().height()) / 2)
        painter.translate(text_rect.left() + 3, top)
        context.clip = QRectF(0, 0, text_rect.width() - 3, text_rect.height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        marked = index.data(HIGHLIGHT_ROLE)
        if not marked:
            return super().sizeHint(option, index)
        base = super().sizeHint(option, index)
        document = self._document(option, marked)
        return QSize(int(document.idealWidth()) + 8, max(base.height(), int(document.size().height())))
