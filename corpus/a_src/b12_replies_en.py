"""English replies to our messages, with the traps: 'go ahead' vs 'don't go ahead', 'ago', 'OK' that is not a yes."""

from make_a import reply

MAILS = [
    reply(
        "ren01",
        "info@cotswoldflyers.co.uk",
        "confirm",
        "estimate_en",
        name="Cotswold Flying Club",
        shape="outlook",
        quote="outlook_en",
        lang="en",
        body="""
Hi,

Yes please, go ahead.

Helen
""",
    ),
    reply(
        "ren02",
        "treasurer@cotswoldflyers.co.uk",
        "refuse",
        "estimate_en",
        ours_args={"h": "3", "left": "1"},
        name="Treasurer CFC",
        shape="outlook",
        quote="outlook_en",
        lang="en",
        body="""
Hello,

Please don't go ahead – three hours is more than we want to spend on this. We'll keep adding the surcharge by hand.

Paul Denton
""",
    ),
    reply(
        "ren03",
        "secretary@shannonaero.ie",
        "question",
        "migfee_en",
        name="Siobhan Kelly",
        shape="gmail",
        quote="gmail_en",
        lang="en",
        body="""
Hi,

Thanks. We asked about this two weeks ago and the committee said OK in principle, but they want to know if the 50 euro covers the set-up questionnaire as well. Can you tell me?

Siobhan
""",
        note="'ago' and 'OK' inside a question",
    ),
    reply(
        "ren04",
        "kasse@lsv-hunsrueck.de",
        "confirm",
        "estimate_en",
        ours_args={"h": "1", "left": "6"},
        name="Kasse LSV Hunsrück",
        shape="outlook",
        quote="de",
        lang="en",
        body="""
Dear OpenFlyers team,

we confirm the 1 hour. Please proceed.

Kind regards
Thomas Wagner
""",
    ),
    reply(
        "ren05",
        "joris.vandijk@ziggo.nl",
        "question",
        "quote_en",
        ours_args={"h": "14", "left": "10"},
        name="Joris van Dijk",
        shape="gmail",
        quote="gmail_en",
        lang="en",
        body="""
Hello,

Looks reasonable, but the board meets on the 12th and they have to approve anything over the bonus hours. I'll get back to you after that.

Regards,
Joris
""",
    ),
    reply(
        "ren06",
        "kansli@skaneflyg.se",
        "refuse",
        "quote_en",
        ours_args={"h": "18", "left": "8"},
        name="Skånes Flygklubb office",
        shape="outlook",
        quote="outlook_en",
        lang="en",
        body="""
Hi,

The board has decided not to go ahead with the SIE export. Thank you for the quote anyway.

Best regards,
Karin
""",
    ),
    reply(
        "ren07",
        "ingrid.solberg@fjordaviation.no",
        "confirm",
        "quote_en",
        ours_args={"h": "24", "left": "20"},
        name="Ingrid Solberg",
        shape="outlook",
        quote="outlook_en",
        lang="en",
        body="""
Hello,

Quote accepted. Please invoice the 4 hours above our bonus to finance@fjordaviation.no.

Best regards,
Ingrid
""",
        note="accepts the quote as proposed, including the billed part",
    ),
    reply(
        "ren08",
        "dublingliding@gmail.com",
        "question",
        "migfee_en",
        shape="gmail",
        quote="gmail_en",
        lang="en",
        body="""
hi, ok but can we pay by card? we don't have cheques anymore
Conor
""",
        note="'ok but' + question",
    ),
    reply(
        "ren09",
        "fiona.macleod@highlandaero.co.uk",
        "confirm",
        "migirr_en",
        name="Fiona MacLeod",
        shape="outlook",
        quote="outlook_en",
        lang="en",
        body="""
Hi,

We understand the migration can't be undone. Confirmed – please schedule it.

Best,
Fiona
""",
    ),
    reply(
        "ren10",
        "s.huber@gmx.de",
        "refuse",
        "reset_en",
        name="Stefan Huber",
        shape="plain",
        quote="de",
        lang="en",
        body="""
Hello,

no thank you, the link worked in the end. No manual reset needed.

Stefan
""",
    ),
    reply(
        "ren11",
        "kontor@aeroklub-jylland.dk",
        "question",
        "test_en",
        ours_args={"h": "0.5"},
        name="Aeroklubben Jylland",
        shape="gmail",
        quote="gmail_en",
        lang="en",
        body="""
Hello,

Thank you for the explanation. We'll try to create it ourselves first.

Mette
""",
        note="thanks without a decision on our offer",
    ),
    reply(
        "ren12",
        "d.harris@kentflighttraining.co.uk",
        "confirm",
        "estimate_en",
        ours_args={"h": "2", "left": "8"},
        name="David Harris",
        shape="outlook",
        quote="original",
        lang="en",
        body="""
Fine by us – crack on.

David
""",
    ),
    reply(
        "ren13",
        "accounts@kentflighttraining.co.uk",
        "question",
        "resource_en",
        ours_args={"n": "1"},
        name="KFT Accounts",
        shape="outlook",
        quote="original",
        lang="en",
        body="""
Hello,

Before I approve this: is the invoice pro-rata or for the full year? The aircraft only arrives in March.

Regards,
Jenny
""",
    ),
    reply(
        "ren14",
        "conor.byrne@gmail.com",
        "refuse",
        "quote_en",
        ours_args={"h": "9", "left": "0"},
        name="Conor Byrne",
        shape="iphone",
        quote="iphone_en",
        lang="en",
        body="""
Too expensive for us unfortunately, we'll leave it. Thanks anyway
""",
        note="plain no",
    ),
    reply(
        "ren15",
        "penningmeester@vliegclub-twente.nl",
        "confirm",
        "quote_en",
        ours_args={"h": "6", "left": "6"},
        name="Penningmeester VCT",
        shape="outlook",
        quote="outlook_en",
        lang="en",
        body="""
Dear Sir/Madam,

The board approved your quote yesterday. You may start.

With kind regards,
Anouk de Vries
""",
    ),
    reply(
        "ren16",
        "graham.whitaker@btinternet.com",
        "question",
        "estimate_en",
        ours_args={"h": "4", "left": "2"},
        name="Graham Whitaker",
        shape="apple",
        quote="iphone_en",
        lang="en",
        body="""
Hello,

I'm not saying no, but four hours seems a lot. Could you do just the VAT fix now and leave the rest?

Graham
""",
        note="counter-proposal with a negation",
    ),
    reply(
        "ren17",
        "markus.becker@web.de",
        "confirm",
        "migirr_en",
        ours_args={"v": "beta"},
        name="Markus Becker",
        shape="plain",
        quote="de",
        lang="en",
        body="""
Hello,

yes, we accept that the migration to beta is irreversible and that the beta changes constantly. Go ahead.

Markus Becker
""",
    ),
    reply(
        "ren18",
        "post@fjordaviation.no",
        "refuse",
        "test_en",
        ours_args={"h": "0.5"},
        shape="outlook",
        quote="outlook_en",
        lang="en",
        body="""
Hello,

No need, we found the button in the client area and created it. Please cancel our request.

Front desk
""",
    ),
    reply(
        "ren19",
        "erik.lindqvist@telia.com",
        "question",
        "migirr_en",
        name="Erik Lindqvist",
        shape="apple",
        quote="iphone_en",
        lang="en",
        body="""
Hi,

Yes, but only after 15 January as I wrote before – can you confirm you have that date?

Erik
""",
        nb="2027-01-15",
        date="2026-11-25 10:00",
        note="yes with a condition and a question",
    ),
    reply(
        "ren20",
        "accounts@highlandaero.co.uk",
        "confirm",
        "resource_en",
        ours_args={"n": "1"},
        name="Highland Aero accounts",
        shape="outlook",
        quote="outlook_en",
        lang="en",
        body="""
Good morning,

That's all fine, please send the invoice and set up the resource type.

Kind regards,
Morag
""",
    ),
    reply(
        "ren21",
        "shannonaeroclub@gmail.com",
        "refuse",
        "reset_en",
        shape="gmail",
        quote="gmail_en",
        lang="en",
        body="""
Hello,

We've decided against the manual reset, we'll get the old secretary to look for the email. Thanks.

Shannon Aero Club
""",
    ),
    reply(
        "ren22",
        "vorstand@lsv-hunsrueck.de",
        "question",
        "docs_en",
        name="Markus Becker",
        shape="outlook",
        quote="de",
        lang="en",
        body="""
Dear OpenFlyers team,

the Vereinsregister extract shows the whole board, including Ms Schneider. Do you still need the letter then?

Kind regards
Markus Becker
""",
    ),
    reply(
        "ren23",
        "treasurer@cotswoldflyers.co.uk",
        "confirm",
        "migirr_en",
        ours_args={"v": "4"},
        name="Treasurer CFC",
        shape="outlook",
        quote="outlook_en",
        lang="en",
        body="""
Hello,

Confirmed, understood it's one-way. Please schedule it.

Paul
""",
    ),
    reply(
        "ren24",
        "ops@kentflighttraining.co.uk",
        "question",
        "estimate_en",
        ours_args={"h": "3", "left": "7"},
        name="KFT Operations",
        shape="outlook",
        quote="original",
        lang="en",
        body="""
Hi,

I'm only ops – David Harris signs off on hours. Forwarding to him.

KFT Operations
""",
        note="defers to someone else",
    ),
    reply(
        "ren25",
        "schatzmeister@fsv-oberbayern.de",
        "confirm",
        "migfee_en",
        ours_args={"v": "4.0alpha"},
        name="Schatzmeister FSV",
        shape="plain",
        quote="de",
        lang="en",
        body="""
Hello,

we thought the alpha was free for us, but anyway: yes, we want the migration. Send the invoice if there is one.

Andreas Maier
""",
        note="doubt about the fee but an unconditional yes",
    ),
    reply(
        "ren26",
        "kasserer@aeroklub-jylland.dk",
        "refuse",
        "migirr_en",
        name="Kasserer",
        shape="gmail",
        quote="gmail_en",
        lang="en",
        body="""
Hello,

We will not migrate after all. The members voted against it at the extraordinary meeting.

Lars Pedersen
""",
    ),
    reply(
        "ren27",
        "finance@fjordaviation.no",
        "question",
        "quote_en",
        ours_args={"h": "30", "left": "20"},
        name="Fjord Aviation finance",
        shape="outlook",
        quote="outlook_en",
        lang="en",
        body="""
Hello,

Before we accept: could the 10 hours above our bonus be invoiced in 2027 rather than 2026? It matters for our budget.

Regards,
Ole
""",
    ),
    reply(
        "ren28",
        "info@cotswoldflyers.co.uk",
        "question",
        "test_en",
        ours_args={"h": "0.5"},
        name="Cotswold Flying Club",
        shape="outlook",
        quote="outlook_en",
        lang="en",
        body="""
Hi,

OK, thanks. And how long does the test copy stay available?

Helen
""",
        note="'OK, thanks' then a question",
    ),
    reply(
        "ren29",
        "fiona.macleod@highlandaero.co.uk",
        "refuse",
        "estimate_en",
        ours_args={"h": "2", "left": "3"},
        name="Fiona MacLeod",
        shape="outlook",
        quote="outlook_en",
        lang="en",
        body="""
Hi,

Cancel that please – a member who works in IT sorted it out for us this weekend.

Fiona
""",
    ),
    reply(
        "ren30",
        "joris.vandijk@ziggo.nl",
        "confirm",
        "estimate_en",
        ours_args={"h": "1", "left": "9"},
        name="Joris van Dijk",
        shape="gmail",
        quote="gmail_en",
        lang="en",
        thread="headers",
        body="""
Hello,

That works for us, thank you.

Joris
""",
    ),
    reply(
        "ren31",
        "conor.byrne@gmail.com",
        "question",
        "estimate_en",
        ours_args={"h": "1", "left": "0"},
        name="Conor Byrne",
        shape="gmail",
        quote="gmail_en",
        lang="en",
        body="""
hi, we don't have bonus hours on First Price right? so would this be billed? if so how much, before we say yes
""",
        note="question before deciding",
    ),
    reply(
        "ren32",
        "d.harris@kentflighttraining.co.uk",
        "refuse",
        "docs_en",
        name="David Harris",
        shape="outlook",
        quote="original",
        lang="en",
        body="""
Hello,

Please disregard our request – Mr Lowe has agreed to make the change himself from his account after all.

Regards,
David
""",
        note="withdraws the request",
    ),
    reply(
        "ren33",
        "siobhan.kelly@eircom.net",
        "confirm",
        "mailfee_en",
        name="Siobhan Kelly",
        shape="plain",
        quote="gmail_en",
        lang="en",
        body="""
Hello,

Yes, please make the change and invoice us the 30 euro.

Siobhan
""",
    ),
]
