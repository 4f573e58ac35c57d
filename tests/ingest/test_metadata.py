from ingest.labels import labels_match, normalize_label
from ingest.metadata import find_dates, find_parties, roles_from_text, signature_date
from ingest.parse import parse_document

from ..conftest import CORPUS


def test_sample_parties_with_roles():
    path = CORPUS / "koekelare-digitaal-vlaanderen-vip.txt"
    info = parse_document(path, path.read_bytes()).info
    roles = {p.name: p.role for p in info.parties}
    assert roles == {"Lokaal bestuur Koekelare": "controller", "Agentschap Digitaal Vlaanderen": "processor"}
    assert info.dates[0] == "2022-12-19"
    assert "Koekelare" in info.title and "Digitaal Vlaanderen" in info.title


def test_group_of_controllers_and_aliases():
    path = CORPUS / "gent-inetum-meldjeaan.txt"
    info = parse_document(path, path.read_bytes()).info
    parties = {p.name: p for p in info.parties}
    assert parties["Inetum Belgium NV"].role == "processor"
    assert parties["Schoolbestuur Stad Gent"].role == "controller"
    assert "Stad Gent" in parties["Schoolbestuur Stad Gent"].aliases
    assert len(info.parties) == 5


def test_french_and_english_parties(english_pdf, french_pdf):
    en = parse_document(english_pdf, english_pdf.read_bytes()).info
    assert [(p.name, p.role) for p in en.parties] == [("City of Northbridge", "controller"),
                                                     ("Acme Cloud Ltd", "processor")]
    fr = parse_document(french_pdf, french_pdf.read_bytes()).info
    assert [(p.name, p.role) for p in fr.parties] == [("La Commune de Beauval", "controller"), ("Nuage SA", "processor")]
    assert fr.dates == ("2023-05-05",)


def test_parties_without_roles():
    parties = find_parties("AGREEMENT\nBETWEEN\nAlpha NV, with offices in Gent;\nAND\nBeta BV, with offices in Delft;\n"
                           "The parties agree as follows.")
    assert [(p.name, p.role) for p in parties] == [("Alpha NV", None), ("Beta BV", None)]


def test_dates_in_three_languages():
    assert find_dates("op 19.12.2022, le 1er mars 2023, on 4 July 2024 and 2025-01-31; not XX XXX 2025") == [
        "2022-12-19", "2023-03-01", "2024-07-04", "2025-01-31"]
    assert find_dates("Signed on March 3, 2025; Brussel, 12 mrt. 2025; le 1 er févr. 2025") == [
        "2025-03-03", "2025-03-12", "2025-02-01"]
    # as NDAs and templates write them: "the 30th day of April, 2024", a blank filled in, "23 August, 2019"
    assert find_dates("made this 30th day of April, 2024; this _11th__ day of ___August____, 2015__; on 23 August, "
                      "2019; le 7 janv. 2025") == ["2024-04-30", "2015-08-11", "2019-08-23", "2025-01-07"]


def test_an_agreement_is_signed_when_its_last_party_signs():
    block = ("Artikel 9 – Slot\nBelgisch recht.\nGetekend te Gent in twee exemplaren.\nVoor de Stad: Gent, 14 mei 2024\n"
             "Voor de Verwerker: Antwerpen, 23 mei 2024\n")
    assert signature_date(block) == "2024-05-23"
    assert signature_date("Signatures\n• Date: June 16, 2025\n• Date: June 24, 2025\n") == "2025-06-24"


def test_label_matching_rules():
    assert normalize_label("Artikel 7.3") == "7.3" and normalize_label("BIJLAGE 2") == "bijlage 2"
    assert labels_match("7", "7.3") and labels_match("8 §1", "Art. 8") and labels_match("Clause 6.2", "6")
    assert not labels_match("7", "17") and not labels_match("7.3", "7.4") and not labels_match("Bijlage 1", "Bijlage 12")


