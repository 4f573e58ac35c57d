"""The words of data-processing agreements in Dutch, French and English, grouped by meaning, so that a question in
one language finds and scores clauses written in another ("datalek" ~ "violation" ~ "breach"). Single words only:
a phrase's parts would match far too much; and no words every clause holds ("data", "agreement"), whose
equivalents would make any sentence look relevant. Lower case; stemmed per language when first used."""

from __future__ import annotations

from functools import lru_cache

from .countries import COUNTRIES, LANGUAGE_WORDS, country_names
from .text import stems

# (nl, fr, en) per group; several words per language separated by spaces.
GROUPS = [
    ("datalek datalekken inbreuk inbreuken", "violation violations", "breach breaches"),
    ("eer", "eee", "eea"),  # the initials of the European Economic Area, the Union and the GDPR
    ("eu", "ue", "eu"),
    ("avg", "rgpd", "gdpr"),
    ("subverwerker subverwerkers", "ultérieur ultérieurs", "subprocessor subprocessors sub-processor"),
    ("verwerker", "sous-traitant", "processor"),
    ("verwerkingsverantwoordelijke verantwoordelijke", "responsable", "controller"),
    ("melden meldt melding kennisgeving verwittigen", "notifier notifie notification informer prévenir",
     "notify notifies notification inform"),
    ("termijn", "délai", "deadline"),
    ("uur uren", "heure heures", "hour hours"),
    ("dag dagen werkdagen", "jour jours", "day days"),
    ("week weken", "semaine semaines", "week weeks"),
    ("maand maanden", "mois", "month months"),
    ("jaar jaren", "an ans année années", "year years"),
    ("audit audits controle inspectie", "audit audits contrôle inspection", "audit audits inspection"),
    ("aankondigen aankondiging aangekondigd vooraf", "préavis préalable annoncer annoncé annonce avance",
     "notice advance announce announced ahead"),
    ("vervangen vervanging vervangt", "remplacer remplacement remplace", "replace replaces replacement"),
    ("herinnering herinneringen", "rappel rappels", "reminder reminders"),
    ("opslag opslaan opgeslagen", "stockage stocker stocké stockée stockés stockées", "storage store stored"),
    ("bewaren bewaart bewaartermijn bewaard", "conserver conserve conservation conservées",
     "retain retention retained keep keeps kept"),
    ("verwijderen verwijdering wissen vernietigen", "supprimer suppression effacer effacement détruire",
     "delete deletion erase destroy"),
    ("terugbezorgen teruggeven terugbezorging", "restituer restitution retourner", "return returned"),
    ("aansprakelijkheid aansprakelijk", "responsabilité", "liability liable"),
    ("plafond beperkt begrensd", "plafond plafonnée plafonné plafonnées limitée", "cap capped limited ceiling"),
    ("toepasselijk beheerst beheersen", "applicable applique appliquent régi régie", "governing governed governs"),
    ("rechtbank rechtbanken", "tribunal tribunaux juridiction", "court courts"),
    ("duur looptijd loopt", "durée", "term duration run runs"),  # "How long does the agreement run?"
    ("opzeggen opzegging beëindiging beëindigen", "résiliation résilier fin", "termination terminate"),
    ("verlenging verlengen verlengd", "renouvellement reconduction prolongation prolonger", "renewal renew extend"),
    ("doorgifte doorgeven", "transfert transferts transférer", "transfer transfers"),
    ("land landen", "pays", "country countries"),
    ("bestand bestanden", "fichier fichiers", "file files"),
    ("bezorgen bezorgt bezorgd overmaken verstrekken verstrekt", "transmettre transmis transmission",
     "transmit transmitted"),
    ("voorwaarden", "conditions", "terms"),
    ("beveiliging beveiligingsmaatregelen", "sécurité", "security"),
    ("maatregelen", "mesures", "measures"),
    ("vertrouwelijkheid vertrouwelijk geheimhouding", "confidentialité confidentiel", "confidentiality confidential"),
    ("personeel medewerkers werknemers", "personnel employés", "staff personnel employees"),
    ("betrokkenen betrokkene", "concernées", "subjects"),
    ("categorieën", "catégories", "categories"),
    ("doel doeleinden", "finalité finalités", "purpose purposes"),
    ("instructies instructie", "instructions instruction", "instructions instruction"),
    ("kosten vergoeding prijs prijzen", "frais coût coûts prix", "cost costs fee fees price prices expense"),
    ("functionaris", "délégué", "officer"),
    ("autoriteit toezichthouder toezichthoudende", "autorité autorités", "authority authorities"),
    ("privacy gegevensbescherming", "protection", "privacy protection"),
    ("schriftelijk", "écrit", "writing"),
    ("toestemming machtiging", "autorisation consentement", "authorisation authorization consent"),
    ("bezwaar betwisten", "objection opposer contester", "objection object contest"),
    ("ondertekend ondertekende ondertekening handtekening tekende getekend", "signé signée signa signature",
     "signed signature"),
    ("beschikbaarheid beschikbaar", "disponibilité disponible", "availability available uptime"),
    ("gepland geplande", "planifié planifiée planifiées programmé", "planned scheduled"),
    ("website", "site", "website site"),
    ("telefoon telefoonnummer telefonisch", "téléphone téléphonique", "phone telephone"),
    ("oproep oproepen beller bellers", "appel appels appelant appelants", "call calls caller callers"),
    ("herstel hersteltijd", "rétablissement", "resolution restore"),
    ("aanbieder leverancier", "prestataire fournisseur", "provider supplier vendor"),
    ("bijlage", "annexe", "annex schedule appendix"),
    ("wijziging wijzigingen", "modification modifications", "change changes amendment"),
    ("hosting gehost", "hébergement hébergées", "hosting hosted"),
    # The GDPR's and contracts' own terms (official nl/fr/en wording where the Regulation has one).
    ("beveiligingsincident incident incidenten", "incident incidents", "incident incidents"),
    ("back-up back-ups reservekopie", "sauvegarde sauvegardes", "backup backups back-up"),
    ("versleuteling versleuteld encryptie", "chiffrement chiffré chiffrées", "encryption encrypted"),
    ("wachtwoord wachtwoorden", "passe", "password passwords"),
    ("authenticatie tweefactorauthenticatie tweestapsverificatie", "authentification facteurs",
     "authentication two-factor multi-factor"),
    ("schadevergoeding schade", "dommages indemnisation", "damages indemnity compensation"),
    ("boete boetes", "pénalité pénalités amende amendes", "penalty penalties fine fines"),
    ("onderhoud", "maintenance", "maintenance"),
    ("ingangsdatum inwerkingtreding", "vigueur effet", "effective commencement commence commences"),  # prend effet
    ("opzegtermijn", "préavis", "notice"),
    ("recht wetgeving wet", "droit loi législation", "law laws legislation"),
    ("bevoegd bevoegde bevoegdheid", "compétent compétents compétence", "competent jurisdiction"),
    ("onderaannemer onderaannemers", "sous-traitants", "subcontractor subcontractors"),
    ("opleiding opleidingen", "formation formations", "training"),
    ("register registers", "registre registres", "register records"),
    ("toegang toegangsrechten toegankelijk", "accès accessible accessibles", "access accessible"),
    ("raadpleging raadplegingen raadplegen raadpleegt", "consultation consultations consulter consulte",
     "consultation consultations consult consults"),
    ("dossier dossiers", "dossier dossiers", "file files"),
    ("logbestanden logging", "journaux journalisation", "logs logging"),
    ("gezondheid gezondheidsgegevens", "santé", "health"),
    ("kinderen minderjarigen", "enfants mineurs", "children minors"),
    ("vertegenwoordigd vertegenwoordiger vertegenwoordigt", "représenté représentée représentant",
     "represented representative represents"),
    ("contactpersoon contactpunt", "contact", "contact"),
    ("adequaatheidsbesluit adequaatheid", "adéquation", "adequacy"),
    ("standaardcontractbepalingen modelcontractbepalingen", "clauses contractuelles", "clauses contractual"),
    ("buiten", "hors extérieur", "outside"),
    ("europese europa", "européen européenne europe", "european europe"),
    ("certificering certificaat", "certification certificat", "certification certificate"),
    ("factuur facturatie", "facture facturation", "invoice invoicing"),
    # (and who bears a cost: "à charge de la Zone", "ten laste van de Verwerkingsverantwoordelijke", "borne by", "à
    # ses frais", "at its own expense"; not "kosten" nor "costs", which article 32's "the costs of implementation"
    # puts in every agreement: "How much does the city pay?" met the security clause)
    ("betaling betalen betaalt laste", "paiement payer paie paye charge frais",
     "payment pay pays paid bears borne expense expenses"),
    ("geschil geschillen", "litige litiges différend", "dispute disputes"),
    ("verzekering", "assurance", "insurance"),
    ("goedkeuring goedkeuren", "approbation approuver", "approval approve"),
    ("intrekken herroepen", "retirer révoquer", "withdraw revoke"),
    ("geheim", "secret", "secret"),
    ("bijstand ondersteuning", "assistance assister", "assistance assist support"),
    ("locatie vestiging", "localisation siège", "location"),
    ("bewijs", "preuve", "evidence proof"),
    # how often, and the parties' dealings: words questions use that a clause of another language says its own way
    ("dagelijks", "quotidien quotidienne quotidiennement", "daily"),
    ("wekelijks", "hebdomadaire", "weekly"),
    ("maandelijks", "mensuel mensuelle mensuellement", "monthly"),
    ("jaarlijks", "annuel annuelle annuellement", "annual annually yearly"),
    ("frequentie periodiciteit", "fréquence périodicité", "frequency periodicity"),
    ("publiceren gepubliceerd publicatie bekendmaking bekendmaken bekend", "publier publié publication",
     "publish published publication"),
    ("licentie licenties", "licence licences", "licence license licenses"),
    ("investeerders investeerder", "investisseurs investisseur", "investors investor"),
    ("advocaten advocaat adviseurs", "avocats avocat conseillers", "lawyers lawyer advisers advisors counsel"),
    ("overdragen cessie", "cession céder", "assignment assign"),
    ("fusie overname", "fusion acquisition", "merger acquisition takeover"),
    ("kopie kopieën", "copie copies", "copy copies"),
    ("verzoek verzoeken aanvraag", "demande demandes", "request requests"),
    ("burger burgers", "citoyen citoyens citoyenne citoyennes", "citizen citizens"),
    ("verbetering rectificatie", "rectification", "rectification correction"),
    ("klant klanten", "client clients", "customer customers client clients"),
    ("gebruiker gebruikers", "utilisateur utilisateurs", "user users"),
    ("pogingen poging", "tentatives tentative", "attempts attempt"),
    ("vergrendeld geblokkeerd", "verrouillé bloqué", "locked lockout"),
    ("onbeschikbaarheid storing", "indisponibilité panne", "outage downtime unavailability"),
    ("tegoed", "crédit crédits", "credit credits"),
    ("wetenschappelijk wetenschappelijke", "scientifique", "scientific"),
    ("onderzoek", "recherche", "research"),
    ("evaluatie", "évaluation", "evaluation"),
    ("politie", "police", "police"),
    ("beslissen beslist beslissing", "décider décide décision", "decide decides decision"),
    ("delen gedeeld", "partager partagé partagées", "share shared sharing"),
    ("derden derde", "tiers", "third"),
    ("verzenden versturen doorsturen", "envoyer transmettre transmis transmises", "send sent transmit transmitted"),
    ("ontvangen ontvangst", "recevoir réception reçu reçues", "receive received receipt"),
    ("bevestigen bevestiging", "confirmer confirmation", "confirm confirmation"),
    ("afloop verstrijken", "expiration", "expiry expiration expire expires"),
    ("einde", "fin", "end"),  # "à la fin du contrat" ~ "after the end of the contract"
    # "does not answer within twenty days" ~ "à défaut de réponse dans ce délai"
    ("antwoord antwoorden antwoordt reageert reageren reactie", "réponse répond répondre", "answer answers respond "
     "responds response reply"),
    ("logbestand logbestanden logs logging", "journaux journal journalisation", "logs log logging"),
    ("overmacht", "majeure", "majeure"),
    ("gemeente", "commune", "municipality"),
    ("datum", "date", "date dated"),
    ("addendum", "avenant", "addendum"),
    ("ziekenhuis", "hôpital", "hospital"),
    # who provides a service, from where, at which line: "Depuis quel pays le support de deuxième ligne est-il
    # assuré ?" of "Second-line support is provided … from Canada"
    ("leveren levert geleverd verlenen verleent verleend", "fournir fournit fourni assurer assure assuré",
     "provide provides provided"),
    ("eerste", "premier première", "first"),
    ("tweede", "deuxième second seconde", "second"),
    ("lijn niveau", "ligne niveau", "line level"),  # first-line support is first-level support
    # what local governments handle: complaints, permits, parking and exemptions from a rule
    ("klacht klachten", "plainte plaintes réclamation réclamations", "complaint complaints"),
    ("vergunning vergunningen", "permis", "permit permits"),
    ("parkeren parkeer parkeerkaart parkeerkaarten", "stationnement stationner", "parking"),
    ("nummerplaat nummerplaten kenteken", "immatriculation plaque plaques", "plate plates"),
    ("voertuig voertuigen wagen wagens auto", "véhicule véhicules voiture voitures", "vehicle vehicles car cars"),
    ("leerling leerlingen scholier scholieren", "élève élèves", "pupil pupils"),
    ("school scholen", "école écoles scolaire scolaires", "school schools"),
    ("maaltijd maaltijden", "repas", "meal meals"),
    ("meter meters watermeter watermeters", "compteur compteurs", "meter meters"),
    ("water", "eau", "water"),
    ("akte akten", "acte actes", "deed deeds"),  # the civil registry's deeds ("actes de naissance")
    ("beeld beelden", "image images", "image images"),
    ("foto foto's fotos", "photo photos", "photo photos"),
    ("metadata metagegevens", "métadonnées", "metadata"),
    ("vrijstelling vrijstellingen ontheffing ontheffingen", "dérogation dérogations exemption exemptions",
     "exemption exemptions derogation"),
    # Countries that data go to, with the adjectives a question uses for them ("de Ierse subverwerker", "un
    # prestataire indien"). Not the countries whose adjective also names a language (French, Dutch, Spanish…): "the
    # French version" asks for a text, not a place.
    ("ierland ierse iers", "irlande irlandais irlandaise", "ireland irish"),
    ("india indiase indisch", "inde", "india indian"),  # not "indien": the Dutch "if"
    ("amerikaanse amerikaans vs usa", "américain américaine usa", "american usa"),
    ("canada canadese canadees", "canada canadien canadienne", "canada canadian"),
    ("zwitserland zwitserse zwitsers", "suisse", "switzerland swiss"),
    ("brits britse", "britannique", "british"),
    ("belgië belgische belgisch", "belgique belge", "belgium belgian"),
    ("luxemburg luxemburgse", "luxembourg luxembourgeois luxembourgeoise", "luxembourg luxembourgish"),
    ("israël israëlische", "israël israélien israélienne", "israel israeli"),
    ("japan japanse", "japon japonais japonaise", "japan japanese"),
    ("china chinese", "chine chinois chinoise", "china chinese"),
    ("marokko marokkaanse", "maroc marocain marocaine", "morocco moroccan"),
    ("oekraïne oekraïense", "ukraine ukrainien ukrainienne", "ukraine ukrainian"),
    ("polen poolse", "pologne polonais polonaise", "poland polish"),
    ("roemenië roemeense", "roumanie roumain roumaine", "romania romanian"),
    ("singapore singaporese", "singapour singapourien", "singapore singaporean"),
    ("australië australische", "australie australien australienne", "australia australian"),
    ("filipijnen filipijnse", "philippines philippin philippine", "philippines philippine filipino"),
]


