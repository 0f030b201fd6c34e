/* The library's output step (build_api.h): a validated document written as the
 * build options say, by a built-in renderer (text, HTML, DOCX, Flat OPC), as a source
 * (resc, ast) or, in resc-xml, through the intermediate XML (build_xslt.c); files are
 * written atomically. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ast.h"
#include "build.h"
#include "build_api.h"
#include "cli.h"
#include "diag.h"
#include "docx_parts.h"
#include "emit_resc.h"
#include "output.h"
#include "render.h"
#include "source.h"
#include "strbuf.h"

/* The proposal's source, the default author of tracked changes. */
static void document_source(const struct document *doc, struct strbuf *out) {
  for (const struct node *c = doc->root->first; c; c = c->next)
    if (c->kind == N_FIELD && strcmp(c->str, "source") == 0) {
      ast_plain_text(c, CH_INS, out);
      return;
    }
}

int build_needs_xml(enum build_format format, const char *stylesheet, const char *reference_doc) {
  return stylesheet || reference_doc || format == F_XML || format == F_AKN;
}

int build_write_docx(const char *path, const struct docx_parts *parts, time_t when, char *err,
                     size_t errlen) {
  struct output_tmp t;
  int rc = output_begin(&t, path, err, errlen);
  if (rc != 0) return rc;
  rc = docx_package_write_parts(parts, t.path, when, err, errlen);
  if (rc != 0) output_abort(&t);
  else rc = output_commit(&t, err, errlen);
  return rc;
}

/* The DOCX renderer's parts, packed as a .docx or written as one Flat OPC file. */
static int emit_docx(struct document *doc, const struct build_opts *o, const struct render_opts *ro,
                     time_t when, char *err, size_t errlen) {
  struct docx_parts parts = {0};
  int rc = render_docx(doc, ro, &parts, err, errlen);
  if (rc == 0 && o->format == F_DOCX) {
    rc = build_write_docx(o->output, &parts, when, err, errlen);
  } else if (rc == 0) {
    struct strbuf out = {0};
    render_docx_flat(&parts, &out);
    rc = output_write(o->output, out.data, out.len, err, errlen);
    sb_free(&out);
  }
  docx_parts_free(&parts);
  return rc;
}

/* Text and HTML stream to their file as they are made. */
static int emit_stream(struct document *doc, const struct build_opts *o,
                       const struct render_opts *ro, char *err, size_t errlen) {
  struct strbuf out = {0};
  struct output_stream os;
  if (output_stream_begin(&os, o->output, &out, err, errlen) != 0) return -1;
  int rc = o->format == F_TEXT ? render_text(doc, ro, &out, err, errlen)
                               : render_html(doc, ro, &out, err, errlen);
  if (rc == 0) rc = output_stream_end(&os, &out, err, errlen);
  else output_stream_abort(&os, &out);
  sb_free(&out);
  return rc;
}

/* --css FILE: read as a source is (bounded, UTF-8), since it goes into a UTF-8 page. */
static int load_css(const char *path, struct source *css, char *err, size_t errlen) {
  struct diag_ctx d;
  diag_init(&d);
  int rc = source_load(css, path, &d);
  if (rc != 0 || diag_count(&d, SEV_ERROR)) {
    cli_print_diagnostics(&d);
    snprintf(err, errlen, "--css: cannot use '%s' (a UTF-8 text file)", path);
    source_free(css);
    rc = -1;
  }
  diag_free(&d);
  return rc;
}

/* The built-in renderers: text, HTML, DOCX and its Flat OPC form. */
static int emit_native(struct document *doc, const struct build_opts *o, const char *author,
                       const char *iso, time_t when, char *err, size_t errlen) {
  struct render_opts ro = {
      .view = o->view, .author = author, .date = iso, .keep_parts = o->format == F_DOCX_XML};
  struct docx_reference ref = {0};
  int rc;
  if (o->css) {
    struct source css;
    if (load_css(o->css, &css, err, errlen) != 0) return -1;
    ro.css = css.text;
    rc = emit_stream(doc, o, &ro, err, errlen);
    source_free(&css);
    return rc;
  }
  if (o->reference_doc) {
    if (build_load_reference(o->reference_doc, &ref, err, errlen) != 0) return -1;
    ro.reference = &ref;
  }
  if (o->format == F_DOCX_XML || o->format == F_DOCX) {
    rc = emit_docx(doc, o, &ro, when, err, errlen);
    docx_reference_free(&ref);
    return rc;
  }
  return emit_stream(doc, o, &ro, err, errlen);
}

/* The sources: the canonical resc text (in O's view) or the tree dump. */
static int emit_source(struct document *doc, const struct build_opts *o, char *err,
                       size_t errlen) {
  struct strbuf sb = {0};
  if (o->format == F_RESC) emit_resc(doc, o->view, &sb);
  else ast_dump(doc->root, &sb);
  int rc = output_write(o->output, sb.data ? sb.data : "", sb.len, err, errlen);
  sb_free(&sb);
  return rc;
}

/* The rendered outputs, with the author and date of tracked changes settled: the
 * built-in renderers, or the XML path. */
static int emit_rendered(struct document *doc, const struct build_opts *o, char *err,
                         size_t errlen) {
  char iso[32];
  time_t when;
  cli_change_date(o->date, iso, sizeof iso, &when);
  struct strbuf author = {0};
  if (o->author) sb_adds(&author, o->author);
  else document_source(doc, &author);
  if (!author.len) sb_adds(&author, "resc");
  int rc = build_needs_xml(o->format, o->stylesheet, NULL)
               ? build_emit_xslt(doc, o, sb_str(&author), iso, when, err, errlen)
               : emit_native(doc, o, sb_str(&author), iso, when, err, errlen);
  sb_free(&author);
  return rc;
}

int build_emit(struct document *doc, const struct build_opts *o) {
  char err[512] = "";
  int rc = o->format == F_RESC || o->format == F_AST ? emit_source(doc, o, err, sizeof err)
                                                     : emit_rendered(doc, o, err, sizeof err);
  if (rc != 0) fprintf(stderr, "resc: %s\n", err[0] ? err : "output failed");
  return rc;
}