def test_the_title_is_the_first_line_that_names_an_agreement_and_reads_as_a_title():
    from ingest.metadata import find_title

    assert find_title("Protocol voor de mededeling van\npersoonsgegevens\ntussen het agentschap en het OCMW\n"
                      "Afgesloten overeenkomstig artikel 8 van het decreet", "x") == \
        "Protocol voor de mededeling van persoonsgegevens"
    assert find_title("- Verwerkersovereenkomst bijlage.pdf (deel van de beslissing)\nDe partijen sluiten deze "
                      "overeenkomst.\nVERWERKINGSOVEREENKOMST\nTUSSEN:", "x") == "Verwerkingsovereenkomst"
    assert find_title("Convention de sous-traitance au sens de l'article\n28 du RGPD\nENTRE :", "x") == \
        "Convention de sous-traitance au sens de l'article 28 du RGPD"
    assert find_title("Accord de traitement\n19.12.2022\nENTRE :", "x") == "Accord de traitement"
    assert find_title("# Data Processing Agreement\n\nThis DPA forms part of the agreement.", "x") == \
        "Data Processing Agreement"
    assert find_title("# Gebruiksvoorwaarden voor Websites\n", "x") == "Gebruiksvoorwaarden voor Websites"
    assert find_title("If you joined our program, the following terms apply.\n", "fallback") == "fallback"
    # a part of another agreement titled by its first line in capitals; an annex heading further down is no title
    assert find_title("DATA PROCESSING SCHEDULE\n\nThis Schedule forms part of the Master Services Agreement:\n",
                      "x") == "Data processing schedule"
    assert find_title("Gemeente Lindendaal\nBIJLAGE 2 – SUBVERWERKERS\n", "fallback") == "fallback"


def test_parties_listed_under_a_parties_heading_with_role_labels():
    from ingest.metadata import find_parties

    dutch = ("Protocol voor de mededeling van persoonsgegevens\nPartijen\nDe verstrekkende instantie:\n"
             "Het Vlaams Agentschap Energie- en Woonsteun, afgekort \"VAEW\",\nmet zetel te Leopoldsplein 12,\n"
             "hierna \"de verstrekkende instantie\" of \"VAEW\";\nDe ontvangende instantie:\n"
             "Het OCMW Hasselbeke, met zetel te Marktplein 1,\nhierna \"de ontvangende instantie\";\n"
             "hierna samen \"de partijen\".\nAanhef\nGelet op de Verordening (EU) 2016/679,")
    parties = find_parties(dutch)
    assert [p.name for p in parties] == ["Het Vlaams Agentschap Energie- en Woonsteun", "Het OCMW Hasselbeke"]
    assert "VAEW" in parties[0].aliases
    french = ("Les parties :\nLe Fournisseur :\nLa société Alpha SA, dont le siège est situé rue Haute 1,\n"
              "ci-après « le Fournisseur » ;\nLe Client :\nLa Ville de Beta, représentée par son collège,\n"
              "ci-après « la Ville » ;\nci-après ensemble « les Parties ».")
    assert [p.name for p in find_parties(french)] == ["Alpha SA", "La Ville de Beta"]


def test_parties_between_the_undersigned_numbered_and_with_inline_aliases():
    french = ("Accord de traitement\nENTRE LES SOUSSIGNÉS :\nLa Commune de Valbrune, collectivité territoriale,\n"
              "représentée par sa Maire,\nci-après dénommée « la Ville » ou « le Responsable de traitement »,\n"
              "d'une part,\nET :\nLa société à responsabilité limitée Paiecalc SRL, dont le siège est situé à Namur,\n"
              "ci-après dénommée « le Prestataire » ou « le Sous-traitant »,\nd'autre part,\n"
              "ci-après dénommées ensemble « les Parties ».\nPréambule\nLa Ville a engagé un programme.")
    assert [(p.name, p.role) for p in find_parties(french)] == [("La Commune de Valbrune", "controller"),
                                                                ("Paiecalc SRL", "processor")]
    # numbered under "De ondergetekenden:", with no TUSSEN line; the processor's counterpart is the controller
    dutch = ("Addendum 1\nPartijen\nDe ondergetekenden:\n1. De gemeente Oosterzand, zetelend te Zandam,\n"
             "vertegenwoordigd door haar burgemeester,\nhierna te noemen: \"de Gemeente\";\nen\n"
             "2. Archiefwerk B.V., statutair gevestigd te Zwolle,\nhierna te noemen: \"Verwerker\";\n"
             "hierna gezamenlijk te noemen: \"Partijen\".\nOverwegingen\nPartijen nemen in aanmerking:")
    assert [(p.name, p.role, p.aliases) for p in find_parties(dutch)] == [
        ("De gemeente Oosterzand", "controller", ("de Gemeente",)), ("Archiefwerk B.V.", "processor", ("Verwerker",))]
    english = ("MUTUAL NON-DISCLOSURE AGREEMENT\nBETWEEN:\nKliniek Noord VZW, a non-profit association, represented by\n"
               "Dr A. Peeters (the \"Hospital\");\nAND:\nLumen Analytics BV, a private limited liability company\n"
               "(the \"Company\" or \"Lumen\");\neach a \"Party\" and together the \"Parties\".\nRecitals\n(A) The Hospital")
    assert [(p.name, p.role, p.aliases) for p in find_parties(english)] == [
        ("Kliniek Noord VZW", None, ("Hospital",)), ("Lumen Analytics BV", None, ("Company", "Lumen"))]


