"""Fixture agreements in numbering styles and languages other than the two samples, page by page."""

ENGLISH_PAGES = [
    [
        "DATA PROCESSING AGREEMENT",
        "BETWEEN",
        "City of Northbridge, with offices at 1 Market Square, represented by its mayor;",
        "hereinafter the \"Controller\";",
        "AND",
        "Acme Cloud Ltd, with registered office at 5 Harbour Road, represented by Jane Smith;",
        "hereinafter the \"Processor\";",
        "WHEREAS the parties signed a services contract on 3 March 2024.",
        "Clause 1 – Definitions",
        "1.1 Personal Data has the meaning given in the GDPR.",
        "1.2 Breach means a personal data breach as defined in Article 4(12) GDPR.",
        "Clause 2 – Subject matter",
        "2.1 The Processor processes Personal Data only on documented instructions.",
    ],
    [
        "Clause 3 – Security",
        "3.1 The Processor implements the measures listed in Schedule 2.",
        "3.2 Backups are encrypted and kept for thirty days.",
        "Clause 4 – Sub-processors",
        "4.1 The Processor may engage the sub-processors listed in Schedule 1.",
        "4.2 The Processor informs the Controller of any intended change;",
        "Article 28(4) GDPR applies to every sub-processor.",
    ],
    [
        "Clause 5 – Audits",
        "5.1 The Controller may audit the Processor once a year with fifteen days notice.",
        "Clause 6 – Breaches",
        "6.1 The Processor notifies the Controller of a Breach within 48 hours.",
        "6.2 The notice describes the nature of the Breach and the data concerned.",
        "Signed at Northbridge on 12 April 2024 in two originals.",
        "For the Controller                 For the Processor",
    ],
    [
        "Schedule 1 – Sub-processors",
        "Beta Hosting BV, Amsterdam: hosting of the application.",
        "Schedule 2 – Security measures",
        "Encryption at rest, two-factor authentication, quarterly penetration tests.",
    ],
]

FRENCH_PAGES = [
    [
        "CONTRAT DE SOUS-TRAITANCE",
        "ENTRE",
        "La Commune de Beauval, dont le siège est situé Place Communale 1, représentée par son collège;",
        "ci-après le « Responsable du traitement »;",
        "ET",
        "Nuage SA, dont le siège est situé Rue Haute 10, représentée par Marie Dupont;",
        "ci-après le « Sous-traitant »;",
        "Article 1er – Objet",
        "Le Sous-traitant traite les données pour le compte du Responsable du traitement.",
        "Article 2 – Obligations du sous-traitant",
        "§1. Le Sous-traitant notifie toute violation de données dans les 72 heures.",
    ],
    [
        "§2. Le Sous-traitant tient un registre des activités de traitement.",
        "§3. Les données ne quittent pas l'Union européenne.",
        "Article 3 – Durée",
        "Le présent contrat prend fin avec le contrat principal.",
        "Fait à Beauval, le 5 mai 2023, en deux exemplaires.",
    ],
    [
        "Annexe 1 – Mesures de sécurité",
        "Chiffrement des sauvegardes et journalisation des accès pendant un an.",
    ],
]

# A Dutch processing agreement over three pages, with a ruled table of sub-processors, as an archive would scan it.
DUTCH_BLOCKS = [
    "VERWERKERSOVEREENKOMST",
    "TUSSEN",
    "Gemeente Zonnebeke, met zetel te Ieperstraat 5, vertegenwoordigd door het college van burgemeester en "
    "schepenen, hierna de „verwerkingsverantwoordelijke”;",
    "EN",
    "Privéwolk NV, met zetel te Stationsstraat 12, vertegenwoordigd door Eléonore Dubois, hierna de „verwerker”;",
    "Artikel 1 – Voorwerp",
    "1.1 De verwerker verwerkt persoonsgegevens uitsluitend in opdracht van de verwerkingsverantwoordelijke.",
    "1.2 De beëindiging van de hoofdovereenkomst beëindigt ook deze overeenkomst.",
    "Artikel 2 – Vertrouwelijkheid",
    "2.1 De medewerkers van de verwerker zijn tot geheimhouding verplicht, ook na het einde van hun contract.",
    "Artikel 3 – Beveiliging",
    "3.1 De verwerker versleutelt alle back-ups en bewaart ze gedurende negentig dagen.",
    "<page>",
    "Artikel 4 – Datalekken",
    "4.1 De verwerker meldt een datalek aan de verwerkingsverantwoordelijke binnen zesendertig (36) uur na de "
    "ontdekking ervan.",
    "4.2 De melding beschrijft de aard van het lek, de betrokken gegevens en de genomen maatregelen.",
    "Artikel 5 – Subverwerkers",
    "5.1 De verwerker schakelt enkel de subverwerkers in die opgesomd zijn in bijlage 1.",
    "Artikel 6 – Duur",
    "6.1 Deze overeenkomst geldt zolang de verwerker persoonsgegevens verwerkt.",
    "<page>",
    "Bijlage 1 – Subverwerkers",
    [["Subverwerker", "Land", "Verwerking"],
     ["Datahaven BV", "Nederland", "Hosting van de toepassing"],
     ["Serveurs Réunis SA", "Frankrijk", "Back-ups en herstel"],
     ["Nordlicht GmbH", "Duitsland", "Verzending van e-mails"]],
    "Opgemaakt te Zonnebeke op 14 maart 2024 in twee exemplaren.",
]
