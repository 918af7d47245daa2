"""Client replies of the sealed set ``l`` (English): answers to our earlier messages (set f's
``f_ours``), each labelled ``confirm``, ``refuse`` or ``question``.

Ninety replies from the fourteen English-writing clubs and schools of ``l_clients_en.py``, written
without reading the classifier: one-liners and long mails with club news, formal letters and phone
typing, continental English, signatures full of numbers, our terms restated, a yes with a P.S. or a
second request, a yes with a real condition (``question``), decisions deferred to a committee or a
treasurer, refusals in friendly words or because the problem went away, thanks-only answers, and a few
replies from a member's personal address that is not on record. First Price clients answer the
``migfee``, ``reset`` and ``email`` messages; the others answer ``estimate``, ``overrun``, ``devest``,
``pool``, ``testplat``, ``setup``, ``migterms`` and ``alpha``. ``figs`` pins the figures of our quoted
message when the reply restates them.
"""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ len01 | reply: confirm | from: Declan Furlong <declanfurlong@eircom.net> | ref: OF-2026-8114 | ours: estimate | style: plain
--
Cheers, go for it.

Declan

@@ len02 | reply: question | from: Kestrel Fields Flying Group <secretary.kff@gmail.com> | ref: OF-2026-8127 | ours: migfee | style: gmail
--
Hi,

Thanks for explaining. Before we say yes, could you tell me which year the invoice would be dated? Our treasurer closes the accounts on 31 December and if the 50 EUR lands in next year's budget that is a lot easier for us to get through the committee.

Many thanks,
Helen Ashdown
Secretary, Kestrel Fields Flying Group

@@ len03 | reply: confirm | from: Tomasz Wierzbicki <t.wierzbicki@wp.pl> | ref: OF-2026-8139 | ours: devest | style: outlook | figs: d=14,h=6
--
Dear OpenFlyers Team,

We have discussed your quote on our board meeting yesterday evening. The board accepts the quote: 14 hours of development, 6 hours from our bonus hours and the 8 other hours invoiced. Please send the invoice on our accounting address ksiegowosc@aeroklubwisla.pl, our accountant Mrs. Kowalczyk will pay it by transfer.

We are very glad that the glider tow log will be finally in the system, our tug pilots are waiting for this since two seasons.

With best regards,
Tomasz Wierzbicki
Prezes Zarządu / President of the Board
Aeroklub Doliny Wisły
tel. +48 601 224 918

@@ len04 | reply: refuse | from: Sabine Wörle <s.woerle@flugschule-oberlausitz.de> | ref: OF-2026-8143 | ours: overrun | style: outlook | figs: d=9,b=5
--
Dear Sir or Madam,

thank you for the estimate. With 4 hours beyond our credit the adaptation of the export is not worth it for us at the moment. We will continue to prepare the monthly report for the authority manually in Excel, as before.

Please close this request.

Mit freundlichen Grüßen / Kind regards

Sabine Wörle
Leitung Flugbetrieb

Flugschule Oberlausitz GmbH
Flugplatzstraße 4 | 02625 Bautzen
Tel. +49 3591 48 27 10 | Fax +49 3591 48 27 19
Geschäftsführer: Dipl.-Ing. Frank Hentschel | Amtsgericht Dresden HRB 31187

@@ len05 | reply: refuse | from: hakon.skjelbred@online.no | ref: OF-2026-8150 | ours: reset | style: android | noquote: 1
--
never mind, found the forgotten password link and it worked first time. no need for you to do anything. thanks

sent from my phone

@@ len06 | reply: confirm | from: Joost Verbeek <j.verbeek@peellandwings.nl> | ref: OF-2026-8156 | ours: testplat | style: alt
--
Hello,

Yes please, create it for us. Half an hour from the bonus is fine. We want to try the new instructor planning on it with two or three instructors before we change anything on the live platform, the winter schedule goes out in three weeks.

Thanks in advance,

Joost Verbeek
Operations manager | Peelland Wings Flight School B.V.
Vliegveld 12, Budel | +31 495 49 31 70
Office hours Mon-Fri 08:30-17:00, Sat 09:00-13:00

@@ len07 | reply: question | from: Radek Novotný <radek.novotny@seznam.cz> | ref: OF-2026-8162 | ours: migterms | style: plain | figs: v=4,nbd=15,nbm=1
--
Good morning,

Not before 15 January 2027 is correct and we understand it is final. But we can agree only if the migration is finished before 1 March, because then the training season starts and we cannot have the platform change under the students. Can you confirm that it will be done in this window?

Best regards
Radek Novotný
Moravská letecká škola s.r.o.
Letiště Medlánky, Brno
+420 603 418 552

@@ len08 | reply: confirm | from: Rui Carvalhosa <rui.carvalhosa@sapo.pt> | ref: OF-2026-8171 | ours: email | style: plain
--
Good afternoon,

Yes, please make the change for us, we accept the 30 euros. I tried in "My details" but I do not have the password of the account, the old secretary had it and he moved to Lisbon.

Thank you very much for the help.

Rui Carvalhosa
Aeroclube do Baixo Alentejo

@@ len09 | reply: question | from: Muskoka Lakes Flying Club <info@muskokaflying.ca> | ref: OF-2026-8178 | ours: pool | style: gmail
--
Hi there,

