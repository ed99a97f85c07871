<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>ActorImport</name>
    <message>
        <source>code postal %1 invalide (5 chiffres attendus)</source>
        <translation>invalid postcode %1 (5 digits expected)</translation>
    </message>
    <message>
        <source>département %1 hors des Hauts-de-France (02, 59, 60, 62, 80)</source>
        <translation>department %1 is outside Hauts-de-France (02, 59, 60, 62, 80)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sans lieu : pas sur la carte</source>
        <translation>no location: not on the map</translation>
    </message>
    <message>
        <source>département %1, sans commune : pas sur la carte</source>
        <translation>department %1 without a town: not on the map</translation>
    </message>
    <message>
        <source>le nom est vide</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>type de structure %1 inconnu</source>
        <translation>unknown type of organisation %1</translation>
    </message>
    <message>
        <source>%1 n&apos;est ni « oui » ni « non »</source>
        <translation>%1 is neither ‘yes’ nor ‘no’</translation>
    </message>
    <message>
        <source>courriel %1 invalide</source>
        <translation>invalid email %1</translation>
    </message>
    <message>
        <source>plusieurs acteurs existants s&apos;appellent %1 ici : ajoutez une colonne Identifiant pour dire lequel</source>
        <translation>several existing organisations are called %1 here: add an Identifier column to say which one</translation>
    </message>
    <message>
        <source>même identifiant qu&apos;à la ligne %1</source>
        <translation>same identifier as on line %1</translation>
    </message>
    <message>
        <source>même acteur qu&apos;à la ligne %1</source>
        <translation>same organisation as on line %1</translation>
    </message>
    <message>
        <source>type de structure manquant : il est obligatoire pour un nouvel acteur</source>
        <translation>type of organisation missing: it is required for a new organisation</translation>
    </message>
    <message>
        <source>modifié : %1</source>
        <translation>changed: %1</translation>
    </message>
</context>
<context>
    <name>ActorListPanel</name>
    <message>
        <source>Ne plus trier autour de ce lieu</source>
        <translation>Stop sorting around this place</translation>
    </message>
    <message>
        <source>Par nom</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>Par distance</source>
        <translation>By distance</translation>
    </message>
    <message>
        <source>Trier par nom</source>
        <translation>Sort by name</translation>
    </message>
    <message>
        <source>Trier par distance</source>
        <translation>Sort by distance</translation>
    </message>
    <message>
        <source>membre</source>
        <translation>member</translation>
    </message>
    <message>
        <source>Aucun acteur ici avec ces filtres. Dézoomez ou effacez les filtres.</source>
        <translation>No organisations here with these filters. Zoom out or clear the filters.</translation>
    </message>
</context>
<context>
    <name>ActorSheet</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Scannez le code avec votre téléphone pour enregistrer ce contact.</source>
        <translation>Scan the code with your phone to save this contact.</translation>
    </message>
    <message>
        <source>QR code du contact</source>
        <translation>Contact QR code</translation>
    </message>
    <message>
        <source>Thématiques</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Projets</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Pays partenaires</source>
        <translation>Partner countries</translation>
    </message>
    <message>
        <source>Prochains rendez-vous</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Imports, exports et sauvegardes de la base de Lianes.

Commandes :
  import FICHIER          importe des acteurs ou des projets (CSV ou export JSON de Lianes)
  export-json FICHIER     exporte toute la base en JSON (- : sortie standard)
  restore-json FICHIER    remplace le contenu de la base par un export JSON
  export-csv ENTITÉ FICHIER  acteurs, projets, evenements ou reunions, pour Excel
  backup FICHIER          copie cohérente de la base (clé USB)

Codes de sortie : 0 fait, 1 rien à changer, 2 lignes rejetées, 64 usage, 65 fichier refusé,
66 fichier introuvable, 73 écriture impossible, 74 erreur de la base de données.</source>
        <translation>Imports, exports and backups of the Lianes database.

Commands:
  import FILE             imports organisations or projects (CSV or a Lianes JSON export)
  export-json FILE        exports the whole database as JSON (-: standard output)
  restore-json FILE       replaces the database&apos;s content with a JSON export
  export-csv ENTITY FILE  acteurs, projets, evenements or reunions, for Excel
  backup FILE             consistent copy of the database (USB stick)

Exit codes: 0 done, 1 nothing to change, 2 rows rejected, 64 usage, 65 file refused,
66 file not found, 73 cannot write, 74 database error.</translation>
    </message>
    <message>
        <source>Dossier des données (lianes.db).</source>
        <translation>Data folder (lianes.db).</translation>
    </message>
    <message>
        <source>Fichier de configuration (data_dir).</source>
        <translation>Configuration file (data_dir).</translation>
    </message>
    <message>
        <source>import : aperçu seulement, rien n&apos;est écrit.</source>
        <translation>import: preview only, nothing is written.</translation>
    </message>
    <message>
        <source>import : importe les autres lignes si certaines sont rejetées.</source>
        <translation>import: imports the other rows when some are rejected.</translation>
    </message>
    <message>
        <source>import : acteurs ou projets (sinon d&apos;après les en-têtes).</source>
        <translation>import: acteurs (organisations) or projets (projects); otherwise from the headers.</translation>
    </message>
    <message>
        <source>import : associe une colonne à un champ, ex. &quot;Ville du siège=commune&quot; (champs : nom, type, commune, code_postal, ..., ignorer).</source>
        <translation>import: maps a column to a field, e.g. &quot;Ville du siège=commune&quot; (fields: nom, type, commune, code_postal, ..., ignorer).</translation>
    </message>
    <message>
        <source>import : le rapport en JSON.</source>
        <translation>import: the report as JSON.</translation>
    </message>
    <message>
        <source>import, export-json, restore-json, export-csv ou backup.</source>
        <translation>import, export-json, restore-json, export-csv or backup.</translation>
    </message>
    <message numerus="yes">
        <source>la commande %1 attend %n argument(s) ; voir --help</source>
        <translation>
            <numerusform>the command %1 takes %n argument; see --help</numerusform>
            <numerusform>the command %1 takes %n arguments; see --help</numerusform>
        </translation>
    </message>
    <message>
        <source>aucune commande ; voir --help</source>
        <translation>no command; see --help</translation>
    </message>
    <message>
        <source>commande inconnue « %1 » ; voir --help</source>
        <translation>unknown command “%1”; see --help</translation>
    </message>
    <message>
        <source>aucune base de données dans %1 (lancez l&apos;application une fois, ou donnez --data-dir)</source>
        <translation>no database in %1 (start the app once, or give --data-dir)</translation>
    </message>
    <message>
        <source>Base de données créée : %1</source>
        <translation>Database created: %1</translation>
    </message>
    <message>
        <source>impossible d&apos;écrire %1 : %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>fichier introuvable : %1</source>
        <translation>file not found: %1</translation>
    </message>
    <message>
        <source>entité inconnue « %1 » : acteurs ou projets</source>
        <translation>unknown entity “%1”: acteurs or projets</translation>
    </message>
    <message>
        <source>--map « %1 » : écrivez &quot;En-tête=champ&quot; avec un champ parmi nom, type, adherent, description, adresse, commune, code_postal, departement, code_insee, thematiques, pays, site_web, courriel, telephone, titre, type_projet, annee_debut, annee_fin, montant, public, porteur, partenaires, identifiant, ignorer</source>
        <translation>--map “%1”: write &quot;Header=field&quot; with a field among nom, type, adherent, description, adresse, commune, code_postal, departement, code_insee, thematiques, pays, site_web, courriel, telephone, titre, type_projet, annee_debut, annee_fin, montant, public, porteur, partenaires, identifiant, ignorer</translation>
    </message>
    <message>
        <source>Restauré : %1 lignes dans %2 tables.</source>
        <translation>Restored: %1 rows in %2 tables.</translation>
    </message>
    <message>
        <source>L&apos;ancien contenu est gardé dans %1</source>
        <translation>The previous content is kept in %1</translation>
    </message>
    <message>
        <source>entité inconnue « %1 » : %2</source>
        <translation>unknown entity “%1”: %2</translation>
    </message>
    <message>
        <source>Sauvegarde écrite : %1 (%2 octets, intégrité vérifiée)</source>
        <translation>Backup written: %1 (%2 bytes, integrity checked)</translation>
    </message>
</context>
<context>
    <name>AgendaFilters</name>
    <message>
        <source>Rechercher : titre, lieu, public…</source>
        <translation>Search: title, place, audience…</translation>
    </message>
    <message>
        <source>Rechercher un événement</source>
        <translation>Search for an event</translation>
    </message>
    <message>
        <source>Festival des Solidarités seulement</source>
        <translation>Festival des Solidarités only</translation>
    </message>
    <message>
        <source>Événements passés</source>
        <translation>Past events</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Sur place</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Partout</source>
        <translation>Anywhere</translation>
    </message>
    <message>
        <source>Toute la région</source>
        <translation>Whole region</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Tous les publics</source>
        <translation>All audiences</translation>
    </message>
    <message>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>AgendaFormat</name>
    <message>
        <source>toute la journée</source>
        <translation>all day</translation>
    </message>
    <message>
        <source>Cette semaine</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Semaine prochaine</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Semaine du %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <source>Places illimitées</source>
        <translation>Unlimited places</translation>
    </message>
    <message>
        <source>Complet : inscription sur liste d&apos;attente</source>
        <translation>Full: join the waiting list</translation>
    </message>
    <message>
        <source>Dernière place</source>
        <translation>Last place</translation>
    </message>
    <message>
        <source>%1 places restantes sur %2</source>
        <translation>%1 places left out of %2</translation>
    </message>
    <message>
        <source>%1 inscrit·es · %2 en attente · %3 présent·es · %4 annulé·es</source>
        <translation>%1 registered · %2 waiting · %3 checked in · %4 cancelled</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>heure pile</comment>
        <translation>%1:00</translation>
    </message>
    <message>
        <source>%1h%2</source>
        <comment>heure et minutes</comment>
        <translation>%1:%2</translation>
    </message>
</context>
<context>
    <name>AgendaImport</name>
    <message>
        <source>Ligne %1 : %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Attention — %1</source>
        <translation>Warning — %1</translation>
    </message>
    <message>
        <source>« %1 » du %2 n&apos;est plus dans le fichier mais des personnes y sont inscrites : gardé, à annuler à la main si besoin.</source>
        <translation>‘%1’ on %2 is no longer in the file but people are registered for it: kept; cancel it by hand if needed.</translation>
    </message>
    <message>
        <source>aucun événement dans ce fichier.</source>
        <translation>no events in this file.</translation>
    </message>
    <message>
        <source>l&apos;enregistrement a échoué (%1) : rien n&apos;a été modifié.</source>
        <translation>saving failed (%1): nothing was changed.</translation>
    </message>
    <message>
        <source>impossible de lire le fichier %1.</source>
        <translation>cannot read the file %1.</translation>
    </message>
    <message>
        <source>en-tête attendu avec au moins les colonnes « titre » et « debut » (séparateur ; ou ,) : uid, titre, description, type, debut, fin ou duree, en_ligne, lien, lieu, commune, organisateur, public, places, festisol, ouverture_inscriptions, cloture_inscriptions.</source>
        <translation>header expected with at least the columns ‘titre’ and ‘debut’ (separator ; or ,): uid, titre, description, type, debut, fin or duree, en_ligne, lien, lieu, commune, organisateur, public, places, festisol, ouverture_inscriptions, cloture_inscriptions.</translation>
    </message>
    <message>
        <source>titre manquant.</source>
        <translation>title missing.</translation>
    </message>
    <message>
        <source>date de début illisible « %1 » (attendu : 2026-12-03 14:00 ou 03/12/2026 14h00).</source>
        <translation>unreadable start date ‘%1’ (expected: 2026-12-03 14:00 or 03/12/2026 14h00).</translation>
    </message>
    <message>
        <source>date de fin illisible « %1 ».</source>
        <translation>unreadable end date ‘%1’.</translation>
    </message>
    <message>
        <source>la fin (%1) est avant le début.</source>
        <translation>the end (%1) is before the start.</translation>
    </message>
    <message>
        <source>durée invalide « %1 » (en minutes).</source>
        <translation>invalid duration ‘%1’ (in minutes).</translation>
    </message>
    <message>
        <source>type inconnu « %1 » (webinaire, formation, réunion d&apos;information, commission, rencontre, festisol).</source>
        <translation>unknown type ‘%1’ (webinaire, formation, réunion d&apos;information, commission, rencontre, festisol).</translation>
    </message>
    <message>
        <source>« en_ligne » et « festisol » valent oui ou non.</source>
        <translation>‘en_ligne’ and ‘festisol’ must be oui or non (yes or no).</translation>
    </message>
    <message>
        <source>commune inconnue ou ambiguë « %1 » (nom ou code INSEE d&apos;une commune des Hauts-de-France).</source>
        <translation>unknown or ambiguous town ‘%1’ (name or INSEE code of a town in Hauts-de-France).</translation>
    </message>
    <message>
        <source>nombre de places invalide « %1 ».</source>
        <translation>invalid number of places ‘%1’.</translation>
    </message>
    <message>
        <source>date d&apos;inscription illisible « %1 ».</source>
        <translation>unreadable registration date ‘%1’.</translation>
    </message>
    <message>
        <source>même uid qu&apos;une ligne précédente (%1).</source>
        <translation>same uid as a previous line (%1).</translation>
    </message>
    <message>
        <source>Import CSV : %1</source>
        <translation>CSV import: %1</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Webinaires, formations, rencontres et Festival des Solidarités</source>
        <translation>Webinars, training, meet-ups and the Festival des Solidarités</translation>
    </message>
    <message>
        <source>Aucun événement à venir pour l&apos;instant.</source>
        <translation>No upcoming events for now.</translation>
    </message>
    <message>
        <source>Agenda : événements passés</source>
        <translation>Events: past events</translation>
    </message>
    <message>
        <source>Aucun événement ne correspond à ces filtres.</source>
        <translation>No events match these filters.</translation>
    </message>
    <message>
        <source>Filtres (actifs)</source>
        <translation>Filters (on)</translation>
    </message>
    <message>
        <source>Filtres et recherche</source>
        <translation>Filters and search</translation>
    </message>
    <message>
        <source>Tout voir</source>
        <translation>See all</translation>
    </message>
    <message numerus="yes">
        <source>Voir %n événement(s)</source>
        <translation>
            <numerusform>See %n event</numerusform>
            <numerusform>See %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touchez pour commencer</source>
        <translation>Tap to start</translation>
    </message>
    <message>
        <source>Lianes coopération : la coopération internationale en Hauts-de-France</source>
        <translation>Lianes coopération: international cooperation in Hauts-de-France</translation>
    </message>
    <message>
        <source>acteurs</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>projets</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>départements</source>
        <translation>departments</translation>
    </message>
    <message>
        <source>événements à venir</source>
        <translation>upcoming events</translation>
    </message>
    <message>
        <source>Prochain rendez-vous : %1</source>
        <translation>Next event: %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>La sauvegarde vers %1 a échoué : %2</source>
        <translation>Backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être enregistrée sous %1.</source>
        <translation>The backup could not be saved as %1.</translation>
    </message>
