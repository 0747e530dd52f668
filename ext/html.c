/*
** html.c - the HTML path of article(); see html.h.
**
** Why not a library.  libxml2's HTML parser (2.9.14) drops everything
** below 256 levels of nesting unless XML_PARSE_HUGE lifts every limit,
** allocates through process-wide hooks (so memory cannot be routed to
** sqlite3_malloc without changing it for the host, which may be Python's
** lxml), and builds a DOM of one malloc per node; gumbo (0.10.1) parses at
** a sixth of the speed and takes 25 s on 100,000 nested <div>s.  Article
** extraction needs much less than a DOM: the text of each block, which
** element holds it, a few attributes.  README "HTML parser" has the numbers.
**
** How it works.  One pass over the bytes:
**
**   tokenizer    text, start tags with attributes, end tags, comments,
**                raw-text elements (script, style, title, ...) found by
**                searching for their end tag, as in the HTML5 tokenizer
**   tree         a stack of open elements with the HTML5 rules that matter
**                for text (implied </p>, </li>, </td>, end tags that do not
**                cross block elements); element nodes are created lazily,
**                only for block elements that contain text, and stored in
**                document order with a parent index, so every later pass
**                over the tree is a loop over an array, never recursion
**   blocks       the text of each block element (paragraph, heading, list
**                item, cell, ...) with character references decoded and
**                white space collapsed, its character and link-text counts
**   metadata     <meta>, <link rel=canonical>, <title>, <html lang>,
**                <time datetime>, itemprop, JSON-LD (a tolerant scanner)
**
** then boilerplate removal (a content score per block, propagated to the
** ancestors, the best container, its related siblings, and the cleaning of
** link lists, navigation, share and comment blocks inside it).
*/
#include "html.h"
#include "text.h"
#include <string.h>

/*************************************************************************
** Element table
*/

#define TF_INLINE   0x001   /* phrasing content: no block, no node */
#define TF_VOID     0x002   /* never has content or an end tag */
#define TF_DROP     0x004   /* content is not text of the page */
#define TF_RAW      0x008   /* raw text: tokenizer skips to its end tag */
#define TF_SPECIAL  0x010   /* HTML5 "special": inline end tags stop here */
#define TF_SCOPE    0x020   /* HTML5 scope boundary */
#define TF_CLOSEP   0x040   /* its start tag closes an open <p> */
#define TF_HEADING  0x080   /* h1..h6 */
#define TF_NEGTAG   0x100   /* nav, aside, footer, header, menu, dialog */

typedef struct HtmlTagInfo HtmlTagInfo;
struct HtmlTagInfo {
  const char *zName;
  unsigned short flags;
};

enum {
  HT_A, HT_ABBR, HT_ACRONYM, HT_ADDRESS, HT_APPLET, HT_AREA, HT_ARTICLE,
  HT_ASIDE, HT_AUDIO, HT_B, HT_BASE, HT_BDI, HT_BDO, HT_BIG, HT_BLOCKQUOTE,
  HT_BODY, HT_BR, HT_BUTTON, HT_CANVAS, HT_CAPTION, HT_CENTER, HT_CITE,
  HT_CODE, HT_COL, HT_COLGROUP, HT_DATA, HT_DATALIST, HT_DD, HT_DEL,
  HT_DETAILS, HT_DFN, HT_DIALOG, HT_DIR, HT_DIV, HT_DL, HT_DT, HT_EM,
  HT_EMBED, HT_FIELDSET, HT_FIGCAPTION, HT_FIGURE, HT_FONT, HT_FOOTER,
  HT_FORM, HT_FRAME, HT_FRAMESET, HT_H1, HT_H2, HT_H3, HT_H4, HT_H5, HT_H6,
  HT_HEAD, HT_HEADER, HT_HGROUP, HT_HR, HT_HTML, HT_I, HT_IFRAME, HT_IMG,
  HT_INPUT, HT_INS, HT_KBD, HT_KEYGEN, HT_LABEL, HT_LEGEND, HT_LI, HT_LINK,
  HT_LISTING, HT_MAIN, HT_MAP, HT_MARK, HT_MARQUEE, HT_MATH, HT_MENU, HT_META,
  HT_METER, HT_NAV, HT_NOBR, HT_NOEMBED, HT_NOFRAMES, HT_NOSCRIPT, HT_OBJECT,
  HT_OL, HT_OPTGROUP, HT_OPTION, HT_OUTPUT, HT_P, HT_PARAM, HT_PICTURE,
  HT_PLAINTEXT, HT_PRE, HT_PROGRESS, HT_Q, HT_RP, HT_RT, HT_RUBY, HT_S,
  HT_SAMP, HT_SCRIPT, HT_SECTION, HT_SELECT, HT_SMALL, HT_SOURCE, HT_SPAN,
  HT_STRIKE, HT_STRONG, HT_STYLE, HT_SUB, HT_SUMMARY, HT_SUP, HT_SVG,
  HT_TABLE, HT_TBODY, HT_TD, HT_TEMPLATE, HT_TEXTAREA, HT_TFOOT, HT_TH,
  HT_THEAD, HT_TIME, HT_TITLE, HT_TR, HT_TRACK, HT_TT, HT_U, HT_UL, HT_VAR,
  HT_VIDEO, HT_WBR, HT_XMP, HT_COUNT
};

static const HtmlTagInfo aTag[HT_COUNT] = {
  {"a", TF_INLINE}, {"abbr", TF_INLINE}, {"acronym", TF_INLINE},
  {"address", TF_SPECIAL|TF_CLOSEP}, {"applet", TF_SPECIAL|TF_SCOPE|TF_DROP},
  {"area", TF_VOID}, {"article", TF_SPECIAL|TF_CLOSEP},
  {"aside", TF_SPECIAL|TF_CLOSEP|TF_NEGTAG}, {"audio", TF_DROP},
  {"b", TF_INLINE}, {"base", TF_VOID}, {"bdi", TF_INLINE}, {"bdo", TF_INLINE},
  {"big", TF_INLINE}, {"blockquote", TF_SPECIAL|TF_CLOSEP},
  {"body", TF_SPECIAL}, {"br", TF_VOID},
  {"button", TF_SPECIAL|TF_SCOPE|TF_DROP}, {"canvas", TF_DROP},
  {"caption", TF_SPECIAL|TF_SCOPE}, {"center", TF_SPECIAL|TF_CLOSEP},
  {"cite", TF_INLINE}, {"code", TF_INLINE}, {"col", TF_VOID},
  {"colgroup", TF_SPECIAL}, {"data", TF_INLINE}, {"datalist", TF_DROP},
  {"dd", TF_SPECIAL}, {"del", TF_INLINE}, {"details", TF_SPECIAL|TF_CLOSEP},
  {"dfn", TF_INLINE}, {"dialog", TF_SPECIAL|TF_CLOSEP|TF_NEGTAG},
  {"dir", TF_SPECIAL|TF_CLOSEP}, {"div", TF_SPECIAL|TF_CLOSEP},
  {"dl", TF_SPECIAL|TF_CLOSEP}, {"dt", TF_SPECIAL}, {"em", TF_INLINE},
  {"embed", TF_VOID}, {"fieldset", TF_SPECIAL|TF_CLOSEP},
  {"figcaption", TF_SPECIAL|TF_CLOSEP}, {"figure", TF_SPECIAL|TF_CLOSEP},
  {"font", TF_INLINE}, {"footer", TF_SPECIAL|TF_CLOSEP|TF_NEGTAG},
  {"form", TF_SPECIAL|TF_CLOSEP}, {"frame", TF_VOID},
  {"frameset", TF_SPECIAL|TF_DROP}, {"h1", TF_SPECIAL|TF_CLOSEP|TF_HEADING},
  {"h2", TF_SPECIAL|TF_CLOSEP|TF_HEADING},
  {"h3", TF_SPECIAL|TF_CLOSEP|TF_HEADING},
  {"h4", TF_SPECIAL|TF_CLOSEP|TF_HEADING},
  {"h5", TF_SPECIAL|TF_CLOSEP|TF_HEADING},
  {"h6", TF_SPECIAL|TF_CLOSEP|TF_HEADING}, {"head", TF_SPECIAL},
  {"header", TF_SPECIAL|TF_CLOSEP|TF_NEGTAG},
  {"hgroup", TF_SPECIAL|TF_CLOSEP}, {"hr", TF_VOID|TF_CLOSEP},
  {"html", TF_SPECIAL|TF_SCOPE}, {"i", TF_INLINE}, {"iframe", TF_RAW|TF_DROP},
  {"img", TF_VOID}, {"input", TF_VOID}, {"ins", TF_INLINE},
  {"kbd", TF_INLINE}, {"keygen", TF_VOID}, {"label", TF_INLINE},
  {"legend", TF_SPECIAL}, {"li", TF_SPECIAL}, {"link", TF_VOID},
  {"listing", TF_SPECIAL|TF_CLOSEP}, {"main", TF_SPECIAL|TF_CLOSEP},
  {"map", TF_DROP}, {"mark", TF_INLINE}, {"marquee", TF_SPECIAL|TF_SCOPE},
  {"math", TF_DROP}, {"menu", TF_SPECIAL|TF_CLOSEP|TF_NEGTAG},
  {"meta", TF_VOID}, {"meter", TF_INLINE},
  {"nav", TF_SPECIAL|TF_CLOSEP|TF_NEGTAG}, {"nobr", TF_INLINE},
  {"noembed", TF_RAW|TF_DROP}, {"noframes", TF_RAW|TF_DROP},
  {"noscript", TF_RAW|TF_DROP}, {"object", TF_SPECIAL|TF_SCOPE|TF_DROP},
  {"ol", TF_SPECIAL|TF_CLOSEP}, {"optgroup", TF_DROP}, {"option", TF_DROP},
  {"output", TF_INLINE}, {"p", TF_SPECIAL|TF_CLOSEP}, {"param", TF_VOID},
  {"picture", TF_INLINE}, {"plaintext", TF_RAW|TF_DROP},
  {"pre", TF_SPECIAL|TF_CLOSEP}, {"progress", TF_INLINE}, {"q", TF_INLINE},
  {"rp", TF_INLINE}, {"rt", TF_INLINE}, {"ruby", TF_INLINE}, {"s", TF_INLINE},
  {"samp", TF_INLINE}, {"script", TF_RAW|TF_DROP},
  {"section", TF_SPECIAL|TF_CLOSEP}, {"select", TF_DROP},
  {"small", TF_INLINE}, {"source", TF_VOID}, {"span", TF_INLINE},
  {"strike", TF_INLINE}, {"strong", TF_INLINE}, {"style", TF_RAW|TF_DROP},
  {"sub", TF_INLINE}, {"summary", TF_SPECIAL|TF_CLOSEP}, {"sup", TF_INLINE},
  {"svg", TF_DROP}, {"table", TF_SPECIAL|TF_SCOPE|TF_CLOSEP},
  {"tbody", TF_SPECIAL}, {"td", TF_SPECIAL|TF_SCOPE},
  {"template", TF_SPECIAL|TF_SCOPE|TF_DROP}, {"textarea", TF_RAW|TF_DROP},
  {"tfoot", TF_SPECIAL}, {"th", TF_SPECIAL|TF_SCOPE}, {"thead", TF_SPECIAL},
  {"time", TF_INLINE}, {"title", TF_RAW|TF_DROP}, {"tr", TF_SPECIAL},
  {"track", TF_VOID}, {"tt", TF_INLINE}, {"u", TF_INLINE},
  {"ul", TF_SPECIAL|TF_CLOSEP}, {"var", TF_INLINE}, {"video", TF_DROP},
  {"wbr", TF_VOID}, {"xmp", TF_RAW|TF_DROP},
};

/* Names not in the table (custom elements, typos) get ids from
** HT_COUNT on, interned per page; beyond HT_MAX_UNKNOWN names they share
** HT_OTHER.  They are block containers that are not "special". */
#define HT_MAX_UNKNOWN 256
#define HT_OTHER       (HT_COUNT+HT_MAX_UNKNOWN)
#define HT_ALL         (HT_OTHER+1)

static int tag_flags(int eTag){
  return eTag<HT_COUNT ? aTag[eTag].flags : 0;
}

/* Compare NUL-terminated zName with z[0..n) (which may hold NULs). */
static int name_cmp(const char *zName, const char *z, int n){
  int nName = (int)strlen(zName);
  int c = memcmp(zName, z, nName<n ? nName : n);
  return c ? c : nName-n;
}

/* Index of lower-case name z[0..n) in aTag[], or -1. */
static int tag_lookup(const char *z, int n){
  int lo = 0, hi = HT_COUNT-1;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    int c = name_cmp(aTag[mid].zName, z, n);
    if( c==0 ) return mid;
    if( c<0 ) lo = mid+1; else hi = mid-1;
  }
  return -1;
}

/*************************************************************************
** Character references
*/

typedef struct HtmlEntity HtmlEntity;
struct HtmlEntity {
  const char *zName;
  unsigned short cp;
};

