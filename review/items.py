"""What a review grid shows per agreement: the content GDPR art. 28(3) requires of a processing agreement, and key
terms. Each item says how to recognise the sentence that states it, in Dutch, French and English, and what kind
of value to read from it. Patterns are matched against text folded to lower case without accents
(ingest.text.fold), so they are written that way."""

from __future__ import annotations

import re
from dataclasses import dataclass

PROCESSING, NDA, SLA, OTHER, ADDENDUM = "processing", "nda", "sla", "other", "addendum"
ALL_KINDS = frozenset({PROCESSING, NDA, SLA, OTHER})  # an addendum states only what it changes (and its dates)


def _words(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{pattern})", re.IGNORECASE)


_SUBPROCESSOR = r"subverwerker\w*|sub-?processor\w*|sub-?processing|sous-traitants? ulterieurs?|" \
                r"sous-traitance ulterieure|" \
                r"andere verwerkers?|autres? sous-traitants?|another processor|other processors|" \
                r"sub-?contractor\w*|onderaannemer\w*"
_BREACH = r"datalek\w*|inbreuk\w* in verband met persoonsgegevens|inbreuk\w* op de beveiliging|" \
          r"beveiligingsincident\w*|personal data breach\w*|data breach\w*|security (?:breach|incident)\w*|" \
          r"breach\w*|violations? de (?:donnees|" \
          r"securite)|violations? de donnees a caractere personnel|incidents? de securite"
_AUTHORITY = r"gegevensbeschermingsautoriteit|toezichthoudende autoriteit|toezichthouder|\bgba\b|" \
             r"supervisory authorit\w*|" \
             r"autorite de (?:controle|protection)|\bapd\b|\bcnil\b|\bico\b|data protection authorit\w*|" \
             r"information commissioner\w*|regulators?\b|regulateurs?\b"
# (for questions too: the supervisory authority asked about, in folded text)
AUTHORITY = re.compile(rf"(?<![\w-])(?:{_AUTHORITY})", re.IGNORECASE)
_NOTIFY = r"meld\w*|in kennis|kennisgeving|op de hoogte|verwittig\w*|informeer\w*|brengt? .{0,40} op de hoogte|" \
          r"notif\w*|inform\w*|alert\w*|report\w*|avertit|previent|signal\w*"
_END = r"einde|beeindig\w*|afloop|beëindiging|termination|expiry|expiration|end of|ends?\b|fin du|fin de|a la fin|" \
       r"au terme|resiliation|cessation|na afloop"
# a heading over the data subjects and the data together ("Art. 2. Betrokkenen en gegevens")
_SUBJECTS_AND_DATA = r"betrokkenen en (?:persoons)?gegevens|(?:persoons)?gegevens en betrokkenen|" \
                     r"data subjects and (?:personal )?data|(?:personal )?data and data subjects|" \
                     r"personnes concernees et donnees|donnees et personnes concernees"
_PROCESSOR_WORDS = r"verwerker|processor|sous-traitant|prestataire|leverancier|dienstverlener|vendor|supplier|provider"
# a definition ("« Sous-traitant ultérieur » : tout sous-traitant …", "'Datalek' means …") speaks of a term, not of
# the duty
_DEFINITION = r"^[\W\d.]*[\"“«'‘]\s*[^\"”»’]{2,40}?\s*[\"”»’]\s*[:：]|\bbetekent\b|\bmeans\b|\bdesigne\b|" \
              r"\bwordt verstaan\b|\bshall mean\b|\bon entend\b|" \
              r"\b(?:have|has|hebben|heeft|ont|a) (?:the|de|le|la) (?:meanings?|betekenis|sens|signification)\b"


@dataclass(frozen=True)
class Item:
    id: str
    labels: dict  # language -> column heading
    # value kind: present, duration, "duration or present" (a period when the sentence gives one), amount,
    # authorisation, countries, law, court, term, person, date, signed, list (the rows of a table)
    kind: str
    topic: re.Pattern  # the sentence or its clause heading speaks of this
    cue: re.Pattern | None = None  # ... and more surely when the sentence also says this
    avoid: re.Pattern | None = None  # ... and less surely when it says this (another party's duty, another subject)
    applies_to: frozenset = ALL_KINDS
    promptly: bool = False  # "without undue delay" is a value of this duration
    needs_cue: bool = False  # a sentence without the cue is no candidate
    # the clause's heading may say the cue for its sentences: "Fin du contrat" over "Il détruit ensuite toutes les
    # copies …" (not for an item whose cue names this agreement: "Duur van de overeenkomst" over the main agreement's
    # term)
    cue_in_heading: bool = False
    # of two periods in one sentence, the one right after the item's own verb ("restitue … dans les quinze jours,
    # puis les efface dans un délai de trente jours"); not for items whose topic also names other periods
    # ("renews for one-year periods unless notice … sixty days before")
    own_verb_period: bool = False
    # the item whose verb a period of this one's may follow instead in one sentence ("return … within thirty days or
    # delete them": the return's)
    rival: str | None = None
    # a sentence that opens on this is about another item ("Les copies de sauvegarde sont effacées …": the backups')
    not_opening: re.Pattern | None = None
    # topic words that say less than the others: a sentence the topic names only by them yields ("made on 12 March"
    # to "takes effect on 1 April")
    weaker: re.Pattern | None = None
    # whose fact it is: a sentence about this party ("the Processor's DPO") beats one about the other ("the DPO of
    # the Controller"), by role word or by the party's own name
    party: str | None = None
    in_preamble: bool = False  # the preamble (parties, recitals) may state it
    article: str | None = None  # the GDPR provision it checks, shown in the grid


