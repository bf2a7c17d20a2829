// Binôme's own icons and its tooltips: one theme shipped with the program, legible on light and
// dark palettes, on the forms, the menus and the buttons made in code; and every control that
// is not obvious says what it does.
#include "TempDatabase.h"
#include "TestConfig.h"

#include "BinomeDetailDialog.h"
#include "FollowUpFilterProxy.h"
#include "FollowUpPage.h"
#include "FollowUpTableModel.h"
#include "Icons.h"
#include "MainWindow.h"

#include "binome/services/DemoService.h"
#include "binome/services/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QSvgRenderer>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

const QString sourceDir = QStringLiteral(BINOME_SOURCE_DIR);
const QString lightInk = u"#2b2f36"_s;
const QString darkInk = u"#e6e8eb"_s;

/// The icons the lead's MainWindow.cpp uses (navigation, Edit and Help menus): they must exist
/// even before the code that uses them.
const QStringList neededNames = {u"participants"_s, u"skills"_s,    u"programs"_s, u"pairing"_s,
                                 u"follow-up"_s,    u"dashboard"_s, u"undo"_s,     u"redo"_s,
                                 u"help"_s,         u"warning"_s,   u"chart"_s,    u"filter"_s,
                                 u"search"_s,       u"print"_s,     u"report"_s};

QPalette darkPalette() {
    const QColor window(0x2b, 0x2f, 0x36);
    const QColor base(0x1f, 0x22, 0x27);
    const QColor text(0xe6, 0xe8, 0xeb);
    QPalette palette(window);
    for (auto role :
         {QPalette::Window, QPalette::Button, QPalette::AlternateBase, QPalette::ToolTipBase})
        palette.setColor(role, window);
    palette.setColor(QPalette::Base, base);
    for (auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        palette.setColor(role, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x84, 0x8a));
    return palette;
}

/// Sets the application's palette for its lifetime, as a desktop switching style would.
class PaletteScope {
public:
    explicit PaletteScope(const QPalette& palette)
        : m_saved(QApplication::palette()) {
        QApplication::setPalette(palette);
    }
    ~PaletteScope() { QApplication::setPalette(m_saved); }
    PaletteScope(const PaletteScope&) = delete;
    PaletteScope& operator=(const PaletteScope&) = delete;

private:
    QPalette m_saved;
};

QString readText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The stroke colour an icon file draws with (#rrggbb).
QString inkOf(const QString& path) {
    const auto match = QRegularExpression(u"stroke=\"(#[0-9a-f]{6})\""_s).match(readText(path));
    return match.hasMatch() ? match.captured(1) : QString();
}

/// An icon's name in Binôme's set ("open" for the theme's "binome-open"), empty when not ours.
QString ourName(const QString& themeName) {
    return themeName.startsWith(u"binome-") ? themeName.mid(7) : QString();
}

/// The colours of a pixmap's fully opaque pixels, and how many there are of each.
QHash<QRgb, int> opaqueColours(const QPixmap& pixmap) {
    QHash<QRgb, int> colours;
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) == 255)
                ++colours[image.pixel(x, y) | 0xff000000u];
    return colours;
}

/// True when the pixmap draws something, all of it in `ink`.
bool drawsIn(const QPixmap& pixmap, const QString& ink) {
    const QHash<QRgb, int> colours = opaqueColours(pixmap);
    if (colours.isEmpty())
        return false;
    const QColor expected(ink);
    for (auto it = colours.cbegin(); it != colours.cend(); ++it) {
        const QColor seen = QColor::fromRgb(it.key());
        if (std::abs(seen.red() - expected.red()) > 2 ||
            std::abs(seen.green() - expected.green()) > 2 ||
            std::abs(seen.blue() - expected.blue()) > 2)
            return false;
    }
    return true;
}

