"""Deterministic generator of synthetic Central Asia news-wire corpora for speed benchmarks.

    python benchmarks/gen_corpus.py OUT_DIR --articles N [--seed S] [--per-file K]

Articles (headline, blank line, 4-12 paragraphs, ~3.5 KB on average) are built from the
templates below, not from corpus/.  They mix direct quotes under many attribution patterns
(“curly”, "straight", «guillemet», nested ‘single’, split quotes, pronoun follow-ups), numeric
claims, and noise: photo credits, scare quotes, tickers, truncated/very long paragraphs, Q/A
interviews.  Same arguments -> byte-identical output.  Other scripts may import it:
    sys.path.insert(0, "benchmarks"); from gen_corpus import generate
"""

import argparse
import pathlib
import random
import re

W = str.split  # compact vocabularies: W("a b c") -> ["a", "b", "c"]


def _items(block: str) -> list[str]:
    """One template per line."""
    return [t.strip() for t in block.strip().splitlines()]


FIRST_M = W(
    "Nurlan Yerlan Askar Daniyar Marat Serik Bolat Timur Arman Kairat Nikolai Sergei "
    "Alexei Dmitry Rustam Ulugbek Azamat Olzhas Zhanibek Murat Bakhyt Almas Yerbol Ruslan"
)
FIRST_F = W(
    "Aigerim Dana Gulnara Saule Aliya Madina Zhanna Elena Irina Olga Dinara Asel Kamila "
    "Laura Ainur Gulmira Botagoz Svetlana"
)
LAST = W(
    "Ivanov Sultanov Zhaksybekov Nurmagambetov Abenov Petrov Karimov Omarov Seitkaliyev "
    "Bekmukhamedov Tokhtarov Akhmetov Smailov Kuandykov Ermekov Baimukhanov Sadykov Kim Tsoi "
    "Rakhimov Mukhamediyev Yessimov Orazov Utegenov Kassymov Zhumabayev Sarsenbayev Volkov"
)
PARTNERS = [
    ("China", "Chinese"),
    ("Russia", "Russian"),
    ("Uzbekistan", "Uzbek"),
    ("Turkey", "Turkish"),
    ("Germany", "German"),
    ("the United States", "U.S."),
    ("South Korea", "South Korean"),
    ("Japan", "Japanese"),
    ("the UAE", "Emirati"),
    ("Azerbaijan", "Azerbaijani"),
    ("Kyrgyzstan", "Kyrgyz"),
    ("France", "French"),
    ("Italy", "Italian"),
    ("India", "Indian"),
    ("Qatar", "Qatari"),
    ("the United Kingdom", "British"),
    ("Hungary", "Hungarian"),
]
CITIES = W("Astana Almaty Shymkent Aktau Karaganda Atyrau Pavlodar Turkestan Kostanay Tashkent Bishkek Baku")
REGIONS = W("Karaganda Pavlodar Atyrau Mangystau Kostanay Akmola Zhambyl Turkestan Abai Ulytau Zhetysu")
BANKS = [
    "Halyk Bank",
    "Kaspi Bank",
    "Bank CenterCredit",
    "the Development Bank of Kazakhstan",
    "Freedom Bank",
    "ForteBank",
    "Otbasy Bank",
    "the Eurasian Development Bank",
]
COMPANIES = W("KazMunayGas Kazatomprom KTZ Samruk-Kazyna Kazakhtelecom QazaqGaz KEGOC KazTransOil")
THINK = [
    "the Kazakhstan Institute for Strategic Studies",
    "Astana International University",
    "the Central Asia Barometer",
    "the Eurasian Research Institute",
    "Nazarbayev University",
]
AGENCIES = W("Reuters Kazinform Interfax Bloomberg AFP Tengrinews Trend Xinhua Kun.uz") + ["The Astana Times"]
FORUMS = [
    "Astana International Forum",
    "SCO summit",
    "CICA ministerial meeting",
    "Central Asia-EU summit",
    "Foreign Investors' Council",
    "Astana Mining & Metallurgy Congress",
    "C5+1 summit",
]
SECTORS = [
    "energy",
    "agriculture",
    "transport and logistics",
    "mining",
    "IT",
    "petrochemical",
    "tourism",
    "renewable energy",
    "manufacturing",
    "water management",
]
GOODS = ["wheat", "crude oil", "uranium", "coal", "copper", "ferroalloys", "natural gas", "zinc", "flour"]
MEASURED = [
    "foreign visits",
    "delegations",
    "projects",
    "loans",
    "joint ventures",
    "agreements",
    "investment projects",
    "flights a week",
    "new schools",
    "kilometers of roads",
]
SCARE = [
    "Strategy 2050",
    "black-swan",
    "Middle Corridor",
    "multi-vector",
    "Listening State",
    "Just Kazakhstan",
    "New Kazakhstan",
    "green economy",
    "digital nomad",
    "Trans-Caspian",
]
CREDITS = [
    "Photo: Akorda",
    "Adlet Beremkulov/ Kazinform",
    "Photo: press service of the Ministry of Energy",
    "Photo credit: Pixabay",
    "Photo: Kazinform",
    "Photo: primeminister.kz",
    "Ruslan Pryanikov/ AFP",
]
MONTHS = W("January February March April May June July August September October November December")
AP_MON = W("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.")
NUMWORDS = W("two three four five six seven eight nine ten eleven twelve fifteen twenty")
# (title before name, appositive after name); {b} etc. are filled when the pool is built
ROLES = [
    ("Energy Minister", "Minister of Energy"),
    ("Deputy Foreign Minister", "Deputy Minister of Foreign Affairs"),
    ("", "Chairman of the Board of {b}"),
    ("", "chief economist at {b}"),
    ("Akim", "akim of {r} region"),
    ("", "an analyst at {t}"),
    ("Ambassador", "{adj} Ambassador to Kazakhstan"),
    ("Trade Minister", "Minister of Trade and Integration"),
    ("", "spokesperson for the Foreign Ministry"),
    ("Finance Minister", "Minister of Finance"),
    ("", "Deputy Prime Minister"),
    ("", "CEO of {c}"),
    ("National Bank Governor", "Governor of the National Bank"),
    ("", "managing director of {c}"),
    ("Agriculture Minister", "Minister of Agriculture"),
    ("", "a senior fellow at {t}"),
    ("Transport Minister", "Minister of Transport"),
    ("Senator", "member of the Senate"),
]
TOKAYEV = ("Kassym-Jomart", "Tokayev", "President", "President of Kazakhstan", "he")

