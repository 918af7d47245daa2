"""The client records that set ``b`` refers to (written to clients.csv in both folders)."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
vv-vosges|Association Vélivole des Vosges|business|contact@vv-vosges.fr|tresorier.vvv@orange.fr|3.6|Gérard Mougin|g.mougin@wanadoo.fr|7|club|fr|2026
ulm-baie-somme|ULM Baie de Somme|first_price|ulmbaiedesomme@gmail.com|bureau@ulm-baiedesomme.fr|3.5|Thierry Lefebvre|thierry.lefebvre80@free.fr|3|club|fr|2026
planeurs-lasbordes|Club de Planeurs de Lasbordes|premiere|secretariat@planeurs-lasbordes.fr|president@planeurs-lasbordes.fr|3.6|Hélène Castagné|helene.castagne@laposte.net|11|club|fr|2026
aviasud-formation|Aviasud Formation SAS|corporate|direction@aviasud-formation.com|compta@aviasud-formation.com|4|Karim Benali|k.benali@aviasud-formation.com|14|company|fr|2026
ac-spa|Aéro-Club de Spa|business|info@aeroclubspa.be|secretariat@aeroclubspa.be|3.6|Luc Dethier|luc.dethier@skynet.be|5|club|fr|2026
gvv-namur|Groupe Vol à Voile Namurois|first_price|gvvnamur@skynet.be|tresorerie.gvvn@gmail.com|3.5|Anne-Sophie Lambotte|as.lambotte@skynet.be|6|club|fr|2026
gap-tallard-ulm|Tallard ULM Évasion|first_price|tallard.ulm@orange.fr|tallard.ulm@orange.fr|3.6|Patrice Reynaud|patrice.reynaud05@orange.fr|4|club|fr|2026
ac-lausanne|Aéro-Club de Lausanne|premiere|admin@aeroclub-lausanne.ch|caissier@aeroclub-lausanne.ch|3.6|Olivier Chappuis|o.chappuis@bluewin.ch|8|club|fr|2026
gvv-gruyere|Groupe de Vol à Voile de la Gruyère|business|gvv.gruyere@bluewin.ch|comite@vol-a-voile-gruyere.ch|3.6|Beat Sciboz|beat.sciboz@gmail.com|6|club|fr|2026
acr-reunion|Aéro-Club Roland Garros de La Réunion|business|contact@aeroclub-reunion.re|tresorier@aeroclub-reunion.re|3.6|Jean-Yves Payet|jy.payet@orange.re|5|club|fr|2026
ulm-pierrefonds|ULM Pierrefonds Réunion|first_price|ulm.pierrefonds@gmail.com|ulm.pierrefonds@gmail.com|3.5|Mickaël Hoarau|mickael.hoarau974@hotmail.fr|2|club|fr|2026
ac-guadeloupe|Aéro-Club de Guadeloupe|business|aeroclub.guadeloupe@wanadoo.fr|secretariat.acg971@orange.fr|3.6|Max Bélénus|max.belenus@orange.fr|4|club|fr|2026
ac-caledonien|Aéro-Club Calédonien|premiere|bureau@aeroclub.nc|tresorerie@aeroclub.nc|3.6|Stéphane Wamytan|s.wamytan@lagoon.nc|6|club|fr|2026
magenta-ulm|Magenta ULM Nouméa|first_price|magenta.ulm@mls.nc|magenta.ulm@mls.nc|3.5|Rémi Tein|remi.tein@canl.nc|2|club|fr|2026
cap-formation|Cap Pilote Formation SARL|business|contact@cap-pilote.fr|gestion@cap-pilote.fr|3.6|Nathalie Ferrand|n.ferrand@cap-pilote.fr|5|company|fr|2026
vv-sisteron|Centre de Vol à Voile de Sisteron|corporate|accueil@volavoile-sisteron.fr|comptabilite@volavoile-sisteron.fr|4|Philippe Arnaud|philippe.arnaud@volavoile-sisteron.fr|23|club|fr|2026
ac-morlaix|Aéroclub du Pays de Morlaix|first_price|aeroclub.morlaix@wanadoo.fr|yves.le.goff29@wanadoo.fr|3.6|Yves Le Goff|yves.le.goff29@wanadoo.fr|3|club|fr|2026
ac-beaune|Aéro-Club de Beaune Côte-d'Or|business|aeroclub-beaune@orange.fr|contact@aeroclub-beaune.fr|3.5|Bernard Jacquot|bernard.jacquot21@orange.fr|4|club|fr|2026
ulm-camargue|Camargue ULM Passion|first_price|camargue.ulm@free.fr|camargue.ulm.bureau@gmail.com|4|Sandrine Abric|sandrine.abric@free.fr|3|club|fr|2026
skyschool-charleroi|Skyschool Charleroi SRL|corporate|office@skyschool.be|billing@skyschool.be|4|Kevin Vandamme|kevin.vandamme@skyschool.be|12|company|fr|2026
ac-annecy|Aéro-Club des Glières Annecy|business|secretariat@acglieres.fr|tresorier@acglieres.fr|3.6|Françoise Duparc|francoise.duparc74@gmail.com|7|club|fr|2026
ac-ajaccio|Aéro-Club d'Ajaccio Corse|first_price|aeroclub.ajaccio@orange.fr|ac.ajaccio.bureau@gmail.com|3.5|Dominique Santoni|d.santoni@wanadoo.fr|3|club|fr|2026
vv-issoire|Association Vol à Voile Issoire|premiere|contact@vvissoire.fr|planning@vvissoire.fr|3.6|Jérôme Chabrier|jerome.chabrier@free.fr|15|club|fr|2026
dordogne-flyers|Dordogne Flying Group|first_price|dordogneflyers@gmail.com|secretary.dfg@gmail.com|3.6|Malcolm Hughes|malcolm.hughes@btinternet.com|3|club|en|2026
geneva-aviation|Geneva Aviation Training SA|corporate|ops@geneva-aviation.ch|finance@geneva-aviation.ch|4|Marco Bernasconi|m.bernasconi@geneva-aviation.ch|16|company|en|2026
ulm-ardennes|Ardennes ULM Club|first_price|ardennes.ulm@hotmail.fr|ardennes.ulm@hotmail.fr|3.6|Fabrice Collard|fabrice.collard08@laposte.net|2|club|fr|2026
ac-liege|Royal Aéro-Club de Liège|business|secretariat@raclg.be|tresorier@raclg.be|3.6|Michel Hennen|michel.hennen@proximus.be|6|club|fr|2026
gliding-ostend|Kustzweefvliegclub Oostende|business|info@kzvo.be|treasurer@kzvo.be|3.6|Pieter De Smet|pieter.desmet@telenet.be|5|club|en|2026
ac-vendee|Aéro-Club de Vendée Les Sables|business|contact@acvendee.fr|tresorerie@acvendee.fr|3.6|Claude Guérin|claude.guerin85@orange.fr|6|club|fr|2026
heli-alpes|Héli Alpes Formation SAS|premiere|formation@helialpes.fr|admin@helialpes.fr|3.6|Laurent Mathey|l.mathey@helialpes.fr|4|company|fr|2026
ac-neuchatel|Club Neuchâtelois d'Aviation|business|info@cna-neuchatel.ch|secretariat@cna-neuchatel.ch|3.5|Yann Perrenoud|yann.perrenoud@bluewin.ch|5|club|fr|2026
ulm-quercy|Quercy ULM|first_price|quercy.ulm@laposte.net|quercy.ulm@laposte.net|3.6|Alain Delpech|alain.delpech46@orange.fr|3|club|fr|2026
ac-martinique|Aéro-Club de la Martinique|business|acm972@wanadoo.fr|secretariat@aeroclub-martinique.fr|3.6|Josiane Rosier|josiane.rosier@orange.fr|3|club|fr|2026
envol-formation|Envol Formation Aéronautique EURL|first_price|envol.formation@gmail.com|compta.envol@gmail.com|3.6|Romain Vidal|romain.vidal@envol-formation.fr|2|company|fr|2026
vv-luxembourg|Luxembourg Gliding Association|business|board@lga-gliding.lu|lga.treasurer@pt.lu|3.6|Jeff Schmit|jeff.schmit@pt.lu|7|club|en|2026
ac-bretagne-sud|Aéroclub de Bretagne Sud|premiere|accueil@acbs-vannes.fr|tresorier@acbs-vannes.fr|4|Erwan Le Bihan|erwan.lebihan@gmail.com|9|club|fr|2026
""".strip()