def _country_rows() -> list[tuple[str, str, str]]:
    """A row for every other country the grid knows, its one-word names in each language's place (a question
    names it in its own language: "transférées en Serbie" ~ "to Serbia"). Not the adjectives that name a language,
    nor "us" (a pronoun)."""
    named = {word for row in GROUPS for words in row for word in words.split()}
    rows = []
    for code in COUNTRIES:
        words = [n for n in country_names(code) if " " not in n and len(n) > 2 and n not in LANGUAGE_WORDS]
        if words and not named & set(words):
            rows.append((" ".join(words),) * 3)
    return rows


GROUPS += _country_rows()
LANGUAGES = ("nl", "fr", "en")  # the order of each row of GROUPS

# Dutch nouns that agreements join into compounds ("verwerkersovereenkomst", "bewaartermijn"), besides the
# lexicon's own words: the parts a compound is split into (ingest/text.py, compound_parts).
COMPOUND_WORDS = (
    "overeenkomst overeenkomsten contract contracten partner partners gegevens persoon personen verwerking "
    "verwerkingen partij partijen "
    "dienst diensten dienstverlening ondersteuning lijn beleid lijst bedrag bedragen plicht verplichting "
    "verplichtingen rapport verslag "
    "systeem systemen bestand bestanden document documenten toepassing platform omgeving netwerk server servers "
    "bescherming beveiliging risico risico's analyse beoordeling procedure proces plan overzicht model formulier "
    "kennis informatie melding meldingen verzoek aanvraag vraag antwoord besluit beslissing regeling regels "
    "periode tijd datum jaren maanden weken dagen uren minuten limiet maximum minimum grens niveau "
    "medewerker medewerkers gebruiker gebruikers beheerder beheer leverancier klant burger burgers inwoners "
    "wet wetgeving recht rechten plaats land landen adres centrum locatie ruimte kopie kopieën back-up "
    "schade kosten prijs vergoeding factuur betaling boete straf stad gemeente privacy functionaris cliënt cliënten "
)


