/*
** stopwords.c - curated stopword lists, and guessing the language of a
** text from them.
**
** Sources (the lists are data this project owns and maintains):
**
**   da de en es fi fr hu it nl no pt ru sv
**       The Snowball project's stop lists (snowballstem.org,
**       algorithms/<language>/stop.txt; BSD 3-clause licence, Copyright
**       (c) 2001 Dr Martin Porter and Richard Boulton), as redistributed
**       in Lingua::StopWords 0.12 (Debian package liblingua-stopwords-perl),
**       which carries Snowball's latest Spanish list.  English checked
**       line by line against Snowball's stop.txt: "us" is deliberately
**       absent (US = United States), as are will/can/may/must (nouns).
**   ar  The Arabic list by Jacques Savoy (University of Neuchatel, CLEF
**       resources, BSD licence) as shipped by Apache Lucene
**       (analysis/common/.../ar/stopwords.txt, cleaned 2009-10-11): 119
**       forms including the common conjunction/preposition prefixes
**       (و ف ب), spelled both with and without hamza; stored without
**       hamza and madda marks (95 distinct forms), see below.
**
** Curation: French "les" added (Snowball's list has le, la, des but not
** the plural article); German "wurde", "wurden" added (the list has the
** subjunctive würde, würden but not the preterite of the passive, which
** news text uses constantly).  Every entry is stored in the form words are
** looked up in:
** simple lower case, NFC, ASCII apostrophe, duplicates removed, sorted by
** byte value (a unit test checks all of this).  Arabic words are looked
** up without diacritics: harakat (short vowels) are optional in news text
** and hamza/madda on alef are written inconsistently, so أن إن ان are
** one entry, as search engines normalize them.
**
** SQL (registered by news_stopwords_register(), see the end of the file):
**
**   is_stopword(word [, language])   1 or 0; language as for stem()
**   SELECT * FROM stopwords;         (language, word) for every list
*/
#include "stopwords.h"
#include "stem.h"
#include "text.h"
#include "tvf.h"
#include <string.h>

/* arabic (ar): 95 words */
static const char *const azStop_ar[] = {
  "ا", "اذا", "الا", "الان", "التى", "التي", "الذى", "الذي", "الذين", "الى",
  "الي", "اما", "ان", "انت", "انه", "انها", "او", "اى", "اي", "ايضا", "ب",
  "بان", "بعد", "بعض", "به", "بها", "بين", "بينما", "تكون", "تلك", "ثم",
  "جميع", "حتى", "حيث", "خلال", "ذلك", "ضمن", "على", "عليه", "عليها", "عن",
  "عند", "عندما", "غير", "ف", "فان", "فما", "فهو", "فهى", "فهي", "في", "فيه",
  "فيها", "قبل", "قد", "كان", "كانت", "كل", "كما", "لا", "لدى", "لك", "لكن",
  "لم", "لن", "له", "لها", "ما", "مع", "من", "منذ", "منه", "منها", "نحو",
  "هذا", "هذه", "هناك", "هو", "هى", "هي", "و", "وان", "وفي", "وكان", "وكانت",
  "وكل", "ولا", "ولم", "ولن", "وما", "ومن", "وهو", "وهى", "وهي", "يكون",
};

/* danish (da): 94 words */
static const char *const azStop_da[] = {
  "ad", "af", "alle", "alt", "anden", "at", "blev", "blive", "bliver", "da",
  "de", "dem", "den", "denne", "der", "deres", "det", "dette", "dig", "din",
  "disse", "dog", "du", "efter", "eller", "en", "end", "er", "et", "for",
  "fra", "ham", "han", "hans", "har", "havde", "have", "hende", "hendes",
  "her", "hos", "hun", "hvad", "hvis", "hvor", "i", "ikke", "ind", "jeg",
  "jer", "jo", "kunne", "man", "mange", "med", "meget", "men", "mig", "min",
  "mine", "mit", "mod", "ned", "noget", "nogle", "nu", "når", "og", "også",
  "om", "op", "os", "over", "på", "selv", "sig", "sin", "sine", "sit",
  "skal", "skulle", "som", "sådan", "thi", "til", "ud", "under", "var", "vi",
  "vil", "ville", "vor", "være", "været",
};

