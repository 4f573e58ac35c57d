"""One agreement's grid from its clauses: fixtures in nl/fr/en, in the styles agreements are written in."""

from ingest.models import Clause, DocumentInfo, Party
from review.extract import extract_grid


def agreement(title: str, clauses: list[tuple[str, str, str]], signed: str | None = None,
              parties: tuple[Party, ...] = ()):
    info = DocumentInfo("doc", title, parties, (), "doc.txt", "h", "nl", 3, signed=signed)
    made = [Clause("doc", label, None, heading, (heading,), f"{label} {text}", (1, 1), 0, 0, "nl", seq)
            for seq, (label, heading, text) in enumerate(clauses)]
    return info, made


def test_dutch_processing_agreement():
    info, clauses = agreement("Verwerkersovereenkomst", [
        ("4.1", "Subverwerkers", "De Verwerkingsverantwoordelijke verleent de Verwerker een algemene schriftelijke "
                                 "toestemming om subverwerkers in te schakelen."),
        ("4.2", "Subverwerkers", "De Verwerker brengt de Verwerkingsverantwoordelijke ten minste dertig (30) "
                                 "kalenderdagen vooraf op de hoogte van een nieuwe subverwerker."),
        ("6.1", "Datalekken", "De Verwerker meldt elk datalek aan de Verwerkingsverantwoordelijke uiterlijk "
                              "binnen zesendertig (36) uur nadat hij er kennis van heeft genomen."),
        ("6.2", "Datalekken", "De Verwerkingsverantwoordelijke meldt het datalek aan de "
                              "Gegevensbeschermingsautoriteit binnen tweeënzeventig (72) uur."),
        ("9.4", "Einde", "Uiterlijk zestig (60) kalenderdagen na het einde van de overeenkomst verwijdert de "
                         "Verwerker alle persoonsgegevens."),
        ("10.3", "Verzekering", "De Verwerker houdt een verzekering aan voor een bedrag van EUR 2.500.000 per "
                                "schadegeval."),
        ("11.1", "Toepasselijk recht", "Deze overeenkomst wordt beheerst door het Belgisch recht."),
        ("11.2", "Geschillen", "Elk geschil behoort tot de uitsluitende bevoegdheid van de rechtbank van "
                               "eerste aanleg Antwerpen."),
    ], signed="2024-02-14")
    grid = extract_grid(info, clauses)
    assert grid.kind == "processing"
    values = {c.item: (c.value, c.clause) for c in grid.cells if c.status == "stated"}
    assert values["subprocessor_authorisation"] == ("general", "4.1")
    assert values["subprocessor_notice"] == ("30 days", "4.2")
    # the processor's duty towards the controller, not the controller's towards the authority (the sibling)
    assert values["breach_notice"] == ("36 hours", "6.1")
    assert grid.cell("breach_notice").data["hours"] == 36
    assert values["deletion_period"] == ("60 days", "9.4")
    assert values["governing_law"] == ("BE", "11.1") and values["court"] == ("Antwerpen", "11.2")
    # an insured amount is no liability cap: the agreement is silent on the cap, and the grid says so
    assert grid.cell("liability_cap").status == "not stated" and grid.cell("liability_cap").quote is None
    assert grid.cell("transfers").status == "not stated"
    assert values["signature_date"][0] == "2024-02-14"


def test_french_transfers_and_english_nda():
    info, clauses = agreement("Convention de sous-traitance", [
        ("6.1", "Localisation des données", "Les données sont hébergées exclusivement dans des centres de données "
                                            "situés dans l'Union européenne."),
        ("6.2", "Transferts", "Le sous-traitant ultérieur établi au Canada peut accéder aux données de support; ce "
                              "transfert est fondé sur la décision d'adéquation de la Commission européenne."),
        ("8.1", "Violations de données", "Le sous-traitant notifie au responsable toute violation de données dans "
                                         "les quarante-huit (48) heures après en avoir pris connaissance."),
    ])
    grid = extract_grid(info, clauses)
    transfers = grid.cell("transfers")
    assert (transfers.value, transfers.clause, transfers.data["basis"]) == ("CA", "6.2", ["adequacy"])
    assert grid.cell("breach_notice").value == "48 hours"

    info, clauses = agreement("Mutual Non-Disclosure Agreement", [
        ("8.1", "Term", "This Agreement remains in force for a period of three (3) years. Either Party may "
                        "terminate it by giving thirty (30) days' written notice."),
        ("11.2", "Jurisdiction", "Any dispute shall be submitted exclusively to the courts of Leuven."),
    ])
    grid = extract_grid(info, clauses)
    assert grid.kind == "nda"
    assert grid.cell("breach_notice").status == "not applicable"
    assert (grid.cell("term").value, grid.cell("termination_notice").value) == ("3 years", "30 days")
    assert grid.cell("court").value == "Leuven"


