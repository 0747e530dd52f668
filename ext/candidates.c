/*
** candidates.c - entity_candidates(text): the proper names a text
** mentions, found without a dictionary, to help build one.
**
**     SELECT canonical, kind, count(*) FROM articles a,
**            entity_candidates(a.body) GROUP BY 1, 2 ORDER BY 3 DESC;
**
** One row per name occurrence, in text order, with columns text (as
** written), start and end (0-based character offsets, end exclusive),
** canonical (the fullest form of the same name in the document) and kind
** (person, organization, place or unknown), and the hidden argument
** document.
**
** A name is a run of words whose capitals mean something.  The text is
** read twice.  The first pass notes, for every word, whether the document
** writes it in lower case and whether it capitalizes it where nothing
** forces a capital (mid-sentence on an ordinary line; see the text core's
** capitalization context).  The second pass classifies each word:
**   - capitalized where nothing forces it, or capitalized so elsewhere in
**     the document: a name word ("Geneva", "JAPAN" in a headline when the
**     body writes "Japan");
**   - capitalized only because of its position and written in lower case
**     elsewhere, or a function word (stopwords.c's English list and
**     azFunctionExtra), number word, month or weekday: not a name ("The",
**     "Two", "May" as a month);
**   - capitalized only because of its position, with no other evidence: a
**     weak name word, accepted except on lines in capitals (headlines);
**   - person titles (President, Mr, Minister) are not part of names but
**     tell their kind;
** and joins name words into runs: consecutive name words on one line,
** initials with their dot (P. Simmons, George W. Bush), and the
** connectors of, de, van, von, der, bin, al, &... between name words
** (Bank of England, Joost van der Westhuizen).  Hyphenated particles are
** names (al-Sudani); a capitalized word with lower-case hyphenated tails
** gives its name part (Iran in "Iran-backed").  A line-initial run in
** capitals followed by a dash, comma, bracket or date is a dateline place.
** The word lists are English.
**
** canonical: an acronym defined in brackets next to its expansion
** ("Popular Mobilization Forces (PMF)", or the reverse), or whose letters
** are the initials of exactly one longer name of the document, stands for
** it; a name whose words end a longer name ("Sudani", "al-Sudani" of
** "Mohammed Shia' al-Sudani") stands for the longest one (the earliest
** among equals), except for places ("Korea" is not "South Korea").
**
** kind: cues of each occurrence, summed over all names with the same
** canonical form: a title before (person), an initial (person), "said" or
** "told" after a name not preceded by "the" (person), a surname used alone
** (person), an organization head word last (Council, Forces, Party, Corp;
** organization), a place head word last (River, Province, City; place),
** a dateline or "in", "from", "near"... before (place).  The strongest kind
** wins; a tie or no cue gives unknown.
**
** Memory: the distinct words and names of the document and 32 bytes per
** name occurrence; text is read in segments of at most CAND_CHUNK tokens.
*/
#include "candidates.h"
#include "tvf.h"
#include "text.h"
#include "stopwords.h"
#include <stdlib.h>
#include <string.h>

typedef unsigned int u32;

#define CAND_CHUNK    4096    /* tokens buffered at most */
#define CAND_OVERLAP  64      /* kept when a long line is cut */
#define CAND_MAX_RUN  32      /* tokens in a name */
#define CAND_NONE     NEWS_INTERN_NONE

/* What the document says about a word (CandCursor.aBits) */
#define CAND_EV_LOWER    0x01   /* written in lower case somewhere */
#define CAND_EV_CAPFREE  0x02   /* capitalized where nothing forces it */

/* Word classes */
#define CAND_NO       0
#define CAND_STRONG   1         /* a name word */
#define CAND_WEAK     2         /* a capital only position explains */
#define CAND_INITIAL  3         /* a single capital letter */
#define CAND_TITLE    4         /* Mr, President: not a name, a cue */
#define CAND_CALENDAR 5         /* a month or weekday: only inside a name */
#define CAND_MODIFIER 6         /* Foreign, Prime: a title before a title */

/* Kinds */
#define CAND_PERSON   0
#define CAND_ORG      1
#define CAND_PLACE    2
static const char *const azKind[] = { "person", "organization", "place" };

