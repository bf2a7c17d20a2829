#include "binome/exchange/SessionSheet.h"

#include "binome/domain/TextKey.h"
#include "binome/domain/Validation.h"
#include "binome/exchange/Csv.h"
#include "binome/exchange/ImportLimits.h"

#include "ParticipantFields.h"
#include "SessionSheetValues.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

/// textKey, with '_', '-', '.', '(' and ')' as spaces: "Courriel_Junior" and "durée (min)"
/// become "courriel junior" and "duree min".
QString nameKey(const QString& name) {
    QString key = textKey(name);
    for (QChar& c : key) {
        if (c == u'_' || c == u'-' || c == u'.' || c == u'(' || c == u')')
            c = u' ';
    }
    return key.simplified();
}

struct Alias {
    SessionSheetField field;
    const char16_t* key; ///< already a nameKey
};

constexpr Alias Aliases[] = {
    {SessionSheetField::JuniorEmail, u"junior email"},
    {SessionSheetField::JuniorEmail, u"junior e mail"},
    {SessionSheetField::JuniorEmail, u"junior mail"},
    {SessionSheetField::JuniorEmail, u"email junior"},
    {SessionSheetField::JuniorEmail, u"e mail junior"},
    {SessionSheetField::JuniorEmail, u"mail junior"},
    {SessionSheetField::JuniorEmail, u"courriel junior"},
    {SessionSheetField::JuniorEmail, u"courriel du junior"},
    {SessionSheetField::JuniorEmail, u"mentor email"},
    {SessionSheetField::JuniorEmail, u"email mentor"},
    {SessionSheetField::JuniorEmail, u"courriel mentor"},
    {SessionSheetField::JuniorEmail, u"courriel du mentor"},
    {SessionSheetField::JuniorEmail, u"junior"},
    {SessionSheetField::JuniorEmail, u"mentor"},
    {SessionSheetField::SeniorEmail, u"senior email"},
    {SessionSheetField::SeniorEmail, u"senior e mail"},
    {SessionSheetField::SeniorEmail, u"senior mail"},
    {SessionSheetField::SeniorEmail, u"email senior"},
    {SessionSheetField::SeniorEmail, u"e mail senior"},
    {SessionSheetField::SeniorEmail, u"mail senior"},
    {SessionSheetField::SeniorEmail, u"courriel senior"},
    {SessionSheetField::SeniorEmail, u"courriel du senior"},
    {SessionSheetField::SeniorEmail, u"mentee email"},
    {SessionSheetField::SeniorEmail, u"email mentee"},
    {SessionSheetField::SeniorEmail, u"courriel mentore"},
    {SessionSheetField::SeniorEmail, u"courriel du mentore"},
    {SessionSheetField::SeniorEmail, u"senior"},
    {SessionSheetField::SeniorEmail, u"mentee"},
    {SessionSheetField::SeniorEmail, u"mentore"},
    {SessionSheetField::Date, u"date"},
    {SessionSheetField::Date, u"session date"},
    {SessionSheetField::Date, u"date de la seance"},
    {SessionSheetField::Date, u"date seance"},
    {SessionSheetField::Date, u"jour"},
    {SessionSheetField::Date, u"day"},
    {SessionSheetField::Minutes, u"minutes"},
    {SessionSheetField::Minutes, u"duration"},
    {SessionSheetField::Minutes, u"duration min"},
    {SessionSheetField::Minutes, u"duration minutes"},
    {SessionSheetField::Minutes, u"duree"},
    {SessionSheetField::Minutes, u"duree min"},
    {SessionSheetField::Minutes, u"duree minutes"},
    {SessionSheetField::Mode, u"mode"},
    {SessionSheetField::Mode, u"session mode"},
    {SessionSheetField::Mode, u"meeting mode"},
    {SessionSheetField::Mode, u"modalite"},
    {SessionSheetField::Mode, u"format"},
    {SessionSheetField::Status, u"status"},
    {SessionSheetField::Status, u"state"},
    {SessionSheetField::Status, u"statut"},
    {SessionSheetField::Status, u"etat"},
    {SessionSheetField::Skills, u"skills"},
    {SessionSheetField::Skills, u"skill"},
    {SessionSheetField::Skills, u"skills worked on"},
    {SessionSheetField::Skills, u"competences"},
    {SessionSheetField::Skills, u"competence"},
    {SessionSheetField::Skills, u"competences travaillees"},
    {SessionSheetField::Skills, u"competences abordees"},
    {SessionSheetField::Notes, u"notes"},
    {SessionSheetField::Notes, u"note"},
    {SessionSheetField::Notes, u"comments"},
    {SessionSheetField::Notes, u"commentaires"},
    {SessionSheetField::Notes, u"compte rendu"},
    {SessionSheetField::NextSteps, u"next steps"},
    {SessionSheetField::NextSteps, u"next step"},
    {SessionSheetField::NextSteps, u"prochaines etapes"},
    {SessionSheetField::NextSteps, u"prochaine etape"},
    {SessionSheetField::MenteeRating, u"mentee rating"},
    {SessionSheetField::MenteeRating, u"senior rating"},
    {SessionSheetField::MenteeRating, u"note du senior"},
    {SessionSheetField::MenteeRating, u"note senior"},
    {SessionSheetField::MenteeRating, u"note du mentore"},
    {SessionSheetField::MenteeRating, u"note mentore"},
    {SessionSheetField::MentorRating, u"mentor rating"},
    {SessionSheetField::MentorRating, u"junior rating"},
    {SessionSheetField::MentorRating, u"note du junior"},
    {SessionSheetField::MentorRating, u"note junior"},
    {SessionSheetField::MentorRating, u"note du mentor"},
    {SessionSheetField::MentorRating, u"note mentor"},
};

