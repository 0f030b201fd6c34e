/* resc diff: the revision marks between two versions of a text, computed (merge.c) and
 * written as a CriticMarkup source (optionally as a MOD proposal) or, with -f, in any
 * output format: the marked source is then compiled by resc build itself, so a diff
 * DOCX is exactly the DOCX of the marked source. resc synopsis is in synopsis.c. */
#define _DEFAULT_SOURCE /* mkstemps */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "ast.h"
#include "build.h"
#include "cli.h"
#include "diag.h"
#include "emit_resc.h"
#include "merge.h"
#include "output.h"
#include "output_ext.h"
#include "parse.h"
#include "source.h"
#include "strbuf.h"

static const char usage[] =
    "Usage: resc diff [OPTIONS] OLD NEW\n"
    "\n"
    "Computes the revision marks that turn OLD into NEW: whole clauses, sections and\n"
    "annexes inserted or deleted, words changed inside the clauses both share. Labels\n"
    "are computed, so relettering shows as label revisions. The result is a .resc source\n"
    "with CriticMarkup on standard output (or -o), or with -f any format of resc build.\n"
    "\n"
    "  -f, --format FORMAT    resc, text, html, docx, docx-xml, xml, akn, ast; default:\n"
    "                         from the -o extension as in resc build, else resc\n"
    "  -o, --output FILE      write to FILE\n"
    "      --proposal \"ACTION ID\"  wrap the resolution in @proposal ACTION ID (e.g.\n"
    "                         \"MOD XYZ/1/1\"); @reasons is left for the drafter\n"
    "      --author NAME, --date DATE, --stylesheet FILE, -W RULE\n"
    "                         passed to resc build for the formats other than resc\n"
    "  -h, --help             show this help\n";

/* Loads and parses PATH, cleaned of its own marks (its new text is compared). */
static struct document *load(const char *path, struct source *src, struct diag_ctx *d, int *status) {
  int rc = source_load(src, path, d);
  if (rc != 0) {
    *status = rc == 2 ? EXIT_USAGE : EXIT_INPUT;
    return NULL;
  }
  int errors = 0;
  struct document *doc = parse_document(src, d, &errors);
  if (errors) {
    *status = EXIT_INPUT;
    document_free(doc);
    return NULL;
  }
  diff_clean(doc);
  return doc;
}

/* Puts every top-level resolution of DOC into a proposal ACTION ID (or renames the
 * proposals it has). Returns -1 when the argument is not "ACTION ID". */
static int wrap_proposal(struct document *doc, const char *arg) {
  const char *sp = strchr(arg, ' ');
  if (!sp || sp == arg || !sp[1] || strchr(sp + 1, ' ')) return -1;
  const char *action = arena_strndup(doc->arena, arg, (size_t)(sp - arg));
  const char *id = sp + 1;
  struct node *c = doc->root->first;
  while (c) {
    struct node *next = c->next;
    if (c->kind == N_PROPOSAL) {
      c->str = action;
      c->str2 = id;
    } else if (c->kind == N_RESOLUTION) {
      struct node *p = ast_new(doc->arena, N_PROPOSAL, &c->loc);
      p->str = action;
      p->str2 = id;
      /* the proposal takes the resolution's place */
      p->parent = doc->root;
      p->prev = c->prev;
      p->next = c->next;
      if (c->prev) c->prev->next = p;
      else doc->root->first = p;
      if (c->next) c->next->prev = p;
      else doc->root->last = p;
      c->parent = c->prev = c->next = NULL;
      ast_append(p, c);
    }
    c = next;
  }
  return 0;
}

