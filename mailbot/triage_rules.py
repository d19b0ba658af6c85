"""Rule tables of the triage (``mailbot.classify``); ``mailbot.rule_matcher`` runs them (its
docstring gives the pattern syntax).

Groups: ``sg`` (safeguarding signal), ``sg_injury`` (explained away by a handled accident),
``sg_strict`` (never negated), ``sg_abstract`` (abstract words - "kindermishandeling",
"huiselijk geweld", "Veilig Thuis" - that newsletters, vacancies and auto-replies use too: they
never flag on their own), ``peer`` (another child did it), ``ball`` (what a hitting verb shortly
before hit), ``sg_neg`` (hard negative: cancels overlapping signals),
``accident``, ``doubt``, ``sector``, ``ongoing``/``past`` (kraamzorg urgency, DOMAIN §4),
``complaint``/``not_complaint``/``gratitude`` (cues), ``complaint_explicit`` (a complaint made
in so many words). A rule weight of 1.0 flags on its own.
"""

from __future__ import annotations

from mailbot.domain import Sector
from mailbot.rule_matcher import G, H, K, O, Rule, RuleMatcher, S
from mailbot.triage_rules_calm import CALM_RULES

NEGATORS = frozenset(
    [
        "geen",
        "niet",
        "nooit",
        "nergens",
        "niks",
        "niets",
        "zonder",
        "no",
        "not",
        "never",
        "without",
        "n't",
        "nothing",
        "none",
        "nor",
    ]
)
#: Words that end the clause a negator can reach back into ("ik weet niet OF hij geslagen wordt"
#: is a worry, not a denial: recall first).
NEGATION_STOPS = frozenset(
    [
        "maar",
        "omdat",
        "want",
        "of",
        "dat",
        "toen",
        "als",
        "hoe",
        "wie",
        "waarom",
        "wat",
        "waar",
        "sinds",
        "terwijl",
        "dus",
        "alleen",
        "behalve",
        "but",
        "because",
        "if",
        "whether",
        "that",
        "when",
        "how",
        "who",
        "why",
        "what",
        "where",
        "since",
        "while",
        "so",
        "though",
        "although",
        "only",
        "except",
    ]
)

_PERSON = "man|partner|vriend|ex|vader|papa|stiefvader|vriendje|husband|boyfriend|father|dad"
_HIT = (
    "geslagen|sloeg|sloegen|slaat|mept|mepte|gemept|getikt|tikte|geknepen|kneep|knijpt|"
    "geschopt|schopte|schopt|gestompt|stompte|geduwd|duwde|geschud|schudde|gewurgd|"
    "gerammeld|gesleurd|sleurde|getrapt|trapte"
)
_HIT_EN = (
    "re:hit(s|ting)?|slapped|slaps|smacked|spanked|kicked|punched|shook|shaken|choked|strangled"
)
_NUM = "re:\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien"
_MONTHS_NL = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"

#: Hitting verbs: a "bal" shortly after them in the same sentence is what was hit.
HIT_VERBS = frozenset((_HIT + "|schoppen|trappen|trapt|kicked|hit|kicks|kick").split("|"))

