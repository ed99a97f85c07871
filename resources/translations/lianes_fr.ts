<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>Admin</name>
    <message numerus="yes">
        <source>la commande %1 attend %n argument(s) ; voir --help</source>
        <translation>
            <numerusform>la commande %1 attend %n argument ; voir --help</numerusform>
            <numerusform>la commande %1 attend %n arguments ; voir --help</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message numerus="yes">
        <source>Voir %n événement(s)</source>
        <translation>
            <numerusform>Voir %n événement</numerusform>
            <numerusform>Voir %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>Projets dans %n pays : touchez un pays pour les voir</source>
        <translation>
            <numerusform>Projets dans %n pays : touchez-le pour les voir</numerusform>
            <numerusform>Projets dans %n pays : touchez un pays pour les voir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message numerus="yes">
        <source>Importer sans les %n lignes rejetées</source>
        <translation>
            <numerusform>Importer sans la ligne rejetée</numerusform>
            <numerusform>Importer sans les %n lignes rejetées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message numerus="yes">
        <source>Vous êtes toujours là ? Tout sera effacé dans %n seconde(s).</source>
        <translation>
            <numerusform>Vous êtes toujours là ? Tout sera effacé dans %n seconde.</numerusform>
            <numerusform>Vous êtes toujours là ? Tout sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconde(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>  (et %n autres lignes rejetées, non listées)</source>
        <translation>
            <numerusform>  (et %n autre ligne rejetée, non listée)</numerusform>
            <numerusform>  (et %n autres lignes rejetées, non listées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acteur(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projet(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::ActorListModel</name>
    <message numerus="yes">
        <source>%n acteur(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::AgendaService</name>
    <message numerus="yes">
        <source>%n ajouté(s)</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retiré(s)</source>
        <translation>
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::CooperationProjectListModel</name>
    <message numerus="yes">
        <source>%n projet(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::CountryModel</name>
    <message numerus="yes">
        <source>%n projet(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::DataService</name>
    <message numerus="yes">
        <source>%n ajouté(s)</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inchangé(s)</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejeté(s)</source>
        <translation>
            <numerusform>%n rejeté</numerusform>
            <numerusform>%n rejetés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::MapService</name>
    <message numerus="yes">
        <source>%n acteur(s) sans adresse connue ne sont pas sur la carte.</source>
        <translation>
            <numerusform>%n acteur sans adresse connue n&apos;est pas sur la carte.</numerusform>
            <numerusform>%n acteurs sans adresse connue ne sont pas sur la carte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lianes::MeetingListModel</name>
    <message numerus="yes">
        <source>%Ln heure(s)</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 heure(s)</source>
        <comment>hours with a decimal</comment>
        <translation>
            <numerusform>%1 heure</numerusform>
            <numerusform>%1 heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln réunion(s)</source>
        <translation>
            <numerusform>%Ln réunion</numerusform>
            <numerusform>%Ln réunions</numerusform>
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
    <name>Lianes::StaffArea</name>
    <message numerus="yes">
        <source>Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Trop d&apos;essais : réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;essais : réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code incorrect. Encore %n essai(s) avant blocage.</source>
        <translation>
            <numerusform>Code incorrect. Encore %n essai avant blocage.</numerusform>
            <numerusform>Code incorrect. Encore %n essais avant blocage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MobilityCatalogue</name>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MobilityFinder</name>
    <message numerus="yes">
        <source>Scanne pour emporter ta sélection (%n lien(s))</source>
        <translation>
            <numerusform>Scanne pour emporter ta sélection (%n lien)</numerusform>
            <numerusform>Scanne pour emporter ta sélection (%n liens)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MobilityProject</name>
    <message numerus="yes">
        <source>Qui peut t&apos;accompagner : voir « Qui peut m&apos;aider ? » (%n structure(s))</source>
        <translation>
            <numerusform>Qui peut t&apos;accompagner : voir « Qui peut m&apos;aider ? » (%n structure)</numerusform>
            <numerusform>Qui peut t&apos;accompagner : voir « Qui peut m&apos;aider ? » (%n structures)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n chiffre(s) saisi(s)</source>
        <translation>
            <numerusform>%n chiffre saisi</numerusform>
            <numerusform>%n chiffres saisis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Trop d&apos;essais : réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;essais : réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffMeetings</name>
    <message numerus="yes">
        <source>%n pers.</source>
        <translation>
            <numerusform>%n pers.</numerusform>
            <numerusform>%n pers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPersonalData</name>
    <message numerus="yes">
        <source>%n inscription(s) effacée(s) définitivement.</source>
        <translation>
            <numerusform>%n inscription effacée définitivement.</numerusform>
            <numerusform>%n inscriptions effacées définitivement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffSettings</name>
    <message numerus="yes">
        <source>%n inscription(s) anonymisée(s).</source>
        <translation>
            <numerusform>%n inscription anonymisée.</numerusform>
            <numerusform>%n inscriptions anonymisées.</numerusform>
        </translation>
    </message>
</context>
</TS>