Thanks for thinking of us on this one. It sounds like something we'd use, but anything touching the bonus hours has to go to the board, and our next meeting is on the 14th. I'll put it on the agenda and get back to you after that.

Brenda
--
Brenda MacAllister
Muskoka Lakes Flying Club | info@muskokaflying.ca
"Fly the lakes"

@@ len10 | reply: confirm | from: Hartmut Ziegenbein <h.ziegenbein@web.de> | ref: OF-2026-8186 | ours: estimate | style: plain | figs: h=3,b=8
--
Hello,

ok, we agree with 3 hours from our credit, so 5 remain. Please plan it.

Regards
Hartmut Ziegenbein
1. Vorsitzender, Fliegergruppe Hunsrück e.V.

P.S. Our kassenwart asked me if you can send the invoice of the subscription 2027 already in December, not January. Is that possible?

@@ len11 | reply: refuse | from: Zweefvliegclub Texel <bestuur@zvctexel.nl> | ref: OF-2026-8190 | ours: migfee | style: outlook
--
Dear OpenFlyers,

We have spoken about it in the board. For this year we will stay on the current version, the 50 euro for the migration is not in our budget anymore after the new winch cable. Perhaps we come back to it next year.

With kind regards,
on behalf of the board,
Marleen Wijnstra
secretaris Zweefvliegclub Texel

@@ len12 | reply: question | from: Clayton Farrugia <clayton.farrugia@ghft.com.mt> | ref: OF-2026-8197 | ours: devest | style: outlook | figs: d=16,h=6
--
Hi team,

Thanks for the quote. You mention that other organisations could share the cost of the remaining 10 hours. Is there already any other school interested in the maintenance-planning module? If someone else is in, we would go ahead, if not we need to think about it a bit more.

Regards,
Clayton Farrugia
Head of Training
Grand Harbour Flight Training Ltd
Malta International Airport, Luqa LQA 4000
M +356 7942 1180 | T +356 2124 6655

@@ len13 | reply: confirm | from: Sundsvalls Flygklubb <styrelsen@sundsvallsflygklubb.se> | ref: OF-2026-8203 | ours: setup | style: plain | figs: p=300
--
Hello,

Yes we take the set-up package for 300 EUR. You can send the questionnaire to me, I will fill it together with our chief flight instructor.

Best regards / Med vänliga hälsningar
Lennart Bergqvist
Sundsvalls Flygklubb

@@ len14 | reply: confirm | from: osilmailijat@gmail.com | ref: OF-2026-8211 | ours: reset | style: gmail
--
Hello,

Yes please do it. The reset link goes to the old chairman's address and that mailbox does not exist anymore, so we cannot use the link. 30 EUR is ok for us.

Thank you,
Mikko Pesonen
Oulun Seudun Ilmailijat ry

@@ len15 | reply: confirm | from: Shannonside Flying Club accounts <accounts@shannonsideflying.ie> | ref: OF-2026-8219 | ours: overrun | style: outlook | figs: d=7,b=3
--
Hi,

Declan forwarded me your mail. That's grand, you can invoice the 4 hours over (240 euro + VAT). Please address the invoice to Shannonside Flying Club, not to Declan personally, our auditor is fussy about that.

Thanks,
Orla Kinsella
Treasurer
Shannonside Flying Club
Coonagh Airfield, Co. Limerick

@@ len16 | reply: question | from: Aeroklub Doliny Wisły <biuro@aeroklubwisla.pl> | ref: OF-2026-8224 | ours: testplat | style: plain
--
Hello,

I do not understand well what is the difference when we create it ourselves in the client account and when you create it. If we make it ourselves it is free and it is the same platform, or something is missing then

Regards,
Agnieszka Pawlak
biuro Aeroklubu Doliny Wisły
pon.-pt. 9:00-15:00

@@ len17 | reply: question | from: Alistair Pennock <a.pennock@btinternet.com> | ref: OF-2026-8231 | ours: email | style: apple
--
Hello,

Happy to do it myself rather than pay, but I can't get into the client account in the first place. Is the login the platform name (kestrel-fields) or my e-mail address? And if I have forgotten the password as well, does that mean I'm paying for the reset anyway?

Alistair

Sent from my iPad

@@ len18 | reply: question | from: info@flugschule-oberlausitz.de | ref: OF-2026-8240 | ours: estimate | style: outlook | figs: h=2,b=6
--
Dear Sir or Madam,

In principle we agree with 2 hours from our credit. However, the new invoice layout must be in place before 30 November, because our accounting closes the year with the December invoices. If you can guarantee this, please confirm and we give the go-ahead.

Kind regards

Sabine Wörle
Flugschule Oberlausitz GmbH
Tel. +49 3591 48 27 10

@@ len19 | reply: confirm | from: Joost Verbeek <j.verbeek@peellandwings.nl> | ref: OF-2026-8245 | ours: alpha | style: plain
--
Hello,

We accept: the alpha changes without notice, things may be unfinished and there is no way back. Our instructors are informed and two of them are quite enthusiastic about testing the new things. Please go ahead.

Joost

@@ len20 | reply: refuse | from: Moravská letecká škola <provoz@moravska-ls.cz> | ref: OF-2026-8253 | ours: devest | style: html
--
Dear OpenFlyers team,