int cmd_diff(int argc, char **argv) {
  static const struct option longopts[] = {
      {"format", required_argument, NULL, 'f'},     {"output", required_argument, NULL, 'o'},
      {"proposal", required_argument, NULL, 'p'},   {"author", required_argument, NULL, 'a'},
      {"date", required_argument, NULL, 'd'},       {"stylesheet", required_argument, NULL, 's'},
      {"help", no_argument, NULL, 'h'},             {NULL, 0, NULL, 0}};
  const char *format = NULL, *output = NULL, *proposal = NULL;
  /* options passed through to resc build */
  char **pass = xcalloc((size_t)argc * 2 + 8, sizeof *pass);
  int npass = 0, c, status = 0;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "f:o:W:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'f': format = optarg; break;
    case 'o': output = optarg; break;
    case 'p': proposal = optarg; break;
    case 'a': pass[npass++] = "--author"; pass[npass++] = optarg; break;
    case 'd': pass[npass++] = "--date"; pass[npass++] = optarg; break;
    case 's': pass[npass++] = "--stylesheet"; pass[npass++] = optarg; break;
    case 'W': pass[npass++] = "-W"; pass[npass++] = optarg; break;
    case 'h':
      fputs(usage, stdout);
      free(pass);
      return 0;
    default:
      fprintf(stderr, "resc diff: unknown or incomplete option '%s'\n%s", argv[optind - 1], usage);
      status = EXIT_USAGE;
    }
  }
  if (status == 0 && optind != argc - 2) {
    fprintf(stderr, "resc diff: expected two input files, OLD and NEW\n%s", usage);
    status = EXIT_USAGE;
  }
  if (status == 0 && !format) {
    int f = output_ext_format(output, build_output_exts, F_RESC);
    if (f < 0) {
      output_ext_refuse("diff", output, build_output_exts, 1);
      status = EXIT_USAGE;
    } else {
      format = build_format_names[f];
    }
  }
  if (status) {
    free(pass);
    return status;
  }
  struct diag_ctx d;
  diag_init(&d);
  struct source so = {0}, sn = {0};
  struct document *old = load(argv[optind], &so, &d, &status);
  struct document *new = status ? NULL : load(argv[optind + 1], &sn, &d, &status);
  cli_print_diagnostics(&d);
  struct strbuf moved = {0};
  if (old && new && diff_merge(new, old, &moved)) {
    /* moved clauses with ids: rename them in the old text, and start again */
    document_free(old);
    document_free(new);
    source_free(&so);
    source_free(&sn);
    old = load(argv[optind], &so, &d, &status);
    new = old ? load(argv[optind + 1], &sn, &d, &status) : NULL;
    if (old && new) {
      diff_rename_moved(old, new, sb_str(&moved));
      sb_clear(&moved);
      diff_merge(new, old, &moved);
    }
  }
  sb_free(&moved);
  if (old && new) {
    if (proposal && wrap_proposal(new, proposal) != 0) {
      fprintf(stderr, "resc diff: --proposal takes \"ACTION ID\", e.g. \"MOD XYZ/1/1\"\n");
      status = EXIT_USAGE;
    }
  }
  struct strbuf out = {0};
  if (status == 0) emit_resc(new, VIEW_MARKUP, &out);
  char err[512];
  if (status == 0 && strcmp(format, "resc") == 0) {
    if (output_write(output, out.data ? out.data : "", out.len, err, sizeof err) != 0) {
      fprintf(stderr, "resc: %s\n", err);
      status = EXIT_USAGE;
    }
  } else if (status == 0) {
    /* compile the marked source with resc build */
    const char *dir = getenv("TMPDIR");
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s/resc-diff-XXXXXX.resc", dir && *dir ? dir : "/tmp");
    int fd = mkstemps(tmp, 5);
    FILE *f = fd < 0 ? NULL : fdopen(fd, "w");
    if (!f || fwrite(out.data ? out.data : "", 1, out.len, f) != out.len || fclose(f) != 0) {
      fprintf(stderr, "resc diff: cannot write a temporary file %s\n", tmp);
      if (fd >= 0) unlink(tmp);
      status = EXIT_USAGE;
    } else {
      char **bargv = xcalloc((size_t)npass + 8, sizeof *bargv);
      int bargc = 0;
      bargv[bargc++] = "build";
      bargv[bargc++] = "-f";
      bargv[bargc++] = (char *)format;
      if (output) {
        bargv[bargc++] = "-o";
        bargv[bargc++] = (char *)output;
      }
      for (int i = 0; i < npass; i++) bargv[bargc++] = pass[i];
      bargv[bargc++] = tmp;
      status = cmd_build(bargc, bargv);
      free(bargv);
      unlink(tmp);
    }
  }
  sb_free(&out);
  document_free(old);
  document_free(new);
  source_free(&so);
  source_free(&sn);
  diag_free(&d);
  free(pass);
  return status;
}
