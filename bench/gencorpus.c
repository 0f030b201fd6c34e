/* gencorpus: the deterministic corpus generator behind `make bench`.
 *
 * Why: resc's speed targets are stated for one typical resolution (~12 KB) and for corpora
 * of 1, 10 and 50 MB, and nothing in the repository is that large. This program writes
 * realistic resolutions in the resc markup (header with revised number/history/assembly
 * lines, preamble and operative sections, lettered and numbered clauses, sub-clauses,
 * footnotes, {#id}/{ref id} references, inline and block revision marks that make resc
 * reletter, occasional proposals, annexes, comments and explicit labels) and the same
 * content as pandoc Markdown (tracked changes as .insertion/.deletion spans), so that the
 * bench can compare resc with pandoc on equal text.
 *
 * Every file it writes checks clean (`resc check` prints nothing): the punctuation of every
 * clause is computed in both the old and the new text, references point at kept clauses,
 * ids and footnotes are unique across the file, every footnote is used.
 *
 * Output is a pure function of the options (own PRNG, no clock, no locale); memory is one
 * resolution at a time, so time is linear in the size asked for.
 *
 * Usage: gencorpus (-n COUNT | -b BYTES) [-s SEED] OUT.resc OUT.md
 *   -n COUNT  write COUNT resolutions (COUNT 1: one ~12 KB resolution)
 *   -b BYTES  write resolutions (8-16 KB each) until the .resc file holds BYTES bytes
 * Prints "resolutions=N bytes=B md_bytes=M" on standard output.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------- small utilities ---------- */

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) {
    fputs("gencorpus: out of memory\n", stderr);
    exit(2);
  }
  return q;
}

struct buf {
  char *p;
  size_t n, cap;
};

static void bput(struct buf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + n + 1) cap *= 2;
    b->p = xrealloc(b->p, cap);
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
}

static void bputs(struct buf *b, const char *s) { bput(b, s, strlen(s)); }

static void bprintf(struct buf *b, const char *fmt, ...) {
  char tmp[1024];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n >= sizeof tmp) n = sizeof tmp - 1;
  bput(b, tmp, (size_t)n);
}

static void bfree(struct buf *b) {
  free(b->p);
  b->p = NULL;
  b->n = b->cap = 0;
}

/* splitmix64: small, fast, and the same everywhere. */
static uint64_t rng_state;

static uint64_t rnd64(void) {
  uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/* An integer in [lo, hi]. */
static int rint_(int lo, int hi) { return lo + (int)(rnd64() % (uint64_t)(hi - lo + 1)); }

/* True with probability PCT percent. */
static int chance(int pct) { return (int)(rnd64() % 100) < pct; }

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))
#define PICK(a) ((a)[rint_(0, N(a) - 1)])

/* ---------- vocabulary (ITU usage) ---------- */

static const char *const topics[] = {
    "the Internet of Things (IoT) and smart sustainable cities and communities",
    "international mobile telecommunications (IMT) for 2030 and beyond",
    "conformance and interoperability testing",
    "bridging the standardization gap between developing and developed countries",
    "building confidence and security in the use of information and communication "
    "technologies (ICTs)",
    "emergency telecommunications and disaster risk reduction",
    "the accessibility of telecommunications/ICTs for persons with disabilities and persons "
    "with specific needs",
    "the protection of personally identifiable information",
    "international telecommunication numbering, naming, addressing and identification "
    "resources",
    "quantum information technologies for networks",
    "artificial intelligence and machine learning in future networks",
    "the energy efficiency of ICT equipment and the circular economy",
    "digital financial services and financial inclusion",
    "combating counterfeit and stolen telecommunication/ICT devices",
    "the use of open source in the ITU Telecommunication Standardization Sector (ITU‑T)",
    "e-health and the use of telecommunications for telemedicine",
    "intelligent transport systems and connected automated vehicles",
    "the digital transformation of cities and communities",
    "human exposure to and measurement of electromagnetic fields",
    "the deployment of IPv6 and the transition from IPv4",
    "capacity building in cybersecurity",
    "universal, meaningful and affordable connectivity",
    "international Internet connectivity charges",
    "broadband access in rural and remote areas",
    "distributed ledger technologies and their applications",
    "child online protection",
    "environmental sustainability and adaptation to climate change",
    "the quality of service and quality of experience of telecommunication services",
    "the misappropriation and misuse of numbering resources",
    "telecommunication/ICT infrastructure for the digital economy",
    "digital twins of networks and of cities",
    "the security of software-defined networking and network function virtualization",
    "spam and malicious software",
    "the management of electronic waste",
    "multimedia services over next-generation networks",
};

static const char *const actors[] = {
    "Member States",
    "Sector Members",
    "ITU‑T study groups",
    "regional telecommunication organizations",
    "standards-development organizations (SDOs)",
    "academia and research institutions",
    "developing countries",
    "industry forums and consortia",
    "the three Sectors of the Union",
    "the Telecommunication Standardization Bureau (TSB)",
    "national regulatory authorities",
    "operating agencies",
};

