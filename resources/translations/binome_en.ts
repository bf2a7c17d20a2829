<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>BinomeReport</name>
    <message numerus="yes">
        <source>a session every %n day(s)</source>
        <translation>
            <numerusform>a session every %n day</numerusform>
            <numerusform>a session every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <comment>skill (objectives re-assessed)</comment>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardKpis</name>
    <message numerus="yes">
        <source>of %n binôme(s) formed</source>
        <translation>
            <numerusform>of %n binôme formed</numerusform>
            <numerusform>of %n binômes formed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned to come</source>
        <translation>
            <numerusform>%n planned to come</numerusform>
            <numerusform>%n planned to come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open binôme(s)</source>
        <translation>
            <numerusform>%1 of %n open binôme</numerusform>
            <numerusform>%1 of %n open binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>levels, over %n re-assessed objective(s)</source>
        <translation>
            <numerusform>levels, over %n re-assessed objective</numerusform>
            <numerusform>levels, over %n re-assessed objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n debrief(s) answered</source>
        <translation>
            <numerusform>over %n debrief answered</numerusform>
            <numerusform>over %n debriefs answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message numerus="yes">
        <source>This objective was reviewed in %n debrief(s). Removing it also removes those reviews, and Edit › Undo brings back the objective only. To keep its history, set its status to &quot;Dropped&quot; instead.

Remove it anyway?</source>
        <translation>
            <numerusform>This objective was reviewed in %n debrief. Removing it also removes those reviews, and Edit › Undo brings back the objective only. To keep its history, set its status to &quot;Dropped&quot; instead.

Remove it anyway?</numerusform>
            <numerusform>This objective was reviewed in %n debriefs. Removing it also removes those reviews, and Edit › Undo brings back the objective only. To keep its history, set its status to &quot;Dropped&quot; instead.

