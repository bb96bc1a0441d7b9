// SPDX-License-Identifier: MIT
#pragma once

#include <QBoxLayout>
#include <QPushButton>
#include <QWidget>
#include <functional>
#include <vector>

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
    /// Called on each later tick of the attract loop while this demo is still on screen: true when the demo
    /// showed its next step itself and stays (the guided tour walks through its steps), false to let the
    /// loop move on to the next demo.
    virtual bool attractAdvance() { return false; }

signals:
    /// The visitor finished the demo (the guided tour's Finish or Close): the kiosk returns home.
    void homeRequested();

protected:
    /// Touch-sized height of the demos' buttons.
    static constexpr int kButtonHeight = 72;

    /// Adds one checkable button per model ("kioskModel<i>") to `row`; a click calls `select(i)`.
    std::vector<QPushButton*> addModelButtons(QBoxLayout* row, int count,
                                              const std::function<void(int)>& select) {
        std::vector<QPushButton*> buttons;
        for (int i = 0; i < count; ++i) {
            auto* button = new QPushButton(this);
            button->setObjectName(QStringLiteral("kioskModel%1").arg(i));
            button->setCheckable(true);
            button->setMinimumHeight(kButtonHeight);
            connect(button, &QPushButton::clicked, this, [select, i] { select(i); });
            row->addWidget(button);
            buttons.push_back(button);
        }
        return buttons;
    }

    /// Checks the button of model `current` and unchecks the others.
    static void checkOnly(const std::vector<QPushButton*>& buttons, int current) {
        for (int i = 0; i < int(buttons.size()); ++i)
            buttons[size_t(i)]->setChecked(i == current);
    }
};

} // namespace al
