"""The client records that sealed set ``j`` refers to (written to clients.csv beside the messages).

24 clubs and schools invented for set j: 14 writing in French (mainland France, Réunion, Martinique,
Belgium, Switzerland, Québec) and 10 writing in English (UK, Ireland, Germany, the Netherlands, Sweden,
Denmark, Austria, Malta). First Price clients get the migration-fee, reset and e-mail replies; clients
with bonus hours (Business, Première, Corporate) get the estimate, overrun, quote, pool and test-platform
replies.
"""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
ac-montlucon|Aéro-Club de Montluçon Domérat|first_price|aeroclub.montlucon@orange.fr|secretariat.acmd@gmail.com|3.5|Régis Aubignat|regis.aubignat03@orange.fr|3|club|fr|2026
cvv-issoudun|Centre de Vol à Voile d'Issoudun|business|cvv.issoudun@wanadoo.fr|tresorier.cvvi@gmail.com|3.6|Annick Perronnet|annick.perronnet36@laposte.net|8|club|fr|2026
ulm-marmande|ULM Club Marmande Virazeil|first_price|ulm.marmande@free.fr|ulm.marmande@free.fr|3.6|Didier Lestage|didier.lestage47@sfr.fr|2|club|fr|2026
ac-lannion|Aéro-Club de Lannion Trégor|business|contact@aeroclub-lannion.fr|tresorerie@aeroclub-lannion.fr|3.6|Yann Le Goff|yann.legoff22@orange.fr|5|club|fr|2026
deols-aviation|Déols Aviation Formation SARL|corporate|direction@deols-aviation.fr|compta@deols-aviation.fr|4|Karine Bouchardon|k.bouchardon@deols-aviation.fr|12|company|fr|2026
ac-pierrefonds|Aéro-Club de Saint-Pierre Pierrefonds|premiere|bureau@acpierrefonds.re|tresorier@acpierrefonds.re|3.6|Jean-Marc Payet|jeanmarc.payet974@orange.fr|6|club|fr|2026
ac-lamentin|Aéro-Club du Lamentin Martinique|first_price|aeroclub.lamentin@wanadoo.fr|aeroclub.lamentin@wanadoo.fr|3.6|Ludovic Célestine|ludo.celestine972@gmail.com|3|club|fr|2026
ac-spa-sauveniere|Aéro-Club de Spa La Sauvenière|business|secretariat@aeroclubspa.be|tresorerie@aeroclubspa.be|3.6|Benoît Lejeune|benoit.lejeune@skynet.be|5|club|fr|2026
cvv-saint-hubert|Centre de Vol à Voile de Saint-Hubert|first_price|cvvsainthubert@gmail.com|cvvsainthubert@gmail.com|3.5|Françoise Collignon|f.collignon@proximus.be|6|club|fr|2026
ga-yverdon|Groupement Aéronautique d'Yverdon|premiere|secretariat@ga-yverdon.ch|caissier@ga-yverdon.ch|3.6|Pierre-Alain Cuendet|pa.cuendet@bluewin.ch|7|club|fr|2026
bex-aviation|Bex Aviation Sàrl|business|info@bex-aviation.ch|admin@bex-aviation.ch|4|Laurent Morand|l.morand@bex-aviation.ch|4|company|fr|2026
ca-sherbrooke|Club aéronautique de Sherbrooke|business|info@clubaerosherbrooke.qc.ca|tresorier@clubaerosherbrooke.qc.ca|3.6|Mélanie Gagnon|melanie.gagnon@videotron.ca|4|club|fr|2026
aviation-rimouski|École de pilotage Aviation Rimouski inc.|corporate|direction@aviationrimouski.ca|comptabilite@aviationrimouski.ca|4|Sébastien Pelletier|s.pelletier@aviationrimouski.ca|8|company|fr|2026
ac-millau|Aéro-Club de Millau Larzac|first_price|aeroclub.millau@laposte.net|tresorier.acmillau@orange.fr|3.6|Christian Vidal|christian.vidal12@orange.fr|2|club|fr|2026
tibenham-gliding|Tibenham Gliding Club|first_price|secretary@tibenhamgliding.org.uk|tibenhamgliding@gmail.com|3.6|Colin Ashworth|colin.ashworth@btinternet.com|6|club|en|2026
perth-scone-aviation|Scone Flight Training Ltd|corporate|ops@sconeflight.co.uk|accounts@sconeflight.co.uk|4|Fiona McLaren|fiona.mclaren@sconeflight.co.uk|10|company|en|2026
kilkenny-flying-club|Kilkenny Flying Club|business|info@kilkennyflyingclub.ie|treasurer@kilkennyflyingclub.ie|3.6|Declan Brennan|declan.brennan@eircom.net|4|club|en|2026
strandhill-flying-club|Strandhill Flying Club|first_price|strandhillflyingclub@gmail.com|strandhillflyingclub@gmail.com|3.5|Aoife Gallagher|aoife.gallagher@yahoo.ie|2|club|en|2026
fsv-kirchheim|Flugsportverein Kirchheim/Teck e.V.|premiere|vorstand@fsv-kirchheim.de|kassenwart@fsv-kirchheim.de|3.6|Dieter Schwenk|d.schwenk@web.de|9|club|en|2026
vliegclub-hoogeveen|Vliegclub Hoogeveen|first_price|secretariaat@vliegclubhoogeveen.nl|penningmeester@vliegclubhoogeveen.nl|3.5|Henk Bosma|h.bosma@kpnmail.nl|3|club|en|2026
orebro-flygklubb|Örebro Flygklubb|business|kansli@orebroflygklubb.se|kassor@orebroflygklubb.se|3.6|Anders Lindqvist|anders.lindqvist@telia.com|5|club|en|2026
esbjerg-flyveklub|Esbjerg Flyveklub|first_price|bestyrelse@esbjergflyveklub.dk|bestyrelse@esbjergflyveklub.dk|3.6|Mette Kjærgaard|mette.kjaergaard@mail.dk|3|club|en|2026
flugschule-wiener-neustadt|Flugschule Wiener Neustadt GmbH|corporate|office@flugschule-wrn.at|buchhaltung@flugschule-wrn.at|4|Thomas Gruber|t.gruber@flugschule-wrn.at|7|company|en|2026
luqa-flying-club|Luqa Flying Club|business|secretary@luqaflyingclub.com.mt|treasurer@luqaflyingclub.com.mt|3.6|Joseph Camilleri|joseph.camilleri@maltanet.net|4|club|en|2026
""".strip()
