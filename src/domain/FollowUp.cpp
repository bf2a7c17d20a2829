#include "binome/domain/FollowUp.h"

#include "binome/domain/TextKey.h"

#include <QCoreApplication>
#include <QUrl>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

/// Finds `token` among the tokens of every value of `values`, any case.
template <class E, std::size_t N>
std::optional<E> parseToken(const QString& token, const std::array<E, N>& values,
                            QString (*tokenOf)(E)) {
    const QString wanted = token.trimmed();
    for (E value : values)
        if (wanted.compare(tokenOf(value), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

void checkRating(QList<FieldError>& errors, const QString& field, const std::optional<int>& v) {
    if (v && (*v < MinRating || *v > MaxRating))
        errors.append(
            {field, QCoreApplication::translate("FollowUp", "%1 is not a rating from %2 to %3")
                        .arg(*v)
                        .arg(MinRating)
                        .arg(MaxRating)});
}

} // namespace

QString learnerToken(Learner learner) {
    return learner == Learner::Senior ? u"senior"_s : u"junior"_s;
}

std::optional<Learner> parseLearner(const QString& token) {
    return parseToken(token, std::array{Learner::Senior, Learner::Junior}, learnerToken);
}

QString learnerDisplayName(Learner learner) {
    return learner == Learner::Senior ? QCoreApplication::translate("FollowUp", "Senior (mentee)")
                                      : QCoreApplication::translate("FollowUp", "Junior (mentor)");
}

QString objectiveStatusToken(ObjectiveStatus status) {
    switch (status) {
    case ObjectiveStatus::NotStarted:
        return u"not-started"_s;
    case ObjectiveStatus::InProgress:
        return u"in-progress"_s;
    case ObjectiveStatus::Achieved:
        return u"achieved"_s;
    case ObjectiveStatus::Dropped:
        return u"dropped"_s;
    }
    return {};
}

std::optional<ObjectiveStatus> parseObjectiveStatus(const QString& token) {
    return parseToken(token,
                      std::array{ObjectiveStatus::NotStarted, ObjectiveStatus::InProgress,
                                 ObjectiveStatus::Achieved, ObjectiveStatus::Dropped},
                      objectiveStatusToken);
}

QString objectiveStatusDisplayName(ObjectiveStatus status) {
    switch (status) {
    case ObjectiveStatus::NotStarted:
        return QCoreApplication::translate("FollowUp", "Not started");
    case ObjectiveStatus::InProgress:
        return QCoreApplication::translate("FollowUp", "In progress");
    case ObjectiveStatus::Achieved:
        return QCoreApplication::translate("FollowUp", "Achieved");
    case ObjectiveStatus::Dropped:
        return QCoreApplication::translate("FollowUp", "Dropped");
    }
    return {};
}

bool isClosed(ObjectiveStatus status) {
    return status == ObjectiveStatus::Achieved || status == ObjectiveStatus::Dropped;
}

QString sessionModeToken(SessionMode mode) {
    switch (mode) {
    case SessionMode::InPerson:
        return u"in-person"_s;
    case SessionMode::Video:
        return u"video"_s;
    case SessionMode::Phone:
        return u"phone"_s;
    }
    return {};
}

std::optional<SessionMode> parseSessionMode(const QString& text) {
    // Compared without case, accents, spaces or hyphens.
    QString key = textKey(text);
    key.remove(u' ');
    key.remove(u'-');
    key.remove(u'_');
    static const std::array<std::pair<const char16_t*, SessionMode>, 16> words{{
        {u"inperson", SessionMode::InPerson},
        {u"presentiel", SessionMode::InPerson},
        {u"surplace", SessionMode::InPerson},
        {u"face2face", SessionMode::InPerson},
        {u"facetoface", SessionMode::InPerson},
        {u"video", SessionMode::Video},
        {u"visio", SessionMode::Video},
        {u"visioconference", SessionMode::Video},
        {u"videocall", SessionMode::Video},
        {u"videoconference", SessionMode::Video},
        {u"teams", SessionMode::Video},
        {u"remote", SessionMode::Video},
        {u"distanciel", SessionMode::Video},
        {u"phone", SessionMode::Phone},
        {u"telephone", SessionMode::Phone},
        {u"tel", SessionMode::Phone},
    }};
    for (const auto& [word, mode] : words)
        if (key == QStringView(word))
            return mode;
    return std::nullopt;
}

QString sessionModeDisplayName(SessionMode mode) {
    switch (mode) {
    case SessionMode::InPerson:
        return QCoreApplication::translate("FollowUp", "In person");
    case SessionMode::Video:
        return QCoreApplication::translate("FollowUp", "Video");
    case SessionMode::Phone:
        return QCoreApplication::translate("FollowUp", "Phone");
    }
    return {};
}

QString debriefKindToken(DebriefKind kind) {
    switch (kind) {
    case DebriefKind::Kickoff:
        return u"kickoff"_s;
    case DebriefKind::MidTerm:
        return u"mid-term"_s;
    case DebriefKind::Final:
        return u"final"_s;
    case DebriefKind::AdHoc:
        return u"ad-hoc"_s;
    }
    return {};
}

std::optional<DebriefKind> parseDebriefKind(const QString& token) {
    return parseToken(token,
                      std::array{DebriefKind::Kickoff, DebriefKind::MidTerm, DebriefKind::Final,
                                 DebriefKind::AdHoc},
                      debriefKindToken);
}

QString debriefKindDisplayName(DebriefKind kind) {
    switch (kind) {
    case DebriefKind::Kickoff:
        return QCoreApplication::translate("FollowUp", "Kickoff");
    case DebriefKind::MidTerm:
        return QCoreApplication::translate("FollowUp", "Mid-term");
    case DebriefKind::Final:
        return QCoreApplication::translate("FollowUp", "Final");
    case DebriefKind::AdHoc:
        return QCoreApplication::translate("FollowUp", "Ad hoc");
    }
    return {};
}

QString levelSourceToken(LevelSource source) {
    switch (source) {
    case LevelSource::Import:
        return u"import"_s;
    case LevelSource::Edit:
        return u"edit"_s;
    case LevelSource::Debrief:
        return u"debrief"_s;
    }
    return {};
}

std::optional<LevelSource> parseLevelSource(const QString& token) {
    return parseToken(token,
                      std::array{LevelSource::Import, LevelSource::Edit, LevelSource::Debrief},
                      levelSourceToken);
}

QString levelSourceDisplayName(LevelSource source) {
    switch (source) {
    case LevelSource::Import:
        return QCoreApplication::translate("FollowUp", "Import");
    case LevelSource::Edit:
        return QCoreApplication::translate("FollowUp", "Edit");
    case LevelSource::Debrief:
        return QCoreApplication::translate("FollowUp", "Debrief");
    }
    return {};
}

QList<FieldError> validateObjective(const Objective& o) {
    QList<FieldError> errors;
    if (o.skillId <= 0)
        errors.append({u"skill"_s, QCoreApplication::translate("FollowUp", "is required")});
    if (o.startLevel < MinLevel || o.startLevel > MaxLevel)
        errors.append({u"start_level"_s,
                       QCoreApplication::translate("FollowUp", "%1 is not a level from 0 to 5")
                           .arg(o.startLevel)});
    if (o.targetLevel < MinLevel || o.targetLevel > MaxLevel)
        errors.append({u"target_level"_s,
                       QCoreApplication::translate("FollowUp", "%1 is not a level from 0 to 5")
                           .arg(o.targetLevel)});
    else if (o.targetLevel <= o.startLevel && o.startLevel >= MinLevel)
        errors.append({u"target_level"_s, QCoreApplication::translate(
                                              "FollowUp", "must be above the starting level (%1)")
                                              .arg(o.startLevel)});
    checkControlCharacters(errors, u"description"_s, o.description, true);
    if (o.description.size() > 2000)
        errors.append({u"description"_s,
                       QCoreApplication::translate("FollowUp", "is longer than 2,000 characters")});
    return errors;
}

QList<FieldError> validateSession(const Session& s) {
    QList<FieldError> errors;
    if (!s.date.isValid())
        errors.append({u"date"_s, QCoreApplication::translate("FollowUp", "is required")});
    if (s.minutes < MinSessionMinutes || s.minutes > MaxSessionMinutes)
        errors.append({u"minutes"_s, QCoreApplication::translate(
                                         "FollowUp", "%1 is not a duration from %2 to %3 minutes")
                                         .arg(s.minutes)
                                         .arg(MinSessionMinutes)
                                         .arg(MaxSessionMinutes)});
    checkRating(errors, u"mentee_rating"_s, s.menteeRating);
    checkRating(errors, u"mentor_rating"_s, s.mentorRating);
    if (s.planned && (s.menteeRating || s.mentorRating))
        errors.append({u"rating"_s, QCoreApplication::translate(
                                        "FollowUp", "a planned session cannot be rated yet")});
    checkControlCharacters(errors, u"notes"_s, s.notes, true);
    checkControlCharacters(errors, u"next_steps"_s, s.nextSteps, true);
    if (s.notes.size() > 20000)
        errors.append({u"notes"_s, QCoreApplication::translate(
                                       "FollowUp", "is longer than 20,000 characters")});
    return errors;
}

QList<FieldError> validateDebrief(const Debrief& d) {
    QList<FieldError> errors;
    if (!d.date.isValid())
        errors.append({u"date"_s, QCoreApplication::translate("FollowUp", "is required")});
    checkRating(errors, u"mentee_satisfaction"_s, d.menteeSatisfaction);
    checkRating(errors, u"mentor_satisfaction"_s, d.mentorSatisfaction);
    checkControlCharacters(errors, u"comments"_s, d.comments, true);
    for (const ObjectiveReview& r : d.reviews)
        if (r.newLevel && (*r.newLevel < MinLevel || *r.newLevel > MaxLevel))
            errors.append({u"level"_s,
                           QCoreApplication::translate("FollowUp", "%1 is not a level from 0 to 5")
                               .arg(*r.newLevel)});
    return errors;
}

QList<FieldError> validateLearningResource(const LearningResource& r) {
    QList<FieldError> errors;
    if (r.title.trimmed().isEmpty())
        errors.append({u"title"_s, QCoreApplication::translate("FollowUp", "is required")});
    else
        checkControlCharacters(errors, u"title"_s, r.title);
    if (!r.url.trimmed().isEmpty()) {
        const QUrl url(r.url.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty())
            errors.append(
                {u"url"_s, QCoreApplication::translate(
                               "FollowUp", "\"%1\" is not a web link (http:// or https://)")
                               .arg(r.url)});
    }
    return errors;
}

} // namespace binome
