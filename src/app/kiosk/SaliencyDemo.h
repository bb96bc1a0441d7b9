// SPDX-License-Identifier: MIT
#pragma once

#include "KioskDemo.h"
#include "KioskRunner.h"

#include <QStringList>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;

namespace al {

class AttentionModel;
class KioskImageView;
class PluginRegistry;

/// Demo 1: saliency models on the photos of the content folder. "Next photo" and one big button per model.
class SaliencyDemo : public KioskDemo {
    Q_OBJECT
public:
    SaliencyDemo(const PluginRegistry& registry, const QStringList& modelIds, const QStringList& photos,
                 QWidget* parent = nullptr);

    /// False without photos or without any of the configured models (then the kiosk leaves the demo out).
    bool isUsable() const { return !m_models.empty() && !m_photos.isEmpty(); }

    QString title() const override;
    QString summary() const override;
    void enter() override;
    void reset() override;
    void attractStep() override;

    int photoIndex() const { return m_photo; }
    QString currentModelId() const;
    /// Number of finished runs shown so far (tests wait on it).
    int shownRuns() const { return m_shownRuns; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showPhoto(int index);
    void selectModel(int index);
    void runCurrent();
    void onFinished(const KioskRunner::Outcome& outcome);
    void retranslate();

    std::vector<std::shared_ptr<const AttentionModel>> m_models;
    QStringList m_photos;
    int m_photo = 0;
    int m_model = 0;
    int m_shownRuns = 0;
    cv::Mat m_image;
    KioskRunner m_runner;
    QLabel* m_title = nullptr;
    QLabel* m_explain = nullptr;
    KioskImageView* m_view = nullptr;
    QPushButton* m_next = nullptr;
    std::vector<QPushButton*> m_modelButtons;
};

} // namespace al
