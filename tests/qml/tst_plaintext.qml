// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Emergency
import Harbor.Guides

// Text from content packs is shown as plain text: a title holding an <img>
// tag is shown as those characters, never as rich text (which would make Qt
// fetch the picture from anywhere, outside the update policy). Links are
// buttons that ask before opening.
Item {
    id: root
    width: 800
    height: 1600

    readonly property string hostile: "Helpline <img src=\"https://example.org/x.png\"> <b>now</b>"

    Column {
        width: root.width
        ResourceCard {
            id: card
            width: root.width
            resource: ({ id: "hostile", name: root.hostile, purpose: root.hostile, hours: root.hostile,
                         phone: "", sms: "233733", smsDisplay: root.hostile, web: "https://example.org/",
                         tty: root.hostile, lawEnforcement: false })
        }
        SourcesList {
            id: sources
            width: root.width
            reviewed: root.hostile
            items: [{ title: root.hostile, url: "https://example.org/source" }]
        }
        BulletList {
            id: bullets
            width: root.width
            heading: root.hostile
            points: [root.hostile]
        }
    }
    EmergencyBar {
        id: bar
        width: root.width
    }

    SignalSpy {
        id: askSpy
        target: CallController
        signalName: "websiteConfirmationNeeded"
    }

    TestCase {
        name: "PlainText"
        when: windowShown

        // Every text item under `item` that shows the hostile text, and the
        // ones among them that would interpret it.
        function textItems(item, found) {
            if (item.text !== undefined && item.textFormat !== undefined && String(item.text).indexOf("<img") >= 0)
                found.push(item)
            for (let i = 0; i < item.children.length; ++i)
                textItems(item.children[i], found)
            if (item.contentItem && item.contentItem.parent !== item)
                textItems(item.contentItem, found)
            return found
        }
        function checkPlain(item, atLeast) {
            const shown = textItems(item, [])
            verify(shown.length >= atLeast, "found " + shown.length + " text items with the title")
            for (const text of shown)
                compare(text.textFormat, Text.PlainText, text + " shows pack text as " + text.textFormat)
        }

        function test_resourceCard() {
            // name, purpose, hours, the text button, TTY
            checkPlain(card, 5)
        }
        function test_sources() {
            checkPlain(sources, 2)
        }
        function test_bullets() {
            checkPlain(bullets, 2)
        }

        function test_aSourceIsAButtonThatAsksFirst() {
            askSpy.clear()
            const button = findChild(sources, "source_0")
            verify(button, "one button per source")
            compare(button.text, root.hostile)
            verify(button.height >= 48)
            mouseClick(button)
            compare(askSpy.count, 1)
            compare(askSpy.signalArguments[0][1], "https://example.org/source")
            // The sheet says what it leaves behind, the title still plain.
            tryVerify(() => bar.linkSheet && bar.linkSheet.opened)
            checkPlain(bar.linkSheet.contentItem, 1)
            verify(findChild(bar.linkSheet.contentItem, "copyLinkButton"))
            mouseClick(findChild(bar.linkSheet.contentItem, "cancelLinkButton"))
            tryVerify(() => !bar.linkSheet.visible)
            verify(!CallController.openPendingWebsite(), "cancelled: nothing opens")
        }
    }
}