/// Every icon name the sources use: icon(u"…"_s) in src/, <iconset theme="…"> in ui/*.ui.
QSet<QString> namesInSources() {
    QSet<QString> names;
    const QRegularExpression call(u"\\bicon\\("_s);
    const QRegularExpression literal(u"u\"([a-z][a-z0-9-]*)\"_s"_s);
    QDirIterator sources(sourceDir + u"/src"_s, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                         QDirIterator::Subdirectories);
    while (sources.hasNext()) {
        const QString path = sources.next();
        if (path.endsWith(u"/Icons.cpp"))
            continue;
        for (const QString& line : readText(path).split(u'\n')) {
            if (!call.match(line).hasMatch())
                continue;
            for (auto it = literal.globalMatch(line); it.hasNext();)
                names << it.next().captured(1);
        }
    }
    const QRegularExpression theme(u"<iconset theme=\"binome-([^\"]+)\""_s);
    QDirIterator forms(sourceDir + u"/ui"_s, {u"*.ui"_s}, QDir::Files);
    while (forms.hasNext())
        for (auto it = theme.globalMatch(readText(forms.next())); it.hasNext();)
            names << it.next().captured(1);
    return names;
}

/// One widget or action of a .ui file, as the form declares it.
struct FormItem {
    QString form;
    QString className; ///< "QAction" for an action
    QString name;
    QString text;
    QString toolTip;
    QString statusTip;
    QString iconTheme;
    QString iconFile;
    QString toolButtonStyle;
};

QList<FormItem> formItems() {
    QList<FormItem> items;
    QDirIterator forms(sourceDir + u"/ui"_s, {u"*.ui"_s}, QDir::Files);
    while (forms.hasNext()) {
        const QString path = forms.next();
        const QString content = readText(path);
        QXmlStreamReader xml(content);
        QList<int> open; // index in items of each open widget or action
        QString property;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto tag = xml.name();
                if (tag == u"widget" || tag == u"action") {
                    FormItem item;
                    item.form = QFileInfo(path).fileName();
                    item.className = tag == u"action"
                                         ? u"QAction"_s
                                         : xml.attributes().value(u"class"_s).toString();
                    item.name = xml.attributes().value(u"name"_s).toString();
                    items << item;
                    open << int(items.size() - 1);
                } else if (tag == u"property" && !open.isEmpty()) {
                    property = xml.attributes().value(u"name"_s).toString();
                } else if (tag == u"iconset" && !open.isEmpty()) {
                    items[open.last()].iconTheme = xml.attributes().value(u"theme"_s).toString();
                } else if (tag == u"normaloff" && !open.isEmpty()) {
                    items[open.last()].iconFile = xml.readElementText();
                } else if ((tag == u"string" || tag == u"enum") && !open.isEmpty()) {
                    const QString value = xml.readElementText();
                    FormItem& item = items[open.last()];
                    if (property == u"text")
                        item.text = value;
                    else if (property == u"toolTip")
                        item.toolTip = value;
                    else if (property == u"statusTip")
                        item.statusTip = value;
                    else if (property == u"toolButtonStyle")
                        item.toolButtonStyle = value;
                }
            } else if (xml.isEndElement()) {
                const auto tag = xml.name();
                if ((tag == u"widget" || tag == u"action") && !open.isEmpty())
                    open.removeLast();
                else if (tag == u"property")
                    property.clear();
            }
        }
        EXPECT_FALSE(xml.hasError())
            << path.toStdString() << ": " << xml.errorString().toStdString();
    }
    return items;
}

class IconsTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        installIconTheme();
    }
};

} // namespace