def test_a_sub_processor_table_across_two_pages_counts_each_row_once():
    info, clauses = agreement("Verwerkersovereenkomst", [
        ("Bijlage 2", "Subverwerkers",
         "– Subverwerkers\n"
         "Subverwerker | Vestiging | Dienst\n"
         "Datacentrum Zuid nv | Halle, België | Hosting\n"
         "Kluis GmbH | Frankfurt, Duitsland | Back-up van de\n"
         " | | productieomgeving\n"
         "Subverwerker | Vestiging | Dienst\n"  # the header again on the next page
         "Hulplijn Pvt Ltd | Pune, India | Ondersteuning op afstand"),
    ])
    cell = extract_grid(info, clauses).cell("subprocessor_list")
    assert (cell.value, cell.clause, cell.data["count"]) == ("3: BE, DE, IN", "Bijlage 2", 3)
    assert cell.quote.startswith("Subverwerker | Vestiging") and cell.quote.endswith("Ondersteuning op afstand")


def test_a_court_is_a_place_named_after_the_court_not_a_party_a_court_order_concerns():
    order = ("3", "Disclosure", "If a court of competent jurisdiction orders disclosure, the Recipient shall notify "
                                "the Discloser and disclose only what is required by law.")
    disputes = ("8", "Disputes", "Any dispute shall be submitted to the exclusive jurisdiction of the courts of "
                                 "Leuven.")
    grid = extract_grid(*agreement("Non disclosure agreement", [order, disputes]))
    assert grid.kind == "nda" and (grid.cell("court").value, grid.cell("court").clause) == ("Leuven", "8")
    assert extract_grid(*agreement("Non disclosure agreement", [order])).cell("court").status == "not stated"


def test_the_regulations_specific_or_general_gives_way_to_the_agreements_choice():
    info, clauses = agreement("Verwerkersovereenkomst", [
        ("4.1", "Subverwerkers", "De Verwerker neemt geen andere verwerker in dienst zonder voorafgaande specifieke "
                                 "of algemene schriftelijke toestemming van de Verwerkingsverantwoordelijke."),
        ("4.2", "Subverwerkers", "De Verwerkingsverantwoordelijke verleent hierbij een algemene schriftelijke "
                                 "toestemming voor het inschakelen van subverwerkers.")])
    cell = extract_grid(info, clauses).cell("subprocessor_authorisation")
    assert (cell.value, cell.clause) == ("general", "4.2")
    only_the_regulation = extract_grid(info, clauses[:1]).cell("subprocessor_authorisation")
    assert (only_the_regulation.value, only_the_regulation.clause) == ("specific or general", "4.1")


def test_a_surviving_clause_is_no_term_and_effectiveness_is_no_purpose():
    info, clauses = agreement("Verwerkersovereenkomst", [
        ("1.1", "Voorwerp", "Deze overeenkomst regelt de verwerking van persoonsgegevens door de Verwerker."),
        ("2.2", "Doel", "De verwerking heeft tot doel de aanvragen van burgers te behandelen."),
        ("3.1", "Duur", "Deze overeenkomst loopt samen met de opdracht."),
        ("3.2", "Duur", "De artikelen 5 en 6 blijven van kracht na beëindiging van de overeenkomst."),
        ("5.3", "Beveiliging", "De Verwerker evalueert de doeltreffendheid van de verwerking en van de maatregelen "
                               "jaarlijks."),
        ("5.4", "Beveiliging", "De Verwerker beschikt over een ISO 27001-certificaat waarvan het toepassingsgebied "
                               "de hosting van de verwerking omvat.")])
    grid = extract_grid(info, clauses)
    assert grid.cell("term").clause == "3.1" and grid.cell("nature_purpose").clause == "2.2"
    assert grid.cell("subject_matter").clause != "5.4"  # a certificate's scope is not the agreement's


