/* The options of resc build and resc diff, read by the one parser (options.h), into the
 * struct build_opts the library's resc_build takes: the format (named, or implied by
 * the -o name), the view, the layout and stylesheet options, the date, the -W settings.
 * An option the chosen output has no use for is refused, never silently ignored. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "build.h"
#include "cli.h"
#include "diag.h"
#include "options.h"
#include "output_ext.h"

const char *const build_format_names[] = {"text", "html", "docx", "docx-xml",
                                          "xml",  "ast",  "akn",  "resc"};

enum build_format build_format_lookup(const char *s) {
  for (int i = 0; i < F_NONE; i++)
    if (strcmp(s, build_format_names[i]) == 0) return (enum build_format)i;
  return F_NONE;
}

/* The formats an -o extension names; a name with no extension gets the default. */
const struct output_ext build_output_exts[] = {
    {".txt", F_TEXT}, {".html", F_HTML}, {".htm", F_HTML},  {".docx", F_DOCX},
    {".xml", F_XML},  {".akn", F_AKN},   {".resc", F_RESC}, {NULL, 0}};

/* -f FORMAT into O; an unknown one is listed against the formats there are, the
 * command's default (NONE) first. */
static int format_option(const char *cmd, const char *arg, enum build_format none,
                         struct build_opts *o) {
  static const enum build_format listing[] = {F_TEXT, F_HTML, F_DOCX, F_DOCX_XML,
                                              F_XML,  F_AKN,  F_RESC, F_AST};
  if (!arg) return 0;
  o->format = build_format_lookup(arg);
  if (o->format != F_NONE) return 0;
  fprintf(stderr, "resc %s: unknown format '%s' (%s", cmd, arg, build_format_names[none]);
  for (size_t i = 0; i < sizeof listing / sizeof *listing; i++)
    if (listing[i] != none) fprintf(stderr, ", %s", build_format_names[listing[i]]);
  fputs(")\n", stderr);
  return EXIT_USAGE;
}

static int changes_option(const char *cmd, const char *arg, struct build_opts *o) {
  if (!arg || strcmp(arg, "markup") == 0) o->view = VIEW_MARKUP;
  else if (strcmp(arg, "accept") == 0) o->view = VIEW_NEW;
  else if (strcmp(arg, "reject") == 0) o->view = VIEW_OLD;
  else {
    fprintf(stderr, "resc %s: --changes takes markup, accept or reject\n", cmd);
    return EXIT_USAGE;
  }
  return 0;
}

static int allow_read_option(const char *cmd, const char *arg) {
  struct stat st;
  if (!arg || (stat(arg, &st) == 0 && S_ISDIR(st.st_mode))) return 0;
  fprintf(stderr, "resc %s: --allow-read: no such directory '%s'\n", cmd, arg);
  return EXIT_USAGE;
}

/* The arguments whose meaning the output does not decide: each option's own value,
 * then the -W settings. */
static int read_values(const char *cmd, const struct cli_args *a, enum build_format none,
                       struct build_opts *o, struct diag_ctx *d) {
  const char *const *v = a->value;
  o->output = v[OPT_OUTPUT];
  o->stylesheet = v[OPT_STYLESHEET];
  o->css = v[OPT_CSS];
  o->reference_doc = v[OPT_REFERENCE_DOC];
  o->author = v[OPT_AUTHOR];
  o->allow_read = v[OPT_ALLOW_READ];
  o->date = v[OPT_DATE];
  int status = format_option(cmd, v[OPT_FORMAT], none, o);
  if (changes_option(cmd, v[OPT_CHANGES], o) != 0) status = EXIT_USAGE;
  if (allow_read_option(cmd, v[OPT_ALLOW_READ]) != 0) status = EXIT_USAGE;
  if (cli_warning_options(a, d) != 0) status = EXIT_USAGE;
  return status;
}

/* The format an -o extension names agrees with an explicit -f: a tree dump may go to a
 * .txt, any XML format to a .xml. */
static int format_fits_ext(enum build_format f, enum build_format ext) {
  if (f == ext) return 1;
  if (ext == F_TEXT) return f == F_AST;
  if (ext == F_XML) return f == F_DOCX_XML || f == F_AKN;
  return 0;
}

/* O's format from -f and the -o extension, which must agree; NONE when neither says. */
static int settle_format(const char *cmd, struct build_opts *o, enum build_format none) {
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
  return 0;
}

/* The options that apply to some outputs only, checked against O's: a layout option
 * applies to one built-in renderer; a stylesheet, its --allow-read and the author and
 * date of tracked changes to none of the sources (resc, ast). */
static int settle_misplaced(const char *cmd, const struct build_opts *o) {
  const char *misplaced =
      o->css && (o->format != F_HTML || o->stylesheet) ? "--css needs -f html"
      : o->reference_doc && ((o->format != F_DOCX && o->format != F_DOCX_XML) || o->stylesheet)
          ? "--reference-doc needs -f docx or docx-xml"
          : NULL;
  if (misplaced) {
    fprintf(stderr, "resc %s: %s (the built-in renderer, not --stylesheet)\n", cmd, misplaced);
    return EXIT_USAGE;
  }
  if (o->allow_read && !o->stylesheet) {
    fprintf(stderr, "resc %s: --allow-read lets a --stylesheet read files: give one\n", cmd);
    return EXIT_USAGE;
  }
  if (o->format != F_RESC && o->format != F_AST) return 0;
  const char *unused = o->stylesheet ? "--stylesheet" : o->author ? "--author" : o->date ? "--date" : NULL;
  if (unused) {
    fprintf(stderr, "resc %s: %s does not apply to %s output\n", cmd, unused,
            build_format_names[o->format]);
    return EXIT_USAGE;
  }
  return 0;
}

int build_options(const struct cli_command *cmd, const struct cli_args *a, int nfiles,
                  const char *nfiles_wanted, enum build_format none, struct build_opts *o,
                  struct diag_ctx *d) {
  *o = (struct build_opts){.format = F_NONE, .view = VIEW_MARKUP};
  int status = read_values(cmd->name, a, none, o, d);
  if (status == 0 && a->nfiles != nfiles) {
    fprintf(stderr, "resc %s: %s\n", cmd->name, nfiles_wanted);
    cli_usage(cmd, stderr);
    status = EXIT_USAGE;
  }
  char iso[32];
  time_t when;
  if (status == 0 && o->date && cli_change_date(o->date, iso, sizeof iso, &when) != 0) {
    fprintf(stderr, "resc %s: --date takes YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS\n", cmd->name);
    status = EXIT_USAGE;
  }
  if (status == 0) status = settle_format(cmd->name, o, none);
  if (status == 0) status = settle_misplaced(cmd->name, o);
  return status;
}