static const char *const goals[] = {
    "global development",
    "the achievement of the Sustainable Development Goals",
    "bridging the digital divide",
    "the economic and social development of all countries",
    "building an inclusive information society",
    "the implementation of the Connect 2030 Agenda",
    "the benefit of developing countries",
    "a globally connected world",
};

static const char *const needs[] = {
    "close cooperation among all stakeholders",
    "internationally agreed standards",
    "guidelines and best practices",
    "technical assistance and capacity building",
    "harmonized approaches at the regional and international levels",
    "the exchange of information and experience",
    "adequate financial and human resources",
    "coordinated studies across the three Sectors",
};

static const char *const verbs[] = {
    "develop ITU‑T Recommendations on",
    "continue its studies on",
    "promote the use of international standards on",
    "support the work on",
    "organize workshops and seminars on",
    "identify best practices and develop guidelines on",
    "assist developing countries in matters relating to",
    "encourage the participation of developing countries in the work on",
    "report annually to the Council on the progress made in the studies on",
    "strengthen cooperation with other organizations on",
    "raise awareness of",
    "take the necessary measures to facilitate",
};

static const char *const considerations[] = {
    "the needs of developing countries",
    "the work of other relevant organizations",
    "the results of the studies carried out under this resolution",
    "the available financial resources",
    "the relevant studies of the ITU Radiocommunication Sector and the ITU "
    "Telecommunication Development Sector",
    "the contributions of the membership",
    "the outcomes of the World Summit on the Information Society (WSIS)",
    "the relevant resolutions of the Plenipotentiary Conference",
};

static const char *const inserted_bits[] = {
    ", in particular in developing countries",
    " and its regional offices",
    ", within the available financial resources",
    ", in close collaboration with the other two Sectors",
    " and academia",
    ", taking into account the relevant ITU‑R studies",
    " in a timely manner",
};

static const char *const deleted_bits[] = {
    "in particular ", "all ", "relevant ", "as appropriate ", "continue to ",
};

static const char *const notes[] = {
    "These include the least developed countries, small island developing states, landlocked "
    "developing countries and countries with economies in transition.",
    "Including the ITU regional offices and area offices.",
    "In this resolution, the term \"ICT\" covers telecommunication/ICT equipment, services and "
    "applications.",
    "As defined in Recommendation ITU‑T X.1205.",
    "See the report of the Director to the Council on the implementation of this resolution.",
};

/* An assembly and the places and years where it met, oldest first. */
struct assembly {
  const char *name, *short_name;
  int ra; /* numbers read "ITU-R n" */
  int nplaces;
  const char *places[10];
};

static const struct assembly assemblies[] = {
    {"The World Telecommunication Standardization Assembly",
     "the World Telecommunication Standardization Assembly",
     0,
     9,
     {"Helsinki, 1993", "Geneva, 1996", "Montreal, 2000", "Florianópolis, 2004",
      "Johannesburg, 2008", "Dubai, 2012", "Hammamet, 2016", "Geneva, 2022", "New Delhi, 2024"}},
    {"The Plenipotentiary Conference of the International Telecommunication Union",
     "the Plenipotentiary Conference",
     0,
     8,
     {"Kyoto, 1994", "Minneapolis, 1998", "Marrakesh, 2002", "Antalya, 2006", "Guadalajara, 2010",
      "Busan, 2014", "Dubai, 2018", "Bucharest, 2022"}},
    {"The World Telecommunication Development Conference",
     "the World Telecommunication Development Conference",
     0,
     6,
     {"Istanbul, 2002", "Doha, 2006", "Hyderabad, 2010", "Dubai, 2014", "Buenos Aires, 2017",
      "Kigali, 2022"}},
    {"The ITU Radiocommunication Assembly",
     "the Radiocommunication Assembly",
     1,
     6,
     {"Geneva, 2007", "Geneva, 2012", "Geneva, 2015", "Sharm el-Sheikh, 2019", "Dubai, 2023",
      "Geneva, 2027"}},
};

/* Preamble phrases in the order resolutions use them; a resolution takes an ordered subset. */
static const char *const preamble_phrases[] = {
    "recalling",
    "considering",
    "considering further",
    "recognizing",
    "further recognizing",
    "noting",
    "noting with appreciation",
    "bearing in mind",
    "taking into account",
    "aware",
    "emphasizing",
    "mindful",
};

static const char *const operative_phrases[] = {
    "resolves",
    "instructs the Director of the Telecommunication Standardization Bureau",
    "instructs the Director of the Telecommunication Standardization Bureau, in collaboration "
    "with the Directors of the other two Bureaux",
    "instructs the Secretary-General",
    "instructs the study groups",
    "requests the Council",
    "invites Member States",
    "invites Member States, Sector Members and Associates",
    "encourages Member States and Sector Members",
    "invites the ITU Telecommunication Development Sector",
};

static const char *const titles_a[] = {
    "Enhancing the standardization of",
    "Facilitating",
    "Strengthening the work of ITU on",
    "Promoting",
    "Studies on",
    "ITU's role in",
    "Fostering international cooperation on",
    "Measures to support",
};

/* ---------- the text of one clause, as resc markup and as Markdown ---------- */