def _with_agreement(words: str) -> str:
    """French words as the lexicon lists them (masculine singular) and their feminine and plural forms, which stem
    otherwise ("délégué" -> "delegu", "la déléguée" -> "delegue"; "ultérieur", "ultérieures")."""
    forms = []
    for word in words.split():
        forms.append(word)
        if word.endswith("é"):
            forms += [word + "e", word + "s", word + "es"]
        elif word.endswith("eur"):
            forms += [word + "e", word + "es"]
    return " ".join(forms)


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str], frozenset[str]]:
    """(language, stem) -> the stems, in every language, of the words of its groups."""
    groups = []
    for row in GROUPS:
        per_language = [(lang, set(stems(_with_agreement(words) if lang == "fr" else words, lang)))
                        for lang, words in zip(LANGUAGES, row)]
        groups.append((per_language, frozenset(s for _, group in per_language for s in group)))
    index: dict[tuple[str, str], set[str]] = {}
    for per_language, everything in groups:
        for lang, group in per_language:
            for stem in group:
                index.setdefault((lang, stem), set()).update(everything)
    return {key: frozenset(value) for key, value in index.items()}


def equivalents(stem: str, language: str) -> frozenset[str]:
    """The stem and its equivalents in the three languages (just the stem when the lexicon does not know it)."""
    return _index().get((language, stem), frozenset()) | {stem}


