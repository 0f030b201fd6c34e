/* Loading an input of check, build, diff and synopsis: a resc source, or a Word document
 * (recognized by its content, not its name) read through the importer, so that a
 * proposal can be checked as it arrives. The Word path needs libzip and libxml2, which
 * only resc-xml links (see xml_gate.h): resc hands a command with a zip among its
 * arguments over to resc-xml before it reads anything. */
#ifndef RESC_IMPORT_DOCUMENT_H
#define RESC_IMPORT_DOCUMENT_H

struct source;
struct diag_ctx;

/* Whether the file PATH starts as a zip archive does ("PK\3\4"); a .docx does. */
int document_is_zip(const char *path);

/* Like source_load: a resc source, or the source imported from a Word document
 * (word/document.xml declared as WordprocessingML's main part in [Content_Types].xml).
 * A zip that is not a Word document is an error. Returns 0, 1 (input not acceptable,
 * diagnostics reported) or 2 (cannot read). */
int document_load(struct source *s, const char *path, struct diag_ctx *diags);

#endif