/*************************************************************************
** English word lists, sorted (bsearch); words are case-folded.
*/
/* Words that open English sentences without being names, beyond the
** English stopword list of stopwords.c (which has the, in, he, they...). */
static const char *const azFunctionExtra[] = {
  "according", "across", "ago", "almost", "along", "already", "also",
  "although", "always", "among", "another", "anybody", "anyone", "anything",
  "anywhere", "around", "can", "despite", "earlier", "either", "even", "ever",
  "every", "everybody", "everyone", "everything", "everywhere", "however",
  "including", "instead", "just", "last", "later", "least", "less", "many",
  "may", "meanwhile", "might", "moreover", "much", "must", "neither", "never",
  "next", "nobody", "none", "nothing", "now", "nowhere", "often", "others",
  "per", "perhaps", "rather", "several", "shall", "since", "somebody",
  "someone", "something", "somewhere", "still", "therefore", "though", "thus",
  "today", "together", "tomorrow", "unless", "upon", "us", "whatever",
  "whether", "whose", "will", "within", "without", "yes", "yesterday", "yet",
};
static const char *const azNumber[] = {
  "eight", "eighth", "eighty", "eleven", "fifth", "fifty", "first", "five",
  "forty", "four", "fourth", "half", "hundred", "million", "nine", "ninth",
  "one", "second", "seven", "seventh", "six", "sixth", "sixty", "ten",
  "tenth", "third", "thirty", "thousand", "three", "twelve", "twenty",
  "two",
};
static const char *const azCalendar[] = {
  "apr", "april", "aug", "august", "dec", "december", "feb", "february",
  "fri", "friday", "jan", "january", "jul", "july", "jun", "june", "mar",
  "march", "may", "mon", "monday", "nov", "november", "oct", "october", "sat",
  "saturday", "sep", "sept", "september", "sun", "sunday", "thu",
  "thursday", "tue", "tuesday", "wed", "wednesday",
};
static const char *const azTitle[] = {
  "adm", "admiral", "ambassador", "archbishop", "bishop", "brig", "capt",
  "captain", "cardinal", "chairman", "chairwoman", "chancellor", "coach",
  "col", "colonel", "commander", "commissioner", "congressman",
  "congresswoman", "councillor", "councilman", "councilwoman", "director",
  "dr", "emir", "envoy", "gen", "gov", "governor", "judge", "king", "lt",
  "maj", "mayor", "minister", "mr", "mrs", "ms", "pope", "premier",
  "president", "prince", "princess", "prof", "professor", "queen", "rep",
  "rev", "secretary", "sen", "senator", "sgt", "sheikh", "sir", "spokesman",
  "spokeswoman", "sultan",
};
/* Words that make a title only before a title: Foreign Minister,
** Prime Minister, Vice President (but Popular Defence Forces). */
static const char *const azTitleModifier[] = {
  "acting", "chief", "defence", "defense", "deputy", "finance", "foreign",
  "former", "general", "interior", "justice", "lady", "lord", "major",
  "prime", "representative", "vice",
};
/* Lower-case words that join the parts of one name. */
static const char *const azConnector[] = {
  "al", "bin", "bint", "da", "das", "de", "del", "della", "der", "di",
  "do", "dos", "du", "el", "for", "ibn", "la", "le", "of", "van", "von", "y",
};
/* Particles written with a hyphen before a capital: al-Sudani. */
static const char *const azParticle[] = {
  "abu", "ad", "al", "an", "ar", "as", "ash", "at", "az", "bin", "bint",
  "d", "da", "de", "del", "di", "du", "el", "ibn", "l", "la", "le", "ul",
  "van", "von",
};
static const char *const azOrgHead[] = {
  "academy", "administration", "agency", "airlines", "airways", "alliance",
  "army", "assembly", "association", "authority", "bank", "board", "brigade",
  "brigades", "bulletin", "bureau", "cabinet", "chronicle", "church", "club",
  "co", "coalition", "college", "command", "commission", "committee",
  "company", "congress", "corp", "corporation", "council", "court",
  "department", "dispatch", "exchange", "federation", "force", "forces",
  "foundation", "front", "fund", "gazette", "group",
  "guard", "herald", "holdings", "hospital", "inc", "institute", "journal",
  "league", "ledger", "ltd", "ministry", "movement", "nations", "navy",
  "network", "news", "office", "organisation", "organization", "parliament",
  "party", "plc", "police", "post", "press", "reuters", "school", "senate",
  "service", "services", "society", "team", "telegraph", "times", "tribunal",
  "tribune", "union",
  "university",
};
static const char *const azPlaceHead[] = {
  "avenue", "bay", "canal", "city", "coast", "county", "desert",
  "district", "gulf", "hills", "island", "islands", "kingdom", "lake",
  "mount", "mountain", "mountains", "ocean", "peninsula", "province",
  "region", "republic", "river", "road", "sea", "square", "state",
  "strait", "street", "valley",
};
/* First words of place names. */
static const char *const azPlaceStart[] = {
  "east", "fort", "great", "las", "los", "lower", "mount", "new", "north",
  "northern", "port", "saint", "san", "santa", "south", "southern", "st",
  "upper", "west", "western",
};
static const char *const azPlacePrep[] = {
  "across", "from", "in", "inside", "into", "near", "outside",
  "throughout", "via",
};
static const char *const azSpeech[] = {
  "added", "said", "says", "told", "wrote",
};

static int cand_cmp_str(const void *a, const void *b){
  return strcmp(*(const char *const*)a, *(const char *const*)b);
}
static int cand_in(const char *const *az, size_t n, const char *z){
  return bsearch(&z, az, n, sizeof(az[0]), cand_cmp_str)!=0;
}
#define IN_LIST(az, z) cand_in(az, sizeof(az)/sizeof(az[0]), z)

/*************************************************************************
** State
*/
typedef struct CandTok CandTok;
struct CandTok {
  NewsToken t;            /* flags include NEWS_TF_FORCED */
  u32 iWord;              /* folded word in aWord, or CAND_NONE */
  int eLine;              /* NEWS_LINE_* of its line */
  int eClass;             /* CAND_NO ... CAND_TITLE */
  int iTrim;              /* byte end without lower-case hyphen tails */
};

typedef struct CandName CandName;
struct CandName {
  int iDispStart, iDispEnd;   /* a written form (bytes) */
  int iDispQuality;           /* mixed case, ordinary line: the best */
  int iFirst;                 /* byte offset of the first occurrence */
  int nPart;                  /* words in the key */
  int bAcronym;               /* one word in capitals, or dotted */
  int aScore[3];              /* kind cues */
  u32 iLink;                  /* the name it stands for, or CAND_NONE */
  u32 iRoot;                  /* canonical name */
  int eKind;                  /* of the root's group, -1 unknown */
};

typedef struct CandOcc CandOcc;
struct CandOcc {
  int iStart, iEnd;           /* bytes */
  sqlite3_int64 iCharStart, iCharEnd;
  u32 iName;
};

typedef struct CandCursor CandCursor;
struct CandCursor {
  NewsTvfCursor base;         /* Base class - must be first */
  const char *z;              /* the document */
  int n;
  NewsIntern word;            /* folded words */
  unsigned char *aBits;       /* CAND_EV_* per word */
  u32 nBits;
  NewsIntern name;            /* name keys */
  CandName *aName;
  u32 nNameAlloc, nNameInit;
  CandOcc *aOcc;              /* occurrences, in text order */
  sqlite3_int64 nOcc, nOccAlloc;
  u32 *aPair;                 /* acronym definitions: (acronym, expansion) */
  int nPair, nPairAlloc;
  CandTok *aTok;              /* the segment being read */
  int nTok;
  NewsBuf buf;                /* scratch */
  const NewsStopList *pStop;  /* English stopwords */
  sqlite3_int64 iOcc;         /* current row */
};

static int cand_trim_tail(const char *z, const NewsToken *t);

/* Folded form of word t (without lower-case hyphenated tails), added to
** the word table. */
static u32 cand_word(CandCursor *p, const NewsToken *t){
  u32 iWord;
  news_buf_reset(&p->buf);
  news_fold(&p->buf, p->z + t->iStart, cand_trim_tail(p->z, t) - t->iStart,
            NEWS_FOLD_CASE | NEWS_FOLD_PUNCT);
  if( p->buf.rc ) return CAND_NONE;
  iWord = news_intern_add(&p->word, p->buf.z ? p->buf.z : "", (int)p->buf.n);
  if( iWord!=CAND_NONE && iWord>=p->nBits ){
    u32 nNew = p->nBits ? 2*p->nBits : 256;
    unsigned char *aNew = sqlite3_realloc64(p->aBits, nNew);
    if( aNew==0 ) return CAND_NONE;
    memset(aNew + p->nBits, 0, nNew - p->nBits);
    p->aBits = aNew;
    p->nBits = nNew;
  }
  return iWord;
}

static const char *cand_word_str(const CandCursor *p, u32 iWord){
  return iWord==CAND_NONE ? "" : news_intern_str(&p->word, iWord);
}

