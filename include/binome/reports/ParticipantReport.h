#pragma once

#include "binome/domain/Result.h"
#include "binome/exchange/ParticipantDossierFile.h"
#include "binome/reports/ReportDocument.h"

#include <QString>

namespace binome {

/// The participant report: everything the program holds about one person (their dossier),
/// as an A4 document in the interface's language, to answer a right-of-access request (GDPR
/// article 15). Identity, skills, level history, programs, every binôme with its objectives,
/// sessions and debriefs, exclusions. Printed on the dossier's date.
ReportDocument participantReport(const ParticipantDossier& dossier);

/// Writes it as a PDF, atomically.
Status writeParticipantReport(const ParticipantDossier& dossier, const QString& path);

} // namespace binome