</context>
<context>
    <name>BaseMap</name>
    <message>
        <source>Carte des Hauts-de-France</source>
        <translation>Map of Hauts-de-France</translation>
    </message>
    <message>
        <source>Carte du monde : pays des projets</source>
        <translation>World map: project countries</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Les acteurs de la coopération internationale</source>
        <translation>International cooperation organisations</translation>
    </message>
    <message>
        <source>%1 acteurs et %2 projets dans les Hauts-de-France</source>
        <translation>%1 organisations and %2 projects in Hauts-de-France</translation>
    </message>
    <message>
        <source>Recentrer la carte</source>
        <translation>Reset map view</translation>
    </message>
    <message>
        <source>Les Hauts-de-France dans le monde</source>
        <translation>Hauts-de-France in the world</translation>
    </message>
    <message numerus="yes">
        <source>Projets dans %n pays : touchez un pays pour les voir</source>
        <translation>
            <numerusform>Projects in %n country: tap it to see them</numerusform>
            <numerusform>Projects in %n countries: tap a country to see them</numerusform>
        </translation>
    </message>
    <message>
        <source>Autour de moi</source>
        <translation>Near me</translation>
    </message>
    <message>
        <source>Retour aux Hauts-de-France</source>
        <translation>Back to Hauts-de-France</translation>
    </message>
    <message>
        <source>Vue du monde</source>
        <translation>World view</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Filtres (%1)</source>
        <translation>Filters (%1)</translation>
    </message>
    <message>
        <source>Filtres</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Countries</translation>
    </message>
</context>
<context>
    <name>CatalogueReader</name>
    <message>
        <source>objet non terminé (« } » ou virgule manquante)</source>
        <translation>unfinished object (‘}’ or comma missing)</translation>
    </message>
    <message>
        <source>« : » manquant après un nom de champ</source>
        <translation>‘:’ missing after a field name</translation>
    </message>
    <message>
        <source>liste non terminée (« ] » ou virgule manquante)</source>
        <translation>unfinished list (‘]’ or comma missing)</translation>
    </message>
    <message>
        <source>virgule manquante entre deux valeurs</source>
        <translation>comma missing between two values</translation>
    </message>
    <message>
        <source>valeur invalide (texte sans guillemets, virgule en trop ?)</source>
        <translation>invalid value (text without quotes, extra comma?)</translation>
    </message>
    <message>
        <source>nombre invalide</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>caractère d&apos;échappement invalide après « \ »</source>
        <translation>invalid escape character after ‘\’</translation>
    </message>
    <message>
        <source>texte qui n&apos;est pas en UTF-8</source>
        <translation>text that is not UTF-8</translation>
    </message>
    <message>
        <source>texte non terminé (guillemet fermant manquant)</source>
        <translation>unfinished text (closing quote missing)</translation>
    </message>
    <message>
        <source>le fichier doit contenir un objet JSON « { … } »</source>
        <translation>the file must contain a JSON object ‘{ … }’</translation>
    </message>
    <message>
        <source>contenu en trop après la fin de l&apos;objet</source>
        <translation>extra content after the end of the object</translation>
    </message>
    <message>
        <source>fichier JSON illisible</source>
        <translation>unreadable JSON file</translation>
    </message>
    <message>
        <source>seule la version 1 du format est connue</source>
        <translation>only version 1 of the format is known</translation>
    </message>
    <message>
        <source>doit être une date AAAA-MM-JJ</source>
        <translation>must be a YYYY-MM-DD date</translation>
    </message>
    <message>
        <source>doit être une liste d&apos;au moins un programme</source>
        <translation>must be a list of at least one programme</translation>
    </message>
    <message>
        <source>doit être un objet « { … } »</source>
        <translation>must be an object ‘{ … }’</translation>
    </message>
    <message>
        <source>identifiant « %1 » déjà utilisé par %2</source>
        <translation>identifier ‘%1’ already used by %2</translation>
    </message>
    <message>
        <source>champ obligatoire manquant (null si le fait n&apos;est pas vérifié)</source>
        <translation>required field missing (null if the fact has not been checked)</translation>
    </message>
    <message>
        <source>champ inconnu (faute de frappe ?)</source>
        <translation>unknown field (typo?)</translation>
    </message>
    <message>
        <source>doit être un texte non vide</source>
        <translation>must be a non-empty text</translation>
    </message>
    <message>
        <source>doit être un texte non vide, ou null (à vérifier)</source>
        <translation>must be a non-empty text, or null (to be checked)</translation>
    </message>
    <message>
        <source>doit être une liste parmi : %1, ou null (à vérifier)</source>
        <translation>must be a list from: %1, or null (to be checked)</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une valeur permise (%2)</source>
        <translation>‘%1’ is not an allowed value (%2)</translation>
    </message>
    <message>
        <source>« %1 » est en double</source>
        <translation>‘%1’ appears twice</translation>
    </message>
    <message>
        <source>doit être une liste de clés d&apos;acteurs</source>
        <translation>must be a list of organisation keys</translation>
    </message>
    <message>
        <source>clé d&apos;acteur invalide (minuscules, chiffres et tirets)</source>
        <translation>invalid organisation key (lower case, digits and hyphens)</translation>
    </message>
    <message>
        <source>doit être un objet { &quot;min&quot;: …, &quot;max&quot;: … }</source>
        <translation>must be an object { &quot;min&quot;: …, &quot;max&quot;: … }</translation>
    </message>
    <message>
        <source>doit être un entier positif, ou null (à vérifier)</source>
        <translation>must be a positive whole number, or null (to be checked)</translation>
    </message>
    <message>
        <source>min (%1) est plus grand que max (%2)</source>
        <translation>min (%1) is greater than max (%2)</translation>
    </message>
    <message>
        <source>doit être jours, semaines ou mois</source>
        <translation>must be jours, semaines or mois</translation>
    </message>
    <message>
        <source>identifiant invalide (minuscules, chiffres et tirets, ex. « service-civique »)</source>
        <translation>invalid identifier (lower case, digits and hyphens, e.g. ‘service-civique’)</translation>
    </message>
    <message>
        <source>doit être un objet { &quot;url&quot;: …, &quot;checked&quot;: … }</source>
        <translation>must be an object { &quot;url&quot;: …, &quot;checked&quot;: … }</translation>
    </message>
    <message>
        <source>doit être l&apos;adresse http(s) de la page lue, ou null</source>
        <translation>must be the http(s) address of the page read, or null</translation>
    </message>
    <message>
        <source>doit être une date AAAA-MM-JJ, ou null</source>
        <translation>must be a YYYY-MM-DD date, or null</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Graphique</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Tableau</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Afficher le graphique : %1</source>
        <translation>Show the chart: %1</translation>
    </message>
    <message>
        <source>Afficher le tableau : %1</source>
        <translation>Show the table: %1</translation>
    </message>
    <message>
        <source>Aucune donnée sur la période.</source>
        <translation>No data for this period.</translation>
    </message>
</context>
<context>
    <name>ChoroplethCard</name>
    <message>
        <source>Acteurs</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Colorer par nombre d&apos;acteurs</source>
        <translation>Colour by number of organisations</translation>
    </message>
    <message>
        <source>Projets</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Colorer par nombre de projets</source>
        <translation>Colour by number of projects</translation>
    </message>
    <message>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Tableau</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Afficher la carte : %1</source>
        <translation>Show the map: %1</translation>
    </message>
    <message>
        <source>Afficher le tableau : %1</source>
        <translation>Show the table: %1</translation>
    </message>
</context>
<context>
    <name>ClusterMarker</name>
    <message>
        <source>%1 acteurs : zoomer</source>
        <translation>%1 organisations: zoom in</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Lianes coopération : carte des acteurs, agenda et inscriptions, mobilité des jeunes.</source>
        <translation>Lianes coopération: map of organisations, events and registrations, youth mobility.</translation>
    </message>
    <message>
        <source>kiosk, staff ou mobile.</source>
        <translation>kiosk, staff or mobile.</translation>
    </message>
    <message>
        <source>Fichier de configuration.</source>
        <translation>Configuration file.</translation>
    </message>
    <message>
        <source>Dossier des données (base SQLite).</source>
        <translation>Data directory (SQLite database).</translation>
    </message>
    <message>
        <source>fr ou en.</source>
        <translation>fr or en.</translation>
    </message>
    <message>
        <source>Écrit une capture PNG de la page et quitte.</source>
        <translation>Writes a PNG screenshot of the page and exits.</translation>
    </message>
    <message>
        <source>Taille de la fenêtre, ex. 1920x1080.</source>
        <translation>Window size, e.g. 1920x1080.</translation>
    </message>
    <message>
        <source>Charge chaque page et quitte.</source>
        <translation>Loads each page and exits.</translation>
    </message>
    <message>
        <source>Mesure du démarrage (benchmarks).</source>
        <translation>Measures start-up time (benchmarks).</translation>
    </message>
    <message>
        <source>Date et heure fixées (ISO 8601).</source>
        <translation>Fixed date and time (ISO 8601).</translation>
    </message>
    <message>
        <source>Fichier de configuration introuvable : %1</source>
        <translation>Configuration file not found: %1</translation>
    </message>
    <message>
        <source>Mode inconnu « %1 » : kiosk, staff ou mobile.</source>
        <translation>Unknown mode ‘%1’: kiosk, staff or mobile.</translation>
    </message>
    <message>
        <source>Taille invalide « %1 » : largeurxhauteur, ex. 1920x1080.</source>
        <translation>Invalid size ‘%1’: expected WIDTHxHEIGHT, e.g. 1920x1080.</translation>
    </message>
    <message>
        <source>Date invalide « %1 » (ISO 8601).</source>
        <translation>Invalid date ‘%1’ (ISO 8601).</translation>
    </message>
    <message>
        <source>Tests : écrit un texte dans un champ (nom=texte).</source>
        <translation>Tests: types text into a field (name=text).</translation>
    </message>
    <message>
        <source>Tests : écrit tous les textes affichés dans un fichier.</source>
        <translation>Tests: writes all displayed texts to a file.</translation>
    </message>
    <message>
        <source>Borne : délai d&apos;inactivité en secondes.</source>
        <translation>Kiosk: idle timeout in seconds.</translation>
    </message>
    <message>
        <source>Attend ce nombre de secondes avant la capture.</source>
        <translation>Waits this number of seconds before the screenshot.</translation>
    </message>
    <message>
        <source>Page affichée : carte, agenda, mobilite, equipe, code (code du personnel)…</source>
        <translation>Page shown: carte, agenda, mobilite, equipe, code (staff PIN)…</translation>
    </message>
    <message>
        <source>Démarre en texte agrandi.</source>
        <translation>Starts in large text.</translation>
    </message>
    <message>
        <source>Démarre en contraste élevé.</source>
        <translation>Starts in high contrast.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Vous êtes sur la liste d&apos;attente</source>
        <translation>You are on the waiting list</translation>
    </message>
    <message>
        <source>Vous étiez déjà inscrit·e</source>
        <translation>You were already registered</translation>
    </message>
    <message>
        <source>C&apos;est confirmé !</source>
        <translation>It&apos;s confirmed!</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Code QR de l&apos;événement, pour votre agenda</source>
        <translation>Event QR code, for your calendar</translation>
    </message>
    <message>
        <source>Scannez ce code avec l&apos;appareil photo de votre téléphone : l&apos;événement s&apos;ajoute à votre agenda, sans connexion.</source>
        <translation>Scan this code with your phone&apos;s camera: the event is added to your calendar, no connection needed.</translation>
    </message>
    <message>
        <source>Exemple de confirmation : rien n&apos;a été enregistré.</source>
        <translation>Sample confirmation: nothing has been saved.</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>J&apos;accepte que Lianes coopération enregistre ces informations pour gérer mon inscription à cet événement : confirmation, liste d&apos;attente, liste des présents. Elles ne servent à rien d&apos;autre, ne sont ni vendues ni données, et sont effacées %1 mois après l&apos;événement. Je peux les consulter, les corriger ou les faire effacer à tout moment en écrivant à contact@lianescooperation.org, et saisir la CNIL en cas de désaccord.</source>
        <translation>I agree that Lianes coopération may store this information to manage my registration for this event: confirmation, waiting list, attendance list. It is used for nothing else, is neither sold nor given away, and is deleted %1 months after the event. I can view, correct or have it deleted at any time by writing to contact@lianescooperation.org, and can complain to the CNIL if I disagree.</translation>
    </message>
    <message>
        <source>Je souhaite aussi recevoir la lettre d&apos;information de Lianes coopération (désinscription en un clic dans chaque lettre).</source>
        <translation>I would also like to receive the Lianes coopération newsletter (unsubscribe in one click in every issue).</translation>
    </message>
