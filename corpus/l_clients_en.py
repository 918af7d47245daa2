"""The English-writing client records of set ``l`` (written to clients.csv beside the messages).

Fourteen clubs and schools from the UK, Ireland, the Netherlands, Germany, Sweden, Norway, Finland,
Poland, Czechia, Malta, Portugal and Canada, all writing in English. Five are on First Price (their
replies answer our migration-fee, manual-reset and e-mail-update messages); the others are on
Business, Première or Corporate.
"""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
kestrel-fields|Kestrel Fields Flying Group|first_price|kestrelfieldsfg@btinternet.com|secretary.kff@gmail.com|3.5|Alistair Pennock|a.pennock@btinternet.com|3|club|en|2026
shannonside-flying|Shannonside Flying Club|business|info@shannonsideflying.ie|accounts@shannonsideflying.ie|3.6|Declan Furlong|declanfurlong@eircom.net|4|club|en|2026
texel-zweefvliegclub|Zweefvliegclub Texel|first_price|bestuur@zvctexel.nl|zvctexel@outlook.com|3.5|Marleen Wijnstra|m.wijnstra@ziggo.nl|3|club|en|2026
peelland-wings|Peelland Wings Flight School B.V.|premiere|planning@peellandwings.nl|finance@peellandwings.nl|3.6|Joost Verbeek|j.verbeek@peellandwings.nl|6|company|en|2026
hunsrueck-fliegergruppe|Fliegergruppe Hunsrück e.V.|business|vorstand@fg-hunsrueck.de|kasse@fg-hunsrueck.de|3.6|Hartmut Ziegenbein|h.ziegenbein@web.de|5|club|en|2026
lausitz-flugschule|Flugschule Oberlausitz GmbH|corporate|info@flugschule-oberlausitz.de|rechnung@flugschule-oberlausitz.de|4|Sabine Wörle|s.woerle@flugschule-oberlausitz.de|9|company|en|2026
sundsvall-flygklubb|Sundsvalls Flygklubb|business|styrelsen@sundsvallsflygklubb.se|kassor@sundsvallsflygklubb.se|3.5|Lennart Bergqvist|lennart.bergqvist@bredband.net|4|club|en|2026
bodo-flyklubb|Bodø Flyklubb|first_price|post@bodoflyklubb.no|post@bodoflyklubb.no|3.6|Håkon Skjelbred|hakon.skjelbred@online.no|2|club|en|2026
wisla-aeroklub|Aeroklub Doliny Wisły|business|biuro@aeroklubwisla.pl|ksiegowosc@aeroklubwisla.pl|3.6|Tomasz Wierzbicki|t.wierzbicki@wp.pl|5|club|en|2026
moravska-letecka|Moravská letecká škola s.r.o.|premiere|provoz@moravska-ls.cz|ucetni@moravska-ls.cz|3.6|Radek Novotný|radek.novotny@seznam.cz|6|company|en|2026
grandharbour-flight|Grand Harbour Flight Training Ltd|corporate|ops@ghft.com.mt|accounts@ghft.com.mt|4|Clayton Farrugia|clayton.farrugia@ghft.com.mt|5|company|en|2026
alentejo-aeroclube|Aeroclube do Baixo Alentejo|first_price|aeroclubebaixoalentejo@gmail.com|aeroclubebaixoalentejo@gmail.com|3.5|Rui Carvalhosa|rui.carvalhosa@sapo.pt|3|club|en|2026
muskoka-flying|Muskoka Lakes Flying Club|business|info@muskokaflying.ca|treasurer@muskokaflying.ca|3.6|Brenda MacAllister|brenda.macallister@outlook.com|4|club|en|2026
oulu-ilmailijat|Oulun Seudun Ilmailijat ry|first_price|hallitus@osilmailijat.fi|osilmailijat@gmail.com|3.6|Mikko Pesonen|mikko.pesonen@kolumbus.fi|3|club|en|2026
""".strip()