def test_sub_processors_named_in_a_sentence_and_only_the_processors_own_officer():
    info, clauses = agreement("Data processing schedule", [
        ("4.1", "Sub-processors", "The Supplier shall not engage any sub-processor without the prior specific "
                                  "written authorisation of the Council."),
        ("4.2", "Sub-processors", "The Council authorises Nimbus Cloud Services Limited, Dublin, Ireland, to host "
                                  "the platform."),
        ("10.4", "General", "The Council's data protection officer, Alan Reeve, is the Council's contact for this "
                            "Schedule."),
    ], parties=(Party("Marlow Vale District Council", "controller", ("Council",)),
                Party("Tessellate Analytics Limited", "processor", ("Supplier",))))
    grid = extract_grid(info, clauses)
    assert grid.kind == "processing"
    cell = grid.cell("subprocessor_list")
    assert (cell.status, cell.value, cell.clause) == ("stated", "1: IE", "4.2")
    assert grid.cell("subprocessor_authorisation").value == "specific"
    # the controller's officer is no answer for the processor's
    assert grid.cell("dpo").status == "not stated"
    # a sentence naming only the processor itself lists no sub-processor
    info2, clauses2 = agreement("Data processing schedule", [
        ("4.1", "Sub-processors", "Tessellate Analytics Limited shall not engage any sub-processor without the "
                                  "prior written authorisation of the Council.")], parties=info.parties)
    assert extract_grid(info2, clauses2).cell("subprocessor_list").status == "not stated"


def test_french_duties_in_other_words_and_a_list_opened_by_a_line_of_its_own():
    info, clauses = agreement("Contrat relatif au traitement de données", [
        ("4(2)", "Obligations du Sous-traitant", "Il veille à ce que les membres de son personnel qui ont accès aux "
                                                 "données soient tenus au secret."),
        ("5(4)", "Sous-traitance ultérieure", "Les sous-traitants ultérieurs autorisés sont :\n"
                                              "a) Ardenne Cloud SA, Marche-en-Famenne (Belgique), hébergement ;\n"
                                              "b) Mailjoy SAS, Paris (France), envoi des courriels."),
        ("7", "Demandes des citoyens", "Lorsqu'un citoyen demande à effacer ses données, le Sous-traitant fournit à "
                                       "la Commune, dans les cinq jours ouvrables, les extraits nécessaires."),
        ("9", "Contrôles", "La Commune peut vérifier sur place le respect du présent contrat, moyennant un préavis "
                           "de dix jours ouvrables."),
        ("11(2)", "Fin du contrat", "Il détruit ensuite toutes les copies existantes dans un délai d'un mois."),
    ])
    grid = extract_grid(info, clauses)
    assert grid.cell("confidentiality").clause == "4(2)"
    assert grid.cell("subprocessor_list").value == "2: BE, FR"  # the line opening the list is no row
    assert (grid.cell("audit").value, grid.cell("audit").clause) == ("10 working days", "9")
    # the end of the contract named by the heading: a citizen's request to erase is no deletion at the end
    assert (grid.cell("deletion_period").value, grid.cell("deletion_period").clause) == ("1 month", "11(2)")


def test_an_annex_that_states_the_data_beats_the_sentence_pointing_to_it_and_a_term_that_runs_with_a_contract():
    """Own agreement (Oudenhoeve, written blind): "de soorten persoonsgegevens … staan in Bijlage 1" was quoted for
    the data and the data subjects instead of Bijlage 1's rows; "Deze overeenkomst loopt zolang de overheidsopdracht
    loopt" was no term, so the article's first paragraph was quoted under its heading "Voorwerp en duur"."""
    info, clauses = agreement("Verwerkingsovereenkomst", [
        ("1.1", "Voorwerp en duur", "Deze overeenkomst regelt de verwerking van persoonsgegevens door de Verwerker "
                                    "bij het aanbieden van de afsprakenmodule Loketwijzer."),
        ("1.2", "Voorwerp en duur", "De aard en de doeleinden van de verwerking, de soorten persoonsgegevens en de "
                                    "categorieën van betrokkenen staan in Bijlage 1."),
        ("1.3", "Voorwerp en duur", "Deze overeenkomst loopt zolang de overheidsopdracht BZ/2025/04 loopt en "
                                    "eindigt van rechtswege bij het einde ervan."),
        ("Bijlage 1", "Beschrijving van de verwerking",
         "| Onderdeel | Beschrijving |\n| Categorieën van betrokkenen | inwoners die een afspraak maken |\n"
         "| Soorten persoonsgegevens | naam, e-mailadres, gsm-nummer |"),
    ])
    grid = extract_grid(info, clauses)
    assert grid.cell("data_types").clause == "Bijlage 1" and "gsm-nummer" in grid.cell("data_types").quote
    assert grid.cell("data_subjects").clause == "Bijlage 1"
    assert grid.cell("term").clause == "1.3"