/* german (de): 233 words */
static const char *const azStop_de[] = {
  "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am",
  "an", "ander", "andere", "anderem", "anderen", "anderer", "anderes",
  "anderm", "andern", "anderr", "anders", "auch", "auf", "aus", "bei", "bin",
  "bis", "bist", "da", "damit", "dann", "das", "dasselbe", "dazu", "daß",
  "dein", "deine", "deinem", "deinen", "deiner", "deines", "dem",
  "demselben", "den", "denn", "denselben", "der", "derer", "derselbe",
  "derselben", "des", "desselben", "dessen", "dich", "die", "dies", "diese",
  "dieselbe", "dieselben", "diesem", "diesen", "dieser", "dieses", "dir",
  "doch", "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer",
  "eines", "einig", "einige", "einigem", "einigen", "einiger", "einiges",
  "einmal", "er", "es", "etwas", "euch", "euer", "eure", "eurem", "euren",
  "eurer", "eures", "für", "gegen", "gewesen", "hab", "habe", "haben", "hat",
  "hatte", "hatten", "hier", "hin", "hinter", "ich", "ihm", "ihn", "ihnen",
  "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "im", "in", "indem",
  "ins", "ist", "jede", "jedem", "jeden", "jeder", "jedes", "jene", "jenem",
  "jenen", "jener", "jenes", "jetzt", "kann", "kein", "keine", "keinem",
  "keinen", "keiner", "keines", "können", "könnte", "machen", "man",
  "manche", "manchem", "manchen", "mancher", "manches", "mein", "meine",
  "meinem", "meinen", "meiner", "meines", "mich", "mir", "mit", "muss",
  "musste", "nach", "nicht", "nichts", "noch", "nun", "nur", "ob", "oder",
  "ohne", "sehr", "sein", "seine", "seinem", "seinen", "seiner", "seines",
  "selbst", "sich", "sie", "sind", "so", "solche", "solchem", "solchen",
  "solcher", "solches", "soll", "sollte", "sondern", "sonst", "um", "und",
  "uns", "unse", "unsem", "unsen", "unser", "unses", "unter", "viel", "vom",
  "von", "vor", "war", "waren", "warst", "was", "weg", "weil", "weiter",
  "welche", "welchem", "welchen", "welcher", "welches", "wenn", "werde",
  "werden", "wie", "wieder", "will", "wir", "wird", "wirst", "wo", "wollen",
  "wollte", "wurde", "wurden", "während", "würde", "würden", "zu", "zum",
  "zur", "zwar", "zwischen", "über",
};

/* english (en): 174 words */
static const char *const azStop_en[] = {
  "a", "about", "above", "after", "again", "against", "all", "am", "an",
  "and", "any", "are", "aren't", "as", "at", "be", "because", "been",
  "before", "being", "below", "between", "both", "but", "by", "can't",
  "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't",
  "doing", "don't", "down", "during", "each", "few", "for", "from",
  "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having",
  "he", "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself",
  "him", "himself", "his", "how", "how's", "i", "i'd", "i'll", "i'm", "i've",
  "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "let's",
  "me", "more", "most", "mustn't", "my", "myself", "no", "nor", "not", "of",
  "off", "on", "once", "only", "or", "other", "ought", "our", "ours",
  "ourselves", "out", "over", "own", "same", "shan't", "she", "she'd",
  "she'll", "she's", "should", "shouldn't", "so", "some", "such", "than",
  "that", "that's", "the", "their", "theirs", "them", "themselves", "then",
  "there", "there's", "these", "they", "they'd", "they'll", "they're",
  "they've", "this", "those", "through", "to", "too", "under", "until", "up",
  "very", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were",
  "weren't", "what", "what's", "when", "when's", "where", "where's", "which",
  "while", "who", "who's", "whom", "why", "why's", "with", "won't", "would",
  "wouldn't", "you", "you'd", "you'll", "you're", "you've", "your", "yours",
  "yourself", "yourselves",
};

/* spanish (es): 308 words */
static const char *const azStop_es[] = {
  "a", "al", "algo", "algunas", "algunos", "ante", "antes", "como", "con",
  "contra", "cual", "cuando", "de", "del", "desde", "donde", "durante", "e",
  "el", "ella", "ellas", "ellos", "en", "entre", "era", "erais", "eran",
  "eras", "eres", "es", "esa", "esas", "ese", "eso", "esos", "esta",
  "estaba", "estabais", "estaban", "estabas", "estad", "estada", "estadas",
  "estado", "estados", "estamos", "estando", "estar", "estaremos", "estará",
  "estarán", "estarás", "estaré", "estaréis", "estaría", "estaríais",
  "estaríamos", "estarían", "estarías", "estas", "este", "estemos", "esto",
  "estos", "estoy", "estuve", "estuviera", "estuvierais", "estuvieran",
  "estuvieras", "estuvieron", "estuviese", "estuvieseis", "estuviesen",
  "estuvieses", "estuvimos", "estuviste", "estuvisteis", "estuviéramos",
  "estuviésemos", "estuvo", "está", "estábamos", "estáis", "están", "estás",
  "esté", "estéis", "estén", "estés", "fue", "fuera", "fuerais", "fueran",
  "fueras", "fueron", "fuese", "fueseis", "fuesen", "fueses", "fui",
  "fuimos", "fuiste", "fuisteis", "fuéramos", "fuésemos", "ha", "habida",
  "habidas", "habido", "habidos", "habiendo", "habremos", "habrá", "habrán",
  "habrás", "habré", "habréis", "habría", "habríais", "habríamos", "habrían",
  "habrías", "habéis", "había", "habíais", "habíamos", "habían", "habías",
  "han", "has", "hasta", "hay", "haya", "hayamos", "hayan", "hayas",
  "hayáis", "he", "hemos", "hube", "hubiera", "hubierais", "hubieran",
  "hubieras", "hubieron", "hubiese", "hubieseis", "hubiesen", "hubieses",
  "hubimos", "hubiste", "hubisteis", "hubiéramos", "hubiésemos", "hubo",
  "la", "las", "le", "les", "lo", "los", "me", "mi", "mis", "mucho",
  "muchos", "muy", "más", "mí", "mía", "mías", "mío", "míos", "nada", "ni",
  "no", "nos", "nosotras", "nosotros", "nuestra", "nuestras", "nuestro",
  "nuestros", "o", "os", "otra", "otras", "otro", "otros", "para", "pero",
  "poco", "por", "porque", "que", "quien", "quienes", "qué", "se", "sea",
  "seamos", "sean", "seas", "seremos", "será", "serán", "serás", "seré",
  "seréis", "sería", "seríais", "seríamos", "serían", "serías", "seáis",
  "sido", "siendo", "sin", "sobre", "sois", "somos", "son", "soy", "su",
  "sus", "suya", "suyas", "suyo", "suyos", "sí", "también", "tanto", "te",
  "tendremos", "tendrá", "tendrán", "tendrás", "tendré", "tendréis",
  "tendría", "tendríais", "tendríamos", "tendrían", "tendrías", "tened",
  "tenemos", "tenga", "tengamos", "tengan", "tengas", "tengo", "tengáis",
  "tenida", "tenidas", "tenido", "tenidos", "teniendo", "tenéis", "tenía",
  "teníais", "teníamos", "tenían", "tenías", "ti", "tiene", "tienen",
  "tienes", "todo", "todos", "tu", "tus", "tuve", "tuviera", "tuvierais",
  "tuvieran", "tuvieras", "tuvieron", "tuviese", "tuvieseis", "tuviesen",
  "tuvieses", "tuvimos", "tuviste", "tuvisteis", "tuviéramos", "tuviésemos",
  "tuvo", "tuya", "tuyas", "tuyo", "tuyos", "tú", "un", "una", "uno", "unos",
  "vosotras", "vosotros", "vuestra", "vuestras", "vuestro", "vuestros", "y",
  "ya", "yo", "él", "éramos",
};

