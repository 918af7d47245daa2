"""Set h (sealed): English first contacts, new requests and not replies, from the clubs and schools of
``h_clients_k`` (UK, Ireland, Malta, Germany, the Netherlands, Sweden, Norway, Denmark), a few strangers
and prospects, and a few auto-replies and a bounce. Much of it is non-native English."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ hke01 | kind: support | from: Morag Sinclair <secretary@highlandaeroclub.co.uk> | style: outlook | date: 2026-10-13 09:22
subject: Booking reminder emails stopped
--
Hello,

Since about the 5th of October none of our members are getting the reminder email the day before their booking. The booking confirmations still arrive, it's only the reminders. Nobody on the committee has changed any settings as far as I know.

Could you have a look? We've had two no-shows this week and the instructors are not amused.

Kind regards,

Morag Sinclair
Club Secretary
Highland Aero Club
Inverness Airport, IV2 7JB
Tel: 01667 462 118 (Tue/Thu/Sat 9-4)

@@ hke02 | kind: migration | from: Stefan Brenner <vorstand@fsv-kirchheim.de> | style: plain | tv: 4.0 | nb: 2027-01-15 | note: German writer
date: 2026-10-26 20:31
subject: Migration to version 4
--
Dear OpenFlyers team,

the board of Flugsportverein Kirchheim e.V. has decided in its meeting from 21 October to migrate our platform from 3.6 to the version 4. We have read that the migration can not be reversed and we accept this.

Please do not make the migration before 15 January 2027, because we have our annual general meeting on 9 January and we want to present it to the members first.

Can you tell us which invoices we must pay before?

Best regards from Swabia
Stefan Brenner
1. Vorsitzender
Flugsportverein Kirchheim/Teck e.V.
Tel. +49 7021 48 53 90

@@ hke03 | kind: hours_statement | from: treasurer@maltaaeroclub.org.mt | style: gmail
subject: Bonus hours remaining
--
Hi,

Can you please send me how many bonus hours we still have for this year? I want to know if it's worth to ask for the changes in the instructor rota before December or if we lost them anyway.

Thanks and regards,
Charles Zammit
Treasurer, Malta Aero Club
Mob: +356 7942 1135

@@ hke04 | kind: other | from: Andreas Georgiou <a.georgiou@paphosaviation.com.cy> | style: outlook | note: prospect, not a client; asks prices and English interface
subject: Information request - booking software for flight school
--
Dear Sir/Madam,

We are a small ATO in Paphos, Cyprus, with 5 aircraft (3 x C152, 1 x C172, 1 x PA-44) and around 40 students per year, most of them from abroad. We are looking for a new booking and billing system for 2027.

Could you send us your prices and tell us if the whole system is available in English, including the invoices? Is it also possible to have a demonstration online?

Looking forward to hearing from you.

Best regards,

Andreas Georgiou
Operations Manager
Paphos Aviation Academy Ltd
Paphos International Airport, 8320 Paphos, Cyprus
+357 26 94 21 70

@@ hke05 | kind: password_reset | from: Alan Cropley <alan.cropley@btinternet.com> | style: plain | hint: breckland-flyers | note: First Price; the group mailbox is locked
subject: Client account password
--
Hello,

I'm trying to log in to our customer account (breckland-flyers) to pay the subscription, and I don't have the password. The "forgotten password" email goes to the group Gmail address, which our previous secretary set up with two-step verification on his own mobile, and he's not replying.

Could you reset it manually and send it to me? I understand there may be a charge for that.

Regards,
Alan Cropley
Breckland Flying Group
07712 384 519

@@ hke06 | kind: dev_quote | from: office@severnvalleygliding.org.uk | style: outlook
subject: Quote request - BGA annual return export
--
Good afternoon,

On behalf of Severn Valley Gliding Club I'd like to request a quote for a development.

Every January we have to send the British Gliding Association our annual return: launches by type (winch / aerotow / self-launch), hours, number of pilots by category, first solos, badges. At the moment our CFI spends two evenings pulling this out of the flight logs by hand. We'd like a report that produces these figures for a chosen year, ideally in the BGA's spreadsheet layout.

Other gliding clubs in the UK would probably want the same, so we're happy for it to be shared.

Many thanks,

Gwen Harries
Club Administrator
Severn Valley Gliding Club
01686 430 227

@@ hke07 | kind: contact_update | from: styrelsen@ostersundsflygklubb.se | style: plain | note: Swedish writer; new contact address quoted
subject: Change of contact e-mail
--
Hello,

We have a new treasurer since September and we made a new e-mail for the economy. Please change our contact e-mail in the customer file from kassor@ostersundsflygklubb.se to ekonomi@ostersundsflygklubb.se. The old address is already closed.

Med vänliga hälsningar / Best regards
Anna Lindqvist
Östersunds Flygklubb

@@ hke08 | supp: auto_reply | from: treasurer@highlandaeroclub.co.uk | style: outlook | date: 2026-11-03 07:58
subject: Automatic reply: [OF-2026-0842] Your renewal invoice
hdr: Auto-Submitted: auto-replied
hdr: X-Auto-Response-Suppress: All
--
Thank you for your email. I am away until Monday 16th November with limited access to email.

For urgent matters about member accounts please contact the club secretary at secretary@highlandaeroclub.co.uk.

Ian Fraser
Treasurer, Highland Aero Club

@@ hke09 | kind: resource_change | from: ops@kerryaviation.ie | style: outlook | note: Irish; two aircraft added during the year
subject: Adding two aircraft
--
Hi there,

We're taking delivery of two more Cessna 152s (EI-FKA and EI-FKB) at the start of December for the winter intake of students. They'll have the same rates as our existing 152s.

What do we need to do to add them to our subscription? Ideally we'd like them bookable from 1 December.

Thanks a million,

Ciara Brennan
Operations
Kerry Aviation Academy Ltd
Kerry Airport, Farranfore, Co. Kerry
+353 66 976 4120

@@ hke10 | kind: support | from: secretariaat@aeroclubdrenthe.nl | style: gmail | note: Dutch writer
subject: Invoices printed in French
--
Good day,

Since a few weeks the PDF invoices to our members are partly in French: "Facture", "Date d'échéance", "TVA" and so on, although our platform is set in English. Before it was all correct. Our members are asking what happened and some think it is a wrong invoice.

Can you please check this?

Met vriendelijke groet,
Wilma Bakker
Secretariaat Aeroclub Drenthe
Vliegveld Eelde

@@ hke11 | kind: owner_change | from: kontor@skiveflyveskole.dk | style: outlook | att: letter_new_responsible_signed.pdf,CVR_extract_Skive_Flyveskole_ApS.pdf | note: Danish company; CVR extract as official document
date: 2026-10-07 09:02
subject: New responsible person for OpenFlyers
--
Dear Sir or Madam,

Mette Kjærgaard, who was responsible for our OpenFlyers platform, has left Skive Flyveskole ApS at the end of September, and she did not hand over the login before leaving.

As the owner and director of the company (100 % of the shares), I ask you to register Lars Østergaard as the new responsible person, with the e-mail lars@skiveflyveskole.dk.

Attached you find the signed letter and an extract of the Danish company register (CVR) showing that I am director.

Venlig hilsen / Kind regards
Jens Kjeldsen
Director, Skive Flyveskole ApS
Skive Lufthavn, Svalevej 20, 7800 Skive
+45 97 52 18 40

@@ hke12 | kind: test_platform | from: Mario Vella <mario.vella@melita.net> | style: apple | note: version 3.6, asks for a version 4 copy to try
subject: Trying version 4
--
Hello,

Before we decide to migrate, the committee would like to see how version 4 works with our own data. Is it possible to have a copy of our platform in version 4 for testing? We would keep using the normal one for the bookings in the meantime.

Thank you,
Mario Vella
Malta Aero Club

Sent from my iPad

@@ hke13 | kind: renewal | from: post@solaflyklubb.no | style: plain | note: Norwegian writer; bank transfer from Norway
subject: Renewal 2027
--
Hello,

We want to renew our subscription for 2027. Last year we paid by bank transfer from Norway and the bank took a big fee, and I think you did not receive the full amount. Is it better to pay with card? How do we make the invoice?

We still have the 2 aircraft (LN-ABV and LN-HKS).

Vennlig hilsen
Kristian Haugland
Sola Flyklubb
+47 918 24 607

@@ hke14 | kind: support | from: Declan O'Sullivan <declan.osullivan@kerryaviation.ie> | style: outlook | date: 2026-11-11 10:17
subject: Fwd: Logbook export totals wrong
--
Hi,

See below from one of our instructors. I checked two other students and the same thing happens: the total in the logbook export is lower than the sum of the lines. Looks like flights with a time over 1:59 are counted wrong? Can you have a look, it matters for the licence applications we're sending to the IAA.

Declan O'Sullivan
Head of Training, Kerry Aviation Academy
+353 87 412 6690

---------- Forwarded message ---------
From: Eoin Fitzgerald <eoin.fitzgerald@kerryaviation.ie>
Date: Mon, 9 Nov 2026 at 17:42
Subject: Logbook export totals wrong
To: Declan O'Sullivan <declan.osullivan@kerryaviation.ie>

Declan,
Aoife's logbook export shows 38:20 total, but when I add the lines by hand I get 41:05. The 2:45 nav to Shannon seems to count as 0:00 in the total. Can you raise it with the software people?
Eoin

@@ hke15 | kind: dev_quote | from: kasse@fsv-kirchheim.de | style: plain | cash: 1 | note: German writer; offers to pay part in money
subject: Quote request: import of start and landing times from OGN
--
Hello,

Flugsportverein Kirchheim e.V. would like to have a quote for the following development: automatic import of the start and landing times of our gliders and tow plane from the Open Glider Network (FLARM receivers), so that the Flugleiter does not need to write all times by hand and type them later.

We have not many bonus hours left this year, but the club is ready to pay a part in money, if this makes the development come earlier.

Mit freundlichen Grüßen / Kind regards
Thomas Wagner
Kassenwart FSV Kirchheim
Tel. +49 7021 92 17 44

@@ hke16 | kind: hours_statement | from: regnskab@skiveflyveskole.dk | style: outlook | note: Danish writer
subject: Statement of used support hours 2026
--
Hello,

For our year-end accounts we need a statement of the support and development hours used in 2026 and how many are left.

Thank you in advance.

Venlig hilsen
Birgitte Holm
Bookkeeping, Skive Flyveskole ApS

@@ hke17 | kind: migration | from: Henk Mulder <h.mulder@kpnmail.nl> | style: plain | tv: 4.0 | note: Dutch writer; First Price 3.5, no not-before date
subject: Upgrade from 3.5 to 4
--
Hello,

Aeroclub Drenthe is still on version 3.5 and we would like to go to version 4 as soon as possible. We know it is 50 euro excl. VAT for our subscription and that we cannot go back. That is fine.

Please let us know what we have to pay and when you can do it.

Met vriendelijke groet,
Henk Mulder
Aeroclub Drenthe
06 41 27 93 58

@@ hke18 | kind: other | from: Pieter van der Merwe <pieter@skysoft-resellers.co.za> | style: html | note: not a client; reseller asking for a partnership
subject: Reseller partnership for Southern Africa
--
Good day,

SkySoft Resellers distributes aviation software to flying schools and clubs in South Africa, Namibia and Botswana. Several of our customers have asked us about an online booking platform with integrated billing, and yours looks like a very good fit.

Would you consider a reseller or referral agreement for the region? We would handle local sales, first-line support in English and Afrikaans, and invoicing in ZAR.

I would be happy to arrange a call at your convenience.

Kind regards,

Pieter van der Merwe
Business Development
SkySoft Resellers (Pty) Ltd
Lanseria, Gauteng
+27 11 701 3345

@@ hke19 | kind: password_reset | from: Anna Lindqvist <anna.lindqvist62@telia.com> | style: gmail | note: Swedish writer
subject: password reset link does not come
--
Hi,

I have asked for a new password for our customer account three times today (ostersund-fk) but the mail with the link never comes. Not in spam either. Can you please reset it from your side?

Best regards
Anna Lindqvist
Östersunds Flygklubb
070-284 16 93
| hint: ostersund-fk

@@ hke20 | kind: support | from: office@severnvalleygliding.org.uk | style: html
subject: Membership renewal reminders
--
Hello,

Our membership year runs from 1 April, not from 1 January. Is there a way to set the automatic membership renewal reminders so they go out in March instead of December? At the moment members receive a reminder they don't understand and half of them have already paid twice.

Thanks,

Gwen Harries
Club Administrator, Severn Valley Gliding Club
Talgarth Road, Builth Wells, Powys
01686 430 227

@@ hke21 | kind: contact_update | from: accounts@kerryaviation.ie | style: outlook | note: new address quoted in the text
date: 2026-11-02 15:10
subject: Change of accounts e-mail address
--
Hi,

Please update the contact e-mail on our customer record from accounts@kerryaviation.ie to finance@kerryaviation.ie. We're merging the two mailboxes at the end of November and we want to be sure renewal notices still reach us.

Many thanks,
Siobhán Daly
Finance, Kerry Aviation Academy Ltd
+353 66 976 4123

@@ hke22 | supp: bounce | from: Mail Delivery System <MAILER-DAEMON@mx.ostersundsflygklubb.se> | style: dsn | rcpt: kassor@ostersundsflygklubb.se | orig: [OF-2026-0874] Your request has been recorded
date: 2026-10-19 03:14
subject: Undelivered Mail Returned to Sender
--
This is the mail system at host mx.ostersundsflygklubb.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kassor@ostersundsflygklubb.se>: user unknown

@@ hke23 | kind: owner_change | from: Tom Hargreaves <tom.hargreaves.bfg@gmail.com> | style: gmail | hint: breckland-flyers | note: sender not on record; no documents attached
subject: New contact for Breckland Flying Group
--
Hello,

I've just taken over as chairman of the Breckland Flying Group. Alan Cropley, who looked after the booking system, has moved to Spain and we can't get the logins off him.

Could you please make me the responsible person for our platform (breckland-flyers)? My email is this one, tom.hargreaves.bfg@gmail.com, and my phone is 07840 215 663.

What do you need from us to do that?

Cheers,
Tom Hargreaves

@@ hke24 | kind: migration | from: Morag Sinclair <secretary@highlandaeroclub.co.uk> | style: outlook | tv: 4.0 | nb: 2027-03-01 | also: hours_statement | note: second ask, the bonus hours left
date: 2026-11-05 11:48
subject: Request to migrate to version 4
--
Hello,

Following our committee meeting on 2 November, Highland Aero Club would like to migrate to version 4. We understand there's no going back once it's done.

Please don't do it before 1 March 2027: the aircraft are in winter maintenance until the end of February and we'd like the new version to start with the new flying season.

Could you also tell us how many bonus hours we have left for this year? If there are some, we'd like to use them before they're lost.

Kind regards,

Morag Sinclair
Club Secretary, Highland Aero Club
Tel: 01667 462 118

@@ hke25 | kind: support | from: post@solaflyklubb.no | style: apple | note: Norwegian writer
subject: cannot cancel booking on phone
--
Hi

When members open the planning on iPhone they can not cancel their booking, the cancel button is grey. On the computer it works. Can you fix please? Some members book and forget to cancel and the plane stays blocked.

Kristian

Sent from my iPhone

@@ hke26 | kind: dev_quote | from: info@maltaaeroclub.org.mt | style: plain
subject: Quote for instructor currency tracking
--
Dear Sirs,

The Malta Aero Club would like to receive a quote for a new function: tracking of the currency of our instructors and pilots (last 3 take-offs and landings in 90 days, SEP revalidation date, medical expiry, FI revalidation) with a warning when they try to book an aircraft while not current.

This would help us a lot with our safety management, as we have many members who fly only in summer.

Regards,
Mario Vella
Committee Member - IT
Malta Aero Club, Hangar 3, Luqa
+356 2124 0671

@@ hke27 | kind: resource_change | from: brecklandflyers@gmail.com | style: gmail | date: 2026-09-21 19:05 | note: aircraft sold during the year; asks about a refund
subject: Removing the Jodel
--
Hi,

We've sold our Jodel D117 (G-AXDK) this month, so we're down to two aircraft. Do we need to take it off the system ourselves, and can we get something back for the rest of the year? We paid for three.

Cheers,
Breckland Flying Group

@@ hke28 | kind: renewal | from: Ian Fraser <treasurer@highlandaeroclub.co.uk> | style: outlook
date: 2026-11-17 08:36
subject: 2027 subscription invoice
--
Hello,

Our budget meeting is on 26 November and I need the cost of the OpenFlyers subscription for 2027. How do I get the renewal invoice, and how many aircraft will it be based on? We have 5 on the system but the Super Cub only flies in summer.

Regards,

Ian Fraser
Treasurer
Highland Aero Club
07803 551 274

@@ hke29 | kind: support | from: Stefan Brenner <stefan.brenner@web.de> | style: plain | note: German writer; quotes the error message
subject: Error when export flights to CSV
--
Hello,

When I want to export all flights of 2026 to CSV (for our statistics for the Landesverband) I get only a white page with this message:

Fatal error: Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes)

With only one month it works. Can you please check? We have about 4.800 flights this year.

Greetings
Stefan Brenner
FSV Kirchheim

@@ hke30 | kind: other | from: Jack Donnelly <jackdonnelly2004@hotmail.co.uk> | style: plain | note: not a client; student pilot who wants to book a flight
subject: booking a lesson
--
hi

i found this email on the website when i was looking at the booking page of my local club. i want to book a trial lesson for my dad's birthday on the 12th december, can i do that through you or do i need to ring the club? also how much is it

thanks
jack

@@ hke31 | kind: hours_statement | from: treasurer@severnvalleygliding.org.uk | style: android
subject: Hours
--
Hi, could you send me a statement of the bonus hours we've used this year please? Thanks, Rhys

Sent from my Galaxy

@@ hke32 | kind: test_platform | from: vorstand@fsv-kirchheim.de | style: plain | note: German writer
subject: Test platform for training
--
Hello,

In the winter we make the training for our new Flugleiter (duty pilots). We would like to have a test platform, a copy of our platform, so they can practise the entry of flights and the billing without changing the real accounts.

Is this possible?

Best regards
Stefan Brenner
FSV Kirchheim e.V.

@@ hke33 | kind: contact_update | from: info@maltaaeroclub.org.mt | style: outlook | note: client e-mail change; addresses quoted
subject: New club e-mail address
--
Hello,

Please replace our client e-mail info@maltaaeroclub.org.mt with secretary@maltaaeroclub.org.mt in your records. The info address receives too much spam and we will stop reading it from January. The treasurer address stays the same.

Thank you,
Rita Farrugia
Hon. Secretary
Malta Aero Club

@@ hke34 | kind: migration | from: styrelsen@ostersundsflygklubb.se | style: gmail | tv: 4.1beta | nb: 2027-04-01 | note: Swedish writer; accepts a changing version
subject: Migration to 4.1 beta
--
Hello,

Östersunds Flygklubb would like to move to the version 4.1 beta. We need the new ski/wheel configuration for the aircraft which is only there, as we fly on skis on the lake in winter.

We understand the beta changes often and that we cannot go back. But please not before 1 April 2027: February and March is our busiest time on the ice and we don't want any change then.

Best regards
Anna Lindqvist
Chairman, Östersunds Flygklubb

@@ hke35 | kind: support | from: penningmeester@aeroclubdrenthe.nl | style: plain | note: Dutch writer
subject: Block booking when balance negative
--
Hello,

Is it possible to block the booking for members who have a negative balance on their account? We have some members who are more than 300 euro negative and they continue to book the aircraft. I looked in the settings but did not find it.

Met vriendelijke groet,
Joost Hendriks
Penningmeester Aeroclub Drenthe

@@ hke36 | kind: password_reset | from: Declan O'Sullivan <declan.osullivan@kerryaviation.ie> | style: outlook | note: client account, not the platform login
subject: Customer account login
--
Hi,

We can't get into our customer account (kerry-aviation) to download this year's invoices. To be clear, our platform logins work fine, it's the vendor account. The reset email doesn't seem to arrive at ops@ or accounts@.

Could you reset the password for us?

Thanks,
Declan O'Sullivan
Head of Training, Kerry Aviation Academy
+353 87 412 6690
| hint: kerry-aviation

@@ hke37 | kind: owner_change | from: Fiona MacLeod <fiona.macleod@highlandaeroclub.co.uk> | style: outlook | date: 2026-11-09 18:20 | att: letter_from_chairman.pdf,AGM_minutes_2026.pdf | note: outgoing person unavailable after the AGM
subject: Change of responsible person - Highland Aero Club
--
Hello,

At our AGM on 31 October I stood down as the club's OpenFlyers contact, and the committee appointed our club secretary, Morag Sinclair (morag.sinclair@highlandaeroclub.co.uk), to take over.

I'm afraid I don't have access to the customer account any more to make the change myself (the password was changed by my predecessor and never passed on). Attached are a letter signed by our chairman, Duncan Grant, and the AGM minutes confirming his election.

Best wishes,
Fiona MacLeod
Highland Aero Club

@@ hke38 | supp: auto_reply | from: kasse@fsv-kirchheim.de | style: plain | date: 2026-10-30 16:45
subject: Abwesenheitsnotiz / Out of office
--
Ich bin bis einschließlich 8. November nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an vorstand@fsv-kirchheim.de.

I am out of office until 8 November with no access to my e-mails. For urgent matters please contact vorstand@fsv-kirchheim.de.

Thomas Wagner
Kassenwart FSV Kirchheim

@@ hke39 | kind: dev_quote | from: Declan O'Sullivan <declan.osullivan@kerryaviation.ie> | style: outlook | cash: 1 | note: prefers to pay in money rather than use bonus hours
subject: Quote - online top-up of student accounts
--
Hello,

Kerry Aviation Academy would like a quote for letting students top up their accounts online by card (we use Stripe for everything else), with the payment credited to their account automatically. Our accounts team spends hours matching bank transfers at the moment.

We'd rather pay for this outright than use our bonus hours, which we want to keep for support over the winter.

Regards,
Declan O'Sullivan
Head of Training
Kerry Aviation Academy Ltd
Kerry Airport, Farranfore, Co. Kerry
Office +353 66 976 4120 | Mobile +353 87 412 6690

@@ hke40 | kind: support | from: kontor@skiveflyveskole.dk | style: plain | note: Danish writer
subject: Danish letters wrong in invoices
--
Hello,

In the PDF invoices the Danish letters are wrong: "Kjærgaard" is printed as "KjÃ¦rgaard" and "Østergaard" as "Ã˜stergaard". On the screen everything is correct. It started after the last update I think. Our students with æ, ø and å in their names get invoices that look very unprofessional.

Can you please fix it?

Venlig hilsen
Lars Østergaard
Skive Flyveskole ApS
+45 97 52 18 40
"""
