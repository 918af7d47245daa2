"""Set b: renewals, test platforms, and everything else (sales, invoices, prospects, thanks...)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ n001 | kind: renewal | from: tresorier.vvv@orange.fr | style: plain
subject: Renouvellement 2027
--
Bonjour,

Je souhaite renouveler notre abonnement pour 2027. Combien de ressources seront facturées ? Nous avons 7 planeurs mais le Ka8 ne vole plus.

Le trésorier AVV Vosges

@@ n002 | kind: renewal | from: ulmbaiedesomme@gmail.com | style: gmail
subject: facture abonnement
--
Bonjour,
Comment on paie l'abonnement 2027 ? Par chèque c'est possible ? On n'a pas de carte au club.
ULM Baie de Somme

@@ n003 | kind: renewal | from: compta@aviasud-formation.com | style: outlook
subject: Facture de renouvellement
--
Bonjour,

Pourriez-vous nous transmettre la facture de renouvellement 2027 ? Notre procédure d'achat exige un bon de commande avant paiement par virement.

Service comptabilité Aviasud

@@ n004 | kind: renewal | from: luc.dethier@skynet.be | style: plain | note: Belgian bank transfer; fees at the client's charge
subject: Paiement renouvellement
--
Bonjour,

Nous allons payer l'abonnement par virement depuis la Belgique. Y a-t-il des frais SEPA ? Et quelle référence indiquer ?

Luc

@@ n005 | kind: renewal | from: caissier@aeroclub-lausanne.ch | style: outlook
subject: Renouvellement et nombre d'avions
--
Bonjour,

Le renouvellement propose 8 ressources alors que nous n'avons plus que 7 avions. Comment réduire le nombre avant de payer ?

Le caissier

@@ n006 | kind: renewal | from: tresorier@aeroclub-reunion.re | style: plain
subject: renouvellement
--
Bonjour,

Nous voudrions renouveler dès maintenant pour ne pas avoir de coupure au 1er janvier. Le paiement par carte est-il immédiat ?

Le trésorier ACRG

@@ n007 | kind: renewal | from: aeroclub.guadeloupe@wanadoo.fr | style: plain
subject: Renouveler l'abonnement
--
Bonjour, où est le bouton pour renouveler ? Je suis dans le compte client mais je ne vois que les factures. Merci.

@@ n008 | kind: renewal | from: magenta.ulm@mls.nc | style: plain | note: a cheque from New Caledonia; mind the post
subject: abonnement 2027 par cheque
--
Bonjour, nous payons par chèque depuis Nouméa, il faut combien de temps pour que ce soit pris en compte ? La poste met parfois 3 semaines. Rémi

@@ n009 | kind: renewal | from: gestion@cap-pilote.fr | style: outlook
subject: Renouvellement Business
--
Bonjour,

Nous souhaitons renouveler notre abonnement Business pour 2027 avec 7 ressources (5 actuelles + 2 Tecnam en février). Est-ce possible d'anticiper les deux ?

Service gestion

@@ n010 | kind: renewal | from: comptabilite@volavoile-sisteron.fr | style: alt | note: mentions bonus hours; the ask is the renewal
subject: Renouvellement Corporate 2027
--
Bonjour,

Merci de nous indiquer comment renouveler notre abonnement Corporate 2027. Au passage, les 20 h de bonus seront-elles bien remises à zéro au 1er janvier ?

Comptabilité CVVS

@@ n011 | kind: renewal | from: yves.le.goff29@wanadoo.fr | style: plain
subject: abonnement
--
bonjour on a recu l alerte de renouvellement. on est toujours en first price ? combien on doit payer ? yves

@@ n012 | kind: renewal | from: contact@aeroclub-beaune.fr | style: alt
subject: Renouvellement - nombre de ressources
--
Bonjour,

Au renouvellement on nous propose 5 ressources. Or l'un des avions est en panne depuis juillet et ne volera pas avant mai. Peut-on payer pour 4 ?

Aéro-Club de Beaune

@@ n013 | kind: renewal | from: camargue.ulm@free.fr | style: plain
subject: renouvellement First Price
--
Bonjour,

On voudrait renouveler en First Price comme cette année. Le prix a changé ?

Camargue ULM

@@ n014 | kind: renewal | from: billing@skyschool.be | style: outlook | lang: en
subject: 2027 renewal invoice
--
Hello,

Please send us the 2027 renewal invoice with our VAT number BE 0712.345.678 on it. We pay by bank transfer.

Billing - Skyschool

@@ n015 | kind: renewal | from: tresorier@acglieres.fr | style: outlook
subject: Abonnement 2027
--
Bonjour,

Je n'ai pas encore reçu l'alerte de renouvellement. Puis-je déjà renouveler ? Et pourra-t-on payer en deux fois ?

Le trésorier

@@ n016 | kind: renewal | from: aeroclub.ajaccio@orange.fr | style: plain
subject: Renouvellement
--
Bonjour,

Nous voulons renouveler mais le compte client propose 4 ressources. Nous n'en avons que 3 (le 4e est un ULM en prêt). Comment faire ?

AC Ajaccio

@@ n017 | kind: renewal | from: contact@vvissoire.fr | style: alt
subject: Renouvellement Première
--
Bonjour,

Le renouvellement Première est-il possible par virement ? Notre banque met 48 h. Nous ne voudrions pas de coupure.

AVV Issoire

@@ n018 | kind: renewal | from: secretary.dfg@gmail.com | style: gmail | lang: en
subject: Renewal
--
Hi,

We got the renewal reminder. Can we pay by card from a UK bank account? And is the price in euros excluding VAT?

Sue

@@ n019 | kind: renewal | from: finance@geneva-aviation.ch | style: outlook | lang: en
subject: Renewal of subscription 2027
--
Dear support,

We would like to renew our Corporate subscription for 2027. The renewal page shows 16 resources; we will have 18 from February. Should we renew for 16 and add 2 later?

Finance department

@@ n020 | date: 2026-11-27 14:05 | kind: renewal | from: treasurer@kzvo.be | style: outlook | lang: en
subject: renewal payment
--
Hello,

I paid the renewal by bank transfer on 20 November but the client account still shows "unpaid". Can you check?

Annelies

@@ n021 | kind: renewal | from: ardennes.ulm@hotmail.fr | style: html
subject: renouveler
--
Bonjour,

Comment on renouvelle l'abonnement ? C'est la première fois que je le fais.

Fabrice

@@ n022 | kind: renewal | from: tresorier@raclg.be | style: outlook
subject: Renouvellement RACL
--
Bonjour,

Nous souhaitons renouveler l'abonnement 2027. Merci de nous confirmer le nombre de ressources qui sera proposé ; nous en avons désactivé une en novembre.

Le trésorier

@@ n023 | kind: renewal | from: tresorerie@acvendee.fr | style: plain
subject: Facture 2027
--
Bonjour,

Notre banque a changé, je voudrais payer le renouvellement par virement : quel RIB utiliser ?

Trésorerie AC Vendée

@@ n024 | kind: renewal | from: admin@helialpes.fr | style: alt
subject: Renouvellement
--
Bonjour,

Le renouvellement proposé compte notre salle de cours comme ressource. Est-ce normal ?

Administration Héli Alpes

@@ n025 | kind: renewal | from: quercy.ulm@laposte.net | style: plain
subject: abonement 2027
--
bonjour, on veut renouveler l abonement mais on voudrait passer en business, c est possible au renouvellement ? merci quercy ulm

@@ n026 | kind: renewal | from: secretariat@aeroclub-martinique.fr | style: plain
subject: Renouvellement ACM
--
Bonjour,

Nous allons renouveler par carte bancaire. Le montant sera-t-il le même que cette année ?

Secrétariat ACM

@@ n027 | kind: renewal | from: envol.formation@gmail.com | style: gmail
subject: renouvellement
--
Bonjour,

On renouvelle pour 2027, mais on voudrait passer de First Price à Business pour avoir des heures. Comment faire ?

Envol Formation

@@ n028 | kind: renewal | from: board@lga-gliding.lu | style: gmail | lang: en
subject: Renewal 2027 - fewer gliders
--
Hello,

We sold two gliders. The renewal still shows 7 resources. How do we renew for 5?

LGA board

@@ n029 | kind: renewal | from: tresorier@acbs-vannes.fr | style: outlook
subject: Renouvellement Première 2027
--
Bonjour,

Merci de m'indiquer la procédure de renouvellement Première et le nombre de ressources qui sera facturé.

Le trésorier ACBS

@@ n030 | kind: renewal | from: tresorerie@aeroclub.nc | style: plain | note: payment by transfer from the Pacific franc zone; fees at the client's charge
subject: Renouvellement et frais bancaires
--
Bonjour,

Un virement depuis la Nouvelle-Calédonie coûte cher. Pouvons-nous payer le renouvellement 2027 par carte ?

Trésorerie AC Calédonien

@@ n031 | kind: renewal | from: secretariat@cna-neuchatel.ch | style: outlook
subject: Renouvellement 2027 CNA
--
Bonjour,

Pouvez-vous renouveler notre abonnement pour nous ? Le comité a validé. Merci de nous envoyer la facture.

Secrétariat CNA

@@ n032 | kind: renewal | from: dordogneflyers@gmail.com | style: gmail | lang: en
subject: Subscription 2027
--
Hi,

We want to renew for 2027. One aircraft is being sold in January, should we pay for 3 or 2?

DFG

@@ t001 | kind: test_platform | from: Gérard Mougin <g.mougin@wanadoo.fr> | style: outlook | tv: 4 | note: asks the .of4 copy (3.6 exactly)
subject: Plateforme de test v4
--
Bonjour,

Avant de décider la migration, nous aimerions tester la version 4 sur une copie de notre plateforme (vv-vosges.of4 si j'ai bien compris). Est-ce possible ?

Gérard Mougin
| hint: vv-vosges

@@ t002 | kind: test_platform | from: secretariat@planeurs-lasbordes.fr | style: gmail
subject: Plateforme de test
--
Bonjour,

Nous voudrions une plateforme de test pour former les nouveaux chefs de piste sans toucher aux vraies données. Comment l'obtenir ?

Secrétariat Lasbordes

@@ t003 | kind: test_platform | from: info@aeroclubspa.be | style: outlook
subject: Environnement de test
--
Bonjour,

Existe-t-il un environnement de test où nous pourrions essayer de nouveaux tarifs avant de les appliquer ? Une copie de notre plateforme serait idéale.

Secrétariat AC Spa

@@ t004 | kind: test_platform | from: gvvnamur@skynet.be | style: plain | note: on 3.5: not eligible (R2), still a test-platform request
subject: plateforme test
--
Bonjour,

Pouvons-nous avoir une plateforme de test ? Nous sommes en 3.5.

GVVN

@@ t005 | kind: test_platform | from: o.chappuis@bluewin.ch | style: plain | tv: 4
subject: Essai de la version 4
--
Bonjour,

Nous aimerions essayer la version 4 sur une copie de notre plateforme (ac-lausanne.of4) avant de voter la migration au comité.

Olivier Chappuis
| hint: ac-lausanne

@@ t006 | kind: test_platform | from: beat.sciboz@gmail.com | style: gmail | tv: 4
subject: of4
--
Bonjour, on peut avoir la gvv-gruyere.of4 pour voir la V4 ? Merci, Beat
| hint: gvv-gruyere

@@ t007 | kind: test_platform | from: jy.payet@orange.re | style: plain
subject: Plateforme test
--
Bonjour,

Nous voudrions une copie de la plateforme de démonstration pour nos formations, sans le bandeau de réinitialisation. C'est possible en 3.6 ?

Jean-Yves

@@ t008 | kind: test_platform | from: secretariat.acg971@orange.fr | style: gmail
subject: plateforme de test
--
Bonjour,

Est-il possible d'avoir une plateforme de test pour l'AC Guadeloupe ? Nous voulons préparer les nouveaux tarifs 2027 tranquillement.

Secrétariat

@@ t009 | kind: test_platform | from: s.wamytan@lagoon.nc | style: outlook | tv: 4
subject: Test de la V4
--
Bonjour,

Avant notre migration, serait-il possible d'avoir ac-caledonien.of4 pour que les instructeurs testent ?

Stéphane
| hint: ac-caledonien

@@ t010 | kind: test_platform | from: gestion@cap-pilote.fr | style: outlook
subject: Plateforme test Cap Pilote
--
Bonjour,

Nous voulons former notre nouvelle secrétaire sur une plateforme de test (copie de la nôtre). Pouvez-vous la créer ?

Service gestion

@@ t011 | kind: test_platform | from: accueil@volavoile-sisteron.fr | style: alt | note: on version 4: a .test copy of the platform
subject: Copie de test
--
Bonjour,

Nous aimerions une copie test de notre plateforme pour essayer un nouveau paramétrage des remorqués.

Accueil CVVS

@@ t012 | kind: test_platform | from: bernard.jacquot21@orange.fr | style: plain | note: on 3.5, not eligible
subject: test
--
Bonjour,

Pouvez-vous nous créer une plateforme de test ? Merci.

Bernard Jacquot

@@ t013 | kind: test_platform | from: francoise.duparc74@gmail.com | style: gmail | tv: 4
subject: Essayer la version 4
--
Bonjour,

Le CA voudrait voir la version 4 avant la migration de mars. Pouvez-vous nous ouvrir une plateforme .of4 ?

Françoise

@@ t014 | kind: test_platform | from: planning@vvissoire.fr | style: plain
subject: plateforme de test
--
Bonjour, on voudrait une plateforme de test pour tester le nouveau planning d'été. Merci. Planning VVI

@@ t015 | kind: test_platform | from: l.mathey@helialpes.fr | style: outlook | tv: 4
subject: Copie en version 4
--
Bonjour,

Avant notre migration V4, nous souhaitons disposer d'une copie de notre plateforme en version 4 pour vérifier nos exports.

Laurent Mathey

@@ t016 | kind: test_platform | from: yann.perrenoud@bluewin.ch | style: plain | note: on 3.5: not eligible
subject: Plateforme d'essai
--
Bonjour,

Avez-vous une plateforme d'essai pour le CNA ? Nous voulons tester la clôture de journée sans risque.

Yann

@@ t017 | kind: test_platform | from: quercy.ulm@laposte.net | style: plain
subject: test
--
Bonjour, peut on avoir ulm-quercy.test ? merci
| hint: ulm-quercy

@@ t018 | kind: test_platform | from: josiane.rosier@orange.fr | style: gmail | tv: 4
subject: Plateforme de test en v4
--
Bonjour,

Nous avons demandé la migration. En attendant, pourrions-nous avoir une plateforme de test en version 4 pour former les instructeurs ?

Josiane

@@ t019 | kind: test_platform | from: malcolm.hughes@btinternet.com | style: plain | lang: en | tv: 4
subject: Test platform for version 4
--
Hello,

Before the AGM, could we have a copy of our platform on version 4 (the .of4 thing)? Members would like to see it before they vote.

Malcolm

@@ t020 | kind: test_platform | from: ops@geneva-aviation.ch | style: alt | lang: en
subject: Test environment
--
Hello,

We need a test environment, copy of our production platform, to train new instructors. How do we get it?

Ops desk

@@ t021 | kind: test_platform | from: pieter.desmet@telenet.be | style: plain | lang: en | tv: 4
subject: try v4
--
hello, can we try version 4 on a copy before the migration? gliding-ostend.of4 maybe? thanks
| hint: gliding-ostend

@@ t022 | kind: test_platform | from: jeff.schmit@pt.lu | style: gmail | lang: en
subject: Test platform
--
Hi,

Could LGA get a test platform? We want to prepare the new season's prices without touching production.

Jeff

@@ t023 | kind: test_platform | from: kevin.vandamme@skyschool.be | style: outlook | lang: en
subject: Sandbox for API tests
--
Hello,

For the ERP integration we need a sandbox copy of our platform. Is skyschool-charleroi.test possible?

Kevin
| hint: skyschool-charleroi

@@ t024 | kind: test_platform | from: erwan.lebihan@gmail.com | style: gmail
subject: Plateforme de test
--
Bonjour,

Est-ce qu'on peut avoir une plateforme de test pour l'ACBS ? Nous sommes en version 4.

Erwan

@@ t025 | kind: test_platform | from: contact@acvendee.fr | style: plain | tv: 4
subject: version 4 en essai
--
Bonjour,

Avant de migrer fin janvier, le bureau voudrait essayer la v4 sur une copie de notre plateforme. Est-ce faisable ?

AC Vendée

@@ t026 | kind: test_platform | from: dordogneflyers@gmail.com | style: gmail | lang: en | note: asks the demo copy
subject: Demo copy
--
Hi, could we have a copy of the demo platform for training, without the hourly reset? We are on 3.6.
DFG

@@ t027 | kind: test_platform | from: secretariat@raclg.be | style: outlook
subject: Plateforme de formation
--
Bonjour,

Nous souhaitons une plateforme de test pour former les nouveaux membres du bureau. Copie de la nôtre s.v.p.

Le secrétariat

@@ t028 | kind: test_platform | from: ac.ajaccio.bureau@gmail.com | style: gmail | note: on 3.5: not eligible
subject: Plateforme de test ?
--
Bonjour,

Peut-on avoir une plateforme de test ? Nous voulons essayer avant de faire des bêtises.

Le bureau

@@ t029 | kind: test_platform | from: info@kzvo.be | style: plain | lang: en
subject: test platform
--
Hello, we would like a test platform to try the new winch prices. Thanks. KZVO

@@ t030 | kind: test_platform | from: president@planeurs-lasbordes.fr | style: plain | tv: 4
subject: .of4
--
Bonjour,

Pour décider entre alpha et version 4 stable, pouvons-nous avoir planeurs-lasbordes.of4 ?

Le président
| hint: planeurs-lasbordes

@@ z001 | kind: other | from: "Bruno Lefort" <bruno.lefort@aeroclub-saintonge.fr> | style: plain | note: prospect asking prices
subject: Tarifs
--
Bonjour,

L'aéroclub de Saintonge (4 avions, 120 membres) étudie un changement de logiciel. Pouvez-vous nous envoyer vos tarifs et nous dire si une démonstration est possible ?

Bruno Lefort, trésorier

@@ z002 | kind: other | from: "Claire Vasseur" <claire.vasseur@gmail.com> | style: gmail | note: job application
subject: Candidature spontanée
--
Bonjour,

Développeuse PHP depuis 6 ans et pilote privée, je me permets de vous adresser ma candidature. Vous trouverez mon CV en pièce jointe.

Claire Vasseur
| att: CV-Claire-Vasseur.pdf

@@ z003 | kind: other | from: tresorier.vvv@orange.fr | style: plain | note: invoice dispute
subject: Facture contestée
--
Bonjour,

Nous avons reçu une facture de 30 € HT pour une mise à jour d'adresse. Nous sommes en Business, cela devrait être gratuit. Merci de l'annuler.

Le trésorier AVV Vosges

@@ z004 | kind: other | from: Luc Dethier <luc.dethier@skynet.be> | style: plain | note: thanks
subject: Merci !
--
Bonjour,

Juste un mot pour remercier l'équipe : l'intervention de jeudi a tout réglé et les membres sont ravis.

Luc

@@ z005 | kind: other | from: "SEO Booster Pro" <contact@seo-booster-pro.net> | style: html | lang: en | note: spam-like prospect
subject: Rank #1 on Google for "flying club software"
--
Hello,

We noticed your website is not ranking on page 1 for key searches. Our team guarantees top 3 positions in 30 days. Reply YES for a free audit.

Best,
Daniel, SEO Booster Pro

@@ z006 | kind: other | from: "Marie Fournier" <marie.fournier@ulm-provence.fr> | style: plain | note: prospect
subject: Demande de démonstration
--
Bonjour,

Nous sommes un club ULM de 40 membres près d'Aix. Pourriez-vous nous faire une démonstration en visio ? Nous comparons trois logiciels.

Marie Fournier, secrétaire ULM Provence

@@ z007 | kind: other | from: compta@aviasud-formation.com | style: outlook | note: invoice question, not a renewal
subject: Facture en double
--
Bonjour,

Nous avons reçu deux fois la facture OF-F-2026-0318. Laquelle devons-nous payer ? Nous avons déjà réglé la première par virement.

Service comptabilité

@@ z008 | kind: other | from: o.chappuis@bluewin.ch | style: plain | note: sales question about tiers
subject: Différence Première / Corporate
--
Bonjour,

Quelle est la différence concrète entre Première et Corporate ? Le comité envisage de changer l'an prochain.

Olivier Chappuis

@@ z009 | kind: other | from: "Journal de l'Aviation Légère" <redaction@jal-magazine.fr> | style: plain | note: press
subject: Article sur les logiciels de gestion de club
--
Bonjour,

Nous préparons un dossier sur les logiciels de gestion des aéroclubs pour notre numéro de février. Accepteriez-vous une interview ?

La rédaction

@@ z010 | kind: other | from: jy.payet@orange.re | style: plain | note: thanks
subject: merci
--
Merci pour votre réactivité, tout fonctionne. Bonne journée depuis la Réunion !
Jean-Yves

@@ z011 | kind: other | from: "FFA - Service clubs" <clubs@ff-aero.example> | style: alt | note: federation partnership
subject: Partenariat fédéral
--
Bonjour,

La fédération réfléchit à un partenariat avec des éditeurs de logiciels pour les aéroclubs. Seriez-vous disponibles pour un échange début janvier ?

Service clubs

@@ z012 | kind: other | from: n.ferrand@cap-pilote.fr | style: outlook | note: asks about the GDPR contract
subject: RGPD
--
Bonjour,

Notre DPO nous demande votre accord de sous-traitance RGPD et la localisation de l'hébergement des données. Pouvez-vous nous les transmettre ?

Nathalie Ferrand

@@ z013 | kind: other | from: "Stagiaire Recherche" <alternance.dev@gmail.com> | style: gmail | note: internship application
subject: demande de stage
--
Bonjour,

Étudiant en BTS SIO, je cherche un stage de 8 semaines à partir de janvier. Passionné d'aviation (BIA), je serais ravi de rejoindre votre équipe.

Hugo
| att: CV_Hugo.pdf, lettre_motivation.pdf

@@ z014 | kind: other | from: tresorier@acglieres.fr | style: outlook | note: invoice dispute
subject: Erreur sur la facture
--
Bonjour,

La facture de ressources supplémentaires compte 2 avions alors que nous n'en avons ajouté qu'un. Merci de corriger.

Le trésorier

@@ z015 | kind: other | from: "Paul Grant" <paul.grant@aeroclubsoftware.co.uk> | style: plain | lang: en | note: competitor / partnership pitch
subject: Partnership opportunity
--
Dear OpenFlyers team,

We build maintenance tracking software for light aircraft and would like to discuss an integration partnership. Are you open to a call next week?

Paul Grant, CEO

@@ z016 | kind: other | from: ulm.pierrefonds@gmail.com | style: android | note: asks about a discount
subject: reduction ?
--
Bonjour, on est un tout petit club (2 ULM), vous faites des réductions ? Merci
Envoyé depuis mon mobile Orange

@@ z017 | kind: other | from: m.bernasconi@geneva-aviation.ch | style: outlook | lang: en | note: thanks
subject: Thank you
--
Dear team,

Many thanks for your help with the audit last week. Everything went smoothly.

Marco

@@ z018 | kind: other | from: "Dr. Michael Okonkwo" <m.okonkwo@consultant-intl.com> | style: plain | lang: en | note: scam-like mail
subject: Business proposal
--
Dear Sir,

I am contacting you regarding a confidential transfer of funds for an aviation project. Kindly reply with your direct phone number.

Dr. Michael Okonkwo

@@ z019 | kind: other | from: secretariat@raclg.be | style: outlook | note: question on an invoice
subject: Facture sans TVA
--
Bonjour,

Votre facture ne mentionne pas notre numéro de TVA belge. Notre comptable demande une facture rectifiée.

Le secrétariat RACL

@@ z020 | kind: other | from: "Amélie Boyer" <amelie.boyer@aeroclub-landes.fr> | style: plain | note: prospect
subject: Migration depuis un autre logiciel
--
Bonjour,

Nous utilisons actuellement un autre logiciel de réservation. Si nous passions chez vous, pourriez-vous importer nos membres et nos vols ? Combien cela coûterait-il ?

Amélie Boyer, aéroclub des Landes
| note: prospect; "migration" from another software is not a version migration

@@ z021 | kind: other | from: lga.treasurer@pt.lu | style: plain | lang: en | note: invoice payment question, not renewal
subject: Invoice address
--
Hello,

Could the invoice be addressed to the association's official address in Luxembourg-City instead of the airfield? Our bank needs it.

LGA treasurer

@@ z022 | kind: other | from: "Gilles Bernard" <gilles.bernard@wanadoo.fr> | style: plain | note: former member asks for data deletion (GDPR)
subject: Suppression de mes données
--
Bonjour,

J'ai quitté l'aéroclub de Vendée il y a 2 ans. Je souhaite que mes données personnelles soient supprimées de votre logiciel.

Gilles Bernard

@@ z023 | date: 2026-12-01 08:30 | kind: other | from: contact@vvissoire.fr | style: alt | note: thanks and news, no request
subject: Bonne fin d'année
--
Bonjour,

Toute l'équipe de l'AVV Issoire vous souhaite de bonnes fêtes et vous remercie pour votre aide cette année. Rendez-vous au printemps pour la saison !

AVV Issoire

@@ z024 | kind: other | from: "Kevin Lim" <kevin.lim@skyhigh-academy.sg> | style: plain | lang: en | note: prospect abroad
subject: Software for our flight school
--
Hello,

We are a flight school in Singapore. Is your software available in English and can it handle SGD? Please send us your pricing.

Kevin Lim

@@ z025 | kind: other | from: camargue.ulm.bureau@gmail.com | style: gmail | note: asks an attestation for a subsidy
subject: Attestation
--
Bonjour,

Pour une subvention de la région, il nous faut une attestation de votre part indiquant le montant payé pour l'abonnement 2026. Est-ce possible ?

Camargue ULM

@@ z026 | kind: other | from: "Frank Müller" <frank.mueller@segelflug-baden.de> | style: plain | lang: en | note: prospect from Germany, non-native English
subject: Questions for german gliding club
--
Hello,

we are a gliding club in Baden with 90 members. Has your software a German interface? And can we make the billing of winch launches per launch? We are interested to make a test.

Best regards
Frank Müller

@@ z027 | kind: other | from: gestion@cap-pilote.fr | style: outlook | note: invoice dispute on the hourly rate
subject: Facturation heures supplémentaires
--
Bonjour,

Vous nous facturez 3 heures au-delà de notre forfait, mais nous n'avions jamais confirmé ce dépassement. Merci de nous expliquer.

Service gestion

@@ z028 | kind: other | from: "Alice Perrot" <alice.perrot@free.fr> | style: plain | note: asks to join a club; wrong recipient
subject: Inscription à l'aéroclub
--
Bonjour,

Je voudrais m'inscrire à l'aéroclub de Morlaix pour passer mon brevet. À qui dois-je m'adresser ? Quels sont les tarifs ?

Alice Perrot

@@ z029 | kind: other | from: board@lga-gliding.lu | style: gmail | lang: en | note: asks for an invitation/contact at a fair
subject: AERO Friedrichshafen
--
Hello,

Will OpenFlyers have a stand at AERO Friedrichshafen in April? Our board would like to meet you there.

LGA board

@@ z030 | kind: other | from: secretariat.acg971@orange.fr | style: gmail | note: invoice payment proof, no request
subject: Justificatif de paiement
--
Bonjour,

Ci-joint le justificatif du virement pour la facture de ressources supplémentaires, pour vos dossiers.

Secrétariat AC Guadeloupe
| att: virement-acg.pdf

@@ z031 | kind: other | from: "Nathan Roussel" <nathan.roussel@ecole-pilote-sud.fr> | style: plain | note: prospect school, company
subject: Logiciel pour ATO
--
Bonjour,

Nous créons une ATO (SAS) à Nîmes l'an prochain. Votre logiciel gère-t-il le suivi de formation réglementaire et la facturation aux entreprises ? Quel abonnement conseillez-vous ?

Nathan Roussel

@@ z032 | kind: other | from: philippe.arnaud@volavoile-sisteron.fr | style: outlook | note: complaint about response times
subject: Délais de réponse
--
Bonjour,

Nous sommes clients Corporate et nous attendons depuis 3 semaines une réponse à notre demande sur les tablettes. Est-ce normal ?

Philippe Arnaud

@@ z033 | kind: other | from: "Webinaire Aviation" <events@aviation-webinars.example> | style: html | note: event invitation, not list-headed
subject: Invitation : webinaire sécurité des vols
--
Bonjour,

Nous vous invitons au webinaire « Culture sécurité dans les aéroclubs » le 14 janvier à 19h. Inscription gratuite.

L'équipe Aviation Webinars

@@ z034 | kind: other | from: ops@geneva-aviation.ch | style: alt | lang: en | note: asks about service availability / SLA
subject: SLA question
--
Hello,

Our quality manager asks for your service availability figures (uptime 2026) and your backup policy. Can you send them?

Ops desk

@@ z035 | kind: other | from: dordogneflyers@gmail.com | style: gmail | lang: en | note: cancel subscription / leaving
subject: Leaving at the end of the year
--
Hi,

Sadly our group is winding up: the last aircraft is being sold. We will not renew for 2027. Is there anything we need to do to close the account and get our data?

DFG committee

@@ z036 | kind: other | from: aeroclub.morlaix@wanadoo.fr | style: plain | note: invoice request for the past year
subject: FACTURE 2025
--
BONJOUR
NOUS AVONS BESOIN DE LA FACTURE 2025 POUR LE CONTROLE DES COMPTES. MERCI
AEROCLUB MORLAIX

@@ z037 | kind: other | from: "Recrutement" <jobs.aviation@hotmail.fr> | style: plain | note: job application, instructor
subject: Candidature instructeur
--
Bonjour,

Instructeur FI(A) avec 1 200 heures, je cherche un poste. Travaillez-vous avec des écoles qui recrutent ?

Sébastien

@@ z038 | kind: other | from: heli-alpes <admin@helialpes.fr> | style: alt | note: asks for a certificate of insurance / company details for a tender
subject: Documents fournisseur
--
Bonjour,

Pour notre référencement fournisseur, pouvez-vous nous transmettre votre K-BIS, votre RIB et une attestation d'assurance ?

Administration Héli Alpes

@@ z039 | kind: other | from: pieter.desmet@telenet.be | style: plain | lang: en | note: compliment plus suggestion, no request
subject: small remark
--
Hello, just to say the new planning is very nice. maybe a dark mode would be nice for the evening :-) no need to answer. Pieter

@@ z040 | kind: other | from: "Isabelle Ngo" <isabelle.ngo@mls.nc> | style: plain | note: a member asking the vendor about a club matter
subject: tarif des heures de vol
--
Bonjour,

Pourquoi l'heure de vol à Magenta ULM a-t-elle augmenté de 15 % ? C'est vous qui fixez les tarifs ?

Isabelle Ngo
"""
