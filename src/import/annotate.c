/* The review copy of a Word document (annotate.h). document.xml is not parsed and
 * written again (that would reformat the user's file): a small scanner finds the body
 * paragraphs in its bytes, counted as the importer counts them (every w:p not inside
 * another, in document order, table cells included), and the comment anchors are
 * inserted at those offsets. The other parts are read with the importer's bounds and
 * copied as they are. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "cli.h"
#include "document.h"
#include "diag.h"
#include "docx.h"
#include "annotate.h"
#include "annotate_fix.h"
#include "output.h"
#include "render_docx_parts.h"
#include "source.h"
#include "strbuf.h"
#include "word_place.h"
#include "zip_write.h"

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_W_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define REL_COMMENTS "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
#define CT_COMMENTS "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
#define MAX_ANNOTATIONS 10000

/* A body paragraph's offsets in document.xml: where a comment range may start (after
 * the start tag and the paragraph properties) and where its end tag starts; an empty
 * element (<w:p/>) takes no comment. */
struct pspan {
  size_t start_at, end_at;
  int empty;
};

/* The prefix bound to WordprocessingML's namespace in the root start tag of X ("w"). */
static int w_prefix(const char *x, char *pfx, size_t cap) {
  const char *root = x;
  while ((root = strchr(root, '<')) && (root[1] == '?' || root[1] == '!')) root++;
  const char *end = root ? strchr(root, '>') : NULL;
  for (const char *p = root; p && p < end && (p = strstr(p, "xmlns:")) && p < end; p++) {
    const char *eq = strchr(p, '=');
    if (!eq || eq > end || (size_t)(eq - p - 6) >= cap) continue;
    const char *v = eq + 2;
    if ((strncmp(v, NS_W "\"", sizeof NS_W) == 0 ||
         strncmp(v, NS_W_STRICT "\"", sizeof NS_W_STRICT) == 0 ||
         strncmp(v, NS_W "'", sizeof NS_W) == 0)) {
      memcpy(pfx, p + 6, (size_t)(eq - p - 6));
      pfx[eq - p - 6] = '\0';
      return 0;
    }
  }
  return -1;
}

/* Whether the tag name at S (after '<' or "</") is PFX:LOCAL, ending there. */
static int tag_is(const char *s, const char *pfx, const char *local) {
  size_t n = strlen(pfx), m = strlen(local);
  return strncmp(s, pfx, n) == 0 && s[n] == ':' && strncmp(s + n + 1, local, m) == 0 &&
         strchr(" \t\r\n/>", s[n + 1 + m]) != NULL;
}

/* The body paragraphs of document.xml X (N bytes), as the importer counts them. */
static size_t scan_paragraphs(const char *x, size_t n, const char *pfx, struct pspan **out) {
  size_t np = 0, cap = 0;
  struct pspan *v = NULL;
  int in_body = 0, p_open = 0, depth = 0, p_depth = 0, ppr_next = 0;
  const char *end = x + n;
  for (const char *p = memchr(x, '<', n); p && p < end; p = memchr(p, '<', (size_t)(end - p))) {
    const char *e = docx_markup_end(p, end);
    int close = p[1] == '/', self = !close && e - p >= 2 && e[-2] == '/';
    int special = p[1] == '!' || p[1] == '?';
    const char *name = p + 1 + close;
    if (special) {
    } else if (close) {
      depth--;
      if (tag_is(name, pfx, "body")) in_body = 0;
      if (p_open && depth == p_depth && tag_is(name, pfx, "p")) {
        p_open = 0;
        v[np - 1].end_at = (size_t)(p - x);
      } else if (p_open && ppr_next && depth == p_depth + 1 && tag_is(name, pfx, "pPr")) {
        v[np - 1].start_at = (size_t)(e - x);
        ppr_next = 0;
      }
    } else {
      if (p_open && ppr_next && depth == p_depth + 1) { /* the paragraph's first child */
        if (tag_is(name, pfx, "pPr") && self) v[np - 1].start_at = (size_t)(e - x);
        if (!tag_is(name, pfx, "pPr") || self) ppr_next = 0;
      }
      if (tag_is(name, pfx, "body")) in_body = 1;
      if (in_body && !p_open && tag_is(name, pfx, "p")) {
        if (np == cap) {
          cap = cap ? 2 * cap : 256;
          v = xrealloc(v, cap * sizeof *v);
        }
        v[np++] = (struct pspan){(size_t)(e - x), 0, self};
        if (!self) {
          p_open = 1;
          p_depth = depth;
          ppr_next = 1;
        }
      }
      if (!self) depth++;
    }
    p = e;
  }
  *out = v;
  return np;
}

