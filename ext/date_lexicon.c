/*
** date_lexicon.c - the words of dates(), per language, and their lookup.
**
** Each block below is one language.  To add a language: give it a
** NEWS_LANG_* bit and a name in aLangName, then add its rows (month and
** weekday names, ordinals and numbers used in dates, units, relative
** words, a few frequent function words as NEWS_DW_CUE for detection).
** No grammar code changes: dates.c matches categories, not words.
**
** The index (a hash table from the folded first token of each entry to
** the entries that start with it) is built once per process, on first
** use, under a static SQLite mutex.
*/
#include "date_lexicon.h"
#include "text.h"
#include <string.h>
#include <stdatomic.h>

#define EN NEWS_LANG_EN
#define DE NEWS_LANG_DE
#define FR NEWS_LANG_FR
#define ES NEWS_LANG_ES
#define ALL NEWS_LANG_ALL

#define CAP     NEWS_DWF_CAP
#define LOWER   NEWS_DWF_LOWER
#define UPPER   NEWS_DWF_UPPER
#define ABBR    NEWS_DWF_ABBR
#define WEAK    NEWS_DWF_WEAK
#define PREFIX  NEWS_DWF_PREFIX
#define SUFFIX  NEWS_DWF_SUFFIX
#define AFTER   NEWS_DWF_AFTER
#define BEFORE  NEWS_DWF_BEFORE
#define OF      NEWS_DWF_OF
#define ARTICLE NEWS_DWF_ARTICLE
#define PLURAL  NEWS_DWF_PLURAL
#define EASTER  NEWS_DWF_EASTER
#define NTH     NEWS_DWF_NTH
#define HYPHEN  NEWS_DWF_HYPHEN
#define ANAPH   NEWS_DWF_ANAPHOR
#define CLASH   NEWS_DWF_CLASH
#define OBJECT  NEWS_DWF_OBJECT

#define MONTH    NEWS_DW_MONTH
#define WEEKDAY  NEWS_DW_WEEKDAY
#define ORDINAL  NEWS_DW_ORDINAL
#define ORDSUF   NEWS_DW_ORDSUFFIX
#define NUMBER   NEWS_DW_NUMBER
#define MULT     NEWS_DW_MULT
#define UNIT     NEWS_DW_UNIT
#define SEASON   NEWS_DW_SEASON
#define POD      NEWS_DW_POD
#define DEICTIC  NEWS_DW_DEICTIC
#define CLOCK    NEWS_DW_CLOCK
#define AMPM     NEWS_DW_AMPM
#define OCLOCK   NEWS_DW_OCLOCK
#define TZ       NEWS_DW_TZ
#define SHIFT    NEWS_DW_SHIFT
#define AGO      NEWS_DW_AGO
#define MOD      NEWS_DW_MOD
#define RELMOD   NEWS_DW_RELMOD
#define ART      NEWS_DW_ARTICLE
#define OFW      NEWS_DW_OF
#define PREP     NEWS_DW_PREP
#define REF      NEWS_DW_REF
#define REFADJ   NEWS_DW_REFADJ
#define FISCAL   NEWS_DW_FISCAL
#define HOLIDAY  NEWS_DW_HOLIDAY
#define DECWORD  NEWS_DW_DECADEWORD
#define DECSUF   NEWS_DW_DECADESUFFIX
#define DECINTRO NEWS_DW_DECADEINTRO
#define YEARWORD NEWS_DW_YEARWORD
#define CLITIC   NEWS_DW_CLITIC
#define CUE      NEWS_DW_CUE
#define ERA      NEWS_DW_ERA
#define NOTYEAR  NEWS_DW_NOTYEAR
#define FOCUS    NEWS_DW_FOCUS
#define APPROX   NEWS_DW_APPROX
#define TENSE    NEWS_DW_TENSE
#define AND      NEWS_DW_AND
#define GENERIC  NEWS_DW_GENERIC

#define MIN_     NEWS_DU_MINUTE
#define HOUR_    NEWS_DU_HOUR
#define DAY_     NEWS_DU_DAY
#define WEEK_    NEWS_DU_WEEK
#define WEEKEND_ NEWS_DU_WEEKEND
#define FORTN_   NEWS_DU_FORTNIGHT
#define MONTH_   NEWS_DU_MONTH
#define QUARTER_ NEWS_DU_QUARTER
#define HALF_    NEWS_DU_HALF
#define YEAR_    NEWS_DU_YEAR
#define DECADE_  NEWS_DU_DECADE
#define CENT_    NEWS_DU_CENTURY
#define PERIOD_  NEWS_DU_PERIOD

#define MO NEWS_POD_MO
#define AF NEWS_POD_AF
#define EV NEWS_POD_EV
#define NI NEWS_POD_NI
#define MI NEWS_POD_MI

#define START NEWS_MOD_START
#define MID   NEWS_MOD_MID
#define END   NEWS_MOD_END

#define PAST    NEWS_REF_PAST
#define PRESENT NEWS_REF_PRESENT
#define FUTURE  NEWS_REF_FUTURE

/* German adjectives in their five endings: letzte letzten letzter ... */
#define DE_ADJ(stem, kind, flags, v) \
  {stem "e", kind, DE, flags, v, 0}, {stem "en", kind, DE, flags, v, 0}, \
  {stem "er", kind, DE, flags, v, 0}, {stem "es", kind, DE, flags, v, 0}, \
  {stem "em", kind, DE, flags, v, 0}

