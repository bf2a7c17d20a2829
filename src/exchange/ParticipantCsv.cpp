#include "binome/exchange/Csv.h"
#include "binome/exchange/ParticipantFile.h"
#include "binome/exchange/SpreadsheetCsv.h"

#include "ParticipantFields.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace binome {

using namespace participantfile;

namespace {

/// What one column of the header holds.
struct Column {
    enum class Kind { Plain, Skill, Ignored };
    Kind kind = Kind::Ignored;
    Field field = Field::Role;
    SkillPart part = SkillPart::Level;
    QString skillCode; ///< the catalog's spelling
    QString name;      ///< canonical field name, or the header text for an ignored column
};

bool columnHasValues(const QList<CsvRecord>& records, qsizetype index) {
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList& fields = records[r].fields;
        if (index < fields.size() && !fields[index].trimmed().isEmpty())
            return true;
    }
    return false;
}

QList<Column> readHeader(const QList<CsvRecord>& records, const SkillCodeMap& knownSkills,
                         Collector& collector) {
    const CsvRecord& header = records.first();
    QList<Column> columns;
    QHash<QString, qsizetype> seen; // canonical name -> column number (1-based)
    for (qsizetype k = 0; k < header.fields.size(); ++k) {
        Column column;
        const QString text = header.fields[k].trimmed();
        column.name = text;
        if (text.isEmpty()) {
            if (columnHasValues(records, k))
                collector.add(header.line, {},
                              QCoreApplication::translate("ParticipantFile",
                                                          "column %1 has values but no name")
                                  .arg(k + 1));
        } else if (const std::optional<Field> field = fieldForName(text)) {
            column.kind = Column::Kind::Plain;
            column.field = *field;
            column.name = fieldName(*field);
        } else if (const auto skill = skillColumnForName(text)) {
            const QString code = knownSkills.value(skill->second.toLower());
            if (code.isEmpty()) {
                collector.add(header.line, skillFieldName(skill->first, skill->second),
                              QCoreApplication::translate(
                                  "ParticipantFile",
                                  "\"%1\" is not a skill code of the catalog (column \"%2\")")
                                  .arg(skill->second, text));
            } else {
                column.kind = Column::Kind::Skill;
                column.part = skill->first;
                column.skillCode = code;
                column.name = skillFieldName(skill->first, code);
            }
        } else {
            collector.add(header.line, text,
                          QCoreApplication::translate(
                              "ParticipantFile",
                              "unknown column \"%1\": rename it as documented (for example "
                              "\"prénom\" or \"first_name\") or delete it")
                              .arg(text));
        }
        if (column.kind != Column::Kind::Ignored) {
            const QString key = column.name.toLower();
            if (const auto other = seen.constFind(key); other != seen.constEnd()) {
                collector.add(
                    header.line, column.name,
                    QCoreApplication::translate(
                        "ParticipantFile", "columns %1 and %2 both hold this field: keep only one")
                        .arg(*other)
                        .arg(k + 1));
                column.kind = Column::Kind::Ignored;
            } else {
                seen.insert(key, k + 1);
            }
        }
        columns.append(column);
    }
    return columns;
}

} // namespace

