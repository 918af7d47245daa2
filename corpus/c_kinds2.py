"""Set c: updates of the record's e-mail addresses, bonus-hours statements, resource changes during the
year (add, remove, replace, rename)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ c01 | kind: contact_update | from: Trésorerie AC Cholet <tresorier.accholet@gmail.com> | style: gmail
subject: Changement d'adresse de contact
--
Bonjour,

Pour éviter de perdre les mails à chaque changement de trésorier, le club a créé une adresse qui se transmettra de l'un à l'autre. Merci de remplacer l'adresse de contact de la fiche client (tresorier.accholet@gmail.com, mon adresse personnelle) par tresorerie@aeroclub-cholet.fr.

Alain Roux

@@ c02 | kind: contact_update | from: solognulm@free.fr | style: plain
subject: nouvelle adresse mail
--
Bonjour,

Nous quittons Free. À partir de maintenant, merci d'utiliser sologne.ulm.loisirs@gmail.com à la place de solognulm@free.fr sur notre fiche client (pour les deux adresses).

Pascal

@@ c03 | kind: contact_update | lang: en | from: treasurer@wessexgliding.co.uk | style: plain
subject: New treasurer's address
--
Hello,

Please update our contact e-mail on the client record: renewal notices should now go to wgc.accounts@gmail.com rather than this address, which will be closed at the end of the month.

Thank you,
Wessex Gliding Club, Treasurer

@@ c04 | date: 2026-11-05 14:20 | kind: contact_update | from: secretariat@acmons.be | style: outlook
subject: Adresse secretariat supprimée
--
Bonjour,

Notre hébergeur ferme la boîte secretariat@acmons.be le 30 novembre. Pourriez-vous mettre à la place bureau@acmons.be comme adresse de la structure sur notre fiche ?

Merci,
Secrétariat AC Mons-Borinage

@@ c05 | kind: contact_update | from: aeroclubtahiti@mail.pf | style: plain
subject: Mise à jour fiche client
--
Bonjour,

Le trésorier a changé : l'adresse tresorier.act@mail.pf n'est plus relevée. Merci de la remplacer par tresorerie.aeroclubtahiti@gmail.com. Le nouveau numéro du club est le 40 xx xx xx.

Aéro-Club de Tahiti

@@ c06 | kind: contact_update | lang: en | from: bestuur@vliegclubzeeland.nl | style: plain
subject: Our e-mail addresses
--
Hello,

Our treasurer has a new address: please replace penningmeester@vliegclubzeeland.nl with finance@vliegclubzeeland.nl as the contact e-mail on our record. The board address stays as it is.

Regards,
Vliegclub Zeeland

@@ c07 | kind: contact_update | from: compta@heliprovence.fr | style: outlook
subject: Nouveau nom de domaine
--
Bonjour,

Notre société passe sur un nouveau nom de domaine. Les adresses contact@heliprovence-formation.fr et compta@heliprovence-formation.fr remplacent désormais contact@heliprovence.fr et compta@heliprovence.fr. Merci de mettre à jour notre fiche client en conséquence.

Service comptable
Hélicoptères Provence Formation SARL - SIRET 812 xxx xxx 00017

@@ c08 | kind: contact_update | from: secretariat.acvb@gmail.com | style: gmail
subject: adresse à retirer
--
Bonjour,

L'adresse secretariat.acvb@gmail.com ne sera plus consultée à partir de janvier (le secrétariat se fera désormais depuis la boîte du club). Pouvez-vous la remplacer par vichy.aeroclub.contact@orange.fr sur notre fiche, pour que les avis de renouvellement arrivent bien ?

Merci beaucoup,
Le secrétariat - AC Vichy Bourbonnais

@@ c09 | kind: contact_update | lang: en | from: accounts@maltaflightacademy.com.mt | style: html
subject: Update of our billing contact
--
Dear Sir or Madam,

Kindly update the contact e-mail on our client record: please use finance@maltaflightacademy.com.mt instead of accounts@maltaflightacademy.com.mt, which is being retired.

Kind regards,
Accounts Department
Malta Flight Academy Ltd

@@ c10 | kind: contact_update | from: bixente.etcheverry@hotmail.fr | style: plain
subject: Adresses de la fiche
--
Bonjour,

Sur notre fiche client, l'adresse tresorerie.landesulm@gmail.com est à remplacer par bureau.landesulm@gmail.com (on regroupe tout sur une seule boîte pour le bureau). Merci !

Bixente

@@ h01 | kind: hours_statement | from: Jean-Luc Bréchet <jl.brechet@orange.fr> | style: outlook
subject: Heures de bonus 2026
--
Bonjour,

Pourriez-vous nous indiquer combien d'heures de bonus il reste à l'Aéro-Club de Cholet pour 2026 ? Nous hésitons à lancer une demande avant la fin de l'année.

Jean-Luc Bréchet

@@ h02 | kind: hours_statement | lang: en | from: treasurer@shannonaeroclub.ie | style: gmail
subject: Support hours left?
--
Hi, how many of our support hours have we used this year and how many are left? Thanks, Siobhán

@@ h03 | kind: hours_statement | from: tresorerie@aamn-revel.fr | style: outlook
subject: Relevé des heures consommées
--
Bonjour,

Dans le cadre de la clôture de nos comptes, pouvez-vous nous transmettre un relevé des heures d'assistance et de développement consommées en 2026, avec le détail par intervention ?

Bien cordialement,
La trésorerie de l'AAMN

@@ h04 | kind: hours_statement | from: secretariat@epa-larochelle.fr | style: plain
subject: État du forfait d'heures
--
Bonjour,

Où en est notre forfait d'heures de bonus cette année ? Merci de nous envoyer l'état.

Secrétariat EPA

@@ h05 | kind: hours_statement | lang: en | from: accounts@maltaflightacademy.com.mt | style: outlook
subject: Statement of bonus hours for our auditors
--
Dear support,

Our auditors ask for a statement of the bonus hours used in 2026, request by request, with what remains. Could you please send it to this address?

Kind regards,
Accounts Department

@@ h06 | kind: hours_statement | from: Bernard Schaeffer <b.schaeffer68@calixo.net> | style: outlook
subject: Reste-t-il du bonus ?
--
Bonjour,

Est-ce qu'il nous reste des heures de bonus pour cette année ? Si c'est à zéro, nous attendrons janvier pour nos prochaines demandes.

B. Schaeffer

@@ h07 | date: 2026-11-20 16:45 | kind: hours_statement | from: gestion@avv-vinon.fr | style: outlook
subject: Décompte des heures Corporate
--
Bonjour,

Merci de nous adresser le décompte de nos heures Corporate 2026 (utilisées / restantes) pour la réunion de comité du 5 décembre.

Service gestion AVV Vinon

@@ h08 | kind: hours_statement | lang: en | from: Helen Pritchard <helen.pritchard@gmail.com> | style: gmail
subject: balance of prepaid hours
--
Hello,

Could you tell me the balance of our prepaid hours? I'd like to plan a couple of small changes before Christmas if there is time left.

Helen

@@ h09 | kind: hours_statement | from: caisse@gvm-valais.ch | style: plain
subject: Heures utilisées 2026
--
Bonjour,

Le comité voudrait savoir combien d'heures nous avons utilisées cette année, pour juger si l'abonnement Business nous suffit ou s'il faut passer à un niveau supérieur. Pouvez-vous nous envoyer le relevé ?

Le caissier du GVM Valais

@@ h10 | kind: hours_statement | from: info@cvv-sainthubert.be | style: gmail
subject: Heures non utilisées
--
Bonjour,

Est-ce que les heures de bonus non utilisées au 31 décembre sont perdues ? Et surtout, combien nous en reste-t-il à ce jour ?

CVV Saint-Hubert

@@ h11 | kind: hours_statement | lang: en | from: finance@algarveaviation.pt | style: plain
subject: Hours statement
--
Hello, please send us the statement of our bonus hours for this year. Thank you. Finance, Algarve Aviation School

@@ h12 | date: 2026-11-17 09:30 | kind: hours_statement | from: tresorerie@acmons.be | style: outlook
subject: TR: heures OpenFlyers ?
--
Bonjour,

Pouvez-vous répondre à la question de notre président ci-dessous ?

Trésorerie AC Mons

De : Didier Delhaye
Envoyé : mardi 17 novembre 2026 08:12
À : tresorerie@acmons.be
Objet : heures OpenFlyers ?

Tu sais combien il nous reste d'heures chez OpenFlyers cette année ? Je voudrais leur demander de modifier les tarifs remorquage.

@@ h13 | kind: hours_statement | from: acauxerrois.compta@orange.fr | style: plain
subject: RELEVE HEURES BONUS
--
Bonjour
merci de nous faire parvenir le releve de nos heures bonus 2026, utilisees et restantes
Cordialement
Compta AC AUXERROIS

@@ h14 | kind: hours_statement | from: j.armand@heliprovence.fr | style: outlook
subject: Relevé d'heures pour l'AG
--
Bonjour,

Pour notre assemblée des associés de décembre, j'aurais besoin du relevé de nos heures de bonus : combien ont été consommées en 2026 et sur quelles demandes.

Merci,
Julien Armand

@@ r01 | kind: resource_change | from: tresorier.accholet@gmail.com | style: gmail
subject: Ajout d'un DR401
--
Bonjour,

Le club vient de prendre livraison d'un DR401 (F-HCHO), qui viendra s'ajouter aux six avions actuels. Pouvez-vous nous envoyer la facture pour cette ressource supplémentaire, afin que nous puissions l'ajouter sur la plateforme ?

Alain Roux, trésorier

@@ r02 | kind: resource_change | from: tresorerie@aamn-revel.fr | style: outlook
subject: Vente d'un planeur
--
Bonjour,

Nous avons vendu notre Pégase (F-CGPX) le mois dernier. Nous allons le désactiver sur la plateforme. Y a-t-il un remboursement au prorata pour le reste de l'année, ou cela ne change rien ?

La trésorerie AAMN

@@ r03 | kind: resource_change | lang: en | from: office@wessexgliding.co.uk | style: alt
subject: Replacing a K21
--
Hello,

Our K21 (G-CKWG) was written off in a field landing in August (nobody hurt). We have bought a replacement K21 (G-CLWX). What is the right way to swap them on the platform - deactivate the old one and add the new one? Does it cost anything?

Thanks,
Wessex GC office

@@ r04 | kind: resource_change | from: p.thuillier41@orange.fr | style: plain
subject: ULM en maintenance
--
Bonjour,

Notre Savannah part en révision moteur pour 6 semaines et un club voisin nous prête le sien pendant ce temps. Faut-il créer une nouvelle ressource ou peut-on simplement renommer l'existante le temps de la révision ?

Pascal Thuillier

@@ r05 | kind: resource_change | from: direction@aeroform-lyon.com | style: outlook
subject: Ajout d'un simulateur
--
Bonjour,

Nous installons en janvier un simulateur FNPT II (Alsim AL250) qui devra être réservable avec ses propres tarifs instructeur. C'est un nouveau type de ressource pour nous : pouvez-vous le paramétrer et nous faire la facture correspondante ?

Sophie Marchetti
Aéroform Lyon Bron SAS

@@ r06 | kind: resource_change | lang: en | from: ops@maltaflightacademy.com.mt | style: outlook
subject: Two more aircraft
--
Dear support,

Two Tecnam P2008JC (9H-MFA and 9H-MFB) join our fleet next week. Please issue the invoice for the two extra resources so that we can add them.

Operations
Malta Flight Academy

@@ r07 | kind: resource_change | from: Teva Marurai <teva.marurai@mail.pf> | style: plain
subject: Avion vendu
--
Bonjour,

Notre TB10 a été vendu à un club de Raiatea. Je suppose qu'il faut le retirer de la plateforme : est-ce que nous le faisons nous-mêmes, et est-ce que cela modifie notre abonnement ?

Teva

@@ r08 | kind: resource_change | from: contact@heliprovence.fr | style: outlook
subject: Salle de cours à ajouter
--
Bonjour,

Nous voudrions ajouter notre nouvelle salle de cours (salle Mistral) comme ressource réservable pour les cours théoriques. Est-ce facturé comme un hélicoptère ?

La gérance

@@ r09 | kind: resource_change | from: info@gvm-valais.ch | style: gmail
subject: Avion en location 3 mois
--
Bonjour,

Le GVM Valais loue pour trois mois (décembre à février) un Robin DR400 à un club de Fribourg. Il faut qu'il soit réservable par nos membres. Comment procéder, et que devons-nous payer pour cette ressource temporaire ?

GVM Valais

@@ r10 | kind: resource_change | lang: en | from: Markus Brenner <markus.brenner@t-online.de> | style: plain
subject: Adding the tow plane
--
Hello,

We bought a Piper Super Cub (D-EBSC) as a second tow plane. Please send the invoice for the extra resource so that we can add it; our launches are billed per tow, so it needs activity entry like the other tug.

Best regards,
Markus

@@ r11 | kind: resource_change | from: contact@aeroclub-dieppe.fr | style: plain
subject: Remplacement F-GJKL
--
Bonjour,

Notre F-GJKL (DR400-120) a été remplacé par le F-HDPE, même modèle. Nous souhaitons désactiver l'ancien et activer le nouveau. Est-ce que cela génère une facture ?

Aéro-Club de Dieppe

@@ r12 | kind: resource_change | from: landes.ulm@gmail.com | style: gmail
subject: 2e ULM
--
Salut,

On vient d'acheter un deuxième pendulaire (un Tanarg) qu'on veut mettre en location aux membres. Combien ça nous coûte de l'ajouter sur la plateforme d'ici la fin de l'année, et comment on fait ?

Landes ULM

@@ r13 | kind: resource_change | from: tresorier@ac-colmar.fr | style: outlook
subject: Simulateur
--
Bonjour,

Le club a acquis un simulateur de vol (type Elite) pour l'entraînement IFR. Nous souhaitons l'ajouter comme ressource réservable avec un tarif horaire. Comme c'est un nouveau type, pourriez-vous le créer pour nous ? Merci également de nous envoyer la facture de la ressource supplémentaire.

Le trésorier

@@ r14 | kind: resource_change | lang: en | from: Henk Verhoeven <h.verhoeven@kpnmail.nl> | style: plain
subject: Aircraft out for winter
--
Hello,

Our Cessna 150 (PH-ZVC) will be in the hangar for the whole winter for its annual and new paint. Can we just deactivate it until April, and does that change anything on our invoice?

Regards,
Henk

@@ r15 | kind: resource_change | from: Roger Bousquet <roger.bousquet46@wanadoo.fr> | style: plain
subject: Deuxieme avion
--
Bonjour,

J'ai le plaisir de vous annoncer que l'Aero-Club de Figeac vient d'acquerir un deuxieme avion, un Robin DR400 d'occasion (immatricule F-GFIG), grace a une subvention du departement. Il faudrait qu'il apparaisse dans le logiciel pour que les pilotes puissent le reserver. Pourriez-vous me dire ce que nous devons faire et ce que cela coutera ?

Respectueusement,
Roger Bousquet
Aero-Club de Figeac Livernon
Assemblee generale le 16 janvier 2027 - Tel. 05 65 xx xx xx
"""
