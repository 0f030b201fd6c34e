<?xml version="1.0" encoding="UTF-8"?>
<!--
  docx.xsl: resc intermediate XML (urn:x-resc:1) to a Word document as a Flat
  OPC package (pkg:package), which Word opens as it is and which resc zips into
  a .docx (src/docx_package.c: one zip entry per pkg:part).

  Why: the DOCX is what the secretariat works on, so it has to be a real Word
  document on the ITU template, not a look-alike: the ITU styles under their
  ITU style ids and display names with the measurements of
  shared/reference/itu-conventions.md §1 and §9, labels as literal text and a
  tab, real footnotes (footnotes.xml), drafters' comments as Word comments, and
  revision marks as real tracked changes (w:ins/w:del with author and date) that
  can be accepted or rejected. A wholly inserted or deleted block also marks
  its paragraph mark, so accepting or rejecting leaves no empty paragraph.

  Revision ids must be unique without a counter (XSLT 1.0 has none, and
  generate-id() is neither numeric nor stable): an id is
  10000 * (ordinal of the source element among all elements) + (position of
  the node inside it), computed only where a revision is emitted; the slots
  9990-9999 are the runs a paragraph adds itself (label tab, "RESOLUTION ").

  Params: author (w:author, dc:creator), date (w:date, dcterms; ISO 8601).
  Standalone (no include, no document()): it is built into the resc binary.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="urn:x-resc:1"
    xmlns:rx="urn:x-resc:ext"
    xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    exclude-result-prefixes="r rx">

  <xsl:output method="xml" encoding="UTF-8" standalone="yes" indent="no"/>
  <xsl:strip-space elements="r:document r:abstract r:proposal r:resolution r:section r:clause r:annex r:footnotes r:ref"/>

  <xsl:param name="author" select="'resc'"/>
  <xsl:param name="date" select="'1970-01-01T00:00:00Z'"/>

  <xsl:key name="clause" match="r:clause" use="@id"/>

  <!-- The element's place in document order (xsl:number level="any" count="*"),
       from resc's rx:ord() when it is there: counting is quadratic in the document. -->
  <xsl:template name="ord">
    <xsl:choose>
      <xsl:when test="function-available('rx:ord')"><xsl:value-of select="rx:ord()"/></xsl:when>
      <xsl:otherwise><xsl:number level="any" count="*"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:key name="footnote" match="r:footnote" use="concat(ancestor::r:resolution[1]/@n, '|', @id)"/>

  <!-- A clause id in a bookmark name: '_', '-', '.', ':' as '_' and their code. -->
  <xsl:template name="bookmark-escape">
    <xsl:param name="s"/>
    <xsl:if test="$s != ''">
      <xsl:variable name="c" select="substring($s, 1, 1)"/>
      <xsl:choose>
        <xsl:when test="$c = '_'">_5f</xsl:when>
        <xsl:when test="$c = '-'">_2d</xsl:when>
        <xsl:when test="$c = '.'">_2e</xsl:when>
        <xsl:when test="$c = ':'">_3a</xsl:when>
        <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="bookmark-escape"><xsl:with-param name="s" select="substring($s, 2)"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:variable name="W" select="'http://schemas.openxmlformats.org/wordprocessingml/2006/main'"/>
  <xsl:variable name="OFFICE-REL" select="'http://schemas.openxmlformats.org/officeDocument/2006/relationships'"/>
  <xsl:variable name="CT" select="'application/vnd.openxmlformats-officedocument.wordprocessingml.'"/>

  <!-- slots for the runs a paragraph generates (see the header) -->
  <xsl:variable name="SLOT-PREFIX" select="9990"/>
  <xsl:variable name="SLOT-LABEL" select="9991"/>
  <xsl:variable name="SLOT-TAB" select="9992"/>
  <xsl:variable name="SLOT-TEXT" select="9993"/>
  <xsl:variable name="SLOT-SUFFIX" select="9994"/>
  <xsl:variable name="SLOT-FNMARK" select="9995"/>
  <xsl:variable name="SLOT-ANNEX" select="9996"/>
  <xsl:variable name="SLOT-FNTAB" select="9997"/>
  <xsl:variable name="SLOT-ANNEX-END" select="9998"/>

  <!-- ===== the package ===== -->

  <xsl:template match="/">
    <xsl:processing-instruction name="mso-application">progid="Word.Document"</xsl:processing-instruction>
    <pkg:package>
      <pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">
        <pkg:xmlData>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="{$OFFICE-REL}/officeDocument" Target="word/document.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
          </Relationships>
        </pkg:xmlData>
      </pkg:part>
      <pkg:part pkg:name="/word/document.xml" pkg:contentType="{$CT}document.main+xml">
        <pkg:xmlData><xsl:apply-templates select="r:document"/></pkg:xmlData>
      </pkg:part>
      <pkg:part pkg:name="/word/_rels/document.xml.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">
        <pkg:xmlData>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="{$OFFICE-REL}/styles" Target="styles.xml"/>
            <Relationship Id="rId2" Type="{$OFFICE-REL}/settings" Target="settings.xml"/>
            <Relationship Id="rId3" Type="{$OFFICE-REL}/footnotes" Target="footnotes.xml"/>
            <xsl:if test="//r:comment">
              <Relationship Id="rId4" Type="{$OFFICE-REL}/comments" Target="comments.xml"/>
            </xsl:if>
          </Relationships>
        </pkg:xmlData>
      </pkg:part>
      <pkg:part pkg:name="/word/styles.xml" pkg:contentType="{$CT}styles+xml">
        <pkg:xmlData><xsl:call-template name="styles"/></pkg:xmlData>
      </pkg:part>
      <pkg:part pkg:name="/word/settings.xml" pkg:contentType="{$CT}settings+xml">
        <pkg:xmlData><xsl:call-template name="settings"/></pkg:xmlData>
      </pkg:part>
      <pkg:part pkg:name="/word/footnotes.xml" pkg:contentType="{$CT}footnotes+xml">
        <pkg:xmlData><xsl:call-template name="footnotes"/></pkg:xmlData>
      </pkg:part>
      <xsl:if test="//r:comment">
        <pkg:part pkg:name="/word/comments.xml" pkg:contentType="{$CT}comments+xml">
          <pkg:xmlData><xsl:call-template name="comments"/></pkg:xmlData>
        </pkg:part>
      </xsl:if>
      <pkg:part pkg:name="/docProps/core.xml" pkg:contentType="application/vnd.openxmlformats-package.core-properties+xml">
        <pkg:xmlData><xsl:call-template name="core"/></pkg:xmlData>
      </pkg:part>
    </pkg:package>
  </xsl:template>

  <!-- ===== word/document.xml =====
       Namespaces: w ends up declared on pkg:package; docx_package.c declares
       it again on each part's root when it serializes the part alone. The
       relationship parts use the default namespace: LibreOffice does not
       read a prefixed .rels. -->

  <xsl:template match="r:document">
    <w:document>
      <w:body>
        <xsl:call-template name="docheader"/>
        <!-- each proposal or resolution is a section of its own, so that Word
             restarts the footnote numbers in each; a section's w:sectPr
             closes it (in an empty paragraph after it, or the body's own for
             the last) and says how it starts: a resolution of a collection
             on a new page, a proposal on the same page -->
        <xsl:variable name="blocks" select="r:proposal | r:resolution"/>
        <xsl:for-each select="$blocks">
          <xsl:variable name="p" select="position()"/>
          <xsl:if test="$p &gt; 1">
            <w:p>
              <w:pPr>
                <xsl:call-template name="sectPr">
                  <xsl:with-param name="new-page" select="$p &gt; 2 and $blocks[$p - 1][self::r:resolution]"/>
                </xsl:call-template>
              </w:pPr>
            </w:p>
          </xsl:if>
          <xsl:apply-templates select="."/>
        </xsl:for-each>
        <xsl:if test="not($blocks | r:abstract | r:field[@name = 'source' or @name = 'subject'])">
          <w:p/>
        </xsl:if>
        <xsl:call-template name="sectPr">
          <xsl:with-param name="new-page" select="count($blocks) &gt; 1 and $blocks[last()][self::r:resolution]"/>
        </xsl:call-template>
      </w:body>
    </w:document>
  </xsl:template>

  <!-- A4, ITU margins (1134 all round, header and footer at 567). -->
  <xsl:template name="sectPr">
    <xsl:param name="new-page" select="false()"/>
    <w:sectPr>
      <w:footnotePr><w:numRestart w:val="eachSect"/></w:footnotePr>
      <xsl:choose>
        <xsl:when test="$new-page"><w:type w:val="nextPage"/></xsl:when>
        <xsl:otherwise><w:type w:val="continuous"/></xsl:otherwise>
      </xsl:choose>
      <w:pgSz w:w="11907" w:h="16840" w:code="9"/>
      <w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>
      <w:cols w:space="720"/>
    </w:sectPr>
  </xsl:template>

  <!-- The header of a proposal document: the ITU two-column table
       (conference | committee, document, date, original), then source,
       title and abstract. -->
  <xsl:template name="docheader">
    <xsl:variable name="left" select="r:field[@name = 'conference']"/>
    <xsl:variable name="right" select="r:field[@name = 'committee' or @name = 'document' or @name = 'date' or @name = 'original']"/>
    <xsl:if test="$left | $right">
      <w:tbl>
        <w:tblPr>
          <w:tblW w:w="9639" w:type="dxa"/>
          <w:tblLayout w:type="fixed"/>
          <w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>
          <w:tblLook w:val="0000"/>
        </w:tblPr>
        <w:tblGrid><w:gridCol w:w="6237"/><w:gridCol w:w="3402"/></w:tblGrid>
        <w:tr>
          <w:tc>
            <w:tcPr><w:tcW w:w="6237" w:type="dxa"/></w:tcPr>
            <xsl:for-each select="$left">
              <xsl:call-template name="para">
                <xsl:with-param name="style" select="'Headingb'"/>
                <xsl:with-param name="spacing" select="'0'"/>
              </xsl:call-template>
            </xsl:for-each>
            <xsl:if test="not($left)"><w:p/></xsl:if>
          </w:tc>
          <w:tc>
            <w:tcPr><w:tcW w:w="3402" w:type="dxa"/></w:tcPr>
            <xsl:for-each select="$right">
              <xsl:call-template name="para">
                <xsl:with-param name="style" select="'Headingb'"/>
                <xsl:with-param name="spacing" select="'0'"/>
                <xsl:with-param name="prefix">
                  <xsl:choose>
                    <xsl:when test="@name = 'document'">Document </xsl:when>
                    <xsl:when test="@name = 'original'">Original: </xsl:when>
                  </xsl:choose>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:for-each>
            <xsl:if test="not($right)"><w:p/></xsl:if>
          </w:tc>
        </w:tr>
      </w:tbl>
    </xsl:if>
    <xsl:for-each select="r:field[@name = 'source']">
      <xsl:call-template name="para"><xsl:with-param name="style" select="'Source'"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="r:field[@name = 'subject']">
      <xsl:call-template name="para"><xsl:with-param name="style" select="'Title1'"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="r:abstract">
      <w:p>
        <w:pPr><w:pStyle w:val="Headingb"/></w:pPr>
        <w:r><w:t>Abstract:</w:t></w:r>
      </w:p>
      <xsl:for-each select="r:p">
        <xsl:call-template name="para"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="r:proposal">
    <xsl:call-template name="para">
      <xsl:with-param name="style" select="'Proposal'"/>
      <xsl:with-param name="label-text" select="@action"/>
      <xsl:with-param name="text" select="@id"/>
      <xsl:with-param name="content" select="/.."/>
    </xsl:call-template>
    <xsl:apply-templates select="r:resolution"/>
    <xsl:for-each select="r:reasons">
      <xsl:call-template name="para">
        <xsl:with-param name="style" select="'Reasons'"/>
        <xsl:with-param name="label-text" select="'Reasons:'"/>
        <xsl:with-param name="label-b" select="1"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="r:resolution">
    <xsl:for-each select="r:number">
      <xsl:call-template name="para">
        <xsl:with-param name="style" select="'ResNo'"/>
        <xsl:with-param name="prefix">
          <xsl:choose>
            <xsl:when test="@kind = 'draft'">DRAFT NEW RESOLUTION </xsl:when>
            <xsl:when test="@kind = 'decision'">DECISION </xsl:when>
            <xsl:otherwise>RESOLUTION </xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="rstyle" select="'href'"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="r:title">
      <xsl:call-template name="para"><xsl:with-param name="style" select="'Restitle'"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="r:history">
      <xsl:call-template name="para">
        <xsl:with-param name="style" select="'Resref'"/>
        <xsl:with-param name="prefix" select="'('"/>
        <xsl:with-param name="suffix" select="')'"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="r:assembly">
      <xsl:call-template name="para"><xsl:with-param name="style" select="'Normalaftertitle'"/></xsl:call-template>
    </xsl:for-each>
    <xsl:apply-templates select="r:section | r:annex"/>
  </xsl:template>

  <xsl:template match="r:section">
    <xsl:for-each select="r:phrase">
      <xsl:call-template name="para"><xsl:with-param name="style" select="'Call'"/></xsl:call-template>
    </xsl:for-each>
    <xsl:apply-templates select="r:clause"/>
  </xsl:template>

  <!-- A clause: Normal (level 1) or enumlev1..3, a bookmark for references,
       the label (italic in a preamble) and a tab, the text; then its
       sub-clauses as the following paragraphs. -->
  <xsl:template match="r:clause">
    <xsl:call-template name="para">
      <xsl:with-param name="style">
        <xsl:choose>
          <xsl:when test="@level = 1"></xsl:when>
          <xsl:when test="@level = 2">enumlev1</xsl:when>
          <xsl:when test="@level = 3">enumlev2</xsl:when>
          <xsl:otherwise>enumlev3</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="label" select="r:label"/>
      <xsl:with-param name="label-i" select="number(@level = 1 and parent::r:section/@kind = 'preamble')"/>
      <xsl:with-param name="content" select="r:text/node()"/>
      <xsl:with-param name="bookmark" select="1"/>
    </xsl:call-template>
    <xsl:apply-templates select="r:clause"/>
  </xsl:template>

  <xsl:template match="r:annex">
    <xsl:call-template name="para">
      <xsl:with-param name="style" select="'AnnexNo'"/>
      <xsl:with-param name="content" select="/.."/>
      <xsl:with-param name="prefix">
        <xsl:text>ANNEX</xsl:text>
        <xsl:if test="@count &gt; 1"><xsl:value-of select="concat(' ', @n)"/></xsl:if>
      </xsl:with-param>
      <xsl:with-param name="annex-to" select="../r:number"/>
    </xsl:call-template>
    <xsl:for-each select="r:title">
      <xsl:call-template name="para"><xsl:with-param name="style" select="'Annextitle'"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="r:p | r:clause">
      <xsl:choose>
        <xsl:when test="self::r:clause"><xsl:apply-templates select="."/></xsl:when>
        <xsl:otherwise><xsl:call-template name="para"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== one paragraph =====
       The context node is the paragraph's source element. In a wholly
       inserted/deleted block (@change on it or an ancestor) every run and the
       paragraph mark are tracked, with ids based on this element. -->
  <xsl:template name="para">
    <xsl:param name="style" select="''"/>
    <xsl:param name="spacing" select="''"/>
    <xsl:param name="b" select="0"/>
    <xsl:param name="prefix" select="''"/>
    <xsl:param name="label" select="/.."/>
    <xsl:param name="label-i" select="0"/>
    <xsl:param name="label-text" select="''"/>
    <xsl:param name="label-b" select="0"/>
    <xsl:param name="text" select="''"/>
    <xsl:param name="content" select="node()"/>
    <xsl:param name="rstyle" select="''"/>
    <xsl:param name="suffix" select="''"/>
    <xsl:param name="annex-to" select="/.."/>
    <xsl:param name="bookmark" select="0"/>
    <xsl:param name="footnote" select="0"/>
    <xsl:param name="fn-bookmark" select="''"/>
    <xsl:param name="fn-bookmark-id" select="0"/>
    <xsl:variable name="rev" select="string(ancestor-or-self::*[@change][1]/@change)"/>
    <xsl:variable name="ord"><xsl:if test="$rev != '' or $bookmark = 1"><xsl:call-template name="ord"/></xsl:if></xsl:variable>
    <xsl:variable name="base" select="number(concat('0', $ord)) * 10000"/>
    <xsl:variable name="depth" select="count(ancestor-or-self::node())"/>
    <w:p>
      <xsl:if test="$style != '' or $spacing != '' or $rev != ''">
        <w:pPr>
          <xsl:if test="$style != ''"><w:pStyle w:val="{$style}"/></xsl:if>
          <xsl:if test="$spacing != ''"><w:spacing w:before="{$spacing}" w:after="0"/><w:jc w:val="left"/></xsl:if>
          <xsl:if test="$rev != ''">
            <w:rPr><xsl:call-template name="rev-mark"><xsl:with-param name="rev" select="$rev"/><xsl:with-param name="id" select="$base"/></xsl:call-template></w:rPr>
          </xsl:if>
        </w:pPr>
      </xsl:if>
      <xsl:if test="$fn-bookmark != ''">
        <w:bookmarkStart w:id="{$fn-bookmark-id}" w:name="{$fn-bookmark}"/><w:bookmarkEnd w:id="{$fn-bookmark-id}"/>
      </xsl:if>
      <xsl:if test="$bookmark = 1">
        <w:bookmarkStart w:id="{$ord}" w:name="_resc{$ord}"/>
        <!-- a clause id {#id} goes through Word in a second, empty bookmark
             "_rescid{ord}_{id}", for resc import: '_', '-', '.' and ':' written as
             '_' and their hex code; only for ids of those characters, letters and
             digits, in a name of at most 40 characters (Word's limit) -->
        <xsl:if test="@anchor and translate(@anchor, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.:', '') = ''">
          <xsl:variable name="id-name">
            <xsl:text>_rescid</xsl:text><xsl:value-of select="$ord"/><xsl:text>_</xsl:text>
            <xsl:call-template name="bookmark-escape"><xsl:with-param name="s" select="@anchor"/></xsl:call-template>
          </xsl:variable>
          <xsl:if test="string-length($id-name) &lt;= 40">
            <w:bookmarkStart w:id="{$ord + 1000000000}" w:name="{$id-name}"/><w:bookmarkEnd w:id="{$ord + 1000000000}"/>
          </xsl:if>
        </xsl:if>
      </xsl:if>
      <xsl:if test="$footnote = 1">
        <xsl:call-template name="run">
          <xsl:with-param name="kind" select="'fnmark'"/>
          <xsl:with-param name="rstyle" select="'FootnoteReference'"/>
          <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="id" select="$base + $SLOT-FNMARK"/>
        </xsl:call-template>
        <xsl:call-template name="run">
          <xsl:with-param name="kind" select="'tab'"/>
          <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="id" select="$base + $SLOT-FNTAB"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$prefix != ''">
        <xsl:call-template name="run">
          <xsl:with-param name="value" select="$prefix"/><xsl:with-param name="b" select="$b"/>
          <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="id" select="$base + $SLOT-PREFIX"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$annex-to">
        <xsl:call-template name="run">
          <xsl:with-param name="value">
            <xsl:text> (to </xsl:text>
            <xsl:choose>
              <xsl:when test="$annex-to/@kind = 'draft'">Draft new resolution</xsl:when>
              <xsl:when test="$annex-to/@kind = 'decision'">Decision</xsl:when>
              <xsl:otherwise>Resolution</xsl:otherwise>
            </xsl:choose>
            <xsl:text> </xsl:text>
          </xsl:with-param>
          <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="id" select="$base + $SLOT-ANNEX"/>
        </xsl:call-template>
        <!-- the number, copied: as in the new (old) text inside a wholly
             inserted (deleted) annex, otherwise with its own revisions; its
             ids come from this paragraph, and footnote marks and comments
             stay with the number line -->
        <xsl:apply-templates select="$annex-to/node()" mode="run">
          <xsl:with-param name="rev" select="$rev"/>
          <xsl:with-param name="base" select="$base"/>
          <xsl:with-param name="depth" select="count($annex-to/ancestor-or-self::node())"/>
          <xsl:with-param name="copy" select="1"/>
          <xsl:with-param name="keep">
            <xsl:choose>
              <xsl:when test="$rev = 'ins'">new</xsl:when>
              <xsl:when test="$rev = 'del'">old</xsl:when>
              <xsl:otherwise>all</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:apply-templates>
        <xsl:call-template name="run">
          <xsl:with-param name="value" select="')'"/>
          <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="id" select="$base + $SLOT-ANNEX-END"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$label">
        <xsl:apply-templates select="$label/node()" mode="run">
          <xsl:with-param name="i" select="$label-i"/>
          <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="base" select="$base"/><xsl:with-param name="depth" select="$depth"/>
        </xsl:apply-templates>
      </xsl:if>
      <xsl:if test="$label-text != ''">
        <xsl:call-template name="run">
          <xsl:with-param name="value" select="$label-text"/><xsl:with-param name="b" select="$label-b"/>
          <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="id" select="$base + $SLOT-LABEL"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$label or $label-text != ''">
        <xsl:call-template name="run">
          <xsl:with-param name="kind" select="'tab'"/>
          <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="id" select="$base + $SLOT-TAB"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$text != ''">
        <xsl:call-template name="run">
          <xsl:with-param name="value" select="$text"/>
          <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="id" select="$base + $SLOT-TEXT"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:apply-templates select="$content" mode="run">
        <xsl:with-param name="b" select="$b"/>
        <xsl:with-param name="rstyle" select="$rstyle"/>
        <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="base" select="$base"/><xsl:with-param name="depth" select="$depth"/>
      </xsl:apply-templates>
      <xsl:if test="$suffix != ''">
        <xsl:call-template name="run">
          <xsl:with-param name="value" select="$suffix"/>
          <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="id" select="$base + $SLOT-SUFFIX"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$bookmark = 1">
        <w:bookmarkEnd w:id="{$ord}"/>
      </xsl:if>
    </w:p>
  </xsl:template>

  <!-- w:ins / w:del as a paragraph-mark revision (inside w:rPr) -->
  <xsl:template name="rev-mark">
    <xsl:param name="rev"/>
    <xsl:param name="id"/>
    <xsl:element name="w:{$rev}" namespace="{$W}">
      <!-- format-number: ids of a large document pass 2^31, which string() would
           write in exponent form, not as the integer Word expects -->
      <xsl:attribute name="w:id" namespace="{$W}"><xsl:value-of select="format-number($id, '0')"/></xsl:attribute>
      <xsl:attribute name="w:author" namespace="{$W}"><xsl:value-of select="$author"/></xsl:attribute>
      <xsl:attribute name="w:date" namespace="{$W}"><xsl:value-of select="$date"/></xsl:attribute>
    </xsl:element>
  </xsl:template>

  <!-- ===== one run =====
       kind: t (text), tab, br, fn (footnote reference, value = footnote id),
       fnmark (the number in a footnote). Wrapped in w:ins/w:del when rev is
       set; deleted text goes in w:delText. -->
  <xsl:template name="run">
    <xsl:param name="kind" select="'t'"/>
    <xsl:param name="value" select="''"/>
    <xsl:param name="i" select="0"/>
    <xsl:param name="b" select="0"/>
    <xsl:param name="rstyle" select="''"/>
    <xsl:param name="rev" select="''"/>
    <xsl:param name="id" select="0"/>
    <xsl:choose>
      <xsl:when test="$rev = 'ins' or $rev = 'del'">
        <xsl:element name="w:{$rev}" namespace="{$W}">
          <!-- format-number: ids of a large document pass 2^31, which string() would
           write in exponent form, not as the integer Word expects -->
      <xsl:attribute name="w:id" namespace="{$W}"><xsl:value-of select="format-number($id, '0')"/></xsl:attribute>
          <xsl:attribute name="w:author" namespace="{$W}"><xsl:value-of select="$author"/></xsl:attribute>
          <xsl:attribute name="w:date" namespace="{$W}"><xsl:value-of select="$date"/></xsl:attribute>
          <xsl:call-template name="r">
            <xsl:with-param name="kind" select="$kind"/><xsl:with-param name="value" select="$value"/>
            <xsl:with-param name="i" select="$i"/><xsl:with-param name="b" select="$b"/>
            <xsl:with-param name="rstyle" select="$rstyle"/><xsl:with-param name="deleted" select="$rev = 'del'"/>
          </xsl:call-template>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="r">
          <xsl:with-param name="kind" select="$kind"/><xsl:with-param name="value" select="$value"/>
          <xsl:with-param name="i" select="$i"/><xsl:with-param name="b" select="$b"/>
          <xsl:with-param name="rstyle" select="$rstyle"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="r">
    <xsl:param name="kind"/>
    <xsl:param name="value"/>
    <xsl:param name="i"/>
    <xsl:param name="b"/>
    <xsl:param name="rstyle"/>
    <xsl:param name="deleted" select="false()"/>
    <w:r>
      <xsl:if test="$rstyle != '' or $i = 1 or $b = 1">
        <w:rPr>
          <xsl:if test="$rstyle != ''"><w:rStyle w:val="{$rstyle}"/></xsl:if>
          <xsl:if test="$b = 1"><w:b/><w:bCs/></xsl:if>
          <xsl:if test="$i = 1"><w:i/><w:iCs/></xsl:if>
        </w:rPr>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$kind = 'tab'"><w:tab/></xsl:when>
        <xsl:when test="$kind = 'br'"><w:br/></xsl:when>
        <xsl:when test="$kind = 'fn'"><w:footnoteReference w:id="{$value}"/></xsl:when>
        <xsl:when test="$kind = 'fnmark'"><w:footnoteRef/></xsl:when>
        <xsl:when test="$deleted"><w:delText xml:space="preserve"><xsl:value-of select="$value"/></w:delText></xsl:when>
        <xsl:otherwise><w:t xml:space="preserve"><xsl:value-of select="$value"/></w:t></xsl:otherwise>
      </xsl:choose>
    </w:r>
  </xsl:template>

  <!-- ===== inline content, mode run =====
       i, b: emphasis so far; rstyle: character style; rev/base/depth: the
       revision in force and where its ids come from; copy: a quotation (the
       number in an annex heading) whose ins/del borrow the paragraph's ids and
       whose footnote marks and comments are left out; keep: all, or new/old
       to print a quotation as in the new/old text. -->

  <!-- position of the context node in document order inside the element at
       depth $depth that it descends from (1-based) -->
  <xsl:template name="local">
    <xsl:param name="depth"/>
    <xsl:value-of select="count(ancestor-or-self::node()[count(ancestor::node()) &gt;= $depth]/preceding-sibling::node()/descendant-or-self::node())
                          + count(ancestor::node()[count(ancestor::node()) &gt;= $depth]) + 1"/>
  </xsl:template>

  <xsl:template match="text()" mode="run">
    <xsl:param name="i" select="0"/>
    <xsl:param name="b" select="0"/>
    <xsl:param name="rstyle" select="''"/>
    <xsl:param name="rev" select="''"/>
    <xsl:param name="base" select="0"/>
    <xsl:param name="depth" select="0"/>
    <xsl:if test="string(.) != ''">
      <xsl:call-template name="run">
        <xsl:with-param name="value" select="."/>
        <xsl:with-param name="i" select="$i"/><xsl:with-param name="b" select="$b"/>
        <xsl:with-param name="rstyle" select="$rstyle"/><xsl:with-param name="rev" select="$rev"/>
        <xsl:with-param name="id">
          <xsl:if test="$rev != ''">
            <xsl:variable name="local"><xsl:call-template name="local"><xsl:with-param name="depth" select="$depth"/></xsl:call-template></xsl:variable>
            <xsl:value-of select="format-number($base + $local, '0')"/>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="r:br" mode="run">
    <xsl:param name="rev" select="''"/>
    <xsl:param name="base" select="0"/>
    <xsl:param name="depth" select="0"/>
    <xsl:call-template name="run">
      <xsl:with-param name="kind" select="'br'"/>
      <xsl:with-param name="rev" select="$rev"/>
      <xsl:with-param name="id">
        <xsl:if test="$rev != ''">
          <xsl:variable name="local"><xsl:call-template name="local"><xsl:with-param name="depth" select="$depth"/></xsl:call-template></xsl:variable>
          <xsl:value-of select="format-number($base + $local, '0')"/>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="r:i | r:b" mode="run">
    <xsl:param name="i" select="0"/>
    <xsl:param name="b" select="0"/>
    <xsl:param name="rstyle" select="''"/>
    <xsl:param name="rev" select="''"/>
    <xsl:param name="base" select="0"/>
    <xsl:param name="depth" select="0"/>
    <xsl:param name="copy" select="0"/>
    <xsl:param name="keep" select="'all'"/>
    <xsl:apply-templates mode="run">
      <xsl:with-param name="i" select="number($i = 1 or self::r:i)"/>
      <xsl:with-param name="b" select="number($b = 1 or self::r:b)"/>
      <xsl:with-param name="rstyle" select="$rstyle"/>
      <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="base" select="$base"/><xsl:with-param name="depth" select="$depth"/>
      <xsl:with-param name="copy" select="$copy"/><xsl:with-param name="keep" select="$keep"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="r:ins | r:del" mode="run">
    <xsl:param name="i" select="0"/>
    <xsl:param name="b" select="0"/>
    <xsl:param name="rstyle" select="''"/>
    <xsl:param name="rev" select="''"/>
    <xsl:param name="base" select="0"/>
    <xsl:param name="depth" select="0"/>
    <xsl:param name="copy" select="0"/>
    <xsl:param name="keep" select="'all'"/>
    <xsl:variable name="kind" select="local-name()"/>
    <xsl:choose>
      <xsl:when test="($keep = 'new' and $kind = 'del') or ($keep = 'old' and $kind = 'ins')"/>
      <xsl:when test="$keep != 'all'">
        <xsl:apply-templates mode="run">
          <xsl:with-param name="i" select="$i"/><xsl:with-param name="b" select="$b"/><xsl:with-param name="rstyle" select="$rstyle"/>
          <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="base" select="$base"/><xsl:with-param name="depth" select="$depth"/>
          <xsl:with-param name="copy" select="$copy"/><xsl:with-param name="keep" select="$keep"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:when test="$copy = 1">
        <xsl:apply-templates mode="run">
          <xsl:with-param name="i" select="$i"/><xsl:with-param name="b" select="$b"/><xsl:with-param name="rstyle" select="$rstyle"/>
          <xsl:with-param name="rev" select="$kind"/><xsl:with-param name="base" select="$base"/><xsl:with-param name="depth" select="$depth"/>
          <xsl:with-param name="copy" select="$copy"/><xsl:with-param name="keep" select="$keep"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="ord"><xsl:call-template name="ord"/></xsl:variable>
        <xsl:apply-templates mode="run">
          <xsl:with-param name="i" select="$i"/><xsl:with-param name="b" select="$b"/><xsl:with-param name="rstyle" select="$rstyle"/>
          <xsl:with-param name="rev" select="$kind"/><xsl:with-param name="base" select="$ord * 10000"/>
          <xsl:with-param name="depth" select="count(ancestor-or-self::node())"/>
        </xsl:apply-templates>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A drafter's comment: a Word comment anchored at this point. Its text
       is in comments.xml; the marks themselves are not tracked. -->
  <xsl:template match="r:comment" mode="run">
    <xsl:param name="copy" select="0"/>
    <xsl:if test="$copy = 0">
      <xsl:variable name="cid">
        <xsl:choose>
          <xsl:when test="@seq"><xsl:value-of select="@seq"/></xsl:when>
          <xsl:otherwise><xsl:number level="any" count="r:comment"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <w:commentRangeStart w:id="{$cid - 1}"/>
      <w:commentRangeEnd w:id="{$cid - 1}"/>
      <w:r>
        <w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>
        <w:commentReference w:id="{$cid - 1}"/>
      </w:r>
    </xsl:if>
  </xsl:template>

  <!-- A footnote mark: a real footnote reference at the first mark of a note
       in the resolution (Word numbers it), the number as plain text at any
       later mark of the same note (a note has one reference in Word). -->
  <xsl:template match="r:fnref" mode="run">
    <xsl:param name="rev" select="''"/>
    <xsl:param name="base" select="0"/>
    <xsl:param name="depth" select="0"/>
    <xsl:param name="copy" select="0"/>
    <xsl:if test="$copy = 0">
      <xsl:variable name="res" select="ancestor::r:resolution[1]/@n"/>
      <xsl:variable name="note" select="key('footnote', concat($res, '|', @ref))[1]"/>
      <xsl:variable name="first" select="not(@k &gt; 1)"/>
      <xsl:variable name="id">
        <xsl:if test="$rev != ''">
          <xsl:variable name="local"><xsl:call-template name="local"><xsl:with-param name="depth" select="$depth"/></xsl:call-template></xsl:variable>
          <xsl:value-of select="format-number($base + $local, '0')"/>
        </xsl:if>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$note and $first">
          <xsl:call-template name="run">
            <xsl:with-param name="kind" select="'fn'"/>
            <xsl:with-param name="value"><xsl:for-each select="$note"><xsl:choose><xsl:when test="@seq"><xsl:value-of select="@seq"/></xsl:when><xsl:otherwise><xsl:number level="any" count="r:footnote"/></xsl:otherwise></xsl:choose></xsl:for-each></xsl:with-param>
            <xsl:with-param name="rstyle" select="'FootnoteReference'"/>
            <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="id" select="$id"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="run">
            <xsl:with-param name="value" select="@n"/>
            <xsl:with-param name="rstyle" select="'FootnoteReference'"/>
            <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="id" select="$id"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- A reference: a hyperlink to the clause's bookmark; the phrase in
       italics, and the label too when it is a preamble letter. -->
  <xsl:template match="r:ref" mode="run">
    <xsl:param name="b" select="0"/>
    <xsl:param name="rev" select="''"/>
    <xsl:param name="base" select="0"/>
    <xsl:param name="depth" select="0"/>
    <xsl:param name="copy" select="0"/>
    <xsl:param name="keep" select="'all'"/>
    <xsl:variable name="target" select="key('clause', @href)[1]"/>
    <xsl:choose>
      <xsl:when test="$target">
        <w:hyperlink w:history="1">
          <xsl:attribute name="w:anchor" namespace="{$W}">
            <xsl:text>_resc</xsl:text>
            <xsl:for-each select="$target"><xsl:call-template name="ord"/></xsl:for-each>
          </xsl:attribute>
          <xsl:call-template name="ref-runs">
            <xsl:with-param name="target" select="$target"/>
            <xsl:with-param name="b" select="$b"/><xsl:with-param name="rev" select="$rev"/>
            <xsl:with-param name="base" select="$base"/><xsl:with-param name="depth" select="$depth"/>
            <xsl:with-param name="copy" select="$copy"/><xsl:with-param name="keep" select="$keep"/>
          </xsl:call-template>
        </w:hyperlink>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="ref-runs">
          <xsl:with-param name="target" select="$target"/>
          <xsl:with-param name="b" select="$b"/><xsl:with-param name="rev" select="$rev"/>
          <xsl:with-param name="base" select="$base"/><xsl:with-param name="depth" select="$depth"/>
          <xsl:with-param name="copy" select="$copy"/><xsl:with-param name="keep" select="$keep"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ref-runs">
    <xsl:param name="target"/>
    <xsl:param name="b"/>
    <xsl:param name="rev"/>
    <xsl:param name="base"/>
    <xsl:param name="depth"/>
    <xsl:param name="copy"/>
    <xsl:param name="keep"/>
    <xsl:apply-templates select="r:phrase/node()" mode="run">
      <xsl:with-param name="i" select="1"/><xsl:with-param name="b" select="$b"/>
      <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="base" select="$base"/><xsl:with-param name="depth" select="$depth"/>
      <xsl:with-param name="copy" select="$copy"/><xsl:with-param name="keep" select="$keep"/>
    </xsl:apply-templates>
    <xsl:call-template name="run">
      <xsl:with-param name="value" select="' '"/><xsl:with-param name="b" select="$b"/>
      <xsl:with-param name="rev" select="$rev"/>
      <xsl:with-param name="id">
        <xsl:if test="$rev != ''">
          <xsl:variable name="local"><xsl:call-template name="local"><xsl:with-param name="depth" select="$depth"/></xsl:call-template></xsl:variable>
          <xsl:value-of select="format-number($base + $local, '0')"/>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:apply-templates select="r:label/node()" mode="run">
      <xsl:with-param name="i" select="number($target/ancestor::r:section[1]/@kind = 'preamble')"/><xsl:with-param name="b" select="$b"/>
      <xsl:with-param name="rev" select="$rev"/><xsl:with-param name="base" select="$base"/><xsl:with-param name="depth" select="$depth"/>
      <xsl:with-param name="copy" select="$copy"/><xsl:with-param name="keep" select="$keep"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- plain string of the new text: document title, comment text -->
  <xsl:template match="r:del | r:comment | r:fnref" mode="plain"/>
  <xsl:template match="r:br" mode="plain"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="r:ref" mode="plain">
    <xsl:apply-templates select="r:phrase/node()" mode="plain"/>
    <xsl:text> </xsl:text>
    <xsl:apply-templates select="r:label/node()" mode="plain"/>
  </xsl:template>

  <!-- ===== word/footnotes.xml ===== -->

  <xsl:template name="footnotes">
    <w:footnotes>
      <w:footnote w:type="separator" w:id="-1">
        <w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p>
      </w:footnote>
      <w:footnote w:type="continuationSeparator" w:id="0">
        <w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>
      </w:footnote>
      <!-- a bookmark "_rescfn{s}_{id}" carries the note's resc id through Word,
           for resc import, escaped as a clause id is ("bookmark-escape"); only for
           ids of letters, digits, '_', '-', '.' and ':', the whole name at most 40
           characters -->
      <xsl:for-each select="//r:footnote">
        <xsl:variable name="fn-name">
          <xsl:text>_rescfn</xsl:text><xsl:value-of select="position()"/><xsl:text>_</xsl:text>
          <xsl:call-template name="bookmark-escape"><xsl:with-param name="s" select="@id"/></xsl:call-template>
        </xsl:variable>
        <w:footnote w:id="{position()}">
          <xsl:call-template name="para">
            <xsl:with-param name="style" select="'FootnoteText'"/>
            <xsl:with-param name="footnote" select="1"/>
            <xsl:with-param name="fn-bookmark-id" select="1000000 + position()"/>
            <xsl:with-param name="fn-bookmark">
              <xsl:if test="string(@id) != '' and translate(@id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.:', '') = '' and string-length($fn-name) &lt;= 40">
                <xsl:value-of select="$fn-name"/>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </w:footnote>
      </xsl:for-each>
    </w:footnotes>
  </xsl:template>

  <!-- ===== word/comments.xml ===== -->

  <xsl:template name="comments">
    <w:comments>
      <xsl:for-each select="//r:comment">
        <w:comment w:id="{position() - 1}" w:author="{$author}" w:date="{$date}" w:initials="{substring($author, 1, 1)}">
          <w:p>
            <w:pPr><w:pStyle w:val="CommentText"/></w:pPr>
            <w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>
            <w:r><w:t xml:space="preserve"><xsl:apply-templates mode="plain"/></w:t></w:r>
          </w:p>
        </w:comment>
      </xsl:for-each>
    </w:comments>
  </xsl:template>

  <!-- ===== docProps/core.xml ===== -->

  <xsl:template name="core">
    <xsl:variable name="res" select="(//r:resolution)[1]"/>
    <xsl:variable name="t1"><xsl:apply-templates select="$res/r:title/node()" mode="plain"/></xsl:variable>
    <xsl:variable name="t2"><xsl:apply-templates select="/r:document/r:field[@name = 'subject']/node()" mode="plain"/></xsl:variable>
    <cp:coreProperties
        xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:dcterms="http://purl.org/dc/terms/"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <dc:title>
        <xsl:choose>
          <xsl:when test="normalize-space($t1) != ''"><xsl:value-of select="normalize-space($t1)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space($t2)"/></xsl:otherwise>
        </xsl:choose>
      </dc:title>
      <dc:creator><xsl:value-of select="$author"/></dc:creator>
      <cp:lastModifiedBy><xsl:value-of select="$author"/></cp:lastModifiedBy>
      <dcterms:created xsi:type="dcterms:W3CDTF"><xsl:value-of select="$date"/></dcterms:created>
      <dcterms:modified xsi:type="dcterms:W3CDTF"><xsl:value-of select="$date"/></dcterms:modified>
    </cp:coreProperties>
  </xsl:template>

  <!-- ===== word/settings.xml ===== -->

  <xsl:template name="settings">
    <w:settings>
      <w:zoom w:percent="100"/>
      <w:revisionView w:markup="1" w:comments="1" w:insDel="1" w:formatting="1" w:inkAnnotations="1"/>
      <w:defaultTabStop w:val="794"/>
      <w:characterSpacingControl w:val="doNotCompress"/>
      <w:footnotePr>
        <w:numRestart w:val="eachSect"/>
        <w:footnote w:id="-1"/>
        <w:footnote w:id="0"/>
      </w:footnotePr>
      <w:compat>
        <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>
      </w:compat>
      <w:themeFontLang w:val="en-GB"/>
      <w:decimalSymbol w:val="."/>
      <w:listSeparator w:val=","/>
    </w:settings>
  </xsl:template>

  <!-- ===== word/styles.xml =====
       ITU 12-pt template values with the RES1 ResNo (centred, caps, not
       bold); itu-conventions.md §9. Twips; w:sz in half-points. -->

  <xsl:template name="styles">
    <w:styles>
      <w:docDefaults>
        <w:rPrDefault>
          <w:rPr>
            <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>
            <w:sz w:val="24"/><w:szCs w:val="24"/>
            <w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>
          </w:rPr>
        </w:rPrDefault>
        <w:pPrDefault><w:pPr><w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
      </w:docDefaults>

      <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
        <w:name w:val="Normal"/>
        <w:qFormat/>
        <w:pPr>
          <w:tabs>
            <w:tab w:val="left" w:pos="794"/><w:tab w:val="left" w:pos="1191"/>
            <w:tab w:val="left" w:pos="1588"/><w:tab w:val="left" w:pos="1985"/>
          </w:tabs>
          <w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/>
          <w:jc w:val="both"/>
        </w:pPr>
        <w:rPr>
          <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>
          <w:sz w:val="24"/><w:szCs w:val="24"/>
          <w:lang w:val="en-GB"/>
        </w:rPr>
      </w:style>
      <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
        <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>
      </w:style>
      <w:style w:type="table" w:default="1" w:styleId="TableNormal">
        <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
        <w:tblPr>
          <w:tblInd w:w="0" w:type="dxa"/>
          <w:tblCellMar>
            <w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
            <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
          </w:tblCellMar>
        </w:tblPr>
      </w:style>
      <w:style w:type="numbering" w:default="1" w:styleId="NoList">
        <w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
      </w:style>

      <!-- resolution heading -->
      <w:style w:type="paragraph" w:styleId="ResNo">
        <w:name w:val="Res_No"/><w:basedOn w:val="Normal"/><w:next w:val="Restitle"/><w:qFormat/>
        <w:pPr>
          <w:keepNext/><w:keepLines/>
          <w:tabs>
            <w:tab w:val="clear" w:pos="794"/><w:tab w:val="clear" w:pos="1191"/>
            <w:tab w:val="clear" w:pos="1588"/><w:tab w:val="clear" w:pos="1985"/>
          </w:tabs>
          <w:spacing w:before="0" w:after="0"/>
          <w:jc w:val="center"/>
        </w:pPr>
        <w:rPr><w:b w:val="0"/><w:caps/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Restitle">
        <w:name w:val="Res_title"/><w:basedOn w:val="Normal"/><w:next w:val="Resref"/><w:qFormat/>
        <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="0"/><w:jc w:val="center"/></w:pPr>
        <w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Resref">
        <w:name w:val="Res_ref"/><w:basedOn w:val="Normal"/><w:next w:val="Normalaftertitle"/><w:qFormat/>
        <w:pPr>
          <w:keepNext/><w:keepLines/>
          <w:tabs>
            <w:tab w:val="clear" w:pos="794"/><w:tab w:val="clear" w:pos="1191"/>
            <w:tab w:val="clear" w:pos="1588"/><w:tab w:val="clear" w:pos="1985"/>
          </w:tabs>
          <w:spacing w:before="120" w:after="0"/><w:jc w:val="center"/>
        </w:pPr>
        <w:rPr><w:i/><w:iCs/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Resdate">
        <w:name w:val="Res_date"/><w:basedOn w:val="Normal"/><w:next w:val="Normalaftertitle"/>
        <w:pPr>
          <w:keepNext/><w:keepLines/>
          <w:tabs>
            <w:tab w:val="clear" w:pos="794"/><w:tab w:val="clear" w:pos="1191"/>
            <w:tab w:val="clear" w:pos="1588"/><w:tab w:val="clear" w:pos="1985"/>
          </w:tabs>
          <w:jc w:val="right"/>
        </w:pPr>
        <w:rPr><w:i/><w:iCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Normalaftertitle">
        <w:name w:val="Normal_after_title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
        <w:pPr><w:spacing w:before="360"/></w:pPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Call">
        <w:name w:val="Call"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
        <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160"/><w:ind w:left="794"/><w:jc w:val="left"/></w:pPr>
        <w:rPr><w:i/><w:iCs/></w:rPr>
      </w:style>

      <!-- list levels: hanging indents -->
      <w:style w:type="paragraph" w:styleId="enumlev1">
        <w:name w:val="enumlev1"/><w:basedOn w:val="Normal"/><w:qFormat/>
        <w:pPr><w:spacing w:before="80"/><w:ind w:left="794" w:hanging="794"/></w:pPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="enumlev2">
        <w:name w:val="enumlev2"/><w:basedOn w:val="enumlev1"/><w:qFormat/>
        <w:pPr><w:ind w:left="1191" w:hanging="397"/></w:pPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="enumlev3">
        <w:name w:val="enumlev3"/><w:basedOn w:val="enumlev2"/><w:qFormat/>
        <w:pPr><w:ind w:left="1588" w:hanging="397"/></w:pPr>
      </w:style>

      <!-- annexes -->
      <w:style w:type="paragraph" w:styleId="AnnexNo">
        <w:name w:val="Annex_No"/><w:basedOn w:val="Normal"/><w:next w:val="Annextitle"/><w:qFormat/>
        <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="480" w:after="80"/><w:jc w:val="center"/></w:pPr>
        <w:rPr><w:caps/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Annextitle">
        <w:name w:val="Annex_title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
        <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="280"/><w:jc w:val="center"/></w:pPr>
        <w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Annexref">
        <w:name w:val="Annex_ref"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
        <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="280"/><w:jc w:val="center"/></w:pPr>
      </w:style>

      <!-- proposals -->
      <w:style w:type="paragraph" w:styleId="Proposal">
        <w:name w:val="Proposal"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
        <w:pPr><w:keepNext/><w:spacing w:before="240"/></w:pPr>
        <w:rPr><w:b/><w:bCs/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Reasons">
        <w:name w:val="Reasons"/><w:basedOn w:val="Normal"/><w:qFormat/>
        <w:pPr><w:spacing w:before="120"/></w:pPr>
      </w:style>

      <!-- document header -->
      <w:style w:type="paragraph" w:styleId="Headingb">
        <w:name w:val="Heading_b"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
        <w:pPr><w:keepNext/><w:spacing w:before="160"/><w:jc w:val="left"/></w:pPr>
        <w:rPr><w:b/><w:bCs/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Headingi">
        <w:name w:val="Heading_i"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
        <w:pPr><w:keepNext/><w:spacing w:before="160"/><w:jc w:val="left"/></w:pPr>
        <w:rPr><w:i/><w:iCs/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Source">
        <w:name w:val="Source"/><w:basedOn w:val="Normal"/><w:next w:val="Normalaftertitle"/><w:qFormat/>
        <w:pPr><w:spacing w:before="840" w:after="200"/><w:jc w:val="center"/></w:pPr>
        <w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Title1">
        <w:name w:val="Title 1"/><w:basedOn w:val="Source"/><w:next w:val="Title2"/><w:qFormat/>
        <w:pPr>
          <w:tabs>
            <w:tab w:val="left" w:pos="567"/><w:tab w:val="left" w:pos="1134"/><w:tab w:val="left" w:pos="1701"/>
            <w:tab w:val="left" w:pos="2268"/><w:tab w:val="left" w:pos="2835"/>
          </w:tabs>
          <w:spacing w:before="240" w:after="0"/>
        </w:pPr>
        <w:rPr><w:b w:val="0"/><w:bCs w:val="0"/><w:caps/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Title2">
        <w:name w:val="Title 2"/><w:basedOn w:val="Source"/><w:next w:val="Normal"/>
        <w:pPr><w:spacing w:before="240" w:after="0"/></w:pPr>
        <w:rPr><w:b w:val="0"/><w:bCs w:val="0"/><w:caps/></w:rPr>
      </w:style>

      <!-- notes and footnotes -->
      <w:style w:type="paragraph" w:styleId="Note">
        <w:name w:val="Note"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:spacing w:before="80"/></w:pPr>
        <w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="FootnoteText">
        <w:name w:val="footnote text"/><w:basedOn w:val="Note"/><w:uiPriority w:val="99"/><w:qFormat/>
        <w:pPr>
          <w:keepLines/>
          <w:tabs><w:tab w:val="left" w:pos="255"/></w:tabs>
          <w:spacing w:before="80"/>
          <w:ind w:left="255" w:hanging="255"/>
        </w:pPr>
      </w:style>
      <w:style w:type="character" w:styleId="FootnoteReference">
        <w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>
        <w:rPr><w:position w:val="6"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
      </w:style>
      <w:style w:type="character" w:styleId="href">
        <w:name w:val="href"/><w:basedOn w:val="DefaultParagraphFont"/>
      </w:style>

      <!-- comments -->
      <w:style w:type="paragraph" w:styleId="CommentText">
        <w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
        <w:pPr><w:jc w:val="left"/></w:pPr>
        <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
      </w:style>
      <w:style w:type="character" w:styleId="CommentReference">
        <w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>
        <w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
      </w:style>
    </w:styles>
  </xsl:template>
</xsl:stylesheet>
