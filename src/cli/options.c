/* The table of every command's options, the one parser that reads a command line
 * against it (getopt_long, with its long options and option string made from the
 * rows of the command), and the help printed from it. */
#include "options.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "cli.h"
#include "similar.h"

#define ALL (CMD_BUILD | CMD_CHECK | CMD_FMT | CMD_DIFF | CMD_SYNOPSIS | CMD_IMPORT)

/* In each command's help order; a command's rows may sit among other commands' rows. */
const struct cli_option cli_options[] = {
    /* build */
    {OPT_FORMAT, 'f', "format", "FORMAT", CMD_BUILD,
     "text, html, docx, docx-xml, xml, akn (Akoma Ntoso),\n"
     "resc (the canonical source; with --changes, the old\n"
     "or new text as a clean resolution) or ast (the tree);\n"
     "default: from the -o extension, in any case (.txt\n"
     ".html .htm .docx .xml .akn .resc), else text; any\n"
     "other extension is refused"},
    {OPT_OUTPUT, 'o', "output", "FILE", CMD_BUILD,
     "write to FILE; DOCX may also go to standard output\n"
     "when it is a file or a pipe, never a terminal"},
    {OPT_CHANGES, 0, "changes", "VIEW", CMD_BUILD,
     "markup (default): revision marks shown; accept: the\n"
     "new text; reject: the old text"},
    {OPT_STYLESHEET, 0, "stylesheet", "FILE", CMD_BUILD,
     "run the XSLT stylesheet FILE over the intermediate\n"
     "XML instead of the built-in renderer (house style)"},
    {OPT_CSS, 0, "css", "FILE", CMD_BUILD, "html: FILE's CSS instead of the built-in one"},
    {OPT_REFERENCE_DOC, 0, "reference-doc", "FILE.docx", CMD_BUILD,
     "docx: the styles, page set-up, headers and footers\n"
     "of a Word file or template instead of the built-in\n"
     "ones"},
    {OPT_ALLOW_READ, 0, "allow-read", "DIR", CMD_BUILD,
     "let the stylesheet read files below DIR (document());\n"
     "stylesheets may read or write nothing else"},
    {OPT_AUTHOR, 0, "author", "NAME", CMD_BUILD,
     "author of DOCX tracked changes (default: the\n"
     "document's @source, else \"resc\")"},
    {OPT_DATE, 0, "date", "DATE", CMD_BUILD,
     "date of tracked changes, YYYY-MM-DD or ISO 8601\n"
     "(default: SOURCE_DATE_EPOCH, else now)"},
    {OPT_WARNING, 'W', NULL, "RULE", CMD_BUILD,
     "-W no-RULE, -W RULE=error|warning, -W error; the\n"
     "errors io, encoding, limit, syntax, structure and\n"
     "directive cannot be lowered"},
    /* check */
    {OPT_DIAGNOSTICS_FORMAT, 0, "diagnostics-format", "FORMAT", CMD_CHECK,
     "text (default), json or sarif (on standard output)"},
    {OPT_WARNING, 'W', NULL, "RULE", CMD_CHECK,
     "-W no-RULE silences a rule, -W RULE=error|warning\n"
     "sets its severity, -W error (or -Werror) makes\n"
     "warnings errors; io, encoding, limit, syntax,\n"
     "structure and directive errors cannot be lowered"},
    {OPT_MAX_DIAGNOSTICS, 0, "max-diagnostics", "N", CMD_CHECK,
     "print at most N diagnostics (default 200, 0: all)"},
    {OPT_BASE, 0, "base", "FILE", CMD_CHECK,
     "the resolution the proposals modify: their old text\n"
     "(every change rejected) must be exactly its text"},
    {OPT_FIX, 0, "fix", NULL, CMD_CHECK,
     "apply the safe fixes (wrong explicit labels, the label\n"
     "of a lone clause, end punctuation) in place, as\n"
     "revision marks in a revision-marked text; say what\n"
     "was fixed, then report what is left"},
    {OPT_ANNOTATE, 0, "annotate", NULL, CMD_CHECK,
     "a Word document: write a copy of it (-o FILE.docx)\n"
     "with a Word comment (author resc) at each finding;\n"
     "with --fix, the safe fixes as tracked changes"},
    {OPT_OUTPUT, 'o', "output", "FILE.docx", CMD_CHECK, "the copy --annotate writes"},
    {OPT_PARALLEL, 0, "parallel", NULL, CMD_CHECK,
     "the files are language versions of one text or one\n"
     "proposal: check each, then compare them (number,\n"
     "years, revision state, sections and their kind,\n"
     "clauses and labels, reference targets, footnotes,\n"
     "revision marks) and report each mismatch [parallel]\n"
     "in the version, with a note in the first file"},
    {OPT_LIST_RULES, 0, "list-rules", NULL, CMD_CHECK,
     "list the rules with their ids and severities"},
    /* fmt */
    {OPT_IN_PLACE, 'i', "in-place", NULL, CMD_FMT,
     "rewrite the files (atomically, keeping their\n"
     "permissions)"},
    {OPT_CHECK, 0, "check", NULL, CMD_FMT,
     "print the names of files that are not canonical\n"
     "byte for byte (CRLF ends are not); exit 1 if any"},
    /* diff */
    {OPT_FORMAT, 'f', "format", "FORMAT", CMD_DIFF,
     "resc, text, html, docx, docx-xml, xml, akn, ast;\n"
     "default: from the -o extension as in resc build,\n"
     "else resc"},
    {OPT_OUTPUT, 'o', "output", "FILE", CMD_DIFF, "write to FILE"},
    {OPT_PROPOSAL, 0, "proposal", "\"ACTION ID\"", CMD_DIFF,
     "wrap the resolution in @proposal ACTION ID (e.g.\n"
     "\"MOD XYZ/1/1\"); @reasons is left for the drafter"},
    {OPT_AUTHOR, 0, "author", "NAME", CMD_DIFF,
     "as in resc build, for the formats other than resc"},
    {OPT_DATE, 0, "date", "DATE", CMD_DIFF, "as in resc build, for the formats other than resc"},
    {OPT_STYLESHEET, 0, "stylesheet", "FILE", CMD_DIFF,
     "as in resc build, for the formats other than resc"},
    {OPT_WARNING, 'W', NULL, "RULE", CMD_DIFF,
     "as in resc check: OLD and NEW are checked as resc\n"
     "build checks its input; a version with errors, or a\n"
     "result that would not pass check, is refused"},
    /* synopsis */
    {OPT_FORMAT, 'f', "format", "FORMAT", CMD_SYNOPSIS,
     "html, or docx (a landscape Word table whose marks are\n"
     "tracked changes; to a file or a pipe, not a\n"
     "terminal); default: from the -o extension (.html,\n"
     ".htm, .docx, any case), else html"},
    {OPT_OUTPUT, 'o', "output", "FILE", CMD_SYNOPSIS, "write to FILE (atomically)"},
    {OPT_LANGUAGES, 0, "languages", NULL, CMD_SYNOPSIS,
     "the files are language versions of one text or\n"
     "proposal: an HTML table with one row per line\n"
     "(header lines, section phrases, clauses), aligned\n"
     "by place, and one column per version, each with\n"
     "the lang and dir of its language"},
    /* import */
    {OPT_OUTPUT, 'o', "output", "FILE", CMD_IMPORT, "write to FILE (default: standard output)"},
    {OPT_FORMAT, 'f', "format", "FMT", CMD_IMPORT, "docx or text (default: by content)"},
    /* every command */
    {OPT_HELP, 'h', "help", NULL, ALL, "show this help"},
    {OPT_COUNT, 0, NULL, NULL, 0, NULL}};