/* HTML 4 entities and the HTML5 names seen in news pages, sorted by
** name (byte order) for binary search.  Numeric references cover the
** rest of Unicode. */
static const HtmlEntity aEntity[] = {
  {"AElig",198}, {"AMP",38}, {"Aacute",193}, {"Acirc",194}, {"Agrave",192},
  {"Alpha",913}, {"Amacr",256}, {"Aogon",260}, {"Aring",197}, {"Atilde",195},
  {"Auml",196}, {"Beta",914}, {"COPY",169}, {"Cacute",262}, {"Ccaron",268},
  {"Ccedil",199}, {"Chi",935}, {"Dagger",8225}, {"Dcaron",270}, {"Delta",916},
  {"DoubleRightArrow",8658}, {"Dstrok",272}, {"ETH",208}, {"Eacute",201},
  {"Ecaron",282}, {"Ecirc",202}, {"Egrave",200}, {"Emacr",274}, {"Eogon",280},
  {"Epsilon",917}, {"Eta",919}, {"Euml",203}, {"GT",62}, {"Gamma",915},
  {"Gbreve",286}, {"Hat",94}, {"Iacute",205}, {"Icirc",206}, {"Idot",304},
  {"Igrave",204}, {"Imacr",298}, {"Iota",921}, {"Iuml",207}, {"Kappa",922},
  {"LT",60}, {"Lambda",923}, {"Lstrok",321}, {"Mu",924}, {"Nacute",323},
  {"Ncaron",327}, {"NewLine",10}, {"NoBreak",8288}, {"NonBreakingSpace",160},
  {"Ntilde",209}, {"Nu",925}, {"OElig",338}, {"Oacute",211}, {"Ocirc",212},
  {"Odblac",336}, {"Ograve",210}, {"Omacr",332}, {"Omega",937},
  {"Omicron",927}, {"Oslash",216}, {"Otilde",213}, {"Ouml",214}, {"Phi",934},
  {"Pi",928}, {"Prime",8243}, {"Psi",936}, {"QUOT",34}, {"REG",174},
  {"Rcaron",344}, {"Rho",929}, {"Sacute",346}, {"Scaron",352}, {"Scedil",350},
  {"Sigma",931}, {"THORN",222}, {"TRADE",8482}, {"Tab",9}, {"Tau",932},
  {"Tcaron",356}, {"Theta",920}, {"Uacute",218}, {"Ucirc",219},
  {"Udblac",368}, {"Ugrave",217}, {"Umacr",362}, {"Upsilon",933},
  {"Uring",366}, {"Uuml",220}, {"Vert",8214}, {"Xi",926}, {"Yacute",221},
  {"Yuml",376}, {"Zacute",377}, {"Zcaron",381}, {"Zdot",379},
  {"ZeroWidthSpace",8203}, {"Zeta",918}, {"aacute",225}, {"acirc",226},
  {"acute",180}, {"aelig",230}, {"agrave",224}, {"alefsym",8501},
  {"alpha",945}, {"amacr",257}, {"amp",38}, {"and",8743}, {"ang",8736},
  {"angst",197}, {"aogon",261}, {"apos",39}, {"aring",229}, {"ast",42},
  {"asymp",8776}, {"atilde",227}, {"auml",228}, {"bdquo",8222}, {"beta",946},
  {"bigstar",9733}, {"blacksquare",9642}, {"brvbar",166}, {"bsol",92},
  {"bull",8226}, {"bullet",8226}, {"cacute",263}, {"cap",8745}, {"caron",711},
  {"ccaron",269}, {"ccedil",231}, {"cedil",184}, {"cent",162},
  {"centerdot",183}, {"check",10003}, {"chi",967}, {"circ",710},
  {"clubs",9827}, {"colon",58}, {"comma",44}, {"commat",64}, {"cong",8773},
  {"copy",169}, {"copysr",8471}, {"crarr",8629}, {"cross",10007},
  {"cup",8746}, {"curren",164}, {"dArr",8659}, {"dagger",8224}, {"darr",8595},
  {"dash",8208}, {"dcaron",271}, {"deg",176}, {"delta",948}, {"diamond",8900},
  {"diams",9830}, {"divide",247}, {"dollar",36}, {"dstrok",273},
  {"dtri",9663}, {"eacute",233}, {"ecaron",283}, {"ecirc",234},
  {"egrave",232}, {"ell",8467}, {"emacr",275}, {"empty",8709}, {"emsp",8195},
  {"ensp",8194}, {"eogon",281}, {"epsilon",949}, {"equals",61},
  {"equiv",8801}, {"eta",951}, {"eth",240}, {"euml",235}, {"euro",8364},
  {"excl",33}, {"exist",8707}, {"female",9792}, {"flat",9837}, {"fnof",402},
  {"forall",8704}, {"frac12",189}, {"frac13",8531}, {"frac14",188},
  {"frac15",8533}, {"frac16",8537}, {"frac18",8539}, {"frac23",8532},
  {"frac25",8534}, {"frac34",190}, {"frac35",8535}, {"frac38",8540},
  {"frac45",8536}, {"frac56",8538}, {"frac58",8541}, {"frac78",8542},
  {"frasl",8260}, {"gamma",947}, {"gbreve",287}, {"ge",8805}, {"grave",96},
  {"gt",62}, {"hArr",8660}, {"hairsp",8202}, {"half",189}, {"harr",8596},
  {"hearts",9829}, {"hellip",8230}, {"hookrightarrow",8618}, {"horbar",8213},
  {"hyphen",8208}, {"iacute",237}, {"icirc",238}, {"iexcl",161},
  {"igrave",236}, {"imacr",299}, {"image",8465}, {"imath",305},
  {"infin",8734}, {"inodot",305}, {"int",8747}, {"iota",953}, {"iquest",191},
  {"isin",8712}, {"iuml",239}, {"kappa",954}, {"lArr",8656}, {"lambda",955},
  {"lang",9001}, {"laquo",171}, {"larr",8592}, {"larrw",8604}, {"lbrace",123},
  {"lbrack",91}, {"lceil",8968}, {"lcub",123}, {"ldquo",8220},
  {"ldquor",8222}, {"le",8804}, {"lfloor",8970}, {"lowast",8727},
  {"lowbar",95}, {"loz",9674}, {"lpar",40}, {"lrm",8206}, {"lsaquo",8249},
  {"lsqb",91}, {"lsquo",8216}, {"lsquor",8218}, {"lstrok",322}, {"lt",60},
  {"ltri",9667}, {"macr",175}, {"male",9794}, {"malt",10016},
  {"maltese",10016}, {"marker",9646}, {"mdash",8212}, {"mho",8487},
  {"micro",181}, {"middot",183}, {"minus",8722}, {"mldr",8230}, {"mu",956},
  {"nabla",8711}, {"nacute",324}, {"natural",9838}, {"nbsp",160},
  {"ncaron",328}, {"ndash",8211}, {"ne",8800}, {"ni",8715}, {"nldr",8229},
  {"not",172}, {"notin",8713}, {"nsub",8836}, {"ntilde",241}, {"nu",957},
  {"num",35}, {"numero",8470}, {"numsp",8199}, {"oacute",243}, {"ocirc",244},
  {"odblac",337}, {"oelig",339}, {"ograve",242}, {"ohm",937}, {"oline",8254},
  {"omacr",333}, {"omega",969}, {"omicron",959}, {"oplus",8853}, {"or",8744},
  {"ordf",170}, {"ordm",186}, {"oslash",248}, {"otilde",245}, {"otimes",8855},
  {"ouml",246}, {"para",182}, {"part",8706}, {"percnt",37}, {"period",46},
  {"permil",8240}, {"perp",8869}, {"phi",966}, {"phone",9742}, {"pi",960},
  {"piv",982}, {"plus",43}, {"plusmn",177}, {"pound",163}, {"prime",8242},
  {"prod",8719}, {"prop",8733}, {"psi",968}, {"puncsp",8200}, {"quest",63},
  {"quot",34}, {"rArr",8658}, {"radic",8730}, {"rang",9002}, {"raquo",187},
  {"rarr",8594}, {"rarrw",8605}, {"rbrace",125}, {"rbrack",93},
  {"rcaron",345}, {"rceil",8969}, {"rcub",125}, {"rdquo",8221},
  {"rdquor",8221}, {"real",8476}, {"rect",9645}, {"reg",174}, {"rfloor",8971},
  {"rho",961}, {"rlm",8207}, {"rpar",41}, {"rsaquo",8250}, {"rsqb",93},
  {"rsquo",8217}, {"rsquor",8217}, {"rtri",9657}, {"sacute",347},
  {"sbquo",8218}, {"scaron",353}, {"scedil",351}, {"sdot",8901}, {"sect",167},
  {"semi",59}, {"sext",10038}, {"sharp",9839}, {"shy",173}, {"sigma",963},
  {"sigmaf",962}, {"sim",8764}, {"sol",47}, {"spades",9824}, {"squ",9633},
  {"square",9633}, {"star",9734}, {"starf",9733}, {"sub",8834}, {"sube",8838},
  {"sum",8721}, {"sup",8835}, {"sup1",185}, {"sup2",178}, {"sup3",179},
  {"supe",8839}, {"szlig",223}, {"tau",964}, {"tcaron",357}, {"there4",8756},
  {"theta",952}, {"thetasym",977}, {"thinsp",8201}, {"thorn",254},
  {"tilde",732}, {"times",215}, {"trade",8482}, {"uArr",8657}, {"uacute",250},
  {"uarr",8593}, {"ucirc",251}, {"udblac",369}, {"ugrave",249}, {"umacr",363},
  {"uml",168}, {"upsih",978}, {"upsilon",965}, {"uring",367}, {"utri",9653},
  {"uuml",252}, {"verbar",124}, {"vert",124}, {"weierp",8472}, {"xdtri",9661},
  {"xi",958}, {"xutri",9651}, {"yacute",253}, {"yen",165}, {"yuml",255},
  {"zacute",378}, {"zcaron",382}, {"zdot",380}, {"zeta",950}, {"zwj",8205},
  {"zwnj",8204},
};

/* HTML5: &#128; .. &#159; are read as windows-1252. */
static const unsigned short aCp1252[32] = {
  0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
  0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178
};

static int entity_lookup(const char *z, int n){
  int lo = 0, hi = (int)(sizeof(aEntity)/sizeof(aEntity[0]))-1;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    int c = name_cmp(aEntity[mid].zName, z, n);
    if( c==0 ) return aEntity[mid].cp;
    if( c<0 ) lo = mid+1; else hi = mid-1;
  }
  return 0;
}

