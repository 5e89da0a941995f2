"""Who is who in an article: one table per rule of the entity model (texts written for the tests).

The patterns come from real news (tests/realnews/), the texts here are made up: a role or descriptor
resolves to the person who holds that job in the article, or to nobody; pronouns go to the person in
focus; quotations without a cue of their own take the speaker the paragraphs give.
"""

from __future__ import annotations

import pytest

from kzfacts import roles
from kzfacts.extract import extract_file


def attributed(text: str) -> list[tuple]:
    return [(q.text, q.speaker, q.speaker_role) for q in extract_file("t.txt", text).quotes]


JOBS = [
    ("Prime Minister", {"prime minister", "minister"}),
    ("Deputy Prime Minister", {"deputy prime minister", "minister"}),
    ("Vice-President", {"deputy president"}),
    ("Minister of Foreign Affairs of Kazakhstan", {"foreign minister", "minister"}),
    ("head of the government", {"prime minister", "head"}),
    ("Kazakh Head of State", {"president", "head"}),
    ("head of Uzbek diplomacy", {"foreign minister", "head"}),
    ("Russian FM", {"foreign minister"}),
    ("premier", {"prime minister"}),
    ("Aralsk mayor", {"mayor"}),
    ("trainer", {"coach"}),
]


@pytest.mark.parametrize("role, jobs", JOBS, ids=[r for r, _ in JOBS])
def test_role_jobs(role, jobs):
    assert roles.role_jobs(role) == jobs


DESCRIPTORS = [
    ("the head of state", ("president",)),
    ("the diplomat", ("ambassador", "foreign minister")),
    ("the Tajik minister", ("minister",)),
    ("the premier", ("prime minister",)),
]


@pytest.mark.parametrize("phrase, jobs", DESCRIPTORS, ids=[p for p, _ in DESCRIPTORS])
def test_descriptor_jobs(phrase, jobs):
    words = phrase.split()[1:]
    assert roles.is_descriptor(words)
    assert roles.descriptor_jobs(" ".join(words)) == jobs


DESCRIPTOR_RESOLUTION = [
    (
        "head-of-state-is-the-president",
        "President Aidar Bekov opened the forum. “We support the talks,” the head of state said.",
        [("We support the talks", "Aidar Bekov", "head of state")],
    ),
    (
        "inverted-descriptor-with-nationality",
        "President Aidar Bekov met Prime Minister Ruslan Omarov. “The border stays open,” said the Kazakh Head of State.",
        [("The border stays open", "Aidar Bekov", "Kazakh Head of State")],
    ),
    (
        "head-of-government-is-the-prime-minister",
        "President Aidar Bekov met Prime Minister Ruslan Omarov. “Budgets will shrink,” the head of the government said.",
        [("Budgets will shrink", "Ruslan Omarov", "head of the government")],
    ),
    (
        "premier-is-the-prime-minister",
        "Kyrgyzstan’s new Prime Minister Talant Osmonov addressed the nation. “I promise a fair process,” the premier said.",
        [("I promise a fair process", "Talant Osmonov", "premier")],
    ),
    (
        "head-of-diplomacy-is-the-foreign-minister",
        "Uzbek Foreign Minister Jasur Tursunov met his Turkish counterpart. “We agreed on a road map,” the head of "
        "Uzbek diplomacy added.",
        [("We agreed on a road map", "Jasur Tursunov", "head of Uzbek diplomacy")],
    ),
    (
        "lower-case-role-with-modifier",
        "Uzbek foreign minister Jasur Tursunov told reporters the talks went well. “It was frank,” the Uzbek "
        "foreign minister said.",
        [("It was frank", "Jasur Tursunov", "Uzbek foreign minister")],
    ),
    (
        "deputy-is-not-the-prime-minister",
        "Deputy Prime Minister Serik Zhakupov and Prime Minister Ruslan Omarov toured the plant. “Output will "
        "double,” the prime minister said.",
        [("Output will double", "Ruslan Omarov", "prime minister")],
    ),
    (
        "diplomat-is-the-ambassador",
        "Ambassador Marat Serikov spoke at the embassy. “Visas will be easier,” explains the diplomat.",
        [("Visas will be easier", "Marat Serikov", "diplomat")],
    ),
    (
        "unresolved-descriptor-names-nobody",
        "The US envoy Mark Hill visited Tashkent. The Russian Foreign Minister said the visit was a provocation. "
        "“They try to set partners against us,” the Russian FM added.",
        [("They try to set partners against us", None, "Russian FM")],
    ),
    (
        "untitled-person-in-focus-holds-the-office",
        "Nursultan Nazarbayev met the diplomatic corps. “Only dialogue ends wars,” said Nursultan Nazarbayev.\n\n"
        "“We support the Astana format,” said the President.",
        [
            ("Only dialogue ends wars", "Nursultan Nazarbayev", None),
            ("We support the Astana format", "Nursultan Nazarbayev", "President"),
        ],
    ),
    (
        "unnamed-person-in-focus-is-nobody",
        "Irina Lysenko said the grid had no reserve left. A senior ministry official, speaking anonymously, said a "
        "ban was coming. “Nobody will cry if they leave,” the official said.",
        [("Nobody will cry if they leave", None, "official")],
    ),
]


