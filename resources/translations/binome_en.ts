<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>PairingService</name>
    <message numerus="yes">
        <source>Availability: %n shared half-day(s) (+%1 points)</source>
        <translation>
            <numerusform>Availability: %n shared half-day (+%1 points)</numerusform>
            <numerusform>Availability: %n shared half-days (+%1 points)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::ImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problem found: nothing will be imported until the file is corrected.</numerusform>
            <numerusform>%n problems found: nothing will be imported until the file is corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n participant(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>Ready to import %n participant: %1 new, %2 updated, %3 unchanged.</numerusform>
            <numerusform>Ready to import %n participants: %1 new, %2 updated, %3 unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::ParticipantsPage</name>
    <message numerus="yes">
        <source>%n participant(s) exported to %1.</source>
        <translation>
            <numerusform>%n participant exported to %1.</numerusform>
            <numerusform>%n participants exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::ProgramTableModel</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::ProgramsPage</name>
    <message numerus="yes">
        <source>Delete the program &quot;%1&quot; and its %n binôme(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the program &quot;%1&quot; and its %n binôme? This cannot be undone.</numerusform>
            <numerusform>Delete the program &quot;%1&quot; and its %n binômes? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1.
</source>
        <translation>
            <numerusform>Exported %n participant to %1.
</numerusform>
            <numerusform>Exported %n participants to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
