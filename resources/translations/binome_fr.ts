<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>BackupFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no Binôme data.</source>
        <translation>%1 est vide : il ne contient aucune donnée Binôme.</translation>
    </message>
    <message>
        <source>%1 is not a Binôme database: it is not an SQLite database at all.</source>
        <translation>%1 n&apos;est pas une base de données Binôme : ce n&apos;est pas du tout une base de données SQLite.</translation>
    </message>
    <message>
        <source>%1 is incomplete (cut short): it holds %2 bytes of the %3 it should.</source>
        <translation>%1 est incomplet (tronqué) : il contient %2 octets sur les %3 attendus.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2).</source>
        <translation>%1 est endommagé (contrôle d&apos;intégrité de SQLite : %2).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Binôme (schema %2; this version knows up to %3): update Binôme to restore it.</source>
        <translation>%1 a été écrit par une version plus récente de Binôme (schéma %2 ; cette version connaît les schémas jusqu&apos;au %3) : mettez Binôme à jour pour le restaurer.</translation>
    </message>
    <message>
        <source>%1 is an empty database: it holds no Binôme data.</source>
        <translation>%1 est une base de données vide : il ne contient aucune donnée Binôme.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Binôme database.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas une base de données Binôme.</translation>
    </message>
    <message>
        <source>%1 is not a whole Binôme database: its table &quot;%2&quot; is missing.</source>
        <translation>%1 n&apos;est pas une base de données Binôme complète : sa table « %2 » est absente.</translation>
    </message>
    <message>
        <source>%1 cannot be searched: %2</source>
        <translation>%1 ne peut pas être parcouru : %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>copying %1 to %2</source>
        <translation>la copie de %1 vers %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 Nothing was restored; the database is unchanged.</source>
        <translation>%1 Rien n&apos;a été restauré ; la base de données est inchangée.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>No daily backup was made: cannot create the folder %1.</source>
        <translation>Aucune sauvegarde quotidienne n&apos;a été faite : impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>No daily backup was made: %1</source>
        <translation>Aucune sauvegarde quotidienne n&apos;a été faite : %1</translation>
    </message>
    <message>
        <source>%1 is the database itself (%2), not a backup of it.</source>
        <translation>%1 est la base de données elle-même (%2), pas une sauvegarde de celle-ci.</translation>
    </message>
    <message>
        <source>The database could not be kept aside, so nothing was restored: %1</source>
        <translation>La base de données n&apos;a pas pu être mise de côté, rien n&apos;a donc été restauré : %1</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>Paramètres de sauvegarde</translation>
    </message>
    <message>
        <source>Each day a database is first opened, Binôme keeps a copy of it in a folder beside it, readable by you only, and removes the oldest copies.</source>
        <translation>Chaque jour, à la première ouverture d&apos;une base de données, Binôme en conserve une copie dans un dossier situé à côté, lisible par vous seul, et supprime les copies les plus anciennes.</translation>
    </message>
    <message>
        <source>&amp;Daily copies kept:</source>
        <translation>Copies &amp;quotidiennes conservées :</translation>
    </message>
    <message>
        <source>0 turns the daily copies off; the copies already made are kept.</source>
        <translation>0 désactive les copies quotidiennes ; les copies déjà faites sont conservées.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
