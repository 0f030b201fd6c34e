/* The abstract syntax tree: one node type for every construct, with a kind, a source
 * span, tree links and a small per-kind payload. Every command (build, check, fmt)
 * works on this tree; labels are computed into it (labels.c), never taken from the
 * typed text. All nodes and strings belong to the document's arena. */
#ifndef RESC_AST_H
#define RESC_AST_H

#include <stddef.h>

#include "loc.h"

struct arena;
struct source;
struct strmap;
struct lang;

enum node_kind {
  /* blocks */
  N_DOCUMENT,   /* the file: header fields, abstract, proposals and resolutions */
  N_FIELD,      /* a document header field; str = name (document, date, ...) */
  N_ABSTRACT,   /* holds N_PARA */
  N_PROPOSAL,   /* str = action (MOD, ADD, ...), str2 = identifier */
  N_REASONS,    /* inline content */
  N_RESOLUTION, /* number line, title, history, assembly, sections, annexes */
  N_NUMBER,     /* number line; str = kind: "resolution", "draft", "decision" */
  N_TITLE,
  N_HISTORY,
  N_ASSEMBLY,
  N_SECTION, /* first child N_PHRASE, then N_CLAUSE */
  N_PHRASE,
  N_CLAUSE, /* first child N_CLAUSE_TEXT, then sub-clauses and N_PARA */
  N_CLAUSE_TEXT,
  N_ANNEX, /* first child N_TITLE, then N_PARA and N_CLAUSE; F_RULES, F_APPENDIX */
  N_PARA,
  N_FOOTNOTE_DEF, /* str = id; inline content */
  N_TABLE, /* in an annex: an optional N_TITLE caption (str = "Table 1"), then N_ROW */
  N_ROW,   /* N_CELL; F_HEAD_ROW for the header row (the one above the '|---|' line) */
  N_CELL,  /* inline content */
  /* parser-only blocks, consumed by the tree builder */
  N_LINE,       /* a line in column 1: a section heading or an annex paragraph */
  N_DIRECTIVE,  /* str = directive name */
  N_BLOCK_MARK, /* change = INS/DEL; flags & F_CLOSE for the closing line */
  /* inlines */
  N_TEXT, /* str = text */
  N_EMPH,
  N_STRONG,
  N_INS,
  N_DEL,
  N_COMMENT,
  N_BREAK,
  N_REF,    /* str = clause id */
  N_FNREF,  /* str = footnote id */
  N_ANCHOR, /* str = clause id; only as the first inline of a clause, then moved */
  N_SPAN,   /* parser-only container of inlines */
  N_KIND_COUNT
};

#define N_FIRST_INLINE N_TEXT

enum change { CH_NONE = 0, CH_INS = 1, CH_DEL = 2 };

/* The versions of a revision-marked document: with its marks, the old text (every
 * change rejected) or the new text (every change accepted). */
enum view { VIEW_MARKUP, VIEW_OLD, VIEW_NEW };

enum label_kind {
  LK_NONE,
  LK_LETTER,
  LK_NUMBER,
  LK_ROMAN,
  LK_DASH,
  LK_BULLET,
  LK_DOTTED /* 1.1, 7.4.1: the parent's number, a dot, the place */
};

/* flags */
#define F_CLOSE 0x1           /* N_BLOCK_MARK: closing line */
#define F_SUBST 0x2           /* N_DEL / N_INS written as one {~~old~>new~~} */
#define F_OPERATIVE 0x4       /* N_SECTION: operative (numbered) rather than preamble */
#define F_KNOWN_PHRASE 0x8    /* N_SECTION: the phrase's head word is a known one */
#define F_COLLAPSED 0x10      /* N_TEXT: white space already collapsed (by the scanner) */
#define F_KIND_PREAMBLE 0x20  /* N_LINE, N_SECTION: kind stated with {preamble} */
#define F_KIND_OPERATIVE 0x40 /* N_LINE, N_SECTION: kind stated with {operative} */
#define F_SETS_SCHEME                                                                              \
  0x80 /* N_CLAUSE: its typed label chose a list scheme other than the
                              default (labels.c); a writer keeps that label */
#define F_AT_END                                                                                   \
  0x200 /* N_HISTORY: written after the body, where PP texts print it
                          ("(Kyoto, 1994) – (Rev. Minneapolis, 1998)"); printed there, as
                          written, with no parentheses added */
#define F_ODD_INDENT                                                                               \
  0x100 /* N_CLAUSE: a sub-clause only one column deeper than its parent,
                              reported at its indentation (tree.c) */
