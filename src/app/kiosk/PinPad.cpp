// SPDX-License-Identifier: MIT
#include "PinPad.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace al {

namespace {
constexpr int kMaxDigits = 12;
constexpr int kKeySize = 88; // well above the 48 px touch target minimum
} // namespace

PinPad::PinPad(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("kioskPinPad"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    m_display = new QLabel(this);
    m_display->setObjectName(QStringLiteral("kioskPinDisplay"));
    m_display->setAlignment(Qt::AlignCenter);
    m_display->setMinimumHeight(kKeySize / 2);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("kioskPinMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_title);
    outer->addWidget(m_display);
    outer->addWidget(m_message);

    auto* grid = new QGridLayout;
    auto key = [this](const QString& name) {
        auto* button = new QPushButton(this);
        button->setObjectName(name);
        button->setMinimumSize(kKeySize, kKeySize);
        button->setFocusPolicy(Qt::NoFocus);
        return button;
    };
    for (int digit = 0; digit <= 9; ++digit) {
        QPushButton* button = key(QStringLiteral("kioskPinKey%1").arg(digit));
        button->setText(QString::number(digit));
        connect(button, &QPushButton::clicked, this, [this, digit] { addDigit(digit); });
        const int index = digit == 0 ? 10 : digit - 1; // phone layout: 1-9, then 0 in the middle
        grid->addWidget(button, index / 3, index % 3);
    }
    m_clear = key(QStringLiteral("kioskPinClear"));
    m_ok = key(QStringLiteral("kioskPinOk"));
    m_cancel = key(QStringLiteral("kioskPinCancel"));
    grid->addWidget(m_clear, 3, 0);
    grid->addWidget(m_ok, 3, 2);
    grid->addWidget(m_cancel, 4, 0, 1, 3);
    connect(m_clear, &QPushButton::clicked, this, &PinPad::clear);
    connect(m_ok, &QPushButton::clicked, this, [this] { emit pinEntered(m_pin); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        clear();
        emit cancelled();
    });
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(grid);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);
    retranslate();
    updateDisplay();
}

void PinPad::clear() {
    m_pin.clear();
    m_rejected = false;
    updateDisplay();
}

void PinPad::rejectPin() {
    m_pin.clear();
    m_rejected = true;
    updateDisplay();
}

void PinPad::addDigit(int digit) {
    if (m_pin.size() < kMaxDigits)
        m_pin += QString::number(digit);
    m_rejected = false;
    updateDisplay();
}

void PinPad::updateDisplay() {
    m_display->setText(QString(m_pin.size(), QChar(0x25CF))); // one dot per digit, never the digits
    m_message->setText(m_rejected ? tr("Wrong PIN. Try again.") : QString());
}

void PinPad::retranslate() {
    m_title->setText(tr("Staff only: enter the PIN to leave the exhibit."));
    m_clear->setText(tr("Clear"));
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Back to the exhibit"));
    updateDisplay();
}

void PinPad::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
