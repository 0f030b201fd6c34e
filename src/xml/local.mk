# xml/: the code that needs libxml2, libxslt or libzip, in the library only resc-xml links:
# the intermediate XML, XSLT (Akoma Ntoso, a user's stylesheet), a stylesheet's Flat OPC
# as a package, a reference document's styles.
libresc_xml_la_SOURCES += src/xml/xml_build.c src/xml/xml_build.h src/xml/transform.c \
  src/xml/transform.h src/xml/build_xslt.c src/xml/docx_reference.c src/xml/docx_package.c \
  src/xml/docx_package.h
