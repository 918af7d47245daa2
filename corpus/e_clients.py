"""The client records that set ``e`` refers to (written to clients.csv beside the messages)."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
ac-berry|Aéro-Club du Berry|business|aeroclub.berry@orange.fr|tresorerie.acberry@gmail.com|3.6|Alain Ducros|alain.ducros18@orange.fr|5|club|fr|2026
cvv-millau|Club de Vol à Voile de Millau-Larzac|first_price|cvv.millau@wanadoo.fr|cvv.millau@wanadoo.fr|3.5|Josiane Fabre|josiane.fabre12@wanadoo.fr|4|club|fr|2026
ulm-marais-poitevin|ULM du Marais Poitevin|first_price|ulm.maraispoitevin@free.fr|secretaire.ulmmp@laposte.net|3.6|Thierry Guérin|thierry.guerin79@free.fr|2|club|fr|2026
horizon-pilotage|Horizon Pilotage Lyon SAS|corporate|contact@horizon-pilotage.fr|compta@horizon-pilotage.fr|4|Laurent Bessière|l.bessiere@horizon-pilotage.fr|12|company|fr|2026
ac-cote-emeraude|Aéro-Club de la Côte d'Émeraude|business|secretariat@ac-cote-emeraude.fr|tresorier@ac-cote-emeraude.fr|3.6|Yannick Le Goff|yannick.legoff35@orange.fr|6|club|fr|2026
ac-vosgien|Aéro-Club Vosgien d'Épinal|premiere|bureau@aeroclub-vosgien.fr|comptes@aeroclub-vosgien.fr|3.6|Gérard Thiriet|gerard.thiriet88@sfr.fr|9|club|fr|2026
ac-gers|Aéro-Club du Gers|business|aeroclubdugers@orange.fr|aeroclubdugers.compta@orange.fr|3.5|Nadine Castaing|nadine.castaing32@gmail.com|4|club|fr|2026
ac-spm|Aéro-Club de Saint-Pierre-et-Miquelon|first_price|aeroclub.spm@cheznoo.net|aeroclub.spm@cheznoo.net|3.6|Yann Detcheverry|yann.detcheverry@cheznoo.net|2|club|fr|2026
ulm-caraibes|ULM Caraïbes Le Lamentin|business|ulmcaraibes972@orange.fr|compta.ulmcaraibes@gmail.com|3.6|Fabrice Rosemond|fabrice.rosemond@orange.fr|3|club|fr|2026
ac-saint-denis-reunion|Aéro-Club Dionysien de La Réunion|business|contact@acdionysien.re|tresorier@acdionysien.re|3.6|Véronique Payet|vero.payet974@orange.fr|5|club|fr|2026
skyline-formation|Skyline Formation Aéronautique SARL|business|accueil@skyline-formation.fr|gerance@skyline-formation.fr|4|Karim Benali|k.benali@skyline-formation.fr|7|company|fr|2026
ac-hainaut|Aéro-Club du Hainaut|business|info@achainaut.be|tresorier@achainaut.be|3.6|Benoît Lambotte|benoit.lambotte@skynet.be|5|club|fr|2026
cvv-condroz|Club de Vol à Voile du Condroz|first_price|cvvcondroz@skynet.be|cvvcondroz.secretariat@gmail.com|3.5|Anne-Françoise Henrard|af.henrard@proximus.be|6|club|fr|2026
gvm-fribourg|Groupe de Vol Moteur de Fribourg|premiere|secretariat@gvm-fribourg.ch|caissier@gvm-fribourg.ch|3.6|Jean-Marc Rossier|jm.rossier@bluewin.ch|8|club|fr|2026
ecole-leman|École d'Aviation du Léman SA|corporate|admin@aviation-leman.ch|finance@aviation-leman.ch|4|Stéphanie Décosterd|s.decosterd@aviation-leman.ch|10|company|fr|2026
ac-luxembourg|Aéroclub Grand-Ducal|business|secretariat@aeroclub-grandducal.lu|tresorier@aeroclub-grandducal.lu|3.6|Paul Weber|paul.weber@pt.lu|6|club|fr|2026
ca-laurentides|Club d'aviation des Laurentides|business|info@aviationlaurentides.ca|tresorerie@aviationlaurentides.ca|3.6|Sylvain Gagnon|sylvain.gagnon@videotron.ca|5|club|fr|2026
pilotage-saguenay|École de pilotage Saguenay inc.|corporate|admin@pilotagesaguenay.ca|comptabilite@pilotagesaguenay.ca|4|Marie-Ève Tremblay|me.tremblay@pilotagesaguenay.ca|11|company|fr|2026
cvv-quebec|Club de vol à voile de Québec|first_price|cvvquebec@hotmail.com|cvvquebec@hotmail.com|3.6|Réjean Bouchard|rejean.bouchard@videotron.ca|4|club|fr|2026
fenland-flyers|Fenland Flying Group|first_price|fenlandflyers@gmail.com|fenlandflyers@gmail.com|3.6|Derek Holloway|derek.holloway@btinternet.com|3|club|en|2026
solent-school|Solent School of Flying Ltd|corporate|ops@solentschool.co.uk|accounts@solentschool.co.uk|4|Priya Shah|priya.shah@solentschool.co.uk|10|company|en|2026
kerry-aero|Kerry Aero Club|business|kerryaeroclub@eircom.net|treasurer.kerryaero@gmail.com|3.6|Declan O'Sullivan|declan.osullivan@eircom.net|4|club|en|2026
highveld-flyers|Highveld Flying Club|business|admin@highveldflying.co.za|treasurer@highveldflying.co.za|3.6|Pieter van Wyk|pieter.vanwyk@mweb.co.za|6|club|en|2026
hunter-valley-aero|Hunter Valley Aero Club|business|office@huntervalleyaero.com.au|office@huntervalleyaero.com.au|3.5|Sharon McKenzie|sharon.mckenzie@bigpond.com|5|club|en|2026
cascade-soaring|Cascade Soaring Society|first_price|info@cascadesoaring.org|treasurer@cascadesoaring.org|3.6|Mike Reynolds|mreynolds@comcast.net|5|club|en|2026
vliegclub-kempen|Vliegclub De Kempen|business|secretariaat@vliegclubkempen.be|penningmeester@vliegclubkempen.be|3.6|Koen Peeters|koen.peeters@telenet.be|4|club|en|2026
fg-thun|Fluggruppe Thun|premiere|vorstand@fg-thun.ch|kasse@fg-thun.ch|3.6|Ursula Steiner|ursula.steiner@bluewin.ch|7|club|en|2026
""".strip()
