/* The built-in DOCX renderer (render.h): the parts of a WordprocessingML package,
 * written straight from the AST in one walk, the one definition of resc's DOCX.
 *
 * The walk visits the AST in the order xml_build.c builds the XML (so footnotes are
 * numbered as in every other output). Ids are handed out in that order, one counter
 * per id space (revisions and comments share Word's one; bookmarks have theirs;
 * footnotes are numbered by the view), so they are small, unique and the same on every
 * run. A clause's bookmark is named after the clause's element's place in that order
 * (its ordinal), and a reference links to it by that name, which the walk knows once it
 * has passed the clause; the rare reference to a clause further on makes a walk that
 * writes nothing count them all first. Static parts and core properties are in render_docx_parts.c.
 * Clauses and inline content, which nest, are walked in loops over the ENTER/EXIT
 * iterator (ast_iter.h), so no depth costs C stack. */
#include "render.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "docx_walk.h"
#include "labels.h"
#include "lang/lang.h"
#include "lang/lang_doc.h"
#include "profile.h"
#include "render_docx_parts.h"
#include "strmap.h"
#include "stylesheets.h"
#include "table.h"
#include "utf8.h"
#include "view.h"
#include "zip_write.h"

enum run_kind { RUN_TEXT, RUN_TAB, RUN_BR, RUN_FNREF, RUN_FNREF_CUSTOM, RUN_FNMARK };

/* What inline content inherits from the blocks and marks around it. */
struct ctx {
  unsigned char i, b;
  unsigned char copy; /* the number quoted in an annex heading */
  enum change rev;    /* the revision the runs belong to */
  enum change keep;   /* copy: CH_NONE every mark, CH_INS the new text, CH_DEL the old */
  const char *rstyle;
};

enum { HEAD_NUMBER, HEAD_TITLE, HEAD_HISTORY, HEAD_ASSEMBLY, HEAD_COUNT };

struct rd {
  const struct document *doc;
  struct zip_deflate *body_z; /* document.xml deflated as the body buffer fills */
  enum view view;
  int counting;       /* a walk for the ordinals only: nothing written */
  int keep;           /* document.xml kept in memory, not deflated */
  int forward;        /* a reference to a clause not reached yet was met */
  int all_ords;       /* every clause's ordinal is known */
  struct strbuf *out; /* where output goes now; NULL: counted, not written */
  struct strbuf body, notes, comments;
  struct strbuf head[HEAD_COUNT]; /* a resolution's header lines, set in a fixed order */
  /* The document header, set as the DOCX groups it: the table's two cells, source,
   * subject, abstracts. */
  struct strbuf left, right, source, subject, abstract;
  int header_done, header_body; /* header_body: an abstract, source or subject exists */
  int nblocks, last_block_res;
  long ord;       /* elements so far: a clause's bookmark is named after its element's */
  int rev_id;     /* the next w:ins, w:del or comment id */
  int bookmark_id; /* the next bookmark id */
  /* Text not yet written: adjacent text is one node until an element intervenes. */
  int pending;
  const char *pend_s;
  size_t pend_n;
  struct strbuf pend;
  struct view_footnotes fn;
  int fn_seq, fn_seq_base, ncomments, in_res;
  struct strmap *ords;        /* clause {#id} -> its ordinal */
  struct strbuf author, date; /* escaped for attributes */
  const char *author_raw;
  const struct node *first_res;
  struct strbuf title, subject_text; /* core properties' title and fallback */
  /* Every section's page set-up, and the first section's header references. */
  const char *page, *refs;
  int title_pg, sections;
};

/* The built-in page set-up: A4 with the ITU margins. */
static const char itu_page[] =
    "<w:pgSz w:w=\"11907\" w:h=\"16840\" w:code=\"9\"/><w:pgMar w:top=\"1134\" "
    "w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" "
    "w:gutter=\"0\"/><w:cols w:space=\"720\"/>";

/* ---------- writing ---------- */

/* Makes room for N more bytes (and the terminating NUL) and returns where they go:
 * the output is tens of megabytes written in small pieces, so a run reserves once and
 * copies without further checks. */
static char *room(struct strbuf *sb, size_t n) {
  if (sb->len + n + 1 > sb->cap) return sb_reserve(sb, n); /* grows, or hands the body on */
  return sb->data + sb->len;
}

/* Ends a piece written from START to P. */
static void done(struct strbuf *sb, const char *start, char *p) {
  sb->len += (size_t)(p - start);
  *p = '\0';
}

static void put(struct rd *r, const char *s, size_t n) {
  if (!r->out || !n) return;
  char *p = room(r->out, n);
  memcpy(p, s, n);
  done(r->out, p, p + n);
}
#define PUT(r, lit) put((r), lit, sizeof lit - 1)
#define CP(p, lit) (memcpy((p), lit, sizeof lit - 1), (p) += sizeof lit - 1)

static void put_str(struct rd *r, const char *s) { put(r, s, strlen(s)); }

static void put_num(struct rd *r, long long v) {
  if (!r->out) return;
  char *p = room(r->out, 40);
  done(r->out, p, p + docx_number(v, p));
}

/* The opening tag of w:ins or w:del with its id, author and date, at P (room for
 * rev_room(r) bytes); EMPTY closes it (the paragraph-mark form inside w:rPr). */
static size_t rev_room(const struct rd *r) { return 80 + r->author.len + r->date.len; }

static char *rev_tag(struct rd *r, char *p, enum change rev, int empty) {
  int id = r->rev_id++;
  if (rev == CH_INS) CP(p, "<w:ins w:id=\"");
  else CP(p, "<w:del w:id=\"");
  p += docx_number(id, p);
  CP(p, "\" w:author=\"");
  memcpy(p, r->author.data, r->author.len);
  p += r->author.len;
  CP(p, "\" w:date=\"");
  memcpy(p, r->date.data, r->date.len);
  p += r->date.len;
  if (empty) CP(p, "\"/>");
  else CP(p, "\">");
  return p;
}

/* Whether S (N bytes) holds an Arabic letter. */
static int has_arabic(const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    unsigned cp;
    size_t k = utf8_decode(s + i, n - i, &cp);
    if (!k) return 0;
    if (lang_script_of(cp) == SCRIPT_ARABIC) return 1;
    i += k;
  }
  return 0;
}

