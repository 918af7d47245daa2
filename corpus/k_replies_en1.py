"""Set k, English replies to our messages (confirm, refuse, question), first batch.

Clients of ``k_clients_en``. Many replies explain the club's situation around the decision: a yes
with its reason, a yes that restates our terms, a no wrapped in kind words, a question buried in a
long mail, the decision in the last line, conditional answers, a yes with an unrelated second
request, and answers from people who cannot decide.
"""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ ken001 | reply: confirm | from: Sigríður Jónsdóttir <siggajons@simnet.is> | ref: OF-2026-7201 | ours: estimate | style: gmail | figs: h=2,b=4
--
Hi,

Yes, please go ahead with the 2 hours. We have no other plans for the credit before the year ends and I would hate to see it disappear in December, so this is a good use of it.

Kær kveðja / best regards
Sigríður Jónsdóttir
Flugklúbbur Reykjavíkur

@@ ken002 | reply: confirm | from: Caroline Hughes <treasurer@dunstablesoaring.org.uk> | ref: OF-2026-7202 | ours: reset | style: outlook
--
Good morning,

Yes please, do the reset for us and send the invoice.

I did try the "Forgotten password" link three times, but the link goes to the address of our old treasurer. Brian stepped down at the AGM in March and, between you and me, never read that mailbox even when he was in post. Thirty euros is a good deal less than the evenings I've already lost on this.

Many thanks,
Caroline Hughes
Treasurer, Dunstable Downs Soaring Club
01582 000 000 (evenings only please)

@@ ken003 | reply: refuse | from: Pieter van Dijk <p.vandijk@kpnmail.nl> | ref: OF-2026-7203 | ours: devest | style: plain | figs: d=12,h=5
--
Dear support,

Thank you for the quote, it is very clear, and we still think the fuel uplift report is a good idea. But 7 hours extra at 60 euro is 420 euro, and our board has closed the budget for 2026 already in September. So we don't accept the quote for now. Maybe we try again next year together with some other clubs from the forum.

Met vriendelijke groet,
Pieter van Dijk
Vliegclub Lelystad

@@ ken004 | reply: confirm | from: Rüdiger Kallenbach <r.kallenbach@web.de> | ref: OF-2026-7204 | ours: migterms | style: plain | figs: nbd=15,nbm=3
--
Hello,

Not before 15 March and no way back to 3.5 afterwards, understood. Also that you cannot give us the exact day. That is fine, please go ahead under these terms.

The timing suits us anyway, our winter maintenance on the Remo tug is finished at the beginning of March.

Best regards
Rüdiger Kallenbach
1. Vorsitzender, Luftsportverein Koblenz e.V.

@@ ken005 | reply: question | from: Jukka Heinonen <jukka.heinonen@elisanet.fi> | ref: OF-2026-7205 | ours: pool | style: plain | figs: h=2,b=8
--
Hello,

We are interested, the instructor availability calendar is on our wish list since long time. Before we say yes, which organisation asked for it and when would it be ready? If it comes after the summer season it does not help us in 2027.

And is 2 hours our final share, or can it grow if one of the other clubs drops out?

Best regards,
Jukka Heinonen
Tampereen Ilmailukerho ry

@@ ken006 | reply: question | from: Clodagh Ryan <birraeroclub@gmail.com> | ref: OF-2026-7206 | ours: email | style: gmail | note: accepts the e-mail change but adds an unrelated support problem (double aircraft on the booking screen)
--
Hi there,

Grand, go ahead and change it to the one Fergal sent you last week, the 30 euro is fine.

While I have you - since Tuesday the booking page is showing our Cessna twice, once as "C152" and once as "EI-BVK", and members are booking both so we had two people turn up for the same slot on Saturday. Could someone have a look at that? It's doing our heads in.

Thanks a million,
Clodagh
(secretary, Birr Aero Club)

@@ ken007 | reply: confirm | from: Ingrid Tveit <ingrid.tveit@sandnesflyskole.no> | ref: OF-2026-7207 | ours: overrun | style: outlook | figs: d=6,b=2
--
Hi,

OK for us. 4 hours invoiced, 240 EUR, is fine - we need the export for Luftfartstilsynet before new year in any case and there is no other way to get it.

Please send the invoice to regnskap@sandnesflyskole.no as usual.

Best regards
Ingrid Tveit
Daglig leder | Sandnes Flyskole AS
+47 51 00 00 00

@@ ken008 | reply: refuse | from: Wolfgang Strohmaier <w.strohmaier@aon.at> | ref: OF-2026-7208 | ours: testplat | style: android
--
Servus,

thank you for the offer, very kind. But we will create the test platform ourselves in the client account, our young IT guy Lukas is already looking forward to click the button. So no need, keep the half hour for us.

LG Wolfgang

Sent from my Galaxy

@@ ken009 | reply: question | from: Kristjan Tamm <kristjan.tamm@gmail.com> | ref: OF-2026-7209 | ours: alpha | style: gmail
--
Hello,

Thanks for warning us. One thing is not clear to me: if we find a bad bug on the alpha in the busy weeks of May, can you switch us back to 3.6 for some days? I understand you write "no way back" but maybe for a short time only? Our instructors are not very patient with menus that move.

Kristjan

@@ ken010 | reply: confirm | from: Reuben Zammit-Borg <reuben.zammitborg@gozoheli.com.mt> | ref: OF-2026-7210 | ours: setup | style: outlook | figs: p=300
--
Dear Sir/Madam,

We confirm we will take the set-up package at 300 EUR excl. VAT.

Our rates for the R44 and the new Cabri are a bit complicated (different prices for training, hour building and scenic flights, plus a fuel surcharge in summer), so we prefer your team does it rather than us making mistakes in the middle of the season.