thank you for your quote for the theory-exam module. The management of the school discussed it and we decided not to continue with this development this year. The costs are too high for us at the moment, after the purchase of the second Tecnam.

We thank you for your work on the quote and maybe we will return to the idea in the future.

Best regards

Jana Dvořáková
provozní oddělení / operations
Moravská letecká škola s.r.o.

@@ len21 | reply: confirm | from: Rui Carvalhosa <rui.carvalhosa@sapo.pt> | ref: OF-2026-8259 | ours: migfee | style: outlook
--
Dear Sir or Madam,

Regarding your message about the migration of our platform, I inform you that the direction of the Aeroclube do Baixo Alentejo agrees with the cost of 50 EUR plus VAT. We understand that after the migration it is not possible to return to the previous version.

We will pay the invoice as soon as it is available in our client account.

With my best regards,

Rui Carvalhosa
Secretário da Direção
Aeroclube do Baixo Alentejo
Aeródromo Municipal, Beja
Tel. +351 284 311 940

@@ len22 | reply: refuse | from: Brenda MacAllister <brenda.macallister@outlook.com> | ref: OF-2026-8266 | ours: estimate | style: outlook
--
Hi,

Funny thing, turns out we don't need it after all. One of our members (retired accountant, bless him) sat down with the rates screen on the weekend and got the new fuel surcharge working on his own. So please don't book any hours for this.

Thanks anyway for the quick answer!

Brenda

@@ len23 | reply: confirm | from: Fliegergruppe Hunsrück <vorstand@fg-hunsrueck.de> | ref: OF-2026-8272 | ours: migterms | style: plain | figs: v=4,nbd=1,nbm=3
--
Hello,

Not before 1 March, not while invoices are open, no exact date, no going back. Understood, we agree with these terms.

Regards
Hartmut Ziegenbein
for the Vorstand

@@ len24 | reply: question | from: Bodø Flyklubb <post@bodoflyklubb.no> | ref: OF-2026-8280 | ours: email | style: plain
--
Hi,

Before we decide: if you change it, will the invoice come to the old address or the new one? The old one is Kjell's private mail and he is not in the club anymore. And can we pay it by card or only by bank transfer

Mvh
Håkon Skjelbred
Bodø Flyklubb

@@ len25 | reply: confirm | from: Clayton Farrugia <clayton.farrugia@ghft.com.mt> | ref: OF-2026-8287 | ours: pool | style: outlook | figs: h=2,b=9
--
Hi,

Happy to put in 2 hours on this, we have been asking for the weather-minima check for a while. Leaves us 7 for the rest of the year, that's plenty.

Best,
Clayton

@@ len26 | reply: question | from: Zweefvliegclub Texel <zvctexel@outlook.com> | ref: OF-2026-8291 | ours: reset | style: outlook
--
Hello,

Thank you for your answer. I am only the one who reads this mailbox, I cannot decide about paying. I have forwarded your mail to our treasurer and he will let you know if we want you to do it.

Groeten,
Femke Bakker
Zweefvliegclub Texel

@@ len27 | reply: confirm | from: Lennart Bergqvist <lennart.bergqvist@bredband.net> | ref: OF-2026-8298 | ours: estimate | style: apple | figs: h=1,b=4 | qpos: above
--
Hi,

That sounds fine for us, you can take the 1 hour. Thank you for helping so fast, the board will be happy.

Best regards
Lennart

Skickat från min iPhone

@@ len28 | reply: question | from: Aeroklub Doliny Wisły <ksiegowosc@aeroklubwisla.pl> | ref: OF-2026-8304 | ours: overrun | style: outlook | figs: d=7,b=3
--
Good day,

Is it possible to make a smaller version of this work, for example without the PDF export, so that it fits in the 3 hours we still have? We would prefer not to pay an invoice for the 4 hours in this year.

Best regards,
Ewa Kowalczyk
księgowa / accountant
Aeroklub Doliny Wisły

@@ len29 | reply: confirm | from: Declan Furlong <declanfurlong@eircom.net> | ref: OF-2026-8310 | ours: devest | style: plain | figs: d=10,h=4
--
Hi folks,

Quote accepted: 10 hours, 4 off our bonus, the other 6 invoiced. Nobody else needs to chip in as far as we're concerned, we're happy to carry it.

Separate thing while I have you: we've bought a second Cessna 152 (EI-SFC) and want to add it to the platform. Do we need to pay for an extra resource straight away or does that wait for the renewal?

Thanks a million,
Declan Furlong
Chairman, Shannonside Flying Club
087 412 9930

@@ len30 | reply: question | from: Mikko Pesonen <mikko.pesonen@kolumbus.fi> | ref: OF-2026-8318 | ours: migfee | style: plain
--
Hello,

Is the migration also 50 EUR if we go to the alpha version instead of the stable one? One of our members said he read that alpha is free. Then maybe we choose that.

Mikko
@@ len31 | reply: refuse | from: Sabine Wörle <s.woerle@flugschule-oberlausitz.de> | ref: OF-2026-8325 | ours: testplat | style: outlook
--
Dear Sir or Madam,

thank you, but this is not necessary anymore. Our IT colleague has created the test platform himself yesterday in the client account, it took indeed only a few clicks. So please do not create a second one and do not book the 0.5 h.

