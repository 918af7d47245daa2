"""Set e: English replies to our messages (confirm, refuse, question)."""

DEFAULTS = {"lang": "en"}

TEXT = r"""
@@ en01 | reply: confirm | from: Derek Holloway <derek.holloway@btinternet.com> | ref: OF-2026-1201 | ours: migfee | style: plain
--
Hi,

Fine by us, please go ahead with the migration and the 50 euro invoice.

Derek Holloway
Fenland Flying Group

@@ en02 | reply: question | from: Priya Shah <priya.shah@solentschool.co.uk> | ref: OF-2026-1202 | ours: devest | style: outlook | note: asks for a purchase-order number format
--
Hi team,

Thanks for the quote. Our finance department needs a formal quotation on letterhead with a validity date before they can raise a PO. Could you send one? Once we have the PO I can confirm.

Kind regards,
Priya Shah
Head of Training | Solent School of Flying Ltd
Hangar 3, Solent Airport, Lee-on-the-Solent PO13
T: +44 (0)23 0000 0000

@@ en03 | reply: refuse | from: declan.osullivan@eircom.net | ref: OF-2026-1203 | ours: estimate | style: plain
--
Hello,

We'll leave it for now, thanks. The committee would rather keep the hours for the spring.

Declan

@@ en04 | reply: confirm | from: Pieter van Wyk <pieter.vanwyk@mweb.co.za> | ref: OF-2026-1204 | ours: resource | style: gmail
--
Morning,

Yes please, set up the new type for the Sling and take the hour.

Cheers
Pieter

@@ en05 | reply: question | from: sharon.mckenzie@bigpond.com | ref: OF-2026-1205 | ours: migack | style: apple | note: asks about downtime during a busy weekend
--
Hi there,

Happy in principle but can you tell me roughly how long the site will be down? We have a fly-in on the 14th and 15th of November and the booking sheet has to work that weekend.

Sharon

Sent from my iPhone

@@ en06 | reply: refuse | from: Mike Reynolds <mreynolds@comcast.net> | ref: OF-2026-1206 | ours: migfee | style: gmail
--
Hi,

After talking it over with the board we've decided not to migrate this year. Please cancel the request.

Thanks,
Mike Reynolds
Treasurer, Cascade Soaring Society

@@ en07 | reply: confirm | from: koen.peeters@telenet.be | ref: OF-2026-1207 | ours: estimate | style: plain | note: non-native English
--
Hello,

It is ok for us, you can plan it.

Best regards,
Koen Peeters
Vliegclub De Kempen

@@ en08 | reply: question | from: Ursula Steiner <ursula.steiner@bluewin.ch> | ref: OF-2026-1208 | ours: pool | style: outlook | note: non-native English; asks which features exactly
--
Dear support,

Thank you for this proposal. Before we can decide, we would like to know if the development will contain also the glider tow billing, or only the logbook part. For us only the tow billing is interesting.

With kind regards
Ursula Steiner
Fluggruppe Thun

@@ en09 | reply: refuse | from: ops@solentschool.co.uk | ref: OF-2026-1209 | ours: testplat | style: outlook
--
Hi,

No need, thanks - we've created it ourselves from the client account in the meantime.

Solent School of Flying - Operations

@@ en10 | reply: confirm | from: treasurer.kerryaero@gmail.com | ref: OF-2026-1210 | ours: overrun | style: gmail | figs: d=6, r=3
--
Hi,

Agreed - go ahead, and invoice the 3 extra hours to the club.

Brendan Fitzgerald
Hon. Treasurer, Kerry Aero Club

@@ en11 | reply: question | from: treasurer@highveldflying.co.za | ref: OF-2026-1211 | ours: overrun | style: plain | note: asks for rand amount
--
Hi,

What would the extra hours come to in rand, roughly? Our bank charges a lot for foreign payments so I need to know if it's worth bundling it with the renewal.

Regards
Anton
Treasurer, Highveld Flying Club

@@ en12 | reply: confirm | from: office@huntervalleyaero.com.au | ref: OF-2026-1212 | ours: setup | style: plain | qpos: above
--
Yes please send it through.

Sharon
Hunter Valley Aero Club office (Tue & Thu only)

@@ en13 | reply: refuse | from: treasurer@cascadesoaring.org | ref: OF-2026-1213 | ours: contact | style: plain
--
Hi,

We'll pass on the paid option. I found the page in the client account and changed the address myself.

Linda

@@ en14 | reply: question | from: penningmeester@vliegclubkempen.be | ref: OF-2026-1214 | ours: renewal | style: plain | figs: n=5 | note: non-native; asks why 5
--
Hello,

You write we will pay 5 resources but we have only 4 airplanes. The fifth one is maybe the Tecnam that we sold in juli? It is still in the system I think. What must we do?

Greetings,
Jan Claes
treasurer

@@ en15 | reply: confirm | from: kasse@fg-thun.ch | ref: OF-2026-1215 | ours: devest | style: plain
--
Hello,

We accept the quote.

Best regards
Fluggruppe Thun, Kasse

@@ en16 | reply: refuse | from: Derek Holloway <derek.holloway@btinternet.com> | ref: OF-2026-1216 | ours: reset | style: plain
--
No thanks, the forgotten password link worked in the end.

Pieter

@@ en17 | reply: question | from: Priya Shah <priya.shah@solentschool.co.uk> | ref: OF-2026-1217 | ours: alpha | style: outlook | note: asks whether they can go back
--
Hi,

Before we sign up to the beta: if it turns out to be unusable for our ground school, can you put us back on 4.0? I understand from your note that you can't, but I'd like that confirmed in writing for our quality manual.

Priya

@@ en18 | reply: confirm | from: admin@highveldflying.co.za | ref: OF-2026-1218 | ours: testplat | style: plain
--
Hi,

Yes, please go ahead and create it.

Highveld Flying Club admin

@@ en19 | reply: question | from: kerryaeroclub@eircom.net | ref: OF-2026-1219 | ours: docs | style: plain | note: asks if a club letter signed by the secretary is fine
--
Hello,

Our chairman is away until the new year. Would a letter signed by the club secretary be acceptable instead? We also don't have AGM minutes yet for this year, only last year's.

Kerry Aero Club

@@ en20 | reply: refuse | from: Sharon McKenzie <sharon.mckenzie@bigpond.com> | ref: OF-2026-1220 | ours: devest | style: outlook
--
Hi,

Thanks for pricing it up. Unfortunately it's well beyond what the committee can justify at the moment, so we won't be proceeding.

Regards,
Sharon McKenzie
Secretary, Hunter Valley Aero Club
Maitland Airport, Rutherford NSW 2320
Ph 02 4900 0000

@@ en21 | reply: confirm | from: info@cascadesoaring.org | ref: OF-2026-1221 | ours: alpha | style: gmail
--
Hello,

Understood and accepted. Please move us to the beta.

Cascade Soaring Society

@@ en22 | reply: question | from: secretariaat@vliegclubkempen.be | ref: OF-2026-1222 | ours: setup | style: plain | note: non-native; asks if the questionnaire exists in Dutch
--
Hello,

Is the questionnaire also existing in Dutch? Our instructors are not all comfortable in French or English. If not, English is ok but it will take more time.

Secretariaat Vliegclub De Kempen

@@ en23 | reply: refuse | from: vorstand@fg-thun.ch | ref: OF-2026-1223 | ours: estimate | style: plain | note: non-native
--
Hello,

The board has decided to not do this modification. Thank you anyway for the estimation.

Fluggruppe Thun

@@ en24 | reply: question | from: pieter.vanwyk@mweb.co.za | ref: OF-2026-1224 | ours: estimate | style: gmail | note: agrees only if under two hours
--
Hi,

OK as long as it stays under two hours - we've only got a couple left for the year.

Pieter
"""
