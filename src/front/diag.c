/* Diagnostics: the rule table, -W filtering, sorting, and printing in the form GCC and
 * clang use (file:line:col: severity: message [rule], then the line and a caret), so
 * editors and CI log parsers understand resc without configuration. */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "source.h"
#include "strbuf.h"
#include "import/word_place.h"
#include "utf8.h"

static const struct {
  const char *id;
  enum severity sev;
  const char *summary;
} rules[DIAG_COUNT] = {
#define DIAG(code, sev, id, summary) [DIAG_##code] = {id, SEV_##sev, summary},
#include "diag.def"
#undef DIAG
};

void diag_init(struct diag_ctx *d) { memset(d, 0, sizeof *d); }

void diag_init_like(struct diag_ctx *d, const struct diag_ctx *like) {
  diag_init(d);
  memcpy(d->override, like->override, sizeof d->override);
  memcpy(d->silenced, like->silenced, sizeof d->silenced);
  d->werror = like->werror;
  d->max_printed = like->max_printed;
}

static void diag_release(struct diag *g) {
  free(g->message);
  free(g->note);
  free(g->fix);
}

void diag_free(struct diag_ctx *d) {
  for (size_t i = 0; i < d->n; i++) diag_release(&d->items[i]);
  free(d->items);
  d->items = NULL;
  d->n = d->cap = 0;
}

const char *diag_rule_id(enum diag_code code) { return rules[code].id; }
const char *diag_rule_summary(enum diag_code code) { return rules[code].summary; }
enum severity diag_rule_default(enum diag_code code) { return rules[code].sev; }

int diag_rule_lookup(const char *id) {
  for (int i = 0; i < DIAG_COUNT; i++)
    if (strcmp(rules[i].id, id) == 0) return i;
  return -1;
}

int diag_rule_in_input_band(enum diag_code code) {
  switch (code) {
  case DIAG_IO:
  case DIAG_ENCODING:
  case DIAG_LIMIT:
  case DIAG_SYNTAX:
  case DIAG_STRUCTURE:
  case DIAG_DIRECTIVE: return 1;
  default: return 0;
  }
}

int diag_option(struct diag_ctx *d, const char *arg) {
  if (strcmp(arg, "error") == 0) {
    d->werror = 1;
    return 0;
  }
  const char *eq = strchr(arg, '=');
  /* "RULE=severity" first: a rule id may itself start with "no-" (no-operative). */
  if (!eq) {
    if (strncmp(arg, "no-", 3) != 0) return -1;
    int r = diag_rule_lookup(arg + 3);
    if (r < 0) return -1;
    if (diag_rule_in_input_band((enum diag_code)r)) return DIAG_OPTION_INPUT_BAND;
    d->silenced[r] = 1;
    return 0;
  }
  char name[64];
  size_t n = (size_t)(eq - arg);
  if (n >= sizeof name) return -1;
  memcpy(name, arg, n);
  name[n] = '\0';
  int r = diag_rule_lookup(name);
  if (r < 0) return -1;
  if (strcmp(eq + 1, "error") == 0) d->override[r] = SEV_ERROR;
  else if (strcmp(eq + 1, "warning") == 0 && diag_rule_in_input_band((enum diag_code)r))
    return DIAG_OPTION_INPUT_BAND;
  else if (strcmp(eq + 1, "warning") == 0) d->override[r] = SEV_WARNING;
  else return -1;
  d->silenced[r] = 0;
  return 0;
}

