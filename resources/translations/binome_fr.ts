<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Database</name>
    <message>
        <source>seeding the skills catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is locked by another program (another Binôme window?); close it or try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a Binôme database, or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database was written by a newer version of Binôme (schema %1; this version knows up to %2). Update Binôme to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an SQLite database of another program, not a Binôme database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turning on foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turning on write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the database to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <source>Pilot program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse mentoring on digital tools: one meeting every two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HalfDays</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 AM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Binôme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Binôme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Participant</name>
    <message>
        <source>Junior (mentor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior (mentee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantCommands</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first.last@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fr, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity (seniors mentored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchived (kept for history, left out of new programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;meeting mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-days when they can meet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter skills…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantFile</name>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spreadsheet workbook (.xlsx or .ods) or another ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls) or another Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote opened on this line is never closed: the rest of the file is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has values but no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a skill code of the catalog (column &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;: rename it as documented (for example &quot;prénom&quot; or &quot;first_name&quot;) or delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold this field: keep only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column missing (header line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no participants: the file has only its header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 columns (a value holding &quot;%3&quot; must be in double quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: junior (mentor) or senior (mentee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: junior (mentor) or senior (mentee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting mode: in-person, remote or any (présentiel, distanciel, indifférent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a half-day: write them like mon-am|thu-pm (or lun-matin|jeu-aprem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a CSV or JSON file: it looks like %1. Save the spreadsheet as &quot;CSV UTF-8&quot; and import that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the e-mail of the participant on line %2: each participant needs their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown file type: name it .csv or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is far out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of skill codes, such as {&quot;genai&quot;: 3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a skill code of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;: use current, target and priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level or an object {&quot;current&quot;, &quot;target&quot;, &quot;priority&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;role&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;participants&quot;: [ ... ]}, a list of participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no participants: the list is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>reading participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading skill levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the skills of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill %1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archiving a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantService</name>
    <message>
        <source>is not a skill of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected participant (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants from a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every participant to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, e-mail, department, site… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;cadence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramRepository</name>
    <message>
        <source>reading programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramService</name>
    <message>
        <source>a program named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter programs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Skill</name>
    <message>
        <source>DigComp competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Information and data literacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Communication and collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Digital content creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Problem solving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillCatalogService</name>
    <message>
        <source>the code %1 is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This skill no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of a skill never changes (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillDialog</name>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. teams-meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;French:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigComp &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillRepository</name>
    <message>
        <source>reading the skills catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the skill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the skill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting a skill&apos;s uses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Skills catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 21 competences of the European DigComp 2.2 framework and concrete tools. Add your own skills; a code never changes once used, so skills are archived rather than deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add skill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter skills…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a participant cannot be their own manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible birth year (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (two or three letters, such as fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only seniors have a target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only seniors have a priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 2 to 32 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a DigComp area from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binome::gui::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import %1 participant(s): %2 new, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported until the file is corrected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills and gaps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binome::gui::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binôme — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binôme — demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo organisation: its people are fictitious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binôme databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binôme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Binôme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Binôme %1&lt;/h3&gt;&lt;p&gt;Reverse-mentoring programs on your desktop: participants, skills, binômes, sessions and progress.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one file readable by you only.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binome::gui::ParticipantDialog</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each skill to work on: the current level and the target (0 none to 5 expert), and a priority from 1 (nice to have) to 3 (essential). The gap is what a mentor should cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor&apos;s level on each skill, from 0 (none) to 5 (expert). Leave a skill empty when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binome::gui::ParticipantTableModel</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps (current → target), highest priority first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill levels (0 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills and gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binome::gui::ParticipantsPage</name>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juniors (mentors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniors (mentees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2: %3 juniors, %4 seniors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant files (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::ProgramDialog</name>
    <message>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binome::gui::ProgramTableModel</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binome::gui::ProgramsPage</name>
    <message>
        <source>Delete program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the program &quot;%1&quot;? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binome::gui::SkillDialog</name>
    <message>
        <source>New skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binome::gui::SkillLevelsModel</name>
    <message>
        <source>Priority: 1 (nice to have) to 3 (essential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: 0 (none) to 5 (expert); empty when unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binome::gui::SkillTableModel</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigComp area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binome::gui::SkillsPage</name>
    <message>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli demo

Fills the database with the demo organisation: juniors, seniors with their skills, and a pilot program. Running it again updates the same people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli: demo takes no argument
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo organisation: %1 juniors and %2 seniors (%3 added, %4 updated).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli: usage: %1 participants FILE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv or .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli import participants FILE [--dry-run]

Imports participants and their skill levels from CSV or JSON (see docs/participant-files.md). People already there are updated, found by e-mail. If any row is wrong, nothing is written and every problem is listed as FILE:LINE: field: problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 participant(s): %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv or FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli export participants FILE.csv|FILE.json

Exports every participant with their skills; the file imports back to the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No program yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>binome-cli: programs add NAME --start YYYY-MM-DD --end YYYY-MM-DD
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli: the program was not added:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; added.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between sessions (default 14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the program is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | add NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli programs list [--json]
binome-cli programs add NAME --start YYYY-MM-DD --end YYYY-MM-DD [--cadence DAYS] [--description TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli: programs takes &apos;list&apos; or &apos;add&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli skills [list]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli: skills takes only &apos;list&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import participants from a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export participants to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list and add programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the skills catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the database with the demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: binome-cli [--db PATH] COMMAND [ARGUMENTS...]

Reverse-mentoring programs from the command line.

Options:
  --db PATH    the database file (default: %1)
  -h, --help   show this help
  --version    show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;binome-cli COMMAND --help&apos; for a command&apos;s help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli: --db needs a file path
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli: unknown option %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binome-cli: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reverse-mentoring programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
