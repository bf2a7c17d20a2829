// Fuzz target: the participant readers, CSV and JSON, on any bytes.
#include "FuzzEntryPoints.h"

#include "binome/exchange/ParticipantFile.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace binome::fuzz {

namespace {

/// A few codes of the catalog, as the import knows them.
const SkillCodeMap& knownSkills() {
    static const SkillCodeMap map = [] {
        QList<Skill> skills;
        qint64 id = 0;
        for (const QString& code : {u"linkedin"_s, u"spreadsheets"_s, u"genai"_s, u"DC4.2"_s}) {
            Skill skill;
            skill.id = ++id;
            skill.code = code;
            skill.nameEn = code;
            skills << skill;
        }
        return makeSkillCodeMap(skills);
    }();
    return map;
}

} // namespace

void participantFile(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ParticipantFileContents csv = readParticipantCsv(bytes, u"fuzz.csv"_s, knownSkills());
    for (const ImportProblem& problem : csv.problems)
        (void)problem.toString();
    const ParticipantFileContents json = readParticipantJson(bytes, u"fuzz.json"_s, knownSkills());
    for (const ImportProblem& problem : json.problems)
        (void)problem.toString();
}

} // namespace binome::fuzz

BINOME_FUZZ_TARGET(participantFile)
