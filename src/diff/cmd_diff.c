/* resc diff: the revision marks between two versions of a text, computed (merge.c) and
 * written as a CriticMarkup source (optionally as a MOD proposal) or, with -f, in any
 * output format. Both versions are first validated as resc build would; the marked
 * source is then parsed again in memory and goes through resc_build (build_api.h), so
 * a diff DOCX is exactly the DOCX of the marked source, and a diff that would not build
 * is an error, never a file. resc synopsis is in synopsis.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "build.h"
#include "build_api.h"
#include "cli.h"
#include "diag.h"
#include "emit_resc.h"
#include "merge.h"
#include "options.h"
#include "output.h"
#include "parse.h"
#include "source.h"
#include "strbuf.h"
#include "import/document.h"
#include "xml_gate.h"

static const struct cli_command diff_command = {
    .name = "diff",
    .bit = CMD_DIFF,
    .head = "Usage: resc diff [OPTIONS] OLD NEW\n"
            "\n"
            "Computes the revision marks that turn OLD into NEW: whole clauses, sections\n"
            "and annexes inserted or deleted, words changed inside the clauses both share.\n"
            "Labels are computed, so relettering shows as label revisions. The result is a\n"
            ".resc source with CriticMarkup on standard output (or -o), or with -f any\n"
            "format of resc build.\n",
    .bad_option = "unknown or incomplete option",
};

/* Loads and parses PATH; when VALIDATE, checks it as resc build would (an input that
 * build rejects is no version to compare: its typed labels, for one, would be lost);
 * then cleans it of its own marks (its new text is compared). */
static struct document *load(const char *path, struct source *src, struct diag_ctx *d, int validate,
                             int *status) {
  int rc = document_load(src, path, d);
  if (rc != 0) {
    *status = rc == 2 ? EXIT_USAGE : EXIT_INPUT;
    return NULL;
  }
  int errors = 0;
  size_t before = diag_count(d, SEV_ERROR);
  struct document *doc = parse_document(src, d, &errors);
  if (errors || (validate && resc_validate(doc, 0, d) > before)) {
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

/* Parses the marked source OUT again, in memory, and writes it as O says, unless it
 * has errors under the -W SETTINGS: then they are printed as a defect of diff, and
 * nothing is written. */
static int build_marked(const struct strbuf *out, const struct build_opts *o,
                        const struct diag_ctx *settings) {
  struct diag_ctx d;
  diag_init_like(&d, settings);
  struct source src;
  int errors = 0, status;
  struct document *doc = NULL;
  if (source_load_mem(&src, "<diff>", out->data ? out->data : "", out->len, &d) != 0) errors = 1;
  else doc = parse_document(&src, &d, &errors);
  if (errors) {
    status = EXIT_INPUT;
  } else if (o->format == F_RESC) {
    /* the marked source itself: written as it was made, once it passes check */
    char err[512];
    status = resc_validate(doc, 0, &d) ? EXIT_INPUT : 0;
    if (status == 0 &&
        output_write(o->output, out->data ? out->data : "", out->len, err, sizeof err) != 0) {
      fprintf(stderr, "resc: %s\n", err);
      status = EXIT_USAGE;
    }
  } else {
    status = resc_build(doc, 0, o, &d);
  }
  if (status == EXIT_INPUT) {
    fprintf(stderr, "resc diff: the marked text computed from OLD and NEW does not pass "
                    "resc check (a defect of resc diff); nothing written:\n");
    cli_print_diagnostics(&d);
  }
  document_free(doc);
  source_free(&src);
  diag_free(&d);
  return status;
}

/* NEW with the changes from OLD merged in as revision marks, or NULL with *STATUS set.
 * Clauses with ids that moved are renamed in the old text, and the merge made again,
 * so that a reference follows its clause. The old document (*OLDDOC, which the merged
 * one may share text with) and the sources (SO, SN) stay loaded for the caller to free. */
static struct document *merged(const char *oldpath, const char *newpath, struct source *so,
                               struct source *sn, struct document **olddoc, struct diag_ctx *d,
                               int *status) {
  struct document *old = load(oldpath, so, d, 1, status);
  struct document *new = load(newpath, sn, d, 1, status);
  cli_print_diagnostics(d);
  struct strbuf moved = {0};
  if (*status == 0 && diff_merge(new, old, &moved)) {
    document_free(old);
    document_free(new);
    source_free(so);
    source_free(sn);
    old = load(oldpath, so, d, 0, status);
    new = old ? load(newpath, sn, d, 0, status) : NULL;
    if (old && new) {
      diff_rename_moved(old, new, sb_str(&moved));
      sb_clear(&moved);
      diff_merge(new, old, &moved);
    }
  }
  sb_free(&moved);
  *olddoc = old;
  if (*status != 0) {
    document_free(new);
    return NULL;
  }
  return new;
}

/* The marked text of OLD and NEW (in a proposal when PROPOSAL says), built as O says. */
static int diff_files(char **files, const char *proposal, const struct build_opts *o,
                      struct diag_ctx *d) {
  int status = 0;
  struct source so = {0}, sn = {0};
  struct document *old = NULL;
  struct document *new = merged(files[0], files[1], &so, &sn, &old, d, &status);
  if (status == 0 && proposal && wrap_proposal(new, proposal) != 0) {
    fprintf(stderr, "resc diff: --proposal takes \"ACTION ID\", e.g. \"MOD XYZ/1/1\"\n");
    status = EXIT_USAGE;
  }
  struct strbuf out = {0};
  if (status == 0) {
    emit_resc(new, VIEW_MARKUP, &out);
    status = build_marked(&out, o, d);
  }
  sb_free(&out);
  document_free(old);
  document_free(new);
  source_free(&so);
  source_free(&sn);
  return status;
}

int cmd_diff(int argc, char **argv) {
  struct cli_args a;
  struct build_opts o;
  struct diag_ctx d;
  diag_init(&d);
  int status = cli_parse(&diff_command, argc, argv, &a);
  if (status == 0)
    status = build_options(&diff_command, &a, 2, "expected two input files, OLD and NEW", F_RESC,
                           &o, &d);
  /* Before any input is read: what needs the XML libraries runs in resc-xml. */
  if (status == 0 && ((build_needs_xml(o.format, o.stylesheet, 0) && xml_gate_enter() != 0) ||
                      cli_document_gate(&a) != 0))
    status = EXIT_USAGE;
  if (status == 0) status = diff_files(a.files, a.value[OPT_PROPOSAL], &o, &d);
  cli_args_free(&a);
  diag_free(&d);
  return status == CLI_HELP ? 0 : status;
}
