// Fuzz target: the session sheet reader on any bytes.
#include "FuzzEntryPoints.h"

#include "binome/exchange/SessionSheet.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace binome::fuzz {

namespace {

const QList<Skill>& catalog() {
    static const QList<Skill> skills = [] {
        QList<Skill> list;
        qint64 id = 0;
        for (const QString& code : {u"linkedin"_s, u"spreadsheets"_s, u"genai"_s, u"email"_s}) {
            Skill skill;
            skill.id = ++id;
            skill.code = code;
            skill.nameEn = code;
            list << skill;
        }
        return list;
    }();
    return skills;
}

} // namespace

void sessionSheet(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const SessionSheetContents contents = readSessionSheet(bytes, u"fuzz.csv"_s, catalog());
    for (const ImportProblem& problem : contents.problems)
        (void)problem.toString();
}

} // namespace binome::fuzz

BINOME_FUZZ_TARGET(sessionSheet)
