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
