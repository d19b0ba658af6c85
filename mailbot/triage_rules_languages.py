"""Safeguarding signals and complaint cues in the other languages gro-up's clients write.

Polish, Turkish, Arabic (also in Latin letters), Portuguese, Spanish, French, German, Somali,
Ukrainian, Russian, Persian/Dari, Romanian, Italian and Tigrinya forms of the concepts the Dutch
and English rules of ``mailbot.triage_rules`` know (a child hit, locked up or left hungry;
touching and secrets; a partner who hits, threatens or controls; self-harm; exploitation; a drunk
caregiver; complaint and not-a-complaint cues). Concepts 22-29 add rough handling by staff,
keep-it-from-your-parent talk and grooming, silencing threats, a teen's account or packages used by
older men, genital signs with a small child's words, intimate care past "stop", a child shut alone
in the dark, and a toddler left with a child, out in a nappy or with a parent on drugs. A bag of
words trained on Dutch and English mail cannot read these languages, so for mail detected as
``other`` these rules carry the triage (``classify`` runs them only on such mail: in Dutch or
English text they could only add false matches). Some words mean something else in a neighbouring
language (Persian "ضربه", a kick of a ball, is Arabic for "he hit him"): the rules keep the
safeguarding reading, a human decides. Written from the languages, not from the corpus;
``tests/unit/test_triage_rule_examples.py`` checks every concept against example sentences that
must match and harmless look-alikes that must not (``tests/data/language_rule_examples.json``).
Pattern syntax: ``mailbot.rule_matcher``.
"""

from __future__ import annotations

from mailbot.rule_matcher import G, H, K, O, Rule, S

LANGUAGE_RULES: tuple[Rule, ...] = (
    # 1 hits child
    Rule(
        "sg",
        K,
        1.0,
        (
            "re:(po)?bi(je|j[ąa]|[łl]|[łl]a|li|[łl]y) ? re:(go|j[ąa]|je|i"
            "ch|syna|c[óo]rk[ęe]|dziecko|dzieci|ma[łl]ego|ma[łl][ąa]|ma[ł"
            "l]ych|brata|siostr[ęe])",
            "re:(go|j[ąa]|je|ich|syna|c[óo]rk[ęe]|dziecko|dzieci|ma[łl]eg"
            "o|ma[łl][ąa]|ma[łl]ych|brata|siostr[ęe]) re:(po)?bi(je|j[ąa]"
            "|[łl]|[łl]a|li|[łl]y)",
            "re:(uderz(a|aj[ąa]|y[łl]|y[łl]a|yli)|kop(ie|i[ąa]|n[ąa][łl]|"
            "n[ęe][łl]a|a[łl]|a[łl]a)|spoliczkowa(ł|ła|l|la)|s?pra(ł|ła|l"
            "|la|li)|t[łl]u(cze|k[łl]|k[łl]a|kl|kla)) ? re:(go|j[ąa]|je|i"
            "ch|syna|c[óo]rk[ęe]|dziecko|dzieci|ma[łl]ego|ma[łl][ąa]|ma[ł"
            "l]ych|brata|siostr[ęe])",
            "re:(go|j[ąa]|je|ich|syna|c[óo]rk[ęe]|dziecko|dzieci|ma[łl]eg"
            "o|ma[łl][ąa]|ma[łl]ych|brata|siostr[ęe]) re:(uderz(a|aj[ąa]|"
            "y[łl]|y[łl]a|yli)|kop(ie|i[ąa]|n[ąa][łl]|n[ęe][łl]a|a[łl]|a["
            "łl]a)|spoliczkowa(ł|ła|l|la)|s?pra(ł|ła|l|la|li)|t[łl]u(cze|"
            "k[łl]|k[łl]a|kl|kla))",
            "re:(po)?bi(je|j[ąa]|[łl]|[łl]a|li)|re:uderz(a|y[łl]|y[łl]a)|"
            "re:le(je|j[ąa]|a[łl]|a[łl]a) ? ? re:(pasem|paskiem|kablem|ki"
            "jem|kapciem|pi[ęe]ści[ąa]|[łl]y[żz]k[ąa]|drewnian[ąa]|r[óo]z"
            "g[ąa])",
            "re:(dosta(je|j[ąa]|[łl]|[łl]a|li)) re:(lanie|lania|klapsy|kl"
            "apsa|pasem|manto)",
            "re:(dosta(je|j[ąa]|[łl]|[łl]a|li)) w re:sk[óo]r[ęe]",
            "re:da(je|j[ąa]|[łl]|[łl]a|li) re:(mu|jej|im) re:(klapsy|klapsa)",
            "re:da(je|j[ąa]|[łl]|[łl]a|li) re:(mu|jej|im) w re:(twarz|pys"
            "k|ty[łl]ek|g[łl]ow[ęe])",
            "re:(onu|onlar[ıi]|[çc]ocu[ğg]u|[çc]ocuklar[ıi]|o[ğg]lumu|k[ı"
            "i]z[ıi]m[ıi]|[çc]ocu[ğg]umu|[çc]ocuklar[ıi]m[ıi]|o[ğg]lunu|k"
            "[ıi]z[ıi]n[ıi]|bebe[ğg](?:i̇?)|bebe[ğg](?:i̇?)m(?:i̇?)|karde"
            "[şs](?:i̇?)m(?:i̇?)|karde[şs](?:i̇?)n(?:i̇?)|torunumu) ? ? r"
            "e:d[öo]v([üu]yor|[üu]yorlar|d[üu]|d[üu]ler|er|erd(?:i̇?)|m[ü"
            "u][şs]|m[üu][şs]ler|[üu]yordu|meye|[üu]yormu[şs])",
            "re:(ona|onlara|[çc]ocu[ğg]a|[çc]ocuklara|o[ğg]luma|k[ıi]z[ıi"
            "]ma|[çc]ocu[ğg]uma|[çc]ocuklar[ıi]ma|o[ğg]luna|k[ıi]z[ıi]na|"
            "bebe[ğg]e|bebe[ğg](?:i̇?)me|karde[şs](?:i̇?)me|karde[şs](?:i"
            "̇?)ne) ? ? re:(vur(uyor|du|ur|mu[şs]|uyordu|dular|uyorlar|ur"
            "du)|tokat|tekme|yumruk|tokatl([ıi]yor|ad[ıi]|am[ıi][şs])|tek"
            "mel((?:i̇?)yor|ed(?:i̇?)|em(?:i̇?)[şs]))",
            "re:(onu|onlar[ıi]|[çc]ocu[ğg]u|[çc]ocuklar[ıi]|o[ğg]lumu|k[ı"
            "i]z[ıi]m[ıi]|[çc]ocu[ğg]umu|[çc]ocuklar[ıi]m[ıi]|o[ğg]lunu|k"
            "[ıi]z[ıi]n[ıi]|bebe[ğg](?:i̇?)|bebe[ğg](?:i̇?)m(?:i̇?)|karde"
            "[şs](?:i̇?)m(?:i̇?)|karde[şs](?:i̇?)n(?:i̇?)|torunumu) ? re:"
            "(tokatl([ıi]yor|ad[ıi]|am[ıi][şs]|[ıi]yorlar|ad[ıi]lar)|tekm"
            "el((?:i̇?)yor|ed(?:i̇?)|em(?:i̇?)[şs]|ed(?:i̇?)ler))",
            "re:(kemerle|terl(?:i̇?)kle|sopayla|kabloyla|ask[ıi]yla|ka[şs"
            "][ıi]kla|cetvelle|oklavayla|hortumla) ? ? re:(d[öo]v[a-zışçğ"
            "üöâ̇]*|vur[a-zışçğüöâ̇]*)",
            "re:dayak re:(at[ıi]yor|att[ıi]|atar|atm[ıi][şs]|at[ıi]yorlar"
            "|y(?:i̇?)yor|yed(?:i̇?)|yem(?:i̇?)[şs]|y(?:i̇?)yordu)",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)ضرب(ه|ه[اأإآ]|هم|"
            "و|وه|وه[اأإآ]|وهم|هن|ون|و[اأإآ])",
            "re:(و|ف)?(ضرب|ضربت|ضربو|ضرب[اأإآ]ت|ضربو[اأإآ])(ه[اأإآ]|هم|ه|"
            "و|وه|وه[اأإآ]|وهم|ته|ته[اأإآ]|تهم|[اأإآ]تو|[اأإآ]ته[اأإآ])",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?ضرب(و|و[اأإآ]|ون"
            "|[اأإآ]ت|ت)? re:(ل|لل|[اأإآ]ل)?(طفل|[اأإآ]طف[اأإآ]ل|ولد|[اأإ"
            "آ]ول[اأإآ]د|ول[اأإآ]د|بنت|صغ[يى]ر|صغ[يى]ر[ةه]|صغ[اأإآ]ر|رض[ي"
            "ى]ع|در[اأإآ]ر[يى]|ول[يى]د[اأإآ]ت|طفل[ةه]|[اأإآ]بن[يى]|[اأإآ]"
            "بنت[يى]|بنت[يى]|ولد[يى]|ول[اأإآ]د[يى]|[اأإآ]ول[اأإآ]د[يى]|[ا"
            "أإآ]بنه|[اأإآ]بنه[اأإآ]|بنته|بنته[اأإآ]|ولده[اأإآ]|ولده|ول[ا"
            "أإآ]ده[اأإآ]|[اأإآ]ول[اأإآ]ده[اأإآ]|طفله[اأإآ]|طفله|[اأإآ]بن"
            "ك|[اأإآ]بنكم|[اأإآ]خوه|[اأإآ]خته|[اأإآ]خوه[اأإآ]|[اأإآ]خته[ا"
            "أإآ])",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?ضرب\\S* ? ? re:(ب"
            "|ب[اأإآ]ل)(حز[اأإآ]م|سمط[ةه]|صمط[ةه]|عص[اأإآ]|عص[ىي]|خ[يى]ط|"
            "نع[اأإآ]ل|شبشب|بلغ[ةه]|مسطر[ةه]|ك[اأإآ]بل|قش[اأإآ]ط|سلك|عص[ا"
            "أإآ][يى][ةه]|زل[اأإآ]ط|ش[يى]بو|قض[يى]ب)",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?(صفع|ركل|لطم|رفس"
            ")(ه|ه[اأإآ]|هم|و|ته|ته[اأإآ]|وه|وه[اأإآ])",
            "re:(عط[اأإآ]ه|عط[اأإآ]ه[اأإآ]|[اأإآ]عط[اأإآ]ه|[اأإآ]عط[اأإآ]"
            "ه[اأإآ]|عط[اأإآ]تو|عط[اأإآ]ته[اأإآ]|[يى]عط[يى]ه|[يى]عط[يى]ه["
            "اأإآ]|ك[يى]عط[يى]ه|ك[يى]عط[يى]ه[اأإآ]|كتعط[يى]ه|كتعط[يى]ه[اأ"
            "إآ]) re:(كف|كفوف|طرش[ةه]|طرش[اأإآ]ت|تصرف[يى]ق[ةه]|تصرف[يى]ق["
            "اأإآ]ت|صفع[ةه]|كف[يى]ن|طر[يى]ح[ةه]|علق[ةه]|قتل[ةه])",
            "re:(كل[اأإآ]|كل[اأإآ]ت|[اأإآ]كل|[اأإآ]كل|[يى][اأإآ]كل|ك[يى]["
            "اأإآ]كل|كت[اأإآ]كل|ن[اأإآ]كل) re:(طر[يى]ح[ةه]|علق[ةه]|قتل[ةه"
            "]|[اأإآ]لعص[اأإآ])",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?عنف(ه|ه[اأإآ]|هم"
            "|و|ون|وه[اأإآ])",
            "re:(kay|kat|ka|tay|bi|by|bt)?(y|i|t)?(dreb|drb|darab|drab|da"
            "reb|dr9|dreb)(o|ou|oh|ha|hom|hum|uh|u)",
            "re:(bate|bateu|batia|batem|bateram|batiam|bater|espanca|espa"
            "ncou|espancava|agride|agrediu|agredia|esbofeteia|esbofeteou|"
            "chuta|chutou|chutava) re:(nele|nela|neles|nelas)",
            "re:(bate|bateu|batia|batem|bateram|batiam|bater|espanca|espa"
            "ncou|espancava|agride|agrediu|agredia|esbofeteia|esbofeteou|"
            "chuta|chutou|chutava) re:(no|na|nos|nas|em|o|a|os|as) re:(me"
            "u|minha|meus|minhas|seu|sua|nosso|nossa|dele|dela)~ re:(filh"
            "o|filha|filhos|filhas|menino|menina|meninos|meninas|crian[çc"
            "]a|crian[çc]as|beb[êe]|beb[ée]|beb[êe]s|beb[ée]s|mi[úu]do|mi"
            "[úu]da|mi[úu]dos|mi[úu]das|pequeno|pequena|pequenos|neto|net"
            "a|netos|garoto|garota|garotos|enteado|enteada|irm[ãa]o|irm[ã"
            "a]|irm[ãa]os|irm[ãa]zinha|irm[ãa]ozinho|filhinho|filhinha)",
            "re:(bate|bateu|batia|batem|bateram|espanca|espancou|agride|a"
            "grediu)-(lhe|lhes|o|a|os|as)",
            "re:espanc(a|ou|ava|am|aram|avam|ado|ada|ados|adas|amento|amentos)",
            "re:(bate|bateu|batia|batem|bateram|batiam|bater|espanca|espa"
            "ncou|espancava|agride|agrediu|agredia|esbofeteia|esbofeteou|"
            "chuta|chutou|chutava) ? ? ? re:(cinto|chinelo|vara|pau|chico"
            "te|cinta|r[ée]gua|mangueira|fivela)",
            "re:(chinelada|chineladas|cintada|cintadas|palmadas|surra|sur"
            "ras|sova|sovas|tareia|tareias|tabefe|tabefes|bofetada|bofeta"
            "das|chapada|chapadas|estalada|estaladas|lambada|lambadas)",
            "re:(deu|d[áa]|da|dava|davam|deram|leva|levou|levava|levam) r"
            "e:(um|uma|uns|umas)~ re:(tapa|tapas|tap[ãa]o|murro|murros|so"
            "co|socos|chute|pontap[ée]|pontap[ée]s|bofetada|chapada|estal"
            "ada|tabefe) re:(na|no|nas|nos) re:(cara|rosto|cabe[çc]a|boca"
            "|costas|barriga)",
            "re:(deu-lhe|d[áa]-lhe|dava-lhe|deram-lhe) re:(um|uma)~ re:(c"
            "hapada|estalada|bofetada|tapa|murro|soco|pontap[ée]|sova|tar"
            "eia|surra)",
            "re:(le|les) re:(pega|peg[óo]|pegaba|pegan|pegaron|pegaban) r"
            "e:(con|a|al|en|cuando|todos|todas|mucho|siempre|cada|fuerte|"
            "\\.|,|y|si|por|de|casi|muchas|delante|otra|porque)",
            "re:(le|les) re:(da|dio|daba|dan|dieron|daban|peg[óo]|pega|pe"
            "gaba|meti[óo]|mete) re:(un|una|unos|unas)~ re:(bofetada|bofe"
            "tadas|bofet[óo]n|cachetada|cachetadas|tortazo|tortazos|guant"
            "azo|guantazos|nalgada|nalgadas|paliza|palizas|patada|patadas"
            "|pu[ñn]etazo|pu[ñn]etazos|golpe|golpes|correazos|chanclazo|c"
            "hanclazos|cinturonazo|cinturonazos|zurra|madrazo|madrazos|ca"
            "chetazo|cachetazos|sopapo|sopapos)",
            "re:(lo|la|los|las) re:(golpea|golpe[óo]|golpeaba|golpean|gol"
            "pearon|golpeaban|maltrata|maltrat[óo]|maltrataba|maltratan|z"
            "arandea|zarande[óo]|sacudi[óo]|abofetea|abofete[óo]|azota|az"
            "ot[óo]|azotaba|apalea|apale[óo])",
            "re:(pega|peg[óo]|pegaba|pegan|golpea|golpe[óo]|golpeaba|malt"
            "rata|maltrat[óo]|maltrataba|azota|azot[óo]) re:(a|al) re:(mi"
            "|su|los|las|la|el|sus|mis|nuestro|nuestra)~ re:(hijo|hija|hi"
            "jos|hijas|ni[ñn]o|ni[ñn]a|ni[ñn]os|ni[ñn]as|nene|nena|nenes|"
            "beb[ée]|beb[ée]s|cr[íi]o|cr[íi]a|cr[íi]os|chico|chica|chicos"
            "|chiquito|chiquita|peque[ñn]o|peque[ñn]a|peque[ñn]os|hermani"
            "to|hermanita|nieto|nieta|hijastro|hijastra|peque|peques|hiji"
            "to|hijita|sobrino|sobrina|sobrinos)",
            "re:(le|les) re:(da|dio|daba|dan|pega|peg[óo]|pegaba) con re:"
            "(el|la|un|una)~ re:(cintur[óo]n|cinto|correa|chancla|chancle"
            "ta|zapatilla|palo|cable|vara|regla|manguera)",
            "re:(pega|peg[óo]|pegaba|pegan|golpea|golpe[óo]|golpeaba|azot"
            "a|azot[óo]|azotaba) ? ? ? re:(cintur[óo]n|correa|chancla|cha"
            "ncleta|zapatilla|palo|cable|vara|manguera|cinto)",
            "re:(chanclazos|cinturonazos|correazos|nalgadas|azotes|bofeta"
            "das|cachetadas|palizas|cachetazos)",
            "re:(le|la|les) re:(frappe|frappent|frappait|frappaient|bat|b"
            "attent|battait|battaient|gifle|giflent|giflait|cogne|cognait"
            "|tabasse|tabassait|fouette|fouettait|tape|tapait)",
            "re:l'(a|avait|ont|avaient) re:(frapp[ée]e?s?|battue?s?|tap[é"
            "e]e?s?|gifl[ée]e?s?|cogn[ée]e?s?|tabass[ée]e?s?|fess[ée]e?s?"
            "|fouett[ée]e?s?|rou[ée]|rou[ée]e)",
            "re:l ’|‘|´|` re:(a|avait|ont|avaient) re:(frapp[ée]e?s?|batt"
            "ue?s?|tap[ée]e?s?|gifl[ée]e?s?|cogn[ée]e?s?|tabass[ée]e?s?|f"
            "ess[ée]e?s?|fouett[ée]e?s?|rou[ée]|rou[ée]e)",
            "les re:(a|ont|avait|avaient) re:(frapp[ée]e?s|battue?s|tap[é"
            "e]e?s|gifl[ée]e?s|tabass[ée]e?s)",
            "re:(frappe|frappent|frappait|frappaient|bat|battent|battait|"
            "battaient|tape|tapent|tapait|tapaient|gifle|giflent|giflait|"
            "cogne|cognait|tabasse|tabassait|fouette|fouettait|frapp[ée]|"
            "battu|tap[ée]|gifl[ée]|cogn[ée]|tabass[ée]) re:(son|sa|ses|m"
            "on|ma|mes|notre|nos|le|la|les|leur|leurs)~ re:(l'|d')?(fils|"
            "fille|enfant|enfants|b[ée]b[ée]|b[ée]b[ée]s|petit|petite|pet"
            "its|gar[çc]on|gar[çc]ons|filles|gamin|gamine|gamins|gosse|go"
            "sses|m[ôo]me|m[ôo]mes|neveu|ni[èe]ce|fr[èe]re|sœur|soeur|bea"
            "u-fils|belle-fille|loulou|petiot)",
            "re:coups? de re:(ceinture|b[âa]ton|martinet|c[âa]ble|fouet|p"
            "oing|poings|r[èe]gle|pantoufle|savate)",
            "re:(gifles?|fess[ée]es?|racl[ée]es?|baffes?|torgnoles?|claqu"
            "es|rouste|roustes)",
            "re:(frappe|frappent|frappait|frappaient|bat|battent|battait|"
            "battaient|tape|tapent|tapait|tapaient|gifle|giflent|giflait|"
            "cogne|cognait|tabasse|tabassait|fouette|fouettait|frapp[ée]|"
            "battu|tap[ée]|gifl[ée]|cogn[ée]|tabass[ée]) ? ? ? re:(ceintu"
            "re|martinet|pantoufle|savate|b[âa]ton|fouet|c[âa]ble)",
            "re:(lui|leur) re:(donne|donnait|donnent|a|avait|ont|met|mett"
            "ait) re:(donn[ée]|mis|flanqu[ée])~ re:(une|des|un) re:(gifle"
            "|gifles|claque|claques|fess[ée]e|fess[ée]es|baffe|baffes|cou"
            "p|coups|racl[ée]e|tarte|tartes)",
            "re:(schl(?:ä|ae|a)gt|schlug|schlagen|schlugen|verpr(?:ü|ue|u"
            ")gelt|verpr(?:ü|ue|u)gelte|verhaut|verhaute|ohrfeigt|ohrfeig"
            "te|tritt|trat|pr(?:ü|ue|u)gelt|pr(?:ü|ue|u)gelte) re:(ihn|si"
            "e|es) re:(mit|oft|immer|jeden|st(?:ä|ae|a)ndig|regelm(?:ä|ae"
            "|a)(?:ß|ss)ig|wenn|,|\\.|und|ins|auf|in|fest|heftig|so|manchm"
            "al|dann|windelweich|gr(?:ü|ue|u)n|blau|t(?:ä|ae|a)glich)",
            "re:(schl(?:ä|ae|a)gt|schlug|schlagen|schlugen|verpr(?:ü|ue|u"
            ")gelt|verpr(?:ü|ue|u)gelte|verhaut|verhaute|ohrfeigt|ohrfeig"
            "te|tritt|trat|pr(?:ü|ue|u)gelt|pr(?:ü|ue|u)gelte) re:(das|de"
            "n|die|ihr|sein|ihren|seinen|meinen|meine|mein|unser|unseren|"
            "unsere|seine|ihre)~ re:(kind|kinder|kindern|sohn|tochter|bab"
            "y|babys|jungen|junge|m(?:ä|ae|a)dchen|kleinen|kleine|kleinen"
            "|enkel|enkelin|stiefsohn|stieftochter|bruder|schwester|sohne"
            "mann|kleinkind)",
            "re:(ihn|sie|es|das|den|meinen|meine|unseren|unsere|seinen|se"
            "ine|ihren|ihre) ? ? re:(geschlagen|verpr(?:ü|ue|u)gelt|geohr"
            "feigt|getreten|verhauen|gehauen)",
            "re:(verpr(?:ü|ue|u)gelt|verpr(?:ü|ue|u)gelte|verpr(?:ü|ue|u)"
            "geln|verpr(?:ü|ue|u)gelten|pr(?:ü|ue|u)gelt|pr(?:ü|ue|u)gelt"
            "e)",
            "re:(ohrfeige|ohrfeigen|backpfeife|backpfeifen|watsche|watsch"
            "en|klaps|klapse|schl[ä]ge|schlaege|pr(?:ü|ue|u)gel)",
            "re:(schl(?:ä|ae|a)gt|schlug|schlagen|schlugen|verpr(?:ü|ue|u"
            ")gelt|verpr(?:ü|ue|u)gelte|verhaut|verhaute|ohrfeigt|ohrfeig"
            "te|tritt|trat|pr(?:ü|ue|u)gelt|pr(?:ü|ue|u)gelte) ? ? ? re:("
            "g(?:ü|ue|u)rtel|kochl(?:ö|oe|o)ffel|stock|hausschuh|pantoffe"
            "l|kabel|lineal|rute|riemen|g(?:ü|ue|u)rtelschnalle)",
            "re:(ilmaha|ilmo|ilmihii|ilmaheyga|ilmahayga|ilmahaaga|cunug|"
            "cunugga|cunuggii|cunuggayga|cunuggeyga|caruurta|carruurta|ca"
            "ruurtii|carruurtii|carruurteyda|carruurtayda|caruurteyda|wii"
            "lka|wiilkayga|wiilkeyga|wiilkii|gabadha|gabadhayda|gabadheyd"
            "a|gabadhii|inanta|inankii|inanka|yarka|yaraha|ilmahiisa|ilma"
            "heeda|wiilkiisa|wiilkeeda|gabadhiisa|gabadheeda|ubadka|dhall"
            "aanka|canugga|ilmihiisa|carruurtiisa|carruurteeda) ? ? ? re:"
            "(garaac|garaaca|garaacaa|garaacay|garaacdaa|garaacday|garaac"
            "aya|garaacayaa|garaacayey|garaacayay|garaaci|garaacis|garaac"
            "id|garaacdo|garaacaan|garaaceen|garaacdey|garaacey|garaacaya"
            "an|garaacaysaa|garaacdo|dhufay|dhufaa|dhuftay|dhufto|dhuftaa"
            ")",
            "re:(garaac|garaaca|garaacaa|garaacay|garaacdaa|garaacday|gar"
            "aacaya|garaacayaa|garaacayey|garaacayay|garaaci|garaacis|gar"
            "aacid|garaacdo|garaacaan|garaaceen|garaacdey|garaacey|garaac"
            "ayaan|garaacaysaa|garaacdo|dhufay|dhufaa|dhuftay|dhufto|dhuf"
            "taa) ? ? re:(ilmaha|ilmo|ilmihii|ilmaheyga|ilmahayga|ilmahaa"
            "ga|cunug|cunugga|cunuggii|cunuggayga|cunuggeyga|caruurta|car"
            "ruurta|caruurtii|carruurtii|carruurteyda|carruurtayda|caruur"
            "teyda|wiilka|wiilkayga|wiilkeyga|wiilkii|gabadha|gabadhayda|"
            "gabadheyda|gabadhii|inanta|inankii|inanka|yarka|yaraha|ilmah"
            "iisa|ilmaheeda|wiilkiisa|wiilkeeda|gabadhiisa|gabadheeda|uba"
            "dka|dhallaanka|canugga|ilmihiisa|carruurtiisa|carruurteeda)",
            "re:(karbaash|karbaasha|karbaashaa|karbaashay|karbaashdaa|kar"
            "baashday|karbaashaan|karbaashid|karbaashayaa)",
            "re:(dharbaax|dharbaaxo|dharbaaxay|dharbaaxaa|dharbaaxdaa|dha"
            "rbaaxday|dharbaaxooyin|dharbaaxayaa|dharbaaxada)",
            "re:(suun|suunka|ul|usha|jeedal|jeedalka|silig|siligga|kabta|"
            "dacas|dacasta|kabaha|ulo) ? ? re:(garaac|garaaca|garaacaa|ga"
            "raacay|garaacdaa|garaacday|garaacaya|garaacayaa|garaacayey|g"
            "araacayay|garaaci|garaacis|garaacid|garaacdo|garaacaan|garaa"
            "ceen|garaacdey|garaacey|garaacayaan|garaacaysaa|garaacdo|dhu"
            "fay|dhufaa|dhuftay|dhufto|dhuftaa)",
            "re:(бив|била|били|побив|побила|побили|вдарив|вдарила|вдарили"
            "|ударив|ударила|лупцює|лупцював|лупцювала|лупить|лупив|лупил"
            "а|відлупцював|відлупцювала|шмагає|шмагав|ляснула|ляснув) re:"
            "(його|[їі][їі]|[їі]х|дитину|сина|доньку|дочку|малого|малу|ді"
            "тей|синочка|донечку|хлопчика|дівчинку|онука|онуку|малюка|мал"
            "ечу)",
            "re:(його|[їі][їі]|[їі]х|дитину|сина|доньку|дочку|малого|малу"
            "|дітей|синочка|донечку|хлопчика|дівчинку|онука|онуку|малюка|"
            "малечу) re:(бив|била|били|побив|побила|побили|вдарив|вдарила"
            "|вдарили|ударив|ударила|лупцює|лупцював|лупцювала|лупить|луп"
            "ив|лупила|відлупцював|відлупцювала|шмагає|шмагав|ляснула|ляс"
            "нув)",
            "re:б['ʼ](є|ють) re:(його|[їі][їі]|[їі]х|дитину|сина|доньку|д"
            "очку|малого|малу|дітей|синочка|донечку|хлопчика|дівчинку|ону"
            "ка|онуку|малюка|малечу)",
            "re:б ’|‘|´|` re:(є|ють) re:(його|[їі][їі]|[їі]х|дитину|сина|"
            "доньку|дочку|малого|малу|дітей|синочка|донечку|хлопчика|дівч"
            "инку|онука|онуку|малюка|малечу)",
            "re:(його|[їі][їі]|[їі]х|дитину|сина|доньку|дочку|малого|малу"
            "|дітей|синочка|донечку|хлопчика|дівчинку|онука|онуку|малюка|"
            "малечу) re:б['ʼ](є|ють)",
            "re:(його|[їі][їі]|[їі]х|дитину|сина|доньку|дочку|малого|малу"
            "|дітей|синочка|донечку|хлопчика|дівчинку|онука|онуку|малюка|"
            "малечу) re:б ’|‘|´|` re:(є|ють)",
            "re:(б['ʼ]є|б['ʼ]ють|бив|била|били|побив|побила|побили|вдарив"
            "|вдарила|вдарили|ударив|ударила|лупцює|лупцював|лупцювала|лу"
            "пить|лупив|лупила|відлупцював|відлупцювала|шмагає|шмагав|ляс"
            "нула|ляснув) ? ? ? re:(ременем|паском|поясом|палкою|палицею|"
            "капцем|тапком|шнуром|кабелем|дротом|різкою|пряжкою)",
            "re:(ляпас|ляпаси|ляпасів|стусани|стусанів|потиличники|потили"
            "чник|ляпаса|ляпасами)",
            "re:([îi]l|o|il) re:(bate|b[ăa]tea|love[șşs]te|lovea|p[ăa]lmu"
            "ie[șşs]te|p[ăa]lmuia|plesne[șşs]te|plesnea|snope[șşs]te|snop"
            "ea|croie[șşs]te|altoie[șşs]te|burdu[șşs]e[șşs]te)",
            "re:(l-a|l-au|i-a|i-au|le-a|i-a) re:(b[ăa]tut|lovit|p[ăa]lmui"
            "t|plesnit|snopit|altoit|burdu[șşs]it|croit)",
            "re:(b[ăa]tut-o|lovit-o|p[ăa]lmuit-o|plesnit-o|snopit-o|b[ăa]tut-i|lovit-i)",
            "re:(bate|b[ăa]tea|bat|b[ăa]teau|love[șşs]te|lovea|lovesc|lov"
            "eau|p[ăa]lmuie[șşs]te|p[ăa]lmuia|plesne[șşs]te|plesnea|snope"
            "[șşs]te|snopea|b[ăa]tut|lovit|p[ăa]lmuit|plesnit|snopit|alto"
            "it|altoie[șşs]te) re:(pe)~ re:(copilul|copiii|copilului|copi"
            "ilor|b[ăa]iatul|b[ăa]ie[țţt]elul|feti[țţt]a|fata|fiul|fiica|"
            "bebelu[șşs]ul|bebelu[șşs]a|copila|copila[șşs]ul|nepotul|nepo"
            "ata|fratele|sora|b[ăa]ie[țţt]ii|fetele|copil|copii)",
            "re:(i-a|[îi]i|ii|i-au|le-a|le) re:(d[ăa]|d[ăa]dea|dat|da|tra"
            "ge|tras|tr[ăa]gea|ardea|arde|ars) re:(o|un|c[âa]te|dou[ăa]|n"
            "i[șşs]te|multe)~ re:(palm[ăa]|palme|b[ăa]taie|pumn|pumni|[șş"
            "s]uturi|[șşs]ut|curele|scatoalce|scatoalc[ăa]|cureaua)",
            "re:(bate|b[ăa]tea|bat|b[ăa]teau|love[șşs]te|lovea|lovesc|lov"
            "eau|p[ăa]lmuie[șşs]te|p[ăa]lmuia|plesne[șşs]te|plesnea|snope"
            "[șşs]te|snopea|b[ăa]tut|lovit|p[ăa]lmuit|plesnit|snopit|alto"
            "it|altoie[șşs]te) ? ? ? re:(cureaua|curea|nuiaua|nuia|papucu"
            "l|papuc|b[ăa][țţt]ul|b[ăa][țţt]|furtunul|cablul|lingura|verg"
            "eaua)",
            "re:(m[ăa]n[âa]nc[ăa]|prime[șşs]te|ia|[îi]ncaseaz[ăa]|m[âa]nc"
            "at|primit|luat|[îi]ncasat|m[âa]nca|lua) re:(o|mult[ăa]|c[âa]"
            "te|mare)~ re:b[ăa]taie",
            "re:(lo|la|li|le) re:(picchia|picchiava|picchiano|picchiavano"
            "|mena|menava|menano|malmena|malmenava|schiaffeggia|schiaffeg"
            "giava)",
            "re:(lo|la|li|le) re:(prende|prendeva|prendono|prendevano|pre"
            "so|presa) a re:(calci|schiaffi|botte|pugni|cinghiate|ceffoni"
            "|sberle|mazzate|sculaccioni)",
            "re:l'(ha|hanno|aveva) re:(picchiat[oaie]|malmenat[oaie]|schi"
            "affeggiat[oaie]|pestat[oaie])",
            "re:l ’|‘|´|` re:(ha|hanno|aveva) re:(picchiat[oaie]|malmenat"
            "[oaie]|schiaffeggiat[oaie]|pestat[oaie])",
            "re:(picchia|picchiava|picchiano|picchiavano|picchiato|picchi"
            "ata|schiaffeggia|schiaffeggiato|schiaffeggiata|malmena|malme"
            "nato|malmenata|mena|menava|picchiare) re:(il|la|i|le|mio|mia"
            "|suo|sua|nostro|nostra|suoi|sue)~ re:(mio|mia|suo|sua|nostro"
            "|nostra)~ re:(figlio|figlia|figli|figlie|bambino|bambina|bam"
            "bini|bambine|bimbo|bimba|bimbi|bimbe|piccolo|piccola|piccoli"
            "|neonato|neonata|ragazzino|ragazzina|nipote|nipotino|nipotin"
            "a|fratellino|sorellina|figliastro|figliastra)",
            "re:(gli|le) re:(d[àa]|da|dava|danno|ha|hanno|aveva|davano) r"
            "e:(dato|dati)~ re:(uno|una|un|degli|delle|gli|le|tanti|molti"
            ")~ re:(schiaffo|schiaffi|ceffone|ceffoni|sberla|sberle|pugno"
            "|pugni|calcio|calci|botte|sculacciate|sculacciata|cinghiate|"
            "mazzate|scappellotti|scappellotto|schiaffone|schiaffoni)",
            "re:(prende|prendeva|prendono|preso|d[àa]|da|dava|danno|dato|"
            "riceve|ricevuto|becca|beccato|prenderle) re:(le|delle|tante|"
            "molte)~ botte",
            "re:(sculacciate|cinghiate|ceffoni|sberle|mazzate|schiaffoni|sculaccioni)",
            "re:(picchia|picchiava|picchiano|picchiavano|picchiato|picchi"
            "ata|schiaffeggia|schiaffeggiato|schiaffeggiata|malmena|malme"
            "nato|malmenata|mena|menava|picchiare) ? ? ? re:(cintura|cing"
            "hia|ciabatta|bastone|mestolo|frusta|cucchiaio)",
            "re:(ን|ነ|ካብ|ኣብ)?(ቆልዓ|ቆልዑ|ቆልዑት|ህጻን|ህጻናት|ወደይ|ጓለይ|ውላደይ|ደቀይ|ወዳ|ጓላ"
            "|ወዱ|ጓሉ|ቆልዓይ|ቆልዑተይ|ቆልዓ)[።፣፤፥፡!?.]* ? ? ? re:(\\S*[ወ-ዏ][ቀ-ቇቐ-቗]"
            "[ዐ-ዖ]\\S*|\\S*[ደ-ዷ]ብ[ደ-ዷ][በ-ቧ]\\S*|\\S*[ገ-ጎ][ረ-ሯ][ፈ-ፏ]\\S*|\\S*[ጸ-"
            "ጿ][ፈ-ፏ][ዐ-ዖ]\\S*)",
            "re:(\\S*[ወ-ዏ][ቀ-ቇቐ-቗][ዐ-ዖ]\\S*|\\S*[ደ-ዷ]ብ[ደ-ዷ][በ-ቧ]\\S*) ? ? re:"
            "(ን|ነ|ካብ|ኣብ)?(ቆልዓ|ቆልዑ|ቆልዑት|ህጻን|ህጻናት|ወደይ|ጓለይ|ውላደይ|ደቀይ|ወዳ|ጓላ|ወዱ"
            "|ጓሉ|ቆልዓይ|ቆልዑተይ|ቆልዓ)[።፣፤፥፡!?.]*",
            "re:ብ(ቅናት|በትሪ|ዱላ|ሽዱ|ሸብጣ|ጫማ)\\S* ? re:(\\S*[ወ-ዏ][ቀ-ቇቐ-቗][ዐ-ዖ]\\S*"
            "|\\S*[ደ-ዷ]ብ[ደ-ዷ][በ-ቧ]\\S*|\\S*[ገ-ጎ][ረ-ሯ][ፈ-ፏ]\\S*)",
            "re:(бь[ёе]т|бьют|бил|била|били|избил|избила|избили|избивает|"
            "избивал|избивала|ударил|ударила|ударили|побил|побила|побили|"
            "лупит|лупил|лупила|отлупил|отлупила|шл[ёе]пает|шл[ёе]пал|шл["
            "ёе]пала|отшл[ёе]пал|отшл[ёе]пала|колотит|колотил|колотила|пи"
            "нает|пинал|пинала|пнул|пнула|лупят|колотят) re:(мою|моего|мо"
            "их|нашу|нашего|наших|свою|своего|своих)~ re:(его|е[ёе]|их|ре"
            "б[ёе]нка|сына|дочь|дочку|малыша|малышку|детей|мальчика|девоч"
            "ку|внука|внучку|сыночка|доченьку|сынишку)",
            "re:(его|е[ёе]|их|реб[ёе]нка|сына|дочь|дочку|малыша|малышку|д"
            "етей|мальчика|девочку|внука|внучку|сыночка|доченьку|сынишку)"
            " re:(бь[ёе]т|бьют|бил|била|били|избил|избила|избили|избивает"
            "|избивал|избивала|ударил|ударила|ударили|побил|побила|побили"
            "|лупит|лупил|лупила|отлупил|отлупила|шл[ёе]пает|шл[ёе]пал|шл"
            "[ёе]пала|отшл[ёе]пал|отшл[ёе]пала|колотит|колотил|колотила|п"
            "инает|пинал|пинала|пнул|пнула|лупят|колотят)",
            "re:(бь[ёе]т|бьют|бил|била|били|избил|избила|избили|избивает|"
            "избивал|избивала|ударил|ударила|ударили|побил|побила|побили|"
            "лупит|лупил|лупила|отлупил|отлупила|шл[ёе]пает|шл[ёе]пал|шл["
            "ёе]пала|отшл[ёе]пал|отшл[ёе]пала|колотит|колотил|колотила|пи"
            "нает|пинал|пинала|пнул|пнула|лупят|колотят) ? ? ? re:(ремн[ё"
            "е]м|палкой|тапком|тапкой|проводом|шнуром|кабелем|поясом|пряж"
            "кой|розгами|скакалкой|шлангом)",
            "re:(да[ёе]т|дает|дал|дала|дали|давал|давала|дают) re:(ему|ей"
            "|им)~ re:(пощ[ёе]чину|пощ[ёе]чины|подзатыльник|подзатыльники"
            "|оплеуху|оплеухи|затрещину|затрещины)",
            "re:(получает|получил|получила|получают) re:(ремня|ремн[ёе]м|"
            "по)~ re:(ремня|попе|заднице)",
            "re:([کك]ت[کك]ش|[کك]ت[کك]شان|[کك]ت[کك]شون|[کك]ت[کك]‌?شان|[کك]"
            "ت[کك]‌?ش) re:(م[یيى]‌?)?(زد|زده|زدند|زدن|زند|زنه|زنند|زنن|زد"
            "ش|زدتش|زنتش|زندش|زدنش|زدنشان)",
            "re:(بچه|بچه‌?ها|بچه‌?ام|بچه‌?م|بچم|طفل|اطفال|طفلم|[کك]ود[کك]"
            "|[کك]ود[کك]ان|پسر|پسرم|دختر|دخترم|پسرش|دخترش|بچه‌?اش|بچه‌?ش|"
            "بچش|نوزاد|اولاد|اولادم|فرزند|فرزندم|فرزندان|پسر[کك]|دختر[کك]"
            "|پسرمو|دخترمو|بچمو|بچه‌?مو|بچه‌?هارو|بچه‌?هامو|بچه‌?ها[یيى]م"
            "|بچه‌?ها[یيى]ش|برادرش|خواهرش|او|اون|آن‌?ها|آنها|اونا) re:(را"
            "|رو|ره|ها|هارو)~ ? re:([کك]ت[کك]|لت) re:(م[یيى]‌?)?(زد|زده|ز"
            "دند|زدن|زند|زنه|زنند|زنن|زدش|زدتش|زنتش|زندش|زدنش|زدنشان)",
            "re:(بچه|بچه‌?ها|بچه‌?ام|بچه‌?م|بچم|طفل|اطفال|طفلم|[کك]ود[کك]"
            "|[کك]ود[کك]ان|پسر|پسرم|دختر|دخترم|پسرش|دخترش|بچه‌?اش|بچه‌?ش|"
            "بچش|نوزاد|اولاد|اولادم|فرزند|فرزندم|فرزندان|پسر[کك]|دختر[کك]"
            "|پسرمو|دخترمو|بچمو|بچه‌?مو|بچه‌?هارو|بچه‌?هامو|بچه‌?ها[یيى]م"
            "|بچه‌?ها[یيى]ش|برادرش|خواهرش|او|اون|آن‌?ها|آنها|اونا) re:(را"
            "|رو|ره|ها|هارو)~ ? re:([کك]ت[کك]|لت|لتش) re:(م[یيى]‌?)?([کك]"
            "ند|[کك]نه|[کك]رد|[کك]رده|[کك]نند|[کك]نن|[کك]ردند|[کك]ردن|[کك"
            "]ردش|[کك]نتش)",
            "re:(بچه|بچه‌?ها|بچه‌?ام|بچه‌?م|بچم|طفل|اطفال|طفلم|[کك]ود[کك]"
            "|[کك]ود[کك]ان|پسر|پسرم|دختر|دخترم|پسرش|دخترش|بچه‌?اش|بچه‌?ش|"
            "بچش|نوزاد|اولاد|اولادم|فرزند|فرزندم|فرزندان|پسر[کك]|دختر[کك]"
            "|پسرمو|دخترمو|بچمو|بچه‌?مو|بچه‌?هارو|بچه‌?هامو|بچه‌?ها[یيى]م"
            "|بچه‌?ها[یيى]ش|برادرش|خواهرش|او|اون|آن‌?ها|آنها|اونا) re:(را"
            "|رو|ره) re:(م[یيى]‌?)?(زد|زده|زدند|زدن|زند|زنه|زنند|زنن|زدش|"
            "زدتش|زنتش|زندش|زدنش|زدنشان)",
            "re:(بچه|بچه‌?ها|بچه‌?ام|بچه‌?م|بچم|طفل|اطفال|طفلم|[کك]ود[کك]"
            "|[کك]ود[کك]ان|پسر|پسرم|دختر|دخترم|پسرش|دخترش|بچه‌?اش|بچه‌?ش|"
            "بچش|نوزاد|اولاد|اولادم|فرزند|فرزندم|فرزندان|پسر[کك]|دختر[کك]"
            "|پسرمو|دخترمو|بچمو|بچه‌?مو|بچه‌?هارو|بچه‌?هامو|بچه‌?ها[یيى]م"
            "|بچه‌?ها[یيى]ش|برادرش|خواهرش|او|اون|آن‌?ها|آنها|اونا) re:(را"
            "|رو|ره|ها|هارو)~ لت و re:([کك]وب|[کك]وبش)",
            "re:(لتش|لتشان|لت‌?شان|لت‌?ش) re:(م[یيى]‌?)?([کك]ند|[کك]نه|[ک"
            "ك]رد|[کك]رده|[کك]نند|[کك]نن|[کك]ردند|[کك]ردن|[کك]ردش|[کك]نتش"
            ")",
            "با re:([کك]مربند|[کك]مربندش|چوب|شلنگ|[کك]ابل|دمپا[یيى][یيى]|"
            "س[یيى]م|خط‌?[کك]ش|[کك]فش|مشت|لگد|[کك]مربندش|شلاق) re:(م[یيى]"
            "‌?)?(زد|زده|زدند|زدن|زند|زنه|زنند|زنن|زدش|زدتش|زنتش|زندش|زدن"
            "ش|زدنشان)",
            "re:(بهش|بهشان|بهشون|به‌?ش|به‌?او) re:(س[یيى]ل[یيى]|[کك]ش[یيى"
            "]ده|توگوش[یيى]|لگد|مشت|چ[کك])",
            "به re:(بچه|بچه‌?ها|بچه‌?ام|بچه‌?م|بچم|طفل|اطفال|طفلم|[کك]ود["
            "کك]|[کك]ود[کك]ان|پسر|پسرم|دختر|دخترم|پسرش|دخترش|بچه‌?اش|بچه‌"
            "?ش|بچش|نوزاد|اولاد|اولادم|فرزند|فرزندم|فرزندان|پسر[کك]|دختر["
            "کك]|پسرمو|دخترمو|بچمو|بچه‌?مو|بچه‌?هارو|بچه‌?هامو|بچه‌?ها[یي"
            "ى]م|بچه‌?ها[یيى]ش|برادرش|خواهرش|او|اون|آن‌?ها|آنها|اونا) re:"
            "(س[یيى]ل[یيى]|[کك]ش[یيى]ده|توگوش[یيى]|لگد|مشت)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(drb|dreb|drab|darb|darab|dareb|drob|dorb|2d"
            "rob|2dorb|2dareb|2darb|2dreb)(o|ou|oh|ha|hom|hum|uh|u|hon|ho"
            "um|hoom|ouha|ouhom|ato|atha|atou|et?o|et?ha|to|tha|oha|ohom|"
            "ouh)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(drb|dreb|drab|darb|darab|dareb|drob|dorb|2d"
            "rob|2dorb|2dareb|2darb|2dreb)[a-z0-9]* lbent|elbent|re:(l|el"
            ")?(wlad|wld|wlid|wlida|drari|dari|bnt|bnti|bniti|wldi|weldi|"
            "wlidi|ibni|ebni|ibnha|ibno|tfl|tfla|tefl|tefli|tifl|sghir|sg"
            "hira|sgher|walad|wlado|wladha|wladi|benti|binti|bebe|bébé|tt"
            "fl|wlidatha|wlidato|oulad|ulad|atfal|2atfal|ba?nat)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(drb|dreb|drab|darb|darab|dareb|drob|dorb|2d"
            "rob|2dorb|2dareb|2darb|2dreb)[a-z0-9]* ? ? ? re:(b|bl|bel|bi"
            "|bil|f)?(l|el)?(smta|sm6a|semta|[9q]chat|[9q]shat|[7h]zam|hz"
            "am|[7h]ezem|[7h]zem|kabl|3sa|3asa|3assaya|3ssaya|3asaya|sabb"
            "at|sebbat|blgha|belgha|chbchb|shehata|chehata|zlat|zlata|mas"
            "tara|mistara|msta|khit|(5|kh)it|(5|kh)eit|khayt|tiyo|chlaka|"
            "chlak)",
            "re:(3tah|3taha|3tahom|3tato|3tatu|3tatha|3tat|3ta|ta3tih|kay"
            "3tih|kat3tih|kat3tiha|kay3tiha|ya3tih|a3tah|3teto|3tito|3tih"
            "|3tiha|bya3tih|bta3tih|3tahoum) re:(tarcha|trecha|tersha|tar"
            "sha|tsarfi[9q]a|tserfi[9q]a|tsarfi[9q]at|tarchat|kaf|kaff|ke"
            "f|kfouf|tr[7h]a|terha|ter[7h]a|[9q]atla|[9q]tla|3al[9q]a|kaf"
            "fe|kaffeh|lat6a|sfa3a)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(sf[ae]?3|la6a?sh|lat6|ltsh|ltch|lt6|lata[7h"
            "]|la6a[7h]|rfs|rfes|rafas|rkl|rakal)(o|ou|ha|hom|hum|ato|ath"
            "a|to|tha|et?o|et?ha)",
            "re:(kla|klat|kayakl|katakl|kaykl|katkl|akel|akl|akal|kaykoul"
            "|katkoul|byakol|btakol|akal|2akal) re:(tr[7h]a|ter[7h]a|terh"
            "a|tre[7h]a|l3sa|l3a[9q]a|3al[9q]a|[9q]atla|[9q]tla|lamsa|deb"
            "za|dbza|qatle|2atle)",
        ),
    ),
    # 2 bruises/marks/burns on child
    Rule(
        "sg",
        K,
        0.6,
        (
            "re:(siniak(i|a|[óo]w|ami)?|si[ńn]c(e|a|[óo]w)|oparzeni(a|e|a"
            "mi)|przypaleni(a|e|ami)|pr[ęe]g(i|[ęe])|zadrapani(a|e)|zasin"
            "ieni(a|e)) ? ? na re:(r[ęe]kach|r[ęe]ce|ramionach|ramieniu|p"
            "lecach|szyi|nogach|nodze|twarzy|ciele|pupie|po[śs]ladkach|ud"
            "ach|brzuchu|karku|g[łl]owie)",
            "re:[śs]lad(y|[óo]w) na re:(r[ęe]kach|ramionach|plecach|szyi|"
            "karku|ciele|po[śs]ladkach|udach)",
            "re:[śs]lad(y|[óo]w) re:(uderze[ńn]|bicia|paska|pasa|palc[óo]"
            "w|duszenia|przypalania|papierosa)",
            "re:ca(ł|l)(y|a|e) w re:(siniakach|since|si[ńn]cach)",
            "re:(siniak(i|[óo]w)|si[ńn]ce) re:(na|po) ? re:(ca[łl]ym|ca[łl]ych) ?",
            "re:(kolunda|kollar[ıi]nda|s[ıi]rt[ıi]nda|boynunda|baca[ğg][ı"
            "i]nda|bacaklar[ıi]nda|y[üu]z[üu]nde|v[üu]cudunda|kal[çc]as[ı"
            "i]nda|poposunda|enses(?:i̇?)nde|g[öo][ğg]s[üu]nde|karn[ıi]nd"
            "a) ? ? re:(morluk[a-zışçğüöâ̇]*|morarma[a-zışçğüöâ̇]*|yan[ıi"
            "]k[a-zışçğüöâ̇]*|[çc][üu]r[üu]k[a-zışçğüöâ̇]*|darp|mosmor)",
            "re:(morluk[a-zışçğüöâ̇]*|yan[ıi]k[a-zışçğüöâ̇]*|yara) re:(?:"
            "i̇?)z((?:i̇?)|ler(?:i̇?)|ler)",
            "re:(s(?:i̇?)gara|[üu]t[üu]) re:(yan[ıi][ğg][ıi]|yan[ıi]klar["
            "ıi]|(?:i̇?)z(?:i̇?)|(?:i̇?)zler(?:i̇?))",
            "darp re:(?:i̇?)z((?:i̇?)|ler(?:i̇?)|ler)",
            "re:mosmor",
            "re:(و|ف)?([اأإآ]ل)?(كدم[اأإآ]ت|كدم[ةه]|كدمه|حروق|حرق|عل[اأإآ"
            "]م[اأإآ]ت|جروح|خدوش|زرق[ةه]|زرق[اأإآ]ت|رضوض|تزر[يى]ق|[اأإآ]ز"
            "رق[اأإآ]ق) ? ? re:(ب|ف|ف[يى]|عل[ىي]|ع|ف[ىي])?([اأإآ]ل)?(ذر[ا"
            "أإآ]ع|ذر[اأإآ]ع[يى]|[يى]د|[اأإآ][يى]د|[يى]د[يى]|ظهر|رقب[ةه]|"
            "رقبت|جسم|جسد|رجل|رجل[يى]|وجه|س[اأإآ]ق|كتف|فخذ|مؤخر[ةه]|در[اأ"
            "إآ]ع|ضهر|عنق|صدر|بطن|كرش)(ه|ه[اأإآ]|[يى]ه|[يى]ه[اأإآ]|و|[يى]"
            "ن|هم|ه[اأإآ]|[اأإآ]ت|[اأإآ]ته|[اأإآ]ته[اأإآ]|[يى]و)?",
            "re:([اأإآ]ل)?[اأإآ]ث[اأإآ]ر re:([اأإآ]ل)?(ضرب|حرق|حروق|سج[اأ"
            "إآ]ئر|سج[اأإآ]ر[ةه]|س[يى]ج[اأإآ]ر[ةه]|[اأإآ]ص[اأإآ]بع|حز[اأإ"
            "آ]م|عنف|تعذ[يى]ب|خنق)",
            "re:([اأإآ]ل)?(حروق|حرق) re:([اأإآ]ل)?(سج[اأإآ]ئر|سج[اأإآ]ر[ة"
            "ه]|س[يى]ج[اأإآ]ر[ةه]|سج[اأإآ][يى]ر|مكو[اأإآ][ةه])",
            "re:(مزرق|مزرق[ةه]|مزرق[يى]ن|مزروق) re:(ك[اأإآ]مل|ك[اأإآ]مل[ة"
            "ه]|كله|كله[اأإآ]|بز[اأإآ]ف)",
            "re:(hematoma|hematomas|roxo|roxos|roxas|n[óo]doas|nodoas|que"
            "imadura|queimaduras|arranh[õo]es|verg[õo]es|equimoses|mancha"
            "s) ? ? re:(nos|nas|no|na|pelo|pela|em|pelos|pelas) re:(bra[ç"
            "c]o|bra[çc]os|costas|pesco[çc]o|perna|pernas|cara|rosto|corp"
            "o|bumbum|rabo|n[áa]degas|coxa|coxas|barriga|peito|nuca|ombro"
            "|ombros|bracinhos|perninhas)",
            "marcas re:(nos|nas|no|na|pelo|pela) re:(bra[çc]o|bra[çc]os|c"
            "ostas|pesco[çc]o|pernas|cara|rosto|corpo|n[áa]degas|coxas|nu"
            "ca|bumbum|bracinhos)",
            "marcas de re:(dedos|cinto|mordida|mordidas|queimadura|queima"
            "duras|cigarro|pancada|pancadas|agress[ãa]o|chinelo|fivela)",
            "re:(cheio|cheia|coberto|coberta) de re:(hematomas|n[óo]doas|"
            "roxos|marcas|queimaduras)",
            "re:(todo|toda) re:(roxo|roxa|marcado|marcada|negro)",
            "re:(moretones?|moratones?|moret[óo]n|morat[óo]n|cardenales|h"
            "ematomas?|morados|quemaduras?|rasgu[ñn]os|ara[ñn]azos|verdug"
            "ones) ? ? re:(en|por) re:(los|las|la|el|su|sus|todo|toda)~ r"
            "e:(brazos?|espalda|cuello|piernas?|cara|cuerpo|nalgas|pompis"
            "|muslos?|barriga|pecho|nuca|hombros?|trasero|bracitos|espald"
            "ita)",
            "marcas en re:(los|las|la|el|su|sus)~ re:(brazos|brazo|espald"
            "a|cuello|piernas|cara|cuerpo|nalgas|muslos|nuca|bracitos)",
            "marcas de re:(golpes|dedos|cintur[óo]n|correa|quemaduras|cig"
            "arro|cigarrillo|mordidas|chancla|manos)",
            "re:(llen[oa]|cubiert[oa]) de re:(moretones|moratones|morados"
            "|cardenales|hematomas|marcas|quemaduras)",
            "re:(bleus|h[ée]matomes?|ecchymoses?|br[ûu]lures?|griffures|b"
            "osses|plaies|z[ée]brures) ? ? re:(sur|dans|au|aux|[àa]|parto"
            "ut) re:(le|la|les|son|sa|ses|l'|tout)~ re:(bras|dos|cou|jamb"
            "es?|visage|figure|corps|fesses|cuisses?|ventre|torse|nuque|["
            "ée]paules?|joues?|t[êe]te|gorge)",
            "marques sur re:(le|la|les|son|sa|ses)~ re:(bras|dos|cou|jamb"
            "es?|visage|corps|fesses|cuisses?|nuque|[ée]paules?|joues?)",
            "re:(marques|traces) de re:(coups|doigts|ceinture|br[ûu]lure|"
            "br[ûu]lures|cigarette|cigarettes|strangulation|morsure|morsu"
            "res|main|mains)",
            "re:(couvert|couverte|couverts|plein|pleine|pleins) de re:(bl"
            "eus|h[ée]matomes|marques|br[ûu]lures)",
            "blaue re:(flecken|flecke|flecken)",
            "re:(flecken|bluterg(?:ü|ue|u)sse|bluterguss|h(?:ä|ae|a)matom"
            "e|h(?:ä|ae|a)matom|striemen|verbrennungen|brandwunden|w(?:ü|"
            "ue|u)rgemale|male) ? ? re:(am|an|auf|im) re:(den|dem|der|sei"
            "nem|ihrem|seinen|ihren)~ re:(arm|armen|r(?:ü|ue|u)cken|hals|"
            "beinen|bein|gesicht|k(?:ö|oe|o)rper|po|hintern|oberschenkel|"
            "oberschenkeln|bauch|nacken|schultern|schulter|oberarm|oberar"
            "men|wange|wangen)",
            "re:(w(?:ü|ue|u)rgemale|striemen|griffspuren|brandwunden|ziga"
            "rettenbrandwunden|zigarettenverbrennungen|brandmale)",
            "re:((?:ü|ue|u)bers(?:ä|ae|a)t|voller|voll) re:(mit|von)~ re:"
            "(blauen|bluterg(?:ü|ue|u)ssen|h(?:ä|ae|a)matomen|flecken|str"
            "iemen)",
            "re:(nabarro|nabar|nabaro|dhaawacyo|dhaawac|calaamado|calaama"
            "d|gubasho|gubashooyin|barar|xagtin|xaagtin|nabarrada|nabarad"
            "ii|bararro) ? ? ? re:(gacmaha|gacantiisa|gacanteeda|gacmihii"
            "sa|gacmaheeda|dhabarka|dhabarkiisa|dhabarkeeda|qoorta|qoorti"
            "isa|qoorteeda|lugaha|lugihiisa|lugaheeda|wejiga|wejigiisa|wa"
            "jigeeda|wejigeeda|jirka|jirkiisa|jirkeeda|badhida|garbaha|cu"
            "dudda|cududdiisa)",
            "re:(gubasho|gubashooyin|gubashada) re:(sigaar|sigaarka|sigaa"
            "r|birta|kaawiyad)",
            "re:(gacmaha|gacmihiisa|gacmaheeda|dhabarka|dhabarkiisa|dhaba"
            "rkeeda|qoorta|qoortiisa|qoorteeda|lugaha|wejiga|jirka|jirkii"
            "sa|jirkeeda) ? ? ? re:(nabarro|nabaro|dhaawacyo|calaamado|gu"
            "basho|barar|bararro|nabar)",
            "re:(синці|синців|синяки|синяків|синець|синяк|опіки|опіків|по"
            "дряпини|садна|гематоми|гематома|синцями|синяками) ? ? на re:"
            "(руках|руці|спині|ши[їі]|ногах|нозі|обличчі|тілі|сідницях|ст"
            "егнах|животі|грудях|плечах|плечі|потилиці|ручках)",
            "сліди на re:(руках|руці|спині|ши[їі]|ногах|обличчі|тілі|сідн"
            "ицях|стегнах|потилиці)",
            "re:(сліди|слідів) re:(від)~ re:(ударів|побо[їі]в|пальців|рем"
            "еня|пояса|опіків|цигарки|цигарок|задушення)",
            "re:(весь|вся|усе|все|увесь) в re:(синцях|синяках)",
            "re:(v[âa]n[ăa]t[ăa]i|v[âa]n[ăa]taie|v[âa]n[ăa]t[ăa]ile|v[âa]"
            "n[ăa]t[ăa]i|echimoze|hematoame|hematom|arsuri|arsurile|zg[âa"
            "]rieturi|julituri|v[âa]n[ăa]t|v[âa]n[ăa]t[ăa]) ? ? pe re:(br"
            "a[țţt]e|bra[țţt]|bra[țţt]ul|bra[țţt]ele|spate|spatele|g[âa]t"
            "|g[âa]tul|picioare|picioarele|fa[țţt][ăa]|fa[țţt]a|corp|corp"
            "ul|fund|fese|coapse|burt[ăa]|piept|umeri|ceaf[ăa]|obraz|m[âa"
            "]ini)",
            "re:(urme|semne) pe re:(bra[țţt]e|bra[țţt]ul|bra[țţt]ele|spat"
            "e|spatele|g[âa]t|g[âa]tul|picioare|fa[țţt]a|corp|corpul|fund"
            "|fese|coapse|ceaf[ăa]|obraz)",
            "re:(urme|semne) de re:(b[ăa]taie|lovituri|degete|curea|arsur"
            "i|[țţt]igar[ăa]|[țţt]ig[ăa]ri|sugrumare|mu[șşs]c[ăa]turi)",
            "re:(plin|plin[ăa]|plini|plin[ăa]) de re:(v[âa]n[ăa]t[ăa]i|ec"
            "himoze|urme|v[âa]n[ăa]t[ăa]ile)",
            "re:(lividi|livido|ematomi|ematoma|bruciature|bruciatura|graf"
            "fi|escoriazioni|tumefazioni) ? ? re:(sulle|sul|sulla|sui|all"
            "e|al|alla|nelle|nel|dietro|in) re:(braccia|braccio|schiena|c"
            "ollo|gambe|gamba|faccia|viso|corpo|sedere|cosce|coscia|panci"
            "a|petto|nuca|spalle|spalla|braccine|sederino)",
            "segni re:(sulle|sul|sulla|sui) re:(braccia|braccio|schiena|c"
            "ollo|gambe|faccia|viso|corpo|sedere|cosce|nuca|spalle)",
            "segni di re:(botte|dita|cintura|bruciature|sigaretta|morsi|p"
            "ercosse|strangolamento|schiaffi)",
            "re:(pieno|piena|coperto|coperta|pieni) di re:(lividi|ematomi|segni)",
            "re:(синяки|синяков|синяк|синяками|ссадины|ожоги|ожогов|ожог|"
            "гематомы|гематома|кровоподт[ёе]ки|кровоподт[ёе]к|кровоподт[ё"
            "е]ков) ? ? на re:(руках|руке|ручках|спине|шее|ногах|ноге|лиц"
            "е|теле|попе|ягодицах|б[ёе]драх|животе|груди|плечах|плече|зат"
            "ылке|щеке|щеках|голове)",
            "re:(следы|следов|след) re:(от)~ re:(ударов|побоев|пальцев|ре"
            "мня|ожогов|сигарет|сигареты|удушения|пряжки)",
            "re:(весь|вся|все) в re:(синяках|синячках|ссадинах|кровоподт[ёе]ках)",
            "re:(ожоги|ожог|ожогов) re:(от)~ re:(сигарет|сигареты|утюга)",
            "re:([کك]بود[یيى]|[کك]بود[یيى]‌?ها|[کك]بود[یيى]ها[یيى]|[کك]بو"
            "د[یيى]‌?ها[یيى]|[کك]وفتگ[یيى]|سوختگ[یيى]|سوختگ[یيى]‌?ها[یيى]"
            "|سوختگ[یيى]‌?ها|[کك]بود[یيى]ها) ? ? re:(دست|بازو|[کك]مر|پشت|"
            "گردن|پا|صورت|بدن|باسن|ران|ش[کك]م|س[یيى]نه|شانه|شونه|گونه|[کك"
            "]تف|ساق)(ها|ها[یيى]|ها[یيى]ش|هاش|ش|م|[یيى]|[یيى]ش|‌?اش|اش|‌?"
            "ش|‌?ها|‌?ها[یيى]|‌?ها[یيى]ش|‌?هاش|هاشو)?",
            "re:(دست|بازو|[کك]مر|پشت|گردن|پا|صورت|بدن|باسن|ران|ش[کك]م|س[ی"
            "يى]نه|شانه|شونه|گونه|[کك]تف|ساق)(ها|ها[یيى]|ها[یيى]ش|هاش|ش|م"
            "|[یيى]|[یيى]ش|‌?اش|اش|‌?ش|‌?ها|‌?ها[یيى]|‌?ها[یيى]ش|‌?هاش|ها"
            "شو)? ? ? re:([کك]بود[یيى]|[کك]بود|[کك]بود[یيى]‌?ها|سوختگ[یيى"
            "]|[کك]بوده|[کك]بود[یيى]ه|[کك]وفتگ[یيى]|[کك]بود[یيى]‌?ها[یيى]"
            ")",
            "re:(جا[یيى]|رد|اثر|آثار|ردِ|جا[یيى]‌?) re:([کك]مربند|انگشت|ا"
            "نگشتها|انگشت‌?ها|انگشتان|س[یيى]گار|ضربه|ضربات|[کك]ت[کك]|سوخت"
            "گ[یيى]|شلاق|[کك]ابل|سگ[کك])",
            "re:(س[یيى]اه|[کك]بود) و re:([کك]بود|س[یيى]اه)",
            "re:(zr[9q]a|zer[9q]a|zar[9q]a|zr[9q]in|zr[9q]at|zar[9q]at|ka"
            "dmat|kadma|kadame|kedmat|kadmet|[7h]ro[9q]|[7h]rou[9q]|[7h]r"
            "ou2|[7h]ru2|[7h]ro2|jrou[7h]|jrou[7h]at|azra2|ezra2|zar2a|ze"
            "r2a|rudud|rodod|ridod) ? ? re:(l|el|f|fl|fel|b|bl|fi)?(yddi?"
            "|ydi|idd?i?|2idd?i?|2ide|eid|ide|yed|dra3|dhr|dahr|dhar|r[9q"
            "][ae]?b|ra[9q][ae]?b|ra2[ae]?b|r2ab|wjh|wejh|wajh|wijj|wejj|"
            "jsm|jism|jesm|jasad|rjl|rejl|rijl|ejr|2ejr|ktaf|kitf|ktf|fkh"
            "d|fa(5|kh)d|batn|kersh|krsh|kerch|sdr|sadr|zoko|tizi?|wjeh|w"
            "ech)(o|ou|ha|hom|ih|iha|eh|eha|eih|eiha|a|ayh|ayha|i|to|tha|"
            "ato|atha|ah|eiho|ayo|iya|eyha|hoa)?",
            "re:(athar|atar|asar|2athar|2asar|2atar|tarat) re:(dyal|d|ta3"
            "|el|l|mta3)~ re:(l|el)?(drb|darb|dareb|d[9q]|[7h]ro[9q]|[7h]"
            "rou[9q]|[7h]rou2|[7h]ro2|[7h]ariq|cigarette|sigara|sigarat|g"
            "arro|garo|garou|[7h]zam|sba3|sbo3|asabe3|2asabe3|s(5|kh)aba|"
            "(5|kh)n[9q]|khn[9q]|(5|kh)ne[9q]|(5|kh)an2|khan2|tkarfi|t3di"
            "b|ta3dib)",
            "re:(mzr[9q]|mzr[9q]a|mzer[9q]|mzerre[9q]|mzara2|mzarra2|m2az"
            "ra2|mzr[9q]in|mzar[9q]|mzar[9q]a|mzerr[9q]) re:(kaml|kamel|k"
            "amla|kolo|kollo|kolha|bzaf|kello|kella|kollha|kamlin|kolou)",
            "re:([7h]ro[9q]|[7h]rou[9q]|[7h]rou2|[7h]ro2|[7h]arq|[7h]ar2)"
            " re:(dyal|d|ta3|el|l|mta3)~ re:(l|el)?(cigarette|sigara|siga"
            "rat|garro|garo|garou|sigarou|mkwa|mekwa|mikwa|mekwaye)",
        ),
    ),
    # 3 locks up / ties child
    Rule(
        "sg",
        K,
        1.0,
        (
            "re:(go|j[ąa]|je|ich|syna|c[óo]rk[ęe]|dziecko|dzieci|ma[łl]eg"
            "o|ma[łl][ąa]|ma[łl]ych|brata|siostr[ęe]) re:zam(yka|ykaj[ąa]"
            "|yka[łl]|yka[łl]a|kn[ąa][łl]|kn[ęe][łl]a|kn[ęe]li|knal|knela"
            ") ? ? w ? re:(pokoju|szafie|piwnicy|[łl]azience|kom[óo]rce|t"
            "oalecie|spi[żz]arni|pomieszczeniu|klatce|schowku|garderobie)",
            "re:zam(yka|ykaj[ąa]|yka[łl]|yka[łl]a|kn[ąa][łl]|kn[ęe][łl]a|"
            "kn[ęe]li|knal|knela) re:(go|j[ąa]|je|ich|syna|c[óo]rk[ęe]|dz"
            "iecko|dzieci|ma[łl]ego|ma[łl][ąa]|ma[łl]ych|brata|siostr[ęe]"
            ") ? ? w ? re:(pokoju|szafie|piwnicy|[łl]azience|kom[óo]rce|t"
            "oalecie|spi[żz]arni|pomieszczeniu|klatce|schowku|garderobie)",
            "re:zam(yka|ykaj[ąa]|yka[łl]|yka[łl]a|kn[ąa][łl]|kn[ęe][łl]a|"
            "kn[ęe]li) re:(go|j[ąa]|je|ich|syna|c[óo]rk[ęe]|dziecko|dziec"
            "i|ma[łl]ego|ma[łl][ąa]|ma[łl]ych|brata|siostr[ęe]) na re:(kl"
            "ucz|ca[łl][ąa]|noc)",
            "re:wystaw(ia|iaj[ąa]|i[łl]|i[łl]a|ili) re:(go|j[ąa]|je|ich|s"
            "yna|c[óo]rk[ęe]|dziecko|dzieci|ma[łl]ego|ma[łl][ąa]|ma[łl]yc"
            "h|brata|siostr[ęe]) re:(na|za) re:(balkon|dw[óo]r|drzwi|kory"
            "tarz|klatk[ęe]|mr[óo]z|zimno)",
            "re:przywi[ąa]z(uje|uj[ąa]|a[łl]|a[łl]a|ali|ywa[łl]|ywa[łl]a)"
            " re:(go|j[ąa]|je|ich|syna|c[óo]rk[ęe]|dziecko|dzieci|ma[łl]e"
            "go|ma[łl][ąa]|ma[łl]ych|brata|siostr[ęe]) do",
            "re:(go|j[ąa]|je|ich|syna|c[óo]rk[ęe]|dziecko|dzieci|ma[łl]eg"
            "o|ma[łl][ąa]|ma[łl]ych|brata|siostr[ęe]) re:przywi[ąa]z(uje|"
            "uj[ąa]|a[łl]|a[łl]a|ali|ywa[łl]|ywa[łl]a) do",
            "re:zwi[ąa]za(ł|ła|li|l|la) re:(mu|jej|im) re:(r[ęe]ce|nogi)",
            "re:(odaya|odas[ıi]na|dolaba|banyoya|tuvalete|bodruma|k(?:i̇?"
            ")lere|balkona|depoya|odada|odas[ıi]nda|dolapta|karanl[ıi]k|k"
            "aranl[ıi][ğg]a|banyoda) ? re:(k(?:i̇?)l(?:i̇?)tl((?:i̇?)yor|"
            "ed(?:i̇?)|er|em(?:i̇?)[şs]|(?:i̇?)yorlar|ed(?:i̇?)ler|(?:i̇?"
            ")yordu)|kapat([ıi]yor|t[ıi]|[ıi]r|m[ıi][şs]|[ıi]yorlar|t[ıi]"
            "lar|[ıi]yordu)|hapsed((?:i̇?)yor|(?:i̇?)yorlar)|hapsett(?:i̇"
            "?)[a-zışçğüöâ̇]*)",
            "re:(onu|onlar[ıi]|[çc]ocu[ğg]u|[çc]ocuklar[ıi]|o[ğg]lumu|k[ı"
            "i]z[ıi]m[ıi]|[çc]ocu[ğg]umu|[çc]ocuklar[ıi]m[ıi]|o[ğg]lunu|k"
            "[ıi]z[ıi]n[ıi]|bebe[ğg](?:i̇?)|bebe[ğg](?:i̇?)m(?:i̇?)|karde"
            "[şs](?:i̇?)m(?:i̇?)|karde[şs](?:i̇?)n(?:i̇?)|torunumu) ? ? r"
            "e:ba[ğg]l([ıi]yor|ad[ıi]|am[ıi][şs]|ar|[ıi]yorlar|ad[ıi]lar|"
            "[ıi]yordu)",
            "re:(onu|onlar[ıi]|[çc]ocu[ğg]u|[çc]ocuklar[ıi]|o[ğg]lumu|k[ı"
            "i]z[ıi]m[ıi]|[çc]ocu[ğg]umu|[çc]ocuklar[ıi]m[ıi]|o[ğg]lunu|k"
            "[ıi]z[ıi]n[ıi]|bebe[ğg](?:i̇?)|bebe[ğg](?:i̇?)m(?:i̇?)|karde"
            "[şs](?:i̇?)m(?:i̇?)|karde[şs](?:i̇?)n(?:i̇?)|torunumu) re:(d"
            "[ıi][şs]ar[ıi]da|so[ğg]ukta|balkonda|kap[ıi]n[ıi]n|sokakta|d"
            "[ıi][şs]ar[ıi]ya) ? re:(b[ıi]rak([ıi]yor|t[ıi]|m[ıi][şs]|[ıi"
            "]yorlar|t[ıi]lar)|at([ıi]yor|t[ıi]|m[ıi][şs]))",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?حبس(ه|ه[اأإآ]|هم"
            "|و|وه|وه[اأإآ]|وهم|ته|ته[اأإآ]|تهم|[اأإآ]ت|[اأإآ]تو|[اأإآ]ته"
            "[اأإآ])",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?(قفل|سكر|سد|غلق|"
            "[اأإآ]غلق|[اأإآ]غلق|سكّر|بند)(ت|[اأإآ]ت|و|[يى])? re:(عل[يى]ه"
            "|عل[يى]ه[اأإآ]|عل[يى]هم|عل[يى]هن) ? re:([اأإآ]ل)?(ب[اأإآ]ب|ب"
            "[يى]ت|غرف[ةه]|غرفت|د[اأإآ]ر|حم[اأإآ]م|ب[يى]ت)",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?(قفل|سكر|سد|غلق|"
            "[اأإآ]غلق|[اأإآ]غلق)(ت|[اأإآ]ت|و|[يى])? re:(عل[يى]ه|عل[يى]ه["
            "اأإآ]|عل[يى]هم) re:(ف|ف[يى]|ف[ىي]|ف[اأإآ]ل|ب[اأإآ]ل)([اأإآ]ل"
            ")?(ب[يى]ت|غرف[ةه]|د[اأإآ]ر|حم[اأإآ]م|كوز[يى]ن[ةه]|خز[اأإآ]ن["
            "ةه]|دول[اأإآ]ب|قبو|كر[اأإآ]ج)",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?ربط(ه|ه[اأإآ]|هم"
            "|و|وه|وه[اأإآ]|ته|ته[اأإآ]|[اأإآ]ت|[اأإآ]تو) ? re:(ب|ف[يى]|ف"
            "|عل[ىي]|ع|ل|مع)?([اأإآ]ل)?(كرس[يى]|سر[يى]ر|حبل|شجر[ةه]|تخت|ف"
            "ر[اأإآ]ش)",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?(طرد|خل[يى]|خل[ا"
            "أإآ]|ترك|خرج|لوح)(ه|ه[اأإآ]|هم|و|وه|وه[اأإآ]|ته|ته[اأإآ]|[اأ"
            "إآ]تو|[اأإآ]ته[اأإآ]) re:(بر[اأإآ]|بر[ةه]|بره|خ[اأإآ]رج|ف[اأ"
            "إآ]لزنق[ةه]|للزنق[ةه]|ف[اأإآ]لبرد) ?",
            "re:(tranca|trancou|trancava|trancam|trancaram|fecha|fechou|f"
            "echava|prende|prendeu|prendia|fecham|fecharam)(-o|-a|-os|-as"
            ")? ? ? re:(no|na|num|numa|dentro) ? re:(quarto|arm[áa]rio|ba"
            "nheiro|por[ãa]o|cave|despensa|varanda|s[óo]t[ãa]o|closet|car"
            "ro|lavandaria|lavanderia|casinha|arrecada[çc][ãa]o|escuro)",
            "re:(trancad[oa]s?|fechad[oa]s?|pres[oa]s?) ? re:(no|na|num|n"
            "uma|dentro) ? re:(quarto|arm[áa]rio|banheiro|por[ãa]o|cave|d"
            "espensa|varanda|s[óo]t[ãa]o|closet|carro|escuro)",
            "re:(amarra|amarrou|amarrava|amarram|amarraram|amarrad[oa]s?|"
            "prende|prendeu|prendia|ata|atou|atava)(-o|-a|-os|-as)? ? ? r"
            "e:(na|no|[àa]|ao|numa|num) re:(cadeira|cama|[áa]rvore|ber[çc"
            "]o|cadeirinha|grade)",
            "re:(lo|la|los|las|le|les) re:(encierra|encerr[óo]|encerraba|"
            "encierran|encerraron|encerraban)",
            "re:encerrad[oa]s? ? re:(en|dentro) ? re:(cuarto|habitaci[óo]"
            "n|ba[ñn]o|armario|s[óo]tano|closet|cl[óo]set|trastero|coche|"
            "carro|balc[óo]n|despensa|oscuras)",
            "re:(lo|la|los|las) re:(ata|at[óo]|ataba|atan|ataron|amarra|a"
            "marr[óo]|amarraba|amarran|amarraron) ? ? re:(silla|cama|[áa]"
            "rbol|cuna|mesa|sillita|trona)",
            "re:(atad[oa]s?|amarrad[oa]s?) re:(a|en) re:(la|una|su)~ re:("
            "silla|cama|cuna|sillita|trona)",
            "re:l'(enferme|enfermait|enferment|enfermaient)",
            "re:l ’|‘|´|` re:(enferme|enfermait|enferment|enfermaient)",
            "re:(les|la|le|nous|vous) re:(enferme|enfermait|enferment|enfermaient)",
            "re:l'(a|avait|ont|avaient) re:enferm([ée]|[ée]e|[ée]s|[ée]es)",
            "re:l ’|‘|´|` re:(a|avait|ont|avaient) re:enferm([ée]|[ée]e|[ée]s|[ée]es)",
            "les re:(enferme|enfermait|enferment|a|ont|avait) re:(enferm["
            "ée]|enferm[ée]e|enferm[ée]s|enferm[ée]es)?",
            "re:enferm([ée]|[ée]e|[ée]s|[ée]es) re:(dans|[àa]|au|sur) ? r"
            "e:(chambre|placard|cave|toilettes|salle|cl[ée]|clef|voiture|"
            "garage|balcon|cagibi|noir|d[ée]barras|armoire)",
            "re:(l')?(attache|attachait|attachent|ligote|ligotait|ligoten"
            "t) re:([àa]|au|sur) re:(la|sa|une|le|son)~ re:(chaise|lit|ra"
            "diateur|arbre|chaise-haute|poteau)",
            "re:(attach[ée]|attach[ée]e|attach[ée]s|ligot[ée]|ligot[ée]e|"
            "ligot[ée]s) re:([àa]|au|sur) re:(la|sa|une|le|son)~ re:(chai"
            "se|lit|radiateur|arbre|chaise-haute|poteau)",
            "re:(sperrt|sperrte|sperren|sperrten) ? ? ? re:(ins|in|im) ? "
            "? re:(zimmer|keller|bad|badezimmer|schrank|toilette|kammer|a"
            "bstellkammer|dunkle|dunkeln|auto|balkon|klo)",
            "re:(eingesperrt|ausgesperrt|festgebunden|einsperren|einzusperren)",
            "re:(sperrt|sperrte|sperren|sperrten) re:(ihn|sie|es|das|den|"
            "die)~ ? re:(ein|aus)",
            "re:(bindet|band|binden|fesselt|fesselte) re:(ihn|sie|es|das)"
            "~ ? ? re:(ans|an|am) re:(den|das|dem)~ re:(stuhl|bett|heizun"
            "g|baum|kinderstuhl|hochstuhl|heizk(?:ö|oe|o)rper)",
            "re:(qolka|qol|musqusha|musqul|armaajada|armaajo|khaanadda|ba"
            "abuurka|gaariga|mugdiga|bakhaarka|qolkiisa|qolkeeda|qolal|da"
            "arada) ? ? ku re:(xir\\w*|xidh\\w*|quful\\w*)",
            "re:(kursiga|kursi|sariirta|sariir|geedka|xadhig|xarig|xariga"
            "|xadhigga) ? ? ku re:(xir\\w*|xidh\\w*)",
            "re:(dibadda|banaanka|qabowga) ? ? re:(dhigaa|dhigay|dhigtaa|"
            "dhigtay|tuuraa|tuuray|xiraa|xiray)",
            "re:(замикає|замикала|замикав|замкнула|замкнув|замкнули|зачин"
            "яє|зачинила|зачинив|закриває|закрила|закрив|замикають|зачиня"
            "ють) re:(його|[їі][їі]|[їі]х|дитину|сина|доньку|дочку|малого"
            "|малу|дітей|синочка|донечку|хлопчика|дівчинку|онука|онуку|ма"
            "люка|малечу) ? re:(в|у) ? re:(кімнаті|ванній|шафі|підвалі|ту"
            "алеті|коморі|машині|балконі|темряві|кладовці|кімнату|ванну|ш"
            "афу|підвал|комору)",
            "re:(його|[їі][їі]|[їі]х|дитину|сина|доньку|дочку|малого|малу"
            "|дітей|синочка|донечку|хлопчика|дівчинку|онука|онуку|малюка|"
            "малечу) re:(замикає|замикала|замикав|замкнула|замкнув|замкну"
            "ли|зачиняє|зачинила|зачинив|закриває|закрила|закрив) ? re:(в"
            "|у) ? re:(кімнаті|ванній|шафі|підвалі|туалеті|коморі|машині|"
            "балконі|темряві|кладовці)",
            "re:(замкнений|замкнена|замкнені|зачинений|зачинена|зачинені)"
            " re:(в|у) ? re:(кімнаті|ванній|шафі|підвалі|машині|туалеті|к"
            "оморі|темряві)",
            "re:прив['ʼ]яз(ує|ала|ав|ують|али|аний|ана|ували|увала) ? ? д"
            "о re:(стільця|ліжка|батаре[їі]|дерева|стільчика)",
            "re:прив ’|‘|´|` re:яз(ує|ала|ав|ують|али|аний|ана|ували|увал"
            "а) ? ? до re:(стільця|ліжка|батаре[їі]|дерева|стільчика)",
            "re:([îi]l|o|[îi]i|il|ii) re:([îi]nchide|[îi]nchidea|[îi]ncui"
            "e|[îi]ncuia|[îi]nchid|[îi]ncuiau|[îi]nchideau) ? re:([îi]n|i"
            "n) ? re:(camer[ăa]|camera|baie|dulap|pivni[țţt][ăa]|beci|deb"
            "ara|ma[șşs]in[ăa]|balcon|[îi]ntuneric|c[ăa]mar[ăa])",
            "re:(l-a|l-au|i-a|i-au) re:([îi]nchis|[îi]ncuiat) re:([îi]n|in)",
            "re:([îi]nchis|[îi]ncuiat)-o re:([îi]n|in)",
            "re:([îi]nchis|[îi]nchis[ăa]|[îi]ncuiat|[îi]ncuiat[ăa]|[îi]nc"
            "uia[țţt]i|[îi]nchi[șşs]i) re:([îi]n|in) re:(camer[ăa]|camera"
            "|baie|dulap|pivni[țţt][ăa]|beci|debara|ma[șşs]in[ăa]|balcon|"
            "[îi]ntuneric|c[ăa]mar[ăa])",
            "re:(leag[ăa]|lega|legat|legat[ăa]|lega[țţt]i|legase|legat-o|"
            "legat-l)(-o|-l)? re:(de|la) re:(scaun|pat|calorifer|copac|sc"
            "aunul|patul|caloriferul)",
            "re:(lo|la|li|le) re:(chiude|chiudeva|chiudono|rinchiude|rinc"
            "hiudeva|rinchiudono|chiudevano) re:(in|nel|nella|nello|dentr"
            "o) re:(camera|cameretta|stanza|bagno|sgabuzzino|armadio|cant"
            "ina|ripostiglio|macchina|auto|balcone|garage|sua)",
            "re:(rinchiude|rinchiudeva|rinchiuso|rinchiusa|rinchiusi|rinc"
            "hiudono|rinchiudere)",
            "re:l'(ha|hanno|aveva) re:(chius[oa]|rinchius[oa]|legat[oa]) "
            "re:(in|nel|nella|nello|dentro|a|alla|al)",
            "re:l ’|‘|´|` re:(ha|hanno|aveva) re:(chius[oa]|rinchius[oa]|"
            "legat[oa]) re:(in|nel|nella|nello|dentro|a|alla|al)",
            "re:(bambin[oa]|figli[oa]|bimb[oa]|piccol[oa]|neonat[oa]) ? r"
            "e:(chius[oa]|rinchius[oa]) re:(a)~ re:(chiave)~ re:(in|nel|n"
            "ella|nello|dentro)",
            "re:(legat[oaie]) re:(alla|al|a) re:(sedia|letto|seggiolone|t"
            "ermosifone|albero)",
            "re:(lo|la|li|le) re:(lega|legava|legano) re:(alla|al) re:(se"
            "dia|letto|seggiolone|termosifone)",
            "re:(запирает|запирала|запирал|заперла|запер|заперли|закрывае"
            "т|закрыла|закрыл|закрывают|запирают|закрывали|запирали) re:("
            "его|е[ёе]|их|реб[ёе]нка|сына|дочь|дочку|малыша|малышку|детей"
            "|мальчика|девочку|внука|внучку|сыночка|доченьку|сынишку) ? r"
            "e:(в|на) ? re:(комнате|ванной|шкафу|подвале|туалете|кладовке"
            "|машине|балконе|темноте|чулане|комнату|ванную|шкаф|подвал|ту"
            "алет|кладовку|чулан|сарае)",
            "re:(его|е[ёе]|их|реб[ёе]нка|сына|дочь|дочку|малыша|малышку|д"
            "етей|мальчика|девочку|внука|внучку|сыночка|доченьку|сынишку)"
            " re:(запирает|запирала|запирал|заперла|запер|заперли|закрыва"
            "ет|закрыла|закрыл|закрывают|запирают) ? re:(в|на) ? re:(комн"
            "ате|ванной|шкафу|подвале|туалете|кладовке|машине|балконе|тем"
            "ноте|чулане|комнату|ванную|шкаф|подвал|туалет|кладовку|чулан"
            "|сарае)",
            "re:(заперт|заперта|заперты|запертый|запертая) в ? re:(комнат"
            "е|ванной|шкафу|подвале|туалете|кладовке|машине|балконе|темно"
            "те|чулане|комнату|ванную|шкаф|подвал|туалет|кладовку|чулан|с"
            "арае)",
            "re:(привязывает|привязывала|привязывал|привязала|привязал|пр"
            "ивязали|привязывают) re:(его|е[ёе]|их|реб[ёе]нка|сына|дочь|д"
            "очку|малыша|малышку|детей|мальчика|девочку|внука|внучку|сыно"
            "чка|доченьку|сынишку) ? ? к re:(стулу|кровати|батарее|дереву"
            "|стульчику|кроватке)",
            "re:(привязан|привязана|привязаны) ? к re:(стулу|кровати|бата"
            "рее|дереву|стульчику|кроватке)",
            "re:(تو[یيى]|تو|در|داخل) re:(اتاق|اتاقش|حمام|حموم|دستشو[یيى]["
            "یيى]|[کك]مد|انبار[یيى]|ز[یيى]رزم[یيى]ن|ماش[یيى]ن|بال[کك]ن|تا"
            "ر[یيى][کك][یيى]|توالت|حمّام) ? re:(زندان[یيى]|حبس|زندون[یيى]"
            ")",
            "re:(زندان[یيى]ش|حبسش|زندون[یيى]ش|زندان[یيى]‌?اش) re:(م[یيى]‌"
            "?)?([کك]ند|[کك]نه|[کك]رد|[کك]رده|[کك]نند|[کك]نن|[کك]ردند|[کك"
            "]ردن|[کك]ردش|[کك]نتش)",
            "re:(رو[یيى]ش|روش|رو[یيى]شان|روشون) ? re:(قفل)",
            "re:(به) re:(صندل[یيى]|تخت|تختخواب|درخت|شوفاژ|راد[یيى]اتور|تخ"
            "تش|صندل[یيى]ش|بخار[یيى]) re:(م[یيى]‌?)?(بندد|بنده|بست|بسته|ب"
            "ستند|بستن|بستش|بستنش|بندنش|بستندش)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*([7h]bs|[7h]abs|[7h]abas|[7h]bes|[7h]ebs|[7h"
            "]abbas)(o|ou|ha|hom|to|tha|atou|atha|ato|et?o|et?ha|ouh|oha)"
            " ? re:(f|fi|bel|bl|fel|fl|b|l|el)?(l|el)?(bit|biit|2ouda|oud"
            "a|oda|ghorfa|ghrfa|hammam|[7h]mmam|[7h]ammam|[7h]amam|twalet"
            "|toilet|toilettes|placard|blakar|khzana|khazana|makhzan|gara"
            "j|garage|tomobil|tonobil|kar|car|dlam|dalam|3atme|3atmeh|cav"
            "e|kaba|hmam|sayara|siyara|bab)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(sd|sdd|sed|sedd|s[9q][9q]r|s[9q]r|sakkar|sa"
            "kker|skr|sekker|2afal|afal|2fl|2afel|2afl|qfl|[9q]fl|[9q]fel"
            "|ghl[9q]|ghle[9q]|ghlq|sakar|bakal|baqqal)(at|et|ato|atha|o|"
            "u|ou|ha|ti|t|ou|at?ou)? re:(3li?h|3li?ha|3li?hom|3alai?h?|3a"
            "lay?ha|3le?h|3leha|3aleh|3aleiha|3alei|3aleih|3alayhom|3liho"
            "um|3alaiha|3leihon|3alayhon) ? re:(f|fi|bel|bl|fel|fl|b|l|el"
            ")?(l|el)?(bit|biit|2ouda|ouda|oda|ghorfa|ghrfa|hammam|[7h]mm"
            "am|[7h]ammam|[7h]amam|twalet|toilet|toilettes|placard|blakar"
            "|khzana|khazana|makhzan|garaj|garage|tomobil|tonobil|kar|car"
            "|dlam|dalam|3atme|3atmeh|cave|kaba|hmam|sayara|siyara|bab)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(rbt|rabat|rbat|rbet|rabt|rebt|rabbat|rbbt)("
            "o|ou|ha|hom|ato|atha|to|tha|et?o|et?ha|atou) ? ? re:(f|fi|b|"
            "bel|bl|3la|3ala|m3a|ma3|fl|fel|3al)~ re:(l|el)?(korsi|kersi|"
            "kirsi|kursi|kor?si|srir|sarir|tekht|ta(5|kh)t|takht|shajra|c"
            "hajra|[7h]bl|[7h]abl|[7h]bel|chofaj|chauffage|radiateur|kers"
            "e|kerset|sbita)",
        ),
    ),
    # 4 child hungry / no food / dirty clothes
    Rule(
        "sg",
        K,
        0.6,
        (
            "re:(zawsze|ci[ąa]gle|wiecznie|stale|non-stop|codziennie) re:"
            "g[łl]odn(y|a|e|i)",
            "re:g[łl]odn(y|a|e|i) re:(ca[łl]y|ca[łl]ymi) re:(czas|dniami)",
            "nie re:dost(aje|aj[ąa]|awa[łl]|awa[łl]a|awali) re:(jedzenia|"
            "[śs]niadania|obiadu|kolacji|posi[łl]k[óo]w)",
            "nie re:dost(aje|aj[ąa]|awa[łl]|awa[łl]a|awali) nic do jedzenia",
            "nie re:da(je|j[ąa]|wa[łl]|wa[łl]a|wali|[łl]|[łl]a) re:(mu|je"
            "j|im) re:(je[śs][ćc]|jedzenia|[śs]niadania|obiadu|kolacji)",
            "re:([żz]ebr(ze|z[ąa]|a[łl]|a[łl]a)|b[łl]aga|b[łl]aga[łl]a?) "
            "? ? o re:(jedzenie|jedzenia|chleb|kanapk[ęe])",
            "re:pros(i|z[ąa]|i[łl]|i[łl]a) re:(inne|innych|koleg[óo]w|kol"
            "egów|s[ąa]siad[óo]w|nauczycielk[ęe]) ? o re:(jedzenie|kanapk"
            "[ęe]|chleb)",
            "re:(tych|tym) samych ? re:ubra(niach|niu|nia|nie)",
            "re:(brudn(e|ych|ym)|[śs]mierdz[ąa]c(e|ych)) re:ubra(nia|niach|niu)",
            "re:(hep|s[üu]rekl(?:i̇?)|devaml[ıi]|da(?:i̇?)ma|hala|h[âa]l["
            "âa]) re:a[çc](t[ıi]r|m[ıi][şs]|t[ıi])?",
            "her zaman re:a[çc](t[ıi]r|t[ıi])?",
            "re:a[çc]l[ıi]ktan re:(a[ğg]l[ıi]yor|a[ğg]lad[ıi]|bay[ıi]l\\w*"
            "|[öo]l[üu]yor|a[ğg]l[ıi]yordu|t(?:i̇?)tr(?:i̇?)yor)",
            "re:(yemek|y(?:i̇?)yecek|ekmek) re:verm((?:i̇?)yor|ed(?:i̇?)|"
            "(?:i̇?)yorlar|ed(?:i̇?)ler|em(?:i̇?)[şs]|(?:i̇?)yormu[şs]|ez"
            ")",
            "re:(yemek|y(?:i̇?)yecek|ekmek) re:d(?:i̇?)len[a-zışçğüöâ̇]*",
            "re:(ba[şs]kalar[ıi]ndan|kom[şs]ulardan|arkada[şs]lar[ıi]ndan"
            "|[öo][ğg]retmenden|[çc]ocuklardan|herkesten) re:(yemek|y(?:i"
            "̇?)yecek|ekmek) re:((?:i̇?)st(?:i̇?)yor|d(?:i̇?)len(?:i̇?)yo"
            "r|(?:i̇?)sted(?:i̇?)|(?:i̇?)st(?:i̇?)yormu[şs])",
            "re:(g[üu]nlerd(?:i̇?)r|haftalard[ıi]r|hep|herg[üu]n|s[üu]rek"
            "l(?:i̇?)) re:ayn[ıi] ? re:(k[ıi]yafet|elb(?:i̇?)se|g(?:i̇?)y"
            "s(?:i̇?)|k[ıi]yafetler|elb(?:i̇?)seler|g(?:i̇?)ys(?:i̇?)ler)"
            "(le|(?:i̇?)|ler(?:i̇?)|lerle|(?:i̇?)yle|ler(?:i̇?)n(?:i̇?))?",
            "re:ayn[ıi] re:k(?:i̇?)rl(?:i̇?) ?",
            "re:(د[اأإآ]ئم[اأإآ]|د[اأإآ]ئم[اأإآ]ً|د[اأإآ][يى]م[اأإآ]|د[اأ"
            "إآ][يى]م|د[يى]م[اأإآ]|دوم[اأإآ]|د[يى]م[ةه]|د[اأإآ][يى]م[اأإآ"
            "]ً) re:(ج[اأإآ]ئع|ج[اأإآ][يى]ع|جوع[اأإآ]ن|ج[يى]ع[اأإآ]ن|جوع["
            "اأإآ]ن[ةه]|ج[يى]ع[اأإآ]ن[ةه]|ج[اأإآ]ئع[ةه]|ج[اأإآ][يى]ع[ةه]|"
            "ج[يى]ع[اأإآ]ن[يى]ن|جوع[اأإآ]ن[يى]ن|جع[اأإآ]ن|جع[اأإآ]ن[ةه]|ج"
            "[يى]ع[اأإآ]نه)",
            "re:(ج[اأإآ]ئع|ج[اأإآ][يى]ع|جوع[اأإآ]ن|ج[يى]ع[اأإآ]ن|جوع[اأإآ"
            "]ن[ةه]|ج[يى]ع[اأإآ]ن[ةه]|ج[اأإآ]ئع[ةه]|ج[اأإآ][يى]ع[ةه]|ج[يى"
            "]ع[اأإآ]ن[يى]ن|جع[اأإآ]ن|جع[اأإآ]ن[ةه]) re:(د[اأإآ]ئم[اأإآ]|"
            "د[اأإآ]ئم[اأإآ]ً|د[اأإآ][يى]م[اأإآ]|د[اأإآ][يى]م|د[يى]م[اأإآ"
            "]|دوم[اأإآ]|د[يى]م[ةه]|طول|بز[اأإآ]ف|د[يى]م[اأإآ])",
            "re:(ل[اأإآ]|م[اأإآ]|مش) re:([يى]|ت|ب|ب[يى]|بت|ك[يى]|ك[اأإآ]|"
            "كت)?(عط|عط[يى]|طعم|وكل)(و|ون|و[اأإآ]|[يى])?(ه|ه[اأإآ]|هم|هش|"
            "ه[اأإآ]ش|وش|وه|وه[اأإآ]|ه[اأإآ]ش|هومش)? re:([اأإآ]ل)?([اأإآ]"
            "كل|[اأإآ]كل|طع[اأإآ]م|م[اأإآ]كل[ةه]|م[اأإآ]كله|ش[يى]|[اأإآ]ك"
            "ل[ةه])",
            "re:(م[اأإآ]|مش|م[اأإآ]) re:(عنده|عنده[اأإآ]|عندو|عندهم|عندوش"
            "|عنده[اأإآ]ش|عندهمش) re:(م[اأإآ]|ش[يى]|شو)? re:([يى]|ت|ن)?(["
            "اأإآ]كل|[اأإآ]كل|[اأإآ]كلو|طع[اأإآ]م|م[اأإآ]كل[ةه]|[يى][اأإآ"
            "]كل|ت[اأإآ]كل|[يى][اأإآ]كلو)",
            "re:(م[اأإآ]عندوش|معندوش|م[اأإآ]عنده[اأإآ]ش|معنده[اأإآ]ش|م[اأ"
            "إآ]عندهمش) re:(م[اأإآ]|ب[اأإآ]ش|ش[يى]) re:([يى]|ت)?([اأإآ]كل"
            "|[يى][اأإآ]كل|ت[اأإآ]كل|[يى][اأإآ]كلو|م[اأإآ]كل[ةه])",
            "re:(و|ف)?([يى]|ت|ك[يى]|كت|ك[اأإآ]|ب[يى]|بت)?(تسول|شحت|سع[اأإ"
            "آ]|[يى]طلب|تطلب|طلب|ك[يى]طلب|كتطلب)\\S* re:([اأإآ]ل)?([اأإآ]ك"
            "ل|[اأإآ]كل|طع[اأإآ]م|م[اأإآ]كل[ةه]|خبز|[اأإآ]لخبز) من re:([ا"
            "أإآ]ل)?(ج[يى]ر[اأإآ]ن|[اأإآ]طف[اأإآ]ل|[اأإآ]طف[اأإآ]ل|[اأإآ]"
            "صدق[اأإآ]ء|[اأإآ]صح[اأإآ]ب|صح[اأإآ]ب|زمل[اأإآ]ء|زمل[اأإآ]ئه|"
            "معلم|معلم[ةه]|مرب[يى][ةه]|ن[اأإآ]س|صح[اأإآ]بو|در[اأإآ]ر[يى]|"
            "ول[اأإآ]د|تل[اأإآ]م[يى]ذ)\\S*",
            "re:(و|ف)?([يى]|ت)تسول(ون|و)?",
            "نفس re:([اأإآ]ل)?(مل[اأإآ]بس|حو[اأإآ][يى]ج|ت[يى][اأإآ]ب|ث[يى"
            "][اأإآ]ب|هدوم|لبس[ةه]|لبس) re:([اأإآ]ل)?(وسخ[ةه]|متسخ[ةه]|مو"
            "سخ[ةه]|موسخ[يى]ن|وسخ[يى]ن|قذر[ةه]|منذ|لمد[ةه]|طول|[اأإآ][يى]"
            "[اأإآ]م|[اأإآ][يى][اأإآ]م|شح[اأإآ]ل|وسخ[اأإآ]ن[يى]ن)",
            "re:(sempre|constantemente|vive|anda|chega|vem) re:(com)~ re:"
            "(fome|esfomead[oa]|faminto|faminta)",
            "re:(passa|passava|passam|passou|passando|passar) fome",
            "re:n[ãa]o re:(lhe|lhes|me)~ re:(d[ãa]o|d[áa]|dava|davam|dera"
            "m|deu|recebe|recebia) re:(comida|almo[çc]o|jantar|pequeno-al"
            "mo[çc]o|lanche|merenda)",
            "re:n[ãa]o re:(lhe|lhes)~ re:(d[ãa]o|d[áa]|dava|davam|deram|deu) de comer",
            "re:(pede|pedia|pedindo|implora|implorava|rouba|roubava) re:("
            "comida|p[ãa]o|lanche) ? re:(colegas|vizinhos|professora|prof"
            "essor|amigos|outros|outras|educadora|crian[çc]as)",
            "re:(mendiga|mendigava|mendigando|mendigar) re:(comida|p[ãa]o)?",
            "re:(mesma|mesmas) re:(roupa|roupas) re:(suja|sujas|h[áa]|tod"
            "os|todo|desde|por|rasgada|rasgadas|durante|v[áa]rios|faz)",
            "re:(siempre|constantemente|continuamente) ? re:(hambre|hambr"
            "ient[oa]s?|fam[ée]lic[oa])",
            "re:pas(a|aba|an|aban|ando|ar|[óo]) hambre",
            "no re:(le|les) re:(dan|da|daban|daba|dieron|dio) re:(de)~ re"
            ":(comer|comida|desayuno|almuerzo|cena|merienda)",
            "re:(pide|ped[íi]a|pidiendo|ped[íi]a|roba|robaba) comida re:("
            "a|de)~ re:(los|las|sus)~ re:(compa[ñn]eros|compa[ñn]eras|vec"
            "inos|otros|profesora|maestra|ni[ñn]os|amigos|dem[áa]s)",
            "re:(mendiga|mendigaba|mendigando|roba|robaba|robando) comida",
            "re:(misma|mismas) re:(ropa|ropas) re:(sucia|sucias|desde|tod"
            "os|cada|durante|hace|rota|rotas|varios|toda)",
            "re:(toujours|constamment|sans) ? re:(faim|affam[ée]|affam[ée"
            "]e|affam[ée]s|affam[ée]es)",
            "temps faim",
            "pas re:[àa] sa faim",
            "ne re:(lui|leur) re:(donne|donnent|donnait|donnaient) re:(pa"
            "s|rien|jamais) re:([àa])~ manger",
            "re:(demande|demandait|mendie|mendiait|r[ée]clame|r[ée]clamai"
            "t) ? ? ? re:(aux|[àa]) re:(autres|voisins|camarades|copains|"
            "enseignants|ma[îi]tresse|institutrice|enfants)",
            "re:(mendie|mendiait|mendient) ? ? re:(nourriture|manger|pain)",
            "re:(vole|volait|volent) re:(de)~ re:(la)~ nourriture",
            "re:(m[êe]mes) re:(v[êe]tements|habits|fringues) re:(sales|de"
            "puis|tous|toute|pendant|trou[ée]s|d[ée]chir[ée]s|plusieurs)",
            "re:(immer|st(?:ä|ae|a)ndig|dauernd|andauernd|stets|permanent"
            ") re:(hunger|hungrig|ausgehungert)",
            "re:(bekommt|bekam|kriegt|kriegte|gibt|gab|geben|gaben) ? ? ?"
            " re:(kein|keine|nichts|nie) re:(essen|fr(?:ü|ue|u)hst(?:ü|ue"
            "|u)ck|mittagessen|abendessen|zu|pausenbrot)",
            "re:(bettelt|bettelte|betteln) ? ? ? ? ? re:(essen|brot)",
            "re:(fragt|fragte|bittet|bat) ? ? re:(andere|anderen|nachbarn"
            "|mitsch(?:ü|ue|u)ler|lehrerin|kinder|klassenkameraden) ? re:"
            "(nach|um) re:(essen|brot)",
            "re:(dieselben|gleichen|selben|dieselbe|gleiche|selbe) re:(sc"
            "hmutzigen|dreckigen|ungewaschenen|stinkenden)",
            "re:(dieselben|gleichen|selben|dieselbe|gleiche|selbe) re:(kl"
            "eider|kleidung|sachen|klamotten) re:(seit|schon|tagelang|woc"
            "henlang|jeden)",
            "re:(walba|jeer|joogto|marwalba|kasta|dhan) ? ? re:(gaajaysan"
            "|gaajeysan|gaajo|gaajoon\\w*|gaajaysan\\w*|gaajeysan\\w*)",
            "re:(cunto|cunno|raashin|wax) ? re:(ma|aan) re:(helo|hesho|si"
            "iyaan|siiso|siiyo|siin|helin|siinin|helayo|helaan)",
            "re:(baryaa|baryo|tuugsadaa|dawarsadaa|dawarsado|codsadaa|bar"
            "yaysaa|baryey|baryay|dawarsanaya) ? ? re:(cunto|cunno|raashi"
            "n)",
            "re:(cunto|cunno|raashin) ? ? re:(baryaa|baryo|tuugsadaa|dawa"
            "rsadaa|dawarsado|dawarsanaya|baryaysaa|baryay)",
            "re:(dhar|dharka|dharkii) re:(wasakh|wasakhaysan|wasakheysan|"
            "wasakhsan|qadhmuun|qudhmuun|wasakhaysan)",
            "isla re:(dharkii|dharka|dhar)",
            "re:(завжди|постійно|вічно|весь|щодня|завше) re:(голодний|гол"
            "одна|голодні|голодним|голодною|голодне)",
            "не re:(годують|годували|нагодували|нагодувала|нагодував)",
            "не re:(дають|дає|давали|дала|дав) re:(йому|[їі]й|[їі]м)~ re:"
            "([їі]сти|[їі]жі|[їі]жу|по[їі]сти)",
            "re:(просить|просила|випрошує|випрошувала) re:([їі]жу|[їі]сти"
            "|хліб|по[їі]сти) re:(в|у|від) re:(інших|сусідів|однокласникі"
            "в|дітей|вчительки|вихователів|друзів)",
            "re:(жебракує|жебрає|жебракувала)",
            "re:(самий|самому|самих|саму|самі|тому|той) re:(брудний|брудн"
            "ому|брудних|брудну|брудні)",
            "re:(mereu|tot|[îi]ntotdeauna|permanent|constant|ve[șşs]nic) "
            "re:(fl[ăa]m[âa]nd|fl[ăa]m[âa]nd[ăa]|fl[ăa]m[âa]nzi|foame|[îi"
            "]nfometat|[îi]nfometat[ăa]|lihnit|lihnit[ăa])",
            "foame tot timpul",
            "re:(nu-i|nu-l|nu) re:(dau|d[ăa]|d[ăa]dea|d[ăa]deau|prime[șşs"
            "]te|primea) re:(de)~ re:(m[âa]ncare|m[âa]ncat|m[âa]ncarea)",
            "re:(cer[șşs]e[șşs]te|cer[șşs]ea|cer[șşs]esc|cer[șşs]ind) re:"
            "(de)~ re:(m[âa]ncare|p[âa]ine)",
            "re:(cere|cerea|cer) ? re:(m[âa]ncare|p[âa]ine) re:(de|la) re"
            ":(la)~ re:(colegi|vecini|al[țţt]i|al[țţt]ii|copii|educatoare"
            "|profesoar[ăa]|educatoarea)",
            "re:(acelea[șşs]i) re:(haine) re:(murdare|de|zile|toat[ăa]|s["
            "ăa]pt[ăa]m[âa]ni)",
            "re:(haine) re:(murdare|rupte) re:(de|toat[ăa]|zile|s[ăa]pt[ăa]m[âa]ni)",
            "re:(sempre|continuamente|costantemente) ? re:(fame|affamat[oaie])",
            "non re:(gli|le|li)~ re:(danno|d[àa]|da|davano|dava|hanno) re"
            ":(da)~ re:(mangiare|cibo|colazione|pranzo|cena|merenda)",
            "re:(chiede|chiedeva|elemosina|elemosinava|mendica|mendicava)"
            " ? ? re:(ai|agli|alle|alla) re:(compagni|vicini|maestre|maes"
            "tra|altri|amici|bambini|compagne)",
            "re:(elemosina|elemosinava|mendica|mendicava|ruba|rubava) re:"
            "(il)~ re:(cibo|mangiare|merenda|pane)",
            "re:(stessi|stesse) re:(vestiti|abiti|panni|indumenti) re:(sp"
            "orchi|da|per|tutti|ogni)",
            "re:(ወትሩ|ኩሉ|ኩሉግዜ|ኩሉ-ግዜ) ? re:(ጥሙይ|ጥምይቲ|ጥሙያት|ጥሙያን)\\S*",
            "re:(ጥሙይ|ጥምይቲ|ጥሙያት|ጥሙያን)\\S* ? re:(ወትሩ|ኩሉ)",
            "መግቢ re:ኣይ\\S*(ህብዎን|ህብዋን|ህብዎምን|ሃብዎን|ሃብዋን|ረክብን|ረክብን)\\S*",
            "re:(всегда|постоянно|вечно|вечно) re:(голодный|голодная|голо"
            "дные|голоден|голодна|голодны)",
            "не re:(кормят|кормит|кормила|кормил|кормили|накормили|накорм"
            "ила) re:(его|е[ёе]|их|реб[ёе]нка|детей|дома|дочку|сына|малыш"
            "а)",
            "re:(его|е[ёе]|их|реб[ёе]нка|детей|дочку|сына|малыша) ? не re"
            ":(кормят|кормит|кормила|кормил|кормили)",
            "не re:(дают|да[ёе]т|давали|дала|дал) re:(ему|ей|им)~ re:(ест"
            "ь|еды|еду|поесть|кушать)",
            "re:(просит|просила|выпрашивает|выпрашивала|клянчит|клянчила)"
            " re:(еду|есть|хлеб|поесть|кушать) у re:(других|соседей|однок"
            "лассников|детей|учительницы|воспитателей|друзей)",
            "re:(той|том|тех|одной|одном) же re:(грязной|грязном|грязных|"
            "грязную|грязные|нестираной|вонючей)",
            "re:(всегда|постоянно|вечно) re:(грязный|грязная|грязные|немы"
            "тый|немытая|немытые|вонючий|вшивый)",
            "re:(هم[یيى]شه|همش|مدام|دائم|دا[یيى]م|دائما|هم[یيى]شه‌?) re:("
            "گرسنه|گشنه|گشنشه|گرسنه‌?اش|گشنه‌?شه|گرسنه‌?است|گرسنست)",
            "re:(بهش|بهشان|بهشون|به‌?او|به‌?ش) re:(غذا|نان|خورا[کك]|چ[یيى"
            "]ز[یيى]|صبحانه|غذا[یيى][یيى]) re:(نم[یيى]‌?)(دهند|دن|دهد|ده|"
            "دادند|دادن|داد)",
            "re:(غذا|نان|خورا[کك]) re:(نم[یيى]‌?)(دهند|دن|دهد|ده|دادند|دا"
            "دن) re:(بهش|بهشان|بهشون|به‌?او)",
            "از re:(بچه‌?ها[یيى]|هم[کك]لاس[یيى]‌?ها|هم[کك]لاس[یيى]‌?ها[یي"
            "ى]ش|همسا[یيى]ه‌?ها|د[یيى]گران|معلم|همسا[یيى]ه|بچه‌?ها|هم[کك]"
            "لاس[یيى]ها|مرب[یيى]) ? re:(غذا|نان|خورا[کك][یيى]|لقمه) re:(م"
            "[یيى]‌?)?(خواهد|خواد|گ[یيى]رد|گ[یيى]ره|خواست|دزدد|دزده)",
            "re:(همان|همون|هم[یيى]ن) re:(لباس|لباس‌?ها[یيى]|لباسها[یيى]|ل"
            "باسا[یيى]) re:([کك]ث[یيى]ف|چر[کك]|بوگندو|[کك]ث[یيى]فش)",
            "re:(گرسنه|گشنه) و re:([کك]ث[یيى]ف|چر[کك])",
            "re:([کك]ث[یيى]ف|چر[کك]) و re:(گرسنه|گشنه)",
            "re:(dima|dayman|daymen|deyman|deyme|dayme|2ayman|da2iman|dai"
            "man|dyma|dimaa) re:(ji3an|j3an|ji3ana|ji3anin|jou3an|jo3an|j"
            "ou3ane|jou3ana|jouaan|ja3an|je3an|jiy3an|jay3|ja2e3|ja2i3|ja"
            "w3an|jouaane|jo3ane)",
            "re:(ji3an|j3an|ji3ana|ji3anin|jou3an|jo3an|jou3ane|jou3ana|j"
            "a2e3|ja2i3) re:(dima|dayman|deyman|daymen|2ayman|da2iman|tol"
            "|toul|tool|kol)",
            "re:(ma|mesh|mish|mch|mo|la|mashi) re:(ka|kay|kat|kan|kant|ta"
            "|tay|tat|bi|b|by|bt|bet|bit|3am|3m|ki|kt|y|i|t|n)*(3ti|3at|3"
            "t|ta3m|t3m|t3em|ta3em|wakl|wkl|wekl|wakkel|wa22l|ta3e?m)[a-z"
            "0-9]* re:(l|el)?(makla|mekla|akl|2akl|ta3am|t3am|akel|2akel|"
            "khobz|(5|kh)obz|ftour|f6or|f6our|fotor|3acha|ghda|ghada|2akl"
            "e|akle|a?kl)",
            "re:ma?(ka|kay|kat|ta|tay|bi|b|bt|y|t)*(3ti|3at|3t|ta3m|t3m|w"
            "akl|wkl)[a-z0-9]*(ch|sh) re:(l|el)?(makla|mekla|akl|2akl|ta3"
            "am|akel|2akel|khobz|(5|kh)obz|ftour|f6or)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(tlb|tleb|tlob|t?sa3a|sa3i|tsa3a|shaw?2?el|c"
            "haw?2?el|2?i?tlob|ytlob|ytleb|ytalab|btetlob|betshaw2el|shah"
            "had|chahhad|chhd|sh[7h]ad|ch[7h]ad|sha[7h]ad|cha[7h]ad)[a-z0"
            "-9]* re:(l|el)?(makla|mekla|akl|2akl|ta3am|akel|2akel|khobz|"
            "(5|kh)obz|akle) re:(mn|men|min|3nd|3and|mena|mel|mnd|mel)",
            "re:(nfs|nafs|nefs|nefss) re:(el|l|lel)~ re:(l|el)?(hwayj|[7h"
            "]wayj|[7h]wayej|hwayej|tyeb|tyab|tiyab|thyab|kswa|lbsa|awa3i"
            "|2awa3i|hdoum|lbas|tyabo|[7h]wayjo|hwayjo|[7h]wayjha|tyabha)"
            " re:(el|l)~ re:(l|el)?(mwss(5|kh)in|mwsskhin|mwes(5|kh)in|m("
            "5|kh)ra[9q]|wes(5|kh)a|wis(5|kh)a|wsekh|wse(5|kh)|m(5|kh)r[9"
            "q]in|mwessekh|mwesskhin|m3afnin|wes(5|kh)in|wsekhin|wase(5|k"
            "h)a|wsi(5|kh)a|mwss(5|kh)a|mwessekhin|mwassa(5|kh)a|mwassakh"
            "in|mwasa(5|kh)in|mwssekhin|wiskhin|mekhrou[9q]in)",
        ),
    ),
    # 5 young child left alone
    Rule(
        "sg",
        O,
        1.0,
        (
            "re:zostawi(a|aj[ąa]|[łl]|[łl]a|li|ly) ? re:(go|j[ąa]|je|ich|"
            "syna|c[óo]rk[ęe]|dziecko|dzieci|ma[łl]ego|ma[łl][ąa]|ma[łl]y"
            "ch|brata|siostr[ęe]) re:(sam|sam[ąa]|samego|samych|same|samo"
            "|samiute[ńn]k(iego|[ąa]))",
            "re:zostawi(a|aj[ąa]|[łl]|[łl]a|li) re:(sam|sam[ąa]|samego|sa"
            "mych|same|samo) re:(go|j[ąa]|je|ich|syna|c[óo]rk[ęe]|dziecko"
            "|dzieci|ma[łl]ego|ma[łl][ąa]|ma[łl]ych|brata|siostr[ęe])",
            "re:(dzieci|dziecko|syn|synek|c[óo]rka|c[óo]reczka|maluch|nie"
            "mowl[ęe]|bobas|brat|siostra|dzieciaki) re:(jest|s[ąa]|by[łl]"
            "o|by[łl]y|by[łl]|by[łl]a|byli|zostaje|zostaj[ąa]|zosta[łl]o|"
            "zosta[łl]y|zosta[łl]|zosta[łl]a|zostali) ? re:(sam|sama|sami"
            "|same|samo|samiute[ńn]k(i|a))",
            "re:(sam|sama|sami|same|samo) w domu re:(ca[łl][ąa]|przez|w) "
            "re:(noc|nocy|godzinami|wiele|kilka|ca[łl][ąa]|par[ęe])",
            "re:([çc]ocu[a-zışçğüöâ̇]*|bebe[a-zışçğüöâ̇]*|o[ğg]l[a-zışçğü"
            "öâ̇]*|k[ıi]z|k[ıi]z[ıi]|k[ıi]z[ıi]m|k[ıi]z[ıi]m[ıi]|k[ıi]z[ı"
            "i]n[ıi]|k[ıi]zlar|k[ıi]zlar[ıi]|k[ıi]z[ıi]m[ıi]z|karde[şs][a"
            "-zışçğüöâ̇]*|onu|onlar[ıi]|(?:i̇?)k(?:i̇?)zler[a-zışçğüöâ̇]*"
            ") ? ? re:yaln[ıi]z ? re:(b[ıi]rak([ıi]yor|[ıi]yorlar|t[ıi]|t"
            "[ıi]lar|m[ıi][şs]|[ıi]l[ıi]yor|[ıi]ld[ıi]|[ıi]r)|kal([ıi]yor"
            "|[ıi]yorlar|d[ıi]|d[ıi]lar|m[ıi][şs]|[ıi]r|[ıi]yordu))",
            "re:(evde|gece|geceler(?:i̇?)|saatlerce) ? re:yaln[ıi]z re:b["
            "ıi]rak([ıi]yor|[ıi]yorlar|t[ıi]|t[ıi]lar|m[ıi][şs]|[ıi]l[ıi]"
            "yor|[ıi]ld[ıi]|[ıi]r)",
            "re:(evde|gece|geceler(?:i̇?)|saatlerce) tek re:ba[şs][ıi]na "
            "re:(b[ıi]rak[a-zışçğüöâ̇]*|kal([ıi]yor|[ıi]yorlar|d[ıi]|d[ıi"
            "]lar|m[ıi][şs]|[ıi]r))",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت|ن)?(ترك|خل[يى]|خل"
            "[اأإآ]|خل[ىي]|خل[اأإآ]ت|تركت)\\S* ? ? re:(وحده|وحده[اأإآ]|وحد"
            "هم|لوحده|لوحده[اأإآ]|لوحدهم|بوحدو|بوحده[اأإآ]|بوحدهم|بح[اأإآ"
            "]لو|لح[اأإآ]لو|لح[اأإآ]له|لح[اأإآ]له[اأإآ]|لح[اأإآ]لهم|وح[يى"
            "]د[اأإآ]|وح[يى]د[ةه]|وح[يى]د[يى]ن|وحدو)",
            "re:(ل|لل|[اأإآ]ل)?(طفل|[اأإآ]طف[اأإآ]ل|ولد|[اأإآ]ول[اأإآ]د|و"
            "ل[اأإآ]د|بنت|صغ[يى]ر|صغ[يى]ر[ةه]|صغ[اأإآ]ر|رض[يى]ع|در[اأإآ]ر"
            "[يى]|ول[يى]د[اأإآ]ت|طفل[ةه]|[اأإآ]بن[يى]|[اأإآ]بنت[يى]|بنت[ي"
            "ى]|ولد[يى]|ول[اأإآ]د[يى]|[اأإآ]ول[اأإآ]د[يى]|[اأإآ]بنه|[اأإآ"
            "]بنه[اأإآ]|بنته|بنته[اأإآ]|ولده[اأإآ]|ولده|ول[اأإآ]ده[اأإآ]|"
            "[اأإآ]ول[اأإآ]ده[اأإآ]|طفله[اأإآ]|طفله|[اأإآ]بنك|[اأإآ]بنكم|"
            "[اأإآ]خوه|[اأإآ]خته|[اأإآ]خوه[اأإآ]|[اأإآ]خته[اأإآ]) re:([يى"
            "]|ت|ك[يى]|كت|ك[اأإآ]|ب[يى]|بت)?(بق[ىي]|بق[اأإآ]|بق[اأإآ]و|بق"
            "و|ضل|ظل|[يى]كون|ك[اأإآ]ن|ك[اأإآ]نو|ك[اأإآ]نت|ب[اأإآ]ت|قعد|[ي"
            "ى]بق[ىي]|تبق[ىي]|[يى]ضل|تضل|[يى]قعد|تقعد|[يى]ظل|تظل)\\S* ? re"
            ":(وحده|وحده[اأإآ]|وحدهم|لوحده|لوحده[اأإآ]|لوحدهم|بوحدو|بوحده"
            "[اأإآ]|بوحدهم|لح[اأإآ]لو|لح[اأإآ]له|لح[اأإآ]له[اأإآ]|لح[اأإآ"
            "]لهم|وح[يى]د[اأإآ]|وح[يى]د[ةه]|وحدو)",
            "re:(deixa|deixou|deixava|deixam|deixaram|deixavam|deixar)(-o"
            "|-a|-os|-as)? ? ? re:(sozinh[oa]s?|s[óo]s)",
            "re:(filho|filha|filhos|filhas|menino|menina|meninos|meninas|"
            "crian[çc]a|crian[çc]as|beb[êe]|beb[ée]|beb[êe]s|beb[ée]s|mi["
            "úu]do|mi[úu]da|mi[úu]dos|mi[úu]das|pequeno|pequena|pequenos|"
            "neto|neta|netos|garoto|garota|garotos|enteado|enteada|irm[ãa"
            "]o|irm[ãa]|irm[ãa]os|irm[ãa]zinha|irm[ãa]ozinho|filhinho|fil"
            "hinha) ? ? ? re:(fica|ficou|ficava|ficam|ficaram|ficavam|est"
            "[áa]|estava|est[ãa]o|estavam|passa|passou|passava|fique) re:"
            "(sozinh[oa]s?|s[óo]s)",
            "re:sozinh[oa]s? re:(em|na|no|a|[àa]|o|durante|por|at[ée]|as|"
            "de)~ re:(casa|noite|madrugada)? re:(toda|todo|inteira|inteir"
            "o|durante|horas|at[ée])",
            "re:sozinh[oa]s? re:(durante|por) re:(horas|a|v[áa]rias|muitas)",
            "re:(deja|dej[óo]|dejaba|dejan|dejaron|dejaban|dejar)(lo|la|l"
            "os|las)? ? ? ? re:(sol[ao]s|sola|solit[oa]s?)",
            "re:(deja|dej[óo]|dejaba|dejan|dejaron|dejaban|dejar)(lo|la|l"
            "os|las)? ? ? ? solo re:(en|toda|todo|durante|por|de|muchas|v"
            "arias|hasta|horas)",
            "re:(hijo|hija|hijos|hijas|ni[ñn]o|ni[ñn]a|ni[ñn]os|ni[ñn]as|"
            "nene|nena|nenes|beb[ée]|beb[ée]s|cr[íi]o|cr[íi]a|cr[íi]os|ch"
            "ico|chica|chicos|chiquito|chiquita|peque[ñn]o|peque[ñn]a|peq"
            "ue[ñn]os|hermanito|hermanita|nieto|nieta|hijastro|hijastra|p"
            "eque|peques|hijito|hijita|sobrino|sobrina|sobrinos) ? ? ? re"
            ":(se)~ re:(queda|qued[óo]|quedaba|quedan|quedaron|quedaban|e"
            "st[áa]|estaba|est[áa]n|estaban|pasa|pasaba|pas[óo]) re:(sol["
            "oa]s?|solit[oa]s?)",
            "re:(sol[oa]s?|solit[oa]s?) en casa re:(toda|todo|durante|por"
            "|hasta|muchas|varias)",
            "re:(laisse|laissait|laissent|laissaient|laiss[ée]|laiss[ée]e"
            "|laiss[ée]s|laiss[ée]es|laisser) ? ? ? re:(seul|seule|seuls|"
            "seules) re:([àa]|a|dans|chez|toute|tout|pendant|la|le|des|pl"
            "usieurs|jusqu'[àa]|jusqu|quand|la)",
            "re:(l'|d')?(fils|fille|enfant|enfants|b[ée]b[ée]|b[ée]b[ée]s"
            "|petit|petite|petits|gar[çc]on|gar[çc]ons|filles|gamin|gamin"
            "e|gamins|gosse|gosses|m[ôo]me|m[ôo]mes|neveu|ni[èe]ce|fr[èe]"
            "re|sœur|soeur|beau-fils|belle-fille|loulou|petiot) ? ? ? re:"
            "(reste|restait|restent|restaient|rest[ée]|rest[ée]e|rest[ée]"
            "s|rest[ée]es|est|[ée]tait|sont|[ée]taient|passe|passait) re:"
            "(tout|toute)~ re:(seul|seule|seuls|seules)",
            "re:(seul|seule|seuls|seules) re:[àa] la maison re:(toute|tou"
            "t|pendant|la|le|jusqu'[àa]|jusqu|des|plusieurs|quand|le)",
            "re:(l(?:ä|ae|a)sst|lie(?:ß|ss)|lassen|lie(?:ß|ss)en) re:(ihn"
            "|sie|es|die|das|den|ihre|seine|ihr|sein|ihren|seinen|meinen|"
            "meine|mein|unsere)~ ? ? re:(allein|alleine)",
            "re:(kind|kinder|kindern|sohn|tochter|baby|babys|jungen|junge"
            "|m(?:ä|ae|a)dchen|kleinen|kleine|kleinen|enkel|enkelin|stief"
            "sohn|stieftochter|bruder|schwester|sohnemann|kleinkind) ? ? "
            "re:(allein|alleine) re:(zu|zuhause|daheim|zuhaus|gelassen|na"
            "chts|stundenlang|den|bis|die)",
            "re:(allein|alleine) re:(gelassen|zur(?:ü|ue|u)ckgelassen) ? "
            "? re:(stunden|nacht|nachts|abends|stundenlang)",
            "re:(stundenlang|nachts|tagelang) re:(allein|alleine) re:(zu|"
            "zuhause|daheim|gelassen)",
            "re:(keligiis|keligeed|keligood|kaligiis|kaligeed|kaligood|ke"
            "ligii|kaligii|keligood) ? ? ? re:(reeb\\w*|dhaaf\\w*|tag\\w*)",
            "re:(reeb\\w*|dhaaf\\w*) ? ? re:(keligiis|keligeed|keligood|kal"
            "igiis|kaligeed|kaligood|keligii|kaligii|keligood)",
            "re:(ilmaha|ilmo|ilmihii|ilmaheyga|ilmahayga|ilmahaaga|cunug|"
            "cunugga|cunuggii|cunuggayga|cunuggeyga|caruurta|carruurta|ca"
            "ruurtii|carruurtii|carruurteyda|carruurtayda|caruurteyda|wii"
            "lka|wiilkayga|wiilkeyga|wiilkii|gabadha|gabadhayda|gabadheyd"
            "a|gabadhii|inanta|inankii|inanka|yarka|yaraha|ilmahiisa|ilma"
            "heeda|wiilkiisa|wiilkeeda|gabadhiisa|gabadheeda|ubadka|dhall"
            "aanka|canugga|ilmihiisa|carruurtiisa|carruurteeda) ? ? re:(k"
            "eligiis|keligeed|keligood|kaligiis|kaligeed|kaligood|keligii"
            "|kaligii|keligood) ? ? re:(guriga|habeenkii|habeen|saacado|s"
            "aacadaha|gurigii|maalintii)",
            "re:(залишає|залишала|залишав|залишив|залишила|залишили|лишає"
            "|лишила|лишив|кидає|кинула|кинув|залишають) ? ? re:(самого|с"
            "аму|самих|одного|одну|одних|самотнім|саменьку|самісіньку) re"
            ":(вдома|удома|на|всю|цілу|до|в|у|коли|поки|годинами)",
            "re:(дитина|діти|син|донька|дочка|малий|мала|малюк|немовля|хл"
            "опчик|дівчинка|синочок|донечка|онук|онука|братик|сестричка) "
            "? ? re:(сидить|сиділа|сидів|сидять|залишається|залишився|зал"
            "ишилася|залишилась|був|була|є|буває|лишається|лишився|лишила"
            "ся) ? re:(сам|сама|самі|один|одна|самісінький|самісінька) re"
            ":(вдома|удома|всю|цілу|годинами|вночі|до|на|в|у|поки|коли|ці"
            "лими)",
            "re:(las[ăa]|l[ăa]sa|l[ăa]sat|l[ăa]sat[ăa]|l[ăa]sa[țţt]i|l[ăa"
            "]sau|las[ăa]-l|las[ăa]-i|l[ăa]sat-o|l[ăa]sat-l) ? ? ? re:(si"
            "ngur|singur[ăa]|singuri|singure|singurel|singuric[ăa]|singur"
            "ei) re:(acas[ăa]|toat[ăa]|tot|ore|noaptea|[îi]n|peste|c[âa]n"
            "d|p[âa]n[ăa]|cu)",
            "re:(copilul|copiii|copilului|copiilor|b[ăa]iatul|b[ăa]ie[țţt"
            "]elul|feti[țţt]a|fata|fiul|fiica|bebelu[șşs]ul|bebelu[șşs]a|"
            "copila|copila[șşs]ul|nepotul|nepoata|fratele|sora|b[ăa]ie[țţ"
            "t]ii|fetele|copil|copii) ? ? ? re:(r[ăa]m[âa]ne|r[ăa]m[âa]ne"
            "a|r[ăa]mas|r[ăa]mas[ăa]|st[ăa]|st[ăa]tea|este|e|era|sunt|era"
            "u|r[ăa]m[âa]n|r[ăa]ma[șşs]i) re:(singur|singur[ăa]|singuri|s"
            "ingure|singurel|singuric[ăa])",
            "re:(lascia|lasciava|lasciano|lasciato|lasciata|lasciati|lasc"
            "iate|lasciavano|lasciare) ? ? ? re:(da)~ re:(sol[oaie]) re:("
            "a|in|tutta|tutto|per|di|la|fino|dalle|quando|mentre|ore|nell"
            "a|nel)",
            "re:(figlio|figlia|figli|figlie|bambino|bambina|bambini|bambi"
            "ne|bimbo|bimba|bimbi|bimbe|piccolo|piccola|piccoli|neonato|n"
            "eonata|ragazzino|ragazzina|nipote|nipotino|nipotina|fratelli"
            "no|sorellina|figliastro|figliastra) ? ? ? re:(resta|restava|"
            "rimane|rimaneva|[èe]|era|sono|erano|stava|sta|restano|rimang"
            "ono|rimasto|rimasta|restato|restata|rimasti) re:(da)~ re:(so"
            "l[oaie]|solett[oaie])",
            "re:(በይኑ|በይና|በይኖም|በይነን)[።፣፤፥፡!?.]* ? ? re:\\S*[ገ-ጎ][ደ-ዷ][ፈ-ፏ]\\S*",
            "re:\\S*[ገ-ጎ][ደ-ዷ][ፈ-ፏ]\\S* ? re:(በይኑ|በይና|በይኖም|በይነን)[።፣፤፥፡!?.]*",
            "re:(ን|ነ|ካብ|ኣብ)?(ቆልዓ|ቆልዑ|ቆልዑት|ህጻን|ህጻናት|ወደይ|ጓለይ|ውላደይ|ደቀይ|ወዳ|ጓላ"
            "|ወዱ|ጓሉ|ቆልዓይ|ቆልዑተይ|ቆልዓ)[።፣፤፥፡!?.]* ? ? re:(በይኑ|በይና|በይኖም|በይነን)"
            "[።፣፤፥፡!?.]* ? ? re:\\S*(ገዛ|ለይቲ|ሰዓታት)\\S*",
            "re:(оставляет|оставляла|оставлял|оставила|оставил|оставили|о"
            "ставляют|бросает|бросила|бросил|бросили|бросают) ? ? re:(одн"
            "ого|одну|одних|одной) re:(дома|на|всю|целую|до|в|когда|пока|"
            "часами|ночью|целыми)",
            "re:(реб[ёе]нок|дети|сын|дочь|дочка|малыш|малышка|младенец|ма"
            "льчик|девочка|сынок|доченька|внук|внучка|братик|сестр[ёе]нка"
            "|малыши) ? ? re:(сидит|сидела|сидел|сидят|оста[ёе]тся|осталс"
            "я|осталась|остались|был|была|были|бывает|находится) ? re:(од"
            "ин|одна|одни|один[ёе]шенек|одна-один[ёе]шенька) re:(дома|всю"
            "|целыми|часами|ночью|до|на|в|пока|когда|целый)",
            "re:(без) re:(присмотра|надзора|взрослых) re:(дома|часами|всю"
            "|целыми|ночью|на)",
            "re:(تنها|تنها[یيى][یيى]|تنهاش|تنها[یيى]ش|تنهاشون|تنهاشان) re"
            ":(در|تو|تو[یيى])~ re:(خانه|خونه) re:(م[یيى]‌?)?(گذارد|گذاره|"
            "ذاره|زاره|گذاشت|گذاشته|گذاشتند|گذاشتن|ماند|مونه|مونده|مانده|"
            "موند|ماندند|موندن|رها|ول|م[یيى]‌?ماند)",
            "re:(تنها|تنها[یيى][یيى]|تنهاش|تنها[یيى]ش) re:(رها|ول) re:(م["
            "یيى]‌?)?([کك]ند|[کك]نه|[کك]رد|[کك]رده|[کك]نند|[کك]نن|[کك]ردن"
            "د|[کك]ردن|[کك]ردش|[کك]نتش)",
            "re:(بدون|ب[یيى]) re:(سرپرست|مراقب|نظارت|مراقبت) re:(در|تو|تو"
            "[یيى])~ re:(خانه|خونه|خ[یيى]ابان|خ[یيى]ابون)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*((5|kh)l|khl|khall|(5|kh)all|khel|(5|kh)el|("
            "5|kh)alli|(5|kh)li|khli|trk|trak|trok|tarak|terk|trek|sayb|s"
            "eyb|sib|sayeb|tl[9q]|tal[9q]|tla[9q]|tle[9q]|fout|faytou)[a-"
            "z0-9]* ? re:(bo[7h]do|bohdo|bou[7h]do|bo[7h]dha|bohdha|bo[7h"
            "]dhom|bohdhom|bou[7h]dhom|bo[7h]dhum|bo[7h]edhom|bou[7h]dha|"
            "wa[7h]do|wahdo|wa[7h]da|wahda|wa[7h]dha|wa[7h]dhom|wahdhom|l"
            "a[7h]alo|la[7h]ala|la[7h]alon|la[7h]alha|la[7h]alhon|l[7h]al"
            "o|l[7h]alha|l[7h]alon|wa[7h]id|wa[7h]edo|wa[7h]edha|wa[7h]do"
            "u|la[7h]alhom) re:(f|fi|bel|bl|fel|fl|b|kol|tol|toul|tool|[7"
            "h]ta|hatta|ta|sa3at|sa3a|saa3at|ila|men|mn|ghir|lil|lail|lei"
            "l|3al|l|tool|tous|f?lil|fllil)",
            "re:(b[9q]a|b[9q]at|b[9q]aw|bqa|bqat|bi2a|b2i|b2yit|b2et|b2ee"
            "t|2a3ed|a3ed|a3da|2a3de|kayb[9q]a|katb[9q]a|kayb[9q]aw|bib2a"
            "|btib2a|btib2o|bi2a3od|bto23od|btu23od|kayg3ed|katg3ed|kayg3"
            "do|glass|gles|glsa|jals|jalsa|bij?los|btij?los|kayjls|katjls"
            ") re:(bo[7h]do|bohdo|bou[7h]do|bo[7h]dha|bohdha|bo[7h]dhom|b"
            "ohdhom|bou[7h]dhom|bo[7h]dhum|bo[7h]edhom|bou[7h]dha|wa[7h]d"
            "o|wahdo|wa[7h]da|wahda|wa[7h]dha|wa[7h]dhom|wahdhom|la[7h]al"
            "o|la[7h]ala|la[7h]alon|la[7h]alha|la[7h]alhon|l[7h]alo|l[7h]"
            "alha|l[7h]alon|wa[7h]id|wa[7h]edo|wa[7h]edha|wa[7h]dou|la[7h"
            "]alhom) re:(f|fi|bel|bl|fel|fl|b|kol|tol|toul|tool|[7h]ta|ha"
            "tta|sa3at|sa3a|saa3at|ila|lil|lail|leil|ghir|tool|3al|l)",
            "re:(bo[7h]do|bohdo|bou[7h]do|bo[7h]dha|bohdha|bo[7h]dhom|boh"
            "dhom|bou[7h]dhom|bo[7h]dhum|bo[7h]edhom|bou[7h]dha|wa[7h]do|"
            "wahdo|wa[7h]da|wahda|wa[7h]dha|wa[7h]dhom|wahdhom|la[7h]alo|"
            "la[7h]ala|la[7h]alon|la[7h]alha|la[7h]alhon|l[7h]alo|l[7h]al"
            "ha|l[7h]alon|wa[7h]id|wa[7h]edo|wa[7h]edha|wa[7h]dou|la[7h]a"
            "lhom) re:(f|fel|fi|bel|b|bl|fl)~ re:(l|el)?(dar|beit|bet|bay"
            "t|manzil|dyar|d?dar|beyt)",
            "re:(bla|bidoun|bdoun|bdun|mn?ghir|min?ghir) re:(mra[9q]aba|m"
            "ouraqaba|muraqaba|ri3aya|ra3aya|mrb?ya|morbiya|[7h]ad|[7h]ad"
            "a|[7h]add|kbir|kbar|keber|chi?[7h]ad|wa[7h]d|wa[7h]ed|wahed)"
            " re:(f|fi|bel|bl|fel|b|fl)~ re:(l|el)?(dar|beit|bet|bayt|man"
            "zil)",
        ),
    ),
    # 6 sexual touching / abuse / rape
    Rule(
        "sg",
        S,
        1.0,
        (
            "re:molest(owa[łl]|owa[łl]a|owali|uje|uj[ąa]|owanie|owania|ow"
            "aniu|owana|owany|owanego|owan[ąa]|owa[ćc])",
            "re:zgwa[łl]c(i[łl]|i[łl]a|ili|ona|ony|enie|enia|i[ćc]|a)",
            "re:gwa[łl]t(u|em) re:(na|w|przez|ze)? ?",
            "gwałt na ?",
            "re:wykorzyst(uje|uj[ąa]|ywa[łl]|ywa[łl]a|ywali|a[łl]|a[łl]a|"
            "ali|ywanie|ywania|ywaniu|ana|any|ywana|ywany) ? re:seksualn("
            "ie|e|ego|ym|a)",
            "re:seksualn(ie|e|ego|ym) re:wykorzyst(uje|ywa[łl]|ywa[łl]a|a"
            "[łl]|a[łl]a|ywanie|ywania|ana|any|ywana|ywany)",
            "re:dotyk(a|a[łl]|a[łl]a|aj[ąa]|ali|a[łl]y) re:(j[ąa]|jej|go|"
            "jego|mnie|mi|ich|c[óo]rk[ęe]|syna)? ? ? re:(intymnych|intymn"
            "e|intymnym|krocz(e|a|u)|piersi|genitali(a|[óo]w|ach)|pup(y|["
            "ęe])|penisa|siusiaka|cipk[ęe]|majtki|majtkach|majtek)",
            "re:dotyk(a|a[łl]|a[łl]a|aj[ąa]|ali) ? ? ? gdzie nie re:(chce"
            "|chcia[łl]a|chcia[łl]|wolno)",
            "re:k[łl]ad(zie|[łl]|[łl]a|zi|li) re:si[ęe] ? re:(jej|jego|c["
            "óo]rki|syna|ich) re:[łl][óo][żz]k(a|u)",
            "re:przychodz(i|i[łl]|i[łl]a) w nocy do re:(jej|jego|ich|c[óo"
            "]rki|syna) pokoju",
            "re:c(?:i̇?)nsel re:(tac(?:i̇?)z|(?:i̇?)st(?:i̇?)smar|sald[ıi"
            "]r[ıi]|(?:i̇?)st(?:i̇?)smara|tac(?:i̇?)ze|sald[ıi]r[ıi]ya|(?"
            ":i̇?)st(?:i̇?)smar[ıi]|tac(?:i̇?)z(?:i̇?)|tac(?:i̇?)zde|(?:i"
            "̇?)st(?:i̇?)smarda)[a-zışçğüöâ̇]*",
            "re:tecav[üu]z[a-zışçğüöâ̇]*",
            "re:tac(?:i̇?)z re:(ett(?:i̇?)|ed(?:i̇?)yor|etm(?:i̇?)[şs]|ed"
            "(?:i̇?)yorlar|ett(?:i̇?)ler|ed(?:i̇?)yordu|ed(?:i̇?)ld(?:i̇?"
            ")|ed(?:i̇?)lm(?:i̇?)[şs])",
            "re:(?:i̇?)st(?:i̇?)smar(a|[ıi])? re:(ett(?:i̇?)|ed(?:i̇?)yor"
            "|etm(?:i̇?)[şs]|u[ğg]rad[ıi]|u[ğg]ram[ıi][şs]|u[ğg]ruyor|ed("
            "?:i̇?)ld(?:i̇?)|ed(?:i̇?)lm(?:i̇?)[şs])",
            "re:([öo]zel|mahrem|g(?:i̇?)zl(?:i̇?)) re:(yerler(?:i̇?)ne|b["
            "öo]lgeler(?:i̇?)ne|yerler(?:i̇?)n(?:i̇?)|b[öo]lgeler(?:i̇?)n"
            "(?:i̇?)|yer(?:i̇?)ne|b[öo]lges(?:i̇?)ne|yerler(?:i̇?)me|yer("
            "?:i̇?)me) ? ? re:dokun[a-zışçğüöâ̇]*",
            "re:((?:i̇?)stemed(?:i̇?)[ğg](?:i̇?)|(?:i̇?)stemed(?:i̇?)[ğg]"
            "(?:i̇?)m|(?:i̇?)stemed(?:i̇?)[ğg](?:i̇?)m(?:i̇?)z) ? re:(yer"
            "lere|yerler(?:i̇?)ne|[şs]ek(?:i̇?)lde|yer(?:i̇?)nden|yerler("
            "?:i̇?)nden|halde) ? re:dokun[a-zışçğüöâ̇]*",
            "re:(gece|geceler(?:i̇?)) ? re:(odas[ıi]na|odama) ? re:(gel(?"
            ":i̇?)p|gel(?:i̇?)yor|geld(?:i̇?)|g(?:i̇?)r(?:i̇?)yor|g(?:i̇?"
            ")rd(?:i̇?)|g(?:i̇?)r(?:i̇?)p|g(?:i̇?)rm(?:i̇?)[şs])",
            "re:(k[ıi]z[ıi]m[ıi]n|o[ğg]lumun|[çc]ocu[ğg]un|onun) re:yata["
            "ğg][ıi]na re:(g(?:i̇?)r(?:i̇?)yor|g(?:i̇?)rd(?:i̇?)|g(?:i̇?)"
            "rm(?:i̇?)[şs]|yat[ıi]yor|yatt[ıi]|yatm[ıi][şs])",
            "re:(و|ف|ب[اأإآ]ل|[اأإآ]ل|لل|ل)?(تحرش|تحرش[اأإآ]ت|[اأإآ]عتد[ا"
            "أإآ]ء|[اأإآ]عتد[اأإآ]ء[اأإآ]ت|[اأإآ]ستغل[اأإآ]ل|عنف|[اأإآ]عت"
            "د[ىي]|[اأإآ]عتد[اأإآ]) re:([اأإآ]ل)?جنس[يى]([ةه]|[اأإآ]|[يى]"
            "ن|[اأإآ]ً)?",
            "re:(و|ف|ب[اأإآ]ل|[اأإآ]ل|لل|ل)?([اأإآ]غتص[اأإآ]ب|[اأإآ]غتصبه"
            "[اأإآ]|[اأإآ]غتصبه|[اأإآ]غتصبوه[اأإآ]|[اأإآ]غتصبوه|[اأإآ]غتص"
            "بت|[يى]غتصب|[يى]غتصبه[اأإآ]|تغتصب|مغتصب[ةه]|[اأإآ]غتص[اأإآ]ب"
            "ه[اأإآ]|[اأإآ]غتص[اأإآ]به)",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?تحرش(ت|و|و[اأإآ]"
            "|[اأإآ]ت)? re:(ب|ب[يى]|ف[يى])(ه[اأإآ]|ه|هم|[يى]ه[اأإآ]|[يى]ه"
            "|بنت[يى]|[اأإآ]بن[يى]|ولد[يى]|[اأإآ]لبنت|[اأإآ]لطفل|[اأإآ]لط"
            "فل[ةه]|[اأإآ]ل[اأإآ]طف[اأإآ]ل)",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?(لمس|حسس|ق[يى]س|"
            "[يى]ق[يى]س)(ه[اأإآ]|ه|هم|و|وه[اأإآ]|ن[يى]|ت|و[اأإآ]|[اأإآ]ت)"
            "? ? ? ? re:([اأإآ]ل)?([اأإآ]م[اأإآ]كن|من[اأإآ]طق|[اأإآ]عض[اأ"
            "إآ]ء|عضو|منطق[ةه]|بل[اأإآ][يى]ص|بل[اأإآ]ص[اأإآ]ت|بل[اأإآ]ص[ة"
            "ه]|صدر|صدره[اأإآ]|[اأإآ]عض[اأإآ]ءه|[اأإآ]عض[اأإآ]ءه[اأإآ])(ه"
            "[اأإآ]|ه|هم)? re:([اأإآ]ل)?(حس[اأإآ]س[ةه]|خ[اأإآ]ص[ةه]|حم[يى"
            "]م[ةه]|تن[اأإآ]سل[يى][ةه]|[اأإآ]لحس[اأإآ]س[ةه]|[اأإآ]لخ[اأإآ"
            "]ص[ةه]|[اأإآ]لحم[يى]م[ةه])?",
            "re:(و|ف)?([يى]|ك[يى]|ك[اأإآ]|ب[يى]|ب)?(ن[اأإآ]م|[يى]ن[اأإآ]م"
            "|تمدد|[يى]تمدد|نعس|[يى]نعس|دخل|[يى]دخل|[يى]ندس|[اأإآ]ندس|ف[ا"
            "أإآ]ت|[يى]فوت|[يى]تسلل|تسلل|[يى]طلع|طلع) ? re:(ف|ف[يى]|ف[ىي]"
            "|عل[ىي]|ع|ب|ل|[اأإآ]ل[ىي]|جنب|مع)?(سر[يى]ر|فر[اأإآ]ش|تخت|فرش"
            "[ةه]|فرشت|سر[يى]ره[اأإآ]|فر[اأإآ]شه[اأإآ]|تخته[اأإآ])ه[اأإآ]"
            "?",
            "re:(و|ف)?([يى]|ك[يى]|ك[اأإآ]|ب[يى]|ب)?(دخل|[يى]دخل|ف[اأإآ]ت|"
            "[يى]فوت|[يى]تسلل|تسلل) ? re:(ل|ف|ف[يى]|[اأإآ]ل[ىي]|[اأإآ]ل[ى"
            "ي])?([اأإآ]ل)?(غرفت|ب[يى]ت)ه[اأإآ] ? re:(ف[يى]|ف|ف[ىي]|ب[اأإ"
            "آ]ل)?([اأإآ]ل)?(ل[يى]ل|ل[يى]ل[اأإآ]|ل[يى]ل[ةه])",
            "re:abus(o|os|ou|ava|ada|ado|adas|ados|ar|a|am|aram|ando|aram"
            ") re:sexua(l|is|lmente)",
            "re:abus(ou|ava|aram|a|am|ando|ar) re:(dela|dele|delas|deles)",
            "re:(foi|foram|era|sido|ser) re:(abusad[oa]s?|estuprad[oa]s?|"
            "violad[oa]|violentad[oa])",
            "re:estupr(o|ou|ada|ado|ador|aram|ar|os|ava|aram|adas|ados)",
            "re:(violou|violentou|violaram|estuprou)(-a|-o)",
            "re:(violou|violentou|violaram) re:(a|o)~ re:(minha|meu|sua|s"
            "eu)~ re:(filho|filha|filhos|filhas|menino|menina|meninos|men"
            "inas|crian[çc]a|crian[çc]as|beb[êe]|beb[ée]|beb[êe]s|beb[ée]"
            "s|mi[úu]do|mi[úu]da|mi[úu]dos|mi[úu]das|pequeno|pequena|pequ"
            "enos|neto|neta|netos|garoto|garota|garotos|enteado|enteada|i"
            "rm[ãa]o|irm[ãa]|irm[ãa]os|irm[ãa]zinha|irm[ãa]ozinho|filhinh"
            "o|filhinha)",
            "re:(toca|tocou|tocava|mexe|mexeu|mexia|apalpa|apalpou|apalpa"
            "va|acaricia|acariciou|acariciava)(-lhe|-a|-o)? ? ? ? re:(par"
            "tes|zonas|parte) re:([íi]ntimas|privadas|[íi]ntima|privada)",
            "re:(toca|tocou|tocava|tocam|mexe|mexeu|mexia)(-lhe|-a)? ? ? "
            "? onde re:(ela|ele)~ re:n[ãa]o re:(quer|queria|gosta|gostava"
            "|deve)",
            "re:(passa|passou|passava) a re:m[ãa]o re:(nela|nele)",
            "re:(ele|padrasto|tio|av[ôo]|vizinho|namorado|primo|pai|homem"
            ") ? re:(deita|deitou|deitava|deita-se|deitou-se|deitava-se|e"
            "ntra|entrou|entrava|mete-se|meteu-se|se) ? re:(na|no) re:(ca"
            "ma) re:(dela|dele)",
            "re:(deita-se|deitou-se|deitava-se|mete-se|meteu-se|metia-se)"
            " re:(na|no) cama re:(dela|dele)",
            "ele re:(entra|entrava|entrou|vem|vinha|veio) re:(no|ao|para|"
            "pro) re:(o)~ quarto re:(dela|dele)",
            "re:(vem|veio|vinha) re:(ao|no|pro|o|para) re:(o)~ quarto re:"
            "(dela|dele) ? ? re:(noite|madrugada)",
            "re:abus(o|os|[óo]|aba|ada|ado|adas|ados|ar|a|an|aron|ando|ar"
            "on) re:(sexual|sexualmente|sexuales)",
            "re:abus([óo]|aba|aron|a|an|ando|ar) de re:(ella|[ée]l|mi|su|"
            "la|las|los|el|nuestra|nuestro|ellas|ellos)",
            "re:(la|lo|las|los) re:(viol[óo]|violaba|violaron|violan)",
            "re:(fue|ha|sido|hab[íi]a) re:(violad[oa]|abusad[oa]|violada|abusada)",
            "re:(v[íi]ctima|sufri[óo]|intento|denuncia|denunciar|denunci["
            "ée]) re:(de|una|por)~ re:violaci([óo]n|ones)",
            "re:(toca|toc[óo]|tocaba|tocan|manosea|manose[óo]|manoseaba|s"
            "oba|sobaba|sob[óo])(la|lo)? ? ? ? re:(partes|zonas|parte) re"
            ":([íi]ntimas|privadas|[íi]ntima|intimas|privada|nobles)",
            "re:(la|lo|le|les) re:(toca|toc[óo]|tocaba|tocan|tocaban) ? ? donde no",
            "re:(manosea|manose[óo]|manoseaba|manosean|manoseaban|manosea"
            "do|manoseada|manosearla|manosearlo|manoseos|manoseo)",
            "re:(se)~ re:(mete|met[íi]a|meti[óo]|acuesta|acostaba|acost[ó"
            "o]|echa|echaba) re:(en|a) su re:(cama|habitaci[óo]n|cuarto) "
            "re:(por|de|en|cada|todas|a) re:(la|las)~ re:(noche|noches|ma"
            "drugada)",
            "re:(viene|ven[íi]a|vino) re:(a|en|al) su re:(cuarto|habitaci"
            "[óo]n) re:(por|de|en|cada|todas|a) re:(la|las)~ re:(noche|no"
            "ches|madrugada)",
            "re:(abus|abus[ée]|abus[ée]e|abus[ée]s|abus[ée]es|agression|a"
            "gressions|agress[ée]|agress[ée]e|violences|exploitation|atte"
            "inte|atteintes) re:(sexuel|sexuelle|sexuels|sexuelles|sexuel"
            "lement)",
            "re:attouchements?",
            "re:(viol|viols)",
            "re:l'(a|avait|ont|avaient) re:(viol[ée]e?|viol[ée]s?)",
            "re:l ’|‘|´|` re:(a|avait|ont|avaient) re:(viol[ée]e?|viol[ée]s?)",
            "re:[ée]t[ée] re:(viol[ée]e?s?)",
            "re:(touche|touchait|touchent|touch[ée]|touch[ée]e|tripote|tr"
            "ipotait|tripot[ée]|tripot[ée]e|caresse|caressait|caress[ée])"
            " ? ? ? re:(parties|zones) re:(intimes|g[ée]nitales|priv[ée]e"
            "s)",
            "re:(touche|touchait|touchent|tripote|tripotait|touch[ée]|tou"
            "ch[ée]e) ? ? re:o[ùu] re:(elle|il) ne re:(veut|voulait|veux)",
            "re:(vient|venait) ? dans sa chambre ? ? re:(nuit|soir)",
            "re:(vient|venait|viens) re:(se|s')~ re:(coucher|glisser|allo"
            "nger|mettre) re:(dans|sur) son lit",
            "re:p[ée]dophil(e|es|ie)",
            "re:(sexuell|sexueller|sexuellen|sexuelle|sexuelles) re:(miss"
            "brauch|missbraucht|(?:ü|ue|u)bergriff|(?:ü|ue|u)bergriffe|(?"
            ":ü|ue|u)bergriffen|bel(?:ä|ae|a)stigt|bel(?:ä|ae|a)stigung|g"
            "ewalt|missbrauchen|gen(?:ö|oe|o)tigt)",
            "re:missbrauch(t|te|ten|en)?",
            "re:vergewaltig(t|te|ten|en|ung|ungen|er)",
            "re:(ber(?:ü|ue|u)hrt|ber(?:ü|ue|u)hrte|fasst|fasste|angefass"
            "t|begrapscht|begrapschte|betatscht|betatschte|befummelt|befu"
            "mmelte|grapscht|streichelt|streichelte) ? ? ? re:(intim|inti"
            "mbereich|intimen|geschlechtsteile|geschlechtsteil|genitalien"
            "|br(?:ü|ue|u)ste|brust|scheide|penis|schritt|po|hintern|inti"
            "mstellen)",
            "re:(begrapscht|begrapschte|betatscht|betatschte|befummelt|be"
            "fummelte|grapscht|befingert)",
            "wo re:(sie|er) re:(das|es)~ nicht re:(will|wollte|m(?:ö|oe|o)chte|mag)",
            "er re:(kommt|kam) nachts in re:(ihr|sein) zimmer",
            "re:(kommt|kam) er nachts in re:(ihr|sein) zimmer",
            "legt sich re:(zu) re:(ihr|ihm) ins bett",
            "re:(p(?:ä|ae|a)dophil|p(?:ä|ae|a)dophiler|p(?:ä|ae|a)dophile"
            "|p(?:ä|ae|a)dophilen|p(?:ä|ae|a)do)",
            "re:(kufsi|kufsiga|kufsaday|kufsadeen|kufsatay|kufsan|kufsado"
            "|kufsanaya|kufsadaa|kufsasho|kufsigii)",
            "re:(faraxumayn|faraxumeyn|faraxumaynta|faraxumeynta|faraxume"
            "eyay|faraxumeeyey|farxumayn|faraxumeeya|faraxumeeyaa)",
            "re:(xadgudub|tacaddi|xadgudubka|tacadiga|tacaddiga|dhibaatay"
            "n|kadeed) re:(galmo|galmada|jinsi|jinsiga|galmeed)",
            "re:(taab\\w*|faraha|farahaa|gacanta) ? ? ? re:(meelaha|meelah"
            "eeda|meelihiisa|xubnaha|xubnaheeda|xubnihiisa|naasaha|naasah"
            "eeda) re:(qarsoon|qarsoodiga|taranka|gaarka|hoose)?",
            "re:(meelaha|meelaheeda|meelihiisa|xubnaha|xubnaheeda|xubnihi"
            "isa) re:(qarsoon|qarsoodiga|taranka|gaarka|hoose) ? ? ? re:("
            "taab\\w*)",
            "re:(habeenkii|habeenkiiba|habeennada) re:(qolkeeda|sariirtee"
            "da) re:(ayuu|buu|wuu|wuxuu) re:(yimaadaa|yimid|galaa|galay|s"
            "eexdaa|seexday|jiifsadaa|jiifsaday|soo)",
            "re:(sariirteeda|sariirtiisa) re:(ayuu|buu|wuu|wuxuu) ? re:(s"
            "eexdaa|seexday|jiifaa|jiifsadaa|jiifsaday|galaa|galay|seexan"
            "ayaa|seexdo)",
            "re:(сексуальне|сексуального|сексуальному|сексуальні|сексуаль"
            "но|сексуальних|статеве|статевого) re:(насильство|насильства|"
            "насильстві|насилля|домагання|домагався|розбещення|насильниць"
            "ких|експлуатація|використання)",
            "re:(з[ґг]валтування|з[ґг]валтував|з[ґг]валтували|з[ґг]валтов"
            "ана|з[ґг]валтувала|з[ґг]валтований|з[ґг]валтувань)",
            "re:(домагання|домагань|розбещення|розбещував|розбещувала|пед"
            "офіл|педофілія|педофіла)",
            "re:(торкається|торкався|торкалася|чіпає|чіпав|мацає|мацав|ла"
            "пає|лапав|гладить|гладив) ? ? ? re:(інтимних|інтимні|інтимне"
            "|статевих|статеві|геніталій|грудей|промежини|інтимного)",
            "re:(мацає|мацав|лапає|лапав|облапав|облапує)",
            "re:(торкається|торкався|чіпає|чіпав) ? ? ? де re:(вона|він) "
            "не re:(хоче|хотіла|хотів)",
            "re:(приходить|приходив|заходить|заходив) re:(вночі|уночі) ? "
            "re:([їі][їі]|його) re:(кімнати|кімнату|кімнаті)",
            "re:(лягає|лягав|ліг|лягає|залазить|заліз) re:(в|у|до) re:([ї"
            "і][їі]) re:(ліжко|ліжка)",
            "re:(abuz|abuzuri|abuzat[ăa]|abuzat|abuza[țţt]i|agresiune|agr"
            "esiuni|h[ăa]r[țţt]uire|h[ăa]r[țţt]uit[ăa]|agresat[ăa]|agresa"
            "t|abuzul|abuzat[ăa]) re:(sexual|sexual[ăa]|sexuale|sexuali|s"
            "exual)",
            "re:(abuzat-o|abuzat-l|violat-o|violat-l|violat[ăa]|viol|viol"
            "ul|violuri|violator)",
            "re:(atinge|atingea|atins|pip[ăa]ie|pip[ăa]ia|pip[ăa]it|m[âa]"
            "ng[âa]ie|m[âa]ng[âa]ia)(-o|-l)? ? ? ? re:(zonele|p[ăa]r[țţt]"
            "ile|zona|partea|locurile) re:(intime|intim[ăa]|private)",
            "re:(o|[îi]l|il) re:(atinge|atingea|pip[ăa]ie|pip[ăa]ia) ? ? unde nu",
            "re:(pip[ăa]ie|pip[ăa]ia|pip[ăa]it|pip[ăa]it[ăa]|pip[ăa]ie[șşs]te)",
            "re:(vine|venea) ? noaptea ? re:([îi]n|in) camera ei",
            "re:(vine|venea) re:([șşs]i)~ re:(se)~ re:(bag[ăa]|b[ăa]ga|cu"
            "lc[ăa]|culca) re:([îi]n|in|l[âa]ng[ăa]) re:(patul|pat) ei",
            "re:pedofil(ul|i)?",
            "re:(abus[oi]|abusat[oaie]|violenz[ae]|molesti[ae]|aggression"
            "[ei]|abusare) re:(sessual[ei]|sessualmente)",
            "re:(stupr[oi]|stuprat[oa]|violentat[oaie]|violentare|stuprare)",
            "re:(molestat[oaie]|molestava|molestie|molestatore)",
            "re:(tocca|toccava|toccano|toccato|toccata|palpeggia|palpeggi"
            "ava|palpeggiato|palpeggiata|accarezza|accarezzava) ? ? ? re:"
            "(parti|zone) re:(intime|private)",
            "re:(palpeggia|palpeggiava|palpeggiata|palpeggiato|palpeggiam"
            "enti|palpeggiare)",
            "re:(la|lo|le|li|gli) re:(tocca|toccava|toccano|toccavano) ? ? dove non",
            "re:(viene|veniva) re:(in|nella) ? re:(camera|stanza|camerett"
            "a) ? ? re:(notte)",
            "re:(infila|infilava|intrufola|intrufolava) re:(nel|sul) suo letto",
            "re:pedofil[oaie]",
            "ጾታዊ re:(ዓመጽ|በደል|ምግሃስ|ጥቕዓት|መጥቃዕቲ|ትንኮሳ|ዕመጽ)\\S*",
            "re:(ተደፊራ|ተደፊሩ|ተደፊረት|ምድፋር|ደፋሪ)\\S*",
            "re:(сексуальное|сексуального|сексуальному|сексуальным|сексуа"
            "льные|сексуальных|половое|полового) re:(насилие|насилия|наси"
            "лию|насилием|домогательства|домогательство|домогательств|дом"
            "огательствам|растление|эксплуатация|эксплуатации|приставания"
            ")",
            "re:(изнасилование|изнасилования|изнасиловал|изнасиловали|изн"
            "асилована|изнасиловать|изнасилован|изнасиловать)",
            "re:(домогается|домогался|домогательства|растление|растлевал|"
            "педофил|педофилия|педофила|развратные|развратных|совращал|со"
            "вратил)",
            "re:(трогает|трогал|трогала|лапает|лапал|щупает|щупал|гладит|"
            "гладил|касается|касался|прикасается|прикасался) ? ? ? re:(ин"
            "тимных|интимные|половых|половые|гениталий|груди|промежности|"
            "интимного|писю|письку|письке|пиписку|пипиську)",
            "re:(лапает|лапал|облапал|щупает|щупал|лапали)",
            "re:(ложится|ложился|л[ёе]г|залезает|залезал|залез) к re:(ней"
            "|нему) в re:(кровать|постель)",
            "re:(приходит|приходил|заходит|заходил) re:(ночью|ночами) в r"
            "e:(е[ёе]|его) re:(комнату|спальню|кровать|постель)",
            "تجاوز re:(جنس[یيى]|[کك]رد|[کك]رده|[کك]ردند|[کك]ردن|شده|شد|[ک"
            "ك]نه|[کك]ند|م[یيى]‌?[کك]ند|م[یيى]‌?[کك]نه|[کك]رده‌?است|م[یيى"
            "][کك]رد|م[یيى]‌?[کك]رد)",
            "re:(آزار|اذ[یيى]ت|سوءاستفاده|سوء‌?استفاده|سواستفاده|آزارها[ی"
            "يى]|تعرض|استفاده|تجاوزها[یيى]|آزارِ) re:(جنس[یيى]|جنس[یيى]ِ)",
            "re:(دست‌?دراز[یيى]|دستدراز[یيى]|بچه‌?باز|بچه‌?باز[یيى]|پدوف["
            "یيى]ل|پدوف[یيى]ل[یيى]|دستمال[یيى]|دستمال[یيى]ش|دستمال[یيى]‌?"
            "اش)",
            "دست re:(دراز[یيى])",
            "re:(جاها[یيى]|جا[یيى]|قسمت‌?ها[یيى]|قسمتها[یيى]|اندام|اندام‌"
            "?ها[یيى]|اندامها[یيى]|قسمت) re:(خصوص[یيى]|خصوص[یيى]ش|خصوص[یي"
            "ى]‌?اش|تناسل[یيى]|خصوص[یيى]‌?ش|خصوص[یيى]شو|خصوص[یيى]‌?اشو) ?"
            " re:(دست|لمس|ور|م[یيى]‌?مالد|م[یيى]‌?ماله|دستمال[یيى])",
            "re:(t?ghtasab|ghtasbha|ghtasbo|ightisab|ightissab|i8tisab|8t"
            "asab|8tasabha|8tasabo|ghtasbat|ightasab|e8tasab|e8tasaba|e8t"
            "isab|ghtasboha|ghtasabha|ghtasabo|ghtasbouha|ightisaab|ghtis"
            "sab|ghtesbo|ghtesbha|ghtasbuha|8tasabet|8tesab|8tasabneh)",
            "re:(t[7h]arroch|ta[7h]arrush|ta[7h]arosh|t[7h]arush|ta[7h]ar"
            "roch|tahar?rush|t[7h]arrouch|tahar?roch|ta[7h]arush|ta[7h]ar"
            "rosh|t[7h]arsh|t[7h]rrch|i3tida2|e3teda2|i3tida|3tida2|e3tid"
            "a2|eatida2|e3tida|i3tida2at|e3tida2at|istighlal|estighlal|st"
            "ighlal|ista8lal|esti8lal) re:(jinsi|jensi|jinsy|sexuel|sexue"
            "lle|jinsiya|jensiya|jinsiye|jensiye|jinsiyya)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(t[7h]rch|t[7h]arch|t[7h]arsh|t[7h]ars|t[7h]"
            "arash|t[7h]arrash|t[7h]arrech|t[7h]arresh)[a-z0-9]* re:(b|bi"
            "|fi|f)(ha|o|ih|iha|ah|eh|hom|ou|iya|ia|eha|l?bent|bnti|wldi|"
            "ibni|binti)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(l?mes|lms|lams|mess|mass|tmass|t?[7h]ss|[7h"
            "]as|l?aa?mes|l2ams|l2ams|dss|dess|dass|[7h]assas|ydass|ydess"
            "|bidess|bidass|bidoss)[a-z0-9]* ? ? re:(b|bi|bil|f|fi|fel|l|"
            "el)?(blasa|blays|blast|blas|amakin|2amakin|2amaken|amaken|bl"
            "ayss|blayes|mantiqa|mante2a|blaysat)[a-z]* ? re:(l|el)?(khas"
            "sa|(5|kh)assa|(5|kh)asa|khasa|[7h]assasa|[7h]ssasa|hassasa|["
            "7h]asasa|sirriya|serriye|[7h]amimiya|[7h]amimiyya|(5|kh)asse"
            "|khasse|(5|kh)aSSa|[7h]ssasa|[7h]esssasa|[7h]sasa)",
            "re:(bidofil|pedophile|pédophile|bidofili|pedofil|bidofile|bidou?fil)",
        ),
    ),
    # 7 keep it secret
    Rule(
        "sg",
        S,
        0.6,
        (
            "re:(to|jest|b[ęe]dzie) re:nasz(a|e)? re:(tajemnic[aą]|sekret(em)?)",
            "re:nasz(a|[ąa]|ym|e)? re:(tajemnic[aąy]|sekret(em)?) re:(i|,)? nie",
            "nie re:(m[óo]w|m[óo]wcie|m[óo]wi[ćc]|wolno) re:(mamie|mamusi"
            "|tacie|tatusiowi|nikomu|rodzicom|mamie|babci)",
            "re:(kaza[łl]|kaza[łl]a|kazali|prosi[łl]|prosi[łl]a) ? ? ? ni"
            "komu nie re:(m[óo]wi[ćc]|powie|powiedzie[ćc]|m[óo]wi[łl]a)",
            "re:(kaza[łl]|kaza[łl]a|kazali) ? ? re:(trzyma[ćc]|zachowa[ćc"
            "]) ? w tajemnicy",
            "re:s[ıi]rr[ıi]m[ıi]z(d[ıi]r|d[ıi])?",
            "re:aram[ıi]zda re:(s[ıi]r|kals[ıi]n)",
            "re:aram[ıi]zda re:b(?:i̇?)r re:s[ıi]r",
            "re:(annene|babana|annes(?:i̇?)ne|babas[ıi]na|k(?:i̇?)mseye|a"
            "nneye|a(?:i̇?)lene|[öo][ğg]retmen(?:i̇?)ne) re:(s[öo]yleme|a"
            "nlatma|s[öo]ylemes(?:i̇?)n|anlatmas[ıi]n|s[öo]ylememes(?:i̇?"
            ")n(?:i̇?)|anlatmamas[ıi]n[ıi]|s[öo]ylememe|s[öo]ylemeyeceks("
            "?:i̇?)n|anlatmayacaks[ıi]n|s[öo]ylemeyecek)",
            "re:(هذ[اأإآ]|هد[اأإآ]|ه[اأإآ]د|ه[يى]د[اأإآ]|ه[اأإآ]د[اأإآ]|ه"
            "ذه|ه[اأإآ]د[يى]|ه[اأإآ]ذ[اأإآ]|ده|د[اأإآ]|ه[اأإآ][يى]) re:(س"
            "رن[اأإآ]|سرن[اأإآ])",
            "سر re:(ب[يى]نن[اأإآ]|ب[يى]ن[اأإآ]تن[اأإآ]|ب[يى]ن[اأإآ]|ب[يى]"
            "ن[يى]|ب[يى]ن[اأإآ]تن[اأإآ]|ب[يى]ن[اأإآ]تكم)",
            "re:(ل[اأإآ]|م[اأإآ]|مت|م[اأإآ]تـ) re:(ت)?(قول|قول[يى]|قولو|ق"
            "ل|خبر|خبر[يى]|تخبر|حك[يى]|تحك[يى]|تخبر[يى]|تقول[يى]|تقول|تقو"
            "لو|تحك[يى]|تحك[يى]ش|تقول[يى]ش|تقولش|قول[يى])([يى]|ش|[يى]ش|[ي"
            "ى]ه[اأإآ]ش|ه[اأإآ]ش|ه[اأإآ])? re:((ل|لل|لـ)?(م[اأإآ]م[اأإآ]|"
            "[اأإآ]مك|[اأإآ]مك|[اأإآ]مكم|م[اأإآ]م[اأإآ]ك|ب[اأإآ]ب[اأإآ]|["
            "اأإآ]بوك|ب[اأإآ]ب[اأإآ]ك|[اأإآ]حد|[اأإآ]حد|حد[اأإآ]|حد|[اأإآ"
            "][يى]|و[اأإآ]لد[يى]ك|[اأإآ]هلك|م[اأإآ]متك)|ل(حت[اأإآ]|حت[ىي]"
            "))\\S*",
            "re:(م|م[اأإآ])?(تقول[يى]ش|تقولش|تحك[يى]ش|تخبر[يى]ش|تقول[يى]ه"
            "[اأإآ]ش|تقوله[اأإآ]ش|تحك[يى]له[اأإآ]ش|تقول[يى]هش) re:((ل|لل|"
            "لـ)?(م[اأإآ]م[اأإآ]|[اأإآ]مك|[اأإآ]مك|م[اأإآ]م[اأإآ]ك|ب[اأإآ"
            "]ب[اأإآ]|[اأإآ]بوك|[اأإآ]حد|حد[اأإآ]|حد|[اأإآ][يى]|م[اأإآ]مت"
            "ك)|ل(حت[اأإآ]|حت[ىي]))\\S*",
            "re:(nosso|nossos) re:(segredo|segredinho|segredos|segredinhos)",
            "re:n[ãa]o re:(conta|contes|conte|diga|digas|fala|fales|fale|"
            "contar|dizer|falar|digas) re:(nada)~ re:([àa]|a|pra|para|pro"
            "|ao)~ re:(tua|sua)~ re:(m[ãa]e|mam[ãa]e|mam[ãa]|pai|papai|pa"
            "p[áa]|ningu[ée]m|niguem|m[ãa]ezinha)",
            "re:(nuestro|nuestros) re:(secreto|secretito|secretos|secretitos)",
            "no re:(le|se|les)~ re:(lo|la)~ re:(digas|cuentes|diga|cuente"
            "|digan|cuenten|decir|contar) re:(nada)~ re:(a|al)~ re:(tu|su"
            "|tus)~ re:(mam[áa]|mama|mami|pap[áa]|papa|papi|nadie|madre|p"
            "adre)",
            "notre re:(petit)~ secret",
            "re:(ne|n') ? re:(dis|dites|raconte|racontes|r[ée]p[èe]te|r[é"
            "e]p[èe]tes) ? re:(rien|pas|jamais) re:([àa]|a)~ re:(ta|ton|t"
            "es)~ re:(maman|papa|m[èe]re|p[èe]re|personne|parents)",
            "re:(dire|raconter|r[ée]p[ée]ter) re:([çc]a|le|rien)~ re:([àa]|a) personne",
            "unser re:(kleines)~ geheimnis",
            "re:(sag|sags|sage|erz(?:ä|ae|a)hl|erz(?:ä|ae|a)hle|erz(?:ä|a"
            "e|a)hls|verrat|verrate) re:(es|das|ihr|ihm)~ re:(niemandem|k"
            "einem)",
            "re:(sag|erz(?:ä|ae|a)hl|erz(?:ä|ae|a)hle|verrat|verrate) re:"
            "(deiner|der|dem|deinem)~ re:(mama|mutter|mami|papa|vater|mut"
            "ti) re:(davon)~ nichts",
            "re:(darf|d(?:ü|ue|u)rfe|soll|solle|sollst|darfst) re:(es|das"
            ")~ re:(niemandem|keinem) re:(sagen|erz(?:ä|ae|a)hlen|verrate"
            "n)",
            "re:(sirteena|sirteenna|sirteenu|sirtayada|sirteenii)",
            "re:(hooyadaa|hooyo|aabahaa|aabbahaa|cidna|qofna|ninna|hooyad"
            "ii|hooyada|hooyadaa) ha re:(u)~ re:(sheegin|sheegina|dhihin|"
            "odhan|oran|dhihina|sheegeen)",
            "re:(наш|наша|нашим|нашою|наше) re:(секрет|секретик|таємниця|"
            "таємницею|таємничка)",
            "не re:(кажи|кажіть|розповідай|говори|розказуй) re:(нічого)~ "
            "re:(мамі|мама|татові|тату|нікому|мамці|матері|мамочці)",
            "нікому не re:(кажи|розповідай|говори|скажеш|розкажеш|кажіть|розказуй)",
            "re:(secretul|secretelul) re:(nostru)",
            "re:(nu-i|nu) re:(spune|spui|zice|zici|povesti|poveste[șşs]ti"
            "|spune[țţt]i) re:(nimic)~ re:(la)~ re:(mamei|mama|tat[ăa]lui"
            "|tata|nim[ăa]nui|mami|mamii|nimeni)",
            "re:(nostro) re:(segreto|segretino)",
            "nostro piccolo segreto",
            "non re:(dirlo|dire|raccontarlo|raccontare|dirglielo|dirle|di"
            "rgli) re:(niente|nulla)~ re:(a|alla|al)~ re:(mamma|pap[àa]|p"
            "apa|nessuno|tua|tuo|mammina)",
            "re:ምስጢርና\\S*",
            "re:(ንኣደኺ|ንኣዴኺ|ንኣደኻ|ንኣዴኻ|ንማማ|ንዝኾነ|ንሓደ|ንማንም|ንኣቦኻ|ንኣቦኺ|ንኣደይ)\\S*"
            " ? re:ኣይትን?ገ\\S*",
            "re:(наш|наша|нашим|нашей|наше) re:(секрет|секретик|секретом|"
            "тайна|тайной|тайну|тайночка)",
            "re:(это|будет) re:(секрет|тайна) re:(между)~ re:(нами)",
            "не re:(говори|рассказывай|говорите|рассказывайте|скажи|скаже"
            "шь|расскажешь) re:(ничего)~ re:(маме|папе|никому|мамочке|род"
            "ителям|воспитательнице|мамке)",
            "никому не re:(говори|рассказывай|скажешь|расскажешь|говорите"
            "|рассказывайте|говорить)",
            "re:(راز|راز[یيى]|رازه|سرّ) re:(ما|ماست|ب[یيى]ن|ب[یيى]نمون|ب["
            "یيى]نمان|خودمون|خودمان|ماهاست)",
            "re:(رازمون|رازمان|راز‌?ما|رازمونه)",
            "به re:(مامان|مادرت|مامانت|پدرت|بابات|ه[یيى]چ‌?[کك]س|ه[یيى]چ["
            "کك]س|[کك]س[یيى]|ه[یيى]چ‌?[کك][یيى]|ه[یيى]چ[کك][یيى]|بابا|معل"
            "مت|مادر|پدر|ه[یيى]چ|مرب[یيى]) re:([کك]س|[کك][یيى])~ re:(نگو|"
            "نگ[یيى]|نگو[یيى]|نگو[یيى][یيى]|نگ[یيى]د|نگو[یيى][یيى]د)",
            "re:(sir|sirr|ser|serr|sr|sirri|serri|sirrou) re:(binatna|bei"
            "natna|bayna|baynatna|beinetna|binetna|ta3na|tabe3na|dyalna|d"
            "ialna|mtena|ta3ouna|beinetkon|beinna|benatna)",
            "re:(sirrna|serrna|srna|sirrena|serrena|sirrouna)",
            "re:(ma|la|mat?) re:(t[9q]ol|tgol|t2ol|t2oul|tqol|tkol|tgoul|"
            "t[9q]oul|t[7h]ki|t[7h]ky|tkhber|t(5|kh)ber|tkhbr|t(5|kh)br|t"
            "khabbir|t(5|kh)abbir|t(5|kh)abri|tkhabri|t2oli|t2ouli|t[9q]o"
            "li|t[9q]olih|tgoli|t[7h]kih|t[7h]ki?li|t[7h]kiha|t[7h]kiw|tg"
            "ouli|t[9q]ouli|t[9q]olha|tgolha|t2olha|t[9q]olch|tgolch|t2ol"
            "sh|t[9q]olich|t[9q]olihach|tgolihach|t2ouleh|t2olo|t[9q]olo|"
            "tgolo)[a-z]* re:(l|la|le|li|lel|lil|l2)~ re:(mama|mamak|mmak"
            "|mok|mouk|mamtek|baba|babak|bak|bayyak|[7h]ta|[7h]tta|[7h]ad"
            "a|[7h]ad|[7h]add|[7h]ed|wa[7h]ed|wahed|chi|chi[7h]ed|[7h]add"
            "a|mamtk|maman|ommak|omak|2ommak|emmak|2emmak|2emak|lmama|lba"
            "ba|[7h]edd|[7h]add?a|[7h]ad?a|walidik|walidek|ahlak|2ahlak|a"
            "hlk|l?mo3allima|morbiya)",
            "re:ma(t[9q]ol|tgol|t2ol|t2oul|tqol|tkol|tgoul|t[9q]oul|t[7h]"
            "ki|tkhber|t(5|kh)ber|t(5|kh)br|tkhbr)[a-z]* re:(l|la|le|li|l"
            "el|lil)~ re:(mama|mamak|mmak|mok|mouk|mamtek|baba|babak|bak|"
            "[7h]ta|[7h]ada|[7h]ad|[7h]add|[7h]ed|wa[7h]ed|wahed|chi[7h]e"
            "d|chi|[7h]adda|ommak|emmak|2emmak|walidik)",
        ),
    ),
    # 8 naked photos / porn
    Rule(
        "sg",
        S,
        1.0,
        (
            "re:(nag(ie|ich|imi)|intymn(e|ych)|erotyczn(e|ych)|seksown(e|"
            "ych)|rozebran(e|ych)) re:(zdj[ęe]cia|zdj[ęe][ćc]|zdj[ęe]cie|"
            "fotki|fotek|fotografie|filmiki|filmik|filmy|film[óo]w|nagran"
            "ia|selfie)",
            "re:(zdj[ęe]cia|zdj[ęe][ćc]|zdj[ęe]cie|fotki|fotek|filmiki|na"
            "grania) re:(nago|bez) re:(ubrania|ubra[ńn]|majtek|bielizny)?",
            "re:porno(graficzne|graficznych|grafi(a|[ęe]|i|[ąa]))?",
            "re:pornos(y|a|[óo]w)?",
            "re:(film(y|iki)|filmik) dla re:doros[łl]ych",
            "re:(film(y|iki)|filmik) re:erotyczn(e|y)",
            "re:([çc][ıi]plak|m[üu]stehcen|seks(?:i̇?)|uygunsuz) re:(foto"
            "[ğg]raf|res(?:i̇?)m|foto|v(?:i̇?)deo|g[öo]r[üu]nt[üu]|foto[ğ"
            "g]raflar[ıi]|res(?:i̇?)mler(?:i̇?))[a-zışçğüöâ̇]*",
            "re:porno[a-zışçğüöâ̇]*",
            "re:m[üu]stehcen[a-zışçğüöâ̇]*",
            "re:c(?:i̇?)nsel re:((?:i̇?)[çc]er(?:i̇?)kl(?:i̇?)|foto[ğg]raf|v(?:i̇?)deo)",
            "re:(و|ف)?([اأإآ]ل)?(صور|صور[ةه]|تص[اأإآ]ور|تصو[يى]ر[ةه]|ف[يى"
            "]د[يى]وه[اأإآ]ت|ف[يى]د[يى]و|ف[يى]د[يى]و[اأإآ]ت|[اأإآ]فل[اأإآ"
            "]م|فلم|ف[يى]لم|مق[اأإآ]طع|مقطع)(ه[اأإآ]|ه|ك|و)? re:([اأإآ]ل)"
            "?(ع[اأإآ]ر[يى][ةه]|ع[اأإآ]ر[يى]|عر[يى]|عر[يى][اأإآ]ن[ةه]|عر["
            "يى][اأإآ]ن[يى]ن|عر[يى][اأإآ]ن|ف[اأإآ]ضح[ةه]|[اأإآ]ب[اأإآ]ح[ي"
            "ى][ةه]|[اأإآ]ب[اأإآ]ح[يى][ةه]|جنس[يى][ةه]|خل[يى]ع[ةه]|بورنو|"
            "سكس|مخل[ةه]|بورنوغر[اأإآ]ف[يى][ةه])",
            "re:(و|ف)?([اأإآ]ل)?(صور|صور[ةه]|تص[اأإآ]ور|ف[يى]د[يى]و|ف[يى]"
            "د[يى]وه[اأإآ]ت)(ه[اأإآ]|ه|ك|و)? re:(بدون|بل[اأإآ]|بل[اأإآ]ش|"
            "بغ[يى]ر|دون) re:([اأإآ]ل)?(مل[اأإآ]بس|حو[اأإآ][يى]ج|هدوم|ت[ي"
            "ى][اأإآ]ب|ث[يى][اأإآ]ب|لبس|حو[اأإآ][يى]جه[اأإآ]|مل[اأإآ]بسه["
            "اأإآ])",
            "re:(و|ف)?([اأإآ]ل)?(بورنو|[اأإآ]ب[اأإآ]ح[يى][ةه]|[اأإآ]ب[اأإ"
            "آ]ح[يى][ةه]|[اأإآ]ل[اأإآ]ب[اأإآ]ح[يى][ةه]|بورنوغر[اأإآ]ف[يى]"
            "[اأإآ]|پورنو)",
            "re:(fotos?|fotografias?|imagens?|v[íi]deos?|selfies?|filmes?"
            ") re:(nuas?|nus|peladas?|pelados?|[íi]ntimas?|er[óo]ticas?|p"
            "ornogr[áa]fic[oa]s?|porn[ôo]|porno|despid[oa]s?)",
            "re:(fotos?|v[íi]deos?|imagens?|fotografias?) re:(sem) re:(roupa|roupas)",
            "re:(fotos?|v[íi]deos?|imagens?) re:(dela|dele|sua)~ re:(nua|"
            "nu|pelada|pelado|despida|despido)",
            "re:nudes",
            "re:porn(o|[ôo]|ografia|ogr[áa]fico|ogr[áa]ficos|ogr[áa]fica|ogr[áa]ficas)",
            "re:(fotos?|fotograf[íi]as?|im[áa]genes?|videos?|v[íi]deos?|s"
            "elfies?) re:(desnud[oa]s?|[íi]ntimas?|er[óo]ticas?|porno|por"
            "nogr[áa]fic[oa]s?|sexuales|xxx)",
            "re:(fotos?|videos?|v[íi]deos?|im[áa]genes?) sin re:(ropa|nada)",
            "re:(fotos?|videos?|v[íi]deos?) re:(de)~ re:(ella|[ée]l|t[úu]"
            "|ti)~ re:desnud[oa]s?",
            "re:porno(graf[íi]a|gr[áa]fic[oa]s?)?",
            "re:(photos?|vid[ée]os?|videos?|images?|selfies?|films?) re:("
            "nues?|nus|d[ée]nud[ée]es?|intimes|[ée]rotiques|porno|pornos|"
            "pornographiques|cochonnes|sexy|sexuelles|compromettantes)",
            "re:(photos?|vid[ée]os?) ? re:(nue|nu|nues|nus)",
            "re:(photos?|vid[ée]os?) sans re:(v[êe]tements|habits|culotte)",
            "re:porno(graphie|graphique|graphiques|s)?",
            "re:(nacktbilder|nacktfotos|nacktbild|nacktfoto|nacktvideos|n"
            "acktvideo|nacktselfies|nudes)",
            "re:(nackte|nackten|intime|intimen|freiz(?:ü|ue|u)gige|freiz("
            "?:ü|ue|u)gigen|erotische|erotischen|sexuelle|sexuellen) re:("
            "fotos|bilder|videos|aufnahmen|selfies|foto|bild|video)",
            "re:(fotos|bilder|videos|foto|bild) ohne re:(kleidung|klamotten|kleider)",
            "re:porno\\w*",
            "re:(sawir|sawirro|sawiro|sawirka|sawirradeeda|sawiradeeda|mu"
            "uqaal|muuqaallo|fiidiyowyo|fiidiyow|video|videos|sawirrada) "
            "re:(qaawan|qaawanaan|anshax|galmo|jinsi|porno|foolxun|qaawan"
            "e)",
            "re:(sawir|sawirro|sawiro|sawirradeeda) re:(aan)~ dhar re:(lahayn|xirnayn)",
            "re:(porno|pornografi|qaawanaan)",
            "re:(голі|голих|оголені|оголених|інтимні|інтимних|еротичні|ві"
            "дверті|відвертих|голе|оголене) re:(фото|фотографі[їі]|фотки|"
            "світлини|відео|знімки|селфі|фоток|фотографій)",
            "re:(фото|фотографі[їі]|фотки|відео|знімки) без re:(одягу|одежі)",
            "re:(порно|порнографія|порнографію|порнографі[їі]|порнуха|пор"
            "нуху|нюдси|нюдсів|нюдс|нюдси)",
            "re:(poze|poz[ăa]|fotografii|fotografie|imagini|video|videocl"
            "ipuri|filmule[țţt]e|film[ăa]ri|clipuri|selfie|selfiuri) re:("
            "nud|nude|goale|gol|goal[ăa]|intime|porno|erotice|deocheate|i"
            "ndecente|sexuale|compromi[țţt][ăa]toare)",
            "re:(poze|poz[ăa]|fotografii|video|filmule[țţt]e) ? ? re:(goa"
            "l[ăa]|gol|goi|dezbr[ăa]cat[ăa]|dezbr[ăa]cat|nud)",
            "re:(poze|poz[ăa]|fotografii|video) re:f[ăa]r[ăa] re:(haine|n"
            "imic|chilo[țţt]i)",
            "re:porno(grafie|grafic|grafice)?",
            "re:(foto|fotografie|immagini|video|selfie|filmati) re:(nud[a"
            "e]|nudi|intime|os[ée]|porno|pornografiche|pornografici|eroti"
            "che|hot|sexy|spinte)",
            "re:(foto|video|immagini) re:(di)~ re:(lei|lui|te)~ re:(nud[oa]|nudi|nude)",
            "re:(foto|video|immagini) senza re:(vestiti|niente)",
            "re:porno(grafia|grafico|grafici|grafiche)?",
            "re:ዕርቃ\\S* re:ስእ\\S*",
            "re:ስእ\\S* re:ዕርቃ\\S*",
            "re:\\S*ፖርኖ\\S*",
            "re:(голые|голых|голое|обнаж[ёе]нные|обнаж[ёе]нных|интимные|и"
            "нтимных|откровенные|откровенных|эротические|эротических) re:"
            "(фото|фотографии|фотки|фоток|снимки|видео|селфи|фотографий|с"
            "нимков|фоточки)",
            "re:(фото|фотографии|фотки|видео|снимки|фоток) без re:(одежды|трусов)",
            "re:(порно|порнография|порнографию|порнографии|порнуха|порнух"
            "у|порнухи|нюдсы|нюдс|нюдсов|порнографические)",
            "re:(раздеться|раздеваться|разделась|разделся) перед re:(каме"
            "рой|вебкамерой|телефоном)",
            "re:(ع[کك]س|ع[کك]سها[یيى]|ع[کك]س‌?ها[یيى]|ع[کك]سا[یيى]|ف[یيى]"
            "لم|ف[یيى]لمها[یيى]|ف[یيى]لم‌?ها[یيى]|و[یيى]د[یيى]و|و[یيى]دئو"
            "|تصاو[یيى]ر|ع[کك]سها[یيى][یيى]|ع[کك]س‌?ها[یيى][یيى]|ع[کك]س[ی"
            "يى]|ف[یيى]لم[یيى]) re:(لخت|لخت[یيى]|برهنه|س[کك]س[یيى]|پورن|م"
            "ستهجن|غ[یيى]راخلاق[یيى]|جنس[یيى]|سوپر|لختش|لخت‌?)",
            "re:(ع[کك]س|ع[کك]سها[یيى]|ع[کك]س‌?ها[یيى]|ع[کك]سا[یيى]|ف[یيى]"
            "لم|و[یيى]د[یيى]و|و[یيى]دئو|ع[کك]س[یيى]) re:(بدون|ب[یيى]) re:"
            "(لباس|لباس‌?)",
            "re:(پورن|پورنو|پورنوگراف[یيى]|مستهجن|پورنوگراف[یيى][کك])",
            "re:(tsawer|tswer|tsawr|sowar|swar|sewar|sowra|suwar|swer|sor"
            "a|sura|tswira|tsawer|photos|photo|foto|fotos|pics|pic|videos"
            "|video|vid|fidyo|vidyo|fidyoyat|vidyouhat|vidyohat|tsawro|ts"
            "awrha|sowaro|sowarha|[9q]ita3|sowwar) re:(3aryan|3aryana|3er"
            "yan|3eryana|3aryanin|3ariya|3arya|3ariyeh|3aryeen|3aryin|3ar"
            "iyin|nude|nudes|porno|sexy|jinsiya|jinsiyya|ba[7h]ma|ba[7h]i"
            "ma|mkhl3a|(5|kh)ali3a|khali3a|(5|kh)al3a|m(5|kh)ale3|(5|kh)a"
            "lie3a|ibahiya|iba[7h]iya|2iba[7h]iya|2ibahiya|3aryanin|m3ery"
            "a|m3arya|m3eryin|mit3arya)",
            "re:(tsawer|tswer|sowar|swar|sewar|sowra|suwar|tswira|photos|"
            "photo|foto|pics|videos|video|fidyo|vidyo) re:(bla|bidoun|bdo"
            "un|bdun|min?ghir|mn?ghir|bidun|bdoon|bidoon) re:(l|el)?([7h]"
            "wayj|hwayj|tyeb|tyab|tiyab|thyab|awa3i|2awa3i|kswa|hdoum|lba"
            "s|mlabes|malabes|hdom)",
            "re:(aflam|aflem|film|films|aflam|fi?lm|vidyohat|fidyohat|vid"
            "youhat|fidyoyat|mo[9q]ati3|ma2ate3|maqati3) re:(ba[7h]ida|ba"
            "[7h]iya|ba[7h]ia|porno|sexy|jinsiya|ibahiya|2iba[7h]iya|iba["
            "7h]iya|2ibahiya|pornographique|3aryanin|sex|seks|jinsiyya|kh"
            "ali3a|(5|kh)ali3a)",
            "re:(pornografi|pornografia|bornografi|bornografia|pornograph"
            "ie|pornografiya|ibahiya|2iba[7h]iya|iba[7h]iya|2ibahiyya|ba["
            "7h]ima|ba[7h]ida|n?udes|nudz|nuds)",
        ),
    ),
    # 9 partner hits/pushes/chokes me
    Rule(
        "sg",
        H,
        1.0,
        (
            "mnie re:((po)?bi(je|[łl]|[łl]a|li)|uderz(a|y[łl]|y[łl]a)|pop"
            "ych(a|a[łl]|a[łl]a)|popchn(ą|a|ę|e)(ł|l|[łl]a)|pchn(ą|a)(ł|l"
            ")|dusi|dusi[łl]|dusi[łl]a|udusi[łl]|szarp(ie|a[łl]|a[łl]a)|k"
            "op(ie|n[ąa][łl]|a[łl])|spoliczkowa[łl]|t[łl]ucze|t[łl]uk[łl]"
            "|sprawa[łl]|bi[łl]|bi[łl]a)",
            "re:((po)?bi(je|[łl]|[łl]a)|uderz(a|y[łl]|y[łl]a)|popych(a|a["
            "łl])|popchn(ą|a)(ł|l)|pchn(ą|a)(ł|l)|dusi|dusi[łl]|szarp(ie|"
            "a[łl])|kop(ie|n[ąa][łl])|spoliczkowa[łl]|t[łl]ucze) mnie",
            "re:podni(ós[łl]|os[łl]|osi|osil|osi[łl]) na mnie re:r[ęe]k[ęe]",
            "re:z[łl]apa[łl] mnie za re:(szyj[ęe]|gard[łl]o|w[łl]osy)",
            "re:ben(?:i̇?) re:(d[öo]v([üu]yor|d[üu]|er|m[üu][şs]|[üu]yord"
            "u|meye)|(?:i̇?)t(t(?:i̇?)|(?:i̇?)yor|m(?:i̇?)[şs]|ekled(?:i̇"
            "?)|el(?:i̇?)yor)|tokatl(ad[ıi]|[ıi]yor|am[ıi][şs])|tekmel(ed"
            "(?:i̇?)|(?:i̇?)yor|em(?:i̇?)[şs])|bo[ğg](du|uyor|maya|acakt["
            "ıi])|yumrukl(ad[ıi]|uyor|am[ıi][şs])|darp[a-zışçğüöâ̇]*)",
            "bana re:(vur(du|uyor|mu[şs]|ur|uyordu)|tokat|tekme|yumruk)",
            "bana el re:(kald[ıi]rd[ıi]|kald[ıi]r[ıi]yor|kalk[ıi]yor|kald"
            "[ıi]rm[ıi][şs])",
            "re:bo[ğg]az[ıi]m[ıi] re:(s[ıi]k(t[ıi]|[ıi]yor|m[ıi][şs])|tuttu)",
            "re:([şs](?:i̇?)ddet) re:(g[öo]r[üu]yorum|g[öo]rd[üu]m|uygulu"
            "yor|uygulad[ıi]|uygulam[ıi][şs]|g[öo]r[üu]yoruz|ya[şs][ıi]yo"
            "rum)",
            "re:(?:i̇?)[çc](?:i̇?) re:[şs](?:i̇?)ddet(e|(?:i̇?)|te)?",
            "re:(و|ف)?(ب|ب[يى]|ك|ك[اأإآ]|ك[يى]|ت[اأإآ]|ت[يى]|ر[اأإآ]ه|ر[ا"
            "أإآ]|ح|ه)?([يى]|ت)?(ضرب|صفع|ركل|خنق|دز|زق|عنف|لطم|رفس|خبط)(ن"
            "[يى]|ن[ىي]|ون[يى]|تن[يى])",
            "re:(و|ف)?دفع(ن[يى]|ون[يى]|تن[يى])",
            "re:([اأإآ]ل)?عنف re:([اأإآ]ل)?([اأإآ]سر[يى]|[اأإآ]سر[يى]|زوج"
            "[يى]|منزل[يى]|[اأإآ]ل[اأإآ]سر[يى]|[اأإآ]لزوج[يى])",
            "re:(kay|kat|ka|tay|bi|by|bt|b|k)?(y|i|t)?(dreb|drb|darab|dra"
            "b|dareb|dr9|khn9|khna9|khne9|dfa3|dfe3|dz|dezz|dazz)(ni|nii|"
            "ny|ni)",
            "me re:(bate|bateu|batia|batem|empurra|empurrou|empurrava|enf"
            "orca|enforcou|enforcava|estrangula|estrangulou|esgana|esgano"
            "u|agride|agrediu|agredia|espanca|espancou|esbofeteou|esbofet"
            "eia|chutou|chuta|sufoca|sufocou|sufocava|esmurrou|socou|soca"
            ")",
            "re:(bate|bateu|batia|empurra|empurrou|empurrava|enforcou|est"
            "rangulou|esganou|esgana|agride|agrediu|agredia|espancou|espa"
            "nca|esbofeteou|chutou|sufocou|socou)-me",
            "re:viol[êe]ncia re:(dom[ée]stica|domestica|conjugal)",
            "me re:(deu|d[áa]|dava) re:(um|uma)~ re:(soco|murro|tapa|chap"
            "ada|estalada|bofetada|pontap[ée]|chute|tabefe|surra|sova)",
            "re:(deu-me|dava-me|d[áa]-me) re:(um|uma)~ re:(soco|murro|tap"
            "a|chapada|estalada|bofetada|pontap[ée]|chute|tabefe|surra|so"
            "va)",
            "me re:(pega|peg[óo]|pegaba|pegan) re:(con|a|al|en|cuando|tod"
            "os|todas|mucho|siempre|cada|fuerte|\\.|,|y|si|por|de|casi|muc"
            "has|delante|otra|porque)",
            "me re:(golpea|golpe[óo]|golpeaba|empuja|empuj[óo]|empujaba|e"
            "strangula|estrangul[óo]|ahorca|ahorc[óo]|ahorcaba|asfixia|as"
            "fixi[óo]|maltrata|maltrat[óo]|maltrataba|abofete[óo]|abofete"
            "a|patea|pate[óo]|pateaba|agrede|agredi[óo]|agred[íi]a|zarand"
            "ea|zarande[óo]|estrangulaba)",
            "re:violencia re:(dom[ée]stica|domestica|machista|intrafamili"
            "ar|familiar|conyugal)",
            "violencia de re:g[ée]nero",
            "me re:(dio|da|daba|dan) re:(un|una|unas|unos)~ re:(bofetada|"
            "bofetadas|bofet[óo]n|cachetada|cachetadas|tortazo|tortazos|g"
            "uantazo|guantazos|nalgada|nalgadas|paliza|palizas|patada|pat"
            "adas|pu[ñn]etazo|pu[ñn]etazos|golpe|golpes|correazos|chancla"
            "zo|chanclazos|cinturonazo|cinturonazos|zurra|madrazo|madrazo"
            "s|cachetazo|cachetazos|sopapo|sopapos)",
            "me re:(agarr[óo]|cogi[óo]|tom[óo]|agarra|coge) re:(del|por) "
            "re:(el|la)~ re:(cuello|pelo|garganta)",
            "me re:(frappe|frappait|frappent|bat|battait|gifle|giflait|[é"
            "e]trangle|[ée]tranglait|cogne|cognait|tabasse|tabassait|brut"
            "alise|brutalisait|secoue|secouait|violente|violentait|maltra"
            "ite|maltraitait|[ée]touffe|[ée]touffait)",
            "me re:(tape|tapait) dessus",
            "re:m'(a|avait|ont) re:(frapp[ée]e?|battue?|gifl[ée]e?|[ée]tr"
            "angl[ée]e?|cogn[ée]e?|tabass[ée]e?|brutalis[ée]e?|[ée]touff["
            "ée]e?|violent[ée]e?|maltrait[ée]e?|secou[ée]e?)",
            "re:m ’|‘|´|` re:(a|avait|ont) re:(frapp[ée]e?|battue?|gifl[é"
            "e]e?|[ée]trangl[ée]e?|cogn[ée]e?|tabass[ée]e?|brutalis[ée]e?"
            "|[ée]touff[ée]e?|violent[ée]e?|maltrait[ée]e?|secou[ée]e?)",
            "re:m'(a|avait) re:(pouss[ée]e?) re:(contre|par|dans|violemme"
            "nt|au|fort|dans|sur)",
            "re:m ’|‘|´|` re:(a|avait) re:(pouss[ée]e?) re:(contre|par|da"
            "ns|violemment|au|fort|dans|sur)",
            "re:violences? re:(conjugales?|domestiques?|intrafamiliales?|familiales?)",
            "re:m'(a|avait) re:(donn[ée]|mis|foutu|coll[ée]) re:(une|un|d"
            "es) re:(gifle|claque|coup|coups|baffe|gifles|claques|baffes|"
            "tarte)",
            "re:m ’|‘|´|` re:(a|avait) re:(donn[ée]|mis|foutu|coll[ée]) r"
            "e:(une|un|des) re:(gifle|claque|coup|coups|baffe|gifles|claq"
            "ues|baffes|tarte)",
            "re:m'(a|avait) re:(pris|prise|attrap[ée]|attrap[ée]e|saisi|s"
            "aisie) par re:(la|le|les) re:(gorge|cou|cheveux)",
            "re:m ’|‘|´|` re:(a|avait) re:(pris|prise|attrap[ée]|attrap[é"
            "e]e|saisi|saisie) par re:(la|le|les) re:(gorge|cou|cheveux)",
            "re:(schl(?:ä|ae|a)gt|schlug|schubst|schubste|st(?:ö|oe|o)(?:"
            "ß|ss)t|stie(?:ß|ss)|w(?:ü|ue|u)rgt|w(?:ü|ue|u)rgte|tritt|tra"
            "t|verpr(?:ü|ue|u)gelt|verpr(?:ü|ue|u)gelte|ohrfeigt|ohrfeigt"
            "e|misshandelt|misshandelte|pr(?:ü|ue|u)gelt|pr(?:ü|ue|u)gelt"
            "e) mich",
            "mich ? ? ? re:(geschlagen|geschubst|gesto(?:ß|ss)en|gew(?:ü|"
            "ue|u)rgt|getreten|verpr(?:ü|ue|u)gelt|geohrfeigt|misshandelt"
            "|gepackt|gehauen)",
            "re:(h(?:ä|ae|a)usliche|h(?:ä|ae|a)uslicher|h(?:ä|ae|a)uslichen) re:gewalt",
            "re:(partnerschaftsgewalt|beziehungsgewalt)",
            "i re:(garaac\\w*|riix\\w*|dharbaax\\w*|laad\\w*|ceeji\\w*|tuuray|"
            "dhufay|dhufto|dhuftay|karbaash\\w*|jugeeyay|jugeeyey|legday)",
            "re:(cunaha|qoorta|cunahayga|qoorteyda|qoortayda) ? re:(iga|i"
            ") re:(qabtay|qabtaa|qabsaday|mariyay|ceejiyay|xiray|ceejiyey"
            ")",
            "re:(rabshad|rabshadaha|xadgudub|tacaddi|dhibaatayn) re:(qoys"
            "|qoyska|guri|gudaha|qoyseed|reer|guriga)",
            "gacan ka hadal",
            "мене re:(бив|вдарив|побив|штовхнув|штовхає|штовхав|душив|душ"
            "ить|задушити|ударив|відлупцював|лупцює|ляснув|катує|били|б['"
            "ʼ]є|б['ʼ]ють|бʼє)",
            "re:(бив|вдарив|побив|штовхнув|штовхає|душив|душить|ударив|ля"
            "снув|лупцює) мене",
            "мене re:б['ʼ](є|ють)",
            "мене re:б ’|‘|´|` re:(є|ють)",
            "re:б['ʼ](є|ють) мене",
            "re:б ’|‘|´|` re:(є|ють) мене",
            "re:(домашнє|домашнього|домашньому|домашні) re:(насильство|на"
            "сильства|насильстві|насилля)",
            "re:m[ăa] re:(bate|b[ăa]tea|love[șşs]te|lovea|[îi]mpinge|[îi]"
            "mpingea|sugrum[ăa]|sugruma|stranguleaz[ăa]|p[ăa]lmuie[șşs]te"
            "|p[ăa]lmuia|snope[șşs]te|snopea|t[âa]r[ăa][șşs]te|lovesc|bat"
            "|[îi]mbr[âa]nce[șşs]te)",
            "re:(m-a|m-au) re:(b[ăa]tut|lovit|[îi]mpins|sugrumat|strangul"
            "at|p[ăa]lmuit|snopit|tr[âa]ntit|[îi]mbr[âa]ncit|[îi]njunghia"
            "t|tras|b[ăa]tut-o)",
            "re:(m-a|m-au) re:str[âa]ns de re:g[âa]t",
            "re:(violen[țţt][ăa]|violenta|violen[țţt]a|violen[țţt]e|viole"
            "n[țţt]ei|violentei) re:(domestic[ăa]|domestica|conjugal[ăa]|"
            "domestice)",
            "re:(violen[țţt][ăa]|violenta|violen[țţt]a) re:[îi]n familie",
            "re:(mi-a|mi-au|[îi]mi|imi) re:(dat|d[ăa]|da|trage|tras) re:("
            "o|un|palme|pumni|c[âa]teva)~ re:(palm[ăa]|palme|pumn|pumni|b"
            "[ăa]taie|[șşs]ut|[șşs]uturi)",
            "mi re:(picchia|picchiava|picchiano|strangola|strangolava|sof"
            "foca|soffocava|schiaffeggia|schiaffeggiava|malmena|malmenava"
            "|mena|menava|maltratta|maltrattava|pesta|pestava)",
            "mi re:(ha|aveva) re:(picchiat[oa]|strangolat[oa]|soffocat[oa"
            "]|schiaffeggiat[oa]|malmenat[oa]|menat[oa]|maltrattat[oa]|pe"
            "stat[oa])",
            "mi re:(ha|aveva) re:(spint[oa]) re:(contro|gi[ùu]|per|fuori|"
            "dalle|dalla|via)",
            "re:violenz[ae] re:(domestic[ae]|familiar[ei]|coniugal[ei])",
            "mi re:(ha|aveva) re:(dato|dati) re:(uno|una|un|degli|delle)~"
            " re:(schiaffo|schiaffi|ceffone|pugno|pugni|calcio|calci|sber"
            "la|sberle|schiaffone)",
            "mi re:(ha|aveva) re:(pres[oa]) re:(per|a) re:(il|i)~ re:(col"
            "lo|gola|capelli|schiaffi|calci|pugni)",
            "re:(\\S*[ወ-ዏ][ቀ-ቇቐ-቗][ዐ-ዖ]\\S*|\\S*[ደ-ዷ]ብ[ደ-ዷ][በ-ቧ]\\S*|\\S*[ጸ-ጿ]"
            "[ፈ-ፏ][ዐ-ዖ]\\S*)ኒ[።፣፤፥፡!?.]*",
            "re:\\S*[ወ-ዏ][ቀ-ቇቐ-቗][ዐ-ዖ]\\S*ኒ\\S*",
            "re:(ገዛውቲ|ስድራቤታዊ|ኣብ-ገዛ) ዓመጽ",
            "меня re:(бь[ёе]т|бил|ударил|избил|побил|толкнул|толкает|толк"
            "ал|душил|душит|пинал|пнул|швырнул|избивает|избивал|колотит|л"
            "упит|швыряет)",
            "re:(бь[ёе]т|бил|ударил|избил|побил|толкнул|толкает|душил|душ"
            "ит|пнул|швырнул|избивает|избивал|колотит|лупит) меня",
            "re:(схватил|хватал|хватает|сжимал|сжал) меня за re:(горло|шею|волосы)",
            "re:(домашнее|домашнего|домашнему|домашним) re:(насилие|насил"
            "ия|насилию|насилием)",
            "re:(поднимает|поднял|поднимал) на меня руку",
            "re:(مرا|منو|من‌?را|مره) هل re:(م[یيى]‌?)?(داد|داده|ده|دهد|دادن|دادند)",
            "re:(مرا|منو|من‌?را|مره|مارا|منم) ? ? re:([کك]ت[کك]|لت|خفه|س["
            "یيى]ل[یيى]|لگد|مشت) ? re:(م[یيى]‌?)?(زند|زنه|زد|زده|زدن|زدند"
            "|[کك]ند|[کك]نه|[کك]رد|[کك]رده|داد|داده|ده|دهد)",
            "re:(مرا|منو|مره|من‌?را) re:(م[یيى]‌?)?(زد|زده|زدند|زدن|زند|ز"
            "نه|زنند|زنن|زدش|زدتش|زنتش|زندش|زدنش|زدنشان)",
            "re:([کك]ت[کك]م|[کك]ت[کك]‌?م|لتم) re:(م[یيى]‌?)?(زند|زنه|زد|ز"
            "ده|زدن|زدند|[کك]ند|[کك]نه|[کك]رد|[کك]رده)",
            "re:(خشونت) re:(خانگ[یيى]|خانوادگ[یيى]|خونگ[یيى])",
            "re:(گلو[یيى]م|گلومو|گلوم|گردنم|گلو[یيى]‌?من|گلو[یيى]) re:(را|رو|من)~ فشار",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(dr[ae]?b|d[ae]r[ae]?b|dr[ou]b|d[ou]r[ou]?b|"
            "2drob|2dorb|(5|kh)n[9q]|khn[9q]|khneq|(5|kh)ne[9q]|(5|kh)na2"
            "|khna2|khana2|(5|kh)ana2|(5|kh)an2|khan2|dfe3|df3|dafa3|dfa3"
            "|zo[9q]|zou[9q]|lkm|lakam|lkam|lekm|sf3|sfa3|saf3|sfe3|la6as"
            "h|la6sh|lt6|lat6|rfs|rfes|rafas|rkl|rakal|lbt|lbet|3na?f)(t|"
            "at|et|ato|ou|o|u|oo)?(ni|eni|ini|ouni|oni|uni|nni|nii)",
            "re:(l?3onf|3nf|l?3unf|el3onf|3ounf|l?3enf|3anf) re:(l?osari|"
            "osari|ousari|2osari|2usari|zawji|zawjiya|manzili|domestique|"
            "domestic|conjugal|zawjy|2ousari|ousary|osary|2osary|usari)",
            "re:(mad|maddi|medd|meddli|medli|mdd|mde|meddo|medd?o|ymed|ym"
            "add|kayemd|kaymd|bimed|bimedd|bimid|bymed) re:(ido|yddo|ydo|"
            "2ido|eido|2ideh|yedo|2eedo|eedo|2idu|ido|idou) re:(3liya|3li"
            "a|3layya|3alayi|3alaya|3layi|3aliyi|3aleyyi|3layya|3alay|3la"
            "ya|3layi|3leya)",
        ),
    ),
    # 10 threats to kill / take child / knife
    Rule(
        "sg",
        H,
        1.0,
        (
            "re:(mnie|ci[ęe]|j[ąa]|nas|was|ciebie|dzieci) re:(zabi(je|j[ę"
            "e]|jemy)|zatłucze|zat[łl]uk[ęe])",
            "re:(zabij(e|[ęe])|zat[łl]ucze|zat[łl]uk[ęe]) re:(mnie|ci[ęe]"
            "|j[ąa]|nas|was|ciebie|dzieci)",
            "re:(chce|chcia[łl]) mnie re:(zabi[ćc]|udusi[ćc])",
            "re:grozi(ł|ła|li|l|la)? re:(mi|nam) re:([śs]mierci[ąa]|no[żz"
            "]em|zabiciem|pobiciem)",
            "re:(grozi|grozi[łl]|grozi[łl]a|straszy|straszy[łl]|straszy[ł"
            "l]a) ? ? ? re:(zabierze|odbierze|porwie|zabiera|zabierze|wyw"
            "iezie|zabra[ćc]|odebra[ćc])",
            "re:(grozi|grozi[łl]|grozi[łl]a|straszy|straszy[łl]|straszy[ł"
            "l]a|gonił|goni[łl]) ? ? re:no[żz](em|ami)",
            "re:(wyci[ąa]gn[ąa][łl]|wyjął|wyj[ąa][łl]|chwyci[łl]|wzi[ąa]["
            "łl]) ? re:no[żz]",
            "re:(ben(?:i̇?)|sen(?:i̇?)|onu|hep(?:i̇?)n(?:i̇?)z(?:i̇?)|hep"
            "(?:i̇?)m(?:i̇?)z(?:i̇?)|[çc]ocuklar[ıi]|b(?:i̇?)z(?:i̇?)|s(?"
            ":i̇?)z(?:i̇?)) re:[öo]ld[üu]r(ece[ğg](?:i̇?)n(?:i̇?)|ece[ğg]"
            "(?:i̇?)m|[üu]r[üu]m|ecekm(?:i̇?)[şs]|ece[ğg](?:i̇?)z|ece[ğg]"
            "(?:i̇?)m(?:i̇?)|meye)",
            "re:[öo]ld[üu]rmekle re:tehd(?:i̇?)t[a-zışçğüöâ̇]*",
            "re:b[ıi][çc]ak(la|[ıi]|lar) ? ? re:tehd(?:i̇?)t[a-zışçğüöâ̇]*",
            "re:tehd(?:i̇?)t[a-zışçğüöâ̇]* ? ? re:b[ıi][çc]ak(la|[ıi]|lar)",
            "re:([çc]ocu[ğg]u|[çc]ocuklar[ıi]|[çc]ocu[ğg]umu|[çc]ocuklar["
            "ıi]m[ıi]|o[ğg]lumu|k[ıi]z[ıi]m[ıi]|bebe[ğg](?:i̇?)) re:(el(?"
            ":i̇?)mden|benden) re:al(aca[ğg][ıi]n[ıi]|acak|aca[ğg][ıi]m|["
            "ıi]r[ıi]m|acakm[ıi][şs]|aca[ğg][ıi]z)",
            "re:([çc]ocu[ğg]u|[çc]ocuklar[ıi]|[çc]ocu[ğg]umu|[çc]ocuklar["
            "ıi]m[ıi]|o[ğg]lumu|k[ıi]z[ıi]m[ıi]|bebe[ğg](?:i̇?)) ? re:(ka"
            "[çc][ıi]raca[ğg][ıi]n[ıi]|ka[çc][ıi]racak|ka[çc][ıi]r[ıi]r[ı"
            "i]m|ka[çc][ıi]raca[ğg][ıi]m|g[öo]t[üu]rece[ğg](?:i̇?)n(?:i̇?"
            ")|g[öo]t[üu]r[üu]r[üu]m)",
            "re:(و|ف)?(س|س[اأإآ]|ح|ه|غ|ب|ن)?([اأإآ]|[اأإآ]|ن)?قتل(ك|ك[يى]|كم)",
            "re:(س[يى]قتلن[يى]|س[يى]قتلن[اأإآ]|ح[يى]قتلن[يى]|ه[يى]قتلن[يى"
            "]|ه[يى]موتن[يى]|غ[يى]قتلن[يى]|ب[يى]قتلن[يى]|غ[يى]قتلن[اأإآ]|"
            "س[يى]قتله[اأإآ])",
            "re:(غ[اأإآ]د[يى]|غ[اأإآ]|ر[اأإآ]ح|رح|بدو|بده|ب[اأإآ]غ[يى]|بغ"
            "[اأإآ]|[يى]ر[يى]د|ح[اأإآ]ول|ب[يى]ح[اأإآ]ول|ق[اأإآ]ل) re:([يى"
            "]|ن)?(قتل|موت)(ن[يى]|ن[اأإآ]|ه[اأإآ]|ك)",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?هدد(ن[يى]|ن[اأإآ"
            "]|ه[اأإآ]|ه|ون[يى]|تن[يى]|[اأإآ]ت)? re:(ب|ب[اأإآ]ل)(قتل|سك[ي"
            "ى]ن|موس|مد[يى][ةه]|ذبح|موت|جنو[يى][ةه]|ضرب|خطف)",
            "re:(ب|ب[اأإآ]ل)(سك[يى]ن|موس|جنو[يى][ةه]|سك[يى]ن[ةه]|مد[يى][ة"
            "ه]) ? re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|"
            "ر[اأإآ]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?هدد\\S*",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?هدد\\S* ? ? ? re:"
            "(ب|ب[اأإآ]ل|[اأإآ]ن|[اأإآ]ن|[اأإآ]نه|[اأإآ]نه|بل[يى])?([اأإآ"
            "]خذ|[اأإآ]خذ|[يى][اأإآ]خذ|[يى][اأإآ]خد|[يى][اأإآ]خود|خطف|[يى"
            "]خطف|حرم[اأإآ]ن|[يى]حرمن[يى]|[يى][اأإآ]خد|سحب|[يى]سحب|[يى]د["
            "يى]|غ[يى]د[يى]|س[يى][اأإآ]خذ|س[يى][اأإآ]خذ)",
            "re:([يى][اأإآ]خذ|[يى][اأإآ]خد|[يى][اأإآ]خود|[يى]د[يى]|[يى]خط"
            "ف|غ[يى]د[يى]|س[يى][اأإآ]خذ|س[يى][اأإآ]خذ|رح|ب[يى][اأإآ]خد|غ["
            "اأإآ]د[يى]) re:([اأإآ]ل)?([اأإآ]ول[اأإآ]د|ول[اأإآ]د|[اأإآ]طف"
            "[اأإآ]ل|ول[يى]د[اأإآ]ت|[اأإآ]ول[اأإآ]د|[اأإآ]طف[اأإآ]ل|بنت[ي"
            "ى]|[اأإآ]بن[يى]|ولد[يى]|[اأإآ]لدر[اأإآ]ر[يى]|در[اأإآ]ر[يى]|["
            "اأإآ]لبنت|[اأإآ]لولد) ? re:(من[يى]|ل[يى][اأإآ]|من[اأإآ])",
            "re:amea[çc](a|ou|ava|aram|am|ando)(-me|-nos)? ? ? re:(matar|"
            "matar-me|matar-nos|morte|faca|navalha|canivete|levar|tirar|s"
            "equestrar|raptar|sumir|mat[áa]-la|mat[áa]-lo)",
            "re:(vou|ia|vai) re:(te|vos) matar",
            "re:(matar-te|mato-te|mato-vos|matar-vos|mata-te)",
            "re:(te|vos) re:(mato|matarei)",
            "re:(disse|diz|dizia|jurou) que re:(me|te) re:(mata|matava|ma"
            "tar[áa]|mataria)",
            "nunca mais re:(vais|vai|ver[áa]s|v[êe]s) re:(ver)~ re:(os|as"
            "|o|a)~ re:(teus|tuas|teu|tua)~ re:(filhos|filhas|filho|filha"
            "|crian[çc]as|mi[úu]dos)",
            "re:amenaz(a|[óo]|aba|an|aron|ando|ado)(me)? re:(con|de)~ ? r"
            "e:(matar|matarme|matarnos|matarla|matarte|muerte|cuchillo|na"
            "vaja|llevarse|quitarme|quit[áa]rmelos|quitarle|secuestrar|ll"
            "ev[áa]rselos|llevarme|cuchillos|matarlos|quitarnos|pistola|a"
            "rma)",
            "re:(te|los|las|la|lo) re:(voy|vamos) a matar",
            "re:(voy|vamos) a re:(matarte|matarlos|matarla|mataros)",
            "re:(te|los) re:(mato|matar[ée]|matare)",
            "re:(dijo|dice|dec[íi]a|grita|grit[óo]|jura|jur[óo]) que me r"
            "e:(va|iba) a matar",
            "me re:(quitar[áa]|quitar[íi]a|quitara) re:(a)~ re:(los|las|m"
            "is|mi)~ re:(hijo|hija|hijos|hijas|ni[ñn]o|ni[ñn]a|ni[ñn]os|n"
            "i[ñn]as|nene|nena|nenes|beb[ée]|beb[ée]s|cr[íi]o|cr[íi]a|cr["
            "íi]os|chico|chica|chicos|chiquito|chiquita|peque[ñn]o|peque["
            "ñn]a|peque[ñn]os|hermanito|hermanita|nieto|nieta|hijastro|hi"
            "jastra|peque|peques|hijito|hijita|sobrino|sobrina|sobrinos)",
            "me re:(va|iba) a quitar re:(a)~ re:(los|las|mis|mi)~ re:(hij"
            "o|hija|hijos|hijas|ni[ñn]o|ni[ñn]a|ni[ñn]os|ni[ñn]as|nene|ne"
            "na|nenes|beb[ée]|beb[ée]s|cr[íi]o|cr[íi]a|cr[íi]os|chico|chi"
            "ca|chicos|chiquito|chiquita|peque[ñn]o|peque[ñn]a|peque[ñn]o"
            "s|hermanito|hermanita|nieto|nieta|hijastro|hijastra|peque|pe"
            "ques|hijito|hijita|sobrino|sobrina|sobrinos)",
            "re:menac(e|[ée]|[ée]e|[ée]s|[ée]es|ait|aient|ent|er) ? ? ? r"
            "e:(d')?(mort|tuer|couteau|arme|enlever|kidnapper|prendre|emm"
            "ener|retirer|garder|tuerai|fusil|pistolet)",
            "re:(te|vous) re:(tuerai|tue|tuer|buter|bute|buterai)",
            "re:(reverras|verras|reverrez|verrez) re:(plus|jamais) re:(te"
            "s|les|ta|ton|vos)",
            "re:(bring|bringe) re:(dich|euch) um",
            "re:(droht|drohte|gedroht|bedroht|bedrohte|drohen) ? ? ? ? ? "
            "? ? re:(umzubringen|t(?:ö|oe|o)ten|messer|mitzunehmen|wegzun"
            "ehmen|entf(?:ü|ue|u)hren|waffe|tot|umbringen|zu)",
            "re:(messer|waffe|pistole|schere) ? ? re:(bedroht|gedroht|dro"
            "hte|droht|bedrohte)",
            "re:(kinder|kind|tochter|sohn) re:(nie|niemals) wieder re:(sehen|sehn)",
            "re:(ku|idin) re:(dili|dilayaa|dilaa)",
            "re:(hanjab\\w*|handad\\w*) ? ? ? ? re:(dilayo|dili|dilo|dilaya"
            "a|mindi|mindida|qaadayo|qaadi|qaado|qaadan|kaxeyn|kaxaysan|t"
            "ago|dhimasho|geeri|bastoolad|hub|dilid)",
            "re:(mindi|mindida|hub|bastoolad|toorey|toorreyda) ? ? re:(ha"
            "njab\\w*|handad\\w*)",
            "re:(carruurta|caruurta|ilmaha|cunugga|wiilka|gabadha) re:(ay"
            "uu|buu|wuu) re:(iga|ka) re:(qaadayaa|qaadi|qaadan|kaxaynayaa"
            "|kaxeynayaa|dhacayaa)",
            "re:вб['ʼ](ю|ємо|['ʼ]ю) re:(тебе|вас|[їі][їі]|його)",
            "re:вб ’|‘|´|` re:(ю|ємо|['ʼ]ю) re:(тебе|вас|[їі][їі]|його)",
            "re:(тебе|вас) re:вб['ʼ](ю|ємо)",
            "re:(тебе|вас) re:вб ’|‘|´|` re:(ю|ємо)",
            "re:(погрожує|погрожував|погрожувала|погрожують|погрози|погро"
            "жуючи|погрожували|погрожував) ? ? ? re:(вбити|убити|вбивство"
            "м|ножем|забрати|викрасти|смертю|пістолетом|зброєю|вивезти)",
            "re:(te|v[ăa]|va) re:(omor|omoar[ăa]|omor[îi]|ucid|omor[ăa]sc)",
            "re:(amenin[țţt][ăa]|amenin[țţt]a|amenin[țţt]at|amenin[țţt]at"
            "[ăa]|amenin[țţt]au|amenin[țţt]at-o|amenin[țţt][âa]nd) ? ? ? "
            "? re:(omoar[ăa]|omor[îi]|omor|ucide|moarte|cu[țţt]it|cu[țţt]"
            "itul|cu[țţt]ite|ia|lua|r[ăa]pi|fur[ăa]|duce|topor|arm[ăa]|pi"
            "stol)",
            "re:(ti|vi) re:(ammazzo|uccido|ammazzer[òo]|uccider[òo]|ammazzerei)",
            "re:minacci(a|ato|ata|ava|ano|avano|[òo])(mi)? ? ? ? re:(ucci"
            "dermi|ammazzarmi|morte|coltello|portarmi|portare|togliermi|p"
            "rendere|rapire|uccidere|ammazzare|pistola|coltelli|ucciderci"
            "|ammazzarci)",
            "re:(voglio|vuole|vorrei) re:(ammazzarti|ucciderti|ammazzarvi"
            "|ammazzarla|ucciderla)",
            "re:ክ[ቀ-ቇቐ-቗][ተ-ቷ][ለ-ሏ](ኪ|ካ|ኩም|ክን|ኒ|ና)\\S*",
            "re:ኣፈራሪ\\S*",
            "re:ብካራ\\S* ? re:\\S*ፈራር\\S*",
            "re:(убью|убь[ёе]м|прибью|зарежу) re:(тебя|вас|е[ёе]|его|детей)",
            "re:(тебя|вас) re:(убью|убь[ёе]м|прибью|зарежу)",
            "re:(угрожает|угрожал|угрожала|угрожают|угрожали|угрозы|угрож"
            "ая|угроз|грозится|грозился) ? ? ? re:(убить|убийством|ножом|"
            "забрать|украсть|похитить|смертью|пистолетом|оружием|увезти|з"
            "арезать)",
            "re:(кинулся|бросился|набросился|пош[ёе]л|ш[ёе]л|полез) на ме"
            "ня с re:(ножом|топором|пистолетом)",
            "re:(م[یيى]‌?)?([کك]شمت|[کك]شمتان|[کك]شمتون|[کك]ش[یيى]مت|[کك]ش[یيى]متان)",
            "re:(تهد[یيى]د|تهد[یيى]دم|تهد[یيى]دش|تهد[یيى]دمان) re:(به) re"
            ":(قتل|[کك]شتن|مرگ|بردن|دزد[یيى]دن|ربودن|چاقو)",
            "re:(با) re:(چاقو|[کك]ارد|تفنگ|اسلحه|چاقو[یيى]|تبر) re:(تهد[ی"
            "يى]د|تهد[یيى]دم|تهد[یيى]دمان|تهد[یيى]دش|حمله)",
            "re:(تهد[یيى]د|تهد[یيى]دم|تهد[یيى]دمان) re:(م[یيى]‌?)?([کك]ند"
            "|[کك]نه|[کك]رد|[کك]رده|[کك]نند|[کك]نن|[کك]ردند|[کك]ردن|[کك]ر"
            "دش|[کك]نتش) ? ? ? re:(م[یيى]‌?)?([کك]شد|[کك]شه|برد|بره|دزدد|"
            "دزده|[کك]شتن|ب[کك]شد|ب[کك]شه|ببرد|ببره|ب[کك]شمت)",
            "re:(gha|ghadi|ghan|an|rah|ra[7h]|ba|b|bi|bo|mn|m|ra[7h]a|ran"
            "i|ana|hn|ha)?(n)?([9q]tl|qtl|[9q]atl|2otl|2tol|2tl|2atl|2oto"
            "l|2totl|db[7h]|dab[7h]|dba[7h]|edb[7h]|edba[7h]|dbe[7h]|edbe"
            "[7h]|2edba[7h]|2edb[7h]|dbe[7h])(k|ek|ik|kom|kon|kum|ak|iki|"
            "ki|koum|kem|lik|lek|ilik|ak|eki|k?i)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(hdd|hded|haded|hadd[ae]d|hadad|hdad|ihadded"
            "|hadded|hdde?d|hadded|hded|thdd|tehdid|tahdid|tahdeed|tehdee"
            "d)[a-z0-9]* ? ? ? re:(b|bi|bel|bl)?(l|el)?([9q]tl|qtl|[9q]at"
            "l|2atl|2atel|2atl|mout|mawt|mot|mo?wt|mous|sekkin|skkin|sikk"
            "in|sekina|jenwi|jnwi|janwi|mos|mousse?|yddi|yakhod|ya(5|kh)o"
            "d|ya(5|kh)d|yakhd|ywddi|ykhtef|y(5|kh)tf|ya(5|kh)tef|yakhodh"
            "om|ya(5|kh)odhom|ydihom|yakhedhom|ye(5|kh)od|yekhod|yaa(5|kh"
            ")od|yeekhod|wlad|wladi|lawlad|drari|ulad|2awlad|awlad|sla[7h"
            "]|slah|fard|moussa|2atlik|[9q]tlk|y[9q]tlni|yi2tolni|ye2toln"
            "i|y2tolni|y[9q]tolni|yedb[7h]ni|ydb[7h]ni)",
            "re:(jbed|jbad|jbd|tala3|tla3|2atla3|sa[7h]ab|s[7h]ab|s[7h]b|"
            "tele3|tel3|sa[7h]abli|tala3li|jbedli|jbdli|jbed?lia) re:(3li"
            "ya|3lia|3layya|3alayi|3alaya|3layi|3aliyi|3aleyyi|3layya|3al"
            "ay|3laya|lia|liya|li|3lina) ? re:(l|el)?(mos|mous|jnwi|jenwi"
            "|sekkin|sikkin|skkin|sekine|sekkine|mousse|fard|sla[7h]|pist"
            "olet|moss)",
        ),
    ),
    # 11 coercive control
    Rule(
        "sg",
        H,
        1.0,
        (
            "re:(zabiera|zabiera[łl]|zabiera[łl]a|zabra[łl]|zabra[łl]a|od"
            "ebra[łl]|odebra[łl]a|chowa|schowa[łl]|ukry[łl]|trzyma|przetr"
            "zymuje) re:(mi|m[óo]j|moje|moj[ąa]|nasze) re:(paszport|paszp"
            "orty|dokumenty|dow[óo]d|telefon|kom[óo]rk[ęe]|pieni[ąa]dze|k"
            "art[ęe]|karty|wyp[łl]at[ęe]|klucze)",
            "nie re:(pozwala|pozwala[łl]|pozwala[łl]a|pozwalaj[ąa]) mi ? "
            "re:(wychodzi[ćc]|wyj[śs][ćc]|pracowa[ćc]|dzwoni[ćc]|spotyka["
            "ćc]|widywa[ćc]|rozmawia[ćc]|uczy[ćc])",
            "nie re:(wypuszcza|wypuszcza[łl]|wypuszcza[łl]a|wypuszczaj[ąa]) mnie",
            "nie re:(mog[ęe]|wolno) mi~ re:(sama|samej) re:(wychodzi[ćc]|wyj[śs][ćc])",
            "re:(sprawdza|sprawdza[łl]|sprawdza[łl]a|przegl[ąa]da|kontrol"
            "uje|kontrolowa[łl]) re:(m[óo]j|moje|moj[ąa]|mi) re:(telefon|"
            "kom[óo]rk[ęe]|wiadomo[śs]ci|esemesy|sms-y|maile|konto|pieni["
            "ąa]dze)",
            "re:(kontroluje|kontrolowa[łl]|kontrolowa[łl]a) mnie",
            "re:(zamyka|zamkn[ąa][łl]) mnie w domu",
            "re:(pasaportumu|telefonumu|param[ıi]|k(?:i̇?)ml(?:i̇?)[ğg](?"
            ":i̇?)m(?:i̇?)|belgeler(?:i̇?)m(?:i̇?)|maa[şs][ıi]m[ıi]|kart["
            "ıi]m[ıi]|kartlar[ıi]m[ıi]|anahtarlar[ıi]m[ıi]|evraklar[ıi]m["
            "ıi]|pasaportlar[ıi]m[ıi]z[ıi]) ? re:(al(d[ıi]|[ıi]yor|m[ıi]["
            "şs]|[ıi]r)|sakl([ıi]yor|ad[ıi]|am[ıi][şs])|verm(?:i̇?)yor|tu"
            "tuyor|el(?:i̇?)nde)",
            "re:([çc][ıi]kmama|[çc]al[ıi][şs]mama|g(?:i̇?)tmeme|g[öo]r[üu"
            "][şs]meme|konu[şs]mama|[çc][ıi]kmam[ıi]za|g(?:i̇?)tmem(?:i̇?"
            ")ze) re:(?:i̇?)z(?:i̇?)n re:(verm(?:i̇?)yor|vermed(?:i̇?)|ve"
            "rmez|verm(?:i̇?)yordu)",
            "re:(yaln[ıi]z|tek) ? re:([çc][ıi]kam[ıi]yorum|[çc][ıi]kamam|"
            "g(?:i̇?)dem(?:i̇?)yorum|[çc][ıi]kmama)",
            "re:(telefonumu|mesajlar[ıi]m[ıi]) re:(kontrol|kar[ıi][şs]t[ı"
            "i]r[ıi]yor|kar[ıi][şs]t[ıi]rd[ıi]|okuyor|(?:i̇?)ncel(?:i̇?)y"
            "or)",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?([اأإآ]خذ|خذ|خد|"
            "[اأإآ]خد|[يى][اأإآ]خد|[يى][اأإآ]خذ|سحب|ص[اأإآ]در|خب[ىي]|خب[ا"
            "أإآ]|خب[يى]|حجز|شد|د[اأإآ]|د[اأإآ]ل[يى]|د[اأإآ]ل[يى][اأإآ]|س"
            "رق|[يى]خب[يى]|ك[يى]خب[يى])\\S* ? ? re:([اأإآ]ل)?(جو[اأإآ]ز[يى"
            "]|ب[اأإآ]سبور[يى]|فلوس[يى]|نقود[يى]|[اأإآ]مو[اأإآ]ل[يى]|مصرو"
            "ف[يى]|بط[اأإآ]قت[يى]|[اأإآ]ور[اأإآ]ق[يى]|ور[اأإآ]ق[يى]|ك[اأإ"
            "آ]رت[يى]|ر[اأإآ]تب[يى]|وث[اأإآ]ئق[يى]|هو[يى]ت[يى]|ل[اأإآ]ك[ا"
            "أإآ]رت|[اأإآ]لب[اأإآ]سبور)",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?([اأإآ]خذ|خذ|خد|"
            "[اأإآ]خد|[يى][اأإآ]خد|[يى][اأإآ]خذ|سحب|ص[اأإآ]در|خب[ىي]|خب[ا"
            "أإآ]|خب[يى]|حجز|سرق)\\S* re:([اأإآ]ل)?جو[اأإآ]ز re:سفر[يى]",
            "re:(و|ف)?([يى]|ت|ك[يى]|ك[اأإآ]|ب|ب[يى])?(فتش|ر[اأإآ]قب|[يى]ف"
            "تش|[يى]ر[اأإآ]قب|[يى]ش[يى]ك|تفت[يى]ش|مر[اأإآ]قب[ةه]|[يى]قر[ا"
            "أإآ]|ك[يى]فتش|ب[يى]فتش|ك[يى]شوف|ب[يى]شوف|[يى]تفقد)\\S* re:([ا"
            "أإآ]ل)?(ه[اأإآ]تف[يى]|تلفون[يى]|تل[يى]فون[يى]|موب[اأإآ][يى]ل"
            "[يى]|بورت[اأإآ]بل[يى]|رس[اأإآ]ئل[يى]|مسج[اأإآ]ت[يى]|م[يى]س[ا"
            "أإآ]ج[اأإآ]ت[يى]|ت[يى]ل[يى]فون[يى])",
            "re:(و|ف)?(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت|ت[اأإآ]|ت[يى]|ر[اأإآ"
            "]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى]|ت)?منع(ن[يى]|ن[اأإآ"
            "]|ون[يى]) من re:([اأإآ]ل)?(خروج|[اأإآ]تص[اأإآ]ل|ز[يى][اأإآ]ر"
            "[ةه]|رؤ[يى][ةه]|تو[اأإآ]صل)",
            "re:(م[اأإآ]|مش|مو|ل[اأإآ]) re:(ب|ب[يى]|بت|ك|ك[يى]|ك[اأإآ]|كت"
            "|ت[اأإآ]|ت[يى]|ر[اأإآ]|ر[اأإآ]ه|ر[اأإآ]ه[اأإآ]|ح|ه|غ|س)?([يى"
            "]|ت)?(خل[يى]|خل[يى]|سمح|خل[اأإآ]|[يى]سمح)(ن[يى]|ن[يى]ش|ل[يى]"
            "|ل[يى]ش|ن[ىي])(ش)? ? re:(ن|[اأإآ]|[اأإآ])?(خرج|طلع|[اأإآ]طلع"
            "|نخرج|نطلع|[اأإآ]خرج|نمش[يى]|[اأإآ]روح|نروح|مش[يى]|شتغل|نخدم"
            "|[اأإآ]خدم|خدم|روح)\\S*",
            "re:(ل[اأإآ]|م[اأإآ]) re:([يى])?سمح re:ل[يى] re:(ب|ب[اأإآ]ل)?"
            "([اأإآ]ل)?(خروج|عمل|ذه[اأإآ]ب|[اأإآ]لخروج|[اأإآ]لعمل)",
            "re:(fica|ficou|ficava) com re:(o|a|os|as|todo)~ re:(meu|minh"
            "a|meus|minhas) re:(passaporte|passaportes|documentos|dinheir"
            "o|telem[óo]vel|celular|cart[ãa]o|cart[õo]es|sal[áa]rio|orden"
            "ado)",
            "re:(tirou|tira|tirava|escondeu|esconde|confiscou|ret[ée]m|re"
            "teve|tirou-me|tira-me|rasgou|partiu|quebrou)(-me)? re:(com|o"
            "|a)~ re:(o|a|os|as)~ re:(meu|minha|meus|minhas) re:(passapor"
            "te|passaportes|documentos|dinheiro|telem[óo]vel|celular|cart"
            "[ãa]o|cart[õo]es|sal[áa]rio|chaves|identidade|documento|orde"
            "nado)",
            "re:(tirou-me|tira-me|tirava-me|escondeu-me|esconde-me|confis"
            "cou-me|rasgou-me|levou-me|roubou-me|tirou-nos) re:(o|a|os|as"
            "|todo|todos)~ re:(passaporte|passaportes|documentos|dinheiro"
            "|telem[óo]vel|celular|cart[ãa]o|cart[õo]es|sal[áa]rio|chaves"
            "|identidade|documento|ordenado)",
            "me re:(tirou|tira|tirava|escondeu|esconde|confiscou|rasgou|r"
            "oubou|toma|tomou) re:(o|a|os|as|todo|todos)~ re:(passaporte|"
            "passaportes|documentos|dinheiro|telem[óo]vel|celular|cart[ãa"
            "]o|cart[õo]es|sal[áa]rio|chaves|identidade|documento)",
            "re:n[ãa]o me re:(deixa|deixava|deixam|permite|permitia) re:("
            "sair|trabalhar|ver|falar|ir|estudar|usar|ligar|visitar|ter)",
            "re:n[ãa]o deixa eu re:(sair|trabalhar|ver|falar|ir|estudar|ligar)",
            "re:(controla|controlava|vigia|vigiava|verifica|verificava|va"
            "sculha|vasculhava|revista|checa|l[êe]|lia) re:(o|a|os|as|no|"
            "na)~ re:(meu|minha|meus|minhas) re:(telem[óo]vel|celular|tel"
            "efone|mensagens|whatsapp|email|conta|dinheiro)",
            "re:(me|nos) re:(tranca|trancou|fecha|fechou|prende|prendeu) em casa",
            "me re:(quit[óo]|quita|quitaba|quitaron|retiene|retuvo|escond"
            "e|escondi[óo]|escond[íi]a|rompi[óo]|tiene|rompe|quitan) re:("
            "el|la|los|las|mi|mis|todo)~ re:(pasaporte|pasaportes|documen"
            "tos|papeles|dinero|sueldo|salario|m[óo]vil|celular|tel[ée]fo"
            "no|tarjeta|tarjetas|dni|nie|identificaci[óo]n|llaves|c[ée]du"
            "la)",
            "se re:(queda|qued[óo]|quedaba) con re:(mi|mis|el|todo|los)~ "
            "re:(dinero|sueldo|salario|pasaporte|documentos|papeles|ayuda"
            "s|paga|tarjeta)",
            "no me re:(deja|dejaba|permite|permit[íi]a|dejan) re:(salir|t"
            "rabajar|ver|hablar|estudiar|ir|usar|llamar|visitar|tener)",
            "re:(revisa|revisaba|controla|controlaba|vigila|vigilaba|regi"
            "stra|chequea|checa|lee|le[íi]a) re:(mi|mis|todo)~ re:(mi|mis"
            ") re:(m[óo]vil|celular|tel[ée]fono|mensajes|whatsapp|correos"
            "|cuenta|redes)",
            "re:(revisa|revisaba|controla|controlaba|vigila|vigilaba|regi"
            "stra|chequea|checa|lee|le[íi]a) re:(mi|mis) re:(m[óo]vil|cel"
            "ular|tel[ée]fono|mensajes|whatsapp|correos|cuenta|redes)",
            "me re:(encierra|encerr[óo]|encerraba) en casa",
            "re:(il|elle|mari|ex|conjoint|compagnon|copain|partenaire) ? "
            "? ? re:(pris|prend|prenait|garde|gardait|confisqu[ée]|confis"
            "que|confisquait|cach[ée]|cache|cachait|retient|retenait|rete"
            "nu|vol[ée]|vole|d[ée]chir[ée]) re:(mon|mes|ma) re:(passeport"
            "|passeports|papiers|argent|t[ée]l[ée]phone|portable|carte|ca"
            "rtes|salaire|cl[ée]s|clefs|titre|documents|pi[èe]ce)",
            "re:(ne|n') re:(me) re:(laisse|laissait|permet|permettait) re"
            ":(pas|jamais|plus) re:(sortir|travailler|voir|parler|aller|t"
            "[ée]l[ée]phoner|appeler|partir)",
            "re:(pas|plus) le droit de re:(sortir|travailler|voir|parler|"
            "t[ée]l[ée]phoner)",
            "re:(contr[ôo]le|contr[ôo]lait|fouille|fouillait|v[ée]rifie|v"
            "[ée]rifiait|surveille|surveillait|lit|lisait) re:(mon|mes|ma"
            ") re:(t[ée]l[ée]phone|portable|messages|sms|mails|compte|com"
            "ptes|argent)",
            "re:m'(enferme|enfermait)",
            "re:m ’|‘|´|` re:(enferme|enfermait)",
            "re:(nimmt|nahm|genommen|weggenommen|beh(?:ä|ae|a)lt|behielt|"
            "versteckt|versteckte|abgenommen|einbehalten|behalten) ? ? re"
            ":(meinen|mein|meine) re:(pass|reisepass|ausweis|papiere|doku"
            "mente|geld|handy|telefon|karte|bankkarte|gehalt|lohn|schl(?:"
            "ü|ue|u)ssel|aufenthaltstitel)",
            "re:(nimmt|nahm|abgenommen|weggenommen) mir re:(den|das|die|m"
            "ein|meinen|meine)~ re:(pass|reisepass|ausweis|papiere|dokume"
            "nte|geld|handy|telefon|bankkarte|gehalt|lohn|schl(?:ü|ue|u)s"
            "sel)",
            "mir re:(den|das|die|meinen|mein|meine) re:(pass|reisepass|au"
            "sweis|papiere|dokumente|geld|handy|gehalt|bankkarte) re:(weg"
            "genommen|abgenommen|genommen)",
            "re:(l(?:ä|ae|a)sst|lie(?:ß|ss)) mich nicht re:(raus|aus|alle"
            "in|arbeiten|weg|gehen|hinaus|telefonieren)",
            "ich re:(darf|durfte) re:(nicht|nie) re:(allein|alleine)~ re:"
            "(raus|rausgehen|hinaus|hinausgehen|aus|arbeiten|weg)",
            "re:(kontrolliert|kontrollierte|(?:ü|ue|u)berwacht|(?:ü|ue|u)"
            "berwachte|durchsucht|durchsuchte|checkt|liest|las) re:(mein|"
            "meine|meinen) re:(handy|telefon|nachrichten|mails|konto|what"
            "sapp)",
            "re:(baasaboorkayga|baasaboorkeyga|basaboorkayga|baasaboorka|"
            "dukumentiyadayda|dukumiintiyadayda|lacagtayda|lacagteyda|mus"
            "haharkayga|mushaarkayga|kaarkayga|taleefankayga|telefoonkayg"
            "a|teleefankeyga|aqoonsigayga|sharcigayga|furayaashayda) ? ? "
            "re:(qaatay|qaataa|qaaday|qaadaa|haystaa|haysta|hayaa|qariyay"
            "|qariyey|qarisay|iga|qarsaday)",
            "re:(ii|iima|iguma|igama|uma) re:(oggola|ogola|oggolaado|ogol"
            "aado|ogolaanayo|oggolaanayo|ogolaan)",
            "re:(taleefankayga|telefoonkayga|teleefankeyga|fariimahayga|f"
            "arriimahayga|taleefanka) ? re:(baaraa|baaray|eegaa|eegay|hub"
            "iyaa|hubiyay|kormeeraa|akhriyaa|akhriyay)",
            "re:(забрав|забрала|забирає|відібрав|відбирає|ховає|сховав|тр"
            "имає|тримав|забирав) re:(у|в)~ re:(мене)~ re:(мій|мо[їі]|мою"
            "|моє) re:(паспорт|паспорти|документи|гроші|телефон|картку|за"
            "рплату|ключі)",
            "re:(забрав|забрала|забирає|відібрав|відбирає|сховав|забирав)"
            " re:(у|в) мене re:(паспорт|документи|гроші|телефон|картку|за"
            "рплату|паспорти)",
            "не re:(випускає|випускав|пускає|пускав|дозволяє|дозволяв) re"
            ":(мене|мені) re:(з|із|виходити|працювати|бачитися|дзвонити|г"
            "уляти|нікуди)",
            "re:(перевіряє|перевіряв|контролює|контролював|читає|читав|пр"
            "оглядає) re:(мій|мо[їі]|мою) re:(телефон|повідомлення|перепи"
            "ску|пошту|рахунок)",
            "re:(mi-a|mi-au|[îi]mi|imi) re:(luat|ia|lua|ascuns|ascunde|co"
            "nfiscat|confisc[ăa]|p[ăa]streaz[ăa]|[țţt]ine|rupt|[țţt]inea)"
            " re:(pa[șşs]aportul|pasaportul|actele|documentele|banii|sala"
            "riul|telefonul|cardul|cardurile|buletinul|cheile|pa[șşs]apoa"
            "rtele)",
            "nu re:m[ăa] re:(las[ăa]|l[ăa]sa|lasa) re:(s[ăa])~ re:(ies|lu"
            "crez|v[ăa]d|vorbesc|merg|plec|ie[șşs]i|sun|muncesc)",
            "re:([îi]mi|imi|mi-a) re:(verific[ăa]|verifica|controleaz[ăa]"
            "|controla|cite[șşs]te|citea|verificat|controlat|citit|scotoc"
            "e[șşs]te) re:(telefonul|mesajele|contul|banii|emailul)",
            "mi re:(ha|aveva|prende|prendeva|toglie|toglieva|nasconde|nas"
            "condeva|sequestra|sequestrava) re:(preso|tolto|nascosto|sequ"
            "estrato|rubato|stracciato)~ re:(il|i|la|le|tutti|tutto)~ re:"
            "(passaporto|passaporti|documenti|soldi|telefono|cellulare|st"
            "ipendio|carta|carte|chiavi|bancomat|permesso)",
            "re:(tiene|teneva|trattiene|tratteneva) re:(il|i|la|le)~ re:("
            "mio|miei|mia|mie) re:(passaporto|documenti|soldi|telefono|ce"
            "llulare|stipendio|permesso)",
            "non mi re:(lascia|lasciava|permette|permetteva|fa|faceva) re"
            ":(uscire|lavorare|vedere|parlare|andare|telefonare|studiare)",
            "non re:(posso|potevo) re:(uscire|andare) re:(da)~ re:(sola|solo)",
            "re:(controlla|controllava|legge|leggeva|fruga|frugava) re:(i"
            "l|i|la|le|nel|nei)~ re:(mio|miei|mia|mie) re:(telefono|cellu"
            "lare|messaggi|whatsapp|email|conto|borsa)",
            "re:(ፓስፖርተይ|ገንዘበይ|ተሌፎነይ|ሞባይለይ|መንነተይ|ወረቐተይ|ደሞዘይ)\\S* ? re:ወሲ\\S*",
            "ካብ ገዛ ? re:ኣይፈ[ቀ-ቇቐ-቗]ደ\\S*",
            "re:(забрал|забрала|забирает|отобрал|отбирает|прячет|спрятал|"
            "держит|держал|отнял|отнимает) re:(у)~ re:(меня)~ re:(мой|мои"
            "|мою|мо[ёе]) re:(паспорт|паспорта|документы|деньги|карту|кар"
            "точку|зарплату|ключи|вид)",
            "re:(забрал|отобрал|забирает|отбирает|спрятал|отнял|отнимает)"
            " у меня re:(паспорт|документы|деньги|телефон|карту|зарплату|"
            "паспорта|карточку)",
            "не re:(выпускает|выпускал|пускает|пускал|разрешает|разрешал|"
            "позволяет|позволял) re:(мне|меня) re:(из|выходить|работать|в"
            "идеться|звонить|гулять|никуда|общаться|учиться|встречаться)",
            "re:(проверяет|проверял|контролирует|контролировал|читает|чит"
            "ал|просматривает|просматривал) re:(мой|мои|мою) re:(телефон|"
            "сообщения|переписку|почту|сч[ёе]т|мобильный)",
            "re:(پاسپورتم|گذرنامه‌?ام|گذرنامه‌?م|تذ[کك]ره‌?ام|تذ[کك]ره‌?م"
            "|مدار[کك]م|پولم|پولها[یيى]م|پول‌?ها[یيى]م|[کك]ارت‌?بان[کك][ی"
            "يى]م|[کك]ارت‌?بان[کك][یيى]‌?ام|حقوقم|[کك]ل[یيى]دها[یيى]م|پاس"
            "پورتمو|مدار[کك]مو|پولمو|حقوقمو|اقامتم|[کك]ارت‌?اقامتم) re:(ر"
            "ا|رو)~ re:(گرفته|گرفت|برده|برد|قا[یيى]م|پنهان|نگه|ضبط|م[یيى]"
            "‌?گ[یيى]ره|م[یيى]‌?گ[یيى]رد|برداشته|برداشت|گرفتن|گرفته‌?است)",
            "re:(نم[یيى]‌?)(گذارد|گذاره|ذاره|زاره|گذاشت|گذارند|ذارن) ? re"
            ":(از) re:(خانه|خونه)",
            "re:(نم[یيى]‌?)(گذارد|گذاره|ذاره|زاره|گذاشت) re:([کك]ار|ب[یيى"
            "]رون|درس|تنها[یيى][یيى]) re:([کك]نم|برم|بروم|بخونم|بخوانم|بخ"
            "ونم)",
            "re:(اجازه) re:(نم[یيى]‌?)(دهد|ده|داد|دن|دهند) ? re:([کك]ار|ب"
            "[یيى]رون|درس|تلفن|زنگ|خانواده|دوستانم|دوستام)",
            "re:(گوش[یيى]م|گوش[یيى]‌?ام|موبا[یيى]لم|پ[یيى]ام‌?ها[یيى]م|پ["
            "یيى]امها[یيى]م|پ[یيى]امامو|پ[یيى]امام|تلفنم|حسابم|گوش[یيى]مو"
            "|موبا[یيى]لمو) re:(را|رو)~ re:(چ[کك]|[کك]نترل|بررس[یيى]|م[یي"
            "ى]‌?خونه|م[یيى]‌?خواند|نگاه|م[یيى]‌?گرده|م[یيى]‌?گردد)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*((5|kh)da|khda|khed|(5|kh)ed|a(5|kh)ad|akhad"
            "|akhod|(5|kh)bba|khba|khabba|(5|kh)abba|khbat|(5|kh)dat|khda"
            "t|akhadet|(5|kh)abbet|khabbet|a(5|kh)adet|khbba|sre[9q]|sr[9"
            "q]|sara2|sere2|srq|[7h]jz|[7h]jez|[7h]ajaz|[7h]ajez|[7h]tafe"
            "d|[7h]tafad)[a-z0-9]* re:(l|el)?(passeport|paspor|passport|b"
            "asbor|basbour|basport|pasport|jawaz|jawazi|wra[9q]|wra[9q]i|"
            "awra2|awra2i|awra[9q]i|wraq|2awra2|papiers|flous|flousi|masa"
            "ri|mesari|floussi|[7h]sab|carte|cart|karta|salaire|ratbi|rat"
            "eb|khlas|(5|kh)las|passporti|basbori|bitaqa|bita2a|lkarta|ca"
            "rta|sejour|titre|masriya|mesriye|msari) re:(dyali|diali|ta3i"
            "|tab3i|te3i|tabe3i|taba3i|mta3i|dyalli)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*((5|kh)da|khda|khed|(5|kh)ed|a(5|kh)ad|akhad"
            "|akhod|(5|kh)bba|khba|khabba|(5|kh)abba|khbat|(5|kh)dat|khda"
            "t|akhadet|(5|kh)abbet|khabbet|a(5|kh)adet|sre[9q]|sr[9q]|sar"
            "a2|sere2|[7h]jz|[7h]jez|[7h]ajaz)[a-z0-9]* re:(l|el)?(passpo"
            "rti|pasporti|basbori|basbouri|basporti|jawazi|wra[9q]i|awra2"
            "i|awra[9q]i|2awra2i|flousi|floussi|masari|mesari|ratbi|masar"
            "iya|mesriyati|masriyati|kartti|kartati|bita2ti|bitaqti|[7h]s"
            "abi|(5|kh)lasi|khlasi)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*((5|kh)da|khda|khed|(5|kh)ed|a(5|kh)ad|akhad"
            "|akhod|(5|kh)bba|khba|khabba|(5|kh)abba|khbat|(5|kh)dat|khda"
            "t|akhadet|(5|kh)abbet|khabbet|a(5|kh)adet|sre[9q]|sr[9q]|sar"
            "a2|sere2|[7h]jz|[7h]jez|[7h]ajaz)[a-z0-9]* re:(mni|menni|min"
            "ni|mnni|meni|mnnii) re:(l|el)~ re:(l|el)?(passeport|paspor|p"
            "assport|basbor|basbour|basport|pasport|jawaz|wra[9q]|awra2|w"
            "raq|2awra2|papiers|flous|masari|mesari|[7h]sab|carte|karta|s"
            "alaire|rateb|khlas|(5|kh)las|bitaqa|bita2a|carta|sejour|titr"
            "e|masriye|mesriye)",
            "re:(ma|mesh|mish|la|mch) re:(ka|kay|kat|kan|kant|ta|tay|tat|"
            "bi|b|by|bt|bet|bit|3am|3m|ki|kt|y|i|t|n)*((5|kh)ll|khll|khal"
            "l|(5|kh)all|khal|(5|kh)al|(5|kh)ali|khali|(5|kh)li|khli|sm[7"
            "h]|sma[7h]|sme[7h]|smah|smeh|bisma[7h]|bikhalli|(5|kh)alli|k"
            "ha?lli|bi(5|kh)alli|bi(5|kh)allini|khalini)[a-z]* re:(n|ne|2"
            "|e)?((5|kh)roj|khroj|khrej|(5|kh)rej|(5|kh)rj|khrj|tla3|etla"
            "3|2etla3|2otla3|khdm|(5|kh)dm|khdem|(5|kh)dem|ekhdom|2eshtgh"
            "el|eshtghel|chtghl|shtghel|chouf|shouf|tkallam|tsl|tsel|ttas"
            "el|zour|zor|hder|3ayet|ra[7h]|ro[7h]|mchi|mshi|emshi|2emshi|"
            "2ro[7h]|2chouf|2shouf|ch?ouf|ro[7h]|ru[7h]|zur|tsa[7h]eb|t3a"
            "llem|t3lm|[9q]ra|2ra|e2ra|n[9q]ra)",
            "re:ma?(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am"
            "|3m|ki|kt|y|i|t|n)*((5|kh)ll|khll|khall|(5|kh)all|khal|(5|kh"
            ")al|(5|kh)ali|khali|(5|kh)li|khli|sm[7h]|sma[7h]|sme[7h]|sma"
            "h|smeh)[a-z]*(ch|sh) re:(n|ne|2|e)?((5|kh)roj|khroj|khrej|(5"
            "|kh)rej|(5|kh)rj|khrj|khdm|(5|kh)dm|khdem|(5|kh)dem|chtghl|c"
            "houf|tkallam|tsl|tsel|ttasel|zour|zor|hder|ra[7h]|ro[7h]|mch"
            "i|mshi|[9q]ra|2ra|n[9q]ra|t3lm|t3allem)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(fttch|ftch|fattech|fettich|fatesh|fattesh|f"
            "teh|fatte?sh|fattish|ra[9q]eb|rakeb|ra[9q]b|r[9q]b|ira[9q]ib"
            "|ra2eb|bira2ib|ra2ib|ykontroli|controli|tjessess|tjasses|tja"
            "ssas|jsses|[9q]lb|[9q]leb|qalleb|2alleb|[9q]alab|[9q]alleb)["
            "a-z0-9]* re:(l|el)?(tilifon|tilifoun|telephone|portable|port"
            "abl|phone|tlfon|talafon|talifon|mobile|mobail|msajat|message"
            "s|rasayel|rasa2el|whatsapp|watsap|wtsp|jawal|jawwal|tilifoni"
            "|tilifouni|telephoni|portabli|phoni|tlfoni|talafoni|talifoni"
            "|mobaili|jawwali|msajati|rasa2li|rasayli|whatsappi|twasol)",
        ),
    ),
    # 12 afraid of him / contact ban
    Rule(
        "sg",
        H,
        0.6,
        (
            "re:boj[ęe] re:si[ęe] re:(go|jego|jej|m[ęe][żz]a|partnera|by["
            "łl]ego|niego|ojca|ex)",
            "re:boj[ęe] re:si[ęe] re:(wr[óo]ci[ćc]|wraca[ćc]|i[śs][ćc]|p["
            "óo]j[śs][ćc]) ? re:(domu|do)",
            "re:(go|jego|niego|m[ęe][żz]a|partnera) re:boj[ęe] re:si[ęe]",
            "re:boi re:si[ęe] re:(ojca|taty|ojczyma|go|jego|niego|partnera)",
            "zakaz re:(kontaktu|kontaktowania|zbli[żz]ania)",
            "nakaz opuszczenia",
            "re:niebiesk(a|iej|[ąa]) re:kart(a|y|[ęe]|[ąa])",
            "re:(ondan|kocamdan|e[şs](?:i̇?)mden|babas[ıi]ndan) ? re:kork"
            "(uyorum|uyor|tu[ğg]um|ar[ıi]m|uyoruz|uyorlar|uyordu)",
            "re:(eve) re:(g(?:i̇?)tmeye|d[öo]nmeye|g(?:i̇?)tmekten|d[öo]n"
            "mekten) re:kork(uyorum|uyor|uyoruz|tu[ğg]um)",
            "re:uzakla[şs]t[ıi]rma re:karar([ıi]|[ıi]m|[ıi]m[ıi]z|[ıi]na)?",
            "koruma re:karar([ıi]|[ıi]m|[ıi]m[ıi]z|[ıi]na)?",
            "re:(و|ف)?([اأإآ]|[اأإآ]|ن|كن|تن|ب)?(خ[اأإآ]ف|خ[اأإآ][يى]ف|خ["
            "اأإآ][يى]ف[ةه]|خ[اأإآ]ئف|خ[اأإآ]ئف[ةه]|خ[اأإآ][يى]فه|نخ[اأإآ"
            "]ف|[اأإآ]خ[اأإآ]ف|بخ[اأإآ]ف|خفت|كنخ[اأإآ]ف|ك[اأإآ]نخ[اأإآ]ف|"
            "تنخ[اأإآ]ف) re:(منه|منو|منّه|منّو|منهم)",
            "re:(و|ف)?([اأإآ]|[اأإآ]|ن|كن|تن|ب)?(خ[اأإآ]ف|خ[اأإآ][يى]ف|خ["
            "اأإآ][يى]ف[ةه]|خ[اأإآ]ئف|خ[اأإآ]ئف[ةه]|خ[اأإآ][يى]فه|نخ[اأإآ"
            "]ف|[اأإآ]خ[اأإآ]ف|بخ[اأإآ]ف|خفت|كنخ[اأإآ]ف|ك[اأإآ]نخ[اأإآ]ف|"
            "تنخ[اأإآ]ف) من re:(زوج[يى]|ر[اأإآ]جل[يى]|جوز[يى]|طل[يى]ق[يى]"
            "|[اأإآ]بوه|[اأإآ]بوه[اأإآ]|ب[اأإآ]ب[اأإآ]ه|ب[اأإآ]ب[اأإآ]ه[ا"
            "أإآ]|[اأإآ]ب[يى]ه|[اأإآ]ب[يى]ه[اأإآ]|زوجه[اأإآ]|ر[اأإآ]جله[ا"
            "أإآ]|جوزه[اأإآ]|ب[اأإآ]ب[اأإآ]هم)",
            "re:(و|ف)?([اأإآ]|[اأإآ]|ن|كن|تن|ب)?(خ[اأإآ]ف|خ[اأإآ][يى]ف|خ["
            "اأإآ][يى]ف[ةه]|خ[اأإآ]ئف|خ[اأإآ]ئف[ةه]|خ[اأإآ][يى]فه|نخ[اأإآ"
            "]ف|[اأإآ]خ[اأإآ]ف|بخ[اأإآ]ف|كنخ[اأإآ]ف) re:([اأإآ]ن|[اأإآ]ن)"
            "~ re:([اأإآ]|[اأإآ]|ن)?(رجع|روح|[اأإآ]رجع|نرجع|[اأإآ]روح|نرو"
            "ح|عود|[اأإآ]عود|[اأإآ]دخل|ندخل|نمش[يى]|[اأإآ]مش[يى])\\S* ? re"
            ":(لل|ل|[اأإآ]ل|[اأإآ]ل[ىي]|[اأإآ]ل[ىي])?([اأإآ]ل)?(ب[يى]ت|د["
            "اأإآ]ر|منزل)",
            "re:([اأإآ]ل)?([اأإآ]مر|[اأإآ]مر|قر[اأإآ]ر|حكم) re:([اأإآ]ل)?"
            "(حم[اأإآ][يى][ةه]|[اأإآ]بع[اأإآ]د|[اأإآ]بع[اأإآ]د|منع|تق[يى]"
            "[يى]د|ب[اأإآ]ل[اأإآ]بع[اأإآ]د|ب[اأإآ]لمنع)",
            "منع re:([اأإآ]ل)?([اأإآ]قتر[اأإآ]ب|تو[اأإآ]صل|[اأإآ]ل[اأإآ]ق"
            "تر[اأإآ]ب|[اأإآ]لتو[اأإآ]صل)",
            "medo re:(dele|dela)",
            "medo re:(do|de|da) re:(meu|minha)~ re:(ex|ex-marido|pai|mari"
            "do|companheiro|namorado|padrasto|ex-companheiro)",
            "medo de re:(voltar|regressar) re:(para|pra|a)~ casa",
            "re:(medida|medidas) re:(protetiva|protetivas|protectiva|protectivas)",
            "re:(ordem|medida|decis[ãa]o) de re:(restri[çc][ãa]o|afastame"
            "nto|prote[çc][ãa]o|protec[çc][ãa]o)",
            "re:proibi[çc][ãa]o de re:(contacto|contato|aproxima[çc][ãa]o|aproximar-se)",
            "miedo re:(de|a) re:([ée]l|volver|regresar)",
            "miedo re:(de|a|al) re:(mi|su)~ re:(marido|esposo|pareja|ex|e"
            "xpareja|padre|pap[áa]|padrastro|novio|exmarido|exesposo)",
            "re:(orden|[óo]rdenes|medida|medidas) re:(de)~ re:(alejamient"
            "o|protecci[óo]n|cautelar|cautelares|restricci[óo]n)",
            "re:prohibici[óo]n de re:(acercarse|acercamiento|comunicarse|"
            "contacto|comunicaci[óo]n)",
            "peur re:(de|d')~ lui",
            "peur re:(de|du) re:(mon|son)~ re:(mari|ex|conjoint|compagnon"
            "|p[èe]re|beau-p[èe]re|copain|ex-mari|ex-compagnon|ex-conjoin"
            "t)",
            "peur de re:(rentrer|retourner|revenir) re:([àa]|chez)",
            "ordonnance de protection",
            "re:interdiction de re:(contact|contacter|m'approcher|s'appro"
            "cher|para[îi]tre|entrer)",
            "re:(mesure|mesures) re:d'[ée]loignement",
            "re:(mesure|mesures) re:d ’|‘|´|` re:[ée]loignement",
            "re:anti-rapprochement",
            "re:t[ée]l[ée]phone grave danger",
            "angst vor ihm",
            "angst vor re:(meinem|seinem|ihrem|dem) re:(mann|ex|ex\\.|exma"
            "nn|ex-mann|partner|ex-partner|vater|stiefvater|freund|eheman"
            "n)",
            "angst ? ? nach re:(hause|haus)",
            "re:(kontaktverbot|ann(?:ä|ae|a)herungsverbot|n(?:ä|ae|a)heru"
            "ngsverbot|gewaltschutzgesetz|gewaltschutzanordnung|schutzano"
            "rdnung|wegweisung|r(?:ü|ue|u)ckkehrverbot)",
            "einstweilige re:verf(?:ü|ue|u)gung",
            "re:(isaga|ninkayga|ninkeyga|seygayga|saygayga|ninkii|aabihii"
            "|aabbihii|odayga|ninka|ninkeygii) ? ? re:(ka|uga|kaga) re:(b"
            "aq\\w*|cabs\\w*)",
            "re:(baq\\w*|cabs\\w*) ? ? ? re:(guriga|gurigii|aqalka)",
            "re:(amar|amarka) re:(ilaalin|ilaalinta|xannibaad|xayiraad|ma"
            "xkamadda|fogaansho)",
            "re:(боюся|боюсь|бо[їі]ться|боялася|боявся|боюся) re:(його|чо"
            "ловіка|колишнього|батька|вітчима|партнера|нього)",
            "re:(боюся|боюсь|бо[їі]ться) re:(повертатися|повертатись|іти|"
            "йти|повернутися|[їі]хати) re:(додому|до)",
            "re:(заборонний|обмежувальний|захисний|термінового|заборонног"
            "о|обмежувального) re:(припис|приписом|припису)",
            "re:(fric[ăa]|team[ăa]|frica|teama) de el",
            "re:(tem|temem|teme|temea) de el",
            "re:(fric[ăa]|team[ăa]|frica|teama) de re:(so[țţt]ul|fostul|t"
            "at[ăa]l|partenerul|concubinul|tatal|sotul)",
            "re:(fric[ăa]|team[ăa]|frica|teama) ? ? re:([îi]ntorc|intorc|"
            "merg|duc) re:(acas[ăa]|acasa)",
            "re:ordin(ul)? de re:(protec[țţt]ie|protectie|restric[țţt]ie|restrictie)",
            "paura di lui",
            "paura re:(di|del|dell') re:(mio|suo)~ re:(marito|ex|compagno"
            "|padre|patrigno|fidanzato|ex-marito|ex-compagno)",
            "paura di re:(tornare|rientrare) re:(a)~ casa",
            "re:(ordine|ordinanza|provvedimento|misura) di re:(allontanam"
            "ento|protezione)",
            "divieto di re:(avvicinamento|avvicinarsi|contatto)",
            "codice rosso",
            "re:(ንዕኡ|ካብኡ|ሰብኣየይ|በዓልቤተይ|ንሰብኣየይ)\\S* ? re:\\S*ፈር[ሀ-ሆሐ-ሗ]\\S*",
            "re:ገዛ\\S* ? ? re:\\S*ፈር[ሀ-ሆሐ-ሗ]\\S*",
            "re:(боюсь|боится|боялась|боялся|боятся|боюся) re:(его|мужа|б"
            "ывшего|отца|отчима|партн[ёе]ра|него|сожителя)",
            "re:(боюсь|боится|боюся) re:(возвращаться|вернуться|идти|ехать) домой",
            "re:(запретительный|охранный|защитный|запретительного|охранно"
            "го|защитного) re:(ордер|приказ|ордера|приказа|предписание|пр"
            "едписания)",
            "re:(запрет|запрета) на re:(приближение|контакт|контакты)",
            "از re:(او|شوهرم|همسرم|پدرش|باباش|ناپدر[یيى]|ناپدر[یيى]ش|ناپد"
            "ر[یيى]‌?اش|شوهرسابقم|همسرسابقم|اون|شوهر|همسر|مردم|نامزدم|دوس"
            "ت‌?پسرم) re:(سابقم)~ re:(م[یيى]‌?)?(ترسم|ترسد|ترسه|ترس[یيى]م"
            "|ترس[یيى]دم|ترسن|ترسند)",
            "re:(م[یيى]‌?)?(ترسم|ترس[یيى]م) re:(به)~ re:(خانه|خونه) re:(ب"
            "رگردم|بروم|برم|برگرد[یيى]م|بر[یيى]م)",
            "re:(ح[کك]م|دستور|قرار) منع re:(تماس|نزد[یيى][کك][یيى]|ملاقات"
            "|دور[یيى]|نزد[یيى][کك])",
            "re:(منع) re:(تماس|نزد[یيى][کك][یيى]|نزد[یيى][کك]‌?شدن)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(khaf|(5|kh)af|khayf|(5|kh)ayf|khayfa|(5|kh)"
            "ayfa|khayfe|(5|kh)ayfe|khaif|khaifa|khaife|n(5|kh)af|nkhaf|b"
            "(5|kh)af|bkhaf|bi(5|kh)af|btkhaf|bet(5|kh)af|kankhaf|kan(5|k"
            "h)af|kat(5|kh)af|kaykhaf|kay(5|kh)af|tkhaf|t(5|kh)af|(5|kh)a"
            "yfin|khayfin)[a-z]* re:(mno|mnno|menno|minno|mennou|mnnou|mi"
            "no|meno|mnou|minnou|mnnu)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(khaf|(5|kh)af|khayf|(5|kh)ayf|khayfa|(5|kh)"
            "ayfa|khayfe|(5|kh)ayfe|khaif|khaifa|khaife|n(5|kh)af|nkhaf|b"
            "(5|kh)af|bkhaf|kankhaf|kan(5|kh)af|kat(5|kh)af|kaykhaf|kay(5"
            "|kh)af|tkhaf|t(5|kh)af)[a-z]* re:(mn|men|min|mena|mel) re:(r"
            "ajli|zawji|jozi|jowzi|jouzi|tli[9q]i|tlaqi|mtal[9q]i|ex|tali"
            "[9q]i|bbah|bah|abouh|abouha|babah|babaha|rajel|jouz|jowz|zou"
            "j|zawj|rajl|tliqi|tli[9q]|tla[9q]i|mtalli2i|taliqi|tlaqha|tl"
            "a[9q]ha|rajlha|rajlo|zawjha|jowzha|jozha|bbaha|rajel?mha|raj"
            "elmo|jouzemmo|jowzemmo)",
            "re:((5|kh)ayfa|khayfa|khayfe|(5|kh)ayfe|(5|kh)ayef|khayef|n("
            "5|kh)af|nkhaf|kankhaf|kan(5|kh)af|bkhaf|b(5|kh)af|khaifa|(5|"
            "kh)aifa|khaif|(5|kh)aif) re:(nrj3|nrje3|nerja3|erja3|2erja3|"
            "nerj3|nwelli|nrou[7h]|nro[7h]|narja3|2arja3|irja3|ndkhol|ndk"
            "hl|ned(5|kh)ol|2ed(5|kh)ol|n3awd|n3awed) re:(l|el|la|3al|f|f"
            "el|bel|fi)~ re:(l|el)?(dar|beit|bit|bayt|dari|beiti|manzil|b"
            "et)",
            "re:(man3|mane3|mn3|mana3|mani3|man3e|interdiction) re:(l|el|"
            "de|d)~ re:(l|el)?(i[9q]tirab|eqtirab|i2tirab|e2terab|i2terab"
            "|iqtirab|e[9q]tirab|ittisal|itisal|tawasol|tawassol|contact|"
            "ta[9q]arob|ta2arob|ta[9q]rib|approche|contacte)",
        ),
    ),
    # 13 staff shouting/humiliating/force-feeding/pulling
    Rule(
        "sg",
        G,
        0.6,
        (
            "re:krzycz(y|a[łl]|a[łl]a|eli|a[łl]y|[ąa]) na re:(moje|mojego"
            "|moj[ąa]|dzieci|dziecko|syna|c[óo]rk[ęe]|niego|ni[ąa]|nie|ni"
            "ch|maluchy|ma[łl]ego|ma[łl][ąa])",
            "re:(wy[śs]miewa(ła|ł|li|ły|j[ąa])?|o[śs]mieszy[łl]a?|o[śs]mi"
            "esza[łl]?a?|upokorzy[łl]a?|upokarza(ła|ł|j[ąa])?|poni[żz]a(ł"
            "a|ł)?|poni[żz]y[łl]a?|drwi(ła|ł|li)?|wyzywa(ła|ł)?)",
            "re:(zmusza|zmusza[łl]a|zmusza[łl]|zmuszaj[ąa]|zmuszali|zmusz"
            "ono) ? re:(go|j[ąa]|je|dzieci|dziecko|syna|c[óo]rk[ęe])? do "
            "re:(jedzenia|zjedzenia|picia)",
            "na re:si[łl][ęe] re:(karmi|karmi[łl]a|karmili|karmi[łl]|wpyc"
            "ha|wpycha[łl]a|karmiona|karmiony)",
            "re:(karmi|karmi[łl]a|karmili|karmi[łl]|wpycha[łl]a|karmiona|"
            "karmiony) ? na re:si[łl][ęe]",
            "re:(ci[ąa]gn[ęe][łl]a|ci[ąa]gn[ąa][łl]|ci[ąa]gnie|szarpa[łl]"
            "a|szarpa[łl]|szarpie|targa[łl]a|targa) ? ? za re:(r[ęe]k[ęe]"
            "|rami[ęe]|ucho|uszy|w[łl]osy|rami[ąa]|kaptur)",
            "re:przywi[ąa]za(ł|ła|li|ły|na|ny|no) ? ? do re:(krzes[łl]a|k"
            "rzese[łl]ka|fotelika|[łl][óo][żz]eczka)",
            "re:(ona|onlara|[çc]ocu[ğg]a|[çc]ocuklara|o[ğg]luma|k[ıi]z[ıi"
            "]ma|[çc]ocu[ğg]uma|[çc]ocuklar[ıi]ma|o[ğg]luna|k[ıi]z[ıi]na|"
            "bebe[ğg]e|bebe[ğg](?:i̇?)me|karde[şs](?:i̇?)me|karde[şs](?:i"
            "̇?)ne) ? re:ba[ğg][ıi]r(d[ıi]|[ıi]yor|m[ıi][şs]|d[ıi]lar|[ıi"
            "]yorlar|[ıi]yordu)",
            "re:(a[şs]a[ğg][ıi]la(d[ıi]|d[ıi]lar|[ıi]yor|[ıi]yorlar|m[ıi]"
            "[şs])|k[üu][çc][üu]mse(d(?:i̇?)|d(?:i̇?)ler|m(?:i̇?)[şs]|(?:"
            "i̇?)yor)|hakaret)",
            "re:alay re:(ett(?:i̇?)|ed(?:i̇?)yor|etm(?:i̇?)[şs]|ett(?:i̇?"
            ")ler|ed(?:i̇?)yorlar)",
            "zorla ? re:(yed(?:i̇?)r[a-zışçğüöâ̇]*|besle[a-zışçğüöâ̇]*|a[ğg]z[ıi]na)",
            "re:(kolundan|kula[ğg][ıi]ndan|sa[çc][ıi]ndan|kollar[ıi]ndan|"
            "kula[ğg][ıi]n[ıi]|sa[çc][ıi]n[ıi]|kolunu) re:([çc]ek(t(?:i̇?"
            ")|(?:i̇?)yor|t(?:i̇?)ler|m(?:i̇?)[şs]|erek)|tuttu|s[üu]r[üu]"
            "kle[a-zışçğüöâ̇]*|[çc]ek(?:i̇?)[şs]t(?:i̇?)r[a-zışçğüöâ̇]*)",
            "re:(sandalyeye|yata[ğg]a|sandalyes(?:i̇?)ne|koltu[ğg]a) re:b"
            "a[ğg]l(ad[ıi]|ad[ıi]lar|am[ıi][şs]|[ıi]yor|anm[ıi][şs]|anm[ı"
            "i][şs]t[ıi])",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى]|بت|ب[يى])?(صرخ|صرخت|ص[اأإآ]ح|ص[اأإ"
            "آ]حت|زعق|زعقت|غوت|غوت[اأإآ]ت|ع[يى]ط|ع[يى]ط[اأإآ]ت|صرخ[اأإآ]ت"
            "|ص[اأإآ]حت) re:(عل[يى]ه|عل[يى]ه[اأإآ]|عل[يى]هم|ف[يى]ه|ف[يى]ه"
            "[اأإآ]|ف[يى]هم|عل[يى]هن)",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى]|بت|ب[يى])?(صرخ|صرخت|ص[اأإآ]ح|ص[اأإ"
            "آ]حت|زعق|زعقت|غوت|غوت[اأإآ]ت|ع[يى]ط|ع[يى]ط[اأإآ]ت) re:(عل[ىي"
            "]|ف[يى]|ع|ف) re:(ل|لل|[اأإآ]ل)?(طفل|[اأإآ]طف[اأإآ]ل|ولد|[اأإ"
            "آ]ول[اأإآ]د|ول[اأإآ]د|بنت|صغ[يى]ر|صغ[يى]ر[ةه]|صغ[اأإآ]ر|رض[ي"
            "ى]ع|در[اأإآ]ر[يى]|ول[يى]د[اأإآ]ت|طفل[ةه]|[اأإآ]بن[يى]|[اأإآ]"
            "بنت[يى]|بنت[يى]|ولد[يى]|ول[اأإآ]د[يى]|[اأإآ]ول[اأإآ]د[يى]|[ا"
            "أإآ]بنه|[اأإآ]بنه[اأإآ]|بنته|بنته[اأإآ]|ولده[اأإآ]|ولده|ول[ا"
            "أإآ]ده[اأإآ]|[اأإآ]ول[اأإآ]ده[اأإآ]|طفله[اأإآ]|طفله|[اأإآ]بن"
            "ك|[اأإآ]بنكم|[اأإآ]خوه|[اأإآ]خته|[اأإآ]خوه[اأإآ]|[اأإآ]خته[ا"
            "أإآ])",
            "re:(و|ف)?([اأإآ]|[اأإآ]|ت|[يى])ه[اأإآ]ن(ت|ته|ته[اأإآ]|ه|ه[اأ"
            "إآ]|هم|وه|وه[اأإآ]|تهم|[اأإآ]ت)",
            "re:(و|ف)?([يى]|ت|ك[يى]|كت|ب[يى]|بت)ه[يى]ن(ه|ه[اأإآ]|هم|و|وه)",
            "re:(و|ف|[اأإآ]ل)?([اأإآ]ه[اأإآ]ن[ةه]|[اأإآ]ه[اأإآ]ن[ةه]|[اأإ"
            "آ]ه[اأإآ]ن[اأإآ]ت|حكر[ةه]|[اأإآ]لحكر[ةه]|حكر[اأإآ]ت|كتحكر|ك["
            "يى]حكر|حكرو|حكر[اأإآ]تو|حكر[اأإآ]ته[اأإآ])",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى]|بت|ب[يى])?(سخر|سخرت|تسخر|[يى]سخر|ت"
            "مسخر|تتمسخر|تمسخر[اأإآ]ت|ضحك|تضحك|ضحكت|كتضحك|بتضحك|[اأإآ]سته"
            "ز[اأإآ]|[اأإآ]ستهز[اأإآ]ت|تستهزئ)\\S* re:(منه|منه[اأإآ]|منهم|"
            "عل[يى]ه|عل[يى]ه[اأإآ]|عل[يى]هم|منو)",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى]|بت)?([اأإآ]جبر|[اأإآ]جبر|جبر|غصب|ت"
            "جبر|تغصب|كره[اأإآ]ت|تكره|[اأإآ]كره|[اأإآ]كره|جبر[اأإآ]ت|فرض|"
            "فرضت|جبرت|[اأإآ]جبرت)\\S* ? re:(عل[ىي]|ع)? ? re:([اأإآ]ل)?([ا"
            "أإآ]كل|[اأإآ]كل|م[اأإآ]كل[ةه]|طع[اأإآ]م|[يى][اأإآ]كل|[يى][اأ"
            "إآ]كل|ت[اأإآ]كل|ت[اأإآ]كل|ن[اأإآ]كل)",
            "re:(ب[اأإآ]ل)(قو[ةه]|زز|غصب|س[يى]ف|زور|ع[اأإآ]ف[يى][ةه]|غصب["
            "ةه]) ? re:([يى]|ت)?([اأإآ]ل)?([اأإآ]كل|[اأإآ]كل|م[اأإآ]كل[ةه"
            "]|طع[اأإآ]م|[يى][اأإآ]كل|ت[اأإآ]كل|[يى]شرب|وكل[اأإآ]ت|وكل[اأ"
            "إآ]تو|[اأإآ]طعم|[اأإآ]طعم|[اأإآ]كلت|[اأإآ]كلته|طعمت)\\S*",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى])?([اأإآ])?(طعم|وكل|[اأإآ]كل|[اأإآ]"
            "كل|وكل[اأإآ]ت|وكل[اأإآ]تو|[اأإآ]كلته|[اأإآ]طعمته|طعم[اأإآ]ت)"
            "\\S* ? re:(ب[اأإآ]ل)(قو[ةه]|زز|غصب|س[يى]ف|زور|ع[اأإآ]ف[يى][ةه"
            "])",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى]|بت|ب[يى])?(شد|جر|جبد|قرص|شدت|جرت|ج"
            "بد[اأإآ]ت|شد[اأإآ]ت|قرصت|قرص[اأإآ]ت|سحبت)\\S* ? re:(من|م)? re"
            ":([اأإآ]ل)?([اأإآ]ذن|[اأإآ]ذن|ودن|وذن|شعر|وذنو|ودنو|ودنه|[اأ"
            "إآ]ذنه|[اأإآ]ذنه|[اأإآ]ذنه[اأإآ]|شعره|شعره[اأإآ]|وذن[يى]ه|ود"
            "ن[يى]ه|شعرو)",
            "re:(و|ف)?([يى]|ت|ك[يى]|ك[اأإآ]|كت|ب|ب[يى])?ربط(و|وه|ته|ته[اأ"
            "إآ]|وه[اأإآ]|وهم|ه[اأإآ]|ه|[اأإآ]تو|[اأإآ]ت)? ? re:(ب|ف[يى]|"
            "ف|عل[ىي]|ع|مع|ل)?([اأإآ]ل)?(كرس[يى]|كرس[يى]ه|كرس[يى]ه[اأإآ])",
            "re:grit(a|ou|ava|am|aram|avam|ando) re:(com|para|pra|a) re:("
            "o|a|os|as)~ re:(meu|minha|meus|minhas)~ re:(filho|filha|filh"
            "os|filhas|menino|menina|crian[çc]as|crian[çc]a|ele|ela|eles|"
            "beb[ée]|beb[êe]|mi[úu]do|mi[úu]da|mi[úu]dos|meninos|pequeno|"
            "pequena)",
            "re:(humilh(a|ou|ava|am|aram|avam|ado|ada|a[çc][ãa]o|a[çc][õo"
            "]es)|ridiculariz(a|ou|ava|aram|ado|ada)|zomb(a|ou|ava|aram)|"
            "deboch(a|ou|ava|aram)|ca[çc]o(a|ou|ava))",
            "re:(gozou|goza|gozava|gozam|gozaram|tro[çc]ou|tro[çc]a) com",
            "re:(for[çc]a|for[çc]ou|for[çc]ava|for[çc]aram|obriga|obrigou"
            "|obrigava|obrigaram)(-o|-a|-os|-as)? ? ? re:(comer|engolir|c"
            "om[êe]-lo|com[êe]-la)",
            "re:(puxou|puxa|puxava|puxaram|arrastou|arrasta|arrastava|arr"
            "astaram)(-o|-a|-lhe)? ? ? re:(bra[çc]o|orelha|orelhas|cabelo"
            "|cabelos|bracinho)",
            "re:(amarr(ou|a|ava|aram|ado|ada)|prend(eu|e|ia|eram|ido|ida)"
            ")(-o|-a)? ? ? re:(cadeira|cadeirinha|cadeir[ãa]o)",
            "re:(le|les) re:(grita|grit[óo]|gritaba|gritan|gritaron|grita"
            "ban|chilla|chill[óo]|chillaba)",
            "re:(grita|grit[óo]|gritaba|gritan|gritaron|gritaban|chilla|c"
            "hill[óo]) re:(a|al) re:(los|las|mi|mis|su|sus|el|la)~ re:(hi"
            "jo|hija|hijos|hijas|ni[ñn]o|ni[ñn]a|ni[ñn]os|ni[ñn]as|nene|n"
            "ena|nenes|beb[ée]|beb[ée]s|cr[íi]o|cr[íi]a|cr[íi]os|chico|ch"
            "ica|chicos|chiquito|chiquita|peque[ñn]o|peque[ñn]a|peque[ñn]"
            "os|hermanito|hermanita|nieto|nieta|hijastro|hijastra|peque|p"
            "eques|hijito|hijita|sobrino|sobrina|sobrinos)",
            "re:(humill(a|[óo]|aba|an|aron|ado|ada|aci[óo]n|aciones)|ridi"
            "culiz(a|[óo]|aba|aron|ado|ada)|burl([óo]|aba|aron|an|[áa]ndo"
            "se)|mof(a|[ó]|aba|aron)|avergonz([óo]|aba)|averg[üu]enza)",
            "re:(obliga|oblig[óo]|obligaba|obligan|obligaron|fuerza|forz["
            "óo]|forzaba|forzaron)(lo|la|los|las)? re:(a)~ re:(comer|com["
            "ée]rselo|comerse|tragar|com[ée]rsela|comerlo)",
            "re:(da|dio|daba|dan|dieron) de comer a re:(la)~ re:(fuerza|fuerzas)",
            "re:(comer|come|comi[óo]|coma|comiera) a re:(la)~ re:(fuerza|fuerzas)",
            "re:(jala|jal[óo]|jalaba|jalan|jalaron|tira|tir[óo]|tiraba|ti"
            "ran|tiraron|estira|estir[óo]|agarra|agarr[óo]|arrastra|arras"
            "tr[óo]|arrastraba)(lo|la)? re:(de|del|por) re:(la|el|los|las"
            ")~ re:(oreja|orejas|brazo|brazos|pelo|cabello|brazito)",
            "re:(ata|at[óo]|ataba|ataron|amarra|amarr[óo]|amarraron|atad["
            "oa]s?|amarrad[oa]s?) re:(a|en)~ re:(la|una|su)~ re:(silla|si"
            "llita|trona)",
            "re:(crie|cri[ée]|criait|crient|criaient|hurle|hurl[ée]|hurla"
            "it|gueule|gueul[ée]|gueulait) re:(sur|apr[èe]s|contre) re:(m"
            "on|ma|mes|les|son|sa|ses|le|la|lui|elle|eux|notre|nos|un|une"
            "|des)",
            "re:(humili(e|[ée]|[ée]e|[ée]s|[ée]es|ait|ent|er|ation|ations|ant|ante))",
            "re:(ridiculis(e|[ée]|[ée]e|ait|er|ent))",
            "re:(moqu(e|[ée]|[ée]e|ait|aient|ent|er)) re:(de|d')",
            "re:(forc[ée]|forc[ée]e|forc[ée]s|force|for[çc]ait|oblige|obl"
            "ig[ée]|oblig[ée]e|obligeait|obligent|forcent|oblig[ée]s) re:"
            "([àa]|a) re:(manger|finir|avaler|terminer)",
            "re:(tir[ée]|tir[ée]e|tire|tirait|tra[îi]n[ée]|tra[îi]n[ée]e|"
            "tra[îi]ne|tra[îi]nait|tirent|attrap[ée]|attrap[ée]e|secou[ée"
            "]|secou[ée]e) re:(par|les|la|le)~ re:(le|la|les)~ re:(bras|o"
            "reille|oreilles|cheveux|col)",
            "re:(tir[ée]|tir[ée]e|tire|tirait|tirent) l'oreille",
            "re:(tir[ée]|tir[ée]e|tire|tirait|tirent) l ’|‘|´|` oreille",
            "re:(attach[ée]|attach[ée]e|attach[ée]s|sangl[ée]|sangl[ée]e)"
            " re:([àa]|sur|au) re:(la|une|sa)~ re:(chaise|chaise-haute|li"
            "t)",
            "re:(angeschrien|anschreien|angebr(?:ü|ue|u)llt|anbr(?:ü|ue|u"
            ")llen|anschrie|anbr(?:ü|ue|u)llte)",
            "re:(schreit|schrie|br(?:ü|ue|u)llt|br(?:ü|ue|u)llte|schreien"
            "|br(?:ü|ue|u)llen) ? ? ? an",
            "re:(gedem(?:ü|ue|u)tigt|dem(?:ü|ue|u)tigt|dem(?:ü|ue|u)tigte"
            "|blo(?:ß|ss)gestellt|blo(?:ß|ss)stellt|ausgelacht|verspottet"
            "|verspottete|verh(?:ö|oe|o)hnt|dem(?:ü|ue|u)tigung|erniedrig"
            "t|erniedrigte|dem(?:ü|ue|u)tigend)",
            "re:l(?:ä|ae|a)cherlich re:(gemacht|macht|machte)",
            "re:(zwingt|zwang|zwingen|zwangen) ? ? re:(essen|aufessen|aufzuessen|zu)",
            "re:(essen|aufessen|aufzuessen) re:(gezwungen|zwingt|zwang)",
            "re:(am|an|beim) re:(arm|ohr|ohren|haaren|haar|kragen) re:(ge"
            "zerrt|gezogen|gerissen|gepackt|zieht|zerrt|zog|zerrte|geschl"
            "eift)",
            "re:(zieht|zog|zerrt|zerrte|rei(?:ß|ss)t|riss) re:(ihn|sie|es"
            "|das|den|die)~ ? re:(am|an|beim) re:(arm|ohr|ohren|haaren|kr"
            "agen)",
            "re:(an|am) re:(den|dem)~ re:(stuhl|hochstuhl) re:(gebunden|f"
            "estgebunden|angebunden|gefesselt)",
            "re:(ku|kula|ugu) re:(qaylisay|qayliyay|qayliyaa|qayshaa|qayl"
            "isaa|qayliyeen|qaylin|qaylinaysaa|qaylinayaa|qaylisey)",
            "re:(ceebays\\w*|ceebeys\\w*|bahdil\\w*|quudhsad\\w*|yasay|yastay"
            "|yasaa|ceebeeyay|ceebeysay)",
            "jees re:(jeesay|jeesaa|jeestay|jeesaysaa|jeesaa|jees)",
            "re:(xoog|qasab|xoogga|khasab) ? ? re:(quudis\\w*|cunsii\\w*|cu"
            "ntays\\w*|cuno|cunsiisay|afka)",
            "re:(qasbay|qasbaysaa|qasbeen|khasbay|khasbaysaa|qasbaa|qasab"
            "tay) ? ? re:(cuno|cunto|cunaan|quuto|cunnada)",
            "re:(gacanta|gacmaha|dhegta|dhegaha|timaha|cududda) ? ? re:(k"
            "a|kaga)~ re:(jiidday|jiiday|jiidaa|jiiddaa|jiidey|jiidaysaa|"
            "jiidayay)",
            "re:(кричала|кричав|кричить|кричать|кричали|накричала|накрича"
            "в|верещала|орала|волала) на re:(мою|мого|мо[їі]х|дитину|діте"
            "й|сина|доньку|дочку|нього|не[їі]|них|малих|малого|малу|малюк"
            "а)",
            "re:(принизила|принизив|принижує|принижувала|приниження|знуща"
            "лася|знущався|знущається|знущання|насміхалася|насміхався|нас"
            "міхається|висміювала|висміяла|глузувала|глузує)",
            "re:(змушувала|змушував|змушує|змусила|змусив|змушують|примуш"
            "увала|примусила|змушували|змусили) ? re:([їі]сти|до[їі]дати|"
            "з['ʼ][їі]сти|до[їі]сти|ковтати)",
            "re:(силоміць|насильно|силою) re:(годувала|годував|годує|году"
            "вали|нагодувала|запихала)",
            "re:(тягнула|тягнув|тягне|смикала|смикав|смикає|тягали|тягла|"
            "шарпала|шарпав) ? re:(за) re:(руку|вухо|вуха|волосся|руки|ко"
            "мір)",
            "re:прив['ʼ]яз(ала|ав|али|ують|ує|ана|аний) до re:(стільця|стільчика|ліжка)",
            "re:прив ’|‘|´|` re:яз(ала|ав|али|ують|ує|ана|аний) до re:(ст"
            "ільця|стільчика|ліжка)",
            "re:([țţt]ip[ăa]|[țţt]ipat|[țţt]ipa|url[ăa]|urlat|urla|r[ăa]c"
            "ne[șşs]te|r[ăa]cnit|r[ăa]cnea|[țţt]ipau) re:(la) re:(copilul"
            "|copiii|copilului|copiilor|b[ăa]iatul|b[ăa]ie[țţt]elul|feti["
            "țţt]a|fata|fiul|fiica|bebelu[șşs]ul|bebelu[șşs]a|copila|copi"
            "la[șşs]ul|nepotul|nepoata|fratele|sora|b[ăa]ie[țţt]ii|fetele"
            "|copil|copii)",
            "re:([țţt]ip[ăa]|[țţt]ipat|[țţt]ipa|url[ăa]|urlat|urla|r[ăa]c"
            "ne[șşs]te|r[ăa]cnit) la re:(el|ea|ei|ele|copii|fiul|fiica)",
            "re:(umilit|umilit[ăa]|umile[șşs]te|umilea|umili[țţt]i|umilin"
            "[țţt][ăa]|umilit-o|umilit-l|ridiculizat|ridiculizat[ăa]|ridi"
            "culizeaz[ăa]|ridiculiza|batjocorit|batjocorit[ăa]|batjocore["
            "șşs]te)",
            "re:b[ăa]tut joc de",
            "re:b[ăa]taie de joc",
            "re:(for[țţt]at|for[țţt]at[ăa]|obligat|obligat[ăa]|for[țţt]ea"
            "z[ăa]|oblig[ăa]|for[țţt]a|obliga|for[țţt]at-o|obligat-o|for["
            "țţt]at-l|obligat-l) re:(s[ăa])~ re:(m[ăa]n[âa]nce|m[ăa]n[âa]"
            "nc|[îi]nghit[ăa]|termine)",
            "re:(tras|trage|tr[ăa]gea|t[âa]r[âa]t|t[âa]r[ăa][șşs]te|smuci"
            "t|smuce[șşs]te)(-o|-l)? re:(de) re:(m[âa]n[ăa]|bra[țţt]|urec"
            "he|urechi|p[ăa]r|bra[țţt]e|urechea|m[âa]na|bra[țţt]ul|p[ăa]r"
            "ul)",
            "re:(legat|legat[ăa]|lega[țţt]i) re:(de) re:(scaun|scaunul|pat|patul)",
            "re:(urla|urlato|urlava|urlano|urlavano|gridato|grida|gridava"
            "|strilla|strillava|strillato) re:(contro|addosso|ai|agli|all"
            "e|dietro)",
            "re:(urla|urlato|urlava|urlano|gridato|grida|gridava|strilla|"
            "strillato) re:(a|al|alla) re:(mio|mia|suo|sua|il|la|un|una)~"
            " re:(figlio|figlia|figli|figlie|bambino|bambina|bambini|bamb"
            "ine|bimbo|bimba|bimbi|bimbe|piccolo|piccola|piccoli|neonato|"
            "neonata|ragazzino|ragazzina|nipote|nipotino|nipotina|fratell"
            "ino|sorellina|figliastro|figliastra)",
            "re:(gli|le) re:(urla|urlava|urlano|grida|gridava|urlato)",
            "re:(umili(a|ato|ata|ava|ano|azione|azioni|ante))",
            "re:(deris[oa]|derideva|ridicolizza|ridicolizzato|ridicolizza"
            "ta|sbeffeggia|sbeffeggiato|sbeffeggiata)",
            "re:(prende|prendeva|presa|preso|prendono|prendevano) in giro",
            "re:(costringe|costretto|costretta|costringeva|forza|forzato|"
            "forzata|forzava|obbliga|obbligato|obbligata|obbligava|costri"
            "ngono) a re:(mangiare|finire|ingoiare)",
            "re:(tirat[oa]|tira|tirava|trascinat[oa]|trascina|trascinava|"
            "strattonat[oa]|strattona|strattonava) re:(per|gli|le|i)~ re:"
            "(il|la|i|le)~ re:(braccio|orecchio|orecchie|capelli)",
            "re:(tirat[oa]|tira|tirava) l'orecchio",
            "re:(tirat[oa]|tira|tirava) l ’|‘|´|` orecchio",
            "re:(legat[oa]|legati) re:(alla|al|a) re:(sedia|seggiolone|sdraietta)",
            "re:(ን|ነ|ካብ|ኣብ)?(ቆልዓ|ቆልዑ|ቆልዑት|ህጻን|ህጻናት|ወደይ|ጓለይ|ውላደይ|ደቀይ|ወዳ|ጓላ"
            "|ወዱ|ጓሉ|ቆልዓይ|ቆልዑተይ|ቆልዓ)[።፣፤፥፡!?.]* ? ? re:\\S*ጨ[ረ-ሯ][ሀ-ሆሐ-ሗ]\\S"
            "*",
            "re:\\S*ኣዋሪ[ደ-ዷ]\\S*",
            "re:(кричала|кричал|кричит|кричат|кричали|накричала|накричал|"
            "орала|орал|ор[ёе]т|орут|наорала|наорал|наорали) на re:(моего"
            "|мою|моих|реб[ёе]нка|детей|сына|дочь|дочку|него|не[ёе]|них|м"
            "алыша|малышей|ребят)",
            "re:(унизила|унизил|унижает|унижала|унижают|унижали|издевалас"
            "ь|издевался|издевается|издеваются|издевались|насмехалась|нас"
            "мехался|насмехается|высмеивала|высмеяла|высмеивает|обзывала|"
            "обзывал|обзывает|обзывают)",
            "re:(заставляла|заставлял|заставляет|заставила|заставил|заста"
            "вляют|заставляли|принуждала|принуждали) ? re:(есть|доедать|с"
            "ъесть|доесть|глотать|кушать|скушать|доедать)",
            "re:(насильно|силой|силком|насильственно) re:(кормила|кормил|"
            "кормит|кормили|накормила|запихивала|запихивали|впихивала)",
            "re:(тянула|тянул|тянет|д[ёе]ргала|д[ёе]ргал|д[ёе]ргает|таска"
            "ла|таскал|тащила|тащил|тягала|трепала) ? за re:(руку|ухо|уши"
            "|волосы|руки|шиворот|ухи)",
            "سر re:(بچه|بچه‌?م|بچم|پسرم|دخترم|بچه‌?ها|او|اون|بچه‌?ام|[کك]"
            "ود[کك]|بچه‌?ها[یيى]|بچه‌?هام|اونا|آنها) re:(داد|فر[یيى]اد|ج["
            "یيى]غ|نعره) re:(م[یيى]‌?)?(زد|زند|زنه|[کك]ش[یيى]د|[کك]شد|[کك"
            "]شه|زده|زدند|زدن|[کك]ش[یيى]ده)",
            "re:(تحق[یيى]ر|مسخره|مسخرش|مسخره‌?اش|تحق[یيى]رش|مسخره‌?ش|تحق["
            "یيى]رشون|مسخرشون) re:(م[یيى]‌?)?([کك]ند|[کك]نه|[کك]رد|[کك]رد"
            "ه|[کك]نند|[کك]نن|[کك]ردند|[کك]ردن|[کك]ردش|[کك]نتش)",
            "re:(مجبورش|مجبورشان|مجبورشون|مجبور) re:(م[یيى]‌?)?([کك]ند|[ک"
            "ك]نه|[کك]رد|[کك]رده|[کك]نند|[کك]نن|[کك]ردند|[کك]ردن|[کك]ردش|"
            "[کك]نتش) ? ? re:(بخورد|بخوره|بخورن|بخورند|تمام|قورت)",
            "re:(به|با) زور re:(بهش|به‌?او|به‌?خوردش|بخوردش|تو|تو[یيى]) ?"
            " re:(غذا|دهنش|دهانش|غذاشو)",
            "re:(دستش|گوشش|موها[یيى]ش|موهاش|گوشاش|[یيى]قه‌?اش|[یيى]قش|دست"
            "شو|گوششو|موهاشو|گوش‌?ها[یيى]ش) re:(را|رو)~ re:(م[یيى]‌?)?([ک"
            "ك]ش[یيى]د|[کك]شد|[کك]شه|[کك]ش[یيى]ده|[کك]ش[یيى]دند|پ[یيى]چان"
            "د|پ[یيى]چوند|[کك]ش[یيى]دن)",
            "re:(فحش|ناسزا|توه[یيى]ن) re:(داد|م[یيى]‌?ده|م[یيى]ده|م[یيى]‌"
            "?دهد|دادند|[کك]رد|م[یيى]‌?[کك]ند|م[یيى][کك]نه|[کك]ردند)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(ghwt|ghawt|ghwet|ghawet|ghowet|ghowwet|sra("
            "5|kh)|sr(5|kh)|sre(5|kh)|sarakh|sara(5|kh)|srakh|zoumer|zmme"
            "r|zmer|za3a2|zaa3a2|ze3e2|ze3i2|zaa2|zaa2a2|zi3i2|z3a2|z3e2|"
            "t?za3e2|t?za3a2|tzakke2|zakke2|sarrakh|sarrakhet)[a-z0-9]* r"
            "e:(3la|3al|3ala|3a)~ re:(l|el)?(wldi|bnti|tfl|tefli|ibni|ebn"
            "i|benti|binti|wld|bent|drari|wlad|ulad|wladi|3lih|3liha|3lih"
            "om|3aleh|3alai|3alaih|3leh|3leha|3lihum|3laih|3layh|3alayh|3"
            "alayha|3alayhon|3leihon|3lihoum|3alehon|3aleiha|3alaiha|3ale"
            "ih|3alaihon|bebe|sghir|sghira|walad)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*([7h]gr|[7h]ger|[7h]agr|[7h]a22ar|[7h]e22er|"
            "[7h]a2ar|[7h]aqar|hagar|[7h]a[9q]ar|[7h]e[9q]er|[7h]qr|[7h]e"
            "qer|[7h]a22er|[7h]aqqar|[7h]e22ar)(o|ou|ha|hom|ato|atha|to|t"
            "ha|et?o|et?ha|ou|oh|hon|oun|ouh)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(tmskhr|tmsakhr|tmas(5|kh)ar|tmaskhar|tmaskh"
            "r|tmas(5|kh)r|tmes(5|kh)er|tmaskher|tmas?(5|kh)er|ytmaskhar|"
            "tetmaskhar|sta[7h]za2|sta[7h]zi2|ista[7h]za2|ist?hza|dhak|d["
            "7h]ak|d[7h]k|dhk|tfela|tfla|tmeskher|tmaskhar)[a-z0-9]* re:("
            "3lih|3liha|3lihom|3leh|3leha|3laih|3alai|3alaih|3alaiha|3ala"
            "yh|b|bih|biha|bihom|fih|fiha|bo|mno|mnha|menno|menha|minno|m"
            "inha|3liya|3alayhon|3aleh|3aleiha)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(djbr|jbr|ajbar|jabar|jabbar|ejber|ejbar|yka"
            "rah|karh|tkrh|ytkrh|ghsb|ghsab|ghaseb|ghasab|ghasb|ghasabt|g"
            "hsob|ghassab|ghasbat|ghsbat|kreh|kerreh|krah|karrah|ajbaro|j"
            "bero|sayfo|sayf)(o|ou|ha|hom|ato|atha|atou|to|tha|eto|etha|a"
            "t|et|ouh|oh|ni|ouni)? ? re:(ya?kol|ta?kol|yakl|yakel|ykml|yk"
            "ammel|ykemmel|yb3lo|ybla3|yebla3|bla3|yekol|yekel|yekoul|yko"
            "ul|takel|takol|tekol|tekel|tkoul|yakhol|ya2kol|ta2kol|ykemel"
            "|ykml|ykmmel|ykemmlo|ykmmlo|yakoul|yakulha|yaklo|yakolha|yak"
            "lha|yaakol|ye2kol|yi2kol|ti2kol|te2kol)",
            "re:(b|bi|bel|bil)~ re:(l|el)?([9q]ss?a[7h]|[9q]as[7h]|[9q]ow"
            "a|2owwe|2ouwe|qowwa|zz?3t|jabr|ghsb|ghasb|ssif|sif|sseif|[9q"
            "]es[7h]|[9q]oss[7h]|2ouwwe|2owwa|qowa) re:(ka|kay|kat|kan|ka"
            "nt|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m|ki|kt|y|i|t|n)*(wakl"
            "|wkl|3tih|t3m|ta3m|t3em|ta3em|[7h]at|[7h]ot|dkhl|dakhel|dekh"
            "el|tta3em|etta3em|wekl|wakkel|wa22el|ta3mi|ta3mih|tta3mih|[7"
            "h]atet|[7h]attet|[7h]oto|dakhlet|dakhlat)[a-z0-9]*",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(jbd|jbed|jbad|jarr|s[7h]b|s[7h]ab|sa[7h]ab|"
            "sahab|s[7h]eb|jarrat|jarro|jarrha|sa[7h]abto|jarret|jarrou)("
            "o|ou|ha|hom|ato|atha|to|tha|eto|etha|at|et|atou|ouh|oh|a|e|i"
            "|ni)? re:(mn|men|min|bel|b|bi|mel|mel|mon|bil|f|fi)~ re:(l|e"
            "l)?(wden|wdnu|wdno|widno|widnu|wdnih|wednih|wdenha|wdnha|wid"
            "nha|udno|oudno|ouden|2adano|2adna|2idno|dinih|dino|denno|2id"
            "o|2idou|eido|eedo|yddo|ydo|yddih|ydih|dra3o|dra3ha|ch3ro|ch3"
            "rha|sha3ro|sha3ra|sha3rha|ch3r|sha3r|sh3ro|sh3rha|ydiha|yddh"
            "a|ydha|idha|2idha|2ideh|2ida|2baito|[9q]ob|[9q]bitou|sh3r|ch"
            "a3r|cha3ro|cha3rha|chaaro|shaaro|dneih|dineh|dayno|edno|2edn"
            "o|edne)",
        ),
    ),
    # 14 self-harm / suicide
    Rule(
        "sg",
        O,
        1.0,
        (
            "re:(tnie|tn[ąa]|ci[ęe][łl]a|ci[ąa][łl]|poci[ęe][łl]a|poci[ąa"
            "][łl]) re:si[ęe]",
            "re:okalecz(a|a[łl]a|a[łl]|aj[ąa]|y[łl]a|y[łl]) re:si[ęe]",
            "re:samookalecz(enie|enia|eniu|enia|a|aj[ąa]ca)",
            "re:poci[ęe](ła|ł|la|l) sobie re:(r[ęe]ce|r[ęe]k[ęe]|nadgarst"
            "ki|nadgarstek|uda|nogi)",
            "re:(chce|chc[ęe]|chcia[łl]a|chcia[łl]|chcia[łl]aby|chcia[łl]"
            "by) re:umrze[ćc]",
            "nie re:(chce|chc[ęe]|chcia[łl]a|chcia[łl]) ? re:([żz]y[ćc])",
            "re:samob[óo]j(stwo|stwie|stwa|stwem|czy|cze|czych|cza|cz[ąa]|czo)",
            "re:(zabi[ćc]|zabije|zabi[łl]a|zabi[łl]) re:si[ęe]",
            "re:odebra[ćc] sobie re:[żz]ycie",
            "re:sko[ńn]czy[ćc] ze re:sob[ąa]",
            "re:na[łl]yka(ł|ła|li|[łl]a) re:si[ęe]",
            "re:po[łl]kn(ęła|ął|ela|al|[ęe][łl]a|[ąa][łl]) re:(ca[łl]e|ca"
            "[łl][ąa]|wszystkie|gar[śs][ćc]|opakowanie|du[żz]o|kilkana[śs"
            "]cie|kilka)",
            "re:przedawkowa(ł|ła|li|[łl]a|nie|nia)",
            "re:kend(?:i̇?)n(?:i̇?) re:(kes((?:i̇?)yor|t(?:i̇?)|m(?:i̇?)["
            "şs]|(?:i̇?)yordu)|[öo]ld[üu]r(mek|ecek|ecekm(?:i̇?)[şs]|ece["
            "ğg](?:i̇?)n(?:i̇?)|meye)|yaral([ıi]yor|ad[ıi]|am[ıi][şs])|as"
            "(mak|maya)|asacak)",
            "re:kend(?:i̇?)ne re:zarar",
            "re:[öo]lmek re:((?:i̇?)st(?:i̇?)yor|(?:i̇?)sted(?:i̇?)[ğg](?"
            ":i̇?)n(?:i̇?)|(?:i̇?)st(?:i̇?)yorum|(?:i̇?)sted(?:i̇?)|(?:i̇"
            "?)st(?:i̇?)yormu[şs]|(?:i̇?)st(?:i̇?)yordu)",
            "re:(?:i̇?)nt(?:i̇?)har[a-zışçğüöâ̇]*",
            "re:hayat[ıi]na son re:(vermek|verece[ğg](?:i̇?)n(?:i̇?)|vere"
            "cekm(?:i̇?)[şs]|vermey(?:i̇?))",
            "re:(hap|(?:i̇?)la[çc])[a-zışçğüöâ̇]* re:(yuttu|yutmu[şs])",
            "re:(kutu|avu[çc]|fazla|b[üu]t[üu]n|t[üu]m) ? re:(hap|(?:i̇?)"
            "la[çc])[a-zışçğüöâ̇]* re:((?:i̇?)[çc]t(?:i̇?)|(?:i̇?)[çc]m(?"
            ":i̇?)[şs]|ald[ıi]|alm[ıi][şs]|yuttu)",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى]|بت|ب[يى])?(جرح|[يى]جرح|تجرح|[اأإآ]"
            "ذ[ىي]|[اأإآ]ذ[ىي]|[يى]ؤذ[يى]|تؤذ[يى]|ت[اأإآ]ذ[يى]|ت[اأإآ]ذ[ي"
            "ى]|ضر|تضر|[يى]ضر|قطع|تقطع|[يى]قطع|شرط|تشرط|[اأإآ]ذت|[اأإآ]ذت"
            "|جرحت)\\S* re:(نفس|روح)(ه[اأإآ]|ه|هم|و)",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى])?شرط(ت|[اأإآ]ت)? re:(ر[اأإآ]س|روح|"
            "[يى]د|[يى]د[يى]|[يى]د[يى]ه[اأإآ]|[يى]ده[اأإآ]|ذر[اأإآ]ع|در[ا"
            "أإآ]ع|در[اأإآ]عه[اأإآ]|در[اأإآ]عو)(ه[اأإآ]|ه|و)?",
            "re:([يى]ر[يى]د|تر[يى]د|[اأإآ]ر[يى]د|[اأإآ]ر[يى]د|بدو|بده|بده"
            "[اأإآ]|بد[يى]|بغ[اأإآ]|بغ[اأإآ]ت|بغ[يى]ت|ب[اأإآ]غ[يى]|ب[اأإآ"
            "]غ[يى][ةه]|[يى]تمن[ىي]|تتمن[ىي]|ك[يى]تمن[ىي]|كتتمن[ىي]|ع[اأإ"
            "آ][يى]ز|ع[اأإآ][يى]ز[ةه]|ك[يى]بغ[يى]|كتبغ[يى]) re:([اأإآ]ن|["
            "اأإآ]ن)~ re:([يى]|ت|[اأإآ]|ن|[اأإآ])موت",
            "re:([يى]ر[يى]د|تر[يى]د|[يى]تمن[ىي]|تتمن[ىي]|بدو|بده[اأإآ]|[ي"
            "ى]فكر|تفكر|ك[يى]فكر|كتفكر) re:(ف[يى]|ف|ب|ب[اأإآ]ل)?([اأإآ]ل)"
            "?موت",
            "re:(و|ف|ب[اأإآ]ل|لل|[اأإآ]ل|ف)?([اأإآ]نتح[اأإآ]ر|[اأإآ]نتح[ا"
            "أإآ]ر|[اأإآ]ل[اأإآ]نتح[اأإآ]ر|[اأإآ]ل[اأإآ]نتح[اأإآ]ر)",
            "re:(و|ف|س|غ)?([يى]|ت|ن|ك[يى]|كت|ب|بت|ب[يى]|[اأإآ]|[اأإآ])?نت"
            "حر(ت|و|و[اأإآ]|[يى]|[اأإآ]ت)?",
            "re:([يى]|ت)?(نه[يى]|[يى]نه[يى]|تنه[يى]|[اأإآ]نه[اأإآ]ء|[اأإآ"
            "]نه[اأإآ]ء|نه[اأإآ][يى][ةه]|تنه[يى]) re:ح[يى][اأإآ]ت(ه[اأإآ]"
            "|ه|هم|و)",
            "re:(بلع|بلعت|[اأإآ]بتلع|[اأإآ]بتلعت|بلع[اأإآ]ت|شربت|شرب|شرب["
            "اأإآ]ت|كل[اأإآ]ت|[اأإآ]كلت|[اأإآ]خذت|[اأإآ]خذت)\\S* ? ? re:(["
            "اأإآ]ل)?(حبوب|دو[اأإآ]ء|دو[اأإآ]|[اأإآ]قر[اأإآ]ص|[اأإآ]قر[اأ"
            "إآ]ص|ف[اأإآ]ن[يى]د[اأإآ]ت|ك[يى]ن[اأإآ]ت|دو[اأإآ][يى][اأإآ]ت)"
            " re:(كث[يى]ر[ةه]|كث[يى]ر|بز[اأإآ]ف|كت[يى]ر|كله[اأإآ]|ك[اأإآ]"
            "مل[يى]ن|ك[اأإآ]مل[ةه]|[اأإآ]لكل|د[يى][اأإآ]ل)",
            "re:(علب[ةه]|بز[اأإآ]ف|كث[يى]ر|كث[يى]ر[ةه]|كت[يى]ر|جرع[ةه]) ?"
            " re:([اأإآ]ل)?(حبوب|دو[اأإآ]ء|دو[اأإآ]|[اأإآ]قر[اأإآ]ص|[اأإآ"
            "]قر[اأإآ]ص|ف[اأإآ]ن[يى]د[اأإآ]ت|ك[يى]ن[اأإآ]ت|ز[اأإآ]ئد[ةه])",
            "se re:(corta|cortou|cortava|cortando|mutila|mutilou|mutilava"
            "|fere|feriu|machuca|machucou) re:(de|com|nos|nas|os|as|todos"
            "|sempre|\\.|,|prop[óo]sito)",
            "re:(corta-se|cortou-se|cortava-se|mutila-se|mutilou-se|fere-se|feriu-se)",
            "re:auto-?(mutila[çc][ãa]o|mutila[çc][õo]es|mutila|les[ãa]o|l"
            "es[õo]es|mutilar|agress[ãa]o)",
            "re:(quer|queria|quero|querer) morrer",
            "re:n[ãa]o re:(quer|quero|queria) re:(mais)~ viver",
            "re:(suic[íi]dio|suic[íi]dios|suicidar|suicidar-se|suicidou|s"
            "uicidou-se|suicida|suicidas|suicid[áa]ria)",
            "re:(se) re:(matar|mata|matou)",
            "re:(matar-se|matou-se|mata-se)",
            "re:(tirar|tirou|tira) a re:pr[óo]pria vida",
            "re:(tomou|engoliu|ingeriu|tomava) re:(muitos|v[áa]rios|todos"
            "|todas|v[áa]rias|muitas|caixa|frasco|cartela) ? ? re:(compri"
            "midos|rem[ée]dios|p[íi]lulas|medicamentos)",
            "re:overdose",
            "se re:(corta|cort[óo]|cortaba|cortan) ? ? re:(brazos|mu[ñn]e"
            "cas|mu[ñn]eca|piernas|muslos|cuchilla|cuchillas|navaja|c[úu]"
            "ter|tijeras|vidrio|cristal|piel|brazo|cortes)",
            "re:(se)~ re:(autolesiona|autolesion[óo]|autolesionaba|autole"
            "siones|autolesi[óo]n|autolesionarse|autolesion[áa]ndose)",
            "re:da[ñn]o a re:s[íi] re:(misma|mismo)",
            "re:(quiere|quer[íi]a|quiero|quisiera) re:(morir|morirse|mori"
            "rme|suicidarse|matarse)",
            "no re:(quiere|quiero|quer[íi]a) re:(seguir)~ vivir",
            "re:(suicidio|suicidios|suicidarse|suicidarme|suicida|suicid["
            "óo]|suicidas|suicidado)",
            "re:(quitarse|quitarme|quit[óo]|quitar) la vida",
            "re:(se)~ re:(tom[óo]|trag[óo]|ingiri[óo]|toma|tomaba) ? re:("
            "muchas|todas|todo|varias|caja|frasco|bote|bl[íi]ster|pu[ñn]a"
            "do) ? re:(pastillas|medicamentos|pastis|p[íi]ldoras|medicina"
            "s)",
            "re:sobredosis",
            "re:(se|s') re:(scarifie|scarifiait|mutile|mutilait|scarifier"
            "|mutiler|scarifient)",
            "re:(scarification|scarifications|automutilation|automutilations)",
            "se re:(coupe|coupait|coup[ée]|coup[ée]e) re:(les|aux|avec|au"
            "|[àa]) ? re:(bras|poignets|cuisses|jambes|lame|cutter|rasoir"
            "|lames)",
            "re:(se|s') re:(fait|faisait|faire|fais) du mal",
            "re:(veut|voulait|veux|voudrait) re:(mourir|mourrir)",
            "re:(veut|voulait|veux|voudrait) en finir",
            "ne re:(veut|voulait|veux) plus vivre",
            "re:suicid(e|es|er|aire|aires|[ée]|[ée]e|ait)",
            "fin re:[àa] re:(ses|mes|sa|ma) re:(jours|vie)",
            "re:(aval[ée]|pris|ing[ée]r[ée]|avale|prend) re:(tous|toutes|"
            "plein|beaucoup|une|la) ? ? re:(m[ée]dicaments|cachets|compri"
            "m[ée]s|pilules|bo[îi]te|plaquette)",
            "re:aval[ée] des re:(m[ée]dicaments|cachets|comprim[ée]s|pilules)",
            "re:(overdose|surdose)",
            "tentative de re:suicide",
            "re:(ritzt|ritzte|ritzen|ritzten) sich",
            "re:(selbstverletzung|selbstverletzungen|selbstverletzend|sel"
            "bstverletzendes|selbstverletzt)",
            "re:(verletzt|verletzte) sich re:(selbst|absichtlich)",
            "re:(will|wollte|m(?:ö|oe|o)chte|m(?:ö|oe|o)chte) re:(sterben|tot)",
            "re:(will|m(?:ö|oe|o)chte|wollte) nicht mehr leben",
            "re:(suizid\\w*|selbstmord\\w*|suizidal\\w*)",
            "sich re:(umbringen|umzubringen|t(?:ö|oe|o)ten|erh(?:ä|ae|a)n"
            "gen|aufh(?:ä|ae|a)ngen)",
            "sich das leben re:(nehmen|genommen)",
            "re:(viele|alle|packung|schachtel|ganze|haufen) ? re:(tablett"
            "en|pillen|medikamente|schlaftabletten)",
            "re:(?:ü|ue|u)berdosis",
            "re:(is|isku) re:(gooyaa|gooysaa|gooyay|gooysay|goynaya|goyna"
            "ysaa|jarjaraa|jarjartaa|jarjaray|mindiyeeyaa)",
            "re:is-(gooyaa|gooysaa|gooyay|gooysay|dil|dilay|dilo|dilid|di"
            "laa|disho|dishay|dilka)",
            "re:(naftiisa|nafteeda|naftooda|jirkiisa|jirkeeda) ? re:(dhib"
            "aa|dhibtaa|dhaawacaa|dhaawacdaa|dhaawacday|dhaawacay|waxyeel"
            "eeyaa|waxyeelaysaa)",
            "re:(rabaa|rabtaa|doonayaa|doonaysaa|rabay|rabtay|jeclaan|jec"
            "el|rabo) re:(inuu|inay|inaan|in) re:(dhinto|dhimato|dhimanay"
            "o|dhimanayso|dhimanaysa|isdilo)",
            "re:(isdil|isdilid|isdilis|isdilka|ismiidaamin|isdilay|isdish"
            "ay|isdilo|isdisho|isdilidda)",
            "is re:(dilo|disho|dilay|dishay|dilid|dili|dilaa|dishaa)",
            "re:(noloshiisa|nolosheeda|noloshooda) ? ? re:(afjaro|afjarto"
            "|afjaray|afjartay|dhammeeyo|dhammeyso|joojiso)",
            "re:(kiniinno|kiniin|kiniiniyo|daawo|dawo|dawooyin|daawooyin)"
            " re:(badan|dhan|kulli|dhammaan) ? re:(liqday|liqay|liqaa|cun"
            "tay|cunay|qaadatay|qaatay|liqatay)",
            "re:(liqday|liqay|liqatay) ? re:(kiniinno|daawooyin|dawooyin|kiniiniyo)",
            "re:(ріже|різала|порізала|порізав|ріжеться|різався|різалася|п"
            "орізалася|порізався) re:(себе|собі|руки)",
            "re:(самоушкодження|самоушкодженням|самопошкодження|селфхарм)",
            "re:(завдає|завдавала|завдала|завдав) собі re:(шкоди|болю)",
            "re:(хоче|хотіла|хотів|хочу|хочеться) re:(померти|вмерти|вмирати|помирати)",
            "не re:(хоче|хочу|хотіла|хотів) ? re:(жити)",
            "re:(су[їі]цид|су[їі]циду|су[їі]цидальні|самогубство|самогубс"
            "тва|самогубством|су[їі]цидальних|су[їі]цидом)",
            "re:(покінчити|покінчила|покінчив) з re:(собою|життям)",
            "re:(наковталася|наковтався|наковталась)",
            "re:(випила|випив|проковтнула|проковтнув|прийняла|прийняв) re"
            ":(всі|усі|багато|пачку|купу|жменю|упаковку) ? re:(таблеток|т"
            "аблетки|пігулок|пігулки|ліків)",
            "re:передозування",
            "re:(se|s-a) re:(taie|t[ăa]ia|t[ăa]iat) ? re:(pe|la) re:(bra["
            "țţt]e|m[âa]ini|[îi]ncheieturi|picioare|coapse)",
            "se re:(cresteaz[ăa]|cresta|automutileaz[ăa]|automutila|zg[âa]rie)",
            "re:(automutilare|automutilarea|autov[ăa]t[ăa]mare|automutile"
            "az[ăa]|automutil[ăa]ri)",
            "re:(vrea|voia|vreau|vrut) re:s[ăa] re:(moar[ăa]|mor|murim)",
            "nu mai re:(vrea|vreau|voia) re:s[ăa] re:(tr[ăa]iasc[ăa]|tr[ăa]iesc)",
            "re:(sinucidere|sinuciderea|sinucid[ăa]|sinucide|sinucis|sinu"
            "cis[ăa]|sinuciga[șşs]|sinuciga[șşs]e|suicid|suicidul|sinucid"
            "eri)",
            "re:([îi][șşs]i|isi|[îi]mi|imi|s[ăa]-[șşs]i|sa-si) re:(ia|lua) re:via[țţt]a",
            "re:(luat|[îi]nghi[țţt]it|inghitit) re:(toate|multe|cutie|fol"
            "ie|cutia) ? ? re:(pastile|pastilele|medicamente|medicamentel"
            "e|tablete)",
            "re:supradoz[ăa]",
            "si re:(taglia|tagliava|tagliano) ? ? re:(braccia|polsi|polso"
            "|gambe|cosce|lametta|lamette|rasoio|taglierino|coltello|forb"
            "ici)",
            "si re:[èe] re:(tagliat[oa]) ? re:(braccia|polsi|gambe|cosce)",
            "re:(autolesionismo|autolesionista|autolesioni|autolesionarsi)",
            "re:(si) re:(fa|faceva|fanno) del male",
            "re:(vuole|voleva|voglio|vorrebbe) morire",
            "non re:(vuole|voglio|voleva) re:pi[ùu] vivere",
            "re:(suicidio|suicidarsi|suicidarmi|suicida|suicidato|suicidata|suicidi)",
            "re:(togliersi|togliermi|tolta|tolto) la vita",
            "re:(ammazzarsi|uccidersi)",
            "re:(voglio|vorrei|voleva|vuole) re:(ammazzarmi|uccidermi)",
            "re:(preso|ingerito|inghiottito|ingoiato|prende) re:(tante|tu"
            "tte|molte|tutto|troppe|una) ? ? re:(pastiglie|pillole|compre"
            "sse|medicine|farmaci|scatola)",
            "re:(ክሞት|ክትመውት|ክመውት|ክንመውት)\\S* re:\\S*ደሊ\\S*",
            "re:ርእሰ-?ቅትለት\\S*",
            "ርእሰ re:ቅትለት\\S*",
            "re:(ነብሳ|ነብሱ|ርእሳ|ርእሱ)\\S* ? re:\\S*[ቀ-ቇቐ-቗][ተ-ቷ][ለ-ሏ]\\S*",
            "re:(ነብሳ|ነብሱ|ርእሳ|ርእሱ)\\S* ? re:\\S*ጎድ\\S*",
            "re:(режет|резала|режется|резался|резалась|режут|резал) re:(с"
            "ебя|себе|руки|вены)",
            "re:(порезала|порезал|вскрыла|вскрыл|вскрывает|вскрыть|пореза"
            "ть) re:(себе)~ re:(вены|руки|запястья)",
            "re:(самоповреждение|самоповреждения|селфхарм|самоповреждений"
            "|селфхарма|самоповреждением)",
            "re:(причиняет|причиняла|причинила|причинил|наносит|наносила)"
            " себе re:(вред|боль|травмы|порезы)",
            "re:(хочет|хотела|хотел|хочу|хочется) re:(умереть|умирать|покончить|убить)",
            "не re:(хочет|хочу|хотела|хотел) ? re:(жить)",
            "re:(суицид|суицида|суицидальные|самоубийство|самоубийства|са"
            "моубийством|суицидальных|суицидом|суицидальный|суицидальная)",
            "re:(покончить|покончила|покончил) с re:(собой|жизнью)",
            "re:(наглоталась|наглотался|наглотаться)",
            "re:(выпила|выпил|проглотила|проглотил|приняла|принял) re:(вс"
            "е|много|пачку|кучу|горсть|упаковку|целую) ? re:(таблеток|таб"
            "летки|лекарств|снотворного)",
            "re:передозировк(а|у|и|ой)",
            "re:(خود[کك]ش[یيى]|خود[کك]ش[یيى]ش|خود[کك]ش[یيى]‌?اش|انتحار|خو"
            "دزن[یيى]|خودزن[یيى]ش)",
            "re:(به) re:(خودش|خودم|خود) re:(آس[یيى]ب|صدمه) re:(م[یيى]‌?)?"
            "(زند|زنه|زد|زده|رساند|رسونده|رسونه|رساند)",
            "re:(رگش|رگ|رگها[یيى]ش|رگاشو|رگ‌?دستش|رگ‌?ها[یيى]ش|رگشو|مچش|م"
            "چ‌?دستش) re:(را|رو)~ re:(م[یيى]‌?)?(زد|زده|زند|بزند|بزنه|بر["
            "یيى]د|بر[یيى]ده|بره|برد)",
            "با re:ت[یيى]غ ? re:(خودش|دستش|دستاش|دستاشو|دستشو|خودشو|دستها"
            "[یيى]ش|دست‌?ها[یيى]ش|بدنش|پاهاش) re:(را|رو)~ re:(م[یيى]‌?)?("
            "برد|بره|بر[یيى]د|بر[یيى]ده|زخم[یيى]|خراش|م[یيى]‌?خراشه)",
            "re:(م[یيى]‌?)?(خواهد|خواد|خواست|خوام|خواهم) re:(بم[یيى]رد|بم"
            "[یيى]ره|بم[یيى]رم|بم[یيى]رن|خود[کك]ش[یيى])",
            "re:(نم[یيى]‌?)(خواهد|خواد|خواهم|خوام) ? re:(زنده|زندگ[یيى]) "
            "? re:(بماند|بمونه|[کك]ند|[کك]نه|[کك]نم|بمونم)",
            "re:(همه|بسته|ز[یيى]اد[یيى]|مشت|[کك]ل[یيى]|[کك]ل|[یيى][کك]‌?ب"
            "سته|[یيى]ه‌?بسته|تعداد[یيى]) ? re:(قرص|قرصها|قرص‌?ها|قرصها[ی"
            "يى]|دارو|داروها|قرصاشو|قرصا) ? re:(خورد|خورده|بلع[یيى]د|قورت"
            "|بالا)",
            "re:(اوردوز|اُوردوز)",
            "re:(l|el)?(inti[7h]ar|ente[7h]ar|inte[7h]ar|inti[7h]aar|inti"
            "har|entihar|inte[7h]ar|ynte[7h]er|ynta[7h]ar|ynta[7h]er|tnta"
            "[7h]ar|tnte[7h]er|tnta[7h]er|ynti[7h]ir|tinti[7h]ir|bint?e[7"
            "h]er|btinte[7h]er|bynta[7h]ar|btnta[7h]ar|bynte[7h]er|btnte["
            "7h]er|ynte[7h]r|tnte[7h]r|ntihar|nti[7h]ar|inti[7h]ari|inti["
            "7h]ariya|inti[7h]ariyye)",
            "re:(bghit|bghat|bgha|bghaw|bdi|bda|bdha|bado|bidha|biddo|bid"
            "i|bdo|badi|badda|baddo|baddha|bidda|baghi|baghya|bgit|bgat|b"
            "ddha|biddha|bghiti|baghia|baghiya) re:(n|t|y|e|2)?(mout|mot|"
            "mut|moot|moute|mouti|mouto|temout|tmout|ymout|nmout|emout|2m"
            "out|2mut|tmot|ymot|nmot|nmout|tmout|2moot|tmoot|ymoot|tmouti"
            ")",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*([9q]tt?3|[9q]at?t?e3|2at?t?e3|2at?ta3|chrt|"
            "chret|chrat|cherret|shrat|shrr?at|chrr?et|jr[7h]|jre[7h]|jra"
            "[7h]|jarr?a[7h]|jra[7h]et|jr[7h]at|jar[7h]et|jre[7h]et)[a-z0"
            "-9]* re:(ydiha|yddiha|ydih|yddih|2ideiha|2ideih|ideiha|ideih"
            "|idiha|idih|3rou[9q]ha|3ro[9q]ha|3rou2ha|3rou[9q]o|3rou2o|3r"
            "o[9q]o|3ro2o|ma3sam|m3smha|m3asmha|m3asmo|ma3asem|m3asemha|m"
            "3asmeha|me3sama|m3sama|m3smo|2ideha|2idha|ideha|ydha|ydo|2id"
            "o|zendha|zendo|zende)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(chrt|chret|chrat|cherret|shrat|shrr?at|chrr"
            "?et)[a-z0-9]* re:(rasha|raso|rasou|rassha|rasso|[7h]alha|[7h"
            "]ala|[7h]alo|[7h]alou|nafsha|nafso|nafsou|rasi|[7h]ali|nafsi"
            "|rashom|[7h]alon)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(2azi|2azzi|2aze|2azzy|2dhi|2adhi|t2zi|2zi|t"
            "a2zi|2ezi|2e2zi|2a2zi|2a2zy|2a2dhi|2ooze|2azee|2assi|2ze|2az"
            "z)[a-z]* re:([7h]alha|[7h]ala|[7h]alo|[7h]alou|nafsha|nafso|"
            "nafsou|rasha|raso|rasou|[7h]alon|[7h]alhom|rasi|[7h]ali|nafs"
            "i)",
            "re:(bl3at|bla3at|bel3et|bala3et|bl3|bla3|bal3at|shrbat|chrba"
            "t|chrbet|shrbet|sherbet|akhdat|(5|kh)dat|khdat|akhadet|a(5|k"
            "h)adet|bla3et|blaa3et|bla3ou|bl3o|khdit|(5|kh)dit|bl3t) re:("
            "ga3|kamel|kaml|kamla|bzaf|barsha|ktir|kteer|kul|kol|kel|3olb"
            "a|3elbe|3elbet|3lba|paquet|boite|plaket|plakat|shi|chi|kamli"
            "n|kolhom|kollon) ? re:(l|el)?(dwa|dwaya|dwe|dawa|[7h]bob|[7h"
            "]boub|[7h]bbat|[7h]ebbat|[7h]bou?b|comprimes|comprimés|cache"
            "ts|kinat|pilul|pilules|[7h]ouboub|hboub|[7h]obob|[7h]ebob|[7"
            "h]boob|[7h]bubat|[7h]abbat|[7h]abbet)",
            "re:(bl3at|bla3at|bel3et|bala3et|bl3|bla3|bal3at|shrbat|chrba"
            "t|chrbet|shrbet|sherbet|akhdat|(5|kh)dat|khdat|akhadet|a(5|k"
            "h)adet|bla3et|blaa3et|bla3ou|bl3o|khdit|(5|kh)dit|bl3t) re:("
            "l|el)?(dwa|dwaya|dwe|dawa|[7h]bob|[7h]boub|[7h]bbat|[7h]ebba"
            "t|[7h]bou?b|comprimes|comprimés|cachets|kinat|pilul|pilules|"
            "[7h]ouboub|hboub|[7h]obob|[7h]ebob|[7h]boob|[7h]bubat|[7h]ab"
            "bat|[7h]abbet) re:(ga3|kamlin|kamlen|kolhom|kollon|kellon|ko"
            "lo|kollo|bzaf|barsha|ktir|kteer|kamla|kamel|kaml|kolha|kellh"
            "a)",
            "re:(overdoz|ovrdoz|overdoze)",
            "re:(jor3a|jour3a|jur3a|jor3at) re:(zayda|za2ida|zayde|za2de|"
            "za2ide|zayed|kbira|kbire|zeyde)",
        ),
    ),
    # 15 exploitation of a teen
    Rule(
        "sg",
        O,
        1.0,
        (
            "re:(paczki|paczk[ęe]|paczuszki|przesy[łl]ki|torby|torebki) r"
            "e:(dla|od) re:(starszych|starszego|doros[łl]ych|doros[łl]ego"
            "|obcych|obcego|jakich[śs]|jakiego[śs]) ? ?",
            "re:(roznosi|przewozi|dostarcza|nosi|wozi|przenosi|rozwozi|pr"
            "zekazuje) ? re:(paczki|przesy[łl]ki|torby|torebki|narkotyki|"
            "dragi) re:(dla|od) ?",
            "re:sprzeda(je|j[ąa]|wa[łl]|wa[łl]a|wali|[łl]|[łl]a) re:(nark"
            "otyki|dragi|trawk[ęe]|marihuan[ęe]|zio[łl]o|tabletki|amfetam"
            "in[ęe])",
            "re:(diluje|dilowa[łl]|dealuje|handluje|handlowa[łl]) re:(nar"
            "kotykami|dragami|trawk[ąa])?",
            "re:(drogie|drogi|drogich|markowe|nowe|nowy) ? re:(prezenty|p"
            "rezent|prezent[óo]w|ubrania|buty|telefon|iphone|kurtk[ęe]|pi"
            "eni[ąa]dze|perfumy) ? re:od re:(starszego|starszych|doros[łl"
            "]ego|obcego|jakiego[śs]|pewnego) ?",
            "re:pieni[ąa]dze od re:(starszego|starszych|doros[łl]ego|obce"
            "go|jakiego[śs]) re:(m[ęe][żz]czyzny|m[ęe][żz]czyzn|faceta|pa"
            "na|ch[łl]opaka)",
            "re:(adamlar|adam|ab(?:i̇?)ler|ab(?:i̇?)|b[üu]y[üu]kler|yaban"
            "c[ıi]lar|b(?:i̇?)r(?:i̇?)ler(?:i̇?)|[çc]ete|[çc]eteler|adaml"
            "ara|ab(?:i̇?)lere) re:(?:i̇?)[çc](?:i̇?)n ? re:(paket|po[şs]"
            "et|[çc]anta|uyu[şs]turucu|esrar|kutu)[a-zışçğüöâ̇]*",
            "re:(uyu[şs]turucu|esrar|ero(?:i̇?)n|koka(?:i̇?)n|hap|ot) re:"
            "(sat[ıi]yor|satm[ıi][şs]|satt[ıi]|sat[ıi]yorlar|ta[şs][ıi]yo"
            "r|da[ğg][ıi]t[ıi]yor|ta[şs][ıi]m[ıi][şs]|g[öo]t[üu]r[üu]yor)",
            "re:(ya[şs]l[ıi]|b[üu]y[üu]k|ya[şs][çc]a|yabanc[ıi]|tan[ıi]ma"
            "d[ıi][ğg][ıi]) ? re:(adamdan|b(?:i̇?)r(?:i̇?)nden|erkekten|a"
            "damlardan|ab(?:i̇?)den) ? ? re:(hed(?:i̇?)ye|para|pahal[ıi]|"
            "telefon|ayakkab[ıi])[a-zışçğüöâ̇]*",
            "re:(و|ف)?([يى]|ت|ك[يى]|كت|ب[يى]|بت)?(ب[يى]ع|[يى]ب[يى]ع|تب[يى"
            "]ع|ب[اأإآ]ع|وزع|[يى]وزع|روج|[يى]روج|ت[اأإآ]جر|[يى]ت[اأإآ]جر|"
            "نقل|[يى]نقل|[يى]وصل|وصل|هز|[يى]هز|ك[يى]هز|حمل|[يى]حمل|ك[يى]ب"
            "[يى]ع|ب[يى]ب[يى]ع|ك[يى]فرق|[يى]فرق)\\S* re:([اأإآ]ل)?(مخدر[اأ"
            "إآ]ت|حش[يى]ش|ك[يى]ف|قرقوب[يى]|بودر[ةه]|كوك[اأإآ][يى][يى]ن|زط"
            "ل[ةه]|حش[يى]ش[ةه]|[اأإآ]لحش[يى]ش|[اأإآ]لمخدر[اأإآ]ت)",
            "re:(و|ف)?([يى]|ت)?ت[اأإآ]جر(ون|و)? re:(ب|ف[يى]|ف|ب[اأإآ]ل|ف["
            "اأإآ]ل)([اأإآ]ل)?(مخدر[اأإآ]ت|حش[يى]ش)",
            "re:([اأإآ]ل)?(طرود|طرد|ب[اأإآ]ك[يى][اأإآ]ت|ب[اأإآ]ك[يى][ةه]|"
            "[اأإآ]ك[يى][اأإآ]س|شنط|صن[اأإآ]د[يى]ق|كول[يى][ةه]|كول[يى][اأ"
            "إآ]ت|بل[اأإآ]ست[يى]ك[اأإآ]ت|[اأإآ]م[اأإآ]ن[اأإآ]ت) ? ? ? re:"
            "(كب[اأإآ]ر|كب[يى]ر|[اأإآ]كبر|غرب[اأإآ]ء|غر[يى]ب|ب[اأإآ]لغ[يى"
            "]ن|منه)",
            "re:(و|ف)?([اأإآ]ل)?(هد[اأإآ][يى][اأإآ]|هد[يى][ةه]|فلوس|نقود|"
            "م[اأإآ]ل|[اأإآ][يى]فون|تلفون|ه[اأإآ]تف|حو[اأإآ][يى]ج)\\S* ? ?"
            " re:(من|عند) re:(رجل|ر[اأإآ]جل|و[اأإآ]حد|شخص|رج[اأإآ]ل|ش[يى]"
            "خ|رج[اأإآ]ل[ةه]|ن[اأإآ]س)\\S* re:(كب[يى]ر|[اأإآ]كبر|غر[يى]ب|ب"
            "[اأإآ]لغ|كب[اأإآ]ر|عجوز|كبر)",
            "re:(pacotes?|encomendas?|embrulhos?|saquinhos?|mochilas?) ? "
            "? re:(homens|homem|caras|rapazes|gajos|tipos|senhores|senhor"
            "|adultos|estranhos|desconhecidos|traficantes)",
            "re:(vende|vendia|vendeu|vender|vendendo|entrega|entregava|tr"
            "afica|traficava|passa|passava|leva|levava) re:(droga|drogas|"
            "maconha|erva|coca[íi]na|haxixe|crack|pedras|p[óo])",
            "re:avi([ãa]o|ao)zinho do re:tr([áa]|a)fico",
            "re:(presentes?|prendas?|dinheiro|telem[óo]vel|celular|iphone"
            "|t[ée]nis|t[êe]nis|roupas?) ? ? re:(de|dum|duns|dos|do) re:("
            "um|uns)~ re:(homem|homens|cara|caras|senhor|gajo|tipo|adulto"
            "|rapaz) re:(mais)~ re:(velho|velhos|adulto|adultos|velhote)",
            "re:(paquetes?|bolsas?|mochilas?|sobres?|encargos?) ? ? re:(h"
            "ombres|hombre|tipos|tipo|se[ñn]ores|se[ñn]or|chavos|t[íi]os|"
            "adultos|desconocidos|extra[ñn]os|narcos|traficantes)",
            "re:(vende|vend[íi]a|vendi[óo]|venden|vender|vendiendo|trafic"
            "a|traficaba|mueve|mov[íi]a|pasa|pasaba|reparte|repart[íi]a|l"
            "leva|llevaba) re:(droga|drogas|marihuana|hierba|mar[íi]a|coc"
            "a|coca[íi]na|hach[íi]s|porros|mota|perico|crack)",
            "re:(hace|hac[íi]a|trabaja|trabajaba) re:(de|como) re:(camell"
            "o|mula|halc[óo]n|burrero)",
            "re:(regalos?|dinero|m[óo]vil|celular|iphone|ropa|zapatillas|"
            "tenis) ? ? re:(de|del) re:(un|unos)~ re:(hombre|hombres|se[ñ"
            "n]or|se[ñn]ores|tipo|tipos|adulto|chavo|t[íi]o|viejo) re:(ma"
            "yor|mayores|adulto|adultos|viejo|viejos|m[áa]s)",
            "re:(paquets?|colis|sachets?|enveloppes?|valises?) ? ? re:(ho"
            "mmes|homme|types|mecs|adultes|inconnus|dealers|grands)",
            "re:(vend|vendait|vendent|deale|dealait|livre|livrait|transpo"
            "rte|transportait|revend|revendait) re:(de|du|des)~ re:(la)~ "
            "re:(drogue|drogues|shit|cannabis|beuh|coke|coca[ïi]ne|herbe|"
            "barrettes|weed)",
            "re:(deale|dealait|dealent|charbonne|charbonnait|guetteur|guetteurs|chouf)",
            "re:(cadeaux?|argent|t[ée]l[ée]phone|iphone|baskets|v[êe]teme"
            "nts|fringues) ? ? ? re:(d'un|de|des|par|un) re:(homme|hommes"
            "|type|mec|monsieur|adulte|majeur) re:(plus)~ re:([âa]g[ée]|["
            "âa]g[ée]s|vieux|adulte|majeur|grand)",
            "re:(p(?:ä|ae|a)ckchen|pakete|paket|t(?:ü|ue|u)ten|t(?:ü|ue|u"
            ")tchen|umschl(?:ä|ae|a)ge|pakete) ? ? re:(m(?:ä|ae|a)nner|m("
            "?:ä|ae|a)nnern|typen|jungs|erwachsene|erwachsenen|fremde|fre"
            "mden|dealer|dealern)",
            "re:(verkauft|verkaufte|vertickt|vertickte|dealt|dealte|verte"
            "ilt|verteilte|transportiert|schmuggelt) re:(drogen|gras|koka"
            "in|koks|hasch|haschisch|marihuana|pillen|weed)",
            "re:(dealte|vertickt|vertickte)",
            "re:(er|sie) dealt",
            "re:(geschenke|geld|handy|iphone|kleidung|turnschuhe|sneaker)"
            " ? ? von re:(einem|(?:ä|ae|a)lteren|erwachsenen|fremden)~ re"
            ":((?:ä|ae|a)lteren|erwachsenen|fremden)~ re:(mann|m(?:ä|ae|a"
            ")nnern|typen|herrn|typ)",
            "re:(baakado|baakadaha|baakad|xirmooyin|xirmo|boorsooyin|boor"
            "so|bacaha|baqshad|baqshado) ? ? ? re:(rag|ragga|nin|ninka|ni"
            "man|dad|dadka) ? re:(waaweyn|weyn|da'|da|qaangaar|qaangaarka"
            "|shisheeye)",
            "re:(daroogo|daroogada|mukhaadaraad|maandooriye|maandooriyaha"
            "|xashiish|hashiish|kookeyn|marijuana) ? ? re:(iibiyaa|iibisa"
            "a|iibiyay|iibiyey|iibiya|gaarsiiyaa|qaadaa|sidaa|siday|gudbi"
            "yaa|iibin)",
            "re:(ka) re:(hesho|helaa|heshaa|qaadataa|qaataa|heshay|helay)"
            " re:(nin|rag|oday|niman) re:(ka)~ re:(weyn|waaweyn|da'|da|qa"
            "angaar|waayeel)",
            "re:(hadiyado|hadiyad|hadyado|lacag|lacago|taleefan|telefoon|"
            "iphone|dhar|kabo) ? ? ? re:(nin|rag|ninka|niman|oday) re:(ka"
            ")~ re:(weyn|waaweyn|da'|da|qaangaar|waayeel|oday)",
            "re:(пакунки|пакети|посилки|згортки|пакетики|пакунок) ? ? re:"
            "(чоловіків|чоловіка|дорослих|дорослого|незнайомців|дилерів|с"
            "тарших)",
            "re:(продає|продавав|продавала|розносить|розповсюджує|торгує|"
            "розкладає) re:(наркотики|наркоту|траву|таблетки|наркотиками|"
            "травою|закладки)",
            "re:(робить|робив|робила|роблять|розкладає|розкладав|ставить|"
            "ставив) re:(закладки|закладок)",
            "re:(закладчик|кладмен|закладчиком|закладчиця|закладчиків)",
            "re:(подарунки|гроші|телефон|айфон|одяг|кросівки) ? ? від re:"
            "(старшого|дорослого|якогось|незнайомого|старших|дорослих)",
            "re:(pachete|pache[țţt]ele|colete|plicuri|pungi|punguli[țţt]e"
            ") ? ? re:(b[ăa]rba[țţt]i|b[ăa]rbat|tipi|tip|indivizi|adul[țţ"
            "t]i|necunoscu[țţt]i|dealeri|trafican[țţt]i|b[ăa]ie[țţt]i)",
            "re:(vinde|vindea|v[âa]nd|livreaz[ăa]|duce|transport[ăa]|vind"
            "eau|distribuie) re:(droguri|iarb[ăa]|cocain[ăa]|marijuana|pr"
            "afuri|pastile|etnobotanice)",
            "re:(cadouri|bani|telefon|iphone|haine|adida[șşs]i) ? ? de la"
            " re:(un|ni[șşs]te)~ re:(b[ăa]rbat|b[ăa]rba[țţt]i|tip|domn|ti"
            "pi|adult|om) re:(mai)~ re:(mare|mari|[îi]n|b[ăa]tr[âa]n|matu"
            "r|adult)",
            "re:(pacchi|pacchetti|pacco|pacchetto|buste|bustine|borse) ? "
            "? re:(uomini|uomo|tizi|tizio|adulti|sconosciuti|spacciatori)",
            "re:(pacchi|pacchetti|pacco|pacchetto|buste|bustine) ? ? raga"
            "zzi re:(pi[ùu]|grandi|maggiorenni)",
            "re:(spaccia|spacciava|spacciano|spacciare|spaccio|pusher|spa"
            "cci|spaccino|spacciasse)",
            "re:(vende|vendeva|vendono|porta|portava|consegna|consegnava)"
            " re:(la)~ re:(droga|droghe|fumo|erba|cocaina|hashish|canne)",
            "re:(fa|faceva) il palo",
            "re:(regali|soldi|telefono|cellulare|iphone|vestiti|scarpe) ?"
            " ? re:(da) re:(un|uno|degli)~ re:(uomo|uomini|signore|tizio|"
            "adulto|adulti) re:(pi[ùu])~ re:(grande|grandi|anziano|anzian"
            "i|adulto|vecchio|maggiorenne)",
            "re:(ዕጸ|ዕጸ-ፋርስ|ሓሺሽ|ሓሽሽ)\\S* ? ? re:\\S*ሸይ[ጠ-ጧ]\\S*",
            "re:ዕጸ-?ፋርስ\\S*",
            "re:(пакеты|св[ёе]ртки|посылки|пакетики|сумки|коробки) ? ? re"
            ":(мужчинам|мужчин|взрослым|взрослых|незнакомцам|дилерам|стар"
            "шим|старших|незнакомым)",
            "re:(прода[ёе]т|продавал|продавала|распространяет|торгует|тол"
            "кает|развозит|разносит|продают) re:(наркотики|наркоту|траву|"
            "наркотиками|травой|закладки|дурь|спайс|соль|мефедрон)",
            "re:(раскладывает|раскладывал|раскладывала|раскладывают) re:("
            "закладки|закладок)",
            "re:(закладчик|закладчиком|закладчица|закладчиков|кладмен|кла"
            "дменом|кладмены)",
            "re:(подарки|деньги|телефон|айфон|одежду|кроссовки) ? ? от re"
            ":(взрослого|взрослых|незнакомого|старшего|старших|незнакомца"
            "|незнакомцев)",
            "re:(مواد|موادمخدر|مواد‌?مخدر|حش[یيى]ش|گراس|علف|تر[یيى]ا[کك]|"
            "هروئ[یيى]ن|[کك]و[کك]ائ[یيى]ن|ش[یيى]شه) re:(مخدر)~ re:(م[یيى]"
            "‌?)?(فروشد|فروشه|فروخت|فروخته|فروشند|فروشن|پخش|جابجا|جابه‌?ج"
            "ا|رسونه|رساند)",
            "re:(فروش|پخش|قاچاق|ساق[یيى]|ساق[یيى]ِ) re:(موادمخدر|مواد‌?مخ"
            "در|حش[یيى]ش|گراس|تر[یيى]ا[کك]|هروئ[یيى]ن|[کك]و[کك]ائ[یيى]ن)",
            "re:(فروش|پخش|قاچاق) مواد مخدر",
            "re:(بسته|بسته‌?ها|بسته‌?ها[یيى][یيى]|بسته‌?ها[یيى]|پا[کك]ت|پ"
            "ا[کك]ت‌?ها|پا[کك]تها[یيى]|بسته‌?هارو|[کك][یيى]سه|[کك][یيى]سه"
            "‌?ها) ? ? re:(مردان|مردها[یيى]|آدم‌?ها[یيى]|آدمها[یيى]|بزرگت"
            "رها|غر[یيى]به|غر[یيى]به‌?ها|آدما[یيى]|مردا[یيى]|مردان[یيى]|ب"
            "زرگسالان)",
            "از re:([یيى][کك]|[یيى]ه|مرد[یيى]|مرد|مردها[یيى]|آدما[یيى]|آد"
            "م‌?ها[یيى]|[یيى][کك][یيى]) ? re:(بزرگتر|بزرگ‌?تر|غر[یيى]به|ب"
            "زرگسال|مسن|ناشناس|سن‌?بالا|ناآشنا) ? ? re:(هد[یيى]ه|هد[یيى]ه"
            "‌?ها[یيى]|هد[یيى]ه‌?ها[یيى][یيى]|[کك]ادو|[کك]ادوها[یيى]|پول|"
            "گوش[یيى]|آ[یيى]فون|هدا[یيى]ا[یيى]|هد[یيى]ه‌?ها|[کك]ادوها[یيى"
            "][یيى])",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(bi3|bey3|ba3|bay3|b[ie]3|bee3|wzz?3|wazza3|"
            "wazze3|fr[9q]|farre2|farra[9q]|hzz|hezz|ro?wwj|rawwej|rawwaj"
            "|trawwaj|tajer|tejer|yetajer|ytajer|tajar|tajjar|nql|n[9q]l|"
            "na2el|ynaqel|dealer|dilar)[a-z0-9]* re:(l|el)?([7h]chich|hch"
            "ich|[7h]ashish|[7h]achich|[7h]ashishe|[7h]cheesh|mkhdrat|mo("
            "5|kh)adirat|mukhadirat|mokhadirat|m(5|kh)adirat|m(5|kh)drat|"
            "mkhadrat|drogue|drogues|drugs|[9q]r[9q]obi|qarqoubi|[9q]arqo"
            "bi|karqobi|qarqobi|zatla|zetla|ze6la|za6la|kif|joints|joint|"
            "cocaine|coke|kokayin|kokaine|bodra|boudra|poudre|3achba|3ash"
            "be|pilulat|haschich|chit|shit|ma3joun|ma3jon|captagon|kabtag"
            "on|kabtajon|ecstasy|xtc|bayda|lbayda)",
            "re:(ka|kay|kat|kan|kant|ta|tay|tat|bi|b|by|bt|bet|bit|3am|3m"
            "|ki|kt|y|i|t|n)*(wsl|wassel|wasel|wassal|wasal|hz|hezz|hazz|"
            "jib|jeb|ywasel|nql|n[9q]l|na2el|naqel|n2l|ywaddi|bywaddi|byw"
            "asel|bywassel|biwasel)(o|ou|ha|hom|i|iw|et|at|a|e|lhom|lihom"
            "|ilhom|ouhom|l)? re:(l|el)?(koliyat|kolyat|coliyat|colis|kol"
            "ia|kolya|bakiyat|bakiat|baket|bakit|paquets|paquet|packets|s"
            "achets|sachiyat|chkair|chkayer|shanat|shonat|akyas|2akyas|ak"
            "yes|amanat|kyas|kyass|boxat|kwaret|kartona|kartonat|sachiya|"
            "bakyat|pakiyat|bakayet|2akyes|akyes|shanta|chanta|sakat|saki"
            "yat) re:(l|la|le|li|lel|lil|3and|3nd)~ re:(l|el)?(rjal|rjel|"
            "rjala|rejjal|rajel|ryjal|kbar|kbir|kibar|ghorba|ghoraba|ghar"
            "ib|nas|wa[7h]d|wa[7h]ed|chabab|shabab|zlam|zelam|zlem|rijal|"
            "drari?kbar|kbarat|akbar|2akbar|kbira|chi?wa[7h]d)",
            "re:(hdaya|hadaya|kado|kadoyat|kadowat|cadeaux|cadeau|flous|m"
            "asari|masare|msari|iphone|ayfon|tilifon|tilifoun|phone|hdiya"
            "|hdiyya|hadiyye|hdiyat|hadiya|hedaya|hdeya|lflous|sbrdila|sb"
            "adrl|sbaderl|nike|wa[9q]fa) ? ? re:(mn|men|min|mnd|3nd|3and|"
            "mn3nd|mena|mel) ? re:(rajel|rajl|zalame|zalami|rjal|jal|wa[7"
            "h]d|wahd|wa[7h]ed|wahed|chakhs|sha(5|kh)s|shakhs|ghrib|ghari"
            "b|3ajouz|chibani|shayeb|rijal|rajjal)(i)? ? re:(kbir|kbar|kb"
            "iir|kber|ghrib|gharib|kebir|kbeer|akbar|2akbar|kber|msen|mou"
            "ssen|3ajouz|chibani|mnha|mnno|menno|menha|minno|minha|kbar|a"
            "jnabi|ghrib|ma?3rfnah|ma?n3rfoh|kbir?f?sen)",
        ),
    ),
    # 16 caregiver drunk or high
    Rule(
        "sg",
        O,
        1.0,
        (
            "re:(by[łl]|by[łl]a|jest|s[ąa]|byli|przyszed[łl]|przysz[łl]a|"
            "przyszli|wr[óo]ci[łl]|wr[óo]ci[łl]a|przyje[żz]d[żz]a|przyjec"
            "ha[łl]|przyjecha[łl]a|znowu) ? re:(pijan(y|a|i)|nietrze[źz]w"
            "(y|a|i)|na[ćc]pan(y|a|i)|zna[ćc]pan(y|a|i)|upit(y|a)|zalan(y"
            "|a|i))",
            "re:(kompletnie|ca[łl]kiem|zupe[łl]nie|mocno|strasznie|bardzo"
            "|totalnie|lekko|ewidentnie) re:(pijan(y|a|i)|upit(y|a)|zalan"
            "(y|a|i))",
            "pod re:wp[łl]ywem re:(alkoholu|narkotyk[óo]w|drag[óo]w|trawki)",
            "po re:(pijaku|pijanemu)",
            "na haju",
            "re:(na[ćc]pan(y|a|i)|zna[ćc]pan(y|a|i))",
            "re:(sarho[şs]tu|sarho[şs]ken|sarho[şs]mu[şs]|sarho[şs]tur|sa"
            "rho[şs]du|sarho[şs]sun|sarho[şs]lard[ıi])",
            "re:sarho[şs] re:(geld(?:i̇?)|gel(?:i̇?)yor|halde|olarak|vaz("
            "?:i̇?)yette|b(?:i̇?)r|gel(?:i̇?)p|[şs]ek(?:i̇?)lde)",
            "re:(alkoll[üu]yd[üu]|alkoll[üu]|(?:i̇?)[çc]k(?:i̇?)l(?:i̇?))"
            " re:(geld(?:i̇?)|halde|olarak|araba|kullan[ıi]yor|[çc]ocukla"
            "ra|[çc]ocu[ğg]a|bak[ıi]yor)",
            "re:(uyu[şs]turucu|alkol|uyu[şs]turucunun|alkol[üu]n) re:etk("
            "?:i̇?)s(?:i̇?)nde(yd(?:i̇?)|yken|k(?:i̇?))?",
            "re:(و|ف)?(سكر[اأإآ]ن|سكر[اأإآ]ن[ةه]|سكر[اأإآ]نه|سكر[اأإآ]ن[ي"
            "ى]ن|سك[اأإآ]ر[ىي]|ثمل|ثمل[ةه]|ثمل[اأإآ]|مسطول|مسطول[ةه]|مزطو"
            "ل|مزطول[ةه]|محشش|محشش[ةه]|مخمور|مخمور[ةه]|مبل[يى]|مبل[يى][ةه"
            "]|سكر[اأإآ]ن[ةه])",
            "re:(ك[اأإآ]ن|ك[اأإآ]نت|ج[اأإآ]|ج[اأإآ]ت|ج[اأإآ]ء|ج[اأإآ]ءت|ر"
            "جع|رجعت|دخل|دخلت) re:(ش[اأإآ]رب|ش[اأإآ]رب[ةه]|ش[اأإآ]ربه|سكر"
            "[اأإآ]ن|سكر[اأإآ]ن[ةه])",
            "تحت re:(ت[اأإآ]ث[يى]ر|ت[اأإآ]ث[يى]ر) re:([اأإآ]ل)?(كحول|خمر|"
            "مخدر[اأإآ]ت|حش[يى]ش|[اأإآ]لكحول|[اأإآ]لمخدر[اأإآ]ت|شر[اأإآ]ب"
            ")",
            "re:(b[êe]bad[oa]s?|embriagad[oa]s?|alcoolizad[oa]s?|drogad[o"
            "a]s?|chapado|chapados|pedrado|pedrados|grogue|[ée]bri[oa]s?)",
            "sob re:(o|a|os)~ re:(efeito|efeitos|influ[êe]ncia) re:(de|do"
            "|da|das|dos) re:([áa]lcool|drogas|droga|alcool|estupefacient"
            "es|bebida)",
            "re:cheir(o|ava|a) re:(a|de) re:([áa]lcool|bebida|cerveja|vin"
            "ho|alcool|cacha[çc]a|maconha)",
            "re:(borracho|borrachos|ebri[oa]s?|embriagad[oa]s?|drogad[oa]"
            "s?|alcoholizad[oa]s?|colocad[íi]sim[oa])",
            "bajo re:(los|el|la)~ re:(efectos|efecto|influencia) re:(del|"
            "de) re:(las|los|la)~ re:(alcohol|drogas|droga|sustancias|est"
            "upefacientes)",
            "re:(ol[íi]a|huele|apestaba|apesta|ol[íi]a) a re:(alcohol|cer"
            "veza|vino|trago|licor|marihuana|porro|whisky)",
            "re:(estaba|ven[íi]a|lleg[óo]|vino|iba|va|viene|llega) re:(be"
            "bid[oa]|pedo|peda|drogad[oa]|borrach[oa]|ebri[oa]|fumad[oa]|"
            "volad[oa]|colocad[oa]|crud[oa]|pasad[oa])",
            "re:(ivre|ivres|so[û]le?s?|saoule?s?|drogu[é]e?s?|alcoolis[ée"
            "]e?s?|[ée]m[ée]ch[ée]e?s?)",
            "re:([ée]tait|est|compl[èe]tement|totalement|arriv[ée]|arriv["
            "ée]e|venu|venue|encore) re:(bourr[ée]e?s?|p[ée]t[ée]e?s?|d[é"
            "e]fonc[ée]e?s?|torch[ée]e?s?|raide)",
            "sous re:l'(emprise|influence|effet) re:(de|du|des)",
            "sous re:l ’|‘|´|` re:(emprise|influence|effet) re:(de|du|des)",
            "re:(sentait|sent|puait|pue) re:l'alcool",
            "re:(sentait|sent|puait|pue) re:l ’|‘|´|` re:alcool",
            "re:(sentait|sent|puait|pue) re:(le|la) re:(vin|bi[èe]re|shit"
            "|cannabis|joint)",
            "re:[ée]tat re:d'([ée]bri[ée]t[ée]|ivresse)",
            "re:[ée]tat re:d ’|‘|´|` re:([ée]bri[ée]t[ée]|ivresse)",
            "re:(betrunken|betrunkene|betrunkener|betrunkenen|besoffen|be"
            "soffene|angetrunken|angetrunkene|alkoholisiert|alkoholisiert"
            "e|bekifft|bekiffte|zugedr(?:ö|oe|o)hnt|stoned|berauscht|voll"
            "trunken)",
            "unter re:(drogen|alkohol|alkoholeinfluss|drogeneinfluss|einfluss)",
            "re:(roch|riecht|stank|stinkt) ? nach re:(alkohol|bier|wein|s"
            "chnaps|gras|fahne)",
            "re:(hatte|hat) ? re:fahne",
            "re:(sakhraan|sakhraansan|sakhraansanaa|sakhraamay|sakhraanta"
            "y|sakhraansaneyd|sakhraansanayd|sakhraamsan|sakharaansan|mar"
            "qaansan|marqaamay|marqaansanaa|marqaansaneyd)",
            "re:(khamri|khamriga|aalkolo|alkohol|biir) re:(cabay|cabbay|c"
            "abtay|cabbaa|cabaa|cabbtay|cabsan|cabbaysa|cabbayay|cabaya|c"
            "abbayaa)",
            "re:(maandooriye|daroogo|mukhaadaraad) ? re:(isticmaa\\w*|qaat"
            "ay|qaadatay|cabbay)",
            "re:(saameyn|saamayn|saamaynta|saameynta) re:(khamriga|khamri"
            "|daroogada|maandooriyaha|aalkolada)",
            "re:п['ʼ]ян(ий|а|і|им|ою|ого|енький|енька)",
            "re:п ’|‘|´|` re:ян(ий|а|і|им|ою|ого|енький|енька)",
            "re:(нетверезий|нетвереза|нетверезі|напідпитку|обдовбаний|обд"
            "овбана|вгашений|вгашена|накурений|накурена)",
            "під кайфом",
            "під re:(дією|впливом) re:(алкоголю|наркотиків)",
            "re:(пахла|пахне|пахло|тхне|тхнуло|пахнув) re:(алкоголем|пере"
            "гаром|спиртним|горілкою)",
            "re:(era|este|e|venit|vine|venea|complet|foarte|cri[țţt][ăa]|"
            "mort|fost|sunt|erau) re:(beat|beat[ăa]|be[țţt]i|b[ăa]ut[ăa]|"
            "b[ăa]ut|drogat|drogat[ăa]|droga[țţt]i|matol|mahmur|mahmur[ăa"
            "])",
            "beat re:(cri[țţt][ăa]|mort|turt[ăa])",
            "re:(drogat|drogat[ăa]|droga[țţt]i|drogate)",
            "sub re:(influen[țţt]a|influenta|efectul) re:(alcoolului|drog"
            "urilor|b[ăa]uturii|alcool|droguri)",
            "re:(mirosea|miroase|duhnea|duhne[șşs]te|pu[țţt]ea) re:(a) re"
            ":(alcool|b[ăa]utur[ăa]|bautura|vin|bere|[țţt]uic[ăa])",
            "re:(ubriac[oaie]|ubriach[ei]|sbronz[oaie]|strafatt[oaie]|dro"
            "gat[oaie]|alticci[oa])",
            "sotto re:l'(effetto|influsso|influenza) re:(di|del|dell'alco"
            "l|dell'alcool|della|delle|dei|degli|dello|dell)",
            "sotto re:l ’|‘|´|` re:(effetto|influsso|influenza) re:(di|de"
            "l|dell'alcol|dell'alcool|della|delle|dei|degli|dello|dell)",
            "sotto effetto re:(di|del|dell'alcol|della|delle|dei|dell)",
            "re:(puzzava|puzza|sapeva|odorava) re:(di) re:(alcol|alcool|v"
            "ino|birra|alcolici|fumo|canna)",
            "re:\\S*(ሰኺሩ|ሰኺራ|ሰኺሮም|ሰኻራም|ስኩር|ስኽራን|ሰኺርካ|ሰኺሩዎ)\\S*",
            "መስተ re:(ሰትዩ|ሰትያ|ሰትዮም)\\S*",
            "re:пьян(ый|ая|ые|ым|ой|ого|ому|енький|енькая|ющий|ющая|ющие|ых)",
            "re:(нетрезвый|нетрезвая|нетрезвом|нетрезвые|нетрезвой|обдолб"
            "анный|обдолбанная|накуренный|накуренная|обкуренный|обкуренна"
            "я|выпивший|выпившая|поддатый|поддатая|подвыпивший|подвыпивша"
            "я)",
            "под кайфом",
            "под re:(действием|влиянием|воздействием|кайфом) re:(алкоголя"
            "|наркотиков|спиртного)",
            "re:(пахла|пахнет|пахло|нес[ёе]т|несло|воняет|воняло|пахнул|р"
            "азит|разило) re:(алкоголем|перегаром|спиртным|водкой|пивом)",
            "re:(نشئه|نعشه|نئشه|نشئه‌?است|پات[یيى]ل|نشئه‌?بود)",
            "re:(مست|مسته|مستِ|مست[یيى]|مستو) re:(بود|است|هست|بودند|بودن|"
            "[کك]رده|آمد|اومد|آمده|اومده|بوده|بودش|[کك]رد|و|اومدش|م[یيى]‌"
            "?آ[یيى]د|م[یيى]اد|م[یيى]‌?اومد|م[یيى]ومد)",
            "re:(تحت|ز[یيى]ر) re:(تاث[یيى]ر|تأث[یيى]ر) re:(ال[کك]ل|مشروب|"
            "مواد|موادمخدر|مواد‌?مخدر|مشروبات)",
            "re:(بو[یيى]) re:(مشروب|شراب|ود[کك]ا|عرق‌?سگ[یيى]|ال[کك]لِ) r"
            "e:(م[یيى]‌?)?(داد|ده|دهد|م[یيى]داد|دادش)",
            "re:(مشروب|ال[کك]ل|عرق|شراب|ود[کك]ا) re:(خورده|خورده‌?بود|خور"
            "ده‌?است|نوش[یيى]ده|نوش[یيى]ده‌?بود)",
            "re:(sakran|sakrana|sakrane|sakranin|sekran|sekrana|sakranine"
            "|skran|skrana|skrane|msker|mesker|mskr|msekker|msekra|mskra|"
            "mskrin|msakr|mbli|mballi|mbelli|mzttl|mzetl|mzatl|mzatel|mza"
            "6el|mza6al|mzettel|mzatla|m[7h]chch|m[7h]achech|m[7h]ashesh|"
            "m[7h]achach|mastoul|mas6oul|mastool|mastola|mas6oula|mastoul"
            "a|mastoulin|mas6oulin|ma(5|kh)moor|makhmour|m(5|kh)mour|ma(5"
            "|kh)moura|makhmoura|mkhamer|mkhmer|m(5|kh)amer|m(5|kh)amra|m"
            "qarqab|m[9q]r[9q]b|m[9q]arqab|mqr[9q]b|mbou?li)",
            "re:(kan|kant|ja|jat|rj3|rj3at|dkhl|dkhlat|kanet|ken|kenet|ka"
            "no|ja2|ija|2aja|ijet|jet|3ad|rja3|dkhol|dkhal|da(5|kh)al|da("
            "5|kh)alet) re:(charb|chareb|sharib|sharbe|shareb|charba|mchr"
            "ob|chorb|sharben|charbin|charbe|sharbeh)",
            "re:(ta[7h]t|ta[7h]) t~ re:(ta2thir|ta2ser|ta2tir|tathir|ta2s"
            "ir|taa2thir|ta2theer|tasir|tathir|ta2thiir|ta2seer) re:(l|el"
            ")~ re:(l|el)?(kohol|ku[7h]ul|ko[7h]ol|kou[7h]oul|alcool|alco"
            "hol|khmr|khamr|(5|kh)amr|mokhadirat|mo(5|kh)adirat|mkhdrat|d"
            "rogue|drogues|drugs|chrab|sharab|sharb|m(5|kh)adirat)",
            "re:(ri[7h]a|ri[7h]t|ri[7h]|ri[7h]et|ree[7h]et|ri[7h]to|ri[7h"
            "]tha|ri[7h]at|rye[7h]a|ri[7h]itha|ri[7h]eto|rii[7h]a) t~ re:"
            "(d|dyal|ta3|mta3|tab3)~ re:(l|el)?(chrab|sharab|chrob|alcool"
            "|alcohol|khamr|(5|kh)amr|khmr|biira|bira|biere|bière|whisky|"
            "wiski|vodka|3ara2|ma[7h]ya|kohol|ku[7h]ul|ko[7h]ol|rouge|ros"
            "é|chraab|shraab)",
        ),
    ),
    # 17 complaint
    Rule(
        "complaint",
        "",
        1.0,
        (
            "re:skarg(a|[ęe]|i|[ąa]|ami)",
            "re:za[żz]aleni(e|a|em)",
            "re:reklamacj(a|[ęe]|i|[ąa])",
            "re:(poskar[żz]y[ćc]|zaskar[żz]y[ćc])",
            "re:[şs](?:i̇?)k[aâ]yet((?:i̇?)m|(?:i̇?)m(?:i̇?)|[çc](?:i̇?)y"
            "(?:i̇?)m|[çc](?:i̇?)y(?:i̇?)z|(?:i̇?)m(?:i̇?)z|(?:i̇?)m(?:i̇"
            "?)z(?:i̇?)|te|t(?:i̇?)r|le|(?:i̇?)mle|(?:i̇?)m(?:i̇?)zle|(?:"
            "i̇?)n)",
            "re:[şs](?:i̇?)k[aâ]yet re:(etmek|ed(?:i̇?)yorum|ed(?:i̇?)yor"
            "uz|edece[ğg](?:i̇?)m|ed(?:i̇?)lecek)",
            "re:[şs](?:i̇?)k[aâ]yetname(d(?:i̇?)r|m(?:i̇?)|m)?",
            "re:(و|ف|ب|ل|[اأإآ]ل|ب[اأإآ]ل|لل)?(شكو[ىي]|شكوت[يى]|شك[اأإآ]["
            "يى][ةه]|شك[اأإآ][يى]ت[يى]|شك[اأإآ]و[ىي]|شك[اأإآ][يى]ه|شكو[اأ"
            "إآ][يى])",
            "re:([اأإآ]|[اأإآ]|ن)شتك[يى]",
            "re:([اأإآ]|[اأإآ]|ن)?(قدم|رفع|سجل|د[يى]ر|ند[يى]ر|نقدم|[اأإآ]"
            "قدم|[اأإآ]قدم|[اأإآ]رفع|[اأإآ]رفع|نرفع) re:([اأإآ]ل)?(شكو[ىي"
            "]|شك[اأإآ][يى][ةه])",
            "re:(uma|a|minha|esta|essa|nossa|apresentar|fazer|formal|regi"
            "star|registrar|oficial|formalizar) re:(queixa|reclama[çc][ãa"
            "]o|reclamacao|queixas)",
            "re:(reclama[çc][ãa]o|reclama[çc][õo]es|reclamacao)",
            "re:(quero|queria|venho|vou|gostaria|preciso) re:(de)~ re:(re"
            "clamar|queixar-me)",
            "re:(quero|queria|venho|vou|gostaria) re:(de)~ me queixar",
            "re:(una|la|mi|esta|poner|presentar|formal|nuestra|oficial|fo"
            "rmular|interponer) re:(queja|quejas|reclamaci[óo]n|reclamo|r"
            "eclamaciones|reclamos)",
            "re:(reclamaci[óo]n|reclamaciones)",
            "re:(quiero|quisiera|quer[íi]a|deseo|vengo|voy|quisi[ée]ramos"
            "|queremos) re:(a)~ re:(quejarme|quejarnos|reclamar)",
            "me re:(quiero|quisiera) quejar",
            "re:(plainte|plaintes|r[ée]clamation|r[ée]clamations)",
            "re:me plaindre",
            "me plains",
            "re:(beschwerde|reklamation|dienstaufsichtsbeschwerde)",
            "re:(beschweren|beschwere)",
            "re:(cabasho|cabashada|cabashadayda|cabashadeyda|cabashooyin|"
            "cabashadan|ashtako|ashtakada|ashtakooyin|shikaayad|shikaayad"
            "da|shikaayo)",
            "re:(скарга|скаргу|скарги|скаргою|скарзі)",
            "re:(поскаржитися|поскаржитись|скаржуся|скаржусь)",
            "re:(reclama[țţt]ie|reclamatie|reclama[țţt]ia|reclama[țţt]ii|"
            "pl[âa]ngere|plangere|pl[âa]ngerea|pl[âa]ngeri|sesizare|sesiz"
            "area)",
            "re:(reclamo|reclami|lamentela|lamentele)",
            "re:(lamentarmi|lamentarci)",
            "re:(sporgere|presentare|fare) re:(un)~ re:(reclamo|denuncia)",
            "re:\\S*ጥርዓን\\S*",
            "re:(жалоба|жалобу|жалобы|жалобой|жалобе|претензия|претензию)",
            "re:(пожаловаться|жалуюсь|жалуемся)",
            "re:(ش[کك]ا[یيى]ت|ش[کك]ا[یيى]ت[یيى]|ش[کك]ا[یيى]تم) re:(دارم|["
            "کك]نم|[کك]ردم|م[یيى]‌?[کك]نم|ب[کك]نم|ثبت|رسم[یيى]|تقد[یيى]م|"
            "[کك]رده‌?ام|[کك]ن[یيى]م|دار[یيى]م|[کك]رد[یيى]م|م[یيى]‌?[کك]ن"
            "[یيى]م|نامه)",
            "re:(ثبت|ارسال|تقد[یيى]م) re:(ش[کك]ا[یيى]ت|ش[کك]ا[یيى]ت[یيى]|ش[کك]ا[یيى]تم)",
            "re:(ش[کك]ا[یيى]ت‌?نامه|ش[کك]ا[یيى]تنامه)",
            "re:(l|el)?(chikaya|chikayat|chkaya|shkaya|shakwa|chakwa|chek"
            "wa|shekwa|chakwe|shakwe|chikayti|chkayti|shakwti|shakwati|ch"
            "akwati|chikayte|shakwe|shakawa|chakawi|chakawa|shakawi|chkay"
            "at|shkayat|chikaye|chkiya|shikaya)",
            "re:(bghit|bghina|bdi|baddi|bidi|badi|ana|nbghi|n?[7h]ebb|ne?"
            "[7h]ebb|n?[7h]eb|bghiti|bdna|badna|biddna|bidna|[7h]abbeit|["
            "7h]abbit|bghit?ndir) re:(n|ne|2|e)?(chtaki|chteki|chki|shtki"
            "|shteki|shteke|2eshteki|eshteki|2shteki|nchki|nechki|nchtki|"
            "neshtki|shtake|chtake|ishtaki|2ishtaki|2shteke|2eshteke|ncht"
            "eki|nechteki|neshteki|n2dm|nqdm|n[9q]dm|n[9q]eddem|nqaddem|2"
            "addem|2a2addem)",
            "re:(ka|kan|kana|ba|bi|b|3am|n|ne)*(chtaki|shteki|shtki|chtek"
            "i|eshteki|2eshteki|shteke|ishtaki|chtki|chteke) re:(3la|3l|3"
            "ala|3al|men|mn|min|mel|3an|3en|mena)",
        ),
    ),
    # 18 unacceptable / angry / disappointed
    Rule(
        "complaint",
        "",
        1.0,
        (
            "nie do re:przyj[ęe]cia",
            "re:niedopuszczaln(e|y|a|ego)",
            "re:skandal(iczne|iczny|iczna|icznie|em)?",
            "tak re:(dalej|d[łl]u[żz]ej) ? nie re:mo[żz]e",
            "tak re:(dalej|d[łl]u[żz]ej) nie re:mo[żz]e ?",
            "re:(bardzo|strasznie|ogromnie|naprawd[ęe]|g[łl][ęe]boko|mocn"
            "o|jestem) re:(rozczarowan(a|y|i)|zawiedzion(a|y|i)|w[śs]ciek"
            "[łl](a|y|i)|oburzon(a|y|i)|zdenerwowan(a|y|i)|z[łl](a|y))",
            "kabul re:ed(?:i̇?)lemez",
            "re:b[öo]yle ? re:(devam) re:(edemez|etmemel(?:i̇?)|edemey(?:i̇?)z)",
            "hayal re:k[ıi]r[ıi]kl[ıi][ğg][ıi](na|)",
            "re:([çc]ok|ger[çc]ekten|derece|c(?:i̇?)dden) re:(k[ıi]zg[ıi]"
            "n[ıi]m|s(?:i̇?)n(?:i̇?)rl(?:i̇?)y(?:i̇?)m|[öo]fkel(?:i̇?)y(?"
            ":i̇?)m)",
            "re:(rezalet|skandal)[a-zışçğüöâ̇]*",
            "re:(غ[يى]ر|مش|م[اأإآ]ش[يى]|مو|ل[يى]س|مش[يى]) re:مقبول([ةه]|["
            "اأإآ]|[اأإآ]ً)?",
            "re:(ل[اأإآ]|م[اأإآ]) re:([يى]مكن|[يى]جوز|[يى]صح) re:([اأإآ]ن"
            "|[اأإآ]ن)~ re:([يى]|ت)ستمر",
            "re:(غ[اأإآ]ضب|غ[اأإآ]ضب[ةه]|مست[اأإآ]ء|مست[اأإآ]ء[ةه]|زعل[اأ"
            "إآ]ن|زعل[اأإآ]ن[ةه]|معصب|معصب[ةه]|مقهور|مقهور[ةه]|محبط|محبط["
            "ةه]|مصدوم|مصدوم[ةه]|متض[اأإآ][يى]ق|متض[اأإآ][يى]ق[ةه]|مخذول|"
            "مخذول[ةه]|مقلق|مقلق[ةه]|قلق[اأإآ]ن) re:(جد[اأإآ]|جد[اأإآ]ً|ب"
            "ز[اأإآ]ف|كت[يى]ر|كث[يى]ر[اأإآ]|للغ[اأإآ][يى][ةه]|جدً[اأإآ])",
            "re:(خ[اأإآ]ب|خ[يى]ب[ةه]|خ[يى]بت) re:(ظن[يى]|[اأإآ]مل|[اأإآ]م"
            "ل|[اأإآ]مل[يى]|[اأإآ]مل[يى]|ظنن[اأإآ])",
            "re:([اأإآ]ل)?(فض[يى]ح[ةه]|مهزل[ةه])",
            "re:(inaceit[áa]vel|inaceit[áa]veis|inadmiss[íi]vel|inadmiss["
            "íi]veis|intoler[áa]vel|vergonhoso|vergonhosa)",
            "re:(isto|isso|assim) re:n[ãa]o pode re:(continuar|ser|acontecer)",
            "re:(muito|t[ãa]o|extremamente|bastante|completamente|profund"
            "amente|mesmo) re:(desiludid[oa]|decepcionad[oa]|dececionad[o"
            "a]|zangad[oa]|chatead[oa]|indignad[oa]|revoltad[oa]|irritad["
            "oa]|furios[oa]|insatisfeit[oa])",
            "re:(um|que) absurdo",
            "que vergonha",
            "re:(inaceptable|inaceptables|intolerable|inadmisible|vergonz"
            "oso|vergonzosa|indignante)",
            "re:(esto|eso|as[íi]) no puede re:(seguir|continuar|ser)",
            "re:(muy|tan|sumamente|realmente|bastante|profundamente|total"
            "mente) re:(decepcionad[oa]|enfadad[oa]|molest[oa]|indignad[o"
            "a]|enojad[oa]|cabread[oa]|furios[oa]|insatisfech[oa]|disgust"
            "ad[oa])",
            "re:(una|qu[ée]) re:verg[üu]enza",
            "re:(un|es|qu[ée]) re:esc[áa]ndalo",
            "re:(inacceptable|inacceptables|inadmissible|inadmissibles|sc"
            "andaleux|scandaleuse|honteux|honteuse|intol[ée]rable|inadmis"
            "sible)",
            "re:([çc]a|cela|ca) ne peut plus durer",
            "peut plus durer",
            "re:(tr[èe]s|vraiment|extr[êe]mement|profond[ée]ment|tellemen"
            "t|si) re:(d[ée][çc]ue?s?|f[âa]ch[ée]e?s?|m[ée]contente?s?|fu"
            "rieuse?|furieux|[ée]nerv[ée]e?s?|indign[ée]e?s?|choqu[ée]e?s"
            "?|r[ée]volt[ée]e?s?)",
            "en re:col[èe]re",
            "re:(inakzeptabel|unakzeptabel|unzumutbar|unversch(?:ä|ae|a)m"
            "t|unversch(?:ä|ae|a)mtheit|frechheit|skandal|skandal(?:ö|oe|"
            "o)s)",
            "nicht re:(akzeptabel|hinnehmbar|tragbar)",
            "so ? ? nicht re:(weitergehen|weiter)",
            "re:(sehr|(?:ä|ae|a)u(?:ß|ss)erst|total|zutiefst|wirklich|ext"
            "rem) re:(entt(?:ä|ae|a)uscht|w(?:ü|ue|u)tend|ver(?:ä|ae|a)rg"
            "ert|sauer|unzufrieden|emp(?:ö|oe|o)rt|ver(?:ä|ae|a)rgert)",
            "la re:(aqbali|aqbalin|oggolaan|ogolaan) re:(karo|karin|karayo)",
            "re:(kuma|uma|ma) re:(sii)~ re:(socon|socdo) re:(karto|karo)",
            "re:(cadhays|cadheys|careys|xanaaqs|caroos)\\w*",
            "niyad re:(jab|jabay|jabtay|jabsan|jabsanahay|jabsantahay)",
            "re:(fadeexad|fadeexo)",
            "re:(неприйнятно|неприпустимо|неприйнятне|неприпустиме|обурли"
            "во|ганьба|скандал)",
            "так не може re:(продовжуватися|продовжуватись|тривати)",
            "re:(дуже|вкрай|надзвичайно|страшенно|глибоко) re:(розчарован"
            "а|розчарований|зла|злий|обурена|обурений|незадоволена|незадо"
            "волений|сердита|сердитий)",
            "re:(inacceptabil|inacceptabil[ăa]|inadmisibil|inadmisibil[ăa"
            "]|scandalos|scandaloas[ăa]|revolt[ăa]tor|revolt[ăa]toare|int"
            "olerabil)",
            "nu mai poate re:(continua|merge)",
            "re:(foarte|extrem|profund|tare|at[âa]t|a[șşs]a) re:(dezam[ăa"
            "]git[ăa]|dezam[ăa]git|sup[ăa]rat[ăa]|sup[ăa]rat|furioas[ăa]|"
            "furios|nemul[țţt]umit[ăa]|nemul[țţt]umit|revoltat[ăa]|revolt"
            "at|indignat[ăa]|indignat)",
            "re:(o|ce) re:ru[șşs]ine",
            "re:(inaccettabile|inaccettabili|inammissibile|vergognoso|ver"
            "gognosa|intollerabile|scandaloso|scandalosa)",
            "non re:(pu[òo]|puo) continuare",
            "re:(molto|davvero|proprio|estremamente|profondamente) re:(de"
            "lus[oa]|arrabbiat[oa]|indignat[oa]|scontent[oa]|furios[oa]|a"
            "mareggiat[oa]|insoddisfatt[oa])",
            "re:(uno|[èe]) scandalo",
            "una vergogna",
            "ተቐባልነት re:የብ\\S*",
            "re:ዘይቅቡል\\S*",
            "ኣዝየ re:(ተቖጢዐ|ሓዚነ|ተጸሊአ|ቕሒረ)\\S*",
            "re:ክቕጽል\\S* ? re:ኣይክእል\\S*",
            "re:(неприемлемо|недопустимо|неприемлемое|недопустимое|возмут"
            "ительно|безобразие|позор|возмутительное|неприемлемы|недопуст"
            "имы)",
            "так не может re:(продолжаться|больше|дальше)",
            "так больше re:(нельзя|невозможно)",
            "re:(очень|крайне|глубоко|сильно|ужасно|страшно) re:(разочаро"
            "вана|разочарован|разочарованы|зла|зол|возмущена|возмущ[ёе]н|"
            "недовольна|недоволен|недовольны|расстроена|расстроен|возмуще"
            "ны)",
            "re:(غ[یيى]رقابل|غ[یيى]ر‌?قابل|غ[یيى]رقابلِ) re:(قبول|قبوله)",
            "re:غ[یيى]ر قابل re:(قبول|قبوله)",
            "re:(قابل) re:(قبول) re:(ن[یيى]ست|ن[یيى]س)",
            "re:(خ[یيى]ل[یيى]|بس[یيى]ار|واقعا|شد[یيى]دا|واقعاً|شد[یيى]داً"
            "|واقعن) re:(ناراحتم|عصبان[یيى]|عصبان[یيى]م|ناام[یيى]د|ناام[ی"
            "يى]دم|دلخور|دلخورم|ناراض[یيى]|ناراض[یيى]م|عصب[یيى]|ناراحت|دل"
            "سرد|دلسردم)",
            "re:(افتضاح|افتضاحه|رسوا[یيى][یيى]|افتضاح[یيى])",
            "re:(machi|mashi|mch|mesh|mish|ghir|ghayr|mo|msh|mouch|moush|"
            "mch?i|ma|mashy|mechi) re:(ma[9q]bol|ma[9q]boul|maqbul|maqbou"
            "l|ma2boul|ma2bol|m2bool|ma2bool|mqboul|m[9q]boul|ma[9q]boula"
            "|maqboula|ma2boule|ma2boula|ma[9q]bola|ma[9q]boulin|m[9q]bol"
            "|maqbol|ma2boul?e|mi2boul|ma[9q]bool|maqbool)",
            "re:(m[9q]hor|m[9q]hour|ma2hour|ma2houra|m[9q]houra|m3esseb|m"
            "3assab|m3asbe|m3assabe|m3asab|m3asba|m3sba|m3sb|za3lan|za3la"
            "na|z3lan|z3lana|m3asbe|ghadban|ghadbana|ghadbane|ghadbena|kh"
            "ayb|(5|kh)ayba|(5|kh)ayeb|(5|kh)aybe|meddayi2|madayi2|mdaye2"
            "|mdaye[9q]|mdaye[9q]a|mdayqa|mstaa2|mosta2|msta2|mstaa2a|mos"
            "ta2a|metdaye2|metdayi2a|mt[9q]l[9q]|mtqlq|mt[9q]l[9q]a|m3ass"
            "eb|m3asbin|za3lanin|mnarvi|mnervi|mnervia|mnarvia|m[9q]ale[9"
            "q]|m[9q]al[9q]a|mqale[9q]|ma2hoora|mkhyeb|m(5|kh)yeb|mkhayya"
            "b|m(5|kh)ayyab|m(5|kh)ayyabe|mkhayyabe|mekhyeb|m(5|kh)yba|mk"
            "hayba|deçu|deçue|decu|decue) re:(bzaf|bzzaf|ktir|kteer|kter|"
            "ktiir|jiddan|jeddan|barcha|barsha|ghaya|lghaya|lilghaya|mnko"
            "m|menkom|minkon|mnkoum|menkon|fikom|fikoum|fikon|bezzaf|bzf|"
            "ktiiir|ktir?ktir|kteeer|mn?ghir?chkel|ktiiiir|2aktar|aktar|a"
            "kthar|l?ghaya)",
            "re:(khab|(5|kh)ab|(5|kh)eb|kheb|khabet|(5|kh)abet|khyab|(5|k"
            "h)yab|(5|kh)ayabto|khayabto|khyabtou|(5|kh)yabto|(5|kh)ayabt"
            "ou|khayabtou|(5|kh)ayabto|(5|kh)ayyabto|khayyabto|khayabtoul"
            "i|(5|kh)ayabtouli) re:(dani|dhani|zanni|zani|amali|2amali|2a"
            "mle|amli|2aml|aml|amalna|2amalna|zanna|danna|fikom|fikoum|fi"
            "kon|dhanni|2amali?fikon|dani?fikom|ddan|danni|amalna)",
            "re:(l|el|hadi|hayda|hedi|hadchi|hadi|hayde)?(fadi[7h]a|fde[7"
            "h]a|fadee[7h]a|fadi[7h]e|fadi[7h]aa|mahzala|mhzla|mahzale|ma"
            "hzla|fda[7h]a|fadhiha|fadiha|fade[7h]a|fadee[7h]a)",
            "re:(ma|mesh|mish|la|mch|mashi|machi|mouch) re:(ymken|mumkin|"
            "momken|yemken|yimken|ysir|bisir|yjouz|ydoum|ydom|tstamr|tstm"
            "rr|tistamer|yestamer|yistamer|tkml|yikammel|kaymkn|kaymken|y"
            "kml|ykemmel|ykml|tb[9q]a|yb[9q]a|yib2a|tib2a|tdoum|ydoum|yst"
            "amr|ystamer|tstamer|testamer|yistamirr|testamirr|ymkn|mmkn|m"
            "omkn|mumken|bimsher|bimshi|bimchi|bimshe) re:(y|t)?(stamer|s"
            "tamr|stamerr|stemr|stammar|kammel|kemmel|kml|kmel|b[9q]a|bqa"
            "|deoum|zid|zyd|hakka|hakak|haka|hek|heik|hik|hkka|hakdak|hak"
            "daka|heik|hadchi|hakda|hikk|ked|kida|kida)[a-z]*",
        ),
    ),
    # 19 no answer / explanation / refund / solve
    Rule(
        "complaint",
        "",
        1.0,
        (
            "nikt ? ? nie re:(odpowiada|odpowiedzia[łl]|odpowiedzia[łl]a|"
            "oddzwoni[łl]|oddzwoni[łl]a|odezwa[łl]|odezwa[łl]a|odbiera|od"
            "ebra[łl]|zadzwoni[łl]|zadzwoni[łl]a|odpisa[łl]|odpisa[łl]a)",
            "re:(nie|brak) re:(otrzyma[łl]am|otrzyma[łl]em|dosta[łl]am|do"
            "sta[łl]em|ma) ? re:odpowiedzi",
            "re:(chc[ęe]|oczekuj[ęe]|prosz[ęe]|[żz][ąa]dam|domagam) ? re:"
            "(wyja[śs]nie[ńn]|wyja[śs]nienia|wyja[śs]nienie|wyja[śs]nieni"
            "u)",
            "re:zwrot(u)? re:(pieni[ęe]dzy|koszt[óo]w|op[łl]aty|op[łl]at|"
            "sk[łl]adki|nale[żz]no[śs]ci|[śs]rodk[óo]w)",
            "re:(oddajcie|zwr[óo][ćc]cie|zwr[óo]ci[ćc]|odda[ćc]) ? re:(pi"
            "eni[ąa]dze|pieni[ęe]dzy|kas[ęe])",
            "re:prosz[ęe] ? re:(rozwi[ąa]za[ćc]|rozwi[ąa]zanie|za[łl]atwi"
            "[ćc]|naprawi[ćc])",
            "re:k(?:i̇?)mse ? re:(cevap|yan[ıi]t|d[öo]n[üu][şs]) re:(verm"
            "(?:i̇?)yor|vermed(?:i̇?)|yapmad[ıi]|yapm[ıi]yor)",
            "re:k(?:i̇?)mse ? re:(aramad[ıi]|aram[ıi]yor|d[öo]nmed(?:i̇?)"
            "|d[öo]nm[üu]yor|(?:i̇?)lg(?:i̇?)lenm(?:i̇?)yor|(?:i̇?)lg(?:i"
            "̇?)lenmed(?:i̇?)|a[çc]m[ıi]yor)",
            "re:a[çc][ıi]klama re:((?:i̇?)st(?:i̇?)yorum|bekl(?:i̇?)yorum"
            "|talep|r(?:i̇?)ca)",
            "re:param[ıi] ? re:ger(?:i̇?) re:((?:i̇?)st(?:i̇?)yorum|ver(?"
            ":i̇?)n|alab(?:i̇?)l(?:i̇?)r|[öo]dey(?:i̇?)n)",
            "re:(l[üu]tfen) ? ? re:([çc][öo]z[üu]n|[çc][öo]zer|halled(?:i"
            "̇?)n|(?:i̇?)lg(?:i̇?)len(?:i̇?)n|d[üu]zelt(?:i̇?)n)",
            "re:(ل[اأإآ]|م[اأإآ]|ول[اأإآ]|حت[ىي]) re:([اأإآ]حد|[اأإآ]حد|ح"
            "د[اأإآ]|حد|و[اأإآ]حد) ? re:([يى]|م[اأإآ])?(رد|ج[اأإآ]وب|[اأإ"
            "آ]تصل|تصل|[يى]رد|[يى]ج[اأإآ]وب|رجع|ع[اأإآ]ود|[يى]تصل|[يى]رجع"
            "|ج[اأإآ]وبن[يى]|رد)\\S*",
            "re:(لم|م[اأإآ]) re:([يى])?(رد|تصل|[اأإآ]تصل|ج[اأإآ]وب|رجع|[ي"
            "ى]رجع|[يى]تصل)\\S* ? re:([اأإآ]حد|[اأإآ]حد|حد[اأإآ]|حد)",
            "re:([اأإآ]ر[يى]د|[اأإآ]ر[يى]د|بد[يى]|بغ[يى]ت|نطلب|[اأإآ]طلب|"
            "[اأإآ]طلب|[اأإآ]بغ[ىي]|نر[يى]د|ننتظر|[اأإآ]نتظر|[اأإآ]نتظر) "
            "re:([اأإآ]ل)?(تفس[يى]ر|شرح|توض[يى]ح|تفس[يى]ر[اأإآ]|توض[يى]ح["
            "اأإآ]|شرح[اأإآ]|تفس[يى]ر[اأإآ]ً|توض[يى]ح[اأإآ]ً)",
            "re:([اأإآ]سترج[اأإآ]ع|[اأإآ]سترد[اأإآ]د|ترج[يى]ع|[اأإآ]رج[اأ"
            "إآ]ع|[اأإآ]رج[اأإآ]ع|رجعو|رجعول[يى]|ترجعو|ترجعول[يى]|[اأإآ]ر"
            "جعو[اأإآ]|[اأإآ]رجعو[اأإآ]|رجعو[اأإآ]|ردو|ردول[يى]) ? re:([ا"
            "أإآ]ل)?(فلوس|[اأإآ]مو[اأإآ]ل|[اأإآ]مو[اأإآ]ل|نقود|م[اأإآ]ل|م"
            "بلغ|فلوس[يى]|[اأإآ]مو[اأإآ]ل[يى]|[اأإآ]مو[اأإآ]ل[يى]|نقود[يى"
            "]|م[اأإآ]ل[يى]|[اأإآ]لمبلغ|[اأإآ]لفلوس)",
            "re:([اأإآ]رجو|[اأإآ]رجو|ممكن|ع[اأإآ]ف[اأإآ]كم|رج[اأإآ]ء|[اأإ"
            "آ]لرج[اأإآ]ء|[يى]رج[ىي]|بل[يى]ز|نرجو) ? re:(حل|تحل|تحلو|تحلو"
            "[اأإآ]|حلو|مع[اأإآ]لج[ةه]|تحلّو[اأإآ])",
            "re:(ningu[ée]m|ninguem) ? ? re:(responde|respondeu|ligou|lig"
            "a|retornou|retorna|atende|atendeu|contactou|contatou|respond"
            "em)",
            "re:(quero|exijo|pe[çc]o|gostaria|preciso|aguardo|espero) re:"
            "(de)~ re:(uma|umas)~ re:(explica[çc][ãa]o|explica[çc][õo]es|"
            "esclarecimento|esclarecimentos)",
            "re:(dinheiro|valor) de volta",
            "re:(reembolso|ressarcimento|estorno)",
            "re:(resolvam|solucionem|resolvam-me)",
            "nadie ? ? re:(contesta|contest[óo]|responde|respondi[óo]|lla"
            "ma|llam[óo]|devolvi[óo]|devuelve|atiende|atendi[óo]|contesta"
            "n|responden)",
            "re:(quiero|exijo|pido|quisiera|necesito|espero|solicito) re:"
            "(una|unas)~ re:(explicaci[óo]n|explicaciones|aclaraci[óo]n)",
            "re:(devuelvan|devolver|devuelvan|reembolsen|devu[ée]lvanme) "
            "re:(el|mi|todo)~ re:(dinero|importe|pago)",
            "re:(reembolso|reintegro|devoluci[óo]n) re:(del|de)~ re:(dine"
            "ro|importe|pago|mi)?",
            "re:(solucionen|arreglen|resuelvan|arr[ée]glenlo|soluci[óo]nenlo)",
            "personne ? ? ? ? re:(r[ée]pond|r[ée]pondu|rappel[ée]|rappel["
            "ée]e|rappelle|d[ée]croche|d[ée]croch[ée]|contact[ée]|contact"
            "[ée]e|revenu|revenue)",
            "re:(j')?(veux|voudrais|exige|demande|attends|souhaite|souhai"
            "terais) re:(une|des)~ re:(explication|explications|[ée]clair"
            "cissements)",
            "re:(remboursement|rembourser|rembours[ée]e?s?)",
            "re:(r[ée]gler|r[ée]soudre|r[ée]glez|r[ée]solvez|solutionner|"
            "r[ée]gl[ée]) re:(ce|le|cette|la|[çc]a|ces)~ re:(probl[èe]me|"
            "situation|souci|litige|probl[èe]mes)",
            "re:(niemand|keiner) ? ? re:(antwortet|geantwortet|zur(?:ü|ue"
            "|u)ckgerufen|meldet|gemeldet|ruft|reagiert|reagierte|erreich"
            "bar)",
            "re:(erwarte|verlange|fordere|m(?:ö|oe|o)chte|will|bitte) ? r"
            "e:(eine)~ re:(erkl(?:ä|ae|a)rung|erkl(?:ä|ae|a)rungen|stellu"
            "ngnahme)",
            "re:(geld|betrag) re:zur(?:ü|ue|u)ck",
            "re:(r(?:ü|ue|u)ckerstattung|erstattung|r(?:ü|ue|u)ckzahlung|"
            "zur(?:ü|ue|u)ckerstatten|erstatten)",
            "re:(l(?:ö|oe|o)sen|kl(?:ä|ae|a)ren|regeln|beheben) sie re:(d"
            "as|dies|dieses|diese|den)",
            "re:(qofna|cidna|ninna) ? ? re:(jawaabin|jawaab|wicin|xiriirin|celin)",
            "re:(sharraxaad|sharaxaad|faahfaahin|caddayn) re:(ayaan|baan|"
            "waan)~ re:(rabaa|doonayaa|sugayaa)",
            "re:(lacagtayda|lacagteyda|lacagta|lacagtii) re:(dib|ii)~ ? r"
            "e:(celiya|celisa|celin|rabaa)",
            "re:(xalliya|xaliya|dhammeeya|xalliyaa)",
            "ніхто ? ? re:(відповідає|відповів|відповіла|передзвонив|пере"
            "дзвонила|зателефонував|зв['ʼ]язався|відписав|відповідають)",
            "re:(хочу|вимагаю|чекаю|прошу) re:(пояснень|пояснення|пояснити)",
            "re:(поверніть|повернути|повернення) re:(гроші|кошти|коштів|грошей|оплату)",
            "re:(вирішіть|вирішити|розберіться) ? re:(проблему|питання|ситуацію|це)",
            "re:(nimeni|nimenea) ? ? re:(r[ăa]spunde|r[ăa]spuns|sunat|sun"
            "[ăa]|contactat|revenit|r[ăa]spunde[țţt]i)",
            "re:(m-a|a) re:(sunat|contactat) nimeni",
            "re:(vreau|cer|a[șşs]tept|solicit|doresc) re:(o)~ re:(explica"
            "[țţt]ie|explica[țţt]ii|explicatie|l[ăa]murire|l[ăa]muriri)",
            "re:(banii) re:([îi]napoi|inapoi)",
            "re:(rambursare|rambursarea|returnarea|restituirea|rambursa[ț"
            "ţt]i|returna[țţt]i)",
            "re:(rezolva[țţt]i|rezolvati|remedia[țţt]i) ? re:(problema|si"
            "tua[țţt]ia|asta|acest|aceast[ăa])",
            "nessuno ? ? re:(risponde|risposto|richiamato|richiamata|rich"
            "iama|chiamato|contattato|contattata|rispondono)",
            "re:(voglio|esigo|chiedo|pretendo|vorrei|aspetto) re:(una|del"
            "le)~ re:(spiegazione|spiegazioni|chiarimento|chiarimenti)",
            "re:(rimborso|rimborsare|rimborsato|rimborsata|rimborsi)",
            "re:(rivoglio|restituite|restituitemi|ridatemi) re:(i)~ re:(m"
            "iei)~ re:(soldi|denaro)",
            "re:(risolvete|sistemate|risolvere|sistemare) re:(questo|ques"
            "ta|il|la|questa)~ re:(problema|situazione|questione)",
            "መልሲ re:ኣይረኸ\\S*",
            "re:ኣይመለሰ\\S*",
            "re:መብርሂ\\S* ? re:\\S*ደሊ\\S*",
            "re:ገንዘበይ\\S* ? re:\\S*መለ?ሰ\\S*",
            "никто ? ? re:(отвечает|ответил|ответила|перезвонил|перезвони"
            "ла|позвонил|связался|ответили|отвечают|написал|перезвонили)",
            "re:(хочу|требую|жду|прошу) re:(объяснений|объяснения|объясни"
            "ть|разъяснений|разъяснения)",
            "re:(верните|вернуть|возврат|возврата|вернули) re:(мне|нам)~ "
            "re:(деньги|денег|средства|средств|оплату|оплаты)",
            "re:(решите|решить|разберитесь|уладьте) ? re:(проблему|вопрос|ситуацию|это)",
            "re:(ه[یيى]چ‌?[کك]س|ه[یيى]چ[کك]س|ه[یيى]چ‌?[کك][یيى]|ه[یيى]چ[ک"
            "ك][یيى]|[کك]س[یيى]) ? ? re:(جواب|پاسخ|تماس|زنگ) ? re:(نداد|ن"
            "م[یيى]‌?دهد|نم[یيى]ده|نم[یيى]‌?ده|نداده|نزد|نگرفت|نم[یيى]‌?ز"
            "نه|نم[یيى]‌?دن|ندادند|ندادن|نزده|نگرفته)",
            "re:(توض[یيى]ح|توض[یيى]حات|توض[یيى]ح[یيى]) re:(م[یيى]‌?خواهم|"
            "م[یيى]خوام|م[یيى]‌?خوام|خواستارم|م[یيى]‌?خواه[یيى]م|م[یيى]خو"
            "ا[یيى]م|بده[یيى]د|بد[یيى]د)",
            "re:(پول|پولم|هز[یيى]نه|مبلغ|پولمو|پولمان|پولمونو|پولمون|شهر["
            "یيى]ه) re:(را|رو)~ re:(پس|برگردان[یيى]د|برگردون[یيى]د|برگردا"
            "ن[یيى]د)",
            "re:(لطفا|لطفاً|خواهشا|خواهشاً|لطفن) ? re:(مش[کك]ل|موضوع|مسئل"
            "ه|مساله|مش[کك]لو) ? re:(حل|رس[یيى]دگ[یيى])",
            "re:([7h]ta|hatta|[7h]tta|wala|wla|walou|walo|[7h]atta|wela) "
            "? ? re:(ka|kay|kat|bi|bt|y)?(jawb|jaweb|jawab|jawbni|radd|ra"
            "d|rdd|redd|ttasl|ttsl|ttasel|tasal|tasel|ytasel|yrd|yrod|yer"
            "od|yjawb|yjaweb|bijawib|biyrod|birod|bired|3awd|3awed|ttaslo"
            "|tsalo|tasalo|ttasel|2ttasal|2ttasel|ittasal|itasal|etasal|r"
            "ado|raddou|raddo|jawbo|jawbou|jawbouni|jawboni|raddouli|radd"
            "oli|rdo|rddo|rdou|rddou|rdouli|rddouli|rddoli|radouli|raddou"
            "li)(ni|li|lia|liya|o|ou|ouni|oni|ouli|oli|ch|sh|nich|nish|ou"
            "ch|ouna|ona|na|oulna|olna|t|at|et|it|lich|ounach|ouh|lkom|li"
            "kom|na)?",
            "re:(ma[7h]ed|ma[7h]ad|ma[7h]ada|mahada|ma[7h]add|ma[7h]edd|m"
            "a[7h]dd|mahad|ma[7h]adda|ma[7h]da|mahda) ? re:(ka|kay|kat|bi"
            "|bt|y)?(jawb|jaweb|jawab|jawbni|radd|rad|rdd|redd|ttasl|ttsl"
            "|ttasel|tasal|tasel|ytasel|yrd|yrod|yerod|yjawb|yjaweb|bijaw"
            "ib|biyrod|birod|bired|3awd|3awed|ttaslo|tsalo|tasalo|ttasel|"
            "2ttasal|2ttasel|ittasal|itasal|etasal|rado|raddou|raddo|jawb"
            "o|jawbou|jawbouni|jawboni|raddouli|raddoli|rdo|rddo|rdou|rdd"
            "ou|rdouli|rddouli|rddoli|radouli|raddouli)(ni|li|lia|liya|o|"
            "ou|ouni|oni|ouli|oli|ch|sh|nich|nish|ouch|ouna|ona|na|oulna|"
            "olna|t|at|et|it|lich|ounach|ouh|lkom|likom|na)?",
            "ma re:([7h]ada|[7h]ad|[7h]add|[7h]adda|wa[7h]ed|wahed|wa[7h]"
            "d|[7h]ed|[7h]edd|hada|chi[7h]ed|[7h]tta|[7h]ta|[7h]da) ? re:"
            "(ka|kay|kat|bi|bt|y)?(jawb|jaweb|jawab|jawbni|radd|rad|rdd|r"
            "edd|ttasl|ttsl|ttasel|tasal|tasel|ytasel|yrd|yrod|yerod|yjaw"
            "b|yjaweb|bijawib|biyrod|birod|bired|3awd|3awed|ttaslo|tsalo|"
            "tasalo|ttasel|2ttasal|2ttasel|ittasal|itasal|etasal|rado|rad"
            "dou|raddo|jawbo|jawbou|jawbouni|jawboni|raddouli|raddoli|rdo"
            "|rddo|rdou|rddou|rdouli|rddouli|rddoli|radouli|raddouli)(ni|"
            "li|lia|liya|o|ou|ouni|oni|ouli|oli|ch|sh|nich|nish|ouch|ouna"
            "|ona|na|oulna|olna|t|at|et|it|lich|ounach|ouh|lkom|likom|na)"
            "?",
            "ma re:(jawbni|jawbouni|jawboni|jawbonich|jawbounich|jawbnich"
            "|jawbnish|jawbouna|jawbona|raddouli|raddoli|rddouli|rdouli|r"
            "adouli|raddouna|rddouna|ttaslo|ttasloch|ttaslouch|tasalo|tta"
            "sslo|tasalou|ttasloubi|ttasloubiya|jawbounach|jawbonach)",
            "re:(bghit|bghina|bdi|baddi|bidi|nbghi|na?tlob|ntlb|2otlob|na"
            "tlob|ntsenna|ntsna|nstanna|nestanna|2estanna|bdna|badna|badd"
            "na|bidna|kantsna|kantsenna|3am?stanna|bstanna|bestanna|kantl"
            "b|kan?tleb|bsa2el|bas2al|bedi|baddy|badi|kanetleb|ketleb|n?t"
            "leb|ntelb|kantlbo|kantalbo|nt?alboukom|ntalbo|ntalbou|kan?ta"
            "lbou|kan[7h]taj|n[7h]taj|n[7h]tajo) re:(tafsir|tafseer|chr[7"
            "h]|char[7h]|shar[7h]|sharh|charh|tawdi[7h]|tawdee[7h]|twdi[7"
            "h]|tawdi|touDi[7h]|explication|explications|[7h]jja|jawab|ja"
            "wabe|tabrir|taberir|tberir|jawb|jwab|ajwiba|2ajwiba|rad|radd"
            "|raddkom|jawabkom|tafsirkom|tawdihat|tawdi[7h]at|tafsirat|tf"
            "sir|tfssir|tbrir|tebrir|jwb|tafssir|tafsiir|tadbir)",
            "re:(rjj?3o|rdd?o|raj3o|rej3o|rajj?3ouli|rj3oli|rj3ouli|rdoul"
            "i|rddouli|trj3o|terja3o|trajj3o|terj3o|stirjaa3|istirjaa3|is"
            "tirja3|sterja3|stirja3|nstrj3|nstarj3|nsterja3|nrje3|rembour"
            "sement|rembourser|remboursi|raj3ouli|raj3oli|raj3ili|raj3o|r"
            "ajj3o|rajj3ouli|rajj3ouli|rajj3oli|rajjeLi|rajje3li|rajje3ol"
            "i|rajje3ouli|rajj3ouna|rajj3ona|rj3ona|rj3ouna|trjj3o|trej3o"
            "|tarje3|nstarj3o|nsterj3o|nstrj3o|astarjie|2starja3|2starji3"
            "|2esterje3|esterja3|esterje3|stirjaa) ? re:(l|el)?(flous|flo"
            "usi|floss|masari|masarii|masariya|msari|mesari|mcari|fulus|m"
            "ablagh|mblgh|masare|ma?sari|lflous|flousna|masarina|mesarina"
            "|flousna|msarina|ma?sarina|lfloss|floos|flouss|masriyati|mas"
            "riye|masriyeh|mesriye|masriyet|masriyi|masriya|masarif|masar"
            "ef|mssari|fulusi|fulousi|floussna|fuloos|lmablagh|l?mbl8)",
            "re:(3afak|3afakom|3afakoum|3fak|3fakom|3afakum|3afakoum|3afa"
            "koom|arjo|2arjo|2arjouk|arjouk|betmannit|bitmanna|bterja|mn?"
            "fadlek|mn?fadlkom|men?fadlak|min?fadlak|min?fadlkon|mn?fdlko"
            "m|rjaa2|raja2|rajaa2|rja2|2arjukom|arjokom|2arjokom|lah?yrda"
            "?3lik|lah?yrdi?3likom) ? ? re:([7h]lo|[7h]ellou|[7h]lou|[7h]"
            "llo|t[7h]llo|t[7h]ello|t[7h]elloo|t[7h]allo|[7h]elleh|[7h]el"
            "loha|tsawbo|tsawbou|tsl[7h]o|tsal[7h]o|tsalho|tsalhou|t[9q]a"
            "ddo|tqaddo|tne[7h]al|tn[7h]al|t[7h]aloha|t[7h]alouha|t[7h]lo"
            "ha|t[7h]llouha|t[7h]llha|t[7h]lloha|[7h]louha|[7h]elloha|[7h"
            "]alouha|[7h]alloha|t[7h]ellouha|t[7h]elluha|[7h]elluha|t[7h]"
            "ello?ha|t[7h]llou|[7h]elloulna|[7h]elloulna|t[7h]elloulna|sa"
            "l[7h]o|sal[7h]oha|[9q]adiwha|[9q]addiwha|qadiwha|tsawboha|sa"
            "wbooha|sawbouha|sawbha|sawbo|t3aljo|t3aljouha|t3aljoha|3aljo"
            "|3aljouha)",
        ),
    ),
    # 20 just a question
    Rule(
        "not_complaint",
        "",
        1.0,
        (
            "re:(tylko|jedno|kr[óo]tkie|ma[łl]e|drobne) re:pytanie",
            "re:(mam|mia[łl]abym|mia[łl]bym) ? re:pytanie",
            "re:(chcia[łl]abym|chcia[łl]bym) ? re:(zapyta[ćc]|dopyta[ćc])",
            "re:(sadece|yaln[ıi]zca|k[üu][çc][üu]k|k[ıi]sa|ufak) ? re:(so"
            "ru|sorum|sorudur)",
            "re:sorum re:(var|olacak|vard[ıi])",
            "re:(مجرد|فقط|غ[يى]ر|بس|عند[يى]|لد[يى]|لد[يى][اأإآ]|عند[ىي]|ع"
            "ند[يى]) re:(سؤ[اأإآ]ل|سو[اأإآ]ل|[اأإآ]ستفس[اأإآ]ر)",
            "re:(ghir|gher|3andi|3ndi|bass|bas|mjrd|mujarrad|juste|3endi)"
            " re:(so2al|sou2al|su2al|swal|soual|sou2al|so2aal)",
            "re:(s[óo]|apenas|somente|tenho|pequena|r[áa]pida|simples) re"
            ":(uma)~ re:(pergunta|perguntinha|d[úu]vida|quest[ãa]o|duvida"
            ")",
            "re:perguntinha",
            "re:(solo|s[óo]lo|solamente|[úu]nicamente|tengo|peque[ñn]a|br"
            "eve|simple|r[áa]pida) re:(una)~ re:(pregunta|duda|preguntita"
            "|consulta|consultita)",
            "re:(preguntita|consultita)",
            "re:(juste|simple|petite|seulement|rapide|une) re:(petite)~ question",
            "re:(ai|avais) une re:(petite)~ question",
            "re:(nur|kurze|kleine|eine) re:(kurze|kleine)~ frage",
            "re:(habe|h(?:ä|ae|a)tte) re:(eine|mal|nur)~ re:(kurze|kleine)~ frage",
            "re:(kaliya|keliya|kali|keli|hal|yar|gaaban) re:su'aal(o)?",
            "re:(kaliya|keliya|kali|keli|hal|yar|gaaban) re:su ’|‘|´|` re:aal(o)?",
            "re:su'aal re:(yar|kaliya|keliya|gaaban)",
            "re:su ’|‘|´|` re:aal re:(yar|kaliya|keliya|gaaban)",
            "re:su'aal re:(baan|ayaan|waan|ayaa) re:(qabaa|hayaa|qabaa)",
            "re:su ’|‘|´|` re:aal re:(baan|ayaan|waan|ayaa) re:(qabaa|hayaa|qabaa)",
            "re:(kaliya|keliya|hal|yar) re:(suaal|su,aal)",
            "re:(лише|просто|тільки|маленьке|коротке|одне) re:(одне)~ re:"
            "(питання|запитання|питаннячко)",
            "re:(маю|є) re:(одне)~ re:(питання|запитання)",
            "re:(doar|numai|mic[ăa]|scurt[ăa]|am) re:(o)~ re:([îi]ntrebar"
            "e|intrebare|[îi]ntreb[ăa]ric[ăa]|nel[ăa]murire)",
            "re:([îi]ntrebare|intrebare) re:(scurt[ăa]|rapid[ăa]|mic[ăa])",
            "re:(solo|soltanto|semplice|piccola|breve) re:(una)~ re:(doma"
            "nda|domandina|curiosit[àa])",
            "re:(ho|avrei) re:(una)~ re:(domanda|domandina)",
            "una domanda re:(veloce|rapida)",
            "ሕቶ re:ጥራይ\\S*",
            "ሓንቲ re:ሕቶ\\S*",
            "ሕቶ re:(ኣላትኒ|ኣለኒ|ኣሎኒ)\\S*",
            "re:(только|просто|небольшой|короткий|маленький|один) re:(вопрос|вопросик)",
            "re:(есть|имеется) re:(один|небольшой)~ re:(вопрос|вопросик)",
            "re:(فقط|[یيى][کك]|[یيى]ه|[یيى][کك]‌?) re:(سوال|سؤال|سئوال|پر"
            "سش|سوال[یيى]|سؤال[یيى])",
            "re:(سوال[یيى]|سؤال[یيى]|سوال|سئوال[یيى]|سؤال) re:(داشتم|دارم"
            "|دار[یيى]م|داشت[یيى]م)",
            "re:(ghir|gher|ghi|3andi|3ndi|3endi|bas|bass|mjrd|mujarrad|mo"
            "jarrad|fa[9q]at|faqat|juste|3ande|3indi|3andy|3ndy|3andna|3n"
            "dna|wa[7h]ed|wahed|wa[7h]d|so2al|bs|kan|sghir|sghayar|zghir|"
            "zghayar|zghayer|sghayer|soghayar) re:(so2al|sou2al|su2al|swa"
            "l|soual|so2aal|su2aal|s2al|sou2el|so2el|sou[9q]al|so[9q]al|s"
            "uqal|so2la|sou2aal|sou2al|su[9q]al|s[9q]al|so2ali|sou2ali|su"
            "2ali|souel|soual|sual|so[9q]ali|sou[9q]ali|istifsar|estefsar"
            "|istifsaar|stifsar|estifsar|2istifsar)",
            "re:(bghit|bghina|bdi|baddi|bidi|badi|bdna|baddna|bidna|badna"
            "|kont?bghit|kont?baghi|kont?baghya|kent?baddi|kent?bidi) re:"
            "(n|ne|2|e|ne2)?(s2al|sa2al|sewwel|swwl|swel|sswl|s2el|es2al|"
            "2es2al|is2al|2is2al|sowl|sa[9q]si|s[9q]si|nsa[9q]si|nsewwel|"
            "nswwl|nsewel|sa[9q]ssi|sa[9q]sikom|sewl|sewlkom|swlkom|s2alk"
            "on|s2alkom|is2alkon|2is2alkon|is2alak|2is2alak|es2alkon|2es2"
            "alkon|stafsir|stafser|stefser|estafser|2estafser|estafsir|2e"
            "stafsir|sta[9q]ser|nsta[9q]ser|nstafser|nestafser|sewwlkom|s"
            "ewelkom|swwlkom|2as2al|as2al|nes2al|nas2al)[a-z]*",
        ),
    ),
    # 21 withdraw complaint / settled
    Rule(
        "not_complaint",
        "",
        1.0,
        (
            "re:(wycofuj[ęe]|wycofa[łl]am|wycofa[łl]em|wycofa[ćc]|wycofuj"
            "emy) ? re:(skarg[ęe]|zg[łl]oszenie|za[żz]alenie|reklamacj[ęe"
            "])",
            "sprawa ? ? ? re:(za[łl]atwiona|zamkni[ęe]ta|rozwi[ąa]zana|wyja[śs]niona)",
            "nie trzeba ? ? re:(robi[ćc]|zrobi[ćc]|dzia[łl]a[ćc])",
            "re:(nic|niczego) re:(wi[ęe]cej|ju[żz]) nie trzeba",
            "re:[şs](?:i̇?)k[aâ]yet(?:i̇?)m(?:i̇?) re:ger(?:i̇?) re:([çc]"
            "ek(?:i̇?)yorum|ald[ıi]m|al[ıi]yorum|[çc]ekt(?:i̇?)m|[çc]ekme"
            "k)",
            "re:(konu|mesele|sorun|durum) ? ? re:(kapand[ıi]|[çc][öo]z[üu"
            "]ld[üu]|halled(?:i̇?)ld(?:i̇?)|hallolmu[şs]tur|halloldu|kapa"
            "nm[ıi][şs]t[ıi]r)",
            "re:(yapman[ıi]za|yap[ıi]lmas[ıi]na|ba[şs]ka) ? ? gerek re:(yok|kalmad[ıi])",
            "re:([اأإآ]|[اأإآ]|ن|بد[يى]|بغ[يى]ت)?(سحب|[اأإآ]سحب|نسحب|تن[ا"
            "أإآ]زل|[اأإآ]تن[اأإآ]زل|[اأإآ]تن[اأإآ]زل|نتن[اأإآ]زل|[اأإآ]ل"
            "غ[يى]|[اأإآ]لغ[يى]|نلغ[يى]|كنسحب|كنتن[اأإآ]زل) ? re:([اأإآ]ل"
            ")?(شكو[ىي]|شك[اأإآ][يى][ةه]|شكو[اأإآ][يى]|شك[اأإآ][يى]ت[يى]|"
            "شكوت[يى])",
            "re:([اأإآ]ل)?(موضوع|مشكل[ةه]|مشكل|قض[يى][ةه]|مس[اأإآ]ل[ةه]) "
            "re:([اأإآ]نته[ىي]|[اأإآ]نتهت|تحل|تحلت|[اأإآ]تحل|[اأإآ]تحلت|["
            "اأإآ]نحل|[اأإآ]نحلت|محلول|محلول[ةه]|تسو[ىي]|تسوت|س[اأإآ]ل[يى"
            "]|س[اأإآ]ل[اأإآ]ت|خل[اأإآ]ص|تحلّ)",
            "re:(ل[اأإآ]|م[اأإآ]|م[اأإآ]ف[يى]|م[اأإآ]ك[اأإآ][يى]ن) re:(د["
            "اأإآ]ع[يى]|ح[اأإآ]ج[ةه]|ضرور[ةه]|ل[اأإآ]ش)",
            "re:(retiro|retirar|retirei|cancelo|cancelar|cancelei|anulo|a"
            "nular) re:(a|o)~ re:(minha|meu)~ re:(queixa|reclama[çc][ãa]o"
            "|reclamacao)",
            "re:(assunto|caso|problema|quest[ãa]o|situa[çc][ãa]o) ? ? re:"
            "(resolvid[oa]|encerrad[oa]|esclarecid[oa]|solucionad[oa])",
            "re:n[ãa]o re:([ée]|e) re:(preciso|necess[áa]rio|necessario) "
            "re:(fazer)~ re:(mais|nada)",
            "re:(retiro|retirar|retir[ée]|cancelo|anulo|retiramos) re:(mi"
            "|la|el|nuestra)~ re:(queja|reclamaci[óo]n|reclamo|denuncia)",
            "re:(asunto|caso|problema|tema|situaci[óo]n) ? ? re:(resuelt["
            "oa]|cerrad[oa]|aclarad[oa]|solucionad[oa]|arreglad[oa])",
            "re:(no|ya) re:(hace|es) re:(falta|necesario|preciso) re:(hac"
            "er|nada|m[áa]s)",
            "doy por re:(cerrado|zanjado|resuelto)",
            "re:(retire|retirer|retirons|annule|annuler) re:(ma|la|notre|"
            "mon) re:(plainte|r[ée]clamation)",
            "re:(l')?(affaire|probl[èe]me|situation|question|dossier|souc"
            "i) ? ? re:(r[ée]gl[ée]e?|r[ée]solue?|close|clos|class[ée]e?)",
            "re:(pas|plus|aucun) besoin",
            "re:(ziehe|ziehen|zog) re:(meine|die|unsere) re:(beschwerde|r"
            "eklamation) re:zur(?:ü|ue|u)ck",
            "re:(beschwerde|reklamation) re:(zur(?:ü|ue|u)ckziehen|zur(?:"
            "ü|ue|u)ckgezogen)",
            "re:(sache|angelegenheit|problem|thema) ? ? ? re:(erledigt|ge"
            "kl(?:ä|ae|a)rt|gel(?:ö|oe|o)st)",
            "hat sich re:(erledigt|gekl(?:ä|ae|a)rt)",
            "re:(nichts|nix) re:(weiter|mehr|weiteres) ? re:(tun|unternehmen|machen)",
            "re:(cabashadayda|cabashadeyda|cabashada|ashtakada|ashtakaday"
            "da) ? ? re:(noqonayaa|noqday|joojiyay|joojinayaa|baajiyay|ba"
            "ajinayaa|celinayaa)",
            "re:(arrinta|arrintii|mushkiladda|mushkiladdii|dhibaatada|dhi"
            "baatadii|kiiska) ? ? re:(xalliyay|xaliyay|xallismay|xalismay"
            "|dhammaatay|dhamaatay|xallisantay|xal|xalliyeen)",
            "re:(looma|uma) re:(baahna|baahan)",
            "re:(відкликаю|забираю|скасовую) re:(свою|мою)~ re:(скаргу|заяву)",
            "re:(питання|справа|проблема|ситуація) ? ? re:(вирішене|виріш"
            "ено|вирішена|закрита|закрите|залагоджена|вирішилося|вирішила"
            "сь|вирішилася)",
            "re:(нічого|більше) ? не re:(потрібно|треба)",
            "re:(retrag|retragem|anulez) re:(pl[âa]ngerea|reclama[țţt]ia|"
            "sesizarea|plangerea|reclamatia)",
            "re:(problema|situa[țţt]ia|chestiunea|cazul|situatia) ? ? re:"
            "(rezolvat[ăa]|rezolvat|l[ăa]murit[ăa]|[îi]nchis[ăa]|[îi]nchi"
            "s|clarificat[ăa]|rezolvata)",
            "nu mai re:(e|este) re:(nevoie|necesar)",
            "nu e nevoie re:s[ăa] re:(face[țţt]i|faceti|mai)",
            "re:(ritiro|ritirare|ritirato|annullo) re:(il|la)~ re:(mio|mi"
            "a)~ re:(reclamo|lamentela|denuncia)",
            "re:(questione|faccenda|problema|situazione|cosa) ? ? re:(ris"
            "olta|risolto|chiusa|chiuso|sistemata|sistemato|chiarita|chia"
            "rito)",
            "non re:(serve|occorre) re:(fare)~ re:(altro|niente|nulla|nient'altro)",
            "non re:c'[èe] bisogno",
            "non c ’|‘|´|` re:[èe] bisogno",
            "re:ጥርዓነይ\\S* ? re:\\S*ስሕብ\\S*",
            "re:ጉዳይ\\S* ? re:ተፈቲ\\S*",
            "re:ኣየድል\\S*",
            "re:(отзываю|забираю|снимаю|отменяю) re:(свою|мою)~ re:(жалоб"
            "у|заявку|претензию)",
            "re:(вопрос|дело|проблема|ситуация) ? ? re:(реш[ёе]н|решена|р"
            "ешено|закрыт|закрыта|закрыто|улажен|улажена|урегулирован|реш"
            "ился|решилась|разрешилась|уладилась|улажено)",
            "re:(ничего|больше) ? не re:(нужно|надо|требуется)",
            "re:(ش[کك]ا[یيى]تم|ش[کك]ا[یيى]ت|ش[کك]ا[یيى]تمو|ش[کك]ا[یيى]تما"
            "ن) re:(را|رو)~ re:(پس|لغو|باطل)",
            "re:(مش[کك]ل|موضوع|مسئله|مساله|مش[کك]لمون|مش[کك]لم) ? ? re:(ح"
            "ل) re:(شد|شده|شده‌?است|شده‌?)",
            "re:(ن[یيى]از[یيى]|لازم|احت[یيى]اج[یيى]) ? re:(ن[یيى]ست|ن[یيى]س)",
            "re:(n|ne|2|ba|bi|b|bghit?n|baddi?|bdi|kan|ka|bidi)?(s[7h]b|s"
            "[7h]ab|sa[7h]eb|sa[7h]ab|es[7h]ab|is[7h]ab|2es[7h]ab|2is[7h]"
            "ab|ghi|lghi|lghy|lghat|lghit|nlghi|2elghi|elghi|2alghi|alghi"
            "|anoul|annuler|nannuli|retire|retirer|nretiri|tnazel|tnazl|t"
            "anazal|tnazal|etnazal|2etnazal|2etnazel|etnazel|ntnazl|nitna"
            "zal|ntnazel|ntnazal|tnazelt|tnazalt|sa[7h]abt|s[7h]abt|s[7h]"
            "bt|lghit|2lghit|2alghayt|2lghayt|alghayt|nsa[7h]eb|nsa[7h]ab"
            "|nsa[7h]b|nsahab)[a-z]* re:(l|el|3la|3an|3an?l|3al)~ re:(l|e"
            "l)?(chikaya|chkaya|shakwa|chakwa|shakwe|chakwe|chikayti|chka"
            "yti|shakwti|shakwati|chakwati|chekwa|shekwa|chikayte|shkaya|"
            "shakawa|shakawi|chakawa|chakawi|reclamation|réclamation|chik"
            "ayat|chkayat|shikaya|chkiya)",
            "re:(l|el)?(mochkil|mushkil|mochkila|mushkile|mechkle|mishkle"
            "|mouchkil|mushkla|mochkla|mawdou3|mawdo3|mawdu3|mawdoo3|[9q]"
            "adiya|qadiya|qadiyye|2adiyye|2adiye|mas2ala|mas2ale|mes2ale|"
            "[9q]adia|qadia|[9q]adiyya|mouchkila|muchkil|mochkel|mochkil|"
            "michkle|mushkileh|mechkil|mchkil|mochkl) re:(t[7h]l|t[7h]al|"
            "t[7h]all|t[7h]llat|t[7h]allat|n[7h]al|n[7h]all|in[7h]al|in[7"
            "h]all|n[7h]alla|n[7h]allet|in[7h]allet|salat|sala|sali|tsawa"
            "|tsawat|khlas|(5|kh)las|(5|kh)eles|khales|(5|kh)alas|khelset"
            "|(5|kh)elset|mahlola|m[7h]lola|m[7h]loula|m[7h]lol|ma[7h]lou"
            "l|t[7h]lat|t[7h]elat|t[7h]alet|t[7h]allet|t[7h]ellat|t[7h]al"
            "at|t[7h]llat|tsawat|tsawet|t?swat|t?swet|ntha|nteha|intaha|n"
            "tahat|ntahet|intahat|intahet|khlsat|(5|kh)lsat|khelsat|(5|kh"
            ")elsat|ma[7h]loule|ma[7h]loula|mahloul|mahloula|t[9q]ada|tqa"
            "da|t[9q]adat|tqadat|t?[9q]dat|tsaw?bat|tsawbat|tsawbet|t?saw"
            "bat|t?sawbet|t?sgt|t?sagmat|tsgmat|tsegmat|tsg?mat|t?sg?mat)",
            "re:(mab[9q]a|mab[9q]ach|maba2a|ma3ad|mab[9q]at|mab[9q]atch|m"
            "abqach|mab2a|mafi|mabqach|makayn|makaynch|makaynach|makainch"
            "|makansh|la|makanch|mafich|mafish|mafeesh|mafish|ma?bqat|mab"
            "q?itch|ma3adch|ma3adsh|mab2ash|mab2ach|mab[9q]ach|mabqa|ma?b"
            "[9q]a?ch|machi|mashi|mesh|mish|mch|mouch) re:(lach|da3i|da3e"
            "|[7h]aja|haja|[7h]ajja|daroura|ldaroura|lzoum|lezem|lzm|daru"
            "ri|darouri|daroori|daruriy|ldarouri|lazem|lazim|lazm|lzem|da"
            "roury|ldaroury|[7h]ajja|la?zem|lazma|lazmeh)",
        ),
    ),
    # 22 staff pulls, drags, shakes or pinches a child
    Rule(
        "sg",
        G,
        1.0,
        (
            "re:((po)?ci[ąa]g(n[ąa][łl]|n[ęe][łl]a|n[ęe]li|n[ęe][łl]y|nie|n[ąa]|a[łl]a|a[łl]|"
            "ali|aj[ąa]|nela|nal)|(po|wy|za)?szarp(a[łl]|a[łl]a|ali|a[łl]y|ie|i[ąa]|n[ąa][łl]"
            "|n[ęe][łl]a|n[ęe]li)) ? ? za kark|ucha|ucho|uszy|kucyk|szyje|szyję|uszko|wlosy|w"
            "łosy|kaptur|warkocz|czupryne|czuprynę|warkocze",
            "targa|targal|targał|targala|targali|targaly|targała|targały|wytarga|wytargal|wyt"
            "argał|wytargala|wytargali|wytargaly|wytargała|wytargały ? ? za kudly|kudły|wlosy"
            "|włosy|czupryne|czuprynę",
            "re:((po)?ci[ąa]g(n[ąa][łl]|n[ęe][łl]a|n[ęe]li|n[ęe][łl]y|nie|n[ąa]|a[łl]a|a[łl]|"
            "ali|aj[ąa]|nela|nal)|(po|wy|za)?szarp(a[łl]|a[łl]a|ali|a[łl]y|ie|i[ąa]|n[ąa][łl]"
            "|n[ęe][łl]a|n[ęe]li)) re:(go|j[ąa]|je|ich|dziecko|dzieci|syna|c[óo]rk[ęe]|ma[łl]"
            "ego|ma[łl][ąa]|synka|c[óo]reczk[ęe]|ch[łl]opca|dziewczynk[ęe]) ? za rece|reke|re"
            "kę|ręce|ręke|rękę|ramie|ramię|rekaw|rękaw|raczke|raczkę|rączke|rączkę|nadgarstek",
            "re:(go|j[ąa]|je|ich|dziecko|dzieci|syna|c[óo]rk[ęe]|ma[łl]ego|ma[łl][ąa]|synka|c"
            "[óo]reczk[ęe]|ch[łl]opca|dziewczynk[ęe]) re:((po)?ci[ąa]g(n[ąa][łl]|n[ęe][łl]a|n"
            "[ęe]li|n[ęe][łl]y|nie|n[ąa]|a[łl]a|a[łl]|ali|aj[ąa]|nela|nal)|(po|wy|za)?szarp(a"
            "[łl]|a[łl]a|ali|a[łl]y|ie|i[ąa]|n[ąa][łl]|n[ęe][łl]a|n[ęe]li)) ? za rece|reke|re"
            "kę|ręce|ręke|rękę|ramie|ramię|rekaw|rękaw|raczke|raczkę|rączke|rączkę|nadgarstek",
            "re:((po)?ci[ąa]g(n[ąa][łl]|n[ęe][łl]a|n[ęe]li|n[ęe][łl]y|nie|n[ąa]|a[łl]a|a[łl]|"
            "ali|aj[ąa]|nela|nal)|wl[oó]k[łl]a|wl[oó]k[łl]|wlok[łl]a|wlekli|zaci[ąa]gn[ęe][łl"
            "]a|zaci[ąa]gn[ąa][łl]) re:(go|j[ąa]|je|ich|dziecko|dzieci|syna|c[óo]rk[ęe]|ma[łl"
            "]ego|ma[łl][ąa]|synka|c[óo]reczk[ęe]|ch[łl]opca|dziewczynk[ęe]|mnie) ? po|za sal"
            "i|soba|sobą|ziemi|chodniku|podlodze|podłodze|schodach|korytarzu",
            "re:((po)?trz[ąa]s(n[ąa][łl]|n[ęe][łl]a|n[ęe]li|a[łl]|a[łl]a|ali)|trz[ęe]s([łl]a|"
            "[łl]|li)) re:(nim|ni[ąa]|nimi|dzieckiem|synem|c[óo]rk[ąa]|ma[łl]ym|ma[łl][ąa]|dz"
            "ie[ćc]mi|niemowl[ęe]ciem|synkiem|c[óo]reczk[ąa])",
            "re:(nim|ni[ąa]|nimi|dzieckiem|synem|c[óo]rk[ąa]|ma[łl]ym|ma[łl][ąa]|dzie[ćc]mi|n"
            "iemowl[ęe]ciem|synkiem|c[óo]reczk[ąa]) re:((po)?trz[ąa]s(n[ąa][łl]|n[ęe][łl]a|n["
            "ęe]li|a[łl]|a[łl]a|ali)|trz[ęe]s([łl]a|[łl]|li))",
            "re:(u)?szczyp(a[łl]|a[łl]a|ali|a[łl]y|n[ąa][łl]|n[ęe][łl]a|n[ęe]li) re:(go|j[ąa]"
            "|je|ich|dziecko|dzieci|syna|c[óo]rk[ęe]|ma[łl]ego|ma[łl][ąa]|synka|c[óo]reczk[ęe"
            "]|ch[łl]opca|dziewczynk[ęe]|mnie)",
            "re:(go|j[ąa]|je|ich|dziecko|dzieci|syna|c[óo]rk[ęe]|ma[łl]ego|ma[łl][ąa]|synka|c"
            "[óo]reczk[ęe]|ch[łl]opca|dziewczynk[ęe]|mnie) re:(u)?szczyp(a[łl]|a[łl]a|ali|a[ł"
            "l]y|n[ąa][łl]|n[ęe][łl]a|n[ęe]li)",
            "re:(kula[ğg][ıi][nm]?dan|kulaklar[ıi][nm]?dan|kula[ğg][ıi]n[ıi]|kula[ğg][ıi]m[ıi"
            "]|kulaklar[ıi]n[ıi]|yakas[ıi]ndan|yakamdan|ensesinden) ? re:([çc]ek|s[üu]r[üu]kl"
            "e|[çc]eki[şs]tir)[a-zışçğüöâ̇]*",
            "re:(sa[çc][ıi][nm]?dan|sa[çc]lar[ıi][nm]?dan|sa[çc][ıi]n[ıi]|sa[çc][ıi]m[ıi]|sa["
            "çc]lar[ıi]n[ıi]|sa[çc]lar[ıi]m[ıi]) ? re:([çc]ek|s[üu]r[üu]kle|[çc]eki[şs]tir|tu"
            "t|yakala|yol)[a-zışçğüöâ̇]*",
            "kolumdan|kolundan|bilegimden|bileginden|bileğimden|bileğinden|kollarimdan|kollar"
            "indan|kollarımdan|kollarından ? re:([çc]ek|s[üu]r[üu]kle|[çc]eki[şs]tir)[a-zışçğ"
            "üöâ̇]*",
            "re:(onu|beni|[çc]ocu[ğg]u|[çc]ocu[ğg]umu|o[ğg]lumu|k[ıi]z[ıi]m[ıi]|o[ğg]lunu|k[ı"
            "i]z[ıi]n[ıi]|bebe[ğg]i|bebe[ğg]imi|[çc]ocuklar[ıi]) ? ? re:s[üu]r[üu]kle[a-zışçğ"
            "üöâ̇]*",
            "re:(onu|beni|[çc]ocu[ğg]u|[çc]ocu[ğg]umu|o[ğg]lumu|k[ıi]z[ıi]m[ıi]|o[ğg]lunu|k[ı"
            "i]z[ıi]n[ıi]|bebe[ğg]i|bebe[ğg]imi|[çc]ocuklar[ıi]) hizla|hızla|tutup|sertce|ser"
            "tçe|tutarak|kuvvetle|omzundan|siddetle|şiddetle|yakasindan|yakasından|kollarinda"
            "n|kollarından|omuzlarindan|omuzlarından hizla|hızla|tutup|sertce|sertçe|tutarak|"
            "siddetle|şiddetle~ re:sars(t[ıi]|[ıi]yor|m[ıi][şs]|[ıi]p|arak|[ıi]yordu|t[ıi]lar"
            "|alad[ıi]|al[ıi]yor)",
            "bebegi|bebeği|bebegimi|bebeğimi|bebegimizi|bebeğimizi re:sars(t[ıi]|[ıi]yor|m[ıi"
            "][şs]|[ıi]p|arak|[ıi]yordu|t[ıi]lar|alad[ıi]|al[ıi]yor)",
            "re:[çc]imdikle(di|yor|mi[şs]|yip|yerek|yordu|diler|yorlar|r|mek|mi[şs]ler)",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى]|بت|ب[يى])?(شد|جذب|سحب|جبد|شحط|نتش|نتف|جر)ّ?(ه|ها|هم|و|"
            "وه|وها|ته|تها|تهم|تو|اتو|اته|اتها|ات|ت|تني|ني|وني|وا)? ? من|مـن re:(ال)?(أذن|اذن"
            "|إذن|ودن|وذن|ودان|دين[ةه]|دينت|أدن|ادن|شعر|شعور|ذراع|دراع|رقب[ةه]|رقبت|قف[اى]|كت"
            "ف)(ه|ها|هم|و|يه|يها|ته|تها|تو|ي|ني|اته|اتو)?",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى]|بت|ب[يى])?(شد|شدت|جذب|جذبت|سحب|سحبت|جبد|جبدات|شحط|شحطت"
            ")ّ? re:(أذن|اذن|ودن|دينت|شعر|ذراع|دراع)(ه|ها|و|يه|يها|ته|تها|تو)",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى]|بت|ب[يى])?(جر|سحل|شحط|جرجر|سحب)ّ?(ه|ها|هم|و|وه|وها|ته|"
            "تها|تهم|تو|اتو|اته|اتها|وهم|ني|تني) ? ع|ف|في|على|فوق~ re:(ف|فال|في|ع|عال|على|بال"
            "|ب)?(ال|ل)?(ممر|ارض|أرض|كولوار|كوريدور|قاع[ةه]|درج|ممرات)",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى]|بت|ب[يى])?(هز|خض|رج|نفض)ّ?(ه|ها|هم|و|وه|وها|ته|تها|تهم"
            "|تو|اتو|اته|اتها|وهم|ني|تني) بزز|بزاف|بشدة|بشده|بعنف|بقوة|بقوه|جامد",
            "re:(و|ف)?(ت|[يى]|كت|ك[يى]|بت|ب[يى])قرص(ه|ها|هم|و|ني|هن|وهم)",
            "قرصه|قرصو|قرصته|قرصها|قرصاته|قرصاتو|قرصتها|قرصاتها ف|في|من|بعنف|بقوة|بقوه re:(يد"
            "ه|يدها|ذراعه|ذراعها|فخذه|فخذها|بطنه|بطنها|دراعو|دراعها|يديه|ايدو|ايدها|ايديه|رجل"
            "ه|رجلها|رجلو)",
            "re:(ka|kat|kay|bi|bt|b|t|y)?(jbd|jbed|jebd|jbad|chdd|chd|chedd|shadd|shdd|shd|sh"
            "?a7at|sh?7at|sa7ab|s7ab|jerr|jarr)(o|ou|ha|hom|ato|atou|at|atha|ethom|to|tou|tha"
            "|eto|eha|oh|uh|itou|itha)? m|mn|mel|men|min re:(l)?(wdn|wden|wedn|oudn|udn|dayn|"
            "dein|dine|edn|2edn|2idn|idn|2dan|cha3r|sha3r|cha3er|sha3er|ch3r|sh3r|dra3|dira3|"
            "der3|dre3)[a-z0-9]*",
            "re:(ka|kat|kay|bi|bt|b|t|y)?(jerr|jarr|jerjer|jarjar|s7al|sa7al|sh?7at|sh?a7at)("
            "o|ou|ha|hom|ato|atou|at|atha|ethom|to|tou|tha|eto|eha|oh|uh|itou|itha) f|3a|3l|b"
            "l|fi|fl|3al|3la|bel|fel re:(l|el)?(couloir|coulouar|korridor|kolwar|koulwar|mama"
            "r|mamarr|ard|2ard|lard|blat|darj|drouj|sala)",
            "re:(ka|kat|kay|bi|bt|b|t|y)?(khadd|5add|khedd|5edd|nfed|nafad|hazz)(o|ou|ha|hom|"
            "ato|atou|at|atha|ethom|to|tou|tha|eto|eha|oh|uh|itou|itha) b9wa|bzaf|b3onf|b9owa"
            "|bqowa|bzzaf|b2ouwe|b2owwe|bi3onf|bl9owa|bqouwa",
            "re:(ka|kat|kay|bi|bt|b|t|y)?(9ars|2ars|qars|9rs|2rs)(o|ou|ha|hom|ato|atou|at|ath"
            "a|ethom|to|tou|tha|eto|eha|oh|uh|itou|itha)",
            "re:(puxa|puxou|puxava|puxaram|puxavam|puxar|puxando|arrasta|arrastou|arrastava|a"
            "rrastaram)-(o|a|os|as|no|na|lhe|lhes) ? a|o|as|os|pela|pelo|pelas|pelos re:(orel"
            "ha|orelhas|orelhinha|cabelo|cabelos|bra[çc]o|bra[çc]os|nuca|pesco[çc]o|gola|capu"
            "z|tran[çc]a|tran[çc]as|rabo-de-cavalo)",
            "puxa|puxar|puxou|puxava|puxando|puxaram|puxavam|arrastou|arrastava ? ? ? pela|pe"
            "lo|pelas|pelos re:(orelha|orelhas|orelhinha|cabelo|cabelos|bra[çc]o|bra[çc]os|nu"
            "ca|pesco[çc]o|gola|capuz|tran[çc]a|tran[çc]as|rabo-de-cavalo)",
            "puxa|puxar|puxou|puxava|puxando|puxaram|puxavam a|o|as|os cabelo|orelha|cabelos|"
            "orelhas a|à|ao|da|do|das|dos|dela|dele",
            "me|te|lhe|nos puxa|puxar|puxou|puxava|puxando|puxaram|puxavam a|o|as|os braco|br"
            "aço|cabelo|orelha|cabelos|orelhas",
            "re:(arrasta|arrastou|arrastava|arrastaram|arrastavam|arrastando|arrastar)(-o|-a|"
            "-os|-as|-no|-na)? a|o|as|os|ela|ele|meu|elas|eles|minha|nossa|nosso~ re:(filho|f"
            "ilha|menino|menina|beb[êée]|crian[çc]a|pequeno|pequena|mi[úu]do|mi[úu]da|beb[êe]"
            "zinho|garoto|garota)~ na|no|ate|até|pela|pelo|pelos chao|chão|patio|pátio|escada"
            "|escadas|corredor|corredores",
            "re:(sacudiu|sacode|sacudia|sacudiram|abanou|abanava|abanaram|chacoalhou|chacoalh"
            "ava|chacoalha|sacudir|chacoalhar)-(o|a|os|as)",
            "abanou|sacode|abanava|sacudia|sacudir|sacudiu|abanaram|chacoalha|sacudiram|chaco"
            "alhar|chacoalhou|chacoalhava a|o|ela|ele|meu|seu|sua|minha re:(filho|filha|menin"
            "o|menina|beb[êée]|crian[çc]a|pequeno|pequena|mi[úu]do|mi[úu]da|beb[êe]zinho|garo"
            "to|garota)",
            "re:belisc(ou|a|ava|aram|avam|ar|ando)-(o|a|os|as|lhe|lhes|me)",
            "beliscao|beliscão|beliscoes|beliscões",
            "belisca|beliscou|beliscava|beliscaram|beliscavam ela|ele|elas|eles",
            "belisca|beliscou|beliscava|beliscaram|beliscavam a|o|as|os|meu|minha re:(filho|f"
            "ilha|menino|menina|beb[êée]|crian[çc]a|pequeno|pequena|mi[úu]do|mi[úu]da|beb[êe]"
            "zinho|garoto|garota)",
            "re:(jal[óo]|jala|jalaba|jalaron|jalaban|jalar|jalando|jalone[óo]|jalonea|jalonea"
            "ba|jalonearon|tir[óo]|tira|tiraba|tiraron|tiraban|tirar|tirando|arrastr[óo]|arra"
            "stra|arrastraba|arrastraron) de|del|por el|la|su|las|los|sus~ re:(oreja|orejita|"
            "pelo|pelos|cabello|brazo|brazos|bracito|coleta|coletas|trenza|trenzas|mo[ñn]o|cu"
            "ello|nuca|capucha)",
            "jala|jalo|jaló|jalaba|jalaban|jalaron|jalonea|jaloneo|jaloneó|jaloneaba de|por l"
            "as|sus orejas",
            "la|lo|me|las|los jalo|jaló|jalaba|jalaron|arrastra|arrastro|arrastró|arrastraba|"
            "arrastraban|arrastraron a|por~ todo~ el|la|los~ aula|piso|patio|suelo|pasillo|pa"
            "sillos|escaleras",
            "arrastro|arrastró|arrastrar|arrastraba|arrastraban|arrastrando|arrastraron a el|"
            "la|mi|su|las|los~ re:(hijo|hija|ni[ñn]o|ni[ñn]a|ni[ñn]os|nene|nena|peque|beb[ée]"
            "|hijos|cr[íi]o|cr[íi]a|chiquito|chiquita) por",
            "la|le|lo|me|las|los jalonea|jaloneo|jaloneó|zamarrea|zamarreo|zamarreó|zarandea|"
            "zarandeo|zarandeó|jaloneaba|jalonearon|zamarreaba|zarandeaba|zarandearon",
            "sacude|sacudia|sacudio|sacudir|sacudió|sacudía|sacudieron a el|la|mi|su|los~ re:"
            "(hijo|hija|ni[ñn]o|ni[ñn]a|ni[ñn]os|nene|nena|peque|beb[ée]|hijos|cr[íi]o|cr[íi]"
            "a|chiquito|chiquita)",
            "la|le|lo|me|las|les|los pellizca|pellizco|pellizcó|pellizcan|pellizcaba|pellizca"
            "ban|pellizcaron",
            "l'|la|le|m'|l'a|les|m'a|t'a|l'ont|l'avait|l'avaient re:(tir[ée]e?s?|tire|tirait|"
            "tiraient|tirent|tirant|tirer|tra[îi]n[ée]e?s?|tra[îi]ne|tra[îi]nait|tra[îi]naien"
            "t|tra[îi]nant|tra[îi]ner|empoign[ée]e?s?|empoigne|empoignait) au|par l'epaule|l'"
            "épaule|l'oreille",
            "l'|la|le|m'|l'a|les|m'a|t'a|l'ont|l'avait|l'avaient re:(tir[ée]e?s?|tire|tirait|"
            "tiraient|tirent|tirant|tirer|tra[îi]n[ée]e?s?|tra[îi]ne|tra[îi]nait|tra[îi]naien"
            "t|tra[îi]nant|tra[îi]ner|empoign[ée]e?s?|empoigne|empoignait) au|par la|le|sa|le"
            "s|ses|son col|cou|bras|natte|nuque|capuche|cheveux|colback|oreille|poignet|couet"
            "tes|oreilles|tignasse",
            "l'|la|le|m'|l'a|les|m'a|t'a|l'ont|l'avait|l'avaient pris|prend|prise|attrape|att"
            "rapé|prenait|attrapee|attrapes|attrapée|attrapés|attrapait|attrapant|attrapees|a"
            "ttrapées au|par la|le|sa|les|ses|son|l'oreille col|cou|nuque|cheveux|colback|ore"
            "ille|oreilles|tignasse~",
            "re:(tir[ée]e?s?|tire|tirait|tiraient|tirent|tirant|tirer|tra[îi]n[ée]e?s?|tra[îi"
            "]ne|tra[îi]nait|tra[îi]naient|tra[îi]nant|tra[îi]ner|empoign[ée]e?s?|empoigne|em"
            "poignait) la|le|ma|sa|un|les|mes|mon|nos|ses|son|une|leur|notre re:(fils|fille|e"
            "nfant|enfants|b[ée]b[ée]|petit|petite|gar[çc]on|bambin|nourrisson|petits|gamin|g"
            "amine|loulou) au|par la|le|sa|les|ses|son|l'oreille",
            "me|lui|m'a|t'a|leur a|ont|avait|avaient~ tire|tiré|tirait|tirent|arrache|arraché"
            "|tiraient|arrachait le|les|l'oreille nez|bras|natte|cheveux|oreille|poignet|coue"
            "ttes~",
            "me|lui|m'a|t'a|leur a|ont|avait|avaient~ tord|pince|pincé|tordu|pincait|pinçait|"
            "tordait|pincaient|pinçaient la|le|les nez|bras|joue|jambe|joues|cuisse|fesses|ja"
            "mbes|ventre|cuisses|oreille|poignet",
            "la|le|l'a|les|m'a|l'ont|l'avait|l'avaient re:(tra[îi]n[ée]e?s?|tra[îi]ne|tra[îi]"
            "nait|tra[îi]naient|tir[ée]e?s?|tirait) a|à|au|par|sur|dans|hors|tout|jusqu'a|jus"
            "qu'à|jusqu'au~ la|le|les|tout~ sol|cour|long|terre|classe|couloir|couloirs|escal"
            "ier|escaliers",
            "secoue|secoué|secouee|secoues|secouée|secoués|secouait|secouant|secouees|secouée"
            "s|secouaient dans|fort|tres|très|comme|violemment|brutalement",
            "secoue|secoué|secouee|secouer|secoues|secouée|secoués|secouait|secouant|secouees"
            "|secouées|secouaient la|le|ma|sa|un|les|mes|mon|nos|ses|son|une|leur|notre re:(f"
            "ils|fille|enfant|enfants|b[ée]b[ée]|petit|petite|gar[çc]on|bambin|nourrisson|pet"
            "its|gamin|gamine|loulou)",
            "l'a|m'a|t'a|l'ont|l'avait|l'avaient pince|pincé|pincee|pinces|pincée|pincés|pinc"
            "ees|pincées",
            "le|me|te|les pince|pincait|pincent|pinçait|pincaient|pinçaient",
            "am|an|beim dem|den|der|ihrem|ihren|seinem|seinen~ ohr|haar|zopf|ohren|genick|haa"
            "ren|kragen|nacken|schopf|zopfen|zöpfen|ohrlappchen|ohrläppchen|schlafittchen ? ?"
            " ? gepackt|gezerrt|gezogen|gezupft|gerissen|geschleift|geschleppt|hochgezogen|ra"
            "usgezerrt|rausgezogen|herausgezogen|hinausgezerrt|mitgeschleift",
            "am|an|beim dem|den|der|ihrem|ihren|seinem|seinen~ arm|armen|kapuze|handgelenk ? "
            "? ? gezerrt|gerissen|geschleift|weggezerrt|rausgezerrt|hinausgezerrt|mitgeschlei"
            "ft",
            "zog|riss|packt|reist|reißt|zerrt|zieht|zogen|zupft|packte|rissen|zerrte|zupfte|z"
            "errten das|den|die|ihm|ihn|ihr|sie|mich|meine|meinen|unsere|unseren baby|kind|so"
            "hn|jungen|kinder|kleine|kleinen|madchen|mädchen|tochter|saugling|säugling~ am|an"
            "|beim den|der~ ohr|haar|zopf|ohren|genick|haaren|kragen|nacken|schopf|zopfen|zöp"
            "fen|ohrlappchen|ohrläppchen|schlafittchen",
            "riss|reist|reißt|zerrt|rissen|zerrte|zerrten das|den|die|ihm|ihn|ihr|sie|mich|me"
            "ine|meinen|unsere|unseren baby|kind|sohn|jungen|kinder|kleine|kleinen|madchen|mä"
            "dchen|tochter|saugling|säugling~ am|an|beim den|der~ arm|armen|kapuze|handgelenk",
            "das|ihn|sie|kind|mich|sohn|meine|kleine|meinen|kleinen|tochter ? uber|über|durch"
            " das|den|die~ hof|flur|gang|boden|flure|gange|gänge|treppe|fusboden|fußboden|kor"
            "ridor entlang~ gezerrt|gezogen|geschleift|geschleppt",
            "zerrt|zerrte|zerrten|schleift|schleifte|schleiften das|den|die|ihm|ihn|ihr|sie|m"
            "ich|meine|meinen|unsere|unseren baby|kind|sohn|jungen|kinder|kleine|kleinen|madc"
            "hen|mädchen|tochter|saugling|säugling~ in|aus|ins|zum|zur|uber|über|durch|hinter",
            "es|ihn|sie|baby|kind|mich|sohn|jungen|kinder|kleine|kleinen|madchen|mädchen|toch"
            "ter|saugling|säugling so|fest|grob|stark|brutal|heftig|kraftig|kräftig|richtig~ "
            "geruttelt|gerüttelt|geschuttelt|geschüttelt",
            "ruttelt|rüttelt|ruttelte|rüttelte|schuttelt|schüttelt|schuttelte|schüttelte|schu"
            "ttelten|schüttelten es|das|den|die|ihn|sie|mich|meine|meinen|unsere|unseren re:("
            "baby|kind|kleinen|kleine|heftig|kr[äa]ftig|hin|durch|sohn|tochter|s[äa]ugling|ju"
            "ngen|an|richtig|grob|fest)",
            "es|ihn|sie|kind|mich|sohn|kinder|kleine|kleinen|tochter am|in|ins~ das|den|die~ "
            "po|arm|ohr|arme|bein|backe|bauch|beine|wange|wangen|hintern~ gezwickt|gekniffen",
            "kniff|kneift|kniffen|zwickte|zwickten das|die|ihn|sie|mich|meine|meinen|unsere|u"
            "nseren in|so|fest|kind|immer|kinder|kleine|kleinen|standig|ständig|heimlich",
            "re:(dhegta|dhegaha|dhegtiisa|dhegteeda|dhegihiisa|dhegaheeda|dhegtii|dhegtayda|t"
            "imaha|timihiisa|timaheeda|timahayga|timihii|cududda|cududiisa|cududdeeda|qoorta|"
            "luqunta) ? ? ? re:jiid[a-z]*",
            "re:jiid[a-z]* re:(dhegta|dhegaha|dhegtiisa|dhegteeda|dhegihiisa|dhegaheeda|dhegt"
            "ii|dhegtayda|timaha|timihiisa|timaheeda|timahayga|timihii|cududda|cududiisa|cudu"
            "ddeeda|qoorta|luqunta)",
            "re:(ilmaha|ilmihii|cunugga|cunuggii|canugga|wiilka|wiilkii|gabadha|gabadhii|wiil"
            "kayga|gabadhayda|ilmahayga|cunugayga|ubadka|isaga|iyada|carruurta) bay|buu|ayay|"
            "ayey|ayuu~ dhulka|hoolka|wadada|waddada|koridoorka|jaranjarada ku|uga|kula~ re:j"
            "iid[a-z]*",
            "re:(ilmaha|ilmihii|cunugga|cunuggii|canugga|wiilka|wiilkii|gabadha|gabadhii|wiil"
            "kayga|gabadhayda|ilmahayga|cunugayga|ubadka|isaga|iyada|carruurta) bay|buu|ayay|"
            "ayey|ayuu~ si~ xun|adag|xoog~ u~ re:rux[a-z]*",
            "re:qanj[ai]ruuf[a-z]*",
            "re:(по|с)?(тягн|тяга|тягл|тягав|смик|ску[бп]|шарп)[а-яіїєґ']* ? ? за чуб|вуха|ву"
            "хо|коси|косу|чуба|вушка|вушко|комір|каптур|шкірку|волосся|косички|косичку",
            "re:(по|с)?(тягн|тяга|тягл|тягав|смик|ску[бп]|шарп)[а-яіїєґ']* їх|її|його|малу|си"
            "на|дочку|дітей|дитину|доньку|малого|малюка|немовля ? за руки|руку|плече|плечі|ру"
            "чку|лікоть",
            "їх|її|його|малу|сина|дочку|дітей|дитину|доньку|малого|малюка|немовля re:(по|с)?("
            "тягн|тяга|тягл|тягав|смик|ску[бп]|шарп)[а-яіїєґ']* ? за руки|руку|плече|плечі|ру"
            "чку|лікоть",
            "re:(тягн|тяга|тягл|волок|волоч|протягн|потягн|протяг)[а-яіїєґ']* їх|її|його|малу"
            "|сина|дочку|дітей|дитину|доньку|малого|малюка|немовля ? по двору|землі|сходах|пі"
            "длозі|коридору|коридорі",
            "їх|її|його|малу|сина|дочку|дітей|дитину|доньку|малого|малюка|немовля re:(тягн|тя"
            "га|тягл|волок|волоч|протягн|потягн|протяг)[а-яіїєґ']* ? по двору|землі|сходах|пі"
            "длозі|коридору|коридорі",
            "re:(тру[сш](ила|ив|или|ить|ять)|струсну(ла|в|ли)|трусонула|трусонув|тряс(ла|ли|т"
            "и|е)?|затрусила) за|їх|її|його|малу|сина|дочку|дітей|дитину|доньку|малого|малюка"
            "|немовля",
            "їх|її|його|малу|сина|дочку|дітей|дитину|доньку|малого|малюка|немовля тряс|трусив"
            "|трушив|трясла|трясли|трусила|трусили|трушила|трушили|струснув|трусонув|струснул"
            "а|струснули|трусонула",
            "re:(в|у|по)?щип(ала|ав|али|нула|нув|нули|ає|ають|ле|лють) за|їх|її|його|малу|мен"
            "е|сина|дочку|дітей|дитину|доньку|малого|малюка|немовля",
            "їх|її|його|малу|сина|дочку|дітей|дитину|доньку|малого|малюка|немовля re:(в|у|по)"
            "?щип(ала|ав|али|нула|нув|нули)",
            "re:(по|от|за)?(тян|тащ|таск|оттаск|дёрг|дерг|дёрн|дерн|тяг)[а-яё]* ? ? за ухо|уш"
            "и|чуб|косу|косы|ушки|ушко|волосы|шкирку|капюшон|косички|косичку|шиворот|волосики"
            "|воротник",
            "re:(по|от|за)?(тян|тащ|таск|оттаск|дёрг|дерг|дёрн|дерн|тяг)[а-яё]* ее|её|их|его|"
            "дочь|сына|детей|дочку|малыша|малышку|ребенка|ребёнка|младенца ? за руки|руку|пле"
            "чи|плечо|ручку|локоть",
            "ее|её|их|его|дочь|сына|детей|дочку|малыша|малышку|ребенка|ребёнка|младенца re:(п"
            "о|от|за)?(тян|тащ|таск|оттаск|дёрг|дерг|дёрн|дерн|тяг)[а-яё]* ? за руки|руку|пле"
            "чи|плечо|ручку|локоть",
            "re:(тащ|волок|волоч|протащ|проволок|таск|тян|потащ|поволок)[а-яё]* ее|её|их|его|"
            "дочь|сына|детей|дочку|малыша|малышку|ребенка|ребёнка|младенца ? по полу|земле|ас"
            "фальту|коридору|лестнице|коридорам",
            "ее|её|их|его|дочь|сына|детей|дочку|малыша|малышку|ребенка|ребёнка|младенца re:(т"
            "ащ|волок|волоч|протащ|проволок|таск|тян|потащ|поволок)[а-яё]* ? по полу|земле|ас"
            "фальту|коридору|лестнице|коридорам",
            "тряс|трясет|трясла|трясли|трясти|трясут|трясёт|тряхнул|тряхнула|тряхнули|встряхн"
            "ул|встряхивал|встряхнула|встряхнули|встряхивала|встряхивали ее|её|за|их|его|дочь"
            "|сына|детей|дочку|малыша|малышку|ребенка|ребёнка|младенца",
            "ее|её|их|его|дочь|сына|детей|дочку|малыша|малышку|ребенка|ребёнка|младенца тряс|"
            "трясла|трясли|тряхнул|тряхнула|тряхнули|встряхнул|встряхнула|встряхнули",
            "re:(у|по|на)?щип(ала|ал|али|нула|нул|нули|лет|ет|лют|ают|ает) ее|её|за|их|его|до"
            "чь|меня|сына|детей|дочку|малыша|малышку|ребенка|ребёнка|младенца",
            "ее|её|их|его|дочь|сына|детей|дочку|малыша|малышку|ребенка|ребёнка|младенца re:(у"
            "|по|на)?щип(ала|ал|али|нула|нул|нули)",
            "re:(گوش|گوشش|گوشاش|گوش‌هایش|گوشهایش|گوش‌هاش|گوشهاش|گوششو|گوشم|گوشمو|موهاش|موهایش"
            "|موهاشو|موهام|موهامو|موهایم|موی|موهای|بازوش|بازویش|بازوشو|یقه‌اش|یقه‌ش|یقه‌شو|یق"
            "ه‌اشو|یقه‌ام) او|اون|بچه|پسرم|بچه‌م|دخترم|بچه‌ام~ او|را|رو|اونو~ و|بزور|محکم|گرف"
            "ت|بازور|بهزور|گرفته|با‌زور|به‌زور|گرفت‌و~ می~ re:(می‌?)?کش(ید|یده|یدش|یدن|یدند|ه"
            "|ن|ند|ی|م|ید‌?و)?",
            "از گوشش|گوشم|موهاش|موهام|گوشاش|یقه‌ش|موهایش|گوشهاش|یقه‌اش|گوش‌هاش کشید|گرفت|کشید"
            "ش|کشیده|گرفتش|گرفته|گرفتو|گرفت‌و",
            "کشان|کشون|کشانکشان|کشانکشون|کشونکشان|کشونکشون|کشان‌کشان|کشان‌کشون|کشون‌کشان|کشون"
            "‌کشون کشان|کشون~ ? ? re:(برد|بردش|بردن|بردند|می‌?برد|میبرد|آورد|آوردش|اورد|اوردش"
            "|کشید|کشیدش|کشاند|کشاندش|کشوند|کشوندش|برده)",
            "تو|در|رو|کف|توی|روی|وسط~ کف|زمین|سالن|راهرو|راهروی کشیدش|کشاندش|کشوندش|کشیدند|کش"
            "یدنش|میکشیدش|میکشاندش|میکشوندش|میکشیدند|میکشیدنش|می‌کشیدش|می‌کشاندش|می‌کشوندش|می"
            "‌کشیدند|می‌کشیدنش",
            "بشدت|شدید|محکم|بهشدت|به‌شدت تکانش|تکونش|تکانشان|تکونشون داد|دادن|داده|دادند|میدا"
            "د|میدادن|می‌داد|می‌دادن",
            "بچه|پسرم|بچهرا|بچهرو|دخترم|نوزاد|پسرمو|بچه‌را|بچه‌رو|بچه‌مو|دخترمو|نوزادرو را|رو"
            "~ بشدت|خیلی|شدید|محکم|بهشدت|به‌شدت~ محکم~ تکان|تکون داد|دادن|داده|دادند|میداد|می"
            "‌داد",
            "re:(بازوش|بازویش|دستش|پاش|پایش|رونش|شکمش|بازوشو|دستشو|پاشو|گوشش|بدنش|بچه‌?ها|بچه"
            "|اونو|پسرم|دخترم|پسرمو|دخترمو) را|رو~ نشگون|نیشگان|نیشگون|ویشگون",
            "نیشگونش|نیشگونم|ویشگونش|نیشگونشون گرفت|گرفته|میگرفت|میگیره|می‌گرفت|می‌گیره",
            "re:(tras|trage|tr[ăa]gea|tr[ăa]geau|tras-o|tras-l|smucit|smucit-o|smucit-l|smuce"
            "a|smuls|smulge|tr[ăa]g[âa]nd) ? ? de re:(ureche|urechea|p[ăa]r|p[ăa]rul|codi[țţt"
            "][ăa]|codi[țţt]e|cozi|guler|ceaf[ăa]|glug[ăa])",
            "o|il|îl|l-a|l-au tras|trage|smucea|smucit|tragea|trăgea|trageau|trăgeau de brat|"
            "braţ|braț|mana|mană|mâna|mână|umar|umăr|brate|braţe|brațe|umeri",
            "tras-l|tras-o|smucit-l|smucit-o de brat|braţ|braț|mana|mană|mâna|mână|umar|umăr|"
            "brate|braţe|brațe|umeri",
            "o|il|îl|l-a|m-a|i-au|l-au re:(t[âa]r[âa]t|t[âa]r[ăa][șşs]te|t[âa]ra|t[âa]rau|t[â"
            "a]r[âa]ia) ? ? pe|jos|pana|pană|prin|pâna|până|afara|afară hol|jos|clasa|clasă|c"
            "urte|holul|podea|scari|scări|lungul|pamant|pamânt|pămant|pământ|coridor|coridoru"
            "l",
            "tarat-l|tarat-o|tarât-l|tarât-o|târat-l|târat-o|târât-l|târât-o ? ? pe|jos|pana|"
            "pană|prin|pâna|până|afara|afară hol|jos|clasa|clasă|curte|holul|podea|scari|scăr"
            "i|lungul|pamant|pamânt|pămant|pământ|coridor|coridorul",
            "o|il|îl|l-a|m-a|i-au|l-au re:(zg[âa]l[țţt][âa]it|zg[âa]l[țţt][âa]ie|zg[âa]l[țţt]"
            "[âa]ia|zgl[âa]n[țţt][ăa]it)",
            "re:(zg[âa]l[țţt][âa]it-o|zg[âa]l[țţt][âa]it-l|scuturat-o|scuturat-l)",
            "o|il|îl|l-a|m-a|i-au|l-au scutura|scutură|scuturat de|tare|violent|zdravan|zdrav"
            "ăn|puternic",
            "re:(scuturat|scutura|scutur[ăa]|zg[âa]l[țţt][âa]it|zg[âa]l[țţt][âa]ia) re:(copil"
            "ul|bebelu[șşs]ul|feti[țţt]a|b[ăa]ie[țţt]elul|b[ăa]iatul|bebe|copila[șşs]ul)",
            "ciupea|ciupit|ciupeau|ciupesc|ciupeste|ciupeşte|ciupește|ciupit-l|ciupit-o de re"
            ":(bra[țţt]|bra[țţt]e|obraz|obraji|picior|picioare|fund|burt[ăa]|spate|ureche|coa"
            "ps[ăa]|pulp[ăa])",
            "la|le|li|lo|mi|ti|gli|l'ha|l'aveva|l'hanno|l'avevano ha|aveva|hanno|avevano~ re:"
            "(tirat[oaie]|tira|tirava|tiravano|tirano|trascinat[oaie]|trascina|trascinava|tra"
            "scinavano|strattonat[oaie]|strattona|strattonava|strattonavano|afferrat[oaie]|af"
            "ferra|afferrava|pres[oaie]|prende|prendeva) da|dai|dal|per|dagli|dalla|dalle~ i|"
            "il|la|le|un|gli~ collo|codini|codino|trecce|capelli|treccia|colletto|orecchio|ca"
            "ppuccio|collottola|l'orecchia|l'orecchio",
            "la|le|li|lo|mi|ti|gli|l'ha|l'aveva|l'hanno|l'avevano ha|aveva|hanno|avevano~ re:"
            "(tirat[oaie]|tira|tirava|tiravano|tirano|trascinat[oaie]|trascina|trascinava|tra"
            "scinavano|strattonat[oaie]|strattona|strattonava|strattonavano|afferrat[oaie]|af"
            "ferra|afferrava|pres[oaie]|prende|prendeva) per le orecchie",
            "la|le|li|lo|gli|l'ha|l'aveva|l'hanno|l'avevano ha|aveva|hanno|avevano~ re:(tirat"
            "[oaie]|tira|tirava|tiravano|tirano|trascinat[oaie]|trascina|trascinava|trascinav"
            "ano|strattonat[oaie]|strattona|strattonava|strattonavano) da|dai|dal|per|dalla~ "
            "i|il|le|un~ polso|braccia|braccio|braccino",
            "re:(tirat[oaie]|tira|tirava|tiravano|tirano|trascinat[oaie]|trascina|trascinava|"
            "trascinavano|strattonat[oaie]|strattona|strattonava|strattonavano) i|il|la|le|mi"
            "a|mio|sua|suo figlia|figlie|figlii|figlio|bambina|bambine|bambini|bambino|piccol"
            "a|piccole|piccoli|piccolo da|dai|dal|per|dalla",
            "la|le|li|lo|l'ha|l'aveva|l'hanno ha|hanno~ trascina|trascinata|trascinate|trasci"
            "nati|trascinato|trascinava|trascinavano giu|giù|nel|per|sul|fino|fuori|lungo|sul"
            "la|dentro|attraverso",
            "la|le|li|lo|l'ha|l'aveva|l'hanno ha|aveva|hanno~ strattona|strattonano|strattona"
            "re|strattonata|strattonate|strattonati|strattonato|strattonava|strattonando|stra"
            "ttonavano",
            "stata|state|stati|stato|viene|veniva|venivano strattonata|strattonate|strattonat"
            "i|strattonato",
            "la|li|lo|l'ha|l'aveva|l'hanno ha|hanno~ scrolla|scrollata|scrollate|scrollati|sc"
            "rollato|scrollava|scrollavano|strapazzata|strapazzate|strapazzati|strapazzato",
            "scossa|scosso|scuote|scrolla|scuoteva|scrollata|scrollato|scrollava il|la|mia|mi"
            "o|sua|suo bebe|bebè|figlia|figlio|bambina|bambino|neonata|neonato|piccola|piccol"
            "o|piccolina|piccolino",
            "pizzicotti|pizzicotto",
            "la|li|lo pizzicava|pizzicavano",
            "re:(ካብ|ብ)?(እዝኑ|እዝና|እዝነይ|እዝንኻ|እዝንኺ|ኣእዛኑ|ኣእዛና|ኣእዛነይ|ጸጉሩ|ጸጉራ|ጸጉረይ|ጸጕሩ|ጸጕራ)\\S* ? re"
            ":(ሰሓ|ሰሒ|ይስሕ|ትስሕ|ስሒ|ጎቲ|ጎተ|ይጎት|ትጎት)\\S*",
            "ኣብ~ re:(መሬት|ኮሪደር|ኮሪዶር)\\S* re:(ጎቲ|ጎተ|ይጎት|ትጎት|ሰሓ|ሰሒ)\\S*",
        ),
    ),
    # 23 adult tells a child to keep it from the parent
    Rule(
        "sg",
        G,
        1.0,
        (
            "nie ma|warto|musisz|trzeba|musicie|potrzebujesz nic~ mowic|mowić|mówic|mówić|zgl"
            "aszac|zglaszać|zgłaszac|zgłaszać|opowiadac|opowiadać|wspominac|wspominać|powiedz"
            "iec|powiedzieć o~ nic|tym|niczym~ ojcu|mamie|matce|tacie|mamusi|rodzicom|tatusio"
            "wi",
            "twoi|twoj|twój|twoja~ mama|tata|matka|ojciec|mamusia|rodzice nie musi|musza|musz"
            "ą|potrzebuja|potrzebuje|potrzebują o~ nic|tym|niczym~ wiedziec|wiedzieć",
            "miedzy|między nami ,~ chlopami|chłopami|facetami|chlopakami|chłopakami|mezczyzna"
            "mi|meżczyznami|męzczyznami|mężczyznami",
            "meska|meski|męska|męski sekret|tajemnica|tajemnicą",
            "nie mow|mów|pisz|mowcie|mówcie|opowiadaj|wspominaj ? ojcu|mamie|matce|tacie|mamu"
            "si|nikomu|rodzicom o naszej|naszym|naszych czatach|wyjsciu|wyjściu|randkach|rozm"
            "owie|rozmowach|spacerach|spotkaniu|wyjsciach|wyjściach|spotkaniach|wycieczkach|w"
            "iadomosciach|wiadomościach",
            "nie mow|mów|mowcie|mówcie|opowiadaj|wspominaj ? ojcu|mamie|matce|tacie|mamusi|ni"
            "komu|rodzicom o nas|mnie",
            "ailene|annene|anneye|babana|babaya|annenize|annenlere demene|anlatmana|anlatmaya"
            "|soylemene|soylemeye|söylemene|söylemeye|bahsetmene|bahsetmeye|soylemenize|söyle"
            "menize gerek|luzum|lüzum|ihtiyac|ihtiyaç",
            "ailenin|annenin|babanin|babanın|annenizin|anneannenin|annelerinin bilmesine|duym"
            "asina|duymasına|ogrenmesine|oğrenmesine|ögrenmesine|öğrenmesine gerek|luzum|lüzu"
            "m",
            "erkek erkege|erkeğe ? re:(konu|mesele|s[ıi]r|i[şs]|aram[ıi]zda|kal[ıi]r|kals[ıi]"
            "n|konudur|meseledir|s[ıi]rr[ıi]m[ıi]z)",
            "re:(bulu[şs]tu[ğg]umuzu|g[öo]r[üu][şs]t[üu][ğg][üu]m[üu]z[üu]|g[öo]r[üu][şs]mele"
            "rimizi|mesajla[şs]t[ıi][ğg][ıi]m[ıi]z[ıi]|konu[şs]tu[ğg]umuzu|bulu[şs]malar[ıi]m"
            "[ıi]z[ıi]|yaz[ıi][şs]t[ıi][ğg][ıi]m[ıi]z[ıi]|bulu[şs]malar[ıi]m[ıi]zdan|g[öo]r[ü"
            "u][şs]melerimizden|mesajlar[ıi]m[ıi]z[ıi]|mesajlar[ıi]m[ıi]zdan) ? ailene|annene"
            "|anneye|babana|kimseye|annenlere anlatma|soyleme|söyleme|bahsetme|soylemesen|söy"
            "lemesen|soylemeyelim|söylemeyelim|anlatmayacaksin|anlatmayacaksın|soylemeyeceksi"
            "n|söylemeyeceksin",
            "لا|ما|مش|مو|ليس|ماشي|مافي|مكاين|ماكاين|مكاينش ? داع|لاش|حاجة|داعى|داعي|لازم|ضرور"
            "ي ل|أن|ان|تا|باش~ re:(ت|ن)(قول|خبر|حكي|علم|بلغ)\\S* ? re:(ل|لل)?(أمك|امك|ماماك|م"
            "امتك|ماما|والديك|اهلك|أهلك|ابوك|أبوك|باباك|والدتك|يماك|مماك)",
            "أمك|امك|أبوك|أهلك|ابوك|اهلك|مماك|يماك|باباك|ماماك|مامتك|والدتك|والديك لا|ما|مش|م"
            "و|ليس|ماشي|مهوش re:(لازم|ضروري|خاص|بحاجة|محتاجة|محتاجين|ضروري)\\S* ? re:(ت|[يى]|"
            "ن)?(عرف|دري|علم|سمع)\\S*",
            "أمك|امك|أبوك|أهلك|ابوك|اهلك|مماك|يماك|باباك|ماماك|مامتك|والدتك|والديك ماخصوش|ماخ"
            "صهاش|ماخصهمش|ماخاصهاش|ماخاصهمش|مايلزمهاش re:(ت|[يى])(عرف|دري|علم|سمع)\\S*",
            "re:(هذا|هاد|هادشي|هادا|هيدا|هيدي|هاي|هادي|هذه|خليها|خليه|يبقى|تبقى|يضل|تضل|تظل|ي"
            "ظل|سر) بين|بيننا|بيناتنا حنا|نحن|إحنا|احنا|نحنا~ زلم|رجال|زلام|الزلم|رجالة|رجاله"
            "|رجّال|الرجال|الزلام|رجّالة|رياجيل|الرجالة|الرجاله|الرجّال|الرجّالة|الرياجيل",
            "بيننا|بيناتنا حنا|نحن|إحنا|احنا|نحنا~ زلم|رجال|زلام|الزلم|رجالة|رجاله|الرجال|الز"
            "لام|رجّالة|رياجيل|الرجالة|الرجاله|الرجّالة|الرياجيل",
            "re:(ما|م|لا)?(ت)(قول|خبر|حكي|قل)\\S* ? ? ب|ع|عن|على|بخصوص~ لقاءنا|لقائنا|لقاتنا|"
            "موعدنا|خرجاتنا|رسائلنا|رسايلنا|طلعاتنا|لقاءتنا|لقاءاتنا|مواعيدنا|مكالماتنا",
            "re:(ما|م|لا)?(ت)(قول|خبر|حكي|قل)\\S* ? ? ع|عن|على~ الخرجات|الرسائل|الرسايل|الطلع"
            "ات|اللقاءات|المواعيد|المكالمات|الميساجات تاعنا|تبعنا|تبعتنا|ديالنا|دياولنا",
            "la|ma|mch|mafi|mesh|mish|machi|mashi|mafich|mafish|mafeesh|makanch|makaynch|maka"
            "ynach ? 7aja|7aje|da3i|haja|haje|lach|lzem|lazem|lazim|daruri|daroori|darouri re"
            ":(t9ol|t2ol|tgol|tqol|t7ki|t7ky|tkhber|t5ber|t9oul|t2oul|tgoul)[a-z]* ? l|la|le|"
            "li~ re:(l)?(mamak|mmak|mok|mamtek|babak|bak|ommak|2emmak|emmak|walidik|walidek|a"
            "hlak|2ahlak|mamtk)",
            "bak|mok|mmak|ahlak|babak|emmak|mamak|mamtk|ommak|2ahlak|2emmak|mamtek|walidek|wa"
            "lidik ma|mch|mesh|mish|machi|mashi|makhsha|makhsach|mekhsach|ma5ashach|makhashac"
            "h|makhashash|makhassach lazem|lazim|5assha|daruri|khasha|darouri|khassha~ t3rf|t"
            "3arf|t3raf|t3ref|tderi|tsma3|y3rfo|ta3arf|ta3ref|ta3rif|tesma3|ya3rfo|ya3rafo",
            "re:(hadchi|hadshi|hada|hadi|haida|hayda|hay|haidi|sir|yb9a|tb9a|ybqa|tbqa|ydall|"
            "tdall|ydal|tdal|had) ben|bin|bein|bine|binat|benatna|binatna|binetna|baynatna|be"
            "inatna 7na|7ena|e7na|ehna|n7na|na7no~ re:(l|el)?(rjal|rjel|rjala|rejal|zlem|zlam"
            "|rijal|rjjala)",
            "benatna|binatna|binetna|baynatna|beinatna 7na|7ena|e7na|ehna|n7na|na7no~ re:(l|e"
            "l)?(rjal|rjel|rjala|rejal|zlem|zlam|rijal|rjjala)",
            "la|ma~ re:(t9ol|t2ol|tgol|tqol|t7ki|tkhber|t5ber|t9oul|t2oul)[a-z]* ? ? b|3al|3a"
            "n|3la~ re:(l-|l|el|l2|el-)?(lqa2at|l9a2at|liqa2at|lqayat|l9ayat|mawa3id|mawa3ed|"
            "messagat|msajat|rasa2el|khrjat|5rjat)[a-z]*",
            "nao|não e|é|ha|há|tem|tens|precisa|precisam|precisas de|que|preciso|necessario|n"
            "ecessário|necessidade~ de~ dizer|falar|contar|dizeres|falares|contares|dizer-lhe"
            "|dizer-lho|contar-lhe|contar-lho|dizer-lhes|contar-lhes isso|isto|nada|sobre~ a|"
            "à|ao|as|às|aos|com|pra|pro|para~ sua|tua|seus|suas|teus|tuas~ mae|mãe|pai|mama|m"
            "amã|pais|papa|papá|mamae|mamãe|papai|familia|família|maezinha|mãezinha",
            "a|sua|tua mae|mãe|mama|mamã|mamae|mamãe|familia|família|maezinha|mãezinha nao|nã"
            "o tem|precisa de|que~ ficar|saber",
            "os|seus|teus pais nao|não tem|têm|precisam de|que~ ficar|saber",
            "fica|ficam|ficar entre nos|nós~ ,~ dois|homens|machos",
            "isso|isto e|é coisa|assunto|segredo|conversa de|entre homem|homens",
            "mae|mãe|pai|pais|mamae|mamãe|ninguem|ninguém|maezinha|mãezinha da|de|do|das|dos|"
            "sobre|acerca~ as|os~ nossas|nossos saidas|saídas|passeios|conversas|encontros|me"
            "nsagens|conversinhas|encontrinhos",
            "no es|hay|hace|tenes|tenés|tienes|necesitas|necesitás ? ? ? ? re:(contar|decir|c"
            "ont[áa]rselo|dec[íi]rselo|contarle|decirle|contarles|decirles|cuentes|digas|cont"
            "[áa]rselos|dec[íi]rselos|comentar|coment[áa]rselo) nada~ a|al tu|tus mama|mami|m"
            "amá|papa|papi|papá|madre|padre|vieja|padres|viejos|familia",
            "tu|tus mama|mami|mamá|papa|papá|madre|padre|padres|viejos|familia no hace|tiene|"
            "tienen|necesita|necesitan ? ? sepa|saber|sepan|saberlo|enterarse",
            "no hace falta que tu mama|mami|mamá|papa|papá|madre|padre|familia lo sepa|sepan",
            "eso|esto es|son|queda cosa|tema|cosas|asunto de hombres",
            "queda|quede|quedara|quedará entre hombres|nosotros ,~ los~ dos|hombres",
            "mama|mami|mamá|papa|papá|madre|nadie|padre|padres|viejos lo|nada~ de|sobre~ nues"
            "tra|nuestro|nuestras|nuestros cita|chats|citas|audios|paseos|charlas|quedada|sal"
            "idas|mensajes|quedadas|encuentro|encuentros|mensajitos|conversaciones",
            "peine|besoin|inutile d'|de|d'en~ en|l'|le|lui|leur|rien~ dire|parler|repeter|rep"
            "éter|répeter|répéter|prevenir|prévenir|raconter|mentionner ca|ça|quoi|rien~ a|à "
            "ta|tes|ton meme|memé|mere|mère|méme|mémé|papa|pere|père|daron|maman|daronne|fami"
            "lle|parents",
            "ta|tes|ton mere|mère|papa|pere|père|daron|maman|daronne|famille|parents n'|ne|n'"
            "a|n'est|n'ont pas|rien|besoin ? ? ? au|savoir|courant|connaitre|connaître",
            "ca|ça|c'est|reste|restera entre nous~ ,~ les~ mecs|hommes|bonhommes",
            "truc|trucs|secret|affaire|histoire|histoires de|d'hommes mecs~",
            "dis|dites|repete|repète|répete|répète|raconte|repetes|repètes|répetes|répètes|ra"
            "contes pas|rien|jamais a|à ta|tes|ton~ mere|mère|papa|pere|père|maman|parents|pe"
            "rsonne de|que|sur|qu'on s'|se|nos|nous~ re:(voit|voyons|parle|parlons|[ée]crit|["
            "ée]crivons|retrouve|retrouvons|rencontre|voyait|rendez-vous|rencontres|messages|"
            "sorties|conversations|discussions|rdv|balades|textos)",
            "pas|rien|jamais de|sur nos rdv|textos|balades|seances|sorties|séances|messages|p"
            "romenades|rencontres|discussions|rendez-vous|conversations",
            "dein|deine|deinen|deiner mama|mami|papa|mutti|vater|eltern|mutter|familie muss|m"
            "ussen|müssen|braucht|brauchen es|das|davon|daruber|darüber~ ja~ gar|nix|kein|nic"
            "ht|nichts~ zu~ wissen|erfahren|mitbekommen",
            "muss|mussen|müssen|braucht|brauchen dein|deine mama|mami|papa|mutti|vater|eltern"
            "|mutter es|das|davon~ ja~ gar|nix|nicht|nichts zu~ wissen|erfahren|mitbekommen",
            "musst|brauchst du es|das|davon~ deinem|deinen|deiner mama|mami|papa|mutti|vater|"
            "eltern|mutter es|das|davon~ ja~ nix|nicht|nichts zu~ sagen|petzen|erzahlen|erzäh"
            "len|verraten",
            "unter uns jungs|kerlen|mannern|männern",
            "mannersache|männersache|mannergeheimnis|männergeheimnis ? ? ? ? ? mama|mami|mutt"
            "i|eltern|mutter",
            "mama|mami|mutti|eltern|mutter ? ? ? ? ? mannersache|männersache|mannergeheimnis|"
            "männergeheimnis",
            "nix|kein|wort|nicht|keinem|keinen|nichts|niemandem von|uber|über unser|unsere|un"
            "serem|unseren chats|dates|treffs|treffen|ausfluge|ausflüge|ausflugen|ausflügen|g"
            "esprachen|gesprächen|nachrichten|spaziergangen|spaziergängen|verabredungen",
            "aabahaa|aabbahaa|hooyadaa|aabahaaga|waalidkaa|hooyadaadu|waalidkaaga|waalidiinta"
            "a|waalidiintaada ma|muu|uma|looma baahan|baahna|baahnee|baahnayn in|inay|inuu|in"
            "ay,",
            "ma|uma|kuuma|looma baahan|baahna|baahnee|baahnid|baahnayn in|inad|inaad aabe|hoo"
            "yo|aabahaa|aabbahaa|hooyadaa|qoyskaaga|waalidkaa|waalidiintaa u~ sheegto|sheegat"
            "o|sheegtaa|sheegtid",
            "sir|wax|arrin|sheeko rag|raga|ragga|nimanka kaliya|keliya|dhexdeena|dhexdooda|dh"
            "exdeenna",
            "re:(kulam|kulan|ballam|ballan|fariim|farriim|fariin|farriin)[a-z]*(eena|eenna|ke"
            "ena|keenna|ayaga) ? ? ? ha u~ sheegin|sheegina",
            "ha u~ sheegin|sheegina ? ? re:(kulam|kulan|ballam|ballan|fariim|farriim|fariin|f"
            "arriin)[a-z]*(eena|eenna|keena|keenna|ayaga)",
            "не варто|треба|потрібно|обовязково|обов'язково нічого~ казати|сказати|говорити|р"
            "озповісти|розказувати|розповідати про~ це|цього~ мамі|тату|мамці|батьку|мамусі|м"
            "атері|татові|батькам",
            "мамі|тату|мамці|мамусі|матері|татові|батькам не|необов'язково треба|потрібно|обо"
            "вязково|обов'язково~ про~ це|нас|нього|нічого~ знати",
            "між нами ,~ мужиками|пацанами|хлопцями|чоловіками",
            "чоловіча|чоловічий секрет|таємниця",
            "не кажи|пиши|говори|кажіть|розказуй|розповідай ? ? про наш|наше|нашу|наші зустрі"
            "ч|поїздки|розмови|зустрічі|переписку|побачення|листування|прогулянки|повідомленн"
            "я",
            "не|незачем|необязательно надо|нужно|стоит|обязательно~ ничего~ сказать|говорить|"
            "сообщать|рассказать|рассказывать об|про~ это|этом~ маме|отцу|папе|мамке|матери|м"
            "амочке|родителям",
            "маме|отцу|папе|матери|мамочке|родителям не|незачем|необязательно надо|нужно|стои"
            "т|обязательно~ об|про~ нас|это|этом|ничего~ знать",
            "между нами ,~ парнями|мужиками|пацанами|мужчинами",
            "мужская|мужской тайна|секрет",
            "не пиши|говори|говорите|рассказывай|рассказывайте ? ? о|об|про нас|наши|нашу|наш"
            "ей|наших встрече|встречи|встречах|переписке|переписку|прогулках|свиданиях|разгов"
            "орах|сообщениях",
            "لازم|لزومی|نیازی|احتیاجی نیس|نیست|ندارد|نداره به~ پدرت|بابات|مادرت|مامانت|خانواد"
            "ت|خونوادت|والدینت|خانواده‌ت|خانواده‌ات|مامانبابات|مامان‌بابات ? بگه|بگی|بگید|بگی"
            "ن|چیزی|بگوئی|بگویی",
            "پدرت|بابات|مادرت|مامانت|خانوادت|والدینت|خانواده‌ات|مامانبابات|مامان‌بابات لازم|ن"
            "یازی|احتیاجی نیس|نیست|ندارد|نداره چیزی~ بداند|بدانن|بدونن|بدونه|بفهمد|بفهمن|بفهم"
            "ه|بدانند|بدونند|بفهمند",
            "بین|میان ما|خودمان|خودمون مردا|مردها|مرداست|مردهاست|مردها‌ست",
            "re:(دیدارهامون|دیدارهایمان|قرارهامون|قرارهایمان|ملاقات‌?هامون|ملاقات‌?هایمان|دید"
            "نامون|پیام‌?هامون|پیام‌?هایمان|قرارمون|قرارمان|دیدارمون|دیدارمان|چت‌?هامون) ? ? "
            "? نگو|نگی|نگید|نگین|نگویی",
            "نگو|نگی|نگید|نگین|نگویی که~ ما|همدیگر|همدیگه را|رو~ دیدیم|میبینیم|می‌بینیم",
            "nu|n-ai|nu-i|n-are e|ai|are|este~ rost|nevoie sa|să|sa-i|să-i|sa-le|să-le ? afla"
            "|afle|spui|stie|zici|ştie|știe|spuneti|spuneţi|spuneți|povestesti|povesteşti|pov"
            "estești nimic~ re:(mamei|mamii|mama|tat[ăa]lui|tata|p[ăa]rin[țţt]ilor|parintilor"
            "|p[ăa]rin[țţt]ii|parintii|mami|tatei|tatii)",
            "intre|între noi ,~ re:(b[ăa]rba[țţt]ii|b[ăa]rba[țţt]i|b[ăa]ie[țţt]ii|baietii|bar"
            "batii)",
            "secret|chestia|chestie|secretul de|intre|între barbati|barbaţi|barbați|bărbati|b"
            "ărbaţi|bărbați",
            "nu|nu-i|nu-le i|le|mi~ spui|zice|spune|pomeni|povesti ? ? de|despre iesirile|ieş"
            "irile|ieșirile|mesajele|discutiile|discuţiile|discuțiile|plimbarile|plimbările|i"
            "ntalnirile|intâlnirile|întalnirile|întâlnirile noastre",
            "non e|è|c'e|c'è|c'era bisogno|necessario di~ dire|dirle|dirlo|dirgli|parlarne|di"
            "rglielo|raccontare|raccontarlo|raccontarglielo nulla|niente~ a|ai|al|alla tua|tu"
            "o|tuoi~ papa|papà|tuoi|madre|mamma|padre|genitori",
            "non|nessun serve|bisogno|occorre di~ dire|dirle|dirlo|dirgli|parlarne|dirglielo|"
            "raccontare|raccontarlo|raccontarglielo nulla|niente~ a|ai|al|alla tua|tuo|tuoi~ "
            "papa|papà|tuoi|madre|mamma|padre|genitori",
            "i|la|tua|tuo papa|papà|tuoi|madre|mamma|padre|genitori non ha|hanno bisogno di s"
            "apere|saperlo|saperne",
            "cosa|roba|resta|rimane|segreto|faccenda|questione fra|tra noi~ ,~ maschi|uomini",
            "non dire|dirai|dirle|dirlo|dirgli|parlare|parlarne|raccontare|racconterai ? ? ? "
            "di|dei|sui|delle|sulle nostre|nostri chat|uscite|incontri|incontro|messaggi|pass"
            "eggiate|appuntamenti|chiacchierate",
            "re:(ንኣደኻ|ንኣደኺ|ንወለድኻ|ንወለድኺ|ንኣቦኻ|ንኣቦኺ|ንኣዴኻ|ንኣዴኺ|ንስድራኻ|ንስድራኺ)\\S* ? re:(ኣየድል|ኣየድሊ)\\S*",
            "ኣቦኺ|ኣቦኻ|ኣደኺ|ኣደኻ|ኣዴኺ|ኣዴኻ|ወለድኺ|ወለድኻ ? re:(ክትፈልጥ|ክፈልጡ|ክፈልጥ|ክትፈልጦ|ክፈልጥዎ)\\S* re:(ኣየድ"
            "ል|ኣየድሊ|የብላን|የብሎምን|የብሉን)\\S*",
            "መንጎ|መንጎና ሰብኡት|ሰብኡት።|ሰብኡት፣",
        ),
    ),
    # 23 grooming: night messages, gifts, outings alone (weaker)
    Rule(
        "sg",
        G,
        0.6,
        (
            "pisal|pisał|pisze|dzwoni|wysyla|wysyła|dzwonil|dzwonił|pisywal|pisywał|wysylal|w"
            "ysylał|wysyłal|wysyłał|esemesuje do~ mu|jej|nich|niej|syna|corce|corki|córce|cór"
            "ki|niego|synowi ? ? o|w|po|noca|nocą|nocami~ noca|nocy|nocą|pozna|poźna|pózna|pó"
            "źna|nocach|nocami|polnocy|połnocy|pólnocy|północy",
            "re:(trener|opiekun|wolontariusz|instruktor|wychowawca|nauczyciel|s[ąa]siad|pan)"
            "\\w* ? ? ? nocne|nocnych|prywatne|prywatnych smsy|sms-y|esemesy|wiadomosci|wiado"
            "mości",
            "re:(trener|opiekun|wolontariusz|instruktor|wychowawca|nauczyciel|s[ąa]siad)\\w* "
            "? ? dal|dał|daje|dawal|dawał|kupil|kupił|kupuje|kupowal|kupował|podarowal|podaro"
            "wał im|mu|jej|corce|córce|synowi~ nowe|nowy|drogi|drogie|nowego|markowe|drogiego"
            "~ buty|iphone|kurtke|kurtkę|konsole|konsolę|perfumy|telefon|ubrania|iphone'a|pre"
            "zenty|pieniadze|pieniądze|sluchawki|słuchawki",
            "chce|bierze|chcial|chciał|zabral|zabrał|zabiera|zaprasza|zaprosil|zaprosił|propo"
            "nuje|zaproponowal|zaproponował ? ? ? ? sam na sam",
            "chce|bierze|chcial|chciał|zabral|zabrał|zabiera|zaprasza|zaprosil|zaprosił|propo"
            "nuje|zaproponowal|zaproponował ? ? ? ? we dwoje|dwojke|dwojkę|dwójke|dwójkę",
            "re:(ona|k[ıi]z[ıi]ma|o[ğg]luma|[çc]ocu[ğg]uma|k[ıi]z[ıi]na|o[ğg]luna) gece|gizli"
            "ce|ozelden|özelden|geceleri ? ? re:(mesaj|yaz|ar[ıi]|mesajla[şs])[a-zışçğüöâ̇]*",
            "gece|geceleri ? re:(ona|k[ıi]z[ıi]ma|o[ğg]luma|[çc]ocu[ğg]uma|k[ıi]z[ıi]na|o[ğg]"
            "luna) re:(mesaj|yaz)[a-zışçğüöâ̇]*",
            "re:(antren[öo]r|ko[çc]|hoca|[öo][ğg]retmen|g[öo]n[üu]ll[üu]|kom[şs]u|e[ğg]itmen)"
            "[a-zışçğüöâ̇]* ? ? ? son|ayfon|iphone|pahali|pahalı|markali|markalı ? ? aldi|ald"
            "ı|alip|alıp|almis|almiş|almıs|almış|verdi|aliyor|alıyor|vermis|vermiş|getirdi|ve"
            "riyor|getiriyor",
            "bas|baş basa|başa ? ? re:(davet|[çc]a[ğg][ıi]r|g[öo]t[üu]r|bulu[şs])[a-zışçğüöâ̇]*",
            "re:(onu|k[ıi]z[ıi]m[ıi]|o[ğg]lumu|[çc]ocu[ğg]umu|k[ıi]z[ıi]n[ıi]|o[ğg]lunu) tek|"
            "ikisi|yalniz|yalnız basina|basına|başina|başına~ ? ? re:(davet|[çc]a[ğg][ıi]r|g["
            "öo]t[üu]r)[a-zışçğüöâ̇]*",
            "re:(ليها|ليه|لها|له|لبنتي|لولدي|لابني|لابنتي|إلها|إلو|الها|الو)\\S* ? re:(رسائل|"
            "رسايل|ميساجات|مسجات|مساجات|رسالات|مسج)\\S* ? ? re:(ف|في|بـ|ب)?(الليل|منتصف|نص|لي"
            "لا|الفجر)\\S*",
            "re:(ك[يى]|كت|ب[يى]|بت|[يى]|ت)?(راسل|يراسل|كاتب)\\S* re:(ف|في|على|ع|بال|فال)?(الخ"
            "اص|خاص|البريفي|بريفي|الانبوكس)",
            "re:(المدرب|الكوتش|الكوش|المعلم|الأستاذ|الاستاذ|المربي|المتطوع|المؤطر|المدربة|الج"
            "ار)\\S* ? ? ? re:(هدايا|هديات|هدية|تيليفون|تلفون|هاتف|ايفون|آيفون|صبابط|عطر|بورط"
            "ابل|موبايل|جوال)\\S* re:(غالي|غالية|غاليين|غالين|غاليه|ثمينة|ثمين|باهظ|باهظة|غال"
            "يا|جديد|جديدة)\\S*",
            "re:(ي|ك[يى]|كي|بي|ب[يى])?(عرض|دعى|عزم|ياخد|ياخذ|اخد|خد|دا|داها|داه|ادى|يدي|يديها"
            ")\\S* ? ? ? ? وحدهم|بوحدنا|بوحدهم|لحالنا|لحالهم|لوحدنا|لوحدهم|بوحدهوم",
            "re:(liha|lih|lha|elha|ilha|ilo|lbnti|lwldi)[a-z]* ? re:(messages|msajat|mesajat|"
            "messajat|rasa2el|msg|sms|masajat|mssajat|rsayl)[a-z]* ? ? f|bl|fi|fl|bel|fel lel"
            "|lil|nos|lail|ness|l-lil|lleil|nesslil|nos-lil",
            "re:(kay|kat|ka|bi|by|bt|y|t)?(rassl|rasl|raasl)[a-z]* f|bl|fi|fl|3la~ l5as|el5as"
            "|inbox|lkhas|prive|privé|l-khas|lkhass|private",
            "re:(coach|kouch|lmodarib|modarib|mo3allim|ostad|lostad|l2ostaz|2ostaz|ostaz|lmor"
            "abbi|lmodariba|lcoach)[a-z]* ? ? ? re:(hdaya|hdiya|hadaya|hadiye|iphone|telephon"
            "e|tilifoun|portable|sbrdila|sbrdilat|parfum)[a-z]* jdid|ghali|jdida|ghalia|ghali"
            "n|ghalya|ghalye|ghaliya|ghalyin|ghaliyin",
            "re:(ydiha|ydih|dah|daha|3red|3rad|3zem|3azam|bgha|yakhodha|ya5dha|yakhedha|ya5ed"
            "ha|y3azmha|y3zmha|3azamo|3zemha|3zmha)[a-z]* ? ? ? ? bo7dna|bo7dhom|la7alna|la7a"
            "lon|lwa7dna|wa7dhom|bou7dhom|bwa7dhom|la7alhom|lwa7dhom",
            "re:(\\S+-lhe|lhe|filha|filho|menina|menino) ? ? dms|sms|diretas|directas|mensage"
            "m|mensagens|whatsapps|mensagenzinhas ? ? a|à|as|de|na|às|pela|durante~ 1h|2h|3h|"
            "noite|madrugada|meia-noite",
            "re:(treinador|monitor|professor|explicador|volunt[áa]rio|vizinho|senhor|catequis"
            "ta|instrutor)\\S* ? ? ? dms|sms|diretas|directas|mensagem|mensagens a|à|privada|"
            "privadas|secretas",
            "re:(treinador|monitor|professor|explicador|volunt[áa]rio|vizinho|senhor|catequis"
            "ta|instrutor)\\S* ? ? lhe~ re:(d[áa]|deu|dava|compra|comprou|comprava|oferece|of"
            "ereceu|oferecia|d[áa]-lhe|deu-lhe|comprou-lhe|ofereceu-lhe|oferece-lhe|compra-lh"
            "e|dava-lhe) ? fones|tenis|tênis|iphone|phones|celular|consola|perfume|dinheiro|t"
            "elemovel|telemóvel|sapatilhas|playstation",
            "re:(\\S+-lhe|lhe) da|dá|dava|compra|oferece|comprava|ofereceu|oferecia~ prendas|"
            "presentes caras|caros|carissimas|carissimos|caríssimas|caríssimos",
            "re:(convida|convidou|convidava|leva|levou|levava|chamou|chama)(-a|-o|-la|-lo)? ?"
            " ? ? ? ? so|só as|os dois|duas",
            "re:(convida|convidou|convidava|leva|levou|levava|chamou|chama)(-a|-o|-la|-lo)? ?"
            " ? ? ? ? as|os dois|duas sos|sós|sozinhas|sozinhos",
            "le|les envia|envio|envió|envía|manda|mando|mandó|enviaba|escribe|mandaba|escribi"
            "a|escribio|escribió|escribía fotos|audios|wasaps|mensaje|mensajes|whatsapps|mens"
            "ajitos~ ? ? ? altas|privado|privados|madrugada|medianoche",
            "profe|senor|señor|vecino|monitor|educador|monitora|profesor|catequista|entrenado"
            "r|instructor|voluntario ? ? le|les da|dio|daba|compra|compro|compró|regala|regal"
            "o|regaló|compraba|regalaba un|una|unas|unos~ ps5|movil|móvil|cascos|dinero|iphon"
            "e|tablet|consola|perfume|telefono|teléfono|zapatillas|auriculares",
            "le|les hace|hizo|hacia|hacía regalos|regalitos de|caros|carisimos|carísimos",
            "la|le|lo saca|saco|sacó|lleva|llevo|llevó|invita|invito|invitó|llevar|quiere|rec"
            "oge|llevaba|invitaba ? ? ? ? ? las|los dos solas|solos|solitas|solitos",
            "verla|verlo|quedar|llevarla|llevarlo|quedarse|invitarla|invitarlo a solas con el"
            "|la|mi|él|ella",
            "lui a|avait|ecrit|texte|écrit|envoie|envoye|envoyé|textait|ecrivait|envoyait|écr"
            "ivait~ ecrit|écrit|envoye|envoyé~ des~ sms|snaps|textos|vocaux|message|messages~"
            " ? ? a|à|au|en|la|tard|pendant~ 2h|3h|nuit|prive|privé|milieu|minuit|prives|priv"
            "és",
            "re:(l')?(entra[îi]neur|coach|moniteur|animateur|prof|professeur|b[ée]n[ée]vole|v"
            "oisin|monsieur|[ée]ducateur) ? ? lui|leur a|donne|offre|achete|achète|donnait|of"
            "frait|achetait~ donne|donné|achete|acheté|offert~ de|un|des|une|plein~ argent|ip"
            "hone|parfum|airpods|baskets|console|portable|ecouteurs|telephone|teléphone|télep"
            "hone|téléphone|vetements|vêtements|écouteurs",
            "lui|leur a|fait|avait|offre|faisait|offrait~ fait|offert~ de|des~ cadeaux hors|c"
            "hers|couteux|coûteux",
            "l'a|l'avait|l'emmene|l'emmène|l'invite|l'emmener|l'inviter|l'emmenait|l'invitait"
            "|l'invitera ? ? ? ? ? rien|juste que~ tous~ les deux",
            "l'a|l'avait|l'emmene|l'emmène|l'invite|l'emmener|l'inviter|l'emmenait|l'invitait"
            "|l'invitera ? ? ? ? ? seul|seule a|à seul|seule",
            "simst|textet|schickt|schrieb|schickte|schreibt ihm|ihr|meinem|meiner|unserem|uns"
            "erer sohn|tochter~ ? ? nachts|privat|heimlich|mitternacht|privatnachrichten",
            "typ|mann|coach|lehrer|nachbar|trainer|betreuer|erzieher|betreuerin|jugendleiter|"
            "ehrenamtliche|ehrenamtlicher ? ? gab|hat|gibt|kauft|kaufte|schenkt|schenkte ihm|"
            "ihr|meinem|meiner~ sohn|tochter~ ein|eine|geld|neue|einen|neuen|neues|teure|teur"
            "en|teures~ neue|neuen|neues|teure|teuren|teures~ geld|handy|iphone|parfum|parfüm"
            "|schuhe|airpods|konsole|sneaker|klamotten|kopfhorer|kopfhörer",
            "ihm|ihr teure geschenk|geschenke",
            "hat|lud|holt|ladt|lädt|nahm|will|holte|nimmt|wollte ihn|sie|meine|meinen|unsere|"
            "unseren sohn|tochter~ ? ? ? ? nur|ganz~ zu~ zweit|allein|alleine",
            "isaga|iyada|wiilka|gabadha|ilmahayga|wiilkayga|gabadhayda ? ? ? fariin|fariimo|f"
            "arriin|farriimo|qoraallo|fariimaha ? ? saqda|habeen|saqdii|habeenkii|habeennimo",
            "re:(tababaraha|macallinka|macalinka|mutadawaca|deriska|ninka|tababare)[a-z]* ? ?"
            " ? re:(hadiyado|hadiyad|taleefan|telefoon|lacag|kabo|cadar|iphone)[a-z]* cusub|q"
            "aali|qaaliya|qaalisan",
            "re:(martiqaad|yeer|geey|qaad|kaxay|kexee)[a-z]* ? ? ? ? labadeena|labadooda|laba"
            "deenna oo~ keli|kaliya|keliya",
            "шле|пише|писав|скидає|надсилав|надсилає їй|йому|дочці|доньці|синові ? ? ? ночі|в"
            "ночі|уночі|ночами|опівночі",
            "шле|пише|писав|скидає|надсилав|надсилає їй|йому|дочці|доньці|синові~ в|у лс|дире"
            "кт|приват|особисті|особистих",
            "re:(тренер|вихователь|вчитель|волонтер|сусід|чоловік|дядько|наставник)[а-яіїєґ']"
            "* ? ? дав|дає|дарує|купив|купує|дарував|купував|подарував їй|йому|дочці|доньці|с"
            "инові~ нові|новий|дорогу|дорогий|новенький~ айфон|гроші|парфуми|телефон|кросівки"
            "|навушники|приставку",
            "дарує|купує|робив|робить|дарував|купував їй|йому дорогі|дорогий подарунки|подарунок",
            "бере|брав|везе|хоче|возив|кличе|хотів|кликав|запросив|запрошує її|його|сина|дочк"
            "у|доньку ? ? ? ? вдвох|удвох|наодинці",
            "шлет|шлёт|писал|пишет|присылал|присылает|скидывает|отправляет ей|ему|сыну|дочке|"
            "дочери ? ? ? лс|ночи|личке|личку|ночам|ночью|личные|полночь",
            "re:(тренер|воспитатель|учитель|волонт[её]р|сосед|мужчина|дядя|наставник)[а-яё]* "
            "? ? дал|дает|даёт|дарил|дарит|купил|подарил|покупал|покупает ей|ему|сыну|дочке|д"
            "очери~ новые|новый|дорогой|дорогую|новенький~ духи|айфон|деньги|телефон|наушники"
            "|кроссовки|приставку",
            "дарил|дарит|делал|делает|покупал|покупает ей|ему дорогие|дорогой подарки|подарок",
            "брал|звал|берет|берёт|возил|возит|зовет|зовёт|хотел|хочет|пригласил|приглашает е"
            "е|её|его|дочь|сына|дочку ? ? ? ? вдвоем|вдвоём|наедине",
            "نصفه|نیمه|آخرشب|نصفشب|آخر‌شب|دیروقت|نصفهشب|نصف‌شب|نیمهشب|نصفه‌شب|نیمه‌شب ? به|به"
            "ش|براش|برای|واسش|واسه~ او|اون|پسرم|بچهام|دخترم|بچه‌ام~ re:(پیام|پیامک|مسیج|پیغام"
            "|پی‌?وی|دایرکت)\\S*",
            "بهش|پسرم|بچهام|دخترم|بچه‌ام re:(پیام|پیامک|مسیج|پیغام)\\S* خصوصی|هایخصوصی|های‌خصوصی",
            "re:(مربی|معلم|همسایه|داوطلب|مرد|آقا|آقاهه|مربیش)\\S* ? ? ? re:(هدیه|کادو|گوشی|مو"
            "بایل|آیفون|کفش|پول|عطر|لباس)\\S* re:(گران|گرون|گرانقیمت|گرون‌?قیمت|قیمتی|گران‌?ق"
            "یمت|نو|جدید)\\S*",
            "تنهایی|دوتایی|دونفره|دوتاشون|دو‌نفره ? ? re:(دعوت|ببره|می‌?بره|میبره|برده|بردش|ب"
            "برد|می‌?برد)\\S*",
            "ii|îi a|scria|scrie|trimite|trimitea~ scris|trimis~ mesaj|mesaje|sms-uri~ ? ? mi"
            "ezul|privat|noaptea",
            "re:(antrenorul|profesorul|voluntarul|vecinul|domnul|educatorul|instructorul|b[ăa"
            "]rbatul|nenea)\\S* ? ? ii|îi|i-a|i-au da|dă|dat|dadea|dădea|ofera|oferă|oferit|c"
            "umpara|cumpară|cumpăra|cumpără|cumparat|cumpărat~ o|un|bani~ bani|casti|caşti|ca"
            "ști|căsti|căşti|căști|haine|iphone|parfum|adidasi|adidaşi|adidași|consola|consol"
            "ă|telefon",
            "ii|îi|i-a da|dă|dat|face|facea|facut|făcea|făcut|cumpara|cumpară|cumpăra|cumpără"
            "|cumparat|cumpărat~ cadou|cadouri scump|scumpe",
            "a|o|il|îl|l-a ia|dus|lua|duce|dus-o|cheama|cheamă|chemat|invita|invită|invitat|i"
            "nvitat-o ? ? ? ? doar|numai ei|noi~ doi|amandoi|amândoi",
            "le|gli ha|aveva|invia|manda|scrive|inviava|mandava|scriveva~ inviato|mandato|scr"
            "itto~ sms|vocali|messaggi|messaggio|messaggini~ ? ? notte|privato|mezzanotte",
            "re:(l'|il)?(allenatore|mister|istruttore|animatore|prof|professore|volontario|vi"
            "cino|signore|educatore|catechista) ? ? le|gli da|dà|ha|dato|dava|compra|regala|c"
            "omprato|comprava|regalato|regalava~ dato|comprato|regalato~ i|le|un|dei|una|dell"
            "e~ soldi|cuffie|iphone|scarpe|console|profumo|vestiti|sneakers|telefono|cellular"
            "e|telefonino|playstation",
            "le|gli fa|ha|compra|faceva|regala|regalava~ fatto~ regali cari|costosi|carissimi",
            "l'ha|porta|invita|portata|portato|portava|invitata|invitato|invitava|l'invita|po"
            "rtarla|portarlo|invitarla|invitarlo ? ? ? ? ? solo|soltanto loro due",
            "l'ha|porta|invita|portata|portato|portava|invitata|invitato|invitava|l'invita|po"
            "rtarla|portarlo|invitarla|invitarlo ? ? ? ? ? a tu per tu",
            "re:(ለይቲ|ፍርቂ|ምሸት|ለይትን)\\S* ? ? re:(መልእኽቲ|መልእኽትታት|ሜሰጅ)\\S*",
            "re:(ኣሰልጣኒ|መምህር|ጎረቤት)\\S* ? ? re:(ክቡር|ክቡራት)\\S* re:(ተሌፎን|ህያብ|ህያባት|ጫማ)\\S*",
            "re:ክልቲኦም\\S* re:ጥራሕ\\S*",
        ),
    ),
    # 24 threat to keep a child silent
    Rule(
        "sg",
        O,
        1.0,
        (
            "gdy|jak|jesli|jeśli|jakbys|jakbyś|jezeli|jeżeli ? ? powiesz|puscisz|puścisz|opow"
            "iesz|pisniesz|piśniesz|powiecie|wygadasz|wspomnisz|wypaplesz|poskarzysz|poskarży"
            "sz|zakablujesz ? ? ? ? ? zobaczysz ,~ !|.|…|co",
            "gdy|jak|jesli|jeśli|jakbys|jakbyś|jezeli|jeżeli ? ? powiesz|puscisz|puścisz|opow"
            "iesz|pisniesz|piśniesz|powiecie|wygadasz|wspomnisz|wypaplesz|poskarzysz|poskarży"
            "sz|zakablujesz ? ? ? ? ? re:(po[żz]a[łl]ujesz|popami[ęe]tasz|oberwiesz|zabij[ęe]"
            "|zatłukę|zat[łl]uk[ęe]|po[żz]a[łl]ujecie)",
            "gdy|jak|jesli|jeśli|jakbys|jakbyś|jezeli|jeżeli ? ? powiesz|puscisz|puścisz|opow"
            "iesz|pisniesz|piśniesz|powiecie|wygadasz|wspomnisz|wypaplesz|poskarzysz|poskarży"
            "sz|zakablujesz ? ? ? ? ? wiesz|wiecie ,~ co|czym ci|to|cie|cię|sie|się|bedzie|bę"
            "dzie",
            "gdy|jak|jesli|jeśli|jakbys|jakbyś|jezeli|jeżeli ? ? powiesz|puscisz|puścisz|opow"
            "iesz|pisniesz|piśniesz|powiecie|wygadasz|wspomnisz|wypaplesz|poskarzysz|poskarży"
            "sz|zakablujesz ? ? ? ? ? dostaniesz|dostaniecie w|po|za|baty|bure|burę|lanie|man"
            "to|wpierdol",
            "gdy|jak|jesli|jeśli|jakbys|jakbyś|jezeli|jeżeli ? ? powiesz|puscisz|puścisz|opow"
            "iesz|pisniesz|piśniesz|powiecie|wygadasz|wspomnisz|wypaplesz|poskarzysz|poskarży"
            "sz|zakablujesz ? ? ? ? ? zrobie|zrobię ci|wam|twojej|twojemu ? cos|coś|zlego|złe"
            "go|krzywde|krzywdę",
            "re:(s[öo]ylersen|anlat[ıi]rsan|s[öo]ylerseniz|anlat[ıi]rsan[ıi]z|konu[şs]ursan|i"
            "spiyonlarsan|bahsedersen|a[çc]arsan|ş[ıi]kayet|[şs]ikayet|yetiştirirsen|yeti[şs]"
            "tirirsen|s[öo]ylemeye|anlatmaya) ? ? ? ? ? gorursun|gorursün|gorürsun|gorürsün|g"
            "örursun|görursün|görürsun|görürsün ,~ !|.|…|bak|sen|dedi|diye|seni|demis|demiş|d"
            "iyor",
            "re:(s[öo]ylersen|anlat[ıi]rsan|s[öo]ylerseniz|anlat[ıi]rsan[ıi]z|konu[şs]ursan|i"
            "spiyonlarsan|bahsedersen|a[çc]arsan|ş[ıi]kayet|[şs]ikayet|yetiştirirsen|yeti[şs]"
            "tirirsen|s[öo]ylemeye|anlatmaya) ? ? ? ? ? ne re:(olaca[ğg][ıi]n[ıi]|olur|yapaca"
            "[ğg][ıi]m[ıi]) bilirsin|gorursun|gorursün|gorürsun|gorürsün|görursun|görursün|gö"
            "rürsun|görürsün|biliyorsun|biliyorsunuz",
            "re:(s[öo]ylersen|anlat[ıi]rsan|s[öo]ylerseniz|anlat[ıi]rsan[ıi]z|konu[şs]ursan|i"
            "spiyonlarsan|bahsedersen|a[çc]arsan|ş[ıi]kayet|[şs]ikayet|yetiştirirsen|yeti[şs]"
            "tirirsen|s[öo]ylemeye|anlatmaya) ? ? ? ? ? seni|anneni|annenı|babani|babanı|kope"
            "gini|kopeğini|köpegini|köpeğini|kardesini|kardeşini re:([öo]ld[üu]r[üu]r[üu]m|d["
            "öo]ver[iı]m|gebertirim|mahvederim|yakar[ıi]m|keserim)",
            "re:(s[öo]ylersen|anlat[ıi]rsan|s[öo]ylerseniz|anlat[ıi]rsan[ıi]z|konu[şs]ursan|i"
            "spiyonlarsan|bahsedersen|a[çc]arsan|ş[ıi]kayet|[şs]ikayet|yetiştirirsen|yeti[şs]"
            "tirirsen|s[öo]ylemeye|anlatmaya) ? ? ? ? ? pisman|pişman ederim|olursun|edecegim"
            "|edeceğim|olacaksin|olacaksın",
            "إن|ان|لا|لو|إذا|إزا|إلا|إلى|اذا|ازا|الا|الى|ولا|يلا|ايلا ? re:(و)?(ت|بت|ك|كت|ب)?"
            "(قول|قلت|قلتي|خبر|أخبرت|اخبرت|حك|حكيت|هضر|هدر|تكلم|بلغ|شك|فت|فتن|بلّغ|بلغت|نطق|ف"
            "ضح|فسد)\\S* ? ? ? ? ? re:(ست|ب|بت|غادي|غا|رح|ح|راح)?(عرف|تعرف|شوف|تشوف|ترى|شوفي|"
            "تشوفي|تعرفي)\\S* آش|أش|اش|شن|شو|ما|إيش|ايش|شنو|واش|شنوا|ماذا re:(سيحدث|بصير|بيصي"
            "ر|غادي|غا|يوقع|راح|رح|يصير|سيصير|سيجري|سيحصل|يحصل|يجرى|سأفعل|نعمل|نديرلك|ندير|بع"
            "مل|رح|سيقع)\\S*",
            "إن|ان|لا|لو|إذا|إزا|إلا|إلى|اذا|ازا|الا|الى|ولا|يلا|ايلا ? re:(و)?(ت|بت|ك|كت|ب)?"
            "(قول|قلت|قلتي|خبر|أخبرت|اخبرت|حك|حكيت|هضر|هدر|تكلم|بلغ|شك|فت|فتن|بلّغ|بلغت|نطق|ف"
            "ضح|فسد)\\S* ? ? ? ? ? أنت|إنت|انت|راك|راكي تعرف|عارف|بتعرف|تعرفي|عارفة|عارفه",
            "إن|ان|لا|لو|إذا|إزا|إلا|إلى|اذا|ازا|الا|الى|ولا|يلا|ايلا ? re:(و)?(ت|بت|ك|كت|ب)?"
            "(قول|قلت|قلتي|خبر|أخبرت|اخبرت|حك|حكيت|هضر|هدر|تكلم|بلغ|شك|فت|فتن|بلّغ|بلغت|نطق|ف"
            "ضح|فسد)\\S* ? ? ? ? ? re:(و|ف)?(غادي|غا|رح|ح|راح|س|بـ)?(أقتلك|اقتلك|نقتلك|بقتلك|"
            "قتلك|نذبحك|بذبحك|أذبحك|اذبحك|أقتلها|نقتلها|نقتلو|اقتلها|نقتل|نضربك|بضربك|أضربك|ا"
            "ضربك|نخليك|تندم|بتندم|ستندم|تندمي|ستندمين|نحرقك|بحرقك|نموتك|بموتك)",
            "إن|ان|لا|لو|إذا|إزا|إلا|إلى|اذا|ازا|الا|الى|ولا|يلا|ايلا ? re:(و)?(ت|بت|ك|كت|ب)?"
            "(قول|قلت|قلتي|خبر|أخبرت|اخبرت|حك|حكيت|هضر|هدر|تكلم|بلغ|شك|فت|فتن|بلّغ|بلغت|نطق|ف"
            "ضح|فسد)\\S* ? ? ? ? ? ح|رح|غا|راح|سوف|غادي~ اقتل|تندم|نقتل|أذبحك|أضربك|أقتلك|اضر"
            "بك|اقتلك|تندمي|نذبحك|نضربك|نقتلك|نموتك",
            "la|eza|ida|ila|iza|law|idha|ilaa|ilakan ? re:(9olti|qolti|glti|gelti|9elti|2elti"
            "|2olti|7keti|7kiti|7akeyte|7akayte|7akit|7akeet|hdrti|hdarti|tkellemti|tkalamti|"
            "khbrti|5brti|khabbarti|bta7ki|bt2ol|bt2oul|t9ol|t2ol|fdahti|fda7ti)[a-z]* ? ? ? "
            "? ? 7a|gha|ra7|rah|rak|raki|ghadi~ re:(tchouf|tchof|tshouf|btshouf|btchouf|ta3re"
            "f|t3ref|bta3ref|3aref|3arfa|3arif)i? ch|ach|ash|sho|shu|chno|chou|shno|shou|achn"
            "o|ashno|chnou re:(ghadi|gha|ra7|bisir|bi9a3|ywa9e3|yw9e3|y9e3|ysir|ysir|ndirlek|"
            "ndir|bsir|ya7sal|bya7sal)[a-z]*",
            "la|eza|ida|ila|iza|law|idha|ilaa|ilakan ? re:(9olti|qolti|glti|gelti|9elti|2elti"
            "|2olti|7keti|7kiti|7akeyte|7akayte|7akit|7akeet|hdrti|hdarti|tkellemti|tkalamti|"
            "khbrti|5brti|khabbarti|bta7ki|bt2ol|bt2oul|t9ol|t2ol|fdahti|fda7ti)[a-z]* ? ? ? "
            "? ? 7a|gha|ra7|rah|raha|ghadi~ re:(nqtlek|n9tlek|nqtlk|n9tlk|2e2tlak|2a2tlak|2e2"
            "telak|2a2telak|2tlak|bi2tlak|b2otlak|ndbe7ek|ndb7ek|tndm|tendem|btendam|btindam|"
            "tnedm|nquttlek|n9ttlek|nqtl|n9tl|ndrbek|ndrbk|b2tlak)",
            "se a|o|me|lhe|lho~ re:(contares|contar|disseres|disser|falares|falar|abrires|abr"
            "ir|contarem|disserem|contas|dizes|falas|contarem|fizeres|chibares|queixares|cont"
            "ar-lhe|disser-lhe|contares-lhe) ? ? ? ? ? vai|vão|vais|vai-se|vais-te ver!|ver.|"
            "ver…",
            "se a|o|me|lhe|lho~ re:(contares|contar|disseres|disser|falares|falar|abrires|abr"
            "ir|contarem|disserem|contas|dizes|falas|contarem|fizeres|chibares|queixares|cont"
            "ar-lhe|disser-lhe|contares-lhe) ? ? ? ? ? vai|vão|vais|vai-se|vais-te ver !|.|o|"
            "…|so|só",
            "se a|o|me|lhe|lho~ re:(contares|contar|disseres|disser|falares|falar|abrires|abr"
            "ir|contarem|disserem|contas|dizes|falas|contarem|fizeres|chibares|queixares|cont"
            "ar-lhe|disser-lhe|contares-lhe) ? ? ? ? ? ja|já|tu|voce|você sabe|sabes o que eu"
            "|te|lhe|vai|acontece|acontecera|acontecerá",
            "se a|o|me|lhe|lho~ re:(contares|contar|disseres|disser|falares|falar|abrires|abr"
            "ir|contarem|disserem|contas|dizes|falas|contarem|fizeres|chibares|queixares|cont"
            "ar-lhe|disser-lhe|contares-lhe) ? ? ? ? ? te|vou|mato|matei|dou-te|vou-te|bato-t"
            "e|mata-te|matamos|mato-te a|dar|uma|cabo|mato|bater|matar|matar-te~",
            "se a|o|me|lhe|lho~ re:(contares|contar|disseres|disser|falares|falar|abrires|abr"
            "ir|contarem|disserem|contas|dizes|falas|contarem|fizeres|chibares|queixares|cont"
            "ar-lhe|disser-lhe|contares-lhe) ? ? ? ? ? pagar|pagas|apanhar|apanhas|pagaras|pa"
            "garás|arrepende|arrependas|arrepender|arrependes|arrependeras|arrependerás",
            "si le|me|se|te|les~ la|lo~ re:(cuentas|cuenta|cont[áa]s|dices|dice|dec[íi]s|habl"
            "as|habla|habl[áa]s|cuentan|dicen|abres|abre|chivas|chiva|chiv[áa]s|chivateas|cue"
            "ntes|dijeras|contaras|hablaras|dijera|contara) ? ? ? ? ? ya sabe|sabes|sabés|sab"
            "eis|sabéis lo que le|os|te|va|les|pasa|pasara|pasará",
            "si le|me|se|te|les~ la|lo~ re:(cuentas|cuenta|cont[áa]s|dices|dice|dec[íi]s|habl"
            "as|habla|habl[áa]s|cuentan|dicen|abres|abre|chivas|chiva|chiv[áa]s|chivateas|cue"
            "ntes|dijeras|contaras|hablaras|dijera|contara) ? ? ? ? ? ya vera|verá|veras|verá"
            "s|vereis|veréis !|.|…|lo|...",
            "si le|me|se|te|les~ la|lo~ re:(cuentas|cuenta|cont[áa]s|dices|dice|dec[íi]s|habl"
            "as|habla|habl[áa]s|cuentan|dicen|abres|abre|chivas|chiva|chiv[áa]s|chivateas|cue"
            "ntes|dijeras|contaras|hablaras|dijera|contara) ? ? ? ? ? va|vas a ver !|.|…|lo|."
            "..",
            "si le|me|se|te|les~ la|lo~ re:(cuentas|cuenta|cont[áa]s|dices|dice|dec[íi]s|habl"
            "as|habla|habl[áa]s|cuentan|dicen|abres|abre|chivas|chiva|chiv[áa]s|chivateas|cue"
            "ntes|dijeras|contaras|hablaras|dijera|contara) ? ? ? ? ? la|le|lo|os|te|les mato"
            "|pego|mato,|matare|mataré|pegare|pegaré|matamos|reviento",
            "si le|me|se|te|les~ la|lo~ re:(cuentas|cuenta|cont[áa]s|dices|dice|dec[íi]s|habl"
            "as|habla|habl[áa]s|cuentan|dicen|abres|abre|chivas|chiva|chiv[áa]s|chivateas|cue"
            "ntes|dijeras|contaras|hablaras|dijera|contara) ? ? ? ? ? os|se|te la|va|las|van|"
            "vas|enteraras|enterarás|arrepentira|arrepentirá|arrepentiras|arrepentirás a|carg"
            "a|pagas|cargas~ pagar|cargar|enterar|arrepentir~",
            "si le|me|se|te|les~ la|lo~ re:(cuentas|cuenta|cont[áa]s|dices|dice|dec[íi]s|habl"
            "as|habla|habl[áa]s|cuentan|dicen|abres|abre|chivas|chiva|chiv[áa]s|chivateas|cue"
            "ntes|dijeras|contaras|hablaras|dijera|contara) ? ? ? ? ? la|lo|me|las va|vas|pag"
            "a|pagas|pagara|pagará|pagaras|pagarás a~ pagar~",
            "et|s'|si|quand jamais~ tu|vous|jamais~ en|l'|la|le|les|lui|leur~ re:(dis|dites|p"
            "arles|parlez|racontes|racontez|r[ée]p[èe]tes|balances|cafardes|mouchardes|causes"
            "|l'ouvres|bavardes|ouvres) ? ? ? ? ? tu vas|verras voir~ ce que|qui|qu'il",
            "et|s'|si|quand jamais~ tu|vous|jamais~ en|l'|la|le|les|lui|leur~ re:(dis|dites|p"
            "arles|parlez|racontes|racontez|r[ée]p[èe]tes|balances|cafardes|mouchardes|causes"
            "|l'ouvres|bavardes|ouvres) ? ? ? ? ? tu|vous sais|savez ce que|qui|qu'il|qu'on j"
            "e|se|t'|te|va|arrive|arrivera|t'attend|t'arrivera",
            "et|s'|si|quand jamais~ tu|vous|jamais~ en|l'|la|le|les|lui|leur~ re:(dis|dites|p"
            "arles|parlez|racontes|racontez|r[ée]p[èe]tes|balances|cafardes|mouchardes|causes"
            "|l'ouvres|bavardes|ouvres) ? ? ? ? ? je|on t'|te|vous ? tue|bute|eclate|frappe|t"
            "uerai|éclate|defonce|défonce|tabasse|tuerais|fracasse|massacre",
            "et|s'|si|quand jamais~ tu|vous|jamais~ en|l'|la|le|les|lui|leur~ re:(dis|dites|p"
            "arles|parlez|racontes|racontez|r[ée]p[èe]tes|balances|cafardes|mouchardes|causes"
            "|l'ouvres|bavardes|ouvres) ? ? ? ? ? tu|vous vas|allez~ la|le payer|sentir|paier"
            "as|paierez|payeras|regretter|regretteras|regretterez",
            "et|s'|si|quand jamais~ tu|vous|jamais~ en|l'|la|le|les|lui|leur~ re:(dis|dites|p"
            "arles|parlez|racontes|racontez|r[ée]p[èe]tes|balances|cafardes|mouchardes|causes"
            "|l'ouvres|bavardes|ouvres) ? ? ? ? ? gare|malheur a|à toi|vous",
            "et|s'|si|quand jamais~ tu|vous|jamais~ en|l'|la|le|les|lui|leur~ re:(dis|dites|p"
            "arles|parlez|racontes|racontez|r[ée]p[èe]tes|balances|cafardes|mouchardes|causes"
            "|l'ouvres|bavardes|ouvres) ? ? ? ? ? tu|vous vas|allez voir !|…|...",
            "wenn du|ihr|du's ? ? ? re:(sagst|erz[äa]hlst|verr[äa]tst|petzt|ausplauderst|weit"
            "ererz[äa]hlst|redest|quatschst|sagt|erz[äa]hlt|verratet|plauderst|aufmachst|auss"
            "agst) ? ? ? ? ? weist|weißt|wisst du|ihr ,~ was dir|los|dann|euch|passiert|passi"
            "eren",
            "wenn du|ihr|du's ? ? ? re:(sagst|erz[äa]hlst|verr[äa]tst|petzt|ausplauderst|weit"
            "ererz[äa]hlst|redest|quatschst|sagt|erz[äa]hlt|verratet|plauderst|aufmachst|auss"
            "agst) ? ? ? ? ? gibt|gibts|setzt|gibt's|knallt|kracht|passiert es|dir|was|euch|w"
            "as,|arger|ärger|schlage|schläge~ was|arger|etwas|ärger|schlage|schläge",
            "wenn du|ihr|du's ? ? ? re:(sagst|erz[äa]hlst|verr[äa]tst|petzt|ausplauderst|weit"
            "ererz[äa]hlst|redest|quatschst|sagt|erz[äa]hlt|verratet|plauderst|aufmachst|auss"
            "agst) ? ? ? ? ? konnt|könnt|kannst du|ihr was|etwas erleben",
            "wenn du|ihr|du's ? ? ? re:(sagst|erz[äa]hlst|verr[äa]tst|petzt|ausplauderst|weit"
            "ererz[äa]hlst|redest|quatschst|sagt|erz[äa]hlt|verratet|plauderst|aufmachst|auss"
            "agst) ? ? ? ? ? mach|bring|mache|bringe ich dich|euch|deine|deinen|deiner ? um|k"
            "alt|platt|fertig",
            "wenn du|ihr|du's ? ? ? re:(sagst|erz[äa]hlst|verr[äa]tst|petzt|ausplauderst|weit"
            "ererz[äa]hlst|redest|quatschst|sagt|erz[äa]hlt|verratet|plauderst|aufmachst|auss"
            "agst) ? ? ? ? ? wirst|werdet du|ihr es|das bußen|büßen|bereuen",
            "wenn du|ihr|du's ? ? ? re:(sagst|erz[äa]hlst|verr[äa]tst|petzt|ausplauderst|weit"
            "ererz[äa]hlst|redest|quatschst|sagt|erz[äa]hlt|verratet|plauderst|aufmachst|auss"
            "agst) ? ? ? ? ? bereut|bereuen|bereust",
            "petzt|sagst|redest|erzahlst|erzählst|verratst|verrätst|plauderst du ? ? es|das|w"
            "as|etwas~ ? ? ? ? ? weist|weißt|wisst du|ihr ,~ was dann|passiert|passieren",
            "hadii|hadaad|haddii|haddaad|haddaan ? ? ? sheego|hadasho|sheegto|hadashid|sheegt"
            "aa|sheegtay|sheegtid|hadashaan|sheegtaan|sheegaysid ? ? ? ? ? waan|ayaan|waxaan~"
            " ku|kaa|kugu|hooyadaa dili|dilaa|dilayaa|garaaci|gowrici|dilidoonaa|garaacayaa|g"
            "owracayaa",
            "hadii|hadaad|haddii|haddaad|haddaan ? ? ? sheego|hadasho|sheegto|hadashid|sheegt"
            "aa|sheegtay|sheegtid|hadashaan|sheegtaan|sheegaysid ? ? ? ? ? og|ogtahay|ogtihii"
            "n|ogsoontahay waxa|maxaa|waxaa|waxay ku|kuu|kugu~ ku|dhici|dhacda|dhacaya|dhacay"
            "o|dhacaysa",
            "hadii|hadaad|haddii|haddaad|haddaan ? ? ? sheego|hadasho|sheegto|hadashid|sheegt"
            "aa|sheegtay|sheegtid|hadashaan|sheegtaan|sheegaysid ? ? ? ? ? waad|waydin~ arki|"
            "qoomamayn|qoomameyn|qoomamaysan|ka-qoomamayn doontaa|doontaan~ !|.",
            "як|коли|якшо|якщо|тільки ? ? скажеш|бовкнеш|донесеш|пискнеш|скажете|розкажеш|нас"
            "тукаєш|розповіси|розбовкаєш|поскаржишся|розпатякаєш|проговоришся ? ? ? ? ? знаєш"
            "|знаєте ,~ що з|я|буде|тобі|станеться",
            "як|коли|якшо|якщо|тільки ? ? скажеш|бовкнеш|донесеш|пискнеш|скажете|розкажеш|нас"
            "тукаєш|розповіси|розбовкаєш|поскаржишся|розпатякаєш|проговоришся ? ? ? ? ? побач"
            "иш|побачите ,~ що з|я|буде|тобі|станеться",
            "як|коли|якшо|якщо|тільки ? ? скажеш|бовкнеш|донесеш|пискнеш|скажете|розкажеш|нас"
            "тукаєш|розповіси|розбовкаєш|поскаржишся|розпатякаєш|проговоришся ? ? ? ? ? вбю|в"
            "б'ю|вбʼю|уб'ю|заріжу|приб'ю|прибью|закопаю|пожалієш|пожалкуєш|пошкодуєш|поплатиш"
            "ся",
            "як|коли|якшо|якщо|тільки ? ? скажеш|бовкнеш|донесеш|пискнеш|скажете|розкажеш|нас"
            "тукаєш|розповіси|розбовкаєш|поскаржишся|розпатякаєш|проговоришся ? ? ? ? ? вам|т"
            "обі хана|гаплик|капець|кінець",
            "если|ежели|когда|только ? ? вякнешь|пикнешь|скажете|скажешь|настучишь|сболтнешь|"
            "заикнешься|расскажете|расскажешь|пожалуешься|разболтаешь|проболтаешься ? ? ? ? ?"
            " знаете|знаешь ,~ что с|я|тебе|будет|случится",
            "если|ежели|когда|только ? ? вякнешь|пикнешь|скажете|скажешь|настучишь|сболтнешь|"
            "заикнешься|расскажете|расскажешь|пожалуешься|разболтаешь|проболтаешься ? ? ? ? ?"
            " увидите|увидишь ,~ что с|я|тебе|будет|случится",
            "если|ежели|когда|только ? ? вякнешь|пикнешь|скажете|скажешь|настучишь|сболтнешь|"
            "заикнешься|расскажете|расскажешь|пожалуешься|разболтаешь|проболтаешься ? ? ? ? ?"
            " убью|урою|зарежу|прибью|закопаю|пожалеете|пожалеешь|поплатишься",
            "если|ежели|когда|только ? ? вякнешь|пикнешь|скажете|скажешь|настучишь|сболтнешь|"
            "заикнешься|расскажете|расскажешь|пожалуешься|разболтаешь|проболтаешься ? ? ? ? ?"
            " вам|тебе хана|капец|конец|крышка",
            "اگر|اگه|اگرم ? ? ? بدی|بگی|کنی|بزنی|بگید|بگین|بگوئی|بگویی ? ? ? ? ? می~ بینی|دان"
            "ی|دونی|میبینی|میدانی|میدونی|می‌بینی|می‌دانی|می‌دونی چه|چی سرت|میشه|کارت|بلایی|می"
            "شود|میکنم|می‌شه|اتفاقی|می‌شود|می‌کنم",
            "اگر|اگه|اگرم ? ? ? بدی|بگی|کنی|بزنی|بگید|بگین|بگوئی|بگویی ? ? ? ? ? بلایی|بکشمت|"
            "حسابت|حسابتو|میزنمت|میکشمت|میکشمش|پشیمان|پشیمون|میکُشمت|می‌زنمت|می‌کشمت|می‌کشمش|"
            "میکشمتون|می‌کُشمت",
            "daca|dacă|daca-i|dacă-i|daca-mi|dacă-mi ? ? re:(spui|zici|poveste[șşs]ti|poveste"
            "sti|deschizi|vorbe[șşs]ti|vorbesti|p[âa]r[ăa][șşs]ti|parasti|spune[țţt]i|spuneti"
            "|sufli|ciripe[șşs]ti) ? ? ? ? ? stii|ştii|știi ce re:(se|o|urmeaz[ăa]|p[ăa][țţt]"
            "e[șşs]ti|patesti|te|[îi]ți|iti|i[țţt]i|face|fac)",
            "daca|dacă|daca-i|dacă-i|daca-mi|dacă-mi ? ? re:(spui|zici|poveste[șşs]ti|poveste"
            "sti|deschizi|vorbe[șşs]ti|vorbesti|p[âa]r[ăa][șşs]ti|parasti|spune[țţt]i|spuneti"
            "|sufli|ciripe[șşs]ti) ? ? ? ? ? o|ai|veti|veţi|veți sa|să re:(vezi|vede[țţt]i|re"
            "gre[țţt]i|regreti|p[ăa]ţe[șşs]ti|pa[țţt]i|p[ăa][țţt]e[șşs]ti|patesti|[îi]ncasezi"
            "|iei) !|.|…|ce|tu|bataie|bătaie",
            "daca|dacă|daca-i|dacă-i|daca-mi|dacă-mi ? ? re:(spui|zici|poveste[șşs]ti|poveste"
            "sti|deschizi|vorbe[șşs]ti|vorbesti|p[âa]r[ăa][șşs]ti|parasti|spune[țţt]i|spuneti"
            "|sufli|ciripe[șşs]ti) ? ? ? ? ? o|il|te|va|vă|îl bat|omor|omoara|omoară|omoram|o"
            "morâm|distrug|snopesc",
            "daca|dacă|daca-i|dacă-i|daca-mi|dacă-mi ? ? re:(spui|zici|poveste[șşs]ti|poveste"
            "sti|deschizi|vorbe[șşs]ti|vorbesti|p[âa]r[ăa][șşs]ti|parasti|spune[țţt]i|spuneti"
            "|sufli|ciripe[șşs]ti) ? ? ? ? ? re:(regre[țţt]i|regreti|regreta[țţt]i|p[ăa][țţt]"
            "e[șşs]ti|patesti)",
            "se la|le|lo|mi|ne|gli|glielo|gliene~ fai|apri|dici|dite|dirai|fiati|parli|parler"
            "ai|racconti|spifferi|raccontate|racconterai ? ? ? ? ? vedi|vedrai|vedrete !|.|…|"
            "cosa|quello",
            "se la|le|lo|mi|ne|gli|glielo|gliene~ fai|apri|dici|dite|dirai|fiati|parli|parler"
            "ai|racconti|spifferi|raccontate|racconterai ? ? ? ? ? sai|sapete che|cosa|quello"
            " ti|che|cosa|capita|succede|succedera|succederà",
            "se la|le|lo|mi|ne|gli|glielo|gliene~ fai|apri|dici|dite|dirai|fiati|parli|parler"
            "ai|racconti|spifferi|raccontate|racconterai ? ? ? ? ? la|le|lo|ti|vi|gli meno|fa"
            "ccio|gonfio|spacco|uccido|ammazzo|picchio|uccidero|ucciderò|ammazzero|ammazzerò",
            "se la|le|lo|mi|ne|gli|glielo|gliene~ fai|apri|dici|dite|dirai|fiati|parli|parler"
            "ai|racconti|spifferi|raccontate|racconterai ? ? ? ? ? te|ve ne penti|pentirai|pe"
            "ntirete",
            "se la|le|lo|mi|ne|gli|glielo|gliene~ fai|apri|dici|dite|dirai|fiati|parli|parler"
            "ai|racconti|spifferi|raccontate|racconterai ? ? ? ? ? la paghi|pagate|pagherai|p"
            "agherete",
            "re:(እንተ)?(ነጊር|ተዛሪብ|ኢልካ|ኢልኪ|ሓቢር)\\S* ? ? ? ? ? re:(ክቐትለ|ክቀትለ|እቐትለ|ክትጠዓሰ|ትጠዓሰ|ከምዝኸ"
            "ውን|ከምዝገብረ|ክገብረ|ክወቅዓ|ክወቕዓ)\\S*",
        ),
    ),
    # 25 teen's bank account, packages or debts used by older men
    Rule(
        "sg",
        O,
        1.0,
        (
            "zalozyli|zalożyli|załozyli|założyli|otworzyli|zakladaja|zakladają|zakładaja|zakł"
            "adają mu|jej|corce|córce|synowi~ karte|kartę|konta|konto|rachunek w~ banku~ na j"
            "ej|jego|syna|corki|córki",
            "przez jej|jego karte|kartę|konto|rachunek re:(przechodz[ąa]|id[ąa]|p[łl]yn[ąa]|l"
            "ec[ąa]|przelatuj[ąa]|kr[ąa][żz][ąa])",
            "re:(wyp[łl]aca|wyp[łl]aci[łl]|wyp[łl]aca[łl]|wyp[łl]aci[łl]a|wyp[łl]aca[łl]a) ? "
            "? i~ daje|oddal|oddał|oddaja|oddaje|oddają|przekazal|przekazał|przekazuje im|tym"
            "|komus|komuś|starszym",
            "chca|chcą|maja|mają|wzieli|wzięli|uzywaja|uzywają|używaja|używają|zabrali jej|je"
            "go pin|karte|karty|kartę|konto",
            "chowa|trzyma|ukrywa|przechowuje|przetrzymuje ? cos|coś|torbe|torby|torbę|paczke|"
            "paczki|paczkę|plecak|pakunki dla re:(starszych|starszego|doros[łl]ych|nich|ch[łl"
            "]opak[óo]w|koleg[óo]w|jakich[śs]|obcych|dilera|diler[óo]w)",
            "sa|są|jest im|dilerom|dilerowi|starszym winna|winny|dluzna|dluzny|dlużna|dlużny|"
            "dłuzna|dłuzny|dłużna|dłużny|winien",
            "zgubil|zgubił|stracil|stracił|ukradli|zabrali|zabrano|zgubila|zgubiła mu|jej~ to"
            "rbe|torbę|towar|paczke|paczkę|przesylke|przesylkę|przesyłke|przesyłkę ? ? ? ? ? "
            "dlug|dług|oddac|oddać|dluzny|dlużny|dłuzny|dłużny|winien|splacic|splacić|spłacic"
            "|spłacić|odpracowac|odpracować",
            "obcy|jacys|jacyś|starsi|dorosli|dorośli typy|faceci|kolesie|chlopacy|chłopacy|me"
            "zczyzni|mezczyźni|meżczyzni|meżczyźni|męzczyzni|męzczyźni|mężczyzni|mężczyźni~ ?"
            " ? re:(odbieraj[ąa]|zabieraj[ąa]|podje[żz]d[żz]aj[ąa]|przyje[żz]d[żz]aj[ąa]|wo[ż"
            "z][ąa]) ? ? ? skuter|motorem|motorze|skuterem|skuterze|hulajnoga|hulajnogą",
            "adina|adına|adiyla|adıyla|uzerine|üzerine bir~ banka~ re:(hesab[ıi]|hesap|kart)["
            "a-zışçğüöâ̇]* re:(a[çc]m[ıi][şs]lar|a[çc]t[ıi]lar|a[çc]m[ıi][şs]|a[çc]t[ıi]rm[ıi"
            "][şs]lar|a[çc]t[ıi]rd[ıi]lar|a[çc]t[ıi]rm[ıi][şs]|a[çc]ılm[ıi][şs])",
            "kartini|kartinı|kartıni|kartını|hesabini|hesabinı|hesabıni|hesabını kullandilar|"
            "kullandılar|kullanmislar|kullanmişlar|kullanmıslar|kullanmışlar|kullaniyorlar|ku"
            "llanıyorlar|kullaniyormuslar|kullaniyormuşlar|kullanıyormuslar|kullanıyormuşlar",
            "kartina|kartına|hesabina|hesabına|kartindan|kartından|hesabindan|hesabından ? re"
            ":(b[üu]y[üu]k|y[üu]kl[üu]|binlerce|s[üu]rekli|yabanc[ıi]|tan[ıi]mad[ıi][ğg][ıi])"
            " para|paralar|havaleler|miktarlar",
            "onlar|abiler|adamlar|onlarin|onların|abilerin|buyukler|buyükler|büyukler|büyükle"
            "r|adamlarin|adamların icin|için ? ? re:(paket|po[şs]et|[çc]anta|koli)[a-zışçğüöâ"
            "̇]* ? re:(sakl|tut|ta[şs][ıi]|getir|g[öo]t[üu]r)[a-zışçğüöâ̇]*",
            "ceteye|onlara|çeteye|abilere|abi̇lere|adamlara|saticilara|saticılara|satıcilara|"
            "satıcılara|torbacilara|torbacılara ? ? re:(borcu|bor[çc]lu|borcland[ıi]|bor[çc]l"
            "and[ıi][ğg][ıi]n[ıi]|bor[çc]lanm[ıi][şs])[a-zışçğüöâ̇]*",
            "mali|malı|kolisi|paketi|poseti|poşeti|cantayi|cantayı|kolisi̇|çantayi|çantayı re"
            ":(kaybetmi[şs]|kaybetti|kaybolmu[şs]|[çc]al[ıi]nm[ıi][şs]|elinden) ? ? ? ? re:(b"
            "or[çc]|borcu|bor[çc]lu|[öo]demesi|[öo]deyecek|[öo]desin)[a-zışçğüöâ̇]*",
            "motorla|motorlu|skuterle|motoruyla|scooterla|motosikletle ? ? ? ? ? re:(paket|po"
            "[şs]et|koli)[a-zışçğüöâ̇]* teslim|veriyor|verdiler|vermisler|vermişler|veriyorla"
            "r|birakiyorlar|birakıyorlar|bırakiyorlar|bırakıyorlar",
            "re:(فتحو|فتحوا|حلو|حلّو|حلوا|عملوا|عملو|دارو|داروا)(ل[يى]ه|له|ليها|لها)? له|لها|"
            "لىه|ليه|ليها~ حساب|كارط|كونت|كونط|بطاقة|حسابا ف|في|فال|بنكي|بنكية~ بنك|لبنك|البن"
            "ك~ اسمه|باسم|بإسمه|باسمه|باسمو|باسمها|بسميتو|بسميتها",
            "re:(ف|في|فـ|على)?(حسابه|حسابها|حسابو|كونط|الكونط|كارطتو|بطاقته)\\S* ? ? re:(كيدو"
            "زو|كيدوز|كتدوز|يدوزو|يمررو|يمرّرو|كيدوزوا|يمر|تمر|بتمر|بيمر)\\S*",
            "re:(ك[يى]|ب[يى]|[يى])?(خبي|خبّي|خب[اى]|يخبي|يخب[اى]|كيخبي|يحفظ|كيحفظ|يخزن|كيخزن|"
            "يشد|كيشد)\\S* ? re:(بواكي|باكيات|كوليات|طرود|طرد|باكي|شنط|شنطة|ساك|صاك|بلاستيكات"
            "|باكيه)\\S* ? re:(ل|لـ|ديال|تاع|تبع)?(الكبار|كبار|هادوك|الشباب|ولاد|ناس|الدراري|"
            "لهم|ليهم|لهوم|الرجال|رجال)\\S*",
            "re:(دين|ديون|كريدي|الكريدي|الدين)\\S* re:(ل|لل|لـ|عند|ديال|مع)?(هم|هوم|الكبار|ال"
            "بزنازة|بزنازة|التجار|الديلرز|تجار|الشباب|هادوك|كبار|ديلرز)\\S*",
            "re:(ضيع|ضاع|تسرق|سرقو|سرقوا|خسر|تضيع|ضيّع|تسرقت)\\S* له|لىه|ليه|منه|ليها|منها~ r"
            "e:(ال)?(باكي|كولي|الطرد|طرد|السلعة|سلعة|الباكيه|البضاعة|الشنطة|الساك|الصاك)\\S* "
            "? ? ? ? re:(دين|يخلص|خاصو|يرجع|يدفع|مديون|مدين|يخلّص|يسدد|عليه|يخلصهم)\\S*",
            "re:(ب|بال|فال|ف|على|ع)?(موطور|الموطور|سكوتر|السكوتر|موتو|الموتو|تريبورتور|سكوتير"
            ")\\S* ? ? ? re:(ك[يى]|ب[يى]|[يى]|ت|كي)?(عطيو|يعطيو|عطوه|كيعطيوه|بيعطوه|يعطوه|اعط"
            "وه|يعطيوه|عطاوه|كيعطيوه|يعطو)\\S*",
            "re:(ك[يى]|ب[يى]|[يى]|ت|كي)?(جيو|يجيو|كيجيو|بيجوا|ييجو|يجو|اجوا|جاو)\\S* ? ? ? re"
            ":(ب|بال|فال|ف|على|ع)?(موطور|الموطور|سكوتر|السكوتر|موتو|الموتو|سكوتير)\\S* ? ? ? "
            "re:(و)?(ك[يى]|ب[يى]|[يى]|ت|كي)?(عطيو|يعطيو|عطوه|عطيوه|بيعطوه|يعطوه|اعطوه|يعطيوه|"
            "عطاوه|يعطو)\\S*",
            "re:(f|fi|3la)?(7sabo|7isabo|7sab|7sabha|l7sab|lcompte|compte|kont|lkont|kart|lka"
            "rt|7ssabo)[a-z]* ? ? re:(kaydouzo|kaydoz|kaydouz|kaydouzou|kaydawzo|bidawro|byem"
            "rqo)[a-z]*",
            "re:(7lo|7alo|fat7o|fta7o|7llo|7alou|7allo|3mlo|dar?o)[a-z]* ? la|lo|lih|liha~ re"
            ":(compte|kont|7sab|l7sab|lcompte|kart|carte)[a-z]* b|bi|3la|ala|bismo|bsmito|b's"
            "mito|b-smito|bsmitou|bsmiyto~ esmo|ismo|ismha|smito|smitha|smitou|smiytou",
            "re:(kaykhbi|kaykhabi|kaykhabbi|kay5bi|ka?y5abbi|kaydir|kayhez|kay7ted|by5abbi|bi"
            "khabbi|bikhabi|by7ot|kay7et|kay7ett)[a-z]* ? re:(bakiyat|bakiat|koliyat|kolis|co"
            "lis|sakat|sakan|l?bakya|l?baki|packet|paquets|paket)[a-z]* ? re:(l|dyal|ta3|tab3"
            "|la)?(kbar|lkbar|drari|chabab|shabab|rjal|hadok|nas)[a-z]*",
            "dayn|deen|dine|ddine|kridi|credit|lkridi l|la|3nd|m3a|ta3|dyal~ re:(l|dyal|ta3|m"
            "3a|3nd|la)?(hom|houm|lkbar|kbar|bznaza|lbznaza|tojjar|dealers|chabab|shabab|hado"
            "k)[a-z]*",
            "re:(b|bl|f|fl|3la)?(moto|lmoto|motor|lmotor|scooter|lscooter|skoter|tripoutour|m"
            "otoure)[a-z]* ? ? ? re:(kay3tiwh|ka?y3tiweh|by3tuh|bya3touh|bi3tuh|3tawh|3tawah|"
            "ya3touh|kay3tioh|kay3tiw)[a-z]*",
            "conta|cartao|cartão|contas bancaria|bancária~ em|no nome da|do|dela|dele",
            "cai|caem|entra|mexem|passa|entram|passam|circula|circulam|movimentam muito|somas"
            "|montes|muitos|grandes|milhares|quantias ? ? na|para|pela conta|cartao|cartão|co"
            "ntas da|do|dela|dele",
            "saca|tira|sacou|tirou|sacava|tirava|levanta|levantou|levantava o|esse~ dinheiro "
            "? ? e~ da|dá|deu|da-o|dá-o|leva|levou|passa|passou|entrega|entregou|entrega-o",
            "usam|ficam|pedem|usaram|ficaram|pediram|utilizam|utilizaram com~ a|o~ pin|conta|"
            "dados|cartao|cartão|codigo|código de|do|dela|dele|bancaria|bancária|multibanco",
            "guarda|esconde|escondia|guardava em|na|no~ casa|quarto~ ? saco|sacos|caixas|paco"
            "te|mochila|pacotes|mochilas|embrulhos|encomendas de|para os|uns|umas~ eles|caras"
            "|gajos|mocos|moços|tipos|homens|rapazes|traficantes",
            "deve|devia|devendo|deve-lhe|deve-lhes ? re:(dinheiro|euros|reais|mil|\\d+) ? a|a"
            "os|pra|para|pros~ os|uns|esses~ eles|caras|gajos|tipos|chefes|homens|dealers|rap"
            "azes|traficantes",
            "divida|dívida de|com~ os|uns|eles|esses~ eles|caras|gajos|tipos|chefes|homens|de"
            "alers|rapazes|traficantes",
            "re:(perdeu|perderam|roubaram|roubaram-lhe|tiraram|tiraram-lhe|apreendeu|apreende"
            "ram)\\S* a|o|um|uma~ saco|droga|pacote|mochila|encomenda|mercadoria ? ? ? ? ? de"
            "ve|dever|pagar|divida|dívida|devendo",
            "mota|moto|motinha|scooter|lambreta|mobilete|motoreta ? ? ? e~ lhe~ dao|dão|davam"
            "|dao-lhe|dão-lhe|entregam|davam-lhe|entregam-lhe",
            "caras|gajos|tipos|homens|velhos|rapazes|senhores|desconhecidos ? vem|vêm|veem|le"
            "vam|pegam|buscam|vinham|aparecem|buscavam ? ? ? de|em|na|com|numa~ mota|moto|mot"
            "as|motos|scooter|lambreta|motoreta|scooters",
            "le|les han|abren|crearon|abrieron|hicieron hecho|abierto~ una~ cuenta|cuentas|ta"
            "rjeta en|del|bancaria~ el~ banco~ a su nombre",
            "abren|abierto|crearon|abrieron una~ cuenta|cuentas|tarjeta bancaria~ a|en su nombre",
            "pasa|entra|mueve|pasan|entran|mueven|circula|circulan un|miles|mucho|monton|mont"
            "ón|grandes|cantidades ? ? a|en|por la|su cuenta|tarjeta",
            "la|lo~ saca|saco|sacó|retira|retiro|retiró|sacaba y se lo da|dio|daba|pasa|paso|"
            "pasó|entrega|entrego|entregó",
            "saca|saco|sacó|retira|retiro|retiró|sacaba|retiraba el|ese~ pasta|plata|dinero|e"
            "fectivo ? ? y~ se|les~ lo~ da|dio|daba|pasa|paso|pasó|lleva|llevo|llevó|entrega|"
            "entrego|entregó|entregaba",
            "usan|piden|tienen|usaron|pidieron|quitaron|utilizan|utilizaron su pin|cuenta|num"
            "ero|número|tarjeta y|de|del|para|bancaria",
            "tenia|tenía|tiene|guarda|guardo|guardó|esconde|escondia|escondio|escondió|escond"
            "ía|guardaba en~ el|su|casa~ casa|cuarto|habitacion|habitación~ bolsa|cajas|bolsa"
            "s|mochila|paquete|bolsitas|mochilas|paquetes|paquetitos de|para los|esos|unas|un"
            "os~ ellos|tipos|chicos|hombres|mayores|senores|señores|camellos|chavales|trafica"
            "ntes",
            "le|les debe|deben|debia|debía ? re:(dinero|euros|mil|pasta|plata|\\d+) ? a~ los|"
            "esos|unos~ tipos|chicos|dealers|hombres|mayores|camellos|traficantes",
            "deuda|deudas con los|esos|unas|unos|ellos~ ellos|tipos|chicos|dealers|hombres|ma"
            "yores|camellos|traficantes",
            "le|se|perdio|perdió~ perdio|perdió|robaron|quitaron|requisaron el|la|un|una~ bol"
            "sa|droga|mochila|paquete|material|mercancia|mercancía ? ? ? ? ? debe|debe,|deber"
            "|deuda|pagar",
            "tios|tíos|tipos|chicos|hombres|mayores|senores|señores|desconocidos ? la|le|lo b"
            "uscan|venian|venían|vienen|recogen|recogian|recogían|recogieron ? ? ? moto|motos"
            "|vespa|motillo|scooter|scooters|ciclomotor|motocicleta",
            "moto|motos|vespa|motillo|scooter|motocicleta y~ le dan|daban|pasan|dieron|entreg"
            "an|entregaban ? bolsas|sobres|bolsita|paquete|bolsitas|paquetes|paquetito|paquet"
            "itos",
            "lui|leur a|ont|avait|avaient~ re:(ouvert|cr[ée]{1,2}) un|une carte|compte en|ban"
            "caire~ banque~ a|à son nom",
            "re:(ouvert|ouvrir|cr[ée]{1,2}) un|une carte|compte bancaire~ a|à son nom ,~ et|o"
            "u|où|par|sur",
            "passe|passent|tournent|transite|circulent|transitent ? ? ? par sa|son rib|carte|"
            "compte",
            "retire|retiré|retirait du|le|les|l'argent ? ? et~ la|le|leur~ rend|donne|remet|r"
            "amene|ramène|apporte|donnait|redonne|reverse",
            "pris|gardent|prennent|utilisent|empruntent|utilisaient sa rib|carte ,|et|bancaire",
            "a|avait|cache|garde|stocke|cachait|gardait|planque|stockait|planquait ? ? un|des"
            "|une~ sac|sacs|colis|paquet|valise|paquets|pochons|sachets pour un|ces|des|eux|l"
            "es~ eux|gars|mecs|plus|types|grands|hommes|jeunes|dealers|guetteurs",
            "doit|devait|doivent ? d'|de|des~ re:(l'argent|argent|euros|milliers|sous|thunes|"
            "\\d+) ? a|à~ ces|des|les~ eux|gars|mecs|types|grands|hommes|dealers|dealeurs|tra"
            "fiquants",
            "dette avec|chez|aupres|auprès|envers~ ces|des|eux|les~ eux|gars|mecs|types|grand"
            "s|hommes|dealers|dealeurs|trafiquants",
            "pris|vole|volé|perdu|pique|piqué|saisi la|le|un|une|leur~ sac|came|shit|colis|pa"
            "quet|pochon|sachet|marchandise ? ? ? ? ? doit|dette|payer|devoir|rembourser",
            "moto|motos|becane|bécane|scooter|scooters|mobylette et~ lui~ file|donne|filent|d"
            "onnent|passent|filaient|donnaient|remettent des~ sac|sacs|colis|trucs|paquet|paq"
            "uets|pochons|sachets",
            "gars|mecs|types|grands|hommes|adultes|majeurs|inconnus ? ? passent|venaient|vien"
            "nent|passaient le~ prendre|chercher|recuperer|recupérer|récuperer|récupérer ? ? "
            "? moto|motos|becane|bécane|scooter|scooters|mobylette",
            "auf ihren|seinen namen ? ? karte|konto|bankkonto gemacht|angelegt|eroffnet|eröff"
            "net|eingerichtet",
            "konto|bankkonto auf den|ihren|seinen namen gemacht|angelegt|eroffnet|eröffnet|ei"
            "ngerichtet",
            "uber|über ihr|sein konto|bankkonto geht|gehen|lauft|läuft|fliest|fließt|laufen|f"
            "liesen|fließen|gelaufen",
            "hob|hebt|abgehoben das~ geld|bargeld ? ? und~ gab|gibt|bringt|brachte|ubergab|üb"
            "ergab|gebracht|ubergibt|übergibt|abgegeben",
            "haben|nutzen|nutzten|benutzen|benutzten ihre|seine pin|karte|ec-karte|bankdaten|"
            "bankkarte|kontodaten",
            "hat|halt|hält|lagert|bewahrt|bunkert|bunkerte|versteckt|versteckte ? ? tute|tüte"
            "|paket|tuten|tüten|pakete|sachen|tasche|taschen|packchen|päckchen|rucksack fur|f"
            "ür die|ein|diese|einen|altere|ältere|alteren|älteren|jemanden~ jungs|kerle|leute"
            "|typen|altere|dealer|manner|männer|ältere|alteren|älteren|jugendliche",
            "schuldet|schuldete den|denen|ihnen|typen|dealer|diesen|dealern ? ? re:(geld|euro"
            "|\\d+|tausend|jungs|dealern|typen|m[äa]nnern)",
            "schulden bei den|ihnen|typen|diesen|alteren|dealern|älteren~ jungs|typen|leuten|"
            "alteren|dealern|mannern|männern|älteren~",
            "geklaut|verloren|abgenommen|weggenommen|beschlagnahmt ? ? ? ? ? bezahlen|schulde"
            "n|schuldet|abarbeiten|abbezahlen|zuruckzahlen|zurückzahlen",
            "mofa|moped|roller|scooter|motorrad|motorroller ? ? ? und~ gaben|geben|drucken|dr"
            "ücken|stecken|ubergeben|übergeben ihm ? tute|tüte|paket|tuten|tüten|pakete|sache"
            "n|taschen|packchen|päckchen",
            "typen|altere|fremde|manner|männer|ältere|alteren|älteren|erwachsene ? jungs|type"
            "n|manner|männer~ holen|holten ? ? ? auf|mit~ dem|einem|ihrem|ihren~ mofa|moped|r"
            "oller|rollern|scooter|motorrad|motorroller",
            "re:(akoon|xisaab|koonto|kaar)[a-z]* ? ? magaca|magaceeda|magaciisa",
            "re:(lacag|lacago|lacagta)[a-z]* ? ? kaarkiisa|akoonkeeda|akoonkiisa|koontadiisa|"
            "xisaabtiisa ku|la|loo~ ? soo|shubaa|dhigaan|galisaa|shubaan|dirayaan|shubayaan|w"
            "areejiyaan",
            "re:(xirmooyin|xirmo|baakadaha|baakado|boorsooyin|boorso|shandado|shandad)[a-z]* "
            "? ? ? u|uga|ugu~ hayaa|haystaa|qariyaa|xafidaa|kaydiyaa|keydiyaa|qarinayaa",
            "re:(baakad|baakadii|xirmo|xirmadii|baakadda)[a-z]* ? ? ? ? ? ? re:(deyn|deymo)[a-z]*",
            "re:(mooto|mootada|baaskiil|iskuutar|mootooyin|motor)[a-z]* ? ? ? ? ? siiya|siiya"
            "an|dhiibaan|siinayaan",
            "відкрив|зробили|оформив|відкрили|оформили на~ її|неї|його|сина|нього|доньку~ бан"
            "ківську|банківський~ карту|картку|рахунок",
            "карту|картку|рахунок на її|його імя|ім'я|прізвище",
            "через її|його карту|картку|рахунок йдуть|женуть|ганяють|кидають|проходять|перево"
            "дять|перекидають",
            "зняв|знімав|знімає гроші|готівку ? ? і|та~ віддав|віддає|відніс|передав|передає|"
            "відносить",
            "ховав|ховає|тримав|тримає|зберігав|зберігає ? ? сумки|пакети|пакунки|пакунок|зак"
            "ладки|пакетики для них|старших|хлопців|якихось|дорослих|чоловіків",
            "борг|винен|винний|боржник|заборгував ? ? їм|дилерам|старшим|хлопцям",
            "вкрали|втратив|забрали|загубив|відібрали пакет|сумку|товар|пакунок|закладку ? ? "
            "? ? ? борг|винен|віддати|заплатити|відпрацювати",
            "мопед|мопеді|скутер|скутері|скутерах|скутером|мотоциклі|мотоциклом ? ? ? дають|д"
            "авали|віддають|передають|передавали їй|йому",
            "завели|открыл|открыли|оформил|оформили на~ нее|неё|дочь|него|сына~ банковский|ба"
            "нковскую~ счет|счёт|карту|карточку",
            "счет|счёт|карту|карточку на ее|её|его имя|фамилию",
            "через ее|её|его счет|счёт|карту|карточку идут|гонят|гоняют|кидают|проходят|перев"
            "одят|перекидывают",
            "снял|снимал|снимает деньги|наличку|наличные ? ? и~ отдал|отнес|отнёс|отдает|отда"
            "ёт|относит|передал|передает|передаёт",
            "держал|держит|прятал|прячет|хранил|хранит ? ? пакет|сумки|пакеты|свертки|свёртки"
            "|закладки|пакетики для них|мужчин|парней|старших|взрослых|каких-то",
            "долг|должен|должник|задолжал ? ? им|парням|барыгам|дилерам|старшим",
            "изъяли|украли|забрали|потерял|отобрали|потерялся пакет|сумку|товар|сверток|свёрт"
            "ок|закладку ? ? ? ? ? долг|должен|отдать|заплатить|отработать",
            "мопед|мопеде|скутер|скутере|скутером|мотоцикле|мотоциклом ? ? ? дают|давали|отда"
            "ют|передают|передавали ей|ему",
            "re:(حساب|کارت)\\S* ? ? به|بنام|بهنام|به‌نام re:(اسمش|اسم|نامش|نام|اسم‌?پسرم|پسرم"
            ")\\S* re:(باز|افتتاح|درست)\\S*",
            "re:(حسابش|کارتش|حساب‌?بانکیش)\\S* را|رو~ re:(دست|در‌?اختیار)\\S* re:(آنها|اونا|ا"
            "وناست|آنهاست|ایناست|غریبه‌?ها|غریبه‌?هاست)\\S*",
            "re:(بسته|بسته‌?ها|بسته‌?هایی|کیسه|کیسه‌?ها|ساک|کوله)\\S* را|رو~ برای re:(پسرهای|"
            "مردهای|مردها|آنها|اونا|پسرا|بزرگترها|اوناس)\\S* ? ? ? re:(نگه|قایم|مخفی|پنهان)\\"
            "S*",
            "re:(بدهکار|بدهی|قرض)\\S* ? به~ re:(ساقی|ساقی‌?ها|ساقیا|فروشنده‌?ها|دیلرها|دیلر)\\S*",
            "به~ re:(ساقی|ساقی‌?ها|ساقیا|فروشنده‌?ها|دیلرها|دیلر)\\S* re:(بدهکار|بدهکاره|بدهی)\\S*",
            "گم|گرفتن|دزدیدن|گرفتند|دزدیدند ? ? ? ? ? re:(بدهکار|بدهی|بدهکاره|بپردازد|بپردازه"
            "|پسش|پولشو)\\S*",
            "re:(موتور|اسکوتر|موتورسیکلت)\\S* ? ? ? ? ? re:(بسته|بسته‌?ای|بسته‌?هایی|کیسه|پاک"
            "ت)\\S* ? دادن|میدن|دادند|می‌دن|میدهند|می‌دهند",
            "i-au facut|făcut|deschis o|un card|cont bancar~ pe numele ei|lui|sau|său",
            "card|cont|contul bancar~ pe numele ei|lui ,~ pe|si|şi|și|prin|unde",
            "prin cardul|contul ei|lui|sau|său se|trec|trece|circula|circulă",
            "scos|scoate|scotea bani|banii ? ? si|şi|și~ ii|le|îi~ da|dă|dat|duce|dadea|ducea"
            "|dădea|preda|predă",
            "tine|ţine|ține|tinea|ţinea|ținea|pastra|păstra|ascunde|ascundea|pastreaza|pastre"
            "ază|păstreaza|păstrează ? ? genti|genţi|genți|pungi|colete|pachete|pachetul|rucs"
            "acul|pachetele pentru re:(ni[șşs]te|ace[șşs]ti|b[ăa]ie[țţt]ii|ei|tipii|b[ăa]rba["
            "țţt]ii)",
            "datora|datorie|datorii|datoreaza|datorează ? ? ? tipilor|baietilor|baieţilor|bai"
            "eților|băietilor|băieţilor|băieților|barbatilor|barbaţilor|barbaților|bărbatilor"
            "|bărbaţilor|bărbaților|dealerilor",
            "luat|furat|pierdut|confiscat marfa|punga|geanta|coletul|pachetul ? ? ? ? ? dea|a"
            "chite|datorie|datoreaza|datorează|plateasca|platească|plăteasca|plătească|return"
            "eze",
            "moped|motor|scuter|motoreta|motoretă|scuterul|motocicleta ? ? ? ii|îi dau|dadeau"
            "|dădeau|predau",
            "le|gli ha|hanno~ fatto|aperto|intestato un|una~ carta|conto|postepay|prepagata ?"
            " ? a|al|intestato suo|nome",
            "carta|conto|postepay|prepagata intestata|intestato a lei|lui|mia|mio",
            "nel|sul|tramite suo carta|conto girano|passano|circolano|transitano",
            "ritira|preleva|ritirato|prelevato|prelevava i|il~ soldi|contanti ? ? e~ le|li|gl"
            "ieli~ da|dà|dava|porta|portava|consegna|consegnava",
            "tiene|teneva|nasconde|custodiva|custodisce|nascondeva ? ? borse|buste|pacco|zain"
            "o|pacchi|pacchetti|sacchetti per dei|loro|quei|tipi|alcuni|grandi|uomini|ragazzi"
            "|spacciatori",
            "deve|doveva ? re:(soldi|euro|\\d+|mille) ? a~ ai|dei|agli|quei|degli~ loro|tipi|"
            "grandi|pusher|quelli|uomini|ragazzi|spacciatori",
            "debito con dei|gli|loro|quei|degli~ loro|tipi|grandi|pusher|uomini|ragazzi|spacc"
            "iatori~",
            "perso|preso|rubato|sequestrato il|la|un~ roba|busta|pacco|zaino|carico|pacchetto"
            " ? ? ? ? ? deve|debito|pagare|ripagare|restituire",
            "moto|scooter|motorini|motorino|scooters ? ? ? e~ gli danno|davano|passano|conseg"
            "nano|consegnavano ? buste|pacco|pacchi|bustine|pacchetti",
            "la|lo passano|vengono|venivano|passavano a~ prendere|prenderla|prenderlo ? ? ? m"
            "oto|scooter|motorini|motorino ? ? ? adulti|grandi|uomini|sconosciuti|spacciatori",
            "re:(ሕሳብ|ኣካውንት)\\S* ? ? re:(ብሽሙ|ብስሙ|ብሽማ|ብስማ)\\S*",
            "re:(ብሽሙ|ብስሙ|ብሽማ|ብስማ)\\S* ? re:(ሕሳብ|ኣካውንት)\\S*",
            "re:(ብ)?(ሞቶ|ሞተር|ስኩተር)\\S* ? ? ? re:(ፓኮ|ፓኬት|ጥቕላል)\\S*",
        ),
    ),
    # 26 genital redness or pain, small child's disclosure
    Rule(
        "sg",
        S,
        1.0,
        (
            "re:(zaczerwienien\\w*|zaczerwienion\\w*|czerwon\\w*|otar\\w*|podra[żz]nion\\w*|p"
            "odra[żz]nieni\\w*|obola[łl]\\w*|opuchni\\w*|opuchlizn\\w*|sinia\\w*|krwawi\\w*|k"
            "rew|b[óo]l|boli|bol[ąa]|piecze|pieczenie|sw[ęe]dzi|rany|rana|ranki|ranka) ? ? mi"
            "edzy|między nogami|nozkami|nożkami|nózkami|nóżkami",
            "miedzy|między nogami|nozkami|nożkami|nózkami|nóżkami ? ? re:(zaczerwienien\\w*|z"
            "aczerwienion\\w*|czerwon\\w*|otar\\w*|podra[żz]nion\\w*|podra[żz]nieni\\w*|obola"
            "[łl]\\w*|opuchni\\w*|opuchlizn\\w*|sinia\\w*|krwawi\\w*|krew|b[óo]l|boli|bol[ąa]"
            "|piecze|pieczenie|sw[ęe]dzi|rany|rana|ranki|ranka)",
            "re:(zaczerwienien\\w*|zaczerwienion\\w*|czerwon\\w*|otar\\w*|podra[żz]nion\\w*|p"
            "odra[żz]nieni\\w*|obola[łl]\\w*|opuchni\\w*|opuchlizn\\w*|sinia\\w*|krwawi\\w*|k"
            "rew|b[óo]l|boli|bol[ąa]|piecze|pieczenie|sw[ęe]dzi|rany|rana|ranki|ranka) ? ? re"
            ":(w|na|przy|wok[óo][łl]|okolic\\w*)~ re:(cipk|pipk|siusiak|psiuk|krocz|pochw|sro"
            "m|genitali|intymn)\\w*",
            "re:(cipk|pipk|siusiak|psiuk|krocz|pochw|srom|genitali|intymn)\\w* ? ? re:(zaczer"
            "wienien\\w*|zaczerwienion\\w*|czerwon\\w*|otar\\w*|podra[żz]nion\\w*|podra[żz]ni"
            "eni\\w*|obola[łl]\\w*|opuchni\\w*|opuchlizn\\w*|sinia\\w*|krwawi\\w*|krew|b[óo]l"
            "|boli|bol[ąa]|piecze|pieczenie|sw[ęe]dzi|rany|rana|ranki|ranka)",
            "pan maca|macal|macał|dotyka|dotykal|dotykał|dotykala|dotykała|gilgocze ? ? re:(c"
            "i+|ćś+|sza|cicho|siusiu|pipk[ęe]|cipk[ęe]|tam|pupk[ęe]|psiuka|mnie)",
            "re:dotyk\\w* ? ? ? ? ? ? ? palca|palec|paluszek|paluszka do|na|przy ust|buzi|ust"
            "a|buzie|buzię|ustach",
            "palca|palec|paluszek|paluszka do|na|przy ust|buzi|usta|buzie|buzię|ustach ? ? ? "
            "? ? ? ? re:dotyk\\w*",
            "bacak|bacaklar|bacaklari|bacakları|bacaklarinin|bacaklarinın|bacaklarınin|bacakl"
            "arının arasi|arası|arasinda|arasında ? ? re:(k[ıi]zar[ıi]kl[ıi]k|k[ıi]zar[ıi]k|k"
            "[ıi]zarm[ıi][şs]|k[ıi]zar[ıi]yor|k[ıi]zarm[ıi][şs]t[ıi]|yara|yaralar|a[ğg]r[ıi]|"
            "a[ğg]r[ıi]s[ıi]|ac[ıi]|ac[ıi]yor|a[ğg]r[ıi]yor|[şs]i[şs]lik|[şs]i[şs]mi[şs]|morl"
            "uk|morluklar|morarm[ıi][şs]|kanama|kan|tahri[şs]|yanma|yan[ıi]yor|ka[şs][ıi]nt[ı"
            "i])[a-zışçğüöâ̇]*",
            "re:(k[ıi]zar[ıi]kl[ıi]k|k[ıi]zar[ıi]k|k[ıi]zarm[ıi][şs]|k[ıi]zar[ıi]yor|k[ıi]zar"
            "m[ıi][şs]t[ıi]|yara|yaralar|a[ğg]r[ıi]|a[ğg]r[ıi]s[ıi]|ac[ıi]|ac[ıi]yor|a[ğg]r[ı"
            "i]yor|[şs]i[şs]lik|[şs]i[şs]mi[şs]|morluk|morluklar|morarm[ıi][şs]|kanama|kan|ta"
            "hri[şs]|yanma|yan[ıi]yor|ka[şs][ıi]nt[ıi])[a-zışçğüöâ̇]* ? ? bacak|bacaklar|baca"
            "klari|bacakları|bacaklarinin|bacaklarinın|bacaklarınin|bacaklarının arasi|arası|"
            "arasinda|arasında",
            "ozel|özel re:(b[öo]lge|yer)[a-zışçğüöâ̇]* ? ? re:(k[ıi]zar[ıi]kl[ıi]k|k[ıi]zar[ı"
            "i]k|k[ıi]zarm[ıi][şs]|k[ıi]zar[ıi]yor|k[ıi]zarm[ıi][şs]t[ıi]|yara|yaralar|a[ğg]r"
            "[ıi]|a[ğg]r[ıi]s[ıi]|ac[ıi]|ac[ıi]yor|a[ğg]r[ıi]yor|[şs]i[şs]lik|[şs]i[şs]mi[şs]"
            "|morluk|morluklar|morarm[ıi][şs]|kanama|kan|tahri[şs]|yanma|yan[ıi]yor|ka[şs][ıi"
            "]nt[ıi])[a-zışçğüöâ̇]*",
            "re:(pipi|pipisi|pipisinde|pipisi|[çc][üu]k[üu]|[çc][üu]k[üu]nde|kukusu|kukusunda"
            "|kuku|kukusunu|cinsel)[a-zışçğüöâ̇]* ? ? re:(k[ıi]zar[ıi]kl[ıi]k|k[ıi]zar[ıi]k|k"
            "[ıi]zarm[ıi][şs]|k[ıi]zar[ıi]yor|k[ıi]zarm[ıi][şs]t[ıi]|yara|yaralar|a[ğg]r[ıi]|"
            "a[ğg]r[ıi]s[ıi]|ac[ıi]|ac[ıi]yor|a[ğg]r[ıi]yor|[şs]i[şs]lik|[şs]i[şs]mi[şs]|morl"
            "uk|morluklar|morarm[ıi][şs]|kanama|kan|tahri[şs]|yanma|yan[ıi]yor|ka[şs][ıi]nt[ı"
            "i])[a-zışçğüöâ̇]*",
            "amca ona|bana|beni|orami|oramı|oraya|cisime|cişime|kukuma|pipime|çisime|çişime~ "
            "elledi|dokundu|ellemis|ellemiş|elliyor|ellıyor|dokunmus|dokunmuş|dokunuyo|dokunu"
            "yor",
            "re:dokun[a-zışçğüöâ̇]* ? ? ? ? ? ? ? parmagini|parmaginı|parmagıni|parmagını|par"
            "mağini|parmağinı|parmağıni|parmağını agzina|agzına|ağzina|ağzına|dudagina|dudagı"
            "na|dudağina|dudağına|dudaklarina|dudaklarına",
            "parmagini|parmaginı|parmagıni|parmagını|parmağini|parmağinı|parmağıni|parmağını "
            "agzina|agzına|ağzina|ağzına|dudagina|dudagına|dudağina|dudağına|dudaklarina|duda"
            "klarına ? ? ? ? ? ? ? re:dokun[a-zışçğüöâ̇]*",
            "re:(و|ب|ف)?(ال)?(احمرار|حمورية|حمورة|حمرة|ألم|الم|وجع|وجيعة|جرح|جروح|التهاب|تورم"
            "|نفخة|نزيف|دم|احمر|محمر|محمرة|حمرا|زرقة|كدمة|كدمات|حريق|حريقة|حكة|محمرين|جرحة)(ه"
            "|ها|ة)? ? ? بين|بيـن re:(ال)?(رجلين|رجليها|رجليه|فخذين|فخذيها|فخديها|فخاذها|رجلي"
            "|رجليا|ساقيها|ساقين|رجيلاتها|رجيلاته|رجليها،)",
            "بين|بيـن re:(ال)?(رجلين|رجليها|رجليه|فخذين|فخذيها|فخديها|فخاذها|رجلي|رجليا|ساقيه"
            "ا|ساقين|رجيلاتها|رجيلاته|رجليها،) ? ? re:(و|ب|ف)?(ال)?(احمرار|حمورية|حمورة|حمرة|"
            "ألم|الم|وجع|وجيعة|جرح|جروح|التهاب|تورم|نفخة|نزيف|دم|احمر|محمر|محمرة|حمرا|زرقة|كد"
            "مة|كدمات|حريق|حريقة|حكة|محمرين|جرحة)(ه|ها|ة)?",
            "re:(و|ب|ف)?(ال)?(احمرار|حمورية|حمورة|حمرة|ألم|الم|وجع|وجيعة|جرح|جروح|التهاب|تورم"
            "|نفخة|نزيف|دم|احمر|محمر|محمرة|حمرا|زرقة|كدمة|كدمات|حريق|حريقة|حكة|محمرين|جرحة)(ه"
            "|ها|ة)? ? ? ب|ف|فـ|في|على|عند~ عضو|عضوه|العضو|عضوها|مناطق|منطقة|العضوه|منطقته|ال"
            "عضوها|المناطق|المنطقة|منطقتها|المنطقته|المنطقتها حساس|خاصة|حساسة|حميمة|الحساس|ال"
            "خاصة|تناسلي|الحساسة|الحميمة|تناسلية|التناسلي|التناسلية",
            "re:(و|ب|ف)?(ال)?(احمرار|حمورية|حمورة|حمرة|ألم|الم|وجع|وجيعة|جرح|جروح|التهاب|تورم"
            "|نفخة|نزيف|دم|احمر|محمر|محمرة|حمرا|زرقة|كدمة|كدمات|حريق|حريقة|حكة|محمرين|جرحة)(ه"
            "|ها|ة)? ? ? ب|ف|فـ|في|على|عند~ re:(ال)?(مهبل|فرج|مهبلها|فرجها|عورتها|عورته|حشمته"
            "ا|قبلها|بيبيها|البيبي)",
            "عمو|عمي|عمّو|الرجل|السيد|العمو|الراجل re:(و)?(ك[يى]|كي|ب[يى]|[يى])?(لمس|قيس|حسس|"
            "دق|مسك|حط|تيلمس)(ني|ها|ه|و|لي|ليا|لها|هالي)",
            "re:(و)?(ك[يى]|كي|ب[يى]|[يى]|ت)?(لمس|قيس|حسس|بيلمس)\\S* ? ? ? ? ? ? ? صبعه|صبعو|أ"
            "صبعه|إصبعه|اصبعه|صباعه|صبعها|أصبعها|إصبعها|اصبعها|صباعها ع|ف|في|على|فوق فمه|فمو|"
            "تمها|فمها|بوقها|شفتها|شفتيه|فمّها|فومها|شفايفو|شفتيها|شفايفها",
            "صبعه|صبعو|أصبعه|إصبعه|اصبعه|صباعه|صبعها|أصبعها|إصبعها|اصبعها|صباعها ع|ف|في|على|ف"
            "وق فمه|فمو|تمها|فمها|بوقها|شفتها|شفتيه|فمّها|فومها|شفايفو|شفتيها|شفايفها ? ? ? ?"
            " ? ? ? re:(و)?(ك[يى]|كي|ب[يى]|[يى]|ت)?(لمس|قيس|حسس|بيلمس)\\S*",
            "re:(l?7mour[iy]?a|l?7mor?ia|l?7mourya|l?7mar|7amra|l?wje3|l?wja3|l?waja3|l?7rig|"
            "l?7riga|l?jor7|l?jr7|l?dam|dem|ltihab|l?nfkha|m7mra|m7mer) ? ? ben|bin|bein|beyn"
            "|bine rjlih|rjlik|rjlin|ejreha|fkhadh|rjliha|2ejreha|ejrayha|fkhadha|fkhdiha|rej"
            "liha|rijleha|rjeliha|2ijrayha",
            "3ami|3amo|3mmi|3mmo|3ammo|rajel|lrajel|rrajel|monsieur re:(kay|kat|ka|bi|by|bt|b"
            "|y)?(l9ays|lqays|9is|qis|lmes|lms|l2es|2ises|9ass|9as|lamas|lmas|2ayes|da22)s?(n"
            "i|ha|o|li|lha|lia|ek|ou)",
            "re:(kay|kat|ka|bi|by|bt|b|y)?(l9ays|lqays|9is|qis|lmes|lms|l2es|2ises|9ass|9as|l"
            "amas|lmas|2ayes|da22)s?(ni|ha|o|li|lha|lia|ek|ou) ? ? ? ? ? ? ? re:(sbe3|sba3|sb"
            "i3|sob3|osbo3|2osbo3|esb3|asb3)[a-z]* o|ha|ou~ 3a|3al|3la|fo9|fou9 re:(fmha|fomh"
            "a|fommha|shfayfha|chfayfha|fmmha|tommha|temha|bo9ha|fmo|fommo|tommo|temmha|temmo"
            "|tmmha|tomha|shfafha|2womha)",
            "re:(sbe3|sba3|sbi3|sob3|osbo3|2osbo3|esb3|asb3)[a-z]* o|ha|ou~ 3a|3al|3la|fo9|fo"
            "u9 re:(fmha|fomha|fommha|shfayfha|chfayfha|fmmha|tommha|temha|bo9ha|fmo|fommo|to"
            "mmo|temmha|temmo|tmmha|tomha|shfafha|2womha) ? ? ? ? ? ? ? re:(kay|kat|ka|bi|by|"
            "bt|b|y)?(l9ays|lqays|9is|qis|lmes|lms|l2es|2ises|9ass|9as|lamas|lmas|2ayes|da22)"
            "s?(ni|ha|o|li|lha|lia|ek|ou)",
            "re:(vermelhid[ãa]o|vermelha|vermelho|vermelhinha|irrita[çc][ãa]o|irritada|irrita"
            "do|dor|dores|d[óo]i|doi|d[óo]i-lhe|ardor|ard[êe]ncia|arde|inchada|inchado|incha["
            "çc][ãa]o|inflamada|inflamado|ferida|feridas|sangue|sangrando|sangrou|sangramento"
            "|roxo|roxa|roxos|n[óo]doa|n[óo]doas|hematoma|hematomas|machucada|machucado|magoa"
            "da|vermelhas) ? ? entre as~ coxas|pernas|coxinhas|perninhas",
            "re:(vermelhid[ãa]o|vermelha|vermelho|vermelhinha|irrita[çc][ãa]o|irritada|irrita"
            "do|dor|dores|d[óo]i|doi|d[óo]i-lhe|ardor|ard[êe]ncia|arde|inchada|inchado|incha["
            "çc][ãa]o|inflamada|inflamado|ferida|feridas|sangue|sangrando|sangrou|sangramento"
            "|roxo|roxa|roxos|n[óo]doa|n[óo]doas|hematoma|hematomas|machucada|machucado|magoa"
            "da|vermelhas) ? ? a|à|da|do|na|no|nas|nos~ pipi|penis|pipiu|pênis|vulva|vagina|x"
            "oxota|pilinha|pachacha|perereca|pintinho|periquita|pipizinho|xoxotinha|pachachin"
            "ha|pererequinha",
            "re:(vermelhid[ãa]o|vermelha|vermelho|vermelhinha|irrita[çc][ãa]o|irritada|irrita"
            "do|dor|dores|d[óo]i|doi|d[óo]i-lhe|ardor|ard[êe]ncia|arde|inchada|inchado|incha["
            "çc][ãa]o|inflamada|inflamado|ferida|feridas|sangue|sangrando|sangrou|sangramento"
            "|roxo|roxa|roxos|n[óo]doa|n[óo]doas|hematoma|hematomas|machucada|machucado|magoa"
            "da|vermelhas) ? ? a|à|da|do|na|no|nas|nos~ area|zona|área|partes|regiao|região i"
            "ntima|íntima|genital|intimas|íntimas|genitais|privadas",
            "tio|moco|moço|homem|titio|senhor me|nela|nele~ mexe|toca|mexeu|mexia|tocou|tocav"
            "a|mexe-lhe|toca-lhe ? re:(psiu|psst|shh+|chiu|sh+|pipi|pipiu|pererequinha|xoxota"
            "|xoxotinha|pachacha|pilinha|pintinho|segredo)",
            "mexe|toca|mexeu|mexia|tocou|tocava|mexe-lhe|toca-lhe ? ? ? ? ? ? ? dedo|dedinho "
            "a|à|em|na|aos|nos|sobre~ a|as|os|sua|seus~ boca|labios|lábios|boquinha",
            "dedo|dedinho a|à|em|na|aos|nos|sobre~ a|as|os|sua|seus~ boca|labios|lábios|boqui"
            "nha ? ? ? ? ? ? ? mexe|toca|mexeu|mexia|tocou|tocava|mexe-lhe|toca-lhe",
            "re:(rojez|rojeces|enrojecimiento|enrojecida|enrojecido|roja|rojo|rojita|irritaci"
            "[óo]n|irritada|irritado|dolor|dolores|duele|dol[íi]a|ardor|arde|escozor|escuece|"
            "hinchaz[óo]n|hinchada|hinchado|inflamada|inflamado|herida|heridas|sangre|sangrad"
            "o|sangraba|moret[óo]n|moretones|morado|morados|cardenal|cardenales|lastimada|las"
            "timado|escoriaci[óo]n|enrojecidas) ? ? entre las~ muslos|piernas|piernitas|piern"
            "ecitas",
            "re:(rojez|rojeces|enrojecimiento|enrojecida|enrojecido|roja|rojo|rojita|irritaci"
            "[óo]n|irritada|irritado|dolor|dolores|duele|dol[íi]a|ardor|arde|escozor|escuece|"
            "hinchaz[óo]n|hinchada|hinchado|inflamada|inflamado|herida|heridas|sangre|sangrad"
            "o|sangraba|moret[óo]n|moretones|morado|morados|cardenal|cardenales|lastimada|las"
            "timado|escoriaci[óo]n|enrojecidas) ? ? de|el|en|la|su|sus~ el|la|su|sus~ pene|pi"
            "to|vulva|chichi|cosita|pepita|pilila|totita|vagina|vulvita|chochete|chochito|paj"
            "arito|pipilita|vaginita|genitales",
            "re:(rojez|rojeces|enrojecimiento|enrojecida|enrojecido|roja|rojo|rojita|irritaci"
            "[óo]n|irritada|irritado|dolor|dolores|duele|dol[íi]a|ardor|arde|escozor|escuece|"
            "hinchaz[óo]n|hinchada|hinchado|inflamada|inflamado|herida|heridas|sangre|sangrad"
            "o|sangraba|moret[óo]n|moretones|morado|morados|cardenal|cardenales|lastimada|las"
            "timado|escoriaci[óo]n|enrojecidas) ? ? de|el|en|la|su|sus~ el|la|su|sus~ zona|pa"
            "rte|partes intima|íntima|genital|intimas|íntimas|privadas|genitales",
            "re:(rojez|rojeces|enrojecimiento|enrojecida|enrojecido|roja|rojo|rojita|irritaci"
            "[óo]n|irritada|irritado|dolor|dolores|duele|dol[íi]a|ardor|arde|escozor|escuece|"
            "hinchaz[óo]n|hinchada|hinchado|inflamada|inflamado|herida|heridas|sangre|sangrad"
            "o|sangraba|moret[óo]n|moretones|morado|morados|cardenal|cardenales|lastimada|las"
            "timado|escoriaci[óo]n|enrojecidas) ? ? ahi|ahí|alli|allí abajo",
            "tio|tío|senor|señor|hombre la|le|me~ toca|toco|tocó|tocan|tocaba|tocado ? ,~ re:"
            "(shh+|chis+|chist|sh+|cosita|chichi|chochito|pito|secreto)",
            "toca|toco|tocó|tocan|tocaba|tocado ? ? ? ? ? ? ? dedo|dedito en|sobre~ la|su|los"
            "|sus~ boca|labios|boquita",
            "dedo|dedito en|sobre~ la|su|los|sus~ boca|labios|boquita ? ? ? ? ? ? ? toca|toco"
            "|tocó|tocan|tocaba|tocado",
            "re:(rougeur|rougeurs|rouge|rouges|irrit[ée]e?s?|irritation|irritations|douleur|d"
            "ouleurs|mal|br[ûu]lure|br[ûu]lures|gonfl[ée]e?s?|gonflement|enfl[ée]e?|saign\\w*"
            "|sang|bleu|bleus|h[ée]matome|h[ée]matomes|plaie|plaies|[ée]corch\\w*) ? ? entre "
            "les|ses~ jambes|cuisses|gambettes",
            "re:(rougeur|rougeurs|rouge|rouges|irrit[ée]e?s?|irritation|irritations|douleur|d"
            "ouleurs|mal|br[ûu]lure|br[ûu]lures|gonfl[ée]e?s?|gonflement|enfl[ée]e?|saign\\w*"
            "|sang|bleu|bleus|h[ée]matome|h[ée]matomes|plaie|plaies|[ée]corch\\w*) ? ? a|à|au"
            "|de|du|la|le|sa|aux|des|ses|son|sur~ la|le|sa|ses|son~ re:(zizi|foufoune|foufoun"
            "ette|z[ée]zette|n[ée]nette|p[ée]pette|vulve|vagin|sexe|entrejambe|l'entrejambe|p"
            "[ée]nis|kiki|qu[ée]quette|l[èe]vres)",
            "re:(rougeur|rougeurs|rouge|rouges|irrit[ée]e?s?|irritation|irritations|douleur|d"
            "ouleurs|mal|br[ûu]lure|br[ûu]lures|gonfl[ée]e?s?|gonflement|enfl[ée]e?|saign\\w*"
            "|sang|bleu|bleus|h[ée]matome|h[ée]matomes|plaie|plaies|[ée]corch\\w*) ? ? a|à|au"
            "|de|du|la|le|sa|aux|des|ses|son|sur~ la|le|sa|ses|son~ zone|partie|parties intim"
            "e|intimes|privees|privées|genitale|génitale|genitales|génitales",
            "tonton|monsieur a|la|le|me|l'a|m'a~ touche|touché|touchee|touchée|tripote|tripot"
            "é|touchait|tripotee|tripotée|tripotait ? ,~ re:(chut+|chh+|zizi|foufoune|z[ée]ze"
            "tte|n[ée]nette|secret|moi)",
            "touche|touché|touchee|touchée|tripote|tripoté|touchait|tripotee|tripotée|tripota"
            "it ? ? ? ? ? ? ? doigt sur la|sa|les|ses bouche|levres|lèvres",
            "doigt sur la|sa|les|ses bouche|levres|lèvres ? ? ? ? ? ? ? touche|touché|touchee"
            "|touchée|tripote|tripoté|touchait|tripotee|tripotée|tripotait",
            "re:(r[öo]tung|r[öo]tungen|rot|ger[öo]tet|wund|entz[üu]ndet|entz[üu]ndung|schmerz"
            "en|schmerz|weh|brennt|brennen|geschwollen|schwellung|blut|blutet|blutung|blaue|b"
            "luterguss|bluterg[üu]sse|verletzung|verletzungen|kratzer|rote) ? ? zwischen den~"
            " beinen|beinchen|schenkeln|oberschenkeln",
            "re:(r[öo]tung|r[öo]tungen|rot|ger[öo]tet|wund|entz[üu]ndet|entz[üu]ndung|schmerz"
            "en|schmerz|weh|brennt|brennen|geschwollen|schwellung|blut|blutet|blutung|blaue|b"
            "luterguss|bluterg[üu]sse|verletzung|verletzungen|kratzer|rote) ? ? am|an|im|in|d"
            "er|die|ihre|ihrer|seine|seiner~ dem|den|der~ mumu|penis|vulva|muschi|pimmel|vagi"
            "na|scheide|pillermann|pullermann|schamgegend|schamlippen|intimbereich|genitalber"
            "eich|scheidenbereich",
            "mumu|penis|vulva|muschi|pimmel|vagina|scheide|pillermann|pullermann|schamlippen|"
            "intimbereich|genitalbereich ? ? ist|war|sind|waren~ ganz|sehr|stark|total~ re:(r"
            "[öo]tung|r[öo]tungen|rot|ger[öo]tet|wund|entz[üu]ndet|entz[üu]ndung|schmerzen|sc"
            "hmerz|weh|brennt|brennen|geschwollen|schwellung|blut|blutet|blutung|blaue|bluter"
            "guss|bluterg[üu]sse|verletzung|verletzungen|kratzer|rote)",
            "mann|onkel hat|fasst|fasste|beruhrt|berührt|fummelt|tatscht|streichelt da|ihn|mi"
            "r|sie|dort|mich~ ? an|rum|herum|beruhrt|berührt|angefasst|gestreichelt~ ,~ re:(p"
            "sst+|pst+|sch+|pscht|geheimnis|pullermann|muschi|mumu|da|dort|unten)",
            "fasst|fasste|anfasst|beruhrt|berührt|fummelt|tatscht|anfassen|angefasst ? ? ? ? "
            "? ? ? finger|zeigefinger an|auf|vor den|die|ihre|ihren|seine|seinen mund|lippen",
            "finger|zeigefinger an|auf|vor den|die|ihre|ihren|seine|seinen mund|lippen ? ? ? "
            "? ? ? ? fasst|fasste|anfasst|beruhrt|berührt|fummelt|tatscht|anfassen|angefasst",
            "re:(casaan|guduud|xanuun|nabar|nabro|dhiig|barar|cuncun)[a-z]* ? ? lugaha|bowdya"
            "ha|lugaheeda|lugahiisa dhexe|dhexdeeda|dhexdiisa|dhexdooda",
            "lugaha|bowdyaha|lugaheeda|lugahiisa dhexe|dhexdeeda|dhexdiisa|dhexdooda ? ? re:("
            "casaan|guduud|xanuun|nabar|nabro|dhiig|barar|cuncun)[a-z]*",
            "re:(casaan|guduud|xanuun|nabar|nabro|dhiig|barar|cuncun)[a-z]* ? ? ? meesha|meel"
            "aha|xubinta|xubnaha|meesheeda|meeshiisa|xubinteeda|xubintiisa sirta|gaarka|qarso"
            "on|taranka|qarsoodiga",
            "abti|adeer|ninka|ninku|abtiga|ninkii|adeerka baa|wuu|ayaa~ i|ku|iga~ taabta|taab"
            "to|taabtaa|taabtay|taabtey|taabanayaa",
            "taabta|taabto|taabtaa|taabtay|taabtey|taabanayaa ? ? ? ? ? ? ? farta|fartii|fart"
            "eeda|fartiisa ? ? afka|afkeeda|afkiisa|dibnaha|bushimaha",
            "farta|fartii|farteeda|fartiisa ? ? afka|afkeeda|afkiisa|dibnaha|bushimaha ? ? ? "
            "? ? ? ? taabta|taabto|taabtaa|taabtay|taabtey|taabanayaa",
            "re:(почервон\\w*|червон\\w*|подразн\\w*|болить|боліло|біль|болі|набряк\\w*|синц"
            "\\w*|синяк\\w*|кров|крові|кровоточ\\w*|кровить|натерт\\w*|опух\\w*|запален\\w*|п"
            "ече|печіння|свербить|свербіж|рана|ранк\\w*) ? ? між ніжок|ногами|ніжками|стегнам"
            "и",
            "між ніжок|ногами|ніжками|стегнами ? ? re:(почервон\\w*|червон\\w*|подразн\\w*|бо"
            "лить|боліло|біль|болі|набряк\\w*|синц\\w*|синяк\\w*|кров|крові|кровоточ\\w*|кров"
            "ить|натерт\\w*|опух\\w*|запален\\w*|пече|печіння|свербить|свербіж|рана|ранк\\w*)",
            "re:(почервон\\w*|червон\\w*|подразн\\w*|болить|боліло|біль|болі|набряк\\w*|синц"
            "\\w*|синяк\\w*|кров|крові|кровоточ\\w*|кровить|натерт\\w*|опух\\w*|запален\\w*|п"
            "ече|печіння|свербить|свербіж|рана|ранк\\w*) ? ? в|у|на|біля~ re:(пісюн\\w*|піськ"
            "[аиуою]|пиписьк\\w*|писюн\\w*|статев\\w*|інтимн\\w*|промежин\\w*|піхв\\w*|вульв"
            "\\w*|пісечк\\w*)",
            "re:(пісюн\\w*|піськ[аиуою]|пиписьк\\w*|писюн\\w*|статев\\w*|інтимн\\w*|промежин"
            "\\w*|піхв\\w*|вульв\\w*|пісечк\\w*) ? ? re:(почервон\\w*|червон\\w*|подразн\\w*|"
            "болить|боліло|біль|болі|набряк\\w*|синц\\w*|синяк\\w*|кров|крові|кровоточ\\w*|кр"
            "овить|натерт\\w*|опух\\w*|запален\\w*|пече|печіння|свербить|свербіж|рана|ранк\\w"
            "*)",
            "дядя|дядьо|дядько|дядечко її|там|мене|мені~ мацав|мацає|чіпав|чіпає|трогав|трога"
            "є|чіпала|чіпали|мацають|чіпають|торкався|торкаються|торкається",
            "мацав|мацає|чіпав|чіпає|трогав|трогає|чіпала|чіпали|мацають|чіпають|торкався|тор"
            "каються|торкається ? ? ? ? ? ? ? палець|пальця|пальцем|пальчик|пальчика|пальчико"
            "м до|на|біля губ|вуст|рота|губки|губок|губів",
            "палець|пальця|пальцем|пальчик|пальчика|пальчиком до|на|біля губ|вуст|рота|губки|"
            "губок|губів ? ? ? ? ? ? ? мацав|мацає|чіпав|чіпає|трогав|трогає|чіпала|чіпали|ма"
            "цають|чіпають|торкався|торкаються|торкається",
            "re:(покраснен\\w*|красн\\w*|раздражен\\w*|болит|болело|боль|боли|от[её]к\\w*|син"
            "як\\w*|синяч\\w*|кровь|крови|кровоточ\\w*|кровит|натерт\\w*|опух\\w*|воспален\\w"
            "*|жжен\\w*|жж[её]т|чешется|зуд|ранк\\w*|рана|раны) ? ? между ног|ножек|ногами|бе"
            "драми|бёдрами|ножками",
            "между ножек|ногами|бедрами|бёдрами|ножками ? ? re:(покраснен\\w*|красн\\w*|раздр"
            "ажен\\w*|болит|болело|боль|боли|от[её]к\\w*|синяк\\w*|синяч\\w*|кровь|крови|кров"
            "оточ\\w*|кровит|натерт\\w*|опух\\w*|воспален\\w*|жжен\\w*|жж[её]т|чешется|зуд|ра"
            "нк\\w*|рана|раны)",
            "re:(покраснен\\w*|красн\\w*|раздражен\\w*|болит|болело|боль|боли|от[её]к\\w*|син"
            "як\\w*|синяч\\w*|кровь|крови|кровоточ\\w*|кровит|натерт\\w*|опух\\w*|воспален\\w"
            "*|жжен\\w*|жж[её]т|чешется|зуд|ранк\\w*|рана|раны) ? ? в|у|на|около~ re:(пиписьк"
            "\\w*|письк[аеиуой]|писюн\\w*|писюльк\\w*|пипк[аеиуой]|половы[хм]|половые|половых"
            "|половом|интимн\\w*|промежност\\w*|влагалищ\\w*|вульв\\w*)",
            "re:(пиписьк\\w*|письк[аеиуой]|писюн\\w*|писюльк\\w*|пипк[аеиуой]|половы[хм]|поло"
            "вые|половых|половом|интимн\\w*|промежност\\w*|влагалищ\\w*|вульв\\w*) ? ? re:(по"
            "краснен\\w*|красн\\w*|раздражен\\w*|болит|болело|боль|боли|от[её]к\\w*|синяк\\w*"
            "|синяч\\w*|кровь|крови|кровоточ\\w*|кровит|натерт\\w*|опух\\w*|воспален\\w*|жжен"
            "\\w*|жж[её]т|чешется|зуд|ранк\\w*|рана|раны)",
            "дядя|дядька|дядечка|дяденька ее|её|мне|там|меня~ лапал|щупал|лапает|лапают|трога"
            "л|щупает|щупают|трогает|трогала|трогали|трогают",
            "лапал|щупал|лапает|лапают|трогал|щупает|щупают|трогает|трогала|трогали|трогают ?"
            " ? ? ? ? ? ? палец|пальцем|пальчик|пальчиком к|у|ко|на рот|рту|губы|губам|губкам",
            "палец|пальцем|пальчик|пальчиком к|у|ко|на рот|рту|губы|губам|губкам ? ? ? ? ? ? "
            "? лапал|щупал|лапает|лапают|трогал|щупает|щупают|трогает|трогала|трогали|трогают",
            "re:(قرمزی|قرمز|سرخی|سرخ|درد|زخم|خون|خونریزی|کبودی|کبود|التهاب|تورم|ورم|سوزش|خارش"
            "|ملتهب|متورم)\\S* ? ? بین|لای|میان پاش|پاها|پایش|دوپاش|پاهاش|پاهای|رونهاش|پاهاشو"
            "|پاهایش|رانهایش|رون‌هاش",
            "بین|لای|میان پاش|پاها|پایش|دوپاش|پاهاش|پاهای|رونهاش|پاهاشو|پاهایش|رانهایش|رون‌ها"
            "ش ? ? re:(قرمزی|قرمز|سرخی|سرخ|درد|زخم|خون|خونریزی|کبودی|کبود|التهاب|تورم|ورم|سوز"
            "ش|خارش|ملتهب|متورم)\\S*",
            "re:(قرمزی|قرمز|سرخی|سرخ|درد|زخم|خون|خونریزی|کبودی|کبود|التهاب|تورم|ورم|سوزش|خارش"
            "|ملتهب|متورم)\\S* ? تو|در|رو|توی|روی~ re:(ناحیه|ناحیه‌?ی|محل|جای|جاهای|اندام|قسم"
            "ت|اندامهای|اندام‌های)\\S* re:(تناسلی|خصوصی|حساس|شرمگاه)\\S*",
            "re:(ناحیه|ناحیه‌?ی|محل|جای|جاهای|اندام|قسمت|اندامهای|اندام‌های)\\S* re:(تناسلی|خ"
            "صوصی|حساس|شرمگاه)\\S* ? ? re:(قرمزی|قرمز|سرخی|سرخ|درد|زخم|خون|خونریزی|کبودی|کبود"
            "|التهاب|تورم|ورم|سوزش|خارش|ملتهب|متورم)\\S*",
            "re:(قرمزی|قرمز|سرخی|سرخ|درد|زخم|خون|خونریزی|کبودی|کبود|التهاب|تورم|ورم|سوزش|خارش"
            "|ملتهب|متورم)\\S* ? تو|در|رو|توی|روی~ آلت|آلتش|واژن|واژنش|پیپیش|اونجاش|دودولش|شر"
            "مگاه|اونجاشو|شرمگاهش",
            "آلت|آلتش|واژن|واژنش|پیپیش|اونجاش|دودولش|شرمگاه|اونجاشو|شرمگاهش ? ? re:(قرمزی|قرم"
            "ز|سرخی|سرخ|درد|زخم|خون|خونریزی|کبودی|کبود|التهاب|تورم|ورم|سوزش|خارش|ملتهب|متورم)"
            "\\S*",
            "آقا|اقا|عمو|مرده|آقائه|آقاهه|اقاهه|عموهه بهش|بهم|بهمن|به‌من|اونجاش|اونجام|اونجاش"
            "و|اونجامو دست~ زد|زده|میزد|میزنه|می‌زد|میماله|می‌زنه|می‌ماله",
            "re:(دست|می‌?زنه|میزنه|میزد|می‌?زد|می‌?ماله|میماله)\\S* ? ? ? ? ? ? ? انگشت|انگشت"
            "ش|انگشتشو را|رو~ رو|جلو|روی|جلوی لب|لبش|دهنش|لباش|بینیش|دهانش|لبهاش|لب‌هاش",
            "میزد|میزنه|می‌زد|می‌زنه|دستمیزنه|دستمی‌زنه|دست‌میزنه|دست‌می‌زنه ,|،~ re:(هیس+|هیییس)",
            "re:(ro[șşs]ea[țţt][ăa]|ro[șşs]ea[țţt]a|ro[șşs]ie|ro[șşs]u|iritat[ăa]|iritat|irit"
            "a[țţt]ie|iritatie|usturime|durere|dureri|doare|v[âa]n[ăa]t[ăa]i|v[âa]n[ăa]taie|s"
            "[âa]nge|s[âa]ngereaz[ăa]|umfl[ăa]tur[ăa]|umflat[ăa]|umflat|inflamat[ăa]|inflamat"
            "|ran[ăa]|r[ăa]ni|julitur[ăa]|ustur[ăa]|arsur[ăa]|rosie|rosu) ? ? intre|între pul"
            "pe|coapse|picioare|picioruse|picioruşe|piciorușe",
            "re:(ro[șşs]ea[țţt][ăa]|ro[șşs]ea[țţt]a|ro[șşs]ie|ro[șşs]u|iritat[ăa]|iritat|irit"
            "a[țţt]ie|iritatie|usturime|durere|dureri|doare|v[âa]n[ăa]t[ăa]i|v[âa]n[ăa]taie|s"
            "[âa]nge|s[âa]ngereaz[ăa]|umfl[ăa]tur[ăa]|umflat[ăa]|umflat|inflamat[ăa]|inflamat"
            "|ran[ăa]|r[ăa]ni|julitur[ăa]|ustur[ăa]|arsur[ăa]|rosie|rosu) ? ? de|in|la|pe|în~"
            " re:(p[ăa]s[ăa]ric[ăa]|pi[șşs]ulic[ăa]|pi[șşs]ulic|pu[țţt]ulic[ăa]|vagin|vulv[ăa"
            "]|penis|coco[șşs]el|pasarica|pisulica)",
            "re:(ro[șşs]ea[țţt][ăa]|ro[șşs]ea[țţt]a|ro[șşs]ie|ro[șşs]u|iritat[ăa]|iritat|irit"
            "a[țţt]ie|iritatie|usturime|durere|dureri|doare|v[âa]n[ăa]t[ăa]i|v[âa]n[ăa]taie|s"
            "[âa]nge|s[âa]ngereaz[ăa]|umfl[ăa]tur[ăa]|umflat[ăa]|umflat|inflamat[ăa]|inflamat"
            "|ran[ăa]|r[ăa]ni|julitur[ăa]|ustur[ăa]|arsur[ăa]|rosie|rosu) ? ? de|in|la|pe|în~"
            " zona|zonele|partile|parţile|parțile|părtile|părţile|părțile|organele intima|int"
            "ime|intimă|private|genitala|genitale|genitală",
            "nea|neni|nenea|nenutu|nenuţu|nenuțu|unchiul o|ma|mă|m-a|o-a~ atins|umbla|umblă|a"
            "tinge|pipaie|pipait|pipăie|pipăit|atingea ,~ re:([șşs]+t?|pst+|pi[șşs]ulica|p[ăa"
            "]s[ăa]rica|acolo|secret)",
            "nea|neni|nenea|nenutu|nenuţu|nenuțu|unchiul ma|mă|m-a|o-a atins|umbla|umblă|atin"
            "ge|pipaie|pipait|pipăie|pipăit|atingea",
            "atins|umbla|umblă|atinge|pipaie|pipait|pipăie|pipăit|atingea ? ? ? ? ? ? ? deget"
            "ul|degetelul|degetutul|degetuţul|degetuțul|degeţelul|degețelul la|pe|peste buze|"
            "gura|gură|gurita|guriţa|gurița|buzisoare|buzişoare|buzișoare",
            "degetul|degetelul|degetutul|degetuţul|degetuțul|degeţelul|degețelul la|pe|peste "
            "buze|gura|gură|gurita|guriţa|gurița|buzisoare|buzişoare|buzișoare ? ? ? ? ? ? ? "
            "atins|umbla|umblă|atinge|pipaie|pipait|pipăie|pipăit|atingea",
            "re:(arrossament\\w*|arrossat[ao]|ross[ao]|rossore|irritat[ao]|irritazione|dolore"
            "|dolori|male|brucia|bruciore|gonfi[ao]|gonfiore|sangue|sanguina\\w*|lividi|livid"
            "o|ferit[ae]|ferita|escoriazion\\w*|ematom\\w*) ? ? fra|tra le~ cosce|gambe|gambi"
            "ne",
            "re:(arrossament\\w*|arrossat[ao]|ross[ao]|rossore|irritat[ao]|irritazione|dolore"
            "|dolori|male|brucia|bruciore|gonfi[ao]|gonfiore|sangue|sanguina\\w*|lividi|livid"
            "o|ferit[ae]|ferita|escoriazion\\w*|ematom\\w*) ? ? al|il|la|nel|sua|sul|suo|alla"
            "|nella|sulla~ pene|vulva|pipino|topina|vagina|jolanda|genitali|patatina|passerin"
            "a|pisellino|farfallina",
            "re:(arrossament\\w*|arrossat[ao]|ross[ao]|rossore|irritat[ao]|irritazione|dolore"
            "|dolori|male|brucia|bruciore|gonfi[ao]|gonfiore|sangue|sanguina\\w*|lividi|livid"
            "o|ferit[ae]|ferita|escoriazion\\w*|ematom\\w*) ? ? al|il|la|nel|sua|sul|suo|alla"
            "|alle|nella|nelle|sulla~ zona|zone|parti intima|intime|private|genitale|genitali",
            "zio|uomo|tizio|signore la|le|lo|mi~ tocca|toccata|toccato|toccava toccata|toccat"
            "o~ ? ,~ re:(shh+|sst+|ssh+|zitt[ao]|segreto|patatina|pisellino|farfallina)",
            "tocca|toccata|toccato|toccava ? ? ? ? ? ? ? dito|ditino sul|alla|sopra|sulla|sul"
            "le|davanti~ la|le|alla~ bocca|labbra|boccuccia",
            "dito|ditino sul|alla|sopra|sulla|sulle|davanti~ la|le|alla~ bocca|labbra|boccucc"
            "ia ? ? ? ? ? ? ? tocca|toccata|toccato|toccava",
            "re:(ቀይሕ|ቀይሒ|ቀይሑ|ቀይሓ|ቃንዛ|ቁስሊ|ደም|ሕበጥ|ሓቢጡ|ሓቢጣ)\\S* ? ? re:(መንጎ|ማእከል)\\S* re:(ኣእጋራ|ኣ"
            "እጋሩ|ኣእጋር|እግራ|እግሩ|ሰለፋ)\\S*",
            "re:(መንጎ|ማእከል)\\S* re:(ኣእጋራ|ኣእጋሩ|ኣእጋር|እግራ|እግሩ|ሰለፋ)\\S* ? ? re:(ቀይሕ|ቀይሒ|ቀይሑ|ቀይሓ|ቃን"
            "ዛ|ቁስሊ|ደም|ሕበጥ|ሓቢጡ|ሓቢጣ)\\S*",
            "re:ሰብኣይ\\S* ? re:(ይትንክፈ|ይትንክፍ|ተተንኪፉ|ይትንክፋ|ይትንክፉ|ይሕዘ)\\S*",
        ),
    ),
    # 27 intimate care continued after stop or without asking
    Rule(
        "sg",
        G,
        1.0,
        (
            "mowilam|mowiłam|mówilam|mówiłam|blagalam|blagałam|błagalam|błagałam|prosilam|pro"
            "siłam|krzyczalam|krzyczałam|powiedzialam|powiedziałam ? ? dosc|dosć|dośc|dość|st"
            "op|prosze|proszę|przestan|przestań|przestala|przestała !|,|-|.|a|i|–|ale|dwa|raz"
            "y|trzy|kilka ? ? ? ? dalej|kontynuowala|kontynuowała",
            "mowilam|mowiłam|mówilam|mówiłam|blagalam|blagałam|błagalam|błagałam|prosilam|pro"
            "siłam|krzyczalam|krzyczałam|powiedzialam|powiedziałam ? ? dosc|dosć|dośc|dość|st"
            "op|przestan|przestań|przestala|przestała !|,|-|.|a|i|–|ale|dwa|razy|trzy|kilka ?"
            " ? ? ? nie przerwala|przerwała|przestala|przestała|przestawala|przestawała",
            "re:(z[łl]apa[łl]a|chwyci[łl]a|[śs]cisn[ęe][łl]a|dotkn[ęe][łl]a|dotyka[łl]a|ugnia"
            "ta[łl]a|maca[łl]a|wyciska[łl]a|[śs]ciska[łl]a|z[łl]apa[łl]|chwyci[łl]|dotkn[ąa]["
            "łl]|[śs]cisn[ąa][łl]) ? ? piers|pierś|sutek|sutka|sutki|brzuch|krocze|piersi|poc"
            "hwe|pochwę ? ? bez slowa|słowa|zgody|pytania|pytania,|zapytania|pozwolenia|ostrz"
            "ezenia|ostrzeżenia|uprzedzenia",
            "bez slowa|słowa|zgody|pytania|pytania,|zapytania|pozwolenia|ostrzezenia|ostrzeże"
            "nia|uprzedzenia ? re:(z[łl]apa[łl]a|chwyci[łl]a|[śs]cisn[ęe][łl]a|dotkn[ęe][łl]a"
            "|ugniata[łl]a|wyciska[łl]a|[śs]ciska[łl]a) ? ? piers|pierś|sutek|sutka|sutki|brz"
            "uch|krocze|piersi",
            "re:(naciska[łl]a|uciska[łl]a|gniot[łl]a|wciska[łl]a|przyciska[łl]a|ugniata[łl]a|"
            "nacisn[ęe][łl]a|ucisn[ęe][łl]a|docisn[ęe][łl]a) ? ? na~ piers|pierś|brzuch|macic"
            "e|macicę|piersi|brzuchu ? ? ? ? ? ? choc|choć|mimo|pomimo|chociaz|chociaż",
            "re:(wpycha[łl]a|przyciska[łl]a|dociska[łl]a|pcha[łl]a|wepchn[ęe][łl]a|przycisn[ę"
            "e][łl]a|docisn[ęe][łl]a) ? ? buzie|buzię|glowe|glowę|głowe|głowę|glowke|glowkę|g"
            "lówke|glówkę|głowke|głowkę|główke|główkę ? ? do|na mej|mojej~ cycka|piers|pierś|"
            "sutka|piersi",
            "dur|birak|bırak|durun|durur|yapma|yeter ? ? ? dedim|dedigim|dediğim|soyledim|söy"
            "ledim|soyledigim|soylediğim|söyledigim|söylediğim ? ? ? ? re:(devam|durmad[ıi]|b"
            "[ıi]rakmad[ıi]|s[üu]rd[üu]rd[üu])[a-zışçğüöâ̇]*",
            "izin|izinsiz|habersiz|sormadan|uyarmadan|sormaksizin|sormaksizın|sormaksızin|sor"
            "maksızın ? ? re:(g[öo][ğg]s[üu]m|memem|meme|karn[ıi]m|meme)[a-zışçğüöâ̇]* ? ? re"
            ":(tuttu|s[ıi]kt[ıi]|bast[ıi]|dokundu|elledi|ellemi[şs]|s[ıi]kmaya|kavrad[ıi]|yak"
            "alad[ıi]|[çc]ekti|sa[ğg]d[ıi])[a-zışçğüöâ̇]*",
            "re:(g[öo][ğg]s[üu]m[üu]|memem[ıi]|ucumu|karn[ıi]m[ıi]) ? izinsiz|habersiz|sormad"
            "an|uyarmadan ? re:(tuttu|s[ıi]kt[ıi]|dokundu|elledi|kavrad[ıi]|yakalad[ıi]|sa[ğg"
            "]d[ıi])[a-zışçğüöâ̇]*",
            "gogsume|gogsüme|goğsume|goğsüme|gögsume|gögsüme|göğsume|göğsüme|karnima|karnimi|"
            "karnimı|karnıma|karnımi|karnımı|rahmime ? ? re:(bast[ıi]r|bas[ıi]yor|bast[ıi]|s["
            "ıi]kt[ıi]|s[ıi]k[ıi]yor)[a-zışçğüöâ̇]* ? ? ? ? halde|ragmen|rağmen",
            "dedigim|dediğim|soyledigim|soylediğim|söyledigim|söylediğim halde|ragmen|rağmen "
            "? ? ? re:(karn[ıi]ma|karn[ıi]m[ıi]|g[öo][ğg]s[üu]me|memem[ıi]|rahmime) ? ? re:(b"
            "ast|s[ıi]k)[a-zışçğüöâ̇]*",
            "bebegin|bebeğin|bebegimin|bebeğimin|bebegini̇n|bebeğini̇n basini|basinı|basıni|b"
            "asını|başini|başinı|başıni|başını|kafasini|kafasinı|kafasıni|kafasını ? ? re:(g["
            "öo][ğg]s[üu]me|memem[ea]|memeye|g[öo][ğg]s[üu]m[ea]|meme) ? ? re:(bast[ıi]r|it|y"
            "[ıi]k|zorla|d[ıi]k|sok)[a-zışçğüöâ̇]*",
            "قلت|كنت|بقيت|طلبت|نقول|قلتلا|كنقول|قلتلها|قلتلهـا|قلتليها ? ? بس|كفى|بركا|بركة|ب"
            "زاف|حبسي|خلاص|ستوب|وقفي|باركا|توقفي|كفاية|باراكا ? ? ? ضلت|بقات|كملت|وضلت|تابعت|"
            "كمّلت|واصلت|وبقات|وقفتش|وكملت|استمرت|حبساتش|وتابعت|وكمّلت|وواصلت|واستمرت",
            "re:(شدت|مسكت|قبضت|عصرت|لمست|ضغطت|قرصت|جبدت|شداتلي|شدّت|عصراتلي|مسكاتلي|شدات|عصرا"
            "ت|مسكات|لمسات)\\S* ? ? re:(ال)?(ثدي|صدر|بزول|بزّول|حلمة|بطن|كرش|ثديي|صدري|بزولتي"
            "|بزولي|كرشي|بطني|بزولة|بزوله)\\S* ? ? بلا|دون|غير|بدون re:(ما|إذن|اذن|إذني|اذني|"
            "استئذان|موافقتي|تسولني|سؤال|ما)\\S*",
            "بلا|دون|غير|بدون re:(ما|إذن|اذن|إذني|اذني|استئذان|موافقتي|تسولني|سؤال)\\S* ? ? r"
            "e:(شدت|مسكت|قبضت|عصرت|لمست|ضغطت|شداتلي|شدّت|عصراتلي|مسكاتلي|شدات|عصرات|مسكات)\\S"
            "* ? ? re:(ال)?(ثدي|صدر|بزول|بزّول|حلمة|بطن|كرش|ثديي|صدري|بزولتي|بزولي|كرشي|بطني|"
            "بزولة)\\S*",
            "re:(ضغطت|كتضغط|تضغط|زيرات|زيّرات|كبسات|كتكبس|عصرت|دعكت|كبست|ضغطات|كضغط|بتضغط)\\S"
            "* ? ? ع|عل|على~ re:(ال)?(بطن|كرش|بطني|كرشي|رحم|رحمي)\\S* ? ? ? ? ? ? مع|رغم|ولو|"
            "رغما|وأنا|واخا|وانا|بالرغم",
            "re:(دفعت|زيرات|زيّرات|ضغطت|دزت|دزّت|دفعات|ضغطات|لصقت|كبست|كبسات|زيّرت)\\S* ? ? r"
            "e:(ال)?(راس|رأس|راسو|رأسه|راسه|راص)\\S* ? ? ? ? re:(ال)?(ثدي|صدر|بزول|بزّول|حلمة"
            "|ثديي|صدري|بزولتي|بزولي|بزولة)\\S*",
            "re:(glt|gelt|9olt|qolt|2elt|2olt|qoltlha|9oltlha|gltlha|2eltella|2eltlla)[a-z]* "
            "? ? re:(baraka|barka|safi|bss|bas|khlas|5las|stop|w9fi|w2fi|wqfi|7bsi)[a-z]* ? ?"
            " ? re:(kmlat|kammlat|bqat|b9at|kamlet|kammalet|dallet|dallat|ma7bsatch|ma9fatch|"
            "mawqfatch|maw2fetch|kmmlat)[a-z]*",
            "re:(chdat|9bdat|qbdat|msket|mskat|3asrat|lmsat|misket|ch?ddat)[a-z]* ? ? re:(bzo"
            "ula|bzzoula|sdri|sder|sdar|bzazl|thdi|kerchi|krchi|batni)[a-z]* ? ? bla|bdoun|bi"
            "doun re:(ma|mat|idni|2idni|izn|2izn|matsewwelni|matsawlni|mat2olli|matsawalni)[a"
            "-z]*",
            "re:(dghtat|dghtet|daghtat|kbsat|zyrat|zayrat|katdghat|kadghat|dfa3t|dafa3at)[a-z"
            "]* ? ? 3la~ re:(kerchi|krchi|kershi|batni|bo6ni|bat6ni|ras|rass|rasso|raso)[a-z]"
            "* ? ? ? ? rghm|wana|raghm|w2ana|w2eno|wakha",
            "pedi|disse|dizia|pedia|gritei|repeti|dissemos ? ? ? para|pare|pára|stop|basta|ch"
            "ega|parar|parasse !|,|.|e|mas|duas|tres|três|vezes|varias|várias ? ? ? ? seguiu|"
            "insistiu|continuou|continuava|prosseguiu",
            "pedi|disse|dizia|pedia|gritei|repeti|dissemos ? ? ? para|pare|pára|stop|basta|ch"
            "ega|parar|parasse !|,|.|e|mas|duas|tres|três|vezes|varias|várias ? ? ? ? nao|não"
            " parou|parava",
            "mexeu|pegou|tocou|agarrou|apertou|espremeu|mexeu-me|pegou-me|tocou-me|agarrou-me"
            "|apertou-me|espremeu-me a|o|as|em|me|na|no|os|nas|nos~ meu|meus|minha|minhas~ ma"
            "ma|seio|mamas|peito|seios|mamilo|peitos|vagina|barriga|mamilos ? ? sem me|dizer|"
            "pedir|avisar|licenca|licença|perguntar|permissao|permissão|autorizacao|autorizac"
            "ão|autorizaçao|autorização|consentimento",
            "sem nada|dizer|pedir|avisar|licenca|licença|perguntar|permissao|permissão|autori"
            "zacao|autorizacão|autorizaçao|autorização ? ? mexeu|pegou|tocou|agarrou|apertou|"
            "espremeu|mexeu-me|pegou-me|tocou-me|agarrou-me|apertou-me|espremeu-me a|o|as|em|"
            "me|na|no|os|nas|nos~ meu|meus|minha|minhas~ mama|seio|mamas|peito|seios|mamilo|b"
            "arriga|mamilos",
            "apertou|apertava|carregou|empurrou|espremeu|carregava|empurrava|pressionou|press"
            "ionava ? ? ? mama|peito|utero|útero|ventre|abdomen|abdómen|barriga ? ? ? ? ? ? m"
            "esmo|apesar|embora",
            "enfiou|forcou|forçou|apertou|esmagou|espetou|forcava|forçava|apertava|empurrou|e"
            "mpurrava|empurrou-lhe|empurrava-lhe ? ? cabeca|cabeça|cabecinha ? ? ? ? a|à|ao|n"
            "a|no|para|contra a|o|meu|minha~ meu|minha~ mama|seio|peito|mamilo",
            "dije|pedi|pedí|decia|decía|grite|grité|repeti|repetí|dijimos ? ? ? para|pare|sto"
            "p|basta|dejara|paraba|parara|parase|detuviera !|,|.|y|dos|pero|tres|veces|varias"
            " ? ? ? ? seguia|seguía|siguio|siguió|continuo|continuó|insistio|insistió|continu"
            "aba",
            "dije|pedi|pedí|decia|decía|grite|grité|repeti|repetí|dijimos ? ? ? para|pare|sto"
            "p|basta|dejara|paraba|parara|parase|detuviera !|,|.|y|dos|pero|tres|veces|varias"
            " ? ? ? ? no se|paro|paró|paraba",
            "re:(agarr[óo]|cogi[óo]|toc[óo]|apret[óo]|estruj[óo]|manose[óo]|exprimi[óo]|tom[ó"
            "o]|pellizc[óo]) el|la|mi|las|los|mis~ seno|teta|pecho|pezon|pezón|senos|tetas|pe"
            "chos|vagina|barriga|pezones|vientre ? ? sin mi|decir|pedir|avisar|decirme|permis"
            "o|avisarme|preguntar|preguntarme|preguntarmelo|preguntármelo|consentimiento",
            "hizo|metio|metió|introdujo el|un|los~ dedo|dedos|tacto|tactos ? ? sin mi|decir|p"
            "edir|avisar|decirme|permiso|avisarme|preguntar|preguntarme|consentimiento",
            "sin decir|pedir|avisar|decirme|permiso|avisarme|preguntar|preguntarme ? ? me~ to"
            "co|tocó|cogio|cogió|metio|metió|agarro|agarró|apreto|apretó|estrujo|estrujó|expr"
            "imio|exprimió el|la|mi|las|los|mis~ seno|teta|dedos|pecho|pezon|pezón|senos|teta"
            "s|pechos|barriga|pezones|vientre",
            "apreto|apretó|empujo|empujó|hundio|hundió|aplasto|aplastó|apretaba|empujaba|pres"
            "iono|presionó|apretaron|presionaba ? ? ? seno|pecho|senos|tripa|utero|útero|pech"
            "os|abdomen|barriga|vientre ? ? ? ? ? ? pese|pesar|aunque",
            "re:(empuj[óo]|empujaba|apret[óo]|apretaba|aplast[óo]|forz[óo]|forzaba|meti[óo]|p"
            "egaba|peg[óo]|hundi[óo]) ? ? cabeza|cabecita ? ? ? ? a|en|contra el|mi|los|mis~ "
            "seno|teta|pecho|pezon|pezón|senos|tetas|pechos",
            "dit|crie|crié|disais|repete|repeté|repéte|repété|répete|répeté|répéte|répété|dem"
            "ande|demandé|supplie|supplié ? ? ? non|stop|assez|arrete|arrête|arreter|arretez|"
            "arrêter|arrêtez|d'arreter|d'arrêter !|,|.|et|deux|fois|mais|trois|plusieurs ? ? "
            "? ? insiste|insisté|continue|continué|poursuivi|continuait",
            "dit|crie|crié|disais|repete|repeté|repéte|repété|répete|répeté|répéte|répété|dem"
            "ande|demandé|supplie|supplié ? ? ? non|stop|assez|arrete|arrête|arreter|arretez|"
            "arrêter|arrêtez|d'arreter|d'arrêter !|,|.|et|deux|fois|mais|trois|plusieurs ? ? "
            "? ? ne|n'a|n'est|n'arretait|n'arrêtait pas|jamais arrete|arreté|arrête|arrêté|ar"
            "retee|arretée|arrêtee|arrêtée",
            "pris|tire|tiré|pince|pincé|saisi|presse|pressé|touche|touché|attrape|attrapé|tri"
            "pote|tripoté|empoigne|empoigné la|le|ma|les|mes|mon~ sein|seins|teton|téton|vagi"
            "n|ventre|mamelon|mamelons|poitrine ? ? sans me|mon|rien|avertir|demander|preveni"
            "r|prévenir|permission|autorisation|consentement",
            "sans me|rien|avertir|demander|prevenir|prévenir|permission|autorisation ? ? ? pr"
            "is|pince|pincé|saisi|presse|pressé|touche|touché|attrape|attrapé|empoigne|empoig"
            "né la|le|ma|les|mes|mon~ sein|seins|teton|téton|ventre|mamelon|mamelons|poitrine",
            "appuye|appuyé|ecrase|ecrasé|presse|pressé|écrase|écrasé|enfonce|enfoncé|appuyait"
            "|pressait|enfoncait|enfonçait ? ? ? ? sein|seins|uterus|utérus|ventre|abdomen ? "
            "? ? ? ? ? bien|meme|même|alors|malgre|malgré",
            "re:(pouss[ée]|poussait|enfonc[ée]|enfon[çc]ait|plaqu[ée]|plaquait|appuy[ée]|appu"
            "yait|forc[ée]|for[çc]ait|press[ée]|pressait|[ée]cras[ée]) ? ? tete|tête ? ? ? ? "
            "sur|dans|contre la|le|ma|mon~ sein|seins|teton|téton|mamelon|poitrine",
            "halt|nein|stop|genug|stopp|aufhoren|aufhören !|,~ gesagt|gefleht|gerufen|gesagt,"
            "|geschrien ? ? ? ? weiter|fortgesetzt|weitergemacht",
            "halt|nein|stop|genug|stopp|aufhoren|aufhören !|,~ gesagt|gefleht|gerufen|gesagt,"
            "|geschrien ? ? ? ? nicht aufgehort|aufgehört",
            "bat|rief|sagte|flehte|gesagt|gebeten ? ? ? halt|stop|stopp|aufhoren|aufhören|auf"
            "zuhoren|aufzuhören !|,|.|und|aber|soll ? ? ? weiter|fortgesetzt|weitergemacht",
            "bauch|brust|busen|bruste|brüste|scheide|brustwarze|brustwarzen ? ? ? ohne zu~ fr"
            "agen|vorher|erlaubnis|vorwarnung|zustimmung|ankundigung|ankündigung|einverstandn"
            "is|einverständnis",
            "ohne zu~ fragen|vorher|erlaubnis|vorwarnung|zustimmung|ankundigung|ankündigung|e"
            "inverstandnis|einverständnis ? ? ? an|in|den|die|meine|meinen~ bauch|brust|busen"
            "|bruste|brüste|scheide|brustwarze|brustwarzen",
            "bauch|brust|bauchs|gebarmutter|gebärmutter ? gedruckt|gedrückt|gepresst|gequetsc"
            "ht|herumgedruckt|herumgedrückt ,~ trotz|obwohl|trotzdem",
            "druckte|drückte|presste|quetschte ? ? ? bauch|brust|gebarmutter|gebärmutter ? ? "
            "? ? ? ? trotz|obwohl|trotzdem",
            "kopf|kopfchen|köpfchen ? ? ? an|auf|gegen die|meine~ brust|brustwarze gedruckt|g"
            "edrückt|gepresst|gestosen|gestoßen|geschoben|gezwungen|gequetscht",
            "schob|sties|stieß|zwang|druckte|drückte|presste|quetschte ? ? kopf|kopfchen|köpf"
            "chen ? ? ? an|auf|gegen die|meine~ brust|brustwarze",
            "bas|stop|jooji|istaag|joogso|joojiso ? ? ? ? ? ? waday|wadday|wadatay|sii-wadday",
            "bas|stop|jooji|istaag|joogso|joojiso ? ? ? ? ma|may joojin|istaagin",
            "ibta|ibaha|naaska|naasaha|caloosha|naaskayga|naasahayga|calooshayda ? ? ? ? ? fa"
            "sax|weydiin|fasaxayga|weydiinin|ogolaansho|oggolaansho|ogolaanshahayga",
            "caloosha|calooshayda|ilmagaleenka ? ? ? ? riixday|tuujisay|riixaysay|riixeysay|c"
            "adaadisay|cadaadinaysay ? ? ? ? xitaa|iyadoo|inkasta|inkastoo",
            "madaxa|madaxii ilmaha|canugga|cunugga|ilmihii ? ? ? ibta|naaska|naaskayga|naaske"
            "yga ? ? ku~ xoogay|riixday|tuujisay|riixaysay|riixeysay|cadaadisay",
            "казала|благала|кричала|просила|сказала|повторювала ? ? ? ні|годі|стоп|досить|при"
            "пинити|припиніть|зупинитися|зупиніться !|,|.|а|і|але|раз|двічі|тричі|кілька ? ? "
            "? ? продовжила|продовжувала",
            "казала|благала|кричала|просила|сказала|повторювала ? ? ? ні|годі|стоп|досить|при"
            "пинити|припиніть|зупинитися|зупиніться !|,|.|а|і|але|раз|двічі|тричі|кілька ? ? "
            "? ? не перестала|припинила|зупинилась|зупинилася",
            "взяла|м'яла|мʼяла|мацала|схопив|чіпала|зцідила|схопила|тиснула|стиснула|торкнула"
            "ся|вичавлювала мене~ за~ груди|грудь|живіт|соски|сосок|живота ? ? без згоди|слов"
            "а|питань|дозволу|питання|спитати|запитання|попередження",
            "без згоди|дозволу|питання|запитання|попередження ? ? взяла|м'яла|мацала|чіпала|с"
            "хопила|тиснула|стиснула|торкнулася|вичавлювала мене~ за~ груди|грудь|живіт|соски"
            "|сосок",
            "тисла|давила|тиснула|надавила|натискала|натиснула|придавила ? ? на~ груди|живіт|"
            "матку|живота ? ? ? ? ? ? хоч|хоча|попри|незважаючи",
            "пхала|впихала|тиснула|запихала|штовхала|притискала|притиснула ? ? голову|голівку"
            " ? ? ? в|до|на моєї|моїх~ груди|груді|соска|грудей",
            "кричала|просила|сказала|умоляла|говорила|повторяла ? ? ? нет|стоп|хватит|прекрат"
            "ите|прекратить|перестаньте|остановитесь|остановиться !|,|.|а|и|но|раз|дважды|три"
            "жды|несколько ? ? ? ? продолжала|продолжила",
            "кричала|просила|сказала|умоляла|говорила|повторяла ? ? ? нет|стоп|хватит|прекрат"
            "ите|прекратить|перестаньте|остановитесь|остановиться !|,|.|а|и|но|раз|дважды|три"
            "жды|несколько ? ? ? ? не перестала|прекратила|остановилась",
            "мяла|сжал|взяла|сжала|давила|схватил|тискала|трогала|схватила|сцеживала меня~ за"
            "~ груди|грудь|живот|соски|сосок ? ? без спроса|спросу|спросив|вопросов|согласия|"
            "разрешения|предупреждения",
            "без спроса|спросу|вопросов|согласия|разрешения|предупреждения ? ? мяла|взяла|сжа"
            "ла|давила|тискала|трогала|схватила меня~ за~ груди|грудь|живот|соски|сосок",
            "жала|давила|нажала|надавила|нажимала|придавила ? ? на~ грудь|живот|матку|живота "
            "? ? ? ? ? ? хоть|хотя|несмотря",
            "пихала|прижала|толкала|впихивала|прижимала|вдавливала|запихивала ? ? голову|голо"
            "вку ? ? ? в|к|на моей~ груди|грудь|соску",
            "گفتم|خواهش|التماس|میگفتم|می‌گفتم ? ? ? بس|بسه|صبر|نکن|استپ|توقف|نکنید|وایسا|وایس"
            "تید ? ? ? ? ? ? re:(ادامه|ول‌?نکرد|ولنکرد|نایستاد|برنداشت|دست‌?برنداشت)\\S*",
            "بی|بدون re:(اجازه|پرسیدن|اجازه‌?ی|هماهنگی|اطلاع|سوال|خبر)\\S* ? ? ? re:(سینه|سین"
            "ه‌ام|سینه‌م|سینمو|سینه‌امو|نوک|شکمم|شکممو|پستان|پستانم)\\S*",
            "re:(سینه|سینه‌ام|سینه‌م|سینمو|سینه‌امو|شکمم|شکممو|پستانم)\\S* را|رو~ بی|بدون re:"
            "(اجازه|پرسیدن|اجازه‌?ی|هماهنگی|اطلاع|سوال|خبر)\\S*",
            "شکم|رحمم|شکمم|شکممو ? ? ? re:(فشار)\\S* ? ? ? ? ? ? با|اگرچه|هرچند|باوجود|درحالی"
            "|بااینکه|با‌وجود|در‌حالی|با‌اینکه",
            "سر|سرِ re:(بچه|نوزاد|بچه‌?را|بچه‌رو|بچمو|بچه‌ام)\\S* ? ? ? به|تو|روی~ re:(سینه|س"
            "ینه‌ام|سینه‌م|سینم|پستانم)\\S* ? ? re:(فشار|چسباند|چسبوند|هل|زور)\\S*",
            "zis|spus|rugat|ziceam|spuneam|strigat|implorat ? ? ? nu|stop|ajunge|destul|oprit"
            "i|opriţi|opriți|opreste|opreşte|oprește !|,|.|de|si|şi|și|dar|ori|trei ? ? ? ? c"
            "ontinua|insistat|continuat",
            "muls|atins|prins|stors|apucat|frecat|pipait|pipăit|strans|strâns de~ san|sân|san"
            "i|sâni|burta|burtă|sanii|sanul|sfarc|sfârc|sânii|sânul|mamelon ? ? fara|fară|făr"
            "a|fără sa|să|voie|acord|sa-mi|să-mi|permisiune",
            "apasa|apăsa|apasat|apăsat|impins|presat|împins ? ? de|pe~ san|sân|uter|burta|bur"
            "tă ? ? ? ? ? ? desi|deşi|deși|chiar",
            "apasa|apăsa|apasat|apăsat|fortat|forţat|forțat|impins|presat|împins|impingea|împ"
            "ingea ? ? capul|capsorul|capşorul|capșorul|căpsorul|căpşorul|căpșorul ? ? ? ? de"
            "|in|la|pe|în san|sân|sanii|sanul|sânii|sânul|mamelon|pieptul",
            "detto|dicevo|urlato|chiesto|gridato|ripetuto|supplicato ? ? ? stop|basta|fermati"
            "|fermarsi|fermasse|smettere|smettila|smettesse !|,|.|e|ma|due|piu|più|tre|volte "
            "? ? ? ? insistito|continuato|continuava|proseguito",
            "detto|dicevo|urlato|chiesto|gridato|ripetuto|supplicato ? ? ? stop|basta|fermati"
            "|fermarsi|fermasse|smettere|smettila|smettesse !|,|.|e|ma|due|piu|più|tre|volte "
            "? ? ? ? non ha|si~ e|è~ smesso|fermata|fermava",
            "presa|preso|palpato|premuto|toccato|spremuto|afferrato|strizzato|schiacciato i|i"
            "l|la|le|mia|mio|miei~ seni|seno|petto|pancia|vagina|capezzoli|capezzolo ? ? senz"
            "a dire|avvisare|chiedere|consenso|permesso|avvisarmi|chiedermi",
            "spinto|premeva|premuto|spingeva|schiacciato|schiacciava ? ? la|sul|sulla~ seno|u"
            "tero|addome|pancia|ventre ? ? ? ? ? ? pur|anche|benche|benché|sebbene|nonostante",
            "spinto|forzato|forzava|premeva|premuto|spingeva|schiacciato|schiacciava ? ? test"
            "a|testolina ? ? ? ? al|nel|sul|sulla|contro il|la|mia|mio~ mia|mio~ seno|petto|c"
            "apezzolo",
            "re:(ደው|ኣቋርጺ|ኣይትቐጽሊ|ይኣክል)\\S* ? ? ? ? re:(ቐጺላ|ቀጺላ|ቀጸለት|ቐጸለት)\\S*",
            "re:(ከይሓተተት|ከይሓተተትኒ|ብዘይ)\\S* ? ? re:(ጡበይ|ጡብ|ከብደይ)\\S*",
        ),
    ),
    # 28 small child shut alone in the dark (punishment, crying)
    Rule(
        "sg",
        K,
        1.0,
        (
            "re:(zostawi[łl]a|zostawili|zostawia|zostawiaj[ąa]|zamkn[ęe][łl]a|zamkn[ęe]li|po["
            "łl]o[żz]y[łl]a|po[łl]o[żz]yli|wystawi[łl]a|wynios[łl]a|zanios[łl]a|odstawi[łl]a|"
            "umie[śs]ci[łl]a|wsadzi[łl]a|wsadzili|zostawila|zamknela|zamkneli) go|ja|je|ją|ma"
            "la|malą|mała|małą|syna|corke|corkę|córke|córkę|malego|małego|dziecko~ sama|samo|"
            "samą|samego|samych ? ? ? ? ? ? ? ? re:(ciemno[śs]ci|ciemnosci|ciemku|ciemnym|cie"
            "mnej|ciemno|zgaszonym|zgaszone|zgaszonego|zamkni[ęe]tymi|zamkni[ęe]te|p[łl]aka[ł"
            "l]|p[łl]aka[łl]a|p[łl]acz|kar[ęe]|kara|karze|plakal|plakala)",
            "ciemku|ciemnej|ciemnym|ciemnego|ciemnosci|ciemności ? ? ? ? ? kara|kare|kary|kar"
            "ę|ukarac|ukarać|ukarana|ukarany",
            "kara|kare|kary|karę|ukarac|ukarać|ukarana|ukarany ? ? ? ? ? ? ciemku|ciemnej|cie"
            "mnym|ciemnego|ciemnosci|ciemności",
            "ciemku|ciemnej|ciemnym|zgaszone|ciemnosci|ciemności|zgaszonym|zgaszonego ? ? ? ?"
            " ? bo|za|zeby|żeby|poniewaz|ponieważ juz|już|nie|caly|cały|ciagle|ciągle~ czas~ "
            "re:(p[łl]aka[łl]|p[łl]aka[łl]a|p[łl]aka[łl]o|p[łl]acze|p[łl]aka[ćc]|p[łl]acz|prz"
            "esta[łl]|przesta[łl]a|przesta[łl]o|plakal|plakala)",
            "re:(onu|[çc]ocu[ğg]u|[çc]ocu[ğg]umu|o[ğg]lumu|k[ıi]z[ıi]m[ıi]|bebe[ğg]i|bebe[ğg]"
            "imi|onlar[ıi]|[çc]ocuklar[ıi]) tek|yalniz|yalnız basina|basına|başina|başına~ ? "
            "? ? ? re:(karanl[ıi]k|karanl[ıi]kta|karanl[ıi][ğg]a|[ıi][şs][ıi][ğg][ıi]|[ıi][şs"
            "][ıi]k|[ıi][şs][ıi]klar[ıi]|a[ğg]lad[ıi][ğg][ıi]|ceza)[a-zışçğüöâ̇]*",
            "re:(ceza|cezaland[ıi]r|cezal[ıi])[a-zışçğüöâ̇]* ? ? ? ? ? re:(karanl[ıi]k|karanl"
            "[ıi]kta|karanl[ıi][ğg]a)[a-zışçğüöâ̇]*",
            "re:(karanl[ıi]k|karanl[ıi]kta|karanl[ıi][ğg]a)[a-zışçğüöâ̇]* ? ? ? ? ? re:(ceza|"
            "cezaland[ıi]r|cezal[ıi])[a-zışçğüöâ̇]*",
            "re:(karanl[ıi]k|karanl[ıi]kta|karanl[ıi][ğg]a|kapal[ıi])[a-zışçğüöâ̇]* ? ? ? ? ?"
            " re:(a[ğg]lad[ıi][ğg][ıi]|a[ğg]lamay[ıi]|susmad[ıi][ğg][ıi]|a[ğg]lamas[ıi]n|susm"
            "as[ıi]n|susmuyordu|a[ğg]l[ıi]yordu)[a-zışçğüöâ̇]*",
            "re:(a[ğg]lad[ıi][ğg][ıi]|a[ğg]lamay[ıi]|susmad[ıi][ğg][ıi]|a[ğg]lamas[ıi]n|susma"
            "s[ıi]n)[a-zışçğüöâ̇]* ? ? ? ? ? re:(karanl[ıi]k|karanl[ıi]kta|karanl[ıi][ğg]a)[a"
            "-zışçğüöâ̇]*",
            "re:(خلاوه|خلاوها|خلاتو|خلاتها|حطوه|حطوها|حطاتو|حطاتها|دخلوه|دخلوها|دخلاتو|دخلاته"
            "ا|تركوه|تركوها|تركته|تركتها|وضعوه|وضعوها|وضعته|وضعتها|حطّوه|حطّوها|خلّوه|خلّوها|"
            "خلوه|خلوها|تركوا|تركو)\\S* ? ? وحده|وحيد|بوحده|بوحدو|لحاله|لحالو|لوحده|وحدها|وحي"
            "دا|وحيدة|بوحدها|بوحدهم|لحالها|لحالهم|لوحدها ? ? ? ? ? ? ? ? re:(ف|في|فـ|ب|و)?(ال"
            ")?(ظلام|مظلمة|مظلم|ضو|ضوء|طافي|مطفي|مطفية|طافية|مسدود|مسدودة|مسكر|مسكرة|مغلق|مغل"
            "قة|ظلمة|ضلمة|عتمة|معتمة|عقاب|عقوبة)\\S*",
            "re:(ف|في|فـ|ب)?(ال)?(ظلام|مظلمة|مظلم|ظلمة|ضلمة|عتمة|معتمة)\\S* ? ? ? ? ? re:(ك|ل"
            "|ب)?(عقاب|عقوبة|تعاقبه|تعاقبها|عاقبوه|يعاقبوه|عاقبوها)\\S*",
            "re:(ك|ل|ب)?(عقاب|عقوبة|تعاقبه|تعاقبها|عاقبوه|عاقبوها|يعاقبوه)\\S* ? ? ? ? ? re:("
            "ف|في|فـ|ب)?(ال)?(ظلام|مظلمة|مظلم|ظلمة|ضلمة|عتمة|معتمة)\\S*",
            "re:(ف|في|فـ|ب|و)?(ال)?(ظلام|مظلمة|مظلم|ظلمة|ضلمة|عتمة|معتمة|طافي|مطفي|طافية|مطفي"
            "ة)\\S* ? ? ? ? ? باش|حتى|حيت|بسبب|عشان|لأنه|لأنو|لانه|لانو|كرمال|لأنها|لانها ضل|"
            "ظل|ما|بقا|بقى|ضلت|ظلت|كان|بقات|كانت~ re:(ك[يى]|كت|ب[يى]|بت|[يى]|ت)?(بكي|بكى|بكا|"
            "بكات|سكت|يسكت)\\S*",
            "re:(khlawh|khlawah|khlaweh|khlawha|khlatou|khlato|khlatha|7ttoh|7ttoha|7etto|7et"
            "toha|dkhlouh|dkhlouha|trakouh|tarakoh|7attou|7atoh|7atouh|khallouh|khallouha)[a-"
            "z]* ? ? bo7do|bw7do|wa7do|bo7dha|bo7dou|bou7do|la7alo|lwa7do|wa7dha|la7alha ? ? "
            "? ? ? ? ? ? re:(f|fi|b|bl|fl)?(dlam|dalam|dlma|delma|ddlam|l3tme|3atme|tafi|mtaf"
            "i|msdod|msdoud|msakkar|msakra|kaybki|katbki|3i9ab|3iqab|ka3i9ab|ldlam|l3atme|3at"
            "mi)",
            "re:(deixaram|deixou|puseram|p[ôo]s|meteram|meteu|fecharam|fechou|deixam|p[õo]em|"
            "metem|deixava|punha|metia|levaram|levou)(-no|-na|-o|-a)? a|o|ela|ele~ bebe|bebé|"
            "bebê|menina|menino~ so|só|sozinha|sozinho|sozinhos ? ? ? ? ? ? ? ? chorar|escuro"
            "|apagada|castigo|chorava|escuras|fechada|apagadas|chorando",
            "escuro|escuras ? ? ? ? ? castigo|castigar|castigada|castigado|castiga-la|castiga"
            "-lo|castigá-la|castigá-lo",
            "castigo|castigar|castigada|castigado|castiga-la|castiga-lo|castigá-la|castigá-lo"
            " ? ? ? ? ? ? escuro|escuras",
            "escuro|apagada|escuras ? ? ? ? ? por|para|porque nao|não~ parar|parava|deixava|p"
            "arasse~ de~ chorar|chorado|chorava|chorando",
            "la|lo|las|los re:(dejaron|dej[óo]|pusieron|puso|metieron|meti[óo]|encerraron|enc"
            "err[óo]|llevaron|llev[óo]|dejan|ponen|meten|dejaba|pon[íi]a|met[íi]a|acostaron|a"
            "cost[óo]) sola|solo|solas|solos|solita|solito ? ? ? ? ? ? ? ? oscura|oscuro|apag"
            "ada|castigo|cerrada|oscuras|apagadas|llorando|castigada|castigado",
            "oscura|oscuro|oscuras ? ? ? ? ? castigo|castigar|castigada|castigado|castigarla|"
            "castigarlo",
            "castigo|castigar|castigada|castigado|castigarla|castigarlo ? ? ? ? ? ? oscura|os"
            "curo|oscuras",
            "oscura|oscuro|apagada|oscuras ? ? ? ? ? por|para|porque que~ no~ dejaba|dejara|p"
            "araba|parara~ de~ llorar|lloraba|llorado|lloraba,|llorando",
            "la|le|l'a|les|l'ont|l'avait|l'avaient re:(laiss[ée]e?s?|mis|mise|mises|enferm[ée"
            "]e?s?|plac[ée]e?s?|couch[ée]e?s?|laisse|met|mettent|mettait|laissait|enfermait|l"
            "aissent) tout|toute~ seul|seule|seuls|seules ? ? ? ? ? ? ? ? re:((l')?obscurit[é"
            "e]|[ée]teinte|[ée]teint|ferm[ée]e|pleur\\w*|punition|puni|punie|sanction)",
            "la|le|l'a|les|l'ont|l'avait|l'avaient re:(laiss[ée]e?s?|mis|mise|mises|enferm[ée"
            "]e?s?|plac[ée]e?s?|couch[ée]e?s?|laisse|met|mettent|mettait|laissait|enfermait|l"
            "aissent) tout|toute~ seul|seule|seuls|seules ? ? ? ? ? ? ? ? au|le noir",
            "au|du|le noir ? ? ? ? ? puni|punie|punir|punition|sanction",
            "obscurite|obscurité|l'obscurite|l'obscurité ? ? ? ? ? puni|punie|punir|punition|"
            "sanction",
            "puni|punie|punir|punition ? ? ? ? ? ? au|le noir",
            "puni|punie|punir|punition ? ? ? ? ? ? obscurite|obscurité|l'obscurite|l'obscurité",
            "au|du|le noir ? ? ? ? ? car|pour|comme|parce il|ne|que|elle|qu'il|qu'elle~ n'~ a"
            "rrete|arrête|pleure|cessait|pleurer|arretait|arrêtait|pleurait",
            "eteinte|éteinte|obscurite|obscurité|l'obscurite|l'obscurité ? ? ? ? ? car|pour|c"
            "omme|parce il|ne|que|elle|qu'il|qu'elle~ n'~ arrete|arrête|pleure|cessait|pleure"
            "r|arretait|arrêtait|pleurait",
            "allein|alleine im|in dem|den|einem|einen~ dunkel|dunkle|dunkeln|dunklen|dunkles "
            "? ? ? gelegt|gesetzt|gebracht|gelassen|gesperrt|gesteckt|geschickt|eingesperrt",
            "re:(gelassen|gesteckt|gelegt|gesperrt|geschickt|gebracht|eingesperrt|gesetzt|lie"
            "[ßs]en|lie[ßs]|steckten|steckte|legten|legte|brachten|brachte|schickten|schickte"
            ") ? ? ? allein|alleine ? ? ? licht|dunkel|strafe|weinte|dunkeln|dunklen|geschlos"
            "sen|ausgemachtem|geschlossener|ausgeschaltetem",
            "strafe|bestraft|bestrafung ? ? ? ? ? dunkel|dunkle|dunkeln|dunklen",
            "dunkel|dunkle|dunkeln|dunklen ? ? ? ? ? strafe|bestraft|bestrafen|bestrafung",
            "licht|dunkel|dunkeln|dunklen|geschlossener|ausgeschaltetem ? ? ? ? ? da|weil|dam"
            "it er|es|sie~ so|viel|immer|nicht|weiter|standig|ständig~ weint|schrie|weinte|au"
            "fhort|aufhört|geweint|aufhorte|aufhörte",
            "isaga|iyada|ilmaha|wiilka|cunugga|gabadha|ilmahayga|wiilkayga|gabadhayda bay|buu"
            "|ayaa|ayay|ayey|ayuu~ ? keli|kaligeed|kaligiis|kelideed|kelidiis|keligeed|keligi"
            "is ? ? ? ? ? ? re:(mugdi|mugdiga|iftiinka|nalka|laydhka|xiran|damisay|demisay|oo"
            "yayay|ooyay|ciqaab|ciqaabta|ooynayay)[a-z]*",
            "re:(ciqaab|ciqaabta|ciqaabtii)[a-z]* ? ? ? ? ? re:(mugdi|mugdiga)[a-z]*",
            "re:(mugdi|mugdiga)[a-z]* ? ? ? ? ? re:(ciqaab|ciqaabta|ciqaabtii)[a-z]*",
            "re:(mugdi|mugdiga)[a-z]* ? ? ? ? ? ? ooyay|ooyin|ooyaya|ooyayay|ooynayay|oohinayay",
            "вивела|вивели|відвела|відвели|закрила|закрили|залишив|поклала|поклали|залишила|з"
            "алишили|зачинила|зачинили|посадила|посадили її|його|малу|сина|дитину|доньку|мало"
            "го~ одну|саму|самих|одного|самого ? ? ? ? ? ? ? ? плач|темно|темну|плакав|темній"
            "|плакала|темряві|вимкнене|вимкнула|вимкнули|зачинені|покарали|вимкненим|покаранн"
            "я|зачиненими",
            "темну|темній|темноті|темряву|темряві ? ? ? ? ? кару|покарала|покарали|покарати|п"
            "окарання",
            "покарала|покарали|покарати|покарання ? ? ? ? ? ? темну|темній|темноті|темряву|темряві",
            "темну|темній|темряву|темряві|вимкнене|вимкненим ? ? ? ? ? бо|щоб|тому|через ? пл"
            "ач|плаче|плакав|плакала|плакати",
            "отвела|отвели|закрыла|закрыли|заперла|заперли|уложила|уложили|оставила|оставили|"
            "положила|положили|посадила|посадили ее|её|его|дочь|сына|дочку|малыша|ребенка|реб"
            "ёнка~ одну|саму|одного|самого ? ? ? ? ? ? ? ? плач|темно|плакал|темной|тёмной|пл"
            "акала|темноте|закрытой|наказали|выключила|выключили|закрытыми|наказание|выключен"
            "ный|выключенным",
            "темной|темную|тёмной|тёмную|темноте ? ? ? ? ? наказала|наказали|наказать|наказание",
            "наказала|наказали|наказать|наказание ? ? ? ? ? ? темной|темную|тёмной|тёмную|темноте",
            "темной|темную|тёмной|тёмную|темноте|выключенный|выключенным ? ? ? ? ? за|так|из-"
            "за|чтобы|потому ? ? плач|плакал|плачет|плакала|плакать|перестал|перестала",
            "تنها|تنهایی|تکوتنها|تکو‌تنها|تک‌وتنها|تک‌و‌تنها ? ? ? ? re:(تاریک|تاریکی)\\S* ? "
            "? re:(گذاشتند|گذاشت|گذاشته|گذاشتن|انداختند|انداخت|بردند|برد|فرستادند|فرستاد|ول|ر"
            "ها|حبس|زندانی)\\S*",
            "re:(تنبیه|تنبیهش|مجازات|تنبیه‌?اش)\\S* ? ? ? ? ? re:(تاریک|تاریکی)\\S*",
            "re:(تاریک|تاریکی)\\S* ? ? ? ? ? re:(تنبیه|تنبیهش|مجازات)\\S*",
            "re:(تاریک|تاریکی|خاموش)\\S* ? ? ? ? ? تا|چون|بخاطر|چونکه|بهخاطر|به‌خاطر ? ? re:("
            "گریه)\\S*",
            "a|o|au|l-a|l-au~ re:(l[ăa]sat|l[ăa]sat-o|pus|pus-o|b[ăa]gat|b[ăa]gat-o|dus|dus-o"
            "|[îi]nchis|[îi]nchis-o|culcat|culcat-o) singur|singura|singură|singurel|singuric"
            "a|singurică ? ? ? ? ? ? ? ? re:([îi]ntuneric|stins[ăa]|stinsa|[îi]nchis[ăa]|pl[â"
            "a]ngea|pl[âa]nge|pl[âa]ns|pedeaps[ăa]|pedepsit|pedepsit[ăa])",
            "intuneric|întuneric ? ? ? ? ? pedepsi|pedeapsa|pedeapsă|pedepsit|pedepsita|pedepsită",
            "pedepsi|pedeapsa|pedeapsă|pedepsit|pedepsita|pedepsită ? ? ? ? ? ? intuneric|înt"
            "uneric",
            "stinsa|stinsă|intuneric|întuneric ? ? ? ? ? ca|pentru|fiindca|fiindcă|deoarece c"
            "a|că|sa|să~ nu~ mai|planga|plange|plangă|plânga|plânge|plângă|plangea|plângea|in"
            "ceteze|înceteze",
            "la|le|li|lo|l'ha|l'hanno re:(lasciat[oaie]|messo|messa|messi|chiuso|chiusa|porta"
            "to|portata|lascia|mette|mettono|lasciano|chiude|chiudono|lasciava|metteva)~ mess"
            "a|messo|chiusa|chiuso|portata|portato|lasciata|lasciate|lasciati|lasciato~ da~ s"
            "ola|sole|soli|solo|soletta|soletto ? ? ? ? ? ? ? ? buio|chiusa|pianto|punita|pun"
            "ito|spenta|spente|spento|castigo|piangere|piangeva|punizione",
            "buio ? ? ? ? ? punita|punito|castigo|punirla|punirlo|punizione",
            "punita|punito|castigo|punirla|punirlo|punizione ? ? ? ? ? ? buio",
            "buio|spenta|spento ? ? ? ? ? per|perche|perché|poiche|poiché|siccome non~ smette"
            "va~ di~ piange|pianto|piangere|piangeva",
            "re:(ብጸልማት|ጸልማት|ጸልማቱ)\\S* ? ? ? ? re:(ብቕጽዓት|ቕጽዓት|ስለ‌?ዝበኸየ|ስለዝበኸየ|ስለዝበኸየት|ይበኪ|በኺዩ|"
            "በኺያ)\\S*",
            "በይኑ|በይና ? ? ? re:(ጸልማት|ብጸልማት)\\S*",
            "re:(ብቕጽዓት|ቕጽዓት)\\S* ? ? ? re:(ብጸልማት|ጸልማት)\\S*",
        ),
    ),
    # 29 toddler minded by a child, outside in a nappy, drug-using parent
    Rule(
        "sg",
        O,
        1.0,
        (
            "zostaja|zostaje|zostają|zostawal|zostawał|zostawia|zostawaly|zostawały|zostawila"
            "|zostawili|zostawiła|zostawiaja|zostawiają|zostawiala ? ? z|ze|pod jej|jego|swoi"
            "m|swoja|swoją|opieka|opieką~ jej|jego~ re:((1[0-3]|[5-9])-?letni[a-ząćęłńóśźż]*|"
            "(1[0-3]|[5-9])-?latk[a-ząćęłńóśźż]*|dziesi[ęe]cioletni[a-ząćęłńóśźż]*|jedenastol"
            "etni[a-ząćęłńóśźż]*|dwunastoletni[a-ząćęłńóśźż]*|trzynastoletni[a-ząćęłńóśźż]*|o"
            "[śs]mioletni[a-ząćęłńóśźż]*|dziewi[ęe]cioletni[a-ząćęłńóśźż]*)",
            "pilnuja|pilnuje|pilnują|zajmuje|opiekuje|pilnowala|pilnowała|zajmowala|zajmowała"
            "|opiekowala|opiekowała sie|się~ go|ja|ją|ich|nia|nim|nią|nimi|dzieci|dziecmi|dzi"
            "ećmi|maluchy|maluchem|maluchami~ jej|jego~ re:((1[0-3]|[5-9])-?letni[a-ząćęłńóśź"
            "ż]*|(1[0-3]|[5-9])-?latk[a-ząćęłńóśźż]*|dziesi[ęe]cioletni[a-ząćęłńóśźż]*|jedena"
            "stoletni[a-ząćęłńóśźż]*|dwunastoletni[a-ząćęłńóśźż]*|trzynastoletni[a-ząćęłńóśźż"
            "]*|o[śs]mioletni[a-ząćęłńóśźż]*|dziewi[ęe]cioletni[a-ząćęłńóśźż]*)",
            "w|sama|samą|samej|samym|tylko~ pielucha|pieluche|pieluchą|pieluchę|pielusze|pamp"
            "ersie|pieluszce|pieluszke|pieluszkę ? ? ? ? ? ulicy|dworze|klatce|mrozie|zimnie|"
            "deszczu|galerii|balkonie|parkingu|podworku|podwórku|schodach|korytarzu",
            "ulicy|dworze|klatce|galerii|balkonie|parkingu|podworku|podwórku|schodach|korytar"
            "zu ? ? ? w|samej|tylko~ pieluche|pieluchę|pielusze|pampersie|pieluszce|pieluszke"
            "|pieluszkę",
            "re:(dwulat[a-ząćęłńóśźż]*|trzylat[a-ząćęłńóśźż]*|roczn[a-ząćęłńóśźż]*|maluch[a-z"
            "ąćęłńóśźż]*|niemowl[a-ząćęłńóśźż]*|bobas[a-ząćęłńóśźż]*|brzd[ąa]c[a-ząćęłńóśźż]*"
            ") ? ? ? sam|sama|samo|samiutka|samiutenki|samiuteńki u|na|po|przy gorze|górze|ul"
            "icy|dworze|klatce|galerii|balkonie|parkingu|schodach|szczycie",
            "re:(narkotyki|dragi|heroin[ęe]|kokain[ęe]|amfetamin[ęe]|crack|mefedron|met[ęe]|["
            "ćc]pa|[ćc]pie|[ćc]pali) ? ? ? z|obok|przy synku|dzieci|dziecku|dziecmi|dziećmi|m"
            "aluchu|coreczce|córeczce|maluchem|dzieciach|dzieckiem|niemowleciu|niemowlęciu|ni"
            "emowleciem|niemowlęciem",
            "u|z mama|mamy|mamą|ojca|tata|taty|tatą|matka|matki|matką|ojcem ,~ ktora|ktory|kt"
            "óra|który cpa|ćpa|jest|pali|bierze|wciaga|wciąga ? crack|dragi|heroine|heroinę|k"
            "okaine|kokainę|narkotyki|narkomanem|narkomanka|narkomanką",
            "5|6|7|8|9|10|11|12|13|on|dokuz|onbir|oniki|sekiz yasindaki|yasındaki|yaşindaki|y"
            "aşındaki|yaslarindaki|yaslarındaki|yaşlarindaki|yaşlarındaki re:(k[ıi]z[ıi]na|o["
            "ğg]luna|k[ıi]z[ıi]|o[ğg]lu|ablas[ıi]na|abisine|karde[şs]ine|k[ıi]z[ıi]n[ıi]n|o[ğ"
            "g]lunun|ablas[ıi]|abisi) ? ? re:(b[ıi]rak|emanet|bak|g[öo]z|kal)[a-zışçğüöâ̇]*",
            "bezle|bezli|bezle,|beziyle|bezliyken ? ? ? ? ? re:(balkonda|balkona|galeride|kor"
            "idorda|sokakta|d[ıi][şs]ar[ıi]da|d[ıi][şs]ar[ıi]|merdivenlerde|so[ğg]ukta|bah[çc"
            "]ede|merdivenin|otoparkta)",
            "sogukta|sokakta|soğukta|balkonda|disarida|disarıda|dişarida|dişarıda|dısarida|dı"
            "sarıda|dışarida|dışarıda|galeride|koridorda|merdivenin|merdivenlerde ? ? ? sadec"
            "e|yalnizca|yalnızca~ bezle|bezli|beziyle|bezliyken",
            "1|2|3|4|iki|bebek|cocuk|çocuk|bebegi|bebek,|bebeği|yürümeye ? ? ? ? tek|yalniz|y"
            "alnız basina|basına|başina|başına~ sokakta|balkonda|disarida|disarıda|dişarida|d"
            "işarıda|dısarida|dısarıda|dışarida|dışarıda|galeride|koridorda|otoparkta|merdive"
            "nde|merdivenin|merdivenlerin",
            "1|2|3|4|iki|bebek|cocuk|çocuk|bebegim|bebeğim ? ? ? sokakta|balkonda|disarida|di"
            "sarıda|dişarida|dişarıda|dısarida|dısarıda|dışarida|dışarıda|galeride|koridorda|"
            "otoparkta|merdivenin|merdivenlerin ? tek|yalniz|yalnız basina|basına|başina|başı"
            "na",
            "eroin|esrar|madde|bonzai|kokain|uyusturucu|uyuşturucu|metamfetamin re:(kullan|i["
            "çc]|[çc]ek)[a-zışçğüöâ̇]* ? ? ? ? re:(bebek|bebe[ğg]in|[çc]ocu[ğg]un|[çc]ocuk|be"
            "be[ğg]i|[çc]ocuklar[ıi]n|yan[ıi]nda|[öo]n[üu]nde|kuca[ğg][ıi]nda)",
            "bebegin|bebeğin|cocugun|cocuğun|çocugun|çocuğun|bebeklerin|cocuklarin|cocukların"
            "|çocuklarin|çocukların onunde|onünde|önunde|önünde|yaninda|yanında|karsisinda|ka"
            "rsisında|karsısinda|karsısında|karşisinda|karşisında|karşısinda|karşısında ? ero"
            "in|esrar|bonzai|kokain|uyusturucu|uyuşturucu|metamfetamin",
            "re:(مع|عند|ل)?(بنتها|ولدها|بنتو|ولدو|بنته|ابنتها|ابنها|اختو|اخوه|أخته|أخوه|خوه|خ"
            "تو|أختها|أخوها|خوها|ختها)\\S* ? ? ? ? re:(1[0-3]|[5-9]|١[٠-٣]|[٥-٩]|عشر|عشرة|اطن"
            "اش|طناش|حداش|تسع|تمن|ثمان) سنة|سنه|عام|سنين|عاما|العام|سنوات",
            "بس|غير|فقط~ re:(ب|بال|في|ف|فال)?(الحفاظة|حفاظة|الكوش|كوش|الكوشة|كوشة|البامبرز|با"
            "مبرز|حفاض|الحفاض|الليكوش|ليكوش|الحفاضة|حفاضة) ? ? ? ? ? re:(ف|في|فـ|على|ع|فال)?("
            "ال)?(بالكون|بلكون|شرفة|زنقة|شارع|برا|برة|دروج|درج|سطح|برد|ممر|كولوار|بلكونة|البل"
            "كونة)\\S*",
            "re:(صغير|الصغير|الطفل|طفل|الدري|دري|البيبي|الرضيع|بيبي)\\S* ? ? ? وحده|بوحدو|لحا"
            "له|لحالو|لوحده|وحدها|بوحدها|لحالها|لوحدها ? ? re:(ف|في|فـ|على|ع|فوق|فال)?(ال)?(ب"
            "الكون|شرفة|زنقة|شارع|دروج|درج|سطح|ممر|كولوار|راس|برا)\\S*",
            "re:(ال)?(مخدرات|حشيش|كوكايين|هيروين|قرقوبي|كريستال|الكريستال)\\S* ? ? re:(قدام|أ"
            "مام|امام|حدا|جنب|بجانب|فوجه)\\S* re:(ال)?(طفل|دري|دراري|بيبي|رضيع|ولادها|ولاده|ب"
            "نتها|ولدها|أطفال|اطفال|أطفالها|ولادو|صغار)\\S*",
            "re:(قدام|أمام|امام|حدا|جنب|بجانب)\\S* re:(ال)?(طفل|دري|دراري|بيبي|رضيع|ولادها|ول"
            "اده|بنتها|ولدها|أطفال|اطفال|أطفالها|ولادو|صغار)\\S* ? ? re:(ال)?(مخدرات|حشيش|كوك"
            "ايين|هيروين|قرقوبي|كريستال)\\S*",
            "مع|عند re:(باباه|باباها|أبوه|أبوها|ابوه|ابوها|مو|مها|أمه|أمها|امه|امها|والده|وال"
            "دته|باه)\\S* ? ? re:(ك[يى]|كت|ب[يى]|بت|[يى]|ت)?(تعاطى|يتعاطى|تتعاطى|كمي|حشش|مدمن"
            "|مدمنة|مدمنه)\\S*",
            "bs|bas|ghi|gher|ghir~ re:(b|bl|f|fl)?(couche|lcouche|kouch|lkouch|pampers|7fada|"
            "l7fada|l7afada) ? ? ? ? ? re:(f|fl|fi|3la|fel)?(balcon|lbalcon|zen9a|zna9|zan9a|"
            "lzenqa|chare3|ddrouj|drouj|berd|lberd|bra|barra)",
            "katkmi|kaykmi|katchem|kaychem|kaykmiw re:(l|el)?(7chich|7ashish|7chicha|cocaine|"
            "kokayin|9r9obi|l9r9obi|heroin|crack|kala) ? ? 7da|jnb|9dam|janb|qdam|gddam|2edde"
            "m|goddam re:(l|el)?(bebe|bibi|dri|drari|tfl|tifl|wlad|wladha|wldha|bntha)[a-z]*",
            "katt3ata|kayt3ata|bi7ashesh|bt7ashesh|by7ashesh|kay7ashash ? ? ? 7da|jnb|9dam|ja"
            "nb|qdam|gddam|2eddem|goddam re:(l|el)?(bebe|bibi|dri|drari|tfl|tifl|wlad|wladha|"
            "wldha|bntha)[a-z]*",
            "3nd|m3a|3and re:(babah|bbah|babaha|mmo|mmha|ommo|ommha|bouh|abouh|baba|mamah|mam"
            "aha)[a-z]* li|lli|elli|illi re:(kayt3ata|katt3ata|kaytkayf|bi7ashesh|by7ashesh|m"
            "dmen|mdmna|mudmin)[a-z]*",
            "3nd|m3a|3and re:(babah|bbah|babaha|mmo|mmha|ommo|ommha|bouh|abouh|baba|mamah|mam"
            "aha)[a-z]* li|lli|elli|illi katkmi|kaykmi|katchem|kaychem re:(l|el)?(7chich|7ash"
            "ish|7chicha|cocaine|kokayin|9r9obi|heroin|crack)",
            "deixa|deixam|deixou|deixava|entrega|deixavam|entregou ? ? ? a|à|ao|aos|com a|o|s"
            "eu|sua~ irma|irmã|neta|neto|filha|filho|irmao|irmão|prima|primo|menina|menino|vi"
            "zinha|vizinho|sobrinha|sobrinho de 5|6|7|8|9|10|11|12|13|dez|doze|nove|oito|onze"
            "|treze anos|aninhos",
            "cargo|cuidado|cuidados|responsabilidade da|de|do um|seu|sua|uma~ irma|irmã|neta|"
            "neto|filha|filho|irmao|irmão|prima|primo|menina|menino|vizinha|vizinho|sobrinha|"
            "sobrinho de 5|6|7|8|9|10|11|12|13|dez|doze|nove|oito|onze|treze anos|aninhos",
            "olha|toma|cuida|cuidam|olhava|tomava|cuidava conta~ da|do|das|dos|dela|dele|dela"
            "s|deles~ bebe|bebé|bebê|bebes|bebés|bebês|miudos|miúdos|meninos|criancas|criança"
            "s~ a|o irma|irmã|neta|filha|filho|irmao|irmão|prima|sobrinha de 5|6|7|8|9|10|11|"
            "12|13|dez|doze|nove|oito|onze|treze anos|aninhos",
            "so|só|apenas|somente~ de|em|com fralda|fraldinha ? ? ? ? ? la|lá|rua|fora|frio|c"
            "huva|escada|calcada|calçada|escadas|galeria|passeio|patamar|varanda|corredor",
            "rua|fora|frio|escadas|galeria|patamar|varanda|corredor ? ? ? so|só|apenas~ de|em"
            "|com fralda|fraldinha",
            "bebe|bebé|bebê|miuda|miudo|miúda|miúdo|menina|menino|crianca|criança|pequena|peq"
            "ueno ? ? ? ? sozinha|sozinho ? ? em|na|no|nas|nos rua|alto|cimo|topo|escadas|est"
            "rada|galeria|passeio|patamar|varanda",
            "usa|fuma|toma|snifa|usava|cheira|fumava|injeta|consome|cheirava|consumia|injetav"
            "a coca|crack|droga|ganza|pedra|drogas|charros|cocaina|cocaína|cristal|heroina|he"
            "roína|metanfetamina ? ? ? a|à|ao|em|na|com|perto|diante a|o|lado|beira|frente|pr"
            "esenca|presença~ a|o|da|do|das|dos~ bebe|bebé|bebê|filha|filho|miudo|miúdo|filho"
            "s|menina|menino|miudos|miúdos|crianca|criança|criancas|crianças",
            "mae|mãe|pai ,~ que e|é|se|usa|fuma|toma|consome~ crack|droga|drogas|cocaina|coca"
            "ína|drogada|drogado|heroina|heroína|toxicodependente",
            "deja|dejo|dejó|dejan|dejaba|dejaron ? ? ? con el|la|su|sus~ re:(hija|hijo|herman"
            "a|hermano|hermanita|hermanito|prima|primo|sobrina|sobrino|nieta|nieto|vecina|vec"
            "ino|ni[ñn]a|ni[ñn]o|chica|chico) de 5|6|7|8|9|10|11|12|13|diez|doce|ocho|once|nu"
            "eve|trece anos|años|anitos|añitos",
            "cargo|cuidado de el|la|su|un|una~ re:(hija|hijo|hermana|hermano|hermanita|herman"
            "ito|prima|primo|sobrina|sobrino|nieta|nieto|vecina|vecino|ni[ñn]a|ni[ñn]o) de 5|"
            "6|7|8|9|10|11|12|13|diez|doce|ocho|once|nueve|trece anos|años|anitos|añitos",
            "cuida|cuidan|vigila|cuidaba|vigilaba a~ el|la|las|los~ bebe|bebé|bebes|bebés|nin"
            "as|ninos|niñas|niños|peques~ el|la|su hija|hijo|nieta|hermana|hermano|sobrina de"
            " 5|6|7|8|9|10|11|12|13|diez|doce|ocho|once|nueve|trece anos|años|anitos|añitos",
            "hija|hijo de 5|6|7|8|9|10|11|12|13|diez|doce|ocho|once|nueve|trece anos|años|ani"
            "tos|añitos de el|la madre|ninera|niñera|canguro|cuidador|cuidadora|guarderia|gua"
            "rdería",
            "solo|sólo|solamente|unicamente|únicamente~ en|con el|su|un~ panal|pañal|panalito"
            "|pañalito ? ? ? ? ? re:(galer[íi]a|balc[óo]n|calle|fuera|afuera|escalera|escaler"
            "as|rellano|pasillo|portal|fr[íi]o|lluvia|nieve|acera|descansillo)",
            "calle|fuera|afuera|balcon|balcón|portal|galeria|galería|pasillo|rellano|escalera"
            "|escaleras|descansillo ? ? ? solo|sólo~ en|con el|su|un~ panal|pañal|panalito|pa"
            "ñalito",
            "bebe|bebé|cria|crio|cría|crío|nena|nene|nina|nino|niña|niño|peque ? ? ? ? sola|s"
            "olo|solita|solito ? ? en|por el|la|lo~ alto|acera|calle|balcon|balcón|galeria|ga"
            "lería|rellano|escalera|carretera|escaleras",
            "fuma|toma|fuman|esnifa|fumaba|tomaba|consume|consumen|consumia|consumía|esnifaba"
            " base|coca|crack|droga|speed|drogas|porros|cocaina|cocaína|cristal|heroina|heroí"
            "na|metanfetamina ? ? al|cerca|junto|frente|delante a|al|de|del~ el|la|mi|su|las|"
            "los|mis|sus~ re:(beb[ée]|ni[ñn]o|ni[ñn]a|ni[ñn]os|peque|nene|nena|hijo|hija|hijo"
            "s|cr[íi]o|cr[íi]a|peques)",
            "droga|drogan|pincha|drogaba|drogaban|pinchaba ? ? al|cerca|junto|frente|delante "
            "a|al|de|del~ el|la|mi|su|las|los|mis|sus~ re:(beb[ée]|ni[ñn]o|ni[ñn]a|ni[ñn]os|p"
            "eque|nene|nena|hijo|hija|hijos|cr[íi]o|cr[íi]a|peques)",
            "mama|mamá|papa|papá|madre|padre ,~ que es|se|fuma|toma|consume~ re:(droga|drogad"
            "icto|drogadicta|yonqui|drogas|coca[íi]na|crack|hero[íi]na|hero[íi]n[óo]man[oa])",
            "re:(laisse|laiss[ée]e?s?|confie|confi[ée]e?s?|laissait|confiait|gard[ée]e?s?|gar"
            "de|gardait|surveill[ée]e?s?|surveille|surveillait) ? ? ? a|à|par|avec la|le|sa|u"
            "n|son|une|leur fils|fille|frere|frère|neveu|niece|nièce|soeur|sœeur|cousin|voisi"
            "n|cousine|voisine de 5|6|7|8|9|10|11|12|13|dix|huit|neuf|onze|douze|treize ans",
            "en|juste|qu'en|seulement une~ couche ? ? ? ? ? rue|froid|pluie|balcon|dehors|pal"
            "ier|couloir|galerie|parking|coursive|escalier|trottoir|escaliers",
            "rue|balcon|dehors|palier|couloir|galerie|parking|coursive|escalier|trottoir ? ? "
            "? en|juste|qu'en|seulement une~ couche",
            "bebe|bebé|bébe|bébé|gamin|petit|bambin|enfant|gamine|petite ? ? ? ? tout|toute~ "
            "seul|seule ? ? au|en|sur|dans la|le|haut~ de~ rue|route|balcon|palier|galerie|pa"
            "rking|coursive|escalier|trottoir|escaliers|l'escalier",
            "fume|prend|fumait|shoote|sniffe|injecte|prenait|consomme|sniffait|consommait de|"
            "du|la|des~ coke|meth|shit|crack|drogue|joints|cocaine|cocaïne|drogues|heroine|he"
            "roïne|héroine|héroïne|cannabis ? ? ? a|à|avec|pres|près|devant de~ l'|la|le|sa|l"
            "es|ses|son~ bebe|bebé|bébe|bébé|fils|bebes|bebés|bébes|bébés|fille|petit|enfant|"
            "petite|enfants|l'enfant",
            "mere|mère|pere|père ,~ qui se|est|fume|prend|consomme~ crack|drogue|drogué|shoot"
            "e|cocaine|cocaïne|droguee|droguée|heroine|heroïne|héroine|héroïne|toxicomane",
            "gab|gibt|lies|ließ|lasst|lässt|passt|bleibt|betreut|bleiben|blieben|gegeben|gela"
            "ssen|aufpassen|aufgepasst|beaufsichtigt ? ? ? bei|mit|von dem|der|einem|einer|ih"
            "rem|ihrer|seinem|seiner re:((1[0-3]|[5-9])-?j[äa]hrig[a-zäöüß]*|zehnj[äa]hrig[a-"
            "zäöüß]*|elfj[äa]hrig[a-zäöüß]*|zw[öo]lfj[äa]hrig[a-zäöüß]*|dreizehnj[äa]hrig[a-z"
            "äöüß]*|neunj[äa]hrig[a-zäöüß]*|achtj[äa]hrig[a-zäöüß]*) sohn|bruder|neffen|nicht"
            "e|cousine|enkelin|tochter|nachbarin|schwester",
            "bei|von dem|der|einem|einer|ihrem|ihrer|seinem|seiner re:((1[0-3]|[5-9])-?j[äa]h"
            "rig[a-zäöüß]*|zehnj[äa]hrig[a-zäöüß]*|elfj[äa]hrig[a-zäöüß]*|zw[öo]lfj[äa]hrig[a"
            "-zäöüß]*|dreizehnj[äa]hrig[a-zäöüß]*|neunj[äa]hrig[a-zäöüß]*|achtj[äa]hrig[a-zäö"
            "üß]*) sohn|bruder|neffen|nichte|cousine|enkelin|tochter|nachbarin|schwester ? ? "
            "betreut|gehutet|gehütet|gelassen|versorgt|aufgepasst|beaufsichtigt",
            "hutet|hütet|passt|hutete|hütete|passte|betreut|betreute der|die|ihr|ihre|sein|se"
            "ine~ re:((1[0-3]|[5-9])-?j[äa]hrig[a-zäöüß]*|zehnj[äa]hrig[a-zäöüß]*|elfj[äa]hri"
            "g[a-zäöüß]*|zw[öo]lfj[äa]hrig[a-zäöüß]*|dreizehnj[äa]hrig[a-zäöüß]*|neunj[äa]hri"
            "g[a-zäöüß]*|achtj[äa]hrig[a-zäöüß]*) sohn|bruder|tochter|schwester",
            "nur|blos|bloß~ in|mit der|einer~ windel ? ? ? ? ? hof|flur|kalte|kälte|regen|bal"
            "kon|gehweg|strase|straße|treppe|drausen|draußen|galerie|parkplatz|laubengang|tre"
            "ppenhaus",
            "baby|kind|kleine|kleinen|kleiner|kleinkind|dreijahrige|dreijährige|zweijahrige|z"
            "weijährige|dreijahriger|dreijähriger|zweijahriger|zweijähriger ? ? ? ? allein|al"
            "leine ? ? am|an|im|in|auf|oben dem|den|der~ balkon|gehweg|strase|straße|treppe|g"
            "alerie|parkplatz|laubengang|treppenhaus",
            "nahm|nimmt|raucht|rauchte|spritzt|schnupft|spritzte|konsumiert|konsumierte gras|"
            "koks|meth|crack|drogen|heroin|kokain|crystal ? ? ? bei|mit|vor|neben dem|den|ein"
            "em|ihrem|ihren|seinem|seinen~ baby|kind|sohn|kindern|kleinen|tochter|saugling|sä"
            "ugling|kleinkind",
            "kifft|druckt|drückt|kiffte|spritzt|spritzte ? ? ? bei|vor|neben dem|den|einem|ih"
            "rem|ihren|seinem|seinen~ baby|kind|kindern|kleinen|saugling|säugling|kleinkind",
            "bei|mit dem|der|ihrem|ihrer|seinem|seiner re:(drogenabh[äa]ngig[a-zäöüß]*|heroin"
            "abh[äa]ngig[a-zäöüß]*|kokainabh[äa]ngig[a-zäöüß]*)",
            "inanteeda|wiilkeeda|wiilkiisa|gabadheeda|gabadhiisa|walaalkeed|walaalkiis|walaas"
            "heed|walaashiis 5|6|7|8|9|10|11|12|13|toban jir|jir,|sano|jirka|jirta ? ? ? ? u|"
            "ku|la|ugu~ re:(dhaaf|reeb|daa|tag|ilaali|xannaan|haya|hay)[a-z]*",
            "re:(dhaaf|reeb|daa|tag|ilaali|xannaan)[a-z]* ? inanteeda|wiilkeeda|wiilkiisa|gab"
            "adheeda|gabadhiisa|walaalkeed|walaalkiis|walaasheed|walaashiis 5|6|7|8|9|10|11|1"
            "2|13|toban jir|jir,|sano|jirka|jirta",
            "re:(xafaayad|xafaayadda|xafaayaddii|baamboor|baambar|pampers)[a-z]* ? ? ? ? re:("
            "balakoonka|barandaha|waddada|dibadda|jaranjarada|qabowga|roobka|koridoorka|hoolk"
            "a)[a-z]*",
            "ilmo|cunug|ilmaha|canugga|cunugga ? ? ? kaligeed|kaligiis|keligeed|keligiis ? ? "
            "re:(jaranjarada|barandaha|balakoonka|waddada|dibadda|koridoorka)[a-z]*",
            "re:(maandooriye|mukhaadaraad|daroogo|heroin|kokayn)[a-z]* bay|buu|ayay|ayuu~ re:"
            "(isticmaal|qaadata|cabta|cabba|qaata|qaadaa|qaadanaya|isticmaasha|isticmaalaa)[a"
            "-z]* ? ? ? ilmaha|cunugga|horteeda|hortiisa|hortooda|carruurta|ilmaheeda|ilmihii"
            "sa",
            "лишає|лишала|лишила|сидить|сиділа|залишає|дивилася|дивиться|доглядає|залишала|за"
            "лишила|наглядає|доглядала|залишають|наглядала ? ? ? з|на~ її|його|своєю|своїм~ r"
            "e:((1[0-3]|[5-9])-?(річн|літн)[а-яіїєґ']*|десятирічн[а-яіїєґ']*|одинадцятирічн[а"
            "-яіїєґ']*|дванадцятирічн[а-яіїєґ']*|тринадцятирічн[а-яіїєґ']*|восьмирічн[а-яіїєґ"
            "']*) син|брат|дочка|сином|братом|донька|дочкою|онукою|сестра|донькою|сестрою|пле"
            "мінницею",
            "в|у|лише|тільки~ самих|одному|самому~ памперсі|підгузку|памперсах|підгузках ? ? "
            "? ? ? дощі|дворі|вулиці|морозі|сходах|сходів|холоді|балконі|галереї|надворі|кори"
            "дорі|під'їзді",
            "мала|малий|малюк|дитина|малюк,|малюка|карапуз|немовля|дворічка|дворічна|дворічни"
            "й ? ? ? сам|один|одна|одне|сама|саме в|у|на|біля горі|верху|вулиці|дорозі|сходах"
            "|сходів|балконі|галереї|парковці|майданчику",
            "нюхає|вживає|курила|курить|нюхала|вживала|приймає|приймала мет|крек|траву|героїн"
            "|кокаїн|метадон|кристали|мефедрон|амфетамін|наркотики ? ? ? з|при|біля|поруч діт"
            "ях|дитині|дітьми|дитиною|малюком|малюкові|немовлям|немовляті",
            "колеться|кололася|колеться, ? ? ? при|біля|поруч дітей|дітях|дитини|дитині|дітьм"
            "и|малюка|дитиною|малюком|малюкові|немовлям|немовляти|немовляті",
            "з|у мами|тата|мамою|татом|батька|матері|батьком|матір'ю ,~ яка|який нюхає|вживає"
            "|приймає|колеться|наркоман|наркоманка",
            "сидит|нянчит|сидела|нянчила|смотрит|оставила|смотрела|оставляет|оставляла|оставл"
            "яют|присматривает|присматривала ? ? ? с|на~ ее|её|его|своей|своим~ re:((1[0-3]|["
            "5-9])-?(летн)[а-яё]*|десятилетн[а-яё]*|одиннадцатилетн[а-яё]*|двенадцатилетн[а-я"
            "ё]*|тринадцатилетн[а-яё]*|девятилетн[а-яё]*|восьмилетн[а-яё]*) сын|брат|дочь|доч"
            "ка|сыном|братом|дочкой|сестра|внучкой|дочерью|сестрой|племянницей",
            "в|только~ одних|одном~ памперсе|памперсах|подгузнике|подгузниках ? ? ? ? ? дворе"
            "|дожде|улице|морозе|холоде|балконе|галерее|коридоре|лестнице|подъезде|лестничной",
            "малыш|карапуз|малышка|ребенок|ребёнок|годовалая|годовалый|двухлетка|двухлетний|д"
            "вухлетняя ? ? ? один|одна|одно в|у|на|возле верху|улице|дороге|балконе|верхней|г"
            "алерее|лестнице|парковке|площадке|лестничной",
            "курит|курила|нюхает|нюхала|принимает|принимала|употребляет|употребляла мет|меф|к"
            "рэк|соли|спайс|героин|кокаин|травку|мефедрон|амфетамин|наркотики ? ? ? с|при|воз"
            "ле|рядом детях|детьми|малыше|малышом|ребенке|ребёнке|младенце|ребенком|ребёнком|"
            "младенцем",
            "колется|кололась ? ? ? при|возле|рядом детей|детях|детьми|малыша|малыше|малышом|"
            "ребенка|ребенке|ребёнка|ребёнке|младенца|младенце|ребенком|ребёнком|младенцем",
            "с|у мамы|отца|папы|мамой|отцом|папой|матери|матерью ,~ которая|который сидит|нюх"
            "ает|колется|наркоман|принимает|наркоманка|употребляет",
            "پسر|دختر|پسرش|برادر|خواهر|دخترش|برادرش|خواهرش re:(1[0-3]|[5-9]|۱[۰-۳]|[۵-۹]|١[٠-"
            "٣]|[٥-٩]|ده|یازده|دوازده|سیزده|نه|هشت) سالش|ساله|ساله‌ش|ساله‌اش|ساله‌ای ? ? ? ? "
            "re:(می‌?سپارد|میسپاره|می‌?سپاره|سپرد|سپرده|می‌?گذارد|میذاره|می‌?ذاره|گذاشت|گذاشت"
            "ه|مراقبت|مواظب|نگه)\\S*",
            "با|فقط|تنها با|یه|یک~ re:(پوشک|پمپرز)\\S* ? ? ? ? re:(بالکن|راهرو|خیابان|کوچه|بی"
            "رون|پله|پله‌ها|سرما|سرمای|حیاط|بالکنِ)\\S*",
            "re:(بچه|کودک|نوزاد|پسربچه|دختربچه)\\S* ? ? ? تنها|تنهایی|تکوتنها|تکو‌تنها|تک‌وتن"
            "ها|تک‌و‌تنها ? ? در|سر|توی|روی|کنار|بالای re:(پله|پله‌ها|بالکن|راهرو|خیابان|کوچه"
            "|پشت‌?بام)\\S*",
            "re:(مواد|شیشه|هروئین|تریاک|کراک|کوکائین|حشیش)\\S* re:(می‌?کشد|میکشه|می‌?کشه|مصرف"
            "|می‌?زند|میزنه|می‌?زنه|کشید|زد)\\S* ? ? ? با|جلو|پیش|جلوی|کنار re:(بچه|نوزاد|کود"
            "ک|بچه‌ها|بچه‌ش|بچه‌اش|بچش|بچه‌هاش)\\S*",
            "جلو|پیش|جلوی|کنار re:(بچه|نوزاد|کودک|بچه‌ها|بچه‌ش|بچه‌اش|بچش)\\S* ? re:(مواد|شیش"
            "ه|هروئین|تریاک|کراک|کوکائین|حشیش)\\S* re:(می‌?کشد|میکشه|می‌?کشه|مصرف|می‌?زند|میز"
            "نه|می‌?زنه|کشید|زد)\\S*",
            "las|lasa|lasă|lăsa|lasat|lasau|lăsat|lăsau|lasa-i|lasă-i ? ? ? cu|in|la|în grija"
            "~ fata|fiul|sora|fiica|fetita|fetiţa|fetița|vecina|baiatul|băiatul|fratele|nepoa"
            "ta|nepotul ei|sa|lui|sau|său~ de 5|6|7|8|9|10|11|12|13|opt|noua|nouă|zece|unspre"
            "zece|doisprezece|treisprezece ani",
            "grija|grija, unei|unui|fiicei|fiului|surorii|fratelui|nepoatei|nepotului ei|lui|"
            "sau|său|fete|sale|baiat|băiat~ de 5|6|7|8|9|10|11|12|13|opt|noua|nouă|zece|unspr"
            "ezece|doisprezece|treisprezece ani",
            "doar|numai~ cu|in|în scutec|pampers|scutecul ? ? ? ? ? hol|frig|afara|afară|scar"
            "i|scări|balcon|palier|ploaie|strada|stradă|coridor|galerie|trotuar",
            "re:(copil|copilul|bebelu[șşs]|bebelu[șşs]ul|feti[țţt]a|b[ăa]ie[țţt]elul|copila[ș"
            "şs]ul) ? ? ? singur|singura|singură|singurel|singurica|singurică in|la|pe|în sca"
            "ri|scări|balcon|strada|stradă|varful|vârful|capatul|capătul|galerie|parcare|trot"
            "uar",
            "ia|lua|fuma|consuma|consumă|fumeaza|fumează|prizeaza|prizează|injecteaza|injecte"
            "ază crack|iarba|iarbă|cocaina|cocaină|droguri|heroina|heroină|etnobotanice|metam"
            "fetamina|metamfetamină ? ? ? cu|in|în|langa|langă|lânga|lângă fata|faţa|fața|pre"
            "zenta|prezenţa|prezența~ copii|copilul|copiilor|bebelusul|bebeluşul|bebelușul|co"
            "pilului|bebelusului|bebeluşului|bebelușului",
            "mama|tata|tatal|tatăl ,~ care se~ e|ia|este|consuma|consumă|fumeaza|fumează|drog"
            "heaza|droghează~ drogat|cocaina|cocaină|drogata|drogată|droguri|heroina|heroină|"
            "drogheaza|droghează",
            "bada|tiene|affida|badava|guarda|lascia|affidati|affidato|affidava|guardava|lasci"
            "ati|lasciato|lasciava ? ? ? a|al|con|dal|alla|dalla~ il|la|sua|suo~ cugina|cugin"
            "o|figlia|figlio|nipote|vicina|vicino|sorella|fratello|ragazzina|ragazzino di 5|6"
            "|7|8|9|10|11|12|13|nove|otto|dieci|dodici|undici|tredici anni",
            "solo|soltanto~ in|col|con il~ pannolino|pannolone ? ? ? ? ? fuori|scale|freddo|s"
            "trada|balcone|cortile|pioggia|ballatoio|corridoio|marciapiede|pianerottolo",
            "bebe|bebè|bambina|bambino|neonata|neonato|piccola|piccolo ? ? ? ? da~ sola|solo|"
            "soletta|soletto al|in|per|sul|alla|sulla|sulle cima|scale|strada|balcone|ballato"
            "io|marciapiede|pianerottolo",
            "usa|fuma|usava|fumava|prende|sniffa|consuma|prendeva|sniffava|consumava coca|erb"
            "a|canne|crack|droga|droghe|eroina|cocaina|hashish|spinelli|metanfetamina ? ? ? c"
            "on|vicino|accanto|davanti|insieme a|ai|al|alla|alle~ figli|figlia|figlio|bambina"
            "|bambine|bambini|bambino|neonata|neonato|piccola|piccolo",
            "papa|papà|madre|mamma|padre ,~ che si~ buca|droga|bucava|drogava|tossica|tossico"
            "|tossicodipendente",
            "re:(ዳይፐር|ፓምፐርስ)\\S* ? ? ? re:(ባልኮኒ|ደገ|ጽርግያ|መደያይቦ|ኮሪደር)\\S*",
            "re:(ጓላ|ወዳ)\\S* ? 5|6|7|8|9|10|11|12|13|ዓሰርተ re:(ዓመት|ዓመታ|ዓመቱ)\\S*",
            "re:(ዕጸ-ፋርስ|ዕጸፋርስ|ሓሺሽ|ኮካይን|ሄሮይን)\\S* ? ? ? re:(ቆልዓ|ህጻን|ቆልዑ)\\S*",
            "re:(ቆልዓ|ህጻን|ቆልዑ)\\S* ? ? re:(ዕጸ-ፋርስ|ዕጸፋርስ|ሓሺሽ|ኮካይን|ሄሮይን)\\S*",
        ),
    ),
)
