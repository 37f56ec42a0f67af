"""Writes src/frameworks/data/eu-ai-act.v1.json: the authoring source of the released EU AI Act pack,
version 1 (run: python3 scripts/packs/generate-eu-ai-act-v1.py src/frameworks/data/eu-ai-act.v1.json).
JSON has no references, so the shared conditions below are written out in full wherever they are
used. The JSON file is what RAIA loads and what is released; once released it is never edited in
place (a change is a new version, whose script builds on this one: see generate-eu-ai-act-v2.py)."""
import json
import sys

def q(question_id, **test):
    return {"question": question_id, **test}

def yes(question_id):
    return q(question_id, equals="yes")

def all_(*parts):
    return {"all": list(parts)}

def any_(*parts):
    return {"any": list(parts)}

def not_(part):
    return {"not": part}

def yes_or_unsure(question_id):
    """Conservative reading for an indicator that allows "I don't know": answered and not "no"."""
    return all_(q(question_id, answered=True), not_(q(question_id, equals="no")))

# Two readings of the same facts. Rules, conditions and `appliesWhen` are read in three values
# over every answer, and a question hidden by its `showIf` reads as "maybe" while unanswered, so
# each test of a pack question sits behind the gate that shows it (BIOMETRIC, LAW_ENFORCEMENT_USE):
# a gate that is "no" settles the rule instead of leaving it open. `showIf` is read in two values
# over the answers to shown questions only, so a hidden question's test is simply false there and
# the shorter SHOWN_* forms are enough.
BIOMETRIC = any_(
    q("data-types", includes="biometric"),
    # `processes-biometric` is asked only when images, video or audio are listed without biometric data.
    all_(
        any_(q("data-types", includes="images-video"), q("data-types", includes="audio-speech")),
        yes_or_unsure("processes-biometric"),
    ),
    q("system-purpose", equals="identification"),
)
LAW_ENFORCEMENT_USE = any_(
    q("system-purpose", **{"in": ["identification", "investigation-support", "risk-and-prediction", "other"]}),
    q("data-types", includes="criminal-records"),
)
REMOTE_VALUES = ["real-time", "post", "both"]
SHOWN_REMOTE_ANY = q("eu-remote-identification", **{"in": REMOTE_VALUES})
SHOWN_REAL_TIME = q("eu-remote-identification", **{"in": ["real-time", "both"]})
SHOWN_POST = q("eu-remote-identification", **{"in": ["post", "both"]})
REMOTE_ANY = all_(BIOMETRIC, SHOWN_REMOTE_ANY)
REAL_TIME = all_(BIOMETRIC, SHOWN_REAL_TIME)
POST = all_(BIOMETRIC, SHOWN_POST)
REAL_TIME_PUBLIC = all_(BIOMETRIC, SHOWN_REAL_TIME, yes("eu-public-spaces"))
LISTED_OBJECTIVES = ["victims-and-missing-persons", "imminent-threat", "serious-offence-suspect"]
ANY_LISTED_OBJECTIVE = any_(*[q("eu-rbi-objective", includes=value) for value in LISTED_OBJECTIVES])
REAL_TIME_PUBLIC_LISTED = all_(BIOMETRIC, SHOWN_REAL_TIME, yes("eu-public-spaces"), ANY_LISTED_OBJECTIVE)
SHOWN_REAL_TIME_PUBLIC_LISTED = all_(yes("eu-public-spaces"), ANY_LISTED_OBJECTIVE)

SHOWN_INDICATORS = {
    "1a": SHOWN_REMOTE_ANY,
    "1b": yes("eu-biometric-categorisation"),
    "1c": yes("eu-emotion-recognition"),
    "6a": yes_or_unsure("eu-victim-risk"),
    "6b": yes_or_unsure("eu-polygraph"),
    "6c": yes_or_unsure("eu-evidence-reliability"),
    "6d": any_(yes("eu-predicts-offending"), yes_or_unsure("eu-personality-or-past-offences")),
    "6e": yes_or_unsure("eu-profiles-persons"),
    "7": yes_or_unsure("eu-migration-border"),
}
BIOMETRIC_POINTS = ["1a", "1b", "1c"]
INDICATORS = {
    point: all_(BIOMETRIC if point in BIOMETRIC_POINTS else LAW_ENFORCEMENT_USE, test)
    for point, test in SHOWN_INDICATORS.items()
}
PROFILING = INDICATORS["6e"]
ANY_INDICATOR = any_(
    all_(BIOMETRIC, any_(*[SHOWN_INDICATORS[point] for point in BIOMETRIC_POINTS])),
    all_(LAW_ENFORCEMENT_USE, any_(*[test for point, test in SHOWN_INDICATORS.items() if point not in BIOMETRIC_POINTS])),
)
SHOWN_ANY_INDICATOR = any_(*SHOWN_INDICATORS.values())
EXCEPTIONS = ["narrow-procedural-task", "improves-completed-work", "detects-patterns-only", "preparatory-task"]
# "I don't know" claims no exception: the system is then treated as high-risk.
NO_EXCEPTION_CLAIMED = all_(q("eu-no-significant-risk", answered=True), not_(q("eu-no-significant-risk", **{"in": EXCEPTIONS})))
NOT_EXCEPTED = any_(PROFILING, NO_EXCEPTION_CLAIMED)
HIGH_RISK = all_(ANY_INDICATOR, NOT_EXCEPTED)
# Shown answers only: `eu-no-significant-risk` is answered only while a listed use without
# profiling is shown, and profiling is itself a listed use, so neither needs the indicators again.
SHOWN_HIGH_RISK = any_(SHOWN_INDICATORS["6e"], NO_EXCEPTION_CLAIMED)
SHOWN_FRIA_OR_REGISTRATION = any_(SHOWN_HIGH_RISK, SHOWN_REAL_TIME_PUBLIC_LISTED)

def cited(text, *cites):
    return {"text": text, "cites": list(cites)}

def yes_no(question_id, prompt, help_text, show_if=None, unsure=False, required=True):
    question = {"id": question_id, "prompt": prompt, "help": help_text, "kind": "yes-no"}
    if not required:
        question["required"] = False
    if unsure:
        question["allowUnsure"] = True
    if show_if is not None:
        question["showIf"] = show_if
    return question

