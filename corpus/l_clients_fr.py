"""The French-speaking client records that set ``l``'s French replies refer to (written to clients.csv
beside the messages): clubs, a ULM circle and flight schools in France (mainland, Guadeloupe, Guyane,
Nouvelle-Calédonie), Belgium, Switzerland, Luxembourg and Québec, all invented for this set. First
Price clients (no bonus hours) get the migration-fee, manual-reset and e-mail-update messages; the
others the estimates, overruns, development quotes, pooled hours, test platforms and set-up packages;
migration terms and alpha terms only go to clients still on 3.x."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
ulm-vallee-lot|ULM Club de la Vallée du Lot|first_price|ulm.valleedulot@orange.fr|ulm.valleedulot@gmail.com|3.5|Serge Lasbordes|serge.lasbordes46@orange.fr|2|club|fr|2026
ac-marie-galante|Aéro-Club de Marie-Galante|first_price|aeroclub.mariegalante@wanadoo.fr|aeroclub.mariegalante@wanadoo.fr|3.5|Ludovic Bade|ludovic.bade971@orange.fr|2|club|fr|2026
vv-hautes-fagnes|Club de Vol à Voile des Hautes Fagnes|first_price|info@vvhautesfagnes.be|secretaire@vvhautesfagnes.be|3.6|Luc Pirard|luc.pirard@skynet.be|5|club|fr|2026
ulm-chablais|Club ULM du Chablais|first_price|ulm.chablais@bluewin.ch|ulm.chablais@bluewin.ch|3.5|Stéphane Bonvin|s.bonvin@netplus.ch|3|club|fr|2026
ac-ancenis|Aéro-Club du Pays d'Ancenis|first_price|aeroclub.ancenis@laposte.net|aeroclub.ancenis@sfr.fr|3.6|Michel Barré|m.barre44@sfr.fr|3|club|fr|2026
ac-kone|Aéro-Club de Koné|first_price|aeroclub.kone@lagoon.nc|aeroclub.kone@lagoon.nc|3.6|Jean-Yves Poady|jypoady@gmail.com|2|club|fr|2026
ac-planeze|Aéro-Club de la Planèze|business|contact@aeroclub-planeze.fr|tresorier@aeroclub-planeze.fr|3.6|Odile Chambon|odile.chambon15@wanadoo.fr|4|club|fr|2026
ac-kourou|Aéro-Club Guyanais de Kourou|business|bureau@aeroclub-kourou.fr|tresorerie.ackourou@gmail.com|3.5|Fabienne Lony|fabienne.lony@laposte.net|3|club|fr|2026
cac-cerfontaine|Cercle Aéronautique de Cerfontaine|business|secretariat@cac-cerfontaine.be|tresorerie@cac-cerfontaine.be|3.6|Benoît Dubuisson|b.dubuisson@skynet.be|6|club|fr|2026
cv-cote-nord|Club de vol de la Côte-Nord|business|info@clubvolcotenord.qc.ca|tresorier@clubvolcotenord.qc.ca|3.6|Réjean Gagné|rejean.gagne@videotron.ca|4|club|fr|2026
ac-vesoul|Aéro-Club de Haute-Saône|business|contact@aeroclub-hautesaone.fr|tresorerie@aeroclub-hautesaone.fr|4|Laurent Grosjean|laurent.grosjean70@free.fr|5|club|fr|2026
gvm-broye|Groupe de Vol à Moteur de la Broye|premiere|comite@gvm-broye.ch|caisse@gvm-broye.ch|3.6|Jean-Daniel Rapin|jd.rapin@bluewin.ch|7|club|fr|2026
cau-useldange|Cercle Aéronautique d'Useldange asbl|premiere|secretariat@cau-useldange.lu|tresorerie@cau-useldange.lu|3.6|Marc Feltgen|marc.feltgen@pt.lu|5|club|fr|2026
fft-marche|Famenne Flight Training SRL|corporate|ops@famenne-flight.be|finance@famenne-flight.be|4|Nathalie Ernst|n.ernst@famenne-flight.be|9|company|fr|2026
epa-rouyn|École de pilotage Abitibi inc.|corporate|admin@pilotageabitibi.ca|comptes@pilotageabitibi.ca|4|Isabelle Côté|i.cote@pilotageabitibi.ca|8|company|fr|2026
aaf-salon|Alpilles Air Formation SAS|corporate|direction@alpilles-air.fr|compta@alpilles-air.fr|3.6|Alexandre Castagnier|a.castagnier@alpilles-air.fr|10|company|fr|2026
""".strip()
