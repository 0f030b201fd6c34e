<?xml version="1.0" encoding="UTF-8"?>
<!--
  text.xsl: resc intermediate XML (urn:x-resc:1) to plain text.

  Why: the plain text is what a diff, a mail or a terminal shows, and it must
  read like the seed texts (plain-text extractions of the ITU Word files): one
  paragraph per line, label TAB text, "MOD<TAB>id", "Reasons:<TAB>". Where the
  Word extraction flattens revisions and loses them, the markup view keeps them
  as CriticMarkup (insertion, deletion, comment), as in the .resc source; a
  whole inserted or deleted block has each of its printed lines wrapped, so
  the marks never span a newline. The old and new views carry no revisions
  and print none.

  Standalone (no include, no document()): it is built into the resc binary.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="urn:x-resc:1"
    exclude-result-prefixes="r">

  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:strip-space elements="r:document r:abstract r:proposal r:resolution r:section r:clause r:annex r:footnotes r:ref"/>

  <xsl:variable name="NL" select="'&#10;'"/>
  <xsl:variable name="TAB" select="'&#9;'"/>

  <!-- ===== document structure ===== -->

  <xsl:template match="/r:document">
    <xsl:variable name="has-header" select="boolean(r:field | r:abstract)"/>
    <xsl:apply-templates select="r:field"/>
    <xsl:if test="r:abstract">
      <xsl:text>Abstract:</xsl:text>
      <xsl:value-of select="$NL"/>
      <xsl:for-each select="r:abstract/r:p">
        <xsl:call-template name="line"/>
      </xsl:for-each>
    </xsl:if>
    <xsl:for-each select="r:proposal | r:resolution">
      <xsl:if test="position() &gt; 1 or $has-header">
        <xsl:value-of select="$NL"/>
      </xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="r:field">
    <xsl:call-template name="line">
      <xsl:with-param name="prefix">
        <xsl:choose>
          <xsl:when test="@name = 'document'">Document </xsl:when>
          <xsl:when test="@name = 'original'">Original: </xsl:when>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="r:proposal">
    <xsl:call-template name="line">
      <xsl:with-param name="content" select="/.."/>
      <xsl:with-param name="prefix" select="concat(@action, $TAB, @id)"/>
    </xsl:call-template>
    <xsl:apply-templates select="r:resolution"/>
    <xsl:for-each select="r:reasons">
      <xsl:call-template name="line">
        <xsl:with-param name="prefix" select="concat('Reasons:', $TAB)"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="r:resolution">
    <xsl:for-each select="r:number">
      <xsl:call-template name="line">
        <xsl:with-param name="prefix">
          <xsl:call-template name="number-word"/>
          <xsl:text> </xsl:text>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="r:title | r:history | r:assembly">
      <xsl:choose>
        <xsl:when test="self::r:history">
          <xsl:call-template name="line">
            <xsl:with-param name="prefix" select="'('"/>
            <xsl:with-param name="suffix" select="')'"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="line"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:apply-templates select="r:section | r:annex"/>
    <xsl:for-each select="r:footnotes/r:footnote">
      <xsl:call-template name="line">
        <xsl:with-param name="prefix">
          <xsl:call-template name="superscript"/>
          <xsl:value-of select="$TAB"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="r:section">
    <xsl:for-each select="r:phrase">
      <xsl:call-template name="line"/>
    </xsl:for-each>
    <xsl:apply-templates select="r:clause"/>
  </xsl:template>

  <xsl:template match="r:clause">
    <xsl:call-template name="line">
      <xsl:with-param name="content" select="r:text/node()"/>
      <xsl:with-param name="label" select="r:label"/>
    </xsl:call-template>
    <xsl:apply-templates select="r:clause"/>
  </xsl:template>

  <xsl:template match="r:annex">
    <xsl:variable name="number" select="../r:number"/>
    <xsl:call-template name="line">
      <xsl:with-param name="content" select="/.."/>
      <xsl:with-param name="prefix">
        <xsl:text>ANNEX</xsl:text>
        <xsl:if test="@count &gt; 1">
          <xsl:value-of select="concat(' ', @n)"/>
        </xsl:if>
        <xsl:if test="$number">
          <xsl:text> (to </xsl:text>
          <xsl:choose>
            <xsl:when test="$number/@kind = 'draft'">Draft new resolution</xsl:when>
            <xsl:when test="$number/@kind = 'decision'">Decision</xsl:when>
            <xsl:otherwise>Resolution</xsl:otherwise>
          </xsl:choose>
          <xsl:text> </xsl:text>
          <!-- Inside a wholly inserted (deleted) annex the number is shown as
               it is in the new (old) text, so marks never nest. -->
          <xsl:variable name="w" select="ancestor-or-self::*[@change][1]/@change"/>
          <xsl:choose>
            <xsl:when test="$w = 'ins'"><xsl:apply-templates select="$number/node()" mode="new"/></xsl:when>
            <xsl:when test="$w = 'del'"><xsl:apply-templates select="$number/node()" mode="old"/></xsl:when>
            <xsl:otherwise><xsl:apply-templates select="$number/node()" mode="copy"/></xsl:otherwise>
          </xsl:choose>
          <xsl:text>)</xsl:text>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:for-each select="r:title">
      <xsl:call-template name="line"/>
    </xsl:for-each>
    <xsl:for-each select="r:p | r:clause">
      <xsl:choose>
        <xsl:when test="self::r:clause"><xsl:apply-templates select="."/></xsl:when>
        <xsl:otherwise><xsl:call-template name="line"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== one printed line =====
       prefix (a string), then the label and a TAB if there is a label, then
       content (inline nodes; default: the context node's children), then
       suffix; the whole wrapped in insertion or deletion marks when the context node
       or an ancestor is a whole inserted or deleted block. -->
  <xsl:template name="line">
    <xsl:param name="prefix" select="''"/>
    <xsl:param name="label" select="/.."/>
    <xsl:param name="content" select="node()"/>
    <xsl:param name="suffix" select="''"/>
    <xsl:variable name="w" select="ancestor-or-self::*[@change][1]/@change"/>
    <!-- Each line is built in an element of its own: the text method writes only its
         text, and libxslt then appends to a small node instead of one text node the
         size of the whole output, which made long documents quadratic. -->
    <l>
      <xsl:call-template name="open"><xsl:with-param name="w" select="$w"/></xsl:call-template>
      <xsl:value-of select="$prefix"/>
      <xsl:if test="$label">
        <xsl:apply-templates select="$label/node()"/>
        <xsl:value-of select="$TAB"/>
      </xsl:if>
      <xsl:apply-templates select="$content"/>
      <xsl:value-of select="$suffix"/>
      <xsl:call-template name="close"><xsl:with-param name="w" select="$w"/></xsl:call-template>
      <xsl:value-of select="$NL"/>
    </l>
  </xsl:template>

  <xsl:template name="open">
    <xsl:param name="w"/>
    <xsl:choose>
      <xsl:when test="$w = 'ins'">{++</xsl:when>
      <xsl:when test="$w = 'del'">{--</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="close">
    <xsl:param name="w"/>
    <xsl:choose>
      <xsl:when test="$w = 'ins'">++}</xsl:when>
      <xsl:when test="$w = 'del'">--}</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="number-word">
    <xsl:choose>
      <xsl:when test="@kind = 'draft'">DRAFT NEW RESOLUTION</xsl:when>
      <xsl:when test="@kind = 'decision'">DECISION</xsl:when>
      <xsl:otherwise>RESOLUTION</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- @n of the context node in Unicode superscript digits. -->
  <xsl:template name="superscript">
    <xsl:value-of select="translate(@n, '0123456789', '&#8304;&#185;&#178;&#179;&#8308;&#8309;&#8310;&#8311;&#8312;&#8313;')"/>
  </xsl:template>

  <!-- ===== inline content (markup view: CriticMarkup) ===== -->

  <xsl:template match="r:i | r:b">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="r:ins">{++<xsl:apply-templates/>++}</xsl:template>
  <xsl:template match="r:del">{--<xsl:apply-templates/>--}</xsl:template>
  <xsl:template match="r:comment">{&gt;&gt;<xsl:apply-templates/>&lt;&lt;}</xsl:template>

  <!-- A line break inside a wrapped block closes and reopens the wrap. -->
  <xsl:template match="r:br">
    <xsl:variable name="w" select="ancestor::*[@change][1]/@change"/>
    <xsl:call-template name="close"><xsl:with-param name="w" select="$w"/></xsl:call-template>
    <xsl:value-of select="$NL"/>
    <xsl:call-template name="open"><xsl:with-param name="w" select="$w"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="r:fnref">
    <xsl:call-template name="superscript"/>
  </xsl:template>

  <xsl:template match="r:ref">
    <xsl:apply-templates select="r:phrase/node()"/>
    <xsl:text> </xsl:text>
    <xsl:apply-templates select="r:label/node()"/>
  </xsl:template>

  <!-- ===== the number line quoted in an annex heading: as it is (mode copy),
       or as in the new (old) text inside a wholly inserted (deleted) annex,
       so that marks never nest; its footnote marks and comments stay with the
       number line ===== -->

  <xsl:template match="r:fnref | r:comment" mode="copy"/>
  <xsl:template match="r:i | r:b" mode="copy"><xsl:apply-templates mode="copy"/></xsl:template>
  <xsl:template match="r:ins" mode="copy">{++<xsl:apply-templates mode="copy"/>++}</xsl:template>
  <xsl:template match="r:del" mode="copy">{--<xsl:apply-templates mode="copy"/>--}</xsl:template>
  <xsl:template match="r:br | r:ref" mode="copy"><xsl:apply-templates select="."/></xsl:template>

  <xsl:template match="r:del | r:comment | r:fnref" mode="new"/>
  <xsl:template match="r:ins | r:comment | r:fnref" mode="old"/>
  <xsl:template match="r:ins | r:i | r:b" mode="new"><xsl:apply-templates mode="new"/></xsl:template>
  <xsl:template match="r:del | r:i | r:b" mode="old"><xsl:apply-templates mode="old"/></xsl:template>
  <xsl:template match="r:br | r:ref" mode="new"><xsl:apply-templates select="."/></xsl:template>
  <xsl:template match="r:br | r:ref" mode="old"><xsl:apply-templates select="."/></xsl:template>
</xsl:stylesheet>