Kind regards
Sabine Wörle
Flugschule Oberlausitz GmbH

@@ len32 | reply: question | from: Peelland Wings finance <finance@peellandwings.nl> | ref: OF-2026-8333 | ours: setup | style: outlook | figs: p=360
--
Good afternoon,

Does the set-up package of 360 EUR also include importing our student list and the aircraft hours from our old system? We can deliver them as CSV. If that is included we will take it, if it is extra we have to see the total amount first.

Kind regards,
Inge van Lieshout
Finance | Peelland Wings Flight School B.V.
T +31 495 49 31 72

@@ len33 | reply: question | from: radek.novotny@seznam.cz | ref: OF-2026-8339 | ours: estimate | style: android | noquote: 1
--
ok in principle but only if it is done before our audit from the CAA on the 20th, otherwise it makes no sense for us. can you do that

radek

@@ len34 | reply: confirm | from: Alistair Pennock <a.pennock@btinternet.com> | ref: OF-2026-8346 | ours: reset | style: plain
--
Hello again,

Sorry for the saga. I've now tried the forgotten password link three times. The reset e-mail goes to kestrelfieldsfg@btinternet.com, which is the group's old BT account, and none of us can get into that any more since our previous treasurer passed away last spring and BT won't give us access without paperwork we don't have. We're slowly moving everything over to the gmail address.

So yes, please do the reset by hand and charge us the 30 EUR, it's worth it to get this sorted before renewal time.

With thanks,
Alistair Pennock
Kestrel Fields Flying Group
Strip: Kestrel Fields, Lincs | 01522 880 417 (evenings only)

@@ len35 | reply: confirm | from: Muskoka Lakes Flying Club <info@muskokaflying.ca> | ref: OF-2026-8352 | ours: testplat | style: html
--
Hi,

Yes please, go ahead and set one up for us. Half an hour off the bonus is no problem. We'd like to try a float-plane rating setup on it before the spring without messing up the live bookings.

Thanks!
Brenda MacAllister
Muskoka Lakes Flying Club
Muskoka Airport (CYQA), Gravenhurst ON
705-555-0184

@@ len36 | reply: question | from: Hartmut Ziegenbein <h.ziegenbein@web.de> | ref: OF-2026-8361 | ours: alpha | style: plain
--
Hello,

thank you for the clear words. Such a decision we cannot take in the Vorstand alone. We will present it to the members at our Jahreshauptversammlung in January and then give you the answer.

Best regards
Hartmut Ziegenbein

@@ len37 | reply: question | from: Aeroclube do Baixo Alentejo <aeroclubebaixoalentejo@gmail.com> | ref: OF-2026-8367 | ours: reset | style: gmail
--
Hello

We try the "Forgotten password?" link but it asks a login. Which is it, the name of the platform alentejo-aeroclube or our email? We prefer to do it ourselves if possible

Thank you
Rui

@@ len38 | reply: refuse | from: Grand Harbour Flight Training <ops@ghft.com.mt> | ref: OF-2026-8374 | ours: estimate | style: outlook
--
Good morning,

Thanks for getting back to us so quickly. After some discussion internally we have decided to put the roster changes on hold indefinitely; we are restructuring the instructor contracts next year and it makes more sense to wait and see. So no need to schedule anything, please leave our hours untouched.

Best regards,
Daniela Vella
Operations
Grand Harbour Flight Training Ltd
T +356 2124 6655

@@ len39 | reply: confirm | from: Tomasz Wierzbicki <t.wierzbicki@wp.pl> | ref: OF-2026-8380 | ours: migterms | style: plain | figs: v=4,nbd=10,nbm=1
--
Hello,

We confirm our agreement with the conditions: migration to version 4 not before 10 January 2027, after payment of all invoices, without exact date, and without return to the old version.

Regards,
Tomasz Wierzbicki
Aeroklub Doliny Wisły

@@ len40 | reply: refuse | from: Ulf Sandberg <ulf.sandberg@hotmail.com> | ref: OF-2026-8386 | ours: overrun | style: plain | figs: d=8,b=2
--
Hello,

I am writing for the board of Sundsvalls Flygklubb, Lennart is away on a sailing trip. We looked at the estimate: 6 hours to pay on top of our credit is too much for a small club like ours. We say no thank you this time and we will use the manual list like before.

Best regards
Ulf Sandberg
board member, Sundsvalls Flygklubb

@@ len41 | reply: confirm | from: Bodø Flyklubb <post@bodoflyklubb.no> | ref: OF-2026-8392 | ours: migfee | style: plain
--
Hello,

Yes we go ahead with the migration. Send the invoice, we pay it this week.

Håkon

@@ len42 | reply: refuse | from: Declan Furlong <declanfurlong@eircom.net> | ref: OF-2026-8399 | ours: pool | style: apple
--
Hi,

Thanks for asking, but to be honest we're not that bothered about that one, we hardly ever use the ground school side of things. We'll keep our hours for our own bits and pieces. Good luck with it though!

Declan

Sent from my iPhone

@@ len43 | reply: confirm | from: Flugschule Oberlausitz GmbH <info@flugschule-oberlausitz.de> | ref: OF-2026-8405 | ours: devest | style: outlook | figs: d=20,h=8
--
Dear Sir or Madam,

