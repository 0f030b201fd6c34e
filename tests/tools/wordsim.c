/* wordsim: word-level similarity of two UTF-8 texts, 2*M/(|A|+|B|), where M is the length
 * of the longest common subsequence of the two word sequences. The tests use it to compare
 * resc's output (LibreOffice's text export of its DOCX, or its own text output) with the
 * seed a .resc file was transcribed from: a transcription is faithful when the similarity
 * is close to 1, and the measure must not be moved by what the Word-to-text extraction
 * added or lost.
 *
 *   usage: wordsim A B    prints the similarity (4 decimals) and exits 0
 *          wordsim -t A   prints the normalized words of A, one a line, each as
 *                         "LINE<TAB>WORD" (LINE: the line of A it comes from), for word
 *                         diffs that say where two texts differ
 *   a usage or read error exits 2
 *
 * Both files are normalized the same way (every rule is applied to both sides, so a rule
 * can only hide a difference of the kind it names):
 *  - U+00A0 (no-break space) is a space; U+FEFF (a byte order mark, also where
 *    LibreOffice exports of several files are concatenated) is nothing;
 *  - U+2011 (non-breaking hyphen) is dropped: resc keeps it, and the Word-to-text
 *    extraction loses it in some seeds ("ICTaccessible", "2501/5" for "250-1/5") and keeps
 *    it in others. Without it the words compare the same whichever the extraction did; a
 *    plain '-' still counts;
 *  - "ITU-T", "ITU-R", "ITU-D" (either hyphen) and "ITUT", "ITUR", "ITUD" are one word
 *    each: the sector names are written with a non-breaking hyphen in one document and a
 *    plain one in another, and the extraction loses the non-breaking one ("ITUT Study
 *    Group 20"); only these three names are folded across the two hyphens;
 *  - curly quotes are straight quotes (the seeds mix both);
 *  - ASCII letters are compared without case: the number line and document titles use
 *    caps styles that the extraction applies inconsistently ("REV. DUBAI, 2018bucharest");
 *  - the extraction artefacts "[bookmark: ...]", "[footnoteRef:N]" and the footnote text
 *    "[N: N ...]" that the extraction inlines where the mark is are dropped. Only the seeds
 *    contain them. "[footnoteRef:N]" is dropped without a trace, not as a space: the
 *    extraction writes it between a word and the footnote mark that Word prints right
 *    after the word ("countries[footnoteRef:1]1"), and LibreOffice's text export prints
 *    that mark the same way ("countries1");
 *  - Markdown markers, which one seed (a Markdown rendering of the document) carries where
 *    the original has formatting: runs of '*' at either end of a word (**bold**, *italic*,
 *    and the stray "a)*" of "- a)* that ..."), words made only of '*' or of three or more
 *    '-' (a "---" rule), and a "- " list marker at the start of a line. None of them is a
 *    word of a resolution: resc writes emphasis as formatting, its labels are computed
 *    ("a)", "1", the en dash U+2013), never a hyphen-minus list marker.
 * Words are runs of non-space characters. Punctuation at the start or end of a word
 * ( . , ; : ! ? ( ) [ ] " ' ) is split off into tokens of its own: "IoT," then matches
 * "IoT", while the end punctuation that resolutions are checked for (";" "," ".") still
 * counts, as do labels such as "a)". Punctuation inside a word (ITU-T, SC&C, Y.4000/Y.2060)
 * stays in it.
 * The LCS needs only its length, so it is computed with two rows of |B|+1 counters
 * (linear memory), over tokens interned to integers so each step compares two ints. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct buf {
  char *p;
  size_t n, cap;
};

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) {
    fputs("wordsim: out of memory\n", stderr);
    exit(2);
  }
  return q;
}

static void put(struct buf *b, char c) {
  if (b->n + 1 >= b->cap) {
    b->cap = b->cap ? 2 * b->cap : 4096;
    b->p = xrealloc(b->p, b->cap);
  }
  b->p[b->n++] = c;
  b->p[b->n] = '\0';
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  struct buf b = {0};
  int c;
  while ((c = getc(f)) != EOF) put(&b, (char)c);
  fclose(f);
  if (!b.p) {
    b.p = xrealloc(NULL, 1);
    b.p[0] = '\0';
  }
  *len = b.n;
  return b.p;
}

static int starts(const char *s, size_t n, size_t i, const char *lit) {
  size_t k = strlen(lit);
  return i + k <= n && memcmp(s + i, lit, k) == 0;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Length of an artefact starting at s[i], or 0; *glue is set when the artefact is dropped
 * without a trace (the footnote reference, see the header), else it stands for a space. */