def choice(kind, question_id, prompt, help_text, options, show_if=None, unsure=False):
    question = {
        "id": question_id,
        "prompt": prompt,
        "help": help_text,
        "kind": kind,
        "options": [{"value": value, "label": label} for value, label in options],
    }
    if unsure:
        question["allowUnsure"] = True
    if show_if is not None:
        question["showIf"] = show_if
    return question

def text(question_id, prompt, help_text, show_if):
    return {"id": question_id, "prompt": prompt, "help": help_text, "kind": "text", "required": False, "showIf": show_if}

ASK_THE_PROVIDER = "If you do not know, ask the provider or your legal adviser before answering: the answer decides whether this use is allowed at all."

biometrics = {
    "id": "eu-biometrics",
    "title": "EU AI Act: biometric identification, emotions and categories",
    "intro": "Asked because the system works with biometric data or identifies people. The answers decide whether a use is prohibited by the EU AI Act (Art. 5), allowed only under conditions, or listed as high-risk (Annex III point 1).",
    "questions": [
        choice(
            "single",
            "eu-remote-identification",
            "Does the system identify people at a distance, without their involvement, by comparing their face, gait, voice or other biometric data with a reference database?",
            "For example scanning faces in a crowd against a watch list (live), or searching recorded footage for a person (afterwards). If the system does both, choose both.",
            [
                ("real-time", "Yes, live: as the images are captured, or with only a short delay"),
                ("post", "Yes, afterwards: on images or footage recorded earlier"),
                ("both", "Both live and afterwards"),
                ("no", "No, it does not identify people this way"),
            ],
            show_if=BIOMETRIC,
        ),
        yes_no(
            "eu-public-spaces",
            "Will the live identification be used in places the public can enter, such as streets, squares, stations, shops or stadiums?",
            "Count every place members of the public can enter, even if they need a ticket or may only come at certain hours. " + ASK_THE_PROVIDER,
            show_if=SHOWN_REAL_TIME,
        ),
        choice(
            "multiple",
            "eu-rbi-objective",
            "For what purpose would the live identification in public places be used? Choose every purpose it would serve.",
            "The EU AI Act allows this use only where it is strictly necessary for one of the first three purposes (Art. 5(1)(h)); any other purpose is prohibited.",
            [
                ("victims-and-missing-persons", "A targeted search for specific victims of abduction, human trafficking or sexual exploitation, or for missing persons"),
                ("imminent-threat", "Preventing a specific, substantial and imminent threat to people's life or physical safety, or a genuine threat of a terrorist attack"),
                ("serious-offence-suspect", "Locating or identifying a suspect of one of the serious offences listed in Annex II of the Act that your country punishes with at least four years' custody"),
                ("other-purpose", "Another purpose (for example general patrolling, crowd monitoring, or finding people wanted for other offences)"),
            ],
            show_if=yes("eu-public-spaces"),
        ),
        yes_no(
            "eu-rbi-national-law",
            "Does your country's law expressly allow live remote biometric identification in public places for this purpose?",
            "The EU AI Act leaves it to each member state to allow this use, for some or all of the three purposes, in its own detailed law (Art. 5(5)). Without such a law the use is not allowed.",
            show_if=SHOWN_REAL_TIME_PUBLIC_LISTED,
            unsure=True,
        ),
        yes_no(
            "eu-rbi-targeted-person",
            "Will each use only confirm the identity of a specific person you are looking for, rather than identify everyone who passes?",
            "The Act allows the use only to confirm the identity of the person specifically targeted (Art. 5(2)).",
            show_if=SHOWN_REAL_TIME_PUBLIC_LISTED,
            unsure=True,
        ),
        choice(
            "single",
            "eu-rbi-authorisation",
            "Has a court, or an independent authority whose decision binds you, authorised this use?",
            "Each use needs prior authorisation. Only in a duly justified urgent case may the use start first, and then authorisation must be requested within 24 hours; if it is refused, the use stops at once and its data and results are deleted (Art. 5(3)).",
            [
                ("obtained", "Yes, authorisation was given before the use"),
                ("urgent-requested", "Urgent case: the use started first and authorisation was requested within 24 hours"),
                ("not-yet", "Not yet"),
                ("refused", "Authorisation was refused"),
            ],
            show_if=SHOWN_REAL_TIME_PUBLIC_LISTED,
            unsure=True,
        ),
        yes_no(
            "eu-rbi-notification",
            "Is it arranged that each use is notified to the market surveillance authority and to the national data protection authority?",
            "Each use of live remote biometric identification in public places is notified to both authorities (Art. 5(4)).",
            show_if=SHOWN_REAL_TIME_PUBLIC_LISTED,
            unsure=True,
        ),
        yes_no(
            "eu-untargeted-scraping",
            "Is the system used to build or grow a database of faces by collecting facial images indiscriminately from the internet or from CCTV footage?",
            "Untargeted collection of facial images for face-recognition databases is prohibited (Art. 5(1)(e)). " + ASK_THE_PROVIDER,
            show_if=BIOMETRIC,
        ),
        yes_no(
            "eu-emotion-recognition",
            "Does the system infer people's emotions or intentions from their biometric data, such as facial expressions, voice or body movements?",
            "Emotion recognition is prohibited at work and in education (Art. 5(1)(f)) and listed as high-risk elsewhere (Annex III point 1(c)).",
            show_if=BIOMETRIC,
        ),
        choice(
            "multiple",
            "eu-emotion-setting",
            "Where is the emotion recognition used? Choose every setting that applies.",
            "At work means on your own officers or staff; education includes training, for example at a police academy.",
            [
                ("workplace", "At work, on your own officers or staff"),
                ("education", "In education or training"),
                ("other-settings", "Elsewhere, for example in interviews"),
            ],
            show_if=yes("eu-emotion-recognition"),
        ),
        yes_no(
            "eu-emotion-medical-or-safety",
            "At work or in training, is it used only for medical or safety reasons?",
            "The prohibition of emotion recognition at work and in education does not cover uses for medical or safety reasons (Art. 5(1)(f)). " + ASK_THE_PROVIDER,
            show_if=any_(q("eu-emotion-setting", includes="workplace"), q("eu-emotion-setting", includes="education")),
        ),
        yes_no(
            "eu-biometric-categorisation",
            "Does the system sort people into categories from their biometric data to infer their race, political opinions, trade-union membership, religious or philosophical beliefs, sex life or sexual orientation?",
            "Such biometric categorisation is prohibited (Art. 5(1)(g)), except the labelling or filtering of lawfully acquired biometric data sets in law enforcement.",
            show_if=BIOMETRIC,
        ),
        yes_no(
            "eu-categorisation-labelling-only",
            "Is it used only to label or filter biometric data sets your agency acquired lawfully, for example to sort images in seized material?",
            "Labelling or filtering lawfully acquired biometric data sets in law enforcement is excepted from the prohibition (Art. 5(1)(g)); it is still listed as high-risk (Annex III point 1(b)). " + ASK_THE_PROVIDER,
            show_if=yes("eu-biometric-categorisation"),
        ),
    ],
}

