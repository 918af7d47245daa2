"""The English-writing client records of set ``k`` (written to clients.csv beside the messages).

Sixteen clubs and schools from the UK, Ireland, Germany, the Netherlands, the Nordic countries,
German-speaking Switzerland, Austria, Malta, Cyprus, Iceland and Estonia, all writing in English.
"""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
dunstable-gliding|Dunstable Downs Soaring Club|first_price|office@dunstablesoaring.org.uk|treasurer@dunstablesoaring.org.uk|3.5|Geoffrey Stanbridge|g.stanbridge@btinternet.com|4|club|en|2026
reykjavik-flugklubbur|Flugklúbbur Reykjavíkur|business|flugklubbur@flugrvk.is|gjaldkeri@flugrvk.is|3.6|Sigríður Jónsdóttir|siggajons@simnet.is|4|club|en|2026
birr-aeroclub|Birr Aero Club|first_price|birraeroclub@gmail.com|birraeroclub@gmail.com|3.6|Fergal Nolan|fergal.nolan@eircom.net|3|club|en|2026
bremen-flugschule|Flugschule Bremen GmbH|corporate|info@flugschule-bremen.de|buchhaltung@flugschule-bremen.de|4|Katrin Ohlsen|k.ohlsen@flugschule-bremen.de|10|company|en|2026
lelystad-vliegclub|Vliegclub Lelystad|business|secretaris@vliegclublelystad.nl|penningmeester@vliegclublelystad.nl|3.5|Pieter van Dijk|p.vandijk@kpnmail.nl|6|club|en|2026
aalborg-flyveklub|Aalborg Flyveklub|first_price|kontakt@aalborgflyveklub.dk|kontakt@aalborgflyveklub.dk|3.5|Birthe Søndergaard|birthe.sondergaard@mail.dk|3|club|en|2026
vasteras-flygklubb|Västerås Flygklubb|business|info@vasterasflygklubb.se|kassor@vasterasflygklubb.se|3.6|Göran Ekholm|goran.ekholm@telia.com|5|club|en|2026
tampere-ilmailukerho|Tampereen Ilmailukerho ry|premiere|toimisto@tampereenilmailukerho.fi|rahastonhoitaja@tampereenilmailukerho.fi|3.6|Jukka Heinonen|jukka.heinonen@elisanet.fi|7|club|en|2026
sandnes-flyskole|Sandnes Flyskole AS|corporate|post@sandnesflyskole.no|regnskap@sandnesflyskole.no|4|Ingrid Tveit|ingrid.tveit@sandnesflyskole.no|8|company|en|2026
luzern-segelflug|Segelfluggruppe Luzern|first_price|sekretariat@sg-luzern.ch|sekretariat@sg-luzern.ch|3.6|Urs Bachmann|urs.bachmann@bluewin.ch|4|club|en|2026
graz-fliegerclub|Fliegerclub Graz|business|office@fliegerclub-graz.at|kassier@fliegerclub-graz.at|3.6|Wolfgang Strohmaier|w.strohmaier@aon.at|5|club|en|2026
gozo-heliacademy|Gozo Helicopter Academy Ltd|business|ops@gozoheli.com.mt|accounts@gozoheli.com.mt|4|Reuben Zammit-Borg|reuben.zammitborg@gozoheli.com.mt|4|company|en|2026
limassol-aeroclub|Limassol Aero Club|first_price|limassolaeroclub@cytanet.com.cy|limassolaeroclub@cytanet.com.cy|3.5|Stelios Charalambous|s.charalambous@cytanet.com.cy|2|club|en|2026
tartu-lennuklubi|Tartu Lennuklubi MTÜ|business|info@tartulennuklubi.ee|raamatupidamine@tartulennuklubi.ee|3.6|Kristjan Tamm|kristjan.tamm@gmail.com|3|club|en|2026
dundee-flightacademy|Tayside Flight Academy Ltd|premiere|office@taysideflight.co.uk|finance@taysideflight.co.uk|3.6|Morag Drummond|morag.drummond@taysideflight.co.uk|7|company|en|2026
koblenz-luftsport|Luftsportverein Koblenz e.V.|business|vorstand@lsv-koblenz.de|kasse@lsv-koblenz.de|3.5|Rüdiger Kallenbach|r.kallenbach@web.de|7|club|en|2026
""".strip()
