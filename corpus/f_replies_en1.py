"""Set f, first batch: English replies to our messages (confirm, refuse, question)."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ en001 | reply: confirm | from: Graham Pickering <graham.pickering@btinternet.com> | ref: OF-2026-2101 | ours: migfee | style: plain
--
Yes please.

Graham

@@ en002 | reply: refuse | from: helen.marsh@cotswoldaviation.co.uk | ref: OF-2026-2102 | ours: setup | style: outlook
--
Hi,

Thanks, but we'll do it ourselves. Our ops assistant set up the last platform and knows the rate tables inside out.

Regards,
Helen Marsh
Training Manager
Cotswold Aviation Training Ltd | Kemble
T +44 (0)1285 000000

@@ en003 | reply: question | from: Siobhán Keane <siobhan.keane@eircom.net> | ref: OF-2026-2103 | ours: estimate | style: gmail
--
Hi,

Grand, but can it wait until after the Christmas break? Half the committee is away and I'd like someone around to check the new booking rules once they're in.

Siobhán

@@ en004 | reply: confirm | from: j.hoffmann@t-online.de | ref: OF-2026-2104 | ours: estimate | style: plain | note: non-native English
--
Hello,

We agree, please make it. No objection from the board.

Best regards
Jürgen Hoffmann
Luftsportverein Rheinland e.V.

@@ en005 | reply: refuse | from: marieke.devries@ziggo.nl | ref: OF-2026-2105 | ours: migfee | style: plain
--
Hi,

No thanks. We will stay on the current version for now, the club voted to keep costs at zero this winter.

Marieke de Vries
Secretary, Zweefvliegclub Veluwe

@@ en006 | reply: question | from: r.jansen@vliegschooltwente.nl | ref: OF-2026-2106 | ours: devest | style: outlook
--
Hello,

Before I can sign off: does the quote include testing on our test platform, or is that extra? And what happens if it takes longer than estimated - do we pay the overrun too?

Kind regards,
Ruud Jansen
Head of Training | Vliegschool Twente B.V.
Vliegveld Twenthe, Enschede
+31 53 000 0000

@@ en007 | reply: confirm | from: Monika Bauer <monika.bauer@gmx.de> | ref: OF-2026-2107 | ours: pool | style: gmail | figs: h=2,b=10
--
Hello,

Good idea, count us in with the 2 hours. Nothing against it from our side.

Monika Bauer
Fliegerclub Allgäu e.V.

@@ en008 | reply: refuse | from: treasurer@shannonflyers.ie | ref: OF-2026-2108 | ours: overrun | style: plain
--
Hi,

We won't be going over our hours, sorry. Please park it and we'll look again next year.

Conor Walsh
Treasurer, Shannon Flying Club

@@ en009 | reply: question | from: woldsgliding@gmail.com | ref: OF-2026-2109 | ours: reset | style: gmail
--
Hello,

I tried the forgotten password link twice and never got the email. Before we pay the 30 euros, could you tell me which address the reset goes to? It might be our old secretary's.

Thanks
Wolds GC

@@ en010 | reply: confirm | from: accounts@cotswoldaviation.co.uk | ref: OF-2026-2110 | ours: overrun | style: outlook | figs: d=5,b=1
--
Hello,

Approved - please go ahead and invoice the extra 4 hours to Cotswold Aviation Training Ltd, PO 4471 to be quoted.

Many thanks,
Accounts Dept.
Cotswold Aviation Training Ltd
Office hours Mon-Thu 9:00-15:30

@@ en011 | reply: refuse | from: Jürgen Hoffmann <j.hoffmann@t-online.de> | ref: OF-2026-2111 | ours: alpha | style: plain | note: non-native English
--
Hello,

Thank you for the explanation. With this conditions we do not want the alpha version. We wait for the stable one.

Jürgen

@@ en012 | reply: question | from: schatzmeister@fc-allgaeu.de | ref: OF-2026-2112 | ours: devest | style: plain
--
Hello,

Is it possible to get this quote as PDF with your VAT number? Our tax advisor needs it for the reverse charge. Then we can decide.

Regards
Thomas Weber, treasurer

@@ en013 | reply: confirm | from: Helen Marsh <helen.marsh@cotswoldaviation.co.uk> | ref: OF-2026-2113 | ours: testplat | style: outlook
--
Hi there,

That would be great, yes - please set it up for us.

Helen

@@ en014 | reply: refuse | from: bestuur@zcveluwe.nl | ref: OF-2026-2114 | ours: email | style: plain
--
Hello,

Not needed, we changed it ourselves in the client account yesterday evening. Thanks anyway.

Board ZC Veluwe

@@ en015 | reply: question | from: siobhan.keane@eircom.net | ref: OF-2026-2115 | ours: migterms | style: apple | figs: nbd=1,nbm=3
--
Hi, OK with the terms but will we lose the booking history from this season? Need to know before I tell the members.

Siobhán

Sent from my iPhone

@@ en016 | reply: confirm | from: r.jansen@vliegschooltwente.nl | ref: OF-2026-2116 | ours: setup | style: plain
--
Hello,

Yes, we take the set-up package. Please send the questionnaire to me and copy administratie@vliegschooltwente.nl.

Ruud

@@ en017 | reply: refuse | from: graham.pickering@btinternet.com | ref: OF-2026-2117 | ours: reset | style: plain
--
Don't bother, our webmaster sorted it. Cheers, Graham

@@ en018 | reply: question | from: Monika Bauer <monika.bauer@gmx.de> | ref: OF-2026-2118 | ours: overrun | style: gmail
--
Hello,

The treasurer will get back to you, he is the one who can approve invoices. He is on holiday until the 28th.

Monika

@@ en019 | reply: confirm | from: kasse@lsv-rheinland.de | ref: OF-2026-2119 | ours: devest | style: plain | figs: d=8,h=5
--
Hello,

The board approved the quote yesterday evening. Please go ahead with the development, we agree to pay for the 3 hours beyond our bonus.

Kind regards
Kasse LSV Rheinland
Sabine Krüger

@@ en020 | reply: refuse | from: Ruud Jansen <r.jansen@vliegschooltwente.nl> | ref: OF-2026-2120 | ours: pool | style: outlook
--
Hello,

We prefer not to put hours into this one. We have other plans for our remaining hours this year (instructor planning module).

Regards,
Ruud Jansen

@@ en021 | reply: question | from: helen.marsh@cotswoldaviation.co.uk | ref: OF-2026-2121 | ours: estimate | style: outlook
--
Hi,

OK if it's under 3 hours. If you find it's going to take more, please stop and tell me first.

Helen

@@ en022 | reply: confirm | from: Siobhán Keane <siobhan.keane@eircom.net> | ref: OF-2026-2122 | ours: testplat | style: gmail
--
Hi,

Yes go ahead and make it please - no problem with the half hour.

By the way, we had a great open day last Sunday, 14 trial flights and three new members signed up!

Siobhán Keane
Secretary | Shannon Flying Club
Mobile 087 000 0000 (not Tuesdays)

@@ en023 | reply: refuse | from: monika.bauer@gmx.de | ref: OF-2026-2123 | ours: setup | style: plain
--
Hello, we decided against the package, too expensive for a club our size. Thank you.
Monika

@@ en024 | reply: question | from: marieke.devries@ziggo.nl | ref: OF-2026-2124 | ours: migfee | style: plain
--
Hi,

Could the 50 euro be invoiced to the club's new bank details? We moved banks in October. And can the migration happen in January rather than now? We're in the middle of the winter maintenance.

Marieke

@@ en025 | reply: confirm | from: treasurer@shannonflyers.ie | ref: OF-2026-2125 | ours: estimate | style: plain
--
Fine, go ahead.
Conor

@@ en026 | reply: refuse | from: accounts@cotswoldaviation.co.uk | ref: OF-2026-2126 | ours: devest | style: outlook
--
Hello,

Thank you for the quotation. Unfortunately the directors have decided not to proceed at this time, as the budget has been allocated to a new simulator.

Kind regards,
Accounts Dept.
Cotswold Aviation Training Ltd

@@ en027 | reply: question | from: j.hoffmann@t-online.de | ref: OF-2026-2127 | ours: pool | style: plain | note: non-native English
--
Hello,

Which club is the other one? And when will the development be finished? We need it before the season begin in April, if not it makes no sense for us.

Jürgen Hoffmann

@@ en028 | reply: confirm | from: Marieke de Vries <marieke.devries@ziggo.nl> | ref: OF-2026-2128 | ours: reset | style: gmail
--
Hi,

Yes please reset it for us, the 30 euro is fine. We really can't get in otherwise.

Thanks a lot,
Marieke

@@ en029 | reply: refuse | from: siobhan.keane@eircom.net | ref: OF-2026-2129 | ours: migterms | style: plain | figs: nbd=1,nbm=2
--
Hi,

Sorry to mess you around, but the committee met last night and decided we're not migrating after all. Please cancel the request.

Siobhán

@@ en030 | reply: question | from: r.jansen@vliegschooltwente.nl | ref: OF-2026-2130 | ours: alpha | style: outlook
--
Hello,

We accept the terms for the test environment, but not for production. Can we run the alpha only on our test platform and keep the live one on the stable version?

Ruud Jansen

@@ en031 | reply: confirm | from: schatzmeister@fc-allgaeu.de | ref: OF-2026-2131 | ours: overrun | style: plain
--
Hello,

OK, we accept the invoice for the extra hours.

Thomas Weber
Schatzmeister / Treasurer
Fliegerclub Allgäu e.V. - Flugplatz Kempten-Durach
Tel. +49 831 000000 | Fr 18-20 Uhr, Sa/So 10-18 Uhr

@@ en032 | reply: refuse | from: woldsgliding@gmail.com | ref: OF-2026-2132 | ours: migfee | style: gmail
--
Hello,

Thanks for letting us know about the fee. We had assumed the upgrade was free, so we'll leave it for this year. Please don't migrate.

Graham Pickering
Wolds Gliding Club

@@ en033 | reply: question | from: helen.marsh@cotswoldaviation.co.uk | ref: OF-2026-2133 | ours: setup | style: outlook
--
Hi,

What exactly does the questionnaire cover? We have 11 aircraft, 2 sims and four different rate cards for integrated and modular students. If all of that is included I'm happy, but I'd like to know before committing.

Helen Marsh

@@ en034 | reply: confirm | from: Jürgen Hoffmann <j.hoffmann@t-online.de> | ref: OF-2026-2134 | ours: migterms | style: plain | figs: nbd=1,nbm=11
--
Hello,

We agree with the conditions. The invoices are all paid, I checked.

Regards
Jürgen

@@ en035 | reply: refuse | from: kasse@lsv-rheinland.de | ref: OF-2026-2135 | ours: testplat | style: plain
--
Hello,

No, thank you. We do not need a test platform at the moment.

Sabine Krüger

@@ en036 | reply: question | from: graham.pickering@btinternet.com | ref: OF-2026-2136 | ours: migfee | style: plain
--
Hi,

Happy to pay, but is the 50 euro plus VAT? We're not VAT registered so I need the gross figure for the committee.

Graham

@@ en037 | reply: confirm | from: administratie@vliegschooltwente.nl | ref: OF-2026-2137 | ours: estimate | style: alt
--
Dear support,

Agreed, you may schedule the work.

With kind regards,
Administratie Vliegschool Twente
Open ma-vr 08:00-16:30 | KvK 00000000

@@ en038 | reply: refuse | from: Helen Marsh <helen.marsh@cotswoldaviation.co.uk> | ref: OF-2026-2138 | ours: estimate | style: outlook
--
Hi,

Actually we no longer need this - the instructor who asked for it has left us. Please close the request.

Thanks,
Helen

@@ en039 | reply: question | from: treasurer@shannonflyers.ie | ref: OF-2026-2139 | ours: devest | style: plain
--
Hi,

Can we split it? Yes to the export part but not the SMS reminders - what would the export alone cost?

Conor

@@ en040 | reply: confirm | from: bestuur@zcveluwe.nl | ref: OF-2026-2140 | ours: migfee | style: html
--
Hello,

We confirm the migration and the fee. Our treasurer will pay the invoice this week.

Best regards,
Bestuur Zweefvliegclub Veluwe
Vliegveld Terlet

@@ en041 | reply: refuse | from: Monika Bauer <monika.bauer@gmx.de> | ref: OF-2026-2141 | ours: devest | style: gmail
--
Hello,

Thank you, but no. The general assembly said no extra spending on software this year.

Monika

@@ en042 | reply: question | from: woldsgliding@gmail.com | ref: OF-2026-2142 | ours: email | style: gmail
--
Hi,

Could you change it and also the responsible person's address at the same time, or is that 30 euro each?

Graham

@@ en043 | reply: confirm | from: Siobhán Keane <siobhan.keane@eircom.net> | ref: OF-2026-2143 | ours: pool | style: apple
--
Yes, happy to chip in. Go ahead.

Sent from my iPhone

@@ en044 | reply: question | from: kasse@lsv-rheinland.de | ref: OF-2026-2144 | ours: estimate | style: plain
--
Hello,

Why does this take so long? Last year a similar change was done in 1 hour. Please explain before we agree.

Sabine Krüger
"""