TEST(Icons, EachLightIconHasItsDarkTwinDrawnTheSameWay) {
    const QString root = sourceDir + u"/resources/icons"_s;
    const QStringList light =
        QDir(root + u"/light"_s).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    const QStringList dark =
        QDir(root + u"/dark"_s).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    ASSERT_GE(light.size(), 40);
    EXPECT_EQ(light, dark);
    for (const QString& file : light) {
        const QString lightPath = root + u"/light/"_s + file;
        const QString darkPath = root + u"/dark/"_s + file;
        const QString lightText = readText(lightPath);
        const QString lightInkHere = inkOf(lightPath);
        const QString darkInkHere = inkOf(darkPath);
        // The same drawing, only its ink differs.
        EXPECT_EQ(QString(lightText).replace(lightInkHere, darkInkHere), readText(darkPath))
            << file.toStdString();
        EXPECT_TRUE(file.startsWith(u"binome-")) << file.toStdString();
        if (file != u"binome-warning.svg") {
            EXPECT_EQ(lightInkHere, lightInk) << file.toStdString();
            EXPECT_EQ(darkInkHere, darkInk) << file.toStdString();
        }
        // One style: a 24 × 24 grid, 2 px strokes with round ends.
        EXPECT_TRUE(lightText.contains(u"viewBox=\"0 0 24 24\""_s)) << file.toStdString();
        EXPECT_TRUE(lightText.contains(u"stroke-width=\"2\""_s)) << file.toStdString();
        EXPECT_TRUE(lightText.contains(u"stroke-linecap=\"round\""_s)) << file.toStdString();
        QSvgRenderer renderer(lightPath);
        EXPECT_TRUE(renderer.isValid()) << file.toStdString();
    }
    // The compiled-in theme lists the same icons.
    QStringList names;
    for (const QString& file : light)
        names << ourName(file.chopped(4));
    EXPECT_EQ(iconNames(), names);
}

TEST_F(IconsTest, EveryIconTheSourcesUseIsOursInBothPalettes) {
    QSet<QString> used = namesInSources();
    EXPECT_GE(used.size(), 30) << "the scan of src/ and ui/ found too few icon names";
    for (const QString& name : neededNames)
        used << name;
    const QStringList ours = iconNames();
    const QString root = sourceDir + u"/resources/icons/"_s;
    for (const QString& name : used) {
        ASSERT_TRUE(ours.contains(name)) << name.toStdString() << " is not one of Binôme's icons";
        const QIcon beforeSwitch = icon(name);
        for (const auto& [palette, set] :
             {std::pair{QApplication::style()->standardPalette(), u"light"_s},
              std::pair{darkPalette(), u"dark"_s}}) {
            const PaletteScope scope(palette);
            EXPECT_EQ(QIcon::themeName(), set);
            const QIcon made = icon(name);
            ASSERT_FALSE(made.isNull()) << name.toStdString();
            EXPECT_TRUE(made.availableSizes().contains(QSize(24, 24)) ||
                        made.availableSizes().isEmpty())
                << name.toStdString();
            const QPixmap pixmap = made.pixmap(24, 24);
            EXPECT_EQ(pixmap.size(), QSize(24, 24)) << name.toStdString();
            const QString ink = inkOf(root + set + u"/binome-"_s + name + u".svg"_s);
            EXPECT_TRUE(drawsIn(pixmap, ink))
                << name.toStdString() << " in the " << set.toStdString() << " set is not drawn in "
                << ink.toStdString();
            // An icon made earlier follows the palette too.
            EXPECT_TRUE(drawsIn(beforeSwitch.pixmap(24, 24), ink)) << name.toStdString();
        }
    }
    EXPECT_TRUE(icon(u"no-such-icon"_s).isNull());
}

TEST(Icons, SetFollowsTheWindowColour) {
    EXPECT_EQ(iconSetFor(QApplication::style()->standardPalette()), u"light"_s);
    EXPECT_EQ(iconSetFor(darkPalette()), u"dark"_s);
    QPalette grey;
    grey.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80));
    EXPECT_EQ(iconSetFor(grey), u"light"_s);
    grey.setColor(QPalette::Window, QColor(0x70, 0x70, 0x70));
    EXPECT_EQ(iconSetFor(grey), u"dark"_s);
}

TEST(Icons, ApplicationIconIsBinomesOwnAndSetAtStartUp) {
    const QIcon app = applicationIcon();
    ASSERT_FALSE(app.isNull());
    for (int size : {16, 32, 256}) {
        const QHash<QRgb, int> colours = opaqueColours(app.pixmap(size, size));
        // Two speech bubbles in two colours: teal and orange, legible from 16 px.
        int teal = 0;
        int orange = 0;
        for (auto it = colours.cbegin(); it != colours.cend(); ++it) {
            const QColor c = QColor::fromRgb(it.key());
            if (c.green() > c.red() + 60 && c.blue() > c.red() + 60)
                teal += it.value();
            else if (c.red() > c.blue() + 120 && c.red() > 200)
                orange += it.value();
        }
        EXPECT_GT(teal, size * size / 20) << size;
        EXPECT_GT(orange, size * size / 20) << size;
    }
    QSvgRenderer renderer(sourceDir + u"/resources/icons/binome.svg"_s);
    EXPECT_TRUE(renderer.isValid());
    const QString main = readText(sourceDir + u"/src/app/main.cpp"_s);
    EXPECT_TRUE(main.contains(u"QApplication::setWindowIcon(binome::gui::applicationIcon())"_s));
    EXPECT_TRUE(main.contains(u"binome::gui::installIconTheme()"_s));
}

