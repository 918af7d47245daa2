"""The French-speaking client records of set ``g`` (France incl. overseas, Belgium, Switzerland, Québec),
to which the French replies of ``g_replies_fr1`` refer (written to clients.csv beside the messages)."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
ac-vexin|Aéro-Club du Vexin|business|secretariat@aeroclub-vexin.fr|tresorier@aeroclub-vexin.fr|3.6|Patrick Langlois|p.langlois95@orange.fr|6|club|fr|2026
cvv-bresse|Club de Vol à Voile de la Bresse|first_price|cvv.bresse@wanadoo.fr|cvv.bresse@wanadoo.fr|3.5|Gérard Bouvier|gerard.bouvier01@free.fr|4|club|fr|2026
ac-cotentin|Aéro-Club du Cotentin|first_price|aeroclub.cotentin@orange.fr|secretariat.accotentin@gmail.com|3.6|Yannick Lemarchand|y.lemarchand50@laposte.net|3|club|fr|2026
ulm-camargue|ULM Camargue Passion|first_price|ulmcamarguepassion@gmail.com|ulmcamarguepassion@gmail.com|3.6|Frédéric Aubanel|fred.aubanel13@sfr.fr|2|club|fr|2026
ac-morvan|Aéro-Club du Morvan|business|aeroclub.morvan@free.fr|compta.acmorvan@free.fr|3.6|Chantal Perreau|chantal.perreau58@orange.fr|4|club|fr|2026
atlantique-pilotage|Atlantique Pilotage Formation SARL|corporate|contact@atlantique-pilotage.fr|gestion@atlantique-pilotage.fr|4|Ludovic Guérin|l.guerin@atlantique-pilotage.fr|12|company|fr|2026
ac-hautes-vosges|Aéro-Club des Hautes-Vosges|premiere|bureau@achautesvosges.fr|tresorerie@achautesvosges.fr|3.6|Denis Thiriet|denis.thiriet88@wanadoo.fr|7|club|fr|2026
ac-ardeche|Aéro-Club Ardèche Méridionale|first_price|acardeche.meridionale@laposte.net|acardeche.meridionale@laposte.net|3.6|Serge Chabert|s.chabert07@orange.fr|3|club|fr|2026
ac-sologne|Aéro-Club de Sologne|business|contact@aeroclubsologne.fr|tresorerie@aeroclubsologne.fr|3.6|Isabelle Marchais|isabelle.marchais41@gmail.com|5|club|fr|2026
ac-sud-reunion|Aéro-Club du Sud Réunion|business|acsudreunion@orange.fr|tresorier.acsr@gmail.com|3.6|Jean-Marc Payet|jm.payet974@wanadoo.fr|4|club|fr|2026
ac-madinina|Aéro-Club Madinina|business|contact@acmadinina.mq|tresorerie@acmadinina.mq|3.6|Rodolphe Célestine|r.celestine972@orange.fr|3|club|fr|2026
ac-mayotte|Aéro-Club de Mayotte|first_price|aeroclub.mayotte@gmail.com|aeroclub.mayotte@gmail.com|3.6|Anli Madi|anli.madi976@orange.fr|2|club|fr|2026
rac-condroz|Royal Aéro-Club du Condroz|business|secretariat@racc.be|tresorerie@racc.be|3.6|Marc Lambotte|marc.lambotte@skynet.be|5|club|fr|2026
charleroi-flight|Charleroi Flight Training SRL|corporate|info@charleroiflight.be|compta@charleroiflight.be|4|Véronique Dupuis|v.dupuis@charleroiflight.be|10|company|fr|2026
vv-hainaut|Club de Vol à Voile du Hainaut|first_price|cvvhainaut@proximus.be|cvvhainaut@proximus.be|3.5|Jean-Pierre Willems|jp.willems@telenet.be|4|club|fr|2026
gvv-gruyere|Groupe de Vol à Voile de la Gruyère|business|info@gvv-gruyere.ch|caissier@gvv-gruyere.ch|3.6|Pierre-André Castella|pa.castella@bluewin.ch|5|club|fr|2026
ac-ajoie|Aéro-Club d'Ajoie|first_price|aeroclub.ajoie@bluewin.ch|secretariat.ajoie@gmail.com|3.5|Laurent Fleury|laurent.fleury@vtxnet.ch|3|club|fr|2026
leman-aviation|Léman Aviation SA|corporate|info@leman-aviation.ch|comptabilite@leman-aviation.ch|4|Stéphanie Rochat|s.rochat@leman-aviation.ch|9|company|fr|2026
cpa-lanaudiere|Club de pilotes de Lanaudière|business|info@cpalanaudiere.qc.ca|tresorier@cpalanaudiere.qc.ca|3.6|Sylvain Gagnon|sylvain.gagnon@videotron.ca|4|club|fr|2026
aviation-saguenay|École d'aviation du Saguenay inc.|premiere|direction@aviationsaguenay.ca|comptes@aviationsaguenay.ca|3.6|Karine Tremblay|k.tremblay@aviationsaguenay.ca|8|company|fr|2026
""".strip()