law_enforcement = {
    "id": "eu-law-enforcement-uses",
    "title": "EU AI Act: law-enforcement uses it lists",
    "intro": "Asked because the system supports police work about people. The answers decide whether a use is prohibited (Art. 5(1)(d)) or listed as high-risk (Annex III points 6 and 7).",
    "questions": [
        yes_no(
            "eu-predicts-offending",
            "Does the system assess how likely it is that a particular person will commit a criminal offence, or commit one again?",
            "Predicting where or when crime may happen, without assessing individual people, is not this question. " + ASK_THE_PROVIDER,
            show_if=LAW_ENFORCEMENT_USE,
        ),
        choice(
            "single",
            "eu-offending-basis",
            "What is that assessment of a person based on?",
            "An assessment based only on profiling a person, or on their personality traits and characteristics, is prohibited (Art. 5(1)(d)). Supporting an officer's assessment that already rests on objective, verifiable facts directly linked to a criminal activity is not. " + ASK_THE_PROVIDER,
            [
                ("profile-only", "Only a profile of the person, or their personality traits and characteristics"),
                ("supports-fact-based-assessment", "It supports an officer's assessment that already rests on objective, verifiable facts directly linked to a criminal activity"),
                ("other-information", "Also other information about the person's conduct, not only a profile (say what in a note)"),
            ],
            show_if=yes("eu-predicts-offending"),
        ),
        yes_no(
            "eu-personality-or-past-offences",
            "Does the system assess people's personality traits and characteristics, or their past criminal behaviour?",
            "Listed as high-risk for law enforcement (Annex III point 6(d)).",
            show_if=LAW_ENFORCEMENT_USE,
            unsure=True,
        ),
        yes_no(
            "eu-victim-risk",
            "Does the system assess how likely it is that a person becomes a victim of crime?",
            "Listed as high-risk for law enforcement (Annex III point 6(a)).",
            show_if=LAW_ENFORCEMENT_USE,
            unsure=True,
        ),
        yes_no(
            "eu-polygraph",
            "Is the system used as a polygraph or a similar tool, for example to judge whether someone is telling the truth?",
            "Listed as high-risk for law enforcement (Annex III point 6(b)).",
            show_if=LAW_ENFORCEMENT_USE,
            unsure=True,
        ),
        yes_no(
            "eu-evidence-reliability",
            "Does the system evaluate how reliable evidence is, in an investigation or a prosecution?",
            "Listed as high-risk for law enforcement (Annex III point 6(c)).",
            show_if=LAW_ENFORCEMENT_USE,
            unsure=True,
        ),
        yes_no(
            "eu-profiles-persons",
            "Does the system profile people: evaluate or predict something about a particular person (behaviour, reliability, movements, interests) from their personal data, to detect, investigate or prosecute crime?",
            "Profiling people in the detection, investigation or prosecution of crime is listed as high-risk (Annex III point 6(e)), and a listed system that profiles people is always high-risk (Art. 6(3)).",
            show_if=LAW_ENFORCEMENT_USE,
            unsure=True,
        ),
        yes_no(
            "eu-migration-border",
            "Is the system used for migration, asylum or border control, for example at border checks or in asylum procedures?",
            "Listed as high-risk (Annex III point 7).",
            show_if=LAW_ENFORCEMENT_USE,
            unsure=True,
        ),
    ],
}

classification = {
    "id": "eu-classification",
    "title": "EU AI Act: whether a listed system is high-risk",
    "intro": "Asked because a use above is listed in Annex III. A listed system is not high-risk when it poses no significant risk to people's health, safety or rights, in one of four narrow cases (Art. 6(3)); a system that profiles people is always high-risk.",
    "questions": [
        choice(
            "single",
            "eu-no-significant-risk",
            "Does one of these describe everything the system does?",
            "Choose a case only if it covers the whole use and the system does not materially influence decisions about people (Art. 6(3)). If you choose \"I don't know\", RAIA treats the system as high-risk.",
            [
                ("narrow-procedural-task", "It performs a narrow procedural task"),
                ("improves-completed-work", "It improves the result of work a person has already completed"),
                ("detects-patterns-only", "It detects patterns or deviations in earlier decisions, without replacing or influencing the human assessment unless a person properly reviews it"),
                ("preparatory-task", "It performs a preparatory task for an assessment in one of the listed uses"),
                ("none", "None of these"),
            ],
            show_if=all_(SHOWN_ANY_INDICATOR, not_(SHOWN_INDICATORS["6e"])),
            unsure=True,
        ),
    ],
}