</context>
<context>
    <name>CoopLab</name>
    <message>
        <source>L&apos;idée et la motivation</source>
        <translation>Your idea and motivation</translation>
    </message>
    <message>
        <source>Dire ce que tu veux vivre, pourquoi, et ce que ton projet apporte ici et là-bas.</source>
        <translation>Say what you want to experience, why, and what your project brings here and there.</translation>
    </message>
    <message>
        <source>J&apos;ai écrit en trois phrases ce que je veux faire</source>
        <translation>I have written in three sentences what I want to do</translation>
    </message>
    <message>
        <source>Je sais pourquoi je pars et ce que j&apos;en attends</source>
        <translation>I know why I am going and what I expect from it</translation>
    </message>
    <message>
        <source>Je sais si je pars seul·e ou avec un groupe</source>
        <translation>I know whether I am going alone or with a group</translation>
    </message>
    <message>
        <source>J&apos;ai une période et une durée en tête</source>
        <translation>I have a period and a length of time in mind</translation>
    </message>
    <message>
        <source>J&apos;ai regardé les programmes qui peuvent m&apos;aider</source>
        <translation>I have looked at the programmes that can help me</translation>
    </message>
    <message>
        <source>Fais « Trouver ma mobilité » : il te dit quels programmes te vont et pourquoi.</source>
        <translation>Try ‘Find my mobility’: it tells you which programmes suit you and why.</translation>
    </message>
    <message>
        <source>Parles-en à une structure jeunesse près de chez toi avant de tout décider.</source>
        <translation>Talk to a youth organisation near you before deciding anything.</translation>
    </message>
    <message>
        <source>Le partenaire à l&apos;étranger et les partenaires d&apos;ici</source>
        <translation>Your partner abroad and partners back home</translation>
    </message>
    <message>
        <source>Construire le projet avec une structure sur place et s&apos;appuyer sur des acteurs de la région.</source>
        <translation>Build the project with an organisation there and rely on organisations in the region.</translation>
    </message>
    <message>
        <source>J&apos;ai trouvé une structure qui m&apos;accueille là-bas</source>
        <translation>I have found an organisation to host me there</translation>
    </message>
    <message>
        <source>Nous avons parlé de ses besoins et de ce que je peux apporter</source>
        <translation>We have talked about its needs and what I can bring</translation>
    </message>
    <message>
        <source>Une association d&apos;ici accepte de porter ou parrainer le projet</source>
        <translation>A local association agrees to lead or sponsor the project</translation>
    </message>
    <message>
        <source>Nos engagements sont écrits (dates, rôles, accueil)</source>
        <translation>Our commitments are written down (dates, roles, hosting)</translation>
    </message>
    <message>
        <source>Un projet se construit à deux : demande d&apos;abord ce dont ton partenaire a besoin.</source>
        <translation>A project takes two: first ask what your partner needs.</translation>
    </message>
    <message>
        <source>Les réseaux régionaux comme Lianes coopération peuvent parrainer un projet de groupe.</source>
        <translation>Regional networks such as Lianes coopération can sponsor a group project.</translation>
    </message>
    <message>
        <source>Le budget et le financement</source>
        <translation>Budget and funding</translation>
    </message>
    <message>
        <source>Chiffrer le voyage, le séjour et le retour, et trouver qui finance quoi.</source>
        <translation>Cost the journey, the stay and the return, and find out who funds what.</translation>
    </message>
    <message>
        <source>J&apos;ai listé toutes les dépenses (transport, logement, visa, santé)</source>
        <translation>I have listed all the expenses (travel, accommodation, visa, health)</translation>
    </message>
    <message>
        <source>J&apos;ai listé les recettes : bourses, aides, épargne</source>
        <translation>I have listed the income: grants, support, savings</translation>
    </message>
    <message>
        <source>J&apos;ai déposé au moins une demande d&apos;aide</source>
        <translation>I have sent at least one funding application</translation>
    </message>
    <message>
        <source>J&apos;ai prévu une réserve pour les imprévus</source>
        <translation>I have set aside a reserve for the unexpected</translation>
    </message>
    <message>
        <source>Un budget sincère : la meilleure estimation possible, sans oublier de poste.</source>
        <translation>An honest budget: the best possible estimate, with nothing left out.</translation>
    </message>
    <message>
        <source>Certaines aides couvrent au plus la moitié du budget : cherche plusieurs financeurs.</source>
        <translation>Some grants cover at most half of the budget: look for several funders.</translation>
    </message>
    <message>
        <source>Préparer le départ : santé, assurance, interculturel</source>
        <translation>Getting ready to go: health, insurance, intercultural preparation</translation>
    </message>
    <message>
        <source>Partir en sécurité et prêt·e à rencontrer une autre culture.</source>
        <translation>Travel safely and be ready to meet another culture.</translation>
    </message>
    <message>
        <source>Passeport, visa et autorisations sont en règle</source>
        <translation>Passport, visa and permits are in order</translation>
    </message>
    <message>
        <source>J&apos;ai vu un médecin : vaccins et trousse de santé</source>
        <translation>I have seen a doctor: vaccinations and a first-aid kit</translation>
    </message>
    <message>
        <source>J&apos;ai une assurance santé et rapatriement pour toute la durée</source>
        <translation>I have health and repatriation insurance for the whole stay</translation>
    </message>
    <message>
        <source>Je me suis inscrit·e sur Ariane (ministère des Affaires étrangères)</source>
        <translation>I have registered on Ariane (French Ministry of Foreign Affairs)</translation>
    </message>
    <message>
        <source>J&apos;ai suivi une formation ou un temps de préparation interculturelle</source>
        <translation>I have taken an intercultural training or preparation session</translation>
    </message>
    <message>
        <source>Les formations « Mobilité internationale » de l&apos;agenda préparent au départ.</source>
        <translation>The ‘International mobility’ training sessions in Events prepare you for departure.</translation>
    </message>
    <message>
        <source>Laisse à un proche tes contacts sur place et une copie de tes papiers.</source>
        <translation>Leave your contacts there and a copy of your papers with someone close.</translation>
    </message>
    <message>
        <source>Le retour : partager et transmettre</source>
        <translation>Coming back: sharing and passing on what you have learnt</translation>
    </message>
    <message>
        <source>Raconter ce que tu as vécu, le valoriser et sensibiliser d&apos;autres jeunes (ECSI).</source>
        <translation>Tell others what you experienced, make the most of it and raise awareness among other young people (ECSI).</translation>
    </message>
    <message>
        <source>J&apos;ai fait le bilan avec la personne qui m&apos;accompagne</source>
        <translation>I have reviewed my experience with the person supporting me</translation>
    </message>
    <message>
        <source>J&apos;ai noté les compétences gagnées (CV, attestation)</source>
        <translation>I have noted the skills I gained (CV, certificate)</translation>
    </message>
    <message>
        <source>J&apos;ai présenté mon expérience (témoignage, expo, atelier)</source>
        <translation>I have presented my experience (talk, exhibition, workshop)</translation>
    </message>
    <message>
        <source>J&apos;ai participé à une action d&apos;éducation à la citoyenneté et à la solidarité internationale</source>
        <translation>I have taken part in a global citizenship and solidarity education activity</translation>
    </message>
    <message>
        <source>Le Festival des Solidarités est un bon moment pour témoigner.</source>
        <translation>The Festival des Solidarités is a good time to share your experience.</translation>
    </message>
    <message>
        <source>Ton témoignage peut donner envie de partir à d&apos;autres jeunes.</source>
        <translation>Your story can make other young people want to go.</translation>
    </message>
</context>
<context>
    <name>DatabaseJson</name>
    <message>
        <source>Ce fichier n&apos;est pas un export JSON de Lianes.</source>
        <translation>This file is not a Lianes JSON export.</translation>
    </message>
    <message>
        <source>Cet export vient d&apos;une version plus récente de Lianes (schéma %1, cette version connaît le schéma %2) : mettez l&apos;application à jour pour le restaurer.</source>
        <translation>This export comes from a newer version of Lianes (schema %1; this version supports schema %2): update the application to restore it.</translation>
    </message>
    <message>
        <source>L&apos;export contient une table inconnue de cette version : %1.</source>
        <translation>The export contains a table unknown to this version: %1.</translation>
    </message>
    <message>
        <source>La table %1 de l&apos;export a une colonne inconnue : %2.</source>
        <translation>Table %1 of the export has an unknown column: %2.</translation>
    </message>
    <message>
        <source>La table %1 de l&apos;export a une ligne de %2 valeurs au lieu de %3.</source>
        <translation>Table %1 of the export has a row of %2 values instead of %3.</translation>
    </message>
    <message>
        <source>L&apos;export n&apos;a pas pu être restauré, la base est inchangée : %1</source>
        <translation>The export could not be restored; the database is unchanged: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryFigures</name>
    <message>
        <source>Projets mutualisés</source>
        <translation>Joint projects</translation>
    </message>
    <message>
        <source>Lauréats RECITAL</source>
        <translation>RECITAL award winners</translation>
    </message>
    <message>
        <source>Tandems Solidaires</source>
        <translation>Tandems Solidaires</translation>
    </message>
    <message>
        <source>Autres projets</source>
        <translation>Other projects</translation>
    </message>
</context>
<context>
    <name>DisplaySwitches</name>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte agrandi</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Contraste</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>CSV ou export JSON (*.csv *.txt *.json)</source>
        <translation>CSV or JSON export (*.csv *.txt *.json)</translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Dossier où enregistrer (clé USB)</source>
        <translation>Folder to save to (USB stick)</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Importer, exporter, sauvegarder</source>
        <translation>Import, export, back up</translation>
    </message>
    <message>
        <source>Les acteurs et projets venus du CRM ou d&apos;Excel ; les copies pour la clé USB.</source>
        <translation>Organisations and projects from the CRM or Excel; copies for the USB stick.</translation>
    </message>
    <message>
        <source>Importer des acteurs ou des projets</source>
        <translation>Import organisations or projects</translation>
    </message>
    <message>
        <source>Un fichier CSV tel qu&apos;Excel ou le CRM l&apos;enregistrent, ou un export JSON de Lianes. Rien n&apos;est écrit avant « Appliquer » ; l&apos;import se fait alors d&apos;un bloc.</source>
        <translation>A CSV file as saved by Excel or the CRM, or a Lianes JSON export. Nothing is written before ‘Apply’; the import is then done in one go.</translation>
    </message>
    <message>
        <source>Choisir un autre fichier…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Fichier refusé : %1</source>
        <translation>File refused: %1</translation>
    </message>
    <message>
        <source>À ajouter</source>
        <translation>To add</translation>
    </message>
    <message>
        <source>À mettre à jour</source>
        <translation>To update</translation>
    </message>
    <message>
        <source>Inchangés</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejetés</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Colonnes non reconnues : dites ce qu&apos;elles contiennent, ou ignorez-les.</source>
        <translation>Unrecognised columns: say what they contain, or ignore them.</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Contenu de la colonne %1</source>
        <translation>Content of column %1</translation>
    </message>
    <message>
        <source>%1, %2 : %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Colonne « %1 » : %2</source>
        <translation>Column ‘%1’: %2</translation>
    </message>
    <message>
        <source>Toutes les lignes sont déjà à jour.</source>
        <translation>All rows are already up to date.</translation>
    </message>
    <message>
        <source>Choisissez un fichier : son aperçu s&apos;affichera ici.</source>
        <translation>Choose a file: its preview will appear here.</translation>
    </message>
    <message>
        <source>Appliquer l&apos;import</source>
        <translation>Apply the import</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sauvegarder sur une clé USB</source>
        <translation>Back up to a USB stick</translation>
    </message>
    <message>
        <source>Branchez la clé, choisissez son dossier, puis ce qu&apos;il faut y enregistrer.</source>
        <translation>Plug in the stick, choose its folder, then what to save on it.</translation>
    </message>
    <message>
        <source>Dossier : %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Choisir le dossier…</source>
        <translation>Choose the folder…</translation>
    </message>
    <message>
        <source>Copie complète de la base</source>
        <translation>Full copy of the database</translation>
    </message>
    <message>
        <source>Tout exporter en JSON</source>
        <translation>Export everything as JSON</translation>
    </message>
    <message>
        <source>Tableaux pour Excel</source>
        <translation>Tables for Excel</translation>
    </message>
    <message>
        <source>Acteurs</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Projets</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Réunions</source>
        <translation>Meetings</translation>
    </message>
    <message numerus="yes">
        <source>Importer sans les %n lignes rejetées</source>
        <translation>
            <numerusform>Import without the %n rejected row</numerusform>
            <numerusform>Import without the %n rejected rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityImport</name>
    <message>
        <source>thématique %1 inconnue</source>
        <translation>unknown theme %1</translation>
    </message>
    <message>
        <source>pays %1 inconnu</source>
        <translation>unknown country %1</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Espace équipe</source>
        <translation>Staff area</translation>
    </message>
    <message>
        <source>%1 acteurs · %2 projets · %3 événements à venir</source>
        <translation>%1 organisations · %2 projects · %3 upcoming events</translation>
    </message>
    <message>
        <source>Réunions</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Observatoire</source>
        <translation>Observatory</translation>
    </message>
    <message>
        <source>Import et sauvegarde</source>
        <translation>Import and backup</translation>
    </message>
    <message>
        <source>Données personnelles</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>EventCard</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4 · démonstration</source>
        <translation>%1 · %2, %3 · %4 · demo</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4</source>
        <translation>%1 · %2, %3 · %4</translation>
    </message>
