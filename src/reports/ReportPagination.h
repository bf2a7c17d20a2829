#pragma once

// How a report's QTextDocument breaks into pages (private to src/reports): table rows kept
// whole on one page, headings kept with what follows them.
#include <QList>

class QTextDocument;

namespace binome::reportpagination {

/// Once the document is laid out on pages of its page size, moves to the next page what
/// would break badly: a heading (a block with reportblocks::HeadingLevelProperty) left alone
/// at the bottom of a page, a table row split across two pages (unless taller than a page).
/// `headings` are the block numbers of the headings, in order.
void paginate(QTextDocument& document, const QList<int>& headings);

} // namespace binome::reportpagination
