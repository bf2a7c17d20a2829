#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>
#include <QUrl>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QToolButton;
class QWidget;

namespace binome::gui {

class GuideView;

/// The user guide (docs/user-guide.md and docs/guide-utilisateur.md, compiled in under
/// ":/guide") in the interface's language: the contents of its sections on the side, back and
/// forward through the links followed, and find in page (Ctrl+F). Its pictures are scaled to
/// the width of the page.
class HelpBrowser final : public QDialog {
    Q_OBJECT

public:
    explicit HelpBrowser(QWidget* parent = nullptr);
    ~HelpBrowser() override;

    /// Shows the guide of `parent`'s window (opening it the first time) at the section of
    /// `topic`: "participants", "skills", "programs", "pairing", "follow-up" or "dashboard";
    /// an empty or unknown topic shows it from the top. F1 and Help › User guide call it.
    static HelpBrowser* showFor(QWidget* parent, const QString& topic);

    /// The topic of the main window's page at that index, in the navigation's order
    /// (Participants, Skills catalog, Programs, Pairing, Follow-up, Dashboard); empty otherwise.
    static QString topicForPage(int index);
    /// ":/guide/user-guide.md" for "en", ":/guide/guide-utilisateur.md" for "fr".
    static QString guidePath(const QString& language);
    /// The interface's language, as the guide is chosen: "fr" when French, else "en".
    static QString currentLanguage();
    /// The anchor of a topic's section in that language's guide; empty for an unknown topic.
    static QString topicAnchor(const QString& topic, const QString& language);
    /// The anchor of a heading, as GitHub makes it: lower case, punctuation dropped, each space
    /// a hyphen ("First start: the demo organisation" → "first-start-the-demo-organisation").
    static QString anchorOf(const QString& heading);

    /// Loads the guide in "en" or "fr" (nothing happens when it is shown already).
    void setLanguage(const QString& language);
    QString language() const { return m_language; }
    /// Scrolls to the section of a topic (see showFor).
    void showTopic(const QString& topic);
    /// Scrolls so that the heading with this anchor is at the top; false when there is none.
    bool scrollToAnchor(const QString& anchor);
    /// Every anchor of the document shown (one per heading).
    QStringList anchors() const;
    /// Selects the next (or previous) occurrence of `text`, going round the end of the guide;
    /// false when the guide does not contain it.
    bool find(const QString& text, bool backward = false);
    /// The text of the first line shown at the top of the page.
    QString topLineText() const;
    QTextBrowser* view() const;
    QListWidget* contents() const { return m_contents; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// One place the reader went to: a page of the guide and how far down it.
    struct Place {
        QUrl page;
        int scroll = 0;
    };

    /// The page shown, without its section.
    QUrl page() const;
    /// Goes to a page (and its section, if the link names one), as a new step of the history.
    void go(const QUrl& target);
    /// Back (-1) or forward (+1) in the history.
    void moveInHistory(int step);
    /// Shows that page (loading it when another one is shown).
    void showPage(const QUrl& page);
    void updateHistoryButtons();
    void retranslate();
    /// Fills the contents with the guide's sections (## headings).
    void fillContents();
    /// Selects the section the page shows, without scrolling.
    void followScroll();
    void showFindBar();
    void findFromBar(bool backward);

    GuideView* m_view;
    QListWidget* m_contents;
    QToolButton* m_backButton;
    QToolButton* m_forwardButton;
    QWidget* m_findBar;
    QLabel* m_findLabel;
    QLineEdit* m_findEdit;
    QToolButton* m_previousButton;
    QToolButton* m_nextButton;
    QLabel* m_notFoundLabel;
    QString m_language;
    QList<Place> m_history;
    int m_current = -1;
};

} // namespace binome::gui
