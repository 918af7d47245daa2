"""The client records that the replies of sealed set ``h`` refer to (written to clients.csv beside the
messages): 14 French-speaking structures (France incl. overseas, Belgium, Switzerland, Québec) and 10
English-writing ones (UK, Ireland, Germany, Netherlands, Nordic countries, Malta)."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
ac-cote-opale|Aéro-Club de la Côte d'Opale|business|contact@accoteopale.fr|tresorier@accoteopale.fr|3.6|Didier Lefebvre|didier.lefebvre62@orange.fr|5|club|fr|2026
ulm-camargue|ULM Club de Camargue|first_price|ulmcamargue@free.fr|ulmcamargue@free.fr|3.5|Patrice Roux|patrice.roux13@laposte.net|2|club|fr|2026
cvv-vercors|Centre de Vol à Voile du Vercors|business|secretariat@cvv-vercors.fr|tresorerie@cvv-vercors.fr|3.6|Agnès Brun|agnes.brun38@wanadoo.fr|8|club|fr|2026
ac-bretagne-sud|Aéro-Club de Bretagne Sud|premiere|bureau@acbretagnesud.fr|compta@acbretagnesud.fr|3.6|Yann Le Guennec|yann.leguennec56@gmail.com|7|club|fr|2026
atlantique-pilotes|Atlantique Pilotes Formation SARL|corporate|direction@atlantique-pilotes.fr|gestion@atlantique-pilotes.fr|4|Karine Baudry|k.baudry@atlantique-pilotes.fr|12|company|fr|2026
ac-morvan|Aéro-Club du Morvan|first_price|aeroclubmorvan@orange.fr|aeroclubmorvan@orange.fr|3.6|Gérard Pelletier|gerard.pelletier58@orange.fr|3|club|fr|2026
ac-roland-garros|Aéro-Club Roland Garros (La Réunion)|business|secretariat@acrg974.re|tresorerie@acrg974.re|3.6|Jean-Marc Payet|jm.payet974@orange.fr|6|club|fr|2026
ac-martinique|Aéro-Club de la Martinique|first_price|aeroclub.martinique@wanadoo.fr|aeroclub.martinique@wanadoo.fr|3.5|Line Sainte-Rose|line.sainterose972@gmail.com|3|club|fr|2026
ac-hainaut|Aéro-Club du Hainaut|business|secretariat@aeroclubhainaut.be|tresorier@aeroclubhainaut.be|3.6|Marc Dubois|marc.dubois@skynet.be|4|club|fr|2026
cvv-ardennes|Centre de Vol à Voile des Ardennes|first_price|cvvardennes@proximus.be|secretariat.cvvardennes@gmail.com|3.6|Luc Lambert|luc.lambert@scarlet.be|6|club|fr|2026
gvm-blecherette|Groupe de Vol à Moteur de la Blécherette|business|secretariat@gvm-blecherette.ch|caissier@gvm-blecherette.ch|3.6|Stéphane Rochat|s.rochat@bluewin.ch|5|club|fr|2027
leman-aviation|Léman Aviation École SA|corporate|info@leman-aviation.ch|compta@leman-aviation.ch|4|Valérie Dufour|v.dufour@leman-aviation.ch|8|company|fr|2026
ca-saguenay|Club aéronautique du Saguenay|business|info@aerosaguenay.qc.ca|tresorerie@aerosaguenay.qc.ca|3.6|Sylvain Tremblay|sylvain.tremblay@videotron.ca|4|club|fr|2026
pilotage-laurentides|École de pilotage des Laurentides inc.|premiere|admin@pilotagelaurentides.ca|compta@pilotagelaurentides.ca|3.6|Marie-Ève Gagnon|me.gagnon@pilotagelaurentides.ca|7|company|fr|2026
fenland-flyers|Fenland Flying Group|first_price|fenlandflyers@gmail.com|fenlandflyers@gmail.com|3.6|Colin Whitby|colin.whitby@btinternet.com|3|club|en|2026
pennine-aviation|Pennine Aviation Academy Ltd|corporate|ops@pennineaviation.co.uk|accounts@pennineaviation.co.uk|4|Rachel Dawson|rachel.dawson@pennineaviation.co.uk|10|company|en|2026
highland-gliding|Highland Gliding Club|business|secretary@highlandgliding.org.uk|treasurer@highlandgliding.org.uk|3.6|Alasdair MacLeod|a.macleod@talktalk.net|6|club|en|2026
kerry-aero|Kerry Aero Club|first_price|kerryaeroclub@eircom.net|kerryaeroclub@eircom.net|3.5|Declan O'Sullivan|declan.osullivan@gmail.com|2|club|en|2026
fsv-schwaben|Flugsportverein Schwaben e.V.|business|vorstand@fsv-schwaben.de|kasse@fsv-schwaben.de|3.6|Klaus Brenner|k.brenner@web.de|7|club|en|2026
vliegclub-zeeland|Vliegclub Zeeland|premiere|secretariaat@vliegclubzeeland.nl|penningmeester@vliegclubzeeland.nl|3.6|Pieter van Dam|p.vandam@kpnmail.nl|5|club|en|2026
roskilde-flyveklub|Roskilde Flyveklub|business|bestyrelse@roskildeflyveklub.dk|kasserer@roskildeflyveklub.dk|3.6|Henrik Mortensen|henrik.mortensen@mail.dk|4|club|en|2026
gota-flygklubb|Göta Flygklubb|first_price|info@gotaflygklubb.se|styrelsen@gotaflygklubb.se|3.6|Anna Lindqvist|anna.lindqvist@telia.com|3|club|en|2026
malmi-flight|Malmi Flight School Oy|corporate|office@malmiflight.fi|billing@malmiflight.fi|4|Mikko Virtanen|mikko.virtanen@malmiflight.fi|9|company|en|2027
medflight-malta|Mediterranean Flight Training Ltd|business|info@medflight.com.mt|accounts@medflight.com.mt|3.6|Joseph Camilleri|joseph.camilleri@melita.net|5|company|en|2026
""".strip()
