"""The client records that set ``h``'s first contacts (``h_kinds_fr``, ``h_kinds_en``) refer to.

Thirty clubs and schools of their own: twenty French-speaking (France with Réunion and Martinique,
Belgium, Switzerland, Québec) and ten writing in English (UK, Ireland, Malta, Germany, the
Netherlands, Sweden, Norway, Denmark). Some First Price clubs keep one address for both the client and
the contact e-mail, as small clubs do.
"""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
ac-cognac|Aéro-Club de Cognac|business|aeroclub.cognac@orange.fr|secretariat.accognac@gmail.com|3.6|Pascal Rivière|pascal.riviere16@orange.fr|5|club|fr|2026
ulm-vaccares|ULM Club du Vaccarès|first_price|ulmvaccares@free.fr|ulmvaccares@free.fr|3.5|Fabien Aubanel|f.aubanel13@laposte.net|3|club|fr|2026
cvv-vosges|Centre de Vol à Voile des Vosges|business|contact@cvv-vosges.fr|tresorier@cvv-vosges.fr|3.6|Gérard Thiébaut|gerard.thiebaut88@wanadoo.fr|8|club|fr|2026
ac-morlaix|Aéro-Club du Pays de Morlaix|first_price|acmorlaix@wanadoo.fr|bureau.acmorlaix@gmail.com|3.6|Yann Le Bihan|yann.lebihan29@orange.fr|3|club|fr|2026
aeropyrenees|Aéro Pyrénées Formation SARL|corporate|direction@aeropyrenees-formation.fr|compta@aeropyrenees-formation.fr|4|Laurence Bordenave|l.bordenave@aeropyrenees-formation.fr|12|company|fr|2026
ac-bourg-bresse|Aéro-Club de Bourg-en-Bresse|premiere|bureau@acbourg.fr|tresorerie@acbourg.fr|3.6|Denis Moiroud|denis.moiroud01@free.fr|7|club|fr|2026
ac-saint-pierre-974|Aéro-Club de Saint-Pierre (La Réunion)|business|contact@acsp974.re|tresorier@acsp974.re|3.6|Jean-Marc Payet|payet.jeanmarc@orange.fr|4|club|fr|2026
ac-lamentin|Aéro-Club du Lamentin|first_price|aeroclub.lamentin@orange.fr|secretariat.acl972@gmail.com|3.5|Lucienne Rosette|l.rosette972@wanadoo.fr|3|club|fr|2026
ac-nimes|Aéro-Club de Nîmes Garons|business|contact@aeroclub-nimes.fr|tresorerie@aeroclub-nimes.fr|3.6|Hervé Castanier|herve.castanier30@sfr.fr|6|club|fr|2026
ac-vendee|Aéro-Club de Vendée Les Sables|business|acvendee@orange.fr|compta.acvendee@orange.fr|4|Chantal Guérineau|chantal.guerineau85@laposte.net|4|club|fr|2026
ulm-lomagne|ULM Lomagne|first_price|ulm.lomagne@gmail.com|ulm.lomagne@gmail.com|3.6|Thierry Sabathé|thierry.sabathe32@orange.fr|2|club|fr|2026
rac-spa|Royal Aéro-Club de Spa|business|secretariat@aeroclubspa.be|tresorier@aeroclubspa.be|3.6|Marc Lejeune|marc.lejeune@skynet.be|6|club|fr|2026
cvv-saint-hubert|Club de Vol à Voile de Saint-Hubert|first_price|cvvsthubert@gmail.com|cvvsthubert@gmail.com|3.5|Benoît Collignon|benoit.collignon@proximus.be|4|club|fr|2026
charleroi-aviation|Charleroi Aviation School SRL|corporate|info@charleroiaviation.be|compta@charleroiaviation.be|4|Véronique Dubois|v.dubois@charleroiaviation.be|8|company|fr|2026
gvv-gruyere|Groupe de Vol à Voile de la Gruyère|business|secretariat@gvv-gruyere.ch|caissier@gvv-gruyere.ch|3.6|Jean-Daniel Pasquier|jd.pasquier@bluewin.ch|5|club|fr|2026
ag-jura|Aéro-Groupe du Jura|first_price|aerogroupe.jura@bluewin.ch|aerogroupe.jura@bluewin.ch|3.6|Raphaël Chappuis|r.chappuis@sunrise.ch|3|club|fr|2026
leman-flight|Léman Flight Training SA|corporate|info@lemanflight.ch|admin@lemanflight.ch|4|Caroline Favre|c.favre@lemanflight.ch|10|company|fr|2026
ca-lac-saint-jean|Club aéronautique du Lac-Saint-Jean|business|info@aeroalma.qc.ca|tresorerie@aeroalma.qc.ca|3.6|Réjean Tremblay|rejean.tremblay@videotron.ca|4|club|fr|2026
cvv-quebec|Club de vol à voile de Québec|first_price|cvvq@videotron.ca|cvvq@videotron.ca|3.5|Mélanie Bouchard|melanie.bouchard@hotmail.com|5|club|fr|2026
aviation-laurentides|École d'aviation des Laurentides inc.|premiere|admin@aviationlaurentides.ca|compta@aviationlaurentides.ca|3.6|Sylvain Gagnon|s.gagnon@aviationlaurentides.ca|9|company|fr|2026
breckland-flyers|Breckland Flying Group|first_price|brecklandflyers@gmail.com|brecklandflyers@gmail.com|3.6|Alan Cropley|alan.cropley@btinternet.com|3|club|en|2026
highland-aero|Highland Aero Club|business|secretary@highlandaeroclub.co.uk|treasurer@highlandaeroclub.co.uk|3.6|Fiona MacLeod|fiona.macleod@highlandaeroclub.co.uk|5|club|en|2026
severn-gliding|Severn Valley Gliding Club|premiere|office@severnvalleygliding.org.uk|treasurer@severnvalleygliding.org.uk|3.6|Rhys Powell|rhys.powell@sky.com|9|club|en|2026
kerry-aviation|Kerry Aviation Academy Ltd|corporate|ops@kerryaviation.ie|accounts@kerryaviation.ie|4|Declan O'Sullivan|declan.osullivan@kerryaviation.ie|10|company|en|2026
malta-aeroclub|Malta Aero Club|business|info@maltaaeroclub.org.mt|treasurer@maltaaeroclub.org.mt|3.6|Mario Vella|mario.vella@melita.net|4|club|en|2026
fsv-kirchheim|Flugsportverein Kirchheim e.V.|business|vorstand@fsv-kirchheim.de|kasse@fsv-kirchheim.de|3.6|Stefan Brenner|stefan.brenner@web.de|7|club|en|2026
aeroclub-drenthe|Aeroclub Drenthe|first_price|secretariaat@aeroclubdrenthe.nl|penningmeester@aeroclubdrenthe.nl|3.5|Henk Mulder|h.mulder@kpnmail.nl|3|club|en|2026
ostersund-fk|Östersunds Flygklubb|business|styrelsen@ostersundsflygklubb.se|kassor@ostersundsflygklubb.se|3.6|Anna Lindqvist|anna.lindqvist62@telia.com|4|club|en|2026
sola-flyklubb|Sola Flyklubb|first_price|post@solaflyklubb.no|post@solaflyklubb.no|3.6|Kristian Haugland|kristian.haugland@online.no|2|club|en|2026
skive-flyveskole|Skive Flyveskole ApS|corporate|kontor@skiveflyveskole.dk|regnskab@skiveflyveskole.dk|4|Mette Kjærgaard|mette@skiveflyveskole.dk|6|company|en|2026
""".strip()
