#include "binome/services/DemoService.h"

#include "DemoStories.h"

#include "binome/domain/TextKey.h"
#include "binome/services/ObjectiveService.h"
#include "binome/storage/Database.h"
#include "binome/storage/FollowUpRepository.h"
#include "binome/storage/ParticipantRepository.h"
#include "binome/storage/ProgramRepository.h"
#include "binome/storage/SkillRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

const QStringList JuniorFirstNames = {
    u"Inès"_s,     u"Théo"_s,    u"Léa"_s,     u"Lucas"_s,  u"Chloé"_s, u"Hugo"_s,     u"Manon"_s,
    u"Nathan"_s,   u"Camille"_s, u"Enzo"_s,    u"Jade"_s,   u"Louis"_s, u"Emma"_s,     u"Gabriel"_s,
    u"Sarah"_s,    u"Yanis"_s,   u"Lina"_s,    u"Noah"_s,   u"Zoé"_s,   u"Mathis"_s,   u"Clara"_s,
    u"Adam"_s,     u"Léna"_s,    u"Raphaël"_s, u"Anaïs"_s,  u"Tom"_s,   u"Maëlle"_s,   u"Rayan"_s,
    u"Juliette"_s, u"Samuel"_s,  u"Océane"_s,  u"Mehdi"_s,  u"Alice"_s, u"Baptiste"_s, u"Eva"_s,
    u"Maxime"_s,   u"Lou"_s,     u"Axel"_s,    u"Romane"_s, u"Nolan"_s, u"Yasmine"_s,  u"Kylian"_s,
    u"Aïcha"_s,    u"Timothée"_s};
const QStringList SeniorFirstNames = {
    u"Bernard"_s,   u"Martine"_s,     u"Gérard"_s,       u"Sylvie"_s,    u"Patrick"_s,
    u"Catherine"_s, u"Jean-Pierre"_s, u"Nathalie"_s,     u"Philippe"_s,  u"Isabelle"_s,
    u"Alain"_s,     u"Dominique"_s,   u"Michel"_s,       u"Christine"_s, u"Daniel"_s,
    u"Brigitte"_s,  u"François"_s,    u"Françoise"_s,    u"Thierry"_s,   u"Véronique"_s,
    u"Pascal"_s,    u"Chantal"_s,     u"Didier"_s,       u"Monique"_s,   u"Éric"_s,
    u"Sophie"_s,    u"Olivier"_s,     u"Valérie"_s,      u"Jacques"_s,   u"Annie"_s,
    u"Laurent"_s,   u"Corinne"_s,     u"Serge"_s,        u"Pascale"_s,   u"Gilles"_s,
    u"Hélène"_s,    u"Denis"_s,       u"Marie-Claude"_s, u"Hervé"_s,     u"Agnès"_s,
    u"Yves"_s,      u"Joëlle"_s};
const QStringList LastNames = {
    u"Martin"_s,    u"Bernard"_s,  u"Dubois"_s,   u"Thomas"_s,   u"Robert"_s,   u"Richard"_s,
    u"Petit"_s,     u"Durand"_s,   u"Leroy"_s,    u"Moreau"_s,   u"Simon"_s,    u"Laurent"_s,
    u"Lefebvre"_s,  u"Michel"_s,   u"Garcia"_s,   u"David"_s,    u"Bertrand"_s, u"Roux"_s,
    u"Vincent"_s,   u"Fournier"_s, u"Morel"_s,    u"Girard"_s,   u"André"_s,    u"Lefèvre"_s,
    u"Mercier"_s,   u"Dupont"_s,   u"Lambert"_s,  u"Bonnet"_s,   u"François"_s, u"Martinez"_s,
    u"Legrand"_s,   u"Garnier"_s,  u"Faure"_s,    u"Rousseau"_s, u"Blanc"_s,    u"Guérin"_s,
    u"Muller"_s,    u"Henry"_s,    u"Roussel"_s,  u"Nicolas"_s,  u"Perrin"_s,   u"Morin"_s,
    u"Mathieu"_s,   u"Clément"_s,  u"Gauthier"_s, u"Dumont"_s,   u"Lopez"_s,    u"Fontaine"_s,
    u"Chevalier"_s, u"Robin"_s,    u"Haddad"_s,   u"Nguyen"_s,   u"Benali"_s};

