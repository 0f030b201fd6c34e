<?xml version="1.0" encoding="UTF-8"?>
<!-- A small house style: a plain HTML page with no CSS of its own, for a web site
     that brings its own. It reads the intermediate XML of doc/xml.md and shows what a
     house style has to do: header lines, sections with their phrases, clauses with
     their labels, revision marks, references and footnotes. Give it to resc build
     with the stylesheet option (see README.md) and copy it to start your own. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="urn:x-resc:1" exclude-result-prefixes="r">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat"/>

  <xsl:template match="/r:document">
    <html lang="en">
      <head>
        <title><xsl:value-of select="normalize-space(r:field[@name = 'subject'])"/></title>
      </head>
      <body>
        <xsl:apply-templates select="r:field[@name = 'subject']"/>
        <xsl:apply-templates select="r:proposal | r:resolution"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="r:field">
    <p class="subject"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="r:proposal">
    <xsl:apply-templates select="r:resolution"/>
    <xsl:if test="r:reasons">
      <p class="reasons"><strong>Reasons: </strong><xsl:apply-templates select="r:reasons/node()"/></p>
    </xsl:if>
  </xsl:template>

  <xsl:template match="r:resolution">
    <article>
      <h1>
        <xsl:if test="r:number">Resolution <xsl:apply-templates select="r:number/node()"/>: </xsl:if>
        <xsl:apply-templates select="r:title/node()"/>
      </h1>
      <xsl:apply-templates select="r:assembly | r:section | r:annex"/>
      <xsl:if test="r:footnotes/r:footnote">
        <ol class="footnotes">
          <xsl:for-each select="r:footnotes/r:footnote">
            <li id="r{../../@n}-fn{@n}"><xsl:apply-templates/></li>
          </xsl:for-each>
        </ol>
      </xsl:if>
    </article>
  </xsl:template>

  <xsl:template match="r:assembly">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="r:section">
    <section id="{@id}">
      <h2><xsl:apply-templates select="r:phrase/node()"/></h2>
      <xsl:apply-templates select="r:clause"/>
    </section>
  </xsl:template>

  <xsl:template match="r:annex">
    <section class="annex">
      <h2>Annex</h2>
      <xsl:apply-templates select="r:title | r:p | r:clause"/>
    </section>
  </xsl:template>

  <xsl:template match="r:annex/r:title">
    <h3><xsl:apply-templates/></h3>
  </xsl:template>

  <xsl:template match="r:annex/r:p">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="r:clause">
    <p id="{@id}" class="level{@level}">
      <xsl:if test="r:label"><b><xsl:apply-templates select="r:label/node()"/></b><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates select="r:text/node()"/>
    </p>
    <xsl:apply-templates select="r:clause"/>
  </xsl:template>

  <xsl:template match="r:ins"><ins><xsl:apply-templates/></ins></xsl:template>
  <xsl:template match="r:del"><del><xsl:apply-templates/></del></xsl:template>
  <xsl:template match="r:i"><i><xsl:apply-templates/></i></xsl:template>
  <xsl:template match="r:b"><b><xsl:apply-templates/></b></xsl:template>
  <xsl:template match="r:br"><br/></xsl:template>
  <xsl:template match="r:comment"/>

  <xsl:template match="r:ref">
    <a href="#{@href}"><i><xsl:apply-templates select="r:phrase/node()"/></i>
      <xsl:text> </xsl:text><xsl:apply-templates select="r:label/node()"/></a>
  </xsl:template>

  <xsl:template match="r:fnref">
    <sup><a href="#r{ancestor::r:resolution/@n}-fn{@n}"><xsl:value-of select="@n"/></a></sup>
  </xsl:template>
</xsl:stylesheet>
