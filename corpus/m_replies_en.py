"""English client replies of set ``m``: answers to our messages (``f_ours.py``) from the clients of
``m_clients_en.py``, written without knowledge of the classifier.

One hundred and twenty replies over a season's mailbox: short go-aheads, decisions reached by a
committee or board, someone writing for the chairman, our terms restated, a yes with a preference (a
date, a weekday, an invoice address, a PO number) or with an unrelated P.S., conditions that we would
have to accept first, questions (with or without a question mark), deferrals to someone else or to
later, thanks-only replies, and friendly refusals (the problem solved itself, not this year, too
expensive, the committee said no). First Price clients answer the migration-fee, manual-reset and
e-mail-update messages; the others answer estimates, overruns, development quotes, pooled hours, test
platforms, set-up packages, migration terms and alpha terms. A few replies come from a member's
personal address that is not on record.

Labels: ``confirm`` is a clear go-ahead to what our message asked; ``refuse`` clearly declines or
withdraws; ``question`` is anything else.
"""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ men001 | reply: confirm | ours: migfee | style: plain
from: Trevor Oakley <trevor.oakley@btinternet.com>
ref: OF-2026-9989
--
Hello,

Yes please go ahead. We understand it is 50 EUR + VAT and that there is no going back afterwards. I'll
pay the invoice as soon as it shows up in the account.

Trevor Oakley
Secretary, Marshfield Soaring Club

@@ men002 | reply: refuse | ours: migfee | style: gmail
from: Ballyboe Flying Club <ballyboeflyingclub@gmail.com>
ref: OF-2026-9671
--
Hi,

Thanks for explaining. I had a chat with the lads at the weekend and we'll leave it as it is for now.
The version we have does everything we need and to be honest the money is better spent on the fuel
bill this winter. Maybe next year.

Eoin

@@ men003 | reply: question | ours: migfee | style: outlook
from: Johan Pretorius <info@karoogliding.co.za>
ref: OF-2026-9899
--
Morning,

Before we commit to the 50 EUR: will all the booking history and the member accounts come across to
the new version intact? Our instructors rely on the flight records for the student files and we
can't afford to lose them. If that's a yes we'll go ahead.

Regards
Johan Pretorius
Karoo Gliding Club

@@ men004 | reply: confirm | ours: migfee | style: android
from: kasserer@harstadflyklubb.no
ref: OF-2026-9629
--
ok go ahead. invoice to this address please

Solveig

@@ men005 | reply: confirm | ours: migfee | style: plain
from: Raimonds Ozoliņš <info@liepajasaeroklubs.lv>
ref: OF-2026-9770
--
Hello,

We have discussed in the board and we agree with the migration fee of 50 EUR. Please make the
migration. We know that it is not possible to return back to the old version.

Best regards,
Raimonds Ozoliņš
Liepājas Aeroklubs

@@ men006 | reply: refuse | ours: migfee | style: outlook
from: Margaret Healey <treasurer@marshfieldsoaring.org.uk>
ref: OF-2026-9778
--
Hello,

Treasurer here. I'm afraid the committee turned this down at Tuesday's meeting. It isn't the fee as
such: we are in the middle of the winter maintenance programme and nobody has the time to learn a new
layout just now. Please cancel the request; we may well come back to you in the spring.

Regards,
Margaret Healey
Hon. Treasurer, Marshfield Soaring Club

@@ men007 | reply: question | ours: migfee | style: plain
from: Elmarie <admin@karoogliding.co.za>
ref: OF-2026-9753
--
Hi there

I only do the admin, the upgrade was Johan's idea. I have forwarded your message to him and he'll
come back to you when he's back from the Nationals next week.

Thanks
Elmarie
Karoo Gliding Club office

@@ men008 | reply: confirm | ours: migfee | style: gmail | qpos: above
from: Ballyboe Flying Club <ballyboeflyingclub@gmail.com>
ref: OF-2026-9646
--
Grand so, go ahead.

Eoin

@@ men009 | reply: refuse | ours: migfee | style: html
from: Eirik Nordvik <post@harstadflyklubb.no>
ref: OF-2026-9971
--
Hi,

Thank you for the quick answer. We thought the upgrade was free. In that case we do not want it, we
will stay on the version we have.

Best regards
Eirik Nordvik
Harstad Flyklubb

@@ men010 | reply: question | ours: migfee | style: plain
from: Raimonds Ozoliņš <raimonds.ozolins@inbox.lv>
ref: OF-2026-9939
--
Hello,

can we pay the 50 EUR with bank transfer from Latvian bank or only with card. our club has no credit
card and I don't want to pay it with my own.

Raimonds

@@ men011 | reply: question | ours: migfee | style: apple | note: a yes with a question beside it: never a plain confirmation, staff answer the question
from: Trevor Oakley <trevor.oakley@btinternet.com>
ref: OF-2026-9976
--
Fine by us, carry on.

Trevor

P.S. Unrelated, but could you remind me where I find last year's invoices in the client account? Our
auditor wants copies.

Sent from my iPhone

@@ men012 | reply: confirm | ours: migfee | style: plain
from: Johan Pretorius <jpretorius@mweb.co.za>
ref: OF-2026-9936
--
Howzit,