#define MD_ATTR " author=\"resc\" date=\"2024-01-01T00:00:00Z\""
#define NBSP '\x01' /* a space the line wrapper must not break at */

struct txt {
  struct buf r, m;
};

static int revising; /* the resolution being written carries revision marks */

static void put(struct txt *t, const char *s) {
  bputs(&t->r, s);
  bputs(&t->m, s);
}

/* A tracked-change span in Markdown; spaces at its ends go outside it, where pandoc
 * keeps them. */
static void md_span(struct buf *b, const char *s, const char *cls) {
  size_t n = strlen(s), i = 0;
  while (i < n && s[i] == ' ') i++;
  while (n > i && s[n - 1] == ' ') n--;
  if (i) bputs(b, " ");
  bputs(b, "[");
  bput(b, s + i, n - i);
  bprintf(b, "]{.%s" MD_ATTR "}", cls);
  if (s[n]) bputs(b, " ");
}

static void put_ins(struct txt *t, const char *s) {
  bprintf(&t->r, "{++%s++}", s);
  md_span(&t->m, s, "insertion");
}

static void put_del(struct txt *t, const char *s) {
  bprintf(&t->r, "{--%s--}", s);
  md_span(&t->m, s, "deletion");
}

static void put_sub(struct txt *t, const char *o, const char *n) {
  bprintf(&t->r, "{~~%s~>%s~~}", o, n);
  md_span(&t->m, o, "deletion");
  md_span(&t->m, n, "insertion");
}

static void put_emph(struct txt *t, const char *s) {
  bprintf(&t->r, "*%s*", s);
  bprintf(&t->m, "*%s*", s);
}

static void txt_free(struct txt *t) {
  bfree(&t->r);
  bfree(&t->m);
}

/* An inline edit, in clauses of a revised resolution only, at PCT percent. */
static void maybe_edit(struct txt *t, int pct) {
  if (!revising || !chance(pct)) return;
  put_ins(t, PICK(inserted_bits));
}

static void put_topic(struct txt *t) {
  const char *tp = PICK(topics);
  if (revising && chance(6)) {
    const char *other = PICK(topics);
    if (other != tp) {
      put_sub(t, tp, other);
      return;
    }
  }
  put(t, tp);
}

static void put_years(struct txt *t) {
  if (revising && chance(50)) put_sub(t, "2020‑2023", "2024‑2027");
  else put(t, "2024‑2027");
}

/* ---------- the structure of a resolution ---------- */

enum status { ST_NONE, ST_INS, ST_DEL };

#define MAXSUB 5

struct clause {
  struct txt body;
  enum status st;
  int nsub;
  struct txt sub[MAXSUB];
  char anchor[40];
};

struct section {
  const char *phrase;
  int operative;
  enum status st; /* ST_INS: a whole inserted section */
  int n, cap;
  struct clause *c;
};

struct footnote {
  char id[40];
  const char *text;
};

struct resolution {
  int index; /* 0-based in the file */
  const struct assembly *as;
  int first, cur; /* indices into as->places: first adoption, current text */
  int rev;        /* the number line is revised: cur -> cur+1 */
  int draft;
  int proposal; /* wrapped in @proposal MOD */
  int explicit_labels;
  int nsec;
  struct section sec[24];
  int nfn;
  struct footnote fn[4];
  int nanchor;
  int annex;
  size_t est; /* bytes so far, estimated */
};

/* The anchor of an earlier clause that a reference can name, or -1. */
struct target {
  int s, c;
};

static int visible(const struct section *s, const struct clause *c, enum status hidden) {
  return s->st != hidden && c->st != hidden;
}

static int count_visible(const struct section *s, enum status hidden) {
  int k = 0;
  for (int i = 0; i < s->n; i++) k += visible(s, &s->c[i], hidden);
  return k;
}

static void letter_label(char *out, int i) {
  int rep = i / 26 + 1, k = 0;
  for (; k < rep; k++) out[k] = (char)('a' + i % 26);
  out[k++] = ')';
  out[k] = '\0';
}