deployer = {
    "id": "eu-deployer-duties",
    "title": "EU AI Act: duties of an agency using a high-risk system",
    "intro": "An agency that uses an AI system under its authority is its deployer (Art. 3). The first question applies to every AI system (Art. 4); the others are asked because the system is high-risk and check the deployer's duties (Art. 14, 26, 27, 49). As reported in 2026 (the Digital Omnibus on AI, from secondary sources), the high-risk duties apply from 2 December 2027; the prohibitions and the AI literacy duty have applied since 2 February 2025.",
    "questions": [
        yes_no(
            "eu-ai-literacy",
            "Have the people who use or oversee the system been trained well enough to understand what it can and cannot do?",
            "Every agency that uses an AI system must make sure its staff have enough AI literacy for the job (Art. 4), high-risk or not.",
            unsure=True,
        ),
        yes_no(
            "eu-instructions-for-use",
            "Do you have the provider's instructions for use (what the system is for, how accurate it is, its limits and known risks), and do your procedures follow them?",
            "A deployer uses the system as its instructions say (Art. 26(1)); the provider must supply them (Art. 13).",
            show_if=SHOWN_HIGH_RISK,
            unsure=True,
        ),
        yes_no(
            "eu-oversight-assigned",
            "Have you named the people who oversee the system, and do they have the competence, training, authority and support to do it?",
            "Human oversight is assigned to competent, trained people with the authority and support they need (Art. 26(2)).",
            show_if=SHOWN_HIGH_RISK,
            unsure=True,
        ),
        yes_no(
            "eu-two-person-verification",
            "Before anyone acts on an identification, do at least two competent people check and confirm it separately?",
            "For remote biometric identification, no action or decision is taken on an identification until at least two competent, trained people have each verified and confirmed it (Art. 14(5)); EU or national law may exempt law enforcement where this would be disproportionate.",
            show_if=all_(SHOWN_HIGH_RISK, SHOWN_REMOTE_ANY),
            unsure=True,
        ),
        choice(
            "single",
            "eu-input-data",
            "Does your agency check that the data it feeds into the system is relevant and representative enough for the system's purpose?",
            "Where the deployer controls the input data, it must make sure the data is relevant and sufficiently representative (Art. 26(4)).",
            [
                ("yes", "Yes"),
                ("no", "No"),
                ("provider-controls", "We do not control the input data (the provider does)"),
            ],
            show_if=SHOWN_HIGH_RISK,
            unsure=True,
        ),
        yes_no(
            "eu-monitoring-procedure",
            "Is there a procedure to monitor how the system works and, if it may present a risk, to inform the provider and the market surveillance authority and suspend its use?",
            "Deployers monitor the system on the basis of its instructions, and on a risk inform the provider and the authority and suspend use (Art. 26(5)).",
            show_if=SHOWN_HIGH_RISK,
            unsure=True,
        ),
        yes_no(
            "eu-log-retention",
            "Will you keep the logs the system creates automatically for at least six months?",
            "Logs under the deployer's control are kept for at least six months, unless other EU or national law, in particular data protection law, provides otherwise (Art. 26(6)).",
            show_if=SHOWN_HIGH_RISK,
            unsure=True,
        ),
        yes_no(
            "eu-system-registered",
            "Is the system itself registered in the EU database (the provider does this)?",
            "A public authority must not use a high-risk system that is not registered in the EU database, and tells the provider or distributor (Art. 26(8)).",
            show_if=SHOWN_HIGH_RISK,
            unsure=True,
        ),
        yes_no(
            "eu-use-registered",
            "Has your agency registered its own use of the system in the EU database?",
            "Public authorities register their use before using the system; for biometrics, law enforcement and migration the entry goes into a secure section that is not public (Art. 49(3), 49(4)). Live identification in public places also needs it first (Art. 5(2)).",
            show_if=SHOWN_FRIA_OR_REGISTRATION,
            unsure=True,
        ),
        yes_no(
            "eu-dpia-done",
            "Has a data protection impact assessment been carried out for this system, using the provider's information?",
            "Deployers use the provider's information for their data protection impact assessment (Art. 26(9)); for police processing it is required where the processing is likely to result in a high risk to people's rights (Directive (EU) 2016/680, Art. 27).",
            show_if=SHOWN_HIGH_RISK,
            unsure=True,
        ),
        yes_no(
            "eu-fria-done",
            "Has your agency completed the fundamental rights impact assessment for this system and notified its results to the market surveillance authority?",
            "Public bodies carry it out before first using a high-risk system (Art. 27(1)) and notify the results (Art. 27(3)); live identification in public places also needs it first (Art. 5(2)). RAIA drafts it from your answers.",
            show_if=SHOWN_FRIA_OR_REGISTRATION,
            unsure=True,
        ),
        yes_no(
            "eu-informs-people",
            "Do you tell the people about whom the system makes, or helps make, decisions that it is being used?",
            "Deployers inform the people concerned (Art. 26(11)); for police use, the information rules of the Law Enforcement Directive apply (Directive (EU) 2016/680, Art. 13), including when information may be delayed or limited.",
            show_if=SHOWN_HIGH_RISK,
            unsure=True,
        ),
        yes_no(
            "eu-post-rbi-authorisation",
            "For each search of recorded images or footage, is authorisation by a court or a binding administrative authority requested before the use, or at the latest within 48 hours?",
            "Required for identification afterwards in a targeted search for a person convicted or suspected of a crime, except for the initial identification of a potential suspect based on objective, verifiable facts directly linked to the offence; if refused, the use stops and its data is deleted (Art. 26(10)).",
            show_if=all_(SHOWN_HIGH_RISK, SHOWN_POST),
            unsure=True,
        ),
        yes_no(
            "eu-post-rbi-targeted",
            "Is every search linked to a specific offence, criminal proceedings, a genuine threat of an offence, or the search for a specific missing person?",
            "Identification afterwards is never used in an untargeted way (Art. 26(10)).",
            show_if=all_(SHOWN_HIGH_RISK, SHOWN_POST),
            unsure=True,
        ),
        yes_no(
            "eu-post-rbi-police-file",
            "Is each use recorded in the relevant police file?",
            "Each use is documented in the police file and made available to the market surveillance and data protection authorities on request (Art. 26(10)).",
            show_if=all_(SHOWN_HIGH_RISK, SHOWN_POST),
            unsure=True,
        ),
        yes_no(
            "eu-post-rbi-yearly-report",
            "Is someone responsible for the yearly report on the use of identification afterwards to the market surveillance and data protection authorities?",
            "Deployers report their use of such systems every year to those authorities (Art. 26(10)).",
            show_if=all_(SHOWN_HIGH_RISK, SHOWN_POST),
            unsure=True,
        ),
        text(
            "eu-incident-contact",
            "Who in your agency tells the provider and the authorities about a serious incident involving the system?",
            "A deployer that identifies a serious incident tells the provider first, then the authorities (Art. 26(5)); the deadlines are in Art. 73. RAIA lists this for information and does not check it.",
            SHOWN_HIGH_RISK,
        ),
    ],
}

