"""Set c: renewals of the subscription, and mail that fits no rule of the vendor (prospects, thanks,
invoice paperwork, solicitations)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ n01 | kind: renewal | from: tresorier.accholet@gmail.com | style: gmail
subject: Renouvellement 2027
--
Bonjour,

Je souhaite régler notre abonnement 2027 par virement, comme chaque année. Comment générer la facture de renouvellement ? Je ne retrouve pas le bouton dans le compte client.

Alain Roux, trésorier AC Cholet

@@ n02 | kind: renewal | lang: en | from: lvf.treasurer@gmail.com | style: gmail
subject: 2027 subscription
--
Hello,

Time to renew for 2027. Can I pay by card, and will the invoice be in the club's name? Our auditor is picky about that.

Pauline (Loire Valley Flyers)

@@ n03 | kind: renewal | from: tresorerie@aamn-revel.fr | style: outlook
subject: Renouvellement avec un planeur de moins
--
Bonjour,

Pour le renouvellement 2027, nous ne voulons payer que pour 11 ressources et non 12 : le Pégase a été vendu. Le compte client nous propose pourtant 12. Que faut-il faire ?

La trésorerie AAMN

@@ n04 | kind: renewal | from: acpontarlier@orange.fr | style: plain
subject: Règlement par chèque
--
Bonjour,

Nous préférons régler le renouvellement de l'abonnement par chèque. À quel ordre et à quelle adresse faut-il l'envoyer, et faut-il d'abord créer la facture dans le compte client ?

AC du Haut-Doubs - le trésorier

@@ n05 | kind: renewal | lang: en | from: Ciarán Moloney <ciaran.moloney@eircom.net> | style: gmail
subject: Renewal - number of aircraft
--
Hi,

The renewal page in the client account offers 5 resources, but we only have 4 aircraft flying; the fifth is our old Cessna that we keep for parts. How do we renew for 4?

Ciarán

@@ n06 | kind: renewal | from: tresorier.act@mail.pf | style: plain
subject: Renouvellement et frais bancaires
--
Bonjour,

Nous allons renouveler l'abonnement 2027. Depuis Tahiti, un virement international coûte cher : pouvons-nous payer par carte ? Et si nous payons par virement, les frais sont-ils vraiment tous à notre charge ?

Le trésorier, Aéro-Club de Tahiti

@@ n07 | kind: renewal | from: ulmguyane@orange.fr | style: plain
subject: renouvellement
--
bonjour, on a recu le mail pour le renouvellement, on paye comment ? c'est la premiere fois que je le fais. merci
Fabienne

@@ n08 | kind: renewal | from: comptabilite@cvv-sainthubert.be | style: outlook
subject: Renouvellement 2027 - bon de commande
--
Bonjour,

Pour le renouvellement 2027, notre comptabilité a besoin d'un bon de commande avant de pouvoir payer. Pouvons-nous créer la facture de renouvellement dans le compte client et la régler par virement fin janvier ?

Comptabilité CVV Saint-Hubert

@@ n09 | kind: renewal | lang: en | from: finance@algarveaviation.pt | style: outlook
subject: Renewal invoice with our VAT number
--
Hello,

We are about to renew our subscription for 2027. Last year's invoice did not show our Portuguese VAT number (PT 51x xxx xxx), which our accountant needs. How do we renew so that the new invoice has it?

Finance
Algarve Aviation School Lda

@@ n10 | kind: renewal | from: gestion@avv-vinon.fr | style: outlook
subject: Renouvellement 2027
--
Bonjour,

Nous allons renouveler pour 2027. Deux planeurs neufs arrivent en mars : vaut-il mieux renouveler maintenant pour le nombre actuel et les ajouter en mars, ou les inclure tout de suite dans le renouvellement ?

Service gestion AVV Vinon

@@ n11 | kind: renewal | from: secretariat@ac-colmar.fr | style: alt
subject: Pas reçu d'avis de renouvellement
--
Bonjour,

Les autres années nous recevions en novembre un rappel pour renouveler l'abonnement. Cette année, rien. Est-ce normal ? Nous voulons renouveler pour 2027 dans les temps.

Le secrétariat AC Colmar

@@ n12 | kind: renewal | lang: en | from: penningmeester@vliegclubzeeland.nl | style: plain
subject: Renewal 2027 on First Price
--
Hello,

For 2027 we would like to renew on the First Price tier instead of Business, to save money; we hardly use the bonus hours. Is that possible when we renew, and how?

Treasurer, Vliegclub Zeeland

@@ n13 | date: 2026-11-16 11:02 | kind: renewal | from: tresorerie@acmons.be | style: outlook
subject: Paiement renouvellement
--
Bonjour,

Nous avons réglé le renouvellement 2027 par virement le 12/11. Pouvez-vous nous confirmer la bonne réception, afin que la plateforme reste bien en production en janvier ?

Trésorerie AC Mons-Borinage

@@ n14 | kind: renewal | from: Gilberte Moulin <gilberte.moulin03@orange.fr> | style: plain
subject: Renouvellement de l'abonnement
--
Bonjour,

Je dois renouveler notre abonnement mais je ne suis pas très à l'aise avec internet. Serait-il possible que vous prépariez la facture de renouvellement pour nous, et que je vous envoie un chèque ? Nous avons toujours nos trois avions.

Avec mes remerciements,
Gilberte Moulin
Secrétaire AC Vichy Bourbonnais
04 70 xx xx xx

@@ n15 | kind: renewal | lang: en | from: kasse@sfg-bodensee.de | style: plain
subject: Renewal / SEPA
--
Hello,

We want to renew for 2027 and pay by SEPA transfer. How many resources will be proposed? We still have the same six gliders and tugs as this year.

Kind regards,
Treasurer SFG Bodensee

@@ x01 | kind: other | from: Francis Lebœuf <president@aeroclub-saintonge.fr> | style: outlook | note: a prospect
subject: Demande de tarifs
--
Bonjour,

Président de l'Aéro-Club de Saintonge (4 avions, 120 membres), je cherche un logiciel de réservation et de facturation pour remplacer nos tableurs. Pourriez-vous m'envoyer vos tarifs et me dire s'il est possible de faire une démonstration en visio devant le bureau ?

Francis Lebœuf
Aéro-Club de Saintonge - Aérodrome de Saintes-Thénac

@@ x02 | kind: other | lang: en | from: Graham Docherty <g.docherty@highlandflyingschool.co.uk> | style: outlook | note: a prospect
subject: Enquiry - booking system for our school
--
Hello,

We are a small flying school in Inverness (3 aircraft, 2 instructors) looking to replace our paper booking sheets. Does your system handle UK CAA requirements, and what would it cost for us per year?

Regards,
Graham Docherty
Highland Flying School Ltd

@@ x03 | date: 2026-10-29 09:05 | kind: other | from: herve.lemaitre76@sfr.fr | style: plain
subject: Merci
--
Bonjour,

Juste un mot pour vous remercier : le problème du rapprochement bancaire est réglé et le trésorier est ravi. Bonne continuation à toute l'équipe.

Hervé Lemaître

@@ x04 | kind: other | from: acauxerrois.compta@orange.fr | style: plain
subject: Duplicata facture 2025
--
Bonjour,

Notre expert-comptable nous réclame un duplicata de la facture d'abonnement 2025, que nous ne retrouvons plus. Pouvez-vous nous le renvoyer ?

Compta AC Auxerrois

@@ x05 | kind: other | lang: en | from: accounts@maltaflightacademy.com.mt | style: outlook | att: supplier-form-MFA.docx
subject: Supplier registration form
--
Dear Sir or Madam,

As part of our annual supplier review, please complete the attached supplier registration form and return it with a bank details certificate on your letterhead.

Kind regards,
Accounts Department

@@ x06 | kind: other | from: "Julie - WebBoost" <julie@webboost-agence.fr> | style: html | note: a solicitation, not list mail
subject: Votre site en première page de Google ?
--
Bonjour,

J'ai remarqué que votre site n'apparaît pas en première page pour « logiciel aéroclub ». Notre agence peut vous y placer en 30 jours, résultats garantis.

Êtes-vous disponible 15 minutes cette semaine pour en parler ?

Julie
WebBoost Agence

@@ x07 | kind: other | from: Théo Marchand <theo.marchand@etu.univ-tlse3.fr> | style: gmail
subject: Candidature stage développeur
--
Bonjour,

Étudiant en master informatique à Toulouse et pilote privé, je recherche un stage de 6 mois à partir de mars 2027. Travailler sur un logiciel utilisé par les aéroclubs serait idéal pour moi. Vous trouverez mon CV en pièce jointe.

Cordialement,
Théo Marchand
| att: CV-Theo-Marchand.pdf

@@ x08 | kind: other | from: Monique Perrot <monique.perrot89@orange.fr> | style: outlook | att: invitation-portes-ouvertes.pdf
subject: Invitation journée portes ouvertes
--
Bonjour,

L'Aéro-Club de l'Auxerrois fête ses 80 ans le samedi 5 juin 2027 et organise une journée portes ouvertes. Nous serions heureux de vous y accueillir si vous passez dans la région ; l'invitation est en pièce jointe.

Monique Perrot

@@ x09 | kind: other | lang: en | from: helen.pritchard@gmail.com | style: gmail
subject: Referral discount?
--
Hi,

A neighbouring gliding club asked me what we use and I recommended you. Do you have any kind of referral discount for clubs that bring in a new customer?

Helen

@@ x10 | kind: other | from: Camille Roche <camille.roche@etu.enac.fr> | style: gmail
subject: Questionnaire mémoire
--
Bonjour,

Dans le cadre de mon mémoire à l'ENAC sur la numérisation des aéroclubs, j'aimerais vous poser quelques questions (20 minutes, par téléphone ou par écrit) sur le nombre de clubs équipés et leurs besoins. Seriez-vous d'accord ?

Camille Roche

@@ x11 | kind: other | from: Comité Régional Aéronautique <crag@aviation-grandest.fr> | style: outlook
subject: Statistiques régionales
--
Madame, Monsieur,

Le comité régional prépare son rapport annuel. Pourriez-vous nous indiquer, de façon anonyme, le nombre d'aéroclubs du Grand Est utilisant votre logiciel et le nombre total d'heures de vol enregistrées en 2026 ?

Le secrétaire général du comité régional

@@ x12 | kind: other | from: tresorier@ac-colmar.fr | style: outlook | note: an invoice question that fits no kind
subject: Facture en double
--
Bonjour,

Nous avons été prélevés deux fois du montant de la facture n° F2026-0871 (le 3 et le 5 octobre). Pouvez-vous vérifier et nous rembourser le second paiement ?

Le trésorier de l'AC Colmar

@@ x13 | kind: other | from: ulm.lesailesdelavallee@gmail.com | style: gmail | note: a prospect
subject: logiciel pour ULM ?
--
Bonjour,

Nous sommes un club ULM de 40 membres près de Bergerac. Est-ce que votre logiciel gère bien les ULM (pendulaires, multiaxes, autogires) et les comptes pilotes ? Il y a un tarif association ?

Les Ailes de la Vallée

@@ x14 | kind: other | lang: en | from: "Mailbox Admin" <admin@mailbox-quota-alert.com> | style: html | note: phishing, not list mail
subject: Your mailbox is almost full - action required
--
Dear user,

Your mailbox support@openflyers.example has reached 98% of its quota. To avoid losing incoming messages, verify your account within 24 hours by clicking the link below.

VERIFY NOW

Mail Administration Team

@@ x15 | kind: other | from: aeroclubtahiti@mail.pf | style: plain
subject: Attestation d'abonnement
--
Bonjour,

Pour notre dossier de subvention auprès du Pays, nous devons fournir une attestation montrant que le club est abonné à votre logiciel de gestion depuis 2022. Pourriez-vous nous en établir une ?

Aéro-Club de Tahiti

@@ x16 | kind: other | lang: en | from: Danielle Fortin <d.fortin@quebecaviationclub.ca> | style: plain | note: a prospect
subject: Question from Quebec
--
Hello,

We are a flying club near Québec City. Does your software handle Canadian dollars and Transport Canada licence types? We would need the interface in French and English for our members.

Danielle Fortin
"""