</context>
<context>
    <name>EventFigures</name>
    <message>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Webinaire</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Réunion d&apos;information</source>
        <translation>Information meeting</translation>
    </message>
    <message>
        <source>Commission, groupe de travail</source>
        <translation>Committee, working group</translation>
    </message>
    <message>
        <source>Rencontre</source>
        <translation>Meet-up</translation>
    </message>
    <message>
        <source>Festival des Solidarités</source>
        <translation>Festival des Solidarités</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Le lien de connexion est envoyé par e-mail aux personnes inscrites.</source>
        <translation>The joining link is emailed to registered participants.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>%1 · exemple de démonstration</source>
        <translation>%1 · demo example</translation>
    </message>
    <message>
        <source>Pour qui</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Organisé par</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>← Agenda</source>
        <translation>← Events</translation>
    </message>
    <message>
        <source>Fichier .ics</source>
        <translation>.ics file</translation>
    </message>
    <message>
        <source>Enregistre l&apos;événement pour un agenda</source>
        <translation>Saves the event for a calendar app</translation>
    </message>
    <message>
        <source>Inscrits</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Liste d&apos;attente</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>S&apos;inscrire</source>
        <translation>Sign up</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1&#xa0;h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1&#xa0;€</source>
        <translation>€%1</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Effacer les filtres (%1)</source>
        <translation>Clear filters (%1)</translation>
    </message>
    <message>
        <source>Aucun filtre</source>
        <translation>No filters</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>%1 : à vérifier</source>
        <translation>%1: to be checked</translation>
    </message>
    <message>
        <source>du volontariat</source>
        <translation>volunteering</translation>
    </message>
    <message>
        <source>un échange</source>
        <translation>an exchange</translation>
    </message>
    <message>
        <source>des études</source>
        <translation>study</translation>
    </message>
    <message>
        <source>un stage</source>
        <translation>an internship</translation>
    </message>
    <message>
        <source>du travail</source>
        <translation>work</translation>
    </message>
    <message>
        <source>un projet solidaire</source>
        <translation>a solidarity project</translation>
    </message>
    <message>
        <source>âge</source>
        <translation>age</translation>
    </message>
    <message>
        <source>vous avez %1 ans</source>
        <translation>you are %1</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pour qui</source>
        <translation>who it is for</translation>
    </message>
    <message>
        <source>réservé aux %1</source>
        <translation>only for %1</translation>
    </message>
    <message>
        <source>ouvert à tous les profils</source>
        <translation>open to everyone</translation>
    </message>
    <message>
        <source>ouvert aux %1</source>
        <translation>open to %1</translation>
    </message>
    <message>
        <source>type de mobilité</source>
        <translation>type of mobility</translation>
    </message>
    <message>
        <source>c&apos;est %1</source>
        <translation>it is %1</translation>
    </message>
    <message>
        <source>ce n&apos;est pas %1 : %2</source>
        <translation>it is not %1: %2</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>destination : %1</source>
        <translation>destination: %1</translation>
    </message>
    <message>
        <source>se passe %1</source>
        <translation>takes place %1</translation>
    </message>
    <message>
        <source>ne se passe pas %1 : %2</source>
        <translation>does not take place %1: %2</translation>
    </message>
    <message>
        <source>durée</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>dure au moins %1</source>
        <translation>lasts at least %1</translation>
    </message>
    <message>
        <source>dure au plus %1</source>
        <translation>lasts at most %1</translation>
    </message>
    <message>
        <source>durée (%1)</source>
        <translation>duration (%1)</translation>
    </message>
    <message>
        <source>dure %1</source>
        <translation>lasts %1</translation>
    </message>
    <message>
        <source>seul·e ou en groupe</source>
        <translation>alone or in a group</translation>
    </message>
    <message>
        <source>on part en groupe</source>
        <translation>you go as a group</translation>
    </message>
    <message>
        <source>on part seul·e</source>
        <translation>you go alone</translation>
    </message>