static int cand_is_word(const NewsToken *t){
  return t->eKind==NEWS_TOKEN_WORD || t->eKind==NEWS_TOKEN_ABBREV;
}

static int cand_forced(const NewsToken *t){
  return news_cap_is_forced(t->flags, t->iCharEnd - t->iCharStart);
}

/* Pass 1: how the document writes each word. */
static int cand_read_evidence(CandCursor *p){
  NewsTokenizer tk;
  NewsCapState cap;
  NewsToken t;
  int eLine = NEWS_LINE_TEXT;
  memset(&cap, 0, sizeof(cap));
  news_tokenizer_init(&tk, p->z, p->n, 0);
  while( news_tokenizer_next(&tk, &t) ){
    u32 iWord;
    news_cap_track(&cap, p->z, &t);
    if( t.flags & NEWS_TF_LINESTART ) eLine = news_line_class(p->z, p->n, t.iStart);
    if( !cand_is_word(&t) ) continue;
    iWord = cand_word(p, &t);
    if( iWord==CAND_NONE ) return SQLITE_NOMEM;
    if( (t.flags & (NEWS_TF_LOWER|NEWS_TF_UPPER))==NEWS_TF_LOWER ){
      p->aBits[iWord] |= CAND_EV_LOWER;
    }else if( (t.flags & NEWS_TF_CAPITAL) && !cand_forced(&t) && eLine==NEWS_LINE_TEXT ){
      p->aBits[iWord] |= CAND_EV_CAPFREE;
    }
  }
  return SQLITE_OK;
}

/*************************************************************************
** Pass 2: classify words, join them into runs, record the names.
*/

/* Byte offset where the name part of a word ends: before a possessive
** ending ("Iraq's") or a lower-case hyphenated tail ("Iran-backed"). */
static int cand_trim_tail(const char *z, const NewsToken *t){
  const unsigned char *zu = (const unsigned char*)z;
  int i, iCut = t->iEnd, len;
  if( t->flags & NEWS_TF_APOSTROPHE ){
    iCut -= news_possessive_len(z, t->iStart, t->iEnd);
  }
  if( (t->flags & NEWS_TF_HYPHEN)==0 ) return iCut;
  for(i=iCut-1; i>t->iStart; i--){
    uint32_t cp;
    if( (zu[i]&0xC0)==0x80 ) continue;
    len = news_utf8_decode(zu, t->iEnd, i, &cp);
    if( news_is_hyphen(cp) && i+len<t->iEnd ){
      uint32_t cpNext;
      news_utf8_decode(zu, t->iEnd, i+len, &cpNext);
      if( !news_is_lower(cpNext) ) break;   /* a capitalized part: keep */
      iCut = i;
    }
  }
  return iCut;
}

/* A lower-case particle with a hyphen before a capital: al-Sudani. */
static int cand_is_particle_form(const char *z, const NewsToken *t){
  const unsigned char *zu = (const unsigned char*)z;
  char zPart[8];
  const char *zKey = zPart;
  int i, n = 0;
  uint32_t cp;
  for(i=t->iStart; i<t->iEnd && zu[i]!='-' && n<7; i++){
    zPart[n++] = (char)(zu[i]>='A' && zu[i]<='Z' ? zu[i]+32 : zu[i]);
  }
  if( i>=t->iEnd-1 || zu[i]!='-' ) return 0;
  zPart[n] = 0;
  news_utf8_decode(zu, t->iEnd, i+1, &cp);
  return news_is_upper(cp) && IN_LIST(azParticle, zKey);
}

/* An English function word: on the stopword list, or in azFunctionExtra. */
static int cand_is_function_word(const CandCursor *p, const char *zWord){
  return (p->pStop && news_stopword_find(p->pStop, zWord, (int)strlen(zWord)))
      || IN_LIST(azFunctionExtra, zWord);
}

static int cand_classify(CandCursor *p, const CandTok *c, int bModifier){
  const NewsToken *t = &c->t;
  const char *zWord = cand_word_str(p, c->iWord);
  int bits;
  if( !cand_is_word(t) || c->iWord==CAND_NONE ) return CAND_NO;
  if( (t->flags & NEWS_TF_CAPITAL)==0 ){
    return (t->flags & NEWS_TF_HYPHEN) && cand_is_particle_form(p->z, t)
           ? CAND_STRONG : CAND_NO;
  }
  if( IN_LIST(azCalendar, zWord) ) return CAND_CALENDAR;
  if( t->eKind==NEWS_TOKEN_WORD && t->iCharEnd-t->iCharStart==1 ) return CAND_INITIAL;
  if( IN_LIST(azTitle, zWord) ) return CAND_TITLE;
  if( bModifier && IN_LIST(azTitleModifier, zWord) ) return CAND_MODIFIER;
  bits = p->aBits[c->iWord];
  if( (!cand_forced(t) && c->eLine==NEWS_LINE_TEXT) || (bits & CAND_EV_CAPFREE) ){
    return CAND_STRONG;
  }
  if( (bits & CAND_EV_LOWER) || cand_is_function_word(p, zWord) || IN_LIST(azNumber, zWord) ){
    return CAND_NO;
  }
  return CAND_WEAK;
}

/* The single character of a punctuation token, or 0. */
static uint32_t cand_punct(const CandCursor *p, const CandTok *c){
  uint32_t cp;
  if( c->t.eKind!=NEWS_TOKEN_PUNCT && c->t.eKind!=NEWS_TOKEN_SYMBOL ) return 0;
  if( news_utf8_decode((const unsigned char*)p->z, c->t.iEnd, c->t.iStart, &cp)
      !=c->t.iEnd-c->t.iStart ){
    return 0;
  }
  return cp;
}

static int cand_is_name(int eClass){
  return eClass==CAND_STRONG || eClass==CAND_WEAK;
}

/* Index past the connectors at k that lead to a name word, or -1. */
static int cand_connect(CandCursor *p, int k){
  int m = k;
  while( m<p->nTok && m-k<3 && !(p->aTok[m].t.flags & NEWS_TF_LINESTART) ){
    const CandTok *c = &p->aTok[m];
    if( cand_punct(p, c)=='&' ){
      m++;
      if( m<p->nTok && (p->aTok[m].eClass==CAND_STRONG || p->aTok[m].eClass==CAND_INITIAL)
       && !(p->aTok[m].t.flags & NEWS_TF_LINESTART) ){
        return m;
      }
      return -1;
    }
    if( c->t.eKind!=NEWS_TOKEN_WORD || (c->t.flags & NEWS_TF_UPPER) ) break;
    {
      const char *zWord = cand_word_str(p, c->iWord);
      if( !IN_LIST(azConnector, zWord) ) break;
    }
    m++;
  }
  if( m>k && m<p->nTok && p->aTok[m].eClass==CAND_STRONG
   && !(p->aTok[m].t.flags & NEWS_TF_LINESTART) ){
    return m;
  }
  return -1;
}

