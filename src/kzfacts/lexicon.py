"""Data only: the words and marks of English news copy that the extractor keys on.

Nothing here is about one corpus; every entry is a general feature of how news is written.
"""

from __future__ import annotations

import re

# --- marks ------------------------------------------------------------------------------------
CAPITAL = r"[A-ZÀ-ÖØ-ÞА-ЯЁ]"  # the first letter of a name, Latin or Cyrillic
DASHES = "–—-"  # an interview's question and answer lines start with one

# --- reporting verbs (speech cues) ---------------------------------------------------------
REPORTING_VERBS = frozenset(
    """
    said says say told tells stated states state stressed stresses noted notes added adds
    emphasized emphasised emphasizes emphasises underlined underlines underscored underscores
    explained explains declared declares announced announces remarked remarks commented comments
    responded responds replied replies answered answers asked asks argued argues insisted insists
    warned warns recalled recalls observed observes pointed confirmed confirms continued continues
    concluded concludes acknowledged acknowledges admitted admits claimed claims wrote writes
    reported reports highlighted highlights affirmed affirms assured assures suggested suggests
    believes believed mentioned mentions urged urges vowed vows predicted predicts reiterated
    reiterates agreed agrees cautioned cautions described describes characterized characterised
    characterizes called calls termed dubbed quoted quotes complained complains wondered
    recounted recounts conceded concedes boasted stressing adding noting saying telling speaks spoke
    echoed echoes reads reminded reminds summed sums referred refers demanded calling describing accusing
    praised praises hailed hails expressed expresses voiced condemned condemns criticized criticised
    welcomed welcomes read
    """.split()
)
# Small words a reporting verb may take before its speaker ("summed up Abenov", "pointed out the minister").
VERB_PARTICLES = ("up", "out")
# Reporting verbs that go on with the speaker quoted just before ("..., he added").
CONTINUING_VERBS = frozenset("added adds continued continues".split())
# Reporting verbs that may open a sentence before the speaker ("Added Aralsk mayor X: ...").
LEADING_VERBS = frozenset(
    "said says added adds noted notes explained explains continued continues recalled recalls concluded "
    "concludes commented comments".split()
)
# Verbs that attribute a *partial* quotation ("described it as", "called it").
PARTIAL_CUE_VERBS = frozenset(
    """
    described describes describe characterized characterised characterizes called calls call
    termed dubbed labelled labeled branded calling describing
    """.split()
)
# Words that may stand between a subject and its reporting verb ("Tokayev also said").
# Common irregular past forms that show a name is the subject of a clause.
IRREGULAR_VERBS = frozenset(
    """
    became made met took gave went held led won spoke wrote came saw sent began brought bore
    chose drew drove found flew got grew heard hit kept knew laid left lost meant paid put ran
    rose sat set shook sold stood struck thought threw understood wore
    """.split()
)
VERB_PREFIXES = frozenset(
    "also has had have then further later recently repeatedly once again meanwhile however instead now still "
    "reportedly publicly previously earlier officially openly".split()
)

# --- people and organisations ----------------------------------------------------------------
PLACE_PREPOSITIONS = frozenset("in at from to of near across into outside inside around via through".split())
UNNAMED_DETERMINERS = frozenset("a an one another some several many two three".split())
SUBJECT_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset("they we i you them us".split())
# A name right after one of these is governed by it, not the subject of the clause ("talks with Toqayev").
OBJECT_PREPOSITIONS = frozenset(
    """
    with to by for from of at on in about against between among than into via through toward towards
    like under over behind beside besides despite except including without
    """.split()
)

