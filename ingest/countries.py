"""Countries (ISO 3166-1 alpha-2) by their names in Dutch, French and English, with the adjectives agreements use
for them: the grid reads where data go (review.values), and the lexicon lets a question name a country in another
language than the agreement ("en Serbie" ~ "to Serbia")."""

import re

COUNTRIES = {
    "BE": "belgië belgie belgique belgium belgisch belgische belge belges belgian",
    "NL": "nederland pays-bas netherlands néerlandais néerlandaise nederlands nederlandse dutch",
    "LU": "luxemburg luxembourg luxembourgeois luxembourgeoise luxemburgs luxemburgse",
    "FR": "frankrijk france french français française françaises frans franse",
    "DE": "duitsland allemagne germany german allemand allemande allemands duits duitse",
    "IE": "ierland irlande ireland irish irlandais irlandaise iers ierse",
    "AT": "oostenrijk autriche austria", "DK": "denemarken danemark denmark", "ES": "spanje espagne spain",
    "IT": "italië italie italy", "PL": "polen pologne poland", "PT": "portugal", "SE": "zweden suède sweden",
    "FI": "finland finlande", "CZ": "tsjechië tchéquie czechia", "NO": "noorwegen norvège norway",
    "US": "verenigde staten états-unis etats-unis united states usa us amerikaans américain american",
    "GB": "verenigd koninkrijk royaume-uni united kingdom uk england engeland angleterre wales english anglais",
    "CH": "zwitserland suisse switzerland swiss", "CA": "canada canadees canadien canadian",
    "IN": "india inde indian",  # not "indien": Dutch for "if"
    "IL": "israël israel", "JP": "japan japon", "AU": "australië australie australia",
    "SG": "singapore singapour", "PH": "filipijnen philippines", "UA": "oekraïne ukraine",
    "BR": "brazilië brésil brazil",
    "CN": "china chine", "KR": "zuid-korea corée du sud south korea", "RS": "servië serbie serbia",
    "MA": "marokko maroc morocco", "TN": "tunesië tunisie tunisia",
    "TR": "turkije turquie turkey türkiye", "VN": "vietnam viêt-nam", "AR": "argentinië argentine argentina",
    "MX": "mexico mexique", "ZA": "zuid-afrika afrique du sud south africa", "NZ": "nieuw-zeeland nouvelle-zélande "
    "new zealand", "HK": "hongkong hong kong", "TW": "taiwan taïwan", "EG": "egypte egypt", "PK": "pakistan",
    "BD": "bangladesh", "LK": "sri lanka", "MY": "maleisië malaisie malaysia", "ID": "indonesië indonésie indonesia",
    "TH": "thailand thaïlande", "AE": "verenigde arabische emiraten émirats arabes unis united arab emirates",
    "RU": "rusland russie russia", "CO": "colombia colombie", "CL": "chili chile", "UY": "uruguay",
    "GR": "griekenland grèce greece", "HU": "hongarije hongrie hungary", "RO": "roemenië roumanie romania",
    "BG": "bulgarije bulgarie bulgaria", "HR": "kroatië croatie croatia", "SI": "slovenië slovénie slovenia",
    "SK": "slowakije slovaquie slovakia", "EE": "estland estonie estonia", "LV": "letland lettonie latvia",
    "LT": "litouwen lituanie lithuania", "MT": "malta malte", "CY": "cyprus chypre", "IS": "ijsland islande iceland",
    "LI": "liechtenstein",
}

# adjectives that also name a language: "the French version" asks for a text, not a place
LANGUAGE_WORDS = frozenset("french français française françaises frans franse german allemand allemande allemands "
                           "duits duitse english anglais dutch nederlands nederlandse néerlandais néerlandaise".split())
_NAME = re.compile(r"(?:verenigde staten|états-unis|etats-unis|united states|verenigd koninkrijk|royaume-uni|"
                   r"united kingdom|zuid-korea|corée du sud|south korea|afrique du sud|south africa|"
                   r"nouvelle-zélande|new zealand|hong kong|sri lanka|verenigde arabische emiraten|"
                   r"émirats arabes unis|united arab emirates|\S+)")


def country_names(code: str) -> list[str]:
    """The country's names and adjectives, a name of several words as one ("united states")."""
    return _NAME.findall(COUNTRIES[code])