def _named(preamble: str) -> list[tuple]:
    return [(p.name, p.role, p.aliases) for p in find_parties(preamble)]


def test_parties_named_in_one_sentence_in_three_languages():
    assert _named("DATA PROCESSING AGREEMENT\nThis Agreement is made on 3 March 2025 between Northwind Ltd, a company\n"
                  "registered in England, whose office is at 1 High St, London (the \"Processor\") and Borough of\n"
                  "Eastham (the \"Controller\").") == [("Northwind Ltd", "processor", ("Processor",)),
                                                      ("Borough of Eastham", "controller", ("Controller",))]
    assert _named("Cette convention est conclue entre la Ville de Namur, représentée par son Collège, ci-après "
                  "dénommée « le responsable du traitement », et la société anonyme Payroll Partners SA, ci-après "
                  "« le sous-traitant ».") == [
        ("Ville de Namur", "controller", ("le responsable du traitement",)),
        ("Payroll Partners SA", "processor", ("le sous-traitant",))]
    assert _named("Deze overeenkomst wordt gesloten tussen de gemeente Maasdijk, hierna: \"Verwerkingsverantwoordelijke\","
                  " en Dataflow B.V., gevestigd te Utrecht, hierna: \"Verwerker\".") == [
        ("gemeente Maasdijk", "controller", ("Verwerkingsverantwoordelijke",)),
        ("Dataflow B.V.", "processor", ("Verwerker",))]
    # "entered into by and between", a name with its legal form cut at the comma, a representative left out
    assert [p.name for p in find_parties(
        "This Data Processing Addendum (“DPA”) is entered into by and between Brightco, Inc., a Delaware\n"
        "corporation (“Brightco”), and Commune de Florichamps (“Customer”), represented by Thibaut Delvaux, Mayor."
    )] == ["Brightco", "Commune de Florichamps"]
    assert [p.name for p in find_parties("BETWEEN Riverside Clinic AND Lumen Imaging Ltd, represented by Sara Holt.")
            ] == ["Riverside Clinic", "Lumen Imaging Ltd"]
    # the "and" of "England and Wales" in the second party's description parts nothing; the one after the first
    # party's alias does
    assert [(p.name, p.role) for p in find_parties(
        "This DPA is entered into between the Municipality of Westerlo (\"Customer\") and Northgate Analytics Ltd, a "
        "company registered in England and Wales with its registered office in Manchester (\"Supplier\")."
    )] == [("Municipality of Westerlo", "controller"), ("Northgate Analytics Ltd", "processor")]
    # of two parties, the one facing the controller (the "Customer") is its processor, however it is introduced
    assert [(p.name, p.role) for p in find_parties(
        "This DPA is entered into by and between the Town of Riverside Heights (\"Customer\") and Lakeshore Cloud "
        "Systems, Inc., a Delaware corporation (\"Lakeshore\")."
    )] == [("Town of Riverside Heights", "controller"), ("Lakeshore Cloud Systems", "processor")]
    # "entered into on <date> by": the date between the verb and the parties (a blind agreement, sixteenth session)
    assert [(p.name, p.role) for p in find_parties(
        "This Data Processing Agreement is entered into on 2 October 2027 by the Westerhaven Port Authority, an "
        "autonomous municipal company, Havenlaan 10, 8380 Westerhaven (the \"Port Authority\"), and Quaymark "
        "Logistics Software NV, Londenstraat 7, 2000 Antwerp (the \"Processor\")."
    )] == [("Westerhaven Port Authority", "controller"), ("Quaymark Logistics Software NV", "processor")]
    # two representatives of one party joined by "en" ("vertegenwoordigd door mevrouw A, …, en de heer B, …")
    assert [(p.name, p.role) for p in find_parties(
        "Tussen het OCMW Tielt, Markt 20, 8700 Tielt, vertegenwoordigd door mevrouw Els Vermeulen, voorzitter, en de "
        "heer Bart Desmet, algemeen directeur, hierna \"het OCMW\", verwerkingsverantwoordelijke,\nen Welzijnsoft NV, "
        "Brugsesteenweg 45, Roeselare, vertegenwoordigd door de heer Koen Lammens, hierna \"de verwerker\", wordt "
        "overeengekomen wat volgt.")] == [("OCMW Tielt", "controller"), ("Welzijnsoft NV", "processor")]
    # the parties open the sentence; the title line above it is no party
    assert [p.name for p in find_parties("VERWERKERSOVEREENKOMST\nDe Gemeente Lindendal en Zaakdata B.V. komen het\n"
                                         "volgende overeen.")] == ["Gemeente Lindendal", "Zaakdata B.V."]


