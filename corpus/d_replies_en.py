"""Set d: English replies to our messages (foreign clubs and schools)."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ e001 | reply: confirm | from: Nigel Pascoe <nigel.pascoe@btinternet.com> | ref: OF-2026-0801 | ours: estimate | style: outlook
--
Hi,

That's fine by us - please go ahead.

Regards,
Nigel Pascoe
Cornwall Flying Club

@@ e002 | reply: refuse | from: siobhan.murphy@eircom.net | ref: OF-2026-0802 | ours: migfee | style: gmail
--
Hi there,

Thanks for getting back to me so quickly. Having talked it over with the committee we've decided to stay on 3.6 for now - we're a small club with three aircraft and the current version does everything we need. We'll revisit it at the AGM next year.

Thanks again,
Siobhan

@@ e003 | reply: question | from: j.camilleri@maltaflyingschool.com.mt | ref: OF-2026-0803 | ours: overrun | figs: d=9, r=4 | style: outlook | note: asks for a fixed price
--
Dear Support,

Before we commit: is the 9 h a fixed price or an estimate that could grow? Our finance director needs a ceiling figure for the purchase order.

Best regards,
Joseph Camilleri
Head of Training | Malta School of Flying Ltd
Luqa | +356 2100 0000

@@ e004 | reply: confirm | from: henk.vdberg@ziggo.nl | ref: OF-2026-0804 | ours: testplat | style: plain
--
Yes please, create it for us. Thanks!

Henk

@@ e005 | reply: question | from: Rui Mendonça <rui.mendonca@algarve-aviation.pt> | ref: OF-2026-0805 | ours: migack | style: outlook | nb: 2026-11-16 | note: agrees, but gives a not-before date
--
Hello,

We agree, but please don't do it before 16 November. Our winter schedule starts then and the whole fleet will be in maintenance for two days, which is the perfect window.

Would that work for you?

Kind regards,
Rui Mendonça
Operations Manager
| date: 2026-10-27 16:40

@@ e006 | reply: refuse | from: ingrid.halvorsen@online.no | ref: OF-2026-0806 | ours: devest | style: gmail
--
Hello,

Thank you for the quote. Unfortunately the board decided not to proceed with it.

Best regards,
Ingrid Halvorsen
Oslo Flyklubb

@@ e007 | reply: confirm | from: graham.atkinson@talktalk.net | ref: OF-2026-0807 | ours: migfee | style: plain | note: accepts the 50 EUR fee
--
Hello,

Happy to pay the 50 euros. Go ahead with the migration, we understand there's no going back.

Cheers,
Graham
Wolds GC

@@ e008 | reply: question | from: treasurer@cornwallflyingclub.co.uk | ref: OF-2026-0808 | ours: renewal | style: outlook | note: asks about paying in pounds
--
Hello,

Can we pay the renewal in GBP? Our bank charges quite a bit for euro transfers and we don't have a club credit card.

Thanks,
Alan Trewin
Treasurer, Cornwall Flying Club

@@ e009 | reply: confirm | from: ops@maltaflyingschool.com.mt | ref: OF-2026-0809 | ours: estimate | style: outlook | qpos: above
--
Approved. Please proceed.

MSF Operations

@@ e010 | reply: refuse | from: penningmeester@zeelandgliding.nl | ref: OF-2026-0810 | ours: overrun | style: plain
--
Hi,

No, thank you. We can't spend money outside the budget this year. Please cancel the request.

Treasurer
Zeeland Gliding Club

@@ e011 | reply: question | from: siobhan.murphy@eircom.net | ref: OF-2026-0811 | ours: estimate | style: apple | note: "let me check with the treasurer"
--
Let me check with our treasurer and I'll come back to you on Monday.

Sent from my iPhone

@@ e012 | reply: confirm | from: Rui Mendonça <rui.mendonca@algarve-aviation.pt> | ref: OF-2026-0812 | ours: alpha | style: outlook
--
Hello,

Understood and accepted. We are fine with running the alpha; our ops team is used to it.

Kind regards,
Rui

@@ e013 | reply: question | from: styret@osloflyklubb.no | ref: OF-2026-0813 | ours: migfee | style: plain | note: the club is on Business; asks about the fee
--
Hello,

We are on the Business subscription - I thought migrations were included? Could you double-check?

Oslo Flyklubb board

@@ e014 | reply: refuse | from: nigel.pascoe@btinternet.com | ref: OF-2026-0814 | ours: testplat | style: gmail
--
Hi,

Not needed after all, thanks - we've decided to train the new instructors on the demo platform instead.

Nigel

@@ e015 | reply: confirm | from: Graham Atkinson <graham.atkinson@talktalk.net> | ref: OF-2026-0815 | ours: reset | style: plain | note: yes with thanks
--
Yes, please reset it manually - the forgotten-password e-mail never arrives (not in spam either). Many thanks for your help.

Graham

@@ e016 | reply: question | from: j.camilleri@maltaflyingschool.com.mt | ref: OF-2026-0816 | ours: migack | style: outlook | note: asks how long the downtime lasts
--
Hello,

How long will the platform be down during the migration? We fly from 07:00 to 21:00 seven days a week, so we would need to warn students and instructors.

Regards,
Joseph

@@ e017 | reply: refuse | from: woldsgc.treasurer@gmail.com | ref: OF-2026-0817 | ours: contact | style: gmail
--
No need, we'll update it ourselves. Thanks.

Pauline (treasurer)

@@ e018 | reply: confirm | from: bestuur@zeelandgliding.nl | ref: OF-2026-0818 | ours: estimate | style: plain | note: Dutch-style English, plain yes
--
Dear,

We give our approval for this work. You may start.

With kind regards,
The board of Zeeland Gliding Club
Vlissingen - Midden-Zeeland (EHMZ)

@@ e019 | reply: question | from: ingrid.halvorsen@online.no | ref: OF-2026-0819 | ours: testplat | style: gmail | note: asks about the price in hours
--
Hi,

Half an hour seems fine, but do we have any bonus hours left? I think we used some in March for the fuel prices. If not, what would it cost?

Ingrid

@@ e020 | reply: confirm | from: finance@algarve-aviation.pt | ref: OF-2026-0820 | ours: overrun | style: outlook | note: accepts the billed remainder, signature with dates
--
Dear OpenFlyers team,

We approve the estimate, including the part above our remaining bonus hours. Please send the invoice to this address.

Best regards,
Finance Department
Algarve Aviation Academy Lda
Office closed 24/12/2026 - 02/01/2027

@@ e021 | reply: refuse | from: Joseph Camilleri <j.camilleri@maltaflyingschool.com.mt> | ref: OF-2026-0821 | ours: pool | style: outlook
--
Hello,

Thanks for thinking of us, but we'd rather not pool hours with other clubs on this one. We'll pass.

Joseph

@@ e022 | reply: question | from: Carol Penrose <carol.penrose@btinternet.com> | ref: OF-2026-0822 | ours: docs | style: outlook | note: asks what counts as the official document; the secretary writes from her own address, not on record
--
Hello,

We're a members' club, not a company, so there's no registry extract. Would the minutes of our last AGM, signed by the chairman, be acceptable?

Best wishes,
Carol Penrose
Hon. Secretary

@@ e023 | reply: confirm | from: henk.vdberg@ziggo.nl | ref: OF-2026-0823 | ours: migack | style: gmail
--
Hello,

Confirmed, go ahead with the migration whenever it suits you.

Henk van der Berg

@@ e024 | reply: question | from: graham.atkinson@talktalk.net | ref: OF-2026-0824 | ours: estimate | style: plain | note: "probably" is not a yes
--
Probably yes, but the committee only meets on the first Tuesday of the month. I'll confirm after that.

Graham

@@ e025 | reply: refuse | from: kasserer@osloflyklubb.no | ref: OF-2026-0825 | ours: renewal | style: plain | note: the club will not renew
--
Hello,

Thank you for the information. I must tell you that the club has decided not to renew for 2027: we are merging with another club that uses a different system.

Best regards,
Kasserer, Oslo Flyklubb

@@ e026 | reply: confirm | from: Siobhan Murphy <siobhan.murphy@eircom.net> | ref: OF-2026-0826 | ours: resource | style: apple
--
Grand, go ahead. Thanks a million.

Siobhan
Sent from my iPhone

@@ e027 | reply: question | from: accounts@maltaflyingschool.com.mt | ref: OF-2026-0827 | ours: contact | style: outlook | note: asks whether the fee applies, not a yes
--
Hello,

We are on Corporate, not First Price. Does the 30 EUR fee apply to us? If it's free, then yes please update the record.

Accounts Department

@@ e028 | reply: refuse | from: rui.mendonca@algarve-aviation.pt | ref: OF-2026-0828 | ours: migack | style: outlook | note: postpones indefinitely
--
Hello,

Please put the migration on hold indefinitely - we've had a change of management and the new director wants to review all IT projects first. Consider our request withdrawn for now.

Rui

@@ e029 | reply: confirm | from: nigel.pascoe@btinternet.com | ref: OF-2026-0829 | ours: setup | style: gmail | qpos: above
--
Yes, send the questionnaire over please.

Nigel

@@ e030 | reply: question | from: penningmeester@zeelandgliding.nl | ref: OF-2026-0830 | ours: renewal | style: plain
--
Hello,

You say 6 resources but two of our gliders are sold. Where do I deactivate them? I cannot find the menu.

Regards,
Treasurer ZGC

@@ e031 | reply: confirm | from: info@shannonaeroclub.ie | ref: OF-2026-0831 | ours: contact | style: plain | note: accepts to pay the First Price fee
--
Hi,

Yes, please do it for us and bill the 30 euro. We've been locked out of the client account since our old secretary left.

Shannon Aero Club

@@ e032 | reply: refuse | from: Ingrid Halvorsen <ingrid.halvorsen@online.no> | ref: OF-2026-0832 | ours: estimate | style: gmail | note: polite refusal with a long explanation
--
Dear support team,

Thank you very much for the quick estimate and for explaining how the bonus hours work.

After discussing it with the other board members we have decided not to go ahead. The reports we asked for were mainly for the annual meeting, and our treasurer has found a way to produce them from the existing export with a spreadsheet. It would not be sensible to spend the hours on something we can already do ourselves, even if it takes a bit longer.

We appreciate your help and will certainly contact you again if we need something else.

Best regards,
Ingrid Halvorsen
Board member, Oslo Flyklubb
Gardermoen - Kjeller

@@ e033 | reply: question | from: wolds.gliding@gmail.com | ref: OF-2026-0833 | ours: alpha | style: gmail | note: asks what "constantly changing" means in practice
--
Hello,

What does "constantly changing" mean in practice? Would the launch log screen change during the season? Our duty pilots are volunteers and some are in their eighties.

Wolds GC

@@ e034 | reply: confirm | from: treasurer@cornwallflyingclub.co.uk | ref: OF-2026-0834 | ours: overrun | figs: d=4, r=1 | style: outlook
--
Hello,

The committee has approved it, including the 3 hours to be invoiced. Please go ahead.

Alan Trewin
Treasurer

@@ e035 | reply: refuse | from: info@shannonaeroclub.ie | ref: OF-2026-0835 | ours: reset | style: plain
--
Hello, no need any more - the password reset link worked this time. Sorry for the trouble.

@@ e036 | reply: question | from: Henk van der Berg <henk.vdberg@ziggo.nl> | ref: OF-2026-0836 | ours: pool | style: gmail | note: asks which club shares
--
Hi,

Which other club is it? We would like to talk with them first about what exactly we need, before we put hours into it.

Henk

@@ e037 | reply: confirm | from: school@algarve-aviation.pt | ref: OF-2026-0837 | ours: testplat | style: html
--
Good morning,

Yes, we would like you to create it. Thank you.

Algarve Aviation Academy - Portimão

@@ e038 | reply: question | from: ops@maltaflyingschool.com.mt | ref: OF-2026-0838 | ours: estimate | style: outlook | note: yes but only out of hours
--
Hello,

OK in principle, but only if the intervention is done outside our flying hours (after 21:00 local time). Can you confirm that?

MSF Operations

@@ e039 | reply: refuse | from: Nigel Pascoe <nigel.pascoe@btinternet.com> | ref: OF-2026-0839 | ours: devest | style: outlook
--
Hi,

Too rich for us, I'm afraid. We'll leave it for now.

Nigel

@@ e040 | reply: confirm | from: siobhan.murphy@eircom.net | ref: OF-2026-0840 | ours: migack | style: gmail | note: confirms after an earlier refusal
--
Hi again,

The committee changed its mind at last night's meeting - yes, please go ahead with the migration. We understand it can't be undone.

Siobhan
"""