static int is_alnum_ascii(int c){
  return (c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9');
}

static int hex_value(int c){
  if( c>='0' && c<='9' ) return c-'0';
  if( c>='a' && c<='f' ) return c-'a'+10;
  if( c>='A' && c<='F' ) return c-'A'+10;
  return -1;
}

/* Names that pages write without the ';' and browsers still decode. */
static int legacy_entity(const char *z, int n){
  static const char *const azLegacy[] = {
    "lt", "gt", "amp", "reg", "quot", "nbsp", "copy", 0
  };
  int k;
  for(k=0; azLegacy[k]; k++){
    if( (int)strlen(azLegacy[k])==n && memcmp(z, azLegacy[k], n)==0 ) return 1;
  }
  return 0;
}

/*
** The character reference at z[0..n), z[0]=='&'.  Returns the bytes it
** takes and sets *pCp, or returns 0 when the '&' is just an ampersand.
** Named references need their ';' except the few that pages commonly
** write without one (&amp &lt &gt &quot &nbsp &copy &reg), and those are
** not decoded in an attribute when '=' follows (a URL's "&copy=2").
*/
static int html_entity(const char *z, int n, uint32_t *pCp, int bAttr){
  int i = 1;
  if( n<3 ) return 0;
  if( z[1]=='#' ){
    uint32_t v = 0;
    int nDigit = 0, d;
    i = 2;
    if( z[i]=='x' || z[i]=='X' ){
      for(i++; i<n && (d = hex_value((unsigned char)z[i]))>=0; i++, nDigit++){
        if( v<0x110000 ) v = v*16 + d;
      }
    }else{
      for(; i<n && z[i]>='0' && z[i]<='9'; i++, nDigit++){
        if( v<0x110000 ) v = v*10 + (z[i]-'0');
      }
    }
    if( nDigit==0 ) return 0;
    if( i<n && z[i]==';' ) i++;
    if( v==0 || v>0x10FFFF || (v>=0xD800 && v<=0xDFFF) ){
      v = NEWS_REPLACEMENT_CHAR;
    }else if( v>=0x80 && v<0xA0 ){
      v = aCp1252[v-0x80];
    }
    *pCp = v;
    return i;
  }else{
    int cp;
    while( i<n && i<40 && is_alnum_ascii((unsigned char)z[i]) ) i++;
    if( i==1 || i>=40 ) return 0;
    cp = entity_lookup(z+1, i-1);
    if( cp==0 ) return 0;
    if( i<n && z[i]==';' ){ *pCp = (uint32_t)cp; return i+1; }
    if( bAttr && i<n && z[i]=='=' ) return 0;
    if( !legacy_entity(z+1, i-1) ) return 0;
    *pCp = (uint32_t)cp;
    return i;
  }
}

/*************************************************************************
** Text collection: references decoded, white space collapsed, NULs and
** control characters dropped, invalid UTF-8 replaced.
*/

typedef struct HtmlText HtmlText;
struct HtmlText {
  NewsBuf *pOut;            /* Destination */
  int bSpace;               /* White space seen since the last character */
  int bStart;               /* Nothing written yet: drop leading space */
  int bPre;                 /* Keep line breaks (inside <pre>) */
  int bAttr;                /* Attribute value rules for references */
  int nChar;                /* Characters written */
  int nComma;               /* Commas written */
  int bBoundary;            /* An inline element started or ended here */
};

static void text_init(HtmlText *t, NewsBuf *pOut, int bAttr){
  memset(t, 0, sizeof(*t));
  t->pOut = pOut;
  t->bStart = 1;
  t->bAttr = bAttr;
}

/* Bytes that are copied as they are: printable ASCII but '&'. */
static const unsigned char aPlain[256] = {
#define P16(a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p) a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p
  P16(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0), P16(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0),
  P16(0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1), P16(1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1),
  P16(1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1), P16(1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1),
  P16(1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1), P16(1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0),
#undef P16
};

static int is_ascii_digit_c(int c){ return c>='0' && c<='9'; }
static int is_ascii_alpha_c(int c){ return (c>='a' && c<='z') || (c>='A' && c<='Z'); }

/* Write the pending space, if any.  c is the next byte: a letter and a
** digit that meet at an element boundary ("Jane Roe</span><span>3.11.")
** are two items, so they get a space between them. */
static void text_flush_space(HtmlText *t, int c){
  if( t->bBoundary && !t->bSpace && !t->bStart && t->pOut->n>0 ){
    int cPrev = (unsigned char)t->pOut->z[t->pOut->n-1];
    if( (is_ascii_alpha_c(cPrev) && is_ascii_digit_c(c))
     || (is_ascii_digit_c(cPrev) && is_ascii_alpha_c(c)) ){
      t->bSpace = 1;
    }
  }
  if( t->bSpace && !t->bStart ){
    news_buf_appendc(t->pOut, ' ');
    t->nChar++;
  }
  t->bSpace = 0;
  t->bStart = 0;
  t->bBoundary = 0;
}

/* Write one decoded character. */
static void text_put_cp(HtmlText *t, uint32_t cp, const char *zRaw, int nRaw){
  if( cp<0x80 ){
    if( cp=='\n' && t->bPre ){
      if( !t->bStart ){ news_buf_appendc(t->pOut, '\n'); t->nChar++; }
      t->bSpace = 0;
      return;
    }
    if( cp==' ' || cp=='\t' || cp=='\n' || cp=='\r' || cp=='\f' ){
      if( t->bPre && cp!='\r' && !t->bStart ){
        news_buf_appendc(t->pOut, ' ');
        t->nChar++;
      }else{
        t->bSpace = 1;
      }
      return;
    }
    if( cp<0x20 || cp==0x7F ) return;
    text_flush_space(t, (int)cp);
    if( cp==',' ) t->nComma++;
    news_buf_appendc(t->pOut, (char)cp);
    t->nChar++;
    return;
  }
  if( cp==0xA0 ){ t->bSpace = 1; return; }           /* &nbsp; */
  if( cp>=0x80 && cp<0xA0 ) return;                   /* C1 controls */
  text_flush_space(t, 0);
  if( cp==0xFF0C || cp==0x3001 || cp==0x060C ) t->nComma++;
  if( zRaw ){
    news_buf_append(t->pOut, zRaw, nRaw);
  }else{
    unsigned char a[4];
    news_buf_append(t->pOut, (const char*)a, news_utf8_encode(cp, a));
  }
  t->nChar++;
}

static void text_append(HtmlText *t, const char *z, int n){
  const unsigned char *u = (const unsigned char*)z;
  int i = 0;
  while( i<n ){
    int j = i;
    uint32_t cp;
    int len;
    while( j<n && aPlain[u[j]] ){
      if( u[j]==',' ) t->nComma++;
      j++;
    }
    if( j>i ){
      text_flush_space(t, u[i]);
      news_buf_append(t->pOut, z+i, j-i);
      t->nChar += j-i;
      i = j;
      if( i>=n ) break;
    }
    if( u[i]=='&' ){
      len = html_entity(z+i, n-i, &cp, t->bAttr);
      if( len==0 ){
        text_flush_space(t, '&');
        news_buf_appendc(t->pOut, '&');
        t->nChar++;
        i++;
        continue;
      }
      text_put_cp(t, cp, 0, 0);
      i += len;
    }else if( u[i]<0x80 ){
      text_put_cp(t, u[i], 0, 0);
      i++;
    }else{
      len = news_utf8_decode(u, n, i, &cp);
      text_put_cp(t, cp, cp==NEWS_REPLACEMENT_CHAR ? 0 : z+i, len);
      i += len;
    }
  }
}

int news_html_decode(NewsBuf *pOut, const char *z, int n){
  HtmlText t;
  text_init(&t, pOut, 1);
  if( z && n>0 ) text_append(&t, z, n);
  return pOut->rc;
}

/*************************************************************************
** Parser state
*/

/* HtmlOpen.f: state inherited by everything inside an element */
#define OF_DROP   0x01      /* text is not page text (script, svg, hidden) */
#define OF_LINK   0x02      /* inside <a href> */
#define OF_PRE    0x04      /* inside <pre>: keep line breaks */

/* Hints from an element's class, id, role and other attributes. */
#define HINT_NEG       0x0001  /* boilerplate words: share, comment, ... */
#define HINT_POS       0x0002  /* content words: article, story, body, ... */
#define HINT_UNLIKELY  0x0004  /* not content at all: menu, sidebar, ... */
#define HINT_BODYPROP  0x0008  /* itemprop=articleBody / text */
#define HINT_DATE      0x0010  /* date, time, published, dateline */
#define HINT_BYLINE    0x0020  /* byline, author */
#define HINT_ARTICLE   0x0040  /* <article>, role=article, schema Article */
#define HINT_CAPTION   0x0080  /* caption, credit */
#define HINT_SHARE     0x0100  /* "share" as a word: share buttons */

typedef struct HtmlOpen HtmlOpen;
struct HtmlOpen {
  int eTag;                 /* HT_* or an interned unknown name */
  int iNode;                /* Its node, or -1 until it holds text */
  int iPrevSame;            /* Next lower open element with this tag, or -1 */
  int iBlock;               /* Nearest block-level entry at or below */
  int iSpecial;             /* Nearest TF_SPECIAL entry at or below, or -1 */
  int iScope;               /* Nearest TF_SCOPE entry at or below, or -1 */
  unsigned short f;         /* OF_* */
  unsigned short hint;      /* HINT_* of this element alone */
  signed char weight;       /* class weight, -50..50 */
  signed char iCapture;     /* Active capture, or -1 */
};

typedef struct HtmlNode HtmlNode;
struct HtmlNode {
  int iParent;              /* -1 for the root */
  int iLast;                /* Last node of its subtree (after parsing) */
  int eTag;
  unsigned short hint;      /* HINT_* */
  signed char weight;       /* class weight */
  unsigned char bScored;    /* score initialized */
  unsigned flags;           /* NF_*, computed after parsing */
  int nChar, nLink;         /* Characters of text, of link text (subtree) */
  int nPara;                /* Blocks of 25+ characters (subtree) */
  int nImg, nInput;         /* <img>, <input> (subtree) */
  int nLi, nP;              /* <li>, <p> elements with text (subtree) */
  int nHead;                /* characters in headings (subtree) */
  int nList;                /* characters in lists (subtree) */
  int nComma;
  int iBlockFirst;          /* Blocks of the subtree: a contiguous range */
  int iBlockLast;
  double score;
};

typedef struct HtmlBlock HtmlBlock;
struct HtmlBlock {
  int iNode;                /* Innermost block element holding the text */
  int iStart, iEnd;         /* Its text in HtmlParser.text */
  int nChar, nLink, nComma;
  int eTag;                 /* Tag of that element */
};

/* Metadata candidates */
#define MK_TITLE      0     /* og:title, JSON-LD headline, ... */
#define MK_TITLETAG   1     /* <title> */
#define MK_H1         2     /* text of an <h1> */
#define MK_SITE       3
#define MK_AUTHOR     4
#define MK_SECTION    5
#define MK_PUBLISHED  6
#define MK_UPDATED    7
#define MK_URL        8
#define MK_LANG       9
#define MK_DATETEXT   10    /* text of an element that shows a date */
#define MK_LINKDATE   11    /* a date in the path of a link or image URL */
#define MK_COUNT      12

typedef struct HtmlCand HtmlCand;
struct HtmlCand {
  int eKind;                /* MK_* */
  int rank;                 /* Lower is more trusted */
  int iNode;                /* Node it was found in, -1 in <head> */
  int iOff, nLen;           /* String in HtmlParser.pool */
};

#define HTML_MAX_CAND     512
#define HTML_MAX_CAPTURE  16
#define HTML_MAX_META     2000   /* bytes kept of one metadata string */

/* Text of an element collected for metadata (an <h1>, a byline). */
typedef struct HtmlCapture HtmlCapture;
struct HtmlCapture {
  int iOpen;                /* Stack entry that owns it */
  int eKind, rank;
  int iStart;               /* Offset in HtmlParser.text at its start */
  int iNode;
};

typedef struct HtmlParser HtmlParser;
struct HtmlParser {
  const char *z;            /* The page */
  int n;
  int rc;                   /* SQLITE_OK or SQLITE_NOMEM */

  HtmlOpen *aOpen;          /* Stack of open elements */
  int nOpen, nOpenAlloc;
  int nIgnored;             /* Start tags past NEWS_HTML_MAX_DEPTH */
  int aTop[HT_ALL];         /* Topmost stack index per tag, or -1 */

  HtmlNode *aNode;          /* Element nodes in document order */
  int nNode, nNodeAlloc;
  HtmlBlock *aBlock;        /* Text blocks in document order */
  int nBlock, nBlockAlloc;
  NewsBuf text;             /* Block texts, each followed by '\n' */

  HtmlText cur;             /* The block being collected */
  int bInBlock;             /* cur has text */
  int iBlockStart;          /* Offset of cur's text */
  int nBlockLink;           /* Link characters in cur */
  int iBlockNode, eBlockTag;

  struct { const char *z; int n; } aUnk[HT_MAX_UNKNOWN];
  int nUnk;
  short aUnkHash[512];      /* 1 + index into aUnk, open addressing */

  NewsBuf pool;             /* Metadata strings */
  HtmlCand *aCand;
  int nCand, nCandAlloc;
  HtmlCapture aCapture[HTML_MAX_CAPTURE];
  int nCapture;
  int nLinkDate;            /* MK_LINKDATE candidates so far */
  int bTitleSeen;
};

static void *grow_array(HtmlParser *p, void *a, int *pnAlloc, int szElem,
                        int nMin){
  int nNew;
  void *aNew;
  if( nMin<=*pnAlloc ) return a;
  nNew = *pnAlloc ? *pnAlloc*2 : 64;
  while( nNew<nMin ) nNew *= 2;
  aNew = sqlite3_realloc64(a, (sqlite3_uint64)nNew*szElem);
  if( aNew==0 ){ p->rc = SQLITE_NOMEM; return 0; }
  *pnAlloc = nNew;
  return aNew;
}

/* Store a cleaned metadata string as a candidate. */
static void cand_add(HtmlParser *p, int eKind, int rank, int iNode,
                     const char *z, int n){
  HtmlCand *c;
  int iOff;
  HtmlCand *aNew;
  if( p->rc || z==0 || n<=0 || p->nCand>=HTML_MAX_CAND ) return;
  n = news_utf8_floor(z, n, HTML_MAX_META);                    /* whole chars */
  iOff = (int)p->pool.n;
  news_html_decode(&p->pool, z, n);
  if( p->pool.rc ){ p->rc = p->pool.rc; return; }
  if( p->pool.n==iOff ) return;
  aNew = grow_array(p, p->aCand, &p->nCandAlloc, sizeof(HtmlCand), p->nCand+1);
  if( aNew==0 ) return;
  p->aCand = aNew;
  c = &p->aCand[p->nCand++];
  c->eKind = eKind;
  c->rank = rank;
  c->iNode = iNode;
  c->iOff = iOff;
  c->nLen = (int)p->pool.n - iOff;
  news_buf_appendc(&p->pool, 0);
}

/*************************************************************************
** Nodes and blocks
*/

static int node_new(HtmlParser *p, int iParent, int eTag, int hint, int weight){
  HtmlNode *aNew, *pNode;
  aNew = grow_array(p, p->aNode, &p->nNodeAlloc, sizeof(HtmlNode), p->nNode+1);
  if( aNew==0 ) return iParent<0 ? 0 : iParent;
  p->aNode = aNew;
  pNode = &p->aNode[p->nNode];
  memset(pNode, 0, sizeof(*pNode));
  pNode->iParent = iParent;
  pNode->eTag = eTag;
  pNode->hint = (unsigned short)hint;
  pNode->weight = (signed char)weight;
  return p->nNode++;
}

/*
** The node of the innermost open block element, created now if needed
** together with the nodes of its open ancestors that have none yet.  Each
** stack entry gets its node at most once and is visited once while it has
** none, so this is amortized O(1) per element.
*/
static int node_for_top(HtmlParser *p){
  int i, k, j, iParentNode;
  if( p->nOpen==0 ) return 0;
  i = p->aOpen[p->nOpen-1].iBlock;
  if( i<0 ) return 0;
  if( p->aOpen[i].iNode>=0 ) return p->aOpen[i].iNode;
  /* k: the outermost block entry without a node */
  k = i;
  while( k>0 ){
    int b = p->aOpen[k-1].iBlock;
    if( b<0 || p->aOpen[b].iNode>=0 ) break;
    k = b;
  }
  iParentNode = 0;
  if( k>0 && p->aOpen[k-1].iBlock>=0 ){
    iParentNode = p->aOpen[p->aOpen[k-1].iBlock].iNode;
  }
  for(j=k; j<=i; j++){
    HtmlOpen *o = &p->aOpen[j];
    if( o->iBlock!=j ) continue;              /* inline element */
    if( o->iNode<0 ){
      o->iNode = p->nNode>=NEWS_HTML_MAX_NODES ? iParentNode
               : node_new(p, iParentNode, o->eTag, o->hint, o->weight);
    }
    iParentNode = o->iNode;
  }
  return p->aOpen[i].iNode;
}

static void block_end(HtmlParser *p){
  if( p->bInBlock ){
    HtmlBlock *aNew = grow_array(p, p->aBlock, &p->nBlockAlloc,
                                 sizeof(HtmlBlock), p->nBlock+1);
    if( aNew ){
      HtmlBlock *b;
      p->aBlock = aNew;
      b = &aNew[p->nBlock++];
      b->iNode = p->iBlockNode;
      b->iStart = p->iBlockStart;
      b->iEnd = (int)p->text.n;
      b->nChar = p->cur.nChar;
      b->nLink = p->nBlockLink;
      b->nComma = p->cur.nComma;
      b->eTag = p->eBlockTag;
    }
    news_buf_appendc(&p->text, '\n');
    p->bInBlock = 0;
  }
  text_init(&p->cur, &p->text, 0);
}

static int has_non_space(const char *z, int n){
  int i;
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c>' ' ) return 1;
  }
  return 0;
}

static void pop_to(HtmlParser *p, int iOpen);

static void html_text(HtmlParser *p, const char *z, int n){
  int f, nBefore, iOff;
  if( p->aTop[HT_HEAD]>=0 && has_non_space(z, n) ){
    pop_to(p, p->aTop[HT_HEAD]);     /* stray text ends <head> */
  }
  f = p->nOpen ? p->aOpen[p->nOpen-1].f : 0;
  if( (f & OF_DROP) || p->nBlock>=NEWS_HTML_MAX_BLOCKS ) return;
  nBefore = p->cur.nChar;
  iOff = (int)p->text.n;
  p->cur.bPre = (f & OF_PRE)!=0;
  text_append(&p->cur, z, n);
  if( p->text.rc ){ p->rc = p->text.rc; return; }
  if( p->cur.nChar>nBefore ){
    if( !p->bInBlock ){
      int iBlock = p->nOpen ? p->aOpen[p->nOpen-1].iBlock : -1;
      p->bInBlock = 1;
      p->iBlockStart = iOff;
      p->nBlockLink = 0;
      p->iBlockNode = node_for_top(p);
      p->eBlockTag = iBlock>=0 ? p->aOpen[iBlock].eTag : HT_BODY;
    }
    if( f & OF_LINK ) p->nBlockLink += p->cur.nChar - nBefore;
  }
}

/* Copy the text an element collected into a metadata candidate. */
static void capture_end(HtmlParser *p, int iCapture){
  HtmlCapture *c = &p->aCapture[iCapture];
  int n = (int)p->text.n - c->iStart;
  if( n>0 && n<=HTML_MAX_META ){
    NewsBuf tmp;
    news_buf_init(&tmp);
    /* The text is decoded already: protect its '&' from a second pass. */
    {
      const char *z = p->text.z + c->iStart;
      int i, iStart = 0;
      for(i=0; i<n; i++){
        if( z[i]=='&' ){
          news_buf_append(&tmp, z+iStart, i-iStart);
          news_buf_append(&tmp, "&amp;", 5);
          iStart = i+1;
        }
      }
      news_buf_append(&tmp, z+iStart, n-iStart);
    }
    if( tmp.rc ) p->rc = tmp.rc;
    else cand_add(p, c->eKind, c->rank, c->iNode, tmp.z, (int)tmp.n);
    news_buf_free(&tmp);
  }
  p->nCapture = iCapture;
}

static void capture_start(HtmlParser *p, int iOpen, int eKind, int rank){
  HtmlCapture *c;
  if( p->nCapture>=HTML_MAX_CAPTURE || p->aOpen[iOpen].iCapture>=0 ) return;
  c = &p->aCapture[p->nCapture];
  c->iOpen = iOpen;
  c->eKind = eKind;
  c->rank = rank;
  c->iStart = (int)p->text.n;
  c->iNode = node_for_top(p);
  p->aOpen[iOpen].iCapture = (signed char)p->nCapture;
  p->nCapture++;
}

static void pop_one(HtmlParser *p){
  HtmlOpen *o = &p->aOpen[--p->nOpen];
  if( o->iBlock==p->nOpen ) block_end(p);
  else p->cur.bBoundary = 1;
  p->aTop[o->eTag] = o->iPrevSame;
  if( o->iCapture>=0 ) capture_end(p, o->iCapture);
}

static void pop_to(HtmlParser *p, int iOpen){
  while( p->nOpen>iOpen ) pop_one(p);
}

/*************************************************************************
** Attributes: class and id hints, hidden elements, metadata
*/

typedef struct HtmlAttr HtmlAttr;
struct HtmlAttr {
  const char *zName; int nName;     /* as written */
  const char *zVal; int nVal;       /* raw, references not decoded */
};
#define HTML_MAX_ATTR 32

static int attr_is(const HtmlAttr *a, const char *zName){
  int n = (int)strlen(zName);
  return a->nName==n && sqlite3_strnicmp(a->zName, zName, n)==0;
}

static const HtmlAttr *attr_find(const HtmlAttr *a, int nAttr,
                                 const char *zName){
  int i;
  for(i=0; i<nAttr; i++){
    if( attr_is(&a[i], zName) ) return &a[i];
  }
  return 0;
}

/* Lower-case copy of z[0..n) into zOut[nOut], NUL-terminated. */
static int lower_copy(char *zOut, int nOut, const char *z, int n){
  int i;
  if( n>nOut-1 ) n = nOut-1;
  for(i=0; i<n; i++){
    char c = z[i];
    zOut[i] = (c>='A' && c<='Z') ? c+32 : c;
  }
  zOut[n] = 0;
  return n;
}

static int has_any(const char *zLower, const char *const *azWord){
  int i;
  for(i=0; azWord[i]; i++){
    if( strstr(zLower, azWord[i]) ) return 1;
  }
  return 0;
}

/* Readability's lists (they are tuned on pages like ours), plus the
** consent, newsletter and recommendation widgets of current sites. */
static const char *const azUnlikely[] = {
  "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community",
  "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends",
  "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
  "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
  "pagination", "pager", "popup", "yom-remote", "cookie", "consent",
  "newsletter", "taboola", "outbrain", "recommend", "most-popular",
  "mostpopular", "most-read", "mostread", "trending", 0
};
static const char *const azMaybe[] = {
  "and", "article", "body", "column", "content", "main", "shadow", 0
};
static const char *const azPositive[] = {
  "article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
  "pagination", "post", "text", "blog", "story", 0
};
static const char *const azNegative[] = {
  "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
  "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo",
  "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
  "sponsor", "shopping", "tags", "widget", "newsletter", "subscribe",
  "cookie", "consent", "recommend", "taboola", 0
};
static const char *const azUnlikelyRole[] = {
  "menu", "menubar", "complementary", "navigation", "alert", "alertdialog",
  "dialog", 0
};
static const char *const azDateWord[] = {
  "date", "publish", "posted", "timestamp", "dateline", "time-", "-time",
  "_time", "time_", "datum", "fecha", 0
};
static const char *const azBylineWord[] = {
  "byline", "author", "writer", 0
};