def test_annex_rows_and_columns_in_other_words_and_a_decision_notified():
    """Own agreements written blind in the twelfth session: "Categories of data | Name, e-mail address, …" and a
    column "Catégorie de personnes" were no annex rows for the data and the data subjects (the sentence pointing to
    the annex was quoted); "La Commune notifie sa décision dans les vingt jours de la demande" was no objection
    period."""
    info, clauses = agreement("Data processing agreement", [
        ("2.2", "Scope", "The subject matter, nature, purpose, categories of data and data subjects are set out in "
                         "Annex I."),
        ("Annex I", "Description of the processing",
         "| Item | Description |\n| Data subjects | Residents who take part in surveys |\n"
         "| Categories of data | Name, e-mail address, postcode, survey answers |"),
    ])
    grid = extract_grid(info, clauses)
    assert grid.cell("data_types").clause == "Annex I" and "postcode" in grid.cell("data_types").quote
    info, clauses = agreement("Convention de sous-traitance", [
        ("2", "Description", "Les catégories de personnes concernées et de données sont décrites à l'Annexe I."),
        ("7 §1", "Sous-traitants ultérieurs", "Le Sous-traitant ne recrute aucun sous-traitant ultérieur sans "
                                              "l'autorisation écrite préalable et spécifique de la Commune."),
        ("7 §3", "Sous-traitants ultérieurs", "Toute demande d'autorisation est adressée à la Commune au moins "
                                              "trente jours avant le recours au nouveau sous-traitant ultérieur. La "
                                              "Commune notifie sa décision dans les vingt jours de la demande."),
        ("Annexe I", "Description du traitement",
         "| Catégorie de personnes | Données | Finalité |\n| Élèves | nom, classe, allergies | repas adaptés |\n"
         "| Parents | nom, adresse | facturation |"),
    ])
    grid = extract_grid(info, clauses)
    assert grid.cell("data_subjects").clause == "Annexe I"
    assert (grid.cell("subprocessor_objection").value, grid.cell("subprocessor_objection").clause) == (
        "20 days", "7 §3")


def test_an_indefinite_term_in_french_and_english_duties_in_other_words():
    """Twelfth session (written blind): "conclue pour une durée indéterminée" after its start date yielded to the
    return's sixty days under the heading "Durée et fin"; "No Personal Data shall be transferred outside the EEA",
    "The Authority authorises the Processor to engage …" and "if the Authority objects within ten (10) Business
    Days" were not read."""
    info, clauses = agreement("Convention", [
        ("8.1", "Durée et fin", "La présente convention prend effet le 1er novembre 2026 et est conclue pour une durée "
                                "indéterminée."),
        ("8.3", "Durée et fin", "À la fin de la convention, le Prestataire restitue les images dans les soixante "
                                "jours."),
    ])
    term = extract_grid(info, clauses).cell("term")
    assert (term.value, term.clause) == ("stated", "8.1")
    info, clauses = agreement("Data processing agreement", [
        ("3.1", "Sub-processors", "The Authority authorises the Processor to engage the sub-processors listed in "
                                  "Schedule 3."),
        ("3.2.2", "Sub-processors", "not make such change if the Authority objects within ten (10) Business Days of "
                                    "being informed."),
        ("7.1", "Location of processing", "The Personal Data shall be processed in Germany and Finland only. No "
                                          "Personal Data shall be transferred outside the European Economic Area."),
    ])
    grid = extract_grid(info, clauses)
    assert grid.cell("subprocessor_authorisation").value == "general"
    assert (grid.cell("subprocessor_objection").value, grid.cell("subprocessor_objection").clause) == (
        "10 working days", "3.2.2")
    assert (grid.cell("transfers").value, grid.cell("transfers").clause) == ("none", "7.1")



