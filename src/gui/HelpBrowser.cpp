#include "HelpBrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHash>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextImageFormat>
#include <QTextTable>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

/// The section each page's F1 opens, in each guide, in the navigation's order of the pages.
struct Topic {
    const char16_t* name;
    const char16_t* english;
    const char16_t* french;
};
constexpr Topic Topics[] = {
    {u"participants", u"import-the-participants", u"importer-les-participants"},
    {u"skills", u"skills-and-levels", u"compétences-et-niveaux"},
    {u"programs", u"create-a-program", u"créer-un-programme"},
    {u"pairing", u"pairing", u"constitution-des-binômes"},
    {u"follow-up", u"follow-up", u"suivi"},
    {u"dashboard", u"dashboard", u"tableau-de-bord"},
};

/// The space between a picture and the page's edges.
constexpr int ImageMargin = 24;

} // namespace

/// The page of the guide: gives each heading its anchor, scales the pictures to the width of
/// the page (never above their own size), and keeps the line at the top in place when the
/// width changes.
class GuideView final : public QTextBrowser {
public:
    explicit GuideView(QWidget* parent)
        : QTextBrowser(parent) {}

    /// A page of the guide without its HTML comments (the notes for its authors).
    QVariant loadResource(int type, const QUrl& name) override {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource && name.path().endsWith(u".md")) {
            QString text = resource.typeId() == QMetaType::QByteArray
                               ? QString::fromUtf8(resource.toByteArray())
                               : resource.toString();
            static const QRegularExpression comment(u"<!--.*?-->\\n?"_s,
                                                    QRegularExpression::DotMatchesEverythingOption);
            text.remove(comment);
            return text;
        }
        return resource;
    }

protected:
    void doSetSource(const QUrl& name, QTextDocument::ResourceType type) override {
        QTextBrowser::doSetSource(name, type);
        // A new page (not a move within the same one) gets its anchors and its pictures' widths.
        if (!prepared())
            prepare();
    }

    void keyPressEvent(QKeyEvent* event) override {
        // Alt+Left and Alt+Right belong to the dialog's own history (QTextBrowser has its own).
        if (event->modifiers().testFlag(Qt::AltModifier) &&
            (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
            event->ignore();
            return;
        }
        QTextBrowser::keyPressEvent(event);
    }

    void resizeEvent(QResizeEvent* event) override {
        // The line at the top stays there: lines wrap again and pictures change size above it.
        const QTextBlock top = cursorForPosition(QPoint(0, 0)).block();
        const bool atStart = verticalScrollBar()->value() == 0;
        QTextBrowser::resizeEvent(event);
        if (fitImages())
            relayOut();
        if (atStart || !top.isValid())
            return;
        const QRectF place = document()->documentLayout()->blockBoundingRect(top);
        verticalScrollBar()->setValue(qRound(place.top()));
    }

private:
    /// True when the headings already have their anchors.
    bool prepared() const {
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() > 0)
                return block.begin().fragment().charFormat().isAnchor();
        }
        return true;
    }

    void prepare() {
        document()->setUndoRedoEnabled(false);
        QTextCursor cursor(document());
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0)
                continue;
            cursor.setPosition(block.position());
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat anchor;
            anchor.setAnchor(true);
            anchor.setAnchorNames({HelpBrowser::anchorOf(block.text())});
            cursor.mergeCharFormat(anchor);
        }
        // Tables with single thin rules and some air in the cells.
        const QList<QTextFrame*> frames = document()->rootFrame()->childFrames();
        for (QTextFrame* frame : frames) {
            if (auto* table = qobject_cast<QTextTable*>(frame)) {
                QTextTableFormat format = table->format();
                format.setBorderCollapse(true);
                format.setBorder(1);
                format.setBorderBrush(palette().color(QPalette::Mid));
                format.setCellPadding(4);
                format.setCellSpacing(0);
                table->setFormat(format);
            }
        }
        fitImages();
        relayOut();
    }

    /// Lays the whole page out again: after the formats changed above, Qt's incremental layout
    /// leaves the rest of a long page with blocks of no height (anchors then point too high).
    void relayOut() { document()->markContentsDirty(0, document()->characterCount()); }

    /// The picture's own size, read once.
    QSize naturalSize(const QString& name) {
        if (const auto known = m_sizes.constFind(name); known != m_sizes.constEnd())
            return *known;
        const QUrl url = source().resolved(QUrl(name));
        const QSize size = QImageReader(u":"_s + url.path()).size();
        m_sizes.insert(name, size);
        return size;
    }

    /// Gives every picture the width of the page; true when one changed.
    bool fitImages() {
        const int available =
            viewport()->width() - 2 * int(document()->documentMargin()) - ImageMargin;
        if (available <= 0)
            return false;
        // Gathered first, changed after: a change of format splits and merges fragments.
        struct Change {
            int position;
            int length;
            QTextImageFormat format;
        };
        QList<Change> changes;
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                    continue;
                QTextImageFormat image = fragment.charFormat().toImageFormat();
                const QSize natural = naturalSize(image.name());
                if (natural.isEmpty())
                    continue;
                const int width = std::min(natural.width(), available);
                if (qRound(image.width()) == width)
                    continue;
                image.setWidth(width);
                image.setHeight(qreal(width) * natural.height() / natural.width());
                changes.append({fragment.position(), fragment.length(), image});
            }
        }
        QTextCursor cursor(document());
        for (const Change& change : std::as_const(changes)) {
            cursor.setPosition(change.position);
            cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
            cursor.setCharFormat(change.format);
        }
        const bool changed = !changes.isEmpty();
        return changed;
    }

    QHash<QString, QSize> m_sizes;
};

