"""Set e: English first contacts (native and non-native writers) about the person in charge, record
addresses, bonus-hour statements, resources, renewals, test platforms and everything else."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ eo01 | kind: owner_change | from: Derek Holloway <derek.holloway@btinternet.com> | style: plain | att: letter-chairman.pdf, AGM-minutes-2026.pdf
subject: New person in charge
--
Hi,

I'm stepping down at the end of the year. Our new contact for OpenFlyers will be Gemma Rowe (gemma.rowe@gmail.com). Signed letter from the chairman and the AGM minutes attached.

Derek

@@ eo02 | kind: owner_change | from: Ciaran Walsh <ciaran.walsh@gmail.com> | style: gmail | hint: kerry-aero | note: new person, unknown address
subject: Taking over as OpenFlyers admin
--
Hello,

I've been elected chairman of Kerry Aero Club and I'm taking over the OpenFlyers side (platform kerry-aero) from Declan O'Sullivan. Could you change the person in charge to me? Declan is travelling and hard to reach.

Ciaran Walsh

@@ eo03 | kind: owner_change | from: accounts@solentschool.co.uk | style: outlook | att: Companies-House-extract.pdf | note: new person is a director on the registry extract
subject: Change of responsible person
--
Hello,

Please update the person in charge of our platform to Mark Ellison (m.ellison@solentschool.co.uk), director of the company, who is listed on the attached Companies House extract.

Accounts, Solent School of Flying Ltd

@@ eo04 | kind: owner_change | from: treasurer@highveldflying.co.za | style: plain | note: no documents, asks what is required
subject: New chairman
--
Hi,

Our AGM elected a new chairman, Thabo Mokoena, who will look after OpenFlyers from now on. What do you need from us to make the change?

Anton

@@ eo05 | kind: owner_change | from: vorstand@fg-thun.ch | style: plain | att: Brief-Vorstand.pdf, Protokoll-GV-2026.pdf | note: non-native English
subject: Change of responsible
--
Hello,

Ursula Steiner gives her function back at the end of the year. The new responsible for OpenFlyers is Reto Kämpf (reto.kaempf@gmx.ch). In attachment the letter of the president and the protocol of the general assembly.

Best regards
Fluggruppe Thun

@@ ec01 | kind: contact_update | from: fenlandflyers@gmail.com | style: gmail | note: First Price
subject: Update e-mail address
--
Hi,

Please change the contact e-mail on our record to treasurer@fenlandflyers.org.uk. We want the invoices to go there.

Derek

@@ ec02 | kind: contact_update | from: office@huntervalleyaero.com.au | style: plain | note: same address twice
subject: Second e-mail on our account
--
Hi,

I noticed our client and contact e-mails are both the office address. Can you put treasurer@huntervalleyaero.com.au as the contact one?

Sharon

@@ ec03 | kind: contact_update | from: mreynolds@comcast.net | style: plain
subject: New club e-mail
--
Hi,

We've moved the club's e-mail to Google Workspace. Please replace info@cascadesoaring.org with office@cascadesoaring.org on our client record.

Mike

@@ ec04 | kind: contact_update | from: koen.peeters@telenet.be | style: plain | note: non-native
subject: Change of mail address
--
Hello,

Can you please change the mail of the treasurer in our client file? The new one is finance@vliegclubkempen.be. The old one will not exist anymore after december.

Koen

@@ ec05 | kind: contact_update | from: treasurer.kerryaero@gmail.com | style: gmail | also: renewal
subject: E-mail change and renewal
--
Hi,

Could you update our contact e-mail to treasurer@kerryaeroclub.ie? And once that's done, I'd like to renew for 2027 - is it still done in the client area?

Brendan

@@ eh01 | kind: hours_statement | from: priya.shah@solentschool.co.uk | style: outlook
subject: Bonus hours balance
--
Hi,

Could you send me a statement of our bonus hours for 2026 - used and remaining?

Priya

@@ eh02 | kind: hours_statement | from: declan.osullivan@eircom.net | style: plain
subject: Hours left?
--
Hello, how many support hours have we left this year? Declan

@@ eh03 | kind: hours_statement | from: admin@highveldflying.co.za | style: plain | note: mentions a renewal in passing
subject: Hours statement please
--
Hi,

Before the committee signs off the renewal, they'd like to see how many of this year's bonus hours we actually used. Could you send a statement?

Highveld Flying Club admin

@@ eh04 | kind: hours_statement | from: kasse@fg-thun.ch | style: plain | note: non-native
subject: Overview of hours
--
Hello,

We would like to have an overview of the assistance hours we have consumed in 2026 and how many are rest.

Fluggruppe Thun, Kasse

@@ eh05 | kind: hours_statement | from: sharon.mckenzie@bigpond.com | style: apple
subject: Remaining hours
--
Hi, can you tell me what's left of our bonus hours for the year? Thanks, Sharon

Sent from my iPhone

@@ er01 | kind: resource_change | from: pieter.vanwyk@mweb.co.za | style: gmail | note: new resource type
subject: Adding a Sling 4
--
Hi,

We're taking delivery of a Sling 4 next month. It'll have its own rates. How do we add it to the subscription and the platform?

Pieter

@@ er02 | kind: resource_change | from: ops@solentschool.co.uk | style: outlook | note: temporary replacement
subject: Temporary aircraft
--
Hi,

G-SSFA is grounded for a prop strike inspection and we're leasing G-OLEA for six weeks. Can we just rename the resource while it's away?

Operations

@@ er03 | kind: resource_change | from: info@cascadesoaring.org | style: plain | note: removing a glider
subject: Retiring a glider
--
Hello,

We're retiring our old Blanik at the end of October. Does that reduce what we pay this year?

Cascade Soaring Society

@@ er04 | kind: resource_change | from: secretariaat@vliegclubkempen.be | style: plain | note: non-native; extra simulator
subject: Simulator
--
Hello,

We have bought a flight simulator and want to make it bookable for the members, with a price per hour. What is the procedure and the cost?

Secretariaat

@@ er05 | kind: resource_change | from: kerryaeroclub@eircom.net | style: plain | note: replacement
subject: Replacing our C152
--
Hello,

Our Cessna 152 EI-KAC has been sold and replaced by a Cessna 172 EI-KAR. What do we need to do on the platform and the subscription?

Kerry Aero Club

@@ ew01 | kind: renewal | from: treasurer@cascadesoaring.org | style: plain | note: US; pays by card from the US
subject: Renewal 2027
--
Hi,

Time to renew. Can we pay the 2027 subscription by credit card from the US, and where do I find the invoice?

Linda

@@ ew02 | kind: renewal | from: accounts@solentschool.co.uk | style: outlook
subject: Subscription renewal
--
Hello,

Please could you tell us how to renew our subscription for 2027? We pay by bank transfer.

Accounts

@@ ew03 | kind: renewal | from: derek.holloway@btinternet.com | style: plain | note: fewer resources
subject: Renewing with two aircraft
--
Hi,

We're down to two aircraft after selling the Cherokee. Can we renew for 2 resources rather than 3?

Derek

@@ ew04 | kind: renewal | from: office@huntervalleyaero.com.au | style: plain
subject: Renewal
--
Hi,

The renewal reminder came through. Just checking the steps - do I create the invoice myself in the client area?

Sharon

@@ ew05 | kind: renewal | from: penningmeester@vliegclubkempen.be | style: plain | note: non-native
subject: Renew subscription
--
Hello,

We want to renew the subscription for next year. It is possible to pay with bank transfer? Which reference we must put?

Jan Claes

@@ et01 | kind: test_platform | from: priya.shah@solentschool.co.uk | style: outlook
subject: Test platform
--
Hi,

We'd like a test platform, a copy of production, to train our new ops staff. How do we set it up?

Priya

@@ et02 | kind: test_platform | from: kerryaeroclub@eircom.net | style: plain | note: the of4 copy
subject: Trying version 4
--
Hello,

Is it possible to get a copy of our platform on version 4 to try before we decide to migrate?

Kerry Aero Club

@@ et03 | kind: test_platform | from: admin@highveldflying.co.za | style: plain
subject: Sandbox
--
Hi,

Can we have a sandbox copy of our platform to test new rates before the new year?

Highveld admin

@@ et04 | kind: test_platform | from: vorstand@fg-thun.ch | style: plain | note: non-native
subject: Test platform
--
Hello,

We would like to have a test platform to make trainings for our new members of the board. How we can get it?

Fluggruppe Thun

@@ et05 | kind: test_platform | from: office@huntervalleyaero.com.au | style: plain | note: 3.5 client asking
subject: Practice site
--
Hi,

Could we get a practice copy of our site so the new volunteers can learn without messing up real bookings?

Sharon

@@ ez01 | kind: other | from: Tom Bradley <tom@bradleyaviation.example> | style: outlook | note: US prospect
subject: Pricing for a flight school
--
Hi,

We're a Part 141 school in Arizona with 14 aircraft. Do you support US customers, and what would a subscription cost?

Tom Bradley

@@ ez02 | kind: other | from: declan.osullivan@eircom.net | style: plain | note: thanks
subject: Thanks
--
Hello,

Just wanted to say thanks for the quick help last week. Much appreciated.

Declan

@@ ez03 | kind: other | from: accounts@solentschool.co.uk | style: outlook | note: invoice VAT number question
subject: VAT number on invoice
--
Hello,

Your October invoice does not show our VAT number. Could you reissue it with GB 000 0000 00?

Accounts

@@ ez04 | kind: other | from: Jake Müller <jake.mueller@student.example> | style: gmail | note: student survey
subject: Survey on aviation software
--
Hi,

I'm writing my master's thesis on software used by flying clubs. Would someone from your team answer a 10-minute survey?

Jake Müller

@@ ez05 | kind: other | from: pieter.vanwyk@mweb.co.za | style: gmail | note: asks for a reference contact
subject: Reference for another club
--
Hi,

A club in Cape Town is considering OpenFlyers and asked me for a reference. Are you happy for me to give them my details, and is there someone they can speak to?

Pieter
"""
