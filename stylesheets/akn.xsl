<?xml version="1.0" encoding="UTF-8"?>
<!-- Akoma Ntoso output: not written yet; resc answers "not yet" for -f akn. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/"><xsl:message terminate="yes">Akoma Ntoso output is not available yet</xsl:message></xsl:template>
</xsl:stylesheet>
