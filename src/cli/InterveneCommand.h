// SPDX-License-Identifier: MIT
#pragma once
// The dataset side of interventions, used by `evaluate --interventions [--stage N]` (docs/cli.md).

#include "CommandParser.h"

#include "attentionlens/Intervention.h"

#include <memory>
#include <optional>

namespace al::cli {

/// Adds --interventions and --stage to a command's parser.
void addInterventionOptions(CommandParser& parser);

struct DatasetInterventions {
    std::shared_ptr<const Intervener> intervener;
    int stage = 0;
};

/// nullopt without --interventions; else the model's package and stage, checked before any long work.
/// Throws Error(BadInput) for a model without a staged graph or a bad --stage.
std::optional<DatasetInterventions> prepareDatasetInterventions(const CommandParser& parser,
                                                                const QString& modelId);

/// Accuracy under the default interventions (true, uniform, inverted, shift, random:1) of the chosen stage.
InterventionReport runDatasetInterventions(const DatasetInterventions& setup, const QString& dataset,
                                           int limit, const RunControl& control);

void printInterventions(const InterventionReport& report);

} // namespace al::cli
