"""First-contact requests of every kind (hand-written; labels in the M(...) calls)."""

from build_set import SIG_TRESO, M, add

# ---------------------------------------------------------------- migration
add(
    M(
        "mig-pas-avant",
        "Jean-Pierre Vasseur <tresorier@ac-mermoz.fr>",
        "Migration version 4",
        "Bonjour,\n\nNous souhaitons passer notre plateforme en version 4. Nous avons bien noté que la "
        "migration est irréversible.\nMerci de ne pas la faire pas avant le 15 mars, nous avons la saison "
        "des baptêmes avant.\n" + SIG_TRESO,
        kind="migration",
        nb="2027-03-15",
        tv="4",
    ),
    M(
        "mig-a-partir",
        "Paul Garnier <paul.garnier@ac-mermoz.fr>",
        "Demande de migration",
        "Bonjour,\nLe bureau a validé le passage à la V4. Vous pouvez programmer la migration à partir du "
        "2 mai.\nBien cordialement,\nPaul Garnier\nPrésident",
        date="Tue, 17 Nov 2026 20:41:10 +0100",
        kind="migration",
        nb="2027-05-02",
        tv="4",
    ),
    M(
        "mig-apres-ag",
        "Marc Delorme <marc.delorme@ac-bleriot.fr>",
        "migration openflyers",
        "Bonjour,\n\nsuite à la discussion en CA, nous voudrions migrer vers la version 4.0 de OpenFlyers, "
        "mais seulement après notre AG du 12 février (il faut que les membres soient informés).\n\n"
        "Cordialement\nMarc Delorme",
        date="Thu, 03 Dec 2026 18:02:44 +0100",
        kind="migration",
        nb="2027-02-12",
        tv="4",
    ),
    M(
        "mig-numeric",
        "Isabelle Girard <i.girard@cap-aviation.fr>",
        "Migration V4 Cap Aviation",
        "Bonjour,\nNous confirmons notre souhait de migrer en version 4. La date envisagée pour la migration "
        "est le 01/04/2027 (nos instructeurs seront formés d'ici là).\nMerci,\nIsabelle Girard",
        date="Wed, 20 Jan 2027 11:30:00 +0100",
        kind="migration",
        nb="2027-04-01",
        tv="4",
    ),
    M(
        "mig-alpha",
        "Olivier Fabre <o.fabre@nungesser-aviation.com>",
        "Passage en alpha",
        "Bonjour,\n\nNous aimerions passer sur la 4.1alpha dès que possible, nous acceptons de tourner sur une "
        "version en évolution constante.\n\nOlivier",
        kind="migration",
        tv="4.1alpha",
    ),
    M(
        "mig-40alpha-fp",
        "Sophie Lambert <sophie.lambert@mermoz-ulm.fr>",
        "Migration",
        "Bonjour,\nnous sommes en 3.5 et voudrions migrer vers la 4.0 alpha (gratuite pour nous si j'ai bien "
        "compris). Pas avant le 1er décembre svp, nous avons un audit DGAC en novembre.\nSophie\nULM Club Mermoz",
        date="Fri, 16 Oct 2026 08:05:00 +0200",
        kind="migration",
        nb="2026-12-01",
        tv="4.0alpha",
    ),
    M(
        "mig-beta",
        "Laurent Bonnet <laurent.bonnet@ulmsud.fr>",
        "version beta",
        "Salut l'équipe,\nOn voudrait basculer en version beta pour profiter des nouveautés du planning. "
        "Apres le 10 janvier idealement.\nLaurent",
        date="Sat, 19 Dec 2026 10:00:00 +0100",
        kind="migration",
        nb="2027-01-10",
        tv="beta",
    ),
    M(
        "mig-en-not-before",
        "David Clarke <david.clarke@wingflightschool.co.uk>",
        "Upgrade to version 4",
        "Hello,\n\nWe would like to upgrade our platform to version 4. Please do not do it before April 3rd: "
        "our examiners are on site until then.\n\nKind regards,\nDavid Clarke\nHead of Training\n"
        "Wing Flight School Ltd - +44 20 7946 0321",
        date="Mon, 08 Feb 2027 14:20:00 +0000",
        kind="migration",
        nb="2027-04-03",
        tv="4",
        lang="en",
    ),
    M(
        "mig-en-notbefore2",
        "accounts@wingflightschool.co.uk",
        "Migration request",
        "Hi,\nplease schedule the migration of our platform to the latest stable version, not before "
        "1 March 2027. We understand it cannot be undone.\nThanks\nEmma (accounts)",
        date="Tue, 05 Jan 2027 09:00:00 +0000",
        kind="migration",
        nb="2027-03-01",
        lang="en",
    ),
    M(
        "mig-deadline",
        "ac.saintex@orange.fr",
        "Migration v4 avant la saison",
        "Bonjour,\nEst-il possible de migrer notre plateforme en V4 avant le 15 mars ? Nous voudrions que "
        "ce soit fait avant la reprise de la saison.\nMerci\nJacques Perrin",
        date="Mon, 11 Jan 2027 17:45:00 +0100",
        kind="migration",
        tv="4",
    ),
    M(
        "mig-noaccent",
        "tresorerie.cvva49@gmail.com",
        "migration vers la version 4",
        "bonjour\nle club souhaiterait migrer vers la version 4, on a vu que ca coute 50 euros HT pour nous. "
        "pas de migration avant le 20 novembre stp car le treso est en vacances\nHenri",
        kind="migration",
        nb="2026-11-20",
        tv="4",
    ),
    M(
        "mig-typos",
        "Yann Le Goff <yann.legoff@acpv.bzh>",
        "Migartion plateforme",
        "Bonjour,\nNous voudrions faire la migartion de la plateforme vers la verison 4 au plus tôt le "
        "3 novembre.\nMerci d'avance\nYann",
        kind="migration",
        nb="2026-11-03",
        tv="4",
    ),
    M(
        "mig-shout",
        "ac.saintex@orange.fr",
        "URGENT !!!",
        "Bonjour,\nPouvez-vous nous migrer en version 4 ? Le CA a voté pour. Merci de ne rien faire avant "
        "le 5 janvier.\nJacques",
        date="Wed, 09 Dec 2026 22:10:00 +0100",
        kind="migration",
        nb="2027-01-05",
        tv="4",
    ),
    M(
        "mig-36",
        "secretariat@ac-bleriot.fr",
        "Mise à niveau vers 3.6",
        "Bonjour,\nNotre plateforme est encore en 3.5. Nous souhaiterions passer en 3.6 afin de pouvoir "
        "demander une plateforme de test ensuite.\nLa secrétaire, Anne",
        kind="migration",
        tv="3.6",
    ),
    M(
        "mig-cash",
        "Claire Moreau <claire.moreau@guynemer-aviation.fr>",
        "Migration prioritaire",
        "Bonjour,\nNous devons migrer en version 4 rapidement (nouvelle flotte au printemps). Nous sommes "
        "prêts à payer un supplément pour que notre migration passe en priorité.\nÀ partir du 8 février "
        "c'est possible pour nous.\nCordialement,\nClaire Moreau, gérante",
        date="Tue, 19 Jan 2027 10:12:00 +0100",
        kind="migration",
        nb="2027-02-08",
        tv="4",
        cash=True,
    ),
    M(
        "mig-fee-not-cash",
        "tresorier@ac-mermoz.fr",
        "Migration et facture",
        "Bonjour,\nNous allons régler les frais de migration par virement dès réception de la facture. "
        "Merci de planifier notre migration vers la version 4 après le 20 avril.\n" + SIG_TRESO,
        date="Mon, 01 Mar 2027 09:00:00 +0100",
        kind="migration",
        nb="2027-04-20",
        tv="4",
    ),
    M(
        "mig-fwd",
        "contact@ac-mermoz.fr",
        "TR: Migration",
        "Pour suite à donner.\n\n---------- Forwarded message ---------\nDe : Paul Garnier "
        "<paul.garnier@ac-mermoz.fr>\nDate: lun. 12 oct. 2026 à 08:01\nSubject: Migration\nTo: "
        "<contact@ac-mermoz.fr>\n\nPeux-tu demander à OpenFlyers de migrer la plateforme en version 4, "
        "pas avant le 30 novembre ?\nPaul\n",
        kind="migration",
        nb="2026-11-30",
        tv="4",
    ),
    M(
        "mig-html",
        "Nathalie Roux <nathalie.roux@ac-heleneboucher.fr>",
        "Demande migration V4",
        "Bonjour,\n\nLe comité directeur de l'Aéroclub Hélène Boucher a décidé de migrer la plateforme en "
        "version 4.\nNous souhaitons que la bascule se fasse à compter du 4 janvier.\n\nBien à vous,\n"
        "Nathalie Roux\nSecrétaire",
        html=True,
        inline_logo=True,
        date="Thu, 26 Nov 2026 12:00:00 +0100",
        kind="migration",
        nb="2027-01-04",
        tv="4",
    ),
    M(
        "mig-year-roll",
        "secretaire@ac-heleneboucher.fr",
        "migration",
        "Bonjour, nous voudrions migrer en V4 mais pas avant le 10 janvier (clôture des comptes).\nMerci",
        date="Tue, 15 Dec 2026 08:00:00 +0100",
        kind="migration",
        nb="2027-01-10",
        tv="4",
    ),
    M(
        "mig-past-sig",
        "chefpilote.saintex@orange.fr",
        "Migration version 4 de la plateforme",
        "Bonjour,\n\nSuite à notre échange téléphonique, merci de migrer la plateforme de l'aéroclub en "
        "version 4 dès le 12 avril.\n\nCordialement,\nPierre Vidal\nChef pilote\nRéunion pilotes le 02/03/2027",
        date="Sun, 14 Feb 2027 19:30:00 +0100",
        kind="migration",
        nb="2027-04-12",
        tv="4",
    ),
    M(
        "mig-nodate",
        "direction@nungesser-aviation.com",
        "Migration vers la 4 stable",
        "Bonjour,\nNous sommes actuellement en 4.0alpha et voudrions revenir sur la version stable 4 dès "
        "qu'elle sera disponible.\nOlivier Fabre",
        kind="migration",
        tv="4",
    ),
)