Johan here, back from the Nationals. Elmarie forwarded your mail. Ja, go ahead with the upgrade, the
50 euro is fine with us.

Cheers
Johan

@@ men013 | reply: confirm | ours: reset | style: gmail
from: Ballyboe Flying Club <ballyboeflyingclub@gmail.com>
ref: OF-2026-9927
--
Hi,

Please do. I tried the forgotten password link three times and the mail never arrives (the club
gmail is a bit of a mess, it probably went to spam and got deleted). Happy to pay the 30.

Eoin

@@ men014 | reply: refuse | ours: reset | style: plain
from: secretary@marshfieldsoaring.org.uk
ref: OF-2026-9945
--
No need, thanks - I found the reset link and it worked first time. Sorry to have bothered you.

Paul Venables
Marshfield Soaring Club

@@ men015 | reply: question | ours: reset | style: alt
from: Solveig Aune <kasserer@harstadflyklubb.no>
ref: OF-2026-9686
--
Hi,

The login is the platform name you say. Is that harstad-flyklubb, or something with the old club name?
I'd rather do it myself if I can get it to work.

Solveig Aune
Kasserer, Harstad Flyklubb

@@ men016 | reply: confirm | ours: reset | style: outlook
from: Ilze Bērziņa <info@liepajasaeroklubs.lv>
ref: OF-2026-9759
--
Good day,

Yes, please reset the password for us, we accept the payment of 30 EUR. Please send the new password
to this address info@liepajasaeroklubs.lv.

Thank you in advance.

Kind regards,
Ilze Bērziņa
secretary, Liepājas Aeroklubs

@@ men017 | reply: refuse | ours: reset | style: plain
from: Johan Pretorius <info@karoogliding.co.za>
ref: OF-2026-9600
--
Thanks, but we'll do it ourselves. No point paying for something we can click.

Regards
Johan

@@ men018 | reply: question | ours: reset | style: plain
from: Niamh Doherty <niamh.doherty@yahoo.ie>
ref: OF-2026-9990
--
Hi,

I'm a member of Ballyboe Flying Club and someone forwarded me this. I can't log in to book the Cessna
since last week. Is it me that needs the password reset or the club? I don't want anybody charged 30
euro for my mistake!

Niamh

@@ men019 | reply: confirm | ours: reset | style: alt
from: Eirik Nordvik <post@harstadflyklubb.no>
ref: OF-2026-9705
--
Hello,

Yes please go ahead with the manual reset. Invoice to kasserer@harstadflyklubb.no as usual.

Eirik

@@ men020 | reply: question | ours: reset | style: outlook
from: Margaret Healey <treasurer@marshfieldsoaring.org.uk>
ref: OF-2026-9650
--
Hello,

Before you do anything: I'm not sure we asked for this. Nobody on the committee remembers sending a
request about the password. Can you tell me who it came from?

Margaret Healey
Hon. Treasurer

@@ men021 | reply: refuse | ours: reset | style: plain
from: Raimonds Ozoliņš <raimonds.ozolins@inbox.lv>
ref: OF-2026-9932
--
Hello,

It is not needed anymore. Our previous secretary found the password in her notes and gave it to us.
Thank you.

Raimonds

@@ men022 | reply: confirm | ours: email | style: plain
from: Trevor Oakley <trevor.oakley@btinternet.com>
ref: OF-2026-9720
--
Hello,

Yes please make the change - replace the old treasurer's address with the one in my previous mail.
I've tried "My details" but I'm clearly not very good at this. The 30 EUR is understood.

Regards,
Trevor

@@ men023 | reply: refuse | ours: email | style: gmail
from: Elmarie <admin@karoogliding.co.za>
ref: OF-2026-9775
--
Hi,

Don't worry about it, I managed to change it myself under My details. All sorted!

Thanks anyway
Elmarie

@@ men024 | reply: question | ours: email | style: gmail
from: Ballyboe Flying Club <ballyboeflyingclub@gmail.com>
ref: OF-2026-9922
--
Hi,

Can we not do this ourselves? I had a look under My details and I can only see the phone number, no
field for the e-mail. If it really has to be you then fine, but I'd like to understand why first.

Eoin

@@ men025 | reply: confirm | ours: email | style: plain
from: Solveig Aune <kasserer@harstadflyklubb.no>
ref: OF-2026-9793
--
Hi,

Ja, please do it for us. We are not so good with computers in this club :)

Best regards,
Solveig Aune

@@ men026 | reply: confirm | ours: email | style: plain | qpos: above
from: Raimonds Ozoliņš <raimonds.ozolins@inbox.lv>
ref: OF-2026-9735
--
Yes. Change it please. Thank you

@@ men027 | reply: question | ours: email | style: outlook
from: secretary@marshfieldsoaring.org.uk
ref: OF-2026-9637
--
Hi,

Trevor is on holiday until the 20th and he's the one who looks after the account. I'll get him to
reply when he's back.

Regards,
Paul Venables
Deputy Secretary, Marshfield Soaring Club

@@ men028 | reply: refuse | ours: email | style: android
from: Ballyboe Flying Club <ballyboeflyingclub@gmail.com>
ref: OF-2026-9896
--
ah no leave it, we'll keep the gmail one so. thanks

