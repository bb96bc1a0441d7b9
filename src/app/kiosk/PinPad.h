// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace al {

/// An on-screen PIN pad with large keys (touch, no keyboard needed). Emits pinEntered() on OK; the kiosk
/// window checks the PIN and calls rejectPin() when it is wrong.
class PinPad : public QWidget {
    Q_OBJECT
public:
    explicit PinPad(QWidget* parent = nullptr);

    /// Clears the digits and the message (called whenever the pad is shown).
    void clear();
    /// Clears the digits and shows "Wrong PIN".
    void rejectPin();
    QString enteredPin() const { return m_pin; }

signals:
    void pinEntered(const QString& pin);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addDigit(int digit);
    void updateDisplay();
    void retranslate();

    QString m_pin;
    QLabel* m_title = nullptr;
    QLabel* m_display = nullptr;
    QLabel* m_message = nullptr;
    bool m_rejected = false;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace al