/* One w:r, inside w:ins/w:del under a revision. */
static void run(struct rd *r, enum change rev, enum run_kind kind, const char *s,
                size_t n, int i, int b, const char *rstyle) {
  if (!r->out) return;
  size_t rs = rstyle ? strlen(rstyle) : 0;
  char *start = room(r->out, 170 + rs + DOCX_ESCAPE_MAX * n + (rev ? rev_room(r) : 0)), *p = start;
  if (rev) p = rev_tag(r, p, rev, 0);
  CP(p, "<w:r>");
  /* Arabic text runs right to left (w:rtl), as in E.119-A; Latin runs do not. */
  int rtl = kind == RUN_TEXT && r->doc->lang && r->doc->lang->rtl && has_arabic(s, n);
  if (rstyle || i || b || rtl) {
    CP(p, "<w:rPr>");
    if (rstyle) {
      CP(p, "<w:rStyle w:val=\"");
      memcpy(p, rstyle, rs);
      p += rs;
      CP(p, "\"/>");
    }
    if (b) CP(p, "<w:b/><w:bCs/>");
    if (i) CP(p, "<w:i/><w:iCs/>");
    if (rtl) CP(p, "<w:rtl/>");
    CP(p, "</w:rPr>");
  }
  switch (kind) {
  case RUN_TAB: CP(p, "<w:tab/>"); break;
  case RUN_BR: CP(p, "<w:br/>"); break;
  case RUN_FNREF:
    CP(p, "<w:footnoteReference w:id=\"");
    memcpy(p, s, n);
    p += n;
    CP(p, "\"/>");
    break;
  case RUN_FNREF_CUSTOM: { /* S is "<id> <mark>" */
    const char *sp = memchr(s, ' ', n);
    size_t idn = sp ? (size_t)(sp - s) : n;
    CP(p, "<w:footnoteReference w:customMarkFollows=\"1\" w:id=\"");
    memcpy(p, s, idn);
    p += idn;
    CP(p, "\"/><w:t>");
    if (sp) p += docx_escape_text_to(p, sp + 1, n - idn - 1);
    CP(p, "</w:t>");
    break;
  }
  case RUN_FNMARK: CP(p, "<w:footnoteRef/>"); break;
  case RUN_TEXT: {
    /* deleted text is w:delText; an empty one is written <w:t .../> as libxml2 does */
    const char *name = rev == CH_DEL ? "w:delText" : "w:t";
    size_t len = strlen(name);
    *p++ = '<';
    memcpy(p, name, len);
    p += len;
    CP(p, " xml:space=\"preserve\"");
    if (!n) {
      CP(p, "/>");
      break;
    }
    *p++ = '>';
    p += docx_escape_text_to(p, s, n);
    CP(p, "</");
    memcpy(p, name, len);
    p += len;
    *p++ = '>';
    break;
  }
  }
  CP(p, "</w:r>");
  if (rev == CH_INS) CP(p, "</w:ins>");
  else if (rev == CH_DEL) CP(p, "</w:del>");
  done(r->out, start, p);
}

/* ---------- the intermediate XML's elements and text nodes ---------- */

/* Writes the waiting text as one run: it is one text node in the XML. */
static void flush(struct rd *r, const struct ctx *c) {
  if (!r->pending) return;
  r->pending = 0;
  if (!r->out) return;
  const char *s = r->pend.len ? r->pend.data : r->pend_s;
  size_t n = r->pend.len ? r->pend.len : r->pend_n;
  run(r, c->rev, RUN_TEXT, s, n, c->i, c->b, c->rstyle);
}

/* Text in the current element. Text that follows text is the same node, as
 * xmlAddChild merges it, so it is kept until an element or the element's end. */
static void text(struct rd *r, const char *s, size_t n) {
  if (!n) return;
  if (!r->pending) {
    r->pending = 1;
    r->pend_s = s;
    r->pend_n = n;
    sb_clear(&r->pend);
    return;
  }
  if (!r->out) return;
  if (!r->pend.len) sb_add(&r->pend, r->pend_s, r->pend_n);
  sb_add(&r->pend, s, n);
}

/* An element begins: the text before it is a node of its own. */
static void open_el(struct rd *r, const struct ctx *c) {
  flush(r, c);
  r->ord++;
}

/* A block element: no text can be waiting before it. */
static void block_el(struct rd *r) { r->ord++; }

/* The change a block's element carries, or the one it inherits from the elements
 * above it. */
static enum change mark(const struct rd *r, enum change inherited, const struct node *n) {
  return r->view == VIEW_MARKUP && n->change ? (enum change)n->change : inherited;
}

/* ---------- inline content ---------- */

/* An ins or del element of the markup view holding the text S (N bytes), as a label's
 * deleted or inserted part reads. When a quotation keeps one version only, the other's
 * marks are counted and left out. */
static void revision_text(struct rd *r, const struct ctx *c, enum change kind, const char *s,
                          size_t n) {
  open_el(r, c);
  struct ctx k = *c;
  struct strbuf *saved = r->out;
  if (c->keep != CH_NONE) {
    if (kind != c->keep) r->out = NULL;
  } else {
    k.rev = kind;
  }
  text(r, s, n);
  flush(r, &k);
  r->out = saved;
}

/* A label's pieces: deleted and inserted text as revisions, then the unmarked tail.
 * The caller opens and closes the label element. */
static void label_content(struct rd *r, const struct ctx *c, const struct view_label *l) {
  if (l->ndel) revision_text(r, c, CH_DEL, l->del, l->ndel);
  if (l->nins) revision_text(r, c, CH_INS, l->ins, l->nins);
  text(r, l->tail, l->ntail);
}

static const struct node *enclosing_block(const struct node *n) {
  while (n && n->kind != N_SECTION && n->kind != N_ANNEX) n = n->parent;
  return n;
}

/* A reference: a hyperlink to the clause's bookmark when the clause exists in the view;
 * the phrase in italics, a space, the label (italic for a preamble letter). */
static void reference(struct rd *r, const struct ctx *c, const struct node *n) {
  struct view_ref ref;
  view_reference(r->doc, r->view, n, &ref);
  open_el(r, c);
  int linked = ref.target && view_visible(r->view, ref.target);
  if (linked && !r->counting) {
    const char *anchor = ref.target->as.clause.anchor;
    long long ord = r->ords && anchor ? (long long)(intptr_t)strmap_get(r->ords, anchor) : 0;
    if (!ord && !r->all_ords) r->forward = 1;
    PUT(r, "<w:hyperlink w:history=\"1\" w:anchor=\"_resc");
    put_num(r, ord);
    PUT(r, "\">");
  }
  struct ctx k = *c;
  k.i = 1;
  k.rstyle = NULL;
  open_el(r, c); /* phrase */
  if (ref.target) text(r, sb_str(&ref.phrase), ref.phrase.len);
  flush(r, &k);
  if (!ref.target || view_ref_spaced(&ref))
    run(r, c->rev, RUN_TEXT, " ", 1, 0, c->b, NULL);
  const struct node *blk = linked ? enclosing_block(ref.target) : NULL;
  k.i = blk && blk->kind == N_SECTION && !(blk->flags & F_OPERATIVE);
  open_el(r, c); /* label */
  if (ref.target) label_content(r, &k, &ref.label);
  flush(r, &k);
  if (linked) PUT(r, "</w:hyperlink>");
  view_ref_free(&ref);
}

