"""Sealed set h: English replies of clients to our messages (confirm, refuse, question), from the
English-writing structures of ``h_clients_r`` (UK, Ireland, Germany, Netherlands, Nordic countries,
Malta), native and non-native English."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ hen01 | reply: confirm | from: Alasdair MacLeod <a.macleod@talktalk.net> | ref: OF-2026-4101 | ours: estimate | style: plain
--
Fine by us, go ahead.

Alasdair

@@ hen02 | reply: refuse | from: kerryaeroclub@eircom.net | ref: OF-2026-4102 | ours: migfee | style: outlook
--
Hi there,

Thanks for explaining. We'll leave it for now - 50 euro isn't a fortune but the committee won't sign off on anything before the AGM in March, and to be honest 3.5 does all we need.

Regards,
Maureen Flynn
Hon. Secretary, Kerry Aero Club
Farranfore, Co. Kerry

@@ hen03 | reply: question | from: Sabine Koch <kasse@fsv-schwaben.de> | ref: OF-2026-4103 | ours: devest | style: outlook | figs: d=11,h=4
--
Hello,

thank you for the quote. Before we decide I have one question: the 7 hours which you would invoice, is this a fixed price or can it become more if the work takes longer? Our board can only approve a fixed amount.

Best regards
Sabine Koch
Kassenwartin FSV Schwaben e.V.
Tel. 0711 45 29 80

@@ hen04 | reply: confirm | from: Henrik Mortensen <henrik.mortensen@mail.dk> | ref: OF-2026-4104 | ours: testplat | style: gmail
--
Hi,

Yes please, create it for us. We will use it to try the new booking rules before spring.

Thanks,
Henrik

@@ hen05 | reply: question | from: Colin Whitby <colin.whitby@btinternet.com> | ref: OF-2026-4105 | ours: reset | style: plain
--
Hello,

Before I pay 30 quid for this - which address does the forgotten password email go to? If it's the old club gmail I may be able to get into it after all, our previous chairman might still have that password written down somewhere.

Colin

@@ hen06 | reply: confirm | from: accounts@pennineaviation.co.uk | ref: OF-2026-4106 | ours: overrun | style: html | figs: d=25,b=21
--
Good afternoon,

Approved. Please raise the invoice for the 4 hours (240 EUR + VAT) and send it to this mailbox; if you can quote our PO 4471 on it that would help us.

Kind regards,

Debbie Holt
Accounts Assistant
Pennine Aviation Academy Ltd
Leeds Bradford Airport, Yeadon LS19 7TU
0113 250 6619

@@ hen07 | reply: refuse | from: Pieter van Dam <p.vandam@kpnmail.nl> | ref: OF-2026-4107 | ours: alpha | style: plain | qpos: above
--
No, we prefer to wait for the stable 4. Thanks.

Pieter

@@ hen08 | reply: question | from: bestyrelse@roskildeflyveklub.dk | ref: OF-2026-4108 | ours: pool | style: outlook | figs: h=2,b=4
--
Hello,

Which other club has asked for this, and when will the development be finished? We would like to contribute but only if it is ready for the season start in April.

Best regards
Lars Nielsen
Board member, Roskilde Flyveklub

@@ hen09 | reply: confirm | from: Joseph Camilleri <joseph.camilleri@melita.net> | ref: OF-2026-4109 | ours: migterms | style: alt | figs: nbd=8,nbm=1,v=4
--
Dear Sir/Madam,

We confirm our agreement to the terms of the migration. The date of 8 January is suitable for us.

Yours faithfully,

Joseph Camilleri
Managing Director
Mediterranean Flight Training Ltd
Tel: +356 2165 4420

@@ hen10 | reply: refuse | from: Mikko Virtanen <mikko.virtanen@malmiflight.fi> | ref: OF-2026-4110 | ours: setup | style: outlook | figs: p=360
--
Hello,

Thank you, but we will not take the set-up package. Our own staff will do the configuration, we have done it before with our previous system.

Best regards,
Mikko Virtanen
Head of Training, Malmi Flight School Oy
+358 40 718 2265

@@ hen11 | reply: confirm | from: Anna Lindqvist <anna.lindqvist@telia.com> | ref: OF-2026-4111 | ours: email | style: gmail
--
Hi!

Yes, please change it. The new address should be kassor@gotaflygklubb.se. The 30 EUR is no problem.

/Anna

@@ hen12 | reply: question | from: vorstand@fsv-schwaben.de | ref: OF-2026-4112 | ours: estimate | style: plain | figs: h=3,b=5
--
Hello,

3 hours seems a lot for only changing the layout of the invoice. Can you explain what exactly is included, maybe we can do a part of it ourselves

Regards
Klaus Brenner
1. Vorsitzender

@@ hen13 | reply: confirm | from: secretary@highlandgliding.org.uk | ref: OF-2026-4113 | ours: pool | style: gmail | figs: h=2,b=3
--
Hi,

Count us in - the committee is happy to put 2 hours towards it. We've been wanting proper winch launch logging for years!

Cheers,
Fiona Grant
Club Secretary
Highland Gliding Club

@@ hen14 | reply: refuse | from: Rachel Dawson <rachel.dawson@pennineaviation.co.uk> | ref: OF-2026-4114 | ours: devest | style: outlook | figs: d=30,h=12
--
Hi,

Thanks for the quote, but 18 hours on top of our bonus hours is well beyond what we budgeted for this. We'll drop it for now.

Rachel Dawson
Head of Training
Pennine Aviation Academy

@@ hen15 | reply: confirm | from: info@gotaflygklubb.se | ref: OF-2026-4115 | ours: migfee | style: plain | qpos: above
--
Yes, go ahead. We pay the invoice when it comes.

Göta Flygklubb
Styrelsen

@@ hen16 | reply: question | from: treasurer@highlandgliding.org.uk | ref: OF-2026-4116 | ours: overrun | style: outlook | figs: d=7,b=2
--
Hello,

I'm the treasurer, the secretary forwarded your mail to me. I'm not against paying for the 5 hours, but I need to see it on an invoice before the committee meets on the 14th, and I'd like to know whether VAT applies to us as we're a registered Scottish charity. Could you let me know?

Iain Ross
Treasurer, HGC

@@ hen17 | reply: confirm | from: kerryaeroclub@eircom.net | ref: OF-2026-4117 | ours: reset | style: android
--
Yes please do. Thanks a million

Declan

Sent from my Samsung Galaxy smartphone.

@@ hen18 | reply: refuse | from: Colin Whitby <colin.whitby@btinternet.com> | ref: OF-2026-4118 | ours: email | style: plain
--
No need, I've found the My details page and changed it myself. Cheers.

Colin

@@ hen19 | reply: confirm | from: Henrik Mortensen <henrik.mortensen@mail.dk> | ref: OF-2026-4119 | ours: setup | style: gmail | figs: p=300
--
Hello,

Yes we would like the set-up package. Please send the questionnaire to me, I am the one doing the configuration.

Best regards
Henrik Mortensen
Roskilde Flyveklub
+45 28 74 19 63

@@ hen20 | reply: question | from: Alasdair MacLeod <a.macleod@talktalk.net> | ref: OF-2026-4120 | ours: alpha | style: plain
--
Hi,

If we accept and it turns out the alpha breaks our flight logging in the middle of the season, is there really nothing you can do? Not even restore a backup from before the move? Just want to be sure I understand what "no way back" means before I say yes.

Alasdair MacLeod
Highland Gliding Club

@@ hen21 | reply: confirm | from: Joseph Camilleri <joseph.camilleri@melita.net> | ref: OF-2026-4121 | ours: devest | style: outlook | figs: d=9,h=5
--
Hi,

Quote accepted. Please proceed and invoice us for the 4 hours.

Regards,
Joseph

@@ hen22 | reply: question | from: secretariaat@vliegclubzeeland.nl | ref: OF-2026-4122 | ours: testplat | style: outlook
--
Good morning,

What is the difference between this test platform and the "of4" platform that was mentioned on the forum? We would like to try version 4 before deciding about the migration, so maybe we need the other one instead.

Kind regards,
Els Verhage
secretary Vliegclub Zeeland

@@ hen23 | reply: refuse | from: Klaus Brenner <k.brenner@web.de> | ref: OF-2026-4123 | ours: migterms | style: gmail | nothread: 1
--
Hello,

unfortunately we have to withdraw the migration request. Our general assembly decided yesterday evening that we stay on 3.6 until end of 2027. Sorry for the extra work.

Best regards
Klaus Brenner

@@ hen24 | reply: confirm | from: kasserer@roskildeflyveklub.dk | ref: OF-2026-4124 | ours: estimate | style: plain
--
Hi,

That's fine. You can take the hours.

Mette Sørensen
Treasurer

@@ hen25 | reply: question | from: info@medflight.com.mt | ref: OF-2026-4125 | ours: setup | style: outlook | figs: p=240
--
Hello,

Is the 240 EUR the total price or per aircraft? We have five aircraft and two simulators. Also, would the invoice include Maltese VAT or French VAT?

Thanks,
Claire Borg
Office Manager
Mediterranean Flight Training Ltd

@@ hen26 | reply: confirm | from: fenlandflyers@gmail.com | ref: OF-2026-4126 | ours: alpha | style: gmail | qpos: above
--
Understood and accepted. Crack on!

Colin
Fenland Flying Group

@@ hen27 | reply: refuse | from: penningmeester@vliegclubzeeland.nl | ref: OF-2026-4127 | ours: overrun | style: outlook | figs: d=15,b=6
--
Dear OpenFlyers,

We do not agree with 540 euro extra, this is too expensive for a small club like ours. We will wait until January when we have our new hours.

With kind regards,
Jan de Wit
Penningmeester (treasurer)

@@ hen28 | reply: question | from: kerryaeroclub@eircom.net | ref: OF-2026-4128 | ours: email | style: outlook | note: confuses the client account with the members' logins
--
Hi,

Just to check - if we change the email does the login for the client account change too? Our members all log in with their own details and I don't want to lock everyone out the week before the Christmas fly-in.

Maureen

@@ hen29 | reply: confirm | from: Mikko Virtanen <mikko.virtanen@malmiflight.fi> | ref: OF-2026-4129 | ours: testplat | style: plain | noquote: 1
--
Hi, ok, please create it. Thanks

@@ hen30 | reply: refuse | from: Rachel Dawson <rachel.dawson@pennineaviation.co.uk> | ref: OF-2026-4130 | ours: pool | style: outlook | figs: h=3,b=9
--
Hello,

We'll pass on this one, thank you - we already have our own spreadsheet for instructor pay and nobody here wants to change it.

Rachel

@@ hen31 | reply: confirm | from: secretary@highlandgliding.org.uk | ref: OF-2026-4131 | ours: migterms | style: gmail | figs: nbd=1,nbm=11,v=4
--
Hello,

The committee agreed at last night's meeting: we accept the terms. 1 November suits us well, the soaring season will be over by then.

Best,
Fiona

@@ hen32 | reply: question | from: Pieter van Dam <p.vandam@kpnmail.nl> | ref: OF-2026-4132 | ours: devest | style: plain | figs: d=14,h=10 | note: conditional yes
--
Hello Support,

We are interested, but is it possible to pay the 4 hours in money so it is done sooner? I read on your site that partly paid developments go first. If yes then it is ok for us.

Groeten,
Pieter van Dam

@@ hen33 | reply: refuse | from: Anna Lindqvist <anna.lindqvist@telia.com> | ref: OF-2026-4133 | ours: reset | style: apple | qpos: above
--
No thank you, I will try the link again tonight from home. It is probably the spam filter at work.

Anna

Skickat från min iPhone

@@ hen34 | reply: confirm | from: Mikko Virtanen <mikko.virtanen@malmiflight.fi> | ref: OF-2026-4134 | ours: overrun | style: outlook | figs: d=24,b=20
--
Hello,

No problem, please invoice the 4 extra hours.

BR,
Mikko

@@ hen35 | reply: question | from: Declan O'Sullivan <declan.osullivan@gmail.com> | ref: OF-2026-4135 | ours: migfee | style: gmail
--
Hi,

We're on 3.5. Would the 50 euro take us straight to 4 or only to 3.6? If it's to 4 we'll go ahead, if only to 3.6 I'm not sure it's worth it.

Declan O'Sullivan
Chairman, Kerry Aero Club
087 612 4418

@@ hen36 | reply: question | from: styrelsen@gotaflygklubb.se | ref: OF-2026-4136 | ours: email | style: plain
--
Hello,

Is the 30 EUR charged also if we only change the contact address and not the main one? We only want the board address to get the reminders.

Erik Johansson
Göta Flygklubb

@@ hen37 | reply: refuse | from: vorstand@fsv-schwaben.de | ref: OF-2026-4137 | ours: setup | style: outlook | figs: p=420
--
Hello,

thank you for the offer but we don't want the set-up package. 420 Euro is too much for our club, our young members will do the configuration over the winter.

Best regards
Klaus Brenner

@@ hen38 | reply: confirm | from: accounts@medflight.com.mt | ref: OF-2026-4138 | ours: pool | style: outlook | figs: h=1,b=4
--
Hi,

Nothing against it, please put us down for the 1 hour.

Regards,
Accounts Dept.
Mediterranean Flight Training Ltd

@@ hen39 | reply: question | from: Joseph Camilleri <joseph.camilleri@melita.net> | ref: OF-2026-4139 | ours: alpha | style: outlook | note: asks for a phone call
--
Hi,

Do we have to switch all our users, or can the school keep the 3.6 for the exam period in January? Please call me on +356 9947 2210 to discuss, it will be easier than e-mails.

Joseph

@@ hen40 | reply: confirm | from: Rachel Dawson <rachel.dawson@pennineaviation.co.uk> | ref: OF-2026-4140 | ours: estimate | style: apple
--
Yes, please procede. Many thanks.

Rachel

Sent from my iPhone

@@ hen41 | reply: question | from: fenlandflyers@gmail.com | ref: OF-2026-4141 | ours: reset | style: gmail
--
Sorry, what's the login exactly, is it fenland-flyers with the dash? I tried fenlandflyers and it says unknown user. If the dash is the problem I won't need you to reset anything

Colin

@@ hen42 | reply: confirm | from: ops@pennineaviation.co.uk | ref: OF-2026-4142 | ours: setup | style: outlook | figs: p=420
--
Morning,

Yes - sign us up for the set-up package please. Tom Hughes will fill in the questionnaire, he's back from leave on Monday the 23rd.

Kind regards,
Ops team
Pennine Aviation Academy

@@ hen43 | reply: refuse | from: Colin Whitby <colin.whitby@btinternet.com> | ref: OF-2026-4143 | ours: migfee | style: apple
--
Hi,

We'll hold off. Treasurer says not this year.

Colin

Sent from my iPad

@@ hen44 | reply: question | from: penningmeester@vliegclubzeeland.nl | ref: OF-2026-4144 | ours: migterms | style: outlook | qpos: above | figs: nbd=1,nbm=4,v=4
--
Hello,
The 1st of April is too late for us, we want to start the season with the new version. I think we wrote 1 March in our request, not April? Or is there no way to do it earlier if we pay the invoice now.
Jan de Wit

@@ hen45 | reply: confirm | from: secretary@highlandgliding.org.uk | ref: OF-2026-4145 | ours: devest | style: gmail | figs: d=7,h=4
--
Hi,

Happy to accept the quote as it stands. Please go ahead.

Fiona Grant
Secretary, Highland Gliding Club
(on behalf of the committee)

@@ hen46 | reply: refuse | from: Klaus Brenner <k.brenner@web.de> | ref: OF-2026-4146 | ours: testplat | style: plain
--
Hello,

not necessary, thanks. Our IT guy Tobias will click it together himself at the weekend, we prefer to keep the bonus hours.

Klaus

@@ hen47 | reply: question | from: treasurer@highlandgliding.org.uk | ref: OF-2026-4147 | ours: testplat | style: outlook
--
Hello,

How long does the test platform stay up, and does it count as an extra resource on our subscription? I don't want a surprise on the renewal invoice.

Iain Ross
Treasurer, Highland Gliding Club
07781 340 512

@@ hen48 | reply: confirm | from: styrelsen@gotaflygklubb.se | ref: OF-2026-4148 | ours: reset | style: plain | noquote: 1
--
Yes please reset it, we have tried everything.

Erik

@@ hen49 | reply: confirm | from: Declan O'Sullivan <declan.osullivan@gmail.com> | ref: OF-2026-4149 | ours: email | style: gmail
--
Hi,

Go on so, change it for us. The new contact address is secretary.kerryaeroclub@gmail.com. Grand, thanks.

Declan

@@ hen50 | reply: refuse | from: secretariaat@vliegclubzeeland.nl | ref: OF-2026-4150 | ours: estimate | style: outlook | nothread: 1
--
Dear Sir or Madam,

After discussion in the board we have decided not to continue with this request. We rather keep the hours for other things next year.

Kind regards,
Els Verhage

@@ hen51 | reply: question | from: Joseph Camilleri <joseph.camilleri@melita.net> | ref: OF-2026-4151 | ours: overrun | style: outlook | figs: d=8,b=3 | note: complaint about the balance
--
Hi,

Your colleague told me on the phone in September that this would be covered by our hours. Now you say 5 hours to pay. Can you check please? I don't remember being told we had only 3 hours left.

Joseph Camilleri

@@ hen52 | reply: refuse | from: bestyrelse@roskildeflyveklub.dk | ref: OF-2026-4152 | ours: overrun | style: plain | figs: d=6,b=1
--
Hello,

No, sorry. We cannot pay extra this year. Please put the request on hold until our new hours in January, then we will see again.

Lars

@@ hen53 | reply: confirm | from: fenlandflyers@gmail.com | ref: OF-2026-4153 | ours: migterms | style: gmail | figs: nbd=12,nbm=2,v=4 | note: a wish about the weekday, not a condition
--
Right, that's fine with us. 12th February it is - just don't do it on a Saturday if you can avoid it, that's our busiest day.

Colin

@@ hen54 | reply: question | from: kasse@fsv-schwaben.de | ref: OF-2026-4154 | ours: pool | style: outlook | figs: h=2,b=5 | note: the board will answer later
--
Hello,

I have to ask our board first, they meet on 3 December. I will answer you after.

Sabine Koch

@@ hen55 | reply: confirm | from: bestyrelse@roskildeflyveklub.dk | ref: OF-2026-4155 | ours: alpha | style: plain | qpos: above
--
We accept the terms.

Lars

@@ hen56 | reply: refuse | from: kasserer@roskildeflyveklub.dk | ref: OF-2026-4156 | ours: devest | style: plain | figs: d=10,h=4
--
Hello,

The board looked at the quote. We will not accept it now, maybe we post the idea on the forum first and see if other clubs want to share. Thanks

Mette

@@ hen57 | reply: question | from: ops@pennineaviation.co.uk | ref: OF-2026-4157 | ours: estimate | style: outlook
--
Hi,

Can this wait until after 15 December? We're in the middle of exam week and I'd rather nobody touched the booking screens until then. If it has to be now, let me know and I'll warn the instructors.

Tom Hughes
Ops Manager
Pennine Aviation Academy

@@ hen58 | reply: question | from: kerryaeroclub@eircom.net | ref: OF-2026-4158 | ours: setup | style: plain
--
Hello,

We only have two aircraft and maybe forty members. Is it worth it for a club our size, or is the set-up quick enough to do ourselves? Honest opinion welcome!

Maureen

@@ hen59 | reply: confirm | from: Anna Lindqvist <anna.lindqvist@telia.com> | ref: OF-2026-4159 | ours: migfee | style: gmail
--
Hello,

We want to keep the migration, ok for 50 EUR.

Best regards
Anna Lindqvist
Chairwoman, Göta Flygklubb
+46 70 412 88 31

@@ hen60 | reply: question | from: Maria Vella <maria.vella.mt@gmail.com> | ref: OF-2026-4160 | ours: migterms | style: gmail | figs: nbd=15,nbm=3,v=4 | note: sender not on record (new accounts person)
--
Hi,

I'm the new accounts person at Mediterranean Flight Training, Joseph forwarded me this. Which invoices are still open on our side? I need the list before we can confirm anything.

Thanks,
Maria Vella
"""