ParticipantFileContents readParticipantCsv(const QByteArray& bytes, const QString& fileName,
                                           const SkillCodeMap& knownSkills) {
    ParticipantFileContents out;
    out.format = u"csv"_s;
    Collector collector(fileName, out);
    if (const std::optional<QString> what = describeNonTextContent(bytes)) {
        collector.add(0, {}, notAParticipantFileMessage(*what));
        return out;
    }
    const DecodedText decoded = decodeText(bytes);
    const CsvDocument doc = parseCsv(decoded.text);
    if (doc.records.isEmpty()) {
        collector.add(0, {}, emptyFileMessage());
        return out;
    }

    const QList<Column> columns = readHeader(doc.records, knownSkills, collector);
    const int headerLine = doc.records.first().line;
    QSet<QString> missing;
    for (const Field required : {Field::Role, Field::FirstName, Field::LastName, Field::Email}) {
        const bool present = std::any_of(columns.begin(), columns.end(), [&](const Column& c) {
            return c.kind == Column::Kind::Plain && c.field == required;
        });
        if (!present) {
            missing.insert(fieldName(required));
            collector.add(headerLine, fieldName(required),
                          QCoreApplication::translate("ParticipantFile",
                                                      "required column missing (header line)"));
        }
    }

    // Syntax problems, in line order with the rest: collected per line first.
    std::multimap<int, CsvSyntaxProblem> syntax;
    for (const CsvSyntaxProblem& problem : doc.problems)
        syntax.emplace(problem.line, problem);
    QHash<int, QSet<QString>> syntaxFields; // per line: the columns a syntax problem named
    auto flushSyntax = [&](int upToLine) {
        while (!syntax.empty() && syntax.begin()->first <= upToLine) {
            const CsvSyntaxProblem& problem = syntax.begin()->second;
            const QString column =
                problem.fieldIndex < columns.size() ? columns[problem.fieldIndex].name : QString();
            collector.add(problem.line, column, problem.message);
            if (!column.isEmpty())
                syntaxFields[problem.line].insert(column);
            syntax.erase(syntax.begin());
        }
    };
    flushSyntax(headerLine);

    if (doc.records.size() == 1)
        collector.add(headerLine, {},
                      QCoreApplication::translate("ParticipantFile",
                                                  "no participants: the file has only its "
                                                  "header row"));

    for (qsizetype r = 1; r < doc.records.size(); ++r) {
        const CsvRecord& record = doc.records[r];
        flushSyntax(record.line);
        if (record.fields.size() > columns.size()) {
            const bool extraValues =
                std::any_of(record.fields.begin() + columns.size(), record.fields.end(),
                            [](const QString& f) { return !f.trimmed().isEmpty(); });
            if (extraValues)
                collector.add(record.line, {},
                              QCoreApplication::translate(
                                  "ParticipantFile",
                                  "%1 fields where the header has %2 columns (a value holding "
                                  "\"%3\" must be in double quotes)")
                                  .arg(record.fields.size())
                                  .arg(columns.size())
                                  .arg(doc.separator == u'\t' ? u"tab"_s : QString(doc.separator)));
        }
        Participant participant;
        QSet<QString> reported = missing + syntaxFields.value(record.line);
        bool roleKnown = false;
        std::map<QString, SkillAssessment> skills;
        for (qsizetype k = 0; k < columns.size(); ++k) {
            const Column& column = columns[k];
            // A cell our export neutralised against formulas ("'=x") reads back as it was.
            const QString value =
                k < record.fields.size() ? restoreNeutralizedFormula(record.fields[k]) : QString();
            QString error;
            if (column.kind == Column::Kind::Plain) {
                error = applyText(participant, column.field, value);
                if (column.field == Field::Role)
                    roleKnown = error.isEmpty();
            } else if (column.kind == Column::Kind::Skill && !value.trimmed().isEmpty()) {
                SkillAssessment& assessment = skills[column.skillCode];
                assessment.skillCode = column.skillCode;
                error = applySkillText(assessment, column.part, value);
            }
            if (!error.isEmpty()) {
                collector.add(record.line, column.name, error);
                reported.insert(column.name);
            }
        }
        for (auto& entry : skills)
            participant.skills.append(entry.second);
        collector.finish(std::move(participant), record.line, roleKnown, reported);
    }
    flushSyntax(std::numeric_limits<int>::max());
    return out;
}

QByteArray participantsToCsv(const QList<Participant>& participants,
                             const QStringList& skillCodes) {
    // The codes asked for, in that order, then any other code a participant has (sorted), so
    // that nothing is lost on the way out.
    QStringList codes;
    QSet<QString> seen;
    for (const QString& code : skillCodes) {
        if (!seen.contains(code.toLower())) {
            seen.insert(code.toLower());
            codes << code;
        }
    }
    QStringList extra;
    for (const Participant& p : participants) {
        for (const SkillAssessment& s : p.skills) {
            if (!seen.contains(s.skillCode.toLower())) {
                seen.insert(s.skillCode.toLower());
                extra << s.skillCode;
            }
        }
    }
    std::sort(extra.begin(), extra.end());
    codes << extra;

    SpreadsheetTable table;
    for (int f = 0; f < FieldCount; ++f)
        table.header << fieldName(static_cast<Field>(f));
    for (const QString& code : std::as_const(codes)) {
        table.header << skillFieldName(SkillPart::Level, code)
                     << skillFieldName(SkillPart::Target, code)
                     << skillFieldName(SkillPart::Priority, code);
    }
    auto number = [](const std::optional<int>& value) {
        return value ? QString::number(*value) : QString();
    };
    table.rows.reserve(participants.size());
    for (const Participant& p : participants) {
        QStringList fields;
        fields << roleToken(p.role) << p.firstName << p.lastName << p.email << p.department
               << p.site << p.jobTitle << number(p.birthYear) << p.languages.join(u'|')
               << QString::number(p.capacity) << p.managerEmail << meetingModeToken(p.mode)
               << p.availability.toTokens() << (p.archived ? u"yes"_s : QString());
        for (const QString& code : std::as_const(codes)) {
            const SkillAssessment* s = p.skill(code);
            fields << (s ? number(s->level) : QString()) << (s ? number(s->target) : QString())
                   << (s ? number(s->priority) : QString());
        }
        table.rows << fields;
    }
    // UTF-8 with BOM, ';', CRLF, and every cell neutralised against formulas.
    return spreadsheetCsvBytes(table);
}

} // namespace binome
