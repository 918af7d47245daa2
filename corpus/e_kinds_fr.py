"""Set e: French first contacts about the person in charge, the record's addresses, statements of bonus
hours and resources."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ o001 | kind: owner_change | from: Alain Ducros <alain.ducros18@orange.fr> | style: outlook | att: courrier-president.pdf, PV-AG-2026.pdf
subject: Changement de responsable OpenFlyers
--
Bonjour,

Suite à l'assemblée générale du 26 septembre, je quitte la présidence et la responsabilité de la plateforme. Mon successeur est M. Hervé Lucas (herve.lucas18@gmail.com). Vous trouverez ci-joint le courrier signé et le PV de l'AG.

Alain Ducros

@@ o002 | kind: owner_change | from: Christian Moreau <christian.moreau79@orange.fr> | style: plain | hint: ulm-marais-poitevin | note: new person, unknown address, no documents
subject: Je reprends la gestion d'OpenFlyers
--
Bonjour,

Je suis le nouveau président de l'ULM du Marais Poitevin depuis la semaine dernière. Thierry Guérin ne s'occupe plus de rien et ne répond plus. Pouvez-vous me mettre responsable de la plateforme (openflyers.com/ulm-marais-poitevin) à sa place ?

Christian Moreau

@@ o003 | kind: owner_change | from: l.bessiere@horizon-pilotage.fr | style: outlook | att: Kbis-Horizon-Pilotage.pdf | note: new person on the K-BIS, no letter needed
subject: Nouveau responsable plateforme
--
Bonjour,

À compter du 1er novembre, la responsabilité de notre plateforme passe à Mme Claire Fontanel, directrice générale, qui figure sur l'extrait Kbis ci-joint. Son adresse : c.fontanel@horizon-pilotage.fr.

Laurent Bessière

@@ o004 | kind: owner_change | from: gerance@skyline-formation.fr | style: outlook | att: courrier-cogerants.pdf, Kbis-Skyline.pdf | note: co-management, both managers signed
subject: Changement de responsable - Skyline Formation
--
Bonjour,

Nos deux cogérants (60 % et 40 % des parts) ont signé le courrier ci-joint désignant Mme Inès Garnier (i.garnier@skyline-formation.fr) comme nouvelle responsable OpenFlyers, en remplacement de M. Benali. L'extrait Kbis est également joint.

La gérance

@@ o005 | kind: owner_change | from: info@achainaut.be | style: plain | note: forward of the outgoing person's mail
subject: TR: passation OpenFlyers
--
Bonjour,

Voici le message de Benoît qui quitte le club. Merci de faire le changement.

Michel Delvaux, secrétaire

---------- Forwarded message ---------
De : Benoît Lambotte <benoit.lambotte@skynet.be>
Date : jeu. 15 oct. 2026 à 22:41
Objet : passation OpenFlyers
À : info@achainaut.be

Michel,
Comme convenu je laisse la main. Peux-tu demander à OpenFlyers de mettre Sophie Dethier (sophie.dethier@gmail.com) responsable à ma place ? Je n'arrive plus à me connecter pour le faire moi-même.
Benoît

@@ o006 | kind: owner_change | from: Jean-Marc Rossier <jm.rossier@bluewin.ch> | style: outlook | att: lettre-comite-GVM.pdf | note: letter only; the minutes are missing
subject: Nouveau responsable
--
Bonjour,

Je vous informe que Mme Corinne Bapst (corinne.bapst@bluewin.ch) me succède comme responsable OpenFlyers du GVM Fribourg. Le courrier signé par le président est en pièce jointe ; le procès-verbal de l'assemblée suivra.

Jean-Marc Rossier

@@ o007 | kind: owner_change | from: info@aviationlaurentides.ca | style: plain | att: lettre-CA.pdf, proces-verbal-AGA.pdf | note: Québec French
subject: Changement de responsable de la plateforme
--
Bonjour,

Sylvain Gagnon a démissionné du conseil d'administration. Le nouveau responsable de la plateforme sera Patrick Lavoie (p.lavoie@videotron.ca). Vous trouverez la lettre signée par notre présidente et le procès-verbal de l'AGA.

Merci,
Club d'aviation des Laurentides

@@ o008 | kind: owner_change | from: Laure Saint-Ange <laure.saintange@gmail.com> | style: gmail | hint: ulm-caraibes | note: unknown address; asks first what is needed
subject: Responsable OpenFlyers ULM Caraïbes
--
Bonjour,

Je viens d'être élue présidente d'ULM Caraïbes (plateforme ulm-caraibes). L'ancien responsable est parti en métropole. Que faut-il vous envoyer pour que je devienne responsable de la plateforme ?

Laure Saint-Ange

@@ o009 | kind: owner_change | from: contact@acdionysien.re | style: html | att: courrier-signe.jpg, PV-AG-juin-2026.pdf | note: HTML-only
subject: Passation de responsable
--
Bonjour,

Veuillez trouver ci-joint le courrier signé de notre président et le PV de l'AG de juin : Mme Véronique Payet laisse sa place de responsable OpenFlyers à M. Jean-Luc Hoarau (jl.hoarau974@orange.fr).

Aéro-Club Dionysien

@@ c001 | kind: contact_update | from: aeroclubdugers@orange.fr | style: plain
subject: Changement adresse mail contact
--
Bonjour,

Merci de remplacer l'e-mail contact de notre fiche client (aeroclubdugers.compta@orange.fr) par tresorier@aeroclub-gers.fr, notre nouvelle adresse.

Nadine Castaing

@@ c002 | kind: contact_update | from: cvv.millau@wanadoo.fr | style: plain | note: same address twice on record; no accents
subject: adresses fiche client
--
Bonjour

on a la meme adresse pour le club et le contact sur la fiche. Pour eviter ca, pouvez vous mettre cvvmillau.bureau@gmail.com en adresse contact ?

Josiane

@@ c003 | kind: contact_update | from: Yann Detcheverry <yann.detcheverry@cheznoo.net> | style: plain | note: the provider is closing
subject: Fermeture de notre fournisseur de messagerie
--
Bonjour,

Notre fournisseur de messagerie à Saint-Pierre ferme ses adresses à la fin de l'année. Pouvez-vous remplacer aeroclub.spm@cheznoo.net par aeroclub.spm@gmail.com sur notre fiche client ?

Yann Detcheverry

@@ c004 | kind: contact_update | from: secretariat@aeroclub-grandducal.lu | style: plain | also: hours_statement
subject: Fiche client + heures
--
Bonjour,

Pouvez-vous changer l'adresse e-mail client de notre fiche pour bureau@aeroclub-grandducal.lu ? L'adresse secretariat@ sera supprimée en janvier.

Et pourriez-vous nous envoyer le relevé de nos heures de bonus 2026 ?

Secrétariat de l'Aéroclub Grand-Ducal

@@ c005 | kind: contact_update | from: cvvquebec@hotmail.com | style: plain | note: Québec French
subject: Nouvelle adresse courriel
--
Bonjour,

On laisse Hotmail. Pouvez-vous changer le courriel du club pour info@cvvquebec.org, autant pour le client que pour le contact ? Merci.

Réjean

@@ c006 | kind: contact_update | from: compta@horizon-pilotage.fr | style: outlook
subject: Mise à jour des coordonnées de facturation
--
Bonjour,

Merci de mettre à jour l'adresse e-mail contact de notre fiche client : les factures et alertes doivent désormais arriver sur factures@horizon-pilotage.fr.

Service comptabilité

@@ c007 | kind: contact_update | from: comptes@aeroclub-vosgien.fr | style: plain | note: mentions the renewal alert that went to the wrong address
subject: Alertes de renouvellement
--
Bonjour,

L'alerte de renouvellement de l'an dernier est arrivée sur la boîte de notre ancien président. Pourriez-vous remplacer son adresse par la nôtre, tresorerie@aeroclub-vosgien.fr, sur la fiche ?

La trésorerie

@@ c008 | kind: contact_update | from: tresorier@achainaut.be | style: gmail
subject: Modification e-mail
--
Bonjour,

Pouvez-vous indiquer tresorerie.achainaut@gmail.com comme e-mail contact à la place de tresorier@achainaut.be ? Merci.

Le trésorier de l'ACH

@@ c009 | kind: contact_update | from: finance@aviation-leman.ch | style: outlook
subject: Changement d'adresse client
--
Bonjour,

Notre domaine change au 1er janvier : merci de remplacer admin@aviation-leman.ch par admin@leman-aviation.ch dans notre fiche client.

Service financier

@@ h001 | kind: hours_statement | from: Yannick Le Goff <yannick.legoff35@orange.fr> | style: gmail
subject: Heures de bonus
--
Bonjour,

Combien d'heures de bonus nous reste-t-il pour 2026 ? Je préfère le savoir avant de vous demander quoi que ce soit d'autre.

Yannick

@@ h002 | kind: hours_statement | from: tresorerie.acberry@gmail.com | style: plain | note: budget context
subject: Relevé d'heures pour le bilan
--
Bonjour,

Pour notre bilan annuel, pouvez-vous m'envoyer le relevé des heures d'assistance et de développement consommées cette année, avec les dates ?

Le trésorier de l'AC Berry

@@ h003 | kind: hours_statement | from: nadine.castaing32@gmail.com | style: gmail | note: no accents
subject: heures restantes
--
Bonjour, il nous reste combien d heures sur notre forfait ? merci. Nadine

@@ h004 | kind: hours_statement | from: jm.rossier@bluewin.ch | style: outlook | note: mentions the migration in passing; the ask is the statement
subject: Solde d'heures
--
Bonjour,

Avant de planifier notre migration au printemps, j'aimerais connaître le solde de nos heures de bonus 2026, et le détail de ce qui a été décompté.

Jean-Marc Rossier

@@ h005 | kind: hours_statement | from: vero.payet974@orange.fr | style: plain
subject: Heures utilisées
--
Bonjour,

Pouvez-vous nous envoyer l'état de nos heures de bonus ? Il me semble qu'une intervention de septembre a été comptée deux fois.

Véronique Payet

@@ h006 | kind: hours_statement | from: me.tremblay@pilotagesaguenay.ca | style: outlook
subject: Bilan des heures de soutien
--
Bonjour,

Pourriez-vous nous transmettre le bilan de nos heures de soutien et de développement pour l'année en cours ? Notre vérificateur en a besoin.

Marie-Ève Tremblay

@@ h007 | kind: hours_statement | from: caissier@gvm-fribourg.ch | style: plain | note: wants to use them before they are lost
subject: Heures avant la fin de l'année
--
Bonjour,

Nous savons que les heures non utilisées sont perdues au 31 décembre. Combien nous en reste-t-il, pour que nous puissions les utiliser à temps ?

Le caissier

@@ h008 | kind: hours_statement | from: ulmcaraibes972@orange.fr | style: android
subject: Heures bonus
--
Bonsoir, vous pouvez m'envoyer le décompte de nos heures svp ? Merci

@@ h009 | kind: hours_statement | from: k.benali@skyline-formation.fr | style: outlook | note: mentions a quote and an invoice in passing
subject: État des heures
--
Bonjour,

Suite au devis accepté en mars et à la facture d'août, je voudrais un état à jour de nos heures de bonus : consommées, restantes.

Karim Benali

@@ t001 | kind: resource_change | from: Alain Ducros <alain.ducros18@orange.fr> | style: outlook
subject: Ajout d'un avion
--
Bonjour,

Nous recevons un DR400-140B le 20 novembre (F-GKQB). Comment l'ajouter à notre abonnement ? Il aura les mêmes tarifs que notre autre DR400.

Alain Ducros

@@ t002 | kind: resource_change | from: secretaire.ulmmp@laposte.net | style: plain | note: temporary replacement
subject: ULM en révision
--
Bonjour,

Notre Ikarus part en révision moteur pour deux mois et le club voisin nous prête le sien. Peut-on simplement changer l'immatriculation dans la plateforme pendant ce temps ?

Martine

@@ t003 | kind: resource_change | from: compta@horizon-pilotage.fr | style: outlook | note: new resource type, asks staff to do it
subject: Nouveau simulateur
--
Bonjour,

Nous installons un simulateur ALSIM AL42 en décembre. Il faudra un nouveau type de ressource avec ses propres tarifs (instruction, location seule). Pouvez-vous le paramétrer pour nous une fois la facture d'ajout payée ?

Comptabilité Horizon Pilotage

@@ t004 | kind: resource_change | from: gerard.thiriet88@sfr.fr | style: plain | note: removes a resource; asks for a refund
subject: Vente du Jodel
--
Bonjour,

Nous avons vendu le Jodel D140 le mois dernier. Pouvez-vous le retirer de notre abonnement et nous rembourser le reste de l'année ?

Gérard Thiriet

@@ t005 | kind: resource_change | from: info@achainaut.be | style: plain | note: replacement of one aircraft by another
subject: Remplacement avion
--
Bonjour,

Notre Cessna 152 OO-HNA est remplacé par un Aquila A210 (OO-HNQ). Faut-il payer une ressource de plus ou peut-on faire l'échange ?

Michel Delvaux

@@ t006 | kind: resource_change | from: secretariat@gvm-fribourg.ch | style: plain | note: classroom does not count
subject: Salle de cours
--
Bonjour,

Nous voudrions ajouter notre salle de théorie comme ressource réservable. Est-ce que cela augmente notre abonnement ?

Secrétariat GVM Fribourg

@@ t007 | kind: resource_change | from: tresorerie@aviationlaurentides.ca | style: plain | note: Québec French
subject: Ajout d'un hydravion
--
Bonjour,

On va avoir un Cessna 172 sur flottes à partir de la fonte des glaces. C'est un nouveau type avec d'autres tarifs. Comment on l'ajoute, pis combien ça coûte de plus?

Ginette, trésorerie

@@ t008 | kind: resource_change | from: aeroclub.spm@cheznoo.net | style: plain | note: story first
subject: Deuxième avion
--
Bonjour,

Bonne nouvelle pour notre petit club : grâce à une subvention de la collectivité territoriale, nous achetons un deuxième avion, un Piper PA-28 qui arrive par bateau en décembre. Nous devrons l'ajouter à la plateforme. Que faut-il faire côté abonnement ?

Yann Detcheverry

@@ t009 | kind: resource_change | from: accueil@skyline-formation.fr | style: plain | note: deactivation during the year
subject: Désactivation d'un avion
--
Bonjour,

Un de nos DA20 est immobilisé pour longtemps après un atterrissage dur. Nous allons le désactiver. Cela change-t-il quelque chose à notre abonnement ?

Accueil Skyline Formation
"""