ATTRIBUTION_LAYERS = [
    (
        "outlet-credit-is-not-the-speaker",
        "About 16,000 people were evacuated, Deputy Minister Bauyrzhan Syzdykov said, Trend reports.\n\n"
        "“Rescue efforts go on around the clock,” he explained.",
        [("Rescue efforts go on around the clock", "Bauyrzhan Syzdykov", "Deputy Minister")],
    ),
    (
        "reported-citing-the-source",
        "Kazakhstan prepared a plan to cut output. “We understand the importance of each country’s "
        "obligations,” the Astana Times reported, citing the Energy Ministry.",
        [("We understand the importance of each country’s obligations", "Energy Ministry", None)],
    ),
    (
        "outlet-cited-someone-as-saying",
        "“Our agencies are following the situation closely,” TASS cited a spokesman for the State Committee for "
        "National Security as saying.",
        [
            (
                "Our agencies are following the situation closely",
                "State Committee for National Security",
                "spokesman for the State Committee for National Security",
            )
        ],
    ),
    (
        "was-quoted-as-saying",
        "“Cooperation must continue,” the Energy Ministry was quoted as saying in a statement.",
        [("Cooperation must continue", "Energy Ministry", None)],
    ),
    (
        "statement-said-names-its-issuer",
        "The Border Service released a statement on Friday. “The Tajik side keeps firing,” Major General Ulan "
        "Sharipov was quoted in a statement issued by the Border Service of the State Committee.\n\n"
        "“The shootouts continue in three villages,” the statement said.",
        [
            ("The Tajik side keeps firing", "Ulan Sharipov", "Major General"),
            ("The shootouts continue in three villages", "Border Service of the State Committee", None),
        ],
    ),
    (
        "possessive-affiliation-issues-the-statement",
        "Human Rights Watch urged an inquiry.\n\n“The police used force,” HRW's Syinat Sultanova said in a "
        "statement.\n\n“The authorities should stop harassing protesters,” the statement said.",
        [
            ("The police used force", "Syinat Sultanova", "HRW's"),
            ("The authorities should stop harassing protesters", "Human Rights Watch", None),
        ],
    ),
    (
        "acronym-spelled-out-from-its-introduction",
        "The Eurasian Development Bank (EDB) placed bonds. “Demand was strong,” the EDB said.",
        [("Demand was strong", "Eurasian Development Bank", None)],
    ),
    (
        "acronym-before-a-name-is-an-affiliation",
        "“The verdict is a blow to press freedom,” said IPI Interim Director Scott Griffen.",
        [("The verdict is a blow to press freedom", "Scott Griffen", "IPI Interim Director")],
    ),
    (
        "verb-first-then-the-speaker",
        "Added Aralsk mayor Mukhtar Urazbek: “The dust polluted the environment and children got sick.”",
        [("The dust polluted the environment and children got sick", "Mukhtar Urazbek", "Aralsk mayor")],
    ),
    (
        "organisation-named-by-its-owner-and-kind",
        "Floods hit the north.\n\n“About 16,000 people have been evacuated,” Kazakhstan's emergency situations "
        "ministry said in a post on Telegram.\n\nIt described the situation as “complicated” in five regions.",
        [
            ("About 16,000 people have been evacuated", "Kazakhstan's emergency situations ministry", None),
            ("complicated", "Kazakhstan's emergency situations ministry", None),
        ],
    ),
    (
        "subject-of-coordinated-verbs",
        "Afghan Foreign Minister Amir Khan Muttaqi expressed regret and said Kabul was ready to help, adding that "
        "“joint measures are an urgent necessity.”",
        [("joint measures are an urgent necessity", "Amir Khan Muttaqi", "Afghan Foreign Minister")],
    ),
    (
        "subject-of-coordinated-verbs-after-an-appositive",
        "In a statement, the group's Central Asia director, Holly Carter, called the charges baseless and said "
        "Niyazova was a “victim of the government's crackdown.”",
        [("victim of the government's crackdown", "Holly Carter", "director")],
    ),
    (
        "appositive-without-its-closing-comma",
        "“The statement is weighty and it means that work will start,” Prof. Sabit Negmat, director of the "
        "Geophysical Service told EurasiaNet.",
        [
            (
                "The statement is weighty and it means that work will start",
                "Sabit Negmat",
                "director of the Geophysical Service",
            )
        ],
    ),
    (
        "outlet-cited-someone-with-an-acronym-as-saying",
        "“Our agencies follow the situation,” TASS cited a spokesman for the State Committee for National "
        "Security (SCNS) as saying.",
        [
            (
                "Our agencies follow the situation",
                "State Committee for National Security",
                "spokesman for the State Committee for National Security",
            )
        ],
    ),
    (
        "name-closing-a-long-role",
        "“Trade grew by a third,” said Secretary-General of the Trans-Regional Transport Route association (TTRA) "
        "Aslan Beisov.",
        [("Trade grew by a third", "Aslan Beisov", None)],
    ),
    (
        "stated-by-a-role-then-the-name",
        "“We expect more tourists this year.” This was stated by the Kazakh ambassador to Spain, Marat Serikov.",
        [("We expect more tourists this year", "Marat Serikov", "ambassador to Spain")],
    ),
    (
        "according-to-him-before-a-partial-quote",
        "Marat Serikov spoke to reporters. According to him, “the number of tourists doubled.”",
        [("the number of tourists doubled", "Marat Serikov", None)],
    ),
    (
        "stock-ticker-is-not-part-of-the-name",
        "Output is recovering at the field, operator Chevron CVX.N said on Sunday. “Production is returning to "
        "normal rates,” the company said.",
        [("Production is returning to normal rates", "Chevron", None)],
    ),
]


FOCUS = [
    (
        "name-after-a-preposition-is-not-in-focus",
        "Meanwhile, Mirziyoyev said the meeting with Toqayev has resulted in a road map.\n\n"
        "“We will cooperate on this road map,” he added.",
        [("We will cooperate on this road map", "Mirziyoyev", None)],
    ),
    (
        "according-to-puts-the-source-in-focus",
        "IPI director Scott Griffen condemned the verdict. According to the office’s spokesperson Seif Magango, "
        "two journalists were jailed.\n\n«We urge the authorities to review the cases,» he stated.",
        [("We urge the authorities to review the cases", "Seif Magango", "spokesperson")],
    ),
    (
        "an-echo-names-a-new-speaker",
        "“The statement is very weighty,” said Sabit Negmatov, a geologist.\n\nThe news is promising, "
        "echoed Gulsara Pulatova, regional director of the UN office. “The new assessment will help,” she said.",
        [
            ("The statement is very weighty", "Sabit Negmatov", "a geologist"),
            ("The new assessment will help", "Gulsara Pulatova", "regional director of the UN office"),
        ],
    ),
    (
        "they-names-nobody",
        "The waters are now only 20 km away, and they are coming closer.\n\n“We inherited the problem and "
        "adopted special programmes,” they said.",
        [("We inherited the problem and adopted special programmes", None, None)],
    ),
]