</context>
<context>
    <name>Binome</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Mené à terme</translation>
    </message>
    <message>
        <source>Left the company</source>
        <translation>A quitté l&apos;entreprise</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Incompatibilité</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>BinomeDetailDialog</name>
    <message>
        <source>Binôme</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Mentor (junior):</source>
        <translation>Mentor (junior) :</translation>
    </message>
    <message>
        <source>Mentee (senior):</source>
        <translation>Mentoré (senior) :</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programme :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Avancement :</translation>
    </message>
    <message>
        <source>Attention:</source>
        <translation>Points d&apos;attention :</translation>
    </message>
    <message>
        <source>Why this binôme:</source>
        <translation>Pourquoi ce binôme :</translation>
    </message>
    <message>
        <source>Ob&amp;jectives</source>
        <translation>Ob&amp;jectifs</translation>
    </message>
    <message>
        <source>Learning resources for these skills:</source>
        <translation>Ressources d&apos;apprentissage pour ces compétences :</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sé&amp;ances</translation>
    </message>
    <message>
        <source>Debrie&amp;fs</source>
        <translation>Dé&amp;briefs</translation>
    </message>
    <message>
        <source>Level &amp;history</source>
        <translation>&amp;Historique des niveaux</translation>
    </message>
    <message>
        <source>Log &amp;session…</source>
        <translation>&amp;Saisir une séance…</translation>
    </message>
    <message>
        <source>Log a session this binôme held (Ctrl+L)</source>
        <translation>Saisir une séance réalisée par ce binôme (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Plan session…</source>
        <translation>&amp;Planifier une séance…</translation>
    </message>
    <message>
        <source>&amp;Debrief…</source>
        <translation>&amp;Débrief…</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Mettre en pa&amp;use</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>Termi&amp;ner…</translation>
    </message>
    <message>
        <source>Add &amp;objective…</source>
        <translation>Ajouter un &amp;objectif…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected objective or session (Enter)</source>
        <translation>Modifier l&apos;objectif ou la séance sélectionné(e) (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Remove the selected objective, session or debrief</source>
        <translation>Supprimer l&apos;objectif, la séance ou le débrief sélectionné</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xporter le calendrier…</translation>
    </message>
    <message>
        <source>Save this binôme&apos;s planned sessions as an .ics file that Outlook or Thunderbird opens</source>
        <translation>Enregistrer les séances prévues de ce binôme dans un fichier .ics qu&apos;Outlook ou Thunderbird ouvre</translation>
    </message>
    <message>
        <source>Repor&amp;t…</source>
        <translation>Rappor&amp;t…</translation>
    </message>
    <message>
        <source>This binôme&apos;s progress report as PDF: both people, objectives, levels over time, sessions and debriefs</source>
        <translation>Le rapport d&apos;avancement de ce binôme en PDF : les deux personnes, les objectifs, les niveaux dans le temps, les séances et les débriefs</translation>
    </message>
    <message>
        <source>Plan this binôme&apos;s next session: its date, duration and mode</source>
        <translation>Planifier la prochaine séance de ce binôme : sa date, sa durée et son mode</translation>
    </message>
    <message>
        <source>Review this binôme: re-assess its objectives&apos; skills, update their status, record both people&apos;s satisfaction</source>
        <translation>Faire le point sur ce binôme : réévaluer les compétences de ses objectifs, mettre à jour leur statut, noter la satisfaction des deux personnes</translation>
    </message>
    <message>
        <source>Pause this binôme: while paused it is never flagged at risk. Resume starts it again.</source>
        <translation>Mettre ce binôme en pause : pendant la pause, il n&apos;est jamais signalé « À risque ». « Reprendre » le relance.</translation>
    </message>
    <message>
        <source>End this binôme, with the date and the reason (it is kept, never deleted)</source>
        <translation>Terminer ce binôme, avec la date et le motif (il est conservé, jamais supprimé)</translation>
    </message>
    <message>
        <source>Add an objective: a skill, who learns it, the level to reach and a due date</source>
        <translation>Ajouter un objectif : une compétence, qui l&apos;apprend, le niveau à atteindre et une échéance</translation>
    </message>
</context>
<context>
    <name>BinomeReport</name>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Expected rhythm</source>
        <translation>Rythme attendu</translation>
    </message>
    <message numerus="yes">
        <source>a session every %n day(s)</source>
        <translation>
            <numerusform>une séance tous les %n jour</numerusform>
            <numerusform>une séance tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>séances réalisées</translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n prévue</numerusform>
            <numerusform>%n prévues</numerusform>
        </translation>
    </message>
    <message>
        <source>hours together</source>
        <translation>heures passées ensemble</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>objectives achieved</source>
        <translation>objectifs atteints</translation>
    </message>
    <message>
        <source>average level gain</source>
        <translation>gain moyen de niveau</translation>
    </message>
    <message>
        <source>levels, over re-assessed objectives</source>
        <translation>niveaux, sur les objectifs réévalués</translation>
    </message>
    <message>
        <source>last session held</source>
        <translation>dernière séance réalisée</translation>
    </message>
    <message>
        <source>next planned: %1</source>
        <translation>prochaine séance prévue : %1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No objective was set.</source>
        <translation>Aucun objectif n&apos;a été défini.</translation>
    </message>
    <message>
        <source>The learner&apos;s levels over time</source>
        <translation>Évolution des niveaux de l&apos;apprenant</translation>
    </message>
    <message>
        <source>level (0 to 5)</source>
        <translation>niveau (0 à 5)</translation>
    </message>
    <message>
        <source>No level recorded yet on the objectives&apos; skills.</source>
        <translation>Aucun niveau n&apos;est encore enregistré pour les compétences des objectifs.</translation>
    </message>
    <message>
        <source>Each line is one skill of the objectives; a level holds until the next assessment (import, edit or debrief).</source>
        <translation>Chaque courbe correspond à une compétence des objectifs ; un niveau reste valable jusqu&apos;à l&apos;évaluation suivante (import, modification ou débrief).</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Notes and next steps</source>
        <translation>Remarques et prochaines étapes</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No session yet.</source>
        <translation>Aucune séance pour le moment.</translation>
    </message>
    <message>
        <source>→ %1</source>
        <comment>next steps</comment>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>mentee %1</source>
        <translation>mentoré %1</translation>
    </message>
    <message>
        <source>mentor %1</source>
        <translation>mentor %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>held</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <source>Ratings from 1 to 5, given by each person after the session; planned sessions are tinted.</source>
        <translation>Notes de 1 à 5, attribuées par chacun après la séance ; les séances prévues apparaissent sur fond teinté.</translation>
    </message>
    <message>
        <source>Debriefs</source>
        <translation>Débriefs</translation>
    </message>
    <message>
        <source>No debrief yet.</source>
        <translation>Aucun débrief pour le moment.</translation>
    </message>
    <message>
        <source>%1 debrief, %2</source>
        <translation>Débrief du %2 (%1)</translation>
    </message>
    <message>
        <source>Mentee&apos;s satisfaction</source>
        <translation>Satisfaction du mentoré</translation>
    </message>
    <message>
        <source>Mentor&apos;s satisfaction</source>
        <translation>Satisfaction du mentor</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Level set</source>
        <translation>Niveau attribué</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Statut avant</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Statut après</translation>
    </message>
    <message>
        <source>No objective was reviewed.</source>
        <translation>Aucun objectif n&apos;a été examiné.</translation>
    </message>
    <message>
        <source>Binôme report</source>
        <translation>Rapport de binôme</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Binôme report · %1 · as of %2</source>
        <translation>Rapport de binôme · %1 · situation au %2</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Why they were paired</source>
        <translation>Raisons de l&apos;appariement</translation>
    </message>
    <message>
        <source>No explanation was kept for this binôme.</source>
        <translation>Aucune explication n&apos;a été conservée pour ce binôme.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a card&apos;s title: role, name</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>BinomeRepository</name>
    <message>
        <source>reading a binôme</source>
        <translation>la lecture d&apos;un binôme</translation>
    </message>
    <message>
        <source>reading the binômes</source>
        <translation>la lecture des binômes</translation>
    </message>
    <message>
        <source>finding a binôme</source>
        <translation>la recherche d&apos;un binôme</translation>
    </message>
    <message>
        <source>creating a binôme</source>
        <translation>la création d&apos;un binôme</translation>
    </message>
    <message>
        <source>saving a binôme</source>
        <translation>l&apos;enregistrement d&apos;un binôme</translation>
    </message>
    <message>
        <source>Binôme %1 does not exist.</source>
        <translation>Le binôme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The binôme %1 – %2</source>
        <translation>Le binôme %1 – %2</translation>
    </message>
    <message>
        <source>The binôme %1</source>
        <translation>Le binôme %1</translation>
    </message>
    <message>
        <source>%1 already has a binôme in this program (confirmed meanwhile, perhaps in another window or on another computer); nothing was saved.</source>
        <translation>%1 a déjà un binôme dans ce programme (confirmé entre-temps, peut-être dans une autre fenêtre ou sur un autre ordinateur) ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>BinomeService</name>
    <message>
        <source>Binôme %1 does not exist.</source>
        <translation>Le binôme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This binôme has already ended.</source>
        <translation>Ce binôme est déjà terminé.</translation>
    </message>
    <message>
        <source>The end date is required.</source>
        <translation>La date de fin est obligatoire.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the binôme&apos;s start (%2).</source>
        <translation>La date de fin (%1) est antérieure au début du binôme (%2).</translation>
    </message>
    <message>
        <source>Say why the binôme ends: a note is required for &quot;other&quot;.</source>
        <translation>Indiquez pourquoi le binôme prend fin : une note est obligatoire pour le motif « autre ».</translation>
    </message>
    <message>
        <source>Only an active binôme can be paused.</source>
        <translation>Seul un binôme actif peut être mis en pause.</translation>
    </message>
    <message>
        <source>Only a paused binôme can be resumed.</source>
        <translation>Seul un binôme en pause peut être repris.</translation>
    </message>
    <message>
        <source>This binôme cannot be reopened: its senior has been paired again since. End the new binôme first.</source>
        <translation>Ce binôme ne peut pas être rouvert : son senior a été mis en binôme à nouveau depuis. Terminez d&apos;abord le nouveau binôme.</translation>
    </message>
</context>
<context>
    <name>ChooseMentorDialog</name>
    <message>
        <source>Choose a mentor</source>
        <translation>Choisir un mentor</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrer par nom…</translation>
    </message>
    <message>
        <source>Enter or double-click: choose this mentor</source>
        <translation>Entrée ou double-clic : choisir ce mentor</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>No session held yet.</source>
        <translation>Aucune séance réalisée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No objective re-assessed in a debrief yet: levels show after the first debrief.</source>
        <translation>Aucun objectif réévalué en débrief pour l&apos;instant : les niveaux s&apos;affichent après le premier débrief.</translation>
    </message>
    <message>
        <source>No objective set yet.</source>
        <translation>Aucun objectif défini pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No program to compare yet.</source>
        <translation>Aucun programme à comparer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Séances réalisées</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>At kickoff</source>
        <translation>Au lancement</translation>
    </message>
    <message>
        <source>Latest debrief</source>
        <translation>Dernier débrief</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <comment>skill (objectives re-assessed)</comment>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean level (0 to 5)</source>
        <translation>Niveau moyen (0 à 5)</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mentee satisfaction (% of 5)</source>
        <translation>Satisfaction des mentorés (en % de 5)</translation>
    </message>
    <message>
        <source>Mentor satisfaction (% of 5)</source>
        <translation>Satisfaction des mentors (en % de 5)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>DashboardKpis</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Active binômes</source>
        <translation>Binômes actifs</translation>
    </message>
    <message>
        <source>Paused binômes</source>
        <translation>Binômes en pause</translation>
    </message>
    <message>
        <source>Ended binômes</source>
        <translation>Binômes terminés</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Séances réalisées</translation>
    </message>
    <message>
        <source>Hours of mentoring</source>
        <translation>Heures de mentorat</translation>
    </message>
    <message>
        <source>Kept the cadence</source>
        <translation>Cadence respectée</translation>
    </message>
    <message>
        <source>Objectives achieved</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>Average level gain</source>
        <translation>Gain moyen de niveau</translation>
    </message>
    <message>
        <source>Mentee satisfaction</source>
        <translation>Satisfaction des mentorés</translation>
    </message>
    <message>
        <source>Mentor satisfaction</source>
        <translation>Satisfaction des mentors</translation>
    </message>
    <message>
        <source>Binômes meeting now (neither paused nor ended).</source>
        <translation>Binômes qui se rencontrent actuellement (ni en pause ni terminés).</translation>
    </message>
    <message>
        <source>Binômes on hold: kept, not expected to meet until resumed.</source>
        <translation>Binômes en pause : conservés, sans séance attendue jusqu&apos;à leur reprise.</translation>
    </message>
    <message>
        <source>Binômes that ended (completed, someone left, mismatch or other); they stay in the program&apos;s history.</source>
        <translation>Binômes terminés (menés à terme, départ d&apos;une personne, incompatibilité ou autre) ; ils restent dans l&apos;historique du programme.</translation>
    </message>
    <message>
        <source>Sessions logged as held by every binôme of the program, ended ones included; planned sessions are not counted.</source>
        <translation>Séances saisies comme réalisées par tous les binômes du programme, binômes terminés compris ; les séances prévues ne sont pas comptées.</translation>
    </message>
    <message>
        <source>The total length of the sessions held, in hours.</source>
        <translation>Durée totale des séances réalisées, en heures.</translation>
    </message>
    <message>
        <source>Share of the open (active or paused) binômes that are not at risk: their last session held, or their start, is within the program&apos;s cadence. A paused binôme is not expected to meet and counts as keeping it.</source>
        <translation>Part des binômes en cours (actifs ou en pause) qui ne sont pas à risque : leur dernière séance réalisée, ou leur début, se situe dans l&apos;intervalle fixé par la cadence du programme. Un binôme en pause n&apos;est pas censé se rencontrer et compte comme respectant la cadence.</translation>
    </message>
    <message>
        <source>Objectives marked achieved, out of every objective of the program&apos;s binômes except the dropped ones.</source>
        <translation>Objectifs marqués comme atteints, sur l&apos;ensemble des objectifs des binômes du programme, hors objectifs abandonnés.</translation>
    </message>
    <message>
        <source>Over the objectives re-assessed in a debrief (dropped ones aside): the mean of the level of their latest debrief minus their starting level, on the 0 to 5 scale.</source>
        <translation>Sur les objectifs réévalués lors d&apos;un débrief (hors objectifs abandonnés) : moyenne de la différence entre le niveau du dernier débrief et le niveau de départ, sur l&apos;échelle de 0 à 5.</translation>
    </message>
    <message>
        <source>The mean of the mentees&apos; satisfaction (1 to 5) over every debrief that recorded it.</source>
        <translation>Moyenne de la satisfaction des mentorés (de 1 à 5) sur tous les débriefs où elle a été renseignée.</translation>
    </message>
    <message>
        <source>The mean of the mentors&apos; satisfaction (1 to 5) over every debrief that recorded it.</source>
        <translation>Moyenne de la satisfaction des mentors (de 1 à 5) sur tous les débriefs où elle a été renseignée.</translation>
    </message>
    <message numerus="yes">
        <source>of %n binôme(s) formed</source>
        <translation>
            <numerusform>sur %n binôme formé</numerusform>
            <numerusform>sur %n binômes formés</numerusform>
        </translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en attente de reprise</translation>
    </message>
    <message>
        <source>none on hold</source>
        <translation>aucun en pause</translation>
    </message>
    <message>
        <source>kept in the history</source>
        <translation>conservés dans l&apos;historique</translation>
    </message>
    <message numerus="yes">
        <source>%n planned to come</source>
        <translation>
            <numerusform>%n prévue à venir</numerusform>
            <numerusform>%n prévues à venir</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min per session</source>
        <translation>%1 min par séance</translation>
    </message>
    <message>
        <source>no session held yet</source>
        <translation>aucune séance réalisée pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open binôme(s)</source>
        <translation>
            <numerusform>%1 sur %n binôme en cours</numerusform>
            <numerusform>%1 sur %n binômes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>no open binôme</source>
        <translation>aucun binôme en cours</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>no objective yet</source>
        <translation>aucun objectif pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>levels, over %n re-assessed objective(s)</source>
        <translation>
            <numerusform>niveaux, sur %n objectif réévalué</numerusform>
            <numerusform>niveaux, sur %n objectifs réévalués</numerusform>
        </translation>
    </message>
    <message>
        <source>no objective re-assessed yet</source>
        <translation>aucun objectif réévalué pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message numerus="yes">
        <source>over %n debrief(s) answered</source>
        <translation>
            <numerusform>sur %n débrief renseigné</numerusform>
            <numerusform>sur %n débriefs renseignés</numerusform>
        </translation>
    </message>
    <message>
        <source>no debrief answered yet</source>
        <translation>aucun débrief renseigné pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Pro&amp;gramme :</translation>
    </message>
    <message>
        <source>Binômes needing attention</source>
        <translation>Binômes à surveiller</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the binôme</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir le binôme</translation>
    </message>
    <message>
        <source>&amp;Compare programs</source>
        <translation>&amp;Comparer les programmes</translation>
    </message>
    <message>
        <source>The program whose figures are shown</source>
        <translation>Le programme dont les chiffres sont affichés</translation>
    </message>
    <message>
        <source>Every program side by side; point at a figure&apos;s name to see how it is counted</source>
        <translation>Tous les programmes côte à côte ; pointez le nom d&apos;un chiffre pour voir comment il est calculé</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>seeding the skills catalog</source>
        <translation>l&apos;initialisation du catalogue des compétences</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>le fichier de la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>the file is not a Binôme database, or it is damaged</source>
        <translation>le fichier n&apos;est pas une base de données Binôme, ou il est endommagé</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Failed while %1: %2</source>
        <translation>Échec pendant %1 : %2</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>%1 ne peut pas être lu (droits d&apos;accès).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lecture de la version du schéma</translation>
    </message>
    <message>
        <source>this database was written by a newer version of Binôme (schema %1; this version knows up to %2). Update Binôme to open it; the file was left untouched.</source>
        <translation>cette base de données a été écrite par une version plus récente de Binôme (schéma %1 ; cette version connaît les schémas jusqu&apos;au %2). Mettez Binôme à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>la lecture du schéma</translation>
    </message>
    <message>
        <source>this is an SQLite database of another program, not a Binôme database; it was left untouched.</source>
        <translation>il s&apos;agit d&apos;une base de données SQLite d&apos;un autre programme, pas d&apos;une base de données Binôme ; elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>turning on foreign keys</source>
        <translation>l&apos;activation des clés étrangères</translation>
    </message>
    <message>
        <source>turning on write-ahead logging</source>
        <translation>l&apos;activation de la journalisation anticipée (WAL)</translation>
    </message>
    <message>
        <source>schema %1 is missing from this build</source>
        <translation>le schéma %1 est absent de cette version de Binôme</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1</source>
        <translation>la mise à niveau de la base de données vers le schéma %1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Impossible d&apos;enregistrer les modifications : %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>writing a backup to %1</source>
        <translation>l&apos;écriture d&apos;une sauvegarde dans %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>no copy could be kept before the upgrade, so the database was not upgraded: %1</source>
        <translation>aucune copie n&apos;a pu être conservée avant la mise à niveau, la base de données n&apos;a donc pas été mise à niveau : %1</translation>
    </message>
    <message>
        <source>No backup was written to %1: that is %2, a file of the database being backed up (%3). Choose another file.</source>
        <translation>Aucune sauvegarde n&apos;a été écrite dans %1 : c&apos;est %2, un fichier de la base de données sauvegardée (%3). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer (permissions %2), yet it holds personal data: make it readable by you only (chmod 600).</source>
        <translation>%1 peut être lu par d&apos;autres utilisateurs de cet ordinateur (droits %2), alors qu&apos;il contient des données personnelles : rendez-le lisible par vous seul (chmod 600).</translation>
    </message>
    <message>
        <source>%1 can be changed by other users of this computer (permissions %2): make it writable by you only (chmod 600).</source>
        <translation>%1 peut être modifié par d&apos;autres utilisateurs de cet ordinateur (droits %2) : rendez-le modifiable par vous seul (chmod 600).</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Aucun fichier de sauvegarde n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched. Choose another file for the backup.</source>
        <translation>%1 existe déjà ; il a été laissé intact. Choisissez un autre fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>turning on secure deletion</source>
        <translation>l&apos;activation de la suppression sécurisée</translation>
    </message>
    <message>
        <source>reading the list of backups</source>
        <translation>la lecture de la liste des sauvegardes</translation>
    </message>
    <message>
        <source>recording the backup %1</source>
        <translation>l&apos;enregistrement de la sauvegarde %1</translation>
    </message>
    <message>
        <source>removing erased data from the database file</source>
        <translation>la suppression des données effacées du fichier de base de données</translation>
    </message>
    <message>
        <source>%1: another program is reading the database, so the erased data stays in its log file until that program closes it.</source>
        <translation>%1 : un autre programme lit la base de données, les données effacées restent donc dans son fichier journal jusqu&apos;à ce que ce programme la ferme.</translation>
    </message>
    <message>
        <source>%1 is open in another program (another Binôme window?): close it, then restore again. Nothing was replaced.</source>
        <translation>%1 est ouvert dans un autre programme (une autre fenêtre Binôme ?) : fermez-le, puis relancez la restauration. Rien n&apos;a été remplacé.</translation>
    </message>
    <message>
        <source>Cannot put the restored copy in place of %1. Nothing was replaced.</source>
        <translation>Impossible de mettre la copie restaurée à la place de %1. Rien n&apos;a été remplacé.</translation>
    </message>
    <message>
        <source>The restored copy %1 is not in the folder of %2.</source>
        <translation>La copie restaurée %1 n&apos;est pas dans le dossier de %2.</translation>
    </message>
    <message>
        <source>the database is locked: another Binôme window or another computer is writing to it. Nothing was changed; try again in a moment</source>
        <translation>la base de données est verrouillée : une autre fenêtre de Binôme ou un autre ordinateur y écrit. Rien n&apos;a été modifié ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>%1 was deleted in another window or on another computer since you opened it; your change was not saved.</source>
        <translation>%1 : cet enregistrement a été supprimé dans une autre fenêtre ou sur un autre ordinateur depuis que vous l&apos;avez ouvert ; votre modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1 was changed in another window or on another computer since you opened it; your change was not saved. Reopen it to see the new data.</source>
        <translation>%1 : cet enregistrement a été modifié dans une autre fenêtre ou sur un autre ordinateur depuis que vous l&apos;avez ouvert ; votre modification n&apos;a pas été enregistrée. Rouvrez-le pour voir les nouvelles données.</translation>
    </message>
    <message>
        <source>the same record already exists (it may have just been saved in another window or on another computer); nothing was saved</source>
        <translation>le même enregistrement existe déjà (il vient peut-être d&apos;être enregistré dans une autre fenêtre ou sur un autre ordinateur) ; rien n&apos;a été enregistré</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation>Débrief</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Objectives: re-assess each learner&apos;s level and update the status.</source>
        <translation>Objectifs : réévaluez le niveau de chaque apprenant et mettez à jour le statut.</translation>
    </message>
    <message>
        <source>Ment&amp;ee&apos;s satisfaction:</source>
        <translation>Satisfaction du m&amp;entoré :</translation>
    </message>
    <message>
        <source>The senior&apos;s satisfaction, from 1 (poor) to 5 (excellent).</source>
        <translation>La satisfaction du senior, de 1 (faible) à 5 (excellente).</translation>
    </message>
    <message>
        <source>Mento&amp;r&apos;s satisfaction:</source>
        <translation>Satisfaction du mento&amp;r :</translation>
    </message>
    <message>
        <source>The junior&apos;s satisfaction, from 1 (poor) to 5 (excellent).</source>
        <translation>La satisfaction du junior, de 1 (faible) à 5 (excellente).</translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation>&amp;Commentaires :</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Entrée pour enregistrer</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no level</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Kickoff, mid-term and final debriefs are expected at the program&apos;s start, halfway and end;
a missing one flags the binôme (debrief due). Ad hoc: any other review.</source>
        <translation>Les débriefs de lancement, de mi-parcours et final sont attendus au début, à mi-parcours et à la fin du programme ;
s&apos;il en manque un, le binôme est signalé (Débrief à faire). Ponctuel : tout autre point.</translation>
    </message>
</context>
<context>
    <name>DebriefRepository</name>
    <message>
        <source>reading the debriefs</source>
        <translation>la lecture des débriefs</translation>
    </message>
    <message>
        <source>saving a debrief</source>
        <translation>l&apos;enregistrement d&apos;un débrief</translation>
    </message>
    <message>
        <source>removing a debrief</source>
        <translation>la suppression d&apos;un débrief</translation>
    </message>
    <message>
        <source>recording a level</source>
        <translation>l&apos;enregistrement d&apos;un niveau</translation>
    </message>
    <message>
        <source>reading the level history</source>
        <translation>la lecture de l&apos;historique des niveaux</translation>
    </message>
</context>
<context>
    <name>DebriefService</name>
    <message>
        <source>Binôme %1 does not exist.</source>
        <translation>Le binôme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>binôme %1 does not exist</source>
        <translation>le binôme %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>is before the binôme started (%1)</source>
        <translation>est antérieure au début du binôme (%1)</translation>
    </message>
    <message>
        <source>objective %1 is not one of this binôme&apos;s</source>
        <translation>l&apos;objectif %1 n&apos;appartient pas à ce binôme</translation>
    </message>
    <message>
        <source>Debrief %1 does not exist.</source>
        <translation>Le débrief %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <source>Pilot program %1</source>
        <translation>Programme pilote %1</translation>
    </message>
    <message>
        <source>Reverse mentoring on digital tools: one meeting every two weeks.</source>
        <translation>Mentorat inversé sur les outils numériques : une rencontre toutes les deux semaines.</translation>
    </message>
    <message>
        <source>Reverse mentoring %1</source>
        <translation>Mentorat inversé %1</translation>
    </message>
    <message>
        <source>Went through %1 step by step on the senior&apos;s own laptop.</source>
        <translation>Travail pas à pas sur %1, sur l&apos;ordinateur portable du senior.</translation>
    </message>
    <message>
        <source>Hands-on exercise on %1: done without help by the end.</source>
        <translation>Exercice pratique sur %1 : réalisé sans aide à la fin.</translation>
    </message>
    <message>
        <source>Questions from the week, then a new use of %1.</source>
        <translation>Questions de la semaine, puis un nouvel usage avec %1.</translation>
    </message>
    <message>
        <source>Went over last time&apos;s homework on %1; a few points to see again.</source>
        <translation>Reprise des exercices de la dernière fois (%1) ; quelques points à revoir.</translation>
    </message>
    <message>
        <source>Practised %1 on a real task of the senior&apos;s team.</source>
        <translation>Mise en pratique avec %1 sur une vraie tâche de l&apos;équipe du senior.</translation>
    </message>
    <message>
        <source>Short session: a quick check on %1 between two meetings.</source>
        <translation>Séance courte : un point rapide sur %1 entre deux réunions.</translation>
    </message>
    <message>
        <source>Try it alone this week and note the questions.</source>
        <translation>S&apos;y essayer seul cette semaine et noter les questions.</translation>
    </message>
    <message>
        <source>Bring a real case from the team next time.</source>
        <translation>Apporter un cas réel de l&apos;équipe la prochaine fois.</translation>
    </message>
    <message>
        <source>Read the guide linked to the objective.</source>
        <translation>Lire le guide associé à l&apos;objectif.</translation>
    </message>
    <message>
        <source>Next time: go further, with the advanced settings.</source>
        <translation>La prochaine fois : aller plus loin, avec les paramètres avancés.</translation>
    </message>
    <message>
        <source>HR department</source>
        <translation>Ressources humaines</translation>
    </message>
    <message>
        <source>the tools of the day</source>
        <translation>les outils du moment</translation>
    </message>
    <message>
        <source>Objectives agreed together.</source>
        <translation>Objectifs définis ensemble.</translation>
    </message>
    <message>
        <source>Progressing; keep the pace of sessions.</source>
        <translation>En progression ; garder le rythme des séances.</translation>
    </message>
    <message>
        <source>Pilot completed: both would recommend the program.</source>
        <translation>Pilote terminé : tous deux recommanderaient le programme.</translation>
    </message>
    <message>
        <source>Build the team&apos;s budget follow-up with pivot tables.</source>
        <translation>Construire le suivi budgétaire de l&apos;équipe avec des tableaux croisés dynamiques.</translation>
    </message>
    <message>
        <source>New mentor: objectives taken over where they were.</source>
        <translation>Nouveau mentor : objectifs repris là où ils en étaient.</translation>
    </message>
    <message>
        <source>Cut short: the senior was called to an urgent meeting; no time to practise.</source>
        <translation>Écourtée : le senior a été appelé à une réunion urgente ; pas le temps de pratiquer.</translation>
    </message>
    <message>
        <source>Clear progress: the senior now does it alone.</source>
        <translation>Net progrès : le senior le fait désormais seul.</translation>
    </message>
    <message>
        <source>Sessions have become rare; HR to check in.</source>
        <translation>Les séances se sont espacées ; les RH doivent faire le point.</translation>
    </message>
    <message>
        <source>The mentor left the company.</source>
        <translation>Le mentor a quitté l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Different expectations: both agreed to stop.</source>
        <translation>Attentes différentes : tous deux ont convenu d&apos;arrêter.</translation>
    </message>
    <message>
        <source>Long sick leave of the senior; to be offered a new binôme on return.</source>
        <translation>Long arrêt maladie du senior ; lui proposer un nouveau binôme à son retour.</translation>
    </message>
    <message>
        <source>The first cohort: four months with volunteers, one meeting every two weeks.</source>
        <translation>La première cohorte : quatre mois avec des volontaires, une rencontre toutes les deux semaines.</translation>
    </message>
</context>
<context>
    <name>EndBinomeDialog</name>
    <message>
        <source>End the binôme</source>
        <translation>Terminer le binôme</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Terminé le :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Participants of the program</source>
        <translation>Participants du programme</translation>
    </message>
    <message>
        <source>Tick the people who take part in this program. Archived participants are not listed.</source>
        <translation>Cochez les personnes qui participent à ce programme. Les participants archivés n&apos;apparaissent pas dans la liste.</translation>
    </message>
    <message>
        <source>&amp;Tick those shown</source>
        <translation>&amp;Cocher les personnes affichées</translation>
    </message>
    <message>
        <source>&amp;Untick those shown</source>
        <translation>&amp;Décocher les personnes affichées</translation>
    </message>
    <message>
        <source>Filter by name, department, site…</source>
        <translation>Filtrer par nom, service, site…</translation>
    </message>
    <message>
        <source>Tick everyone the filters show</source>
        <translation>Cocher toutes les personnes affichées par les filtres</translation>
    </message>
    <message>
        <source>Untick everyone the filters show</source>
        <translation>Décocher toutes les personnes affichées par les filtres</translation>
    </message>
    <message>
        <source>Show everyone, or only the juniors (mentors) or the seniors (mentees)</source>
        <translation>Afficher tout le monde, ou seulement les juniors (mentors) ou les seniors (mentorés)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Manager&apos;s e-mail</source>
        <translation>E-mail du responsable hiérarchique</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Mode de rencontre</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Session cadence</source>
        <translation>Rythme des séances</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>DigComp area</source>
        <translation>Domaine DigComp</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Starting level</source>
        <translation>Niveau de départ</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <source>Binôme</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Junior&apos;s e-mail</source>
        <translation>E-mail du junior</translation>
    </message>
    <message>
        <source>Senior&apos;s e-mail</source>
        <translation>E-mail du senior</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mentee&apos;s rating</source>
        <translation>Note du mentoré</translation>
    </message>
    <message>
        <source>Mentor&apos;s rating</source>
        <translation>Note du mentor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Mentee&apos;s satisfaction</source>
        <translation>Satisfaction du mentoré</translation>
    </message>
    <message>
        <source>Mentor&apos;s satisfaction</source>
        <translation>Satisfaction du mentor</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Level (%1)</source>
        <translation>Niveau (%1)</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>Cible (%1)</translation>
    </message>
    <message>
        <source>Priority (%1)</source>
        <translation>Priorité (%1)</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>%1 is not a rating from %2 to %3</source>
        <translation>%1 n&apos;est pas une note de %2 à %3</translation>
    </message>
    <message>
        <source>Senior (mentee)</source>
        <translation>Senior (mentoré)</translation>
    </message>
    <message>
        <source>Junior (mentor)</source>
        <translation>Junior (mentor)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>Mid-term</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débrief</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>%1 is not a level from 0 to 5</source>
        <translation>%1 n&apos;est pas un niveau de 0 à 5</translation>
    </message>
    <message>
        <source>must be above the starting level (%1)</source>
        <translation>doit être supérieur au niveau de départ (%1)</translation>
    </message>
    <message>
        <source>is longer than 2,000 characters</source>
        <translation>dépasse 2 000 caractères</translation>
    </message>
    <message>
        <source>%1 is not a duration from %2 to %3 minutes</source>
        <translation>%1 n&apos;est pas une durée de %2 à %3 minutes</translation>
    </message>
    <message>
        <source>a planned session cannot be rated yet</source>
        <translation>une séance prévue ne peut pas encore être notée</translation>
    </message>
    <message>
        <source>is longer than 20,000 characters</source>
        <translation>dépasse 20 000 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web link (http:// or https://)</source>
        <translation>« %1 » n&apos;est pas un lien web (http:// ou https://)</translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <source>%1 mentors %2</source>
        <comment>Ana Lima mentors Jean Dupont</comment>
        <translation>%1, mentor de %2</translation>
    </message>
    <message>
        <source>This binôme has ended: its sessions are kept as its history.</source>
        <translation>Ce binôme est terminé : ses séances sont conservées comme historique.</translation>
    </message>
    <message>
        <source>a held session cannot be in the future: choose &quot;Planned&quot;, or correct the date</source>
        <translation>une séance réalisée ne peut pas être dans le futur : choisissez « Prévue » ou corrigez la date</translation>
    </message>
    <message>
        <source>a planned session cannot be in the past: choose &quot;Held&quot;, or correct the date</source>
        <translation>une séance prévue ne peut pas être dans le passé : choisissez « Réalisée » ou corrigez la date</translation>
    </message>
    <message>
        <source>This binôme has ended: no session can be logged.</source>
        <translation>Ce binôme est terminé : aucune séance ne peut être saisie.</translation>
    </message>
    <message>
        <source>a debrief is recorded once held: today or before</source>
        <translation>un débrief s&apos;enregistre une fois réalisé : aujourd&apos;hui ou avant</translation>
    </message>
    <message>
        <source>This binôme has already ended.</source>
        <translation>Ce binôme est déjà terminé.</translation>
    </message>
    <message>
        <source>Plan a session on %1</source>
        <translation>la planification d&apos;une séance le %1</translation>
    </message>
    <message>
        <source>Log the session of %1</source>
        <translation>la saisie de la séance du %1</translation>
    </message>
    <message>
        <source>Edit the session of %1</source>
        <translation>la modification de la séance du %1</translation>
    </message>
    <message>
        <source>Remove the session of %1</source>
        <translation>la suppression de la séance du %1</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translation>l&apos;ajout d&apos;un objectif</translation>
    </message>
    <message>
        <source>The objective is kept: a debrief has reviewed it since.</source>
        <translation>L&apos;objectif est conservé : un débrief l&apos;a examiné depuis.</translation>
    </message>
    <message>
        <source>Edit an objective</source>
        <translation>la modification d&apos;un objectif</translation>
    </message>
    <message>
        <source>Remove an objective</source>
        <translation>la suppression d&apos;un objectif</translation>
    </message>
    <message>
        <source>Record the %1 debrief of %2</source>
        <translation>l&apos;enregistrement du débrief du %2 (%1)</translation>
    </message>
    <message>
        <source>Remove the %1 debrief of %2</source>
        <translation>la suppression du débrief du %2 (%1)</translation>
    </message>
    <message>
        <source>An ended binôme can be neither paused nor resumed.</source>
        <translation>Un binôme terminé ne peut être ni mis en pause ni repris.</translation>
    </message>
    <message>
        <source>Pause the binôme %1</source>
        <translation>la mise en pause du binôme %1</translation>
    </message>
    <message>
        <source>Resume the binôme %1</source>
        <translation>la reprise du binôme %1</translation>
    </message>
    <message>
        <source>End the binôme %1</source>
        <translation>la fin du binôme %1</translation>
    </message>
    <message>
        <source>Add the resource %1</source>
        <translation>l&apos;ajout de la ressource %1</translation>
    </message>
    <message>
        <source>Edit the resource %1</source>
        <translation>la modification de la ressource %1</translation>
    </message>
    <message>
        <source>Remove the resource %1</source>
        <translation>la suppression de la ressource %1</translation>
    </message>
    <message>
        <source>Remove the session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Remove the session of %1? Edit › Undo brings it back.</source>
        <translation>Supprimer la séance du %1 ? Édition › Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Remove this objective? Edit › Undo brings it back.</source>
        <translation>Supprimer cet objectif ? Édition › Annuler le rétablit.</translation>
    </message>
    <message numerus="yes">
        <source>This objective was reviewed in %n debrief(s). Removing it also removes those reviews, and Edit › Undo brings back the objective only. To keep its history, set its status to &quot;Dropped&quot; instead.

Remove it anyway?</source>
        <translation>
            <numerusform>Cet objectif a été examiné lors de %n débrief. Le supprimer supprime aussi cet examen, et Édition › Annuler ne rétablit que l&apos;objectif. Pour conserver son historique, passez plutôt son statut à « Abandonné ».

Le supprimer quand même ?</numerusform>
            <numerusform>Cet objectif a été examiné lors de %n débriefs. Le supprimer supprime aussi ces examens, et Édition › Annuler ne rétablit que l&apos;objectif. Pour conserver son historique, passez plutôt son statut à « Abandonné ».

Le supprimer quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the objective</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Remove the debrief</source>
        <translation>Supprimer le débrief</translation>
    </message>
    <message>
        <source>Remove the %1 debrief of %2? The levels it recorded leave the history and its objectives get their status back. Edit › Undo brings it back.</source>
        <translation>Supprimer le débrief du %2 (%1) ? Les niveaux qu&apos;il a enregistrés sortent de l&apos;historique et ses objectifs retrouvent leur statut précédent. Édition › Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation>Importer des séances</translation>
    </message>
    <message>
        <source>Session sheets (*.csv *.txt);;All files (*)</source>
        <translation>Feuilles de séances (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This resource no longer exists.</source>
        <translation>Cette ressource n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The session of %1</source>
        <translation>La séance de %1</translation>
    </message>
    <message>
        <source>The objective</source>
        <translation>L&apos;objectif</translation>
    </message>
    <message>
        <source>The binôme %1</source>
        <translation>Le binôme %1</translation>
    </message>
    <message>
        <source>The resource %1</source>
        <translation>La ressource %1</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Pro&amp;gramme :</translation>
    </message>
    <message>
        <source>&amp;Import sessions…</source>
        <translation>&amp;Importer des séances…</translation>
    </message>
    <message>
        <source>Import the sessions mentors logged in a shared sheet (CSV or JSON)</source>
        <translation>Importer les séances que les mentors ont saisies dans une feuille partagée (CSV ou JSON)</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor :</translation>
    </message>
    <message>
        <source>Show one mentor&apos;s binômes only (&quot;my binômes&quot;)</source>
        <translation>N&apos;afficher que les binômes d&apos;un mentor (« mes binômes »)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Fl&amp;ag:</source>
        <translation>Al&amp;erte :</translation>
    </message>
    <message>
        <source>Filter by name or e-mail… (Ctrl+F)</source>
        <translation>Filtrer par nom ou e-mail… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Log &amp;session…</source>
        <translation>&amp;Saisir une séance…</translation>
    </message>
    <message>
        <source>Log a session the selected binôme held (Ctrl+L)</source>
        <translation>Saisir une séance réalisée par le binôme sélectionné (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Plan session…</source>
        <translation>&amp;Planifier une séance…</translation>
    </message>
    <message>
        <source>Plan the selected binôme&apos;s next session</source>
        <translation>Planifier la prochaine séance du binôme sélectionné</translation>
    </message>
    <message>
        <source>&amp;Debrief…</source>
        <translation>&amp;Débrief…</translation>
    </message>
    <message>
        <source>Review the selected binôme: re-assess its skills and objectives</source>
        <translation>Faire le point sur le binôme sélectionné : réévaluer ses compétences et ses objectifs</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Mettre en pa&amp;use</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>Termi&amp;ner…</translation>
    </message>
    <message>
        <source>End the selected binôme (it is kept, never deleted)</source>
        <translation>Terminer le binôme sélectionné (il est conservé, jamais supprimé)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Show the selected binôme&apos;s objectives, sessions, debriefs and levels (Enter)</source>
        <translation>Afficher les objectifs, séances, débriefs et niveaux du binôme sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>The program&apos;s progress report and the introduction letters, as PDF, previewed before saving or printing</source>
        <translation>Le rapport d&apos;avancement du programme et les lettres de présentation, en PDF, avec un aperçu avant enregistrement ou impression</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Save the program&apos;s binômes, sessions or objectives as a spreadsheet, or its planned sessions as a calendar</source>
        <translation>Enregistrer les binômes, séances ou objectifs du programme sous forme de feuille de calcul, ou ses séances prévues sous forme de calendrier</translation>
    </message>
    <message>
        <source>The program whose binômes you follow</source>
        <translation>Le programme dont vous suivez les binômes</translation>
    </message>
    <message>
        <source>Show the binômes of one status only</source>
        <translation>Afficher seulement les binômes d&apos;un statut</translation>
    </message>
    <message>
        <source>Show the binômes with this flag only:
• At risk: active, and no session held for longer than the program&apos;s cadence
• Objective overdue: an objective not achieved past its due date
• Debrief due: the kickoff, mid-term or final debrief is not held yet
• Low rating: the latest rated session got 2 out of 5 or less</source>
        <translation>Afficher seulement les binômes ayant cette alerte :
• À risque : actif, et aucune séance réalisée depuis plus longtemps que la cadence du programme
• Objectif en retard : un objectif non atteint après son échéance
• Débrief à faire : le débrief de lancement, de mi-parcours ou final n&apos;a pas encore eu lieu
• Note basse : la dernière séance notée a obtenu 2 sur 5 ou moins</translation>
    </message>
    <message>
        <source>Shows the binômes whose mentor&apos;s or mentee&apos;s name or e-mail holds every word typed (Ctrl+F)</source>
        <translation>Affiche les binômes dont le nom ou l&apos;e-mail du mentor ou du mentoré contient tous les mots saisis (Ctrl+F)</translation>
    </message>
    <message>
        <source>Pause the selected binôme: while paused it is never flagged at risk. Resume starts it again.</source>
        <translation>Mettre en pause le binôme sélectionné : pendant la pause, il n&apos;est jamais signalé « À risque ». « Reprendre » le relance.</translation>
    </message>
</context>
<context>
    <name>FollowUpQueries</name>
    <message>
        <source>reading the follow-up</source>
        <translation>la lecture du suivi</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>Program %1 does not exist.</source>
        <translation>Le programme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Binôme %1 does not exist.</source>
        <translation>Le binôme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Objective overdue</source>
        <translation>Objectif en retard</translation>
    </message>
    <message>
        <source>Debrief due</source>
        <translation>Débrief à faire</translation>
    </message>
    <message>
        <source>Low rating</source>
        <translation>Note basse</translation>
    </message>
    <message numerus="yes">
        <source>At risk: no session held for %n day(s) (cadence: every %1 days)</source>
        <translation>
            <numerusform>À risque : aucune séance réalisée depuis %n jour (cadence : tous les %1 jours)</numerusform>
            <numerusform>À risque : aucune séance réalisée depuis %n jours (cadence : tous les %1 jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At risk: no session held in the %n day(s) since the start (cadence: every %1 days)</source>
        <translation>
            <numerusform>À risque : aucune séance réalisée depuis le début, il y a %n jour (cadence : tous les %1 jours)</numerusform>
            <numerusform>À risque : aucune séance réalisée depuis le début, il y a %n jours (cadence : tous les %1 jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objective overdue: %n objective(s) past their due date</source>
        <translation>
            <numerusform>Objectif en retard : %n objectif a dépassé son échéance</numerusform>
            <numerusform>Objectif en retard : %n objectifs ont dépassé leur échéance</numerusform>
        </translation>
    </message>
    <message>
        <source>Debrief due: %1</source>
        <translation>Débrief à faire : %1</translation>
    </message>
    <message>
        <source>Low rating: the latest rated session got %1 out of 5</source>
        <translation>Note basse : la dernière séance notée a obtenu %1 sur 5</translation>
    </message>
</context>
<context>
    <name>HalfDays</name>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>%1 AM</source>
        <translation>%1 matin</translation>
    </message>
    <message>
        <source>%1 PM</source>
        <translation>%1 après-midi</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 an import reads (up to %3 sessions): split it into smaller files and import them one after the other</source>
        <translation>le fichier fait %1, plus que les %2 qu&apos;une importation peut lire (jusqu&apos;à %3 séances) : divisez-le en fichiers plus petits et importez-les l&apos;un après l&apos;autre</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 an import reads (up to %3 participants): split it into smaller files and import them one after the other</source>
        <translation>le fichier fait %1, plus que les %2 qu&apos;une importation peut lire (jusqu&apos;à %3 participants) : divisez-le en fichiers plus petits et importez-les l&apos;un après l&apos;autre</translation>
    </message>
    <message numerus="yes">
        <source>the file has %Ln session(s), more than the %1 an import reads: split it into smaller files and import them one after the other</source>
        <translation>
            <numerusform>le fichier contient %Ln séance, plus que les %1 qu&apos;une importation peut lire : divisez-le en fichiers plus petits et importez-les l&apos;un après l&apos;autre</numerusform>
            <numerusform>le fichier contient %Ln séances, plus que les %1 qu&apos;une importation peut lire : divisez-le en fichiers plus petits et importez-les l&apos;un après l&apos;autre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has %Ln participant(s), more than the %1 an import reads: split it into smaller files and import them one after the other</source>
        <translation>
            <numerusform>le fichier contient %Ln participant, plus que les %1 qu&apos;une importation peut lire : divisez-le en fichiers plus petits et importez-les l&apos;un après l&apos;autre</numerusform>
            <numerusform>le fichier contient %Ln participants, plus que les %1 qu&apos;une importation peut lire : divisez-le en fichiers plus petits et importez-les l&apos;un après l&apos;autre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Importing… %1 of %2</source>
        <translation>Importation… %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The import was not undone, nothing of it: %1</source>
        <translation>L&apos;import n&apos;a pas été annulé, pas même en partie : %1</translation>
    </message>
</context>
<context>
    <name>ImportSessionsDialog</name>
    <message>
        <source>Import sessions</source>
        <translation>Importer des séances</translation>
    </message>
</context>
<context>
    <name>IntroductionLetters</name>
    <message>
        <source>at least once a week</source>
        <translation>au moins une fois par semaine</translation>
    </message>
    <message numerus="yes">
        <source>at least once every %n day(s)</source>
        <translation>
            <numerusform>au moins une fois tous les %n jour</numerusform>
            <numerusform>au moins une fois tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Welcome to your binôme</source>
        <translation>Bienvenue dans votre binôme</translation>
    </message>
    <message>
        <source>%1 · from %2 to %3</source>
        <translation>%1 · du %2 au %3</translation>
    </message>
    <message>
        <source>Dear %1 and %2,</source>
        <translation>Bonjour %1 et %2,</translation>
    </message>
    <message>
        <source>We are delighted to introduce you to each other: you form a binôme in %1. %2 will help %3 become more at ease with the digital tools of everyday work, and %3 will share in return their experience of the organisation. Reverse mentoring works best as an open conversation between colleagues: you will both learn from it.</source>
        <translation>Nous avons le plaisir de vous présenter l&apos;un à l&apos;autre : vous formez un binôme dans le cadre du programme « %1 ». %2 aidera %3 à gagner en aisance avec les outils numériques du quotidien professionnel et, en retour, %3 partagera son expérience de l&apos;organisation. Le mentorat inversé donne le meilleur de lui-même lorsqu&apos;il prend la forme d&apos;une conversation ouverte entre collègues : vous en sortirez tous deux enrichis.</translation>
    </message>
    <message>
        <source>Why you were matched</source>
        <translation>Pourquoi vous formez ce binôme</translation>
    </message>
    <message>
        <source>Your first objectives</source>
        <translation>Vos premiers objectifs</translation>
    </message>
    <message>
        <source>None is set yet: choose two or three together at your first meeting.</source>
        <translation>Aucun objectif n&apos;est encore fixé : choisissez-en deux ou trois ensemble lors de votre première rencontre.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Who learns</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Starting level</source>
        <translation>Niveau de départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Pour bien démarrer</translation>
    </message>
    <message>
        <source>%1 takes the first step: write to %2 this week to set a date for your first meeting.</source>
        <translation>C&apos;est à %1 de faire le premier pas : écrire à %2 cette semaine pour fixer la date de votre première rencontre.</translation>
    </message>
    <message>
        <source>Meet %1, for about an hour, in person or by video, from %2 to %3.</source>
        <translation>Rencontrez-vous %1, pendant une heure environ, en présentiel ou en visio, du %2 au %3.</translation>
    </message>
    <message>
        <source>After each meeting, log the session in Binôme: its date, the skills you worked on, your notes and next steps.</source>
        <translation>Après chaque rencontre, saisissez la séance dans Binôme : sa date, les compétences travaillées, vos remarques et les prochaines étapes.</translation>
    </message>
    <message>
        <source>HR will meet you for a review at the start, the middle and the end of the program, and is there whenever you need.</source>
        <translation>Les RH vous rencontreront pour faire le point au début, à mi-parcours et à la fin du programme, et restent à votre disposition chaque fois que nécessaire.</translation>
    </message>
    <message>
        <source>This binôme is paused for now: HR will tell you when it resumes.</source>
        <translation>Ce binôme est actuellement en pause : les RH vous informeront de sa reprise.</translation>
    </message>
    <message>
        <source>We wish you a rewarding binôme.</source>
        <translation>Nous vous souhaitons un binôme riche en échanges.</translation>
    </message>
    <message>
        <source>The HR team</source>
        <translation>L&apos;équipe RH</translation>
    </message>
    <message>
        <source>HR matched you for this program.</source>
        <translation>Les RH vous ont réunis pour ce programme.</translation>
    </message>
    <message>
        <source>HR chose to pair you together.</source>
        <translation>Les RH ont choisi de vous réunir en binôme.</translation>
    </message>
    <message>
        <source>%1 is at ease with %2 (level %3 of 5), which %4 wants to develop (from level %5 to %6).</source>
        <translation>%1 est à l&apos;aise avec %2 (niveau %3 sur 5), une compétence que %4 souhaite développer (du niveau %5 au niveau %6).</translation>
    </message>
    <message>
        <source>Your preferred ways of meeting differ (%1: %2; %3: %4): agree together on what suits you both.</source>
        <translation>Vos modes de rencontre préférés diffèrent (%1 : %2 ; %3 : %4) : convenez ensemble de ce qui vous convient à tous les deux.</translation>
    </message>
    <message numerus="yes">
        <source>You are both available on %n half-day(s) of the week: finding a slot should be easy.</source>
        <translation>
            <numerusform>Vous avez %n demi-journée de disponibilité en commun dans la semaine : trouver un créneau devrait être facile.</numerusform>
            <numerusform>Vous avez %n demi-journées de disponibilité en commun dans la semaine : trouver un créneau devrait être facile.</numerusform>
        </translation>
    </message>
    <message>
        <source>You both work at %1: meeting in person is easy.</source>
        <translation>Vous travaillez tous deux sur le même site (%1) : vous rencontrer en présentiel sera simple.</translation>
    </message>
    <message>
        <source>You work at different sites (%1 and %2): video calls will bring you together.</source>
        <translation>Vous travaillez sur des sites différents (%1 et %2) : la visio vous permettra de vous retrouver.</translation>
    </message>
    <message>
        <source>You come from different departments (%1 and %2): a chance to see the organisation through each other&apos;s eyes.</source>
        <translation>Vous venez de services différents (%1 et %2) : l&apos;occasion de découvrir l&apos;organisation à travers le regard de l&apos;autre.</translation>
    </message>
    <message>
        <source>Program %1 does not exist.</source>
        <translation>Le programme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Introduction letter</source>
        <translation>Lettre de présentation</translation>
    </message>
    <message>
        <source>Introduction letters</source>
        <translation>Lettres de présentation</translation>
    </message>
    <message>
        <source>The program has no confirmed binôme yet.</source>
        <translation>Le programme ne compte encore aucun binôme confirmé.</translation>
    </message>
    <message>
        <source>Confirmed binômes</source>
        <translation>Binômes confirmés</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Mentor (junior)</source>
        <translation>Mentor (junior)</translation>
    </message>
    <message>
        <source>Department, site</source>
        <translation>Service, site</translation>
    </message>
    <message>
        <source>Mentee (senior)</source>
        <translation>Mentoré (senior)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Each binôme has its own introduction letter, one page to hand to both people, with their e-mails. Paused binômes are highlighted.</source>
        <translation>Chaque binôme dispose de sa propre lettre de présentation, une page à remettre aux deux personnes, avec leurs adresses e-mail. Les binômes en pause sont mis en évidence.</translation>
    </message>
    <message>
        <source>%1 is a step ahead on %2 (level %3 of 5) and can help %4 progress (from level %5 to %6).</source>
        <translation>%1 a une longueur d&apos;avance en %2 (niveau %3 sur 5) et peut aider %4 à progresser (du niveau %5 au niveau %6).</translation>
    </message>
    <message>
        <source>Department and site</source>
        <translation>Service et site</translation>
    </message>
    <message numerus="yes">
        <source>at least once every %n week(s)</source>
        <translation>
            <numerusform>au moins une fois toutes les %n semaine</numerusform>
            <numerusform>au moins une fois toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n binôme(s) · from %2 to %3</source>
        <translation>
            <numerusform>%1 · %n binôme · du %2 au %3</numerusform>
            <numerusform>%1 · %n binômes · du %2 au %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningResourcesDialog</name>
    <message>
        <source>Learning resources</source>
        <translation>Ressources d&apos;apprentissage</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>e.g. MOOC &quot;Digital skills&quot;, module 3</source>
        <translation>p. ex. MOOC « Compétences numériques », module 3</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add a resource with this title and link to the skill</source>
        <translation>Ajouter à la compétence une ressource avec ce titre et ce lien</translation>
    </message>
    <message>
        <source>Put this title and link in place of the selected resource&apos;s</source>
        <translation>Remplacer le titre et le lien de la ressource sélectionnée par ceux-ci</translation>
    </message>
    <message>
        <source>Remove the selected resource</source>
        <translation>Supprimer la ressource sélectionnée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Binôme</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Open the de&amp;mo organisation</source>
        <translation>Ouvrir l&apos;organisation de dé&amp;monstration</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>&amp;Importer des participants…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export participants…</source>
        <translation>&amp;Exporter les participants…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Binôme</source>
        <translation>À &amp;propos de Binôme</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir une base &amp;récente</translation>
    </message>
    <message>
        <source>Binôme&apos;s pages: Ctrl+1 to Ctrl+6 go straight to one</source>
        <translation>Les pages de Binôme : Ctrl+1 à Ctrl+6 mènent directement à l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <source>Open another Binôme database file</source>
        <translation>Ouvrir un autre fichier de base de données Binôme</translation>
    </message>
    <message>
        <source>Create a new, empty database file and open it</source>
        <translation>Créer un nouveau fichier de base de données vide et l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Open the demo organisation, whose people are fictitious, to try Binôme without touching your data</source>
        <translation>Ouvrir l&apos;organisation de démonstration, aux personnes fictives, pour essayer Binôme sans toucher à vos données</translation>
    </message>
    <message>
        <source>Save a copy of the open database in a file of your choice</source>
        <translation>Enregistrer une copie de la base de données ouverte dans le fichier de votre choix</translation>
    </message>
    <message>
        <source>Import participants from a CSV or JSON file; a preview lists every problem before anything is written</source>
        <translation>Importer des participants depuis un fichier CSV ou JSON ; un aperçu liste chaque problème avant toute écriture</translation>
    </message>
    <message>
        <source>Save every participant in a CSV file (for Excel) or a JSON file</source>
        <translation>Enregistrer tous les participants dans un fichier CSV (pour Excel) ou JSON</translation>
    </message>
    <message>
        <source>Close Binôme</source>
        <translation>Fermer Binôme</translation>
    </message>
    <message>
        <source>Show Binôme in English</source>
        <translation>Afficher Binôme en anglais</translation>
    </message>
    <message>
        <source>Show Binôme in French</source>
        <translation>Afficher Binôme en français</translation>
    </message>
    <message>
        <source>What Binôme does, its version and its licence</source>
        <translation>Ce que fait Binôme, sa version et sa licence</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>&amp;Skill:</source>
        <translation>&amp;Compétence :</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Apprenant :</translation>
    </message>
    <message>
        <source>The senior by default; the junior for reverse learning.</source>
        <translation>Le senior par défaut ; le junior pour un apprentissage inversé.</translation>
    </message>
    <message>
        <source>Starting le&amp;vel:</source>
        <translation>&amp;Niveau de départ :</translation>
    </message>
    <message>
        <source>&amp;Target level:</source>
        <translation>Niveau ci&amp;ble :</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>What the learner should be able to do (Ctrl+Enter saves)</source>
        <translation>Ce que l&apos;apprenant doit savoir faire (Ctrl+Entrée pour enregistrer)</translation>
    </message>
    <message>
        <source>Learning resources:</source>
        <translation>Ressources d&apos;apprentissage :</translation>
    </message>
    <message>
        <source>The skill to work on; its learning resources are listed below</source>
        <translation>La compétence à travailler ; ses ressources d&apos;apprentissage sont listées ci-dessous</translation>
    </message>
    <message>
        <source>The learner&apos;s level on this skill when the objective is set, from 0 (none) to 5 (expert)</source>
        <translation>Le niveau de l&apos;apprenant sur cette compétence au moment où l&apos;objectif est fixé, de 0 (aucun) à 5 (expert)</translation>
    </message>
    <message>
        <source>The level to reach, from 0 (none) to 5 (expert)</source>
        <translation>Le niveau à atteindre, de 0 (aucun) à 5 (expert)</translation>
    </message>
    <message>
        <source>Set a due date: past it, an objective not achieved flags the binôme (objective overdue)</source>
        <translation>Fixer une échéance : une fois celle-ci passée, un objectif non atteint signale le binôme (Objectif en retard)</translation>
    </message>
    <message>
        <source>Where the objective stands; a dropped objective no longer counts in the figures</source>
        <translation>L&apos;état d&apos;avancement de l&apos;objectif ; un objectif abandonné ne compte plus dans les chiffres</translation>
    </message>
</context>
<context>
    <name>ObjectiveRepository</name>
    <message>
        <source>reading the objectives</source>
        <translation>la lecture des objectifs</translation>
    </message>
    <message>
        <source>reading an objective</source>
        <translation>la lecture d&apos;un objectif</translation>
    </message>
    <message>
        <source>saving an objective</source>
        <translation>l&apos;enregistrement d&apos;un objectif</translation>
    </message>
    <message>
        <source>Objective %1 does not exist.</source>
        <translation>L&apos;objectif %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>removing an objective</source>
        <translation>la suppression d&apos;un objectif</translation>
    </message>
    <message>
        <source>reading the learning resources</source>
        <translation>la lecture des ressources d&apos;apprentissage</translation>
    </message>
    <message>
        <source>saving a learning resource</source>
        <translation>l&apos;enregistrement d&apos;une ressource d&apos;apprentissage</translation>
    </message>
    <message>
        <source>removing a learning resource</source>
        <translation>la suppression d&apos;une ressource d&apos;apprentissage</translation>
    </message>
    <message>
        <source>The objective on %1</source>
        <translation>L&apos;objectif sur %1</translation>
    </message>
    <message>
        <source>The resource %1</source>
        <translation>La ressource %1</translation>
    </message>
</context>
<context>
    <name>ObjectiveService</name>
    <message>
        <source>Objective %1 does not exist.</source>
        <translation>L&apos;objectif %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>binôme %1 does not exist</source>
        <translation>le binôme %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>is not in the catalog</source>
        <translation>ne figure pas dans le catalogue</translation>
    </message>
    <message>
        <source>Binôme %1 does not exist.</source>
        <translation>Le binôme %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>PairingPage</name>
    <message>
        <source>Pairing</source>
        <translation>Constitution des binômes</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Pro&amp;gramme :</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Participants…</translation>
    </message>
    <message>
        <source>Choose who takes part in the program</source>
        <translation>Choisir qui participe au programme</translation>
    </message>
    <message>
        <source>P&amp;ropose binômes</source>
        <translation>P&amp;roposer des binômes</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>&amp;Confirmer…</translation>
    </message>
    <message>
        <source>Weights and rules</source>
        <translation>Pondérations et règles</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>Compé&amp;tences :</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>&amp;Disponibilités :</translation>
    </message>
    <message>
        <source>Same &amp;site:</source>
        <translation>Même &amp;site :</translation>
    </message>
    <message>
        <source>Other &amp;department:</source>
        <translation>Autre ser&amp;vice :</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>Score &amp;minimal :</translation>
    </message>
    <message>
        <source>Never in the same department</source>
        <translation>Jamais dans le même service</translation>
    </message>
    <message>
        <source>Never in the same reporting line</source>
        <translation>Jamais dans la même ligne hiérarchique</translation>
    </message>
    <message>
        <source>The mentor must cover a gap</source>
        <translation>Le mentor doit couvrir un écart</translation>
    </message>
    <message>
        <source>Next best mentors:</source>
        <translation>Autres mentors les mieux classés :</translation>
    </message>
    <message>
        <source>Keep this binôme whatever the next run finds (L)</source>
        <translation>Conserver ce binôme quel que soit le résultat du prochain calcul (L)</translation>
    </message>
    <message>
        <source>Never pair these two people in this program</source>
        <translation>Ne jamais mettre ces deux personnes en binôme dans ce programme</translation>
    </message>
    <message>
        <source>S&amp;wap mentor</source>
        <translation>C&amp;hanger de mentor</translation>
    </message>
    <message>
        <source>Give this senior the mentor chosen among the next best</source>
        <translation>Attribuer à ce senior le mentor choisi parmi les autres mieux classés</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sans binôme</translation>
    </message>
    <message>
        <source>Coverage by skill</source>
        <translation>Couverture par compétence</translation>
    </message>
    <message>
        <source>Confirmed runs</source>
        <translation>Calculs confirmés</translation>
    </message>
    <message>
        <source>Pick this senior&apos;s mentor by hand among everyone taking part</source>
        <translation>Choisir à la main le mentor de ce senior parmi tous les participants</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>Pairs HR ruled out: the engine never proposes them.</source>
        <translation>Paires écartées par les RH : le moteur ne les propose jamais.</translation>
    </message>
    <message>
        <source>Lift the e&amp;xclusion</source>
        <translation>Lever l&apos;e&amp;xclusion</translation>
    </message>
    <message>
        <source>Enter or double-click: the binômes this run created</source>
        <translation>Entrée ou double-clic : les binômes créés par ce calcul</translation>
    </message>
    <message>
        <source>The program whose binômes you are forming</source>
        <translation>Le programme dont vous formez les binômes</translation>
    </message>
    <message>
        <source>Compute the best set of binômes for the people taking part, with these weights and rules; locked binômes are kept (F5)</source>
        <translation>Calculer le meilleur ensemble de binômes pour les personnes participantes, avec ces pondérations et ces règles ; les binômes verrouillés sont conservés (F5)</translation>
    </message>
    <message>
        <source>Save these binômes for the program, all at once; the run is kept for audit</source>
        <translation>Enregistrer ces binômes pour le programme, tous à la fois ; la proposition est conservée pour audit</translation>
    </message>
    <message>
        <source>A pair&apos;s score, from 0 to 100, adds up these factors by their weights:
only the ratios between the weights matter.</source>
        <translation>Le score d&apos;un binôme, de 0 à 100, additionne ces facteurs selon leurs poids :
seuls les rapports entre les poids comptent.</translation>
    </message>
    <message>
        <source>Weight of the skill fit: how much of the senior&apos;s gaps the mentor can teach,
the gaps of higher priority counting more</source>
        <translation>Poids de l&apos;adéquation des compétences : la part des écarts du senior que le mentor peut combler,
les écarts les plus prioritaires comptant davantage</translation>
    </message>
    <message>
        <source>Weight of the half-days both people can meet
(none when one wants to meet in person only and the other remotely only)</source>
        <translation>Poids des demi-journées où les deux personnes peuvent se rencontrer
(aucune si l&apos;une veut uniquement du présentiel et l&apos;autre uniquement du distanciel)</translation>
    </message>
    <message>
        <source>Weight of working on the same site</source>
        <translation>Poids du fait de travailler sur le même site</translation>
    </message>
    <message>
        <source>Weight of working in different departments</source>
        <translation>Poids du fait de travailler dans des services différents</translation>
    </message>
    <message>
        <source>A pair scoring less than this (0 to 100) is never proposed:
its people stay unmatched, with the reason</source>
        <translation>Un binôme dont le score est inférieur à cette valeur (0 à 100) n&apos;est jamais proposé :
ses membres restent sans binôme, avec le motif</translation>
    </message>
    <message>
        <source>Never pair two people of the same department</source>
        <translation>Ne jamais associer deux personnes du même service</translation>
    </message>
    <message>
        <source>Never pair a senior with their manager, with someone they manage,
or with someone who has the same manager</source>
        <translation>Ne jamais associer un senior à son responsable, à une personne qu&apos;il encadre
ou à une personne qui a le même responsable</translation>
    </message>
    <message>
        <source>Propose a mentor only when they are better than the senior
on at least one skill the senior wants to improve</source>
        <translation>Ne proposer un mentor que s&apos;il est meilleur que le senior
sur au moins une compétence que le senior veut améliorer</translation>
    </message>
    <message>
        <source>The senior&apos;s next best mentors, best score first: choose one, then Swap mentor</source>
        <translation>Les autres mentors les mieux classés pour le senior, meilleur score en premier : choisissez-en un, puis Changer de mentor</translation>
    </message>
    <message>
        <source>Let the engine propose the selected pair again</source>
        <translation>Laisser le moteur proposer à nouveau le binôme sélectionné</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>Verr&amp;ouiller</translation>
    </message>
    <message>
        <source>Excl&amp;ude</source>
        <translation>&amp;Exclure</translation>
    </message>
    <message>
        <source>Choose me&amp;ntor…</source>
        <translation>Choisir &amp;un mentor…</translation>
    </message>
</context>
<context>
    <name>PairingRepository</name>
    <message>
        <source>reading the enrolment</source>
        <translation>la lecture des inscriptions</translation>
    </message>
    <message>
        <source>enrolling participants</source>
        <translation>l&apos;inscription de participants</translation>
    </message>
    <message>
        <source>withdrawing participants</source>
        <translation>le retrait de participants</translation>
    </message>
    <message>
        <source>reading the pairing settings</source>
        <translation>la lecture des paramètres de constitution des binômes</translation>
    </message>
    <message>
        <source>saving the pairing settings</source>
        <translation>l&apos;enregistrement des paramètres de constitution des binômes</translation>
    </message>
    <message>
        <source>reading the exclusions</source>
        <translation>la lecture des exclusions</translation>
    </message>
    <message>
        <source>saving an exclusion</source>
        <translation>l&apos;enregistrement d&apos;une exclusion</translation>
    </message>
    <message>
        <source>reading the binômes</source>
        <translation>la lecture des binômes</translation>
    </message>
    <message>
        <source>recording the pairing run</source>
        <translation>l&apos;enregistrement du calcul des binômes</translation>
    </message>
    <message>
        <source>reading the pairing runs</source>
        <translation>la lecture des calculs de binômes</translation>
    </message>
</context>
<context>
    <name>PairingService</name>
    <message>
        <source>no senior is enrolled in the program</source>
        <translation>aucun senior n&apos;est inscrit au programme</translation>
    </message>
    <message>
        <source>no junior is enrolled in the program</source>
        <translation>aucun junior n&apos;est inscrit au programme</translation>
    </message>
    <message>
        <source>their capacity is 0</source>
        <translation>sa capacité est de 0</translation>
    </message>
    <message>
        <source>no skill has a target above the current level</source>
        <translation>aucune compétence n&apos;a de niveau cible supérieur au niveau actuel</translation>
    </message>
    <message>
        <source>covers none of the enrolled seniors&apos; gaps</source>
        <translation>ne couvre aucun des écarts des seniors inscrits</translation>
    </message>
    <message>
        <source>no enrolled junior covers any of their gaps: a mentor to recruit</source>
        <translation>aucun junior inscrit ne couvre un seul de ses écarts : un mentor est à recruter</translation>
    </message>
    <message>
        <source>shares no working language with the %1 people who would fit</source>
        <translation>ne partage aucune langue de travail avec les %1 personnes qui conviendraient</translation>
    </message>
    <message>
        <source>everyone who would fit is ruled out (exclusion, same department or same reporting line)</source>
        <translation>toutes les personnes qui conviendraient sont écartées (exclusion, même service ou même ligne hiérarchique)</translation>
    </message>
    <message>
        <source>every possible partner scores under the minimum score (%1)</source>
        <translation>tous les partenaires possibles ont un score inférieur au score minimal (%1)</translation>
    </message>
    <message>
        <source>the %1 seniors they could mentor are better paired with others</source>
        <translation>les %1 seniors dont cette personne pourrait être le mentor forment de meilleurs binômes avec d&apos;autres</translation>
    </message>
    <message>
        <source>the %1 juniors who could mentor them are at capacity or better paired with others</source>
        <translation>les %1 juniors qui pourraient être son mentor ont atteint leur capacité ou forment de meilleurs binômes avec d&apos;autres</translation>
    </message>
    <message>
        <source>This program no longer exists.</source>
        <translation>Ce programme n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The pairing settings are not valid: %1</source>
        <translation>Les paramètres de constitution des binômes ne sont pas valides : %1</translation>
    </message>
    <message>
        <source>Locked by HR.</source>
        <translation>Verrouillé par les RH.</translation>
    </message>
    <message>
        <source>Breaks a rule: %1</source>
        <translation>Enfreint une règle : %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (priority %4), mentor at %5: covers %6% (+%7 points)</source>
        <translation>%1 : %2 → %3 (priorité %4), mentor au niveau %5 : couvre %6 % (+%7 points)</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (priority %4), mentor at %5: not covered</source>
        <translation>%1 : %2 → %3 (priorité %4), mentor au niveau %5 : non couvert</translation>
    </message>
    <message>
        <source>Skill fit %1% (+%2 points)</source>
        <translation>Adéquation des compétences : %1 % (+%2 points)</translation>
    </message>
    <message>
        <source>Meeting modes do not match (in person / remote)</source>
        <translation>Modes de rencontre incompatibles (présentiel / à distance)</translation>
    </message>
    <message>
        <source>Same site (+%1 points)</source>
        <translation>Même site (+%1 points)</translation>
    </message>
    <message>
        <source>Different sites</source>
        <translation>Sites différents</translation>
    </message>
    <message>
        <source>Different departments (+%1 points)</source>
        <translation>Services différents (+%1 points)</translation>
    </message>
    <message>
        <source>Same department</source>
        <translation>Même service</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message numerus="yes">
        <source>Availability: %n shared half-day(s) (+%1 points)</source>
        <translation>
            <numerusform>Disponibilités : %n demi-journée en commun (+%1 points)</numerusform>
            <numerusform>Disponibilités : %n demi-journées en commun (+%1 points)</numerusform>
        </translation>
    </message>
    <message>
        <source>no shared working language</source>
        <translation>aucune langue de travail commune</translation>
    </message>
    <message>
        <source>excluded by HR</source>
        <translation>exclu par les RH</translation>
    </message>
    <message>
        <source>same department</source>
        <translation>même service</translation>
    </message>
    <message>
        <source>same reporting line</source>
        <translation>même ligne hiérarchique</translation>
    </message>
    <message>
        <source>covers none of the senior&apos;s gaps</source>
        <translation>ne couvre aucun écart du senior</translation>
    </message>
    <message>
        <source>This senior does not take part in the program.</source>
        <translation>Ce senior ne participe pas au programme.</translation>
    </message>
    <message>
        <source>Cannot pair %1 with %2: %3</source>
        <translation>Impossible de mettre %1 en binôme avec %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (priority %4), not covered: the mentor&apos;s level is not known</source>
        <translation>%1 : %2 → %3 (priorité %4), non couvert : le niveau du mentor n&apos;est pas connu</translation>
    </message>
</context>
<context>
    <name>Participant</name>
    <message>
        <source>Junior (mentor)</source>
        <translation>Junior (mentor)</translation>
    </message>
    <message>
        <source>Senior (mentee)</source>
        <translation>Senior (mentoré)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>Indifférent</translation>
    </message>
</context>
<context>
    <name>ParticipantCommands</name>
    <message>
        <source>Edit %1</source>
        <comment>undo command: Undo Edit Jean Dupont</comment>
        <translation>la modification de %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>undo command: Undo Add Jean Dupont</comment>
        <translation>l&apos;ajout de %1</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n participant(s)</source>
        <translation>
            <numerusform>Archiver %n participant</numerusform>
            <numerusform>Archiver %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n participant(s)</source>
        <translation>
            <numerusform>Restaurer %n participant</numerusform>
            <numerusform>Restaurer %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>first.last@example.org</source>
        <translation>prenom.nom@example.org</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>P&amp;oste :</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Année de naissance :</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>fr, en</source>
        <translation>fr, en</translation>
    </message>
    <message>
        <source>&amp;Capacity (seniors mentored):</source>
        <translation>Capaci&amp;té (seniors mentorés) :</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s e-mail:</source>
        <translation>E-mail du responsa&amp;ble :</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>&amp;Disponibilités</translation>
    </message>
    <message>
        <source>Half-days when they can meet:</source>
        <translation>Demi-journées de disponibilité :</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>&amp;Compétences</translation>
    </message>
    <message>
        <source>Filter skills…</source>
        <translation>Filtrer les compétences…</translation>
    </message>
    <message>
        <source>Arc&amp;hived (kept for history, left out of new programs)</source>
        <translation>Arc&amp;hivé (conservé pour l&apos;historique, exclu des nouveaux programmes)</translation>
    </message>
    <message>
        <source>Preferred meeting m&amp;ode:</source>
        <translation>&amp;Mode de rencontre préféré :</translation>
    </message>
    <message>
        <source>Junior: a mentor, at home with digital tools. Senior: a mentee, coached on them.</source>
        <translation>Junior : un mentor, à l&apos;aise avec les outils numériques. Senior : un mentoré, accompagné sur ces outils.</translation>
    </message>
    <message>
        <source>The languages they can work in, separated by commas;
Binôme pairs only people who share one (empty: any)</source>
        <translation>Les langues dans lesquelles la personne peut travailler, séparées par des virgules ;
Binôme n&apos;associe que des personnes qui en partagent une (vide : toutes)</translation>
    </message>
    <message>
        <source>How many seniors this junior can mentor at the same time in a program</source>
        <translation>Nombre de seniors que ce junior peut accompagner en même temps dans un programme</translation>
    </message>
    <message>
        <source>Used by the pairing rule &quot;Never in the same reporting line&quot;</source>
        <translation>Utilisé par la règle d&apos;appariement « Jamais dans la même ligne hiérarchique »</translation>
    </message>
    <message>
        <source>How they like to meet; someone who wants in person only and someone who wants remote only
get no availability points together</source>
        <translation>Comment la personne préfère se rencontrer ; une personne qui veut uniquement du présentiel et une autre qui veut uniquement du distanciel
n&apos;obtiennent ensemble aucun point de disponibilité</translation>
    </message>
    <message>
        <source>Current and target levels, from 0 (none) to 5 (expert), and priority, from 1 to 3.
The gap, target − current, is what a mentor can teach.</source>
        <translation>Niveaux actuel et cible, de 0 (aucun) à 5 (expert), et priorité, de 1 à 3.
L&apos;écart, cible − actuel, est ce qu&apos;un mentor peut transmettre.</translation>
    </message>
</context>
<context>
    <name>ParticipantDossierService</name>
    <message>
        <source>Participant %1 does not exist.</source>
        <translation>Le participant %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>ParticipantFile</name>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a spreadsheet workbook (.xlsx or .ods) or another ZIP archive</source>
        <translation>un classeur de tableur (.xlsx ou .ods) ou une autre archive ZIP</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls) or another Office document</source>
        <translation>un ancien classeur Excel (.xls) ou un autre document Office</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <source>the quote opened on this line is never closed: the rest of the file is unreadable</source>
        <translation>le guillemet ouvert sur cette ligne n&apos;est jamais fermé : le reste du fichier est illisible</translation>
    </message>
    <message>
        <source>text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>texte après un guillemet fermant (un guillemet à l&apos;intérieur d&apos;un champ entre guillemets doit être doublé : &quot;&quot;)</translation>
    </message>
    <message>
        <source>column %1 has values but no name</source>
        <translation>la colonne %1 contient des valeurs mais n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a skill code of the catalog (column &quot;%2&quot;)</source>
        <translation>« %1 » n&apos;est pas un code de compétence du catalogue (colonne « %2 »)</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;: rename it as documented (for example &quot;prénom&quot; or &quot;first_name&quot;) or delete it</source>
        <translation>colonne inconnue « %1 » : renommez-la comme indiqué dans la documentation (par exemple « prénom » ou « first_name ») ou supprimez-la</translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold this field: keep only one</source>
        <translation>les colonnes %1 et %2 contiennent toutes deux ce champ : n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <source>required column missing (header line)</source>
        <translation>colonne obligatoire manquante (ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>no participants: the file has only its header row</source>
        <translation>aucun participant : le fichier ne contient que sa ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 columns (a value holding &quot;%3&quot; must be in double quotes)</source>
        <translation>%1 champs alors que l&apos;en-tête compte %2 colonnes (une valeur contenant « %3 » doit être entre guillemets doubles)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>« %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>is required: junior (mentor) or senior (mentee)</source>
        <translation>est obligatoire : junior (mentor) ou senior (mentoré)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: junior (mentor) or senior (mentee)</source>
        <translation>« %1 » n&apos;est pas un rôle : junior (mentor) ou senior (mentoré)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting mode: in-person, remote or any (présentiel, distanciel, indifférent)</source>
        <translation>« %1 » n&apos;est pas un mode de rencontre : présentiel, distanciel ou indifférent (in-person, remote, any)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a half-day: write them like mon-am|thu-pm (or lun-matin|jeu-aprem)</source>
        <translation>« %1 » n&apos;est pas une demi-journée : écrivez-les sous la forme lun-matin|jeu-aprem (ou mon-am|thu-pm)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>« %1 » n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>%1 is already the e-mail of the participant on line %2: each participant needs their own</source>
        <translation>%1 est déjà l&apos;e-mail du participant de la ligne %2 : chaque participant doit avoir le sien</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>%1: unknown file type: name it .csv or .json</source>
        <translation>%1 : type de fichier inconnu : donnez-lui l&apos;extension .csv ou .json</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation>une valeur inconnue</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>doit être %1, pas %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is far out of range</source>
        <translation>%1 est très largement hors limites</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>an object of skill codes, such as {&quot;genai&quot;: 3}</source>
        <translation>un objet de codes de compétences, comme {&quot;genai&quot;: 3}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a skill code of the catalog</source>
        <translation>« %1 » n&apos;est pas un code de compétence du catalogue</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;: use current, target and priority</source>
        <translation>clé inconnue « %1 » : utilisez current, target et priority</translation>
    </message>
    <message>
        <source>a level or an object {&quot;current&quot;, &quot;target&quot;, &quot;priority&quot;}</source>
        <translation>un niveau ou un objet {&quot;current&quot;, &quot;target&quot;, &quot;priority&quot;}</translation>
    </message>
    <message>
        <source>an object {&quot;role&quot;: ...}</source>
        <translation>un objet {&quot;role&quot;: ...}</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>expected {&quot;participants&quot;: [ ... ]}, a list of participants</source>
        <translation>attendu : {&quot;participants&quot;: [ ... ]}, une liste de participants</translation>
    </message>
    <message>
        <source>no participants: the list is empty</source>
        <translation>aucun participant : la liste est vide</translation>
    </message>
    <message>
        <source>this is not a CSV or JSON file: it looks like %1. Export the participants as &quot;CSV UTF-8&quot; or JSON and import that file</source>
        <translation>ce n&apos;est pas un fichier CSV ou JSON : on dirait %1. Exportez les participants au format « CSV UTF-8 » ou JSON et importez ce fichier</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given twice in the same object: keep one of them</source>
        <translation>la clé « %1 » figure deux fois dans le même objet : n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <source>the number %1 is too large</source>
        <translation>le nombre %1 est trop grand</translation>
    </message>
    <message>
        <source>is given twice (&quot;%1&quot; repeats it)</source>
        <translation>figure deux fois (« %1 » le répète)</translation>
    </message>
    <message>
        <source>cannot read the JSON: %1</source>
        <translation>impossible de lire le JSON : %1</translation>
    </message>
</context>
<context>
    <name>ParticipantReport</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>%n jour d&apos;intervalle</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Identity and profile</source>
        <translation>Identité et profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Manager&apos;s e-mail</source>
        <translation>E-mail du responsable hiérarchique</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <source>Preferred meeting mode</source>
        <translation>Mode de rencontre préféré</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Mentoring capacity</source>
        <translation>Capacité de mentorat</translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) at a time</source>
        <translation>
            <numerusform>%n mentoré à la fois</numerusform>
            <numerusform>%n mentorés à la fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>Statut de la fiche</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Skills and current levels</source>
        <translation>Compétences et niveaux actuels</translation>
    </message>
    <message>
        <source>No skill level is recorded.</source>
        <translation>Aucun niveau de compétence n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Priority (1-3)</source>
        <translation>Priorité (1-3)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Levels run from 0 (none) to 5 (expert).</source>
        <translation>Les niveaux vont de 0 (aucune maîtrise) à 5 (expert).</translation>
    </message>
    <message>
        <source>Level history</source>
        <translation>Historique des niveaux</translation>
    </message>
    <message>
        <source>Every level recorded, with its date and where it came from: an import of an HR file, an edit by HR, or a debrief of a binôme.</source>
        <translation>Chaque niveau enregistré, avec sa date et son origine : import d&apos;un fichier RH, modification par les RH ou débrief d&apos;un binôme.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No level history is recorded.</source>
        <translation>Aucun historique des niveaux n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Programs enrolled in</source>
        <translation>Inscriptions aux programmes</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Not enrolled in any program.</source>
        <translation>Aucune inscription à un programme.</translation>
    </message>
    <message>
        <source>Objectives where %1 learns</source>
        <translation>Objectifs d&apos;apprentissage de %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No objective where they learn.</source>
        <translation>Aucun objectif d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Skills worked on</source>
        <translation>Compétences travaillées</translation>
    </message>
    <message>
        <source>Notes and next steps</source>
        <translation>Remarques et prochaines étapes</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No session logged.</source>
        <translation>Aucune séance enregistrée.</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Prochaines étapes : %1</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>%1, %2 min, %3</source>
        <translation>%1, %2 min, %3</translation>
    </message>
    <message>
        <source>mentee %1
mentor %2</source>
        <translation>mentoré %1
mentor %2</translation>
    </message>
    <message>
        <source>Debriefs</source>
        <translation>Débriefs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Their objectives reviewed</source>
        <translation>Ses objectifs examinés</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>No debrief held.</source>
        <translation>Aucun débrief réalisé.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Binôme with %1 (%2)</source>
        <translation>Binôme avec %1 (%2)</translation>
    </message>
    <message>
        <source>Role in the binôme</source>
        <translation>Rôle dans le binôme</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>End note</source>
        <translation>Commentaire de fin</translation>
    </message>
    <message>
        <source>Pairing score</source>
        <translation>Score d&apos;appariement</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Why they were paired</source>
        <translation>Raisons de l&apos;appariement</translation>
    </message>
    <message>
        <source>As recorded when HR confirmed the binôme; levels run from 0 to 5.</source>
        <translation>Informations enregistrées lors de la confirmation du binôme par les RH ; les niveaux vont de 0 à 5.</translation>
    </message>
    <message>
        <source>Pairing exclusions</source>
        <translation>Exclusions d&apos;appariement</translation>
    </message>
    <message>
        <source>Pairs that HR ruled out: the pairing never proposes them.</source>
        <translation>Paires écartées par les RH : elles ne sont jamais proposées lors de l&apos;appariement.</translation>
    </message>
    <message>
        <source>Not to be paired with</source>
        <translation>À ne pas associer à</translation>
    </message>
    <message>
        <source>No exclusion involves them.</source>
        <translation>Aucune exclusion ne concerne cette personne.</translation>
    </message>
    <message>
        <source>Personal data report</source>
        <translation>Rapport sur les données personnelles</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Données personnelles concernant %1</translation>
    </message>
    <message>
        <source>Right of access (GDPR, article 15) · as of %1</source>
        <translation>Droit d&apos;accès (RGPD, article 15) · situation au %1</translation>
    </message>
    <message>
        <source>This report lists everything the Binôme reverse-mentoring application holds about %1: their profile and skills, the history of their levels, the programs they are enrolled in, and every binôme they took part in, with its objectives, sessions and debriefs. Other people appear by name only. The same data is available as a JSON file for portability.</source>
        <translation>Ce rapport présente l&apos;ensemble des données que l&apos;application de mentorat inversé Binôme détient sur %1 : son profil et ses compétences, l&apos;historique de ses niveaux, les programmes auxquels cette personne est inscrite, ainsi que chaque binôme auquel elle a participé, avec ses objectifs, ses séances et ses débriefs. Les autres personnes n&apos;y figurent que par leur nom. Les mêmes données sont disponibles sous la forme d&apos;un fichier JSON, à des fins de portabilité.</translation>
    </message>
    <message>
        <source>programs</source>
        <translation>programmes</translation>
    </message>
    <message>
        <source>binômes</source>
        <translation>binômes</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>debriefs</source>
        <translation>débriefs</translation>
    </message>
    <message>
        <source>Binômes</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>They have not been in any binôme.</source>
        <translation>Cette personne n&apos;a fait partie d&apos;aucun binôme.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <source>The data comes from HR files imported into Binôme, from HR&apos;s own entries, and from what the binômes logged (sessions, debriefs). The purposes of the processing, who receives the data and how long it is kept are set by your organisation: ask its HR department, who can also correct or erase this data on request.</source>
        <translation>Les données proviennent des fichiers RH importés dans Binôme, des saisies effectuées par les RH et des informations enregistrées par les binômes (séances, débriefs). Les finalités du traitement, les destinataires des données et leur durée de conservation sont définis par votre organisation : adressez-vous à son service des ressources humaines, qui peut également rectifier ou effacer ces données sur demande.</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>reading participants</source>
        <translation>la lecture des participants</translation>
    </message>
    <message>
        <source>reading skill levels</source>
        <translation>la lecture des niveaux de compétence</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>l&apos;ajout de %1</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>l&apos;enregistrement de %1</translation>
    </message>
    <message>
        <source>saving the skills of %1</source>
        <translation>l&apos;enregistrement des compétences de %1</translation>
    </message>
    <message>
        <source>The skill %1 is not in the catalog.</source>
        <translation>La compétence %1 ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>archiving a participant</source>
        <translation>l&apos;archivage d&apos;un participant</translation>
    </message>
    <message>
        <source>removing a participant</source>
        <translation>la suppression d&apos;un participant</translation>
    </message>
    <message>
        <source>counting participants</source>
        <translation>le comptage des participants</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participant %1</translation>
    </message>
    <message>
        <source>erasing a participant</source>
        <translation>l&apos;effacement d&apos;un participant</translation>
    </message>
    <message>
        <source>A participant with the e-mail %1 already exists (saved meanwhile, perhaps in another window or on another computer); nothing was saved.</source>
        <translation>Un participant avec l&apos;adresse e-mail %1 existe déjà (enregistré entre-temps, peut-être dans une autre fenêtre ou sur un autre ordinateur) ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ParticipantService</name>
    <message>
        <source>is not a skill of the catalog</source>
        <translation>n&apos;est pas une compétence du catalogue</translation>
    </message>
    <message>
        <source>is already used by %1</source>
        <translation>est déjà utilisé par %1</translation>
    </message>
    <message>
        <source>This participant no longer exists.</source>
        <translation>Ce participant n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Archive %1 before erasing their data.</source>
        <translation>Archivez %1 avant d&apos;effacer ses données.</translation>
    </message>
    <message>
        <source>%1 is in an open binôme of %2: end it first, then erase their data.</source>
        <translation>%1 fait partie d&apos;un binôme ouvert (programme : %2) : terminez-le d&apos;abord, puis effacez ses données.</translation>
    </message>
    <message>
        <source>Nobody has the e-mail %1.</source>
        <translation>Personne n&apos;a l&apos;e-mail %1.</translation>
    </message>
    <message>
        <source>%1&apos;s data was erased, but %2</source>
        <translation>Les données de %1 ont été effacées, mais %2</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+N)</source>
        <translation>Ajouter un participant (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected participant (Enter)</source>
        <translation>Modifier le participant sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import participants from a CSV or JSON file</source>
        <translation>Importer des participants depuis un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export every participant to a CSV or JSON file</source>
        <translation>Exporter tous les participants vers un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation>Afficher les archi&amp;vés</translation>
    </message>
    <message>
        <source>Filter by name, e-mail, department, site… (Ctrl+F)</source>
        <translation>Filtrer par nom, e-mail, service, site… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Era&amp;se…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <source>Erase an archived participant&apos;s data for good (right to erasure)</source>
        <translation>Effacer définitivement les données d&apos;un participant archivé (droit à l&apos;effacement)</translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation>&amp;Données personnelles</translation>
    </message>
    <message>
        <source>Everything Binôme holds about the selected person, for a right-of-access request (GDPR article 15): a PDF report or a JSON file</source>
        <translation>Tout ce que Binôme détient sur la personne sélectionnée, pour une demande de droit d&apos;accès (RGPD, article 15) : un rapport PDF ou un fichier JSON</translation>
    </message>
    <message>
        <source>Archive the selected people: kept for history, left out of new programs. Restore brings them back.</source>
        <translation>Archiver les personnes sélectionnées : conservées dans l&apos;historique, exclues des nouveaux programmes. Restaurer les fait revenir.</translation>
    </message>
    <message>
        <source>Shows the people whose name, e-mail, department, site or job title holds every word typed, in any case, with or without accents (Ctrl+F)</source>
        <translation>Affiche les personnes dont le nom, l&apos;e-mail, le service, le site ou le poste contient chaque mot saisi, sans tenir compte des majuscules ni des accents (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show everyone, or only the juniors (mentors) or the seniors (mentees)</source>
        <translation>Afficher tout le monde, ou seulement les juniors (mentors) ou les seniors (mentorés)</translation>
    </message>
    <message>
        <source>Also list the archived people</source>
        <translation>Lister aussi les personnes archivées</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Session &amp;cadence:</source>
        <translation>&amp;Rythme des séances :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Days expected between two sessions of a binôme;
an active binôme with no session held for longer is flagged at risk</source>
        <translation>Nombre de jours prévus entre deux séances d&apos;un binôme ;
un binôme actif sans séance réalisée depuis plus longtemps est signalé À risque</translation>
    </message>
</context>
<context>
    <name>ProgramExportService</name>
    <message>
        <source>No program has the id %1.</source>
        <translation>Aucun programme n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Binôme: %1 / %2</source>
        <translation>Binôme : %1 / %2</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Mode : %1</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Compétences : %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Prochaines étapes : %1</translation>
    </message>
</context>
<context>
    <name>ProgramReport</name>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>binômes</source>
        <translation>binômes</translation>
    </message>
    <message>
        <source>%1 active, %2 paused, %3 ended</source>
        <translation>actifs : %1, en pause : %2, terminés : %3</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>séances réalisées</translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n prévue</numerusform>
            <numerusform>%n prévues</numerusform>
        </translation>
    </message>
    <message>
        <source>hours of mentoring</source>
        <translation>heures de mentorat</translation>
    </message>
    <message>
        <source>kept the cadence</source>
        <translation>respectent la cadence</translation>
    </message>
    <message>
        <source>%1 of %2 open binômes</source>
        <translation>%1 sur %2 binômes en cours</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>objectives achieved</source>
        <translation>objectifs atteints</translation>
    </message>
    <message>
        <source>dropped ones not counted</source>
        <translation>hors objectifs abandonnés</translation>
    </message>
    <message>
        <source>average level gain</source>
        <translation>gain moyen de niveau</translation>
    </message>
    <message>
        <source>levels (0 to 5), re-assessed objectives</source>
        <translation>en niveaux (de 0 à 5), sur les objectifs réévalués</translation>
    </message>
    <message>
        <source>mentees&apos; satisfaction</source>
        <translation>satisfaction des mentorés</translation>
    </message>
    <message numerus="yes">
        <source>%n debrief(s) with an answer</source>
        <translation>
            <numerusform>%n débrief renseigné</numerusform>
            <numerusform>%n débriefs renseignés</numerusform>
        </translation>
    </message>
    <message>
        <source>mentors&apos; satisfaction</source>
        <translation>satisfaction des mentors</translation>
    </message>
    <message>
        <source>Activity and progress</source>
        <translation>Activité et progression</translation>
    </message>
    <message>
        <source>Sessions held per month</source>
        <translation>Séances réalisées par mois</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>No session held yet.</source>
        <translation>Aucune séance réalisée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Objectives by status</source>
        <translation>Objectifs par statut</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>No objective set yet.</source>
        <translation>Aucun objectif défini pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Levels at kickoff and latest, per skill</source>
        <translation>Niveaux au lancement et derniers niveaux, par compétence</translation>
    </message>
    <message>
        <source>mean level of the learners (0 to 5)</source>
        <translation>niveau moyen des apprenants (de 0 à 5)</translation>
    </message>
    <message>
        <source>No objective has been re-assessed yet.</source>
        <translation>Aucun objectif n&apos;a encore été réévalué.</translation>
    </message>
    <message>
        <source>at kickoff</source>
        <translation>au lancement</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>dernier niveau</translation>
    </message>
    <message>
        <source>Per skill, over the objectives re-assessed at least once: the mean starting level and the mean latest level.</source>
        <translation>Par compétence, sur les objectifs réévalués au moins une fois : le niveau de départ moyen et le dernier niveau moyen.</translation>
    </message>
    <message>
        <source>Every binôme</source>
        <translation>Tous les binômes</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>No binôme yet.</source>
        <translation>Aucun binôme pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Objectives: achieved of set (dropped ones not counted). Gain: mean level gain over re-assessed objectives. Binômes that need attention are tinted.</source>
        <translation>Objectifs : atteints sur fixés (hors objectifs abandonnés). Gain : gain moyen de niveau sur les objectifs réévalués. Les binômes à surveiller apparaissent sur fond coloré.</translation>
    </message>
    <message>
        <source>Binômes that need attention</source>
        <translation>Binômes à surveiller</translation>
    </message>
    <message>
        <source>Binôme</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>No binôme needs attention as of %1.</source>
        <translation>Aucun binôme à surveiller au %1.</translation>
    </message>
    <message>
        <source>%1 (mentee)
%2 (mentor)</source>
        <translation>%1 (mentoré)
%2 (mentor)</translation>
    </message>
    <message>
        <source>No program has the id %1.</source>
        <translation>Aucun programme n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Rapport de programme</translation>
    </message>
    <message numerus="yes">
        <source>Program report · %1 to %2 · a session every %n day(s) · as of %3</source>
        <translation>
            <numerusform>Rapport de programme · du %1 au %2 · une séance tous les %n jour · situation au %3</numerusform>
            <numerusform>Rapport de programme · du %1 au %2 · une séance tous les %n jours · situation au %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramRepository</name>
    <message>
        <source>reading programs</source>
        <translation>la lecture des programmes</translation>
    </message>
    <message>
        <source>adding the program %1</source>
        <translation>l&apos;ajout du programme %1</translation>
    </message>
    <message>
        <source>saving the program %1</source>
        <translation>l&apos;enregistrement du programme %1</translation>
    </message>
    <message>
        <source>removing a program</source>
        <translation>la suppression d&apos;un programme</translation>
    </message>
    <message>
        <source>reading the program&apos;s binômes</source>
        <translation>la lecture des binômes du programme</translation>
    </message>
    <message>
        <source>A program named &quot;%1&quot; already exists (saved meanwhile, perhaps in another window or on another computer); nothing was saved.</source>
        <translation>Un programme nommé « %1 » existe déjà (enregistré entre-temps, peut-être dans une autre fenêtre ou sur un autre ordinateur) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The program %1</source>
        <translation>Le programme %1</translation>
    </message>
</context>
<context>
    <name>ProgramService</name>
    <message>
        <source>a program named &quot;%1&quot; already exists</source>
        <translation>un programme nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>No participant has the e-mail %1; nobody was enrolled.</source>
        <translation>Aucun participant n&apos;a l&apos;e-mail %1 ; personne n&apos;a été inscrit.</translation>
    </message>
    <message>
        <source>The program was not removed: binômes have been confirmed in it since it was added. Delete it from the Programs page if you mean to, with everything in it.</source>
        <translation>Le programme n&apos;a pas été retiré : des binômes y ont été confirmés depuis son ajout. Supprimez-le depuis la page Programmes si tel est votre souhait, avec tout son contenu.</translation>
    </message>
</context>
<context>
    <name>ProgramStatisticsService</name>
    <message>
        <source>No program has the id %1.</source>
        <translation>Aucun programme n&apos;a l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>&amp;New program…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Filter programs…</source>
        <translation>Filtrer les programmes…</translation>
    </message>
    <message>
        <source>Create a program: a cohort with its dates and its session cadence</source>
        <translation>Créer un programme : une promotion avec ses dates et la cadence de ses séances</translation>
    </message>
    <message>
        <source>Change the selected program&apos;s name, dates, cadence or description (Enter)</source>
        <translation>Modifier le nom, les dates, la cadence ou la description du programme sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Delete the selected program and its binômes, after asking; this cannot be undone</source>
        <translation>Supprimer le programme sélectionné et ses binômes, après confirmation ; cette action est irréversible</translation>
    </message>
    <message>
        <source>Shows the programs with this text in any column</source>
        <translation>Affiche les programmes contenant ce texte dans une colonne</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>No data yet.</source>
        <translation>Aucune donnée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Néant.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The report cannot be printed on this device.</source>
        <translation>Le rapport ne peut pas être imprimé sur ce périphérique.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %n</source>
        <translation>
            <numerusform>Page %1 sur %n</numerusform>
            <numerusform>Page %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport au format PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Backups of this database:</source>
        <translation>&amp;Sauvegardes de cette base de données :</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Contenu de la sauvegarde</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <source>Programs:</source>
        <translation>Programmes :</translation>
    </message>
    <message>
        <source>Binômes:</source>
        <translation>Binômes :</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Séances :</translation>
    </message>
    <message>
        <source>Last session held:</source>
        <translation>Dernière séance réalisée :</translation>
    </message>
</context>
<context>
    <name>RunBinomesDialog</name>
    <message>
        <source>Binômes of a confirmed run</source>
        <translation>Binômes d&apos;un calcul confirmé</translation>
    </message>
    <message>
        <source>Filter by name or status…</source>
        <translation>Filtrer par nom ou statut…</translation>
    </message>
    <message>
        <source>Enter or double-click: open the binôme</source>
        <translation>Entrée ou double-clic : ouvrir le binôme</translation>
    </message>
    <message>
        <source>&amp;Open binôme…</source>
        <translation>&amp;Ouvrir le binôme…</translation>
    </message>
</context>
<context>
    <name>ScaleDemo</name>
    <message>
        <source>The skills catalog is empty.</source>
        <translation>Le catalogue des compétences est vide.</translation>
    </message>
    <message>
        <source>Synthetic session for scale tests.</source>
        <translation>Séance synthétique pour les tests de montée en charge.</translation>
    </message>
    <message>
        <source>Practised on a real task of the team.</source>
        <translation>Mise en pratique sur une vraie tâche de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Questions from the week, then a demo.</source>
        <translation>Questions de la semaine, puis une démonstration.</translation>
    </message>
    <message>
        <source>Scale test, %1 people</source>
        <translation>Test de montée en charge, %1 personnes</translation>
    </message>
    <message>
        <source>A large synthetic program, for scale tests and benchmarks.</source>
        <translation>Un grand programme synthétique, pour les tests de montée en charge et les mesures de performance.</translation>
    </message>
    <message>
        <source>The number of people must be from %1 to %2, not %3.</source>
        <translation>Le nombre de personnes doit être compris entre %1 et %2, et non %3.</translation>
    </message>
    <message>
        <source>The scale demo needs an empty database: this one already holds participants.</source>
        <translation>La démo de montée en charge nécessite une base de données vide : celle-ci contient déjà des participants.</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>%1 has been changed since this edit was undone (later in this window, in another window or on another computer); redoing the edit would overwrite that change, so it was not redone.</source>
        <translation>%1 : cet enregistrement a changé depuis l&apos;annulation de cette modification (plus tard dans cette fenêtre, dans une autre fenêtre ou sur un autre ordinateur) ; la rétablir écraserait ce changement, elle n&apos;a donc pas été rétablie.</translation>
    </message>
    <message>
        <source>%1 has been changed since this edit (later in this window, in another window or on another computer); undoing the edit would overwrite that change, so it was not undone.</source>
        <translation>%1 : cet enregistrement a changé depuis cette modification (plus tard dans cette fenêtre, dans une autre fenêtre ou sur un autre ordinateur) ; l&apos;annuler écraserait ce changement, elle n&apos;a donc pas été annulée.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Séance :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>S&amp;kills worked on:</source>
        <translation>Compé&amp;tences travaillées :</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current skill.</source>
        <translation>Espace coche ou décoche la compétence courante.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>What you worked on (Ctrl+Enter saves)</source>
        <translation>Ce sur quoi vous avez travaillé (Ctrl+Entrée pour enregistrer)</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation>Pro&amp;chaines étapes :</translation>
    </message>
    <message>
        <source>Ment&amp;ee&apos;s rating:</source>
        <translation>Note du m&amp;entoré :</translation>
    </message>
    <message>
        <source>Mento&amp;r&apos;s rating:</source>
        <translation>Note du mento&amp;r :</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no rating</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Held: the session took place. Planned: a date to come, shown as the next session.</source>
        <translation>Réalisée : la séance a eu lieu. Prévue : une date à venir, affichée comme prochaine séance.</translation>
    </message>
    <message>
        <source>How the session took place, or will</source>
        <translation>Comment la séance s&apos;est déroulée, ou se déroulera</translation>
    </message>
    <message>
        <source>How the senior rates the session, from 1 (poor) to 5 (excellent).
When the latest rated session gets 2 or less, the binôme is flagged (low rating).</source>
        <translation>La note que le senior donne à la séance, de 1 (mauvaise) à 5 (excellente).
Quand la dernière séance notée obtient 2 ou moins, le binôme reçoit une alerte (Note basse).</translation>
    </message>
    <message>
        <source>How the junior rates the session, from 1 (poor) to 5 (excellent).
When the latest rated session gets 2 or less, the binôme is flagged (low rating).</source>
        <translation>La note que le junior donne à la séance, de 1 (mauvaise) à 5 (excellente).
Quand la dernière séance notée obtient 2 ou moins, le binôme reçoit une alerte (Note basse).</translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message>
        <source>no participant has the e-mail %1</source>
        <translation>aucun participant n&apos;a l&apos;e-mail %1</translation>
    </message>
    <message>
        <source>%1 is the junior of the binôme and %2 its senior: swap the two e-mails</source>
        <translation>%1 est le junior du binôme et %2 son senior : inversez les deux e-mails</translation>
    </message>
    <message>
        <source>%1 (junior) and %2 (senior) are not an open binôme of any program: check both e-mails</source>
        <translation>%1 (junior) et %2 (senior) ne forment un binôme ouvert dans aucun programme : vérifiez les deux e-mails</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>reading the sessions</source>
        <translation>la lecture des séances</translation>
    </message>
    <message>
        <source>saving a session</source>
        <translation>l&apos;enregistrement d&apos;une séance</translation>
    </message>
    <message>
        <source>Session %1 does not exist.</source>
        <translation>La séance %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>removing a session</source>
        <translation>la suppression d&apos;une séance</translation>
    </message>
    <message>
        <source>The session of %1</source>
        <translation>La séance de %1</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>binôme %1 does not exist</source>
        <translation>le binôme %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>this binôme has ended: no session can be logged</source>
        <translation>ce binôme est terminé : aucune séance ne peut être saisie</translation>
    </message>
    <message>
        <source>is more than a month before the binôme started (%1)</source>
        <translation>se situe plus d&apos;un mois avant le début du binôme (%1)</translation>
    </message>
    <message>
        <source>skill %1 is not in the catalog</source>
        <translation>la compétence %1 n&apos;est pas dans le catalogue</translation>
    </message>
    <message>
        <source>Binôme %1 does not exist.</source>
        <translation>Le binôme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Only a stored session can be restored.</source>
        <translation>Seule une séance enregistrée peut être restaurée.</translation>
    </message>
    <message>
        <source>Session %1 does not exist.</source>
        <translation>La séance %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>SessionSheet</name>
    <message>
        <source>column %1 has values but no name</source>
        <translation>la colonne %1 contient des valeurs mais n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;: rename it as documented (for example &quot;courriel junior&quot; or &quot;junior email&quot;) or delete it</source>
        <translation>colonne inconnue &quot;%1&quot; : renommez-la comme indiqué dans la documentation (par exemple &quot;courriel junior&quot; ou &quot;junior email&quot;) ou supprimez-la</translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold this field: keep only one</source>
        <translation>les colonnes %1 et %2 contiennent toutes deux ce champ : n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <source>required column missing (header line)</source>
        <translation>colonne obligatoire manquante (ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 columns (a value holding &quot;%3&quot; must be in double quotes)</source>
        <translation>%1 champs alors que l&apos;en-tête compte %2 colonnes (une valeur contenant &quot;%3&quot; doit être entre guillemets doubles)</translation>
    </message>
    <message>
        <source>%1 is also the junior&apos;s e-mail: a binôme is two different people</source>
        <translation>%1 est aussi le courriel du junior : un binôme réunit deux personnes différentes</translation>
    </message>
    <message>
        <source>is required: the e-mail of the binôme&apos;s junior (the mentor)</source>
        <translation>est obligatoire : le courriel du junior (le mentor) du binôme</translation>
    </message>
    <message>
        <source>is required: the e-mail of the binôme&apos;s senior (the mentee)</source>
        <translation>est obligatoire : le courriel du senior (le mentoré) du binôme</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse électronique valide</translation>
    </message>
    <message>
        <source>is required: the day of the session, 31/01/2026 or 2026-01-31</source>
        <translation>est obligatoire : le jour de la séance, 31/01/2026 ou 2026-01-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it 31/01/2026 or 2026-01-31</source>
        <translation>&quot;%1&quot; n&apos;est pas une date : écrivez-la 31/01/2026 ou 2026-01-31</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 n&apos;est pas un jour du calendrier</translation>
    </message>
    <message>
        <source>is required: how long the session lasts, such as 45, 1h or 1h30</source>
        <translation>est obligatoire : la durée de la séance, par exemple 45, 1h ou 1h30</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write minutes (45, 90 min) or hours and minutes (1h, 1h30)</source>
        <translation>&quot;%1&quot; n&apos;est pas une durée : indiquez des minutes (45, 90 min) ou des heures et minutes (1h, 1h30)</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3 minutes)</source>
        <translation>%1 est hors limites (de %2 à %3 minutes)</translation>
    </message>
    <message>
        <source>is required: in person, video or phone (présentiel, visio, téléphone)</source>
        <translation>est obligatoire : présentiel, visio ou téléphone (in person, video, phone)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session mode: in person, video or phone (présentiel, visio, téléphone)</source>
        <translation>&quot;%1&quot; n&apos;est pas un mode de séance : présentiel, visio ou téléphone (in person, video, phone)</translation>
    </message>
    <message>
        <source>is required: held or planned (réalisée, prévue)</source>
        <translation>est obligatoire : réalisée ou prévue (held, planned)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: held or planned (réalisée, prévue)</source>
        <translation>&quot;%1&quot; n&apos;est pas un statut : réalisée ou prévue (held, planned)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a skill code of the catalog (such as linkedin, genai, DC4.2)</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de compétence du catalogue (par exemple linkedin, genai, DC4.2)</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors limites (de %2 à %3)</translation>
    </message>
    <message>
        <source>this is not a CSV file: it looks like %1. Save the sheet as &quot;CSV UTF-8&quot; and import that file</source>
        <translation>ce n&apos;est pas un fichier CSV : il ressemble à %1. Enregistrez la feuille au format &quot;CSV UTF-8&quot; et importez ce fichier</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>no sessions: the file has only its header row</source>
        <translation>aucune séance : le fichier ne contient que sa ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
</context>
<context>
    <name>Skill</name>
    <message>
        <source>DigComp competence</source>
        <translation>Compétence DigComp</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>1 Information and data literacy</source>
        <translation>1 Maîtrise de l&apos;information et des données</translation>
    </message>
    <message>
        <source>2 Communication and collaboration</source>
        <translation>2 Communication et collaboration</translation>
    </message>
    <message>
        <source>3 Digital content creation</source>
        <translation>3 Création de contenus numériques</translation>
    </message>
    <message>
        <source>4 Safety</source>
        <translation>4 Sécurité</translation>
    </message>
    <message>
        <source>5 Problem solving</source>
        <translation>5 Résolution de problèmes</translation>
    </message>
</context>
<context>
    <name>SkillCatalogService</name>
    <message>
        <source>the code %1 is already used</source>
        <translation>le code %1 est déjà utilisé</translation>
    </message>
    <message>
        <source>This skill no longer exists.</source>
        <translation>Cette compétence n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The code of a skill never changes (%1).</source>
        <translation>Le code d&apos;une compétence ne change jamais (%1).</translation>
    </message>
</context>
<context>
    <name>SkillDialog</name>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>e.g. teams-meetings</source>
        <translation>p. ex. teams-meetings</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Nom en an&amp;glais :</translation>
    </message>
    <message>
        <source>Name in &amp;French:</source>
        <translation>Nom en &amp;français :</translation>
    </message>
    <message>
        <source>DigComp &amp;area:</source>
        <translation>&amp;Domaine DigComp :</translation>
    </message>
    <message>
        <source>A short identifier: 2 to 32 letters, digits, dots, hyphens or underscores.
It never changes once the skill is added.</source>
        <translation>Un identifiant court : 2 à 32 lettres, chiffres, points, tirets ou tirets bas.
Il ne change plus une fois la compétence ajoutée.</translation>
    </message>
    <message>
        <source>The DigComp 2.2 area the skill belongs to</source>
        <translation>Le domaine DigComp 2.2 auquel appartient la compétence</translation>
    </message>
</context>
<context>
    <name>SkillRepository</name>
    <message>
        <source>reading the skills catalog</source>
        <translation>la lecture du catalogue des compétences</translation>
    </message>
    <message>
        <source>adding the skill %1</source>
        <translation>l&apos;ajout de la compétence %1</translation>
    </message>
    <message>
        <source>saving the skill %1</source>
        <translation>l&apos;enregistrement de la compétence %1</translation>
    </message>
    <message>
        <source>counting a skill&apos;s uses</source>
        <translation>le comptage des utilisations d&apos;une compétence</translation>
    </message>
    <message>
        <source>removing a skill</source>
        <translation>la suppression d&apos;une compétence</translation>
    </message>
    <message>
        <source>This skill is in use: archive it instead.</source>
        <translation>Cette compétence est utilisée : archivez-la plutôt.</translation>
    </message>
    <message>
        <source>A skill with the code %1 already exists (saved meanwhile, perhaps in another window or on another computer); nothing was saved.</source>
        <translation>Une compétence avec le code %1 existe déjà (enregistrée entre-temps, peut-être dans une autre fenêtre ou sur un autre ordinateur) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The skill %1</source>
        <translation>La compétence %1</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Skills catalog</source>
        <translation>Catalogue des compétences</translation>
    </message>
    <message>
        <source>The 21 competences of the European DigComp 2.2 framework and concrete tools. Add your own skills; a code never changes once used, so skills are archived rather than deleted.</source>
        <translation>Les 21 compétences du référentiel européen DigComp 2.2 et des outils concrets. Ajoutez vos propres compétences ; un code ne change jamais une fois utilisé, c&apos;est pourquoi les compétences sont archivées plutôt que supprimées.</translation>
    </message>
    <message>
        <source>&amp;Add skill…</source>
        <translation>A&amp;jouter une compétence…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation>Afficher les archi&amp;vées</translation>
    </message>
    <message>
        <source>Filter skills…</source>
        <translation>Filtrer les compétences…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Modules, guides and videos for the selected skill, shown beside the objectives on it</source>
        <translation>Modules, guides et vidéos pour la compétence sélectionnée, affichés à côté des objectifs qui la concernent</translation>
    </message>
    <message>
        <source>Add a skill of your own: a code, its names in English and French, its DigComp area</source>
        <translation>Ajouter votre propre compétence : un code, ses noms en anglais et en français, son domaine DigComp</translation>
    </message>
    <message>
        <source>Rename the selected skill or change its area; its code never changes (Enter)</source>
        <translation>Renommer la compétence sélectionnée ou changer son domaine ; son code ne change jamais (Entrée)</translation>
    </message>
    <message>
        <source>Archive the selected skill: no longer offered for new levels, objectives or sessions; what is recorded on it stays. Restore brings it back.</source>
        <translation>Archiver la compétence sélectionnée : elle n&apos;est plus proposée pour les nouveaux niveaux, objectifs ou séances ; ce qui est enregistré à son sujet est conservé. Restaurer la fait revenir.</translation>
    </message>
    <message>
        <source>Also list the archived skills</source>
        <translation>Lister aussi les compétences archivées</translation>
    </message>
    <message>
        <source>Shows the skills whose code, name or area holds every word typed</source>
        <translation>Affiche les compétences dont le code, le nom ou le domaine contient chaque mot saisi</translation>
    </message>
    <message>
        <source>Learning res&amp;ources…</source>
        <translation>Ressources d&apos;a&amp;pprentissage…</translation>
    </message>
</context>
<context>
    <name>SpreadsheetCsv</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Exporter vers un tableur</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>The table was not exported.</source>
        <translation>Le tableau n&apos;a pas été exporté.</translation>
    </message>
</context>
<context>
    <name>TableExportService</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Skills and gaps</source>
        <translation>Compétences et écarts</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Junior (mentor)</source>
        <translation>Junior (mentor)</translation>
    </message>
    <message>
        <source>Senior (mentee)</source>
        <translation>Senior (mentoré)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Séances réalisées</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prochaine séance</translation>
    </message>
    <message>
        <source>Objectives achieved</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>Objectives (not dropped)</source>
        <translation>Objectifs (hors abandonnés)</translation>
    </message>
    <message>
        <source>Average level gain</source>
        <translation>Gain de niveau moyen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Held or planned</source>
        <translation>Réalisée ou prévue</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Mentee rating</source>
        <translation>Note du mentoré</translation>
    </message>
    <message>
        <source>Mentor rating</source>
        <translation>Note du mentor</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Starting level</source>
        <translation>Niveau de départ</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>the text at offset %1 is not valid UTF-16 (the file starts as UTF-16 text); save the file as UTF-8 and import again</source>
        <translation>le texte à la position %1 n&apos;est pas de l&apos;UTF-16 valide (le fichier commence comme du texte UTF-16) ; enregistrez le fichier en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
        <source>byte %1 at offset %2 is not valid UTF-8; save the file as UTF-8 and import again</source>
        <translation>l&apos;octet %1 à la position %2 n&apos;est pas de l&apos;UTF-8 valide ; enregistrez le fichier en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
        <source>byte %1 at offset %2 is neither UTF-8 nor Windows-1252; save the file as UTF-8 and import again</source>
        <translation>l&apos;octet %1 à la position %2 n&apos;est ni de l&apos;UTF-8 ni du Windows-1252 ; enregistrez le fichier en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
        <source>read as Windows-1252 (the file is not UTF-8)</source>
        <translation>lu en Windows-1252 (le fichier n&apos;est pas en UTF-8)</translation>
    </message>
    <message>
        <source>UTF-16 text without a byte order mark</source>
        <translation>texte UTF-16 sans indicateur d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>contains a NUL byte (0x00) at character %1: the file is damaged or was not saved as text; remove it and import again</source>
        <translation>contient un octet NUL (0x00) au caractère %1 : le fichier est endommagé ou n&apos;a pas été enregistré en texte ; supprimez cet octet et importez à nouveau</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors limites (de %2 à %3)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>a participant cannot be their own manager</source>
        <translation>un participant ne peut pas être son propre responsable</translation>
    </message>
    <message>
        <source>%1 is not a plausible birth year (%2 to %3)</source>
        <translation>%1 n&apos;est pas une année de naissance plausible (de %2 à %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (two or three letters, such as fr)</source>
        <translation>« %1 » n&apos;est pas un code de langue (deux ou trois lettres, comme fr)</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>apparaît deux fois</translation>
    </message>
    <message>
        <source>only seniors have a target level</source>
        <translation>seuls les seniors ont un niveau cible</translation>
    </message>
    <message>
        <source>only seniors have a priority</source>
        <translation>seuls les seniors ont une priorité</translation>
    </message>
    <message>
        <source>is not a valid date (YYYY-MM-DD)</source>
        <translation>n&apos;est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>est antérieure à la date de début</translation>
    </message>
    <message>
        <source>must be 2 to 32 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>doit comporter de 2 à 32 lettres, chiffres, « . », « - » ou « _ »</translation>
    </message>
    <message>
        <source>must be a DigComp area from 1 to 5</source>
        <translation>doit être un domaine DigComp de 1 à 5</translation>
    </message>
    <message>
        <source>contains a control character (U+%1) at character %2: remove it</source>
        <translation>contient un caractère de contrôle (U+%1) au caractère %2 : supprimez-le</translation>
    </message>
</context>
<context>
    <name>binome::gui::AtRiskTableModel</name>
    <message>
        <source>Last session held on %1</source>
        <translation>Dernière séance réalisée le %1</translation>
    </message>
    <message>
        <source>No session held since the start, %1</source>
        <translation>Aucune séance réalisée depuis le début, le %1</translation>
    </message>
    <message>
        <source>Junior (mentor)</source>
        <translation>Junior (mentor)</translation>
    </message>
    <message>
        <source>Senior (mentee)</source>
        <translation>Senior (mentoré)</translation>
    </message>
    <message>
        <source>Needs attention because</source>
        <translation>Motifs d&apos;attention</translation>
    </message>
    <message>
        <source>Days since contact</source>
        <translation>Jours sans contact</translation>
    </message>
</context>
<context>
    <name>binome::gui::BackupSettingsDialog</name>
    <message>
        <source>None (off)</source>
        <translation>Aucune (désactivée)</translation>
    </message>
    <message>
        <source>A folder named after each database, beside it (DATABASE.backups).</source>
        <translation>Un dossier nommé d&apos;après chaque base de données, à côté d&apos;elle (DATABASE.backups).</translation>
    </message>
    <message>
        <source>No daily copy is made; the copies already made are kept.</source>
        <translation>Aucune copie quotidienne n&apos;est faite ; les copies déjà faites sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>The copies of the last %n day(s) of use are kept.</source>
        <translation>
            <numerusform>Les copies de %n jour d&apos;utilisation, le plus récent, sont conservées.</numerusform>
            <numerusform>Les copies des %n derniers jours d&apos;utilisation sont conservées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::BinomeDetailDialog</name>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Held or planned</source>
        <translation>Réalisée ou prévue</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Ratings (mentee, mentor)</source>
        <translation>Notes (mentoré, mentor)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Objectives reviewed</source>
        <translation>Objectifs revus</translation>
    </message>
    <message>
        <source>Satisfaction (mentee, mentor)</source>
        <translation>Satisfaction (mentoré, mentor)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Binôme: %1 and %2</source>
        <translation>Binôme : %1 et %2</translation>
    </message>
    <message>
        <source>%1 mentored by %2</source>
        <translation>%1, mentoré par %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, from %2 to %3, a session every %n day(s)</source>
        <translation>
            <numerusform>%1, du %2 au %3, une séance tous les %n jour</numerusform>
            <numerusform>%1, du %2 au %3, une séance tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Active since %1</source>
        <translation>Actif depuis le %1</translation>
    </message>
    <message>
        <source>Paused (started on %1)</source>
        <translation>En pause (commencé le %1)</translation>
    </message>
    <message>
        <source>Ended on %1 (started on %2)</source>
        <translation>Terminé le %1 (commencé le %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n séance réalisée</numerusform>
            <numerusform>%n séances réalisées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 of %2 objectives achieved</source>
        <translation>%1 objectifs atteints sur %2</translation>
    </message>
    <message>
        <source>last session on %1</source>
        <translation>dernière séance le %1</translation>
    </message>
    <message>
        <source>no session held yet</source>
        <translation>aucune séance réalisée pour l&apos;instant</translation>
    </message>
    <message>
        <source>next one planned on %1</source>
        <translation>prochaine séance prévue le %1</translation>
    </message>
    <message>
        <source>average level gain %1</source>
        <translation>gain de niveau moyen : %1</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Aucun point d&apos;attention.</translation>
    </message>
    <message>
        <source>No explanation was kept for this binôme.</source>
        <translation>Aucune explication n&apos;a été conservée pour ce binôme.</translation>
    </message>
    <message>
        <source>%1 → %2 (now %3)</source>
        <translation>%1 → %2 (actuellement %3)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Ob&amp;jectives (%1)</source>
        <translation>Ob&amp;jectifs (%1)</translation>
    </message>
    <message>
        <source>No learning resource is attached to these skills yet.</source>
        <translation>Aucune ressource d&apos;apprentissage n&apos;est encore associée à ces compétences.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Low rating</source>
        <translation>Note basse</translation>
    </message>
    <message>
        <source>Sess&amp;ions (%1)</source>
        <translation>Sé&amp;ances (%1)</translation>
    </message>
    <message>
        <source>removed objective</source>
        <translation>objectif supprimé</translation>
    </message>
    <message>
        <source>%1: level %2, %3</source>
        <translation>%1 : niveau %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Debrie&amp;fs (%1)</source>
        <translation>Débrie&amp;fs (%1)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Export the planned sessions</source>
        <translation>Exporter les séances prévues</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n planned session(s) written to %1.</source>
        <translation>
            <numerusform>%n séance prévue écrite dans %1.</numerusform>
            <numerusform>%n séances prévues écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the figures of the progress</comment>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>binome::gui::ChartPanel</name>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation>&amp;Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Enregistrer le graphique…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Enregistrer ce graphique en image PNG</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <source>Cannot write the chart to %1: %2</source>
        <translation>Impossible d&apos;écrire le graphique dans %1 : %2</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>binome::gui::ChooseMentorDialog</name>
    <message>
        <source>Who should mentor %1? The binôme you choose is locked; the others are proposed again around it.</source>
        <translation>Qui sera le mentor de %1 ? Le binôme choisi est verrouillé ; les autres sont proposés à nouveau autour de lui.</translation>
    </message>
</context>
<context>
    <name>binome::gui::CoverageTableModel</name>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Seniors with a gap</source>
        <translation>Seniors ayant un écart</translation>
    </message>
    <message>
        <source>Total gap (levels)</source>
        <translation>Écart total (niveaux)</translation>
    </message>
    <message>
        <source>Coverable by the juniors</source>
        <translation>Part que les juniors peuvent couvrir</translation>
    </message>
    <message>
        <source>Juniors able to teach it</source>
        <translation>Juniors capables de l&apos;enseigner</translation>
    </message>
</context>
<context>
    <name>binome::gui::DashboardPage</name>
    <message>
        <source>Sessions held per month</source>
        <translation>Séances réalisées par mois</translation>
    </message>
    <message>
        <source>Mean level per skill: at kickoff and at the latest debrief</source>
        <translation>Niveau moyen par compétence : au lancement et au dernier débrief</translation>
    </message>
    <message>
        <source>Objectives by status</source>
        <translation>Objectifs par statut</translation>
    </message>
    <message>
        <source>Programs compared</source>
        <translation>Comparaison des programmes</translation>
    </message>
    <message>
        <source>Create a program first, on the Programs page.</source>
        <translation>Créez d&apos;abord un programme, sur la page Programmes.</translation>
    </message>
    <message>
        <source>This program has no binôme yet: confirm them on the Pairing page.</source>
        <translation>Ce programme n&apos;a encore aucun binôme : confirmez-les sur la page « Constitution des binômes ».</translation>
    </message>
    <message>
        <source>No binôme needs attention today.</source>
        <translation>Aucun binôme à surveiller aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <source>%n binôme(s) need attention, of which %1 at risk. Open one with a double-click or Enter.</source>
        <translation>
            <numerusform>%n binôme à surveiller, dont %1 à risque. Ouvrez-le par un double-clic ou avec Entrée.</numerusform>
            <numerusform>%n binômes à surveiller, dont %1 à risque. Ouvrez-en un par un double-clic ou avec Entrée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · a session every %n day(s) · figures as of %3</source>
        <translation>
            <numerusform>Du %1 au %2 · une séance tous les %n jour · chiffres au %3</numerusform>
            <numerusform>Du %1 au %2 · une séance tous les %n jours · chiffres au %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s), figures as of %1. Shares are of the open binômes (cadence) and of the objectives not dropped; satisfaction is shown as a share of the top mark, 5. Hover a figure for how it is computed.</source>
        <translation>
            <numerusform>%n programme, chiffres au %1. Les parts portent sur les binômes en cours (cadence) et sur les objectifs non abandonnés ; la satisfaction est exprimée en part de la note maximale, 5. Survolez un chiffre pour savoir comment il est calculé.</numerusform>
            <numerusform>%n programmes, chiffres au %1. Les parts portent sur les binômes en cours (cadence) et sur les objectifs non abandonnés ; la satisfaction est exprimée en part de la note maximale, 5. Survolez un chiffre pour savoir comment il est calculé.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no program yet: nothing to show.</source>
        <translation>Il n&apos;y a pas encore de programme : rien à afficher.</translation>
    </message>
    <message>
        <source>The dashboard shows a program at a glance once its binômes meet: their sessions, objectives, level gains and satisfaction. Create a program first.</source>
        <translation>Le tableau de bord donne une vue d&apos;ensemble d&apos;un programme dès que ses binômes se rencontrent : leurs séances, objectifs, gains de niveau et satisfaction. Créez d&apos;abord un programme.</translation>
    </message>
    <message>
        <source>&amp;Create a program…</source>
        <translation>&amp;Créer un programme…</translation>
    </message>
</context>
<context>
    <name>binome::gui::DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation>Débrief</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Level before</source>
        <translation>Niveau avant</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Nouveau niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>This binôme has no open objective to review.</source>
        <translation>Ce binôme n&apos;a aucun objectif en cours à revoir.</translation>
    </message>
    <message>
        <source>Edit the debrief</source>
        <translation>Modifier le débrief</translation>
    </message>
    <message>
        <source>New level on %1</source>
        <translation>Nouveau niveau pour %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Statut de %1</translation>
    </message>
    <message>
        <source>The learner&apos;s level measured today, from 0 (none) to 5 (expert);
reaching the target marks the objective achieved</source>
        <translation>Le niveau de l&apos;apprenant mesuré aujourd&apos;hui, de 0 (aucun) à 5 (expert) ;
atteindre la cible marque l&apos;objectif comme atteint</translation>
    </message>
    <message>
        <source>Where this objective stands after the debrief</source>
        <translation>Où en est cet objectif après le débrief</translation>
    </message>
</context>
<context>
    <name>binome::gui::EmptyState</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Open the demo organisation to try Binôme with fictitious people, or open the database of your organisation.</source>
        <translation>Ouvrez l&apos;organisation de démonstration pour essayer Binôme avec des personnes fictives, ou ouvrez la base de données de votre organisation.</translation>
    </message>
    <message>
        <source>Open the &amp;demo organisation</source>
        <translation>Ouvrir l&apos;organisation de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>There is no program yet.</source>
        <translation>Il n&apos;y a pas encore de programme.</translation>
    </message>
    <message>
        <source>A program is a cohort of binômes with its dates and the cadence of their sessions. Create one, then enrol its participants.</source>
        <translation>Un programme est une promotion de binômes, avec ses dates et la cadence de leurs séances. Créez-en un, puis inscrivez-y ses participants.</translation>
    </message>
    <message>
        <source>&amp;Create a program…</source>
        <translation>&amp;Créer un programme…</translation>
    </message>
</context>
<context>
    <name>binome::gui::EndBinomeDialog</name>
    <message>
        <source>Required: why it ended</source>
        <translation>Obligatoire : motif de fin</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>%1
The binôme is kept with its history; both people can be paired again.</source>
        <translation>%1
Le binôme est conservé avec son historique ; les deux personnes peuvent de nouveau être mises en binôme.</translation>
    </message>
    <message>
        <source>End the binôme</source>
        <translation>Terminer le binôme</translation>
    </message>
    <message>
        <source>a binôme cannot end before it started (%1)</source>
        <translation>un binôme ne peut pas se terminer avant d&apos;avoir commencé (%1)</translation>
    </message>
    <message>
        <source>say why it ended when the reason is &quot;other&quot;</source>
        <translation>indiquez pourquoi il s&apos;est terminé lorsque le motif est &quot;autre&quot;</translation>
    </message>
</context>
<context>
    <name>binome::gui::EnrolmentDialog</name>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Juniors (mentors)</source>
        <translation>Juniors (mentors)</translation>
    </message>
    <message>
        <source>Seniors (mentees)</source>
        <translation>Seniors (mentorés)</translation>
    </message>
    <message>
        <source>Taking part: %1 juniors and %2 seniors</source>
        <translation>Participants : %1 juniors et %2 seniors</translation>
    </message>
</context>
<context>
    <name>binome::gui::FollowUpPage</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open (active or paused)</source>
        <translation>En cours (actifs ou en pause)</translation>
    </message>
    <message>
        <source>All binômes</source>
        <translation>Tous les binômes</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Nothing to flag</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>Tous les mentors</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · a session every %n day(s)</source>
        <translation>
            <numerusform>Du %1 au %2 · une séance tous les %n jour</numerusform>
            <numerusform>Du %1 au %2 · une séance tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Mettre en pa&amp;use</translation>
    </message>
    <message>
        <source>Create a program first, on the Programs page.</source>
        <translation>Créez d&apos;abord un programme, dans la page Programmes.</translation>
    </message>
    <message>
        <source>This program has no binôme yet: confirm them on the Pairing page.</source>
        <translation>Ce programme n&apos;a encore aucun binôme : confirmez-les sur la page « Constitution des binômes ».</translation>
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
            <numerusform>Affichés : %1 sur %n binôme</numerusform>
            <numerusform>Affichés : %1 sur %n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n à risque</numerusform>
            <numerusform>%n à risque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an objective overdue</source>
        <translation>
            <numerusform>%n avec un objectif en retard</numerusform>
            <numerusform>%n avec un objectif en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a debrief due</source>
        <translation>
            <numerusform>%n avec un débrief à faire</numerusform>
            <numerusform>%n avec un débrief à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a low rating</source>
        <translation>
            <numerusform>%n avec une note basse</numerusform>
            <numerusform>%n avec une note basse</numerusform>
        </translation>
    </message>
    <message>
        <source>none needs attention</source>
        <translation>aucun point d&apos;attention</translation>
    </message>
    <message>
        <source>Export the planned sessions</source>
        <translation>Exporter les séances prévues</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n planned session(s) written to %1.</source>
        <translation>
            <numerusform>%n séance prévue écrite dans %1.</numerusform>
            <numerusform>%n séances prévues écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Binômes (spreadsheet)…</source>
        <translation>&amp;Binômes (tableur)…</translation>
    </message>
    <message>
        <source>&amp;Sessions (spreadsheet)…</source>
        <translation>&amp;Séances (tableur)…</translation>
    </message>
    <message>
        <source>&amp;Objectives (spreadsheet)…</source>
        <translation>&amp;Objectifs (tableur)…</translation>
    </message>
    <message>
        <source>Planned sessions as a &amp;calendar (.ics)…</source>
        <translation>Séances prévues en &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <source>%1 - binômes</source>
        <translation>%1 - binômes</translation>
    </message>
    <message>
        <source>%1 - sessions</source>
        <translation>%1 - séances</translation>
    </message>
    <message>
        <source>%1 - objectives</source>
        <translation>%1 - objectifs</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Program report (PDF)…</source>
        <translation>&amp;Rapport du programme (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Introduction letters (PDF)…</source>
        <translation>&amp;Lettres de présentation (PDF)…</translation>
    </message>
    <message>
        <source>&amp;List of the confirmed binômes (PDF)…</source>
        <translation>Liste des &amp;binômes confirmés (PDF)…</translation>
    </message>
    <message>
        <source>%1 - introduction letters.pdf</source>
        <translation>%1 - lettres de présentation.pdf</translation>
    </message>
    <message>
        <source>%1 - confirmed binômes.pdf</source>
        <translation>%1 - binômes confirmés.pdf</translation>
    </message>
    <message>
        <source>This program has no binôme yet.</source>
        <translation>Ce programme n&apos;a pas encore de binôme.</translation>
    </message>
    <message>
        <source>Pair its participants on the Pairing page and confirm their binômes: they are followed here, with their sessions, objectives and debriefs.</source>
        <translation>Formez les binômes de ses participants sur la page « Constitution des binômes » et confirmez-les : ils sont suivis ici, avec leurs séances, objectifs et débriefs.</translation>
    </message>
    <message>
        <source>Go to &amp;Pairing</source>
        <translation>Aller à la &amp;constitution des binômes</translation>
    </message>
</context>
<context>
    <name>binome::gui::FollowUpTableModel</name>
    <message>
        <source>Ended on %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n séance réalisée</numerusform>
            <numerusform>%n séances réalisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned ahead</source>
        <translation>
            <numerusform>%n séance prévue à venir</numerusform>
            <numerusform>%n séances prévues à venir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without a held session</source>
        <translation>
            <numerusform>%n jour sans séance réalisée</numerusform>
            <numerusform>%n jours sans séance réalisée</numerusform>
        </translation>
    </message>
    <message>
        <source>No session planned</source>
        <translation>Aucune séance prévue</translation>
    </message>
    <message numerus="yes">
        <source>%1 achieved of %2; %n overdue</source>
        <translation>
            <numerusform>%1 atteints sur %2 ; %n en retard</numerusform>
            <numerusform>%1 atteints sur %2 ; %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>No objective re-assessed yet</source>
        <translation>Aucun objectif réévalué pour l&apos;instant</translation>
    </message>
    <message>
        <source>Objectives achieved, of all those not dropped</source>
        <translation>Objectifs atteints, sur l&apos;ensemble des objectifs non abandonnés</translation>
    </message>
    <message>
        <source>Average level gained on the objectives re-assessed in debriefs</source>
        <translation>Gain de niveau moyen sur les objectifs réévalués lors des débriefs</translation>
    </message>
    <message>
        <source>At risk: no session held for longer than the program&apos;s cadence.
Objective overdue: an open objective is past its due date.
Debrief due: a kickoff, mid-term or final debrief is not held yet.
Low rating: the latest rated session was rated 2 or less.</source>
        <translation>À risque : aucune séance réalisée depuis plus longtemps que la cadence du programme.
Objectif en retard : un objectif en cours a dépassé son échéance.
Débrief à faire : un débrief de lancement, de mi-parcours ou final n&apos;a pas encore eu lieu.
Note basse : la dernière séance notée a reçu une note de 2 ou moins.</translation>
    </message>
    <message>
        <source>Junior (mentor)</source>
        <translation>Junior (mentor)</translation>
    </message>
    <message>
        <source>Senior (mentee)</source>
        <translation>Senior (mentoré)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prochaine séance</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Level gain</source>
        <translation>Gain de niveau</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>binome::gui::HelpBrowser</name>
    <message>
        <source>Binôme user guide</source>
        <translation>Guide d&apos;utilisation de Binôme</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Go back to where you were (Alt+Left)</source>
        <translation>Revenir à l&apos;endroit précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Avancer de nouveau (Alt+Droite)</translation>
    </message>
    <message>
        <source>The guide&apos;s sections: choose one to go to it</source>
        <translation>Les sections du guide : choisissez-en une pour y aller</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Words to find in the guide</source>
        <translation>Mots à rechercher dans le guide</translation>
    </message>
    <message>
        <source>Previous occurrence (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next occurrence (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Not found in the guide.</source>
        <translation>Introuvable dans le guide.</translation>
    </message>
</context>
<context>
    <name>binome::gui::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problème trouvé : rien ne sera importé tant que le fichier n&apos;aura pas été corrigé.</numerusform>
            <numerusform>%n problèmes trouvés : rien ne sera importé tant que le fichier n&apos;aura pas été corrigé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n participant(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>%n participant prêt à être importé (nouveaux : %1, mis à jour : %2, inchangés : %3).</numerusform>
            <numerusform>%n participants prêts à être importés (nouveaux : %1, mis à jour : %2, inchangés : %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>l&apos;import de %1</translation>
    </message>
    <message>
        <source>Note: %1. Check that the accents look right below.</source>
        <translation>Remarque : %1. Vérifiez ci-dessous que les accents s&apos;affichent correctement.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>binome::gui::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Skills and gaps</source>
        <translation>Compétences et écarts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>binome::gui::ImportSessionsDialog</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Held or planned</source>
        <translation>Réalisée ou prévue</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présente</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n session(s): %1 new, %2 already there.</source>
        <translation>
            <numerusform>Prêt à importer %n séance : %1 nouvelle, %2 déjà présente.</numerusform>
            <numerusform>Prêt à importer %n séances : %1 nouvelles, %2 déjà présentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported until the sheet is corrected.</source>
        <translation>
            <numerusform>%n problème détecté : rien ne sera importé tant que la feuille n&apos;aura pas été corrigée.</numerusform>
            <numerusform>%n problèmes détectés : rien ne sera importé tant que la feuille n&apos;aura pas été corrigée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the sessions of %1</source>
        <translation>Importer les séances de %1</translation>
    </message>
    <message>
        <source>Note: %1. Check that the accents look right below.</source>
        <translation>Remarque : %1. Vérifiez ci-dessous que les accents s&apos;affichent correctement.</translation>
    </message>
    <message>
        <source>The table shows the first %1.</source>
        <translation>Le tableau n&apos;affiche que le début : %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>binome::gui::LearningResourcesDialog</name>
    <message>
        <source>Learning resources: %1</source>
        <translation>Ressources d&apos;apprentissage : %1</translation>
    </message>
    <message>
        <source>Modules, guides and videos for %1 (%2), shown beside the objectives on this skill.</source>
        <translation>Modules, guides et vidéos pour %1 (%2), affichés à côté des objectifs portant sur cette compétence.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>a link starts with http:// or https://, such as https://www.example.org/course</source>
        <translation>un lien commence par http:// ou https://, par exemple https://www.example.org/course</translation>
    </message>
</context>
<context>
    <name>binome::gui::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Skills catalog</source>
        <translation>Catalogue des compétences</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Demo organisation</source>
        <translation>Organisation de démonstration</translation>
    </message>
    <message>
        <source>This is the demo organisation: its people are fictitious.</source>
        <translation>Ceci est l&apos;organisation de démonstration : les personnes qui la composent sont fictives.</translation>
    </message>
    <message>
        <source>Binôme databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Binôme (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Aucune base de données</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Binôme</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>About Binôme</source>
        <translation>À propos de Binôme</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Constitution des binômes</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Binôme databases (*.sqlite *.db)</source>
        <translation>Bases de données Binôme (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Binôme %1&lt;/h3&gt;&lt;p&gt;Runs reverse-mentoring programs: participants and their digital skills, pairing juniors with seniors, objectives, sessions, debriefs, a dashboard, PDF reports and spreadsheet exports.&lt;/p&gt;&lt;p&gt;Everything is kept in one SQLite file on this computer; Binôme sends nothing over the network.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Binôme %1&lt;/h3&gt;&lt;p&gt;Pilote des programmes de mentorat inversé : les participants et leurs compétences numériques, la constitution des binômes juniors-seniors, les objectifs, les séances, les débriefs, un tableau de bord, des rapports PDF et des exports pour tableur.&lt;/p&gt;&lt;p&gt;Tout est conservé dans un seul fichier SQLite sur cet ordinateur ; Binôme n&apos;envoie rien sur le réseau.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU (GPL), version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>Aucune base de données ouverte jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open the user guide at the section of this page</source>
        <translation>Ouvrir le guide d&apos;utilisation à la section de cette page</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the database with a backup, after checking it; the database as it is now is kept aside</source>
        <translation>Remplacer la base de données par une sauvegarde, après l&apos;avoir vérifiée ; la base de données actuelle est conservée à part</translation>
    </message>
    <message>
        <source>Automatic bac&amp;kups…</source>
        <translation>Sauvegardes a&amp;utomatiques…</translation>
    </message>
    <message>
        <source>How many daily copies of the database are kept beside it</source>
        <translation>Nombre de copies quotidiennes de la base de données conservées à côté d&apos;elle</translation>
    </message>
    <message>
        <source>No daily backup could be made: %1</source>
        <translation>Aucune sauvegarde quotidienne n&apos;a pu être faite : %1</translation>
    </message>
    <message>
        <source>demo organisation</source>
        <translation>organisation de démonstration</translation>
    </message>
</context>
<context>
    <name>binome::gui::MentorCandidateModel</name>
    <message>
        <source>Junior (mentor)</source>
        <translation>Junior (mentor)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Ruled out by</source>
        <translation>Écarté par</translation>
    </message>
</context>
<context>
    <name>binome::gui::ObjectiveDialog</name>
    <message>
        <source>%1 mentors %2</source>
        <translation>%1 est le mentor de %2</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Edit the objective</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>None yet: add some on the Skills page.</source>
        <translation>Aucune pour l&apos;instant : ajoutez-en dans la page Compétences.</translation>
    </message>
</context>
<context>
    <name>binome::gui::PairingPage</name>
    <message>
        <source>Create a program first, on the Programs page.</source>
        <translation>Créez d&apos;abord un programme, sur la page Programmes.</translation>
    </message>
    <message>
        <source>%1 juniors, %2 seniors taking part</source>
        <translation>Participants : %1 juniors, %2 seniors</translation>
    </message>
    <message>
        <source>Unmatched (%1)</source>
        <translation>Sans binôme (%1)</translation>
    </message>
    <message>
        <source>%1 binômes among %2 juniors and %3 seniors; average score %4; %5 locked; computed in %6 ms.</source>
        <translation>%1 binômes parmi %2 juniors et %3 seniors ; score moyen : %4 ; verrouillés : %5 ; calcul en %6 ms.</translation>
    </message>
    <message>
        <source>Select a binôme to see why it is proposed.</source>
        <translation>Sélectionnez un binôme pour voir pourquoi il est proposé.</translation>
    </message>
    <message>
        <source>Choose the participants, then propose binômes.</source>
        <translation>Choisissez les participants, puis proposez des binômes.</translation>
    </message>
    <message>
        <source>%1 mentors %2</source>
        <translation>%1, mentor de %2</translation>
    </message>
    <message>
        <source>Score %1 / 100</source>
        <translation>Score %1 / 100</translation>
    </message>
    <message>
        <source>Locked although it breaks a rule</source>
        <translation>Verrouillé bien qu&apos;il enfreigne une règle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Confirm the binômes</source>
        <translation>Confirmer les binômes</translation>
    </message>
    <message>
        <source>%1 never mentors %2</source>
        <translation>%1 ne sera jamais le mentor de %2</translation>
    </message>
    <message>
        <source>Exclusions (%1)</source>
        <translation>Exclusions (%1)</translation>
    </message>
    <message>
        <source>Exclude a pair</source>
        <translation>Exclure une paire</translation>
    </message>
    <message>
        <source>Lift an exclusion</source>
        <translation>Lever une exclusion</translation>
    </message>
    <message>
        <source>The rules changed: press Propose (F5) to update the proposal before confirming.</source>
        <translation>Les règles ont changé : cliquez sur Proposer (F5) pour mettre à jour la proposition avant de confirmer.</translation>
    </message>
    <message>
        <source>A confirmed binôme, kept as it is. To end it, open it on the Follow-up page.</source>
        <translation>Binôme confirmé, conservé tel quel. Pour le terminer, ouvrez-le dans la page Suivi.</translation>
    </message>
    <message>
        <source>HR excluded this pair. Lift the exclusion on the Exclusions tab first if they should be paired after all.</source>
        <translation>Les RH ont exclu cette paire. Levez d&apos;abord l&apos;exclusion dans l&apos;onglet Exclusions si ces personnes doivent finalement former un binôme.</translation>
    </message>
    <message numerus="yes">
        <source>Save the %n new binôme(s) for &quot;%1&quot;? The binômes already confirmed stay as they are; each new one gets its first objectives.</source>
        <translation>
            <numerusform>Enregistrer le %n nouveau binôme pour « %1 » ? Les binômes déjà confirmés restent tels quels ; chaque nouveau binôme reçoit ses premiers objectifs.</numerusform>
            <numerusform>Enregistrer les %n nouveaux binômes pour « %1 » ? Les binômes déjà confirmés restent tels quels ; chaque nouveau binôme reçoit ses premiers objectifs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed: %n new binôme(s) saved for &quot;%1&quot;.</source>
        <translation>
            <numerusform>Confirmé : %n nouveau binôme enregistré pour &quot;%1&quot;.</numerusform>
            <numerusform>Confirmé : %n nouveaux binômes enregistrés pour &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody takes part in this program yet.</source>
        <translation>Personne ne participe encore à ce programme.</translation>
    </message>
    <message>
        <source>Enrol participants in this program: the juniors who mentor and the seniors they coach. Binôme then proposes the best binômes among them.</source>
        <translation>Inscrivez des participants à ce programme : les juniors qui mentorent et les seniors qu&apos;ils accompagnent. Binôme propose ensuite les meilleurs binômes parmi eux.</translation>
    </message>
    <message>
        <source>E&amp;nrol participants…</source>
        <translation>I&amp;nscrire des participants…</translation>
    </message>
    <message>
        <source>Ready to propose binômes.</source>
        <translation>Prêt à proposer des binômes.</translation>
    </message>
    <message>
        <source>The pairing engine proposes the best set of binômes among the people taking part, each with its explanation; lock, exclude or swap mentors, then confirm.</source>
        <translation>Le moteur d&apos;appariement propose le meilleur ensemble de binômes parmi les participants, chacun avec son explication ; verrouillez, excluez ou échangez des mentors, puis confirmez.</translation>
    </message>
    <message>
        <source>Propose &amp;binômes</source>
        <translation>Proposer des &amp;binômes</translation>
    </message>
    <message numerus="yes">
        <source>With %n people taking part, the proposal takes a moment.</source>
        <translation>
            <numerusform>Avec %n personne inscrite, la proposition prend un moment.</numerusform>
            <numerusform>Avec %n personnes inscrites, la proposition prend un moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unl&amp;ock</source>
        <translation>Déverr&amp;ouiller</translation>
    </message>
    <message>
        <source>L&amp;ock</source>
        <translation>Verr&amp;ouiller</translation>
    </message>
</context>
<context>
    <name>binome::gui::ParticipantDialog</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>For each skill to work on: the current level and the target (0 none to 5 expert), and a priority from 1 (nice to have) to 3 (essential). The gap is what a mentor should cover.</source>
        <translation>Pour chaque compétence à travailler : le niveau actuel et le niveau cible (de 0, aucun, à 5, expert), ainsi qu&apos;une priorité de 1 (souhaitable) à 3 (essentielle). L&apos;écart est ce qu&apos;un mentor devrait combler.</translation>
    </message>
    <message>
        <source>The mentor&apos;s level on each skill, from 0 (none) to 5 (expert). Leave a skill empty when unknown.</source>
        <translation>Le niveau du mentor sur chaque compétence, de 0 (aucun) à 5 (expert). Laissez une compétence vide si son niveau est inconnu.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>binome::gui::ParticipantTableModel</name>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Gaps (current → target), highest priority first</source>
        <translation>Écarts (actuel → cible), priorité la plus haute en premier</translation>
    </message>
    <message>
        <source>Skill levels (0 to 5)</source>
        <translation>Niveaux de compétence (de 0 à 5)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Skills and gaps</source>
        <translation>Compétences et écarts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>binome::gui::ParticipantsPage</name>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Juniors (mentors)</source>
        <translation>Juniors (mentors)</translation>
    </message>
    <message>
        <source>Seniors (mentees)</source>
        <translation>Seniors (mentorés)</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Participant files (*.csv *.json);;All files (*)</source>
        <translation>Fichiers de participants (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <source>participants.csv</source>
        <translation>participants.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation>CSV pour Excel (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) exported to %1.</source>
        <translation>
            <numerusform>%n participant exporté vers %1.</numerusform>
            <numerusform>%n participants exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: %1 of %2 (juniors: %3, seniors: %4)</source>
        <translation>Affichés : %1 sur %2 (juniors : %3, seniors : %4)</translation>
    </message>
    <message>
        <source>Erase a participant</source>
        <translation>Effacer un participant</translation>
    </message>
    <message>
        <source>Erase %1 and everything Binôme holds about them (skills, programs)? This cannot be undone.</source>
        <translation>Effacer %1 et tout ce que Binôme conserve à son sujet (compétences, programmes) ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Rapport (PDF)…</translation>
    </message>
    <message>
        <source>&amp;All their data (JSON)…</source>
        <translation>&amp;Toutes ses données (JSON)…</translation>
    </message>
    <message>
        <source>Save all the data held about this person</source>
        <translation>Enregistrer toutes les données détenues sur cette personne</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>There is no participant yet.</source>
        <translation>Aucun participant pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Import participants from a spreadsheet, or add them one by one.</source>
        <translation>Importez des participants depuis un tableur, ou ajoutez-les un par un.</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>&amp;Importer des participants…</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>A&amp;jouter un participant…</translation>
    </message>
    <message>
        <source>%1 (could not be checked: %2)</source>
        <translation>%1 (vérification impossible : %2)</translation>
    </message>
    <message>
        <source>%1&apos;s data was erased from the database. These backups made before still hold it; delete them, or keep them only as long as your retention rules allow:</source>
        <translation>Les données de %1 ont été effacées de la base de données. Ces sauvegardes faites auparavant les contiennent encore ; supprimez-les, ou conservez-les seulement aussi longtemps que vos règles de conservation le permettent :</translation>
    </message>
</context>
<context>
    <name>binome::gui::ProgramComparisonModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>A session every %n day(s)</source>
        <translation>
            <numerusform>Une séance tous les %n jour</numerusform>
            <numerusform>Une séance tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>binome::gui::ProgramDialog</name>
    <message>
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source> day</source>
        <translation> jour</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>binome::gui::ProgramTableModel</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>%n jour d&apos;intervalle</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>binome::gui::ProgramsPage</name>
    <message>
        <source>Delete program</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <source>Delete the program &quot;%1&quot;? This cannot be undone.</source>
        <translation>Supprimer le programme « %1 » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Edit the program %1</source>
        <translation>la modification du programme %1</translation>
    </message>
    <message>
        <source>Add the program %1</source>
        <translation>l&apos;ajout du programme %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the program &quot;%1&quot; and its %n binôme(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer le programme « %1 » et son unique binôme (%n) ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer le programme « %1 » et ses %n binômes ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody takes part in &quot;%1&quot; yet.</source>
        <translation>Personne ne participe encore à « %1 ».</translation>
    </message>
    <message>
        <source>Enrol participants in this program: the juniors who mentor and the seniors they coach. The Pairing page then proposes their binômes.</source>
        <translation>Inscrivez des participants à ce programme : les juniors qui mentorent et les seniors qu&apos;ils accompagnent. La page « Constitution des binômes » propose ensuite leurs binômes.</translation>
    </message>
    <message>
        <source>En&amp;rol participants…</source>
        <translation>Insc&amp;rire des participants…</translation>
    </message>
</context>
<context>
    <name>binome::gui::ProposalTableModel</name>
    <message>
        <source>breaks a rule</source>
        <translation>enfreint une règle</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Senior (mentee)</source>
        <translation>Senior (mentoré)</translation>
    </message>
    <message>
        <source>Junior (mentor)</source>
        <translation>Junior (mentor)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Gaps covered</source>
        <translation>Écarts couverts</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
</context>
<context>
    <name>binome::gui::RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the database %1. Everything in it now is replaced by what the backup holds; it is first kept aside as a file of its own, so that this restore can be undone by restoring that file.</source>
        <translation>Choisissez la sauvegarde à mettre à la place de la base de données %1. Tout son contenu actuel est remplacé par celui de la sauvegarde ; il est d&apos;abord conservé à part dans un fichier distinct, afin que cette restauration puisse être annulée en restaurant ce fichier.</translation>
    </message>
    <message>
        <source>No backup of this database was found: choose a file.</source>
        <translation>Aucune sauvegarde de cette base de données n&apos;a été trouvée : choisissez un fichier.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Binôme databases (*.sqlite *.db *.bak);;All files (*)</source>
        <translation>Bases de données Binôme (*.sqlite *.db *.bak);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>An older version of Binôme (schema %1): upgraded once restored.</source>
        <translation>Une version antérieure de Binôme (schéma %1) : mise à niveau une fois restaurée.</translation>
    </message>
    <message>
        <source>This version of Binôme.</source>
        <translation>Cette version de Binôme.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Restore replaces everything in %1 by what this backup holds.</source>
        <translation>La restauration remplace tout le contenu de %1 par celui de cette sauvegarde.</translation>
    </message>
    <message>
        <source>Choose a backup above, or another file.</source>
        <translation>Choisissez une sauvegarde ci-dessus, ou un autre fichier.</translation>
    </message>
    <message>
        <source>Restored %1. The database as it was is kept in %2.</source>
        <translation>Restauration de %1 effectuée. La base de données précédente est conservée dans %2.</translation>
    </message>
</context>
<context>
    <name>binome::gui::RunBinomeTableModel</name>
    <message>
        <source>Ended on %1: %2</source>
        <translation>Terminé le %1 : %2</translation>
    </message>
    <message>
        <source>Junior (mentor)</source>
        <translation>Junior (mentor)</translation>
    </message>
    <message>
        <source>Senior (mentee)</source>
        <translation>Senior (mentoré)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>binome::gui::RunBinomesDialog</name>
    <message>
        <source>Confirmed on %1 by %2, with these weights and rules: %3.</source>
        <translation>Confirmé le %1 par %2, avec ces pondérations et règles : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n binôme(s) created by this run, %1 still open.</source>
        <translation>
            <numerusform>%n binôme créé par ce calcul, %1 encore en cours.</numerusform>
            <numerusform>%n binômes créés par ce calcul, dont %1 encore en cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation>
            <numerusform>%n affiché.</numerusform>
            <numerusform>%n affichés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binome::gui::RunTableModel</name>
    <message>
        <source>skills %1, availability %2, same site %3, other department %4, minimum %5</source>
        <translation>compétences %1, disponibilités %2, même site %3, autre service %4, minimum %5</translation>
    </message>
    <message>
        <source>never the same department</source>
        <translation>jamais dans le même service</translation>
    </message>
    <message>
        <source>never the same reporting line</source>
        <translation>jamais dans la même ligne hiérarchique</translation>
    </message>
    <message>
        <source>a gap must be covered</source>
        <translation>un écart doit être couvert</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Confirmé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Binômes</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Score total</translation>
    </message>
    <message>
        <source>Weights and rules</source>
        <translation>Pondérations et règles</translation>
    </message>
</context>
<context>
    <name>binome::gui::SessionDialog</name>
    <message>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Edit the session of %1</source>
        <translation>Modifier la séance du %1</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>Planifier une séance</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Enregistrer une séance</translation>
    </message>
</context>
<context>
    <name>binome::gui::SkillDialog</name>
    <message>
        <source>New skill</source>
        <translation>Nouvelle compétence</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
</context>
<context>
    <name>binome::gui::SkillLevelsModel</name>
    <message>
        <source>Priority: 1 (nice to have) to 3 (essential)</source>
        <translation>Priorité : de 1 (souhaitable) à 3 (essentielle)</translation>
    </message>
    <message>
        <source>Level: 0 (none) to 5 (expert); empty when unknown</source>
        <translation>Niveau : de 0 (aucun) à 5 (expert) ; vide si inconnu</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>binome::gui::SkillTableModel</name>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>DigComp area</source>
        <translation>Domaine DigComp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>binome::gui::SkillsPage</name>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>Add the skill %1</source>
        <translation>l&apos;ajout de la compétence %1</translation>
    </message>
    <message>
        <source>Rename the skill %1</source>
        <translation>le renommage de la compétence %1</translation>
    </message>
    <message>
        <source>Archive the skill %1</source>
        <translation>l&apos;archivage de la compétence %1</translation>
    </message>
    <message>
        <source>Restore the skill %1</source>
        <translation>la restauration de la compétence %1</translation>
    </message>
    <message>
        <source>The skills catalog is empty.</source>
        <translation>Le catalogue des compétences est vide.</translation>
    </message>
    <message>
        <source>Add the skills your programs work on: each has a code, and a name in English and in French.</source>
        <translation>Ajoutez les compétences travaillées dans vos programmes : chacune a un code, et un nom en anglais et en français.</translation>
    </message>
    <message>
        <source>&amp;Add a skill…</source>
        <translation>A&amp;jouter une compétence…</translation>
    </message>
    <message>
        <source>Every skill of the catalog is archived.</source>
        <translation>Toutes les compétences du catalogue sont archivées.</translation>
    </message>
    <message>
        <source>Add the skills your programs work on, or show the archived ones to restore some.</source>
        <translation>Ajoutez les compétences travaillées dans vos programmes, ou affichez les compétences archivées pour en restaurer.</translation>
    </message>
    <message>
        <source>&amp;Show the archived skills</source>
        <translation>Affic&amp;her les compétences archivées</translation>
    </message>
</context>
<context>
    <name>binome::gui::UnmatchedTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Why no binôme</source>
        <translation>Pourquoi sans binôme</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>binome-cli: demo takes no argument
</source>
        <translation>binome-cli: demo ne prend aucun argument
</translation>
    </message>
    <message>
        <source>Demo organisation: %1 juniors and %2 seniors (%3 added, %4 updated).
</source>
        <translation>Organisation de démonstration : %1 juniors et %2 seniors (ajoutés : %3, mis à jour : %4).
</translation>
    </message>
    <message>
        <source>binome-cli: usage: %1 participants FILE
</source>
        <translation>binome-cli: utilisation : %1 participants FILE
</translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>Vérifie le fichier et indique ce qui changerait, sans rien écrire.</translation>
    </message>
    <message>
        <source>What to import.</source>
        <translation>Type de données à importer.</translation>
    </message>
    <message>
        <source>A .csv or .json file.</source>
        <translation>Un fichier .csv ou .json.</translation>
    </message>
    <message>
        <source>binome-cli import participants FILE [--dry-run]

Imports participants and their skill levels from CSV or JSON (see docs/participant-files.md). People already there are updated, found by e-mail. If any row is wrong, nothing is written and every problem is listed as FILE:LINE: field: problem.</source>
        <translation>binome-cli import participants FILE [--dry-run]

Importe les participants et leurs niveaux de compétence depuis un fichier CSV ou JSON (voir docs/participant-files.md). Les personnes déjà présentes, retrouvées par leur e-mail, sont mises à jour. Si une ligne est erronée, rien n&apos;est écrit et chaque problème est listé sous la forme FICHIER:LIGNE: champ: problème.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>nouveaux : %1, mis à jour : %2, inchangés : %3</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1.
</source>
        <translation>Simulation, rien n&apos;a été écrit (%1).
</translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation>Type de données à exporter.</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.json.</source>
        <translation>FILE.csv ou FILE.json.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1.
</source>
        <translation>
            <numerusform>%n participant exporté vers %1.
</numerusform>
            <numerusform>%n participants exportés vers %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>No program yet.
</source>
        <translation>Aucun programme pour l&apos;instant.
</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>%n jour d&apos;intervalle</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>binome-cli: the program was not added:
</source>
        <translation>binome-cli: le programme n&apos;a pas été ajouté :
</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; added.
</source>
        <translation>Programme « %1 » ajouté.
</translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation>Liste au format JSON.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Premier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Dernier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Days between sessions (default 14).</source>
        <translation>Nombre de jours entre deux séances (14 par défaut).</translation>
    </message>
    <message>
        <source>What the program is about.</source>
        <translation>Objet du programme.</translation>
    </message>
    <message>
        <source>List the catalog.</source>
        <translation>Liste le catalogue.</translation>
    </message>
    <message>
        <source>binome-cli skills [list]</source>
        <translation>binome-cli skills [list]</translation>
    </message>
    <message>
        <source>binome-cli: skills takes only &apos;list&apos;
</source>
        <translation>binome-cli: skills n&apos;accepte que « list »
</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <source>list and add programs</source>
        <translation>lister et ajouter des programmes</translation>
    </message>
    <message>
        <source>list the skills catalog</source>
        <translation>lister le catalogue des compétences</translation>
    </message>
    <message>
        <source>fill the database with the demo organisation</source>
        <translation>remplir la base de données avec l&apos;organisation de démonstration</translation>
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
        <translation>Utilisation : binome-cli [--db PATH] COMMAND [ARGUMENTS...]

Programmes de mentorat inversé en ligne de commande.

Options :
  --db PATH    le fichier de base de données (par défaut : %1)
  -h, --help   affiche cette aide
  --version    affiche la version

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;binome-cli COMMAND --help&apos; for a command&apos;s help.
</source>
        <translation>
Lancez « binome-cli COMMAND --help » pour l&apos;aide d&apos;une commande.
</translation>
    </message>
    <message>
        <source>binome-cli: --db needs a file path
</source>
        <translation>binome-cli: --db attend un chemin de fichier
</translation>
    </message>
    <message>
        <source>binome-cli: unknown option %1
</source>
        <translation>binome-cli: option inconnue %1
</translation>
    </message>
    <message>
        <source>binome-cli: unknown command &apos;%1&apos;
</source>
        <translation>binome-cli: commande inconnue « %1 »
</translation>
    </message>
    <message>
        <source>How many seniors each junior may take (default 1).</source>
        <translation>Nombre de seniors que chaque junior peut prendre en charge (1 par défaut).</translation>
    </message>
    <message>
        <source>Never make a pair scoring below T (default 0; pairs scoring 0 or less are never made).</source>
        <translation>Ne forme jamais de paire dont le score est inférieur à T (0 par défaut ; les paires de score nul ou négatif ne sont jamais formées).</translation>
    </message>
    <message>
        <source>Print one JSON object: total, pairs, unmatched_rows, unmatched_cols, solve_seconds.</source>
        <translation>Affiche un seul objet JSON : total, pairs, unmatched_rows, unmatched_cols, solve_seconds.</translation>
    </message>
    <message>
        <source>binome-cli assign SCORES [--capacity K] [--min-score T] [--json]

Pairs rows with columns so that the total score is as high as possible (exact solver).</source>
        <translation>binome-cli assign SCORES [--capacity K] [--min-score T] [--json]

Associe les lignes aux colonnes de sorte que le score total soit le plus élevé possible (solveur exact).</translation>
    </message>
    <message>
        <source>binome-cli: assign needs one SCORES file
</source>
        <translation>binome-cli: assign attend un fichier SCORES, et un seul
</translation>
    </message>
    <message>
        <source>binome-cli: --capacity needs a whole number &gt;= 0, not &apos;%1&apos;
</source>
        <translation>binome-cli: --capacity attend un nombre entier &gt;= 0, pas « %1 »
</translation>
    </message>
    <message>
        <source>binome-cli: --min-score needs a number, not &apos;%1&apos;
</source>
        <translation>binome-cli: --min-score attend un nombre, pas « %1 »
</translation>
    </message>
    <message>
        <source>row %1 - column %2: %3
</source>
        <translation>ligne %1 - colonne %2 : %3
</translation>
    </message>
    <message>
        <source>%1 (senior) ← %2 (junior): %3%4
</source>
        <translation>%1 (senior) ← %2 (junior) : %3%4
</translation>
    </message>
    <message>
        <source> [locked]</source>
        <translation> [verrouillé]</translation>
    </message>
    <message>
        <source>Next best mentors: %1</source>
        <translation>Autres mentors les mieux classés : %1</translation>
    </message>
    <message>
        <source>Unmatched %1 %2: %3
</source>
        <translation>%1 %2 sans binôme : %3
</translation>
    </message>
    <message>
        <source>%1 binôme(s) among %2 juniors and %3 seniors; total score %4.
</source>
        <translation>%1 binôme(s) parmi %2 juniors et %3 seniors ; score total %4.
</translation>
    </message>
    <message>
        <source>The program.</source>
        <translation>Le programme.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Affiche un seul objet JSON.</translation>
    </message>
    <message>
        <source>Confirm the proposed binômes.</source>
        <translation>Confirme les binômes proposés.</translation>
    </message>
    <message>
        <source>binome-cli pair --program NAME [--json] [--apply]

Proposes the best binômes among the program&apos;s enrolled participants, with the program&apos;s pairing settings, keeping its confirmed binômes; explains each one and says why anyone is left unmatched. --apply confirms them in one transaction.</source>
        <translation>binome-cli pair --program NAME [--json] [--apply]

Propose les meilleurs binômes parmi les participants inscrits au programme, avec les paramètres de constitution des binômes du programme, en conservant ses binômes confirmés ; explique chacun d&apos;eux et indique pourquoi certaines personnes restent sans binôme. --apply les confirme en une seule transaction.</translation>
    </message>
    <message>
        <source>binome-cli: usage: pair --program NAME [--json] [--apply]
</source>
        <translation>binome-cli: utilisation : pair --program NAME [--json] [--apply]
</translation>
    </message>
    <message>
        <source>binome-cli: no program is named &quot;%1&quot;
</source>
        <translation>binome-cli: aucun programme ne s&apos;appelle « %1 »
</translation>
    </message>
    <message>
        <source>Confirmed: the binômes are saved.
</source>
        <translation>Confirmé : les binômes sont enregistrés.
</translation>
    </message>
    <message>
        <source>binome-cli: usage: programs add NAME --start YYYY-MM-DD --end YYYY-MM-DD
</source>
        <translation>binome-cli: utilisation : programs add NAME --start YYYY-MM-DD --end YYYY-MM-DD
</translation>
    </message>
    <message>
        <source>binome-cli: usage: programs enrol NAME (--all | --email E [--email E ...])
</source>
        <translation>binome-cli: utilisation : programs enrol NAME (--all | --email E [--email E ...])
</translation>
    </message>
    <message>
        <source>%1 newly enrolled; %2 participant(s) in &quot;%3&quot;.
</source>
        <translation>Nouveaux inscrits : %1 ; %2 participant(s) dans « %3 ».
</translation>
    </message>
    <message>
        <source>Enrol every active participant.</source>
        <translation>Inscrit tous les participants actifs.</translation>
    </message>
    <message>
        <source>Enrol the participant with this e-mail (repeatable).</source>
        <translation>Inscrit le participant ayant cet e-mail (option répétable).</translation>
    </message>
    <message>
        <source>list | add NAME | enrol NAME</source>
        <translation>list | add NAME | enrol NAME</translation>
    </message>
    <message>
        <source>binome-cli programs list [--json]
binome-cli programs add NAME --start YYYY-MM-DD --end YYYY-MM-DD [--cadence DAYS] [--description TEXT]
binome-cli programs enrol NAME (--all | --email E [--email E ...])</source>
        <translation>binome-cli programs list [--json]
binome-cli programs add NAME --start YYYY-MM-DD --end YYYY-MM-DD [--cadence DAYS] [--description TEXT]
binome-cli programs enrol NAME (--all | --email E [--email E ...])</translation>
    </message>
    <message>
        <source>binome-cli: programs takes &apos;list&apos;, &apos;add&apos; or &apos;enrol&apos;
</source>
        <translation>binome-cli: programs accepte « list », « add » ou « enrol »
</translation>
    </message>
    <message>
        <source>solve a raw score matrix (rows juniors, columns seniors)</source>
        <translation>résoudre une matrice de scores brute (lignes : juniors, colonnes : seniors)</translation>
    </message>
    <message>
        <source>propose, explain and confirm a program&apos;s binômes</source>
        <translation>proposer, expliquer et confirmer les binômes d&apos;un programme</translation>
    </message>
    <message>
        <source>total %1 (pairs: %2; unmatched rows: %3, unmatched columns: %4; solved in %5 s)
</source>
        <translation>total %1 (paires : %2 ; lignes sans paire : %3, colonnes sans paire : %4 ; résolu en %5 s)
</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>Où écrire la copie.</translation>
    </message>
    <message>
        <source>Backup written to %1.
</source>
        <translation>Sauvegarde écrite dans %1.
</translation>
    </message>
    <message>
        <source>write a copy of the whole database</source>
        <translation>écrire une copie de toute la base de données</translation>
    </message>
    <message>
        <source>usage: binomes list --program NAME [--json]</source>
        <translation>usage : binomes list --program NAME [--json]</translation>
    </message>
    <message>
        <source>no program is named &quot;%1&quot;</source>
        <translation>aucun programme ne s&apos;appelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No binôme in &quot;%1&quot; yet.
</source>
        <translation>Aucun binôme dans &quot;%1&quot; pour l&apos;instant.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochaine</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>usage: binomes end ID --reason completed|left|mismatch|other [--note TEXT] [--date YYYY-MM-DD]</source>
        <translation>usage : binomes end ID --reason completed|left|mismatch|other [--note TEXT] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a binôme id (a number)</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant de binôme (un nombre)</translation>
    </message>
    <message>
        <source>binomes end needs --reason completed|left|mismatch|other</source>
        <translation>binomes end nécessite --reason completed|left|mismatch|other</translation>
    </message>
    <message>
        <source>unknown reason &quot;%1&quot;: use completed, left, mismatch or other</source>
        <translation>motif inconnu &quot;%1&quot; : utilisez completed, left, mismatch ou other</translation>
    </message>
    <message>
        <source>--reason other needs a --note saying why</source>
        <translation>--reason other nécessite une --note indiquant pourquoi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Binôme %1%2 ended on %3: %4.
</source>
        <translation>Binôme %1%2 terminé le %3 : %4.
</translation>
    </message>
    <message>
        <source>The program (list).</source>
        <translation>Le programme (list).</translation>
    </message>
    <message>
        <source>List as one JSON object.</source>
        <translation>Liste sous la forme d&apos;un seul objet JSON.</translation>
    </message>
    <message>
        <source>Why it ends: completed, left, mismatch or other.</source>
        <translation>Motif de fin : completed, left, mismatch ou other.</translation>
    </message>
    <message>
        <source>A note on the end (required for other).</source>
        <translation>Une remarque sur la fin (obligatoire pour other).</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD; default today).</source>
        <translation>Le dernier jour (YYYY-MM-DD ; par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>list | end ID</source>
        <translation>list | end ID</translation>
    </message>
    <message>
        <source>binome-cli binomes list --program NAME [--json]
binome-cli binomes end ID --reason completed|left|mismatch|other [--note TEXT] [--date YYYY-MM-DD]

Lists a program&apos;s binômes with their sessions, hours, objectives and the flags that need HR&apos;s attention (at risk, objective overdue, debrief due, low rating), ended ones included. &apos;end&apos; ends an active or paused binôme; it is kept, never deleted.</source>
        <translation>binome-cli binomes list --program NAME [--json]
binome-cli binomes end ID --reason completed|left|mismatch|other [--note TEXT] [--date YYYY-MM-DD]

Liste les binômes d&apos;un programme avec leurs séances, heures, objectifs et les alertes qui demandent l&apos;attention des RH (à risque, objectif en retard, débrief à faire, note basse), binômes terminés compris. &apos;end&apos; termine un binôme actif ou en pause ; il est conservé, jamais supprimé.</translation>
    </message>
    <message>
        <source>binomes takes &apos;list&apos; or &apos;end&apos;</source>
        <translation>binomes accepte &apos;list&apos; ou &apos;end&apos;</translation>
    </message>
    <message>
        <source>binome-cli: --people takes a number of people, not &quot;%1&quot;
</source>
        <translation>binome-cli : --people attend un nombre de personnes, pas &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Scale demo &quot;%1&quot;: %2 juniors and %3 seniors, %4 binômes, %5 objectives, %6 sessions, %7 debriefs (%8 s).
</source>
        <translation>Démo à grande échelle &quot;%1&quot; : %2 juniors et %3 seniors, %4 binômes, %5 objectifs, %6 séances, %7 débriefs (%8 s).
</translation>
    </message>
    <message>
        <source>Instead, build a large synthetic organisation of N people in an empty database, for scale tests.</source>
        <translation>Construit plutôt une grande organisation synthétique de N personnes dans une base de données vide, pour les tests de montée en charge.</translation>
    </message>
    <message>
        <source>binome-cli demo [--people N]

Fills the database with the demo organisation: juniors, seniors with their skills, a pilot program that ran a year ago and a program under way for five months, with its binômes, objectives, sessions and debriefs. Running it again updates the same people and keeps the programs already there.</source>
        <translation>binome-cli demo [--people N]

Remplit la base de données avec l&apos;organisation de démonstration : juniors, seniors avec leurs compétences, un programme pilote qui s&apos;est déroulé il y a un an et un programme en cours depuis cinq mois, avec ses binômes, objectifs, séances et débriefs. Une nouvelle exécution met à jour les mêmes personnes et conserve les programmes déjà présents.</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) added: %1 binômes, %2 sessions, %3 debriefs.
</source>
        <translation>
            <numerusform>%n programme ajouté : %1 binômes, %2 séances, %3 débriefs.
</numerusform>
            <numerusform>%n programmes ajoutés : %1 binômes, %2 séances, %3 débriefs.
</numerusform>
        </translation>
    </message>
    <message>
        <source>FILE.json.</source>
        <translation>FILE.json.</translation>
    </message>
    <message>
        <source>binome-cli export program NAME FILE.json

Exports the program and every binôme it ever had, with its objectives, sessions, debriefs and flags, as JSON (see docs/command-line.md).</source>
        <translation>binome-cli export program NAME FILE.json

Exporte le programme et tous les binômes qu&apos;il a comptés, avec leurs objectifs, séances, débriefs et alertes, au format JSON (voir docs/command-line.md).</translation>
    </message>
    <message>
        <source>usage: export program NAME FILE.json</source>
        <translation>usage : export program NAME FILE.json</translation>
    </message>
    <message>
        <source>Exported %1 and %2 of &quot;%3&quot; to %4.
</source>
        <translation>Exporté : %1 et %2 de &quot;%3&quot; vers %4.
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
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>The program&apos;s planned sessions.</source>
        <translation>Les séances prévues du programme.</translation>
    </message>
    <message>
        <source>Only this binôme&apos;s planned sessions.</source>
        <translation>Uniquement les séances prévues de ce binôme.</translation>
    </message>
    <message>
        <source>FILE.ics.</source>
        <translation>FILE.ics.</translation>
    </message>
    <message>
        <source>binome-cli export calendar --program NAME FILE.ics
binome-cli export calendar --binome ID FILE.ics

Writes the planned sessions of a program&apos;s open binômes (or of one binôme) as an iCalendar file that Outlook, Thunderbird and other calendars open: one event per session at 10:00 for its duration. Exporting again updates the same events.</source>
        <translation>binome-cli export calendar --program NAME FILE.ics
binome-cli export calendar --binome ID FILE.ics

Écrit les séances prévues des binômes en cours d&apos;un programme (ou d&apos;un seul binôme) dans un fichier iCalendar que peuvent ouvrir Outlook, Thunderbird et d&apos;autres agendas : un événement par séance, à 10 h, pour sa durée. Un nouvel export met à jour les mêmes événements.</translation>
    </message>
    <message>
        <source>usage: export calendar (--program NAME | --binome ID) FILE.ics</source>
        <translation>usage : export calendar (--program NAME | --binome ID) FILE.ics</translation>
    </message>
    <message>
        <source>binôme %1 is not in &quot;%2&quot;</source>
        <translation>le binôme %1 n&apos;est pas dans &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n planned session(s) to %1.
</source>
        <translation>
            <numerusform>%n séance prévue écrite dans %1.
</numerusform>
            <numerusform>%n séances prévues écrites dans %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>A .csv file of sessions, one per row.</source>
        <translation>Un fichier .csv de séances, une par ligne.</translation>
    </message>
    <message>
        <source>binome-cli import sessions FILE [--dry-run]

Imports the sessions of a sheet the mentors keep (see docs/session-files.md); each row names its binôme by the junior&apos;s and the senior&apos;s e-mails. Sessions already logged are left as they are. If any row is wrong, nothing is written and every problem is listed as FILE:LINE: field: problem.</source>
        <translation>binome-cli import sessions FILE [--dry-run]

Importe les séances d&apos;une feuille tenue par les mentors (voir docs/session-files.md) ; chaque ligne désigne son binôme par les courriels du junior et du senior. Les séances déjà enregistrées restent telles quelles. Si une ligne est erronée, rien n&apos;est écrit et chaque problème est listé sous la forme FILE:LINE: champ : problème.</translation>
    </message>
    <message>
        <source>binome-cli: usage: import sessions FILE [--dry-run]
</source>
        <translation>binome-cli : usage : import sessions FILE [--dry-run]
</translation>
    </message>
    <message>
        <source>%1 new, %2 unchanged</source>
        <translation>%1 nouvelles, %2 inchangées</translation>
    </message>
    <message>
        <source>--binome ID is required</source>
        <translation>--binome ID est obligatoire</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1 : &quot;%2&quot; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>--%1: %2 is not from %3 to %4</source>
        <translation>--%1 : %2 n&apos;est pas compris entre %3 et %4</translation>
    </message>
    <message>
        <source>The binôme&apos;s id.</source>
        <translation>L&apos;identifiant du binôme.</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD).</source>
        <translation>Le jour (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>How long, 1 to 1440 minutes.</source>
        <translation>Durée, de 1 à 1440 minutes.</translation>
    </message>
    <message>
        <source>in-person, video or phone.</source>
        <translation>in-person, video ou phone.</translation>
    </message>
    <message>
        <source>A meeting to come (default: held).</source>
        <translation>Une séance à venir (par défaut : réalisée).</translation>
    </message>
    <message>
        <source>Skill codes worked on, comma-separated.</source>
        <translation>Codes des compétences travaillées, séparés par des virgules.</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>Ce qui a été fait.</translation>
    </message>
    <message>
        <source>What comes next.</source>
        <translation>La suite prévue.</translation>
    </message>
    <message>
        <source>The senior&apos;s rating, 1 to 5.</source>
        <translation>La note du senior, de 1 à 5.</translation>
    </message>
    <message>
        <source>The junior&apos;s rating, 1 to 5.</source>
        <translation>La note du junior, de 1 à 5.</translation>
    </message>
    <message>
        <source>sessions add takes options only (see --help)</source>
        <translation>sessions add n&apos;accepte que des options (voir --help)</translation>
    </message>
    <message>
        <source>sessions add needs --%1</source>
        <translation>sessions add nécessite --%1</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;: use in-person, video or phone</source>
        <translation>mode inconnu &quot;%1&quot; : utilisez in-person, video ou phone</translation>
    </message>
    <message>
        <source>unknown skill &quot;%1&quot; (see binome-cli skills list)</source>
        <translation>compétence inconnue &quot;%1&quot; (voir binome-cli skills list)</translation>
    </message>
    <message>
        <source>usage: sessions list --binome ID [--json]</source>
        <translation>usage : sessions list --binome ID [--json]</translation>
    </message>
    <message>
        <source>No session for binôme %1 yet.
</source>
        <translation>Aucune séance pour le binôme %1 pour l&apos;instant.
</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>held</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <source>add | list</source>
        <translation>add | list</translation>
    </message>
    <message>
        <source>binome-cli sessions add --binome ID --date YYYY-MM-DD --minutes N --mode in-person|video|phone [--planned] [--skills CODE,...] [--notes TEXT] [--next-steps TEXT] [--mentee-rating N] [--mentor-rating N]
binome-cli sessions list --binome ID [--json]

Logs a session of a binôme, held (the default) or planned, and prints its id; lists a binôme&apos;s sessions, the most recent first. Ratings go from 1 to 5 and only on held sessions.</source>
        <translation>binome-cli sessions add --binome ID --date YYYY-MM-DD --minutes N --mode in-person|video|phone [--planned] [--skills CODE,...] [--notes TEXT] [--next-steps TEXT] [--mentee-rating N] [--mentor-rating N]
binome-cli sessions list --binome ID [--json]

Enregistre une séance d&apos;un binôme, réalisée (par défaut) ou prévue, et affiche son identifiant ; liste les séances d&apos;un binôme, de la plus récente à la plus ancienne. Les notes vont de 1 à 5 et ne concernent que les séances réalisées.</translation>
    </message>
    <message>
        <source>sessions takes &apos;add&apos; or &apos;list&apos;</source>
        <translation>sessions accepte &apos;add&apos; ou &apos;list&apos;</translation>
    </message>
    <message>
        <source>list a program&apos;s binômes, end one</source>
        <translation>lister les binômes d&apos;un programme, en terminer un</translation>
    </message>
    <message>
        <source>log and list a binôme&apos;s sessions</source>
        <translation>enregistrer et lister les séances d&apos;un binôme</translation>
    </message>
    <message>
        <source>import participants (CSV or JSON) or a session sheet (CSV)</source>
        <translation>importer des participants (CSV ou JSON) ou une feuille de séances (CSV)</translation>
    </message>
    <message>
        <source> [confirmed]</source>
        <translation> [confirmé]</translation>
    </message>
    <message>
        <source>FILE.csv.</source>
        <translation>FILE.csv.</translation>
    </message>
    <message>
        <source>The file is a spreadsheet as French Excel opens it: UTF-8, &apos;;&apos; between cells, dates as yyyy-MM-dd; a cell that could run as a formula starts with an apostrophe.</source>
        <translation>Le fichier est une feuille de calcul telle qu&apos;Excel en français l&apos;ouvre : UTF-8, &apos;;&apos; entre les cellules, dates au format yyyy-MM-dd ; une cellule susceptible d&apos;être interprétée comme une formule commence par une apostrophe.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>usage : %1</translation>
    </message>
    <message>
        <source>%1: name the file .csv (usage: %2)</source>
        <translation>%1 : donnez au fichier l&apos;extension .csv (usage : %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 of &quot;%2&quot; to %3.
</source>
        <translation>Exporté : %1 de &quot;%2&quot; vers %3.
</translation>
    </message>
    <message>
        <source>Exports every binôme the program ever had, as the Follow-up page shows it: status, dates, sessions held, hours, objectives, average level gain and flags.</source>
        <translation>Exporte tous les binômes que le programme a comptés, tels que les affiche la page Suivi : statut, dates, séances réalisées, heures, objectifs, gain moyen de niveau et alertes.</translation>
    </message>
    <message>
        <source>Exports every session, held or planned, of the program&apos;s binômes: date, minutes, mode, skills, notes, next steps and ratings.</source>
        <translation>Exporte toutes les séances, réalisées ou prévues, des binômes du programme : date, minutes, mode, compétences, notes, prochaines étapes et évaluations.</translation>
    </message>
    <message>
        <source>Exports every objective of the program&apos;s binômes: learner, skill, starting, target and current level, due date and status.</source>
        <translation>Exporte tous les objectifs des binômes du programme : apprenant, compétence, niveaux de départ, cible et actuel, échéance et statut.</translation>
    </message>
    <message>
        <source>binome-cli export participants FILE.csv|FILE.json

Exports every participant with their skills; the file imports back to the same data.

Other exports (each has --help):
  export program NAME FILE.json
  export calendar (--program NAME | --binome ID) FILE.ics
  export binomes --program NAME FILE.csv
  export sessions --program NAME FILE.csv
  export objectives --program NAME FILE.csv</source>
        <translation>binome-cli export participants FILE.csv|FILE.json

Exporte tous les participants avec leurs compétences ; le fichier se réimporte en redonnant les mêmes données.

Autres exports (chacun a son --help) :
  export program NAME FILE.json
  export calendar (--program NAME | --binome ID) FILE.ics
  export binomes --program NAME FILE.csv
  export sessions --program NAME FILE.csv
  export objectives --program NAME FILE.csv</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>The day the figures and flags are computed for (default: today).</source>
        <translation>Le jour pour lequel les chiffres et les alertes sont calculés (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>binome-cli report binome ID --pdf OUT.pdf [--date YYYY-MM-DD]

Writes the binôme&apos;s A4 report in the interface&apos;s language: both people, why they were paired, objectives with starting, target and current level, the learner&apos;s levels over time, sessions, debriefs with comments and ratings. No display is needed.</source>
        <translation>binome-cli report binome ID --pdf OUT.pdf [--date YYYY-MM-DD]

Écrit le rapport A4 du binôme dans la langue de l&apos;interface : les deux personnes, les raisons de leur appariement, les objectifs avec leurs niveaux de départ, cible et actuel, l&apos;évolution des niveaux de l&apos;apprenant, les séances, les débriefs avec commentaires et notes. Aucun affichage n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>usage: report binome ID --pdf OUT.pdf [--date YYYY-MM-DD]</source>
        <translation>usage : report binome ID --pdf OUT.pdf [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Wrote the report of binôme %1 (%2 and %3) to %4.
</source>
        <translation>Rapport du binôme %1 (%2 et %3) écrit dans %4.
</translation>
    </message>
    <message>
        <source>Usage:
  binome-cli report binome ID --pdf OUT.pdf
  binome-cli report program NAME --pdf OUT.pdf
  binome-cli report participant EMAIL --pdf OUT.pdf [--json OUT.json]
  binome-cli report letters --program NAME --pdf OUT.pdf

Writes an A4 PDF report in the interface&apos;s language; no display is needed.
Run &apos;binome-cli report KIND --help&apos; for each kind&apos;s options.
</source>
        <translation>Utilisation :
  binome-cli report binome ID --pdf OUT.pdf
  binome-cli report program NAME --pdf OUT.pdf
  binome-cli report participant EMAIL --pdf OUT.pdf [--json OUT.json]
  binome-cli report letters --program NAME --pdf OUT.pdf

Écrit un rapport PDF A4 dans la langue de l&apos;interface ; aucun affichage n&apos;est nécessaire.
Lancez « binome-cli report KIND --help » pour les options de chaque type de rapport.
</translation>
    </message>
    <message>
        <source>report needs a kind: binome, program, participant or letters</source>
        <translation>report attend un type : binome, program, participant ou letters</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos;: binome, program, participant or letters</source>
        <translation>rapport inconnu « %1 » : binome, program, participant ou letters</translation>
    </message>
    <message>
        <source>Write the letters, one page per binôme, to this PDF.</source>
        <translation>Écrit les lettres, une page par binôme, dans ce fichier PDF.</translation>
    </message>
    <message>
        <source>Write the list of the confirmed binômes to this PDF.</source>
        <translation>Écrit la liste des binômes confirmés dans ce fichier PDF.</translation>
    </message>
    <message>
        <source>binome-cli report letters --program NAME --pdf OUT.pdf [--list LIST.pdf]

Introduction letters for the program&apos;s open binômes, one A4 page each to hand to both people: who they are and how to reach each other, why they were matched, their first objectives, the program&apos;s dates and rhythm. --list writes the list of the confirmed binômes (one row each) as a separate PDF; either option alone is enough.</source>
        <translation>binome-cli report letters --program NAME --pdf OUT.pdf [--list LIST.pdf]

Lettres de présentation pour les binômes en cours du programme, une page A4 chacune, à remettre aux deux personnes : qui elles sont et comment se joindre, pourquoi elles ont été associées, leurs premiers objectifs, les dates et le rythme du programme. --list écrit la liste des binômes confirmés (une ligne par binôme) dans un PDF distinct ; une seule des deux options suffit.</translation>
    </message>
    <message>
        <source>usage: report letters --program NAME --pdf OUT.pdf [--list LIST.pdf]</source>
        <translation>usage : report letters --program NAME --pdf OUT.pdf [--list LIST.pdf]</translation>
    </message>
    <message>
        <source>--pdf and --list must name two different files</source>
        <translation>--pdf et --list doivent désigner deux fichiers différents</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no open binôme: confirm its pairing first (binome-cli pair --program &quot;%1&quot; --apply)</source>
        <translation>« %1 » n&apos;a aucun binôme en cours : confirmez d&apos;abord son appariement (binome-cli pair --program &quot;%1&quot; --apply)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n introduction letter(s) to %1.
</source>
        <translation>
            <numerusform>%n lettre de présentation écrite dans %1.
</numerusform>
            <numerusform>%n lettres de présentation écrites dans %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the list of %n confirmed binôme(s) to %1.
</source>
        <translation>
            <numerusform>Liste de %n binôme confirmé écrite dans %1.
</numerusform>
            <numerusform>Liste des %n binômes confirmés écrite dans %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the report as a PDF to this file.</source>
        <translation>Écrit le rapport au format PDF dans ce fichier.</translation>
    </message>
    <message>
        <source>Write the same data as JSON to this file.</source>
        <translation>Écrit les mêmes données au format JSON dans ce fichier.</translation>
    </message>
    <message>
        <source>The participant&apos;s e-mail.</source>
        <translation>L&apos;e-mail du participant.</translation>
    </message>
    <message>
        <source>binome-cli report participant EMAIL --pdf OUT.pdf [--json OUT.json]

Everything Binôme holds about one person, for a right-of-access request (GDPR article 15): their profile and skills, their level history, their programs, every binôme they took part in with its objectives, sessions and debriefs, and the exclusions that involve them. Other people appear by name only. --json writes the same data as JSON (either option alone is enough).</source>
        <translation>binome-cli report participant EMAIL --pdf OUT.pdf [--json OUT.json]

Tout ce que Binôme détient sur une personne, pour une demande de droit d&apos;accès (RGPD, article 15) : son profil et ses compétences, l&apos;historique de ses niveaux, ses programmes, chaque binôme auquel elle a participé avec ses objectifs, séances et débriefs, et les exclusions qui la concernent. Les autres personnes n&apos;y figurent que par leur nom. --json écrit les mêmes données au format JSON (une seule des deux options suffit).</translation>
    </message>
    <message>
        <source>usage: report participant EMAIL --pdf OUT.pdf [--json OUT.json]</source>
        <translation>usage : report participant EMAIL --pdf OUT.pdf [--json OUT.json]</translation>
    </message>
    <message>
        <source>--pdf and --json must name two different files</source>
        <translation>--pdf et --json doivent désigner deux fichiers différents</translation>
    </message>
    <message>
        <source>no participant has the e-mail &quot;%1&quot;</source>
        <translation>aucun participant n&apos;a l&apos;e-mail « %1 »</translation>
    </message>
    <message>
        <source>Wrote what is held about %1 (%2, %3) to %4.
</source>
        <translation>Données détenues sur %1 (%2, %3) écrites dans %4.
</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>binome-cli report program NAME --pdf OUT.pdf [--date YYYY-MM-DD]

Writes the program&apos;s A4 report in the interface&apos;s language: its key figures, sessions per month, levels at kickoff and latest per skill, objectives by status, the binômes that need attention with the reasons, and every binôme with its progress. No display is needed.</source>
        <translation>binome-cli report program NAME --pdf OUT.pdf [--date YYYY-MM-DD]

Écrit le rapport A4 du programme dans la langue de l&apos;interface : ses chiffres clés, les séances par mois, les niveaux au lancement et les derniers niveaux par compétence, les objectifs par statut, les binômes à surveiller avec leurs motifs, et chaque binôme avec sa progression. Aucun affichage n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>usage: report program NAME --pdf OUT.pdf [--date YYYY-MM-DD]</source>
        <translation>usage : report program NAME --pdf OUT.pdf [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>export participants, a program (JSON), its planned sessions (iCalendar) or its tables (CSV for Excel)</source>
        <translation>exporter les participants, un programme (JSON), ses séances prévues (iCalendar) ou ses tableaux (CSV pour Excel)</translation>
    </message>
    <message>
        <source>write a PDF report: a binôme, a program, a participant, introduction letters</source>
        <translation>écrire un rapport PDF : un binôme, un programme, un participant, des lettres de présentation</translation>
    </message>
    <message>
        <source>A .npy (float64 or float32, C order) or CSV matrix: rows are juniors, columns seniors; -inf forbids a pair (nan and +inf are refused).</source>
        <translation>Une matrice .npy (float64 ou float32, ordre C) ou CSV : les lignes sont les juniors, les colonnes les seniors ; -inf interdit une paire (nan et +inf sont refusés).</translation>
    </message>
    <message>
        <source>binome-cli: %1: the total score of the pairs overflows (it is not a finite number): scale the scores down
</source>
        <translation>binome-cli: %1 : le score total des paires déborde (ce n&apos;est pas un nombre fini) : réduisez l&apos;échelle des scores
</translation>
    </message>
    <message>
        <source>Replace FILE if it already exists.</source>
        <translation>Remplacer FILE s&apos;il existe déjà.</translation>
    </message>
    <message>
        <source>binome-cli: %1 already exists; it was left untouched (--force replaces it).
</source>
        <translation>binome-cli: %1 existe déjà ; il a été laissé intact (--force le remplace).
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was imported.
</source>
        <translation>
            <numerusform>%n problème : rien n&apos;a été importé.
</numerusform>
            <numerusform>%n problèmes : rien n&apos;a été importé.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s): %1.
</source>
        <translation>
            <numerusform>%n séance importée : %1.
</numerusform>
            <numerusform>%n séances importées : %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s): %1.
</source>
        <translation>
            <numerusform>%n participant importé : %1.
</numerusform>
            <numerusform>%n participants importés : %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of &quot;%1&quot; (%n binôme(s)) to %2.
</source>
        <translation>
            <numerusform>Rapport de « %1 » (%n binôme) écrit dans %2.
</numerusform>
            <numerusform>Rapport de « %1 » (%n binômes) écrit dans %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>made</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>No backup of %1 was found.
</source>
        <translation>Aucune sauvegarde de %1 n&apos;a été trouvée.
</translation>
    </message>
    <message>
        <source>No backup holds %1.
</source>
        <translation>Aucune sauvegarde ne contient %1.
</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold %1:
</source>
        <translation>
            <numerusform>%n sauvegarde contient encore %1 :
</numerusform>
            <numerusform>%n sauvegardes contiennent encore %1 :
</numerusform>
        </translation>
    </message>
    <message>
        <source>binome-cli: could not be checked: %1
</source>
        <translation>binome-cli : vérification impossible : %1
</translation>
    </message>
    <message>
        <source>Daily backups are turned off (keep 0).
</source>
        <translation>Les sauvegardes quotidiennes sont désactivées (conserver 0).
</translation>
    </message>
    <message>
        <source>Today&apos;s daily backup is already in %1.
</source>
        <translation>La sauvegarde quotidienne du jour est déjà dans %1.
</translation>
    </message>
    <message>
        <source>Write today&apos;s daily backup in the folder beside the database, unless one was already written today, and keep the newest ones only.</source>
        <translation>Écrire la sauvegarde quotidienne du jour dans le dossier situé à côté de la base de données, sauf si elle a déjà été écrite aujourd&apos;hui, et ne conserver que les plus récentes.</translation>
    </message>
    <message>
        <source>With --rolling: how many daily backups to keep (0 writes none; default: the setting, %1 unless set).</source>
        <translation>Avec --rolling : nombre de sauvegardes quotidiennes à conserver (0 n&apos;en écrit aucune ; par défaut : le réglage, %1 s&apos;il n&apos;est pas défini).</translation>
    </message>
    <message>
        <source>List the backups of the database still on disk.</source>
        <translation>Lister les sauvegardes de la base de données encore présentes sur le disque.</translation>
    </message>
    <message>
        <source>With --list: only the backups that hold a participant with this e-mail.</source>
        <translation>Avec --list : seulement les sauvegardes contenant un participant ayant cet e-mail.</translation>
    </message>
    <message>
        <source>binome-cli backup FILE [--force]
binome-cli backup --rolling [--keep N]
binome-cli backup --list [--holding EMAIL]

Writes a consistent copy of the whole database to FILE (readable by you only); open it with --db FILE. An existing FILE is kept unless --force is given; the database&apos;s own files are never written over. --rolling writes the daily copy the desktop program makes when it opens a database (in DATABASE.backups/), for a scheduled task. --list shows every backup still on disk.</source>
        <translation>binome-cli backup FILE [--force]
binome-cli backup --rolling [--keep N]
binome-cli backup --list [--holding EMAIL]

Écrit une copie cohérente de toute la base de données dans FILE (lisible par vous seul) ; ouvrez-la avec --db FILE. Un FILE existant est conservé sauf si --force est indiqué ; les fichiers propres à la base de données ne sont jamais écrasés. --rolling écrit la copie quotidienne que fait le programme de bureau à l&apos;ouverture d&apos;une base de données (dans DATABASE.backups/), pour une tâche planifiée. --list affiche toutes les sauvegardes encore présentes sur le disque.</translation>
    </message>
    <message>
        <source>usage: backup FILE [--force] | backup --rolling [--keep N] | backup --list [--holding EMAIL]</source>
        <translation>usage : backup FILE [--force] | backup --rolling [--keep N] | backup --list [--holding EMAIL]</translation>
    </message>
    <message>
        <source>--keep takes a number from 0 to %1</source>
        <translation>--keep prend un nombre de 0 à %1</translation>
    </message>
    <message>
        <source>kickoff, mid-term, final or ad-hoc.</source>
        <translation>kickoff, mid-term, final ou ad-hoc.</translation>
    </message>
    <message>
        <source>The learner&apos;s new level (0 to 5) on an objective&apos;s skill (repeatable).</source>
        <translation>Le nouveau niveau de l&apos;apprenant (0 à 5) sur la compétence d&apos;un objectif (répétable).</translation>
    </message>
    <message>
        <source>What was said.</source>
        <translation>Ce qui a été dit.</translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; is not SKILL=N with a skill of the catalog</source>
        <translation>--level : « %1 » n&apos;est pas de la forme SKILL=N avec une compétence du catalogue</translation>
    </message>
    <message>
        <source>debriefs add takes options only (see --help)</source>
        <translation>debriefs add ne prend que des options (voir --help)</translation>
    </message>
    <message>
        <source>debriefs add needs --%1</source>
        <translation>debriefs add nécessite --%1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;: use kickoff, mid-term, final or ad-hoc</source>
        <translation>type inconnu « %1 » : utilisez kickoff, mid-term, final ou ad-hoc</translation>
    </message>
    <message>
        <source>--level: binôme %1 has no open objective on that skill</source>
        <translation>--level : le binôme %1 n&apos;a aucun objectif ouvert sur cette compétence</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>binome-cli debriefs add --binome ID --kind kickoff|mid-term|final|ad-hoc --date YYYY-MM-DD [--level SKILL=N ...] [--comments TEXT]

Records a debrief of a binôme and prints its id: each open objective is reviewed (a not-started one becomes in progress), and each --level is the learner&apos;s new level on that objective&apos;s skill, in one transaction.</source>
        <translation>binome-cli debriefs add --binome ID --kind kickoff|mid-term|final|ad-hoc --date YYYY-MM-DD [--level SKILL=N ...] [--comments TEXT]

Enregistre un débrief d&apos;un binôme et affiche son identifiant : chaque objectif ouvert est passé en revue (un objectif non commencé passe en cours), et chaque --level est le nouveau niveau de l&apos;apprenant sur la compétence de cet objectif, en une seule transaction.</translation>
    </message>
    <message>
        <source>debriefs takes &apos;add&apos;</source>
        <translation>debriefs accepte &apos;add&apos;</translation>
    </message>
    <message>
        <source>Reading… %1 %</source>
        <translation>Lecture… %1 %</translation>
    </message>
    <message>
        <source>Importing… %1 of %2</source>
        <translation>Importation… %1 sur %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.
</source>
        <translation>Annulé : rien n&apos;a été importé.
</translation>
    </message>
    <message>
        <source>usage: participants archive EMAIL | participants unarchive EMAIL | participants erase EMAIL --yes</source>
        <translation>usage : participants archive EMAIL | participants unarchive EMAIL | participants erase EMAIL --yes</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is already archived.
</source>
        <translation>%1 &lt;%2&gt; est déjà archivé.
</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is not archived.
</source>
        <translation>%1 &lt;%2&gt; n&apos;est pas archivé.
</translation>
    </message>
    <message>
        <source>Archived %1 &lt;%2&gt;: they are kept out of new pairings and can now be erased.
</source>
        <translation>%1 &lt;%2&gt; archivé : cette personne est exclue des nouveaux appariements et peut maintenant être effacée.
</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is active again.
</source>
        <translation>%1 &lt;%2&gt; est de nouveau actif.
</translation>
    </message>
    <message>
        <source>binome-cli: %1 &lt;%2&gt; is not archived; archive them first (participants archive %2), then erase.
</source>
        <translation>binome-cli : %1 &lt;%2&gt; n&apos;est pas archivé ; archivez d&apos;abord cette personne (participants archive %2), puis effacez-la.
</translation>
    </message>
    <message>
        <source>binome-cli: erasing %1 &lt;%2&gt; removes everything Binôme holds about them and cannot be undone; add --yes to erase.
</source>
        <translation>binome-cli : effacer %1 &lt;%2&gt; supprime tout ce que Binôme détient sur cette personne et est irréversible ; ajoutez --yes pour effacer.
</translation>
    </message>
    <message>
        <source>Erased %1 &lt;%2&gt;: nothing about them is left in %3.
</source>
        <translation>%1 &lt;%2&gt; effacé : plus rien ne subsiste sur cette personne dans %3.
</translation>
    </message>
    <message>
        <source>archive, unarchive or erase.</source>
        <translation>archive, unarchive ou erase.</translation>
    </message>
    <message>
        <source>The person&apos;s e-mail.</source>
        <translation>L&apos;e-mail de la personne.</translation>
    </message>
    <message>
        <source>Confirm an erasure (it cannot be undone).</source>
        <translation>Confirmer un effacement (irréversible).</translation>
    </message>
    <message>
        <source>binome-cli participants archive|unarchive|erase EMAIL [--yes]

archive: keeps the person out of new pairings (their history stays).
unarchive: makes an archived person active again.
erase: for the right to erasure, removes everything Binôme holds about an archived person who is in no open binôme, then purges the database file so that no trace is left in it. Backups made before still hold them.</source>
        <translation>binome-cli participants archive|unarchive|erase EMAIL [--yes]

archive : exclut la personne des nouveaux appariements (son historique est conservé).
unarchive : rend de nouveau active une personne archivée.
erase : pour le droit à l&apos;effacement, supprime tout ce que Binôme détient sur une personne archivée qui ne fait partie d&apos;aucun binôme ouvert, puis purge le fichier de la base de données pour qu&apos;il n&apos;y reste aucune trace. Les sauvegardes faites auparavant contiennent encore ses données.</translation>
    </message>
    <message>
        <source>%1: a Binôme database of an older version (schema %2), upgraded once restored.
</source>
        <translation>%1 : une base de données Binôme d&apos;une version antérieure (schéma %2), mise à niveau une fois restaurée.
</translation>
    </message>
    <message>
        <source>%1: a Binôme database.
</source>
        <translation>%1 : une base de données Binôme.
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>programs</source>
        <translation>programmes</translation>
    </message>
    <message>
        <source>binômes</source>
        <translation>binômes</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>last session held</source>
        <translation>dernière séance réalisée</translation>
    </message>
    <message>
        <source>Restore it in place of %1? The database as it is now is kept aside first. [y/N] </source>
        <translation>La restaurer à la place de %1 ? La base de données actuelle est d&apos;abord conservée à part. [o/N] </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Restore without asking for confirmation.</source>
        <translation>Restaurer sans demander de confirmation.</translation>
    </message>
    <message>
        <source>binome-cli restore FILE [--yes]

Puts the backup FILE in place of the database. FILE is checked first (a whole SQLite file, a Binôme database, not of a newer version); what it holds is shown and confirmed (or --yes). The database as it is now is kept aside as DATABASE.before-restore-DATE-TIME.sqlite, then replaced in one step; an older backup is upgraded. A file that is refused changes nothing.</source>
        <translation>binome-cli restore FILE [--yes]

Met la sauvegarde FILE à la place de la base de données. FILE est d&apos;abord vérifié (un fichier SQLite complet, une base de données Binôme, pas d&apos;une version plus récente) ; son contenu est affiché et confirmé (ou --yes). La base de données actuelle est conservée à part sous DATABASE.before-restore-DATE-TIME.sqlite, puis remplacée en une seule étape ; une sauvegarde plus ancienne est mise à niveau. Un fichier refusé ne change rien.</translation>
    </message>
    <message>
        <source>usage: restore FILE [--yes]</source>
        <translation>usage : restore FILE [--yes]</translation>
    </message>
    <message>
        <source>binome-cli: nothing was restored (not confirmed; --yes confirms).
</source>
        <translation>binome-cli : rien n&apos;a été restauré (non confirmé ; --yes confirme).
</translation>
    </message>
    <message>
        <source>Restored %1 in place of %2. The database as it was is kept in %3.
</source>
        <translation>%1 a été restauré à la place de %2. La base de données précédente est conservée dans %3.
</translation>
    </message>
    <message>
        <source>archive a person, or erase an archived one for good</source>
        <translation>archiver une personne, ou effacer définitivement une personne archivée</translation>
    </message>
    <message>
        <source>record a binôme&apos;s debrief</source>
        <translation>enregistrer le débrief d&apos;un binôme</translation>
    </message>
    <message>
        <source>put a backup in place of the database (checked first)</source>
        <translation>mettre une sauvegarde à la place de la base de données (vérifiée d&apos;abord)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reverse-mentoring programs.</source>
        <translation>Programmes de mentorat inversé.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Ouvre ce fichier de base de données.</translation>
    </message>
    <message>
        <source>Open the demo organisation.</source>
        <translation>Ouvre l&apos;organisation de démonstration.</translation>
    </message>
</context>
</TS>