/* finnish (fi): 229 words */
static const char *const azStop_fi[] = {
  "ei", "eivät", "emme", "en", "et", "ette", "että", "he", "heidän",
  "heidät", "heihin", "heille", "heillä", "heiltä", "heissä", "heistä",
  "heitä", "hän", "häneen", "hänelle", "hänellä", "häneltä", "hänen",
  "hänessä", "hänestä", "hänet", "häntä", "itse", "ja", "johon", "joiden",
  "joihin", "joiksi", "joilla", "joille", "joilta", "joina", "joissa",
  "joista", "joita", "joka", "joksi", "jolla", "jolle", "jolta", "jona",
  "jonka", "jos", "jossa", "josta", "jota", "jotka", "kanssa", "keiden",
  "keihin", "keiksi", "keille", "keillä", "keiltä", "keinä", "keissä",
  "keistä", "keitä", "keneen", "keneksi", "kenelle", "kenellä", "keneltä",
  "kenen", "kenenä", "kenessä", "kenestä", "kenet", "ketkä", "ketä", "koska",
  "kuin", "kuka", "kun", "me", "meidän", "meidät", "meihin", "meille",
  "meillä", "meiltä", "meissä", "meistä", "meitä", "mihin", "miksi", "mikä",
  "mille", "millä", "miltä", "minkä", "minua", "minulla", "minulle",
  "minulta", "minun", "minussa", "minusta", "minut", "minuun", "minä",
  "missä", "mistä", "mitkä", "mitä", "mukaan", "mutta", "ne", "niiden",
  "niihin", "niiksi", "niille", "niillä", "niiltä", "niin", "niinä",
  "niissä", "niistä", "niitä", "noiden", "noihin", "noiksi", "noilla",
  "noille", "noilta", "noin", "noina", "noissa", "noista", "noita", "nuo",
  "nyt", "näiden", "näihin", "näiksi", "näille", "näillä", "näiltä", "näinä",
  "näissä", "näistä", "näitä", "nämä", "ole", "olemme", "olen", "olet",
  "olette", "oli", "olimme", "olin", "olisi", "olisimme", "olisin", "olisit",
  "olisitte", "olisivat", "olit", "olitte", "olivat", "olla", "olleet",
  "ollut", "on", "ovat", "poikki", "se", "sekä", "sen", "siihen", "siinä",
  "siitä", "siksi", "sille", "sillä", "siltä", "sinua", "sinulla", "sinulle",
  "sinulta", "sinun", "sinussa", "sinusta", "sinut", "sinuun", "sinä",
  "sitä", "tai", "tallä", "te", "teidän", "teidät", "teihin", "teille",
  "teillä", "teiltä", "teissä", "teistä", "teitä", "tuo", "tuohon", "tuoksi",
  "tuolla", "tuolle", "tuolta", "tuon", "tuona", "tuossa", "tuosta", "tuotä",
  "tähän", "täksi", "tälle", "tältä", "tämä", "tämän", "tänä", "tässä",
  "tästä", "tätä", "vaan", "vai", "vaikka", "yli",
};