static void roman_label(char *out, int i) {
  static const char *const r[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
  snprintf(out, 16, "%s)", r[i % 10]);
}

/* The label a clause gets in the view that hides HIDDEN ("" for a lone clause). */
static void clause_label(const struct section *s, int ci, enum status hidden, char *out) {
  int idx = 0;
  for (int i = 0; i < ci; i++) idx += visible(s, &s->c[i], hidden);
  out[0] = '\0';
  if (count_visible(s, hidden) < 2) return;
  if (s->operative) snprintf(out, 16, "%d", idx + 1);
  else letter_label(out, idx);
}

/* The phrase of a section up to its first comma (how {ref} prints it). */
static void phrase_head(const char *phrase, char *out, size_t cap) {
  const char *comma = strchr(phrase, ',');
  size_t n = comma ? (size_t)(comma - phrase) : strlen(phrase);
  if (n >= cap) n = cap - 1;
  memcpy(out, phrase, n);
  out[n] = '\0';
}

/* Writes a reference to a random earlier anchored clause, if there is one. */
static int put_ref(struct resolution *r, struct txt *t) {
  struct target cand[32];
  int nc = 0;
  for (int s = 0; s < r->nsec && nc < 32; s++)
    for (int c = 0; c < r->sec[s].n && nc < 32; c++)
      if (r->sec[s].c[c].anchor[0]) cand[nc++] = (struct target){s, c};
  if (!nc) return 0;
  struct target g = cand[rint_(0, nc - 1)];
  const struct section *s = &r->sec[g.s];
  char label[16], head[256];
  clause_label(s, g.c, ST_DEL, label);
  phrase_head(s->phrase, head, sizeof head);
  bprintf(&t->r, "{ref%c%s}", NBSP, s->c[g.c].anchor);
  bprintf(&t->m, "*%s* %s", head, label);
  return 1;
}

static void put_fnref(struct resolution *r, struct txt *t) {
  int k;
  if (r->nfn < N(r->fn) && (r->nfn == 0 || chance(40))) {
    k = r->nfn++;
    snprintf(r->fn[k].id, sizeof r->fn[k].id, "r%d-n%d", r->index + 1, k + 1);
    r->fn[k].text = notes[(r->index + k) % N(notes)];
  } else {
    k = rint_(0, r->nfn - 1);
  }
  bprintf(&t->r, "[^%s]", r->fn[k].id);
  bprintf(&t->m, "[^%s]", r->fn[k].id);
}

/* The body of a preamble clause (no end punctuation). INTRO: it introduces sub-clauses. */
static void preamble_text(struct resolution *r, const char *phrase, struct txt *t, int intro) {
  if (intro) {
    put(t, "that ");
    put_topic(t);
    put(t, " requires ");
    put(t, PICK(needs));
    put(t, ", in particular");
    return;
  }
  if (strncmp(phrase, "recalling", 9) == 0 && chance(75)) {
    int kind = rint_(0, 3);
    if (kind == 3) {
      char rec[64];
      snprintf(rec, sizeof rec, "Recommendation ITU‑T %c.%d", "XYEGHQ"[rint_(0, 5)],
               rint_(100, 4999));
      put(t, rec);
    } else {
      const struct assembly *a = &assemblies[kind == 0 ? 1 : kind];
      int p = rint_(0, a->nplaces - 2);
      char num[96];
      snprintf(num, sizeof num, "Resolution %s%d (", a->ra ? "ITU‑R " : "", rint_(1, 210));
      put(t, num);
      if (p > 0) put(t, "Rev. ");
      if (revising && chance(30) && p + 1 < a->nplaces - 1)
        put_sub(t, a->places[p], a->places[p + 1]);
      else put(t, a->places[p]);
      put(t, ") of ");
      put(t, a != r->as            ? a->short_name
             : a == &assemblies[1] ? "this conference"
                                   : "this assembly");
    }
    put(t, ", on ");
    put_topic(t);
    maybe_edit(t, 12);
    return;
  }
  switch (rint_(0, 5)) {
  case 0:
    put(t, "that ");
    put_topic(t);
    put(t, " is essential for ");
    put(t, PICK(goals));
    break;
  case 1:
    put(t, "that ");
    put(t, PICK(actors));
    if (revising && chance(15)) put_del(t, PICK(deleted_bits));
    put(t, " play an important role in ");
    put_topic(t);
    maybe_edit(t, 15);
    put(t, ", which requires ");
    put(t, PICK(needs));
    break;
  case 2:
    put(t, "the importance of ");
    put_topic(t);
    put(t, " for ");
    put(t, PICK(goals));
    if (chance(30)) {
      put(t, " and for ");
      put(t, PICK(goals));
    }
    break;
  case 3:
    put(t, "that many ");
    put(t, "developing countries");
    if (chance(50)) put_fnref(r, t);
    put(t, " lack the resources needed for ");
    put_topic(t);
    put(t, " and would benefit from ");
    put(t, PICK(needs));
    maybe_edit(t, 15);
    break;
  case 4: {
    char sg[64];
    snprintf(sg, sizeof sg, "the work carried out by ITU‑T Study Group %d on ", rint_(2, 20));
    put(t, sg);
    put_topic(t);
    put(t, " during the study period ");
    put_years(t);
    break;
  }
  default:
    put(t, "that ");
    put(t, PICK(actors));
    put(t, " have expressed the need for ");
    put(t, PICK(needs));
    put(t, " with regard to ");
    put_topic(t);
    if (chance(30)) {
      put(t, ", as reflected in the ");
      put_emph(t, "Final Report");
      put(t, " of the last meeting");
    }
    maybe_edit(t, 15);
  }
}

static void operative_text(struct resolution *r, const char *phrase, struct txt *t, int intro) {
  int resolves = strncmp(phrase, "resolves", 8) == 0;
  if (intro) {
    put(t, "to ");
    put(t, PICK(verbs));
    put(t, " ");
    put_topic(t);
    put(t, ", covering in particular");
    return;
  }
  if (resolves && chance(25)) {
    put(t, "that ");
    put(t, PICK(actors));
    put(t, " should ");
    put(t, "give priority to ");
    put_topic(t);
    maybe_edit(t, 15);
    return;
  }
  put(t, "to ");
  if (revising && chance(10)) put_del(t, "urgently ");
  put(t, PICK(verbs));
  put(t, " ");
  put_topic(t);
  maybe_edit(t, 15);
  switch (rint_(0, 4)) {
  case 0:
    put(t, ", taking into account ");
    put(t, PICK(considerations));
    break;
  case 1:
    put(t, ", in collaboration with ");
    put(t, PICK(actors));
    if (chance(20)) put_fnref(r, t);
    break;
  case 2:
    if (chance(50)) {
      struct txt ref = {0};
      if (put_ref(r, &ref)) {
        put(t, ", as referred to in ");
        bputs(&t->r, ref.r.p);
        bputs(&t->m, ref.m.p);
        put(t, " above");
        txt_free(&ref);
        break;
      }
      txt_free(&ref);
    }
    put(t, " for ");
    put(t, PICK(goals));
    break;
  case 3:
    put(t, " and to report to the next assembly on the results achieved during the period ");
    put_years(t);
    break;
  default: put(t, ", for "); put(t, PICK(goals));
  }
}

/* A sub-clause item. */
static void item_text(struct txt *t) {
  switch (rint_(0, 3)) {
  case 0:
    put(t, "the development of ");
    put(t, PICK(needs));
    put(t, " on ");
    put_topic(t);
    break;
  case 1:
    put(t, "the needs of ");
    put(t, PICK(actors));
    break;
  case 2: put_topic(t); break;
  default:
    put(t, "the ");
    put_emph(t, "mutatis mutandis");
    put(t, " application of the relevant Recommendations on ");
    put_topic(t);
  }
  maybe_edit(t, 10);
}

static struct clause *add_clause(struct section *s) {
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 8;
    s->c = xrealloc(s->c, (size_t)s->cap * sizeof *s->c);
  }
  struct clause *c = &s->c[s->n++];
  memset(c, 0, sizeof *c);
  return c;
}

