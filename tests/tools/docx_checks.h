/* docx_checks: the rules of a Word package that its schemas cannot state, each of which
 * makes Word report unreadable content or lose something: annotation ids unique and
 * matched across parts, relationship targets and content types present, styles
 * defined, w:rPr children in the order CT_RPr lists them, table cells ending with a
 * paragraph. */
#ifndef DOCX_CHECKS_H
#define DOCX_CHECKS_H

#include <stdio.h>

#include "docx_package.h"

/* Runs every check on PKG; problems are reported with docx_report. */
void docx_checks_run(DocxPackage *pkg);

/* Prints the child orders the checks hold w:rPr and w:trPr to, one line each
 * ("rPr: ins del ..."), so a test can compare them with wml.xsd. */
void docx_checks_print_orders(FILE *out);

#endif
