/* DOCX import internals shared by the document reader (import_docx.c) and the list
 * numbering reader (docx_numbering.c): WordprocessingML element tests on libxml2
 * trees, and the numbering interface. */
#ifndef RESC_IMPORT_DOCX_H
#define RESC_IMPORT_DOCX_H

#include <libxml/tree.h>
#include <zip.h>

#include "strbuf.h"

/* Whether N is the element w:NAME (any WordprocessingML namespace version). */
int docx_is_w(const xmlNode *n, const char *name);
/* The first child w:NAME of N, or NULL (N may be NULL). */
xmlNode *docx_child_w(const xmlNode *n, const char *name);
/* The attribute ATTR of N (w:val, w:id, ...), or NULL; free with xmlFree. */
char *docx_wval(const xmlNode *n, const char *attr);

/* The bytes of entry NAME of Z (NUL-terminated), bounded against zip bombs (size and
 * inflation ratio); NULL when absent (ERR empty) or refused (message in ERR). */
char *docx_read_entry(zip_t *z, const char *name, size_t *len, char *err, size_t errlen);

/* Word's automatic list numbering (word/numbering.xml, with the numbering that paragraph
 * styles in word/styles.xml carry), counted through the document in its old and its new
 * text at once, so that a relettering under tracked changes comes out as resc's. */
struct docx_numbering;

/* NUMBERING and STYLES may be NULL (the part is absent). */
struct docx_numbering *docx_numbering_new(xmlDocPtr numbering, xmlDocPtr styles);
void docx_numbering_free(struct docx_numbering *nb);

/* Counts paragraph P (in document order) and gives its label in the old and the new
 * text (empty where the paragraph has none; BLOCK: the paragraph's own change, CH_INS or
 * CH_DEL, whose other text it is absent from) and its list level (0-based). Returns 1
 * when P is a list item, 0 otherwise. */
int docx_numbering_label(struct docx_numbering *nb, const xmlNode *p, int block,
                         struct strbuf *old_label, struct strbuf *new_label, int *ilvl);

/* A Word file's part parsed as untrusted input (import_docx.c): XML without network,
 * DTD or entities; NULL with a message in ERR. */
xmlDocPtr docx_parse_part(zip_t *z, const char *name, char *err, size_t errlen);

#endif