TEST(Icons, FormsUseOurIconsBesideTheirWordsAndExplainTheirControls) {
    const QList<FormItem> items = formItems();
    ASSERT_GT(items.size(), 200);
    const QStringList ours = iconNames();
    QHash<QString, const FormItem*> byName;
    int withIcon = 0;
    for (const FormItem& item : items) {
        byName.insert(item.form + u':' + item.name, &item);
        const std::string where = (item.form + u' ' + item.name).toStdString();
        if (!item.iconTheme.isEmpty() || !item.iconFile.isEmpty()) {
            ++withIcon;
            EXPECT_TRUE(ours.contains(ourName(item.iconTheme))) << where;
            EXPECT_EQ(item.iconFile, u":/icons/light/%1.svg"_s.arg(item.iconTheme)) << where;
            // Icons beside the words, never instead of them.
            if (item.className != u"QMenu") {
                EXPECT_FALSE(item.text.isEmpty()) << where;
            }
            if (item.className == u"QToolButton") {
                EXPECT_EQ(item.toolButtonStyle, u"Qt::ToolButtonTextBesideIcon"_s) << where;
            }
        }
        // The undo and redo tool buttons take their words from the actions set on them.
        const bool wordsFromAction = item.form == u"LearningResourcesDialog.ui" &&
                                     (item.name == u"undoButton" || item.name == u"redoButton");
        if ((item.className == u"QPushButton" || item.className == u"QToolButton") &&
            !wordsFromAction) {
            EXPECT_FALSE(item.text.isEmpty() && item.toolTip.isEmpty())
                << where << ": a button with neither words nor a tooltip";
        }
        if (item.className == u"QAction") {
            EXPECT_FALSE(item.statusTip.isEmpty()) << where << ": an action without a status tip";
        }
    }
    EXPECT_GE(withIcon, 45);
    // The controls a new user cannot guess: what they do, and for figures how they count.
    const QStringList explained = {
        u"PairingPage.ui:skillWeightSpin"_s,
        u"PairingPage.ui:availabilityWeightSpin"_s,
        u"PairingPage.ui:siteWeightSpin"_s,
        u"PairingPage.ui:crossWeightSpin"_s,
        u"PairingPage.ui:minScoreSpin"_s,
        u"PairingPage.ui:sameDepartmentCheck"_s,
        u"PairingPage.ui:sameLineCheck"_s,
        u"PairingPage.ui:requireGapCheck"_s,
        u"PairingPage.ui:lockButton"_s,
        u"PairingPage.ui:excludeButton"_s,
        u"PairingPage.ui:runButton"_s,
        u"PairingPage.ui:confirmButton"_s,
        u"PairingPage.ui:swapButton"_s,
        u"PairingPage.ui:alternativesList"_s,
        u"FollowUpPage.ui:flagCombo"_s,
        u"FollowUpPage.ui:statusCombo"_s,
        u"FollowUpPage.ui:mentorCombo"_s,
        u"FollowUpPage.ui:filterEdit"_s,
        u"FollowUpPage.ui:pauseButton"_s,
        u"ParticipantsPage.ui:filterEdit"_s,
        u"ParticipantsPage.ui:archiveButton"_s,
        u"ParticipantsPage.ui:roleFilterCombo"_s,
        u"SkillsPage.ui:archiveButton"_s,
        u"SkillsPage.ui:filterEdit"_s,
        u"ProgramDialog.ui:cadenceSpin"_s,
        u"ObjectiveDialog.ui:startSpin"_s,
        u"ObjectiveDialog.ui:targetSpin"_s,
        u"ObjectiveDialog.ui:dueCheck"_s,
        u"SessionDialog.ui:stateCombo"_s,
        u"SessionDialog.ui:modeCombo"_s,
        u"SessionDialog.ui:menteeRatingCombo"_s,
        u"SessionDialog.ui:mentorRatingCombo"_s,
        u"DebriefDialog.ui:kindCombo"_s,
        u"DebriefDialog.ui:menteeSatisfactionCombo"_s,
        u"ParticipantDialog.ui:capacitySpin"_s,
        u"ParticipantDialog.ui:languagesEdit"_s,
        u"ParticipantDialog.ui:skillsView"_s,
        u"SkillDialog.ui:codeEdit"_s,
        u"BinomeDetailDialog.ui:pauseButton"_s,
        u"BinomeDetailDialog.ui:debriefButton"_s,
        u"EnrolmentDialog.ui:checkShownButton"_s,
        u"LearningResourcesDialog.ui:saveButton"_s,
    };
    for (const QString& key : explained) {
        const FormItem* item = byName.value(key);
        ASSERT_NE(item, nullptr) << key.toStdString();
        EXPECT_FALSE(item->toolTip.isEmpty()) << key.toStdString() << " has no tooltip";
    }
    // The flag filter says how each flag is counted.
    const QString flags = byName.value(u"FollowUpPage.ui:flagCombo"_s)->toolTip;
    EXPECT_TRUE(flags.contains(u"cadence"_s) && flags.contains(u"2 out of 5"_s));
}

