"""The English-writing client records of set ``m`` (written to clients.csv beside the messages).

Sixteen clubs and schools from the UK, Ireland, the United States, Australia, New Zealand, South
Africa, the Netherlands, Germany, Austria, Norway, Finland, Lithuania, Latvia, Hungary, Greece and
Spain, all writing in English. Five are on First Price (their replies answer our migration-fee,
manual-reset and e-mail-update messages); the others are on Business, Première or Corporate.
"""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
marshfield-soaring|Marshfield Soaring Club|first_price|secretary@marshfieldsoaring.org.uk|treasurer@marshfieldsoaring.org.uk|3.5|Trevor Oakley|trevor.oakley@btinternet.com|3|club|en|2026
ballyboe-flying|Ballyboe Flying Club|first_price|ballyboeflyingclub@gmail.com|ballyboeflyingclub@gmail.com|3.6|Eoin Callaghan|eoin.callaghan@eircom.net|2|club|en|2026
karoo-gliding|Karoo Gliding Club|first_price|info@karoogliding.co.za|admin@karoogliding.co.za|3.5|Johan Pretorius|jpretorius@mweb.co.za|4|club|en|2026
harstad-flyklubb|Harstad Flyklubb|first_price|post@harstadflyklubb.no|kasserer@harstadflyklubb.no|3.6|Eirik Nordvik|eirik.nordvik@online.no|3|club|en|2026
liepaja-aeroklubs|Liepājas Aeroklubs|first_price|info@liepajasaeroklubs.lv|info@liepajasaeroklubs.lv|3.5|Raimonds Ozoliņš|raimonds.ozolins@inbox.lv|2|club|en|2026
cedar-ridge-flyers|Cedar Ridge Flying Club|business|board@cedarridgeflyers.org|treasurer@cedarridgeflyers.org|3.6|Dale Hutchins|dale.hutchins@comcast.net|5|club|en|2026
taranaki-aero|Taranaki Aero Club|business|office@taranakiaero.co.nz|accounts@taranakiaero.co.nz|3.6|Hemi Parata|hemi.parata@xtra.co.nz|4|club|en|2026
noordoostpolder-vliegclub|Vliegclub Noordoostpolder|business|bestuur@vcnoordoostpolder.nl|penningmeester@vcnoordoostpolder.nl|3.6|Wouter Hoogland|w.hoogland@ziggo.nl|5|club|en|2026
heide-fliegergruppe|Fliegergruppe Lüneburger Heide e.V.|business|vorstand@fg-lueneburgerheide.de|kasse@fg-lueneburgerheide.de|3.5|Annegret Lüders|a.lueders@t-online.de|6|club|en|2026
jyvaskyla-ilmailukerho|Jyväskylän Ilmailukerho ry|business|hallitus@jyvaskylanilmailukerho.fi|talous@jyvaskylanilmailukerho.fi|3.6|Timo Rautio|timo.rautio@luukku.com|4|club|en|2026
kaunas-aeroklubas|Kauno Aeroklubas|business|info@kaunoaeroklubas.lt|buhalterija@kaunoaeroklubas.lt|3.6|Darius Jankauskas|darius.jankauskas@gmail.com|4|club|en|2026
budaors-repulo|Budaörsi Repülő Egyesület|business|titkarsag@budaorsirepulo.hu|penztar@budaorsirepulo.hu|3.5|Zoltán Varga|varga.zoltan@freemail.hu|5|club|en|2026
innviertel-flugsport|Flugsportunion Innviertel|premiere|office@flugsport-innviertel.at|kassa@flugsport-innviertel.at|3.6|Herbert Wimmer|herbert.wimmer@gmx.at|6|club|en|2026
costablanca-vuelo|Escuela de Vuelo Costa Blanca S.L.|premiere|info@vuelocostablanca.es|administracion@vuelocostablanca.es|3.6|Lucía Ferrándiz|lucia.ferrandiz@vuelocostablanca.es|7|company|en|2026
coolabah-flight|Coolabah Flight Training Pty Ltd|corporate|ops@coolabahflight.com.au|accounts@coolabahflight.com.au|4|Bronwyn Kellett|bronwyn.kellett@coolabahflight.com.au|11|company|en|2026
makedonia-aeroschool|Makedonia Aeroschool S.A.|corporate|info@makedonia-aeroschool.gr|logistirio@makedonia-aeroschool.gr|4|Nikos Papadimitriou|n.papadimitriou@makedonia-aeroschool.gr|9|company|en|2026
""".strip()