struct Department {
    const char16_t* name;
    const char16_t* juniorTitle;
    const char16_t* seniorTitle;
};
const Department Departments[] = {
    {u"Direction générale", u"Chargé·e de mission", u"Directeur·rice délégué·e"},
    {u"Finance", u"Analyste financier·ère", u"Responsable comptabilité"},
    {u"Ressources humaines", u"Chargé·e de recrutement", u"Responsable RH"},
    {u"Systèmes d'information", u"Développeur·se", u"Architecte SI"},
    {u"Marketing", u"Chargé·e de communication digitale", u"Directeur·rice marketing"},
    {u"Achats", u"Acheteur·se junior", u"Acheteur·se senior"},
    {u"Juridique", u"Juriste", u"Directeur·rice juridique"},
    {u"Commercial", u"Business developer", u"Directeur·rice commercial·e"},
    {u"Production", u"Ingénieur·e méthodes", u"Responsable d'usine"},
};
const QStringList Sites = {u"Paris"_s, u"Paris"_s,  u"Lyon"_s,
                           u"Lille"_s, u"Nantes"_s, u"Toulouse"_s};

/// Skills juniors are strong on, and the seniors' usual gaps, with a typical weight.
const QStringList DigitalTools = {u"linkedin"_s,          u"social-networks"_s, u"genai"_s,
                                  u"instant-messaging"_s, u"video-calls"_s,     u"cms"_s,
                                  u"smartphone"_s,        u"cloud-storage"_s};
const QStringList Competences = {u"DC1.1"_s, u"DC1.2"_s, u"DC2.4"_s, u"DC2.6"_s,
                                 u"DC3.1"_s, u"DC4.2"_s, u"DC4.1"_s, u"DC5.1"_s};
const QStringList SeniorStrengths = {u"email"_s, u"spreadsheets"_s};

using demo::Dice;

QString emailPart(const QString& name) {
    QString part = textKey(name);
    part.replace(u' ', u'-');
    return part;
}

HalfDays weekdayAvailability(Dice& dice) {
    HalfDays days;
    const int count = dice.roll(2, 5);
    for (int i = 0; i < count; ++i)
        days.set(dice.roll(0, 9));
    return days;
}

} // namespace