/* french (fr): 156 words */
static const char *const azStop_fr[] = {
  "ai", "aie", "aient", "aies", "ait", "as", "au", "aura", "aurai",
  "auraient", "aurais", "aurait", "auras", "aurez", "auriez", "aurions",
  "aurons", "auront", "aux", "avaient", "avais", "avait", "avec", "avez",
  "aviez", "avions", "avons", "ayant", "ayante", "ayantes", "ayants", "ayez",
  "ayons", "c", "ce", "ces", "d", "dans", "de", "des", "du", "elle", "en",
  "es", "est", "et", "eu", "eue", "eues", "eurent", "eus", "eusse",
  "eussent", "eusses", "eussiez", "eussions", "eut", "eux", "eûmes", "eût",
  "eûtes", "furent", "fus", "fusse", "fussent", "fusses", "fussiez",
  "fussions", "fut", "fûmes", "fût", "fûtes", "il", "j", "je", "l", "la",
  "le", "les", "leur", "lui", "m", "ma", "mais", "me", "mes", "moi", "mon",
  "même", "n", "ne", "nos", "notre", "nous", "on", "ont", "ou", "par", "pas",
  "pour", "qu", "que", "qui", "s", "sa", "se", "sera", "serai", "seraient",
  "serais", "serait", "seras", "serez", "seriez", "serions", "serons",
  "seront", "ses", "soient", "sois", "soit", "sommes", "son", "sont",
  "soyez", "soyons", "suis", "sur", "t", "ta", "te", "tes", "toi", "ton",
  "tu", "un", "une", "vos", "votre", "vous", "y", "à", "étaient", "étais",
  "était", "étant", "étante", "étantes", "étants", "étiez", "étions", "été",
  "étée", "étées", "étés", "êtes",
};

/* hungarian (hu): 198 words */
static const char *const azStop_hu[] = {
  "a", "abban", "ahhoz", "ahogy", "ahol", "aki", "akik", "akkor", "alatt",
  "amely", "amelyek", "amelyekben", "amelyeket", "amelyet", "amelynek",
  "ami", "amikor", "amit", "amolyan", "amíg", "annak", "arra", "arról", "az",
  "azok", "azon", "azonban", "azt", "aztán", "azután", "azzal", "azért",
  "be", "belül", "benne", "bár", "cikk", "cikkek", "cikkeket", "csak", "de",
  "e", "ebben", "eddig", "egy", "egyes", "egyetlen", "egyik", "egyre",
  "egyéb", "egész", "ehhez", "ekkor", "el", "ellen", "első", "elég", "elő",
  "először", "előtt", "emilyen", "ennek", "erre", "ez", "ezek", "ezen",
  "ezt", "ezzel", "ezért", "fel", "felé", "hanem", "hiszen", "hogy",
  "hogyan", "igen", "ill", "ill.", "illetve", "ilyen", "ilyenkor", "ismét",
  "ison", "itt", "jobban", "jó", "jól", "kell", "kellett", "keressünk",
  "keresztül", "ki", "kívül", "között", "közül", "legalább", "legyen",
  "lehet", "lehetett", "lenne", "lenni", "lesz", "lett", "maga", "magát",
  "majd", "meg", "mellett", "mely", "melyek", "mert", "mi", "mikor",
  "milyen", "minden", "mindenki", "mindent", "mindig", "mint", "mintha",
  "mit", "mivel", "miért", "most", "már", "más", "másik", "még", "míg",
  "nagy", "nagyobb", "nagyon", "ne", "nekem", "neki", "nem", "nincs", "néha",
  "néhány", "nélkül", "olyan", "ott", "pedig", "persze", "rá", "s", "saját",
  "sem", "semmi", "sok", "sokat", "sokkal", "szemben", "szerint", "szinte",
  "számára", "talán", "tehát", "teljes", "tovább", "továbbá", "több",
  "ugyanis", "utolsó", "után", "utána", "vagy", "vagyis", "vagyok", "valaki",
  "valami", "valamint", "való", "van", "vannak", "vele", "vissza", "viszont",
  "volna", "volt", "voltak", "voltam", "voltunk", "által", "általában", "át",
  "én", "éppen", "és", "így", "össze", "úgy", "új", "újabb", "újra", "ő",
  "ők", "őket",
};

