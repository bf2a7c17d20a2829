#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace binome {

struct ProposedBinome;

/// A pair's "why" kept as data (skills by code, levels, score terms), so that it can be shown
/// in whatever language the reader uses.
QString explanationToJson(const ProposedBinome& binome);

/// The explanation in the interface's language, one line per fact: the gaps covered with levels
/// (skills named by `skillName(code)`), then each factor's points.
QStringList renderExplanation(const QString& json,
                              const std::function<QString(const QString&)>& skillName);

} // namespace binome
