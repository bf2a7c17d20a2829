#include "binome/domain/Skill.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace binome {

QString Skill::displayName() const {
    const bool french = QLocale().language() == QLocale::French;
    if (french && !nameFr.isEmpty())
        return nameFr;
    return nameEn.isEmpty() ? nameFr : nameEn;
}

QString skillKindToken(SkillKind kind) {
    switch (kind) {
    case SkillKind::Competence:
        return u"competence"_s;
    case SkillKind::Tool:
        return u"tool"_s;
    case SkillKind::Custom:
        break;
    }
    return u"custom"_s;
}

QString skillKindDisplayName(SkillKind kind) {
    switch (kind) {
    case SkillKind::Competence:
        return QCoreApplication::translate("Skill", "DigComp competence");
    case SkillKind::Tool:
        return QCoreApplication::translate("Skill", "Tool");
    case SkillKind::Custom:
        break;
    }
    return QCoreApplication::translate("Skill", "Custom");
}

QString digCompAreaName(int area) {
    switch (area) {
    case 1:
        return QCoreApplication::translate("Skill", "1 Information and data literacy");
    case 2:
        return QCoreApplication::translate("Skill", "2 Communication and collaboration");
    case 3:
        return QCoreApplication::translate("Skill", "3 Digital content creation");
    case 4:
        return QCoreApplication::translate("Skill", "4 Safety");
    case 5:
        return QCoreApplication::translate("Skill", "5 Problem solving");
    default:
        return QString::number(area);
    }
}

QList<Skill> builtInSkills() {
    struct Row {
        const char16_t* code;
        int area;
        const char16_t* en;
        const char16_t* fr;
        SkillKind kind;
    };
    static const Row rows[] = {
        {u"DC1.1", 1, u"Browsing, searching and filtering data, information and digital content",
         u"Naviguer, rechercher et filtrer des données, des informations et des contenus "
         u"numériques",
         SkillKind::Competence},
        {u"DC1.2", 1, u"Evaluating data, information and digital content",
         u"Évaluer des données, des informations et des contenus numériques",
         SkillKind::Competence},
        {u"DC1.3", 1, u"Managing data, information and digital content",
         u"Gérer des données, des informations et des contenus numériques", SkillKind::Competence},
        {u"DC2.1", 2, u"Interacting through digital technologies",
         u"Interagir par l'intermédiaire des technologies numériques", SkillKind::Competence},
        {u"DC2.2", 2, u"Sharing through digital technologies",
         u"Partager par l'intermédiaire des technologies numériques", SkillKind::Competence},
        {u"DC2.3", 2, u"Engaging in citizenship through digital technologies",
         u"S'engager dans la citoyenneté par l'intermédiaire des technologies numériques",
         SkillKind::Competence},
        {u"DC2.4", 2, u"Collaborating through digital technologies",
         u"Collaborer par l'intermédiaire des technologies numériques", SkillKind::Competence},
        {u"DC2.5", 2, u"Netiquette", u"Nétiquette", SkillKind::Competence},
        {u"DC2.6", 2, u"Managing digital identity", u"Gérer son identité numérique",
         SkillKind::Competence},
        {u"DC3.1", 3, u"Developing digital content", u"Développer des contenus numériques",
         SkillKind::Competence},
        {u"DC3.2", 3, u"Integrating and re-elaborating digital content",
         u"Intégrer et retravailler des contenus numériques", SkillKind::Competence},
        {u"DC3.3", 3, u"Copyright and licences", u"Droits d'auteur et licences",
         SkillKind::Competence},
        {u"DC3.4", 3, u"Programming", u"Programmation", SkillKind::Competence},
        {u"DC4.1", 4, u"Protecting devices", u"Protéger les appareils", SkillKind::Competence},
        {u"DC4.2", 4, u"Protecting personal data and privacy",
         u"Protéger les données personnelles et la vie privée", SkillKind::Competence},
        {u"DC4.3", 4, u"Protecting health and well-being", u"Protéger la santé et le bien-être",
         SkillKind::Competence},
        {u"DC4.4", 4, u"Protecting the environment", u"Protéger l'environnement",
         SkillKind::Competence},
        {u"DC5.1", 5, u"Solving technical problems", u"Résoudre des problèmes techniques",
         SkillKind::Competence},
        {u"DC5.2", 5, u"Identifying needs and technological responses",
         u"Identifier les besoins et les réponses technologiques", SkillKind::Competence},
        {u"DC5.3", 5, u"Creatively using digital technologies",
         u"Utiliser les technologies numériques de manière créative", SkillKind::Competence},
        {u"DC5.4", 5, u"Identifying digital competence gaps",
         u"Identifier les lacunes en matière de compétences numériques", SkillKind::Competence},
        {u"linkedin", 2, u"LinkedIn", u"LinkedIn", SkillKind::Tool},
        {u"social-networks", 2, u"Social networks", u"Réseaux sociaux", SkillKind::Tool},
        {u"email", 2, u"E-mail", u"Messagerie électronique", SkillKind::Tool},
        {u"instant-messaging", 2, u"Instant messaging", u"Messagerie instantanée", SkillKind::Tool},
        {u"video-calls", 2, u"Video calls", u"Visioconférence", SkillKind::Tool},
        {u"spreadsheets", 1, u"Spreadsheets", u"Tableurs", SkillKind::Tool},
        {u"cloud-storage", 1, u"Cloud storage and sharing", u"Stockage et partage en ligne",
         SkillKind::Tool},
        {u"cms", 3, u"Publishing on a CMS", u"Publication sur un CMS", SkillKind::Tool},
        {u"genai", 3, u"Generative AI", u"IA générative", SkillKind::Tool},
        {u"smartphone", 5, u"Smartphone", u"Smartphone", SkillKind::Tool},
    };
    QList<Skill> skills;
    int order = 0;
    for (const Row& row : rows) {
        Skill skill;
        skill.code = QString::fromUtf16(row.code);
        skill.area = row.area;
        skill.nameEn = QString::fromUtf16(row.en);
        skill.nameFr = QString::fromUtf16(row.fr);
        skill.kind = row.kind;
        skill.sortOrder = ++order * 10;
        skills << skill;
    }
    return skills;
}

bool isValidSkillCode(const QString& code) {
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"_s);
    return pattern.match(code).hasMatch();
}

} // namespace binome