/* True if tokens k.. up to the end of the line contain no word. */
static int cand_no_word_after(CandCursor *p, int k){
  for(; k<p->nTok && !(p->aTok[k].t.flags & NEWS_TF_LINESTART); k++){
    if( cand_is_word(&p->aTok[k].t) ) return 0;
  }
  return 1;
}

/* True if token i is the first word or number of its line. */
static int cand_first_on_line(CandCursor *p, int i){
  for(; i>=0; i--){
    int e = p->aTok[i].t.eKind;
    if( p->aTok[i].t.flags & NEWS_TF_LINESTART ) return 1;
    if( i>0 && (e=p->aTok[i-1].t.eKind)!=NEWS_TOKEN_PUNCT && e!=NEWS_TOKEN_SYMBOL ) return 0;
  }
  return 1;
}

/* A capitalized name particle that starts a sentence and leads (through
** more particles) to a name word: "Van der Meer said", "De Gaulle". */
static int cand_is_particle_start(CandCursor *p, int i){
  const CandTok *c = &p->aTok[i];
  const char *zWord = cand_word_str(p, c->iWord);
  int m;
  if( c->t.eKind!=NEWS_TOKEN_WORD || (c->t.flags & (NEWS_TF_CAPITAL|NEWS_TF_LOWER))
      !=(NEWS_TF_CAPITAL|NEWS_TF_LOWER) ){
    return 0;
  }
  if( !IN_LIST(azParticle, zWord) || !IN_LIST(azConnector, zWord) ) return 0;
  for(m=i+1; m<p->nTok && m<=i+3; m++){
    const CandTok *cm = &p->aTok[m];
    if( cm->t.flags & NEWS_TF_LINESTART ) return 0;
    if( cm->eClass==CAND_STRONG ) return 1;
    if( cm->t.eKind!=NEWS_TOKEN_WORD || (cm->t.flags & NEWS_TF_UPPER)
     || !IN_LIST(azConnector, cand_word_str(p, cm->iWord)) ){
      return 0;
    }
  }
  return 0;
}

/*
** "of" and "for" join a name that is one word so far, or that ends in an
** organization or place head word (Bank of England, Institute for Peace
** Studies), not a person's name to a place (Marta Lindqvist of Valtoria).
*/
static int cand_may_connect(CandCursor *p, int i, int j, int k){
  const char *zConn = cand_word_str(p, p->aTok[k].iWord);
  const char *zLast = cand_word_str(p, p->aTok[j].iWord);
  if( strcmp(zConn, "of")!=0 && strcmp(zConn, "for")!=0 ) return 1;
  return i==j || IN_LIST(azOrgHead, zLast) || IN_LIST(azPlaceHead, zLast);
}

/* True if tokens k.. to the end of the line have no word or number. */
static int cand_alone(CandCursor *p, int k){
  for(; k<p->nTok && !(p->aTok[k].t.flags & NEWS_TF_LINESTART); k++){
    int e = p->aTok[k].t.eKind;
    if( e!=NEWS_TOKEN_PUNCT && e!=NEWS_TOKEN_SYMBOL ) return 0;
  }
  return 1;
}

static int cand_all_caps(const CandCursor *p, int i, int j){
  for(; i<=j; i++){
    const NewsToken *t = &p->aTok[i].t;
    if( cand_is_word(t) && (t->flags & (NEWS_TF_UPPER|NEWS_TF_LOWER))!=NEWS_TF_UPPER ){
      return 0;
    }
  }
  return 1;
}

static int cand_grow_names(CandCursor *p, u32 iName){
  if( iName>=p->nNameAlloc ){
    u32 nNew = p->nNameAlloc ? 2*p->nNameAlloc : 64;
    CandName *aNew = sqlite3_realloc64(p->aName, (sqlite3_int64)nNew*sizeof(CandName));
    if( aNew==0 ) return SQLITE_NOMEM;
    p->aName = aNew;
    p->nNameAlloc = nNew;
  }
  return SQLITE_OK;
}

/* The name of tokens i..j (end byte iEnd): its key is the folded words,
** split at hyphens, joined by spaces. */
static u32 cand_name(CandCursor *p, int i, int j, int iEnd, int *pnPart){
  NewsBuf *b = &p->buf;
  int k, nPart = 0;
  news_buf_reset(b);
  for(k=i; k<=j; k++){
    const NewsToken *t = &p->aTok[k].t;
    int e = k==j ? iEnd : t->iEnd, m;
    sqlite3_int64 i0;
    if( !cand_is_word(t) && cand_punct(p, &p->aTok[k])!='&' ) continue;
    if( b->n ) news_buf_appendc(b, ' ');
    i0 = b->n;
    news_fold(b, p->z + t->iStart, e - t->iStart, NEWS_FOLD_CASE|NEWS_FOLD_PUNCT);
    nPart++;
    for(m=(int)i0; m<b->n; m++){
      if( b->z[m]=='-' ){ b->z[m] = ' '; nPart++; }
    }
  }
  *pnPart = nPart;
  if( b->rc || b->n==0 ) return CAND_NONE;
  return news_intern_add(&p->name, b->z, (int)b->n);
}

static int cand_add_pair(CandCursor *p, u32 iAcronym, u32 iLong){
  if( p->nPair+2>p->nPairAlloc ){
    int nNew = p->nPairAlloc ? 2*p->nPairAlloc : 16;
    u32 *aNew = sqlite3_realloc64(p->aPair, (sqlite3_int64)nNew*sizeof(u32));
    if( aNew==0 ) return SQLITE_NOMEM;
    p->aPair = aNew;
    p->nPairAlloc = nNew;
  }
  p->aPair[p->nPair++] = iAcronym;
  p->aPair[p->nPair++] = iLong;
  return SQLITE_OK;
}

/* One word in capitals (2 to 8 letters, digits allowed) or dotted. */
static int cand_is_acronym(const CandCursor *p, int i, int j){
  const NewsToken *t = &p->aTok[i].t;
  if( i!=j ) return 0;
  if( t->eKind==NEWS_TOKEN_ABBREV ) return (t->flags & NEWS_TF_UPPER)!=0;
  return t->eKind==NEWS_TOKEN_WORD && (t->flags & (NEWS_TF_UPPER|NEWS_TF_LOWER))==NEWS_TF_UPPER
      && t->iCharEnd-t->iCharStart>=2 && t->iCharEnd-t->iCharStart<=8;
}

