/* resc build's XML path: the intermediate XML built from the AST, written as it is or
 * put through akn.xsl (Akoma Ntoso) or the user's stylesheet (--stylesheet), whose
 * result is serialized, or packed as a DOCX when it is Flat OPC. Everything here
 * needs libxml2 and libxslt, which only the resc-xml program loads. */
#include <stdio.h>
#include <string.h>

#include <libxml/tree.h>

#include "ast.h"
#include "build.h"
#include "docx_package.h"
#include "lang/lang.h"
#include "output.h"
#include "render.h"
#include "transform.h"
#include "xml_build.h"

/* The Flat OPC tree a house style made, written as the built-in renderer's parts are. */
static int write_flat_docx(const char *path, xmlDocPtr flat, time_t when, char *err,
                           size_t errlen) {
  struct docx_parts parts = {0};
  int rc = docx_package_parts(flat, &parts, err, errlen);
  if (rc == 0) rc = build_write_docx(path, &parts, when, err, errlen);
  docx_package_parts_free(&parts);
  return rc;
}

static int emit(struct document *doc, const struct build_opts *o, const char *author,
                const char *iso, time_t when, char *err, size_t errlen) {
  xmlDocPtr xml = xml_build(doc, o->view);
  int rc = 0;
  if (o->format == F_XML) {
    xmlChar *buf;
    int len;
    xmlDocDumpFormatMemoryEnc(xml, &buf, &len, "UTF-8", 0);
    rc = output_write(o->output, buf, (size_t)len, err, errlen);
    xmlFree(buf);
    xmlFreeDoc(xml);
    return rc;
  }
  /* Without --stylesheet, only Akoma Ntoso comes here (build_needs_xml). */
  xsltStylesheetPtr style = transform_load("akn", o->stylesheet, err, errlen);
  if (!style) {
    xmlFreeDoc(xml);
    return -1;
  }
  /* the number line's words in the document's language, from its table (src/lang) */
  const struct lang *l = doc->lang && strcmp(doc->lang->code, "en") != 0 ? doc->lang : NULL;
  char prefix[128];
  snprintf(prefix, sizeof prefix, "%s", l ? lang_number_prefix(l, "resolution", 1) : "");
  const char *params[] = {"author", author, "date", iso, "number-prefix", prefix,
                          "number-suffix", l ? lang_number_suffix(l, "resolution") : "", NULL};
  xmlDocPtr result = transform_apply(style, xml, params, err, errlen);
  xmlFreeDoc(xml);
  if (!result) return -1;
  if (o->format == F_DOCX) {
    rc = write_flat_docx(o->output, result, when, err, errlen);
  } else {
    xmlChar *buf;
    int len;
    if (transform_serialize(style, result, &buf, &len) != 0) {
      snprintf(err, errlen, "cannot serialize the %s output", build_format_names[o->format]);
      rc = -1;
    } else {
      rc = output_write(o->output, buf, (size_t)len, err, errlen);
      xmlFree(buf);
    }
  }
  xmlFreeDoc(result);
  return rc;
}

int build_emit_xslt(struct document *doc, const struct build_opts *o, const char *author,
                    const char *iso, time_t when, char *err, size_t errlen) {
  if (o->allow_read && transform_allow_read(o->allow_read) != 0) {
    snprintf(err, errlen, "--allow-read: no such directory '%s'", o->allow_read);
    return -1;
  }
  int rc = emit(doc, o, author, iso, when, err, errlen);
  transform_cleanup();
  return rc;
}