/* The column where an option's help starts. */
#define HELP_COLUMN 23

/* The option's names as the help shows them: "  -f, --format FORMAT". */
static int option_label(const struct cli_option *o, char *buf, size_t cap) {
  int n;
  if (o->short_name && o->name) n = snprintf(buf, cap, "  -%c, --%s", o->short_name, o->name);
  else if (o->name) n = snprintf(buf, cap, "      --%s", o->name);
  else n = snprintf(buf, cap, "  -%c", o->short_name);
  if (o->arg && n >= 0 && (size_t)n < cap) n += snprintf(buf + n, cap - (size_t)n, " %s", o->arg);
  return n;
}

/* One option of the help: its names, then its help lines from HELP_COLUMN on (below
 * the names when they reach that column). */
static void print_option(const struct cli_option *o, FILE *f) {
  char label[96];
  int n = option_label(o, label, sizeof label);
  fputs(label, f);
  if (n < HELP_COLUMN) fprintf(f, "%*s", HELP_COLUMN - n, "");
  else fprintf(f, "\n%*s", HELP_COLUMN, "");
  for (const char *p = o->help; *p; p++) {
    fputc(*p, f);
    if (*p == '\n') fprintf(f, "%*s", HELP_COLUMN, "");
  }
  fputc('\n', f);
}