def test_end_of_processing_in_words_the_items_did_not_know():
    """Found by blind agreements (thirteenth session): backups "effacées" twelve months after the end, a return
    as "bezorgt … alle meldingen … aan de Verwerkingsverantwoordelijke", a term that "ends when the framework
    agreement ends", and the UK as a place of processing whose clause gives the transfer its adequacy decision."""
    info, clauses = agreement("Verwerkersovereenkomst", [
        ("9", "Sort des données", "Au terme de la convention, Solfeo détruit les données dans les trois mois. "
                                  "Les sauvegardes sont effacées au plus tard douze mois après la fin de la "
                                  "convention."),
        ("10.1", "Einde van de verwerking", "Bij het einde van de overeenkomst bezorgt de Verwerker alle meldingen "
                                            "met hun bijlagen aan de Verwerkingsverantwoordelijke binnen 30 dagen."),
        ("A3", "", "This Agreement enters into force on 1 February 2026 and ends when the framework agreement "
                   "ends."),
        ("C4", "", "The Supplier processes personal data in the United Kingdom, on the basis of the adequacy "
                   "decision adopted by the European Commission under Article 45 GDPR."),
        ("C5", "", "Twilio Inc. sends text messages from the United States under the standard contractual "
                   "clauses."),
    ])
    grid = extract_grid(info, clauses, kind="processing")
    values = {c.item: (c.value, c.clause) for c in grid.cells if c.status == "stated"}
    assert values["backup_retention"] == ("12 months", "9")
    assert values["return_period"] == ("30 days", "10.1")
    assert values["term"] == ("stated", "A3")
    assert values["transfers"][0] == "GB, US"


def test_a_request_forwarded_is_no_return():
    info, clauses = agreement("Verwerkersovereenkomst", [
        ("9", "Rechten van de betrokkenen", "Een verzoek dat Iristel rechtstreeks ontvangt, bezorgt zij binnen "
                                            "drie werkdagen aan het OCMW."),
    ])
    grid = extract_grid(info, clauses, kind="processing")
    assert grid.cell("return_period").status != "stated"


def test_a_data_subjects_own_end_is_no_deletion_at_the_end_of_the_agreement():
    """Found by a blind agreement (thirteenth session): subscribers' data deleted "één jaar na het einde van hun
    abonnement" was read as the deletion at the end of the agreement, before the 90 days that are."""
    info, clauses = agreement("Verwerkersovereenkomst", [
        ("9", "Bewaring en einde", "Gegevens van abonnees worden één jaar na het einde van hun abonnement "
                                   "verwijderd. Bij het einde van de overeenkomst bezorgt de Verwerker de Gemeente "
                                   "een volledige export binnen 14 dagen en vernietigt hij daarna alle gegevens "
                                   "binnen 90 dagen."),
    ])
    grid = extract_grid(info, clauses, kind="processing")
    assert grid.cell("deletion_period").value == "90 days"


def test_the_controller_named_by_the_kind_of_body_it_is_has_no_officer_for_the_processor():
    info, clauses = agreement("Verwerkersovereenkomst", [
        ("13.1", "Contactpersonen", "De functionaris voor gegevensbescherming van de gemeente is mevrouw Sofie "
                                    "Claeys (dpo@kapelhoek.be)."),
        ("14.1", "Geschillen", "Deze overeenkomst wordt beheerst door het Belgisch recht.")],
        parties=(Party("de gemeente Kapelhoek", "controller", ("de verwerkingsverantwoordelijke",)),
                 Party("Lumiq bv", "processor", ("de verwerker",))))
    assert extract_grid(info, clauses).cell("dpo").status == "not stated"
    french, clauses = agreement("Verwerkersovereenkomst", [
        ("13", "Délégué", "Le délégué à la protection des données de la Commune est Madame Carine Jacquemin. "
                          "Celui d'Optimo Mobilité SRL est Monsieur Paul Renard.")],
        parties=(Party("Commune de Val-d'Ourthe", "controller", ()), Party("Optimo Mobilité SRL", "processor", ())))
    assert extract_grid(french, clauses).cell("dpo").value == "Paul Renard"


def test_a_term_the_agreement_continues_for_beats_a_processing_for_the_duration_of_another():
    info, clauses = agreement("Data processing agreement", [
        ("3", "Scope of the Processing", "The Processor processes personal data only to register complaints, for "
                                         "the duration of the services agreement."),
        ("18", "Term and Termination", "This Agreement takes effect on 1 May 2027 and continues for three years.")])
    cell = extract_grid(info, clauses).cell("term")
    assert (cell.value, cell.clause) == ("3 years", "18")
    # obligations that "shall continue for" a time after the end are no term of the agreement
    _, survival = agreement("Non-disclosure agreement", [
        ("14", "General", "All obligations of Receiving Party under the terms of this Agreement shall continue for a "
                          "period of five years from the date of this Agreement.")])
    assert extract_grid(info, survival).cell("term").status == "not stated"