/* A paragraph among clauses (N_PARA in a section, an annex or a clause), or, on the
   scanner's N_CLAUSE, the line that will become one; str = its label as typed. */
#define F_PARA 0x400    /* "| text": a plain paragraph */
#define F_NOTE 0x800    /* "NOTE – text", "NOTE 2 – text"; str = "NOTE", "NOTE 2" */
#define F_FIGURE 0x1000 /* "Figure 7.1a – caption"; str = "Figure 7.1a" */
#define F_BLOCK_PARA (F_PARA | F_NOTE | F_FIGURE)
/* N_ANNEX: not an annex but a numbered SECTION of rules (WTSA Res. 1) or an appendix;
   str = its number as written ("1", "1bis", "I") */
#define F_HEAD_ROW 0x1 /* N_ROW: the table's header row */
#define F_RULES 0x2000
#define F_APPENDIX 0x4000

struct node {
  enum node_kind kind;
  unsigned char change; /* enum change: set on blocks wrapped in a block revision */
  unsigned short flags;
  struct loc loc;
  struct node *parent, *first, *last, *next, *prev;
  const char *str, *str2;
  /* Allocated for N_CLAUSE, N_SECTION and N_FOOTNOTE_DEF only (see ast_new). */
  union {
    struct {
      int indent;        /* column of the clause marker (parser) */
      const char *typed; /* explicit label as typed ("c)", "3"), NULL for "- " */
      struct loc typed_loc;
      const char *anchor; /* {#id} */
      struct loc anchor_loc;
      int level; /* 1 for a clause of a section or annex */
      enum label_kind label_kind;
      const char *old_label; /* "" when the clause has no label in the old text */
      const char *new_label;
      int old_index, new_index; /* 0-based place among old / new siblings, -1 if absent */
    } clause;
    struct {
      const char *id; /* HTML id / slug, unique in the file */
    } section;
  } as;
};

struct document {
  struct arena *arena;
  const struct source *src;
  struct node *root;
  struct node *footnotes;      /* N_SPAN holding the N_FOOTNOTE_DEF blocks in file order */
  struct strmap *footnote_map; /* id -> N_FOOTNOTE_DEF */
  struct strmap *anchor_map;   /* id -> N_CLAUSE */
  struct node *comments;       /* N_SPAN of N_TEXT: the '#' lines, for resc fmt */
  const struct lang *lang;     /* the language: stated by @language, else detected from
                                  the section phrases (English when they do not tell) */
  struct loc lang_loc;         /* the @language line; first_line 0 when there is none */
  /* Without @language, what the section phrases said (lang_settle), for lang_check to
   * report a tie without reading them again: the two languages that tied, or NULL. */
  const struct lang *lang_tie, *lang_tie_first;
  int lang_matched, lang_total;
  const struct node *lang_first_section;
  /* Per source line (index line - 1), 1 where the scanner saw two spaces in a row: the
   * only lines the double-space check needs to read. NULL when not known (read all). */
  const unsigned char *pair_lines;
};

struct node *ast_new(struct arena *a, enum node_kind kind, const struct loc *loc);
struct node *ast_text(struct arena *a, const char *s, size_t n, const struct loc *loc);
void ast_append(struct node *parent, struct node *child);
void ast_unlink(struct node *n);
/* Moves all children of FROM to the end of TO. */
void ast_adopt_children(struct node *to, struct node *from);
int ast_is_inline(const struct node *n);
const char *ast_kind_name(enum node_kind k);

/* The effective change of a node: its own, or that of the nearest changed ancestor. */
enum change ast_effective_change(const struct node *n);

/* Merges adjacent text, collapses runs of white space into one space and trims the
 * ends of an inline container, so the tree does not depend on line wrapping. */
void ast_normalize_inlines(struct arena *a, struct node *container);

/* Plain text of inline content as it reads in one version: which = CH_INS for the
 * new text (deletions skipped), CH_DEL for the old text, CH_NONE for both. Appends. */
struct strbuf;
void ast_plain_text(const struct node *container, enum change which, struct strbuf *out);

/* Whether a header line (number, title, history, assembly) has no words in VIEW: a
 * line wholly inserted does not exist in the old text, and is not printed empty. */
int ast_header_empty_in(const struct node *n, enum view view);

/* Debug dump of the tree, one node per line, for golden tests. */
void ast_dump(const struct node *root, struct strbuf *out);

#endif