/* italian (it): 279 words */
static const char *const azStop_it[] = {
  "a", "abbia", "abbiamo", "abbiano", "abbiate", "ad", "agl", "agli", "ai",
  "al", "all", "alla", "alle", "allo", "anche", "avemmo", "avendo", "avesse",
  "avessero", "avessi", "avessimo", "aveste", "avesti", "avete", "aveva",
  "avevamo", "avevano", "avevate", "avevi", "avevo", "avrai", "avranno",
  "avrebbe", "avrebbero", "avrei", "avremmo", "avremo", "avreste", "avresti",
  "avrete", "avrà", "avrò", "avuta", "avute", "avuti", "avuto", "c", "che",
  "chi", "ci", "coi", "col", "come", "con", "contro", "cui", "da", "dagl",
  "dagli", "dai", "dal", "dall", "dalla", "dalle", "dallo", "degl", "degli",
  "dei", "del", "dell", "della", "delle", "dello", "di", "dov", "dove", "e",
  "ebbe", "ebbero", "ebbi", "ed", "era", "erano", "eravamo", "eravate",
  "eri", "ero", "essendo", "faccia", "facciamo", "facciano", "facciate",
  "faccio", "facemmo", "facendo", "facesse", "facessero", "facessi",
  "facessimo", "faceste", "facesti", "faceva", "facevamo", "facevano",
  "facevate", "facevi", "facevo", "fai", "fanno", "farai", "faranno",
  "farebbe", "farebbero", "farei", "faremmo", "faremo", "fareste", "faresti",
  "farete", "farà", "farò", "fece", "fecero", "feci", "fosse", "fossero",
  "fossi", "fossimo", "foste", "fosti", "fu", "fui", "fummo", "furono",
  "gli", "ha", "hai", "hanno", "ho", "i", "il", "in", "io", "l", "la", "le",
  "lei", "li", "lo", "loro", "lui", "ma", "mi", "mia", "mie", "miei", "mio",
  "ne", "negl", "negli", "nei", "nel", "nell", "nella", "nelle", "nello",
  "noi", "non", "nostra", "nostre", "nostri", "nostro", "o", "per", "perché",
  "più", "quale", "quanta", "quante", "quanti", "quanto", "quella", "quelle",
  "quelli", "quello", "questa", "queste", "questi", "questo", "sarai",
  "saranno", "sarebbe", "sarebbero", "sarei", "saremmo", "saremo", "sareste",
  "saresti", "sarete", "sarà", "sarò", "se", "sei", "si", "sia", "siamo",
  "siano", "siate", "siete", "sono", "sta", "stai", "stando", "stanno",
  "starai", "staranno", "starebbe", "starebbero", "starei", "staremmo",
  "staremo", "stareste", "staresti", "starete", "starà", "starò", "stava",
  "stavamo", "stavano", "stavate", "stavi", "stavo", "stemmo", "stesse",
  "stessero", "stessi", "stessimo", "steste", "stesti", "stette", "stettero",
  "stetti", "stia", "stiamo", "stiano", "stiate", "sto", "su", "sua", "sue",
  "sugl", "sugli", "sui", "sul", "sull", "sulla", "sulle", "sullo", "suo",
  "suoi", "ti", "tra", "tu", "tua", "tue", "tuo", "tuoi", "tutti", "tutto",
  "un", "una", "uno", "vi", "voi", "vostra", "vostre", "vostri", "vostro",
  "è",
};

/* dutch (nl): 101 words */
static const char *const azStop_nl[] = {
  "aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "daar",
  "dan", "dat", "de", "der", "deze", "die", "dit", "doch", "doen", "door",
  "dus", "een", "eens", "en", "er", "ge", "geen", "geweest", "haar", "had",
  "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun",
  "iemand", "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen",
  "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar",
  "niet", "niets", "nog", "nu", "of", "om", "omdat", "onder", "ons", "ook",
  "op", "over", "reeds", "te", "tegen", "toch", "toen", "tot", "u", "uit",
  "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "werd",
  "wezen", "wie", "wil", "worden", "wordt", "zal", "ze", "zelf", "zich",
  "zij", "zijn", "zo", "zonder", "zou",
};

/* norwegian (no): 172 words */
static const char *const azStop_no[] = {
  "alle", "at", "av", "bare", "begge", "ble", "blei", "bli", "blir", "blitt",
  "både", "båe", "da", "de", "deg", "dei", "deim", "deira", "deires", "dem",
  "den", "denne", "der", "dere", "deres", "det", "dette", "di", "din",
  "disse", "ditt", "du", "dykk", "dykkar", "då", "eg", "ein", "eit", "eitt",
  "eller", "elles", "en", "enn", "er", "et", "ett", "etter", "for", "fordi",
  "fra", "før", "ha", "hadde", "han", "hans", "har", "hennar", "henne",
  "hennes", "her", "hjå", "ho", "hoe", "honom", "hoss", "hossen", "hun",
  "hva", "hvem", "hver", "hvilke", "hvilken", "hvis", "hvor", "hvordan",
  "hvorfor", "i", "ikke", "ikkje", "ingen", "ingi", "inkje", "inn", "inni",
  "ja", "jeg", "kan", "kom", "korleis", "korso", "kun", "kunne", "kva",
  "kvar", "kvarhelst", "kven", "kvi", "kvifor", "man", "mange", "me", "med",
  "medan", "meg", "meget", "mellom", "men", "mi", "min", "mine", "mitt",
  "mot", "mykje", "ned", "no", "noe", "noen", "noka", "noko", "nokon",
  "nokor", "nokre", "nå", "når", "og", "også", "om", "opp", "oss", "over",
  "på", "samme", "seg", "selv", "si", "sia", "sidan", "siden", "sin", "sine",
  "sitt", "sjøl", "skal", "skulle", "slik", "so", "som", "somme", "somt",
  "så", "sånn", "til", "um", "upp", "ut", "uten", "var", "vart", "varte",
  "ved", "vere", "verte", "vi", "vil", "ville", "vore", "vors", "vort",
  "vår", "være", "vært", "å",
};