Remove it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message numerus="yes">
        <source>At risk: no session held for %n day(s) (cadence: every %1 days)</source>
        <translation>
            <numerusform>At risk: no session held for %n day (cadence: every %1 days)</numerusform>
            <numerusform>At risk: no session held for %n days (cadence: every %1 days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At risk: no session held in the %n day(s) since the start (cadence: every %1 days)</source>
        <translation>
            <numerusform>At risk: no session held in the %n day since the start (cadence: every %1 days)</numerusform>
            <numerusform>At risk: no session held in the %n days since the start (cadence: every %1 days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objective overdue: %n objective(s) past their due date</source>
        <translation>
            <numerusform>Objective overdue: %n objective past their due date</numerusform>
            <numerusform>Objective overdue: %n objectives past their due date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message numerus="yes">
        <source>the file has %Ln session(s), more than the %1 an import reads: split it into smaller files and import them one after the other</source>
        <translation>
            <numerusform>the file has %Ln session, more than the %1 an import reads: split it into smaller files and import them one after the other</numerusform>
            <numerusform>the file has %Ln sessions, more than the %1 an import reads: split it into smaller files and import them one after the other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has %Ln participant(s), more than the %1 an import reads: split it into smaller files and import them one after the other</source>
        <translation>
            <numerusform>the file has %Ln participant, more than the %1 an import reads: split it into smaller files and import them one after the other</numerusform>
            <numerusform>the file has %Ln participants, more than the %1 an import reads: split it into smaller files and import them one after the other</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroductionLetters</name>
    <message numerus="yes">
        <source>at least once every %n day(s)</source>
        <translation>
            <numerusform>at least once every %n day</numerusform>
            <numerusform>at least once every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are both available on %n half-day(s) of the week: finding a slot should be easy.</source>
        <translation>
            <numerusform>You are both available on %n half-day of the week: finding a slot should be easy.</numerusform>
            <numerusform>You are both available on %n half-days of the week: finding a slot should be easy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least once every %n week(s)</source>
        <translation>
            <numerusform>at least once every %n week</numerusform>
            <numerusform>at least once every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n binôme(s) · from %2 to %3</source>
        <translation>
            <numerusform>%1 · %n binôme · from %2 to %3</numerusform>
            <numerusform>%1 · %n binômes · from %2 to %3</numerusform>
        </translation>
    </message>
</context>
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
    <name>ParticipantCommands</name>
    <message numerus="yes">
        <source>Archive %n participant(s)</source>
        <translation>
            <numerusform>Archive %n participant</numerusform>
            <numerusform>Archive %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n participant(s)</source>
        <translation>
            <numerusform>Restore %n participant</numerusform>
            <numerusform>Restore %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantReport</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) at a time</source>
        <translation>
            <numerusform>%n mentee at a time</numerusform>
            <numerusform>%n mentees at a time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramReport</name>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debrief(s) with an answer</source>
        <translation>
            <numerusform>%n debrief with an answer</numerusform>
            <numerusform>%n debriefs with an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Program report · %1 to %2 · a session every %n day(s) · as of %3</source>
        <translation>
            <numerusform>Program report · %1 to %2 · a session every %n day · as of %3</numerusform>
            <numerusform>Program report · %1 to %2 · a session every %n days · as of %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>Page %1 of %n</source>
        <translation>
            <numerusform>Page %1 of %n</numerusform>
            <numerusform>Page %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::BackupSettingsDialog</name>
    <message numerus="yes">
        <source>The copies of the last %n day(s) of use are kept.</source>
        <translation>
            <numerusform>The copies of the last %n day of use are kept.</numerusform>
            <numerusform>The copies of the last %n days of use are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::BinomeDetailDialog</name>
    <message numerus="yes">
        <source>%1, from %2 to %3, a session every %n day(s)</source>
        <translation>
            <numerusform>%1, from %2 to %3, a session every %n day</numerusform>
            <numerusform>%1, from %2 to %3, a session every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n session held</numerusform>
            <numerusform>%n sessions held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned session(s) written to %1.</source>
        <translation>
            <numerusform>%n planned session written to %1.</numerusform>
            <numerusform>%n planned sessions written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::DashboardPage</name>
    <message numerus="yes">
        <source>%n binôme(s) need attention, of which %1 at risk. Open one with a double-click or Enter.</source>
        <translation>
            <numerusform>%n binôme need attention, of which %1 at risk. Open one with a double-click or Enter.</numerusform>
            <numerusform>%n binômes need attention, of which %1 at risk. Open one with a double-click or Enter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · a session every %n day(s) · figures as of %3</source>
        <translation>
            <numerusform>%1 to %2 · a session every %n day · figures as of %3</numerusform>
            <numerusform>%1 to %2 · a session every %n days · figures as of %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s), figures as of %1. Shares are of the open binômes (cadence) and of the objectives not dropped; satisfaction is shown as a share of the top mark, 5. Hover a figure for how it is computed.</source>
        <translation>
            <numerusform>%n program, figures as of %1. Shares are of the open binômes (cadence) and of the objectives not dropped; satisfaction is shown as a share of the top mark, 5. Hover a figure for how it is computed.</numerusform>
            <numerusform>%n programs, figures as of %1. Shares are of the open binômes (cadence) and of the objectives not dropped; satisfaction is shown as a share of the top mark, 5. Hover a figure for how it is computed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::FollowUpPage</name>
    <message numerus="yes">
        <source>%1 to %2 · a session every %n day(s)</source>
        <translation>
            <numerusform>%1 to %2 · a session every %n day</numerusform>
            <numerusform>%1 to %2 · a session every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binôme(s)</source>
        <translation>
            <numerusform>%n binôme</numerusform>
            <numerusform>%n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n binôme(s) shown</source>
        <translation>
            <numerusform>%1 of %n binôme shown</numerusform>
            <numerusform>%1 of %n binômes shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n at risk</numerusform>
            <numerusform>%n at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an objective overdue</source>
        <translation>
            <numerusform>%n with an objective overdue</numerusform>
            <numerusform>%n with an objective overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a debrief due</source>
        <translation>
            <numerusform>%n with a debrief due</numerusform>
            <numerusform>%n with a debrief due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a low rating</source>
        <translation>
            <numerusform>%n with a low rating</numerusform>
            <numerusform>%n with a low rating</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned session(s) written to %1.</source>
        <translation>
            <numerusform>%n planned session written to %1.</numerusform>
            <numerusform>%n planned sessions written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::FollowUpTableModel</name>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n session held</numerusform>
            <numerusform>%n sessions held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned ahead</source>
        <translation>
            <numerusform>%n session planned ahead</numerusform>
            <numerusform>%n sessions planned ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without a held session</source>
        <translation>
            <numerusform>%n day without a held session</numerusform>
            <numerusform>%n days without a held session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 achieved of %2; %n overdue</source>
        <translation>
            <numerusform>%1 achieved of %2; %n overdue</numerusform>
            <numerusform>%1 achieved of %2; %n overdue</numerusform>
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
    <name>binome::gui::ImportSessionsDialog</name>
    <message numerus="yes">
        <source>Ready to import %n session(s): %1 new, %2 already there.</source>
        <translation>
            <numerusform>Ready to import %n session: %1 new, %2 already there.</numerusform>
            <numerusform>Ready to import %n sessions: %1 new, %2 already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported until the sheet is corrected.</source>
        <translation>
            <numerusform>%n problem found: nothing will be imported until the sheet is corrected.</numerusform>
            <numerusform>%n problems found: nothing will be imported until the sheet is corrected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::PairingPage</name>
    <message numerus="yes">
        <source>Save the %n new binôme(s) for &quot;%1&quot;? The binômes already confirmed stay as they are; each new one gets its first objectives.</source>
        <translation>
            <numerusform>Save the %n new binôme for &quot;%1&quot;? The binômes already confirmed stay as they are; each new one gets its first objectives.</numerusform>
            <numerusform>Save the %n new binômes for &quot;%1&quot;? The binômes already confirmed stay as they are; each new one gets its first objectives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed: %n new binôme(s) saved for &quot;%1&quot;.</source>
        <translation>
            <numerusform>Confirmed: %n new binôme saved for &quot;%1&quot;.</numerusform>
            <numerusform>Confirmed: %n new binômes saved for &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n people taking part, the proposal takes a moment.</source>
        <translation>
            <numerusform>With %n people taking part, the proposal takes a moment.</numerusform>
            <numerusform>With %n people taking part, the proposal takes a moment.</numerusform>
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
    <name>binome::gui::ProgramComparisonModel</name>
    <message numerus="yes">
        <source>A session every %n day(s)</source>
        <translation>
            <numerusform>A session every %n day</numerusform>
            <numerusform>A session every %n days</numerusform>
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
    <name>binome::gui::RunBinomesDialog</name>
    <message numerus="yes">
        <source>%n binôme(s) created by this run, %1 still open.</source>
        <translation>
            <numerusform>%n binôme created by this run, %1 still open.</numerusform>
            <numerusform>%n binômes created by this run, %1 still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation>
            <numerusform>%n shown.</numerusform>
            <numerusform>%n shown.</numerusform>
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
    <message numerus="yes">
        <source>%n program(s) added: %1 binômes, %2 sessions, %3 debriefs.