/* A finding as its comment says it: the rule, the message, and the fix where resc has
 * one that reads in words ("{--;--}{++:++}": replace ';' with ':'). */
static void comment_text(const struct diag *dg, const char *rule, struct strbuf *out) {
  const struct word_line *w = word_place_of(dg->src, dg->loc.first_line);
  if (w && w->para == 0 && *w->where) sb_printf(out, "(%s) ", w->where);
  sb_printf(out, "[%s] ", rule);
  for (const char *m = dg->message; *m; m++) /* the message's *italics* as plain words */
    if (*m != '*') sb_addc(out, *m);
  const char *f = dg->fix;
  if (!f || strcmp(f, "-") == 0) return;
  const char *d0 = strstr(f, "{--"), *d1 = d0 ? strstr(d0, "--}") : NULL;
  const char *i0 = strstr(f, "{++"), *i1 = i0 ? strstr(i0, "++}") : NULL;
  if (d1 && i1)
    sb_printf(out, ". Fix: replace \u2018%.*s\u2019 with \u2018%.*s\u2019", (int)(d1 - d0 - 3),
              d0 + 3, (int)(i1 - i0 - 3), i0 + 3);
  else if (i1) sb_printf(out, ". Fix: insert \u2018%.*s\u2019", (int)(i1 - i0 - 3), i0 + 3);
  else if (d1) sb_printf(out, ". Fix: delete \u2018%.*s\u2019", (int)(d1 - d0 - 3), d0 + 3);
  else sb_printf(out, ". Fix: %s", f);
}

/* One comment of comments.xml. */
static void comment_xml(struct strbuf *c, const char *pfx, long id, const char *date,
                        const char *text) {
  sb_printf(c,
            "<%s:comment %s:id=\"%ld\" %s:author=\"resc\" %s:date=\"%s\" %s:initials=\"rc\">"
            "<%s:p><%s:r><%s:t xml:space=\"preserve\">",
            pfx, pfx, id, pfx, pfx, date, pfx, pfx, pfx, pfx);
  docx_escape_text(c, text, strlen(text));
  sb_printf(c, "</%s:t></%s:r></%s:p></%s:comment>", pfx, pfx, pfx, pfx);
}

/* The largest w:id of the comments in comments.xml C (-1 when none). */
static long max_comment_id(const char *c, const char *pfx) {
  long max = -1;
  char key[64];
  snprintf(key, sizeof key, "<%s:comment ", pfx);
  for (const char *p = strstr(c, key); p; p = strstr(p + 1, key)) {
    const char *e = strchr(p, '>');
    char attr[64];
    snprintf(attr, sizeof attr, "%s:id=\"", pfx);
    const char *a = strstr(p, attr);
    if (a && e && a < e) {
      long v = strtol(a + strlen(attr), NULL, 10);
      if (v > max) max = v;
    }
  }
  return max;
}

