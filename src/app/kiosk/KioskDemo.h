// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace al {

/// One demo of the kiosk: a simplified single view with big controls. The kiosk window owns the demos,
/// shows one at a time and drives the attract loop through attractStep().
class KioskDemo : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    /// Tile title and one-sentence summary for the home screen (translated at call time).
    virtual QString title() const = 0;
    virtual QString summary() const = 0;
    /// The demo became visible (a visitor picked it, or the attract loop did).
    virtual void enter() {}
    /// The home screen returns: drop the visitor's state so the next visitor starts fresh.
    virtual void reset() {}
    /// One step of the attract loop while the demo is shown without a visitor (next photo, move the digit).
    virtual void attractStep() {}
};

} // namespace al
