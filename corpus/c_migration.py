"""Set c: migration requests (major versions), with not-before dates, deadlines and target versions."""

DEFAULTS = {"kind": "migration", "lang": "fr"}

TEXT = r"""
@@ m01 | from: Jean-Luc Bréchet <jl.brechet@orange.fr> | date: 2026-10-20 21:05 | style: outlook | nb: 2026-12-01 | tv: 4
subject: Migration en V4
--
Bonjour,

Le conseil d'administration du 16 octobre a voté le passage à la version 4. Nous avons bien noté qu'il n'y a pas de retour en arrière possible.
Merci de ne pas lancer l'opération avant le 1er décembre : nous finissons la saison des baptêmes en novembre.

Cordialement,
Jean-Luc Bréchet
Président - Aéro-Club de Cholet
CA suivant : 11/12/2026

@@ m02 | from: solognulm@free.fr | date: 2026-09-14 09:12 | style: plain | tv: 3.6 | note: First Price 3.5 -> 3.6, pays the normal fee; no date
subject: passage en 3.6
--
Bonjour,

Nous souhaitons passer de la 3.5 à la 3.6, surtout pour pouvoir ensuite avoir une plateforme de test. J'ai lu que c'est payant en First Price (50 euros HT), c'est d'accord, envoyez la facture.

Pascal, Sologne ULM Loisirs

@@ m03 | from: secretariat@aamn-revel.fr | date: 2026-09-22 17:48 | style: gmail | nb: 2026-11-03 | tv: 4
subject: Demande de migration - AAMN
--
Bonjour,

L'Association Aéronautique de la Montagne Noire demande la migration de sa plateforme vers la version 4.
Notre saison de vol à voile se termine le 31 octobre et nous faisons le rangement des remorques le 2 novembre ; à partir du 3 novembre, vous avez le champ libre.
Nous sommes conscients que la migration est irréversible.

Pour le bureau,
Le secrétariat AAMN

@@ m04 | lang: en | from: Helen Pritchard <helen.pritchard@gmail.com> | date: 2026-09-15 20:30 | style: gmail | nb: 2026-11-01 | tv: 4
subject: Upgrade to version 4
--
Hi,

The committee has agreed to move Wessex Gliding Club to version 4. We understand it's a one-way trip.
Please don't do it before 1 November: the soaring season runs to the end of October and the duty instructors don't need surprises.

Thanks,
Helen Pritchard
CFI, Wessex Gliding Club

@@ m05 | from: Didier Delhaye <didier.delhaye@skynet.be> | style: plain | tv: 4.0alpha
subject: Version 4.0alpha
--
Bonjour,

Nous sommes un petit club de quatre avions avec quelques informaticiens parmi les membres, et nous aimerions passer en 4.0alpha. Nous acceptons de vivre avec une version qui évolue en permanence, et nous savons qu'on ne pourra pas revenir en 3.6.
Pas de contrainte de date de notre côté.

Didier Delhaye
Aéro-Club de Mons-Borinage

@@ m06 | from: tresorier@ac-colmar.fr | date: 2026-11-04 08:55 | style: outlook | tv: 4 | note: "avant le 15 mars" is a deadline, not a not-before date
subject: Migration version 4
--
Bonjour,

Suite à la décision du bureau, nous vous demandons de migrer notre plateforme en version 4, si possible avant le 15 mars pour que tout soit en place à la reprise de la saison. Le caractère irréversible de la migration a été expliqué au bureau.

Bien cordialement,
Le trésorier de l'Aéro-Club de Colmar Haute-Alsace

@@ m07 | from: f.chocho973@gmail.com | style: gmail | tv: 4
subject: passer en version 4
--
bonjour,
on voudrait passer en version 4 directement depuis la 3.5. ca coute combien pour nous (on est en first price) ? on est d'accord pour payer ce qu'il faut, faites nous la facture.
Fabienne
ULM Guyane Evasion - Kourou

@@ m08 | lang: en | from: j.camilleri@maltaflightacademy.com.mt | date: 2026-11-10 11:20 | style: outlook | nb: 2027-01-05 | tv: beta
subject: Move to the beta version
--
Good morning,

Malta Flight Academy would like to move its platform to the current beta version. Our IT lead has read the notes on development versions and we accept that it changes frequently and that there is no rollback.
We are closed for the holidays until 4 January; please schedule it on or after 5 January 2027.

Best regards,
Joseph Camilleri
Head of Operations

@@ m09 | from: Raphaël Fournier <r.fournier@netplus.ch> | date: 2026-10-28 19:10 | style: outlook | nb: 2027-01-11 | tv: 4
subject: Migration GVM Valais
--
Bonjour,

Le comité du GVM Valais souhaite migrer vers la version 4. Nous comprenons que c'est définitif.
Merci de ne rien faire avant le lundi 11 janvier 2027 : en décembre et début janvier nous avons les vols de fin d'année et les comptes à boucler.

Meilleures salutations
Raphaël Fournier
Responsable informatique GVM Valais
Aérodrome de Sion - Assemblée générale le 12.03.2027 - Tél. 027 xxx xx xx

@@ m10 | from: tresorier.act@mail.pf | date: 2026-11-02 06:40 | style: plain | nb: 2027-01-15 | tv: 4
subject: Version 4
--
Bonjour,

L'Aéro-Club de Tahiti souhaite passer en version 4, en sachant que c'est sans retour. Nous préférons que ce soit fait à partir du 15/01, après la clôture de l'exercice.

Le trésorier, Aéro-Club de Tahiti

@@ m11 | from: Denis Cuenot <denis.cuenot25@orange.fr> | style: plain | tv: 4 | note: First Price: the fee and the tariff change are ordinary invoices, not cash funding
subject: Migration et tarif
--
Bonjour,

Nous voulons migrer la plateforme du Haut-Doubs en version 4. J'ai bien compris qu'en First Price il y a 50 € HT de frais et que nous passerons au tarif actuel (notre abonnement date de 2019). Pouvez-vous nous faire les factures correspondantes ? La date nous importe peu.

Denis Cuenot
Aéro-Club du Haut-Doubs

@@ m12 | lang: en | from: vorstand@sfg-bodensee.de | date: 2026-10-05 18:22 | style: plain | nb: 2026-11-15 | tv: 4
subject: Upgrade to v4 in the winter break
--
Dear OpenFlyers team,

The board of Segelfluggruppe Bodensee decided to upgrade to version 4 during the winter break. We know it cannot be undone. Please not before 15 November, our last flying weekend is 7/8 November and the accounts must be closed first.

With kind regards,
Markus Brenner (for the board)

@@ m13 | from: Monique Perrot <monique.perrot89@orange.fr> | date: 2026-11-19 14:03 | style: outlook | nb: 2027-01-02 | tv: 4
subject: TR: Décision CA - version 4
--
Bonjour,

Voir ci-dessous la décision de notre conseil d'administration. Pouvez-vous lancer la migration de notre plateforme ? Pas avant la clôture des comptes au 31/12, donc à partir du 2 janvier.

Monique Perrot
Trésorière

De : Claude Morin <claude.morin89@wanadoo.fr>
Envoyé : mercredi 18 novembre 2026 22:17
À : Monique Perrot
Objet : Décision CA - version 4

Monique,
Le CA a voté ce soir à l'unanimité le passage à la version 4 d'OpenFlyers, en connaissance de cause (pas de retour possible). Tu peux faire la demande.
Claude

@@ m14 | lang: en | from: Nigel Ashworth <nigel.ashworth@btinternet.com> | style: plain | tv: 4
subject: Upgrade
--
Hello,

We'd like Loire Valley Flyers upgraded to version 4. I understand there's a 50 euro fee on our tier and that it's irreversible - that's fine.

Nigel Ashworth

@@ m15 | also: renewal | from: Julien Armand <j.armand@heliprovence.fr> | date: 2026-10-12 10:31 | style: outlook | nb: 2026-12-14 | tv: 4
subject: Migration V4 et renouvellement 2027
--
Bonjour,

Deux sujets pour Hélicoptères Provence Formation.

1) Nous souhaitons migrer en version 4. La gérance a validé, nous savons que c'est irréversible. Nos sessions de formation se terminent le 11 décembre : merci de ne pas migrer avant le 14 décembre.

2) Pour le renouvellement 2027, nous aurons un hélicoptère de moins (le R22 est vendu). Combien de ressources nous seront proposées ?

Cordialement,
Julien Armand

@@ m16 | from: Roger Bousquet <roger.bousquet46@wanadoo.fr> | style: plain | note: no version named ("la derniere version"); tv stays empty
subject: Mise a niveau du logiciel
--
Bonjour,

Le bureau de l'Aero-Club de Figeac a decide de passer a la derniere version de votre logiciel, comme vous le conseillez dans vos courriers. Nous avons bien compris que l'operation est definitive et que les frais sont de 50 euros hors taxes. Vous pouvez proceder quand vous le jugerez bon.

Veuillez agreer, Messieurs, mes salutations distinguees.

R. Bousquet, secretaire

@@ m17 | lang: en | from: Rui Mendes <rui.mendes@algarveaviation.pt> | date: 2026-10-15 16:45 | style: outlook | nb: 2026-12-01 | tv: 4.0alpha
subject: Migration to 4.0alpha
--
Dear support,

We would like to migrate to 4.0alpha. Our management accepts that an alpha version keeps changing and that the migration is final.
Any time from 1st December is fine for us.

Kind regards,
Rui Mendes
Algarve Aviation School Lda

@@ m18 | from: landes.ulm@gmail.com | date: 2026-09-10 12:15 | style: gmail | nb: 2026-09-28 | tv: 4
subject: Version 4 pour Landes ULM
--
Bonjour,

On aimerait passer en version 4. On a notre rassemblement ULM le week-end du 26-27 septembre, donc à partir du lundi 28 septembre seulement svp. Les 50 € de frais ne posent pas de problème et on a compris qu'on ne pourra pas revenir en 3.6.

Bixente, Landes ULM Aventure

@@ m19 | from: gestion@avv-vinon.fr | date: 2026-11-23 09:40 | style: outlook | nb: 2027-03-01 | tv: beta
subject: Passage en beta
--
Bonjour,

L'AVV Vinon, actuellement en version 4, aimerait passer sur la version beta pour profiter plus tôt des nouveautés du carnet de vol planeur. Le comité accepte les changements fréquents que cela implique et le fait qu'il n'y aura pas de retour.
Pas avant le 1er mars 2027 : les stages d'hiver occupent tout le monde jusqu'à fin février.

Service gestion - AVV Vinon

@@ m20 | lang: en | from: penningmeester@vliegclubzeeland.nl | date: 2026-11-30 20:02 | style: plain | tv: 4 | note: "before Easter" is a deadline, not a not-before date
subject: Version 4
--
Hello,

Vliegclub Zeeland wants to go to version 4, ideally before Easter so the members have time to get used to it before the season. We understand it is permanent.

Kind regards,
Treasurer, Vliegclub Zeeland

@@ m21 | from: Véronique Gillet <v.gillet@proximus.be> | date: 2026-10-22 18:15 | style: gmail | nb: 2026-11-16 | tv: 4
subject: Migration vers la V4
--
Bonjour,

Le comité du CVV Saint-Hubert a bien noté que la migration est définitive et souhaite passer en version 4. Pas avant le 16 novembre s'il vous plaît : nos derniers stages ont lieu jusqu'au 15.

Véronique Gillet
Présidente CVV Saint-Hubert
"""