/* docProps/core.xml and comments.xml take inline content as a plain string of the
 * text as it reads in the view. */
static void plain(const struct rd *r, struct strbuf *sb, const struct node *container) {
  view_plain_text(r->doc, r->view, container, sb);
}

/* A drafter's comment in comments.xml; its id is from the revisions' space. */
static void comment_entry(struct rd *r, int id, const struct node *n) {
  struct strbuf *o = &r->comments, t = {0};
  sb_adds(o, "<w:comment w:id=\"");
  sb_printf(o, "%d", id);
  sb_adds(o, "\" w:author=\"");
  sb_add(o, r->author.data, r->author.len);
  sb_adds(o, "\" w:date=\"");
  sb_add(o, r->date.data, r->date.len);
  sb_adds(o, "\" w:initials=\"");
  /* substring($author, 1, 1): the first character, not byte */
  const unsigned char *a = (const unsigned char *)r->author_raw;
  size_t len = 0;
  if (a[0]) {
    len = 1;
    while (a[len] >= 0x80 && a[len] < 0xc0 && a[0] >= 0xc0) len++;
  }
  docx_escape_attr(o, r->author_raw, len);
  sb_adds(o, "\"><w:p><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr><w:r><w:rPr>"
             "<w:rStyle w:val=\"CommentReference\"/></w:rPr><w:annotationRef/></w:r><w:r>");
  plain(r, &t, n);
  if (t.len) {
    sb_adds(o, "<w:t xml:space=\"preserve\">");
    docx_escape_text(o, t.data, t.len);
    sb_adds(o, "</w:t>");
  } else {
    sb_adds(o, "<w:t xml:space=\"preserve\"/>");
  }
  sb_adds(o, "</w:r></w:p></w:comment>");
  sb_free(&t);
}

/* A footnote mark: the first mark of a note of this resolution is Word's footnote
 * reference; a later one, or one outside a resolution, is the number as text. */
static void fnref(struct rd *r, const struct ctx *c, const struct node *n) {
  open_el(r, c);
  if (c->copy) return;
  int k, num = view_footnote_mark(&r->fn, r->doc, r->view, n, &k);
  if (!r->out) return;
  char v[24], mark[24];
  int star = view_footnote_label(&r->fn, num, mark, sizeof mark);
  if (view_mark_follows_mark(n)) run(r, c->rev, RUN_TEXT, ", ", 2, 0, 0, "FootnoteReference");
  if (r->in_res && num > 0 && k == 1) {
    /* a star note's reference carries its mark, as Word writes a custom mark: "12 *" */
    int len = star ? snprintf(v, sizeof v, "%d %s", r->fn_seq_base + num, mark)
                   : snprintf(v, sizeof v, "%d", r->fn_seq_base + num);
    run(r, c->rev, star ? RUN_FNREF_CUSTOM : RUN_FNREF, v, (size_t)len, 0, 0,
        "FootnoteReference");
  } else {
    run(r, c->rev, RUN_TEXT, mark, strlen(mark), 0, 0, "FootnoteReference");
  }
}

/* A drafter's comment of the markup view: its range and reference here, its text in
 * comments.xml (not in a quotation, whose comments are the quoted text's). */
static void comment(struct rd *r, const struct ctx *c, const struct node *n) {
  open_el(r, c);
  if (c->copy) return;
  int id = r->rev_id++;
  r->ncomments++;
  if (r->out) {
    PUT(r, "<w:commentRangeStart w:id=\"");
    put_num(r, id);
    PUT(r, "\"/><w:commentRangeEnd w:id=\"");
    put_num(r, id);
    PUT(r, "\"/><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr>"
           "<w:commentReference w:id=\"");
    put_num(r, id);
    PUT(r, "\"/></w:r>");
  }
  if (!r->counting) comment_entry(r, id, n);
}

/* The context an inline element changes for its content, pushed on the walk's stack
 * when the element is entered and restored when it is exited: italic, bold, the
 * revision, and whether the content is only counted (r->out NULL). */
#define WRAP_MUTED 16u

static unsigned wrap_save(const struct rd *r, const struct ctx *k) {
  return (unsigned)k->i | (unsigned)k->b << 1 | (unsigned)k->rev << 2 | (r->out ? 0 : WRAP_MUTED);
}

static void wrap_restore(struct rd *r, struct ctx *k, unsigned v, struct strbuf *out) {
  k->i = v & 1;
  k->b = v >> 1 & 1;
  k->rev = (enum change)(v >> 2 & 3);
  r->out = v & WRAP_MUTED ? NULL : out;
}

/* Whether an inline element of kind N wraps its content in a context of its own in
 * this view: emphasis always, a revision or a comment in the markup view (elsewhere a
 * revision is passed through or left out, a comment left out). */
static int wraps(const struct rd *r, enum node_kind kind) {
  return kind == N_EMPH || kind == N_STRONG ||
         (r->view == VIEW_MARKUP && (kind == N_INS || kind == N_DEL || kind == N_COMMENT));
}

/* CONTAINER's inline content up to STOP (one of its children; NULL: all of it), in
 * context C, in one loop over the iterator: no recursion, so nesting costs no stack. */
static void inline_loop(struct rd *r, const struct ctx *c, const struct node *container,
                        const struct node *stop) {
  struct ctx k = *c;
  struct strbuf *out = r->out;
  struct ast_iter it;
  struct docx_walk_stack st;
  enum ast_event ev;
  docx_walk_start(&it, &st, container, 0);
  while ((ev = docx_walk_next(&it)) != AST_DONE) {
    const struct node *n = it.node;
    if (ev == AST_EXIT) {
      if (wraps(r, n->kind)) {
        flush(r, &k);
        wrap_restore(r, &k, change_stack_pop(&st.s), out);
      }
      continue;
    }
    if (n == stop) break;
    switch (n->kind) {
    case N_TEXT: text(r, n->str, strlen(n->str)); break;
    case N_EMPH:
    case N_STRONG:
      open_el(r, &k);
      change_stack_push(&st.s, wrap_save(r, &k));
      if (n->kind == N_EMPH) k.i = 1;
      else k.b = 1;
      continue;
    case N_INS:
    case N_DEL: {
      enum change kind = n->kind == N_INS ? CH_INS : CH_DEL;
      if (r->view != VIEW_MARKUP) {
        /* the version's own text is passed through, the other's left out */
        if ((r->view == VIEW_NEW) == (kind == CH_INS)) continue;
        break;
      }
      open_el(r, &k);
      change_stack_push(&st.s, wrap_save(r, &k));
      /* a quotation that keeps one version counts the other's marks only */
      if (k.keep == CH_NONE) k.rev = kind;
      else if (kind != k.keep) r->out = NULL;
      continue;
    }
    case N_COMMENT:
      if (r->view != VIEW_MARKUP) break;
      comment(r, &k, n);
      /* its text is in comments.xml; here it only takes its place among the nodes */
      change_stack_push(&st.s, wrap_save(r, &k));
      r->out = NULL;
      continue;
    case N_BREAK:
      open_el(r, &k);
      run(r, k.rev, RUN_BR, NULL, 0, 0, 0, NULL);
      break;
    case N_REF: reference(r, &k, n); break;
    case N_FNREF: fnref(r, &k, n); break;
    default: break;
    }
    ast_iter_skip(&it);
  }
  change_stack_free(&st.s);
}