/* "hid" as a whole class name (Readability's ^hid$ rules). */
static int has_class_word(const char *zLower, const char *zWord){
  int n = (int)strlen(zWord);
  const char *z = zLower;
  while( (z = strstr(z, zWord))!=0 ){
    if( (z==zLower || z[-1]==' ') && (z[n]==0 || z[n]==' ') ) return 1;
    z += n;
  }
  return 0;
}

/* zWord between non-letters: "share" in "post-share_bar", not "shared". */
static int has_word_part(const char *zLower, const char *zWord){
  int n = (int)strlen(zWord);
  const char *z = zLower;
  while( (z = strstr(z, zWord))!=0 ){
    if( (z==zLower || !is_alnum_ascii((unsigned char)z[-1]) || z[-1]=='_')
     && !is_alnum_ascii((unsigned char)z[n]) ){
      return 1;
    }
    z += n;
  }
  return 0;
}

static int class_weight(const char *zLower){
  int w = 0;
  if( zLower[0]==0 ) return 0;
  if( has_any(zLower, azNegative) || has_class_word(zLower, "hid") ) w -= 25;
  if( has_any(zLower, azPositive) ) w += 25;
  return w;
}

static const struct {
  const char *zKey;
  unsigned char eKind, rank;
} aMetaKey[] = {
  {"og:title", MK_TITLE, 1},            {"twitter:title", MK_TITLE, 3},
  {"parsely-title", MK_TITLE, 2},       {"headline", MK_TITLE, 2},
  {"sailthru.title", MK_TITLE, 3},      {"dc.title", MK_TITLE, 4},
  {"title", MK_TITLE, 5},
  {"og:site_name", MK_SITE, 1},         {"dc.publisher", MK_SITE, 3},
  {"publisher", MK_SITE, 3},            {"application-name", MK_SITE, 4},
  {"apple-mobile-web-app-title", MK_SITE, 5},
  {"author", MK_AUTHOR, 2},             {"dc.creator", MK_AUTHOR, 2},
  {"byl", MK_AUTHOR, 2},                {"parsely-author", MK_AUTHOR, 2},
  {"sailthru.author", MK_AUTHOR, 2},    {"article:author", MK_AUTHOR, 3},
  {"dcterms.creator", MK_AUTHOR, 3},
  {"article:section", MK_SECTION, 1},   {"parsely-section", MK_SECTION, 2},
  {"articlesection", MK_SECTION, 2},    {"section", MK_SECTION, 3},
  {"category", MK_SECTION, 4},
  {"article:published_time", MK_PUBLISHED, 11},
  {"og:published_time", MK_PUBLISHED, 11},
  {"datepublished", MK_PUBLISHED, 11},
  {"article:published", MK_PUBLISHED, 12},
  {"published_time", MK_PUBLISHED, 12}, {"publish-date", MK_PUBLISHED, 12},
  {"publishdate", MK_PUBLISHED, 12},    {"publish_date", MK_PUBLISHED, 12},
  {"pubdate", MK_PUBLISHED, 12},        {"parsely-pub-date", MK_PUBLISHED, 12},
  {"sailthru.date", MK_PUBLISHED, 12},  {"article.published", MK_PUBLISHED, 12},
  {"publication_date", MK_PUBLISHED, 12},
  {"originalpublicationdate", MK_PUBLISHED, 12},
  {"citation_publication_date", MK_PUBLISHED, 12},
  {"citation_date", MK_PUBLISHED, 13},  {"dc.date.issued", MK_PUBLISHED, 12},
  {"dcterms.issued", MK_PUBLISHED, 12}, {"dcterms.date", MK_PUBLISHED, 13},
  {"dc.date", MK_PUBLISHED, 13},        {"date", MK_PUBLISHED, 13},
  {"dc.date.created", MK_PUBLISHED, 14},{"dcterms.created", MK_PUBLISHED, 14},
  {"datecreated", MK_PUBLISHED, 14},    {"og:pubdate", MK_PUBLISHED, 12},
  {"pdate", MK_PUBLISHED, 13},          {"displaydate", MK_PUBLISHED, 13},
  {"article_date_original", MK_PUBLISHED, 12},
  {"cxenseparse:recs:publishtime", MK_PUBLISHED, 13},
  {"date_published", MK_PUBLISHED, 12}, {"release_date", MK_PUBLISHED, 14},
  {"article:modified_time", MK_UPDATED, 11},
  {"og:updated_time", MK_UPDATED, 12},  {"article:updated_time", MK_UPDATED, 12},
  {"datemodified", MK_UPDATED, 11},     {"dcterms.modified", MK_UPDATED, 13},
  {"dc.date.modified", MK_UPDATED, 13}, {"last-modified", MK_UPDATED, 14},
  {"lastmod", MK_UPDATED, 14},
  {"og:url", MK_URL, 2},                {"twitter:url", MK_URL, 3},
  {"content-language", MK_LANG, 2},     {"dc.language", MK_LANG, 2},
  {"og:locale", MK_LANG, 3},            {"language", MK_LANG, 3},
  {"inlanguage", MK_LANG, 3},
};

static int meta_key_lookup(const char *zLower, int *pRank){
  int i;
  for(i=0; i<(int)(sizeof(aMetaKey)/sizeof(aMetaKey[0])); i++){
    if( strcmp(aMetaKey[i].zKey, zLower)==0 ){
      *pRank = aMetaKey[i].rank;
      return aMetaKey[i].eKind;
    }
  }
  return -1;
}

/* Trimmed lower-case key of a name/property/itemprop attribute. */
static int attr_key(const HtmlAttr *a, char *zKey, int nKey){
  const char *z = a->zVal;
  int n = a->nVal;
  while( n>0 && (unsigned char)z[0]<=' ' ){ z++; n--; }
  while( n>0 && (unsigned char)z[n-1]<=' ' ) n--;
  return lower_copy(zKey, nKey, z, n);
}

/* Does a lower-case property name speak of a publication date? */
static int date_key(const char *zKey){
  if( strstr(zKey, "modif") || strstr(zKey, "updat") || strstr(zKey, "expir")
   || strstr(zKey, "valid") ){
    return 0;
  }
  return strstr(zKey, "publish")!=0 || strstr(zKey, "date")!=0
      || strstr(zKey, "created")!=0;
}

static int url_date(const char *z, int n, char *zOut);

/* A link or image URL with a date in its path (/2016/05/04/): kept as a
** last resort for pages that show no date (at most 4 per page). */
static void link_date(HtmlParser *p, const HtmlAttr *pVal){
  char zIso[NEWS_ARTICLE_DATE_MAX];
  if( p->nLinkDate<4 && pVal->nVal>=10 && url_date(pVal->zVal, pVal->nVal, zIso) ){
    p->nLinkDate++;
    cand_add(p, MK_LINKDATE, 1, -1, zIso, (int)strlen(zIso));
  }
}

static void meta_tag(HtmlParser *p, const HtmlAttr *a, int nAttr){
  static const char *const azKeyAttr[] = {
    "property", "name", "itemprop", "http-equiv", 0
  };
  const HtmlAttr *pContent = attr_find(a, nAttr, "content");
  int k;
  if( pContent==0 ) return;
  if( pContent->nVal>4 && sqlite3_strnicmp(pContent->zVal, "http", 4)==0 ){
    link_date(p, pContent);
  }
  for(k=0; azKeyAttr[k]; k++){
    const HtmlAttr *pKey = attr_find(a, nAttr, azKeyAttr[k]);
    char zKey[64];
    int eKind, rank;
    if( pKey==0 ) continue;
    attr_key(pKey, zKey, sizeof(zKey));
    eKind = meta_key_lookup(zKey, &rank);
    if( eKind>=0 ){
      cand_add(p, eKind, rank, -1, pContent->zVal, pContent->nVal);
      return;
    }
    if( date_key(zKey) ){
      /* site-specific names: "five_hundred_pixels:uploaded_date" */
      cand_add(p, MK_PUBLISHED, 25, -1, pContent->zVal, pContent->nVal);
      return;
    }
  }
}

static void link_tag(HtmlParser *p, const HtmlAttr *a, int nAttr){
  const HtmlAttr *pRel = attr_find(a, nAttr, "rel");
  const HtmlAttr *pHref = attr_find(a, nAttr, "href");
  char zRel[32];
  if( pRel==0 || pHref==0 ) return;
  attr_key(pRel, zRel, sizeof(zRel));
  if( strcmp(zRel, "canonical")==0 ){
    cand_add(p, MK_URL, 1, -1, pHref->zVal, pHref->nVal);
  }
}

/* A <time>'s datetime, or the content of an itemprop date element. */
static void date_attr(HtmlParser *p, int eKind, int rank, const HtmlAttr *pVal){
  if( pVal && pVal->nVal>0 ){
    cand_add(p, eKind, rank, node_for_top(p), pVal->zVal, pVal->nVal);
  }
}

/*
** Read the attributes of the element just pushed as aOpen[iOpen]: its
** hints and weight, hidden state, link state and the metadata it carries.
*/
static void element_attributes(HtmlParser *p, int iOpen, const HtmlAttr *a,
                               int nAttr){
  HtmlOpen *o = &p->aOpen[iOpen];
  char zClass[256], zId[128], zRole[32], zProp[32], zBoth[400];
  int i, hint = 0, weight = 0;
  const HtmlAttr *pContent = 0, *pDatetime = 0;
  int bPubdate = 0, bDated = 0;
  zClass[0] = zId[0] = zRole[0] = zProp[0] = zBoth[0] = 0;
  for(i=0; i<nAttr; i++){
    const HtmlAttr *x = &a[i];
    switch( x->nName ){
      case 2:
        if( attr_is(x, "id") ) lower_copy(zId, sizeof(zId), x->zVal, x->nVal);
        break;
      case 3:
        if( attr_is(x, "src") ) link_date(p, x);
        break;
      case 4:
        if( attr_is(x, "href") && o->eTag==HT_A && x->nVal>0 ){
          o->f |= OF_LINK;
          link_date(p, x);
        }
        else if( attr_is(x, "role") ) attr_key(x, zRole, sizeof(zRole));
        else if( attr_is(x, "lang") && o->eTag==HT_HTML ){
          cand_add(p, MK_LANG, 1, -1, x->zVal, x->nVal);
        }
        break;
      case 5:
        if( attr_is(x, "class") ){
          lower_copy(zClass, sizeof(zClass), x->zVal, x->nVal);
        }else if( attr_is(x, "style") ){
          char zStyle[128];
          int k, m = 0;
          for(k=0; k<x->nVal && m<(int)sizeof(zStyle)-1; k++){
            char c = x->zVal[k];
            if( c==' ' || c=='\t' || c=='\n' || c=='\r' ) continue;
            zStyle[m++] = (c>='A' && c<='Z') ? c+32 : c;
          }
          zStyle[m] = 0;
          if( strstr(zStyle, "display:none") || strstr(zStyle, "visibility:hidden") ){
            o->f |= OF_DROP;
          }
        }
        break;
      case 6:
        if( attr_is(x, "hidden") ) o->f |= OF_DROP;
        break;
      case 7:
        if( attr_is(x, "content") ) pContent = x;
        else if( attr_is(x, "pubdate") ) bPubdate = 1;
        break;
      case 8:
        if( attr_is(x, "itemprop") ) attr_key(x, zProp, sizeof(zProp));
        else if( attr_is(x, "datetime") ) pDatetime = x;
        else if( attr_is(x, "itemtype") ){
          char zType[128];
          lower_copy(zType, sizeof(zType), x->zVal, x->nVal);
          if( strstr(zType, "article") || strstr(zType, "blogposting") ){
            hint |= HINT_ARTICLE;
          }
        }
        break;
      case 11:
        if( attr_is(x, "aria-hidden") && x->nVal==4
         && sqlite3_strnicmp(x->zVal, "true", 4)==0 ){
          o->f |= OF_DROP;
        }
        break;
    }
  }
  if( o->f & OF_DROP ) return;

  /* Class and id */
  if( zClass[0] || zId[0] ){
    sqlite3_snprintf(sizeof(zBoth), zBoth, "%s %s", zClass, zId);
    weight = class_weight(zClass) + class_weight(zId);
    if( has_any(zBoth, azUnlikely) && !has_any(zBoth, azMaybe) ){
      hint |= HINT_UNLIKELY;
    }
    if( has_any(zBoth, azNegative) ) hint |= HINT_NEG;
    if( has_any(zBoth, azPositive) ) hint |= HINT_POS;
    if( has_any(zBoth, azDateWord) ) hint |= HINT_DATE;
    if( has_any(zBoth, azBylineWord) ) hint |= HINT_BYLINE;
    if( strstr(zBoth, "caption") || strstr(zBoth, "credit") ){
      hint |= HINT_CAPTION;
    }
    if( has_word_part(zBoth, "share") || has_word_part(zBoth, "sharedaddy") ){
      hint |= HINT_SHARE;
    }
  }
  if( zRole[0] ){
    int k;
    for(k=0; azUnlikelyRole[k]; k++){
      if( strcmp(zRole, azUnlikelyRole[k])==0 ) hint |= HINT_UNLIKELY;
    }
    if( strcmp(zRole, "article")==0 ) hint |= HINT_ARTICLE;
  }
  if( o->eTag==HT_ARTICLE ) hint |= HINT_ARTICLE;
  if( o->eTag==HT_BODY || o->eTag==HT_HTML || o->eTag==HT_ARTICLE
   || o->eTag==HT_MAIN || o->eTag==HT_A ){
    hint &= ~HINT_UNLIKELY;
  }

  /* Set before anything below creates the element's node. */
  o->hint = (unsigned short)hint;
  o->weight = (signed char)(weight<-50 ? -50 : weight>50 ? 50 : weight);

  /* Microdata */
  if( zProp[0] ){
    if( strcmp(zProp, "articlebody")==0 || strcmp(zProp, "text")==0 ){
      o->hint |= HINT_BODYPROP;
    }else if( strcmp(zProp, "datepublished")==0 ){
      if( pContent || pDatetime ){
        date_attr(p, MK_PUBLISHED, 11, pContent ? pContent : pDatetime);
      }else{
        capture_start(p, iOpen, MK_DATETEXT, 5);
      }
      bDated = 1;
    }else if( strcmp(zProp, "datemodified")==0 ){
      if( pContent || pDatetime ){
        date_attr(p, MK_UPDATED, 11, pContent ? pContent : pDatetime);
      }
      bDated = 1;
    }else if( strcmp(zProp, "headline")==0 ){
      if( pContent ) cand_add(p, MK_TITLE, 2, -1, pContent->zVal, pContent->nVal);
      else capture_start(p, iOpen, MK_TITLE, 2);
    }else if( strcmp(zProp, "author")==0 || strcmp(zProp, "creator")==0 ){
      if( pContent ) cand_add(p, MK_AUTHOR, 3, -1, pContent->zVal, pContent->nVal);
      else capture_start(p, iOpen, MK_AUTHOR, 4);
    }else if( strcmp(zProp, "articlesection")==0 && pContent ){
      cand_add(p, MK_SECTION, 2, -1, pContent->zVal, pContent->nVal);
    }
  }

  if( bDated ){
    /* done above */
  }else if( o->eTag==HT_TIME ){
    if( pDatetime ){
      int eKind = MK_PUBLISHED, rank = 20;
      if( bPubdate ) rank = 12;
      else if( strstr(zBoth, "updat") || strstr(zBoth, "modif") ) eKind = MK_UPDATED, rank = 18;
      else if( hint & (HINT_DATE|HINT_BYLINE) ) rank = 18;
      date_attr(p, eKind, rank, pDatetime);
    }else{
      capture_start(p, iOpen, MK_DATETEXT, 22);
    }
  }else if( o->eTag==HT_H1 ){
    capture_start(p, iOpen, MK_H1, 1);
  }else if( hint & HINT_DATE ){
    capture_start(p, iOpen, MK_DATETEXT, 30);
  }else if( hint & HINT_BYLINE ){
    capture_start(p, iOpen, MK_DATETEXT, 32);
  }
  if( o->eTag==HT_A ){
    const HtmlAttr *pRel = attr_find(a, nAttr, "rel");
    if( pRel && pRel->nVal==6 && sqlite3_strnicmp(pRel->zVal, "author", 6)==0 ){
      capture_start(p, iOpen, MK_AUTHOR, 6);
    }
  }
}

