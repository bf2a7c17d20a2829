#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace binome {

/// Where a binôme is in its life. An ended binôme is kept, never deleted.
enum class BinomeStatus { Active, Paused, Ended };

/// Why a binôme ended.
enum class EndReason { Completed, Left, Mismatch, Other };

QString binomeStatusToken(BinomeStatus status); ///< "active", "paused", "ended"
std::optional<BinomeStatus> parseBinomeStatus(const QString& token);
QString binomeStatusDisplayName(BinomeStatus status); ///< translated

QString endReasonToken(EndReason reason); ///< "completed", "left", "mismatch", "other"
std::optional<EndReason> parseEndReason(const QString& token);
QString endReasonDisplayName(EndReason reason); ///< translated

/// One junior and one senior in a program.
struct Binome {
    qint64 id = 0;
    qint64 programId = 0;
    qint64 juniorId = 0;
    qint64 seniorId = 0;
    double score = 0;
    QString explanation;     ///< text kept from before schema 3 (empty for newer binômes)
    QString explanationData; ///< the "why" as JSON data, rendered in the reader's language
    qint64 runId = 0;
    QDateTime createdAt;
    BinomeStatus status = BinomeStatus::Active;
    QDate startDate;
    QDate endDate;                      ///< set when ended
    std::optional<EndReason> endReason; ///< set when ended
    QString endNote;                    ///< free text, mostly for "other"
    qint64 rowVersion = 0;              ///< as read (schema 5); 0: not read, not checked on update

    bool isOpen() const { return status != BinomeStatus::Ended; }
};

} // namespace binome
