#include "binome/exchange/ParticipantFile.h"
#include "binome/exchange/SpreadsheetCsv.h"

#include "binome/domain/Validation.h"
#include "binome/exchange/Csv.h"

#include "ParticipantFields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace binome {

QString ImportProblem::toString() const {
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    text += u": "_s;
    if (!field.isEmpty())
        text += fieldLabel(field) + u": "_s; // the words of the forms, not the internal name
    return text + message;
}

SkillCodeMap makeSkillCodeMap(const QList<Skill>& skills) {
    SkillCodeMap map;
    for (const Skill& skill : skills)
        map.insert(skill.code.toLower(), skill.code);
    return map;
}

namespace {

/// JSON when the first thing in the file opens an object or an array.
bool looksLikeJson(const QByteArray& bytes) {
    const DecodedText decoded = decodeText(bytes.left(4096));
    for (const QChar c : decoded.text) {
        if (c.isSpace())
            continue;
        return c == u'{' || c == u'[';
    }
    return false;
}

/// Whether the first line holds a CSV separator (';', tab or ',').
bool firstLineHasSeparator(const QByteArray& bytes) {
    const QByteArray head = bytes.left(4096).trimmed();
    const qsizetype end = head.indexOf('\n');
    const QByteArray line = end < 0 ? head : head.left(end);
    return line.contains(';') || line.contains('\t') || line.contains(',');
}

} // namespace

ParticipantFileContents readParticipantFile(const QString& path, const SkillCodeMap& knownSkills,
                                            const FileReadOptions& options) {
    // Too large: refused before a byte is read.
    const ImportLimits limits = options.limits.value_or(participantFileLimits());
    if (const std::optional<QString> tooLarge =
            fileSizeProblem(path, limits, ImportRowKind::Participants)) {
        ParticipantFileContents out;
        out.problems.append({path, 0, {}, *tooLarge});
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParticipantFileContents out;
        out.problems.append({path,
                             0,
                             {},
                             QCoreApplication::translate("ParticipantFile", "cannot be read: %1")
                                 .arg(file.errorString())});
        return out;
    }
    // A device or a pipe has no size: never more than the cap from it.
    const QByteArray bytes = file.isSequential() ? file.read(limits.maxBytes + 1) : file.readAll();
    if (const std::optional<QString> tooLarge =
            fileSizeProblem(bytes.size(), limits, ImportRowKind::Participants)) {
        ParticipantFileContents out;
        out.problems.append({path, 0, {}, *tooLarge});
        return out;
    }
    if (const std::optional<QString> what = describeNonTextContent(bytes)) {
        ParticipantFileContents out;
        out.problems.append({path, 0, {}, participantfile::notAParticipantFileMessage(*what)});
        return out;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool json =
        looksLikeJson(bytes) || (QByteArrayView(bytes).trimmed().isEmpty() && suffix == u"json");
    if (json || (suffix == u"json" && !firstLineHasSeparator(bytes)))
        return readParticipantJson(bytes, path, knownSkills, options);
    return readParticipantCsv(bytes, path, knownSkills, options);
}

Status writeParticipantFile(const QString& path, const QList<Participant>& participants,
                            const QStringList& skillCodes) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"csv")
        bytes = participantsToCsv(participants, skillCodes);
    else if (suffix == u"json")
        bytes = participantsToJson(participants);
    else
        return Error{QCoreApplication::translate("ParticipantFile",
                                                 "%1: unknown file type: name it .csv or .json")
                         .arg(QDir::toNativeSeparators(path))};
    return writePrivateFile(path, bytes);
}

} // namespace binome
