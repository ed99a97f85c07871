<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Webinaires, formations, rencontres et Festival des Solidarités</source>
        <translation>Webinars, training, meetings and the Festival des Solidarités</translation>
    </message>
    <message>
        <source>%1 · %2 · démonstration</source>
        <translation>%1 · %2 · demo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Aucun événement à venir pour l&apos;instant.</source>
        <translation>No upcoming events for now.</translation>
    </message>
</context>
<context>
    <name>BaseMap</name>
    <message>
        <source>Carte des Hauts-de-France</source>
        <translation>Map of Hauts-de-France</translation>
    </message>
</context>
<context>
    <name>CartePage</name>
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
        <source>Page affichée : carte, agenda, mobilite, equipe.</source>
        <translation>Page to show: carte, agenda, mobilite, equipe.</translation>
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
</context>
<context>
    <name>EquipePage</name>
    <message>
        <source>Espace équipe</source>
        <translation>Staff area</translation>
    </message>
    <message>
        <source>Les données de cet appareil : acteurs, projets, agenda.</source>
        <translation>This device&apos;s data: organisations, projects, events.</translation>
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
        <source>Événements à venir</source>
        <translation>Upcoming events</translation>
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
        <translation>Meeting</translation>
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
    <name>Main</name>
    <message>
        <source>Lianes coopération</source>
        <translation>Lianes coopération</translation>
    </message>
</context>
<context>
    <name>MobilitePage</name>
    <message>
        <source>Partir à l&apos;international</source>
        <translation>Go abroad</translation>
    </message>
    <message>
        <source>Volontariat, échanges, études, stages : les dispositifs pour les 16–30 ans et le parcours Coop Lab pour monter ton projet.</source>
        <translation>Volunteering, exchanges, study, internships: schemes for 16–30-year-olds, and the Coop Lab pathway to help you build your own project.</translation>
    </message>
    <message>
        <source>Les cinq étapes du Coop Lab</source>
        <translation>The five steps of Coop Lab</translation>
    </message>
    <message>
        <source>L&apos;idée et la motivation</source>
        <translation>Your idea and motivation</translation>
    </message>
    <message>
        <source>Le partenaire à l&apos;étranger et les partenaires d&apos;ici</source>
        <translation>Your partner abroad and partners back home</translation>
    </message>
    <message>
        <source>Le budget et le financement</source>
        <translation>Budget and funding</translation>
    </message>
    <message>
        <source>Préparer le départ : santé, assurance, interculturel</source>
        <translation>Getting ready to go: health, insurance, intercultural preparation</translation>
    </message>
    <message>
        <source>Le retour : partager et transmettre</source>
        <translation>Coming back: sharing and passing on what you have learnt</translation>
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
    <name>Vocabulary</name>
    <message>
        <source>Association étudiante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association nationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Établissement scolaire et centre de formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectif d&apos;associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectivité territoriale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant, expert, bureau d&apos;études</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enseignement supérieur, recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entreprise, groupement d&apos;entreprises, coopérative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fondation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumelage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSIM (issue des migrations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure jeunesse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action sociale et migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agriculture et souveraineté alimentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appui aux acteurs français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Énergie et changement climatique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croissance économique et emploi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture et patrimoine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droits humains et justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eau et assainissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Éducation et jeunesse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Santé et urgence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villes durables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associations, ONG, collectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectivités et jumelages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entreprises, experts, fondations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
