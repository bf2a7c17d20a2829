<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
</context>
<context>
    <name>Database</name>
    <message>
        <source>seeding the skills catalog</source>
        <translation>l&apos;initialisation du catalogue des compétences</translation>
    </message>
    <message>
        <source>the database is locked by another program (another Binôme window?); close it or try again in a moment</source>
        <translation>la base de données est verrouillée par un autre programme (une autre fenêtre de Binôme ?) ; fermez-le ou réessayez dans un instant</translation>
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
        <source>Could not start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Impossible d&apos;enregistrer les modifications : %1</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>Une sauvegarde ne peut pas remplacer la base de données elle-même.</translation>
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
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>no copy could be kept before the upgrade, so the database was not upgraded: %1</source>
        <translation>aucune copie n&apos;a pu être conservée avant la mise à niveau, la base de données n&apos;a donc pas été mise à niveau : %1</translation>
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
        <source>Open the &amp;demo organisation</source>
        <translation>Ouvrir l&apos;organisation de &amp;démonstration</translation>
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
        <source>Compute the best set of binômes (F5)</source>
        <translation>Calculer le meilleur ensemble de binômes (F5)</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>&amp;Confirmer…</translation>
    </message>
    <message>
        <source>Save these binômes for the program</source>
        <translation>Enregistrer ces binômes pour le programme</translation>
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
        <source>&amp;Lock</source>
        <translation>Verr&amp;ouiller</translation>
    </message>
    <message>
        <source>Keep this binôme whatever the next run finds (L)</source>
        <translation>Conserver ce binôme quel que soit le résultat du prochain calcul (L)</translation>
    </message>
    <message>
        <source>&amp;Exclude</source>
        <translation>&amp;Exclure</translation>
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
        <source>C&amp;hoose mentor…</source>
        <translation>Choisir &amp;un mentor…</translation>
    </message>
    <message>
        <source>Pick this senior&apos;s mentor by hand among everyone taking part</source>
        <translation>Choisir à la main le mentor de ce senior parmi tous les participants</translation>
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
        <source>dissolving a binôme</source>
        <translation>la dissolution d&apos;un binôme</translation>
    </message>
    <message>
        <source>creating a binôme</source>
        <translation>la création d&apos;un binôme</translation>
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
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <source>%1: cannot be written: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
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
        <source>%1 is in a binôme of %2: confirm a pairing without them first, then erase their data.</source>
        <translation>%1 fait partie d&apos;un binôme de %2 : confirmez d&apos;abord une constitution des binômes sans cette personne, puis effacez ses données.</translation>
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
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+N)</source>
        <translation>Ajouter un participant (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
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
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Filter programs…</source>
        <translation>Filtrer les programmes…</translation>
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
        <translation>&amp;Ajouter une compétence…</translation>
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
        <source>Binôme — %1</source>
        <translation>Binôme — %1</translation>
    </message>
    <message>
        <source>Demo organisation</source>
        <translation>Organisation de démonstration</translation>
    </message>
    <message>
        <source>Binôme — demo organisation</source>
        <translation>Binôme — organisation de démonstration</translation>
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
        <source>&lt;h3&gt;Binôme %1&lt;/h3&gt;&lt;p&gt;Reverse-mentoring programs on your desktop: participants, skills, binômes, sessions and progress.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one file readable by you only.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Binôme %1&lt;/h3&gt;&lt;p&gt;Vos programmes de mentorat inversé sur votre poste de travail : participants, compétences, binômes, séances et progression.&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur, dans un seul fichier lisible par vous seul.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
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
        <source>Un&amp;lock</source>
        <translation>Déverr&amp;ouiller</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Verr&amp;ouiller</translation>
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
        <source>Save these %1 binômes for &quot;%2&quot;? Binômes of this program that are not in the proposal are dissolved.</source>
        <translation>Enregistrer ces %1 binômes pour « %2 » ? Les binômes de ce programme qui ne figurent pas dans la proposition seront dissous.</translation>
    </message>
    <message>
        <source>Confirmed: %1 binômes saved for &quot;%2&quot;.</source>
        <translation>Confirmé : %1 binômes enregistrés pour « %2 ».</translation>
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
        <source>binome-cli demo

Fills the database with the demo organisation: juniors, seniors with their skills, and a pilot program. Running it again updates the same people.</source>
        <translation>binome-cli demo

Remplit la base de données avec l&apos;organisation de démonstration : des juniors, des seniors avec leurs compétences et un programme pilote. Relancer la commande met à jour les mêmes personnes.</translation>
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
    <message>
        <source>binome-cli export participants FILE.csv|FILE.json

Exports every participant with their skills; the file imports back to the same data.</source>
        <translation>binome-cli export participants FILE.csv|FILE.json

Exporte tous les participants avec leurs compétences ; réimporter le fichier redonne les mêmes données.</translation>
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
        <source>import participants from a CSV or JSON file</source>
        <translation>importer des participants depuis un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>export participants to a CSV or JSON file</source>
        <translation>exporter les participants vers un fichier CSV ou JSON</translation>
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
        <source>A .npy (float64 or float32, C order) or CSV matrix: rows are juniors, columns seniors; nan or -inf forbids a pair.</source>
        <translation>Une matrice .npy (float64 ou float32, ordre C) ou CSV : les lignes sont les juniors, les colonnes les seniors ; nan ou -inf interdit une paire.</translation>
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
        <source>binome-cli backup FILE

Writes a consistent copy of the whole database to FILE (readable by you only); open it with --db FILE.</source>
        <translation>binome-cli backup FILE

Écrit une copie cohérente de toute la base de données dans FILE (lisible par vous seul) ; ouvrez-la avec --db FILE.</translation>
    </message>
    <message>
        <source>binome-cli: usage: backup FILE
</source>
        <translation>binome-cli: utilisation : backup FILE
</translation>
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