static const NewsDateWord aWord[] = {
  /*********************************************************** English */
  {"january", MONTH, EN, CAP, 1, 0},   {"jan", MONTH, EN, CAP|ABBR, 1, 0},
  {"february", MONTH, EN, CAP, 2, 0},  {"feb", MONTH, EN, CAP|ABBR, 2, 0},
  {"march", MONTH, EN, CAP, 3, 0},     {"mar", MONTH, EN, CAP|ABBR, 3, 0},
  {"april", MONTH, EN, CAP, 4, 0},     {"apr", MONTH, EN, CAP|ABBR, 4, 0},
  {"may", MONTH, EN, CAP|WEAK, 5, 0},
  {"june", MONTH, EN, CAP, 6, 0},      {"jun", MONTH, EN, CAP|ABBR, 6, 0},
  {"july", MONTH, EN, CAP, 7, 0},      {"jul", MONTH, EN, CAP|ABBR, 7, 0},
  {"august", MONTH, EN, CAP, 8, 0},    {"aug", MONTH, EN, CAP|ABBR, 8, 0},
  {"september", MONTH, EN, CAP, 9, 0}, {"sep", MONTH, EN, CAP|ABBR, 9, 0},
  {"sept", MONTH, EN, CAP|ABBR, 9, 0},
  {"october", MONTH, EN, CAP, 10, 0},  {"oct", MONTH, EN, CAP|ABBR, 10, 0},
  {"november", MONTH, EN, CAP, 11, 0}, {"nov", MONTH, EN, CAP|ABBR, 11, 0},
  {"december", MONTH, EN, CAP, 12, 0}, {"dec", MONTH, EN, CAP|ABBR, 12, 0},

  {"monday", WEEKDAY, EN, CAP, 1, 0},    {"mon", WEEKDAY, EN, CAP|ABBR, 1, 0},
  {"tuesday", WEEKDAY, EN, CAP, 2, 0},   {"tue", WEEKDAY, EN, CAP|ABBR, 2, 0},
  {"tues", WEEKDAY, EN, CAP|ABBR, 2, 0},
  {"wednesday", WEEKDAY, EN, CAP, 3, 0}, {"wed", WEEKDAY, EN, CAP|ABBR, 3, 0},
  {"thursday", WEEKDAY, EN, CAP, 4, 0},  {"thu", WEEKDAY, EN, CAP|ABBR, 4, 0},
  {"thur", WEEKDAY, EN, CAP|ABBR, 4, 0}, {"thurs", WEEKDAY, EN, CAP|ABBR, 4, 0},
  {"friday", WEEKDAY, EN, CAP, 5, 0},    {"fri", WEEKDAY, EN, CAP|ABBR, 5, 0},
  {"saturday", WEEKDAY, EN, CAP, 6, 0},  {"sat", WEEKDAY, EN, CAP|ABBR, 6, 0},
  {"sunday", WEEKDAY, EN, CAP, 7, 0},    {"sun", WEEKDAY, EN, CAP|ABBR, 7, 0},

  {"first", ORDINAL, EN, 0, 1, 0},      {"second", ORDINAL, EN, 0, 2, 0},
  {"third", ORDINAL, EN, 0, 3, 0},      {"fourth", ORDINAL, EN, 0, 4, 0},
  {"fifth", ORDINAL, EN, 0, 5, 0},      {"sixth", ORDINAL, EN, 0, 6, 0},
  {"seventh", ORDINAL, EN, 0, 7, 0},    {"eighth", ORDINAL, EN, 0, 8, 0},
  {"ninth", ORDINAL, EN, 0, 9, 0},      {"tenth", ORDINAL, EN, 0, 10, 0},
  {"eleventh", ORDINAL, EN, 0, 11, 0},  {"twelfth", ORDINAL, EN, 0, 12, 0},
  {"thirteenth", ORDINAL, EN, 0, 13, 0},{"fourteenth", ORDINAL, EN, 0, 14, 0},
  {"fifteenth", ORDINAL, EN, 0, 15, 0}, {"sixteenth", ORDINAL, EN, 0, 16, 0},
  {"seventeenth", ORDINAL, EN, 0, 17, 0},{"eighteenth", ORDINAL, EN, 0, 18, 0},
  {"nineteenth", ORDINAL, EN, 0, 19, 0},{"twentieth", ORDINAL, EN, 0, 20, 0},
  {"thirtieth", ORDINAL, EN, 0, 30, 0},
  {"st", ORDSUF, EN, 0, 1, 0}, {"nd", ORDSUF, EN, 0, 2, 0},
  {"rd", ORDSUF, EN, 0, 3, 0}, {"th", ORDSUF, EN, 0, 0, 0},

  {"a", NUMBER, EN, WEAK, 1, 0},       {"an", NUMBER, EN, WEAK, 1, 0},
  {"one", NUMBER, EN, 0, 1, 0},        {"two", NUMBER, EN, 0, 2, 0},
  {"three", NUMBER, EN, 0, 3, 0},      {"four", NUMBER, EN, 0, 4, 0},
  {"five", NUMBER, EN, 0, 5, 0},       {"six", NUMBER, EN, 0, 6, 0},
  {"seven", NUMBER, EN, 0, 7, 0},      {"eight", NUMBER, EN, 0, 8, 0},
  {"nine", NUMBER, EN, 0, 9, 0},       {"ten", NUMBER, EN, 0, 10, 0},
  {"eleven", NUMBER, EN, 0, 11, 0},    {"twelve", NUMBER, EN, 0, 12, 0},
  {"thirteen", NUMBER, EN, 0, 13, 0},  {"fourteen", NUMBER, EN, 0, 14, 0},
  {"fifteen", NUMBER, EN, 0, 15, 0},   {"sixteen", NUMBER, EN, 0, 16, 0},
  {"seventeen", NUMBER, EN, 0, 17, 0}, {"eighteen", NUMBER, EN, 0, 18, 0},
  {"nineteen", NUMBER, EN, 0, 19, 0},  {"twenty", NUMBER, EN, 0, 20, 0},
  {"thirty", NUMBER, EN, 0, 30, 0},    {"forty", NUMBER, EN, 0, 40, 0},
  {"fifty", NUMBER, EN, 0, 50, 0},     {"sixty", NUMBER, EN, 0, 60, 0},
  {"seventy", NUMBER, EN, 0, 70, 0},   {"eighty", NUMBER, EN, 0, 80, 0},
  {"ninety", NUMBER, EN, 0, 90, 0},
  {"a couple of", NUMBER, EN, 0, 2, 0},{"couple of", NUMBER, EN, 0, 2, 0},
  {"a few", NUMBER, EN, 0, -1, 0},     {"few", NUMBER, EN, 0, -1, 0},     {"several", NUMBER, EN, 0, -1, 0},
  {"many", NUMBER, EN, 0, -1, 0},      {"some", NUMBER, EN, 0, -1, 0},
  {"hundred", MULT, EN, 0, 100, 0},    {"thousand", MULT, EN, 0, 1000, 0},

  {"minute", UNIT, EN, 0, MIN_, 0},    {"minutes", UNIT, EN, PLURAL, MIN_, 0},
  {"hour", UNIT, EN, 0, HOUR_, 0},     {"hours", UNIT, EN, PLURAL, HOUR_, 0},
  {"day", UNIT, EN, 0, DAY_, 0},       {"days", UNIT, EN, PLURAL, DAY_, 0},
  {"week", UNIT, EN, 0, WEEK_, 0},     {"weeks", UNIT, EN, PLURAL, WEEK_, 0},
  {"weekend", UNIT, EN, 0, WEEKEND_, 0},
  {"weekends", UNIT, EN, PLURAL, WEEKEND_, 0},
  {"fortnight", UNIT, EN, 0, FORTN_, 0},
  {"month", UNIT, EN, 0, MONTH_, 0},   {"months", UNIT, EN, PLURAL, MONTH_, 0},
  {"quarter", UNIT, EN, 0, QUARTER_, 0},
  {"quarters", UNIT, EN, PLURAL, QUARTER_, 0},
  {"half", UNIT, EN, 0, HALF_, 0},
  {"year", UNIT, EN, 0, YEAR_, 0},     {"years", UNIT, EN, PLURAL, YEAR_, 0},
  {"decade", UNIT, EN, 0, DECADE_, 0}, {"decades", UNIT, EN, PLURAL, DECADE_, 0},
  {"century", UNIT, EN, 0, CENT_, 0},
  {"centuries", UNIT, EN, PLURAL, CENT_, 0},
  {"period", UNIT, EN, 0, PERIOD_, 0},
  {"year", YEARWORD, EN, 0, 0, 0},

  {"spring", SEASON, EN, WEAK, 1, 0},  {"summer", SEASON, EN, 0, 2, 0},
  {"fall", SEASON, EN, WEAK, 3, 0},    {"autumn", SEASON, EN, 0, 3, 0},
  {"winter", SEASON, EN, 0, 4, 0},

  {"morning", POD, EN, 0, MO, 0},      {"afternoon", POD, EN, 0, AF, 0},
  {"evening", POD, EN, 0, EV, 0},      {"night", POD, EN, 0, NI, 0},
  {"overnight", POD, EN, 0, NI, 0},

  {"today", DEICTIC, EN, 0, 0, 0},     {"yesterday", DEICTIC, EN, 0, -1, 0},
  {"tomorrow", DEICTIC, EN, 0, 1, 0},  {"tonight", DEICTIC, EN, 0, 0, NI},
  {"day before yesterday", DEICTIC, EN, 0, -2, 0},
  {"day after tomorrow", DEICTIC, EN, 0, 2, 0},

  {"noon", CLOCK, EN, 0, 12, 0},       {"midday", CLOCK, EN, 0, 12, 0},
  {"midnight", CLOCK, EN, 0, 24, 0},
  {"a.m.", AMPM, ALL, 0, 0, 0},        {"am", AMPM, EN, 0, 0, 0},
  {"p.m.", AMPM, ALL, 0, 12, 0},       {"pm", AMPM, EN, 0, 12, 0},
  {"o'clock", OCLOCK, EN, 0, 0, 0},
  {"est", TZ, ALL, UPPER, 0, 0},  {"edt", TZ, ALL, UPPER, 0, 0},
  {"cst", TZ, ALL, UPPER, 0, 0},  {"cdt", TZ, ALL, UPPER, 0, 0},
  {"mst", TZ, ALL, UPPER, 0, 0},  {"mdt", TZ, ALL, UPPER, 0, 0},
  {"pst", TZ, ALL, UPPER, 0, 0},  {"pdt", TZ, ALL, UPPER, 0, 0},
  {"et", TZ, ALL, UPPER, 0, 0},   {"pt", TZ, ALL, UPPER, 0, 0},
  {"gmt", TZ, ALL, UPPER, 0, 0},  {"utc", TZ, ALL, UPPER, 0, 0},
  {"bst", TZ, ALL, UPPER, 0, 0},  {"cet", TZ, ALL, UPPER, 0, 0},
  {"cest", TZ, ALL, UPPER, 0, 0}, {"eet", TZ, ALL, UPPER, 0, 0},
  {"eest", TZ, ALL, UPPER, 0, 0}, {"msk", TZ, ALL, UPPER, 0, 0},
  {"ist", TZ, ALL, UPPER, 0, 0},  {"jst", TZ, ALL, UPPER, 0, 0},

  {"last", SHIFT, EN, 0, -1, 0},       {"past", SHIFT, EN, 0, -1, 0},
  {"previous", SHIFT, EN, ANAPH, -1, 0},   {"this", SHIFT, EN, 0, 0, 0},
  {"current", SHIFT, EN, 0, 0, 0},     {"next", SHIFT, EN, 0, 1, 0},
  {"coming", SHIFT, EN, 0, 1, 0},      {"following", SHIFT, EN, ANAPH, 1, 0},

  {"ago", AGO, EN, 0, -1, 0},          {"earlier", AGO, EN, 0, -1, 0},
  {"before", AGO, EN, OBJECT, -1, 0},  {"back", AGO, EN, 0, -1, 0},
  {"after", AGO, EN, OBJECT, 1, 0},
  {"later", AGO, EN, 0, 1, 0},         {"from now", AGO, EN, 0, 1, 0},
  {"hence", AGO, EN, 0, 1, 0},         {"in", AGO, EN, PREFIX, 1, 0},

  {"early", MOD, EN, 0, START, 0},     {"beginning", MOD, EN, OF, START, 0},
  {"start", MOD, EN, OF, START, 0},    {"mid", MOD, EN, HYPHEN, MID, 0},
  {"middle", MOD, EN, OF, MID, 0},     {"late", MOD, EN, 0, END, 0},
  {"end", MOD, EN, OF, END, 0},
  {"earlier", RELMOD, EN, 0, -1, 0},   {"later", RELMOD, EN, 0, 1, 0},

  {"the", ART, EN, 0, 0, 0},
  {"about", APPROX, EN, 0, 0, 0},       {"around", APPROX, EN, 0, 0, 0},
  {"nearly", APPROX, EN, 0, 0, 0},      {"almost", APPROX, EN, 0, 0, 0},
  {"roughly", APPROX, EN, 0, 0, 0},     {"approximately", APPROX, EN, 0, 0, 0},
  {"some", APPROX, EN, 0, 0, 0},
  {"or so", APPROX, EN, SUFFIX, 0, 0},  {"or two", APPROX, EN, SUFFIX, -1, 0},
  {"or three", APPROX, EN, SUFFIX, -1, 0},
  {"will", TENSE, EN, 0, 1, 0},         {"shall", TENSE, EN, 0, 1, 0},
  {"likely", TENSE, EN, 0, 1, 0},       {"due", TENSE, EN, 0, 1, 0},
  {"expects", TENSE, EN, 0, 1, 0},      {"plans", TENSE, EN, 0, 1, 0},
  {"intends", TENSE, EN, 0, 1, 0},      {"aims", TENSE, EN, 0, 1, 0},
  {"hopes", TENSE, EN, 0, 1, 0},
  /* phrases of a plan, matched as a whole ("set" and "to" alone say
  ** nothing) */
  {"is to", TENSE, EN, 0, 1, 0},        {"are to", TENSE, EN, 0, 1, 0},
  {"is set to", TENSE, EN, 0, 1, 0},    {"are set to", TENSE, EN, 0, 1, 0},
  {"is expected to", TENSE, EN, 0, 1, 0},
  {"are expected to", TENSE, EN, 0, 1, 0},
  /* words that announce what is planned or expected */
  {"scheduled", TENSE, EN, 0, 1, 0},    {"planned", TENSE, EN, 0, 1, 0},
  {"upcoming", TENSE, EN, 0, 1, 0},     {"planning", TENSE, EN, 0, 1, 0},
  /* words of the past: verbs of a report, which date what was said or
  ** done ("said Wednesday" is never tomorrow) (-1); a plan already over
  ** (-2: "had been scheduled") */
  {"said", TENSE, EN, 0, -1, 0},        {"told", TENSE, EN, 0, -1, 0},
  {"announced", TENSE, EN, 0, -1, 0},   {"reported", TENSE, EN, 0, -1, 0},
  {"predicted", TENSE, EN, 0, -1, 0},   {"added", TENSE, EN, 0, -1, 0},
  {"stated", TENSE, EN, 0, -1, 0},      {"warned", TENSE, EN, 0, -1, 0},
  {"claimed", TENSE, EN, 0, -1, 0},     {"confirmed", TENSE, EN, 0, -1, 0},
  {"denied", TENSE, EN, 0, -1, 0},      {"insisted", TENSE, EN, 0, -1, 0},
  {"noted", TENSE, EN, 0, -1, 0},       {"wrote", TENSE, EN, 0, -1, 0},
  {"declared", TENSE, EN, 0, -1, 0},    {"disclosed", TENSE, EN, 0, -1, 0},
  {"revealed", TENSE, EN, 0, -1, 0},    {"ruled", TENSE, EN, 0, -1, 0},
  {"voted", TENSE, EN, 0, -1, 0},       {"acknowledged", TENSE, EN, 0, -1, 0},
  {"had", TENSE, EN, 0, -3, 0},         {"previously", TENSE, EN, 0, -2, 0},
  {"originally", TENSE, EN, 0, -2, 0},
  {"and", AND, EN, 0, 0, 0},            {"or", AND, EN, 0, 0, 0},
  {"to", AND, EN, 0, 0, 0},             {"through", AND, EN, 0, 0, 0},
  {"of", OFW, EN, 0, 0, 0},
  {"in", PREP, EN, 0, 0, 0},           {"on", PREP, EN, 0, 0, 0},
  {"at", PREP, EN, 0, 0, 0},           {"since", PREP, EN, 0, -1, 0},
  {"ended", PREP, EN, 0, -1, 0},        /* the year ended March 31 */
  {"until", PREP, EN, 0, 1, 0},        {"till", PREP, EN, 0, 1, 0},
  {"by", PREP, EN, 0, 0, 0},           {"from", PREP, EN, 0, 0, 0},
  {"to", PREP, EN, 0, 0, 0},           {"through", PREP, EN, 0, 0, 0},
  {"during", PREP, EN, 0, 0, 0},       {"before", PREP, EN, 0, 0, 0},
  {"after", PREP, EN, 0, 0, 0},        {"early", PREP, EN, 0, 0, 0},
  {"late", PREP, EN, 0, 0, 0},         {"mid", PREP, EN, 0, 0, 0},
  {"last", PREP, EN, 0, 0, 0},         {"next", PREP, EN, 0, 0, 0},
  {"this", PREP, EN, 0, 0, 0},         {"of", PREP, EN, 0, 0, 0},
  {"between", PREP, EN, 0, 0, 0},      {"and", PREP, EN, 0, 0, 0},
  {"or", PREP, EN, 0, 0, 0},           {"for", PREP, EN, 0, 0, 0},

  {"now", REF, EN, 0, PRESENT, 0},     {"currently", REF, EN, 0, PRESENT, 0},
  {"nowadays", REF, EN, 0, PRESENT, 0},
  {"recently", REF, EN, 0, PAST, 0},   {"lately", REF, EN, 0, PAST, 0},
  {"current", REF, EN, 0, PRESENT, 0}, {"recent", REF, EN, 0, PAST, 0},
  {"then current", REF, EN, 0, PAST, 0}, {"then-current", REF, EN, 0, PAST, 0},
  {"a later date", REF, EN, 0, FUTURE, 0},
  {"as soon as possible", REF, EN, 0, FUTURE, 0},
  {"soon", REF, EN, 0, FUTURE, 0},
  /* "soon" in phrases that are not a reference to the future (iVal 0):
  ** conjunctions, and the past of a story (he was soon released) */
  {"as soon as", REF, EN, 0, 0, 0},     {"soon after", REF, EN, 0, 0, 0},
  {"soon afterwards", REF, EN, 0, 0, 0},{"soon afterward", REF, EN, 0, 0, 0},
  {"soon thereafter", REF, EN, 0, 0, 0},{"soon before", REF, EN, 0, 0, 0},
  {"too soon", REF, EN, 0, 0, 0},       {"how soon", REF, EN, 0, 0, 0},
  {"was soon", REF, EN, 0, 0, 0},       {"were soon", REF, EN, 0, 0, 0},
  {"had soon", REF, EN, 0, 0, 0},       {"soon became", REF, EN, 0, 0, 0},
  /* idioms that hold a date word without being a date (iVal 0 too) */
  {"high noon", REF, EN, 0, 0, 0},
  {"these days", REF, EN, 0, PRESENT, 0},
  {"more recently", REF, EN, 0, PAST, 0},
  {"near term", REF, EN, ARTICLE, FUTURE, 0},
  {"short term", REF, EN, ARTICLE, FUTURE, 0},
  {"past", REF, EN, ARTICLE, PAST, 0}, {"future", REF, EN, ARTICLE, FUTURE, 0},
  {"near future", REF, EN, ARTICLE, FUTURE, 0},
  {"recent", REFADJ, EN, 0, PAST, 0},  {"coming", REFADJ, EN, 0, FUTURE, 0},
  {"future", REFADJ, EN, 0, FUTURE, 0}, {"past", REFADJ, EN, 0, PAST, 0},

  {"latest", FOCUS, EN, 0, 0, 0},       {"full", FOCUS, EN, 0, 0, 0},       {"most recent", FOCUS, EN, 0, 0, 0},
  {"same", FOCUS, EN, ANAPH, 0, 0},         {"comparable", FOCUS, EN, 0, 0, 0},
  {"corresponding", FOCUS, EN, 0, 0, 0},{"that", FOCUS, EN, ANAPH, 0, 0},

  {"fiscal", FISCAL, EN, 0, 0, 0},     {"fy", FISCAL, EN, UPPER, 0, 0},

  {"new year's day", HOLIDAY, EN, 0, 1, 1},
  {"new year's eve", HOLIDAY, EN, 0, 12, 31},
  {"valentine's day", HOLIDAY, EN, 0, 2, 14},
  {"halloween", HOLIDAY, EN, CAP, 10, 31},
  {"christmas", HOLIDAY, EN, CAP, 12, 25},
  {"christmas day", HOLIDAY, EN, CAP, 12, 25},
  {"christmas eve", HOLIDAY, EN, CAP, 12, 24},
  {"boxing day", HOLIDAY, EN, CAP, 12, 26},
  {"easter", HOLIDAY, EN, CAP|EASTER, 0, 0},
  {"easter sunday", HOLIDAY, EN, CAP|EASTER, 0, 0},
  {"easter monday", HOLIDAY, EN, CAP|EASTER, 0, 1},
  {"good friday", HOLIDAY, EN, CAP|EASTER, 0, -2},
  {"thanksgiving", HOLIDAY, EN, CAP|NTH, 11, 44},
  {"thanksgiving day", HOLIDAY, EN, CAP|NTH, 11, 44},
  /* the Tuesday after the first Monday of November (United States) */
  {"election day", HOLIDAY, EN, CAP|NTH, 11, 212},

  {"twenties", DECWORD, EN, 0, 2, 0},  {"thirties", DECWORD, EN, 0, 3, 0},
  {"forties", DECWORD, EN, 0, 4, 0},   {"fifties", DECWORD, EN, 0, 5, 0},
  {"sixties", DECWORD, EN, 0, 6, 0},   {"seventies", DECWORD, EN, 0, 7, 0},
  {"eighties", DECWORD, EN, 0, 8, 0},  {"nineties", DECWORD, EN, 0, 9, 0},
  {"s", DECSUF, EN, 0, 0, 0},          {"'s", DECSUF, EN, 0, 0, 0},

  {"'s", CLITIC, EN, SUFFIX, 0, 0},
  {"ad", ERA, EN, UPPER, 1, 0},        {"a.d.", ERA, EN, 0, 1, 0},
  {"bc", ERA, EN, UPPER, -1, 0},       {"b.c.", ERA, EN, 0, -1, 0},

  {"the", CUE, EN, 0, 0, 0},  {"and", CUE, EN, 0, 0, 0},
  {"of", CUE, EN, 0, 0, 0},   {"to", CUE, EN, 0, 0, 0},
  {"is", CUE, EN, 0, 0, 0},   {"was", CUE, EN, 0, 0, 0},
  {"that", CUE, EN, 0, 0, 0}, {"with", CUE, EN, 0, 0, 0},
  {"for", CUE, EN, 0, 0, 0},  {"said", CUE, EN, 0, 0, 0},

  /* "today's" followed by these means our times, not the day */
  {"world", GENERIC, EN, 0, 0, 0},      {"society", GENERIC, EN, 0, 0, 0},
  {"youth", GENERIC, EN, 0, 0, 0},      {"young", GENERIC, EN, 0, 0, 0},
  {"generation", GENERIC, EN, 0, 0, 0}, {"generations", GENERIC, EN, 0, 0, 0},
  {"children", GENERIC, EN, 0, 0, 0},   {"kids", GENERIC, EN, 0, 0, 0},
  {"teenagers", GENERIC, EN, 0, 0, 0},  {"youngsters", GENERIC, EN, 0, 0, 0},
  {"students", GENERIC, EN, 0, 0, 0},   {"parents", GENERIC, EN, 0, 0, 0},
  {"families", GENERIC, EN, 0, 0, 0},   {"consumers", GENERIC, EN, 0, 0, 0},
  {"standards", GENERIC, EN, 0, 0, 0},  {"technology", GENERIC, EN, 0, 0, 0},
  {"computers", GENERIC, EN, 0, 0, 0},  {"cars", GENERIC, EN, 0, 0, 0},
  {"culture", GENERIC, EN, 0, 0, 0},    {"economy", GENERIC, EN, 0, 0, 0},

  /* A number followed by these counts things ("2000 troops"). */
  {"%", NOTYEAR, ALL, 0, 0, 0},         {"percent", NOTYEAR, EN, 0, 0, 0},
  {"per", NOTYEAR, EN, 0, 0, 0},        {"people", NOTYEAR, EN, 0, 0, 0},
  {"persons", NOTYEAR, EN, 0, 0, 0},    {"troops", NOTYEAR, EN, 0, 0, 0},
  {"soldiers", NOTYEAR, EN, 0, 0, 0},   {"votes", NOTYEAR, EN, 0, 0, 0},
  {"points", NOTYEAR, EN, 0, 0, 0},     {"employees", NOTYEAR, EN, 0, 0, 0},
  {"workers", NOTYEAR, EN, 0, 0, 0},    {"jobs", NOTYEAR, EN, 0, 0, 0},
  {"shares", NOTYEAR, EN, 0, 0, 0},     {"barrels", NOTYEAR, EN, 0, 0, 0},
  {"tons", NOTYEAR, EN, 0, 0, 0},       {"tonnes", NOTYEAR, EN, 0, 0, 0},
  {"km", NOTYEAR, ALL, 0, 0, 0},        {"kilometers", NOTYEAR, EN, 0, 0, 0},
  {"kilometres", NOTYEAR, EN, 0, 0, 0}, {"miles", NOTYEAR, EN, 0, 0, 0},
  {"meters", NOTYEAR, EN, 0, 0, 0},     {"metres", NOTYEAR, EN, 0, 0, 0},
  {"feet", NOTYEAR, EN, 0, 0, 0},       {"kg", NOTYEAR, ALL, 0, 0, 0},
  {"pounds", NOTYEAR, EN, 0, 0, 0},     {"dollars", NOTYEAR, EN, 0, 0, 0},
  {"euros", NOTYEAR, EN, 0, 0, 0},      {"cases", NOTYEAR, EN, 0, 0, 0},
  {"deaths", NOTYEAR, EN, 0, 0, 0},     {"homes", NOTYEAR, EN, 0, 0, 0},
  {"residents", NOTYEAR, EN, 0, 0, 0},  {"students", NOTYEAR, EN, 0, 0, 0},
  {"members", NOTYEAR, EN, 0, 0, 0},    {"units", NOTYEAR, EN, 0, 0, 0},
  {"vehicles", NOTYEAR, EN, 0, 0, 0},   {"cars", NOTYEAR, EN, 0, 0, 0},
  {"rooms", NOTYEAR, EN, 0, 0, 0},      {"acres", NOTYEAR, EN, 0, 0, 0},
  {"hectares", NOTYEAR, ALL, 0, 0, 0},  {"calories", NOTYEAR, EN, 0, 0, 0},
  {"pages", NOTYEAR, EN, 0, 0, 0},      {"words", NOTYEAR, EN, 0, 0, 0},
  {"signatures", NOTYEAR, EN, 0, 0, 0}, {"refugees", NOTYEAR, EN, 0, 0, 0},
  {"families", NOTYEAR, EN, 0, 0, 0},   {"men", NOTYEAR, EN, 0, 0, 0},
  {"women", NOTYEAR, EN, 0, 0, 0},      {"children", NOTYEAR, EN, 0, 0, 0},

  /************************************************************ German */
  {"januar", MONTH, DE, 0, 1, 0},     {"jänner", MONTH, DE, 0, 1, 0},
  {"jan", MONTH, DE, ABBR, 1, 0},     {"februar", MONTH, DE, 0, 2, 0},
  {"feb", MONTH, DE, ABBR, 2, 0},     {"märz", MONTH, DE, 0, 3, 0},
  {"mär", MONTH, DE, ABBR, 3, 0},     {"april", MONTH, DE, 0, 4, 0},
  {"apr", MONTH, DE, ABBR, 4, 0},     {"mai", MONTH, DE, 0, 5, 0},
  {"juni", MONTH, DE, 0, 6, 0},       {"juli", MONTH, DE, 0, 7, 0},
  {"august", MONTH, DE, 0, 8, 0},     {"aug", MONTH, DE, ABBR, 8, 0},
  {"september", MONTH, DE, 0, 9, 0},  {"sept", MONTH, DE, ABBR, 9, 0},
  {"sep", MONTH, DE, ABBR, 9, 0},     {"oktober", MONTH, DE, 0, 10, 0},
  {"okt", MONTH, DE, ABBR, 10, 0},    {"november", MONTH, DE, 0, 11, 0},
  {"nov", MONTH, DE, ABBR, 11, 0},    {"dezember", MONTH, DE, 0, 12, 0},
  {"dez", MONTH, DE, ABBR, 12, 0},

  {"montag", WEEKDAY, DE, 0, 1, 0},    {"mo", WEEKDAY, DE, ABBR|CAP, 1, 0},
  {"dienstag", WEEKDAY, DE, 0, 2, 0},  {"di", WEEKDAY, DE, ABBR|CAP, 2, 0},
  {"mittwoch", WEEKDAY, DE, 0, 3, 0},  {"mi", WEEKDAY, DE, ABBR|CAP, 3, 0},
  {"donnerstag", WEEKDAY, DE, 0, 4, 0},{"do", WEEKDAY, DE, ABBR|CAP, 4, 0},
  {"freitag", WEEKDAY, DE, 0, 5, 0},   {"fr", WEEKDAY, DE, ABBR|CAP, 5, 0},
  {"samstag", WEEKDAY, DE, 0, 6, 0},   {"sonnabend", WEEKDAY, DE, 0, 6, 0},
  {"sa", WEEKDAY, DE, ABBR|CAP, 6, 0}, {"sonntag", WEEKDAY, DE, 0, 7, 0},
  {"so", WEEKDAY, DE, ABBR|CAP, 7, 0},

  DE_ADJ("erst", ORDINAL, 0, 1), DE_ADJ("zweit", ORDINAL, 0, 2),
  DE_ADJ("dritt", ORDINAL, 0, 3), DE_ADJ("viert", ORDINAL, 0, 4),

  {"ein", NUMBER, DE, WEAK, 1, 0},     {"eine", NUMBER, DE, WEAK, 1, 0},
  {"einem", NUMBER, DE, WEAK, 1, 0},   {"einer", NUMBER, DE, WEAK, 1, 0},
  {"einen", NUMBER, DE, WEAK, 1, 0},   {"zwei", NUMBER, DE, 0, 2, 0},
  {"drei", NUMBER, DE, 0, 3, 0},       {"vier", NUMBER, DE, 0, 4, 0},
  {"fünf", NUMBER, DE, 0, 5, 0},       {"sechs", NUMBER, DE, 0, 6, 0},
  {"sieben", NUMBER, DE, 0, 7, 0},     {"acht", NUMBER, DE, 0, 8, 0},
  {"neun", NUMBER, DE, 0, 9, 0},       {"zehn", NUMBER, DE, 0, 10, 0},
  {"elf", NUMBER, DE, 0, 11, 0},       {"zwölf", NUMBER, DE, 0, 12, 0},
  {"zwanzig", NUMBER, DE, 0, 20, 0},   {"dreißig", NUMBER, DE, 0, 30, 0},
  {"einigen", NUMBER, DE, 0, -1, 0},   {"wenigen", NUMBER, DE, 0, -1, 0},
  {"mehreren", NUMBER, DE, 0, -1, 0},

  {"minute", UNIT, DE, 0, MIN_, 0},    {"minuten", UNIT, DE, PLURAL, MIN_, 0},
  {"stunde", UNIT, DE, 0, HOUR_, 0},   {"stunden", UNIT, DE, PLURAL, HOUR_, 0},
  {"tag", UNIT, DE, 0, DAY_, 0},       {"tagen", UNIT, DE, PLURAL, DAY_, 0},
  {"tage", UNIT, DE, PLURAL, DAY_, 0},
  {"woche", UNIT, DE, 0, WEEK_, 0},    {"wochen", UNIT, DE, PLURAL, WEEK_, 0},
  {"wochenende", UNIT, DE, 0, WEEKEND_, 0},
  {"monat", UNIT, DE, 0, MONTH_, 0},   {"monats", UNIT, DE, 0, MONTH_, 0},
  {"monaten", UNIT, DE, PLURAL, MONTH_, 0},
  {"monate", UNIT, DE, PLURAL, MONTH_, 0},
  {"quartal", UNIT, DE, 0, QUARTER_, 0},
  {"quartals", UNIT, DE, 0, QUARTER_, 0},
  {"halbjahr", UNIT, DE, 0, HALF_, 0}, {"hälfte", UNIT, DE, 0, HALF_, 0},
  {"jahr", UNIT, DE, 0, YEAR_, 0},     {"jahres", UNIT, DE, 0, YEAR_, 0},
  {"jahren", UNIT, DE, PLURAL, YEAR_, 0},
  {"jahre", UNIT, DE, PLURAL, YEAR_, 0},
  {"jahrzehnt", UNIT, DE, 0, DECADE_, 0},
  {"jahrzehnten", UNIT, DE, PLURAL, DECADE_, 0},
  {"jahrhundert", UNIT, DE, 0, CENT_, 0},
  {"jahrhunderts", UNIT, DE, 0, CENT_, 0},
  {"jahr", YEARWORD, DE, 0, 0, 0},

  {"frühling", SEASON, DE, 0, 1, 0},   {"frühjahr", SEASON, DE, 0, 1, 0},
  {"sommer", SEASON, DE, 0, 2, 0},     {"herbst", SEASON, DE, 0, 3, 0},
  {"winter", SEASON, DE, 0, 4, 0},

  {"morgen", POD, DE, CAP, MO, 0},     {"früh", POD, DE, 0, MO, 0},
  {"vormittag", POD, DE, 0, MO, 0},    {"mittag", POD, DE, 0, MI, 0},
  {"nachmittag", POD, DE, 0, AF, 0},   {"abend", POD, DE, 0, EV, 0},
  {"nacht", POD, DE, 0, NI, 0},

  {"heute", DEICTIC, DE, 0, 0, 0},     {"gestern", DEICTIC, DE, 0, -1, 0},
  {"morgen", DEICTIC, DE, LOWER, 1, 0},{"vorgestern", DEICTIC, DE, 0, -2, 0},
  {"übermorgen", DEICTIC, DE, 0, 2, 0},

  {"mitternacht", CLOCK, DE, 0, 24, 0},
  {"uhr", OCLOCK, DE, 0, 0, 0},

  DE_ADJ("letzt", SHIFT, 0, -1), DE_ADJ("vergangen", SHIFT, 0, -1),
  DE_ADJ("vorig", SHIFT, ANAPH, -1), DE_ADJ("dies", SHIFT, 0, 0),
  DE_ADJ("laufend", SHIFT, 0, 0), DE_ADJ("nächst", SHIFT, 0, 1),
  DE_ADJ("kommend", SHIFT, 0, 1), DE_ADJ("folgend", SHIFT, ANAPH, 1),

  {"vor", AGO, DE, PREFIX, -1, 0},     {"in", AGO, DE, PREFIX, 1, 0},
  {"zuvor", AGO, DE, 0, -1, 0},        {"davor", AGO, DE, 0, -1, 0},
  {"früher", AGO, DE, 0, -1, 0},       {"später", AGO, DE, 0, 1, 0},
  {"danach", AGO, DE, 0, 1, 0},

  {"anfang", MOD, DE, 0, START, 0},    {"mitte", MOD, DE, 0, MID, 0},
  {"ende", MOD, DE, 0, END, 0},

  {"etwa", APPROX, DE, 0, 0, 0},       {"ungefähr", APPROX, DE, 0, 0, 0},
  {"fast", APPROX, DE, 0, 0, 0},       {"rund", APPROX, DE, 0, 0, 0},
  {"oder so", APPROX, DE, SUFFIX, 0, 0}, {"oder zwei", APPROX, DE, SUFFIX, -1, 0},
  {"wird", TENSE, DE, 0, 1, 0},        {"werden", TENSE, DE, 0, 1, 0},
  {"soll", TENSE, DE, 0, 1, 0},        {"sollen", TENSE, DE, 0, 1, 0},
  {"geplant", TENSE, DE, 0, 1, 0},     {"voraussichtlich", TENSE, DE, 0, 1, 0},
  {"sagte", TENSE, DE, 0, -1, 0},      {"erklärte", TENSE, DE, 0, -1, 0},
  {"berichtete", TENSE, DE, 0, -1, 0}, {"hatte", TENSE, DE, 0, -3, 0},
  {"ursprünglich", TENSE, DE, 0, -2, 0},
  {"und", AND, DE, 0, 0, 0},           {"oder", AND, DE, 0, 0, 0},
  {"bis", AND, DE, 0, 0, 0},
  {"der", ART, DE, 0, 0, 0},   {"die", ART, DE, 0, 0, 0},
  {"das", ART, DE, 0, 0, 0},   {"dem", ART, DE, 0, 0, 0},
  {"den", ART, DE, 0, 0, 0},   {"des", ART, DE, 0, 0, 0},
  {"des", OFW, DE, 0, 0, 0},   {"der", OFW, DE, 0, 0, 0},
  {"im", PREP, DE, 0, 0, 0},   {"am", PREP, DE, 0, 0, 0},
  {"um", PREP, DE, 0, 0, 0},   {"seit", PREP, DE, 0, -1, 0},
  {"bis", PREP, DE, 0, 1, 0},  {"ab", PREP, DE, 0, 0, 0},
  {"vom", PREP, DE, 0, 0, 0},  {"zum", PREP, DE, 0, 0, 0},
  {"in", PREP, DE, 0, 0, 0},   {"von", PREP, DE, 0, 0, 0},
  {"nach", PREP, DE, 0, 0, 0}, {"anfang", PREP, DE, 0, 0, 0},
  {"mitte", PREP, DE, 0, 0, 0},{"ende", PREP, DE, 0, 0, 0},

  {"selben", FOCUS, DE, ANAPH, 0, 0},  {"gleichen", FOCUS, DE, ANAPH, 0, 0},
  {"jetzt", REF, DE, 0, PRESENT, 0},   {"derzeit", REF, DE, 0, PRESENT, 0},
  {"zurzeit", REF, DE, 0, PRESENT, 0}, {"momentan", REF, DE, 0, PRESENT, 0},
  {"kürzlich", REF, DE, 0, PAST, 0},   {"neulich", REF, DE, 0, PAST, 0},
  {"jüngst", REF, DE, 0, PAST, 0},
  {"künftig", REF, DE, 0, FUTURE, 0},  {"zukünftig", REF, DE, 0, FUTURE, 0},
  {"zukunft", REF, DE, ARTICLE, FUTURE, 0},
  {"vergangenheit", REF, DE, ARTICLE, PAST, 0},

  {"neujahr", HOLIDAY, DE, 0, 1, 1},
  {"heiligabend", HOLIDAY, DE, 0, 12, 24},
  {"weihnachten", HOLIDAY, DE, 0, 12, 25},
  {"silvester", HOLIDAY, DE, 0, 12, 31},
  {"ostern", HOLIDAY, DE, EASTER, 0, 0},
  {"karfreitag", HOLIDAY, DE, EASTER, 0, -2},
  {"ostermontag", HOLIDAY, DE, EASTER, 0, 1},
  {"pfingsten", HOLIDAY, DE, EASTER, 0, 49},

  {"er", DECSUF, DE, 0, 0, 0},
  {"n. chr.", ERA, DE, 0, 1, 0},       {"v. chr.", ERA, DE, 0, -1, 0},

  {"der", CUE, DE, 0, 0, 0},  {"die", CUE, DE, 0, 0, 0},
  {"und", CUE, DE, 0, 0, 0},  {"ist", CUE, DE, 0, 0, 0},
  {"nicht", CUE, DE, 0, 0, 0},{"mit", CUE, DE, 0, 0, 0},
  {"das", CUE, DE, 0, 0, 0},  {"sich", CUE, DE, 0, 0, 0},
  {"auf", CUE, DE, 0, 0, 0},  {"wurde", CUE, DE, 0, 0, 0},

  {"prozent", NOTYEAR, DE, 0, 0, 0},   {"menschen", NOTYEAR, DE, 0, 0, 0},
  {"euro", NOTYEAR, DE|FR|ES, 0, 0, 0},

  /************************************************************ French */
  {"janvier", MONTH, FR, 0, 1, 0},    {"janv", MONTH, FR, ABBR, 1, 0},
  {"février", MONTH, FR, 0, 2, 0},    {"févr", MONTH, FR, ABBR, 2, 0},
  {"mars", MONTH, FR, WEAK|CLASH, 3, 0},    {"avril", MONTH, FR, 0, 4, 0},
  {"avr", MONTH, FR, ABBR, 4, 0},     {"mai", MONTH, FR, 0, 5, 0},
  {"juin", MONTH, FR, 0, 6, 0},       {"juillet", MONTH, FR, 0, 7, 0},
  {"juil", MONTH, FR, ABBR, 7, 0},    {"août", MONTH, FR, 0, 8, 0},
  {"septembre", MONTH, FR, 0, 9, 0},  {"sept", MONTH, FR, ABBR, 9, 0},
  {"octobre", MONTH, FR, 0, 10, 0},   {"oct", MONTH, FR, ABBR, 10, 0},
  {"novembre", MONTH, FR, 0, 11, 0},  {"nov", MONTH, FR, ABBR, 11, 0},
  {"décembre", MONTH, FR, 0, 12, 0},  {"déc", MONTH, FR, ABBR, 12, 0},

  {"lundi", WEEKDAY, FR, 0, 1, 0},    {"mardi", WEEKDAY, FR, 0, 2, 0},
  {"mercredi", WEEKDAY, FR, 0, 3, 0}, {"jeudi", WEEKDAY, FR, 0, 4, 0},
  {"vendredi", WEEKDAY, FR, 0, 5, 0}, {"samedi", WEEKDAY, FR, 0, 6, 0},
  {"dimanche", WEEKDAY, FR, 0, 7, 0},

  {"premier", ORDINAL, FR, 0, 1, 0},  {"première", ORDINAL, FR, 0, 1, 0},
  {"deuxième", ORDINAL, FR, 0, 2, 0}, {"second", ORDINAL, FR, 0, 2, 0},
  {"seconde", ORDINAL, FR, 0, 2, 0},  {"troisième", ORDINAL, FR, 0, 3, 0},
  {"quatrième", ORDINAL, FR, 0, 4, 0},
  {"er", ORDSUF, FR, 0, 1, 0},        {"re", ORDSUF, FR, 0, 1, 0},
  {"e", ORDSUF, FR, 0, 0, 0},         {"ème", ORDSUF, FR, 0, 0, 0},

  {"un", NUMBER, FR, WEAK, 1, 0},     {"une", NUMBER, FR, WEAK, 1, 0},
  {"deux", NUMBER, FR, 0, 2, 0},      {"trois", NUMBER, FR, 0, 3, 0},
  {"quatre", NUMBER, FR, 0, 4, 0},    {"cinq", NUMBER, FR, 0, 5, 0},
  {"six", NUMBER, FR, 0, 6, 0},       {"sept", NUMBER, FR, 0, 7, 0},
  {"huit", NUMBER, FR, 0, 8, 0},      {"neuf", NUMBER, FR, 0, 9, 0},
  {"dix", NUMBER, FR, 0, 10, 0},      {"onze", NUMBER, FR, 0, 11, 0},
  {"douze", NUMBER, FR, 0, 12, 0},    {"vingt", NUMBER, FR, 0, 20, 0},
  {"trente", NUMBER, FR, 0, 30, 0},   {"quelques", NUMBER, FR, 0, -1, 0},
  {"plusieurs", NUMBER, FR, 0, -1, 0},

  {"minute", UNIT, FR, 0, MIN_, 0},   {"minutes", UNIT, FR, PLURAL, MIN_, 0},
  {"heure", UNIT, FR, 0, HOUR_, 0},   {"heures", UNIT, FR, PLURAL, HOUR_, 0},
  {"jour", UNIT, FR, 0, DAY_, 0},     {"jours", UNIT, FR, PLURAL, DAY_, 0},
  {"semaine", UNIT, FR, 0, WEEK_, 0}, {"semaines", UNIT, FR, PLURAL, WEEK_, 0},
  {"week-end", UNIT, FR, 0, WEEKEND_, 0},
  {"mois", UNIT, FR, 0, MONTH_, 0},   {"trimestre", UNIT, FR, 0, QUARTER_, 0},
  {"semestre", UNIT, FR, 0, HALF_, 0},
  {"an", UNIT, FR, 0, YEAR_, 0},      {"ans", UNIT, FR, PLURAL, YEAR_, 0},
  {"année", UNIT, FR, 0, YEAR_, 0},   {"années", UNIT, FR, PLURAL, YEAR_, 0},
  {"décennie", UNIT, FR, 0, DECADE_, 0},
  {"siècle", UNIT, FR, 0, CENT_, 0},
  {"année", YEARWORD, FR, 0, 0, 0},   {"an", YEARWORD, FR, 0, 0, 0},

  {"printemps", SEASON, FR, 0, 1, 0}, {"été", SEASON, FR, WEAK, 2, 0},
  {"automne", SEASON, FR, 0, 3, 0},   {"hiver", SEASON, FR, 0, 4, 0},

  {"matin", POD, FR, 0, MO, 0},       {"matinée", POD, FR, 0, MO, 0},
  {"après-midi", POD, FR, 0, AF, 0},  {"soir", POD, FR, 0, EV, 0},
  {"soirée", POD, FR, 0, EV, 0},      {"nuit", POD, FR, 0, NI, 0},

  {"aujourd'hui", DEICTIC, FR, 0, 0, 0},
  {"hier", DEICTIC, FR, CLASH, -1, 0},    {"demain", DEICTIC, FR, 0, 1, 0},
  {"avant-hier", DEICTIC, FR, 0, -2, 0},
  {"après-demain", DEICTIC, FR, 0, 2, 0},

  {"midi", CLOCK, FR, 0, 12, 0},      {"minuit", CLOCK, FR, 0, 24, 0},
  {"h", OCLOCK, FR, 0, 0, 0},         {"heures", OCLOCK, FR, 0, 0, 0},

  {"dernier", SHIFT, FR, AFTER|BEFORE, -1, 0},
  {"dernière", SHIFT, FR, AFTER|BEFORE, -1, 0},
  {"passé", SHIFT, FR, AFTER, -1, 0}, {"passée", SHIFT, FR, AFTER, -1, 0},
  {"précédent", SHIFT, FR, AFTER|ANAPH, -1, 0},
  {"précédente", SHIFT, FR, AFTER|ANAPH, -1, 0},
  {"ce", SHIFT, FR, 0, 0, 0},         {"cet", SHIFT, FR, 0, 0, 0},
  {"cette", SHIFT, FR, 0, 0, 0},      {"en cours", SHIFT, FR, AFTER, 0, 0},
  {"prochain", SHIFT, FR, AFTER|BEFORE, 1, 0},
  {"prochaine", SHIFT, FR, AFTER|BEFORE, 1, 0},
  {"suivant", SHIFT, FR, AFTER|ANAPH, 1, 0},
  {"suivante", SHIFT, FR, AFTER|ANAPH, 1, 0},

  {"il y a", AGO, FR, PREFIX, -1, 0}, {"dans", AGO, FR, PREFIX, 1, 0},
  {"plus tard", AGO, FR, 0, 1, 0},    {"auparavant", AGO, FR, 0, -1, 0},
  {"plus tôt", AGO, FR, 0, -1, 0},

  {"début", MOD, FR, 0, START, 0},    {"mi", MOD, FR, HYPHEN, MID, 0},
  {"milieu", MOD, FR, OF, MID, 0},    {"fin", MOD, FR, 0, END, 0},

  {"environ", APPROX, FR, 0, 0, 0},    {"presque", APPROX, FR, 0, 0, 0},
  {"vers", APPROX, FR, 0, 0, 0},
  {"ou deux", APPROX, FR, SUFFIX, -1, 0},
  {"sera", TENSE, FR, 0, 1, 0},        {"seront", TENSE, FR, 0, 1, 0},
  {"prévu", TENSE, FR, 0, 1, 0},       {"prévue", TENSE, FR, 0, 1, 0},
  {"devrait", TENSE, FR, 0, 1, 0},     {"doit", TENSE, FR, 0, 1, 0},
  {"déclaré", TENSE, FR, 0, -1, 0},    {"annoncé", TENSE, FR, 0, -1, 0},
  {"affirmé", TENSE, FR, 0, -1, 0},    {"indiqué", TENSE, FR, 0, -1, 0},
  {"avait", TENSE, FR, 0, -3, 0},      {"initialement", TENSE, FR, 0, -2, 0},
  {"et", AND, FR, 0, 0, 0},            {"ou", AND, FR, 0, 0, 0},
  {"au", AND, FR, 0, 0, 0},
  {"le", ART, FR, 0, 0, 0},   {"la", ART, FR, 0, 0, 0},
  {"les", ART, FR, 0, 0, 0},  {"l'", CLITIC, FR, PREFIX, 0, 0},
  {"d'", CLITIC, FR, PREFIX, 0, 0},
  {"de", OFW, FR, 0, 0, 0},   {"du", OFW, FR, 0, 0, 0},
  {"des", OFW, FR, 0, 0, 0},
  {"en", PREP, FR, 0, 0, 0},  {"au", PREP, FR, 0, 0, 0},
  {"le", PREP, FR, 0, 0, 0},  {"depuis", PREP, FR, 0, -1, 0},
  {"dès", PREP, FR, 0, 0, 0}, {"jusqu'au", PREP, FR, 0, 1, 0},
  {"avant", PREP, FR, 0, 0, 0},{"après", PREP, FR, 0, 0, 0},
  {"avant", AGO, FR, OBJECT, -1, 0},  {"après", AGO, FR, OBJECT, 1, 0},
  {"pendant", PREP, FR, 0, 0, 0},{"début", PREP, FR, 0, 0, 0},
  {"fin", PREP, FR, 0, 0, 0}, {"de", PREP, FR, 0, 0, 0},
  {"cet", PREP, FR, 0, 0, 0}, {"l'", PREP, FR, 0, 0, 0},

  {"même", FOCUS, FR, ANAPH, 0, 0},
  {"maintenant", REF, FR, 0, PRESENT, 0},
  {"actuellement", REF, FR, 0, PRESENT, 0},
  {"récemment", REF, FR, 0, PAST, 0},
  {"avenir", REF, FR, ARTICLE, FUTURE, 0},
  {"passé", REF, FR, ARTICLE, PAST, 0},

  {"jour de l'an", HOLIDAY, FR, 0, 1, 1},
  {"noël", HOLIDAY, FR, 0, 12, 25},
  {"saint-sylvestre", HOLIDAY, FR, 0, 12, 31},
  {"pâques", HOLIDAY, FR, EASTER, 0, 0},
  {"lundi de pâques", HOLIDAY, FR, EASTER, 0, 1},
  {"années", DECINTRO, FR, 0, 0, 0},
  {"av. j.-c.", ERA, FR, 0, -1, 0},

  {"le", CUE, FR, 0, 0, 0},   {"les", CUE, FR, 0, 0, 0},
  {"et", CUE, FR, 0, 0, 0},   {"est", CUE, FR, 0, 0, 0},
  {"une", CUE, FR, 0, 0, 0},  {"des", CUE, FR, 0, 0, 0},
  {"pour", CUE, FR, 0, 0, 0}, {"dans", CUE, FR, 0, 0, 0},
  {"qui", CUE, FR, 0, 0, 0},  {"sur", CUE, FR, 0, 0, 0},
  {"du", CUE, FR, 0, 0, 0},   {"pas", CUE, FR, 0, 0, 0},
  {"pour cent", NOTYEAR, FR, 0, 0, 0}, {"personnes", NOTYEAR, FR, 0, 0, 0},

  /*********************************************************** Spanish */
  {"enero", MONTH, ES, 0, 1, 0},      {"ene", MONTH, ES, ABBR, 1, 0},
  {"febrero", MONTH, ES, 0, 2, 0},    {"feb", MONTH, ES, ABBR, 2, 0},
  {"marzo", MONTH, ES, 0, 3, 0},      {"mar", MONTH, ES, ABBR, 3, 0},
  {"abril", MONTH, ES, 0, 4, 0},      {"abr", MONTH, ES, ABBR, 4, 0},
  {"mayo", MONTH, ES, 0, 5, 0},       {"junio", MONTH, ES, 0, 6, 0},
  {"jun", MONTH, ES, ABBR, 6, 0},     {"julio", MONTH, ES, 0, 7, 0},
  {"jul", MONTH, ES, ABBR, 7, 0},     {"agosto", MONTH, ES, 0, 8, 0},
  {"ago", MONTH, ES, ABBR, 8, 0},     {"septiembre", MONTH, ES, 0, 9, 0},
  {"setiembre", MONTH, ES, 0, 9, 0},  {"sept", MONTH, ES, ABBR, 9, 0},
  {"octubre", MONTH, ES, 0, 10, 0},   {"oct", MONTH, ES, ABBR, 10, 0},
  {"noviembre", MONTH, ES, 0, 11, 0}, {"nov", MONTH, ES, ABBR, 11, 0},
  {"diciembre", MONTH, ES, 0, 12, 0}, {"dic", MONTH, ES, ABBR, 12, 0},

  {"lunes", WEEKDAY, ES, 0, 1, 0},    {"martes", WEEKDAY, ES, 0, 2, 0},
  {"miércoles", WEEKDAY, ES, 0, 3, 0},{"jueves", WEEKDAY, ES, 0, 4, 0},
  {"viernes", WEEKDAY, ES, 0, 5, 0},  {"sábado", WEEKDAY, ES, 0, 6, 0},
  {"domingo", WEEKDAY, ES, 0, 7, 0},

  {"primer", ORDINAL, ES, 0, 1, 0},   {"primero", ORDINAL, ES, 0, 1, 0},
  {"primera", ORDINAL, ES, 0, 1, 0},  {"segundo", ORDINAL, ES, 0, 2, 0},
  {"segunda", ORDINAL, ES, 0, 2, 0},  {"tercer", ORDINAL, ES, 0, 3, 0},
  {"tercero", ORDINAL, ES, 0, 3, 0},  {"tercera", ORDINAL, ES, 0, 3, 0},
  {"cuarto", ORDINAL, ES, 0, 4, 0},   {"cuarta", ORDINAL, ES, 0, 4, 0},
  {"º", ORDSUF, ES, 0, 0, 0},         {"ª", ORDSUF, ES, 0, 0, 0},

  {"un", NUMBER, ES, WEAK, 1, 0},     {"una", NUMBER, ES, WEAK, 1, 0},
  {"uno", NUMBER, ES, 0, 1, 0},       {"dos", NUMBER, ES, 0, 2, 0},
  {"tres", NUMBER, ES, 0, 3, 0},      {"cuatro", NUMBER, ES, 0, 4, 0},
  {"cinco", NUMBER, ES, 0, 5, 0},     {"seis", NUMBER, ES, 0, 6, 0},
  {"siete", NUMBER, ES, 0, 7, 0},     {"ocho", NUMBER, ES, 0, 8, 0},
  {"nueve", NUMBER, ES, 0, 9, 0},     {"diez", NUMBER, ES, 0, 10, 0},
  {"once", NUMBER, ES, 0, 11, 0},     {"doce", NUMBER, ES, 0, 12, 0},
  {"veinte", NUMBER, ES, 0, 20, 0},   {"treinta", NUMBER, ES, 0, 30, 0},
  {"unos", NUMBER, ES, 0, -1, 0},     {"unas", NUMBER, ES, 0, -1, 0},
  {"varios", NUMBER, ES, 0, -1, 0},   {"varias", NUMBER, ES, 0, -1, 0},

  {"minuto", UNIT, ES, 0, MIN_, 0},   {"minutos", UNIT, ES, PLURAL, MIN_, 0},
  {"hora", UNIT, ES, 0, HOUR_, 0},    {"horas", UNIT, ES, PLURAL, HOUR_, 0},
  {"día", UNIT, ES, 0, DAY_, 0},      {"días", UNIT, ES, PLURAL, DAY_, 0},
  {"semana", UNIT, ES, 0, WEEK_, 0},  {"semanas", UNIT, ES, PLURAL, WEEK_, 0},
  {"fin de semana", UNIT, ES, 0, WEEKEND_, 0},
  {"mes", UNIT, ES, 0, MONTH_, 0},    {"meses", UNIT, ES, PLURAL, MONTH_, 0},
  {"trimestre", UNIT, ES, 0, QUARTER_, 0},
  {"semestre", UNIT, ES, 0, HALF_, 0},
  {"año", UNIT, ES, 0, YEAR_, 0},     {"años", UNIT, ES, PLURAL, YEAR_, 0},
  {"década", UNIT, ES, 0, DECADE_, 0},{"siglo", UNIT, ES, 0, CENT_, 0},
  {"año", YEARWORD, ES, 0, 0, 0},

  {"primavera", SEASON, ES, 0, 1, 0}, {"verano", SEASON, ES, 0, 2, 0},
  {"otoño", SEASON, ES, 0, 3, 0},     {"invierno", SEASON, ES, 0, 4, 0},

  {"madrugada", POD, ES, 0, NI, 0},   {"tarde", POD, ES, 0, AF, 0},
  {"noche", POD, ES, 0, NI, 0},

  {"hoy", DEICTIC, ES, 0, 0, 0},      {"ayer", DEICTIC, ES, 0, -1, 0},
  {"mañana", DEICTIC, ES, 0, 1, 0},   {"anteayer", DEICTIC, ES, 0, -2, 0},
  {"pasado mañana", DEICTIC, ES, 0, 2, 0},
  {"anoche", DEICTIC, ES, 0, -1, NI},

  {"mediodía", CLOCK, ES, 0, 12, 0},  {"medianoche", CLOCK, ES, 0, 24, 0},

  {"pasado", SHIFT, ES, AFTER, -1, 0},{"pasada", SHIFT, ES, AFTER, -1, 0},
  {"último", SHIFT, ES, AFTER|BEFORE, -1, 0},
  {"última", SHIFT, ES, AFTER|BEFORE, -1, 0},
  {"anterior", SHIFT, ES, AFTER|ANAPH, -1, 0},
  {"este", SHIFT, ES, 0, 0, 0},       {"esta", SHIFT, ES, 0, 0, 0},
  {"en curso", SHIFT, ES, AFTER, 0, 0},
  {"próximo", SHIFT, ES, AFTER|BEFORE, 1, 0},
  {"próxima", SHIFT, ES, AFTER|BEFORE, 1, 0},
  {"que viene", SHIFT, ES, AFTER, 1, 0},
  {"siguiente", SHIFT, ES, AFTER|ANAPH, 1, 0},

  {"hace", AGO, ES, PREFIX, -1, 0},   {"dentro de", AGO, ES, PREFIX, 1, 0},
  {"después", AGO, ES, 0, 1, 0},      {"más tarde", AGO, ES, 0, 1, 0},
  {"antes", AGO, ES, 0, -1, 0},

  {"principios", MOD, ES, OF, START, 0},
  {"comienzos", MOD, ES, OF, START, 0},
  {"inicios", MOD, ES, OF, START, 0}, {"mediados", MOD, ES, OF, MID, 0},
  {"finales", MOD, ES, OF, END, 0},   {"fines", MOD, ES, OF, END, 0},

  {"casi", APPROX, ES, 0, 0, 0},       {"alrededor de", APPROX, ES, 0, 0, 0},
  {"aproximadamente", APPROX, ES, 0, 0, 0},
  {"o dos", APPROX, ES, SUFFIX, -1, 0},
  {"será", TENSE, ES, 0, 1, 0},        {"serán", TENSE, ES, 0, 1, 0},
  {"previsto", TENSE, ES, 0, 1, 0},    {"prevista", TENSE, ES, 0, 1, 0},
  {"deberá", TENSE, ES, 0, 1, 0},      {"prevé", TENSE, ES, 0, 1, 0},
  {"dijo", TENSE, ES, 0, -1, 0},       {"anunció", TENSE, ES, 0, -1, 0},
  {"informó", TENSE, ES, 0, -1, 0},    {"declaró", TENSE, ES, 0, -1, 0},
  {"había", TENSE, ES, 0, -3, 0},      {"originalmente", TENSE, ES, 0, -2, 0},
  {"y", AND, ES, 0, 0, 0},             {"o", AND, ES, 0, 0, 0},
  {"al", AND, ES, 0, 0, 0},
  {"el", ART, ES, 0, 0, 0},   {"la", ART, ES, 0, 0, 0},
  {"los", ART, ES, 0, 0, 0},  {"las", ART, ES, 0, 0, 0},
  {"de", OFW, ES, 0, 0, 0},   {"del", OFW, ES, 0, 0, 0},
  {"en", PREP, ES, 0, 0, 0},  {"el", PREP, ES, 0, 0, 0},
  {"desde", PREP, ES, 0, -1, 0},{"hasta", PREP, ES, 0, 1, 0},
  {"de", PREP, ES, 0, 0, 0},  {"a", PREP, ES, 0, 0, 0},
  {"para", PREP, ES, 0, 0, 0},{"durante", PREP, ES, 0, 0, 0},

  {"mismo", FOCUS, ES, ANAPH, 0, 0},   {"misma", FOCUS, ES, ANAPH, 0, 0},
  {"ahora", REF, ES, 0, PRESENT, 0},
  {"actualmente", REF, ES, 0, PRESENT, 0},
  {"hoy en día", REF, ES, 0, PRESENT, 0},
  {"recientemente", REF, ES, 0, PAST, 0},
  {"futuro", REF, ES, ARTICLE, FUTURE, 0},
  {"pasado", REF, ES, ARTICLE, PAST, 0},

  {"año nuevo", HOLIDAY, ES, 0, 1, 1},
  {"nochebuena", HOLIDAY, ES, 0, 12, 24},
  {"navidad", HOLIDAY, ES, 0, 12, 25},
  {"nochevieja", HOLIDAY, ES, 0, 12, 31},
  {"pascua", HOLIDAY, ES, EASTER, 0, 0},
  {"años", DECINTRO, ES, 0, 0, 0},
  {"a. c.", ERA, ES, 0, -1, 0},

  {"el", CUE, ES, 0, 0, 0},   {"los", CUE, ES, 0, 0, 0},
  {"las", CUE, ES, 0, 0, 0},  {"y", CUE, ES, 0, 0, 0},
  {"es", CUE, ES, 0, 0, 0},   {"una", CUE, ES, 0, 0, 0},
  {"por", CUE, ES, 0, 0, 0},  {"con", CUE, ES, 0, 0, 0},
  {"para", CUE, ES, 0, 0, 0}, {"del", CUE, ES, 0, 0, 0},
  {"por ciento", NOTYEAR, ES, 0, 0, 0}, {"personas", NOTYEAR, ES, 0, 0, 0},

  /* Shared by French and Spanish. */
  {"la", CUE, FR|ES, 0, 0, 0}, {"de", CUE, FR|ES, 0, 0, 0},
  {"que", CUE, FR|ES, 0, 0, 0},
};

