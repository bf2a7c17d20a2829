#include "binome/services/ProgramService.h"

#include "binome/storage/ProgramRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome {

Result<QList<Program>> ProgramService::list() const { return ProgramRepository(m_database).all(); }

QList<FieldError> ProgramService::check(const Program& program) const {
    QList<FieldError> errors = validateProgram(program);
    if (!program.name.trimmed().isEmpty()) {
        const auto existing = ProgramRepository(m_database).findByName(program.name);
        if (!existing)
            errors.append({QString(), existing.error()});
        else if (existing->has_value() && existing->value().id != program.id)
            errors.append({u"name"_s, QCoreApplication::translate(
                                          "ProgramService", "a program named \"%1\" already exists")
                                          .arg(program.name.trimmed())});
    }
    return errors;
}

Result<qint64> ProgramService::save(const Program& program) const {
    if (const QList<FieldError> errors = check(program); !errors.isEmpty())
        return Error{joinErrors(errors)};
    ProgramRepository repository(m_database);
    if (program.id == 0)
        return repository.insert(program);
    if (Status status = repository.update(program); !status)
        return Error{status.error()};
    return program.id;
}

Status ProgramService::remove(qint64 id) const { return ProgramRepository(m_database).remove(id); }

} // namespace binome