@@ men029 | reply: confirm | ours: email | style: html
from: Johan Pretorius <jpretorius@mweb.co.za>
ref: OF-2026-9863
--
Good afternoon,

Please go ahead and update the e-mail address on our record. We accept the charge of 30 EUR excl. VAT.

Kind regards,
Johan Pretorius
Chairman, Karoo Gliding Club

@@ men030 | reply: question | ours: email | style: gmail
from: Hanne Lyngstad <hanne.lyngstad@gmail.com>
ref: OF-2026-9892
--
Hello,

I am the new secretary of Harstad Flyklubb but my address is not in your system yet (that is the
reason for the change). Can I confirm on behalf of the club, or does it have to come from Eirik?

Kind regards
Hanne Lyngstad

@@ men031 | reply: confirm | ours: estimate | style: plain
from: Dale Hutchins <dale.hutchins@comcast.net>
ref: OF-2026-9918
--
Sounds good, go ahead and schedule it.

Dale

@@ men032 | reply: confirm | ours: estimate | style: outlook | figs: h=2, b=4
from: Hemi Parata <office@taranakiaero.co.nz>
ref: OF-2026-9613
--
Kia ora,

Thanks for that. 2 hours out of the 4 we've got left is fine by us, go for it.

Ngā mihi,
Hemi Parata
Taranaki Aero Club

@@ men033 | reply: question | ours: estimate | style: plain | figs: h=3
from: Wouter Hoogland <w.hoogland@ziggo.nl>
ref: OF-2026-9973
--
Hello,

3 hours seems quite a lot for changing the colours of two kinds of booking. Can you explain what is
involved? Then we decide.

Groet,
Wouter

@@ men034 | reply: refuse | ours: estimate | style: outlook
from: Annegret Lüders <vorstand@fg-lueneburgerheide.de>
ref: OF-2026-9702
--
Dear support team,

Thank you for the estimate. In the meantime our member Jens found the setting by himself (it was
hidden in the profile rights), so the work is not necessary any more. Please close the request.

Kind regards
Annegret Lüders
Fliegergruppe Lüneburger Heide e.V.

@@ men035 | reply: confirm | ours: estimate | style: plain | figs: h=2, b=4
from: Timo Rautio <timo.rautio@luukku.com>
ref: OF-2026-9802
--
Hi,

OK for us. Please schedule it.

Br,
Timo Rautio

@@ men036 | reply: confirm | ours: estimate | style: gmail | figs: h=1, b=4
from: Darius Jankauskas <darius.jankauskas@gmail.com>
ref: OF-2026-9767
--
Hello,

We agree. 1 hour from our credit is ok, so 3 hours remain. If possible please do it before the end
of October, because the new prices for the winter season start in November.

Thanks,
Darius

@@ men037 | reply: question | ours: estimate | style: plain | figs: h=2, b=5
from: Zoltán Varga <varga.zoltan@freemail.hu>
ref: OF-2026-9703
--
Dear Sir or Madam,

Before I can approve this I must ask our board. The next board meeting is on the 14th, I will write
to you after it.

Best regards
Zoltán Varga
Budaörsi Repülő Egyesület

@@ men038 | reply: confirm | ours: estimate | style: apple
from: Herbert Wimmer <herbert.wimmer@gmx.at>
ref: OF-2026-9695
--
Servus,

passt, go ahead.

LG Herbert

@@ men039 | reply: refuse | ours: estimate | style: alt
from: Lucía Ferrándiz <lucia.ferrandiz@vuelocostablanca.es>
ref: OF-2026-9633
--
Hi,

Thanks for the quick estimate. We have thought about it and we would rather keep the hours for the
training on the new version in spring, so let's not do this one.

Best,
Lucía

@@ men040 | reply: confirm | ours: estimate | style: outlook
from: Kylie Brennan <accounts@coolabahflight.com.au>
ref: OF-2026-9710
--
Hi team,

Bronwyn asked me to approve this on her behalf while she's on leave - approved, please go ahead.
For our records the PO number is CF-2211 (I know it comes out of the hours and there's no invoice,
but our system wants one).

Cheers,
Kylie Brennan
Accounts | Coolabah Flight Training

@@ men041 | reply: question | ours: estimate | style: outlook
from: Nikos Papadimitriou <n.papadimitriou@makedonia-aeroschool.gr>
ref: OF-2026-9966
--
Dear colleagues,

We would like to proceed, but only if the work can be done on a weekend. We cannot have the booking
screen unavailable on weekdays while our students are flying. Please confirm that this is possible.

Best regards,
Nikos Papadimitriou
Makedonia Aeroschool S.A.

@@ men042 | reply: confirm | ours: estimate | style: plain | figs: h=3, b=5
from: Linda Kowalczyk <treasurer@cedarridgeflyers.org>
ref: OF-2026-9776
--
Hi,

Treasurer here. The board voted 5-0 last night to go ahead with this. Please schedule it whenever it
suits you.

Regards,
Linda Kowalczyk
Treasurer, Cedar Ridge Flying Club

