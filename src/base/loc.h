/* A span of source text: 1-based line and column (columns count characters, not
 * bytes) of the first and last character. It is also the parser's location type. */
#ifndef RESC_LOC_H
#define RESC_LOC_H

struct loc {
  int first_line, first_column;
  int last_line, last_column;
};

#endif