/* portuguese (pt): 203 words */
static const char *const azStop_pt[] = {
  "a", "ao", "aos", "aquela", "aquelas", "aquele", "aqueles", "aquilo", "as",
  "até", "com", "como", "da", "das", "de", "dela", "delas", "dele", "deles",
  "depois", "do", "dos", "e", "ela", "elas", "ele", "eles", "em", "entre",
  "era", "eram", "essa", "essas", "esse", "esses", "esta", "estamos",
  "estas", "estava", "estavam", "este", "esteja", "estejam", "estejamos",
  "estes", "esteve", "estive", "estivemos", "estiver", "estivera",
  "estiveram", "estiverem", "estivermos", "estivesse", "estivessem",
  "estivéramos", "estivéssemos", "estou", "está", "estávamos", "estão", "eu",
  "foi", "fomos", "for", "fora", "foram", "forem", "formos", "fosse",
  "fossem", "fui", "fôramos", "fôssemos", "haja", "hajam", "hajamos",
  "havemos", "hei", "houve", "houvemos", "houver", "houvera", "houveram",
  "houverei", "houverem", "houveremos", "houveria", "houveriam", "houvermos",
  "houverá", "houverão", "houveríamos", "houvesse", "houvessem",
  "houvéramos", "houvéssemos", "há", "hão", "isso", "isto", "já", "lhe",
  "lhes", "mais", "mas", "me", "mesmo", "meu", "meus", "minha", "minhas",
  "muito", "na", "nas", "nem", "no", "nos", "nossa", "nossas", "nosso",
  "nossos", "num", "numa", "não", "nós", "o", "os", "ou", "para", "pela",
  "pelas", "pelo", "pelos", "por", "qual", "quando", "que", "quem", "se",
  "seja", "sejam", "sejamos", "sem", "serei", "seremos", "seria", "seriam",
  "será", "serão", "seríamos", "seu", "seus", "somos", "sou", "sua", "suas",
  "são", "só", "também", "te", "tem", "temos", "tenha", "tenham", "tenhamos",
  "tenho", "terei", "teremos", "teria", "teriam", "terá", "terão",
  "teríamos", "teu", "teus", "teve", "tinha", "tinham", "tive", "tivemos",
  "tiver", "tivera", "tiveram", "tiverem", "tivermos", "tivesse", "tivessem",
  "tivéramos", "tivéssemos", "tu", "tua", "tuas", "tém", "tínhamos", "um",
  "uma", "você", "vocês", "vos", "à", "às", "éramos",
};

/* russian (ru): 159 words */
static const char *const azStop_ru[] = {
  "а", "без", "более", "больше", "будет", "будто", "бы", "был", "была",
  "были", "было", "быть", "в", "вам", "вас", "вдруг", "ведь", "во", "вот",
  "впрочем", "все", "всегда", "всего", "всех", "всю", "вы", "где", "говорил",
  "да", "даже", "два", "для", "до", "другой", "его", "ее", "ей", "ему",
  "если", "есть", "еще", "ж", "же", "жизнь", "за", "зачем", "здесь", "и",
  "из", "или", "им", "иногда", "их", "к", "кажется", "как", "какая", "какой",
  "когда", "конечно", "кто", "куда", "ли", "лучше", "между", "меня", "мне",
  "много", "может", "можно", "мой", "моя", "мы", "на", "над", "надо",
  "наконец", "нас", "не", "него", "нее", "ней", "нельзя", "нет", "ни",
  "нибудь", "никогда", "ним", "них", "ничего", "но", "ну", "о", "об", "один",
  "он", "она", "они", "опять", "от", "перед", "по", "под", "после", "потом",
  "потому", "почти", "при", "про", "раз", "разве", "с", "сам", "свою",
  "себе", "себя", "сегодня", "сейчас", "сказал", "сказала", "сказать", "со",
  "совсем", "так", "такой", "там", "тебя", "тем", "теперь", "то", "тогда",
  "того", "тоже", "только", "том", "тот", "три", "тут", "ты", "у", "уж",
  "уже", "хорошо", "хоть", "чего", "человек", "чем", "через", "что", "чтоб",
  "чтобы", "чуть", "эти", "этого", "этой", "этом", "этот", "эту", "я",
};