FLOATING = [
    (
        "paragraph-long-quote-takes-the-previous-paragraphs-speaker",
        "He said the countries also discussed new air routes.\n\nPresident Aidar Bekov said the talks went well.\n\n"
        "“I intend to continue the policy of openness and good neighbourliness.”",
        [("I intend to continue the policy of openness and good neighbourliness", "Aidar Bekov", "President")],
    ),
    (
        "descriptor-subject-in-the-paragraph-before",
        "President Sadyr Zhaparov addressed the nation.\n\nThe head of the state also mentioned external forces.\n\n"
        "“It was important to keep calm and to trust the border guards.”",
        [("It was important to keep calm and to trust the border guards", "Sadyr Zhaparov", "head of the state")],
    ),
    (
        "quotation-cut-off-by-the-end-of-the-text",
        "Yuri Melnik, head coach of the wrestling team, commented on the fight.\n\n“He fought effectively, but",
        [("He fought effectively, but", "Yuri Melnik", "head coach of the wrestling team")],
    ),
    (
        "pull-quote-under-a-name-alone-on-its-line",
        "Aigul Bekova\n\n“We will open three new schools in the region this year.”\n\nThe akim also spoke of roads.",
        [("We will open three new schools in the region this year", "Aigul Bekova", None)],
    ),
    (
        "nobody-spoken-of-before-gives-no-speaker",
        "The group also discussed the situation in Afghanistan.\n\n“The crisis and the transition underscore what",
        [("The crisis and the transition underscore what", None, None)],
    ),
    (
        "continuation-after-an-unnamed-speaker",
        "“Russians cannot tell us apart,” he added, requesting anonymity. “I don’t work at night anymore.”",
        [("Russians cannot tell us apart", None, None), ("I don’t work at night anymore", None, None)],
    ),
]


INTERVIEWS = [
    (
        "q-and-a-labels",
        "Economist Dana Amirova spoke to us about prices.\n\nQ: Will inflation slow this year?\n\n"
        "A: It will, but slowly. Food prices still rise.\n\nQ: And the tenge?\n\nA: The tenge is stable for now.",
        [
            ("It will, but slowly. Food prices still rise.", "Dana Amirova", "Economist"),
            ("The tenge is stable for now.", "Dana Amirova", "Economist"),
        ],
    ),
    (
        "surname-label-after-plain-questions",
        "We spoke with WHO representative Hans Jakab.\n\nWhat does Kazakhstan mean for your organisation?\n\n"
        "Jakab: Our office opened ten years ago.\n\nIt is an outpost of the regional office.\n\n"
        "Will its role grow?\n\nJakab: Kazakhstan is a large donor.",
        [
            ("Our office opened ten years ago.", "Hans Jakab", "WHO representative"),
            ("It is an outpost of the regional office.", "Hans Jakab", "WHO representative"),
            ("Kazakhstan is a large donor.", "Hans Jakab", "WHO representative"),
        ],
    ),
    (
        "questions-as-headings",
        "What does Kazakhstan mean for your organisation?\n\nJakab: Our office opened ten years ago.\n\n"
        "Will its role grow?\n\nJakab: Kazakhstan is a large donor.",
        [("Our office opened ten years ago.", "Jakab", None), ("Kazakhstan is a large donor.", "Jakab", None)],
    ),
    (
        "two-dashed-turns-after-an-introduction",
        "Alibi Tulegenov, deputy director at the railway, discussed the route in an interview.\n\n"
        "– How did cargo volumes change last year?\n\n– The route is a key focus for both countries.",
        [("The route is a key focus for both countries.", "Alibi Tulegenov", "deputy director at the railway")],
    ),
    (
        "broadcast-transcript-is-no-interview",
        "PRESENTER: Good evening. Floods hit three villages.\n\nASEL NURLANOVA: The water came at midnight.\n\n"
        "PRESENTER: Stay with us.\n\nASEL NURLANOVA: Back to the studio.",
        [],
    ),
]


MARKS_AND_SPELLINGS = [
    (
        "speech-inside-speech-keeps-the-outer-quotation",
        "President Shavkat Mirziyoyev answered reporters.\n\n“Big countries are saying: “Pick a side.” We stay "
        "neutral,” he said.",
        [("Big countries are saying: “Pick a side.” We stay neutral", "Shavkat Mirziyoyev", "President")],
    ),
    (
        "guillemet-typed-for-the-closing-one",
        "President Sooronbay Jeenbekov addressed the nation. «I call on all forces to keep the peace,« the Kyrgyz "
        "President concluded.",
        [("I call on all forces to keep the peace", "Sooronbay Jeenbekov", "Kyrgyz President")],
    ),
    (
        "curly-opener-closed-by-a-straight-mark",
        '“The border is calm and the talks go on," Sadyr Zhaparov said.',
        [("The border is calm and the talks go on", "Sadyr Zhaparov", None)],
    ),
    (
        "reminded-is-a-cue-and-a-straight-mark-closes-single-marks",
        "Energy Minister Kanat Bozum reminded that ‘oil production cuts at the field are out of the question'.",
        [("oil production cuts at the field are out of the question", "Kanat Bozum", "Energy Minister")],
    ),
    (
        "single-marks-quote-a-phrase",
        "Energy Minister Kanat Bozum said that ‘oil production cuts are out of the question’ for the field.",
        [("oil production cuts are out of the question", "Kanat Bozum", "Energy Minister")],
    ),
    (
        "another-spelling-of-the-same-surname",
        "President Sooronbai Jeenbekov offered to resign. According to Zhenbekov, “it is necessary to return to "
        "the legal channel.”",
        [("it is necessary to return to the legal channel", "Sooronbai Jeenbekov", "President")],
    ),
    (
        "agent-of-a-passive-cue-is-in-focus",
        "Senator Yerlan Astayev spoke of cuts. Budget cuts were announced by President Nursultan Nazarbayev on "
        "Monday.\n\n“We will have austerity measures throughout the economy,” he said.",
        [("We will have austerity measures throughout the economy", "Nursultan Nazarbayev", "President")],
    ),
]


