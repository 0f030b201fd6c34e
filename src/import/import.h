/* resc import: the readers (plain text, DOCX) write resc source through one small
 * writer, so escaping, block revisions and label placement live in one place; the
 * finished source is then parsed, its typed labels compared with the computed ones
 * and emitted in canonical form (import_finish). */
#ifndef RESC_IMPORT_H
#define RESC_IMPORT_H

#include <stddef.h>

#include "ast.h"
#include "strbuf.h"

/* Header lines (number, title, history, assembly) one block revision may hold and still
 * be written as lines with their whole text changed. */
#define IMP_BLOCK_HEADS 8

struct imp {
  struct strbuf out;   /* the resc source written so far */
  struct strbuf notes; /* footnote definitions, written at the end */
  enum change block;   /* block revision open in OUT */
  int in_resolution;   /* a @resolution (or header line) has been written */
  /* the block revision open: where it starts in OUT, how many lines it holds, and
   * where the header directives among them start and their text starts */
  size_t block_at;
  int block_lines, block_nhead;
  size_t head_at[IMP_BLOCK_HEADS], head_text_at[IMP_BLOCK_HEADS];
  /* where each paragraph of the input starts in OUT, so that a finding on a line of
   * the source can be told as a place in the document: the reader sets PARA (1-based
   * number of the paragraph being read) and EXCERPT (its first words) */
  int para;
  struct strbuf excerpt;
  struct imp_mark *marks;
  size_t nmarks, capmarks;
};

/* Paragraph PARA (0: the footnotes) starts at byte AT of the source written. */
struct imp_mark {
  size_t at;
  int para;
  char *excerpt;
};

/* The first words of TEXT (at most about 40 bytes, cut at a word, "…" when cut) as
 * the paragraph's excerpt; tabs and line breaks read as spaces. */
void imp_set_excerpt(struct imp *im, const char *text, size_t n);

/* Inline text, escaped so that no character reads as markup. */
void imp_escape(struct strbuf *sb, const char *s, size_t n);
/* Opens or closes a block revision around the next lines (CH_NONE closes). */
void imp_block(struct imp *im, enum change c);
/* A directive line "@NAME TEXT"; TEXT is already resc inline markup. */
void imp_directive(struct imp *im, const char *name, const char *text);
/* A section heading (or annex paragraph) in column 1. */
void imp_heading(struct imp *im, const char *text);
/* A clause at LEVEL (1 = of a section) with LABEL as typed ("" or NULL: "- "). */
void imp_clause(struct imp *im, int level, const char *label, const char *text);
/* A paragraph among clauses at LEVEL (1: column 1), its PREFIX ("| ", or NULL when TEXT
 * starts with its own "NOTE – ", "Figure 1 – ") then TEXT. */
void imp_para(struct imp *im, int level, const char *prefix, const char *text);
/* The level of a provision numbered L ("7.4.1") below the open clauses whose labels are
 * LABELS[1..DEPTH]: one below the clause it extends (7.4), beside one that extends the
 * same number (7.4.0), else 1 (the top of a SECTION). */
int imp_dotted_level(char labels[][32], int depth, const char *l);
/* A footnote definition "[^ID]: TEXT". */
void imp_footnote(struct imp *im, const char *id, const char *text);
/* Parses the source written, drops typed labels that equal the computed ones and
 * writes the canonical source to RESULT. Returns the number of parse errors (the raw
 * source is then given instead, so nothing is lost). */
int imp_finish(struct imp *im, const char *name, struct strbuf *result);
void imp_free(struct imp *im);
/* The source as written, one paragraph a line (not parsed, not in canonical form), with
 * the footnote definitions at the end: what check and build read of a Word document.
 * Closes IM: nothing may be written after. */
const char *imp_source(struct imp *im, size_t *len);

/* The comparison under which a source and its DOCX round trip are the same tree: in
 * ROOT (a parsed document), drops every typed label that equals the computed one, and
 * marks a deletion directly followed by an insertion as one substitution, as if
 * written {~~old~>new~~}. Word can tell neither apart. */
void imp_normalize(struct node *root);

/* Kinds a typed label can be of ("a)", "12", "ii)", "–"), as a mask of 1 << enum
 * label_kind; 0 when the text is no label. */
unsigned imp_label_mask(const char *l);

/* Readers: fill IM from DATA. Return 0, or 1 with a message in ERR. */
int import_text(struct imp *im, const char *data, size_t len, char *err, size_t errlen);
int import_docx(struct imp *im, const char *path, char *err, size_t errlen);
/* Whether the zip PATH is a Word document: [Content_Types].xml declares a
 * WordprocessingML main part. Returns 1, or 0 with the reason in ERR. */
int docx_is_word(const char *path, char *err, size_t errlen);

#endif