def test_a_blank_or_a_description_in_the_party_sentence_is_no_party():
    assert [p.name for p in find_parties(
        "THIS AGREEMENT is made on the ____ day of ____ 2015 between ______________, a company incorporated in\n"
        "Singapore (hereinafter referred to as “the Company”) of the one part and ALEXANDRA HEALTH PTE LTD, a\n"
        "company incorporated in Singapore (hereinafter referred to as “AHPL”) of the other part.")] == [
        "ALEXANDRA HEALTH PTE LTD"]
    assert [p.name for p in find_parties(
        "This DPA forms part of the Master Subscription Agreement between Brightco, Inc. (\"Brightco\") and the "
        "customer identified in the Order Form (\"Customer\").")] == ["Brightco"]
    assert find_parties("The Recipient agrees to keep the information confidential.") == []


def test_numbered_parties_whose_and_ends_a_line_and_inline_parties_after_a_colon():
    english = ("DATA PROCESSING AGREEMENT\nBETWEEN:\n(1) WESTMARSH DISTRICT COUNCIL, a local authority, acting as\n"
               "controller (the \"Council\"); and\n(2) LANTERN PAYROLL LIMITED, a company registered in England,\n"
               "acting as processor (the \"Supplier\"),\neach a \"Party\" and together the \"Parties\".\nBackground\n"
               "(A) The Council has appointed the Supplier.")
    assert _named(english) == [("WESTMARSH DISTRICT COUNCIL", "controller", ("Council",)),
                               ("LANTERN PAYROLL LIMITED", "processor", ("Supplier",))]
    # the roles as each party's description states them; semicolons part the parties, so "Mayor, and Joris …"
    # is a second representative, no third party
    inline = ("This Addendum is entered into by and between:\nQuillform, Inc., a Delaware corporation, represented by\n"
              "Dana Reyes, acting as processor (\"Quillform\"); and\nCommune de Verlaine, represented by Anne Roux, "
              "Mayor, and Joris Lenoir,\nDirector-General, acting as controller (\"Customer\").\nBackground\n")
    assert _named(inline) == [("Quillform", "processor", ("Quillform",)),
                              ("Commune de Verlaine", "controller", ("Customer",))]
    # numbered in one sentence after "by and between:"
    numbered = ("DATA PROCESSING AGREEMENT\nThis Agreement is entered into on 1 April 2025 by and between:\n"
                "(1) Northshire County Council, of County Hall, Northshire (the \"Controller\"); and\n"
                "(2) Paylink Services Limited, registered in England under number 01234567 (the \"Processor\").\n")
    assert _named(numbered) == [("Northshire County Council", "controller", ("Controller",)),
                                ("Paylink Services Limited", "processor", ("Processor",))]
    # a party's name in another language, in parentheses after it, is one of its names
    joint = ("ARRANGEMENT\nBETWEEN:\n1. The City of Oostmere (Stad Oostmere), a Belgian municipality, acting as\n"
             "joint controller;\n2. The City of Valmont (Ville de Valmont), acting as joint controller,\n"
             "hereinafter each a \"Party\".\nPreamble\n(A) The Parties run a portal.")
    assert _named(joint) == [("The City of Oostmere", "controller", ("Stad Oostmere",)),
                             ("The City of Valmont", "controller", ("Ville de Valmont",))]


