"""Every item of the grid on a clause written in Dutch, French and English, as processing agreements word them:
the extractor finds its value in each language (fixtures of our own, not from the development material)."""

import pytest

from ingest.models import Clause, DocumentInfo, Party
from review.extract import extract_grid

# (item, language, clause heading, clause text, expected value)
CASES = [
    ("subject_matter", "nl", "Voorwerp", "De Verwerker verwerkt persoonsgegevens in het kader van het onderhoud van de "
     "burgerzakenapplicatie, voor de duur van de hoofdovereenkomst.", "stated"),
    ("subject_matter", "fr", "Objet", "La présente convention a pour objet de définir les conditions dans "
     "lesquelles le sous-traitant traite des données pour le compte de la commune.", "stated"),
    ("subject_matter", "en", "Subject matter", "The subject matter of the processing is the hosting of the payroll "
     "service for the duration of the Agreement.", "stated"),
    ("nature_purpose", "nl", "Doeleinden", "De verwerking heeft tot doel de aanvragen van burgers te behandelen.",
     "stated"),
    ("nature_purpose", "fr", "Finalités", "Le traitement a pour finalité la gestion des inscriptions scolaires.",
     "stated"),
    ("nature_purpose", "en", "Purpose", "The purpose of the processing is to calculate and pay salaries.", "stated"),
    # what the processing is made of, under a heading that does not say it
    ("nature_purpose", "fr", "Objet", "Le traitement comprend l'hébergement des données, leur sauvegarde et la "
     "maintenance du logiciel.", "stated"),
    ("data_types", "nl", "Gegevens", "De categorieën van persoonsgegevens zijn: naam, adres en "
     "rijksregisternummer.", "stated"),
    ("data_types", "fr", "Données", "Les catégories de données traitées sont : nom, prénom et adresse.", "stated"),
    ("data_types", "en", "Data", "The types of personal data are name, e-mail address and date of birth.", "stated"),
    ("data_subjects", "nl", "Betrokkenen", "De categorieën van betrokkenen zijn de inwoners en de medewerkers van "
     "de gemeente.", "stated"),
    ("data_subjects", "fr", "Personnes concernées", "Les catégories de personnes concernées sont les usagers et les "
     "agents.", "stated"),
    ("data_subjects", "en", "Data subjects", "The categories of data subjects are residents and employees.",
     "stated"),
    ("instructions", "nl", "Instructies", "De Verwerker verwerkt de persoonsgegevens uitsluitend op basis van "
     "schriftelijke instructies van de Verwerkingsverantwoordelijke.", "stated"),
    ("instructions", "fr", "Instructions", "Le sous-traitant traite les données uniquement sur instruction documentée "
     "du responsable du traitement.", "stated"),
    ("instructions", "en", "Instructions", "The Processor shall process Personal Data only on documented instructions "
     "from the Controller.", "stated"),
    ("confidentiality", "nl", "Vertrouwelijkheid", "De Verwerker zorgt ervoor dat de medewerkers die toegang hebben "
     "tot de persoonsgegevens tot geheimhouding verplicht zijn.", "stated"),
    ("confidentiality", "fr", "Confidentialité", "Le sous-traitant veille à ce que les personnes autorisées à traiter "
     "les données s'engagent à respecter la confidentialité.", "stated"),
    ("confidentiality", "en", "Personnel", "The Processor ensures that persons authorised to process the personal "
     "data are bound by confidentiality.", "stated"),
    ("security", "nl", "Beveiliging", "De Verwerker neemt passende technische en organisatorische maatregelen om de "
     "persoonsgegevens te beveiligen.", "stated"),
    ("security", "fr", "Sécurité", "Le sous-traitant met en œuvre les mesures techniques et organisationnelles "
     "appropriées.", "stated"),
    ("security", "en", "Security", "The Processor implements appropriate technical and organisational measures.",
     "stated"),
    ("subprocessor_authorisation", "nl", "Subverwerkers", "De Verwerker mag geen subverwerker inschakelen zonder "
     "voorafgaande specifieke schriftelijke toestemming van de Verwerkingsverantwoordelijke.", "specific"),
    ("subprocessor_authorisation", "fr", "Sous-traitance ultérieure", "Le responsable du traitement donne une "
     "autorisation écrite générale au sous-traitant de recourir à des sous-traitants ultérieurs.", "general"),
    ("subprocessor_authorisation", "en", "Sub-processors", "The Controller grants the Processor a general written "
     "authorisation to engage sub-processors.", "general"),
    ("subprocessor_notice", "nl", "Subverwerkers", "De Verwerker brengt de Verwerkingsverantwoordelijke ten minste "
     "veertien (14) dagen vooraf op de hoogte van een nieuwe subverwerker.", "14 days"),
    ("subprocessor_notice", "fr", "Sous-traitance ultérieure", "Le sous-traitant informe le responsable de tout "
     "nouveau sous-traitant ultérieur au moins trente (30) jours à l'avance.", "30 days"),
    ("subprocessor_notice", "en", "Sub-processors", "The Processor shall notify the Controller of any new "
     "sub-processor at least thirty (30) days in advance.", "30 days"),
    ("subprocessor_objection", "nl", "Bezwaar", "De Verwerkingsverantwoordelijke kan binnen tien (10) werkdagen "
     "bezwaar maken tegen een nieuwe subverwerker.", "10 working days"),
    ("subprocessor_objection", "fr", "Opposition", "Le responsable peut s'opposer au nouveau sous-traitant ultérieur "
     "dans un délai de quinze (15) jours.", "15 days"),
    ("subprocessor_objection", "en", "Objection", "The Controller may object to a new sub-processor within ten (10) "
     "days of the notice.", "10 days"),
    # under a specific authorisation: the controller's decision on the request
    ("subprocessor_objection", "fr", "Sous-traitants ultérieurs", "Le CPAS fait connaître sa décision dans les quinze "
     "jours de la réception de la demande ; à défaut de réponse dans ce délai, l'autorisation est réputée accordée.",
     "15 days"),
    ("breach_notice", "nl", "Datalekken", "De Verwerker meldt een datalek aan de Verwerkingsverantwoordelijke "
     "binnen achtenveertig (48) uur na de ontdekking.", "48 hours"),
    ("breach_notice", "fr", "Violations de données", "Le sous-traitant notifie au responsable toute violation de "
     "données dans un délai de vingt-quatre (24) heures.", "24 hours"),
    ("breach_notice", "en", "Personal data breach", "The Processor shall notify the Controller of a personal data "
     "breach without undue delay.", "without undue delay"),
    ("data_subject_rights", "nl", "Rechten van betrokkenen", "De Verwerker stuurt elk verzoek van een betrokkene "
     "binnen twee werkdagen door en verleent bijstand.", "stated"),
    ("data_subject_rights", "fr", "Droits des personnes", "Le sous-traitant aide le responsable à donner suite aux "
     "demandes d'exercice des droits des personnes concernées.", "stated"),
    ("data_subject_rights", "en", "Data subject rights", "The Processor shall assist the Controller in responding to "
     "data subject requests.", "stated"),
    ("compliance_assistance", "nl", "Bijstand", "De Verwerker verleent bijstand bij een "
     "gegevensbeschermingseffectbeoordeling.", "stated"),
    ("compliance_assistance", "fr", "Assistance", "Le sous-traitant aide le responsable pour la réalisation "
     "d'analyses d'impact.", "stated"),
    ("compliance_assistance", "en", "Assistance", "The Processor shall assist the Controller with data protection "
     "impact assessments.", "stated"),
    ("return_period", "nl", "Einde", "Bij het einde van de overeenkomst bezorgt de Verwerker alle persoonsgegevens "
     "binnen dertig (30) dagen terug.", "30 days"),
    ("return_period", "fr", "Fin du contrat", "À la fin du contrat, le sous-traitant restitue les données dans un "
     "délai de trente (30) jours.", "30 days"),
    ("return_period", "en", "End", "On termination, the Processor shall return all personal data within thirty (30) "
     "days.", "30 days"),
    ("deletion_period", "nl", "Einde", "Uiterlijk zestig (60) dagen na het einde van de overeenkomst verwijdert de "
     "Verwerker alle persoonsgegevens.", "60 days"),
    ("deletion_period", "fr", "Fin du contrat", "Au plus tard quatre-vingt-dix (90) jours après la fin du contrat, le "
     "sous-traitant supprime toutes les données.", "90 days"),
    ("deletion_period", "en", "End", "The Processor shall delete all personal data within sixty (60) days after "
     "termination.", "60 days"),
    ("backup_retention", "nl", "Back-ups", "Back-ups worden negentig (90) dagen bewaard en daarna overschreven.",
     "90 days"),
    ("backup_retention", "fr", "Sauvegardes", "Les sauvegardes sont conservées pendant trente-cinq (35) jours.",
     "35 days"),
    ("backup_retention", "en", "Back-ups", "Back-ups are retained for thirty (30) days and then overwritten.",
     "30 days"),
    ("audit", "nl", "Audit", "De Verwerkingsverantwoordelijke kan een audit uitvoeren na een aankondiging van ten "
     "minste tien (10) werkdagen.", "10 working days"),
    ("audit", "fr", "Audit", "Le responsable peut réaliser un audit moyennant un préavis de quinze (15) jours.",
     "15 days"),
    ("audit", "en", "Audits", "The Controller may audit the Processor on thirty (30) days' prior written notice.",
     "30 days"),
    ("transfers", "nl", "Doorgifte", "De persoonsgegevens worden uitsluitend verwerkt binnen de Europese Economische "
     "Ruimte.", "none"),
    ("transfers", "fr", "Transferts", "Le sous-traitant ultérieur établi en Inde accède aux données sur la base des "
     "clauses contractuelles types.", "IN"),
    ("transfers", "en", "International transfers", "Personal data may be transferred to the United States under the "
     "Standard Contractual Clauses.", "US"),
    ("liability_cap", "nl", "Aansprakelijkheid", "De aansprakelijkheid van de Verwerker is beperkt tot EUR 500.000 per "
     "kalenderjaar.", "EUR 500,000 per year"),
    ("liability_cap", "fr", "Responsabilité", "La responsabilité du sous-traitant est plafonnée à 250 000 euros par "
     "année civile.", "EUR 250,000 per year"),
    ("liability_cap", "en", "Liability", "The Processor's total liability shall not exceed USD 1,000,000.",
     "USD 1,000,000"),
    ("governing_law", "nl", "Toepasselijk recht", "Deze overeenkomst wordt beheerst door het Belgisch recht.", "BE"),
    ("governing_law", "fr", "Droit applicable", "La présente convention est régie par le droit luxembourgeois.", "LU"),
    ("governing_law", "en", "Governing law", "This Agreement is governed by the laws of Ireland.", "IE"),
    ("court", "nl", "Geschillen", "Geschillen worden uitsluitend voorgelegd aan de rechtbanken van Gent.", "Gent"),
    ("court", "fr", "Litiges", "Tout litige est soumis aux tribunaux de Liège.", "Liège"),
    ("court", "en", "Disputes", "Any dispute shall be submitted exclusively to the courts of Brussels.", "Brussels"),
    ("court", "en", "Governing law", "Each party irrevocably submits to the exclusive jurisdiction of the English "
     "courts in respect of any dispute.", "English courts"),
    ("court", "en", "Jurisdiction", "The place of jurisdiction for any and all legal disputes arising out of this "
     "Agreement is Munich.", "Munich"),
    ("court", "fr", "Litiges", "Tout litige relève de la compétence exclusive des tribunaux belges.",
     "tribunaux belges"),
    ("termination_notice", "en", "Withdrawal", "A Party may withdraw from this Agreement on 30-day notice to the "
     "other Parties.", "30 days"),
    ("term", "nl", "Duur", "Deze overeenkomst wordt gesloten voor een duur van drie (3) jaar.", "3 years"),
    ("term", "fr", "Durée", "La présente convention est conclue pour une durée de deux (2) ans.", "2 years"),
    # an indefinite term in the sentence that also gives the notice to end it
    ("term", "fr", "Fin de la convention", "Elle est conclue pour une durée indéterminée et chaque partie peut y "
     "mettre fin par lettre recommandée moyennant un préavis de six mois.", "stated"),
    ("term", "en", "Term", "This Agreement remains in force for a period of four (4) years.", "4 years"),
    # in force until terminated: a term without an end; the notice period after it is no term
    ("term", "en", "Termination", "This Agreement shall continue to be in force from the date hereof until "
     "terminated by either party giving not less than thirty (30) days' prior written notice.", "stated"),
    ("term", "nl", "Duur", "Deze overeenkomst blijft van kracht tot zij door een van de partijen wordt opgezegd "
     "met een opzegtermijn van drie (3) maanden.", "stated"),
    ("termination_notice", "nl", "Opzegging", "Elke partij kan de overeenkomst opzeggen met een opzegtermijn van drie "
     "(3) maanden.", "3 months"),
    ("termination_notice", "fr", "Résiliation", "Chaque partie peut résilier la convention moyennant un préavis de "
     "six (6) mois.", "6 months"),
    ("termination_notice", "en", "Termination", "Either party may terminate this Agreement by giving ninety (90) "
     "days' written notice.", "90 days"),
    ("dpo", "nl", "Functionaris", "De functionaris voor gegevensbescherming van de Verwerker is mevrouw An Peeters.",
     "An Peeters"),
    ("dpo", "fr", "Délégué", "Le délégué à la protection des données du sous-traitant est Monsieur Luc Dubois.",
     "Luc Dubois"),
    ("dpo", "en", "Data protection officer", "The Processor's data protection officer is Ms Jane Smith.",
     "Jane Smith"),
    ("effective_date", "nl", "Inwerkingtreding", "Deze overeenkomst treedt in werking op 1 maart 2025.",
     "2025-03-01"),
    ("effective_date", "fr", "Entrée en vigueur", "La présente convention entre en vigueur le 1er avril 2025.",
     "2025-04-01"),
    ("effective_date", "en", "Effective date", "This Agreement takes effect on 1 May 2025.", "2025-05-01"),
    # wordings of our own for the items most often worded otherwise (renewal, notice, requests, officer)
    ("termination_notice", "en", "Term", "This Agreement will automatically renew for successive one-year periods "
     "unless either party notifies the other of non-renewal at least sixty (60) days before expiry.", "60 days"),
    ("termination_notice", "en", "Termination", "Either party may terminate this Agreement for convenience upon three "
     "months' written notice.", "3 months"),
    # extended rather than renewed, the notice "of non-renewal" (no renewal word standing alone)
    ("termination_notice", "en", "Scope and duration", "The Main Contract runs for four years and is then extended by "
     "one year at a time unless either party gives notice of non-renewal at least three months before the end of the "
     "current period.", "3 months"),
    ("termination_notice", "fr", "Durée", "La convention est reconduite tacitement d'année en année, sauf dénonciation "
     "par l'une des parties au moins deux mois avant son échéance.", "2 months"),
    ("termination_notice", "fr", "Résiliation", "Chaque partie peut mettre fin à la présente convention moyennant un "
     "préavis de six mois.", "6 months"),
    ("termination_notice", "nl", "Duur", "De overeenkomst wordt telkens stilzwijgend verlengd met één jaar, tenzij een "
     "partij uiterlijk drie maanden vóór het verstrijken van de lopende periode meedeelt dat zij de overeenkomst niet "
     "wenst te verlengen.", "3 months"),
    ("termination_notice", "nl", "Einde", "Elke partij kan deze overeenkomst op elk ogenblik schriftelijk beëindigen, "
     "mits zij een termijn van dertig dagen in acht neemt.", "30 days"),
    ("data_subject_rights", "fr", "Droits", "Le Sous-traitant assiste le Responsable afin de lui permettre de répondre "
     "aux demandes des personnes concernées.", "stated"),
    ("data_subject_rights", "fr", "Droits", "Le Sous-traitant aide le Responsable à s'acquitter de son obligation de "
     "donner suite aux demandes dont les personnes concernées le saisissent en vue d'exercer leurs droits.", "stated"),
    ("data_subject_rights", "nl", "Rechten", "Wanneer een betrokkene een verzoek tot inzage, rectificatie of wissing "
     "rechtstreeks aan de Verwerker richt, stuurt de Verwerker dat verzoek onverwijld door aan de Opdrachtgever.",
     "stated"),
    ("data_subject_rights", "en", "Rights", "The Processor shall help the Controller to comply with requests of "
     "individuals to access, correct or erase their personal data.", "stated"),
    ("compliance_assistance", "fr", "Assistance", "Le Sous-traitant aide le Responsable à réaliser des analyses "
     "d'impact relatives à la protection des données et à consulter l'autorité de contrôle.", "stated"),
    ("compliance_assistance", "nl", "Bijstand", "De Verwerker helpt de Opdrachtgever bij het uitvoeren van een DPIA en "
     "bij de voorafgaande raadpleging van de Gegevensbeschermingsautoriteit.", "stated"),
    ("compliance_assistance", "en", "Assistance", "The Processor shall assist the Controller in meeting its "
     "obligations under Articles 32 to 36 of the GDPR.", "stated"),
    ("dpo", "nl", "Contact", "De Verwerker heeft een functionaris voor gegevensbescherming aangesteld, die bereikbaar "
     "is via privacy@leverancier.example.", "privacy@leverancier.example"),
    ("dpo", "fr", "DPO", "Le délégué à la protection des données du Sous-traitant est Mme Claire Dubois "
     "(dpo@prestataire.example).", "Claire Dubois"),
    ("dpo", "en", "Contacts", "The Processor's Data Protection Officer, Jane Miller, can be reached at "
     "dpo@vendor.example.", "Jane Miller"),
    ("effective_date", "nl", "Inwerkingtreding", "Deze overeenkomst gaat in op 1 januari 2026.", "2026-01-01"),
    ("effective_date", "fr", "Entrée en vigueur", "La présente convention produit ses effets à partir du 15 avril "
     "2025.", "2025-04-15"),
    ("effective_date", "en", "Commencement", "This Agreement shall commence on 1 July 2025.", "2025-07-01"),
    ("audit", "en", "Audit", "The Controller may, on giving at least ten (10) business days' notice, inspect the "
     "Processor's premises.", "10 working days"),
    ("audit", "fr", "Audit", "Le Responsable peut faire réaliser un audit par un auditeur indépendant, moyennant un "
     "préavis de quinze jours ouvrables.", "15 working days"),
    ("backup_retention", "en", "Deletion", "Backup copies are automatically overwritten after thirty-five (35) days.",
     "35 days"),
    ("backup_retention", "nl", "Back-ups", "Reservekopieën worden na zes weken automatisch verwijderd.", "6 weeks"),
    ("liability_cap", "fr", "Responsabilité", "La responsabilité totale du Prestataire est plafonnée au montant payé "
     "par le Client au cours des douze mois précédant le dommage.", "stated"),
    ("liability_cap", "en", "Liability", "The Processor's total liability shall be limited to EUR 500,000 per claim "
     "and EUR 1,000,000 in aggregate.", "EUR 500,000 per claim"),
    ("transfers", "fr", "Transferts", "Aucun transfert de données en dehors de l'Union européenne n'est autorisé.",
     "none"),
    ("transfers", "en", "Location", "Personal data shall be stored exclusively in data centres located in the European "
     "Economic Area.", "none"),
    ("transfers", "nl", "Doorgifte", "De Verwerker mag persoonsgegevens doorgeven aan zijn ondersteuningsteam in "
     "Marokko op basis van de standaardcontractbepalingen.", "MA"),
    ("dpo", "nl", "Contactpersonen", "De functionaris voor gegevensbescherming van de Verwerker is mr. P. (Pieter) van "
     "Dalen, bereikbaar via dpo@leverancier.example.", "P. (Pieter) van Dalen"),
    # the regulation's own words, copied into agreements (art. 28(3) GDPR in nl/fr), and other common wordings
    ("data_subject_rights", "nl", "Verplichtingen", "Rekening houdend met de aard van de verwerking verleent de "
     "Verwerker de Verwerkingsverantwoordelijke door middel van passende technische en organisatorische maatregelen, "
     "voor zover mogelijk, bijstand bij het vervullen van diens plicht om verzoeken om uitoefening van de in "
     "hoofdstuk III van de AVG vastgestelde rechten van de betrokkene te beantwoorden.", "stated"),
    ("compliance_assistance", "nl", "Verplichtingen", "De Verwerker helpt de Verwerkingsverantwoordelijke de "
     "verplichtingen uit hoofde van de artikelen 32 tot en met 36 van de AVG na te komen, rekening houdend met de "
     "aard van de verwerking.", "stated"),
    ("audit", "nl", "Verplichtingen", "De Verwerker stelt alle informatie ter beschikking die nodig is om de nakoming "
     "van deze verplichtingen aan te tonen en maakt audits, waaronder inspecties, door de "
     "Verwerkingsverantwoordelijke of een door hem gemachtigde controleur mogelijk en draagt eraan bij.", "stated"),
    ("audit", "fr", "Obligations", "Le Sous-traitant met à la disposition du Responsable toutes les informations "
     "nécessaires pour démontrer le respect des obligations et pour permettre la réalisation d'audits, y compris des "
     "inspections, par le Responsable ou un autre auditeur qu'il a mandaté, et contribuer à ces audits.", "stated"),
    ("confidentiality", "nl", "Verplichtingen", "De Verwerker waarborgt dat de tot het verwerken van de "
     "persoonsgegevens gemachtigde personen zich ertoe hebben verbonden vertrouwelijkheid in acht te nemen.", "stated"),
    ("instructions", "nl", "Verplichtingen", "De Verwerker verwerkt de persoonsgegevens uitsluitend op basis van "
     "schriftelijke instructies van de Verwerkingsverantwoordelijke, mede met betrekking tot doorgiften van "
     "persoonsgegevens aan een derde land.", "stated"),
    ("security", "fr", "Sécurité", "Le Sous-traitant prend toutes les mesures requises en vertu de l'article 32 du "
     "RGPD.", "stated"),
    ("security", "nl", "Beveiliging", "De Verwerker neemt alle overeenkomstig artikel 32 van de AVG vereiste "
     "maatregelen.", "stated"),
    ("subject_matter", "nl", "Voorwerp", "Deze overeenkomst heeft betrekking op de verwerking van persoonsgegevens "
     "door de Verwerker ten behoeve van de Verwerkingsverantwoordelijke in het kader van de "
     "dienstverleningsovereenkomst.", "stated"),
    ("data_subjects", "fr", "Données", "Les personnes concernées sont les élèves inscrits et leurs parents.", "stated"),
    ("data_types", "fr", "Données", "Les données à caractère personnel traitées sont le nom, l'adresse et le numéro de "
     "registre national.", "stated"),
    ("breach_notice", "fr", "Violation", "Le Sous-traitant notifie au Responsable toute violation de données à "
     "caractère personnel dans un délai maximum de 24 heures après en avoir pris connaissance et par voie "
     "électronique.", "24 hours"),
    ("breach_notice", "en", "Breach", "Supplier will inform Customer of any Security Incident within two (2) business "
     "days.", "2 working days"),
    ("deletion_period", "fr", "Fin", "Au terme de la prestation, le Sous-traitant s'engage à détruire toutes les "
     "données dans un délai de trois mois.", "3 months"),
    ("return_period", "nl", "Einde", "Binnen een maand na beëindiging van de overeenkomst bezorgt de Verwerker alle "
     "persoonsgegevens terug in een gangbaar formaat.", "1 month"),
    ("subprocessor_notice", "fr", "Sous-traitance", "Le Sous-traitant informe préalablement et par écrit le "
     "Responsable de tout changement envisagé concernant l'ajout ou le remplacement d'autres sous-traitants, au "
     "moins un mois à l'avance.", "1 month"),
    ("subprocessor_objection", "nl", "Subverwerkers", "De Verwerkingsverantwoordelijke kan binnen veertien dagen na "
     "die kennisgeving bezwaar maken tegen de nieuwe subverwerker.", "14 days"),
    ("transfers", "en", "Transfers", "The Processor may transfer Personal Data to the United States only under the "
     "EU-U.S. Data Privacy Framework.", "US"),
    ("governing_law", "fr", "Droit", "Le présent contrat est soumis au droit belge.", "BE"),
    ("court", "nl", "Geschillen", "Alle geschillen worden beslecht door de bevoegde rechtbanken van het gerechtelijk "
     "arrondissement Antwerpen.", "Antwerpen"),
    ("term", "nl", "Duur", "Deze overeenkomst wordt aangegaan voor onbepaalde duur.", "stated"),
    ("termination_notice", "nl", "Opzegging", "Deze overeenkomst kan door elke partij worden opgezegd met een "
     "opzegtermijn van drie maanden.", "3 months"),
    ("subprocessor_authorisation", "nl", "Subverwerkers", "De Verwerker neemt geen andere verwerker in dienst zonder "
     "voorafgaande specifieke of algemene schriftelijke toestemming van de Verwerkingsverantwoordelijke.",
     "specific or general"),
    ("effective_date", "fr", "Durée", "Le contrat est conclu pour une durée de quatre ans à compter du 1er septembre "
     "2025.", "2025-09-01"),
    ("effective_date", "en", "Preamble", "This Non-Disclosure Agreement is made this 5th day of March, 2021 by and "
     "between Alpha Inc. and Beta LLC.", "2021-03-05"),
    # Wordings added in session 15: another verb for ending the agreement ('end', 'cancel', 'mettre un terme',
    # 'opgezegd'), 'enters into force', 'aux seules fins de', 'de volgende persoonsgegevens/personen', …
    ('termination_notice', 'en', 'Term', 'This Agreement may be terminated by either Party at any time upon not less '
     "than six (6) months' prior notice in writing.", '6 months'),
    ('termination_notice', 'en', 'Duration', 'Either party may end this agreement by giving the other at least 60 days '
     'notice.', '60 days'),
    ('termination_notice', 'en', 'Termination', "The Customer may cancel the Services with one month's notice, "
     'effective at the end of a calendar month.', '1 month'),
    ('termination_notice', 'nl', 'Duur', 'Iedere partij kan de overeenkomst met inachtneming van een termijn van zes '
     'maanden per aangetekende brief beëindigen.', '6 months'),
    ('termination_notice', 'nl', 'Opzegging', 'De Opdrachtgever kan deze overeenkomst tussentijds opzeggen, met een '
     'opzegtermijn van één (1) maand.', '1 month'),
    ('termination_notice', 'nl', 'Looptijd', 'De overeenkomst loopt voor onbepaalde tijd en kan door elk van de '
     'partijen worden opgezegd met inachtneming van een termijn van negentig dagen.', '90 days'),
    ('termination_notice', 'fr', 'Durée', 'Chacune des parties peut y mettre un terme par lettre recommandée, en '
     'respectant un délai de trois (3) mois.', '3 months'),
    ('termination_notice', 'fr', 'Résiliation', 'Le présent contrat peut être dénoncé par chacune des parties '
     'moyennant un préavis de 90 jours calendrier.', '90 days'),
    ('dpo', 'en', 'Contacts', 'The Supplier has appointed a Data Protection Officer who can be contacted at '
     'privacy@supplier.example.', 'privacy@supplier.example'),
    ('dpo', 'en', 'Contact', "Contact details of the Processor's DPO: Mr John Carter, dpo@acme.example.",
     'John Carter'),
    ('dpo', 'nl', 'Contactpersonen', 'De DPO van de Verwerker, de heer Koen Maes, is bereikbaar via '
     'dpo@leverancier.example.', 'Koen Maes'),
    ('dpo', 'nl', 'Functionaris', 'Als functionaris voor gegevensbescherming treedt op: mevrouw Sarah De Wit.',
     'Sarah De Wit'),
    ('dpo', 'fr', 'Contacts', "Le DPD du Prestataire est joignable à l'adresse dpo@prestataire.example.",
     'dpo@prestataire.example'),
    ('dpo', 'fr', 'Délégué', 'Le Prestataire a désigné Madame Julie Lambert en qualité de délégué à la protection des '
     'données.', 'Julie Lambert'),
    ('audit', 'en', 'Audits', 'The Controller shall be entitled to conduct an audit once per calendar year, subject to '
     "fourteen (14) days' prior written notice.", '14 days'),
    ('audit', 'en', 'Inspections', 'The Customer or an auditor mandated by it may carry out inspections of the '
     "Processor's premises, with reasonable notice.", 'stated'),
    ('audit', 'nl', 'Audit', 'De Opdrachtgever heeft het recht om eenmaal per jaar een audit te (laten) verrichten, '
     'mits hij de Verwerker twee weken vooraf verwittigt.', '2 weeks'),
    ('audit', 'fr', 'Audit', 'Le Responsable du traitement peut procéder ou faire procéder à des audits, y compris des '
     "inspections, après en avoir informé le Sous-traitant au moins trente (30) jours à l'avance.", '30 days'),
    ('court', 'en', 'Disputes', 'The courts of Amsterdam shall have exclusive jurisdiction over any dispute arising '
     'from this Agreement.', 'Amsterdam'),
    ('court', 'en', 'Jurisdiction', 'All disputes shall be brought before the competent court in Ghent, Belgium.',
     'Ghent'),
    ('court', 'nl', 'Geschillen', 'Bevoegd zijn uitsluitend de hoven en rechtbanken van het arrondissement Brussel.',
     'Brussel'),
    ('court', 'nl', 'Bevoegde rechter', 'Elk geschil wordt bij uitsluiting voorgelegd aan de Ondernemingsrechtbank te '
     'Antwerpen.', 'Antwerpen'),
    ('court', 'fr', 'Litiges', "Les juridictions de l'arrondissement judiciaire de Namur sont seules compétentes.",
     'Namur'),
    ('court', 'fr', 'Compétence', 'En cas de contestation, seuls les tribunaux de Bruxelles seront compétents.',
     'Bruxelles'),
    ('governing_law', 'en', 'Law', 'This Agreement is governed by Belgian law.', 'BE'),
    ('governing_law', 'nl', 'Recht', 'Op deze overeenkomst is het Nederlands recht van toepassing.', 'NL'),
    ('governing_law', 'fr', 'Droit', 'Le présent contrat est soumis au droit luxembourgeois.', 'LU'),
    ('effective_date', 'en', 'Entry into force', 'This Agreement enters into force on the date of its signature by '
     'both Parties and shall apply from 1 February 2026.', '2026-02-01'),
    ('effective_date', 'nl', 'Inwerkingtreding', 'Deze verwerkersovereenkomst heeft uitwerking vanaf 1 oktober 2025.',
     '2025-10-01'),
    ('effective_date', 'fr', 'Entrée en vigueur', 'Le présent accord prend cours le 1er juin 2025.', '2025-06-01'),
    ('breach_notice', 'en', 'Breach', 'The Processor shall inform the Controller of any Personal Data Breach without '
     'undue delay and in any event within 24 hours of becoming aware of it.', '24 hours'),
    ('breach_notice', 'nl', 'Datalek', 'De Verwerker meldt elk beveiligingsincident onverwijld, en uiterlijk binnen '
     'zesendertig (36) uur, aan de Opdrachtgever.', '36 hours'),
    ('breach_notice', 'fr', 'Violation', 'Le Sous-traitant notifie toute violation de données au plus tard 48 heures '
     'après en avoir pris connaissance.', '48 hours'),
    ('subprocessor_notice', 'en', 'Sub-processors', 'The Processor shall notify the Controller of any intended changes '
     'concerning the addition or replacement of sub-processors at least 30 days in advance.', '30 days'),
    ('subprocessor_objection', 'en', 'Sub-processors', 'The Controller may object to such change within fourteen (14) '
     'days of the notice.', '14 days'),
    ('deletion_period', 'en', 'End', 'Within ninety (90) days after termination, the Processor shall delete all '
     'personal data.', '90 days'),
    ('return_period', 'nl', 'Einde', 'Binnen een maand na het einde van de overeenkomst bezorgt de Verwerker alle '
     'persoonsgegevens terug aan de Opdrachtgever.', '1 month'),
    ('liability_cap', 'en', 'Liability', "The Processor's aggregate liability under this Agreement shall not exceed "
     'EUR 500,000.', 'EUR 500,000'),
    ('liability_cap', 'nl', 'Aansprakelijkheid', 'De aansprakelijkheid van de Verwerker is beperkt tot het bedrag dat '
     'in het betrokken jaar werd gefactureerd, met een maximum van 100.000 euro.', 'EUR 100,000'),
    ('transfers', 'en', 'Transfers', 'The Processor shall not transfer personal data to a country outside the European '
     'Economic Area.', 'none'),
    ('term', 'en', 'Term', 'This Agreement shall remain in force for as long as the Processor processes Personal Data '
     'on behalf of the Controller.', 'stated'),
    ('subject_matter', 'en', 'Scope', 'This Agreement applies to the processing of personal data by the Supplier in '
     'the course of providing the hosting services described in the Main Agreement.', 'stated'),
    ('subject_matter', 'nl', 'Toepassingsgebied', 'Deze overeenkomst regelt de verwerking van persoonsgegevens door de '
     'Verwerker in het kader van de dienstverlening.', 'stated'),
    ('nature_purpose', 'en', 'Processing details', 'The Supplier will process personal data solely for the purpose of '
     'providing the helpdesk service to the Customer.', 'stated'),
    ('nature_purpose', 'fr', 'Description', 'Les données sont traitées aux seules fins de la gestion de la paie des '
     'agents communaux.', 'stated'),
    ('nature_purpose', 'nl', 'Doel', 'De persoonsgegevens worden uitsluitend verwerkt met het oog op het beheer van de '
     'bibliotheekleden.', 'stated'),
    ('data_types', 'en', 'Data', 'The personal data processed include: name, address, telephone number and national '
     'register number.', 'stated'),
    ('data_types', 'nl', 'Gegevens', 'De volgende persoonsgegevens worden verwerkt: identificatiegegevens, '
     'contactgegevens en financiële gegevens.', 'stated'),
    ('data_types', 'fr', 'Données', 'Les données à caractère personnel traitées sont les suivantes : nom, prénom, '
     'adresse électronique.', 'stated'),
    ('data_subjects', 'en', 'Data subjects', 'The personal data concern the following individuals: pupils, their '
     'parents and teachers.', 'stated'),
    ('data_subjects', 'nl', 'Betrokkenen', 'De verwerking heeft betrekking op de volgende personen: leerlingen, ouders '
     'en leerkrachten.', 'stated'),
    ('data_subjects', 'fr', 'Personnes', 'Les personnes concernées par le traitement sont les bénéficiaires du CPAS.',
     'stated'),
    ('instructions', 'en', 'Instructions', 'The Supplier shall act only upon the written instructions of the Customer, '
     'including with regard to transfers of personal data to a third country.', 'stated'),
    ('instructions', 'nl', 'Instructies', 'De Verwerker handelt uitsluitend in opdracht en volgens de schriftelijke '
     'aanwijzingen van de Opdrachtgever.', 'stated'),
    ('instructions', 'fr', 'Instructions', 'Le Prestataire ne traite les données que sur instruction écrite de la '
     'Commune.', 'stated'),
    ('confidentiality', 'en', 'Staff', 'The Supplier shall ensure that its employees who have access to personal data '
     'have committed themselves to confidentiality.', 'stated'),
    ('confidentiality', 'nl', 'Geheimhouding', 'Alle medewerkers van de Verwerker die toegang hebben tot de gegevens '
     'zijn gebonden door een geheimhoudingsplicht.', 'stated'),
    ('confidentiality', 'fr', 'Confidentialité', 'Le Prestataire veille à ce que son personnel soit soumis à une '
     'obligation de confidentialité.', 'stated'),
    ('security', 'en', 'Security', 'Taking into account the state of the art, the Supplier shall implement measures to '
     'ensure a level of security appropriate to the risk, as listed in Annex 2.', 'stated'),
    ('security', 'nl', 'Beveiliging', 'De Verwerker treft passende maatregelen om de gegevens te beschermen tegen '
     'verlies en onrechtmatige verwerking.', 'stated'),
    ('security', 'fr', 'Sécurité', 'Le Prestataire prend toutes les précautions utiles afin de préserver la sécurité '
     'des données.', 'stated'),
    ('subprocessor_authorisation', 'en', 'Sub-processing', 'The Supplier shall not engage another processor without '
     'prior specific written authorisation of the Customer.', 'specific'),
    ('subprocessor_authorisation', 'en', 'Sub-processing', 'The Customer hereby grants the Supplier a general '
     'authorisation to engage sub-processors.', 'general'),
    ('subprocessor_authorisation', 'nl', 'Subverwerking', 'De Verwerker mag een beroep doen op een andere verwerker, '
     'mits voorafgaande schriftelijke toestemming van de Opdrachtgever.', 'specific'),
    ('subprocessor_authorisation', 'fr', 'Sous-traitance', 'Le Prestataire ne peut recruter un autre sous-traitant '
     "sans l'autorisation écrite préalable et spécifique de la Commune.", 'specific'),
    ('data_subject_rights', 'en', 'Rights', 'The Supplier shall promptly forward to the Customer any request from a '
     'data subject exercising his or her rights.', 'stated'),
    ('data_subject_rights', 'nl', 'Rechten', 'De Verwerker verleent medewerking zodat de Opdrachtgever kan voldoen aan '
     'verzoeken van betrokkenen om hun rechten uit te oefenen.', 'stated'),
    ('data_subject_rights', 'fr', 'Droits', "Le Prestataire transmet sans délai à la Commune toute demande d'une "
     "personne concernée relative à l'exercice de ses droits.", 'stated'),
    ('compliance_assistance', 'en', 'Assistance', 'The Supplier shall provide reasonable assistance to the Customer '
     'with any data protection impact assessment and prior consultation with the supervisory authority.', 'stated'),
    ('compliance_assistance', 'nl', 'Bijstand', 'De Verwerker ondersteunt de Opdrachtgever bij het uitvoeren van een '
     'gegevensbeschermingseffectbeoordeling.', 'stated'),
    ('compliance_assistance', 'fr', 'Assistance', "Le Prestataire assiste la Commune dans la réalisation d'analyses "
     "d'impact et la consultation préalable de l'autorité de contrôle.", 'stated'),
    ('deletion_period', 'nl', 'Einde', 'De Verwerker vernietigt alle persoonsgegevens uiterlijk drie maanden na de '
     'beëindiging van de overeenkomst.', '3 months'),
    ('deletion_period', 'fr', 'Fin', 'Au plus tard soixante jours après la fin du contrat, le Prestataire efface '
     'toutes les données.', '60 days'),
    ('return_period', 'en', 'Return', 'Upon termination the Supplier shall return all personal data to the Customer '
     'within 30 days.', '30 days'),
    ('return_period', 'fr', 'Restitution', "Le Prestataire restitue l'ensemble des données à la Commune dans les "
     'quinze jours suivant la fin du contrat.', '15 days'),
    ('backup_retention', 'en', 'Backups', 'Copies in backups are overwritten within 35 days.', '35 days'),
    ('backup_retention', 'nl', 'Back-ups', 'Back-ups worden na uiterlijk negentig dagen automatisch overschreven.',
     '90 days'),
    ('transfers', 'en', 'Location', 'All personal data are stored and processed exclusively within the European Union.',
     'none'),
    ('transfers', 'nl', 'Doorgifte', 'De Verwerker mag persoonsgegevens doorgeven aan de Verenigde Staten op basis van '
     'de standaardcontractbepalingen.', 'US'),
    ('transfers', 'fr', 'Transferts', "Aucun transfert de données vers un pays tiers n'est autorisé.", 'none'),
    ('governing_law', 'en', 'Governing law', 'This Agreement shall be construed in accordance with the laws of '
     'Belgium.', 'BE'),
    ('governing_law', 'fr', 'Droit applicable', 'Le présent accord est régi par le droit belge.', 'BE'),
    ('term', 'nl', 'Duur', 'Deze overeenkomst wordt gesloten voor een periode van drie jaar.', '3 years'),
    ('term', 'fr', 'Durée', 'Le présent contrat est conclu pour une durée indéterminée.', 'stated'),
    ('term', 'en', 'Term', 'This Agreement shall continue for a period of two (2) years from the Effective Date.',
     '2 years'),
    ('breach_notice', 'en', 'Incidents', 'The Supplier will notify the Customer without undue delay, and no later than '
     '72 hours, after becoming aware of a security incident affecting personal data.', '72 hours'),
    ('breach_notice', 'fr', 'Violations', 'Le Prestataire informe la Commune de toute violation de données '
     'personnelles dans un délai maximum de vingt-quatre heures.', '24 hours'),
    ('breach_notice', 'nl', 'Inbreuken', 'Een inbreuk in verband met persoonsgegevens wordt binnen 12 uur na '
     'ontdekking aan de Opdrachtgever gemeld.', '12 hours'),
    # session 15: 'mis fin', 'vóór de vervaldag/verjaardatum', a DPO after a colon or in a contacts table's row,
    # 'du Brabant wallon', 'qui exercent leurs droits'
    ('termination_notice', 'fr', 'Résiliation', "Le présent contrat peut être résilié par l'une ou l'autre partie, "
     'à tout moment, par lettre recommandée avec un préavis de trois mois.', '3 months'),
    ('termination_notice', 'fr', 'Durée', "La convention peut être dénoncée par chaque partie avec un préavis d'un "
     'mois.', '1 month'),
    ('termination_notice', 'fr', 'Fin', 'Il peut être mis fin à la présente convention par chacune des parties, '
     'moyennant un préavis écrit de 30 jours.', '30 days'),
    ('termination_notice', 'fr', 'Résiliation', 'La résiliation prend effet trois mois après sa notification à '
     "l'autre partie.", '3 months'),
    ('termination_notice', 'en', 'Term', 'Either Party may terminate this DPA upon thirty days written notice.',
     '30 days'),
    ('termination_notice', 'en', 'Term', 'This Agreement may be terminated by mutual agreement or by either party '
     'with 3 months notice.', '3 months'),
    ('termination_notice', 'nl', 'Beëindiging', 'De overeenkomst kan worden beëindigd door opzegging met '
     'inachtneming van een opzegtermijn van 3 maanden.', '3 months'),
    ('termination_notice', 'nl', 'Opzegging', 'Opzegging dient te geschieden bij aangetekend schrijven, met een '
     'termijn van zes maanden.', '6 months'),
    ('termination_notice', 'nl', 'Duur', 'Partijen kunnen de overeenkomst jaarlijks opzeggen, uiterlijk drie '
     'maanden voor de verjaardatum.', '3 months'),
    ('termination_notice', 'en', 'Termination', 'The Customer may terminate the Subscription at the end of any '
     'billing period by notifying the Provider at least 14 days in advance.', '14 days'),
    ('termination_notice', 'en', 'Termination', "Termination for convenience requires ninety (90) days' notice.",
     '90 days'),
    ('termination_notice', 'fr', 'Durée', 'Le contrat est conclu pour un an, renouvelable tacitement, sauf '
     "résiliation notifiée au moins un mois avant l'échéance.", '1 month'),
    ('termination_notice', 'nl', 'Duur', 'De overeenkomst wordt stilzwijgend verlengd, behoudens opzegging door '
     'een van de partijen ten minste zes maanden vóór de vervaldag.', '6 months'),
    ('termination_notice', 'en', 'Renewal', 'The term renews automatically unless either party gives notice of '
     'non-renewal at least 30 days before the end of the then-current term.', '30 days'),
    ('dpo', 'fr', 'Contacts', 'Délégué à la protection des données : Monsieur Marc Petit, dpo@prestataire.example.',
     'Marc Petit'),
    ('dpo', 'nl', 'Contact', 'Functionaris voor gegevensbescherming: Jan Peeters (dpo@leverancier.example).',
     'Jan Peeters'),
    ('dpo', 'en', 'Contacts', 'Data Protection Officer: Anna Schmidt, anna.schmidt@vendor.example', 'Anna Schmidt'),
    ('dpo', 'en', 'Contacts', 'Role | Name | E-mail\nData Protection Officer | Tom Baker | dpo@vendor.example',
     'Tom Baker'),
    ('dpo', 'nl', 'Contactgegevens', 'De Verwerker heeft een DPO aangeduid: de heer Wim Claes, bereikbaar via '
     'privacy@bedrijf.example.', 'Wim Claes'),
    ('dpo', 'fr', 'Délégué', "Le DPO du sous-traitant peut être contacté par courriel à l'adresse "
     'privacy@societe.example.', 'privacy@societe.example'),
    ('dpo', 'en', 'Privacy', 'Questions about data protection can be addressed to our DPO at '
     'privacy@company.example.', 'privacy@company.example'),
    ('court', 'fr', 'Litiges', "Tout différend sera porté devant les tribunaux de l'arrondissement judiciaire du "
     'Brabant wallon.', 'Brabant wallon'),
    ('court', 'fr', 'Juridiction', 'En cas de litige, les tribunaux de Nivelles sont seuls compétents.', 'Nivelles'),
    ('court', 'en', 'Disputes', 'Any dispute shall be settled by the competent courts of Ireland.', 'Ireland'),
    ('court', 'nl', 'Geschillen', 'Geschillen worden voorgelegd aan de bevoegde rechter te Leuven.', 'Leuven'),
    ('court', 'en', 'Disputes', 'The parties submit to the non-exclusive jurisdiction of the courts of the State '
     'of New York.', 'New York'),
    ('audit', 'en', 'Audit', "The Customer may audit the Supplier's compliance no more than once in any twelve "
     "(12) month period, on thirty (30) days' notice.", '30 days'),
    ('audit', 'fr', 'Audit', 'La Commune peut réaliser un audit une fois par an, à ses frais, après un préavis de '
     '15 jours ouvrables.', '15 working days'),
    ('audit', 'nl', 'Audit', 'De Opdrachtgever mag de naleving van deze overeenkomst laten controleren door een '
     'onafhankelijke deskundige.', 'stated'),
    ('compliance_assistance', 'fr', 'Assistance', 'Le Prestataire aide la Commune à garantir le respect des '
     'obligations prévues aux articles 32 à 36 du RGPD.', 'stated'),
    ('compliance_assistance', 'en', 'Assistance', 'The Supplier shall assist the Customer in ensuring compliance '
     'with its obligations pursuant to Articles 32 to 36 GDPR.', 'stated'),
    ('compliance_assistance', 'nl', 'Bijstand', 'De Verwerker staat de Opdrachtgever bij in het nakomen van de '
     'verplichtingen van de artikelen 32 tot 36 van de AVG.', 'stated'),
    ('compliance_assistance', 'fr', "Analyse d'impact", 'Le Prestataire fournit à la Commune toute information '
     "utile à la réalisation d'une AIPD.", 'stated'),
    ('data_subject_rights', 'fr', 'Droits', 'Le Prestataire aide la Commune à répondre aux demandes des personnes '
     "qui exercent leurs droits d'accès, de rectification ou d'effacement.", 'stated'),
    ('data_subject_rights', 'fr', 'Droits des personnes', 'Lorsque les personnes concernées exercent auprès du '
     "Prestataire des demandes d'exercice de leurs droits, celui-ci doit adresser ces demandes dès réception à la "
     'Commune.', 'stated'),
    ('data_subject_rights', 'en', 'Rights', "The Supplier shall enable the Customer to comply with data subjects' "
     'rights of access, rectification and erasure.', 'stated'),
    ('data_subject_rights', 'nl', 'Rechten', 'De Verwerker helpt de Opdrachtgever om te voldoen aan verzoeken tot '
     'uitoefening van de rechten van de betrokkenen.', 'stated'),
    # how often is no notice period: 'once every twelve (12) months', 'eenmaal per twaalf maanden'
    ('audit', 'en', 'Audits', 'Customer may audit the Processor once in any 12-month period.', 'stated'),
    ('audit', 'en', 'Audits', 'Audits may take place at most once every twelve (12) months, upon reasonable '
     'notice.', 'stated'),
    ('audit', 'en', 'Audits', 'Customer may conduct an audit no more than once per twelve (12) month period, with '
     "at least 10 business days' notice.", '10 working days'),
    ('audit', 'nl', 'Audit', 'De Opdrachtgever kan maximaal eenmaal per twaalf maanden een audit laten uitvoeren.',
     'stated'),
    ('audit', 'fr', 'Audit', 'Le Responsable peut réaliser un audit une fois par période de douze mois.', 'stated'),
    ('audit', 'en', 'Audit', 'Following an audit, the Processor shall remedy any deficiency within sixty (60) '
     'days.', 'stated'),
    ('term', 'fr', 'Durée', 'Le présent contrat est conclu pour la durée du marché public n° 2025-12.', 'stated'),
    ('term', 'nl', 'Duur', 'Deze overeenkomst geldt voor de duur van de hoofdovereenkomst.', 'stated'),
    # the CNIL's model clauses for processors, as French agreements copy them ('activités de traitement
    # spécifiques' is no specific authorisation)
    ('compliance_assistance', 'fr', 'Aide du sous-traitant', 'Le sous-traitant doit aider le responsable de '
     "traitement pour la réalisation d'analyses d'impact relative à la protection des données.", 'stated'),
    ('compliance_assistance', 'fr', 'Aide du sous-traitant', 'Le sous-traitant aide le responsable de traitement '
     "pour la réalisation de la consultation préalable de l'autorité de contrôle.", 'stated'),
    ('data_subject_rights', 'fr', 'Exercice des droits des personnes', 'Dans la mesure du possible, le '
     "sous-traitant doit aider le responsable de traitement à s'acquitter de son obligation de donner suite aux "
     "demandes d'exercice des droits des personnes concernées : droit d'accès, de rectification, d'effacement et "
     "d'opposition.", 'stated'),
    ('data_subject_rights', 'fr', 'Exercice des droits des personnes', 'Lorsque les personnes concernées exercent '
     "auprès du sous-traitant des demandes d'exercice de leurs droits, le sous-traitant doit adresser ces "
     'demandes dès réception par courrier électronique au responsable de traitement.', 'stated'),
    ('breach_notice', 'fr', 'Notification des violations de données à caractère personnel', 'Le sous-traitant '
     'notifie au responsable de traitement toute violation de données à caractère personnel dans un délai maximum '
     'de 48 heures après en avoir pris connaissance et par courrier électronique.', '48 hours'),
    ('audit', 'fr', 'Documentation', 'Le sous-traitant met à la disposition du responsable de traitement la '
     'documentation nécessaire pour démontrer le respect de toutes ses obligations et pour permettre la '
     "réalisation d'audits, y compris des inspections, par le responsable du traitement ou un autre auditeur "
     "qu'il a mandaté, et contribuer à ces audits.", 'stated'),
    ('security', 'fr', 'Mesures de sécurité', "Le sous-traitant s'engage à mettre en œuvre les mesures de sécurité "
     'suivantes : chiffrement, journalisation et sauvegardes quotidiennes.', 'stated'),
    ('subprocessor_objection', 'fr', 'Sous-traitance', "Le responsable de traitement dispose d'un délai minimum de "
     'quinze jours à compter de la date de réception de cette information pour présenter ses objections.', '15 days'),
    ('subprocessor_authorisation', 'fr', 'Sous-traitance', 'Le sous-traitant peut faire appel à un autre '
     'sous-traitant pour mener des activités de traitement spécifiques. Dans ce cas, il informe préalablement et '
     "par écrit le responsable de traitement de tout changement envisagé concernant l'ajout ou le remplacement "
     "d'autres sous-traitants.", 'general'),
    ('instructions', 'fr', 'Obligations du sous-traitant', "Le sous-traitant s'engage à traiter les données "
     'conformément aux instructions documentées du responsable de traitement figurant en annexe.', 'stated'),
    ('confidentiality', 'fr', 'Obligations du sous-traitant', 'Le sous-traitant veille à ce que les personnes '
     "autorisées à traiter les données à caractère personnel en vertu du présent contrat s'engagent à respecter "
     'la confidentialité.', 'stated'),
    ('nature_purpose', 'fr', 'Description du traitement', 'La nature des opérations réalisées sur les données est '
     "la collecte, l'enregistrement et la consultation. La ou les finalité(s) du traitement sont la gestion des "
     'abonnements.', 'stated'),
    ('data_types', 'fr', 'Description du traitement', 'Les données à caractère personnel traitées sont le nom, le '
     "prénom et l'adresse électronique.", 'stated'),
    ('data_subjects', 'fr', 'Description du traitement', 'Les catégories de personnes concernées sont les abonnés '
     'de la médiathèque.', 'stated'),
    ('subject_matter', 'fr', 'Objet', 'Les présentes clauses ont pour objet de définir les conditions dans '
     "lesquelles le sous-traitant s'engage à effectuer pour le compte du responsable de traitement les opérations "
     'de traitement de données à caractère personnel définies ci-après.', 'stated'),
    # more ways to give notice of termination ('calendar months', 'opzeggingstermijn', 'in acht wordt genomen',
    # 'sauf dénonciation … trois mois au moins avant l'expiration')
    ('termination_notice', 'nl', 'Opzegging', 'Elke partij kan de overeenkomst opzeggen bij aangetekende brief, '
     'mits naleving van een opzeggingstermijn van drie maanden.', '3 months'),
    ('termination_notice', 'en', 'Termination', 'The Agreement may be terminated for convenience by the Customer '
     "by giving not less than three (3) calendar months' prior written notice.", '3 months'),
    ('termination_notice', 'fr', 'Résiliation', 'Le contrat peut être résilié à tout moment par le Client, sous '
     "réserve du respect d'un préavis de 3 mois.", '3 months'),
    ('termination_notice', 'fr', 'Résiliation', 'La résiliation doit être notifiée par lettre recommandée avec '
     "accusé de réception au moins trois mois avant la date d'échéance.", '3 months'),
    ('termination_notice', 'en', 'Termination', "Either party may terminate on ninety days' prior written notice.",
     '90 days'),
    ('termination_notice', 'nl', 'Opzegging', 'De opzegging gebeurt met een aangetekende brief, waarbij een '
     'termijn van drie maanden in acht wordt genomen.', '3 months'),
    ('termination_notice', 'en', 'Termination', 'Termination shall take effect thirty (30) days after receipt of '
     'the notice of termination.', '30 days'),
    ('termination_notice', 'nl', 'Beëindiging', 'Partijen kunnen deze overeenkomst op elk moment beëindigen met '
     'een schriftelijke kennisgeving, die minstens twee maanden op voorhand wordt verstuurd.', '2 months'),
    ('termination_notice', 'fr', 'Durée et résiliation', 'Chacune des parties peut résilier la présente convention '
     "en informant l'autre partie par écrit, moyennant un délai de préavis d'un mois.", '1 month'),
    ('termination_notice', 'en', 'Term', 'The Customer may terminate this DPA together with the Main Agreement on '
     "one (1) month's notice.", '1 month'),
    ('termination_notice', 'nl', 'Duur', 'De overeenkomst kan jaarlijks worden opgezegd, met inachtneming van een '
     'opzegtermijn van zes maanden voor het einde van het lopende jaar.', '6 months'),
    ('termination_notice', 'fr', 'Durée', 'Le contrat se renouvelle par tacite reconduction par périodes '
     "successives d'un an, sauf dénonciation adressée par lettre recommandée trois mois au moins avant "
     "l'expiration de la période en cours.", '3 months'),
    # the DPO named after its title in brackets, a dash or in an SCC annex's contact line
    ('dpo', 'en', 'Contacts', 'The Processor has designated a data protection officer. Contact: dpo@vendor.example',
     'dpo@vendor.example'),
    ('dpo', 'en', 'Contacts', 'Data Protection Officer (DPO): Sarah Lee – sarah.lee@vendor.example', 'Sarah Lee'),
    ('dpo', 'nl', 'Contact', 'De functionaris voor gegevensbescherming (DPO) van de Verwerker kan worden bereikt '
     'via privacy@leverancier.example.', 'privacy@leverancier.example'),
    ('dpo', 'fr', 'Contacts', 'Le Sous-traitant a désigné un délégué à la protection des données : M. Jean Martin, '
     "joignable à l'adresse dpo@prestataire.example.", 'Jean Martin'),
    ('dpo', 'en', 'Annex I', "Contact person's name, position and contact details: Laura Chen, Data Protection "
     'Officer, privacy@vendor.example', 'Laura Chen'),
    ('dpo', 'nl', 'Contactpersonen', 'Voor de Verwerker: DPO – Pieter Janssens, '
     'pieter.janssens@leverancier.example, +32 2 555 12 12', 'Pieter Janssens'),
    ('dpo', 'fr', 'Délégué', 'Délégué à la protection des données du Prestataire : Sophie Leroy '
     '(dpo@prestataire.example).', 'Sophie Leroy'),
    # assistance with data subjects' requests and with art. 32-36 in plainer words
    ('data_subject_rights', 'fr', 'Droits', "Le Prestataire apporte son assistance au Club en cas d'exercice par "
     "une personne concernée de ses droits d'accès, de rectification ou d'effacement.", 'stated'),
    ('data_subject_rights', 'fr', 'Droits', 'Le sous-traitant collabore avec le responsable du traitement pour lui '
     'permettre de répondre aux demandes des personnes concernées.', 'stated'),
    ('data_subject_rights', 'fr', 'Demandes', 'Le sous-traitant transmet au responsable, dans les cinq jours, '
     "toute demande d'accès, de rectification ou d'effacement qu'il reçoit.", 'stated'),
    ('data_subject_rights', 'en', 'Requests', 'If the Processor receives a request from an individual to access, '
     'correct or delete his or her personal data, it shall forward it to the Controller.', 'stated'),
    ('data_subject_rights', 'nl', 'Rechten', 'De Verwerker bezorgt elk verzoek tot inzage, verbetering of '
     'verwijdering dat hij ontvangt onmiddellijk aan de Verwerkingsverantwoordelijke.', 'stated'),
    ('data_subject_rights', 'nl', 'Rechten', 'De Verwerker ondersteunt de Verwerkingsverantwoordelijke bij het '
     'beantwoorden van vragen van betrokkenen over hun persoonsgegevens.', 'stated'),
    ('compliance_assistance', 'fr', 'Assistance', 'Le Prestataire aide le Club à remplir ses obligations en '
     "matière de sécurité du traitement, de notification des violations de données et d'analyse d'impact.", 'stated'),
    ('compliance_assistance', 'fr', 'Assistance', 'Le Prestataire assiste le Club dans le cadre des éventuelles '
     "analyses d'impact sur la protection des données.", 'stated'),
    ('compliance_assistance', 'en', 'Assistance', 'The Processor shall provide the Controller with the information '
     'it needs to carry out a data protection impact assessment.', 'stated'),
    ('compliance_assistance', 'nl', 'Bijstand', 'De Verwerker verleent de Verwerkingsverantwoordelijke de nodige '
     'medewerking bij een eventuele DPIA.', 'stated'),
    ('compliance_assistance', 'nl', 'Bijstand', 'De Verwerker helpt de Verwerkingsverantwoordelijke bij het '
     'nakomen van de verplichtingen inzake beveiliging, melding van datalekken, '
     'gegevensbeschermingseffectbeoordeling en voorafgaande raadpleging.', 'stated'),
    ('compliance_assistance', 'en', 'Assistance', 'Taking into account the nature of processing and the '
     'information available to the Processor, the Processor shall assist the Controller in ensuring compliance '
     'with the obligations pursuant to Articles 32 to 36 of the GDPR.', 'stated'),
    ('transfers', 'en', 'Hosting', 'The Service is hosted on servers located in Canada.', 'CA'),
    ('transfers', 'en', 'Sub-processors', 'Our sub-processors may process personal data in the United States and '
     'India.', 'IN, US'),
    ('effective_date', 'nl', 'Duur', 'De overeenkomst vangt aan op 1 januari 2025 en loopt tot 31 december 2027.',
     '2025-01-01'),
    ('effective_date', 'en', 'Term', 'This DPA shall become effective on 15 January 2025.', '2025-01-15'),
    ('effective_date', 'fr', 'Durée', 'La convention prend effet au 1er juillet 2025.', '2025-07-01'),
    # the Dutch VNG model's words
    ('security', 'nl', 'Beveiliging', 'Verwerker zal zich inspannen voldoende technische en organisatorische '
     'maatregelen te nemen met betrekking tot de te verrichten verwerkingen van persoonsgegevens.', 'stated'),
    ('breach_notice', 'nl', 'Meldplicht', 'In het geval van een datalek is Verwerker gehouden om '
     'Verwerkingsverantwoordelijke daarvan onverwijld, doch uiterlijk binnen 48 uur na de ontdekking, in kennis '
     'te stellen.', '48 hours'),
    ('term', 'nl', 'Duur en beëindiging', 'Deze overeenkomst is aangegaan voor de duur zoals bepaald in de '
     'Overeenkomst tussen partijen en bij gebreke daarvan in ieder geval voor de duur van de samenwerking.', 'stated'),
    ('return_period', 'nl', 'Duur en beëindiging', 'Zodra de overeenkomst is beëindigd, zal Verwerker binnen '
     'dertig dagen alle persoonsgegevens retourneren aan Verwerkingsverantwoordelijke.', '30 days'),
    ('transfers', 'nl', 'Doorgifte', 'Verwerker verwerkt de persoonsgegevens uitsluitend binnen de Europese '
     'Economische Ruimte.', 'none'),
    ('liability_cap', 'nl', 'Aansprakelijkheid', 'De aansprakelijkheid van Verwerker is beperkt tot het bedrag dat '
     'Verwerker in de laatste twaalf maanden onder de Overeenkomst heeft ontvangen.', 'stated'),
    ('subprocessor_authorisation', 'nl', 'Subverwerkers', 'Verwerker zal slechts met voorafgaande schriftelijke '
     'toestemming van Verwerkingsverantwoordelijke gebruik maken van een subverwerker.', 'specific'),
    ('governing_law', 'nl', 'Toepasselijk recht', 'Op deze overeenkomst is Nederlands recht van toepassing.', 'NL'),
    ('confidentiality', 'nl', 'Geheimhouding', 'Op alle persoonsgegevens die Verwerker van '
     'Verwerkingsverantwoordelijke ontvangt rust een geheimhoudingsplicht jegens derden.', 'stated'),
    ('instructions', 'nl', 'Voorwerp', 'Verwerker verwerkt de persoonsgegevens uitsluitend in opdracht van '
     'Verwerkingsverantwoordelijke.', 'stated'),
    ('audit', 'nl', 'Audit', 'Verwerkingsverantwoordelijke heeft het recht om audits uit te voeren ter controle '
     'van naleving van deze overeenkomst.', 'stated'),
    ('audit', 'nl', 'Audit', 'De audit zal pas worden uitgevoerd nadat Verwerkingsverantwoordelijke de bij '
     'Verwerker aanwezige soortgelijke auditrapportages heeft opgevraagd, beoordeeld en redelijke argumenten '
     'aandraagt. De audit wordt twee weken na voorafgaande aankondiging uitgevoerd.', '2 weeks'),
    # a small French association's plainer words
    ('data_subject_rights', 'fr', 'Droits', "Le sous-traitant s'engage à répondre, au nom et pour le compte du "
     'responsable, aux demandes des personnes concernées.', 'stated'),
    ('data_subject_rights', 'fr', 'Droits', 'Le Prestataire informe le Club de toute demande relative aux droits '
     'des membres.', 'stated'),
    ('data_subject_rights', 'fr', 'Droits des personnes', "Le Prestataire aide l'ASBL à garantir les droits des "
     'personnes concernées (accès, rectification, suppression).', 'stated'),
    ('data_subject_rights', 'fr', 'Droits', 'Le sous-traitant assiste le responsable afin de permettre aux '
     "personnes concernées d'exercer leurs droits.", 'stated'),
    ('compliance_assistance', 'fr', 'Assistance', "Le Prestataire collabore avec l'ASBL pour la réalisation d'une "
     "étude d'impact.", 'stated'),
    ('termination_notice', 'fr', 'Résiliation', 'Le contrat peut être résilié par chacune des parties moyennant un '
     "préavis écrit d'un mois.", '1 month'),
    ('termination_notice', 'fr', 'Durée', 'Le présent contrat est conclu pour une durée indéterminée. Il peut être '
     "résilié par l'une des parties avec un préavis de trois mois.", '3 months'),
    ('termination_notice', 'fr', 'Résiliation', "La résiliation s'opère par lettre recommandée, moyennant un "
     'préavis de deux mois prenant cours le premier jour du mois suivant.', '2 months'),
    ('termination_notice', 'fr', 'Fin du contrat', 'Chaque partie peut mettre un terme au contrat moyennant un '
     'préavis de 30 jours notifié par écrit.', '30 days'),
    ('termination_notice', 'fr', 'Durée', "Le contrat peut être dénoncé à tout moment, moyennant le respect d'un "
     'délai de préavis de six mois.', '6 months'),
    # "spécifiques" of the activities, beside "l'accord" (the agreement), is no specific authorisation
    ('subprocessor_authorisation', 'fr', 'Sous-traitance', 'Le Prestataire peut recourir à des sous-traitants '
     "ultérieurs pour des activités spécifiques prévues par l'accord.", 'general'),
    # the Commission's standard contractual clauses (2021/914, module two) as agreements fill them in; a heading
    # may give the cue ('Choice of forum and jurisdiction' over 'the courts of Ireland')
    ('subprocessor_authorisation', 'en', 'Use of sub-processors', 'GENERAL WRITTEN AUTHORISATION: The data '
     "importer has the data exporter's general authorisation for the engagement of sub-processor(s) from an "
     'agreed list.', 'general'),
    ('subprocessor_notice', 'en', 'Use of sub-processors', 'The data importer shall specifically inform the data '
     'exporter in writing of any intended changes to that list through the addition or replacement of '
     'sub-processors at least 30 days in advance, thereby giving the data exporter sufficient time to be able to '
     'object to such changes prior to the engagement of the sub-processor(s).', '30 days'),
    ('governing_law', 'en', 'Governing law', 'These Clauses shall be governed by the law of one of the EU Member '
     'States, provided such law allows for third-party beneficiary rights. The Parties agree that this shall be '
     'the law of Ireland.', 'IE'),
    ('court', 'en', 'Choice of forum and jurisdiction', 'The Parties agree that those shall be the courts of '
     'Ireland.', 'Ireland'),
    ('transfers', 'en', 'Description of the transfer', 'Personal data are transferred to the data importer '
     'established in the United States on the basis of these Clauses.', 'US'),
    ('breach_notice', 'en', 'Personal data breach', 'The data importer shall notify the data exporter without '
     'undue delay after having become aware of the breach.', 'without undue delay'),
    ('audit', 'en', 'Documentation and compliance', 'The data importer shall allow for and contribute to audits of '
     'the processing activities covered by these Clauses, at reasonable intervals or if there are indications of '
     'non-compliance.', 'stated'),
    # the notice period in a sentence of its own, and "opzegbaar" (terminable) with its period
    ('termination_notice', 'en', 'Duration', 'This Agreement is concluded for an indefinite period and either party '
     'may terminate it. The notice period is three months.', '3 months'),
    ('termination_notice', 'fr', 'Durée', 'La convention est conclue pour une durée indéterminée. Elle peut être '
     'résiliée par chaque partie. Le délai de préavis est de trois mois.', '3 months'),
    ('termination_notice', 'fr', 'Fin du contrat', 'Le préavis est fixé à deux mois.', '2 months'),
    ('termination_notice', 'nl', 'Looptijd', 'Na afloop van de initiële periode is de overeenkomst maandelijks '
     'opzegbaar met een termijn van 30 dagen.', '30 days'),
    # notice given "in advance", "en respectant un délai", "met een termijn van"; a French agreement's own
    # "Sous-traitant" (the processor, not a sub-processor); leaving an arrangement of several parties
    ('termination_notice', 'fr', 'Durée', "Chaque partie peut mettre fin au contrat en avertissant l'autre partie au "
     "moins un mois à l'avance.", '1 month'),
    ('termination_notice', 'fr', 'Fin du contrat', 'Le Club peut résilier le contrat à tout moment, par courrier '
     "électronique, en respectant un délai d'un mois.", '1 month'),
    ('termination_notice', 'fr', 'Durée', 'Le Sous-traitant peut résilier la convention moyennant un préavis de trois '
     'mois.', '3 months'),
    ('termination_notice', 'fr', 'Durée', 'Le contrat est conclu pour un an et se renouvelle tacitement, sauf si '
     "l'une des parties y renonce au plus tard deux mois avant son terme.", '2 months'),
    ('termination_notice', 'nl', 'Duur', 'De overeenkomst kan door iedere partij worden beëindigd met een termijn '
     'van drie maanden.', '3 months'),
    ('termination_notice', 'en', 'Termination', 'Each Party may withdraw from this Arrangement by giving the other '
     "Parties six months' written notice.", '6 months'),
    ('termination_notice', 'en', 'Duration', "A Party may leave the arrangement on six (6) months' notice to the other "
     'Parties.', '6 months'),
    ('termination_notice', 'nl', 'Opzegging', 'Iedere partij kan zich uit de regeling terugtrekken mits een '
     'opzegging van zes maanden.', '6 months'),
    # "functionaris gegevensbescherming" without "voor", its initials "FG", a Dutch academic title before a name
    ('dpo', 'nl', 'Contactpersonen', 'De functionaris gegevensbescherming (FG) van de Verwerker is mevrouw Karin Vos, '
     'bereikbaar via fg@dossierdraad.example.', 'Karin Vos'),
    ('dpo', 'nl', 'Contactpersonen', 'De FG van Verwerker: drs. P. Jansen (privacy@leverancier.example).', 'P. Jansen'),
    # of two periods, the one nearest before the objection; an agreement that "produit ses effets" on a date
    ('subprocessor_objection', 'fr', 'Sous-traitants ultérieurs', "Il informe la Commune de tout changement envisagé "
     "au moins un mois à l'avance ; la Commune dispose de quinze jours pour s'y opposer.", '15 days'),
    ('effective_date', 'fr', 'Objet et durée', 'La présente convention produit ses effets le 1er avril 2025.',
     '2025-04-01'),
    # plain words, as a small association's contract writes them
    ('data_subject_rights', 'fr', 'Droits des personnes', 'Le Prestataire aide le Club à répondre aux membres qui '
     'demandent à consulter, corriger ou effacer leurs données.', 'stated'),
    ('data_subject_rights', 'fr', 'Obligations', "Le Prestataire aide le Club à respecter les droits d'accès, de "
     "rectification et d'effacement des membres.", 'stated'),
    ('data_subject_rights', 'nl', 'Rechten', 'De Verwerker helpt de Opdrachtgever bij het beantwoorden van vragen van '
     'leden die hun gegevens willen inzien of laten verbeteren.', 'stated'),
    ('data_subject_rights', 'en', "Individuals' rights", 'The Processor shall help the Customer respond to people who '
     'ask to see, correct or delete their data.', 'stated'),
    ('compliance_assistance', 'fr', 'Obligations', 'Le Prestataire aide le Club à garantir la sécurité des données et '
     'à notifier les violations, compte tenu des informations dont il dispose.', 'stated'),
    ('subprocessor_authorisation', 'fr', 'Sous-traitance', "Le Prestataire ne peut confier tout ou partie du "
     "traitement à un tiers qu'avec l'accord écrit préalable du Club.", 'specific'),
    ('subprocessor_authorisation', 'fr', 'Sous-traitance', "Le Prestataire peut faire appel à d'autres prestataires "
     "pour l'hébergement, après en avoir informé le Club.", 'general'),
    ('subprocessor_authorisation', 'nl', 'Subverwerking', 'De Verwerker mag de verwerking niet uitbesteden aan derden '
     'zonder voorafgaande schriftelijke toestemming van de Opdrachtgever.', 'specific'),
]
TITLE = {"nl": "Verwerkersovereenkomst", "fr": "Convention de sous-traitance", "en": "Data Processing Agreement"}