Please send the questionnaire to ops@gozoheli.com.mt and I will fill it in with our head of training.

Kind regards,
Reuben Zammit-Borg
Accountable Manager
Gozo Helicopter Academy Ltd
Tel +356 2155 0000

@@ ken011 | reply: refuse | from: limassolaeroclub@cytanet.com.cy | ref: OF-2026-7211 | ours: migfee | style: plain
--
Dear Support,

Thank you for explaining. The new version is tempting and 50 euro is not much money, but our two aircraft are mostly in the hangar until spring and the committee prefers to keep everything as it is. We stay on 3.5.

Stelios Charalambous
Limassol Aero Club

@@ ken012 | reply: question | from: Morag Drummond <morag.drummond@taysideflight.co.uk> | ref: OF-2026-7212 | ours: estimate | style: apple | figs: h=3,b=7
--
Hi,

If you can get it done before our season starts at Easter, then yes, use the 3 hours. If not I'd rather you didn't - there's no sense changing the sign-out sheet in the middle of the summer rush.

Let me know.

Morag

Sent from my iPhone

@@ ken013 | reply: refuse | from: Göran Ekholm <goran.ekholm@telia.com> | ref: OF-2026-7213 | ours: overrun | style: plain | figs: d=7,b=3
--
Hi,

Thanks but no. 4 hours on top is more than we wanted to spend on the logbook export. We will wait for January when the new bonus hours come and ask again then.

Best regards
Göran Ekholm
Västerås Flygklubb

@@ ken014 | reply: question | from: Hanne Lund <kontakt@aalborgflyveklub.dk> | ref: OF-2026-7214 | ours: reset | style: plain | note: office volunteer, not the decision-maker; passes it on
--
Hello,

I only help in the office on Thursdays, I don't know the password and I can not say yes to pay anything. I have printed your mail and put it in Birthe's tray, she is the one who decides. She is on holiday until the 20th.

Med venlig hilsen
Hanne Lund
Aalborg Flyveklub

@@ ken015 | reply: confirm | from: Katrin Ohlsen <k.ohlsen@flugschule-bremen.de> | ref: OF-2026-7215 | ours: devest | style: outlook | figs: d=14,h=10
--
Dear OpenFlyers team,

we accept the quote. 10 hours from our bonus and 4 hours invoiced is within what our management approved for the training records module. If another school joins later, fine, but we do not want to wait for that - the auditors come in spring.

Please schedule it.

Mit freundlichen Grüßen / Best regards
Katrin Ohlsen
Flugschule Bremen GmbH
Tel. +49 421 000 000

@@ ken016 | reply: question | from: Urs Bachmann <urs.bachmann@bluewin.ch> | ref: OF-2026-7216 | ours: migterms | style: plain | figs: nbd=1,nbm=2
--
Grüezi,

about the date: 1 February is too early for us. The winter theory course with the new students runs until end of March and we do not want any change in the booking during that time. Can you put the not-before date to 1 April instead? The rest is clear.

Freundliche Grüsse
Urs Bachmann
Segelfluggruppe Luzern

@@ ken017 | reply: confirm | from: Sabine Gruber <office@fliegerclub-graz.at> | ref: OF-2026-7217 | ours: estimate | style: plain | qpos: above | figs: h=1,b=5
--
OK from our side. The board already decided at the last meeting that we spend the hours on the new invoice layout, so you can plan it.

Regards
Sabine Gruber
Schriftführerin, Fliegerclub Graz

@@ ken018 | reply: confirm | from: sekretariat@sg-luzern.ch | ref: OF-2026-7218 | ours: email | style: plain
--
Hallo,

yes please change it, thank you. The address on the record is still the one of Hansruedi, who died in August, and nobody has his password, so we can not do it ourselves in "My details". The 30 euro are ok. The new address is this one, sekretariat@sg-luzern.ch.

Urs Bachmann, Präsident

@@ ken019 | reply: confirm | from: Einar Magnússon <gjaldkeri@flugrvk.is> | ref: OF-2026-7219 | ours: pool | style: gmail | figs: h=2,b=3
--
Hello,

Yes, we join with 2 hours. One hour left for the rest of the year is enough, we don't expect to need much help before Christmas. Nice to see other clubs want the weather briefing link too.

Regards,
Einar Magnússon
Treasurer, Flugklúbbur Reykjavíkur

@@ ken020 | reply: confirm | from: Geoffrey Stanbridge <g.stanbridge@btinternet.com> | ref: OF-2026-7220 | ours: migfee | style: apple | noquote: 1
--
Fine. Fifty euros, invoice to the club, and we know it's one-way. Go ahead.

Geoff

Sent from my iPad

@@ ken021 | reply: question | from: toimisto@tampereenilmailukerho.fi | ref: OF-2026-7221 | ours: testplat | style: outlook
--
Hello,

Good offer. But what exactly will be on the test platform, our real member data or demo data? We have strict GDPR rules in the club and the board wants to know who can see the data before we decide.

Best regards
Jukka Heinonen
Tampereen Ilmailukerho ry

@@ ken022 | reply: refuse | from: Rüdiger Kallenbach <r.kallenbach@web.de> | ref: OF-2026-7222 | ours: setup | style: plain | figs: p=240
--
Hallo,

danke for the offer. We have two members who did the whole configuration of 3.5 themselves back in 2019 and they want to do it again for the new version, they know our rates better than anyone. So no set-up package for us, the 240 euro we rather put in the fuel tank.

Best regards
Rüdiger Kallenbach

@@ ken023 | reply: confirm | from: Göran Ekholm <goran.ekholm@telia.com> | ref: OF-2026-7223 | ours: alpha | style: gmail
--
Hi,

We understand: 4.0alpha can change any day, some things will be half done, and we cannot go back to 3.6. That is actually why we want it - our young members like to try new things and they promised to report every bug they find. We accept.

