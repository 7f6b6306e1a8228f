// SPDX-License-Identifier: GPL-3.0-or-later
// The exhibits: an index table, then each exhibit's picture and caption.
#include "report/PdfLayout.h"
#include "report/PdfSections.h"
#include "report/PdfStyle.h"
#include "report/PdfTable.h"

#include <QCoreApplication>
#include <QPainter>

namespace harbor::report {

namespace {

QString sizeText(const PdfSectionContext &context, qint64 bytes)
{
    return context.locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void addIndex(const PdfSectionContext &context, const ReportDocument &document)
{
    PdfLayout &layout = context.layout;
    const PdfStyle &style = context.style;
    const QString idTitle = QCoreApplication::translate("harbor::report::ReportPdfWriter", "Exhibit");
    const QString entryTitle = QCoreApplication::translate("harbor::report::ReportPdfWriter", "Entry");
    const QString fileTitle = QCoreApplication::translate("harbor::report::ReportPdfWriter", "File name and type");
    const QString sizeTitle = QCoreApplication::translate("harbor::report::ReportPdfWriter", "Size");
    const QString hashTitle = QCoreApplication::translate("harbor::report::ReportPdfWriter", "SHA-256");

    qreal idWidth = PdfTable::fitWidth(layout, idTitle, style.smallBold);
    qreal entryWidth = PdfTable::fitWidth(layout, entryTitle, style.smallBold);
    qreal sizeWidth = PdfTable::fitWidth(layout, sizeTitle, style.smallBold);
    const qreal hashWidth = PdfTable::fitWidth(layout, QString(64, QLatin1Char('0')), style.monoSmall);
    for (const ReportExhibit &exhibit : document.exhibits) {
        idWidth = qMax(idWidth, PdfTable::fitWidth(layout, exhibit.id, style.smallBold));
        entryWidth = qMax(entryWidth, PdfTable::fitWidth(layout, QString::number(exhibit.entryNumber), style.small));
        sizeWidth = qMax(sizeWidth, PdfTable::fitWidth(layout, sizeText(context, exhibit.size), style.small));
    }
    // The file name and, under it, its type get what is left: the hash
    // keeps its one line.
    const qreal fileWidth = qMax(layout.pt(60), layout.width() - idWidth - entryWidth - sizeWidth - hashWidth);

    PdfTable table(layout, style,
        { { idTitle, idWidth }, { entryTitle, entryWidth }, { fileTitle, fileWidth }, { sizeTitle, sizeWidth },
            { hashTitle, layout.width() - idWidth - entryWidth - fileWidth - sizeWidth } });
    for (const ReportExhibit &exhibit : document.exhibits) {
        table.addRow({ { exhibit.id, style.smallBold },
            { exhibit.entryNumber > 0 ? QString::number(exhibit.entryNumber) : QString(), style.small },
            { exhibit.fileName + QLatin1Char('\n') + exhibit.mime, style.small },
            { sizeText(context, exhibit.size), style.small }, { pdfHashHex(exhibit.sha256), style.monoSmall } });
    }
}

// The picture scaled to fit `box`, keeping its aspect ratio; images much
// larger than the printed size are scaled down first to keep the PDF small.
QImage fitted(const QImage &image, QSizeF box, QSizeF *drawn)
{
    const QSizeF size = QSizeF(image.size()).scaled(box, Qt::KeepAspectRatio);
    *drawn = size;
    const QSize pixels = size.toSize();
    if (image.width() > pixels.width() * 2 && pixels.width() > 0 && pixels.height() > 0) {
        return image.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

void addExhibit(const PdfSectionContext &context, const ReportExhibit &exhibit)
{
    PdfLayout &layout = context.layout;
    const PdfStyle &style = context.style;
    const QSizeF box(layout.width() / 2, layout.pageHeight() * 0.42);

    QSizeF pictureSize;
    QImage picture;
    PdfTextBlock note;
    if (exhibit.thumbnail.isNull()) {
        pictureSize = QSizeF(box.width(), layout.pt(72));
        note = layout.wrap(QCoreApplication::translate("harbor::report::ReportPdfWriter",
                               "This file cannot be shown in the report (for example, a PDF or a video). It is kept "
                               "in the journal."),
            style.small, box.width() - layout.pt(24), Qt::AlignHCenter);
        pictureSize.setHeight(qMax(pictureSize.height(), note.height() + layout.pt(24)));
    } else {
        picture = fitted(exhibit.thumbnail, box, &pictureSize);
    }

    //: An exhibit's caption: its id and file name ("E1 · screenshot.png").
    const PdfTextBlock title = layout.wrap(
        QCoreApplication::translate("harbor::report::ReportPdfWriter", "%1 · %2").arg(exhibit.id, exhibit.fileName),
        style.bodyBold, layout.width());
    //: An exhibit's details: the entry it belongs to, its type and size.
    const PdfTextBlock details
        = layout.wrap(QCoreApplication::translate("harbor::report::ReportPdfWriter", "Entry %1 · %2 · %3")
                          .arg(QString::number(exhibit.entryNumber), exhibit.mime, sizeText(context, exhibit.size)),
            style.small, layout.width());
    const PdfTextBlock hash = layout.wrap(
        QCoreApplication::translate("harbor::report::ReportPdfWriter", "SHA-256 %1").arg(pdfHashHex(exhibit.sha256)),
        style.monoSmall, layout.width());

    const qreal gap = layout.pt(6);
    const qreal height = pictureSize.height() + gap + title.height() + details.height() + hash.height();
    const QColor text = style.text;
    const QColor muted = style.muted;
    const QColor rule = style.rule;
    const QColor band = style.band;
    const qreal hairline = layout.pt(0.6);
    const qreal notePadding = layout.pt(12);
    layout.addBlock(height, [=](QPainter &painter, QPointF topLeft) {
        const QRectF frame(topLeft, pictureSize);
        if (picture.isNull()) {
            painter.setPen(QPen(muted, hairline, Qt::DashLine));
            painter.setBrush(band);
            painter.drawRect(frame);
            painter.setPen(text);
            note.draw(painter, QPointF(frame.left() + notePadding, frame.top() + (frame.height() - note.height()) / 2));
        } else {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(frame, picture);
            painter.setPen(QPen(rule, hairline));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(frame);
        }
        qreal y = frame.bottom() + gap;
        painter.setPen(text);
        title.draw(painter, QPointF(topLeft.x(), y));
        y += title.height();
        painter.setPen(muted);
        details.draw(painter, QPointF(topLeft.x(), y));
        y += details.height();
        painter.setPen(text);
        hash.draw(painter, QPointF(topLeft.x(), y));
    });
}

} // namespace

void layoutExhibits(const PdfSectionContext &context, const ReportDocument &document)
{
    PdfLayout &layout = context.layout;
    const PdfStyle &style = context.style;
    // The heading stays with the start of the index.
    layout.addHeading(QCoreApplication::translate("harbor::report::ReportPdfWriter", "Exhibits"), style.heading,
        style.text, layout.pt(document.exhibits.isEmpty() ? 20 : 120));
    layout.addSpace(layout.pt(6));
    if (document.exhibits.isEmpty()) {
        layout.addText(QCoreApplication::translate("harbor::report::ReportPdfWriter", "This report has no exhibits."),
            style.body, style.text);
        return;
    }
    layout.addText(QCoreApplication::translate("harbor::report::ReportPdfWriter",
                       "The files are kept in the journal. A file's SHA-256 shows whether a copy is exactly the file "
                       "that was recorded: any change to the file gives a different value."),
        style.body, style.text);
    layout.addSpace(layout.pt(8));
    addIndex(context, document);
    for (const ReportExhibit &exhibit : document.exhibits) {
        layout.addSpace(layout.pt(18));
        addExhibit(context, exhibit);
    }
}

} // namespace harbor::report
