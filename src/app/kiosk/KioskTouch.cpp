// SPDX-License-Identifier: MIT
#include "KioskTouch.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QMouseEvent>
#include <QWidget>

namespace al {

namespace {
// 48 px is the usual minimum touch target (Material, Apple HIG 44 pt); the kiosk's own controls are larger.
const char* kTouchStyle = R"(
QLabel { color: #1a1f29; font-size: 18px; }
QPlainTextEdit, QTextEdit, QTextBrowser, QListView, QTreeView { font-size: 18px; }
QPushButton, QToolButton { min-height: 48px; min-width: 48px; font-size: 20px; padding: 2px 12px; }
QComboBox, QAbstractSpinBox, QLineEdit { min-height: 48px; font-size: 20px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { width: 36px; }
QComboBox QAbstractItemView::item { min-height: 48px; }
QCheckBox, QRadioButton { min-height: 48px; font-size: 20px; }
QCheckBox::indicator, QRadioButton::indicator { width: 32px; height: 32px; }
QTabBar::tab { min-height: 48px; min-width: 80px; font-size: 20px; padding: 2px 14px; }
QTabBar QToolButton { min-width: 48px; min-height: 48px; }
QListView::item, QListWidget::item { min-height: 48px; }
QSlider { min-height: 48px; }
QSlider::groove:horizontal { height: 10px; background: #b8c2d0; border-radius: 5px; }
QSlider::handle:horizontal { background: #3d6fd8; width: 40px; margin: -15px 0; border-radius: 20px; }
QScrollBar:vertical { width: 28px; }
QScrollBar:horizontal { height: 28px; }
)";

// Mouse tracking on the widget, or on the scroll area whose viewport it is (ImageView, a QGraphicsView).
bool reactsToHover(const QWidget* widget) {
    if (widget->hasMouseTracking())
        return true;
    const auto* area = qobject_cast<const QAbstractScrollArea*>(widget->parentWidget());
    return area && area->viewport() == widget && area->hasMouseTracking();
}

bool writesFiles(const QObject* object) {
    const QString name = object->objectName();
    return name.contains(QLatin1String("Export"), Qt::CaseInsensitive) ||
           name.contains(QLatin1String("Save"), Qt::CaseInsensitive);
}
} // namespace

KioskTouch::KioskTouch(QWidget* view) : QObject(view), m_view(view) {}

KioskTouch* KioskTouch::apply(QWidget* view) {
    auto* touch = new KioskTouch(view);
    // A light sheet under the desktop view: its own colours (white views, dark text) stay readable.
    QString style = styleSheet();
    if (!view->objectName().isEmpty())
        style += QStringLiteral("#%1 { background: #eef1f5; }").arg(view->objectName());
    view->setStyleSheet(style);
    view->setAttribute(Qt::WA_StyledBackground);
    touch->hideWriters();
    // The application sees every press first, including those on widgets the view creates later.
    qApp->installEventFilter(touch);
    return touch;
}

QString KioskTouch::styleSheet() {
    return QString::fromLatin1(kTouchStyle);
}

void KioskTouch::hideWriters() {
    for (QAbstractButton* button : m_view->findChildren<QAbstractButton*>()) {
        if (!writesFiles(button))
            continue;
        button->hide();
        button->installEventFilter(this);
        ++m_hidden;
    }
}

bool KioskTouch::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Show && writesFiles(watched) && m_view &&
        m_view->isAncestorOf(qobject_cast<QWidget*>(watched))) {
        // A page that re-shows its export buttons (after a run) must not give them back to visitors.
        static_cast<QWidget*>(watched)->hide();
        return false;
    }
    if (event->type() != QEvent::MouseButtonPress || !m_view)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || !reactsToHover(widget) || !m_view->isAncestorOf(widget))
        return false;
    // What hovering shows on the desktop (isolating a token, the value under the cursor), a tap shows here.
    const auto* press = static_cast<QMouseEvent*>(event);
    QMouseEvent hover(QEvent::MouseMove, press->position(), press->scenePosition(), press->globalPosition(),
                      Qt::NoButton, Qt::NoButton, press->modifiers(), press->pointingDevice());
    QCoreApplication::sendEvent(widget, &hover);
    return false;
}

} // namespace al
