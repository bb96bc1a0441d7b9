// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace al {

/// Inputs: Open…, a drop hint, the recent files, the bundled samples as a thumbnail gallery and the samples
/// of the selected model's package.
class InputsPanel : public QWidget {
    Q_OBJECT
public:
    explicit InputsPanel(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& paths);
    /// Fills the gallery; thumbnails are decoded scaled-down so large samples stay cheap.
    void setSamples(const QStringList& paths);
    /// The selected model's own samples (`<package>/samples/*.png`) in a second section, hidden when empty.
    void setPackageSamples(const QString& modelName, const QStringList& paths);
    QListWidget* recentList() const { return m_recent; }
    QListWidget* samplesList() const { return m_samples; }
    QListWidget* packageSamplesList() const { return m_packageSamples; }

signals:
    void openRequested();
    void fileActivated(const QString& path);
    void clearRecentRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QPushButton* m_open = nullptr;
    QLabel* m_dropHint = nullptr;
    QLabel* m_recentCaption = nullptr;
    QPushButton* m_clearRecent = nullptr;
    QListWidget* m_recent = nullptr;
    QLabel* m_samplesCaption = nullptr;
    QListWidget* m_samples = nullptr;
    QLabel* m_packageCaption = nullptr;
    QListWidget* m_packageSamples = nullptr;
    QString m_packageModel;
};

} // namespace al
