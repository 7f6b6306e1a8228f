// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"
#include "journal/CategoryCatalog.h"
#include "safety/Region.h"
#include "safety/RegionProvider.h"

#include <QObject>

#include <functional>

namespace harbor::shell {
class AppSettings;
}

namespace harbor::content {

// The content the app shows now: the built-in pack (or a newer one an
// update installed) and the region the user chose, which sets the hotline
// on the emergency bar. Texts are read in the language in effect.
class ContentLibrary : public QObject, public safety::RegionProvider
{
    Q_OBJECT

public:
    using LanguageSource = std::function<QString()>;

    ContentLibrary(Pack pack, shell::AppSettings &settings, LanguageSource language, QObject *parent = nullptr);

    [[nodiscard]] const Pack &pack() const { return m_pack; }
    // A pack that validated replaces the current one (content updates).
    void setPack(Pack pack);
    [[nodiscard]] QString language() const { return m_language(); }

    // The chosen region; empty when none is chosen (never asked, or the user
    // would rather not say). Only a region the pack has.
    [[nodiscard]] QString regionId() const;
    // A region the pack has, or an empty id for "I'd rather not say"; saved
    // in settings.ini. False for an id the pack does not have.
    bool setRegionId(const QString &regionId);
    // The region whose resources are shown: the chosen one, else the
    // country (the pack's first region that includes no other).
    [[nodiscard]] QString shownRegionId() const;
    // The emergency bar's hotline in the current language: the chosen
    // region's reporting line, else the fallback its country names (an
    // honest label, e.g. "Childhelp: counselling, and your state's reporting
    // line"), else the built-in one.
    [[nodiscard]] safety::Region hotlineRegion() const;
    // The id of the resource the bar dials (for flows' "region-hotline").
    [[nodiscard]] QString hotlineResourceId() const;
    // What "{hotline}" in a guide's text becomes: the reporting line's name
    // and number, or "your state's child abuse reporting line" when none is known.
    [[nodiscard]] QString hotlinePhrase() const;
    // A pack text in the current language, with "{hotline}" resolved.
    [[nodiscard]] QString resolve(const Text &text) const;
    // A flow's or recovery guide's call list with "region-hotline" resolved
    // (and dropped when it would repeat another entry).
    [[nodiscard]] QStringList resolveCalls(const QStringList &ids) const;
    // The journal's categories: one per warning-sign list of the pack, then
    // "other"; the built-in names for the ids the app knows.
    [[nodiscard]] journal::CategoryCatalog categories() const;

    // RegionProvider (the emergency bar, "Where do you live?")
    [[nodiscard]] safety::Region currentRegion() const override { return hotlineRegion(); }
    [[nodiscard]] QList<safety::RegionChoice> regionChoices() const override;
    [[nodiscard]] QString currentRegionId() const override { return regionId(); }
    [[nodiscard]] bool regionAsked() const override;
    void chooseRegion(const QString &regionId) override { setRegionId(regionId); }

Q_SIGNALS:
    void packChanged();
    void regionChanged();

private:
    Pack m_pack;
    shell::AppSettings &m_settings;
    LanguageSource m_language;
};

} // namespace harbor::content