hereby we accept your quote for the development of the duty-time monitoring: 20 hours in total, of which 8 hours from our bonus hours and 12 hours at 60 EUR excl. VAT per hour, i.e. 720 EUR excl. VAT.

Please send the invoice to rechnung@flugschule-oberlausitz.de with our order number PO-2026-0417.

Mit freundlichen Grüßen / Best regards

i.A. Sabine Wörle
Leitung Flugbetrieb

Flugschule Oberlausitz GmbH
Flugplatzstraße 4 | 02625 Bautzen
Tel. +49 3591 48 27 10
Geschäftsführer: Dipl.-Ing. Frank Hentschel | Amtsgericht Dresden HRB 31187 | USt-IdNr. DE 298 441 507

@@ len44 | reply: confirm | from: Marleen Wijnstra <m.wijnstra@ziggo.nl> | ref: OF-2026-8412 | ours: email | style: apple
--
Hi,

Yes, please change it for us, 30 euro is okay. The board decided that from now the club mailbox zvctexel@outlook.com is the contact and not the private mail of the old secretary anymore.

Groetjes,
Marleen

Verstuurd vanaf mijn iPhone

@@ len45 | reply: question | from: Joost Verbeek <j.verbeek@peellandwings.nl> | ref: OF-2026-8418 | ours: overrun | style: alt | figs: d=9,b=4
--
Hello,

Before we agree: can the invoice for the 5 extra hours be made out to our holding company, Verbeek Aviation Holding B.V., and not to the flight school? Our accountant insists on this for development costs. If that is possible we can go ahead.

Met vriendelijke groet,
Joost Verbeek
Peelland Wings Flight School B.V.

@@ len46 | reply: refuse | from: treasurer@muskokaflying.ca | ref: OF-2026-8425 | ours: setup | style: plain
--
Hi,

Thanks for the offer, but we'll pass on the set-up package. We've got a couple of members who know the platform inside out and they're keen to do the rates and profiles themselves over the winter.

Cheers,
Gord Lindqvist
Treasurer, Muskoka Lakes Flying Club

@@ len47 | reply: refuse | from: Radek Novotný <radek.novotny@seznam.cz> | ref: OF-2026-8433 | ours: alpha | style: plain
--
Good day,

after thinking about it again with our chief instructor, we withdraw the request for the alpha version. Our instructors are not comfortable with menus that move during the training season. We stay on the stable version.

Thank you for the honest information.

Radek Novotný

@@ len48 | reply: refuse | from: Oulun Seudun Ilmailijat <hallitus@osilmailijat.fi> | ref: OF-2026-8440 | ours: email | style: plain
--
Hello,

No need, I found "My details" in the client account and changed the address myself. It was easy. Thanks!

Tiina Kallio
secretary, Oulun Seudun Ilmailijat ry

@@ len49 | reply: question | from: Fliegergruppe Hunsrück Kasse <kasse@fg-hunsrueck.de> | ref: OF-2026-8446 | ours: devest | style: plain | figs: d=12,h=5
--
Hello,

I am the Kassenwart of the Fliegergruppe. The Vorstand likes the idea, but our budget for 2026 is closed. Is it possible to pay the 7 hours in January 2027 and that the work starts only then? Then we could accept.

Regards
Bernd Oberhauser
Kassenwart

@@ len50 | reply: confirm | from: Kestrel Fields Flying Group <secretary.kff@gmail.com> | ref: OF-2026-8453 | ours: migfee | style: gmail | att: KFFG committee minutes Oct.pdf
--
Hello,

The committee approved the migration at last night's meeting (minutes attached, item 4), so please go ahead and raise the 50 EUR invoice. We understand there is no going back once it's done.

Kind regards,
Helen Ashdown
Secretary, Kestrel Fields Flying Group

@@ len51 | reply: question | from: Clayton Farrugia <clayton.farrugia@ghft.com.mt> | ref: OF-2026-8459 | ours: testplat | style: outlook
--
Hi,

Would the test platform be a full copy of our live platform, including the student records and medical expiry dates? We'd need to check that with our data protection officer first, as the test environment would be accessible to people who don't normally see that data.

Regards,
Clayton

@@ len52 | reply: question | from: Piotr Zając <piotr.zajac88@gmail.com> | ref: OF-2026-8466 | ours: estimate | style: gmail
--
Hello,

I am the new instructor coordinator in Aeroklub Doliny Wisły, Tomasz asked me to look at this. From my side the estimate looks ok, but Tomasz is the one who signs, he will confirm to you on Monday when he is back from the competition.

Regards
Piotr Zając

@@ len53 | reply: refuse | from: Aeroclube do Baixo Alentejo <aeroclubebaixoalentejo@gmail.com> | ref: OF-2026-8474 | ours: migfee | style: gmail
--
Good morning,

Thank you for the information. For now we prefer to not make the migration. The version we have works well for our three aircraft and the members are used to it.

Best regards
Aeroclube do Baixo Alentejo

@@ len54 | reply: question | from: Lennart Bergqvist <lennart.bergqvist@bredband.net> | ref: OF-2026-8481 | ours: migterms | style: plain | figs: v=4,nbd=1,nbm=1
--
Hello,