@@ men043 | reply: refuse | ours: estimate | style: plain
from: Jo Whitmore <accounts@taranakiaero.co.nz>
ref: OF-2026-9647
--
Hi,

Sorry, we're going to pass on this one. The committee has asked Hemi to hold off on anything
non-urgent until after the AGM in March, so it's a no for this year.

Thanks anyway,
Jo

@@ men044 | reply: confirm | ours: estimate | style: apple
from: Wouter Hoogland <w.hoogland@ziggo.nl>
ref: OF-2026-9732
--
Yes good, do it.

Wouter

Verstuurd vanaf mijn iPhone

@@ men045 | reply: question | ours: estimate | style: plain
from: Timo Rautio <timo.rautio@luukku.com>
ref: OF-2026-9901
--
Hello,

Does this include also the change of the invoice template, or only the booking rules? If it is only
the booking rules I think we need another estimate for the rest before we decide.

Timo

@@ men046 | reply: confirm | ours: estimate | style: outlook | figs: h=2, b=10
from: Elfriede Hofinger <kassa@flugsport-innviertel.at>
ref: OF-2026-9984
--
Dear Sir or Madam,

On behalf of our chairman Mr. Wimmer I confirm the order: 2 h from our bonus credit, which then goes
from 10 h to 8 h.

With kind regards
Elfriede Hofinger
Kassierin, Flugsportunion Innviertel

@@ men047 | reply: question | ours: estimate | style: gmail | note: a yes with a question beside it: never a plain confirmation, staff answer the question
from: Lucía Ferrándiz <lucia.ferrandiz@vuelocostablanca.es>
ref: OF-2026-9740
--
Perfect, go ahead.

PS, unrelated: is the forum section for new feature ideas still active? I couldn't find it last time I
looked.

Lucía

@@ men048 | reply: question | ours: estimate | style: gmail
from: Tomas Vaitkus <tomas.vaitkus@gmail.com>
ref: OF-2026-9889
--
Hi,

I am an instructor at Kauno aeroklubas. Darius is away this week. Is it possible to start the work
already, and he confirms later when he is back?

Tomas

@@ men049 | reply: confirm | ours: overrun | style: plain | figs: d=5, b=2
from: Dale Hutchins <dale.hutchins@comcast.net>
ref: OF-2026-9666
--
OK. We're fine paying for the extra 3 hours (180 EUR). Go ahead.

Dale

@@ men050 | reply: refuse | ours: overrun | style: outlook
from: Zoltán Varga <varga.zoltan@freemail.hu>
ref: OF-2026-9634
--
Dear Support,

Unfortunately our budget for this year is already spent, so we cannot pay for the extra hours. Please
do not do the work. Maybe we ask again in January when we have the new hours.

Regards,
Zoltán Varga

@@ men051 | reply: question | ours: overrun | style: plain | figs: b=2
from: Annegret Lüders <a.lueders@t-online.de>
ref: OF-2026-9919
--
Hello,

Could you split the work, so that only the part which fits into our remaining 2 h is done now, and the
rest next year with the new hours? That would be our preferred way.

Kind regards
Annegret

@@ men052 | reply: confirm | ours: overrun | style: outlook | figs: d=6, b=4
from: Jo Whitmore <accounts@taranakiaero.co.nz>
ref: OF-2026-9941
--
Hi,

Approved by the committee. Please send the invoice for the 120 EUR to accounts@taranakiaero.co.nz,
attention Treasurer.

Cheers,
Jo Whitmore
Treasurer, Taranaki Aero Club

@@ men053 | reply: refuse | ours: overrun | style: plain | figs: d=5, b=1
from: Wouter Hoogland <w.hoogland@ziggo.nl>
ref: OF-2026-9953
--
Hi,

No thanks. For 240 euro we can live with the workaround.

Regards,
Wouter

@@ men054 | reply: question | ours: overrun | style: alt
from: Timo Rautio <timo.rautio@luukku.com>
ref: OF-2026-9829
--
Hi,

Is the hourly price with VAT or without, and is it Finnish VAT or French? We need to know the final
amount for the budget before we say yes.

Timo

@@ men055 | reply: confirm | ours: overrun | style: gmail | qpos: above | figs: d=7, b=3
from: Darius Jankauskas <darius.jankauskas@gmail.com>
ref: OF-2026-9875
--
OK, we accept. Please go on.

Darius

@@ men056 | reply: confirm | ours: overrun | style: outlook
from: Carmen Soler <administracion@vuelocostablanca.es>
ref: OF-2026-9765
--
Buenos días,

I confirm on behalf of the school that we accept the invoice for the extra hours. Please send it to
administracion@vuelocostablanca.es with our tax number (CIF B03981457) on it.

Regards,
Carmen Soler
Administración - Escuela de Vuelo Costa Blanca

@@ men057 | reply: refuse | ours: overrun | style: plain
from: Herbert Wimmer <herbert.wimmer@gmx.at>
ref: OF-2026-9664
--
Hallo,

thank you, but we would not like to pay for this. Then we leave it like it is.

Best regards
Herbert Wimmer

@@ men058 | reply: question | ours: overrun | style: plain | figs: d=7, b=3
from: Linda Kowalczyk <treasurer@cedarridgeflyers.org>
ref: OF-2026-9745
--
Hi,