NAMED_IN_APPOSITION = [
    (
        "role-subject-then-the-name",
        "“Nearly 20,000 tonnes will be produced next year,” the general director of the Institute of High "
        "Technologies, Serik Kozhakhmet, told reporters.",
        [
            (
                "Nearly 20,000 tonnes will be produced next year",
                "Serik Kozhakhmet",
                "director of the Institute of High Technologies",
            )
        ],
    ),
    (
        "unnamed-subject-then-the-name",
        "“We will secure the projects,” another Afghan official, Defense Minister Mohammad Yaqub, was quoted as saying.",
        [("We will secure the projects", "Mohammad Yaqub", "Defense Minister")],
    ),
    (
        "outlet-quoted-someone-with-an-appositive-as-saying",
        "“In Nukus, 18 people died of their injuries,” the agency quoted Abror Mamatov, an official from the "
        "Prosecutor-General’s Office, as saying.",
        [
            (
                "In Nukus, 18 people died of their injuries",
                "Abror Mamatov",
                "an official from the Prosecutor-General’s Office",
            )
        ],
    ),
    (
        "possessive-role-is-an-unnamed-person",
        "Sanjar Umarov was jailed on Monday. Mr Umarov's lawyer said he would appeal. “Not one accusation has been "
        "proved,” he said.",
        [("Not one accusation has been proved", None, None)],
    ),
    (
        "glued-initial-before-a-surname",
        "Head of State Nursultan Nazarbayev met the Government.\n\n“I am commissioning a revised budget,” said "
        "N.Nazarbayev at the Cabinet’s meeting.",
        [("I am commissioning a revised budget", "Nursultan Nazarbayev", "Head of State")],
    ),
    (
        "ambassador-to-a-country-then-the-name",
        "US Ambassador to Uzbekistan Jonathan Henick gave an interview. “Central Asia is no field of struggle,” the "
        "Ambassador said.",
        [("Central Asia is no field of struggle", "Jonathan Henick", "Ambassador")],
    ),
    (
        "office-acronym-after-a-nationality",
        "The Ministry of Foreign Affairs of the Republic of Tajikistan issued a statement on the unrest. “We share "
        "the concern of Kazakhstan,” the Tajik MFA noted.",
        [("We share the concern of Kazakhstan", "Tajik Ministry of Foreign Affairs", None)],
    ),
    (
        "a-question-in-marks-is-not-speech",
        "President Shavkat Mirziyoyev answered the question: “On whose side is Uzbekistan?”",
        [],
    ),
    (
        "paragraph-long-quotation-after-a-quoting-paragraph",
        "“We have a common goal,” Tokayev told Xi.\n\n“We are also united by the desire to strengthen security.”",
        [
            ("We have a common goal", "Tokayev", None),
            ("We are also united by the desire to strengthen security", "Tokayev", None),
        ],
    ),
    (
        "relative-clause-is-not-the-speaker",
        "Jonathan Henick also responded to Vyacheslav Volodin, who came to Tashkent and warned Uzbekistan.\n\n"
        "“I think Mr. Volodin promoted his own interests.”",
        [("I think Mr. Volodin promoted his own interests", "Jonathan Henick", None)],
    ),
]


MORE_INTERVIEWS = [
    (
        "labels-with-roles-and-initials",
        "We spoke to the ambassador.\n\nShahzod Nusrat, reporter: - Hello, dear Ambassador. How are you?\n\n"
        "Tim Torlot, UK Ambassador to Uzbekistan: - Good morning, very well.\n\nSh.N.: - What do you think of "
        "the reforms?\n\nT.T.: - I think they are going well.",
        [
            ("Good morning, very well.", "Tim Torlot", "UK Ambassador to Uzbekistan"),
            ("I think they are going well.", "Tim Torlot", "UK Ambassador to Uzbekistan"),
        ],
    ),
    (
        "announced-interview-with-plain-questions",
        "U.S. Ambassador Pamela Spratlen’s Interview to Jahon IA\n\nMs. Ambassador, what does this anniversary "
        "mean to you?\n\nUzbekistan has come a long way since independence.\n\nThere is much to do.",
        [
            ("Uzbekistan has come a long way since independence.", "Pamela Spratlen", None),
            ("There is much to do.", "Pamela Spratlen", None),
        ],
    ),
]


AGENCY_LAYOUTS = [
    (
        "speech-set-off-by-dashes",
        "President Shavkat Mirziyoyev visited Navoi.\n\n– The region has all the opportunities for big projects, – "
        "the President said. – We must find enterprising people.",
        [
            ("The region has all the opportunities for big projects", "Shavkat Mirziyoyev", "President"),
            ("We must find enterprising people", "Shavkat Mirziyoyev", "President"),
        ],
    ),
    (
        "closing-mark-without-its-opening-mark",
        "President Kassym-Jomart Tokayev spoke at the forum.\nToday, nine countries possess more than 13,000 nuclear "
        'warheads," the President said.',
        [("Today, nine countries possess more than 13,000 nuclear warheads", "Kassym-Jomart Tokayev", "President")],
    ),
    (
        "speaker-opens-the-next-sentence",
        "«The new agreement fully justifies itself.» The Prime Minister of Kyrgyzstan Mukhammed Abylgazy stated "
        "during a visit to the mine.",
        [("The new agreement fully justifies itself", "Mukhammed Abylgazy", "Prime Minister of Kyrgyzstan")],
    ),
    (
        "a-relative-by-role-then-the-name",
        "“We will continue to fight for justice for him,” his other son, Baibur Yusup, wrote on Twitter.",
        [("We will continue to fight for justice for him", "Baibur Yusup", "son")],
    ),
    (
        "statement-without-an-article",
        "The Ministry of Foreign Affairs of Kyrgyzstan issued a statement. «The closure of the border hurt "
        "thousands of people,» statement said.",
        [("The closure of the border hurt thousands of people", "Ministry of Foreign Affairs of Kyrgyzstan", None)],
    ),
    (
        "a-statement-on-its-website",
        "The U.S. Embassy in Dushanbe closed on Friday. A statement on its website said the incidents “may be "
        "precursors to other acts of violence.”",
        [("may be precursors to other acts of violence", "U.S. Embassy in Dushanbe", None)],
    ),
    (
        "relative-pronoun-before-the-speaker",
        "Kazakhstan enjoys the support of France, which Idrisov called “the key partner in Europe”.",
        [("the key partner in Europe", "Idrisov", None)],
    ),
    (
        "he-added-goes-on-with-the-last-speaker",
        "«We work openly,» Adilet Sultan said.\n\nHe added that the head of Government always demands openness. The "
        "Prime Minister always stresses that this builds trust.\n\n«It concerns the press above all,» he added.",
        [("We work openly", "Adilet Sultan", None), ("It concerns the press above all", "Adilet Sultan", None)],
    ),
    (
        "descriptor-subject-puts-its-holder-in-focus",
        "President Aidar Bekov and Senator Dana Ali met farmers. Dana Ali spoke first.\n\nThe President noted that "
        "harvests grew.\n\n“Grain exports will double,” he said.",
        [("Grain exports will double", "Aidar Bekov", "President")],
    ),
]


