"""Set f, second batch: English replies to our messages (confirm, refuse, question)."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ en101 | reply: confirm | from: graham.pickering@btinternet.com | ref: OF-2026-2301 | ours: email | style: plain
--
Yes, please do it for us. Graham

@@ en102 | reply: refuse | from: Helen Marsh <helen.marsh@cotswoldaviation.co.uk> | ref: OF-2026-2302 | ours: alpha | style: outlook
--
Hi,

Thanks for spelling it out. That's a no from us - we're an ATO and the CAA inspector would not be impressed by screens that change week to week.

Helen

@@ en103 | reply: question | from: j.hoffmann@t-online.de | ref: OF-2026-2303 | ours: setup | style: plain | note: non-native English
--
Hello,

Is the questionnaire also in German? Some of our board members do not read English or French good. If yes, we take it probably, but I must ask first.

Jürgen

@@ en104 | reply: confirm | from: Siobhán Keane <siobhan.keane@eircom.net> | ref: OF-2026-2304 | ours: overrun | style: gmail
--
Hi,

Committee says yes, invoice away. It's needed for the new membership categories in January.

Siobhán Keane
Hon. Secretary, Shannon Flying Club
Coonagh Airfield, Co. Limerick
Clubhouse open Sat & Sun 09:30-17:00 | Wed evenings in summer

@@ en105 | reply: refuse | from: r.jansen@vliegschooltwente.nl | ref: OF-2026-2305 | ours: estimate | style: plain
--
Hello,

Please don't do it after all. We found a way around it with the existing reports.

Ruud

@@ en106 | reply: question | from: marieke.devries@ziggo.nl | ref: OF-2026-2306 | ours: migterms | style: gmail | figs: nbd=1,nbm=4
--
Hi,

We're fine with the terms. One question though: if you migrate after 1 April, will the winch log we keep in the custom fields survive?

Marieke

@@ en107 | reply: confirm | from: accounts@cotswoldaviation.co.uk | ref: OF-2026-2307 | ours: devest | style: outlook | qpos: above
--
Hello,

Quote accepted. Please proceed.

Accounts Dept.
Cotswold Aviation Training Ltd

@@ en108 | reply: refuse | from: monika.bauer@gmx.de | ref: OF-2026-2308 | ours: estimate | style: plain
--
Hello, no, we don't want to spend our hours on this. Thanks. Monika

@@ en109 | reply: question | from: treasurer@shannonflyers.ie | ref: OF-2026-2309 | ours: pool | style: plain
--
Hi,

If we put in the hours and the other club pulls out, do we get them back? Want to be sure before I say yes.

Conor

@@ en110 | reply: confirm | from: administratie@vliegschooltwente.nl | ref: OF-2026-2310 | ours: overrun | style: outlook
--
Dear support,

Management has approved the additional costs. Please send the invoice to this address.

Kind regards,
Administratie Vliegschool Twente

@@ en111 | reply: refuse | from: woldsgliding@gmail.com | ref: OF-2026-2311 | ours: email | style: gmail
--
No thanks, I'll do it myself now that I know where it is.

@@ en112 | reply: question | from: Jürgen Hoffmann <j.hoffmann@t-online.de> | ref: OF-2026-2312 | ours: devest | style: plain
--
Hello,

Yes for the first part (the import of the glider logbooks), but not for the second part with the PDF certificates. Can you make a new quote only for the first part?

Jürgen Hoffmann

@@ en113 | reply: confirm | from: kasse@lsv-rheinland.de | ref: OF-2026-2313 | ours: pool | style: plain
--
Hello,

We are in. Please take the hours from our account.

Sabine Krüger

@@ en114 | reply: refuse | from: helen.marsh@cotswoldaviation.co.uk | ref: OF-2026-2314 | ours: migterms | style: outlook | figs: nbd=1,nbm=6
--
Hi,

On reflection we'd rather not migrate this year - summer is our peak and we can't risk it. Please withdraw the request.

Helen Marsh

@@ en115 | reply: question | from: bestuur@zcveluwe.nl | ref: OF-2026-2315 | ours: reset | style: plain
--
Hello,

Is it possible to reset it without paying? We are a small club of 30 members and we only need it once a year to renew.

Board ZC Veluwe

@@ en116 | reply: confirm | from: Monika Bauer <monika.bauer@gmx.de> | ref: OF-2026-2316 | ours: testplat | style: gmail
--
Hello,

Sure, no problem - please create it.

Monika

@@ en117 | reply: refuse | from: siobhan.keane@eircom.net | ref: OF-2026-2317 | ours: devest | style: apple
--
Too dear for us I'm afraid. We'll pass. Thanks though.

Sent from my iPhone

@@ en118 | reply: question | from: helen.marsh@cotswoldaviation.co.uk | ref: OF-2026-2318 | ours: testplat | style: outlook
--
Hi,

Yes in principle, but will the test platform have our current data in it, or is it empty? Our instructors need realistic bookings to practise on.

Helen

@@ en119 | reply: confirm | from: j.hoffmann@t-online.de | ref: OF-2026-2319 | ours: estimate | style: plain | note: non-native English
--
Hello,

It is fine. You can begin.

Jürgen

@@ en120 | reply: refuse | from: Graham Pickering <graham.pickering@btinternet.com> | ref: OF-2026-2320 | ours: setup | style: plain
--
Hi,

We'll give the package a miss, thanks. There are only four of us running the club and we've always done the settings ourselves.

Graham Pickering
Chairman, Wolds Gliding Club
Pocklington Airfield
Flying Wed, Sat & Sun (weather permitting)

@@ en121 | reply: question | from: r.jansen@vliegschooltwente.nl | ref: OF-2026-2321 | ours: overrun | style: outlook
--
Hello,

OK for the extra hours if you can deliver before 1 February. If not, please let me know and we'll discuss.

Ruud Jansen
Head of Training

@@ en122 | reply: confirm | from: woldsgliding@gmail.com | ref: OF-2026-2322 | ours: migfee | style: gmail
--
Hello,

Right, we've talked it over and we'll go ahead. Please migrate us and send the 50 euro invoice.

Wolds GC

@@ en123 | reply: refuse | from: kasse@lsv-rheinland.de | ref: OF-2026-2323 | ours: overrun | style: plain
--
Hello,

We cannot pay extra hours this year. Please cancel.

Sabine Krüger

@@ en124 | reply: question | from: siobhan.keane@eircom.net | ref: OF-2026-2324 | ours: setup | style: gmail
--
Hi,

What does it cost if we only want the questionnaire and do the rest ourselves? The full package is a bit much for us.

Siobhán

@@ en125 | reply: confirm | from: Helen Marsh <helen.marsh@cotswoldaviation.co.uk> | ref: OF-2026-2325 | ours: migterms | style: outlook | figs: nbd=15,nbm=10
--
Hi,

Terms accepted. Invoices are all settled as far as I know.

Helen Marsh
Training Manager | Cotswold Aviation Training Ltd
Cotswold Airport, Kemble GL7 6BA
T +44 (0)1285 000000 | M +44 (0)7700 900000

@@ en126 | reply: refuse | from: marieke.devries@ziggo.nl | ref: OF-2026-2326 | ours: testplat | style: plain
--
Hi, thanks but we don't need one. Marieke

@@ en127 | reply: question | from: Monika Bauer <monika.bauer@gmx.de> | ref: OF-2026-2327 | ours: alpha | style: gmail
--
Hello,

I need to discuss with the board first, our next meeting is on the 9th. I will write you after.

Monika

@@ en128 | reply: confirm | from: schatzmeister@fc-allgaeu.de | ref: OF-2026-2328 | ours: setup | style: plain
--
Hello,

Yes, we take the set-up package. Please send the invoice and the questionnaire.

Thomas Weber
Treasurer

@@ en129 | reply: refuse | from: accounts@cotswoldaviation.co.uk | ref: OF-2026-2329 | ours: pool | style: outlook
--
Hello,

We won't be taking part in this one, thank you.

Accounts Dept.

@@ en130 | reply: question | from: graham.pickering@btinternet.com | ref: OF-2026-2330 | ours: migfee | style: plain
--
hi
whats the difference between 3.6 and 4 for us exactly? if its just looks we wont bother paying, if theres something useful for gliding ops then maybe
graham

@@ en131 | reply: confirm | from: treasurer@shannonflyers.ie | ref: OF-2026-2331 | ours: devest | style: plain
--
Hi,

We're happy with the quote, go ahead. Nothing against sharing it with other clubs either.

Conor Walsh
Treasurer

@@ en132 | reply: refuse | from: j.hoffmann@t-online.de | ref: OF-2026-2332 | ours: pool | style: plain | note: non-native English
--
Hello,

No, we do not participate. This function we do not need.

Jürgen

@@ en133 | reply: question | from: administratie@vliegschooltwente.nl | ref: OF-2026-2333 | ours: devest | style: outlook
--
Dear support,

Our head of training is abroad until 20 December. He will confirm or not when he is back. Can the quote stay valid until then?

Administratie Vliegschool Twente

@@ en134 | reply: confirm | from: marieke.devries@ziggo.nl | ref: OF-2026-2334 | ours: email | style: plain
--
Hi,

Yes please change it for us, the 30 euro is ok.

P.S. we had our first winter flying day last weekend, lovely wave over the Veluwe!

Marieke

@@ en135 | reply: refuse | from: Ruud Jansen <r.jansen@vliegschooltwente.nl> | ref: OF-2026-2335 | ours: setup | style: outlook
--
Hello,

We have decided not to take the package after all. Our new operations assistant will handle the set-up internally.

Regards,
Ruud Jansen

@@ en136 | reply: question | from: kasse@lsv-rheinland.de | ref: OF-2026-2336 | ours: testplat | style: plain
--
Hello,

Yes, please create it.

P.S. Can you also copy our aircraft and rates into it? Otherwise it is not useful for us.

Sabine

@@ en137 | reply: confirm | from: Siobhán Keane <siobhan.keane@eircom.net> | ref: OF-2026-2337 | ours: migfee | style: gmail
--
Hi,

No objection at all - go ahead with the migration, we'll pay the invoice.

Siobhán

@@ en138 | reply: refuse | from: schatzmeister@fc-allgaeu.de | ref: OF-2026-2338 | ours: overrun | style: plain
--
Hello,

We decided against it. The request can wait until next year when we have new hours.

Thomas Weber

@@ en139 | reply: question | from: helen.marsh@cotswoldaviation.co.uk | ref: OF-2026-2339 | ours: pool | style: outlook
--
Hi,

Could we put in 1 hour instead of the hours you suggest? We're running low and still have the spring changes to do.

Helen

@@ en140 | reply: confirm | from: bestuur@zcveluwe.nl | ref: OF-2026-2340 | ours: reset | style: plain
--
Hello,

OK, please reset it. We accept the 30 euro.

Board ZC Veluwe

@@ en141 | reply: question | from: woldsgliding@gmail.com | ref: OF-2026-2341 | ours: reset | style: gmail | qpos: above
--
Hi,

Where will you send the new password? Our club address is the one the old secretary had and we no longer read it much. Could you send it to this gmail instead?

Graham

@@ en142 | reply: refuse | from: monika.bauer@gmx.de | ref: OF-2026-2342 | ours: migterms | style: plain | figs: nbd=1,nbm=11
--
Hello,

We have changed our mind and want to stay on 3.6. Please cancel the migration.

Monika Bauer

@@ en143 | reply: question | from: Conor Walsh <conor.walsh1962@gmail.com> | ref: OF-2026-2343 | ours: estimate | style: gmail | note: the treasurer writes from a private address not on record
--
Hi,

This is Conor, treasurer of Shannon Flying Club, writing from my own address. How many hours would we have left after this? I can't log in to check.

Conor

@@ en144 | reply: confirm | from: j.hoffmann@t-online.de | ref: OF-2026-2344 | ours: devest | style: plain | note: non-native English
--
Hello,

After the general assembly of Saturday: we accept the offer. Please start with the development.

Best regards
Jürgen Hoffmann
1. Vorsitzender / Chairman
Luftsportverein Rheinland e.V.
Segelfluggelände Dahlemer Binz
"""
