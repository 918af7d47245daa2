"""Set b: record updates (e-mail addresses), bonus-hour statements, resource changes."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ c001 | kind: contact_update | from: tresorier.vvv@orange.fr | style: plain
subject: Changement d'adresse mail
--
Bonjour,

Merci de remplacer l'adresse de contact tresorier.vvv@orange.fr par tresorerie@vv-vosges.fr sur notre fiche client. L'adresse orange sera fermée au 31/12.

Le trésorier de l'AVV Vosges

@@ c002 | kind: contact_update | from: ulmbaiedesomme@gmail.com | style: gmail | note: First Price; the update by staff is billed
subject: nouvelle adresse
--
Bonjour,
Pour l'ULM Baie de Somme, l'adresse client devient contact@ulm-baiedesomme.fr. Vous pouvez changer ? (on sait qu'on pourrait le faire nous-mêmes mais on ne trouve pas où).
Merci

@@ c003 | kind: contact_update | from: secretariat@planeurs-lasbordes.fr | style: gmail
subject: Mise à jour fiche client
--
Bonjour,

Notre adresse client et notre adresse de contact sont identiques depuis peu, par erreur. Merci de remettre president@planeurs-lasbordes.fr en contact et secretariat@planeurs-lasbordes.fr en adresse client.

Secrétariat

@@ c004 | kind: contact_update | from: compta@aviasud-formation.com | style: outlook
subject: Adresse de facturation
--
Bonjour,

Merci d'envoyer désormais les avis de renouvellement et factures OpenFlyers à factures@aviasud-formation.com au lieu de compta@aviasud-formation.com (nouvelle boîte dédiée).

Service comptabilité

@@ c005 | nb: 2027-01-01 | note: "à partir de janvier" (the new responsible) read as 1 January 2027 | kind: contact_update | from: "Luc Dethier" <luc.dethier@skynet.be> | style: plain | also: owner_change | note: a new responsible is also announced
subject: adresses
--
Bonjour,

Deux changements pour l'AC Spa : notre adresse de contact devient contact@aeroclubspa.be, et je vous confirme que Julien Maréchal me remplace comme responsable à partir de janvier.

Luc

@@ c006 | kind: contact_update | from: gvvnamur@skynet.be | style: plain
subject: changement e-mail
--
Bonjour,

L'adresse tresorerie.gvvn@gmail.com n'est plus lue. Merci de mettre tresorerie@gvvnamur.be à la place. Nous savons qu'en First Price c'est payant si vous le faites : d'accord.

Anne-Sophie Lambotte

@@ c007 | kind: contact_update | from: caissier@aeroclub-lausanne.ch | style: outlook
subject: Nouveau caissier - adresse
--
Bonjour,

L'adresse caissier@aeroclub-lausanne.ch reste la même mais c'est désormais Mme Paula Rochat qui la lit. Faut-il changer quelque chose sur la fiche ? Le nom du contact peut-être ?

Le caissier

@@ c008 | kind: contact_update | from: "Anne Grondin" <anne.grondin@orange.re> | style: plain | note: sender not on record asks to put her address on the record (R7)
subject: Mettre mon mail
--
Bonjour,

Je suis la nouvelle secrétaire de l'aéroclub Roland Garros. Pouvez-vous mettre mon adresse anne.grondin@orange.re comme adresse de contact à la place de tresorier@aeroclub-reunion.re ?

Anne Grondin

@@ c009 | kind: contact_update | from: secretariat.acg971@orange.fr | style: gmail
subject: Fiche client
--
Bonjour,

Merci de remplacer l'adresse aeroclub.guadeloupe@wanadoo.fr par contact@aeroclub-guadeloupe.fr (wanadoo ferme les boîtes inactives).

Secrétariat AC Guadeloupe

@@ c010 | kind: contact_update | from: bureau@aeroclub.nc | style: plain | note: asks to change both addresses, which would then be the same; the vendor recommends they differ
subject: Adresses
--
Bonjour,

Pour simplifier, nous voudrions que l'adresse client et l'adresse de contact soient toutes les deux bureau@aeroclub.nc.

Le bureau

@@ c011 | kind: contact_update | from: gestion@cap-pilote.fr | style: outlook
subject: Changement de contact comptable
--
Bonjour,

Notre nouveau cabinet comptable souhaite recevoir les factures OpenFlyers : pouvez-vous mettre compta@fiduciaire-ferrand.fr en adresse de contact ?

Service gestion

@@ c012 | kind: contact_update | from: "Yves Le Goff" <yves.le.goff29@wanadoo.fr> | style: plain
subject: email
--
bonjour
changer l adresse aeroclub.morlaix@wanadoo.fr en aeroclubmorlaix@gmail.com svp
yves

@@ c013 | kind: contact_update | from: contact@aeroclub-beaune.fr | style: alt | note: only a postal address and phone, not the e-mails
subject: Changement d'adresse postale
--
Bonjour,

Notre siège a déménagé : Aérodrome de Beaune-Challanges, 21200 Beaune. Nouveau téléphone : 03 80 xx xx xx. Merci de mettre à jour notre fiche client.

Aéro-Club de Beaune

@@ c014 | kind: contact_update | from: camargue.ulm@free.fr | style: plain
subject: changement adresse
--
Bonjour, remplacez camargue.ulm.bureau@gmail.com par bureau@camargue-ulm.fr svp. Merci. Camargue ULM

@@ c015 | kind: contact_update | from: office@skyschool.be | style: outlook | lang: en
subject: Update of our contact email
--
Hello,

Please replace billing@skyschool.be by accounts@skyschool.be as our contact address. The old box will be closed on 31 December.

Office - Skyschool Charleroi

@@ c016 | kind: contact_update | from: tresorier@acglieres.fr | style: outlook
subject: Adresse de contact
--
Bonjour,

Comme annoncé, l'adresse de contact devient bureau@acglieres.fr. L'adresse tresorier@ restera active encore un an.

Le trésorier

@@ c017 | kind: contact_update | from: d.santoni@wanadoo.fr | style: plain
subject: Modification
--
Bonjour,

Mon adresse wanadoo va bientôt disparaître. Pouvez-vous remplacer d.santoni@wanadoo.fr par dominique.santoni@gmail.com pour le responsable ?

D. Santoni

@@ c018 | kind: contact_update | from: planning@vvissoire.fr | style: plain
subject: adresse planning
--
Bonjour, merci d'ajouter planning@vvissoire.fr comme adresse de contact pour recevoir les alertes, à la place de l'adresse actuelle. Bonne journée.

@@ c019 | kind: contact_update | from: dordogneflyers@gmail.com | style: gmail | lang: en
subject: new email address
--
Hi,

Could you change our contact address to committee.dfg@gmail.com? Secretary.dfg is no longer used since Sue changed roles.

Thanks, DFG

@@ c020 | kind: contact_update | from: finance@geneva-aviation.ch | style: outlook | lang: en
subject: Client record - email addresses
--
Dear support,

Please update our client record: client email ops@geneva-aviation.ch stays, contact email becomes accounting@geneva-aviation.ch.

Finance department

@@ c021 | kind: contact_update | from: info@kzvo.be | style: plain | lang: en
subject: change address
--
hello, our secretary has a new address, please put secretariaat@kzvo.be instead of info@kzvo.be as client email. thanks

@@ c022 | nb: 2027-01-01 | note: "à compter du 1er janvier" names when the change takes effect | kind: contact_update | from: tresorerie@acvendee.fr | style: plain
subject: Mise à jour de nos coordonnées
--
Bonjour,

Merci de mettre à jour nos coordonnées : l'adresse de contact devient compta@acvendee.fr à compter du 1er janvier.

Trésorerie AC Vendée

@@ c023 | kind: contact_update | from: Laurent Mathey <l.mathey@helialpes.fr> | style: outlook
subject: Changement adresse responsable
--
Bonjour,

Mon adresse change : laurent.mathey@helialpes.fr remplace l.mathey@helialpes.fr (nouvelle convention de nommage). Merci de mettre à jour.

Laurent Mathey

@@ c024 | kind: contact_update | from: info@cna-neuchatel.ch | style: alt
subject: Fiche client CNA
--
Bonjour,

Nous souhaitons que les alertes de renouvellement aillent aussi au président : pouvez-vous mettre president@cna-neuchatel.ch comme adresse de contact à la place du secrétariat ?

CNA

@@ c025 | kind: contact_update | from: quercy.ulm@laposte.net | style: plain | note: First Price; asks the price before
subject: changer adresse
--
Bonjour

Nous voulons changer l'adresse client pour quercyulm@gmail.com. Combien ça coûte si c'est vous qui le faites ? Sinon dites nous où le faire.

Quercy ULM

@@ c026 | kind: contact_update | from: acm972@wanadoo.fr | style: plain
subject: adresse mail
--
Bonjour,
Notre adresse acm972@wanadoo.fr sera supprimée. Merci de la remplacer par contact@aeroclub-martinique.fr.
ACM

@@ c027 | kind: contact_update | from: "Romain Vidal" <romain.vidal@envol-formation.fr> | style: plain
subject: Adresses Envol
--
Bonjour,

Nous abandonnons les adresses gmail. Merci de remplacer envol.formation@gmail.com par contact@envol-formation.fr et compta.envol@gmail.com par compta@envol-formation.fr.

Romain Vidal

@@ c028 | kind: contact_update | from: lga.treasurer@pt.lu | style: plain | lang: en
subject: Treasurer email
--
Dear support,

I am the new treasurer of LGA. Please keep lga.treasurer@pt.lu but note that it is now read by me, Claude Hoffmann. Nothing else changes. Or do I need to send something?

Claude Hoffmann

@@ c029 | kind: contact_update | from: accueil@acbs-vannes.fr | style: alt
subject: Coordonnées
--
Bonjour,

Merci de modifier l'adresse de contact de l'ACBS : tresorier@acbs-vannes.fr devient tresorerie@acbs-vannes.fr.

Accueil ACBS

@@ c030 | kind: contact_update | from: "Pierre Hennen" <pierre.hennen@gmail.com> | style: plain | note: a relative, not on record, asks to change the responsible's address
subject: adresse de mon père
--
Bonjour,

Mon père Michel Hennen est responsable OpenFlyers du Royal Aéro-Club de Liège. Son adresse proximus ne fonctionne plus : pouvez-vous mettre la mienne en attendant ?

Pierre Hennen

@@ h001 | kind: hours_statement | from: Gérard Mougin <g.mougin@wanadoo.fr> | style: outlook
subject: Heures de bonus restantes
--
Bonjour,

Pourriez-vous m'indiquer combien d'heures de bonus il reste à l'AVV Vosges pour 2026 ? J'aimerais les utiliser avant la fin de l'année.

Gérard Mougin

@@ h002 | kind: hours_statement | from: secretariat@planeurs-lasbordes.fr | style: gmail
subject: Relevé d'heures
--
Bonjour,

Pouvez-vous nous envoyer le relevé des heures d'assistance et de développement consommées cette année ?

Secrétariat Lasbordes

@@ h003 | kind: hours_statement | from: k.benali@aviasud-formation.com | style: outlook
subject: Consommation du forfait Corporate
--
Bonjour,

Pour notre comité de direction de lundi, j'aurais besoin du détail des heures utilisées sur notre forfait Corporate depuis janvier (date, objet, durée).

Karim Benali

@@ h004 | kind: hours_statement | from: luc.dethier@skynet.be | style: plain
subject: heures
--
Bonjour, combien nous reste-t-il d'heures ? Merci. Luc (AC Spa)

@@ h005 | kind: hours_statement | from: o.chappuis@bluewin.ch | style: plain
subject: Solde d'heures Première
--
Bonjour,

Notre comité se demande s'il nous reste assez d'heures Première pour la formation prévue en décembre. Pouvez-vous nous communiquer le solde ?

Olivier Chappuis

@@ h006 | kind: hours_statement | from: gvv.gruyere@bluewin.ch | style: plain
subject: Heures bonus 2026
--
Bonjour,

Le comité voudrait savoir combien d'heures de bonus nous avons utilisées en 2026, pour le rapport du caissier.

GVV Gruyère

@@ h007 | kind: hours_statement | from: contact@aeroclub-reunion.re | style: alt
subject: Point sur nos heures
--
Bonjour,

Pourriez-vous nous faire un point sur nos heures de bonus ? Nous avons l'impression que l'intervention de septembre en a consommé plus que prévu.

ACRG

@@ h008 | kind: hours_statement | from: aeroclub.guadeloupe@wanadoo.fr | style: plain
subject: heures restantes ?
--
Bonjour,

Il nous reste combien d'heures d'assistance cette année ? Nous préparons une liste de demandes.

AC Guadeloupe

@@ h009 | date: 2026-12-01 06:15 | kind: hours_statement | from: tresorerie@aeroclub.nc | style: plain
subject: État des heures
--
Bonjour,

Merci de nous transmettre l'état des heures de bonus de l'Aéro-Club Calédonien (utilisées / restantes) au 30 novembre.

La trésorerie

@@ h010 | kind: hours_statement | from: n.ferrand@cap-pilote.fr | style: outlook
subject: Heures Business
--
Bonjour,

Avant de vous envoyer une nouvelle demande, pouvez-vous me dire combien d'heures Business il nous reste ? Je ne trouve pas l'information dans le compte client.

Nathalie Ferrand

@@ h011 | kind: hours_statement | from: comptabilite@volavoile-sisteron.fr | style: alt
subject: Décompte des heures
--
Bonjour,

Pour la clôture, merci de nous adresser le décompte des heures de bonus 2026 du CVV Sisteron.

Comptabilité CVVS

@@ h012 | kind: hours_statement | from: bernard.jacquot21@orange.fr | style: plain
subject: Bonus
--
Bonjour,
On a encore des heures de bonus ou on a tout consommé avec la formation de mars ?
B. Jacquot

@@ h013 | kind: hours_statement | from: secretariat@acglieres.fr | style: outlook | note: mentions renewal in passing; the ask is the statement
subject: Heures avant renouvellement
--
Bonjour,

Avant de renouveler l'abonnement, nous aimerions savoir combien d'heures de bonus 2026 nous n'avons pas utilisées (elles sont perdues au 31/12 si j'ai bien compris).

Le secrétariat

@@ h014 | kind: hours_statement | from: jerome.chabrier@free.fr | style: apple
subject: heures
--
Salut, tu peux me dire où on en est des heures Première pour l'AVV Issoire ? Merci
Jérôme
Envoyé de mon iPhone

@@ h015 | kind: hours_statement | from: Laurent Mathey <l.mathey@helialpes.fr> | style: outlook
subject: Relevé des heures consommées
--
Bonjour,

Merci de m'envoyer le relevé des heures consommées en 2026 avec le détail des interventions.

Laurent Mathey

@@ h016 | kind: hours_statement | from: yann.perrenoud@bluewin.ch | style: plain
subject: heures
--
Bonjour, il nous reste combien d'heures d'assistance pour 2026 ? Yann, CNA

@@ h017 | kind: hours_statement | from: josiane.rosier@orange.fr | style: gmail
subject: Nos heures
--
Bonjour,

Pourriez-vous nous dire combien d'heures de bonus nous avons consommées depuis janvier ? Le président me le demande pour le CA de jeudi.

Josiane Rosier

@@ h018 | kind: hours_statement | from: erwan.lebihan@gmail.com | style: gmail
subject: Combien d'heures ?
--
Bonjour,

Combien d'heures Première nous reste-t-il ? On voudrait faire une demande de devis et savoir si ça passe dedans.

Erwan

@@ h019 | kind: hours_statement | from: tresorier@raclg.be | style: outlook
subject: Solde heures RACL
--
Bonjour,

Pouvez-vous me communiquer le solde d'heures de bonus du RACL ?

Le trésorier

@@ h020 | kind: hours_statement | from: contact@acvendee.fr | style: plain
subject: heures d'assistance
--
Bonjour, où en sommes-nous de nos heures d'assistance pour cette année ? Merci. AC Vendée

@@ h021 | kind: hours_statement | from: Malcolm Hughes <malcolm.hughes@btinternet.com> | style: plain | lang: en | note: First Price has no bonus hours; still a statement request
subject: Hours left?
--
Hello,

How many support hours do we have left this year? I could not find it in the client area.

Malcolm

@@ h022 | kind: hours_statement | from: m.bernasconi@geneva-aviation.ch | style: outlook | lang: en
subject: Statement of bonus hours
--
Hello,

Could you send us a statement of the bonus hours used in 2026 (date, subject, hours)? Our auditors want it.

Marco Bernasconi

@@ h023 | kind: hours_statement | from: treasurer@kzvo.be | style: outlook | lang: en
subject: bonus hours
--
Hello,

how many bonus hours did we use this year and how many are left? Thank you.

Annelies

@@ h024 | kind: hours_statement | from: board@lga-gliding.lu | style: gmail | lang: en
subject: Remaining hours 2026
--
Dear support,

Could you tell us how many hours remain on our Business subscription for 2026?

LGA board

@@ h025 | kind: hours_statement | from: kevin.vandamme@skyschool.be | style: outlook | lang: en
subject: Hours balance
--
Hi,

Before we plan the API work, what is our current hours balance? Used vs remaining, please.

Kevin

@@ h026 | kind: hours_statement | from: accueil@volavoile-sisteron.fr | style: plain | lang: en | note: English from a French club (written by a foreign member on duty)
subject: hours
--
Hello, the president asks how many bonus hours the CVVS has used. Thank you, reception desk

@@ h027 | kind: hours_statement | from: philippe.arnaud@volavoile-sisteron.fr | style: plain | also: support
subject: heures + petite question
--
Bonjour,

Pouvez-vous me donner notre solde d'heures ? Et au passage : le lien d'export de la planche de vol a disparu du menu depuis hier.

Philippe

@@ h028 | kind: hours_statement | from: helene.castagne@laposte.net | style: gmail
subject: Heures de bonus
--
Bonjour,

Est-il vrai que les heures non utilisées sont perdues au 31 décembre ? Si oui, combien nous en reste-t-il ?

Hélène

@@ h029 | kind: hours_statement | from: admin@aeroclub-lausanne.ch | style: outlook
subject: Relevé annuel
--
Bonjour,

Merci de nous faire parvenir le relevé annuel des heures de bonus (assistance et développement) de l'Aéro-Club de Lausanne.

Administration

@@ h030 | kind: hours_statement | from: "Jean Dupuis" <jean.dupuis@aeroclub-saintonge.fr> | style: plain | note: prospect, not a client: no hours exist for him
subject: Heures
--
Bonjour,

Combien d'heures de bonus nous restent-il ? Aéro-club de Saintonge.

Jean Dupuis

@@ r001 | kind: resource_change | from: Gérard Mougin <g.mougin@wanadoo.fr> | style: outlook
subject: Nouveau planeur
--
Bonjour,

L'AVV Vosges vient d'acheter un ASK 21 (F-CLVS). Nous voulons l'ajouter à la plateforme pour la saison. Comment procéder pour la facture ?

Gérard Mougin

@@ r002 | kind: resource_change | from: thierry.lefebvre80@free.fr | style: apple
subject: ajout ULM
--
Bonjour
On a un 4e ULM (Savannah, 59-DXU). On peut l'ajouter ? Combien ça coûte pour l'année ?
Thierry
Envoyé de mon iPhone

@@ r003 | kind: resource_change | from: president@planeurs-lasbordes.fr | style: plain
subject: Retrait d'un planeur
--
Bonjour,

Nous avons vendu le Pégase F-CGKR. Nous l'avons désactivé. Est-ce qu'on sera remboursés pour le reste de l'année ?

Le président

@@ r004 | kind: resource_change | from: k.benali@aviasud-formation.com | style: outlook
subject: Ajout d'un simulateur
--
Bonjour,

Nous mettons en service un simulateur ALSIM AL172 en janvier. C'est un nouveau type de ressource : pouvez-vous le paramétrer (types, tarifs élève et instructeur) ? Nous fournirons les tarifs.

Karim Benali

@@ r005 | kind: resource_change | from: secretariat@aeroclubspa.be | style: plain
subject: Remplacement avion
--
Bonjour,

Notre Cessna 152 OO-WAC part en révision moteur pour 3 mois et un avion de location le remplace. Faut-il créer une nouvelle ressource ou peut-on simplement renommer ?

Secrétariat

@@ r006 | kind: resource_change | from: as.lambotte@skynet.be | style: plain
subject: Nouvelle ressource
--
Bonjour,

Le GVVN ajoute un Discus 2 (OO-ZRD). Merci de nous envoyer la facture pour la ressource supplémentaire.

Anne-Sophie

@@ r007 | kind: resource_change | from: o.chappuis@bluewin.ch | style: outlook
subject: Salle de briefing
--
Bonjour,

Nous voulons rendre la salle de briefing réservable dans OpenFlyers. Est-ce que ça compte comme une ressource facturée ?

Olivier Chappuis

@@ r008 | kind: resource_change | from: jy.payet@orange.re | style: plain
subject: nouvel avion
--
Bonjour, le club a reçu un DR400-140B (F-HRUN) la semaine dernière. Il faut l'ajouter à la plateforme. Merci de me dire la marche à suivre. Jean-Yves

@@ r009 | kind: resource_change | from: Max Bélénus <max.belenus@orange.fr> | style: gmail
subject: Avion vendu + avion acheté
--
Bonjour,

Nous remplaçons notre PA28 F-OGXT (vendu) par un autre PA28, F-OHAF. Faut-il payer une nouvelle ressource ?

Max Bélénus

@@ r010 | kind: resource_change | from: Stéphane Wamytan <s.wamytan@lagoon.nc> | style: outlook
subject: Ajout hélicoptère ?
--
Bonjour,

Un membre met à disposition du club un Cabri G2. Le club n'a jamais eu d'hélicoptère : nouveau type, nouveaux tarifs. Pouvez-vous le créer pour nous ?

Stéphane Wamytan

@@ r011 | kind: resource_change | from: n.ferrand@cap-pilote.fr | style: outlook
subject: Deux avions supplémentaires
--
Bonjour,

Cap Pilote Formation met en ligne deux Tecnam P2008 en février. Merci de nous faire parvenir la facture pour deux ressources supplémentaires.

Nathalie Ferrand

@@ r012 | kind: resource_change | from: accueil@volavoile-sisteron.fr | style: alt
subject: Planeurs hors saison
--
Bonjour,

Cet hiver, 8 de nos planeurs sont démontés jusqu'en mars. Nous voulons les désactiver. Est-ce que cela réduit l'abonnement de cette année ?

Accueil CVVS

@@ r013 | kind: resource_change | from: yves.le.goff29@wanadoo.fr | style: plain
subject: avion
--
bonjour le f-bxpl est immobilisé pour longtemps, on loue le f-gmhk a la place pendant ce temps. on le met comment ? merci

@@ r014 | kind: resource_change | from: aeroclub-beaune@orange.fr | style: plain
subject: ajout ressource
--
Bonjour,

Nous souhaitons ajouter un Robin DR500 pour l'année 2027. Est-il possible de l'ajouter au renouvellement plutôt que maintenant ?

Aéro-Club de Beaune

@@ r015 | kind: resource_change | from: sandrine.abric@free.fr | style: gmail
subject: ULM en plus
--
Bonjour,

Camargue ULM ajoute un autogire (nouveau type pour nous). On le créera nous-mêmes si vous nous dites comment, sinon faites-le.

Sandrine

@@ r016 | nb: 2027-01-01 | note: "from 1 January": the boundary named for the activation | kind: resource_change | from: office@skyschool.be | style: outlook | lang: en
subject: Adding two aircraft
--
Hello,

We add two DA40 NG (OO-SKJ and OO-SKK) from 1 January. Please send the invoice for two extra resources for 2027 and tell us when we can activate them.

Office Skyschool

@@ r017 | kind: resource_change | from: francoise.duparc74@gmail.com | style: gmail
subject: Simulateur
--
Bonjour,

Nous avons acquis un simulateur FNPT II. Doit-il être déclaré comme ressource facturée ? Si oui merci de la facture.

Françoise

@@ r018 | kind: resource_change | from: planning@vvissoire.fr | style: plain
subject: Remorqueur de remplacement
--
Bonjour,

Le Rallye remorqueur est en panne, un club voisin nous prête son Dynamic (F-JXRP) pendant 2 mois. On peut juste renommer le Rallye le temps du prêt ?

Planning VVI

@@ r019 | kind: resource_change | from: heli-alpes <formation@helialpes.fr> | style: outlook
subject: Ajout R44
--
Bonjour,

Héli Alpes Formation ajoute un 2e Robinson R44 (F-HALP). Merci de nous envoyer la facture.

Formation

@@ r020 | kind: resource_change | from: ardennes.ulm@hotmail.fr | style: html
subject: Enlever un ULM
--
Bonjour,

On a revendu le Skyranger. Je l'ai désactivé. Rien d'autre à faire ?

Fabrice

@@ r021 | kind: resource_change | from: dordogneflyers@gmail.com | style: gmail | lang: en
subject: Adding our new Jodel
--
Hello,

Our group bought a second aircraft, a Jodel D140 (F-BMFK). What do we need to pay to add it, and how do we add it?

DFG committee

@@ r022 | kind: resource_change | from: ops@geneva-aviation.ch | style: alt | lang: en
subject: Aircraft replacement
--
Hello,

HB-SGC (SR20) goes back to the lessor on 15 December and will be replaced by HB-SGF, same type. Do we need a new subscription line or can we just deactivate one and activate the other?

Ops desk

@@ r023 | kind: resource_change | from: pieter.desmet@telenet.be | style: plain | lang: en
subject: new glider
--
hello, KZVO has a new LS4 (OO-ZKV). can you tell me how much to add it for this year? It is november so maybe not worth it?

Pieter

@@ r024 | kind: resource_change | from: jeff.schmit@pt.lu | style: gmail | lang: en
subject: Motor glider
--
Hi,

LGA will operate a motor glider (Falke) next year. It needs a new resource type with hourly engine pricing. Could you set this up for us?

Jeff

@@ r025 | kind: resource_change | from: contact@acvendee.fr | style: plain
subject: Ajout d'un avion
--
Bonjour,

Un nouvel avion arrive au club en décembre (Aquila A211, F-HVDE). Merci de m'envoyer la facture pour l'ajouter.

AC Vendée

@@ r026 | kind: resource_change | from: info@cna-neuchatel.ch | style: alt
subject: Avion en moins
--
Bonjour,

Nous avons désactivé le HB-KFQ vendu en octobre. Pouvez-vous confirmer que le renouvellement 2027 ne le comptera pas ?

CNA

@@ r027 | kind: resource_change | from: alain.delpech46@orange.fr | style: plain
subject: nouvel ulm
--
Bonjour, on a un nouvel ULM, un Ventura. Combien pour l'ajouter ? Merci. Alain - Quercy ULM

@@ r028 | kind: resource_change | from: acm972@wanadoo.fr | style: plain
subject: Avion supplémentaire
--
Bonjour,

Nous voudrions ajouter un Cessna 172 (F-OIMA) dès que possible. Merci de nous indiquer le prix.

ACM

@@ r029 | kind: resource_change | from: compta.envol@gmail.com | style: gmail
subject: Location d'un avion
--
Bonjour,

Envol Formation loue un avion supplémentaire pour 2 mois (janvier-février). Faut-il payer l'année entière pour ça ?

Comptabilité

@@ r030 | kind: resource_change | from: tresorier@acbs-vannes.fr | style: outlook
subject: Deux ressources
--
Bonjour,

Nous ajoutons un DR401 (F-HBSV) et nous retirons le DR400 F-GNKQ vendu. Cela fait donc un remplacement, sans nouvelle facture ?

Le trésorier ACBS

@@ r031 | kind: resource_change | from: lga.treasurer@pt.lu | style: plain | lang: en
subject: Removing gliders
--
Hello,

Two of our gliders were sold in October. We deactivated them. Do we get a credit for the rest of the year?

Treasurer LGA

@@ r032 | kind: resource_change | from: gvv.gruyere@bluewin.ch | style: plain | also: renewal
subject: Planeur + renouvellement
--
Bonjour,

Nous achetons un Arcus M en janvier. Faut-il l'ajouter avant ou après avoir renouvelé l'abonnement 2027 ? Et quand pourrons-nous renouveler ?

GVV Gruyère
"""
