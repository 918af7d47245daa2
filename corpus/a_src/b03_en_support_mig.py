"""English mail from clubs abroad: support and migration."""

from make_a import mail

MAILS = [
    mail(
        "sen01",
        "info@cotswoldflyers.co.uk",
        "Booking sheet not showing instructors",
        name="Cotswold Flying Club",
        shape="outlook",
        lang="en",
        kind="support",
        body="""
Hi,

Since Monday the booking sheet no longer shows the instructor column for our members – only the aircraft. Instructors can still see it when they log in. Did something change in the settings?

Many thanks,
Helen
Cotswold Flying Club – Kemble
Office hours Tue/Thu/Sat 9-1, 01285 770 123
""",
    ),
    mail(
        "sen02",
        "graham.whitaker@btinternet.com",
        "Invoice VAT for trial lessons",
        name="Graham Whitaker",
        shape="apple",
        lang="en",
        kind="support",
        body="""
Hello,

Trial lesson vouchers are being invoiced with 20% VAT added on top of the price, when the price we advertise already includes VAT. Could you tell me where to change this, or fix it for us? We've had three complaints this week.

Best regards,
Graham Whitaker
Chairman, Cotswold Flying Club
PPL(A) since 1994, 1,430 hrs – mobile 07700 900 412
""",
    ),
    mail(
        "sen03",
        "secretary@shannonaero.ie",
        "Members can't see their account balance",
        name="Siobhan Kelly",
        shape="gmail",
        lang="en",
        kind="support",
        body="""
Hi there,

A few of our members tell me the "My account" page shows an empty table instead of their balance and flights. It works for me (admin) though. Is it a permissions thing? I haven't touched anything as far as I know.

Thanks a million,
Siobhan
Shannon Aero Club, Co. Clare
""",
    ),
    mail(
        "sen04",
        "kasse@lsv-hunsrueck.de",
        "Winch launches and aerotows on the same day",
        name="Kasse LSV Hunsrück",
        shape="outlook",
        lang="en",
        kind="support",
        body="""
Dear OpenFlyers team,

we operate winch and aerotow on the same day. When a pilot does one winch launch and then one aerotow, the flight log merges both launches into one line and charges only the aerotow. Could you please check our configuration?
Please use our bonus hours if needed.

Kind regards
Thomas Wagner
Treasurer, Luftsportverein Hunsrück e.V.
Flugplatz Pferdsfeld – Tel. +49 6751 123456
""",
    ),
    mail(
        "sen05",
        "joris.vandijk@ziggo.nl",
        "question",
        name="Joris van Dijk",
        shape="gmail",
        lang="en",
        kind="support",
        body="""
Hello,

how can we give our flight instructors the right to validate student flights but not to change prices? We are on the Première subscription with our own version, maybe that is different.

Regards,
Joris van Dijk
Vliegclub Twente – Enschede
""",
    ),
    mail(
        "sen06",
        "kansli@skaneflyg.se",
        "Export to Fortnox",
        name="Skånes Flygklubb office",
        shape="outlook",
        lang="en",
        kind="support",
        body="""
Hi,

Our accountant uses Fortnox (Swedish accounting software). Is there an export of the accounting entries that Fortnox can import (SIE format)? If not, what is the closest format?

Best regards,
Karin Nilsson
Office, Skånes Flygklubb – Malmö/Sturup
+46 40 123 45 67
""",
    ),
    mail(
        "sen07",
        "ingrid.solberg@fjordaviation.no",
        "Rostering for 3 bases – intervention request",
        name="Ingrid Solberg",
        shape="outlook",
        logo=True,
        lang="en",
        kind="support",
        body="""
Hello,

We are opening a third base in Stavanger on 1 February. Could you set it up on our platform like the Bergen base (same aircraft types, same price list, separate instructor roster)? Please deduct the time from our bonus hours and tell me how long it took.

Best regards,
Ingrid Solberg
Head of Training Administration
Fjord Aviation Academy AS – Bergen Flesland
+47 55 12 34 56 | Part-ATO NO.ATO.0042
""",
    ),
    mail(
        "sen08",
        "dublingliding@gmail.com",
        "help!!",
        shape="gmail",
        lang="en",
        kind="support",
        body="""
hi, the flight log page just spins forever since this morning, we have a full day of launches and can't enter anything. can someone look please
Conor
""",
    ),
    mail(
        "sen09",
        "accounts@highlandaero.co.uk",
        "Direct debit payments",
        name="Highland Aero accounts",
        shape="outlook",
        lang="en",
        kind="support",
        body="""
Good morning,

We'd like members to top up their accounts by direct debit (GoCardless). Is that something the platform supports, or do we need a development? If it's only configuration, could you walk us through it?

Kind regards,
Morag
Accounts – Highland Aero Club, Inverness
""",
    ),
    mail(
        "sen10",
        "s.huber@gmx.de",
        "Bookings disappear",
        name="Stefan Huber",
        shape="plain",
        lang="en",
        kind="support",
        body="""
Hello,

sometimes a booking made on a mobile phone disappears after a few minutes. The pilot gets the confirmation mail but the booking is not in the planning anymore. Happened 3 times this month (5th, 11th and 19th). Could you check the logs?

Regards
Stefan Huber
FSV Oberbayern, Flugplatz Königsdorf
""",
    ),
    mail(
        "sen11",
        "kontor@aeroklub-jylland.dk",
        "Danish translation",
        name="Aeroklubben Jylland",
        shape="gmail",
        lang="en",
        kind="support",
        body="""
Hello,

Some of our older members would like the booking pages in Danish. Is a Danish translation available? If not, could we contribute one? We'd be happy to translate the texts ourselves.

Best regards,
Mette Sørensen
Aeroklubben Jylland – Herning
""",
    ),
    mail(
        "sen12",
        "d.harris@kentflighttraining.co.uk",
        "Student progress reports not printing",
        name="David Harris",
        shape="outlook",
        lang="en",
        kind="support",
        body="""
Hi,

The student progress report (training record) PDF comes out blank after page 1 for students with more than 20 lessons. Our CAA audit is next month and we need complete records.

Regards,
David Harris
Head of Training – Kent Flight Training Ltd
Lydd Airport, Kent TN29 9QL | 01797 320 000
""",
    ),
    mail(
        "sen13",
        "treasurer@cotswoldflyers.co.uk",
        "We migrated last year - fuel surcharge still missing",
        name="Treasurer CFC",
        shape="outlook",
        lang="en",
        kind="support",
        note="migration in the past; asks a configuration fix",
        body="""
Hello,

When we migrated last year the fuel surcharge that used to be added automatically to each flight disappeared. We've been adding it by hand since. Can you put it back? It's £12 per hour on the Warriors and £15 on the Arrow.

Thanks,
Paul Denton
Treasurer
""",
    ),
    mail(
        "sen14",
        "post@fjordaviation.no",
        "Login page very slow",
        shape="html",
        lang="en",
        kind="support",
        body="""
Hello,

The login page takes 30-40 seconds to load from our Bergen office since yesterday. From home it's fine. Is anything blocked on your side, or could it be our firewall?

Regards,
Fjord Aviation Academy – front desk
""",
    ),
    mail(
        "sen15",
        "m.oconnor@eircom.net",
        "OpenFlyers",
        name="Michael O'Connor",
        shape="plain",
        lang="en",
        kind="support",
        hint="shannon-aero",
        note="member not on record, writes about the club's platform",
        body="""
Hello,

I'm a member of Shannon Aero Club (openflyers.com/shannon-aero). The currency page says my SEP rating expired although I revalidated in October and the club secretary entered it. Who should fix this, you or the club?

Michael O'Connor
""",
    ),
    mail(
        "men01",
        "vorstand@lsv-hunsrueck.de",
        "Beta version",
        name="Markus Becker",
        shape="outlook",
        lang="en",
        kind="migration",
        tv="beta",
        body="""
Dear OpenFlyers team,

our board would like to switch our platform to the beta version. We understand that it changes frequently and accept that.
Please tell us the next steps.

Kind regards
Markus Becker
Chairman, LSV Hunsrück e.V.
""",
    ),
    mail(
        "men02",
        "penningmeester@vliegclub-twente.nl",
        "Migration to version 4",
        name="Penningmeester VCT",
        shape="outlook",
        lang="en",
        kind="migration",
        tv="4",
        nb="03-03",
        date="2026-11-17 20:14",
        body="""
Dear Sir/Madam,

Vliegclub Twente would like to migrate to version 4, not before March 3rd please – our financial year closes at the end of February and the board wants the closing done on the current version.
We understand a migration cannot be undone.

With kind regards,
Anouk de Vries
Treasurer, Vliegclub Twente
""",
    ),
    mail(
        "men03",
        "erik.lindqvist@telia.com",
        "Upgrade",
        name="Erik Lindqvist",
        shape="apple",
        lang="en",
        kind="migration",
        tv="4",
        nb="2027-01-15",
        date="2026-11-21 13:37",
        body="""
Hi,

Our board approved the move to version 4 at the meeting on 19 November. Could you schedule it from 15 January 2027 onwards? The club is closed over Christmas and New Year and nobody could check the result.

Best regards,
Erik Lindqvist
Skånes Flygklubb
""",
    ),
    mail(
        "men04",
        "shannonaeroclub@gmail.com",
        "Version 4 upgrade cost",
        shape="gmail",
        lang="en",
        kind="migration",
        tv="4",
        body="""
Hello,

We're on First Price, version 3.5. What would it cost us to go to version 4, and can we pay by card? We'd like to do it this winter.

Thanks,
Shannon Aero Club committee
""",
    ),
    mail(
        "men05",
        "fiona.macleod@highlandaero.co.uk",
        "Fwd: Committee minutes – OpenFlyers",
        name="Fiona MacLeod",
        shape="outlook",
        lang="en",
        kind="migration",
        tv="4",
        nb="2027-04-06",
        date="2026-11-23 09:45",
        note="the exact date is in the forwarded minutes, which the sender forwards as the request",
        body="""
Hi,

Please see below. As you can see the committee has agreed to go ahead with version 4 after the end of the financial year.

Best,
Fiona

---------- Forwarded message ---------
From: Alasdair Grant <secretary@highlandaero.co.uk>
Date: Sun, 22 Nov 2026 at 18:05
Subject: Committee minutes – OpenFlyers
To: Fiona MacLeod <fiona.macleod@highlandaero.co.uk>

Item 6. The committee agreed to migrate the booking system to OpenFlyers version 4. The migration is not to take place before 6 April 2027 (start of the new financial year). Fiona to inform OpenFlyers.
""",
    ),
    mail(
        "men06",
        "schatzmeister@fsv-oberbayern.de",
        "Migration 4.0alpha",
        name="Schatzmeister FSV",
        shape="plain",
        lang="en",
        kind="migration",
        tv="4.0alpha",
        body="""
Hello,

we are First Price on version 3.5. We would like to go to 4.0alpha, which as far as we understand is free for us. We accept that the alpha version changes all the time.

Best regards
Andreas Maier
Treasurer FSV Oberbayern
""",
    ),
    mail(
        "men07",
        "kasserer@aeroklub-jylland.dk",
        "Version 4",
        name="Kasserer",
        shape="gmail",
        lang="en",
        kind="migration",
        tv="4",
        nb="2027-02-01",
        date="2026-11-05 15:20",
        body="""
Hello,

Aeroklubben Jylland wants to upgrade to version 4. From February 1st 2027 or later, please.

Best regards,
Lars Pedersen
Treasurer
""",
    ),
    mail(
        "men08",
        "accounts@kentflighttraining.co.uk",
        "Moving to v4 – please schedule",
        name="KFT Accounts",
        shape="outlook",
        lang="en",
        kind="migration",
        tv="4",
        cash=True,
        body="""
Hello,

We'd like our frozen Première platform moved to version 4 as soon as you can. We have a new ATO approval starting and the v4 training records are what the CAA wants to see.
If there's an expedite fee to get ahead of the queue, we're happy to pay it – just send the invoice.

Regards,
Jenny Cole
Accounts, Kent Flight Training Ltd
""",
        note="offers to pay to be served first",
    ),
    mail(
        "men09",
        "info@cotswoldflyers.co.uk",
        "Version 4 - must be done before Easter",
        name="Cotswold Flying Club",
        shape="outlook",
        lang="en",
        kind="migration",
        tv="4",
        note="'before Easter' is a deadline, not a not-before",
        body="""
Hi,

We'd like to upgrade to version 4. It must be done before Easter, as we start the new season then and we don't want to change systems mid-season.

Thanks,
Helen
Cotswold Flying Club
""",
    ),
    mail(
        "men10",
        "conor.byrne@gmail.com",
        "Going to 4",
        name="Conor Byrne",
        shape="iphone",
        lang="en",
        kind="migration",
        tv="4",
        nb="01-09",
        date="2026-11-29 22:10",
        body="""
Hi, Dublin Gliding Club here. We'd like to move to version 4. Not before the 9th of January though, I'm away until then. We'll pay the 50 euro fee.
Conor
""",
    ),
    mail(
        "men11",
        "finance@fjordaviation.no",
        "Migration timing",
        name="Fjord Aviation finance",
        shape="outlook",
        lang="en",
        kind="migration",
        tv="beta",
        nb="2027-06-01",
        date="2026-11-10 08:30",
        body="""
Hello,

Our training department would like to run the beta version on our platform from 1 June 2027 onwards (after the spring exam session). Please do not switch before that date.
We understand the beta version changes constantly.

Regards,
Ole Hansen
Finance – Fjord Aviation Academy AS
""",
    ),
    mail(
        "men12",
        "markus.becker@web.de",
        "Re: Beta version",
        name="Markus Becker",
        shape="plain",
        lang="en",
        kind="migration",
        tv="beta",
        nb="2027-01-11",
        date="2026-11-22 11:00",
        note="'Re:' of his own earlier mail without our reference: adds a not-before to his beta request",
        body="""
Hello again,

I forgot to mention: please do not switch us to beta before 11 January 2027, our winter maintenance week ends then.

Markus Becker
""",
    ),
]