fria_questions = {
    "id": "eu-fria",
    "title": "EU AI Act: for the fundamental rights impact assessment",
    "intro": "A few things the fundamental rights impact assessment needs that the Toolkit's questions do not ask (Art. 27(1)). Each is optional: an element left without an answer is marked missing in the draft.",
    "questions": [
        text(
            "eu-fria-process-description",
            "Describe the work in which the system will be used: which unit, which tasks, and what happens with its outputs.",
            "Element (a): your agency's processes in which the system is used, in line with its intended purpose (Art. 27(1)(a)).",
            SHOWN_HIGH_RISK,
        ),
        text(
            "eu-fria-period-and-frequency",
            "For how long, and how often, will the system be used (for example every day for two years, or a few times a year in major investigations)?",
            "Element (b): the period and frequency of use (Art. 27(1)(b)).",
            SHOWN_HIGH_RISK,
        ),
        text(
            "eu-fria-oversight-arrangements",
            "How is human oversight organised: who reviews the outputs, what may they do with them, and when do they stop the system?",
            "Element (e): how human oversight is carried out according to the instructions for use (Art. 27(1)(e)).",
            SHOWN_HIGH_RISK,
        ),
        text(
            "eu-fria-measures",
            "If one of the risks occurs, what will your agency do: who decides, who is told, and how is the use suspended?",
            "Element (f): the measures to take if the risks materialise, including internal governance (Art. 27(1)(f)).",
            SHOWN_HIGH_RISK,
        ),
        text(
            "eu-fria-complaint-mechanism",
            "How can a person affected by the system complain or seek redress, and who in your agency handles it?",
            "Element (f) also covers complaint mechanisms (Art. 27(1)(f)).",
            SHOWN_HIGH_RISK,
        ),
    ],
}

def rule(rule_id, outcome, when, statement, requires=None):
    entry = {"id": rule_id, "outcome": outcome, "when": when, "statement": statement}
    if requires:
        entry["requires"] = requires
    return entry

def condition(condition_id, requirement, met_when, missing_when):
    return {"id": condition_id, "requirement": requirement, "metWhen": met_when, "missingWhen": missing_when}

prohibited_practices = {
    "kind": "screening",
    "id": "prohibited-practices",
    "title": "EU AI Act: prohibited practices (Art. 5)",
    "outcomes": [
        {"id": "prohibited", "label": "Prohibited"},
        {"id": "conditional", "label": "Allowed only under conditions"},
        {"id": "not-concerned", "label": "Not concerned"},
    ],
    "rules": [
        rule(
            "crime-prediction-by-profiling",
            "prohibited",
            all_(LAW_ENFORCEMENT_USE, yes("eu-predicts-offending"), q("eu-offending-basis", equals="profile-only")),
            cited("The system assesses how likely a person is to commit a crime on the basis of profiling or personality traits alone. This is prohibited; only supporting an officer's assessment already based on objective, verifiable facts directly linked to a criminal activity is allowed.", "ai-act:5(1)(d)"),
        ),
        rule(
            "untargeted-face-scraping",
            "prohibited",
            all_(BIOMETRIC, yes("eu-untargeted-scraping")),
            cited("The system builds or grows a face-recognition database by collecting facial images indiscriminately from the internet or CCTV footage. This is prohibited.", "ai-act:5(1)(e)"),
        ),
        rule(
            "emotion-recognition-at-work-or-in-education",
            "prohibited",
            all_(
                BIOMETRIC,
                yes("eu-emotion-recognition"),
                any_(q("eu-emotion-setting", includes="workplace"), q("eu-emotion-setting", includes="education")),
                q("eu-emotion-medical-or-safety", equals="no"),
            ),
            cited("The system infers the emotions of people at work or in education for reasons other than medical or safety ones. This is prohibited.", "ai-act:5(1)(f)"),
        ),
        rule(
            "biometric-categorisation-by-sensitive-traits",
            "prohibited",
            all_(BIOMETRIC, yes("eu-biometric-categorisation"), q("eu-categorisation-labelling-only", equals="no")),
            cited("The system sorts people by their biometric data to infer sensitive traits such as race, political opinions, religion or sexual orientation, beyond labelling or filtering lawfully acquired data sets. This is prohibited.", "ai-act:5(1)(g)"),
        ),
        rule(
            "live-public-identification-for-another-purpose",
            "prohibited",
            all_(
                REAL_TIME_PUBLIC,
                q("eu-rbi-objective", answered=True),
                any_(q("eu-rbi-objective", includes="other-purpose"), not_(ANY_LISTED_OBJECTIVE)),
            ),
            cited("Live remote biometric identification in places open to the public, for law enforcement, for a purpose other than the three the Act lists. This is prohibited.", "ai-act:5(1)(h)"),
        ),
        rule(
            "live-public-identification-authorisation-refused",
            "prohibited",
            all_(REAL_TIME_PUBLIC_LISTED, q("eu-rbi-authorisation", equals="refused")),
            cited("Authorisation for the live identification was refused: the use must stop at once, and the data and results of that use must be deleted.", "ai-act:5(3)"),
        ),
        rule(
            "live-public-identification-for-a-listed-purpose",
            "conditional",
            REAL_TIME_PUBLIC_LISTED,
            cited("Live remote biometric identification in places open to the public, for law enforcement, is allowed only where strictly necessary for one of the three listed purposes, and only when every condition below is met.", "ai-act:5(1)(h)", "ai-act:5(2)", "ai-act:5(3)", "ai-act:5(4)", "ai-act:5(5)"),
            requires=["national-law", "targeted-person-only", "prior-authorisation", "fria-completed", "use-registered", "each-use-notified"],
        ),
    ],
    "conditions": [
        condition(
            "national-law",
            cited("Your country's law expressly allows this use for this purpose.", "ai-act:5(5)"),
            yes("eu-rbi-national-law"),
            q("eu-rbi-national-law", equals="no"),
        ),
        condition(
            "targeted-person-only",
            cited("Each use only confirms the identity of the specific person targeted.", "ai-act:5(2)"),
            yes("eu-rbi-targeted-person"),
            q("eu-rbi-targeted-person", equals="no"),
        ),
        condition(
            "prior-authorisation",
            cited("A court or an independent authority whose decision is binding authorised the use beforehand or, in a duly justified urgent case, authorisation was requested within 24 hours.", "ai-act:5(3)"),
            q("eu-rbi-authorisation", **{"in": ["obtained", "urgent-requested"]}),
            q("eu-rbi-authorisation", **{"in": ["not-yet", "refused"]}),
        ),
        condition(
            "fria-completed",
            cited("The fundamental rights impact assessment is completed before the use.", "ai-act:5(2)", "ai-act:27"),
            yes("eu-fria-done"),
            q("eu-fria-done", equals="no"),
        ),
        condition(
            "use-registered",
            cited("The system is registered in the EU database before the use; only in a duly justified urgent case may registration follow, without undue delay.", "ai-act:5(2)", "ai-act:49"),
            yes("eu-use-registered"),
            q("eu-use-registered", equals="no"),
        ),
        condition(
            "each-use-notified",
            cited("Each use is notified to the market surveillance authority and the national data protection authority.", "ai-act:5(4)"),
            yes("eu-rbi-notification"),
            q("eu-rbi-notification", equals="no"),
        ),
    ],
}

