"""Short articles written for the event-grouping tests: invented stories in real places.

Each entry: (event it belongs to, file name, outlet, publication date, title, body). Stories of the
same kind are kept apart on purpose (two earthquakes in one city a year apart, two shootings in
one city the same week); the outlets of one story tell it in their own words.
"""

from __future__ import annotations

import json
from pathlib import Path

from newscmp.model import Article

ARTICLES: tuple[tuple[str, str, str, str, str, str], ...] = (
    # A ferry fire told three ways.
    (
        "ferry", "ferry_wire", "Baltic Wire", "2023-06-14",
        "Fire aboard Tallinn ferry forces evacuation of 400 passengers",
        "A fire broke out in the engine room of the ferry Nordlys Star on Tuesday evening as it "
        "approached Tallinn, forcing the crew to evacuate about 400 passengers onto lifeboats. "
        "Captain Henrik Saar said the blaze was contained within two hours. The Estonian "
        "Maritime Administration opened an inquiry. Six passengers were treated for smoke "
        "inhalation at the harbour, according to the port authority.",
    ),
    (
        "ferry", "ferry_daily", "Harbour Daily", "2023-06-14",
        "Nordlys Star passengers rescued after engine-room blaze",
        "Hundreds of people were taken off the Nordlys Star in lifeboats after flames spread "
        "through its engine room near the port of Tallinn. Skipper Henrik Saar told reporters "
        "the crew had the fire under control by midnight. Maritime Administration inspectors "
        "will examine the vessel, which carried some 400 travellers from Helsinki. Half a dozen "
        "people needed treatment for breathing in smoke.",
    ),
    (
        "ferry", "ferry_radio", "Radio Meri", "2023-06-15",
        "Inquiry opened into Nordlys Star fire",
        "Estonian investigators have begun looking into what caused the engine-room fire on the "
        "passenger ferry Nordlys Star off Tallinn. All of the roughly 400 people on board "
        "reached the harbour safely in lifeboats, captain Henrik Saar said, while six were "
        "checked by paramedics for smoke inhalation. The operator suspended the Helsinki route.",
    ),
    # An earthquake in Izmir, and another one there a year later.
    (
        "quake_2021", "quake_2021_a", "Aegean Post", "2021-03-02",
        "Magnitude 6.1 earthquake shakes Izmir",
        "An earthquake of magnitude 6.1 shook Izmir on Monday night, damaging old buildings in "
        "the Bornova district and injuring 27 people, the disaster agency said. Governor Selim "
        "Kaya said rescue teams searched two collapsed warehouses. Schools in Bornova will stay "
        "closed on Tuesday while engineers inspect them.",
    ),
    (
        "quake_2021", "quake_2021_b", "Anatolia Today", "2021-03-02",
        "Bornova warehouses collapse in Izmir quake",
        "Two warehouses collapsed in Bornova when a strong quake struck Izmir late on Monday. "
        "Governor Selim Kaya said 27 people had been hurt, none of them seriously. Engineers "
        "will check school buildings in the district before classes resume.",
    ),
    (
        "quake_2022", "quake_2022_a", "Aegean Post", "2022-03-09",
        "Earthquake of magnitude 5.8 hits Izmir coast",
        "An earthquake of magnitude 5.8 hit the coast near Izmir on Wednesday morning, "
        "cracking the seawall in Karsiyaka and sending residents into the streets. Mayor Derya "
        "Aksoy said 11 people were injured by falling glass. Ferries across the bay were halted "
        "for an hour while the harbour piers were inspected.",
    ),
    (
        "quake_2022", "quake_2022_b", "Anatolia Today", "2022-03-09",
        "Karsiyaka seawall cracked as quake rattles Izmir",
        "Residents of Karsiyaka ran into the streets when a quake rattled Izmir on Wednesday. "
        "Mayor Derya Aksoy said 11 people suffered cuts from broken glass and the seawall was "
        "cracked. Bay ferries stopped for an hour as piers were checked.",
    ),
    # Two shootings in Malmo in one week.
    (
        "shooting_bar", "shooting_bar_a", "Sydsvenska Wire", "2024-01-08",
        "Two wounded in shooting outside Malmo bar",
        "Two men were wounded when a gunman opened fire outside the Pelikan bar in Malmo's "
        "Moellevangen district on Sunday night, police said. Police spokesman Lars Engqvist said "
        "a 19-year-old was arrested near Folkets Park an hour later. Both victims were taken to "
        "Skane University Hospital.",
    ),
    (
        "shooting_bar", "shooting_bar_b", "Oresund News", "2024-01-08",
        "Teenager held after gunfire at Pelikan bar",
        "A 19-year-old suspect was detained near Folkets Park after two men were shot outside "
        "the Pelikan bar in Moellevangen, Malmo police spokesman Lars Engqvist said. The victims "
        "are being treated at Skane University Hospital.",
    ),
    (
        "shooting_station", "shooting_station_a", "Sydsvenska Wire", "2024-01-11",
        "Woman killed in shooting at Malmo railway station",
        "A woman was shot dead on a platform at Malmo Central Station on Wednesday afternoon, "
        "police said. Inspector Maja Holm said officers were searching for a man seen running "
        "towards the Triangeln shopping centre. Trains to Copenhagen were stopped for two hours.",
    ),
    (
        "shooting_station", "shooting_station_b", "Oresund News", "2024-01-11",
        "Manhunt after fatal shooting on Malmo Central platform",
        "Police are hunting a gunman who killed a woman on a platform of Malmo Central Station, "
        "inspector Maja Holm said. The man fled towards Triangeln. Rail traffic across the "
        "bridge to Copenhagen was halted for two hours.",
    ),
    # One article alone.
    (
        "alone", "orchestra", "Vienna Notes", "2023-09-20",
        "Vienna orchestra names new conductor",
        "The Tonkuenstler Orchestra in Vienna has named the violinist Ilse Brandauer as its "
        "chief conductor from next season. Brandauer, who trained in Graz, said she would "
        "programme more contemporary Austrian works and tour Japan in the spring.",
    ),
)  # fmt: skip


def articles(kinds: tuple[str, ...] | None = None) -> list[Article]:
    """The fixtures as Articles (only the events named in `kinds`, when given)."""
    return [
        Article.from_text(body, id=name, outlet=outlet, published=date, title=title)
        for event, name, outlet, date, title, body in ARTICLES
        if kinds is None or event in kinds
    ]


def expected(kinds: tuple[str, ...] | None = None) -> list[set[str]]:
    """The events the fixtures hold, as sets of article ids."""
    groups: dict[str, set[str]] = {}
    for event, name, *_ in ARTICLES:
        if kinds is None or event in kinds:
            groups.setdefault(event, set()).add(name)
    return list(groups.values())


def write(folder: Path, kinds: tuple[str, ...] | None = None) -> list[str]:
    """The fixtures as JSON records (title, text, date, outlet) in `folder`; their paths."""
    paths = []
    for event, name, outlet, date, title, body in ARTICLES:
        if kinds is None or event in kinds:
            path = folder / f"{name}.json"
            record = {"title": title, "text": body, "date": date, "outlet": outlet}
            path.write_text(json.dumps(record), encoding="utf-8")
            paths.append(str(path))
    return paths
