#pragma once

#include "binome/storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace binome::test {

inline QByteArray sha1Of(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
}

/// A real SQLite file in a fresh temporary directory.
class TempDatabase : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        m_db = std::move(opened).value();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("binome.sqlite")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    Database& db() { return *m_db; }

    /// Writes a file in the temporary directory and returns its path.
    QString writeFile(const QString& name, const QByteArray& bytes) const {
        QFile f(file(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace binome::test
