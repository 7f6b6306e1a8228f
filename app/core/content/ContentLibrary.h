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

    [[nodiscard]] QString regionId() const;
    // Only a region the pack has; saved in settings.ini. False otherwise.
    bool setRegionId(const QString &regionId);
    // The emergency bar's hotline for the chosen region, in the current
    // language; the built-in Colorado hotline when the pack has none.
    [[nodiscard]] safety::Region hotlineRegion() const;
    // The journal's categories: one per warning-sign list of the pack, then
    // "other"; the built-in names for the ids the app knows.
    [[nodiscard]] journal::CategoryCatalog categories() const;

    // RegionProvider (the emergency bar, onboarding)
    [[nodiscard]] safety::Region currentRegion() const override { return hotlineRegion(); }
    [[nodiscard]] QStringList regionNames() const override;
    [[nodiscard]] int currentRegionIndex() const override;
    void chooseRegion(int index) override;

Q_SIGNALS:
    void packChanged();
    void regionChanged();

private:
    Pack m_pack;
    shell::AppSettings &m_settings;
    LanguageSource m_language;
};

} // namespace harbor::content
