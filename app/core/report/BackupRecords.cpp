// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/BackupRecords.h"

#include "report/BackupStream.h"

#include <QJsonDocument>
#include <QtEndian>

namespace harbor::report {

namespace {

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

BackupError damaged(const char *detail)
{
    return BackupError { BackupError::Code::Damaged, QString::fromLatin1(detail) };
}

} // namespace

BackupRecordWriter::BackupRecordWriter(BackupByteSink &stream)
    : m_stream(stream)
{
}

BackupError BackupRecordWriter::meta(const QJsonObject &meta)
{
    const QByteArray json = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    m_buffer = QByteArrayLiteral("M");
    put<quint32>(m_buffer, static_cast<quint32>(json.size()));
    m_buffer.append(json);
    return m_stream.write(m_buffer.constData(), m_buffer.size());
}

BackupError BackupRecordWriter::row(int table, const QList<BackupValue> &values)
{
    m_buffer.clear();
    m_buffer.append('R');
    m_buffer.append(static_cast<char>(table));
    for (const BackupValue &value : values) {
        if (const auto *number = std::get_if<qint64>(&value)) {
            m_buffer.append('\1');
            put<qint64>(m_buffer, *number);
        } else if (const auto *text = std::get_if<BackupText>(&value)) {
            m_buffer.append('\2');
            put<quint32>(m_buffer, static_cast<quint32>(text->utf8.size()));
            m_buffer.append(text->utf8);
        } else if (const auto *blob = std::get_if<QByteArray>(&value)) {
            // A blob is written straight from the row, not copied again.
            m_buffer.append('\3');
            put<quint32>(m_buffer, static_cast<quint32>(blob->size()));
            if (BackupError error = m_stream.write(m_buffer.constData(), m_buffer.size()); !error.ok()) {
                return error;
            }
            m_buffer.clear();
            if (BackupError error = m_stream.write(blob->constData(), blob->size()); !error.ok()) {
                return error;
            }
        } else {
            m_buffer.append('\0');
        }
    }
    ++m_counts[static_cast<size_t>(table)];
    return m_stream.write(m_buffer.constData(), m_buffer.size());
}

BackupError BackupRecordWriter::end()
{
    m_buffer = QByteArrayLiteral("E");
    m_buffer.append(static_cast<char>(m_counts.size()));
    for (const quint64 count : m_counts) {
        put<quint64>(m_buffer, count);
    }
    return m_stream.write(m_buffer.constData(), m_buffer.size());
}

BackupRecordReader::BackupRecordReader(BackupByteSource &stream)
    : m_stream(stream)
{
}

template<typename T>
BackupError BackupRecordReader::readNumber(T *value)
{
    char bytes[sizeof(T)];
    if (BackupError error = m_stream.read(bytes, sizeof(T)); !error.ok()) {
        return error;
    }
    *value = qFromBigEndian<T>(bytes);
    return {};
}

BackupError BackupRecordReader::readValue(BackupValue *value)
{
    char type = 0;
    if (BackupError error = m_stream.read(&type, 1); !error.ok()) {
        return error;
    }
    switch (type) {
    case 0:
        *value = std::monostate {};
        return {};
    case 1: {
        qint64 number = 0;
        BackupError error = readNumber(&number);
        *value = number;
        return error;
    }
    case 2:
    case 3: {
        quint32 length = 0;
        if (BackupError error = readNumber(&length); !error.ok()) {
            return error;
        }
        if (length > kMaxValueBytes) {
            return damaged("value too large");
        }
        QByteArray *bytes = nullptr;
        if (type == 2) {
            auto *text = std::get_if<BackupText>(value);
            bytes = text ? &text->utf8 : &value->emplace<BackupText>().utf8;
        } else {
            bytes = std::get_if<QByteArray>(value);
            bytes = bytes ? bytes : &value->emplace<QByteArray>();
        }
        bytes->resize(static_cast<qsizetype>(length)); // keeps its allocation when unshared
        if (BackupError error = m_stream.read(bytes->data(), bytes->size()); !error.ok()) {
            return error;
        }
        if (type == 2 && !bytes->isValidUtf8()) {
            return damaged("text is not UTF-8");
        }
        return {};
    }
    default:
        return damaged("unknown value type");
    }
}

BackupError BackupRecordReader::readMeta(QJsonObject *meta)
{
    char kind = 0;
    if (BackupError error = m_stream.read(&kind, 1); !error.ok()) {
        return error;
    }
    quint32 metaLength = 0;
    if (kind != 'M') {
        return damaged("no meta record first");
    }
    if (BackupError error = readNumber(&metaLength); !error.ok()) {
        return error;
    }
    if (metaLength > kMaxMetaBytes) {
        return damaged("meta record too large");
    }
    QByteArray json(static_cast<qsizetype>(metaLength), Qt::Uninitialized);
    if (BackupError error = m_stream.read(json.data(), json.size()); !error.ok()) {
        return error;
    }
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        return damaged("meta record is not a JSON object");
    }
    *meta = document.object();
    return {};
}

BackupError BackupRecordReader::readAll(const Visitor &visitor)
{
    QJsonObject meta;
    if (BackupError error = readMeta(&meta); !error.ok()) {
        return error;
    }
    if (BackupError error = visitor.meta(meta); !error.ok()) {
        return error;
    }

    char kind = 0;
    std::array<quint64, kBackupTables.size()> counts {};
    QList<BackupValue> values;
    for (;;) {
        if (BackupError error = m_stream.read(&kind, 1); !error.ok()) {
            return error;
        }
        if (kind == 'E') {
            break;
        }
        if (kind != 'R') {
            return damaged("unknown record");
        }
        unsigned char table = 0;
        if (BackupError error = m_stream.read(reinterpret_cast<char *>(&table), 1); !error.ok()) {
            return error;
        }
        if (table >= kBackupTables.size()) {
            return damaged("unknown table");
        }
        values.resize(kBackupTables.at(table).columns);
        for (BackupValue &value : values) {
            if (BackupError error = readValue(&value); !error.ok()) {
                return error;
            }
        }
        ++counts[table];
        if (BackupError error = visitor.row(table, values); !error.ok()) {
            return error;
        }
    }
    unsigned char tables = 0;
    if (BackupError error = m_stream.read(reinterpret_cast<char *>(&tables), 1); !error.ok()) {
        return error;
    }
    if (tables != kBackupTables.size()) {
        return damaged("table count differs");
    }
    for (const quint64 seen : counts) {
        quint64 expected = 0;
        if (BackupError error = readNumber(&expected); !error.ok()) {
            return error;
        }
        if (expected != seen) {
            return damaged("row count differs");
        }
    }
    return m_stream.expectEnd();
}

} // namespace harbor::report
