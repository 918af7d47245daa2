"""Set c: English replies to our messages (confirm, refuse, question), plain and hard cases."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ ye01 | reply: confirm | from: Helen Pritchard <helen.pritchard@gmail.com> | ref: OF-2026-1201 | ours: estimate | style: gmail | note: negation words, plain yes
--
Hi,

No problem at all, please go ahead.

Helen

@@ ye02 | reply: question | from: treasurer@wessexgliding.co.uk | ref: OF-2026-1202 | ours: devest | style: plain | note: defers to the committee
--
Hello,

Thanks for the quote. It goes to the committee meeting on the 9th; I'll let you know what they decide.

Treasurer, Wessex GC

@@ ye03 | reply: refuse | from: office@wessexgliding.co.uk | ref: OF-2026-1203 | ours: testplat | style: alt
--
Hello,

No thanks, we'll set it up ourselves from the client account now that we know where it is.

Wessex GC office

@@ ye04 | reply: confirm | from: j.camilleri@maltaflightacademy.com.mt | ref: OF-2026-1204 | ours: devest | style: outlook
--
Good morning,

We accept the quote. Please proceed.

Best regards,
Joseph Camilleri

@@ ye05 | reply: question | from: ops@maltaflightacademy.com.mt | ref: OF-2026-1205 | ours: migack | style: outlook | note: ok buried in a condition
--
Hello,

That's OK provided the downtime is outside our flying hours (07:00-19:00 local). Can you confirm it will be done in the evening?

Operations

@@ ye06 | reply: refuse | from: accounts@maltaflightacademy.com.mt | ref: OF-2026-1206 | ours: contact | style: outlook
--
Dear support,

Thank you, there is no need: we have updated the address ourselves in the client account.

Accounts Department

@@ ye07 | reply: confirm | from: Ciarán Moloney <ciaran.moloney@eircom.net> | ref: OF-2026-1207 | ours: estimate | style: apple | figs: h=1
--
One hour is grand, go for it.

Sent from my iPhone

@@ ye08 | reply: question | from: secretary@shannonaeroclub.ie | ref: OF-2026-1208 | ours: estimate | style: gmail | note: the treasurer will answer
--
Hi,

Thanks for this. Our treasurer is away until Monday - she'll reply to you when she's back, as it's her call.

Aoife
Club secretary

@@ ye09 | reply: refuse | from: secretary@shannonaeroclub.ie | ref: OF-2026-1209 | ours: migack | style: gmail | note: "not this year" declines now
--
Hello,

Not this year, I'm afraid. The members voted to stay on 3.6 until next winter, so please cancel the migration request. We'll ask again then.

Shannon Aero Club

@@ ye10 | reply: confirm | from: Nigel Ashworth <nigel.ashworth@btinternet.com> | ref: OF-2026-1210 | ours: migfee | style: plain
--
Yes, that's fine - please carry on with the upgrade. I've paid the 50 euro invoice this morning.

Nigel

@@ ye11 | reply: question | from: lvf.treasurer@gmail.com | ref: OF-2026-1211 | ours: reset | style: gmail
--
Hi,

Is there a charge for the manual reset on our tier? If it's free, yes please.

Pauline

@@ ye12 | reply: refuse | from: loirevalleyflyers@gmail.com | ref: OF-2026-1212 | ours: contact | style: gmail
--
Thanks, but we won't pay 30 euros for that. We'll change it ourselves.

LVF

@@ ye13 | reply: confirm | from: h.verhoeven@kpnmail.nl | ref: OF-2026-1213 | ours: resource | style: plain
--
Hello,

Approved by the board last night. Go ahead with the setup, and send the invoice to the treasurer as usual.

Henk

@@ ye14 | reply: question | from: penningmeester@vliegclubzeeland.nl | ref: OF-2026-1214 | ours: renewal | style: plain | figs: n=4
--
Hello,

You say 4 resources will be proposed, but one Cessna is deactivated for the winter. Does a deactivated aircraft still count?

Treasurer, Vliegclub Zeeland

@@ ye15 | reply: refuse | from: bestuur@vliegclubzeeland.nl | ref: OF-2026-1215 | ours: devest | style: plain
--
Hello,

The board has decided not to go ahead with this development. Thank you for the estimate.

Board of Vliegclub Zeeland

@@ ye16 | reply: confirm | from: Markus Brenner <markus.brenner@t-online.de> | ref: OF-2026-1216 | ours: migack | style: plain
--
Hello,

That is fine for us, thank you. Please schedule it.

Markus

@@ ye17 | reply: question | from: vorstand@sfg-bodensee.de | ref: OF-2026-1217 | ours: devest | style: plain | note: accepts only if co-funded
--
Hello,

We would accept if at least one other club joins in and our share stays within our bonus hours. Is anyone else interested yet?

Board SFG Bodensee

@@ ye18 | reply: refuse | from: kasse@sfg-bodensee.de | ref: OF-2026-1218 | ours: reset | style: plain
--
Hello, please do not reset it: our chairman found the password in the club safe. Thank you anyway.

@@ ye19 | reply: confirm | from: Rui Mendes <rui.mendes@algarveaviation.pt> | ref: OF-2026-1219 | ours: testplat | style: outlook
--
Dear support,

Yes please, go ahead and create it for us.

Kind regards,
Rui Mendes

@@ ye20 | reply: question | from: info@algarveaviation.pt | ref: OF-2026-1220 | ours: migack | style: outlook | note: asks what happens to the test platform
--
Hello,

Before we confirm: what happens to our test platform after the migration? Will it be upgraded too, or do we lose it?

Algarve Aviation School

@@ ye21 | reply: refuse | from: finance@algarveaviation.pt | ref: OF-2026-1221 | ours: estimate | style: plain
--
Hello,

Thank you, but that is more than we wanted to spend on this. We will pass.

Finance

@@ ye22 | reply: confirm | from: ciaran.moloney@eircom.net | ref: OF-2026-1222 | ours: testplat | style: gmail
--
Sounds good, no objections here. Please do it.

Ciarán

@@ ye23 | reply: question | from: Helen Pritchard <helen.pritchard@gmail.com> | ref: OF-2026-1223 | ours: migack | style: apple | nb: 2026-11-09 | date: 2026-10-20 19:02 | note: yes, with a later not-before date: a condition
--
Yes, but could you make it not before 9 November rather than the 1st? We've added an extra flying weekend.

Sent from my iPhone

@@ ye24 | reply: refuse | from: helen.pritchard@gmail.com | ref: OF-2026-1224 | ours: devest | style: gmail
--
Hi,

I'm sorry to say the committee voted it down - too expensive for a club our size. Thanks for looking at it.

Helen

@@ ye25 | reply: question | from: Nigel Ashworth <nigel.ashworth@btinternet.com> | ref: OF-2026-1225 | ours: estimate | style: plain | note: wants a different slot
--
Hello,

Could you do it on a weekday evening instead? We have members booking all weekend.

Nigel
"""
