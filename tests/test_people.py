"""Issue 16: who is a person, which names are one person, roles as meanings, quotes and speakers.

Each rule is a table of sentences written for these tests (sport, business, courts, disasters,
politics), so adding a case is adding a line.
"""

from __future__ import annotations

import pytest

from newscmp.align import align_mentions, group_names
from newscmp.align.rules import role_key, roles_compatible
from newscmp.align.text import quote_key
from newscmp.extract.quote import extract_quotes
from newscmp.model import Article, Kind, Mention, ParticipantValue, QuoteValue, Span, Status
from newscmp.text.given_names import given_name, nickname_forms, same_given_name
from newscmp.text.names import find_people, rejected_names


def article(text: str) -> Article:
    return Article(id="t", path="t.txt", text=text)


def people(text: str) -> list[tuple[str, str | None]]:
    return [(ref.name, ref.role) for ref in find_people(article(text))]


def refused(text: str) -> dict[str, str]:
    return {item.text: item.reason for item in rejected_names(article(text))}


# --- given names and nicknames (data from gender-guesser and nicknames) -------------------------


@pytest.mark.parametrize(
    ("word", "sex"),
    [
        ("Wendy", "f"),
        ("Sergei", "m"),
        ("Jinping", "?"),  # a given name of either sex in the table
        ("Ayanna", "f"),
        ("Chuck", "m"),  # a nickname the name table also has
        ("Honda", None),
        ("Parkway", None),
        ("Quit", None),
    ],
)
def test_given_name(word: str, sex: str | None) -> None:
    assert given_name(word) == sex


@pytest.mark.parametrize(
    ("first", "other", "same"),
    [
        ("Joe", "Joseph", True),
        ("Bob", "Robert", True),
        ("Mike", "Michael", True),
        ("Dick", "Richard", True),
        ("Ken", "Kenneth", True),
        ("J.", "John", True),
        ("John", "James", False),
        ("Anna", "Maria", False),
    ],
)
def test_same_given_name(first: str, other: str, same: bool) -> None:
    assert same_given_name(first, other) is same
    assert same_given_name(other, first) is same


def test_nickname_forms_hold_the_word_and_its_formal_names() -> None:
    assert {"jim", "james"} <= nickname_forms("Jim")


# --- is it a person? --------------------------------------------------------------------------

