//! Languages and every interface string. A typed catalogue: a language that lacks a string does not
//! compile, so no user ever sees a missing key.

use crate::content::{Actor, Layer, Level, PlaceKind};
use crate::url_state::Missing;

pub use crate::lang::Lang;

/// The interface strings of a language.
pub trait Localize {
    fn strings(self) -> &'static Strings;
}

impl Localize for Lang {
    fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
        }
    }
}

const LANG_KEY: &str = "sahel-explainer.lang";

/// The language to use when the address names none: the reader's last choice, else the browser's
/// preference, else English.
pub fn preferred_lang() -> Lang {
    crate::storage::get(LANG_KEY)
        .and_then(|code| Lang::from_code(&code))
        .or_else(|| {
            let languages = web_sys::window()?.navigator().languages();
            let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
            Lang::from_preferences(tags.iter().map(String::as_str))
        })
        .unwrap_or_default()
}

pub fn remember_lang(lang: Lang) {
    crate::storage::set(LANG_KEY, lang.code());
}

pub struct Strings {
    pub site_title: &'static str,
    pub site_tagline: &'static str,
    /// Under the icon of the installed app: a dozen characters at most.
    pub app_short_name: &'static str,
    pub skip_to_content: &'static str,
    /// Shown, in the language asked for, while that language's text downloads.
    pub lang_loading: &'static str,
    /// Shown while the code of the map or the quizzes downloads, the first time they are opened.
    pub view_loading: &'static str,
    /// When that code cannot be downloaded.
    pub view_failed: &'static str,
    /// Shown, in the language asked for, when its text cannot be downloaded.
    pub lang_failed: &'static str,
    pub try_again: &'static str,
    pub nav_label: &'static str,
    pub nav_sections: &'static str,
    pub nav_timeline: &'static str,
    pub sections_heading: &'static str,
    pub sections_intro: &'static str,
    pub contents_heading: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub sources_heading: &'static str,
    pub print_section: &'static str,
    /// What an address named that is not here: a section, a quiz, a place on the map.
    pub not_found: fn(&Missing) -> String,
    /// Printed when the sections' text is not here yet.
    pub print_all_hint: &'static str,
    pub timeline_heading: &'static str,
    pub timeline_intro: &'static str,
    pub filter_legend: &'static str,
    pub show_all_actors: &'static str,
    /// "Only", and its name for screen readers: "Show only United Nations".
    pub only: &'static str,
    pub only_actor: fn(&str) -> String,
    /// "Showing {shown} of {total} events".
    pub showing_events: fn(usize, usize) -> String,
    pub no_events: &'static str,
    pub read_more: &'static str,
    pub source: &'static str,
    pub footer_about: &'static str,
    pub footer_licence: &'static str,
    pub language_label: &'static str,
    /// ": " in English, " : " in French typography.
    pub colon: &'static str,
    pub quiz: QuizStrings,
    pub map: MapStrings,
    pub share: ShareStrings,
    pub offline: OfflineStrings,
    pub actor_names: fn(Actor) -> &'static str,
}