TEST_F(IconsTest, MainWindowMenusAndPagesWearOurIcons) {
    ASSERT_TRUE(DemoService(db()).install().ok());
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path()));
    const QStringList ours = iconNames();
    // Every menu action with an icon has one of ours.
    int menuIcons = 0;
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        QList<QAction*> actions = menu->actions();
        actions << menu->menuAction();
        for (QAction* action : std::as_const(actions)) {
            if (action->isSeparator() || action->icon().isNull())
                continue;
            ++menuIcons;
            const QString name = ourName(action->icon().name());
            EXPECT_TRUE(ours.contains(name)) << action->text().toStdString() << ": icon \""
                                             << name.toStdString() << "\" is not Binôme's";
            EXPECT_EQ(action->icon().pixmap(24, 24).toImage(), icon(name).pixmap(24, 24).toImage())
                << action->text().toStdString();
        }
    }
    EXPECT_GE(menuIcons, 7);
    for (const auto& [objectName, name] :
         {std::pair{u"actionOpenDatabase"_s, u"open"_s}, std::pair{u"actionBackup"_s, u"save"_s},
          std::pair{u"actionImport"_s, u"import"_s}, std::pair{u"actionExport"_s, u"export"_s}}) {
        auto* action = window.findChild<QAction*>(objectName);
        ASSERT_NE(action, nullptr) << objectName.toStdString();
        EXPECT_EQ(ourName(action->icon().name()), name);
    }
    // Every button of every page has words or a tooltip, and its icon, if any, is ours.
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    ASSERT_NE(pages, nullptr);
    int buttonIcons = 0;
    for (int index = 0; index < pages->count(); ++index) {
        QWidget* page = pages->widget(index);
        for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
            if (!qobject_cast<QPushButton*>(button) && !qobject_cast<QToolButton*>(button))
                continue;
            // Qt's own: a line edit's clear button, a tab bar's scroll arrows.
            if (button->parentWidget()->inherits("QLineEdit") ||
                button->parentWidget()->inherits("QTabBar"))
                continue;
            const std::string where =
                (page->objectName() + u' ' + button->objectName()).toStdString();
            EXPECT_FALSE(button->text().isEmpty() && button->toolTip().isEmpty()) << where;
            if (button->icon().isNull())
                continue;
            ++buttonIcons;
            EXPECT_TRUE(ours.contains(ourName(button->icon().name()))) << where;
        }
    }
    EXPECT_GE(buttonIcons, 25);
}