/*************************************************************************
** Tree building
*/

static void push_element(HtmlParser *p, int eTag, const HtmlAttr *a,
                         int nAttr){
  int fl = tag_flags(eTag);
  int i = p->nOpen;
  HtmlOpen *o, *pParent;
  if( i>=NEWS_HTML_MAX_DEPTH ){ p->nIgnored++; return; }
  if( !(fl & TF_INLINE) ) block_end(p);
  else p->cur.bBoundary = 1;
  if( i>=p->nOpenAlloc ){
    HtmlOpen *aNew = grow_array(p, p->aOpen, &p->nOpenAlloc,
                                sizeof(HtmlOpen), i+1);
    if( aNew==0 ) return;
    p->aOpen = aNew;
  }
  o = &p->aOpen[i];
  pParent = i>0 ? &p->aOpen[i-1] : 0;
  o->eTag = eTag;
  o->iNode = -1;
  o->iPrevSame = p->aTop[eTag];
  o->iBlock = (fl & TF_INLINE) ? (pParent ? pParent->iBlock : -1) : i;
  o->iSpecial = (fl & TF_SPECIAL) ? i : (pParent ? pParent->iSpecial : -1);
  o->iScope = (fl & TF_SCOPE) ? i : (pParent ? pParent->iScope : -1);
  o->f = pParent ? pParent->f : 0;
  if( fl & TF_DROP ) o->f |= OF_DROP;
  if( eTag==HT_PRE || eTag==HT_LISTING ) o->f |= OF_PRE;
  o->hint = 0;
  o->weight = 0;
  o->iCapture = -1;
  p->aTop[eTag] = i;
  p->nOpen++;
  if( !(o->f & OF_DROP) ) element_attributes(p, i, a, nAttr);
}

/* Elements that may stay inside <head>. */
static int is_head_content(int eTag){
  switch( eTag ){
    case HT_BASE: case HT_LINK: case HT_META: case HT_TITLE: case HT_STYLE:
    case HT_SCRIPT: case HT_NOSCRIPT: case HT_TEMPLATE: case HT_HEAD:
    case HT_HTML:
      return 1;
  }
  return 0;
}

/* Topmost open element among eTag1/eTag2, or -1. */
static int top_of(HtmlParser *p, int eTag1, int eTag2){
  int a = p->aTop[eTag1], b = p->aTop[eTag2];
  return a>b ? a : b;
}

static int scope_top(HtmlParser *p){
  return p->nOpen ? p->aOpen[p->nOpen-1].iScope : -1;
}

static void start_tag(HtmlParser *p, int eTag, const HtmlAttr *a, int nAttr){
  int fl = tag_flags(eTag);
  int t;
  if( p->aTop[HT_HEAD]>=0 && !is_head_content(eTag) ){
    pop_to(p, p->aTop[HT_HEAD]);
  }
  switch( eTag ){
    case HT_HTML:
    case HT_BODY:
      if( p->aTop[eTag]>=0 ) return;        /* a second <body> */
      break;
    case HT_HEAD:
      if( p->aTop[HT_BODY]>=0 ) return;
      break;
    case HT_META:
      meta_tag(p, a, nAttr);
      return;
    case HT_LINK:
      link_tag(p, a, nAttr);
      return;
    case HT_LI:
      t = p->aTop[HT_LI];
      if( t>=0 && t>scope_top(p) && t>top_of(p, HT_UL, HT_OL) ) pop_to(p, t);
      break;
    case HT_DD:
    case HT_DT:
      t = top_of(p, HT_DD, HT_DT);
      if( t>=0 && t>scope_top(p) && t>p->aTop[HT_DL] ) pop_to(p, t);
      break;
    case HT_TR:
      t = p->aTop[HT_TR];
      if( t>=0 && t>p->aTop[HT_TABLE] ) pop_to(p, t);
      break;
    case HT_TD:
    case HT_TH:
      t = top_of(p, HT_TD, HT_TH);
      if( t>=0 && t>p->aTop[HT_TABLE] ) pop_to(p, t);
      break;
    case HT_A:
      /* <a> inside <a>: the first one ends (HTML5's adoption agency) */
      t = p->aTop[HT_A];
      if( t>=0 && p->nOpen && t>=p->aOpen[p->nOpen-1].iSpecial ) pop_to(p, t);
      break;
    default:
      if( (fl & TF_HEADING) && p->nOpen
       && (tag_flags(p->aOpen[p->nOpen-1].eTag) & TF_HEADING) ){
        pop_to(p, p->nOpen-1);
      }
      break;
  }
  if( fl & TF_CLOSEP ){
    t = p->aTop[HT_P];
    if( t>=0 && t>scope_top(p) ) pop_to(p, t);
  }
  if( fl & TF_VOID ){
    if( eTag==HT_BR || eTag==HT_HR ){
      block_end(p);
    }else if( eTag==HT_IMG || eTag==HT_INPUT ){
      int f = p->nOpen ? p->aOpen[p->nOpen-1].f : 0;
      if( !(f & OF_DROP) ){
        int iNode = node_for_top(p);     /* may move aNode */
        if( eTag==HT_IMG ) p->aNode[iNode].nImg++;
        else p->aNode[iNode].nInput++;
      }
    }
    return;
  }
  push_element(p, eTag, a, nAttr);
}

static void end_tag(HtmlParser *p, int eTag){
  int fl = tag_flags(eTag);
  int t;
  if( p->nIgnored>0 ){ p->nIgnored--; return; }
  switch( eTag ){
    case HT_BR:   block_end(p); return;
    case HT_BODY:
    case HT_HTML: return;                   /* content may follow */
  }
  t = p->aTop[eTag];
  if( t<0 ){
    if( eTag==HT_P ) block_end(p);          /* </p> alone is a <p></p> */
    return;
  }
  if( fl & TF_SPECIAL ){
    if( scope_top(p)>t ) return;            /* not in scope */
  }else{
    if( p->aOpen[p->nOpen-1].iSpecial>t ) return;  /* would cross a block */
  }
  pop_to(p, t);
}

/*************************************************************************
** JSON-LD: a tolerant scanner over <script type="application/ld+json">.
** It keeps, per open object, the few properties articles use and emits
** them when the object closes (its @type may come last).  Containers
** nested deeper than JSON_MAX_DEPTH are skipped; nothing recurses.
*/

#define JSON_MAX_DEPTH 32

/* Keys (and the role of a container: the key it is the value of) */
#define JK_OTHER       0
#define JK_TYPE        1
#define JK_HEADLINE    2
#define JK_NAME        3
#define JK_PUBLISHED   4
#define JK_MODIFIED    5
#define JK_CREATED     6
#define JK_SECTION     7
#define JK_LANG        8
#define JK_URL         9
#define JK_ID          10
#define JK_AUTHOR      11
#define JK_PUBLISHER   12
#define JK_MAINENTITY  13
#define JK_COUNT       14

/* @type bits */
#define JT_ARTICLE  0x01
#define JT_PAGE     0x02
#define JT_SITE     0x04
#define JT_ORG      0x08
#define JT_WORK     0x10    /* other creative works: HowTo, Recipe, Review */

#define JSON_MAX_AUTHOR 4

typedef struct JsonFrame JsonFrame;
struct JsonFrame {
  char bArray;
  char eRole;               /* JK_* this container is the value of */
  char bWantKey;            /* object: the next string is a key */
  char eKey;                /* object: key of the value being read */
  int types;                /* JT_* */
  int aVal[JK_COUNT][2];    /* offset and length of string values */
  int aAuthor[JSON_MAX_AUTHOR][2];
  int nAuthor;
};

static int json_key(const char *z, int n){
  static const struct { const char *zKey; int eKey; } aKey[] = {
    {"@type", JK_TYPE}, {"headline", JK_HEADLINE}, {"name", JK_NAME},
    {"datePublished", JK_PUBLISHED}, {"dateModified", JK_MODIFIED},
    {"dateCreated", JK_CREATED}, {"articleSection", JK_SECTION},
    {"inLanguage", JK_LANG}, {"url", JK_URL}, {"@id", JK_ID},
    {"author", JK_AUTHOR}, {"creator", JK_AUTHOR},
    {"publisher", JK_PUBLISHER}, {"mainEntityOfPage", JK_MAINENTITY},
  };
  int i;
  for(i=0; i<(int)(sizeof(aKey)/sizeof(aKey[0])); i++){
    if( (int)strlen(aKey[i].zKey)==n && memcmp(aKey[i].zKey, z, n)==0 ){
      return aKey[i].eKey;
    }
  }
  return JK_OTHER;
}

static int json_type_bits(const char *z, int n){
  char zType[64];
  lower_copy(zType, sizeof(zType), z, n);
  if( strstr(zType, "article") || strstr(zType, "posting")
   || strcmp(zType, "report")==0 ){
    return JT_ARTICLE;
  }
  if( strcmp(zType, "howto")==0 || strcmp(zType, "recipe")==0
   || strcmp(zType, "review")==0 || strcmp(zType, "creativework")==0 ){
    return JT_WORK;
  }
  if( strstr(zType, "page") ) return JT_PAGE;
  if( strcmp(zType, "website")==0 ) return JT_SITE;
  if( strstr(zType, "organization") || strstr(zType, "corporation") ){
    return JT_ORG;
  }
  return 0;
}

/* Decode a JSON string body (no quotes) into pOut. */
static void json_unescape(NewsBuf *pOut, const char *z, int n){
  int i = 0;
  while( i<n ){
    int j = i;
    while( j<n && z[j]!='\\' ) j++;
    news_buf_append(pOut, z+i, j-i);
    if( j>=n-1 ) break;
    i = j+2;
    switch( z[j+1] ){
      case 'n': case 'r': case 't': case 'f': case 'b':
        news_buf_appendc(pOut, ' ');
        break;
      case 'u': {
        uint32_t cp = 0;
        int k, d;
        for(k=0; k<4 && i+k<n && (d = hex_value((unsigned char)z[i+k]))>=0; k++){
          cp = cp*16 + d;
        }
        i += k;
        if( cp>=0xD800 && cp<0xDC00 && i+6<=n && z[i]=='\\' && z[i+1]=='u' ){
          uint32_t lo = 0;
          for(k=0; k<4 && (d = hex_value((unsigned char)z[i+2+k]))>=0; k++){
            lo = lo*16 + d;
          }
          if( k==4 && lo>=0xDC00 && lo<0xE000 ){
            cp = 0x10000 + ((cp-0xD800)<<10) + (lo-0xDC00);
            i += 6;
          }
        }
        if( cp==0 || (cp>=0xD800 && cp<0xE000) ) cp = NEWS_REPLACEMENT_CHAR;
        {
          unsigned char a[4];
          news_buf_append(pOut, (const char*)a, news_utf8_encode(cp, a));
        }
        break;
      }
      default:
        news_buf_appendc(pOut, z[j+1]);
        break;
    }
  }
}

static void json_cand(HtmlParser *p, int eKind, int rank, const char *zJson,
                      const int *aSpan){
  NewsBuf tmp;
  if( aSpan[1]<=0 ) return;
  news_buf_init(&tmp);
  json_unescape(&tmp, zJson+aSpan[0], aSpan[1]);
  if( tmp.rc ) p->rc = tmp.rc;
  else cand_add(p, eKind, rank, -1, tmp.z, (int)tmp.n);
  news_buf_free(&tmp);
}

/* The object aFrame[iFrame] is complete: hand its data on. */
static void json_close_object(HtmlParser *p, const char *zJson,
                              JsonFrame *aFrame, int iFrame){
  JsonFrame *f = &aFrame[iFrame];
  JsonFrame *pObj = 0;
  int i;
  for(i=iFrame-1; i>=0; i--){
    if( !aFrame[i].bArray ){ pObj = &aFrame[i]; break; }
  }
  if( pObj ){
    if( f->eRole==JK_AUTHOR && f->aVal[JK_NAME][1]>0
     && pObj->nAuthor<JSON_MAX_AUTHOR ){
      pObj->aAuthor[pObj->nAuthor][0] = f->aVal[JK_NAME][0];
      pObj->aAuthor[pObj->nAuthor++][1] = f->aVal[JK_NAME][1];
    }else if( f->eRole==JK_PUBLISHER && f->aVal[JK_NAME][1]>0 ){
      pObj->aVal[JK_PUBLISHER][0] = f->aVal[JK_NAME][0];
      pObj->aVal[JK_PUBLISHER][1] = f->aVal[JK_NAME][1];
    }else if( f->eRole==JK_MAINENTITY && pObj->aVal[JK_URL][1]<=0 ){
      int k = f->aVal[JK_ID][1]>0 ? JK_ID : JK_URL;
      pObj->aVal[JK_URL][0] = f->aVal[k][0];
      pObj->aVal[JK_URL][1] = f->aVal[k][1];
    }
  }
  if( (f->types & (JT_ARTICLE|JT_WORK)) || f->aVal[JK_HEADLINE][1]>0 ){
    int bArt = (f->types & JT_ARTICLE)!=0;
    json_cand(p, MK_TITLE, bArt ? 1 : 3, zJson, f->aVal[JK_HEADLINE]);
    json_cand(p, MK_PUBLISHED, bArt ? 10 : 14, zJson, f->aVal[JK_PUBLISHED]);
    json_cand(p, MK_PUBLISHED, bArt ? 15 : 16, zJson, f->aVal[JK_CREATED]);
    json_cand(p, MK_UPDATED, bArt ? 10 : 14, zJson, f->aVal[JK_MODIFIED]);
    json_cand(p, MK_SECTION, 1, zJson, f->aVal[JK_SECTION]);
    json_cand(p, MK_LANG, 2, zJson, f->aVal[JK_LANG]);
    json_cand(p, MK_SITE, 2, zJson, f->aVal[JK_PUBLISHER]);
    if( bArt ) json_cand(p, MK_URL, 3, zJson, f->aVal[JK_URL]);
    for(i=0; i<f->nAuthor; i++){
      json_cand(p, MK_AUTHOR, 1, zJson, f->aAuthor[i]);
    }
  }else if( f->types & (JT_PAGE|JT_SITE|JT_ORG) ){
    if( f->types & (JT_SITE|JT_ORG) ){
      json_cand(p, MK_SITE, (f->types & JT_SITE) ? 4 : 5, zJson, f->aVal[JK_NAME]);
    }
    json_cand(p, MK_PUBLISHED, 16, zJson, f->aVal[JK_PUBLISHED]);
    json_cand(p, MK_UPDATED, 16, zJson, f->aVal[JK_MODIFIED]);
  }
}

