"""Set b: support requests (a problem on the platform, help, an intervention)."""

DEFAULTS = {"kind": "support", "lang": "fr"}

TEXT = r"""
@@ s001 | from: Gérard Mougin <g.mougin@wanadoo.fr> | style: outlook | hint: vv-vosges
subject: Treuillées qui ne se facturent plus
--
Bonjour,

Depuis la mise à jour de la semaine dernière, les lancements au treuil saisis sur openflyers.com/vv-vosges n'apparaissent plus sur le compte des pilotes. Les remorqués, eux, passent bien.
Exemple : vol du 14/09 de Lucas Didier sur le Ka8, treuillée saisie par le chef de piste, rien au débit.
Pouvez-vous regarder ? Nos pilotes commencent à s'inquiéter de leur solde.

Bien cordialement,
Gérard Mougin
Président AVV Vosges - 06 81 22 45 17
Terrain de la Vôge, 88220 Xertigny

@@ s002 | from: Thierry <thierry.lefebvre80@free.fr> | style: apple
subject: Bug planning
--
Bonjour
Le planning affiche les créneaux décalés d'une heure depuis ce matin, tout le monde réserve à côté. On est en First Price mais c'est bloquant, vous pouvez faire quelque chose ?
Thierry - ULM Baie de Somme

Envoyé de mon iPhone

@@ s003 | from: secretariat@planeurs-lasbordes.fr | style: gmail | att: export_vols_sept.png
subject: Export comptable
--
Bonjour,

L'export comptable du mois de septembre sort avec des montants à zéro pour toutes les lignes "remorquage". Je vous joins une capture de l'écran d'export.
Notre trésorière en a besoin avant la clôture, merci d'avance.

Secrétariat du Club de Planeurs de Lasbordes
Permanence le mercredi et le samedi

@@ s004 | from: Karim Benali <k.benali@aviasud-formation.com> | style: outlook | logo: aviasud.png
subject: Accès instructeurs - droits insuffisants
--
Bonjour,

Nous avons recruté deux instructeurs FI(A) ce mois-ci. Une fois leurs profils créés, ils ne peuvent ni valider les vols de leurs élèves ni voir le livret de progression. J'ai copié les droits d'un instructeur existant mais rien n'y fait.
Pourriez-vous intervenir ? Nous préférons une intervention à distance plutôt qu'un long échange.

Karim Benali
Directeur des opérations
Aviasud Formation SAS - ATO FR.ATO.0417
Tél. 04 67 20 18 33

@@ s005 | from: Luc Dethier <luc.dethier@skynet.be> | style: plain
subject: question sur les soldes membres
--
Bonjour,

Un de nos membres a un solde négatif de -4 312,50 euros alors qu'il a toujours payé par virement. Je pense qu'un virement a été encodé deux fois en négatif. Comment corriger une écriture dans le compte d'un membre sans tout casser ? J'ai cherché dans l'aide sans trouver.

Merci,
Luc Dethier
Aéro-Club de Spa - aérodrome de la Sauvenière

@@ s006 | from: Patrice Reynaud <patrice.reynaud05@orange.fr> | style: android
subject: Urgent !!
--
Bonjour on n'arrive plus à se connecter du tout depuis ce matin sur la plateforme, page blanche pour tout le monde. On a des baptêmes cet après midi.
Patrice

Envoyé depuis mon mobile Orange

@@ s007 | from: Olivier Chappuis <o.chappuis@bluewin.ch> | style: outlook
subject: Taxes d'atterrissage en CHF
--
Bonjour,

Nous aimerions que les taxes d'atterrissage de Lausanne-Blécherette soient imputées automatiquement au pilote à chaque vol, avec le montant en francs suisses. Est-ce faisable par paramétrage ? Si oui, pourriez-vous nous guider par téléphone une demi-heure, sur nos heures Première ?

Meilleures salutations,
Olivier Chappuis
Responsable informatique, Aéro-Club de Lausanne
+41 79 412 33 08

@@ s008 | hint: acr-reunion | from: jy.payet@orange.re | style: plain
subject: heure locale
--
Bonjour,

Chez nous à la Réunion il est UTC+4 et les réservations affichent l'heure de Paris, donc 2 ou 3 h de décalage suivant la saison. Où se règle le fuseau horaire de la plateforme acr-reunion ? Je n'ai pas trouvé.

Jean-Yves Payet
Aéro-Club Roland Garros - Saint-Denis

@@ s009 | from: Max Bélénus <max.belenus@orange.fr> | style: gmail
subject: Impression des factures membres
--
Bonjour,

Quand on imprime une facture de membre, le logo du club sort à moitié et l'adresse est coupée. C'est sur tous les PC du club (Chrome et Firefox). Une idée ?

Max Bélénus
Aéro-Club de Guadeloupe
Aérodrome Pôle Caraïbes - 0590 82 xx xx

@@ s010 | date: 2026-10-08 07:20 | from: Stéphane Wamytan <s.wamytan@lagoon.nc> | style: outlook
subject: Validation des licences qui ne bloque pas
--
Bonjour,

La validité des licences et des visites médicales ne bloque plus les réservations : un pilote dont le médical a expiré le 02/10/2026 a pu réserver le F-OJHR pour samedi. C'était bloquant avant. Pouvez-vous vérifier le paramétrage ? Nous avions fait la migration en 3.6 l'an dernier, peut-être un réglage perdu ?

Cordialement,
Stéphane Wamytan
Aéro-Club Calédonien - Magenta, Nouméa

@@ s011 | from: Nathalie Ferrand <n.ferrand@cap-pilote.fr> | style: outlook | att: capture1.png, capture2.png
subject: Problème TVA sur les packs de formation
--
Bonjour,

Les packs PPL vendus aux élèves apparaissent avec une TVA à 20 % alors que la formation professionnelle est exonérée chez nous. Je vous mets deux captures : la fiche produit et la facture générée.
Merci de nous dire ce qu'il faut corriger, ou de le faire directement sur notre crédit d'heures.

Nathalie Ferrand
Gérante - Cap Pilote Formation SARL
SIRET 812 456 789 00021

@@ s012 | from: philippe.arnaud@volavoile-sisteron.fr | style: plain
subject: Planche de vol / tablettes
--
Bonjour,

Cet été nous voulons saisir la planche de vol sur tablettes au point de départ. La saisie est lente en 4G et on perd parfois la ligne en cours. Y a-t-il un mode conseillé ou une page plus légère ? Peut-on en parler au téléphone la semaine prochaine ?

Philippe Arnaud
CVVS - 04 92 61 xx xx - 2 340 h de vol, 180 h d'instruction

@@ s013 | from: "Yves Le Goff" <yves.le.goff29@wanadoo.fr> | style: plain
subject: re bonjour
--
bonjour

je nai plus le menu comptabilite quand je me connecte comme tresorier, les autres du bureau l ont toujours. merci de regarder

yves

@@ s014 | from: Bernard Jacquot <bernard.jacquot21@orange.fr> | style: html
subject: Messages de rappel qui partent en double
--
Bonjour,

Nos membres reçoivent les rappels de réservation en deux exemplaires, à 5 minutes d'intervalle. Ça dure depuis une quinzaine de jours. Rien n'a changé de notre côté à ma connaissance.

Merci de votre aide,
Bernard Jacquot
Aéro-Club de Beaune

@@ s015 | from: Sandrine Abric <sandrine.abric@free.fr> | style: gmail
subject: après la migration
--
Bonjour,

La migration en version 4 s'est bien passée au printemps, merci. Par contre depuis, les adhérents ne voient plus leurs heures de vol dans leur carnet, seulement les 12 derniers mois. Avant on voyait tout. C'est un réglage ?

Sandrine, Camargue ULM Passion

@@ s016 | from: Kevin Vandamme <kevin.vandamme@skyschool.be> | style: outlook | logo: skyschool-logo.png
subject: API / export vers notre ERP
--
Bonjour,

Notre ERP (Odoo) doit récupérer chaque nuit les vols facturés. Existe-t-il un export automatique ou une URL qu'on peut interroger ? Si ça demande une intervention de votre part, on la prend sur notre forfait Corporate.

Kevin Vandamme
IT & Operations - Skyschool Charleroi SRL
Aéroport de Charleroi, Bât. 28

@@ s017 | date: 2026-10-19 13:02 | from: francoise.duparc74@gmail.com | style: gmail
subject: (pas d'objet)
--
Bonjour, les tarifs jeunes (moins de 21 ans) ne s'appliquent plus automatiquement depuis le 1er octobre, les jeunes paient plein tarif. Nous avons vérifié les dates de naissance. Merci de nous aider rapidement, nous avons déjà eu deux réclamations.
Françoise Duparc, Aéro-Club des Glières

@@ s018 | from: Dominique Santoni <d.santoni@wanadoo.fr> | style: plain
subject: OpenFlyers
--
Bonjour,

Je ne comprends pas comment on ajoute un instructeur extérieur qui vient faire des vols de contrôle une fois par an. Faut-il lui créer un compte complet ? Il n'est pas membre du club.

Merci
D. Santoni

@@ s019 | from: jerome.chabrier@free.fr | style: apple
subject: Remorqueur en panne de compteur
--
Bonjour,
Le compteur horaire du Rallye remorqueur a été changé le 20/08 (ancien 3456,2 / nouveau 0,0). Depuis, tous les vols saisis sortent avec des durées absurdes. Comment déclarer le changement de compteur ?
Jérôme - VV Issoire

Envoyé de mon iPad

@@ s020 | from: Laurent Mathey <l.mathey@helialpes.fr> | style: outlook
subject: Demande d'assistance téléphonique
--
Bonjour,

Pourriez-vous nous rappeler pour une séance d'une heure sur la gestion des potentiels moteur (R44 et Cabri) ? Nos mécaniciens voudraient suivre les visites des 50 h et 100 h dans la plateforme.
Créneaux possibles : mardi ou jeudi matin.

Laurent Mathey
Héli Alpes Formation - Gap-Tallard
06 07 xx xx xx

@@ s021 | from: Yann Perrenoud <yann.perrenoud@bluewin.ch> | style: plain
subject: Erreur 500
--
Bonjour,

Quand on clique sur "Clôturer la journée" on obtient une erreur 500. Depuis hier soir. Version 3.5 si ça peut aider.

Merci et bonne journée
Yann Perrenoud, CNA

@@ s022 | date: 2026-09-21 20:45 | from: Alain Delpech <alain.delpech46@orange.fr> | style: plain
subject: aide
--
Bonjour
Je suis le nouveau trésorier de Quercy ULM depuis l'AG du 12/09. Je dois saisir les cotisations 2027, je vois un menu cotisations mais je ne sais pas si ça crée les factures automatiquement. Qq peut m'expliquer ?
Alain Delpech - 06 33 xx xx xx

@@ s023 | from: Josiane Rosier <josiane.rosier@orange.fr> | style: gmail
subject: Les élèves ne voient pas leurs leçons
--
Bonjour,

Les élèves pilotes ne voient plus le détail des leçons dans leur livret, seulement le titre. L'instructeur voit tout. Nous n'avons touché à rien, promis !

Josiane Rosier
Secrétaire - Aéro-Club de la Martinique

@@ s024 | from: Romain Vidal <romain.vidal@envol-formation.fr> | style: plain
subject: Planning instructeurs
--
Bonjour,

Est-il possible d'afficher les disponibilités des instructeurs sur le planning public ? Nous sommes une petite école (EURL, 2 avions) et les élèves nous appellent sans arrêt pour savoir qui est là.

Romain Vidal
Envol Formation Aéronautique - Chef pilote

@@ s025 | from: Erwan Le Bihan <erwan.lebihan@gmail.com> | style: gmail
subject: Paiement en ligne refusé
--
Bonjour,

Les membres n'arrivent plus à alimenter leur compte par carte : message "transaction refusée" pour tout le monde, avec des cartes différentes. Notre banque dit que rien n'arrive chez eux. C'est de votre côté ?

Erwan Le Bihan
ACBS Vannes

@@ s026 | from: tresorier@acglieres.fr | style: outlook
subject: Relevé bancaire et rapprochement
--
Bonjour,

Je souhaiterais être guidé pour le rapprochement bancaire dans OpenFlyers : j'importe le relevé CSV de la banque mais rien ne se rapproche. Une heure de formation par téléphone serait l'idéal, à décompter de nos heures.

Le trésorier,
Aéro-Club des Glières - Annecy-Meythet

@@ s027 | from: Jeanne Morel <jeanne.morel@laposte.net> | style: plain | hint: ac-vendee
subject: Problème de réservation
--
Bonjour,

Je suis membre de l'aéro-club de Vendée et je n'arrive pas à réserver le DR400 F-GKQE sur openflyers.com/ac-vendee : le bouton reste grisé. Mes licences sont à jour. Merci de votre aide.

Jeanne Morel

@@ s028 | from: secretariat@raclg.be | style: alt
subject: Mails envoyés tombent en spam
--
Bonjour,

Les e-mails envoyés par la plateforme (factures, rappels) arrivent en indésirables chez la plupart de nos membres Proximus et Telenet. Est-ce qu'il y a quelque chose à régler chez nous (adresse d'expéditeur ?) ou chez vous ?

Merci,
Secrétariat du Royal Aéro-Club de Liège
Aéroport de Bierset - Bâtiment 50

@@ s029 | from: claude.guerin85@orange.fr | style: apple
subject: Vols de nuit
--
Bonjour,
Comment on fait pour que les vols de nuit soient comptés à part dans le carnet de vol ? Plusieurs pilotes préparent la qualif.
Cordialement
Claude Guérin
Envoyé de mon iPhone

@@ s030 | from: comite@vol-a-voile-gruyere.ch | style: plain
subject: Statistiques annuelles
--
Bonjour,

Pour notre assemblée générale du 7 février nous devons présenter le nombre de décollages par planeur et par pilote. Le rapport "statistiques" ne sépare pas treuil et remorquage. Pouvez-vous nous dire comment obtenir ce détail ?

Pour le comité,
Beat Sciboz

@@ s031 | from: "Mickaël Hoarau" <mickael.hoarau974@hotmail.fr> | style: android
subject: Probleme
--
Bonjour, sur le téléphone la page de réservation ne s'affiche plus en entier, impossible de valider. Sur l'ordi ça marche. Merci
Mickael ULM Pierrefonds

Envoyé depuis mon appareil Galaxy

@@ s032 | from: Rémi Tein <remi.tein@canl.nc> | style: plain
subject: facture XPF
--
Bonjour

Nous facturons en francs pacifiques (XPF) et les montants sortent avec deux décimales, ex 12 500,00 XPF. C'est un peu bizarre pour nos membres. On peut enlever les décimales ?

Rémi Tein, Magenta ULM

@@ s033 | from: ardennes.ulm@hotmail.fr | style: html
subject: SOS comptes membres
--
Bonjour,

En voulant faire du ménage, j'ai désactivé par erreur une trentaine de comptes de membres au lieu de ceux de 2019. Peut-on revenir en arrière ? C'était hier vers 21h.

Fabrice
Ardennes ULM Club

@@ s034 | date: 2026-11-12 10:20 | from: compta@aviasud-formation.com | style: outlook
subject: Écart de facturation carburant
--
Bonjour,

Sur les vols du 3 au 9 novembre, le carburant est facturé au prix de l'ancien tarif (2,45 €/l) alors que le nouveau prix (2,61 €/l) a été saisi le 31 octobre. Pouvez-vous vérifier la prise en compte de la date d'effet ?

Service comptabilité
Aviasud Formation SAS

@@ s035 | from: secretariat.acg971@orange.fr | style: gmail
subject: Question
--
Bonjour,

Comment faire pour qu'un membre puisse réserver seulement avec un instructeur (élève non lâché) ? Nous avons 6 élèves et ils réservent seuls.

Merci
Le secrétariat, AC Guadeloupe

@@ s036 | from: tresorerie@aeroclub.nc | style: plain
subject: Changement d'année comptable
--
Bonjour,

Notre exercice va du 1er avril au 31 mars. La plateforme propose une clôture au 31 décembre. Peut-on décaler ? Si ça demande une intervention de votre part, merci de nous dire combien de temps ça prendrait sur nos heures.

La trésorerie - Aéro-Club Calédonien

@@ s037 | from: info@cna-neuchatel.ch | style: alt
subject: mot "ressource" dans les mails
--
Bonjour,

Dans les mails de confirmation, nos membres voient "Ressource : HB-KFQ" et trouvent ça peu clair. Peut-on remplacer "Ressource" par "Avion" dans le texte des e-mails ?

Merci,
CNA - Colombier

@@ s038 | from: aeroclub.morlaix@wanadoo.fr | style: plain
subject: IMPOSSIBLE DE SAISIR UN VOL
--
BONJOUR

DEPUIS CE MATIN LA SAISIE DES VOLS DONNE "HORAMETRE INCOHERENT" ALORS QUE LES CHIFFRES SONT BONS. LE F-BXPL EST BLOQUE.

AEROCLUB DU PAYS DE MORLAIX

@@ s039 | from: contact@vvissoire.fr | style: gmail | att: erreur-treuil.jpg
subject: Erreur à la saisie des lancements
--
Bonjour,

voir photo d'écran jointe : message "index hors limite" quand on saisit un 2e lancement treuil pour le même planeur dans la même minute (ça arrive avec deux câbles). Pouvez-vous corriger ?

L'équipe du planning, AVV Issoire

@@ s040 | from: caissier@aeroclub-lausanne.ch | style: outlook
subject: Rappel de paiement automatique
--
Bonjour,

Nous voudrions que les membres dont le solde est inférieur à -200 CHF reçoivent un rappel automatique chaque lundi. Est-ce possible avec notre version ? Sinon, pouvez-vous nous appeler pour voir ce qui s'en approche ?

Le caissier
Aéro-Club de Lausanne

@@ s041 | from: "Jean-Luc Hoarau" <jl.hoarau@gmail.com> | style: gmail
subject: Mon compte
--
Bonjour,

Je suis pilote à l'aéroclub de Pierrefonds. Le tarif horaire qui s'affiche sur ma facture est celui des non-membres alors que j'ai payé ma cotisation en septembre. Pouvez-vous corriger ?

Jean-Luc Hoarau

@@ s042 | from: Anne-Sophie Lambotte <as.lambotte@skynet.be> | style: plain
subject: Question sur les remorqués
--
Bonjour,

Au GVVN, les remorqués sont facturés au temps (par minute de remorqueur). Peut-on ajouter un minimum de 8 minutes ? Je n'ai pas trouvé où. Nous sommes en First Price, donc si c'est payant dites-le moi avant.

Anne-Sophie Lambotte
Trésorière - GVV Namurois

@@ s043 | from: n.ferrand@cap-pilote.fr | style: outlook
subject: RE: élève supprimé
--
Bonjour,

Suite à notre appel de ce matin : l'élève supprimé est Mme Léa Fontaine, inscrite le 4 juillet. Ses 9 vols et son paiement de 1 500 € ne sont plus visibles. Pouvez-vous restaurer sa fiche ?

Merci,
Nathalie Ferrand
Cap Pilote Formation

@@ s044 | from: Gérard Mougin <g.mougin@wanadoo.fr> | style: plain
subject: et encore une question
--
Bonjour,

Désolé de vous solliciter encore. Comment ajouter la fonction "chef de piste" pour que nos chefs de piste du week-end puissent saisir les vols sans avoir accès à la compta ?

Merci
Gérard

@@ s045 | from: ulmbaiedesomme@gmail.com | style: gmail
subject: calendrier partagé
--
Bonjour,
Est-ce que le planning peut se synchroniser avec Google Agenda ? Plusieurs membres le demandent. On a First Price.
Merci
Le bureau ULM Baie de Somme

@@ s046 | date: 2026-10-06 09:12 | from: info@aeroclubspa.be | style: outlook
subject: TR: problème de connexion instructeur
--
Bonjour,

Je vous transfère le message d'un de nos instructeurs. Pouvez-vous regarder ? Son compte est bien actif chez nous.

Le secrétariat

De : Marc Gillet <marc.gillet@hotmail.com>
Envoyé : lundi 5 octobre 2026 19:12
À : info@aeroclubspa.be
Objet : problème de connexion

Salut, quand je me connecte sur la plateforme je tombe sur une page "accès refusé - profil incomplet". Je ne sais pas ce qui manque. Marc

@@ s047 | from: contact@aeroclub-reunion.re | style: alt
subject: Vols découverte / bons cadeaux
--
Bonjour,

Nous vendons des bons cadeaux "vol découverte". Nous aimerions les suivre dans OpenFlyers (numéro du bon, date de validité, utilisé ou non). Existe-t-il un module prévu pour ça ou un moyen détourné ? Un rendez-vous téléphonique d'une demi-heure nous conviendrait.

L'équipe de l'Aéro-Club Roland Garros
Aéroport de Saint-Denis Gillot

@@ s048 | from: planning@vvissoire.fr | style: plain
subject: Ordre d'affichage des planeurs
--
Bonjour, peut-on changer l'ordre des planeurs sur le planning (biplaces d'abord) ? Merci. Le planning VVI

@@ s049 | from: gestion@cap-pilote.fr | style: outlook
subject: Facture élève en double
--
Bonjour,

Une facture élève (n° 2026-0871) a été générée deux fois avec deux numéros différents. Je ne peux pas en annuler une sans casser la numérotation. Que recommandez-vous ?

Service gestion - Cap Pilote Formation

@@ s050 | from: Malcolm Hughes <malcolm.hughes@btinternet.com> | style: plain | lang: en
subject: Booking page not loading
--
Hi,

Since Tuesday our booking page just spins and never loads for members using Safari. Chrome is fine. We are a small British group flying from Sainte-Foy-la-Grande, most of us are retired and use iPads so this is quite a nuisance.

Cheers,
Malcolm Hughes
Dordogne Flying Group
(PPL 1,850 hrs, IMC)

@@ s051 | from: Marco Bernasconi <m.bernasconi@geneva-aviation.ch> | style: outlook | lang: en | att: roster-error.png
subject: Instructor duty times wrong
--
Good morning,

The instructor duty time report adds the briefing time twice, so our FIs appear to exceed the 8 h duty limit. Screenshot attached for 12 October. We need this right for our compliance audit, could you have a look at it as a priority?

Best regards,
Marco Bernasconi
Head of Training - Geneva Aviation Training SA
Route de l'Aéroport 10, 1215 Genève

@@ s052 | from: pieter.desmet@telenet.be | style: plain | lang: en
subject: winch launches
--
Hello,

we are a gliding club near Ostend. is it possible to charge the winch launch to the pilot and the retrieve car separately? now we have one price for all. sorry for my english, we are Flemish and the French interface is even harder for some of our members :-)

Pieter De Smet
KZVO

@@ s053 | from: Jeff Schmit <jeff.schmit@pt.lu> | style: gmail | lang: en
subject: Question about member accounts
--
Hello,

How can we merge two member accounts? One of our pilots was created twice (once with his Luxembourg address, once with his Belgian one) and his flights are split between both.

Thanks in advance,
Jeff Schmit
Luxembourg Gliding Association - Noertrange

@@ s054 | from: ops@geneva-aviation.ch | style: alt | lang: en
subject: URGENT - invoices not generated
--
Hello,

Since last night's update no invoices are generated after flights are closed. We have 23 flights from yesterday stuck. Please call us on +41 22 717 xx xx, this blocks our billing.

Ops desk
Geneva Aviation Training

@@ s055 | from: dordogneflyers@gmail.com | style: gmail | lang: en
subject: Question
--
Hello, is there a way to show the booking page in English for our members? Some of us are still struggling with French after 15 years here! We are on First Price, so please tell us first if it costs anything.
Thanks, the committee, Dordogne Flying Group

@@ s056 | from: treasurer@kzvo.be | style: outlook | lang: en
subject: Bank export
--
Dear support,

I would like a short phone session (30 min is enough) to understand how to export the member balances to our accountant. Could someone call me this week? Mornings are best.

Kind regards,
Annelies Peeters
Treasurer KZVO

@@ s057 | from: billing@skyschool.be | style: outlook | lang: en
subject: VAT number missing on invoices
--
Hello,

Invoices to our corporate customers (airlines sending cadets) must show the customer's VAT number. The field exists in the profile but is not printed. Can you add it to the invoice layout? We can use our bonus hours for it.

Best regards,
Billing - Skyschool Charleroi

@@ s058 | from: "Tom Bradley" <tombradley63@hotmail.co.uk> | style: plain | lang: en | hint: dordogne-flyers
subject: cant log in
--
hello, I'm a member of the Dordogne group (openflyers.com/dordogne-flyers) and the site says my account is "suspended". I paid my subs in cash to Malcolm last month. Can you sort this out?
Tom

@@ s059 | from: lga.treasurer@pt.lu | style: plain | lang: en
subject: Rounding of glider minutes
--
Good evening,

Glider flights are billed per started 10 minutes, but the platform rounds to the next hour for flights over one hour. 1 h 04 becomes 2 h! Could you check the rounding settings with me? I am not sure which field does what.

Marie Weber, treasurer LGA

@@ s060 | from: Beat Sciboz <beat.sciboz@gmail.com> | style: apple | lang: en
subject: Help please
--
Hi, one of our gliders (HB-3291) has disappeared from the planning after I edited its registration. It still exists in the list of resources. How do I bring it back?
Beat
Sent from my iPhone

@@ s061 | from: o.chappuis@bluewin.ch | style: plain | lang: en
subject: Members from the German-speaking part
--
Hello,

I write in English because the question comes from our German-speaking members: can each member choose the interface language? Today everything is in French. If this needs settings from your side please call me; we are Première so it should be covered.

Olivier Chappuis
AC Lausanne

@@ s062 | from: m.bernasconi@geneva-aviation.ch | style: outlook | lang: en
subject: Simulator sessions
--
Hello,

Our ALSIM AL250 sessions are recorded with the aircraft type "SIM", but they are counted as flight time in the student logbook. This is wrong for EASA. How should we set this up? A call would be welcome.

Marco Bernasconi
Head of Training

@@ s063 | from: "Hans Kohler" <hans.kohler@web.de> | style: plain | lang: en
subject: OpenFlyers login issue
--
Dear Sir or Madam,

I am a German pilot and guest member at Aéroclub de Spa this summer. I cannot see the aircraft I may book, only the club's ULM. The club told me to write to you. Perhaps my licence is not recognised by the system?

Regards
Hans Kohler

@@ s064 | from: secretary.dfg@gmail.com | style: gmail | lang: en
subject: Duplicate emails
--
Hi there,

Every time a booking is changed, members get three emails instead of one. It started around the 20th. Not a disaster but members are complaining and some have started to ignore all emails from the platform, including the important ones.

Best,
Sue Palmer
Secretary, Dordogne Flying Group

@@ s065 | from: info@kzvo.be | style: plain | lang: en
subject: Re: flight log
--
Hello,

A follow-up of our phone call with your colleague last week: the flight log still shows the old tow plane OO-BZW. It was sold. We deactivated it but it is still proposed in the list when entering flights. What did we do wrong?

KZVO board

@@ s066 | from: philippe.arnaud@volavoile-sisteron.fr | style: outlook | att: planning-export.xlsx
subject: Pb export planning + une question
--
Bonjour,

1) L'export Excel du planning de la semaine sort vide depuis la migration de cet été (fichier joint, 0 ligne).
2) Au passage : nos heures de bonus couvrent-elles aussi une formation des nouveaux chefs de piste en janvier ?

Merci,
Philippe Arnaud
CVV Sisteron

@@ s067 | from: "Sabine Weiss" <sabine.weiss@bluewin.ch> | style: plain
subject: question réservation
--
Bonjour, je suis membre du groupe de vol à voile de la Gruyère. Quand je réserve le Duo Discus, le système me demande un instructeur alors que je suis lâchée depuis 2019. Pouvez-vous vérifier ? Merci. Sabine Weiss

@@ s068 | from: Hélène Castagné <helene.castagne@laposte.net> | style: gmail
subject: Nos heures et une intervention
--
Bonjour,

Pourriez-vous intervenir sur notre plateforme pour revoir la grille tarifaire des remorqués (3 hauteurs différentes : 500, 700, 1000 m) ? Le tableau actuel est faux depuis le changement de tarif du 1er septembre. Combien d'heures de bonus cela prendrait-il ?

Hélène Castagné
Présidente - Planeurs de Lasbordes

@@ s069 | from: tallard.ulm@orange.fr | style: plain
subject: re
--
rebonjour, finalement la page blanche est revenue ce soir, meme probleme que ce matin. merci

@@ s070 | from: comptabilite@volavoile-sisteron.fr | style: alt
subject: Lettrage des paiements
--
Bonjour,

Lorsqu'un pilote paie par chèque une facture de 3 mois, le lettrage ne se fait qu'avec la première facture. Y a-t-il une procédure pour lettrer un paiement sur plusieurs factures ? Sinon pourriez-vous nous montrer au téléphone, 30 minutes suffiront.

Comptabilité CVVS

@@ s071 | from: Paul-Henri Martin <ph.martin@sfr.fr> | style: plain
subject: page d'accueil du club
--
Bonjour,

Je suis webmaster bénévole de l'aéroclub de Beaune. Je voudrais afficher les disponibilités avions du planning sur notre site WordPress. Existe-t-il un widget ou un lien à intégrer ?

Merci d'avance,
Paul-Henri Martin

@@ s072 | date: 2026-10-05 11:40 | from: d.santoni@wanadoo.fr | style: plain | lang: en
subject: Fw: Booking for foreign pilot
--
Hello, I forward you the question of an English pilot who visits us in May, I answered him nothing because I don't know. Thank you to answer directly to him or to me.
Dominique Santoni, Aéro-Club d'Ajaccio

---------- Forwarded message ---------
From: James Whitfield <jwhitfield@outlook.com>
Date: Sun, 4 Oct 2026 at 18:20
Subject: Booking for foreign pilot
To: <aeroclub.ajaccio@orange.fr>

Hello, can a visiting pilot with a UK CAA licence book your Robin through your online system, or do I need to be a member first?
James
"""