#define N_WORD ((int)(sizeof(aWord)/sizeof(aWord[0])))

static const char *const aLangName[NEWS_LANG_COUNT] = { "en", "de", "fr", "es" };

int news_date_lang_bit(const char *z, int n){
  int i;
  for(i=0; i<NEWS_LANG_COUNT; i++){
    if( n==2 && sqlite3_strnicmp(z, aLangName[i], 2)==0 ) return 1<<i;
  }
  return 0;
}

const char *news_date_lang_name(int bit){
  int i;
  for(i=0; i<NEWS_LANG_COUNT; i++){
    if( bit==(1<<i) ) return aLangName[i];
  }
  return 0;
}

const NewsDateWord *news_date_lexicon_all(int *pn){
  *pn = N_WORD;
  return aWord;
}

/*************************************************************************
** Keys
*/

/* True for code points that can occur in a key: Latin letters with their
** accents, combining accents, typographic apostrophes and hyphens.  Any
** other script cannot be in the lexicon, so its words are not folded. */
static int is_key_char(uint32_t cp){
  return cp<0x250 || (cp>=0x300 && cp<0x370) || (cp>=0x2010 && cp<=0x2019)
      || cp==0x2BC;
}

int news_date_key(const char *z, int n, char *zOut){
  NewsBuf buf;
  int nOut;
  news_buf_init(&buf);
  nOut = news_date_key_buf(z, n, zOut, &buf);
  news_buf_free(&buf);
  return nOut;
}