# Title words that may stand before a name ("President Tokayev", "Deputy Foreign Minister X").
TITLE_WORDS = frozenset(
    """
    President Vice Prime Minister Deputy Chairman Chairwoman Chair Speaker Senator Ambassador
    Secretary General Secretary-General Director Director-General Governor Mayor Akim Head Chief
    Spokesman Spokeswoman Spokesperson Minister-Counsellor Counsellor Adviser Advisor Aide Envoy
    Commissioner Chancellor King Queen Emir Sheikh Prince Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof.
    Professor Ambassador-at-Large Rector Editor CEO Founder Deputy-Chairman Expert Analyst
    Executive Officer Member MP Parliamentary Presidential Prosecutor Prosecutor-General Judge Justice
    Coach Doctor Commander General Colonel Lieutenant Captain Inspector Ombudsman Auditor Chairperson Trainer
    Secretary Rector Dean Akim Hakim Counselor Counsellor Extraordinary Plenipotentiary
    """.split()
)
# Lower-case role heads that make "NAME, <role> of ..." an appositive ("rector of", "head of").
ROLE_HEADS = frozenset(
    """
    president vice prime minister deputy chairman chairwoman chair speaker senator ambassador
    secretary director governor mayor akim head chief spokesman spokeswoman spokesperson adviser
    advisor aide envoy commissioner chancellor professor rector editor ceo founder expert analyst
    executive officer member researcher economist lecturer fellow manager partner leader
    co-founder correspondent journalist official representative president-elect ombudsman
    governor vice-governor deputy-minister ecologist activist resident source diplomat lawmaker
    deputy-head vice-president spokesperson-general prosecutor judge lawyer attorney coach agent
    doctor dispatcher inspector commander captain auditor consultant engineer farmer miner driver
    teacher principal priest imam mufti artist singer player striker forward midfielder goalkeeper
    scientist historian owner chairperson president-elect investigator architect sociologist blogger
    herder trader pilot nurse student entrepreneur businessman businesswoman designer writer poet
    musician athlete volunteer pensioner mother father son daughter wife husband sister brother
    surgeon pediatrician pulmonologist zoologist geologist physicist chemist biologist photographer
    trainer beekeeper boxer wrestler referee promoter counselor counsellor
    """.split()
)
# Head nouns of organisations that speak ("the presidential press service reported").
ORG_HEADS = frozenset(
    """
    service ministry bank office agency committee company government embassy administration
    department council commission fund corporation authority authorities court parliament senate
    mission organisation organization union secretariat spokesperson center centre institute
    cabinet akimat press-service operator exchange board firm group holding lender miner producer
    regulator presidency
    """.split()
)
# Role words that name the same job ("Trainer X" ... "the coach said").
ROLE_SYNONYMS = {"trainer": "coach", "spokesman": "spokesperson", "spokeswoman": "spokesperson"}
# Jobs named in other words: a role or a descriptor ("the head of state", "the premier", "the Russian FM")
# that matches a pattern (lower-cased, hyphens as spaces) holds that job. "deputy"/"vice" before the job
# makes it another job ("Deputy Prime Minister" is not "the prime minister").
ROLE_PATTERNS = (
    ("prime minister", r"\bprime minister\b|\bpremier\b|\bhead of (?:the )?government\b|\bpm\b"),
    (
        "foreign minister",
        r"\bforeign minister\b|\bminister (?:of|for) foreign affairs\b|\bforeign affairs minister\b"
        r"|\bhead of (?:the )?(?:\w+ )?diplomacy\b|\b(?:top|chief) diplomat\b|\bfm\b",
    ),
    ("president", r"\bpresident\b|\bhead of (?:the )?state\b"),
    ("ambassador", r"\bambassador\b|\benvoy\b"),
    ("mayor", r"\bmayor\b|\bakim\b|\bhakim\b"),
    ("spokesperson", r"\bspokes(?:man|woman|person)\b|\bpress secretary\b"),
    ("coach", r"\bcoach\b|\btrainer\b"),
)
# Descriptors that may stand for the holder of any of several jobs ("the diplomat" = the ambassador).
ROLE_ALTERNATIVES = {
    "diplomat": ("ambassador", "foreign minister"),
    "official": (
        "minister",
        "secretary",
        "director",
        "head",
        "chairman",
        "spokesperson",
        "governor",
        "mayor",
        "ambassador",
        "prosecutor",
        "commissioner",
        "deputy prime minister",
        "deputy minister",
    ),
    "leader": ("president", "prime minister"),
    "banker": ("governor", "chairman", "director", "head"),
}
DEPUTY_WORDS = frozenset("deputy vice".split())  # ("First Deputy Prime Minister": "deputy" is before the job)
# Lower-case words that belong to a role before a name ("Uzbek foreign minister Sadyk Safayev").
ROLE_MODIFIERS = frozenset("foreign prime deputy vice first former chief top senior acting interim head".split())
# Roles of whoever asks the questions in an interview ("Shahzod N., reporter: - ...").
INTERVIEWER_ROLES = frozenset("reporter journalist correspondent interviewer host presenter moderator editor".split())
# Heads that may refer back to any organisation named before ("the company said").
GENERIC_ORG_HEADS = frozenset(
    "company firm group operator bank fund corporation holding lender miner producer regulator agency".split()
)
# Who speaks for an organisation without being named ("a ministry spokesman", "an embassy representative").
SPOKESPERSON_WORDS = frozenset("spokesman spokeswoman spokesperson representative".split())
# Words that open a role but do not name it ("the representative" repeats "representative of ...", not "his").
SPOKEN_ROLE_SKIP = frozenset("the a an his her their its our my".split())
# Lower-case groups that speak without a name ("officials said", "analysts noted").
UNNAMED_GROUPS = frozenset(
    """
    officials experts analysts residents sources witnesses diplomats observers critics economists
    traders farmers activists lawmakers deputies investors bankers executives authorities police
    organisers organizers researchers scientists doctors teachers students locals villagers
    relatives families parents protesters journalists lawyers supporters opponents neighbours neighbors
    eyewitnesses participants workers employees miners drivers citizens
    """.split()
)
# "according to a statement from the ministry": the document is not the speaker, its issuer is.
# Reporting verbs whose object follows ("told Radio Azattyk"): the name after them is a listener.
OBJECT_VERBS = frozenset("told tells tell asked asks quoted quotes thanked urged informed".split())
DOCUMENT_NOUNS = frozenset(
    "statement report release press-release communique communiqué letter post message telegram".split()
)
# Acronyms of countries and unions that speak as themselves, never spelled from other words ("the US said").
COUNTRY_ACRONYMS = frozenset("US USA UK UN EU UAE PRC".split())
# Capitals that stand for their governments ("Moscow said the charges were political").
CAPITAL_CITIES = frozenset(
    """
    Astana Tashkent Bishkek Dushanbe Ashgabat Moscow Beijing Washington Kabul Tehran Ankara Baku Tbilisi
    Yerevan Minsk Kyiv Kiev Brussels London Paris Berlin Tokyo Seoul Islamabad Delhi
    """.split()
)
# News agencies and outlets: they carry a story ("..., Trend reports") and may be its source
# ("Reuters reported ... according to the agency"); a name among these is an organisation.
NEWS_AGENCIES = frozenset(
    """
    Reuters AP AFP TASS Interfax Xinhua Kazinform Trend Sputnik RIA Anadolu Bloomberg Kabar AKIpress
    UzDaily Dunya Azattyk Eurasianet Fergana BNews Tengrinews Kursiv Orda Vlast Zakon
    """.split()
)
# Latin spellings of one Central Asian name: each pair is folded to one key (Zhaparov/Japarov, Toqayev/Tokayev).
TRANSLITERATIONS = (
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("q", "k"),
    ("ee", "e"),
    ("yy", "y"),
    ("iy", "i"),
    ("ai", "ay"),
    ("ss", "s"),
)
# Verbs that credit the outlet carrying a story at the end of a sentence ("..., Trend reports.").
OUTLET_CREDIT_VERBS = frozenset("reports reported writes wrote informs informed".split())
# Words in an interview's introduction that present the interviewee ("told", "spoke", "in an interview").
INTERVIEW_CUE_WORDS = frozenset("interview told spoke shared explained answered talked said".split())
# Nationality adjectives that may qualify a role ("the Turkmen president", "the Afghan FM").
NATIONALITIES = frozenset(
    """
    Kazakh Kazakhstani Kyrgyz Uzbek Tajik Turkmen Afghan Russian Chinese American British German French
    Turkish Iranian Pakistani Indian Japanese Korean Belarusian Ukrainian Azerbaijani Georgian Armenian
    Mongolian European Italian Spanish Polish Emirati Saudi Qatari Israeli Egyptian Canadian Swiss
    """.split()
)
# Capitalised words that are never part of a person's name.
NOT_NAME_WORDS = frozenset(
    """
    Here There Now Then Thus So Instead Indeed Later Earlier Recently Currently
    The A An In On At By For From To Of And Or But If As With This That These Those It Its He She
    They We I You Our Their His Her After Before During Since While When Where Despite Although
    Meanwhile However Still Yet Today Yesterday Tomorrow Also Some Many Most All Both Each Every
    According Speaking Addressing Reflecting Looking Taking Given Such Under Over Amid Among Between
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Kazakhstan Kazakh Kyrgyzstan Kyrgyz Uzbekistan Uzbek Tajikistan Tajik
    Turkmenistan Afghanistan Azerbaijan Russia Russian China Chinese Europe European Asia Asian
    Central America American Turkey Turkish Turkic Union Republic Council Forum Bank Ministry
    Organization Organisation Agency Assembly Congress Parliament Senate Court State States
    United Nations UN EU US USA OSCE NATO Eurasian International National Global World Middle
    East West North South Astana Almaty Moscow Beijing Washington Brussels Tashkent Bishkek Baku
    Ankara Geneva Corridor Route Initiative Program Programme Strategy Times Kazinform Akorda
    Photo Credit Source Reuters AP AFP TASS Government Cabinet Office Institute Club Center Centre
    Agreement Treaty Declaration Decree Day Year New Old Great Greater Caspian Sea Black Yellow
    Economic Political Foreign Affairs Security Development Energy Trade Reconstruction
    Finance Economy Agriculture Justice Health Education Defence Defense Interior Industry Transport
    Culture Labour Labor Ecology Emergencies Information Digital Water Resources Ministers Internal
    Investment Investments Infrastructure Science Tourism Sport Sports Social Protection National
    Construction Commerce Communications Media Innovation Innovations Technology Technologies
    Environment Environmental Natural Planning Budget Taxation Healthcare Higher Situations Emergency
    """.split()
)

