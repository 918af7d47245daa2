"""Set b: more first contacts written for the hard cases (empty subjects, signatures full of dates,
quoted older threads, no accents, forwards, week numbers, numeric dates)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ e001 | kind: migration | from: Claude Guérin <claude.guerin85@orange.fr> | date: 2026-09-14 19:05 | style: outlook | tv: 4 | note: the dates in the signature are not not-before dates
subject:
--
Bonjour,

Le bureau de l'AC Vendée souhaite passer en version 4 dès que vous pourrez. Irréversible, c'est noté.

Claude Guérin
Président - Aéro-Club de Vendée Les Sables
Prochaine AG : le 12/03/2027 - Rallye des Sables : 15-16 mai 2027
Tél. 02 51 xx xx xx - 3 120 h de vol

@@ e002 | kind: migration | from: "Gerard Mougin" <g.mougin@wanadoo.fr> | date: 2026-11-30 22:40 | style: plain | tv: 4 | nb: 2027-03-22 | note: "semaine 12" of 2027 read as Monday 22 March 2027; supersedes his mail of October
subject: migration - nouvelle date
--
Bonjour,

Changement de programme pour notre migration en version 4 : le comite prefere attendre la fin des travaux de la piste, donc pas avant la semaine 12.

Gerard

@@ e003 | date: 2026-11-04 18:31 | kind: support | from: ulm.pierrefonds@gmail.com | style: gmail | att: Screenshot_20261104-181522.png, Screenshot_20261104-181540.png
subject:
--
Bonjour, voila les captures, le bouton valider ne fait rien quand on saisit un vol de plus de 2h. Merci

@@ e004 | kind: migration | from: gvv.gruyere@bluewin.ch | date: 2026-11-21 09:00 | style: plain | tv: 4 | nb: 2027-05-02 | note: numeric day-first date without a year: next 2 May
subject: Migration GVV Gruyère - date
--
Bonjour,

Finalement nous préférons faire la migration en version 4 à partir du 2/05, après la révision annuelle des planeurs. Merci d'en tenir compte.

Pour le comité

@@ e005 | date: 2026-11-16 09:10 | kind: support | from: "Dominique Santoni" <d.santoni@wanadoo.fr> | style: outlook | note: long mail quoting an older thread; the migration is in the past
subject: RE: RE: Soldes après migration
--
Bonjour,

Je reviens vers vous sur ce sujet car le problème est revenu : les soldes des pilotes sont à nouveau faux depuis le 1er novembre (écart de quelques euros sur chaque vol en DR400). Le carburant semble compté deux fois.

Merci de regarder encore une fois.

D. Santoni

De : Support OpenFlyers <support@openflyers.example>
Envoyé : 12/10/2026 09:14
À : d.santoni@wanadoo.fr
Objet : RE: Soldes après migration

Bonjour,
Le problème de soldes venait d'un tarif carburant en double après votre migration ; c'est corrigé.
L'assistance OpenFlyers

De : Dominique Santoni
Envoyé : 10/10/2026 18:02
Objet : Soldes après migration
Depuis la migration les soldes sont faux.

@@ e006 | kind: renewal | from: aeroclub.ajaccio@orange.fr | style: plain
subject: RENOUVELLEMENT URGENT
--
BONJOUR

L ALERTE DIT QUE L ABONNEMENT EXPIRE LE 31/12. ON PAYE COMMENT ? LE TRESORIER N A PAS DE CARTE.

AC AJACCIO

@@ e007 | date: 2026-11-30 07:45 | kind: owner_change | from: bureau@aeroclub.nc | style: outlook | att: lettre-president-signee.pdf, pv-ag-28-11-2026.pdf, Logo-ACC.png | note: the logo is attached as a file too, so it counts
subject: TR: Décision AG - nouveau responsable OpenFlyers
--
Bonjour,

Voir ci-dessous la décision de notre AG du 28 novembre, et en pièces jointes le courrier et le PV.

Le bureau

-----Message d'origine-----
De : Président AC Calédonien
Envoyé : samedi 28 novembre 2026 20:11
À : bureau@aeroclub.nc
Objet : Décision AG - nouveau responsable OpenFlyers

L'AG désigne Tevita Lolohea comme responsable OpenFlyers à la place de Stéphane Wamytan, à compter du vote. Merci au bureau de faire le nécessaire auprès de l'éditeur.

@@ e008 | kind: password_reset | from: "Ana Ferreira" <ana.ferreira@sapo.pt> | style: plain | lang: en | note: member's own login (R8), non-native English
subject: I cannot enter
--
Hello, I am portuguese pilot flying at the club of Luxembourg (gliders). My login do not work since I changed the phone, the code is not accepted. Please can you give me a new password. Thank you very much. Ana

@@ e009 | kind: hours_statement | from: jy.payet@orange.re | style: plain | note: signature with dates and hours
subject: (sans objet)
--
Bonjour, pouvez-vous m'envoyer le relevé de nos heures de bonus 2026 ? Merci.

Jean-Yves Payet
Trésorier ACRG - 4 200 h de vol
AG le 13/02/2027 - Meeting aérien 23/05/2027

@@ e010 | kind: test_platform | from: "Beat Sciboz" <beat.sciboz@gmail.com> | style: gmail | lang: en | tv: 4 | note: "migration" words in a test-platform ask
subject: Before the migration
--
Hi,

Before we ask for the migration, we'd like to try version 4 on a copy of our platform. Is the .of4 copy possible for GVV Gruyère?

Beat

@@ e011 | kind: dev_quote | from: "Aéro-Club de Vendée" <contact@acvendee.fr> | style: html | logo: logo-acv.png
subject: Demande de devis pour un module "baptêmes"
--
Bonjour,

L'Aéro-Club de Vendée souhaite un devis pour un module de gestion des baptêmes de l'air : vente en ligne, planning des pilotes baptême, envoi automatique du bon. Nous pouvons mettre nos heures Business et chercher d'autres clubs intéressés via le forum.

Le bureau

@@ e012 | kind: resource_change | from: erwan.lebihan@gmail.com | style: gmail | note: a temporary replacement; the mail also mentions the renewal
subject: avion de remplacement
--
Bonjour,

Notre DR401 part en visite des 1000 h pendant 6 semaines. Un club voisin nous prête le F-GTZB. On peut juste renommer la ressource pendant ce temps ? On ne veut pas que ça change le renouvellement.

Erwan

@@ e013 | kind: contact_update | from: "Sandrine Abric" <sandrine.abric@free.fr> | style: apple | note: asks to remove her own address from the record
subject: Retirez mon adresse
--
Bonjour, je ne fais plus partie du bureau de Camargue ULM, merci de retirer mon adresse de la fiche client et de mettre celle de Patrick (patrick.roux13@free.fr) à la place.
Sandrine

Envoyé de mon iPhone

@@ e014 | kind: other | from: tresorerie@acvendee.fr | style: plain | note: invoice dispute mentioning migration and hours
subject: Facture migration ?
--
Bonjour,

Nous avons reçu une facture de 50 € HT « migration » alors que nous sommes en Business et que la migration y est incluse. Pouvez-vous l'annuler ?

Trésorerie AC Vendée

@@ e015 | date: 2026-10-28 15:35 | kind: support | from: "secretariat@aeroclub-martinique.fr" <secretariat@aeroclub-martinique.fr> | style: html | note: HTML-only message, no accents
subject: Probleme de facturation des instructeurs
--
Bonjour,

Les heures d instruction ne sont plus facturees aux eleves depuis le 15 octobre : le vol est facture mais pas l instructeur. Pouvez vous regarder rapidement, on perd de l argent.

Secretariat ACM

@@ e016 | kind: renewal | from: info@kzvo.be | style: plain | lang: en | note: non-native; mentions hours
subject: pay for next year
--
Hello, we want pay already now the subscription for next year because the treasurer have budget left this year. Is it possible? And the bonus hours of 2027 start when we pay or on 1 january?

KZVO

@@ e017 | kind: migration | from: "Laurent Mathey" <l.mathey@helialpes.fr> | date: 2026-10-20 17:00 | style: outlook | tv: 4 | nb: 2026-11-16 | note: moves the date given in his first mail
subject: TR: Migration Héli Alpes
--
Bonjour,

Le contrôle DGAC a été décalé d'une semaine. Merci donc de ne pas migrer avant le 16 novembre au lieu du 9.

Laurent Mathey

-----Message d'origine-----
De : Laurent Mathey
Envoyé : mercredi 14 octobre 2026 08:25
Objet : Migration Héli Alpes
Héli Alpes Formation souhaite migrer en V4 après la semaine de contrôle DGAC, c'est-à-dire à partir du 9 novembre.

@@ e018 | kind: password_reset | from: "Jean-Pierre Vasseur" <jpvasseur@laposte.net> | style: plain | hint: ac-morlaix | note: member's own login (R8), no accents, platform named
subject: acces
--
bonjour, je n arrive plus a me connecter sur openflyers.com/ac-morlaix, mot de passe oublie ne m envoie rien. je suis membre depuis 1987. merci
jp vasseur

@@ e019 | kind: other | from: "Ingrid Blanc" <ingrid.blanc@yahoo.fr> | style: plain | note: a pilot asking the vendor to book a flight for her; not a client
subject: réservation avion samedi
--
Bonjour,

Pourriez-vous me réserver le DR400 de l'aéroclub de Beaune samedi de 10h à 12h ? Je n'arrive pas à utiliser le site. Merci !

Ingrid Blanc

@@ e020 | kind: test_platform | from: contact@vv-vosges.fr | style: plain | hint: vv-vosges | note: asks again, mentioning a migration date in the past tense of the board
subject: Re: plateforme of4
--
Bonjour,

Nous n'avons toujours pas reçu l'accès à vv-vosges.of4 demandé par notre président. Le comité doit décider de la date de migration et voudrait voir la version 4 avant.

Le secrétariat AVV
| tv: 4

@@ e021 | kind: hours_statement | from: Karim Benali <k.benali@aviasud-formation.com> | style: outlook | lang: en | note: a French company writing in English for its English-speaking auditor
subject: Hours used 2026 - for our auditor
--
Hello,

Our auditor (copied, she does not read French) needs the list of support and development hours used by Aviasud Formation in 2026, with the remaining balance.

Best regards,
Karim Benali
| cc: a.smith@audit-partners.co.uk

@@ e022 | kind: owner_change | from: "Sarah Claes" <sarah.claes@skyschool.be> | style: outlook | lang: en | att: belgian-gazette-extract.pdf | note: new responsible on the official publication, address not on record
subject: Taking over as person in charge
--
Hello,

Following Kevin's email, I am taking over as the person in charge of the Skyschool platform. As managing director I appear on the attached extract of the Belgian Official Gazette. Please let me know if anything else is needed.

Sarah Claes

@@ e023 | kind: support | from: "Annelies Peeters" <treasurer@kzvo.be> | style: outlook | lang: en | note: asks phone help; mentions hours and renewal in passing
subject: Phone help before renewal
--
Hello,

Before I renew for 2027, I would like 30 minutes on the phone to understand the member balance report. It can be taken from our bonus hours if any are left.

Annelies

@@ e024 | kind: dev_quote | from: Josiane Rosier <josiane.rosier@orange.fr> | style: gmail | cash: 1 | note: offers to co-fund in cash to be served before the others
subject: Devis + cofinancement
--
Bonjour,

L'Aéro-Club de la Martinique voudrait un devis pour le suivi des visites médicales avec rappel automatique 60 jours avant expiration. Nous sommes prêts à payer un complément en argent pour passer devant dans la file, la saison touristique commence en décembre.

Josiane Rosier
"""
