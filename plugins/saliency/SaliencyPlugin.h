// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/AttentionPlugin.h"

#include <QObject>

/// Root object of the "saliency" plugin: three classical visual-attention models. It lives in the global
/// namespace because Q_IMPORT_PLUGIN needs a plain identifier for static builds.
class AlSaliencyPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AL_ATTENTION_PLUGIN_IID FILE "saliency.json")
    Q_INTERFACES(al::AttentionPlugin)

public:
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override;
};
