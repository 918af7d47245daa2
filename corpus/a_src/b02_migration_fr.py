"""French migration requests: not-before dates in every form, deadlines that are not, versions."""

from make_a import mail

K = "migration"

MAILS = [
    mail(
        "mfr01",
        "tresorier@aeroclub-vexin.fr",
        "Passage en version 4",
        name="Trésorier AC Vexin",
        shape="outlook",
        kind=K,
        tv="4",
        nb="03-15",
        date="2026-11-03 18:22",
        body="""
Bonjour,

Le bureau a décidé de passer notre plateforme en version 4. Nous avons bien compris que c'est irréversible.
Merci de ne pas faire la migration avant le 15 mars : nous clôturons les comptes et nous ne voulons pas changer d'outil en plein milieu.

Cordialement,
Hubert Gallet
Trésorier – Aéroclub du Vexin
""",
    ),
    mail(
        "mfr02",
        "acbeauce@wanadoo.fr",
        "migration",
        shape="webmail",
        kind=K,
        tv="4",
        nb=None,
        note="no date given; First Price",
        body="""
bonjour
nous voudrions passer en version 4 comme les autres clubs du coin. combien ca coute pour nous (on est en first price) et quand est ce que ca peut se faire ?
cordialement
le president AC Beauce, Gerard
""",
    ),
    mail(
        "mfr03",
        "president@planeur-jura.fr",
        "TR: Décision du CA – migration OpenFlyers",
        name="Anne-Sophie Brunet",
        shape="outlook",
        kind=K,
        tv="4",
        nb="2027-02-01",
        date="2026-11-20 21:05",
        att=("CR_CA_2026-11-18.pdf",),
        note="the date is only in the forwarded board decision, which the sender forwards as the request",
        body="""
Bonjour,

Je vous transmets ci-dessous l'extrait du compte rendu de notre conseil d'administration. Vous trouverez le CR complet en pièce jointe.

Bien cordialement,
Anne-Sophie Brunet
Présidente – CVV du Jura

De : Secrétariat CVV Jura <cvvjura@gmail.com>
Envoyé : jeudi 19 novembre 2026 08:47
À : Bureau CVV Jura
Objet : Décision du CA – migration OpenFlyers

Point 4 – Logiciel de gestion
Le CA approuve à l'unanimité la migration de la plateforme OpenFlyers vers la version 4. La migration ne devra pas intervenir avant le 1er février 2027, après la clôture des comptes de l'exercice 2026 et l'AG du 23 janvier 2027.
La présidente est chargée d'en informer OpenFlyers.
""",
    ),
    mail(
        "mfr04",
        "patrick.olivier13@hotmail.fr",
        "Passer en beta",
        name="Patrick Olivier",
        shape="outlook",
        kind=K,
        tv="beta",
        body="""
Bonjour,

On aimerait tester les nouveautés avant tout le monde. Est-ce qu'on peut passer notre plateforme sur la version beta ? On accepte que ça change souvent, pas de souci.

Patrick
ULM Camargue
""",
        note="client is already on 4; asks beta",
    ),
    mail(
        "mfr05",
        "compta@ecole-cote-opale.fr",
        "Migration v4 – contraintes de calendrier",
        name="Comptabilité ECO",
        shape="outlook",
        logo=True,
        kind=K,
        tv="4",
        nb="01-05",
        date="2026-11-24 10:15",
        body="""
Bonjour,

Suite à l'accord de notre gérant, nous souhaitons migrer vers la version 4.
Contraintes : pas pendant les fêtes (forte activité de baptêmes), donc à partir du 5 janvier. Idéalement avant le 31 janvier pour que nos stagiaires de février commencent directement sur la nouvelle version.

Merci de nous indiquer les prochaines étapes (factures, questionnaire de paramétrage...).

Cordialement,
Service comptabilité – École de Pilotage Côte d'Opale
03 21 84 11 72
""",
        note="'avant le 31 janvier' is a wish, not the not-before",
    ),
    mail(
        "mfr06",
        "michel.renaud49@orange.fr",
        "alpha ?",
        name="Michel Renaud",
        shape="webmail",
        kind=K,
        tv="4.0alpha",
        note="client record says 4; asks 4.0 alpha anyway",
        body="""
Bonjour,

On m'a dit au salon de Blois qu'il existait une version 4.0 alpha avec le nouveau planning. On aimerait y passer, on est prêts à essuyer les plâtres.

Michel Renaud
Aéroclub d'Anjou
""",
    ),
    mail(
        "mfr07",
        "bureau@ac-limousin.fr",
        "migration v4 apres AG",
        shape="webmail",
        kind=K,
        tv="4",
        nb="02-12",
        date="2026-11-06 20:30",
        body="""
Bonjour,

nous souhaitons migrer vers la version 4 mais seulement après notre AG du 12 février (les comptes doivent être présentés avec l'ancienne version).
Merci de nous confirmer la marche a suivre.

Le bureau – AC Limousin
Prochaine réunion de bureau : 04/12/2026
""",
    ),
    mail(
        "mfr08",
        "tresorier.vvb@gmail.com",
        "Re: migration ? ",
        name="Trésorier AVVB",
        shape="gmail",
        kind=K,
        tv="4",
        nb="2027-04-01",
        date="2026-11-12 19:02",
        note="'Re:' of an internal thread; First Price, 3.5 to 4",
        body="""
Bonjour,

Après discussion au bureau (voir ci-dessous), on part sur la migration en version 4. On paiera les 50 € HT sans problème.
Par contre pas avant le 1er avril 2027 : la saison commence en avril et on veut que les pilotes découvrent le nouveau système à ce moment-là, pas en plein hiver quand il n'y a personne pour les former.

Didier nous a dit que c'était irréversible, on a bien compris.

Jérôme
Trésorier AVVB

Le jeu. 12 nov. 2026 à 08:15, Didier Moreau <didier.moreau21@free.fr> a écrit :
> Je pense qu'il faut y aller, la 3.5 commence à dater. Jérôme, tu peux leur écrire ?
""",
    ),
    mail(
        "mfr09",
        "contact@aero-pays-basque.fr",
        "Demande de migration",
        name="Aéroclub Pays Basque",
        shape="outlook",
        kind=K,
        tv="4",
        nb="2027-01-04",
        date="2026-11-27 16:40",
        body="""
Bonjour,

En tant qu'abonné Première, nous souhaitons faire migrer notre plateforme figée vers la version 4.
À partir du 4 janvier 2027 si possible : nous serons fermés entre Noël et le jour de l'an et personne ne pourra vérifier que tout fonctionne.

Merci,
Maite Arrieta
Secrétariat – Aéroclub Pays Basque
""",
    ),
    mail(
        "mfr10",
        "laurent.giraud@helico-provence.fr",
        "version 4 déjà ?",
        name="Laurent Giraud",
        shape="iphone",
        kind=K,
        tv="beta",
        note="already on 4; wants the beta",
        body="""
Bonjour
Nous sommes en version 4. On voudrait passer sur la beta pour avoir le module de suivi des potentiels hélico dont vous parliez dans la newsletter. C'est possible sans surcoût ?
Laurent
""",
    ),
    mail(
        "mfr11",
        "acbn.secretariat@gmail.com",
        "migration plateforme",
        name="Secrétariat ACBN",
        shape="gmail",
        kind=K,
        tv="4",
        nb="2027-03-22",
        date="2026-11-16 11:11",
        note="'semaine 12' read as the Monday of ISO week 12 of 2027",
        body="""
Bonjour,

Le club souhaite passer à la version 4. On préférerait que ça se fasse à partir de la semaine 12 (après les vacances d'hiver de la zone B et notre vide-grenier aéro).
Nous sommes First Price, je suppose qu'il y a des frais ?

Cordialement,
Gaëlle
Secrétariat ACBN
""",
    ),
    mail(
        "mfr12",
        "contact@ulm-sologne.fr",
        "mise à jour ?",
        shape="html",
        kind=K,
        tv="4",
        body="""
Bonjour,

Nous sommes encore en 3.6 et nous voudrions passer à la 4 pour avoir le nouveau planning. Quelles sont les démarches ? Nous sommes en First Price.

Il n'y a pas d'urgence mais il faudrait que ce soit fait avant la reprise de mars.

Bonne journée,
Les Ailes de Sologne
""",
        note="'avant la reprise de mars' is a deadline: no not-before",
    ),
    mail(
        "mfr13",
        "cvvauvergne.pres@gmail.com",
        "Migration de notre plateforme CVV Auvergne",
        name="Président CVV Auvergne",
        shape="gmail",
        kind=K,
        tv="4",
        nb="2027-01-18",
        date="2026-11-09 22:47",
        body="""
Bonjour,

Suite à notre réunion de comité du 7 novembre, nous souhaitons migrer en V4.
Date souhaitée : pas avant le lundi 18 janvier 2027, notre trésorier étant en déplacement jusque-là et c'est lui qui suit l'outil.

Merci de m'envoyer les factures correspondantes s'il y en a (nous sommes en Business, donc normalement c'est inclus ?).

Sébastien Roche
CVV Auvergne – 06 48 90 12 55
""",
    ),
    mail(
        "mfr14",
        "n.thiebaut@aeroclub-lorraine.fr",
        "Migration : question préalable",
        name="Nathalie Thiébaut",
        shape="outlook",
        kind=K,
        tv="4",
        body="""
Bonjour,

Nous envisageons sérieusement de migrer vers la version 4, et je voudrais confirmer la demande dès maintenant pour être dans la file.
Une question néanmoins : notre plateforme Première a des développements spécifiques (l'export vers notre logiciel de paie). Seront-ils conservés après la migration ?

Cordialement,
Nathalie Thiébaut
Responsable OpenFlyers – Aéro-club de Lorraine
""",
    ),
    mail(
        "mfr15",
        "o.fabre@ailes-du-sud.fr",
        "Migration V4 – pas avant la fin de la saison",
        name="Olivier Fabre",
        shape="outlook",
        kind=K,
        tv="4",
        nb="2027-10-01",
        date="2026-11-02 09:05",
        body="""
Bonjour,

Nous voulons migrer en V4, mais surtout pas pendant la haute saison. Merci de ne rien faire avant le 1er octobre 2027.
Je préfère l'écrire maintenant pour que ce soit bien noté.

Olivier Fabre
Les Ailes du Sud
""",
    ),
    mail(
        "mfr16",
        "ac.vendee.tresor@gmail.com",
        "migrer vers la 4.0alpha",
        name="Trésorier AC Vendée",
        shape="gmail",
        kind=K,
        tv="4.0alpha",
        body="""
Bonjour,

Nous sommes en 3.5 First Price. J'ai lu que la migration vers une version alpha est gratuite pour nous. Nous souhaitons donc passer en 4.0alpha.
Nous avons compris que c'est une version en développement qui change tout le temps.

Merci,
Thomas Rivière
Trésorier – Aéro-club de Vendée
""",
    ),
    mail(
        "mfr17",
        "tresorier@aeroclub-savoie.fr",
        "Question migration + factures 2027",
        name="Trésorier AC Savoie",
        shape="outlook",
        kind=K,
        tv="beta",
        also=("renewal",),
        body="""
Bonjour,

Deux sujets :
1) Nous souhaitons passer sur la version beta dès que possible, notre responsable OpenFlyers est partant.
2) Pouvez-vous nous dire comment générer la facture de renouvellement 2027 ? Je voudrais la payer par virement avant la clôture au 31/12.

Merci,
Jean-Luc Ferrand
Trésorier – Aéroclub de Savoie
""",
    ),
    mail(
        "mfr18",
        "philippe.berthelot@wanadoo.fr",
        "MIGRATION VERSION 4",
        name="Philippe Berthelot",
        shape="plain",
        kind=K,
        tv="4",
        nb="2027-05-02",
        date="2026-11-19 14:00",
        body="""
Bonjour,

Notre conseil a voté le passage en version 4 lors de sa séance d'hier.
La migration pourra se faire à partir du 2/05/2027.

Cordialement,
Philippe Berthelot
Président – Aéro-Club Air Touraine
Tours-Sorigny – 02 47 26 41 09
AG 2027 : 13/03/2027
""",
    ),
    mail(
        "mfr19",
        "ac.cevennes@free.fr",
        "migration V4",
        shape="webmail",
        kind=K,
        tv="4",
        nb="?",
        note="'fin janvier' is vague; undecidable as a date",
        body="""
bonjour
on voudrait migrer vers la version 4 vers fin janvier, pas avant. on est en first price, on paiera les frais.
merci
Aeroclub des Cevennes
""",
    ),
    mail(
        "mfr20",
        "francis.delattre80@orange.fr",
        "Migration",
        name="Francis Delattre",
        shape="webmail",
        kind=K,
        tv="4",
        cash=True,
        body="""
Bonjour,

Nous voudrions migrer en version 4 le plus vite possible : notre nouvelle flotte arrive et il nous faut la gestion par type de la V4.
Si un paiement permet de passer devant dans votre file d'attente, nous sommes prêts à payer, dites-nous combien.

Francis Delattre
Aéroclub de Picardie
""",
        note="offers money to be served first",
    ),
    mail(
        "mfr21",
        "contact@aerocorse.fr",
        "passage a la nouvelle version",
        shape="android",
        kind=K,
        tv="4",
        body="""
Bonjour
On voudrait passer a la nouvelle version 4. Combien ca coute et c'est long ?
Antoine
""",
    ),
    mail(
        "mfr22",
        "luc.dumont@skynet.be",
        "Migration vers la version 4 – Aéro-Club de Liège",
        name="Luc Dumont",
        shape="outlook",
        kind=K,
        tv="4",
        nb="2027-01-11",
        date="2026-11-25 19:30",
        body="""
Bonjour,

Notre comité a marqué son accord pour la migration de notre plateforme vers la version 4. Nous avons bien noté qu'il n'y a pas de retour en arrière possible.
Merci de ne pas la réaliser avant le 11 janvier 2027 (réouverture du club après la trêve).

Bien à vous,
Luc Dumont
Responsable OpenFlyers – Aéro-Club de Liège
+32 475 12 34 56
""",
    ),
    mail(
        "mfr23",
        "b.lemoine@orange.fr",
        "Re: passage en 4",
        name="Bernard Lemoine",
        shape="webmail",
        kind=K,
        tv="4",
        nb="03-01",
        date="2026-11-28 08:55",
        note="'Re:' of a club-internal thread; 'fin février' is the end of the deadline... the not-before is 1 March",
        body="""
Bonjour,

Finalement le bureau est d'accord : on passe en version 4 à partir du 1er mars (rien avant, la fin février c'est la révision annuelle des comptes).

Bernard

> Le 27 nov. 2026 à 22:14, Hubert Gallet a écrit :
> Bernard, tu peux écrire à OpenFlyers pour la V4 ? Pas avant mars, on est d'accord.
""",
    ),
    mail(
        "mfr24",
        "secretariat@aeroclub-alsace.fr",
        "Passage de 4.0alpha à 4",
        name="Secrétariat AC Alsace",
        shape="outlook",
        kind=K,
        tv="4",
        body="""
Bonjour,

Nous sommes actuellement en 4.0alpha. Maintenant que la version 4 stable est sortie, nous aimerions y revenir pour avoir plus de stabilité pendant la saison.
Merci de nous indiquer quand cela est possible.

Cordialement,
Secrétariat – Aéroclub d'Alsace
""",
    ),
    mail(
        "mfr25",
        "herve.lecomte@sfr.fr",
        "migration urgente",
        name="Hervé Lecomte",
        shape="plain",
        kind=K,
        tv="4",
        body="""
Bonjour,

Nous devons absolument être migrés en V4 avant le 31 décembre, date à laquelle notre trésorier quitte ses fonctions. Il souhaite faire la passation sur la nouvelle version.
Pouvez-vous faire le nécessaire ?

Hervé Lecomte
Président Aéro-Club Normand
""",
        note="'avant le 31 décembre' is a deadline: not_before null",
    ),
    mail(
        "mfr26",
        "contact@gvv-romandie.ch",
        "Version beta",
        name="GVV Romand",
        shape="gmail",
        kind=K,
        tv="beta",
        nb="2027-03-01",
        date="2026-11-18 10:30",
        body="""
Bonjour,

Le comité souhaite tester la version beta dès le printemps. Nous accepterons les changements fréquents qu'elle implique. Merci de ne pas basculer avant le 1er mars 2027, nous sommes en pleine révision hivernale des planeurs.

Meilleures salutations,
Pierre-Alain Favre
GVV Romand – Bex
""",
    ),
    mail(
        "mfr27",
        "ulmgascogne@hotmail.fr",
        "version",
        shape="outlook",
        kind=K,
        tv="4.0alpha",
        body="""
bonjour
on est en 4 first price. on peut passer en 4.0 alpha gratuitement ?? si oui on veut bien
ULM Gascogne
""",
        note="already on 4: 4.0alpha is a development version, still a migration request",
    ),
    mail(
        "mfr28",
        "secretariat@ac-picardie.fr",
        "Migration de la plateforme après notre assemblée générale",
        name="Secrétariat AC Picardie",
        shape="outlook",
        logo=True,
        kind=K,
        tv="4",
        nb="2027-02-06",
        date="2026-11-30 17:20",
        body="""
Bonjour,

L'assemblée générale du 6 février 2027 doit valider le passage en version 4. Si elle le valide, nous vous demandons de migrer à partir de cette date. Nous vous reconfirmerons le résultat du vote.

En attendant, pouvez-vous nous dire si le forfait paramétrage est compris dans notre abonnement Business ?

Cordialement,
Secrétariat – Aéroclub de Picardie
Aérodrome d'Albert-Bray – 03 22 75 02 11
""",
        note="conditional on a vote; labelled with the date the client gives",
    ),
    mail(
        "mfr29",
        "aeroclubdecorse@gmail.com",
        "Migration V4 : demande officielle",
        shape="gmail",
        kind=K,
        tv="4",
        nb="11-15",
        date="2026-11-14 12:00",
        note="15 November stated the day before: next occurrence is tomorrow",
        body="""
Bonjour,

Demande officielle de migration vers la version 4 pour l'Aéro-club de Corse. Pas avant le 15 novembre svp (changement de trésorier ce jour-là). Les frais de migration First Price seront réglés par chèque.

Cordialement
Le secrétaire, Paul-Marie Casanova
""",
    ),
    mail(
        "mfr30",
        "direction@ecole-cote-opale.fr",
        "Re: Migration v4 – contraintes de calendrier",
        name="Thierry Vasseur",
        shape="outlook",
        kind=K,
        tv="4",
        nb="01-19",
        date="2026-11-26 08:12",
        note="our-thread-like subject but no reference and no ids: a new mail restating the request with a new date",
        body="""
Bonjour,

Petite correction par rapport au mail de notre comptable : la migration en V4 ne doit pas avoir lieu avant le 19 janvier (et non le 5), un stage intensif occupe toute l'école les deux premières semaines.

Cordialement,
Thierry Vasseur
""",
    ),
    mail(
        "mfr31",
        "as.brunet@laposte.net",
        "Question migration version 4",
        name="Anne-Sophie Brunet",
        shape="webmail",
        kind=K,
        tv="4",
        nb="11-18",
        date="2026-11-10 08:00",
        body="""
Bonjour,

Avant de lancer officiellement la migration en V4 (CA prévu le 18/11), pourriez-vous me dire combien de temps la plateforme sera indisponible et si les pilotes devront changer leur mot de passe ?
Nous voudrions la lancer dès que possible après ce CA.

Merci,
A-S Brunet
""",
        note="'dès que possible après ce CA' (18/11): the CA date is the boundary",
    ),
    mail(
        "mfr32",
        "gerard.chauvin@free.fr",
        "plateforme acbeauce",
        name="Gérard Chauvin",
        shape="plain",
        kind=K,
        tv="4",
        nb="01-10",
        date="2026-12-01 09:30",
        body="""
Bonjour,

Suite a votre réponse sur les frais, c'est d'accord pour la migration en version 4 de la plateforme acbeauce, a faire apres le 10 janvier.
On reglera les 50 euros par virement.

Gerard Chauvin
Président AC Beauce
""",
        hint="acbeauce",
        note="no reference nor ids: a new mail, not a reply",
    ),
]
