<?xml version="1.0" encoding="UTF-8"?>
<!--
  akn.xsl: resc intermediate XML (urn:x-resc:1) to Akoma Ntoso 3.0
  (OASIS LegalDocML, http://docs.oasis-open.org/legaldocml/ns/akn/3.0).

  Why: Akoma Ntoso is the XML that parliaments, gazettes and legal
  repositories exchange; a resolution in it can be stored, diffed and cited
  clause by clause by software that knows nothing of resc. So the output
  validates against the official schema (tests/akn/), every structural
  element has an eId built by the Akoma Ntoso naming convention from the
  clause labels and section positions (stable from build to build), and the
  FRBR identification gives the resolution a work IRI derived from its number
  and its assembly. doc/akn.md describes the mapping and the IRI scheme.

  Mapping, in short:
    one resolution              statement name="resolution" (resolutionDraft, decision)
    one proposal                amendment: heading (action, id), content (the
                                resolution quoted in mod/quotedStructure), justification
    several of them             documentCollection, one component each
    number, title, history      preface
    assembly line               preamble/formula name="enactingFormula"
    preamble section            preamble/recitals: phrase in intro, clause = recital
    operative section           mainBody/hcontainer name=head word: clause = paragraph
    sub-clauses                 list/point (blockList/item inside a recital)
    annexes                     attachments/attachment/doc name="annex"
    footnote mark               authorialNote at the mark
    reference                   ref href="#eId"
    revisions                   ins/del; a wholly inserted (deleted) block has
                                class="inserted" (class="deleted" status="removed")
                                and its text wrapped in ins (del)
  eId comes from the new labels and positions, wId (only where it differs)
  from the old ones; a deleted block exists only in the old text, so it
  carries a wId and no eId.

  Parameters: date (ISO 8601, the build date) dates the manifestation;
  author is not used (the proposer comes from the proposal id).

  Standalone (no include, no document()): it is built into the resc binary.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="urn:x-resc:1"
    xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:lx="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="r akn lx">

  <!-- Indented by the last pass below, not by the serializer: it would also
       indent inside mixed content (<p><ins>..</ins></p>), changing the text. -->
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:strip-space elements="r:document r:abstract r:proposal r:resolution r:section r:clause r:annex r:footnotes r:ref"/>

  <xsl:param name="author" select="''"/>
  <xsl:param name="date" select="''"/>
  <!-- The words of a resolution's number line in the document's language, around its
       number (src/lang/XX.def): "RÉSOLUTION " and "", or "第" and "号决议"; empty in
       English, whose words number-word knows. -->
  <xsl:param name="number-prefix" select="''"/>
  <xsl:param name="number-suffix" select="''"/>

  <xsl:key name="clause" match="r:clause" use="@id"/>
  <xsl:key name="footnote" match="r:footnote" use="@id"/>
  <xsl:key name="proposer" match="r:proposal" use="substring-before(concat(@id, '/'), '/')"/>

  <xsl:variable name="view" select="/r:document/@view"/>
  <xsl:variable name="items" select="/r:document/r:proposal | /r:document/r:resolution"/>
  <xsl:variable name="collection" select="count($items) &gt; 1"/>
  <xsl:variable name="UPPER" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:variable name="lower" select="'abcdefghijklmnopqrstuvwxyz'"/>
  <xsl:variable name="alnum" select="'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'"/>
  <xsl:variable name="digits" select="'0123456789'"/>
  <xsl:variable name="dashes" select="'--------------------------------------------------------------------------------'"/>
  <xsl:variable name="spaces" select="concat('                                                                                ',
                                              '                                                                                ')"/>

  <!-- The build date (YYYY-MM-DD), when the parameter is one. -->
  <xsl:variable name="build-date">
    <xsl:variable name="d" select="substring($date, 1, 10)"/>
    <xsl:if test="string-length($d) = 10 and translate($d, $digits, '0000000000') = '0000-00-00'">
      <xsl:value-of select="$d"/>
    </xsl:if>
  </xsl:variable>

  <!-- ================================================================
       Root: one document, an amendment, a statement or a collection
       ================================================================ -->

  <xsl:template match="/">
    <xsl:variable name="tree">
      <xsl:apply-templates select="r:document"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="function-available('lx:node-set')">
        <xsl:apply-templates select="lx:node-set($tree)/*" mode="indent"/>
      </xsl:when>
      <xsl:otherwise><xsl:copy-of select="$tree"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="r:document">
    <akomaNtoso>
      <xsl:choose>
        <xsl:when test="$collection">
          <xsl:call-template name="collection"/>
        </xsl:when>
        <xsl:when test="r:proposal">
          <xsl:apply-templates select="r:proposal"/>
        </xsl:when>
        <xsl:when test="r:resolution">
          <xsl:apply-templates select="r:resolution"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="header-only"/>
        </xsl:otherwise>
      </xsl:choose>
    </akomaNtoso>
  </xsl:template>

  <!-- Several proposals or resolutions: one component each. -->
  <xsl:template name="collection">
    <xsl:variable name="work">
      <xsl:call-template name="document-work">
        <xsl:with-param name="type" select="'documentCollection'"/>
      </xsl:call-template>
    </xsl:variable>
    <documentCollection name="proposals">
      <xsl:if test="not(r:proposal)">
        <xsl:attribute name="name">resolutions</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="meta">
        <xsl:with-param name="work" select="$work"/>
        <xsl:with-param name="work-date">
          <xsl:call-template name="document-date"/>
        </xsl:with-param>
        <xsl:with-param name="date-name">
          <xsl:call-template name="document-date-name"/>
        </xsl:with-param>
        <xsl:with-param name="actor">
          <xsl:call-template name="document-actor"/>
        </xsl:with-param>
        <xsl:with-param name="references" select="true()"/>
      </xsl:call-template>
      <xsl:call-template name="cover-page"/>
      <collectionBody>
        <xsl:for-each select="$items">
          <component eId="cmp_{position()}">
            <xsl:apply-templates select="."/>
          </component>
        </xsl:for-each>
      </collectionBody>
    </documentCollection>
  </xsl:template>

  <!-- Header fields and no proposal or resolution (a cover sheet). -->
  <xsl:template name="header-only">
    <doc name="document">
      <xsl:call-template name="meta">
        <xsl:with-param name="work">
          <xsl:call-template name="document-work">
            <xsl:with-param name="type" select="'doc'"/>
          </xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="work-date">
          <xsl:call-template name="document-date"/>
        </xsl:with-param>
        <xsl:with-param name="date-name">
          <xsl:call-template name="document-date-name"/>
        </xsl:with-param>
        <xsl:with-param name="actor">
          <xsl:call-template name="document-actor"/>
        </xsl:with-param>
        <xsl:with-param name="references" select="true()"/>
      </xsl:call-template>
      <xsl:call-template name="cover-page">
        <xsl:with-param name="abstract" select="false()"/>
      </xsl:call-template>
      <mainBody>
        <xsl:choose>
          <xsl:when test="r:abstract">
            <xsl:apply-templates select="r:abstract">
              <xsl:with-param name="eid" select="'container_1'"/>
            </xsl:apply-templates>
          </xsl:when>
          <xsl:otherwise><p/></xsl:otherwise>
        </xsl:choose>
      </mainBody>
    </doc>
  </xsl:template>

  <!-- The header of a proposal document, where the document has one. -->
  <xsl:template name="cover-page">
    <xsl:param name="abstract" select="true()"/>
    <xsl:if test="/r:document/r:field or ($abstract and /r:document/r:abstract)">
      <coverPage>
        <xsl:apply-templates select="/r:document/r:field"/>
        <xsl:if test="$abstract">
          <xsl:apply-templates select="/r:document/r:abstract"/>
        </xsl:if>
      </coverPage>
    </xsl:if>
  </xsl:template>

  <xsl:template match="r:field">
    <p class="{@name}">
      <xsl:choose>
        <xsl:when test="@name = 'conference'">
          <docAuthority><xsl:apply-templates mode="inl"/></docAuthority>
        </xsl:when>
        <xsl:when test="@name = 'committee'">
          <docCommittee><xsl:apply-templates mode="inl"/></docCommittee>
        </xsl:when>
        <xsl:when test="@name = 'document'">
          <xsl:text>Document </xsl:text>
          <docNumber><xsl:apply-templates mode="inl"/></docNumber>
        </xsl:when>
        <xsl:when test="@name = 'date'">
          <xsl:variable name="iso">
            <xsl:call-template name="parse-date">
              <xsl:with-param name="s">
                <xsl:apply-templates mode="new"/>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:variable>
          <xsl:choose>
            <xsl:when test="string($iso)">
              <docDate date="{$iso}"><xsl:apply-templates mode="inl"/></docDate>
            </xsl:when>
            <xsl:otherwise>
              <inline name="date"><xsl:apply-templates mode="inl"/></inline>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:when test="@name = 'original'">
          <xsl:text>Original: </xsl:text>
          <inline name="language"><xsl:apply-templates mode="inl"/></inline>
        </xsl:when>
        <xsl:when test="@name = 'source'">
          <docProponent><xsl:apply-templates mode="inl"/></docProponent>
        </xsl:when>
        <xsl:otherwise>
          <docTitle><xsl:apply-templates mode="inl"/></docTitle>
        </xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <xsl:template match="r:abstract">
    <xsl:param name="eid" select="'coverPage__container_1'"/>
    <container name="abstract" eId="{$eid}">
      <xsl:for-each select="r:p">
        <p><xsl:apply-templates mode="inl"/></p>
      </xsl:for-each>
    </container>
  </xsl:template>

  <!-- ================================================================
       A proposal: an amendment quoting the resolution it adds or modifies
       ================================================================ -->

  <xsl:template match="r:proposal">
    <xsl:variable name="res" select="r:resolution"/>
    <xsl:variable name="actor">
      <xsl:call-template name="actor-of">
        <xsl:with-param name="item" select="."/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="year">
      <xsl:call-template name="year-of">
        <xsl:with-param name="item" select="."/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="work">
      <xsl:call-template name="slug-path">
        <xsl:with-param name="s" select="concat('/akn/int/amendment/', $actor, '/', substring('undated', 1, 7 * number($year = '')), $year, '/')"/>
        <xsl:with-param name="tail" select="@id"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="w" select="@change"/>
    <amendment name="{translate(@action, '()*', '')}">
      <xsl:call-template name="meta">
        <xsl:with-param name="work" select="$work"/>
        <xsl:with-param name="work-date">
          <xsl:call-template name="document-date">
            <xsl:with-param name="year" select="$year"/>
          </xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="date-name">
          <xsl:call-template name="document-date-name"/>
        </xsl:with-param>
        <xsl:with-param name="actor" select="$actor"/>
        <xsl:with-param name="expression-author">
          <xsl:call-template name="proposer-eid"/>
        </xsl:with-param>
        <xsl:with-param name="number" select="@id"/>
        <xsl:with-param name="name" select="concat(@action, ' ', @id)"/>
        <xsl:with-param name="references" select="not($collection)"/>
      </xsl:call-template>
      <xsl:if test="not($collection)">
        <xsl:call-template name="cover-page"/>
      </xsl:if>
      <amendmentBody>
        <amendmentHeading>
          <p>
            <xsl:call-template name="wrap">
              <xsl:with-param name="w" select="$w"/>
              <xsl:with-param name="content">
                <inline name="action"><xsl:value-of select="@action"/></inline>
                <xsl:text> </xsl:text>
                <docNumber><xsl:value-of select="@id"/></docNumber>
              </xsl:with-param>
            </xsl:call-template>
          </p>
        </amendmentHeading>
        <xsl:if test="$res">
          <amendmentContent>
            <p>
              <mod>
                <xsl:attribute name="eId">
                  <xsl:call-template name="cmp-prefix"/>
                  <xsl:text>mod_1</xsl:text>
                </xsl:attribute>
                <quotedStructure startQuote="">
                  <xsl:apply-templates select="$res"/>
                </quotedStructure>
              </mod>
            </p>
          </amendmentContent>
        </xsl:if>
        <xsl:for-each select="r:reasons">
          <amendmentJustification>
            <p>
              <xsl:call-template name="flow">
                <xsl:with-param name="w" select="$w"/>
              </xsl:call-template>
            </p>
          </amendmentJustification>
        </xsl:for-each>
      </amendmentBody>
    </amendment>
  </xsl:template>

  <!-- ================================================================
       A resolution: statement with preface, preamble, body, attachments
       ================================================================ -->

  <xsl:template match="r:resolution">
    <xsl:variable name="work">
      <xsl:call-template name="resolution-work"/>
    </xsl:variable>
    <xsl:variable name="year">
      <xsl:call-template name="year-of">
        <xsl:with-param name="item" select="."/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="actor">
      <xsl:call-template name="actor-of">
        <xsl:with-param name="item" select="."/>
      </xsl:call-template>
    </xsl:variable>
    <statement>
      <xsl:attribute name="name">
        <xsl:choose>
          <xsl:when test="r:number/@kind = 'draft'">resolutionDraft</xsl:when>
          <xsl:when test="r:number/@kind = 'decision'">decision</xsl:when>
          <xsl:otherwise>resolution</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:call-template name="meta">
        <xsl:with-param name="work" select="$work"/>
        <xsl:with-param name="work-date" select="substring(concat($year, '-01-01'), 1, 10 * number($year != ''))"/>
        <xsl:with-param name="date-name" select="'year'"/>
        <xsl:with-param name="actor" select="$actor"/>
        <xsl:with-param name="subtype" select="'deliberation'"/>
        <xsl:with-param name="number">
          <xsl:call-template name="number-token"/>
        </xsl:with-param>
        <xsl:with-param name="name">
          <xsl:for-each select="r:number">
            <xsl:choose>
              <!-- 第1238号决议: the words around a bare number; a line with more is as written -->
              <xsl:when test="$number-suffix != '' and (@kind = 'resolution' or not(@kind))">
                <xsl:variable name="n"><xsl:apply-templates mode="new"/></xsl:variable>
                <xsl:choose>
                  <xsl:when test="translate($n, $digits, '') = ''">
                    <xsl:value-of select="concat($number-prefix, $n, $number-suffix)"/>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
                </xsl:choose>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="number-word"/>
                <xsl:text> </xsl:text>
                <xsl:apply-templates mode="new"/>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </xsl:with-param>
        <xsl:with-param name="references" select="not($collection or parent::r:proposal)"/>
      </xsl:call-template>
      <xsl:if test="not($collection or parent::r:proposal)">
        <xsl:call-template name="cover-page"/>
      </xsl:if>
      <xsl:if test="r:number | r:title | r:history">
        <preface>
          <xsl:for-each select="r:number">
            <p class="number">
              <xsl:call-template name="wrap">
                <xsl:with-param name="w" select="ancestor-or-self::*[@change][1]/@change"/>
                <xsl:with-param name="content">
                  <xsl:choose>
                    <!-- the word after the number (第<docNumber>1238</docNumber><docType>号决议</docType>)
                         around a bare number; a line with more holds its words -->
                    <xsl:when test="$number-suffix != '' and (@kind = 'resolution' or not(@kind))">
                      <xsl:if test="translate(., $digits, '') = ''">
                        <xsl:value-of select="$number-prefix"/>
                      </xsl:if>
                      <docNumber><xsl:apply-templates mode="inl"/></docNumber>
                      <xsl:if test="translate(., $digits, '') = ''">
                        <docType><xsl:value-of select="$number-suffix"/></docType>
                      </xsl:if>
                    </xsl:when>
                    <xsl:otherwise>
                      <docType><xsl:call-template name="number-word"/></docType>
                      <xsl:text> </xsl:text>
                      <docNumber><xsl:apply-templates mode="inl"/></docNumber>
                    </xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
              </xsl:call-template>
            </p>
          </xsl:for-each>
          <xsl:for-each select="r:title">
            <p class="title">
              <xsl:call-template name="wrap">
                <xsl:with-param name="w" select="ancestor-or-self::*[@change][1]/@change"/>
                <xsl:with-param name="content">
                  <docTitle><xsl:apply-templates mode="inl"/></docTitle>
                </xsl:with-param>
              </xsl:call-template>
            </p>
          </xsl:for-each>
          <xsl:for-each select="r:history">
            <p class="history">
              <xsl:call-template name="wrap">
                <xsl:with-param name="w" select="ancestor-or-self::*[@change][1]/@change"/>
                <xsl:with-param name="content">
                  <!-- a history printed after the body is written with its parentheses -->
                  <xsl:if test="not(@printed = 'end')"><xsl:text>(</xsl:text></xsl:if>
                  <xsl:apply-templates mode="inl"/>
                  <xsl:if test="not(@printed = 'end')"><xsl:text>)</xsl:text></xsl:if>
                </xsl:with-param>
              </xsl:call-template>
            </p>
          </xsl:for-each>
        </preface>
      </xsl:if>
      <xsl:if test="r:assembly | r:section[@kind = 'preamble']">
        <preamble>
          <xsl:for-each select="r:assembly">
            <formula name="enactingFormula">
              <xsl:attribute name="eId">
                <xsl:call-template name="cmp-prefix"/>
                <xsl:text>preamble__formula_1</xsl:text>
              </xsl:attribute>
              <p>
                <xsl:call-template name="flow"/>
              </p>
            </formula>
          </xsl:for-each>
          <xsl:apply-templates select="r:section[@kind = 'preamble']"/>
        </preamble>
      </xsl:if>
      <mainBody>
        <xsl:apply-templates select="r:section[@kind = 'operative']"/>
        <xsl:apply-templates select="r:part"/>
        <xsl:if test="not(r:section[@kind = 'operative'] | r:part)"><p/></xsl:if>
      </mainBody>
      <xsl:if test="r:annex">
        <attachments>
          <xsl:apply-templates select="r:annex">
            <xsl:with-param name="work" select="$work"/>
            <xsl:with-param name="year" select="$year"/>
            <xsl:with-param name="actor" select="$actor"/>
          </xsl:apply-templates>
        </attachments>
      </xsl:if>
    </statement>
  </xsl:template>

  <!-- A preamble section: recitals, its phrase as intro. -->
  <xsl:template match="r:section[@kind = 'preamble']">
    <xsl:choose>
      <xsl:when test="r:clause">
        <recitals>
          <xsl:call-template name="ids"/>
          <xsl:call-template name="change-attrs"/>
          <intro>
            <p><xsl:for-each select="r:phrase"><xsl:call-template name="flow"/></xsl:for-each></p>
          </intro>
          <xsl:apply-templates select="r:clause"/>
        </recitals>
      </xsl:when>
      <xsl:otherwise>
        <!-- recitals needs a recital: a phrase alone is a container. -->
        <container name="recitals">
          <xsl:call-template name="ids"/>
          <xsl:call-template name="change-attrs"/>
          <p><xsl:for-each select="r:phrase"><xsl:call-template name="flow"/></xsl:for-each></p>
        </container>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An operative section: hcontainer named by the head word of its phrase. -->
  <xsl:template match="r:section[@kind = 'operative']">
    <hcontainer>
      <xsl:attribute name="name">
        <xsl:call-template name="head-word"/>
      </xsl:attribute>
      <xsl:call-template name="ids"/>
      <xsl:call-template name="change-attrs"/>
      <intro>
        <p><xsl:for-each select="r:phrase"><xsl:call-template name="flow"/></xsl:for-each></p>
      </intro>
      <xsl:apply-templates select="r:clause | r:p"/>
    </hcontainer>
  </xsl:template>

  <!-- A SECTION of rules (WTSA Res. 1): chapter, its number and title; an
       appendix: hcontainer name="appendix". Their provisions are paragraphs. -->
  <xsl:template match="r:part">
    <xsl:element name="{normalize-space(substring('chapter    hcontainer', 1 + 11 * number(@kind = 'appendix'), 10))}">
      <xsl:if test="@kind = 'appendix'"><xsl:attribute name="name">appendix</xsl:attribute></xsl:if>
      <xsl:call-template name="ids"/>
      <xsl:call-template name="change-attrs"/>
      <num>
        <xsl:value-of select="concat(substring('SECTION Appendix', 1 + 8 * number(@kind = 'appendix'), 8 + number(@kind = 'appendix')), ' ', @number)"/>
      </num>
      <heading><xsl:for-each select="r:title"><xsl:call-template name="flow"/></xsl:for-each></heading>
      <xsl:apply-templates select="r:clause | r:p | r:table"/>
      <xsl:if test="not(r:clause | r:p | r:table)"><content><p/></content></xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- A paragraph between the clauses of a section or a SECTION: an
       hcontainer holding it; a NOTE or figure caption keeps its label. -->
  <xsl:template match="r:p[parent::r:section or parent::r:part]">
    <hcontainer name="{concat(substring('paragraph', 1, 9 * number(not(@type))), @type)}">
      <content><xsl:call-template name="para-p"/></content>
    </hcontainer>
  </xsl:template>

  <!-- A table: AKN's own (HTML's) table, its caption as printed, th in the header
       row, each cell's content a p; in a SECTION or appendix, in an hcontainer. -->
  <xsl:template match="r:table[parent::r:part]">
    <hcontainer name="table"><content><xsl:call-template name="table"/></content></hcontainer>
  </xsl:template>
  <xsl:template match="r:table" name="table">
    <table>
      <xsl:for-each select="r:caption">
        <caption>
          <xsl:call-template name="wrap">
            <xsl:with-param name="w" select="ancestor-or-self::*[@change][1]/@change"/>
            <xsl:with-param name="content">
              <xsl:value-of select="concat(@label, ' &#x2013; ')"/>
              <xsl:apply-templates mode="inl"/>
            </xsl:with-param>
          </xsl:call-template>
        </caption>
      </xsl:for-each>
      <xsl:for-each select="r:row">
        <tr>
          <xsl:if test="@change = 'ins'"><xsl:attribute name="class">inserted</xsl:attribute></xsl:if>
          <xsl:if test="@change = 'del'"><xsl:attribute name="class">deleted</xsl:attribute></xsl:if>
          <xsl:for-each select="r:cell">
            <xsl:element name="{substring('tdth', 1 + 2 * number(../@head = 'yes'), 2)}">
              <p><xsl:call-template name="flow"><xsl:with-param name="w" select="ancestor::*[@change][1]/@change"/></xsl:call-template></p>
            </xsl:element>
          </xsl:for-each>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <xsl:template name="para-p">
    <p>
      <xsl:if test="@type"><xsl:attribute name="class"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <xsl:if test="@label"><xsl:value-of select="concat(@label, ' &#x2013; ')"/></xsl:if>
      <xsl:call-template name="flow"/>
    </p>
  </xsl:template>

  <!-- A clause of a preamble section: recital; its sub-clauses a blockList. -->
  <xsl:template match="r:clause[parent::r:section[@kind = 'preamble']] | r:clause[ancestor::r:section[@kind = 'preamble']]" priority="2">
    <xsl:variable name="el">
      <xsl:choose>
        <xsl:when test="parent::r:section">recital</xsl:when>
        <xsl:otherwise>item</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$el}">
      <xsl:call-template name="ids"/>
      <xsl:call-template name="change-attrs"/>
      <xsl:call-template name="num"/>
      <p><xsl:for-each select="r:text"><xsl:call-template name="flow"/></xsl:for-each></p>
      <xsl:if test="r:clause">
        <blockList>
          <xsl:call-template name="list-ids"/>
          <xsl:apply-templates select="r:clause"/>
        </blockList>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- A clause of an operative section or an annex: paragraph; sub-clauses
       list/point. -->
  <xsl:template match="r:clause">
    <xsl:variable name="el">
      <xsl:choose>
        <xsl:when test="parent::r:clause">point</xsl:when>
        <xsl:otherwise>paragraph</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$el}">
      <xsl:call-template name="ids"/>
      <xsl:call-template name="change-attrs"/>
      <xsl:call-template name="num"/>
      <xsl:choose>
        <xsl:when test="r:clause">
          <intro>
            <p><xsl:for-each select="r:text"><xsl:call-template name="flow"/></xsl:for-each></p>
            <xsl:for-each select="r:p"><xsl:call-template name="para-p"/></xsl:for-each>
          </intro>
          <list>
            <xsl:call-template name="list-ids"/>
            <xsl:apply-templates select="r:clause"/>
          </list>
        </xsl:when>
        <xsl:otherwise>
          <content>
            <p><xsl:for-each select="r:text"><xsl:call-template name="flow"/></xsl:for-each></p>
            <xsl:for-each select="r:p"><xsl:call-template name="para-p"/></xsl:for-each>
          </content>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <xsl:template name="num">
    <xsl:if test="r:label">
      <num>
        <xsl:for-each select="r:label"><xsl:call-template name="flow"/></xsl:for-each>
      </num>
    </xsl:if>
  </xsl:template>

  <!-- An annex: an attachment holding a doc with its own FRBR identity. -->
  <xsl:template match="r:annex">
    <xsl:param name="work"/>
    <xsl:param name="year"/>
    <xsl:param name="actor"/>
    <xsl:variable name="number" select="../r:number"/>
    <xsl:variable name="w" select="ancestor-or-self::*[@change][1]/@change"/>
    <xsl:variable name="pos">
      <xsl:call-template name="position-in">
        <xsl:with-param name="v" select="'new'"/>
      </xsl:call-template>
    </xsl:variable>
    <attachment>
      <xsl:call-template name="ids"/>
      <xsl:call-template name="change-attrs"/>
      <doc name="annex">
        <xsl:call-template name="meta">
          <xsl:with-param name="work" select="$work"/>
          <xsl:with-param name="component" select="concat('annex_', @n)"/>
          <xsl:with-param name="work-date" select="substring(concat($year, '-01-01'), 1, 10 * number($year != ''))"/>
          <xsl:with-param name="date-name" select="'year'"/>
          <xsl:with-param name="actor" select="$actor"/>
          <xsl:with-param name="references" select="false()"/>
        </xsl:call-template>
        <preface>
          <p class="annexNumber">
            <xsl:call-template name="wrap">
              <xsl:with-param name="w" select="$w"/>
              <xsl:with-param name="content">
                <docType>
                  <xsl:text>ANNEX</xsl:text>
                  <xsl:if test="@count &gt; 1">
                    <xsl:value-of select="concat(' ', @n)"/>
                  </xsl:if>
                </docType>
                <xsl:if test="$number">
                  <xsl:text> (to </xsl:text>
                  <xsl:choose>
                    <xsl:when test="$number/@kind = 'draft'">Draft new resolution</xsl:when>
                    <xsl:when test="$number/@kind = 'decision'">Decision</xsl:when>
                    <xsl:when test="$number/@kind = 'recommendation'">Recommendation</xsl:when>
                    <xsl:when test="$number/@kind = 'opinion'">Opinion</xsl:when>
                    <xsl:otherwise>Resolution</xsl:otherwise>
                  </xsl:choose>
                  <xsl:text> </xsl:text>
                  <docNumber>
                    <xsl:choose>
                      <xsl:when test="$w = 'ins'"><xsl:apply-templates select="$number/node()" mode="new-inl"/></xsl:when>
                      <xsl:when test="$w = 'del'"><xsl:apply-templates select="$number/node()" mode="old-inl"/></xsl:when>
                      <xsl:otherwise><xsl:apply-templates select="$number/node()" mode="quote-inl"/></xsl:otherwise>
                    </xsl:choose>
                  </docNumber>
                  <xsl:text>)</xsl:text>
                </xsl:if>
              </xsl:with-param>
            </xsl:call-template>
          </p>
          <xsl:for-each select="r:title">
            <p class="title">
              <xsl:call-template name="wrap">
                <xsl:with-param name="w" select="$w"/>
                <xsl:with-param name="content">
                  <docTitle><xsl:apply-templates mode="inl"/></docTitle>
                </xsl:with-param>
              </xsl:call-template>
            </p>
          </xsl:for-each>
        </preface>
        <mainBody>
          <xsl:for-each select="r:p | r:clause | r:table">
            <xsl:choose>
              <xsl:when test="self::r:clause | self::r:table"><xsl:apply-templates select="."/></xsl:when>
              <xsl:otherwise>
                <p>
                  <xsl:if test="@change = 'ins'"><xsl:attribute name="class">inserted</xsl:attribute></xsl:if>
                  <xsl:if test="@change = 'del'"><xsl:attribute name="class">deleted</xsl:attribute></xsl:if>
                  <xsl:call-template name="flow"/>
                </p>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
          <xsl:if test="not(r:p | r:clause | r:table)"><p/></xsl:if>
        </mainBody>
      </doc>
    </attachment>
  </xsl:template>

  <!-- ================================================================
       Inline content
       ================================================================ -->

  <!-- The children of the context node, wrapped in ins (del) when it or an
       ancestor is a wholly inserted (deleted) block. -->
  <xsl:template name="flow">
    <xsl:param name="w" select="ancestor-or-self::*[@change][1]/@change"/>
    <xsl:call-template name="wrap">
      <xsl:with-param name="w" select="$w"/>
      <xsl:with-param name="content" select="node()"/>
      <xsl:with-param name="apply" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- content: a result tree fragment, or (apply) nodes to process in mode inl. -->
  <xsl:template name="wrap">
    <xsl:param name="w"/>
    <xsl:param name="content"/>
    <xsl:param name="apply" select="false()"/>
    <xsl:choose>
      <xsl:when test="$w = 'ins'">
        <ins>
          <xsl:call-template name="wrap">
            <xsl:with-param name="content" select="$content"/>
            <xsl:with-param name="apply" select="$apply"/>
          </xsl:call-template>
        </ins>
      </xsl:when>
      <xsl:when test="$w = 'del'">
        <del>
          <xsl:call-template name="wrap">
            <xsl:with-param name="content" select="$content"/>
            <xsl:with-param name="apply" select="$apply"/>
          </xsl:call-template>
        </del>
      </xsl:when>
      <xsl:when test="$apply"><xsl:apply-templates select="$content" mode="inl"/></xsl:when>
      <xsl:otherwise><xsl:copy-of select="$content"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()" mode="inl"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="r:i" mode="inl"><i><xsl:apply-templates mode="inl"/></i></xsl:template>
  <xsl:template match="r:b" mode="inl"><b><xsl:apply-templates mode="inl"/></b></xsl:template>
  <xsl:template match="r:ins" mode="inl"><ins><xsl:apply-templates mode="inl"/></ins></xsl:template>
  <xsl:template match="r:del" mode="inl"><del><xsl:apply-templates mode="inl"/></del></xsl:template>
  <xsl:template match="r:br" mode="inl"><br/></xsl:template>

  <!-- A drafter's comment is not part of the text: an editorial inline. -->
  <xsl:template match="r:comment" mode="inl">
    <inline name="comment" status="editorial"><xsl:apply-templates mode="inl"/></inline>
  </xsl:template>

  <!-- A reference: the clause's eId; the printed text as in the source. -->
  <xsl:template match="r:ref" mode="inl">
    <xsl:variable name="target" select="key('clause', @href)[1]"/>
    <ref>
      <xsl:attribute name="href">
        <xsl:text>#</xsl:text>
        <xsl:choose>
          <xsl:when test="$target">
            <xsl:for-each select="$target">
              <xsl:call-template name="eid-or-wid"/>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="@href"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <i><xsl:apply-templates select="r:phrase/node()" mode="inl"/></i>
      <xsl:text> </xsl:text>
      <xsl:apply-templates select="r:label/node()" mode="inl"/>
    </ref>
  </xsl:template>

  <!-- A footnote mark: the footnote itself, at the mark. -->
  <xsl:template match="r:fnref" mode="inl">
    <xsl:variable name="ref" select="@ref"/>
    <xsl:variable name="own" select="ancestor::r:resolution[1]/r:footnotes/r:footnote[@id = $ref]"/>
    <xsl:variable name="note" select="$own[1] | key('footnote', $ref)[1][not($own)]"/>
    <xsl:variable name="scope" select="ancestor::*[self::r:clause or self::r:section or self::r:annex or self::r:part or self::r:assembly or self::r:reasons or self::r:resolution or self::r:proposal or self::r:document][1]"/>
    <!-- Footnote n, its k-th mark: unique in the resolution, so in the scope. -->
    <xsl:variable name="k">
      <xsl:choose>
        <xsl:when test="@k"><xsl:value-of select="@k"/></xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="1 + count(preceding::r:fnref[@ref = $ref][generate-id(ancestor::r:resolution[1]) = generate-id(current()/ancestor::r:resolution[1])])"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="deleted" select="ancestor::*[@change][1]/@change = 'del'"/>
    <authorialNote marker="{substring(concat(@mark, @n), 1, string-length(@mark) + (string-length(@n) * number(not(@mark))))}" placement="bottom">
      <xsl:attribute name="{substring('eIdwId', 1 + 3 * number($deleted), 3)}">
        <xsl:for-each select="$scope">
          <xsl:call-template name="scope-path">
            <xsl:with-param name="v" select="substring('newold', 1 + 3 * number($deleted), 3)"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:value-of select="concat('__authorialNote_', @n)"/>
        <xsl:if test="$k &gt; 1"><xsl:value-of select="concat('-', $k)"/></xsl:if>
      </xsl:attribute>
      <p>
        <xsl:for-each select="$note">
          <xsl:call-template name="wrap">
            <xsl:with-param name="w" select="@change"/>
            <xsl:with-param name="content" select="node()"/>
            <xsl:with-param name="apply" select="true()"/>
          </xsl:call-template>
        </xsl:for-each>
      </p>
    </authorialNote>
  </xsl:template>

  <!-- Inside a footnote, a footnote mark is only its number. -->
  <xsl:template match="r:footnote//r:fnref" mode="inl" priority="2">
    <sup><xsl:value-of select="substring(concat(@mark, @n), 1, string-length(@mark) + (string-length(@n) * number(not(@mark))))"/></sup>
  </xsl:template>

  <!-- The number line quoted in an annex heading: as it is, or as in the new
       (old) text inside a wholly inserted (deleted) annex, so marks never nest;
       its footnote marks and comments stay with the number line. -->
  <xsl:template match="r:fnref | r:comment" mode="quote-inl"/>
  <xsl:template match="text()" mode="quote-inl"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="r:i" mode="quote-inl"><i><xsl:apply-templates mode="quote-inl"/></i></xsl:template>
  <xsl:template match="r:b" mode="quote-inl"><b><xsl:apply-templates mode="quote-inl"/></b></xsl:template>
  <xsl:template match="r:ins" mode="quote-inl"><ins><xsl:apply-templates mode="quote-inl"/></ins></xsl:template>
  <xsl:template match="r:del" mode="quote-inl"><del><xsl:apply-templates mode="quote-inl"/></del></xsl:template>
  <xsl:template match="r:br | r:ref" mode="quote-inl"><xsl:apply-templates select="." mode="inl"/></xsl:template>
  <xsl:template match="r:del | r:comment | r:fnref" mode="new-inl"/>
  <xsl:template match="r:ins | r:comment | r:fnref" mode="old-inl"/>
  <xsl:template match="text()" mode="new-inl"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="text()" mode="old-inl"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="r:ins" mode="new-inl"><xsl:apply-templates mode="new-inl"/></xsl:template>
  <xsl:template match="r:del" mode="old-inl"><xsl:apply-templates mode="old-inl"/></xsl:template>
  <xsl:template match="r:i" mode="new-inl"><i><xsl:apply-templates mode="new-inl"/></i></xsl:template>
  <xsl:template match="r:b" mode="new-inl"><b><xsl:apply-templates mode="new-inl"/></b></xsl:template>
  <xsl:template match="r:i" mode="old-inl"><i><xsl:apply-templates mode="old-inl"/></i></xsl:template>
  <xsl:template match="r:b" mode="old-inl"><b><xsl:apply-templates mode="old-inl"/></b></xsl:template>
  <xsl:template match="r:br" mode="new-inl"><br/></xsl:template>
  <xsl:template match="r:br" mode="old-inl"><br/></xsl:template>

  <!-- Plain text of the new version (for identifiers): no deletions, no
       comments, no footnote marks. -->
  <xsl:template match="r:del | r:comment | r:fnref" mode="new"/>
  <xsl:template match="r:br" mode="new"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="r:ref" mode="new">
    <xsl:apply-templates select="r:phrase/node()" mode="new"/>
    <xsl:text> </xsl:text>
    <xsl:apply-templates select="r:label/node()" mode="new"/>
  </xsl:template>

  <!-- ================================================================
       eId and wId (Akoma Ntoso naming convention)
       ================================================================ -->

  <!-- wId/eId attributes of a structural element: eId from the new text,
       wId from the old one where it differs; a deleted block only a wId, an
       inserted one only an eId. -->
  <xsl:template name="ids">
    <xsl:variable name="w" select="ancestor-or-self::*[@change][1]/@change"/>
    <xsl:variable name="new">
      <xsl:if test="not($w = 'del')">
        <xsl:call-template name="eid">
          <xsl:with-param name="v" select="'new'"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="old">
      <xsl:if test="$view = 'markup' and not($w = 'ins')">
        <xsl:call-template name="eid">
          <xsl:with-param name="v" select="'old'"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:if test="string($new)">
      <xsl:attribute name="eId"><xsl:value-of select="$new"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="string($old) and $old != $new">
      <xsl:attribute name="wId"><xsl:value-of select="$old"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- The list (blockList) under a clause: list_1 inside the clause. -->
  <xsl:template name="list-ids">
    <xsl:variable name="w" select="ancestor-or-self::*[@change][1]/@change"/>
    <xsl:variable name="new">
      <xsl:if test="not($w = 'del')">
        <xsl:call-template name="eid"><xsl:with-param name="v" select="'new'"/></xsl:call-template>
        <xsl:text>__list_1</xsl:text>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="old">
      <xsl:if test="$view = 'markup' and not($w = 'ins')">
        <xsl:call-template name="eid"><xsl:with-param name="v" select="'old'"/></xsl:call-template>
        <xsl:text>__list_1</xsl:text>
      </xsl:if>
    </xsl:variable>
    <xsl:if test="string($new)">
      <xsl:attribute name="eId"><xsl:value-of select="$new"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="string($old) and $old != $new">
      <xsl:attribute name="wId"><xsl:value-of select="$old"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- The identifier a reference points to: the eId, or for a deleted
       clause the wId. -->
  <xsl:template name="eid-or-wid">
    <xsl:call-template name="eid">
      <xsl:with-param name="v">
        <xsl:choose>
          <xsl:when test="ancestor-or-self::*[@change][1]/@change = 'del'">old</xsl:when>
          <xsl:otherwise>new</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="change-attrs">
    <xsl:choose>
      <xsl:when test="@change = 'ins'">
        <xsl:attribute name="class">inserted</xsl:attribute>
      </xsl:when>
      <xsl:when test="@change = 'del'">
        <xsl:attribute name="class">deleted</xsl:attribute>
        <xsl:attribute name="status">removed</xsl:attribute>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- "cmp_N__" for the content of the N-th component of a collection. -->
  <xsl:template name="cmp-prefix">
    <xsl:if test="$collection">
      <xsl:variable name="top" select="ancestor-or-self::*[parent::r:document]"/>
      <xsl:if test="$top[self::r:proposal or self::r:resolution]">
        <xsl:value-of select="concat('cmp_', 1 + count($top/preceding-sibling::r:proposal | $top/preceding-sibling::r:resolution), '__')"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- The eId of the context section, clause or annex in version v
       (new or old). -->
  <xsl:template name="eid">
    <xsl:param name="v"/>
    <xsl:call-template name="cmp-prefix"/>
    <xsl:call-template name="path">
      <xsl:with-param name="v" select="$v"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="path">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="self::r:section or self::r:annex">
        <!-- A clause's own part comes from its label: counting positions is done
             only for sections and annexes, which are few. -->
        <xsl:variable name="pos">
          <xsl:call-template name="position-in"><xsl:with-param name="v" select="$v"/></xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="self::r:section[@kind = 'preamble']">
            <xsl:value-of select="concat('preamble__recitals_', $pos)"/>
          </xsl:when>
          <xsl:when test="self::r:section">
            <xsl:value-of select="concat('hcontainer_', $pos)"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat('att_', $pos)"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="self::r:part">
        <xsl:value-of select="concat(substring('chp_', 1, 4 * number(@kind = 'section')), substring('appendix_', 1, 9 * number(@kind = 'appendix')), @number)"/>
      </xsl:when>
      <xsl:when test="self::r:clause">
        <xsl:for-each select="..">
          <xsl:call-template name="path"><xsl:with-param name="v" select="$v"/></xsl:call-template>
        </xsl:for-each>
        <xsl:choose>
          <xsl:when test="parent::r:clause and ancestor::r:section[@kind = 'preamble']">__list_1__item_</xsl:when>
          <xsl:when test="parent::r:clause">__list_1__point_</xsl:when>
          <xsl:when test="parent::r:section[@kind = 'preamble']">__recital_</xsl:when>
          <xsl:otherwise>__para_</xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="label-part"><xsl:with-param name="v" select="$v"/></xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The path of the element a footnote mark belongs to (for the eId of
       its authorialNote). -->
  <xsl:template name="scope-path">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="self::r:clause or self::r:section or self::r:annex or self::r:part">
        <xsl:call-template name="eid"><xsl:with-param name="v" select="$v"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="self::r:assembly">
        <xsl:call-template name="cmp-prefix"/>
        <xsl:text>preamble__formula_1</xsl:text>
      </xsl:when>
      <xsl:when test="self::r:resolution">
        <xsl:call-template name="cmp-prefix"/>
        <xsl:text>preface</xsl:text>
      </xsl:when>
      <xsl:when test="self::r:reasons">
        <xsl:call-template name="cmp-prefix"/>
        <xsl:text>amendmentJustification</xsl:text>
      </xsl:when>
      <xsl:when test="self::r:proposal">
        <xsl:call-template name="cmp-prefix"/>
        <xsl:text>amendmentHeading</xsl:text>
      </xsl:when>
      <xsl:otherwise>coverPage</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Position among the siblings of the same kind present in version v. -->
  <xsl:template name="position-in">
    <xsl:param name="v"/>
    <xsl:variable name="x" select="substring('delins', 1 + 3 * number($v = 'old'), 3)"/>
    <xsl:choose>
      <xsl:when test="self::r:section">
        <xsl:value-of select="1 + count(preceding-sibling::r:section[@kind = current()/@kind][not(@change = $x)])"/>
      </xsl:when>
      <xsl:when test="self::r:annex">
        <xsl:value-of select="1 + count(preceding-sibling::r:annex[not(@change = $x)])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="1 + count(preceding-sibling::r:clause[not(@change = $x)])"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The label of the context clause in version v as an eId part: "a)"
       gives "a", "12" "12"; no label, or one that is not letters and digits
       ("–"), gives the position. -->
  <xsl:template name="label-part">
    <xsl:param name="v"/>
    <xsl:variable name="x" select="substring('delins', 1 + 3 * number($v = 'old'), 3)"/>
    <xsl:variable name="raw">
      <xsl:call-template name="label-attr"><xsl:with-param name="v" select="$v"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="l" select="translate($raw, ').', '')"/>
    <xsl:choose>
      <xsl:when test="$l = '' or translate($l, $alnum, '') != ''">
        <xsl:call-template name="position-in"><xsl:with-param name="v" select="$v"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <!-- Computed labels are unique among the clauses of one version. -->
        <xsl:value-of select="$l"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- @new or @old; in the old and new views a clause has only one of them. -->
  <xsl:template name="label-attr">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="$view = 'new'"><xsl:value-of select="@new"/></xsl:when>
      <xsl:when test="$view = 'old'"><xsl:value-of select="@old"/></xsl:when>
      <xsl:when test="$v = 'old'"><xsl:value-of select="@old"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@new"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The hcontainer name: the head word of the phrase ("resolves",
       "instructs"), "furtherResolves" for "further resolves". -->
  <xsl:template name="head-word">
    <xsl:variable name="p">
      <xsl:for-each select="r:phrase"><xsl:apply-templates mode="new"/></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="t" select="concat(normalize-space(translate($p, concat($UPPER, ',;:'), concat($lower, '   '))), ' ')"/>
    <xsl:variable name="first" select="substring-before($t, ' ')"/>
    <xsl:variable name="second" select="substring-before(substring-after($t, ' '), ' ')"/>
    <xsl:variable name="name">
      <xsl:choose>
        <xsl:when test="$first = 'further' and $second != ''">
          <xsl:value-of select="concat('further', translate(substring($second, 1, 1), $lower, $UPPER), substring($second, 2))"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$first"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="clean" select="translate($name, translate($name, $alnum, ''), '')"/>
    <xsl:choose>
      <xsl:when test="$clean != ''"><xsl:value-of select="$clean"/></xsl:when>
      <xsl:otherwise>operative</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       FRBR identification
       ================================================================ -->

  <xsl:template name="meta">
    <xsl:param name="work"/>
    <xsl:param name="component" select="'main'"/>
    <xsl:param name="work-date"/>
    <xsl:param name="date-name" select="'document'"/>
    <xsl:param name="actor"/>
    <xsl:param name="expression-author" select="$actor"/>
    <xsl:param name="subtype" select="''"/>
    <xsl:param name="number" select="''"/>
    <xsl:param name="name" select="''"/>
    <xsl:param name="references" select="false()"/>
    <!-- No year anywhere in the document: the build date stands in. -->
    <xsl:variable name="wd">
      <xsl:choose>
        <xsl:when test="string-length($work-date) = 10"><xsl:value-of select="$work-date"/></xsl:when>
        <xsl:when test="string($build-date)"><xsl:value-of select="$build-date"/></xsl:when>
        <xsl:otherwise>0001-01-01</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="dn">
      <xsl:choose>
        <xsl:when test="string-length($work-date) = 10"><xsl:value-of select="$date-name"/></xsl:when>
        <xsl:otherwise>generation</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="lang">
      <xsl:call-template name="language"/>
    </xsl:variable>
    <xsl:variable name="expr" select="concat($work, '/', $lang, '@')"/>
    <meta>
      <identification source="#resc">
        <FRBRWork>
          <FRBRthis value="{$work}/!{$component}"/>
          <FRBRuri value="{$work}"/>
          <FRBRdate date="{$wd}" name="{$dn}"/>
          <FRBRauthor href="#{$actor}"/>
          <FRBRcountry value="int"/>
          <xsl:if test="$subtype != ''">
            <FRBRsubtype value="{$subtype}"/>
          </xsl:if>
          <xsl:if test="normalize-space($number) != ''">
            <FRBRnumber value="{normalize-space($number)}"/>
          </xsl:if>
          <xsl:if test="normalize-space($name) != ''">
            <FRBRname value="{normalize-space($name)}"/>
          </xsl:if>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="{$expr}/!{$component}"/>
          <FRBRuri value="{$expr}"/>
          <FRBRdate date="{$wd}" name="{$dn}"/>
          <FRBRauthor href="#{$expression-author}"/>
          <FRBRlanguage language="{$lang}"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="{$expr}/!{$component}.xml"/>
          <FRBRuri value="{$expr}.akn"/>
          <xsl:choose>
            <xsl:when test="string($build-date)">
              <FRBRdate date="{$build-date}" name="generation"/>
            </xsl:when>
            <xsl:otherwise>
              <FRBRdate date="{$wd}" name="{$dn}"/>
            </xsl:otherwise>
          </xsl:choose>
          <FRBRauthor href="#resc"/>
        </FRBRManifestation>
      </identification>
      <xsl:if test="$references">
        <xsl:call-template name="references"/>
      </xsl:if>
    </meta>
  </xsl:template>

  <!-- The organizations the identification refers to, once each, in the
       outermost document. -->
  <xsl:template name="references">
    <xsl:variable name="actors">
      <xsl:text>|</xsl:text>
      <xsl:call-template name="document-actor"/>
      <xsl:text>|</xsl:text>
      <xsl:for-each select="$items">
        <xsl:call-template name="actor-of"><xsl:with-param name="item" select="."/></xsl:call-template>
        <xsl:text>|</xsl:text>
      </xsl:for-each>
    </xsl:variable>
    <references source="#resc">
      <xsl:call-template name="org-if">
        <xsl:with-param name="actors" select="$actors"/>
        <xsl:with-param name="id" select="'itu-pp'"/>
        <xsl:with-param name="show" select="'Plenipotentiary Conference of the International Telecommunication Union'"/>
      </xsl:call-template>
      <xsl:call-template name="org-if">
        <xsl:with-param name="actors" select="$actors"/>
        <xsl:with-param name="id" select="'itu-council'"/>
        <xsl:with-param name="show" select="'Council of the International Telecommunication Union'"/>
      </xsl:call-template>
      <xsl:call-template name="org-if">
        <xsl:with-param name="actors" select="$actors"/>
        <xsl:with-param name="id" select="'itu-wrc'"/>
        <xsl:with-param name="show" select="'World Radiocommunication Conference'"/>
      </xsl:call-template>
      <xsl:call-template name="org-if">
        <xsl:with-param name="actors" select="$actors"/>
        <xsl:with-param name="id" select="'itu-ra'"/>
        <xsl:with-param name="show" select="'Radiocommunication Assembly'"/>
      </xsl:call-template>
      <xsl:call-template name="org-if">
        <xsl:with-param name="actors" select="$actors"/>
        <xsl:with-param name="id" select="'itu-wtsa'"/>
        <xsl:with-param name="show" select="'World Telecommunication Standardization Assembly'"/>
      </xsl:call-template>
      <xsl:call-template name="org-if">
        <xsl:with-param name="actors" select="$actors"/>
        <xsl:with-param name="id" select="'itu-wtdc'"/>
        <xsl:with-param name="show" select="'World Telecommunication Development Conference'"/>
      </xsl:call-template>
      <xsl:call-template name="org-if">
        <xsl:with-param name="actors" select="$actors"/>
        <xsl:with-param name="id" select="'itu'"/>
        <xsl:with-param name="show" select="'International Telecommunication Union'"/>
      </xsl:call-template>
      <!-- Proposers, by the prefix of their proposal ids, once each. -->
      <xsl:for-each select="/r:document/r:proposal[generate-id() = generate-id(key('proposer', substring-before(concat(@id, '/'), '/'))[1])]">
        <xsl:variable name="eid">
          <xsl:call-template name="proposer-eid"/>
        </xsl:variable>
        <TLCOrganization eId="{$eid}" href="/ontology/organization/int/{$eid}" showAs="{substring-before(concat(@id, '/'), '/')}"/>
      </xsl:for-each>
      <TLCOrganization eId="resc" href="/ontology/organization/resc" showAs="resc"/>
    </references>
  </xsl:template>

  <xsl:template name="org-if">
    <xsl:param name="actors"/>
    <xsl:param name="id"/>
    <xsl:param name="show"/>
    <xsl:if test="contains($actors, concat('|', $id, '|'))">
      <TLCOrganization eId="{$id}" href="/ontology/organization/int/{$id}" showAs="{$show}"/>
    </xsl:if>
  </xsl:template>

  <!-- The proposer of the context proposal: "proposer-" and the prefix of
       its id (XYZ/45A3/2: proposer-xyz). -->
  <xsl:template name="proposer-eid">
    <xsl:call-template name="slug">
      <xsl:with-param name="s" select="concat('proposer-', substring-before(concat(@id, '/'), '/'))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- /akn/int/statement/deliberation/ACTOR/YEAR/res-98 (dec-3, draft-xyz-1,
       unnumbered-N when there is no number line). -->
  <xsl:template name="resolution-work">
    <xsl:variable name="actor">
      <xsl:call-template name="actor-of"><xsl:with-param name="item" select="."/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="year">
      <xsl:call-template name="year-of"><xsl:with-param name="item" select="."/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="token">
      <xsl:call-template name="slug">
        <xsl:with-param name="s">
          <xsl:call-template name="number-token"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="prefix">
      <xsl:choose>
        <xsl:when test="r:number/@kind = 'draft'">draft-</xsl:when>
        <xsl:when test="r:number/@kind = 'decision'">dec-</xsl:when>
        <xsl:otherwise>res-</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="concat('/akn/int/statement/deliberation/', $actor, '/', substring('undated', 1, 7 * number($year = '')), $year, '/')"/>
    <xsl:choose>
      <xsl:when test="$token != ''"><xsl:value-of select="concat($prefix, $token)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('unnumbered-', @n)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The number as written before its parenthesis, new text: "98", "[XYZ-1]",
       "ITU-R 66". -->
  <xsl:template name="number-token">
    <xsl:variable name="t">
      <xsl:for-each select="r:number"><xsl:apply-templates mode="new"/></xsl:for-each>
    </xsl:variable>
    <xsl:value-of select="normalize-space(substring-before(concat($t, ' ('), ' ('))"/>
  </xsl:template>

  <!-- /akn/int/TYPE/ACTOR/YEAR/DOCUMENT for a collection or a cover sheet:
       the document number ("45(Add.3)-E": 45-add-3-e) or the file name. -->
  <xsl:template name="document-work">
    <xsl:param name="type"/>
    <xsl:variable name="actor"><xsl:call-template name="document-actor"/></xsl:variable>
    <xsl:variable name="year"><xsl:call-template name="document-year"/></xsl:variable>
    <xsl:variable name="doc">
      <xsl:for-each select="/r:document/r:field[@name = 'document']"><xsl:apply-templates mode="new"/></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="file">
      <xsl:call-template name="basename"><xsl:with-param name="s" select="/r:document/@file"/></xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="slug-path">
      <xsl:with-param name="s" select="concat('/akn/int/', $type, '/', $actor, '/', substring('undated', 1, 7 * number($year = '')), $year, '/')"/>
      <xsl:with-param name="tail">
        <xsl:choose>
          <xsl:when test="normalize-space($doc) != ''"><xsl:value-of select="$doc"/></xsl:when>
          <xsl:when test="$file != ''"><xsl:value-of select="$file"/></xsl:when>
          <xsl:otherwise>document</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="slug-path">
    <xsl:param name="s"/>
    <xsl:param name="tail"/>
    <xsl:variable name="t">
      <xsl:call-template name="slug"><xsl:with-param name="s" select="$tail"/></xsl:call-template>
    </xsl:variable>
    <xsl:value-of select="$s"/>
    <xsl:choose>
      <xsl:when test="$t != ''"><xsl:value-of select="$t"/></xsl:when>
      <xsl:otherwise>document</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="basename">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, '/')">
        <xsl:call-template name="basename"><xsl:with-param name="s" select="substring-after($s, '/')"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="contains($s, '.')">
        <xsl:value-of select="substring-before($s, '.')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The body that adopts a resolution, from its assembly line (or, for a
       proposal without one, the conference of the document header). -->
  <xsl:template name="actor-of">
    <xsl:param name="item"/>
    <xsl:variable name="res" select="$item/descendant-or-self::r:resolution[1]"/>
    <xsl:variable name="a">
      <xsl:for-each select="$res/r:assembly"><xsl:apply-templates mode="new"/></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="from-assembly">
      <xsl:call-template name="actor-from"><xsl:with-param name="s" select="$a"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$from-assembly != ''"><xsl:value-of select="$from-assembly"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="document-actor"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="document-actor">
    <xsl:variable name="c">
      <xsl:for-each select="/r:document/r:field[@name = 'conference']"><xsl:apply-templates mode="new"/></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="from-conference">
      <xsl:call-template name="actor-from"><xsl:with-param name="s" select="$c"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="first">
      <xsl:for-each select="(//r:resolution/r:assembly)[1]">
        <xsl:variable name="a"><xsl:apply-templates mode="new"/></xsl:variable>
        <xsl:call-template name="actor-from"><xsl:with-param name="s" select="$a"/></xsl:call-template>
      </xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$from-conference != ''"><xsl:value-of select="$from-conference"/></xsl:when>
      <xsl:when test="$first != ''"><xsl:value-of select="$first"/></xsl:when>
      <xsl:otherwise>itu</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="actor-from">
    <xsl:param name="s"/>
    <xsl:variable name="t" select="translate($s, $UPPER, $lower)"/>
    <xsl:choose>
      <xsl:when test="contains($t, 'plenipotentiary')">itu-pp</xsl:when>
      <xsl:when test="contains($t, 'standardization assembly')">itu-wtsa</xsl:when>
      <xsl:when test="contains($t, 'development conference')">itu-wtdc</xsl:when>
      <xsl:when test="contains($t, 'radiocommunication conference')">itu-wrc</xsl:when>
      <xsl:when test="contains($t, 'radiocommunication assembly')">itu-ra</xsl:when>
      <xsl:when test="contains($t, 'council')">itu-council</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The year of a resolution: the last year in its assembly line, else in
       its number line, else the document's. -->
  <xsl:template name="year-of">
    <xsl:param name="item"/>
    <xsl:variable name="res" select="$item/descendant-or-self::r:resolution[1]"/>
    <xsl:variable name="a">
      <xsl:call-template name="last-year">
        <xsl:with-param name="s"><xsl:for-each select="$res/r:assembly"><xsl:apply-templates mode="new"/></xsl:for-each></xsl:with-param>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="ntext"><xsl:for-each select="$res/r:number"><xsl:apply-templates mode="new"/></xsl:for-each></xsl:variable>
    <!-- the year of the number line is in its parentheses: the number itself (1238) is none -->
    <xsl:variable name="n">
      <xsl:call-template name="last-year">
        <xsl:with-param name="s" select="substring-after($ntext, '(')"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$a != ''"><xsl:value-of select="$a"/></xsl:when>
      <xsl:when test="$n != ''"><xsl:value-of select="$n"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="document-year"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The year of the document: conference, then date field, then the first
       resolution, then the build date. -->
  <xsl:template name="document-year">
    <xsl:variable name="c">
      <xsl:call-template name="last-year">
        <xsl:with-param name="s"><xsl:for-each select="/r:document/r:field[@name = 'conference']"><xsl:apply-templates mode="new"/></xsl:for-each></xsl:with-param>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="d">
      <xsl:call-template name="last-year">
        <xsl:with-param name="s"><xsl:for-each select="/r:document/r:field[@name = 'date']"><xsl:apply-templates mode="new"/></xsl:for-each></xsl:with-param>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="rtext"><xsl:for-each select="(//r:resolution/r:assembly | //r:resolution/r:number)[1]"><xsl:apply-templates mode="new"/></xsl:for-each></xsl:variable>
    <!-- in its parentheses: a bare number (1238) is no year -->
    <xsl:variable name="r">
      <xsl:call-template name="last-year">
        <xsl:with-param name="s" select="substring-after($rtext, '(')"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$c != ''"><xsl:value-of select="$c"/></xsl:when>
      <xsl:when test="$d != ''"><xsl:value-of select="$d"/></xsl:when>
      <xsl:when test="$r != ''"><xsl:value-of select="$r"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The work date of an amendment, collection or cover sheet: the date
       field when it reads "2 September 2024", else 1 January of the year. -->
  <xsl:template name="document-date">
    <xsl:param name="year">
      <xsl:call-template name="document-year"/>
    </xsl:param>
    <xsl:variable name="d">
      <xsl:call-template name="parse-date">
        <xsl:with-param name="s"><xsl:for-each select="/r:document/r:field[@name = 'date']"><xsl:apply-templates mode="new"/></xsl:for-each></xsl:with-param>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$d != ''"><xsl:value-of select="$d"/></xsl:when>
      <xsl:when test="$year != ''"><xsl:value-of select="concat($year, '-01-01')"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- "document" when the date field gives the work date, else "year". -->
  <xsl:template name="document-date-name">
    <xsl:variable name="d">
      <xsl:call-template name="parse-date">
        <xsl:with-param name="s"><xsl:for-each select="/r:document/r:field[@name = 'date']"><xsl:apply-templates mode="new"/></xsl:for-each></xsl:with-param>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$d != ''">document</xsl:when>
      <xsl:otherwise>year</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The last four-digit number in s, or nothing. -->
  <xsl:template name="last-year">
    <xsl:param name="s"/>
    <xsl:variable name="nondigits" select="translate($s, $digits, '')"/>
    <xsl:call-template name="last-year-of-tokens">
      <xsl:with-param name="t" select="concat(normalize-space(translate($s, $nondigits, $spaces)), ' ')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="last-year-of-tokens">
    <xsl:param name="t"/>
    <xsl:param name="found" select="''"/>
    <xsl:choose>
      <xsl:when test="normalize-space($t) = ''"><xsl:value-of select="$found"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="head" select="substring-before($t, ' ')"/>
        <xsl:call-template name="last-year-of-tokens">
          <xsl:with-param name="t" select="substring-after($t, ' ')"/>
          <xsl:with-param name="found">
            <xsl:choose>
              <xsl:when test="string-length($head) = 4"><xsl:value-of select="$head"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$found"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "2 September 2024" as 2024-09-02; anything else: nothing. -->
  <xsl:template name="parse-date">
    <xsl:param name="s"/>
    <xsl:variable name="t" select="concat(normalize-space($s), ' ')"/>
    <xsl:variable name="day" select="substring-before($t, ' ')"/>
    <xsl:variable name="rest" select="substring-after($t, ' ')"/>
    <xsl:variable name="month" select="translate(substring-before($rest, ' '), $UPPER, $lower)"/>
    <xsl:variable name="year" select="normalize-space(substring-after($rest, ' '))"/>
    <xsl:variable name="m" select="string-length(substring-before('january   february  march     april     may       june      july      august    september october   november  december  ', concat($month, ' '))) div 10 + 1"/>
    <xsl:if test="string-length($month) &gt; 2 and floor($m) = $m and $m &lt;= 12
                  and string-length($day) &gt;= 1 and string-length($day) &lt;= 2 and translate($day, $digits, '') = ''
                  and number($day) &gt;= 1 and number($day) &lt;= 31
                  and string-length($year) = 4 and translate($year, $digits, '') = ''">
      <xsl:value-of select="concat($year, '-', format-number($m, '00'), '-', format-number($day, '00'))"/>
    </xsl:if>
  </xsl:template>

  <!-- The expression language: the document's (xml:lang, from @language or its
       section phrases), else from the "original" header field, English by default. -->
  <xsl:template name="language">
    <xsl:variable name="o" select="translate(normalize-space(/r:document/r:field[@name = 'original']), $UPPER, $lower)"/>
    <xsl:variable name="l" select="string(/r:document/@xml:lang)"/>
    <xsl:choose>
      <xsl:when test="$l = 'en'">eng</xsl:when>
      <xsl:when test="$l = 'fr'">fra</xsl:when>
      <xsl:when test="$l = 'es'">spa</xsl:when>
      <xsl:when test="$l = 'ru'">rus</xsl:when>
      <xsl:when test="$l = 'ar'">ara</xsl:when>
      <xsl:when test="$l = 'zh'">zho</xsl:when>
      <xsl:when test="$o = 'french'">fra</xsl:when>
      <xsl:when test="$o = 'spanish'">spa</xsl:when>
      <xsl:when test="$o = 'arabic'">ara</xsl:when>
      <xsl:when test="$o = 'chinese'">zho</xsl:when>
      <xsl:when test="$o = 'russian'">rus</xsl:when>
      <xsl:otherwise>eng</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Lower case letters and digits, anything else one hyphen, none at the
       ends: "[WG-PL/XX]" gives wg-pl-xx, "ITU‑R 66" itu-r-66. -->
  <xsl:template name="slug">
    <xsl:param name="s"/>
    <xsl:variable name="l" select="translate($s, $UPPER, $lower)"/>
    <xsl:variable name="bad" select="translate($l, $alnum, '')"/>
    <xsl:variable name="h" select="translate($l, $bad, substring($dashes, 1, string-length($bad)))"/>
    <xsl:call-template name="squeeze">
      <xsl:with-param name="s" select="normalize-space(translate($h, '-', ' '))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="squeeze">
    <xsl:param name="s"/>
    <xsl:value-of select="translate($s, ' ', '-')"/>
  </xsl:template>

  <xsl:template name="number-word">
    <xsl:choose>
      <xsl:when test="@kind = 'draft'">DRAFT NEW RESOLUTION</xsl:when>
      <xsl:when test="@kind = 'decision'">DECISION</xsl:when>
      <xsl:when test="@kind = 'recommendation'">RECOMMENDATION</xsl:when>
      <xsl:when test="@kind = 'opinion'">OPINION</xsl:when>
      <xsl:when test="normalize-space($number-prefix) != ''"><xsl:value-of select="normalize-space($number-prefix)"/></xsl:when>
      <xsl:otherwise>RESOLUTION</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       Last pass: line breaks and two-space indentation between the children
       of elements whose content is elements only; mixed content (p, num,
       docTitle ...) is copied as built.
       ================================================================ -->

  <xsl:variable name="containers" select="concat(
    ' akomaNtoso documentCollection collectionBody component statement amendment doc',
    ' meta identification FRBRWork FRBRExpression FRBRManifestation references',
    ' coverPage container preface preamble formula recitals recital intro mainBody',
    ' hcontainer paragraph content list point blockList item attachments attachment',
    ' amendmentBody amendmentHeading amendmentContent amendmentJustification',
    ' mod quotedStructure ')"/>

  <xsl:template match="*" mode="indent">
    <xsl:param name="depth" select="0"/>
    <xsl:choose>
      <xsl:when test="contains($containers, concat(' ', local-name(), ' '))
                      or (self::akn:p and akn:mod and not(text()))">
        <xsl:copy>
          <xsl:copy-of select="@*"/>
          <xsl:for-each select="*">
            <xsl:value-of select="concat('&#10;', substring($spaces, 1, 2 * ($depth + 1)))"/>
            <xsl:apply-templates select="." mode="indent">
              <xsl:with-param name="depth" select="$depth + 1"/>
            </xsl:apply-templates>
          </xsl:for-each>
          <xsl:if test="*">
            <xsl:value-of select="concat('&#10;', substring($spaces, 1, 2 * $depth))"/>
          </xsl:if>
        </xsl:copy>
      </xsl:when>
      <xsl:otherwise><xsl:copy-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
