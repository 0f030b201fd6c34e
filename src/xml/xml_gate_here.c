/* xml_gate for resc-xml, which has the XML libraries linked in (see xml_gate.h). */
#include "xml_gate.h"

void xml_gate_init(int argc, char **argv) {
  (void)argc;
  (void)argv;
}

int xml_gate_enter(void) { return 0; }
