#pragma once

#include "binome/domain/Binome.h"
#include "binome/domain/Validation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace binome {

/// Who learns in an objective: the senior by default, the junior for reverse learning.
enum class Learner { Senior, Junior };
enum class ObjectiveStatus { NotStarted, InProgress, Achieved, Dropped };
enum class SessionMode { InPerson, Video, Phone };
enum class DebriefKind { Kickoff, MidTerm, Final, AdHoc };
/// Where a level came from.
enum class LevelSource { Import, Edit, Debrief };

QString learnerToken(Learner learner); ///< "senior", "junior"
std::optional<Learner> parseLearner(const QString& token);
QString learnerDisplayName(Learner learner);

QString objectiveStatusToken(ObjectiveStatus status); ///< "not-started", "in-progress", ...
std::optional<ObjectiveStatus> parseObjectiveStatus(const QString& token);
QString objectiveStatusDisplayName(ObjectiveStatus status);
/// Achieved or dropped: nothing more is expected of it.
bool isClosed(ObjectiveStatus status);

QString sessionModeToken(SessionMode mode); ///< "in-person", "video", "phone"
/// Also reads the words a mentor types in a shared sheet, in English or French, any case, with
/// or without accents: "présentiel", "visio", "téléphone", "in person", "video call"...
std::optional<SessionMode> parseSessionMode(const QString& text);
QString sessionModeDisplayName(SessionMode mode);

QString debriefKindToken(DebriefKind kind); ///< "kickoff", "mid-term", "final", "ad-hoc"
std::optional<DebriefKind> parseDebriefKind(const QString& token);
QString debriefKindDisplayName(DebriefKind kind);

QString levelSourceToken(LevelSource source); ///< "import", "edit", "debrief"
std::optional<LevelSource> parseLevelSource(const QString& token);
QString levelSourceDisplayName(LevelSource source);

inline constexpr int MinSessionMinutes = 1;
inline constexpr int MaxSessionMinutes = 1440;
inline constexpr int MinRating = 1;
inline constexpr int MaxRating = 5;
/// A rating at or below this raises the "low rating" flag.
inline constexpr int LowRating = 2;

/// A goal of a binôme on one skill of the catalog.
struct Objective {
    qint64 id = 0;
    qint64 binomeId = 0;
    qint64 skillId = 0;
    Learner learner = Learner::Senior;
    int startLevel = 0; ///< the learner's level when it was set
    int targetLevel = 0;
    QDate dueDate; ///< null: no due date
    ObjectiveStatus status = ObjectiveStatus::NotStarted;
    QString description;
    qint64 rowVersion = 0; ///< as read (schema 5); 0: not read, not checked on update
};

/// A title and a link attached to a skill of the catalog (a MOOC module, a guide).
struct LearningResource {
    qint64 id = 0;
    qint64 skillId = 0;
    QString title;
    QString url;
    qint64 rowVersion = 0; ///< as read (schema 5); 0: not read, not checked on update
};

/// One meeting of a binôme, planned or held.
struct Session {
    qint64 id = 0;
    qint64 binomeId = 0;
    bool planned = false; ///< false: held
    QDate date;
    int minutes = 60;
    SessionMode mode = SessionMode::InPerson;
    QList<qint64> skillIds; ///< skills worked on
    QString notes;
    QString nextSteps;
    std::optional<int> menteeRating; ///< 1..5
    std::optional<int> mentorRating; ///< 1..5
    qint64 rowVersion = 0;           ///< as read (schema 5); 0: not read, not checked on update
};

/// What a debrief says of one objective: the learner's new level and the objective's status.
struct ObjectiveReview {
    qint64 objectiveId = 0;
    std::optional<int> newLevel; ///< 0..5; none: not re-assessed
    ObjectiveStatus status = ObjectiveStatus::InProgress;
    ObjectiveStatus previousStatus = ObjectiveStatus::InProgress; ///< filled in when stored
};

/// A dated review of a binôme.
struct Debrief {
    qint64 id = 0;
    qint64 binomeId = 0;
    DebriefKind kind = DebriefKind::AdHoc;
    QDate date;
    QList<ObjectiveReview> reviews;
    std::optional<int> menteeSatisfaction; ///< 1..5
    std::optional<int> mentorSatisfaction; ///< 1..5
    QString comments;
};

/// One level a person had on a skill, with its date and source.
struct LevelRecord {
    qint64 id = 0;
    qint64 participantId = 0;
    qint64 skillId = 0;
    QString skillCode;
    int level = 0;
    QDate date;
    LevelSource source = LevelSource::Edit;
    qint64 debriefId = 0;
};

/// Reasons a binôme needs HR's attention; a bit set.
enum FollowUpFlag : int {
    FlagNone = 0,
    FlagAtRisk = 1,           ///< no held session for longer than the cadence
    FlagObjectiveOverdue = 2, ///< an open objective past its due date
    FlagDebriefDue = 4,       ///< a kickoff, mid-term or final debrief not held though due
    FlagLowRating = 8,        ///< the latest rated session rated 2 or less by someone
};

/// One line of a program's follow-up: a binôme and its figures, all from SQL aggregates.
struct FollowUpRow {
    Binome binome;
    QString juniorName;
    QString seniorName;
    QString juniorEmail;
    QString seniorEmail;
    int sessionsHeld = 0;
    int minutesHeld = 0;
    int sessionsPlanned = 0; ///< planned, today or later
    QDate lastHeld;
    QDate nextPlanned;
    int objectivesAchieved = 0;
    int objectivesTotal = 0; ///< dropped ones not counted
    int objectivesOverdue = 0;
    std::optional<double> averageGain; ///< levels, over re-assessed objectives
    std::optional<int> lastLowRating;  ///< the low rating that raised the flag
    QList<DebriefKind> debriefsHeld;
    QList<DebriefKind> debriefsDue;
    int daysSinceContact = 0; ///< since the last held session, or the start
    int flags = FlagNone;

    double hoursHeld() const { return minutesHeld / 60.0; }
};

/// Field rules of each value (not whether the ids exist).
QList<FieldError> validateObjective(const Objective& objective);
QList<FieldError> validateSession(const Session& session);
QList<FieldError> validateDebrief(const Debrief& debrief);
QList<FieldError> validateLearningResource(const LearningResource& resource);

} // namespace binome