def listed(point, text):
    return f"{text} This use is listed as high-risk (Annex III point {point})."

high_risk = {
    "kind": "screening",
    "id": "high-risk",
    "title": "EU AI Act: high-risk classification (Art. 6, Annex III)",
    "outcomes": [
        {"id": "high-risk", "label": "High-risk"},
        {"id": "not-high-risk", "label": "Not high-risk"},
    ],
    "rules": [
        rule("annex-iii-1a-remote-biometric-identification", "high-risk", all_(INDICATORS["1a"], NOT_EXCEPTED),
             cited(listed("1(a)", "The system identifies people remotely from their biometric data."), "ai-act:6(2)", "ai-act:Annex III(1)(a)")),
        rule("annex-iii-1b-biometric-categorisation", "high-risk", all_(INDICATORS["1b"], NOT_EXCEPTED),
             cited(listed("1(b)", "The system sorts people by sensitive traits inferred from their biometric data."), "ai-act:6(2)", "ai-act:Annex III(1)(b)")),
        rule("annex-iii-1c-emotion-recognition", "high-risk", all_(INDICATORS["1c"], NOT_EXCEPTED),
             cited(listed("1(c)", "The system recognises emotions."), "ai-act:6(2)", "ai-act:Annex III(1)(c)")),
        rule("annex-iii-6a-victim-risk", "high-risk", all_(INDICATORS["6a"], NOT_EXCEPTED),
             cited(listed("6(a)", "The system assesses how likely a person is to become a victim of crime."), "ai-act:6(2)", "ai-act:Annex III(6)(a)")),
        rule("annex-iii-6b-polygraph", "high-risk", all_(INDICATORS["6b"], NOT_EXCEPTED),
             cited(listed("6(b)", "The system is used as a polygraph or a similar tool."), "ai-act:6(2)", "ai-act:Annex III(6)(b)")),
        rule("annex-iii-6c-evidence-reliability", "high-risk", all_(INDICATORS["6c"], NOT_EXCEPTED),
             cited(listed("6(c)", "The system evaluates how reliable evidence is."), "ai-act:6(2)", "ai-act:Annex III(6)(c)")),
        rule("annex-iii-6d-offending-risk-or-personality", "high-risk", all_(INDICATORS["6d"], NOT_EXCEPTED),
             cited(listed("6(d)", "The system assesses a person's risk of offending, their personality traits or their past criminal behaviour."), "ai-act:6(2)", "ai-act:Annex III(6)(d)")),
        rule("annex-iii-6e-profiling-always-high-risk", "high-risk", PROFILING,
             cited("The system profiles people in the detection, investigation or prosecution of crime. This use is listed as high-risk (Annex III point 6(e)), and a listed system that profiles people is always high-risk: the Art. 6(3) exceptions do not apply.", "ai-act:Annex III(6)(e)", "ai-act:6(3)")),
        rule("annex-iii-7-migration-asylum-border", "high-risk", all_(INDICATORS["7"], NOT_EXCEPTED),
             cited(listed("7", "The system is used for migration, asylum or border control."), "ai-act:6(2)", "ai-act:Annex III(7)")),
        rule("article-6-3-no-significant-risk", "not-high-risk",
             all_(ANY_INDICATOR, not_(PROFILING), q("eu-no-significant-risk", **{"in": EXCEPTIONS})),
             cited("A use of the system is listed in Annex III, but you have said one of the four narrow cases covers everything it does, so it poses no significant risk and is not high-risk. Keep the reasons on file and review them whenever the use changes.", "ai-act:6(3)")),
    ],
}

def item(item_id, duty, met_when, not_met_when, action, applies_when=None):
    entry = {"id": item_id, "duty": duty}
    if applies_when is not None:
        entry["appliesWhen"] = applies_when
    entry.update({"metWhen": met_when, "notMetWhen": not_met_when, "action": action})
    return entry

def yes_no_item(item_id, duty, question_id, action, applies_when=None):
    return item(item_id, duty, yes(question_id), q(question_id, equals="no"), action, applies_when)