# found by our own agreements written with their gold before their grid was run (tests/review/agreements)
CASES += [
    ("subprocessor_objection", "fr", "Sous-traitance ultérieure", "Le Responsable du traitement peut émettre des "
     "objections à l'encontre de ce changement dans les dix (10) jours ouvrables suivant cette information.",
     "10 working days"),
    ("nature_purpose", "nl", "Onderwerp", "De Verwerker verwerkt de persoonsgegevens uitsluitend ten behoeve van de "
     "behandeling van aanvragen van inwoners.", "stated"),
    ("liability_cap", "nl", "Aansprakelijkheid", "De aansprakelijkheid van de Verwerker is per gebeurtenis beperkt tot "
     "een bedrag van € 250.000.", "EUR 250,000 per claim"),
    ("data_types", "en", "Schedule 1 – Particulars", "Personal data: name, address, household income.", "stated"),
    ("data_types", "nl", "Bijlage 1 – Specificatie", "Persoonsgegevens: naam, adres, rijksregisternummer.", "stated"),
    # (and by 18 sentences of notice periods and DPOs written blind: 16 right at first run)
    ("termination_notice", "nl", "Duur en einde", "De Opdrachtgever kan de overeenkomst op elk ogenblik opzeggen, "
     "waarbij een termijn van twee maanden in acht wordt genomen.", "2 months"),
    ("dpo", "en", "Notices", "Data Protection Officer (Processor): Sarah Jones, privacy@processor.example",
     "Sarah Jones"),
    # (and by 23 sentences of nine items written blind: 20 right at first run, the misses all audit notices)
    ("audit", "nl", "Audit", "Audits worden ten minste twee weken op voorhand aangekondigd.", "2 weeks"),
    ("audit", "fr", "Contrôle", "Le Responsable du traitement peut procéder à un audit sur place après en avoir averti "
     "le Sous-traitant au moins dix jours ouvrables à l'avance.", "10 working days"),
    ("audit", "fr", "Audits", "Toute inspection est annoncée par écrit au moins un mois avant sa date.", "1 month"),
    # (and by 13 more of notice periods and DPOs: 11 right at first run)
    ("termination_notice", "nl", "Einde", "Elke partij kan de samenwerking stopzetten mits een opzeggingstermijn van "
     "zes maanden.", "6 months"),
    ("dpo", "en", "Data protection officer", "Processor has appointed Anna Kowalski as its Data Protection Officer.",
     "Anna Kowalski"),
    # (and by a PDF with "Section 4.01 Notification. …" clauses, its line breaks where the layout put them)
    ("transfers", "en", "International transfers", "The Contractor shall not transfer personal data outside the "
     "United Kingdom and the\nEuropean Economic Area.", "none"),
    # (and by a French PDF with "§1er." paragraphs and a retention table)
    ("transfers", "fr", "Transferts", "Aucune donnée n'est transférée en dehors de l'Espace économique européen.",
     "none"),
    ("data_types", "fr", "Données et personnes concernées", "Les catégories de personnes concernées et de données, "
     "ainsi que leurs durées de conservation, figurent à l'annexe 2.", "stated"),
    # (and by questions written blind in other words than the agreements': data handed back)
    ("return_period", "en", "End of the agreement", "When the agreement ends, the Processor shall hand all personal "
     "data back to the Controller within fifteen (15) days.", "15 days"),
    # (and by two Brussels agreements in Dutch and French: hundreds written out, data kept inside in other verbs, a
    # right to check the processor)
    ("backup_retention", "nl", "Einde van de verwerking", "Back-ups worden binnen honderdtwintig dagen overschreven.",
     "120 days"),
    ("backup_retention", "fr", "Fin du traitement", "Les sauvegardes sont écrasées dans les cent vingt jours.",
     "120 days"),
    ("transfers", "nl", "Doorgifte", "Iristel geeft geen gegevens door naar een land buiten de Europese Economische "
     "Ruimte.", "none"),
    ("transfers", "fr", "Transferts", "Iristel ne transfère aucune donnée vers un pays situé hors de l'Espace "
     "économique européen.", "none"),
    ("audit", "nl", "Controle", "De politiezone mag tweemaal per jaar onaangekondigd de server en de toegangslogs van "
     "de verwerker controleren.", "stated"),
    # (fourteenth session's blind agreements) what the data are processed for, in the processing's own words; the
    # data "concerned"; a term that "runs from" its first day
    ("nature_purpose", "en", "Scope", "The Processor processes personal data only to provide these services.",
     "stated"),
    ("nature_purpose", "fr", "Objet", "Le sous-traitant traite pour son compte les données à caractère personnel "
     "nécessaires : 1° à la tenue du registre des inhumations ;", "stated"),
    ("data_types", "en", "Scope", "The personal data concerned are names, addresses and photographs of sites.",
     "stated"),
    ("effective_date", "nl", "Duur", "Deze overeenkomst loopt van 1 januari 2027 tot en met 31 december 2030.",
     "2027-01-01"),
    # (seventeenth session's blind addendum) duties in plain words: the data listed, a request passed on, consent to
    # each new processor, the data handed over, a cap for a year
    ("data_types", "en", "Scope", "The personal data are names, contact details and the content of enquiries.",
     "stated"),
    ("data_subject_rights", "en", "Requests from individuals", "If an individual asks the Supplier for access to, "
     "correction or erasure of their information, the Supplier passes the request on to the City.", "stated"),
    ("subprocessor_authorisation", "en", "Other processors", "The Supplier may use the other processors listed in "
     "Schedule 1. It may add or replace one only after the City has agreed in writing.", "specific"),
    ("return_period", "en", "When the services end", "When the services end, the Supplier deletes all personal data "
     "within forty-five days, unless the City asks for a copy, in which case the Supplier hands it over within "
     "fifteen days.", "15 days"),
    ("liability_cap", "en", "Liability", "Each party's total liability is capped at EUR 500,000 for all claims "
     "arising in a contract year.", "EUR 500,000 per year"),
]