def test_parties_numbered_under_a_heading_and_customer_and_vendor():
    listed = find_parties("DATA PROCESSING AGREEMENT\nPARTIES\n(1) NORTHBRIDGE HOUSING TRUST, a charity registered in "
                          "England (the \"Controller\"); and\n(2) CLOUDPAY LIMITED, a company incorporated in England "
                          "(the \"Processor\").\nBACKGROUND\nThe Controller uses the payroll service.")
    assert [(p.name, p.role) for p in listed] == [("NORTHBRIDGE HOUSING TRUST", "controller"),
                                                  ("CLOUDPAY LIMITED", "processor")]
    # no "the" before the alias, no "and" between the two, a name in capitals followed by its address
    bare = find_parties("DATA SHARING AGREEMENT\nPARTIES\n(1) BRIGHTWATER BOROUGH COUNCIL of Town Hall, Brightwater "
                        "(\"Council\")\n(2) HEALTHLINK CIC, a community interest company (\"Provider\")\nBACKGROUND\n"
                        "(A) The parties wish to share data.")
    assert [(p.name, p.role, p.aliases) for p in bare] == [("BRIGHTWATER BOROUGH COUNCIL", "controller", ("Council",)),
                                                           ("HEALTHLINK CIC", "processor", ("Provider",))]
    undersigned = find_parties("VERWERKERSOVEREENKOMST\nDe ondergetekenden:\n1. Stad Aalst, met zetel te Grote Markt 3, "
                               "hierna \"de Stad\";\n2. Inforsys nv, met zetel te Brussel, hierna \"de Verwerker\";\n"
                               "komen het volgende overeen:")
    assert [(p.name, p.role) for p in undersigned] == [("Stad Aalst", "controller"), ("Inforsys nv", "processor")]
    sides = find_parties("DATA PROCESSING ADDENDUM\nThis Data Processing Addendum forms part of the Master Subscription "
                         "Agreement between Acme Corp. (\"Customer\") and Secoda Inc. (\"Vendor\").")
    assert [(p.name, p.role) for p in sides] == [("Acme Corp.", "controller"), ("Secoda Inc.", "processor")]
    # an NDA's sides are neither
    assert {p.role for p in find_parties("NDA\nBETWEEN\nAlpha NV (the \"Discloser\");\nAND\nBeta BV (the "
                                         "\"Recipient\").\nThe parties agree as follows.")} == {None}


def test_the_word_that_opens_the_parties_is_not_part_of_the_title():
    from ingest.metadata import find_title

    assert find_title("Data Processing Agreement\nbetween\nAlpha NV", "x") == "Data Processing Agreement"
    assert find_title("Gegevensverwerkingsovereenkomst (GVO)\ntussen", "x") == "Gegevensverwerkingsovereenkomst (GVO)"
    assert find_title("VERWERKERSOVEREENKOMST\nin het kader van de AVG\nTUSSEN", "x") == \
        "VERWERKERSOVEREENKOMST in het kader van de AVG"