static size_t clause_bytes(const struct clause *c) {
  size_t n = c->body.r.n + 8;
  for (int i = 0; i < c->nsub; i++) n += c->sub[i].r.n + 10;
  return n + n / 24; /* continuation-line indentation */
}

/* Fills a section with clauses until it holds about BUDGET bytes. */
static void fill_section(struct resolution *r, struct section *s, size_t budget, int min) {
  size_t have = 0;
  while (s->n < min || (have < budget && s->n < 12)) {
    struct clause *c = add_clause(s);
    int intro = chance(12);
    if (s->operative) operative_text(r, s->phrase, &c->body, intro);
    else preamble_text(r, s->phrase, &c->body, intro);
    if (intro) {
      c->nsub = rint_(2, MAXSUB - 1);
      for (int i = 0; i < c->nsub; i++) item_text(&c->sub[i]);
    }
    have += clause_bytes(c);
  }
  /* Revision marks that reletter: a run of deleted clauses, an inserted one. */
  if (revising && s->st == ST_NONE && s->n >= 3 && chance(35)) {
    int at = rint_(0, s->n - 2), len = rint_(1, 2);
    for (int i = at; i < at + len && i < s->n - 1; i++)
      if (!s->c[i].nsub) s->c[i].st = ST_DEL;
  }
  if (revising && s->st == ST_NONE && chance(30)) {
    int at = rint_(0, s->n);
    struct clause *c = add_clause(s);
    if (s->operative) operative_text(r, s->phrase, &c->body, 0);
    else preamble_text(r, s->phrase, &c->body, 0);
    struct clause tmp = *c;
    memmove(&s->c[at + 1], &s->c[at], (size_t)(s->n - 1 - at) * sizeof *s->c);
    s->c[at] = tmp;
    s->c[at].st = ST_INS;
  }
  /* An anchor on a kept clause, for references from later sections. */
  if (s->st == ST_NONE && count_visible(s, ST_DEL) >= 2 && chance(45)) {
    int at = rint_(0, s->n - 1);
    if (s->c[at].st == ST_NONE)
      snprintf(s->c[at].anchor, sizeof s->c[at].anchor, "r%d-k%d", r->index + 1, ++r->nanchor);
  }
  r->est += have;
}

/* Chooses K of the N phrases of LIST, keeping their order. */
static int ordered_subset(const char *const *list, int n, int k, const char **out, int first) {
  int m = 0;
  for (int i = 0; i < n && m < k; i++) {
    if (i == 0 && first) {
      out[m++] = list[0];
      continue;
    }
    /* take list[i] with probability (k - m) / (n - i) */
    if (rint_(0, n - i - 1) < k - m) out[m++] = list[i];
  }
  return m;
}

