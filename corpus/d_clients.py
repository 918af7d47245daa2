"""The client records that set ``d`` refers to (written to clients.csv beside the messages)."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
ac-haute-saintonge|Aéro-Club de Haute-Saintonge|business|aeroclub.hts@orange.fr|tresorier.achs@gmail.com|3.6|Jean-Claude Mérand|jc.merand17@orange.fr|5|club|fr|2026
cvv-montagne-noire|Centre de Vol à Voile de la Montagne Noire|premiere|accueil@cvv-montagnenoire.fr|secretariat@cvv-montagnenoire.fr|3.6|Mireille Cabrol|mireille.cabrol@free.fr|12|club|fr|2026
ulm-val-de-loire|ULM Val de Loire Passion|first_price|ulmvaldeloire@gmail.com|ulmvaldeloire@gmail.com|3.5|Didier Chauveau|didier.chauveau41@laposte.net|3|club|fr|2026
aeropyrenees-formation|AéroPyrénées Formation SARL|corporate|direction@aeropyrenees-formation.fr|comptabilite@aeropyrenees-formation.fr|4|Isabelle Laborde|i.laborde@aeropyrenees-formation.fr|15|company|fr|2026
ac-chalon|Aéro-Club de Chalon-Champforgeuil|business|secretariat@aeroclub-chalon.fr|tresorerie@aeroclub-chalon.fr|3.6|Pierre-Yves Guillemin|py.guillemin@wanadoo.fr|6|club|fr|2026
ac-ardeche|Aéro-Club de l'Ardèche Méridionale|first_price|ac.ardeche.meridionale@orange.fr|ac.ardeche.meridionale@orange.fr|3.6|Roger Vialle|roger.vialle07@orange.fr|2|club|fr|2026
ac-brabant|Aéro-Club du Brabant Wallon|business|info@acbw.be|tresorerie@acbw.be|3.6|Christophe Wauters|c.wauters@proximus.be|5|club|fr|2026
cvv-saint-hubert|Cercle de Vol à Voile de Saint-Hubert|first_price|cvvsthubert@skynet.be|secretaire.cvvsh@gmail.com|3.5|Marie-Paule Gérard|mp.gerard@skynet.be|4|club|fr|2026
gva-valais|Groupement Vol Moteur du Valais|premiere|secretariat@gvm-valais.ch|caisse@gvm-valais.ch|3.6|Raphaël Zufferey|r.zufferey@netplus.ch|7|club|fr|2026
ac-jura-ch|Aéro-Club du Jura|business|contact@aeroclub-jura.ch|contact@aeroclub-jura.ch|3.6|Nicolas Frossard|nicolas.frossard@bluewin.ch|4|club|fr|2026
ac-tahiti|Aéro-Club de Tahiti|business|aeroclub.tahiti@mail.pf|tresorier@aeroclub-tahiti.pf|3.6|Teva Teriierooiterai|teva.t@mail.pf|4|club|fr|2026
ac-guyane|Aéro-Club de Guyane Félix Éboué|first_price|acguyane973@orange.fr|bureau.acguyane@gmail.com|3.5|Henri Sainte-Rose|henri.sainte-rose@orange.fr|3|club|fr|2026
ac-mayotte|Aéro-Club de Mayotte|first_price|aeroclub.mayotte@gmail.com|aeroclub.mayotte@gmail.com|3.6|Saïd Ahamada|said.ahamada976@gmail.com|2|club|fr|2026
envergure-aviation|Envergure Aviation École SAS|business|ecole@envergure-aviation.fr|admin@envergure-aviation.fr|4|Sophie Marchal|s.marchal@envergure-aviation.fr|8|company|fr|2026
ac-lorraine-nord|Aéro-Club Lorraine Nord Thionville|business|contact@aclnt.fr|tresorier@aclnt.fr|3.6|Francis Schmitt|francis.schmitt57@orange.fr|6|club|fr|2026
ulm-cotentin|Cotentin ULM|first_price|cotentin.ulm@wanadoo.fr|cotentin.ulm.tresorier@laposte.net|3.6|Gilles Lemonnier|gilles.lemonnier50@wanadoo.fr|3|club|fr|2026
ac-aurillac|Aéro-Club du Cantal Aurillac|business|aeroclub.cantal@orange.fr|secretariat.accantal@orange.fr|3.5|Monique Delrieu|monique.delrieu15@orange.fr|4|club|fr|2026
planeur-club-alsace|Planeur Club d'Alsace|premiere|secretariat@pca-planeur.fr|tresorier@pca-planeur.fr|3.6|Bernard Kuntz|bernard.kuntz67@free.fr|14|club|fr|2026
helico-sud-ouest|Hélico Sud-Ouest Formation SAS|corporate|operations@helico-so.fr|facturation@helico-so.fr|4|Julien Etcheverry|j.etcheverry@helico-so.fr|9|company|fr|2026
ac-vexin|Aéro-Club du Vexin|business|bureau@aeroclub-vexin.fr|tresorerie@aeroclub-vexin.fr|3.6|Catherine Roussel|catherine.roussel95@gmail.com|7|club|fr|2026
cornwall-flying|Cornwall Flying Club|business|secretary@cornwallflyingclub.co.uk|treasurer@cornwallflyingclub.co.uk|3.6|Nigel Pascoe|nigel.pascoe@btinternet.com|5|club|en|2026
shannon-aero|Shannon Aero Club|first_price|info@shannonaeroclub.ie|info@shannonaeroclub.ie|3.6|Siobhan Murphy|siobhan.murphy@eircom.net|3|club|en|2026
malta-school|Malta School of Flying Ltd|corporate|ops@maltaflyingschool.com.mt|accounts@maltaflyingschool.com.mt|4|Joseph Camilleri|j.camilleri@maltaflyingschool.com.mt|11|company|en|2026
zeeland-gliding|Zeeland Gliding Club|business|bestuur@zeelandgliding.nl|penningmeester@zeelandgliding.nl|3.6|Henk van der Berg|henk.vdberg@ziggo.nl|6|club|en|2026
algarve-aviation|Algarve Aviation Academy Lda|premiere|school@algarve-aviation.pt|finance@algarve-aviation.pt|3.6|Rui Mendonça|rui.mendonca@algarve-aviation.pt|8|company|en|2026
oslo-flyklubb|Oslo Flyklubb|business|styret@osloflyklubb.no|kasserer@osloflyklubb.no|3.5|Ingrid Halvorsen|ingrid.halvorsen@online.no|4|club|en|2026
yorkshire-gliding|Wolds Gliding Club|first_price|wolds.gliding@gmail.com|woldsgc.treasurer@gmail.com|3.6|Graham Atkinson|graham.atkinson@talktalk.net|5|club|en|2026
""".strip()
