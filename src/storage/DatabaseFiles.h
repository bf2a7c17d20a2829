#pragma once

// The file-safety pieces Database.cpp and DatabaseBackup.cpp share (private to src/storage).
#include <QFileDevice>
#include <QString>

namespace binome::databasefiles {

/// Readable and writable by the owner only: every file holding personal data.
inline constexpr QFileDevice::Permissions privateFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// Empty when only the owner can read and write the file at `path`; otherwise says who else can.
QString permissionWarningFor(const QString& path);

} // namespace binome::databasefiles