/* Every word of i..j capitalized and not in capitals: "Marta Lindqvist". */
static int cand_title_case(const CandCursor *p, int i, int j){
  int nWord = 0;
  for(; i<=j; i++){
    const NewsToken *t = &p->aTok[i].t;
    if( !cand_is_word(t) ) continue;
    if( (t->flags & (NEWS_TF_CAPITAL|NEWS_TF_LOWER))==NEWS_TF_LOWER
     && IN_LIST(azConnector, cand_word_str(p, p->aTok[i].iWord)) ){
      continue;                                  /* van, de, of */
    }
    if( (t->flags & (NEWS_TF_CAPITAL|NEWS_TF_LOWER))!=(NEWS_TF_CAPITAL|NEWS_TF_LOWER) ) return 0;
    nWord++;
  }
  return nWord>=2;
}

/* "in Geneva" says place more surely than "from Geneva" (a letter from). */
static int cand_prep_weight(const char *zPrep){
  return strcmp(zPrep, "from")==0 || strcmp(zPrep, "via")==0 ? 1 : 2;
}

/* Kind cues of the run i..j. */
static void cand_cues(CandCursor *p, int i, int j, int bDateline, int *aScore){
  const char *zLast = cand_word_str(p, p->aTok[j].iWord);
  int k;
  if( bDateline ) aScore[CAND_PLACE] += 2;
  if( p->aTok[j].iTrim==p->aTok[j].t.iEnd ){
    if( IN_LIST(azOrgHead, zLast) ) aScore[CAND_ORG] += 2;
    if( IN_LIST(azPlaceHead, zLast) ) aScore[CAND_PLACE] += 2;
  }
  for(k=i; k<j; k++){
    /* Bank of England, Institute for Peace Studies */
    const char *zNext = cand_word_str(p, p->aTok[k+1].iWord);
    if( (strcmp(zNext, "of")==0 || strcmp(zNext, "for")==0)
     && IN_LIST(azOrgHead, cand_word_str(p, p->aTok[k].iWord)) ){
      aScore[CAND_ORG] += 2;
      break;
    }
  }
  k = i-1;
  if( p->aTok[i].eClass==CAND_INITIAL && j>i ) aScore[CAND_PERSON] += 1;
  if( p->aTok[j].iTrim<p->aTok[j].t.iEnd ){
    /* "London-based", "Iraqi-born": a place */
    const char *zTail = p->z + p->aTok[j].iTrim + 1;
    int nTail = p->aTok[j].t.iEnd - p->aTok[j].iTrim - 1;
    if( (nTail==5 && sqlite3_strnicmp(zTail, "based", 5)==0)
     || (nTail==4 && sqlite3_strnicmp(zTail, "born", 4)==0) ){
      aScore[CAND_PLACE] += 2;
    }
  }
  /* several capitalized words: a place if the first is a word that opens
  ** place names (New York, South Africa, San Diego), most often a person
  ** otherwise */
  if( j>i && !cand_is_acronym(p, i, j) && cand_title_case(p, i, j) ){
    if( IN_LIST(azPlaceStart, cand_word_str(p, p->aTok[i].iWord)) ){
      aScore[CAND_PLACE] += 1;
    }else{
      aScore[CAND_PERSON] += 1;
    }
  }
  /* the word before, skipping the dot of "Mr." */
  if( k>=0 && cand_punct(p, &p->aTok[k])=='.' && !(p->aTok[i].t.flags & NEWS_TF_LINESTART)
   && k-1>=0 && p->aTok[k-1].eClass==CAND_TITLE ){
    k--;
  }
  if( k>=0 && !(p->aTok[i].t.flags & NEWS_TF_LINESTART) ){
    const char *zPrev = cand_word_str(p, p->aTok[k].iWord);
    if( p->aTok[k].eClass==CAND_TITLE || IN_LIST(azTitle, zPrev) ) aScore[CAND_PERSON] += 2;
    else if( cand_is_word(&p->aTok[k].t) ){
      if( IN_LIST(azPlacePrep, zPrev) ) aScore[CAND_PLACE] += cand_prep_weight(zPrev);
      else if( strcmp(zPrev, "the")==0 && k-1>=0
            && IN_LIST(azPlacePrep, cand_word_str(p, p->aTok[k-1].iWord)) ){
        aScore[CAND_PLACE] += 1;
      }
    }
  }
  /* "Fenwick said", not "the council said" */
  if( j+1<p->nTok && !(p->aTok[j+1].t.flags & NEWS_TF_LINESTART)
   && IN_LIST(azSpeech, cand_word_str(p, p->aTok[j+1].iWord))
   && (i==0 || strcmp(cand_word_str(p, p->aTok[i-1].iWord), "the")!=0)
   && !IN_LIST(azOrgHead, zLast) && !cand_is_acronym(p, i, j) ){
    aScore[CAND_PERSON] += 1;
  }
}

static int cand_record(CandCursor *p, int i, int j, int bDateline){
  CandTok *cFirst = &p->aTok[i], *cLast = &p->aTok[j];
  CandOcc *o;
  CandName *pName;
  int nPart, rc;
  u32 iName = cand_name(p, i, j, cLast->iTrim, &nPart);
  if( iName==CAND_NONE ) return p->buf.rc ? p->buf.rc : p->name.str.rc;
  if( (rc = cand_grow_names(p, iName))!=SQLITE_OK ) return rc;
  pName = &p->aName[iName];
  if( iName>=p->nNameInit ){            /* a new name */
    p->nNameInit = iName+1;
    memset(pName, 0, sizeof(*pName));
    pName->nPart = nPart;
    pName->iFirst = cFirst->t.iStart;
    pName->iLink = CAND_NONE;
    pName->bAcronym = cand_is_acronym(p, i, j);
    pName->iDispStart = -1;
  }
  {
    int k, q = cFirst->eLine==NEWS_LINE_TEXT;
    for(k=i; k<=j; k++){
      if( p->aTok[k].t.flags & NEWS_TF_LOWER ){ q += 2; break; }
    }
    if( pName->iDispStart<0 || q>pName->iDispQuality ){
      pName->iDispStart = cFirst->t.iStart;
      pName->iDispEnd = cLast->iTrim;
      pName->iDispQuality = q;
    }
  }
  cand_cues(p, i, j, bDateline, pName->aScore);
  if( p->nOcc>=p->nOccAlloc ){
    sqlite3_int64 nNew = p->nOccAlloc ? 2*p->nOccAlloc : 64;
    CandOcc *aNew = sqlite3_realloc64(p->aOcc, nNew*sizeof(CandOcc));
    if( aNew==0 ) return SQLITE_NOMEM;
    p->aOcc = aNew;
    p->nOccAlloc = nNew;
  }
  o = &p->aOcc[p->nOcc++];
  o->iStart = cFirst->t.iStart;
  o->iEnd = cLast->iTrim;
  o->iCharStart = cFirst->t.iCharStart;
  o->iCharEnd = cLast->t.iCharEnd
              - news_utf8_count(p->z + cLast->iTrim, cLast->t.iEnd - cLast->iTrim);
  o->iName = iName;
  /* "Long Name (ACR)" and "ACR (Long Name)" */
  if( p->nOcc>=2 && i>=3 && cand_punct(p, &p->aTok[i-1])=='(' && j+1<p->nTok
   && cand_punct(p, &p->aTok[j+1])==')' ){
    CandOcc *oPrev = &p->aOcc[p->nOcc-2];
    if( oPrev->iEnd==p->aTok[i-2].iTrim && oPrev->iStart<=p->aTok[i-2].t.iStart ){
      CandName *pPrev = &p->aName[oPrev->iName];
      if( pName->bAcronym && pPrev->nPart>1 ){
        return cand_add_pair(p, iName, oPrev->iName);
      }
      if( pPrev->bAcronym && nPart>1 ) return cand_add_pair(p, oPrev->iName, iName);
    }
  }
  return SQLITE_OK;
}