pub static EN: Strings = Strings {
    site_title: "Peacekeeping in Mali and the Sahel",
    site_tagline: "An explainer, 2012–2025",
    app_short_name: "Mali & Sahel",
    skip_to_content: "Skip to content",
    lang_loading: "Loading the English version…",
    view_loading: "Loading…",
    view_failed: "This part of the explainer could not be downloaded. Check the connection, then try again.",
    lang_failed: "The English version could not be loaded. Check your connection and try again; if it still fails, reload the page.",
    try_again: "Try again",
    nav_label: "Views",
    nav_sections: "Sections",
    nav_timeline: "Timeline",
    sections_heading: "The story, section by section",
    sections_intro: "From the 2012 crisis to the end of the UN mission and after. Open a section to read it; each one ends with the sources it rests on.",
    contents_heading: "Contents",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    sources_heading: "Sources",
    print_section: "Print this section",
    not_found: |m| match m {
        Missing::Section(id) => format!("No section is called “{id}”: here is the list of all sections."),
        Missing::Quiz(id) => format!("No quiz is called “{id}”: here are all the quizzes."),
        Missing::Place(id) => format!("Nothing on the map is called “{id}”: choose a country or a place below."),
    },
    print_all_hint: "Only the titles and summaries are printed here. To print every section in full, choose “Expand all” on the page, then print again.",
    timeline_heading: "Timeline, 2012–2025",
    timeline_intro: "Key dated events. Choose whose actions to show; each event links to the section that explains it.",
    filter_legend: "Show events by actor",
    show_all_actors: "Show all",
    only: "Only",
    only_actor: |actor| format!("Show only {actor}"),
    showing_events: |shown, total| format!("Showing {shown} of {total} events"),
    no_events: "No actor is selected. Tick at least one to see events.",
    read_more: "Read more:",
    source: "Source:",
    footer_about: "Written for students and teachers from a checked fact sheet; every section lists its sources. Figures and dates are as the cited sources give them.",
    footer_licence: "Text: CC BY 4.0. Code: MIT licence. No cookies, no tracking: everything is served from this site.",
    language_label: "Language",
    colon: ": ",
    offline: OfflineStrings {
        saving: "Saving the explainer for offline use…",
        saved: "Saved for offline use: on this device, the explainer works with no connection.",
        failed: "Not saved for offline use: the download was interrupted.",
        refused: "This browser does not allow the explainer to be saved for offline use here.",
        ask: "Data saver is on, so the explainer is saved for offline use only if you ask.",
        save: "Save for offline use",
        update: "A new version of the explainer is available.",
        reload: "Reload",
    },
    share: ShareStrings {
        button: "Share or embed",
        title: "Share or embed this view",
        link_label: "Link to this view",
        code_label: "Code to put this view in a course page",
        code_hint: "Paste it into your page's HTML. The script makes the frame as tall as its content.",
        copy_link: "Copy link",
        copy_code: "Copy code",
        copied: "Copied.",
        copy_failed: "Copying is blocked here: the text is selected, press Ctrl+C (or ⌘+C) to copy it.",
        preview: "Preview of the embedded view",
        close: "Close",
        open_full: "Open the full explainer (new tab)",
        frame_title: |view| format!("{view} – Peacekeeping in Mali and the Sahel"),
        section_word: "Section",
        quiz_word: "Quiz",
        file_warning: "This copy of the explainer is opened from a file on this computer: the link and the code below work only here. To share it, put the explainer on a website (see its README), or send the file itself.",
        what_legend: "What to share",
        whole_quiz: "The whole quiz, from its start",
        this_question: "This question",
        answer_key: "Answer key for teachers",
        answer_key_intro: "Every question with its answer and explanation, ready to print. Students see this page only if they have its link.",
    },
    map: MapStrings {
        nav: "Map",
        heading: "The map: where it happened",
        intro: "Choose a year and the layers to show, then select a country or a place to see its part in the story.",
        label: "Map of the Sahel and West Africa",
        layers_legend: "Layers",
        layer_names: |l| match l {
            Layer::G5Sahel => "G5 Sahel members",
            Layer::Aes => "Alliance of Sahel States",
            Layer::Ecowas => "ECOWAS members",
            Layer::Minusma => "MINUSMA sectors and bases",
            Layer::FrenchOperations => "French operations",
            Layer::Eutm => "EU training mission (EUTM)",
        },
        year: "Year",
        previous_year: "Previous year",
        next_year: "Next year",
        play: "Play the years",
        pause: "Pause",
        year_now: |y| format!("Year {y}"),
        zoom_in: "Zoom in",
        zoom_out: "Zoom out",
        pan: ["Move left", "Move right", "Move up", "Move down"],
        reset_view: "Whole map",
        hint: "Select a country or a place on the map, or in “The map as text” below.",
        country: "Country",
        kind_names: |k| match k {
            PlaceKind::Capital => "Capital city",
            PlaceKind::MissionHq => "MINUSMA headquarters",
            PlaceKind::SectorHq => "MINUSMA sector headquarters",
            PlaceKind::Base => "Base",
            PlaceKind::Training => "Training centre",
            PlaceKind::Town => "Town",
        },
        in_year: |y| format!("In {y}"),
        nothing_in_year: "Part of none of the map's layers that year.",
        periods: "Over the years",
        read_more: "Read more",
        events: "On the timeline",
        as_text: "The map as text",
        countries: "Countries",
        places: "Places",
        selected: |name| format!("Selected: {name}"),
        your_choice: "Your choice:",
        on_map: "On the map",
        attribution: "Borders: Natural Earth (public domain), via the world-atlas package. Positions are approximate.",
        key: "Key",
        key_open: "Filled: a force was there in the year shown",
        key_closed: "Dashed: not there in the year shown",
    },
    quiz: QuizStrings {
        nav: "Quizzes",
        list_heading: "Test yourself",
        list_intro: "One quiz per part of the story, and a final quiz that mixes them.",
        questions: |n| format!("{n} questions"),
        not_started: "Not started",
        in_progress: |done, total| format!("{done} of {total} answered"),
        finished: |score, total| format!("Finished: {score} of {total} right"),
        back_to_list: "All quizzes",
        question_of: |i, n| format!("Question {i} of {n}"),
        missed_of: |i, n| format!("Missed question {i} of {n}"),
        score_line: |right, answered, total| match answered {
            0 => "No answers yet.".to_string(),
            a if a == total => format!("Score: {right} right out of {total}."),
            a => format!("Score: {right} right out of {a} answered."),
        },
        kept: "Your answers are kept in this browser only.",
        not_kept: "This browser does not keep your answers here (it blocks storage, as many course pages do): they are lost when you leave the page.",
        lms_kept: "Your course platform keeps your answers and your score.",
        lms_fresh: "Your course platform returned saved progress this quiz cannot read, so it starts afresh.",
        select_all: "Select all that apply.",
        order_hint: "Put the events in order, earliest first, with the Up and Down buttons.",
        move_up: "Move up",
        move_down: "Move down",
        move_up_short: "Up",
        move_down_short: "Down",
        moved: |text, pos| format!("“{text}” moved to position {pos}."),
        true_label: "True",
        false_label: "False",
        check: "Check answer",
        choose_first: "Choose an answer first.",
        correct: "Correct.",
        incorrect: "Not quite.",
        your_choice_right: "Your choice, right:",
        your_choice_wrong: "Your choice, wrong:",
        right_answer: "Right answer",
        right_position: "right place",
        wrong_position: "wrong place",
        explanation: "Why",
        learn_more: "Learn more:",
        next: "Next question",
        previous: "Previous question",
        see_results: "See your results",
        results_heading: "Your results",
        practice: "Practice: you had seen the right answer, so this answer does not change your score.",
        practice_tag: ", practice",
        practice_explained: "Only your first answer to each question counts. Answers given again after the right answer was shown are practice: they are checked, but the score does not change.",
        all_right: "Every answer is right. Well done!",
        revisit: "Worth re-reading",
        retry_all: "Retry the whole quiz",
        retry_missed: "Retry the missed questions",
        show_solutions: "Show solutions",
        reset: "Reset progress",
        reset_done: "Progress cleared: the quiz starts afresh.",
        reset_undone: "Progress restored.",
        undo: "Undo",
        map_hint: "Answer this question on the map: select a country or a place.",
        worksheet_order: "Number the events from 1 (earliest) onwards.",
        map_counts_country: "What counts: a click anywhere in the right country.",
        map_counts_place: "What counts: a click on the right place’s marker (the country around it does not count).",
        map_counts_also: "A marker that overlaps it, or names the same place, counts too.",
        level_names: |l| match l {
            Level::Remember => "Remember",
            Level::Understand => "Understand",
            Level::Apply => "Apply",
            Level::Analyse => "Analyse",
            Level::Evaluate => "Evaluate",
        },
        level_label: "Level",
        checks_label: "Checks",
        level_tasks: |l| match l {
            Level::Remember => "recalling a fact",
            Level::Understand => "explaining what happened and why",
            Level::Apply => "applying a rule to a new case",
            Level::Analyse => "analysing causes, sources or evidence",
            Level::Evaluate => "weighing a judgement against the facts",
        },
        missed_kinds: "What the questions you missed asked you to do",
    },
    actor_names: |actor| match actor {
        Actor::Un => "United Nations",
        Actor::AuEcowas => "African Union and ECOWAS",
        Actor::FranceEu => "France and the European Union",
        Actor::Mali => "Malian authorities",
        Actor::ArmedGroups => "Armed groups",
        Actor::Regional => "Regional states and alliances",
    },
};