Is there any way to bring this down? 7 hours seems like a lot for what we asked. If you can do it in
the 3 hours we have left we'd take it in a heartbeat.

Linda

@@ men059 | reply: confirm | ours: overrun | style: outlook | figs: d=8, b=3
from: Accounting Department <logistirio@makedonia-aeroschool.gr>
ref: OF-2026-9621
--
Dear Sirs,

We confirm the additional cost of 300 EUR excl. VAT for the 5 hours beyond our credit. Please issue the
invoice to Makedonia Aeroschool S.A., Thessaloniki, with our VAT number as on previous invoices.

Kind regards,
Accounting Department
Makedonia Aeroschool S.A.

@@ men060 | reply: refuse | ours: overrun | style: html
from: Annegret Lüders <vorstand@fg-lueneburgerheide.de>
ref: OF-2026-9787
--
Dear all,

The board discussed your message yesterday evening and decided against it. It is too expensive for
something which is nice to have but not really needed.

Thank you for your understanding.
Annegret Lüders

@@ men061 | reply: question | ours: devest | style: outlook | figs: d=14, h=10 | note: a yes with a question beside it: never a plain confirmation, staff answer the question
from: Bronwyn Kellett <bronwyn.kellett@coolabahflight.com.au>
ref: OF-2026-9627
--
Hi all,

Quote accepted. 14 hours, 10 from our bonus and 4 billed, is within what the board signed off, so
please put it in the queue.

Roughly when do you think it would land? No rush, it's just for our planning.

Cheers,
Bronwyn Kellett
Head of Operations, Coolabah Flight Training

@@ men062 | reply: question | ours: devest | style: plain | figs: d=12, h=3
from: Wouter Hoogland <bestuur@vcnoordoostpolder.nl>
ref: OF-2026-9881
--
Hello,

We are interested, but 9 hours on the invoice is too much for our club alone. Is there another club
that wants the same thing? Then we can share it.

Regards,
Wouter Hoogland
Vliegclub Noordoostpolder

@@ men063 | reply: refuse | ours: devest | style: plain
from: Timo Rautio <hallitus@jyvaskylanilmailukerho.fi>
ref: OF-2026-9837
--
Hi,

Thanks for the quote. The board decided not to go ahead with it this year.

Br,
Timo Rautio
Jyväskylän Ilmailukerho

@@ men064 | reply: confirm | ours: devest | style: outlook
from: Nikos Papadimitriou <n.papadimitriou@makedonia-aeroschool.gr>
ref: OF-2026-9883
--
Dear Sir/Madam,

Following the decision of our Board of Directors of 12 October, we hereby accept your development
quote. The hours beyond our bonus may be invoiced to the company in the usual way.

We remain at your disposal for any clarification.

Best regards,
Nikos Papadimitriou
Managing Director
Makedonia Aeroschool S.A.

@@ men065 | reply: question | ours: devest | style: plain
from: Dale Hutchins <dale.hutchins@comcast.net>
ref: OF-2026-9963
--
Before we decide - does the quote include the export in the format QuickBooks reads, or just a plain
CSV? The QuickBooks part was the whole point for our treasurer.

Dale

@@ men066 | reply: refuse | ours: devest | style: gmail
from: Darius Jankauskas <darius.jankauskas@gmail.com>
ref: OF-2026-9812
--
Hello,

Thank you. We found a different solution with an Excel sheet, it is enough for us, so we don't need the
development.

Darius

@@ men067 | reply: confirm | ours: devest | style: plain
from: Herbert Wimmer <office@flugsport-innviertel.at>
ref: OF-2026-9693
--
Dear OpenFlyers team,

we accept the quote. Please start.

Best regards
Herbert Wimmer
Obmann, Flugsportunion Innviertel

@@ men068 | reply: question | ours: devest | style: alt
from: Lucía Ferrándiz <lucia.ferrandiz@vuelocostablanca.es>
ref: OF-2026-9860
--
Hi,

Looks reasonable to me. I'll take it to our director, Mr. Bañuls, on Monday and come back to you.

Lucía

@@ men069 | reply: confirm | ours: devest | style: android
from: Hemi Parata <hemi.parata@xtra.co.nz>
ref: OF-2026-9676
--
Yep, good to go. Committee's happy with it. Sweet as.

Hemi

@@ men070 | reply: refuse | ours: devest | style: outlook | figs: d=16, h=5
from: Annegret Lüders <vorstand@fg-lueneburgerheide.de>
ref: OF-2026-9652
--
Dear support,

Thank you very much for the detailed quote. Unfortunately 11 hours beyond our bonus hours is more than
our club can afford at the moment, so we withdraw the request.

If one day another club asks for the same, you are welcome to contact us again.

Kind regards
Annegret Lüders

@@ men071 | reply: confirm | ours: devest | style: plain
from: Zoltán Varga <titkarsag@budaorsirepulo.hu>
ref: OF-2026-9813
--
Dear Support Team,

The general assembly approved the development on 20 September. So we accept your quote. Please make the
invoice for the remaining hours to the name of the association, with our tax number as before.