# ---------------------------------------------------------------- support (some mention migration)
add(
    M(
        "sup-planning",
        "chefpilote.saintex@orange.fr",
        "Planning qui ne s'affiche plus",
        "Bonjour,\nDepuis ce matin le planning des réservations ne s'affiche plus sur les tablettes du club "
        "(écran blanc). Sur PC ça fonctionne. Pouvez-vous regarder ?\nPierre, chef pilote",
        kind="support",
    ),
    M(
        "sup-after-mig",
        "tresorier@ac-mermoz.fr",
        "Problème factures",
        "Bonjour,\n\nDepuis la migration de la semaine dernière, les factures des vols ne sortent plus en "
        "PDF, on a un message d'erreur.\nMerci de votre aide.\n" + SIG_TRESO,
        kind="support",
    ),
    M(
        "sup-mention-mig",
        "Sophie Lambert <sophie.lambert@mermoz-ulm.fr>",
        "Question export compta",
        "Bonjour,\nComment exporter les écritures comptables vers notre logiciel de compta ? On pense migrer "
        "en V4 l'an prochain mais pour l'instant on a besoin de cet export en 3.5.\nMerci\nSophie",
        kind="support",
    ),
    M(
        "sup-en",
        "office@wingflightschool.co.uk",
        "Booking error",
        "Hello,\nOur instructors cannot book the simulator since yesterday: the page shows an error 500. "
        "Could you have a look?\nThanks,\nDavid",
        lang="en",
        kind="support",
    ),
    M(
        "sup-caps",
        "ac.saintex@orange.fr",
        "PROBLEME",
        "Bonjour\nles soldes des pilotes sont faux depuis "
        "hier soir, ils ont tous été débités deux fois du vol de dimanche.\nJacques",
        kind="support",
    ),
    M(
        "sup-howto",
        "secretaire@ac-heleneboucher.fr",
        "Comment ajouter une qualification ?",
        "Bonjour,\ncomment fait-on pour ajouter une qualification (SEP) à un pilote et la date de validité ?\n"
        "Merci\nNathalie",
        kind="support",
    ),
    M(
        "sup-outlook-sig",
        "Henri Caron <henri.caron@laposte.net>",
        "Treuillage et planche de vol",
        "Bonjour,\n\nLa planche de vol ne reprend pas les lancers au treuil depuis la mise à jour. Les vols "
        "remorqués sont bien comptés. Est-ce un bug ?\n\nHenri Caron\nPrésident CVVA\n"
        "Club de vol à voile d'Anjou\nTél : 02 41 00 00 00\n\nCe message et toutes les pièces jointes sont "
        "confidentiels et établis à l'intention exclusive de ses destinataires.",
        kind="support",
    ),
    M(
        "sup-members",
        "bureau@mermoz-ulm.fr",
        "Membres bloqués",
        "Bonjour, plusieurs membres n'arrivent plus à réserver, ils ont le message cotisation non à jour "
        "alors qu'ils ont payé. Merci de votre aide",
        kind="support",
    ),
    M(
        "sup-phone",
        "compta@guynemer-aviation.fr",
        "Demande d'intervention",
        "Bonjour,\nPourriez-vous nous rappeler pour nous aider à paramétrer les tarifs instructeurs ? "
        "Nous avons des heures de bonus, vous pouvez les utiliser.\nCordialement\nService comptable",
        kind="support",
    ),
    M(
        "sup-en-howto",
        "david.clarke@wingflightschool.co.uk",
        "How to set up currency alerts",
        "Hi team,\nHow do we configure the alerts for expiring medicals and SEP ratings? We could not find it "
        "in the documentation.\nBest,\nDavid",
        lang="en",
        kind="support",
    ),
    M(
        "sup-logbook",
        "j.perrin@free.fr",
        "carnet de route",
        "Bonjour,\nle carnet de route du F-GKQB n'affiche pas les heures moteur correctes depuis la saisie "
        "d'hier. Pouvez vous corriger ?\nJacques",
        kind="support",
    ),
    M(
        "sup-mig-question",
        "acpv@acpv.bzh",
        "Question sur la migration",
        "Bonjour,\nNous avons été migrés il y a 15 jours et depuis les instructeurs ne voient plus leurs "
        "disponibilités dans le planning. C'est un problème de paramétrage ?\nYann",
        kind="support",
    ),
    M(
        "sup-fwd-member",
        "contact@cap-aviation.fr",
        "TR: souci de réservation",
        "Bonjour, je vous transfère le message d'un élève.\n\n-------- Message transféré --------\n"
        "Sujet : souci de réservation\nDate : Mon, 12 Oct 2026 07:55:12 +0200\nDe : Lucas <lucas@gmail.com>\n"
        "Pour : contact@cap-aviation.fr\n\nBonjour, je n'arrive pas à annuler ma réservation de samedi, le "
        "bouton ne fait rien.\nLucas\n",
        kind="support",
    ),
    M(
        "sup-attach",
        "i.girard@cap-aviation.fr",
        "Erreur sur la facture d'un élève",
        "Bonjour,\nCi-joint la capture : la facture d'un élève affiche un montant négatif. Pouvez-vous "
        "vérifier ?\nIsabelle",
        att=1,
        kind="support",
    ),
    M(
        "sup-html-gmail",
        "ulmsudaventure@gmail.com",
        "souci avec les mails de rappel",
        "Bonjour,\nles pilotes ne recoivent plus les mails de rappel de réservation. Merci de regarder.\n"
        "Laurent",
        html=True,
        kind="support",
    ),
)