pub static FR: Strings = Strings {
    site_title: "Le maintien de la paix au Mali et au Sahel",
    site_tagline: "Un dossier pour comprendre, 2012–2025",
    app_short_name: "Mali-Sahel",
    skip_to_content: "Aller au contenu",
    lang_loading: "Chargement de la version française…",
    view_loading: "Chargement…",
    view_failed: "Cette partie du dossier n’a pas pu être téléchargée. Vérifiez la connexion, puis réessayez.",
    lang_failed: "La version française n’a pas pu être chargée. Vérifiez votre connexion et réessayez\u{202F}; si cela ne suffit pas, rechargez la page.",
    try_again: "Réessayer",
    nav_label: "Rubriques",
    nav_sections: "Chapitres",
    nav_timeline: "Chronologie",
    sections_heading: "L’histoire, chapitre par chapitre",
    sections_intro: "De la crise de 2012 à la fin de la mission de l’ONU, et au-delà. Ouvrez un chapitre pour le lire\u{202F}; chacun se termine par les sources sur lesquelles il s’appuie.",
    contents_heading: "Sommaire",
    expand_all: "Tout déplier",
    collapse_all: "Tout replier",
    sources_heading: "Sources",
    print_section: "Imprimer ce chapitre",
    not_found: |m| match m {
        Missing::Section(id) => format!("Aucun chapitre ne s’appelle «\u{A0}{id}\u{A0}»\u{202F}: voici la liste de tous les chapitres."),
        Missing::Quiz(id) => format!("Aucun quiz ne s’appelle «\u{A0}{id}\u{A0}»\u{202F}: voici tous les quiz."),
        Missing::Place(id) => format!("Rien ne s’appelle «\u{A0}{id}\u{A0}» sur la carte\u{202F}: choisissez un pays ou un lieu ci-dessous."),
    },
    print_all_hint: "Seuls les titres et les résumés sont imprimés ici. Pour imprimer tous les chapitres en entier, choisissez «\u{A0}Tout déplier\u{A0}» sur la page, puis imprimez à nouveau.",
    timeline_heading: "Chronologie, 2012–2025",
    timeline_intro: "Les principaux événements datés. Choisissez les acteurs à afficher\u{202F}; chaque événement renvoie au chapitre qui l’explique.",
    filter_legend: "Afficher les événements par acteur",
    show_all_actors: "Tout afficher",
    only: "Seulement",
    only_actor: |actor| format!("Afficher seulement {actor}"),
    showing_events: |shown, total| format!("{shown} événements affichés sur {total}"),
    no_events: "Aucun acteur n’est sélectionné. Cochez-en au moins un pour voir les événements.",
    read_more: "En savoir plus\u{202F}:",
    source: "Source\u{202F}:",
    footer_about: "Rédigé pour les élèves, les étudiants et les enseignants à partir d’une fiche de faits vérifiés\u{202F}; chaque chapitre cite ses sources. Les chiffres et les dates sont ceux des sources citées.",
    footer_licence: "Textes\u{202F}: CC BY 4.0. Code\u{202F}: licence MIT. Ni cookies ni pistage\u{202F}: tout est servi depuis ce site.",
    language_label: "Langue",
    colon: "\u{202F}: ",
    offline: OfflineStrings {
        saving: "Enregistrement du dossier pour une utilisation hors ligne…",
        saved: "Enregistré pour une utilisation hors ligne\u{202F}: sur cet appareil, le dossier fonctionne sans connexion.",
        failed: "Non enregistré pour une utilisation hors ligne\u{202F}: le téléchargement a été interrompu.",
        refused: "Ce navigateur ne permet pas d’enregistrer le dossier pour une utilisation hors ligne ici.",
        ask: "L’économiseur de données est activé\u{202F}: le dossier n’est enregistré pour une utilisation hors ligne que si vous le demandez.",
        save: "Enregistrer pour une utilisation hors ligne",
        update: "Une nouvelle version du dossier est disponible.",
        reload: "Recharger",
    },
    share: ShareStrings {
        button: "Partager ou intégrer",
        title: "Partager ou intégrer cette vue",
        link_label: "Lien vers cette vue",
        code_label: "Code pour placer cette vue dans une page de cours",
        code_hint: "Collez-le dans le code HTML de votre page. Le script ajuste la hauteur du cadre à son contenu.",
        copy_link: "Copier le lien",
        copy_code: "Copier le code",
        copied: "Copié.",
        copy_failed: "La copie est bloquée ici\u{202F}: le texte est sélectionné, appuyez sur Ctrl+C (ou ⌘+C) pour le copier.",
        preview: "Aperçu de la vue intégrée",
        close: "Fermer",
        open_full: "Ouvrir le dossier complet (nouvel onglet)",
        frame_title: |view| format!("{view} – Le maintien de la paix au Mali et au Sahel"),
        section_word: "Chapitre",
        quiz_word: "Quiz",
        file_warning: "Cette copie du dossier est ouverte depuis un fichier de cet ordinateur\u{202F}: le lien et le code ci-dessous ne fonctionnent qu’ici. Pour la partager, mettez le dossier sur un site web (voir son README), ou envoyez le fichier lui-même.",
        what_legend: "Que partager\u{202F}?",
        whole_quiz: "Tout le quiz, depuis le début",
        this_question: "Cette question",
        answer_key: "Corrigé pour les enseignants",
        answer_key_intro: "Chaque question avec sa réponse et son explication, prêt à imprimer. Les élèves ne voient cette page que s’ils en ont le lien.",
    },
    map: MapStrings {
        nav: "Carte",
        heading: "La carte\u{202F}: où cela s’est passé",
        intro: "Choisissez une année et les couches à afficher, puis sélectionnez un pays ou un lieu pour voir son rôle dans l’histoire.",
        label: "Carte du Sahel et de l’Afrique de l’Ouest",
        layers_legend: "Couches",
        layer_names: |l| match l {
            Layer::G5Sahel => "Membres du G5 Sahel",
            Layer::Aes => "Alliance des États du Sahel",
            Layer::Ecowas => "Membres de la CEDEAO",
            Layer::Minusma => "Secteurs et bases de la MINUSMA",
            Layer::FrenchOperations => "Opérations françaises",
            Layer::Eutm => "Mission de formation de l’UE (EUTM)",
        },
        year: "Année",
        previous_year: "Année précédente",
        next_year: "Année suivante",
        play: "Faire défiler les années",
        pause: "Pause",
        year_now: |y| format!("Année {y}"),
        zoom_in: "Zoomer",
        zoom_out: "Dézoomer",
        pan: ["Vers la gauche", "Vers la droite", "Vers le haut", "Vers le bas"],
        reset_view: "Toute la carte",
        hint: "Sélectionnez un pays ou un lieu sur la carte, ou dans «\u{A0}La carte en texte\u{A0}» ci-dessous.",
        country: "Pays",
        kind_names: |k| match k {
            PlaceKind::Capital => "Capitale",
            PlaceKind::MissionHq => "Quartier général de la MINUSMA",
            PlaceKind::SectorHq => "Quartier général de secteur de la MINUSMA",
            PlaceKind::Base => "Base",
            PlaceKind::Training => "Centre de formation",
            PlaceKind::Town => "Ville",
        },
        in_year: |y| format!("En {y}"),
        nothing_in_year: "Ne fait partie d’aucune couche de la carte cette année-là.",
        periods: "Au fil des années",
        read_more: "Pour en savoir plus",
        events: "Dans la chronologie",
        as_text: "La carte en texte",
        countries: "Pays",
        places: "Lieux",
        selected: |name| format!("Sélection\u{202F}: {name}"),
        your_choice: "Votre choix\u{202F}:",
        on_map: "Sur la carte",
        attribution: "Frontières\u{202F}: Natural Earth (domaine public), via le paquet world-atlas. Positions approximatives.",
        key: "Légende",
        key_open: "Plein\u{202F}: une force y était l’année affichée",
        key_closed: "Pointillé\u{202F}: absente l’année affichée",
    },
    quiz: QuizStrings {
        nav: "Quiz",
        list_heading: "Testez-vous",
        list_intro: "Un quiz par partie de l’histoire, et un quiz final qui les mélange.",
        questions: |n| format!("{n} questions"),
        not_started: "Pas encore commencé",
        in_progress: |done, total| format!("{done} sur {total} répondues"),
        finished: |score, total| format!("Terminé\u{202F}: {score} bonnes réponses sur {total}"),
        back_to_list: "Tous les quiz",
        question_of: |i, n| format!("Question {i} sur {n}"),
        missed_of: |i, n| format!("Question manquée {i} sur {n}"),
        score_line: |right, answered, total| match answered {
            0 => "Pas encore de réponse.".to_string(),
            a if a == total => format!("Score\u{202F}: {right} bonnes réponses sur {total}."),
            a => format!("Score\u{202F}: {right} bonnes réponses sur {a} données."),
        },
        kept: "Vos réponses sont conservées dans ce navigateur seulement.",
        not_kept: "Ce navigateur ne conserve pas vos réponses ici (il bloque le stockage, comme beaucoup de pages de cours)\u{202F}: elles seront perdues en quittant la page.",
        lms_kept: "Votre plateforme de cours conserve vos réponses et votre score.",
        lms_fresh: "Votre plateforme de cours a renvoyé une progression enregistrée que ce quiz ne sait pas lire\u{202F}: il recommence donc à zéro.",
        select_all: "Cochez toutes les bonnes réponses.",
        order_hint: "Classez les événements du plus ancien au plus récent avec les boutons Monter et Descendre.",
        move_up: "Monter",
        move_down: "Descendre",
        move_up_short: "Monter",
        move_down_short: "Descendre",
        moved: |text, pos| format!("«\u{A0}{text}\u{A0}» placé en position {pos}."),
        true_label: "Vrai",
        false_label: "Faux",
        check: "Vérifier",
        choose_first: "Choisissez d’abord une réponse.",
        correct: "Bonne réponse.",
        incorrect: "Pas tout à fait.",
        your_choice_right: "Votre choix, juste\u{202F}:",
        your_choice_wrong: "Votre choix, faux\u{202F}:",
        right_answer: "Bonne réponse",
        right_position: "bien placé",
        wrong_position: "mal placé",
        explanation: "Pourquoi",
        learn_more: "Pour en savoir plus\u{202F}:",
        next: "Question suivante",
        previous: "Question précédente",
        see_results: "Voir vos résultats",
        results_heading: "Vos résultats",
        practice: "Entraînement\u{202F}: vous aviez vu la bonne réponse, cette réponse ne change donc pas votre score.",
        practice_tag: ", entraînement",
        practice_explained: "Seule votre première réponse à chaque question compte. Les réponses données à nouveau après affichage de la bonne réponse sont un entraînement\u{202F}: elles sont corrigées, mais le score ne change pas.",
        all_right: "Toutes vos réponses sont justes. Bravo\u{202F}!",
        revisit: "À relire",
        retry_all: "Recommencer tout le quiz",
        retry_missed: "Refaire les questions manquées",
        show_solutions: "Afficher les solutions",
        reset: "Effacer la progression",
        reset_done: "Progression effacée\u{202F}: le quiz repart de zéro.",
        reset_undone: "Progression rétablie.",
        undo: "Annuler",
        map_hint: "Répondez à cette question sur la carte\u{202F}: sélectionnez un pays ou un lieu.",
        worksheet_order: "Numérotez les événements à partir de 1 (le plus ancien).",
        map_counts_country: "Ce qui compte\u{202F}: un clic n’importe où dans le bon pays.",
        map_counts_place: "Ce qui compte\u{202F}: un clic sur le repère du bon lieu (le pays qui l’entoure ne compte pas).",
        map_counts_also: "Un repère qui le chevauche, ou qui désigne le même lieu, compte aussi.",
        level_names: |l| match l {
            Level::Remember => "Se souvenir",
            Level::Understand => "Comprendre",
            Level::Apply => "Appliquer",
            Level::Analyse => "Analyser",
            Level::Evaluate => "Évaluer",
        },
        level_label: "Niveau",
        checks_label: "Vérifie",
        level_tasks: |l| match l {
            Level::Remember => "se souvenir d’un fait",
            Level::Understand => "expliquer ce qui s’est passé et pourquoi",
            Level::Apply => "appliquer une règle à un cas nouveau",
            Level::Analyse => "analyser des causes, des sources ou des preuves",
            Level::Evaluate => "peser un jugement au regard des faits",
        },
        missed_kinds: "Ce que demandaient les questions manquées",
    },
    actor_names: |actor| match actor {
        Actor::Un => "Nations unies",
        Actor::AuEcowas => "Union africaine et CEDEAO",
        Actor::FranceEu => "France et Union européenne",
        Actor::Mali => "Autorités maliennes",
        Actor::ArmedGroups => "Groupes armés",
        Actor::Regional => "États et alliances de la région",
    },
};