QList<Participant> DemoService::demoParticipants(const QDate& today) {
    Dice dice(20261123);
    QList<Participant> people;
    QSet<QString> emails;
    const auto makeEmail = [&emails](const QString& first, const QString& last) {
        QString base = emailPart(first) + u'.' + emailPart(last);
        QString email = base + u"@demo.binome.example"_s;
        for (int n = 2; emails.contains(email); ++n)
            email = base + QString::number(n) + u"@demo.binome.example"_s;
        emails.insert(email);
        return email;
    };
    const int year = today.year();

    // Seniors first: the first five are directors, the others report to one of them.
    QStringList directors;
    for (int i = 0; i < 42; ++i) {
        Participant p;
        p.role = Role::Senior;
        p.firstName = SeniorFirstNames[i % SeniorFirstNames.size()];
        p.lastName = LastNames[(i * 7 + 3) % LastNames.size()];
        p.email = makeEmail(p.firstName, p.lastName);
        const Department& department = Departments[i % std::size(Departments)];
        p.department = QString::fromUtf16(department.name);
        p.jobTitle = QString::fromUtf16(department.seniorTitle);
        p.site = dice.pick(Sites);
        p.birthYear = year - dice.roll(48, 63);
        p.languages = {u"fr"_s};
        if (dice.chance(40))
            p.languages << u"en"_s;
        if (dice.chance(8))
            p.languages << (dice.chance(50) ? u"de"_s : u"es"_s);
        if (i == 41)
            p.languages = {u"en"_s}; // a newcomer from the London office
        p.capacity = 1;
        if (i < 5)
            directors << p.email;
        else
            p.managerEmail = directors[i % directors.size()];
        p.mode = static_cast<MeetingMode>(dice.roll(0, 2));
        p.availability = weekdayAvailability(dice);
        // Three to five gaps among the digital tools and competences.
        QStringList codes;
        const int gaps = dice.roll(3, 5);
        while (codes.size() < gaps) {
            const QString& code =
                dice.chance(65) ? dice.pick(DigitalTools) : dice.pick(Competences);
            if (!codes.contains(code))
                codes << code;
        }
        for (const QString& code : codes) {
            const int current = dice.roll(0, 2);
            p.skills << SkillAssessment{code, current, std::min(5, current + dice.roll(1, 3)),
                                        dice.roll(1, 3)};
        }
        for (const QString& code : SeniorStrengths) {
            if (dice.chance(50)) {
                const int current = dice.roll(3, 5);
                p.skills << SkillAssessment{code, current, current, 1};
            }
        }
        std::sort(p.skills.begin(), p.skills.end(),
                  [](const SkillAssessment& a, const SkillAssessment& b) {
                      return a.skillCode < b.skillCode;
                  });
        people << p;
    }

    for (int i = 0; i < 44; ++i) {
        Participant p;
        p.role = Role::Junior;
        p.firstName = JuniorFirstNames[i % JuniorFirstNames.size()];
        p.lastName = LastNames[(i * 11 + 5) % LastNames.size()];
        p.email = makeEmail(p.firstName, p.lastName);
        const Department& department = Departments[(i * 5 + 2) % std::size(Departments)];
        p.department = QString::fromUtf16(department.name);
        p.jobTitle = QString::fromUtf16(department.juniorTitle);
        p.site = dice.pick(Sites);
        p.birthYear = year - dice.roll(22, 30);
        p.languages = {u"fr"_s};
        if (dice.chance(70))
            p.languages << u"en"_s;
        if (dice.chance(12))
            p.languages << (dice.chance(50) ? u"es"_s : u"ar"_s);
        p.capacity = dice.chance(30) ? 2 : 1;
        p.mode = static_cast<MeetingMode>(dice.roll(0, 2));
        p.availability = weekdayAvailability(dice);
        for (const QString& code : DigitalTools) {
            if (dice.chance(70))
                p.skills << SkillAssessment{code, dice.roll(2, 5), std::nullopt, std::nullopt};
        }
        for (const QString& code : Competences) {
            if (dice.chance(45))
                p.skills << SkillAssessment{code, dice.roll(1, 5), std::nullopt, std::nullopt};
        }
        std::sort(p.skills.begin(), p.skills.end(),
                  [](const SkillAssessment& a, const SkillAssessment& b) {
                      return a.skillCode < b.skillCode;
                  });
        people << p;
    }
    return people;
}

Result<bool> DemoService::isEmpty() const {
    const auto count = ParticipantRepository(m_database).count();
    if (!count)
        return Error{count.error()};
    return *count == 0;
}

QString DemoService::mainProgramName(const QDate& today) {
    return QCoreApplication::translate("DemoService", "Reverse mentoring %1")
        .arg(demo::mainStart(today).year());
}

QString DemoService::pilotProgramName(const QDate& today) {
    return QCoreApplication::translate("DemoService", "Pilot program %1")
        .arg(demo::pilotStart(today).year());
}