int news_date_key_buf(const char *z, int n, char *zOut, NewsBuf *pScratch){
  const unsigned char *zu = (const unsigned char*)z;
  int i;
  if( n<=0 || n>3*NEWS_DATE_KEY_MAX ) return 0;
  for(i=0; i<n && i<NEWS_DATE_KEY_MAX; i++){
    unsigned char c = zu[i];
    if( c>=0x80 ) break;
    zOut[i] = (char)((c>='A' && c<='Z') ? c+('a'-'A') : c);
  }
  if( i==n ){                           /* ASCII: case folding only */
    zOut[n] = 0;
    return n;
  }
  if( zu[i]<0x80 ) return 0;            /* ASCII but too long */
  {
    int len, nOut = 0;
    for(i=0; i<n; i+=len){
      uint32_t cp;
      len = news_utf8_decode(zu, n, i, &cp);
      if( !is_key_char(cp) ) return 0;
    }
    news_buf_reset(pScratch);
    news_fold(pScratch, z, n, NEWS_FOLD_CASE|NEWS_FOLD_DIACRITICS|NEWS_FOLD_PUNCT);
    if( pScratch->rc==SQLITE_OK && pScratch->n>0 && pScratch->n<=NEWS_DATE_KEY_MAX ){
      memcpy(zOut, pScratch->z, (size_t)pScratch->n);
      nOut = (int)pScratch->n;
      zOut[nOut] = 0;
    }
    return nOut;
  }
}