/// The columns of the header, by position; problems with the header itself are reported.
struct Header {
    QList<std::optional<SessionSheetField>> columns; ///< by position; none: not read
    QStringList names;                               ///< canonical, or the text as written
    std::array<bool, SessionSheetFieldCount> present{};
};

/// A column without a name: a problem of the header only if a row has a value there, which is
/// known once the rows are read. Its problem then goes where the header's problems are.
struct UnnamedColumn {
    qsizetype index = 0;      ///< 0-based
    qsizetype problemsAt = 0; ///< where its problem goes in the list
    bool hasValues = false;
};

class Reader {
public:
    Reader(const QString& fileName, const QList<Skill>& catalog, SessionSheetContents& out)
        : m_fileName(fileName)
        , m_out(out)
        , m_codes(makeSkillCodeMap(catalog)) {
        for (const Skill& skill : catalog)
            m_ids.insert(skill.code, skill.id);
    }

    void add(int line, const QString& field, const QString& message) {
        m_out.problems.append({m_fileName, line, field, message});
    }

    /// Every problem and row gives way to `message`: the sheet is refused as a whole.
    void refuse(int line, const QString& field, const QString& message) {
        m_out.rows.clear();
        m_out.problems.clear();
        add(line, field, message);
    }

    /// The problems of the unnamed columns that turned out to hold values, where the header's
    /// problems are.
    void addUnnamedColumns(const QList<UnnamedColumn>& unnamed, int headerLine) {
        for (auto column = unnamed.crbegin(); column != unnamed.crend(); ++column) {
            if (column->hasValues)
                m_out.problems.insert(
                    column->problemsAt,
                    {m_fileName, headerLine, QString(),
                     QCoreApplication::translate("SessionSheet", "column %1 has values but no name")
                         .arg(column->index + 1)});
        }
    }