QUOTES = _items("""
    We expect trade turnover with {partner} to reach {money} by {year}
    Our priority is to attract {money} of investment into the {sector} sector
    The project will create {approx} jobs and pay back within a {duration} period
    This is a historic moment for our country and for the whole of Central Asia
    We are ready to work with all partners who respect our sovereignty and territorial integrity
    Inflation should slow to {range_pct} next year, provided there are no {scare_q} events
    Coal output rose {pct} last year, and we plan to keep that pace
    Nobody should doubt that {partner} remains our strategic partner
    We have signed {numword} agreements today, and each of them has concrete money behind it
    Exports of {good} grew {fold}, which is a very good result for our farmers and producers
    I made {n2} foreign visits in {year}, and every one of them brought investment
    We call this the {nested} approach, and it works
    There will be no return to the old model of governance
    The {scare} route is no longer a dream, it is a working corridor
    Our banks issued {approx} loans to small businesses, worth {money_kzt} in total
    The {ordinal} round of talks was the most productive so far
    We must be pragmatic, but we also need to be bold
    More than {people} will benefit from the program
    The situation in the {sector} sector is stable, but we are watching prices closely
    We will not allow anyone to use our territory against our neighbours
    By {year} the share of renewables should reach {pct}
    Frankly speaking, this is a {scare_q} scenario for the entire region
    Today we launched {approx} projects in {city} alone
    Water is becoming the most important resource in Central Asia
    We hope to complete the {duration} construction ahead of schedule
    The border with {partner} stretches for {km}, and every kilometre must be modern
""")
FACTS = _items("""
    In {year}, the head of state made {n2} foreign visits and received {numword} heads of state in Astana.
    Trade turnover between Kazakhstan and {partner} reached {money} in {year}, up {pct} year on year.
    Coal output in {region} region rose to {n2} million tonnes in the first {numword} months of {year}.
    Exports of {good} increased {fold} over the {duration} period.
    {bank_cap} approved {approx} loans worth {money_kzt} to small and medium-sized businesses.
    The portfolio includes {approx} {measured} worth a combined {money}.
    A delegation of {n2} companies from {partner} is due to visit {city} on {date}.
    The program covers {people} in {n2} districts across the country.
    GDP growth is forecast at {range_pct} in {year}, according to the Ministry of National Economy.
    The {duration} program is expected to cost {money}.
    Since {year}, {approx} foreign companies have registered at the Astana International Financial Centre.
    Kazakhstan shares a {km} border with {partner}, and {n2} checkpoints are being upgraded.
    The meeting on {date} was the {ordinal} session of the intergovernmental commission.
    Inflation slowed to {pct} in {month}, the lowest level since {year}.
    Investment from {partner} totaled {money} over the past {numword} years.
    The new railway line, {km} long, will be completed by {year}.
    The country received {n2}.{d} million foreign tourists in {year}, up {pct}.
    The fund has financed {approx} {measured} since {year}.
    Oil production reached {n2}.{d} million tonnes in the first half, {pct} above plan.
    Overall, {approx} {measured} were recorded in {year}.
""")
BACKGROUND = _items("""
    The meeting took place on the sidelines of the {forum} in {city}.
    Kazakhstan, the largest economy in Central Asia, has sought to balance relations with Russia, China and the West.
    Analysts say the so-called {scare_q} policy has reshaped logistics across the Caspian.
    The talks focused on the {sector} sector, digitalization and transit routes.
    Officials discussed the implementation of {scare_q} and other long-term development programs.
    The sides also exchanged views on regional security and water sharing.
    Observers described the visit as a sign of the {scare_q} foreign policy in action.
    The ministry said details would be published later.
    The parties agreed to hold the next meeting in {city} later this year.
    Earlier, the government approved a comprehensive plan to develop the {sector} sector.
""")
INDIRECT = [
    "the country's exports grew {pct} in {year}",
    "trade with {partner} could double to {money}",
    "{approx} {measured} are currently under way",
    "the {duration} plan would be revised in {month}",
    "inflation is expected at {range_pct} next year",
    "the company's net profit rose {fold}",
    "the regional budget for {year} amounts to {money_kzt}",
    "the deal was signed on {date}",
]
HEADLINES = [
    "Kazakhstan, {partner} agree to boost trade to {money}",
    "{surname} calls for faster reforms in {sector} sector",
    "Kazakh {good} exports up {pct} in {year}",
    "{city} to host {forum} on {date}",
    "Kazakhstan will pursue {scare_q} course, minister says",
    "Investment in {sector} rises {fold}",
    "{partner_adj} delegation visits {city}",
    "Kazakhstan's GDP growth seen at {range_pct}",
    "{region} region launches {approx} {measured}",
    "Border talks with {partner} enter {ordinal} round",
]
QUESTIONS = [
    "How do you assess relations with {partner}?",
    "What are the priorities for {year}?",
    "Will the {scare} project pay off?",
    "What is happening with inflation?",
    "How much investment do you expect in the {sector} sector?",
    "Are there risks for the budget?",
]