# ---------------------------------------------------------------- dev_quote
add(
    M(
        "dev-export",
        "Isabelle Girard <i.girard@cap-aviation.fr>",
        "Demande de devis développement",
        "Bonjour,\nNous souhaiterions un devis pour le développement d'un export automatique des heures de "
        "vol vers notre logiciel de paie.\nCap Aviation Formation\nIsabelle Girard",
        kind="dev_quote",
    ),
    M(
        "dev-feature",
        "president@ac-bleriot.fr",
        "Nouvelle fonctionnalité : gestion des badges",
        "Bonjour,\nL'Aéro-club Louis Blériot aimerait une évolution : pouvoir ouvrir le hangar avec un badge "
        "lié à la réservation. Pouvez-vous chiffrer ce développement ?\nMarc Delorme",
        kind="dev_quote",
    ),
    M(
        "dev-cash",
        "claire.moreau@guynemer-aviation.fr",
        "Devis module maintenance",
        "Bonjour,\nNous voudrions un devis pour un module de suivi de maintenance (potentiels, visites 50h). "
        "Si nos heures de bonus ne suffisent pas, nous sommes prêts à payer le complément.\nClaire Moreau",
        kind="dev_quote",
        cash=True,
    ),
    M(
        "dev-en",
        "david.clarke@wingflightschool.co.uk",
        "Quote for a development",
        "Hello,\nWe would like a quote for developing an API endpoint so that our CRM can read student "
        "progress. We are happy to pay extra to have it sooner.\nRegards,\nDavid",
        kind="dev_quote",
        lang="en",
        cash=True,
    ),
    M(
        "dev-noaccent",
        "tresorerie.cvva49@gmail.com",
        "devis developpement",
        "bonjour, serait-il possible d'avoir un devis pour developper la gestion des remorquages par "
        "planeur ? (comptage des lancers par remorqueur)\nHenri",
        kind="dev_quote",
    ),
    M(
        "dev-adapt",
        "gestion@nungesser-aviation.com",
        "Adaptation facturation",
        "Bonjour,\nNous aurions besoin d'une adaptation sur mesure de la facturation (tarif dégressif par "
        "bloc de 10h). Merci de nous faire une estimation.\nOlivier Fabre",
        kind="dev_quote",
    ),
    M(
        "dev-priority",
        "direction@nungesser-aviation.com",
        "Développement : envoi SMS",
        "Bonjour,\nNous souhaitons faire développer l'envoi de SMS de rappel avant les vols. Nous pouvons "
        "financer une partie pour passer devant dans la file. Merci de nous faire un devis.\nO. Fabre",
        kind="dev_quote",
        cash=True,
    ),
    M(
        "dev-forum",
        "contact@ac-heleneboucher.fr",
        "Idée d'évolution",
        "Bonjour,\nNous aimerions une nouvelle fonctionnalité pour gérer les baptêmes de l'air (bons cadeaux "
        "avec QR code). Est-ce que vous pourriez nous établir un devis ?\nMerci\nNathalie",
        kind="dev_quote",
    ),
    M(
        "dev-not-cash",
        "admin@guynemer-aviation.fr",
        "Devis évolution planning",
        "Bonjour,\nPouvez-vous chiffrer une évolution du planning pour afficher les disponibilités des "
        "mécaniciens ? Nous n'avons pas de budget supplémentaire : uniquement nos heures de bonus.\nClaire",
        kind="dev_quote",
    ),
    M(
        "dev-en-2",
        "accounts@wingflightschool.co.uk",
        "Feature request - invoices in GBP",
        "Hi,\nCould you give us an estimate for a custom development: invoices with VAT shown in GBP and EUR? "
        "Our bonus hours should cover it.\nEmma",
        kind="dev_quote",
        lang="en",
    ),
)

