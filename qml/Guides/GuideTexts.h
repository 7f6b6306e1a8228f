// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GuideValues.h"

#include "content/Content.h"

namespace harbor::content {
class ContentLibrary;
}

namespace harbor::guidesui {

// Turns the pack's content into the values QML shows: texts in the
// language in effect, "{hotline}" resolved, call lists resolved to the
// region's lines, dates in the user's locale.
class GuideTexts
{
public:
    explicit GuideTexts(const content::ContentLibrary &library);

    [[nodiscard]] GuideDetail guide(const content::PlatformGuide &guide) const;
    [[nodiscard]] SignListDetail signList(const content::SignList &list) const;
    [[nodiscard]] FlowDetail flow(const content::Flow &flow) const;
    [[nodiscard]] QList<AgeBandItem> ageBands(const content::AgeTips &tips) const;
    [[nodiscard]] RecoveryDetail recovery(const content::Recovery &recovery) const;
    [[nodiscard]] ResourceItem resource(const content::Resource &resource) const;

private:
    [[nodiscard]] QStringList texts(const QList<content::Text> &list) const;
    [[nodiscard]] QStringList resolved(const QList<content::Text> &list) const;
    [[nodiscard]] QList<ResourceItem> calls(const QStringList &ids) const;

    const content::ContentLibrary &m_library;
    QString m_language;
};

} // namespace harbor::guidesui
