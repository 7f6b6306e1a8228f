// SPDX-License-Identifier: GPL-3.0-or-later
// Content packs arrive over the network (signed) and from the data
// directory. Whatever the bytes, the parser must not crash, and what it
// accepts must keep its promises: every phone number is dialable, every
// text present in every language, every link resolved.
//
// The first byte chooses what the rest is: 0 → pack.json (with a small
// valid document beside it), anything else → that document, listed by a
// fixed valid pack.json.
#include "content/PackParser.h"
#include "safety/PhoneNumber.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace harbor::content;

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

void checkText(const Text &text, const Pack &pack)
{
    for (const QString &language : pack.languages) {
        check(!text.byLanguage.value(language).trimmed().isEmpty());
    }
}

void checkPhone(const PhoneNumberRef &phone)
{
    if (!phone.number.isEmpty()) {
        check(harbor::safety::PhoneNumber::parse(phone.number).has_value());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    const QByteArray packJson("{\"format\":1,\"id\":\"fuzz\",\"version\":1,\"published\":\"2026-11-29\","
                              "\"languages\":[\"en\",\"es\"],\"files\":[\"doc.json\"]}");
    const QByteArray document("{\"kind\":\"flow\",\"id\":\"f\",\"reviewed\":\"2026-11-29\",\"sources\":[{\"title\":"
                              "\"t\",\"url\":\"https://example.org\"}],\"title\":{\"en\":\"a\",\"es\":\"b\"},"
                              "\"steps\":[{\"en\":\"a\",\"es\":\"b\"}],\"call\":[\"emergency-911\"],"
                              "\"writeDown\":[{\"en\":\"a\",\"es\":\"b\"}]}");
    QMap<QString, QByteArray> files;
    if (data[0] == 0) {
        files.insert(QStringLiteral("pack.json"), input);
        files.insert(QStringLiteral("doc.json"), document);
    } else {
        files.insert(QStringLiteral("pack.json"), packJson);
        files.insert(QStringLiteral("doc.json"), input);
    }
    QString error;
    const auto pack = PackParser::parse(files, &error);
    if (!pack) {
        check(!error.isEmpty());
        return 0;
    }
    for (const PlatformGuide &guide : pack->guides) {
        check(!guide.steps.isEmpty() && !guide.sources.isEmpty() && guide.reviewed.isValid());
        for (const GuideStep &step : guide.steps) {
            checkText(step.title, *pack);
            checkText(step.why, *pack);
        }
    }
    for (const Flow &flow : pack->flows) {
        for (const QString &id : flow.call) {
            check(pack->resource(id) != nullptr);
        }
    }
    for (const RegionContent &region : pack->regions) {
        check(pack->resource(region.hotline) && !pack->resource(region.hotline)->phone.number.isEmpty());
        for (const Resource &resource : region.resources) {
            checkPhone(resource.phone);
            checkPhone(resource.sms);
            checkPhone(resource.tty);
            check(resource.web.isEmpty() || resource.web.startsWith(QLatin1String("https://")));
        }
    }
    return 0;
}