/* swedish (sv): 114 words */
static const char *const azStop_sv[] = {
  "alla", "allt", "att", "av", "blev", "bli", "blir", "blivit", "de", "dem",
  "den", "denna", "deras", "dess", "dessa", "det", "detta", "dig", "din",
  "dina", "ditt", "du", "där", "då", "efter", "ej", "eller", "en", "er",
  "era", "ert", "ett", "från", "för", "ha", "hade", "han", "hans", "har",
  "henne", "hennes", "hon", "honom", "hur", "här", "i", "icke", "ingen",
  "inom", "inte", "jag", "ju", "kan", "kunde", "man", "med", "mellan", "men",
  "mig", "min", "mina", "mitt", "mot", "mycket", "ni", "nu", "när", "någon",
  "något", "några", "och", "om", "oss", "på", "samma", "sedan", "sig", "sin",
  "sina", "sitta", "själv", "skulle", "som", "så", "sådan", "sådana",
  "sådant", "till", "under", "upp", "ut", "utan", "vad", "var", "vara",
  "varför", "varit", "varje", "vars", "vart", "vem", "vi", "vid", "vilka",
  "vilkas", "vilken", "vilket", "vår", "våra", "vårt", "än", "är", "åt",
  "över",
};
#define LIST(iso, name, noDia) \
  { #iso, name, noDia, (int)(sizeof(azStop_##iso)/sizeof(azStop_##iso[0])), \
    azStop_##iso }

static const NewsStopList aStopList[] = {
  LIST(ar, "arabic", 1),
  LIST(da, "danish", 0),
  LIST(de, "german", 0),
  LIST(en, "english", 0),
  LIST(es, "spanish", 0),
  LIST(fi, "finnish", 0),
  LIST(fr, "french", 0),
  LIST(hu, "hungarian", 0),
  LIST(it, "italian", 0),
  LIST(nl, "dutch", 0),
  LIST(no, "norwegian", 0),
  LIST(pt, "portuguese", 0),
  LIST(ru, "russian", 0),
  LIST(sv, "swedish", 0),
};
#define N_STOPLIST ((int)(sizeof(aStopList)/sizeof(aStopList[0])))

const NewsStopList *news_stopword_list(const char *zLang){
  int i;
  if( zLang==0 ) return 0;
  for(i=0; i<N_STOPLIST; i++){
    if( strcmp(zLang, aStopList[i].zIso)==0
     || strcmp(zLang, aStopList[i].zName)==0 ){
      return &aStopList[i];
    }
  }
  return 0;
}

const NewsStopList *news_stopword_list_at(int i){
  return (i>=0 && i<N_STOPLIST) ? &aStopList[i] : 0;
}

int news_stopword_normalize(const NewsStopList *p, NewsBuf *pOut,
                            const char *z, int n){
  int flags = NEWS_FOLD_LOWER | NEWS_FOLD_PUNCT;
  if( p && p->bNoDiacritics ) flags |= NEWS_FOLD_DIACRITICS;
  return news_fold(pOut, z, n, flags);
}

/* Binary search; the lists are sorted in strcmp() order. */
int news_stopword_find(const NewsStopList *p, const char *z, int n){
  int lo = 0, hi = p->nWord - 1;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    const char *zW = p->azWord[mid];
    int c = strncmp(zW, z, (size_t)n);
    if( c==0 ) c = zW[n]!=0;        /* zW longer than z: zW sorts after */
    if( c==0 ) return 1;
    if( c<0 ) lo = mid+1; else hi = mid-1;
  }
  return 0;
}

/*************************************************************************
** Language guessing
*/

/* Words read; enough for any article, bounded for 10 MB inputs. */
#define GUESS_MAX_WORDS 10000
/* No stopword is longer than this many bytes. */
#define GUESS_MAX_WORD_BYTES 48

/*
** Every word found on k lists adds 1/k to the score of each of them, so
** that words many languages share ("a", "de", "in") count little and a
** language wins by the words only it uses.  The winner must reach
** GUESS_MIN_HITS stopwords, make up GUESS_MIN_SHARE of the words, and
** lead the runner-up by GUESS_MARGIN times its score and by at least
** one whole word.
*/
#define GUESS_MIN_HITS   2
#define GUESS_MIN_SHARE  0.12
#define GUESS_MARGIN     1.25
#define GUESS_MIN_LEAD   0.99     /* one word, with rounding */

const char *news_guess_language(const char *z, int n){
  NewsTokenizer tk;
  NewsToken t;
  NewsBuf fold, foldNoDia;
  double aScore[N_STOPLIST];
  int aHit[N_STOPLIST];
  int nWord = 0, i, iBest = -1, iSecond = -1;
  const char *zRet = 0;

  if( z==0 || n<=0 ) return 0;
  memset(aScore, 0, sizeof(aScore));
  memset(aHit, 0, sizeof(aHit));
  news_buf_init(&fold);
  news_buf_init(&foldNoDia);
  news_tokenizer_init(&tk, z, n, 0);
  while( nWord<GUESS_MAX_WORDS && news_tokenizer_next(&tk, &t) ){
    int nTok = t.iEnd - t.iStart;
    int aOn[N_STOPLIST];
    int nOn = 0, bNoDia = 0;
    if( t.eKind!=NEWS_TOKEN_WORD ) continue;
    nWord++;
    if( nTok>GUESS_MAX_WORD_BYTES ) continue;
    news_buf_reset(&fold);
    if( news_stopword_normalize(0, &fold, z+t.iStart, nTok) ) break;
    for(i=0; i<N_STOPLIST; i++){
      const NewsBuf *pB = &fold;
      if( aStopList[i].bNoDiacritics && (t.flags & NEWS_TF_ASCII)==0 ){
        if( !bNoDia ){
          news_buf_reset(&foldNoDia);
          if( news_stopword_normalize(&aStopList[i], &foldNoDia,
                                      z+t.iStart, nTok) ) break;
          bNoDia = 1;
        }
        pB = &foldNoDia;
      }
      if( news_stopword_find(&aStopList[i], pB->z, (int)pB->n) ){
        aOn[nOn++] = i;
      }
    }
    for(i=0; i<nOn; i++){
      aHit[aOn[i]]++;
      aScore[aOn[i]] += 1.0/nOn;
    }
  }
  news_buf_free(&fold);
  news_buf_free(&foldNoDia);

  for(i=0; i<N_STOPLIST; i++){
    if( iBest<0 || aScore[i]>aScore[iBest] ){
      iSecond = iBest;
      iBest = i;
    }else if( iSecond<0 || aScore[i]>aScore[iSecond] ){
      iSecond = i;
    }
  }
  if( aHit[iBest]>=GUESS_MIN_HITS
   && aHit[iBest]>=GUESS_MIN_SHARE*nWord
   && aScore[iBest]>=GUESS_MARGIN*aScore[iSecond]
   && aScore[iBest]-aScore[iSecond]>=GUESS_MIN_LEAD ){
    zRet = aStopList[iBest].zIso;
  }
  return zRet;
}