# the day an agreement was made ("is made this 11th day of August 2015", "entered into as of 1 March 2021")
MADE_ON = r"(?:made|entered into|agreed)\W+(?:\w+\W+){0,6}?(?:this|on|as of)\b"

ITEMS: tuple[Item, ...] = (
    Item("subject_matter", {"nl": "Voorwerp en duur", "fr": "Objet et durée", "en": "Subject matter and duration"},
         # (or a heading that is only "Purpose" / "Doel", the English and Dutch for "Objet": "1. PURPOSE" over
         # "1.1 The Processor operates the port community system …")
         "present", _words(r"voorwerp|onderwerp|subject[- ]matter|objet|scope|toepassingsgebied|champ d'application|"
                           r"^(?:\d[\d.]*\W*)?(?:purpose|doel)$"),
         _words(r"verwerk\w*|process\w*|trait(?:e|ent|ement|ements)\b|duur|duration|duree|looptijd"),
         # a certificate's scope ("ISO/IEC 27001-certificaat waarvan het toepassingsgebied …") is not the agreement's
         _words(_DEFINITION + r"|certifica\w*|iso\b"),
         frozenset({PROCESSING}), article="28(3)", in_preamble=True),
    Item("nature_purpose", {"nl": "Aard en doel", "fr": "Nature et finalité", "en": "Nature and purpose"},
         # (not "doeltreffendheid", effectiveness)
         "present", _words(r"doel(?!treffend)(?:einde|einden|stelling)?\w*|finalit\w*|purposes?|aard van de verwerking|"
                           r"nature (?:of the processing|du traitement|des traitements)|aux (?:seules )?fins d|"
                           r"met het oog op|ten behoeve van (?:de |het )?\w+ing\b|"
                           # what the processing is made of ("Le traitement consiste en l'hébergement, …")
                           r"(?:le|les|de|the) (?:traitements?|verwerking|processing) (?:consiste|bestaat|consists?|"
                           r"comprend|comprennent|omvat|comprises?|includes?)|"
                           # the data it needs for what ("les données nécessaires à la tenue du registre"), what it
                           # processes them for ("processes personal data only to provide these services")
                           r"(?:personal data|persoonsgegevens|donnees(?: a caractere personnel)?) "
                           r"(?:necessaires?|nodig|necessary)(?: (?:a|aux|pour|voor|for|to)\b| ?:)|"
                           r"process\w* (?:the )?personal data (?:only |solely )?(?:in order )?to (?!the\b)\w+|"
                           r"verwerkt (?:de )?persoonsgegevens (?:enkel |uitsluitend )?om\b|"
                           r"trait\w* (?:les )?donnees (?:uniquement |exclusivement )?(?:pour|afin de)\b"),
         _words(r"verwerk\w*|process\w*|traitement"),
         # the aim of the contract's own clauses ("Deze clausules hebben tot doel te zorgen voor naleving van
         # artikel 28") is no purpose of processing
         _words(_DEFINITION + r"|(?:deze|these|ces|les presentes) (?:clausules|clauses|bepalingen)"
                r"|standaardcontractbepalingen|standard contractual clauses|clauses contractuelles types"
                # a purpose the agreement does not set ("for any other purpose required by law")
                r"|(?:any )?other purposes?|andere doel\w*|d'autres fins|autres finalites"
                # the aim of the agreement itself ("The purpose of the DPA is to ensure … applicable laws")
                r"|(?:purpose|aim) of (?:this|the) (?:dpa|agreement|addendum)|doel van deze overeenkomst"
                # the regulation's words for the assistance ("taking into account the nature of the processing")
                r"|(?:taking into account|compte tenu de|rekening houdend met) (?:the |la |de )?(?:nature|aard)"),
         frozenset({PROCESSING}), article="28(3)", in_preamble=True),
    Item("data_types", {"nl": "Soorten persoonsgegevens", "fr": "Types de données", "en": "Types of personal data"},
         "present", _words(r"categorie\w* (?:van )?(?:de )?(?:verwerkte )?persoonsgegevens|soorten persoonsgegevens|"
                           r"(?:types?|categor\w+) "
                           r"(?:of )?personal data|(?:types?|categories) de donnees|categories persoonsgegevens|"
                           # a schedule's row "Categories of data | Name, e-mail address, …" (not of data subjects)
                           r"(?:types?|categor\w+) of data(?! subject)|categorie\w* (?:van )?gegevens|"
                           r"persoonsgegevens(?:categorie\w*)|"
                           # "les catégories de personnes concernées et de données", "categorieën van betrokkenen en
                           # persoonsgegevens"
                           r"categor\w+ (?:of |van |de |des )?(?:\w+ ){1,3}(?:and|en|et) (?:of |van |de |des )?"
                           r"(?:personal data|persoonsgegevens|donnees)|"
                           # a table's column of the data ("Categorie van betrokkenen | Persoonsgegevens | Doel")
                           r"(?:^|\| )(?:persoonsgegevens|personal data|donnees(?: personnelles| a caractere "
                           r"personnel)?)(?= \||$)|"
                           # "the personal data processed comprise names, addresses …"
                           r"personal data (?:processed |concerned )?(?:comprise|include|consist)\w*|"
                           r"personal data (?:processed|concerned) (?:are|is)\b|"
                           # "The personal data are names, contact details, …" (not "… are processed only …")
                           r"\bthe personal data are (?!(?:processed|stored|kept|held|hosted|deleted|erased|transferred|"
                           r"encrypted|not|only|to|being|made|used|returned|subject)\b)\w+(?: \w+){0,3},|"
                           r"(?:de )?verwerkte persoonsgegevens (?:zijn|omvatten|betreffen)|"
                           # ("De verwerkte gegevens zijn de naam, …", not "… zijn en blijven eigendom van …")
                           r"(?:de )?verwerkte gegevens (?:zijn|omvatten)\s*(?::|(?:de|het|onder meer|volgende)\b"
                           r"(?! ?(?:\w+ )?eigendom))|"
                           # a heading over both: "Art. 2. Betrokkenen en gegevens", "Data subjects and data"
                           + _SUBJECTS_AND_DATA + r"|"
                           r"donnees (?:a caractere personnel )?(?:traitees|concernees) (?:sont|comprennent|incluent)|"
                           # "de volgende persoonsgegevens worden verwerkt: …"
                           r"(?:de )?volgende (?:categorie\w* (?:van )?)?persoonsgegevens|"
                           r"the following (?:categories of |types of )?personal data|"
                           r"(?:categories de )?donnees (?:a caractere personnel )?suivantes|"
                           # a schedule's label line: "Personal data: name, address, …", "Persoonsgegevens: naam, …"
                           r"^[\W\d.]*(?:personal data|persoonsgegevens|"
                           r"donnees(?: a caractere personnel| personnelles)?)\s*:\s*\w"),
         _words(r"identifica\w*|naam|name|nom|adres\w*|address\w*|contact\w*|e-?mail|rijksregister\w*|"
                r"geboortedatum|date of birth|date de naissance|bijlage|annex\w*|schedule"), _words(_DEFINITION),
         frozenset({PROCESSING}), article="28(3)"),
    Item("data_subjects", {"nl": "Categorieën betrokkenen", "fr": "Personnes concernées", "en": "Data subjects"},
         "present", _words(r"categorie\w* (?:van )?betrokkenen|(?:categor\w+ of )?data subjects|"
                           # "Categories of Data Subject" (a schedule's row), "De betrokkenen zijn de cliënten …"
                           r"categor\w+ of data subject|(?:de )?betrokkenen zijn|(?:the )?data subjects are|"
                           r"(?:les )?personnes concernees sont|"
                           r"(?:categories de )?personnes concernees|categorie betrokkenen|"
                           # "heeft betrekking op de volgende personen: leerlingen, …"
                           r"(?:de )?volgende (?:categorie\w* (?:van )?)?(?:betrokkenen|personen)|"
                           r"the following (?:categories of )?(?:data subjects|individuals|persons)|"
                           r"(?:categories de )?personnes suivantes|"
                           # a table's column of them ("Catégorie de personnes | Données | Finalité")
                           r"(?:^|\| )categor\w* (?:de |van |of )?(?:personnes|personen|persons|individuals)(?= \||$)|"
                           + _SUBJECTS_AND_DATA),
         # (not the data subjects' rights and requests: "requests from Data Subjects exercising their rights")
         _words(r"categor\w+"), _words(_DEFINITION + r"|requests? (?:from|of|by) data subjects?|"
                                        r"rights of (?:the )?data subjects?|data subjects? (?:exercis\w*|rights?)|"
                                        r"droits des personnes|demandes? des personnes|"
                                        r"(?:verzoeken|rechten) van (?:de )?betrokkenen|"
                                        # what a breach notice describes (art. 33(3)(a))
                                        r"number of (?:\w+ ){0,2}data subjects|aantal (?:\w+ ){0,2}betrokkenen|"
                                        r"nombre (?:\w+ ){0,2}(?:de )?personnes concernees"),
         frozenset({PROCESSING}), article="28(3)"),
    Item("instructions", {"nl": "Gedocumenteerde instructies", "fr": "Instructions documentées",
                          "en": "Documented instructions"},
         "present", _words(r"instructie\w*|instructions?|in opdracht en voor rekening|aanwijzingen|"
                           r"(?:uitsluitend|enkel|alleen) in opdracht van"),
         _words(r"schriftelijk\w*|gedocumenteerd\w*|documented|written|documentees?|ecrites?|uitsluitend|"
                r"only|uniquement|exclusivement"), _words(_DEFINITION), frozenset({PROCESSING}), article="28(3)(a)"),
    Item("confidentiality", {"nl": "Vertrouwelijkheid personeel", "fr": "Confidentialité du personnel",
                             "en": "Confidentiality of personnel"},
         # (also bound to secrecy: "tenus au secret", "zur Verschwiegenheit", "bound by secrecy")
         "present", _words(r"vertrouwelijk\w*|geheimhouding\w*|confidential\w*|confidentialite|secret professionnel|"
                           r"(?:tenu|astreint|soumis)e?s? au secret|obligation de secret|secrecy"),
         _words(r"personeel|medewerkers|werknemers|personen|persons?|staff|employees|personnel|personnes|"
                r"gemachtigd\w*|authori[sz]ed|autorisees?|preposes"), _words(_DEFINITION),
         frozenset({PROCESSING}), article="28(3)(b)"),
    Item("security", {"nl": "Beveiligingsmaatregelen", "fr": "Mesures de sécurité", "en": "Security measures"},
         # (not an incident or a breach of security: "beveiligingsincident", "incident de sécurité")
         "present", _words(r"beveiliging(?!s?incident|s?inbreuk|slek)\w*|technische en organisatorische|"
                           r"technical and organi[sz]ational|(?<!incident de )(?<!incidents de )(?<!violation de la )"
                           r"(?<!habilitation de )(?<!conseiller en )securit(?!y incident|y breach|y clearance)\w*|"
                           r"mesures techniques et organisationnelles|artikel 32|article 32"),
         _words(r"maatregel\w*|measures?|mesures?|passend\w*|appropriate|appropriees?"), _words(_DEFINITION),
         frozenset({PROCESSING}), article="28(3)(c)"),
    Item("subprocessor_authorisation", {"nl": "Subverwerkers: toestemming", "fr": "Sous-traitants : autorisation",
                                        "en": "Sub-processors: authorisation"},
         # (also handing the processing to a third party: "confier tout ou partie du traitement à un tiers", "de
         # verwerking uitbesteden aan derden", "faire appel à d'autres prestataires")
         "authorisation", _words(_SUBPROCESSOR + r"|onderaanneming|sous-traiter|subcontract\w*|uitbested\w*|"
                                 r"outsourc\w*|confier (?:\w+ ){0,5}?a (?:un |des )?tiers|"
                                 r"faire appel a (?:d'autres|un autre) prestataires?"),
         # (consent in plain words: "only after the City has agreed in writing")
         _words(r"toestemming|authori[sz]ation|autorisation|consent|agreed in writing|written approval"),
         _words(_DEFINITION),
         frozenset({PROCESSING}), article="28(2), 28(3)(d)"),
    Item("subprocessor_notice", {"nl": "Subverwerkers: aankondiging", "fr": "Sous-traitants : préavis",
                                 "en": "Sub-processors: notice"},
         "duration", _words(_SUBPROCESSOR),
         _words(r"op de hoogte|kennisgeving|aankondig\w*|voorgenomen|informeert|verwittig\w*|notif\w*|inform\w*|"
                r"intended|envisag\w*|nouveau|nieuwe?|new|toevoeging|vervanging|addition|replacement|ajout|"
                r"remplacement"),
         _words(r"bezwaar|object\w*|opposition|s'opposer|opposer|verwijder\w*|delet\w*|suppr\w*"),
         frozenset({PROCESSING}), article="28(2)"),
    Item("subprocessor_objection", {"nl": "Subverwerkers: bezwaar", "fr": "Sous-traitants : objection",
                                    "en": "Sub-processors: objection"},
         "duration or present", _words(r"bezwaar\w*|objection\w*|objects?\b|opposition|s'opposer|opposer|verzet\w*|"
                                       r"contester|conteste|betwisten|betwist|"
                                       # under a specific authorisation, the controller's answer to a request to
                                       # engage one ("L'ISPF se prononce dans les vingt jours de la réception de la
                                       # demande")
                                       r"(?:(?:fait connaitre|notifie|communique) sa decision|se prononce|beslist|"
                                       r"(?:deelt|meldt) (?:zijn|haar) beslissing|decides?\b|"
                                       r"(?:notifies|communicates|gives) (?:its|their) decision)"
                                       r"(?=[^.;]{0,80}(?:demande|verzoek|request))"),
         _words(r"binnen|within|delai|dans les|endeans|uiterlijk|no later than|au plus tard|" + _SUBPROCESSOR), None,
         frozenset({PROCESSING}), article="28(2)"),
    Item("subprocessor_list", {"nl": "Subverwerkers: lijst", "fr": "Sous-traitants : liste",
                               "en": "Sub-processors: list"},
         "list", _words(_SUBPROCESSOR), None, None, frozenset({PROCESSING}), article="28(2)"),
    Item("breach_notice", {"nl": "Melding datalek", "fr": "Notification de violation", "en": "Breach notification"},
         "duration", _words(_BREACH), _words(_NOTIFY),
         _words(_AUTHORITY + r"|betrokkenen|data subjects|personnes concernees|evaluatie\w*|verslag|rapport final|"
                r"final report|post-incident"),
         # (the processor's duty: not the controller's own towards the authority, "The Council remains responsible
         # for reporting breaches … within 72 hours")
         frozenset({PROCESSING}), promptly=True, party="processor", article="28(3)(f), 33(2)"),
    Item("data_subject_rights", {"nl": "Bijstand rechten betrokkenen", "fr": "Aide aux droits des personnes",
                                 "en": "Assistance with data-subject rights"},
         "present", _words(r"rechten van (?:de )?betrokkene\w*|verzoek\w* van (?:een |de )?betrokkene\w*|"
                           r"data subject(?:s'|'s)? (?:rights|requests?)|rights of (?:the )?data subjects|"
                           r"requests? (?:from|by|of) (?:a |the )?data subjects?|"
                           r"droits des personnes concernees|demandes? (?:d'exercice|des personnes concernees)|"
                           r"exercice (?:de leurs|des) droits|exerc(?:er|ent) (?:leurs|ses) droits|"
                           r"demandes? (?:[\w']+ ){0,3}personnes? concernees?|"
                           # "een verzoek tot inzage, rectificatie of wissing", "requests of individuals to access"
                           r"verzoek\w* tot (?:inzage|rectificatie|verbetering|wissing|uitoefening)|"
                           r"betrokkene\w* (?:\w+ ){0,3}verzoek\w*|requests? (?:of|from|by) individuals|"
                           r"requests? (?:to|for) (?:access|rectif\w*|eras\w*|correct\w*)|"
                           # "en cas d'exercice par une personne concernée de ses droits", "toute demande d'accès,
                           # de rectification", "a request from an individual to access", "vragen van betrokkenen"
                           r"exercice par (?:une|la|les) personnes? concernees?|"
                           r"demandes? d'(?:acces|opposition|effacement)|demandes? de (?:rectification|portabilite)|"
                           r"requests? (?:from|by|of) an? (?:individual|person)|"
                           r"(?:vragen|verzoeken) (?:\w+ ){0,2}betrokkenen|"
                           r"demandes? (?:relatives? )?aux droits|"
                           r"requests? (?:relating|related) to (?:their |the )?rights|"
                           # "If an individual asks the Supplier for access to, correction or erasure of …"
                           r"asks? (?:[\w']+ ){0,4}for (?:access|correction|erasure|rectification|deletion)\b|"
                           # the rights named ("les droits d'accès, de rectification et d'effacement", "het recht op
                           # inzage") and asked for in plain words ("qui demandent à consulter, corriger ou effacer
                           # leurs données", "die hun gegevens willen inzien", "people who ask to see, correct or
                           # delete their data")
                           r"droits? d'(?:acces|opposition|effacement)|droits? de (?:rectification|portabilite)|"
                           r"recht op (?:inzage|verbetering|rectificatie|wissing|gegevenswissing)|recht van inzage|"
                           r"rights? (?:of|to) (?:access|rectification|erasure|portability)|"
                           r"(?:demand\w*|souhait\w*|veulent) (?:a |d')?(?:consulter|acceder|corriger|rectifier|"
                           r"effacer)|"
                           r"(?:gegevens|persoonsgegevens) (?:willen |te |laten )?(?:inzien|verbeteren|wissen)|"
                           r"(?:ask|request)\w* to (?:see|access|correct|delete|erase)"),
         _words(r"bijstand|bijstaan|assist\w*|aide|medewerking|cooperat\w*|doorstu\w*|transmet\w*|forward\w*|"
                r"help\w*|helpt|stuurt\b.{0,80}\bdoor|ondersteun\w*|support\w*|repond\w*|respond\w*|"
                r"beantwoord\w*"),
         _words(_DEFINITION), frozenset({PROCESSING}), article="28(3)(e)"),
    Item("compliance_assistance", {"nl": "Bijstand art. 32-36", "fr": "Aide art. 32-36",
                                   "en": "Assistance with art. 32-36"},
         "present", _words(r"gegevensbeschermingseffectbeoordeling\w*|effectbeoordeling\w*|impact assessment\w*|dpia|"
                           r"aipd|analyses? d'impact|etudes? d'impact|voorafgaande raadpleging|prior consultation\w*|"
                           r"consultation prealable|artikelen 32 tot (?:en met )?36|"
                           r"art(?:ikel|\.)? ?32 t\.?e\.?m\.? 36|"
                           r"articles? 32 (?:to|a) 36|"
                           # "een beoordeling … van het effect van de beoogde verwerkingen op de bescherming van
                           # persoonsgegevens", "de toezichthoudende autoriteit te raadplegen"
                           r"beoordeling\w* (?:uit te voeren )?van het effect|evaluation de l'impact|"
                           r"(?:toezichthoudende autoriteit|supervisory authorit\w*|autorite de controle) "
                           r"(?:\w+ ){0,3}(?:te raadplegen|raadpleg\w*)|"
                           r"consult\w* (?:\w+ ){0,3}supervisory authorit\w*|"
                           # help with security and with notifying breaches, in plain words ("aide le Club à garantir
                           # la sécurité des données et à notifier les violations")
                           r"(?:aide|assist\w*|help\w*|bijstaan|bijstand|ondersteun\w*)\W+(?:\S+\s+){0,8}?"
                           r"(?:securite|security|beveiliging)\W+(?:\w+\W+){0,4}?(?:et|and|en)\W+(?:\w+\W+){0,4}?"
                           r"(?:notifi\w*|meld\w*|violations?|breach\w*|datalek\w*)"),
         _words(r"bijstand|bijstaan|assist\w*|aide|medewerking|cooperat\w*"), _words(_DEFINITION),
         frozenset({PROCESSING}), article="28(3)(f)"),
    Item("return_period", {"nl": "Teruggave bij einde", "fr": "Restitution en fin de contrat", "en": "Return at end"},
         # (also "hand/give/send the data back")
         "duration", _words(r"terug\w*|teruggave|return\w*|restitu\w*|renvo\w*|export\w*|retour\w*|"
                            r"(?:hand|give|send)\w* (?:\w+ ){0,4}back\b|hand\w* (?:it|them|\w+ data) over\b|"
                            # "bezorgt de Verwerker alle persoonsgegevens … aan de Gemeente", "bezorgt de Verwerker
                            # alle meldingen met hun bijlagen …" (not "bezorgt zij een verzoek binnen drie werkdagen")
                            r"(?:bezorg\w*|deliver\w*) (?:\w+ ){0,4}(?:persoonsgegevens|gegevens|personal data|data)|"
                            r"(?:bezorg\w*|deliver\w*|remet\w*|overhandig\w*) (?:\w+ ){0,3}(?:alle|all|tous les|"
                            r"toutes les)\b"),
         _words(_END), _words(r"back-?ups?|sauvegardes?|verwijder\w*|delet\w*|supprim\w*|detrui\w*|vernietig\w*"),
         frozenset({PROCESSING}), article="28(3)(g)", own_verb_period=True, cue_in_heading=True,
         rival="deletion_period"),
    Item("deletion_period", {"nl": "Verwijdering bij einde", "fr": "Suppression en fin de contrat",
                             "en": "Deletion at end"},
         "duration", _words(r"verwijder\w*|wissen|wist|vernietig\w*|delet\w*|eras\w*|destroy\w*|destruction|"
                            r"supprim\w*|suppression|effac\w*|detrui\w*"),
         # (not a data subject's own end: "één jaar na het einde van hun abonnement verwijderd" is retention)
         _words(_END), _words(r"logs?|journaux|kwetsbaar\w*|vulnerab\w*|(?:einde|afloop) van (?:hun|zijn|haar)|"
                              r"end of (?:their|his|her)|fin de (?:leur|son|sa)"),
         frozenset({PROCESSING}), article="28(3)(g)", own_verb_period=True, cue_in_heading=True,
         rival="return_period", not_opening=re.compile(r"^\W*(?:(?:les|de|the|all|alle|toutes les)\s+)?(?:copies de )?"
                                                      r"(?:sauvegardes?|back-?ups?|backup copies|reservekopie\w*)\b")),
    Item("backup_retention", {"nl": "Back-ups na einde", "fr": "Sauvegardes", "en": "Backups"},
         "duration", _words(r"back-?ups?|sauvegardes?|reservekopie\w*|backup copies"),
         _words(r"bewaard|overschreven|verwijder\w*|gewist|retained|overwritten|deleted|erased|conserv\w*|ecras\w*|"
                r"supprim\w*|effac\w*|kept|stored"), None, frozenset({PROCESSING}), article="28(3)(g)"),
    Item("audit", {"nl": "Audit en inspectie", "fr": "Audits et inspections", "en": "Audits and inspections"},
         # (or the right to check: "De politiezone mag tweemaal per jaar … controleren")
         "duration or present", _words(r"audit\w*|inspectie\w*|inspection\w*|controles? sur place|on-site|"
                                       r"(?:mag|mogen|kan|may|peut|peuvent) (?:\w+ ){0,12}?(?:controleren|controler|"
                                       r"inspect|verifier|verify)\b"),
         _words(r"aankondig\w*|aangekondigd|kennisgeving|vooraf\w*|op voorhand|notice|preavis|prior|advance|"
                r"informe\w*|a l'avance|averti\w*|annonc\w*|preven\w*|previen\w*"),
         _words(_DEFINITION), frozenset({PROCESSING}), article="28(3)(h)"),
    Item("transfers", {"nl": "Doorgifte buiten de EER", "fr": "Transferts hors EEE", "en": "Transfers outside the EEA"},
         "countries", _words(r"doorgifte\w*|doorgeven|transfer\w*|transfert\w*|buiten de (?:eer|europese)|"
                             r"outside the (?:eea|european)|hors de l'(?:ue|eee|union|espace)|en dehors de l'|"
                             r"derde land\w*|third countr\w*|pays tiers|locati\w*|locali[sz]\w*|lokali\w*|gelegen|"
                             r"located|situes?|"
                             r"host(?:s|ed|ing)?|gehost|heberg\w*|opgeslagen|stored|stocke\w*|datacent\w*|data cent\w*|"
                             r"centres? de donnees|plaats van (?:de )?verwerking|place of processing|"
                             r"lieu du traitement"),
         _words(r"eer|eea|eee|europ\w*|\beu\b|\bue\b|standaardcontract\w*|standard contractual|clauses contractuelles|"
                r"adequa\w*|adequation|adequaatheid\w*"),
         # a definition says who or what is meant ("'Customer' means the entity … located in Canada"), not where
         # data go
         _words(_DEFINITION), frozenset({PROCESSING, SLA, OTHER}),
         article="44-46"),
    Item("liability_cap", {"nl": "Aansprakelijkheidsplafond", "fr": "Plafond de responsabilité",
                           "en": "Liability cap"},
         "amount", _words(r"aansprakelijk\w*|liabilit\w*|liable|responsabilit\w*|schadevergoeding\w*|damages|"
                          r"compensation|indemnit\w*|dedommagement\w*"),
         _words(r"plafon\w*|beperkt|maximum|maximaal|cap\w*|limited|exceed\w*|limite\w*|exceder|totale?|total|"
                r"aggregate|ten hoogste|niet meer dan|depass\w*|overschrijd\w*|hoger (?:zijn )?dan|no more than|"
                r"up to|a concurrence de|tot een bedrag van|n'excede\w*"),
         _words(r"verzeker\w*|insur\w*|assuran\w*|credit\w*|boete\w*|penalt\w*|penalit\w*|liability company|"
                r"responsabilite limitee|beperkte aansprakelijkheid"), ALL_KINDS,
         needs_cue=True),  # a cap limits: an amount of damages or a penalty alone caps nothing
    Item("governing_law", {"nl": "Toepasselijk recht", "fr": "Droit applicable", "en": "Governing law"},
         "law", _words(r"recht|droit|lois?\b|laws?|wetgeving"),
         _words(r"beheerst|toepasselijk|van toepassing|governed|governing|governs|applicable|appl(?:y|ies)|"
                r"s'appliquent|s'applique|regie?s?|soumise?s?|interpreted|construed"), None, ALL_KINDS),
    Item("court", {"nl": "Bevoegde rechtbank", "fr": "Tribunaux compétents", "en": "Competent court"},
         "court", _words(r"(?:ondernemings|arbeids|politie|familie)?rechtbank\w*|vredegerecht|rechter|hoven|courts?|"
                         r"tribuna\w*|juridiction\w*|jurisdiction\w*"),
         _words(r"geschil\w*|dispute\w*|litige\w*|differend\w*|bevoegd\w*|jurisdiction|exclusive\w*|"
                r"exclusivement|submitted|soumis|porte devant|voorgelegd|competent\w*|sole|seuls?"),
         _words(r"court order|bevel|ordonnance|injunct\w*|summary proceedings|kort geding|refere|subpoena|"
                r"orders? (?:issued )?by|required by law|legal process|gerechtelijk\w* bevel|decision de justice"),
         ALL_KINDS,
         needs_cue=True),
    Item("term", {"nl": "Duur", "fr": "Durée", "en": "Term"},
         # (not "pendant toute la durée du contrat", "gedurende de looptijd", "throughout the duration": references)
         "term", _words(r"(?<!gedurende de )(?<!tijdens de )(?:looptijd|duur\b)|in werking|van kracht|"
                        r"(?<!during the )(?<!throughout the )duration|"
                        r"(?:continues?|remains?|be|is|stays?) (?:to be )?in (?:full )?(?:force|effect)|"
                        # "the term of this Agreement", not "any term, condition", "the term “person”", "the term so
                        # defined" or "during the term of this Agreement" (a reference to it)
                        r"(?<!any )(?<!each )(?<!such )(?<!during the )(?<!throughout the )(?<!for the )"
                        r"term\b(?!\s*[,\"“‘'(])(?!\s+(?:so|as|is|used|defined)\b)|"
                        r"(?<!pendant la )(?<!pendant toute la )(?<!durant la )(?<!durant toute la )(?<!sur la )duree|"
                        r"en vigueur|"
                        # "Deze overeenkomst loopt zolang de overheidsopdracht loopt en eindigt van rechtswege …"
                        r"loopt (?:zolang|tot|voor|gedurende)|eindigt van rechtswege|prend fin de plein droit|"
                        # ("This Agreement … continues for three years", not "obligations … shall continue for")
                        r"ends automatically|(?:runs?|continues) (?:for|until)|"
                        # "… and ends when the framework agreement ends", "eindigt zodra …", "prend fin lorsque …"
                        r"\bends (?:when|once|on the date)|eindigt (?:wanneer|zodra|op de dag)|"
                        r"prend fin (?:lorsque|quand|des que|le jour)|"
                        r"conclu\w* pour"),
         _words(r"overeenkomst|agreement|accords?\b|contrat|convention|protocol\w*"),
         _words(r"bewaar\w*|retention|conservation|vertrouwelijk\w*|confidential\w*|audit\w*|termijn van|"
                # "in force until terminated" states a term; "may terminate it" is about ending it, and what
                # survives the end, or the date changes of terms take effect, is no term either
                r"betaling|payment|paiement|(?<!until )(?<!unless )terminat\w*|opzeg\w*|resili\w*|notice|preavis|"
                r"(?<!tot )beeindig\w*|surviv\w*|na het einde|modifications?|wijzigingen|amendments?|"
                # a service level's own periods: measurement windows, outages, maintenance, guarantees
                r"interruption\w*|indisponibilit\w*|disponibilit\w*|availability|beschikbaarheid\w*|uptime|"
                r"temps de fonctionnement|maintenance|onderhoud|storing\w*|outage\w*|garanti\w*|guarantee\w*|"
                r"warrant\w*|"
                + _DEFINITION),
         ALL_KINDS),
    Item("termination_notice", {"nl": "Opzegtermijn", "fr": "Préavis de résiliation", "en": "Termination notice"},
         "duration", _words(r"opzeg\w*|opgezegd|beeindig\w*|terminat\w*|resili\w*|denonc\w*|verleng\w*|renew\w*|"
                            r"non-renew\w*|extended|extension|prolong\w*|"
                            r"reconduction|renouvel\w*|opzegging|mettre fin|met fin|"
                            # leaving an arrangement of several parties ("withdraw from this Arrangement", "zich uit
                            # de regeling terugtrekken", "se retirer de l'accord")
                            r"withdraw\w* from (?:this|the) (?:agreement|arrangement|contract|dpa)|"
                            r"leave (?:this|the) (?:agreement|arrangement)|zich (?:\w+ ){0,4}?terugtrek\w*|"
                            r"uittreden|uittreding|se retirer|"
                            r"put an end|een einde (?:maken|stellen)|(?:y |lui )?mettre un terme|mis fin|"
                            r"(?:end|cancel)\w* (?:this|the) (?:agreement|contract|services?)|cancel\w*|"
                            # "Le préavis est fixé à trois mois", "The notice period is three months"
                            r"preavis|notice period|period of notice"),
         _words(r"opzeg\w*termijn|notice|preavis|kennisgeving|aangetekend|registered|recommande|schriftelijk|written|"
                r"ecrit|ter kennis|notif\w*|meedeel\w*|mededel\w*|verwittig\w*|"
                r"in acht (?:\w+ )?(?:neemt|nemen|genomen)|inachtneming|"
                # "maandelijks opzegbaar met een termijn van 30 dagen"
                r"opzegbaar|resiliable|terminable|opzegging (?:van|met)|"
                # "en avertissant l'autre partie un mois à l'avance", "en respectant un délai d'un mois", "met een
                # termijn van drie maanden" (not "binnen een termijn van", "dans un délai de": the period to return or
                # delete the data)
                r"a l'avance|in advance|op voorhand|vooraf|avert\w*|(?:met|mits) een termijn van|"
                r"(?:en respectant|moyennant|avec) un delai|"
                # "at least sixty days before expiry", "deux mois avant son échéance"
                r"before (?:the )?(?:expir\w*|end)|avant (?:son |l')?(?:echeance|expiration|terme)|"
                r"voor het (?:verstrijken|einde|aflopen)|voor de (?:verjaar|verval|eind)\w*"),
         # (a French agreement's "Sous-traitant" is the processor itself: only its sub-processors are avoided)
         _words(r"audit\w*|inspect\w*|subverwerker\w*|sub-?processor\w*|sous-traitants? ulterieurs?|"
                r"autres? sous-traitants?|bezwaar|objection|incident\w*|data breach\w*|"
                r"datalek\w*|violations? de donnees|"
                r"ingebrekestelling|nalaat|remed\w*|herstel\w*|fails? to|mise en demeure|defaut|cure|"
                # notice of a change of prices or terms ("moyennant un préavis de deux mois, modifier ses tarifs")
                r"tarie\w*|tarif\w*|prix|prij[sz]\w*|price\w*|fees|modifi\w*|wijzig\w*|amend\w*"),
         ALL_KINDS, needs_cue=True),
    Item("dpo", {"nl": "Functionaris gegevensbescherming", "fr": "Délégué à la protection des données",
                 "en": "Data protection officer"},
         # ("functionaris gegevensbescherming" and its initials "FG" as Dutch agreements also write it)
         "person", _words(r"functionaris (?:voor )?(?:de )?gegevensbescherming|\bfg\b|data protection officer\w*|"
                          r"\bdpo\b|"
                          r"delegue\w* a la protection des donnees|\bdpd\b"),
         None, None, frozenset({PROCESSING}), in_preamble=True, party="processor"),
    Item("effective_date", {"nl": "Ingangsdatum", "fr": "Date d'entrée en vigueur", "en": "Effective date"},
         "date", _words(r"in werking|inwerkingtreding|ingangsdatum|effective|entre en vigueur|entree en vigueur|"
                        r"prend effet|takes effect|commence\w*|aanvang\w*|vanaf|met ingang van|a compter du|"
                        r"enters? into force|(?:shall )?apply from|prend cours|vangt aan|aanvangt|begint op|gaat in op|"
                        r"produi\w* ses effets|sorti\w* ses effets|heeft uitwerking|"
                        r"ingaat op|loopt van|runs from|court (?:du|a partir du)|"
                        r"a partir du|with effect from|as from|" + MADE_ON),
         _words(r"overeenkomst|agreement|accords?\b|contrat|convention|protocol\w*|addendum|avenant"), None,
         ALL_KINDS | {ADDENDUM}, in_preamble=True, weaker=re.compile(rf"\b{MADE_ON}")),
    Item("signature_date", {"nl": "Ondertekend", "fr": "Signé", "en": "Signed"}, "signed",
         _words(r"$^"), None, None, ALL_KINDS | {ADDENDUM}),
)
BY_ID = {item.id: item for item in ITEMS}