Göran

@@ ken024 | reply: refuse | from: Reuben Zammit-Borg <reuben.zammitborg@gozoheli.com.mt> | ref: OF-2026-7224 | ours: estimate | style: outlook | figs: h=3,b=4
--
Hi,

Thanks for the quick estimate, good to know it can be done. However we've decided to keep the paper tech log for the rest of the year - our CAMO wants to review the whole process in January before anything changes. Please cancel the request for now.

Regards,
Reuben

@@ ken025 | reply: question | from: Pieter van Dijk <p.vandijk@kpnmail.nl> | ref: OF-2026-7225 | ours: overrun | style: plain | figs: d=5,b=1
--
Hello,

Is it possible to split this in two parts? The fuel report part now with our last hour, and the rest in January from the new 2027 hours? Then nothing has to be invoiced.

Pieter

@@ ken026 | reply: question | from: Morag Drummond <morag.drummond@taysideflight.co.uk> | ref: OF-2026-7226 | ours: devest | style: outlook | figs: d=16,h=7 | note: long mail; the question about what the invoiced hours cover is in the middle, and the decision is deferred to the directors
--
Hello,

Thanks for the quote, and apologies in advance, this will be a long one.

Some background: the CAA changed the format of the training records for ATOs twice in the last two years, and each time we ended up retyping a term's worth of student files by hand. The export you've quoted would save our two instructors a good week every spring, so I'm very keen, and I think the directors will be too. We've also had a chat with the flying school at Cumbernauld, who might be interested in chipping in, though nothing firm yet.

What I need to know before I put it to them: do the 9 hours you'd invoice include the testing on our side and any corrections after delivery, or would there be more hours if the CAA moves the goalposts again next year? The directors will ask me exactly that.

They meet on Tuesday; I'll come back to you after that.

Best wishes,
Morag Drummond
Head of Training, Tayside Flight Academy Ltd
01382 000 000

@@ ken027 | reply: confirm | from: Stelios Charalambous <s.charalambous@cytanet.com.cy> | ref: OF-2026-7227 | ours: reset | style: plain
--
Yes please do it. The forgotten password mail never arrives, I think cytanet blocks it, I tried three times and checked the spam also. Charge the 30 euro, no problem.

Stelios

@@ ken028 | reply: confirm | from: Sigríður Jónsdóttir <siggajons@simnet.is> | ref: OF-2026-7228 | ours: migterms | style: gmail | qpos: above | figs: nbd=1,nbm=5
--
All clear and agreed. Not before 1 May suits us well because the flying season here only really starts late in May, and that you can't promise the exact day is no problem. We know there is no going back.

Best,
Sigríður

@@ ken029 | reply: refuse | from: Birthe Søndergaard <birthe.sondergaard@mail.dk> | ref: OF-2026-7229 | ours: email | style: plain
--
Hi,

no thanks, we will not pay 30 euro for this. I have found the "My details" page now, I change the address myself tonight. Sorry for the trouble.

Birthe

@@ ken030 | reply: refuse | from: Kristjan Tamm <kristjan.tamm@gmail.com> | ref: OF-2026-7230 | ours: pool | style: gmail | figs: h=2,b=3
--
Hello,

The maintenance reminders are a nice idea and we would like to have them some day. But we are a small club and we need our last hours for the help with the renewal in December. So this time we do not participate. Good luck with the other clubs!

Kristjan Tamm
Tartu Lennuklubi

@@ ken031 | reply: confirm | from: Ingrid Tveit <ingrid.tveit@sandnesflyskole.no> | ref: OF-2026-7231 | ours: estimate | style: apple
--
Yes go ahead.
/Ingrid

Sendt fra min iPhone

@@ ken032 | reply: question | from: Fergal Nolan <fergal.nolan@eircom.net> | ref: OF-2026-7232 | ours: migfee | style: plain
--
Hello,

We'd go ahead but two things first:
1) can the invoice be made out to the club and not to me personally? The last one had my name on it and the bank made a mess of it.
2) will the members need new passwords after the migration?

Thanks
Fergal

@@ ken033 | reply: confirm | from: Katrin Ohlsen <k.ohlsen@flugschule-bremen.de> | ref: OF-2026-7233 | ours: testplat | style: outlook
--
Hello,

yes, please set it up for us and take the 0.5 h. We want to train two new dispatchers on it next week without touching the live bookings, and to be honest nobody here has time to click through the client account at the moment.

Regards,
Katrin Ohlsen

@@ ken034 | reply: refuse | from: Geoffrey Stanbridge <g.stanbridge@btinternet.com> | ref: OF-2026-7234 | ours: alpha | style: plain
--
Dear Sir or Madam,

Having read your warning about menus moving and there being no way back, I'm afraid the committee's answer is no. A good half of our members are retired gentlemen who still struggle with the present layout; an alpha version would cause a revolt in the clubhouse. We shall wait for the stable release.

Thank you for being so clear about it.

Yours faithfully,
Geoffrey Stanbridge
Chairman, Dunstable Downs Soaring Club

@@ ken035 | reply: question | from: Jukka Heinonen <jukka.heinonen@elisanet.fi> | ref: OF-2026-7235 | ours: setup | style: plain | figs: p=420
--
Hello,

420 EUR seems high to us. Is the set-up not included in the Première subscription? I understood when we signed that it is part of it.

Jukka

@@ ken036 | reply: confirm | from: Michael Schuster <kasse@lsv-koblenz.de> | ref: OF-2026-7236 | ours: overrun | style: outlook | nothread: 1 | figs: d=4,b=1
--
Hello,

3 hours invoiced, so 180 euro, that is ok for us. I talked to Rüdiger yesterday and we are both happy that the SEPA export will finally work for the annual fees. Please start.

