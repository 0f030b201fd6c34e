# cli/: the commands: options, the build/check/fmt drivers, the library API build and
# diff share, and the gate between resc and resc-xml (main.c and the two xml_gate_*.c
# are linked into the programs, not the libraries).
libresc_la_SOURCES += src/cli/cli.c src/cli/cli.h src/cli/build.h src/cli/cmd_build.c \
  src/cli/cmd_check.c src/cli/cmd_fmt.c src/cli/build_api.c src/cli/build_api.h \
  src/cli/xml_gate.h
libresc_la_SOURCES += src/cli/options.c src/cli/options.h src/cli/build_options.c \
  src/cli/build_emit.c
libresc_la_SOURCES += src/cli/check_fix.c src/cli/check_fix.h
