"""Change of the person in charge (R10-R13): with or without the documents, from old or new people."""

from make_a import mail

K = "owner_change"

MAILS = [
    mail(
        "oc01",
        "contact@aeroclub-vexin.fr",
        "Changement de responsable OpenFlyers",
        name="Aéroclub du Vexin",
        shape="outlook",
        kind=K,
        att=("courrier_president_nouveau_responsable.pdf", "PV_AG_2026-10-17.pdf"),
        body="""
Bonjour,

Suite à notre assemblée générale du 17 octobre, M. Bernard Lemoine n'est plus responsable OpenFlyers du club. Il est remplacé par Mme Isabelle Garnier (isabelle.garnier@aeroclub-vexin.fr).
Vous trouverez ci-joints le courrier signé par notre président et le procès-verbal de l'AG.

Cordialement,
Secrétariat Aéroclub du Vexin
""",
    ),
    mail(
        "oc02",
        "nouveau.president.acbeauce@gmail.com",
        "nouveau responsable",
        name="Jacques Hamon",
        shape="gmail",
        kind=K,
        hint="acbeauce",
        note="new person, not on record",
        body="""
Bonjour,

Je suis le nouveau président de l'Aéro-Club de Beauce depuis septembre. L'ancien responsable, M. Chauvin, a déménagé et ne répond plus. Je voudrais devenir le responsable de la plateforme acbeauce.
Que dois-je vous envoyer ?

Jacques Hamon
""",
    ),
    mail(
        "oc03",
        "direction@ecole-cote-opale.fr",
        "TR: Cession de parts – nouveau gérant",
        name="Thierry Vasseur",
        shape="outlook",
        kind=K,
        att=("Kbis_ECO_2026-11.pdf",),
        body="""
Bonjour,

Suite à la cession de mes parts, M. Romain Caron devient gérant majoritaire de l'École de Pilotage Côte d'Opale et reprendra la responsabilité d'OpenFlyers (r.caron@ecole-cote-opale.fr).
Je vous joins l'extrait K-BIS à jour, sur lequel il apparaît comme gérant. Je vous transfère également son message ci-dessous.

Cordialement,
Thierry Vasseur

De : Romain Caron <r.caron@ecole-cote-opale.fr>
Envoyé : lundi 16 novembre 2026 09:12
À : Thierry Vasseur <t.vasseur@ecole-cote-opale.fr>
Objet : Cession de parts – nouveau gérant

Thierry, peux-tu prévenir OpenFlyers que je prends la main ? Je détiens 60 % des parts depuis le 2 novembre.
Romain
""",
        note="the new person appears on the K-BIS: no letter needed (R11)",
    ),
    mail(
        "oc04",
        "secretariat@aeroclub-anjou.fr",
        "Passation responsable plateforme",
        name="Secrétariat AC Anjou",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

Michel Renaud quitte ses fonctions au 31 décembre. Sa remplaçante sera Mme Laure Besnard (laure.besnard@aeroclub-anjou.fr).
Michel va faire lui-même les changements dans l'espace client avant son départ, mais il nous demande de vous prévenir pour que vous ne soyez pas surpris.

Cordialement,
Sophie Renard
""",
        note="informs of a handover the outgoing person will do himself; still the owner-change topic",
    ),
    mail(
        "oc05",
        "bureau@ac-limousin.fr",
        "changement de responsable + PV",
        shape="webmail",
        kind=K,
        att=("PV_AG_AC_Limousin_2026.pdf",),
        body="""
bonjour,
le nouveau responsable OpenFlyers est Christophe Mallet (c.mallet87@gmail.com), élu trésorier à l'AG. ci-joint le PV.
le courrier du president suit la semaine prochaine.
le bureau
""",
    ),
    mail(
        "oc06",
        "tresorier.vvb@gmail.com",
        "Remplacement de Didier Moreau",
        name="Trésorier AVVB",
        shape="gmail",
        kind=K,
        body="""
Bonjour,

Didier Moreau nous a malheureusement quittés le mois dernier. Nous devons désigner un nouveau responsable OpenFlyers et nous n'avons pas ses identifiants.
Quelles pièces faut-il fournir ? Nous avons le PV de l'AG extraordinaire du 21 novembre qui désigne Jérôme Pautrat (moi-même).

Jérôme Pautrat
Trésorier AVVB
""",
    ),
    mail(
        "oc07",
        "laurent.giraud@helico-provence.fr",
        "Changement de responsable – cogérance",
        name="Laurent Giraud",
        shape="outlook",
        kind=K,
        att=("lettre_cogerants_signee.pdf", "Kbis_Helico_Provence.pdf"),
        body="""
Bonjour,

Hélico Provence Formation est en cogérance (M. Giraud 35 %, Mme Aubert 30 %). Nous désignons Mme Sandrine Aubert comme nouvelle responsable OpenFlyers (s.aubert@helico-provence.fr).
Vous trouverez ci-joints le courrier signé par les deux cogérants (65 % des parts à eux deux) et l'extrait K-BIS.

Cordialement,
Laurent Giraud
Cogérant
""",
    ),
    mail(
        "oc08",
        "acbn22@orange.fr",
        "NOUVEAU RESPONSABLE",
        shape="webmail",
        kind=K,
        body="""
BONJOUR
YANNICK LE GOFF N EST PLUS AU CLUB. LE NOUVEAU RESPONSABLE C EST MOI, JEAN CLAUDE MORVAN, ADRESSE JC.MORVAN22@ORANGE.FR. MERCI DE FAIRE LE CHANGEMENT
JEAN CLAUDE
""",
        note="no documents attached",
    ),
    mail(
        "oc09",
        "f.schmitt@aeroclub-alsace.fr",
        "Mon successeur",
        name="Frédéric Schmitt",
        shape="outlook",
        kind=K,
        nb="01-15",
        date="2026-11-17 18:00",
        body="""
Bonjour,

Je quitte la direction de l'Aéroclub d'Alsace le 15 janvier. Mon successeur, M. Julien Koenig, sera le nouveau responsable OpenFlyers.
Je préfère que vous fassiez le changement vous-mêmes à cette date plutôt que de lui transmettre mes identifiants. Le courrier du président et le PV du comité suivent par courrier postal, ou faut-il les scanner ?

Frédéric Schmitt
""",
        note="the change is asked for the day he leaves, 15 January",
    ),
    mail(
        "oc10",
        "seb.roche63@gmail.com",
        "Changement président / responsable",
        name="Sébastien Roche",
        shape="gmail",
        kind=K,
        att=("PV_AG_CVV_Auvergne.pdf", "courrier_signe.jpg"),
        body="""
Bonjour,

Nouvelle équipe au CVV Auvergne après l'AG du 14/11. Je reste responsable OpenFlyers mais le contact change : c'est désormais Lucie Fayolle, nouvelle présidente.
Pour la responsable OpenFlyers, finalement le comité a voté Lucie aussi, donc : nouvelle responsable Lucie Fayolle, lucie.fayolle@cvv-auvergne.fr. PV et courrier signé joints.

Séb
""",
        note="mail hesitates but ends on a change of the responsible person",
    ),
    mail(
        "oc11",
        "inaki.etcheverry@gmail.com",
        "Changement de responsable : pièces jointes",
        name="Iñaki Etcheverry",
        shape="gmail",
        kind=K,
        att=("Lettre_president_APB.pdf",),
        body="""
Bonjour,

Ci-joint le courrier signé par notre président désignant Mme Maite Arrieta (m.arrieta@aero-pays-basque.fr) comme nouvelle responsable OpenFlyers à ma place.
Le PV de l'AG n'est pas encore signé, je vous l'enverrai dès que possible.

Iñaki Etcheverry
""",
    ),
    mail(
        "oc12",
        "chris.hubert41@laposte.net",
        "changement de responsable openflyers",
        name="Christine Hubert",
        shape="webmail",
        kind=K,
        body="""
Bonjour,

Je souhaite transmettre la responsabilité de notre plateforme à Paul Hubert (mon mari, nouveau trésorier) : paul.hubert41@laposte.net. Je peux le faire moi-même dans l'espace client ? Sinon pouvez-vous le faire ?

Christine Hubert
Les Ailes de Sologne
""",
    ),
    mail(
        "oc13",
        "r.caron@ecole-cote-opale.fr",
        "Prise de fonction",
        name="Romain Caron",
        shape="outlook",
        kind=K,
        note="new manager not yet on record",
        body="""
Bonjour,

Je suis le nouveau gérant de l'École de Pilotage Côte d'Opale. M. Vasseur vous a écrit la semaine dernière avec le K-BIS. Pouvez-vous me confirmer que je suis bien enregistré comme responsable OpenFlyers ? Je n'ai reçu aucun accès.

Romain Caron
Gérant – ECO
06 14 28 55 90
""",
    ),
    mail(
        "oc14",
        "president@aca-touraine.fr",
        "Nomination d'un nouveau responsable OpenFlyers",
        name="Philippe Berthelot",
        shape="apple",
        kind=K,
        att=("courrier_designation.pdf", "extrait_PV_CA.pdf"),
        body="""
Bonjour,

En ma qualité de président de l'Aéro-Club Air Touraine, je désigne M. Hugo Lambert (hugo.lambert@aca-touraine.fr) comme responsable OpenFlyers en remplacement de moi-même.
Vous trouverez en pièces jointes le courrier signé et l'extrait du procès-verbal du conseil d'administration attestant ma qualité de président.

Philippe Berthelot
Président – Aéro-Club Air Touraine
""",
    ),
    mail(
        "oc15",
        "ac.cevennes.compta@free.fr",
        "Le responsable a changé",
        name="Compta Aéroclub des Cévennes",
        shape="plain",
        kind=K,
        body="""
Bonjour,

Marie-Laure Bonnet ne s'occupe plus d'OpenFlyers, c'est moi, Marc Vidal, qui reprends (marc.vidal30@free.fr). Elle est d'accord mais elle est partie vivre au Canada et ne peut pas faire le changement.
Le président va vous écrire avec une lettre. Quel document officiel faut-il en plus ?

Marc Vidal
""",
    ),
    mail(
        "oc16",
        "tresorier@ac-picardie.fr",
        "Re: AG – nouveau bureau",
        name="Francis Delattre",
        shape="outlook",
        kind=K,
        att=("PV_AG_2026-11-21.pdf", "courrier_president_Picardie.pdf"),
        note="'Re:' of an internal thread",
        body="""
Bonjour,

Comme convenu avec le nouveau bureau (voir ci-dessous), je vous demande de remplacer Francis Delattre (moi-même) par Mme Agnès Vion comme responsable OpenFlyers : agnes.vion@ac-picardie.fr.
Le PV de l'AG du 21/11 et le courrier signé du président sont joints.

Francis Delattre

-----Message d'origine-----
De : Président AC Picardie
Envoyé : samedi 21 novembre 2026 22:40
Objet : AG – nouveau bureau

Francis, merci d'envoyer les documents à OpenFlyers pour qu'Agnès prenne la suite.
""",
    ),
    mail(
        "oc17",
        "antoine.santoni@orange.fr",
        "changement responsable",
        name="Antoine Santoni",
        shape="android",
        kind=K,
        nb="01-01",
        date="2026-11-21 20:00",
        note="'à partir de janvier' read as 1 January",
        body="""
Bonjour, je laisse ma place de responsable OpenFlyers a Paul-Marie Casanova a partir de janvier. Comment on fait ?
Antoine
""",
    ),
    mail(
        "oc18",
        "secretariat@acliege.be",
        "Changement de responsable – statuts ASBL",
        name="Secrétariat AC Liège",
        shape="outlook",
        kind=K,
        att=("Moniteur_belge_publication.pdf", "lettre_president_AC_Liege.pdf"),
        body="""
Bonjour,

Nous sommes une ASBL belge : à la place d'un K-BIS, nous vous joignons la publication au Moniteur belge de la composition du conseil d'administration, ainsi que la lettre signée de notre président désignant M. Olivier Maes (olivier.maes@acliege.be) comme nouveau responsable OpenFlyers.
Est-ce recevable ?

Bien à vous,
Nadine Lambert
""",
    ),
    mail(
        "oc19",
        "pa.favre@bluewin.ch",
        "Passation au GVV Romand",
        name="Pierre-Alain Favre",
        shape="gmail",
        kind=K,
        body="""
Bonjour,

Je vais transmettre la gestion OpenFlyers à notre nouveau caissier, Jean-Marc Rochat. Je lui donnerai moi-même mes identifiants et il modifiera la fiche. Y a-t-il autre chose à faire de votre côté ?

Meilleures salutations,
Pierre-Alain Favre
""",
    ),
    mail(
        "oc20",
        "contact@aerocorse.fr",
        "documents changement de responsable",
        shape="android",
        kind=K,
        att=("IMG_20261122_101455.jpg", "IMG_20261122_101532.jpg"),
        body="""
Bonjour, voici les photos du courrier du président et du PV d'AG pour le changement de responsable (nouveau : Paul-Marie Casanova, pm.casanova@aerocorse.fr). Désolé pour la qualité.
""",
    ),
    mail(
        "oen01",
        "vorstand@lsv-hunsrueck.de",
        "New person in charge of OpenFlyers",
        name="Markus Becker",
        shape="outlook",
        lang="en",
        kind=K,
        att=("Vorstandsbeschluss_2026-11.pdf", "Vereinsregisterauszug.pdf"),
        body="""
Dear OpenFlyers team,

after our annual general meeting, Ms Julia Schneider (julia.schneider@lsv-hunsrueck.de) takes over as person in charge of OpenFlyers from me.
Please find attached the board resolution signed by our chairman and the extract from the register of associations (Vereinsregister), the German equivalent of the K-BIS.

Kind regards
Markus Becker
""",
    ),
    mail(
        "oen02",
        "secretary@shannonaero.ie",
        "Change of administrator",
        name="Siobhan Kelly",
        shape="gmail",
        lang="en",
        kind=K,
        body="""
Hi,

I'm stepping down as club secretary at the end of the year and Brian Walsh (brian.walsh@eircom.net) will take over OpenFlyers. What do you need from us? We don't have anything like a K-BIS in Ireland, just the committee minutes.

Thanks,
Siobhan
""",
    ),
    mail(
        "oen03",
        "erik.lindqvist@telia.com",
        "Handover",
        name="Erik Lindqvist",
        shape="apple",
        lang="en",
        kind=K,
        att=("protokoll_arsmote_2026.pdf",),
        body="""
Hi,

Karin Nilsson replaces me as person in charge from today (karin.nilsson@skaneflyg.se). Minutes of the annual meeting attached. The chairman's letter is not done yet, he's travelling; I'll send it next week.

Best regards,
Erik
""",
    ),
    mail(
        "oen04",
        "finance@fjordaviation.no",
        "Change of responsible person – company",
        name="Fjord Aviation finance",
        shape="outlook",
        lang="en",
        kind=K,
        att=("Firmaattest_Fjord_Aviation.pdf", "Letter_CEO_signed.pdf"),
        body="""
Hello,

Fjord Aviation Academy AS appoints Mr Henrik Aas (henrik.aas@fjordaviation.no) as the new person in charge of OpenFlyers.
Attached: a letter signed by our CEO, who holds 72 % of the shares, and the company registration certificate (Firmaattest), equivalent to a K-BIS.

Regards,
Ole Hansen
Finance
""",
    ),
    mail(
        "oen05",
        "brian.walsh@eircom.net",
        "OpenFlyers admin for Shannon Aero Club",
        name="Brian Walsh",
        shape="plain",
        lang="en",
        kind=K,
        hint="shannon-aero",
        note="not on record yet",
        body="""
Hello,

I'm the new secretary of Shannon Aero Club (platform shannon-aero). Siobhan Kelly has left and I need to be set as the person in charge. She can't do it herself now as she no longer has access. I can send the committee minutes.

Brian Walsh
""",
    ),
    mail(
        "oen06",
        "info@cotswoldflyers.co.uk",
        "Fwd: Committee decision – new OpenFlyers admin",
        name="Cotswold Flying Club",
        shape="outlook",
        lang="en",
        kind=K,
        att=("Committee_minutes_Nov2026.pdf",),
        body="""
Hi,

See below. Could you change the person in charge to Helen Crawford (helen.crawford@cotswoldflyers.co.uk)? Minutes attached; Graham will sign a letter if you need one.

Helen

---------- Forwarded message ---------
From: Graham Whitaker <graham.whitaker@btinternet.com>
Date: Tue, 17 Nov 2026 at 21:02
Subject: Committee decision – new OpenFlyers admin
To: Helen Crawford <helen.crawford@cotswoldflyers.co.uk>

The committee agreed tonight that Helen will be the OpenFlyers administrator from now on. Please let OpenFlyers know.
Graham
""",
    ),
    mail(
        "oen07",
        "d.harris@kentflighttraining.co.uk",
        "Director change",
        name="David Harris",
        shape="outlook",
        lang="en",
        kind=K,
        att=("Companies_House_confirmation.pdf",),
        body="""
Hello,

I am the new managing director (and majority shareholder) of Kent Flight Training Ltd, as shown on the attached Companies House record. Please set me as the person in charge of OpenFlyers instead of Mr Peter Lowe, who has retired.

Regards,
David Harris
""",
        note="new person on the official record: no letter needed (R11 analogue)",
    ),
    mail(
        "oen08",
        "mette.sorensen@mail.dk",
        "new contact person",
        name="Mette Sørensen",
        shape="gmail",
        lang="en",
        kind=K,
        nb="01-01",
        date="2026-11-26 17:00",
        note="'from 1 January' bounds the handover",
        body="""
Hello,

From 1 January our new chairman Lars Pedersen will be responsible for OpenFlyers instead of me. Should he write to you, or can I change it myself?

Best regards,
Mette
""",
    ),
    mail(
        "oen09",
        "accounts@highlandaero.co.uk",
        "Responsible person",
        name="Highland Aero accounts",
        shape="outlook",
        lang="en",
        kind=K,
        att=("letter_chairman.pdf",),
        body="""
Good morning,

Letter from our chairman attached appointing Morag Stewart (morag.stewart@highlandaero.co.uk) as person in charge of OpenFlyers. The AGM minutes will follow once approved.

Kind regards,
Morag
""",
    ),
]
