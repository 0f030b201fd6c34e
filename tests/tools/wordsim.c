/* wordsim: word-level similarity of two UTF-8 texts, 2*M/(|A|+|B|), where M is the length
 * of the longest common subsequence of the two word sequences. The tests use it to compare
 * resc's text output with the seed a .resc file was transcribed from: a transcription is
 * faithful when the similarity is close to 1, and the measure must not be moved by what
 * the Word-to-text extraction added or lost.
 *
 *   usage: wordsim A B    prints the similarity (4 decimals) and exits 0; a usage or
 *                         read error exits 2
 *
 * Both files are normalized the same way:
 *  - U+00A0 (no-break space) is a space and U+2011 (non-breaking hyphen) a '-': resc
 *    keeps them, the extractions sometimes keep and sometimes lose them;
 *  - curly quotes are straight quotes (the seeds mix both);
 *  - ASCII letters are compared without case: the number line and document titles use
 *    caps styles that the extraction applies inconsistently ("REV. DUBAI, 2018bucharest");
 *  - the extraction artefacts "[bookmark: ...]", "[footnoteRef:N]" and the footnote text
 *    "[N: N ...]" that the extraction inlines where the mark is are dropped. Only the seeds
 *    contain them, so the rule is applied to both sides.
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

/* Length of an artefact starting at s[i], or 0. */
static size_t artefact(const char *s, size_t n, size_t i) {
  if (s[i] != '[') return 0;
  size_t j = i + 1;
  if (starts(s, n, i, "[bookmark:")) {
    while (j < n && s[j] != ']' && s[j] != '\n') j++;
    return j < n && s[j] == ']' ? j + 1 - i : 0;
  }
  if (starts(s, n, i, "[footnoteRef:")) {
    j = i + strlen("[footnoteRef:");
    while (j < n && is_digit(s[j])) j++;
    return j < n && s[j] == ']' ? j + 1 - i : 0;
  }
  /* "[1: 1 <tab>footnote text]" */
  size_t d = j;
  while (j < n && is_digit(s[j])) j++;
  if (j == d || j >= n || s[j] != ':') return 0;
  while (j < n && s[j] != ']') j++;
  return j < n ? j + 1 - i : 0;
}

/* Applies the normalization described at the top; returns a NUL-terminated copy. */
static char *normalize(const char *s, size_t n) {
  struct buf b = {0};
  put(&b, ' ');
  size_t i = 0;
  if (starts(s, n, 0, "\xEF\xBB\xBF")) i = 3;
  while (i < n) {
    size_t a = artefact(s, n, i);
    if (a) {
      put(&b, ' ');
      i += a;
    } else if (starts(s, n, i, "\xC2\xA0")) {
      put(&b, ' ');
      i += 2;
    } else if (starts(s, n, i, "\xE2\x80\x91")) {
      put(&b, '-');
      i += 3;
    } else if (starts(s, n, i, "\xE2\x80\x9C") || starts(s, n, i, "\xE2\x80\x9D")) {
      put(&b, '"');
      i += 3;
    } else if (starts(s, n, i, "\xE2\x80\x98") || starts(s, n, i, "\xE2\x80\x99")) {
      put(&b, '\'');
      i += 3;
    } else {
      char c = s[i++];
      if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
      put(&b, c);
    }
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

static struct seq tokenize(const char *s, struct table *t) {
  struct seq q = {0};
  size_t i = 0;
  while (s[i]) {
    while (is_space(s[i])) i++;
    size_t b = i;
    while (s[i] && !is_space(s[i])) i++;
    size_t e = i;
    size_t wb = b, we = e;
    while (wb < we && is_edge_punct(s[wb])) wb++;
    while (we > wb && is_edge_punct(s[we - 1])) we--;
    for (size_t k = b; k < wb; k++) push(&q, intern(t, s + k, 1));
    if (we > wb) push(&q, intern(t, s + wb, we - wb));
    for (size_t k = we; k < e; k++) push(&q, intern(t, s + k, 1));
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

int main(int argc, char **argv) {
  if (argc != 3) {
    fputs("usage: wordsim A B\n", stderr);
    return 2;
  }
  struct table t = {0};
  struct seq q[2];
  for (int k = 0; k < 2; k++) {
    size_t n;
    char *raw = read_file(argv[k + 1], &n);
    if (!raw) {
      fprintf(stderr, "wordsim: cannot read %s\n", argv[k + 1]);
      return 2;
    }
    char *norm = normalize(raw, n);
    q[k] = tokenize(norm, &t);
    free(norm);
    free(raw);
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