/*
** Find the runs that start in [iFrom, iLimit) of the segment; returns the
** index after the last token used.
*/
static int cand_runs(CandCursor *p, int iFrom, int iLimit, int *pRc){
  int i, bHeadline = 0, bMenu = 0, nSep = 0;
  /* Items between | or bullets are a menu: Home | World, • Home • Sport */
  for(i=0; i<p->nTok; i++){
    uint32_t cp = cand_punct(p, &p->aTok[i]);
    if( cp=='|' ) nSep += 2;
    else if( cp==0x2022 || cp==0x25CF || cp==0x25AA || cp==0xB7 ) nSep++;
  }
  bMenu = nSep>=2;
  /* A title-case line is a headline, where capitals say little, if it
  ** capitalizes a word the document writes in lower case ("New Bridge
  ** Approved"), or if its only lower-case words are function words and it
  ** has no numbers ("Talks Resume in Geneva"); otherwise it is a list of
  ** names or a table row. */
  for(i=0; i<p->nTok; i++){
    const CandTok *c = &p->aTok[i];
    const NewsToken *t = &c->t;
    if( t->eKind==NEWS_TOKEN_NUMBER ){ bHeadline = 0; break; }
    if( t->eKind==NEWS_TOKEN_WORD && (t->flags & (NEWS_TF_CAPITAL|NEWS_TF_LOWER))==NEWS_TF_LOWER ){
      if( !cand_is_function_word(p, cand_word_str(p, c->iWord)) ){ bHeadline = 0; break; }
      bHeadline = 1;
    }
  }
  for(i=0; i<p->nTok && !bHeadline; i++){
    const CandTok *c = &p->aTok[i];
    if( c->eLine==NEWS_LINE_TITLE && c->iWord!=CAND_NONE && (c->t.flags & NEWS_TF_CAPITAL)
     && (p->aBits[c->iWord] & (CAND_EV_LOWER|CAND_EV_CAPFREE))==CAND_EV_LOWER ){
      bHeadline = 1;
    }
  }
  /* a title modifier is a title before a title, else an ordinary word */
  for(i=p->nTok-1; i>=iFrom; i--){
    CandTok *c = &p->aTok[i];
    if( c->eClass!=CAND_MODIFIER ) continue;
    if( i+1<p->nTok && p->aTok[i+1].eClass==CAND_TITLE
     && !(p->aTok[i+1].t.flags & NEWS_TF_LINESTART) ){
      c->eClass = CAND_TITLE;
    }else{
      c->eClass = cand_classify(p, c, 0);
    }
  }
  for(i=iFrom; i<iLimit && *pRc==SQLITE_OK; i++){
    CandTok *c = &p->aTok[i];
    /* where capitals say little, only evidence makes a name word */
    int bWeakOk = !bMenu && (c->eLine==NEWS_LINE_TEXT
                             || (c->eLine==NEWS_LINE_TITLE && !bHeadline));
    int j = i, bStrong = c->eClass==CAND_STRONG, bDateline = 0, m;
    int bStart = cand_is_name(c->eClass);
    if( c->eClass==CAND_INITIAL && i+2<p->nTok && cand_punct(p, &p->aTok[i+1])=='.'
     && !(p->aTok[i+2].t.flags & NEWS_TF_LINESTART)
     && (cand_is_name(p->aTok[i+2].eClass) || p->aTok[i+2].eClass==CAND_INITIAL) ){
      bStart = 1;
    }
    if( !bStart && cand_is_particle_start(p, i) ) bStart = 1;   /* "Van der Meer" */
    if( !bStart ) continue;
    while( j-i<CAND_MAX_RUN && p->aTok[j].iTrim==p->aTok[j].t.iEnd ){
      int k = j+1;
      const CandTok *ck;
      if( k>=p->nTok ) break;
      ck = &p->aTok[k];
      if( ck->t.flags & NEWS_TF_LINESTART ) break;
      if( ck->eClass==CAND_STRONG || (ck->eClass==CAND_WEAK && bWeakOk) ){
        j = k; bStrong |= ck->eClass==CAND_STRONG;
        continue;
      }
      if( ck->eClass==CAND_CALENDAR && p->aTok[j].eClass==CAND_STRONG
       && (p->aTok[j].t.flags & NEWS_TF_LOWER)
       && (k+1>=p->nTok || p->aTok[k+1].t.eKind!=NEWS_TOKEN_NUMBER) ){
        j = k;                                    /* Theresa May */
        continue;
      }
      if( ck->eClass==CAND_INITIAL && k+1<p->nTok && cand_punct(p, &p->aTok[k+1])=='.' ){
        j = k+1;                                  /* George W. Bush */
        continue;
      }
      if( p->aTok[j].eClass==CAND_INITIAL && cand_punct(p, ck)=='.' && k+1<p->nTok
       && !(p->aTok[k+1].t.flags & NEWS_TF_LINESTART)
       && (cand_is_name(p->aTok[k+1].eClass) || p->aTok[k+1].eClass==CAND_INITIAL) ){
        j = k;                                    /* P. Simmons */
        continue;
      }
      if( p->aTok[j].eClass!=CAND_WEAK && (m = cand_connect(p, k))>0
       && cand_may_connect(p, i, j, k) ){
        j = m; bStrong = 1;                       /* Bank of England */
        continue;
      }
      break;
    }
    if( cand_punct(p, &p->aTok[j])=='.' ) j--;          /* "W." at the end */
    if( p->aTok[j].eClass==CAND_INITIAL && j==i ) continue;
    /* a dateline: GENEVA — ..., LONDON 1996-08-30 */
    if( (c->t.flags & NEWS_TF_LINESTART) && cand_all_caps(p, i, j) && j+1<p->nTok
     && !(p->aTok[j+1].t.flags & NEWS_TF_LINESTART) ){
      const CandTok *cn = &p->aTok[j+1];
      uint32_t cp = cand_punct(p, cn);
      if( c->eLine!=NEWS_LINE_CAPS
       && (cp==',' || cp=='-' || cp==0x2014 || cp==0x2013 || cp=='(') ){
        bDateline = 1;
      }else if( cn->t.eKind==NEWS_TOKEN_NUMBER && cand_no_word_after(p, j+1) ){
        bDateline = 1;
      }
    }
    /* a weak word alone on its line is a menu item or a label */
    if( !bStrong && !bDateline && i==j && cand_first_on_line(p, i)
     && cand_alone(p, j+1) ){
      i = j;
      continue;
    }
    /* a weak word opening a sentence that goes on in lower case is
    ** most often a common noun: "Analysts said", "Markets slide" */
    if( !bStrong && !bDateline && i==j && j+1<p->nTok && c->iTrim==c->t.iEnd
     && !(p->aTok[j+1].t.flags & NEWS_TF_LINESTART)
     && p->aTok[j+1].t.eKind==NEWS_TOKEN_WORD
     && (p->aTok[j+1].t.flags & (NEWS_TF_LOWER|NEWS_TF_UPPER))==NEWS_TF_LOWER ){
      i = j;
      continue;
    }
    /* "Attendance:" opening a line is a label */
    if( !bStrong && i==j && cand_first_on_line(p, i) && j+1<p->nTok
     && cand_punct(p, &p->aTok[j+1])==':' ){
      i = j;
      continue;
    }
    if( bStrong || bDateline || bWeakOk ){
      *pRc = cand_record(p, i, j, bDateline);
    }
    i = j;
  }
  return i;
}