static size_t artefact(const char *s, size_t n, size_t i, int *glue) {
  *glue = 0;
  if (s[i] != '[') return 0;
  size_t j = i + 1;
  if (starts(s, n, i, "[bookmark:")) {
    while (j < n && s[j] != ']' && s[j] != '\n') j++;
    return j < n && s[j] == ']' ? j + 1 - i : 0;
  }
  if (starts(s, n, i, "[footnoteRef:")) {
    j = i + strlen("[footnoteRef:");
    while (j < n && is_digit(s[j])) j++;
    *glue = 1;
    return j < n && s[j] == ']' ? j + 1 - i : 0;
  }
  /* "[1: 1 <tab>footnote text]" */
  size_t d = j;
  while (j < n && is_digit(s[j])) j++;
  if (j == d || j >= n || s[j] != ':') return 0;
  while (j < n && s[j] != ']') j++;
  return j < n ? j + 1 - i : 0;
}

static int is_alnum(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Length of "ITU-T" / "ITU-R" / "ITU-D" at s[i] (either hyphen, any case), the name not
 * continued by a letter or digit, or 0; *letter gets the sector letter in lower case. */
static size_t itu_sector(const char *s, size_t n, size_t i, char *letter) {
  if (i + 3 > n) return 0;
  for (size_t k = 0; k < 3; k++)
    if ((s[i + k] | 0x20) != "itu"[k]) return 0;
  size_t j = i + 3;
  if (starts(s, n, j, "-")) j += 1;
  else if (starts(s, n, j, "\xE2\x80\x91")) j += 3;
  else return 0;
  if (j >= n) return 0;
  char c = (char)(s[j] | 0x20);
  if (c != 't' && c != 'r' && c != 'd') return 0;
  if (j + 1 < n && is_alnum(s[j + 1])) return 0;
  *letter = c;
  return j + 1 - i;
}

/* Applies the normalization described at the top; returns a NUL-terminated copy. Newlines
 * are kept (an artefact that spans lines leaves its newlines behind), so that the words
 * can be traced back to the lines they come from. */
static char *normalize(const char *s, size_t n) {
  struct buf b = {0};
  put(&b, ' ');
  size_t i = 0;
  int bol = 1; /* only spaces and tabs since the start of the line */
  while (i < n) {
    int glue;
    char letter;
    size_t a = artefact(s, n, i, &glue);
    size_t u;
    if (a) {
      int nl = 0;
      for (size_t k = i; k < i + a; k++)
        if (s[k] == '\n') {
          put(&b, '\n');
          nl = 1;
        }
      if (!glue && !nl) put(&b, ' ');
      i += a;
      continue;
    }
    if (bol && s[i] == '-' && i + 1 < n && (s[i + 1] == ' ' || s[i + 1] == '\t')) {
      /* a Markdown list marker "- " at the start of a line */
      put(&b, ' ');
      i += 1;
      bol = 0;
      continue;
    }
    if (!is_alnum(b.p[b.n - 1]) && (u = itu_sector(s, n, i, &letter)) != 0) {
      put(&b, 'i');
      put(&b, 't');
      put(&b, 'u');
      put(&b, letter);
      i += u;
      bol = 0;
      continue;
    }
    if (starts(s, n, i, "\xC2\xA0")) {
      put(&b, ' ');
      i += 2;
      continue; /* a space: still at the start of the line when it was */
    }
    if (starts(s, n, i, "\xE2\x80\x91") || starts(s, n, i, "\xEF\xBB\xBF")) {
      i += 3; /* dropped: the non-breaking hyphen, a byte order mark */
      continue;
    }
    if (starts(s, n, i, "\xE2\x80\x9C") || starts(s, n, i, "\xE2\x80\x9D")) {
      put(&b, '"');
      i += 3;
    } else if (starts(s, n, i, "\xE2\x80\x98") || starts(s, n, i, "\xE2\x80\x99")) {
      put(&b, '\'');
      i += 3;
    } else {
      char c = s[i++];
      if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
      put(&b, c);
      if (c == '\n') {
        bol = 1;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r') continue;
    }
    bol = 0;
  }
  return b.p;
}

/* Token interning: an open-addressing table from token text to a small integer. */
struct table {
  char **key;
  int *val;
  size_t cap, count;
};

static unsigned long hash(const char *s, size_t n) {
  unsigned long h = 5381;
  for (size_t i = 0; i < n; i++) h = h * 33 ^ (unsigned char)s[i];
  return h;
}

static int intern(struct table *t, const char *s, size_t n) {
  if (2 * (t->count + 1) > t->cap) {
    struct table g = {0};
    g.cap = t->cap ? 2 * t->cap : 1024;
    g.key = xrealloc(NULL, g.cap * sizeof *g.key);
    g.val = xrealloc(NULL, g.cap * sizeof *g.val);
    memset(g.key, 0, g.cap * sizeof *g.key);
    for (size_t i = 0; i < t->cap; i++) {
      if (!t->key[i]) continue;
      size_t h = hash(t->key[i], strlen(t->key[i])) & (g.cap - 1);
      while (g.key[h]) h = (h + 1) & (g.cap - 1);
      g.key[h] = t->key[i];
      g.val[h] = t->val[i];
    }
    g.count = t->count;
    free(t->key);
    free(t->val);
    *t = g;
  }
  size_t h = hash(s, n) & (t->cap - 1);
  while (t->key[h]) {
    if (strlen(t->key[h]) == n && memcmp(t->key[h], s, n) == 0) return t->val[h];
    h = (h + 1) & (t->cap - 1);
  }
  t->key[h] = xrealloc(NULL, n + 1);
  memcpy(t->key[h], s, n);
  t->key[h][n] = '\0';
  t->val[h] = (int)t->count++;
  return t->val[h];
}

struct seq {
  int *v;
  size_t n, cap;
};

static void push(struct seq *q, int x) {
  if (q->n == q->cap) {
    q->cap = q->cap ? 2 * q->cap : 1024;
    q->v = xrealloc(q->v, q->cap * sizeof *q->v);
  }
  q->v[q->n++] = x;
}

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_edge_punct(char c) { return c != '\0' && strchr(".,;:!?()[]\"'", c) != NULL; }

/* A word that is Markdown markup only: '*'s, or three or more '-' (a rule). */
static int markup_only(const char *s, size_t b, size_t e) {
  size_t k;
  for (k = b; k < e && s[k] == '*'; k++) {
  }
  if (k == e) return 1;
  for (k = b; k < e && s[k] == '-'; k++) {
  }
  return k == e && e - b >= 3;
}

/* Splits normalized text into tokens; lines (when not NULL) gets the line of each. */
static struct seq tokenize(const char *s, struct table *t, struct seq *lines) {
  struct seq q = {0};
  size_t i = 0;
  int line = 1;
  while (s[i]) {
    while (is_space(s[i])) {
      if (s[i] == '\n') line++;
      i++;
    }
    if (!s[i]) break;
    size_t b = i;
    while (s[i] && !is_space(s[i])) i++;
    size_t e = i;
    if (markup_only(s, b, e)) continue;
    /* leading and trailing punctuation and '*' ('*' dropped, punctuation kept) */
    size_t wb = b, we = e;
    while (wb < we && (is_edge_punct(s[wb]) || s[wb] == '*')) wb++;
    while (we > wb && (is_edge_punct(s[we - 1]) || s[we - 1] == '*')) we--;
    size_t before = q.n;
    for (size_t k = b; k < wb; k++)
      if (s[k] != '*') push(&q, intern(t, s + k, 1));
    if (we > wb) push(&q, intern(t, s + wb, we - wb));
    for (size_t k = we; k < e; k++)
      if (s[k] != '*') push(&q, intern(t, s + k, 1));
    if (lines)
      for (size_t k = before; k < q.n; k++) push(lines, line);
  }
  return q;
}

/* Length of the longest common subsequence, in two rows. */
static size_t lcs(const struct seq *a, const struct seq *b) {
  size_t *prev = xrealloc(NULL, (b->n + 1) * sizeof *prev);
  size_t *cur = xrealloc(NULL, (b->n + 1) * sizeof *cur);
  memset(prev, 0, (b->n + 1) * sizeof *prev);
  cur[0] = 0;
  for (size_t i = 1; i <= a->n; i++) {
    for (size_t j = 1; j <= b->n; j++) {
      if (a->v[i - 1] == b->v[j - 1]) cur[j] = prev[j - 1] + 1;
      else cur[j] = prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
    }
    size_t *tmp = prev;
    prev = cur;
    cur = tmp;
  }
  size_t m = prev[b->n];
  free(prev);
  free(cur);
  return m;
}

static char *load(const char *path) {
  size_t n;
  char *raw = read_file(path, &n);
  if (!raw) {
    fprintf(stderr, "wordsim: cannot read %s\n", path);
    exit(2);
  }
  char *norm = normalize(raw, n);
  free(raw);
  return norm;
}

int main(int argc, char **argv) {
  struct table t = {0};
  if (argc == 3 && strcmp(argv[1], "-t") == 0) {
    char *norm = load(argv[2]);
    struct seq lines = {0};
    struct seq q = tokenize(norm, &t, &lines);
    /* token ids back to their text */
    const char **text = xrealloc(NULL, (t.count + 1) * sizeof *text);
    for (size_t i = 0; i < t.cap; i++)
      if (t.key[i]) text[t.val[i]] = t.key[i];
    for (size_t k = 0; k < q.n; k++) printf("%d\t%s\n", lines.v[k], text[q.v[k]]);
    free(text);
    free(norm);
    free(q.v);
    free(lines.v);
    for (size_t i = 0; i < t.cap; i++) free(t.key[i]);
    free(t.key);
    free(t.val);
    return ferror(stdout) ? 2 : 0;
  }
  if (argc != 3 || argv[1][0] == '-') {
    fputs("usage: wordsim A B | wordsim -t A\n", stderr);
    return 2;
  }
  struct seq q[2];
  for (int k = 0; k < 2; k++) {
    char *norm = load(argv[k + 1]);
    q[k] = tokenize(norm, &t, NULL);
    free(norm);
  }
  size_t m = lcs(&q[0], &q[1]);
  size_t total = q[0].n + q[1].n;
  printf("%.4f\n", total ? 2.0 * (double)m / (double)total : 1.0);
  for (size_t i = 0; i < t.cap; i++) free(t.key[i]);
  free(t.key);
  free(t.val);
  free(q[0].v);
  free(q[1].v);
  return 0;
}