static void build(struct resolution *r, size_t target) {
  r->as = &assemblies[rint_(0, N(assemblies) - 1)];
  r->cur = rint_(1, r->as->nplaces - 2);
  r->first = rint_(0, r->cur);
  /* The first resolution (the one `-n 1` writes) is a typical revision. */
  r->draft = r->index > 0 && chance(4);
  revising = !r->draft && (r->index == 0 || chance(65));
  r->rev = revising && (r->index == 0 || chance(80));
  r->proposal = r->rev && chance(30);
  r->explicit_labels = !revising && chance(35);
  r->annex = chance(15);
  r->est = 900;

  const char *pre[N(preamble_phrases)], *op[N(operative_phrases)];
  int npre = ordered_subset(preamble_phrases, N(preamble_phrases), rint_(3, 6), pre, 0);
  int nop = ordered_subset(operative_phrases, N(operative_phrases), rint_(3, 5), op, 1);
  int ins_section = revising && npre >= 3 && chance(10) ? rint_(1, npre - 1) : -1;
  size_t body = target > r->est + 2000 ? target - r->est : 2000;
  /* Each section gets an equal share of what the sections before it left. */
  size_t start = r->est;
  for (int i = 0; i < npre + nop; i++) {
    struct section *s = &r->sec[r->nsec++];
    memset(s, 0, sizeof *s);
    s->operative = i >= npre;
    s->phrase = s->operative ? op[i - npre] : pre[i];
    s->st = i == ins_section ? ST_INS : ST_NONE;
    size_t used = r->est - start, left = used < body ? body - used : 0;
    fill_section(r, s, left / (size_t)(npre + nop - i), s->operative ? 1 : 2);
  }
}

/* ---------- writing ---------- */

#define WIDTH 92

/* Would a continuation line starting at P be read as something else (a clause)? */
static int bad_line_start(const char *p) {
  if (p[0] == '-' && (p[1] == ' ' || p[1] == '\0')) return 1;
  if (strncmp(p, "–", strlen("–")) == 0) return 1;
  int k = 0;
  while (p[k] >= 'a' && p[k] <= 'z') k++;
  return k > 0 && p[k] == ')';
}

/* Writes FIRST then TEXT, wrapped at WIDTH with continuation lines indented by INDENT. */
static void wrap(struct buf *out, const char *first, const char *text, int indent) {
  size_t col = strlen(first);
  bputs(out, first);
  const char *p = text;
  int at_start = 1;
  while (*p) {
    const char *e = strchr(p, ' ');
    size_t wl = e ? (size_t)(e - p) : strlen(p);
    if (!at_start && col + 1 + wl > WIDTH && !bad_line_start(p)) {
      bputs(out, "\n");
      for (int i = 0; i < indent; i++) bputs(out, " ");
      col = (size_t)indent;
    } else if (!at_start) {
      bputs(out, " ");
      col++;
    }
    size_t start = out->n;
    bput(out, p, wl);
    for (size_t i = start; i < out->n; i++)
      if (out->p[i] == NBSP) out->p[i] = ' ';
    col += wl;
    at_start = 0;
    p += wl;
    while (*p == ' ') p++;
  }
  bputs(out, "\n");
}

static void md_clean(struct buf *out, const char *s) {
  size_t start = out->n;
  bputs(out, s);
  for (size_t i = start; i < out->n; i++)
    if (out->p[i] == NBSP) out->p[i] = ' ';
}

/* The end punctuation a clause (or the last sub-clause of it) needs in one view. */
static char leaf_end(const struct resolution *r, int si, int ci, enum status hidden) {
  const struct section *s = &r->sec[si];
  int last_sec = -1;
  for (int i = 0; i < r->nsec; i++)
    if (count_visible(&r->sec[i], hidden)) last_sec = i;
  int later = 0;
  for (int i = ci + 1; i < s->n; i++) later += visible(s, &s->c[i], hidden);
  if (later) return ';';
  return si == last_sec ? '.' : ',';
}

/* Writes the end punctuation, marked when the old and new texts differ. */
static void put_end(struct txt *t, enum status st, char old_end, char new_end) {
  char o[2] = {old_end, 0}, n[2] = {new_end, 0};
  if (st == ST_DEL || old_end == new_end) put(t, st == ST_DEL ? o : n);
  else if (st == ST_INS) put(t, n);
  else {
    put_del(t, o);
    put_ins(t, n);
  }
}

static void write_place(struct buf *rb, struct buf *mb, const struct resolution *r) {
  const char *cur = r->as->places[r->cur];
  if (r->rev) {
    const char *nw = r->as->places[r->cur + 1];
    bprintf(rb, "{~~%s~>%s~~}", cur, nw);
    bprintf(mb, "[%s]{.deletion" MD_ATTR "}[%s]{.insertion" MD_ATTR "}", cur, nw);
  } else {
    bputs(rb, cur);
    bputs(mb, cur);
  }
}

