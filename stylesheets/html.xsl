<?xml version="1.0" encoding="UTF-8"?>
<!--
  html.xsl: resc intermediate XML (urn:x-resc:1) to one self-contained HTML5 page.

  Why: the HTML is the preview a drafter opens in a browser and the page a
  secretariat can publish, so it has to look like the printed ITU resolution
  without Word: the class names are the ITU Word style ids (what Word's own
  "Save as HTML" and scrapers of itu.int use), the embedded CSS carries the
  measurements of the ITU template (shared/reference/itu-conventions.md §1, §9),
  and @page gives the A4 print layout. No script, no external file: the page
  must work from a mail attachment or a CI artefact.

  Revisions: <ins>/<del> inline; a wholly inserted or deleted block gets the
  class change-ins/change-del (a change bar) and its content wrapped in
  <ins>/<del>. Footnotes link both ways; every clause has its @id, an
  explicit {#anchor} gets an extra empty anchor, references are links.

  The output encoding is "HTML": pure ASCII with character references, so the
  bytes are valid UTF-8 whatever the consumer assumes, and libxslt does not add
  a second <meta http-equiv> next to our <meta charset>. Keep the CSS ASCII.

  Standalone (no include, no document()): it is built into the resc binary.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="urn:x-resc:1"
    exclude-result-prefixes="r">

  <xsl:output method="html" version="5" encoding="HTML" indent="no"/>
  <xsl:strip-space elements="r:document r:abstract r:proposal r:resolution r:section r:clause r:annex r:footnotes r:ref"/>

  <xsl:key name="clause" match="r:clause" use="@id"/>
  <xsl:key name="section" match="r:section" use="@id"/>
  <xsl:key name="footnote" match="r:footnote" use="concat(ancestor::r:resolution[1]/@n, '|', @id)"/>

  <!-- ===== page ===== -->

  <xsl:template match="/r:document">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="resc"/>
        <title><xsl:call-template name="page-title"/></title>
        <style><xsl:call-template name="css"/></style>
      </head>
      <body class="view-{@view}">
        <main class="page">
          <xsl:if test="r:field">
            <header class="docheader">
              <xsl:if test="r:field[@name = 'conference' or @name = 'committee' or @name = 'document' or @name = 'date' or @name = 'original']">
                <div class="docheader-table">
                  <div class="conference">
                    <xsl:for-each select="r:field[@name = 'conference']">
                      <p class="Headingb"><xsl:apply-templates/></p>
                    </xsl:for-each>
                  </div>
                  <div class="docref">
                    <xsl:for-each select="r:field[@name = 'committee' or @name = 'document' or @name = 'date' or @name = 'original']">
                      <p class="docref-{@name}">
                        <xsl:choose>
                          <xsl:when test="@name = 'document'">Document </xsl:when>
                          <xsl:when test="@name = 'original'">Original: </xsl:when>
                        </xsl:choose>
                        <xsl:apply-templates/>
                      </p>
                    </xsl:for-each>
                  </div>
                </div>
              </xsl:if>
              <xsl:for-each select="r:field[@name = 'source']">
                <p class="Source"><xsl:apply-templates/></p>
              </xsl:for-each>
              <xsl:for-each select="r:field[@name = 'subject']">
                <p class="Title1"><xsl:apply-templates/></p>
              </xsl:for-each>
            </header>
          </xsl:if>
          <xsl:for-each select="r:abstract">
            <section class="abstract">
              <p class="Headingb">Abstract:</p>
              <xsl:for-each select="r:p">
                <p class="Normal"><xsl:apply-templates/></p>
              </xsl:for-each>
            </section>
          </xsl:for-each>
          <xsl:apply-templates select="r:proposal | r:resolution"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- <title>: the first number line and title, as in the new text. -->
  <xsl:template name="page-title">
    <xsl:variable name="res" select="(//r:resolution)[1]"/>
    <xsl:variable name="t">
      <xsl:for-each select="$res/r:number">
        <xsl:call-template name="number-word"/>
        <xsl:text> </xsl:text>
        <xsl:apply-templates mode="plain"/>
      </xsl:for-each>
      <xsl:if test="$res/r:number and $res/r:title"> &#8211; </xsl:if>
      <xsl:apply-templates select="$res/r:title/node()" mode="plain"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($t) != ''"><xsl:value-of select="normalize-space($t)"/></xsl:when>
      <xsl:when test="r:field[@name = 'subject']">
        <xsl:variable name="s"><xsl:apply-templates select="r:field[@name = 'subject']/node()" mode="plain"/></xsl:variable>
        <xsl:value-of select="normalize-space($s)"/>
      </xsl:when>
      <xsl:otherwise>resc</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== blocks ===== -->

  <xsl:template match="r:proposal">
    <div id="proposal-{count(preceding-sibling::r:proposal) + 1}">
      <xsl:call-template name="block-class"><xsl:with-param name="base" select="'proposal'"/></xsl:call-template>
      <xsl:call-template name="para">
        <xsl:with-param name="class" select="'Proposal'"/>
        <xsl:with-param name="content" select="/.."/>
        <xsl:with-param name="label-text" select="@action"/>
        <xsl:with-param name="text" select="@id"/>
      </xsl:call-template>
      <xsl:apply-templates select="r:resolution"/>
      <xsl:for-each select="r:reasons">
        <xsl:call-template name="para">
          <xsl:with-param name="class" select="'Reasons'"/>
          <xsl:with-param name="label-text" select="'Reasons:'"/>
        </xsl:call-template>
      </xsl:for-each>
    </div>
  </xsl:template>

  <xsl:template match="r:resolution">
    <article id="resolution-{@n}">
      <xsl:call-template name="block-class"><xsl:with-param name="base" select="'resolution'"/></xsl:call-template>
      <xsl:for-each select="r:number">
        <xsl:call-template name="para">
          <xsl:with-param name="class" select="'ResNo'"/>
          <xsl:with-param name="prefix">
            <xsl:call-template name="number-word"/>
            <xsl:text> </xsl:text>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="r:title">
        <xsl:call-template name="para"><xsl:with-param name="class" select="'Restitle'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="r:history">
        <xsl:call-template name="para">
          <xsl:with-param name="class" select="'Resref'"/>
          <xsl:with-param name="prefix" select="'('"/>
          <xsl:with-param name="suffix" select="')'"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="r:assembly">
        <xsl:call-template name="para"><xsl:with-param name="class" select="'Normalaftertitle'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:apply-templates select="r:section | r:annex"/>
      <xsl:apply-templates select="r:footnotes"/>
    </article>
  </xsl:template>

  <!-- The section's id goes on its wrapper, unless a clause has the same id
       (an unlabelled single clause may be named after its section): ids
       stay unique and a link to it lands on the clause. -->
  <xsl:template match="r:section">
    <div>
      <xsl:if test="not(key('clause', @id))"><xsl:attribute name="id"><xsl:value-of select="@id"/></xsl:attribute></xsl:if>
      <xsl:call-template name="block-class"><xsl:with-param name="base" select="concat('section ', @kind)"/></xsl:call-template>
      <xsl:for-each select="r:phrase">
        <xsl:call-template name="para"><xsl:with-param name="class" select="'Call'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:apply-templates select="r:clause"/>
    </div>
  </xsl:template>

  <!-- A clause and its sub-clauses come out as a flat run of paragraphs:
       Normal for a clause of a section, enumlev1..3 below it. -->
  <xsl:template match="r:clause">
    <xsl:call-template name="para">
      <xsl:with-param name="class">
        <xsl:choose>
          <xsl:when test="@level = 1">Normal</xsl:when>
          <xsl:when test="@level = 2">enumlev1</xsl:when>
          <xsl:when test="@level = 3">enumlev2</xsl:when>
          <xsl:otherwise>enumlev3</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="id" select="@id"/>
      <xsl:with-param name="label" select="r:label"/>
      <xsl:with-param name="content" select="r:text/node()"/>
    </xsl:call-template>
    <xsl:apply-templates select="r:clause"/>
  </xsl:template>

  <xsl:template match="r:annex">
    <section id="{concat('resolution-', ../@n, '-annex-', @n)}">
      <xsl:call-template name="block-class"><xsl:with-param name="base" select="'annex'"/></xsl:call-template>
      <xsl:call-template name="para">
        <xsl:with-param name="class" select="'AnnexNo'"/>
        <xsl:with-param name="content" select="/.."/>
        <xsl:with-param name="prefix">
          <xsl:text>ANNEX</xsl:text>
          <xsl:if test="@count &gt; 1"><xsl:value-of select="concat(' ', @n)"/></xsl:if>
        </xsl:with-param>
        <xsl:with-param name="annex-to" select="../r:number"/>
      </xsl:call-template>
      <xsl:for-each select="r:title">
        <xsl:call-template name="para"><xsl:with-param name="class" select="'Annextitle'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="r:p | r:clause">
        <xsl:choose>
          <xsl:when test="self::r:clause"><xsl:apply-templates select="."/></xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="para"><xsl:with-param name="class" select="'Normal'"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template match="r:footnotes">
    <section class="footnotes" role="doc-endnotes">
      <xsl:for-each select="r:footnote">
        <xsl:call-template name="para">
          <xsl:with-param name="class" select="'FootnoteText'"/>
          <xsl:with-param name="id" select="concat('r', ../../@n, '-fn', position())"/>
          <xsl:with-param name="fn-back" select="."/>
        </xsl:call-template>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- class attribute of a block wrapper: base, plus change-ins/change-del. -->
  <xsl:template name="block-class">
    <xsl:param name="base"/>
    <xsl:attribute name="class">
      <xsl:value-of select="$base"/>
      <xsl:if test="@change"><xsl:value-of select="concat(' change-', @change)"/></xsl:if>
    </xsl:attribute>
  </xsl:template>

  <!-- ===== one paragraph =====
       <p class> [id] [anchor] prefix label|label-text TAB content|text suffix,
       the whole content inside <ins>/<del> when the paragraph lies in a wholly
       inserted or deleted block. -->
  <xsl:template name="para">
    <xsl:param name="class"/>
    <xsl:param name="id" select="''"/>
    <xsl:param name="prefix" select="''"/>
    <xsl:param name="label" select="/.."/>
    <xsl:param name="label-text" select="''"/>
    <xsl:param name="content" select="node()"/>
    <xsl:param name="text" select="''"/>
    <xsl:param name="suffix" select="''"/>
    <xsl:param name="annex-to" select="/.."/>
    <xsl:param name="fn-back" select="/.."/>
    <xsl:variable name="w" select="ancestor-or-self::*[@change][1]/@change"/>
    <p>
      <xsl:attribute name="class">
        <xsl:value-of select="$class"/>
        <xsl:if test="$w"><xsl:value-of select="concat(' change-', $w)"/></xsl:if>
      </xsl:attribute>
      <xsl:if test="$id != ''"><xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute></xsl:if>
      <xsl:if test="self::r:clause and @anchor and not(key('clause', @anchor)) and not(key('section', @anchor))">
        <a id="{@anchor}"></a>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$w = 'ins'">
          <ins>
            <xsl:call-template name="para-content">
              <xsl:with-param name="prefix" select="$prefix"/><xsl:with-param name="label" select="$label"/>
              <xsl:with-param name="label-text" select="$label-text"/><xsl:with-param name="content" select="$content"/>
              <xsl:with-param name="text" select="$text"/><xsl:with-param name="suffix" select="$suffix"/>
              <xsl:with-param name="annex-to" select="$annex-to"/><xsl:with-param name="fn-back" select="$fn-back"/>
              <xsl:with-param name="w" select="$w"/>
            </xsl:call-template>
          </ins>
        </xsl:when>
        <xsl:when test="$w = 'del'">
          <del>
            <xsl:call-template name="para-content">
              <xsl:with-param name="prefix" select="$prefix"/><xsl:with-param name="label" select="$label"/>
              <xsl:with-param name="label-text" select="$label-text"/><xsl:with-param name="content" select="$content"/>
              <xsl:with-param name="text" select="$text"/><xsl:with-param name="suffix" select="$suffix"/>
              <xsl:with-param name="annex-to" select="$annex-to"/><xsl:with-param name="fn-back" select="$fn-back"/>
              <xsl:with-param name="w" select="$w"/>
            </xsl:call-template>
          </del>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="para-content">
            <xsl:with-param name="prefix" select="$prefix"/><xsl:with-param name="label" select="$label"/>
            <xsl:with-param name="label-text" select="$label-text"/><xsl:with-param name="content" select="$content"/>
            <xsl:with-param name="text" select="$text"/><xsl:with-param name="suffix" select="$suffix"/>
            <xsl:with-param name="annex-to" select="$annex-to"/><xsl:with-param name="fn-back" select="$fn-back"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <xsl:template name="para-content">
    <xsl:param name="prefix"/>
    <xsl:param name="label"/>
    <xsl:param name="label-text"/>
    <xsl:param name="content"/>
    <xsl:param name="text"/>
    <xsl:param name="suffix"/>
    <xsl:param name="annex-to"/>
    <xsl:param name="fn-back"/>
    <xsl:param name="w" select="''"/>
    <xsl:value-of select="$prefix"/>
    <xsl:if test="$annex-to">
      <xsl:text> (to </xsl:text>
      <xsl:choose>
        <xsl:when test="$annex-to/@kind = 'draft'">Draft new resolution</xsl:when>
        <xsl:when test="$annex-to/@kind = 'decision'">Decision</xsl:when>
        <xsl:otherwise>Resolution</xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <!-- in a wholly inserted (deleted) annex, the number as in the new (old) text -->
      <xsl:choose>
        <xsl:when test="$w = 'ins'"><xsl:apply-templates select="$annex-to/node()" mode="new"/></xsl:when>
        <xsl:when test="$w = 'del'"><xsl:apply-templates select="$annex-to/node()" mode="old"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates select="$annex-to/node()" mode="copy"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text>)</xsl:text>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$label">
        <xsl:choose>
          <xsl:when test="$label/../@level = 1 and $label/../parent::r:section/@kind = 'preamble'">
            <i class="label"><xsl:apply-templates select="$label/node()"/></i>
          </xsl:when>
          <xsl:otherwise>
            <span class="label"><xsl:apply-templates select="$label/node()"/></span>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$label-text != ''">
        <span class="label"><xsl:value-of select="$label-text"/></span>
      </xsl:when>
      <xsl:when test="$fn-back">
        <xsl:variable name="res" select="$fn-back/ancestor::r:resolution[1]/@n"/>
        <a class="label FootnoteBack" href="#r{$res}-fnref{count($fn-back/preceding-sibling::r:footnote) + 1}"
           aria-label="back to the text"><xsl:value-of select="$fn-back/@n"/></a>
      </xsl:when>
    </xsl:choose>
    <xsl:value-of select="$text"/>
    <xsl:apply-templates select="$content"/>
    <xsl:value-of select="$suffix"/>
  </xsl:template>

  <xsl:template name="number-word">
    <xsl:choose>
      <xsl:when test="@kind = 'draft'">DRAFT NEW RESOLUTION</xsl:when>
      <xsl:when test="@kind = 'decision'">DECISION</xsl:when>
      <xsl:otherwise>RESOLUTION</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== inline content ===== -->

  <xsl:template match="r:i"><i><xsl:apply-templates/></i></xsl:template>
  <xsl:template match="r:b"><b><xsl:apply-templates/></b></xsl:template>
  <xsl:template match="r:ins"><ins><xsl:apply-templates/></ins></xsl:template>
  <xsl:template match="r:del"><del><xsl:apply-templates/></del></xsl:template>
  <xsl:template match="r:br"><br/></xsl:template>

  <xsl:template match="r:comment">
    <span class="comment" role="note"><span class="comment-label">Comment: </span><xsl:apply-templates/></span>
  </xsl:template>

  <!-- A footnote mark links to its note; the first mark of a note is the one
       the note links back to, later marks get their own ids. -->
  <xsl:template match="r:fnref">
    <xsl:variable name="res" select="ancestor::r:resolution[1]/@n"/>
    <xsl:variable name="note" select="key('footnote', concat($res, '|', @ref))[1]"/>
    <xsl:variable name="k" select="@k"/>
    <xsl:choose>
      <xsl:when test="$note">
        <xsl:variable name="pos" select="count($note/preceding-sibling::r:footnote) + 1"/>
        <a class="FootnoteReference" href="#r{$res}-fn{$pos}">
          <xsl:attribute name="id">
            <xsl:value-of select="concat('r', $res, '-fnref', $pos)"/>
            <xsl:if test="$k &gt; 1"><xsl:value-of select="concat('-', $k)"/></xsl:if>
          </xsl:attribute>
          <xsl:value-of select="@n"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="FootnoteReference"><xsl:value-of select="@n"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A reference: the section phrase in italics and the label (in italics
       too when it is a preamble letter), as a link to the clause. -->
  <xsl:template match="r:ref">
    <xsl:variable name="target" select="key('clause', @href)[1]"/>
    <a class="ref" href="#{@href}">
      <i><xsl:apply-templates select="r:phrase/node()"/></i>
      <xsl:text> </xsl:text>
      <xsl:choose>
        <xsl:when test="$target/ancestor::r:section[1]/@kind = 'preamble'">
          <i><xsl:apply-templates select="r:label/node()"/></i>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="r:label/node()"/></xsl:otherwise>
      </xsl:choose>
    </a>
  </xsl:template>

  <!-- ===== the number quoted in an annex heading: as it is (mode copy), or
       as in the new (old) text inside a wholly inserted (deleted) annex; its
       footnote marks (their ids) and comments stay with the number line ===== -->
  <xsl:template match="r:fnref | r:comment" mode="copy"/>
  <xsl:template match="r:del | r:comment | r:fnref" mode="new"/>
  <xsl:template match="r:ins | r:comment | r:fnref" mode="old"/>
  <xsl:template match="r:ins" mode="copy"><ins><xsl:apply-templates mode="copy"/></ins></xsl:template>
  <xsl:template match="r:del" mode="copy"><del><xsl:apply-templates mode="copy"/></del></xsl:template>
  <xsl:template match="r:ins" mode="new"><xsl:apply-templates mode="new"/></xsl:template>
  <xsl:template match="r:del" mode="old"><xsl:apply-templates mode="old"/></xsl:template>
  <xsl:template match="r:i" mode="copy"><i><xsl:apply-templates mode="copy"/></i></xsl:template>
  <xsl:template match="r:i" mode="new"><i><xsl:apply-templates mode="new"/></i></xsl:template>
  <xsl:template match="r:i" mode="old"><i><xsl:apply-templates mode="old"/></i></xsl:template>
  <xsl:template match="r:b" mode="copy"><b><xsl:apply-templates mode="copy"/></b></xsl:template>
  <xsl:template match="r:b" mode="new"><b><xsl:apply-templates mode="new"/></b></xsl:template>
  <xsl:template match="r:b" mode="old"><b><xsl:apply-templates mode="old"/></b></xsl:template>
  <xsl:template match="r:br | r:ref" mode="copy"><xsl:apply-templates select="."/></xsl:template>
  <xsl:template match="r:br | r:ref" mode="new"><xsl:apply-templates select="."/></xsl:template>
  <xsl:template match="r:br | r:ref" mode="old"><xsl:apply-templates select="."/></xsl:template>

  <!-- plain string of the new text, for <title> -->
  <xsl:template match="r:del | r:comment | r:fnref" mode="plain"/>
  <xsl:template match="r:br" mode="plain"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="r:ref" mode="plain">
    <xsl:apply-templates select="r:phrase/node()" mode="plain"/>
    <xsl:text> </xsl:text>
    <xsl:apply-templates select="r:label/node()" mode="plain"/>
  </xsl:template>

  <!-- ===== style sheet (ASCII only; see the header) =====
       1 pt = 20 twips; 794 tw = 1.4 cm; 1134 tw = 2 cm. -->
  <xsl:template name="css">
<xsl:text>
@page { size: A4; margin: 2cm; }
html { background: #e8e8e8; }
body { margin: 0; color: #000;
  font-family: "Times New Roman", Times, "Liberation Serif", "Nimbus Roman", serif;
  font-size: 12pt; line-height: 1.15; }
.page { box-sizing: border-box; width: 21cm; max-width: 100%; min-height: 29.7cm;
  margin: 1em auto; padding: 2cm; background: #fff; box-shadow: 0 0 4px rgba(0,0,0,.3); }
p { margin: 6pt 0 0; text-align: justify; }
a { color: inherit; text-decoration: none; }
a.ref:hover, a.FootnoteReference:hover, a.FootnoteBack:hover { text-decoration: underline; }
:target { background: #fff3b0; }

/* the label and its tab: the tab stops at 1.4 cm (794 tw), then 2.1 cm */
.label { display: inline-block; min-width: 1.4cm; text-indent: 0; font-style: normal; }
i.label { font-style: italic; }

/* resolution heading */
.ResNo { margin: 0; text-align: center; font-size: 14pt; font-weight: normal;
  text-transform: uppercase; break-after: avoid; page-break-after: avoid; }
.Restitle { margin: 18pt 0 0; text-align: center; font-size: 14pt; font-weight: bold;
  break-after: avoid; page-break-after: avoid; }
.Resref { margin: 6pt 0 0; text-align: center; font-style: italic;
  break-after: avoid; page-break-after: avoid; }
.Normalaftertitle { margin-top: 18pt; }
.Call { margin: 8pt 0 0 1.4cm; text-align: left; font-style: italic;
  break-after: avoid; page-break-after: avoid; break-inside: avoid; }

/* clauses: as in the ITU Word files, Normal has no hanging indent (the label
   box is the tab stop; wrapped lines return to the margin; for a hanging
   indent instead: .Normal { padding-left: 1.4cm; text-indent: -1.4cm; });
   the list levels hang: enumlev1 1.4/1.4 cm, enumlev2 2.1/0.7, enumlev3 2.8/0.7 */
.Normal { }
.enumlev1, .enumlev2, .enumlev3 { margin-top: 4pt; }
.enumlev1 { padding-left: 1.4cm; text-indent: -1.4cm; }
.enumlev2 { padding-left: 2.1cm; text-indent: -0.7cm; }
.enumlev3 { padding-left: 2.8cm; text-indent: -0.7cm; }
.enumlev2 .label, .enumlev3 .label { min-width: 0.7cm; }

/* annexes */
.AnnexNo { margin: 24pt 0 4pt; text-align: center; font-size: 14pt; text-transform: uppercase;
  break-after: avoid; page-break-after: avoid; }
.Annextitle { margin: 12pt 0 14pt; text-align: center; font-size: 14pt; font-weight: bold;
  break-after: avoid; page-break-after: avoid; }

/* proposals */
.Proposal { margin-top: 12pt; font-weight: bold; break-after: avoid; page-break-after: avoid; }
.Reasons { margin-top: 6pt; }
.Reasons .label { min-width: 2.1cm; font-weight: bold; }
.proposal + .proposal, .resolution + .resolution { margin-top: 24pt; }

/* document header */
.docheader-table { display: flex; justify-content: space-between; gap: 1cm; }
.docheader-table .conference { flex: 1 1 auto; }
.docheader-table .docref { flex: 0 0 6cm; }
.docheader-table p { margin: 0; text-align: left; }
.conference .Headingb { font-size: 12pt; }
.docref p { font-weight: bold; }
.docref-date { font-weight: bold; }
.Headingb { margin-top: 8pt; text-align: left; font-weight: bold; break-after: avoid; }
.Source { margin: 42pt 0 10pt; text-align: center; font-size: 14pt; font-weight: bold; }
.Title1 { margin-top: 12pt; text-align: center; font-size: 14pt; text-transform: uppercase; }
.abstract { margin-top: 12pt; }

/* footnotes: 9 pt marks raised 3 pt (not superscript); notes 11 pt, hanging 0.45 cm */
.FootnoteReference { font-size: 9pt; vertical-align: 3pt; line-height: 0; }
.footnotes { margin-top: 12pt; }
.footnotes::before { content: ""; display: block; width: 5cm; border-top: 0.5pt solid #000; }
.FootnoteText { margin-top: 4pt; padding-left: 0.45cm; text-indent: -0.45cm; font-size: 11pt; }
.FootnoteText .label { min-width: 0.45cm; }

/* revision marks, as Word shows tracked changes; blocks get a change bar */
ins { color: #00558c; text-decoration: underline; }
del { color: #a5001e; text-decoration: line-through; }
ins .label, ins i.label { text-decoration: underline; }
del .label, del i.label { text-decoration: line-through; }
.change-ins, .change-del { position: relative; }
p.change-ins::before, p.change-del::before { content: ""; position: absolute; left: -0.5cm; top: 0;
  bottom: 0; border-left: 1.5pt solid #555; }
p.Call.change-ins::before, p.Call.change-del::before { left: -1.9cm; }
.comment { font-size: 10pt; background: #fff3b0; padding: 0 2pt; font-style: normal;
  font-weight: normal; text-decoration: none; }
.comment-label { font-weight: bold; }

@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  :target { background: none; }
  .comment { display: none; }
  .resolution + .resolution { break-before: page; page-break-before: always; }
}
</xsl:text>
  </xsl:template>
</xsl:stylesheet>