/* A string value (offset, length) read in frame f. */
static void json_value(JsonFrame *aFrame, int iFrame, int iOff, int nLen,
                       const char *zJson){
  JsonFrame *f = &aFrame[iFrame];
  JsonFrame *pObj = f;
  int eKey;
  if( f->bArray ){
    int i;
    eKey = f->eRole;
    pObj = 0;
    for(i=iFrame-1; i>=0; i--){
      if( !aFrame[i].bArray ){ pObj = &aFrame[i]; break; }
    }
    if( pObj==0 ) return;
  }else{
    eKey = f->eKey;
  }
  switch( eKey ){
    case JK_OTHER:
      return;
    case JK_TYPE:
      pObj->types |= json_type_bits(zJson+iOff, nLen);
      return;
    case JK_AUTHOR:
      if( pObj->nAuthor<JSON_MAX_AUTHOR && nLen>0 ){
        pObj->aAuthor[pObj->nAuthor][0] = iOff;
        pObj->aAuthor[pObj->nAuthor++][1] = nLen;
      }
      return;
    default:
      if( pObj->aVal[eKey][1]<=0 ){
        pObj->aVal[eKey][0] = iOff;
        pObj->aVal[eKey][1] = nLen;
      }
      return;
  }
}

static void jsonld_scan(HtmlParser *p, const char *z, int n){
  JsonFrame *aFrame;
  int nFrame = 0, nSkip = 0;   /* nSkip: containers past JSON_MAX_DEPTH */
  int i = 0;
  aFrame = sqlite3_malloc64(sizeof(JsonFrame)*JSON_MAX_DEPTH);
  if( aFrame==0 ){ p->rc = SQLITE_NOMEM; return; }
  while( i<n ){
    char c = z[i];
    if( c=='{' || c=='[' ){
      if( nFrame>=JSON_MAX_DEPTH || nSkip ){
        nSkip++;
      }else{
        JsonFrame *f = &aFrame[nFrame];
        int eRole = JK_OTHER;
        if( nFrame>0 ){
          JsonFrame *pUp = &aFrame[nFrame-1];
          eRole = pUp->bArray ? pUp->eRole : pUp->eKey;
        }
        memset(f, 0, sizeof(*f));
        f->bArray = (c=='[');
        f->eRole = (char)eRole;
        f->bWantKey = !f->bArray;
        nFrame++;
      }
      i++;
    }else if( c=='}' || c==']' ){
      if( nSkip ){
        nSkip--;
      }else if( nFrame>0 ){
        if( !aFrame[nFrame-1].bArray ) json_close_object(p, z, aFrame, nFrame-1);
        nFrame--;
        if( nFrame>0 ) aFrame[nFrame-1].eKey = JK_OTHER;
      }
      i++;
    }else if( c=='"' ){
      int j = i+1;
      while( j<n && z[j]!='"' ){
        j += (z[j]=='\\') ? 2 : 1;
      }
      if( j>=n ) break;                    /* unterminated: stop */
      if( nFrame>0 && !nSkip ){
        JsonFrame *f = &aFrame[nFrame-1];
        if( !f->bArray && f->bWantKey ){
          f->eKey = (char)json_key(z+i+1, j-i-1);
          f->bWantKey = 0;
        }else{
          json_value(aFrame, nFrame-1, i+1, j-i-1, z);
        }
      }
      i = j+1;
    }else if( c==',' ){
      if( nFrame>0 && !nSkip && !aFrame[nFrame-1].bArray ){
        aFrame[nFrame-1].bWantKey = 1;
        aFrame[nFrame-1].eKey = JK_OTHER;
      }
      i++;
    }else{
      i++;
    }
    if( p->rc ) break;
  }
  sqlite3_free(aFrame);
}

/*************************************************************************
** Tokenizer
*/

static int is_html_space(int c){
  return c==' ' || c=='\t' || c=='\n' || c=='\r' || c=='\f';
}
static int is_ascii_alpha(int c){
  return (c>='a' && c<='z') || (c>='A' && c<='Z');
}

/* Tag id of the name z[0..n) (any case). */
static int tag_id(HtmlParser *p, const char *z, int n){
  char zLower[16];
  unsigned h = 0;
  int i, k;
  if( n<(int)sizeof(zLower) ){
    int e;
    lower_copy(zLower, sizeof(zLower), z, n);
    e = tag_lookup(zLower, n);
    if( e>=0 ) return e;
  }
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c>='A' && c<='Z' ) c += 32;
    h = h*31 + c;
  }
  for(k=0; k<512; k++){
    int slot = (h+k) & 511;
    int x = p->aUnkHash[slot];
    if( x==0 ){
      if( p->nUnk>=HT_MAX_UNKNOWN ) return HT_OTHER;
      p->aUnk[p->nUnk].z = z;
      p->aUnk[p->nUnk].n = n;
      p->aUnkHash[slot] = (short)(++p->nUnk);
      return HT_COUNT + p->nUnk - 1;
    }
    if( p->aUnk[x-1].n==n && sqlite3_strnicmp(p->aUnk[x-1].z, z, n)==0 ){
      return HT_COUNT + x - 1;
    }
  }
  return HT_OTHER;
}

/* Offset just past the '>' at or after i, or n. */
static int skip_to_gt(const char *z, int n, int i){
  const char *zGt = i<n ? memchr(z+i, '>', n-i) : 0;
  return zGt ? (int)(zGt-z)+1 : n;
}

/*
** The content of raw-text element zName starts at i: return the offset of
** its end tag "</name" (followed by space, '/' or '>'), or n.
*/
static int raw_text_end(const char *z, int n, int i, const char *zName){
  int nName = (int)strlen(zName);
  while( i<n ){
    const char *zLt = memchr(z+i, '<', n-i);
    int j;
    if( zLt==0 ) return n;
    j = (int)(zLt-z);
    if( j+2+nName<=n && z[j+1]=='/'
     && sqlite3_strnicmp(z+j+2, zName, nName)==0
     && (j+2+nName==n || is_html_space(z[j+2+nName]) || z[j+2+nName]=='/'
         || z[j+2+nName]=='>') ){
      return j;
    }
    i = j+1;
  }
  return n;
}

/*
** Other scripts: the state that pages hand to their JavaScript often
** carries the date under a key such as "publishedAt" or "created_at".
** Up to 8 such "key": "value" pairs are kept, at a low rank.
*/
static void script_dates(HtmlParser *p, const char *z, int n){
  int i = 0, nFound = 0;
  while( i<n && nFound<8 ){
    const char *zQ = memchr(z+i, '"', n-i);
    char zKey[40];
    int j, k;
    if( zQ==0 ) break;
    i = (int)(zQ-z)+1;
    for(j=i; j<n && j-i<(int)sizeof(zKey)-1 && z[j]!='"'; j++){}
    if( j>=n || z[j]!='"' || j==i ) continue;
    lower_copy(zKey, sizeof(zKey), z+i, j-i);
    k = j+1;
    while( k<n && (z[k]==' ' || z[k]=='\\') ) k++;
    if( k>=n || z[k]!=':' ) continue;
    k++;
    while( k<n && (z[k]==' ' || z[k]=='\\') ) k++;
    if( k>=n || z[k]!='"' ) continue;
    if( strcmp(zKey, "datepublished")==0 || strcmp(zKey, "publishdate")==0
     || strcmp(zKey, "publisheddate")==0 || strcmp(zKey, "published_at")==0
     || strcmp(zKey, "publishedat")==0 || strcmp(zKey, "publish_date")==0
     || strcmp(zKey, "published_date")==0 || strcmp(zKey, "createdat")==0
     || strcmp(zKey, "created_at")==0 || strcmp(zKey, "datecreated")==0
     || strcmp(zKey, "pubdate")==0 || strcmp(zKey, "first_published_at")==0
     || strcmp(zKey, "firstpublished")==0 ){
      const char *zEnd;
      k++;
      zEnd = memchr(z+k, '"', n-k);
      if( zEnd && zEnd-(z+k)<=40 ){
        cand_add(p, MK_PUBLISHED, 40, -1, z+k, (int)(zEnd-(z+k)));
        nFound++;
      }
    }
    i = j+1;
  }
}

/* Content of a raw-text element: title, JSON-LD or ignored. */
static void raw_text(HtmlParser *p, int eTag, const HtmlAttr *a, int nAttr,
                     const char *z, int n){
  int f = p->nOpen ? p->aOpen[p->nOpen-1].f : 0;
  if( f & OF_DROP ) return;
  if( eTag==HT_TITLE ){
    if( !p->bTitleSeen ){
      p->bTitleSeen = 1;
      cand_add(p, MK_TITLETAG, 1, -1, z, n);
    }
  }else if( eTag==HT_SCRIPT ){
    const HtmlAttr *pType = attr_find(a, nAttr, "type");
    char zType[64];
    zType[0] = 0;
    if( pType ) lower_copy(zType, sizeof(zType), pType->zVal, pType->nVal);
    if( strstr(zType, "ld+json") ) jsonld_scan(p, z, n);
    else script_dates(p, z, n);
  }
}

/* A start tag at z[i]=='<', z[i+1] a letter.  Returns the next offset. */
static int start_tag_token(HtmlParser *p, int i){
  const char *z = p->z;
  int n = p->n;
  HtmlAttr aAttr[HTML_MAX_ATTR];
  int nAttr = 0;
  int k = i+1, iName = k, eTag;
  while( k<n && !is_html_space(z[k]) && z[k]!='/' && z[k]!='>' ) k++;
  eTag = tag_id(p, z+iName, k-iName);
  for(;;){
    int iAttr, nAttrName;
    while( k<n && (is_html_space(z[k]) || z[k]=='/') ) k++;
    if( k>=n ) return n;                    /* EOF inside a tag: dropped */
    if( z[k]=='>' ){ k++; break; }
    iAttr = k;
    k++;                                    /* a name may start with '=' */
    while( k<n && !is_html_space(z[k]) && z[k]!='/' && z[k]!='>' && z[k]!='=' ) k++;
    nAttrName = k-iAttr;
    while( k<n && is_html_space(z[k]) ) k++;
    if( nAttr<HTML_MAX_ATTR ){
      aAttr[nAttr].zName = z+iAttr;
      aAttr[nAttr].nName = nAttrName;
      aAttr[nAttr].zVal = "";
      aAttr[nAttr].nVal = 0;
    }
    if( k<n && z[k]=='=' ){
      int iVal;
      k++;
      while( k<n && is_html_space(z[k]) ) k++;
      if( k<n && (z[k]=='"' || z[k]=='\'') ){
        const char *zEnd = memchr(z+k+1, z[k], n-k-1);
        if( zEnd==0 ) return n;             /* EOF inside a value */
        iVal = k+1;
        k = (int)(zEnd-z);
        if( nAttr<HTML_MAX_ATTR ){
          aAttr[nAttr].zVal = z+iVal;
          aAttr[nAttr].nVal = k-iVal;
        }
        k++;
      }else{
        iVal = k;
        while( k<n && !is_html_space(z[k]) && z[k]!='>' ) k++;
        if( nAttr<HTML_MAX_ATTR ){
          aAttr[nAttr].zVal = z+iVal;
          aAttr[nAttr].nVal = k-iVal;
        }
      }
    }
    if( nAttr<HTML_MAX_ATTR ) nAttr++;
  }
  if( tag_flags(eTag) & TF_RAW ){
    int iEnd = eTag==HT_PLAINTEXT ? n : raw_text_end(z, n, k, aTag[eTag].zName);
    if( p->aTop[HT_HEAD]>=0 && !is_head_content(eTag) ){
      pop_to(p, p->aTop[HT_HEAD]);
    }
    raw_text(p, eTag, aAttr, nAttr, z+k, iEnd-k);
    if( eTag==HT_TEXTAREA || eTag==HT_IFRAME || eTag==HT_XMP ) block_end(p);
    return iEnd<n ? skip_to_gt(z, n, iEnd+2) : n;
  }
  start_tag(p, eTag, aAttr, nAttr);
  return k;
}

/* Offset after the "-->" that ends a comment whose text starts at i, or n
** for a comment left open (as a browser does). */
static int comment_end(const char *z, int n, int i){
  while( i+2<n ){
    const char *zDash = memchr(z+i, '-', n-i-2);
    int j;
    if( zDash==0 ) break;
    j = (int)(zDash-z);
    if( z[j+1]=='-' && z[j+2]=='>' ) return j+3;
    i = j+1;
  }
  return n;
}

/* Markup at z[i]=='<'.  Returns the offset after it. */
static int markup_token(HtmlParser *p, int i){
  const char *z = p->z;
  int n = p->n;
  char c = i+1<n ? z[i+1] : 0;
  if( is_ascii_alpha((unsigned char)c) ){
    return start_tag_token(p, i);
  }
  if( c=='/' ){
    int k = i+2;
    if( k<n && is_ascii_alpha((unsigned char)z[k]) ){
      while( k<n && !is_html_space(z[k]) && z[k]!='/' && z[k]!='>' ) k++;
      end_tag(p, tag_id(p, z+i+2, k-i-2));
    }
    return skip_to_gt(z, n, k);
  }
  if( c=='!' ){
    if( i+3<n && z[i+2]=='-' && z[i+3]=='-' ){
      int k = i+4;
      if( k<n && z[k]=='>' ) return k+1;                     /* <!--> */
      if( k+1<n && z[k]=='-' && z[k+1]=='>' ) return k+2;    /* <!---> */
      return comment_end(z, n, k);
    }
    return skip_to_gt(z, n, i+2);
  }
  if( c=='?' ) return skip_to_gt(z, n, i+2);
  html_text(p, "<", 1);
  return i+1;
}

static void html_tokenize(HtmlParser *p){
  const char *z = p->z;
  int n = p->n;
  int i = 0;
  while( i<n && p->rc==SQLITE_OK ){
    const char *zLt = memchr(z+i, '<', n-i);
    int j = zLt ? (int)(zLt-z) : n;
    if( j>i ) html_text(p, z+i, j-i);
    if( j>=n ) break;
    i = markup_token(p, j);
  }
  pop_to(p, 0);
  block_end(p);
  if( p->text.rc ) p->rc = p->text.rc;
}

/*************************************************************************
** Boilerplate removal
*/

/* HtmlNode.flags */
#define NF_REMOVED   0x01   /* unlikely container, navigation, ... (inherited) */
#define NF_SELECTED  0x02   /* inside the chosen content (inherited) */
#define NF_CLEANED   0x04   /* removed by cleaning inside the content (inherited) */
#define NF_HEADING   0x08   /* inside h1..h6 (inherited) */
#define NF_ROOTSEL   0x10   /* a root of the chosen content */
#define NF_BODYPROP  0x20   /* inside itemprop=articleBody (inherited) */

/* Extraction passes, from strict to lenient (Readability's retries). */
#define XF_STRIP_UNLIKELY  0x01
#define XF_WEIGHT_CLASSES  0x02
#define XF_CLEAN           0x04

static int is_heading_tag(int eTag){
  return eTag>=HT_H1 && eTag<=HT_H6;
}

static double link_density(const HtmlNode *pNode){
  return pNode->nChar>0 ? (double)pNode->nLink/pNode->nChar : 0.0;
}