static char *vformat(const char *fmt, va_list ap) {
  va_list cp;
  va_copy(cp, ap);
  int n = vsnprintf(NULL, 0, fmt, cp);
  va_end(cp);
  if (n < 0) n = 0;
  char *s = xmalloc((size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, fmt, ap);
  return s;
}

static struct diag *push(struct diag_ctx *d, enum diag_code code) {
  if (d->silenced[code]) return NULL;
  if (d->n == d->cap) {
    d->cap = d->cap ? d->cap * 2 : 16;
    d->items = xrealloc(d->items, d->cap * sizeof *d->items);
  }
  struct diag *dg = &d->items[d->n];
  memset(dg, 0, sizeof *dg);
  dg->code = code;
  enum severity sev = d->override[code] ? d->override[code] : rules[code].sev;
  if (sev == SEV_WARNING && d->werror) sev = SEV_ERROR;
  dg->severity = sev;
  dg->seq = (unsigned)d->n;
  d->n++;
  return dg;
}

struct diag *diag_report(struct diag_ctx *d, enum diag_code code, const struct source *src,
                         const struct loc *loc, const char *fmt, ...) {
  struct diag *dg = push(d, code);
  if (!dg) return NULL;
  dg->src = src;
  dg->file = src ? src->name : NULL;
  if (loc) dg->loc = *loc;
  va_list ap;
  va_start(ap, fmt);
  dg->message = vformat(fmt, ap);
  va_end(ap);
  return dg;
}

void diag_file(struct diag_ctx *d, enum diag_code code, const char *file, const char *fmt, ...) {
  struct diag *dg = push(d, code);
  if (!dg) return;
  dg->file = file;
  va_list ap;
  va_start(ap, fmt);
  dg->message = vformat(fmt, ap);
  va_end(ap);
}

void diag_note(struct diag *dg, const struct loc *loc, const char *fmt, ...) {
  if (!dg) return;
  free(dg->note);
  dg->note_loc = *loc;
  va_list ap;
  va_start(ap, fmt);
  dg->note = vformat(fmt, ap);
  va_end(ap);
}

void diag_note_in(struct diag *dg, const struct source *src, const struct loc *loc, const char *fmt,
                  ...) {
  if (!dg) return;
  free(dg->note);
  dg->note_loc = *loc;
  dg->note_src = src;
  dg->note_file = src->name;
  va_list ap;
  va_start(ap, fmt);
  dg->note = vformat(fmt, ap);
  va_end(ap);
}

void diag_set_fix(struct diag *dg, const char *replacement) {
  if (!dg) return;
  free(dg->fix);
  dg->fix = xstrdup(replacement);
}

void diag_drop_last(struct diag_ctx *d) {
  if (d->n) diag_release(&d->items[--d->n]);
}

size_t diag_count(const struct diag_ctx *d, enum severity sev) {
  size_t n = 0;
  for (size_t i = 0; i < d->n; i++) n += d->items[i].severity == sev;
  return n;
}

static int cmp_diag(const void *a, const void *b) {
  const struct diag *x = a, *y = b;
  /* Files keep the order in which they were first reported: compare by the first
   * report of each file, which is the smallest seq among its diagnostics. Within
   * one file, by position. Approximation: file names compared only for equality. */
  const char *fx = x->file ? x->file : "", *fy = y->file ? y->file : "";
  if (strcmp(fx, fy) != 0) return x->seq < y->seq ? -1 : 1;
  if (x->loc.first_line != y->loc.first_line) return x->loc.first_line < y->loc.first_line ? -1 : 1;
  if (x->loc.first_column != y->loc.first_column)
    return x->loc.first_column < y->loc.first_column ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void diag_sort(struct diag_ctx *d) {
  if (d->n < 2) return;
  /* Group by file first (stable by first appearance), then sort within groups. */
  struct diag *out = xmalloc(d->n * sizeof *out);
  unsigned char *taken = xcalloc(d->n, 1);
  size_t k = 0;
  for (size_t i = 0; i < d->n; i++) {
    if (taken[i]) continue;
    const char *f = d->items[i].file ? d->items[i].file : "";
    size_t start = k;
    for (size_t j = i; j < d->n; j++) {
      const char *g = d->items[j].file ? d->items[j].file : "";
      if (!taken[j] && strcmp(f, g) == 0) {
        out[k++] = d->items[j];
        taken[j] = 1;
      }
    }
    qsort(out + start, k - start, sizeof *out, cmp_diag);
  }
  memcpy(d->items, out, d->n * sizeof *out);
  free(out);
  free(taken);
}

static const char *sev_name(enum severity s) {
  switch (s) {
  case SEV_ERROR: return "error";
  case SEV_WARNING: return "warning";
  default: return "note";
  }
}

/* The characters of a quoted line that are shown, as columns are counted (a lead byte
 * and its continuation bytes). */
#define QUOTE_LONG 100   /* lines up to this many characters are quoted whole */
#define QUOTE_CONTEXT 40 /* else this many characters either side of the caret */

/* Prints one character unit; what is not a printable UTF-8 character (a stray byte of
 * another encoding, a NUL, a control character) is shown as U+FFFD, so a quote is
 * always text and never garbles a terminal or a log. */
static void put_unit(FILE *out, const char *u, size_t n) {
  unsigned cp;
  if (utf8_decode(u, n, &cp) == n && (cp >= 0x20 || cp == '\t') && cp != 0x7F) fwrite(u, 1, n, out);
  else fputs("\xEF\xBF\xBD", out);
}

/* Quotes the source line and draws a caret under the span (first line only), with
 * columns counted in characters as the locations are. A long line (a [limit] on a
 * line of megabytes, a paragraph written on one line) is cut to the characters around
 * the caret, with '…' where it was cut. */
static void print_quote(FILE *out, const struct source *src, const struct loc *loc) {
  size_t len;
  const char *line = source_line(src, loc->first_line, &len);
  if (!line || loc->first_column < 1) return;
  long nchars = 0;
  for (size_t i = 0; i < len; i += utf8_unit(line + i, len - i)) nchars++;
  long caret = loc->first_column, first = 1, last = nchars;
  if (nchars > QUOTE_LONG) {
    first = caret > QUOTE_CONTEXT ? caret - QUOTE_CONTEXT : 1;
    last = first + 2 * QUOTE_CONTEXT;
    if (last > nchars) {
      last = nchars;
      first = nchars - 2 * QUOTE_CONTEXT;
    }
  }
  fprintf(out, "%5d | %s", loc->first_line, first > 1 ? "\xE2\x80\xA6" : "");
  struct strbuf under = {0};
  if (first > 1) sb_addc(&under, ' ');
  long col = 1;
  for (size_t i = 0; i < len && col <= last; col++) {
    size_t n = utf8_unit(line + i, len - i);
    if (col >= first) {
      put_unit(out, line + i, n);
      /* Keep tabs so the caret lines up under tab-indented text. */
      if (col < caret) sb_addc(&under, line[i] == '\t' ? '\t' : ' ');
    }
    i += n;
  }
  fprintf(out, "%s\n      | %s^", last < nchars ? "\xE2\x80\xA6" : "", sb_str(&under));
  sb_free(&under);
  long end = loc->last_line == loc->first_line ? loc->last_column : caret;
  if (last < nchars && end > last) end = last;
  for (long c = caret + 1; c <= end && c < caret + 200; c++) fputc('~', out);
  fputc('\n', out);
}

static void json_string(FILE *out, const char *s) {
  fputc('"', out);
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    unsigned cp;
    size_t n = *p < 0x80 ? 1 : utf8_decode((const char *)p, strlen((const char *)p), &cp);
    if (n == 0) {
      fputs("\\uFFFD", out);
      continue;
    }
    if (n > 1) {
      fwrite(p, 1, n, out);
      p += n - 1;
      continue;
    }
    switch (*p) {
    case '"': fputs("\\\"", out); break;
    case '\\': fputs("\\\\", out); break;
    case '\n': fputs("\\n", out); break;
    case '\t': fputs("\\t", out); break;
    case '\r': fputs("\\r", out); break;
    default:
      if (*p < 0x20) fprintf(out, "\\u%04x", *p);
      else fputc(*p, out);
    }
  }
  fputc('"', out);
}

static void print_json(struct diag_ctx *d, FILE *out) {
  fputs("[", out);
  int first = 1;
  for (size_t i = 0; i < d->n; i++) {
    const struct diag *dg = &d->items[i];
    if (dg->severity == SEV_OFF) continue;
    fputs(first ? "\n  {" : ",\n  {", out);
    first = 0;
    fputs("\"file\": ", out);
    json_string(out, dg->file);
    const struct word_line *w = word_place_of(dg->src, dg->loc.first_line);
    if (w) { /* a Word document's: its paragraph, clause and first words */
      fprintf(out, ", \"paragraph\": %d, \"clause\": ", w->para);
      json_string(out, w->where);
      fputs(", \"excerpt\": ", out);
      json_string(out, w->excerpt);
    }
    fprintf(out, ", \"line\": %d, \"column\": %d, \"end_line\": %d, \"end_column\": %d",
            dg->loc.first_line, dg->loc.first_column, dg->loc.last_line, dg->loc.last_column);
    fprintf(out, ", \"severity\": \"%s\", \"rule\": \"%s\", \"message\": ", sev_name(dg->severity),
            rules[dg->code].id);
    json_string(out, dg->message);
    if (dg->fix) {
      fputs(", \"fix\": ", out);
      json_string(out, dg->fix);
    }
    if (dg->note_file) { /* the other place of a mismatch between two files */
      fputs(", \"note\": {\"file\": ", out);
      json_string(out, dg->note_file);
      fprintf(out, ", \"line\": %d, \"column\": %d, \"message\": ", dg->note_loc.first_line,
              dg->note_loc.first_column);
      json_string(out, dg->note);
      fputs("}", out);
    }
    fputs("}", out);
  }
  fputs(first ? "]\n" : "\n]\n", out);
}

static void print_sarif(struct diag_ctx *d, FILE *out) {
  fputs("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
        "  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
        "    \"tool\": {\"driver\": {\"name\": \"resc\", \"informationUri\": "
        "\"https://example.invalid/resc\", \"rules\": [",
        out);
  for (int r = 0; r < DIAG_COUNT; r++) {
    fprintf(out, "%s\n      {\"id\": \"%s\", \"shortDescription\": {\"text\": ", r ? "," : "",
            rules[r].id);
    json_string(out, rules[r].summary);
    fprintf(out, "}, \"defaultConfiguration\": {\"level\": \"%s\"}}",
            rules[r].sev == SEV_ERROR     ? "error"
            : rules[r].sev == SEV_WARNING ? "warning"
                                          : "note");
  }
  fputs("]}},\n    \"results\": [", out);
  int first = 1;
  for (size_t i = 0; i < d->n; i++) {
    const struct diag *dg = &d->items[i];
    if (dg->severity == SEV_OFF) continue;
    fprintf(out,
            "%s\n      {\"ruleId\": \"%s\", \"ruleIndex\": %d, \"level\": \"%s\", \"message\": "
            "{\"text\": ",
            first ? "" : ",", rules[dg->code].id, (int)dg->code,
            dg->severity == SEV_ERROR     ? "error"
            : dg->severity == SEV_WARNING ? "warning"
                                          : "note");
    first = 0;
    json_string(out, dg->message);
    fputs("}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ", out);
    json_string(out, dg->file);
    fputs("}", out);
    const struct word_line *w = word_place_of(dg->src, dg->loc.first_line);
    if (w) { /* a Word document's: the paragraph as a logical location (doc/import.md) */
      fprintf(out,
              "}, \"logicalLocations\": [{\"kind\": \"element\", \"name\": \"paragraph %d\", "
              "\"fullyQualifiedName\": ",
              w->para);
      json_string(out, w->where);
      fprintf(out, ", \"properties\": {\"paragraph\": %d, \"excerpt\": ", w->para);
      json_string(out, w->excerpt);
      fputs("}}]}]}", out);
      continue;
    }
    if (dg->loc.first_line > 0)
      fprintf(out,
              ", \"region\": {\"startLine\": %d, \"startColumn\": %d, \"endLine\": %d, "
              "\"endColumn\": %d}",
              dg->loc.first_line, dg->loc.first_column, dg->loc.last_line, dg->loc.last_column + 1);
    fputs("}}]", out);
    if (dg->note_file) { /* the other place of a mismatch between two files */
      fputs(", \"relatedLocations\": [{\"id\": 1, \"message\": {\"text\": ", out);
      json_string(out, dg->note);
      fputs("}, \"physicalLocation\": {\"artifactLocation\": {\"uri\": ", out);
      json_string(out, dg->note_file);
      fprintf(out, "}, \"region\": {\"startLine\": %d, \"startColumn\": %d}}}]",
              dg->note_loc.first_line, dg->note_loc.first_column);
    }
    fputs("}", out);
  }
  fputs(first ? "]\n  }]\n}\n" : "\n    ]\n  }]\n}\n", out);
}

void diag_print(struct diag_ctx *d, FILE *out, enum diag_format fmt, int color) {
  (void)color;
  if (fmt == DIAG_JSON) {
    print_json(d, out);
    return;
  }
  if (fmt == DIAG_SARIF) {
    print_sarif(d, out);
    return;
  }
  size_t printed = 0, hidden = 0;
  for (size_t i = 0; i < d->n; i++) {
    const struct diag *dg = &d->items[i];
    if (dg->severity == SEV_OFF) continue;
    if (d->max_printed && printed >= d->max_printed) {
      hidden++;
      continue;
    }
    printed++;
    char wp[600];
    int word = dg->src && word_place_format(dg->src, dg->loc.first_line, wp, sizeof wp);
    if (word) /* a Word document's: the place as its reader finds it, no source line */
      fprintf(out, "%s: %s: %s: %s [%s]\n", dg->file, wp, sev_name(dg->severity), dg->message,
              rules[dg->code].id);
    else if (dg->loc.first_line > 0)
      fprintf(out, "%s:%d:%d: %s: %s [%s]\n", dg->file ? dg->file : "-", dg->loc.first_line,
              dg->loc.first_column, sev_name(dg->severity), dg->message, rules[dg->code].id);
    else
      fprintf(out, "%s: %s: %s [%s]\n", dg->file ? dg->file : "resc", sev_name(dg->severity),
              dg->message, rules[dg->code].id);
    if (dg->src && dg->loc.first_line > 0 && !word) print_quote(out, dg->src, &dg->loc);
    if (dg->note && word && !dg->note_file &&
        word_place_format(dg->src, dg->note_loc.first_line, wp, sizeof wp)) {
      fprintf(out, "%s: %s: note: %s\n", dg->file, wp, dg->note);
    } else if (dg->note) {
      const char *nf = dg->note_file ? dg->note_file : dg->file;
      const struct source *ns = dg->note_file ? dg->note_src : dg->src;
      fprintf(out, "%s:%d:%d: note: %s\n", nf ? nf : "-", dg->note_loc.first_line,
              dg->note_loc.first_column, dg->note);
      if (ns) print_quote(out, ns, &dg->note_loc);
    }
  }
  if (hidden) fprintf(out, "resc: %zu more diagnostics not shown\n", hidden);
}
