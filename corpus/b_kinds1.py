"""Set b: development quotes, changes of the person in charge, password resets (client account and,
by confusion, members' own logins: R8)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ d001 | kind: dev_quote | from: Gérard Mougin <g.mougin@wanadoo.fr> | style: outlook
subject: Demande de devis - gestion des treuils
--
Bonjour,

L'Association Vélivole des Vosges souhaiterait un devis pour un développement : suivre l'usure des câbles de treuil (nombre de lancements par câble, date de changement, alerte à 800 lancements).
C'est notre demande de devis pour 2026. Si d'autres clubs de vol à voile sont intéressés, nous sommes partants pour partager les heures.

Gérard Mougin, président

@@ d002 | kind: dev_quote | from: Hélène Castagné <helene.castagne@laposte.net> | style: gmail | cash: 1 | note: offers to pay what the bonus hours do not cover
subject: Devis : carnet de vol planeur
--
Bonjour,

Pour le Club de Planeurs de Lasbordes, nous demandons un devis pour adapter le carnet de vol aux planeurs : durée de vol sans moteur, lancement (treuil/remorqué/autonome), circuits avec points de virage.
Nos 10 h Première ne suffiront sans doute pas : nous réglerons la différence sans problème pour que ça avance.

Hélène Castagné

@@ d003 | kind: dev_quote | from: direction@aviasud-formation.com | style: outlook | att: cahier-des-charges-EBT.pdf | cash: 1 | note: will pay to be served before the queue
subject: Demande de devis - module de suivi EBT
--
Bonjour,

Aviasud Formation SAS sollicite un devis pour le développement d'un module de suivi des compétences (EBT / CBTA) pour nos élèves. Cahier des charges en pièce jointe.
Nous sommes prêts à financer une partie du développement pour qu'il soit traité en priorité, nos 20 h de bonus n'y suffiront pas.

Karim Benali
Directeur des opérations

@@ d004 | kind: dev_quote | from: luc.dethier@skynet.be | style: plain
subject: Idée de développement
--
Bonjour,

Nous aimerions que les membres puissent s'inscrire en ligne aux soirées théoriques (nombre de places limité, liste d'attente). Pouvez-vous nous faire un devis ? Je suppose que c'est à partager avec d'autres clubs, j'ai vu le forum "Evolutions et Adaptations".

Luc Dethier, Aéro-Club de Spa

@@ d005 | kind: dev_quote | from: Olivier Chappuis <o.chappuis@bluewin.ch> | style: outlook
subject: Devis : facturation en CHF et EUR
--
Bonjour,

L'Aéro-Club de Lausanne voudrait pouvoir facturer certains vols en euros (vols vers la France, carburant acheté à Annemasse) et le reste en CHF, sur le même compte pilote. Pourriez-vous nous établir un devis pour ce développement ?

Meilleures salutations,
Olivier Chappuis

@@ d006 | kind: dev_quote | from: jy.payet@orange.re | style: plain
subject: Développement
--
Bonjour,

Nous souhaitons un devis pour ajouter un rapport "heures de vol par pilote et par mois" exportable en PDF, pour la subvention de la Région Réunion. Notre demande annuelle de devis, donc.

Jean-Yves Payet, ACRG

@@ d007 | kind: dev_quote | from: Nathalie Ferrand <n.ferrand@cap-pilote.fr> | style: outlook
subject: Nouvelle demande de devis
--
Bonjour,

Le devis pour l'export FEC que vous nous avez fait en mars a été accepté et est en cours. Nous aurions une deuxième demande : la signature électronique des fiches de progression par l'élève et l'instructeur. Pouvez-vous nous chiffrer cela ?

Nathalie Ferrand
Cap Pilote Formation SARL

@@ d008 | kind: dev_quote | from: philippe.arnaud@volavoile-sisteron.fr | style: plain
subject: Devis intégration OGN
--
Bonjour,

Le CVV Sisteron demande un devis pour récupérer automatiquement les heures de décollage et d'atterrissage des planeurs depuis le réseau OGN (Open Glider Network), pour pré-remplir la planche de vol.
Nous avons 20 h de bonus Corporate, peut-être à compléter avec d'autres centres.

Philippe Arnaud

@@ d009 | kind: dev_quote | from: Françoise Duparc <francoise.duparc74@gmail.com> | style: gmail
subject: demande de devis
--
Bonjour,

Serait-il possible d'avoir un devis pour un module de gestion des bons cadeaux (vols découverte) : vente en ligne, numéro unique, date de validité, utilisation par un pilote. Nous en vendons 150 par an.

Françoise Duparc
Aéro-Club des Glières

@@ d010 | kind: dev_quote | from: contact@aeroclub-reunion.re | style: alt | note: the same client already asked a quote this year (d006); a second request
subject: Deuxième devis ?
--
Bonjour,

Nous avons fait une demande de devis le mois dernier (rapport pour la Région) dont nous n'avons pas encore accepté l'estimation. Pouvons-nous quand même en demander un autre, pour les bons cadeaux ? Si oui considérez ce mail comme la demande.

L'équipe ACRG

@@ d011 | kind: dev_quote | from: Laurent Mathey <l.mathey@helialpes.fr> | style: outlook
subject: Devis - suivi des potentiels hélicoptères
--
Bonjour,

Héli Alpes Formation SAS souhaiterait un devis pour la gestion des potentiels spécifiques aux hélicoptères (cycles, heures de rotor, pièces à vie limitée). Les mécaniciens tiennent actuellement un tableur à part.

Laurent Mathey

@@ d012 | kind: dev_quote | from: Erwan Le Bihan <erwan.lebihan@gmail.com> | style: gmail | cash: 1 | note: offers to pay so that it comes out before the season
subject: Devis application mobile hors ligne
--
Bonjour,

L'ACBS demande un devis pour pouvoir saisir les vols sur téléphone sans réseau (au parking avion il n'y a pas de 4G), avec synchronisation au retour du réseau. On est prêts à mettre de l'argent en plus de nos heures pour que ce soit prêt avant la saison.

Erwan Le Bihan

@@ d013 | kind: dev_quote | from: Jérôme Chabrier <jerome.chabrier@free.fr> | style: apple
subject: devis
--
Bonjour
Pour l'AVV Issoire : devis pour un tableau de répartition des treuillées entre les treuillards bénévoles (combien chacun en a fait sur l'année) svp.
Merci
Jérôme
Envoyé de mon iPhone

@@ d014 | kind: dev_quote | from: Rémi Tein <remi.tein@canl.nc> | style: plain | note: First Price has no bonus hours; the client says it would pay, the normal price of a quote, not an offer to jump the queue
subject: devis XPF
--
Bonjour,

Magenta ULM voudrait un devis pour gérer le franc pacifique sans décimales sur toute la plateforme. On est First Price donc on sait que ce sera facturé.

Rémi

@@ d015 | kind: dev_quote | from: secretariat@raclg.be | style: outlook
subject: Demande de devis RACL
--
Bonjour,

Le Royal Aéro-Club de Liège souhaite faire chiffrer un développement : l'affichage de la météo (METAR/TAF d'EBLG) sur la page de réservation. Nous avons vu sur le forum que d'autres clubs belges étaient intéressés.

Le secrétariat

@@ d016 | kind: dev_quote | from: Romain Vidal <romain.vidal@envol-formation.fr> | style: plain
subject: Devis espace élève
--
Bonjour,

Envol Formation aimerait un devis pour un espace élève où l'élève télécharge ses documents (licence, médical, attestation de théorique) avec contrôle des dates d'expiration.

Romain Vidal

@@ d017 | kind: dev_quote | from: comite@vol-a-voile-gruyere.ch | style: plain | also: hours_statement
subject: Devis + heures restantes
--
Bonjour,

1. Nous souhaitons un devis pour un module de gestion des stages d'été (inscription, chambres, repas).
2. Pouvez-vous nous dire combien d'heures de bonus il nous reste cette année ?

Pour le comité du GVV Gruyère

@@ d018 | kind: dev_quote | from: Sandrine Abric <sandrine.abric@free.fr> | style: gmail
subject: Développement pour les ULM
--
Bonjour,

On voudrait un devis pour gérer les pendulaires et les multiaxes avec des tarifs différents par type d'instruction, c'est compliqué avec les types actuels. On a First Price, on paiera le devis si accepté.

Sandrine

@@ d019 | kind: dev_quote | from: Kevin Vandamme <kevin.vandamme@skyschool.be> | style: outlook | att: specs-api-v2.docx
subject: Quote request - REST API
--
Bonjour,

Skyschool Charleroi SRL demande un devis pour une API REST (lecture des vols, des factures et des membres) afin de synchroniser notre ERP. Spécifications jointes.

Kevin Vandamme

@@ d020 | kind: dev_quote | from: Marco Bernasconi <m.bernasconi@geneva-aviation.ch> | style: outlook | lang: en
subject: Development quote - FSTD logbook
--
Dear OpenFlyers team,

Geneva Aviation Training SA would like a quote for a separate FSTD logbook (simulator sessions with device qualification number), compliant with EASA FCL.050. We would use our Corporate bonus hours and are happy to pool with other schools.

Kind regards,
Marco Bernasconi

@@ d021 | kind: dev_quote | from: Jeff Schmit <jeff.schmit@pt.lu> | style: gmail | lang: en | cash: 1 | note: offers money to get it before the season
subject: Quote: glider trailer booking
--
Hello,

Luxembourg Gliding Association would like a quote for booking glider trailers together with the gliders (competitions, outlandings). If our bonus hours do not cover it, we will pay the remaining part, we really want it for spring.

Jeff Schmit

@@ d022 | kind: dev_quote | from: pieter.desmet@telenet.be | style: plain | lang: en
subject: development request
--
Hello,

KZVO would like to have a price for a Dutch translation of the member interface. Many of our members don't read French well. Maybe other Flemish clubs can join.

Pieter

@@ d023 | kind: dev_quote | from: Malcolm Hughes <malcolm.hughes@btinternet.com> | style: plain | lang: en
subject: Quote for English invoices
--
Hello,

Dordogne Flying Group would like a quote for member invoices in English (our members are British). We are First Price, so I assume it would all be paid: please tell us how much before doing anything.

Malcolm

@@ d024 | kind: dev_quote | from: ops@geneva-aviation.ch | style: alt | lang: en | note: second quote of the year after an accepted one
subject: Another quote request
--
Hello,

Our quote for the FSTD logbook was accepted last month. We now need a second one: automatic roster export to our crew-planning tool (CSV every night). Could you estimate it?

Ops desk, Geneva Aviation Training

@@ d025 | kind: dev_quote | from: "Bruno Lefort" <bruno.lefort@aeroclub-saintonge.fr> | style: plain | note: prospect, not a client
subject: Devis
--
Bonjour,

L'Aéro-club de Saintonge (non client pour l'instant) voudrait savoir si vous pourriez développer une interface avec notre logiciel de comptabilité Ciel avant que nous souscrivions. Pouvez-vous nous faire un devis ?

Bruno Lefort, trésorier

@@ d026 | kind: dev_quote | from: Max Bélénus <max.belenus@orange.fr> | style: gmail
subject: Demande de chiffrage
--
Bonjour,

Pour l'Aéro-Club de Guadeloupe : chiffrage d'une fonction d'envoi de SMS de rappel avant réservation (beaucoup de nos membres ne lisent pas leurs mails). Nous pourrions partager avec d'autres clubs d'outre-mer.

Max Bélénus

@@ d027 | kind: dev_quote | from: caissier@aeroclub-lausanne.ch | style: outlook | also: support
subject: Devis et petit souci
--
Bonjour,

Deux choses :
- un devis pour un QR-facture suisse sur les factures membres (obligatoire chez nous) ;
- et un souci : depuis lundi les factures PDF sortent sans la date d'échéance.

Le caissier, AC Lausanne

@@ d028 | date: 2026-11-20 18:40 | kind: dev_quote | from: lga.treasurer@pt.lu | style: plain | lang: en
subject: Dev quote
--
Dear all,

LGA asks for a quote to add SEPA direct debit of member balances (pain.008 export). Our board voted for it on 14 November.

Marie Weber, treasurer

@@ d029 | kind: dev_quote | from: tresorerie@aeroclub.nc | style: plain | cash: 1 | note: "nous financerons le complément" covers what bonus hours do not
subject: Devis exercice comptable décalé
--
Bonjour,

L'Aéro-Club Calédonien demande un devis pour gérer un exercice comptable du 1er avril au 31 mars. Nous financerons le complément si nos heures Première ne suffisent pas.

La trésorerie

@@ d030 | kind: dev_quote | from: gestion@cap-pilote.fr | style: plain | note: a quote asked after an earlier one that was refused; R61 applies
subject: devis facturation OPCO
--
Bonjour,

Nous avions refusé le devis de mai (trop cher). Nous voudrions en demander un nouveau, plus simple : facturation directe aux OPCO pour les élèves financés. Est-ce possible ?

Service gestion, Cap Pilote Formation

@@ d031 | kind: dev_quote | from: Beat Sciboz <beat.sciboz@gmail.com> | style: apple | lang: en
subject: Quote
--
Hi, can you quote the development of a "duty pilot" rota (who is duty pilot each weekend, with swap requests)? GVV Gruyère. Thanks!
Beat

Sent from my iPhone

@@ d032 | kind: dev_quote | from: d.santoni@wanadoo.fr | style: plain
subject: DEVIS
--
BONJOUR
L AEROCLUB D AJACCIO VOUDRAIT UN DEVIS POUR LA GESTION DES CARBURANTS (STOCK DE LA CUVE AVGAS, ENTREES ET SORTIES).
MERCI
D SANTONI

@@ o001 | date: 2026-10-02 21:30 | kind: owner_change | from: Gérard Mougin <g.mougin@wanadoo.fr> | style: outlook | att: courrier-nouveau-responsable.pdf, PV-AG-2026.pdf
subject: Changement de responsable OpenFlyers
--
Bonjour,

Je quitte la présidence de l'AVV Vosges à la fin de l'année et c'est Nadine Perrin (nadine.perrin88@orange.fr) qui reprend la responsabilité de notre plateforme. Je fais le changement moi-même ? Sinon, vous trouverez ci-joint le courrier signé et le PV de l'AG du 26/09.

Gérard Mougin

@@ o002 | kind: owner_change | from: "Nadine Perrin" <nadine.perrin88@orange.fr> | style: plain | note: new responsible writing from an address not on record, no documents
subject: Je suis la nouvelle responsable
--
Bonjour,

Je suis la nouvelle présidente de l'Association Vélivole des Vosges et je remplace Gérard Mougin comme responsable OpenFlyers. Pouvez-vous mettre mon adresse à la place de la sienne ?

Nadine Perrin

@@ o003 | kind: owner_change | from: secretariat@planeurs-lasbordes.fr | style: gmail | att: lettre-presidente.pdf, pv-ag-13-06-2026.pdf
subject: Nouveau responsable de la plateforme
--
Bonjour,

Suite à notre AG du 13 juin, le nouveau responsable OpenFlyers du club est Thomas Aubry (thomas.aubry31@gmail.com). Vous trouverez ci-joint le courrier signé par notre présidente et le procès-verbal de l'AG.

Le secrétariat

@@ o004 | nb: 2026-12-01 | note: "à compter du 1er décembre" names when the change takes effect | kind: owner_change | from: k.benali@aviasud-formation.com | style: outlook | att: kbis-aviasud-2026.pdf | note: company; new responsible appears on the K-BIS (R11)
subject: Changement d'interlocuteur OpenFlyers
--
Bonjour,

À compter du 1er décembre, je laisse la responsabilité de la plateforme à notre nouveau directeur général, M. François Lemaire (f.lemaire@aviasud-formation.com), qui figure sur l'extrait K-BIS ci-joint.

Karim Benali

@@ o005 | nb: 2027-01-01 | note: "à partir de janvier" read as 1 January 2027 | kind: owner_change | from: "Luc Dethier" <luc.dethier@skynet.be> | style: plain
subject: nouveau responsable
--
Bonjour,

Je ne serai plus responsable OpenFlyers pour l'AC Spa à partir de janvier. Mon successeur est Julien Maréchal, julien.marechal@gmail.com. Que dois-je faire ?

Luc

@@ o006 | date: 2026-11-24 08:50 | kind: owner_change | from: "Claire Fontana" <claire.fontana@bluewin.ch> | style: outlook | att: lettre-comite-signee.pdf, proces-verbal-assemblee.pdf | note: sender not on record; documents attached
subject: Responsable OpenFlyers - Aéro-Club de Lausanne
--
Bonjour,

Je suis la nouvelle présidente de l'Aéro-Club de Lausanne depuis l'assemblée générale du 21 novembre. M. Chappuis a quitté le comité et ne répond plus. Je vous prie de bien vouloir me désigner comme responsable OpenFlyers. Je joins le courrier signé du comité et le procès-verbal de l'assemblée.

Claire Fontana
Présidente

@@ o007 | kind: owner_change | from: tresorier@aeroclub-reunion.re | style: plain
subject: Changement de responsable
--
Bonjour,

Jean-Yves Payet part en métropole. Le bureau a désigné Anne Grondin (anne.grondin@orange.re) comme responsable OpenFlyers. Quels documents faut-il vous envoyer ?

Le trésorier

@@ o008 | kind: owner_change | from: Nathalie Ferrand <n.ferrand@cap-pilote.fr> | style: outlook | att: kbis-cap-pilote.pdf, lettre-cogerants.pdf | note: co-managed company; letter signed by both managers (R12)
subject: Changement responsable - co-gérance
--
Bonjour,

Cap Pilote Formation SARL est co-gérée par M. Ferrand (40 % des parts) et moi-même (35 %). Nous désignons ensemble M. Hugo Lenoir, chef pilote, comme responsable OpenFlyers (h.lenoir@cap-pilote.fr). Ci-joint le courrier signé par les deux gérants et le K-BIS.

Nathalie Ferrand, co-gérante

@@ o009 | kind: owner_change | from: "Hugo Lenoir" <h.lenoir@cap-pilote.fr> | style: plain | note: same company domain but address not on record
subject: Changement de responsable
--
Bonjour, je suis désormais le responsable de la plateforme Cap Pilote. La gérante vous a envoyé les documents hier. Pouvez-vous me confirmer quand c'est fait ? Hugo Lenoir

@@ o010 | nb: 2027-01-01 | note: "à partir du 1er janvier" names when the change takes effect | kind: owner_change | from: Philippe Arnaud <philippe.arnaud@volavoile-sisteron.fr> | style: outlook
subject: Passation
--
Bonjour,

Je passe la main. À partir du 1er janvier le responsable OpenFlyers du CVV Sisteron sera Marion Blanc (marion.blanc@volavoile-sisteron.fr). Je peux faire la modification dans le compte client moi-même avant de partir ?

Philippe Arnaud

@@ o011 | kind: owner_change | from: "Jean Moreau" <jean.moreau.vvi@gmail.com> | style: gmail | att: pv-ag.jpg | note: scanned minutes only, no signed letter
subject: Nouveau responsable AVV Issoire
--
Bonjour,

Je suis le nouveau président de l'AVV Issoire. L'ancien responsable, Jérôme Chabrier, a quitté le club fâché et ne répond plus. Je vous envoie la photo du PV d'AG où je suis élu. Merci de me mettre responsable.

Jean Moreau

@@ o012 | kind: owner_change | from: aeroclub-beaune@orange.fr | style: plain
subject: changement de président
--
Bonjour,

Notre président Bernard Jacquot est décédé le mois dernier. Le bureau a nommé par intérim Marie-Claude Roy, qui devient aussi responsable OpenFlyers. Pouvez-vous nous dire comment procéder ?

L'aéro-club de Beaune

@@ o013 | kind: owner_change | from: Stéphane Wamytan <s.wamytan@lagoon.nc> | style: outlook | att: lettre-designation.pdf, statuts-et-pv.pdf
subject: Désignation du nouveau responsable
--
Bonjour,

Je quitte la Nouvelle-Calédonie en décembre. Mon successeur comme responsable OpenFlyers est Tevita Lolohea (t.lolohea@aeroclub.nc). Courrier signé et PV joints.

Stéphane Wamytan

@@ o014 | kind: owner_change | from: l.mathey@helialpes.fr | style: outlook | att: kbis.pdf | note: company; sender asks whether a letter is needed since the manager is on the K-BIS
subject: Changement responsable Héli Alpes
--
Bonjour,

Notre gérant, M. Denis Roche, reprend directement la responsabilité de la plateforme (denis.roche@helialpes.fr). Il est gérant majoritaire et figure sur le K-BIS joint. Faut-il en plus un courrier ?

Laurent Mathey

@@ o015 | kind: owner_change | from: Romain Vidal <romain.vidal@envol-formation.fr> | style: plain
subject: Départ
--
Bonjour,

Je quitte Envol Formation fin décembre. Ma remplaçante sera Léa Martin (lea.martin@envol-formation.fr). Je préfère faire le changement moi-même : où dans le compte client ?

Romain

@@ o016 | kind: owner_change | from: secretariat.acg971@orange.fr | style: gmail | att: courrier-president.pdf
subject: Responsable OpenFlyers
--
Bonjour,

Veuillez trouver ci-joint le courrier du président désignant Mme Josette Lacroix comme responsable OpenFlyers (josette.lacroix971@gmail.com). Le PV de l'AG suivra la semaine prochaine, il n'est pas encore signé.

Secrétariat AC Guadeloupe

@@ o017 | nb: 2027-03-01 | note: "From March" read as 1 March 2027 | kind: owner_change | from: Malcolm Hughes <malcolm.hughes@btinternet.com> | style: plain | lang: en
subject: New person in charge
--
Hello,

I am stepping down as chairman at our AGM. From March, Sue Palmer (secretary.dfg@gmail.com) will be in charge of our OpenFlyers platform. Can I make this change myself in the client account, or do you need a letter?

Malcolm

@@ o018 | kind: owner_change | from: finance@geneva-aviation.ch | style: outlook | lang: en | att: commercial-register-extract.pdf, board-resolution.pdf
subject: Change of responsible person
--
Dear Sir or Madam,

Please be informed that Mr Marco Bernasconi has left Geneva Aviation Training SA. The board has appointed Ms Laura Keller (l.keller@geneva-aviation.ch) as the new person in charge of our platform. Attached: the commercial register extract and the board resolution signed by the chairman.

Finance department

@@ o019 | kind: owner_change | from: "Jan Peeters" <jan.peeters@telenet.be> | style: plain | lang: en | note: sender not on record, asking how to proceed
subject: new contact for KZVO
--
Hello,

I was elected president of KZVO last Saturday. Pieter De Smet is no longer on the board. How do I become the person in charge of our OpenFlyers platform?

Jan Peeters

@@ o020 | date: 2026-11-15 16:00 | kind: owner_change | from: board@lga-gliding.lu | style: gmail | lang: en | att: letter-president.pdf, agm-minutes-2026.pdf
subject: Change of person in charge
--
Hello,

Following our general assembly of 8 November, the new person in charge of the LGA platform is Tom Wagner (tom.wagner@pt.lu). Please find attached the president's letter and the minutes.

LGA board

@@ o021 | kind: owner_change | from: "Thomas Aubry" <thomas.aubry31@gmail.com> | style: gmail | hint: planeurs-lasbordes
subject: Suite du changement de responsable
--
Bonjour,

Le secrétariat de Lasbordes vous a envoyé les documents pour me désigner responsable de la plateforme planeurs-lasbordes. Avez-vous tout ce qu'il faut ? Je n'ai pas reçu de confirmation.

Thomas Aubry

@@ o022 | kind: owner_change | from: ulm.pierrefonds@gmail.com | style: android
subject: changement
--
Bonjour mickael n'est plus au bureau, c'est moi Nicolas Técher qui reprend, mon mail nicolas.techer974@gmail.com. merci

Envoyé depuis mon smartphone Samsung Galaxy.

@@ o023 | kind: owner_change | from: yves.le.goff29@wanadoo.fr | style: plain | att: lettre.pdf, pv.pdf
subject: nouveau responsable
--
bonjour
ci joint lettre du president et pv de l ag. le nouveau responsable est Gwenaelle Kerboriou, gwen.kerboriou@laposte.net. moi j arrete.
yves

@@ o024 | kind: owner_change | from: kevin.vandamme@skyschool.be | style: outlook | att: moniteur-belge-publication.pdf | note: Belgian company: official publication instead of a K-BIS
subject: Changement de responsable / nieuwe verantwoordelijke
--
Bonjour,

Je quitte Skyschool fin janvier. Le nouveau responsable sera Sarah Claes (sarah.claes@skyschool.be). Elle est administratrice déléguée : voir la publication au Moniteur belge jointe (équivalent du K-BIS).

Kevin Vandamme

@@ o025 | kind: owner_change | from: "Marc Giordano" <marc.giordano@orange.fr> | style: plain | hint: ac-ajaccio | note: not on record, no documents
subject: Plateforme ac-ajaccio
--
Bonjour,

Nouveau président de l'aéroclub d'Ajaccio (plateforme ac-ajaccio), je souhaite devenir responsable OpenFlyers à la place de M. Santoni. Merci de m'indiquer la marche à suivre.

Marc Giordano

@@ o026 | date: 2026-10-16 10:30 | kind: owner_change | from: accueil@acbs-vannes.fr | style: alt | att: courrier-designation.pdf, pv-ca.pdf
subject: TR: désignation nouveau responsable
--
Bonjour,

Transmis de la part du président : courrier de désignation de M. Yannick Guillou (y.guillou@acbs-vannes.fr) comme responsable OpenFlyers en remplacement d'Erwan Le Bihan, et PV du CA du 10 octobre.

Accueil ACBS

@@ o027 | kind: owner_change | from: tresorier@acglieres.fr | style: outlook | also: contact_update
subject: Changements suite à l'AG
--
Bonjour,

Suite à notre AG :
- la nouvelle responsable OpenFlyers est Chantal Mercier (chantal.mercier@acglieres.fr), en remplacement de Françoise Duparc ; courrier et PV suivront par la secrétaire ;
- l'adresse de contact devient bureau@acglieres.fr au lieu de tresorier@acglieres.fr.

Le trésorier

@@ o028 | kind: owner_change | from: Sandrine Abric <sandrine.abric@free.fr> | style: gmail
subject: Je passe la main
--
Bonjour,

Je ne m'occupe plus de Camargue ULM à partir de maintenant. Je vais faire le changement moi-même dans le compte client pour mettre Patrick Roux (patrick.roux13@free.fr), c'est bien comme ça qu'il faut faire ?

Sandrine

@@ o029 | kind: owner_change | from: Pieter De Smet <pieter.desmet@telenet.be> | style: plain | lang: en
subject: I am leaving
--
Hello,

I am leaving the board of KZVO. Jan Peeters (jan.peeters@telenet.be) becomes responsible for OpenFlyers. I will send the letter from the president next week, is the letter alone enough?

Pieter

@@ o030 | date: 2026-10-25 19:15 | kind: owner_change | from: gvv.gruyere@bluewin.ch | style: plain | att: lettre-president.pdf, pv-assemblee-2026.pdf
subject: Responsable OpenFlyers
--
Bonjour,

Le nouveau responsable OpenFlyers du GVV Gruyère est Guy Mercier (guy.mercier@bluewin.ch). Annexes : lettre du président et procès-verbal de l'assemblée du 17 octobre.

GVV Gruyère

@@ o031 | kind: owner_change | from: "Dominique Santoni" <d.santoni@wanadoo.fr> | style: plain
subject: Re: Plateforme ac-ajaccio
--
Bonjour,

Je confirme que je laisse ma place de responsable OpenFlyers à Marc Giordano, nouveau président. Je ne savais pas que je pouvais le faire moi-même, je vais essayer dans le compte client ; sinon dites-moi.

Dominique Santoni
| hint: ac-ajaccio

@@ o032 | kind: owner_change | from: compta.envol@gmail.com | style: gmail | att: kbis-envol.pdf | note: EURL: the sole partner on the K-BIS
subject: Changement de responsable Envol Formation
--
Bonjour,

M. Romain Vidal quitte l'entreprise. Le gérant et associé unique, M. Serge Vidal, reprend la responsabilité de la plateforme (serge.vidal@envol-formation.fr). K-BIS joint.

Comptabilité Envol Formation

@@ p001 | kind: password_reset | from: thierry.lefebvre80@free.fr | style: apple
subject: mot de passe
--
Bonjour,
J'ai oublié le mot de passe du compte client, le lien ne marche pas (pas de mail reçu). Vous pouvez le réinitialiser ? Je sais qu'en First Price c'est payant, pas grave.
Thierry
Envoyé de mon iPhone

@@ p002 | kind: password_reset | from: "Lucas Didier" <lucas.didier88@gmail.com> | style: gmail | note: a member asking about his own login (R8)
subject: Mot de passe perdu
--
Bonjour,

Je suis membre de l'AVV Vosges et j'ai perdu mon mot de passe pour réserver les planeurs. Pouvez-vous m'en renvoyer un ?

Lucas Didier

@@ p003 | kind: password_reset | from: Gérard Mougin <g.mougin@wanadoo.fr> | style: outlook
subject: Accès compte client
--
Bonjour,

Je n'arrive plus à me connecter à l'espace client pour renouveler l'abonnement. Identifiant vv-vosges, mais le mot de passe est refusé. Le mot de passe oublié envoie le lien à l'ancienne adresse du club que plus personne ne lit. Pouvez-vous faire une réinitialisation manuelle ?

Gérard Mougin
| hint: vv-vosges

@@ p004 | kind: password_reset | hint: ulm-camargue | from: "Amandine Roche" <amandine.roche@hotmail.fr> | style: android | note: member's own login (R8); platform named
subject: connexion
--
Bonjour je n'arrive pas à me connecter à openflyers.com/ulm-camargue, il me dit identifiant inconnu. Je suis adhérente depuis juin. Merci

Envoyé depuis mon mobile Orange

@@ p005 | kind: password_reset | from: secretariat@aeroclubspa.be | style: plain
subject: compte client bloqué
--
Bonjour,

Après trois essais notre compte client est bloqué. Pouvez-vous le débloquer et nous envoyer un nouveau mot de passe ?

Secrétariat AC Spa

@@ p006 | kind: password_reset | from: as.lambotte@skynet.be | style: plain | note: First Price, asks manual reset and accepts the fee
subject: Réinitialisation mot de passe compte client GVVN
--
Bonjour,

Nous ne retrouvons plus le mot de passe du compte client gvv-namur (l'ancien trésorier l'avait changé). Merci de le réinitialiser manuellement ; j'ai compris que ce sera facturé en First Price, c'est d'accord.

Anne-Sophie Lambotte
| hint: gvv-namur

@@ p007 | kind: password_reset | from: "René Maillard" <rene.maillard@bluewin.ch> | style: plain | note: member's personal login (R8)
subject: Identifiant oublié
--
Bonjour,

Je suis pilote à l'Aéro-Club de Lausanne. J'ai changé de téléphone et je ne me souviens plus de mon identifiant ni de mon mot de passe pour la réservation. Merci de me les renvoyer.

René Maillard

@@ p008 | kind: password_reset | hint: acr-reunion | from: jy.payet@orange.re | style: plain
subject: mdp
--
Bonjour, on a perdu le mot de passe du compte client de l'aéroclub (acr-reunion). Le lien "mot de passe oublié" arrive sur l'adresse contact@ mais le mail n'arrive jamais. Merci de regarder. Jean-Yves

@@ p009 | kind: password_reset | from: Stéphane Wamytan <s.wamytan@lagoon.nc> | style: outlook | also: contact_update | note: R7: the new address given must not receive the reset
subject: Mot de passe et adresse
--
Bonjour,

Pourriez-vous réinitialiser le mot de passe de notre compte client et l'envoyer à ma nouvelle adresse stephane.wamytan@gmail.com ? L'adresse lagoon.nc va être fermée. Merci de mettre aussi la nouvelle adresse sur notre fiche.

Stéphane Wamytan

@@ p010 | kind: password_reset | from: n.ferrand@cap-pilote.fr | style: outlook
subject: Accès espace client
--
Bonjour,

Depuis notre changement de comptable, plus personne n'a le mot de passe de l'espace client Cap Pilote. Pouvez-vous nous en générer un nouveau ?

Nathalie Ferrand

@@ p011 | kind: password_reset | from: "Élodie Garnier" <elodie.garnier@free.fr> | style: gmail | note: an instructor's own login (R8)
subject: mot de passe instructeur
--
Bonjour,

Instructrice à Cap Pilote Formation, je ne peux plus me connecter pour valider les vols de mes élèves : "mot de passe incorrect". J'ai essayé le lien de réinitialisation, pas de mail. Merci de votre aide.

Élodie Garnier

@@ p012 | kind: password_reset | from: Yann Perrenoud <yann.perrenoud@bluewin.ch> | style: plain
subject: Mot de passe
--
Bonjour,
Comment réinitialiser le mot de passe du compte client du CNA ? Je ne trouve pas le lien. Merci.
Yann

@@ p013 | kind: password_reset | from: alain.delpech46@orange.fr | style: plain
subject: login
--
Bonjour,
Je suis le nouveau trésorier de Quercy ULM et je n'ai pas le mot de passe pour renouveler l'abonnement. L'ancien trésorier ne l'a pas transmis. Que faire ?
Alain

@@ p014 | kind: password_reset | from: "Kévin Hoarau" <kevhoarau@gmail.com> | style: android | note: member's own login (R8)
subject: Réinitialiser mon compte
--
Bjr je suis élève pilote à l'aéroclub Roland Garros, mon compte pour réserver dit "compte expiré". Pouvez vous le réinitialiser ? Merci

Envoyé de mon Galaxy A52

@@ p015 | kind: password_reset | from: josiane.rosier@orange.fr | style: gmail
subject: Mot de passe compte client ACM
--
Bonjour,

Le mot de passe du compte client (plateforme ac-martinique) ne fonctionne plus. Pouvez-vous nous aider ?

Josiane Rosier
| hint: ac-martinique

@@ p016 | kind: password_reset | from: "Pascal Morin" <pascal.morin49@laposte.net> | style: plain | note: member's own login (R8), club not named as a platform
subject: Accès OpenFlyers
--
Bonjour,

Je n'arrive plus à accéder à mon compte pilote pour voir mes heures de vol. Mon identifiant est pmorin. Pouvez-vous réinitialiser mon mot de passe ?

Cordialement,
Pascal Morin

@@ p017 | kind: password_reset | from: Malcolm Hughes <malcolm.hughes@btinternet.com> | style: plain | lang: en
subject: Client account password
--
Hello,

We've lost the password for our client account (the one for renewing). The reset email goes to dordogneflyers@gmail.com and nobody can find it. Could you reset it manually? Happy to pay the fee.

Malcolm

@@ p018 | kind: password_reset | from: "Emily Clarke" <emily.clarke@outlook.com> | style: plain | lang: en | note: member's own login (R8)
subject: Password
--
Hi, I'm a student pilot at Geneva Aviation Training. I forgot my password for the booking system and the reset email never arrives. My username is eclarke. Thanks!

@@ p019 | kind: password_reset | from: ops@geneva-aviation.ch | style: alt | lang: en
subject: Reset of client account password
--
Hello,

Please reset the password of our client account. The previous ops manager changed it before leaving.

Ops desk - Geneva Aviation Training

@@ p020 | kind: password_reset | from: treasurer@kzvo.be | style: outlook | lang: en
subject: cannot log in client area
--
Hello,

I cannot log in to the client area to pay the renewal. Login kzvo? or gliding-ostend? Neither works with the password I have. Please help.

Annelies Peeters
| hint: gliding-ostend

@@ p021 | kind: password_reset | from: "Dirk Janssens" <dirk.janssens@telenet.be> | style: plain | lang: en | note: member's own login (R8)
subject: my login
--
hello, I am member of the gliding club at Oostende, my password doesn't work since the last update. can you send me a new one please? Dirk

@@ p022 | kind: password_reset | from: jeff.schmit@pt.lu | style: gmail | lang: en
subject: Password reset please
--
Hi,

I'm locked out of the LGA client account after too many attempts. Could you unlock it and send a reset link to the usual address?

Jeff

@@ p023 | kind: password_reset | from: magenta.ulm@mls.nc | style: plain | note: First Price; asks the reset and asks the price
subject: mot de passe oublié
--
Bonjour

mot de passe oublié pour le compte client magenta-ulm. Si vous le faites vous, ça coûte combien ?

Rémi
| hint: magenta-ulm

@@ p024 | kind: password_reset | from: "Jacqueline Hoareau" <jacqueline.hoareau@wanadoo.fr> | style: plain | note: member (R8), typed without accents
subject: mot de passe
--
bonjour je suis membre de l aeroclub de la reunion et je ne sais plus mon mot de passe pour reserver l avion. mon petit fils dit que c est vous qu il faut ecrire. merci beaucoup
jacqueline hoareau

@@ p025 | kind: password_reset | from: secretariat@raclg.be | style: outlook
subject: Accès compte client RACL
--
Bonjour,

Le mot de passe du compte client a été changé par erreur et nous ne pouvons plus y accéder. Une réinitialisation est-elle possible de votre côté ?

Le secrétariat

@@ p026 | kind: password_reset | from: "Théo Lambert" <theo.lambert@gmail.com> | style: gmail | hint: ac-bretagne-sud | note: member's own login (R8), platform named
subject: Connexion openflyers.com/ac-bretagne-sud
--
Bonjour,

Je n'arrive plus à me connecter sur openflyers.com/ac-bretagne-sud depuis que j'ai changé d'adresse mail. L'ancienne adresse n'existe plus donc je ne reçois pas le lien. Pouvez-vous changer mon adresse et mon mot de passe ?

Théo Lambert, pilote ACBS

@@ p027 | kind: password_reset | from: fabrice.collard08@laposte.net | style: plain
subject: compte client
--
Bonjour, impossible de me connecter au compte client (ulm-ardennes). J'ai fait mot de passe oublié mais rien n'arrive sur ardennes.ulm@hotmail.fr. Pouvez-vous le faire à la main ? Combien ça coûte ? Fabrice
| hint: ulm-ardennes

@@ p028 | kind: password_reset | from: admin@helialpes.fr | style: alt
subject: Mot de passe de l'espace client
--
Bonjour,

Merci de réinitialiser le mot de passe de l'espace client Héli Alpes et d'envoyer le lien à l'adresse admin@helialpes.fr.

Administration

@@ p029 | kind: password_reset | from: "Oscar Dumont" <oscar.dumont@skynet.be> | style: plain | note: member (R8) who thinks the vendor manages member logins
subject: compte bloqué
--
Bonjour,

Mon compte sur la plateforme de l'AC Spa est bloqué. Le club me dit que c'est vous qui gérez les mots de passe. Est-ce exact ? Merci de débloquer.

Oscar Dumont

@@ p030 | kind: password_reset | from: camargue.ulm.bureau@gmail.com | style: gmail
subject: mot de passe
--
Bonjour,
On voudrait changer le mot de passe du compte client parce que l'ancienne présidente l'a toujours. On fait comment ?
Le bureau Camargue ULM

@@ p031 | kind: password_reset | from: "Nicolas Técher" <nicolas.techer974@gmail.com> | style: android | note: not on record (new officer), asks the reset to his own address
subject: mot de passe compte client
--
Bonjour, je reprends ULM Pierrefonds, pouvez vous m'envoyer le mot de passe du compte client sur mon adresse ? merci
Nicolas

@@ p032 | kind: password_reset | from: billing@skyschool.be | style: outlook | lang: en
subject: Password expired
--
Hello,

The client account tells us our password has expired and asks for the old one, which nobody knows. Could you reset it? Thank you.

Billing - Skyschool Charleroi

@@ p033 | kind: password_reset | from: "Sophie Martin" <sophie.martin@aviasud-formation.com> | style: outlook | note: employee of the company, own login (R8)
subject: Impossible de me connecter
--
Bonjour,

Nouvelle secrétaire pédagogique chez Aviasud, je n'ai jamais reçu mes identifiants pour la plateforme. Pourriez-vous me les envoyer ?

Sophie Martin

@@ p034 | kind: password_reset | from: Beat Sciboz <beat.sciboz@gmail.com> | style: apple | lang: en
subject: locked out
--
Hi, I locked myself out of the client account of GVV Gruyère. Can you reset the password? Thanks, Beat
Sent from my iPhone
"""
