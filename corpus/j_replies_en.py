"""Sealed set j: English replies to our messages (confirm, refuse, question), from the English-writing
clients of ``j_clients`` (UK, Ireland, Germany, the Netherlands, Sweden, Denmark, Austria, Malta)."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ jen01 | reply: confirm | from: Declan Brennan <declan.brennan@eircom.net> | ref: OF-2026-6101 | ours: estimate | style: plain
--
Grand, go ahead so.

Declan

@@ jen02 | reply: refuse | from: Strandhill Flying Club <strandhillflyingclub@gmail.com> | ref: OF-2026-6102 | ours: migfee | style: gmail
--
Hi,

We'll leave it for now, thanks. 50 euro plus VAT isn't in this year's budget and to be honest 3.5 does what we need for the two aircraft. Maybe in the spring.

Aoife
Strandhill Flying Club
Sligo Airport, Strandhill, Co. Sligo

@@ jen03 | reply: question | from: Ulrike Haas <kassenwart@fsv-kirchheim.de> | ref: OF-2026-6103 | ours: overrun | style: outlook | figs: d=13,b=4
--
Dear support team,

thank you for your message. Before we can agree to the 540 EUR I must ask: is this a fixed price, or can it become more if the work takes longer than 13 hours? Our board needs a maximum amount for the approval.

With kind regards

Ulrike Haas
Kassenwart / Treasurer
Flugsportverein Kirchheim/Teck e.V.
Hahnweide, 73230 Kirchheim unter Teck
Tel. +49 7021 48 31 70

@@ jen04 | reply: confirm | from: Anders Lindqvist <anders.lindqvist@telia.com> | ref: OF-2026-6104 | ours: testplat | style: apple
--
Yes please, that would be great. Thanks!

Anders

Sent from my iPhone

@@ jen05 | reply: question | from: Henk Bosma <h.bosma@kpnmail.nl> | ref: OF-2026-6105 | ours: reset | style: plain
--
Hello,

I tried the forgotten password link three times now but I get no mail. Is it possible that the mail goes to the old address of our previous secretary? In that case also a reset by you makes no sense, I think, because the new password goes to the same address. Please advise what is best.

Henk Bosma
Vliegclub Hoogeveen

@@ jen06 | reply: confirm | from: Colin Ashworth <colin.ashworth@btinternet.com> | ref: OF-2026-6106 | ours: migterms | style: plain | figs: nbd=6,nbm=1
--
Hello,

Understood and agreed. Not before 6 January suits us fine - the winter is quiet anyway and most of the fleet will be in the workshop for their annuals.

Colin Ashworth
Chairman, Tibenham Gliding Club

@@ jen07 | reply: refuse | from: Thomas Gruber <t.gruber@flugschule-wrn.at> | ref: OF-2026-6107 | ours: devest | style: outlook | figs: d=18,h=10
--
Dear Sir or Madam,

thank you for the quotation. Unfortunately 8 additional hours are more than we can invest at the moment, so we will not accept this quote. We will continue with our current workflow.

Best regards

Thomas Gruber
Head of Training
Flugschule Wiener Neustadt GmbH
Flugplatz Wiener Neustadt Ost, 2700 Wiener Neustadt, Austria
T +43 2622 27 19 40

@@ jen08 | reply: confirm | from: Joseph Camilleri <joseph.camilleri@maltanet.net> | ref: OF-2026-6108 | ours: pool | style: plain | figs: h=1,b=4
--
Hi,

No problem, count us in for the 1 hour.

Regards
Joseph Camilleri
Luqa Flying Club
Mob +356 7924 1186

@@ jen09 | reply: question | from: Esbjerg Flyveklub <bestyrelse@esbjergflyveklub.dk> | ref: OF-2026-6109 | ours: email | style: plain
--
Hello

We want to change the address to our new board mail, but in the client account under My details the e-mail field is grey and we cannot write in it. Is it something we do wrong

Best regards
Mette Kjærgaard
Chairman, Esbjerg Flyveklub

@@ jen10 | reply: confirm | from: Fiona McLaren <ops@sconeflight.co.uk> | ref: OF-2026-6110 | ours: setup | style: outlook | figs: p=360
--
Hi,

Yes, we'd like the set-up package please. Send the questionnaire over to me and I'll get our CFI to fill in the training side of it.

Many thanks,

Fiona McLaren
Operations Manager
Scone Flight Training Ltd
Perth Airport, Scone, PH2 6PL
01738 552 904

@@ jen11 | reply: refuse | from: Kilkenny Flying Club <info@kilkennyflyingclub.ie> | ref: OF-2026-6111 | ours: alpha | style: gmail
--
Hi there,

Having read that, we'll give the alpha a miss. Our members struggle enough with the current version! We'll wait for the proper release.

Thanks,
Ciara (secretary)

@@ jen12 | reply: confirm | from: Sabine Leitner <buchhaltung@flugschule-wrn.at> | ref: OF-2026-6112 | ours: estimate | style: outlook | qpos: above | figs: h=3,b=17
--
Hello,

We agree, please schedule the 3 hours.

Kind regards
Sabine Leitner
Accounting

@@ jen13 | reply: question | from: Mette Kjærgaard <mette.kjaergaard@mail.dk> | ref: OF-2026-6113 | ours: migfee | style: android
--
Hi, can we pay the 50 EUR by card? Our bank takes a big fee for transfers abroad.
Mette

Sent from my Galaxy

@@ jen14 | reply: refuse | from: Lena Sjöberg <kassor@orebroflygklubb.se> | ref: OF-2026-6114 | ours: overrun | style: plain | figs: d=6,b=1
--
Hello,

We have decided not to go ahead with this. 300 EUR is more than the board can approve for this at the end of the year, we will wait until the new hours come in January and ask you again then.

Best regards,
Lena Sjöberg
Treasurer, Örebro Flygklubb

@@ jen15 | reply: confirm | from: Peter Dunn <secretary@tibenhamgliding.org.uk> | ref: OF-2026-6115 | ours: email | style: alt
--
Hello,

Yes, go ahead please. Happy to pay the 30 EUR, it's quicker than me trying to dig out the login.

Cheers,
Peter Dunn
Hon. Secretary
Tibenham Gliding Club

@@ jen16 | reply: question | from: Dieter Schwenk <d.schwenk@web.de> | ref: OF-2026-6116 | ours: devest | style: outlook | figs: d=14,h=10
--
Hello,

The quote is in principle okay for us, but we would like to ask if the import of the winch log can also be included in the 14 hours. If yes, we accept. If not, please tell us how many hours more it would be.

Best regards
Dieter Schwenk
1. Vorsitzender
Flugsportverein Kirchheim/Teck e.V.

@@ jen17 | reply: confirm | from: Willem Mulder <penningmeester@vliegclubhoogeveen.nl> | ref: OF-2026-6117 | ours: migfee | style: plain
--
Dear OpenFlyers,

We confirm the migration and the costs of 50 EUR excl. VAT. Please send the invoice to this address, I will pay it the same week.

Kind regards,
Willem Mulder
Penningmeester (treasurer)
Vliegclub Hoogeveen
Vliegveld Hoogeveen, Creativeweg 45, 7903 TD Hoogeveen
Tel 0528 27 63 15

@@ jen18 | reply: refuse | from: Flugschule Wiener Neustadt <office@flugschule-wrn.at> | ref: OF-2026-6118 | ours: testplat | style: plain
--
Hello,

Thank you, that is not necessary. We have created one ourselves last week already.

Best regards
Office Flugschule Wiener Neustadt

@@ jen19 | reply: question | from: kansli@orebroflygklubb.se | ref: OF-2026-6119 | ours: estimate | style: gmail | figs: h=2,b=2
--
Hi,

If we use the 2 hours now we have nothing left for the rest of the year? We have the annual meeting in December and maybe need help with the new price list before. What happens then, do we pay by the hour

Regards
Karin
Örebro Flygklubb, kansliet

@@ jen20 | reply: confirm | from: Markus Eberle <vorstand@fsv-kirchheim.de> | ref: OF-2026-6120 | ours: alpha | style: plain
--
Hello,

we accept the conditions for the alpha version. We are aware of the risks. Some of our members work in software development and they are looking forward to test the new features and give feedback.

Best regards
Markus Eberle
2. Vorsitzender, FSV Kirchheim/Teck

@@ jen21 | reply: question | from: Maria Borg <treasurer@luqaflyingclub.com.mt> | ref: OF-2026-6121 | ours: testplat | style: plain
--
Hi,

0.5 h out of how many we have left? I thought we used most of our hours already this year with the renewal problems in March. Can you confirm the balance first.

Thanks,
Maria Borg
Treasurer

@@ jen22 | reply: refuse | from: Aoife Gallagher <aoife.gallagher@yahoo.ie> | ref: OF-2026-6122 | ours: migterms | style: plain
--
Hello,

On reflection we're going to cancel the migration request. The committee doesn't want anything changing before our fly-in next spring. Sorry for the trouble.

Aoife

@@ jen23 | reply: confirm | from: Graeme Ross <accounts@sconeflight.co.uk> | ref: OF-2026-6123 | ours: overrun | style: outlook | qpos: above | figs: d=8,b=3
--
Hello,

Approved - please invoice the additional 5 hours (EUR 300 + VAT) to this address, quoting our PO 2026-117.

Regards,
Graeme Ross
Accounts
Scone Flight Training Ltd

@@ jen24 | reply: confirm | from: Mette Kjærgaard <mette.kjaergaard@mail.dk> | ref: OF-2026-6124 | ours: migfee | style: plain
--
Hello,

OK, we keep the migration. We will pay the invoice when it comes.

Best regards
Mette

@@ jen25 | reply: confirm | from: Anders Lindqvist <anders.lindqvist@telia.com> | ref: OF-2026-6125 | ours: devest | style: outlook | figs: d=9,h=5
--
Hello,

The board has approved the quote on the meeting yesterday evening. So we accept 5 hours from our bonus and 4 hours invoiced. Looking forward to the new function, the instructors have asked for it since two years!

Best regards
Anders Lindqvist
Chairman
Örebro Flygklubb
Örebro flygplats, 702 27 Örebro
+46 70 318 55 42

@@ jen26 | reply: refuse | from: secretariaat@vliegclubhoogeveen.nl | ref: OF-2026-6126 | ours: email | style: plain
--
Hello,

No thank you, we will do it ourselves in the client account. Thanks for the explanation.

Greetings,
Annelies
secretariaat Vliegclub Hoogeveen

@@ jen27 | reply: question | from: Ulrike Haas <kassenwart@fsv-kirchheim.de> | ref: OF-2026-6127 | ours: pool | style: plain | figs: h=3,b=6
--
Hello,

which development is it exactly? Your mail does not say. We cannot decide to give 3 hours without knowing what we pay for.

Best regards
Ulrike Haas

@@ jen28 | reply: confirm | from: Rebecca Zammit <secretary@luqaflyingclub.com.mt> | ref: OF-2026-6128 | ours: estimate | style: apple | qpos: above
--
Ok go ahead 👍

Sent from my iPhone

@@ jen29 | reply: refuse | from: Declan Brennan <declan.brennan@eircom.net> | ref: OF-2026-6129 | ours: setup | style: plain
--
Hi,

We'll pass on the set-up package, thanks. Myself and the CFI will sort the rates and the aircraft out between us over the winter.

Declan Brennan
Kilkenny Flying Club
087 224 9013

@@ jen30 | reply: confirm | from: kansli@orebroflygklubb.se | ref: OF-2026-6130 | ours: migterms | style: gmail | nothread: 1 | figs: nbd=15,nbm=1
--
Hello,

We agree to the terms. 15 January is good for us, the club is closed over christmas anyway.

Regards
Karin, Örebro Flygklubb

@@ jen31 | reply: question | from: Colin Ashworth <colin.ashworth@btinternet.com> | ref: OF-2026-6131 | ours: alpha | style: plain
--
Hello,

Does "no way back" mean we can't return to 3.6 at all, even if the alpha breaks the launch log in the middle of the season? If so I'll need to put it to the committee first.

Colin

@@ jen32 | reply: confirm | from: Esbjerg Flyveklub <bestyrelse@esbjergflyveklub.dk> | ref: OF-2026-6132 | ours: reset | style: plain
--
Hello,

Yes please do it for us. We accept the fee of 30 EUR.

Best regards
Mette Kjærgaard

@@ jen33 | reply: refuse | from: Maria Borg <treasurer@luqaflyingclub.com.mt> | ref: OF-2026-6133 | ours: devest | style: outlook | qpos: above
--
Dear Sirs,

Thank you for your quotation, which was tabled at our committee meeting on Tuesday.

After discussion, we regret that we are unable to accept it at this time, as the club's funds for the coming months are committed to the engine overhaul of 9H-ABZ. We may revisit the matter next year.

Yours faithfully,

Maria Borg
Hon. Treasurer
Luqa Flying Club
Malta International Airport, Luqa LQA 4000
Tel +356 2124 6617

@@ jen34 | reply: confirm | from: Fiona McLaren <fiona.mclaren@sconeflight.co.uk> | ref: OF-2026-6134 | ours: testplat | style: outlook
--
Yes please - ideally before our instructor standardisation day on the 28th.

Fiona

@@ jen35 | reply: question | from: Joseph Camilleri <joseph.camilleri@maltanet.net> | ref: OF-2026-6135 | ours: overrun | style: android | figs: d=5,b=2
--
Hi, can we pay the 180 EUR together with the renewal invoice instead of separately? If yes then fine.
Joseph

Sent from my Samsung Galaxy smartphone.

@@ jen36 | reply: confirm | from: Peter Dunn <secretary@tibenhamgliding.org.uk> | ref: OF-2026-6136 | ours: migfee | style: outlook
--
Hi,

Yes, we'd like to go ahead with the migration to version 4 and we accept the EUR 50 + VAT fee. We'll pay on receipt of the invoice.

Cheers,

Peter Dunn
Hon. Secretary, Tibenham Gliding Club
Tibenham Airfield, Norwich NR16 1NT
01379 677 207

@@ jen37 | reply: refuse | from: Dieter Schwenk <d.schwenk@web.de> | ref: OF-2026-6137 | ours: estimate | style: plain
--
Hello,

please do not schedule this work. In the meantime we have found another solution, one of our members has written an Excel macro for it.

Best regards
Dieter Schwenk

@@ jen38 | reply: question | from: Flugschule Wiener Neustadt <office@flugschule-wrn.at> | ref: OF-2026-6138 | ours: setup | style: outlook | figs: p=300
--
Hello,

Is the set-up package not included in the Corporate subscription? We understood from our contract that it was. Please check this before we decide.

Best regards
Office
Flugschule Wiener Neustadt GmbH

@@ jen39 | reply: confirm | from: Esbjerg Flyveklub <bestyrelse@esbjergflyveklub.dk> | ref: OF-2026-6139 | ours: alpha | style: plain | noquote: 1
--
Hi,

We accept. We know alpha can have bugs and we will not complain :)

Mette

@@ jen40 | reply: refuse | from: Fiona McLaren <fiona.mclaren@sconeflight.co.uk> | ref: OF-2026-6140 | ours: pool | style: outlook
--
Hi,

Thanks for thinking of us, but we'll sit this one out - it's really a gliding club feature and we've no gliders on the fleet.

Fiona

@@ jen41 | reply: question | from: Rebecca Zammit <secretary@luqaflyingclub.com.mt> | ref: OF-2026-6141 | ours: migterms | style: outlook | figs: nbd=1,nbm=3
--
Hello,

We asked for not before 1 March, that is fine, but what will happen with the bookings already made for March and April? Will they be moved to the new version automatically? We don't want to lose them.

Regards,
Rebecca Zammit
Secretary, Luqa Flying Club

@@ jen42 | reply: confirm | from: Aoife Gallagher <aoife.gallagher@yahoo.ie> | ref: OF-2026-6142 | ours: email | style: android
--
Yes please do, and thanks. The new one is strandhillfc.committee@gmail.com
Aoife

Sent from Yahoo Mail for Android

@@ jen43 | reply: refuse | from: Brendan O'Shea <treasurer@kilkennyflyingclub.ie> | ref: OF-2026-6143 | ours: overrun | style: gmail | figs: d=7,b=2
--
Hello,

We don't want to pay extra for this. Please hold off until January when the hours reset.

Brendan O'Shea
Treasurer

@@ jen44 | reply: question | from: Fiona McLaren <ops@sconeflight.co.uk> | ref: OF-2026-6144 | ours: estimate | style: outlook | figs: h=2,b=14
--
Hi,

Before I say yes - do the 2 h include testing on our side, or just the development? Last time we had to report the same issue twice and I'd like to be sure the hours aren't eaten up by back and forth.

Fiona

@@ jen45 | reply: question | from: Ulrike Haas <kassenwart@fsv-kirchheim.de> | ref: OF-2026-6145 | ours: estimate | style: plain | figs: h=3,b=7
--
Hello,

I am the treasurer. 3 hours are okay only if it is really the last work this year, because we need the other 4 hours for the support with the annual accounts in December. Can you guarantee this?

Ulrike Haas

@@ jen46 | reply: question | from: Tibenham Gliding Club <tibenhamgliding@gmail.com> | ref: OF-2026-6146 | ours: reset | style: gmail
--
Hi,

Not sure which password you mean. Is this the one for logging in to openflyers.com/tibenham-gliding to book the gliders? Because that works fine for me. It's our treasurer who can't get into the invoices.

Rob (duty instructor)

@@ jen47 | reply: confirm | from: Joseph Camilleri <joseph.camilleri@maltanet.net> | ref: OF-2026-6147 | ours: setup | style: html | qpos: above | figs: p=240
--
Hello,

Yes we will take the set-up package at 240 EUR. Please send the questionnaire to secretary@luqaflyingclub.com.mt

Thanks
Joseph

@@ jen48 | reply: refuse | from: Aoife Gallagher <aoife.gallagher@yahoo.ie> | ref: OF-2026-6148 | ours: migfee | style: apple
--
No thanks, not this year.

Aoife

Sent from my iPhone

@@ jen49 | reply: confirm | from: Thomas Gruber <t.gruber@flugschule-wrn.at> | ref: OF-2026-6149 | ours: overrun | style: outlook | figs: d=10,b=6
--
Hello,

nothing against it from our side, you can invoice the 4 hours. Please go ahead with the work.

Best regards
Thomas Gruber

@@ jen50 | reply: question | from: Declan Brennan <declan.brennan@eircom.net> | ref: OF-2026-6150 | ours: devest | style: plain | figs: d=8,h=3
--
Hi,

Would ye do it for the 3 bonus hours only and leave out the export to the accounts package? That's the bit we could live without. 5 hours invoiced on top is a hard sell at the committee.

Declan

@@ jen51 | reply: confirm | from: Fiona McLaren <ops@sconeflight.co.uk> | ref: OF-2026-6151 | ours: devest | style: outlook | noquote: 1
--
Quote accepted, please proceed. The PO will follow from our accounts team.

Fiona McLaren
Operations Manager, Scone Flight Training

@@ jen52 | reply: question | from: FSV Kirchheim Vorstand <vorstand@fsv-kirchheim.de> | ref: OF-2026-6152 | ours: testplat | style: plain
--
Hello,

Can the test platform have another name, for example fsv-kirchheim-schulung? We want to use it to train the new members in the winter and the name should be clear for them.

Markus Eberle

@@ jen53 | reply: question | from: Anders Lindqvist <anders.lindqvist@telia.com> | ref: OF-2026-6153 | ours: alpha | style: gmail
--
Hi,

How often does the alpha change, every day? We would need to inform the members before each change, otherwise they will call me every time a button moved.

Anders

@@ jen54 | reply: confirm | from: Mette Kjærgaard <mette.kjaergaard@mail.dk> | ref: OF-2026-6154 | ours: migterms | style: plain
--
Fine by us.

Mette

@@ jen55 | reply: question | from: secretariaat@vliegclubhoogeveen.nl | ref: OF-2026-6155 | ours: migterms | style: plain | qpos: above | figs: nbd=1,nbm=4
--
Hello,

We agree, but only if the migration is not in the week of 12 April, we have our open day then and many bookings. Is that possible?

Greetings,
Annelies

@@ jen56 | reply: question | from: Brendan O'Shea <treasurer@kilkennyflyingclub.ie> | ref: OF-2026-6156 | ours: pool | style: plain | figs: h=2,b=4
--
Hello,

Which club asked for it? If it's the tow billing one we might be interested, but 2 hours is too much for us, one hour maybe.

Brendan

@@ jen57 | reply: question | from: Esbjerg Flyveklub <bestyrelse@esbjergflyveklub.dk> | ref: OF-2026-6157 | ours: setup | style: alt
--
Hi,

What does the questionnaire contain? We only have 3 aircraft so maybe it is simpler that we do it ourselves. How long does it normally take

Best regards
Mette Kjærgaard

@@ jen58 | reply: refuse | from: Colin Ashworth <colin.ashworth@btinternet.com> | ref: OF-2026-6158 | ours: email | style: plain | nothread: 1
--
Hi,

No need, I've just done it myself under My details - was easier than I thought.

Cheers,
Colin

@@ jen59 | reply: confirm | from: Aoife Gallagher <aoife.gallagher@yahoo.ie> | ref: OF-2026-6159 | ours: reset | style: plain
--
Go on then, do it for us. I've tried that link a dozen times and nothing arrives.

Aoife

@@ jen60 | reply: refuse | from: Henk Bosma <h.bosma@kpnmail.nl> | ref: OF-2026-6160 | ours: reset | style: plain
--
Hello,

Never mind, the mail finally came through this morning. No need to do anything.

Henk
"""