CREDITS_AND_ANTECEDENTS = [
    (
        "credit-after-a-dash",
        'The press secretary commented on the talks.\n\n"Uzbekistan is holding a balanced, neutral position on the '
        'conflict" - Sherzod Asadov',
        [("Uzbekistan is holding a balanced, neutral position on the conflict", "Sherzod Asadov", None)],
    ),
    (
        "who-clause-names-the-antecedent",
        "It is most likely about President Alexander Lukashenko, who at the summit on January 10 said that lessons "
        "should be drawn “first of all, by Uzbekistan”.",
        [("first of all, by Uzbekistan", "Alexander Lukashenko", "President")],
    ),
    (
        "title-last-is-no-name",
        'Meanwhile the First President visited Turkestan.\n\n"There is no basis for such rumours about the '
        "capital, ”he said.",
        [("There is no basis for such rumours about the capital", None, None)],
    ),
    (
        "name-line-above-a-quote-with-a-descriptor-cue",
        "Russian Prime Minister Mikhail Mishustin called on Monday.\n\nMukhammed Abylgazy\n\n«The warehouses have the "
        "necessary stocks of wheat,» the Prime Minister stressed.",
        [("The warehouses have the necessary stocks of wheat", "Mukhammed Abylgazy", "Prime Minister")],
    ),
    (
        "organisation-of-a-lower-case-kind",
        'The US embassy in Tajikistan said it was closing. "These events may be precursors to violence," the '
        "embassy said in a statement.",
        [("These events may be precursors to violence", "US embassy in Tajikistan", None)],
    ),
    (
        "adverb-between-subject-and-verb",
        "The US embassy in Tajikistan meanwhile warned the unrest might be a precursor to “other acts of violence.”",
        [("other acts of violence", "US embassy in Tajikistan", None)],
    ),
]


# Found by an independent review of the rules above: each row was wrong (or raised) before its fix.
REVIEW_FINDINGS = [
    (
        "spaces-after-the-comma-of-an-inverted-cue",
        "“We will win the match today,” said Tokayev,    “and we will keep going.”",
        [("We will win the match today", "Tokayev", None), ("and we will keep going", "Tokayev", None)],
    ),
    (
        "her-lawyer-then-the-name",
        "“We will appeal the verdict,” her lawyer, Sergei Ostap, said.",
        [("We will appeal the verdict", "Sergei Ostap", "lawyer")],
    ),
    (
        "a-vice-president-is-not-the-president",
        "President Kassym-Jomart Tokayev met US Vice President Kamala Harris. “We value the partnership,” the "
        "President said.",
        [("We value the partnership", "Kassym-Jomart Tokayev", "President")],
    ),
    (
        "an-elision-mark-opens-no-quotation",
        "Back in the ‘90s the plant closed. “We will reopen it next year,” the minister Aidar Bekov said.",
        [("We will reopen it next year", "Aidar Bekov", "minister")],
    ),
    (
        "said-as-a-given-name",
        "Said Khamidov, the Tajik foreign minister, met his counterpart. “The border is calm,” Khamidov said.",
        [("The border is calm", "Said Khamidov", "the Tajik foreign minister")],
    ),
    (
        "an-interview-with-an-outlet-is-no-interview-layout",
        "Agriculture Minister Aidar Bekov defended the reform in an interview with Reuters.\n\nSo what does this "
        "mean for the farmers of the north?\n\n“We cannot plan anything,” said Dana Ali, a farmer.",
        [("We cannot plan anything", "Dana Ali", "a farmer")],
    ),
]


def test_statement_issuers_noted_in_any_order():
    text = (
        "President Kassym-Jomart Tokayev spoke.\n\n“We will act,” Tokayev said in a statement.\n\n"
        "“Prices will be capped,” the statement said.\n\nA report from the Energy Ministry is due next week."
    )
    assert attributed(text)[1] == ("Prices will be capped", "Kassym-Jomart Tokayev", None)


NATIONALITIES_AND_INDENTS = [
    (
        "nationality-before-a-role",
        "Turkmenistan’s President Gurbanguly Berdymukhamedov met the envoy. “There is every condition for more "
        "partnership,” the Turkmen president said.",
        [("There is every condition for more partnership", "Gurbanguly Berdymukhamedov", "Turkmen president")],
    ),
    (
        "hyphenated-title",
        "Kyrgyz Prime Minister Alibek Dzhekshen spoke of religion. The Kyrgyz Prime-Minister said young people "
        "come to mosques. “People turn to God when despaired,” he said.",
        [("People turn to God when despaired", "Alibek Dzhekshen", "Kyrgyz Prime Minister")],
    ),
    (
        "indented-dashed-interview",
        "We talked with the Ambassador of Germany, Dr. Tilo Klinner.\n     – Mr. Ambassador, what is your "
        "assessment of the forum?\n     – It is a very significant event.\n     – What projects are considered?\n"
        "     – We cannot say anything yet.",
        [
            ("It is a very significant event.", "Tilo Klinner", None),
            ("We cannot say anything yet.", "Tilo Klinner", None),
        ],
    ),
    (
        "cited-someone-with-an-appositive-as-saying",
        "The website cited Abdurahmon Tashan, a civil society activist, as saying “the verdict was delivered in "
        "camera”.",
        [("the verdict was delivered in camera", "Abdurahmon Tashan", "a civil society activist")],
    ),
]


WIRE_COPY = [
    (
        "doubled-apostrophes-as-quotation-marks",
        "President Kurmanbek Bakiyev spoke.\n\n''A thought-out strategy is underway for a state coup,'' Bakiyev "
        "said.\n\nIt's the opponents' plan.",
        [("A thought-out strategy is underway for a state coup", "Kurmanbek Bakiyev", "President")],
    ),
    (
        "the-news-agency-relays-the-person-in-focus",
        "Stanislav Zas, secretary general of the CSTO, called for a ceasefire. Zas said he spoke to officials.\n\n"
        "“The confrontation must be stopped immediately,” the news agency said.",
        [("The confrontation must be stopped immediately", "Stanislav Zas", None)],
    ),
    (
        "said-in-a-statement-without-an-agent",
        'The Foreign Ministry of Tajikistan issued a note.\n\n"Tajik side expresses its regrets for the incident", - '
        "said in a statement.",
        [("Tajik side expresses its regrets for the incident", "Foreign Ministry of Tajikistan", None)],
    ),
    (
        "nationality-then-a-role-then-the-name",
        "“Over 300 migrant workers have been deported,” said Tajik migrant worker head Karomat Sharip.",
        [("Over 300 migrant workers have been deported", "Karomat Sharip", "head")],
    ),
    (
        "the-official-is-the-office-holder-named-before",
        "Marat Imankul, Secretary of the Security Council, said 16 per cent of glaciers had gone. “This is the data "
        "of 2016,” the official said.",
        [("This is the data of 2016", "Marat Imankul", "official")],
    ),
    (
        "a-capital-speaks-for-its-government",
        "The pilots were jailed in Tajikistan. Moscow said the charges were “politically motivated.”",
        [("politically motivated", "Moscow", None)],
    ),
    (
        "press-service-of-a-ministry",
        "More than 130 people were injured, the press service of the Kyrgyz Health Ministry told Interfax.\n\n“A "
        "total of 132 people were injured,” the press service said.",
        [("A total of 132 people were injured", "press service of the Kyrgyz Health Ministry", None)],
    ),
]