    Header readHeader(const CsvRecord& first, QList<UnnamedColumn>& unnamed) {
        Header header;
        QHash<SessionSheetField, qsizetype> seen; // field -> column number (1-based)
        for (qsizetype k = 0; k < first.fields.size(); ++k) {
            const QString text = first.fields[k].trimmed();
            std::optional<SessionSheetField> field = sessionSheetFieldForName(text);
            QString name = field ? sessionSheetFieldName(*field) : text;
            if (text.isEmpty()) {
                unnamed.append({k, m_out.problems.size(), false});
            } else if (!field) {
                add(first.line, text,
                    QCoreApplication::translate(
                        "SessionSheet",
                        "unknown column \"%1\": rename it as documented (for example \"courriel "
                        "junior\" or \"junior email\") or delete it")
                        .arg(text));
            } else if (const auto other = seen.constFind(*field); other != seen.constEnd()) {
                add(first.line, name,
                    QCoreApplication::translate(
                        "SessionSheet", "columns %1 and %2 both hold this field: keep only one")
                        .arg(*other)
                        .arg(k + 1));
                field.reset();
            } else {
                seen.insert(*field, k + 1);
                header.present[static_cast<std::size_t>(*field)] = true;
            }
            header.columns.append(field);
            header.names.append(name);
        }
        for (int f = 0; f < SessionSheetFieldCount; ++f) {
            const auto field = static_cast<SessionSheetField>(f);
            if (isRequiredSessionSheetField(field) && !header.present[static_cast<std::size_t>(f)])
                add(first.line, sessionSheetFieldName(field),
                    QCoreApplication::translate("SessionSheet",
                                                "required column missing (header line)"));
        }
        return header;
    }

    SessionSheetRow readRow(const Header& header, const CsvRecord& record, QChar separator) {
        SessionSheetRow row;
        row.line = record.line;
        row.session.binomeId = 0;
        const qsizetype columnCount = header.columns.size();
        if (record.fields.size() > columnCount) {
            const bool extraValues =
                std::any_of(record.fields.begin() + columnCount, record.fields.end(),
                            [](const QString& f) { return !f.trimmed().isEmpty(); });
            if (extraValues)
                add(record.line, {},
                    QCoreApplication::translate(
                        "SessionSheet",
                        "%1 fields where the header has %2 columns (a value holding \"%3\" must "
                        "be in double quotes)")
                        .arg(record.fields.size())
                        .arg(columnCount)
                        .arg(separator == u'\t' ? u"tab"_s : QString(separator)));
        }
        for (qsizetype k = 0; k < columnCount; ++k) {
            if (!header.columns[k])
                continue;
            const QString value = k < record.fields.size() ? record.fields[k] : QString();
            apply(row, *header.columns[k], value);
        }
        checkSession(row);
        if (!row.juniorEmail.isEmpty() && emailKey(row.juniorEmail) == emailKey(row.seniorEmail))
            add(row.line, sessionSheetFieldName(SessionSheetField::SeniorEmail),
                QCoreApplication::translate(
                    "SessionSheet",
                    "%1 is also the junior's e-mail: a binôme is two different people")
                    .arg(row.seniorEmail));
        return row;
    }

private:
    /// The domain's rules that span fields (a planned session is not rated yet, notes not too
    /// long); the fields read above are checked there already, with the text as written.
    void checkSession(const SessionSheetRow& row) {
        static const QSet<QString> readFields = {u"date"_s, u"minutes"_s, u"mentee_rating"_s,
                                                 u"mentor_rating"_s};
        for (const FieldError& error : validateSession(row.session)) {
            if (readFields.contains(error.field))
                continue;
            QString field = error.field;
            if (field == u"rating")
                field = sessionSheetFieldName(row.session.menteeRating
                                                  ? SessionSheetField::MenteeRating
                                                  : SessionSheetField::MentorRating);
            add(row.line, field, error.message);
        }
    }