/* inline_loop, with the most common content, one text and no more, written at once. */
static inline void inline_walk(struct rd *r, const struct ctx *c, const struct node *container,
                               const struct node *stop) {
  const struct node *t = container->first;
  if (t && t == container->last && t->kind == N_TEXT && t != stop) text(r, t->str, strlen(t->str));
  else inline_loop(r, c, container, stop);
}

static void inlines(struct rd *r, const struct ctx *c, const struct node *container) {
  inline_walk(r, c, container, NULL);
}

/* ---------- paragraphs ---------- */

/* Opens the paragraph of the element just opened: its properties, and the context its
 * runs take their revision from. */
static struct ctx para_begin(struct rd *r, const char *style, int spacing, enum change rev) {
  struct ctx p = {0};
  p.rev = rev;
  if (!r->out) return p;
  PUT(r, "<w:p>");
  if (style || spacing || rev) {
    PUT(r, "<w:pPr>");
    if (style) {
      PUT(r, "<w:pStyle w:val=\"");
      put_str(r, style);
      PUT(r, "\"/>");
    }
    if (spacing) PUT(r, "<w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"left\"/>");
    if (rev) {
      char *start = room(r->out, rev_room(r) + 16), *q = start;
      CP(q, "<w:rPr>");
      q = rev_tag(r, q, rev, 1);
      CP(q, "</w:rPr>");
      done(r->out, start, q);
    }
    PUT(r, "</w:pPr>");
  }
  return p;
}

/* A run the paragraph adds itself (a prefix, a tab, a mark), in its revision. */
static void slot(struct rd *r, const struct ctx *p, enum run_kind kind, const char *s, int b,
                 const char *rstyle) {
  run(r, p->rev, kind, s, s ? strlen(s) : 0, 0, b, rstyle);
}

/* A paragraph of inline content: PREFIX, the content, SUFFIX. The element is open. */
static void content_para(struct rd *r, const struct node *content, const char *style, int spacing,
                         enum change rev, const char *prefix, const char *rstyle,
                         const char *suffix) {
  struct ctx p = para_begin(r, style, spacing, rev);
  if (prefix) slot(r, &p, RUN_TEXT, prefix, 0, NULL);
  p.rstyle = rstyle;
  /* the marks that end the content follow the suffix: "(Hammamet, 2016)1, 1bis" */
  const struct node *marks = suffix ? view_trailing_marks(content) : NULL;
  inline_walk(r, &p, content, marks);
  flush(r, &p);
  if (suffix) slot(r, &p, RUN_TEXT, suffix, 0, NULL);
  for (const struct node *n = marks; n; n = n->next) fnref(r, &p, n);
  flush(r, &p);
  PUT(r, "</w:p>");
}

/* A resc id in a bookmark name as resc writes it (import reads it back): letters and
 * digits as they are, '_', '-', '.', ':' as '_' and their hex code. Appends it to the
 * name at NAME + N (room for 48 bytes) and returns the name's length, or 0 when the id
 * has other characters or the name would be longer than Word's 40. */