HelpBrowser::HelpBrowser(QWidget* parent)
    : QDialog(parent)
    , m_view(new GuideView(this))
    , m_contents(new QListWidget(this))
    , m_backButton(new QToolButton(this))
    , m_forwardButton(new QToolButton(this))
    , m_findBar(new QWidget(this))
    , m_findLabel(new QLabel(m_findBar))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_previousButton(new QToolButton(m_findBar))
    , m_nextButton(new QToolButton(m_findBar))
    , m_notFoundLabel(new QLabel(m_findBar)) {
    setObjectName(u"helpBrowser"_s);
    m_view->setObjectName(u"guideView"_s);
    m_contents->setObjectName(u"contentsList"_s);
    m_backButton->setObjectName(u"backButton"_s);
    m_forwardButton->setObjectName(u"forwardButton"_s);
    m_findEdit->setObjectName(u"findEdit"_s);

    m_view->setOpenLinks(false);
    m_view->setOpenExternalLinks(false);
    m_view->document()->setDocumentMargin(16);
    // Long headings wrap rather than hide behind a scroll bar.
    m_contents->setWordWrap(true);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    for (QToolButton* button : {m_backButton, m_forwardButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setEnabled(false);
    }
    m_backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forwardButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_backButton->setShortcut(QKeySequence::Back);
    m_forwardButton->setShortcut(QKeySequence::Forward);
    m_previousButton->setArrowType(Qt::UpArrow);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_findLabel->setBuddy(m_findEdit);
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_backButton);
    top->addWidget(m_forwardButton);
    top->addStretch();

    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findLabel);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_previousButton);
    findLayout->addWidget(m_nextButton);
    findLayout->addWidget(m_notFoundLabel, 1);
    m_findBar->hide();

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    // Enter in the contents or the page must not close the guide.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_findBar);
    layout->addWidget(buttons);

    connect(m_backButton, &QToolButton::clicked, this, [this] { moveInHistory(-1); });
    connect(m_forwardButton, &QToolButton::clicked, this, [this] { moveInHistory(+1); });
    connect(m_view, &QTextBrowser::sourceChanged, this, &HelpBrowser::fillContents);
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto") {
            QDesktopServices::openUrl(url);
            return;
        }
        // Another page of the guide (or a section of this one): only what is compiled in.
        const QUrl target = m_view->source().resolved(url);
        if (QFile::exists(u":"_s + target.path()))
            go(target);
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &HelpBrowser::followScroll);
    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { scrollToAnchor(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { scrollToAnchor(item->data(Qt::UserRole).toString()); });

    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, &HelpBrowser::showFindBar);
    auto* nextShortcut = new QShortcut(QKeySequence::FindNext, this);
    connect(nextShortcut, &QShortcut::activated, this, [this] { findFromBar(false); });
    auto* previousShortcut = new QShortcut(QKeySequence::FindPrevious, this);
    connect(previousShortcut, &QShortcut::activated, this, [this] { findFromBar(true); });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { findFromBar(false); });
    connect(m_previousButton, &QToolButton::clicked, this, [this] { findFromBar(true); });
    connect(m_findEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Find as you type: from the start of the current match, so that it grows.
        QTextCursor cursor = m_view->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_view->setTextCursor(cursor);
        m_notFoundLabel->setVisible(!text.isEmpty() && !find(text));
    });

    retranslate();
    setLanguage(currentLanguage());
    // Wide enough for a screenshot at its own size, within the screen.
    QSize size(1100, 720);
    if (const QScreen* screen = parent ? parent->screen() : QApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

HelpBrowser::~HelpBrowser() = default;

HelpBrowser* HelpBrowser::showFor(QWidget* parent, const QString& topic) {
    QWidget* owner = parent ? parent->window() : nullptr;
    HelpBrowser* browser =
        owner ? owner->findChild<HelpBrowser*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!browser)
        browser = new HelpBrowser(owner);
    browser->setLanguage(currentLanguage());
    browser->show();
    browser->raise();
    browser->activateWindow();
    browser->showTopic(topic);
    return browser;
}