Best regards
Michael Schuster
Kassenwart, LSV Koblenz e.V.

@@ ken037 | reply: question | from: Esther Bakker <secretaris@vliegclublelystad.nl> | ref: OF-2026-7237 | ours: estimate | style: gmail | figs: h=2,b=5 | note: the question (old invoices changed or not) is buried in the middle; Pieter's earlier OK up to 2 h is reported second-hand
--
Hello OpenFlyers,

Thank you for the estimate. A bit of background first: we changed almost the whole board at our ALV in October, I am the new secretary and I am still finding my way in all the systems. Pieter van Dijk stays responsible for the platform but he is abroad for his work until the middle of December.

From his notes I understand he asked you to change the layout of the monthly member invoice so that landing fees are on a separate line. That would really help our treasurer, who now splits them by hand every month. does it also change the invoices we already sent, or only the new ones? some members already complain that their old invoices look different every time they open them.

Pieter told me before leaving that anything up to 2 hours is fine for him.

Groeten,
Esther Bakker
secretaris Vliegclub Lelystad

@@ ken038 | reply: refuse | from: Wolfgang Strohmaier <w.strohmaier@aon.at> | ref: OF-2026-7238 | ours: devest | style: plain | figs: d=10,h=4
--
Dear team,

Many thanks for the careful quote - it is a great feature and we would love to have it one day. But 6 hours invoiced is 360 euro, and our general assembly approved the 2026 budget without it. We can't spend it now. Maybe another club pays for it and then we all profit, as you say.

LG
Wolfgang Strohmaier
Obmann, Fliegerclub Graz

@@ ken039 | reply: refuse | from: Urs Bachmann <urs.bachmann@bluewin.ch> | ref: OF-2026-7239 | ours: reset | style: android
--
Guten Tag,

no need, thank you. Our secretary found the old password in the club safe, written on a card (I know, I know). We are in again.

Urs

Sent from my Galaxy

@@ ken040 | reply: refuse | from: limassolaeroclub@cytanet.com.cy | ref: OF-2026-7240 | ours: migterms | style: plain
--
Hello,

We read the terms again with the committee on Sunday. Because the migration cannot be undone and you cannot tell us the date, we prefer to cancel the migration request. Maybe next year, when we have a new computer in the clubhouse.

Regards,
Stelios
Limassol Aero Club

@@ ken041 | reply: question | from: Göran Ekholm <goran.ekholm@telia.com> | ref: OF-2026-7241 | ours: pool | style: gmail | figs: h=1,b=2
--
Hi,

1 hour is fine in principle. But our treasurer asks: if the other clubs don't pay their part, is the rest invoiced to us? Then we need to know the maximum before we say yes

Göran

@@ ken042 | reply: confirm | from: Geoffrey Stanbridge <g.stanbridge@btinternet.com> | ref: OF-2026-7242 | ours: email | style: plain
--
Yes, please make the change. It will be quicker than me trying to remember which of my four e-mail accounts that old login is tied to. Send the invoice to the treasurer as usual.

Cheers,
Geoff

@@ ken043 | reply: confirm | from: Kristjan Tamm <kristjan.tamm@gmail.com> | ref: OF-2026-7243 | ours: estimate | style: gmail | qpos: above | figs: h=1,b=3
--
Hello!

Yes, we agree with 1 hour. Please do it when it suits you, there is no hurry before the new year.

Thank you,
Kristjan

@@ ken044 | reply: confirm | from: Morag Drummond <morag.drummond@taysideflight.co.uk> | ref: OF-2026-7244 | ours: testplat | style: outlook
--
Please go ahead, that's very helpful. We're thinking about the move to 4 next year and I want the instructors to have a play on a copy before anyone decides anything. Half an hour well spent.

Morag Drummond
Head of Training

@@ ken045 | reply: question | from: buchhaltung@flugschule-bremen.de | ref: OF-2026-7245 | ours: overrun | style: outlook | figs: d=24,b=15
--
Good afternoon,

before we can approve the 540 EUR our controlling needs a formal quote document with our purchase order number on it, an e-mail is not accepted internally. Could you send it as a PDF? The PO number follows as soon as we have it.

Kind regards
Anja Meyer
Buchhaltung
Flugschule Bremen GmbH

@@ ken046 | reply: confirm | from: Birthe Søndergaard <birthe.sondergaard@mail.dk> | ref: OF-2026-7246 | ours: migfee | style: plain
--
Hello,

yes we want the migration. We took First Price to keep the cost low but 50 euro one time is ok for the new features. I understand it can not be undone after.

Birthe Søndergaard
formand, Aalborg Flyveklub

@@ ken047 | reply: question | from: Wolfgang Strohmaier <w.strohmaier@aon.at> | ref: OF-2026-7247 | ours: alpha | style: plain
--
Hi,

does "no way back" also mean no way to the stable 4 when it comes out? Or do we get the stable version later automatically? Before this is clear I can not say yes to the board.

Wolfgang

@@ ken048 | reply: confirm | from: Ingrid Tveit <ingrid.tveit@sandnesflyskole.no> | ref: OF-2026-7248 | ours: setup | style: outlook | figs: p=360
--
Hello,

we take the set-up package. We are opening a second base in Haugesund in February and we don't want to build all the rate tables twice by hand. The 360 EUR is approved.

Best regards
Ingrid Tveit
Sandnes Flyskole AS

@@ ken049 | reply: confirm | from: Jukka Heinonen <jukka.heinonen@elisanet.fi> | ref: OF-2026-7249 | ours: devest | style: plain | figs: d=9,h=6 | note: the decision is in the last sentence after the context
--
Hello,