def test_the_nature_said_by_what_the_processor_does_and_sub_processors_listed_a_line_each():
    info, clauses = agreement("Verwerkersovereenkomst", [
        ("1.1", "Voorwerp", "De Verwerker digitaliseert de papieren bouwdossiers van de Gemeente, indexeert ze en "
                            "bewaart de digitale dossiers in zijn archiefplatform."),
        ("Bijlage 1", "Subverwerkers", "Bijlage 1. – Subverwerkers\nScanpoint Ltd, Manchester (Verenigd Koninkrijk): "
                                       "indexering van gescande\ndossiers.\nArchivault nv, Mechelen (België): opslag "
                                       "van de papieren dossiers.")],
        parties=(Party("de gemeente Rivierenland", "controller", ("de Gemeente",)),
                 Party("Docuflow nv", "processor", ("de Verwerker",))))
    grid = extract_grid(info, clauses)
    nature = grid.cell("nature_purpose")
    assert (nature.status, nature.clause) == ("stated", "1.1")
    assert nature.confidence < grid.cell("subject_matter").confidence
    assert (grid.cell("subprocessor_list").value, grid.cell("subprocessor_list").clause) == ("2: BE, GB", "Bijlage 1")
    # a subject matter that says nothing the processor does is no nature of the processing
    _, bare = agreement("Verwerkersovereenkomst", [
        ("1.1", "Voorwerp", "Deze overeenkomst heeft als voorwerp de bouwdossiers van de Gemeente.")])
    assert extract_grid(info, bare).cell("nature_purpose").status == "not stated"


def test_a_return_and_a_deletion_in_one_sentence_keep_their_own_periods():
    """Found by a blind agreement (sixteenth session): "return … in a commonly used machine-readable format within
    fifteen (15) days of the Customer's request, and delete all remaining copies within forty-five (45) days of
    termination" gave the return the deletion's 45 days (the return verb stands far from its period; "of
    termination" follows the other)."""
    sentences = {
        "en": "On termination of the Principal Agreement the Supplier shall, at the Customer's choice, return "
              "Customer Personal Data in a commonly used machine-readable format within fifteen (15) days of the "
              "Customer's request, and delete all remaining copies within forty-five (45) days of termination.",
        "nl": "Bij het einde van de overeenkomst geeft de Verwerker de persoonsgegevens op verzoek van de Gemeente "
              "terug in een gangbaar en machineleesbaar formaat binnen vijftien dagen na dat verzoek, en vernietigt "
              "hij alle overige kopieën binnen vijfenveertig dagen na het einde.",
        "fr": "À la fin du contrat, le Prestataire restitue les données à caractère personnel dans un format "
              "structuré et couramment utilisé dans un délai de quinze jours à compter de la demande, et supprime "
              "toutes les copies restantes dans un délai de quarante-cinq jours après la fin du contrat.",
    }
    for language, sentence in sentences.items():
        info, clauses = agreement("Verwerkersovereenkomst", [("10.1", "Return and deletion", sentence)])
        grid = extract_grid(info, clauses, kind="processing")
        assert (grid.cell("return_period").value, grid.cell("deletion_period").value) == ("15 days", "45 days"), \
            language


def test_found_by_the_sixteenth_sessions_blind_agreements():
    """The data "De verwerkte gegevens zijn de naam, …" (no colon; not "… zijn en blijven eigendom van …"), "No
    personal data are transferred outside the European Economic Area" as no transfer, and a clause under a heading
    that is only "PURPOSE" as the subject matter."""
    from pathlib import Path

    from ingest.parse import parse_document

    text = ("DATA PROCESSING AGREEMENT\nThis Agreement is made between the City of Aalter (the \"City\") and Dockly NV "
            "(the \"Processor\").\n1. PURPOSE\n1.1 The Processor operates the port community system and processes "
            "personal data on the City's behalf for that purpose only.\n2. DATA\n2.1 De verwerkte gegevens zijn de "
            "naam, de contactgegevens en het rijksregisternummer van de burger.\n2.2 De verwerkte gegevens zijn en "
            "blijven eigendom van de Stad.\n3. TRANSFERS\n3.1 All personal data are processed in Belgium. No "
            "personal data are transferred outside the European Economic Area.\n")
    parsed = parse_document(Path("dpa.txt"), text.encode())
    grid = extract_grid(parsed.info, list(parsed.clauses), kind="processing")
    assert (grid.cell("subject_matter").status, grid.cell("subject_matter").clause) == ("stated", "1.1")
    assert (grid.cell("data_types").status, grid.cell("data_types").clause) == ("stated", "2.1")
    assert (grid.cell("transfers").value, grid.cell("transfers").clause) == ("none", "3.1")