static int cand_push(CandCursor *p, const NewsToken *t, int eLine){
  CandTok *c = &p->aTok[p->nTok++];
  c->t = *t;
  c->eLine = eLine;
  c->iWord = CAND_NONE;
  c->iTrim = t->iEnd;
  if( cand_is_word(t) ){
    c->iWord = cand_word(p, t);
    if( c->iWord==CAND_NONE ) return SQLITE_NOMEM;
    c->iTrim = cand_trim_tail(p->z, t);
  }
  c->eClass = cand_classify(p, c, 1);
  return SQLITE_OK;
}

/* Pass 2 over the document, one line (or CAND_CHUNK tokens) at a time. */
static int cand_read_names(CandCursor *p){
  NewsTokenizer tk;
  NewsCapState cap;
  NewsToken t;
  int eLine = NEWS_LINE_TEXT, rc = SQLITE_OK, iNext = 0, bMore;
  memset(&cap, 0, sizeof(cap));
  p->aTok = sqlite3_malloc64((CAND_CHUNK+1)*sizeof(CandTok));
  if( p->aTok==0 ) return SQLITE_NOMEM;
  p->nTok = 0;
  news_tokenizer_init(&tk, p->z, p->n, 0);
  do{
    bMore = news_tokenizer_next(&tk, &t);
    if( bMore ) news_cap_track(&cap, p->z, &t);
    if( !bMore || (t.flags & NEWS_TF_LINESTART) ){
      /* the line is complete */
      cand_runs(p, iNext, p->nTok, &rc);
      p->nTok = 0;
      iNext = 0;
      if( bMore ) eLine = news_line_class(p->z, p->n, t.iStart);
    }else if( p->nTok==CAND_CHUNK ){
      /* A very long line: find the runs that start early enough to end
      ** inside the buffer, keep the rest and a few tokens of context. */
      int iResume = cand_runs(p, iNext, CAND_CHUNK-CAND_OVERLAP, &rc);
      int iKeep = iResume - 4;
      memmove(p->aTok, p->aTok+iKeep, (size_t)(p->nTok-iKeep)*sizeof(CandTok));
      p->nTok -= iKeep;
      iNext = iResume - iKeep;
    }
    if( bMore && rc==SQLITE_OK ) rc = cand_push(p, &t, eLine);
  }while( bMore && rc==SQLITE_OK );
  sqlite3_free(p->aTok);
  p->aTok = 0;
  return rc;
}

/*************************************************************************
** Resolution: links, canonical forms, kinds.
*/

/* Letters of the acronym name a (dots dropped), lower case. */
static int cand_acronym_letters(CandCursor *p, u32 a, char *z, int nMax){
  const char *zKey = news_intern_str(&p->name, a);
  int n = 0;
  for(; *zKey && n<nMax; zKey++){
    if( *zKey!='.' ) z[n++] = *zKey;
  }
  z[n] = 0;
  return n;
}

/* Initials of the words of name l, connectors skipped. */
static int cand_initials(CandCursor *p, u32 l, char *z, int nMax){
  const char *zKey = news_intern_str(&p->name, l);
  int n = 0;
  while( *zKey && n<nMax ){
    const char *zEnd = strchr(zKey, ' ');
    int nWord = zEnd ? (int)(zEnd-zKey) : (int)strlen(zKey);
    char zWord[16];
    if( nWord<(int)sizeof(zWord) ){
      const char *zW = zWord;
      memcpy(zWord, zKey, nWord);
      zWord[nWord] = 0;
      if( !IN_LIST(azConnector, zW) && strcmp(zWord, "and")!=0
       && strcmp(zWord, "for")!=0 && strcmp(zWord, "the")!=0 && strcmp(zWord, "in")!=0 ){
        z[n++] = zWord[0];
      }
    }else{
      z[n++] = zKey[0];
    }
    zKey += nWord;
    while( *zKey==' ' ) zKey++;
  }
  z[n] = 0;
  return n;
}

static int cand_own_kind(const CandName *pName){
  const int *a = pName->aScore;
  int k, iBest = -1, nBest = 0, bTie = 0;
  for(k=0; k<3; k++){
    if( a[k]>nBest ){ nBest = a[k]; iBest = k; bTie = 0; }
    else if( a[k]==nBest && nBest>0 ) bTie = 1;
  }
  return bTie ? -1 : iBest;
}

static void cand_link(CandCursor *p, u32 iShort, u32 iLong){
  CandName *s = &p->aName[iShort], *l = &p->aName[iLong];
  if( s->iLink!=CAND_NONE ){
    CandName *cur = &p->aName[s->iLink];
    if( cur->nPart>l->nPart || (cur->nPart==l->nPart && cur->iFirst<=l->iFirst) ) return;
  }
  s->iLink = iLong;
}

