/* One view of a revision-marked document (markup, old or new) as every output sees it:
 * which blocks exist, how a label reads, what a reference says, how footnotes are
 * numbered. The intermediate XML (xml_build.c) and the built-in renderers (render_*.c)
 * both ask these questions here, so they cannot disagree. */
#ifndef RESC_VIEW_H
#define RESC_VIEW_H

#include <stddef.h>

#include "ast.h"
#include "strbuf.h"

struct document;

/* Whether a block exists in VIEW (a deleted block does not exist in the new text, an
 * inserted one not in the old). */
int view_visible(enum view view, const struct node *n);

/* A label as it reads in a view, in three pieces printed in this order: DEL (deleted
 * text), INS (inserted text), then TAIL (unmarked). Outside the markup view, or when the
 * label does not change, only TAIL is set; a changing label shares only its closing
 * parenthesis (the seeds' "kj)": del "k", ins "j", tail ")"). Pieces point into OLD
 * and NEW. */
struct view_label {
  const char *del, *ins, *tail;
  size_t ndel, nins, ntail;
};
void view_label(enum view view, const char *old, const char *nw, enum change whole,
                struct view_label *out);

/* A clause's own label in VIEW, or an empty label when it has none there. */
int view_clause_has_label(enum view view, const struct node *clause);

/* What a reference {ref id} shows, worded as ITU texts refer: the target clause (NULL
 * when unknown), its href, the phrase of the target's section up to its first comma
 * (empty in an annex), and the target's label chain ("2 a)") in the old and new text;
 * from outside an annex, the chain of an annex clause is "§ 1 of the annex to this
 * resolution" ("of Annex 2" when there are several), and inside it the bare "1". LABEL gives the pieces
 * to print; it points into OLD_CHAIN and NEW_CHAIN, so keep the struct alive. */
struct view_ref {
  const struct node *target;
  const char *href;
  struct strbuf phrase, old_chain, new_chain;
  enum change whole; /* the target's effective change */
  struct view_label label;
};
void view_reference(const struct document *doc, enum view view, const struct node *ref,
                    struct view_ref *out);
/* Every output prints a resolution's header lines in ITU order (number, title, history,
 * assembly) whatever their order in the source, then its body: a writer walks the
 * resolution's children once for each of the VIEW_ORDER_PASSES passes and prints in
 * each pass the children view_in_pass accepts. */
#define VIEW_ORDER_PASSES 5
int view_in_pass(const struct node *child, int pass);
/* view_in_pass for the printed outputs (text, HTML, DOCX): a history line written after
 * the body (F_AT_END) is printed there, with the body; XML keeps it in its header. */
int view_in_print_pass(const struct node *child, int pass);

/* Whether a space separates a reference's phrase from its label: only when it has
 * both (the only clause of a section reads "*noting*", an annex clause "§ 1 of the
 * annex to this resolution"). */
int view_ref_spaced(const struct view_ref *r);
void view_ref_free(struct view_ref *r);

/* A header line (number, title, history, assembly) whose whole content is one
 * insertion or deletion is a wholly inserted or deleted line in the markup view: its
 * paragraph goes with the change. Returns CH_INS or CH_DEL then (the content is the
 * node's only child), else CH_NONE. */
enum change view_header_whole_change(enum view view, const struct node *line);

/* The plain string of inline content as it reads in VIEW (the stylesheets' mode
 * "plain", for titles and document properties): text without deletions (insertions
 * in the old view), comments and footnote marks; a line break as a space; a reference
 * as its phrase and label. Appends to OUT. */
void view_plain_text(const struct document *doc, enum view view, const struct node *container,
                     struct strbuf *out);

/* Footnotes are numbered from 1 in each resolution, in the order their first mark is
 * met; a footnote's text may mark further footnotes. The numbers live in this side
 * table, never in the tree, so that the outputs read the tree as it is (const) and a
 * document can be walked in several views at once. LIST[i] is footnote number i + 1. */
struct strmap;
struct view_footnotes {
  struct strmap *seen;      /* footnote id -> its number in the current resolution */
  const struct node **list; /* footnotes numbered in the current resolution, in order */
  int *marks;               /* marks of LIST[i] seen so far */
  size_t n, cap;
};
/* Starts a resolution: numbering restarts and the list empties. */
void view_footnotes_begin(struct view_footnotes *f);
/* The number of the footnote a mark refers to (0 when the footnote does not exist in
 * VIEW), and which mark of it this is (1 for the first); numbers it when first met.
 * The number of LIST[i] is i + 1. */
int view_footnote_mark(struct view_footnotes *f, const struct document *doc, enum view view,
                       const struct node *fnref, int *k);
/* The mark footnote number NUM prints: an ITU star note (its id a run of stars, "[^*]",
 * "[^**]", as ITU-R texts mark editorial notes) prints its stars, and a note inserted
 * between two others ("[^1bis]", as WTSA Res. 1 has it) its id, neither numbered;
 * any other prints its number among the numbered notes of the resolution. Writes the
 * mark to BUF (at least 24 bytes); returns whether it is such a mark of its own. */
int view_footnote_label(const struct view_footnotes *f, int num, char *buf, size_t cap);
void view_footnotes_free(struct view_footnotes *f);

/* The first of the footnote marks that end CONTAINER's content (NULL when it ends
 * otherwise): a line printed with a closing suffix prints them after it, as ITU prints
 * "(Hammamet, 2016)1, 1bis". */
const struct node *view_trailing_marks(const struct node *container);
/* Whether the footnote mark N follows another mark directly, so that a comma parts
 * them ("1, 1bis"), as ITU prints two marks in a row. */
int view_mark_follows_mark(const struct node *n);

#endif