TEST_F(IconsTest, PagesReadInALightAndADarkPalette) {
    ASSERT_TRUE(DemoService(db()).install().ok());
    const QString shots = QDir::temp().filePath(u"u3"_s);
    ASSERT_TRUE(QDir().mkpath(shots));
    for (const auto& [palette, set] :
         {std::pair{QApplication::style()->standardPalette(), u"light"_s},
          std::pair{darkPalette(), u"dark"_s}}) {
        const PaletteScope scope(palette);
        MainWindow window;
        ASSERT_TRUE(window.openDatabase(path()));
        window.resize(1280, 720);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const QString ink = set == u"light" ? lightInk : darkInk;
        const QList<std::pair<int, QString>> shown = {
            {0, u"participants"_s}, {3, u"pairing"_s}, {4, u"followup"_s}};
        for (const auto& [index, name] : shown) {
            window.showPage(index);
            QTest::qWait(30);
            EXPECT_TRUE(window.grab().save(QDir(shots).filePath(u"%1-%2.png"_s.arg(name, set))));
        }
        // The buttons' icons are drawn in the ink of the palette's set.
        for (const QString& button : {u"addButton"_s, u"logButton"_s, u"runButton"_s}) {
            auto* found = window.findChild<QPushButton*>(button);
            ASSERT_NE(found, nullptr) << button.toStdString();
            EXPECT_TRUE(drawsIn(found->icon().pixmap(16, 16), ink))
                << button.toStdString() << " in the " << set.toStdString() << " palette";
        }
        // The flag of a binôme needing attention is our warning sign, in the set's amber.
        const QAbstractItemModel* model =
            window.followUpPage()->findChild<QTableView*>(u"tableView"_s)->model();
        const QString warningInk =
            inkOf(sourceDir + u"/resources/icons/"_s + set + u"/binome-warning.svg"_s);
        int flagged = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QVariant decoration =
                model->index(row, FollowUpTableModel::FlagsColumn).data(Qt::DecorationRole);
            if (decoration.isNull())
                continue;
            ++flagged;
            EXPECT_TRUE(drawsIn(decoration.value<QIcon>().pixmap(16, 16), warningInk)) << row;
        }
        EXPECT_GT(flagged, 0) << "the demo has binômes needing attention";
    }
}

TEST_F(IconsTest, QtsOwnIconsStayTheDesktops) {
    // Qt looks "edit-clear" up again as "edit": none of the names Qt's widgets ask for may land
    // on one of ours (a pencil in a line edit's clear button).
    for (const QString& name :
         {u"edit-clear"_s, u"edit-undo"_s, u"edit-copy"_s, u"view-list-details"_s, u"help-about"_s,
          u"document-open"_s, u"open-menu"_s, u"lock"_s, u"add"_s}) {
        const QIcon found = QIcon::fromTheme(name);
        EXPECT_TRUE(found.isNull() || ourName(found.name()).isEmpty())
            << name.toStdString() << " gives Binôme's " << found.name().toStdString();
    }
}

TEST_F(IconsTest, ButtonsWithIconsStillFitALaptopScreenInBothLanguages) {
    ASSERT_TRUE(DemoService(db()).install().ok());
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        installTranslations(*qApp, language);
        MainWindow window;
        ASSERT_TRUE(window.openDatabase(path()));
        EXPECT_LE(window.minimumSizeHint().width(), 1280) << language.toStdString();
        window.show();
        window.showPage(4);
        QTest::qWait(20);
        // The binôme's detail: its row of ten buttons, each with its icon.
        FollowUpPage* followUp = window.followUpPage();
        ASSERT_GT(followUp->proxy()->rowCount(), 0);
        const qint64 id =
            followUp->proxy()->index(0, 0).data(FollowUpTableModel::IdRole).toLongLong();
        BinomeDetailDialog* dialog = followUp->openDetail(id);
        ASSERT_NE(dialog, nullptr);
        EXPECT_LE(dialog->minimumSizeHint().width(), 1280) << language.toStdString();
        EXPECT_LE(dialog->sizeHint().width(), 1280) << language.toStdString();
        dialog->close();
    }
    installTranslations(*qApp, u"en"_s);
}
