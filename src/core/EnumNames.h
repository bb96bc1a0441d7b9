// SPDX-License-Identifier: MIT
#pragma once

// Private to the core: enum <-> stable string tables. The strings are part of the JSON output, the settings
// and the CLI, so they never change once published.

#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace al::detail {

template <typename Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, const char*>, N>;

template <typename Enum, std::size_t N>
QString nameOf(const EnumNames<Enum, N>& table, Enum value) {
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

/// Case-insensitive, ignores surrounding white space.
template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const EnumNames<Enum, N>& table, const QString& name) {
    const QString key = name.trimmed().toLower();
    for (const auto& [e, text] : table) {
        if (key == QLatin1String(text))
            return e;
    }
    return std::nullopt;
}

} // namespace al::detail
