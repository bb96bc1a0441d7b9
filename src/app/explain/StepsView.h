// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/ModelTypes.h"

#include <QWidget>
#include <opencv2/core.hpp>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace al {

class NonLocalMeansView;
class PluginRegistry;
class SelfAttentionView;

/// The Steps tab of the main window: how the current result's attention is computed. Its first page shows
/// the mechanism of the model that ran (CBAM step-through, or the self-attention step-through when the
/// result carries Q, K and V), its second page classical self-attention (non-local means) on the image.
class StepsView : public QWidget {
    Q_OBJECT
public:
    enum class Page { Mechanism, NonLocalMeans };
    enum class Mechanism { None, SelfAttention, Cbam };

    explicit StepsView(const PluginRegistry& registry, QWidget* parent = nullptr);

    /// The current result (nullptr: none) and the image it was computed on.
    void setResult(const ModelResult* result, const cv::Mat& imageBgr);
    /// A new input image (its result, if any, follows through setResult).
    void setImage(const cv::Mat& imageBgr);

    void showPage(Page page);
    Page currentPage() const;
    Mechanism mechanism() const { return m_mechanism; }

    SelfAttentionView* selfAttentionView() const { return m_selfAttention; }
    NonLocalMeansView* nonLocalMeansView() const { return m_nlm; }
    /// The CBAM step-through, nullptr when this build has none.
    QWidget* cbamView() const { return m_cbam; }
    /// The CBAM interventions (part of the CBAM step-through), nullptr when this build has none.
    QWidget* interventionsView() const;
    QTabWidget* tabs() const { return m_tabs; }
    /// The control that changes the computation for the current mechanism (the guided tour points at it):
    /// the CBAM view (interventions) or the temperature slider.
    QWidget* changeTarget() const;

signals:
    /// The value under the cursor in any of the step views ("" when the cursor left them).
    void readoutChanged(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_note = nullptr;
    SelfAttentionView* m_selfAttention = nullptr;
    QWidget* m_cbam = nullptr;
    NonLocalMeansView* m_nlm = nullptr;
    Mechanism m_mechanism = Mechanism::None;
    bool m_hasResult = false;
};

} // namespace al