Regards
Zoltán Varga
president

@@ men072 | reply: question | ours: devest | style: outlook
from: Shane Doyle <ops@coolabahflight.com.au>
ref: OF-2026-9718
--
Hi,

Quick one - is the hourly rate in the quote in euros? We work in AUD, so I need to convert it for the
board paper before they look at it next week.

Thanks,
Shane
Ops, Coolabah Flight Training

@@ men073 | reply: confirm | ours: pool | style: plain | figs: h=2, b=4
from: Dale Hutchins <board@cedarridgeflyers.org>
ref: OF-2026-9639
--
Count us in. 2 hours is fine.

Dale Hutchins
President, Cedar Ridge Flying Club

@@ men074 | reply: refuse | ours: pool | style: outlook
from: Hemi Parata <office@taranakiaero.co.nz>
ref: OF-2026-9602
--
Kia ora,

Thanks for thinking of us, but we don't really need that one - we don't do aerobatic bookings at
all. We'll pass.

Ngā mihi,
Hemi

@@ men075 | reply: confirm | ours: pool | style: plain | figs: h=1
from: Wouter Hoogland <w.hoogland@ziggo.nl>
ref: OF-2026-9632
--
Good idea, we join. 1 hour from us is ok.

Regards,
Wouter

@@ men076 | reply: question | ours: pool | style: plain
from: Timo Rautio <timo.rautio@luukku.com>
ref: OF-2026-9805
--
Hello,

Which is the other club? We would like to know what exactly they asked for before we put our hours in
it.

Timo

@@ men077 | reply: confirm | ours: pool | style: outlook | figs: h=3, b=8
from: Elfriede Hofinger <kassa@flugsport-innviertel.at>
ref: OF-2026-9844
--
Hello,

We agree to contribute 3 hours, which leaves us 5.

Kind regards
Elfriede Hofinger
Flugsportunion Innviertel

@@ men078 | reply: question | ours: pool | style: gmail | figs: h=2
from: Darius Jankauskas <darius.jankauskas@gmail.com>
ref: OF-2026-9969
--
Hello,

We can give 2 hours, but only if the new function works also in the Lithuanian language. Can you
confirm this?

Darius

@@ men079 | reply: refuse | ours: pool | style: plain
from: Lucía Ferrándiz <lucia.ferrandiz@vuelocostablanca.es>
ref: OF-2026-9675
--
Hi,

We'd prefer not to, our hours for this year are already planned. Thanks for asking though.

Lucía

@@ men080 | reply: confirm | ours: pool | style: outlook
from: Nikos Papadimitriou <n.papadimitriou@makedonia-aeroschool.gr>
ref: OF-2026-9734
--
Dear colleagues,

We agree to participate in the shared development with the proposed hours. It would be good for us if
it were finished before the spring season, but we understand the queue.

Best regards,
Nikos Papadimitriou

@@ men081 | reply: refuse | ours: pool | style: apple
from: Bronwyn Kellett <bronwyn.kellett@coolabahflight.com.au>
ref: OF-2026-9708
--
G'day,

Had a look, and honestly we built our own workaround for this last year, so no thanks from us. Good
luck with it though!

Bronwyn

Sent from my iPhone

@@ men082 | reply: confirm | ours: testplat | style: plain
from: Timo Rautio <timo.rautio@luukku.com>
ref: OF-2026-9911
--
Hi,

Yes please create it for us. The half hour is fine.

Timo

@@ men083 | reply: refuse | ours: testplat | style: plain
from: Dale Hutchins <dale.hutchins@comcast.net>
ref: OF-2026-9836
--
Nah, we'll do it ourselves from the client account, no need to burn the half hour. Thanks for the tip!

Dale

@@ men084 | reply: confirm | ours: testplat | style: gmail
from: Darius Jankauskas <darius.jankauskas@gmail.com>
ref: OF-2026-9771
--
Yes, create it please. Thank you.

@@ men085 | reply: question | ours: testplat | style: outlook
from: Hemi Parata <office@taranakiaero.co.nz>
ref: OF-2026-9700
--
Hi,

How long does a test platform stay up? If it's only a couple of weeks that won't be enough for us to
get all the instructors through it.

Cheers,
Hemi

@@ men086 | reply: refuse | ours: testplat | style: plain
from: Herbert Wimmer <herbert.wimmer@gmx.at>
ref: OF-2026-9961
--
Thank you, I have just created it myself, it was really easy. So no need.

Herbert

@@ men087 | reply: confirm | ours: testplat | style: outlook
from: Shane Doyle <ops@coolabahflight.com.au>
ref: OF-2026-9865
--
Hi,

Yes please. If there's any way to make it obvious to the instructors that it isn't the real one, that
would be great - we once had someone book real flights on a demo site. If not, no worries.

Cheers,
Shane

@@ men088 | reply: question | ours: testplat | style: alt
from: Lucía Ferrándiz <lucia.ferrandiz@vuelocostablanca.es>
ref: OF-2026-9747
--
Hello,

Would the test platform contain our real members' data? Because of the GDPR I need to check with our
data protection person first.

Lucía

