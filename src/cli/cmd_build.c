/* resc build: source → AST → validation → a built-in renderer (text, HTML, DOCX, Flat
 * OPC) or, in resc-xml, the intermediate XML, Akoma Ntoso or a user's stylesheet
 * (build_xslt.c) → file. Refuses to
 * write anything when the input has errors, and writes atomically otherwise. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "ast.h"
#include "build.h"
#include "build_api.h"
#include "cli.h"
#include "diag.h"
#include "docx_parts.h"
#include "emit_resc.h"
#include "output.h"
#include "output_ext.h"
#include "parse.h"
#include "render.h"
#include "source.h"
#include "strbuf.h"
#include "validate.h"
#include "xml_gate.h"
#include "import/document.h"

static const char usage[] =
    "Usage: resc build [OPTIONS] FILE|-\n"
    "\n"
    "Compiles a resolution or proposal. Output goes to standard output unless -o is\n"
    "given; files are written atomically, and nothing is written when the input has\n"
    "errors.\n"
    "\n"
    "  -f, --format FORMAT  text, html, docx, docx-xml, xml, akn (Akoma Ntoso),\n"
    "                       resc (the canonical source; with --changes, the old\n"
    "                       or new text as a clean resolution) or ast (the tree);\n"
    "                       default: from the -o extension, in any case (.txt\n"
    "                       .html .htm .docx .xml .akn .resc), else text; any\n"
    "                       other extension is refused\n"
    "  -o, --output FILE    write to FILE; DOCX may also go to standard output\n"
    "                       when it is a file or a pipe, never a terminal\n"
    "      --changes VIEW   markup (default): revision marks shown; accept: the\n"
    "                       new text; reject: the old text\n"
    "      --stylesheet FILE\n"
    "                       run the XSLT stylesheet FILE over the intermediate\n"
    "                       XML instead of the built-in renderer (house style)\n"
    "      --css FILE       html: FILE's CSS instead of the built-in one\n"
    "      --reference-doc FILE.docx\n"
    "                       docx: the styles, page set-up, headers and footers\n"
    "                       of a Word file or template instead of the built-in\n"
    "                       ones\n"
    "      --allow-read DIR let the stylesheet read files below DIR (document());\n"
    "                       stylesheets may read or write nothing else\n"
    "      --author NAME    author of DOCX tracked changes (default: the\n"
    "                       document's @source, else \"resc\")\n"
    "      --date DATE      date of tracked changes, YYYY-MM-DD or ISO 8601\n"
    "                       (default: SOURCE_DATE_EPOCH, else now)\n"
    "  -W RULE              -W no-RULE, -W RULE=error|warning, -W error; the\n"
    "                       errors io, encoding, limit, syntax, structure and\n"
    "                       directive cannot be lowered\n"
    "  -h, --help           show this help\n";

const char *const build_format_names[] = {"text", "html", "docx", "docx-xml",
                                          "xml",  "ast",  "akn",  "resc"};
#define format_names build_format_names

enum build_format build_format_lookup(const char *s) {
  for (int i = 0; i < F_NONE; i++)
    if (strcmp(s, format_names[i]) == 0) return (enum build_format)i;
  return F_NONE;
}

/* The formats an -o extension names; a name with no extension gets text. */
const struct output_ext build_output_exts[] = {
    {".txt", F_TEXT}, {".html", F_HTML}, {".htm", F_HTML},  {".docx", F_DOCX},
    {".xml", F_XML},  {".akn", F_AKN},   {".resc", F_RESC}, {NULL, 0}};

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

int build_emit(struct document *doc, const struct build_opts *o) {
  char err[512] = "";
  struct strbuf sb = {0};
  int rc = 0;
  if (o->format == F_RESC || o->format == F_AST) {
    if (o->format == F_RESC) emit_resc(doc, o->view, &sb);
    else ast_dump(doc->root, &sb);
    rc = output_write(o->output, sb.data ? sb.data : "", sb.len, err, sizeof err);
  } else {
    char iso[32];
    time_t when;
    cli_change_date(o->date, iso, sizeof iso, &when);
    struct strbuf author = {0};
    if (o->author) sb_adds(&author, o->author);
    else document_source(doc, &author);
    if (!author.len) sb_adds(&author, "resc");
    if (build_needs_xml(o->format, o->stylesheet, NULL))
      rc = build_emit_xslt(doc, o, sb_str(&author), iso, when, err, sizeof err);
    else rc = emit_native(doc, o, sb_str(&author), iso, when, err, sizeof err);
    sb_free(&author);
  }
  sb_free(&sb);
  if (rc != 0) fprintf(stderr, "resc: %s\n", err[0] ? err : "output failed");
  return rc;
}

/* The format an -o extension names agrees with an explicit -f: a tree dump may go to a
 * .txt, any XML format to a .xml. */
static int format_fits_ext(enum build_format f, enum build_format ext) {
  if (f == ext) return 1;
  if (ext == F_TEXT) return f == F_AST;
  if (ext == F_XML) return f == F_DOCX_XML || f == F_AKN;
  return 0;
}

/* build's options into O and D. Returns 0, EXIT_USAGE after printing why, or -1 when
 * --help was printed (the command then ends with 0). */