QString HelpBrowser::topicForPage(int index) {
    if (index < 0 || index >= int(std::size(Topics)))
        return {};
    return QString::fromUtf16(Topics[index].name);
}

QString HelpBrowser::guidePath(const QString& language) {
    return language == u"fr" ? u":/guide/guide-utilisateur.md"_s : u":/guide/user-guide.md"_s;
}

QString HelpBrowser::currentLanguage() {
    return QLocale().language() == QLocale::French ? u"fr"_s : u"en"_s;
}

QString HelpBrowser::topicAnchor(const QString& topic, const QString& language) {
    for (const Topic& known : Topics) {
        if (topic == QStringView(known.name))
            return QString::fromUtf16(language == u"fr" ? known.french : known.english);
    }
    return {};
}

QString HelpBrowser::anchorOf(const QString& heading) {
    QString anchor;
    const QString lower = heading.trimmed().toLower();
    for (const QChar c : lower) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            anchor += c;
        else if (c == u' ')
            anchor += u'-';
    }
    return anchor;
}

void HelpBrowser::setLanguage(const QString& language) {
    if (language == m_language)
        return;
    m_language = language;
    m_history.clear();
    m_current = -1;
    go(QUrl(u"qrc"_s + guidePath(language)));
}

void HelpBrowser::showTopic(const QString& topic) {
    const QString anchor = topicAnchor(topic, m_language);
    if (anchor.isEmpty())
        go(page());
    else
        scrollToAnchor(anchor);
}

bool HelpBrowser::scrollToAnchor(const QString& anchor) {
    if (!anchors().contains(anchor))
        return false;
    QUrl url = page();
    url.setFragment(anchor);
    go(url);
    return true;
}

QUrl HelpBrowser::page() const {
    return m_view->source().adjusted(QUrl::RemoveFragment);
}

void HelpBrowser::go(const QUrl& target) {
    if (m_current >= 0)
        m_history[m_current].scroll = m_view->verticalScrollBar()->value();
    showPage(target.adjusted(QUrl::RemoveFragment));
    if (target.hasFragment())
        m_view->scrollToAnchor(target.fragment());
    else
        m_view->verticalScrollBar()->setValue(0);
    m_history.resize(m_current + 1);
    m_history.append({target.adjusted(QUrl::RemoveFragment), m_view->verticalScrollBar()->value()});
    m_current = int(m_history.size()) - 1;
    updateHistoryButtons();
}