SOURCES_INTRODUCED = [
    (
        "according-to-introduces-a-person",
        "Oil output stays as planned, according to the official representative of the Ministry of Energy "
        'Serikzhan Ermen, Report informs.\n\n"Production will go on in the planned volumes," he said.',
        [("Production will go on in the planned volumes", "Serikzhan Ermen", None)],
    ),
    (
        "a-lower-case-ministry-of-a-country",
        "The foreign ministry of neighbouring Kazakhstan said it was concerned by the events.\n\n“We support the "
        "decisions to stabilise the situation,” the ministry said in a statement.",
        [("We support the decisions to stabilise the situation", "foreign ministry of neighbouring Kazakhstan", None)],
    ),
    (
        "an-age-for-the-person-in-focus",
        "Zoir Kurban has worked in Moscow for ten years.\n\n“Now I am thinking of going home,” the 39-year-old said.",
        [("Now I am thinking of going home", "Zoir Kurban", None)],
    ),
    (
        "a-countrys-new-ambassador-then-the-name",
        "“The embassy will open soon,” declares Uzbekistan’s new Ambassador Said Rustamov.",
        [("The embassy will open soon", "Said Rustamov", "Ambassador")],
    ),
]


ORGANISATION_STATEMENTS = [
    (
        "official-statement-and-the-cabinet",
        'Uzbek Cabinet of Ministers met in Tashkent to discuss the results, Uzbek Government said.\n\n"GDP grew '
        'by 9.4% in nine months," official statement says.\n\n"Exports are growing fast," Cabinet said.\n\n"The '
        "banking system is reliable,\" according to the Cabinet's statement.",
        [
            ("GDP grew by 9.4% in nine months", "Uzbek Government", None),
            ("Exports are growing fast", "Uzbek Cabinet of Ministers", None),
            ("The banking system is reliable", "Uzbek Cabinet of Ministers", None),
        ],
    ),
]


# A set-apart quotation (a page's blockquote) credited on the line below it, after a dash.
CREDIT_LINES = [
    (
        "dash-name-and-role-below",
        "The ministers met in Bishkek.\n\n“The water will work for all three of our nations.”\n\n"
        "— Aibek Toktomushev, Minister of Energy of Kyrgyzstan\n\nThe talks went on.",
        [("The water will work for all three of our nations", "Aibek Toktomushev", "Minister of Energy of Kyrgyzstan")],
    ),
    (
        "dash-name-alone-below",
        "“We will open three new schools in the region this year.”\n—Aigul Bekova\n\nThe akim spoke of roads.",
        [("We will open three new schools in the region this year", "Aigul Bekova", None)],
    ),
    (
        "person-of-a-described-group-then-she-said",
        "Aizada Toktogulova of the Bishkek-based group Green Naryn warned that “no one has seen the study”. "
        "“We are not against electricity,” she said.",
        [
            ("no one has seen the study", "Aizada Toktogulova", None),
            ("We are not against electricity", "Aizada Toktogulova", None),
        ],
    ),
    (
        "a-dash-line-that-is-not-a-name-credits-nobody",
        "The group discussed Afghanistan.\n\n“The crisis and the transition underscore what is at stake.”\n\n"
        "— and the talks went on",
        [("The crisis and the transition underscore what is at stake", None, None)],
    ),
]

# An organisation referred to again: by a possessive country before its name, by a longer descriptor of
# its kind, by its acronym without parentheses, by a shorter form of its name, through an unnamed
# spokesman of its kind, and "the representative" repeating the role a quote's speaker was given.
ORGANISATION_REFERENCES = [
    (
        "country-possessive-before-a-ministry-is-not-the-speaker",
        "Flights resumed on Sunday, Uzbekistan’s Ministry of Transport wrote on its website. "
        "“All routes are open again,” the ministry said.",
        [("All routes are open again", "Ministry of Transport", None)],
    ),
    (
        "a-described-company-is-the-company-named-before",
        "Halyk Bank reported a record profit. “Demand for loans is strong,” the country’s largest "
        "commercial bank said.",
        [("Demand for loans is strong", "Halyk Bank", None)],
    ),
    (
        "a-described-court-is-the-court-whose-name-has-those-words",
        "The Karaganda Regional Court heard the appeal on Monday. “The case is closed,” the regional court said.",
        [("The case is closed", "Karaganda Regional Court", None)],
    ),
    (
        "an-acronym-spells-a-name-given-without-parentheses",
        "The Committee to Protect Journalists, a New York-based watchdog, urged the court to act. "
        "“Both reporters must go free,” CPJ said in a statement.",
        [("Both reporters must go free", "Committee to Protect Journalists", None)],
    ),
    (
        "an-acronym-never-spells-a-title",
        "Chief Executive Officer Ali Nurov spoke first. “We will grow,” CEO said.",
        [("We will grow", None, "CEO")],
    ),
    (
        "a-shorter-name-is-the-organisation-given-in-full",
        "According to the Ministry of Energy of Tajikistan, output rose. “We produced more power than "
        "planned,” the Ministry of Energy said in a release.",
        [("We produced more power than planned", "Ministry of Energy of Tajikistan", None)],
    ),
    (
        "an-unnamed-spokesman-of-a-kind-speaks-for-it-and-the-spokesman-again",
        "Dead fish were found on the shore, the Kazakh Ecology Ministry announced. “Most of them are "
        "carp,” a ministry spokesman said. “Tests are under way,” the spokesman added.",
        [
            ("Most of them are carp", "Kazakh Ecology Ministry", "ministry spokesman"),
            ("Tests are under way", "Kazakh Ecology Ministry", "spokesman"),
        ],
    ),
    (
        "the-representative-repeats-the-role-of-the-last-speaker",
        "Talks ended in Osh, the Kyrgyz Border Service said. Its chief Ulan Bekov met his Tajik "
        "counterpart Amir Saidov. “The sides agreed to keep calm,” a representative of the border "
        "service said. “Trust is growing,” the representative added.",
        [
            ("The sides agreed to keep calm", "Kyrgyz Border Service", "representative of the border service"),
            ("Trust is growing", "Kyrgyz Border Service", "representative"),
        ],
    ),
    (
        "an-unnamed-spokesman-with-no-organisation-of-that-kind-names-nobody",
        "Officials met in Astana. “We agreed,” a ministry spokesman said.",
        [("We agreed", None, "ministry spokesman")],
    ),
]

