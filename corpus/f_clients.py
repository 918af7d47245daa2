"""The client records that set ``f`` refers to (written to clients.csv beside the messages)."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
ac-quercy|Aéro-Club du Quercy|business|aeroclub.quercy@orange.fr|tresorier.acquercy@gmail.com|3.6|Bernard Lacombe|bernard.lacombe46@orange.fr|5|club|fr|2026
ulm-val-de-loire|ULM Club Val de Loire|first_price|ulmvaldeloire@free.fr|ulmvaldeloire@free.fr|3.5|Martine Chevalier|martine.chevalier41@laposte.net|2|club|fr|2026
ac-pays-basque|Aéro-Club du Pays Basque|premiere|bureau@acpaysbasque.fr|compta@acpaysbasque.fr|3.6|Iñaki Etcheverry|i.etcheverry64@gmail.com|9|club|fr|2026
cvv-alsace|Centre de Vol à Voile d'Alsace|business|secretariat@cvv-alsace.fr|tresorerie@cvv-alsace.fr|3.6|Hubert Kieffer|hubert.kieffer67@wanadoo.fr|7|club|fr|2026
azur-aviation|Azur Aviation Formation SAS|corporate|direction@azur-aviation.fr|admin@azur-aviation.fr|4|Sandrine Morel|s.morel@azur-aviation.fr|13|company|fr|2026
ac-limousin|Aéro-Club du Limousin|first_price|aeroclub.limousin@laposte.net|aeroclub.limousin@laposte.net|3.6|Jean-Claude Faucher|jc.faucher87@orange.fr|3|club|fr|2026
ac-guadeloupe|Aéro-Club de Guadeloupe|business|contact@acguadeloupe.gp|tresorier@acguadeloupe.gp|3.6|Max Bélénus|max.belenus@wanadoo.fr|4|club|fr|2026
ac-guyane|Aéro-Club de Guyane|first_price|aeroclubguyane@orange.fr|aeroclubguyane@orange.fr|3.5|Sophie Horth|sophie.horth973@gmail.com|2|club|fr|2026
ac-caledonie|Aéro-Club Calédonien|business|secretariat@aeroclub.nc|tresorerie@aeroclub.nc|3.6|Thierry Wamytan|t.wamytan@lagoon.nc|6|club|fr|2026
ac-tahiti|Aéro-Club de Tahiti|premiere|bureau@aeroclubtahiti.pf|compta@aeroclubtahiti.pf|3.6|Moana Teriitehau|moana.teriitehau@mail.pf|5|club|fr|2026
ac-namur|Aéro-Club de Namur|business|info@aeroclubnamur.be|tresorerie@aeroclubnamur.be|3.6|Philippe Delvaux|philippe.delvaux@skynet.be|5|club|fr|2026
ecole-liege|Liège Flight Academy SPRL|corporate|office@liegeflight.be|finances@liegeflight.be|4|Nathalie Renard|n.renard@liegeflight.be|9|company|fr|2026
gv-neuchatel|Groupe de Vol à Voile de Neuchâtel|first_price|gvvneuchatel@bluewin.ch|gvvneuchatel@bluewin.ch|3.6|Olivier Jeanneret|o.jeanneret@bluewin.ch|5|club|fr|2026
ag-valais|Aéro-Groupe du Valais|business|secretariat@aerogroupe-valais.ch|caisse@aerogroupe-valais.ch|3.6|Christophe Zufferey|c.zufferey@netplus.ch|6|club|fr|2026
ca-mauricie|Club aéronautique de la Mauricie|business|info@aeromauricie.qc.ca|tresorerie@aeromauricie.qc.ca|3.6|Guylaine Lemieux|guylaine.lemieux@cgocable.ca|4|club|fr|2026
aviation-outaouais|Aviation Outaouais inc.|corporate|admin@aviationoutaouais.ca|compta@aviationoutaouais.ca|4|Étienne Lavoie|e.lavoie@aviationoutaouais.ca|10|company|fr|2026
wolds-gliding|Wolds Gliding Club|first_price|woldsgliding@gmail.com|woldsgliding@gmail.com|3.6|Graham Pickering|graham.pickering@btinternet.com|4|club|en|2026
cotswold-aviation|Cotswold Aviation Training Ltd|corporate|ops@cotswoldaviation.co.uk|accounts@cotswoldaviation.co.uk|4|Helen Marsh|helen.marsh@cotswoldaviation.co.uk|11|company|en|2026
shannon-flyers|Shannon Flying Club|business|secretary@shannonflyers.ie|treasurer@shannonflyers.ie|3.6|Siobhán Keane|siobhan.keane@eircom.net|5|club|en|2026
lsv-rheinland|Luftsportverein Rheinland e.V.|business|vorstand@lsv-rheinland.de|kasse@lsv-rheinland.de|3.6|Jürgen Hoffmann|j.hoffmann@t-online.de|6|club|en|2026
fliegerclub-allgaeu|Fliegerclub Allgäu e.V.|premiere|info@fc-allgaeu.de|schatzmeister@fc-allgaeu.de|3.6|Monika Bauer|monika.bauer@gmx.de|8|club|en|2026
vliegschool-twente|Vliegschool Twente B.V.|corporate|info@vliegschooltwente.nl|administratie@vliegschooltwente.nl|4|Ruud Jansen|r.jansen@vliegschooltwente.nl|9|company|en|2026
zweefclub-veluwe|Zweefvliegclub Veluwe|first_price|bestuur@zcveluwe.nl|bestuur@zcveluwe.nl|3.5|Marieke de Vries|marieke.devries@ziggo.nl|5|club|en|2026
""".strip()
