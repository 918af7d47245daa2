"""The French-speaking client records that set ``i``'s French replies refer to (France incl. overseas,
Belgium, Switzerland, Québec, Luxembourg, Monaco); written to clients.csv beside the messages."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
ulm-segre-haut-anjou|ULM Club du Haut-Anjou|first_price|ulm.hautanjou@orange.fr|ulm.hautanjou@orange.fr|3.5|Gérard Boisseau|gerard.boisseau49@wanadoo.fr|2|club|fr|2026
velivole-romorantin|Association Vélivole de Romorantin|business|secretariat@velivole-romorantin.fr|tresorier@velivole-romorantin.fr|3.6|Hélène Vasseur|helene.vasseur41@free.fr|6|club|fr|2026
ac-tregor-lannion|Aéro-Club du Trégor|premiere|bureau@aeroclub-tregor.fr|comptabilite@aeroclub-tregor.fr|3.6|Yann Le Goff|yann.legoff22@orange.fr|7|club|fr|2026
ac-haut-doubs-pontarlier|Aéro-Club du Haut-Doubs|first_price|aeroclub.hautdoubs@laposte.net|tresorerie.achd@gmail.com|3.6|Marcel Jouffroy|marcel.jouffroy25@orange.fr|3|club|fr|2026
ac-figeac-livernon|Aéro-Club de Figeac-Livernon|business|contact@aeroclub-figeac.fr|tresorier@aeroclub-figeac.fr|3.6|Claudine Vialard|claudine.vialard@sfr.fr|4|club|fr|2026
bourbonnais-aviation-montlucon|Bourbonnais Aviation Formation SARL|corporate|accueil@bourbonnais-aviation.fr|gestion@bourbonnais-aviation.fr|4|Frédéric Aubignat|f.aubignat@bourbonnais-aviation.fr|8|company|fr|2026
ac-pierrefonds-reunion|Aéro-Club de Saint-Pierre Pierrefonds|business|secretariat@acpierrefonds.re|tresorier@acpierrefonds.re|3.6|Jean-Max Hoarau|jmhoarau974@gmail.com|4|club|fr|2026
ulm-lamentin-martinique|ULM Club du Lamentin|first_price|ulmlamentin972@orange.fr|ulmlamentin972@orange.fr|3.5|Rosan Chérubin|rosan.cherubin@wanadoo.fr|2|club|fr|2026
ac-mayotte-dzaoudzi|Aéro-Club de Mayotte|first_price|aeroclub.mayotte@gmail.com|aeroclub.mayotte@gmail.com|3.6|Anli Madi|anli.madi976@gmail.com|1|club|fr|2026
ac-spa-sauveniere|Aéro-Club de Spa-La Sauvenière|business|secretariat@aeroclub-spa.be|tresorerie@aeroclub-spa.be|3.6|Jean-Pierre Gillet|jp.gillet@skynet.be|5|club|fr|2026
sambre-aviation-charleroi|Sambre Aviation Training SRL|corporate|info@sambre-aviation.be|compta@sambre-aviation.be|4|Kevin Dewulf|k.dewulf@sambre-aviation.be|7|company|fr|2026
cvv-saint-hubert-ardenne|Club de Vol à Voile de Saint-Hubert|first_price|cvvsainthubert@gmail.com|cvvsh.tresorier@outlook.be|3.6|André Lambotte|andre.lambotte@skynet.be|6|club|fr|2026
gvv-gruyere-epagny|Groupe de Vol à Voile de la Gruyère|business|comite@gvv-gruyere.ch|caisse@gvv-gruyere.ch|3.6|Pierre-Alain Castella|pa.castella@bluewin.ch|5|club|fr|2026
ac-yverdon-les-bains|Aéro-Club d'Yverdon-les-Bains|premiere|secretariat@aeroclub-yverdon.ch|finances@aeroclub-yverdon.ch|3.6|Valérie Perrin|valerie.perrin@sunrise.ch|6|club|fr|2026
alpesvol-sion|Alpes Vol Formation SA|corporate|direction@alpesvol.ch|admin@alpesvol.ch|4|Nicolas Fournier|n.fournier@alpesvol.ch|9|company|fr|2026
ca-rimouski|Club d'aviation de Rimouski|business|info@aviationrimouski.qc.ca|tresorerie@aviationrimouski.qc.ca|3.6|Marc-André Pelletier|ma.pelletier@globetrotter.net|3|club|fr|2026
pilotage-estrie-sherbrooke|École de pilotage de l'Estrie inc.|corporate|admin@pilotage-estrie.ca|comptabilite@pilotage-estrie.ca|4|Josée Bergeron|j.bergeron@pilotage-estrie.ca|8|company|fr|2026
ulm-alma-lac-saint-jean|Club ULM du Lac-Saint-Jean|first_price|clubulm.lsj@videotron.ca|clubulm.lsj@videotron.ca|3.6|Réjean Gagnon|rejean.gagnon@hotmail.com|3|club|fr|2026
ac-noertrange-wiltz|Aéro-Club de Noertrange|business|secretariat@aeroclub-noertrange.lu|tresorerie@aeroclub-noertrange.lu|3.6|Tom Schmit|t.schmit@pt.lu|4|club|fr|2026
heliclub-monaco-fontvieille|Héli-Club de Monaco|premiere|secretariat@heliclub.mc|tresorerie@heliclub.mc|3.6|Jean-Luc Notari|jl.notari@heliclub.mc|3|club|fr|2026
""".strip()