/* Inserts TEXT into SB before the last occurrence of KEY; -1 when KEY is absent. */
static int insert_before_last(struct strbuf *sb, const char *key, const char *text) {
  const char *last = NULL;
  for (const char *p = strstr(sb_str(sb), key); p; p = strstr(p + 1, key)) last = p;
  if (!last) return -1;
  size_t at = (size_t)(last - sb->data), n = strlen(text);
  struct strbuf t = {0};
  sb_add(&t, sb->data, at);
  sb_add(&t, text, n);
  sb_add(&t, sb->data + at, sb->len - at);
  sb_free(sb);
  *sb = t;
  return 0;
}

/* TEXT in place of LEN bytes at AT (0: an insertion). */
struct insertion {
  size_t at;
  int seq; /* order among edits at one offset */
  char *text;
  size_t len;
};

static int cmp_ins(const void *a, const void *b) {
  const struct insertion *x = a, *y = b;
  if (x->at != y->at) return x->at < y->at ? -1 : 1;
  return x->seq - y->seq;
}

/* The parts changed for the review copy, by name; the others are copied. */
struct changed {
  const char *name;
  struct strbuf data;
  int is_new;
};

static int write_copy(zip_t *z, const char *out, struct changed *ch, size_t nch, time_t when,
                      char *err, size_t errlen) {
  struct output_tmp tmp;
  if (output_begin(&tmp, out, err, errlen) != 0) return -1;
  struct zip_writer *w = zip_write_open(tmp.path, when, err, errlen);
  if (!w) {
    output_abort(&tmp);
    return -1;
  }
  int rc = 0;
  zip_int64_t n = zip_get_num_entries(z, 0);
  for (zip_int64_t i = 0; rc == 0 && i < n; i++) {
    const char *name = zip_get_name(z, (zip_uint64_t)i, 0);
    if (!name) continue;
    const struct changed *c = NULL;
    for (size_t k = 0; k < nch; k++)
      if (strcmp(ch[k].name, name) == 0) c = &ch[k];
    if (c) {
      rc = zip_write_add(w, name, c->data.data, c->data.len, err, errlen);
      continue;
    }
    size_t len = 0;
    err[0] = '\0';
    char *data = docx_read_entry(z, name, &len, err, errlen);
    if (!data) {
      if (!err[0]) snprintf(err, errlen, "%s: cannot read", name);
      rc = -1;
      break;
    }
    rc = zip_write_add(w, name, data, len, err, errlen);
    free(data);
  }
  for (size_t k = 0; rc == 0 && k < nch; k++)
    if (ch[k].is_new)
      rc = zip_write_add(w, ch[k].name, ch[k].data.data, ch[k].data.len, err, errlen);
  if (rc == 0) rc = zip_write_close(w, err, errlen);
  else zip_write_abort(w);
  if (rc == 0) rc = output_commit(&tmp, err, errlen);
  else output_abort(&tmp);
  return rc;
}

/* Reads part NAME of Z into SB; 1 when absent, -1 when refused (message in ERR). */
static int read_part(zip_t *z, const char *name, struct strbuf *sb, char *err, size_t errlen) {
  size_t len = 0;
  err[0] = '\0';
  char *data = docx_read_entry(z, name, &len, err, errlen);
  if (!data) return err[0] ? -1 : 1;
  sb_add(sb, data, len);
  free(data);
  return 0;
}

/* The text at DG's place in SRC (one line), or 0. */
static int text_at(const struct diag *dg, const struct source *src, char *buf, size_t cap) {
  size_t len;
  const char *line = source_line(src, dg->loc.first_line, &len);
  if (!line || dg->loc.first_line != dg->loc.last_line || dg->loc.first_column < 1 ||
      (size_t)dg->loc.last_column > len || dg->loc.last_column < dg->loc.first_column ||
      (size_t)(dg->loc.last_column - dg->loc.first_column + 1) >= cap)
    return 0;
  snprintf(buf, cap, "%.*s", dg->loc.last_column - dg->loc.first_column + 1,
           line + dg->loc.first_column - 1);
  return 1;
}

