/* The safe fixes of a review copy as Word tracked changes by "resc" (annotate_fix.h):
 * a wrong typed label and a wrong or missing end punctuation, the fixes resc check
 * --fix makes in a source. A fix is written only where the document is plain enough to
 * be sure of it: the label is the whole text of the paragraph's first run, the
 * punctuation ends its last one, both runs direct children of the paragraph holding
 * one w:t each. Anywhere else the comment alone says what to do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate_fix.h"
#include "strbuf.h"

/* A run that is a direct child of the paragraph: its bytes, its properties, and its
 * one text element's content. */
struct run {
  size_t start, end;         /* "<w:r" .. after "</w:r>" */
  size_t rpr_start, rpr_end; /* the w:rPr element, or 0, 0 */
  size_t t_start, t_end;     /* the content of its w:t */
  int nt, other;             /* w:t elements; children other than w:rPr and w:t */
};

static int name_is(const char *s, const char *pfx, const char *local) {
  size_t n = strlen(pfx), m = strlen(local);
  return strncmp(s, pfx, n) == 0 && s[n] == ':' && strncmp(s + n + 1, local, m) == 0 &&
         strchr(" \t\r\n/>", s[n + 1 + m]) != NULL;
}

const char *docx_markup_end(const char *p, const char *end) {
  if (strncmp(p, "<!--", 4) == 0) {
    const char *e = strstr(p + 4, "-->");
    return e && e < end ? e + 3 : end;
  }
  if (strncmp(p, "<![CDATA[", 9) == 0) {
    const char *e = strstr(p + 9, "]]>");
    return e && e < end ? e + 3 : end;
  }
  char q = 0;
  for (p++; p < end; p++) {
    if (q) {
      if (*p == q) q = 0;
    } else if (*p == '"' || *p == '\'') {
      q = *p;
    } else if (*p == '>') {
      return p + 1;
    }
  }
  return end;
}

/* The direct runs of the paragraph content X[FROM, TO), and the offsets of the first
 * and the last text element anywhere in it (w:t or w:delText). */
static size_t scan_runs(const char *x, size_t from, size_t to, const char *pfx, struct run *v,
                        size_t cap, size_t *first_t, size_t *last_t) {
  size_t n = 0;
  int depth = 0, in_run = 0;
  *first_t = *last_t = (size_t)-1;
  const char *end = x + to;
  for (const char *p = memchr(x + from, '<', to - from); p && p < end;
       p = memchr(p, '<', (size_t)(end - p))) {
    const char *e = docx_markup_end(p, end);
    if (p[1] == '!' || p[1] == '?') { /* comments, CDATA, processing instructions */
      p = e;
      continue;
    }
    int close = p[1] == '/', self = !close && e - p >= 2 && e[-2] == '/';
    const char *nm = p + 1 + close;
    if (close) {
      depth--;
      if (in_run && depth == 0 && name_is(nm, pfx, "r")) {
        v[n - 1].end = (size_t)(e - x);
        in_run = 0;
      } else if (in_run && depth == 1 && name_is(nm, pfx, "rPr")) {
        v[n - 1].rpr_end = (size_t)(e - x);
      } else if (in_run && depth == 1 && name_is(nm, pfx, "t")) {
        v[n - 1].t_end = (size_t)(p - x);
      }
    } else {
      if (name_is(nm, pfx, "t") || name_is(nm, pfx, "delText")) {
        if (*first_t == (size_t)-1) *first_t = (size_t)(p - x);
        *last_t = (size_t)(p - x);
      }
      if (depth == 0 && !self && name_is(nm, pfx, "r") && n < cap) {
        v[n++] = (struct run){(size_t)(p - x), 0, 0, 0, 0, 0, 0, 0};
        in_run = 1;
      } else if (in_run && depth == 1) {
        if (name_is(nm, pfx, "rPr") && !self) v[n - 1].rpr_start = (size_t)(p - x);
        else if (name_is(nm, pfx, "t") && !self) v[n - 1].nt++, v[n - 1].t_start = (size_t)(e - x);
        else if (!name_is(nm, pfx, "rPr")) v[n - 1].other++;
      }
      if (!self) depth++;
    }
    p = e;
  }
  if (in_run) n--; /* not closed: not ours to touch */
  return n;
}

/* A run holding TEXT (a w:t, or a w:delText when DEL), with R's properties. */
static void run_with(struct strbuf *o, const char *x, const struct run *r, const char *pfx,
                     const char *text, size_t len, int del) {
  sb_printf(o, "<%s:r>", pfx);
  if (r->rpr_start) sb_add(o, x + r->rpr_start, r->rpr_end - r->rpr_start);
  sb_printf(o, "<%s:%s xml:space=\"preserve\">", pfx, del ? "delText" : "t");
  sb_add(o, text, len);
  sb_printf(o, "</%s:%s></%s:r>", pfx, del ? "delText" : "t", pfx);
}

static void change(struct strbuf *o, const char *x, const struct run *r, const char *pfx,
                   const char *text, size_t len, int del, long *id, const char *date) {
  if (!len) return;
  sb_printf(o, "<%s:%s %s:id=\"%ld\" %s:author=\"resc\" %s:date=\"%s\">", pfx, del ? "del" : "ins",
            pfx, (*id)++, pfx, pfx, date);
  run_with(o, x, r, pfx, text, len, del);
  sb_printf(o, "</%s:%s>", pfx, del ? "del" : "ins");
}

/* Whether the text of a w:t reads as it is in XML (no character reference to undo). */
static int plain_xml(const char *s, size_t n) { return !memchr(s, '&', n) && !memchr(s, '<', n); }

int docx_fix_paragraph(const char *x, size_t from, size_t to, const char *pfx,
                       const struct docx_fix *f, long *id, const char *date,
                       struct docx_edit *out) {
  struct run v[512];
  size_t first_t, last_t;
  size_t n = scan_runs(x, from, to, pfx, v, sizeof v / sizeof *v, &first_t, &last_t);
  const struct run *r = NULL;
  for (size_t i = 0; i < n && !r; i++)
    if (v[i].nt == 1 && v[i].other == 0 && v[i].start < (f->at_start ? first_t : last_t) &&
        v[i].end > (f->at_start ? first_t : last_t))
      r = &v[i];
  if (!r || !r->end) return 0;
  const char *t = x + r->t_start;
  size_t tl = r->t_end - r->t_start, ol = strlen(f->old);
  if (!plain_xml(t, tl)) return 0;
  struct strbuf o = {0};
  if (f->at_start) { /* the label: the whole text of the first run */
    if (tl != ol || memcmp(t, f->old, ol) != 0) return 0;
    change(&o, x, r, pfx, f->old, ol, 1, id, date);
    change(&o, x, r, pfx, f->new_text, strlen(f->new_text), 0, id, date);
  } else { /* the end: OLD (may be empty) ends the last run */
    while (tl && (t[tl - 1] == ' ')) tl--;
    if (tl < ol || memcmp(t + tl - ol, f->old, ol) != 0) return 0;
    size_t keep = tl - ol, trail = (size_t)(r->t_end - r->t_start) - tl;
    if (trail) return 0; /* spaces after the punctuation: leave it to the comment */
    if (keep) run_with(&o, x, r, pfx, t, keep, 0);
    change(&o, x, r, pfx, f->old, ol, 1, id, date);
    change(&o, x, r, pfx, f->new_text, strlen(f->new_text), 0, id, date);
  }
  out->at = r->start;
  out->len = r->end - r->start;
  out->text = o.data ? o.data : calloc(1, 1);
  return 1;
}