/// Whether the explainer is kept for offline use (src/offline.rs), and a newer version.
pub struct OfflineStrings {
    pub saving: &'static str,
    pub saved: &'static str,
    pub failed: &'static str,
    pub refused: &'static str,
    /// With data saver on, saving waits for the reader's word.
    pub ask: &'static str,
    pub save: &'static str,
    pub update: &'static str,
    pub reload: &'static str,
}

pub struct ShareStrings {
    pub button: &'static str,
    pub title: &'static str,
    pub link_label: &'static str,
    pub code_label: &'static str,
    pub code_hint: &'static str,
    pub copy_link: &'static str,
    pub copy_code: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub preview: &'static str,
    pub close: &'static str,
    pub open_full: &'static str,
    /// The iframe's title, from what it shows.
    pub frame_title: fn(&str) -> String,
    /// "Section" and "Quiz", before a title in a frame's title.
    pub section_word: &'static str,
    pub quiz_word: &'static str,
    /// Said when the explainer is opened from a file, whose addresses work on this computer only.
    pub file_warning: &'static str,
    /// On a question: link to the whole quiz, or to this question.
    pub what_legend: &'static str,
    pub whole_quiz: &'static str,
    pub this_question: &'static str,
    pub answer_key: &'static str,
    pub answer_key_intro: &'static str,
}