PERSON_CASES: list[tuple[str, list[tuple[str, str | None]], dict[str, str]]] = [
    # streets, vehicles and products
    (
        "Police said the suspect drove a silver Toyota Camry down Elm Parkway before he crashed.",
        [],
        {"Toyota Camry": "'Toyota' makes products", "Elm Parkway": "'Parkway' heads"},
    ),
    (
        "The family lives on Cesar Chavez Avenue, said Maria Lopez, a neighbour.",
        [("Maria Lopez", None)],
        {"Cesar Chavez Avenue": "'Avenue' heads"},
    ),
    (
        "Honda Civic owners were told to check their airbags, the recall notice said.",
        [],
        {"Honda Civic": "'Honda' makes products"},
    ),
    # organisations, outlets, parishes
    (
        "Orleans Parish officials said Mary Boudreaux attended the briefing.",
        [("Mary Boudreaux", None)],
        {"Orleans Parish": "'Parish' heads"},
    ),
    (
        "Best Buy shares fell on Tuesday after the retailer cut its forecast.",
        [],
        {"Best Buy": "no given name"},
    ),
    (
        "The report was first published by Le Monde and picked up by other papers.",
        [],
        {"Le Monde": "outlet"},
    ),
    # bylines, contact lines, credits
    ("Jane Doe can be reached at jdoe@example.com.", [], {"Jane Doe": "contact"}),
    ("Associated Press writer John Roe contributed to this report.", [], {}),
    # titles of works in quotation marks, common words opening a run
    (
        'The film "Get Out" won the prize, and director Jordan Okoye thanked the cast.',
        [("Jordan Okoye", "Director")],
        {"Get Out": "quotation marks"},
    ),
    (
        "Critics loved Higher Ground, though tickets were higher than a year ago.",
        [],
        {"Higher Ground": "'Higher' is a common word in this article"},
    ),
    # a given name first is a person's even where the word heads things ("Bill")
    (
        "Former President Bill Harlow spoke at the rally.",
        [("Bill Harlow", "Former President")],
        {},
    ),
    # ranks into the role, quoted nicknames out of the name
    ("Sgt. Maria Lopez said the driver fled on foot.", [("Maria Lopez", "Sergeant")], {}),
    (
        'Robert "Bob" Smith, the mayor, said the town would rebuild. Smith toured the site.',
        [("Robert Smith", "Mayor"), ("Robert Smith", "Mayor")],
        {},
    ),
    (
        "Gen. James 'Mad Dog' Holloway met the troops.",
        [("James Holloway", "General")],
        {},
    ),
    # a first word that is no given name before one that is
    (
        "The bill was backed by Arizonan John Whitfield and others in the Senate.",
        [("John Whitfield", None)],
        {},
    ),
    # a month's name that is a given name
    (
        "Arizona Gov. Jan Kowalski vetoed the bill on Jan. 5. Kowalski said it went too far.",
        [("Jan Kowalski", "Governor"), ("Jan Kowalski", "Governor")],
        {},
    ),
    # an unknown given name still counts with a sign of a person
    ("Zephyr Quillane said the race was close.", [("Zephyr Quillane", None)], {}),
    (
        "The panel heard from Ann Lee, Zephyr Quillane and Omar Said on Monday.",
        [("Ann Lee", None), ("Zephyr Quillane", None), ("Omar Said", None)],
        {},
    ),
    # roles told around the name in the ways news writes them
    (
        "The bill was blocked by the Senate majority leader, Ann Vidal, on Tuesday.",
        [("Ann Vidal", "Majority Leader")],
        {},
    ),
    (
        '"The figures were leaked," said a company spokesman, Ivo Marek.',
        [("Ivo Marek", "Spokesman")],
        {},
    ),
    (
        "Lena Fox, President Omar Reyes's national security adviser, flew to Oslo.",
        [("Lena Fox", "National Security Adviser"), ("Omar Reyes", "President")],
        {},
    ),
    (
        "Tom Kessler, the embattled Republican governor, said he would not resign.",
        [("Tom Kessler", "Governor")],
        {},
    ),
    (
        "The poll put her behind Sens. Ann Vidal (Ky.) and Omar Reyes (Texas), and Lena Fox "
        "(Fla.), but ahead of the others.",
        [("Ann Vidal", "Senator"), ("Omar Reyes", "Senator"), ("Lena Fox", "Senator")],
        {},
    ),
    (
        "Senators Ann Vidal of Rhode Island and Omar Reyes of Illinois urged a delay.",
        [("Ann Vidal", "Senator"), ("Omar Reyes", "Senator")],
        {},
    ),
    (
        "The judge told the plaintiffs’ lawyer, Joseph Marlow, to sit down.",
        [("Joseph Marlow", "Lawyer")],
        {},
    ),
    (
        "The judge spoke to Joseph Marlow, the women's lawyer, at length.",
        [("Joseph Marlow", "Lawyer")],
        {},
    ),
    # sport: an occupation as a title
    ("Golfer Tiger Brennan withdrew from the tournament.", [("Tiger Brennan", "Golfer")], {}),
]


@pytest.mark.parametrize(("text", "expected", "reasons"), PERSON_CASES)
def test_is_it_a_person(
    text: str, expected: list[tuple[str, str | None]], reasons: dict[str, str]
) -> None:
    assert people(text) == expected
    found = refused(text)
    for words, reason in reasons.items():
        assert words in found, found
        assert reason in found[words]


def test_every_refusal_keeps_exact_words() -> None:
    text = "Best Buy and Honda Civic drivers, said Jane Doe. Jane Doe can be reached at jd@x.org."
    for item in rejected_names(article(text)):
        assert text[item.start : item.end] == item.text
        assert item.reason


# --- one person, one fact within an article ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorific's sex picks among people sharing a surname
        (
            "Senator Tom Alvarez and his wife, Rita Alvarez, arrived. Mrs. Alvarez waved and "
            "Mr. Alvarez spoke.",
            ["Tom Alvarez", "Rita Alvarez", "Rita Alvarez", "Tom Alvarez"],
        ),
        # a titled surname is not a Jr.'s with no such role (father and son)
        (
            "Peter Hollis Jr posted a photo. President Hollis later praised the hunters.",
            ["Peter Hollis Jr", "Hollis"],
        ),
        # nor the daughter's, introduced with no role
        (
            "Sasha Marsh watched the ceremony. President Marsh pardoned the turkey.",
            ["Sasha Marsh", "Marsh"],
        ),
        # a given name alone stands for the one person introduced with it, not for a place
        (
            "Malia Grant and Sasha Grant attended. Malia rolled her eyes while Sasha smiled.",
            ["Malia Grant", "Sasha Grant", "Malia Grant", "Sasha Grant"],
        ),
        ("Paris Hendry visited Paris on Monday.", ["Paris Hendry"]),
        # an apposition after a lone surname is still the person introduced
        (
            "Emeka Okafor scored twice. Okafor, a winger, was named man of the match.",
            ["Emeka Okafor", "Emeka Okafor"],
        ),
    ],
)
def test_which_person_a_surname_names(text: str, expected: list[str]) -> None:
    assert [name for name, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the most specific role the article states anywhere
        (
            "Sen. Harry Vance spoke first. Later, Senate Minority Leader Harry Vance voted no.",
            "Minority Leader",
        ),
        (
            "Lena Fox, the chief executive, spoke. Acme CEO Lena Fox later signed the deal.",
            "Chief Executive",
        ),
    ],
)
def test_a_persons_role_is_the_most_specific_stated(text: str, role: str) -> None:
    assert {found for _, found in people(text)} == {role}