static size_t bookmark_name(char *name, size_t n, const char *id) {
  static const char alnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  if (!id || !*id ||
      strspn(id, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.:") !=
          strlen(id))
    return 0;
  for (const char *s = id; *s; s++) {
    if (n > 40) return 0;
    if (memchr(alnum, *s, sizeof alnum - 1)) name[n++] = *s;
    else n += (size_t)snprintf(name + n, 4, "_%02x", (unsigned char)*s);
  }
  return n > 40 ? 0 : n;
}

/* A bookmark that marks a place and holds nothing, NAME (N bytes): it carries an id
 * through Word for resc import; its number is the next of the bookmark id space. */
static void empty_bookmark(struct rd *r, const char *name, size_t n) {
  int bookmark = r->bookmark_id++;
  PUT(r, "<w:bookmarkStart w:id=\"");
  put_num(r, bookmark);
  PUT(r, "\" w:name=\"");
  put(r, name, n);
  PUT(r, "\"/><w:bookmarkEnd w:id=\"");
  put_num(r, bookmark);
  PUT(r, "\"/>");
}

/* The second bookmark of a clause with an id, "_rescid<ord>_<id>", which carries
 * the id through Word for resc import. */
static void clause_id_bookmark(struct rd *r, const char *id, long ord) {
  char name[48], *p = name;
  CP(p, "_rescid");
  p += docx_number(ord, p);
  *p++ = '_';
  size_t n = bookmark_name(name, (size_t)(p - name), id);
  if (!n) return;
  empty_bookmark(r, name, n);
}

/* A paragraph among clauses or in an annex: Normal; a NOTE in ITU's Note style and a
 * figure caption in Figure_NoTitle, each after its label and an en dash. The figure
 * itself (an image in ITU's files) is not part of the source. */
static void para(struct rd *r, const struct node *k, enum change inherited) {
  if (!view_visible(r->view, k)) return;
  block_el(r);
  char prefix[96];
  int labelled = k->str && (k->flags & (F_NOTE | F_FIGURE));
  if (labelled) snprintf(prefix, sizeof prefix, "%s \xE2\x80\x93 ", k->str);
  content_para(r, k,
               k->flags & F_NOTE     ? "Note"
               : k->flags & F_FIGURE ? "FigureNoTitle"
                                     : NULL,
               0, mark(r, inherited, k), labelled ? prefix : NULL, NULL, NULL);
}

/* A clause's paragraph: Normal (level 1) or enumlev1..3, the bookmark references link
 * to, the label (italic for a preamble letter) and a tab, the text. Its sub-clauses
 * and paragraphs follow as paragraphs of their own (blocks). Returns its revision. */
static enum change clause(struct rd *r, const struct node *c, enum change inherited,
                          int preamble) {
  block_el(r);
  if (r->ords && c->as.clause.anchor)
    strmap_put(r->ords, c->as.clause.anchor, (void *)(intptr_t)r->ord);
  enum change rev = mark(r, inherited, c);
  int level = labels_print_level(c);
  const char *style = level == 1   ? NULL
                      : level == 2 ? "enumlev1"
                      : level == 3 ? "enumlev2"
                                   : "enumlev3";
  long ord = r->ord;
  struct ctx p = para_begin(r, style, 0, rev);
  int bookmark = r->bookmark_id;
  if (r->out) {
    r->bookmark_id++;
    PUT(r, "<w:bookmarkStart w:id=\"");
    put_num(r, bookmark);
    PUT(r, "\" w:name=\"_resc");
    put_num(r, ord);
    PUT(r, "\"/>");
    clause_id_bookmark(r, c->as.clause.anchor, ord);
  }
  if (view_clause_has_label(r->view, c)) {
    struct view_label l;
    view_label(r->view, c->as.clause.old_label, c->as.clause.new_label, ast_effective_change(c),
               &l);
    block_el(r);
    struct ctx k = p;
    k.i = level == 1 && preamble;
    label_content(r, &k, &l);
    flush(r, &k);
    slot(r, &p, RUN_TAB, NULL, 0, NULL);
  }
  for (const struct node *k = c->first; k; k = k->next) {
    if (k->kind != N_CLAUSE_TEXT) continue;
    block_el(r);
    inlines(r, &p, k);
    flush(r, &p);
  }
  if (r->out) {
    PUT(r, "<w:bookmarkEnd w:id=\"");
    put_num(r, bookmark);
    PUT(r, "\"/></w:p>");
  }
  return rev;
}

static void table(struct rd *r, const struct node *tb, enum change inherited);

/* Whether clause C holds sub-clauses or paragraphs: they follow its text. */
static int has_blocks(const struct node *c) { return c->last && c->last->kind != N_CLAUSE_TEXT; }

/* The blocks of a section or an annex, in one loop over the iterator: a section's
 * phrases, an annex's title and tables, and at any depth clauses and paragraphs, each
 * a paragraph of its own (a table, a w:tbl). The revision each clause entered passes
 * on to what it holds is kept on a stack, so nesting costs no C stack. */
static void blocks(struct rd *r, const struct node *root, enum change rev) {
  int preamble = root->kind == N_SECTION && !(root->flags & F_OPERATIVE);
  const char *title = root->flags & F_RULES      ? "Sectiontitle"
                      : root->flags & F_APPENDIX ? "Appendixtitle"
                                                 : "Annextitle";
  struct ast_iter it;
  struct docx_walk_stack st;
  enum ast_event ev;
  docx_walk_start(&it, &st, root, rev);
  while ((ev = docx_walk_next(&it)) != AST_DONE) {
    const struct node *k = it.node;
    if (ev == AST_EXIT) {
      if (k->kind == N_CLAUSE && has_blocks(k)) change_stack_pop(&st.s);
      continue;
    }
    enum change up = (enum change)change_stack_top(&st.s);
    switch (k->kind) {
    case N_CLAUSE:
      if (!view_visible(r->view, k)) {
        if (has_blocks(k)) change_stack_push(&st.s, up);
        break;
      }
      up = clause(r, k, up, preamble);
      if (!has_blocks(k)) break;
      change_stack_push(&st.s, up);
      continue; /* its sub-clauses and paragraphs */
    case N_PARA: para(r, k, up); break;
    case N_PHRASE:
      block_el(r);
      content_para(r, k, "Call", 0, mark(r, up, k), NULL, NULL, NULL);
      break;
    case N_TITLE:
      if (!view_visible(r->view, k)) break;
      block_el(r);
      content_para(r, k, title, 0, mark(r, up, k), NULL, NULL, NULL);
      break;
    case N_TABLE:
      if (view_visible(r->view, k)) table(r, k, up);
      break;
    default: break; /* a clause's text, written with its paragraph */
    }
    ast_iter_skip(&it);
  }
  change_stack_free(&st.s);
}

static void section(struct rd *r, const struct node *s, enum change inherited) {
  if (!view_visible(r->view, s)) return;
  block_el(r);
  blocks(r, s, mark(r, inherited, s));
}

/* A header line's content as the XML holds it: a wholly changed line has the mark's
 * content directly, its change being the element's. */
static const struct node *header_content(const struct rd *r, const struct node *n,
                                         enum change *whole) {
  *whole = view_header_whole_change(r->view, n);
  return *whole != CH_NONE ? n->first : n;
}

/* A table's caption or cell, for table_docx.c: a paragraph of STYLE in the table's
 * revision (the row's, for a cell), the caption after its label and an en dash. */
struct rd_table {
  struct rd *r;
  enum change rev; /* the table's */
};

static enum change table_change(void *self, const struct node *n) {
  struct rd_table *t = self;
  if (n->kind == N_CELL) return mark(t->r, mark(t->r, t->rev, n->parent), n);
  return mark(t->r, t->rev, n);
}

static void table_content(void *self, const struct node *n, const char *style, struct strbuf *out) {
  struct rd_table *t = self;
  char prefix[96];
  (void)out; /* the renderer's own buffer, r->out */
  if (n->kind == N_TITLE) snprintf(prefix, sizeof prefix, "%s \xE2\x80\x93 ", n->str ? n->str : "");
  block_el(t->r);
  content_para(t->r, n, style, 0, table_change(self, n), n->kind == N_TITLE ? prefix : NULL, NULL,
               NULL);
}

/* The w:ins or w:del of a row's properties. */
static void table_row_change(void *self, enum change change, struct strbuf *out) {
  struct rd *r = ((struct rd_table *)self)->r;
  char *start = room(out, rev_room(r)), *p = start;
  done(out, start, rev_tag(r, p, change, 1));
}

static void table(struct rd *r, const struct node *tb, enum change inherited) {
  block_el(r);
  struct rd_table self = {r, mark(r, inherited, tb)};
  struct table_out t = {r->view, r->out, table_content, table_change, &self};
  table_docx(&t, tb, table_row_change);
}

/* The annex heading: "ANNEX n (to Resolution …)", the number line quoted as it reads in
 * the annex's version, its marks numbered from the heading's ids and counted from the
 * number element. */
static void annex(struct rd *r, const struct node *a, enum change inherited, int n, int count,
                  const struct node *number) {
  block_el(r);
  enum change rev = mark(r, inherited, a);
  int rules = (a->flags & F_RULES) != 0, appendix = (a->flags & F_APPENDIX) != 0;
  struct ctx p = para_begin(r,
                            rules      ? "SectionNo"
                            : appendix ? "AppendixNo"
                                       : "AnnexNo",
                            0, rev);
  char prefix[64], to[160];
  const struct lang *l = r->doc->lang;
  const char *word = lang_text(l, LW_ANNEX, "ANNEX");
  if (rules || appendix)
    snprintf(prefix, sizeof prefix, "%s %s", rules ? "SECTION" : "Appendix", a->str ? a->str : "");
  else if (count > 1) snprintf(prefix, sizeof prefix, "%s %d", word, n);
  else snprintf(prefix, sizeof prefix, "%s", word);
  slot(r, &p, RUN_TEXT, prefix, 0, NULL);
  if (appendix && number) { /* "(to Resolution …)" in a paragraph of its own */
    PUT(r, "</w:p>");
    block_el(r);
    p = para_begin(r, "Appendixref", 0, rev);
  }
  if (number && !rules) {
    const char *kind = number->str ? number->str : "";
    int bare = lang_number_bare(r->view == VIEW_OLD, number);
    if (l && strcmp(l->code, "en") != 0) /* (RÉSOLUTION 99 (Rév. Dubaï, 2012)) */
      snprintf(to, sizeof to, " (%s", lang_number_prefix(l, kind, bare));
    else snprintf(to, sizeof to, " (to %s ", profile_kind_title(kind));
    slot(r, &p, RUN_TEXT, appendix ? to + 1 : to, 0, NULL);
    enum change whole;
    const struct node *content = header_content(r, number, &whole);
    long ord = r->ord;
    struct ctx q = {.rev = rev, .copy = 1, .keep = rev};
    inlines(r, &q, content);
    flush(r, &q);
    r->ord = ord;
    snprintf(to, sizeof to, "%s)", bare ? lang_number_suffix(l, kind) : "");
    slot(r, &p, RUN_TEXT, to, 0, NULL);
  }
  PUT(r, "</w:p>");
  blocks(r, a, rev);
}

/* The footnotes whose first mark was met in this resolution, into footnotes.xml. A
 * footnote's text may mark further footnotes, which extends the list. */
static void footnotes(struct rd *r, enum change inherited) {
  if (!r->fn.n) return;
  block_el(r);
  struct strbuf *saved = r->out;
  r->out = r->counting ? NULL : &r->notes;
  for (size_t i = 0; i < r->fn.n; i++) {
    const struct node *def = r->fn.list[i];
    block_el(r);
    int seq = ++r->fn_seq;
    if (r->out) {
      PUT(r, "<w:footnote w:id=\"");
      put_num(r, seq);
      PUT(r, "\">");
    }
    struct ctx p = para_begin(r, "FootnoteText", 0, mark(r, inherited, def));
    /* a hidden bookmark carrying the footnote's id, for resc import */
    char name[64];
    int nlen = snprintf(name, sizeof name, "_rescfn%d_", seq);
    size_t n = nlen > 0 && nlen < 24 ? bookmark_name(name, (size_t)nlen, def->str) : 0;
    if (r->out && n) empty_bookmark(r, name, n);
    char star[24];
    if (view_footnote_label(&r->fn, (int)i + 1, star, sizeof star))
      slot(r, &p, RUN_TEXT, star, 0, "FootnoteReference");
    else slot(r, &p, RUN_FNMARK, NULL, 0, "FootnoteReference");
    slot(r, &p, RUN_TAB, NULL, 0, NULL);
    inlines(r, &p, def);
    flush(r, &p);
    PUT(r, "</w:p></w:footnote>");
  }
  r->out = saved;
}

/* Writes the header lines kept so far in ITU's order. */
static void heads_out(struct rd *r) {
  for (int i = 0; i < HEAD_COUNT; i++) {
    put(r, r->head[i].data, r->head[i].len);
    sb_clear(&r->head[i]);
  }
}

/* A resolution: its header lines (kept aside, since the DOCX sets them in a
 * fixed order whatever the source's), sections and annexes, then its footnotes into
 * footnotes.xml. */
static void resolution(struct rd *r, const struct node *res, enum change inherited) {
  if (!view_visible(r->view, res)) return;
  block_el(r);
  enum change rev = mark(r, inherited, res);
  view_footnotes_begin(&r->fn);
  r->fn_seq_base = r->fn_seq;
  r->in_res = 1;
  if (!r->first_res) r->first_res = res;
  int count = 0, k = 0, heads = 1;
  for (const struct node *c = res->first; c; c = c->next)
    count += c->kind == N_ANNEX && !(c->flags & (F_RULES | F_APPENDIX)) && view_visible(r->view, c);
  const struct node *number = NULL;
  struct strbuf *out = r->out;
  for (const struct node *c = res->first; c; c = c->next) {
    if (!view_visible(r->view, c) || ast_header_empty_in(c, r->view)) continue;
    int h = c->kind == N_NUMBER     ? HEAD_NUMBER
            : c->kind == N_TITLE    ? HEAD_TITLE
            : c->kind == N_HISTORY  ? HEAD_HISTORY
            : c->kind == N_ASSEMBLY ? HEAD_ASSEMBLY
                                    : -1;
    if (h == HEAD_HISTORY && (c->flags & F_AT_END)) {
      if (heads) heads_out(r);
      heads = 0;
      enum change whole;
      const struct node *content = header_content(r, c, &whole);
      content_para(r, content, "Resref", 0, whole != CH_NONE ? whole : mark(r, rev, c), NULL, NULL,
                   NULL);
      continue;
    }
    if (h >= 0) {
      enum change whole;
      const struct node *content = header_content(r, c, &whole);
      enum change hrev = whole != CH_NONE ? whole : mark(r, rev, c);
      block_el(r);
      r->out = out ? &r->head[h] : NULL;
      if (h == HEAD_NUMBER) {
        number = c;
        const char *kind = c->str ? c->str : "";
        int bare = lang_number_bare(r->view == VIEW_OLD, c);
        content_para(
            r, content, "ResNo", 0, hrev, lang_number_prefix(r->doc->lang, kind, bare), "href",
            bare && *lang_number_suffix(r->doc->lang, kind) ? lang_number_suffix(r->doc->lang, kind)
                                                            : NULL);
      } else if (h == HEAD_TITLE) {
        content_para(r, content, "Restitle", 0, hrev, NULL, NULL, NULL);
        if (res == r->first_res && !r->counting) plain(r, &r->title, content);
      } else if (h == HEAD_HISTORY) {
        content_para(r, content, "Resref", 0, hrev, "(", NULL, ")");
      } else {
        content_para(r, content, "Normalaftertitle", 0, hrev, NULL, NULL, NULL);
      }
      r->out = out;
      continue;
    }
    if (heads) heads_out(r);
    heads = 0;
    if (c->kind == N_SECTION) section(r, c, rev);
    else if (c->kind == N_ANNEX)
      annex(r, c, rev, c->flags & (F_RULES | F_APPENDIX) ? k : ++k, count, number);
  }
  if (heads) heads_out(r);
  footnotes(r, rev);
  r->in_res = 0;
}

static void proposal(struct rd *r, const struct node *prop) {
  block_el(r);
  enum change rev = mark(r, CH_NONE, prop);
  struct ctx p = para_begin(r, "Proposal", 0, rev);
  if (prop->str && *prop->str) {
    slot(r, &p, RUN_TEXT, prop->str, 0, NULL);
    slot(r, &p, RUN_TAB, NULL, 0, NULL);
  }
  if (prop->str2 && *prop->str2) slot(r, &p, RUN_TEXT, prop->str2, 0, NULL);
  PUT(r, "</w:p>");
  for (const struct node *k = prop->first; k; k = k->next) {
    if (k->kind == N_RESOLUTION) {
      resolution(r, k, rev);
    } else if (k->kind == N_REASONS && view_visible(r->view, k)) {
      block_el(r);
      struct ctx q = para_begin(r, "Reasons", 0, mark(r, rev, k));
      slot(r, &q, RUN_TEXT, lang_text(r->doc->lang, LW_REASONS, "Reasons:"), 1, NULL);
      slot(r, &q, RUN_TAB, NULL, 0, NULL);
      inlines(r, &q, k);
      flush(r, &q);
      PUT(r, "</w:p>");
    }
  }
}

/* ---------- the document ---------- */

/* A header field, set aside in its place of the document header. */
static void field(struct rd *r, const struct node *f) {
  const char *name = f->str ? f->str : "";
  struct strbuf *to = NULL;
  const char *style = "Headingb", *prefix = NULL;
  int spacing = 1;
  if (strcmp(name, "conference") == 0) {
    to = &r->left;
  } else if (strcmp(name, "committee") == 0 || strcmp(name, "date") == 0) {
    to = &r->right;
  } else if (strcmp(name, "document") == 0) {
    to = &r->right, prefix = "Document ";
  } else if (strcmp(name, "original") == 0) {
    to = &r->right, prefix = "Original: ";
  } else if (strcmp(name, "source") == 0 || strcmp(name, "subject") == 0) {
    int source = name[1] == 'o';
    to = source ? &r->source : &r->subject;
    style = source ? "Source" : "Title1";
    spacing = 0;
    r->header_body = 1;
    if (!source && !r->counting) plain(r, &r->subject_text, f);
  }
  block_el(r);
  struct strbuf *saved = r->out;
  r->out = r->counting ? NULL : to;
  content_para(r, f, style, spacing, mark(r, CH_NONE, f), prefix, NULL, NULL);
  r->out = saved;
}

static void abstract(struct rd *r, const struct node *a) {
  block_el(r);
  r->header_body = 1;
  struct strbuf *saved = r->out;
  r->out = r->counting ? NULL : &r->abstract;
  PUT(r, "<w:p><w:pPr><w:pStyle w:val=\"Headingb\"/></w:pPr><w:r><w:t>");
  const char *abstract = lang_text(r->doc->lang, LW_ABSTRACT, "Abstract:");
  put(r, abstract, strlen(abstract));
  PUT(r, "</w:t></w:r></w:p>");
  for (const struct node *p = a->first; p; p = p->next) {
    if (!view_visible(r->view, p)) continue;
    block_el(r);
    content_para(r, p, NULL, 0, mark(r, CH_NONE, p), NULL, NULL, NULL);
  }
  r->out = saved;
}

/* A section break closing a proposal or resolution. */
/* The later sections inherit the first one's headers; only the first has w:titlePg,
 * so that only the document's first page goes without the header. */
static void sect_pr(struct rd *r, int new_page) {
  int first = r->sections++ == 0;
  PUT(r, "<w:sectPr>");
  if (first) put_str(r, r->refs);
  PUT(r, "<w:footnotePr><w:numRestart w:val=\"eachSect\"/></w:footnotePr>");
  if (new_page) PUT(r, "<w:type w:val=\"nextPage\"/>");
  else PUT(r, "<w:type w:val=\"continuous\"/>");
  put_str(r, r->page);
  if (first && r->title_pg) PUT(r, "<w:titlePg/>");
  PUT(r, "</w:sectPr>");
}

/* The document header, before the first proposal or resolution (the parser keeps its
 * directives there): the two-column table, then source, subject and abstracts. */
static void docheader(struct rd *r) {
  if (r->header_done) return;
  r->header_done = 1;
  if (r->left.len || r->right.len) {
    PUT(r, "<w:tbl><w:tblPr><w:tblW w:w=\"9639\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
           "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>"
           "</w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>"
           "<w:gridCol w:w=\"6237\"/><w:gridCol w:w=\"3402\"/></w:tblGrid><w:tr><w:tc><w:tcPr>"
           "<w:tcW w:w=\"6237\" w:type=\"dxa\"/></w:tcPr>");
    if (r->left.len) put(r, r->left.data, r->left.len);
    else PUT(r, "<w:p/>");
    PUT(r, "</w:tc><w:tc><w:tcPr><w:tcW w:w=\"3402\" w:type=\"dxa\"/></w:tcPr>");
    if (r->right.len) put(r, r->right.data, r->right.len);
    else PUT(r, "<w:p/>");
    PUT(r, "</w:tc></w:tr></w:tbl>");
  }
  put(r, r->source.data, r->source.len);
  put(r, r->subject.data, r->subject.len);
  put(r, r->abstract.data, r->abstract.len);
}

/* Each proposal or resolution is a section of its own, so that Word restarts the
 * footnote numbers in each; the paragraph closing the one before says how the next
 * starts (a resolution after a resolution on a new page). */
static void block_start(struct rd *r, int is_res) {
  docheader(r);
  if (r->nblocks) {
    PUT(r, "<w:p><w:pPr>");
    sect_pr(r, r->nblocks + 1 > 2 && r->last_block_res);
    PUT(r, "</w:pPr></w:p>");
  }
  r->nblocks++;
  r->last_block_res = is_res;
}

static void walk(struct rd *r) {
  block_el(r); /* document */
  for (const struct node *c = r->doc->root->first; c && !r->forward; c = c->next) {
    if (!view_visible(r->view, c)) continue;
    switch (c->kind) {
    case N_FIELD: field(r, c); break;
    case N_ABSTRACT: abstract(r, c); break;
    case N_PROPOSAL:
      block_start(r, 0);
      proposal(r, c);
      break;
    case N_RESOLUTION:
      block_start(r, 1);
      resolution(r, c, CH_NONE);
      break;
    default: break;
    }
  }
  docheader(r);
  if (!r->nblocks && !r->header_body) PUT(r, "<w:p/>");
  sect_pr(r, r->nblocks > 1 && r->last_block_res);
}

void docx_parts_free(struct docx_parts *p) {
  for (size_t i = 0; i < p->n; i++) {
    sb_free(&p->part[i].data);
    if (p->part[i].deflated) {
      zip_deflate_free(p->part[i].deflated);
      free(p->part[i].deflated);
    }
  }
  free(p->part);
  p->part = NULL;
  p->n = p->cap = 0;
}

/* The buffers a walk fills, cleared for another walk or freed. */
static void rd_buffers(struct rd *r, void (*fn)(struct strbuf *)) {
  struct strbuf *bufs[] = {&r->body,  &r->notes,  &r->comments,    &r->left,
                           &r->right, &r->source, &r->subject,     &r->abstract,
                           &r->pend,  &r->title,  &r->subject_text};
  for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++) fn(bufs[i]);
  for (int i = 0; i < HEAD_COUNT; i++) fn(&r->head[i]);
}

