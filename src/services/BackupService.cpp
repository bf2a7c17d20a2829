#include "binome/services/BackupService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

const QString timestampFormat = u"yyyyMMdd-HHmmss"_s;
const QString rollingCountKey = u"backup/rollingCount"_s;

constexpr QFile::Permissions privateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

/// The time written in a backup's name (local time), invalid when there is none.
QDateTime timeInName(const QString& stamp) {
    return QDateTime::fromString(stamp, timestampFormat);
}

/// The rolling copies of the database at `databasePath`, oldest first.
QList<BackupEntry> rollingCopies(const QString& databasePath) {
    const QDir folder(BackupService::rollingFolder(databasePath));
    const QRegularExpression name(u"^%1-(\\d{8}-\\d{6})\\.sqlite$"_s.arg(
        QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())));
    QList<BackupEntry> copies;
    const QFileInfoList files = folder.entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime time = timeInName(match.captured(1));
        if (time.isValid())
            copies << BackupEntry{file.absoluteFilePath(), time, BackupKind::Rolling};
    }
    std::sort(copies.begin(), copies.end(),
              [](const BackupEntry& a, const BackupEntry& b) { return a.madeAt < b.madeAt; });
    return copies;
}

/// The copies kept beside the database before upgrades and restores.
QList<BackupEntry> copiesBeside(const QString& databasePath) {
    const QFileInfo database(databasePath);
    const QString name = database.fileName();
    const QRegularExpression aside(u"^%1\\.before-restore-(\\d{8}-\\d{6})(-\\d+)?\\.sqlite$"_s.arg(
        QRegularExpression::escape(name)));
    const QRegularExpression upgrade(
        u"^%1\\.schema-\\d+\\.bak$"_s.arg(QRegularExpression::escape(name)));
    QList<BackupEntry> copies;
    const QFileInfoList files = database.absoluteDir().entryInfoList(
        {name + u".before-restore-*"_s, name + u".schema-*.bak"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        if (const QRegularExpressionMatch match = aside.match(file.fileName()); match.hasMatch())
            copies << BackupEntry{file.absoluteFilePath(), timeInName(match.captured(1)),
                                  BackupKind::PreRestore};
        else if (upgrade.match(file.fileName()).hasMatch())
            copies << BackupEntry{file.absoluteFilePath(), file.lastModified(),
                                  BackupKind::PreUpgrade};
    }
    return copies;
}

QString leftUnchanged(const QString& why) {
    return QCoreApplication::translate("BackupService",
                                       "%1 Nothing was restored; the database is unchanged.")
        .arg(why);
}

} // namespace

QString backupKindName(BackupKind kind) {
    switch (kind) {
    case BackupKind::Manual:
        return QCoreApplication::translate("BackupService", "by hand");
    case BackupKind::Rolling:
        return QCoreApplication::translate("BackupService", "daily");
    case BackupKind::PreUpgrade:
        return QCoreApplication::translate("BackupService", "before an upgrade");
    case BackupKind::PreRestore:
        return QCoreApplication::translate("BackupService", "before a restore");
    }
    return {};
}

int BackupService::rollingCountSetting() {
    bool ok = false;
    const int count = QSettings().value(rollingCountKey, DefaultRollingCount).toInt(&ok);
    return ok ? std::clamp(count, 0, MaximumRollingCount) : DefaultRollingCount;
}

void BackupService::setRollingCountSetting(int count) {
    QSettings().setValue(rollingCountKey, std::clamp(count, 0, MaximumRollingCount));
}

QString BackupService::rollingFolder(const QString& databasePath) {
    return QFileInfo(databasePath).absoluteFilePath() + u".backups"_s;
}

QString BackupService::asidePath(const QString& databasePath, const QDateTime& now) {
    const QString base = QFileInfo(databasePath).absoluteFilePath() + u".before-restore-"_s +
                         now.toLocalTime().toString(timestampFormat);
    QString path = base + u".sqlite"_s;
    // Two restores in the same second keep both copies.
    for (int n = 2; QFileInfo::exists(path) || QFileInfo(path).isSymLink(); ++n)
        path = base + u"-%1.sqlite"_s.arg(n);
    return path;
}