# --- one person, one fact across sources ------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "together"),
    [
        (["Joe Marino", "Joseph R. Marino Jr", "Marino"], True),  # nickname, middle initial, Jr.
        (["James Corliss", "James R. Corliss Jr"], True),
        (["Cesar Ibarra", "Cesar Ibarra Jr"], True),
        (["Ken Dalby", "Kenneth Dalby"], True),
        (["Mike Oakes", "Michael Oakes"], True),
        (["J. Christopher Wade", "Chris Wade"], True),
        (["Byron Todd Fenwick", "Todd Fenwick"], True),  # known by the middle name
        (["John Paul Smith", "Mary Smith"], False),
        (["Debbie Castillo Ruiz", "Castillo Ruiz"], True),
        (["Lyndon Jonson", "Lyndon Johnson"], True),  # a misspelt surname across outlets
        (["Pyotr Tchaikovsky", "Pyotr Chaikovsky"], True),  # a transliteration
        (["George W. Pratt", "George H. W. Pratt"], False),  # father and son: middle initials
        (["John Smith Jr", "John Smith Sr"], False),  # father and son: suffixes
        (["Ana Torres", "Luis Torres"], False),  # two people sharing a surname
        (["Mary Jonson", "Lyndon Johnson"], False),  # near surnames, other given names
        (["Tom Lee", "Tim Lee"], False),  # short surnames are never fuzzy-matched
    ],
)
def test_group_names(names: list[str], together: bool) -> None:
    assert (len(set(group_names(names).values())) == 1) is together


def test_a_bare_name_joins_neither_jr_nor_sr() -> None:
    groups = group_names(["John Smith Jr", "John Smith Sr", "John Smith"])
    assert len(set(groups.values())) == 3


def person(source: str, name: str, role: str | None, at: int = 0) -> Mention:
    value = ParticipantValue(name, role, None)
    return Mention(Kind.PARTICIPANT, source, name, Span(at, at + len(name)), value)


def test_a_source_naming_father_and_son_keeps_them_apart() -> None:
    mentions = [
        person("a", "Peter Hollis Jr", None),
        person("a", "Hollis", "President", 40),
        person("b", "Peter Hollis", "President"),
    ]
    facts = align_mentions(mentions, ["a", "b"])
    assert sorted(len(fact.mentions) for fact in facts) == [1, 2]
    together = next(fact for fact in facts if len(fact.mentions) == 2)
    assert {mention.value.name for mention in together.mentions} == {"Hollis", "Peter Hollis"}


def test_each_merge_keeps_the_sources_own_words() -> None:
    mentions = [
        person("a", "Joe Marino", "Vice President"),
        person("b", "Joseph R. Marino Jr", None),
    ]
    (fact,) = align_mentions(mentions, ["a", "b"])
    assert {m.text for m in fact.mentions} == {"Joe Marino", "Joseph R. Marino Jr"}


def test_near_surnames_with_different_roles_stay_apart() -> None:
    mentions = [person("a", "Anna Jonson", "Goalkeeper"), person("b", "Anna Johnson", "Judge")]
    assert len(align_mentions(mentions, ["a", "b"])) == 2


