"""French support requests: things that do not work, how-to questions, interventions on the platform."""

from make_a import mail

K = "support"

MAILS = [
    mail(
        "sfr01",
        "contact@aeroclub-vexin.fr",
        "Problème réservation F-GJKL",
        name="Aéroclub du Vexin",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

Depuis ce matin, impossible de réserver le F-GJKL sur le planning : le créneau apparaît en gris et le message « ressource indisponible » s'affiche alors qu'aucune maintenance n'est saisie.
Les autres avions fonctionnent normalement.
Pouvez-vous regarder ce qui se passe ?

Merci d'avance,

Secrétariat Aéroclub du Vexin
Aérodrome de Pontoise-Cormeilles – 95650 Boissy-l'Aillerie
Tél. 01 30 31 22 45 – permanence mardi et samedi 9h-12h
""",
    ),
    mail(
        "sfr02",
        "b.lemoine@orange.fr",
        "factures pilotes en double",
        name="Bernard Lemoine",
        shape="webmail",
        kind=K,
        body="""
Bonjour

plusieurs pilotes me signalent que leur vol du 14/11 a été débité deux fois sur leur compte pilote. J'ai regardé, il y a bien deux lignes identiques dans l'historique des mouvements, même heure, même montant (2 x 187,50 EUR pour Mme Jarry par exemple).
On n'a rien changé de notre côté. Est-ce un souci connu ? et surtout comment on annule proprement la ligne en trop sans casser la compta ?

Bernard Lemoine
Trésorier adjoint - Aéroclub du Vexin
06 71 84 22 90
""",
    ),
    mail(
        "sfr03",
        "secretaire.acbeauce@gmail.com",
        "Question",
        name="Secrétariat AC Beauce",
        shape="gmail",
        kind=K,
        body="""
Bonjour,

comment fait on pour qu'un instructeur puisse voir les reservations de tous les eleves sans pouvoir les modifier ? on a essayé avec les profils mais soit il voit tout et modifie tout soit il ne voit rien.

merci
Martine
secrétariat AC Beauce (mardi/jeudi)
""",
    ),
    mail(
        "sfr04",
        "cvvjura@gmail.com",
        "Treuil : les lancements ne se comptent plus",
        name="CVV Jura",
        shape="gmail",
        kind=K,
        body="""
Bonjour,

Depuis la reprise de la saison, la saisie des lancements au treuil ne génère plus la ligne de facturation « lancement treuil » sur le compte des pilotes. Le remorquage, lui, est bien facturé.
Nous n'avons pas touché aux tarifs depuis l'an dernier (sauf le prix du remorqueur, modifié le 2 mars).
Pourriez-vous vérifier le paramétrage ? Nous avons des heures de bonus, vous pouvez les utiliser si besoin.

Bien cordialement,
Anne-Sophie Brunet
Présidente CVV du Jura – Aérodrome de Champagnole-Crotenay
07 82 14 56 03
""",
    ),
    mail(
        "sfr05",
        "patrick.olivier13@hotmail.fr",
        "URGENT !!",
        name="Patrick Olivier",
        shape="outlook",
        kind=K,
        body="""
Bonjour

Plus personne ne peut se connecter a la plateforme depuis hier soir, message "erreur 500". On a une journée portes ouvertes samedi avec des baptemes a planifier !!
Merci de faire au plus vite

Patrick Olivier
ULM Camargue
06 12 45 78 90
""",
    ),
    mail(
        "sfr06",
        "direction@ecole-cote-opale.fr",
        "Export comptable mensuel",
        name="Thierry Vasseur",
        shape="outlook",
        logo=True,
        kind=K,
        body="""
Bonjour,

Notre expert-comptable nous demande l'export des écritures au format FEC pour la clôture de l'exercice. Dans le menu Comptabilité > Export, je ne trouve que le format CSV et le format Ciel.
Le format FEC est-il disponible sur notre version, ou faut-il le paramétrer ? Sinon, pouvez-vous nous indiquer quelle manipulation faire pour obtenir un fichier exploitable par son logiciel ?

Je reste disponible par téléphone au 03 21 84 11 72 (standard) ou 06 08 77 41 20.

Cordialement,

Thierry Vasseur
Gérant – École de Pilotage Côte d'Opale
Aéroport du Touquet-Côte d'Opale, 62520 Le Touquet
SIRET 812 345 678 00021 – Organisme DTO FR.DTO.0457
""",
    ),
    mail(
        "sfr07",
        "tresorerie@aeroclub-anjou.fr",
        "TR: relevé bancaire et prélèvements",
        name="Trésorerie AC Anjou",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

Je vous transfère le message d'un de nos membres. Pouvez-vous nous aider ? Nous n'arrivons pas à comprendre pourquoi le solde affiché dans son compte n'est pas le même que celui de l'état des comptes pilotes.

Bien à vous,
Jacqueline Poirier, trésorière

De : Hugo Mercier <hugo.mercier49@gmail.com>
Envoyé : dimanche 8 novembre 2026 19:42
À : tresorerie@aeroclub-anjou.fr
Objet : relevé bancaire et prélèvements

Bonsoir Jacqueline,
Sur mon compte OpenFlyers le solde est de -42,30 € mais sur le récap que tu nous as envoyé en PDF je suis à +12,70 €. J'ai fait un virement de 55 € le 2 novembre, peut-être qu'il n'est pas passé au même endroit ?
Hugo
""",
    ),
    mail(
        "sfr08",
        "k.mathieu@aviasud-formation.com",
        "Intervention sur les droits des instructeurs FI/CRI",
        name="Karine Mathieu",
        shape="outlook",
        logo=True,
        kind=K,
        body="""
Bonjour,

Nous accueillons au 1er décembre trois nouveaux instructeurs sur la base de Montpellier. Pourriez-vous créer leurs profils en copiant les droits de l'instructeur « Durand Sylvain », et les rattacher aux deux bases (Montpellier et Perpignan) ?

Les noms et adresses sont dans le tableau ci-joint.

Vous pouvez décompter le temps sur nos heures de bonus.

Cordialement,
Karine Mathieu
Responsable administrative – Aviasud Formation
Aéroport Montpellier-Méditerranée, Bât. 12 – 34130 Mauguio
Tél. +33 4 67 20 11 38
""",
        att=("nouveaux_instructeurs.xlsx",),
    ),
    mail(
        "sfr09",
        "bureau@ac-limousin.fr",
        "",
        shape="webmail",
        kind=K,
        note="empty subject",
        body="""
bonjour,
le graphique d'activite mensuelle ne s'affiche plus dans le tableau de bord (cadre blanc). Ca fait pareil sur firefox et chrome.
merci
le bureau
""",
    ),
    mail(
        "sfr10",
        "didier.moreau21@free.fr",
        "pb planche de vol",
        name="Didier Moreau",
        shape="plain",
        kind=K,
        body="""
Bonjour,

sur la planche de vol du samedi on ne peut saisir que 20 vols, au dela le bouton ajouter disparait. Samedi dernier on en a fait 34 (beau temps !) et j'ai du tout ressaisir le lundi.
Y a t il un reglage ?

Didier Moreau
Association Vol à Voile de Bourgogne
Chef-pilote - 1 850 h de vol, dont 1 200 en planeur
""",
    ),
    mail(
        "sfr11",
        "chefpilote@aero-pays-basque.fr",
        "Mise à jour bloquée ?",
        name="Chef pilote APB",
        shape="iphone",
        kind=K,
        body="""
Bonjour,
Un de nos pilotes me dit qu'il a reçu un mail disant que la plateforme allait être mise à jour, mais depuis chez nous rien n'a changé, toujours les mêmes écrans. Est-ce normal ? On est en Première avec la version figée je crois. On aimerait juste savoir si une mise à jour est prévue et quand.
Mikel
""",
    ),
    mail(
        "sfr12",
        "gestion@helico-provence.fr",
        "Calcul des heures moteur R44",
        name="Gestion Hélico Provence",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

Nous saisissons les temps de vol en heures:minutes mais les potentiels moteur du R44 F-HBPX sont calculés en centièmes, ce qui crée un décalage de quelques minutes à chaque vol. Au bout de 50 vols, on a 47 minutes d'écart avec le carnet de route.

Est-il possible de passer le compteur moteur en heures:minutes, ou d'arrondir autrement ?

Bonne journée,
Sandrine Aubert
Gestion – Hélico Provence Formation
Aérodrome d'Aix-Les Milles – 13290 Aix-en-Provence
04 42 60 18 90
""",
    ),
    mail(
        "sfr13",
        "acbn22@orange.fr",
        "IMPRESSION FACTURES",
        shape="webmail",
        kind=K,
        body="""
BONJOUR
QUAND J IMPRIME UNE FACTURE LE LOGO DU CLUB EST COUPE EN DEUX ET L ADRESSE N APPARAIT PAS. AVANT CA MARCHAIT.
MERCI DE VOTRE AIDE
JEAN CLAUDE - TRESORIER
""",
    ),
    mail(
        "sfr14",
        "chris.hubert41@laposte.net",
        "paramétrage des cotisations 2027",
        name="Christine Hubert",
        shape="webmail",
        kind=K,
        note="the 1 January is when the fees apply, not a boundary for our work",
        body="""
Bonjour,

Notre AG a voté de nouvelles cotisations pour 2027 : 180 € pour les membres actifs, 90 € pour les moins de 25 ans et une cotisation « membre bienfaiteur » à 50 €.
Je voudrais que ces cotisations soient proposées automatiquement à partir du 1er janvier, sans supprimer celles de 2026 (on a encore des retardataires).
Comment dois-je procéder ? Je ne voudrais pas faire de bêtise.

Merci,
Christine Hubert
Les Ailes de Sologne – base ULM de Salbris
Prochaine AG : 16/01/2027 – 06 33 21 90 47
""",
    ),
    mail(
        "sfr15",
        "f.schmitt@aeroclub-alsace.fr",
        "Anomalie version alpha - écran des qualifications",
        name="Frédéric Schmitt",
        shape="outlook",
        logo=True,
        kind=K,
        body="""
Bonjour,

Depuis notre passage en 4.0 alpha cet été, l'écran des qualifications des pilotes n'affiche plus les dates d'expiration des visites médicales de classe 2 (la colonne est vide). Les alertes par mail ne partent plus non plus.
Je sais bien que l'alpha bouge tout le temps, mais c'est bloquant pour nos instructeurs.
Merci de nous dire si c'est corrigé dans une prochaine mise à jour ou si nous devons ressaisir quelque chose.

Frédéric Schmitt
Directeur – Aéroclub d'Alsace
Aérodrome de Strasbourg-Neuhof
03 88 39 12 00 – 06 85 40 21 19
""",
        note="mentions a past migration to 4.0 alpha; the ask is a bug fix",
    ),
    mail(
        "sfr16",
        "acnormand@free.fr",
        "Bonjour",
        shape="plain",
        kind=K,
        body="""
Bonjour

Est-ce qu'il est possible de bloquer la réservation d'un avion pour un pilote dont la licence est expirée ? On a eu le cas le week-end dernier, le pilote a réservé et volé avec une SEP périmée depuis 3 semaines. Ca nous a fait une belle frayeur.

Merci
Le bureau de l'ACN
""",
    ),
    mail(
        "sfr17",
        "seb.roche63@gmail.com",
        "Lien de réservation pour les vols d'initiation",
        name="Sébastien Roche",
        shape="gmail",
        kind=K,
        body="""
Salut l'équipe,

On voudrait mettre sur notre site un lien pour que le public réserve des vols d'initiation planeur en ligne, avec paiement par carte. C'est faisable avec ce qu'on a, ou il faut un développement ?
Si c'est juste du paramétrage, est-ce que vous pouvez nous guider par téléphone un soir de semaine ? (je travaille en journée)

Merci !
Séb
CVV Auvergne – Issoire Le Broc
""",
    ),
    mail(
        "sfr18",
        "comptabilite@aeroclub-lorraine.fr",
        "Écart de TVA sur les factures de vols découverte",
        name="Comptabilité AC Lorraine",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

Sur les factures de vols découverte émises depuis octobre, la TVA est calculée à 20 % sur le montant TTC au lieu d'être extraite du TTC. Exemple : vol de 30 min vendu 120 € TTC, la facture indique 120 € HT + 24 € TVA = 144 €.
Les factures de vols instruction ne sont pas concernées.
Il faudrait corriger le paramétrage et nous dire comment régénérer les 18 factures concernées (liste ci-jointe).

Cordialement,
Élodie Marchal
Comptable – Aéro-club de Lorraine
""",
        att=("factures_vols_decouverte_oct_nov.pdf",),
    ),
    mail(
        "sfr19",
        "contact@ailes-du-sud.fr",
        "Synchronisation agenda Google",
        shape="html",
        kind=K,
        body="""
Bonjour,

Nos instructeurs aimeraient voir leurs réservations dans leur agenda Google. J'ai trouvé le lien iCal dans le profil, mais l'agenda ne se met à jour qu'une fois par jour environ, ce qui ne sert pas à grand-chose pour les annulations de dernière minute.

Y a-t-il un moyen d'accélérer ? Ou une autre méthode que vous conseillez ?

Merci,
Olivier Fabre
Les Ailes du Sud – Aérodrome de Cannes-Mandelieu
""",
    ),
    mail(
        "sfr20",
        "aeroclubvendee@orange.fr",
        "ca marche plus",
        shape="webmail",
        kind=K,
        body="""
bonjour
depuis la mise a jour de la semaine derniere les pilotes ne recoivent plus le mail de confirmation de reservation. j ai verifie les spams. rien
merci de regarder
alain
""",
    ),
    mail(
        "sfr21",
        "claire.perrin73@gmail.com",
        "Besoin d'aide sur les forfaits heures de vol",
        name="Claire Perrin",
        shape="gmail",
        kind=K,
        body="""
Bonjour,

Nous lançons un forfait « 10 heures de vol » à tarif préférentiel, payé d'avance. Je voudrais que les heures soient décomptées automatiquement à chaque vol et qu'une alerte parte quand il reste moins de 2 heures.
J'ai essayé avec les comptes prépayés mais je n'arrive pas à faire le lien avec le type de vol.

Pouvez-vous intervenir pour le paramétrer ? Nous avons des heures de bonus disponibles il me semble.

Merci beaucoup,
Claire Perrin
Responsable OpenFlyers – Aéroclub de Savoie
Chambéry-Challes-les-Eaux
06 62 19 84 30
""",
    ),
    mail(
        "sfr22",
        "president@aca-touraine.fr",
        "comptes pilotes negatifs",
        name="Philippe Berthelot",
        shape="apple",
        kind=K,
        body="""
Bonjour,

Est-il possible d'empêcher un pilote de réserver quand son compte est négatif au-delà de -100 € ? Actuellement le blocage se fait dès 0 € et c'est trop strict, les pilotes se plaignent.

Merci de votre retour,

Philippe Berthelot
Président Aéro-Club Air Touraine
Aérodrome de Tours-Sorigny
Tél : 02 47 26 41 09 / 06 07 58 33 12
""",
    ),
    mail(
        "sfr23",
        "ml.bonnet30@orange.fr",
        "Re: souci connexion membres",
        name="Marie-Laure Bonnet",
        shape="webmail",
        kind=K,
        note="'Re:' of an internal club thread, not of one of our messages",
        body="""
Bonjour,

Je me permets de vous écrire car plusieurs membres (au moins 5) n'arrivent plus à se connecter depuis qu'on a changé le nom de domaine de notre adresse mail club. Ils utilisaient leur adresse mail comme identifiant je crois.
Que faut-il faire de notre côté ?

Cordialement,
Marie-Laure Bonnet
Aéroclub des Cévennes – Alès Deaux

-------- Message d'origine --------
De : Gilles Arnaud <gilles.arnaud30@free.fr>
Date : 12/11/2026 21:10
À : ml.bonnet30@orange.fr
Objet : souci connexion membres

Marie-Laure, je n'arrive plus à me connecter, et Fabien non plus. Tu peux voir avec OpenFlyers ?
Gilles
""",
    ),
    mail(
        "sfr24",
        "tresorier@ac-picardie.fr",
        "Remise à zéro compteur horametre",
        name="Francis Delattre",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

Suite au remplacement du moteur du F-GNPA (DR400-120), l'horamètre a été remis à zéro par l'atelier. Comment saisir ce changement sans fausser les statistiques ni les potentiels ? Si c'est plus simple que vous le fassiez, allez-y, vous décompterez sur nos heures.

Francis Delattre
Trésorier – Aéroclub de Picardie
Aérodrome d'Albert-Bray
""",
    ),
    mail(
        "sfr25",
        "antoine.santoni@orange.fr",
        "plateforme tres lente",
        name="Antoine Santoni",
        shape="android",
        kind=K,
        body="""
Bonjour
depuis 2 jours le planning met 20 secondes a s'afficher sur telephone. Sur ordinateur ca va a peu pres. C'est chez vous ou chez nous ?
Antoine - AC Corse Ajaccio
""",
    ),
    mail(
        "sfr26",
        "secretariat@acliege.be",
        "Facturation en euros / TVA belge",
        name="Secrétariat AC Liège",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

Nous sommes un club belge et les factures émises par la plateforme affichent « TVA 20 % » alors que nos vols d'instruction sont exonérés chez nous (art. 44). Comment paramétrer une facture sans TVA avec la mention légale belge ?

Bien à vous,
Nadine Lambert
Secrétariat – Aéro-Club de Liège
Aéroport de Liège, Bâtiment 50 – 4460 Grâce-Hollogne
+32 4 234 56 78
""",
    ),
    mail(
        "sfr27",
        "caissier@gvv-romandie.ch",
        "Import des membres depuis Excel",
        name="Caissier GVV Romand",
        shape="gmail",
        kind=K,
        body="""
Bonjour,

Nous avons 23 nouveaux membres (stage jeunes de l'automne). Plutôt que de les saisir un par un, pouvez-vous les importer à partir du fichier Excel joint ? Les colonnes sont nom, prénom, date de naissance, email, téléphone, catégorie.
Décomptez le temps sur nos heures si nécessaire.

Avec nos meilleures salutations,
Jean-Marc Rochat
Caissier – Groupe de Vol à Voile Romand
Aérodrome de Bex
""",
        att=("nouveaux_membres_automne.xlsx",),
    ),
    mail(
        "sfr28",
        "accueil@aeroclub-savoie.fr",
        "planning qui saute",
        shape="iphone",
        kind=K,
        body="""
Bonjour, quand on déplace une réservation en glissant la case sur la tablette de l'accueil, elle revient toujours à sa place d'origine. Sur PC ça marche. C'est un bug ?
Merci
L'accueil ACS
""",
    ),
    mail(
        "sfr29",
        "contact@aca-touraine.fr",
        "Bug dans les statistiques annuelles DGAC",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

Le rapport statistique annuel (heures par type d'activité) mélange les heures de remorquage et les heures de voyage depuis qu'on a créé l'activité « remorquage planeur » en septembre. On doit envoyer les chiffres à la fédération avant le 15 janvier.
Pouvez-vous corriger, ou nous expliquer comment ventiler correctement ?

Bien cordialement,
Secrétariat Air Touraine
""",
        note="'avant le 15 janvier' is a deadline, not a not-before date",
    ),
    mail(
        "sfr30",
        "jean.dupres@gmail.com",
        "Aide OpenFlyers",
        name="Jean Duprès",
        shape="gmail",
        kind=K,
        note="sender not on record, names his club's platform",
        hint="ac-vendee",
        body="""
Bonjour,

Je suis le nouveau trésorier de l'aéroclub de Vendée (plateforme ac-vendee). Je n'arrive pas à trouver comment éditer le grand livre sur une période donnée, seulement l'année complète.
Pouvez-vous m'indiquer le chemin dans les menus ?

Merci,
Jean Duprès
""",
    ),
    mail(
        "sfr31",
        "inaki.etcheverry@gmail.com",
        "Vols partagés / co-avionnage",
        name="Iñaki Etcheverry",
        shape="gmail",
        kind=K,
        body="""
Bonjour,

Quand deux pilotes partagent un vol (chacun pilote une branche), comment répartir le coût 50/50 automatiquement ? Aujourd'hui notre trésorier le fait à la main à chaque fois et ça commence à faire beaucoup avec les navigations de l'hiver.

Trugarez / merci,
Iñaki Etcheverry
Responsable OpenFlyers – Aéroclub Pays Basque
Biarritz – 06 11 22 85 40
Assemblée générale le 23/01/2027 à 18h au club-house
""",
    ),
    mail(
        "sfr32",
        "ulmgascogne@hotmail.fr",
        "probleme",
        shape="outlook",
        kind=K,
        body="""
bjr
le pilote "ROMAIN D" apparait en double dans la liste des membres et quand on facture un vol ca va sur l ancien compte. comment fusionner ?
merci
ULM Club de Gascogne
""",
    ),
    mail(
        "sfr33",
        "secretariat@aeroclub-anjou.fr",
        "Intervention à planifier : archivage",
        name="Secrétariat AC Anjou",
        shape="outlook",
        logo=True,
        kind=K,
        body="""
Bonjour,

Nous avons plus de 400 anciens membres qui n'ont pas volé depuis 2019 et qui encombrent les listes. Pourriez-vous les archiver (sans perdre l'historique comptable, bien sûr) ? Un critère simple : aucune cotisation payée depuis 2020.

Merci de nous dire combien de temps cela prendra sur nos heures de bonus avant de lancer quoi que ce soit.

Cordialement,
Sophie Renard
Secrétariat – Aéroclub d'Anjou
Aérodrome d'Angers-Marcé – 49140 Marcé
02 41 33 15 60 – lundi, mercredi, vendredi
""",
    ),
    mail(
        "sfr34",
        "vvbourgogne@laposte.net",
        "Question sur le bareme remorquage",
        shape="latin1",
        kind=K,
        body="""
Bonjour,

Nous facturons le remorquage à la hauteur (500 m, 800 m, 1000 m). Est-ce que la plateforme peut calculer le prix en fonction de la hauteur de largage saisie plutôt qu'avec 3 produits différents ? On se trompe souvent de produit.

Merci d'avance.
Le secrétariat de l'AVVB
Aérodrome de Dijon-Darois
""",
    ),
    mail(
        "sfr35",
        "jp.faure87@orange.fr",
        "carnet de route electronique",
        name="Jean-Pierre Faure",
        shape="webmail",
        kind=K,
        body="""
Bonjour,

Est-il possible d'imprimer le carnet de route d'un avion sur une période (du 01/01 au 30/06 par exemple) pour le joindre au dossier de visite des 50 h ?
Je ne vois qu'un affichage écran.

Merci
JP Faure
Président – Aéro-Club du Limousin
Limoges-Bellegarde – 05 55 48 21 33
""",
    ),
    mail(
        "sfr36",
        "yannick.legoff@wanadoo.fr",
        "Nous avons migré l'an dernier, maintenant les soldes sont faux",
        name="Yannick Le Goff",
        shape="plain",
        kind=K,
        note="'migration' in the past; the ask is fixing balances",
        body="""
Bonjour,

Nous avons migré l'an dernier vers la nouvelle version et depuis, les soldes de 3 pilotes sont décalés de quelques euros par rapport à l'ancienne version (arrondis ?). On ne l'a remarqué qu'à la clôture.
Pourriez-vous regarder ces comptes : Le Bihan, Guéguen, Tanguy ?
C'est pas énorme mais le commissaire aux comptes va poser la question.

Merci,
Yannick Le Goff
Aéro-club Bretagne Nord – Saint-Brieuc Armor
""",
    ),
    mail(
        "sfr37",
        "contact@ulm-sologne.fr",
        "Ne recois plus les alertes",
        shape="gmail",
        kind=K,
        body="""
Bonjour

On ne recoit plus les alertes de fin de validité des assurances des pilotes proprietaires depuis le mois d'aout. Le parametre est bien coché dans la fiche.
On est abonnés First Price, c'est peut-être pas compris ?

Cordialement
Les Ailes de Sologne
""",
        note="mentions First Price; still a support question",
    ),
    mail(
        "sfr38",
        "ac.cevennes.compta@free.fr",
        "écritures de clôture",
        name="Compta Aéroclub des Cévennes",
        shape="plain",
        kind=K,
        body="""
Bonjour,

Pour clôturer l'exercice au 31/12 nous devons passer des écritures d'à-nouveaux. La procédure dans la documentation parle d'un bouton « Clôturer l'exercice » que je ne trouve pas.
Pouvez-vous m'aider ? Je peux vous appeler si c'est plus simple, dites-moi quand.

Marc Vidal
Trésorier bénévole – Aéroclub des Cévennes
""",
    ),
    mail(
        "sfr39",
        "direction@aeroclub-alsace.fr",
        "Question sur la sauvegarde des données",
        name="Direction AC Alsace",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

Dans le cadre de notre audit RGPD, pourriez-vous nous préciser :
1) où sont hébergées nos données et à quelle fréquence elles sont sauvegardées ;
2) comment exporter l'intégralité des données d'un membre qui en fait la demande.

Pour le point 2, si c'est une intervention de votre part, merci de nous indiquer le temps nécessaire.

Cordialement,
Direction – Aéroclub d'Alsace
""",
    ),
    mail(
        "sfr40",
        "aeroclub.limousin@wanadoo.fr",
        "Tableau des instructeurs vide",
        shape="latin1",
        kind=K,
        body="""
Bonjour,

Le tableau de disponibilité des instructeurs est vide depuis lundi alors que les 4 instructeurs ont saisi leurs dispos pour décembre. Quand on se connecte avec leur compte, on voit bien leurs créneaux.

Merci de regarder rapidement, on a des lâchers prévus la semaine prochaine.

Secrétariat – Aéro-Club du Limousin
""",
    ),
]