def test_parties_on_the_line_of_their_separator():
    """"Entre : la Ville de Namur, …" / "Et : Logisoft SA, …", as Belgian conventions write them; a line that only
    begins with "En" or "Et" opens no party."""
    french = ("CONVENTION DE SOUS-TRAITANCE\n\nEntre : la Ville de Namur, représentée par son Collège communal, "
              "ci-après dénommée « la Ville »,\nEt : Logisoft SA, dont le siège est établi à Liège, ci-après dénommée "
              "« le Sous-traitant ».\n\nIl est convenu ce qui suit :")
    assert [(p.name, p.role) for p in find_parties(french)] == [("la Ville de Namur", "controller"),
                                                              ("Logisoft SA", "processor")]
    dutch = ("VERWERKERSOVEREENKOMST\nTussen: Gemeente Lebbeke, hierna \"de Verwerkingsverantwoordelijke\"\nEn: "
             "Rekenhof BV, hierna \"de Verwerker\"\n")
    assert [(p.name, p.role) for p in find_parties(dutch)] == [("Gemeente Lebbeke", "controller"),
                                                             ("Rekenhof BV", "processor")]


def test_parties_listed_with_their_role_label_on_their_own_line():
    """"- **Controller:** City of Bruges, …" under a Parties heading, as Markdown agreements write them: the label
    gives the role, the rest of the line the party."""
    markdown = ("Data Processing Agreement\n\n**Parties**\n\n- **Controller:** City of Bruges, Burg 12, 8000 Brugge "
                "(\"City\")\n- **Processor:** Parkly Ltd, 10 Downing Lane, London (\"Parkly\")\n\n**1. Definitions**")
    assert [(p.name, p.role, p.aliases) for p in find_parties(markdown)] == [
        ("City of Bruges", "controller", ("City",)), ("Parkly Ltd", "processor", ("Parkly",))]
    dutch = ("VERWERKERSOVEREENKOMST\nPartijen\nVerwerkingsverantwoordelijke: Gemeente Ronse, hierna \"de Gemeente\"\n"
             "Verwerker: Dataflux BV, hierna \"Dataflux\"\nOverwegende dat")
    assert [(p.name, p.role) for p in find_parties(dutch)] == [("Gemeente Ronse", "controller"),
                                                             ("Dataflux BV", "processor")]


def test_each_party_signing_on_its_own_line_the_agreement_is_signed_at_the_latest():
    text = ("12.2 The courts of England and Wales shall have exclusive jurisdiction.\n\n"
            "Signed for and on behalf of Eastborough City Council by Mark Hughes, Head of Legal, on 14 January "
            "2025.\n\n"
            "Signed for and on behalf of Caseflow Solutions Limited by Emma Clarke, Director, on 13 January 2025.\n")
    assert signature_date(text) == "2025-01-14"


def test_a_bilingual_preamble_names_each_party_once_with_its_other_language_name():
    preamble = "\n".join([
        "Tussen: het OCMW van Evere, Oudergemlaan 2, 1140 Evere, vertegenwoordigd door de voorzitter, hierna "
        "\"het OCMW\" of \"de verwerkingsverantwoordelijke\";",
        "En: Iristel NV, Koningsstraat 180, 1000 Brussel, vertegenwoordigd door de bestuurder, hierna \"Iristel\" of "
        "\"de verwerker\".",
        "Entre : le CPAS d'Evere, avenue d'Auderghem 2, 1140 Evere, représenté par le président, ci-après « le CPAS » "
        "ou « le responsable du traitement » ;",
        "Et : Iristel SA, rue Royale 180, 1000 Bruxelles, représentée par l'administratrice, ci-après « Iristel » ou "
        "« le sous-traitant ».",
    ])
    parties = find_parties(preamble)
    assert [(p.name, p.role) for p in parties] == [("het OCMW van Evere", "controller"), ("Iristel NV", "processor")]
    assert "le CPAS d'Evere" in parties[0].aliases and "Iristel SA" in parties[1].aliases