# Cognates: Dutch, French and English share many Latin words the lexicon cannot list ("migration" ~ "migratie",
# "priorité" ~ "priority", "conversion" ~ "conversie"). Their stems share a long prefix; short or partly shared
# prefixes ("notice" ~ "notifier", "delete" ~ "délégué") do not count.
COGNATE_PREFIX = 5  # characters the two stems share at least
COGNATE_SHARE = 0.8  # and at least this share of the shorter stem


def cognates(a: str, b: str) -> bool:
    """Whether two stems of different languages are most likely the same word ("migrat" ~ "migratie")."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < COGNATE_PREFIX or a[:COGNATE_PREFIX] != b[:COGNATE_PREFIX]:
        return False
    shared = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), shorter)
    return shared >= COGNATE_SHARE * shorter


def meets(stem: str, language: str, terms: set[str] | frozenset[str], foreign: bool = False) -> bool:
    """Whether a question's stem meets one of a text's `terms`: itself or a lexicon equivalent; and, when the
    text is written in another language (`foreign`), a cognate. Within one language stemming already joins the
    forms of a word, and a shared prefix would join different ones ("personnel" ~ "personal")."""
    if equivalents(stem, language) & terms:
        return True
    return foreign and any(cognates(stem, term) for term in terms)


def covered(q_terms, language: str, terms, foreign: bool = False,
            compounds: dict[str, frozenset[str]] | None = None) -> set[str]:
    """The question's terms a text's `terms` meet (`meets`), and the question's compounds whose parts they all
    meet (compounds: ingest.text.compound_stems of the question)."""
    matched = {t for t in q_terms if meets(t, language, terms, foreign)}
    return matched | {c for c, parts in (compounds or {}).items() if c in q_terms and parts <= matched}


# What the parts of an agreement without a heading of their own are about, in the three languages: a question
# about who signed meets the signature block ("Pour X / À Bruxelles, le 9 septembre 2025"), which never says "sign".
SECTION_WORDS = {
    # (each of its "Voor X," / "For X:" lines signs on behalf of a party: "Wie ondertekende namens X?")
    "Signatures": "ondertekening ondertekend handtekening namens signatures signé signature signed signatory "
                  "signatories behalf",
    "Preamble": "partijen tussen vertegenwoordigd parties entre représentée représenté between represented",
}


def translations(word: str, language: str, target: str) -> list[str]:
    """The lexicon's words in `target` for a word of `language` ("datalek", "nl", "en" -> ["breach", "breaches"]);
    empty when the lexicon does not know the word."""
    stem = (stems(word, language) or [""])[0]
    source, wanted = LANGUAGES.index(language), LANGUAGES.index(target)
    for row in GROUPS:
        if stem and stem in stems(row[source], language):
            return row[wanted].split()
    return []