/* One walk from the start: counters, numbers and output as if none had run before
 * (the footnote numbers of an earlier walk are given again). */
/* The body buffer's content, handed on to the deflater each time it fills. */
static void body_spill(struct strbuf *sb, void *ctx) { zip_deflate_add(ctx, sb->data, sb->len); }

static void walk_from_start(struct rd *r, int counting) {
  rd_buffers(r, sb_clear);
  if (!counting && !r->keep) { /* document.xml is deflated as it is written */
    zip_deflate_free(r->body_z);
    zip_deflate_start(r->body_z);
    r->body.spill = body_spill;
    r->body.spill_ctx = r->body_z;
    r->body.spill_at = 64 * 1024;
  }
  r->counting = counting;
  r->forward = 0;
  r->out = counting ? NULL : &r->body;
  r->header_done = r->header_body = r->nblocks = r->last_block_res = r->sections = 0;
  r->ord = 0;
  r->rev_id = r->bookmark_id = 0;
  r->pending = 0;
  r->fn_seq = r->fn_seq_base = r->ncomments = r->in_res = 0;
  r->first_res = NULL;
  view_footnotes_free(&r->fn);
  if (counting) {
    walk(r);
    return;
  }
  sb_adds(&r->body,
          DOCX_XML_DECL "<w:document xmlns:w=\"" DOCX_W_NS "\" xmlns:r=\"" DOCX_R_NS "\"><w:body>");
  sb_adds(&r->notes, DOCX_FOOTNOTES_START);
  sb_adds(&r->comments, DOCX_XML_DECL "<w:comments xmlns:w=\"" DOCX_W_NS "\">");
  walk(r);
  sb_adds(&r->body, "</w:body></w:document>\n");
  sb_adds(&r->notes, "</w:footnotes>\n");
  sb_adds(&r->comments, "</w:comments>\n");
}

