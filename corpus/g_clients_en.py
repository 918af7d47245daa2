"""The English-writing client records of set ``g`` (UK, Ireland, Germany, Netherlands, Denmark, Sweden,
Norway, Malta, Luxembourg), written to clients.csv beside the messages."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
fenland-flyers|Fenland Flyers Club|first_price|fenlandflyers@gmail.com|fenlandflyers@gmail.com|3.5|Derek Holloway|derek.holloway@btinternet.com|3|club|en|2026
solent-flight|Solent Flight Training Ltd|corporate|ops@solentflighttraining.co.uk|accounts@solentflighttraining.co.uk|4|Priya Shah|priya.shah@solentflighttraining.co.uk|12|company|en|2026
pennine-gliding|Pennine Gliding Club|business|secretary@penninegliding.org.uk|treasurer@penninegliding.org.uk|3.6|Alistair Greenwood|a.greenwood@talktalk.net|6|club|en|2026
highland-aero|Highland Aero Club|first_price|highlandaeroclub@outlook.com|highlandaeroclub@outlook.com|3.6|Fiona MacLeod|fiona.macleod58@gmail.com|2|club|en|2026
kerry-aero|Kerry Aero Club|business|info@kerryaeroclub.ie|accounts@kerryaeroclub.ie|3.6|Declan O'Sullivan|declan.osullivan@eircom.net|4|club|en|2026
wicklow-microlights|Wicklow Microlight Club|first_price|wicklowmicrolights@gmail.com|wicklowmicrolights@gmail.com|3.5|Ciara Byrne|ciara.byrne@yahoo.ie|3|club|en|2026
lsg-weserbergland|Luftsportgruppe Weserbergland e.V.|business|vorstand@lsg-weserbergland.de|kasse@lsg-weserbergland.de|3.6|Klaus-Dieter Brandt|kd.brandt@web.de|7|club|en|2026
fsv-oberpfalz|Flugsportverein Oberpfalz e.V.|first_price|info@fsv-oberpfalz.de|info@fsv-oberpfalz.de|3.6|Stefanie Wagner|steffi.wagner@gmx.de|4|club|en|2026
hanse-flight|Hanse Flight Academy GmbH|corporate|office@hanseflight.de|buchhaltung@hanseflight.de|4|Henning Petersen|h.petersen@hanseflight.de|14|company|en|2026
vliegclub-friesland|Vliegclub Friesland|business|secretaris@vliegclubfriesland.nl|penningmeester@vliegclubfriesland.nl|3.6|Sjoerd Hoekstra|s.hoekstra@kpnmail.nl|5|club|en|2026
vliegschool-zeeland|Vliegschool Zeeland B.V.|premiere|info@vliegschoolzeeland.nl|boekhouding@vliegschoolzeeland.nl|3.6|Bram van Dijk|bram.vandijk@vliegschoolzeeland.nl|8|company|en|2026
fyns-flyveklub|Fyns Flyveklub|premiere|bestyrelse@fynsflyveklub.dk|kasserer@fynsflyveklub.dk|3.6|Mette Rasmussen|mette.rasmussen@mail.dk|5|club|en|2026
ostgota-flygklubb|Östgöta Flygklubb|first_price|info@ostgotaflygklubb.se|kassor@ostgotaflygklubb.se|3.6|Lars Lindqvist|lars.lindqvist@telia.com|4|club|en|2026
trondelag-flyklubb|Trøndelag Flyklubb|business|post@trondelagflyklubb.no|okonomi@trondelagflyklubb.no|4|Ingrid Solberg|ingrid.solberg@online.no|6|club|en|2026
malta-aviation-academy|Malta Aviation Academy Ltd|business|admin@maltaaviationacademy.com.mt|finance@maltaaviationacademy.com.mt|3.6|Joseph Camilleri|joseph.camilleri@maltaaviationacademy.com.mt|7|company|en|2026
lux-flightclub|Luxembourg Flight Club a.s.b.l.|first_price|committee@luxflightclub.lu|treasurer@luxflightclub.lu|3.6|Marc Weber|marc.weber@pt.lu|3|club|en|2026
""".strip()
