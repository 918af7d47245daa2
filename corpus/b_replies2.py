"""Set b: English replies to our messages (native and non-native), with the hard cases."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ w001 | reply: confirm | from: Malcolm Hughes <malcolm.hughes@btinternet.com> | ref: OF-2026-0401 | ours: migfee | style: plain
--
Hello,

Yes, please go ahead.

Malcolm

@@ w002 | reply: refuse | from: m.bernasconi@geneva-aviation.ch | ref: OF-2026-0402 | ours: devest | style: outlook
--
Good morning,

Thank you for the quote. We have decided not to go ahead with this development.

Kind regards,
Marco Bernasconi

@@ w003 | reply: question | from: pieter.desmet@telenet.be | ref: OF-2026-0403 | ours: estimate | style: plain | note: non-native; conditional yes
--
hello, it is ok for us if you can do it before the 15th, otherwise it is not useful anymore. is that possible?
Pieter

@@ w004 | reply: confirm | from: jeff.schmit@pt.lu | ref: OF-2026-0404 | ours: estimate | style: gmail
--
Sounds good, please proceed.

Jeff

@@ w005 | reply: refuse | from: ops@geneva-aviation.ch | ref: OF-2026-0405 | ours: testplat | style: alt
--
Hello,

No thanks, we'll create it ourselves from the client account.

Ops desk

@@ w006 | reply: question | from: secretary.dfg@gmail.com | ref: OF-2026-0406 | ours: migfee | style: gmail | note: "the treasurer will answer you"
--
Hi,

Thanks for this. Our treasurer, John, will get back to you about the invoice and the confirmation.

Sue

@@ w007 | reply: confirm | from: treasurer@kzvo.be | ref: OF-2026-0407 | ours: resource | style: outlook
--
Hello,

Confirmed. Please set up the new type and take the hour from our bonus.

Annelies

@@ w008 | reply: question | from: kevin.vandamme@skyschool.be | ref: OF-2026-0408 | ours: devest | style: outlook | note: confirm first line, then a question
--
Hi,

We accept the quote. One question though: will the API also give access to the maintenance data, or only flights and invoices?

Kevin

@@ w009 | reply: refuse | from: dordogneflyers@gmail.com | ref: OF-2026-0409 | ours: contact | style: gmail
--
Hi, don't bother, we managed to change it ourselves. Thanks!

@@ w010 | reply: confirm | from: board@lga-gliding.lu | ref: OF-2026-0410 | ours: migack | style: gmail
--
Hello,

The board confirms the migration. We understand it cannot be undone.

LGA board

@@ w011 | date: 2026-11-30 11:20 | reply: question | from: finance@geneva-aviation.ch | ref: OF-2026-0411 | ours: renewal | style: outlook | note: confirms the payment, not our proposal
--
Dear support,

We confirm that the transfer for the renewal was sent on 25 November. Could you confirm receipt?

Finance department

@@ w012 | reply: refuse | from: lga.treasurer@pt.lu | ref: OF-2026-0412 | ours: estimate | style: plain
--
Dear support,

Please don't go ahead. The board prefers to keep the hours for the spring.

Marie Weber

@@ w013 | reply: confirm | from: beat.sciboz@gmail.com | ref: OF-2026-0413 | ours: testplat | style: apple
--
Yes please, thanks!

Sent from my iPhone

@@ w014 | reply: question | from: info@kzvo.be | ref: OF-2026-0414 | ours: migack | style: plain | note: "ago" and no decision
--
Hello, we already sent all this information two weeks ago to your colleague. What is missing now?
KZVO

@@ w015 | reply: confirm | from: o.chappuis@bluewin.ch | ref: OF-2026-0415 | ours: estimate | style: plain | note: a French client replying in English
--
Hello,

That works for us. You can schedule it.

Olivier

@@ w016 | reply: refuse | from: malcolm.hughes@btinternet.com | ref: OF-2026-0416 | ours: devest | style: plain
--
Hello,

Too expensive for a group of our size, I'm afraid. We'll pass.

Malcolm

@@ w017 | figs: h=3, r=4 | reply: question | from: m.bernasconi@geneva-aviation.ch | ref: OF-2026-0417 | ours: estimate | style: outlook | note: counter-proposal
--
Hello,

Could you do it in 2 hours instead of 3 if we prepare the data ourselves? Then we agree.

Marco

@@ w018 | reply: confirm | from: billing@skyschool.be | ref: OF-2026-0418 | ours: migack | style: outlook
--
Hello,

Yes, we confirm the move to beta. Thank you.

Billing - Skyschool

@@ w019 | reply: question | from: jeff.schmit@pt.lu | ref: OF-2026-0419 | ours: migack | style: gmail | note: "not now"
--
Hi,

Not now, please. We have to wait for the general assembly. I'll write again after it.

Jeff

@@ w020 | reply: refuse | from: "Annelies Peeters" <treasurer@kzvo.be> | ref: OF-2026-0420 | ours: migack | style: outlook
--
Hello,

Please cancel the migration request. The new board wants to stay on 3.6 for another year.

Annelies

@@ w021 | reply: confirm | from: ops@geneva-aviation.ch | ref: OF-2026-0421 | ours: estimate | style: alt | note: double negative, a yes
--
Hello,

No objection from our side, go ahead.

Ops desk

@@ w022 | reply: question | from: "Sue Palmer" <secretary.dfg@gmail.com> | ref: OF-2026-0422 | ours: reset | style: gmail
--
Hi,

Is the manual reset charged? If it is, I'd rather try the link again first.

Sue

@@ w023 | reply: confirm | from: pieter.desmet@telenet.be | ref: OF-2026-0423 | ours: testplat | style: plain | note: non-native
--
yes, you can make it for us, thank you very much
Pieter

@@ w024 | reply: refuse | from: kevin.vandamme@skyschool.be | ref: OF-2026-0424 | ours: estimate | style: outlook
--
Hi,

We'll do this one internally after all, so no need. Thanks anyway.

Kevin

@@ w025 | reply: question | from: "Laura Keller" <l.keller@geneva-aviation.ch> | ref: OF-2026-0425 | ours: docs | style: outlook | att: board-resolution-signed.pdf | note: address not on record yet; documents sent with a question
--
Hello,

Attached is the signed board resolution. Do you also need a copy of my ID?

Laura Keller

@@ w026 | reply: confirm | from: dordogneflyers@gmail.com | ref: OF-2026-0426 | ours: migfee | style: gmail
--
Confirmed, thanks. We'll pay the invoice this week.

DFG

@@ w027 | figs: n=7 | reply: question | from: lga.treasurer@pt.lu | ref: OF-2026-0427 | ours: renewal | style: plain
--
Thank you. If we deactivate the Falke now, will the proposed number drop to 6 immediately?

Marie

@@ w028 | reply: refuse | from: board@lga-gliding.lu | ref: OF-2026-0428 | ours: devest | style: gmail
--
Hello,

The board voted against the quote. We will not proceed.

LGA board

@@ w029 | reply: confirm | from: finance@geneva-aviation.ch | ref: OF-2026-0429 | ours: contact | style: outlook
--
Dear support,

Yes, please make the change for us.

Finance department

@@ w030 | reply: question | from: malcolm.hughes@btinternet.com | ref: OF-2026-0430 | ours: estimate | style: plain | note: thanks without a decision
--
Thanks very much for the quick answer, much appreciated.

Malcolm

@@ w031 | reply: confirm | from: treasurer@kzvo.be | ref: OF-2026-0431 | ours: migack | style: outlook | note: "OK" in a plain yes, with a date already agreed
--
OK, fine for us. Thank you.

Annelies

@@ w032 | reply: refuse | from: secretary.dfg@gmail.com | ref: OF-2026-0432 | ours: testplat | style: gmail
--
Hi,

We don't need it any more, the AGM already voted. Please don't create it.

Sue

@@ w033 | reply: question | from: ops@geneva-aviation.ch | ref: OF-2026-0433 | ours: migack | style: alt | nb: 2027-01-18 | note: "yes but not before"
--
Hello,

Yes, but not before 18 January as we wrote. Can you confirm that date will be respected?

Ops desk

@@ w034 | reply: confirm | from: jeff.schmit@pt.lu | ref: OF-2026-0434 | ours: reset | style: gmail
--
Yes, please reset it. Thanks.

@@ w035 | reply: question | from: "Tom Wagner" <tom.wagner@pt.lu> | ref: OF-2026-0435 | ours: estimate | style: plain | note: sender not on record says go ahead; an unknown address never confirms, but the intent label is about the text
--
Go ahead, but please send the confirmation to the board address as well, I am new.

Tom Wagner

@@ w036 | reply: refuse | from: billing@skyschool.be | ref: OF-2026-0436 | ours: contact | style: outlook
--
Hello,

No, leave the record as it is, the old address will stay open after all.

Billing

@@ w037 | reply: confirm | from: info@kzvo.be | ref: OF-2026-0437 | ours: estimate | style: plain | note: non-native
--
Hello, it is good for us, you may do it. Thanks KZVO

@@ w038 | reply: question | from: kevin.vandamme@skyschool.be | ref: OF-2026-0438 | ours: testplat | style: outlook
--
Hi,

Before we say yes: will the test copy include the invoices, or only flights and members?

Kevin

@@ w039 | reply: confirm | from: lga.treasurer@pt.lu | ref: OF-2026-0439 | ours: devest | style: plain
--
Dear support,

LGA accepts the quote as proposed.

Marie Weber

@@ w040 | reply: question | from: m.bernasconi@geneva-aviation.ch | ref: OF-2026-0440 | ours: testplat | style: outlook | note: "don't" in a question, no decision
--
Hello,

Don't you need our approval in writing for this? Our procedures require a signed form for any change.

Marco

@@ w041 | reply: refuse | from: "Pieter De Smet" <pieter.desmet@telenet.be> | ref: OF-2026-0441 | ours: devest | style: plain | note: non-native; plain no
--
hello, we talked in the board and we say no for this quote, sorry. maybe another year.
Pieter
"""