I think there is a mistake in the date. We wrote not before 1 February, not 1 January, because in January we do the annual accounts in the system. Can you correct it? Then the rest of the conditions is fine for us.

Best regards
Lennart Bergqvist
Sundsvalls Flygklubb

@@ len55 | reply: confirm | from: Shannonside Flying Club <info@shannonsideflying.ie> | ref: OF-2026-8487 | ours: estimate | style: outlook | figs: h=2,b=7
--
Hi all,

Sorry for the slow reply, it's been a mad few weeks here. We had our autumn fly-in last Saturday, 23 aircraft in despite the wind, and the committee spent the Sunday cleaning up the hangar, so the e-mail got left behind.

Anyway, to your question: yes, the 2 hours for the new membership renewal reminders are fine, leaving us 5 for the rest of the year. Go ahead whenever suits you.

We're also starting to think about a night-rating course in the spring, so you may hear from us about that.

All the best,
Declan Furlong
Chairman
Shannonside Flying Club
Coonagh Airfield, Co. Limerick | Tel. 061 326 118
Clubhouse open Wed 18:00-21:00, Sat-Sun 09:00-dusk

@@ len56 | reply: question | from: Håkon Skjelbred <hakon.skjelbred@online.no> | ref: OF-2026-8493 | ours: reset | style: plain
--
Hi,

We have no access anymore to the email where the reset link is sent. Can you send the new password to my address instead, hakon.skjelbred@online.no? Then we would like you to do it.

Håkon

@@ len57 | reply: confirm | from: Joost Verbeek <j.verbeek@peellandwings.nl> | ref: OF-2026-8502 | ours: devest | style: alt | figs: d=18,h=7
--
Hello,

Thank you for the detailed quote. Some background, so you know why it took a few days: the automatic currency check for instructors is something our head of training wanted already in spring, but the owners first wanted to see how the summer went. The summer was good, we had 14 new PPL students and the fleet flew more than ever, so the money is there. We also spoke with the other school at Budel but they are not interested in sharing, so we carry it alone: 7 hours from our bonus and 11 hours invoiced.

So, our answer: we accept the quote.

Joost Verbeek
Operations manager | Peelland Wings Flight School B.V.

@@ len58 | reply: confirm | from: Gord Lindqvist <treasurer@muskokaflying.ca> | ref: OF-2026-8509 | ours: overrun | style: plain | figs: d=6,b=2
--
Hello,

Brenda asked me to answer this one. The 4 hours over the credit, 240 EUR plus tax, is approved. Please send the invoice to this address.

Gord Lindqvist
Treasurer, Muskoka Lakes Flying Club

@@ len59 | reply: confirm | from: Sabine Wörle <s.woerle@flugschule-oberlausitz.de> | ref: OF-2026-8515 | ours: setup | style: outlook | figs: p=420
--
Dear Sir or Madam,

we would like to subscribe the set-up package for 420 EUR excl. VAT. Please send the questionnaire to me; our new base in Kamenz will have its own rates and two new aircraft, so it is better that you take over the settings.

Kind regards
Sabine Wörle
Flugschule Oberlausitz GmbH

@@ len60 | reply: confirm | from: Oulun Seudun Ilmailijat <osilmailijat@gmail.com> | ref: OF-2026-8522 | ours: migfee | style: gmail | qpos: above
--
Ok for us. Please do the migration and send the invoice.

Mikko Pesonen
@@ len61 | reply: confirm | from: Moravská letecká škola <provoz@moravska-ls.cz> | ref: OF-2026-8528 | ours: testplat | style: html
--
Dear support,

yes, please create the test platform for us, the 0.5 h from the bonus hours is accepted. Mr. Novotný wants to check the new billing of simulator sessions there before we use it with the students.

Thank you and best regards

Jana Dvořáková
provozní oddělení / operations
Moravská letecká škola s.r.o.
Letiště Medlánky, Brno | +420 541 227 305
Provozní doba: Po-Pá 8:00-16:30

@@ len62 | reply: question | from: Jan de Ruiter <jan.deruiter@hetnet.nl> | ref: OF-2026-8535 | ours: migfee | style: plain
--
Hello,

I am the treasurer of Zweefvliegclub Texel, Marleen forwarded me your mail. We can pay the 50 euro, but only if the migration is done in the winter, between November and the end of February, when we do not fly. In the season we cannot have any surprise on the platform. Please let me know if you can promise this, then we pay the invoice.

Kind regards,
Jan de Ruiter
penningmeester ZVC Texel

@@ len63 | reply: question | from: Fliegergruppe Hunsrück <vorstand@fg-hunsrueck.de> | ref: OF-2026-8541 | ours: overrun | style: plain | figs: d=5,b=1
--
Hello,

is the amount of 240 EUR excl. VAT the final price, or can it become more if the work takes longer than the 5 hours? And as an e.V. in Germany, do we get German VAT on the invoice or is it reverse charge? Our Kassenwart needs to know this before the Vorstand decides.

Regards
Hartmut Ziegenbein

@@ len64 | reply: refuse | from: Grand Harbour Flight Training <accounts@ghft.com.mt> | ref: OF-2026-8547 | ours: devest | style: outlook
--
Dear OpenFlyers,