/* The fix of DG as a Word user's text: the label typed and the one to write, or the end
 * punctuation to replace or add. 0 when DG has none that a paragraph can take. */
static int word_fix(const struct diag *dg, const struct source *src, struct docx_fix *f, char *old,
                    char *new_text, size_t cap) {
  const char *x = dg->fix;
  if (!x || !*x) return 0;
  if (dg->code == DIAG_PUNCTUATION) {
    const char *d0 = strstr(x, "{--"), *d1 = d0 ? strstr(d0, "--}") : NULL;
    const char *i0 = strstr(x, "{++"), *i1 = i0 ? strstr(i0, "++}") : NULL;
    if (x[0] != '{') { /* plain text: the fix replaces the text at the place, or follows it */
      if (dg->fix_after) old[0] = '\0';
      else if (!text_at(dg, src, old, cap)) return 0;
      snprintf(new_text, cap, "%s", x);
    } else { /* a revision-marked text: the fix is marked */
      if (!i1 || (d0 && !d1) || (size_t)(i1 - i0) > cap || (d1 && (size_t)(d1 - d0) > cap))
        return 0;
      snprintf(old, cap, "%.*s", d1 ? (int)(d1 - d0 - 3) : 0, d1 ? d0 + 3 : "");
      snprintf(new_text, cap, "%.*s", (int)(i1 - i0 - 3), i0 + 3);
    }
    f->at_start = 0;
  } else if (dg->code == DIAG_LETTERING || dg->code == DIAG_NUMBERING ||
             dg->code == DIAG_SUBLABEL) {
    if (!text_at(dg, src, old, cap)) return 0;
    /* the label to write; "-" (let resc compute it): the one the message expects */
    const char *e = strstr(dg->message, "expected '");
    const char *q = e ? strchr(e + 10, '\'') : NULL;
    if (strcmp(x, "-") != 0) snprintf(new_text, cap, "%s", x);
    else if (q && (size_t)(q - e - 10) < cap)
      snprintf(new_text, cap, "%.*s", (int)(q - e - 10), e + 10);
    else return 0;
    f->at_start = 1;
  } else {
    return 0;
  }
  f->old = old;
  f->new_text = new_text;
  return !strpbrk(old, "<&{*\\") && !strpbrk(new_text, "<&{*\\");
}

/* The largest number in an "id=" attribute of X (revision ids go on after it). */
static long max_id(const char *x) {
  long max = 0;
  for (const char *p = strstr(x, ":id=\""); p; p = strstr(p + 1, ":id=\"")) {
    long v = strtol(p + 5, NULL, 10);
    if (v > max) max = v;
  }
  return max;
}