RULES: tuple[Rule, ...] = (
    # ---- safeguarding: injuries (an accident that was handled explains them away)
    Rule(
        "sg_injury",
        K,
        1.0,
        (
            "blauwe|blauw plek|plekken|plekjes",
            "re:striemen|re:brandwond(en|je)?|re:bult(en)?|re:brandplek(ken|je|jes)?",
            "cigarette burn|burns",
            "burn mark|marks",
            "afdruk|afdrukken|re:vingerafdruk(ken)?",
            "re:bruise[sd]?|bruising|welts",
            "finger marks",
            "black eye",
            "blaue flecken",
        ),
    ),
    Rule(
        "sg_injury",
        K,
        0.6,
        (
            "krassen|schrammen|scratches|marks|wond|wondje|wound",
            "opgezwollen|swollen",
            "rode|rood|paarse|paars plek|plekken|plekje|plekjes",
            "red|purple mark|marks|spot|spots",
            "sigaret|sigaretten|cigarette",
        ),
    ),
    # ---- physical harm, locking up, tying, neglect (kindermishandeling)
    Rule(
        "sg",
        K,
        1.0,
        (
            _HIT,
            "re:(kinder)?mishandel(d|t|en)|mishandelde",
            "re:verwaarloo?(sd|zing|zen)",
            "re:vastgebonden|vastgeknoopt|vastgetaped|vastgeplakt|vastgezet",
            "opgesloten|opsluiten|opsluit",
            "sluit|sloten ? ? op",
            "in de|een kast|gang|donker gezet|gestopt",
            "hardhandig|hardhandige",
            "aan zijn|haar|de arm|armen|haren|haar|oor getrokken|gesleurd|meegesleurd",
            "bij de keel",
            "door elkaar geschud",
            "hou|houd je bek|kop",
            "krijgt|krijg|kreeg de riem",
            "abused|neglected",
            _HIT_EN,
            "locked ? up|in",
            "tied up|down",
            "strapped ? ? to",
            "dragged|yanked",
            "geschlagen|schlägt|misshandelt",
            "vuruyor|dövüyor|dövdü|bije|pobił",
        ),
    ),
    Rule(
        "sg",
        K,
        0.6,
        (
            "als straf",
            "as a~ punishment",
            "=straffen|punish|punished|punishing",
            "re:uitgehongerd|starving",
            "geen eten|drinken|cracker|fruit|lunch",
            "duikt|dook|deinst ? ? weg",
            "flinch|flinches|flinched|cowers|cowering",
            "schrikt|schrok als",
            "doodsbang|angstig|terrified",
            "ruw|ruwe|grof|grove|rough|roughly",
            "vastgepakt|vastgegrepen|beetgepakt|gegrepen|grabbed|vastpakte|greep",
            "schreeuwt|schreeuwde|geschreeuwd|yelled|screamed|gillen",
            "shouted at",
            "=dwingen",
            "gedwongen|forced",
            "pulled",
            "sjaal|riem ? ? vast|vastgeknoopt",
        ),
    ),
    Rule("sg", K, 0.4, ("bang voor", "scared|afraid of", "wil ? niet meer naar")),
    # ---- sexual
    Rule(
        "sg",
        S,
        1.0,
        (
            "re:seksue(el|ele)|seks|re:sexual(ly)?|sex",
            "misbruikt|misbruikte|misbruiken",
            "re:aangerand|aanranding|re:verkracht(ing)?|ontucht|re:betast|re:porno?|re:porn",
            "=aanraken",
            "aangeraakt",
            "raakt ? ? aan",
            "aan haar|hem|mij|me zat|zit|zitten",
            "re:naaktfoto('s)?|naakt|bloot|nude|naked",
            "broek uit|uittrekken",
            "re:plasser(tje)?|re:piemel(tje)?|vagina|schaamstreek|re:geslachtsdelen?",
            "private parts",
            "genitals|privates",
            "re:groom(ing|ed)?|molest|molested|groped|raped|rape",
            "missbrauch|streichelt|taciz|istismar",
        ),
    ),
    Rule(
        "sg",
        S,
        0.6,
        (
            "geheimpje|geheim|secret|geheimnis",
            "niet|niemand ? ? vertellen|zeggen",
            "not to tell",
            "tell anyone|nobody",
            "tell no one",
            "filmen|gefilmd|filming|filmde",
            "in de douche",
            "onder het|de dekentje|deken|dekens",
            "onder ? kleren|kleding",
            "op schoot",
            "on his lap",
            "snapchat|instagram|tiktok|dm's|dms|appjes|berichtjes|hartjes",
            "apart neemt|genomen",
            "alleen met",
            "lichaam|body|bikini|ondergoed|onderbroek|underwear",
            "snoep|cadeautjes|armbandje|gifts",
            "geld beloofd",
            "=touch|touched|touching",
            "kietelt|kietelen",
        ),
    ),
    Rule("sg", S, 0.4, ("re:foto'?s?|photos|pictures",)),
    # ---- domestic violence
    Rule(
        "sg",
        H,
        1.0,
        (
            "slaat|sloeg|schopt|schopte ? ? mij|me|ons|mama|mam|mamma",
            f"{_PERSON} ? ? {_HIT}",
            f"{_PERSON} ? ? =slaan|schoppen|stompen|duwen|wurgen|bedreigen",
            f"{_PERSON} ? ? {_HIT_EN}",
            "re:bedreig(d|t|de|ing|en)|re:dreig(t|de|ement)|re:threaten(s|ed|ing)?",
            "contactverbod|straatverbod|aangevallen|attacked",
            "restraining order",
            "gewelddadig|violent",
            "tegen de kast|muur|deur|grond geduwd|gegooid",
            "pushed|shoved|grabbed|choked|hurt|hurts me|her|mommy|mum|mom",
            "duwde|duwt|trapte|trapt|knijpt|kneep mij|me|mama",
            "voor mij|ons|haar gevaarlijk",
        ),
    ),
    Rule(
        "sg",
        H,
        0.6,
        (
            "niet veilig",
            "unsafe|onveilig",
            "not|n't ? safe",
            "ik ben bang",
            "i'm|am afraid|scared",
            "durf niks|niets|niet",
            "telefoon|phone|paspoort|passport|pinpas afgepakt|afgenomen|afpakt",
            "took my phone|passport",
            "gooit|gooide ? ? spullen|glas",
            "hoor|hoorde|horen ? ? ? schreeuwen|gillen|krijsen|bonken|smakken|klappen",
            "hear|heard ? ? ? screaming|shouting|banging|thuds",
            "tegen de grond|muur smakt|smakte|slaat|bonkt",
            "threw|throws",
            "smashed|smashes|smashing|breaks|broke things|stuff|plates",
            "kapot gegooid|gesmeten|smijt|smeet",
            "does not|doesn't allow me",
            "checks|controls my phone|money",
            "controleert mijn telefoon|geld",
            "mag niet van mijn man|partner|vriend|hem",
            "drinkt|drinking|dronken|drunk|alcohol",
            "politie|police",
            "blauw|blauwe oog",
        ),
    ),
    # ---- boundary-crossing behaviour
    Rule(
        "sg",
        G,
        1.0,
        (
            "re:grensoverschrijdend(e)?",
            "over de|haar|zijn|mijn grens|grenzen",
            "crossed|crossing the|a line",
            "re:vernederd|vernedering|vernederen|re:humiliat(ed|ing|ion)",
            "re:geïntimideerd|intimidatie|intimiderend|re:intimidat(ed|ion|ing)",
            "een relatie",
            "relationship with",
            "bij hem ? overnacht|geslapen",
        ),
    ),
    Rule(
        "sg",
        G,
        0.6,
        (
            "ongepast|ongepaste|inappropriate|inappropriately",
            "boundary|boundaries",
            "re:uitgescholden|re:scheld(t|en)|kleinerend|gekleineerd|swore|swearing",
            "voor de hele groep",
            "in front of everyone",
            "hand op|on ? been|knee|leg|dij|bovenbeen|thigh",
            "knuffelen|knuffelt|hugging|kissing|zoenen|kusjes",
        ),
    ),
    # ---- other: self-harm, children unattended, staff under influence, runaways
    Rule(
        "sg",
        O,
        1.0,
        (
            "re:zelfmoord|re:suïcid.*|re:suicid.*|zelfdoding|self-harm|re:zelfbeschadiging",
            "snijdt|snijden zichzelf|haarzelf",
            "cuts|cutting|cut herself|himself",
            "pillen gespaard",
            "niet meer volhoud|volhouden",
            "kill myself|himself|herself",
            "alleen achtergelaten|gelaten",
            "left alone",
            "unattended|onbeheerd|unsupervised",
            "zonder toezicht",
            "no adult|adults",
            "onder invloed",
            "naar alcohol|drank",
            "smelled|smelt of alcohol",
            "weggelopen|vermist",
            "ran away",
            "geen eten in huis",
            "no food",
            "vergeet|vergat ? ? op te halen",
        ),
    ),
    # ---- abstract words: a concern only together with another signal or the model (they are
    # also what newsletters, vacancies, theses and metaphors use: "misbruik van mijn vertrouwen")
    Rule(
        "sg_abstract",
        K,
        0.6,
        ("re:(kinder)?mishandeling", "=abuse|neglect", "abusive", "verwaarlozing"),
    ),
    Rule("sg_abstract", S, 0.6, ("misbruik", "re:seksueel misbruik")),
    Rule(
        "sg_abstract",
        H,
        0.6,
        ("huiselijk geweld", "domestic violence|abuse", "=geweld|violence", "veilig thuis"),
    ),
    # ---- indirect signals, as parents, staff, neighbours and teenagers write them
    Rule(
        "sg",
        K,
        1.0,
        (
            "klap|klappen|tik|mep|pets in|op zijn|haar|het gezicht|hoofd|billen",
            "een klap|tik|mep|schop gaf|gegeven|geeft|kreeg|gekregen",
            "slapped|smacked|hit|kicked ? him|her|them|the child",
            "gezicht naar de muur",
            "face to|towards|against the wall",
            "in het donker|donkere",
            "in the dark",
            "dark bathroom|room|cupboard",
            "re:siniak(i|ów)?|re:morluk(lar)?|re:moratones|re:moraduras|re:ecchymoses|bleus",
            "re:gedrogeerd|re:sedated|slaapmiddel|slaappil|slaappillen|sleeping pills",
            "iets krijgen|geven|gekregen om ? rustig|slapen",
            "zonder eten|ontbijt",
            "altijd|heel|erge|constant honger",
            "always|very|constantly hungry",
            "vieze|dezelfde kleren",
            "dirty clothes",
            "niemand thuis",
            "nobody|no one home",
            "nobody treats|treated",
            "niet behandeld",
            "niemand kwam",
            "gillen|gilt|huilen|krijsen ? ? ? ? stil",
            "harde klappen",
        ),
    ),
    Rule(
        "sg",
        K,
        0.6,
        (
            "suf|slap|sloom|drowsy|sleepy|dazed",
            "in z'n|zijn|haar eentje",
            "on his|her own outside",
            "zonder jas",
            "angst voor|bang voor ? ? volwassenen|mannen|vrouwen|hem|haar|de juf|meester|leidster|"
            "begeleider",
            "scared|afraid|terrified of him|her|the teacher|adults|men",
            "huilt|huilde|cries|cried ? ? ? hek|deur|brengen|gate|drop-off",
            "wil|durft|wants ? ? ? ? niet|not meer|anymore naar|to go",
            "panic|panics|panicking|paniek|paniekerig",
            "geschrokken|schrikachtig|stil|teruggetrokken|withdrawn",
            "lang zitten|staan",
            "op de gang gezet|zetten|staan|stond|zitten|zat",
        ),
    ),
    Rule(
        "sg",
        S,
        1.0,
        (
            "tegen zich aan",
            "zoende|zoent|kuste|kust|gezoend|gekust|kissed|kisses",
            "in zijn|haar nek",
            "alone in his|her car",
            "alleen in zijn|haar|de auto",
            "tot diep in de nacht",
            "late at night",
            "laat in de avond|nacht",
            "late in the evening",
            "privé appen|appt|appte|berichten|berichtjes",
            "privately message|messages|messaged|messaging",
            "opmerkingen|comments over|about ? ? kleding|figuur|lichaam|borsten|uiterlijk|body|"
            "figure|clothes|looks",
            "our little secret",
            "ons kleine geheimpje",
            "loves him",
            "verliefd op",
            "berichten|messages niet|not laten|show|delete|verwijdert",
            "come and|to stay|sleep with|at her|him",
            "stay|sleep|sleeps|slept at his|her place|home|house",
            "bij hem|haar logeren|slapen|overnachten|komen wonen",
            "added|follows him|her on",
            "to his|her own home|house|place",
            "mee naar zijn|haar eigen~ huis",
            "bath|shower together",
            "samen in bad|douche",
            "samen gedoucht|gebadderd",
            "for not telling|being a good girl|boy",
            "omdat ze|hij niets|niks mocht zeggen|vertellen",
        ),
    ),
    Rule(
        "sg",
        S,
        0.6,
        (
            "cadeaus|cadeau|gifts|gift|presents|sneakers|telefoon|phone gegeven|gekocht|gave|"
            "bought",
            "geeft hem|haar ? dingen|geld|cadeaus",
            "eng|creepy|uncomfortable|ongemakkelijk|ongemakkelijke",
            "whatsapp|appen|appt|messages|texts",
        ),
    ),
    Rule(
        "sg",
        H,
        1.0,
        (
            "bang voor mijn|haar|zijn man|vader|partner|ex|vriend|stiefvader|husband|father|"
            "boyfriend",
            "afraid|scared of my|her|his husband|father|partner|ex|boyfriend",
            "gevaarlijk|dangerous voor|for mij|me|ons|us",
            "mijn man|partner|vriend|ex mag het~ niet weten|horen",
            "my husband|partner|boyfriend|ex must not|can't|cannot know|find out",
        ),
    ),
    Rule(
        "sg",
        O,
        1.0,
        (
            "beter af ? zonder",
            "better off without",
            "niet terug te komen",
            "er niet meer zijn",
            "wil ? ? dood",
            "wants to die",
            "depressief|somber|depressed",
            # self-harm and suicidal thoughts as teenagers write them
            "mezelf|mijzelf|myself ? ? gesneden|gesneden|snij|snijd|sneed|cut|cutting|hurt",
            "niet meer leven|verder",
            "don't|dont|do not want to live|be here",
            "end my|her|his life",
            "krabt|krabde|bijt ? ? ? kapot|open|bloed",
        ),
    ),
    # ---- the same signals in the languages gro-up's clients also write (fr, es, pt, pl, tr,
    # ar, de): a bag of words trained on Dutch and English mail cannot read these
    Rule(
        "sg",
        K,
        1.0,
        (
            "frappe|frappé|frappée|battu|battue|giflé|giflée|re:(l')?enferm(e|é|ée)",
            "pega|pegó|golpea|golpeó|encerró|encierra|espancou|trancou|tranca|bateu",
            "bije|bił|pobił|uderzył|uderza|zamyka|zamknął",
            "dövüyor|dövdü|vuruyor|vurdu|kilitliyor|kilitledi",
            "ضرب|ضربه|يضرب|يضربه|حبسه",
            "eingesperrt|sperrt|einsperren",
            "tek başına evde",
            "evde bırakıyor|bıraktı",
            "yalnız kalıyor",
            "dagen niks|niets gehad|gegeten",
        ),
    ),
    Rule(
        "sg",
        K,
        0.6,
        (
            "luier ? ? ? ? doorweekt|uren",
            "dezelfde kleding",
            "ze|hij|moeder|vader|mama|papa|mijn|haar|zijn ? gebruikt weer",
        ),
    ),
    Rule(
        "sg",
        H,
        1.0,
        (
            "groził|grozi|zabije|nożem|menacé|menacée|amenaza|amenazó|ameaça|ameaçou|"
            "faca|tehdit|hayatımı|هددني|هدد|ضربني|سكين|bedroht|droht",
        ),
    ),
    Rule(
        "sg",
        S,
        0.6,
        (
            "toca|tocó|touche|touché|attouchements|dotyka|dotykał|dokunuyor|dokundu|يلمس|لمسها|"
            "berührt|anfasst",
            "segredo|secreto|tajemnica|sır|سر|secrète",
        ),
    ),
    # ---- more indirect signals: image requests, restraint, weapons, a child alone at night
    Rule(
        "sg",
        S,
        1.0,
        (
            "nudes|nudies|naaktfoto|naaktfotos",
            "pics|pictures|photos|foto's|fotos|foto ? ? ? ? bra|beha|ondergoed|underwear|bikini|"
            "lingerie",
            "asks|asking|asked|vraagt|vroeg for|om pics|nudes",
        ),
    ),
    Rule(
        "sg",
        G,
        1.0,
        (
            "tied|taped|strapped|vastgemaakt|vastgezet to|aan the~ a~ de~ chair|highchair|stoel|"
            "kinderstoel|bed|bedje|box",
            "ató|atado|atada|amarró|amarrado|festgebunden|angebunden|przywiązał|przywiązała|przywiązany|"
            "bağladı|bağlamış|attaché|attachée",
            "tape|plakband op|over zijn|haar|de mond",
            "tape over|on his|her mouth",
        ),
    ),
    Rule(
        "sg",
        H,
        1.0,
        (
            "met een mes|messer|bıçak|cuchillo|nóż|couteau",
            "with|holding a knife",
            "make|makes|maakt|maken|maak mama|mommy|mummy|mum|mom|mam|mamma ? dead|dood",
            "mama|mommy|mum|mom|mam ? dood|dead ? maken|make",
        ),
    ),
    Rule(
        "sg",
        K,
        0.6,
        (
            "alone in the flat|apartment|house|dark",
            "alone at home|night",
            "alleen thuis|in huis tot",
            "'s avonds|'s nachts ? alleen",
            "in de kast|kelder|schuur moet|moest|moeten|zit|zat",
            "moet|moest|moeten ? ? in de kast|kelder",
        ),
    ),
    # ---- hard negatives: alarming words without a concern (DOMAIN §4)
    Rule(
        "sg_neg",
        "",
        0.0,
        (
            "bal|ballen ? ? ? ? ruit|raam",
            f"{_HIT}|schoppen|trappen ? ? bal|voetbal|ruit|raam",
            "bal ? ? ? =slaan|schoppen|trappen",
            "=slaan alarm",
            "alarm ? =slaan",
            "slaat|sloeg ? ? nergens|niks op",
            "deur ? ? ? dicht",
            "klok sloeg",
            "ligt|lag|liggen|lagen|staat|stond|staan|stonden stil",
            "stilgelegd|stilgezet|stilstand",
            "sloeg|slaat op tilt",
            "=slaan ? dicht|over|aan|af",
            "mishandeling|misbruik|mishandelen|abuse ? van|of ? ? tijd|geduld|gegevens|privacy|"
            "regeling|"
            "regels|toeslag|systeem|taal|goedheid|time|process|system|power|data",
            "meldcode|aandachtsfunctionaris",
            "week ? ? ? kindermishandeling",
            "training|cursus|webinar|workshop|voorlichting|themaavond|nieuwsbrief ? ? ? ? "
            "kindermishandeling|geweld|misbruik|grensoverschrijdend",
            "hit ? ball|road|jackpot|button",
            "hit it off",
            "kick|kicked|kicks ? off",
            "shake|shook hands",
            "touch base",
            "in|get|keep|stay|got touch",
            "handen geschud|schudden",
            "in de handen klappen",
            "klappen voor",
            "tikkertje|tikfout|tikfouten",
            "=schudden ? ? fles|flesje|bed|kussen",
            "shake ? bottle",
            f"ander|andere kind|kindje|kinderen|kindjes|jongen|meisje|peuter ? ? ? {_HIT}|gebeten|"
            f"beet",
            f"another child|kid|boy|girl ? ? ? {_HIT_EN}|bit|pushed",
            f"{_HIT}|gebeten ? ? ? door een|de ander|andere kind|kindje|jongen|meisje|peuter",
            "punched|kicked|hit the wall|door|ball",
            "geen geweld",
            "murw|helemaal ? geslagen",
            "hit|threatened with",
            "geboortevlek|mongolenvlek|hielprik|heel prick|birthmark",
            "sloeg|slaat ? deur",
            "misbruik|mishandeld ? van|door ? ? vertrouwen|parkeerplaats|parkeerplek|"
            "klantenservice",
            "misbruik|mishandeld|mishandeling|aangerand|verkracht|verkrachting|geweld ? van|door "
            "? ? "
            "factuur|rekening|taal|nederlandse|spelling|bureaucratie|beleid|tarieven|formulier|"
            "formulieren|nieuwsbrief|brief|website|administratie",
            "is echt|gewoon|pure|een geweld|misdaad|crime|aanranding|verkrachting|murder",
            "abusive|misbruik towards|tegenover|naar ouders|parents|klanten|customers",
            "policy|beleid|regels|rules|fees|tarieven ? ? ? abusive",
            "killing|murdering me|us",
            "=schamen|vervelen|lachen|schrikken ? ? dood",
            "dood ? =schamen|vervelen|lachen|schrikken",
            "ik ben bang dat|om",
            "i'm|am afraid|scared that|we",
            "train|trainen|training|scholing|course ? ? ? ? ? ? "
            "kindermishandeling|geweld|misbruik|abuse|violence|domestic",
            "signalen|signs|herkennen|recognising|recognizing ? ? "
            "kindermishandeling|mishandeling|misbruik|abuse|domestic|huiselijk|geweld|violence",
            "geleden|vroeger|ooit slachtoffer ? ? ? huiselijk|seksueel~ geweld|misbruik",
            "artikel|article|poster|scriptie|thesis|onderzoek|report|story|verhaal|vragenlijst ? "
            "? ? ? ? "
            "kindermishandeling|geweld|misbruik|abuse|violence",
        ),
    ),
    Rule(
        "accident",
        "",
        0.0,
        (
            "re:gevallen|viel|re:gestruikeld|struikelde|re:uitgegleden|re:gebotst|botste|"
            "re:ongeluk(je)?",
            "valpartij|glijbaan|klimrek|schommel|traptree|fell|fall|tripped|accident|bumped",
            "re:ijs(zakje)?|pleister|ongevallenformulier|incidentformulier|ice|plaster",
            "incident form",
            "re:waterpokken|mazelen|eczeem|re:uitslag|allergie|allergische|vacuümpomp|hielprik|"
            "geboortevlek|mongolenvlek|vaccinatie|chickenpox|eczema|rash|allergic|birthmark",
            "heel prick",
            "netjes|meteen|direct|goed gemeld|gebeld|opgevangen",
            "called us",
        ),
    ),
    Rule(
        "ball",
        "",
        0.0,
        ("bal|ballen|balletje|voetbal|ball|football|soccer|re:gevoetbald|voetballen",),
    ),
    Rule(
        "peer",
        "",
        0.0,
        (
            "door|van een|de ander|andere kind|kindje|kinderen|jongen|jongetje|meisje|peuter",
            "door|van een|twee klasgenootje|klasgenoot|groepsgenootje|oudere|kinderen|jongens",
            "by|from another|other child|kid|kids|boy|girl|children",
            "re:klasgeno(o|t)(tje|ten|otje)?|classmate|classmates",
        ),
    ),
    Rule(
        "doubt",
        "",
        0.0,
        (
            "geen verklaring",
            "niks|niets gezien|gemerkt",
            "didn't|did not notice|see",
            "no explanation",
            "niemand ? ? weet|wist|weten",
            "klopt niet",
            "add up",
            "vreemd|verdacht|strange|suspicious",
            "geloof ? ? niet",
            "don't|not believe",
            "zeiden|zegt|beweert|zei dat ? ? gevallen",
            "dat is|was niet zo|waar",
            "not|isn't|wasn't true",
            "op zijn|haar bovenarm|bovenarmen|rug|billen|oren",
        ),
    ),
    # ---- sectors (DOMAIN §2 vocabulary)
    Rule(
        "sector",
        Sector.KRAAMZORG.value,
        1.0,
        (
            "re:kraam.*",
            "re:partus.*",
            "bevalling|bevallen|re:pasgeboren.*|newborn|newborns",
            "maternity|postnatal|re:postpartum",
            "verloskundige|midwife|hielprik",
            "re:wochenbett.*",
        ),
    ),
    Rule(
        "sector",
        Sector.KRAAMZORG.value,
        0.5,
        (
            "re:borstvoeding|re:flesvoeding|breastfeeding|navel|navelstreng|baby|baby's|babies",
            "geboren|born|zwanger|pregnant|c-section|keizersnede",
            "gave|giving birth",
        ),
    ),
    Rule(
        "sector",
        Sector.KINDEROPVANG.value,
        1.0,
        (
            "re:kinderopvang.*|re:kinderdagverblijf.*|kdv|re:bso(-.*)?",
            "buitenschoolse opvang",
            "re:peuter(opvang|speelzaal|groep|speelgroep).*|re:gastouder.*|re:dagopvang|"
            "re:naschoolse",
            "pedagogisch|pedagogische",
            "re:pm-?'?ers?",
            "daycare|day-care|nursery|re:after-?school",
            "day care",
            "childminder|childcare|kita|re:kinderopvangtoeslag|babygroep|dreumesgroep",
        ),
    ),
    Rule(
        "sector",
        Sector.KINDEROPVANG.value,
        0.5,
        (
            "opvang",
            "leidster|leidsters|juf|juffen",
            "ophalen|brengen|pick-up|pickup|drop-off",
            "groep",
            "luier|luiers|slaapkamer|nap|toddler|toddlers",
        ),
    ),
    Rule(
        "sector",
        Sector.JEUGDHULP.value,
        1.0,
        (
            "re:jeugdhulp.*|re:jeugdzorg.*|re:jeugdbescherming|re:gezinscoach.*|re:pleeg.*",
            "re:gezinsvoogd|gezinshuis|re:woongroep|ambulante|ambulant",
            "gesloten groep",
            "youth care",
            "re:foster.*",
            "family coach|coaching",
            "re:gezinsbegeleid.*",
            "re:gezinsteam|re:jeugdteam|re:wijkteam",
        ),
    ),
    Rule(
        "sector",
        Sector.JEUGDHULP.value,
        0.5,
        (
            "begeleider|begeleiding|begeleidster|hulpverlener|behandelaar|behandeling|counsellor|"
            "therapist",
            "re:therapie|re:wachtlijst|indicatie|beschikking|zorgplan",
            "plan van aanpak",
            "uit huis",
        ),
    ),
    Rule(
        "sector",
        Sector.BUURTWERK.value,
        1.0,
        (
            "re:buurtwerk.*|re:buurthuis.*|re:buurtcentrum.*|re:wijkcentrum.*|re:jongerenwerk.*",
            "re:jongerencentrum.*|re:jongerenclub|re:opbouwwerk.*|re:buurtcoach.*|re:buurtsport.*",
            "sociaal werk|werker",
            "re:bouwspeeltuin|re:speeltuin.*|tienerwerk|kinderwerk",
            "community centre|center",
            "youth centre|center|worker|workers|club",
            "re:taalcaf[eé]|re:inloop.*|koffieochtend|re:buurtkamer",
            "repair café|cafe",
        ),
    ),
    Rule(
        "sector",
        Sector.BUURTWERK.value,
        0.5,
        (
            "re:vrijwilliger.*|volunteer|volunteers|activiteit|activiteiten|re:buurt(bewoners)?|"
            "wijk",
            "meidenavond|kookclub|knutselclub|moeder-kind|spreekuur|lidmaatschap|club",
        ),
    ),
    # ---- kraamzorg urgency (DOMAIN §4): ongoing care vs. a birth long past
    Rule(
        "ongoing",
        "",
        1.0,
        (
            "vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|gisteren|gister|gisteravond",
            "gisternacht|morgen|momenteel",
            "op dit moment",
            "deze week",
            "nog ? dagen",
            "nu nog",
            "kraamweek|kraamtijd|kraamperiode",
            "dag re:\\d+",
            f"{_NUM} dagen|dag oud|geleden",
            "baby|zoontje|dochtertje van ? dagen",
            "net|pas|gisteren bevallen|geboren",
            "is ? ? geboren",
            "today|tonight|tomorrow|yesterday|currently",
            "this morning|week",
            "right now",
            "day re:\\d+",
            "re:\\d+ days old|ago",
            "was born",
            "gave birth",
            "just had",
            "tot zaterdag|zondag|vrijdag|donderdag|woensdag|dinsdag|maandag",
            "tot en met|t/m zaterdag|zondag|vrijdag|donderdag|woensdag|dinsdag|maandag",
            "nog zorg",
            "nog recht op ? ? dagen|uur|zorg",
            "still entitled to",
            "per direct",
            "midden in",
            "komt ze|hij morgen|vanmiddag|straks",
            "heute|gestern|bugün|dün|dzisiaj|wczoraj|hoy|ayer",
            "doğum yaptım",
            "aujourd'hui|demain|اليوم|أمس|امس|غدا|الصبح|mañana|jutro|yarın|morgen",
            "ce matin|soir",
            "cette|esta|diese|this semaine|semana|woche",
            "zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|saturday|sunday|monday|"
            "tuesday|wednesday|thursday|friday|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi"
            " bevallen|geboren|born|née|né",
            "née|né|born on~ dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|sunday|monday|"
            "tuesday|wednesday|thursday|friday|saturday",
            "urodziła|urodził się ? ? poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę",
        ),
    ),
    Rule(
        "past",
        "",
        1.0,
        (
            "achteraf|inmiddels|terugkijkend|destijds",
            "vorig|afgelopen jaar",
            f"{_NUM} maanden|maand geleden|oud",
            f"{_NUM} weken oud",
            f"bevallen|geboren in {_MONTHS_NL}",
            "vorige maand",
            "looking back",
            "last year",
            "months ago|old",
            "after the fact",
            f"{_NUM} weeks old",
            f"born|birth in {_MONTHS_EN}",
            "al lang|voorbij",
            # "onze kraamweek in augustus", "drie weken geleden afgerond", the invoice after it
            f"in|during|sinds|since|tijdens|eind|begin {_MONTHS_NL}|{_MONTHS_EN}",
            "zwangerschap|pregnancy",
            f"{_NUM} weken|weeks geleden|ago|na|after|later",
            "kraamweek|kraamzorg|kraamtijd|zorg ? ? afgerond|afgelopen|voorbij|erop|beëindigd",
            "kraamweek|kraamzorg|care ? ? ? ended|finished|over",
            "re:factuur|facturen|rekening|invoice|nota|eigen bijdrage|refund|terugbetaling|"
            "re:evaluatie(formulier)?|evaluation",
        ),
    ),
    # care has not started yet: a pregnancy outweighs a "vandaag" (the intake was moved today)
    Rule("past", "", 2.0, ("zwanger|pregnant|schwanger|enceinte|embarazada|hamile|w ciąży",
                           f"{_NUM} weken|weeks zwanger|pregnant")),
    # ---- complaint cues (used when no model is shipped)
    Rule(
        "complaint",
        "",
        1.0,
        (
            "re:klacht(en)?|klagen|ontevreden|teleurgesteld|boos|woedend|onacceptabel",
            "re:complain(t|ts|ing)?|disappointed|unacceptable|angry|furious",
            "niet oké|oke|ok",
            "belachelijk|schandalig",
            "ben het zat",
            # grievances as people write them when they do not say "klacht"
            "doet|deed|gebeurt|gebeurde niets|niks",
            "niet lekker|goed loopt|liep|gaat|ging",
            "ik verwacht",
            "niet eerlijk|netjes|normaal",
            "slordig|onprofessioneel|respectloos|onbeleefd|chaos|chaotisch",
            "geen reactie|antwoord",
            "niet gereageerd|teruggebeld",
            "nog steeds niet|niks|geen",
            "los het op",
            "waar blijft",
            "wil dat dit|het stopt|ophoudt|verandert",
            "not happy|upset|unhappy|unprofessional|rude",
            "no response|reply",
            "not good enough",
            # negative judgements and asks for change, without the word "klacht"
            "vervelend|helaas|voortaan|paniek|panic|nachtmerrie|nightmare|frustrerend|frustrating",
            "toch",
            "re:beschwerde|re:şikayet|re:reklamacja|re:queja|re:r[ée]clamation|re:shikaya",
        ),
    ),
    # a complaint made in so many words, in the first person ("ik dien hierbij een klacht in",
    # "I am writing to complain"): decisive unless a not-complaint cue is there too. Not "ik wil
    # een klacht indienen" or "a formal complaint": "how do I file a formal complaint?" and "ik
    # wil een klacht indienen, maar bij wie?" are questions (corpus README).
    Rule(
        "complaint_explicit",
        "",
        1.0,
        (
            # A token holds one word: "hierbij|bij deze" would mean "hierbij deze" or "bij
            # deze", never "hierbij", so each phrase gets its own pattern. The tokenizer keeps
            # "i'm", "we're" and "i'd" as one token.
            "ik|wij|we|en|daarom|dus dien|dienen ? ? ? klacht|klachten in",
            "hierbij ? ? mijn|onze|een ? klacht",
            "bij deze ? ? mijn|onze|een ? klacht",
            "i|we am|are writing to complain",
            "i'm|we're writing to complain",
            "i|we am|are filing|lodging|making|submitting ? ? complaint",
            "i'm|we're filing|lodging|making|submitting ? ? complaint",
            # "ik wil een klacht indienen over Anouk": a wish with a target; the bare wish
            # without "over" is how questions start ("ik wil een klacht indienen, hoe?")
            "ik|wij|we wil|willen|wilde|wilden graag~ hierbij~ een formeel~|formele~ klacht"
            " indienen|neerleggen over",
            # not "I want to make a complaint about": "what if I want to make a complaint
            # about ...?" is how a question about the procedure starts (corpus exp-0086)
            "i|we would like|want|wish to file|make|lodge|submit a formal~ complaint"
            " about|regarding|against",
            "i'd|we'd like to file|make|lodge|submit a formal~ complaint about|regarding|against",
        ),
    ),
    # gratitude and compliments (a subset of the not-complaint cues: they also outweigh a
    # safeguarding flag, e.g. thanks for how an incident was handled)
    Rule(
        "gratitude",
        "",
        1.0,
        (
            "compliment|complimenten",
            "bedankt|dank voor",
            "thank you for",
            "heel|super|erg tevreden",
            "re:pluim(pje)?|hulde|lifesaver|dankbaar|grateful|re:appreciat(e|ed)",
            "petje af",
            "dankzij|complimentje|bedanken",
            "veel dank",
            "dank aan|jullie|je|u",
            "thanks|thank to|you|so",
            "houd|hou vol",
            "keep it up",
            "thanks to",
            "can't|cannot thank",
            "dank daarvoor|hiervoor",
            "dank je|u|jullie wel",
            "fijn dat",
        ),
    ),
    Rule(
        "not_complaint",
        "",
        1.0,
        (
            "re:sollicit.*|vacature|cv|motivatiebrief|vacancy|resume",
            "re:crypto.*|bitcoin|re:investe(er|ren)|casino|lottery|viagra|re:unsubscribe",
            "verdien|earn ? ? ? per week|dag|day|week",
            "klik|click hier|here",
            "helemaal mee eens",
            "who do|should|can i contact",
            "ermee|daarmee|hiermee eens",
            "ik ben het eens",
            "geen klacht",
            "not a complaint",
            "even een vraag",
            "vraagje|re:informatievraag",
            "quick question",
            "is dit|dat|that|this normaal|normal",
            "nieuwsbrief|newsletter|uitschrijven|unsubscribe|afmelden|webinar",
            "afwezig|undeliverable",
            "out of office",
            "automatisch|automatic antwoord|reply",
            # withdrawn or settled: "mijn klacht mag u als afgehandeld beschouwen"
            "re:ingetrokken|intrekken|re:withdraw(n|ing)?|re:zurückgezogen|zurückziehen",
            "trek|trekken ? ? ? in",
            "als afgehandeld|opgelost beschouwen",
            "consider ? ? ? closed|resolved|settled",
            # only informing: "ter info", "just so the staff know"
            "ter info|informatie|kennisgeving",
            "fyi",
            "for your information",
            "just so you|the staff|they know",
            "just wanted|want to let you know",
            "wil|wilde het|dit ? alleen|even laten weten",
        ),
    ),
    # ---- safeguarding signals in calm, plain words (mailbot.triage_rules_calm)
    *CALM_RULES,
)

#: Header tests of machine mail (DOMAIN §5): name, regex on the value.
MACHINE_HEADERS: tuple[tuple[str, str], ...] = (
    ("auto-submitted", r"^(?!\s*no\s*$)"),
    ("precedence", r"bulk|junk|list|auto_reply"),
    ("x-auto-response-suppress", r"."),
    ("list-id", r"."),
    ("list-unsubscribe", r"."),
)


def rule_lemmas() -> set[str]:
    """Every LEMMA value the rules use (training keeps these in the shipped lemma tables)."""
    return RuleMatcher(RULES).lemmas()