# Cues in other shapes: a verb with its particle, "referred to X as", a list of fragments after one cue,
# ", saying" after a clause whose verb is not a speech verb, a group word opening the sentence, a pronoun
# after a phrase that opens the sentence, and a possessive's role before the speaker's name.
CUE_SHAPES = [
    (
        "a-verb-with-its-particle-after-the-subject-and-before-it",
        "Minister Aidar Bekov spoke at the meeting. “The storage capacity is enough,” the minister summed up. "
        "“We are ready,” summed up Bekov.",
        [
            ("The storage capacity is enough", "Aidar Bekov", "minister"),
            ("We are ready", "Aidar Bekov", "Minister"),
        ],
    ),
    (
        "referred-to-as-and-a-second-fragment-joined-by-and",
        "Marta Lind, head of the Asia desk at a press freedom group, referred to the charges as “baseless” "
        "and “absurd”.",
        [
            ("baseless", "Marta Lind", "head of the Asia desk at a press freedom group"),
            ("absurd", "Marta Lind", "head of the Asia desk at a press freedom group"),
        ],
    ),
    (
        "saying-after-a-clause-whose-verb-is-not-a-speech-verb",
        "The Tajik border service blamed the clash on Kyrgyzstan, saying guards had come under fire “without "
        "any warning”. Olga Brandt of Freedom House followed the hearing, saying the court had “finally "
        "listened”.",
        [
            ("without any warning", "Tajik border service", None),
            ("finally listened", "Olga Brandt", "of Freedom House"),
        ],
    ),
    (
        "a-group-word-opening-the-sentence-names-nobody",
        "Relatives described the sentence as “cruel”. Activists condemned the raid, saying the hostels were "
        "“overcrowded and unsafe”.",
        [("cruel", None, None), ("overcrowded and unsafe", None, None)],
    ),
    (
        "a-pronoun-after-an-opening-phrase-is-the-pronoun",
        "Gani Nurov heads the scholarship centre. In a separate statement he said that “the centre will raise "
        "its language requirements”.",
        [("the centre will raise its language requirements", "Gani Nurov", None)],
    ),
    (
        "a-lawyer-for-a-named-person-is-not-that-person",
        "“The verdict will be appealed,” said a lawyer for Zhanbolat Mamai. “We will appeal,” HE said.",
        [("The verdict will be appealed", None, "lawyer"), ("We will appeal", None, None)],
    ),
    (
        "a-possessive-role-before-the-name-gives-the-name",
        "Skier Yerbol Kenzhe won gold. “He was ready, mentally and physically,” said Kenzhe’s coach Anatoly Petrov.",
        [("He was ready, mentally and physically", "Anatoly Petrov", "Kenzhe’s coach")],
    ),
]

# An interview whose questions are plain paragraphs put to the interviewee ("what has your country ...?")
# and whose answers start with a dash; an envoy's role ending in "to <country>" before the name.
PLAIN_QUESTIONS_AND_ENVOYS = [
    (
        "a-plain-question-to-you-then-a-dashed-answer-and-its-continuation",
        "Ambassador of Kazakhstan to Austria Daniyar Serikov spoke to our magazine in an interview about trade.\n\n"
        "Mr. Ambassador, what has changed in your country in the last two years?\n\n"
        "– First of all, trade has grown and new routes have opened.\n\n"
        "We also opened two new consulates.",
        [
            (
                "First of all, trade has grown and new routes have opened.",
                "Daniyar Serikov",
                "Ambassador of Kazakhstan to Austria",
            ),
            ("We also opened two new consulates.", "Daniyar Serikov", "Ambassador of Kazakhstan to Austria"),
        ],
    ),
    (
        "one-question-to-you-and-one-dashed-reply-in-a-feature-is-no-interview",
        "Akim Yerbolat Dosayev announced new tariffs.\n\nSo what will the new tariffs mean for you and your "
        "budget?\n\n– Electricity will cost 12 percent more.\n\nTokayev ordered the government in March to "
        "review the tariffs.",
        [],
    ),
    (
        "a-rhetorical-question-before-a-dashed-list-is-no-interview",
        "The ministry listed its plans.\n\nWhat did the ministry decide?\n\n– to raise tariffs\n\n– to cut subsidies",
        [],
    ),
    (
        "an-envoy-to-a-country-named-before-the-person",
        "Ambassador of Uzbekistan to Spain Bakhrom Aliev met students. “Our ties are growing,” he said.",
        [("Our ties are growing", "Bakhrom Aliev", "Ambassador of Uzbekistan to Spain")],
    ),
]

# Descriptors and names after "a": "asked a top blogger X"; "the human rights activist" for the person in
# focus whose role shares those words, when nobody holds that job; never a person whose role does not.
DESCRIBED_PEOPLE = [
    (
        "an-unnamed-looking-role-closed-by-a-name-is-the-name",
        "“Who are the real enemies?” asked a top blogger Timur Sadykov.",
        [("Who are the real enemies?", "Timur Sadykov", "top blogger")],
    ),
    (
        "a-descriptor-sharing-words-with-the-role-of-the-person-in-focus",
        "Aigul Nurova (head of the Coalition for Human Rights) is sure the verdict will be overturned. “The "
        "court ignored every petition,” said the human rights activist.",
        [("The court ignored every petition", "Aigul Nurova", "human rights activist")],
    ),
    (
        "a-descriptor-that-shares-nothing-with-the-role-in-focus-names-nobody",
        "President Kassym-Jomart Tokayev met Ali Nurov. “Growth will slow,” the economist said.",
        [("Growth will slow", None, "economist")],
    ),
    (
        "a-shorter-name-given-in-full-some-mentions-back",
        "The Ministry of Foreign Affairs of Kyrgyzstan issued a note. According to the press service of the "
        "Ministry of Foreign Affairs, talks were held. “The border must open,” the Ministry of Foreign "
        "Affairs noted.",
        [("The border must open", "Ministry of Foreign Affairs of Kyrgyzstan", None)],
    ),
]

