/* The validator: ITU drafting rules checked on the AST (lettering, numbering, order,
 * punctuation, references, footnotes), each reported under its rule id from diag.def.
 * A revision-marked document holds two documents, the old and the new one; rules that
 * depend on the text are checked on both, and a diagnostic names the one it concerns. */
#ifndef RESC_VALIDATE_H
#define RESC_VALIDATE_H

struct document;
struct diag_ctx;

void validate(struct document *doc, struct diag_ctx *d);
/* The checks on the source's characters (soft hyphens, double spaces); validate runs
 * them. */
void validate_text(const struct document *doc, struct diag_ctx *d);
/* The checks of scripts and of the document's language on the source's characters
 * (a Cyrillic letter in a label, the revision word of another language); validate runs
 * them. */
void validate_lang(const struct document *doc, struct diag_ctx *d);
/* The checks of quote marks and hyphens written two ways (''victim'', UIT-T and
 * UIT‑T); validate runs them. */
void validate_marks(const struct document *doc, struct diag_ctx *d);

#endif