def test_four_parties_in_one_language_stay_four():
    preamble = "\n".join([
        "Tussen: de Stad Gent, Botermarkt 1, 9000 Gent, vertegenwoordigd door de burgemeester, hierna \"de Stad\" of "
        "\"verwerkingsverantwoordelijke\";",
        "En: Digipolis Gent, Henri Van Cleemputplein 1, 9000 Gent, vertegenwoordigd door de directeur, hierna "
        "\"de verwerker\";",
        "En: het OCMW Gent, Onderbergen 86, 9000 Gent, vertegenwoordigd door de voorzitter, hierna \"het OCMW\" of "
        "\"verwerkingsverantwoordelijke\";",
        "En: Digipolis Gent Services, Henri Van Cleemputplein 1, 9000 Gent, vertegenwoordigd door de directeur, "
        "hierna \"de subverwerker\" of \"de verwerker\".",
    ])
    assert len(find_parties(preamble)) == 4


def test_a_short_name_in_passing_and_an_alias_whose_quote_wraps():
    """"en abrégé « ISPF »" names the party as "ci-après" does, without ending its block (its role follows); a
    "ci-après « le" / "sous-traitant »" that a PDF line wraps is still the alias."""
    preamble = ("ENTRE : l'Intercommunale de Santé du Pays de Famenne, en abrégé « ISPF », dont le siège est\n"
                "établi rue des Chasseurs 12 à 6900 Marche-en-Famenne, représentée par Madame Claire Dubuisson,\n"
                "directrice générale, ci-après « le responsable du traitement » ;\n"
                "ET : Medilogix SRL, dont le siège est établi avenue de l'Espérance 40 à 6220 Fleurus, inscrite sous\n"
                "le numéro 0734.221.908, représentée par Monsieur Thibaut Warnant, gérant, ci-après « le\n"
                "sous-traitant ».")
    controller, processor = find_parties(preamble)
    assert controller.role == "controller" and "ISPF" in controller.aliases
    assert processor.name == "Medilogix SRL" and processor.role == "processor"
    assert processor.aliases == ("le sous-traitant",)


def test_parties_introduced_by_their_names_take_their_roles_from_whose_behalf_the_data_are_processed():
    """Own agreement (Alertis, written blind): "(ci-après « la Zone »)" and "(ci-après « Alertis »)" say no role;
    "Alertis traite des données … pour le compte de la Zone" does. A signature's "for and on behalf of" both sides
    says nothing."""
    parties = find_parties("Entre\nla Zone de secours Ardenne-Sud, établie rue du Vivier 4 à 6840 Neufchâteau "
                           "(ci-après « la Zone »),\net\nAlertis SA, chaussée de Louvain 431 à 1380 Lasne (ci-après "
                           "« Alertis »).")
    assert [p.role for p in parties] == [None, None]
    text = "1.2. Dans ce cadre, Alertis traite des données à caractère personnel pour le compte de la Zone."
    assert [p.role for p in roles_from_text(parties, text)] == ["controller", "processor"]
    signed = "Signed for and on behalf of the Zone: … Signed for and on behalf of Alertis: …"
    assert [p.role for p in roles_from_text(parties, signed)] == [None, None]
    english = "Alertis processes the personal data on behalf of the Zone de secours Ardenne-Sud."
    assert [p.role for p in roles_from_text(parties, english)] == ["controller", "processor"]


def test_parties_listed_under_a_heading_take_their_roles_from_what_they_act_as():
    """Own agreement (IVAM, written blind): a numbered party list under "PARTIJEN", each party named by its alias
    ("hierna "IVAM""), the roles in a sentence after the list ("IVAM treedt op als verwerkingsverantwoordelijke …;
    Recyclo treedt op als verwerker")."""
    from pathlib import Path

    from ingest.parse import parse_document

    text = ("OVEREENKOMST VOOR DE VERWERKING VAN PERSOONSGEGEVENS\nPARTIJEN\n1. De Intergemeentelijke Vereniging voor "
            "Afvalbeheer Maasland, met zetel te Industrieweg 12, 3630 Maasmechelen, hierna \"IVAM\";\n2. Recyclo "
            "Systems BV, met zetel te Havenlaan 88, 2030 Antwerpen, hierna \"Recyclo\".\nIVAM treedt op als "
            "verwerkingsverantwoordelijke, ook namens de gemeenten; Recyclo treedt op als verwerker.\n1. Onderwerp\n"
            "1.1 Recyclo levert het afvalloket.\n2. Duur\n2.1 Deze overeenkomst loopt drie jaar.\n")
    parsed = parse_document(Path("ivam.txt"), text.encode())
    assert [(p.name, p.role) for p in parsed.info.parties] == [
        ("De Intergemeentelijke Vereniging voor Afvalbeheer Maasland", "controller"),
        ("Recyclo Systems BV", "processor")]
    assert [c.label for c in parsed.clauses] == ["Preamble", "1", "1.1", "2", "2.1"]
    # one side said is enough; two sides saying the same role say nothing
    one = find_parties("Entre\nla Ville de Wavre (ci-après « la Ville »),\net\nNumeria SA (ci-après « Numeria »).")
    assert [p.role for p in roles_from_text(one, "Numeria agit en qualité de sous-traitant.")] == [
        "controller", "processor"]
    assert [p.role for p in roles_from_text(one, "La Ville acts as controller. Numeria acts as controller.")] == [
        None, None]