# ---------------------------------------------------------------- renewal (devis trap)
add(
    M(
        "ren-devis",
        "tresorier@ac-mermoz.fr",
        "Devis renouvellement 2027",
        "Bonjour,\nPourriez-vous m'envoyer un devis pour le renouvellement de notre abonnement 2027 ? Le "
        "bureau doit le voter.\n" + SIG_TRESO,
        kind="renewal",
    ),
    M(
        "ren-how",
        "tresorerie.cvva49@gmail.com",
        "renouvellement abonnement",
        "Bonjour,\ncomment faire pour renouveler l'abonnement pour l'année prochaine ? On paiera par "
        "virement.\nHenri",
        kind="renewal",
    ),
    M(
        "ren-fewer",
        "ac.saintex@orange.fr",
        "Renouvellement avec moins d'avions",
        "Bonjour,\nPour le renouvellement, nous n'aurons plus que 4 avions l'an prochain (le PA28 est vendu). "
        "Comment payer pour 4 ressources seulement ?\nJacques Perrin, trésorier",
        kind="renewal",
    ),
    M(
        "ren-en",
        "accounts@wingflightschool.co.uk",
        "Subscription renewal 2027",
        "Hello,\nPlease could you tell us how to renew our subscription for 2027? We will pay by card.\n"
        "Thanks,\nEmma",
        lang="en",
        kind="renewal",
    ),
    M(
        "ren-facture",
        "facturation@cap-aviation.fr",
        "Facture abonnement annuel",
        "Bonjour, nous n'arrivons pas à trouver la facture de l'abonnement annuel pour la payer. Pouvez-vous "
        "nous l'envoyer ?\nService facturation",
        kind="renewal",
    ),
    M(
        "ren-cheque",
        "bureau@mermoz-ulm.fr",
        "Paiement renouvellement par chèque",
        "Bonjour,\nNous préférons régler le renouvellement par chèque, à quelle adresse l'envoyer ?\nSophie",
        kind="renewal",
    ),
    M(
        "ren-devis-noacc",
        "acpv@acpv.bzh",
        "devis abonnement 2027",
        "Bonjour, le tresorier voudrait un devis pour l'abonnement 2027 avec 5 avions, pour le budget.\nYann",
        date="Fri, 20 Nov 2026 10:00:00 +0100",
        kind="renewal",
    ),
    M(
        "ren-caps",
        "contact@ac-heleneboucher.fr",
        "RENOUVELLEMENT",
        "Bonjour,\nnotre abonnement expire à la fin "
        "de l'année, merci de nous indiquer la marche à suivre pour renouveler.\nNathalie",
        kind="renewal",
    ),
)