/*************************************************************************
** SQL: is_stopword(word [, language]) and the stopwords table
*/

/* is_stopword(word [, language]): 1 or 0.  A language without a list is
** an error rather than a silent 0. */
static void isStopwordFunc(sqlite3_context *ctx, int argc,
                           sqlite3_value **argv){
  const NewsStopList *pList;
  const char *z;
  int n, iLang;
  NewsBuf b;
  if( news_arg_text(ctx, "is_stopword", 1, "word", argv[0], &z, &n) ) return;
  iLang = news_stem_language_arg(ctx, "is_stopword", argc, argv, 1);
  if( iLang<0 || z==0 ) return;
  pList = news_stopword_list(news_stem_language_name(iLang));
  if( pList==0 ){
    char *zErr = sqlite3_mprintf("is_stopword(): no stopword list for %s;"
        " lists exist for ar da de en es fi fr hu it nl no pt ru sv",
        news_stem_language_name(iLang));
    sqlite3_result_error(ctx, zErr ? zErr : "out of memory", -1);
    sqlite3_free(zErr);
    return;
  }
  news_buf_init(&b);
  if( n>0 && news_stopword_normalize(pList, &b, z, n) ){
    sqlite3_result_error_nomem(ctx);
  }else{
    sqlite3_result_int(ctx, news_stopword_find(pList, b.z ? b.z : "", (int)b.n));
  }
  news_buf_free(&b);
}

/* SELECT language, word FROM stopwords: one row per entry, lists in
** order of ISO code, words in byte order. */
typedef struct StopCursor StopCursor;
struct StopCursor {
  NewsTvfCursor base;           /* Base class - must be first */
  int iList;                    /* current list */
  int iWord;                    /* current word in it */
};

static int stopNext(NewsTvfCursor *cur){
  StopCursor *pCur = (StopCursor*)cur;
  if( cur->iRowid>0 ) pCur->iWord++;
  while( pCur->iList<N_STOPLIST
      && pCur->iWord>=aStopList[pCur->iList].nWord ){
    pCur->iList++;
    pCur->iWord = 0;
  }
  if( pCur->iList>=N_STOPLIST ) cur->bEof = 1;
  return SQLITE_OK;
}

static int stopStart(NewsTvfCursor *cur, sqlite3_value **apArg){
  StopCursor *pCur = (StopCursor*)cur;
  (void)apArg;
  pCur->iList = 0;
  pCur->iWord = 0;
  return stopNext(cur);
}

static int stopColumn(NewsTvfCursor *cur, sqlite3_context *ctx, int i){
  StopCursor *pCur = (StopCursor*)cur;
  const NewsStopList *p = &aStopList[pCur->iList];
  sqlite3_result_text(ctx, i==0 ? p->zIso : p->azWord[pCur->iWord], -1,
                      SQLITE_STATIC);
  return SQLITE_OK;
}

static void stopReset(NewsTvfCursor *cur){
  (void)cur;
}

static const NewsTvfModule stopModule = {
  /* zName        */ "stopwords",
  /* zColumns     */ "language TEXT, word TEXT",
  /* nColumn      */ 2,
  /* azArg        */ {0},
  /* nArg         */ 0,
  /* nRequired    */ 0,
  /* nRowEstimate */ 2500,
  /* szCursor     */ sizeof(StopCursor),
  /* xStart       */ stopStart,
  /* xNext        */ stopNext,
  /* xColumn      */ stopColumn,
  /* xReset       */ stopReset
};

int news_stopwords_register(sqlite3 *db){
  int rc = sqlite3_create_function(db, "is_stopword", 1, NEWS_SCALAR, 0,
                                   isStopwordFunc, 0, 0);
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_function(db, "is_stopword", 2, NEWS_SCALAR, 0,
                                 isStopwordFunc, 0, 0);
  }
  if( rc==SQLITE_OK ) rc = news_tvf_register(db, &stopModule, 0, 0);
  return rc;
}