/*************************************************************************
** Index: open addressing on the folded first token.  Phrase entries keep
** the folded keys of all their tokens in aPool.
*/
#define HASH_SIZE 2048                  /* power of two, > 2*N_WORD */
#define POOL_SIZE (N_WORD*24)
#define MAX_CLITIC 16
#define HEAD_SIZE 1024                  /* power of two, > 2 * head keys */
typedef struct LexToken LexToken;
struct LexToken { unsigned short iOff; unsigned char n; };

/* A set of keys (news_date_set_langs()): open addressing on the key. */
typedef struct KeySet KeySet;
struct KeySet {
  short aSlot[HEAD_SIZE];               /* entry index + 1 of its key */
  unsigned char aTok[HEAD_SIZE];        /* ... which token of that entry */
  unsigned char aLang[HEAD_SIZE];       /* languages where it is in the set */
  unsigned char aLower[HEAD_SIZE];      /* ... also when not capitalized */
  unsigned short aPrefix[NEWS_LANG_ALL+1][2][32*32];  /* news_date_set_prefixes()
                                        ** per language mask and capital */
};

static struct {
  short aSlot[HASH_SIZE];               /* entry index + 1 of a chain head */
  short aNext[N_WORD];                  /* next entry with the same key, or -1 */
  unsigned char aNTok[N_WORD];
  LexToken aTok[N_WORD][NEWS_DATE_PHRASE_MAX];
  char aPool[POOL_SIZE];
  int nPool;
  short aClitic[MAX_CLITIC];            /* the NEWS_DW_CLITIC entries */
  int nClitic;
  sqlite3_uint64 aLenMask[256];         /* bit n: some key of n bytes starts
                                        ** with this byte (a fast "no") */
  sqlite3_uint64 aKinds[N_WORD][NEWS_LANG_COUNT];  /* per chain head and
                                        ** language: its kinds */
  KeySet aSet[3];                       /* NEWS_DATE_SET_* */
} lex;
static _Atomic int lexReady = 0;