static int parse_build_options(int argc, char **argv, struct build_opts *o, struct diag_ctx *d) {
  static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
                                           {"output", required_argument, NULL, 'o'},
                                           {"changes", required_argument, NULL, 'c'},
                                           {"stylesheet", required_argument, NULL, 's'},
                                           {"author", required_argument, NULL, 'a'},
                                           {"allow-read", required_argument, NULL, 'r'},
                                           {"date", required_argument, NULL, 'd'},
                                           {"css", required_argument, NULL, 'C'},
                                           {"reference-doc", required_argument, NULL, 'R'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  int c, status = 0;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "f:o:W:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'f':
      o->format = build_format_lookup(optarg);
      if (o->format == F_NONE) {
        fprintf(
            stderr,
            "resc build: unknown format '%s' (text, html, docx, docx-xml, xml, akn, resc, ast)\n",
            optarg);
        status = EXIT_USAGE;
      }
      break;
    case 'o': o->output = optarg; break;
    case 'c':
      if (strcmp(optarg, "markup") == 0) o->view = VIEW_MARKUP;
      else if (strcmp(optarg, "accept") == 0) o->view = VIEW_NEW;
      else if (strcmp(optarg, "reject") == 0) o->view = VIEW_OLD;
      else {
        fprintf(stderr, "resc build: --changes takes markup, accept or reject\n");
        status = EXIT_USAGE;
      }
      break;
    case 's': o->stylesheet = optarg; break;
    case 'C': o->css = optarg; break;
    case 'R': o->reference_doc = optarg; break;
    case 'a': o->author = optarg; break;
    case 'r': {
      struct stat st;
      if (stat(optarg, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "resc build: --allow-read: no such directory '%s'\n", optarg);
        status = EXIT_USAGE;
      }
      o->allow_read = optarg;
      break;
    }
    case 'd': o->date = optarg; break;
    case 'W':
      if (cli_warning_option(d, optarg) != 0) status = EXIT_USAGE;
      break;
    case 'h': fputs(usage, stdout); return -1;
    default:
      fprintf(stderr, "resc build: unknown or incomplete option '%s'\n%s", argv[optind - 1], usage);
      status = EXIT_USAGE;
    }
  }
  if (status == 0 && optind != argc - 1) {
    fprintf(stderr, "resc build: expected one input file (or - for standard input)\n%s", usage);
    status = EXIT_USAGE;
  }
  if (status == 0 && o->date) {
    char iso[32];
    time_t t;
    if (cli_change_date(o->date, iso, sizeof iso, &t) != 0) {
      fprintf(stderr, "resc build: --date takes YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS\n");
      status = EXIT_USAGE;
    }
  }
  return status;
}

int build_settle_format(const char *cmd, struct build_opts *o, enum build_format none) {
  int ext = output_ext_format(o->output, build_output_exts, F_NONE);
  if (o->format == F_NONE) {
    if (ext < 0) {
      output_ext_refuse(cmd, o->output, build_output_exts, 1);
      return EXIT_USAGE;
    }
    o->format = ext == F_NONE ? none : (enum build_format)ext;
  } else if (ext >= 0 && ext != F_NONE && !o->stylesheet &&
             !format_fits_ext(o->format, (enum build_format)ext)) {
    fprintf(stderr,
            "resc %s: -f %s contradicts the name '%s', which says %s: name the file "
            "for what it holds, or leave out -f\n",
            cmd, build_format_names[o->format], o->output, build_format_names[ext]);
    return EXIT_USAGE;
  }
  const char *misplaced =
      o->css && (o->format != F_HTML || o->stylesheet) ? "--css needs -f html"
      : o->reference_doc && ((o->format != F_DOCX && o->format != F_DOCX_XML) || o->stylesheet)
          ? "--reference-doc needs -f docx or docx-xml"
          : NULL;
  if (misplaced) {
    fprintf(stderr, "resc %s: %s (the built-in renderer, not --stylesheet)\n", cmd, misplaced);
    return EXIT_USAGE;
  }
  return 0;
}

int cmd_build(int argc, char **argv) {
  struct build_opts o = {.format = F_NONE, .view = VIEW_MARKUP};
  struct diag_ctx d;
  diag_init(&d);
  int status = parse_build_options(argc, argv, &o, &d);
  if (status == 0) status = build_settle_format("build", &o, F_TEXT);
  /* Before the input is read (it may be standard input): the stylesheet path runs in
   * resc's part with the XML libraries. */
  if (status == 0 && build_needs_xml(o.format, o.stylesheet, o.reference_doc) &&
      xml_gate_enter() != 0)
    status = EXIT_USAGE;
  if (status != 0) {
    diag_free(&d);
    return status < 0 ? 0 : status;
  }

  struct source src;
  int rc = document_load(&src, argv[optind], &d);
  if (rc != 0) {
    cli_print_diagnostics(&d);
    diag_free(&d);
    source_free(&src);
    return rc == 2 ? EXIT_USAGE : EXIT_INPUT;
  }
  int errors;
  struct document *doc = parse_document(&src, &d, &errors);
  status = resc_build(doc, errors, &o, &d);
  cli_print_diagnostics(&d);
  document_free(doc);
  source_free(&src);
  diag_free(&d);
  return status;
}