def _grid_of_clause(language: str, heading: str, text: str):
    """The grid of an agreement of one clause "4.2" under `heading`."""
    info = DocumentInfo("doc", TITLE[language], (), (), "doc.txt", "h", language, 1)
    return extract_grid(info, [Clause("doc", "4.2", "4", heading, (heading,), f"4.2 {text}", (1, 1), 0, 0, language,
                                      1)])


@pytest.mark.parametrize("item, language, heading, text, expected", CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_each_item_in_each_language(item, language, heading, text, expected):
    cell = _grid_of_clause(language, heading, text).cell(item)
    assert (cell.status, cell.value, cell.clause) == ("stated", expected, "4.2"), cell


def test_every_item_has_a_case_in_every_language():
    from review.items import ITEMS

    covered = {(c[0], c[1]) for c in CASES}
    # the signature date comes from the signature block, the sub-processor list from a table (test_extract.py)
    assert {(i.id, lang) for i in ITEMS if i.kind not in ("signed", "list") for lang in ("nl", "fr", "en")} <= covered


def test_sentences_that_only_look_like_a_term_state_none():
    """Severability, a defined term, a period that runs after the end: the agreement's term is not stated."""
    info = DocumentInfo("doc", "Non-Disclosure Agreement", (), (), "doc.txt", "h", "en", 1)
    texts = ["If any term, condition or provision of this Agreement is held invalid, the remaining provisions shall "
             "remain in full force and effect.",
             "The term “Affiliate” as used in this Agreement includes any entity controlling a party.",
             "The Company agrees that for two (2) years following the termination of this Agreement it will not "
             "solicit any employee."]
    clauses = [Clause("doc", str(n), str(n), "General", ("General",), f"{n}. {text}", (1, 1), 0, 0, "en", n)
               for n, text in enumerate(texts, 1)]
    assert extract_grid(info, clauses).cell("term").status == "not stated"


def test_more_sentences_that_only_look_like_the_item():
    """'treedt op als verwerker' (acts as) is no term; a French severability clause is none either; the aim of the
    agreement itself is a weaker purpose than the processing's own; a secondary numbering's preamble is a
    preamble."""
    info = DocumentInfo("doc", "Verwerkersovereenkomst", (), (), "doc.txt", "h", "nl", 1)
    texts = [("Deel 1 – Preamble", "Inetum NV treedt hierbij op als verwerker in de zin van artikel 28 AVG."),
             ("12", "Si une partie quelconque des présentes Conditions est déterminée comme non valable ou "
                    "inapplicable, les parties restantes resteront en vigueur."),
             ("1", "The purpose of the DPA is to ensure such processing is conducted in accordance with applicable "
                   "laws."),
             ("2.2", "The Processor processes the personal data for the purpose of running the payroll service.")]
    clauses = [Clause("doc", label, None, "Algemeen", ("Algemeen",), text, (1, 1), 0, 0, "nl", n)
               for n, (label, text) in enumerate(texts)]
    grid = extract_grid(info, clauses)
    assert grid.cell("term").status == "not stated" and grid.cell("nature_purpose").clause == "2.2"


def test_the_entry_into_force_of_a_law_is_no_effective_date():
    """Only the agreement 'enters into force'; a Commission decision's entry into force, with its date, is not the
    agreement's start."""
    info = DocumentInfo("doc", "Data Processing Agreement", (), (), "doc.txt", "h", "en", 1)
    text = ("The parties acknowledge that, pursuant to the FAQs raised by the entry into force of Commission Decision "
            "2010/87/EU of 5 February 2010, the data exporter may give a general consent to onward sub-processing.")
    clause = Clause("doc", "Exhibit C", None, "Sub-processing", ("Sub-processing",), text, (1, 1), 0, 0, "en", 1)
    assert extract_grid(info, [clause]).cell("effective_date").status == "not stated"


# (item, language, heading, sentence that only looks like the item): the item is not stated
# (a party's seat or a definition is no transfer, an uptime or warranty period no term, a fee or a penalty no cap,
# the authority's town no court, a notice of changes no termination notice, …)
NOT_THE_ITEM = [
    # the logs' period in the next item of a list of measures is not the backups'
    ('backup_retention', 'fr', 'Sécurité', 'Le sous-traitant met en œuvre au minimum : - a) le chiffrement ; - b) une '
     'sauvegarde quotidienne conservée dans un second centre de données ; - c) la journalisation des accès, les '
     'journaux étant conservés pendant deux ans.'),
    # on behalf of the controller is no purpose
    ('nature_purpose', 'nl', 'Verplichtingen', 'De Verwerker verwerkt de persoonsgegevens uitsluitend ten behoeve '
     'van de Verwerkingsverantwoordelijke.'),
    ('transfers', 'en', 'Parties', 'Acme Ltd, a company incorporated in England and Wales, with its registered '
     'office at 1 High Street, London, United Kingdom.'),
    ('transfers', 'en', 'Definitions', '"Customer" means the entity identified in the Order Form, located in Canada '
     'or the United States.'),
    ('transfers', 'fr', 'Parties', 'La société Nuvia SAS, dont le siège social est situé 12 rue de la Paix, 75002 '
     'Paris, France.'),
    ('transfers', 'nl', 'Partijen', 'Cloudco Inc., met maatschappelijke zetel te 500 Main Street, Seattle, Verenigde '
     'Staten, hierna de Verwerker.'),
    ('transfers', 'en', 'Support', 'Support is provided in English, French and German from offices in Belgium and '
     'Switzerland.'),
    ('transfers', 'en', 'Data subjects', 'Data subjects include end users residing in the United States, Canada, '
     'Japan and Australia.'),
    ('term', 'en', 'Service levels', 'The Provider guarantees an availability of 99.9% per calendar month.'),
    ('term', 'en', 'Support', 'Support requests are answered within four (4) hours during business hours.'),
    ('term', 'nl', 'Bewaartermijn', 'De gegevens worden gedurende vijf jaar bewaard.'),
    ('term', 'fr', 'Garantie', 'Le temps de fonctionnement garanti est de 99,5 % sur une période de douze mois.'),
    ('term', 'en', 'Warranty', 'The Supplier warrants the Software for a period of twelve (12) months from delivery.'),
    ('term', 'en', 'Confidentiality', 'The obligations of confidentiality shall apply for a period of five (5) years '
     'from the date of disclosure.'),
    ('liability_cap', 'en', 'Fees', 'The Customer shall pay a fee of EUR 10,000 per year.'),
    ('liability_cap', 'nl', 'Boete', 'Bij overtreding verbeurt de Verwerker een boete van 5.000 euro per dag.'),
    ('audit', 'en', 'Records', 'The Processor shall keep records of processing activities and make them available on '
     'request.'),
    ('dpo', 'en', 'Definitions', '"Data Protection Officer" has the meaning given in the GDPR.'),
    ('dpo', 'nl', 'Kennisgevingen', 'Kennisgevingen worden gericht aan de functionaris voor gegevensbescherming van '
     'de Opdrachtgever.'),
    ('court', 'en', 'Supervisory authority', 'The competent supervisory authority is the Belgian Data Protection '
     'Authority in Brussels.'),
    ('court', 'nl', 'Toezicht', 'De bevoegde toezichthoudende autoriteit is de Gegevensbeschermingsautoriteit te '
     'Brussel.'),
    ('governing_law', 'en', 'Compliance', 'The Processor shall comply with the GDPR and the Belgian Act of 30 July '
     '2018.'),
    ('effective_date', 'en', 'Background', 'The Main Agreement was concluded on 1 March 2020 following a public '
     'tender.'),
    ('effective_date', 'nl', 'Context', 'De Raad van Bestuur keurde op 12 januari 2024 het bestek goed.'),
    ('breach_notice', 'en', 'Authority', 'The Controller shall notify the supervisory authority within 72 hours.'),
    ('termination_notice', 'en', 'Objection', 'The Controller may object within thirty (30) days of such notice.'),
    ('termination_notice', 'en', 'Changes', "The Provider shall give thirty (30) days' notice of any change to the "
     "Services."),
    ('subprocessor_notice', 'en', 'Changes', "The Provider shall give thirty (30) days' notice of any change to the "
     "Services."),
    ('deletion_period', 'en', 'Retention', 'Log files are kept for six (6) months.'),
    # a decision on a request that is not about a sub-processor, and answering requests
    ('subprocessor_objection', 'en', 'Breaches', 'The City alone decides whether to notify the authority, which it '
     'must do within seventy-two (72) hours.'),
    ('subprocessor_objection', 'en', 'Assistance', 'The Supplier shall assist the Council in responding to requests '
     'from data subjects and forward any request within 5 working days.'),
    ('return_period', 'en', 'Delivery', 'The Supplier shall deliver the reports within ten (10) days of the end of '
     'each quarter.'),
    ('backup_retention', 'en', 'Availability', 'Backups are made daily.'),
    ('data_subject_rights', 'en', 'Definitions', '"Data Subject" means an identified or identifiable natural person.'),
    ('compliance_assistance', 'en', 'Definitions', '"Supervisory Authority" means an independent public authority.'),
    # the agreement's term named only as a time span of another duty
    ('term', 'fr', 'Garantie de disponibilité', 'Le Fournisseur garantit une disponibilité du service de 99,9 %, '
     'calculée mensuellement, pendant toute la durée du contrat.'),
    ('term', 'en', 'Availability', 'The Provider shall maintain an availability of 99.5% during the term of the '
     'Agreement.'),
    ('term', 'nl', 'Beschikbaarheid', 'De Leverancier garandeert gedurende de looptijd van de overeenkomst een '
     'beschikbaarheid van 99,8 %.'),
    ('term', 'en', 'Support', 'Support is available throughout the duration of the Agreement on business days.'),
    # countries of people, money, law or notices are no data location
    ('transfers', 'en', 'Services', 'The Ads Program is available to publishers located in the United States, Canada, '
     'Australia, New Zealand, Japan and Mexico.'),
    ('transfers', 'en', 'Eligibility', 'You must reside in one of the following countries to use the Service: United '
     'States, Canada or Russia.'),
    ('transfers', 'en', 'Governing law', 'This Agreement is governed by the laws of the State of California, United '
     'States, without regard to conflict of laws.'),
    ('transfers', 'en', 'Notices', 'Notices to the Provider shall be sent to 123 Main Street, Toronto, Ontario, '
     'Canada.'),
    ('transfers', 'en', 'Payments', 'All fees are payable in US dollars to our bank account in the United States.'),
    ('transfers', 'en', 'Export', 'Customer shall comply with the export control laws of the United States.'),
    # a service level's periods are no term of the agreement
    ('term', 'fr', 'Garantie sur le temps de fonctionnement', 'Le temps de fonctionnement est mesuré sur la durée '
     "d'un mois civil."),
    ('term', 'fr', 'Garantie sur le temps de fonctionnement', 'La présente garantie est en vigueur à compter de la '
     'mise en production du service.'),
    ('term', 'fr', 'Garantie', "La durée de l'interruption est calculée à partir du signalement de l'incident."),
    ('term', 'en', 'Uptime guarantee', 'This uptime guarantee applies for the duration of the subscription.'),
    ('term', 'nl', 'Beschikbaarheid', 'De beschikbaarheidsgarantie geldt voor de duur van het abonnement.'),
    ('term', 'en', 'Maintenance', 'Scheduled maintenance windows shall not exceed a duration of four hours.'),
    # the VNG model: an agreement formed on signature states no date; the court "where the controller is
    # established" names no place
    ('effective_date', 'nl', 'Duur en beëindiging', 'Deze overeenkomst komt tot stand door ondertekening van Partijen '
     'en op de datum van de laatste ondertekening.'),
    ('court', 'nl', 'Geschillen', 'Alle geschillen worden voorgelegd aan de bevoegde rechter in het arrondissement '
     'waar Verwerkingsverantwoordelijke is gevestigd.'),
    # notice of a change of prices or terms is no notice of termination
    ('termination_notice', 'fr', 'Prix', 'Le Prestataire peut modifier ses tarifs moyennant un préavis de deux mois.'),
    ('termination_notice', 'en', 'Changes', 'The Supplier may amend these terms on a notice period of thirty days.'),
    # ... nor is an audit's notice, also in a sentence that does not repeat the clause heading's subject
    ('termination_notice', 'fr', 'Audits', "La Commune peut réaliser un audit par année civile. Elle en informe le "
     "Prestataire moyennant un préavis de dix (10) jours ouvrés."),
    ('termination_notice', 'en', 'Inspections', 'The Controller may inspect the premises once a year. It shall give a '
     'notice period of fifteen days.'),
    # ... nor the period to return or delete the data after the end, or to remedy a breach
    ('termination_notice', 'nl', 'Einde', 'Na de beëindiging bezorgt de Verwerker de gegevens binnen een termijn van '
     'dertig dagen terug.'),
    ('termination_notice', 'fr', 'Résiliation', 'En cas de résiliation, le Sous-traitant supprime les données dans un '
     'délai de trente jours.'),
    ('termination_notice', 'fr', 'Résiliation', 'La Commune peut résilier le contrat si le Prestataire ne remédie pas '
     'au manquement dans un délai de quinze jours.'),
    ('termination_notice', 'nl', 'Toestemming', 'De betrokkene kan zijn toestemming op elk moment intrekken; de '
     'Verwerker verwerkt de gegevens dan niet langer dan dertig dagen.'),
    # security and breaches without help to the controller; a data subject's right that the agreement only names
    ('compliance_assistance', 'en', 'Security', 'The Processor ensures the security of the data and notifies breaches '
     'within 24 hours.'),
    ('data_subject_rights', 'en', 'Definitions', '"Data Subject Rights" means the rights of access, rectification and '
     'erasure under the GDPR.'),
    ('termination_notice', 'nl', 'Prijzen', 'De Leverancier kan de prijzen aanpassen mits een opzegtermijn van twee '
     'maanden wordt gerespecteerd voor de tariefwijziging.'),
    # a security incident, a security clearance, the security adviser: no security measures
    ('security', 'nl', 'Beveiligingsincidenten', 'De verwerker meldt elk beveiligingsincident binnen achttien uur.'),
    ('security', 'fr', 'Incidents de sécurité', "Le sous-traitant signale tout incident de sécurité dans les dix-huit "
     "heures au conseiller en sécurité de l'information de la zone."),
    ('security', 'fr', 'Confidentialité', "Seuls les membres du personnel titulaires d'une habilitation de sécurité "
     "ont accès au serveur."),
    # personal data said to be processed somewhere are no list of them
    ('data_types', 'en', 'Location', 'The personal data are processed only in Belgium, on servers of the Processor.'),
    # a definition
    ('subject_matter', 'en', 'Definitions and scope', 'Terms such as "personal data" and "processing" have the '
     'meanings given in the GDPR.'),
]


@pytest.mark.parametrize("item, language, heading, text", NOT_THE_ITEM)
def test_sentences_that_only_look_like_the_item_state_nothing(item, language, heading, text):
    assert _grid_of_clause(language, heading, text).cell(item).status == "not stated"


# One agreement with several notice periods: each item takes its own (a short clause is read sentence by sentence)
NOTICES = {
    "en": [("5", "Sub-processors", "The Processor shall give the Controller thirty (30) days' written notice of any "
            "new sub-processor. The Controller may object within ten (10) days."),
           ("8", "Audit", "The Controller may audit the Processor once a year on fifteen (15) days' prior notice."),
           ("11", "Notices", "All notices under this Agreement shall be in writing and sent by registered mail."),
           ("12", "Term and termination", "This Agreement remains in force for as long as the Main Agreement. The "
            "Main Agreement may be terminated by either party on six (6) months' notice, in which case this "
            "Agreement ends on the same date.")],
    "fr": [("5", "Sous-traitants ultérieurs", "Le Prestataire informe la Commune par écrit, au moins trente (30) jours "
            "à l'avance, de tout nouveau sous-traitant ultérieur."),
           ("8", "Audit", "La Commune peut réaliser un audit moyennant un préavis de quinze (15) jours."),
           ("11", "Notifications", "Toute notification est faite par lettre recommandée ou par courriel."),
           ("12", "Durée", "La présente convention est conclue pour une durée indéterminée. Chaque partie peut y "
            "mettre fin par lettre recommandée moyennant un préavis de trois (3) mois.")],
    "nl": [("5", "Subverwerkers", "De Verwerker brengt de Opdrachtgever ten minste dertig (30) dagen vooraf "
            "schriftelijk op de hoogte van elke nieuwe subverwerker."),
           ("8", "Audit", "De Opdrachtgever kan een audit uitvoeren na een aankondiging van vijftien (15) dagen."),
           ("11", "Kennisgevingen", "Alle kennisgevingen gebeuren schriftelijk, per aangetekende brief of per e-mail."),
           ("12", "Duur en beëindiging", "Deze overeenkomst geldt voor onbepaalde duur. Elke partij kan ze opzeggen "
            "met inachtneming van een opzegtermijn van drie (3) maanden.")],
}


@pytest.mark.parametrize("language", sorted(NOTICES))
def test_each_notice_period_goes_to_its_own_item(language):
    info = DocumentInfo("doc", TITLE[language], (), (), "doc.txt", "h", language, 1)
    clauses = [Clause("doc", label, None, heading, (f"{label}. {heading}",), f"{label}. {heading}\n{text}", (1, 1),
                      0, 0, language, n) for n, (label, heading, text) in enumerate(NOTICES[language])]
    grid = extract_grid(info, clauses)
    found = {item: (grid.cell(item).value, grid.cell(item).clause)
             for item in ("subprocessor_notice", "audit", "termination_notice")}
    assert found == {"subprocessor_notice": ("30 days", "5"), "audit": ("15 days", "8"),
                     "termination_notice": ("6 months" if language == "en" else "3 months", "12")}
    if language == "en":
        objection = grid.cell("subprocessor_objection")
        assert (objection.value, objection.clause) == ("10 days", "5")


def test_the_processors_own_breach_deadline_and_data_subjects_beat_their_neighbours():
    """The controller's duty towards the regulator comes after the processor's, and the number of data subjects a
    breach notice gives after the data subjects' own clause: each item keeps the right one."""
    info = DocumentInfo("doc", TITLE["en"], (Party("Harbourside Council", "controller", ("Council",)),
                                             Party("Tidewater Ltd", "processor", ("Contractor",))),
                        (), "doc.txt", "h", "en", 1)
    texts = [("2.01", "Data subjects", "The personal data concern residents who apply for a parking permit."),
             ("4.01", "Notification", "The Contractor shall notify the Council of any personal data breach without "
              "undue delay and in any case no later than twenty-four (24) hours after becoming aware of it."),
             ("4.02", "Content", "The notice shall describe the nature of the breach, the categories and approximate "
              "number of data subjects concerned, and the measures taken."),
             ("4.03", "Regulator", "The Council remains responsible for reporting breaches to the Information "
              "Commissioner's Office within seventy-two (72) hours where required.")]
    clauses = [Clause("doc", label, label.split(".")[0], title, (title,), f"{label} {title}. {text}", (1, 1), 0, 0,
                      "en", n) for n, (label, title, text) in enumerate(texts)]
    grid = extract_grid(info, clauses)
    assert (grid.cell("breach_notice").value, grid.cell("breach_notice").clause) == ("24 hours", "4.01")
    assert grid.cell("data_subjects").clause == "2.01"


def _grid_of_file(path, text: str):
    """The grid of a whole agreement written to `path`, read by the real parser."""
    from ingest.parse import parse_document

    path.write_text(text, encoding="utf-8")
    parsed = parse_document(path, path.read_bytes())
    return extract_grid(parsed.info, list(parsed.clauses))


# Both parties' DPOs named: the grid gives the processor's, by role word or by the party's name in the sentence or
# in the one before it
BOTH_DPOS = {
    "en.md": ("# Data Processing Agreement\n\nThis Agreement is made between the City of Northfield (\"Controller\") "
              "and Datawise Ltd (\"Processor\").\n\n## 1. Processing\n1.1 The Processor processes personal data only "
              "on documented instructions of the Controller.\n\n## Annex I – List of parties\n\nData exporter: City "
              "of Northfield, Main Square 1. Contact person: Data Protection Officer, dpo@northfield.example.\n\n"
              "Data importer: Datawise Ltd, 4 Dock Road. Contact person: Data Protection Officer, Mr Ian Hughes, "
              "privacy@datawise.example.\n", "Ian Hughes"),
    "nl.txt": ("VERWERKERSOVEREENKOMST\n\nTussen de gemeente Zonnebeke, hierna de Verwerkingsverantwoordelijke, en "
               "Telekit NV, hierna de Verwerker.\n\nArtikel 1 – Contact\n1.1 De functionaris voor "
               "gegevensbescherming van de Verwerkingsverantwoordelijke is mevrouw Els Claeys "
               "(dpo@zonnebeke.example).\n1.2 De functionaris voor gegevensbescherming van de Verwerker is de heer "
               "Bart Wouters (dpo@telekit.example).\n", "Bart Wouters"),
    "fr.txt": ("CONTRAT DE SOUS-TRAITANCE\n\nEntre la Commune de Ciney, ci-après le Responsable du traitement, et "
               "Numeria SA, ci-après le Sous-traitant.\n\nArticle 1 – Délégués\nLe délégué à la protection des "
               "données du Responsable du traitement est Madame Anne Dumont.\nLe délégué à la protection des données "
               "du Sous-traitant est Monsieur Paul Renard.\n", "Paul Renard"),
    # the parties named by their aliases ("ci-après « le CPAS »"), the processor's officer in "Celui de …"
    "fr.md": ("# Convention de sous-traitance\n\nEntre le CPAS de Ciney, ci-après « le CPAS », agissant en qualité de "
              "responsable du traitement, et Domisoins SRL, ci-après « Domisoins », agissant en qualité de "
              "sous-traitant.\n\n## Article 1 – Délégués\n\nLe délégué à la protection des données du CPAS est "
              "Madame Nathalie Dethier. Celui de Domisoins est Monsieur Olivier Fraipont.\n", "Olivier Fraipont"),
}


@pytest.mark.parametrize("name", sorted(BOTH_DPOS))
def test_the_dpo_is_the_processors(name, tmp_path):
    text, expected = BOTH_DPOS[name]
    assert _grid_of_file(tmp_path / name, text).cell("dpo").value == expected


SUBPROCESSOR_LISTS = {
    # a bulleted list under the annex's heading
    "bulleted.txt": ("VERWERKERSOVEREENKOMST\n\nTussen de gemeente Zonnebeke, hierna de "
                     "Verwerkingsverantwoordelijke, en Telekit NV, hierna de Verwerker.\n\nArtikel 1 – "
                     "Subverwerkers\n1.1 De Verwerker mag een beroep doen op de subverwerkers van Bijlage 1.\n\n"
                     "Bijlage 1 – Subverwerkers\n- Cloudhuis NV, Gent "
                     "(België) – hosting\n- Mailflow SAS, Parijs (Frankrijk) – e-mailverzending\n- Supportly Inc., "
                     "Austin (Verenigde Staten) – helpdesk\n", ("stated", "3: BE, FR, US", "Bijlage 1")),
    "lettered.md": ("# Data Processing Agreement\n\nBetween the City of Northfield (\"Controller\") and Datawise Ltd "
                    "(\"Processor\").\n\n## 1. Sub-processors\n1.1 The Processor may engage the sub-processors listed "
                    "in Schedule 2.\n\n## Schedule 2 – Approved Sub-processors\n(a) Amazon Web Services EMEA SARL, "
                    "Luxembourg – hosting;\n(b) Zendesk Inc., United States – support ticketing.\n",
                    ("stated", "2: LU, US", "Schedule 2")),
    # a list of conditions under a sub-processors heading names no sub-processor
    "conditions.txt": ("VERWERKERSOVEREENKOMST\n\nTussen de gemeente Zonnebeke, hierna de "
                       "Verwerkingsverantwoordelijke, en Telekit NV, hierna de Verwerker.\n\nArtikel 7 – "
                       "Subverwerkers\nDe Verwerker mag een subverwerker inschakelen op voorwaarde dat:\n"
                       "- de Verwerker de Verwerkingsverantwoordelijke "
                       "vooraf informeert;\n- de subverwerker dezelfde verplichtingen naleeft;\n- de "
                       "Verwerkingsverantwoordelijke geen bezwaar maakt.\n", ("not stated", None, None)),
}


@pytest.mark.parametrize("name", sorted(SUBPROCESSOR_LISTS))
def test_the_subprocessor_list_as_a_bulleted_list(name, tmp_path):
    text, expected = SUBPROCESSOR_LISTS[name]
    cell = _grid_of_file(tmp_path / name, text).cell("subprocessor_list")
    assert (cell.status, cell.value, cell.clause) == expected


@pytest.mark.parametrize("name, text", [
    ("nl.txt", "VERWERKERSOVEREENKOMST\n\nTussen de gemeente Zonnebeke, hierna de Verwerkingsverantwoordelijke, en "
               "Telekit NV, hierna de Verwerker.\n\nArtikel 1 – Duur\nDeze overeenkomst treedt in werking op de datum "
               "van ondertekening door beide partijen.\n\nOpgemaakt te Zonnebeke op 3 maart 2026.\n"
               "Ondertekend voor Telekit NV op 10 maart 2026.\n"),
    ("fr.txt", "CONTRAT DE SOUS-TRAITANCE\n\nEntre la Commune de Hamme, responsable du traitement, et Numeria SRL, "
               "sous-traitant.\n\nArticle 1er – Durée\nLe présent contrat entre en vigueur le jour de sa signature par "
               "la dernière des parties.\n\nFait à Hamme, le 3 mars 2026.\nSigné pour Numeria SRL le 10 mars 2026.\n"),
    ("nl-vanaf.txt", "VERWERKERSOVEREENKOMST\n\nTussen de gemeente Zonnebeke, hierna de Verwerkingsverantwoordelijke, "
                     "en Telekit NV, hierna de Verwerker.\n\nArtikel 1 – Duur\nDeze overeenkomst geldt voor twee jaar "
                     "vanaf de ondertekening.\n\nOpgemaakt te Zonnebeke op 3 maart 2026.\n"
                     "Ondertekend voor Telekit NV op 10 maart 2026.\n"),
])
def test_an_agreement_in_force_on_the_day_it_is_signed_starts_on_its_last_signature(tmp_path, name, text):
    cell = _grid_of_file(tmp_path / name, text).cell("effective_date")
    assert (cell.status, cell.value, cell.clause) == ("stated", "2026-03-10", "1")


def test_a_transfer_is_quoted_from_the_clause_that_gives_its_basis_before_a_table_row(tmp_path):
    """Own agreement (Mechelen, written blind): the country in one sentence, its safeguard in the next, and the same
    country in a sub-processor table: the clause is the proof, the row only repeats it."""
    grid = _grid_of_file(tmp_path / "dpa.md", (
        "# Data Processing Agreement\n\nBetween the City of Northfield (the controller) and Quill Ltd (the processor)."
        "\n\n## Clause 6 – International transfers\n\n(a) The data are hosted in Ireland.\n\n(b) Second-line support "
        "is provided by Quill's affiliate in Bengaluru, India. That transfer is governed by the standard contractual "
        "clauses adopted by the European Commission.\n\n## Appendix 3 – Sub-processors\n\n"
        "| Sub-processor | Service | Location | Transfer safeguard |\n|---|---|---|---|\n"
        "| Quill India Pvt Ltd | second-line support | Bengaluru, India | standard contractual clauses |\n"))
    cell = grid.cell("transfers")
    assert (cell.value, cell.clause) == ("IN", "6(b)"), cell


def test_a_sentence_pointing_to_an_annex_yields_to_the_annex_row_it_names(tmp_path):
    """Own agreement (Mechelen, written blind): "… the categories of data subjects are described in Appendix 1" and a
    two-column table in Appendix 1 that a PDF gives one cell per line (no cue of the item in the row)."""
    grid = _grid_of_file(tmp_path / "dpa.txt", (
        "DATA PROCESSING AGREEMENT\nBetween the City of Northfield (the controller) and Quill Ltd (the processor).\n"
        "Clause 1 – Scope\n(a) Quill hosts the permit portal for the City.\n(b) The nature and purposes of the "
        "processing, the types of personal data and the categories of data subjects are described in Appendix 1.\n"
        "Clause 2 – Law\nThis Agreement is governed by Belgian law.\nAppendix 1 – Details of the processing\n"
        "Data subjects\napplicants, their architects, City staff\n"))
    cell = grid.cell("data_subjects")
    assert cell.clause == "Appendix 1" and "architects" in cell.quote, cell


def test_a_pointer_to_an_annex_with_a_table_of_the_data_yields_to_it_and_the_article_states_the_subject(tmp_path):
    """Own agreement (IVAM, written blind): "1.2 De aard en het doel …, de soorten persoonsgegevens … staan in
    Bijlage A" points to a table whose column is "Persoonsgegevens" (the data types are there), and says nothing of
    the subject matter, which 1.1 of the same article states."""
    grid = _grid_of_file(tmp_path / "vwo.md", (
        "# Verwerkersovereenkomst\n\nTussen de gemeente Zele (de verwerkingsverantwoordelijke) en Recyclo BV (de "
        "verwerker).\n\n## 1. Onderwerp\n\n1.1 Recyclo levert aan de gemeente het digitale afvalloket, waarmee "
        "inwoners een container aanvragen.\n\n1.2 De aard en het doel van de verwerking, de soorten persoonsgegevens "
        "en de categorieën van betrokkenen staan in Bijlage A.\n\n## 2. Recht\n\n2.1 Het Belgische recht is van "
        "toepassing.\n\n## Bijlage A – Beschrijving van de verwerking\n\n"
        "| Categorie van betrokkenen | Persoonsgegevens | Doel |\n|---|---|---|\n"
        "| inwoners | naam, adres, rijksregisternummer | aanvragen van containers |\n"))
    assert grid.cell("data_types").clause == "Bijlage A", grid.cell("data_types")
    assert grid.cell("subject_matter").clause == "1.1", grid.cell("subject_matter")


def test_values_on_a_cover_page_are_read_where_the_clauses_name_them(tmp_path):
    """Own agreement (Kortrijk, written blind): a key-terms table on the cover page ("Breach Notice Period |
    thirty-six (36) hours") and clauses that name its terms ("within the Breach Notice Period"); a party's row is no
    term, and a breach's notice period no termination notice."""
    grid = _grid_of_file(tmp_path / "dpa.md", (
        "# Data Processing Agreement – Cover Page\n\n| Key term | Selection |\n|---|---|\n"
        "| Supplier | Veridian Ltd, Manchester, United Kingdom, company number 11223344 (the processor) |\n"
        "| Breach Notice Period | thirty-six (36) hours |\n| Deletion Period | sixty (60) days after the end |\n"
        "| Governing Law | the laws of Belgium |\n\n## 1. Processing\n\n1.1 Supplier processes Customer Personal Data "
        "only on Customer's documented instructions.\n\n## 2. Transfers\n\n2.1 Customer Personal Data are hosted in "
        "the European Union. Supplier's staff in the United Kingdom may access them for support, relying on the "
        "adequacy decision of the European Commission.\n\n## 3. Breaches\n\n3.1 Supplier shall notify Customer of any "
        "Personal Data Breach without undue delay and within the Breach Notice Period.\n\n## 4. End\n\n4.1 Within the "
        "Deletion Period, Supplier shall delete all Customer Personal Data, unless Customer asks for their return.\n\n"
        "## 5. Law\n\n5.1 This Agreement is governed by the Governing Law.\n"))
    cells = {item: grid.cell(item) for item in ("breach_notice", "deletion_period", "governing_law",
                                                "termination_notice", "return_period")}
    assert (cells["breach_notice"].value, cells["breach_notice"].clause) == ("36 hours", "3.1")
    assert cells["breach_notice"].quote.endswith("within the Breach Notice Period.")  # the quote stays verbatim
    assert (cells["deletion_period"].value, cells["governing_law"].value) == ("60 days", "BE")
    assert cells["termination_notice"].status == cells["return_period"].status == "not stated"


def test_a_party_is_known_by_its_alias_without_the_article_but_not_by_a_name_cut_short():
    """"ci-après « le CPAS »" is "du CPAS" too; "Delta" and "Leverancier" keep their first letters."""
    from ingest.models import Party
    from review.extract import _roles

    info = DocumentInfo("doc", "Convention", (Party("CPAS de Ciney", "controller", ("le CPAS",)),
                                              Party("Delta Systems SRL", "processor", ("Delta",))),
                        (), "doc.txt", "h", "fr", 1)
    roles = _roles(info)
    assert roles["controller"].search("le delegue du cpas est") and roles["processor"].search("celui de delta est")
    assert not roles["processor"].search("la lta")
