"""The French-speaking client records that set ``m``'s French replies refer to (written to clients.csv
beside the messages): clubs and schools in mainland France, the overseas territories (Saint-Martin,
French Polynesia), Belgium, Switzerland, Québec, Monaco, Luxembourg and French-speaking Africa
(Senegal, Côte d'Ivoire, Burkina Faso). First Price clients (no bonus hours) get the migration-fee,
manual-reset and e-mail-update messages; Business, Première and Corporate clients the estimates,
overruns, quotes, pooled hours, test platforms and set-up packages; migration terms and alpha terms
only go to clients still on 3.x."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
ac-langres|Aéro-Club du Plateau de Langres|business|aeroclub.langres@orange.fr|tresorier.aclangres@gmail.com|3.6|Bertrand Maillot|bertrand.maillot52@orange.fr|4|club|fr|2026
ulm-pays-fort|ULM Club du Pays-Fort|first_price|ulmpaysfort@laposte.net|ulmpaysfort@laposte.net|3.5|Sylvain Ragot|sylvain.ragot18@laposte.net|2|club|fr|2026
cvv-woevre|Centre de Vol à Voile de la Woëvre|premiere|secretariat@cvv-woevre.fr|tresorerie@cvv-woevre.fr|3.6|Hélène Vautrin|helene.vautrin55@free.fr|9|club|fr|2026
ac-audomarois|Aéro-Club de l'Audomarois|first_price|aeroclub.audomarois@wanadoo.fr|aeroclub.audomarois@gmail.com|3.6|Dominique Lefebvre|dom.lefebvre62@wanadoo.fr|3|club|fr|2026
garonne-vol|Garonne Vol Formation SAS|corporate|direction@garonnevol.fr|compta@garonnevol.fr|4|Nathalie Delpech|n.delpech@garonnevol.fr|10|company|fr|2026
ac-pays-de-retz|Aéro-Club du Pays de Retz|business|contact@aeroclub-retz.fr|tresorier@aeroclub-retz.fr|4|Loïc Guérin|loic.guerin44@orange.fr|5|club|fr|2026
ac-grand-case|Aéro-Club de Saint-Martin Grand-Case|first_price|acsxm.grandcase@orange.fr|acsxm.grandcase@orange.fr|3.5|Wilfrid Fleming|wilfrid.fleming@orange.fr|2|club|fr|2026
ac-raiatea|Aéro-Club des Îles Sous-le-Vent|business|aeroclub.isv@mail.pf|tresorier.isv@mail.pf|3.6|Teva Teriierooiterai|teva.teriierooiterai@mail.pf|3|club|fr|2026
ac-tournai|Aéro-Club de Tournai-Maubray|business|secretariat@aeroclubtournai.be|tresorerie@aeroclubtournai.be|3.6|Olivier Dewez|olivier.dewez@skynet.be|5|club|fr|2026
ulm-dendre|ULM Club de la Dendre|first_price|ulmdendre@telenet.be|ulmdendre@telenet.be|3.6|Jean-Pierre Delhaye|jp.delhaye@proximus.be|2|club|fr|2026
gvv-jura-bernois|Groupe de Vol à Voile du Jura bernois|business|comite@vav-jurabernois.ch|caisse@vav-jurabernois.ch|3.6|Stéphane Gerber|stephane.gerber@bluewin.ch|6|club|fr|2026
ca-beauce|Club aéronautique de la Beauce|business|info@aerobeauce.qc.ca|tresorerie@aerobeauce.qc.ca|3.6|Julie Poulin|julie.poulin@sogetel.net|4|club|fr|2026
charlevoix-pilotage|Académie de pilotage Charlevoix inc.|corporate|admin@pilotagecharlevoix.ca|comptes@pilotagecharlevoix.ca|4|Guillaume Simard|g.simard@pilotagecharlevoix.ca|8|company|fr|2026
ac-monaco|Aéro-Club de Monaco|premiere|secretariat@aeroclub.mc|tresorerie@aeroclub.mc|3.6|Laurent Giordano|l.giordano@monaco.mc|5|club|fr|2026
ac-moselle-lux|Aéro-Club de la Moselle luxembourgeoise asbl|first_price|acmoselle@pt.lu|acmoselle.tresorier@pt.lu|3.6|Paul Hoffmann|paul.hoffmann@pt.lu|3|club|fr|2026
ac-dakar|Aéro-Club de Dakar|business|aeroclub.dakar@orange.sn|tresorerie.acdakar@gmail.com|3.6|Mamadou Diop|mamadou.diop@orange.sn|4|club|fr|2026
epa-abidjan|École de Pilotage d'Abidjan SA|corporate|direction@epa-abidjan.ci|comptabilite@epa-abidjan.ci|4|Aïcha Kouassi|a.kouassi@epa-abidjan.ci|7|company|fr|2026
ac-ouagadougou|Aéro-Club de Ouagadougou|first_price|aeroclub.ouaga@yahoo.fr|aeroclub.ouaga@yahoo.fr|3.5|Issouf Ouédraogo|issouf.ouedraogo@yahoo.fr|2|club|fr|2026
""".strip()
