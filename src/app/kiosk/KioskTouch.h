// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace al {

/// Makes a desktop view (a workspace page, the explainer's Steps view) usable on the kiosk's touch screen,
/// without the view knowing about the kiosk:
/// - a style sheet: every button, combo box, spin box, line edit, check box and tab at least 48 px high,
///   fonts of 18-20 px, fat slider handles and scroll bars;
/// - tap = hover: a press on a widget that reacts to hovering (mouse tracking, e.g. the text head view that
///   isolates a token's links) first gets the hover move a mouse would have made;
/// - no writes: buttons whose objectName contains "Export" or "Save" (the convention of ModePage.h) are
///   hidden and kept hidden.
/// The object lives as long as the view (it is the view's child).
class KioskTouch : public QObject {
    Q_OBJECT
public:
    /// Applies all of the above to `view` and its descendants (present and future ones for the style and
    /// tap = hover; the write buttons present now).
    static KioskTouch* apply(QWidget* view);
    /// The style sheet applied (exposed for views that are not children of a touched view, e.g. popups).
    static QString styleSheet();
    /// Buttons hidden because they would write files.
    int hiddenWriters() const { return m_hidden; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit KioskTouch(QWidget* view);
    void hideWriters();

    QPointer<QWidget> m_view;
    int m_hidden = 0;
};

} // namespace al
