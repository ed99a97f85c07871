// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Lianes;
using namespace Qt::StringLiterals;

namespace {

constexpr int Dpi = 300;
const QColor Ink(0x1d2320);
const QColor Muted(0x4f5a55);
const QColor Primary(0x1b6e4f);
const QColor Rule(0xd5d2ca);
const QColor BarBack(0xe9f3ee);

double mm(double millimetres)
{
    return millimetres * Dpi / 25.4;
}

QFont font(double points, bool bold = false, bool italic = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // No ligatures: text copied from the report (or searched) reads "ff", not one "ﬀ" glyph.
    f.setFeature(QFont::Tag("liga"), 0);
    return f;
}

/** Lays the report out top to bottom, page after page. */
class Layout
{
public:
    explicit Layout(QPdfWriter &writer)
        : m_writer(writer)
        , m_painter(&writer)
        , m_width(writer.width())
        , m_bottom(writer.height() - mm(8))
    {
    }

    [[nodiscard]] bool ok() const { return m_painter.isActive(); }
    [[nodiscard]] double width() const { return m_width; }

    void ensure(double height)
    {
        if (m_y + height > m_bottom) {
            newPage();
        }
    }

    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
    }

    void finish()
    {
        footer();
        m_painter.end();
    }

    // Text wrapped to the full width; returns its height.
    void paragraph(const QString &text, const QFont &f, const QColor &color, double spaceAfter)
    {
        const QRectF box(0, m_y, m_width, 10000);
        m_painter.setFont(f);
        const QRectF used = m_painter.boundingRect(box, Qt::TextWordWrap, text);
        ensure(used.height());
        m_painter.setPen(color);
        m_painter.drawText(QRectF(0, m_y, m_width, used.height()), Qt::TextWordWrap, text);
        m_y += used.height() + spaceAfter;
    }

    void tiles(const QList<std::pair<QString, QString>> &tiles)
    {
        constexpr int PerRow = 4;
        const double w = m_width / PerRow;
        const double h = mm(17);
        for (qsizetype i = 0; i < tiles.size(); ++i) {
            if (i % PerRow == 0) {
                ensure(h);
            }
            const QRectF box((i % PerRow) * w, m_y, w - mm(3), h - mm(3));
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(BarBack);
            m_painter.drawRoundedRect(box, mm(1.5), mm(1.5));
            m_painter.setPen(Primary);
            m_painter.setFont(font(16, true));
            m_painter.drawText(box.adjusted(mm(2), mm(1), -mm(2), -box.height() / 2), Qt::AlignLeft | Qt::AlignBottom,
                               tiles[i].first);
            m_painter.setPen(Muted);
            m_painter.setFont(font(8));
            m_painter.drawText(box.adjusted(mm(2), box.height() / 2 + mm(0.5), -mm(2), 0),
                               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tiles[i].second);
            if (i % PerRow == PerRow - 1 || i == tiles.size() - 1) {
                m_y += h;
            }
        }
        m_y += mm(3);
    }

    void image(const QImage &image)
    {
        const double maxHeight = (m_bottom - m_y) * 0.95;
        QSizeF size = QSizeF(image.size()).scaled(m_width, maxHeight, Qt::KeepAspectRatio);
        m_painter.drawImage(QRectF(QPointF(0, m_y), size), image);
        m_y += size.height() + mm(4);
    }

    void section(const ReportSection &s)
    {
        ensure(mm(24));
        m_y += mm(3);
        paragraph(s.title, font(12, true), Primary, mm(1));
        if (!s.note.isEmpty()) {
            paragraph(s.note, font(8, false, true), Muted, mm(1.5));
        }
        header(s);
        for (const auto &row : s.rows) {
            const double h = rowHeight(row);
            if (m_y + h > m_bottom) {
                newPage();
                header(s);
            }
            tableRow(row, h);
        }
        if (s.rows.isEmpty()) {
            paragraph(QCoreApplication::translate("ReportWriter", "Aucune donnée sur la période."), font(9), Muted, 0);
        }
    }

private:
    [[nodiscard]] double labelWidth() const { return m_width * 0.45; }
    [[nodiscard]] double barWidth() const { return m_width * 0.2; }