# A fragment in marks inside a sentence whose attribution ends it ("..., the ministry said."), never a name
# or title in marks, nor a short scare quote; participles that characterise ("calling them “...”",
# "describing X as “...”"); a bare acronym that speaks is the organisation's name.
SENTENCE_FINAL_CUES = [
    (
        "a-fragment-in-a-sentence-that-ends-with-its-attribution",
        "There was “no agreement whatsoever” on Russian firms joining the pipeline, the Turkmen foreign "
        "ministry said on Friday.",
        [("no agreement whatsoever", "Turkmen foreign ministry", None)],
    ),
    (
        "a-final-cue-followed-by-an-as-clause",
        "Water shortages in the region have become “a threat to every farm” and will get worse, Uzbek President "
        "Shavkat Mirziyoyev warned on Friday, as the summit opened.",
        [("a threat to every farm", "Shavkat Mirziyoyev", "Uzbek President")],
    ),
    (
        "a-title-in-marks-before-a-final-cue-is-no-quote",
        "The “Programme for the Development of the Gas Industry for 2026” was adopted, Serdar Gurbanov said.",
        [],
    ),
    (
        "a-short-scare-quote-before-a-final-cue-is-no-quote",
        "The court jailed eight members of a fake “investment platform” for fraud, the regional court said.",
        [],
    ),
    (
        "a-participle-that-characterises-after-a-clause",
        "Lawyer Dina Sarsenova rejected the verdict, calling it “a mockery of justice”. Human Rights Watch "
        "criticised the trial, describing the defendant as “a well-known critic of the authorities”.",
        [
            ("a mockery of justice", "Dina Sarsenova", "Lawyer"),
            ("a well-known critic of the authorities", "Human Rights Watch", None),
        ],
    ),
    (
        "a-bare-acronym-that-speaks-is-its-name",
        "“The blogger was beaten in custody,” HRW said.",
        [("The blogger was beaten in custody", "HRW", None)],
    ),
]

# Speech acts as cues ("praised “...”", "expressed his “...”"), an adverb between subject and verb
# ("reportedly said"), a document that "read", a president's telegram, and a title alone never a name.
SPEECH_ACTS = [
    (
        "a-speech-act-verb-before-a-fragment",
        "Vladimir Putin praised “substantial talks in a friendly atmosphere”. Minister Ravi Shankar expressed "
        "his “commitment to this energy project”.",
        [
            ("substantial talks in a friendly atmosphere", "Vladimir Putin", None),
            ("commitment to this energy project", "Ravi Shankar", "Minister"),
        ],
    ),
    (
        "an-adverb-between-the-subject-and-its-verb",
        "Foreign Minister Erlan Karin spoke to a Japanese broadcaster. He reportedly said “the sanctions have "
        "hurt our economy too.”",
        [("the sanctions have hurt our economy too", "Erlan Karin", "Foreign Minister")],
    ),
    (
        "a-document-that-read-and-the-presidents-telegram",
        "President Nursultan Abishev congratulated the skier. “This is a wonderful victory,” the presidential "
        "telegram read. The Ministry of Sport issued a statement. “Training starts again in May,” the "
        "statement read.",
        [
            ("This is a wonderful victory", None, "presidential telegram"),
            ("Training starts again in May", "Ministry of Sport", None),
        ],
    ),
    (
        "a-title-alone-before-a-speech-verb-is-no-name",
        "President Nursultan Abishev gave a long interview. Later the President also expressed his view on the "
        "capital. “There is no basis for such rumours,” he said.",
        [("There is no basis for such rumours", "Nursultan Abishev", "President")],
    ),
]

# Knowledge carried across a file: a surname after a subheading that starts a new article is the person
# the file named in full before; a relative clause between commas is not the subject ("X, who met
# President Y, praised ..."); a described company is never the person in focus.
ACROSS_ARTICLES_AND_CLAUSES = [
    (
        "a-surname-after-a-subheading-is-the-person-named-before",
        "Moscow, 14 September (TDI): The Foreign Minister of Russia, Sergey Lavrov, gave an interview to the "
        "agency.\n\nInterview Of The Foreign Minister\n\nLavrov was asked about trade. The Foreign Minister "
        "replied to the question:\n\n“Our trade has doubled in five years.”",
        [("Our trade has doubled in five years", "Sergey Lavrov", "Foreign Minister")],
    ),
    (
        "a-relative-clause-between-commas-is-not-the-subject",
        "Vladimir Putin, who embraced President Serdar Berdimuhamedov, praised “substantial talks in a friendly "
        "atmosphere.”",
        [("substantial talks in a friendly atmosphere", "Vladimir Putin", None)],
    ),
    (
        "a-described-company-is-never-the-person-in-focus",
        "Steel executive Daniar Mustafin spoke to workers. “We can confirm the deal,” the global steel company stated.",
        [("We can confirm the deal", "global steel company", None)],
    ),
]


# Every table above is one rule; each row is a text written for the test and the quotes it must give.
ATTRIBUTION_TABLES = {
    "descriptor_resolution": DESCRIPTOR_RESOLUTION,
    "attribution_layers": ATTRIBUTION_LAYERS,
    "focus": FOCUS,
    "floating": FLOATING,
    "interviews": INTERVIEWS,
    "marks_and_spellings": MARKS_AND_SPELLINGS,
    "named_in_apposition": NAMED_IN_APPOSITION,
    "more_interviews": MORE_INTERVIEWS,
    "agency_layouts": AGENCY_LAYOUTS,
    "credits_and_antecedents": CREDITS_AND_ANTECEDENTS,
    "review_findings": REVIEW_FINDINGS,
    "nationalities_and_indents": NATIONALITIES_AND_INDENTS,
    "wire_copy": WIRE_COPY,
    "sources_introduced": SOURCES_INTRODUCED,
    "organisation_statements": ORGANISATION_STATEMENTS,
    "credit_lines": CREDIT_LINES,
    "organisation_references": ORGANISATION_REFERENCES,
    "cue_shapes": CUE_SHAPES,
    "plain_questions_and_envoys": PLAIN_QUESTIONS_AND_ENVOYS,
    "described_people": DESCRIBED_PEOPLE,
    "sentence_final_cues": SENTENCE_FINAL_CUES,
    "speech_acts": SPEECH_ACTS,
    "across_articles_and_clauses": ACROSS_ARTICLES_AND_CLAUSES,
}
ATTRIBUTION_CASES = [
    pytest.param(text, expected, id=f"{table}:{name}")
    for table, rows in ATTRIBUTION_TABLES.items()
    for name, text, expected in rows
]


@pytest.mark.parametrize("text, expected", ATTRIBUTION_CASES)
def test_attribution(text, expected):
    assert attributed(text) == expected
