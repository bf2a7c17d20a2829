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

/// A column without a name: a problem of the header only if a row has a value there, which is
/// known once the rows are read. Its problem then goes where the header's problems are.
struct UnnamedColumn {
    qsizetype index = 0;      ///< 0-based
    qsizetype problemsAt = 0; ///< where its problem goes in the list
    bool hasValues = false;
};

QList<Column> readHeader(const CsvRecord& header, const SkillCodeMap& knownSkills,
                         Collector& collector, const ParticipantFileContents& out,
                         QList<UnnamedColumn>& unnamed) {
    QList<Column> columns;
    QHash<QString, qsizetype> seen; // canonical name -> column number (1-based)
    for (qsizetype k = 0; k < header.fields.size(); ++k) {
        Column column;
        const QString text = header.fields[k].trimmed();
        column.name = text;
        if (text.isEmpty()) {
            unnamed.append({k, out.problems.size(), false});
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

/// Reads the rows of a participant file, one record at a time, into `out`.
class CsvParticipantReader {
public:
    CsvParticipantReader(const QByteArray& bytes, const TextEncoding& encoding,
                         const QString& fileName, const SkillCodeMap& knownSkills,
                         const ImportLimits& limits, ProgressTicker& ticker,
                         ParticipantFileContents& out, Collector& collector)
        : m_reader(bytes, encoding)
        , m_fileName(fileName)
        , m_knownSkills(knownSkills)
        , m_limits(limits)
        , m_ticker(ticker)
        , m_out(out)
        , m_collector(collector) {}

    void read();

private:
    /// Every problem and participant gives way to `message`: the file is refused as a whole.
    void refuse(int line, const QString& field, const QString& message) {
        m_out.participants.clear();
        m_out.problems.clear();
        m_collector.add(line, field, message);
    }
    void takeSyntax() {
        for (const CsvSyntaxProblem& problem : m_reader.csv().takeProblems())
            m_syntax.emplace(problem.line, problem);
    }
    /// Syntax problems, in line order with the rest.
    void flushSyntax(int upToLine);
    /// True when the record holds the file's first NUL, which refuses it.
    bool refusedForNul() {
        if (const std::optional<CsvNul>& nul = m_reader.csv().firstNul()) {
            refuse(nul->line, csvColumnName(m_header, nul->fieldIndex),
                   nulByteMessage(nul->character));
            return true;
        }
        return false;
    }
    void readRow(const CsvRecord& record);
    /// Past the cap: the rest is only counted, for the message.
    void refuseTooManyRows(qint64 rowsSoFar);

    CsvFileReader m_reader;
    const QString& m_fileName;
    const SkillCodeMap& m_knownSkills;
    const ImportLimits& m_limits;
    ProgressTicker& m_ticker;
    ParticipantFileContents& m_out;
    Collector& m_collector;
    CsvRecord m_header;
    QList<Column> m_columns;
    QList<UnnamedColumn> m_unnamed;
    QSet<QString> m_missing;
    std::multimap<int, CsvSyntaxProblem> m_syntax;
    QHash<int, QSet<QString>> m_syntaxFields; ///< per line: the columns a syntax problem named
};

void CsvParticipantReader::flushSyntax(int upToLine) {
    while (!m_syntax.empty() && m_syntax.begin()->first <= upToLine) {
        const CsvSyntaxProblem& problem = m_syntax.begin()->second;
        const QString column =
            problem.fieldIndex < m_columns.size() ? m_columns[problem.fieldIndex].name : QString();
        m_collector.add(problem.line, column, problem.message);
        if (!column.isEmpty())
            m_syntaxFields[problem.line].insert(column);
        m_syntax.erase(m_syntax.begin());
    }
}

void CsvParticipantReader::read() {
    if (!m_reader.next(m_header)) {
        m_collector.add(0, {}, emptyFileMessage());
        return;
    }
    takeSyntax();
    if (refusedForNul())
        return;
    m_columns = readHeader(m_header, m_knownSkills, m_collector, m_out, m_unnamed);
    const int headerLine = m_header.line;
    for (const Field required : {Field::Role, Field::FirstName, Field::LastName, Field::Email}) {
        const bool present = std::any_of(m_columns.begin(), m_columns.end(), [&](const Column& c) {
            return c.kind == Column::Kind::Plain && c.field == required;
        });
        if (!present) {
            m_missing.insert(fieldName(required));
            m_collector.add(headerLine, fieldName(required),
                            QCoreApplication::translate("ParticipantFile",
                                                        "required column missing (header line)"));
        }
    }
    flushSyntax(headerLine);

    qint64 rows = 0;
    CsvRecord record;
    while (m_reader.next(record)) {
        takeSyntax();
        if (refusedForNul())
            return;
        if (++rows > m_limits.maxRows && m_limits.maxRows > 0) {
            refuseTooManyRows(rows);
            return;
        }
        for (UnnamedColumn& column : m_unnamed) {
            if (!column.hasValues && column.index < record.fields.size())
                column.hasValues = !QStringView(record.fields[column.index]).trimmed().isEmpty();
        }
        flushSyntax(record.line);
        readRow(record);
        if (!m_ticker.step(m_reader.bytesRead()))
            return;
    }
    takeSyntax();
    if (rows == 0)
        m_collector.add(headerLine, {},
                        QCoreApplication::translate("ParticipantFile",
                                                    "no participants: the file has only its "
                                                    "header row"));
    flushSyntax(std::numeric_limits<int>::max());
    // The unnamed columns that turned out to hold values, where the header's problems are.
    for (auto column = m_unnamed.crbegin(); column != m_unnamed.crend(); ++column) {
        if (column->hasValues)
            m_out.problems.insert(
                column->problemsAt,
                {m_fileName, headerLine, QString(),
                 QCoreApplication::translate("ParticipantFile", "column %1 has values but no name")
                     .arg(column->index + 1)});
    }
}

void CsvParticipantReader::readRow(const CsvRecord& record) {
    if (record.fields.size() > m_columns.size()) {
        const bool extraValues =
            std::any_of(record.fields.begin() + m_columns.size(), record.fields.end(),
                        [](const QString& f) { return !QStringView(f).trimmed().isEmpty(); });
        if (extraValues)
            m_collector.add(record.line, {},
                            QCoreApplication::translate(
                                "ParticipantFile",
                                "%1 fields where the header has %2 columns (a value holding "
                                "\"%3\" must be in double quotes)")
                                .arg(record.fields.size())
                                .arg(m_columns.size())
                                .arg(m_reader.csv().separator() == u'\t'
                                         ? u"tab"_s
                                         : QString(m_reader.csv().separator())));
    }
    Participant participant;
    QSet<QString> reported = m_missing + m_syntaxFields.take(record.line);
    bool roleKnown = false;
    std::map<QString, SkillAssessment> skills;
    for (qsizetype k = 0; k < m_columns.size(); ++k) {
        const Column& column = m_columns[k];
        if (column.kind == Column::Kind::Ignored)
            continue;
        const QString& cell = k < record.fields.size() ? record.fields[k] : QString();
        if (column.kind == Column::Kind::Skill && QStringView(cell).trimmed().isEmpty())
            continue; // most skill cells of a wide export: nothing to read
        // A cell our export neutralised against formulas ("'=x") reads back as it was.
        const QString value = restoreNeutralizedFormula(cell);
        QString error;
        if (column.kind == Column::Kind::Plain) {
            error = applyText(participant, column.field, value);
            if (column.field == Field::Role)
                roleKnown = error.isEmpty();
        } else if (!value.trimmed().isEmpty()) {
            SkillAssessment& assessment = skills[column.skillCode];
            assessment.skillCode = column.skillCode;
            error = applySkillText(assessment, column.part, value);
        }
        if (!error.isEmpty()) {
            // With the text as written: a preview shows it rather than a default value.
            m_collector.add(record.line, column.name, error, value.trimmed());
            reported.insert(column.name);
        }
    }
    for (auto& entry : skills)
        participant.skills.append(entry.second);
    m_collector.finish(std::move(participant), record.line, roleKnown, reported);
}

void CsvParticipantReader::refuseTooManyRows(qint64 rowsSoFar) {
    qint64 rows = rowsSoFar;
    CsvRecord record;
    while (m_reader.next(record)) {
        ++rows;
        if (!m_ticker.step(m_reader.bytesRead()))
            return;
    }
    refuse(0, {}, tooManyRowsMessage(rows, m_limits, ImportRowKind::Participants));
}

} // namespace

ParticipantFileContents readParticipantCsv(const QByteArray& bytes, const QString& fileName,
                                           const SkillCodeMap& knownSkills,
                                           const FileReadOptions& options) {
    ParticipantFileContents out;
    out.format = u"csv"_s;
    Collector collector(fileName, out);
    const ImportLimits limits = options.limits.value_or(participantFileLimits());
    if (const std::optional<QString> tooLarge =
            fileSizeProblem(bytes.size(), limits, ImportRowKind::Participants)) {
        collector.add(0, {}, *tooLarge);
        return out;
    }
    if (const std::optional<QString> what = describeNonTextContent(bytes)) {
        collector.add(0, {}, notAParticipantFileMessage(*what));
        return out;
    }
    const TextEncoding encoding = detectTextEncoding(bytes);
    if (encoding.problem) {
        collector.add(encoding.problem->line, {}, encoding.problem->message);
        return out;
    }
    out.encoding = encoding.encoding;
    ProgressTicker ticker(options.progress, bytes.size(), 1000);
    if (!ticker.report(0))
        return out;
    CsvParticipantReader(bytes, encoding, fileName, knownSkills, limits, ticker, out, collector)
        .read();
    if (!ticker.cancelled())
        ticker.finish();
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