</context>
<context>
    <name>ICalReader</name>
    <message>
        <source>date ou heure illisible</source>
        <translation>unreadable date or time</translation>
    </message>
    <message>
        <source>fuseau horaire inconnu « %1 » (ni dans le fichier ni dans la base des fuseaux)</source>
        <translation>unknown time zone ‘%1’ (neither in the file nor in the time zone database)</translation>
    </message>
    <message>
        <source>%1 : %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>ligne illisible (libical : %1).</source>
        <translation>unreadable line (libical: %1).</translation>
    </message>
    <message>
        <source>valeur de %1 illisible (libical : %2).</source>
        <translation>unreadable %1 value (libical: %2).</translation>
    </message>
    <message>
        <source>événement sans UID : impossible de le mettre à jour plus tard sans doublon.</source>
        <translation>event without a UID: it cannot be updated later without a duplicate.</translation>
    </message>
    <message>
        <source>événement sans titre (SUMMARY).</source>
        <translation>event without a title (SUMMARY).</translation>
    </message>
    <message>
        <source>nombre de places invalide « %1 ».</source>
        <translation>invalid number of places ‘%1’.</translation>
    </message>
    <message>
        <source>Import iCalendar : %1</source>
        <translation>iCalendar import: %1</translation>
    </message>
    <message>
        <source>ni fin (DTEND) ni durée (DURATION) : une heure est retenue.</source>
        <translation>neither an end (DTEND) nor a duration (DURATION): one hour is assumed.</translation>
    </message>
    <message>
        <source>événement sans date de début (DTSTART).</source>
        <translation>event without a start date (DTSTART).</translation>
    </message>
    <message>
        <source>la fin de l&apos;événement est avant son début.</source>
        <translation>the end of the event is before its start.</translation>
    </message>
    <message>
        <source>règle de répétition (RRULE) illisible.</source>
        <translation>unreadable repeat rule (RRULE).</translation>
    </message>
    <message>
        <source>RDATE : %1.</source>
        <translation>RDATE: %1.</translation>
    </message>
    <message>
        <source>EXDATE : %1.</source>
        <translation>EXDATE: %1.</translation>
    </message>
    <message>
        <source>plus de %1 occurrences : seules les %1 premières sont importées.</source>
        <translation>more than %1 occurrences: only the first %1 are imported.</translation>
    </message>
    <message>
        <source>ce fichier n&apos;est pas un calendrier iCalendar : il doit commencer par BEGIN:VCALENDAR.</source>
        <translation>this file is not an iCalendar calendar: it must start with BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>calendrier illisible.</source>
        <translation>unreadable calendar.</translation>
    </message>
    <message>
        <source>structure du calendrier incohérente : %1 BEGIN:VEVENT pour %2 événements lus.</source>
        <translation>inconsistent calendar structure: %1 BEGIN:VEVENT for %2 events read.</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message numerus="yes">
        <source>Vous êtes toujours là ? Tout sera effacé dans %n seconde(s).</source>
        <translation>
            <numerusform>Are you still there? Everything will be cleared in %n second.</numerusform>
            <numerusform>Are you still there? Everything will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Pour protéger vos données, tout ce que vous avez saisi sera effacé dans</source>
        <translation>To protect your data, everything you have entered will be cleared in</translation>
    </message>
    <message numerus="yes">
        <source>%n seconde(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Je continue</source>
        <translation>Keep going</translation>
    </message>
    <message>
        <source>J&apos;ai terminé</source>
        <translation>I&apos;m done</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Colonne non reconnue</source>
        <translation>Unrecognised column</translation>
    </message>
    <message>
        <source>Ignorer cette colonne</source>
        <translation>Ignore this column</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type de structure</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>Adhérent</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Thématiques</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Pays partenaires</source>
        <translation>Partner countries</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type de projet</source>
        <translation>Type of project</translation>
    </message>
    <message>
        <source>Année de début</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>Année de fin</source>
        <translation>End year</translation>
    </message>
    <message>
        <source>Montant (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>acteurs</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>projets</source>
        <translation>projects</translation>
    </message>
</context>
<context>
    <name>ImportGeocoder</name>
    <message>
        <source>le code postal %1 n&apos;est pas dans le département de %2 (%3)</source>
        <translation>postcode %1 is not in the department of %2 (%3)</translation>
    </message>
    <message>
        <source>%1 est dans le département %2, pas dans le %3</source>
        <translation>%1 is in department %2, not in %3</translation>
    </message>
    <message>
        <source>code INSEE %1 inconnu dans les communes des Hauts-de-France</source>
        <translation>INSEE code %1 unknown among the towns of Hauts-de-France</translation>
    </message>
    <message>
        <source>commune ambiguë : %1 existe dans plusieurs départements (%2) ; ajoutez le code postal ou le département</source>
        <translation>ambiguous town: %1 exists in several departments (%2); add the postcode or the department</translation>
    </message>
    <message>
        <source>commune %1 introuvable parmi les communes des Hauts-de-France</source>
        <translation>town %1 not found among the towns of Hauts-de-France</translation>
    </message>
    <message>
        <source> (code postal %1 : %2)</source>
        <translation> (postcode %1: %2)</translation>
    </message>
    <message>
        <source>le code postal %1 n&apos;est pas dans les Hauts-de-France</source>
        <translation>postcode %1 is not in Hauts-de-France</translation>
    </message>
    <message>
        <source>le code postal %1 couvre plusieurs communes (%2) : indiquez la commune</source>
        <translation>postcode %1 covers several towns (%2): give the town</translation>
    </message>
    <message>
        <source>code postal %1 inconnu</source>
        <translation>unknown postcode %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>point-virgule</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>virgule</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>ligne %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>acteur n° %1</source>
        <translation>organisation no. %1</translation>
    </message>
    <message>
        <source>projet n° %1</source>
        <translation>project no. %1</translation>
    </message>
    <message>
        <source>Fichier : %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>séparateur %1</source>
        <translation>separator %1</translation>
    </message>
    <message>
        <source>Fichier refusé : %1</source>
        <translation>File refused: %1</translation>
    </message>
    <message>
        <source>Rien n&apos;a été écrit.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>Colonne non reconnue, ignorée : « %1 » (associez-la avec --map &quot;%1=CHAMP&quot;)</source>
        <translation>Unrecognised column, ignored: ‘%1’ (map it with --map &quot;%1=FIELD&quot;)</translation>
    </message>
    <message>
        <source>Attention : %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Ajoutés</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>À ajouter</source>
        <translation>To add</translation>
    </message>
    <message>
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>À mettre à jour</source>
        <translation>To update</translation>
    </message>
    <message>
        <source>Inchangés</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejetés</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>  %1, colonne « %2 » : %3</source>
        <translation>  %1, column ‘%2’: %3</translation>
    </message>
    <message>
        <source>Erreur de la base de données : %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>Aperçu seulement (--dry-run) : rien n&apos;a été écrit.</source>
        <translation>Preview only (--dry-run): nothing was written.</translation>
    </message>
    <message>
        <source>Import appliqué en une transaction, sans les lignes rejetées.</source>
        <translation>Import applied in one transaction, without the rejected rows.</translation>
    </message>
    <message>
        <source>Import appliqué en une transaction.</source>
        <translation>Import applied in one transaction.</translation>
    </message>
    <message>
        <source>Rien n&apos;a été écrit : corrigez les lignes rejetées et relancez l&apos;import, ou importez les autres lignes avec --skip-rejected.</source>
        <translation>Nothing was written: correct the rejected rows and run the import again, or import the other rows with --skip-rejected.</translation>
    </message>
    <message>
        <source>Rien à changer : la base est déjà à jour.</source>
        <translation>Nothing to change: the database is already up to date.</translation>
    </message>
    <message numerus="yes">
        <source>  (et %n autres lignes rejetées, non listées)</source>
        <translation>
            <numerusform>  (and %n other rejected row, not listed)</numerusform>
            <numerusform>  (and %n other rejected rows, not listed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acteur(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projet(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <comment>a line of the report: what, then how many</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>ligne %1 : un guillemet ouvert n&apos;est jamais fermé ; le reste du fichier ne peut pas être lu</source>
        <translation>line %1: a quotation mark is opened and never closed; the rest of the file cannot be read</translation>
    </message>
    <message>
        <source>Le fichier est vide : il n&apos;a pas de ligne d&apos;en-tête.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <source>La ligne d&apos;en-tête a %1 colonnes ; %2 au plus sont acceptées.</source>
        <translation>The header row has %1 columns; at most %2 are accepted.</translation>
    </message>
    <message>
        <source>La ligne d&apos;en-tête ouvre un guillemet qui n&apos;est jamais fermé.</source>
        <translation>The header row opens a quotation mark that is never closed.</translation>
    </message>
    <message>
        <source>La ligne d&apos;en-tête a une colonne de plus de 200 caractères : la première ligne doit donner les noms des colonnes.</source>
        <translation>The header row has a column longer than 200 characters: the first row must give the column names.</translation>
    </message>
    <message>
        <source>Ce fichier JSON n&apos;est pas un export de Lianes (champ « format » absent).</source>
        <translation>This JSON file is not a Lianes export (‘format’ field missing).</translation>
    </message>
    <message>
        <source>Le fichier JSON est illisible : %1 (position %2).</source>
        <translation>The JSON file is unreadable: %1 (position %2).</translation>
    </message>
    <message>
        <source>Cet export de Lianes ne contient ni acteurs ni projets.</source>
        <translation>This Lianes export contains neither organisations nor projects.</translation>
    </message>
    <message>
        <source>Le fichier est trop gros (%1 Mo) : %2 Mo au plus.</source>
        <translation>The file is too big (%1 MB): %2 MB at most.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;existe pas.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Le fichier %1 ne peut pas être lu : %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>colonne obligatoire absente : %1 (%2). Les en-têtes reconnus sont par exemple « Nom », « Raison sociale », « Titre », « Intitulé » ; sinon associez une colonne à ce champ.</source>
        <translation>required column missing: %1 (%2). Recognised headers are for example ‘Nom’, ‘Raison sociale’, ‘Titre’, ‘Intitulé’; otherwise map a column to this field.</translation>
    </message>
    <message>
        <source>les colonnes « %1 » et « %2 » désignent toutes deux le champ « %3 » : ignorez l&apos;une des deux.</source>
        <translation>the columns ‘%1’ and ‘%2’ both refer to the field ‘%3’: ignore one of them.</translation>
    </message>
    <message>
        <source>Import « %1 »</source>
        <translation>Import ‘%1’</translation>
    </message>
    <message>
        <source>le fichier a plus de %1 lignes de données : découpez-le en plusieurs fichiers.</source>
        <translation>the file has more than %1 data rows: split it into several files.</translation>
    </message>
    <message>
        <source>la ligne a %1 colonnes ; %2 au plus sont acceptées</source>
        <translation>the row has %1 columns; at most %2 are accepted</translation>
    </message>
    <message>
        <source>la ligne a %1 colonnes mais l&apos;en-tête en a %2 (séparateur en trop, guillemet manquant ou ligne coupée ?)</source>
        <translation>the row has %1 columns but the header has %2 (extra separator, missing quotation mark or broken line?)</translation>
    </message>
    <message>
        <source>plus de %1 caractères dans une cellule</source>
        <translation>more than %1 characters in a cell</translation>
    </message>
    <message>
        <source>la colonne %1 n&apos;a pas de titre : ses valeurs ne sont pas importées</source>
        <translation>column %1 has no title: its values are not imported</translation>
    </message>
    <message>
        <source>refusée par la base de données (%1)</source>
        <translation>refused by the database (%1)</translation>
    </message>
</context>
<context>
    <name>Lianes::ActorDetails</name>
    <message>
        <source>Membre du réseau Lianes coopération</source>
        <translation>Member of the Lianes coopération network</translation>
    </message>
    <message>
        <source>porteur</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>partenaire</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>en ligne</source>
        <translation>online</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
</context>
<context>
    <name>Lianes::ActorListModel</name>
    <message>
        <source>%1 acteurs au même endroit</source>
        <translation>%1 organisations at the same place</translation>
    </message>
    <message>
        <source>Dans la zone visible</source>
        <translation>In the visible area</translation>
    </message>
    <message>
        <source>Tous les acteurs</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Sans adresse</source>
        <translation>No address</translation>
    </message>
    <message numerus="yes">
        <source>%n acteur(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::AgendaModel</name>
    <message>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>Lianes::AgendaService</name>
    <message>
        <source>Pas de base de données sur cet appareil.</source>
        <translation>No database on this device.</translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé : corrigez le fichier puis recommencez.</source>
        <translation>Nothing was imported: correct the file and try again.</translation>
    </message>
    <message>
        <source>Agenda importé : %1, %2, %3.</source>
        <translation>Events imported: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n ajouté(s)</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retiré(s)</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::AppContext</name>
    <message>
        <source>Les données de démonstration n&apos;ont pas pu être chargées : %1</source>
        <translation>The demo data could not be loaded: %1</translation>
    </message>
    <message>
        <source>© IGN Admin Express, INSEE, Natural Earth, mledoze/countries (ODbL)</source>
        <translation>© IGN Admin Express, INSEE, Natural Earth, mledoze/countries (ODbL)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>Lianes::ChoroplethModel</name>
    <message>
        <source>acteurs</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>projets</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>Nombre d&apos;acteurs</source>
        <translation>Number of organisations</translation>
    </message>
    <message>
        <source>Nombre de projets</source>
        <translation>Number of projects</translation>
    </message>
    <message>
        <source>%1 acteurs sans pays partenaire</source>
        <translation>%1 organisations without a partner country</translation>
    </message>
    <message>
        <source>%1 acteur sans pays partenaire</source>
        <translation>%1 organisation without a partner country</translation>
    </message>
    <message>
        <source>%1 projets sans pays partenaire</source>
        <translation>%1 projects without a partner country</translation>
    </message>
    <message>
        <source>%1 projet sans pays partenaire</source>
        <translation>%1 project without a partner country</translation>
    </message>
    <message>
        <source>%1 acteurs sans département</source>
        <translation>%1 organisations without a department</translation>
    </message>
    <message>
        <source>%1 acteur sans département</source>
        <translation>%1 organisation without a department</translation>
    </message>
    <message>
        <source>%1 projets sans acteur situé</source>
        <translation>%1 projects without a located organisation</translation>
    </message>
    <message>
        <source>%1 projet sans acteur situé</source>
        <translation>%1 project without a located organisation</translation>
    </message>
</context>
<context>
    <name>Lianes::ClusterModel</name>
    <message>
        <source>%1 acteurs</source>
        <translation>%1 organisations</translation>
    </message>
</context>
<context>
    <name>Lianes::CoopLabStepModel</name>
    <message>
        <source>%1 % · %2 sur %3</source>
        <translation>%1% · %2 of %3</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>Lianes::CooperationProjectListModel</name>
    <message>
        <source>Projets : %1</source>
        <translation>Projects: %1</translation>
    </message>
    <message>
        <source>Projets des acteurs visibles</source>
        <translation>Projects of the visible organisations</translation>
    </message>
    <message>
        <source>Tous les projets</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>Projet mutualisé</source>
        <translation>Joint project</translation>
    </message>
    <message>
        <source>Lauréat RECITAL</source>
        <translation>RECITAL award winner</translation>
    </message>
    <message>
        <source>Tandem solidaire</source>
        <translation>Tandem Solidaire</translation>
    </message>
    <message>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message numerus="yes">
        <source>%n projet(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::CountryModel</name>
    <message numerus="yes">
        <source>%n projet(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::DataService</name>
    <message>
        <source> et </source>
        <translation> and </translation>
    </message>
    <message>
        <source>La base de données n&apos;est pas ouverte.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé : le fichier a changé ou des lignes sont rejetées. Vérifiez l&apos;aperçu.</source>
        <translation>Nothing was imported: the file has changed or some rows are rejected. Check the preview.</translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé : %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Enregistré : %1 (%2)</source>
        <translation>Saved: %1 (%2)</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord le dossier (la clé USB).</source>
        <translation>First choose the folder (the USB stick).</translation>
    </message>
    <message>
        <source>Sauvegarde complète enregistrée et vérifiée : %1 (%2)</source>
        <translation>Full backup saved and verified: %1 (%2)</translation>
    </message>
    <message>
        <source>Import appliqué : %1, %2, %3, %4.</source>
        <translation>Import applied: %1, %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n ajouté(s)</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inchangé(s)</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejeté(s)</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::EventDetails</name>
    <message>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
</context>
<context>
    <name>Lianes::EventListModel</name>
    <message>
        <source>Webinaire</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Réunion d&apos;information</source>
        <translation>Information meeting</translation>
    </message>
    <message>
        <source>Commission, groupe de travail</source>
        <translation>Committee, working group</translation>
    </message>
    <message>
        <source>Rencontre</source>
        <translation>Meet-up</translation>
    </message>
    <message>
        <source>Festival des Solidarités</source>
        <translation>Festival des Solidarités</translation>
    </message>
    <message>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>Lianes::FigureListModel</name>
    <message>
        <source>Autres</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Lianes::FilterModel</name>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Réseau</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Types d&apos;acteurs</source>
        <translation>Types of organisation</translation>
    </message>
    <message>
        <source>Thématiques</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Départements</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Acteurs</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Projets</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Membres du réseau seulement</source>
        <translation>Network members only</translation>
    </message>
</context>
<context>
    <name>Lianes::FinderController</name>
    <message>
        <source>Moins d&apos;un mois</source>
        <translation>Less than a month</translation>
    </message>
    <message>
        <source>1 à 6 mois</source>
        <translation>1 to 6 months</translation>
    </message>
    <message>
        <source>6 à 12 mois</source>
        <translation>6 to 12 months</translation>
    </message>
    <message>
        <source>Plus d&apos;un an</source>
        <translation>More than a year</translation>
    </message>
    <message>
        <source>Quel âge as-tu ?</source>
        <translation>How old are you?</translation>
    </message>
    <message>
        <source>Tu es…</source>
        <translation>You are…</translation>
    </message>
    <message>
        <source>Qu&apos;est-ce que tu veux faire ?</source>
        <translation>What do you want to do?</translation>
    </message>
    <message>
        <source>Où veux-tu partir ?</source>
        <translation>Where do you want to go?</translation>
    </message>
    <message>
        <source>Combien de temps ?</source>
        <translation>For how long?</translation>
    </message>
    <message>
        <source>Seul·e ou en groupe ?</source>
        <translation>Alone or in a group?</translation>
    </message>
    <message>
        <source>Ce qui peut te convenir</source>
        <translation>What could suit you</translation>
    </message>
    <message>
        <source>En Europe</source>
        <translation>In Europe</translation>
    </message>
    <message>
        <source>Hors d&apos;Europe</source>
        <translation>Outside Europe</translation>
    </message>
    <message>
        <source>Peu importe</source>
        <translation>Doesn&apos;t matter</translation>
    </message>
    <message>
        <source>Seul·e</source>
        <translation>Alone</translation>
    </message>
    <message>
        <source>En groupe</source>
        <translation>In a group</translation>
    </message>
    <message>
        <source>Les deux me vont</source>
        <translation>Either is fine</translation>
    </message>
    <message>
        <source>%1 ans</source>
        <translation>%1 years old</translation>
    </message>
    <message>
        <source>partout</source>
        <translation>anywhere</translation>
    </message>
    <message>
        <source>seul·e ou en groupe</source>
        <translation>alone or in a group</translation>
    </message>
    <message>
        <source>en groupe</source>
        <translation>in a group</translation>
    </message>
    <message>
        <source>seul·e</source>
        <translation>alone</translation>
    </message>
</context>
<context>
    <name>Lianes::FinderResultModel</name>
    <message>
        <source>Presque : un seul critère ne va pas</source>
        <translation>Almost: only one criterion does not fit</translation>
    </message>
    <message>
        <source>Ce qui vous correspond</source>
        <translation>What suits you</translation>
    </message>
</context>
<context>
    <name>Lianes::HelperActorModel</name>
    <message>
        <source>adresse non connue</source>
        <translation>address not known</translation>
    </message>
    <message>
        <source>moins d&apos;1 km</source>
        <translation>less than 1 km</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>Lianes::ImportPreviewModel</name>
    <message>
        <source>À ajouter</source>
        <translation>To add</translation>
    </message>
    <message>
        <source>À mettre à jour</source>
        <translation>To update</translation>
    </message>
    <message>
        <source>Inchangé</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejetée</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>Lianes::MapService</name>
    <message>
        <source>Autour de %1</source>
        <translation>Around %1</translation>
    </message>
    <message>
        <source>Autour de vous</source>
        <translation>Around you</translation>
    </message>
    <message numerus="yes">
        <source>%n acteur(s) sans adresse connue ne sont pas sur la carte.</source>
        <translation>
            <numerusform>%n organisation with no known address is not on the map.</numerusform>
            <numerusform>%n organisations with no known address are not on the map.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::MeetingListModel</name>
    <message>
        <source>Base de données indisponible.</source>
        <translation>Database unavailable.</translation>
    </message>
    <message>
        <source>La date s&apos;écrit JJ/MM/AAAA, par exemple 07/01/2020.</source>
        <translation>Write the date as DD/MM/YYYY, e.g. 07/01/2020.</translation>
    </message>
    <message>
        <source>L&apos;heure s&apos;écrit HH:MM, par exemple 14:30.</source>
        <translation>Write the time as HH:MM, e.g. 14:30.</translation>
    </message>
    <message>
        <source>La durée est un nombre d&apos;heures, par exemple 1,5.</source>
        <translation>The duration is a number of hours, e.g. 1.5.</translation>
    </message>
    <message>
        <source>Le nombre de participants est un nombre entier.</source>
        <translation>The number of participants is a whole number.</translation>
    </message>
    <message>
        <source>Cette réunion n&apos;existe plus.</source>
        <translation>This meeting no longer exists.</translation>
    </message>
    <message>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>%Ln heure(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 heure(s)</source>
        <comment>hours with a decimal</comment>
        <translation>
            <numerusform>%1 hours</numerusform>
            <numerusform>%1 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln réunion(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::MobilityService</name>
    <message>
        <source>%1 programmes · catalogue importé, mis à jour le %2</source>
        <translation>%1 programmes · imported catalogue, updated on %2</translation>
    </message>
    <message>
        <source>%1 programmes · mis à jour le %2</source>
        <translation>%1 programmes · updated on %2</translation>
    </message>
    <message>
        <source>L&apos;import du catalogue se fait sur une tablette de l&apos;équipe, pas sur la borne.</source>
        <translation>The catalogue is imported on a staff tablet, not on the kiosk.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être ouvert.</source>
        <translation>The file could not be opened.</translation>
    </message>
    <message>
        <source>Fichier refusé, le catalogue n&apos;a pas changé :
%1</source>
        <translation>File refused, the catalogue has not changed:
%1</translation>
    </message>
    <message>
        <source>Données indisponibles.</source>
        <translation>Data unavailable.</translation>
    </message>
    <message>
        <source>Commune inconnue dans les Hauts-de-France : « %1 ».</source>
        <translation>Unknown town in Hauts-de-France: ‘%1’.</translation>
    </message>
</context>
<context>
    <name>Lianes::ObservatoryService</name>
    <message>
        <source>L&apos;image n&apos;a pas pu être enregistrée.</source>
        <translation>The image could not be saved.</translation>
    </message>
    <message>
        <source>Image enregistrée : %1</source>
        <translation>Image saved: %1</translation>
    </message>
    <message>
        <source>Le rapport PDF n&apos;a pas pu être enregistré.</source>
        <translation>The PDF report could not be saved.</translation>
    </message>
    <message>
        <source>Rapport PDF enregistré : %1</source>
        <translation>PDF report saved: %1</translation>
    </message>
    <message>
        <source>Observatoire de Lianes coopération</source>
        <translation>Lianes coopération Observatory</translation>
    </message>
    <message>
        <source>%1 · chiffres calculés le %2 à partir des données de l&apos;application</source>
        <translation>%1 · figures calculated on %2 from the application&apos;s data</translation>
    </message>
    <message>
        <source>Toutes les années</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Année %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Acteurs</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Adhérents</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Projets</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Réunions</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Acteurs par type</source>
        <translation>Organisations by type</translation>
    </message>
    <message>
        <source>Type d&apos;acteur</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>Acteurs par famille</source>
        <translation>Organisations by family</translation>
    </message>
    <message>
        <source>Famille</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Acteurs par département</source>
        <translation>Organisations by department</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Projets par thématique</source>
        <translation>Projects by theme</translation>
    </message>
    <message>
        <source>Thématique</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Projets par pays partenaire</source>
        <translation>Projects by partner country</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Projets par dispositif</source>
        <translation>Projects by funding scheme</translation>
    </message>
    <message>
        <source>Dispositif</source>
        <translation>Funding scheme</translation>
    </message>
    <message>
        <source>Montant (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Réunions par mois</source>
        <translation>Meetings by month</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Réunions par lieu</source>
        <translation>Meetings by place</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Réunions par membre de l&apos;équipe</source>
        <translation>Meetings by staff member</translation>
    </message>
    <message>
        <source>Membre de l&apos;équipe</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Les réunions les plus suivies</source>
        <translation>Best-attended meetings</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Formations organisées</source>
        <translation>Training sessions held</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Inscriptions par événement</source>
        <translation>Registrations by event</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Inscrits</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Liste d&apos;attente</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Annulés</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Présents</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>L&apos;annuaire tel qu&apos;il est aujourd&apos;hui (les acteurs ne sont pas datés) ; %1 sans département, comptés à part.</source>
        <translation>The directory as it is today (organisations are not dated); %1 without a department, counted separately.</translation>
    </message>
    <message>
        <source>Formations dont la participation est enregistrée : %1, %2 participants.</source>
        <translation>Training sessions with recorded attendance: %1, %2 participants.</translation>
    </message>
    <message>
        <source>%1 projets de la période sans pays partenaire.</source>
        <translation>%1 projects in the period without a partner country.</translation>
    </message>
    <message>
        <source>%1 projet de la période sans pays partenaire.</source>
        <translation>%1 project in the period without a partner country.</translation>
    </message>
    <message>
        <source>Inscrits : %1 ; liste d&apos;attente : %2 ; annulés : %3 ; présents : %4.</source>
        <translation>Registered: %1; waiting list: %2; cancelled: %3; attended: %4.</translation>
    </message>
    <message>
        <source>acteur</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>acteurs</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>adhérent</source>
        <translation>member</translation>
    </message>
    <message>
        <source>adhérents</source>
        <translation>members</translation>
    </message>
    <message>
        <source>projet</source>
        <translation>project</translation>
    </message>
    <message>
        <source>projets</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>réunion</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>réunions</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>participant aux réunions</source>
        <translation>meeting participant</translation>
    </message>
    <message>
        <source>participants aux réunions</source>
        <translation>meeting participants</translation>
    </message>
    <message>
        <source>heure de réunion</source>
        <translation>meeting hour</translation>
    </message>
    <message>
        <source>heures de réunion</source>
        <translation>meeting hours</translation>
    </message>
    <message>
        <source>formation</source>
        <translation>training session</translation>
    </message>
    <message>
        <source>formations</source>
        <translation>training sessions</translation>
    </message>
    <message>
        <source>participant aux formations</source>
        <translation>training participant</translation>
    </message>
    <message>
        <source>participants aux formations</source>
        <translation>training participants</translation>
    </message>
    <message>
        <source>département couvert</source>
        <translation>department covered</translation>
    </message>
    <message>
        <source>départements couverts</source>
        <translation>departments covered</translation>
    </message>
    <message>
        <source>pays partenaire</source>
        <translation>partner country</translation>
    </message>
    <message>
        <source>pays partenaires</source>
        <translation>partner countries</translation>
    </message>
    <message>
        <source>événement à venir</source>
        <translation>upcoming event</translation>
    </message>
    <message>
        <source>événements à venir</source>
        <translation>upcoming events</translation>
    </message>
</context>
<context>
    <name>Lianes::ProgrammeListModel</name>
    <message>
        <source>à vérifier</source>
        <translation>to be checked</translation>
    </message>
    <message>
        <source>Seul·e ou en groupe</source>
        <translation>Alone or in a group</translation>
    </message>
    <message>
        <source>En groupe</source>
        <translation>In a group</translation>
    </message>
    <message>
        <source>Seul·e</source>
        <translation>Alone</translation>
    </message>
    <message>
        <source>vérifié le %1</source>
        <translation>checked on %1</translation>
    </message>
</context>
<context>
    <name>Lianes::ProjectDetails</name>
    <message>
        <source>Porteur</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>Lianes::ProjectListModel</name>
    <message>
        <source>%1 % fait</source>
        <translation>%1% done</translation>
    </message>
</context>
<context>
    <name>Lianes::RegistrationForm</name>
    <message>
        <source>Les inscriptions ne sont pas disponibles sur cet appareil.</source>
        <translation>Registration is not available on this device.</translation>
    </message>
    <message>
        <source>L&apos;inscription n&apos;a pas pu être enregistrée. Réessayez dans un instant ; si cela persiste, adressez-vous à l&apos;équipe.</source>
        <translation>Your registration could not be saved. Try again in a moment; if it keeps happening, ask the staff.</translation>
    </message>
    <message>
        <source>Votre inscription est confirmée.</source>
        <translation>Your registration is confirmed.</translation>
    </message>
</context>
<context>
    <name>Lianes::RegistrationListModel</name>
    <message>
        <source>Présent·e</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Confirmé·e</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>En attente (%1)</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <source>Annulé·e</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>accord parental</source>
        <translation>parental consent</translation>
    </message>
    <message>
        <source>inscrit·e le %1</source>
        <translation>registered on %1</translation>
    </message>
</context>
<context>
    <name>Lianes::SearchResultsModel</name>
    <message>
        <source>Communes</source>
        <translation>Towns</translation>
    </message>
    <message>
        <source>Acteurs</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Projets</source>
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>Lianes::StaffArea</name>
    <message>
        <source>Base de données indisponible.</source>
        <translation>Database unavailable.</translation>
    </message>
    <message>
        <source>Aucun code n&apos;est encore défini.</source>
        <translation>No code has been set yet.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Too many attempts: try again in %n second.</numerusform>
            <numerusform>Too many attempts: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code incorrect. Encore %n essai(s) avant blocage.</source>
        <translation>
            <numerusform>Wrong code. %n attempt left before lock-out.</numerusform>
            <numerusform>Wrong code. %n attempts left before lock-out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Déverrouillez l&apos;espace équipe pour changer le code.</source>
        <translation>Unlock the staff area to change the code.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas identiques.</source>
        <translation>The two codes do not match.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Lianes coopération</source>
        <translation>Lianes coopération</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Légende</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Plusieurs acteurs : touchez pour zoomer</source>
        <translation>Several organisations: tap to zoom in</translation>
    </message>
</context>
<context>
    <name>MeetingFigures</name>
    <message>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Lieu non précisé</source>
        <translation>Place not specified</translation>
    </message>
    <message>
        <source>Non attribué</source>
        <translation>Not assigned</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>Le sujet est obligatoire.</source>
        <translation>The subject is required.</translation>
    </message>
    <message>
        <source>Le sujet dépasse 200 caractères.</source>
        <translation>The subject is longer than 200 characters.</translation>
    </message>
    <message>
        <source>La date et l&apos;heure sont obligatoires.</source>
        <translation>The date and time are required.</translation>
    </message>
    <message>
        <source>La durée va de 0 à 200 heures.</source>
        <translation>The duration is from 0 to 200 hours.</translation>
    </message>
    <message>
        <source>Le nombre de participants est invalide.</source>
        <translation>The number of participants is invalid.</translation>
    </message>
    <message>
        <source>Les notes dépassent 5 000 caractères.</source>
        <translation>The notes are longer than 5,000 characters.</translation>
    </message>
</context>
<context>
    <name>MobilityHelp</name>
    <message>
        <source>Les plus proches de %1</source>
        <translation>Nearest to %1</translation>
    </message>
    <message>
        <source>Près de quelle ville ?</source>
        <translation>Near which town?</translation>
    </message>
    <message>
        <source>Autre commune</source>
        <translation>Another town</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Prochaines formations et webinaires mobilité</source>
        <translation>Upcoming mobility training and webinars</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>MobilityCatalogue</name>
    <message>
        <source>Chercher un programme (ex. Allemagne, stage, bourse)</source>
        <translation>Search for a programme (e.g. Germany, internship, grant)</translation>
    </message>
    <message>
        <source>Chercher un programme</source>
        <translation>Search for a programme</translation>
    </message>
    <message>
        <source>Masquer les filtres</source>
        <translation>Hide filters</translation>
    </message>
    <message>
        <source>Filtres</source>
        <translation>Filters</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Volontariat</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <source>Échange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Études</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Travail</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Projet solidaire</source>
        <translation>Solidarity project</translation>
    </message>
    <message>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>En Europe</source>
        <translation>In Europe</translation>
    </message>
    <message>
        <source>Hors d&apos;Europe</source>
        <translation>Outside Europe</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>&lt; 1 mois</source>
        <translation>&lt; 1 month</translation>
    </message>
    <message>
        <source>1–6 mois</source>
        <translation>1–6 months</translation>
    </message>
    <message>
        <source>6–12 mois</source>
        <translation>6–12 months</translation>
    </message>
    <message>
        <source>&gt; 1 an</source>
        <translation>&gt; 1 year</translation>
    </message>
    <message>
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>15 ans</source>
        <translation>Age 15</translation>
    </message>
    <message>
        <source>18 ans</source>
        <translation>Age 18</translation>
    </message>
    <message>
        <source>22 ans</source>
        <translation>Age 22</translation>
    </message>
    <message>
        <source>26 ans</source>
        <translation>Age 26</translation>
    </message>
    <message>
        <source>30 ans</source>
        <translation>Age 30</translation>
    </message>
    <message>
        <source>Aucun programme ne correspond à ces filtres.</source>
        <translation>No programme matches these filters.</translation>
    </message>
    <message>
        <source>sources : les pages officielles des programmes</source>
        <translation>sources: the programmes&apos; official pages</translation>
    </message>
</context>
<context>
    <name>MobilityFinder</name>
    <message>
        <source>Question %1 sur %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>‹ Retour</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Pour toi : %1</source>
        <translation>For you: %1</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>✓ Gardé</source>
        <translation>✓ Kept</translation>
    </message>
    <message>
        <source>Garder</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Retirer %1 de ma sélection</source>
        <translation>Remove %1 from my selection</translation>
    </message>
    <message>
        <source>Garder %1 dans ma sélection</source>
        <translation>Keep %1 in my selection</translation>
    </message>
    <message numerus="yes">
        <source>Scanne pour emporter ta sélection (%n lien(s))</source>
        <translation>
            <numerusform>Scan to take your selection with you (%n link)</numerusform>
            <numerusform>Scan to take your selection with you (%n links)</numerusform>
        </translation>
    </message>
    <message>
        <source>Touche « Garder » sur les programmes qui t&apos;intéressent : leurs liens s&apos;affichent ici en QR code.</source>
        <translation>Tap ‘Keep’ on the programmes you like: their links appear here as a QR code.</translation>
    </message>
    <message>
        <source>QR code des liens de ta sélection</source>
        <translation>QR code of the links in your selection</translation>
    </message>
</context>
<context>
    <name>MobilityPage</name>
    <message>
        <source>Partir à l&apos;international</source>
        <translation>Go abroad</translation>
    </message>
    <message>
        <source>Volontariat, échanges, études, stages : les dispositifs pour les 16–30 ans et le parcours Coop Lab pour monter ton projet.</source>
        <translation>Volunteering, exchanges, study, internships: schemes for 16–30-year-olds, and the Coop Lab pathway to help you build your own project.</translation>
    </message>
    <message>
        <source>Chantier solidaire au Bénin</source>
        <translation>Solidarity work camp in Benin</translation>
    </message>
    <message>
        <source>Trouver ma mobilité</source>
        <translation>Find my mobility</translation>
    </message>
    <message>
        <source>Tous les programmes</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>Mon projet</source>
        <translation>My project</translation>
    </message>
    <message>
        <source>Qui peut m&apos;aider ?</source>
        <translation>Who can help me?</translation>
    </message>
    <message>
        <source>Ma mobilité</source>
        <translation>My mobility</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Qui m&apos;aide ?</source>
        <translation>Who helps?</translation>
    </message>
</context>
<context>
    <name>MobilityProject</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>+ Nouveau projet</source>
        <translation>+ New project</translation>
    </message>
    <message>
        <source>Sur la borne, rien n&apos;est enregistré : ton projet s&apos;efface quand tu pars.</source>
        <translation>Nothing is saved on the kiosk: your project is cleared when you leave.</translation>
    </message>
    <message>
        <source>Avancement : %1</source>
        <translation>Progress: %1</translation>
    </message>
    <message>
        <source>Résumé PDF</source>
        <translation>PDF summary</translation>
    </message>
    <message>
        <source>Résumé enregistré : %1</source>
        <translation>Summary saved: %1</translation>
    </message>
    <message>
        <source>Le résumé n&apos;a pas pu être enregistré.</source>
        <translation>The summary could not be saved.</translation>
    </message>
    <message>
        <source>%1. %2 %</source>
        <translation>%1. %2%</translation>
    </message>
    <message>
        <source>Étape %1, %2 % fait</source>
        <translation>Step %1, %2% done</translation>
    </message>
    <message>
        <source>Étape %1 : %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>Conseils</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Programmes à regarder : %1</source>
        <translation>Programmes to look at: %1</translation>
    </message>
    <message>
        <source>Formations et webinaires mobilité</source>
        <translation>Mobility training and webinars</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Qui peut t&apos;accompagner : voir « Qui peut m&apos;aider ? » (%n structure(s))</source>
        <translation>
            <numerusform>Who can support you: see ‘Who can help me?’ (%n organisation)</numerusform>
            <numerusform>Who can support you: see ‘Who can help me?’ (%n organisations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MobilityVocabulary</name>
    <message>
        <source>jours</source>
        <translation>days</translation>
    </message>
    <message>
        <source>jour</source>
        <translation>day</translation>
    </message>
    <message>
        <source>semaines</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>semaine</source>
        <translation>week</translation>
    </message>
    <message>
        <source>Volontariat</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <source>Échange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Études</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Travail</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Projet solidaire</source>
        <translation>Solidarity project</translation>
    </message>
    <message>
        <source>En France</source>
        <translation>In France</translation>
    </message>
    <message>
        <source>En Europe</source>
        <translation>In Europe</translation>
    </message>
    <message>
        <source>Hors d&apos;Europe</source>
        <translation>Outside Europe</translation>
    </message>
    <message>
        <source>en France</source>
        <translation>in France</translation>
    </message>
    <message>
        <source>en Europe</source>
        <translation>in Europe</translation>
    </message>
    <message>
        <source>hors d&apos;Europe</source>
        <translation>outside Europe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Lycéen·ne</source>
        <translation>Secondary school student</translation>
    </message>
    <message>
        <source>Étudiant·e</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Apprenti·e</source>
        <translation>Apprentice</translation>
    </message>
    <message>
        <source>En emploi</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>En recherche d&apos;emploi</source>
        <translation>Looking for work</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>lycéen·nes</source>
        <translation>secondary school students</translation>
    </message>
    <message>
        <source>étudiant·es</source>
        <translation>students</translation>
    </message>
    <message>
        <source>apprenti·es</source>
        <translation>apprentices</translation>
    </message>
    <message>
        <source>personnes en emploi</source>
        <translation>people in work</translation>
    </message>
    <message>
        <source>personnes en recherche d&apos;emploi</source>
        <translation>job seekers</translation>
    </message>
    <message>
        <source>autres profils</source>
        <translation>other profiles</translation>
    </message>
    <message>
        <source>%1 à %2 %3</source>
        <translation>%1 to %2 %3</translation>
    </message>
    <message>
        <source>au moins %1 %2</source>
        <translation>at least %1 %2</translation>
    </message>
    <message>
        <source>au plus %1 %2</source>
        <translation>up to %1 %2</translation>
    </message>
    <message>
        <source>%1–%2 ans</source>
        <translation>%1 to %2 years old</translation>
    </message>
    <message>
        <source>dès %1 ans</source>
        <translation>%1 and over</translation>
    </message>
    <message>
        <source>jusqu&apos;à %1 ans</source>
        <translation>up to %1 years old</translation>
    </message>
    <message>
        <source>mois</source>
        <comment>pluriel</comment>
        <translation>months</translation>
    </message>
    <message>
        <source>mois</source>
        <comment>singulier</comment>
        <translation>month</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Mobilité</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Affichage et langue</source>
        <translation>Display and language</translation>
    </message>
</context>
<context>
    <name>ObservatoryPage</name>
    <message>
        <source>‹ Équipe</source>
        <translation>‹ Staff</translation>
    </message>
    <message>
        <source>Retour à l&apos;espace équipe</source>
        <translation>Back to the staff area</translation>
    </message>
    <message>
        <source>Observatoire</source>
        <translation>Observatory</translation>
    </message>
    <message>
        <source>Les chiffres du réseau, calculés à partir des données de cet appareil</source>
        <translation>The network&apos;s figures, calculated from the data on this device</translation>
    </message>
    <message>
        <source>Année précédente</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <source>Année suivante</source>
        <translation>Next year</translation>
    </message>
    <message>
        <source>Toutes les années</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Image PNG</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>Enregistrer le tableau de bord en image PNG</source>
        <translation>Save the dashboard as a PNG image</translation>
    </message>
    <message>
        <source>Rapport PDF</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>Enregistrer le rapport PDF de l&apos;observatoire</source>
        <translation>Save the observatory&apos;s PDF report</translation>
    </message>
    <message>
        <source>Acteurs</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Projets</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Réunions</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Formations et inscriptions</source>
        <translation>Training and registrations</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Par département</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>acteurs</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>Carte des pays partenaires</source>
        <translation>Map of partner countries</translation>
    </message>
    <message>
        <source>projets</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>réunions</source>
        <translation>meetings</translation>
    </message>
</context>
<context>
    <name>PageRunner</name>
    <message>
        <source>--fill : aucun champ nommé « %1 »</source>
        <translation>--fill: no field named “%1”</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>toutes les années</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Choisissez le code de l&apos;équipe (6 à 12 chiffres)</source>
        <translation>Choose the staff code (6 to 12 digits)</translation>
    </message>
    <message>
        <source>Tapez le code une seconde fois</source>
        <translation>Type the code a second time</translation>
    </message>
    <message>
        <source>Code de l&apos;équipe</source>
        <translation>Staff code</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) saisi(s)</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Too many attempts: try again in %n second.</numerusform>
            <numerusform>Too many attempts: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PinStore</name>
    <message>
        <source>Le code ne contient que des chiffres.</source>
        <translation>The code contains only digits.</translation>
    </message>
    <message>
        <source>Le code a de %1 à %2 chiffres.</source>
        <translation>The code has %1 to %2 digits.</translation>
    </message>
    <message>
        <source>Ce code est trop facile à deviner.</source>
        <translation>This code is too easy to guess.</translation>
    </message>
</context>
<context>
    <name>PlaceMap</name>
    <message>
        <source>Carte : %1</source>
        <translation>Map: %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeCard</name>
    <message>
        <source>à vérifier</source>
        <translation>to be checked</translation>
    </message>
    <message>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Seul·e ou en groupe</source>
        <translation>Alone or in a group</translation>
    </message>
    <message>
        <source>Coût, indemnité</source>
        <translation>Cost, allowance</translation>
    </message>
    <message>
        <source>Qui le gère</source>
        <translation>Run by</translation>
    </message>
    <message>
        <source>Qui accompagne ici</source>
        <translation>Support here</translation>
    </message>
    <message>
        <source>Candidater</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Source : %1 (%2)</source>
        <translation>Source: %1 (%2)</translation>
    </message>
    <message>
        <source>Source : à vérifier</source>
        <translation>Source: to be checked</translation>
    </message>
</context>
<context>
    <name>ProgrammeCatalogue</name>
    <message>
        <source>ligne %1 : %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectImport</name>
    <message>
        <source>plusieurs acteurs s&apos;appellent %1 : donnez son identifiant</source>
        <translation>several organisations are called %1: give its identifier</translation>
    </message>
    <message>
        <source>acteur %1 introuvable : importez-le d&apos;abord, ou donnez son identifiant</source>
        <translation>organisation %1 not found: import it first, or give its identifier</translation>
    </message>
    <message>
        <source>le titre est vide</source>
        <translation>the title is empty</translation>
    </message>
    <message>
        <source>année %1 illisible (par exemple 2021)</source>
        <translation>unreadable year %1 (for example 2021)</translation>
    </message>
    <message>
        <source>l&apos;année de fin (%1) précède l&apos;année de début (%2)</source>
        <translation>the end year (%1) is before the start year (%2)</translation>
    </message>
    <message>
        <source>montant %1 illisible (par exemple 12 500,50)</source>
        <translation>unreadable amount %1 (for example 12 500,50)</translation>
    </message>
    <message>
        <source>plusieurs projets existants s&apos;intitulent %1 : ajoutez une colonne Identifiant pour dire lequel</source>
        <translation>several existing projects are called %1: add an Identifier column to say which one</translation>
    </message>
    <message>
        <source>même identifiant qu&apos;à la ligne %1</source>
        <translation>same identifier as on line %1</translation>
    </message>
    <message>
        <source>même projet qu&apos;à la ligne %1</source>
        <translation>same project as on line %1</translation>
    </message>
    <message>
        <source>l&apos;année de fin (%1) précèderait l&apos;année de début (%2)</source>
        <translation>the end year (%1) would be before the start year (%2)</translation>
    </message>
    <message>
        <source>modifié : %1</source>
        <translation>changed: %1</translation>
    </message>
</context>
<context>
    <name>ProjectList</name>
    <message>
        <source>Aucun projet ici avec ces filtres.</source>
        <translation>No projects here with these filters.</translation>
    </message>
</context>
<context>
    <name>ProjectSheet</name>
    <message>
        <source>Thématiques</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Acteurs du projet</source>
        <translation>Project organisations</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>Mon projet %1</source>
        <translation>My project %1</translation>
    </message>
</context>
<context>
    <name>ProjectSummary</name>
    <message>
        <source>Parcours Coop Lab de Lianes coopération · résumé du %1 · avancement : %2 % (%3 sur %4)</source>
        <translation>Lianes coopération Coop Lab pathway · summary of %1 · progress: %2% (%3 of %4)</translation>
    </message>
    <message>
        <source>Étape %1 : %2 (%3 sur %4)</source>
        <translation>Step %1: %2 (%3 of %4)</translation>
    </message>
    <message>
        <source>[fait]</source>
        <translation>[done]</translation>
    </message>
    <message>
        <source>[à faire]</source>
        <translation>[to do]</translation>
    </message>
    <message>
        <source>Programmes à regarder : %1</source>
        <translation>Programmes to look at: %1</translation>
    </message>
    <message>
        <source>Les faits sur les programmes viennent de leurs pages officielles ; vérifie-les avant de candidater.</source>
        <translation>The facts about the programmes come from their official pages; check them before applying.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Impossible de créer le dossier des données %1.</source>
        <translation>Unable to create the data directory %1.</translation>
    </message>
    <message>
        <source>La base de données %1 vient d&apos;une version plus récente de Lianes (schéma %2, cette version connaît le schéma %3). Elle n&apos;a pas été modifiée : mettez l&apos;application à jour pour l&apos;ouvrir.</source>
        <translation>The database %1 comes from a newer version of Lianes (schema %2; this version supports schema %3). It has not been modified: update the application to open it.</translation>
    </message>
    <message>
        <source>La base de données %1 est endommagée et n&apos;a pas pu être mise de côté.</source>
        <translation>The database %1 is damaged and could not be moved aside.</translation>
    </message>
    <message>
        <source>La base de données était endommagée. Elle a été mise de côté sous %1 (rien n&apos;a été effacé) et une base neuve a été créée.</source>
        <translation>The database was damaged. It has been moved aside to %1 (nothing has been deleted) and a new database has been created.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base de données %1 : %2</source>
        <translation>Unable to open the database %1: %2</translation>
    </message>
    <message>
        <source>La mise à jour de la base de données %1 a échoué : %2</source>
        <translation>Updating the database %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>Registrar</name>
    <message>
        <source>Cet événement n&apos;existe plus dans l&apos;agenda.</source>
        <translation>This event is no longer in the calendar.</translation>
    </message>
    <message>
        <source>Cet événement a déjà commencé ou est passé : les inscriptions sont fermées.</source>
        <translation>This event has already started or is over: registration is closed.</translation>
    </message>
    <message>
        <source>Les inscriptions ouvriront le %1.</source>
        <translation>Registration opens on %1.</translation>
    </message>
    <message>
        <source>Les inscriptions sont closes depuis le %1.</source>
        <translation>Registration closed on %1.</translation>
    </message>
    <message>
        <source>Vérifiez les champs signalés en rouge.</source>
        <translation>Check the fields marked in red.</translation>
    </message>
    <message>
        <source>Vous êtes déjà inscrit·e sur la liste d&apos;attente de cet événement, en position %1.</source>
        <translation>You are already on the waiting list for this event, in position %1.</translation>
    </message>
    <message>
        <source>Vous êtes déjà inscrit·e à cet événement : votre place est confirmée.</source>
        <translation>You are already registered for this event: your place is confirmed.</translation>
    </message>
    <message>
        <source>Votre inscription est confirmée.</source>
        <translation>Your registration is confirmed.</translation>
    </message>
    <message>
        <source>L&apos;événement est complet : vous êtes sur la liste d&apos;attente, en position %1. Si une place se libère, elle vous revient automatiquement.</source>
        <translation>The event is full: you are on the waiting list, in position %1. If a place becomes free, it is yours automatically.</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy &apos;à&apos; HH&apos;h&apos;mm</source>
        <comment>format de date</comment>
        <translation>dddd d MMMM yyyy &apos;at&apos; HH:mm</translation>
    </message>
</context>
<context>
    <name>RegistrationList</name>
    <message>
        <source>Présent·e</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Confirmé·e</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Liste d&apos;attente</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Annulé·e</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Position en attente</source>
        <translation>Waiting list position</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type de structure</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Tranche d&apos;âge</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Accord parental</source>
        <translation>Parental consent</translation>
    </message>
    <message>
        <source>Lettre d&apos;information</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Inscrit·e le</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Présent·e à</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <source>Annulé·e le</source>
        <translation>Cancelled on</translation>
    </message>
    <message>
        <source>Consentement (version)</source>
        <translation>Consent (version)</translation>
    </message>
    <message>
        <source>Consentement (date)</source>
        <translation>Consent (date)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Inscription : %1</source>
        <translation>Registration: %1</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>prenom.nom@exemple.fr</source>
        <translation>first.last@example.com</translation>
    </message>
    <message>
        <source>Code postal ou commune (facultatif)</source>
        <translation>Postcode or town (optional)</translation>
    </message>
    <message>
        <source>ex. 80000 ou Amiens</source>
        <translation>e.g. 80000 or Amiens</translation>
    </message>
    <message>
        <source>Structure (facultatif) : association, collectivité, école…</source>
        <translation>Organisation (optional): association, local authority, school…</translation>
    </message>
    <message>
        <source>Vous venez…</source>
        <translation>You come from…</translation>
    </message>
    <message>
        <source>À titre personnel</source>
        <translation>No organisation</translation>
    </message>
    <message>
        <source>Vous venez</source>
        <translation>You come from</translation>
    </message>
    <message>
        <source>Votre âge</source>
        <translation>Your age</translation>
    </message>
    <message>
        <source>Moins de 15 ans : un de mes parents (ou la personne qui a l&apos;autorité parentale) est d&apos;accord pour cette inscription.</source>
        <translation>Under 15: one of my parents (or the person with parental authority) agrees to this registration.</translation>
    </message>
    <message>
        <source>← Retour</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Envoyer mon inscription</source>
        <translation>Send my registration</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>RegistrationRules</name>
    <message>
        <source>Trop long : %1 caractères au plus (ici %2).</source>
        <translation>Too long: %1 characters at most (here %2).</translation>
    </message>
    <message>
        <source>Ce champ contient des caractères qui ne s&apos;écrivent pas (retour à la ligne, tabulation…).</source>
        <translation>This field contains characters that cannot be written (line break, tab…).</translation>
    </message>
    <message>
        <source>Moins de 15 ans</source>
        <translation>Under 15</translation>
    </message>
    <message>
        <source>15 à 17 ans</source>
        <translation>15 to 17</translation>
    </message>
    <message>
        <source>18 à 30 ans</source>
        <translation>18 to 30</translation>
    </message>
    <message>
        <source>31 ans et plus</source>
        <translation>31 and over</translation>
    </message>
    <message>
        <source>Indiquez votre prénom.</source>
        <translation>Enter your first name.</translation>
    </message>
    <message>
        <source>Indiquez votre nom.</source>
        <translation>Enter your last name.</translation>
    </message>
    <message>
        <source>Indiquez votre adresse e-mail.</source>
        <translation>Enter your email address.</translation>
    </message>
    <message>
        <source>Adresse e-mail invalide : il faut un @ et un nom de domaine, par exemple prenom.nom@exemple.fr.</source>
        <translation>Invalid email address: it needs an @ and a domain name, e.g. first.last@example.com.</translation>
    </message>
    <message>
        <source>Type de structure inconnu : choisissez dans la liste.</source>
        <translation>Unknown type of organisation: choose from the list.</translation>
    </message>
    <message>
        <source>Plusieurs communes portent ce nom : indiquez plutôt votre code postal.</source>
        <translation>Several towns have this name: give your postcode instead.</translation>
    </message>
    <message>
        <source>Commune inconnue dans les Hauts-de-France : indiquez plutôt votre code postal (5 chiffres).</source>
        <translation>Unknown town in Hauts-de-France: give your postcode instead (5 digits).</translation>
    </message>
    <message>
        <source>Indiquez un code postal à 5 chiffres ou le nom de votre commune.</source>
        <translation>Enter a 5-digit postcode or the name of your town.</translation>
    </message>
    <message>
        <source>Choisissez votre tranche d&apos;âge.</source>
        <translation>Choose your age group.</translation>
    </message>
    <message>
        <source>Moins de 15 ans : l&apos;accord d&apos;un parent est obligatoire. Cochez la case une fois qu&apos;il ou elle a donné son accord.</source>
        <translation>Under 15: a parent&apos;s consent is required. Tick the box once they have given their consent.</translation>
    </message>
    <message>
        <source>Cochez cette case pour vous inscrire : sans votre accord, nous ne pouvons pas enregistrer votre inscription.</source>
        <translation>Tick this box to register: without your consent, we cannot save your registration.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <source>Inscrits : %1</source>
        <translation>Registrations: %1</translation>
    </message>
    <message>
        <source>Confirmé·es</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Présent·es</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Annulé·es</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Annuler la présence</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <source>Présent·e</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Annuler la présence de %1</source>
        <translation>Undo the check-in of %1</translation>
    </message>
    <message>
        <source>Marquer %1 présent·e</source>
        <translation>Check in %1</translation>
    </message>
    <message>
        <source>Confirmer l&apos;annulation</source>
        <translation>Confirm cancellation</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuler l&apos;inscription de %1</source>
        <translation>Cancel the registration of %1</translation>
    </message>
    <message>
        <source>Personne n&apos;est encore inscrit.</source>
        <translation>Nobody has registered yet.</translation>
    </message>
    <message>
        <source>Fichier enregistré : %1</source>
        <translation>File saved: %1</translation>
    </message>
    <message>
        <source>← Événement</source>
        <translation>← Event</translation>
    </message>
    <message>
        <source>Exporter pour Excel (CSV)</source>
        <translation>Export for Excel (CSV)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Aucune donnée sur la période.</source>
        <translation>No data for this period.</translation>
    </message>
    <message>
        <source>Lianes coopération · observatoire · page %1</source>
        <translation>Lianes coopération · observatory · page %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Une commune, un acteur, un projet…</source>
        <translation>A town, an organisation, a project…</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Rien trouvé pour « %1 ».</source>
        <translation>Nothing found for ‘%1’.</translation>
    </message>
    <message>
        <source>Tapez le début d&apos;un nom : « amiens », « st omer », « coop »…</source>
        <translation>Type the start of a name: ‘amiens’, ‘st omer’, ‘coop’…</translation>
    </message>
</context>
<context>
    <name>StaffImportButton</name>
    <message>
        <source>Importer un agenda (.ics ou CSV)…</source>
        <translation>Import events (.ics or CSV)…</translation>
    </message>
    <message>
        <source>Agenda à importer</source>
        <translation>Events to import</translation>
    </message>
    <message>
        <source>Agenda (*.ics *.csv)</source>
        <translation>Events (*.ics *.csv)</translation>
    </message>
</context>
<context>
    <name>StaffMeetings</name>
    <message>
        <source>Toutes les années</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Toute l&apos;équipe</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>Rechercher un sujet ou un lieu</source>
        <translation>Search for a subject or a place</translation>
    </message>
    <message>
        <source>Ajouter une réunion</source>
        <translation>Add a meeting</translation>
    </message>
    <message numerus="yes">
        <source>%n pers.</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Modifier la réunion</source>
        <translation>Edit the meeting</translation>
    </message>
    <message>
        <source>Nouvelle réunion</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Lieu (commune ou adresse)</source>
        <translation>Place (town or address)</translation>
    </message>
    <message>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Membre de l&apos;équipe</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Durée (heures)</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>StaffPersonalData</name>
    <message>
        <source>Pour une personne qui le demande : tout ce qui est enregistré à son adresse e-mail, une copie en JSON, ou l&apos;effacement définitif.</source>
        <translation>For a person who asks: everything stored under their email address, a copy as JSON, or permanent deletion.</translation>
    </message>
    <message>
        <source>Adresse e-mail de la personne</source>
        <translation>The person&apos;s email address</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Exporter (JSON)</source>
        <translation>Export (JSON)</translation>
    </message>
    <message>
        <source>Copie enregistrée : %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>Confirmer l&apos;effacement</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>%n inscription(s) effacée(s) définitivement.</source>
        <translation>
            <numerusform>%n registration permanently deleted.</numerusform>
            <numerusform>%n registrations permanently deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffSettings</name>
    <message>
        <source>Conservation des données des inscrits après l&apos;événement</source>
        <translation>Keep registrants&apos; data after the event for</translation>
    </message>
    <message>
        <source>mois</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Borne : retour à l&apos;accueil sans activité après</source>
        <translation>Kiosk: back to the home screen after no activity for</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Verrouillage automatique de l&apos;espace équipe après</source>
        <translation>Lock the staff area automatically after</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Rubriques proposées au public</source>
        <translation>Sections offered to the public</translation>
    </message>
    <message>
        <source>Carte des acteurs</source>
        <translation>Map of organisations</translation>
    </message>
    <message>
        <source>Agenda et inscriptions</source>
        <translation>Events and registration</translation>
    </message>
    <message>
        <source>Mobilité des jeunes</source>
        <translation>Youth mobility</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Purger maintenant les inscriptions anciennes</source>
        <translation>Purge old registrations now</translation>
    </message>
    <message numerus="yes">
        <source>%n inscription(s) anonymisée(s).</source>
        <translation>
            <numerusform>%n registration anonymised.</numerusform>
            <numerusform>%n registrations anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Diminuer : %1</source>
        <translation>Decrease: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Augmenter : %1</source>
        <translation>Increase: %1</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 avec BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel)</source>
        <translation>Windows-1252 (Excel)</translation>
    </message>
    <message>
        <source>UTF-16 (texte Unicode)</source>
        <translation>UTF-16 (Unicode text)</translation>
    </message>
    <message>
        <source>Ce fichier est un classeur (Excel .xlsx ou LibreOffice .ods), pas un fichier CSV : ouvrez-le et enregistrez-le au format « CSV (séparateur : point-virgule) ».</source>
        <translation>This file is a spreadsheet (Excel .xlsx or LibreOffice .ods), not a CSV file: open it and save it as ‘CSV (semicolon-separated)’.</translation>
    </message>
    <message>
        <source>Ce fichier est un ancien classeur Excel (.xls), pas un fichier CSV : ouvrez-le et enregistrez-le au format « CSV (séparateur : point-virgule) ».</source>
        <translation>This file is an old Excel spreadsheet (.xls), not a CSV file: open it and save it as ‘CSV (semicolon-separated)’.</translation>
    </message>
    <message>
        <source>Ce fichier est un PDF, pas un fichier CSV.</source>
        <translation>This file is a PDF, not a CSV file.</translation>
    </message>
    <message>
        <source>Ce fichier contient des données binaires : ce n&apos;est pas un fichier texte (CSV ou JSON).</source>
        <translation>This file contains binary data: it is not a text file (CSV or JSON).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Association étudiante</source>
        <translation>Student association</translation>
    </message>
    <message>
        <source>Association nationale</source>
        <translation>National association</translation>
    </message>
    <message>
        <source>Association locale</source>
        <translation>Local association</translation>
    </message>
    <message>
        <source>Établissement scolaire et centre de formation</source>
        <translation>School or training centre</translation>
    </message>
    <message>
        <source>Collectif d&apos;associations</source>
        <translation>Collective of associations</translation>
    </message>
    <message>
        <source>Collectivité territoriale</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Consultant, expert, bureau d&apos;études</source>
        <translation>Consultant, expert, consultancy</translation>
    </message>
    <message>
        <source>Enseignement supérieur, recherche</source>
        <translation>Higher education, research</translation>
    </message>
    <message>
        <source>Entreprise, groupement d&apos;entreprises, coopérative</source>
        <translation>Company, business group, cooperative</translation>
    </message>
    <message>
        <source>Fondation</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <source>Jumelage</source>
        <translation>Twinning association</translation>
    </message>
    <message>
        <source>ONG</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>OSIM (issue des migrations)</source>
        <translation>OSIM (diaspora organisation)</translation>
    </message>
    <message>
        <source>Structure jeunesse</source>
        <translation>Youth organisation</translation>
    </message>
    <message>
        <source>Action sociale et migrations</source>
        <translation>Social action and migration</translation>
    </message>
    <message>
        <source>Agriculture et souveraineté alimentaire</source>
        <translation>Agriculture and food sovereignty</translation>
    </message>
    <message>
        <source>Appui aux acteurs français</source>
        <translation>Support for French organisations</translation>
    </message>
    <message>
        <source>Énergie et changement climatique</source>
        <translation>Energy and climate change</translation>
    </message>
    <message>
        <source>Croissance économique et emploi</source>
        <translation>Economic growth and employment</translation>
    </message>
    <message>
        <source>Culture et patrimoine</source>
        <translation>Culture and heritage</translation>
    </message>
    <message>
        <source>Droits humains et justice</source>
        <translation>Human rights and justice</translation>
    </message>
    <message>
        <source>Eau et assainissement</source>
        <translation>Water and sanitation</translation>
    </message>
    <message>
        <source>Éducation et jeunesse</source>
        <translation>Education and youth</translation>
    </message>
    <message>
        <source>Santé et urgence</source>
        <translation>Health and emergencies</translation>
    </message>
    <message>
        <source>ECSI</source>
        <translation>ECSI</translation>
    </message>
    <message>
        <source>Villes durables</source>
        <translation>Sustainable cities</translation>
    </message>
    <message>
        <source>Associations, ONG, collectifs</source>
        <translation>Associations, NGOs, collectives</translation>
    </message>
    <message>
        <source>Collectivités et jumelages</source>
        <translation>Local authorities and twinning</translation>
    </message>
    <message>
        <source>Entreprises, experts, fondations</source>
        <translation>Companies, experts, foundations</translation>
    </message>
</context>
<context>
    <name>WorldPanel</name>
    <message>
        <source>Pays des projets</source>
        <translation>Project countries</translation>
    </message>
    <message>
        <source>Tous les pays</source>
        <translation>All countries</translation>
    </message>
</context>
</TS>