# --- roles compared as meanings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "other", "same", "compatible"),
    [
        ("CEO", "Chief Executive", True, True),
        ("Chief Technology Officer", "CTO", True, True),
        ("CFO", "chief financial officer", True, True),
        ("AG", "Attorney General", True, True),
        ("DA", "District Attorney", True, True),
        ("Spokeswoman", "Spokesman", True, True),
        ("senior lawyer", "senior attorney", True, True),
        ("Congresswoman", "Representative", True, True),
        ("Councillor", "Councilor", False, True),  # spelling
        ("Sheriff", "Deputy Sheriff", False, True),  # a missing qualifier is partial
        ("Governor", "Former Governor", True, True),  # one office, told at another time
        ("Aide", "Communications Director", False, True),  # the director is an aide
        ("Senator", "Majority Leader", False, True),  # the leader is a senator
        ("Press Secretary", "Spokesman", False, True),
        ("Deputy Secretary of State", "Under Secretary of State", False, False),  # rank
        ("Deputy", "Under Secretary", False, False),
        ("Goalkeeper", "Coach", False, False),
        ("Judge", "Prosecutor", False, False),
    ],
)
def test_roles_as_meanings(role: str, other: str, same: bool, compatible: bool) -> None:
    assert (role_key(role) == role_key(other)) is same
    assert roles_compatible(role, other) is compatible
    assert roles_compatible(other, role) is compatible


def test_role_status_across_sources() -> None:
    def status(roles: list[str | None]) -> Status:
        sources = [f"s{n}" for n in range(len(roles))]
        mentions = [person(s, "Ana Torres", r) for s, r in zip(sources, roles, strict=True)]
        (fact,) = align_mentions(mentions, sources)
        return fact.status

    assert status(["CEO", "chief executive"]) is Status.AGREE
    assert status(["Sheriff", "Deputy Sheriff"]) is Status.PARTIAL
    assert status(["Sheriff", None]) is Status.PARTIAL
    assert status(["Deputy Secretary of State", "Under Secretary of State"]) is Status.CONFLICT


def test_an_affiliation_makes_no_partial_only_a_role_does() -> None:
    def fact_of(affiliations: list[str | None]) -> Status:
        sources = [f"s{n}" for n in range(len(affiliations))]
        mentions = [
            Mention(Kind.PARTICIPANT, s, "x", Span(0, 1), ParticipantValue("Ann Lee", "Chair", a))
            for s, a in zip(sources, affiliations, strict=True)
        ]
        (fact,) = align_mentions(mentions, sources)
        return fact.status

    assert fact_of(["NTSB", "National Transportation Safety Board"]) is Status.AGREE
    assert fact_of(["Florida", None]) is Status.AGREE


# --- quotes: what is one, who said it ---------------------------------------------------------