the board discussed your quote on Tuesday evening. There was a long debate, mostly because two members think we should first finish the new hangar doors before spending anything on software. In the end the instructors explained how many times a student was scheduled with an expired medical this year, and that was the argument that counted. The automatic medical expiry reminder is something they wanted since 2019.

So: 6 hours from our bonus and 3 hours invoiced, we accept the quote.

Jukka Heinonen
puheenjohtaja, Tampereen Ilmailukerho ry

@@ ken050 | reply: refuse | from: vorstand@lsv-koblenz.de | ref: OF-2026-7250 | ours: estimate | style: plain | figs: h=2,b=3
--
Hello,

sorry for the late answer. We talked about it in the Vorstand meeting and decided to leave the member page as it is until after the migration to version 4. So please do not plan the 2 hours.

Rüdiger Kallenbach

@@ ken051 | reply: question | from: birraeroclub@gmail.com | ref: OF-2026-7251 | ours: reset | style: gmail
--
Hi,

what is the "platform name" exactly? Is it birr-aeroclub or Birr Aero Club? I tried both and the page says it sent a mail but nothing arrives.

And if you do it by hand is it really 30 euro, we're a tiny club with three aircraft

Fergal

@@ ken052 | reply: confirm | from: Jukka Heinonen <jukka.heinonen@elisanet.fi> | ref: OF-2026-7252 | ours: migterms | style: plain | qpos: above | figs: nbd=20,nbm=4
--
Agreed. Not before 20 April 2027, no fixed date, and it is final - we understand all three. Our 2026 invoice was paid in February.

Jukka

@@ ken053 | reply: confirm | from: Reuben Zammit-Borg <reuben.zammitborg@gozoheli.com.mt> | ref: OF-2026-7253 | ours: pool | style: outlook | figs: h=2,b=4
--
Hello,

We're in, take the 2 hours. Online booking of the theory exam slots is exactly what we need, and good to hear other schools want it too.

Reuben

@@ ken054 | reply: question | from: limassolaeroclub@cytanet.com.cy | ref: OF-2026-7254 | ours: email | style: plain
--
Hello,

which address do you have now on the record? I don't remember what we gave you in 2019. If it is the old one of our ex-president then yes change it, if it is already limassolaeroclub@cytanet.com.cy then there is nothing to do, no

Stelios

@@ ken055 | reply: refuse | from: Sigríður Jónsdóttir <siggajons@simnet.is> | ref: OF-2026-7255 | ours: overrun | style: gmail | figs: d=5,b=1
--
Hello,

We have to say no to the extra hours. The club runs on volunteer money and 240 EUR for the report is not in this year's plan. We will keep making it by hand in Excel like before, it is not so bad.

Takk fyrir,
Sigríður

@@ ken056 | reply: question | from: Katrin Ohlsen <k.ohlsen@flugschule-bremen.de> | ref: OF-2026-7256 | ours: estimate | style: outlook | figs: h=4,b=12
--
Hello,

4 hours seems a lot for adding one field to the booking form. Can you explain what is included? We would have expected 1 hour, maybe 2.

Katrin Ohlsen

@@ ken057 | reply: question | from: ops@gozoheli.com.mt | ref: OF-2026-7257 | ours: testplat | style: outlook
--
Hi,

if we create it ourselves from the client account, is it free then? Your mail reads as if it only costs the 0.5 h when you do it. And where is the button exactly, I looked under Subscriptions and couldn't find anything.

Thanks,
Daniela Vella
Operations, Gozo Helicopter Academy

@@ ken058 | reply: question | from: Göran Ekholm <goran.ekholm@telia.com> | ref: OF-2026-7258 | ours: devest | style: gmail | figs: d=8,h=3 | note: conditional on another club sharing the cost
--
Hello,

we like the quote. We think Karlstads Flygklubb may want the same thing, they asked about it on the forum in the summer. Can you wait two weeks so we can ask them to share the cost? If they join, then yes from us.

Göran Ekholm
Västerås Flygklubb

@@ ken059 | reply: refuse | from: sekretariat@sg-luzern.ch | ref: OF-2026-7259 | ours: migfee | style: html
--
No, thank you. After the Vorstandssitzung last week we stay on 3.6 for now. The members are happy with it and the money goes into the new winch cable.

Urs Bachmann

@@ ken060 | reply: confirm | from: Pieter van Dijk <p.vandijk@kpnmail.nl> | ref: OF-2026-7260 | ours: alpha | style: plain
--
Hi,

yes we accept. Our member Joost is a software tester in daily life and he volunteered to send you everything strange he finds. We know menus will move, features can be unfinished and there is no return to 3.5.

Pieter

@@ ken061 | reply: confirm | from: kassor@vasterasflygklubb.se | ref: OF-2026-7261 | ours: estimate | style: plain | qpos: above | figs: h=2,b=5
--
Hej,

sounds good, 2 h is ok. I have been waiting for this change to the member invoices since the summer, so the sooner the better. Go ahead.

Lena Holm
kassör, Västerås Flygklubb

@@ ken062 | reply: refuse | from: Stelios Charalambous <s.charalambous@cytanet.com.cy> | ref: OF-2026-7262 | ours: setup | style: plain | figs: p=180
--
Thanks but we don't need it. We have only two aircraft and simple prices, I can set it up myself in one afternoon with a coffee.

Stelios

@@ ken063 | reply: confirm | from: kontakt@aalborgflyveklub.dk | ref: OF-2026-7263 | ours: reset | style: plain
--
Ja tak - yes please. I tried the forgotten password link many times but I think our login was changed years ago when the club had another name, so the link doesn't know us. Just do it, 30 euro is ok.

Birthe

@@ ken064 | reply: question | from: Caroline Hughes <treasurer@dunstablesoaring.org.uk> | ref: OF-2026-7264 | ours: migterms | style: outlook | figs: nbd=1,nbm=3
--
Hello,

