// The user guide in the program (Help › User guide, F1): it opens in the interface's language at
// the page's section, its pictures and links all resolve, and the two languages do not drift.
#include "HelpBrowser.h"

#include "binome/services/Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>
#include <QWidget>

#include <gtest/gtest.h>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

/// The interface in a language for the length of a test, English again afterwards.
struct InLanguage {
    explicit InLanguage(const QString& language) {
        installTranslations(*qApp, language);
        QLocale::setDefault(language == u"fr" ? QLocale(QLocale::French, QLocale::France)
                                              : QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    ~InLanguage() {
        installTranslations(*qApp, u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

QString readGuide(const QString& language) {
    QFile file(HelpBrowser::guidePath(language));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return QString::fromUtf8(file.readAll());
}

/// One heading of a guide's source, with the pictures shown until the next heading.
struct Section {
    int level = 0;
    QString title;
    QStringList images;
};

/// The guide's headings in order (code blocks and the comment skipped), each with its pictures.
QList<Section> sectionsOf(const QString& markdown) {
    QList<Section> sections;
    bool inCode = false;
    bool inComment = false;
    static const QRegularExpression heading(u"^(#{1,6})\\s+(.*)$"_s);
    static const QRegularExpression image(u"!\\[[^\\]]*\\]\\(([^)\\s]+)\\)"_s);
    const QStringList lines = markdown.split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(u"<!--"))
            inComment = true;
        if (inComment) {
            inComment = !line.contains(u"-->");
            continue;
        }
        if (line.startsWith(u"```")) {
            inCode = !inCode;
            continue;
        }
        if (inCode)
            continue;
        if (const auto match = heading.match(line); match.hasMatch()) {
            sections.append({int(match.captured(1).size()), match.captured(2).trimmed(), {}});
            continue;
        }
        for (auto it = image.globalMatch(line); it.hasNext();) {
            const QString source = it.next().captured(1);
            if (!sections.isEmpty())
                sections.last().images << source;
        }
    }
    return sections;
}

/// The targets of the guide's links, pictures aside.
QStringList linksOf(const QString& markdown) {
    static const QRegularExpression link(u"(?<!!)\\[[^\\]]*\\]\\(([^)\\s]+)\\)"_s);
    QStringList targets;
    for (auto it = link.globalMatch(markdown); it.hasNext();)
        targets << it.next().captured(1);
    return targets;
}

/// A picture's name without its language: "guide/en-pairing.png" → "pairing.png".
QString withoutLanguage(const QString& image) {
    QString name = image.section(u'/', -1);
    return name.mid(name.indexOf(u'-') + 1);
}

/// Shows the guide of a window at a topic, as F1 does, and waits until it is painted.
HelpBrowser* openAt(QWidget& window, const QString& topic) {
    HelpBrowser* browser = HelpBrowser::showFor(&window, topic);
    EXPECT_TRUE(QTest::qWaitForWindowExposed(browser));
    QTest::qWait(50);
    return browser;
}

} // namespace

TEST(HelpBrowser, OpensTheGuideInEnglish) {
    InLanguage english(u"en"_s);
    QWidget window;
    HelpBrowser* browser = openAt(window, {});
    EXPECT_EQ(browser->language(), u"en"_s);
    EXPECT_EQ(browser->view()->source().path(), u"/guide/user-guide.md"_s);
    EXPECT_TRUE(browser->view()->toPlainText().contains(u"Binôme user guide"_s));
    EXPECT_TRUE(browser->view()->toPlainText().contains(u"First start: the demo organisation"_s));
    // The contents list the sections.
    QStringList titles;
    for (int row = 0; row < browser->contents()->count(); ++row)
        titles << browser->contents()->item(row)->text();
    EXPECT_TRUE(titles.contains(u"Pairing"_s)) << titles.join(u" | ").toStdString();
    EXPECT_TRUE(titles.contains(u"Keyboard shortcuts"_s));
    EXPECT_EQ(browser->view()->verticalScrollBar()->value(), 0);
    // F1 again reuses the same window.
    EXPECT_EQ(HelpBrowser::showFor(&window, u"skills"_s), browser);
}

TEST(HelpBrowser, OpensTheGuideInFrench) {
    InLanguage french(u"fr"_s);
    QWidget window;
    HelpBrowser* browser = openAt(window, {});
    EXPECT_EQ(browser->language(), u"fr"_s);
    EXPECT_EQ(browser->view()->source().path(), u"/guide/guide-utilisateur.md"_s);
    EXPECT_TRUE(browser->view()->toPlainText().contains(u"Guide d'utilisation de Binôme"_s));
    EXPECT_TRUE(browser->view()->toPlainText().contains(
        u"Premier démarrage : l'organisation de démonstration"_s));
}

TEST(HelpBrowser, FollowsALanguageSwitchWhileOpen) {
    InLanguage english(u"en"_s);
    QWidget window;
    HelpBrowser* browser = openAt(window, u"dashboard"_s);
    installTranslations(*qApp, u"fr"_s); // Language › Français
    QTest::qWait(10);
    EXPECT_EQ(browser->language(), u"fr"_s);
    EXPECT_TRUE(browser->view()->toPlainText().contains(u"Guide d'utilisation de Binôme"_s));
    EXPECT_EQ(browser->contents()->item(0)->text(), u"Ce que fait Binôme"_s);
}

TEST(HelpBrowser, F1ShowsThePagesSectionInBothLanguages) {
    const struct {
        QString language;
        QString heading;
    } cases[] = {{u"en"_s, u"Pairing"_s}, {u"fr"_s, u"Constitution des binômes"_s}};
    for (const auto& expected : cases) {
        SCOPED_TRACE(expected.language.toStdString());
        InLanguage language(expected.language);
        QWidget window;
        HelpBrowser* browser = openAt(window, u"pairing"_s);
        EXPECT_EQ(browser->topLineText(), expected.heading);
        EXPECT_GT(browser->view()->verticalScrollBar()->value(), 0);
        ASSERT_NE(browser->contents()->currentItem(), nullptr);
        EXPECT_EQ(browser->contents()->currentItem()->text(), expected.heading);
        // Every page of the main window has its section.
        EXPECT_EQ(HelpBrowser::topicForPage(3), u"pairing"_s);
        EXPECT_TRUE(HelpBrowser::topicForPage(6).isEmpty());
        for (int page = 0; page < 6; ++page) {
            const QString topic = HelpBrowser::topicForPage(page);
            const QString anchor = HelpBrowser::topicAnchor(topic, expected.language);
            EXPECT_TRUE(browser->anchors().contains(anchor)) << topic.toStdString();
            browser->showTopic(topic);
            QTest::qWait(10);
            EXPECT_EQ(HelpBrowser::anchorOf(browser->topLineText()), anchor) << topic.toStdString();
        }
        // Back returns to the section shown before.
        QTest::mouseClick(browser->findChild<QWidget*>(u"backButton"_s), Qt::LeftButton);
        QTest::qWait(10);
        EXPECT_EQ(HelpBrowser::anchorOf(browser->topLineText()),
                  HelpBrowser::topicAnchor(u"follow-up"_s, expected.language));
    }
}

TEST(HelpBrowser, LinksLeadToTheirSectionOrPageAndBackReturns) {
    InLanguage english(u"en"_s);
    QWidget window;
    HelpBrowser* browser = openAt(window, u"pairing"_s);
    const int pairing = browser->view()->verticalScrollBar()->value();
    // A link to a section of the guide, as in "see Objectives".
    Q_EMIT browser->view()->anchorClicked(QUrl(u"#objectives"_s));
    EXPECT_EQ(browser->topLineText(), u"Objectives"_s);
    // A link to another page of docs/, then Back to where the reader was.
    Q_EMIT browser->view()->anchorClicked(QUrl(u"participant-files.md"_s));
    EXPECT_EQ(browser->view()->source().path(), u"/guide/participant-files.md"_s);
    EXPECT_TRUE(browser->view()->toPlainText().contains(u"Participant files (CSV and JSON)"_s));
    auto* back = browser->findChild<QWidget*>(u"backButton"_s);
    auto* forward = browser->findChild<QWidget*>(u"forwardButton"_s);
    QTest::mouseClick(back, Qt::LeftButton);
    EXPECT_EQ(browser->view()->source().path(), u"/guide/user-guide.md"_s);
    EXPECT_EQ(browser->topLineText(), u"Objectives"_s);
    QTest::mouseClick(back, Qt::LeftButton);
    EXPECT_EQ(browser->view()->verticalScrollBar()->value(), pairing);
    EXPECT_TRUE(forward->isEnabled());
    QTest::mouseClick(forward, Qt::LeftButton);
    EXPECT_EQ(browser->topLineText(), u"Objectives"_s);
    // Nothing happens for a page that is not compiled in.
    Q_EMIT browser->view()->anchorClicked(QUrl(u"templates/participants-template.csv"_s));
    EXPECT_EQ(browser->view()->source().path(), u"/guide/user-guide.md"_s);
}

TEST(HelpBrowser, ChoosingASectionInTheContentsGoesThere) {
    InLanguage english(u"en"_s);
    QWidget window;
    HelpBrowser* browser = openAt(window, {});
    QListWidget* contents = browser->contents();
    const auto found = contents->findItems(u"Dashboard"_s, Qt::MatchExactly);
    ASSERT_EQ(found.size(), 1);
    contents->setCurrentItem(found.first());
    QTest::keyClick(contents, Qt::Key_Return);
    QTest::qWait(10);
    EXPECT_EQ(browser->topLineText(), u"Dashboard"_s);
}

TEST(HelpBrowser, CtrlFFindsWordsInThePage) {
    InLanguage english(u"en"_s);
    QWidget window;
    HelpBrowser* browser = openAt(window, {});
    auto* findEdit = browser->findChild<QLineEdit*>(u"findEdit"_s);
    ASSERT_NE(findEdit, nullptr);
    EXPECT_FALSE(findEdit->isVisible());
    QTest::keyClick(browser->view(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(findEdit->isVisible());
    EXPECT_TRUE(findEdit->hasFocus());
    QTest::keyClicks(findEdit, u"Ctrl+Enter"_s);
    EXPECT_EQ(browser->view()->textCursor().selectedText(), u"Ctrl+Enter"_s);
    const int first = browser->view()->textCursor().position();
    QTest::keyClick(findEdit, Qt::Key_Return); // the next one
    EXPECT_NE(browser->view()->textCursor().position(), first);
    EXPECT_EQ(browser->view()->textCursor().selectedText(), u"Ctrl+Enter"_s);
    EXPECT_FALSE(browser->find(u"no such words in the guide"_s));
    QTest::keyClick(findEdit, Qt::Key_Escape);
    EXPECT_FALSE(findEdit->isVisible());
    EXPECT_TRUE(browser->isVisible()); // Escape closed the find bar, not the guide
}

TEST(HelpBrowser, EveryPictureOfBothGuidesIsCompiledInAndShownToTheWidth) {
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        SCOPED_TRACE(language.toStdString());
        int pictures = 0;
        for (const Section& section : sectionsOf(readGuide(language))) {
            for (const QString& source : section.images) {
                ++pictures;
                EXPECT_TRUE(source.startsWith(u"guide/%1-"_s.arg(language)))
                    << source.toStdString();
                const QImage image(u":/guide/"_s + source);
                EXPECT_FALSE(image.isNull()) << source.toStdString();
            }
        }
        EXPECT_GE(pictures, 6); // a picture of each page at least
    }
    // In the window, a picture is never wider than the page.
    InLanguage english(u"en"_s);
    QWidget window;
    HelpBrowser* browser = openAt(window, {});
    browser->resize(900, 600);
    QTest::qWait(20);
    EXPECT_LT(browser->view()->document()->size().width(),
              browser->view()->viewport()->width() + 1);
}

TEST(HelpBrowser, EveryLinkOfBothGuidesLeadsSomewhere) {
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        SCOPED_TRACE(language.toStdString());
        InLanguage inLanguage(language);
        QWidget window;
        HelpBrowser* browser = openAt(window, {});
        const QStringList anchors = browser->anchors();
        const QStringList links = linksOf(readGuide(language));
        EXPECT_GE(links.size(), 5);
        for (const QString& link : links) {
            if (link.startsWith(u'#')) {
                EXPECT_TRUE(anchors.contains(link.mid(1))) << link.toStdString();
            } else {
                // Another page of docs/, compiled in beside the guide.
                const QUrl target = QUrl(u"qrc:/guide/"_s).resolved(QUrl(link));
                EXPECT_TRUE(QFile::exists(u":"_s + target.path())) << link.toStdString();
            }
        }
        browser->close();
    }
}

TEST(HelpBrowser, BothGuidesHaveTheSameSections) {
    const QList<Section> english = sectionsOf(readGuide(u"en"_s));
    const QList<Section> french = sectionsOf(readGuide(u"fr"_s));
    ASSERT_EQ(english.size(), french.size());
    EXPECT_GE(english.size(), 17);
    for (qsizetype i = 0; i < english.size(); ++i) {
        SCOPED_TRACE((english[i].title + u" / "_s + french[i].title).toStdString());
        EXPECT_EQ(english[i].level, french[i].level);
        QStringList englishImages;
        QStringList frenchImages;
        for (const QString& image : english[i].images)
            englishImages << withoutLanguage(image);
        for (const QString& image : french[i].images)
            frenchImages << withoutLanguage(image);
        EXPECT_EQ(englishImages, frenchImages);
    }
    // Each heading has an anchor of its own.
    for (const QList<Section>& guide : {english, french}) {
        QStringList anchors;
        for (const Section& section : guide)
            anchors << HelpBrowser::anchorOf(section.title);
        const qsizetype count = anchors.size();
        anchors.removeDuplicates();
        EXPECT_EQ(anchors.size(), count);
    }
}

TEST(HelpBrowser, AnchorsAreTheOnesGitHubMakes) {
    EXPECT_EQ(HelpBrowser::anchorOf(u"First start: the demo organisation"_s),
              u"first-start-the-demo-organisation"_s);
    EXPECT_EQ(HelpBrowser::anchorOf(u"Premier démarrage : l'organisation de démonstration"_s),
              u"premier-démarrage--lorganisation-de-démonstration"_s);
    EXPECT_EQ(HelpBrowser::anchorOf(u"Follow-up"_s), u"follow-up"_s);
}

// The guide as the user sees it, in both languages at 1280×720: only when BINOME_SCREENSHOT_DIR
// names a directory.
TEST(HelpBrowser, Screenshots) {
    const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set BINOME_SCREENSHOT_DIR to a directory to get the screenshots";
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        InLanguage inLanguage(language);
        QWidget window;
        HelpBrowser* browser = openAt(window, u"pairing"_s);
        browser->resize(1280, 720);
        QTest::qWait(50);
        EXPECT_TRUE(browser->grab().save(QDir(shots).filePath(u"help-%1.png"_s.arg(language))));
        // A table: the keyboard shortcuts.
        EXPECT_TRUE(browser->scrollToAnchor(language == u"fr" ? u"raccourcis-clavier"_s
                                                              : u"keyboard-shortcuts"_s));
        QTest::qWait(50);
        EXPECT_TRUE(
            browser->grab().save(QDir(shots).filePath(u"help-%1-table.png"_s.arg(language))));
        browser->close();
    }
}
