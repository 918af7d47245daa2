"""A second batch, written after the first tuning as a generalisation probe (different phrasings)."""

from build_set import M, add

S = "ac.saintex@orange.fr"
add(
    M(
        "p-sup-double",
        "compta@guynemer-aviation.fr",
        "Question facturation",
        "Bonjour, un pilote a été facturé deux fois pour le même vol, comment annuler la deuxième facture ?",
        kind="support",
    ),
    M(
        "p-mig-saison",
        "tresorier@acpv.bzh",
        "Passage à la version 4",
        "Bonjour, nous aimerions bénéficier de la nouvelle version 4 de la plateforme. Merci d'organiser la "
        "mise à jour, idéalement pas avant la fin de la saison, soit le 1er novembre.",
        kind="migration",
        nb="2026-11-01",
        tv="4",
    ),
    M(
        "p-ctc-treso",
        "contact@ac-mermoz.fr",
        "Changement trésorier",
        "Bonjour, notre trésorier a changé, merci de remplacer son adresse mail (tresorier@ac-mermoz.fr) par "
        "tresorerie@ac-mermoz.fr dans notre fiche client.",
        kind="contact_update",
    ),
    M(
        "p-hrs-assist",
        "secretaire@ac-heleneboucher.fr",
        "Demande",
        "Bonjour, pourriez-vous nous indiquer le nombre d'heures d'assistance qu'il nous reste ?",
        kind="hours_statement",
    ),
    M(
        "p-pwd-refuse",
        "i.girard@cap-aviation.fr",
        "Compte client",
        "Bonjour, impossible de me connecter à l'espace client, mot de passe refusé. Pouvez-vous le "
        "réinitialiser ?",
        kind="password_reset",
    ),
    M(
        "p-ren-devis",
        "tresorerie.cvva49@gmail.com",
        "Devis",
        "Bonjour, pouvez-vous nous faire parvenir le devis de l'abonnement pour l'an prochain ?",
        kind="renewal",
    ),
    M(
        "p-res-dr401",
        "paul.garnier@ac-mermoz.fr",
        "Nouvelle machine",
        "Bonjour, nous recevons un Robin DR401 la semaine prochaine, merci de nous indiquer la procédure pour "
        "le mettre dans le planning.",
        kind="resource_change",
    ),
    M(
        "p-res-sim",
        "i.girard@cap-aviation.fr",
        "Simulateur",
        "Bonjour, nous n'utilisons plus le simulateur, pouvez-vous le retirer de notre abonnement ?",
        kind="resource_change",
    ),
    M(
        "p-dev-vue",
        "president@ac-bleriot.fr",
        "Amélioration planning",
        "Bonjour, serait-il possible d'ajouter au planning une vue par semaine pour les instructeurs ? "
        "Merci de chiffrer.",
        kind="dev_quote",
    ),
    M(
        "p-oth-prix",
        "Club ULM des Étangs <ulm.etangs@gmail.com>",
        "Démo",
        "Bonjour, nous sommes un petit aéroclub et aimerions savoir combien coûte votre logiciel.",
        kind="other",
    ),
    M(
        "p-tst-copie",
        "yann.legoff@acpv.bzh",
        "Plateforme d'essai V4",
        "Bonjour, nous sommes en 3.6. Peut-on avoir la copie en version 4 pour faire des essais ?",
        kind="test_platform",
        tv="4",
    ),
    M(
        "p-own-ag",
        "secretaire@ac-heleneboucher.fr",
        "Passation",
        "Bonjour, suite à l'AG, je deviens la responsable de la plateforme à la place de Nathalie. Ci-joint "
        "le PV.",
        kind="owner_change",
        att=1,
    ),
    M(
        "p-sup-en-export",
        "accounts@wingflightschool.co.uk",
        "Help",
        "Hi, the accounting export is producing empty files since this morning. Can you check?",
        kind="support",
        lang="en",
    ),
    M(
        "p-mig-en-after",
        "office@wingflightschool.co.uk",
        "Upgrade",
        "Dear OpenFlyers team, we've decided to move to version 4. Any time after 15 January works for us.",
        kind="migration",
        nb="2027-01-15",
        tv="4",
        lang="en",
    ),
    M(
        "p-hrs-en-time",
        "david.clarke@wingflightschool.co.uk",
        "Hours",
        "Hi, could you tell us how much of our support time is left for 2026?",
        kind="hours_statement",
        lang="en",
    ),
    M(
        "p-sup-maj",
        "bureau@mermoz-ulm.fr",
        "mise a jour",
        "Bonjour, depuis la mise à jour d'hier, les réservations de la flotte ULM ne s'affichent plus",
        kind="support",
    ),
    M(
        "p-mig-alpha",
        "gestion@nungesser-aviation.com",
        "Alpha",
        "Bonjour, nous souhaitons passer en alpha pour tester les nouveautés. Nous acceptons une version "
        "instable.",
        kind="migration",
        tv="alpha",
    ),
    M(
        "p-tst-dot",
        "ulmsudaventure@gmail.com",
        "Plateforme",
        "Bonjour, est-ce possible d'avoir un .test de notre plateforme ?",
        kind="test_platform",
    ),
    M(
        "p-ren-reconduire",
        "contact@cap-aviation.fr",
        "RE: Abonnement",
        "Bonjour, nous souhaitons reconduire notre abonnement Corporate pour 2027, merci de nous dire comment "
        "procéder.",
        kind="renewal",
    ),
    M(
        "p-mig-plus-tot",
        S,
        "Migration OF4",
        "Bonjour, nous avons pris connaissance du caractère irréversible de la migration et souhaitons passer "
        "en V4. Les factures sont réglées. Date au plus tôt : 6 janvier.",
        kind="migration",
        nb="2027-01-06",
        tv="4",
    ),
    M(
        "p-res-integre",
        "chefpilote.saintex@orange.fr",
        "Ajout avion",
        "Bonjour, nous intégrons un DR400-140 à la flotte à partir du 1er novembre. Faut-il une facture "
        "complémentaire ?",
        kind="resource_change",
    ),
    M(
        "p-pwd-identifiants",
        "contact@ac-heleneboucher.fr",
        "Mot de passe compte client",
        "Bonjour, l'ancienne secrétaire est partie sans nous laisser les identifiants du compte client. "
        "Comment faire pour récupérer l'accès ?",
        kind="password_reset",
    ),
    M(
        "p-ren-en",
        "accounts@wingflightschool.co.uk",
        "Subscription",
        "Hi, our subscription ends on 31 December. How do we pay for next year?",
        kind="renewal",
        lang="en",
    ),
    M(
        "p-res-en-sold",
        "office@wingflightschool.co.uk",
        "Aircraft sold",
        "Hi, we sold G-ABCD last month, please remove it from our resources.",
        kind="resource_change",
        lang="en",
    ),
    M(
        "p-mig-en-cash",
        "david.clarke@wingflightschool.co.uk",
        "Urgent migration",
        "Hello, we need to migrate to version 4 as soon as possible. We are willing to pay to be served first.",
        kind="migration",
        tv="4",
        cash=True,
        lang="en",
    ),
    M(
        "p-sup-fwd-medical",
        "secretariat@ac-bleriot.fr",
        "Fwd: Questions",
        "Bonjour, où trouve-t-on la liste des pilotes dont la visite médicale expire ?",
        kind="support",
    ),
    M(
        "p-dev-cash-euros",
        "o.fabre@nungesser-aviation.com",
        "Développement météo",
        "Bonjour, nous voudrions une intégration de notre station météo dans le planning. On peut mettre 500 "
        "euros pour que ça avance plus vite. Merci de nous faire un devis.",
        kind="dev_quote",
        cash=True,
    ),
)