def _ord(n: int) -> str:
    """3 -> '3rd', 28 -> '28th'."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _money(r: random.Random, kzt: bool = False) -> str:
    n = r.choice((str(r.randint(2, 95)), f"{r.uniform(1, 9.9):.1f}", str(r.randint(100, 950))))
    unit = "million" if len(n) == 3 and "." not in n else "billion"
    if kzt or r.random() < 0.2:
        return r.choice((f"KZT {n} {unit}", f"{n} {unit} tenge", f"{n} {unit} tenge (${r.randint(2, 90)} million)"))
    return f"{r.choice('$$$$€')}{n} {unit}"


def _date(r: random.Random) -> str:
    m, d = r.randrange(12), r.randint(1, 28)
    return r.choice(
        (f"{MONTHS[m]} {_ord(d)}", f"{AP_MON[m]} {d}", f"{d} {MONTHS[m]}", f"{MONTHS[m]} {d}, {r.randint(2019, 2026)}")
    )


def _range(r: random.Random) -> str:
    lo = r.randint(10, 80) / 10
    return r.choice((f"{lo:.1f} to {lo + r.choice((0.5, 1.0)):.1f}%", f"between {lo:g}% and {lo + 1:g}%"))


SLOTS = {
    "money": _money,
    "money_kzt": lambda r: _money(r, True),
    "date": _date,
    "range_pct": _range,
    "pct": lambda r: r.choice((f"{r.uniform(0.3, 35):.1f}%", f"{r.randint(2, 60)}%", f"{r.randint(2, 60)} percent")),
    "fold": lambda r: r.choice((f"{r.randint(11, 35) / 10:g}-fold", "threefold", f"{r.randint(2, 5)} times")),
    "duration": lambda r: f"{r.choice(NUMWORDS[:9] + ['10', '15'])}-{r.choice(('year', 'year', 'month'))}",
    "approx": lambda r: (
        f"{r.choice(('more than', 'nearly', 'about', 'over', 'almost', 'at least', 'some'))} "
        f"{r.choice((r.randint(3, 99), r.randint(100, 999), r.randint(1000, 99999))):,}"
    ),
    "km": lambda r: f"{r.randint(300, 9000):,} {r.choice(('km', 'km', 'kilometers'))}",
    "people": lambda r: f"{r.choice((str(r.randint(2, 40)), f'{r.uniform(1, 9):.1f}'))} million people",
    "ordinal": lambda r: r.choice((_ord(r.randint(2, 40)), r.choice(W("second third fourth fifth tenth")))),
    "numword": lambda r: r.choice(NUMWORDS),
    "n2": lambda r: str(r.randint(2, 99)),
    "d": lambda r: str(r.randint(0, 9)),
    "year": lambda r: str(r.randint(2015, 2030)),
    "month": lambda r: r.choice(MONTHS),
    "partner": lambda r: r.choice(PARTNERS)[0],
    "partner_adj": lambda r: r.choice(PARTNERS)[1],
    "city": lambda r: r.choice(CITIES),
    "region": lambda r: r.choice(REGIONS),
    "sector": lambda r: r.choice(SECTORS),
    "good": lambda r: r.choice(GOODS),
    "measured": lambda r: r.choice(MEASURED),
    "forum": lambda r: r.choice(FORUMS),
    "bank_cap": lambda r: r.choice(BANKS).replace("the ", "The ", 1),
    "scare": lambda r: r.choice(SCARE),
    "scare_q": lambda r: r.choice(('"{}"', "“{}”", "«{}»")).format(r.choice(SCARE)),
    "nested": lambda r: f"‘{r.choice(SCARE)}’",
    "surname": lambda r: r.choice(LAST),
}
_SLOT_RE = re.compile(r"\{(\w+)\}")


def _fill(r: random.Random, template: str) -> str:
    """Replace each {slot} in template with a freshly generated value."""
    return _SLOT_RE.sub(lambda m: SLOTS[m[1]](r), template)


def _pool(r: random.Random, size: int = 200) -> list[tuple[str, str, str, str, str]]:
    """(first, last, title, appositive, pronoun) for `size` distinct speakers."""
    pool: dict[tuple[str, str], tuple] = {}
    while len(pool) < size:
        female = r.random() < 0.35
        first, last = r.choice(FIRST_F if female else FIRST_M), r.choice(LAST)
        last += "a" if female and last[-2:] in ("ov", "ev") else ""
        title, appos = r.choice(ROLES)
        appos = appos.format(
            b=r.choice(BANKS), r=r.choice(REGIONS), t=r.choice(THINK), c=r.choice(COMPANIES), adj=r.choice(PARTNERS)[1]
        )
        pool.setdefault((first, last), (first, last, title, appos, "she" if female else "he"))
    return list(pool.values())


def _quote(r: random.Random, sp: tuple, first: bool, last_speaker: bool) -> str:
    """One quote paragraph-opening with a randomly chosen attribution pattern."""
    fn, ln, title, appos, pron = sp
    q1, q2 = (". ".join(_fill(r, t) for t in r.sample(QUOTES, r.choice((1, 2, 2)))) for _ in "ab")
    o, c = r.choices((("“", "”"), ('"', '"'), ("«", "»")), (75, 15, 10))[0]
    if o != "“":  # nested quotes: 'x' inside straight quotes, “x” inside guillemets
        inner = ("'", "'") if o == '"' else ("“", "”")
        q1, q2 = (q.replace("‘", inner[0]).replace("’", inner[1]) for q in (q1, q2))
    cm = f"{c}," if o == "«" else f",{c}"  # «A», he said  vs  “A,” he said
    verb = r.choice(("said", "said", "said", "noted", "stressed", "added", "emphasized", "told reporters"))
    ind = _fill(r, r.choice(INDIRECT))
    if last_speaker and r.random() < 0.6:
        return r.choice(
            (
                f"{o}{q1}{cm} {pron} {verb}. {o}{q2}.{c}",
                f"{o}{q1}{cm} {pron} told {r.choice(AGENCIES)}.",
                f"{o}{q1}{cm} {pron} said.",
                f"{pron.title()} {verb} that {ind}.",
            )
        )
    if not first:
        return r.choice(
            (
                f"{ln} said: {o}{q1}.{c}",
                f"{o}{q1}{cm} {ln} {verb}.",
                f"{ln} {verb}: {o}{q1}. {q2}.{c}",
                f"{o}{q1}{cm} {ln} {verb}. {o}{q2}.{c}",
                f"{ln} {verb} that {ind}.",
            )
        )
    name = f"{title} {fn} {ln}" if title and r.random() < 0.6 else None
    by = f"{name} {verb}" if name else f"said {fn} {ln}, {appos}"
    return r.choice(
        (
            f"{o}{q1}{cm} {by}.",
            f"{o}{q1}{cm} {by}. {o}{q2}.{c}",
            f"{fn} {ln}, {appos}, said: {o}{q1}.{c}",
            f"According to {fn} {ln}, {appos}, {ind}.",
            f"{name or f'{fn} {ln}, {appos},'} {verb} that {ind}.",
        )
    )


def _sentences(r: random.Random, k: int) -> str:
    """k sentences: about one in three a fact with numbers, the rest background, as in news copy."""
    return " ".join(_fill(r, t if r.random() < 0.35 else r.choice(BACKGROUND)) for t in r.sample(FACTS, k))


def _interview(r: random.Random, sp: tuple) -> list[str]:
    fn, ln, title, appos, _ = sp
    paras = [
        f"In an interview with {r.choice(AGENCIES)}, {fn} {ln}, {appos}, spoke about {_fill(r, '{sector}')} "
        f"reform, investment and relations with {_fill(r, '{partner}')}. {_sentences(r, 1)}"
    ]
    for _ in range(r.randint(3, 6)):
        paras.append("– " + _fill(r, r.choice(QUESTIONS)))
        answer = ". ".join(_fill(r, q) for q in r.sample(QUOTES, r.randint(2, 4)))
        paras.append(f"– {answer}. {_sentences(r, 1)}")
    return paras


def _article(r: random.Random, pool: list) -> tuple[str, list[str]]:
    speakers = r.sample(pool, r.randint(1, 3))
    if r.random() < 0.1:
        speakers[0] = TOKAYEV
    if r.random() < 0.05:
        sp = speakers[0]
        return f"INTERVIEW: {sp[1]} on {_fill(r, '{sector}')} and ties with {_fill(r, '{partner}')}", _interview(r, sp)
    head = _fill(r, r.choice(HEADLINES))
    if speakers[0] is TOKAYEV and r.random() < 0.5:
        head = f"Tokayev {r.choice(('meets', 'receives', 'holds talks with'))} {_fill(r, '{partner_adj}')} delegation"
    paras = [_sentences(r, r.randint(3, 5))]
    mentioned, prev = set(), None
    for _ in range(3 + max(r.randint(0, 8), r.randint(0, 8))):  # 4-12 paragraphs, skewed long
        if r.random() < 0.55:
            sp = r.choice(speakers) if mentioned else speakers[0]
            paras.append(
                _quote(r, sp, sp not in mentioned, sp is prev)
                + (" " + _sentences(r, r.randint(2, 3)) if r.random() < 0.9 else "")
            )
            mentioned.add(sp)
            prev = sp
        else:
            paras.append(_sentences(r, r.randint(4, 6)))
            prev = None if r.random() < 0.5 else prev
    if r.random() < 0.25:
        paras.insert(r.choice((1, len(paras))), r.choice(CREDITS))
    if r.random() < 0.03:  # very long single-line paragraph (~3,000 chars)
        paras.insert(r.randint(1, len(paras)), " ".join(_sentences(r, 12) for _ in "abc"))
    if r.random() < 0.06:  # truncated teaser: unbalanced opening quote, ends with "..."
        words = _fill(r, r.choice(QUOTES)).split()
        paras[-1] = "“" + " ".join(words[: max(3, len(words) // 2)]) + "..."
    elif r.random() < 0.04:  # currency ticker block
        paras.append(
            "\n".join(
                f"  • {p} = {r.uniform(0.001, 2):.5f} {r.choice('-+')}{r.choice(('0', '0.1', '1.2'))}%"
                for p in r.sample(W("KZT/USD KZT/EUR KZT/RUB KZT/CNY USD/KZT EUR/KZT RUB/KZT"), 4)
            )
        )
    return head, paras


def generate(out_dir: pathlib.Path, n_articles: int, seed: int = 0, per_file: int = 1) -> int:
    """Write n_articles into out_dir (per_file articles per .txt file); return total bytes written."""
    out_dir = pathlib.Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    r = random.Random(seed)
    pool = _pool(r)
    total, per_file = 0, max(1, per_file)
    for f in range(0, n_articles, per_file):
        arts = [_article(r, pool) for _ in range(min(per_file, n_articles - f))]
        if per_file == 1:
            head, paras = arts[0]
            text = head + "\n\n" + "\n\n".join(paras) + "\n"
            slug = re.sub(r"[^a-z0-9]+", "-", head.lower()).strip("-")[:50].rstrip("-")
            name = f"{f:06d}-{slug}.txt"
        else:
            text = "".join(h + "\n\n" + "\n\n".join(p) + "\n\n" for h, p in arts)
            name = f"listing-{f // per_file:06d}.txt"
        data = text.encode("utf-8")
        (out_dir / name).write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=pathlib.Path)
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-file", type=int, default=1)
    a = ap.parse_args()
    total = generate(a.out_dir, a.articles, a.seed, a.per_file)
    files = -(-a.articles // max(1, a.per_file))
    print(f"files={files} articles={a.articles} total_mb={total / 1e6:.2f}")


if __name__ == "__main__":
    main()
