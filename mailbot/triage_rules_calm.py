"""Safeguarding signals put in calm, plain Dutch and English words (part of ``triage_rules.RULES``).

Writers often describe a concern without an alarming keyword: a threat or death wish said to a
child, self-harm put plainly ("ik doe het weer, dat snijden"), a teenager who keeps packages for
older boys, a child strapped into bed or shut in the dark sleeping room, secrecy demanded by
staff, a parent on drugs with a toddler, coercive control ("ik mag niet alleen de deur uit"),
neglect ("vraagt bij ons om eten"), staff photographing children undressing, a new mother who
says the baby is better off without her. Later concepts (K-R): care continued after
"stop", a child shut in the dark, a leaked address, bans and flight from a violent partner,
a teenager run by older boys, a toddler alone outside, a hopeless teenager, grooming.
Written from the concepts, not from the corpus;
``tests/unit/test_triage_rule_examples.py`` checks every concept against example sentences that
must match and harmless look-alikes that must not (``tests/data/calm_rule_examples.json``).
Pattern syntax: ``mailbot.rule_matcher``.
"""

from __future__ import annotations

from mailbot.rule_matcher import G, H, K, O, Rule

CALM_RULES: tuple[Rule, ...] = (
    # A threat or death wish to a child
    Rule(
        "sg",
        K,
        1.0,
        (
            "ik|ikke|k maak|mak|maakt je|jou|jullie af",
            "maak|mak|maken|ga je|jou|jullie dood|kapot|afmaken|doodmaken"
            "|kapotmaken|vermoorden",
            "re:vermoo?r(d|t|dt|den)? je|jou|jullie",
            "je|jou|jullie re:vermoo?rd(en|e)|doodmaken|afmaken|doodslaan"
            "|kapotslaan|wurgen",
            "sla|slaan|trap|timmer|mep je|jou|jullie dood|verrot|lens|bont|kapot|tot|in",
            "wou|wilde|wens|wenste|wenst dat je|jij|jullie dood|nooit|er",
            "wens|wenst|wenste je|jou dood",
            "was|waren je|jij|jullie maar nooit|niet geboren",
            "had|hadden ik|we je|jou|jullie maar nooit|niet gekregen|geha"
            "d|gebaard|genomen",
            "nooit geboren moeten|mogen worden",
            "je|jij bent|ben|was beter dood",
            "breek|draai je|jouw nek|kop|botten",
            "i'll|ill|imma|gonna|ll kill|murder|strangle|throttle|smother"
            " you|ya|u|him|her",
            "i will|would kill|murder|strangle|throttle you|ya|u",
            "going to kill|murder|strangle|throttle you|ya|u",
            "wish|wishes|wished you|you'd|u|ya|he|she|he'd|she'd ? ? dead|die|died|born",
            "should've|shouldve|should ? aborted|drowned|smothered you|ya|u|him|her",
            "i'll|ill|gonna|ll break|smash|snap|bash|knock your|ya neck|f"
            "ace|head|skull|teeth",
            "you're|youre|are|ur|he's|she's|hes|shes better off dead",
        ),
    ),
    # B self-harm or suicide put plainly
    Rule(
        "sg",
        O,
        1.0,
        (
            "doe|doet|deed|dee het weer ? ? ? snijden|krassen|snijde|snijen",
            "weer|opnieuw aan|met het~ snijden|krassen|snijen",
            "het|dat snijden|krassen is|gaat ? weer|opnieuw",
            "snijd|snijdt|sneed|sneden|gesneden|snij|snijden|snijen|krast"
            "|kraste|gekrast in|op mijn|m'n|haar|d'r|zijn|z'n|’n|de|het a"
            "rm|armen|armpje|pols|polsen|been|benen|bovenbeen|bovenbenen|"
            "dij|dijen|buik|huid|lijf|lichaam",
            "krassen|sneetjes|snijwonden|sneeën in mijn|m'n|haar|d'r|zijn"
            "|z'n|’n arm|armen|armpje|pols|polsen|been|benen|bovenbeen|bo"
            "venbenen|dij|dijen|buik|huid|lijf|lichaam",
            "arm|armen|armpje|pols|polsen|been|benen|bovenbeen|bovenbenen"
            "|dij|dijen|buik|huid|lijf|lichaam ? ? ? kapotgekrast|opengek"
            "rast|kapotgesneden|opengehaald|opengereten",
            "mezelf|mijzelf|mzelf ? pijn",
            "doe|doet|doen zichzelf|haarzelf|hemzelf pijn",
            "mezelf|mijzelf|zichzelf|haarzelf|hemzelf|zelf iets aandoen|a"
            "andoe|aandeed|aangedaan",
            "mezelf|mijzelf|zichzelf|haarzelf|hemzelf|zelf iets aan ? doe"
            "n|doe|zal|zou|ga",
            "beschadigt|beschadigde|beschadigen|verwondt|verwondde|verwon"
            "den zichzelf|mezelf|haarzelf|hemzelf",
            "re:zelfbeschadig(end|ende)|re:zelfverwond(ing|t)|automutilatie",
            "pillen|pilletjes|tabletten|slaappillen|medicijnen|paracetamo"
            "l|oxazepam|medicatie ? ? opgespaard|verzameld|sparen|spaar|s"
            "paart|spaarde|opgepot|oppotten|hamsteren|gehamsterd",
            "spaar|spaart|sparen|spaarde|oppotten|hamstert ? ? pillen|pil"
            "letjes|tabletten|slaappillen",
            "er niet meer willen|wil|wilde|wou|zou willen~ zijn|wezen",
            "wil|wou|hoop|hoopte|wilde gewoon~ niet|nooit meer wakker worden|worde|word",
            "slapen en niet|nooit meer wakker",
            "eind|einde aan mijn|m'n|haar|d'r|zijn|z'n|’n|het leven",
            "mijn|m'n|haar|d'r|zijn|z'n|’n leven beëindigen|beeindigen|be"
            "indigen|beëindig|beeindig|stoppen|stopzetten",
            "leven niet meer zien|ziet|zag zitten",
            "afscheidsbrief|afscheidsbriefje|afscheidsbrieven ? ? gevonde"
            "n|geschreven|achtergelaten|schrijft|schreef",
            "jullie|je|jou gekend te hebben",
            "was fijn|leuk|mooi|goed ? jullie|je te kennen",
            "geeft|gaf|geven|gaven al|alle mijn|m'n|haar|d'r|zijn|z'n|’n "
            "spullen|spulletjes|bezittingen|sieraden|knuffels|dingen weg",
            "al|alle mijn|m'n|haar|d'r|zijn|z'n|’n spullen|spulletjes|bez"
            "ittingen|sieraden|knuffels|dingen weggegeven|weggeven|weggee"
            "ft|uitgedeeld|uitdeelt",
            "geeft|gaf|geven|gaven mijn|m'n|haar|d'r|zijn|z'n|’n liefste|"
            "favoriete|dierbaarste|lievelings ? spullen|knuffel|knuffels|"
            "sieraden|dingen|ketting|spulletjes weg",
            "beter af bij|met iemand anders",
            "beter af bij|met een andere moeder|mama|vrouw|familie|ouder|gezin|mam",
            "beter af bij|met andere ouders|mensen",
            "overdosis|overdosus ? ? ? genomen|nemen|ingenomen|geslikt|slikken",
            "voor|onder de|een trein|metro|tram|bus|vrachtwagen|auto spri"
            "ngen|spring|springt|sprong|gooien",
            "spring|springen|springt|sprong voor|onder de|een trein|metro"
            "|tram|vrachtwagen",
            "van|vanaf het|de|een balkon|flat|dak|galerij|torenflat sprin"
            "gen|spring|springt|sprong",
            "spring|springen|springt|sprong van|vanaf het|de|een balkon|f"
            "lat|dak|galerij|torenflat",
            "self harm|harming|harmed|harms",
            "selfharm|selfharming",
            "cutting|harming|self-harming again",
            "started|starting|begun|began cutting|self-harming|harming ag"
            "ain|herself|himself|themselves",
            "back to cutting|self-harming",
            "cuts|cutting|cut|scratches|scratching|carving|burning|burns "
            "on|into|in ? ? wrists|wrist|thighs|thigh",
            "cutting|carving|scratching|burning her|his|my|their arms|wri"
            "sts|thighs|legs|skin",
            "saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashin"
            "g|stashed ? ? ? pills|tablets|meds|medication|painkillers|pa"
            "racetamol",
            "end|ending it all",
            "take|taking|took my|her|his own life",
            "sleep and not|never wake up",
            "wish|want|hope|hoping|wishing ? ? not|never|wouldn't|won't|didn't wake up",
            "nice|good|great|lovely knowing you|y'all|ya all|guys|everyon"
            "e|lot|.|!|,|'|x|xx|xxx|:)",
            "giving|gave|given|gives|give away all~ of~ her|his|my favour"
            "ite~|favorite~|prized~ things|stuff|belongings|possessions|j"
            "ewellery|jewelry",
            "better off with someone|somebody|anyone|anybody else",
            "better off with a~ different~ another~ mother|mum|mom|mummy|"
            "mommy|family|woman|parent|parents",
            "won't|wont|not|’t be here|around anymore|longer",
            "won't|wont|not|’t be here|around much longer",
            "take|taking|took an~ overdose",
            "wrote|writing|left|found ? ? goodbye|farewell|suicide note|n"
            "otes|letter|letters",
        ),
    ),
    # C criminal exploitation of a teen
    Rule(
        "sg",
        O,
        1.0,
        (
            "bewaren|bewaart|bewaarde|bewaard|verstoppen|verstopt|verstop"
            "te|opslaan|wegbrengen|weggebracht|rondbrengen|rondbrengt|ron"
            "dgebracht|afleveren|afgeleverd|levert|leverde|bezorgen|bezor"
            "gt|bezorgde|vervoeren|vervoert|vervoerde|dealen|dealt|dealde"
            "|vasthouden|houdt|hield ? ? re:pa(k|kk)et(je|jes|ten)?|re:pa"
            "kje[s]?|spullen|spulletjes|spulle|tasjes|tasje|tassen|tas|ru"
            "gtas|rugzak|sporttas|drugs|wiet|zakjes|zakje|dozen|doos ? ? "
            "voor een~ paar~ oudere|die|deze jongens|gasten|kerels|types|"
            "boys|mannen",
            "re:pa(k|kk)et(je|jes|ten)?|re:pakje[s]?|spullen|spulletjes|s"
            "pulle|tasjes|tasje|tassen|tas|rugtas|rugzak|sporttas|drugs|w"
            "iet|zakjes|zakje|dozen|doos ? ? voor een~ paar~ oudere|die|d"
            "eze jongens|gasten|kerels|types|boys|mannen ? ? bewaren|bewa"
            "art|bewaarde|bewaard|verstoppen|verstopt|verstopte|opslaan|w"
            "egbrengen|weggebracht|rondbrengen|rondbrengt|rondgebracht|af"
            "leveren|afgeleverd|levert|leverde|bezorgen|bezorgt|bezorgde|"
            "vervoeren|vervoert|vervoerde|dealen|dealt|dealde|vasthouden|"
            "houdt|hield",
            "re:pa(k|kk)et(je|jes|ten)?|re:pakje[s]?|spullen|spulletjes|s"
            "pulle|tasjes|tasje|tassen|tas|rugtas|rugzak|sporttas|drugs|w"
            "iet|zakjes|zakje|dozen|doos ? ? bewaren|bewaart|bewaarde|bew"
            "aard|verstoppen|verstopt|verstopte|opslaan|wegbrengen|weggeb"
            "racht|rondbrengen|rondbrengt|rondgebracht|afleveren|afgeleve"
            "rd|levert|leverde|bezorgen|bezorgt|bezorgde|vervoeren|vervoe"
            "rt|vervoerde|dealen|dealt|dealde|vasthouden|houdt|hield ? ? "
            "voor een~ paar~ oudere|die|deze jongens|gasten|kerels|types|"
            "boys|mannen",
            "voor een~ paar~ oudere|die|deze jongens|gasten|kerels|types|"
            "boys|mannen ? ? ? bewaren|bewaart|bewaarde|bewaard|verstoppe"
            "n|verstopt|verstopte|opslaan|wegbrengen|weggebracht|rondbren"
            "gen|rondbrengt|rondgebracht|afleveren|afgeleverd|levert|leve"
            "rde|bezorgen|bezorgt|bezorgde|vervoeren|vervoert|vervoerde|d"
            "ealen|dealt|dealde|vasthouden|houdt|hield",
            "re:pa(k|kk)et(je|jes|ten)?|re:pakje[s]?|spullen|spulletjes|s"
            "pulle|tasjes|tasje|tassen|tas|rugtas|rugzak|sporttas|drugs|w"
            "iet|zakjes|zakje|dozen|doos rond|weg ? ? voor een~ paar~ oud"
            "ere|die|deze jongens|gasten|kerels|types|boys|mannen",
            "re:pa(k|kk)et(je|jes|ten)?|re:pakje[s]?|spullen|spulletjes|s"
            "pulle|tasjes|tasje|tassen|tas|rugtas|rugzak|sporttas|drugs|w"
            "iet|zakjes|zakje|dozen|doos kwijt|kwijtgeraakt|verloren|afge"
            "pakt|gepikt|gejat|gestolen|afgenomen ? ? ? ? ? ? schuldig|sc"
            "hulden|terugverdienen|afwerken|afbetalen",
            "schuldig|schuld|schulden aan|bij ? ? oudere|die|deze jongens"
            "|gasten|kerels|types|boys|mannen",
            "oudere|die|deze jongens|gasten|kerels|types|boys|mannen|ze|h"
            "un|hen ? ? ? geld schuldig",
            "opgewacht ? ? ? ? jongens|gasten|mannen|jongeren|kerels",
            "jongens|gasten|mannen|kerels ? ? ? ? ? opgewacht|opwachten|o"
            "pwacht|opgewachd",
            "jongens|gasten|mannen|kerels ? ? hem|haar ? ? ? op te wachten",
            "hem|haar op te wachten bij|na|voor ? school|schoolplein|schoolhek",
            "geen|zonder bijbaan|bijbaantje|baantje|krantenwijk|vakantieb"
            "aan ? ? ? ? ? ? dure|merkkleding|merkkleren|sneakers|gucci|n"
            "ikes|airpods|iphone|cash|contant|bundel|rolletje|briefjes|bi"
            "ljetten|honderden|scooter",
            "dure|merkkleding|merkkleren|sneakers|gucci|airpods|iphone|ca"
            "sh|contant|bundel|rolletje|briefjes|biljetten ? ? ? ? ? ? ? "
            "geen|zonder bijbaan|bijbaantje|baantje|krantenwijk",
            "waar|waarvandaan heeft|haalt|krijgt|kreeg|had hij|ze|zij ? ?"
            " ? ? geld|cash|sneakers|merkkleding|iphone|airpods|scooter|b"
            "riefjes ? vandaan",
            "rolletje|bundel|bundeltje|bundels|rol|stapeltje ? ? geld|bri"
            "efjes|biljetten|cash|vijftigjes|tientjes",
            "briefjes van re:(50|100|200)|vijftig|honderd",
            "loopjongen|koerier|runner voor ? ? jongens|criminelen|dealer"
            "s|dealer|gasten",
            "drugskoerier|drugsrunner",
            "holds|holding|hides|hiding|keeps|keeping|stores|storing|stas"
            "hes|stashing|delivers|delivering|drops|dropping|carries|carr"
            "ying|runs|running|moves|moving|sells|selling ? ? packages|pa"
            "rcels|packs|package|parcel|bags|bag|stuff|things|drugs|weed "
            "? ? for ? ? older|some|these|those boys|guys|lads|teens|teen"
            "agers",
            "owes|owe|owed|owing those|these|the|some|older ? boys|guys|l"
            "ads|men ? money|for",
            "owes|owe|owed|owing them money|cash|for",
            "lost ? ? package|parcel|bag|stuff|drugs|packet ? ? ? ? ? owe"
            "s|owe|owed|debt|pay|work",
            "debt|debts to|with ? ? older|those|these|some boys|guys|lads|men",
            "boys|guys|lads|men|older ? ? wait|waits|waiting|waited for h"
            "im|her ? ? ? school|gate|gates|home|house|flat|door",
            "wad|wads|roll|rolls|bundle|bundles|stack|stacks of cash|note"
            "s|money|twenties|fifties|tenners",
            "where does|did he|she get|got ? ? money|cash|trainers|designer",
            "county lines",
        ),
    ),
    # D restraint or isolation by staff
    Rule(
        "sg",
        G,
        1.0,
        (
            "met ? ? banden|band|bandjes|riemen|riempjes|touw|touwtjes|to"
            "uwen|tape|plakband|ducttape|lakens|laken|handdoek|handdoeken"
            "|sjaal|sjaals|sjaaltje|koord|tiewraps|tie-wraps|kabelbinders"
            " ? ? ? ? vastgemaakt|vastgelegd|vastgegespt|vastgesnoerd|vas"
            "tgedaan|gebonden",
            "vastgemaakt|vastgelegd|vastgegespt|vastgesnoerd|vastgedaan|g"
            "efixeerd aan|in|op het|zijn|haar|z'n|d'r|de|een|hun ? bed|be"
            "dje|ledikant|matras|box|boxje|verschoontafel",
            "vastgemaakt|vastgelegd|vastgegespt|vastgesnoerd|vastgedaan|g"
            "efixeerd aan|om het|zijn|haar|z'n|d'r|een stoel|stoeltje|kin"
            "derstoel|tafel|verwarming|radiator|hek|traphek|paal",
            "vastgemaakt|vastgelegd|vastgegespt|vastgesnoerd|vastgedaan|g"
            "efixeerd aan|om de verwarming|radiator|hek|traphek|tafel|taf"
            "elpoot|paal",
            "bed|bedje|ledikant|matras|box|boxje ? vastgemaakt|vastgelegd"
            "|vastgegespt|vastgesnoerd|vastgedaan|gefixeerd",
            "aan de|het|zijn|haar stoel|stoeltje|kinderstoel|verwarming|r"
            "adiator ? vastgemaakt|vastgesnoerd|vastgedaan",
            "urenlang|uren|uur|middag|ochtend|dag ? ? vastgegespt|vastgem"
            "aakt|vastgesnoerd",
            "alleen in de|het|een ? slaapkamer|slaapruimte|slaapzaal|slaa"
            "pkamertje|bedjeskamer|kamer|kamertje|badkamer|wc|toilet|berg"
            "ing|washok|hok|bijkeuken|hal|gang|gangetje|portaal|kast geze"
            "t|gestopt|achtergelaten|weggezet|neergezet|geplaatst",
            "hem|haar|hen|kind|kindje|zoon|zoontje|dochter|dochtertje|peu"
            "ter|dreumes in|op|naar de|het|een ? slaapkamer|slaapruimte|s"
            "laapzaal|slaapkamertje|bedjeskamer|kamer|kamertje|badkamer|w"
            "c|toilet|berging|washok|hok|bijkeuken|hal|gang|gangetje|port"
            "aal|kast gezet|gestopt|gestuurd|weggezet|neergezet",
            "slaapkamer|slaapruimte|slaapkamertje|bedjeskamer|donker|donk"
            "ere ? ? ? ? als|voor straf",
            "in een houdgreep ? genomen|gehouden|gelegd|vastgehouden|gezet",
            "op|tegen de grond|vloer gedrukt|vastgehouden|gepind|vastgepi"
            "nd|vastgedrukt|gehouden",
            "fixatiebed|fixatiebanden|fixatieband|fixeerband|fixeerbanden|fixatiebedden",
            "gesepareerd|separeer|separeerruimte|separeercel|isoleercel|a"
            "fzonderingskamer|afzonderingsruimte|time-outkamer|time-outru"
            "imte",
            "time-out|timeout kamer|ruimte|kamertje|hok|hokje",
            "strapped|tied|buckled|belted|restrained|taped ? ? into|in|on"
            "to|down|on the|his|her|a|their ? bed|cot|crib|mattress",
            "strapped|tied|buckled|belted ? ? into|in ? ? chair|highchair"
            "|seat|buggy|stroller|pushchair ? ? ? ? hours|ages|punishment",
            "pinned|pinning|pins him|her|my|them ? ? down|floor|ground",
            "pinned him|her ? ? on|to the floor|ground",
            "knelt|kneeling on him|her|his|top",
            "sat|sitting on top of him|her",
            "restrained|restraining|restrain him|her|my|the|children|kids|them",
            "physical|physically restraint|restrained",
            "put|shut|kept|placed|sent|sat|left him|her|them|my ? ? alone"
            "~ in|into the|a dark|empty|darkened ? room|cupboard|bathroom"
            "|toilet|corridor|hallway",
            "shut|closed the door on him|her|them",
            "door|doors shut|closed|locked as|for ? punishment",
            "in the hallway|corridor|hall with the door|doors shut|closed|locked",
        ),
    ),
    # E secrecy demanded by staff
    Rule(
        "sg",
        G,
        0.6,
        (
            "niet|niks|niets|nooit tegen|aan je|jouw|jullie|d'r|haar|z'n|"
            "zijn ouders|ouder|moeder|vader|mama|papa|mam|pap|mamma|pappa"
            "|mams|paps|thuis|iemand ? ? zeggen|vertellen|verteld|gezegd|"
            "zeg|vertel|zegen|zegge|vertelen|weten",
            "zeg|vertel|zeggen|vertellen|zegt|zegen het|dat|dit~ maar~ ni"
            "et|niks|niets tegen|aan je~ jouw~ jullie~ thuis|ouders|ouder"
            "|moeder|vader|mama|papa|mam|pap|mamma|pappa|mams|paps",
            "niet|niks|niets zeggen|vertellen|zegen|vertelen|zegge tegen|"
            "aan ? ouders|ouder|moeder|vader|mama|papa|mam|pap|mamma|papp"
            "a|mams|paps|thuis|iemand|niemand",
            "blijft|blijven|bleef|houden|hou|houd|houwe|houwen|blijf ? ? "
            "onder ons|onsje",
            "blijft|blijven|bleef|houden|hou|houd|blijf ? ? tussen ons|jou|jullie",
            "wat er|hier ? ? ? gebeurt|gebeurd|gebeurde ,~ blijft|blijven"
            " ? ? hier|kamp|reis|uitje|weekend|logeerpartij|onder|tussen|"
            "daar",
            "mag|mocht|mogen ? niemand ? weten|horen",
            "niemand ? mag|mocht|mogen ? weten|horen",
            "don't|dont|’t|not|never|mustn't|can't|cannot|shouldn't|won't"
            " tell|say|mention|show ? your|ur|ya|to mum|mom|mummy|mommy|m"
            "am|dad|daddy|parents|mother|father|mama|papa|folks",
            "don't|dont|’t|not|never|mustn't|can't|cannot|shouldn't|won't"
            " tell|say|mention ? mum|mom|mummy|mommy|mam|dad|daddy|parent"
            "s|mother|father|mama|papa|folks",
            "trouble if|when|once you|u|ya|she|he|they ? tell|tells|told|"
            "say|says|talk|talks|speak|snitch|grass",
            "stays|stay|staying between us|you|ourselves",
            "keep|keeping|kept it|this|that ? between us|you|ourselves",
            "what happens on|at|in|during ? ? ? stays|stay",
        ),
    ),
    # F parent drunk or on drugs while caring for a young child
    Rule(
        "sg",
        K,
        1.0,
        (
            "zilverpapier|folie|aluminiumfolie|alufolie|zilverfolie ? ? ?"
            " ? roken|rookt|rookte|rookten|gerookt|chinezen|chineest|re:h"
            "ero[iï]ne?|heroin",
            "roken|rookt|rookte|rookten|gerookt|chinezen|chineest|basen|b"
            "aste|re:hero[iï]ne?|heroin ? ? ? zilverpapier|zilver|folie|a"
            "lufolie|aluminiumfolie|zilverfolie|lepel|lepels|pijpje|crack"
            "pijp",
            "re:hero[iï]ne?|heroin|re:herion?e|coke|re:coca[iï]ne|crack|g"
            "hb|gbl|meth|crystal|ketamine|lijntjes|lijntje|smack ? ? gebr"
            "uikt|gebruikte|snuift|snoof|gesnoven|rookt|rookte|gerookt|sp"
            "uit|spoot|gespoten|neemt|nam|genomen",
            "gebruikt|gebruikte|snuift|snoof|rookt|rookte|spuit|spoot|nee"
            "mt|nam|chineest|doet ? ? re:hero[iï]ne?|heroin|re:herion?e|c"
            "oke|re:coca[iï]ne|crack|ghb|gbl|meth|crystal|ketamine|lijntj"
            "es|lijntje|smack",
            "injectienaald|injectienaalden|spuitnaalden|spuitnaald ? ? ? "
            "? ? ? grond|vloer|bank|slingeren|slingerden|slingert|rondsli"
            "ngeren|rondslingerende|rondslingerden|speelgoed|box|boxje|be"
            "dje|zandbak|tapijt|kleed|bereik",
            "gebruikte naalden|naald|spuiten",
            "naalden|naald ? ? ? ? ? ? speelgoed|box|boxje|bedje|zandbak|"
            "bereik|kinderkamer|baby|peuter|slingeren|slingerden|rondslin"
            "geren|rondslingerende|rondslingerden",
            "zilver papier ? ? ? ? roken|rookt|rookte|rookten|gerookt|aan"
            "steker|aanstekers|chinezen|chineest",
            "stoned|laveloos|ladderzat|stomdronken|straalbezopen|bezopen|"
            "apezat|lazarus|knetterstoned|aangeschoten|beschonken|teut ? "
            "? ? ? bank|vloer|grond|bed|bankstel",
            "is|was|waren|lijkt|leek|ligt|lag|lagen|liggen|kwam|komt|kwam"
            "en|zit|zat|zaten|hangt|hing|stond|staat|erg|heel|zo|behoorli"
            "jk|compleet|helemaal|flink|straal|te|zwaar|gewoon|weer dronk"
            "en|dronke ? ? ? ? bank|vloer|grond|bed|bankstel",
            "ophalen|ophaalde|ophaalt|haalde|haalt|halen|brengen|bracht|b"
            "rengt ? ? ? ? stoned|laveloos|ladderzat|stomdronken|straalbe"
            "zopen|bezopen|apezat|lazarus|knetterstoned|aangeschoten|besc"
            "honken|teut|invloed",
            "ophalen|ophaalde|ophaalt|haalde|haalt|halen|brengen|bracht|b"
            "rengt ? ? ? is|was|waren|lijkt|leek|ligt|lag|lagen|liggen|kw"
            "am|komt|kwamen|zit|zat|zaten|hangt|hing|stond|staat|erg|heel"
            "|zo|behoorlijk|compleet|helemaal|flink|straal|te|zwaar|gewoo"
            "n|weer dronken|dronke",
            "stoned|laveloos|ladderzat|stomdronken|straalbezopen|bezopen|"
            "apezat|lazarus|knetterstoned|aangeschoten|beschonken|teut ? "
            "? ? ? ophalen|ophaalde|ophaalt|halen|haalde|haalt|brengen|br"
            "eng|bracht|brengt|afhalen|bso|opvang|kdv|kinderdagverblijf|s"
            "chool|kinderwagen|buggy|fiets|bakfiets|stuur|auto",
            "is|was|waren|lijkt|leek|ligt|lag|lagen|liggen|kwam|komt|kwam"
            "en|zit|zat|zaten|hangt|hing|stond|staat|erg|heel|zo|behoorli"
            "jk|compleet|helemaal|flink|straal|te|zwaar|gewoon|weer ? ? d"
            "ronken|dronke ? ? ? ophalen|ophaalde|ophaalt|halen|haalde|ha"
            "alt|brengen|bracht|brengt|afhalen|bso|opvang|kdv|kinderdagve"
            "rblijf|school|kinderwagen|buggy|fiets|bakfiets|stuur|auto",
            "hij|ze|zij|moeder|vader|mama|papa|mam|pap|adem ? rook|ruikt|"
            "ruikte|stonk|stinkt|walmde|walmt naar bier|wijn|wiet|hasj|je"
            "never|wodka|whisky|joint|sterke",
            "had|heeft|met een ? kegel",
            "terwijl|en|maar|omdat hij|ze|zij|moeder|vader|mama|papa|mam|"
            "pap ? ? stoned|laveloos|ladderzat|stomdronken|straalbezopen|"
            "bezopen|apezat|lazarus|knetterstoned|aangeschoten|beschonken"
            "|teut",
            "terwijl hij|ze|zij|moeder|vader|mama|papa|mam|pap ? ? dronke"
            "n|dronke was|is|waren|leek|lijkt|werd",
            "smoking|smokes|smoked|chasing|chases|chased ? ? heroin|brown"
            "|dragon|crack|meth|gear|smack|foil|tinfoil|rocks",
            "using|uses|used|doing|does|did|snorting|snorts|snorted|injec"
            "ting|injects|injected|shooting|taking|takes|took ? ? heroin|"
            "crack|cocaine|meth|ketamine|ket|gbl|ghb|smack",
            "doing|does|did|snorting|snorts|snorted|racking ? lines|line|"
            "coke|cocaine|bumps",
            "burnt|burned|blackened ? foil|tinfoil|spoons|spoon",
            "needles|needle|syringes|syringe ? ? ? ? floor|carpet|sofa|co"
            "uch|lying|reach|cot|crib|toys|bed|around",
            "drunk|stoned|wasted|hammered|paralytic|intoxicated|off ? ? ?"
            " ? ? couch|sofa|floor|bed|ground",
            "passed out drunk|stoned|high|wasted",
            "drunk|stoned|wasted|hammered|intoxicated|tipsy|tanked|paraly"
            "tic ? ? ? ? ? pick-up|pickup|pick|picked|collect|collected|c"
            "ollecting|collection|drop-off|dropoff|drop|dropped|nursery|d"
            "aycare|buggy|pram|stroller|wheel|driving|drove",
            "pick|picked|collect|collected|collecting|picking ? ? up~ dru"
            "nk|stoned|high|wasted|hammered|intoxicated|tipsy",
            "he|she|mum|mom|dad|mother|father|breath|they ? smelled|smelt"
            "|smells|stank|stinks|reeked|reeks of beer|wine|weed|cannabis"
            "|booze|vodka|drink|spirits|alcohol",
        ),
    ),
    # G coercive control put plainly
    Rule(
        "sg",
        H,
        1.0,
        (
            "ik|ikke mag|mocht niet|nooit alleen|zonder ? ? ? ? deur|buit"
            "en|boodschappen|winkel|stad|vriendinnen|vriendin|familie|moe"
            "der|zus|taalles|werk|markt|weg|dokter|huisarts|moskee|kerk",
            "mag|mocht niet|nooit|geen ? ? ? ? van haar|mijn|m'n man|part"
            "ner|vriend|echtgenoot|schoonmoeder|schoonfamilie",
            "hij|man|partner|vriend|ex|echtgenoot|schoonmoeder|schoonvade"
            "r|schoonfamilie|vriendje pakt|neemt|verstopt|houdt|controlee"
            "rt|checkt|bekijkt|doorzoekt ? ? mijn|m'n|haar|d'r|’n re:tele"
            "?foo?ns?|telefoontje|gsm|mobiel|mobieltje|iphone|berichten|b"
            "erichtjes|appjes|whatsapp|whatsapps",
            "hij|man|partner|vriend|ex|echtgenoot|schoonmoeder|schoonvade"
            "r|schoonfamilie|vriendje pakt|pakte|neemt|nam|verstopt|verst"
            "opte|houdt|hield|bewaart|bewaarde ? ? mijn|m'n|haar|d'r|’n p"
            "aspoort|pinpas|bankpas|verblijfsvergunning|verblijfspas|id|i"
            "d-kaart|identiteitskaart|papieren|uitkering|salaris|loon",
            "hij|man|partner|vriend|ex|echtgenoot|schoonmoeder|schoonvade"
            "r|schoonfamilie|vriendje mijn|m'n|haar|d'r|’n re:tele?foo?ns"
            "?|telefoontje|gsm|mobiel|mobieltje|iphone|paspoort|pinpas|ba"
            "nkpas|sleutels|verblijfsvergunning|verblijfspas|id|id-kaart|"
            "papieren|berichten|berichtjes|appjes ? afpakt|verstopt|contr"
            "oleert|checkt|doorzoekt|leest|afneemt|inneemt|houdt|afgepakt"
            "|afgenomen|ingenomen|verstopte",
            "leest|las|lezen|controleert|controleerde|checkt|checkte|beki"
            "jkt|bekeek|doorzoekt|doorzocht|doorleest al|alle|stiekem|ste"
            "eds|altijd|constant ? mijn|m'n|haar|d'r|’n berichten|bericht"
            "jes|appjes|whatsapp|whatsapps|re:tele?foo?ns?|telefoontje|gs"
            "m|mobiel|mobieltje|iphone|mails|chats|gesprekken|sms'jes|sms",
            "al|alle mijn|m'n|haar|d'r berichten|berichtjes|appjes|whatsa"
            "pp|whatsapps|re:tele?foo?ns?|telefoontje|gsm|mobiel|mobieltj"
            "e|iphone|mails|chats ? leest|controleert|checkt|doorzoekt|be"
            "kijkt|doorleest|lezen|controleren",
            "hij|man|partner|vriend|ex|echtgenoot|schoonmoeder|schoonvade"
            "r|schoonfamilie|vriendje geeft|gaf|geven me|mij|ons|haar gee"
            "n|nooit|niks|niets ? geld|boodschappengeld|huishoudgeld|leef"
            "geld|pinpas|bankpas",
            "krijg|kreeg|krijgt geen|nooit|niks|niets ? geld|pinpas|bankp"
            "as|huishoudgeld|boodschappengeld|leefgeld ? ? hem|man|partne"
            "r|vriend|echtgenoot",
            "geen eigen geld|pinpas|bankpas|bankrekening",
            "om|voor ? geld ? bedelen|smeken",
            "kan|kon|durf|durfde|mag|mocht niet|nooit ? ? praten|bellen|s"
            "preken|vertellen|zeggen|appen ? als|wanneer|omdat|want|zolan"
            "g|met hij|hem ? ? ? erbij|thuis|naast|dichtbij|buurt|meeluis"
            "tert|luistert|meekijkt|meeleest",
            "hij|man|partner|vriend|schoonmoeder|hem ? ? ? erbij|bij als|"
            "wanneer|zodra|terwijl ik ? ? re:(bel|bellen|praat|praten|app"
            "|appen|spreek|telefoneer|mail)\\.?",
            "hij|man|partner|vriend|schoonmoeder luistert|leest|kijkt alt"
            "ijd|steeds|stiekem|constant mee",
            "altijd|steeds|stiekem|constant meeluistert|meeleest|meekijkt|meeluisterd",
            "ik mag|mocht ? ? vriendinnen|vriendin|vrienden|familie|moede"
            "r|zus|zussen|ouders|broer niet|nooit ? zien|bellen|spreken|o"
            "ntmoeten|bezoeken|opzoeken|appen|meer",
            "ik mag|mocht geen|nooit contact ? ? ? familie|vriendinnen|vr"
            "ienden|ouders|moeder|zus",
            "hij|man|partner|vriend|schoonmoeder wil|wilt|wou|wilde niet "
            "dat ik ? ? ? taalles|cursus|buiten|deur|vriendinnen|familie|"
            "school|opleiding|rijles|huisarts|inburgering|inburgeringscur"
            "sus|zwemles|werken|baan",
            "volgt|volgde|trackt|checkt|controleert ? ? mijn|m'n locatie|gps",
            "he|husband|partner|boyfriend|ex|fiance|fiancé takes|taking|t"
            "ook ? my|our passport|passports|wages|salary|benefits|papers"
            "|documents|id",
            "he|husband|partner|boyfriend|ex|fiance|fiancé keeps|keeping|"
            "kept|hides|hid|holds|holding ? my|our passport|passports|ban"
            "k|card|wages|salary|benefits|papers|documents|id|money",
            "he|husband|partner|boyfriend|ex|fiance|fiancé reads|checks|g"
            "oes|looks|monitors|tracks|always|constantly ? through|all|ev"
            "ery ? my messages|texts|chats|whatsapps|phone|location|email"
            "s|calls",
            "tracks|tracking|tracked my location|phone",
            "he|husband|partner|boyfriend|ex|fiance|fiancé gives|gave me "
            "no|never ? money|cash",
            "he|husband|partner|boyfriend|ex|fiance|fiancé won't|wont|doe"
            "sn't|doesnt|never|didn't|’t give|gives me any~ money|cash",
            "he|husband|partner|boyfriend|ex|fiance|fiancé does|will|woul"
            "d not give me any~ money|cash",
            "no money of my own",
            "no access to ? money|cash",
            "ask|beg|asking|begging him for ? money|cash|every",
            "i'm|im|am not|never allowed to leave|go|see ? ? ? alone|with"
            "out|friends|family|mum|mother|sister",
            "he|husband|partner|boyfriend|ex|fiance|fiancé won't|wont|doe"
            "sn't|doesnt|never|wouldn't|’t let|lets|allow|allows me ? ? g"
            "o|leave|see|work|call|talk|speak|visit|meet|learn|study|driv"
            "e|out",
            "he|husband|partner|boyfriend|ex|fiance|fiancé does|will|woul"
            "d not let|allow me ? ? go|leave|see|work|call|talk|speak|vis"
            "it|meet|learn|study|drive|out",
            "can't|cannot|couldn't|cant|’t talk|speak|call|say ? ? when|w"
            "hile|if|because|cos|as|with he|he's|hes|him ? ? around|there"
            "|home|here|listening|nearby|present|next",
            "listens|listening|listened|listen in on|to my|all ? calls|ph"
            "one|conversations",
        ),
    ),
    # H neglect put plainly
    Rule(
        "sg",
        K,
        0.6,
        (
            "vraagt|vroeg|vraag|bedelt|bedelde|bedelen ? ? ? om eten|broo"
            "d|boterham|boterhammen|ontbijt|mee-eten|meeeten",
            "vraagt|vroeg|vraag|bedelt|bedelde|bedelen ? ? ? om iets|wat|"
            "een te~ eten|boterham|cracker|koekje",
            "vraagt|vroeg|vraag eten|brood|boterham",
            "vraagt|vroeg ? ? ? ? ? blijven|mee eten",
            "steelt|stal|stalen|pikt|pikte|jat|jatte|stelen|jatten ? ? et"
            "en|brood|boterhammen|boterham|koekjes|fruit|lunch",
            "eten|brood ? uit ? ? prullenbak|vuilnisbak|afvalbak|containe"
            "r|afval|vuilnis",
            "luier|luiers ? ? hele nacht",
            "nog|zelfde|dezelfde ? luier|luiers van|sinds gisteren|gister"
            "avond|vannacht|thuis",
            "niet|nooit|zelden|amper ? verschoond",
            "fles|flessen|flesje|flesjes|melk|voeding|kunstvoeding|flesvo"
            "eding|poedermelk ? ? ? ? verdund|verdunt|verdunnen|verdunde|"
            "waterig|waterige",
            "verdund|verdunt|verdunnen|verdunde|waterige ? ? fles|flessen"
            "|flesje|flesjes|melk|voeding",
            "aangelengd|aanlengt|aanlengen|aanlengde|lengt|lengde ? ? ? ?"
            " ? extra|teveel|dubbel|meer ? water",
            "extra|teveel|meer|veel water aangelengd|aanlengen|aanlengt|v"
            "erdund|verdunt|bijgevuld|aangevuld",
            "minder|weinig|halve|half schepjes|schepje|maatschepjes|maatschepje",
            "hij|ze|zij|kind|kindje|zoon|dochter|kleren|kleding|jas|haar|"
            "hem ? stinkt|stonk|ruikt|rook|stinken|ruiken ? naar urine|pl"
            "as|pies",
            "dagen|week|weken dezelfde|zelfde broek|trui|shirt|pyjama|jur"
            "k|sokken|kleren|kleding",
            "zelfde|zelfden kleren|kleding|kleertjes",
            "altijd|steeds|vaak|dagen ? vuile|smerige|stinkende|vieze kle"
            "ren|kleding|kleertjes|broek",
            "sleutel|sleuteltje|huissleutel om zijn|haar|z'n|d'r nek",
            "ondervoed|ondervoede",
            "vel over been",
            "komt|kwam|komen|gebracht|brengt ? ? ? ? hongerig|uitgehongerd|honger",
            "komt|kwam|komen|gebracht|brengt ? ? ? met een~ lege maag",
            "geen|nooit ontbijt gehad|gegeten",
            "vaak|steeds|weer|alweer|nooit|meestal|nooit geen|zonder ? br"
            "ood|broodtrommel|lunchtrommel|lunchpakket|boterhammen|ontbij"
            "t|eten",
            "geen|zonder jas|winterjas|sokken|schoenen ? ? ? ? ? koud|kou"
            "|vriest|vroor|sneeuw|regen|winter",
            "komt|kwam|thuiskomt|thuiskwam doet|deed niemand open",
            "hij|ze|zij|kind|jongen|meisje|jongetje|meisje ? ? ? ? nieman"
            "d doet|deed open",
            "begs|begged|begging|beg ? ? ? for food|bread|breakfast|sandwiches",
            "asks|asked|asking|ask us|me|neighbours|neighbors|others|othe"
            "r|everyone|people ? ? for food|bread|breakfast|sandwiches",
            "asks|asked|asking|begs|begged|begging ? ? ? for something|anything ? eat",
            "steals|stole|stealing|sneaks|sneaking|hides|hiding|hoards|ho"
            "arding ? ? food|snacks|sandwiches|lunch|bread|biscuits",
            "food|eating ? of|from|out ? ? bin|bins|trash|garbage",
            "nappy|diaper|nappies|diapers ? ? ? ? overflowing|unchanged|y"
            "esterday|overnight|hours",
            "nappy|diaper|nappies|diapers ? ? ? ? all|last|whole night",
            "nappy|diaper ? ? ? ? not|never|hadn't|hasn't|wasn't|’t ? ? changed",
            "watered|watering|waters down ? ? ? bottle|bottles|formula|milk|feeds",
            "diluted|diluting|dilutes ? ? ? bottle|bottles|formula|milk|feeds",
            "bottle|bottles|formula|milk|feeds ? ? ? ? watered|diluted|watery",
            "extra|more water in|into ? ? bottle|bottles|formula",
            "fewer|less|half scoops|scoop",
            "he|she|child|son|daughter|clothes|boy|girl|they ? smells|sme"
            "lled|smelt|stinks|stank|reeks|reeked of urine|wee|pee|poo|po"
            "op",
            "same clothes|outfit|clothing|pyjamas|pajamas|jumper|trousers"
            " for|all ? days|week|weeks",
            "hungry all|every the~ time|day|morning|week",
            "eats|ate|eating|wolfs|wolfed like|as ? ? ? ? ? eaten|starving|starved|days",
            "nobody|no one came|comes|turned|showed ? ? pick|collect|fetch|get",
            "nobody|no one collected|collects|fetched|fetches|picked him|her|them",
            "no coat|jacket|socks|shoes ? ? ? ? ? cold|freezing|snow|winter|rain",
            "without ? coat|jacket ? ? ? ? cold|freezing|snow|winter",
            "comes|came|arrives|arrived|sent|sends ? ? ? ? without|no ? b"
            "reakfast|lunch|lunchbox|food|coat",
        ),
    ),
    # I staff boundary: photos, car, private contact, gifts, own home
    Rule(
        "sg",
        G,
        1.0,
        (
            "re:foto('?s|tjes)?|re:fotootjes?|fotos|kiekjes|filmpjes|film"
            "pje|video|video's|videos|gefotografeerd|gefilmd|fotografeert"
            "|fotografeerde|fotograferen|filmt|filmde|filmen|foto’s ? ? ?"
            " ? ? ? zwemkleding|zwemkleren|badkleding|re:badpak(je|ken|je"
            "s)?|re:zwembroek(je|en|jes)?|bikini's|omkleden|omkleedden|om"
            "kleedde|omgekleed|uitkleden|uitkleedden|uitkleedde|uitgeklee"
            "d|onderbroekje",
            "zwemkleding|zwemkleren|badkleding|re:badpak(je|ken|jes)?|re:"
            "zwembroek(je|en|jes)?|bikini's|omkleden|omkleedden|omkleedde"
            "|omgekleed|uitkleden|uitkleedden|uitkleedde|uitgekleed|onder"
            "broekje ? ? ? ? ? re:foto('?s|tjes)?|re:fotootjes?|fotos|kie"
            "kjes|filmpjes|filmpje|video|video's|videos|gefotografeerd|ge"
            "filmd|fotografeert|fotografeerde|fotograferen|filmt|filmde|f"
            "ilmen|foto’s",
            "re:foto('?s|tjes)?|re:fotootjes?|fotos|kiekjes|filmpjes|film"
            "pje|video|video's|videos|gefotografeerd|gefilmd|fotografeert"
            "|fotografeerde|fotograferen|filmt|filmde|filmen|foto’s ? ? ?"
            " ? in|bij de kleedkamer|kleedkamers|kleedhokjes|kleedhokje|d"
            "ouche|douches|doucheruimte",
            "in|bij de kleedkamer|kleedkamers|kleedhokjes|kleedhokje|douc"
            "he|douches|doucheruimte ? ? ? ? re:foto('?s|tjes)?|re:fotoot"
            "jes?|fotos|kiekjes|filmpjes|filmpje|video|video's|videos|gef"
            "otografeerd|gefilmd|fotografeert|fotografeerde|fotograferen|"
            "filmt|filmde|filmen|foto’s",
            "re:foto('?s|tjes)?|re:fotootjes?|fotos|kiekjes|filmpjes|film"
            "pje|video|video's|videos|gefotografeerd|gefilmd|fotografeert"
            "|fotografeerde|fotograferen|filmt|filmde|filmen|foto’s ? ? ?"
            " ? ? ? zijn|z'n|haar|d'r eigen|privé|prive|persoonlijke re:t"
            "ele?foo?ns?|telefoontje|gsm|mobiel|mobieltje|iphone|camera",
            "zijn|z'n|haar|d'r eigen|privé|prive re:tele?foo?ns?|telefoon"
            "tje|gsm|mobiel|mobieltje|iphone ? ? ? ? ? re:foto('?s|tjes)?"
            "|re:fotootjes?|fotos|kiekjes|filmpjes|filmpje|video|video's|"
            "videos|gefotografeerd|gefilmd|fotografeert|fotografeerde|fot"
            "ograferen|filmt|filmde|filmen|foto’s",
            "alleen mee|meegenomen|gebracht|thuisgebracht|opgehaald|wegge"
            "bracht ? in|met zijn|z'n|haar|d'r|de|eigen auto|wagen|busje",
            "alleen met hem|haar|de|begeleider|leider|trainer|jongerenwer"
            "ker ? in|met zijn|z'n|haar|d'r|eigen auto|wagen",
            "ritje|ritjes|rondje|rondjes|toertje|tochtje ? ? ? ? zijn|z'n"
            "|haar|d'r|eigen|privé auto|wagen|scooter|motor",
            "stuurt|stuurde|sturen|krijgt|kreeg|kregen|ontvangt|ontving|a"
            "ppt|appte hem|haar|mijn|m'n|onze|dochter|zoon dochter~|zoon~"
            "|dochtertje~|zoontje~ ? ? re:priv[eé]-?(berichten|berichtjes"
            "|appjes|chats|gesprekjes)",
            "re:priv[eé]-?(berichten|berichtjes|appjes|chats|gesprekjes) "
            "van ? ? begeleider|leider|leiding|trainer|coach|jongerenwerk"
            "er|hem|meester|juf|mentor|vrijwilliger|medewerker",
            "stuurt|stuurde|sturen haar|hem|mijn|m'n|onze|dochter|zoon do"
            "chter~|zoon~|dochtertje~|zoontje~ ? privé|prive|geheime beri"
            "chtjes|berichten|appjes|snaps|dm's|dms",
            "appt|appte|appten|stuurt|stuurde|snapt|snapte|chat|chatte|dm"
            "t|dm't|dm'de|berichtte hem|haar|mijn|m'n|onze|dochter|zoon|d"
            "ochtertje|zoontje dochter~|zoon~|dochtertje~|zoontje~ ? ? ? "
            "? snapchat|snap|instagram|insta|tiktok|ig|privé|prive|dm",
            "volgt|volgde|voegde|voegt hem|haar|mijn|m'n|onze|dochter|zoo"
            "n dochter~|zoon~|dochtertje~|zoontje~ ? ? op|via instagram|i"
            "nsta|tiktok|snapchat|snap|ig",
            "gevolgd|toegevoegd|geaccepteerd|geadd|geaddet op|via instagr"
            "am|insta|tiktok|snapchat|snap|ig",
            "haar|hem|dochter|zoon|dochtertje|zoontje ? ? ? volgverzoek|f"
            "ollowverzoek|volgverzoekje",
            "koopt|kocht|gekocht|geeft|gaf|gegeven|geven|kopen hem|haar|m"
            "ijn|m'n|onze|dochter|zoon dochter~|zoon~|dochtertje~|zoontje"
            "~ ? ? ? ? cadeautjes|cadeaus|parfum|sieraden|kettinkje|make-"
            "up|airpods|sneakers|oorbellen|armbandje|beautyspullen",
            "je|jij|jullie mag|mogen|kan|kunt|kunnen|mocht|mochten|kon ? "
            "? bij mij ? ? logeren|slapen|overnachten|crashen|pitten|wone"
            "n|blijven",
            "photos|photo|pictures|picture|pics|videos|video|photographed"
            "|photographing|photographs|filmed|filming|films|took|takes|t"
            "aking ? ? ? ? ? ? swimsuits|swimsuit|swimwear|trunks|bikinis"
            "|underwear|changing|undressing|undressed|undress",
            "photos|photo|pictures|picture|pics|videos|video|photographed"
            "|photographing|photographs|filmed|filming|films ? ? ? ? ? ? "
            "his|her own|personal|private phone|mobile|iphone|camera",
            "his|her own|personal|private phone|mobile|iphone ? ? ? ? ? p"
            "hotos|pictures|pics|videos|photographed|filmed|filming",
            "alone with him|her in his|her car|van",
            "sends|sent|sending her|him|my|our|daughter|son daughter~|son"
            "~ ? private|secret messages|chats|dms|texts|snaps",
            "messages|messaged|messaging|texts|texted|texting|dms|dm'd|dm"
            "ed|snaps|snapped|snapping her|him|my ? ? ? ? ? instagram|sna"
            "pchat|snap|insta|tiktok|privately",
            "followed|follows|following|added|adds|friended|requested ? ?"
            " ? on|via instagram|insta|snapchat|snap|tiktok|ig",
            "buys|bought|buying|gives|gave|giving|sends|sent her|him|my|o"
            "ur|daughter|son daughter~|son~ ? ? ? gifts|presents|perfume|"
            "jewellery|jewelry|necklace|makeup|make-up|airpods|trainers|s"
            "neakers|lingerie",
            "stay|sleep|crash|sleepover|night at|over|round my|mine place"
            "|house|flat|home|apartment whenever|anytime|any",
            "always|anytime ? stay|sleep|crash at|over|round my|mine plac"
            "e|house|flat|home|apartment",
        ),
    ),
    # J postpartum crisis
    Rule(
        "sg",
        O,
        1.0,
        (
            "baby|kind|kindje|dochter|zoon|hem|haar|kleine ? iets aandoen"
            "|aandoe|aandeed|aangedaan",
            "baby|kind|kindje|dochter|zoon|hem|haar|kleine ? iets aan ? d"
            "oen|doe|zal|zou|ga",
            "baby|kindje|kind ? ? pijn doe|doen|zal|zou|ga",
            "i might|could|would|will|may ? hurt|harm|smother|drown|shake"
            "|suffocate the|my|our baby|newborn|son|daughter",
            "i'll|ll ? hurt|harm|smother|drown|shake|suffocate the|my|our"
            " baby|newborn|son|daughter",
            "hurting|harming|smothering|drowning|shaking|suffocating the|"
            "my|our baby|newborn",
            "donkere|zwarte|duistere|sombere gedachten|gedachtes",
            "dark|darkest|scary|intrusive thoughts",
            "beter|fijner|makkelijker|rustiger ? ? als ik er niet|nooit m"
            "eer was|ben|zou|waren|geweest|wezen",
            "beter|fijner|makkelijker|rustiger ? ? als ik er niet|nooit w"
            "as|waren|geweest|zou",
            "better|easier|happier ? ? ? if i|i'd wasn't|weren't|wasnt|we"
            "rent|was|were|didn't|didnt|had|disappeared|died ? ? here|aro"
            "und|alive|gone|dead|exist|born",
            "i've|ive|i|i'd|i'm|im even~ already~ actually~ seriously~ th"
            "ought|thinking|planned|planning|worked|figured about|of|out "
            "how to|i ? make that|it happen .|!|,|and|but|;|-|...",
            "opgezocht|gegoogeld|gezocht|uitgezocht ? ? hoe|hoeveel|welke"
            " ? ? ? ? dood|sterven|overlijden|overdosis|dodelijk|doodgaan"
            "|zelfmoord",
            "hoeveel|welke pillen|tabletten|paracetamol|slaappillen ? ? ?"
            " ? dodelijk|dood|overlijden|doodgaan|sterven",
            "googled|searched|looked|researched ? ? how|ways ? ? ? ? die|"
            "kill|overdose|end|lethal|fatal",
            "how many pills|tablets|paracetamol ? ? ? ? lethal|fatal|kill|die|overdose",
            "verdwijnen|slapen voor altijd",
            "verdwijnen|slapen voorgoed",
            "voorgoed verdwijnen|slapen|weggaan",
            "voor altijd verdwijnen|slapen|weggaan",
            "want|wanted|wish|wanna|just to~ disappear|vanish|sleep forever|permanently",
            "had|hadden ik|we hem|haar|de|het|dit|deze ? ? maar nooit|nie"
            "t gekregen|gebaard",
            "wou|wilde|wens|wenste dat ik nooit|niet ? zwanger|moeder|bevallen",
            "wish|wished i|i'd never|hadn't|didn't|not ? had|have|got|got"
            "ten|become|been ? baby|her|him|pregnant|mother|mum|mom|kids|"
            "children|them",
        ),
    ),
    # K care continued after "stop", or intimate care without asking
    Rule(
        "sg",
        G,
        1.0,
        (
            "zei|zeg|zeiden|riep|riepen|gezegd|geroepen|smeekte|vroeg ? ? ? stop|nee|au|auw"
            "|stoppen|ophouden hoor|nogmaals|duidelijk|keer|weer|nee|stop|au|auw|!~ ,|en|maar|!"
            "|.|;|-|...|: ? ? ze|hij|zij ging|gaat|bleef|blijft ? ? door|verder|doorgaan"
            "|doordrukken|doorduwen",
            "zei|zeg|zeiden|riep|riepen|gezegd|geroepen|smeekte|vroeg ? ? ? stop|nee|au|auw"
            "|stoppen|ophouden hoor|nogmaals|duidelijk|keer|weer|nee|stop|au|auw|!~ ,|en|maar|!"
            "|.|;|-|...|: ? ? ze|hij|zij deed|doet het|dat gewoon~ toch|alsnog|gewoon",
            "dat ik het|dat niet wilde|wou|wil|fijn|prettig ? ,|en|maar|. ? ? ze|hij|zij deed"
            "|doet|ging|gaat|bleef ? ? toch|gewoon|door|alsnog|verder",
            "ze|zij|hij|kraamverzorgster|kraamverzorgende|verloskundige|kraamhulp"
            "|verpleegkundige|zuster|begeleider|begeleidster|leidster ? ? drukte|drukt|duwde"
            "|duwt|kneep|knijpt|masseerde|masseert|trok|trekt|wreef|wrijft|porde|prikte|pakte"
            "|greep ? ? ? ? ? ? terwijl|hoewel|al|toen|nadat ik~ zei|riep|aangaf|gaf|huilde"
            "|gilde|schreeuwde|kreunde|smeekte|vroeg|aangegeven|gezegd|had ik~ ? ? ? pijn|stop"
            "|nee|au|auw|stoppen|ophouden",
            "drukte|drukt|duwde|duwt|kneep|knijpt|masseerde|masseert|trok|trekt|wreef|wrijft"
            "|porde|prikte|pakte|greep ze|zij|hij ? ? ? ? ? ? terwijl|hoewel|al|toen|nadat ik~"
            " zei|riep|aangaf|gaf|huilde|gilde|schreeuwde|kreunde|smeekte|vroeg|aangegeven"
            "|gezegd|had ik~ ? ? ? pijn|stop|nee|au|auw|stoppen|ophouden",
            "pijn deed|doet|deden ,|en|maar|. ? ? ze|zij|hij|kraamverzorgster|kraamverzorgende"
            "|verloskundige|kraamhulp|verpleegkundige|zuster|begeleider|begeleidster|leidster ?"
            " bleef|ging ? ? ? door|drukken|duwen|knijpen|masseren|trekken|wrijven|porren|verder",
            "deed|doet pijn ,|en|maar|. ? ze|zij|hij|kraamverzorgster|kraamverzorgende"
            "|verloskundige|kraamhulp|verpleegkundige|zuster|begeleider|begeleidster|leidster ?"
            " bleef|ging ? ? ? door|drukken|duwen|knijpen|masseren|trekken|wrijven|porren|verder",
            "zonder iets|het|eerst|mij|me|ons|even~ te~ vragen|zeggen|toestemming|waarschuwing ?"
            " ? ? ? borst|borsten|tepel|tepels|hechtingen|vagina|onderbroek|kruis|schaamstreek"
            "|schaamlippen|buik",
            "pakte|pakt|greep|grijpt|kneep|knijpt|duwde|duwt|drukte|drukt|trok|trekt|raakte"
            "|raakt|voelde|voelt|beetgepakt|vastgepakt|aangeraakt|betastte|betast|masseerde"
            "|masseert|legde|legt ? ? ? borst|borsten|tepel|tepels|hechtingen|vagina|onderbroek"
            "|kruis|schaamstreek|schaamlippen ? ? ? ? zonder iets|het|eerst|mij|me|ons|even~ te~"
            " vragen|zeggen|toestemming|waarschuwing",
            "vroeg|vraagt niet|niks|niets eens~ ? ? pakte|pakt|greep|grijpt|kneep|duwde|drukte"
            "|trok|legde|raakte",
            "duwt|duwde|drukt|drukte|duwen|drukken|propte|propt|perste|ramde ? ? hoofdje|hoofd"
            "|koppie|gezichtje met~ hard|hardhandig|ruw|keihard|kracht|geweld ? ? ? borst"
            "|borsten|tepel|tepels",
            "hard|hardhandig|ruw|keihard|kracht|geweld ? hoofdje|hoofd|koppie|gezichtje ? ? ?"
            " borst|borsten|tepel|tepels",
            "said|say|told|asked|begged|shouted|screamed|yelled|kept|saying ? ? ? stop|no|ouch"
            "|stopping twice|again|repeatedly|firmly|loudly|clearly|times|no|stop|ouch|!~ ,|and"
            "|but|!|.|;|-|...|:|then|so ? ? she|he just~ still~ kept|continued|ignored|pressed"
            "|pushed|squeezed|grabbed|pulled",
            "said|say|told|asked|begged|shouted|screamed|yelled|kept|saying ? ? ? stop|no|ouch"
            "|stopping twice|again|repeatedly|firmly|loudly|clearly|times|no|stop|ouch|!~ ,|and"
            "|but|!|.|;|-|...|:|then|so ? ? she|he just~ still~ carried|went on|ahead",
            "said|say|told|asked|begged|shouted|screamed|yelled|kept|saying ? ? ? stop|no|ouch"
            "|stopping twice|again|repeatedly|firmly|loudly|clearly|times|no|stop|ouch|!~ ,|and"
            "|but|!|.|;|-|...|:|then|so ? ? she|he didn't|did|wouldn't|would not~ stop|listen",
            "she|he|they|nurse|midwife|carer|caregiver|assistant ? ? pressed|pushed|squeezed"
            "|massaged|kneaded|pulled|pinched|rubbed|pressing|pushing|squeezing|massaging"
            "|kneading|pulling|pinching|rubbing|going|on ? ? ? ? ? ? though|while|although"
            "|despite|after|when i|me said|told|saying|telling|asked|asking|begged|begging"
            "|screamed|shouted|kept ? ? ? ? hurt|hurting|hurts|pain|painful|stop|stopping",
            "without even|my~ asking|permission|consent|warning ? ,~ she|he|they|the|nurse"
            "|midwife ? ? ? ? ? breast|breasts|nipple|nipples|chest|stitches|crotch|vagina|tummy"
            "|belly|stomach",
            "grabbed|grabs|grabbing|squeezed|squeezes|squeezing|pinched|pinches|groped|gropes"
            "|fondled|yanked|twisted ? ? ? breast|breasts|nipple|nipples|chest|stitches|crotch"
            "|vagina|tummy|belly|stomach ? ? ? ? without even|my~ asking|permission|consent"
            "|warning",
            "told|telling|said|saying|kept|tell ? ? ? hurt|hurting|hurts|painful ,|and|but|.|so"
            " ? ? she|he ? kept|carried|continued|pressed|pushed|pressing|pushing|squeezed|went",
            "she|he|they|nurse|midwife|carer|caregiver|assistant ? ? put|held|pushed|pressed"
            "|latched|touched|handled|took|shoved|placed ? ? ? ? breast|breasts|nipple|nipples"
            "|chest|stitches|crotch|vagina|tummy|belly|stomach ? ? without even|my~ asking"
            "|permission|consent|warning",
            "shoved|shoving|shoves|forced|forcing|rammed|jammed the|his|her|baby's|babys|my ?"
            " head|face ? ? ? ? breast|breasts|nipple|nipples|chest",
            "pushed|pressed|pushing|pressing|pushes|presses the|his|her|baby's|babys|my ? head"
            "|face hard|roughly|forcefully ? ? ? breast|breasts|nipple|nipples|chest",
        ),
    ),
    # L a small child shut alone in the dark sleeping room (adds to D)
    Rule(
        "sg",
        K,
        1.0,
        (
            "gezet|gestopt|weggezet|opgesloten|neergezet|achtergelaten|geduwd ? ? ? licht|lamp"
            "|lampen|lichten|lampje uit|uitgedaan|uitgezet|uitgeknipt|uitgedraaid ,|en ?"
            " helemaal~ alleen",
            "zette|zet|zetten|stopte|stopt|stopten|sloot|sluit|sloten hem|haar|ze|de|het ?"
            " alleen in|op de|het ? slaapkamer|slaapruimte|slaapkamertje|slaapzaal|bedjeskamer"
            "|slaaphok|slaapkamers|slaapruimtes|kamer|kamertje",
            "licht|lamp|lampen|lichten|lampje uit|uitgedaan|uitgezet|uitgeknipt|uitgedraaid ? ?"
            " ? liet|lieten|laat|laten hem|haar|ze ? huilen|krijsen|schreeuwen|janken",
            "donker|donkere|donkre ? ? ? slaapkamer|slaapruimte|slaapkamertje|slaapzaal"
            "|bedjeskamer|slaaphok|slaapkamers|slaapruimtes|kamer|kamertje|badkamer|wc|toilet"
            "|bijkeuken|berging|washok|hok gezet|gestopt|weggezet|opgesloten|neergezet"
            "|achtergelaten|geduwd",
            "slaapkamer|slaapruimte|slaapkamertje|slaapzaal|bedjeskamer|slaaphok|slaapkamers"
            "|slaapruimtes gezet|gestopt|weggezet|opgesloten|neergezet|achtergelaten|geduwd ? ?"
            " ? in het|de donker|donkere",
            "alleen gelaten|gezet|achtergelaten|opgesloten ? ? ? ? licht|lamp|lampen|lichten"
            "|lampje uit|uitgedaan|uitgezet|uitgeknipt|uitgedraaid",
            "licht|lamp|lampen|lichten|lampje uit|uitgedaan|uitgezet|uitgeknipt|uitgedraaid ? ?"
            " ? ? ? alleen gelaten|gezet|achtergelaten|laten|huilen",
            "licht|lamp|lampen|lichten|lampje uit|uitgedaan|uitgezet|uitgeknipt|uitgedraaid ? ?"
            " ? ? ? omdat|want|toen ze|hij|zij ? bleef|bleven huilen|krijsen|schreeuwen|janken"
            "|gillen|huilde|krijste|schreeuwde|jankte|gilde",
            "licht|lamp|lampen|lichten|lampje uit|uitgedaan|uitgezet|uitgeknipt|uitgedraaid ? ?"
            " ? ? ? omdat|want|toen ze|hij|zij huilen|krijsen|schreeuwen|janken|gillen|huilde"
            "|krijste|schreeuwde|jankte|gilde",
            "als|voor straf ? ? ? ? ? ? licht|lamp|lampen|lichten|lampje uit|uitgedaan|uitgezet"
            "|uitgeknipt|uitgedraaid",
            "licht|lamp|lampen|lichten|lampje uit|uitgedaan|uitgezet|uitgeknipt|uitgedraaid ? ?"
            " ? ? ? als|voor straf",
            "put|shut|left|sent|placed|locked|stuck|dumped|moved|carried ? ? ? ? ? alone|herself"
            "|himself with the|no light|lights|lamp off|out",
            "put|shut|left|sent|placed|locked|stuck|dumped|moved|carried him|her|them|my|our"
            "|the~ ? ? in|into the|a|his|her ? sleeping|sleep|nap|napping|dark|darkened|bed"
            "|empty ? room|area|bedroom ? ? ? alone|own|herself|himself ? ? ? ? ? ? light|lights"
            "|lamp|dark|door|crying|cried|screaming|screamed|punishment|sobbing|hours",
            "put|shut|left|sent|placed|locked|stuck|dumped|moved|carried him|her|them|my|our"
            "|the~ ? ? in|into the|a|his|her ? sleeping|sleep|nap|napping|dark|darkened|bed"
            "|empty ? room|area|bedroom as|for a~ punishment",
            "light|lights|lamp off|out ? ? ? ? ? because|as|cos|since|for ? ? ? crying|cried|cry"
            "|screaming|screamed|punishment|tantrum",
            "as|for a~ punishment ? ? ? ? ? ? light|lights|lamp off|out",
        ),
    ),
    # M a protected address or whereabouts shared with the violent (ex-)partner or birth parent
    Rule(
        "sg",
        H,
        1.0,
        (
            "mijn|m'n|mn|ons|onze|haar|zijn|z'n|d'r|hun nieuwe|geheime|huidige|nieuw|geheim~"
            " adres|woonadres|adresgegevens|verblijfplaats|huisadres|postadres|contactgegevens ?"
            " ? ? ? naar|aan|met|bij mijn|m'n|mn|haar|zijn|z'n|d'r|de|hun|onze|ons ? ex"
            "|ex-partner|expartner|ex-man|exman|ex-vriend|exvriend|ex-vrouw|exvrouw"
            "|ex-echtgenoot|exechtgenoot|ex-vriendin|biologische|bio-moeder|biomoeder|bio-vader"
            "|biovader|bio-ouders|geboortemoeder|geboortevader|pleger|dader|stalker",
            "mijn|m'n|mn|ons|onze|haar|zijn|z'n|d'r|hun nieuwe|geheime|huidige|nieuw|geheim~"
            " adres|woonadres|adresgegevens|verblijfplaats|huisadres|postadres|contactgegevens ,"
            "|( ? ? ? ? ? ? ,|) ? naar|aan|met|bij mijn|m'n|mn|haar|zijn|z'n|d'r|de|hun|onze|ons"
            " ? ex|ex-partner|expartner|ex-man|exman|ex-vriend|exvriend|ex-vrouw|exvrouw"
            "|ex-echtgenoot|exechtgenoot|ex-vriendin|biologische|bio-moeder|biomoeder|bio-vader"
            "|biovader|bio-ouders|geboortemoeder|geboortevader|pleger|dader|stalker",
            "de|het nieuwe|geheime|huidige|afgeschermde adres|woonadres|adresgegevens"
            "|verblijfplaats|huisadres|postadres|contactgegevens ? ? ? ? naar|aan|met|bij mijn"
            "|m'n|mn|haar|zijn|z'n|d'r|de|hun|onze|ons ? ex|ex-partner|expartner|ex-man|exman"
            "|ex-vriend|exvriend|ex-vrouw|exvrouw|ex-echtgenoot|exechtgenoot|ex-vriendin"
            "|biologische|bio-moeder|biomoeder|bio-vader|biovader|bio-ouders|geboortemoeder"
            "|geboortevader|pleger|dader|stalker",
            "naar|aan|met mijn|m'n|mn|haar|zijn|z'n|d'r|de|hun|onze|ons ? ex|ex-partner"
            "|expartner|ex-man|exman|ex-vriend|exvriend|ex-vrouw|exvrouw|ex-echtgenoot"
            "|exechtgenoot|ex-vriendin|biologische|bio-moeder|biomoeder|bio-vader|biovader"
            "|bio-ouders|geboortemoeder|geboortevader|pleger|dader|stalker ? ? ? mijn|m'n|ons"
            "|onze nieuwe|geheime|huidige~ adres|woonadres|adresgegevens|verblijfplaats"
            "|huisadres|postadres|contactgegevens gestuurd|gemaild|gegeven|gedeeld|doorgegeven"
            "|verstuurd|doorgestuurd|gelekt|verteld|meegegeven|hebben|heeft|gegeven|genoemd",
            "ex|ex-partner|expartner|ex-man|exman|ex-vriend|exvriend|ex-vrouw|exvrouw"
            "|ex-echtgenoot|exechtgenoot|ex-vriendin|biologische|bio-moeder|biomoeder|bio-vader"
            "|biovader|bio-ouders|geboortemoeder|geboortevader|pleger|dader|stalker ? ? ? weet"
            "|wist|kent|kende|gezien|gevonden|achterhaald|ontdekt|gehoord|verteld|gezegd"
            "|doorgegeven|gekregen|erachter|nu ? ? ? waar ik|we|wij|hij|ze|zij|mijn|m'n|ons|onze"
            " ? ? woon|wonen|woont|verblijf|verblijven|verblijft|zit|zitten|school|opvang|bso"
            "|kdv|kinderdagverblijf|slaapt|slapen",
            "niet|nooit|geen|niks|niets ? ? ? oude|vorige|vroegere adres ? ? ? woont|wonen|zit"
            "|verblijft mijn|m'n~ hij|ex|ex-partner|expartner|man",
            "hij|ex|ex-partner|expartner|man|vader|partner|vriend|echtgenoot|zij|moeder mag"
            "|mocht|mogen ? niet|nooit weten|horen waar ik|we|wij|ze|zij|hij|mijn|m'n|ons|onze ?"
            " ? zijn|zitten|wonen|woon|woont|verblijven|verblijf|verblijft|zit|school|opvang|kdv"
            "|bso",
            "address|whereabouts|location|details ? ? sent|shared|given|gave|passed|forwarded"
            "|emailed|mailed|leaked|disclosed|posted|texted|revealed|told|handed|out ? ? to|with"
            " my|her|his|our|the|their|an|a ? ex|ex-partner|ex-husband|ex-boyfriend|ex-wife"
            "|ex-girlfriend|abuser|birth|biological|bio|perpetrator|stalker|violent|abusive",
            "sent|shared|given|gave|passed|forwarded|emailed|mailed|leaked|disclosed|posted"
            "|texted|revealed|told|handed|out my|our|her|his|the ? address|whereabouts|location"
            "|details ? to|with my|her|his|our|the|their|an|a ? ex|ex-partner|ex-husband"
            "|ex-boyfriend|ex-wife|ex-girlfriend|abuser|birth|biological|bio|perpetrator|stalker"
            "|violent|abusive",
            "ex|ex-partner|ex-husband|ex-boyfriend|ex-wife|ex-girlfriend|abuser|birth|biological"
            "|bio|perpetrator|stalker|violent|abusive ? ? knows|know|knew|found|told|learned"
            "|learnt|discovered|out|now ? ? where i|we|they|she|he ? ? live|lives|living|stay"
            "|stays|staying|school|nursery|daycare",
            "don't|not|never|do ? ? ? ? old|previous|former address ? ? ? ? he|ex|husband"
            "|partner still~ lives|is|lives",
            "he|ex|husband|partner|father|she must|can't|cannot|mustn't|shouldn't|never not~ ?"
            " know|find|learn ? where i|we|they|she|he ? ? live|are|stay|staying|living|school",
        ),
    ),
    # N a ban or court order because of violence at home, a parent who fled (clear phrases)
    Rule(
        "sg",
        H,
        1.0,
        (
            "tijdelijk|tijdelijke huisverbod|huisverboden",
            "huisverbod|huisverboden ? ? ? ? burgemeester|thuis|geweld|mishandeling",
            "burgemeester ? ? ? ? huisverbod|huisverboden",
            "man|partner|vriend|ex|echtgenoot|vader|stiefvader|ex-partner|expartner|ex-man"
            "|vriendje ? ? ? ? huisverbod|huisverboden",
            "mag|mogen|mocht|mochten ? ? niet|nooit ? ophalen|halen|zien|benaderen|meenemen"
            "|komen|bellen|contact ? ? ? ? ? geweld|mishandeling|rechter|rechtbank|kinderrechter"
            "|huisverbod|contactverbod|straatverbod|bedreiging|bedreigingen",
            "rechter|rechtbank|kinderrechter ? ? ? ? ? ? ? niet|nooit meer~ mag|mogen ophalen"
            "|halen|zien|benaderen|komen|bellen",
            "rechter|rechtbank|kinderrechter ? ? ? ? ? ? ? ? geen contact|omgang|contactverbod",
            "gevlucht|weggevlucht|ontsnapt|ontvlucht ? voor|van|bij mijn|m'n|haar|zijn|onze|de ?"
            " man|partner|vriend|ex|echtgenoot|vader|stiefvader|ex-partner|expartner|ex-man"
            "|vriendje",
            "voor|van mijn|m'n|haar ? man|partner|vriend|ex|echtgenoot|vader|stiefvader"
            "|ex-partner|expartner|ex-man|vriendje gevlucht|weggevlucht|ontsnapt|ontvlucht",
            "zitten|zit|zat|zaten|wonen|woon|woont|woonden|verblijven|verblijf|verblijft"
            "|verbleven|opgevangen|gevlucht|geplaatst|slapen|slaap|sliepen ? ? ? ? vrouwenopvang"
            "|blijf-van-mijn-lijfhuis|blijf-van-mijn-lijf-huis|blijfhuis|blijfvanmijnlijfhuis"
            "|re:blijf-van-mijn-lijf(huis|huizen|-huis)?",
            "vrouwenopvang|blijf-van-mijn-lijfhuis|blijf-van-mijn-lijf-huis|blijfhuis"
            "|blijfvanmijnlijfhuis|re:blijf-van-mijn-lijf(huis|huizen|-huis)? ? ? ? ? gevlucht"
            "|gegaan|opgevangen|geplaatst|terechtgekomen|beland|verhuisd|gebracht|vertrokken",
            "ontvoeren|ontvoerd|weggrissen|meesleuren|kidnappen|gekidnapt ? ? ? ? ? ? ? politie"
            "|112",
            "probeerde|probeert|probeerden|geprobeerd|poging ? ? ? ? ? ? ? te~ ontvoeren"
            "|weggrissen|grissen|kidnappen",
            "hem|haar|ze|kinderen|kind|zoon|dochter|kleine ? ? ? ? mee|weg|op te nemen|halen"
            "|grissen ? ? ? ? ? ? ? politie|112 gebeld|belde|belden|ingeschakeld|erbij|gehaald"
            "|gewaarschuwd|bellen|gebeld",
            "hem|haar|ze|kinderen|kind|zoon|dochter|kleine ? ? ? ? mee|weg|op te nemen|halen"
            "|grissen ? ? ? ? ? ? belde|belden|bellen|gebeld|waarschuwde ? politie|112",
            "non-molestation|protective|protection|occupation|no-contact order|orders",
            "no contact order|orders",
            "not|isn't|n't|aren't|never|no allowed|permitted to ? ? ? ? ? ? ? violence|abuse"
            "|abusive|court|injunction|restraining",
            "court|judge ruled|ordered|decided|has|said|says ? ? ? ? ? ? not|isn't|can't|cannot"
            "|mustn't|never|n't allowed|permitted~ to~ contact|see|collect|pick|come|visit"
            "|approach|go",
            "fled|escaped|escaping|fleeing|ran from~ my|her|an|a|our ? husband|partner|boyfriend"
            "|ex|abuser|relationship|marriage",
            "living|staying|stay|stayed|moved|fled|went|are|were|is|placed|housed|live|lives in"
            "|at|into|to a|the|an~ women's|womens|women|domestic|dv|violence ? refuge|shelter"
            "|safehouse",
            "living|staying|stay|stayed|moved|fled|went|are|were|is|placed|housed|live|lives ? ?"
            " ? safehouse",
            "safe house",
            "tried|trying|attempted|try to take|grab|snatch|collect|pick|remove ? ? ? ? ? ? ?"
            " called|phoned|rang|call|calling|alerted|involved the~ police|cops|911|999|112",
            "tried|trying|attempted|try to abduct|kidnap|snatch",
        ),
    ),
    # N (vaguer: a ban or a parent who left, without the violence said)
    Rule(
        "sg",
        H,
        0.6,
        (
            "huisverbod|huisverboden ? ? ? ? ? politie|opgelegd",
            "politie ? ? ? ? ? huisverbod|huisverboden",
            "women's|womens|women|domestic|dv ? refuge|safehouse|shelter|shelters",
            "living|staying|stay|stayed|moved|fled|went|are|were|is|placed|housed|live|lives in"
            "|to|into a|the refuge",
            "court order|orders",
            "court-order|custody-order",
            "met de|mijn|m'n|mn|ons|onze|twee|drie|mn ? baby|kinderen|kids|kind|kindje|kindjes"
            "|zoon|zoontje|dochter|dochtertje|kleine|meiden|jongens|tweeling|kleintjes bij|van"
            " mijn|m'n|haar|mn ? man|partner|vriend|ex|echtgenoot|vader|stiefvader|ex-partner"
            "|expartner|ex-man|vriendje weg|weggegaan|vertrokken|weggelopen",
            "ben|is|zijn bij|van mijn|m'n|haar|mn ? man|partner|vriend|ex|echtgenoot|vader"
            "|stiefvader|ex-partner|expartner|ex-man|vriendje weg|weggegaan|vertrokken|weggelopen",
            "vader|moeder|papa|mama|ex|stiefvader|biologische mag|mogen|mocht ? ? niet|nooit ?"
            " ophalen|halen|meenemen|komen",
            "dad|father|mum|mother|mom|ex|stepdad|stepfather is|was~ not|no|isn't|isnt|never"
            " longer~ allowed|permitted to collect|pick|take|see|contact|come",
            "left|leaving my|her husband|partner|boyfriend because|after|due|for",
        ),
    ),
    # O a teenager run by older boys: debts, waiting at school, scooters, "being used" (adds to C)
    Rule(
        "sg",
        O,
        1.0,
        (
            "zeggen|zeiden|zegt|zei|beweren|beweert ze|zij|die~ dat ik|hij|we|wij|zij|ze ze|hun"
            "|hen|die nog~ ? ? ? schuldig",
            "schuldig|schuld|schulden ? ? ? omdat|want|sinds|nadat er|hij|ik|die|zijn|mijn|z'n"
            "|m'n ? re:pa(k|kk)et(je|jes|ten)?|re:pakje[s]?|tas|tasje|tassen|spullen|zakje"
            "|zakjes|wiet|drugs|doos|doosje|rugzak is|was|werd|ging|raakte~ kwijt|weg|afgepakt"
            "|gestolen|gejat|gepikt|verloren|kwijtgeraakt|gepakt|afgenomen|onderschept",
            "ze|zij|die|jongens|gasten|mannen|kerels|types|boys staan|stonden|stond|wachten"
            "|wachtten ? ? ? ? op me|mij|ons te~ wachten",
            "die|deze|oudere|paar ? jongens|gasten|mannen|kerels|types|boys staan|stonden|stond"
            "|wachten|wachtten ? ? ? ? op hem|haar te~ wachten",
            "staan|stonden|stond|wachten|wachtten ? ? ? ? ? me|mij|ons|mn|m'n op te wachten",
            "die|deze jongens|gasten|mannen|kerels|types|boys staan|stonden ? ? bij|voor|na"
            "|buiten ? school|schoolplein|schoolhek ? ? ? te~ wachten",
            "scooters|brommers|scootertjes|motoren|motors|scooter's halen|haalden|haalt|pikken"
            "|pikte|pikten|pikt|komen|kwamen|komt hem|haar|mijn|m'n|onze|zoon|broertje|zoontje ?"
            " ? op|ophalen|oppikken|halen|mee",
            "opgehaald|opgepikt|meegenomen door ? ? ? ? scooters|brommers|scootertjes|motoren"
            "|motors|scooter's",
            "scooters|brommers|scootertjes|motoren|motors|scooter's ? ? ? ? ? ? ? ? terug|thuis"
            " met ? ? ? geld|cash|briefjes|bundel|rolletje|honderden|contant|biljetten|poen"
            "|doekoe",
            "boy|son|he|kid|lad|teen|teenager|brother|nephew|child|girl|daughter|she ? ? ? is"
            "|was|are|'s|were being used|exploited|groomed",
            "boy|son|he|kid|lad|teen|teenager|brother|nephew|child|girl|daughter|she ? ? ? has"
            "|have|'s|had been exploited|groomed",
            "boy|son|he|kid|lad|teen|teenager|brother|nephew|child|girl|daughter|she ? ? ? has"
            "|have|'s|had been used by|as|for",
            "he's|hes|she's|shes|boy's|son's being used|exploited|groomed",
            "he's|hes|she's|shes|boy's|son's been exploited|groomed",
            "he's|hes|she's|shes|boy's|son's been used by|as|for",
            "hij|ze|zij|zoon|jongen|broertje|zoontje|neef|neefje wordt|werd|worden gebruikt"
            "|misbruikt|ingezet|uitgebuit door|als|voor ? ? ? ? jongens|gasten|mannen|kerels"
            "|types|boys|criminelen|dealers|bende|loopjongen|koerier|drugskoerier|pakketjes|drugs",
            "uitgebuit door ? ? ? jongens|gasten|mannen|kerels|types|boys|criminelen|dealers"
            "|bende",
            "criminele uitbuiting",
            "he|he's|hes|she|she's|son|boy|brother|is|was|been|now|still ? runs|running|ran for"
            " them",
            "runs|running|ran|deals|dealing|sells|selling for older|those|these|some|a ? boys"
            "|guys|lads|men|gang|dealers|dealer",
            "scooters|mopeds|motorbikes|motorcycles|bikes pick|picks|picked|collect|collects"
            "|collected him|her|my|our",
            "picked|collected up~ by ? ? ? ? on|with scooters|mopeds|motorbikes|motorcycles|bikes",
            "scooters|mopeds|motorbikes|motorcycles|bikes ? ? ? ? ? ? ? ? back|home with ? ? ?"
            " money|cash|notes|wad|wads|hundreds",
            "owes|owe|owed|debt ? ? ? ? because|since|after|cos ? ? ? package|parcel|bag|stuff"
            "|drugs|weed|packet|packages|parcels ? ? lost|missing|stolen|nicked|taken|seized",
            "moet|moest|moeten voor ze|hen|hun|die|deze ? jongens~ ? ? bewaren|wegbrengen"
            "|rondbrengen|afleveren|dealen|verkopen|lopen|rijden|werken|bezorgen",
        ),
    ),
    # P a parent using drugs, a toddler alone outside or on the gallery (adds to F)
    Rule(
        "sg",
        O,
        1.0,
        (
            "moeder|vader|mama|papa|moeders|ouders|mam|pap|mamma|pappa gebruikt|gebruiken"
            "|gebruikte weer ,|.|!|;|en|want|denk|drugs|harddrugs|re:hero[iï]ne?|coke|cocaïne"
            "|cocaine|crack|speed|dope|ghb|meth",
            "moeder|vader|mama|papa|moeders|ouders|mam|pap|mamma|pappa gebruikt|gebruiken"
            "|gebruikte ,~ .|!|;|want|denk|vermoed|volgens|drugs|harddrugs|re:hero[iï]ne?|coke"
            "|cocaïne|cocaine|crack|speed|dope|ghb|meth",
            "moeder|vader|mama|papa|moeders|ouders|mam|pap|mamma|pappa|ze|zij|hij ? zit|zitten"
            "|is|zijn|raakt|raakte|zat weer~ aan de drugs|harddrugs|re:hero[iï]ne?|coke|cocaïne"
            "|cocaine|crack|speed|dope|ghb|meth|drank|pillen",
            "verslaafd|verslaafde aan de~ drugs|harddrugs|re:hero[iï]ne?|coke|cocaïne|cocaine"
            "|crack|speed|dope|ghb|meth|drank|alcohol",
            "is|'s|she's|he's|shes|hes|are|they're|mum|mother|mom|dad|father|parents|mummy|mommy"
            " ? using ,~ again|heavily|daily|.|!|i|drugs|heroin|crack|meth|smack|coke|cocaine"
            "|gear",
            "she|he|they|she's|he's|shes|hes|they're|mum|mother|mom|dad|father|parents|mummy"
            "|mommy is|was|are|were|'s~ on drugs|heroin|crack|meth|smack|coke|cocaine|gear",
            "addicted to drugs|heroin|crack|meth|smack|coke|cocaine|gear",
            "zat|zit|stond|staat|liep|loopt|speelde|speelt|huilde|huilt|kroop|kruipt|lag|ligt"
            "|dwaalde|dwaalt|zwierf|zwerft|rende|rent|aangetroffen|gevonden|gezien|zitten|staan"
            "|lopen|spelen ? helemaal~ alleen boven~ op|aan|in|bij|over|langs de|het|een ?"
            " galerij|galerijflat|trappenhuis|portiek|parkeerplaats|parkeerterrein|dak|kade"
            "|balkonrand|reling|rijweg|snelweg|lift",
            "peuter|peutertje|dreumes|dreumesje|baby|kleintje|kleine|kindje|meisje|jongetje"
            "|zoontje|dochtertje|re:(1|2|3|twee|drie)-?jarige ? ? ? zat|zit|stond|staat|liep"
            "|loopt|speelde|speelt|huilde|huilt|kroop|kruipt|lag|ligt|dwaalde|dwaalt|zwierf"
            "|zwerft|rende|rent|aangetroffen|gevonden|gezien|zitten|staan|lopen|spelen ?"
            " helemaal~ alleen|eentje boven~ op|aan|in|bij|over|langs|naar de|het|een ? galerij"
            "|galerijflat|trappenhuis|portiek|parkeerplaats|parkeerterrein|dak|kade|balkonrand"
            "|reling|rijweg|snelweg|lift|straat|stoep|weg|sloot|water|gracht|vijver|fietspad"
            "|kruispunt",
            "zag|zie|zagen|zien|vond|vonden|gezien|gevonden ? ? peuter|peutertje|dreumes"
            "|dreumesje|baby|kleintje|kleine|kindje|meisje|jongetje|zoontje|dochtertje|re:(1|2|3"
            "|twee|drie)-?jarige ? ? ? helemaal~ alleen ? ? ? galerij|galerijflat|trappenhuis"
            "|portiek|parkeerplaats|parkeerterrein|dak|kade|balkonrand|reling|rijweg|snelweg"
            "|lift|straat|stoep|weg|sloot|water|gracht|vijver|fietspad|kruispunt",
            "alleen|eentje boven|bovenaan aan~ de|het ? trap|trappen|trappenhuis",
            "luier|luiertje|pyjama|pyjamaatje|rompertje|romper|hemdje|onderbroekje|onderbroek"
            "|nachtjapon ? ? ? ? galerij|trappenhuis|portiek|straat|stoep|parkeerplaats"
            "|parkeerterrein|lift|kou|vrieskou",
            "galerij|trappenhuis|portiek|straat|stoep|parkeerplaats|parkeerterrein|lift|kou"
            "|vrieskou ? ? ? ? luier|luiertje|pyjama|pyjamaatje|rompertje|romper|hemdje"
            "|onderbroekje|onderbroek|nachtjapon",
            "nappy|diaper|nappies|diapers|pyjamas|pajamas|vest|onesie|pants ? ? ? ? gallery"
            "|walkway|stairwell|street|road|pavement|sidewalk|parking|cold|rain|snow",
            "gallery|walkway|stairwell|street|road|pavement|sidewalk|parking|cold|rain|snow ? ?"
            " ? ? nappy|diaper|nappies|diapers|pyjamas|pajamas|vest|onesie|pants",
            "alone|unsupervised at|on|in|near the top|bottom|edge~ of~ the~ gallery|walkway"
            "|stairs|stairwell|staircase|balcony|roof|car|parking",
            "toddler|baby|girl|boy|one|son|daughter|child|kid|tot|infant ? ? was|is|sat|sitting"
            "|stood|standing|crawling|crawled|wandering|wandered|walking|walked|toddling|playing"
            "|played|crying|cried|found|left|running|ran ? alone|unsupervised ? ? ? gallery"
            "|walkway|stairwell|staircase|stairs|balcony|roof|street|road|pavement|sidewalk",
        ),
    ),
    # Q a hopeless or suicidal teenager (explicit; adds to B)
    Rule(
        "sg",
        O,
        1.0,
        (
            "zegt|zei|vindt|vond|denkt|dacht|roept|riep|schrijft|schreef|appt|appte|voelt|zeggen"
            " dat alles|het|alle ? ? zinloos|nutteloos|hopeloos|waardeloos|zinloze",
            "leven|bestaan ? ? zinloos|nutteloos|hopeloos|waardeloos|zinloze|zinloos",
            "leven heeft|had geen zin|nut|betekenis",
            "leven geen zin|nut|betekenis heeft|had|meer",
            "zinloos|nutteloos|hopeloos|waardeloos|zinloze om te leven|bestaan",
            "ziet|zag het ? niet|nooit meer zitten",
            "geen zin|reden meer~ in|om het~ ? leven|bestaan|doorleven",
            "niemand zou|zal me|mij|hem|haar ? missen",
            "niemand me|mij|hem|haar ? zou|zal missen",
            "nobody|noone would|will ? miss me|him|her",
            "no one would|will ? miss me|him|her",
            "nobody|noone would|will care|notice if i|he|she ? ? died|dead|gone|disappeared",
            "no one would|will care|notice if i|he|she ? ? died|dead|gone|disappeared",
            "was|ware ik|hij|ze|zij maar dood",
            "was|ware ik|hij|ze|zij maar nooit|niet geboren",
            "wou|wilde|wens|wenst|wenste|wilt dat ik|hij|ze|zij ? dood|doodging|doodga|doodgaat",
            "wou|wilde|wens|wenst|wenste|wilt dat ik|hij|ze|zij nooit|niet ? geboren|bestond"
            "|bestaan",
            "waarom zou ik|hij|ze|zij er~ nog leven|bestaan|doorleven",
            "niet|nooit meer wil|wilt|wou|wilde leven|bestaan|doorleven",
            "life|living|existence is|feels|seems|was pointless|meaningless|hopeless|worthless",
            "wish|wishes|wished i|he|she|i'd|he'd|she'd wasn't|weren't|wasnt|werent|didn't"
            "|wouldn't alive|born|exist",
            "no|any|the point in|to|of anything|living|life|existing|myself",
            "see|sees|saw|seeing the|any|no point in|of living|life|anything|existing|being",
            "can't|cannot|cant|doesn't|don't|didn't|dont|doesnt|couldn't|not see|sees the|any"
            " point in|of living|life|anything|existing|being",
            "nothing|reason left~ to live for",
            "no reason to live|anymore|any|.|,|!",
            "wish|wishes|wished|wishing i|i'd ? ? dead|died|born",
            "n't|not|dont|doesnt|didnt|doesn't|don't|didn't want|wanna to~ live|exist anymore"
            "|any|longer",
            "n't|not|dont|doesnt|didnt|doesn't|don't|didn't want|wanna to~ be|stay alive",
            "n't|not|dont|doesnt|didnt|doesn't|don't|didn't want|wanna to~ exist",
        ),
    ),
    # Q (vaguer: withdrawn, no future, can't go on)
    Rule(
        "sg",
        O,
        0.6,
        (
            "alles ? zinloos|nutteloos|hopeloos|waardeloos|zinloze is|vindt|voelt|lijkt|meer|was",
            "nergens|niks|niets meer zin in|aan",
            "geen toekomst meer~ voor mij|zich|zichzelf|hem|haar",
            "zit|zat|ligt|lag|blijft|bleef|verstopt|verstopte|sluit|sloot ? ? ? op|in zijn|haar"
            "|z'n|d'r|mijn|m'n kamer ? ? ? ? ? ? huilt|huilen|huilde|somber|zinloos|gordijnen"
            "|donker|nauwelijks|amper|niemand|eenzaam|verdrietig|wanhopig",
            "stays|stay|staying|stayed|hides|hiding|hid|locks|locked|shuts|shut ? ? in his|her"
            "|their room ? ? ? ? ? ? crying|cries|cried|hardly|barely|nobody|curtains|dark"
            "|hopeless|pointless|sad|lonely",
            "can't|cannot|cant go|carry on",
            "wish|wishes|wished i|he|she|i'd|he'd|she'd wasn't|weren't|wasnt|werent here|around",
            "doesn't|does|don't|didn't|dont|doesnt|can't|cannot|cant not~ see the|any point"
            " anymore|any",
        ),
    ),
    # R an adult who has a child keep things from a parent (adds to E)
    Rule(
        "sg",
        G,
        1.0,
        (
            "hoef|hoeft|hoefde|hoeven|hoefden ? ? niet|niks|niets|nooit ? ? ? ouders|ouder"
            "|moeder|vader|mama|papa|mam|pap|mamma|pappa|mams|paps|thuis|moeders ? ? vertellen"
            "|zeggen|vertelle|zegge|vertelen|zeggn|weten|laten",
            "hoeft|hoefde|hoeven je|jouw|jullie|de|ur ? ouders|ouder|moeder|vader|mama|papa|mam"
            "|pap|mamma|pappa|mams|paps|thuis|moeders ? ? niet|niks|nooit ? weten|horen",
            "je|jouw|jullie ouders|ouder|moeder|vader|mama|papa|mam|pap|mamma|pappa|mams|paps"
            "|thuis|moeders hoeft|hoeven|hoefde ? ? niet|niks|nooit ? weten|horen",
            "wat je|jouw|jullie ouders|ouder|moeder|vader|mama|papa|mam|pap|mamma|pappa|mams"
            "|paps|thuis|moeders niet|niks weet|weten",
            "niet|niks|nooit ? ? ? ouders|ouder|moeder|vader|mama|papa|mam|pap|mamma|pappa|mams"
            "|paps|thuis|moeders hoeft|hoef|hoefde|hoeven te~ vertellen|zeggen|weten",
            "haar|zijn|z'n|d'r|je|jouw|jullie ouders|ouder|moeder|vader|mama|papa|mam|pap|mamma"
            "|pappa|mams|paps|thuis|moeders het|dit|dat|er niet|niks|nooit hoeft|hoefde|hoeven"
            " te~ weten|horen",
            "iets|dat|dit|blijft|houden|is|zaakje|geheimpje ? ? tussen|onder ons mannen|jongens"
            "|kerels|boys|mannetjes",
            "no|don't|doesn't|dont|doesnt|not need|needs|needn't to~ tell|mention|say|show ? ?"
            " your|ur|his|her ? mum|mom|mummy|mommy|mam|dad|daddy|parents|parent|mother|father"
            "|mama|papa|folks|nan|family",
            "your|ur mum|mom|mummy|mommy|mam|dad|daddy|parents|parent|mother|father|mama|papa"
            "|folks|nan|family doesn't|don't|does|do|needn't|won't|shouldn't|mustn't|never|dont"
            "|doesnt not~ need|have|needs|ever~ to~ know|hear|find",
            "what your|ur mum|mom|mummy|mommy|mam|dad|daddy|parents|parent|mother|father|mama"
            "|papa|folks|nan|family doesn't|don't|dont|doesnt|does|do not~ know",
            "between|among us men|boys|lads|guys",
        ),
    ),
    # R (grooming signs: late-night messages, gifts, outings alone; "not to tell her mum")
    Rule(
        "sg",
        G,
        0.6,
        (
            "not|never to tell|mention|show ? ? her|his|your|ur|their mum|mom|mummy|mommy|mam"
            "|dad|daddy|parents|parent|mother|father|mama|papa|folks|nan|family",
            "stuurt|stuurde|sturen|appt|appte|appen|belt|belde|bellen|snapt|snapte|chat|chatte"
            "|facetimet|facetimede hem|haar|mijn|m'n|onze|ons ? ? ? uur|u|re:2[23][:.][0-5][0-9]"
            "|re:0[0-4][:.][0-5][0-9]|re:2[23]u(ur)? 's|s nachts",
            "stuurt|stuurde|sturen|appt|appte|appen|belt|belde|bellen|snapt|snapte|chat|chatte"
            "|facetimet|facetimede hem|haar|mijn|m'n|onze|ons ? ? 's|s nachts appjes|berichtjes"
            "|berichten|snaps|dm's|dms|appje|berichtje|telefoontjes|videobellen",
            "stuurt|stuurde|sturen|appt|appte|appen|belt|belde|bellen|snapt|snapte|chat|chatte"
            "|facetimet|facetimede hem|haar|mijn|m'n|onze|ons ? ? ? na|rond|om|tot|voor"
            " middernacht",
            "stuurt|stuurde|sturen|appt|appte|appen|belt|belde|bellen|snapt|snapte|chat|chatte"
            "|facetimet|facetimede hem|haar|mijn|m'n|onze|ons ? ? midden in de nacht",
            "stuurt|stuurde|sturen|appt|appte|appen|belt|belde|bellen|snapt|snapte|chat|chatte"
            "|facetimet|facetimede hem|haar|mijn|m'n|onze|ons ? ? ? re:2[23][:.][0-5][0-9]"
            "|re:0[0-4][:.][0-5][0-9]|re:2[23]u(ur)?",
            "stuurt|stuurde|sturen|appt|appte|appen|belt|belde|bellen|snapt|snapte|chat|chatte"
            "|facetimet|facetimede hem|haar|mijn|m'n|onze|ons ? ? ? elf|twaalf uur 's|s avonds",
            "'s|s nachts|middernacht appjes|berichtjes|berichten|snaps|dm's|dms|appje|berichtje"
            "|telefoontjes|videobellen van|uit ? ? trainer|coach|leider|begeleider|begeleidster"
            "|jongerenwerker|vrijwilliger|mentor|meester|juf|leiding|medewerker|hem|leraar"
            "|trainster",
            "hem|haar|mijn|m'n|onze|ons zoon|dochter|zoontje|dochtertje~ ? dure|duur|duurste"
            "|peperdure|merk|gratis ? schoenen|sneakers|kleren|kleding|telefoon|iphone|airpods"
            "|jas|trainingspak|voetbalschoenen|shirt|cadeau|cadeaus|cadeautjes|horloge|spullen"
            "|game|games|playstation|pet|parfum ? ? gegeven|gekocht|gegeve|cadeau|geschonken"
            "|gekregen",
            "hem|haar|mijn|m'n|onze ? ? alleen|apart mee|meegenomen|meenemen|meegevraagd ? ? ?"
            " wedstrijd|bioscoop|film|pretpark|stad|eten|concert|weekend|uitje|dagje|strand"
            "|stadion|mcdonalds|snackbar|kermis|winkelcentrum",
            "hem|haar|mijn|m'n|onze ? ? alleen|apart ? ? ? wedstrijd|bioscoop|film|pretpark|stad"
            "|eten|concert|weekend|uitje|dagje|strand|stadion|mcdonalds|snackbar|kermis"
            "|winkelcentrum meegenomen|meenemen|mee",
            "texts|texted|texting|messages|messaged|messaging|snaps|snapped|snapchats|calls"
            "|called|calling|dms|whatsapps|facetimes|facetimed him|her|my|our ? ? ? ? ? midnight"
            "|re:(10|11|12)(:[0-5][0-9])?pm|re:(1[0-2]|[1-5])(:[0-5][0-9])?am",
            "midnight|re:(10|11|12)(:[0-5][0-9])?pm|re:(1[0-2]|[1-5])(:[0-5][0-9])?am ? ? ?"
            " messages|texts|snaps|calls|dms|whatsapps from ? ? coach|trainer|volunteer|leader"
            "|mentor|teacher|worker|staff|him",
            "took|takes|taking|taken him|her alone|just ? ? ? ? match|game|cinema|movies|concert"
            "|dinner|stadium|trip|weekend|shopping|mcdonalds|mcdonald's|fair|beach",
            "took|takes|taking|taken him|her|my|our ? ? ? ? ? match|game|cinema|movies|concert"
            "|dinner|stadium|trip|weekend|shopping|mcdonalds|mcdonald's|fair|beach ? ? alone|own"
            "|himself|herself",
            "expensive|designer ? trainers|shoes|phone|clothes|boots|jacket|gifts|presents|watch"
            " ? ? from ? ? coach|trainer|volunteer|leader|mentor|teacher|worker|staff|him",
        ),
    ),
)