void cli_usage(const struct cli_command *cmd, FILE *f) {
  fputs(cmd->head, f);
  fputc('\n', f);
  for (const struct cli_option *o = cli_options; o->id != OPT_COUNT; o++)
    if (o->commands & cmd->bit) print_option(o, f);
  if (cmd->tail) {
    fputc('\n', f);
    fputs(cmd->tail, f);
  }
}

/* getopt_long's view of CMD's rows: the long options (each returning 256 + its row)
 * and the option string. */
struct getopt_view {
  struct option longopts[OPT_COUNT + 1];
  char shorts[2 * OPT_COUNT + 1];
};

static void make_getopt_view(const struct cli_command *cmd, struct getopt_view *v) {
  size_t nl = 0, ns = 0;
  for (const struct cli_option *o = cli_options; o->id != OPT_COUNT; o++) {
    if (!(o->commands & cmd->bit) || nl == OPT_COUNT) continue; /* one row per option */
    if (o->name)
      v->longopts[nl++] = (struct option){o->name, o->arg ? required_argument : no_argument, NULL,
                                          256 + (int)(o - cli_options)};
    if (o->short_name) {
      v->shorts[ns++] = o->short_name;
      if (o->arg) v->shorts[ns++] = ':';
    }
  }
  v->longopts[nl] = (struct option){NULL, 0, NULL, 0};
  v->shorts[ns] = '\0';
}

/* The row of CMD that getopt_long's return C stands for. */
static const struct cli_option *row_of(const struct cli_command *cmd, int c) {
  if (c >= 256) return &cli_options[c - 256];
  for (const struct cli_option *o = cli_options; o->id != OPT_COUNT; o++)
    if ((o->commands & cmd->bit) && o->short_name == c) return o;
  return NULL;
}

/* The long option of CMD nearest to the unknown ARG ("--fromat=x"), for a did-you-mean:
 * a slip of a letter or two. */
static const char *nearest_option(const struct cli_command *cmd, const char *arg) {
  if (strncmp(arg, "--", 2) != 0 || !arg[2]) return NULL;
  char word[64];
  size_t n = strcspn(arg + 2, "=");
  if (n >= sizeof word) return NULL;
  memcpy(word, arg + 2, n);
  word[n] = '\0';
  const char *names[OPT_COUNT + 1];
  size_t k = 0;
  for (const struct cli_option *o = cli_options; o->id != OPT_COUNT; o++)
    if ((o->commands & cmd->bit) && o->name && k < OPT_COUNT + 1) names[k++] = o->name;
  return similar_best(word, names, k, 2);
}

static void unknown_option(const struct cli_command *cmd, const char *arg) {
  const char *best = nearest_option(cmd, arg);
  fprintf(stderr, "resc %s: %s '%s'", cmd->name, cmd->bad_option, arg);
  if (best) fprintf(stderr, "; did you mean '--%s'?", best);
  fputc('\n', stderr);
  cli_usage(cmd, stderr);
}

/* Records the option O with its argument ARG; an option that takes a value may be given
 * once (but -W), since a second one would silently win over the first. */
static int record(const struct cli_command *cmd, const struct cli_option *o, const char *arg,
                  struct cli_args *a) {
  if (o->id == OPT_WARNING) {
    a->warnings[a->nwarnings++] = arg;
    return 0;
  }
  if (o->arg && a->value[o->id]) {
    fprintf(stderr, "resc %s: --%s given twice ('%s', then '%s'); give it once\n", cmd->name,
            o->name, a->value[o->id], arg);
    return EXIT_USAGE;
  }
  a->value[o->id] = o->arg ? arg : "";
  return 0;
}

int cli_parse(const struct cli_command *cmd, int argc, char **argv, struct cli_args *a) {
  struct getopt_view v;
  make_getopt_view(cmd, &v);
  memset(a, 0, sizeof *a);
  a->warnings = xcalloc((size_t)argc + 1, sizeof *a->warnings);
  int c, status = 0;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, v.shorts, v.longopts, NULL)) != -1) {
    const struct cli_option *o = c == '?' ? NULL : row_of(cmd, c);
    if (!o) {
      unknown_option(cmd, argv[optind - 1]);
      status = EXIT_USAGE;
    } else if (record(cmd, o, optarg, a) != 0) {
      status = EXIT_USAGE;
    }
  }
  a->files = argv + optind;
  a->nfiles = argc - optind;
  if (status == 0 && a->value[OPT_HELP]) {
    cli_usage(cmd, stdout);
    return CLI_HELP;
  }
  return status;
}

void cli_args_free(struct cli_args *a) {
  free(a->warnings);
  a->warnings = NULL;
}