static void write_resolution(struct resolution *r, struct buf *R, struct buf *M) {
  int num = r->index + 1;
  const struct assembly *as = r->as;
  struct buf rb = {0}, mb = {0};

  if (r->proposal) {
    bprintf(R, "@proposal MOD XYZ/%dA%d/%d\n", 30 + num % 40, 1 + num % 9, num);
    bprintf(M, "MOD\tXYZ/%dA%d/%d\n\n", 30 + num % 40, 1 + num % 9, num);
  }
  if (r->index % 7 == 3)
    bprintf(R, "# Resolution %d: transcribed from the compilation; labels computed by resc.\n",
            num);
  /* number line */
  if (r->draft) {
    bprintf(R, "@draft [XYZ-%d] (%s)\n", num, as->places[r->cur]);
    bprintf(M, "# DRAFT NEW RESOLUTION [XYZ-%d] (%s)\n\n", num, as->places[r->cur]);
  } else {
    bprintf(&rb, "%s%d (", as->ra ? "ITU-R " : "", num);
    bprintf(&mb, "# RESOLUTION %s%d (", as->ra ? "ITU-R " : "", num);
    if (r->rev || r->cur > r->first) {
      bputs(&rb, "Rev. ");
      bputs(&mb, "Rev. ");
      write_place(&rb, &mb, r);
    } else {
      bputs(&rb, as->places[r->cur]);
      bputs(&mb, as->places[r->cur]);
    }
    bputs(&rb, ")");
    bputs(&mb, ")\n\n");
    bprintf(R, "@resolution %s\n", rb.p);
    bputs(M, mb.p);
    rb.n = mb.n = 0;
  }
  /* title */
  {
    const char *a = titles_a[(size_t)num % (size_t)N(titles_a)];
    const char *tp = topics[(size_t)(num * 7) % (size_t)N(topics)];
    const char *g = goals[(size_t)num % (size_t)N(goals)];
    if (num % 3 == 0) bprintf(R, "@title %s %s \\\n  for %s\n", a, tp, g);
    else {
      bprintf(&rb, "%s %s for %s", a, tp, g);
      wrap(R, "@title ", rb.p, 2);
      rb.n = 0;
    }
    bprintf(M, "**%s %s for %s**\n\n", a, tp, g);
  }
  /* history */
  if (!r->draft && r->cur > r->first) {
    for (int i = r->first; i <= r->cur; i++) {
      bprintf(&rb, "%s%s", i > r->first ? "; " : "", as->places[i]);
      bprintf(&mb, "%s%s", i > r->first ? "; " : "", as->places[i]);
    }
    if (r->rev) {
      bprintf(&rb, "{++; %s++}", as->places[r->cur + 1]);
      bprintf(&mb, "[; %s]{.insertion" MD_ATTR "}", as->places[r->cur + 1]);
    }
    bprintf(R, "@history %s\n", rb.p);
    bprintf(M, "(%s)\n\n", mb.p);
    rb.n = mb.n = 0;
  }
  /* assembly */
  bprintf(&rb, "%s (", as->name);
  bprintf(&mb, "*%s (", as->name);
  write_place(&rb, &mb, r);
  bputs(&rb, "),");
  bputs(&mb, "),*\n\n");
  wrap(R, "@assembly ", rb.p, 2);
  bputs(M, mb.p);
  rb.n = mb.n = 0;
  bputs(R, "\n");

  /* sections */
  for (int si = 0; si < r->nsec; si++) {
    struct section *s = &r->sec[si];
    int lone = count_visible(s, ST_DEL) < 2 && count_visible(s, ST_INS) < 2;
    if (s->st == ST_INS) bputs(R, "{++\n");
    bprintf(R, "%s\n", s->phrase);
    if (s->st == ST_INS) bprintf(M, "[*%s*]{.insertion" MD_ATTR "}\n\n", s->phrase);
    else bprintf(M, "*%s*\n\n", s->phrase);
    enum status open = ST_NONE;
    for (int ci = 0; ci < s->n; ci++) {
      struct clause *c = &s->c[ci];
      if (c->st != open) {
        if (open != ST_NONE) bputs(R, open == ST_INS ? "++}\n" : "--}\n");
        if (c->st != ST_NONE) bputs(R, c->st == ST_INS ? "{++\n" : "{--\n");
        open = c->st;
      }
      char oe = leaf_end(r, si, ci, ST_INS), ne = leaf_end(r, si, ci, ST_DEL);
      enum status st = s->st == ST_INS ? ST_INS : c->st;
      if (c->nsub) put(&c->body, ":");
      else put_end(&c->body, st, oe, ne);
      char label[16] = "", mlabel[16] = "";
      clause_label(s, ci, st == ST_DEL ? ST_INS : ST_DEL, mlabel);
      if (r->explicit_labels && !lone) {
        snprintf(label, sizeof label, "%s", mlabel);
      }
      /* resc */
      rb.n = 0;
      if (c->anchor[0]) bprintf(&rb, "{#%s} ", c->anchor);
      bputs(&rb, c->body.r.p);
      char first[32];
      snprintf(first, sizeof first, "%s ", label[0] ? label : "-");
      wrap(R, first, rb.p, 2);
      /* Markdown: a list item, or a paragraph for a lone clause */
      mb.n = 0;
      md_clean(&mb, c->body.m.p);
      if (mlabel[0] && !s->operative) bprintf(M, "%-4s", mlabel);
      else if (mlabel[0]) bprintf(M, "%s.  ", mlabel);
      if (c->st == ST_NONE) bprintf(M, "%s\n", mb.p);
      else bprintf(M, "[%s]{.%s" MD_ATTR "}\n", mb.p, c->st == ST_INS ? "insertion" : "deletion");
      for (int k = 0; k < c->nsub; k++) {
        char se = k + 1 < c->nsub ? ';' : 0;
        if (se) put(&c->sub[k], ";");
        else put_end(&c->sub[k], st, oe, ne);
        char sl[16];
        if (!s->operative && mlabel[0]) roman_label(sl, k);
        else letter_label(sl, k);
        snprintf(first, sizeof first, "  %s ", r->explicit_labels ? sl : "-");
        wrap(R, first, c->sub[k].r.p, 4);
        mb.n = 0;
        md_clean(&mb, c->sub[k].m.p);
        bprintf(M, "\n    %-4s%s\n", sl, mb.p);
      }
      if (c->nsub) bputs(M, "\n");
    }
    if (open != ST_NONE) bputs(R, open == ST_INS ? "++}\n" : "--}\n");
    if (s->st == ST_INS) bputs(R, "++}\n");
    bputs(R, "\n");
    bputs(M, "\n");
  }
  if (r->annex) {
    bprintf(R, "@annex Guidelines for the implementation of Resolution %d\n", num);
    bprintf(M,
            "## ANNEX (to Resolution %d)\n\n**Guidelines for the implementation of "
            "Resolution %d**\n\n",
            num, num);
    const char *para = "The study groups concerned should take the following steps, within "
                       "their mandates and the available resources, and report on them to "
                       "the Telecommunication Standardization Advisory Group.";
    wrap(R, "", para, 2);
    bprintf(M, "%s\n\n", para);
    for (int k = 0; k < 3; k++) {
      struct txt t = {0};
      put(&t, k == 0 ? "identify " : k == 1 ? "coordinate " : "report on ");
      put_topic(&t);
      put(&t, k == 2 ? "." : ";");
      wrap(R, "- ", t.r.p, 2);
      bprintf(M, "%c)  %s\n", 'a' + k, t.m.p);
      txt_free(&t);
    }
    bputs(R, "\n");
    bputs(M, "\n");
  }
  for (int k = 0; k < r->nfn; k++) {
    char first[64];
    snprintf(first, sizeof first, "[^%s]: ", r->fn[k].id);
    wrap(R, first, r->fn[k].text, 2);
    bprintf(M, "[^%s]: %s\n\n", r->fn[k].id, r->fn[k].text);
  }
  if (r->nfn) bputs(R, "\n");
  if (r->proposal) {
    wrap(R, "@reasons ",
         "The resolution is brought up to date with the outcomes of the study period and "
         "the references to other resolutions are revised.",
         2);
    bputs(R, "\n");
    bputs(M, "Reasons:\tThe resolution is brought up to date.\n\n");
  }
  bfree(&rb);
  bfree(&mb);
}

