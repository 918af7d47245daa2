"""Set i, English replies to our messages (confirm, refuse, question), from the clubs and schools of
``i_clients_en``: a wide range of registers and people (formal secretaries, terse instructors, retired
volunteers who wander, accountants, people answering for someone else, non-native writers)."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ ien001 | reply: confirm | from: Alasdair Buchanan <a.buchanan@fifemicrolights.org.uk> | ref: OF-2026-5201 | ours: estimate | style: android
--
ok go

Sent from my Galaxy

@@ ien002 | reply: refuse | from: Derek Ashworth <derek.ashworth@btinternet.com> | ref: OF-2026-5202 | ours: migfee | style: plain
--
Good afternoon,

Thank you for your note about the migration. I must say I was a little surprised to see a charge at all, not because fifty euros is a fortune but because I had understood from a chap at the Breighton fly-in (tall fellow, flies a Jodel, I forget his name) that these upgrades came free. Evidently not for those of us on the cheapest plan, which is fair enough, you have to earn a living like the rest of us.

I put it to the committee on Tuesday evening. We meet in the bar now since the portakabin roof finally gave up in September, and I'm afraid the discussion went round the houses rather. We spent a good forty minutes on whether to repaint the fuel bowser before anyone got round to you. In the end the feeling was that the system does what we need for our three aeroplanes, the members have only just got used to the booking screen, and nobody fancies learning a new one in the middle of winter.

So the club has decided to stay on the current version for the time being. Please don't raise the invoice. We may well come back to it in a year or two when some of the younger members take over the running of things, which can't come soon enough for my wife.

With best wishes from a very wet Lincolnshire,

Derek Ashworth
Hon. Secretary (and general dogsbody)
Wickenby Flying Club
01632 960418

@@ ien003 | reply: question | from: Klaus-Dieter Brinkmann <kd.brinkmann@t-online.de> | ref: OF-2026-5203 | ours: devest | style: plain | figs: d=7,h=3
--
Hello,

in principle we are fine with it, but what does that come to in total, with the German VAT included? Our Kassenprüfer (the auditors of the club) want to see one brutto number before the Vorstand signs anything.

And one more thing: are the 4 hours a fixed price, or can it become 6 or 7 if the work takes longer than you think?

Mit freundlichen Grüßen
Klaus-Dieter Brinkmann
1. Vorsitzender, LSG Paderborn e.V.

@@ ien004 | reply: confirm | from: Niamh Brennan <abbeyshrule.treasurer@gmail.com> | ref: OF-2026-5204 | ours: reset | style: gmail
--
Hi there,

Go ahead and reset it, and send the invoice over to this address. Declan has tried the link twice now and I think the mail is going to an old account none of us can get into any more.

Thanks a million,
Niamh Brennan
Treasurer, Abbeyshrule Aero Club

@@ ien005 | reply: confirm | from: Annika Lindqvist <annika.lindqvist@telia.com> | ref: OF-2026-5205 | ours: pool | style: outlook | figs: h=2
--
Hello,

No objection from our side. We have wanted this for the winter season since long time, so we are happy to put 2 hours in it.

Best regards
Annika Lindqvist
Karlstads Flygklubb
+46 54 00 12 34

@@ ien006 | reply: question | from: office@halfarflying.com.mt | ref: OF-2026-5206 | ours: setup | style: outlook | figs: p=300
--
Good morning,

Thank you for the offer. Before we decide, could you please confirm whether the EUR 300 is a one-off amount or whether it will recur every year with the subscription?

Also, we are VAT registered in Malta. Will the invoice be issued with reverse charge, or will French VAT be added on top?

Kind regards,

Maria Zammit
Office Administrator
Hal Far Flying School Ltd
Hal Far Industrial Estate, Birżebbuġa BBG 3000, Malta
Tel: +356 2100 4417

@@ ien007 | reply: confirm | from: accounts@humberflightacademy.co.uk | ref: OF-2026-5207 | ours: overrun | style: outlook | figs: d=5,b=2 | qpos: above
--
Estimated: 5.0 h
Credit remaining: 2.0 h
Chargeable: 3.0 h @ EUR 60.00 = EUR 180.00 + VAT

Agreed. Approved for payment on receipt of the invoice. Please quote PO HFA-26-0311 on it.

Gary Holt
Finance Manager
Humber Flight Academy Ltd
T 01652 960221

@@ ien008 | reply: refuse | from: Søren Kjærgaard <soren.kjaergaard@mail.dk> | ref: OF-2026-5208 | ours: testplat | style: plain
--
Hi,

Thank you, but we will do it ourselves from the client account. I made one before for my old club in Viborg and it was easy. Keep the half hour for something we can not do alone :)

Med venlig hilsen
Søren Kjærgaard
Formand, Herning Flyveklub

@@ ien009 | reply: confirm | from: Tomasz Wiśniewski <t.wisniewski@wp.pl> | ref: OF-2026-5209 | ours: migterms | style: gmail | figs: v=4,nbd=15,nbm=3
--
Dear Sirs,

In the name of Aeroklub Ziemi Kętrzyńskiej I confirm that we agree with the conditions of the migration to the version 4. We understand that it is not possible to come back to the old version and that you can not guarantee the exact date.

The date 15 March is correct for us, before this we have the winter theory course on the old system and we do not want to change in the middle of it.

With regards,
Tomasz Wiśniewski
Prezes Zarządu
Aeroklub Ziemi Kętrzyńskiej
tel. +48 89 751 00 00

@@ ien010 | reply: question | from: Bart Kuipers <bart.kuipers@kpnmail.nl> | ref: OF-2026-5210 | ours: alpha | style: apple
--
Hello,

We have read the conditions. Before we say yes I want to know one thing: when there is a bug in the alpha that blocks the reservations on a saturday morning, how fast do you repair it? In the weekend we have most of the flights and our members are not so patient ;)

Also is it possible to go from the alpha to the normal stable version later without extra costs?

Met vriendelijke groet,
Bart Kuipers
Vliegclub Hoogeveen

Verstuurd vanaf mijn iPhone

@@ ien011 | reply: refuse | from: Gerhard Pichler <gerhard.pichler@gmx.at> | ref: OF-2026-5211 | ours: email | style: plain
--
Hello,

no thank you, I will change it myself in the client account. I did not see this "My details" page before, now I found it. Sorry for the trouble.

Servus from Vöcklabruck
Gerhard Pichler

@@ ien012 | reply: question | from: provoz@jihlavaflight.cz | ref: OF-2026-5212 | ours: estimate | style: outlook | figs: h=3
--
Hello,

We agree with the 3 hours but only under the condition that it is finished before 11 January. On this date starts our new ATPL theory group and the new instructor schedule must work from the first day.

If you can not make it until then please tell us, and we will think again.

Best regards,
Lenka Horáková
Operations
Jihlava Flight School s.r.o.
Letiště Jihlava, 588 01 Jihlava
+420 567 000 212

@@ ien013 | reply: confirm | from: info@zvc-ursel.be | ref: OF-2026-5213 | ours: migfee | style: apple
--
np, do it

Jef

Verstuurd vanaf mijn iPhone

@@ ien014 | reply: refuse | from: tesouraria@aeroclubeevora.pt | ref: OF-2026-5214 | ours: devest | style: gmail | figs: d=12,h=5
--
Good afternoon,

We presented the quote to the direction of the club on Saturday. Unfortunately 420 euros plus IVA is not possible for us this year, all the budget went to the engine overhaul of the Cessna.

So we don't accept, but thank you for the work you put in the estimate. Maybe next year we can put the idea on the forum and find other clubs to share.

Cumprimentos,
Ana Ribeiro
Tesoureira - Aeroclube de Évora

@@ ien015 | reply: question | from: Jukka Heikkinen <jukka.heikkinen@elisanet.fi> | ref: OF-2026-5215 | ours: pool | style: plain
--
Hi,

Which organisation asked this, and what exactly is the development? We can not give hours to something we have not seen. Please send the description first.

Jukka

@@ ien016 | reply: refuse | from: biuro@aeroklub-ketrzyn.pl | ref: OF-2026-5216 | ours: reset | style: plain
--
Hello,

Thank you, it is not needed anymore. I used the "Forgotten password" link this morning and it worked, I am in the account now.

Best regards
Małgorzata Nowak
biuro Aeroklubu

@@ ien017 | reply: confirm | from: Anja Wiegand <a.wiegand@flugschule-kassel.de> | ref: OF-2026-5217 | ours: estimate | style: outlook | figs: h=2,b=6 | qpos: above
--
Dear Sir or Madam,

Further to your email of 18 November concerning our request, I am pleased to confirm on behalf of Flugschule Kassel GmbH that you may schedule the work as estimated, the 2 hours to be deducted from our hours credit. We take note that our remaining balance will thereafter amount to 4 hours.

Yours faithfully

Dr. Anja Wiegand
Geschäftsführerin
Flugschule Kassel GmbH | Flughafenstraße 1 | 34292 Ahnatal
Tel. +49 5609 00 00 10
Amtsgericht Kassel HRB 00000

@@ ien018 | reply: confirm | from: Declan Mulvihill <declan.mulvihill@eircom.net> | ref: OF-2026-5218 | ours: setup | style: plain | figs: p=240
--
Hello,

A bit of background first. When we started with your system back in 2021 one of our members, God be good to him, set the whole thing up over a weekend from his kitchen table. He did great work but he put the rates in as they were in his head rather than as the committee had agreed, so we've had two years of members being charged 142 an hour on the Cessna when it should have been 138, and the microlight booked as if it were a twin. We've been patching it ever since and every time someone fixes one thing another falls over.

At the AGM last month the members more or less told the committee to get it sorted properly this winter, and I said I'd look into it. So your mail came at the right time.

Long story short: yes, sign us up for the package at 240, and send on the questionnaire. I'll get it back to you before Christmas.

Regards,
Declan Mulvihill
Abbeyshrule Aero Club
087 000 4521

@@ ien019 | reply: refuse | from: kasse@lsg-paderborn.de | ref: OF-2026-5219 | ours: overrun | style: plain | figs: d=4,b=1
--
Hello,

we have discussed it in the Vorstand. We do not want to pay 180 EUR for this now. On 1 January we get the new hours, so we wait and will send the request again in January.

Kind regards
Wolfgang Strunk
Kassenwart LSG Paderborn

@@ ien020 | reply: question | from: Derek Ashworth <derek.ashworth@btinternet.com> | ref: OF-2026-5220 | ours: migterms | style: plain | figs: v=4,nbd=1,nbm=4
--
Dear Support,

Thank you for this. Before I put my name to anything "final" I would like to be sure of one thing, and I hope you'll forgive an old man for asking what may be a daft question.

Our oldest member, Stanley, is 91 and still comes up every Sunday. He hasn't flown as P1 since 2015 but he likes to see his hours on the screen, and he was the one who typed most of the old logbook entries in when we started with you. If we go to version 4 on or after 1 April, will all those records from 2014 onwards come across exactly as they are? I really wouldn't want to be the one to tell him they've vanished.

Incidentally, the windsock pole came down in the gales last week, so if anyone at your end knows a good supplier I'm all ears.

Kind regards,
Derek Ashworth
Wickenby Flying Club

@@ ien021 | reply: confirm | from: office@halfarflying.com.mt | ref: OF-2026-5221 | ours: testplat | style: android
--
yep go for it, cheers! we want to play with the new briefing page on it before the summer rush

Kyle (FI)

Sent from my Galaxy

@@ ien022 | reply: refuse | from: Koen Vermeulen <koen.vermeulen@telenet.be> | ref: OF-2026-5222 | ours: alpha | style: gmail
--
Hello,

After reading this we'll give it a miss. Most of our members are retired and menus that move around would drive them mad. We stay on the version we have.

Thanks anyway,
Koen Vermeulen
voorzitter ZVC Ursel

@@ ien023 | reply: confirm | from: abbeyshruleaeroclub@eircom.net | ref: OF-2026-5223 | ours: email | style: outlook
--
Dear Sir/Madam,

The chairman has asked me to let you know that the club is happy for you to make the change and to bill us the 30 euro. The new address is the one in his original mail.

Kind regards,
Orla Quinn
Secretary, Abbeyshrule Aero Club

@@ ien024 | reply: confirm | from: accounts@humberflightacademy.co.uk | ref: OF-2026-5224 | ours: devest | style: outlook | figs: d=10,h=4
--
Quote reviewed.

10 h total
4 h against bonus
6 h x EUR 60 = EUR 360 net, EUR 432 gross at 20 %

Within the 2026/27 budget line for the LMS integration. Accepted.

Gary Holt
Finance Manager, Humber Flight Academy Ltd

@@ ien025 | reply: refuse | from: secretariaat@vliegclubhoogeveen.nl | ref: OF-2026-5225 | ours: estimate | style: plain | figs: h=2,b=3
--
Hello,

Not now please. We have only 3 hours left for this year and our penningmeester wants to keep them for problems during the season. We will ask it again in the spring.

Groeten,
Ellen Mulder
secretariaat Vliegclub Hoogeveen

@@ ien026 | reply: confirm | from: João Carvalho <joao.carvalho@sapo.pt> | ref: OF-2026-5226 | ours: pool | style: alt | figs: h=1 | qpos: above
--
Dear Sirs,

I acknowledge your message and I inform that the Aeroclube de Évora agrees to participate in the shared development with 1 hour of our bonus hours. We thank you for the opportunity to be part of it.

With my best regards,

João Carvalho
Presidente da Direção
Aeroclube de Évora
Aeródromo Municipal de Évora, 7005-000 Évora
+351 266 000 310

@@ ien027 | reply: question | from: sfg.voecklabruck@aon.at | ref: OF-2026-5227 | ours: migfee | style: plain
--
Hello,

50 EUR for a migration is a lot for a small gliding group with four gliders. I read on your pages that the migration to an alpha version is free of charge. Would it be possible to go to 4.0alpha instead, and later from the alpha to the stable version, also free?

If yes we prefer this way.

Greetings from the Salzkammergut
Gerhard

@@ ien028 | reply: refuse | from: ekonomi@karlstadsflygklubb.se | ref: OF-2026-5228 | ours: setup | style: outlook
--
Hi,

We talked about this in the board yesterday. We have had all our prices and aircraft in the system for years, so we do not need a questionnaire. We'll manage it ourselves.

Thank you anyway.

Per Eklund
Ekonomiansvarig, Karlstads Flygklubb

@@ ien029 | reply: question | from: formand@herningflyveklub.dk | ref: OF-2026-5229 | ours: overrun | style: plain | figs: d=5,b=3
--
Fine by me, but what does that come to with the Danish moms (VAT)? Our kasserer wants the full amount before he pays anything.

Søren

@@ ien030 | reply: confirm | from: wickenbyflyingclub@gmail.com | ref: OF-2026-5230 | ours: reset | style: gmail
--
yes please do it, i have tryed the forgoten password link 3 times and nothing comes thru. its probly going to the old hotmail that Brian set up years ago and hes moved to spain now. charge us the fee its fine

Ron (treasurer)

@@ ien031 | reply: question | from: secretary@fifemicrolights.org.uk | ref: OF-2026-5231 | ours: testplat | style: gmail
--
Hello,

Would the half hour come off now, or only once the test site is actually up and running? And does it get deleted after a while? We'd want it kept until at least Easter so the instructors can try things over the winter.

Thanks,
Morag Reid
Club Secretary, Fife Microlight Club

@@ ien032 | reply: confirm | from: info@flugschule-kassel.de | ref: OF-2026-5232 | ours: migterms | style: outlook
--
Agreed.

A. Wiegand

@@ ien033 | reply: confirm | from: Søren Kjærgaard <soren.kjaergaard@mail.dk> | ref: OF-2026-5233 | ours: alpha | style: plain
--
Hello,

Yes we accept. Two of our members work with software in Aarhus and they look forward to see the new version early, they will tell you what they find. The others will survive :)

Venlig hilsen
Søren

@@ ien034 | reply: confirm | from: Jukka Heikkinen <jukka.heikkinen@elisanet.fi> | ref: OF-2026-5234 | ours: estimate | style: plain
--
Yes. Please proceed.

Jukka Heikkinen

@@ ien035 | reply: question | from: Annika Lindqvist <annika.lindqvist@telia.com> | ref: OF-2026-5235 | ours: devest | style: outlook | qpos: above
--
Hello,

Thank you for the quote. I will present it to the board on 9 December and come back to you after that meeting. I cannot say yes or no before.

Best regards
Annika

@@ ien036 | reply: question | from: Tomasz Wiśniewski <t.wisniewski@wp.pl> | ref: OF-2026-5236 | ours: email | style: gmail
--
Hello,

Why we have to pay 30 EUR for this? The address on our record is wrong because it was typed wrong when we started in 2023, there is "aerklub" and not "aeroklub". It was not our mistake. I think this should be corrected without payment, please explain.

Tomasz Wiśniewski

@@ ien037 | reply: refuse | from: Priya Chauhan <priya.chauhan@humberflightacademy.co.uk> | ref: OF-2026-5237 | ours: pool | style: outlook
--
Hi,

Thanks for thinking of us, but we'll pass on this one. It's a nice-to-have at best for a school like ours and we'd rather keep the hours for our own integration work in Q1.

Best,
Priya

Priya Chauhan | Head of Training | Humber Flight Academy Ltd

@@ ien038 | reply: confirm | from: provoz@jihlavaflight.cz | ref: OF-2026-5238 | ours: setup | style: outlook | figs: p=300
--
Send the invoice over, we take the set-up package. The questionnaire please to this address, I will fill it with our chief instructor.

Lenka Horáková
Jihlava Flight School s.r.o.

@@ ien039 | reply: confirm | from: Declan Mulvihill <declan.mulvihill@eircom.net> | ref: OF-2026-5239 | ours: migfee | style: android
--
Grand so, go ahead. We'll pay it when it lands.

Declan

Sent from my Galaxy

@@ ien040 | reply: confirm | from: Rachel Camilleri <r.camilleri@halfarflying.com.mt> | ref: OF-2026-5240 | ours: overrun | style: outlook | figs: d=6,b=2
--
Hi,

Bill us for the extra 4 hours, not a problem at all. We need the feature in place before the summer season, so the sooner the better.

Rachel Camilleri
Managing Director
Hal Far Flying School Ltd

@@ ien041 | reply: question | from: vorstand@lsg-paderborn.de | ref: OF-2026-5241 | ours: estimate | style: plain | figs: h=2
--
Hello,

before I say yes: 2 hours for adding one field on the invoice PDF? For us this seems quite a lot. Can you explain what is included in this time?

Klaus-Dieter Brinkmann

@@ ien042 | reply: confirm | from: João Carvalho <joao.carvalho@sapo.pt> | ref: OF-2026-5242 | ours: testplat | style: gmail
--
Yes please, create it. Obrigado!

João

@@ ien043 | reply: refuse | from: kansli@karlstadsflygklubb.se | ref: OF-2026-5243 | ours: migterms | style: outlook | figs: v=4
--
Hello,

If you cannot give us a date then we prefer not to do it now. Please withdraw our request for version 4. We will look at it again after the season, when it matters less if the system is down for a while.

Regards
Karlstads Flygklubb, kansliet
Lena Holm

@@ ien044 | reply: question | from: Alasdair Buchanan <a.buchanan@fifemicrolights.org.uk> | ref: OF-2026-5244 | ours: alpha | style: gmail
--
Before we agree, does the alpha change the members' side as well, i.e. the booking screens on the phone? Half our lot book from the airfield on their phones with freezing fingers. If it's only the admin pages that move about, fine, but I need to know first.

Alasdair

@@ ien045 | reply: confirm | from: Gerhard Pichler <gerhard.pichler@gmx.at> | ref: OF-2026-5245 | ours: reset | style: plain
--
Ja, please do it. I can not find the login mail anymore and the link goes to the old Obmann.

Gerhard

@@ ien046 | reply: confirm | from: rahastonhoitaja@lahdenilmailukerho.fi | ref: OF-2026-5246 | ours: devest | style: html | figs: d=8,h=3 | qpos: above
--
Hello,

The board approved the quote at its meeting yesterday evening. You may use the 3 bonus hours and invoice the remaining 5 hours to the club.

Best regards,
Mikko Laine
Treasurer, Lahden Ilmailukerho ry
Y-tunnus 0000000-0

@@ ien047 | reply: question | from: kasserer@herningflyveklub.dk | ref: OF-2026-5247 | ours: pool | style: plain | figs: h=2
--
Hello,

We can give 1 hour, not 2. We need the rest for the spring. Is 1 hour also ok for you, or then we are out?

Niels Bech
kasserer

@@ ien048 | reply: refuse | from: Derek Ashworth <derek.ashworth@btinternet.com> | ref: OF-2026-5248 | ours: email | style: plain
--
Dear Sir or Madam,

Thirty euros to change an e-mail address! I remember when you could ring the bank and they'd do it for nothing, though I suppose the bank doesn't do anything for nothing these days either.

My grandson is coming up at the weekend to help me clear the hangar gutters, and I'll get him to sort it out through the client account while he's here. He's very good with these things. So there's no need for you to do anything.

Regards,
Derek Ashworth

@@ ien049 | reply: question | from: Bart Kuipers <bart.kuipers@kpnmail.nl> | ref: OF-2026-5249 | ours: setup | style: apple | figs: p=180
--
Hello,

What exactly do you take over? Also the member accounts and the balances from our old Excel, or only the settings? And is the 180 euro including BTW or not?

Bart

@@ ien050 | reply: confirm | from: geral@aeroclubeevora.pt | ref: OF-2026-5250 | ours: estimate | style: plain
--
Confirmo, podem avançar.

Sorry, in English: I confirm, you can go ahead.

Tiago Mendes
Aeroclube de Évora

@@ ien051 | reply: refuse | from: buchhaltung@flugschule-kassel.de | ref: OF-2026-5251 | ours: overrun | style: outlook | nothread: 1
--
Dear Sir or Madam,

We do not agree to an additional invoice in the current financial year, as our budget for 2026 is closed. Please do not carry out the work.

With kind regards

Sabine Otto
Buchhaltung
Flugschule Kassel GmbH

@@ ien052 | reply: question | from: biuro@aeroklub-ketrzyn.pl | ref: OF-2026-5252 | ours: migfee | style: plain
--
Hello,

Can we pay the 50 EUR by bank transfer in PLN from our account? We do not have an account in euro. And please the invoice must have our NIP number (tax number), otherwise the accountant can not book it. Is this possible?

Małgorzata Nowak
Aeroklub Ziemi Kętrzyńskiej

@@ ien053 | reply: confirm | from: Klaus-Dieter Brinkmann <kd.brinkmann@t-online.de> | ref: OF-2026-5253 | ours: testplat | style: plain
--
Hello,

yes, please create the test platform for us. Our new Fluglehrer want to try the new things without breaking the real bookings.

Thank you and a good start in the winter!
Klaus-Dieter

@@ ien054 | reply: confirm | from: Declan Mulvihill <declan.mulvihill@eircom.net> | ref: OF-2026-5254 | ours: migterms | style: outlook | figs: v=4,nbd=1,nbm=2 | qpos: above
--
Hi,

So I brought this to the committee on Thursday. You'd think a software upgrade would be a five-minute item. Not in this club. Paddy wanted to know if version 4 would show the weather (it won't, I told him, we have a window for that), Aoife was worried the members' balances would be wiped, and our PRO asked whether we'd get a press release out of it.

Once we'd calmed down, the real question was whether anyone minded it being permanent, and nobody did. The old version has been grand but the new booking screen is the reason we asked in the first place, and nobody is going to want to go back. And 1 February suits us: the Christmas vouchers will be flown by then.

So yes, we're fine with all of that. Go ahead on that basis.

Declan Mulvihill
Abbeyshrule Aero Club

@@ ien055 | reply: refuse | from: Anja Wiegand <a.wiegand@flugschule-kassel.de> | ref: OF-2026-5255 | ours: alpha | style: outlook
--
Dear Sir or Madam,

Thank you for the clear explanation. As an approved training organisation we cannot train students on a system that changes without notice. The company has therefore decided to stay on the current version and wait for the next stable release. Please cancel our request for the alpha.

Kind regards
Dr. Anja Wiegand
Flugschule Kassel GmbH

@@ ien056 | reply: question | from: ucetni@jihlavaflight.cz | ref: OF-2026-5256 | ours: devest | style: outlook | figs: d=9,h=5
--
Hello,

We accept the quote under one condition: the invoice for the 4 hours (240 EUR) must be dated in January 2027, not December. Our budget for 2026 is already closed. If this is possible please confirm and we go.

Regards,
Ing. Jana Svobodová
účetní / accountant
Jihlava Flight School s.r.o.

@@ ien057 | reply: confirm | from: vorstand@lsg-paderborn.de | ref: OF-2026-5257 | ours: pool | style: plain
--
Einverstanden. Take them from our hours, this function helps us also.

KD Brinkmann

@@ ien058 | reply: question | from: Koen Vermeulen <koen.vermeulen@telenet.be> | ref: OF-2026-5258 | ours: reset | style: gmail
--
Hello,

The problem is that the reset mail goes to an address of our former secretary, she left the club last year. If you do the reset by hand, to which address do you send the new password? Can you send it to me on this address?

Koen Vermeulen
ZVC Ursel

@@ ien059 | reply: confirm | from: info@zvc-ursel.be | ref: OF-2026-5259 | ours: email | style: html
--
Hello,

Please make the change, the 30 euro is no problem for us. Thank you for the fast answer.

Groeten,
Jef Claeys
secretaris ZVC Ursel

@@ ien060 | reply: confirm | from: accounts@humberflightacademy.co.uk | ref: OF-2026-5260 | ours: setup | style: outlook | figs: p=420 | qpos: above
--
Approved. EUR 420 + VAT.

Invoice to: Humber Flight Academy Ltd, Accounts Payable
PO: HFA-26-0347
Payment terms 30 days.

Gary Holt
Finance Manager

@@ ien061 | reply: question | from: formand@herningflyveklub.dk | ref: OF-2026-5261 | ours: estimate | style: plain
--
Hi,

Is this the same job we talked about on the phone in October? Then I thought it was already done. If it is something new then ok, but I want to be sure we do not pay the hours two times.

Søren Kjærgaard

@@ ien062 | reply: confirm | from: penningmeester@vliegclubhoogeveen.nl | ref: OF-2026-5262 | ours: overrun | style: plain | figs: d=4,b=2
--
Hello,

Okay for us, no problem. You can send the invoice of 120 euro to this address.

Groet,
Wim de Boer
penningmeester Vliegclub Hoogeveen

@@ ien063 | reply: refuse | from: Annika Lindqvist <annika.lindqvist@telia.com> | ref: OF-2026-5263 | ours: testplat | style: apple
--
No thanks, I made it myself yesterday evening after reading your mail. It took two minutes!

Annika

Skickat från min iPhone

@@ ien064 | reply: question | from: hallitus@lahdenilmailukerho.fi | ref: OF-2026-5264 | ours: migterms | style: plain | figs: v=4,nbd=1,nbm=3
--
Hello,

We wanted the migration in February, before the season starts. 1 March is too late for us, I think there was a mistake. Can you change the date to not before 1 February?

Jukka Heikkinen
Lahden Ilmailukerho

@@ ien065 | reply: confirm | from: geral@aeroclubeevora.pt | ref: OF-2026-5265 | ours: alpha | style: android
--
yeah thats fine, we know what alpha means 😄 go for it

Tiago (instrutor)

@@ ien066 | reply: question | from: wickenbyflyingclub@gmail.com | ref: OF-2026-5266 | ours: migfee | style: gmail
--
Hello,

Before I authorise this can you tell me if the 50 euros is the lot, or will there be another charge on top for moving tariff? I believe we are still on the price from when we joined in 2018.

Ron Hebden
Treasurer, Wickenby FC

@@ ien067 | reply: refuse | from: Alasdair Buchanan <a.buchanan@fifemicrolights.org.uk> | ref: OF-2026-5267 | ours: devest | style: gmail | figs: d=6,h=3
--
Hi,

The committee looked at it on Thursday and decided to shelve the idea for now. It's not worth 180 euros to us for something we can keep doing with a spreadsheet.

Thanks for pricing it up though.

Alasdair Buchanan
Chairman, Fife Microlight Club

@@ ien068 | reply: confirm | from: Petr Dvořák <petr.dvorak@jihlavaflight.cz> | ref: OF-2026-5268 | ours: pool | style: outlook | figs: h=2
--
Hello,

yes, we participate with 2 h.

Petr Dvořák
Jihlava Flight School

@@ ien069 | reply: question | from: sfg.voecklabruck@aon.at | ref: OF-2026-5269 | ours: email | style: plain
--
Hello,

before you change: we have the club address and my own one on the record. Which one do you change? Only the contact address should go to our new Obmann, the club address stays the same. I want to be sure that the renewal mails still come to us.

Gerhard Pichler

@@ ien070 | reply: confirm | from: Tomasz Wiśniewski <t.wisniewski@wp.pl> | ref: OF-2026-5270 | ours: setup | style: gmail | figs: p=240
--
Hello,

We want the package. Please send us the questionnaire in English, we will fill it in during the winter. Invoice to the Aeroklub as always.

Best regards
Tomasz Wiśniewski

@@ ien071 | reply: confirm | from: kansli@karlstadsflygklubb.se | ref: OF-2026-5271 | ours: estimate | style: outlook | qpos: above
--
Annika is travelling this week and has asked me to reply on her behalf: thank you, you have our go-ahead.

With kind regards,
Lena Holm
Karlstads Flygklubb

@@ ien072 | reply: refuse | from: tesouraria@aeroclubeevora.pt | ref: OF-2026-5272 | ours: overrun | style: gmail | figs: d=7,b=3
--
Hello,

Then we will wait for January when the new hours come. No invoice please, 240 euros is too much for us at the end of the year.

Ana Ribeiro

@@ ien073 | reply: question | from: info@flugschule-kassel.de | ref: OF-2026-5273 | ours: testplat | style: outlook
--
Dear support team,

Before we decide: is the test platform a copy of our real data, with names and addresses of our students? For the GDPR we have to know who has access to it and where it is hosted. Can you send us this information?

Kind regards
Markus Henning
IT / Administration
Flugschule Kassel GmbH

@@ ien074 | reply: question | from: Gerhard Pichler <gerhard.pichler@gmx.at> | ref: OF-2026-5274 | ours: migterms | style: plain
--
Hello,

We agree with the conditions, but first please tell us how much the invoice for the migration will be. We are First Price and I read there are more costs when the tariff is old. I have to know the number before the Jahreshauptversammlung.

Gerhard

@@ ien075 | reply: question | from: kasse@lsg-paderborn.de | ref: OF-2026-5275 | ours: alpha | style: plain
--
Hello,

We accept, provided the monthly export for our bookkeeping (CSV for the Kasse) still works in the alpha. If it does not work, we cannot do the accounts. Can you confirm this?

Wolfgang Strunk

@@ ien076 | reply: refuse | from: abbeyshrule.treasurer@gmail.com | ref: OF-2026-5276 | ours: reset | style: gmail
--
Ah no, don't bother! Declan found the password written in the back of his pilot's logbook of all places. Sorry for the hassle.

Niamh

@@ ien077 | reply: question | from: Rachel Camilleri <r.camilleri@halfarflying.com.mt> | ref: OF-2026-5277 | ours: devest | style: outlook | figs: d=14,h=8 | nothread: 1
--
Hello,

Thank you for the quote. Six hours on top of our own eight is more than I can sign off on my own. Would you be able to hold it for a few weeks while I post the idea on your forum? I'm fairly sure the other schools running simulators would want this too, and if one or two join in the invoiced part should come down.

Can you let me know if that works on your side?

Rachel Camilleri
Hal Far Flying School Ltd

@@ ien078 | reply: refuse | from: Anja Wiegand <a.wiegand@flugschule-kassel.de> | ref: OF-2026-5278 | ours: pool | style: outlook
--
Dear Sir or Madam,

Thank you for asking us. This function is not relevant for a flight school like ours, so we will not participate.

Kind regards
A. Wiegand

@@ ien079 | reply: confirm | from: biuro@aeroklub-ketrzyn.pl | ref: OF-2026-5279 | ours: email | style: plain
--
Hello,

ok, change it please. 30 EUR is ok, we don't have time to look for the menu.

Małgorzata

@@ ien080 | reply: confirm | from: geral@aeroclubeevora.pt | ref: OF-2026-5280 | ours: setup | style: alt
--
Good morning,

We are quite new with the system. Until this year everything was on paper and a big board in the hangar, and the members still prefer to write their name on the board with a marker. Our president is convinced that with the right settings they will change, but we tried to enter the prices ourselves and made a confusion with the members and non-members rates.

We think it is better to have professionals do it. So yes, we want the set-up package. Please send the questionnaire.

Tiago Mendes
Aeroclube de Évora

@@ ien081 | reply: question | from: ops@humberflightacademy.co.uk | ref: OF-2026-5281 | ours: estimate | style: gmail
--
yep fine as long as it's live before the CAA visit on the 14th, otherwise no point really. can you do that?

Dan
Ops, Humber Flight Academy

@@ ien082 | reply: confirm | from: treasurer@fifemicrolights.org.uk | ref: OF-2026-5282 | ours: overrun | style: gmail | figs: d=5,b=1
--
Hello,

You'll have gathered from Alasdair's first mail that this all started when two members turned up on the same Saturday with the same aircraft booked, both with a printout, both convinced they were right. One had booked on the website, the other had been told by the duty instructor it was fine, and it ended with a lot of shouting in the clubhouse and one very cold cup of tea. The committee wants the double-booking check sorted before the spring.

I've looked at the numbers. 4 hours over our credit is more than we'd hoped, but less than losing another member over it.

Take the extra from the club account, invoice to this address please.

Iain Drummond
Treasurer, Fife Microlight Club

@@ ien083 | reply: refuse | from: sfg.voecklabruck@aon.at | ref: OF-2026-5283 | ours: migfee | style: plain | noquote: 1
--
Hello,

About the migration: we talked in the group at the weekend and we decided to stay on 3.6. It works for us and we prefer to spend the money on the winch. Please do not make the invoice.

Gerhard Pichler
SFG Vöcklabruck

@@ ien084 | reply: question | from: Bart Kuipers <bart.kuipers@kpnmail.nl> | ref: OF-2026-5284 | ours: testplat | style: apple
--
Yes, but can it be a copy of the demo instead of our own platform? We want to try new settings with fake members, not with the real ones.

Bart

@@ ien085 | reply: question | from: secretary@fifemicrolights.org.uk | ref: OF-2026-5285 | ours: migterms | style: gmail | figs: v=4,nbd=1,nbm=4
--
Hello,

I'm fine with the terms myself, but I need to check with our CFI whether 1 April clears the exam week. I'll come back to you once I've heard from him.

Morag Reid
Club Secretary

@@ ien086 | reply: confirm | from: Declan Mulvihill <declan.mulvihill@eircom.net> | ref: OF-2026-5286 | ours: alpha | style: android
--
Yes, we accpet. Go on so.

Declan

@@ ien087 | reply: confirm | from: secretariaat@vliegclubhoogeveen.nl | ref: OF-2026-5287 | ours: devest | style: alt | qpos: above
--
Dear OpenFlyers,

The members' meeting of last Friday voted in favour of this development. We accept the quote as it is.

With kind regards,
Ellen Mulder
Secretariaat Vliegclub Hoogeveen
Vliegveld Hoogeveen, Creatonweg 0, 7900 AA Hoogeveen

@@ ien088 | reply: question | from: office@halfarflying.com.mt | ref: OF-2026-5288 | ours: pool | style: outlook
--
Hi,

Which is the other organisation? If it is the other school on the island we would rather not pay towards something they asked for. If it's a club abroad, I think Rachel would agree.

Maria
Hal Far Flying School

@@ ien089 | reply: confirm | from: Koen Vermeulen <koen.vermeulen@telenet.be> | ref: OF-2026-5289 | ours: reset | style: gmail
--
Please do it, and put it on the invoice. I have no more patience with that link.

Koen

@@ ien090 | reply: question | from: Søren Kjærgaard <soren.kjaergaard@mail.dk> | ref: OF-2026-5290 | ours: setup | style: plain
--
Hello

We pay for Business every year. Is the set-up package not included in this? I thought it was. If we must pay extra I need to ask the board.

Søren

@@ ien091 | reply: refuse | from: Rachel Camilleri <r.camilleri@halfarflying.com.mt> | ref: OF-2026-5291 | ours: estimate | style: outlook
--
Hi,

Thanks, but we'll do it ourselves. It turns out the change is only in our own e-mail template and Kyle can edit that in ten minutes. Please close the request.

Rachel

@@ ien092 | reply: question | from: ucetni@jihlavaflight.cz | ref: OF-2026-5292 | ours: overrun | style: outlook | figs: d=6,b=1
--
Hello,

Before we can agree to 300 EUR, our accountant needs a proforma invoice with the exact description of the work. Without this document I can not approve. Can you send it?

Ing. Jana Svobodová
Jihlava Flight School s.r.o.

@@ ien093 | reply: confirm | from: Tomasz Wiśniewski <t.wisniewski@wp.pl> | ref: OF-2026-5293 | ours: migfee | style: gmail
--
Hello,

Good, we accept the fee for migration. We will pay after the invoice is in the client account.

Tomasz

@@ ien094 | reply: confirm | from: Petr Dvořák <petr.dvorak@jihlavaflight.cz> | ref: OF-2026-5294 | ours: testplat | style: outlook
--
No questions from my side, create it please.

Petr

@@ ien095 | reply: confirm | from: Klaus-Dieter Brinkmann <kd.brinkmann@t-online.de> | ref: OF-2026-5295 | ours: migterms | style: plain | figs: v=4,nbd=15,nbm=1 | qpos: above
--
Dear OpenFlyers team,

With reference to your message, I hereby confirm on behalf of the Vorstand of the Luftsportgruppe Paderborn e.V. that we agree to the migration terms: not before 15 January, only after all invoices are paid, no fixed date, and no return to the old version. The members were informed at the autumn meeting.

With kind regards
Klaus-Dieter Brinkmann
1. Vorsitzender

@@ ien096 | reply: refuse | from: biuro@aeroklub-ketrzyn.pl | ref: OF-2026-5296 | ours: alpha | style: plain
--
Hello,

No, thank you. After this explanation we wait for the stable version. Our instructors are not young and they need the menus to stay in the same place.

Małgorzata Nowak

@@ ien097 | reply: question | from: buchhaltung@flugschule-kassel.de | ref: OF-2026-5297 | ours: devest | style: outlook | figs: d=8,h=3
--
Dear Sir or Madam,

Can you please confirm that the 5 invoiced hours are a fixed price? We can only approve an order with a fixed amount, not an estimate that may increase.

With kind regards
Sabine Otto
Buchhaltung

@@ ien098 | reply: question | from: Alasdair Buchanan <a.buchanan@fifemicrolights.org.uk> | ref: OF-2026-5298 | ours: pool | style: gmail
--
Hi,

I'd like to see the spec before we commit anything. Also, would you take a cash contribution instead of hours? We've a few things planned for the spring and I'd rather not use the hours up now.

Alasdair

@@ ien099 | reply: question | from: wickenbyflyingclub@gmail.com | ref: OF-2026-5299 | ours: reset | style: gmail
--
Hello

Theres a problem, the reset mail still doesnt come. If you do it by hand where will the new password go, to the club gmail? Brian's hotmail is no good to us. also how do we pay the 30, card or cheque

Ron

@@ ien100 | reply: refuse | from: Koen Vermeulen <koen.vermeulen@telenet.be> | ref: OF-2026-5300 | ours: email | style: gmail
--
Hello,

Thanks, no need. I will change it myself now that I know where it is.

Koen

@@ ien101 | reply: confirm | from: Derek Ashworth <derek.ashworth@btinternet.com> | ref: OF-2026-5301 | ours: migfee | style: plain | nothread: 1
--
Dear Support,

You may remember I wrote some time ago to say we would stay where we were. Well, I've been overruled, and quite rightly. Our two new instructors arrived in October, both under thirty, and after a fortnight of watching them sigh at the booking screen the committee voted at last night's meeting to move to the new version after all.

Please go ahead and raise the invoice for the fifty euros; Ron will settle it as soon as it appears.

Best wishes,
Derek Ashworth
Wickenby Flying Club

@@ ien102 | reply: refuse | from: hallitus@lahdenilmailukerho.fi | ref: OF-2026-5302 | ours: setup | style: plain
--
Hello,

No, we do not take the package. Our previous treasurer set up everything and it is still correct.

Jukka Heikkinen

@@ ien103 | reply: refuse | from: Klaus-Dieter Brinkmann <kd.brinkmann@t-online.de> | ref: OF-2026-5303 | ours: estimate | style: plain
--
Hello,

please forget this request. The member who reported the problem has found his mistake himself, it was a wrong setting in his own profile. So nothing to do for you, and the hours stay with us.

Klaus-Dieter

@@ ien104 | reply: question | from: ekonomi@karlstadsflygklubb.se | ref: OF-2026-5304 | ours: overrun | style: outlook
--
Hello,

We pay for Première and I thought the hours were 10 per year. How is it possible that we have so few left already? Please send me the list of what was taken this year before we decide anything about the extra.

Per Eklund
Karlstads Flygklubb

@@ ien105 | reply: confirm | from: kasserer@herningflyveklub.dk | ref: OF-2026-5305 | ours: devest | style: plain
--
Hello,

Nothing against it from the board. We accept the quote, and you may send the invoice for the part that is not in our bonus hours to kasserer@herningflyveklub.dk.

Niels Bech
Herning Flyveklub

@@ ien106 | reply: question | from: Tomasz Wiśniewski <t.wisniewski@wp.pl> | ref: OF-2026-5306 | ours: reset | style: gmail
--
Hello,

Is it not possible that you send the reset link to my address t.wisniewski@wp.pl instead of the office? I am the responsible person. Then nobody has to pay.

Tomasz

@@ ien107 | reply: question | from: abbeyshruleaeroclub@eircom.net | ref: OF-2026-5307 | ours: email | style: outlook
--
Hello,

I'd say yes, but I'm not sure the chairman wants to pay for this when we could do it ourselves. Let me check with him and I'll come back to you during the week.

Orla Quinn
Secretary

@@ ien108 | reply: refuse | from: Bart Kuipers <bart.kuipers@kpnmail.nl> | ref: OF-2026-5308 | ours: migterms | style: apple | qpos: above
--
Hello,

We discussed it again with the board and we decided to stay on 3.6 for one more year. Too many changes this winter with the new aircraft. Please cancel the migration.

Bart Kuipers
Vliegclub Hoogeveen

@@ ien109 | reply: question | from: João Carvalho <joao.carvalho@sapo.pt> | ref: OF-2026-5309 | ours: migterms | style: html | figs: v=4,nbd=20,nbm=2
--
Dear Sirs,

I understand the conditions. However we have one concern: our air show is on 25 April and the platform must work without problems in the weeks before. If the migration is done after 20 February, would there be enough time to correct any problem? If not, we prefer to postpone it to May.

Please advise.

João Carvalho
Presidente da Direção

@@ ien110 | reply: refuse | from: info@zvc-ursel.be | ref: OF-2026-5310 | ours: migfee | style: plain | noquote: 1
--
Hello,

This request was sent by mistake by our new secretary, we already decided in the spring not to migrate. Please cancel it, no invoice.

Sorry for the confusion,
Jef Claeys
ZVC Ursel
"""