static void cand_resolve(CandCursor *p){
  u32 nName = p->name.nString, i;
  int k;
  char zA[16], zB[16];
  /* acronyms defined in brackets */
  for(k=0; k<p->nPair; k+=2){
    u32 a = p->aPair[k], l = p->aPair[k+1];
    if( cand_acronym_letters(p, a, zA, 15)>=2 && cand_initials(p, l, zB, 15)
     && strcmp(zA, zB)==0 ){
      p->aName[a].iLink = l;
    }
  }
  /* acronyms whose letters are the initials of exactly one name */
  for(i=0; i<nName; i++){
    CandName *a = &p->aName[i];
    u32 j, iFound = CAND_NONE;
    int nFound = 0;
    if( !a->bAcronym || a->iLink!=CAND_NONE ) continue;
    if( cand_acronym_letters(p, i, zA, 15)<2 ) continue;
    for(j=0; j<nName && nFound<2; j++){
      if( p->aName[j].nPart<2 || p->aName[j].bAcronym ) continue;
      if( cand_initials(p, j, zB, 15) && strcmp(zA, zB)==0 ){ iFound = j; nFound++; }
    }
    if( nFound==1 ) a->iLink = iFound;
  }
  /* words that end a longer name: a surname, a short form */
  for(i=0; i<nName; i++){
    CandName *l = &p->aName[i];
    const char *zKey = news_intern_str(&p->name, i);
    if( l->nPart<2 || cand_own_kind(l)==CAND_PLACE ) continue;
    while( (zKey = strchr(zKey, ' '))!=0 ){
      u32 s;
      zKey++;
      s = news_intern_find(&p->name, zKey, (int)strlen(zKey));
      if( s!=CAND_NONE && s!=i && !p->aName[s].bAcronym
       && cand_own_kind(&p->aName[s])!=CAND_PLACE ){
        cand_link(p, s, i);
      }
    }
  }
  /* roots; a surname used alone (the last words of a longer name) is a
  ** person cue for the full name */
  for(i=0; i<nName; i++){
    u32 r = i;
    int nHop = 0;
    while( p->aName[r].iLink!=CAND_NONE && nHop++<16 ) r = p->aName[r].iLink;
    p->aName[i].iRoot = r;
    if( r!=i && !p->aName[i].bAcronym && p->aName[i].nPart<p->aName[r].nPart ){
      p->aName[r].aScore[CAND_PERSON] += 1;
    }
  }
  /* kinds of the groups */
  for(i=0; i<nName; i++){
    u32 r = p->aName[i].iRoot;
    if( r!=i ){
      for(k=0; k<3; k++) p->aName[r].aScore[k] += p->aName[i].aScore[k];
    }
  }
  for(i=0; i<nName; i++) p->aName[i].eKind = cand_own_kind(&p->aName[p->aName[i].iRoot]);
}

/*************************************************************************
** The table-valued function.
*/
static void candReset(NewsTvfCursor *cur){
  CandCursor *p = (CandCursor*)cur;
  news_intern_free(&p->word);
  news_intern_free(&p->name);
  sqlite3_free(p->aBits);
  sqlite3_free(p->aName);
  sqlite3_free(p->aOcc);
  sqlite3_free(p->aPair);
  sqlite3_free(p->aTok);
  news_buf_free(&p->buf);
  p->aBits = 0; p->nBits = 0;
  p->aName = 0; p->nNameAlloc = p->nNameInit = 0;
  p->aOcc = 0; p->nOcc = p->nOccAlloc = 0;
  p->aPair = 0; p->nPair = p->nPairAlloc = 0;
  p->aTok = 0;
}

static int candNext(NewsTvfCursor *cur){
  CandCursor *p = (CandCursor*)cur;
  if( ++p->iOcc>=p->nOcc ) cur->bEof = 1;
  return SQLITE_OK;
}

static int candStart(NewsTvfCursor *cur, sqlite3_value **apArg){
  CandCursor *p = (CandCursor*)cur;
  const char *z;
  int n, rc;
  rc = news_tvf_arg_text(cur, apArg, 0, &z, &n);
  if( rc ) return rc;
  p->iOcc = 0;
  if( z==0 ){ cur->bEof = 1; return SQLITE_OK; }
  p->z = z;
  p->n = n;
  p->pStop = news_stopword_list("en");
  rc = cand_read_evidence(p);
  if( rc==SQLITE_OK ) rc = cand_read_names(p);
  if( rc ) return rc==SQLITE_NOMEM ? SQLITE_NOMEM : news_tvf_error(cur,
                     "entity_candidates(): %s", sqlite3_errstr(rc));
  cand_resolve(p);
  if( p->nOcc==0 ) cur->bEof = 1;
  return SQLITE_OK;
}

static int candColumn(NewsTvfCursor *cur, sqlite3_context *ctx, int iCol){
  CandCursor *p = (CandCursor*)cur;
  const CandOcc *o = &p->aOcc[p->iOcc];
  const CandName *pName = &p->aName[o->iName];
  const CandName *pRoot = &p->aName[pName->iRoot];
  switch( iCol ){
    case 0:
      sqlite3_result_text(ctx, p->z + o->iStart, o->iEnd - o->iStart, SQLITE_TRANSIENT);
      break;
    case 1:
      sqlite3_result_int64(ctx, o->iCharStart);
      break;
    case 2:
      sqlite3_result_int64(ctx, o->iCharEnd);
      break;
    case 3:
      sqlite3_result_text(ctx, p->z + pRoot->iDispStart,
                          pRoot->iDispEnd - pRoot->iDispStart, SQLITE_TRANSIENT);
      break;
    default:
      sqlite3_result_text(ctx, pName->eKind<0 ? "unknown" : azKind[pName->eKind],
                          -1, SQLITE_STATIC);
      break;
  }
  return SQLITE_OK;
}

static const NewsTvfModule candModule = {
  /* zName        */ "entity_candidates",
  /* zColumns     */ "text TEXT, start INTEGER, \"end\" INTEGER, canonical TEXT,"
                     " kind TEXT",
  /* nColumn      */ 5,
  /* azArg        */ {"document"},
  /* nArg         */ 1,
  /* nRequired    */ 1,
  /* nRowEstimate */ 20,
  /* szCursor     */ sizeof(CandCursor),
  /* xStart       */ candStart,
  /* xNext        */ candNext,
  /* xColumn      */ candColumn,
  /* xReset       */ candReset
};

int news_candidates_register(sqlite3 *db){
  return news_tvf_register(db, &candModule, 0, 0);
}
