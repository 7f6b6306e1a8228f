// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalVerifier.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace harbor::report {

// Everything a report shows, already chosen, ordered and put into words in
// the report's language. ReportBuilder fills it from the journal;
// ReportPdfWriter lays it out. Nothing here is read back from the PDF.

struct ReportField
{
    QString label; // "What happened", "What I did", ...
    QString text;
};

struct ReportRevision
{
    int sequence = 0; // position in the journal's chain
    qint64 atMs = 0;
    QString action; // "Written", "Edited", "Deleted", "Restored", "Erased"
    QByteArray hash; // raw 32 bytes: this link of the chain
};

struct ReportEntry
{
    int number = 0; // 1, 2, ... in the report
    qint64 entryId = 0; // the journal's id (not printed)
    QString kind; // "Observation", "Disclosure", "Hotline call"
    qint64 occurredAtMs = 0;
    qint64 recordedAtMs = 0;
    QString child;
    QString platform;
    QString account;
    QString category;
    QString severity;
    bool draft = false;
    QList<ReportField> fields; // in the order to show them; empty ones left out
    QList<ReportRevision> revisions; // oldest first
    QStringList exhibits; // exhibit ids ("E1", ...) attached to this entry
};

struct ReportExhibit
{
    QString id; // "E1"
    int entryNumber = 0;
    QString fileName;
    QString mime;
    qint64 size = 0;
    QByteArray sha256; // raw 32 bytes
    QImage thumbnail; // null when none can be shown (e.g. a PDF)
    // The picture's bytes, kept only until addThumbnails() has run (after the
    // passphrase check, off the UI thread).
    QByteArray original;
};

struct ReportChild
{
    QString nickname;
    int birthYear = 0; // 0: not given
    QStringList platforms; // "Instagram: @handle"
};

struct ReportWeek
{
    QDate weekStart; // Monday
    int notes = 0;
    int concerns = 0;
    int urgent = 0;
};

struct ReportDocument
{
    QString language; // "en" or "es"
    QString preparedBy; // as the user typed it; may be empty
    QDateTime generatedAt; // local time
    QDate from;
    QDate to;
    QList<ReportChild> children;
    QStringList categories; // names of the categories included
    QStringList summary; // short paragraphs
    QList<ReportWeek> timeline; // oldest week first
    QList<ReportEntry> entries; // oldest first
    QList<ReportExhibit> exhibits;
    journal::ChainHead chain; // the whole journal's chain as it was when the report was made
};

} // namespace harbor::report