static unsigned hash_key(const char *z, int n){
  return news_hash_bytes(z, n);
}

static const char *tok_key(int iWord, int iTok, int *pn){
  *pn = lex.aTok[iWord][iTok].n;
  return lex.aPool + lex.aTok[iWord][iTok].iOff;
}

/* Split entry iWord into tokens (as the scanner will see them) and store
** their folded keys. */
static void index_tokens(int iWord){
  const char *z = aWord[iWord].zWord;
  NewsTokenizer tk;
  NewsToken t;
  int nTok = 0;
  if( aWord[iWord].eKind==NEWS_DW_CLITIC ){
    /* Clitics ("l'", "'s") are matched inside a token: keep them whole,
    ** and outside the hash table. */
    int nKey = news_date_key(z, (int)strlen(z), lex.aPool+lex.nPool);
    lex.aTok[iWord][0].iOff = (unsigned short)lex.nPool;
    lex.aTok[iWord][0].n = (unsigned char)nKey;
    lex.nPool += nKey+1;
    if( lex.nClitic<MAX_CLITIC ) lex.aClitic[lex.nClitic++] = (short)iWord;
    return;
  }
  news_tokenizer_init(&tk, z, (int)strlen(z), NEWS_TOKENIZE_SPLIT_HYPHENS);
  while( news_tokenizer_next(&tk, &t) && nTok<NEWS_DATE_PHRASE_MAX ){
    char zKey[NEWS_DATE_KEY_MAX+1];
    int nKey = news_date_key(z+t.iStart, t.iEnd-t.iStart, zKey);
    if( nKey==0 || lex.nPool+nKey+1>POOL_SIZE ) break;
    memcpy(lex.aPool+lex.nPool, zKey, (size_t)nKey+1);
    lex.aTok[iWord][nTok].iOff = (unsigned short)lex.nPool;
    lex.aTok[iWord][nTok].n = (unsigned char)nKey;
    lex.nPool += nKey+1;
    nTok++;
  }
  lex.aNTok[iWord] = (unsigned char)nTok;
}