    QRectF cellBox(qsizetype column, qsizetype columns, double top, double height) const
    {
        const double left = labelWidth() + barWidth();
        const double w = (m_width - left) / double(std::max<qsizetype>(1, columns));
        return QRectF(left + column * w, top, w - mm(1), height);
    }

    void header(const ReportSection &s)
    {
        // Column titles may take two lines ("Liste d'attente" over a narrow column).
        const double h = mm(8);
        m_painter.setFont(font(8, true));
        m_painter.setPen(Muted);
        m_painter.drawText(QRectF(0, m_y, labelWidth(), h), Qt::AlignLeft | Qt::AlignBottom, s.labelTitle);
        for (qsizetype c = 0; c < s.columnTitles.size(); ++c) {
            m_painter.drawText(cellBox(c, s.columnTitles.size(), m_y, h),
                               Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, s.columnTitles[c]);
        }
        m_y += h + mm(1);
        m_painter.setPen(QPen(Rule, mm(0.3)));
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    }

    // Height of a row: its label wrapped in the label column, then its detail line.
    double rowHeight(const ReportRow &row)
    {
        m_painter.setFont(font(9));
        const QRectF label = m_painter.boundingRect(QRectF(0, 0, labelWidth() - mm(2), 10000), Qt::TextWordWrap,
                                                    row.label);
        return std::max(mm(5.5), label.height() + mm(1.5)) + (row.detail.isEmpty() ? 0 : mm(3.5));
    }

    void tableRow(const ReportRow &row, double h)
    {
        const double line = mm(5.5);
        const double labelHeight = h - (row.detail.isEmpty() ? 0 : mm(3.5));
        m_painter.setPen(Ink);
        m_painter.setFont(font(9));
        m_painter.drawText(QRectF(0, m_y, labelWidth() - mm(2), labelHeight), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                           row.label);
        if (!row.detail.isEmpty()) {
            m_painter.setPen(Muted);
            m_painter.setFont(font(7.5));
            m_painter.drawText(QRectF(0, m_y + labelHeight - mm(1), labelWidth() - mm(2), mm(4)),
                               Qt::AlignLeft | Qt::AlignVCenter, row.detail);
        }
        const QRectF bar(labelWidth(), m_y + (line - mm(3)) / 2, barWidth() - mm(3), mm(3));
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(BarBack);
        m_painter.drawRect(bar);
        m_painter.setBrush(Primary);
        m_painter.drawRect(QRectF(bar.topLeft(), QSizeF(bar.width() * std::clamp(row.fraction, 0.0, 1.0), bar.height())));
        m_painter.setPen(Ink);
        m_painter.setFont(font(9));
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            m_painter.drawText(cellBox(c, row.cells.size(), m_y, line), Qt::AlignRight | Qt::AlignVCenter, row.cells[c]);
        }
        m_y += h;
        m_painter.setPen(QPen(Rule, mm(0.15)));
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    }

    void footer()
    {
        m_painter.setPen(Muted);
        m_painter.setFont(font(7));
        m_painter.drawText(QRectF(0, m_bottom + mm(2), m_width, mm(5)), Qt::AlignRight | Qt::AlignVCenter,
                           QCoreApplication::translate("ReportWriter", "Lianes coopération · observatoire · page %1")
                               .arg(m_page));
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    double m_width;
    double m_bottom;
    double m_y = 0;
    int m_page = 1;
};

} // namespace

bool ReportWriter::writePdf(const QString &path, const ReportContent &content, const QImage &snapshot, QString *error)
{
    QPdfWriter writer(path);
    writer.setResolution(Dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(content.title + u" — "_s + content.subtitle);
    writer.setCreator(u"Lianes"_s);
    Layout layout(writer);
    if (!layout.ok()) {
        if (error) {
            *error = QCoreApplication::translate("ReportWriter", "Impossible d'écrire %1").arg(path);
        }
        return false;
    }
    layout.paragraph(content.title, font(18, true), Primary, mm(1));
    layout.paragraph(content.subtitle, font(10), Muted, mm(5));
    layout.tiles(content.tiles);
    if (!snapshot.isNull()) {
        layout.image(snapshot);
    }
    for (const auto &section : content.sections) {
        layout.section(section);
    }
    layout.finish();
    return true;
}
