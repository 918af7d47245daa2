"""Set f, second batch: French replies to our messages (confirm, refuse, question)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ fr101 | reply: confirm | from: Hubert Kieffer <hubert.kieffer67@wanadoo.fr> | ref: OF-2026-2201 | ours: estimate | style: plain
--
Bonjour,

On n'a plus le temps d'attendre le printemps, allez-y dès que possible.

H. Kieffer

@@ fr102 | reply: confirm | from: compta@acpaysbasque.fr | ref: OF-2026-2202 | ours: devest | style: outlook
--
Bonjour,

Suite au comité directeur d'hier soir, je vous confirme l'acceptation du devis. Vous pouvez lancer le développement.

Pour mémoire, nos coordonnées de facturation n'ont pas changé.

Cordialement,
Maialen Larralde
Trésorière - Aéro-Club du Pays Basque
Aérodrome de Biarritz-Parme - 64600 Anglet
Secrétariat : mer. 14h-18h, sam. 9h-12h / 14h-18h
Fermeture annuelle du 22/12/2026 au 04/01/2027

@@ fr103 | reply: refuse | from: ulmvaldeloire@free.fr | ref: OF-2026-2203 | ours: reset | style: plain
--
bjr
non merci j ai retrouvé le mot de passe dans le classeur du bureau
martine

@@ fr104 | reply: question | from: Max Bélénus <max.belenus@wanadoo.fr> | ref: OF-2026-2204 | ours: estimate | style: gmail
--
Bonjour,

D'accord.

Max

P.S. : à condition que ce soit fait un lundi ou un mardi, le club est fermé ces jours-là et personne ne réserve.

@@ fr105 | reply: confirm | from: t.wamytan@lagoon.nc | ref: OF-2026-2205 | ours: testplat | style: plain
--
Bonjour,

Oui, merci de la créer pour nous.

Thierry

P.S. : notre nouveau DR400 arrive par bateau en janvier, je vous écrirai à ce moment-là pour l'ajouter.

@@ fr106 | reply: refuse | from: Philippe Delvaux <philippe.delvaux@skynet.be> | ref: OF-2026-2206 | ours: alpha | style: outlook
--
Bonjour,

Non. Une version qui change tout le temps, ce n'est pas pour nous : nos membres ont en moyenne 62 ans et ont déjà eu du mal avec la dernière mise à jour.

Philippe Delvaux

@@ fr107 | reply: question | from: jc.faucher87@orange.fr | ref: OF-2026-2207 | ours: migfee | style: plain
--
Bonjour
oui pour la migration mais pas pour payer tout de suite, notre trésorier ne sera là qu'en décembre. On peut régler en décembre et vous migrez après ?
JC

@@ fr107b | reply: confirm | from: aeroclub.limousin@laposte.net | ref: OF-2026-2261 | ours: migfee | style: plain
--
Bonjour,

Le trésorier est rentré : c'est d'accord pour les 50 € et la migration. Nous réglons la facture cette semaine.

Secrétariat AC Limousin

@@ fr108 | reply: confirm | from: Guylaine Lemieux <guylaine.lemieux@cgocable.ca> | ref: OF-2026-2208 | ours: pool | style: gmail
--
Bonjour,

Aucun problème pour nous, on embarque. C'est le genre de fonction que nos membres réclament depuis deux ans.

Guylaine Lemieux
Trésorière | Club aéronautique de la Mauricie
Aéroport de Trois-Rivières
819-000-0000 poste 2 (lundi au jeudi, 18 h à 21 h)

@@ fr109 | reply: refuse | from: admin@azur-aviation.fr | ref: OF-2026-2209 | ours: testplat | style: html
--
Bonjour,

Nous n'en voulons pas pour le moment, merci.

Service administratif Azur Aviation

@@ fr110 | reply: question | from: tresorerie@aeroclubnamur.be | ref: OF-2026-2210 | ours: overrun | style: plain
--
Bonjour,

Les heures facturées, c'est sur la facture annuelle ou une facture séparée ? Notre comptable voudrait le savoir avant que nous marquions notre accord.

Françoise Collard

@@ fr111 | reply: confirm | from: moana.teriitehau@mail.pf | ref: OF-2026-2211 | ours: estimate | style: android
--
ok pour nous

Envoyé depuis mon smartphone Android.

@@ fr112 | reply: refuse | from: bernard.lacombe46@orange.fr | ref: OF-2026-2212 | ours: overrun | style: plain
--
Bonjour,

Pas question de payer des heures en plus pour ça. Si ça ne rentre pas dans notre crédit, on s'en passera.

Bernard Lacombe

@@ fr113 | reply: question | from: Sandrine Morel <s.morel@azur-aviation.fr> | ref: OF-2026-2213 | ours: devest | style: outlook | qpos: above
--
Bonjour,

Votre devis ne précise pas de délai. Quand pourriez-vous livrer si on valide cette semaine ? Nous ouvrons une nouvelle promotion ATPL le 15 février et il nous faut l'outil avant.

Sandrine Morel
Directrice des opérations

@@ fr114 | reply: confirm | from: o.jeanneret@bluewin.ch | ref: OF-2026-2214 | ours: reset | style: plain
--
Salut,

Oui, faites la réinitialisation. Les 30 € ne sont pas un problème.

Olivier

@@ fr115 | reply: refuse | from: tresorier@acguadeloupe.gp | ref: OF-2026-2215 | ours: pool | style: plain
--
Bonjour,

Nous n'avons plus d'heures à consacrer à cela cette année, désolé. Nous ne participerons pas.

Le trésorier

@@ fr116 | reply: question | from: sophie.horth973@gmail.com | ref: OF-2026-2216 | ours: migfee | style: gmail | nb: 2027-01-15
--
Bonjour,

Ok mais pas avant le 15 janvier, on a les baptêmes de l'air de fin d'année et je ne veux aucun risque. Est-ce que vous pouvez le noter ?

Sophie

@@ fr117 | reply: confirm | from: c.zufferey@netplus.ch | ref: OF-2026-2217 | ours: setup | style: plain
--
Bonjour,

Nous prenons le forfait paramétrage. Merci de m'envoyer le questionnaire.

Christophe Zufferey
Président de l'Aéro-Groupe du Valais

@@ fr118 | reply: refuse | from: Étienne Lavoie <e.lavoie@aviationoutaouais.ca> | ref: OF-2026-2218 | ours: migterms | style: outlook | figs: nbd=1,nbm=5
--
Bonjour,

Après discussion avec nos instructeurs, on annule la demande de migration. Ce n'est pas le bon moment avec l'audit de Transports Canada qui s'en vient.

Merci de votre compréhension,
Étienne Lavoie

@@ fr119 | reply: question | from: martine.chevalier41@laposte.net | ref: OF-2026-2219 | ours: email | style: plain
--
Bonjour,

C'est quoi le compte client ? Je croyais que c'était la même chose que la plateforme où les pilotes réservent. Si c'est plus simple je vous laisse faire, mais dites-moi d'abord où je le trouve.

Martine

@@ fr120 | reply: confirm | from: tresorerie@cvv-alsace.fr | ref: OF-2026-2220 | ours: pool | style: plain | figs: h=1,b=5
--
Bonjour,

Ça nous va. Une heure, c'est tout à fait raisonnable.

Agnès Wolff
Trésorière CVV Alsace

@@ fr121 | reply: refuse | from: i.etcheverry64@gmail.com | ref: OF-2026-2221 | ours: setup | style: gmail
--
Bonjour,

On passe, merci. Le budget 2027 vient d'être voté et il n'y a rien de prévu pour ça.

Iñaki

@@ fr122 | reply: question | from: tresorerie@aeroclub.nc | ref: OF-2026-2222 | ours: devest | style: outlook
--
Bonjour,

Le montant est en euros HT ; chez nous il n'y a pas de TVA mais la TGC. Comment ça se passe pour la facture ? Je dois le savoir pour le présenter au bureau.

Trésorerie AC Calédonien

@@ fr123 | reply: confirm | from: Max Bélénus <max.belenus@wanadoo.fr> | ref: OF-2026-2223 | ours: alpha | style: gmail
--
Bonjour,

On accepte les conditions, on est prévenus. Nos jeunes pilotes ont hâte de tester la nouvelle interface !

Max Bélénus
Aéro-Club de Guadeloupe

@@ fr124 | reply: refuse | from: compta@aviationoutaouais.ca | ref: OF-2026-2224 | ours: overrun | style: plain
--
Bonjour,

La direction refuse le dépassement. Merci de ne pas facturer d'heures supplémentaires et de mettre la demande de côté.

Chantal Pelletier, comptabilité

@@ fr125 | reply: question | from: hubert.kieffer67@wanadoo.fr | ref: OF-2026-2225 | ours: testplat | style: plain
--
Bonjour,

Si vous la créez, elle restera en ligne combien de temps ? On voudrait s'en servir pour la formation des nouveaux moniteurs jusqu'à fin mars.

H. Kieffer

@@ fr126 | reply: confirm | from: bureau@acpaysbasque.fr | ref: OF-2026-2226 | ours: migterms | style: plain | figs: nbd=10,nbm=1
--
Bonjour,

Rien à redire, les conditions sont acceptées.

Le bureau de l'ACPB

@@ fr127 | reply: refuse | from: jc.faucher87@orange.fr | ref: OF-2026-2227 | ours: reset | style: plain
--
bonjour
laissez tomber, le trésorier a réussi avec le lien finalement
merci

@@ fr128 | reply: question | from: Thierry Wamytan <t.wamytan@lagoon.nc> | ref: OF-2026-2228 | ours: pool | style: outlook
--
Bonjour,

Oui pour 1 heure, mais pas pour les 2 heures proposées : il nous faut garder du crédit pour la saison. Est-ce que ça peut se faire ?

Thierry Wamytan

@@ fr129 | reply: confirm | from: n.renard@liegeflight.be | ref: OF-2026-2229 | ours: estimate | style: outlook
--
Bonjour,

Accord du gérant, vous pouvez planifier.

Bien à vous,
Nathalie Renard
Office manager
Liège Flight Academy SPRL - Aéroport de Liège
Tél. +32 4 000 00 00 | GSM +32 470 00 00 00
Le secrétariat sera fermé le 11/11 et du 24/12 au 02/01.

@@ fr130 | reply: refuse | from: o.jeanneret@bluewin.ch | ref: OF-2026-2230 | ours: migfee | style: plain
--
Bonjour,

Finalement l'assemblée a décidé de ne pas migrer. On reste comme ça, merci.

Olivier

@@ fr131 | reply: question | from: tresorier.acquercy@gmail.com | ref: OF-2026-2231 | ours: estimate | style: gmail
--
Bonjour,

Je suis d'accord mais c'est le président qui doit valider, je lui transmets. Il vous répondra directement.

Luc Delpech, trésorier

@@ fr132 | reply: confirm | from: aeroclub.quercy@orange.fr | ref: OF-2026-2232 | ours: estimate | style: plain
--
Bonjour,

Le président a validé, c'est bon pour nous, vous pouvez lancer.

Le secrétariat de l'AC Quercy

@@ fr133 | reply: refuse | from: Guylaine Lemieux <guylaine.lemieux@cgocable.ca> | ref: OF-2026-2233 | ours: devest | style: gmail
--
Bonjour,

Merci pour la soumission, mais c'est non pour cette année. Le CA préfère mettre l'argent sur le renouvellement des casques radio. On vous recontactera peut-être l'an prochain.

Guylaine

@@ fr134 | reply: question | from: caisse@aerogroupe-valais.ch | ref: OF-2026-2234 | ours: devest | style: plain
--
Bonjour,

Le devis est-il valable jusqu'à quand ? Notre assemblée générale n'a lieu qu'en mars et c'est elle qui décide des dépenses de ce montant.

Caisse AGV

@@ fr135 | reply: confirm | from: sophie.horth973@gmail.com | ref: OF-2026-2235 | ours: reset | style: android
--
oui svp faites le, on est bloqués depuis 3 jours. Merci !!

Envoyé depuis mon smartphone Android.

@@ fr136 | reply: refuse | from: compta@aeroclubtahiti.pf | ref: OF-2026-2236 | ours: setup | style: plain
--
Bonjour,

Le bureau ne souhaite pas souscrire au forfait paramétrage. Merci.

Vaimiti
Comptabilité AC Tahiti

@@ fr137 | reply: question | from: Philippe Delvaux <philippe.delvaux@skynet.be> | ref: OF-2026-2237 | ours: testplat | style: outlook
--
Bonjour,

Pourquoi pas, mais je ne comprends pas bien la différence avec la plateforme de démonstration que vous proposez sur votre site. Ce n'est pas la même chose ?

Philippe

@@ fr138 | reply: confirm | from: guylaine.lemieux@cgocable.ca | ref: OF-2026-2238 | ours: migterms | style: plain | figs: nbd=1,nbm=4
--
Bonjour, on est d'accord avec les conditions. Bonne journée! Guylaine

@@ fr139 | reply: refuse | from: c.zufferey@netplus.ch | ref: OF-2026-2239 | ours: estimate | style: plain
--
Bonjour,

Ce ne sera plus nécessaire : le membre qui voulait ce rapport a quitté le groupe. Merci de fermer la demande.

Christophe

@@ fr140 | reply: question | from: i.etcheverry64@gmail.com | ref: OF-2026-2240 | ours: alpha | style: gmail
--
Bonjour,

D'accord sur le principe, mais si l'alpha pose vraiment problème pendant la saison, vous pourrez nous aider à corriger rapidement ? Combien de temps en moyenne pour corriger une anomalie bloquante ?

Iñaki

@@ fr141 | reply: confirm | from: Sandrine Morel <s.morel@azur-aviation.fr> | ref: OF-2026-2241 | ours: pool | style: outlook
--
Bonjour,

Oui, nous participons. Merci d'avoir pensé à nous.

Sandrine Morel

@@ fr142 | reply: refuse | from: max.belenus@wanadoo.fr | ref: OF-2026-2242 | ours: migfee | style: plain
--
Bonjour,

On ne va pas migrer finalement. Merci et bonne continuation.

@@ fr143 | reply: question | from: compta@acpaysbasque.fr | ref: OF-2026-2243 | ours: overrun | style: outlook
--
Bonjour,

Vous annoncez un dépassement, mais pouvez-vous nous dire combien d'heures nous avons consommées depuis janvier et sur quelles demandes ? Nous n'arrivons pas au même chiffre.

Maialen Larralde, trésorière

@@ fr144 | reply: confirm | from: e.lavoie@aviationoutaouais.ca | ref: OF-2026-2244 | ours: testplat | style: outlook
--
Bonjour,

Oui s.v.p., créez-nous la plateforme de test.

Étienne Lavoie
Directeur général | Aviation Outaouais inc.
1 000, rue de l'Aéroport, Gatineau (Québec)
Bureau 819 000-0000 | Cell. 819 000-0001
Heures d'ouverture : lun.-ven. 7 h 30 à 17 h, sam. 8 h à 16 h

@@ fr145 | reply: refuse | from: philippe.delvaux@skynet.be | ref: OF-2026-2245 | ours: setup | style: apple
--
Non merci, pas intéressés.

Envoyé de mon iPhone

@@ fr146 | reply: question | from: Moana Teriitehau <moana.teriitehau@mail.pf> | ref: OF-2026-2246 | ours: migterms | style: plain | figs: nbd=15,nbm=2
--
Bonjour,

Les conditions ok, mais nous avons encore une facture de 2025 que nous pensions avoir payée. Pouvez-vous vérifier ? Je ne voudrais pas que la migration soit bloquée à cause de ça.

Moana

@@ fr147 | reply: confirm | from: tresorerie@aeroclub.nc | ref: OF-2026-2247 | ours: estimate | style: plain
--
Bonjour,

Accord pour l'estimation. Merci.

La trésorerie

@@ fr148 | reply: refuse | from: n.renard@liegeflight.be | ref: OF-2026-2248 | ours: pool | style: outlook
--
Bonjour,

Malheureusement nous ne pourrons pas participer. Notre crédit d'heures est déjà réservé pour la migration de printemps.

Nathalie Renard

@@ fr149 | reply: question | from: jc.faucher87@orange.fr | ref: OF-2026-2249 | ours: email | style: plain
--
bonjour, ok pour vous laisser changer l adresse mais elle doit aller a quelle adresse la facture de 30 € ? l ancienne n existe plus

@@ fr150 | reply: confirm | from: Hubert Kieffer <hubert.kieffer67@wanadoo.fr> | ref: OF-2026-2250 | ours: overrun | style: plain
--
Bonjour,

Entendu pour la facturation du dépassement. Ne tardez pas trop, nous en avons besoin pour l'ouverture de la saison.

H. Kieffer

@@ fr151 | reply: refuse | from: Martine Chevalier <martine.chevalier41@laposte.net> | ref: OF-2026-2251 | ours: migfee | style: plain
--
Bonjour,

Je reviens sur ma réponse de la semaine dernière : le bureau s'est réuni et a voté contre la migration. Merci de ne pas la faire et d'annuler la facture si elle a été émise.

Martine Chevalier
Secrétaire ULM Club Val de Loire

@@ fr152 | reply: question | from: compta@aviationoutaouais.ca | ref: OF-2026-2252 | ours: devest | style: outlook
--
Bonjour,

Pouvez-vous nous envoyer le devis signé en PDF avec votre numéro d'entreprise ? Notre politique interne exige une soumission formelle avant toute approbation.

Chantal Pelletier
Comptabilité - Aviation Outaouais inc.

@@ fr153 | reply: confirm | from: tresorerie@aeroclubnamur.be | ref: OF-2026-2253 | ours: pool | style: plain
--
Bonjour,

Le CA est d'accord pour la participation. Aucune objection.

Françoise Collard

@@ fr154 | reply: refuse | from: tresorerie@cvv-alsace.fr | ref: OF-2026-2254 | ours: devest | style: plain
--
Bonjour,

Merci, mais nous n'irons pas plus loin. Le club va plutôt investir dans un treuil neuf.

Agnès Wolff

@@ fr155 | reply: question | from: Bernard Lacombe <bernard.lacombe46@orange.fr> | ref: OF-2026-2255 | ours: setup | style: plain
--
Bonjour,

Le forfait m'intéresse mais je ne suis pas un as de l'informatique : le questionnaire, il faut le remplir en ligne ou sur papier ? Et est-ce que quelqu'un peut m'aider par téléphone ?

Bernard Lacombe

@@ fr156 | reply: confirm | from: aeroclubguyane@orange.fr | ref: OF-2026-2256 | ours: email | style: plain
--
Bonjour,

Oui, faites-le pour nous, merci. C'est la nouvelle adresse de la secrétaire qui doit remplacer l'ancienne.

AC Guyane

@@ fr157 | reply: refuse | from: s.morel@azur-aviation.fr | ref: OF-2026-2257 | ours: migterms | style: outlook | figs: nbd=1,nbm=3
--
Bonjour,

Nous retirons notre demande de migration. Notre direction a décidé de revoir l'ensemble de nos outils en 2027 avant toute évolution.

Cordialement,
Sandrine Morel

@@ fr158 | reply: question | from: t.wamytan@lagoon.nc | ref: OF-2026-2258 | ours: estimate | style: plain
--
Bonjour,

Je transmets au trésorier, c'est lui qui gère le crédit d'heures. Il vous répondra la semaine prochaine.

Thierry

@@ fr159 | reply: confirm | from: c.zufferey@netplus.ch | ref: OF-2026-2259 | ours: devest | style: gmail
--
Bonjour,

Le comité a accepté votre offre à l'unanimité. Vous pouvez commencer.

Meilleures salutations
Christophe Zufferey

@@ fr160 | reply: refuse | from: aeroclub.quercy@orange.fr | ref: OF-2026-2260 | ours: alpha | style: plain
--
Bonjour,
NON MERCI pour la version alpha, on a déjà assez de soucis avec la météo.
Le secrétariat

@@ fr161 | reply: question | from: Sophie Horth <sophie.horth973@gmail.com> | ref: OF-2026-2262 | ours: testplat | style: gmail
--
Bonjour,

On n'a plus d'heures de bonus je crois (on est en First Price). Est-ce que vous pouvez quand même la créer, et combien ça coûterait ?

Sophie

@@ fr162 | reply: confirm | from: moana.teriitehau@mail.pf | ref: OF-2026-2263 | ours: overrun | style: plain
--
Bonjour,

Ça nous va, facturez le dépassement. On n'a pas le choix de toute façon, sans cette modification les instructeurs ne peuvent plus saisir les vols de nuit.

Moana

@@ fr163 | reply: refuse | from: i.etcheverry64@gmail.com | ref: OF-2026-2264 | ours: testplat | style: plain
--
Bonjour
Pas besoin, merci, on n'a personne pour s'en servir cet hiver.
Iñaki

@@ fr164 | reply: question | from: Max Bélénus <max.belenus@wanadoo.fr> | ref: OF-2026-2265 | ours: migterms | style: apple | figs: nbd=1,nbm=2
--
C'est quoi exactement les factures qui restent à régler ? Je pensais qu'on était à jour.

Envoyé de mon iPhone

@@ fr165 | reply: confirm | from: admin@azur-aviation.fr | ref: OF-2026-2266 | ours: estimate | style: outlook | qpos: above
--
Bonjour,

Bon pour accord.

Julien Arnaud
Service administratif

@@ fr166 | reply: refuse | from: hubert.kieffer67@wanadoo.fr | ref: OF-2026-2267 | ours: pool | style: plain
--
Bonjour,

Ok, on a regardé : ça ne nous servira pas, les planeurs n'ont pas de compteur horaire moteur. On laisse passer.

H. Kieffer

@@ fr167 | reply: question | from: e.lavoie@aviationoutaouais.ca | ref: OF-2026-2268 | ours: overrun | style: outlook
--
Bonjour,

On accepte si le total reste sous les 500 €. Au-delà, j'ai besoin de l'approbation du conseil d'administration.

Étienne Lavoie

@@ fr168 | reply: confirm | from: Philippe Delvaux <philippe.delvaux@skynet.be> | ref: OF-2026-2269 | ours: estimate | style: outlook | noquote: 1
--
Bonjour,

Pour votre message d'hier sur l'export des carnets de route : c'est d'accord, vous pouvez faire le travail sur notre crédit d'heures.

Philippe Delvaux
Trésorier AC Namur
"""
