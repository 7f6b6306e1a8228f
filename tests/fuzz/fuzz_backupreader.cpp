// SPDX-License-Identifier: GPL-3.0-or-later
// A backup file comes from outside (a USB stick, a cloud folder). Two
// layers are fuzzed here, each on every input: the clear header, and the
// record reader over the decrypted stream (fed plain bytes: with the
// Argon2id floor, going through the key derivation on every input would
// make fuzzing useless; the encryption layer's own refusals are tested in
// tst_backup). Nothing may crash, and every refusal must say why.
#include "report/BackupFormat.h"
#include "report/BackupRecords.h"
#include "report/BackupStream.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace {

class PlainSource final : public harbor::report::BackupByteSource
{
public:
    explicit PlainSource(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    harbor::report::BackupError read(char *data, qsizetype size) override
    {
        if (size > m_bytes.size() - m_at) {
            return { harbor::report::BackupError::Code::Truncated, {} };
        }
        std::memcpy(data, m_bytes.constData() + m_at, static_cast<size_t>(size));
        m_at += size;
        return {};
    }
    harbor::report::BackupError expectEnd() override
    {
        return m_at == m_bytes.size() ? harbor::report::BackupError {}
                                      : harbor::report::BackupError { harbor::report::BackupError::Code::Damaged, {} };
    }

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace harbor::report;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    BackupError headerError;
    const auto header = BackupHeader::parse(bytes.left(BackupHeader::kSize), &headerError);
    if (header) {
        if (!header->kdf.isAtLeastFloor() || !header->kdf.isWithinLimits() || header->format != BackupHeader::kFormat
            || header->serialize() != bytes.left(BackupHeader::kSize)) {
            std::abort();
        }
    } else if (headerError.ok()) {
        std::abort();
    }

    PlainSource source(bytes);
    BackupRecordReader reader(source);
    qint64 rows = 0;
    const BackupError error = reader.readAll({ [](const QJsonObject &) { return BackupError {}; },
        [&rows](int table, const QList<BackupValue> &values) {
            if (table < 0 || table >= static_cast<int>(kBackupTables.size())
                || values.size() != kBackupTables.at(static_cast<size_t>(table)).columns) {
                std::abort();
            }
            ++rows;
            return BackupError {};
        } });
    if (!error.ok() && error.message().isEmpty()) {
        std::abort();
    }
    return 0;
}
