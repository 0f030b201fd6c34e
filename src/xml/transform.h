/* Running the XSLT stage: akn.xsl (or a user's house style) applied to
 * the intermediate XML under security preferences that forbid file and network
 * access, so a document can never make resc read or write anything. */
#ifndef RESC_TRANSFORM_H
#define RESC_TRANSFORM_H

#include <libxml/tree.h>
#include <libxslt/xsltInternals.h>

/* Loads the built-in stylesheet NAME ("akn"), or the file OVERRIDE when it is not
 * NULL. Compiled stylesheets are cached for the life of the process. Returns NULL
 * with a message in err. */
xsltStylesheetPtr transform_load(const char *name, const char *override, char *err, size_t errlen);

/* Applies STYLE to IN with string PARAMS (NULL-terminated name/value pairs, values
 * unquoted). Returns the result document or NULL with a message in err. */
xmlDocPtr transform_apply(xsltStylesheetPtr style, xmlDocPtr in, const char **params, char *err,
                          size_t errlen);

/* Serializes a result as the stylesheet's xsl:output says. Caller frees *out with
 * xmlFree. Returns 0 on success. */
int transform_serialize(xsltStylesheetPtr style, xmlDocPtr result, xmlChar **out, int *len);

/* Lets stylesheets read files below DIR (document() in a house style); everything else
 * stays forbidden. Returns 0, or -1 when DIR does not exist. */
int transform_allow_read(const char *dir);

/* Frees the cache (end of process; keeps valgrind quiet). */
void transform_cleanup(void);

#endif