static void free_resolution(struct resolution *r) {
  for (int i = 0; i < r->nsec; i++) {
    struct section *s = &r->sec[i];
    for (int j = 0; j < s->n; j++) {
      txt_free(&s->c[j].body);
      for (int k = 0; k < s->c[j].nsub; k++) txt_free(&s->c[j].sub[k]);
    }
    free(s->c);
  }
}

static void usage(void) {
  fputs("usage: gencorpus (-n COUNT | -b BYTES) [-s SEED] OUT.resc OUT.md\n", stderr);
  exit(2);
}

int main(int argc, char **argv) {
  long long count = -1, bytes = -1;
  unsigned long long seed = 20240915;
  int i = 1;
  for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
    if (strcmp(argv[i], "-n") == 0) count = atoll(argv[i + 1]);
    else if (strcmp(argv[i], "-b") == 0) bytes = atoll(argv[i + 1]);
    else if (strcmp(argv[i], "-s") == 0) seed = strtoull(argv[i + 1], NULL, 10);
    else usage();
  }
  if (argc - i != 2 || (count < 0) == (bytes < 0)) usage();
  FILE *fr = fopen(argv[i], "wb"), *fm = fopen(argv[i + 1], "wb");
  if (!fr || !fm) {
    perror("gencorpus");
    return 2;
  }
  struct buf R = {0}, M = {0};
  size_t total = 0, mtotal = 0;
  long long n = 0;
  while (count >= 0 ? n < count : (long long)total < bytes) {
    rng_state = seed * 0x100000001B3ull + (uint64_t)n;
    struct resolution *r = calloc(1, sizeof *r);
    if (!r) return 2;
    r->index = (int)n;
    size_t target = count == 1 ? 11800 : (size_t)rint_(8000, 16000);
    build(r, target);
    R.n = M.n = 0;
    write_resolution(r, &R, &M);
    free_resolution(r);
    free(r);
    if (fwrite(R.p, 1, R.n, fr) != R.n || fwrite(M.p, 1, M.n, fm) != M.n) {
      perror("gencorpus");
      return 2;
    }
    total += R.n;
    mtotal += M.n;
    n++;
  }
  if (fclose(fr) != 0 || fclose(fm) != 0) {
    perror("gencorpus");
    return 2;
  }
  bfree(&R);
  bfree(&M);
  printf("resolutions=%lld bytes=%zu md_bytes=%zu\n", n, total, mtotal);
  return 0;
}
