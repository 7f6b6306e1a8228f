// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretInputAccessible.h"

#include <QAccessible>
#include <QAccessibleObject>
#include <QQuickItem>
#include <QQuickWindow>

namespace harbor::ui {

namespace {

constexpr QChar kBullet { 0x2022 };

QString masked(qsizetype length)
{
    return QString(length, kBullet);
}

class SecretInputInterface : public QAccessibleObject,
                             public QAccessibleTextInterface,
                             public QAccessibleActionInterface
{
public:
    explicit SecretInputInterface(QQuickItem *item)
        : QAccessibleObject(item)
    {
    }

    [[nodiscard]] QQuickItem *item() const { return static_cast<QQuickItem *>(object()); }
    [[nodiscard]] int length() const { return item()->property("length").toInt(); }

    // The nearest ancestor that lists this input among its accessible
    // children (items without accessibility are skipped, as Qt does).
    [[nodiscard]] QAccessibleInterface *parent() const override
    {
        QQuickWindow *window = item()->window();
        for (QQuickItem *ancestor = item()->parentItem(); ancestor; ancestor = ancestor->parentItem()) {
            if (window && ancestor == window->contentItem())
                return QAccessible::queryAccessibleInterface(window);
            QAccessibleInterface *candidate = QAccessible::queryAccessibleInterface(ancestor);
            if (candidate && candidate->indexOfChild(this) >= 0)
                return candidate;
        }
        return nullptr;
    }
    [[nodiscard]] QAccessibleInterface *child(int /*index*/) const override { return nullptr; }
    [[nodiscard]] int childCount() const override { return 0; }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface * /*child*/) const override { return -1; }
    [[nodiscard]] QWindow *window() const override { return item()->window(); }

    [[nodiscard]] QString text(QAccessible::Text type) const override
    {
        switch (type) {
        case QAccessible::Name:
            return item()->property("label").toString();
        case QAccessible::Description:
            return item()->property("placeholderText").toString();
        case QAccessible::Value:
            return masked(length());
        default:
            return {};
        }
    }
    void setText(QAccessible::Text /*type*/, const QString & /*text*/) override { }

    [[nodiscard]] QRect rect() const override
    {
        QQuickItem *quickItem = item();
        QQuickWindow *window = quickItem->window();
        if (!window || !quickItem->isVisible())
            return {};
        const QPointF topLeft = quickItem->mapToScene(QPointF(0, 0));
        return { window->mapToGlobal(topLeft.toPoint()),
            QSize(qRound(quickItem->width()), qRound(quickItem->height())) };
    }
    [[nodiscard]] QAccessible::Role role() const override { return QAccessible::EditableText; }
    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State state;
        QQuickItem *quickItem = item();
        state.passwordEdit = true;
        state.editable = true;
        state.focusable = true;
        state.focused = quickItem->hasActiveFocus();
        state.disabled = !quickItem->isEnabled();
        state.invisible = !quickItem->window() || !quickItem->isVisible();
        const QRect screenRect = rect();
        if (screenRect.isEmpty() || !quickItem->window()
            || !QRect(quickItem->window()->mapToGlobal(QPoint(0, 0)), quickItem->window()->size())
                    .intersects(screenRect))
            state.offscreen = true;
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        if (type == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface *>(this);
        return QAccessibleObject::interface_cast(type);
    }

    // Text: only bullets, the caret's position and the length.
    void selection(int /*selectionIndex*/, int *startOffset, int *endOffset) const override
    {
        *startOffset = 0;
        *endOffset = 0;
    }
    [[nodiscard]] int selectionCount() const override { return 0; }
    void addSelection(int /*startOffset*/, int /*endOffset*/) override { }
    void removeSelection(int /*selectionIndex*/) override { }
    void setSelection(int /*selectionIndex*/, int /*startOffset*/, int /*endOffset*/) override { }
    [[nodiscard]] int cursorPosition() const override { return item()->property("cursorPosition").toInt(); }
    void setCursorPosition(int position) override { item()->setProperty("cursorPosition", position); }
    [[nodiscard]] QString text(int startOffset, int endOffset) const override
    {
        return masked(length()).mid(startOffset, endOffset - startOffset);
    }
    [[nodiscard]] int characterCount() const override { return length(); }
    [[nodiscard]] QRect characterRect(int /*offset*/) const override { return {}; }
    [[nodiscard]] int offsetAtPoint(const QPoint & /*point*/) const override { return -1; }
    void scrollToSubstring(int /*startIndex*/, int /*endIndex*/) override { }
    [[nodiscard]] QString attributes(int offset, int *startOffset, int *endOffset) const override
    {
        *startOffset = offset;
        *endOffset = offset;
        return {};
    }

    // Actions: take the focus (what a screen reader's "focus" does).
    [[nodiscard]] QStringList actionNames() const override { return { setFocusAction() }; }
    void doAction(const QString &actionName) override
    {
        if (actionName != setFocusAction())
            return;
        item()->forceActiveFocus(Qt::OtherFocusReason);
        if (QQuickWindow *window = item()->window())
            window->requestActivate();
    }
    [[nodiscard]] QStringList keyBindingsForAction(const QString & /*actionName*/) const override { return {}; }
};

QAccessibleInterface *secretInputFactory(const QString & /*className*/, QObject *object)
{
    if (!isSecretInput(object))
        return nullptr;
    return new SecretInputInterface(static_cast<QQuickItem *>(object));
}

QAccessible::UpdateHandler g_next = nullptr;

void forward(QAccessibleEvent *event);

// Text events of a secret input carry bullets, never what was typed.
void maskTextEvents(QAccessibleEvent *event)
{
    QObject *source = event->object();
    if (!isSecretInput(source)) {
        forward(event);
        return;
    }
    switch (event->type()) {
    case QAccessible::TextInserted: {
        const auto *inserted = static_cast<QAccessibleTextInsertEvent *>(event);
        QAccessibleTextInsertEvent safe(source, inserted->changePosition(), masked(inserted->textInserted().size()));
        forward(&safe);
        return;
    }
    case QAccessible::TextRemoved: {
        const auto *removed = static_cast<QAccessibleTextRemoveEvent *>(event);
        QAccessibleTextRemoveEvent safe(source, removed->changePosition(), masked(removed->textRemoved().size()));
        forward(&safe);
        return;
    }
    case QAccessible::TextUpdated: {
        const auto *updated = static_cast<QAccessibleTextUpdateEvent *>(event);
        QAccessibleTextUpdateEvent safe(source, updated->changePosition(), masked(updated->textRemoved().size()),
            masked(updated->textInserted().size()));
        forward(&safe);
        return;
    }
    default:
        forward(event);
        return;
    }
}

void forward(QAccessibleEvent *event)
{
    // With no handler installed, updateAccessibility() reaches the platform
    // bridge; the masking handler goes back in place straight after.
    QAccessible::installUpdateHandler(g_next);
    QAccessible::updateAccessibility(event);
    QAccessible::installUpdateHandler(maskTextEvents);
}

} // namespace

bool isSecretInput(const QObject *object)
{
    return object != nullptr && qobject_cast<const QQuickItem *>(object) != nullptr
        && QLatin1StringView(object->metaObject()->className())
               .startsWith(QLatin1StringView("PassphraseInput_QMLTYPE_"));
}

void installSecretInputAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(secretInputFactory);
        g_next = QAccessible::installUpdateHandler(maskTextEvents);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace harbor::ui