# ---------------------------------------------------------------- resource_change
add(
    M(
        "res-add",
        "Paul Garnier <paul.garnier@ac-mermoz.fr>",
        "Nouvel avion",
        "Bonjour,\nNous venons d'acheter un DR400 (F-HBXC). Comment l'ajouter sur la plateforme ? Faut-il "
        "payer une facture complémentaire ?\nPaul",
        kind="resource_change",
    ),
    M(
        "res-sold",
        "chefpilote.saintex@orange.fr",
        "Vente du PA28",
        "Bonjour,\nNous avons vendu le F-GKQB, merci de nous dire comment retirer cet avion de la plateforme.\n"
        "Pierre",
        kind="resource_change",
    ),
    M(
        "res-sim",
        "i.girard@cap-aviation.fr",
        "Ajout simulateur",
        "Bonjour,\nNous allons ajouter un simulateur Alsim au planning à partir de janvier. Que faut-il faire "
        "côté abonnement ?\nIsabelle",
        kind="resource_change",
    ),
    M(
        "res-replace",
        "secretariat@ac-bleriot.fr",
        "Remplacement temporaire d'un avion",
        "Bonjour,\nLe F-GMLX est en grande visite, nous louons un autre DR400 pour 2 mois. Peut-on remplacer "
        "l'avion temporairement sans payer une ressource de plus ?\nAnne",
        kind="resource_change",
    ),
    M(
        "res-en",
        "office@wingflightschool.co.uk",
        "Adding an aircraft",
        "Hello,\nWe bought a second Cessna 152 (G-WFSB). How do we add it to the platform, and what will it "
        "cost for the rest of the year?\nDavid",
        lang="en",
        kind="resource_change",
    ),
    M(
        "res-glider",
        "cvva49@wanadoo.fr",
        "nouveau planeur",
        "Bonjour\nle club a acquis un nouveau planeur biplace ASK21, il faudrait l'integrer dans les "
        "ressources. Merci\nHenri",
        kind="resource_change",
    ),
    M(
        "res-ulm",
        "ulmsudaventure@gmail.com",
        "ajout d'un ULM",
        "Salut, on rajoute un pendulaire à la flotte le mois prochain, comment on fait pour l'ajouter ? "
        "Laurent",
        kind="resource_change",
    ),
    M(
        "res-remove",
        "tresorier@acpv.bzh",
        "Suppression ressource",
        "Bonjour,\nMerci de désactiver le Cessna 172 F-GDCT qui ne vole plus (moteur HS).\nYann",
        kind="resource_change",
    ),
)