@@ men089 | reply: confirm | ours: testplat | style: plain
from: Nikos Papadimitriou <info@makedonia-aeroschool.gr>
ref: OF-2026-9959
--
Dear colleagues,

Please proceed with the creation of the test platform.

Regards,
N. Papadimitriou

@@ men090 | reply: confirm | ours: testplat | style: android
from: Wouter Hoogland <w.hoogland@ziggo.nl>
ref: OF-2026-9933
--
ja graag, doe maar. thanks!

@@ men091 | reply: question | ours: testplat | style: plain
from: Jo Whitmore <accounts@taranakiaero.co.nz>
ref: OF-2026-9982
--
Hi,

Just so I understand: does the 0.5 h come off this year's hours or next year's? If it's next year's
then sure, but this year's are spoken for.

Jo

@@ men092 | reply: confirm | ours: setup | style: outlook | figs: p=300
from: Lucía Ferrándiz <lucia.ferrandiz@vuelocostablanca.es>
ref: OF-2026-9721
--
Hello,

Yes, we take the set-up package, 300 EUR is okay. Please send the questionnaire to me directly, I will
fill it in with our chief instructor.

Best regards,
Lucía Ferrándiz
Escuela de Vuelo Costa Blanca

@@ men093 | reply: refuse | ours: setup | style: plain
from: Annegret Lüders <a.lueders@t-online.de>
ref: OF-2026-9668
--
Dear team,

Thank you, but we did the configuration ourselves with the help of a member who works in IT. We will not
need the package.

Kind regards
Annegret

@@ men094 | reply: question | ours: setup | style: plain
from: Zoltán Varga <varga.zoltan@freemail.hu>
ref: OF-2026-9940
--
Hello,

Please tell us what exactly is inside the package, also the import of our members list from the old
Excel file or not. If yes we take it.

Regards
Zoltán

@@ men095 | reply: confirm | ours: setup | style: outlook
from: Kylie Brennan <accounts@coolabahflight.com.au>
ref: OF-2026-9724
--
Hi,

Approved. Our PO number is CF-2298, please quote it on the invoice or it'll bounce around our system
for weeks.

Thanks,
Kylie

@@ men096 | reply: confirm | ours: setup | style: apple
from: Herbert Wimmer <herbert.wimmer@gmx.at>
ref: OF-2026-9785
--
Yes, we would like it.

Greetings from Ried
Herbert

@@ men097 | reply: refuse | ours: setup | style: gmail
from: Darius Jankauskas <darius.jankauskas@gmail.com>
ref: OF-2026-9610
--
Thank you, not now. Maybe next year when we have more aircraft.

Darius

@@ men098 | reply: question | ours: setup | style: plain | figs: p=420
from: Dale Hutchins <dale.hutchins@comcast.net>
ref: OF-2026-9821
--
420 euros? Hmm. Let me run it by the board, they meet the second Tuesday of the month. I'll get back to
you after that.

Dale

@@ men099 | reply: confirm | ours: setup | style: outlook | figs: p=360
from: Nikos Papadimitriou <n.papadimitriou@makedonia-aeroschool.gr>
ref: OF-2026-9739
--
Dear Sirs,

With reference to your offer, we are pleased to subscribe to the set-up package at 360 EUR excl. VAT.
Kindly send the questionnaire to our operations manager, Ms. Eleni Karagianni, at
info@makedonia-aeroschool.gr.

Yours faithfully,
Nikos Papadimitriou
Managing Director

@@ men100 | reply: question | ours: setup | style: plain
from: Timo Rautio <hallitus@jyvaskylanilmailukerho.fi>
ref: OF-2026-9968
--
Hi,

We think yes, but first: is the questionnaire in English? Our treasurer who knows the prices does not
read French at all.

Timo

@@ men101 | reply: confirm | ours: migterms | style: outlook | figs: nbd=15, nbm=1
from: Annegret Lüders <vorstand@fg-lueneburgerheide.de>
ref: OF-2026-9742
--
Dear support,

We agree to the terms. Not before 15 January 2027 is correct, that is the end of our winter break. We
understand that there is no way back.

Kind regards
Annegret Lüders

@@ men102 | reply: confirm | ours: migterms | style: plain | qpos: above
from: Ineke de Boer <penningmeester@vcnoordoostpolder.nl>
ref: OF-2026-9723
--
Yes, we agree with the conditions.

Regards,
Ineke de Boer
penningmeester

@@ men103 | reply: question | ours: migterms | style: plain | figs: nbd=1, nbm=3
from: Wouter Hoogland <w.hoogland@ziggo.nl>
ref: OF-2026-9851
--
Hello,

The date is wrong I think. We wrote 1 February, not 1 March. Can you correct it? Then it is fine for us.

Wouter

@@ men104 | reply: refuse | ours: migterms | style: plain
from: Dale Hutchins <dale.hutchins@comcast.net>
ref: OF-2026-9902
--
Hi there,

After some more thought, the board would rather stay where we are until version 4 has been out for a
while and the other clubs have shaken the bugs out. Please cancel the migration request.

Thanks for all the help so far.

Dale

@@ men105 | reply: confirm | ours: migterms | style: outlook
from: Hemi Parata <office@taranakiaero.co.nz>
ref: OF-2026-9831
--
Kia ora,