def speakers(text: str) -> list[tuple[str | None, str]]:
    found = extract_quotes(article(text))
    return [
        (m.value.speaker, m.value.quote or "") for m in found if isinstance(m.value, QuoteValue)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sport: a pronoun after the quote, then a quote continued in the same paragraph
        (
            'Coach Pia Sundberg was delighted. "We played with heart and we deserved it," she '
            'said. "But there is a long season ahead."',
            [
                ("Pia Sundberg", "We played with heart and we deserved it"),
                ("Pia Sundberg", "But there is a long season ahead."),
            ],
        ),
        # disaster: a quote paragraph after the speaker's paragraph
        (
            "Fire Chief Tom Berg said the blaze started in the kitchen.\n"
            '"We had crews on the scene within four minutes," Berg said.\n'
            '"Nobody was hurt, which is a small miracle."',
            [
                ("Tom Berg", "We had crews on the scene within four minutes"),
                ("Tom Berg", "Nobody was hurt, which is a small miracle."),
            ],
        ),
        # business: "said X, the ..."
        (
            '"The company will keep every job at the plant," said Lena Fox, the chief executive.',
            [("Lena Fox", "The company will keep every job at the plant")],
        ),
        # courts: "according to"
        (
            'According to Judge Omar Hale, "the jury has reached a unanimous verdict".',
            [("Omar Hale", "the jury has reached a unanimous verdict")],
        ),
        # an official's words are not the victim's he describes
        (
            'The victim, Jane Roe, was taken to hospital. "She was lucky to survive the crash," '
            "said Officer Mark Lee.",
            [("Mark Lee", "She was lucky to survive the crash")],
        ),
        # politics: a statement "calling" something
        (
            'Senator Maria Diaz released a statement calling the ruling "a blow to working '
            'families".',
            [("Maria Diaz", "a blow to working families")],
        ),
        # a title before the quote points back to the person named with it
        (
            "Acme spokesman Ivo Marek declined to give figures. The spokesman said "
            '"sales are up in every region".',
            [("Ivo Marek", "sales are up in every region")],
        ),
        # "he" is not the person named as an object ("an offer to ..."), nor "she" a man
        (
            "Gov. Paul Ames threatened to cut the funds of a school that gave a job to Speaker "
            'Mark Bell. Later he said the budget was "a disaster for every county".',
            [("Paul Ames", "a disaster for every county")],
        ),
        (
            "Coach Anna Berg praised striker Tom Lind. She said the team had "
            '"never played better than tonight".',
            [("Anna Berg", "never played better than tonight")],
        ),
        # "X said, citing Y's record, adding ...": X speaks
        (
            "Senator Ann Vidal said she would vote no, citing Judge Omar Reyes’s record, adding, "
            '"My colleagues should do the same."',
            [("Ann Vidal", "My colleagues should do the same.")],
        ),
        # a "he said" paragraph long after the name: the person the story is about
        (
            "Mayor Tom Kessler opened the bridge. Kessler cut the ribbon. Kessler thanked the "
            "crews. The bridge cost a lot. Traffic will start on Monday. Rain fell all day.\n"
            '"This is a great day for the city," he said.',
            [("Tom Kessler", "This is a great day for the city")],
        ),
        # one or two words in quotation marks are no quote, attributed or not
        ('Coach Pia Sundberg called the defeat "cruel".', []),
        ('The mayor called the plan "dead on arrival" and left.', [(None, "dead on arrival")]),
        ('Officials said the storm was "very dangerous", Mayor Ana Ruiz said.', []),
        # a curly opening mark closed by a straight one (outlets mix them)
        (
            'Mayor Ana Ruiz spoke on Monday. “We will rebuild every school by June." she said.',
            [("Ana Ruiz", "We will rebuild every school by June.")],
        ),
        ('He spoke on "On the Record with Greta Lind" that night, Mayor Ana Ruiz said.', []),
        # "he" after a quote of several sentences: the subject of the sentence before it
        (
            "Mayor Tom Kessler met Governor Ana Lind. Still, Mr. Kessler, speaking with reporters "
            "as he met Ms. Lind, said yes when asked whether Judge Omar Reyes was on the list.\n"
            "“We need a great judge. We need him soon,” he told reporters later.",
            [("Tom Kessler", "We need a great judge. We need him soon")],
        ),
        # an acronym speaks with the name the article spells out
        (
            "The National Rifle Association objected on Monday. "
            '"This law will not stop a single crime," the NRA said.',
            [("National Rifle Association", "This law will not stop a single crime")],
        ),
        # a title in quotation marks is no quote
        ('The band played "Ring of Fire" twice, fans said.', []),
    ],
)
def test_quote_speakers(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert speakers(text) == expected


def quote(source: str, words: str, speaker: str | None) -> Mention:
    return Mention(Kind.QUOTE, source, words, Span(0, len(words)), QuoteValue(speaker, words))


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("We realised the dam would not hold", "We realized the dam would not hold", Status.AGREE),
        ("We will rebuild this town, stone by stone", "We'll rebuild this town — stone by stone",
         Status.AGREE),
        ("the colour of the water changed overnight", "The color of the water changed overnight.",
         Status.AGREE),
        ("We will rebuild this town", "We will rebuild this town, whatever it costs us",
         Status.PARTIAL),  # an excerpt inside a longer quote
        ("The vote was a mistake … and we will fight it", "The vote was a mistake and we will "
         "fight it in court", Status.PARTIAL),
    ],
)  # fmt: skip
def test_the_same_quote_across_outlets(first: str, second: str, status: Status) -> None:
    (fact,) = align_mentions([quote("a", first, "Ann Lee"), quote("b", second, None)], ["a", "b"])
    assert fact.status is status
    assert {m.text for m in fact.mentions} == {first, second}  # each outlet's own words
    assert fact.value.speaker == "Ann Lee"


def test_different_quotes_stay_apart() -> None:
    mentions = [
        quote("a", "We will rebuild this town", "Ann Lee"),
        quote("b", "The river rose faster than anyone expected", "Ann Lee"),
        quote("c", "Prices will rise again next year", "Omar Said"),
    ]
    assert len(align_mentions(mentions, ["a", "b", "c"])) >= 2


def test_quote_key_folds_small_differences_only() -> None:
    assert quote_key("We'll win.") == quote_key("we will win")
    assert quote_key("We will win") != quote_key("We will lose")


def test_one_outlets_two_statements_stay_two_facts() -> None:
    long = "We backed the plan from the start. We will fund the new bridge by the spring."
    mentions = [
        quote("a", "We backed the plan from the start.", "Ann Lee"),
        quote("a", "We will fund the new bridge by the spring.", "Ann Lee"),
        quote("b", long, "Ann Lee"),
    ]
    facts = align_mentions(mentions, ["a", "b"])
    assert len(facts) == 2
    assert all(len({m.source for m in fact.mentions}) == len(fact.mentions) for fact in facts)
