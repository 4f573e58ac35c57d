"""Scope a question to the agreements it names (parties, aliases, products, file names) and spot comparisons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.metadata import find_references
from ingest.models import DocumentInfo
from ingest.text import STOPWORDS, fold, tokens

from .amendments import is_addendum

_COMPARISON = re.compile(
    r"\b(?:beide|vergelijk\w*|verschil\w*|alle overeenkomsten|elke overeenkomst|welke van de|compare\w*|both|"
    r"differ\w*|diff[ée]rences?|all (?:the )?agreements|which of the|comparer|compar\w+|les deux|chacun\w*|"
    r"tous les contrats|"
    # "which of our processors …", "welke verwerkers …", "chaque sous-traitant …": every agreement, one line each
    r"which of our|welke van onze|lesquel(?:le)?s de nos|"
    r"(?:which|each|every) (?:processors?|vendors?|suppliers?|providers?|agreements?|contracts?)|"
    r"(?:welke|elke) (?:verwerkers?|leveranciers?|overeenkomst(?:en)?|contract(?:en)?)|welk contract|"
    # "… onze verwerkers …", "all our processors", "nos sous-traitants"
    r"(?:al )?onze (?:verwerkers|leveranciers|overeenkomsten|contracten)|(?:all )?our (?:processors|vendors|"
    r"suppliers|providers|agreements|contracts)|(?:tous )?nos (?:sous-traitants|prestataires|fournisseurs|"
    r"contrats|conventions)|"
    # (not "quels sous-traitants ultérieurs …": sub-processors of one agreement)
    r"(?:quel(?:le)?s?|chaque) (?:sous-traitants?(?!\s+ult[ée]rieur)|prestataires?|fournisseurs?|conventions?|"
    r"contrats?|accords?))\b",
    re.IGNORECASE,
)
_AGREEMENTS = re.compile(r"\b(?:\w*overeenkomst(?:en)?|agreements?|contrats?|conventions?|contracts?)\b",
                         re.IGNORECASE)
# Words that name kinds of things, not a particular party or product.
# (folded as tokens() folds: "données" is "donnees")
_GENERIC = {fold(word) for word in (
    "verwerkingsovereenkomst verwerkersovereenkomst overeenkomst agreement contrat convention schoolbestuur lokaal "
    "bestuur agentschap stad gemeente commune city ville vzw asbl centre public action sociale openbaar centrum "
    "maatschappelijk welzijn logiciel software nv bv sa srl bvba ltd inc gmbh verwerker processor "
    "controller verwerkingsverantwoordelijke partij party partie data processing sous traitance traitement "
    "organisatie organisation vlaamse overheid "
    # places and sectors a public body's name holds ("Intercommunale de Santé du Pays de Famenne"): "Who pays …?",
    # "données de santé" name no party
    "pays land région regio province provincie santé gezondheid health intercommunale municipality municipalité "
    # what a title says the service is ("… – citizen participation platform"): "the citizen request platform" asked
    # of another agreement
    "platform plateforme platforme portal portail portaal citizen citizens citoyen citoyens burger burgers "
    # the vocabulary of agreement titles ("Service Level Agreement", "Accord sur les niveaux de services")
    "service services dienst diensten level niveau niveaux accord terms conditions voorwaarden servicevoorwaarden "
    "gebruiksvoorwaarden utilisation gebruik use master subscription abonnement mutual wederzijdse mutuelle "
    "non disclosure confidentiality confidentialité vertrouwelijkheid geheimhouding framework cadre raamovereenkomst "
    "cloud hosting hébergement protocol protocole mededeling communication persoonsgegevens données personnelles "
    "personal addendum avenant bijlage annex annexe arrangement joint gezamenlijke conjoint controllers "
    "verwerkers sous-traitance sous traitant dpa dpia vwo "
    # legal forms written out ("La société à responsabilité limitée Solvapaie SRL")
    "société responsabilité limitée anonyme actions simplifiée naamloze besloten vennootschap limited company "
    # what titles say is processed ("… de données à caractère personnel", "… van persoonsgegevens")
    "gegevens verwerking caractère personnel information informations informatie "
    # ("the Port Authority" is named by "Port": "authority" is also the supervisory authority asked about)
    "authority autoriteit autorité "
    # what a file's name says of the file, not of the agreement ("ocmw-tielt-scan.pdf", "dpa-final-signed.docx"):
    # "… reads licence plates with scan cars?" names no agreement
    "scan scans scanned gescand numérisé final finaal definitief definitive signed getekend ondertekend signé signee "
    "copy kopie copie draft ontwerp projet concept version versie").split()}


@dataclass(frozen=True)
class Route:
    documents: tuple[str, ...]  # empty: no agreement named, search all
    comparison: bool
    names: frozenset[str] = frozenset()  # question words that named the agreements (no content to match on)
    phrases: tuple[str, ...] = ()  # the named agreements' party names ("City of Zele", "Publisoft Group 17")
    # name-like words of the question that name no stored agreement ("Citalis", "IDDN", "VAEW/PROT/2024/031"):
    # the question may be about one agreement all the same, under a name the catalogue does not know
    unknown_names: tuple[str, ...] = ()

    def without_names(self, question: str) -> str:
        """The question minus the words that only named agreements: "Digitaal Vlaanderen" occurs everywhere in
        its own agreement, so within that scope it says nothing about which clause answers. In a comparison,
        "vergelijk … beide overeenkomsten" likewise only says where to look."""
        if self.comparison:
            question = _AGREEMENTS.sub(" ", _COMPARISON.sub(" ", question))
        if self.phrases:  # whole names first, with their numbers and generic words ("City of")
            alternatives = "|".join(map(re.escape, self.phrases))  # longest first
            question = re.sub(rf"(?<!\w)(?:{alternatives})(?!\w)", " ", question, flags=re.IGNORECASE)
        # (a name after an elision stays: "à l'ABGDT" out of the question, its coverage rose past the abstention
        # rule's threshold for a neighbouring clause's figure, measured on the tune part)
        kept = " ".join(w for w in question.split() if not (set(tokens(_POSSESSIVE.sub(r"\1", w).replace("-", " ")))
                                                            & self.names
                                                            or w.strip(".,;:?!()").lower() in self.names))
        return kept or question


def _bare_name(word: str) -> str:
    """A word as a name's tokens are: "Caseline's" is Caseline, "Val-d'Ourthe" Val Ourthe."""
    return _ELISION.sub("", _POSSESSIVE.sub(r"\1", word)).replace("-", " ")


