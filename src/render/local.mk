# render/: the built-in renderers, each the one definition of its format, reading a const
# tree through the view (what a reader sees under --changes): text, HTML, DOCX parts,
# Flat OPC, and resc markup itself (fmt, -f resc).
libresc_la_SOURCES += src/render/render.h src/render/view.c src/render/view.h \
  src/render/render_text.c src/render/render_html.c src/render/render_docx.c \
  src/render/render_docx_parts.c src/render/render_docx_parts.h src/render/render_docx_flat.c \
  src/render/render_docx_header.c src/render/emit_resc.c src/render/emit_resc.h \
  src/render/stylesheets.h \
  src/render/change_stack.h
nodist_libresc_la_SOURCES = src/stylesheets_data.c
# Tables, one writer per format, called from each renderer's walk of an annex.
libresc_la_SOURCES += src/render/table.h src/render/table_text.c src/render/table_html.c \
  src/render/table_docx.c
# The DOCX writers' walk of what a node holds (render_docx.c, synopsis_docx.c).
libresc_la_SOURCES += src/render/docx_walk.h