/* Subtree totals, subtree extents and the flags inherited from above. */
static void tree_aggregate(HtmlParser *p){
  int i;
  for(i=0; i<p->nNode; i++){
    p->aNode[i].iLast = i;
    p->aNode[i].iBlockFirst = p->aNode[i].iBlockLast = -1;
  }
  for(i=0; i<p->nBlock; i++){
    const HtmlBlock *b = &p->aBlock[i];
    HtmlNode *pNode = &p->aNode[b->iNode];
    if( pNode->iBlockFirst<0 ) pNode->iBlockFirst = i;
    pNode->iBlockLast = i;
    if( is_heading_tag(b->eTag) ) pNode->nHead += b->nChar;
    pNode->nChar += b->nChar;
    pNode->nLink += b->nLink;
    pNode->nComma += b->nComma;
    if( b->nChar>=25 ) pNode->nPara++;
  }
  for(i=p->nNode-1; i>0; i--){
    HtmlNode *c = &p->aNode[i];
    HtmlNode *up = &p->aNode[c->iParent];
    up->nChar += c->nChar;
    up->nLink += c->nLink;
    up->nComma += c->nComma;
    up->nPara += c->nPara;
    up->nImg += c->nImg;
    up->nInput += c->nInput;
    up->nLi += c->nLi + (c->eTag==HT_LI);
    up->nP += c->nP + (c->eTag==HT_P);
    up->nHead += c->nHead;
    up->nList += c->nList + ((c->eTag==HT_UL || c->eTag==HT_OL) ? c->nChar : 0);
    if( c->iLast>up->iLast ) up->iLast = c->iLast;
    if( c->iBlockFirst>=0 ){
      if( up->iBlockFirst<0 || c->iBlockFirst<up->iBlockFirst ){
        up->iBlockFirst = c->iBlockFirst;
      }
      if( c->iBlockLast>up->iBlockLast ) up->iBlockLast = c->iBlockLast;
    }
  }
}

static void tree_flags(HtmlParser *p, int xf){
  int i;
  for(i=0; i<p->nNode; i++){
    HtmlNode *pNode = &p->aNode[i];
    int f = i>0 ? p->aNode[pNode->iParent].flags & (NF_REMOVED|NF_HEADING|NF_BODYPROP) : 0;
    if( (xf & XF_STRIP_UNLIKELY) && (pNode->hint & HINT_UNLIKELY) ) f |= NF_REMOVED;
    if( tag_flags(pNode->eTag) & TF_NEGTAG ) f |= NF_REMOVED;
    if( is_heading_tag(pNode->eTag) ) f |= NF_HEADING;
    if( pNode->hint & HINT_BODYPROP ) f |= NF_BODYPROP;
    pNode->flags = f;
    pNode->score = 0;
    pNode->bScored = 0;
  }
}

static void score_init(HtmlNode *pNode, int xf){
  double s = 0;
  switch( pNode->eTag ){
    case HT_DIV: s = 5; break;
    case HT_PRE: case HT_TD: case HT_BLOCKQUOTE: s = 3; break;
    case HT_ADDRESS: case HT_OL: case HT_UL: case HT_DL: case HT_DD:
    case HT_DT: case HT_LI: case HT_FORM: s = -3; break;
    case HT_H1: case HT_H2: case HT_H3: case HT_H4: case HT_H5: case HT_H6:
    case HT_TH: s = -5; break;
  }
  if( xf & XF_WEIGHT_CLASSES ) s += pNode->weight;
  pNode->score = s;
  pNode->bScored = 1;
}

/* Readability's scoring: each paragraph scores its ancestors. Returns the
** best node, or 0 (the document). */
static int score_candidates(HtmlParser *p, int xf){
  int i, iTop = 0;
  double best = -1e30;
  for(i=0; i<p->nBlock; i++){
    const HtmlBlock *b = &p->aBlock[i];
    const HtmlNode *pPara = &p->aNode[b->iNode];
    double s;
    int iUp, level;
    if( pPara->flags & (NF_REMOVED|NF_HEADING) ) continue;
    if( b->nChar<25 || b->nLink*2>b->nChar ) continue;
    if( b->eTag==HT_LI || b->eTag==HT_DT || b->eTag==HT_DD
     || b->eTag==HT_FIGCAPTION || b->eTag==HT_CAPTION ) continue;
    s = 1 + b->nComma + (b->nChar/100 < 3 ? b->nChar/100 : 3);
    iUp = b->iNode;
    if( iUp==0 ) continue;
    iUp = pPara->iParent;
    for(level=0; level<5 && iUp>0; level++){
      HtmlNode *pUp = &p->aNode[iUp];
      if( !pUp->bScored ) score_init(pUp, xf);
      pUp->score += level==0 ? s : level==1 ? s/2 : s/(level*3);
      iUp = pUp->iParent;
    }
  }
  for(i=1; i<p->nNode; i++){
    HtmlNode *pNode = &p->aNode[i];
    if( !pNode->bScored ) continue;
    pNode->score *= 1.0 - link_density(pNode);
    if( pNode->score>best ){ best = pNode->score; iTop = i; }
  }
  if( iTop==0 ) return 0;
  /* A parent that scores higher than the child it contains is better. */
  {
    double lastScore = p->aNode[iTop].score;
    double threshold = lastScore/3;
    int iUp = p->aNode[iTop].iParent;
    while( iUp>0 && p->aNode[iUp].eTag!=HT_BODY ){
      HtmlNode *pUp = &p->aNode[iUp];
      if( pUp->bScored ){
        if( pUp->score<threshold ) break;
        if( pUp->score>lastScore ){ iTop = iUp; break; }
        lastScore = pUp->score;
      }
      iUp = pUp->iParent;
    }
  }
  /* The only child carrying text: use its parent. */
  for(;;){
    int iUp = p->aNode[iTop].iParent;
    if( iUp<=0 || p->aNode[iUp].eTag==HT_BODY ) break;
    if( p->aNode[iUp].nChar!=p->aNode[iTop].nChar ) break;
    iTop = iUp;
  }
  return iTop;
}

/* The last block of node iNode's subtree ends a sentence. */
static int node_ends_sentence(HtmlParser *p, int iNode){
  const HtmlBlock *b;
  int k;
  if( p->aNode[iNode].iBlockLast<0 ) return 0;
  b = &p->aBlock[p->aNode[iNode].iBlockLast];
  k = b->iEnd;
  return k>b->iStart && (p->text.z[k-1]=='.' || p->text.z[k-1]=='!'
                         || p->text.z[k-1]=='?');
}

/* Mark iTop and its siblings that look like part of the same content. */
static void select_content(HtmlParser *p, int iTop){
  int iParent = p->aNode[iTop].iParent;
  double threshold;
  int j;
  p->aNode[iTop].flags |= NF_ROOTSEL;
  if( iTop==0 || iParent<0 ) return;
  threshold = p->aNode[iTop].score*0.2;
  if( threshold<10 ) threshold = 10;
  for(j=iParent+1; j<=p->aNode[iParent].iLast; j=p->aNode[j].iLast+1){
    HtmlNode *s = &p->aNode[j];
    int bAppend = 0;
    if( j==iTop || (s->flags & NF_REMOVED) ) continue;
    if( s->bScored && s->score>=threshold ){
      bAppend = 1;
    }else if( s->eTag==HT_P ){
      double ld = link_density(s);
      if( s->nChar>80 && ld<0.25 ){
        bAppend = 1;
      }else if( s->nChar<80 && s->nChar>0 && ld==0 && node_ends_sentence(p, j) ){
        bAppend = 1;
      }
    }
    if( bAppend ) s->flags |= NF_ROOTSEL;
  }
}

/* Readability's conditional cleaning of a container inside the content. */
static int clean_conditionally(HtmlParser *p, int i, int xf){
  const HtmlNode *x = &p->aNode[i];
  int weight = (xf & XF_WEIGHT_CLASSES) ? x->weight : 0;
  int bList, nP, nLi;
  double ld, headDensity;
  switch( x->eTag ){
    case HT_FORM: case HT_FIELDSET: case HT_TABLE: case HT_UL: case HT_DIV:
    case HT_SECTION: case HT_OL:
      break;
    default:
      if( x->eTag<HT_COUNT ) return 0;     /* unknown elements are div-like */
  }
  if( weight<0 ) return 1;
  if( x->nComma>=10 ) return 0;
  bList = x->eTag==HT_UL || x->eTag==HT_OL
       || (x->nChar>0 && x->nList>0.9*x->nChar);
  nP = x->nP;
  nLi = x->nLi - 100;
  ld = link_density(x);
  headDensity = x->nChar>0 ? (double)x->nHead/x->nChar : 0;
  if( x->nImg>1 && nP*2<x->nImg ) return 1;
  if( !bList && nLi>nP ) return 1;
  if( x->nInput>nP/3 ) return 1;
  if( !bList && headDensity<0.9 && x->nChar<25 && (x->nImg==0 || x->nImg>2) ){
    return 1;
  }
  if( !bList && weight<25 && ld>0.2 ) return 1;
  if( weight>=25 && ld>0.5 ) return 1;
  return 0;
}

/* Inherit the selection down the tree and clean inside it. */
static void clean_content(HtmlParser *p, int xf){
  int i;
  for(i=0; i<p->nNode; i++){
    HtmlNode *x = &p->aNode[i];
    int fUp = i>0 ? p->aNode[x->iParent].flags : 0;
    if( (fUp & NF_SELECTED) || (x->flags & NF_ROOTSEL) ) x->flags |= NF_SELECTED;
    if( !(x->flags & NF_SELECTED) ) continue;
    if( fUp & NF_CLEANED ){ x->flags |= NF_CLEANED; continue; }
    if( (x->hint & HINT_SHARE) && x->nChar<500 ){ x->flags |= NF_CLEANED; continue; }
    if( (x->hint & (HINT_BYLINE|HINT_DATE)) && x->nChar<200 && x->nComma<3
     && !(x->hint & HINT_POS) ){
      x->flags |= NF_CLEANED;               /* "By Jane Roe, 4 March 2025" */
      continue;
    }
    if( is_heading_tag(x->eTag) && (xf & XF_WEIGHT_CLASSES) && x->weight<0 ){
      x->flags |= NF_CLEANED;
      continue;
    }
    if( (xf & XF_CLEAN) && clean_conditionally(p, i, xf) ) x->flags |= NF_CLEANED;
  }
}

/* Case-insensitive ASCII equality of two texts, white space ignored. */
static int same_text(const char *a, int na, const char *b, int nb){
  int i = 0, j = 0;
  for(;;){
    while( i<na && (a[i]==' ' || a[i]=='\n') ) i++;
    while( j<nb && (b[j]==' ' || b[j]=='\n') ) j++;
    if( i>=na || j>=nb ) return i>=na && j>=nb;
    if( sqlite3_strnicmp(a+i, b+j, 1)!=0 ) return 0;
    i++; j++;
  }
}

/* Append the kept blocks to pBody; returns the characters kept. */
static int collect_body(HtmlParser *p, NewsBuf *pBody, const char *zTitle,
                        int nTitle){
  int i, nKept = 0;
  for(i=0; i<p->nBlock; i++){
    const HtmlBlock *b = &p->aBlock[i];
    const HtmlNode *x = &p->aNode[b->iNode];
    const char *z = p->text.z + b->iStart;
    int n = b->iEnd - b->iStart;
    if( !(x->flags & NF_SELECTED) || (x->flags & (NF_REMOVED|NF_CLEANED)) ){
      continue;
    }
    if( (x->flags & NF_HEADING) && nTitle>0 && same_text(z, n, zTitle, nTitle) ){
      continue;
    }
    if( pBody->n>0 ) news_buf_append(pBody, "\n\n", 2);
    news_buf_append(pBody, z, n);
    nKept += b->nChar;
  }
  return nKept;
}

static void extract_body(HtmlParser *p, NewsBuf *pBody, const char *zTitle,
                         int nTitle){
  static const int aPass[] = {
    XF_STRIP_UNLIKELY|XF_WEIGHT_CLASSES|XF_CLEAN,
    XF_WEIGHT_CLASSES|XF_CLEAN,
    XF_CLEAN,
    0
  };
  NewsBuf best;
  int nBest = -1, k;
  news_buf_init(&best);
  tree_aggregate(p);
  for(k=0; k<(int)(sizeof(aPass)/sizeof(aPass[0])); k++){
    int iTop, nKept;
    tree_flags(p, aPass[k]);
    iTop = score_candidates(p, aPass[k]);
    select_content(p, iTop);
    clean_content(p, aPass[k]);
    news_buf_reset(pBody);
    nKept = collect_body(p, pBody, zTitle, nTitle);
    if( nKept>=500 ){ nBest = -1; break; }
    if( nKept>nBest ){
      nBest = nKept;
      news_buf_reset(&best);
      news_buf_append(&best, pBody->z, pBody->n);
    }
  }
  if( nBest>=0 ){
    news_buf_reset(pBody);
    news_buf_append(pBody, best.z, best.n);
  }
  if( best.rc ) p->rc = best.rc;
  news_buf_free(&best);
}

/*************************************************************************
** Metadata
*/

/* Best candidate of a kind (lowest rank, then first), or NULL. */
static const HtmlCand *cand_best(HtmlParser *p, int eKind){
  const HtmlCand *pBest = 0;
  int i;
  for(i=0; i<p->nCand; i++){
    const HtmlCand *c = &p->aCand[i];
    if( c->eKind==eKind && (pBest==0 || c->rank<pBest->rank) ) pBest = c;
  }
  return pBest;
}

static const char *cand_text(HtmlParser *p, const HtmlCand *c){
  return p->pool.z + c->iOff;
}

/* Separators between a headline and the site name in <title>. */
static const char *const azTitleSep[] = {
  " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: ", " \xc2\xb7 ",
  " \xc2\xbb ", " / ", " \xe2\x80\xa2 ", 0
};

/* Offset of the last title separator in z, its length in *pnSep; -1. */
static int title_last_sep(const char *z, int n, int *pnSep){
  int i, k, iBest = -1;
  for(k=0; azTitleSep[k]; k++){
    int nSep = (int)strlen(azTitleSep[k]);
    for(i=n-nSep; i>0; i--){
      if( memcmp(z+i, azTitleSep[k], nSep)==0 ){
        if( i>iBest ){ iBest = i; *pnSep = nSep; }
        break;
      }
    }
  }
  return iBest;
}

static int word_count(const char *z, int n){
  int i, nWord = 0, bIn = 0;
  for(i=0; i<n; i++){
    int bSpace = z[i]==' ';
    if( !bSpace && !bIn ) nWord++;
    bIn = !bSpace;
  }
  return nWord;
}

/*
** The headline without the site name: "Storm hits coast | The Daily" ->
** "Storm hits coast".  A trailing part is dropped when it names the site
** or is short (at most 4 words) next to a longer headline; a leading part
** only when it names the site.  Sets piStart, pnLen to the headline and
** piSite, pnSite to the part dropped (0 if none).
*/
static void title_strip_site(const char *z, int n, const char *zSite,
                             int nSite, int *piStart, int *pnLen,
                             int *piSite, int *pnSite){
  int nSep = 0, k;
  int i = title_last_sep(z, n, &nSep);
  *piStart = 0;
  *pnLen = n;
  *piSite = *pnSite = 0;
  if( i>0 ){
    const char *zTail = z+i+nSep;
    int nTail = n-i-nSep;
    if( (nSite>0 && same_text(zTail, nTail, zSite, nSite))
     || (word_count(zTail, nTail)<=4 && word_count(z, i)>=3) ){
      *piSite = i+nSep;
      *pnSite = nTail;
      *pnLen = i;
      return;
    }
  }
  for(k=0; nSite>0 && azTitleSep[k]; k++){
    int m = (int)strlen(azTitleSep[k]);
    if( n>nSite+m && same_text(z, nSite, zSite, nSite)
     && memcmp(z+nSite, azTitleSep[k], m)==0 ){
      *piStart = nSite+m;
      *pnLen = n-nSite-m;
      *pnSite = nSite;
      return;
    }
  }
}

/* Digits at z[i..n), at most nMax; their value in *pv; returns the count. */
static int url_digits(const char *z, int n, int i, int nMax, int *pv){
  int k = 0, v = 0;
  while( i+k<n && k<nMax && z[i+k]>='0' && z[i+k]<='9' ){
    v = v*10 + (z[i+k]-'0');
    k++;
  }
  *pv = v;
  return k;
}