Result<QString> BackupService::rollOnOpen(const QDateTime& now, int keep) const {
    if (keep <= 0)
        return QString();
    const QString databasePath = m_database.path();
    const QString folder = rollingFolder(databasePath);
    if (!QFileInfo(folder).isDir() && !QDir().mkdir(folder, privateFolder))
        return Error{QCoreApplication::translate(
                         "BackupService", "No daily backup was made: cannot create the folder %1.")
                         .arg(folder)};
    // The copies hold personal data: the folder is the user's only, whoever made it.
    QFile::setPermissions(folder, privateFolder);

    const QDateTime local = now.toLocalTime();
    QList<BackupEntry> copies = rollingCopies(databasePath);
    const bool madeToday = std::any_of(copies.cbegin(), copies.cend(), [&](const BackupEntry& c) {
        return c.madeAt.date() == local.date();
    });
    QString written;
    if (!madeToday) {
        written = QDir(folder).filePath(u"%1-%2.sqlite"_s.arg(
            QFileInfo(databasePath).completeBaseName(), local.toString(timestampFormat)));
        if (Status status =
                m_database.backupTo(written, Database::Overwrite::No, BackupKind::Rolling, now);
            !status)
            return Error{
                QCoreApplication::translate("BackupService", "No daily backup was made: %1")
                    .arg(status.error())};
        copies << BackupEntry{written, local, BackupKind::Rolling};
    }
    // The oldest go first; a copy that cannot be removed is left (and tried again next time).
    for (qsizetype i = 0; i + keep < copies.size(); ++i)
        QFile::remove(copies.at(i).path);
    return written;
}

QList<BackupEntry> BackupService::backups() const {
    QList<BackupEntry> entries;
    QSet<QString> seen;
    const auto add = [&](const BackupEntry& entry) {
        const QString real = QFileInfo(entry.path).canonicalFilePath();
        if (real.isEmpty() || seen.contains(real) || !m_database.ownFileAt(real).isEmpty())
            return;
        seen.insert(real);
        entries << entry;
    };
    // Recorded first: the record says why a copy was made.
    if (const auto records = m_database.backupRecords(); records)
        for (const BackupRecord& record : *records)
            if (QFileInfo(record.path).isFile())
                add(BackupEntry{record.path, record.madeAt.toLocalTime(), record.kind});
    for (const BackupEntry& entry : rollingCopies(m_database.path()))
        add(entry);
    for (const BackupEntry& entry : copiesBeside(m_database.path()))
        add(entry);
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const BackupEntry& a, const BackupEntry& b) { return a.madeAt > b.madeAt; });
    return entries;
}

BackupsHolding BackupService::backupsHolding(const QString& email) const {
    BackupsHolding result;
    const QList<BackupEntry> all = backups();
    for (const BackupEntry& entry : all) {
        const auto holds = backupfile::holdsParticipant(entry.path, email);
        if (!holds)
            result.unchecked << UncheckedBackup{entry, holds.error()};
        else if (*holds)
            result.holding << entry;
    }
    return result;
}

Result<BackupContents> BackupService::check(const QString& file) {
    auto contents = backupfile::inspect(file);
    if (!contents)
        return Error{leftUnchanged(contents.error())};
    return contents;
}

Result<RestoreOutcome> BackupService::restore(const QString& file, const QDateTime& now) const {
    if (const QString own = m_database.ownFileAt(file); !own.isEmpty())
        return Error{leftUnchanged(
            QCoreApplication::translate("BackupService",
                                        "%1 is the database itself (%2), not a backup of it.")
                .arg(file, own))};
    auto contents = check(file);
    if (!contents)
        return Error{contents.error()};

    RestoreOutcome outcome;
    outcome.restored = *contents;
    outcome.keptAside = asidePath(m_database.path(), now);
    if (Status kept = m_database.backupTo(outcome.keptAside, Database::Overwrite::No,
                                          BackupKind::PreRestore, now);
        !kept)
        return Error{QCoreApplication::translate(
                         "BackupService", "The database could not be kept aside, so nothing was "
                                          "restored: %1")
                         .arg(kept.error())};
    // The record of backups (this one included) goes on in the restored database.
    const auto records = m_database.backupRecords();

    // The copy is written beside the database (same disk) so that it replaces it in one step.
    QString live = QFileInfo(m_database.path()).canonicalFilePath();
    if (live.isEmpty())
        live = m_database.path();
    const QString staging = live + u".restoring"_s;
    QFile::remove(staging); // what an interrupted restore left
    if (Status copied = backupfile::copy(file, staging); !copied)
        return Error{leftUnchanged(copied.error())};
    if (Status replaced = m_database.replaceWith(staging); !replaced) {
        QFile::remove(staging);
        return Error{replaced.error()};
    }
    if (records)
        for (const BackupRecord& record : *records)
            static_cast<void>(m_database.recordBackup(record));
    return outcome;
}

} // namespace binome