pub struct MapStrings {
    pub nav: &'static str,
    pub heading: &'static str,
    pub intro: &'static str,
    pub label: &'static str,
    pub layers_legend: &'static str,
    pub layer_names: fn(Layer) -> &'static str,
    pub year: &'static str,
    pub previous_year: &'static str,
    pub next_year: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    /// Announced as "play" steps through the years.
    pub year_now: fn(u16) -> String,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    /// Left, right, up, down.
    pub pan: [&'static str; 4],
    pub reset_view: &'static str,
    pub hint: &'static str,
    pub country: &'static str,
    pub kind_names: fn(PlaceKind) -> &'static str,
    pub in_year: fn(u16) -> String,
    pub nothing_in_year: &'static str,
    pub periods: &'static str,
    pub read_more: &'static str,
    pub events: &'static str,
    pub as_text: &'static str,
    pub countries: &'static str,
    pub places: &'static str,
    pub selected: fn(&str) -> String,
    pub your_choice: &'static str,
    pub on_map: &'static str,
    pub attribution: &'static str,
    pub key: &'static str,
    pub key_open: &'static str,
    pub key_closed: &'static str,
}

pub struct QuizStrings {
    pub nav: &'static str,
    pub list_heading: &'static str,
    pub list_intro: &'static str,
    pub questions: fn(usize) -> String,
    pub not_started: &'static str,
    pub in_progress: fn(usize, usize) -> String,
    pub finished: fn(usize, usize) -> String,
    pub back_to_list: &'static str,
    pub question_of: fn(usize, usize) -> String,
    /// "Missed question 1 of 7", in a retry of the missed questions.
    pub missed_of: fn(usize, usize) -> String,
    /// The score: right first answers, questions answered, questions in all.
    pub score_line: fn(usize, usize, usize) -> String,
    /// Said beside the quiz list and above a quiz: whether this browser keeps the answers.
    pub kept: &'static str,
    pub not_kept: &'static str,
    /// In a course platform's package: where the answers are kept.
    pub lms_kept: &'static str,
    /// When the platform's saved progress could not be read.
    pub lms_fresh: &'static str,
    pub select_all: &'static str,
    pub order_hint: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    /// The words on the move buttons, beside their arrows.
    pub move_up_short: &'static str,
    pub move_down_short: &'static str,
    pub moved: fn(&str, usize) -> String,
    pub true_label: &'static str,
    pub false_label: &'static str,
    pub check: &'static str,
    pub choose_first: &'static str,
    pub correct: &'static str,
    pub incorrect: &'static str,
    pub your_choice_right: &'static str,
    pub your_choice_wrong: &'static str,
    pub right_answer: &'static str,
    pub right_position: &'static str,
    pub wrong_position: &'static str,
    pub explanation: &'static str,
    pub learn_more: &'static str,
    pub next: &'static str,
    pub previous: &'static str,
    pub see_results: &'static str,
    pub results_heading: &'static str,
    /// Under a question answered again after its right answer was shown.
    pub practice: &'static str,
    pub practice_tag: &'static str,
    pub practice_explained: &'static str,
    pub all_right: &'static str,
    pub revisit: &'static str,
    pub retry_all: &'static str,
    pub retry_missed: &'static str,
    pub show_solutions: &'static str,
    pub reset: &'static str,
    pub reset_done: &'static str,
    pub reset_undone: &'static str,
    pub undo: &'static str,
    pub map_hint: &'static str,
    /// On a printed worksheet, for an order question.
    pub worksheet_order: &'static str,
    /// What counts as right in a map question: a country anywhere, or a place's marker.
    pub map_counts_country: &'static str,
    pub map_counts_place: &'static str,
    /// Added when markers that overlap the place count too.
    pub map_counts_also: &'static str,
    /// For teachers: a question's level (revised Bloom) and what it checks.
    pub level_names: fn(Level) -> &'static str,
    pub level_label: &'static str,
    pub checks_label: &'static str,
    /// For students: what a missed question asked them to do.
    pub level_tasks: fn(Level) -> &'static str,
    pub missed_kinds: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every French interface string is typeset as the build typesets French content (narrow
    /// no-break spaces before `: ; ? !`, ’, no-break spaces inside « »).
    #[test]
    fn french_strings_follow_french_typography() {
        let source = include_str!("i18n.rs");
        let start = source
            .find("pub static FR: Strings")
            .expect("the French catalogue");
        let end = start + source[start..].find("\n};\n").expect("its end");
        let mut checked = 0;
        for literal in source[start..end].split('"').skip(1).step_by(2) {
            // Escapes as Rust reads them.
            let text = literal
                .replace("\\u{202F}", "\u{202F}")
                .replace("\\u{A0}", "\u{A0}");
            let text = text.replace("{", "").replace("}", "");
            assert_eq!(
                sahel_vocab::french_typography(&text),
                text,
                "not typeset: \"{literal}\""
            );
            checked += 1;
        }
        assert!(checked > 100, "{checked} strings checked");
    }

    #[test]
    fn language_codes_match_the_content() {
        for lang in Lang::ALL {
            assert_eq!(crate::content::LANG_CODES[lang.index()], lang.code());
        }
        assert_eq!(Lang::En.code(), "en");
        assert_eq!(Lang::Fr.code(), "fr");
    }

    #[test]
    fn browser_preferences_pick_the_first_supported_language() {
        assert_eq!(Lang::from_preferences(["fr-ML", "en"]), Some(Lang::Fr));
        assert_eq!(Lang::from_preferences(["de-DE", "EN-gb"]), Some(Lang::En));
        assert_eq!(Lang::from_preferences(["bm", "de"]), None);
        assert_eq!(Lang::from_preferences([""]), None);
    }
}