/* Add the kind of entry iWord to those of its chain head iHead. */
static void index_kinds(int iHead, int iWord){
  const NewsDateWord *w = &aWord[iWord];
  sqlite3_uint64 m = (sqlite3_uint64)1 << w->eKind;
  int k;
  if( lex.aNTok[iWord]>1 ) m |= (sqlite3_uint64)1 << NEWS_DW_PHRASE;
  for(k=0; k<NEWS_LANG_COUNT; k++){
    if( w->mLang & (1<<k) ) lex.aKinds[iHead][k] |= m;
  }
}

/* Kinds whose words make a date expression (with the help of others):
** see NEWS_DATE_SET_HEAD. */
#define HK(k) ((sqlite3_uint64)1<<NEWS_DW_##k)
#define HEAD_KINDS ( HK(MONTH) | HK(WEEKDAY) | HK(UNIT) | HK(SEASON) | HK(POD) \
  | HK(DEICTIC) | HK(CLOCK) | HK(REF) | HK(REFADJ) | HK(HOLIDAY) | HK(MULT) \
  | HK(DECADEWORD) | HK(DECADEINTRO) | HK(YEARWORD) )

static int is_head_entry(const NewsDateWord *w){
  /* Mon., Fri.: only with a month name or a number after them */
  if( w->eKind==NEWS_DW_WEEKDAY && (w->flags & NEWS_DWF_ABBR) ) return 0;
  if( w->eKind==NEWS_DW_NUMBER ){
    return w->iVal>=11 && w->iVal<=20;  /* nineteen ninety-six, twenty twenty */
  }
  return (HEAD_KINDS & ((sqlite3_uint64)1<<w->eKind))!=0;
}