# ---------------------------------------------------------------- hours_statement
add(
    M(
        "hrs-reste",
        "tresorier@ac-mermoz.fr",
        "Heures de bonus",
        "Bonjour,\nPourriez-vous me dire combien d'heures de bonus il nous reste pour cette année ?\n"
        + SIG_TRESO,
        kind="hours_statement",
    ),
    M(
        "hrs-releve",
        "compta@guynemer-aviation.fr",
        "Relevé d'heures d'assistance",
        "Bonjour, merci de nous envoyer le relevé des heures d'assistance consommées en 2026.\nClaire",
        kind="hours_statement",
    ),
    M(
        "hrs-en",
        "david.clarke@wingflightschool.co.uk",
        "Remaining hours",
        "Hi,\nHow many bonus hours do we have left this year?\nThanks\nDavid",
        lang="en",
        kind="hours_statement",
    ),
    M(
        "hrs-noacc",
        "acpv@acpv.bzh",
        "solde heures",
        "bonjour, on voudrait connaitre le solde d'heures restantes sur notre abonnement. merci. Yann",
        kind="hours_statement",
    ),
    M(
        "hrs-point",
        "gestion@nungesser-aviation.com",
        "Point sur nos heures",
        "Bonjour,\nPouvez-vous faire le point sur les heures de développement utilisées cette année ?\nOlivier",
        kind="hours_statement",
    ),
    M(
        "hrs-en-2",
        "accounts@wingflightschool.co.uk",
        "Hours statement please",
        "Hello,\ncould you send us a statement of our hours used so far?\nEmma",
        lang="en",
        kind="hours_statement",
    ),
    M(
        "hrs-decompte",
        "contact@ac-heleneboucher.fr",
        "Décompte",
        "Bonjour, où en est le décompte de nos heures d'assistance ? Il nous en reste combien ?\nNathalie",
        kind="hours_statement",
    ),
)

# ---------------------------------------------------------------- password_reset
add(
    M(
        "pwd-forgot",
        "contact@ac-mermoz.fr",
        "Mot de passe oublié",
        "Bonjour,\nJe n'arrive plus à me connecter à notre compte client, j'ai oublié le mot de passe. "
        "Pouvez-vous le réinitialiser ?\nPaul",
        kind="password_reset",
    ),
    M(
        "pwd-noacc",
        "ulmsudaventure@gmail.com",
        "mdp perdu",
        "salut, on a perdu le mdp du compte client ulm-sud. Vous pouvez le reinitialiser ? Laurent",
        kind="password_reset",
        hint="ulm-sud",
    ),
    M(
        "pwd-en",
        "office@wingflightschool.co.uk",
        "Password reset",
        "Hello,\nWe forgot the password of our client account. Could you reset it please?\nDavid",
        lang="en",
        kind="password_reset",
    ),
    M(
        "pwd-manual",
        "bureau@mermoz-ulm.fr",
        "Réinitialisation du mot de passe",
        "Bonjour,\nLe lien mot de passe oublié ne fonctionne pas (mail jamais reçu). Pouvez-vous faire une "
        "réinitialisation manuelle ?\nSophie",
        kind="password_reset",
    ),
    M(
        "pwd-acces",
        "secretaire@ac-heleneboucher.fr",
        "Accès espace client",
        "Bonjour,\nLa nouvelle secrétaire n'a pas le mot de passe de l'espace client, l'ancienne ne s'en "
        "souvient plus. Comment le récupérer ?\nNathalie",
        kind="password_reset",
    ),
    M(
        "pwd-unknown",
        "Gérard Martin <gerard.martin@orange.fr>",
        "mot de passe",
        "Bonjour, je suis le nouveau trésorier de l'aéroclub, plateforme mermoz. J'ai oublié le mot de passe "
        "du compte client, pouvez-vous me l'envoyer ?\nGérard",
        kind="password_reset",
        hint="mermoz",
    ),
)