Before I agree: will the 50 euro migration fee be invoiced now or after 1 March? Our financial year closes on 31 December and I'd much rather it fell into next year's accounts. Everything else in your terms is fine by us.

Caroline Hughes
Treasurer, Dunstable Downs Soaring Club

@@ ken065 | reply: confirm | from: Wolfgang Strohmaier <w.strohmaier@aon.at> | ref: OF-2026-7265 | ours: overrun | style: android | figs: d=4,b=2
--
Yes ok. 2 hours extra, 120 Euro, please invoice. The glider pilots ask for the winch log since ages and the board said anything under 200 we just do.

Wolfgang

Sent from my Galaxy

@@ ken066 | reply: refuse | from: Morag Drummond <morag.drummond@taysideflight.co.uk> | ref: OF-2026-7266 | ours: pool | style: outlook | figs: h=3,b=4
--
Hello,

Thanks for thinking of us, it's a good feature and I hope it gets built. But we need our remaining hours for help with the migration in spring, so we'll sit this one out.

Kind regards,
Morag

@@ ken067 | reply: refuse | from: Ingrid Tveit <ingrid.tveit@sandnesflyskole.no> | ref: OF-2026-7267 | ours: devest | style: outlook | figs: d=20,h=12
--
Dear support,

we have discussed this internally. The module would be nice to have, but 8 hours on top of our bonus (480 EUR) is more than the IT budget our owners approved for 2026. We withdraw the request.

Kind regards
Ingrid Tveit
Sandnes Flyskole AS

@@ ken068 | reply: confirm | from: birraeroclub@gmail.com | ref: OF-2026-7268 | ours: email | style: gmail
--
Yes go on, change it to birraeroclub@gmail.com for both. The old eircom one of the club died when Fergal switched provider and we only noticed when the renewal reminder never came. Invoice is grand.

Clodagh

@@ ken069 | reply: confirm | from: Jukka Heinonen <jukka.heinonen@elisanet.fi> | ref: OF-2026-7269 | ours: estimate | style: apple | figs: h=3,b=9
--
Yes. Use the 3 h.

Jukka

Lähetetty iPhonesta

@@ ken070 | reply: refuse | from: post@sandnesflyskole.no | ref: OF-2026-7270 | ours: testplat | style: plain
--
No thank you. We still have the test copy from last spring and it does the job for us.

Best regards
Sandnes Flyskole AS

@@ ken071 | reply: question | from: Caroline Hughes <treasurer@dunstablesoaring.org.uk> | ref: OF-2026-7271 | ours: migfee | style: outlook | nothread: 1 | note: treasurer, not the decision-maker; committee decides on the 4th and asks to hold the invoice
--
Good afternoon,

Thank you for your note about the migration fee. A bit of context, as I'm not sure Geoff told you: we replaced the clubhouse laptops in October and the new ones struggle with some screens of the current version, which is why he asked about the upgrade in the first place. Personally I think 50 euros is a perfectly reasonable sum.

That said, I can't approve spending on my own; anything that isn't in the budget goes to the committee, and they next meet on the 4th. Geoff will reply to you after that.

Could you hold off issuing the invoice until then? If it arrives before the committee has agreed, our bookkeeper will query it.

Kind regards,
Caroline Hughes
Treasurer

@@ ken072 | reply: refuse | from: Rüdiger Kallenbach <r.kallenbach@web.de> | ref: OF-2026-7272 | ours: alpha | style: plain
--
Hello,

no. After reading your conditions we will not go to an alpha version, it is too much risk for our Saturday operations with the winch and two tow planes. We will wait for the stable version 4 and ask again then.

Regards
Rüdiger

@@ ken073 | reply: question | from: flugklubbur@flugrvk.is | ref: OF-2026-7273 | ours: estimate | style: gmail | figs: h=3,b=4
--
Hello,

3 hours is fine, but we would like to be online when the change is made, so we can check the new price list right away. Could you do it on a Saturday? Our treasurer works weekdays. We are on GMT all year, no summer time.

Sigríður

@@ ken074 | reply: question | from: raamatupidamine@tartulennuklubi.ee | ref: OF-2026-7274 | ours: overrun | style: plain | figs: d=4,b=2
--
Hello,

can we pay the 120 EUR by card? Bank transfer from Estonia to France has fees for us. If yes then ok.

Best regards,
Marje Kask
accountant, Tartu Lennuklubi

@@ ken075 | reply: confirm | from: Urs Bachmann <urs.bachmann@bluewin.ch> | ref: OF-2026-7275 | ours: reset | style: plain
--
Ja, bitte. Yes please do it for us. The reset link goes to an old hispeed.ch address of the club that does not exist since three years. 30 EUR is fine.

Urs

@@ ken076 | reply: confirm | from: Pieter van Dijk <p.vandijk@kpnmail.nl> | ref: OF-2026-7276 | ours: migterms | style: plain | qpos: above | figs: nbd=8,nbm=1
--
Hoi,

that is fine with us: not before 8 January, only after the invoices are paid, no fixed date, no return. Go ahead.

Pieter van Dijk

@@ ken077 | reply: confirm | from: accounts@gozoheli.com.mt | ref: OF-2026-7277 | ours: devest | style: outlook | figs: d=7,h=3
--
Good afternoon,

We accept. 4 hours at 60 is 240 EUR, which is within what the directors approved last month for the maintenance due-list. Please send the invoice to this address.

Regards,
Karl Grech
Accounts, Gozo Helicopter Academy Ltd

@@ ken078 | reply: question | from: office@fliegerclub-graz.at | ref: OF-2026-7278 | ours: pool | style: plain | figs: h=2,b=3
--
Hello,

which development is this exactly? Your mail does not say which organisation asked or what the feature is, and we asked for two different things this year. Please tell us and we answer quickly.

