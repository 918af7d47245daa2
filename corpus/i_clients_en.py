"""The English-writing client records that set ``i``'s English replies refer to (clubs and schools in the
UK, Ireland, Germany, Austria, the Netherlands, Flanders, Denmark, Sweden, Finland, Poland, Czechia,
Portugal and Malta). First Price clients have no bonus hours; the others do."""

# platform | structure | tier | client e-mail | contact e-mail | version | responsible | resp. e-mail
# | resources | kind | language | paid until
ROWS = """
wickenby-flying-club|Wickenby Flying Club|first_price|wickenbyflyingclub@gmail.com|wickenbyflyingclub@gmail.com|3.5|Derek Ashworth|derek.ashworth@btinternet.com|3|club|en|2026
fife-microlight-club|Fife Microlight Club|business|secretary@fifemicrolights.org.uk|treasurer@fifemicrolights.org.uk|3.6|Alasdair Buchanan|a.buchanan@fifemicrolights.org.uk|4|club|en|2026
humber-flight-academy|Humber Flight Academy Ltd|corporate|ops@humberflightacademy.co.uk|accounts@humberflightacademy.co.uk|4|Priya Chauhan|priya.chauhan@humberflightacademy.co.uk|12|company|en|2026
abbeyshrule-aero-club|Abbeyshrule Aero Club|first_price|abbeyshruleaeroclub@eircom.net|abbeyshrule.treasurer@gmail.com|3.6|Declan Mulvihill|declan.mulvihill@eircom.net|3|club|en|2026
paderborn-luftsportgruppe|Luftsportgruppe Paderborn e.V.|premiere|vorstand@lsg-paderborn.de|kasse@lsg-paderborn.de|3.6|Klaus-Dieter Brinkmann|kd.brinkmann@t-online.de|8|club|en|2026
kassel-flugschule|Flugschule Kassel GmbH|business|info@flugschule-kassel.de|buchhaltung@flugschule-kassel.de|3.6|Anja Wiegand|a.wiegand@flugschule-kassel.de|6|company|en|2026
voecklabruck-segelflieger|Segelfliegergruppe Vöcklabruck|first_price|sfg.voecklabruck@aon.at|sfg.voecklabruck@aon.at|3.6|Gerhard Pichler|gerhard.pichler@gmx.at|4|club|en|2026
hoogeveen-vliegclub|Vliegclub Hoogeveen|business|secretariaat@vliegclubhoogeveen.nl|penningmeester@vliegclubhoogeveen.nl|3.6|Bart Kuipers|bart.kuipers@kpnmail.nl|5|club|en|2026
ursel-zweefvliegclub|Zweefvliegclub Ursel vzw|first_price|info@zvc-ursel.be|info@zvc-ursel.be|3.5|Koen Vermeulen|koen.vermeulen@telenet.be|4|club|en|2026
herning-flyveklub|Herning Flyveklub|business|formand@herningflyveklub.dk|kasserer@herningflyveklub.dk|3.6|Søren Kjærgaard|soren.kjaergaard@mail.dk|4|club|en|2026
karlstad-flygklubb|Karlstads Flygklubb|premiere|kansli@karlstadsflygklubb.se|ekonomi@karlstadsflygklubb.se|3.6|Annika Lindqvist|annika.lindqvist@telia.com|7|club|en|2026
lahti-ilmailukerho|Lahden Ilmailukerho ry|business|hallitus@lahdenilmailukerho.fi|rahastonhoitaja@lahdenilmailukerho.fi|3.6|Jukka Heikkinen|jukka.heikkinen@elisanet.fi|5|club|en|2026
ketrzyn-aeroklub|Aeroklub Ziemi Kętrzyńskiej|first_price|biuro@aeroklub-ketrzyn.pl|biuro@aeroklub-ketrzyn.pl|3.6|Tomasz Wiśniewski|t.wisniewski@wp.pl|3|club|en|2026
jihlava-flight-school|Jihlava Flight School s.r.o.|corporate|provoz@jihlavaflight.cz|ucetni@jihlavaflight.cz|4|Petr Dvořák|petr.dvorak@jihlavaflight.cz|10|company|en|2026
evora-aeroclube|Aeroclube de Évora|business|geral@aeroclubeevora.pt|tesouraria@aeroclubeevora.pt|3.6|João Carvalho|joao.carvalho@sapo.pt|5|club|en|2026
hal-far-flying-school|Hal Far Flying School Ltd|corporate|office@halfarflying.com.mt|finance@halfarflying.com.mt|4|Rachel Camilleri|r.camilleri@halfarflying.com.mt|9|company|en|2026
""".strip()
