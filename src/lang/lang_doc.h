/* The language of a document: the @language directive, and the language settled after
 * the tree is built (the stated one, else the one its section phrases are in). */
#ifndef RESC_LANG_DOC_H
#define RESC_LANG_DOC_H

struct document;
struct node;
struct diag_ctx;

/* Reads the @language line BLK into DOC; returns the number of errors reported (an
 * unknown code, a second @language line). */
int lang_directive(struct document *doc, struct node *blk, struct diag_ctx *d);
/* Sets DOC's language when no @language line stated it: the language of the most
 * section phrases, English when none tells or when two languages tie. */
void lang_settle(struct document *doc);
/* Reports a tie of lang_settle (a check, so a build does not print it). */
void lang_check(const struct document *doc, struct diag_ctx *d);

/* Whether number line NUMBER reads as a bare number ("1238") in the old text (OLD) or
 * the new one: a language that writes its word around the number (第1238号决议)
 * frames only such a line. */
int lang_number_bare(int old, const struct node *number);

#endif
