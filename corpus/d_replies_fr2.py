"""Set d: French replies to our messages, second part (quoted threads, forwards, mobile mail, hesitations)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ r101 | reply: confirm | from: Mireille Cabrol <mireille.cabrol@free.fr> | ref: OF-2026-0741 | ours: estimate | style: plain | qpos: above | note: bottom-posted reply under the quote
--
Bonjour,

Entendu, vous pouvez planifier. Merci d'avance.

Mireille

@@ r102 | reply: refuse | from: i.laborde@aeropyrenees-formation.fr | ref: OF-2026-0742 | ours: testplat | style: outlook
--
Bonjour,

Non, ce ne sera pas nécessaire, merci.

I. Laborde

@@ r103 | reply: question | from: jc.merand17@orange.fr | ref: OF-2026-0743 | ours: overrun | figs: d=8, r=5 | style: outlook | note: price question
--
Bonjour,

Avant de valider : les 3 heures facturées, c'est 60 € HT chacune, donc 216 € TTC au total ? Et la facture arrive quand, avant ou après le travail ? Notre exercice se clôt au 30 septembre et je dois savoir sur quel budget l'imputer.

Jean-Claude Mérand
Trésorier ACHS - Saint-Jean-d'Angély (LFIY)
Tél. 05 46 00 00 00 (le soir)

@@ r104 | reply: confirm | from: ac.ardeche.meridionale@orange.fr | ref: OF-2026-0744 | ours: migfee | style: plain | note: yes with warm thanks and an anecdote
--
Bonjour,

Banco pour la migration ! Merci pour votre patience avec nos questions de néophytes, on apprend tous les jours.

Pour la petite histoire, c'est notre nouveau secrétaire (18 ans, élève pilote) qui nous a convaincus de passer à la version 4.

L'équipe de l'ACAM

@@ r105 | reply: question | from: c.wauters@proximus.be | ref: OF-2026-0745 | ours: migack | style: outlook | note: asks for a date, no decision
--
Bonjour,

Vous dites ne pas pouvoir garantir de date, mais pouvez-vous au moins nous donner une fourchette ? Semaine prochaine, dans un mois ? Nous devons prévenir nos 140 membres.

Christophe Wauters

@@ r106 | reply: refuse | from: Didier Chauveau <didier.chauveau41@laposte.net> | ref: OF-2026-0746 | ours: estimate | style: gmail
--
Bonjour,

Laissez tomber, on va faire sans. Merci quand même.

Didier

@@ r107 | reply: confirm | from: r.zufferey@netplus.ch | ref: OF-2026-0747 | ours: estimate | style: plain | note: "je confirme" with a signature full of dates and phone numbers
--
Bonjour,

Je vous confirme notre accord pour l'intervention.

Salutations
Raphaël Zufferey
Chef de place - GVM Valais, aérodrome de Sion
Natel +41 79 000 00 00
Fermeture hivernale de l'atelier : 21.12.2026 - 06.01.2027
Cours de théorie : les jeudis 19h30 dès le 12.11.2026

@@ r108 | reply: question | from: teva.t@mail.pf | ref: OF-2026-0748 | ours: migfee | style: gmail | note: says yes only if the 50 EUR fee is waived
--
Bonjour,

D'accord pour la migration si vous nous faites cadeau des 50 €, vu que nous sommes clients depuis 2011 :-)

Sinon je dois repasser devant le conseil.

Teva

@@ r109 | reply: refuse | from: Henri Sainte-Rose <henri.sainte-rose@orange.fr> | ref: OF-2026-0749 | ours: reset | style: outlook
--
Bonjour,

Inutile, j'ai réussi avec le lien « mot de passe oublié ». Vous pouvez clore la demande.

Henri Sainte-Rose

@@ r110 | reply: confirm | from: i.laborde@aeropyrenees-formation.fr | ref: OF-2026-0750 | ours: alpha | style: outlook | qpos: above
--
Bonjour,

Nous acceptons ces conditions et maintenons notre demande de passage en 4.1beta.

Isabelle Laborde
Directrice

@@ r111 | reply: question | from: secretariat@aeroclub-chalon.fr | ref: OF-2026-0751 | ours: estimate | style: alt | note: reply from the secretariat quoting the treasurer's internal answer, undecided
--
Bonjour,

Je vous fais suivre la réponse de notre trésorier ci-dessous. Je crois qu'il faut attendre la réunion de bureau avant de vous répondre définitivement.

> Pour moi c'est plutôt oui mais on en parle au bureau du 3, ne réponds pas encore.
> PY

Le secrétariat

@@ r112 | reply: confirm | from: tresorerie@aeroclub-chalon.fr | ref: OF-2026-0752 | ours: estimate | style: plain | note: the answer after the board meeting
--
Bonjour,

Suite à la réunion de bureau d'hier, c'est accepté. Vous pouvez y aller.

La trésorerie
Aéro-Club de Chalon-Champforgeuil

@@ r113 | reply: refuse | from: mp.gerard@skynet.be | ref: OF-2026-0753 | ours: overrun | style: plain | note: "on verra l'an prochain" declines now
--
Bonjour,

C'est trop pour nous cette année. On verra l'an prochain avec les nouvelles heures de bonus.

MP Gérard

@@ r114 | reply: question | from: said.ahamada976@gmail.com | ref: OF-2026-0754 | ours: renewal | style: android
--
Bonjour le virement international depuis Mayotte c'est pareil que la métropole ? Il y a des frais ?

@@ r115 | reply: confirm | from: Francis Schmitt <francis.schmitt57@orange.fr> | ref: OF-2026-0755 | ours: resource | style: gmail
--
Bonjour,

Très bien, faites-le. Merci.

Francis Schmitt
ACLNT - Thionville
Réunion du bureau : 1er lundi du mois

@@ r116 | reply: question | from: Gilles Lemonnier <g.lemonnier.ulm@gmail.com> | ref: OF-2026-0756 | ours: testplat | style: plain | note: prefers to try himself first; writes from an address not on record
--
Bonjour,

Je vais d'abord essayer de la créer moi-même depuis le compte client. Si je n'y arrive pas je reviens vers vous, ne faites rien pour l'instant.

Gilles

@@ r117 | reply: refuse | from: j.etcheverry@helico-so.fr | ref: OF-2026-0757 | ours: pool | style: outlook
--
Bonjour,

Nous déclinons : nos besoins hélicoptère sont trop spécifiques pour un développement partagé avec des clubs avion.

Cordialement,
Julien Etcheverry

@@ r118 | reply: confirm | from: catherine.roussel95@gmail.com | ref: OF-2026-0758 | ours: pool | figs: h=3 | style: gmail
--
Bonjour,

Avec plaisir, nous mettons nos 3 heures dans le pot commun.

Catherine Roussel, trésorière de l'ACV

@@ r119 | reply: question | from: monique.delrieu15@orange.fr | ref: OF-2026-0759 | ours: overrun | style: outlook | note: asks for payment by cheque, no decision
--
Bonjour,

Pouvons-nous régler le complément par chèque ? Notre banque facture les virements et nous n'avons pas de carte au nom du club.

Monique Delrieu

@@ r120 | reply: refuse | from: bernard.kuntz67@free.fr | ref: OF-2026-0760 | ours: migack | style: plain | note: cancels a migration it asked for
--
Bonjour,

Je retire notre demande de migration. L'assemblée générale a voté contre, trop de membres âgés craignent le changement d'écrans en pleine saison.

Désolé pour le dérangement.

Bernard Kuntz

@@ r121 | reply: confirm | from: secretariat@gvm-valais.ch | ref: OF-2026-0761 | ours: migack | style: outlook
--
Bonjour,

Nous confirmons la demande de migration et avons pris note de son caractère irréversible.

Avec nos salutations les meilleures,
Secrétariat GVM Valais

@@ r122 | reply: question | from: jc.merand17@orange.fr | ref: OF-2026-0762 | ours: estimate | style: apple | note: yes to part of the work only
--
Oui pour la partie tarifs, non pour la partie mails de relance, on verra plus tard. Ça change l'estimation ?

Envoyé de mon iPhone

@@ r123 | reply: confirm | from: Roger Vialle <roger.vialle07@orange.fr> | ref: OF-2026-0763 | ours: estimate | style: plain | noquote: 1 | note: no quote at all, subject only
--
Bonjour,
je suis d'accord pour le travail proposé.
Roger

@@ r124 | reply: refuse | from: tresorier.achs@gmail.com | ref: OF-2026-0764 | ours: contact | style: gmail | note: from the treasurer's address, which is the contact e-mail
--
Non, on le fera nous-mêmes.

@@ r125 | reply: question | from: nicolas.frossard@bluewin.ch | ref: OF-2026-0765 | ours: migfee | style: plain | note: the client is on Business; asks why a fee
--
Bonjour,

Je ne comprends pas : nous sommes en Business, la migration n'est-elle pas comprise ? Merci de vérifier avant que je confirme.

N. Frossard

@@ r126 | reply: confirm | from: cotentin.ulm@wanadoo.fr | ref: OF-2026-0766 | ours: reset | style: plain | note: plain yes in a few words
--
oui svp

@@ r127 | reply: question | from: Sophie Marchal <s.marchal@envergure-aviation.fr> | ref: OF-2026-0767 | ours: estimate | style: outlook | nb: 2026-12-14 | note: accepts but not before a date
--
Bonjour,

D'accord sur le principe, mais à réaliser à partir du 14 décembre seulement : d'ici là nous avons les examens de fin de session et je ne veux aucune modification des écrans de réservation.

Cordialement,
Sophie Marchal
| date: 2026-11-20 09:12

@@ r128 | reply: refuse | from: aeroclub.cantal@orange.fr | ref: OF-2026-0768 | ours: devest | style: plain
--
Bonjour,

Le bureau ne souhaite pas donner suite au devis.

Salutations
Aéro-Club du Cantal

@@ r129 | reply: question | from: bureau@aeroclub-vexin.fr | ref: OF-2026-0769 | ours: devest | style: outlook | note: forwards our quote to the treasurer and copies us
cc: catherine.roussel95@gmail.com
--
Catherine, peux-tu regarder ce devis et répondre directement au support ? Je ne sais pas si on a le budget.

Bonne soirée,
Éric, pour le bureau

@@ r130 | reply: confirm | from: ecole@envergure-aviation.fr | ref: OF-2026-0770 | ours: testplat | style: html
--
Bonjour,

Oui merci, créez-nous la plateforme de test. Nous l'utiliserons pour former nos deux nouvelles secrétaires.

L'école Envergure Aviation

@@ r131 | reply: question | from: tresorier@aeroclub-tahiti.pf | ref: OF-2026-0771 | ours: renewal | style: outlook | note: a question on the number of resources
--
Bonjour,

Le simulateur compte-t-il dans les ressources proposées ? Il ne sert que pour les briefings et nous ne le facturons pas aux membres.

Le trésorier

@@ r132 | reply: refuse | from: didier.chauveau41@laposte.net | ref: OF-2026-0772 | ours: alpha | style: plain
--
Bonjour,

Vu vos explications on ne prendra pas la beta, trop risqué pour nous. On attend la version stable.

Didier Chauveau

@@ r133 | reply: confirm | from: francis.schmitt57@orange.fr | ref: OF-2026-0773 | ours: migack | style: outlook | note: accepts and thanks at length, no condition
--
Bonjour,

Parfait, nous confirmons. Merci pour toutes ces précisions et pour la qualité de votre support depuis toutes ces années : nos anciens se souviennent encore du classeur papier !

Bien cordialement,
Francis Schmitt
Président ACLNT
50 ans du club : portes ouvertes le 12 juin 2027

@@ r134 | reply: question | from: secretariat@pca-planeur.fr | ref: OF-2026-0774 | ours: docs | style: plain | att: courrier-president.pdf | note: sends one document, asks about the other
--
Bonjour,

Voici le courrier signé de notre président. Pour le procès-verbal d'AG, celui de mars n'est pas encore approuvé : peut-on vous envoyer celui de l'an dernier ?

Le secrétariat du PCA

@@ r135 | reply: confirm | from: said.ahamada976@gmail.com | ref: OF-2026-0775 | ours: estimate | style: android
--
D'accord allez y merci

Envoyé depuis mon smartphone

@@ r136 | reply: refuse | from: facturation@helico-so.fr | ref: OF-2026-0776 | ours: overrun | style: outlook | note: refuses the billed part, so the whole
--
Bonjour,

Nous ne validons pas : aucune dépense hors budget n'est possible avant la clôture. Merci d'annuler cette demande.

Service facturation
Hélico Sud-Ouest Formation

@@ r137 | reply: question | from: mireille.cabrol@free.fr | ref: OF-2026-0777 | ours: estimate | style: gmail | note: "je pense que oui" is not a decision
--
Bonjour,

Je pense que oui, mais le président préfère attendre la réunion du 28 pour en parler. Je vous tiens au courant.

Mireille
"""