Sabine Gruber
Fliegerclub Graz

@@ ken079 | reply: question | from: birraeroclub@gmail.com | ref: OF-2026-7279 | ours: setup | style: gmail | figs: p=180
--
Hi,

is the questionnaire in English? And could we pay in two parts, 180 is a lot at once for us in the winter when nobody is flying

Fergal

@@ ken080 | reply: refuse | from: sekretariat@sg-luzern.ch | ref: OF-2026-7280 | ours: email | style: plain
--
Nein danke, no, we do it ourselves. I found the page "My details".

Urs

@@ ken081 | reply: refuse | from: Morag Drummond <morag.drummond@taysideflight.co.uk> | ref: OF-2026-7281 | ours: estimate | style: outlook | figs: h=2,b=6
--
Hi,

Thanks, but we've found a workaround with the existing report filters, so we don't need it any more. Please close the request.

Morag

@@ ken082 | reply: confirm | from: Göran Ekholm <goran.ekholm@telia.com> | ref: OF-2026-7282 | ours: testplat | style: android
--
Yes please create it. Thanks!

Göran

Skickat från min Android

@@ ken083 | reply: refuse | from: Reuben Zammit-Borg <reuben.zammitborg@gozoheli.com.mt> | ref: OF-2026-7283 | ours: overrun | style: outlook | figs: d=6,b=2
--
Dear team,

Appreciate the transparency. We won't go beyond our bonus hours this year though, so please don't proceed.

Regards,
Reuben

@@ ken084 | reply: confirm | from: Fergal Nolan <fergal.nolan@eircom.net> | ref: OF-2026-7284 | ours: migfee | style: plain | qpos: above
--
Ok go ahead with the migration, 50 euro is fine. The lads want the new mobile booking for the summer.

Fergal

@@ ken085 | reply: refuse | from: Göran Ekholm <goran.ekholm@telia.com> | ref: OF-2026-7285 | ours: migterms | style: gmail | figs: nbd=15,nbm=2
--
Hello,

we have changed our mind, sorry. Our chairman is worried because the migration is final, and with the Swedish championship at our field in June we don't want to learn a new system in spring. Please cancel the migration request. We come back after the summer.

Göran Ekholm

@@ ken086 | reply: question | from: Rüdiger Kallenbach <r.kallenbach@web.de> | ref: OF-2026-7286 | ours: devest | style: plain | figs: d=11,h=4
--
Hello,

thank you for the quote. We are ready to pay the 7 hours, but only if the function is ready before April, when the season starts. Can you guarantee that? If not, it makes no sense for us this year.

Rüdiger Kallenbach
LSV Koblenz

@@ ken087 | reply: question | from: Joris Mulder <penningmeester@vliegclublelystad.nl> | ref: OF-2026-7287 | ours: estimate | style: outlook | figs: h=1,b=4 | note: treasurer, fine with the money but defers the decision to the person in charge
--
Hello,

I am the treasurer, not the platform person. Financially 1 hour is no problem for us, but Pieter has to say if the change itself is what he meant. I have forwarded your mail to him, he will answer you.

Met vriendelijke groet,
Joris Mulder
Penningmeester Vliegclub Lelystad

@@ ken088 | reply: question | from: office@dunstablesoaring.org.uk | ref: OF-2026-7288 | ours: reset | style: plain
--
Hello,

Im a bit confused - is the client account password the same one our members use to book the gliders? If you reset it will everyone be locked out? I dont want to break anything the week before our AGM.

Pat Whitlock
club office, Dunstable Downs

@@ ken089 | reply: question | from: Sigríður Jónsdóttir <siggajons@simnet.is> | ref: OF-2026-7289 | ours: alpha | style: gmail
--
Hello,

What happens to our member data if the alpha has a serious bug, do you keep backups? We want to say yes, but the board asked me to check this first.

Sigríður

@@ ken090 | reply: confirm | from: Wolfgang Strohmaier <w.strohmaier@aon.at> | ref: OF-2026-7290 | ours: setup | style: html | figs: p=300
--
Hello,

yes, we book the set-up package for 300 euro. After the migration we want everything clean, and the last time we did it ourselves it took three weekends and two arguments in the clubhouse. Please send the questionnaire to me.

Wolfgang Strohmaier
Fliegerclub Graz

@@ ken091 | reply: confirm | from: Ingrid Tveit <ingrid.tveit@sandnesflyskole.no> | ref: OF-2026-7291 | ours: pool | style: outlook | qpos: above | figs: h=3,b=8
--
Fine with us, count us in with 3 hours.

Ingrid

@@ ken092 | reply: question | from: finance@taysideflight.co.uk | ref: OF-2026-7292 | ours: overrun | style: outlook | figs: d=8,b=3
--
Hello,

Morag has asked me to deal with this one. Before we sign off on the 300 EUR: since we're a UK company, can you confirm the invoice will be issued without French VAT under reverse charge? Our accountant is very particular about this since Brexit. Once that's confirmed we're happy to go ahead.

Many thanks,
Alasdair Grant
Finance, Tayside Flight Academy Ltd

@@ ken093 | reply: question | from: post@sandnesflyskole.no | ref: OF-2026-7293 | ours: estimate | style: plain | figs: h=5,b=14
--
Hello,

can you split the 5 hours? 3 hours now for the reporting part, and the invoice template later, we are not sure we want that part yet.

Best regards
Ingrid Tveit

@@ ken094 | reply: confirm | from: Birthe Søndergaard <birthe.sondergaard@mail.dk> | ref: OF-2026-7294 | ours: email | style: apple | nothread: 1
--
Yes change it please. New address is kontakt@aalborgflyveklub.dk, the old hotmail of the club is dead.

Birthe

