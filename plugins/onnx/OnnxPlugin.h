// SPDX-License-Identifier: MIT
#pragma once

#include <attentionlens/AttentionPlugin.h>

#include <QObject>
#include <QStringList>

/// Finds model packages in the context's model folders and offers each as a model. A package that fails
/// validation is skipped and reported through warnings(); it never fails the plugin.
class AlOnnxPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AL_ATTENTION_PLUGIN_IID FILE "onnx.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    void initialize(const al::PluginContext& context) override;
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override { return m_models; }
    QStringList warnings() const override { return m_warnings; }

private:
    std::vector<std::shared_ptr<const al::AttentionModel>> m_models;
    QStringList m_warnings;
};