/* Takes BUF's bytes as the part's, without copying them. */
static void add_part(struct docx_parts *out, const char *name, const char *ct, struct strbuf *buf) {
  struct strbuf *sb = docx_part_add(out, name, ct);
  *sb = *buf;
  *buf = (struct strbuf){0};
}

int render_docx(const struct document *doc, const struct render_opts *o, struct docx_parts *out,
                char *err, size_t errlen) {
  int rc = 0;
  struct rd r = {.doc = doc, .view = o->view, .keep = o->keep_parts};
  r.body_z = xcalloc(1, sizeof *r.body_z);
  r.author_raw = o->author ? o->author : "resc";
  const char *date = o->date ? o->date : "1970-01-01T00:00:00Z";
  docx_escape_attr(&r.author, r.author_raw, strlen(r.author_raw));
  docx_escape_attr(&r.date, date, strlen(date));
  /* The clauses' ordinals are recorded as the walk reaches them, which serves
   * references back to a clause above. One to a clause further on stops the walk; a
   * walk that writes nothing then records them all, and the document is walked again. */
  if (strmap_size(doc->anchor_map)) r.ords = strmap_new();
  /* The layout: a reference document's, else ITU's, with the page header of a
   * proposal document. */
  const struct docx_reference *ref = o->reference;
  struct docx_parts headers = {0};
  struct strbuf rels = {0}, refs = {0};
  r.page = ref && ref->page.len ? ref->page.data : itu_page;
  if (ref && ref->refs.len) {
    r.refs = ref->refs.data;
    r.title_pg = ref->title_pg;
    sb_adds(&rels, sb_str(&ref->rels));
  } else {
    r.title_pg = docx_page_header(doc, o->view, &headers, &rels, &refs);
    r.refs = sb_str(&refs);
  }
  walk_from_start(&r, 0);
  if (r.forward) {
    walk_from_start(&r, 1);
    r.all_ords = 1;
    walk_from_start(&r, 0);
  }

  int comments = r.ncomments > 0;
  docx_part_package_rels(out);
  if (r.keep) {
    add_part(out, "word/document.xml", DOCX_CT_WML "document.main+xml", &r.body);
    free(r.body_z);
  } else {
    zip_deflate_add(r.body_z, r.body.data, r.body.len);
    r.body.spill = NULL;
    sb_clear(&r.body);
    if (zip_deflate_finish(r.body_z) != 0) {
      snprintf(err, errlen, "cannot deflate word/document.xml");
      rc = -1;
    }
    docx_part_add(out, "word/document.xml", DOCX_CT_WML "document.main+xml");
    out->part[out->n - 1].deflated = r.body_z;
  }
  r.body_z = NULL;
  docx_part_document_rels(out, comments, sb_str(&rels));
  struct strbuf lang_styles = {0};
  if (!ref) { /* the built-in styles in the document's language */
    const struct embedded_stylesheet *e = embedded_file("styles");
    char *in = xmalloc(e->len + 1);
    memcpy(in, e->data, e->len);
    in[e->len] = '\0';
    lang_docx_styles(r.doc->lang, in, &lang_styles);
    free(in);
  }
  docx_part_styles_from(out, ref ? &ref->styles : &lang_styles);
  sb_free(&lang_styles);
  docx_part_settings(out);
  for (size_t i = 0; i < headers.n; i++)
    add_part(out, headers.part[i].name, headers.part[i].content_type, &headers.part[i].data);
  for (size_t i = 0; ref && i < ref->parts.n; i++) {
    const struct docx_part *p = &ref->parts.part[i];
    sb_add(docx_part_add(out, p->name, p->content_type), p->data.data, p->data.len);
  }
  docx_parts_free(&headers);
  sb_free(&rels);
  sb_free(&refs);
  add_part(out, "word/footnotes.xml", DOCX_CT_WML "footnotes+xml", &r.notes);
  if (comments) add_part(out, "word/comments.xml", DOCX_CT_WML "comments+xml", &r.comments);
  docx_part_core(out, &r.title, &r.subject_text, r.author_raw, date);
  rd_buffers(&r, sb_free);
  sb_free(&r.author);
  sb_free(&r.date);
  view_footnotes_free(&r.fn);
  if (r.ords) strmap_free(r.ords);
  return rc;
}