# Capitalised function words that may start a sentence before a name ("When Kassym-Jomart ...").
SENTENCE_STARTERS = frozenset(
    """
    Here There Now Then Thus So Instead Indeed Later Earlier Recently Currently Today Yesterday
    The A An In On At By For From To Of And Or But If As With This That These Those It Its After
    Before During Since While When Where Despite Although Meanwhile However Still Yet Also Under
    Over Amid Among Between According Speaking Addressing Reflecting Looking Taking Given Such
    """.split()
)

# Nouns that introduce a *title* in quotation marks rather than speech ("a Decree “On ...”").
TITLE_NOUNS = frozenset(
    """
    decree law resolution program programme plan strategy concept doctrine poem book novel film
    movie song album play series report article campaign project initiative slogan motto message
    theme title format forum conference summit festival award prize operation brand platform
    exhibition agenda festival event session panel headline newspaper magazine magazine's label
    titled entitled named dubbed called known reading placard placards banner banners poster posters
    so-called question questions
    """.split()
)

# --- article layout ----------------------------------------------------------------------------
BOILERPLATE_LINES = [
    re.compile(r"^\s*[•·*▪-]?\s*[A-Z]{3}\s*/\s*[A-Z]{3}\s*=\s*[\d.,]+\s*[-+]?[\d.,]*\s*%?\s*$"),  # ticker
    re.compile(r"^\s*(Viewing|Showing|Displaying)\s+(results\s+)?\d+\s*[-–]\s*\d+\s+of\s+\d+", re.I),
    re.compile(r"^\s*Page\s+\d+(?:\s+of\s+\d+)?\s*$", re.I),
    # counters, clocks and bullets alone on a line: "0", "• 4:01", "12:48:54", "12 / 52"
    re.compile(r"^[\s•·*▪|/:.,–—\d-]+$"),
    # page clocks and counters: "Updated: 46 min 41 sec ago", "877 time viewed", "3 user(s) are online"
    re.compile(
        r"^\s*(?:Updated|Published|Posted)?:?\s*(?:\d+\s*(?:hours?|hrs?|h|min|minutes?|sec|seconds?|days?)\s*){1,3}ago\b",
        re.I,
    ),
    re.compile(r"^\s*(?:Updated|Published|Posted)\b.{0,30}\d{1,2}:\d{2}", re.I),
    re.compile(r"^\s*\d[\d\s,.]*\s*(?:times?\s+viewed|views?|просмотр\w*)\s*$", re.I),
    re.compile(r"\b\d+\s+(?:users?|guests?|members?)(?:\(s\))?\s+(?:are\s+|is\s+)?(?:online|browsing)", re.I),
    re.compile(
        r"^\s*(?:view-icon|views?:?|this news was read|read)\s*\d[\d\s,.]*(?:\s+(?:users|times|readers))?\s*$", re.I
    ),
    re.compile(r"^\s*(Read more|Share|Subscribe|Advertisement|Related|Tags?:|Follow us)\b.{0,40}$", re.I),
    re.compile(r"^\s*(Photo|Photo credit|Image|Credit|Source)\s*:.{0,80}$", re.I),
    # a rates strip: "Exchange rates: USD 508.12 | EUR 573.40 | RUB 6.21"
    re.compile(
        r"^[^a-z]{0,30}(?:[A-Za-z ]{0,20}:)?\s*(?:[A-Z]{3}(?:/[A-Z]{3})?\s*=?\s*[\d.,]+\s*[-+]?[\d.,]*%?\s*[|•·,;]?\s*){2,}$"
    ),
    re.compile(r"^\s*©.{0,80}$"),
]
BYLINE_PREFIX = re.compile(r"^\s*(?:By|Author|Written by)\s*:?\s+", re.I)
BYLINE_SEPARATOR = re.compile(r"\s+[–—|-]\s+|\s*[|,]\s+")
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
    # dates on pages in Russian ("17 октября 2012", "3 Май")
    r"|(?i:январ[ьяе]|феврал[ьяе]|марта?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|сентябр[ьяе]|октябр[ьяе]"
    r"|ноябр[ьяе]|декабр[ьяе]))"
)
# Small words that stay lower-case in a Title Case headline.
HEADLINE_SMALL_WORDS = frozenset(
    "a an the and or but nor of in on at to for from by with as vs vs. via into over per is are be".split()
)
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st jr sr no vs etc inc ltd co corp gen col lt sgt rep sen gov jan feb mar apr
    jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e approx est dept fig vol
    """.split()
)

# --- numbers -----------------------------------------------------------------------------------
UNITS_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINAL_WORDS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "twentieth": 20,
    "thirtieth": 30,
    "fiftieth": 50,
    "hundredth": 100,
}
FRACTION_WORDS = {
    "half": 0.5,
    "a half": 0.5,
    "one-half": 0.5,
    "a third": 1 / 3,
    "one-third": 1 / 3,
    "one third": 1 / 3,
    "two-thirds": 2 / 3,
    "two thirds": 2 / 3,
    "a quarter": 0.25,
    "one-quarter": 0.25,
    "one quarter": 0.25,
    "three-quarters": 0.75,
    "three quarters": 0.75,
    "a fifth": 0.2,
    "one-fifth": 0.2,
    "a tenth": 0.1,
    "one-tenth": 0.1,
}
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trln": 1e12,
    "hundred": 1e2,
    "dozen": 12,
}
# Currency written before the number.
CURRENCY_PREFIXES = {
    "US$": "USD",
    "US $": "USD",
    "U.S. $": "USD",
    "$": "USD",
    "USD": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "₸": "KZT",
    "KZT": "KZT",
    "₽": "RUB",
    "RUB": "RUB",
    "¥": "CNY",
    "CNY": "CNY",
    "RMB": "CNY",
    "UZS": "UZS",
    "KGS": "KGS",
    "TJS": "TJS",
    "CHF": "CHF",
}
# Currency written after the number ("50 billion tenge").
CURRENCY_WORDS = {
    "tenge": "KZT",
    "₸": "KZT",
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "rubles": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rub": "RUB",
    "yuan": "CNY",
    "sums": "UZS",
    "soums": "UZS",
    "som": "KGS",
    "somoni": "TJS",
    "pounds": "GBP",
    "kzt": "KZT",
    "manat": "AZN",
    "lari": "GEL",
    "soms": "KGS",
    "soum": "UZS",
}
# Currency words two countries share: the country named nearby decides ("3.8 billion manat").
SHARED_CURRENCIES = {
    "AZN": (("turkmen", "TMT"), ("ashgabat", "TMT")),
}
# Verbs whose particle "over" is not a qualifier ("handed over 11,000 apartments").
OVER_PARTICLE_VERBS = frozenset(
    "hand hands handed handing take takes took taken taking turn turns turned turning carry carried "
    "carries pass passes passed win won get got".split()
)
# Unit words glued to a number, and the unit they mean.
UNIT_WORDS = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    "percentage points": "pp",
    "percentage point": "pp",
    "km": "km",
    "kilometers": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometre": "km",
    "miles": "mi",
    "sq km": "km2",
    "square kilometers": "km2",
    "square kilometres": "km2",
    "hectares": "ha",
    "ha": "ha",
    "tonnes": "t",
    "tons": "t",
    "tonne": "t",
    "ton": "t",
    "kg": "kg",
    "kilograms": "kg",
    "mw": "MW",
    "gw": "GW",
    "kw": "kW",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "twh": "TWh",
    "barrels": "barrel",
    "bpd": "barrel/day",
    "cubic meters": "m3",
    "cubic metres": "m3",
    "mcm": "m3",
    "bcm": "m3",
    "years": "year",
    "year": "year",
    "months": "month",
    "month": "month",
    "days": "day",
    "day": "day",
    "weeks": "week",
    "week": "week",
    "decades": "decade",
    "decade": "decade",
    "hours": "hour",
    "hour": "hour",
    "fold": "fold",
    "times": "fold",
}
# Units implied by a hyphenated compound ("seven-year term", "1.5-fold").
COMPOUND_UNITS = {
    "tenge": "KZT",
    "dollar": "USD",
    "euro": "EUR",
    "ruble": "RUB",
    "rouble": "RUB",
    "som": "KGS",
    "year": "year",
    "years": "year",
    "month": "month",
    "day": "day",
    "week": "week",
    "decade": "decade",
    "fold": "fold",
    "km": "km",
    "kilometre": "km",
    "kilometer": "km",
    "hour": "hour",
    "minute": "minute",
    "percent": "%",
    "member": "count",
    "seat": "count",
    "point": "count",
    "story": "count",
    "storey": "count",
    "party": "count",
    "nation": "count",
    "country": "count",
    "state": "count",
    "man": "count",
    "person": "count",
    "strong": "count",
}
# Qualifier words just before a number, longest first.
QUALIFIERS = [
    ("more than", "more than"),
    ("in excess of", "more than"),
    ("upwards of", "more than"),
    ("over", "more than"),
    ("above", "more than"),
    ("exceeding", "more than"),
    ("exceeded", "more than"),
    ("exceeds", "more than"),
    ("exceed", "more than"),
    ("passed", "more than"),
    ("surpassed", "more than"),
    ("topped", "more than"),
    ("beyond", "more than"),
    ("less than", "less than"),
    ("fewer than", "less than"),
    ("under", "less than"),
    ("below", "less than"),
    ("no more than", "at most"),
    ("at most", "at most"),
    ("up to", "up to"),
    ("can reach", "up to"),
    ("could reach", "up to"),
    ("may reach", "up to"),
    ("might reach", "up to"),
    ("at least", "at least"),
    ("no less than", "at least"),
    ("about", "about"),
    ("around", "about"),
    ("approximately", "about"),
    ("roughly", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("some", "about"),
    ("an estimated", "about"),
    ("estimated", "about"),
    ("close to", "about"),
    ("circa", "about"),
    ("~", "about"),
]
QUALIFIER_WORDS = frozenset(w for phrase, _ in QUALIFIERS for w in phrase.split())
# Capitalised words after which a number is part of a name or code ("Article 416", "Strategy 2050").
NAME_NUMBER_WORDS = frozenset(
    """
    Article Articles Part Parts Paragraph Clause Section Chapter Strategy Vision Agenda Resolution
    No No. Number Nos Phase Stage Level Grade Room Flight Route Highway Decree Law Order Group
    Formula Windows Version Model Boeing Airbus Su MiG Tu Il Euro Expo Format Plus Point Unit Block
    Volume Vol Issue Book Act Rule Item Line Platform Terminal Gate Building Apartment Kazakhstan-
    Industry Web Covid COVID Sputnik Soyuz Baiterek Apollo Vostok Zone Sector District Camp Region
    Top League Cup Cop COP Class Category Type Tier Article- Site Pad Hall Station Channel Bus Train Road
    Street Avenue Lot Well Gallery Pavilion Stand Sector Block Camp Kilometre Km
    """.split()
)
# Lower-case words after which a number is a code ("the hotline 1414", "flight 712").
CODE_WORDS_BEFORE = frozenset("hotline extension ext flight route bus tram trolleybus channel code gmt utc".split())
# Words before a number *word* that make it refer back ("the two countries").
REFERENTIAL_BEFORE = frozenset("the these those both its their his her our my your".split())
# Nouns after "the second/third ..." that name a time or a part, not a rank ("the second half").
ORDINAL_PART_NOUNS = frozenset(
    """
    half quarter stage phase reading round time day week month year decade century term wave part
    section floor tranche session period track level tier grade step chapter row line lane stage
    generation semester trimester hour minute page paragraph article clause item point convocation
    """.split()
)
# "the past five years", "three years ago": times, not quantities.
RELATIVE_TIME_BEFORE = frozenset("past last next previous coming following recent first".split())
WINDOW_TIME_BEFORE = frozenset("in".split())  # "in eight decades"; "within 15 days" is a deadline
# "N times" is a multiplier after a change verb or before a comparison ("grew 1.8 times", "three times more").
CHANGE_VERBS = frozenset(
    """
    grew grow grows rose rise rises increased increase increases fell fall falls decreased decrease
    decreases declined decline declines dropped drop drops jumped jump jumps gained gain gains lost
    lose loses climbed doubled tripled expanded shrank surged soared slumped plunged cut raised
    oversubscribed subscribed covered
    """.split()
)
RANK_BEFORE = frozenset(
    "came comes come finished finishes finish ranked ranks rank placed place places took takes "
    "placing ranking finishing coming seeded seed seeds rated put puts putting".split()
)
RANK_AFTER = re.compile(r"^\s(?:place|position|spot|rank)\b")
SUPERLATIVES = re.compile(
    r"^[\s-](?:largest|biggest|smallest|highest|lowest|richest|poorest|most|least|best|worst|"
    r"fastest|slowest|longest|leading|top|greatest|strongest|oldest|busiest|wealthiest)\b"
)
TIME_UNITS = frozenset("years year months month days day weeks week decades decade hours centuries century".split())

# --- checking a draft (claims.py) ---------------------------------------------------------------------
# Words that say nothing about what a figure counts; left out when two figures' words are compared.
FUNCTION_WORDS = frozenset(
    """a an the and or but of in on at to for from by with without as into onto over under than then
    that this these those there their its his her our my your we they he she it i you them us is are
    was were be been being has have had do does did will would shall should can could may might must
    not no nor so such also only just very more most less least some any each every all both other
    about which who whom whose what when where while how why up out off per s year years""".split()
)
# How a qualifier bounds the figure it qualifies, when a draft's figure is checked.
QUALIFIER_BOUNDS = {
    "more than": "above",
    "less than": "below",
    "at least": "at_least",
    "at most": "at_most",
    "up to": "at_most",
    "about": "about",
}
# Words of a figure itself (scales, currencies, units), not of what it counts; built from the tables above.
FIGURE_WORDS = frozenset(
    w
    for table in (SCALES, CURRENCY_PREFIXES, CURRENCY_WORDS, UNIT_WORDS, UNITS_WORDS, TENS_WORDS)
    for key in table
    for w in key.lower().replace("-", " ").split()
    if w.isalpha()
)
