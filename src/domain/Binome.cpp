#include "binome/domain/Binome.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome {

QString binomeStatusToken(BinomeStatus status) {
    switch (status) {
    case BinomeStatus::Active:
        return u"active"_s;
    case BinomeStatus::Paused:
        return u"paused"_s;
    case BinomeStatus::Ended:
        return u"ended"_s;
    }
    return {};
}

std::optional<BinomeStatus> parseBinomeStatus(const QString& token) {
    for (BinomeStatus s : {BinomeStatus::Active, BinomeStatus::Paused, BinomeStatus::Ended})
        if (token.trimmed().compare(binomeStatusToken(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString binomeStatusDisplayName(BinomeStatus status) {
    switch (status) {
    case BinomeStatus::Active:
        return QCoreApplication::translate("Binome", "Active");
    case BinomeStatus::Paused:
        return QCoreApplication::translate("Binome", "Paused");
    case BinomeStatus::Ended:
        return QCoreApplication::translate("Binome", "Ended");
    }
    return {};
}

QString endReasonToken(EndReason reason) {
    switch (reason) {
    case EndReason::Completed:
        return u"completed"_s;
    case EndReason::Left:
        return u"left"_s;
    case EndReason::Mismatch:
        return u"mismatch"_s;
    case EndReason::Other:
        return u"other"_s;
    }
    return {};
}

std::optional<EndReason> parseEndReason(const QString& token) {
    for (EndReason r :
         {EndReason::Completed, EndReason::Left, EndReason::Mismatch, EndReason::Other})
        if (token.trimmed().compare(endReasonToken(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QString endReasonDisplayName(EndReason reason) {
    switch (reason) {
    case EndReason::Completed:
        return QCoreApplication::translate("Binome", "Completed");
    case EndReason::Left:
        return QCoreApplication::translate("Binome", "Left the company");
    case EndReason::Mismatch:
        return QCoreApplication::translate("Binome", "Mismatch");
    case EndReason::Other:
        return QCoreApplication::translate("Binome", "Other");
    }
    return {};
}

} // namespace binome