int docx_annotate(const char *in, const char *out, const struct diag_ctx *d,
                  const struct source *src, const char *iso_date, time_t when, int fix, char *err,
                  size_t errlen) {
  int zerr = 0;
  zip_t *z = zip_open(in, ZIP_RDONLY, &zerr);
  if (!z) {
    snprintf(err, errlen, "%s: not a readable zip archive", in);
    return -1;
  }
  struct changed ch[4] = {{"word/document.xml", {0}, 0},
                          {"word/comments.xml", {0}, 0},
                          {"word/_rels/document.xml.rels", {0}, 0},
                          {"[Content_Types].xml", {0}, 0}};
  struct pspan *ps = NULL;
  struct insertion *ins = NULL;
  size_t nins = 0, np = 0;
  int rc = -1, ncomments = 0;
  char pfx[32], cpfx[32];
  if (read_part(z, "word/document.xml", &ch[0].data, err, errlen) != 0) {
    if (!err[0]) snprintf(err, errlen, "no word/document.xml");
    goto out;
  }
  if (w_prefix(sb_str(&ch[0].data), pfx, sizeof pfx) != 0) {
    snprintf(err, errlen, "word/document.xml: no WordprocessingML namespace prefix");
    goto out;
  }
  np = scan_paragraphs(ch[0].data.data, ch[0].data.len, pfx, &ps);
  int had_comments = read_part(z, "word/comments.xml", &ch[1].data, err, errlen);
  if (had_comments < 0) goto out;
  if (had_comments == 0 && w_prefix(sb_str(&ch[1].data), cpfx, sizeof cpfx) != 0) {
    snprintf(err, errlen, "word/comments.xml: no WordprocessingML namespace prefix");
    goto out;
  }
  if (had_comments == 1) snprintf(cpfx, sizeof cpfx, "w");
  long id = had_comments == 0 ? max_comment_id(sb_str(&ch[1].data), cpfx) + 1 : 0;
  struct strbuf comments = {0};
  size_t first_para = 0; /* findings in the footnotes go to the first paragraph */
  while (first_para < np && ps[first_para].empty) first_para++;
  ins = xcalloc(3 * (d->n < MAX_ANNOTATIONS ? d->n : MAX_ANNOTATIONS) + 1, sizeof *ins);
  long rev = max_id(sb_str(&ch[0].data)) + 1;
  for (size_t i = 0; i < d->n && ncomments < MAX_ANNOTATIONS; i++) {
    const struct diag *dg = &d->items[i];
    if (dg->src != src || dg->severity == SEV_OFF) continue;
    const struct word_line *w = word_place_of(src, dg->loc.first_line);
    if (!w) continue;
    size_t k = w->para >= 1 && (size_t)w->para <= np ? (size_t)w->para - 1 : first_para;
    if (k >= np || ps[k].empty) k = first_para;
    if (k >= np) continue;
    struct strbuf t = {0};
    comment_text(dg, diag_rule_id(dg->code), &t);
    comment_xml(&comments, cpfx, id, iso_date, sb_str(&t));
    sb_free(&t);
    struct strbuf a = {0};
    sb_printf(&a, "<%s:commentRangeStart %s:id=\"%ld\"/>", pfx, pfx, id);
    ins[nins++] = (struct insertion){ps[k].start_at, ncomments, xstrdup(sb_str(&a)), 0};
    sb_clear(&a);
    sb_printf(
        &a, "<%s:commentRangeEnd %s:id=\"%ld\"/><%s:r><%s:commentReference %s:id=\"%ld\"/></%s:r>",
        pfx, pfx, id, pfx, pfx, pfx, id, pfx);
    ins[nins++] =
        (struct insertion){ps[k].end_at, 2 * MAX_ANNOTATIONS + ncomments, xstrdup(sb_str(&a)), 0};
    sb_free(&a);
    struct docx_fix f;
    struct docx_edit ed;
    char old[64], new_text[64];
    if (fix && w->para >= 1 && word_fix(dg, src, &f, old, new_text, sizeof old) &&
        docx_fix_paragraph(ch[0].data.data, ps[k].start_at, ps[k].end_at, pfx, &f, &rev, iso_date,
                           &ed))
      ins[nins++] = (struct insertion){ed.at, MAX_ANNOTATIONS + ncomments, ed.text, ed.len};
    id++;
    ncomments++;
  }
  /* document.xml with the anchors inserted at their offsets */
  qsort(ins, nins, sizeof *ins, cmp_ins);
  struct strbuf doc = {0};
  size_t at = 0;
  for (size_t i = 0; i < nins; i++) {
    if (ins[i].at < at) continue; /* a second fix of the same run: the comment says it */
    sb_add(&doc, ch[0].data.data + at, ins[i].at - at);
    sb_adds(&doc, ins[i].text);
    at = ins[i].at + ins[i].len;
  }
  sb_add(&doc, ch[0].data.data + at, ch[0].data.len - at);
  sb_free(&ch[0].data);
  ch[0].data = doc;
  size_t nch = 1;
  if (had_comments == 0) {
    char key[48];
    snprintf(key, sizeof key, "</%s:comments>", cpfx);
    if (insert_before_last(&ch[1].data, key, sb_str(&comments)) != 0) {
      snprintf(err, errlen, "word/comments.xml: no %s", key);
      sb_free(&comments);
      goto out;
    }
    nch = 2;
  } else if (ncomments) {
    sb_adds(
        &ch[1].data,
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"" NS_W
        "\">");
    sb_add(&ch[1].data, comments.data ? comments.data : "", comments.len);
    sb_adds(&ch[1].data, "</w:comments>\n");
    ch[1].is_new = 1;
    /* its relationship and content type */
    int rels = read_part(z, "word/_rels/document.xml.rels", &ch[2].data, err, errlen);
    if (rels < 0) {
      sb_free(&comments);
      goto out;
    }
    if (rels == 1) { /* a document with no relationships yet */
      sb_adds(&ch[2].data, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                           "<Relationships "
                           "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                           "relationships\"></Relationships>\n");
      ch[2].is_new = 1;
    }
    if (!strstr(sb_str(&ch[2].data), REL_COMMENTS "\"")) {
      char rel[256];
      int n = 1;
      char rid[32];
      do snprintf(rid, sizeof rid, "\"rIdResc%d\"", n++);
      while (strstr(sb_str(&ch[2].data), rid));
      snprintf(rel, sizeof rel,
               "<Relationship Id=%s Type=\"" REL_COMMENTS "\" Target=\"comments.xml\"/>", rid);
      if (insert_before_last(&ch[2].data, "</Relationships>", rel) != 0) {
        snprintf(err, errlen, "word/_rels/document.xml.rels: no </Relationships>");
        sb_free(&comments);
        goto out;
      }
    }
    if (read_part(z, "[Content_Types].xml", &ch[3].data, err, errlen) != 0) {
      if (!err[0]) snprintf(err, errlen, "no [Content_Types].xml");
      sb_free(&comments);
      goto out;
    }
    if (!strstr(sb_str(&ch[3].data), "\"/word/comments.xml\"") &&
        insert_before_last(&ch[3].data, "</Types>",
                           "<Override PartName=\"/word/comments.xml\" ContentType=\"" CT_COMMENTS
                           "\"/>") != 0) {
      snprintf(err, errlen, "[Content_Types].xml: no </Types>");
      sb_free(&comments);
      goto out;
    }
    nch = 4;
  }
  sb_free(&comments);
  rc = write_copy(z, out, ch, nch, when, err, errlen) == 0 ? ncomments : -1;
out:
  for (size_t i = 0; i < nins; i++) free(ins[i].text);
  free(ins);
  free(ps);
  for (size_t k = 0; k < 4; k++) sb_free(&ch[k].data);
  zip_close(z);
  return rc;
}

int check_annotate(int annotate, int fix, int nfiles, const char *in, const char *out,
                   const struct diag_ctx *d, const struct source *src, int status) {
  if (!annotate || !out) {
    fprintf(stderr, "resc check: --annotate and -o FILE.docx go together\n");
    return EXIT_USAGE;
  }
  if (nfiles != 1 || !document_is_zip(in)) {
    fprintf(stderr, "resc check: --annotate takes one Word document\n");
    return EXIT_USAGE;
  }
  if (!src->text || !word_place_of(src, 1)) return status; /* not read: reported */
  char iso[32], err[512];
  time_t when;
  if (cli_change_date(NULL, iso, sizeof iso, &when) != 0)
    snprintf(iso, sizeof iso, "1980-01-01T00:00:00Z");
  int n = docx_annotate(in, out, d, src, iso, when, fix, err, sizeof err);
  if (n < 0) {
    fprintf(stderr, "resc check: %s: %s\n", out, err);
    return EXIT_USAGE;
  }
  fprintf(stderr, "resc check: %s: %d comment%s\n", out, n, n == 1 ? "" : "s");
  return status;
}
