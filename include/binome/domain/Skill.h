#pragma once

#include <QList>
#include <QString>

namespace binome {

/// Where a catalog entry comes from.
enum class SkillKind { Competence, Tool, Custom };

/// An entry of the skills catalog: a DigComp 2.2 competence, a concrete tool, or a skill HR
/// added. Its code never changes once used.
struct Skill {
    qint64 id = 0;
    QString code;
    int area = 1; ///< DigComp area 1..5
    QString nameEn;
    QString nameFr;
    SkillKind kind = SkillKind::Custom;
    bool archived = false;
    int sortOrder = 0;
    qint64 rowVersion = 0; ///< as read (schema 5); 0: not read, not checked on update

    /// The name in the language of the user interface.
    QString displayName() const;
};

QString skillKindToken(SkillKind kind);
QString skillKindDisplayName(SkillKind kind);
/// Translated name of DigComp area 1..5.
QString digCompAreaName(int area);

/// The seeded catalog: 21 DigComp 2.2 competences then the concrete tools.
QList<Skill> builtInSkills();

/// A code HR may give a custom skill: 2..32 characters of letters, digits, '.', '-', '_'.
bool isValidSkillCode(const QString& code);

} // namespace binome