Thank you for the quote, which we have reviewed with the directors. Unfortunately we will not be proceeding with this development. We have since signed up for the maintenance tracking offered by our CAMO, which covers most of what we had in mind.

We appreciate the time you took to prepare it.

Kind regards,
Maria Camilleri
Accounts Department
Grand Harbour Flight Training Ltd
T +356 2124 6650 | Mon-Fri 08:00-16:00

@@ len65 | reply: confirm | from: Tomasz Wierzbicki <t.wierzbicki@wp.pl> | ref: OF-2026-8553 | ours: pool | style: plain | figs: h=3,b=7
--
Hello,

Yes, we agree to give 3 hours to this common development, we also want the winch launch statistics. 4 hours remain for us, it is ok.

Regards,
Tomasz Wierzbicki

@@ len66 | reply: refuse | from: Alistair Pennock <a.pennock@btinternet.com> | ref: OF-2026-8560 | ours: email | style: apple
--
Actually, leave it as it is for now. It turns out BT still forwards the old address to my inbox, so nothing's getting lost. We'll change it ourselves once we've got the new club account properly set up.

Thanks,
Alistair

@@ len67 | reply: question | from: Rui Carvalhosa <rui.carvalhosa@sapo.pt> | ref: OF-2026-8566 | ours: email | style: plain
--
Hello,

We need to change two addresses, the client e-mail and the contact e-mail. The 30 euros is for each address or for both together

Regards
Rui Carvalhosa

@@ len68 | reply: refuse | from: Peelland Wings planning <planning@peellandwings.nl> | ref: OF-2026-8573 | ours: estimate | style: alt
--
Hi,

Thanks for the quick estimate, but we can skip it. Our head of training found that the report he wanted is already there under the instructor statistics, he just had not seen the filter for the period. So nothing to do from your side.

Kind regards,
Sanne Hendriks
Planning | Peelland Wings Flight School B.V.
T +31 495 49 31 70

@@ len69 | reply: confirm | from: Declan Furlong <declanfurlong@eircom.net> | ref: OF-2026-8579 | ours: migterms | style: plain | figs: v=4,nbd=5,nbm=1
--
Hi,

Fine by us. Not before 5 January, all invoices paid first, no fixed date and no way back, all understood. Go ahead on those terms.

Declan

@@ len70 | reply: question | from: Joost Verbeek <j.verbeek@peellandwings.nl> | ref: OF-2026-8586 | ours: pool | style: alt
--
Hello,

Which organisation is behind this request? And is there a written description of what will be developed? We would like to see the specification before we put our bonus hours into it.

Joost

@@ len71 | reply: confirm | from: Brenda MacAllister <brenda.macallister@outlook.com> | ref: OF-2026-8592 | ours: alpha | style: outlook
--
Hi,

Yes, we accept. We know 4.0alpha will keep changing and that we can't go back, and our members have been warned at the AGM. We're a small club, we can live with the odd bug.

Brenda
Muskoka Lakes Flying Club

@@ len72 | reply: confirm | from: Bodø Flyklubb <post@bodoflyklubb.no> | ref: OF-2026-8599 | ours: email | style: plain
--
Yes, please change it, 30 EUR is fine.

Mvh Håkon

@@ len73 | reply: confirm | from: Sabine Wörle <s.woerle@flugschule-oberlausitz.de> | ref: OF-2026-8605 | ours: estimate | style: outlook | qpos: above
--
OK, please schedule it. Thanks.

S. Wörle

@@ len74 | reply: confirm | from: Petr Horák <petr.horak.pilot@gmail.com> | ref: OF-2026-8612 | ours: overrun | style: gmail | figs: d=6,b=3
--
Hello,

Mr. Novotný asked me to answer you because he is flying today. The school agrees: 3 hours from the credit and the other 3 hours invoiced, 180 EUR without VAT. You can start.

Petr Horák
flight instructor, Moravská letecká škola

@@ len75 | reply: refuse | from: Oulun Seudun Ilmailijat <hallitus@osilmailijat.fi> | ref: OF-2026-8618 | ours: reset | style: plain
--
Hello,

Thank you, but we do not need this. Mikko has the mailbox where the link goes, he is only on holiday in Lapland until next week. We will wait and he will do it himself.

Best regards,
Tiina Kallio
Oulun Seudun Ilmailijat ry

@@ len76 | reply: refuse | from: Hartmut Ziegenbein <h.ziegenbein@web.de> | ref: OF-2026-8625 | ours: testplat | style: plain
--
Hello,

no, thank you. We only wanted to show the booking screen to the new members at the Stammtisch, for that the demo platform is enough.

Regards
Hartmut Ziegenbein

@@ len77 | reply: question | from: Grand Harbour Flight Training <ops@ghft.com.mt> | ref: OF-2026-8631 | ours: setup | style: outlook | figs: p=240
--
Hello,

We were told when we signed up for Corporate that set-up was part of the package. Is this 240 EUR on top of that, or is there a misunderstanding somewhere? Could you check our contract before we decide.

Thanks,
Daniela Vella
Operations, Grand Harbour Flight Training Ltd

@@ len78 | reply: question | from: Alistair Pennock <a.pennock@btinternet.com> | ref: OF-2026-8638 | ours: migfee | style: plain
--
Thanks for the info, much appreciated. I'll pass it on to the committee.

