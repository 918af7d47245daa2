"""Set d: English first contacts, all kinds (foreign clubs and schools, prospects)."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ ne01 | kind: renewal | from: treasurer@cornwallflyingclub.co.uk | style: outlook
subject: Subscription renewal 2027
--
Hello,

Our subscription runs out at the end of December. Could you remind me how to renew it and how many aircraft we'll be charged for?

Alan Trewin
Treasurer, Cornwall Flying Club

@@ ne02 | kind: renewal | from: info@shannonaeroclub.ie | style: plain | note: mentions the hours statement they received; the ask is the renewal
subject: Renewal
--
Hi,

Thanks for the hours statement last month. Now we need to renew for next year - can we pay by cheque from Ireland or is card better?

Shannon Aero Club

@@ ne03 | kind: renewal | from: penningmeester@zeelandgliding.nl | style: plain | note: wants to renew for fewer gliders
subject: Renewal with fewer gliders
--
Hello,

We sold two gliders this summer. For the renewal I want to pay for 4 and not 6. What must I do before renewing?

Treasurer ZGC

@@ ne04 | kind: renewal | from: finance@algarve-aviation.pt | style: outlook | att: PO-2027-0113.pdf
subject: PO for 2027 subscription
--
Dear OpenFlyers,

Please find attached our purchase order for the 2027 subscription renewal. Our accounts payable team needs an invoice quoting the PO number - should we create it ourselves in the client account?

Finance Department

@@ ne05 | kind: renewal | from: Graham Atkinson <graham.atkinson@talktalk.net> | style: plain | note: an aircraft mentioned in passing
subject: renewing
--
Hi,

Time to renew again! Our tug is away for its annual until February but I assume it still counts. How do I generate the renewal invoice?

Graham

@@ ne06 | kind: renewal | from: kasserer@osloflyklubb.no | style: gmail
subject: Renewal and payment
--
Hello,

I am the new treasurer of Oslo Flyklubb. When and how do we renew the subscription for next year? Is it possible to pay in NOK?

Best regards,
Kasserer

@@ he01 | kind: hours_statement | from: j.camilleri@maltaflyingschool.com.mt | style: outlook
subject: Remaining support hours
--
Hello,

Could you tell us how many bonus hours we have left on our Corporate plan this year? We'd like to use them before they expire on 31 December.

Regards,
Joseph Camilleri

@@ he02 | kind: hours_statement | from: bestuur@zeelandgliding.nl | style: plain
subject: Statement of hours
--
Dear support,

For our annual meeting we need an overview of the support hours used in 2026 and what is left. Can you send it?

The board

@@ he03 | kind: hours_statement | from: Siobhan Murphy <siobhan.murphy@eircom.net> | style: gmail | note: First Price, asks anyway
subject: do we have any hours?
--
Hi,

Quick one - do we get any free support hours on our plan, and have we used any?

Siobhan

@@ he04 | kind: hours_statement | from: school@algarve-aviation.pt | style: html | note: flight hours mentioned in passing
subject: Bonus hours balance
--
Good morning,

Our students flew over 3,000 hours this year and we called you quite often. What is our remaining balance of bonus hours?

Algarve Aviation Academy

@@ he05 | kind: hours_statement | from: nigel.pascoe@btinternet.com | style: gmail
subject: Hours used so far
--
Hi,

Could you send me a breakdown of the bonus hours we've used this year? The committee wants to know before deciding on a new request.

Nigel

@@ he06 | kind: hours_statement | from: styret@osloflyklubb.no | style: plain
subject: hours left?
--
Hello, how many hours remain on our account for this year? Thank you. Oslo Flyklubb

@@ se01 | kind: resource_change | from: Nigel Pascoe <nigel.pascoe@btinternet.com> | style: outlook
subject: Adding a PA-28
--
Hello,

We've bought a PA-28-161 (G-BOJX) and it arrives next week. How do we add it to the platform mid-year, and what will it cost?

Nigel Pascoe

@@ se02 | kind: resource_change | from: henk.vdberg@ziggo.nl | style: plain | note: removal
subject: Glider sold
--
Hello,

Our LS4 PH-1234 is sold. Can we remove it from the platform? Do we get money back for the rest of the year?

Henk

@@ se03 | kind: resource_change | from: ops@maltaflyingschool.com.mt | style: outlook | note: temporary replacement
subject: Temporary replacement aircraft
--
Hello,

9H-ABC is grounded for an engine change for about six weeks. We're leasing 9H-XYZ as a stand-in. Should we create a new resource or just rename the existing one?

MSF Operations

@@ se04 | kind: resource_change | from: rui.mendonca@algarve-aviation.pt | style: outlook | note: new simulator type with new prices
subject: New FNPT II simulator
--
Hello,

We are installing an FNPT II simulator with its own hourly prices. It needs a new resource type. Can you set it up for us?

Rui Mendonça

@@ se05 | kind: resource_change | from: wolds.gliding@gmail.com | style: gmail | note: the renewal mentioned in passing
subject: new two-seater
--
Hi,

We've got a new K21 arriving before the renewal is due. Do we add it now and pay for it, or wait until we renew in January?

Wolds GC

@@ se06 | kind: resource_change | from: Ingrid Halvorsen <ingrid.halvorsen@online.no> | style: gmail | note: deactivation of a damaged aircraft
subject: LN-ABC out of service
--
Hello,

Our LN-ABC had a hard landing and will be out for the rest of the year. Should we deactivate it? We want to keep its history.

Ingrid

@@ te01 | kind: test_platform | from: j.camilleri@maltaflyingschool.com.mt | style: outlook
subject: Test platform request
--
Hello,

We'd like a test copy of our platform to try new booking rules before the summer schedule. How do we get one?

Joseph Camilleri

@@ te02 | kind: test_platform | from: graham.atkinson@talktalk.net | style: plain | note: wants to try version 4 on a copy
subject: trying version 4
--
Hello,

We're on 3.6. Can we have a copy of our platform on version 4 to play with before deciding on the migration?

Graham

@@ te03 | kind: test_platform | from: secretary@cornwallflyingclub.co.uk | style: outlook
subject: Sandbox for training
--
Hello,

Is there a sandbox version of our own platform where new committee members can practise without affecting real bookings? The demo site resets too often.

Carol Penrose, Hon. Secretary

@@ te04 | kind: test_platform | from: henk.vdberg@ziggo.nl | style: gmail
subject: zeeland-gliding.test
--
Hi,

Please tell me how to create zeeland-gliding.test. I cannot find it in the client account.

Henk

@@ te05 | kind: test_platform | from: school@algarve-aviation.pt | style: html
subject: Test environment
--
Good afternoon,

Could we have a test environment, copied from our live platform, to train our new dispatcher?

Algarve Aviation Academy

@@ oe01 | kind: owner_change | from: Siobhan Murphy <siobhan.murphy@eircom.net> | style: gmail | att: agm-minutes-2026.pdf
subject: New person in charge
--
Hi,

I'm stepping down as the club's OpenFlyers contact. Declan Walsh (declan.walsh@gmail.com) is taking over. AGM minutes attached - what else do you need?

Siobhan

@@ oe02 | kind: owner_change | from: finance@algarve-aviation.pt | style: outlook | att: certidao-permanente.pdf, letter-managers.pdf | note: company documents
subject: Change of responsible person
--
Dear Sirs,

Mr Mendonça is leaving the company. The managers have signed the attached letter naming Ms Ana Pereira (ana.pereira@algarve-aviation.pt) as the new responsible person. The commercial registry certificate is also attached.

Finance Department

@@ oe03 | kind: owner_change | from: Graham Atkinson <graham.atkinson@talktalk.net> | style: plain
subject: handing over
--
Hello,

I'm giving up my committee role at the end of the year. Our new chairman, Peter Bell (peter.bell.wolds@gmail.com), will be the person in charge of the platform. How do we make the switch?

Graham

@@ oe04 | kind: owner_change | from: Tom Hendriks <tom.hendriks@ziggo.nl> | style: plain | hint: zeeland-gliding | note: new person writes from an unknown address
subject: I am the new responsible person
--
Hello,

I have been elected chairman of Zeeland Gliding Club (platform zeeland-gliding). Henk van der Berg stepped down and asked me to take over OpenFlyers. What documents do you need?

Tom Hendriks

@@ oe05 | kind: owner_change | from: styret@osloflyklubb.no | style: plain | note: mentions the treasurer change in passing
subject: New board
--
Hello,

After our annual meeting we have a new board and a new treasurer. The person responsible for OpenFlyers will now be Erik Nilsen (erik.nilsen@online.no) instead of Ingrid Halvorsen. Please tell us what to send.

Oslo Flyklubb

@@ ce01 | kind: contact_update | from: treasurer@cornwallflyingclub.co.uk | style: outlook
subject: Change of contact e-mail
--
Hello,

Please replace our contact address with accounts@cornwallflyingclub.co.uk - the treasurer mailbox is being closed at the end of the month.

Alan Trewin

@@ ce02 | kind: contact_update | from: info@shannonaeroclub.ie | style: plain | note: same address for both, First Price
subject: second email address
--
Hi,

You suggested we use two different addresses on our record. Please add committee@shannonaeroclub.ie as the contact address.

Shannon Aero Club

@@ ce03 | kind: contact_update | from: j.camilleri@maltaflyingschool.com.mt | style: outlook | note: his own address changes, same person
subject: My new e-mail address
--
Hello,

Our domain is changing. My new address is joseph.camilleri@msf.com.mt - please update the record. I remain the responsible person.

Joseph

@@ ce04 | kind: contact_update | from: woldsgc.treasurer@gmail.com | style: gmail | note: invoices mentioned
subject: where invoices go
--
Hello,

Invoices keep going to wolds.gliding@gmail.com which nobody reads any more. Please change the client address to woldsgcoffice@gmail.com.

Pauline, treasurer

@@ ce05 | kind: contact_update | from: bestuur@zeelandgliding.nl | style: plain
subject: Update of our data
--
Dear,

Our treasurer has a new e-mail: penningmeester.zgc@gmail.com. Please change the contact address in your records.

The board

@@ qe01 | kind: other | from: Daniel Okafor <d.okafor@skyways-lagos.com> | style: outlook | note: prospect, foreign school
subject: Pricing for a flight school
--
Hello,

We run a flight school in Lagos with six aircraft and two simulators. Could you send us your pricing and tell us whether your software supports multiple currencies?

Daniel Okafor
Skyways Aviation Training

@@ qe02 | kind: other | from: nigel.pascoe@btinternet.com | style: gmail | note: thanks only
subject: Thanks
--
Hi,

Just wanted to say thanks for sorting out the booking issue so quickly last week. Much appreciated by all our members.

Nigel

@@ qe03 | kind: other | from: accounts@maltaflyingschool.com.mt | style: outlook | note: invoice with the wrong company name
subject: Invoice - wrong company name
--
Hello,

Our last invoice shows "Malta Flying School" instead of "Malta School of Flying Ltd", and our VAT number is missing. Could you reissue it?

Accounts Department

@@ qe04 | kind: other | from: Emma Clarke <emma.clarke@gliding-news.co.uk> | style: plain | note: a journalist
subject: Article on club software
--
Hello,

I'm writing an article on booking software for gliding clubs for our magazine. Would someone be available for a short interview next month?

Emma Clarke

@@ qe05 | kind: other | from: kasserer@osloflyklubb.no | style: gmail | note: asks for a receipt
subject: Receipt for payment
--
Hello,

Could you send a receipt for the payment we made in March? Our auditor needs it.

Kasserer

@@ qe06 | kind: other | from: henk.vdberg@ziggo.nl | style: plain | note: GDPR data-processing agreement
subject: GDPR agreement
--
Hello,

Our board asks whether you have a data processing agreement (GDPR) we can sign for the club's records.

Henk

@@ pe01 | kind: support | from: ops@maltaflyingschool.com.mt | style: outlook
subject: Booking conflict not detected
--
Hello,

Two students were able to book 9H-ABC for the same slot yesterday. Is there a setting we are missing?

MSF Operations

@@ pe02 | kind: support | from: Ingrid Halvorsen <ingrid.halvorsen@online.no> | style: gmail
subject: Export of flights
--
Hello,

How can I export all flights of 2026 to a spreadsheet, with pilot, aircraft and duration?

Ingrid

@@ pe03 | kind: support | from: secretary@cornwallflyingclub.co.uk | style: outlook
subject: Member cannot see the aircraft
--
Hello,

One of our new members can't see G-BOJX on the booking screen although he is checked out on it. How do we fix that?

Carol

@@ ve01 | kind: dev_quote | from: rui.mendonca@algarve-aviation.pt | style: outlook | cash: 1
subject: Quote request - student progress app
--
Hello,

Algarve Aviation Academy would like a quote for a student progress module (lesson plans, instructor sign-off). We are happy to pay on top of our bonus hours to get it before summer.

Rui Mendonça

@@ ve02 | kind: dev_quote | from: bestuur@zeelandgliding.nl | style: plain
subject: Development request
--
Dear,

We would like a quote for a winch launch log with cable break reporting. This is our quote request for this year.

The board of Zeeland Gliding Club

@@ me01 | kind: migration | from: Nigel Pascoe <nigel.pascoe@btinternet.com> | style: outlook | tv: 4.0 | nb: 2027-02-01
subject: Migration to version 4
--
Hello,

The committee agreed to migrate to version 4. Please don't do it before 1 February 2027, once the winter maintenance is done. We understand it can't be reversed.

Nigel Pascoe

@@ me02 | kind: migration | from: ops@maltaflyingschool.com.mt | style: outlook | tv: 4.1beta
subject: Move to beta
--
Hello,

We'd like to move to 4.1beta and accept that it changes often. Please let us know the next steps.

MSF Operations

@@ we01 | kind: password_reset | from: info@shannonaeroclub.ie | style: plain
subject: locked out
--
Hi, we're locked out of the client account and the reset link doesn't arrive. Can you reset the password for us?

@@ we02 | kind: password_reset | from: Jack Pengelly <jack.pengelly@gmail.com> | style: gmail | note: a member's own login
subject: password
--
Hi,

I'm a member at Cornwall Flying Club and I can't log in to book. Can you reset my password?

Jack
"""
