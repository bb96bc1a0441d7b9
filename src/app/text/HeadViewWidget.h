// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/TextViews.h"

#include <QWidget>

namespace al {

/// The head view: queries on the left, keys on the right, a line per link in the head's colour. Hovering a
/// token isolates its links (isolation stays while the mouse is over the label columns). Meant to sit in a
/// QScrollArea: it is as tall as the token list and paints only the exposed part, so 2048 tokens stay
/// smooth; links are precomputed (top-k per query) when the data change, not per paint.
class HeadViewWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeadViewWidget(QWidget* parent = nullptr);

    /// `heads` are N x N matrices (one per selected head) with their colours; topK <= 0 keeps all links.
    void setData(const std::vector<cv::Mat>& heads, const std::vector<QColor>& colours,
                 const QStringList& labels, const std::vector<bool>& unknown, int topK);
    void clear();
    /// Token whose links are isolated, -1 for none.
    int focusToken() const { return m_options.focusToken; }
    void setFocusToken(int token);
    /// Number of links currently drawn (after isolation), for tests and the status line.
    int visibleLinkCount() const;
    const HeadViewOptions& options() const { return m_options; }
    /// Y coordinate of a token row's centre (tests hover it).
    int rowCentre(int token) const { return token * m_options.rowHeight + m_options.rowHeight / 2; }

signals:
    void focusChanged(int token);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    std::vector<std::vector<TokenLink>> m_links;
    std::vector<QColor> m_colours;
    QStringList m_labels;
    std::vector<bool> m_unknown;
    HeadViewOptions m_options;
};

} // namespace al