/* The slot of key zKey[0..nKey) in set p, or the empty slot it would take. */
static unsigned set_slot(const KeySet *p, const char *zKey, int nKey){
  unsigned h;
  for(h=hash_key(zKey, nKey)&(HEAD_SIZE-1); p->aSlot[h]; h=(h+1)&(HEAD_SIZE-1)){
    int n;
    const char *z = tok_key(p->aSlot[h]-1, p->aTok[h], &n);
    if( n==nKey && memcmp(z, zKey, nKey)==0 ) break;
  }
  return h;
}

/* Add token iTok of entry iWord to set p, for its languages; bLower: also
** when the word is not capitalized. */
static void set_add(KeySet *p, int iWord, int iTok, int bLower){
  int nKey;
  const char *zKey = tok_key(iWord, iTok, &nKey);
  unsigned h = set_slot(p, zKey, nKey);
  int m, iPre = NEWS_DATE_PREFIX(zKey, nKey);
  if( p->aSlot[h]==0 ){
    p->aSlot[h] = (short)(iWord+1);
    p->aTok[h] = (unsigned char)iTok;
  }
  p->aLang[h] |= aWord[iWord].mLang;
  if( bLower ) p->aLower[h] |= aWord[iWord].mLang;
  for(m=1; m<=NEWS_LANG_ALL; m++){
    if( m & aWord[iWord].mLang ){
      p->aPrefix[m][1][iPre] |= NEWS_DATE_PREFIX_LEN(nKey);
      if( bLower ) p->aPrefix[m][0][iPre] |= NEWS_DATE_PREFIX_LEN(nKey);
    }
  }
}

/* Add entry iWord to the head words if it is one: its only token, or for
** a phrase a token that is a head word by itself, else its longest. */
static void index_head(int iWord){
  const NewsDateWord *w = &aWord[iWord];
  KeySet *p = &lex.aSet[NEWS_DATE_SET_HEAD];
  int k, iTok = 0, nBest = 0;
  if( !is_head_entry(w) || lex.aNTok[iWord]==0 ) return;
  for(k=0; k<lex.aNTok[iWord]; k++){
    int n;
    const char *z = tok_key(iWord, k, &n);
    if( p->aSlot[set_slot(p, z, n)] ){ iTok = k; break; }
    if( n>nBest ){ iTok = k; nBest = n; }
  }
  set_add(p, iWord, iTok, !(w->flags & (NEWS_DWF_CAP|NEWS_DWF_UPPER)) || iTok>0);
}

/* Add entry iWord to the cue words if it is one, and its later tokens if it
** is a phrase to the inner tokens. */
static void index_cue_inner(int iWord){
  int k;
  if( aWord[iWord].eKind==NEWS_DW_CUE && lex.aNTok[iWord]==1 ){
    set_add(&lex.aSet[NEWS_DATE_SET_CUE], iWord, 0, 1);
  }
  for(k=1; k<lex.aNTok[iWord]; k++) set_add(&lex.aSet[NEWS_DATE_SET_INNER], iWord, k, 1);
}

static void index_build(void){
  int i;
  memset(&lex, 0, sizeof(lex));
  for(i=0; i<N_WORD; i++){
    const char *zKey;
    int nKey;
    unsigned h;
    lex.aNext[i] = -1;
    index_tokens(i);
    if( lex.aNTok[i]==0 ) continue;     /* clitics are not hashed */
    zKey = tok_key(i, 0, &nKey);
    lex.aLenMask[(unsigned char)zKey[0]] |= (sqlite3_uint64)1 << nKey;
    for(h=hash_key(zKey, nKey)&(HASH_SIZE-1); lex.aSlot[h]; h=(h+1)&(HASH_SIZE-1)){
      int iHead = lex.aSlot[h]-1, nHead;
      const char *zHead = tok_key(iHead, 0, &nHead);
      if( nHead==nKey && memcmp(zHead, zKey, nKey)==0 ){
        int iLast = iHead;
        while( lex.aNext[iLast]>=0 ) iLast = lex.aNext[iLast];
        lex.aNext[iLast] = (short)i;      /* keep declaration order */
        index_kinds(iHead, i);
        break;
      }
    }
    if( lex.aSlot[h]==0 ){
      lex.aSlot[h] = (short)(i+1);
      index_kinds(i, i);
    }
  }
  /* single words first, so that phrases can pick a token that is one */
  for(i=0; i<N_WORD; i++) if( lex.aNTok[i]==1 ) index_head(i);
  for(i=0; i<N_WORD; i++) if( lex.aNTok[i]>1 ) index_head(i);
  for(i=0; i<N_WORD; i++) index_cue_inner(i);
}

static void index_ensure(void){
  if( !atomic_load_explicit(&lexReady, memory_order_acquire) ){
    sqlite3_mutex *pMutex = sqlite3_mutex_alloc(SQLITE_MUTEX_STATIC_APP1);
    sqlite3_mutex_enter(pMutex);
    if( !atomic_load_explicit(&lexReady, memory_order_relaxed) ){
      index_build();
      atomic_store_explicit(&lexReady, 1, memory_order_release);
    }
    sqlite3_mutex_leave(pMutex);
  }
}

const NewsDateWord *news_date_lexicon_find(const char *zKey, int nKey){
  unsigned h;
  index_ensure();
  if( nKey<=0 || nKey>NEWS_DATE_KEY_MAX
   || (lex.aLenMask[(unsigned char)zKey[0]] & ((sqlite3_uint64)1<<nKey))==0 ){
    return 0;
  }
  for(h=hash_key(zKey, nKey)&(HASH_SIZE-1); lex.aSlot[h]; h=(h+1)&(HASH_SIZE-1)){
    int iHead = lex.aSlot[h]-1, nHead;
    const char *zHead = tok_key(iHead, 0, &nHead);
    if( nHead==nKey && memcmp(zHead, zKey, nKey)==0 ) return &aWord[iHead];
  }
  return 0;
}

int news_date_set_langs(int eSet, const char *zKey, int nKey, int bCapital){
  const KeySet *p;
  unsigned h;
  index_ensure();
  if( eSet<0 || eSet>NEWS_DATE_SET_INNER || nKey<=0 || nKey>NEWS_DATE_KEY_MAX ) return 0;
  p = &lex.aSet[eSet];
  h = set_slot(p, zKey, nKey);
  if( p->aSlot[h]==0 ) return 0;
  return bCapital ? p->aLang[h] : p->aLower[h];
}

const unsigned short *news_date_set_prefixes(int eSet, int mLang, int bCapital){
  index_ensure();
  return lex.aSet[eSet>=0 && eSet<=NEWS_DATE_SET_INNER ? eSet : 0]
           .aPrefix[mLang & NEWS_LANG_ALL][bCapital!=0];
}

int news_date_set_ascii(int eSet, const char *zWord, int nWord, int bCapital){
  const KeySet *p;
  unsigned h, b;
  index_ensure();
  if( eSet<0 || eSet>NEWS_DATE_SET_INNER ) return 0;
  p = &lex.aSet[eSet];
  if( nWord<=0 || nWord>NEWS_DATE_KEY_MAX
   || (p->aPrefix[NEWS_LANG_ALL][1][NEWS_DATE_PREFIX(zWord, nWord)]
       & NEWS_DATE_PREFIX_LEN(nWord))==0 ){
    return 0;
  }
  h = NEWS_HASH_INIT;
  for(b=0; b<(unsigned)nWord; b++) h = news_hash_step(h, (unsigned char)zWord[b] | 0x20);
  for(h&=(HEAD_SIZE-1); p->aSlot[h]; h=(h+1)&(HEAD_SIZE-1)){
    int n, k;
    const char *z = tok_key(p->aSlot[h]-1, p->aTok[h], &n);
    if( n!=nWord ) continue;
    for(k=0; k<n && (zWord[k]|0x20)==z[k]; k++){}
    if( k==n ) return bCapital ? p->aLang[h] : p->aLower[h];
  }
  return 0;
}

const NewsDateWord *news_date_lexicon_next(const NewsDateWord *p){
  int i = lex.aNext[p - aWord];
  return i<0 ? 0 : &aWord[i];
}

int news_date_word_ntoken(const NewsDateWord *p){
  return lex.aNTok[p - aWord];
}

const char *news_date_word_token(const NewsDateWord *p, int i, int *pn){
  return tok_key((int)(p - aWord), i, pn);
}

const NewsDateWord *news_date_lexicon_find_stripped(const char *zKey, int nKey,
                                                    int *pnSuffix){
  int k;
  index_ensure();
  *pnSuffix = 0;
  for(k=0; k<lex.nClitic; k++){
    const NewsDateWord *w = &aWord[lex.aClitic[k]];
    int nC;
    const char *zC = tok_key(lex.aClitic[k], 0, &nC);
    if( nC>=nKey ) continue;
    if( w->flags & NEWS_DWF_SUFFIX ){
      if( memcmp(zKey+nKey-nC, zC, nC)==0 ){
        const NewsDateWord *r = news_date_lexicon_find(zKey, nKey-nC);
        if( r ){ *pnSuffix = nC; return r; }
      }
    }else if( memcmp(zKey, zC, nC)==0 ){
      const NewsDateWord *r = news_date_lexicon_find(zKey+nC, nKey-nC);
      if( r ) return r;
    }
  }
  return 0;
}

sqlite3_uint64 news_date_lexicon_kinds(const NewsDateWord *p, int mLang){
  const sqlite3_uint64 *a = lex.aKinds[p - aWord];
  sqlite3_uint64 m = 0;
  int k;
  for(k=0; k<NEWS_LANG_COUNT; k++){
    if( mLang & (1<<k) ) m |= a[k];
  }
  return m;
}