All good, understood and agreed. We'll make sure the invoices are paid on time.

Ngā mihi,
Hemi

@@ men106 | reply: confirm | ours: migterms | style: plain
from: Herbert Wimmer <herbert.wimmer@gmx.at>
ref: OF-2026-9972
--
Hello,

Agreed. A small wish: if it can be on a Monday or Tuesday that would be best for us, the weekends are
our busy days. But whatever works for you.

Herbert Wimmer

@@ men107 | reply: question | ours: migterms | style: gmail | note: a yes with a question beside it: never a plain confirmation, staff answer the question
from: Darius Jankauskas <darius.jankauskas@gmail.com>
ref: OF-2026-9833
--
Hello,

We agree with the conditions.

About the unpaid invoices: there was one from September, we paid it last week by bank transfer. Can you
check it arrived?

Darius

@@ men108 | reply: refuse | ours: migterms | style: alt
from: Lucía Ferrándiz <lucia.ferrandiz@vuelocostablanca.es>
ref: OF-2026-9855
--
Hi,

We've decided to postpone the migration until next winter. Our chief instructor leaves in December and
we don't want two big changes at the same time. Please withdraw our request, we will ask again later.

Best,
Lucía

@@ men109 | reply: question | ours: migterms | style: plain
from: Timo Rautio <talous@jyvaskylanilmailukerho.fi>
ref: OF-2026-9906
--
Hello,

One thing: "nor while invoices remain unpaid" - which invoices? We believe we have paid everything.
Please check before we confirm.

Timo Rautio

@@ men110 | reply: confirm | ours: migterms | style: outlook | figs: nbd=10, nbm=3
from: Katalin Szabó <titkarsag@budaorsirepulo.hu>
ref: OF-2026-9846
--
Dear Support,

I write on behalf of our president, Mr. Varga: the association accepts the conditions of the migration
to version 4, not before 10 March 2027.

Best regards
Katalin Szabó
secretary, Budaörsi Repülő Egyesület

@@ men111 | reply: question | ours: migterms | style: plain
from: Stefan Mayrhofer <stefan.mayrhofer@gmx.at>
ref: OF-2026-9807
--
Hello,

I am a member of Flugsportunion Innviertel, our Obmann forwarded your mail to all members. Will we lose
our flight logs with the migration? I have all my hours in there.

Thanks,
Stefan Mayrhofer

@@ men112 | reply: confirm | ours: alpha | style: outlook | figs: v=4
from: Hemi Parata <office@taranakiaero.co.nz>
ref: OF-2026-9641
--
Hi,

Yep, we know what we're getting into. A couple of our techie members are itching to try the new stuff
and they'll be the ones fielding the complaints. We accept.

Cheers,
Hemi

@@ men113 | reply: refuse | ours: alpha | style: plain
from: Timo Rautio <timo.rautio@luukku.com>
ref: OF-2026-9850
--
Hmm, after reading that I think we prefer to wait for the stable version. Cancel please.

Timo

@@ men114 | reply: question | ours: alpha | style: gmail
from: Darius Jankauskas <darius.jankauskas@gmail.com>
ref: OF-2026-9757
--
Hello,

If we find a bug, will you fix it fast? Our students book every day. We need to know this before we
accept.

Darius

@@ men115 | reply: confirm | ours: alpha | style: plain | figs: v=4
from: Dale Hutchins <dale.hutchins@comcast.net>
ref: OF-2026-9817
--
Understood: menus may move, things may be half-finished, and there's no going back. We accept the terms.

Dale

@@ men116 | reply: refuse | ours: alpha | style: outlook
from: Herbert Wimmer <office@flugsport-innviertel.at>
ref: OF-2026-9814
--
Dear OpenFlyers team,

Thank you for the honest warning. After this our board prefers to stay on the current version. Please
cancel the request.

Best regards
Herbert Wimmer

@@ men117 | reply: confirm | ours: alpha | style: html | figs: v=4
from: Ineke de Boer <penningmeester@vcnoordoostpolder.nl>
ref: OF-2026-9797
--
Dear support,

Yes, we accept the conditions for the 4.0 alpha. For problems you can contact our secretary Wouter.

Kind regards,
Ineke de Boer

@@ men118 | reply: question | ours: alpha | style: alt
from: Lucía Ferrándiz <lucia.ferrandiz@vuelocostablanca.es>
ref: OF-2026-9944
--
Hi,

If it really changes without notice, how will our instructors know what has changed? Is there a
changelog somewhere? Sorry, I need this before I can say yes to our director.

Lucía

@@ men119 | reply: question | ours: alpha | style: gmail
from: Darius Jankauskas <darius.jankauskas@gmail.com>
ref: OF-2026-9819
--
Thank you for the explanation. We will read it carefully with the instructors.

Darius

@@ men120 | reply: refuse | ours: alpha | style: plain
from: Jo Whitmore <accounts@taranakiaero.co.nz>
ref: OF-2026-9926
--
Hi,

Just a heads up: Hemi asked for the alpha without running it past the committee. The committee says no,
so please don't switch us over.

Regards,
Jo Whitmore
Treasurer, Taranaki Aero Club
"""