# ---------------------------------------------------------------- contact_update
add(
    M(
        "ctc-new-address",
        "contact@ac-mermoz.fr",
        "Changement d'adresse mail",
        "Bonjour,\nMerci de remplacer l'adresse de contact tresorier@ac-mermoz.fr par "
        "tresorerie@ac-mermoz.fr à partir de maintenant.\nPaul",
        kind="contact_update",
    ),
    M(
        "ctc-en",
        "accounts@wingflightschool.co.uk",
        "Change of contact email",
        "Hello,\nPlease update our contact email to finance@wingflightschool.co.uk, the accounts address "
        "will no longer be used.\nEmma",
        lang="en",
        kind="contact_update",
    ),
    M(
        "ctc-coord",
        "secretariat@ac-bleriot.fr",
        "Mise à jour de nos coordonnées",
        "Bonjour,\nNotre adresse e-mail principale change : merci de mettre à jour nos coordonnées avec "
        "aeroclub.bleriot@gmail.com.\nAnne, secrétaire",
        kind="contact_update",
    ),
    M(
        "ctc-noacc",
        "ulmsud.compta@gmail.com",
        "changement mail",
        "bonjour, l adresse mail client ulmsudaventure@gmail.com n est plus valide, merci de mettre "
        "celle ci a la place : contact@ulmsud.fr",
        kind="contact_update",
    ),
    M(
        "ctc-unknown",
        "Bernard Petit <bpetit@club-internet.fr>",
        "Adresse mail de la plateforme",
        "Bonjour,\nJe souhaite changer l'adresse e-mail de contact de la plateforme mermoz-ulm, merci de "
        "mettre bpetit@club-internet.fr.\nBernard Petit",
        kind="contact_update",
        hint="mermoz-ulm",
    ),
    M(
        "ctc-tel",
        "contact@cap-aviation.fr",
        "Modification coordonnées facturation",
        "Bonjour,\nMerci de modifier l'adresse de facturation : factures@cap-aviation.fr.\nCordialement",
        kind="contact_update",
    ),
)

# ---------------------------------------------------------------- owner_change
add(
    M(
        "own-kbis",
        "direction@nungesser-aviation.com",
        "Changement de responsable OpenFlyers",
        "Bonjour,\nSuite au départ de M. Fabre, M. Thomas Noël devient le responsable OpenFlyers de la "
        "société (thomas.noel@nungesser-aviation.com). Vous trouverez ci-joint la lettre signée du gérant et "
        "l'extrait K-BIS.\nCordialement",
        att=2,
        kind="owner_change",
    ),
    M(
        "own-ag",
        "president@ac-bleriot.fr",
        "Nouveau président",
        "Bonjour,\nLors de l'AG du 10 octobre, Mme Claire Dumas a été élue présidente et sera la nouvelle "
        "responsable de la plateforme. Ci-joint le PV de l'AG.\nMarc Delorme, président sortant",
        att=1,
        kind="owner_change",
    ),
    M(
        "own-noatt",
        "acpv@acpv.bzh",
        "changement de responsable",
        "Bonjour, le responsable de la plateforme change, c'est désormais Erwan Kerjean "
        "(erwan.kerjean@acpv.bzh) qui reprend la gestion. Que faut-il faire ?\nYann",
        kind="owner_change",
    ),
    M(
        "own-en",
        "office@wingflightschool.co.uk",
        "New person in charge",
        "Hello,\nDavid Clarke is leaving the school. The new person in charge of our platform will be "
        "Sarah Jones (sarah.jones@wingflightschool.co.uk). Signed letter attached.\nRegards",
        att=1,
        lang="en",
        kind="owner_change",
    ),
    M(
        "own-unknown",
        "Claire Dumas <claire.dumas@gmail.com>",
        "Responsable plateforme bleriot",
        "Bonjour,\nJe suis la nouvelle présidente de l'aéroclub (plateforme bleriot) et je dois devenir "
        "responsable OpenFlyers à la place de M. Delorme. Ci-joint le procès-verbal.\nClaire Dumas",
        att=1,
        kind="owner_change",
        hint="bleriot",
    ),
    M(
        "own-email-too",
        "contact@ac-heleneboucher.fr",
        "Changement de président et d'adresse",
        "Bonjour,\nNotre nouveau président Luc Martin remplace Nathalie Roux comme responsable de la "
        "plateforme ; merci aussi de changer l'adresse e-mail du responsable (luc.martin@ac-heleneboucher.fr). "
        "PV de l'AG en pièce jointe.\nLe secrétariat",
        att=1,
        kind="owner_change",
    ),
)