namespace {

/// The demo people in one transaction. A new person's levels enter their history as an HR
/// import dated before the pilot (not today), so that the debriefs of the stories are the
/// latest levels. An existing person gets the demo's fields back with the levels they reached.
Result<QList<qint64>> installPeople(const Database& database, const QDate& today,
                                    DemoSummary& summary) {
    ParticipantRepository participants(database);
    participants.setLevelSource(levelSourceToken(LevelSource::Import));
    const DebriefRepository levels(database);
    const auto catalog = SkillRepository(database).all();
    if (!catalog)
        return Error{catalog.error()};
    QHash<QString, qint64> skillIds;
    for (const Skill& s : *catalog)
        skillIds.insert(s.code, s.id);
    const QDate imported = today.addMonths(-14);
    QList<qint64> ids;
    Transaction transaction(database);
    for (Participant p : DemoService::demoParticipants(today)) {
        (p.role == Role::Junior ? summary.juniors : summary.seniors)++;
        const auto existing = participants.findByEmail(p.email);
        if (!existing)
            return Error{existing.error()};
        if (existing->has_value()) {
            const Participant& stored = existing->value();
            p.id = stored.id;
            for (SkillAssessment& s : p.skills)
                if (const SkillAssessment* reached = stored.skill(s.skillCode))
                    s.level = reached->level;
            for (const SkillAssessment& s : stored.skills) // learnt since (reverse learning)
                if (!p.skill(s.skillCode))
                    p.skills << s;
            std::sort(p.skills.begin(), p.skills.end(),
                      [](const SkillAssessment& a, const SkillAssessment& b) {
                          return a.skillCode < b.skillCode;
                      });
            ids << p.id;
            if (p.sameData(stored))
                continue;
            if (Status status = participants.update(p); !status)
                return Error{status.error()};
            ++summary.updated;
            continue;
        }
        Participant unassessed = p;
        for (SkillAssessment& s : unassessed.skills)
            s.level.reset();
        const auto id = participants.insert(unassessed);
        if (!id)
            return Error{id.error()};
        for (const SkillAssessment& s : std::as_const(p.skills)) {
            if (!s.level)
                continue;
            LevelRecord record;
            record.participantId = *id;
            record.skillId = skillIds.value(s.skillCode);
            record.level = *s.level;
            record.date = imported;
            record.source = LevelSource::Import;
            if (Status status = levels.recordLevel(record); !status)
                return Error{status.error()};
        }
        ids << *id;
        ++summary.created;
    }
    if (Status status = transaction.commit(); !status)
        return Error{status.error()};
    return ids;
}

} // namespace

namespace {

/// A few public learning resources on the skills the demo's seniors work on most; added once.
Status installResources(const Database& database) {
    const ObjectiveService objectives(database);
    const auto existing = objectives.allResources();
    if (!existing)
        return Error{existing.error()};
    if (!existing->isEmpty())
        return {};
    const auto skills = SkillRepository(database).all();
    if (!skills)
        return Error{skills.error()};
    const QList<std::array<QString, 3>> resources = {
        {u"linkedin"_s, u"LinkedIn Learning: Rock Your LinkedIn Profile"_s,
         u"https://www.linkedin.com/learning/rock-your-linkedin-profile"_s},
        {u"genai"_s, u"Elements of AI"_s, u"https://www.elementsofai.com/"_s},
        {u"genai"_s, u"CNIL : l'intelligence artificielle"_s,
         u"https://www.cnil.fr/fr/intelligence-artificielle"_s},
        {u"DC4.2"_s, u"CNIL : les bons réflexes pour protéger ses données"_s,
         u"https://www.cnil.fr/fr/cybersecurite"_s},
        {u"spreadsheets"_s, u"LibreOffice Calc Guide"_s,
         u"https://documentation.libreoffice.org/en/english-documentation/"_s},
        {u"video-calls"_s, u"Pix : se former au numérique"_s, u"https://pix.fr/"_s},
        {u"DC1.1"_s, u"Pix : rechercher et veiller sur le Web"_s, u"https://pix.fr/"_s},
    };
    for (const auto& [code, title, url] : resources) {
        for (const Skill& skill : *skills) {
            if (skill.code != code)
                continue;
            const auto saved = objectives.saveResource({0, skill.id, title, url});
            if (!saved)
                return Error{saved.error()};
        }
    }
    return {};
}

} // namespace

Result<DemoSummary> DemoService::install(const QDate& today) const {
    DemoSummary summary;
    const auto people = installPeople(m_database, today, summary);
    if (!people)
        return Error{people.error()};
    // The pilot first: its final debriefs come before the main program's pairing.
    const ProgramRepository programs(m_database);
    using Tell = Result<demo::StoryCounts> (*)(const Database&, const QString&, const QDate&,
                                               const QList<qint64>&);
    const QList<QPair<QString, Tell>> stories = {{pilotProgramName(today), demo::tellPilot},
                                                 {mainProgramName(today), demo::tellMainProgram}};
    for (const auto& [name, tell] : stories) {
        const auto existing = programs.findByName(name);
        if (!existing)
            return Error{existing.error()};
        if (existing->has_value())
            continue;
        const auto told = tell(m_database, name, today, *people);
        if (!told)
            return Error{told.error()};
        ++summary.programs;
        summary.binomes += told->binomes;
        summary.sessions += told->sessions;
        summary.debriefs += told->debriefs;
    }
    if (Status status = installResources(m_database); !status)
        return Error{status.error()};
    return summary;
}

} // namespace binome
