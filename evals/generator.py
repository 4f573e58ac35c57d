"""A deterministic corpus of data-processing agreements for benchmarks: Dutch, French and English, three
numbering styles, real PDFs with page footers and a sub-processor table, and the questions each one answers.

Agreement `i` is the same text on every machine (its own seeded random generator), so two benchmark runs ingest
the same bytes; `edit=True` changes one sentence of one clause (the breach deadline), as a user's correction would.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("nl", "fr", "en")

_TOWNS = ["Aalst", "Brugge", "Dinant", "Eupen", "Genk", "Hasselt", "Ieper", "Leuven", "Mechelen", "Namur", "Ninove",
          "Ostende", "Roeselare", "Spa", "Tielt", "Tournai", "Waver", "Zele", "Arlon", "Bree", "Mons", "Lier", "Huy"]
_VENDORS = ["Cipal", "Datanet", "Infrabel IT", "Nexor", "Civitas Cloud", "Regio Data", "Publisoft", "Logica Sud",
            "Vlaamse Softwarehuis", "Opticom", "Streamline", "Belcloud", "Archivia", "Payroll Partners", "Mobiliz"]
_SUPPLIERS = [("Amazon Web Services EMEA", "hosting"), ("Microsoft Ireland", "e-mail"), ("OVHcloud", "back-up"),
              ("Proximus", "netwerk"), ("Combell", "hosting"), ("Twilio Ireland", "sms"), ("Sendgrid", "e-mail"),
              ("Hetzner Online", "back-up"), ("Zendesk", "support"), ("Atlassian", "ticketing")]
_LOCATIONS = {"nl": ["België", "Nederland", "Duitsland", "Ierland", "Frankrijk"],
              "fr": ["Belgique", "Pays-Bas", "Allemagne", "Irlande", "France"],
              "en": ["Belgium", "the Netherlands", "Germany", "Ireland", "France"]}

# Per language: the words around the facts. Titles are in the order of the articles below.
_WORDS = {
    "nl": dict(title="VERWERKERSOVEREENKOMST", between="TUSSEN", and_="EN",
               controller="Gemeente {town}, met zetel te {town}, vertegenwoordigd door het college van burgemeester "
                          "en schepenen;", controller_role="hierna de \"Verwerkingsverantwoordelijke\";",
               processor="{vendor} NV, met maatschappelijke zetel te {town2}, vertegenwoordigd door haar "
                         "gedelegeerd bestuurder;", processor_role="hierna de \"Verwerker\";",
               article="Artikel {n} – {title}", annex="Bijlage {n} – {title}",
               footer="Verwerkersovereenkomst Gemeente {town} – pagina {page}",
               signed="Aldus opgemaakt te {town} op {day} {month} {year} in twee exemplaren.",
               months=["januari", "februari", "maart", "april", "mei", "juni"],
               table=["Subverwerker", "Dienst", "Locatie"], annexes=["Subverwerkers", "Beveiligingsmaatregelen"]),
    "fr": dict(title="CONTRAT DE SOUS-TRAITANCE", between="ENTRE", and_="ET",
               controller="La Commune de {town}, dont le siège est situé à {town}, représentée par son collège "
                          "communal;", controller_role="ci-après le « Responsable du traitement »;",
               processor="{vendor} SA, dont le siège social est situé à {town2}, représentée par son administrateur "
                         "délégué;", processor_role="ci-après le « Sous-traitant »;",
               article="Article {n} – {title}", annex="Annexe {n} – {title}",
               footer="Contrat de sous-traitance Commune de {town} – page {page}",
               signed="Fait à {town}, le {day} {month} {year}, en deux exemplaires.",
               months=["janvier", "février", "mars", "avril", "mai", "juin"],
               table=["Sous-traitant ultérieur", "Service", "Localisation"],
               annexes=["Sous-traitants ultérieurs", "Mesures de sécurité"]),
    "en": dict(title="DATA PROCESSING AGREEMENT", between="BETWEEN", and_="AND",
               controller="City of {town}, with offices in {town}, represented by its board of mayor and aldermen;",
               controller_role="hereinafter the \"Controller\";",
               processor="{vendor} Ltd, with registered office in {town2}, represented by its managing director;",
               processor_role="hereinafter the \"Processor\";",
               article="Clause {n} – {title}", annex="Schedule {n} – {title}",
               footer="Data processing agreement City of {town} – page {page}",
               signed="Signed at {town} on {day} {month} {year} in two originals.",
               months=["January", "February", "March", "April", "May", "June"],
               table=["Sub-processor", "Service", "Location"], annexes=["Sub-processors", "Security measures"]),
}

# (title, [sub-clause sentences]) per language; {facts} are filled per agreement.
_ARTICLES = {
    "nl": [
        ("Definities", ["Persoonsgegevens: alle informatie over een geïdentificeerde of identificeerbare natuurlijke "
                        "persoon, zoals bedoeld in artikel 4 AVG.",
                        "Datalek: een inbreuk op de beveiliging die leidt tot de vernietiging, het verlies of de "
                        "ongeoorloofde verstrekking van persoonsgegevens."]),
        ("Voorwerp", ["De Verwerker verwerkt persoonsgegevens uitsluitend in opdracht van de "
                      "Verwerkingsverantwoordelijke voor de dienst {service}.",
                      "De categorieën van betrokkenen zijn inwoners, personeelsleden en leveranciers van de gemeente."]),
        ("Duur", ["Deze overeenkomst geldt voor {term} jaar vanaf de ondertekening en eindigt van rechtswege met de "
                  "hoofdovereenkomst."]),
        ("Subverwerkers", ["De Verwerker mag enkel een beroep doen op de subverwerkers vermeld in Bijlage 1.",
                           "Elke wijziging van subverwerkers meldt de Verwerker minstens {notice} dagen vooraf "
                           "schriftelijk aan de Verwerkingsverantwoordelijke."]),
        ("Beveiliging", ["De Verwerker neemt de technische en organisatorische maatregelen van Bijlage 2.",
                         "Back-ups worden versleuteld en gedurende {retention} dagen bewaard in {location}."]),
        ("Datalekken", ["De Verwerker meldt elk datalek aan de Verwerkingsverantwoordelijke binnen {breach} uur "
                        "nadat hij er kennis van heeft genomen.",
                        "De melding beschrijft de aard van het datalek, de betrokken gegevens en de genomen "
                        "maatregelen."]),
        ("Audits", ["De Verwerkingsverantwoordelijke mag eenmaal per jaar een audit uitvoeren, na een "
                    "kennisgeving van {audit} werkdagen."]),
        ("Vertrouwelijkheid", ["De Verwerker legt zijn personeelsleden en subverwerkers een schriftelijke "
                               "geheimhoudingsplicht op.",
                               "De geheimhoudingsplicht blijft gelden na het einde van deze overeenkomst."]),
        ("Bijstand", ["De Verwerker helpt de Verwerkingsverantwoordelijke bij verzoeken van betrokkenen binnen "
                      "{assist} dagen na ontvangst.",
                      "De Verwerker verleent bijstand bij een gegevensbeschermingseffectbeoordeling."]),
        ("Beëindiging", ["Bij het einde van de overeenkomst bezorgt de Verwerker alle persoonsgegevens terug en "
                         "wist hij alle kopieën binnen {erase} dagen.",
                         "De Verwerker bevestigt de wissing schriftelijk."]),
        ("Aansprakelijkheid", ["De aansprakelijkheid van de Verwerker is beperkt tot {cap} euro per jaar, behalve "
                               "bij opzet of zware fout."]),
        ("Toepasselijk recht", ["Op deze overeenkomst is het Belgisch recht van toepassing; geschillen behoren tot "
                                "de bevoegdheid van de rechtbanken van {court}."]),
    ],
    "fr": [
        ("Définitions", ["Données à caractère personnel : toute information se rapportant à une personne physique "
                         "identifiée ou identifiable, au sens de l'article 4 du RGPD.",
                         "Violation de données : une violation de la sécurité entraînant la destruction, la perte ou "
                         "la divulgation non autorisée de données."]),
        ("Objet", ["Le Sous-traitant traite les données uniquement pour le compte du Responsable du traitement pour "
                   "le service {service}.",
                   "Les personnes concernées sont les habitants, les membres du personnel et les fournisseurs de la "
                   "commune."]),
        ("Durée", ["Le présent contrat est conclu pour {term} ans à compter de sa signature et prend fin avec le "
                   "contrat principal."]),
        ("Sous-traitants ultérieurs", ["Le Sous-traitant ne fait appel qu'aux sous-traitants ultérieurs énumérés à "
                                       "l'Annexe 1.",
                                       "Tout changement est notifié par écrit au Responsable du traitement au moins "
                                       "{notice} jours à l'avance."]),
        ("Sécurité", ["Le Sous-traitant met en œuvre les mesures techniques et organisationnelles de l'Annexe 2.",
                      "Les sauvegardes sont chiffrées et conservées pendant {retention} jours en {location}."]),
        ("Violations de données", ["Le Sous-traitant notifie toute violation de données au Responsable du "
                                   "traitement dans un délai de {breach} heures après en avoir pris connaissance.",
                                   "La notification décrit la nature de la violation, les données concernées et les "
                                   "mesures prises."]),
        ("Audits", ["Le Responsable du traitement peut réaliser un audit une fois par an, moyennant un préavis de "
                    "{audit} jours ouvrables."]),
        ("Confidentialité", ["Le Sous-traitant impose à son personnel et à ses sous-traitants ultérieurs une "
                             "obligation écrite de confidentialité.",
                             "L'obligation de confidentialité subsiste après la fin du présent contrat."]),
        ("Assistance", ["Le Sous-traitant aide le Responsable du traitement à répondre aux demandes des personnes "
                        "concernées dans les {assist} jours de leur réception.",
                        "Le Sous-traitant prête assistance pour toute analyse d'impact relative à la protection des "
                        "données."]),
        ("Fin du contrat", ["À la fin du contrat, le Sous-traitant restitue toutes les données et efface toutes les "
                            "copies dans les {erase} jours.",
                            "Le Sous-traitant confirme l'effacement par écrit."]),
        ("Responsabilité", ["La responsabilité du Sous-traitant est limitée à {cap} euros par an, sauf en cas de "
                            "dol ou de faute grave."]),
        ("Droit applicable", ["Le présent contrat est régi par le droit belge; les tribunaux de {court} sont seuls "
                              "compétents."]),
    ],
    "en": [
        ("Definitions", ["Personal Data means any information relating to an identified or identifiable natural "
                         "person, as defined in Article 4 GDPR.",
                         "Breach means a breach of security leading to the destruction, loss or unauthorised "
                         "disclosure of Personal Data."]),
        ("Subject matter", ["The Processor processes Personal Data only on behalf of the Controller for the "
                            "{service} service.",
                            "The data subjects are residents, staff members and suppliers of the city."]),
        ("Term", ["This agreement runs for {term} years from its signature and ends with the main contract."]),
        ("Sub-processors", ["The Processor may only engage the sub-processors listed in Schedule 1.",
                            "The Processor notifies the Controller in writing of any change at least {notice} days "
                            "in advance."]),
        ("Security", ["The Processor implements the technical and organisational measures of Schedule 2.",
                      "Backups are encrypted and kept for {retention} days in {location}."]),
        ("Personal data breaches", ["The Processor notifies the Controller of every Breach within {breach} hours "
                                    "of becoming aware of it.",
                                    "The notice describes the nature of the Breach, the data concerned and the "
                                    "measures taken."]),
        ("Audits", ["The Controller may audit the Processor once a year, giving {audit} working days' notice."]),
        ("Confidentiality", ["The Processor binds its staff and sub-processors to a written duty of "
                             "confidentiality.",
                             "The duty of confidentiality survives the end of this agreement."]),
        ("Assistance", ["The Processor helps the Controller answer requests from data subjects within {assist} days "
                        "of receipt.",
                        "The Processor assists with any data protection impact assessment."]),
        ("Termination", ["At the end of the agreement the Processor returns all Personal Data and erases all copies "
                         "within {erase} days.",
                         "The Processor confirms the erasure in writing."]),
        ("Liability", ["The Processor's liability is limited to {cap} euros per year, except for wilful misconduct "
                       "or gross negligence."]),
        ("Governing law", ["This agreement is governed by Belgian law; the courts of {court} have exclusive "
                           "jurisdiction."]),
    ],
}

# Sentences that lengthen clauses the way real agreements do, without changing what the facts are.
_FILLER = {
    "nl": ["Deze verplichting geldt onverminderd de wettelijke verplichtingen van de partijen.",
           "De partijen werken hiervoor te goeder trouw samen en bevestigen afspraken schriftelijk.",
           "De Verwerker documenteert de uitvoering en stelt die documentatie op eenvoudig verzoek ter beschikking.",
           "Kosten die hieruit voortvloeien zijn ten laste van de Verwerker, tenzij anders overeengekomen.",
           "Elke partij duidt hiervoor een contactpersoon aan en houdt diens gegevens actueel."],
    "fr": ["Cette obligation s'applique sans préjudice des obligations légales des parties.",
           "Les parties collaborent de bonne foi et confirment leurs accords par écrit.",
           "Le Sous-traitant documente l'exécution et met cette documentation à disposition sur simple demande.",
           "Les frais qui en découlent sont à charge du Sous-traitant, sauf convention contraire.",
           "Chaque partie désigne une personne de contact et tient ses coordonnées à jour."],
    "en": ["This obligation applies without prejudice to the statutory obligations of the parties.",
           "The parties cooperate in good faith and confirm their arrangements in writing.",
           "The Processor documents the performance and makes that documentation available on request.",
           "Costs arising from this are borne by the Processor unless agreed otherwise.",
           "Each party appoints a contact person and keeps their details up to date."],
}

_SECURITY = {
    "nl": ["Versleuteling van gegevens in rust en tijdens transport.", "Tweefactorauthenticatie voor beheerders.",
           "Jaarlijkse penetratietest door een onafhankelijke partij.", "Logging van toegang gedurende één jaar."],
    "fr": ["Chiffrement des données au repos et en transit.", "Authentification à deux facteurs des administrateurs.",
           "Test d'intrusion annuel par un tiers indépendant.", "Journalisation des accès pendant un an."],
    "en": ["Encryption of data at rest and in transit.", "Two-factor authentication for administrators.",
           "Annual penetration test by an independent party.", "Access logging kept for one year."],
}

_SERVICES = ["burgerzaken", "personeelsbeheer", "e-loket", "facturatie", "sociale dienst", "ticketing",
             "archief", "mobiliteit"]


@dataclass(frozen=True)
class Block:
    kind: str  # title | para | heading | clause | table | footer-free text
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Question:
    document: str
    language: str
    question: str
    expected: str  # a string the answer must contain
    clause: str  # the label of the clause that answers it


@dataclass(frozen=True)
class Agreement:
    document: str
    language: str
    town: str
    blocks: tuple[Block, ...]
    questions: tuple[Question, ...]

    def text(self) -> str:
        """The agreement as plain text, one paragraph per line (a table row as one line)."""
        lines = []
        for block in self.blocks:
            lines += [" | ".join(row) for row in block.rows] if block.kind == "table" else [block.text]
        return "\n".join(lines) + "\n"


def _questions(document: str, language: str, facts: dict, article_of: dict[str, int]) -> tuple[Question, ...]:
    controller, vendor = facts["town"], facts["vendor"]
    breach = str(facts["breach"])
    b, a = article_of["breach"], article_of["audit"]
    if language == "nl":
        return (Question(document, "nl", f"Binnen hoeveel uur moet {vendor} een datalek melden aan gemeente "
                                         f"{controller}?", breach, f"{b}.1"),
                Question(document, "nl", f"Hoeveel werkdagen vooraf moet gemeente {controller} een audit bij "
                                         f"{vendor} aankondigen?", str(facts["audit"]), f"{a}.1"))
    if language == "fr":
        return (Question(document, "fr", f"Dans quel délai {vendor} doit-il notifier une violation de données à la "
                                         f"commune de {controller} ?", breach, f"{b} §1"),
                Question(document, "fr", f"Quel préavis la commune de {controller} doit-elle donner pour un audit "
                                         f"de {vendor} ?", str(facts["audit"]), f"{a} §1"))
    return (Question(document, "en", f"Within how many hours must {vendor} notify the City of {controller} of a "
                                     f"breach?", breach, f"{b}.1"),
            Question(document, "en", f"How much notice must the City of {controller} give {vendor} for an audit?",
                     str(facts["audit"]), f"{a}.1"))


def agreement(i: int, edit: bool = False, filler: int = 2) -> Agreement:
    """Agreement number `i`: language by i, everything else from its own seeded generator.
    `filler` bounds the extra sentences per clause (0 gives short clauses, 4 long ones)."""
    rng = random.Random(f"akkoord-agreement-{i}")
    language = LANGUAGES[i % 3]
    words = _WORDS[language]
    town = f"{_TOWNS[i % len(_TOWNS)]}{'' if i < len(_TOWNS) else f'-{i // len(_TOWNS)}'}"
    vendor = f"{rng.choice(_VENDORS)} {rng.choice(['Services', 'Solutions', 'Group', 'Systems'])} {i}"
    facts = dict(town=town, vendor=vendor, service=rng.choice(_SERVICES), term=rng.choice([3, 4, 5, 6]),
                 notice=rng.choice([15, 30, 45, 60]), retention=rng.choice([14, 30, 60, 90]),
                 location=rng.choice(_LOCATIONS[language]), breach=rng.choice([24, 36, 48, 72]),
                 audit=rng.choice([10, 15, 20, 30]), assist=rng.choice([5, 10, 15]),
                 erase=rng.choice([30, 60, 90]), cap=f"{rng.choice([50, 100, 250, 500])}.000",
                 court=rng.choice(_TOWNS))
    if edit:
        facts["breach"] = {24: 12, 36: 24, 48: 24, 72: 48}[facts["breach"]]
    document = f"gen-{i:04d}-{language}"
    blocks = [Block("title", words["title"]), Block("para", words["between"]),
              Block("para", words["controller"].format(town=town)), Block("para", words["controller_role"]),
              Block("para", words["and_"]),
              Block("para", words["processor"].format(vendor=vendor, town2=rng.choice(_TOWNS))),
              Block("para", words["processor_role"])]
    # French agreements number paragraphs "§1."; the others "7.1".
    paragraph_style = "§{m}." if language == "fr" else "{n}.{m}"
    article_of = {}
    for n, (title, sentences) in enumerate(_ARTICLES[language], start=1):
        if "{breach}" in "".join(sentences):
            article_of["breach"] = n
        if "{audit}" in "".join(sentences):
            article_of["audit"] = n
        blocks.append(Block("heading", words["article"].format(n=n, title=title)))
        for m, sentence in enumerate(sentences, start=1):
            extra = rng.sample(_FILLER[language], rng.randint(0, filler)) if filler else []
            text = " ".join([sentence.format(**facts), *extra])
            blocks.append(Block("clause", f"{paragraph_style.format(n=n, m=m)} {text}"))
    day, month = rng.randint(1, 28), rng.choice(words["months"])
    blocks.append(Block("para", words["signed"].format(town=town, day=day, month=month, year=rng.choice([2023, 2024]))))
    subs = rng.sample(_SUPPLIERS, rng.randint(2, 5))
    blocks.append(Block("heading", words["annex"].format(n=1, title=words["annexes"][0])))
    blocks.append(Block("table", rows=(tuple(words["table"]),) + tuple(
        (name, service, rng.choice(_LOCATIONS[language])) for name, service in subs)))
    blocks.append(Block("heading", words["annex"].format(n=2, title=words["annexes"][1])))
    blocks += [Block("para", f"- {measure}") for measure in _SECURITY[language]]
    return Agreement(document, language, town, tuple(blocks), _questions(document, language, facts, article_of))


def write_pdf(agreement: Agreement, path: Path) -> Path:
    """Typeset with reportlab: wrapped paragraphs, a ruled table and a footer on every page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    styles = getSampleStyleSheet()
    footer = _WORDS[agreement.language]["footer"]

    def on_page(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(50, 30, footer.format(town=agreement.town, page=doc.page))

    flow = []
    for block in agreement.blocks:
        if block.kind == "table":
            table = Table([list(row) for row in block.rows])
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
            flow.append(table)
        else:
            style = {"title": "Title", "heading": "Heading3"}.get(block.kind, "BodyText")
            flow.append(Paragraph(escape(block.text), styles[style]))
            if block.kind == "clause":
                flow.append(Spacer(1, 4))
    # invariant=True: no creation date or random id in the file, so the same agreement is the same bytes.
    SimpleDocTemplate(str(path), pagesize=A4, invariant=True, title=agreement.document).build(
        flow, onFirstPage=on_page, onLaterPages=on_page)
    return path


def write_corpus(directory: Path, count: int = 24, filler: int = 2) -> list[Agreement]:
    """`count` agreements as PDFs in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    agreements = [agreement(i, filler=filler) for i in range(count)]
    for item in agreements:
        write_pdf(item, directory / f"{item.document}.pdf")
    return agreements
