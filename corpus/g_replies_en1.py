"""Set g, English replies to our messages (confirm, refuse, question), from the clubs and schools of
``g_clients_en`` (UK, Ireland, Germany, Netherlands, Denmark, Sweden, Norway, Malta, Luxembourg)."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ gen001 | reply: confirm | from: secretary@penninegliding.org.uk | ref: OF-2026-3201 | ours: estimate | style: plain
--
Go for it.

Jean
Club secretary, Pennine Gliding Club

@@ gen002 | reply: question | from: Accounts - Solent Flight Training <accounts@solentflighttraining.co.uk> | ref: OF-2026-3202 | ours: overrun | style: outlook | figs: d=7,b=3 | note: asks which financial year the invoice falls in before agreeing
--
Good afternoon,

Thank you for the breakdown. Before I can sign off the 240 EUR, I need to know when the invoice would be raised. Our financial year ends on 31 March and this quarter's training budget is already committed, so if it could be dated April 2027 that would make my life much easier. Is that possible, or does the work have to be invoiced straight away?

Kind regards,

Karen Whitfield
Accounts Assistant
Solent Flight Training Ltd
Hangar 3, Solent Airport, Daedalus, Lee-on-the-Solent PO13 9FX
T: +44 (0)23 9200 0147 | M: +44 7700 900412
Office hours Mon-Fri 08:30-16:30

@@ gen003 | reply: refuse | from: fenlandflyers@gmail.com | ref: OF-2026-3203 | ours: migfee | style: gmail
--
Thanks, but no. We'll stay on the version we have for now, the members have only just got used to the current booking screens and I don't fancy retraining them all over the winter.

Derek

@@ gen004 | reply: confirm | from: Highland Aero Club <highlandaeroclub@outlook.com> | ref: OF-2026-3204 | ours: reset | style: outlook
--
Hello,

Yes please, do it for us. I've tried the forgotten password link three times since Friday and nothing ever lands in the inbox. We're fine with the 30 EUR, just put it on the next invoice.

Many thanks,
Fiona
Highland Aero Club, Inverness

@@ gen005 | reply: question | from: Klaus-Dieter Brandt <kd.brandt@web.de> | ref: OF-2026-3205 | ours: devest | style: gmail | figs: d=11,h=5 | note: non-native German English; wants to know how co-funders are found before accepting
--
Hello,

we have discussed your quote in the Vorstand yesterday evening. For us it is not fully clear how works the part "unless other organisations share the cost". Do you search the other clubs, or must we find them ourself? If there are two more clubs interested, the 6 hours become less for us I think, and then it is much easier to get the agreement of our members.

We would be glad for a short explanation, then we decide.

Mit freundlichen Grüßen / best regards
Klaus-Dieter Brandt
LSG Weserbergland e.V. - Verantwortlicher OpenFlyers
Tel. 05151 9 20 00 44 (abends)

@@ gen006 | reply: confirm | from: Declan O'Sullivan <declan.osullivan@eircom.net> | ref: OF-2026-3206 | ours: testplat | style: apple | noquote: 1
--
Crack on so. Thanks

Sent from my iPhone

@@ gen007 | reply: confirm | from: Penningmeester Vliegclub Friesland <penningmeester@vliegclubfriesland.nl> | ref: OF-2026-3207 | ours: migterms | style: outlook | note: Dutch English, plain agreement
--
Dear support,

Hereby we agree with the conditions for the migration. The date is good for us, in the winter there is not so much flying and the members have time to get used to the new screens before the spring.

That there is no way back we understand, Sjoerd explained it in the bestuur meeting.

Met vriendelijke groet,

Anneke Postma
Penningmeester Vliegclub Friesland
Vliegveld Drachten, Lange West 5, 9201 AA Drachten

@@ gen008 | reply: question | from: info@ostgotaflygklubb.se | ref: OF-2026-3208 | ours: alpha | style: gmail | note: question without a question mark
--
Hi,

not sure what the alpha means for our members. Will they also see menus moving around when they book, or is it only for us in the office. Some of our older pilots already struggle with the booking page so I want to be careful before I say yes.

Regards
Lars Lindqvist
Östgöta Flygklubb

@@ gen009 | reply: refuse | from: Mette Rasmussen <mette.rasmussen@mail.dk> | ref: OF-2026-3209 | ours: pool | style: plain
--
Hello,

Thank you for thinking of us. We have talked about it in the board on Tuesday and we do not really need this function, the instructors are happy with the spreadsheet we use now. So it is a no from our side this time.

Venlig hilsen
Mette Rasmussen
Fyns Flyveklub, Odense Lufthavn
+45 20 11 48 93

@@ gen010 | reply: confirm | from: Solent Flight Training Ops <ops@solentflighttraining.co.uk> | ref: OF-2026-3210 | ours: setup | style: outlook | figs: p=300
--
Hi there,

Please proceed with the set-up package at 300 EUR. The questionnaire can come to this mailbox; Tom Adeyemi (Head of Training) and I will fill it in together. Fair warning that our rates are complicated - we have separate dual, solo and club-member rates for each of the PA-28s and a block-booking discount for the integrated ATPL students - so expect a few follow-up questions from us.

Thanks for getting back to us so quickly.

Best regards,

Lucy Harrington
Operations Coordinator
Solent Flight Training Ltd
Hangar 3, Solent Airport, Daedalus
Lee-on-the-Solent, Hampshire PO13 9FX
Direct: +44 (0)23 9200 0133
Mobile: +44 7700 900587
www.solentflighttraining.co.uk

Solent Flight Training Ltd is registered in England and Wales, company no. 08812345. Registered office: 14 High Street, Fareham PO16 7AN.
This e-mail and any attachments are confidential and intended solely for the addressee.

@@ gen011 | reply: refuse | from: Malta Aviation Academy <admin@maltaaviationacademy.com.mt> | ref: OF-2026-3211 | ours: estimate | style: alt | note: polite refusal full of positive words
--
Dear OpenFlyers team,

Thank you very much for the quick estimate, it is really appreciated. However, we will not go ahead with this for the moment. Our ops manager has found a workaround with the existing reports that does the job well enough until the summer, so we would rather keep our hours for something more urgent.

Many thanks again and best wishes,

Rebecca Zammit
Administration
Malta Aviation Academy Ltd
Hangar 2, Safi Aviation Park, Safi SFI 1020, Malta
Tel: +356 2165 0000 | Mob: +356 7921 4455

@@ gen012 | reply: question | from: wicklowmicrolights@gmail.com | ref: OF-2026-3212 | ours: email | style: gmail | note: complaint about the fee, neither yes nor no
--
Hi,

Sorry but I thought changing the email was free?? We're a tiny club with three microlights and 20 odd members, 30 euro for changing one address seems a lot. Last year Paddy changed it for us and nobody mentioned any charge.

Ciara

@@ gen013 | reply: confirm | from: Hanse Flight Academy <office@hanseflight.de> | ref: OF-2026-3213 | ours: overrun | style: outlook | figs: d=5,b=2
--
Dear Sir or Madam,

OK for us, you can invoice the 3 additional hours. Please send the invoice to buchhaltung@hanseflight.de as usual.

Mit freundlichen Grüßen / Kind regards

Julia Krüger
Office Management
Hanse Flight Academy GmbH
Flughafenstraße 1-3, 22335 Hamburg
Tel. +49 40 5075 0000 / Fax +49 40 5075 0001
Geschäftsführer: Henning Petersen | Amtsgericht Hamburg HRB 123456

@@ gen014 | reply: confirm | from: Ingrid Solberg <ingrid.solberg@online.no> | ref: OF-2026-3214 | ours: devest | style: plain | qpos: above
--
Approved.

Ingrid

@@ gen015 | reply: confirm | from: committee@luxflightclub.lu | ref: OF-2026-3215 | ours: migfee | style: gmail
--
Hello,

That's fine, please send the invoice. Our treasurer will pay it by bank transfer this week and then you can plan the migration whenever it suits you.

Best regards,
Marc Weber
for the committee of the Luxembourg Flight Club

@@ gen016 | reply: question | from: Bram van Dijk <bram.vandijk@vliegschoolzeeland.nl> | ref: OF-2026-3216 | ours: estimate | style: outlook | note: passes the decision to the treasurer, no decision yet
--
Hi,

I'll pass this to our treasurer, she signs off everything that touches the support hours. You should hear from her or from me by the end of next week.

Groeten,
Bram van Dijk
Vliegschool Zeeland B.V.
Vliegveld Midden-Zeeland, Calandweg 1, 4337 KA Arnemuiden
+31 118 60 00 00 / +31 6 1234 5670

@@ gen017 | reply: refuse | from: treasurer@penninegliding.org.uk | ref: OF-2026-3217 | ours: testplat | style: plain
--
No thanks - now that I know where the button is I'll create it myself from the client account and save the half hour. We're watching every minute this year!

Robin Ashworth
Treasurer, PGC

@@ gen018 | reply: refuse | from: info@fsv-oberpfalz.de | ref: OF-2026-3218 | ours: reset | style: gmail | note: declines the paid reset, problem solved by itself
--
Hello,

no need, the link worked after all! The mail was in the spam folder. Thank you and sorry for the trouble.

Stefanie Wagner
FSV Oberpfalz

@@ gen019 | reply: question | from: Kerry Aero Club <info@kerryaeroclub.ie> | ref: OF-2026-3219 | ours: migterms | style: outlook | note: conditional agreement, wants a date guarantee that the terms exclude
--
Hi,

Fine as long as it's done before Easter. Our season kicks off properly then and we'll have two new students starting, I really don't want the changeover landing in the middle of that.

Declan
Kerry Aero Club
Farranfore, Co. Kerry

@@ gen020 | reply: confirm | from: Ciara Byrne <ciara.byrne@yahoo.ie> | ref: OF-2026-3220 | ours: alpha | style: plain | qpos: above
--
We accept. The lads are keen to try out the new version and we know things will move around and there's no going back.

Ciara

@@ gen021 | reply: confirm | from: secretaris@vliegclubfriesland.nl | ref: OF-2026-3221 | ours: pool | style: gmail | figs: h=2,b=5
--
Hello,

Yes, we are happy to contribute 2 hours to this. The logbook export is something our members have been asking for since a long time, so good that other clubs want it too.

Greetings,
Wietske de Boer
Secretaris Vliegclub Friesland

@@ gen022 | reply: refuse | from: Fiona MacLeod <fiona.macleod58@gmail.com> | ref: OF-2026-3222 | ours: setup | style: gmail | figs: p=180 | note: refusal "we'll manage ourselves"
--
Hi,

Thanks for the offer but 180 EUR is a lot for a club with two aircraft. We only have a handful of rates and I can enter them myself over an evening, so we'll manage.

All the best,
Fiona

@@ gen023 | reply: confirm | from: Henning Petersen <h.petersen@hanseflight.de> | ref: OF-2026-3223 | ours: estimate | style: android | note: yes plus a scheduling preference that is not a condition
--
Yes please plan it. If you can choose, middle of the week is better for us than Monday, but not so important.

HP

Von meinem Samsung Galaxy Smartphone gesendet

@@ gen024 | reply: refuse | from: accounts@kerryaeroclub.ie | ref: OF-2026-3224 | ours: overrun | style: outlook | note: sounds good in principle but the committee said no
--
Hi,

Sounds good in principle but the committee said no to anything that costs extra money before the AGM in February. Leave it with us and we'll come back to you then if it's still needed.

Regards,
Niamh Fitzgerald
Hon. Treasurer, Kerry Aero Club
087 555 0192

@@ gen025 | reply: question | from: kassor@ostgotaflygklubb.se | ref: OF-2026-3225 | ours: email | style: plain | note: yes to the change but adds a second change and a doubt about the login, needs a human
--
Hello

Yes I think so, but I am not sure which address you have. The old treasurer Gunnar had the login to the client account and he moved to Göteborg, so I cannot check "My details" myself. Can you tell me what is there now? It should be kassor@ostgotaflygklubb.se and not his private gmail.

Thank you
Eva Sjöberg
Kassör, Östgöta Flygklubb

@@ gen026 | reply: question | from: Bram van Dijk <bram.vandijk@vliegschoolzeeland.nl> | ref: OF-2026-3226 | ours: devest | style: outlook | figs: d=12,h=8 | note: counter proposal, split into phases
--
Hello,

We like the idea but 4 hours invoiced on top is more than we wanted to spend this year. Could you split it in two phases: first only the part that fits in the 8 bonus hours (the instructor availability screen), and the reports later, maybe in 2027 with new hours?

If that is possible please send us an adapted quote.

Regards,
Bram

@@ gen027 | reply: question | from: Fyns Flyveklub - bestyrelsen <bestyrelse@fynsflyveklub.dk> | ref: OF-2026-3227 | ours: testplat | style: gmail | note: GDPR question before agreeing
--
Hi,

Before we say yes: will the test platform contain a copy of our real members with names, addresses and medical dates? Our data protection person wants to know who can access it and when it is deleted again.

Best regards
Jesper Nielsen
Fyns Flyveklub bestyrelse

@@ gen028 | reply: refuse | from: vorstand@lsg-weserbergland.de | ref: OF-2026-3228 | ours: migterms | style: outlook | note: German English, cancels the migration request
--
Dear Sirs,

after a long discussion our Vorstand has decided to stay with version 3.6 for the next season. Please cancel our migration request, we do not agree to the conditions at this moment.

We will contact you again when we are ready, probably autumn 2027.

Mit freundlichen Grüßen
Thomas Krause
1. Vorsitzender
Luftsportgruppe Weserbergland e.V.
Flugplatz Bad Pyrmont, 31812 Bad Pyrmont

@@ gen029 | reply: refuse | from: Stefanie Wagner <steffi.wagner@gmx.de> | ref: OF-2026-3229 | ours: alpha | style: gmail
--
Hello,

thank you for the honest explanation. After reading it I think it is better we wait for the stable version 4. Our members are not so technical and if menus change every week I will get many phone calls :-)

So please do not put us on the alpha.

Best regards
Steffi

@@ gen030 | reply: question | from: finance@maltaaviationacademy.com.mt | ref: OF-2026-3230 | ours: pool | style: outlook
--
Good morning,

How many other organisations are in on this? If one of them drops out, does our share go up, or is our contribution fixed at what you wrote? I need to know the worst case before I put it to the directors.

Kind regards,
Daniel Borg
Finance Manager
Malta Aviation Academy Ltd
T +356 2165 0010

@@ gen031 | reply: confirm | from: Derek Holloway <derek.holloway@btinternet.com> | ref: OF-2026-3231 | ours: reset | style: apple | qpos: above
--
Go ahead and invoice the club.

Derek

Sent from my iPad

@@ gen032 | reply: confirm | from: post@trondelagflyklubb.no | ref: OF-2026-3232 | ours: estimate | style: android | noquote: 1
--
👍 go ahead

Sendt fra min Galaxy

@@ gen033 | reply: question | from: highlandaeroclub@outlook.com | ref: OF-2026-3233 | ours: migfee | style: outlook
--
Hi,

Can we pay the 50 by cheque or bank transfer? The club doesn't have a card, and I'm not sure an invoice in euros works with our bank here. If that's OK then we'd like to go ahead.

Fiona

@@ gen034 | reply: confirm | from: Luxembourg Flight Club - Treasurer <treasurer@luxflightclub.lu> | ref: OF-2026-3234 | ours: setup | style: plain
--
Happy with that. Please send the questionnaire to the committee address, Marc and I will fill it in together.

Nadine Schmit
Treasurer

@@ gen035 | reply: confirm | from: boekhouding@vliegschoolzeeland.nl | ref: OF-2026-3235 | ours: overrun | style: outlook | figs: d=6,b=4
--
Akkoord, you can invoice the 2 extra hours. Please mention our purchase order number PO-2026-114 on the invoice, otherwise our system rejects it.

Met vriendelijke groet,
Sandra Verhage
Financiële administratie
Vliegschool Zeeland B.V.
KvK 12345678 | BTW NL001234567B01

@@ gen036 | reply: refuse | from: Priya Shah <priya.shah@solentflighttraining.co.uk> | ref: OF-2026-3236 | ours: devest | style: alt | figs: d=15,h=10 | note: long polite refusal, postpones indefinitely
--
Hi both,

Thanks for pulling the quote together so quickly, and for the detail on how the 15 hours break down - it's genuinely helpful to see it laid out like that.

I took it to the board on Thursday. The short version is that we won't be going ahead with this development for now. We're in the middle of moving the whole fleet to a new maintenance provider and the directors don't want any change to the platform until that has settled, which realistically means the second half of next year at the earliest. I know the 10 bonus hours will be lost at year end; we've accepted that.

If the CAA audit in the spring throws up something that makes the instructor currency report essential we may well come back to you, but please don't hold anything for us.

Thanks again,

Priya

Priya Shah
Quality & Compliance Manager
Solent Flight Training Ltd
+44 (0)23 9200 0150
+44 7700 900231

@@ gen037 | reply: confirm | from: Joseph Camilleri <joseph.camilleri@maltaaviationacademy.com.mt> | ref: OF-2026-3237 | ours: testplat | style: outlook
--
Hi,

Yes, please create it for us. We'd like to try the new instructor rostering before we build the summer schedule in March, so the sooner the better.

Thanks,
Joseph Camilleri
Head of Training
Malta Aviation Academy

@@ gen038 | reply: refuse | from: wicklowmicrolights@gmail.com | ref: OF-2026-3238 | ours: email | style: gmail
--
Don't bother, I found "My details" and changed it myself just now. Thanks a million for pointing me to it.

Ciara

@@ gen039 | reply: confirm | from: Alistair Greenwood <a.greenwood@talktalk.net> | ref: OF-2026-3239 | ours: migterms | style: plain | qpos: above
--
Agreed on all points. We understand it's a one-way trip.

Alistair Greenwood
Pennine Gliding Club
Camphill Farm, Great Hucklow, Derbyshire SK17 8RQ
01298 870000 (clubhouse, weekends) / 07700 900318

@@ gen040 | reply: question | from: Marc Weber <marc.weber@pt.lu> | ref: OF-2026-3240 | ours: alpha | style: gmail
--
Hello,

Before we accept: what happens if the alpha has a bug on a Saturday morning when half the club is trying to book? Is there someone we can call at the weekend, or do we have to wait until Monday? We only have 3 aircraft and the weekends are when everybody flies.

Thanks,
Marc

@@ gen041 | reply: confirm | from: declan.osullivan@eircom.net | ref: OF-2026-3241 | ours: pool | style: plain
--
Count us in.

D.

@@ gen042 | reply: question | from: kasserer@fynsflyveklub.dk | ref: OF-2026-3242 | ours: estimate | style: plain | figs: h=3,b=8 | note: negated question, suggests a cheaper way
--
Hello,

3 hours seems a lot just to add our logo and the CVR number to the invoice. Wouldn't it be quicker if you just send us the template file and we change it ourself? Then we keep the 8 hours for the booking rules.

Hilsen
Poul Andersen
Kasserer, Fyns Flyveklub

@@ gen043 | reply: question | from: Lars Lindqvist <lars.lindqvist@telia.com> | ref: OF-2026-3243 | ours: setup | style: gmail | figs: p=240
--
Hi,

Is the questionnaire available in English, or only in French? Most of our rates and member categories have Swedish names (ungdom, senior, stödmedlem...) and I would like to know if that is a problem before we pay 240 EUR.

Mvh
Lars Lindqvist
Östgöta Flygklubb, Linköping/Saab
070-555 12 34

@@ gen044 | reply: refuse | from: Trøndelag Flyklubb - økonomi <okonomi@trondelagflyklubb.no> | ref: OF-2026-3244 | ours: overrun | style: outlook | note: "wait for next year's hours" declines the invoice
--
Hello,

No, we do not want an extra invoice this year. The budget for 2026 is closed. We will wait until January when we have new hours, and send the request again then.

Best regards
Kari Haugen
Økonomiansvarlig, Trøndelag Flyklubb
Org.nr. 971 234 567

@@ gen045 | reply: question | from: treasurer@luxflightclub.lu | ref: OF-2026-3245 | ours: reset | style: plain | note: asks about the login instead of answering
--
Hello,

I tried the "Forgotten password" link with luxflightclub as login and it says unknown user. Is the platform name with the hyphen, or something else? If I can do it myself I would rather not pay the 30 EUR.

Nadine

@@ gen046 | reply: confirm | from: Sjoerd Hoekstra <s.hoekstra@kpnmail.nl> | ref: OF-2026-3246 | ours: devest | style: outlook | figs: d=9,h=5 | qpos: above
--
Hello,

We accept the quote. The bestuur voted yes on Monday evening, also for the 4 hours on invoice. Please plan it.

Kind regards,
Sjoerd Hoekstra
Vliegclub Friesland
06-48 12 90 77

@@ gen047 | reply: refuse | from: info@ostgotaflygklubb.se | ref: OF-2026-3247 | ours: migfee | style: plain | nothread: 1 | noquote: 1 | note: new mail, not threaded, withdraws the migration
--
Hello again,

Regarding your mail last week about the migration fee for Östgöta Flygklubb: we have decided not to migrate this year after all. Maybe next spring when the new board is in place. Please close the request.

Regards
Lars Lindqvist

@@ gen048 | reply: question | from: Buchhaltung Hanse Flight <buchhaltung@hanseflight.de> | ref: OF-2026-3248 | ours: testplat | style: outlook | note: accounting did not ask, wants clarification first
--
Dear Sir or Madam,

I am from the accounting department and I do not know about this request. Who has asked for a test platform? Please clarify this with Mr. Petersen first, before anything is deducted from our hours.

Mit freundlichen Grüßen
Birgit Lange
Buchhaltung
Hanse Flight Academy GmbH
Tel. +49 40 5075 0020

@@ gen049 | reply: confirm | from: kasse@lsg-weserbergland.de | ref: OF-2026-3249 | ours: estimate | style: gmail
--
Einverstanden - agreed. Please do it like you wrote.

Gruß
Wolfgang Meyer
Kassenwart LSG Weserbergland

@@ gen050 | reply: confirm | from: admin@maltaaviationacademy.com.mt | ref: OF-2026-3250 | ours: alpha | style: outlook
--
Dear Sir/Madam,

We accept the terms. Our Head of Training is aware that the screens will change without notice and that we cannot return to 3.6; he specifically wants the new features for the summer intake.

Kind regards,
Rebecca Zammit
Malta Aviation Academy Ltd

@@ gen051 | reply: question | from: Derek Holloway <derek.holloway@btinternet.com> | ref: OF-2026-3251 | ours: migterms | style: plain | figs: nbd=15,nbm=1 | note: disputes the not-before date and asks about the fee
--
Hello,

Two things before I confirm. You've put 15 January, but I asked for nothing before 1 March because of our winter maintenance on the Cessna, when the booking sheet is all over the place. Was that a typo? And do I pay the 50 euros before you fix the date or after?

Regards,
Derek Holloway
Fenland Flyers Club
Long Sutton airstrip, Spalding PE12
01406 555 210

@@ gen052 | reply: refuse | from: Henning Petersen <h.petersen@hanseflight.de> | ref: OF-2026-3252 | ours: pool | style: outlook
--
Hello,

We will not participate. Our reporting is done in our own BI tool since this year, so the feature brings nothing for us. Thank you anyway for asking.

Best regards
Henning Petersen
Geschäftsführer, Hanse Flight Academy GmbH

@@ gen053 | reply: question | from: info@fsv-oberpfalz.de | ref: OF-2026-3253 | ours: email | style: gmail | note: yes, but only if the fee is waived
--
Hello,

yes please change it, but we think the 30 EUR should not be charged: the wrong address was entered when you set up our platform in 2024, not by us. If you agree to do it free of charge, the new address is vorstand@fsv-oberpfalz.de.

Viele Grüße
Stefanie Wagner
Flugsportverein Oberpfalz e.V.

@@ gen054 | reply: question | from: Ingrid Solberg <ingrid.solberg@online.no> | ref: OF-2026-3254 | ours: setup | style: plain | note: wants only the questionnaire without the package, partial
--
Hello,

Thank you. We did the set-up ourselves for version 3 and it went well, so maybe we do not need the full package. Is it possible to get only the questionnaire, as a checklist, without paying for it? Then we do the rest.

Ingrid Solberg
Trøndelag Flyklubb, Værnes
+47 913 45 678

@@ gen055 | reply: question | from: Mette Rasmussen <mette.rasmussen@mail.dk> | ref: OF-2026-3255 | ours: overrun | style: gmail
--
Hi,

Can we use some of next year's hours for the rest instead of paying now? We still have all of 2027 in front of us and the board prefers not to have an invoice in December.

Mette

@@ gen056 | reply: confirm | from: Kerry Aero Club Accounts <accounts@kerryaeroclub.ie> | ref: OF-2026-3256 | ours: estimate | style: outlook | figs: h=2,b=5 | note: yes buried in small talk and an invitation
--
Hi all,

Apologies for the slow reply, it's been a mad few weeks here with the fly-in and the annual dinner. Yes, go ahead with the 2 hours, that leaves us 3 for the rest of the year which should be plenty.

By the way, if any of you are ever over this side, our fly-in is on the first Saturday of June every year. Great craic, and the weather is usually terrible, so come prepared!

Thanks again,
Niamh

Niamh Fitzgerald
Hon. Treasurer
Kerry Aero Club
Kerry Airport, Farranfore, Co. Kerry V93 KHF7
Mob: 087 555 0192
Club phone (Sat/Sun only): 066 976 0000

@@ gen057 | reply: question | from: secretary@penninegliding.org.uk | ref: OF-2026-3257 | ours: devest | style: alt | note: deferred to a committee meeting
--
Dear OpenFlyers,

Thank you for the quote. Spending beyond our bonus hours has to be approved by the committee, which next meets on 12 January. I'll add it to the agenda and come back to you after that.

Jean Hollis
Hon. Secretary
Pennine Gliding Club

@@ gen058 | reply: confirm | from: Östgöta Flygklubb kassör <kassor@ostgotaflygklubb.se> | ref: OF-2026-3258 | ours: reset | style: outlook
--
Hello,

Yes, please reset it for us. The forgotten password link sends the mail to the old treasurer's private address and nobody reads that anymore. The fee is OK.

Thanks
Eva Sjöberg

@@ gen059 | reply: question | from: okonomi@trondelagflyklubb.no | ref: OF-2026-3259 | ours: testplat | style: gmail | note: asks the difference with self-service before deciding
--
Hi,

What is the difference between the test platform you make and the one I can make myself in the client account? If it is the same thing I will do it myself, if yours has something more (our real data?) then maybe yes.

Kari

@@ gen060 | reply: confirm | from: Ciara Byrne <ciara.byrne@yahoo.ie> | ref: OF-2026-3260 | ours: migfee | style: android
--
Grand, go ahead. We'll pay it online when the invoice shows up in the account.

Ciara

Sent from my Galaxy

@@ gen061 | reply: refuse | from: treasurer@penninegliding.org.uk | ref: OF-2026-3261 | ours: alpha | style: plain
--
Hello,

On reflection, no. I'd assumed alpha meant "early but finished". A version that can change under us mid-season with no way back isn't something I can put in front of 140 members. We'll wait for the stable release.

Robin Ashworth
Treasurer

@@ gen062 | reply: confirm | from: Joseph Camilleri <joseph.camilleri@maltaaviationacademy.com.mt> | ref: OF-2026-3262 | ours: migterms | style: outlook | qpos: above
--
Confirmed.

Joseph

@@ gen063 | reply: question | from: bram.vandijk@vliegschoolzeeland.nl | ref: OF-2026-3263 | ours: pool | style: gmail | figs: h=3,b=6 | note: counter proposal on the number of hours
--
Hi,

Yes to the idea, but 3 hours is too much for us, we also want to keep hours for the theory classroom planning. We can do 1 hour. Let us know if that is enough for the other parties.

Bram

@@ gen064 | reply: confirm | from: fenlandflyers@gmail.com | ref: OF-2026-3264 | ours: setup | style: gmail | figs: p=240
--
Let's do it. Half the committee don't know what a "profile" is and the other half think they do, so 240 euros well spent if it stops the arguments.

Send the questionnaire over and I'll get it back to you this month.

Derek

@@ gen065 | reply: refuse | from: ops@solentflighttraining.co.uk | ref: OF-2026-3265 | ours: estimate | style: outlook
--
Hi,

Please cancel this one - we've sorted it internally. Sorry for wasting your time.

Lucy
Operations, Solent Flight Training

@@ gen066 | reply: confirm | from: Daniel Borg <finance@maltaaviationacademy.com.mt> | ref: OF-2026-3266 | ours: overrun | style: outlook
--
Good afternoon,

Approved by finance. Please quote PO 4471 on the invoice and address it to Malta Aviation Academy Ltd, VAT MT12345678.

Regards,
Daniel Borg
Finance Manager
Malta Aviation Academy Ltd
Hangar 2, Safi Aviation Park, Safi SFI 1020
+356 2165 0010 / +356 9944 1020

@@ gen067 | reply: refuse | from: bestyrelse@fynsflyveklub.dk | ref: OF-2026-3267 | ours: devest | style: plain | figs: d=14,h=5
--
Hello,

Thank you for the quote, but 9 hours on invoice is 540 EUR and that is too expensive for our club. We pass. Maybe we post the idea on the forum and see if other clubs are interested.

Jesper Nielsen
Fyns Flyveklub

@@ gen068 | reply: question | from: Fiona MacLeod <fiona.macleod58@gmail.com> | ref: OF-2026-3268 | ours: email | style: gmail
--
Which address would you be changing? I think we've got two on the record, the club outlook one and mine, and I only want the outlook one replaced with secretary@highlandaero.org.uk. If it's both then hold on.

Fiona

@@ gen069 | reply: refuse | from: vorstand@lsg-weserbergland.de | ref: OF-2026-3269 | ours: testplat | style: outlook
--
Not necessary at the moment, thank you.

Thomas Krause
LSG Weserbergland e.V.

@@ gen070 | reply: refuse | from: Lars Lindqvist <lars.lindqvist@telia.com> | ref: OF-2026-3270 | ours: migterms | style: gmail | nothread: 1 | note: new mail withdrawing the migration after the annual meeting
--
Hello,

I write about our migration to version 4 (your mail with the conditions). At the annual meeting on Sunday the members voted against the migration this year, mostly because of the cost of training the instructors again. So we do not agree and please withdraw the request.

Sorry for the extra work.

Best regards
Lars Lindqvist
Ordförande, Östgöta Flygklubb
Box 1234, 581 12 Linköping
070-555 12 34

@@ gen071 | reply: confirm | from: info@kerryaeroclub.ie | ref: OF-2026-3271 | ours: alpha | style: outlook
--
Hi,

Yes, we accept. Understood about no way back. Our lads are half of them software people anyway so they'll enjoy finding the bugs for you!

Declan

@@ gen072 | reply: question | from: info@vliegschoolzeeland.nl | ref: OF-2026-3272 | ours: estimate | style: apple | note: conditional on the time of day of the work
--
ok for us but only if it is done in the evening or at night, we fly from 8 to 20 every day and the instructors cannot have the planning down

Verstuurd vanaf mijn iPhone

@@ gen073 | reply: refuse | from: fenlandflyers@gmail.com | ref: OF-2026-3273 | ours: reset | style: gmail
--
No, don't do it. I remembered it this morning (it was written in the back of the tech log, of all places). Sorry for the bother.

Derek

@@ gen074 | reply: confirm | from: kasse@lsg-weserbergland.de | ref: OF-2026-3274 | ours: pool | style: gmail | figs: h=2,b=4
--
Hello,

We agree to give the 2 hours for the common development. The Vorstand has no objection.

Gruß
Wolfgang Meyer

@@ gen075 | reply: question | from: office@hanseflight.de | ref: OF-2026-3275 | ours: setup | style: outlook | note: negated question, thinks the package is included
--
Dear support team,

isn't the set-up package included in our Corporate subscription? When we signed in 2024 we were told that everything around the migration is covered. Please check before we receive an invoice.

Mit freundlichen Grüßen
Julia Krüger
Office Management
Hanse Flight Academy GmbH

@@ gen076 | reply: question | from: Alistair Greenwood <a.greenwood@talktalk.net> | ref: OF-2026-3276 | ours: overrun | style: plain | figs: d=4,b=1 | note: yes plus an unrelated support question
--
Hi,

Yes that's fine for the 3 hours over. While I have you - how do I give a new instructor access to the flight log screens? We've got two new BI rated members this winter and I can't find where the instructor rights are set. The old guide I have seems to be for a different version.

Cheers,
Alistair

@@ gen077 | reply: confirm | from: Joseph Camilleri <joseph.camilleri@maltaaviationacademy.com.mt> | ref: OF-2026-3277 | ours: devest | style: html | figs: d=10,h=7
--
Dear all,

Thank you for the detailed quote. I have discussed it with our accountable manager and we are happy to accept it as it stands: 7 hours from our bonus and the remaining 3 hours invoiced at the hourly rate. If other schools join in later and our share comes down, all the better, but please do not wait for that.

Our students will really appreciate seeing their progress against the syllabus online.

Kind regards,

Capt. Joseph Camilleri
Head of Training
Malta Aviation Academy Ltd
Hangar 2, Safi Aviation Park, Safi SFI 1020, Malta
Tel: +356 2165 0000 ext. 12
Mob: +356 7921 0087
Approved Training Organisation MT.ATO.0099

CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient. If you have received it in error please notify the sender and delete it.

@@ gen078 | reply: question | from: info@fsv-oberpfalz.de | ref: OF-2026-3278 | ours: migfee | style: gmail | note: disputes the fee, neither yes nor no
--
Hello,

at the AERO in Friedrichshafen your colleague told us the migration to 4 is free for every club. Now there is a fee of 50 EUR? We are a bit surprised. Please explain, then we decide in the board.

Best regards
Stefanie Wagner

@@ gen079 | reply: confirm | from: penningmeester@vliegclubfriesland.nl | ref: OF-2026-3279 | ours: testplat | style: outlook | qpos: above
--
Please do. Thanks!

Anneke

@@ gen080 | reply: refuse | from: committee@luxflightclub.lu | ref: OF-2026-3280 | ours: email | style: plain
--
Hello,

No thank you, we will change it ourselves in the client account. Nadine has the login.

Marc

@@ gen081 | reply: question | from: Ingrid Solberg <ingrid.solberg@online.no> | ref: OF-2026-3281 | ours: estimate | style: plain | note: yes with a binding date condition, not a mere preference
--
Hello,

Yes, but it must not be done before 15 January. We have the winter check flights in the first two weeks and the instructors need the planning exactly as it is now. After that it is fine.

Ingrid Solberg
Trøndelag Flyklubb
Flyplassvegen 20, 7500 Stjørdal
+47 913 45 678

@@ gen082 | reply: confirm | from: Boekhouding Vliegschool Zeeland <boekhouding@vliegschoolzeeland.nl> | ref: OF-2026-3282 | ours: migterms | style: outlook
--
Good morning,

Nothing against it from our side, we agree with the terms. Bram has informed us that it is final.

Met vriendelijke groet,
Sandra Verhage
Vliegschool Zeeland B.V.

@@ gen083 | reply: question | from: highlandaeroclub@outlook.com | ref: OF-2026-3283 | ours: alpha | style: outlook
--
Hi,

Does the alpha cost anything on our subscription? And if we really don't get on with it, surely you can put us back on 3.6 from a backup, even if it's not the normal way?

Fiona
Highland Aero Club

@@ gen084 | reply: question | from: Penningmeester Vliegclub Friesland <penningmeester@vliegclubfriesland.nl> | ref: OF-2026-3284 | ours: pool | style: outlook | figs: h=3,b=4 | note: not now, but maybe later in the year, unclear
--
Dear support,

For now we want to keep our hours for our own wishes, we only have 4 left. But if we do not use them by December we could maybe give them to this development. Can you ask us again at the beginning of December?

Met vriendelijke groet,
Anneke Postma

@@ gen085 | reply: confirm | from: accounts@kerryaeroclub.ie | ref: OF-2026-3285 | ours: setup | style: outlook | figs: p=300
--
Hi,

Yes, sign us up for the set-up package. 300 EUR is in the budget I agreed with the committee in September, so no issue there. Invoice to this address please.

Thanks,
Niamh Fitzgerald
Hon. Treasurer, Kerry Aero Club

@@ gen086 | reply: confirm | from: Klaus-Dieter Brandt <kd.brandt@web.de> | ref: OF-2026-3286 | ours: overrun | style: gmail | qpos: above | note: German English
--
Hello,

ok, please go ahead, the invoice for the rest is fine for us. Our Kassenwart knows about it.

Best regards
Klaus-Dieter Brandt

@@ gen087 | reply: question | from: Buchhaltung Hanse Flight <buchhaltung@hanseflight.de> | ref: OF-2026-3287 | ours: devest | style: html | note: wants a formal PDF quote before signing
--
Dear Sir or Madam,

for our internal approval we need a formal quote as PDF, with our company name, VAT ID DE298765432 and a quote number. An e-mail is not enough for our auditor. When we have the PDF, Mr. Petersen will sign it and send it back.

Mit freundlichen Grüßen
Birgit Lange
Buchhaltung
Hanse Flight Academy GmbH
Flughafenstraße 1-3, 22335 Hamburg

@@ gen088 | reply: confirm | from: wicklowmicrolights@gmail.com | ref: OF-2026-3288 | ours: reset | style: android | noquote: 1 | note: phone mail with typos
--
yes pls do it, cant get into the acount at all. cheers

Sent from my Galaxy

@@ gen089 | reply: question | from: Priya Shah <priya.shah@solentflighttraining.co.uk> | ref: OF-2026-3289 | ours: testplat | style: outlook
--
Hi,

Would the test platform be a copy of our live platform as it is today, including the aircraft and the instructor records? We need to rehearse the new CAMO workflow with real data, so a blank demo copy would be no good to us. If it's a copy of ours, we'd be keen.

Thanks,
Priya

@@ gen090 | reply: confirm | from: Stefanie Wagner <steffi.wagner@gmx.de> | ref: OF-2026-3290 | ours: migfee | style: gmail
--
Hello,

the board has aproved the 50 EUR, so why not, go ahead. Please send the invoice to info@fsv-oberpfalz.de, we pay by Überweisung.

Viele Grüße
Steffi Wagner
Flugsportverein Oberpfalz e.V.
Flugplatz Weiden, 92637 Weiden i.d.OPf.
Mobil 0171 555 8842

@@ gen091 | reply: refuse | from: kasserer@fynsflyveklub.dk | ref: OF-2026-3291 | ours: estimate | style: plain
--
Not now. We come back to it after the season.

Poul

@@ gen092 | reply: question | from: Mette Rasmussen <mette.rasmussen@mail.dk> | ref: OF-2026-3292 | ours: migterms | style: gmail | figs: nbd=1,nbm=11,v=4
--
Hello,

Before we confirm the migration to 4 (not before 1 November 2027 is correct): will the members' saved links and the app on their phones still work after the migration, or must everybody log in again with a new address? I need to prepare an information mail for 120 members.

Mette Rasmussen
Fyns Flyveklub

@@ gen093 | reply: question | from: kassor@ostgotaflygklubb.se | ref: OF-2026-3293 | ours: alpha | style: plain | note: agreement in principle but asks to wait for the members' meeting
--
Hello

OK in principle, but I have to tell the members first, it is their platform too. Could you wait with the alpha until after our members' meeting on 20 November? I will write again after that.

Eva

@@ gen094 | reply: confirm | from: accounts@solentflighttraining.co.uk | ref: OF-2026-3294 | ours: pool | style: outlook
--
No problem from our side, fine by us. Thanks.

Karen Whitfield
Accounts, Solent Flight Training Ltd

@@ gen095 | reply: confirm | from: Highland Aero Club <highlandaeroclub@outlook.com> | ref: OF-2026-3295 | ours: email | style: outlook | qpos: above
--
Yes, go ahead and change it. Bill us, that's fine.

Fiona

@@ gen096 | reply: refuse | from: finance@maltaaviationacademy.com.mt | ref: OF-2026-3296 | ours: setup | style: outlook
--
We'll manage in-house, thanks. Our admin team has done it before.

Daniel Borg
Finance Manager
Malta Aviation Academy Ltd

@@ gen097 | reply: refuse | from: Bram van Dijk <bram.vandijk@vliegschoolzeeland.nl> | ref: OF-2026-3297 | ours: overrun | style: outlook
--
Hi,

Hold off for now please. We don't want anything invoiced on top of our hours this year, so leave it and we'll look at it again when the new hours come in.

Bram

@@ gen098 | reply: confirm | from: declan.osullivan@eircom.net | ref: OF-2026-3298 | ours: devest | style: apple
--
Lets do it. Send on the invoice for the extra hours whenevr suits.

Declan

Sent from my iPhone

@@ gen099 | reply: confirm | from: admin@maltaaviationacademy.com.mt | ref: OF-2026-3299 | ours: estimate | style: gmail
--
Cheers, sounds fine.

Rebecca

@@ gen100 | reply: confirm | from: Mette Rasmussen <mette.rasmussen@mail.dk> | ref: OF-2026-3300 | ours: testplat | style: gmail | qpos: above
--
Yes thank you, please make it for us. It will be very useful to train the new instructors in January without touching the real bookings.

Mette

@@ gen101 | reply: confirm | from: Marc Weber <marc.weber@pt.lu> | ref: OF-2026-3301 | ours: migterms | style: gmail | nothread: 1 | noquote: 1 | note: new mail, not threaded, confirms the terms
--
Hello,

Following your mail with the conditions for our migration to version 4: the committee agrees with them, including the date and that it cannot be undone. You can plan it.

Best regards,
Marc Weber
Responsible OpenFlyers
Luxembourg Flight Club a.s.b.l.
Aérodrome de Noertrange, L-9650 Esch-sur-Sûre
+352 621 555 304

@@ gen102 | reply: question | from: info@fsv-oberpfalz.de | ref: OF-2026-3302 | ours: reset | style: gmail | note: complaint about the charge
--
Hello,

Why do you charge 30 EUR for resetting a password? This is normal service everywhere. We are a small club with 40 members and volunteers only. Please explain this to me.

Stefanie Wagner

@@ gen103 | reply: refuse | from: secretaris@vliegclubfriesland.nl | ref: OF-2026-3303 | ours: alpha | style: gmail
--
Hello,

Better not. We thought alpha meant a preview that we can stop if we don't like it. If there is no way back, we stay on 3.6 and wait for the real version 4.

Groeten,
Wietske de Boer

@@ gen104 | reply: question | from: secretary@penninegliding.org.uk | ref: OF-2026-3304 | ours: pool | style: plain
--
Hello,

Who is the other club, and can we see what exactly is being built before we commit hours? Our CFI has opinions on how the daily inspection sign-off should work and I'd rather he saw the spec first.

Jean Hollis
Pennine Gliding Club

@@ gen105 | reply: confirm | from: info@vliegschoolzeeland.nl | ref: OF-2026-3305 | ours: setup | style: outlook | qpos: above
--
Hello,

Yes, we would like to have the set-up package. Please send the questionnaire to Bram.

Kind regards,
Lotte Kramer
Front desk, Vliegschool Zeeland

@@ gen106 | reply: question | from: Henning Petersen <h.petersen@hanseflight.de> | ref: OF-2026-3306 | ours: overrun | style: android | note: asks for a phone call
--
Please call me to discuss before anything is invoiced. I am at the office Tuesday and Wednesday 9-12, mobile +49 171 555 3310.

Petersen

Gesendet von meinem Android

@@ gen107 | reply: question | from: vorstand@lsg-weserbergland.de | ref: OF-2026-3307 | ours: estimate | style: outlook | note: not the right person, forwards internally
--
Hello,

I cannot confirm this, I am only the chairman and the OpenFlyers topics are done by Mr. Brandt. I have forwarded your mail to him, he will answer you.

Thomas Krause
1. Vorsitzender LSG Weserbergland e.V.

@@ gen108 | reply: refuse | from: treasurer@luxflightclub.lu | ref: OF-2026-3308 | ours: migfee | style: plain | nothread: 1 | note: new mail, refuses to pay the fee
--
Hello,

About the migration fee you wrote to Marc last week: the committee will not pay 50 EUR for this. We stay on 3.6 as long as it works. Please do not create the invoice.

Nadine Schmit
Treasurer, Luxembourg Flight Club

@@ gen109 | reply: refuse | from: Sjoerd Hoekstra <s.hoekstra@kpnmail.nl> | ref: OF-2026-3309 | ours: devest | style: outlook
--
Helaas, no. Thank you for the work on the quote but the bestuur finds it too much for the moment.

Sjoerd

@@ gen110 | reply: confirm | from: Derek Holloway <derek.holloway@btinternet.com> | ref: OF-2026-3310 | ours: email | style: plain
--
Go ahead with the change, the fee is fine.

Derek Holloway
Fenland Flyers Club
"""