Sendt fra min iPhone

@@ ken095 | reply: refuse | from: Kristjan Tamm <kristjan.tamm@gmail.com> | ref: OF-2026-7295 | ours: devest | style: gmail | figs: d=9,h=3
--
Hello,

Thank you for the quote, it is a good solution. But 6 hours x 60 is 360 EUR and that is too much for our small club. We will not order it. Maybe we put the idea on the forum and look if other clubs want to share.

Kristjan

@@ ken096 | reply: question | from: flugklubbur@flugrvk.is | ref: OF-2026-7296 | ours: testplat | style: gmail
--
Hello,

would the test platform be a copy of our platform or of the demo? We are on 3.6. What we really want is a copy of ours with version 4 to try it before migrating. Is that the same thing or something else?

Sigríður

@@ ken097 | reply: question | from: Fergal Nolan <fergal.nolan@eircom.net> | ref: OF-2026-7297 | ours: migterms | style: plain | figs: nbd=1,nbm=4
--
Hi,

Terms are fine, but the 50 euro invoice from the other mail, has it been issued? I don't see it in the client account yet. Once I pay it is that the confirmation, or do you need something else from us?

Fergal

@@ ken098 | reply: confirm | from: Stelios Charalambous <s.charalambous@cytanet.com.cy> | ref: OF-2026-7298 | ours: migfee | style: plain
--
Hello again,

We talked after your mail and the committee changed its mind, the younger members pushed a lot for the new version. So yes, go ahead with the migration and the 50 euro invoice.

Stelios

@@ ken099 | reply: refuse | from: birraeroclub@gmail.com | ref: OF-2026-7299 | ours: reset | style: gmail | qpos: above
--
no thanks, managed it with the link in the end - the mail was in spam all along! sorry for botherin you

Clodagh

@@ ken100 | reply: confirm | from: Morag Drummond <morag.drummond@taysideflight.co.uk> | ref: OF-2026-7300 | ours: alpha | style: outlook
--
Hello,

Understood and accepted: it's a moving target, some things won't be finished, and we can't return to 3.6. We'd like to be on it early so our instructors can give feedback before 4 goes stable. Please proceed.

Morag Drummond
Head of Training, Tayside Flight Academy Ltd

@@ ken101 | reply: confirm | from: Katrin Ohlsen <k.ohlsen@flugschule-bremen.de> | ref: OF-2026-7301 | ours: estimate | style: outlook | qpos: above | figs: h=2,b=16 | note: scheduling wish, not a condition
--
Yes, agreed, 2 hours. Ideally in the first week of December, when our dispatchers have a quiet period, but whenever it fits for you is fine too.

Katrin Ohlsen

@@ ken102 | reply: confirm | from: rahastonhoitaja@tampereenilmailukerho.fi | ref: OF-2026-7302 | ours: overrun | style: html | figs: d=12,b=4
--
Hello,

We agree with the 8 hours invoiced. The club meeting in October reserved money exactly for this, so it is no surprise for us.

Best regards,
Päivi Laine
treasurer, Tampereen Ilmailukerho ry

@@ ken103 | reply: confirm | from: Sigríður Jónsdóttir <siggajons@simnet.is> | ref: OF-2026-7303 | ours: devest | style: alt | figs: d=6,h=3
--
Hello,

We accept the quote, 3 hours from the bonus and 3 hours invoiced. For us the weather camera link on the booking page is a safety matter in winter, when conditions at the field change in an hour, so we don't want to wait.

Sigríður Jónsdóttir
Flugklúbbur Reykjavíkur

@@ ken104 | reply: question | from: kasse@lsv-koblenz.de | ref: OF-2026-7304 | ours: pool | style: plain | figs: h=2,b=4
--
Hi,

we would join, but we prefer to give 1 hour not 2. Is that posible? Then we still have enough for the migration questions.

Michael Schuster
Kassenwart

@@ ken105 | reply: refuse | from: info@vasterasflygklubb.se | ref: OF-2026-7305 | ours: setup | style: plain | figs: p=240
--
Hej,

no thank you. We keep the same settings as today, prices and aircraft do not change, so we don't need the package.

Göran

@@ ken106 | reply: question | from: Caroline Hughes <treasurer@dunstablesoaring.org.uk> | ref: OF-2026-7306 | ours: email | style: outlook | note: partial: only the contact address, and asks about the fee
--
Hello,

Yes, but only change the contact address please, not the client one - the client one should stay office@dunstablesoaring.org.uk. Is it still 30 euros for just one address, or less?

Caroline Hughes
Treasurer

@@ ken107 | reply: confirm | from: info@tartulennuklubi.ee | ref: OF-2026-7307 | ours: testplat | style: plain | qpos: above
--
Yes, please create it for us. Our instructors want to practise with the new members' accounts before spring, without breaking the real bookings. Thank you!

Kristjan

@@ ken108 | reply: confirm | from: Wolfgang Strohmaier <w.strohmaier@aon.at> | ref: OF-2026-7308 | ours: migterms | style: alt | figs: nbd=15,nbm=11
--
Hello,

after 15 November is perfect, the season is over then and nobody will miss the booking for a few minutes. Understood that you cannot fix the day and that there is no way back. Agreed.

Wolfgang

@@ ken109 | reply: refuse | from: kontakt@aalborgflyveklub.dk | ref: OF-2026-7309 | ours: migfee | style: plain
--
Hello,

We decided in the board to wait one more year with the migration. Thank you anyway.

Birthe

@@ ken110 | reply: question | from: Urs Bachmann <urs.bachmann@bluewin.ch> | ref: OF-2026-7310 | ours: migfee | style: plain
--
Hello,

if the migration to 4 costs 50 euro, what about going to 4.0alpha, this is free, right? Then we would rather do that.

Urs
"""