/* Year, month and day from a URL path: /2019/11/20/, /2019/7/2/,
** /2019-11-20-, /20191120. */
static int url_date(const char *z, int n, char *zOut){
  int i;
  for(i=0; i+8<=n; i++){
    int y, m, d, k, nM, nD;
    if( (i>0 && z[i-1]>='0' && z[i-1]<='9') || url_digits(z, n, i, 4, &y)!=4 ){
      continue;
    }
    if( y<1990 || y>2099 ) continue;
    k = i+4;
    if( z[k]=='/' || z[k]=='-' || z[k]=='_' ){
      char cSep = z[k];
      nM = url_digits(z, n, k+1, 2, &m);
      if( nM==0 || k+1+nM>=n || z[k+1+nM]!=cSep ) continue;
      nD = url_digits(z, n, k+2+nM, 2, &d);
      if( nD==0 ) continue;
      k += 2+nM+nD;
    }else{
      if( url_digits(z, n, k, 4, &m)!=4 ) continue;
      d = m%100;
      m = m/100;
      k += 4;
    }
    if( k<n && z[k]>='0' && z[k]<='9' ) continue;
    if( m>=1 && m<=12 && d>=1 && d<=31 ){
      char zIso[16];
      sqlite3_snprintf(sizeof(zIso), zIso, "%04d-%02d-%02d", y, m, d);
      if( news_article_date_value(0, zIso, 10, zOut) ) return 1;
    }
  }
  return 0;
}

/* First and last block of the chosen content, or -1. */
static void content_blocks(HtmlParser *p, int *piFirst, int *piLast){
  int i;
  *piFirst = *piLast = -1;
  for(i=0; i<p->nBlock; i++){
    if( p->aNode[p->aBlock[i].iNode].flags & NF_SELECTED ){
      if( *piFirst<0 ) *piFirst = i;
      *piLast = i;
    }
  }
}

/* Is node iNode's text in the content or just before it (headline,
** byline)?  Dates elsewhere on the page belong to other articles. */
static int near_content(HtmlParser *p, int iNode, int iFirst, int iLast){
  int b;
  if( iNode<0 || iFirst<0 ) return 1;
  b = p->aNode[iNode].iBlockFirst;
  return b>=0 && b>=iFirst-15 && b<=iLast;
}

/* Publication (eKind MK_PUBLISHED) or update date: the most trusted
** candidate that parses, then dates shown in the page's text. */
static int resolve_date(HtmlParser *p, const NewsArticle *pArt, int eKind,
                        int bNear, char *zOut, const HtmlCand **ppCand){
  int rank, i, iFirst, iLast;
  content_blocks(p, &iFirst, &iLast);
  for(rank=0; rank<64; rank++){
    for(i=0; i<p->nCand; i++){
      const HtmlCand *c = &p->aCand[i];
      if( c->rank!=rank || near_content(p, c->iNode, iFirst, iLast)!=bNear ){
        continue;
      }
      if( c->eKind==eKind ){
        if( news_article_date_value(pArt, cand_text(p, c), c->nLen, zOut) ){
          if( ppCand ) *ppCand = c;
          return 1;
        }
      }else if( c->eKind==MK_DATETEXT && eKind==MK_PUBLISHED ){
        if( news_article_date_published(pArt, cand_text(p, c), c->nLen, 0,
                                        zOut, 0, 0) ){
          if( ppCand ) *ppCand = c;
          return 1;
        }
      }
    }
  }
  return 0;
}

/* Bytes of a block, and of all blocks of a zone, read for a date. */
#define HTML_DATE_SCAN        512
#define HTML_DATE_SCAN_ZONE   (256*1024)

/* A publication date in block i's text (see news_article_date_published). */
static int block_date(HtmlParser *p, const NewsArticle *pArt, int i,
                      int bNeedCue, char *zOut){
  const HtmlBlock *b = &p->aBlock[i];
  int n = b->iEnd - b->iStart;
  if( n>HTML_DATE_SCAN ) n = HTML_DATE_SCAN;     /* bylines are short */
  if( bNeedCue<0 ){
    return news_article_date_find(pArt, p->text.z+b->iStart, n, zOut, 0, 0);
  }
  return news_article_date_published(pArt, p->text.z+b->iStart, n, bNeedCue,
                                     zOut, 0, 0);
}

/* The first date in the 15 blocks before the content and its first two
** blocks: the headline and byline area. */
static int header_date(HtmlParser *p, const NewsArticle *pArt, char *zOut){
  int i, iFirst, iLast;
  content_blocks(p, &iFirst, &iLast);
  for(i=iFirst>15 ? iFirst-15 : 0; iFirst>=0 && i<=iFirst+1 && i<p->nBlock; i++){
    if( block_date(p, pArt, i, 0, zOut) ) return 1;
  }
  return 0;
}

/* A date after a publication cue ("Published", "Posted") in the content
** or the 15 blocks before it. */
static int cued_date(HtmlParser *p, const NewsArticle *pArt, char *zOut){
  int i, iFirst, iLast;
  content_blocks(p, &iFirst, &iLast);
  for(i=iFirst>15 ? iFirst-15 : 0; iFirst>=0 && i<=iLast && i<p->nBlock; i++){
    if( block_date(p, pArt, i, 1, zOut) ) return 1;
  }
  return 0;
}

/*
** A date shown in the page's text, when the metadata has none.  eZone 0:
** the 15 blocks before the content (headline, byline) and the content;
** 1: elsewhere outside navigation and footers; 2: in them.  A date after
** "Published" or "Posted" is taken first, a date after "Updated" only if
** the content shows no other date.  The first 512 bytes of a block, and
** at most 256 KB or 4096 blocks of a zone, are read.
*/
static int text_date(HtmlParser *p, const NewsArticle *pArt, int eZone,
                     char *zOut){
  int i, iFirst, iLast, bCue;
  content_blocks(p, &iFirst, &iLast);
  for(bCue=1; bCue>=(eZone==0 ? -1 : 0); bCue--){
    int nScan = 0;
    int nRead = 0;
    for(i=0; i<p->nBlock && nScan<HTML_DATE_SCAN_ZONE && nRead<4096; i++){
      const HtmlBlock *b = &p->aBlock[i];
      int bNear = iFirst>=0 && i>=iFirst-15 && i<=iLast;
      int bRemoved = (p->aNode[b->iNode].flags & NF_REMOVED)!=0;
      int eBlockZone = bNear ? 0 : bRemoved ? 2 : 1;
      if( eBlockZone!=eZone ) continue;
      nScan += b->iEnd-b->iStart<HTML_DATE_SCAN ? b->iEnd-b->iStart : HTML_DATE_SCAN;
      nRead++;
      if( block_date(p, pArt, i, bCue, zOut) ) return 1;
    }
  }
  return 0;
}

/* "en_US" -> "en-US"; anything that is not a language tag is dropped. */
static void set_language(NewsBuf *pOut, const char *z, int n){
  int i;
  while( n>0 && z[0]==' ' ){ z++; n--; }
  for(i=0; i<n && i<35; i++){
    char c = z[i];
    if( c==',' || c==';' || c==' ' ) break;
    if( !is_alnum_ascii((unsigned char)c) && c!='-' && c!='_' ) return;
  }
  n = i;
  if( n<2 ) return;
  news_buf_reset(pOut);
  for(i=0; i<n; i++){
    char c = z[i]=='_' ? '-' : z[i];
    news_buf_appendc(pOut, c);
  }
}

static void resolve_metadata(HtmlParser *p, NewsArticle *pArt){
  const HtmlCand *c;
  const char *zSite = 0;
  int nSite = 0;

  if( (c = cand_best(p, MK_SITE))!=0 ){
    zSite = cand_text(p, c);
    nSite = c->nLen;
    news_article_set_clean(&pArt->source, zSite, nSite);
  }

  /* Title: og:title and JSON-LD, else <h1>, else <title>; no site name. */
  c = cand_best(p, MK_TITLE);
  if( c==0 ) c = cand_best(p, MK_H1);
  if( c==0 ) c = cand_best(p, MK_TITLETAG);
  if( c ){
    const char *z = cand_text(p, c);
    int iStart, nLen, iSite, nSiteTail;
    title_strip_site(z, c->nLen, zSite, nSite, &iStart, &nLen, &iSite,
                     &nSiteTail);
    news_article_set_clean(&pArt->title, z+iStart, nLen);
    if( pArt->source.n==0 && nSiteTail>0 && c->eKind==MK_TITLETAG ){
      news_article_set_clean(&pArt->source, z+iSite, nSiteTail);
    }
  }
  if( pArt->source.n==0 && (c = cand_best(p, MK_TITLETAG))!=0 ){
    int nSep = 0;
    const char *z = cand_text(p, c);
    int i = title_last_sep(z, c->nLen, &nSep);
    if( i>0 && word_count(z+i+nSep, c->nLen-i-nSep)<=4 ){
      news_article_set_clean(&pArt->source, z+i+nSep, c->nLen-i-nSep);
    }
  }

  if( (c = cand_best(p, MK_AUTHOR))!=0 ){
    const char *z = cand_text(p, c);
    int n = c->nLen;
    if( n>3 && sqlite3_strnicmp(z, "by ", 3)==0 ){ z += 3; n -= 3; }
    if( !(n>4 && sqlite3_strnicmp(z, "http", 4)==0) ){
      news_article_set_clean(&pArt->author, z, n);
    }
  }
  if( (c = cand_best(p, MK_SECTION))!=0 ){
    news_article_set_clean(&pArt->section, cand_text(p, c), c->nLen);
  }
  if( (c = cand_best(p, MK_URL))!=0 ){
    const char *z = cand_text(p, c);
    if( c->nLen>4 && sqlite3_strnicmp(z, "http", 4)==0 ){
      news_article_set_clean(&pArt->url, z, c->nLen);
    }
  }
  if( (c = cand_best(p, MK_LANG))!=0 ){
    set_language(&pArt->language, cand_text(p, c), c->nLen);
  }
}

/* Dates, once the language is known. */
/* Days since 1970-01-01 of the YYYY-MM-DD that starts z. */
static int iso_day_number(const char *z){
  int y = (z[0]-'0')*1000 + (z[1]-'0')*100 + (z[2]-'0')*10 + (z[3]-'0');
  int m = (z[5]-'0')*10 + (z[6]-'0');
  int d = (z[8]-'0')*10 + (z[9]-'0');
  int era, yoe, doy, doe;
  y -= m<=2;
  era = y/400;
  yoe = y - era*400;
  doy = (153*(m + (m>2 ? -3 : 9)) + 2)/5 + d-1;
  doe = yoe*365 + yoe/4 - yoe/100 + doy;
  return era*146097 + doe - 719468;
}

/* Does a date-time string give its time in UTC ("Z", "+00:00")? */
static int is_utc_time(const char *z, int n){
  while( n>0 && (z[n-1]==' ' || z[n-1]=='"') ) n--;
  if( n>=1 && (z[n-1]=='Z' || z[n-1]=='z') && n>=11 && z[10]=='T' ) return 1;
  if( n>=6 && (memcmp(z+n-6, "+00:00", 6)==0 || memcmp(z+n-6, "-00:00", 6)==0) ){
    return 1;
  }
  return n>=5 && memcmp(z+n-5, "+0000", 5)==0;
}

/*
** Dates, once the language is known.  Publication: the metadata and
** dated elements near the content, then a date shown near the content,
** then the same elsewhere on the page.  A date in the canonical URL
** (/2019/11/20/) is the local day of publication: it wins over metadata
** that gives another day, unless that is the next or previous day in
** local time (a URL made from a UTC date).
*/
static void resolve_dates(HtmlParser *p, NewsArticle *pArt){
  char zDate[NEWS_ARTICLE_DATE_MAX], zUrl[NEWS_ARTICLE_DATE_MAX];
  char zHead[NEWS_ARTICLE_DATE_MAX], zUpd[NEWS_ARTICLE_DATE_MAX];
  const HtmlCand *pCand = 0;
  int bUrl = pArt->url.n>0 && url_date(pArt->url.z, (int)pArt->url.n, zUrl);
  int bMeta = resolve_date(p, pArt, MK_PUBLISHED, 1, zDate, &pCand);
  int bUpd = resolve_date(p, pArt, MK_UPDATED, 1, zUpd, 0)
          || resolve_date(p, pArt, MK_UPDATED, 0, zUpd, 0);
  if( bUrl && bMeta && memcmp(zUrl, zDate, 10)!=0 ){
    int nDiff = iso_day_number(zDate) - iso_day_number(zUrl);
    if( nDiff<-1 || nDiff>1 || (pCand
     && is_utc_time(cand_text(p, pCand), pCand->nLen)) ){
      bMeta = 0;
    }
  }else if( !bUrl && bMeta && pCand->rank>=18
         && cued_date(p, pArt, zHead) && memcmp(zHead, zDate, 10)!=0 ){
    /* "Published on ..." near the content beats a <time> or a dated
    ** element that does not say what its date is */
    memcpy(zDate, zHead, sizeof(zHead));
  }else if( !bUrl && bMeta && pCand->eKind==MK_PUBLISHED
         && header_date(p, pArt, zHead) && memcmp(zHead, zDate, 10)!=0 ){
    /* The date printed under the headline wins over weak metadata, over
    ** metadata in UTC that falls on another day, and when it is the date
    ** of the last update (what readers see as the article's date). */
    int nDiff = iso_day_number(zDate) - iso_day_number(zHead);
    if( (pCand->rank>=13 && pCand->rank<=16)
     || (bUpd && memcmp(zHead, zUpd, 10)==0)
     || ((nDiff==1 || nDiff==-1) && is_utc_time(cand_text(p, pCand), pCand->nLen)) ){
      memcpy(zDate, zHead, sizeof(zHead));
    }
  }
  if( bMeta
   || (bUrl && memcpy(zDate, zUrl, sizeof(zUrl)))
   || text_date(p, pArt, 0, zDate)
   || resolve_date(p, pArt, MK_PUBLISHED, 0, zDate, 0)
   || text_date(p, pArt, 1, zDate)
   || text_date(p, pArt, 2, zDate)
   || resolve_date(p, pArt, MK_LINKDATE, 0, zDate, 0)
   || resolve_date(p, pArt, MK_LINKDATE, 1, zDate, 0) ){
    news_article_set(&pArt->published, zDate, (int)strlen(zDate));
  }
  if( bUpd ) news_article_set(&pArt->updated, zUpd, (int)strlen(zUpd));
}

/*************************************************************************
** Entry point
*/

int news_html_parse(const char *z, int n, NewsArticle *pArt){
  HtmlParser *p;
  int rc, i;
  p = sqlite3_malloc64(sizeof(HtmlParser));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->z = z;
  p->n = n;
  for(i=0; i<HT_ALL; i++) p->aTop[i] = -1;
  news_buf_init(&p->text);
  news_buf_init(&p->pool);
  text_init(&p->cur, &p->text, 0);
  node_new(p, -1, HT_HTML, 0, 0);           /* node 0: the document */
  pArt->eFormat = NEWS_ARTICLE_HTML;
  if( p->rc==SQLITE_OK ) html_tokenize(p);
  if( p->rc==SQLITE_OK ){
    resolve_metadata(p, pArt);
    extract_body(p, &pArt->body, pArt->title.z, (int)pArt->title.n);
    news_article_guess_language(pArt);
    resolve_dates(p, pArt);
  }
  rc = p->rc;
  if( rc==SQLITE_OK ) rc = p->pool.rc;
  sqlite3_free(p->aOpen);
  sqlite3_free(p->aNode);
  sqlite3_free(p->aBlock);
  sqlite3_free(p->aCand);
  news_buf_free(&p->text);
  news_buf_free(&p->pool);
  sqlite3_free(p);
  return rc;
}
