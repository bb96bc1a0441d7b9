// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/ModelTypes.h"
#include "attentionlens/SelfAttentionSteps.h"

#include <QImage>
#include <QWidget>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSlider;
class QVBoxLayout;

namespace al {

class StepsViewImage;

/// Step-through of scaled dot-product self-attention for one query token (Vaswani et al. 2017): per head
/// side by side, the q·k scores over all keys, the 1/sqrt(d) scaling, the softmax with a live temperature
/// (recomputed here from Q and K), its entropy and the weighted sum of V. Generic over the token source:
/// image patches of a ViT (a grid over an image) or a token sequence (text). Clicking a patch of the image
/// or a cell of any map makes that token the query.
class SelfAttentionView : public QWidget {
    Q_OBJECT
public:
    explicit SelfAttentionView(QWidget* parent = nullptr);

    /// Shows `layers`. Tokens [tokenOffset, tokenOffset + gridRows * gridCols) are patches of a grid laid
    /// over `background` (may be null); gridRows = gridCols = 0 shows the tokens as one row (text).
    void setLayers(std::vector<SelfAttentionLayer> layers, int tokenOffset, int gridRows, int gridCols,
                   const QImage& background);
    /// A ViT result: its "<layer>_q/_k/_v" intermediates, CLS first, patches on a square grid over the
    /// image. Returns false (and clears) when the result has none.
    bool setResult(const ModelResult& result, const cv::Mat& imageBgr);
    void clear();
    bool hasLayers() const { return !m_layers.empty(); }

    void setQuery(int token);
    int query() const { return m_query; }
    /// Sets the slider to the nearest step of its logarithmic scale (0.1 .. 10).
    void setTemperature(double temperature);
    double temperature() const { return m_temperature; }
    void setLayer(int index);
    int layerIndex() const;
    int headCount() const;

    const std::vector<QueryAttentionStep>& steps() const { return m_steps; }
    QSlider* temperatureSlider() const { return m_slider; }
    StepsViewImage* inputImage() const { return m_input; }
    StepsViewImage* weightsImage(int head) const;
    StepsViewImage* scoresImage(int head) const;
    QString readout() const { return m_readoutText; }
    /// The widget position that selects `token` in the input image (tests click there).
    QPoint inputPointOfToken(int token) const;

signals:
    void queryChanged(int token);
    void readoutChanged(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setupControls(QVBoxLayout* layout);
    void retranslate();
    void rebuildHeads();
    void recompute();
    void drawHead(int head);
    void showReadout(const QString& text);
    QString tokenName(int token) const;
    void onInputClicked(const QPointF& p);
    void onInputHovered(const QPointF& p);
    void onMapHovered(int head, bool weights, const QPointF& p);
    int tokenAtMap(const QPointF& p) const;
    QRectF patchRect(int token) const;

    std::vector<SelfAttentionLayer> m_layers;
    std::vector<QueryAttentionStep> m_steps;
    int m_offset = 0, m_rows = 0, m_cols = 0;
    int m_query = 0;
    double m_temperature = 1.0;
    QImage m_background;

    QComboBox* m_layerCombo = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_layerLabel = nullptr;
    QLabel* m_temperatureLabel = nullptr;
    QLabel* m_temperatureValue = nullptr;
    QLabel* m_queryLabel = nullptr;
    QLabel* m_formula = nullptr;
    QLabel* m_readout = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_content = nullptr;
    StepsViewImage* m_input = nullptr;
    QGridLayout* m_heads = nullptr;
    QLabel* m_rowTitles[3] = {};
    struct HeadWidgets {
        QLabel* title = nullptr;
        StepsViewImage* scores = nullptr;
        StepsViewImage* weights = nullptr;
        QLabel* numbers = nullptr;
    };
    std::vector<HeadWidgets> m_headWidgets;
    QString m_readoutText;
};

} // namespace al