    void apply(SessionSheetRow& row, SessionSheetField field, const QString& raw) {
        const QString value = raw.trimmed();
        const QString name = sessionSheetFieldName(field);
        auto problem = [&](const QString& message) { add(row.line, name, message); };
        auto report = [&](const QString& message) {
            if (!message.isEmpty())
                problem(message);
        };
        Session& session = row.session;
        switch (field) {
        case SessionSheetField::JuniorEmail:
        case SessionSheetField::SeniorEmail: {
            (field == SessionSheetField::JuniorEmail ? row.juniorEmail : row.seniorEmail) = value;
            if (value.isEmpty())
                problem(field == SessionSheetField::JuniorEmail
                            ? QCoreApplication::translate(
                                  "SessionSheet",
                                  "is required: the e-mail of the binôme's junior (the mentor)")
                            : QCoreApplication::translate(
                                  "SessionSheet",
                                  "is required: the e-mail of the binôme's senior (the mentee)"));
            else if (!isValidEmail(value))
                problem(QCoreApplication::translate("SessionSheet",
                                                    "\"%1\" is not a valid e-mail address")
                            .arg(value));
            return;
        }
        case SessionSheetField::Date:
            report(sessionsheet::readDateCell(value, session.date));
            return;
        case SessionSheetField::Minutes:
            report(sessionsheet::readMinutesCell(value, session.minutes));
            return;
        case SessionSheetField::Mode:
            report(sessionsheet::readModeCell(value, session.mode));
            return;
        case SessionSheetField::Status:
            report(sessionsheet::readStatusCell(value, session.planned));
            return;
        case SessionSheetField::Skills:
            for (const QString& token : participantfile::splitTokens(value)) {
                const QString code = m_codes.value(token.toLower());
                if (code.isEmpty()) {
                    problem(QCoreApplication::translate(
                                "SessionSheet",
                                "\"%1\" is not a skill code of the catalog (such as linkedin, "
                                "genai, DC4.2)")
                                .arg(token));
                } else if (!row.skillCodes.contains(code)) {
                    row.skillCodes << code;
                    session.skillIds << m_ids.value(code);
                }
            }
            return;
        case SessionSheetField::Notes:
        case SessionSheetField::NextSteps: {
            QString text = value;
            text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
            (field == SessionSheetField::Notes ? session.notes : session.nextSteps) = text;
            return;
        }
        case SessionSheetField::MenteeRating:
            report(sessionsheet::readRatingCell(value, session.menteeRating));
            return;
        case SessionSheetField::MentorRating:
            report(sessionsheet::readRatingCell(value, session.mentorRating));
            return;
        }
    }

    QString m_fileName;
    SessionSheetContents& m_out;
    SkillCodeMap m_codes;
    QHash<QString, qint64> m_ids;
};

} // namespace

QString sessionSheetFieldName(SessionSheetField field) {
    static const std::array<const char16_t*, SessionSheetFieldCount> names = {
        u"junior_email", u"senior_email",  u"date",         u"minutes",
        u"mode",         u"status",        u"skills",       u"notes",
        u"next_steps",   u"mentee_rating", u"mentor_rating"};
    return QString::fromUtf16(names[static_cast<std::size_t>(field)]);
}

std::optional<SessionSheetField> sessionSheetFieldForName(const QString& name) {
    const QString key = nameKey(name);
    if (key.isEmpty())
        return std::nullopt;
    for (int f = 0; f < SessionSheetFieldCount; ++f) {
        const auto field = static_cast<SessionSheetField>(f);
        if (key == nameKey(sessionSheetFieldName(field)))
            return field;
    }
    for (const Alias& alias : Aliases) {
        if (key == QStringView(alias.key))
            return alias.field;
    }
    return std::nullopt;
}

bool isRequiredSessionSheetField(SessionSheetField field) {
    switch (field) {
    case SessionSheetField::JuniorEmail:
    case SessionSheetField::SeniorEmail:
    case SessionSheetField::Date:
    case SessionSheetField::Minutes:
    case SessionSheetField::Mode:
    case SessionSheetField::Status:
        return true;
    default:
        return false;
    }
}