every_system_duties = {
    "kind": "checklist",
    "id": "every-system-duties",
    "title": "EU AI Act: duty for every AI system your agency uses",
    "items": [
        yes_no_item("ai-literacy", cited("Make sure the staff who deal with the system have enough AI literacy for their work. This applies to every AI system, high-risk or not.", "ai-act:4"),
                    "eu-ai-literacy", "Train the people who use or oversee the system in what it can and cannot do, and keep a record of the training."),
    ],
}

deployer_duties = {
    "kind": "checklist",
    "id": "deployer-duties",
    "title": "EU AI Act: duties of your agency as the deployer of a high-risk system",
    "appliesWhen": HIGH_RISK,
    "items": [
        yes_no_item("use-as-instructed", cited("Use the system as the provider's instructions for use say, with technical and organisational measures to make sure of it.", "ai-act:26(1)"),
                    "eu-instructions-for-use", "Get the provider's instructions for use and write your procedures so that they follow them."),
        yes_no_item("human-oversight-assigned", cited("Assign human oversight to people with the competence, training and authority it needs, and give them support.", "ai-act:26(2)"),
                    "eu-oversight-assigned", "Name the people who oversee the system, train them, and give them the authority to question and stop it."),
        yes_no_item("two-person-verification", cited("Act on a remote biometric identification only after at least two competent, trained people have each checked and confirmed it, unless EU or national law exempts law enforcement because this would be disproportionate.", "ai-act:14(5)"),
                    "eu-two-person-verification", "Set up a procedure in which two competent people each check and confirm a match before anyone acts on it, and record who confirmed it.",
                    applies_when=REMOTE_ANY),
        item("relevant-input-data", cited("Where your agency controls the input data, make sure it is relevant and sufficiently representative for the system's intended purpose.", "ai-act:26(4)"),
             q("eu-input-data", equals="yes"), q("eu-input-data", equals="no"),
             "Check the data you feed into the system against its intended purpose, and record the check.",
             applies_when=not_(q("eu-input-data", equals="provider-controls"))),
        yes_no_item("monitor-and-suspend", cited("Monitor the system on the basis of its instructions; where it may present a risk, inform the provider and the market surveillance authority without undue delay and suspend its use.", "ai-act:26(5)"),
                    "eu-monitoring-procedure", "Write a monitoring procedure that says who watches the system, what counts as a risk, who informs the provider and the authority, and who suspends use."),
        yes_no_item("keep-logs-six-months", cited("Keep the logs the system generates automatically, as far as they are under your control, for at least six months, unless other EU or national law, in particular data protection law, provides otherwise.", "ai-act:26(6)"),
                    "eu-log-retention", "Arrange with the provider and your IT service to keep the system's logs for at least six months."),
        yes_no_item("registered-system-only", cited("As a public authority, do not use a high-risk system that is not registered in the EU database; tell the provider or distributor if it is not.", "ai-act:26(8)"),
                    "eu-system-registered", "Check the EU database for the provider's registration before use; if the system is not registered, do not use it and tell the provider."),
        yes_no_item("data-protection-impact-assessment", cited("Use the provider's information to carry out the data protection impact assessment that police processing likely to result in a high risk to people's rights requires.", "ai-act:26(9)", "led:27"),
                    "eu-dpia-done", "Carry out (or update) the data protection impact assessment with your data protection officer, using the provider's information."),
        yes_no_item("fundamental-rights-impact-assessment", cited("Before first use, carry out the fundamental rights impact assessment and notify its results to the market surveillance authority; update it when one of its elements changes.", "ai-act:27(1)", "ai-act:27(2)", "ai-act:27(3)"),
                    "eu-fria-done", "Complete the fundamental rights impact assessment (RAIA's draft is a start), have it approved, and notify the results to the market surveillance authority."),
        yes_no_item("inform-affected-people", cited("Inform the people about whom the system makes, or helps make, decisions that it is used; for police use, the Law Enforcement Directive's rules on informing people apply.", "ai-act:26(11)", "led:13"),
                    "eu-informs-people", "Decide with your data protection officer how and when the people concerned are told, within the Law Enforcement Directive's rules."),
        yes_no_item("post-identification-authorisation", cited("For identification afterwards in a targeted search for a person convicted or suspected of a crime, request authorisation from a court or a binding administrative authority before the use or at the latest within 48 hours, except for the initial identification of a potential suspect based on objective, verifiable facts directly linked to the offence. If it is refused, stop the use and delete its data.", "ai-act:26(10)"),
                    "eu-post-rbi-authorisation", "Agree with the competent court or authority how authorisation is requested, and make sure every search is covered within 48 hours.",
                    applies_when=POST),
        yes_no_item("post-identification-targeted-only", cited("Never use identification afterwards in an untargeted way: every use is linked to a criminal offence, criminal proceedings, a genuine threat of a criminal offence, or the search for a specific missing person.", "ai-act:26(10)"),
                    "eu-post-rbi-targeted", "Require a case reference (offence, proceedings, threat or missing person) before each search, and refuse searches without one.",
                    applies_when=POST),
        yes_no_item("post-identification-police-file", cited("Document each use of identification afterwards in the relevant police file, available to the market surveillance and data protection authorities on request.", "ai-act:26(10)"),
                    "eu-post-rbi-police-file", "Record every search in the police file of the case, with who ran it, when and why.",
                    applies_when=POST),
        yes_no_item("post-identification-yearly-report", cited("Report the use of identification afterwards every year to the market surveillance and data protection authorities.", "ai-act:26(10)"),
                    "eu-post-rbi-yearly-report", "Name the person who writes the yearly report, and keep the records it needs.",
                    applies_when=POST),
    ],
}