# ---------------------------------------------------------------- test_platform
add(
    M(
        "tst-of4",
        "paul.garnier@ac-mermoz.fr",
        "Plateforme de test V4",
        "Bonjour,\nAvant de décider de la migration, nous aimerions une plateforme de test mermoz.of4 pour "
        "essayer la version 4.\nPaul",
        kind="test_platform",
        tv="4",
        hint="mermoz",
    ),
    M(
        "tst-copy",
        "secretaire@ac-heleneboucher.fr",
        "Plateforme test",
        "Bonjour, est-il possible d'avoir une plateforme de test (copie de notre plateforme) pour former les "
        "nouveaux instructeurs ?\nNathalie",
        kind="test_platform",
    ),
    M(
        "tst-en",
        "david.clarke@wingflightschool.co.uk",
        "Test platform for version 4",
        "Hello,\nCould we have a test platform on version 4 (the .of4 copy) to try it before migrating?\n"
        "Regards,\nDavid",
        lang="en",
        kind="test_platform",
        tv="4",
    ),
    M(
        "tst-noacc",
        "chefpilote.saintex@orange.fr",
        "plateforme de test",
        "bonjour, on voudrait une plateforme de test pour essayer des parametrages sans casser la prod. "
        "merci. Pierre",
        kind="test_platform",
    ),
    M(
        "tst-dot-test",
        "ac.saintex@orange.fr",
        "Demande saint-ex.test",
        "Bonjour,\nPouvez-vous nous créer saint-ex.test ? Pas avant le 2 novembre, nous faisons le ménage "
        "dans les comptes pilotes d'ici là.\nJacques",
        kind="test_platform",
        nb="2026-11-02",
        hint="saint-ex",
    ),
    M(
        "tst-v4-try",
        "yann.legoff@acpv.bzh",
        "Essai de la version 4",
        "Bonjour,\nNous voudrions tester la version 4 sur une copie de notre plateforme avant de migrer. "
        "C'est possible ?\nYann",
        kind="test_platform",
        tv="4",
    ),
    M(
        "tst-unknown-hint",
        "Marie Leroy <marie.leroy@yahoo.fr>",
        "Plateforme d'essai",
        "Bonjour,\nJe suis instructrice à l'aéroclub (openflyers.com/mermoz-ulm/) et j'aimerais une plateforme "
        "de test pour préparer les cours.\nMarie",
        kind="test_platform",
        hint="mermoz-ulm",
    ),
)

# ---------------------------------------------------------------- other
add(
    M(
        "oth-prospect",
        "Karim Benali <k.benali@aeroclub-exemple.fr>",
        "Renseignements tarifs",
        "Bonjour,\nNotre aéroclub utilise un autre logiciel et nous sommes intéressés par votre solution. "
        "Pourriez-vous nous envoyer une présentation ?\nKarim",
        kind="other",
    ),
    M(
        "oth-seo",
        "Julie <julie@seo-boost.example>",
        "Votre référencement",
        "Bonjour,\nNous aidons les entreprises à améliorer leur référencement SEO. Seriez-vous disponible "
        "pour un échange de 15 minutes ?\nJulie",
        kind="other",
    ),
    M(
        "oth-thanks",
        "paul.garnier@ac-mermoz.fr",
        "Merci",
        "Bonjour,\nJuste un petit mot pour remercier toute l'équipe, la soirée du club s'est très bien "
        "passée.\nPaul",
        kind="other",
    ),
    M(
        "oth-en-partner",
        "partnerships@avionics-example.com",
        "Partnership proposal",
        "Hello,\nWe are a company selling avionics and would like to discuss a partnership with you.\n"
        "Best regards",
        lang="en",
        kind="other",
    ),
    M(
        "oth-invite",
        "president@ac-bleriot.fr",
        "Invitation meeting aérien",
        "Bonjour,\nL'aéroclub organise un meeting le 6 juin, vous êtes les bienvenus ! Invitation jointe.\nMarc",
        att=1,
        kind="other",
    ),
)

# ---------------------------------------------------------------- unknown senders with hints (R5)
add(
    M(
        "hint-url-mermoz",
        "Alain Roche <alain.roche@sfr.fr>",
        "Migration",
        "Bonjour,\nJe suis le nouveau trésorier du club (https://openflyers.com/mermoz/). Nous voudrions "
        "migrer en version 4 pas avant le 1er février.\nAlain Roche",
        kind="migration",
        nb="2027-02-01",
        tv="4",
        hint="mermoz",
    ),
    M(
        "hint-ulm-vs",
        "Pierre Faure <p.faure@gmail.com>",
        "Heures restantes",
        "Bonjour,\nCombien reste-t-il d'heures de bonus sur la plateforme mermoz-ulm ? Je suis le nouveau "
        "trésorier, pas encore enregistré chez vous.\nPierre",
        kind="hours_statement",
        hint="mermoz-ulm",
    ),
    M(
        "hint-guest",
        "stagiaire.guynemer@gmail.com",
        "Bug planning",
        "Bonjour, sur openflyers.com/guynemer le planning plante quand on filtre par instructeur. Merci",
        kind="support",
        hint="guynemer",
    ),
)