void HelpBrowser::moveInHistory(int step) {
    const int target = m_current + step;
    if (m_current < 0 || target < 0 || target >= m_history.size())
        return;
    m_history[m_current].scroll = m_view->verticalScrollBar()->value();
    m_current = target;
    showPage(m_history[target].page);
    m_view->verticalScrollBar()->setValue(m_history[target].scroll);
    updateHistoryButtons();
}

void HelpBrowser::showPage(const QUrl& page) {
    // Loading is slow (pictures): only when the page changes. QTextBrowser's own history is not
    // used; this dialog keeps its own, with the place in the page.
    if (page == this->page())
        return;
    m_view->setSource(page, QTextDocument::MarkdownResource);
    m_view->clearHistory();
}

void HelpBrowser::updateHistoryButtons() {
    m_backButton->setEnabled(m_current > 0);
    m_forwardButton->setEnabled(m_current >= 0 && m_current + 1 < m_history.size());
}

QStringList HelpBrowser::anchors() const {
    QStringList names;
    const QTextDocument* document = m_view->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                names << format.anchorNames();
        }
    }
    names.removeDuplicates();
    return names;
}

bool HelpBrowser::find(const QString& text, bool backward) {
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_view->find(text, flags))
        return true;
    // Round the end (or the start) of the guide.
    QTextCursor cursor = m_view->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_view->setTextCursor(cursor);
    return m_view->find(text, flags);
}

QString HelpBrowser::topLineText() const {
    return m_view->cursorForPosition(QPoint(4, 4)).block().text();
}

QTextBrowser* HelpBrowser::view() const {
    return m_view;
}

void HelpBrowser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setLanguage(currentLanguage());
    }
    QDialog::changeEvent(event);
}

bool HelpBrowser::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            m_findBar->hide();
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
        // Enter finds the next occurrence, Shift+Enter the previous one; the key goes no further
        // (the dialog would take it for its default button).
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findFromBar(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void HelpBrowser::retranslate() {
    setWindowTitle(tr("Binôme user guide"));
    m_backButton->setText(tr("Back"));
    m_backButton->setToolTip(tr("Go back to where you were (Alt+Left)"));
    m_forwardButton->setText(tr("Forward"));
    m_forwardButton->setToolTip(tr("Go forward again (Alt+Right)"));
    m_contents->setToolTip(tr("The guide's sections: choose one to go to it"));
    m_findLabel->setText(tr("&Find:"));
    m_findEdit->setPlaceholderText(tr("Words to find in the guide"));
    m_previousButton->setToolTip(tr("Previous occurrence (Shift+Enter)"));
    m_nextButton->setToolTip(tr("Next occurrence (Enter)"));
    m_notFoundLabel->setText(tr("Not found in the guide."));
}

void HelpBrowser::fillContents() {
    const QSignalBlocker blocker(m_contents);
    m_contents->clear();
    const QTextDocument* document = m_view->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        auto* item = new QListWidgetItem(block.text(), m_contents);
        item->setData(Qt::UserRole, anchorOf(block.text()));
        item->setData(Qt::UserRole + 1, block.position());
        item->setToolTip(block.text());
    }
    followScroll();
}

void HelpBrowser::followScroll() {
    const int top = m_view->cursorForPosition(QPoint(4, 4)).position();
    int current = -1;
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(Qt::UserRole + 1).toInt() <= top)
            current = row;
    }
    const QSignalBlocker blocker(m_contents);
    m_contents->setCurrentRow(current);
}

void HelpBrowser::showFindBar() {
    m_findBar->show();
    m_notFoundLabel->hide();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void HelpBrowser::findFromBar(bool backward) {
    if (!m_findBar->isVisible()) {
        showFindBar();
        return;
    }
    const QString text = m_findEdit->text();
    m_notFoundLabel->setVisible(!text.isEmpty() && !find(text, backward));
}

} // namespace binome::gui
