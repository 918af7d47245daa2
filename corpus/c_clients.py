"""The client records that set ``c`` refers to (written to corpus/sealed/c/clients.csv): new clubs and schools,
none of them in sets a or b."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
ac-cholet|Aéro-Club de Cholet|business|aeroclub.cholet@wanadoo.fr|tresorier.accholet@gmail.com|3.6|Jean-Luc Bréchet|jl.brechet@orange.fr|6|club|fr|2026
aa-montagne-noire|Association Aéronautique de la Montagne Noire|premiere|secretariat@aamn-revel.fr|tresorerie@aamn-revel.fr|3.6|Marie-Claude Estève|mc.esteve@laposte.net|12|club|fr|2026
ulm-sologne|Sologne ULM Loisirs|first_price|solognulm@free.fr|solognulm@free.fr|3.5|Pascal Thuillier|p.thuillier41@orange.fr|3|club|fr|2026
ac-haut-doubs|Aéro-Club du Haut-Doubs Pontarlier|first_price|acpontarlier@orange.fr|bureau.achd@gmail.com|3.6|Denis Cuenot|denis.cuenot25@orange.fr|4|club|fr|2026
aeroform-bron|Aéroform Lyon Bron SAS|corporate|direction@aeroform-lyon.com|comptabilite@aeroform-lyon.com|4|Sophie Marchetti|s.marchetti@aeroform-lyon.com|18|company|fr|2026
ac-dieppe|Aéro-Club de Dieppe|business|contact@aeroclub-dieppe.fr|tresorier@aeroclub-dieppe.fr|3.6|Hervé Lemaître|herve.lemaitre76@sfr.fr|5|club|fr|2026
ac-figeac|Aéro-Club de Figeac Livernon|first_price|aeroclub.figeac@laposte.net|aeroclub.figeac@laposte.net|3.5|Roger Bousquet|roger.bousquet46@wanadoo.fr|2|club|fr|2026
ac-mons|Aéro-Club de Mons-Borinage|business|secretariat@acmons.be|tresorerie@acmons.be|3.6|Didier Delhaye|didier.delhaye@skynet.be|4|club|fr|2026
cvv-saint-hubert|Centre de Vol à Voile de Saint-Hubert|premiere|info@cvv-sainthubert.be|comptabilite@cvv-sainthubert.be|3.6|Véronique Gillet|v.gillet@proximus.be|9|club|fr|2026
gvm-valais|Groupe de Vol Motorisé du Valais|business|info@gvm-valais.ch|caisse@gvm-valais.ch|3.6|Raphaël Fournier|r.fournier@netplus.ch|6|club|fr|2026
nord-vaudois|Aéro-Club du Nord Vaudois|first_price|nordvaudois.aviation@bluewin.ch|nordvaudois.aviation@bluewin.ch|3.6|Christian Jaquier|c.jaquier@bluewin.ch|3|club|fr|2026
ac-tahiti|Aéro-Club de Tahiti|business|aeroclubtahiti@mail.pf|tresorier.act@mail.pf|3.6|Teva Marurai|teva.marurai@mail.pf|4|club|fr|2026
ulm-guyane|ULM Guyane Évasion|first_price|ulmguyane@orange.fr|ulmguyane@orange.fr|3.5|Fabienne Chocho|f.chocho973@gmail.com|2|club|fr|2026
epa-larochelle|École de Pilotage Atlantique SARL|business|contact@epa-larochelle.fr|secretariat@epa-larochelle.fr|4|Stéphane Rivaud|s.rivaud@epa-larochelle.fr|7|company|fr|2026
ac-auxerrois|Aéro-Club de l'Auxerrois|business|acauxerrois@orange.fr|acauxerrois.compta@orange.fr|3.6|Monique Perrot|monique.perrot89@orange.fr|5|club|fr|2026
avv-vinon|Association Vol à Voile Vinon|corporate|accueil@avv-vinon.fr|gestion@avv-vinon.fr|4|Arnaud Ricard|arnaud.ricard@avv-vinon.fr|21|club|fr|2026
landes-ulm|Landes ULM Aventure|first_price|landes.ulm@gmail.com|tresorerie.landesulm@gmail.com|3.6|Bixente Etcheverry|bixente.etcheverry@hotmail.fr|3|club|fr|2026
ac-colmar|Aéro-Club de Colmar Haute-Alsace|premiere|secretariat@ac-colmar.fr|tresorier@ac-colmar.fr|3.6|Bernard Schaeffer|b.schaeffer68@calixo.net|8|club|fr|2026
heli-provence|Hélicoptères Provence Formation SARL|business|contact@heliprovence.fr|compta@heliprovence.fr|3.6|Julien Armand|j.armand@heliprovence.fr|3|company|fr|2026
ac-vichy|Aéro-Club de Vichy Bourbonnais|first_price|aeroclub.vichy@sfr.fr|secretariat.acvb@gmail.com|3.5|Gilberte Moulin|gilberte.moulin03@orange.fr|3|club|fr|2026
loire-valley-flyers|Loire Valley Flyers|first_price|loirevalleyflyers@gmail.com|lvf.treasurer@gmail.com|3.6|Nigel Ashworth|nigel.ashworth@btinternet.com|2|club|en|2026
shannon-aero|Shannon Aero Club|business|secretary@shannonaeroclub.ie|treasurer@shannonaeroclub.ie|3.6|Ciarán Moloney|ciaran.moloney@eircom.net|5|club|en|2026
wessex-gliding|Wessex Gliding Club|premiere|office@wessexgliding.co.uk|treasurer@wessexgliding.co.uk|3.6|Helen Pritchard|helen.pritchard@gmail.com|10|club|en|2026
malta-flight|Malta Flight Academy Ltd|corporate|ops@maltaflightacademy.com.mt|accounts@maltaflightacademy.com.mt|4|Joseph Camilleri|j.camilleri@maltaflightacademy.com.mt|15|company|en|2026
vc-zeeland|Vliegclub Zeeland|business|bestuur@vliegclubzeeland.nl|penningmeester@vliegclubzeeland.nl|3.6|Henk Verhoeven|h.verhoeven@kpnmail.nl|4|club|en|2026
sfg-bodensee|Segelfluggruppe Bodensee|business|vorstand@sfg-bodensee.de|kasse@sfg-bodensee.de|3.6|Markus Brenner|markus.brenner@t-online.de|6|club|en|2026
algarve-aviation|Algarve Aviation School Lda|business|info@algarveaviation.pt|finance@algarveaviation.pt|3.6|Rui Mendes|rui.mendes@algarveaviation.pt|5|company|en|2026
""".strip()
