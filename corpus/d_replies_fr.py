"""Set d: French replies to our messages (confirm, refuse, question), first part."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ r001 | reply: confirm | from: Jean-Claude Mérand <jc.merand17@orange.fr> | ref: OF-2026-0701 | ours: estimate | style: outlook
--
Bonjour,

Bon pour accord.

Jean-Claude Mérand
Trésorier - Aéro-Club de Haute-Saintonge
Permanences : mercredi 14h-18h et samedi 9h-12h
Prochaine AG : 23/01/2027

@@ r002 | reply: confirm | from: mireille.cabrol@free.fr | ref: OF-2026-0702 | ours: migack | style: gmail
--
Bonjour,

Nous avons bien noté que la migration est irréversible. Le comité est unanime, vous pouvez la programmer.

Bien cordialement,
Mireille Cabrol
Secrétaire bénévole du CVV de la Montagne Noire
(en retraite active depuis 2014, joignable le matin de préférence)

@@ r003 | reply: question | from: didier.chauveau41@laposte.net | ref: OF-2026-0703 | ours: migfee | style: plain | note: asks who pays and whether it is HT before saying yes
--
Bonjour

Avant de dire oui il faut que je voie avec notre trésorier, il est en vacances jusqu'à la fin du mois. 50 € HT ça fait combien TTC au juste ? On ne récupère pas la TVA.

Didier

@@ r004 | reply: refuse | from: Isabelle Laborde <i.laborde@aeropyrenees-formation.fr> | ref: OF-2026-0704 | ours: devest | style: outlook
--
Bonjour,

Je vous remercie pour ce chiffrage détaillé et pour le temps que votre équipe y a consacré.

Après en avoir discuté avec nos deux chefs pilotes et avec notre expert-comptable, nous avons conclu que ce développement ne se justifie pas pour nous à ce stade : le volume d'élèves concernés est trop faible et l'organisme de contrôle n'exige finalement pas ce document sous forme numérique. Nous préférons donc ne pas donner suite pour l'instant.

Nous ne manquerons pas de revenir vers vous si la réglementation évolue.

Bien cordialement,

Isabelle Laborde
Directrice - AéroPyrénées Formation SARL
Tél. 05 62 00 00 00 - Aérodrome de Tarbes-Laloubère

@@ r005 | reply: question | from: py.guillemin@wanadoo.fr | ref: OF-2026-0705 | ours: estimate | style: outlook | note: defers to the board meeting
--
Bonjour,

Merci pour votre retour. La décision d'engager des heures de bonus revient au bureau, qui se réunit le jeudi 12. Je vous donne la réponse le lendemain.

Pierre-Yves Guillemin

@@ r006 | reply: confirm | from: roger.vialle07@orange.fr | ref: OF-2026-0706 | ours: contact | style: plain | note: accepts to pay the 30 EUR
--
bonjour,
oui faites-le, je ne m'en sortirai pas tout seul avec le compte client. Les 30 euros ne posent pas de problème.
Roger Vialle

@@ r007 | reply: question | from: Christophe Wauters <c.wauters@proximus.be> | ref: OF-2026-0707 | ours: overrun | figs: d=7, r=3 | style: outlook | note: partial acceptance (the bonus hours only)
--
Bonjour,

On est d'accord pour utiliser nos 3 heures restantes, mais pas pour payer les 4 heures en plus. Est-ce que vous pouvez faire une version réduite qui tient dans les 3 h ?

Christophe Wauters
Aéro-Club du Brabant Wallon

@@ r008 | reply: refuse | from: mp.gerard@skynet.be | ref: OF-2026-0708 | ours: testplat | style: plain
--
Bonjour Madame, Monsieur,

Je vous remercie, mais finalement nous n'aurons pas besoin de plateforme de test : notre chef instructeur a renoncé à son projet de formation des nouveaux membres sur une copie. Je préfère donc ne rien engager.

Avec mes salutations distinguées,

Marie-Paule Gérard
Secrétaire du CVV Saint-Hubert

@@ r009 | reply: confirm | from: r.zufferey@netplus.ch | ref: OF-2026-0709 | ours: alpha | style: apple
--
C'est noté, on accepte. Allez-y pour la beta.

Raphaël

Envoyé de mon iPhone

@@ r010 | reply: question | from: nicolas.frossard@bluewin.ch | ref: OF-2026-0710 | ours: estimate | style: plain | note: "peut-être"
--
Bonjour,

Peut-être. Est-ce que ça peut attendre le printemps sans que les heures soient perdues ? J'ai compris qu'elles ne se reportent pas d'une année sur l'autre.

Meilleures salutations,
Nicolas Frossard

@@ r011 | reply: confirm | from: Teva Teriierooiterai <teva.t@mail.pf> | ref: OF-2026-0711 | ours: estimate | style: gmail
--
Ia ora na,

Parfait pour nous, merci de lancer l'intervention.

Māuruuru,
Teva
Aéro-Club de Tahiti - Faa'a
Bureau ouvert du mardi au samedi, 7h30-11h30 (heure de Tahiti)

@@ r012 | reply: refuse | from: henri.sainte-rose@orange.fr | ref: OF-2026-0712 | ours: migfee | style: plain | note: "pas cette année": refuses now
--
Bonjour,

Pas cette année. Nous avons eu deux pannes moteur coûteuses et la trésorerie ne permet pas d'engager une dépense de plus, même 50 €. On en reparlera en 2027.

Henri Sainte-Rose
Président ACG Félix Éboué

@@ r013 | reply: question | from: said.ahamada976@gmail.com | ref: OF-2026-0713 | ours: reset | style: android
--
Bonjour c'est pour moi ou pour les pilotes ? Moi je n'arrive plus à rentrer dans le compte client mais les pilotes ça va

Envoyé de mon Galaxy

@@ r014 | reply: confirm | from: Sophie Marchal <s.marchal@envergure-aviation.fr> | ref: OF-2026-0714 | ours: setup | style: outlook
--
Bonjour,

Oui, merci de nous envoyer le questionnaire, nous le remplirons rapidement.

Sophie Marchal
Responsable pédagogique - Envergure Aviation École
Prochaines sessions théoriques : 5/10, 9/11 et 7/12/2026

@@ r015 | reply: question | from: francis.schmitt57@orange.fr | ref: OF-2026-0715 | ours: renewal | figs: n=6 | style: plain
--
Bonjour,

6 ressources ? On n'a que 5 avions en ligne, le sixième (F-GKXT) est au hangar en visite des 50 h depuis août. Il compte quand même ? Si oui comment je fais pour ne pas le payer ?

Francis Schmitt

@@ r016 | reply: confirm | from: gilles.lemonnier50@wanadoo.fr | ref: OF-2026-0716 | ours: migfee | style: gmail
--
Bonjour,

C'est bon, on part là-dessus. La facture sera réglée par carte dès cette semaine.

Gilles

@@ r017 | reply: question | from: Monique Delrieu <monique.delrieu15@orange.fr> | ref: OF-2026-0717 | ours: docs | style: outlook | note: asks which document, no decision
--
Bonjour,

Nous n'avons pas de K-BIS, nous sommes une association loi 1901. Le procès-verbal de notre assemblée générale du 4 mars dernier suffit-il ? Il est signé par la présidente et par moi-même.

Monique Delrieu
Secrétaire - Aéro-Club du Cantal

@@ r018 | reply: refuse | from: bernard.kuntz67@free.fr | ref: OF-2026-0718 | ours: pool | figs: h=4 | style: plain
--
Bonjour,

Merci de la proposition mais nous préférons garder nos 4 heures pour l'assistance, la saison a été chargée. Nous ne participerons pas à ce développement commun.

Cordialement
Bernard Kuntz
Planeur Club d'Alsace

@@ r019 | reply: confirm | from: j.etcheverry@helico-so.fr | ref: OF-2026-0719 | ours: estimate | style: outlook
--
Bonjour,

Validé de notre côté.

Julien Etcheverry
Hélico Sud-Ouest Formation
Pau-Uzein | +33 5 59 00 00 00 | Agrément FR.ATO.0xxx

@@ r020 | reply: question | from: catherine.roussel95@gmail.com | ref: OF-2026-0720 | ours: migack | style: gmail | nb: 2027-01-04 | note: yes-but with a not-before date
--
Bonjour,

Oui pour la migration, mais surtout pas avant le 4 janvier : on clôture les comptes de l'année et la trésorière ne veut aucun changement d'ici là. C'est possible ?

Catherine Roussel
Aéro-Club du Vexin

@@ r021 | reply: confirm | from: aeroclub.hts@orange.fr | ref: OF-2026-0721 | ours: testplat | style: plain
--
OUI MERCI, CREEZ-LA POUR NOUS.
LE SECRETARIAT

@@ r022 | reply: refuse | from: accueil@cvv-montagnenoire.fr | ref: OF-2026-0722 | ours: contact | style: alt
--
Bonjour,

Ne vous embêtez pas, notre secrétaire a trouvé la rubrique et a corrigé les adresses elle-même hier soir.

Merci quand même !
L'accueil du CVV

@@ r023 | reply: question | from: ulmvaldeloire@gmail.com | ref: OF-2026-0723 | ours: reset | style: gmail
--
Bonjour,

le lien mot de passe oublié envoie le mail sur l'ancienne adresse du président qui n'est plus au club... du coup on fait comment ?

ULM Val de Loire Passion

@@ r024 | reply: confirm | from: comptabilite@aeropyrenees-formation.fr | ref: OF-2026-0724 | ours: overrun | figs: d=6, r=2 | style: outlook | note: accepts the billed remainder
--
Bonjour,

La direction valide l'estimation de 6 h, y compris les 4 h facturées en complément. Vous pouvez nous envoyer la facture.

Service comptabilité
AéroPyrénées Formation SARL
Clôture de l'exercice : 31/12/2026 - factures à adresser avant le 20/12

@@ r025 | reply: question | from: Pierre-Yves Guillemin <py.guillemin@wanadoo.fr> | ref: OF-2026-0725 | ours: alpha | style: outlook | note: asks whether the club can come back (a question, not a yes)
--
Bonjour,

Si la beta pose trop de problèmes à nos instructeurs, est-ce qu'on peut revenir en 3.6 ? Je préfère savoir avant de m'engager.

P-Y Guillemin

@@ r026 | reply: refuse | from: roger.vialle07@orange.fr | ref: OF-2026-0726 | ours: migfee | style: plain
--
Non merci. On garde notre version, elle nous suffit bien pour deux machines.

R. Vialle

@@ r027 | reply: confirm | from: tresorerie@acbw.be | ref: OF-2026-0727 | ours: estimate | style: outlook | qpos: above
--
Ok pour nous, merci.

Trésorerie ACBW

@@ r028 | reply: question | from: secretaire.cvvsh@gmail.com | ref: OF-2026-0728 | ours: estimate | style: gmail | note: the writer will ask the treasurer
--
Bonjour,

Je transmets à notre trésorier, c'est lui qui signe pour ce genre de dépense. Il vous répondra directement.

Bonne journée,
Le secrétariat du CVV Saint-Hubert

@@ r029 | reply: confirm | from: caisse@gvm-valais.ch | ref: OF-2026-0729 | ours: setup | style: plain
--
Bonjour,

D'accord, envoyez-nous le questionnaire.

Avec nos meilleures salutations,
La caisse du GVM Valais

@@ r030 | reply: question | from: contact@aeroclub-jura.ch | ref: OF-2026-0730 | ours: testplat | style: plain | note: asks what is copied
--
Bonjour,

La plateforme de test contiendra-t-elle aussi les comptes et les soldes des pilotes ? Nous ne voudrions pas que des données personnelles traînent sur une copie.

Aéro-Club du Jura

@@ r031 | reply: refuse | from: tresorier@aeroclub-tahiti.pf | ref: OF-2026-0731 | ours: devest | style: outlook
--
Bonjour,

Le conseil d'administration a examiné le devis lors de sa séance du 8 octobre. Il a jugé que la priorité de l'année allait au remplacement de l'hélice du F-OCTA, et a donc décidé de ne pas engager ce développement.

Nous vous remercions de votre compréhension.

Le trésorier
Aéro-Club de Tahiti

@@ r032 | reply: question | from: acguyane973@orange.fr | ref: OF-2026-0732 | ours: estimate | style: plain | note: will confirm next week
--
Bonjour,

On vous confirme la semaine prochaine, le président est en métropole.

ACG

@@ r033 | reply: confirm | from: aeroclub.mayotte@gmail.com | ref: OF-2026-0733 | ours: resource | style: gmail
--
Bonjour,

Oui c'est bon, faites le paramétrage du nouveau type sur notre heure de bonus.

Merci beaucoup et bonne journée à toute l'équipe !

Aéro-Club de Mayotte - Dzaoudzi-Pamandzi

@@ r034 | reply: refuse | from: s.marchal@envergure-aviation.fr | ref: OF-2026-0734 | ours: resource | style: outlook
--
Bonjour,

Finalement nous n'ajouterons pas le simulateur cette année : le fournisseur a repoussé la livraison à mars. Merci de ne rien facturer.

Sophie Marchal

@@ r035 | reply: question | from: tresorier@aclnt.fr | ref: OF-2026-0735 | ours: overrun | figs: d=5, r=1 | style: plain | note: asks for a written quote before deciding
--
Bonjour,

Pouvez-vous nous envoyer un devis en bonne et due forme pour les 4 heures facturées ? Notre règlement financier impose un devis signé pour toute dépense, je ne peux rien valider sans.

Le trésorier de l'ACLNT

@@ r036 | reply: confirm | from: Gilles Lemonnier <gilles.lemonnier50@wanadoo.fr> | ref: OF-2026-0736 | ours: estimate | style: apple
--
Ok go

Gilles
Envoyé de mon iPhone

@@ r037 | reply: question | from: secretariat.accantal@orange.fr | ref: OF-2026-0737 | ours: migack | style: outlook | nothread: 1 | note: the reply breaks the thread (no In-Reply-To), the reference is in the subject
--
Bonjour,

Nous sommes d'accord sur le principe, mais nous aimerions connaître la date envisagée avant de confirmer : nous avons un stage de voltige du 19 au 23 octobre et ne voulons pas d'interruption pendant ces jours-là.

Cordialement,
Le secrétariat

@@ r038 | reply: refuse | from: tresorier@pca-planeur.fr | ref: OF-2026-0738 | ours: estimate | style: plain | note: long, courteous refusal
--
Bonjour,

Je reviens vers vous au sujet de votre estimation.

J'en ai parlé avec le président et avec le responsable de la piste. Tout bien pesé, nous allons nous débrouiller avec un tableur pour cette saison : le besoin est ponctuel (la fête aérienne du printemps) et ne justifie pas de consommer nos heures de bonus, que nous préférons garder pour des questions de facturation en fin d'année.

Merci encore pour la réactivité, et à bientôt sans doute pour autre chose.

Bien amicalement,
Le trésorier du PCA
"""
