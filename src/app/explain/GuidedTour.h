// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QPushButton;
class QTimer;
class QWidget;

namespace al {

/// What the guided tour needs from the window it runs in. The desktop main window implements it
/// (GuidedTourHost.h); the kiosk implements its own. Target ids: "image" (the overlay), "maps",
/// "predictions", "steps" (the Steps tab), "selfattention", "interventions" (nullptr when there are none),
/// "change" (what changes the computation: interventions or the temperature slider), "nonlocalmeans".
class TourHost {
public:
    virtual ~TourHost() = default;
    /// The widget a step points at; nullptr when the host has none (the step then shows no highlight).
    virtual QWidget* tourTarget(const QString& target) = 0;
    /// Opens the bundled example (the first sample of model `modelId`'s package), selects that model and
    /// starts it. False when the sample or the model is missing.
    virtual bool loadSample(const QString& modelId) = 0;
    /// Selects model `modelId` and runs it on the current image. False when it is missing.
    virtual bool selectModel(const QString& modelId) = 0;
    /// Shows a view: "overlay", "steps" (the mechanism) or "nonlocalmeans".
    virtual void switchTab(const QString& tab) = 0;
    /// The window the tour's panel and highlight float over.
    virtual QWidget* tourWindow() = 0;
    /// The closing text of the tour in this host's words (translated); empty keeps the desktop's, which
    /// points at Help ▸ Guided tour.
    virtual QString tourClosingText() const { return {}; }
};

/// A step-by-step walkthrough answering three questions on a bundled digit: where does the model look,
/// how is that map computed, what happens if we change it. Each step may load the example, select a
/// model, switch the view, and highlights one widget; Next/Back/Close. Texts go through
/// QCoreApplication::translate("al::GuidedTour", ...), so the tour follows the interface language.
class GuidedTour : public QObject {
    Q_OBJECT
public:
    explicit GuidedTour(TourHost& host, QObject* parent = nullptr);
    ~GuidedTour() override;

    void start();
    void next();
    void back();
    void close();

    bool isActive() const { return m_step >= 0; }
    int currentStep() const { return m_step; }
    int stepCount() const;
    /// The target id of the current step ("" for none).
    QString currentTargetId() const;
    /// The widget highlighted now (nullptr for none).
    QWidget* currentTarget() const { return m_target; }
    QWidget* panel() const { return m_panel; }
    QWidget* highlight() const { return m_highlight; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* closeButton() const { return m_close; }
    QString title() const;
    QString text() const;

signals:
    void stepChanged(int step);
    void finished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void ensureWidgets();
    void enter(int step);
    void applyActions(int step);
    void refresh();
    void place();

    TourHost& m_host;
    int m_step = -1;
    bool m_interventions = false;
    QPointer<QWidget> m_target;
    QPointer<QWidget> m_panel;
    QPointer<QWidget> m_highlight;
    QTimer* m_follow = nullptr; ///< re-places the highlight while runs and tab switches settle
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_counter = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace al