def test_both_parties_on_the_line_that_opens_with_between():
    """Found by a blind agreement (thirteenth session): "Between: A …; and B …" on one line was one party."""
    parties = find_parties('DATA PROCESSING AGREEMENT\nBetween: the Municipality of Brakelmeer, Dorpsstraat 40, '
                           'represented by Mr Filip Vandamme, Mayor (the "Municipality"); and Orbitly Ltd, a company '
                           'registered in England and Wales, represented by Ms Rachel Whitfield (the "Supplier").\n'
                           'Recitals')
    assert [(p.name, p.role) for p in parties] == [("Municipality of Brakelmeer", "controller"),
                                                   ("Orbitly Ltd", "processor")]


def test_a_line_ending_on_a_legal_form_and_its_full_stop_ends_the_sentence_naming_the_parties():
    """Found by the fourteenth session's blind addendum: "Tussen de Gemeente Hemelrijk en Parkplan nv." / "De
    partijen wijzigen …" made the next sentence part of the processor's name (and so of "Orbitly Ltd." / "The
    parties agree …"); a title's full stop at the end of its line ("Mr." / "John Smith") ends nothing."""
    from ingest.metadata import find_parties

    parties = find_parties("ADDENDUM NR. 1\nTussen de Gemeente Hemelrijk en Parkplan nv.\nDe partijen wijzigen de "
                           "verwerkersovereenkomst van 2 december 2026 als volgt.")
    assert [p.name for p in parties] == ["Gemeente Hemelrijk", "Parkplan nv"]
    parties = find_parties("VARIATION No. 1\nBetween the Municipality of Brakelmeer and Orbitly Ltd.\nThe parties "
                           "agree to vary the Agreement as follows.")
    assert [p.name for p in parties] == ["Municipality of Brakelmeer", "Orbitly Ltd."]
    parties = find_parties("AGREEMENT\nBetween the City of Eastwick, represented by Mr.\nJohn Smith, Mayor, and "
                           "Datawise Ltd, represented by Ms Jane Doe.\nThe parties agree as follows.")
    assert [p.name for p in parties] == ["City of Eastwick", "Datawise Ltd"]


def test_parties_listed_with_degree_numbers_are_each_a_party():
    """Found by a blind agreement (seventeenth session): "1° de Gemeente Tervoort, …" / "2° Mobilix bv, …" under
    "DE ONDERGETEKENDEN:" gave one party named "1° de Gemeente Tervoort", and no processor to route "Mobilix" to."""
    listed = find_parties("VERWERKERSOVEREENKOMST\nDE ONDERGETEKENDEN:\n1° de Gemeente Tervoort, met zetel te Markt 1, "
                          "vertegenwoordigd door de heer Bart Wouters, burgemeester, hierna \"de "
                          "Verwerkingsverantwoordelijke\";\n2° Mobilix bv, met zetel te Vaartstraat 44, 3000 Leuven, "
                          "hierna \"de Verwerker\".\nZIJN OVEREENGEKOMEN WAT VOLGT:\n")
    assert [(p.name, p.role) for p in listed] == [("de Gemeente Tervoort", "controller"), ("Mobilix bv", "processor")]
