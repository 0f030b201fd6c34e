/* resc comes as two programs built from the same sources: resc, which checks, formats,
 * diffs and builds text, HTML and DOCX with its own renderers and links nothing but
 * zlib, and resc-xml, which also loads libxml2, libxslt and libzip (with ICU and
 * OpenSSL behind them) for what needs them: stylesheets, the intermediate XML, Akoma
 * Ntoso, import, synopsis. Loading those libraries takes longer than compiling a
 * resolution, so resc hands such a command over to resc-xml, with the same arguments,
 * before it has read anything. */
#ifndef RESC_XML_GATE_H
#define RESC_XML_GATE_H

/* Remembers the command line (main calls it first). */
void xml_gate_init(int argc, char **argv);

/* Makes the XML libraries available: in resc-xml, returns 0 at once; in resc, runs
 * resc-xml in place of this process with the command line given to xml_gate_init, and
 * returns -1 (after printing why) only when that fails. */
int xml_gate_enter(void);

#endif