Alistair

@@ len79 | reply: question | from: Aeroklub Doliny Wisły <biuro@aeroklubwisla.pl> | ref: OF-2026-8644 | ours: alpha | style: plain
--
Hello,

Thank you for explanation. When the stable version 4 is released, will we be moved to it automatically from the alpha, or we must ask again for a migration? Our board wants to know this before accepting.

Regards,
Agnieszka Pawlak
Aeroklub Doliny Wisły

@@ len80 | reply: question | from: Sundsvalls Flygklubb kassör <kassor@sundsvallsflygklubb.se> | ref: OF-2026-8651 | ours: devest | style: plain | figs: d=11,h=3
--
Hello,

We can accept the quote on one condition: that the 3 bonus hours are taken from our 2027 hours and not from this year, because this year we have almost nothing left for support in the winter. If you agree with this, the board says yes.

Best regards
Annika Holmström
kassör, Sundsvalls Flygklubb

@@ len81 | reply: confirm | from: Gord Lindqvist <treasurer@muskokaflying.ca> | ref: OF-2026-8657 | ours: migterms | style: outlook | figs: v=4,nbd=15,nbm=2
--
Hi,

Writing on behalf of our chair, Brenda MacAllister, who is travelling. She and the board have read the terms and we accept them: no migration before February 15, invoices settled first, no guaranteed date, and we understand it can't be reversed.

Regards,
Gord Lindqvist
Treasurer
Muskoka Lakes Flying Club
705-555-0190 (evenings)

@@ len82 | reply: confirm | from: Aeroclube do Baixo Alentejo <aeroclubebaixoalentejo@gmail.com> | ref: OF-2026-8664 | ours: reset | style: gmail
--
Hello,

Yes please, reset it for us. We try the link but the mail never arrive, maybe it goes to the old server. We accept to pay 30 EUR.

Thank you
Rui Carvalhosa

@@ len83 | reply: question | from: Fionnuala Breen <fionnuala.breen@gmail.com> | ref: OF-2026-8671 | ours: migterms | style: gmail
--
Hi,

I'm on the committee of Shannonside Flying Club, Declan's away until the end of the month and asked me to keep an eye on the club mail. I think we're fine with all of that, but I'd rather not agree to anything final on the club's behalf, so I'll leave it for him to confirm when he's back.

Best,
Fionnuala

@@ len84 | reply: question | from: Shannonside Flying Club <info@shannonsideflying.ie> | ref: OF-2026-8678 | ours: alpha | style: outlook
--
Hello,

A couple of things before we sign up to this. Would our booking history and member accounts carry across safely to the alpha? And would we still be able to move onto the proper stable 4 when it comes out, or are we stuck on whatever the alpha is at that point?

Thanks,
Declan

@@ len85 | reply: question | from: Muskoka Lakes Flying Club <info@muskokaflying.ca> | ref: OF-2026-8685 | ours: estimate | style: plain
--
Hi,

Thanks for this. Just so I'm clear what we'd be saying yes to, does the estimate cover both the new landing fee rates and the member discount, or only the landing fees? I'd like to know before I give the okay.

Brenda

@@ len86 | reply: refuse | from: Fliegergruppe Hunsrück <vorstand@fg-hunsrueck.de> | ref: OF-2026-8692 | ours: pool | style: plain
--
Hello,

thank you for the offer. Winch statistics are not interesting for us, we fly only with aerotow since three years. So we do not participate.

Regards
Hartmut Ziegenbein
Fliegergruppe Hunsrück e.V.

@@ len87 | reply: refuse | from: Radek Novotný <radek.novotny@seznam.cz> | ref: OF-2026-8698 | ours: setup | style: plain
--
Good day,

thank you, but we do not need the set-up package. We made all settings ourselves at the first installation and our office knows the platform well. We will fill the rates for 2027 on our own.

Best regards
Radek Novotný
Moravská letecká škola s.r.o.

@@ len88 | reply: refuse | from: Joost Verbeek <j.verbeek@peellandwings.nl> | ref: OF-2026-8705 | ours: migterms | style: alt
--
Hello,

After the meeting with the owners yesterday we have decided to stay on 3.6 until after next summer. Please cancel our migration request; we will ask again when we are ready.

Sorry for the trouble.

Joost Verbeek
Peelland Wings Flight School B.V.

@@ len89 | reply: confirm | from: Zweefvliegclub Texel <bestuur@zvctexel.nl> | ref: OF-2026-8711 | ours: migfee | style: outlook
--
Dear OpenFlyers,

Good news: at the members meeting of Saturday the migration was voted, so we go ahead. We understand the 50 euro and that it cannot be undone. The invoice can come in the client account, Jan will pay it.

P.S. Is it normal that the ASK 21 still shows in the booking page after we deactivated it last week? The members keep asking.

Met vriendelijke groet,
Marleen Wijnstra
secretaris Zweefvliegclub Texel
Vliegveld Texel, De Cocksdorp

@@ len90 | reply: refuse | from: Håkon Skjelbred <hakon.skjelbred@online.no> | ref: OF-2026-8718 | ours: migfee | style: android
--
thanks but no. we stay where we are for now, only 2 planes and everything works fine

håkon
"""