namespace {

QString notACsvFileMessage(const QString& whatItLooksLike) {
    return QCoreApplication::translate("SessionSheet",
                                       "this is not a CSV file: it looks like %1. Save the sheet "
                                       "as \"CSV UTF-8\" and import that file")
        .arg(whatItLooksLike);
}

/// The rows of a sheet, one record at a time, into `out`.
void readRecords(CsvFileReader& csv, Reader& reader, const ImportLimits& limits,
                 ProgressTicker& ticker, SessionSheetContents& out) {
    CsvRecord first;
    if (!csv.next(first)) {
        reader.add(0, {}, QCoreApplication::translate("SessionSheet", "the file is empty"));
        return;
    }
    Header header;
    // A NUL is never text: the sheet is refused, the NUL named where it is.
    const auto refusedForNul = [&] {
        const std::optional<CsvNul>& nul = csv.csv().firstNul();
        if (nul)
            reader.refuse(nul->line, csvColumnName(first, nul->fieldIndex),
                          nulByteMessage(nul->character));
        return nul.has_value();
    };
    const auto takeSyntax = [&] {
        for (const CsvSyntaxProblem& problem : csv.csv().takeProblems()) {
            const QString column = problem.fieldIndex < header.names.size()
                                       ? header.names[problem.fieldIndex]
                                       : QString();
            reader.add(problem.line, column, problem.message);
        }
    };
    if (refusedForNul())
        return;
    QList<UnnamedColumn> unnamed;
    header = reader.readHeader(first, unnamed);
    takeSyntax();
    qint64 rows = 0;
    CsvRecord record;
    while (csv.next(record)) {
        if (refusedForNul())
            return;
        if (++rows > limits.maxRows && limits.maxRows > 0) {
            // Past the cap: the rest is only counted, for the message.
            while (csv.next(record)) {
                ++rows;
                if (!ticker.step(csv.bytesRead()))
                    return;
            }
            reader.refuse(0, {}, tooManyRowsMessage(rows, limits, ImportRowKind::Sessions));
            return;
        }
        takeSyntax();
        for (UnnamedColumn& column : unnamed) {
            if (!column.hasValues && column.index < record.fields.size())
                column.hasValues = !QStringView(record.fields[column.index]).trimmed().isEmpty();
        }
        out.rows << reader.readRow(header, record, csv.csv().separator());
        if (!ticker.step(csv.bytesRead()))
            return;
    }
    takeSyntax();
    if (rows == 0)
        reader.add(first.line, {},
                   QCoreApplication::translate("SessionSheet",
                                               "no sessions: the file has only its header row"));
    reader.addUnnamedColumns(unnamed, first.line);
}

} // namespace

SessionSheetContents readSessionSheet(const QByteArray& bytes, const QString& fileName,
                                      const QList<Skill>& catalog, const FileReadOptions& options) {
    SessionSheetContents out;
    Reader reader(fileName, catalog, out);
    const ImportLimits limits = options.limits.value_or(sessionSheetLimits());
    if (const std::optional<QString> tooLarge =
            fileSizeProblem(bytes.size(), limits, ImportRowKind::Sessions)) {
        reader.add(0, {}, *tooLarge);
        return out;
    }
    if (const std::optional<QString> what = describeNonTextContent(bytes)) {
        reader.add(0, {}, notACsvFileMessage(*what));
        return out;
    }
    const TextEncoding encoding = detectTextEncoding(bytes);
    if (encoding.problem) {
        reader.add(encoding.problem->line, {}, encoding.problem->message);
        return out;
    }
    out.encoding = encoding.encoding;
    ProgressTicker ticker(options.progress, bytes.size(), 1000);
    if (!ticker.report(0))
        return out;
    CsvFileReader csv(bytes, encoding);
    readRecords(csv, reader, limits, ticker, out);
    if (ticker.cancelled())
        return out;
    // In the order of the file: header, then each line (a row's problems in column order).
    std::stable_sort(
        out.problems.begin(), out.problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    ticker.finish();
    return out;
}

SessionSheetContents readSessionSheetFile(const QString& path, const QList<Skill>& catalog,
                                          const FileReadOptions& options) {
    SessionSheetContents out;
    // Too large: refused before a byte is read.
    const ImportLimits limits = options.limits.value_or(sessionSheetLimits());
    if (const std::optional<QString> tooLarge =
            fileSizeProblem(path, limits, ImportRowKind::Sessions)) {
        out.problems.append({path, 0, {}, *tooLarge});
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems.append({path,
                             0,
                             {},
                             QCoreApplication::translate("SessionSheet", "cannot be read: %1")
                                 .arg(file.errorString())});
        return out;
    }
    // A device or a pipe has no size: never more than the cap from it.
    const QByteArray bytes = file.isSequential() ? file.read(limits.maxBytes + 1) : file.readAll();
    return readSessionSheet(bytes, path, catalog, options);
}

} // namespace binome
