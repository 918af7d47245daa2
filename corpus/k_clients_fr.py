"""The French-speaking client records that set ``k``'s French replies refer to (written to clients.csv
beside the messages): clubs and schools in France (mainland and overseas), Belgium, Switzerland and
Québec. First Price clients (no bonus hours) get the migration-fee, manual-reset and e-mail-update
messages; the others the estimates, quotes, pooled hours and test platforms; migration terms and
alpha terms only go to clients still on 3.x."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
ulm-loudun|ULM Club du Loudunois|first_price|ulm.loudunois@orange.fr|ulm.loudunois@orange.fr|3.5|Gérard Brunet|gerard.brunet86@orange.fr|2|club|fr|2026
ac-pontarlier|Aéro-Club du Haut-Doubs|business|contact@aeroclub-hautdoubs.fr|tresorier@aeroclub-hautdoubs.fr|3.6|Vincent Jeunet|v.jeunet25@gmail.com|4|club|fr|2026
avf-feurs|Association Vélivole du Forez|business|secretariat@velivole-forez.fr|tresorerie@velivole-forez.fr|3.6|Annick Perrin|annick.perrin42@free.fr|8|club|fr|2026
as-ambert|Aéro-Sport du Livradois|first_price|aerosport.livradois@wanadoo.fr|aerosport.livradois@gmail.com|3.6|René Chassaing|rene.chassaing63@wanadoo.fr|3|club|fr|2026
ep-montelimar|Montélimar Pilotage SARL|corporate|direction@montelimar-pilotage.fr|compta@montelimar-pilotage.fr|4|Karim Bensaïd|k.bensaid@montelimar-pilotage.fr|11|company|fr|2026
acs-pierrefonds|Aéro-Club Sud Réunion|business|bureau@aeroclubsudreunion.re|tresorier@aeroclubsudreunion.re|3.6|Jean-Marc Payet|jm.payet974@orange.fr|5|club|fr|2026
ac-lamentin|Aéro-Club du Lamentin|first_price|aeroclub.lamentin@orange.fr|aeroclub.lamentin@orange.fr|3.5|Rose-Marie Jean-Louis|rosemarie.jeanlouis@wanadoo.fr|2|club|fr|2026
ulm-dzaoudzi|ULM Club de Petite-Terre|first_price|ulmpetiteterre@gmail.com|ulmpetiteterre@gmail.com|3.6|Saïd Abdallah|said.abdallah976@gmail.com|2|club|fr|2026
ac-spa-sauveniere|Aéro-Club de Spa-La Sauvenière|business|secretariat@aeroclubspa.be|tresorerie@aeroclubspa.be|3.6|Marc Lejeune|marc.lejeune@skynet.be|5|club|fr|2026
planeurs-st-hubert|Club de Vol à Voile de Saint-Hubert|first_price|info@planeurs-sthubert.be|info@planeurs-sthubert.be|3.6|Didier Collignon|didier.collignon@proximus.be|6|club|fr|2026
gat-gosselies|Gosselies Aviation Training SRL|corporate|office@gosselies-training.be|finance@gosselies-training.be|4|Sophie Vanderbeken|s.vanderbeken@gosselies-training.be|8|company|fr|2026
gvv-epagny|Groupement de Vol à Voile de la Gruyère|business|comite@vol-a-voile-gruyere.ch|caissier@vol-a-voile-gruyere.ch|3.6|Pascal Overney|p.overney@bluewin.ch|5|club|fr|2026
ac-ajoie-porrentruy|Aéro-Club d'Ajoie|first_price|aeroclub.ajoie@bluewin.ch|aeroclub.ajoie@bluewin.ch|3.5|Claude Frossard|claude.frossard@sunrise.ch|3|club|fr|2026
cabsl-rimouski|Club aéronautique du Bas-Saint-Laurent|business|info@aerobsl.qc.ca|tresorerie@aerobsl.qc.ca|3.6|Mélanie Gagnon|melanie.gagnon@globetrotter.net|4|club|fr|2026
epd-drummondville|École de pilotage Drummond inc.|corporate|admin@pilotagedrummond.ca|comptabilite@pilotagedrummond.ca|4|François Bélanger|f.belanger@pilotagedrummond.ca|9|company|fr|2026
cvv-saint-dominique|Club de vol à voile Champlain|premiere|secretariat@vvchamplain.qc.ca|tresorier@vvchamplain.qc.ca|3.6|Denis Tremblay|denis.tremblay@videotron.ca|7|club|fr|2026
ac-cognac-chateaubernard|Aéro-Club de Cognac|business|aeroclub.cognac@orange.fr|tresorerie.accognac@gmail.com|3.5|Philippe Audouin|philippe.audouin16@orange.fr|4|club|fr|2026
hydroclub-bisca|Hydro-Club de Biscarrosse|first_price|hydroclub.bisca@free.fr|hydroclub.bisca@free.fr|3.6|Thierry Lalanne|t.lalanne40@free.fr|2|club|fr|2026
act-lannion|Aéro-Club du Trégor|business|contact@aeroclub-tregor.bzh|compta@aeroclub-tregor.bzh|4|Yannick Le Goff|yannick.legoff22@orange.fr|5|club|fr|2026
ulm-rue-marquenterre|ULM Club du Marquenterre|premiere|ulm.marquenterre@orange.fr|tresor.ulmmarquenterre@gmail.com|3.6|Christelle Dupuis|christelle.dupuis80@laposte.net|6|club|fr|2026
""".strip()