_LEGAL_FORM = re.compile(r"\s*,?\s+(?:nv|bv|sa|sas|sarl|srl|sprl|scrl|bvba|vzw|asbl|cv|ltd|inc|gmbh|ag|plc|llc)\.?$",
                         re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:de|het|la|le|les|l'|the)\s*", re.IGNORECASE)


def _name_phrases(info: DocumentInfo) -> set[str]:
    """Party names as a question may write them: without legal form ("Inetum Belgium") or article ("Commune de
    Genk" for "La Commune de Genk")."""
    phrases = set()
    for party in info.parties:
        bare = _DETERMINER.sub("", _LEGAL_FORM.sub("", party.name)).strip()
        phrases |= {p for p in (party.name, bare) if len(p) > 3}
    return phrases


def _tokens_of(names: list[str]) -> set[str]:
    return {t for name in names for t in tokens(name)
            if len(t) >= 3 and t not in STOPWORDS and t not in _GENERIC and not t.isdigit()}


@lru_cache(maxsize=100_000)  # per question over every agreement: computed once per document version
def _name_tokens(info: DocumentInfo) -> frozenset[str]:
    found = _tokens_of([info.document.replace("-", " ").replace("_", " "), info.title])
    return frozenset(found | _party_tokens(info))


@lru_cache(maxsize=100_000)
def _party_tokens(info: DocumentInfo) -> frozenset[str]:
    """The words that name the agreement by who made it (its parties' names, aliases and initials) or by its
    reference code, not by its title or file name."""
    names = [n for party in info.parties for n in (party.name, *(a for a in party.aliases if len(a) > 3))]
    return frozenset(_tokens_of(names) | {a for party in info.parties if (a := acronym(party.name))}
                     | {reference.lower() for reference in info.references if _is_code(reference)})


def _is_code(reference: str) -> bool:
    return any(c.isdigit() for c in reference)


@lru_cache(maxsize=100_000)
def _products(info: DocumentInfo) -> tuple[frozenset[str], ...]:
    """The words of each product name the agreement gives ("Loketwijzer", "Meldingen Openbare Ruimte"): a question
    names the agreement by a product when it holds all of that product's words. Not a product named by its maker
    alone ("Secoda Services" of one of three Secoda agreements): its words must say more than the agreement's
    parties, title and file name do."""
    return tuple(words for r in info.references if not _is_code(r)
                 and (words := frozenset(_tokens_of([r]))) and words - _name_tokens(info))


def _product_words(info: DocumentInfo) -> frozenset[str]:
    return frozenset(t for words in _products(info) for t in words)


def acronym(name: str) -> str | None:
    """The initials a party of three words or more goes by: "Intercommunale Digitale Dienstverlening Netevallei"
    is IDDN, "L'Agence bruxelloise de Gestion des Données territoriales" ABGDT (articles, prepositions and the
    legal form left out)."""
    words = [w for w in tokens(_ELISION.sub("", _LEGAL_FORM.sub("", name))) if w not in STOPWORDS]
    return "".join(w[0] for w in words) if len(words) >= 3 else None


# Belgian places and regions by their Dutch, French, English (and German) names: "la Ville de Gand" is Stad Gent,
# "the City of Antwerp" Stad Antwerpen. Words that are also common Dutch words ("Namen", "Menen", "Komen") are
# left out: "de namen van de kinderen" names no city.
_PLACE_NAMES = [
    "gent gand ghent", "antwerpen anvers antwerp", "brussel bruxelles brussels brüssel", "leuven louvain",
    "brugge bruges", "mechelen malines", "luik liege luttich", "kortrijk courtrai",
    "doornik tournai", "aalst alost", "ieper ypres", "oostende ostende ostend", "nijvel nivelles", "waver wavre",
    "geraardsbergen grammont", "ronse renaix", "edingen enghien", "aarlen arlon", "hoei huy", "tienen tirlemont",
    "tongeren tongres", "veurne furnes", "diksmuide dixmude", "moeskroen mouscron", "lier lierre",
    "vlaanderen flandre flanders", "vlaamse flamande flemish", "vlaams flamand flemish",
    "wallonie wallonia", "waalse wallonne walloon", "brusselse bruxelloise", "brussels bruxellois",
]


def _variants(groups: list[str]) -> dict[str, frozenset[str]]:
    """Each name -> all the names of its place."""
    variants: dict[str, frozenset[str]] = {}
    for names in groups:
        group = frozenset(fold(name) for name in names.split())
        for name in group:
            variants[name] = variants.get(name, frozenset()) | group
    return variants


_VARIANTS = _variants(_PLACE_NAMES)

_ELISION = re.compile(r"\b[ldjnscLDJNSC]['’]")
_POSSESSIVE = re.compile(r"(\w)['’]s\b")


def route_question(question: str, documents: list[DocumentInfo], max_share: float = 0.3) -> Route:
    comparison = bool(_COMPARISON.search(question))
    # "MeldJeAan-verwerkingsovereenkomst" names MeldJeAan, "Citalis's" Citalis, "d'IDDN" IDDN; a reference code
    # ("IDDN/VWO/2024/017") names the agreement that bears it
    # The code counts whole: its pieces ("dpa" of "SP-DPA-2025-0387") would name every agreement called a DPA.
    references = find_references(question)
    bare = re.sub("|".join(map(re.escape, references)), " ", question) if references else question
    asked = set(tokens(_bare_name(bare)))
    asked |= {reference.lower() for reference in references}
    written = set(asked)
    asked |= {variant for t in written for variant in _VARIANTS.get(t, ())}
    per_document = {info.document: _name_tokens(info) for info in documents}
    # (counted without addenda: "Orbitly", named by its agreement and the variation of it, is as rare as "Solfeo")
    agreements = [info.document for info in documents if not is_addendum(info)] or list(per_document)
    frequency: dict[str, int] = {}
    for document in agreements:
        for t in per_document[document]:
            frequency[t] = frequency.get(t, 0) + 1
    # A token shared by many agreements' names ("gent" across all Ghent contracts) names none of them alone,
    # unless only a few agreements are stored.
    limit = max(1, int(len(agreements) * max_share))
    named = {d: frozenset(t for t in names if t in asked and frequency.get(t, 1) <= limit)
             for d, names in per_document.items()}
    for info in documents:  # (all the words of a product's name, however common each is)
        named[info.document] |= {t for words in _products(info) if words <= asked for t in words}
    named = {d: names for d, names in named.items() if names}
    # "Mag Domisoins gegevens van het OCMW …": the rarest name the question writes as one (capitalised: "gestion" of
    # "Agence … de Gestion des Données" is also a common word) names its agreements (one, with its addenda); a word
    # more agreements share ("OCMW", the other side's kind) then names no other agreement by itself
    capitalised = {t for word in re.findall(r"\b[A-ZÀ-Ý][\w'’-]*", bare) for t in tokens(word.replace("-", " "))}
    words_named = {t for names in named.values() for t in names}
    rarest = min((frequency.get(t, 1) for t in words_named & capitalised), default=0)
    specific = {d for d, names in named.items() if any(frequency.get(t, 1) == rarest and t in capitalised
                                                       for t in names)}
    if specific and any(frequency.get(t, 1) > rarest for t in words_named):
        words = frozenset(t for d in specific for t in named[d])
        named = {d: names for d, names in named.items() if d in specific or names & words}
    # "Archivia and the City of Mechelen" names the Mechelen–Archivia agreement, not every Archivia agreement: an
    # agreement is dropped when another one matches all of its names and more.
    matched = tuple(sorted(d for d, names in named.items() if not any(names < other for other in named.values())))
    by_id = {info.document: info for info in documents}
    # "de geheimhoudingsovereenkomst tussen Harrowgate en Pellucid" names the agreement of those parties, not
    # another whose title is "Geheimhoudingsovereenkomst …": parties' names beat other words of a title (a word that
    # names a party of one and stands in the title of another, "CPAS", still names both)
    by_party = [d for d in matched if named[d] & (_party_tokens(by_id[d]) | _product_words(by_id[d]))]
    party_words = frozenset(t for d in by_party for t in named[d])
    matched = tuple(d for d in matched if not by_party or d in by_party or named[d] & party_words)
    used = frozenset(t for d in matched for t in named[d])
    used |= {t for t in written if _VARIANTS.get(t, frozenset()) & used}  # "Gand" named the Gent agreement
    # "de Franstalige voorwaarden van Mozilla", "the French version": of the versions named, the one in that language
    version = _version_language(question)
    if version and len(matched) > 1 and any(by_id[d].language == version for d in matched):
        matched = tuple(d for d in matched if by_id[d].language == version)
    phrases = sorted({p for d in matched for p in _name_phrases(by_id[d])}, key=len, reverse=True)
    # "… chez Parkplan et chez Streetwise ?": two agreements each named by a proper name of its own are answered one
    # line each, as compared (not two that share the word named, "het OCMW", nor one named by a common noun: "the
    # police zone" beside "Vigilo")
    comparison = comparison or sum(not is_addendum(by_id[d]) and any(
        t in capitalised and frequency.get(t, 1) == 1 for t in named[d]) for d in matched) >= 2
    return Route(matched, comparison, used, tuple(phrases), unknown_names(question, used))


_VERSION = {
    "nl": r"nederlandstalig\w*|nederlandse (?:versie|tekst)|dutch (?:version|text)|version néerlandaise|"
          r"in het nederlands|en néerlandais|in dutch",
    "fr": r"franstalig\w*|franse (?:versie|tekst)|french (?:version|text)|version française|texte français|"
          r"in het frans|en français|in french",
    "en": r"engelstalig\w*|engelse (?:versie|tekst)|english (?:version|text)|version anglaise|in het engels|"
          r"en anglais|in english",
}


def _version_language(question: str) -> str | None:
    """The language a question names a version of an agreement in, if exactly one."""
    named = [language for language, words in _VERSION.items() if re.search(rf"\b(?:{words})\b", question, re.I)]
    return named[0] if len(named) == 1 else None


# A capitalised word after the first, an acronym, or a reference with digits and separators ("ABGDT/2025/017").
_NAME_LIKE = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-ZÀ-Ý][\w'-]*[A-Za-zà-ÿ]|\b\w+[/-]\d[\w/-]*|\b[A-Z]{2,}\d*\b")


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words of the lexicon (GDPR and contract vocabulary in three languages): "AVG", "EER" or "Controller" name
    no party."""
    from ingest.lexicon import GROUPS

    return frozenset(w.lower() for row in GROUPS for words in row for w in words.split())


def unknown_names(question: str, used: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The question's name-like words that are neither the names routing matched, nor common, generic or
    lexicon words."""
    # a reference code counts whole: known when routing matched it, else one unknown name
    references = find_references(question)
    found = [r for r in references if r.lower() not in used]
    for r in references:
        question = question.replace(r, " ")
    for match in _NAME_LIKE.finditer(question.strip()):
        word = match.group()
        parts = set(tokens(word.replace("-", " ")))
        if parts & used or not parts or all(t in STOPWORDS or t in _GENERIC or t in _known_words() or t in _COMMON
                                            for t in parts):
            continue
        found.append(word)
    return tuple(found)


# Capitalised words a question uses without naming anything: laws, the EU, months, generic institutions and terms.
_COMMON = set("gdpr avg rgpd eer eea ee eu europa europe européenne european union unie belgië belgique belgium "
              "januari februari maart april mei juni juli augustus september oktober november december janvier "
              "février mars avril juin juillet août septembre octobre novembre décembre january february march may "
              "june july august october pdf iso nis "
              # institutions and terms every agreement may mention: social welfare centres, supervisory authorities
              "ocmw cpas gba apd cnil ico dpo sla nda rpo rto ocr saas iaas paas api sso mfa".split())