</source>
        <translation>
            <numerusform>%n program added: %1 binômes, %2 sessions, %3 debriefs.
</numerusform>
            <numerusform>%n programs added: %1 binômes, %2 sessions, %3 debriefs.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binôme(s)</source>
        <translation>
            <numerusform>%n binôme</numerusform>
            <numerusform>%n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n planned session(s) to %1.
</source>
        <translation>
            <numerusform>Wrote %n planned session to %1.
</numerusform>
            <numerusform>Wrote %n planned sessions to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n introduction letter(s) to %1.
</source>
        <translation>
            <numerusform>Wrote %n introduction letter to %1.
</numerusform>
            <numerusform>Wrote %n introduction letters to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the list of %n confirmed binôme(s) to %1.
</source>
        <translation>
            <numerusform>Wrote the list of %n confirmed binôme to %1.
</numerusform>
            <numerusform>Wrote the list of %n confirmed binômes to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was imported.
</source>
        <translation>
            <numerusform>%n problem: nothing was imported.
</numerusform>
            <numerusform>%n problems: nothing was imported.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s): %1.
</source>
        <translation>
            <numerusform>Imported %n session: %1.
</numerusform>
            <numerusform>Imported %n sessions: %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s): %1.
</source>
        <translation>
            <numerusform>Imported %n participant: %1.
</numerusform>
            <numerusform>Imported %n participants: %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of &quot;%1&quot; (%n binôme(s)) to %2.
</source>
        <translation>
            <numerusform>Wrote the report of &quot;%1&quot; (%n binôme) to %2.
</numerusform>
            <numerusform>Wrote the report of &quot;%1&quot; (%n binômes) to %2.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold %1:
</source>
        <translation>
            <numerusform>%n backup still hold %1:
</numerusform>
            <numerusform>%n backups still hold %1:
</numerusform>
        </translation>
    </message>
</context>
</TS>