fria = {
    "kind": "document",
    "id": "fria",
    "title": "Fundamental rights impact assessment (draft)",
    "appliesWhen": HIGH_RISK,
    "preface": cited(
        "A draft of the fundamental rights impact assessment that a public body must carry out before it first uses a high-risk system, filled from the answers given in RAIA; an element with no answer is marked missing. It may build on an earlier assessment or on the provider's, and must be updated when an element changes. Where a data protection impact assessment already covers an element, this assessment complements it. The results are notified to the market surveillance authority on a template the AI Office is to provide. As reported in mid-2026 (secondary sources), no official template had been published; once it is, the official template replaces this layout. As reported in 2026 (the Digital Omnibus on AI), this duty applies from 2 December 2027.",
        "ai-act:27(1)", "ai-act:27(2)", "ai-act:27(3)", "ai-act:27(4)", "ai-act:27(5)",
    ),
    "elements": [
        {"id": "processes", "heading": cited("(a) The processes of your agency in which the system is used, in line with its intended purpose", "ai-act:27(1)(a)"),
         "from": ["eu-fria-process-description", "system-purpose"]},
        {"id": "period-and-frequency", "heading": cited("(b) The period of time and the frequency of use", "ai-act:27(1)(b)"),
         "from": ["eu-fria-period-and-frequency"]},
        {"id": "affected-people", "heading": cited("(c) The categories of people and groups likely to be affected in this context", "ai-act:27(1)(c)"),
         "from": ["affected-groups"]},
        {"id": "risks-of-harm", "heading": cited("(d) The specific risks of harm to those people and groups, taking the provider's information into account", "ai-act:27(1)(d)", "ai-act:13"),
         "from": ["eu-instructions-for-use"], "fromRatedRisks": True},
        {"id": "human-oversight", "heading": cited("(e) How human oversight is carried out, according to the instructions for use", "ai-act:27(1)(e)"),
         "from": ["autonomy", "eu-oversight-assigned", "eu-two-person-verification", "eu-fria-oversight-arrangements"]},
        {"id": "measures-and-complaints", "heading": cited("(f) The measures to take if the risks materialise, including internal governance and complaint mechanisms", "ai-act:27(1)(f)"),
         "from": ["eu-fria-measures", "system-owner", "eu-monitoring-procedure", "eu-fria-complaint-mechanism"]},
    ],
}

registration_and_incidents = {
    "kind": "document",
    "id": "registration-and-incidents",
    "title": "For information: registration and serious incidents",
    "appliesWhen": HIGH_RISK,
    "preface": cited(
        "For information only: RAIA lists these duties so the people responsible can prepare, and does not check them. As reported in 2026 (the Digital Omnibus on AI), the registration duty for these systems applies from 2 December 2027.",
        "ai-act:49(4)", "ai-act:73",
    ),
    "elements": [
        {"id": "registration-of-use", "heading": cited("Registration: as a public authority, register your use of the system in the EU database before using it. For biometrics, law enforcement, and migration, asylum and border control (Annex III points 1, 6 and 7), the entry goes into a secure section that is not public, holds fewer fields, and only the Commission and the national authorities can see.", "ai-act:49(3)", "ai-act:49(4)"),
         "from": ["system-name", "system-owner", "eu-system-registered", "eu-use-registered"]},
        {"id": "serious-incidents", "heading": cited("Serious incidents: when your agency identifies one, it tells the provider first, then the importer or distributor and the authorities. An incident is reported no later than 15 days after becoming aware of it, 2 days for a widespread infringement or a serious disruption of critical infrastructure, and 10 days after a death. For police use, the market surveillance authority is the data protection supervisory authority or another one the state designates.", "ai-act:26(5)", "ai-act:73", "ai-act:74(8)"),
         "from": ["eu-incident-contact"]},
    ],
}

pack = {
    "id": "eu-ai-act",
    "version": "1",
    "title": "EU AI Act: prohibited practices, high-risk classification, deployer duties and the fundamental rights impact assessment",
    "jurisdiction": "European Union",
    "asOf": "2026-07-31",
    "disclaimer": "Written by the RAIA project in its own words from Regulation (EU) 2024/1689 as published in the Official Journal on 12 July 2024; statements marked \"as reported\" rest on secondary sources and were not checked against a published text. This pack is not part of the INTERPOL-UNICRI Toolkit and is not legal advice: it screens your answers against the articles it cites so that your legal adviser can check the result. Dates and duties are as they stood on the pack's \"as of\" date.",
    "sources": [
        {"id": "ai-act", "title": "Regulation (EU) 2024/1689 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)", "reference": "OJ L, 2024/1689, 12.7.2024", "binding": True},
        {"id": "led", "title": "Directive (EU) 2016/680 on the protection of natural persons with regard to the processing of personal data by competent authorities for law-enforcement purposes (Law Enforcement Directive)", "reference": "OJ L 119, 4.5.2016", "binding": True},
    ],
    "optIn": {
        "prompt": "Does the EU AI Act apply to your agency, for example because it is a police or other law-enforcement body in an EU member state?",
        "help": "Answer yes if your agency uses AI systems in the European Union. RAIA then asks a few more questions where the system calls for them and, beside the Toolkit's risk assessment, screens the system against the Act's prohibited practices and high-risk list, lists your agency's duties as its user, and drafts the fundamental rights impact assessment. None of this is part of the Toolkit, and none of it is legal advice.",
    },
    "reads": ["risk"],
    "sections": [biometrics, law_enforcement, classification, deployer, fria_questions],
    "assessments": [prohibited_practices, high_risk, every_system_duties, deployer_duties, fria, registration_and_incidents],
}

def is_inline(value):
    """Scalars, lists of plain strings, and short objects (leaf conditions, options) read best on one line."""
    if isinstance(value, list) and all(isinstance(element, (str, int, float)) for element in value):
        return True
    if isinstance(value, (dict, list)):
        return len(json.dumps(value, ensure_ascii=False, separators=(", ", ": "))) <= 90
    return True

def render(value, depth=0):
    if is_inline(value):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    pad = "  " * (depth + 1)
    if isinstance(value, dict):
        inner = ",\n".join(f"{pad}{json.dumps(key)}: {render(element, depth + 1)}" for key, element in value.items())
        return "{\n" + inner + "\n" + "  " * depth + "}"
    inner = ",\n".join(f"{pad}{render(element, depth + 1)}" for element in value)
    return "[\n" + inner + "\n" + "  " * depth + "]"

def write(value, path):
    """Writes a pack as this script lays it out (later versions' scripts reuse it)."""
    assert json.loads(render(value)) == value
    with open(path, "w") as output:
        output.write(render(value) + "\n")

if __name__ == "__main__":
    write(pack, sys.argv[1])
